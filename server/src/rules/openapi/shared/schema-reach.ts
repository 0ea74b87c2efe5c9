import type { MapNode, Node } from '../../../document/tree';
import type { AcceptedSchema } from '../../../views/openapi';
import type { RefResolver } from '../../../views/openapi-resolve';
import type { SchemaSite, SchemaWalk } from '../../../views/openapi-schemas';

/** Schemas reached by a walk, in the order it met them, with where each is written. */
export interface Reached {
  /** Each schema once, in the order the walk met it. */
  readonly schemas: readonly MapNode[];
  /** The label each schema was first met under, in the same order. */
  readonly labels: readonly string[];
  /** For each schema, in the same order, the index of the start it was reached from (in the walk's own starts). */
  readonly origins: readonly number[];
  /** Whether the walk met `schema` (asked of schemas that some walk of the pass visited). */
  has(schema: MapNode): boolean;
  siteOf(schema: MapNode): SchemaSite;
}

/**
 * What request bodies and responses reach, for the rules that compare the two
 * (read-only-server-fields, no-sensitive-fields-in-responses, no-additional-properties-in-requests,
 * url-inputs). The four walks they need are channels of the pass in operation-walks.ts.
 */
export interface SchemaReach {
  /** Every request body of every operation, in operation order. */
  readonly requestStarts: readonly AcceptedSchema[];
  /** Every response schema of every operation, in operation order. */
  readonly responseStarts: readonly AcceptedSchema[];
  /** What clients may send: request schemas without readOnly ones (and what is under them). */
  readonly sent: Reached;
  /** Every schema a request body reaches. */
  readonly requests: Reached;
  /** What clients may get back: response schemas without writeOnly ones (and what is under them). */
  readonly returned: Reached;
  /** Every schema a response reaches. */
  readonly responses: Reached;
}

/**
 * One channel of a pass: the schemas it meets, without the subtrees `skip` rejects. `originOf`
 * turns the pass's start index into the index among the channel's own starts. A channel that
 * skips nothing answers `has` from the walk's own marks (`marks`: the pass's `seen` and the
 * channel's number) instead of a set of its own.
 */
export function collector(refs: RefResolver, refSiblings: boolean, originOf: (start: number) => number, skip?: (schema: MapNode) => boolean, marks?: { seen: ReadonlyMap<Node, number>; channel: number }): { walk: SchemaWalk; reached(): Reached } {
  const schemas: MapNode[] = [];
  const labels: string[] = [];
  const origins: number[] = [];
  // Sites are kept only for schemas of other files: the others are all written in the document.
  const elsewhere = new Map<MapNode, SchemaSite>();
  let home: SchemaSite | undefined;
  const walk: SchemaWalk = {
    refSiblings,
    visit(schema, label, _constrained, site, start) {
      if (skip?.(schema)) return false;
      // Without `constrains` a channel meets each schema once.
      schemas.push(schema);
      labels.push(label);
      origins.push(originOf(start));
      if (!site.source.home) elsewhere.set(schema, site);
      else home ??= site;
      return undefined;
    },
  };
  return {
    walk,
    reached() {
      const fallback: SchemaSite = home ?? { source: refs.home, via: undefined };
      let met: Set<MapNode> | undefined;
      // Two bits per channel: any of them set means the walk took the schema from its stack.
      const has = marks ? (schema: MapNode): boolean => (((marks.seen.get(schema) ?? 0) >> (2 * marks.channel)) & 3) !== 0 : (schema: MapNode): boolean => (met ??= new Set(schemas)).has(schema);
      return { schemas, labels, origins, has, siteOf: (schema) => elsewhere.get(schema) ?? fallback };
    },
  };
}
