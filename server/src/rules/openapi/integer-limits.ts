import { bool, get, getStr, pairOf, type MapNode } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { acceptedSchemas, operationsOf, schemaTypes, versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import { walkSchemas } from '../../views/openapi-schemas';
import { SchemaFindings } from './shared/schema-report';
import { norm, PAGE_SIZE_IN_LISTS } from './shared/pagination';
import { enumerated, hasMaximum, reportOrSummarize, summarizeAbove, words } from './shared/owasp';

const bounds = (schema: MapNode): boolean => hasMaximum(schema) || enumerated(schema);
/** Identifiers and points in time have no meaningful upper bound; a maximum on them would be invented. */
const UNBOUNDED_WORDS = new Set([
  'id', 'ids', 'uuid', 'number', 'timestamp', 'time', 'at', 'since', 'until', 'before', 'after', 'date', 'epoch', 'version', 'year',
  'created', 'updated', 'modified', 'expires', 'gt', 'gte', 'lt', 'lte', 'page', 'offset', 'skip', 'start',
]);
const UNBOUNDED_FORMATS = new Set(['unix-time', 'timestamp', 'date-time', 'epoch']);

function namedUnbounded(label: string): boolean {
  const name = /^(?:property|parameter) "([^"]*)"(?: items| values)*$/.exec(label)?.[1];
  const last = name === undefined ? undefined : words(name).at(-1);
  return last !== undefined && UNBOUNDED_WORDS.has(last);
}

export default defineRule({
  id: 'openapi/integer-limits',
  appliesTo: 'openapi',
  messages: {
    unbounded: 'The number at {{what}} has no maximum, so requests may ask for any amount.',
    summary: 'Many numbers the API accepts ({{count}}) have no maximum, such as {{what}}.',
  },
  fix: 'none',
  check(context) {
    const { root, options, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    // Page sizes of GET operations are require-pagination's to report.
    const starts = operationsOf(root).flatMap((op) => acceptedSchemas(refs, op, version).filter((s) => !(op.method === 'get' && PAGE_SIZE_IN_LISTS.has(norm(/^parameter "(.*)"$/.exec(s.label)?.[1] ?? '')))));
    const walked = new SchemaFindings<'unbounded' | 'summary'>(refs, () => starts);
    walkSchemas(refs, starts, {
      refSiblings: version === '3.1',
      constrains: bounds,
      visit(schema, label, constrained, site) {
        if (bool(get(schema, 'readOnly')) === true) return false;
        const typePair = pairOf(schema, 'type');
        const types = schemaTypes(schema);
        if (constrained || !typePair || !(types.includes('integer') || types.includes('number')) || bounds(schema)) return;
        if (UNBOUNDED_FORMATS.has(getStr(schema, 'format') ?? '') || namedUnbounded(label)) return;
        walked.add({ node: typePair, messageId: 'unbounded', data: { what: label } }, site, `this number at ${label} has no maximum`);
      },
    });
    const found: Report<'unbounded' | 'summary'>[] = walked.reports(walked.size <= summarizeAbove(options));
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
