import { getMap, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import type { PlainValue } from '../../engine/fixer';
import { versionOf } from '../../views/openapi';
import { isItemPath, operations } from './shared/rest';
import { notFoundResponse } from './shared/rest-errors';

/** The codes after which a 404 belongs, nearest first: `403`, then `401`, then `200`… */
const before404 = (codes: string[]): string[] => codes.filter((c) => /^\d{3}$/.test(c) && Number(c) < 404).sort((a, b) => Number(b) - Number(a));

const ADDRESSED = new Set(['get', 'put', 'patch', 'delete', 'head', 'post']);

export default defineRule({
  id: 'openapi/item-404',
  appliesTo: 'openapi',
  messages: {
    missing: 'Operation {{method}} {{path}} addresses one item but documents no 404 response for an id that does not exist.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    let proposal: { value: PlainValue; title: string } | undefined;
    for (const op of operations(root)) {
      if (!ADDRESSED.has(op.method) || !isItemPath(op.path.replace(/\/+$/, ''))) continue;
      const responses = getMap(op.node, 'responses');
      if (!responses) continue;
      // `default` and `4XX` already cover a 404 in the document's own terms.
      if (responses.pairs.some((p) => /^(404|4XX|default)$/i.test(String(p.key.value)))) continue;
      proposal ??= notFoundResponse(root, version);
      const { value, title } = proposal;
      report({
        node: pairOf(op.node, 'responses') ?? op.methodPair,
        messageId: 'missing',
        data: { method: op.method.toUpperCase(), path: op.path },
        suggest: [{ title, fix: (f) => f.insertPair(responses, '404', value, before404(responses.pairs.map((p) => String(p.key.value)))) }],
      });
    }
  },
});
