import { get, getStr, type MapNode } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operationsOf } from '../../views/openapi';
import { compact } from './shared/owasp';

/** Names that carry a credential; compared in compact form (`access_token` → `accesstoken`). */
const CREDENTIALS = new Set([
  'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'bearertoken', 'apitoken', 'sessiontoken', 'oauthtoken', 'jwt',
  'apikey', 'apisecret', 'secret', 'secretkey', 'clientsecret', 'accesskey', 'privatekey',
  'password', 'passwd', 'passphrase', 'sessionid', 'authorization',
]);
/** In a path, `{token}` and `{authorization}` name token and authorization resources (`/v1/tokens/{token}`), not credentials. */
const RESOURCE_NAMES = new Set(['token', 'authorization']);

export default defineRule({
  id: 'openapi/no-credentials-in-query-params',
  appliesTo: 'openapi',
  messages: {
    inUrl: 'The {{where}} parameter "{{name}}" puts a credential in the URL, where access logs, proxies and browser history keep it.',
  },
  fix: 'none',
  check({ root, report }) {
    const seen = new Set<MapNode>();
    for (const op of operationsOf(root)) {
      for (const parameter of op.parameters) {
        const where = getStr(parameter, 'in');
        const name = getStr(parameter, 'name');
        const node = get(parameter, 'name');
        if (seen.has(parameter) || !node || name === undefined || (where !== 'query' && where !== 'path')) continue;
        seen.add(parameter);
        if (CREDENTIALS.has(compact(name)) && !(where === 'path' && RESOURCE_NAMES.has(compact(name)))) report({ node, messageId: 'inUrl', data: { where, name } });
      }
    }
  },
});
