import { get, isMap, isScalar, isSeq, pairOf, singleParentTree, type MapNode, type Node, type Pair } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveRef, schemaTypes, versionOf } from '../../views/openapi';
import { checkExample } from './shared/example-check';

const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'schemas', 'responses', 'parameters', 'headers', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'content', 'encoding', 'variables', '$defs', 'dependentSchemas', 'webhooks', 'examples', 'mapping']);
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);
const SCHEMA_KEYS = new Set(['type', 'properties', 'items', 'enum', 'allOf', '$ref', 'required']);

export default defineRule({
  id: 'openapi/example-matches-schema',
  appliesTo: 'openapi',
  messages: {
    mismatch: 'Example does not match its schema: {{problem}}.',
  },
  fix: 'none',
  check({ root, report }) {
    const version = versionOf(root);
    const check = (value: Node | undefined, schema: Node | undefined, parameter: boolean): void => {
      // `value:` with nothing after it is an example not written yet, not a null example.
      if (value === undefined || schema === undefined || (isScalar(value) && value.value === null && value.end === value.start)) return;
      // A parameter example written as its serialized form (`1,2,3` for an array) is common and not wrong on the wire.
      if (parameter && isScalar(value) && typeof value.value === 'string' && ['array', 'object'].some((t) => schemaTypes(resolveRef(root, schema)).includes(t))) return;
      const found = checkExample(root, value, schema, version);
      if (found) report({ node: found.node, messageId: 'mismatch', data: { problem: found.problem } });
    };
    /** A map that holds `example` or `examples`, with its `schema` if it has one. */
    const visit = (map: MapNode, schema: Node | undefined, example: Node | undefined, examples: Node | undefined): void => {
      const schemaLike = schema === undefined && map.pairs.some((pair) => typeof pair.key.value === 'string' && SCHEMA_KEYS.has(pair.key.value));
      if (schema !== undefined) {
        // A media type, parameter or header (3.x), or a 2.0 response: the example is an instance of `schema`.
        const parameter = pairOf(map, 'in') !== undefined;
        check(example, schema, parameter);
        if (!isMap(examples)) return;
        for (const pair of examples.pairs) {
          if (version === '2.0') {
            if (/json/i.test(String(pair.key.value))) check(pair.value, schema, false);
          } else check(get(resolveRef(root, pair.value), 'value'), schema, parameter);
        }
      } else if (schemaLike) {
        check(example, map, false);
        if (isSeq(examples)) for (const item of examples.items) check(item, map, false);
      }
    };
    // Every mapping and sequence once (aliases may share them); scalars hold nothing to visit.
    const seen = singleParentTree(root) ? undefined : new Set<Node>();
    const nodes: Node[] = [root];
    const inNames: boolean[] = [false];
    while (nodes.length > 0) {
      const node = nodes.pop() as Node;
      const names = inNames.pop() as boolean;
      if (seen) {
        if (seen.has(node)) continue;
        seen.add(node);
      }
      // Indexed loops: this runs cold over every node of the document, where `for…of` allocates per step.
      if (isSeq(node)) {
        const list = node.items;
        for (let i = 0; i < list.length; i++) {
          const item = list[i] as Node;
          if (item.type === 'scalar') continue;
          nodes.push(item);
          inNames.push(false);
        }
        continue;
      }
      if (!isMap(node)) continue;
      // This runs on every mapping of the document, and few hold an example: one pass over the
      // pairs finds those and queues the children, and only they are looked at further.
      let schema: Node | undefined;
      let example: Node | undefined;
      let examples: Node | undefined;
      const pairs = node.pairs;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i] as Pair;
        const value = pair.value;
        const key = pair.key.value;
        if (!names) {
          if (key === 'schema') schema = value;
          else if (key === 'example') example = value;
          else if (key === 'examples') examples = value;
        }
        if (value.type === 'scalar') continue;
        const text = typeof key === 'string' ? key : String(key);
        if (!names && (DATA_KEYS.has(text) || text.startsWith('x-'))) continue;
        nodes.push(value);
        inNames.push(!names && NAME_MAPS.has(text) && isMap(value));
      }
      // No child has left the stack yet, so findings come in the same order as a check made first.
      if (example !== undefined || examples !== undefined) visit(node, schema, example, examples);
    }
  },
});
