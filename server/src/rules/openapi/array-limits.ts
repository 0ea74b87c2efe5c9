import { bool, get, num, pairOf, type MapNode } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { acceptedSchemas, operationsOf, schemaTypes, versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import { walkSchemas } from '../../views/openapi-schemas';
import { SchemaFindings } from './shared/schema-report';
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
  check(context) {
    const { root, options, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    const starts = operationsOf(root).flatMap((op) => acceptedSchemas(refs, op, version));
    const walked = new SchemaFindings<'unbounded' | 'summary'>(refs, () => starts);
    walkSchemas(refs, starts, {
      refSiblings: version === '3.1',
      constrains: bounds,
      visit(schema, label, constrained, site) {
        if (bool(get(schema, 'readOnly')) === true) return false;
        const typePair = pairOf(schema, 'type');
        if (constrained || !typePair || !schemaTypes(schema).includes('array') || bounds(schema)) return;
        const limit = Math.max(100, num(get(schema, 'minItems')) ?? 0);
        walked.add({
          node: typePair,
          messageId: 'unbounded',
          data: { what: label },
          suggest: [{ title: `Add maxItems: ${limit} (pick the real bound)`, fix: (f) => f.insertPair(schema, 'maxItems', limit, ['items', 'type']) }],
        }, site, `this array at ${label} has no maxItems`);
      },
    });
    const found: Report<'unbounded' | 'summary'>[] = walked.reports(walked.size <= summarizeAbove(options));
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
