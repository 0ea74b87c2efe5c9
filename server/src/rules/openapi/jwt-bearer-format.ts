import { get, getStr, isMap } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { resolveRef, securitySchemesOf, versionOf } from '../../views/openapi';

const MENTIONS_JWT = /\bjwts?\b|json web tokens?/i;

export default defineRule({
  id: 'openapi/jwt-bearer-format',
  appliesTo: 'openapi',
  messages: {
    missing: 'Bearer scheme "{{name}}" does not say what its tokens are; add bearerFormat (JWT, or the opaque format used).',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    if (version === '2.0') return;
    for (const pair of securitySchemesOf(root, version)?.pairs ?? []) {
      const scheme = resolveRef(root, pair.value);
      const value = get(scheme, 'scheme');
      if (!isMap(scheme) || !value || getStr(scheme, 'type') !== 'http' || getStr(scheme, 'scheme')?.toLowerCase() !== 'bearer') continue;
      if (get(scheme, 'bearerFormat') !== undefined) continue;
      const suggest: FixOffer[] = MENTIONS_JWT.test(getStr(scheme, 'description') ?? '') ? [{ title: 'Add bearerFormat: JWT (the description says the tokens are JWTs)', fix: (f) => f.insertPair(scheme, 'bearerFormat', 'JWT', ['scheme']) }] : [];
      report({ node: value, messageId: 'missing', data: { name: String(pair.key.value) }, suggest });
    }
  },
});
