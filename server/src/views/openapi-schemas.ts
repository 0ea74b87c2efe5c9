import { get, isMap, items, str, type MapNode, type Node, type Pair } from '../document/tree';
import { followPointer, scopeOf, type RefResolver, type RefSource } from './openapi-resolve';
import { refName, resolveRef, type AcceptedSchema } from './openapi';

/** Where a walked schema is written, and what leads to it from the document under analysis. */
export interface SchemaSite {
  /** The document the schema is written in (the one under analysis, or a file it references). */
  readonly source: RefSource;
  /**
   * For a schema of another file: the `$ref` value of the document under analysis through which
   * the walk left it. The engine reports only in the file under analysis, so findings go there.
   */
  readonly via: Node | undefined;
}

export interface SchemaWalk {
  /** Called once per schema and context; return false to leave its subschemas alone (e.g. `readOnly`). */
  visit(schema: MapNode, label: string, constrained: boolean, site: SchemaSite): boolean | void;
  /** Keywords of a schema that also bind its `$ref` target and its `allOf`/`anyOf`/`oneOf` members. */
  constrains?(schema: MapNode): boolean;
  /** 3.1 reads keywords next to `$ref`; 2.0 and 3.0 ignore them. */
  refSiblings?: boolean;
}

const homeSites = new WeakMap<RefSource, SchemaSite>();

function homeSite(source: RefSource): SchemaSite {
  let site = homeSites.get(source);
  if (!site) homeSites.set(source, (site = { source, via: undefined }));
  return site;
}

/**
 * Visits the schemas reachable from `starts` through `$ref` (into other files of the workspace
 * when `scope` is a resolver with a rule context), properties, items, prefixItems,
 * additionalProperties, patternProperties and allOf/anyOf/oneOf. A schema is visited at most once
 * unconstrained and once constrained, whatever the number of refs, aliases or cycles that reach
 * it, so the walk is linear in the size of the documents. Pass the same `seen` to several walks
 * to share that bound across them.
 */
export function walkSchemas(scope: Node | RefResolver, starts: readonly AcceptedSchema[], walk: SchemaWalk, seen = new Map<Node, number>()): void {
  const refs = scopeOf(scope);
  const home = homeSite(refs.home);
  const root = refs.home.root;
  // The stack as parallel arrays: big specs push hundreds of thousands of entries per walk, and
  // objects for them cost more in allocation and collection than the walk itself.
  const nodes: Array<Node | undefined> = [];
  const labels: string[] = [];
  const bound: boolean[] = [];
  const sites: SchemaSite[] = [];
  const push = (node: Node | undefined, label: string, constrained: boolean, site: SchemaSite): void => {
    nodes.push(node);
    labels.push(label);
    bound.push(constrained);
    sites.push(site);
  };
  for (let i = starts.length - 1; i >= 0; i--) {
    const s = starts[i] as AcceptedSchema;
    push(s.schema, s.label, false, s.source && !s.source.home ? { source: s.source, via: s.via } : home);
  }
  while (nodes.length > 0) {
    const node = nodes.pop();
    const label = labels.pop() as string;
    const constrained = bound.pop() as boolean;
    const site = sites.pop() as SchemaSite;
    if (!isMap(node)) continue;
    const level = constrained ? 1 : 2;
    if ((seen.get(node) ?? 0) >= level) continue;
    seen.set(node, level);
    // Children are pushed in order, then their stretch of the stack is reversed: visited in order.
    const first = nodes.length;
    const binds = constrained || (walk.constrains?.(node) ?? false);
    const parts = partsOf(node);
    const ref = parts.ref;
    if (ref !== undefined) {
      if (site === home && ref.startsWith('#')) {
        // The common case, kept as cheap as a walk that knows no other file.
        const name = refName(ref);
        push(followPointer(root, ref.slice(1)), name ? `schema "${name}"` : label, binds, site);
      } else {
        const target = refs.target(ref, site.source);
        if (target) {
          const name = refs.describe(ref).name;
          const to = target.source;
          const next: SchemaSite = to === site.source ? site : to.home ? home : { source: to, via: site.source.home ? get(node, '$ref') : site.via };
          push(target.node, name ? `schema "${name}"` : label, binds, next);
        }
      }
      if (!walk.refSiblings) continue;
    }
    if (walk.visit(node, label, constrained, site) === false) {
      nodes.length = labels.length = bound.length = sites.length = first;
      continue;
    }
    if (isMap(parts.properties)) for (const pair of parts.properties.pairs) push(pair.value, `property "${String(pair.key.value)}"`, false, site);
    const itemsNode = parts.items;
    if (isMap(itemsNode)) push(itemsNode, `${label} items`, false, site);
    else for (const item of items(itemsNode)) push(item, `${label} items`, false, site);
    for (const item of items(parts.prefixItems)) push(item, `${label} items`, false, site);
    push(parts.additionalProperties, `${label} values`, false, site);
    if (isMap(parts.patternProperties)) for (const pair of parts.patternProperties.pairs) push(pair.value, `${label} values`, false, site);
    const allOf = items(parts.allOf);
    let siblingBound = binds;
    if (!siblingBound && walk.constrains) {
      for (const m of allOf) {
        const member = site === home ? resolveRef(root, m) : refs.node(m, site.source);
        if (isMap(member) && walk.constrains(member)) {
          siblingBound = true;
          break;
        }
      }
    }
    for (const member of allOf) push(member, label, siblingBound, site);
    for (const member of items(parts.anyOf)) push(member, label, binds, site);
    for (const member of items(parts.oneOf)) push(member, label, binds, site);
    reverse(nodes, first);
    reverse(labels, first);
    reverse(bound, first);
    reverse(sites, first);
  }
}

interface SchemaParts {
  ref: string | undefined;
  properties: Node | undefined;
  items: Node | undefined;
  prefixItems: Node | undefined;
  additionalProperties: Node | undefined;
  patternProperties: Node | undefined;
  allOf: Node | undefined;
  anyOf: Node | undefined;
  oneOf: Node | undefined;
}

/**
 * The keywords the walk follows, read in one pass over the schema's pairs instead of a lookup
 * each (nine scans of every schema, seven walks per document, were most of the walk's time).
 * Same answers as `get`: the last written pair wins, merged-in pairs only where none is written.
 */
function partsOf(schema: MapNode): SchemaParts {
  const parts: SchemaParts = { ref: undefined, properties: undefined, items: undefined, prefixItems: undefined, additionalProperties: undefined, patternProperties: undefined, allOf: undefined, anyOf: undefined, oneOf: undefined };
  if (schema.inherited) {
    // Merged-in pairs: the first one of a key counts, and only if no own pair has that key.
    for (let i = schema.inherited.length - 1; i >= 0; i--) take(parts, schema.inherited[i] as Pair);
  }
  for (const pair of schema.pairs) take(parts, pair);
  return parts;
}

function take(parts: SchemaParts, pair: Pair): void {
  const value = pair.value;
  switch (pair.key.value) {
    case '$ref': parts.ref = str(value); break;
    case 'properties': parts.properties = value; break;
    case 'items': parts.items = value; break;
    case 'prefixItems': parts.prefixItems = value; break;
    case 'additionalProperties': parts.additionalProperties = value; break;
    case 'patternProperties': parts.patternProperties = value; break;
    case 'allOf': parts.allOf = value; break;
    case 'anyOf': parts.anyOf = value; break;
    case 'oneOf': parts.oneOf = value; break;
  }
}

function reverse<T>(list: T[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) {
    const t = list[i] as T;
    list[i] = list[j] as T;
    list[j] = t;
  }
}
