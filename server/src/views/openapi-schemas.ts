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
  /**
   * Called once per schema and context; return false to leave its subschemas alone (e.g.
   * `readOnly`). `start` is the index in `starts` of the schema the walk came from.
   */
  visit(schema: MapNode, label: string, constrained: boolean, site: SchemaSite, start: number): boolean | void;
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
  walkSchemaChannels(scope, starts, [walk], undefined, seen);
}

/** At most this many walks share one pass: each keeps two bits of a number per schema. */
const MAX_CHANNELS = 8;

/**
 * Several walks of the same schemas in one pass (rules that each walk what requests accept pay
 * for the traversal once). Each channel sees exactly what `walkSchemas` alone would show it, in
 * the same order, with its own `constrains`, its own pruning and its own once-per-state bound:
 * an entry of the stack carries which channels still follow it, and a channel's entries, taken
 * alone, are the stack of its own walk. `masks[i]` names the channels start `i` feeds (bit c for
 * `channels[c]`; all of them when absent). All channels must agree on `refSiblings`.
 */
export function walkSchemaChannels(scope: Node | RefResolver, starts: readonly AcceptedSchema[], channels: readonly SchemaWalk[], masks?: readonly number[], seen = new Map<Node, number>()): void {
  const count = channels.length;
  if (count === 0 || count > MAX_CHANNELS) throw new RangeError(`walkSchemaChannels takes 1 to ${MAX_CHANNELS} channels`);
  const refSiblings = channels[0]?.refSiblings === true;
  if (channels.some((c) => (c.refSiblings === true) !== refSiblings)) throw new RangeError('walkSchemaChannels: the channels disagree on refSiblings');
  const refs = scopeOf(scope);
  const home = homeSite(refs.home);
  const root = refs.home.root;
  const everyone = (1 << count) - 1;
  // The stack as parallel arrays: big specs push hundreds of thousands of entries per walk, and
  // objects for them cost more in allocation and collection than the walk itself.
  const nodes: Array<Node | undefined> = [];
  const labels: string[] = [];
  const following: number[] = [];
  const bound: number[] = [];
  const sites: SchemaSite[] = [];
  const origins: number[] = [];
  let origin = 0;
  const push = (node: Node | undefined, label: string, active: number, constrained: number, site: SchemaSite): void => {
    nodes.push(node);
    labels.push(label);
    following.push(active);
    bound.push(constrained);
    sites.push(site);
    origins.push(origin);
  };
  // Indexed loops throughout: a one-shot run executes this walk cold, where `for…of` allocates an
  // iterator and a result object per step (a tenth of all allocation over the OpenAPI corpus).
  const pushEach = (list: readonly Node[], label: string, active: number, constrained: number, site: SchemaSite): void => {
    for (let i = 0; i < list.length; i++) push(list[i], label, active, constrained, site);
  };
  for (let i = starts.length - 1; i >= 0; i--) {
    const s = starts[i] as AcceptedSchema;
    const active = (masks?.[i] ?? everyone) & everyone;
    origin = i;
    if (active) push(s.schema, s.label, active, 0, s.source && !s.source.home ? { source: s.source, via: s.via } : home);
  }
  while (nodes.length > 0) {
    const node = nodes.pop();
    const label = labels.pop() as string;
    const active = following.pop() as number;
    const constrained = bound.pop() as number;
    const site = sites.pop() as SchemaSite;
    origin = origins.pop() as number;
    if (!isMap(node)) continue;
    // Per channel, two bits: 1 once visited constrained, 2 once visited unconstrained.
    const marks = seen.get(node) ?? 0;
    let marked = marks;
    let fresh = 0;
    let binds = 0;
    for (let c = 0, bit = 1; c < count; c++, bit <<= 1) {
      if (!(active & bit)) continue;
      const level = constrained & bit ? 1 : 2;
      if (((marks >> (2 * c)) & 3) >= level) continue;
      marked = (marked & ~(3 << (2 * c))) | (level << (2 * c));
      fresh |= bit;
      if (constrained & bit || (channels[c] as SchemaWalk).constrains?.(node)) binds |= bit;
    }
    if (!fresh) continue;
    seen.set(node, marked);
    // Children are pushed in order, then their stretch of the stack is reversed: visited in order.
    const first = nodes.length;
    const parts = partsOf(node);
    const ref = parts.ref;
    if (ref !== undefined) {
      if (site === home && ref.startsWith('#')) {
        // The common case, kept as cheap as a walk that knows no other file.
        const name = refName(ref);
        push(followPointer(root, ref.slice(1)), name ? `schema "${name}"` : label, fresh, binds, site);
      } else {
        const target = refs.target(ref, site.source);
        if (target) {
          const name = refs.describe(ref).name;
          const to = target.source;
          const next: SchemaSite = to === site.source ? site : to.home ? home : { source: to, via: site.source.home ? get(node, '$ref') : site.via };
          push(target.node, name ? `schema "${name}"` : label, fresh, binds, next);
        }
      }
      if (!refSiblings) continue;
    }
    let explore = fresh;
    for (let c = 0, bit = 1; c < count; c++, bit <<= 1) {
      if (fresh & bit && (channels[c] as SchemaWalk).visit(node, label, (constrained & bit) !== 0, site, origin) === false) explore &= ~bit;
    }
    if (!explore) {
      nodes.length = labels.length = following.length = bound.length = sites.length = origins.length = first;
      continue;
    }
    // A channel that stopped here does not follow the `$ref` pushed above either.
    if (nodes.length > first) following[first] = explore;
    binds &= explore;
    if (isMap(parts.properties)) {
      const pairs = parts.properties.pairs;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i] as Pair;
        push(pair.value, `property "${String(pair.key.value)}"`, explore, 0, site);
      }
    }
    const itemsNode = parts.items;
    if (isMap(itemsNode)) push(itemsNode, `${label} items`, explore, 0, site);
    else pushEach(items(itemsNode), `${label} items`, explore, 0, site);
    pushEach(items(parts.prefixItems), `${label} items`, explore, 0, site);
    push(parts.additionalProperties, `${label} values`, explore, 0, site);
    if (isMap(parts.patternProperties)) {
      const pairs = parts.patternProperties.pairs;
      for (let i = 0; i < pairs.length; i++) push((pairs[i] as Pair).value, `${label} values`, explore, 0, site);
    }
    const allOf = items(parts.allOf);
    if (allOf.length) {
      // A member's bounds hold for its siblings too: they all describe the same value.
      const siblingsBound = binds | boundByMember(channels, explore & ~binds, allOf, (m) => (site === home ? resolveRef(root, m) : refs.node(m, site.source)));
      pushEach(allOf, label, explore, siblingsBound, site);
    }
    pushEach(items(parts.anyOf), label, explore, binds, site);
    pushEach(items(parts.oneOf), label, explore, binds, site);
    reverse(nodes, first);
    reverse(labels, first);
    reverse(following, first);
    reverse(bound, first);
    reverse(sites, first);
    // `origins` needs no reversal: a stretch all comes from the same start.
  }
}

/** The channels of `need` for which some member of `allOf` is constrained. */
function boundByMember(channels: readonly SchemaWalk[], need: number, allOf: readonly Node[], resolve: (member: Node) => Node | undefined): number {
  let out = 0;
  let members: Array<Node | undefined> | undefined;
  for (let c = 0, bit = 1; c < channels.length; c++, bit <<= 1) {
    const constrains = (channels[c] as SchemaWalk).constrains;
    if (!(need & bit) || !constrains) continue;
    members ??= allOf.map(resolve);
    if (members.some((m) => isMap(m) && constrains(m))) out |= bit;
  }
  return out;
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
  const pairs = schema.pairs;
  for (let i = 0; i < pairs.length; i++) take(parts, pairs[i] as Pair);
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
