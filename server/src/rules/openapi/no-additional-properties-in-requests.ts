import { get, getMap, items, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { schemaTypes, versionOf } from '../../views/openapi';
import { RefResolver } from '../../views/openapi-resolve';
import type { SchemaSite } from '../../views/openapi-schemas';
import { reportOrSummarize, summarizeAbove } from './shared/owasp';
import { schemaReach } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';

type Id = 'open' | 'summary';

export default defineRule({
  id: 'openapi/no-additional-properties-in-requests',
  appliesTo: 'openapi',
  messages: {
    open: 'The object at {{what}} accepts properties it does not declare; close it with {{keyword}}: false.',
    summary: 'Many object schemas in request bodies ({{count}}) accept undeclared properties, such as {{what}}; close them with additionalProperties: false.',
  },
  fix: 'suggestion',
  check(context) {
    const { root, options, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    const { requestStarts, sent } = schemaReach(refs);
    const walked = new SchemaFindings<Id>(refs, () => requestStarts);
    const members = new Set<Node>();
    const candidates: Array<{ schema: MapNode; label: string; keyword: string; site: SchemaSite }> = [];
    let i = 0;
    // What clients may send, readOnly schemas left out, in the order the walk met it.
    for (const schema of sent.schemas) {
      const label = sent.labels[i++] as string;
      const site = sent.siteOf(schema);
      for (const m of items(get(schema, 'allOf'))) members.add(refs.node(m, site.source) ?? m);
      if (!getMap(schema, 'properties')?.pairs.length || get(schema, 'discriminator') !== undefined) continue;
      if (get(schema, 'additionalProperties') !== undefined || get(schema, 'unevaluatedProperties') !== undefined) continue;
      const types = schemaTypes(schema);
      if (types.length > 0 && !types.includes('object')) continue;
      // `additionalProperties` does not see the properties of composed members; only 3.1 can close those.
      const composed = ['allOf', 'anyOf', 'oneOf'].some((k) => get(schema, k) !== undefined);
      if (composed && version !== '3.1') continue;
      candidates.push({ schema, label, keyword: composed ? 'unevaluatedProperties' : 'additionalProperties', site });
    }
    for (const { schema, label, keyword, site } of candidates) {
      if (members.has(schema)) continue;
      walked.add({
        node: pairOf(schema, 'type') ?? pairOf(schema, 'properties') ?? schema,
        messageId: 'open',
        data: { what: label, keyword },
        suggest: [{ title: `Add ${keyword}: false (reject undeclared properties)`, fix: (f) => f.insertPair(schema, keyword, false, ['properties']) }],
      }, site, `this object at ${label} accepts undeclared properties`);
    }
    const found: Report<Id>[] = walked.reports(walked.size <= summarizeAbove(options));
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: found.length, what: String(found[0]?.data?.['what']) } } : undefined));
  },
});
