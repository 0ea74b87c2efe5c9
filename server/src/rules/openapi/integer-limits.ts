import { getStr, pairOf } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { RefResolver } from '../../views/openapi-resolve';
import { inputLimits } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';
import { reportOrSummarize, summarizeAbove, words } from './shared/owasp';

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
    const refs = RefResolver.of(context);
    const { numberStarts, numbers } = inputLimits(refs);
    const walked = new SchemaFindings<'unbounded' | 'summary'>(refs, () => numberStarts);
    for (const { schema, typePair, label, site } of numbers) {
      if (UNBOUNDED_FORMATS.has(getStr(schema, 'format') ?? '') || namedUnbounded(label)) continue;
      walked.add({ node: typePair, messageId: 'unbounded', data: { what: label } }, site, `this number at ${label} has no maximum`);
    }
    const found: Report<'unbounded' | 'summary'>[] = walked.reports(walked.size <= summarizeAbove(options));
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
