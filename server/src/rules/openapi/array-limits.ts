import { bool, get, num, pairOf, type MapNode } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { acceptedSchemas, operationsOf, schemaTypes, versionOf, walkSchemas } from '../../views/openapi';
import { enumerated, reportOrSummarize, summarizeAbove } from './shared/owasp';

const bounds = (schema: MapNode): boolean => get(schema, 'maxItems') !== undefined || enumerated(schema);

export default defineRule({
  id: 'openapi/array-limits',
  appliesTo: 'openapi',
  messages: {
    unbounded: 'The array at {{what}} has no maxItems, so requests may send any number of items.',
    summary: 'Many arrays the API accepts ({{count}}) have no maxItems, such as {{what}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const version = versionOf(root);
    const found: Report<'unbounded' | 'summary'>[] = [];
    const starts = operationsOf(root).flatMap((op) => acceptedSchemas(root, op, version));
    walkSchemas(root, starts, {
      refSiblings: version === '3.1',
      constrains: bounds,
      visit(schema, label, constrained) {
        if (bool(get(schema, 'readOnly')) === true) return false;
        const typePair = pairOf(schema, 'type');
        if (constrained || !typePair || !schemaTypes(schema).includes('array') || bounds(schema)) return;
        const limit = Math.max(100, num(get(schema, 'minItems')) ?? 0);
        found.push({
          node: typePair,
          messageId: 'unbounded',
          data: { what: label },
          suggest: [{ title: `Add maxItems: ${limit} (pick the real bound)`, fix: (f) => f.insertPair(schema, 'maxItems', limit, ['items', 'type']) }],
        });
      },
    });
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
