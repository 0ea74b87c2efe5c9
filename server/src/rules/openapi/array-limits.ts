import { get, num, pairOf } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { RefResolver } from '../../views/openapi-resolve';
import { inputLimits } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';
import { reportOrSummarize, summarizeAbove } from './shared/owasp';

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
    const refs = RefResolver.of(context);
    const { starts, arrays } = inputLimits(refs);
    const walked = new SchemaFindings<'unbounded' | 'summary'>(refs, () => starts);
    for (const { schema, typePair, label, site } of arrays) {
      const limit = Math.max(100, num(get(schema, 'minItems')) ?? 0);
      walked.add({
        node: typePair,
        messageId: 'unbounded',
        data: { what: label },
        suggest: [{ title: `Add maxItems: ${limit} (pick the real bound)`, fix: (f) => f.insertPair(schema, 'maxItems', limit, ['items', 'type']) }],
      }, site, `this array at ${label} has no maxItems`);
    }
    const found: Report<'unbounded' | 'summary'>[] = walked.reports(walked.size <= summarizeAbove(options));
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
