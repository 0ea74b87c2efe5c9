import { get, getStr, isSeq, items, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operationsOf, versionOf } from '../../views/openapi';
import { isLocalHost, isPlainRemote, opLabel, serverUrls } from './shared/owasp';

export default defineRule({
  id: 'openapi/no-plain-http-servers',
  appliesTo: 'openapi',
  messages: {
    server: 'Server {{url}} uses plain {{scheme}}, so credentials and data travel unencrypted.',
    scheme: 'Plain http is offered for {{where}}, so credentials and data travel unencrypted.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (versionOf(root) !== '2.0') {
      for (const { url, node } of serverUrls(root)) {
        if (!isPlainRemote(url) || typeof node.value !== 'string') continue;
        const secure = node.value.replace(/^http:/i, 'https:').replace(/^ws:/i, 'wss:');
        const scheme = /^ws:/i.test(url) ? 'ws' : 'http';
        report({ node, messageId: 'server', data: { url, scheme }, suggest: [{ title: `Use ${secure}`, fix: (f) => f.replaceValue(node, secure) }] });
      }
      return;
    }
    const host = getStr(root, 'host');
    if (host !== undefined && isLocalHost(host)) return;
    const lists = [{ list: get(root, 'schemes'), where: 'the whole API' }, ...operationsOf(root).map((op) => ({ list: get(op.node, 'schemes'), where: opLabel(op) }))];
    for (const { list, where } of lists) {
      if (!isSeq(list)) continue;
      const https = items(list).some((s) => str(s)?.toLowerCase() === 'https');
      for (const item of list.items) {
        if (str(item)?.toLowerCase() !== 'http') continue;
        const suggest: FixOffer[] = [https ? { title: 'Remove http (https is already offered)', fix: (f) => f.removeItem(list, item) } : { title: 'Use https', fix: (f) => f.replaceValue(item, 'https') }];
        report({ node: item, messageId: 'scheme', data: { where }, suggest });
      }
    }
  },
});
