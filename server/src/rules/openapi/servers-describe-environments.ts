import { getSeq, getStr, isMap, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { versionOf } from '../../views/openapi';

export default defineRule({
  id: 'openapi/servers-describe-environments',
  appliesTo: 'openapi',
  messages: {
    undescribed: 'Server {{url}} has no description, so readers cannot tell which environment or audience it serves.',
  },
  fix: 'none',
  check({ root, report }) {
    if (versionOf(root) === '2.0') return;
    const servers = getSeq(root, 'servers')?.items.filter(isMap) ?? [];
    if (servers.length < 2) return;
    for (const server of servers) {
      const url = pairOf(server, 'url');
      if (!url || (getStr(server, 'description') ?? '').trim() !== '') continue;
      report({ node: url.value, messageId: 'undescribed', data: { url: getStr(server, 'url') ?? '?' } });
    }
  },
});
