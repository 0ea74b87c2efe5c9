import { get, getStr, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveRef, securitySchemesOf, versionOf } from '../../views/openapi';

export default defineRule({
  id: 'openapi/no-api-key-in-query',
  appliesTo: 'openapi',
  messages: {
    query: 'API key "{{name}}" is sent in the query string, where access logs, proxies and browser history keep it.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const pair of securitySchemesOf(root, versionOf(root))?.pairs ?? []) {
      const scheme = resolveRef(root, pair.value);
      if (!isMap(scheme) || getStr(scheme, 'type') !== 'apiKey') continue;
      const where = get(scheme, 'in');
      if (!where || getStr(scheme, 'in') !== 'query') continue;
      report({
        node: where,
        messageId: 'query',
        data: { name: getStr(scheme, 'name') ?? String(pair.key.value) },
        suggest: [{ title: 'Send the key in a request header (in: header)', fix: (f) => f.replaceValue(where, 'header') }],
      });
    }
  },
});
