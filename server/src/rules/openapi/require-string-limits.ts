import { get, num, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { RefResolver } from '../../views/openapi-resolve';
import { inputLimits } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';

export default defineRule({
  id: 'openapi/require-string-limits',
  appliesTo: 'openapi',
  messages: {
    unbounded: 'The string at {{what}} has no maxLength, enum, const or length-bounding format, so requests may send any length.',
  },
  fix: 'suggestion',
  check(context) {
    const refs = RefResolver.of(context);
    const { starts, strings } = inputLimits(refs);
    const found = new SchemaFindings<'unbounded'>(refs, () => starts);
    for (const { schema, typePair, label, site } of strings) {
      const length = Math.max(255, num(get(schema, 'minLength')) ?? 0, str(get(schema, 'default'))?.length ?? 0);
      found.add({
        node: typePair,
        messageId: 'unbounded',
        data: { what: label },
        suggest: [{ title: `Add maxLength: ${length} (pick the real bound)`, fix: (f) => f.insertPair(schema, 'maxLength', length, ['format', 'type']) }],
      }, site, `this string at ${label} has no maxLength`);
    }
    for (const r of found.reports()) context.report(r);
  },
});
