import { getStr, isMap, items, mapItems, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { versionOf } from '../../views/openapi';

export default defineRule({
  id: 'openapi/servers-defined',
  appliesTo: 'openapi',
  messages: {
    noServers: 'The API lists no `servers`, so clients and tools fall back to `/` on the host that served this document.',
    emptyServers: 'The `servers` list has no server URL.',
    noHost: 'The API has no `host`, so clients fall back to the host that served this document.',
  },
  fix: 'none',
  check({ root, report }) {
    const version = versionOf(root);
    if (!isMap(root) || version === undefined) return;
    if (version === '2.0') {
      const host = pairOf(root, 'host');
      if (!host || (getStr(root, 'host') ?? '').trim() === '') report({ node: host ?? pairOf(root, 'swagger') ?? root, messageId: 'noHost' });
      return;
    }
    const servers = pairOf(root, 'servers');
    if (!servers) report({ node: pairOf(root, 'openapi') ?? root, messageId: 'noServers' });
    else if (items(servers.value).length === 0 || mapItems(servers.value).every((s) => (getStr(s, 'url') ?? '') === '')) report({ node: servers, messageId: 'emptyServers' });
  },
});
