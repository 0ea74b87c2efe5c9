import { bool, get, isMap, isScalar, isSeq, items, pairOf, type MapNode, type Node, type Pair } from '../../../document/tree';
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
export function checkExample(root: Node, value: Node, schemaNode: Node | undefined, version: OpenApiVersion | undefined, where = 'the example', depth = 0, seen = new Map<Node, Node | Set<Node>>()): ExampleProblem | undefined {
  const schema = resolveRef(root, schemaNode);
  if (!isMap(schema) || depth > MAX_DEPTH) return undefined;
  // allOf cycles and shared members: each schema is checked once against each value. Most
  // schemas meet one value, kept as is; a set is made for a second.
  const done = seen.get(schema);
  if (done === value || (done instanceof Set && done.has(value))) return undefined;
  if (done === undefined) seen.set(schema, value);
  else if (done instanceof Set) done.add(value);
  else seen.set(schema, new Set([done, value]));
  if (isScalar(value) && value.value === null && nullable(schema, version)) return undefined;
  // Indexed loops: a one-shot run checks examples in cold code, where `for…of` allocates per step.
  const allOf = items(get(schema, 'allOf'));
  for (let i = 0; i < allOf.length; i++) {
    const found = checkExample(root, value, allOf[i], version, where, depth + 1, seen);
    if (found) return found;
  }
  const actual = typeOf(value);
  const written = schemaTypes(schema);
  const types = written.includes('file') ? written.filter((t) => t !== 'file') : written;
  if (types.length > 0 && !types.some((t) => typeMatches(actual, t))) return { node: value, problem: `${where} is of type ${actual} but the schema expects ${types.join(' or ')}` };
  const allowed = get(schema, 'enum');
  if (isSeq(allowed) && isScalar(value) && allowed.items.every(isScalar)) {
    if (!allowed.items.some((a) => isScalar(a) && a.value === value.value)) return { node: value, problem: `${where} is not one of the enum values` };
  }
  if (isMap(value)) {
    const properties = get(schema, 'properties');
    const required = items(get(schema, 'required'));
    for (let i = 0; i < required.length; i++) {
      const name = required[i];
      if (!isScalar(name) || name.value === null) continue;
      const key = String(name.value);
      const property = resolveRef(root, get(properties, key));
      if (bool(get(property, 'readOnly')) === true || bool(get(property, 'writeOnly')) === true) continue;
      // pairOf sees pairs merged in with `<<`, which the example does carry.
      if (!pairOf(value, key)) return { node: value, problem: `${where} lacks the required property "${key}"` };
    }
    if (isMap(properties)) {
      const pairs = value.pairs;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i] as Pair;
        const property = get(properties, String(pair.key.value));
        if (!property) continue;
        const found = checkExample(root, pair.value, property, version, `property "${String(pair.key.value)}"`, depth + 1, seen);
        if (found) return found;
      }
    }
  }
  const itemSchema = get(schema, 'items');
  if (isSeq(value) && isMap(itemSchema)) {
    const list = value.items;
    for (let i = 0; i < list.length && i < MAX_ITEMS; i++) {
      const found = checkExample(root, list[i] as Node, itemSchema, version, `an item of ${where}`, depth + 1, seen);
      if (found) return found;
    }
  }
  return undefined;
}
