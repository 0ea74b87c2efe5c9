import { bool, get, getStr, isMap, items, pairOf, type MapNode, type Node, type Pair } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import type { OperationView } from '../../views/openapi';
import { operations, pathPairs, templateNames } from './shared/rest';
import { resolveRef } from '../../views/openapi';

export default defineRule({
  id: 'openapi/path-params-declared',
  appliesTo: 'openapi',
  messages: {
    empty: 'Path {{path}} has an empty parameter `{}`.',
    repeated: 'Path {{path}} uses the parameter "{{name}}" twice.',
    undeclared: 'Path parameter "{{name}}" of {{path}} is not declared by an `in: path` parameter.',
    undeclaredFor: 'Path parameter "{{name}}" of {{path}} is not declared for {{method}}.',
    notInPath: 'Parameter "{{name}}" is declared `in: path` but {{path}} has no `{{{name}}}`.',
    notRequired: 'Path parameter "{{name}}" must have `required: true`.',
  },
  fix: 'safe',
  check({ root, report }) {
    const byPath = new Map<Pair, OperationView[]>();
    for (const op of operations(root)) byPath.set(op.pathPair, [...(byPath.get(op.pathPair) ?? []), op]);
    const checked = new Set<Node>();
    for (const pathPair of pathPairs(root)) {
      const path = String(pathPair.key.value);
      const pathItem = resolveRef(root, pathPair.value);
      if (!isMap(pathItem)) continue;
      const names = templateNames(path);
      if (names.includes('')) report({ node: pathPair.key, messageId: 'empty', data: { path } });
      const repeated = names.find((n, i) => n !== '' && names.indexOf(n) !== i);
      if (repeated !== undefined) report({ node: pathPair.key, messageId: 'repeated', data: { path, name: repeated } });
      const ops = byPath.get(pathPair) ?? [];
      const lists = [get(pathItem, 'parameters'), ...ops.map((op) => get(op.node, 'parameters'))];
      for (const item of lists.flatMap((l) => [...items(l)])) {
        const parameter = resolveRef(root, item);
        if (!isMap(parameter) || getStr(parameter, 'in') !== 'path') continue;
        const name = getStr(parameter, 'name') ?? '';
        if (name === '') continue;
        const at: Node = get(item, '$ref') ?? get(parameter, 'name') ?? item;
        if (!names.includes(name)) report({ node: at, messageId: 'notInPath', data: { name, path } });
        if (!checked.has(parameter)) checkRequired(parameter, name);
        checked.add(parameter);
      }
      const missing = names.filter((n) => n !== '').map((name) => ({ name, ops: ops.filter((op) => !op.parameters.some((p) => getStr(p, 'in') === 'path' && getStr(p, 'name') === name)) }));
      for (const { name, ops: without } of missing) {
        if (without.length === 0) continue;
        if (without.length === ops.length) report({ node: pathPair.key, messageId: 'undeclared', data: { name, path } });
        else for (const op of without) report({ node: op.methodPair, messageId: 'undeclaredFor', data: { name, path, method: op.method.toUpperCase() } });
      }
    }

    function checkRequired(parameter: MapNode, name: string): void {
      const required = pairOf(parameter, 'required');
      if (bool(required?.value) === true) return;
      report({
        node: required && parameter.pairs.includes(required) ? required : (get(parameter, 'name') ?? parameter),
        messageId: 'notRequired',
        data: { name },
        fix: {
          title: 'Add required: true',
          fix: (f) => (required && parameter.pairs.includes(required) ? f.replaceValue(required.value, true) : f.insertPair(parameter, 'required', true, ['in', 'name'])),
        },
      });
    }
  },
});
