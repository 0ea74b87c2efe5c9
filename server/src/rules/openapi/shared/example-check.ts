import { bool, get, isMap, isScalar, isSeq, items, pairOf, type MapNode, type Node } from '../../../document/tree';
import { type OpenApiVersion, resolveRef, schemaTypes } from '../../../views/openapi';

/** Where an example breaks its schema, and how. */
export interface ExampleProblem {
  readonly node: Node;
  readonly problem: string;
}

const MAX_DEPTH = 32;
const MAX_ITEMS = 50;

function typeOf(node: Node): string {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  const value = node.value;
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(actual: string, expected: string): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function nullable(schema: MapNode, version: OpenApiVersion | undefined): boolean {
  return bool(get(schema, 'nullable')) === true || bool(get(schema, 'x-nullable')) === true || (version === '3.1' && schemaTypes(schema).includes('null'));
}

/**
 * A deliberately small validator: `type`, `enum`, `required`, `properties` and `items`, through
 * `$ref` and `allOf`. What it does not understand (anyOf/oneOf/not, formats, patterns, bounds,
 * additionalProperties, conditionals) it treats as satisfied, so it only reports certain
 * contradictions. Required properties that are readOnly or writeOnly are not demanded, since an
 * example may show only one direction. Returns the first problem found.
 */
export function checkExample(root: Node, value: Node, schemaNode: Node | undefined, version: OpenApiVersion | undefined, where = 'the example', depth = 0, seen = new Map<Node, Set<Node>>()): ExampleProblem | undefined {
  const schema = resolveRef(root, schemaNode);
  if (!isMap(schema) || depth > MAX_DEPTH) return undefined;
  // allOf cycles and shared members: each schema is checked once against each value.
  const done = seen.get(schema) ?? new Set<Node>();
  if (done.has(value)) return undefined;
  seen.set(schema, done.add(value));
  if (isScalar(value) && value.value === null && nullable(schema, version)) return undefined;
  for (const member of items(get(schema, 'allOf'))) {
    const found = checkExample(root, value, member, version, where, depth + 1, seen);
    if (found) return found;
  }
  const actual = typeOf(value);
  const types = schemaTypes(schema).filter((t) => t !== 'file');
  if (types.length > 0 && !types.some((t) => typeMatches(actual, t))) return { node: value, problem: `${where} is of type ${actual} but the schema expects ${types.join(' or ')}` };
  const allowed = get(schema, 'enum');
  if (isSeq(allowed) && isScalar(value) && allowed.items.every(isScalar)) {
    if (!allowed.items.some((a) => isScalar(a) && a.value === value.value)) return { node: value, problem: `${where} is not one of the enum values` };
  }
  if (isMap(value)) {
    const properties = get(schema, 'properties');
    for (const name of items(get(schema, 'required'))) {
      if (!isScalar(name) || name.value === null) continue;
      const key = String(name.value);
      const property = resolveRef(root, get(properties, key));
      if (bool(get(property, 'readOnly')) === true || bool(get(property, 'writeOnly')) === true) continue;
      // pairOf sees pairs merged in with `<<`, which the example does carry.
      if (!pairOf(value, key)) return { node: value, problem: `${where} lacks the required property "${key}"` };
    }
    if (isMap(properties)) {
      for (const pair of value.pairs) {
        const property = get(properties, String(pair.key.value));
        if (!property) continue;
        const found = checkExample(root, pair.value, property, version, `property "${String(pair.key.value)}"`, depth + 1, seen);
        if (found) return found;
      }
    }
  }
  const itemSchema = get(schema, 'items');
  if (isSeq(value) && isMap(itemSchema)) {
    for (const item of value.items.slice(0, MAX_ITEMS)) {
      const found = checkExample(root, item, itemSchema, version, `an item of ${where}`, depth + 1, seen);
      if (found) return found;
    }
  }
  return undefined;
}
