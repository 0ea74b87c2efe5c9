import { isMap } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { pairsAcross, servicesOf } from '../../views/compose';
import { isLiteral } from '../../views/compose-interpolation';
import { environmentOf } from './shared/hardening';

/** Words that make a variable a secret, alone or as a pair (`API_KEY`, `SECRET_ACCESS_KEY`). */
const SECRET_WORDS = /(^|_)(PASSWORD|PASSWD|PASS|PWD|PASSPHRASE|SECRET|TOKEN|APIKEY|CREDENTIALS?|(API|PRIVATE|ACCESS|SECRET|AUTH|MASTER|ENCRYPTION|SIGNING|SESSION)_KEY)(_|$)/;
/** A last word that says the variable holds something about the secret, not the secret itself. */
const QUALIFIER = /_(FILE|PATH|DIR|LENGTH|LEN|MIN|MAX|EXPIRY|EXPIRES|EXPIRATION|TTL|TIMEOUT|LIFETIME|HEADER|URL|URI|ENDPOINT|HOST|PORT|ALGORITHM|ALG|ENABLED|ENABLE|DISABLED|REQUIRED|TYPE|POLICY|MODE|NAME|USER|USERNAME|ID|COST|ROUNDS|ISSUER|AUDIENCE|PREFIX|FORMAT|METHOD|VERSION)$/;
/** Switches such as `ALLOW_EMPTY_PASSWORD=yes`, and paths such as `/run/secrets/db`, are not secrets. */
const NOT_A_SECRET = /^(true|false|yes|no|on|off|0|1|none|null|\/.*)$/i;
/** `scheme://user:password@host`: a connection string with its password in it. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s]+)@/i;

export default defineRule({
  id: 'compose/no-secret-literal-env',
  appliesTo: 'compose',
  messages: {
    literal: 'The value of {{name}} is written in the file, so every copy of it carries the secret; read it from a Compose secret or the environment.',
    url: 'The connection string in {{name}} carries its password in the file; read the password from a Compose secret or the environment.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    if (!isMap(root)) return;
    for (const { pair } of pairsAcross(servicesOf(root), 'environment')) {
      for (const entry of environmentOf(pair.value, document.text)) {
        const { name, value, valueNode } = entry;
        if (value === undefined || valueNode === undefined || value.trim() === '' || !isLiteral(value)) continue;
        const upper = name.toUpperCase().replace(/[.-]/g, '_');
        const password = URL_PASSWORD.exec(value.trim())?.[1];
        if (password !== undefined && isLiteral(password)) {
          report({ node: valueNode, messageId: 'url', data: { name } });
          continue;
        }
        if (!SECRET_WORDS.test(upper) || QUALIFIER.test(upper) || upper === 'PWD' || upper === 'OLDPWD' || NOT_A_SECRET.test(value.trim())) continue;
        const variable = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined;
        const suggest: FixOffer[] = variable
          ? [{ title: `Require ${variable} from the environment or the .env file`, fix: (f) => (isMap(pair.value) ? f.replaceValue(valueNode, `\${${variable}:?}`) : f.replace(valueNode, `\${${variable}:?}`)) }]
          : [];
        report({ node: valueNode, messageId: 'literal', data: { name }, suggest });
      }
    }
  },
});
