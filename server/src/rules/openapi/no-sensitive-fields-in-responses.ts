import { get, getMap, getStr, isMap } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import { compact, flagged, ownerName, schemaNames } from './shared/owasp';
import { schemaReach } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';

/**
 * Properties no response should carry: passwords and their hashes, private keys, card security
 * codes, social security numbers. One-time secrets an API hands out on purpose (`client_secret`,
 * a new token) are left out: returning them is the point of those operations.
 */
/** A description that says when the value is (not) returned marks a deliberate, guarded exposure. */
const GUARDED = /only (?:be )?(?:available|returned|included|present|visible|shown)|unless|expand|redact|mask|obfuscat|never returned/i;
/** A cheap first look before the name is normalised: most properties of a large spec fail it. */
const MAYBE = /pass|pwd|key|ssn|social|cv[cv]|code/i;
const SENSITIVE = new Set([
  'password', 'passwd', 'userpassword', 'currentpassword', 'oldpassword', 'newpassword', 'passwordhash', 'hashedpassword', 'passwordsalt', 'passphrase',
  'privatekey', 'secretkey', 'signingkey', 'ssn', 'socialsecuritynumber', 'cvv', 'cvv2', 'cvc', 'cvc2', 'cardcvc', 'cardcvv', 'securitycode',
]);

export default defineRule({
  id: 'openapi/no-sensitive-fields-in-responses',
  appliesTo: 'openapi',
  messages: {
    exposed: 'Property "{{name}}" of {{what}} is returned in responses although it holds a secret or sensitive personal data.',
  },
  fix: 'suggestion',
  check(context) {
    const { root, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    // What responses return (writeOnly schemas left out), and everything request bodies reach.
    const { responseStarts, returned, requests } = schemaReach(refs);
    const found = new SchemaFindings<'exposed'>(refs, () => responseStarts);
    const names = schemaNames(root);
    for (const schema of returned.schemas) {
      const site = returned.siteOf(schema);
      for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
        const name = String(pair.key.value);
        if (!MAYBE.test(name) || !SENSITIVE.has(compact(name))) continue;
        const property = refs.node(pair.value, site.source);
        if (!isMap(property) || flagged(refs, pair.value, 'writeOnly', site.source) || GUARDED.test(getStr(property, 'description') ?? '')) continue;
        const value = pair.value;
        // writeOnly exists from 3.0 on; it fits a model that clients also send (a sign-up form, say).
        const canEdit = version !== '2.0' && isMap(value) && requests.has(schema) && (get(value, '$ref') === undefined || version === '3.1');
        const suggest: FixOffer[] = canEdit ? [{ title: `Mark "${name}" writeOnly: true (accepted, never returned)`, fix: (f) => f.insertPair(value, 'writeOnly', true, ['format', 'type']) }] : [];
        const owner = ownerName(names, schema, site);
        found.add({ node: pair.key, messageId: 'exposed', data: { name, what: owner ? `schema "${owner}"` : 'a response schema' }, suggest }, site, `"${name}" is returned in responses here`);
      }
    }
    for (const r of found.reports()) report(r);
  },
});
