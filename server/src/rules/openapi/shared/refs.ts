import { get, isMap, isScalar, isSeq, singleParentTree, type MapNode, type Node, type Pair, type ScalarNode } from '../../../document/tree';

/** One `$ref` written in a document. */
export interface RefSite {
  readonly node: ScalarNode;
  readonly ref: string;
  /** The Reference Object (the map that holds the `$ref`). */
  readonly owner: MapNode;
  /** Inside an `x-` extension: vendor data we cannot judge, but a use of what it names all the same. */
  readonly inExtension: boolean;
}

export interface DocumentRefs {
  readonly refs: readonly RefSite[];
  /** Values of `discriminator.mapping`: a schema name or a ref, which also count as uses. */
  readonly mappings: readonly ScalarNode[];
}

/** Maps whose keys are names (of properties, schemas, status codes…), never keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'schemas', 'responses', 'parameters', 'headers', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'paths', 'content', 'encoding', 'variables', '$defs', 'dependentSchemas', 'webhooks', 'examples']);
/** Keywords whose values are instance data, where a `$ref` key is data too. */
const DATA_KEYS = new Set(['example', 'default', 'enum', 'const']);

/** What the walk knows of a node's place, packed into the stack beside it. */
const NAMES = 1;
const EXAMPLE_ENTRY = 2;
const EXTENSION = 4;

const cache = new WeakMap<Node, DocumentRefs>();

/**
 * Every `$ref` of a document, once per root (rules share the walk). Example values, defaults and
 * enums are data and are left alone; a node reached through several YAML aliases is read once.
 * Stripe's spec has half a million nodes: the stack holds collections only, with their flags as
 * numbers beside them, rather than an object per node.
 */
export function refsOf(root: Node): DocumentRefs {
  const known = cache.get(root);
  if (known) return known;
  const refs: RefSite[] = [];
  const mappings: ScalarNode[] = [];
  const seen = singleParentTree(root) ? undefined : new Set<Node>();
  const nodes: Node[] = [root];
  const flags: number[] = [0];
  const push = (node: Node, flag: number): void => {
    if (node.type === 'scalar') return;
    nodes.push(node);
    flags.push(flag);
  };
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const flag = flags.pop() as number;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    const extension = flag & EXTENSION;
    // Indexed loops: this runs cold over every node of the document, where `for…of` allocates per step.
    if (isSeq(node)) {
      const list = node.items;
      for (let i = 0; i < list.length; i++) push(list[i] as Node, extension);
      continue;
    }
    if (!isMap(node)) continue;
    const pairs = node.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as Pair;
      if (flag & NAMES) {
        push(pair.value, (flag & EXAMPLE_ENTRY) | extension);
        continue;
      }
      const key = String(pair.key.value);
      if (key === '$ref' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        refs.push({ node: pair.value, ref: pair.value.value, owner: node, inExtension: extension !== 0 });
        continue;
      }
      if (DATA_KEYS.has(key) || (flag & EXAMPLE_ENTRY && key === 'value')) continue;
      if (key === 'examples' && !isMap(pair.value)) continue;
      if (key === 'discriminator') collectMapping(pair.value, mappings);
      push(pair.value, (NAME_MAPS.has(key) && isMap(pair.value) ? NAMES : 0) | (key === 'examples' ? EXAMPLE_ENTRY : 0) | (extension || key.startsWith('x-') ? EXTENSION : 0));
    }
  }
  const result = { refs, mappings };
  cache.set(root, result);
  return result;
}

function collectMapping(discriminator: Node, into: ScalarNode[]): void {
  const mapping = get(discriminator, 'mapping');
  if (!isMap(mapping)) return;
  for (const pair of mapping.pairs) if (isScalar(pair.value) && typeof pair.value.value === 'string') into.push(pair.value);
}

/** The reusable-object sections of a document, by JSON pointer prefix. */
export function componentSections(root: Node, version: '2.0' | '3.0' | '3.1' | undefined): Array<{ prefix: string; section: MapNode; label: string }> {
  const out: Array<{ prefix: string; section: MapNode; label: string }> = [];
  const add = (parent: Node | undefined, key: string, prefix: string, label: string): void => {
    const section = get(parent, key);
    if (isMap(section)) out.push({ prefix: `${prefix}/${key}/`, section, label });
  };
  if (version === '2.0') {
    for (const key of ['definitions', 'parameters', 'responses']) add(root, key, '', key);
    return out;
  }
  const components = get(root, 'components');
  for (const key of ['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'examples']) add(components, key, '/components', `components.${key}`);
  return out;
}
