import { get, getStr, isSeq, num } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operationsOf, parameterSchema, schemaTypes, versionOf } from '../../views/openapi';
import { isPagingParameter, norm, PAGE_SIZE, PAGE_SIZE_IN_LISTS, pagingParameters, returnsUnpagedCollection } from './shared/pagination';

export default defineRule({
  id: 'openapi/require-pagination',
  appliesTo: 'openapi',
  messages: {
    missing: 'GET {{path}} returns a collection but has no pagination parameter such as limit and cursor.',
    noMaximum: 'Page-size parameter "{{name}}" has no maximum, so one request can ask for every item.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    for (const op of operationsOf(root)) {
      if (op.method !== 'get') continue;
      const list = returnsUnpagedCollection(root, op, version);
      const params = op.parameters.filter((p) => getStr(p, 'in') !== 'path');
      for (const parameter of params) {
        const name = getStr(parameter, 'name') ?? '';
        const nameNode = get(parameter, 'name');
        const schema = parameterSchema(root, parameter, version);
        if (!schema || !nameNode || !(list ? PAGE_SIZE_IN_LISTS : PAGE_SIZE).has(norm(name))) continue;
        if (!schemaTypes(schema).some((t) => t === 'integer' || t === 'number')) continue;
        if (get(schema, 'maximum') !== undefined || num(get(schema, 'exclusiveMaximum')) !== undefined || get(schema, 'enum') !== undefined) continue;
        const maximum = Math.max(100, num(get(schema, 'default')) ?? 0, num(get(schema, 'minimum')) ?? 0);
        const suggest: FixOffer[] = [{ title: `Add maximum: ${maximum} to "${name}"`, fix: (f) => f.insertPair(schema, 'maximum', maximum, ['minimum', 'format', 'type']) }];
        report({ node: nameNode, messageId: 'noMaximum', data: { name }, suggest });
      }
      if (!list || params.some((p) => isPagingParameter(getStr(p, 'name') ?? ''))) continue;
      const own = get(op.node, 'parameters');
      const free = !op.parameters.some((p) => ['limit', 'cursor'].includes(getStr(p, 'name') ?? ''));
      const values = pagingParameters(version);
      const title = 'Add limit and cursor query parameters';
      const suggest: FixOffer[] = [];
      if (free && isSeq(own)) suggest.push({ title, fix: (f) => f.appendItems(own, values) });
      if (free && own === undefined) suggest.push({ title, fix: (f) => f.insertPair(op.node, 'parameters', values, ['operationId', 'description', 'summary', 'tags']) });
      report({ node: op.methodPair, messageId: 'missing', data: { path: op.path }, suggest });
    }
  },
});
