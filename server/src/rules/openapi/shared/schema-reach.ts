import { bool, get, type MapNode, type Node } from '../../../document/tree';
import { operationsOf, versionOf, type AcceptedSchema } from '../../../views/openapi';
import { keptWhileHome, type RefResolver } from '../../../views/openapi-resolve';
import { walkSchemaChannels, type SchemaSite, type SchemaWalk } from '../../../views/openapi-schemas';
import { requestBodies, returnedSchemas } from './owasp';

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
 * (read-only-server-fields, no-sensitive-fields-in-responses, no-additional-properties-in-requests).
 * The four walks they need run as one pass.
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

const known = new WeakMap<Node, SchemaReach>();

/**
 * The walks of request bodies and responses, once per document when they stay in it (refs into
 * other files make the answer depend on those, so each rule then walks with its own resolver).
 */
export function schemaReach(refs: RefResolver): SchemaReach {
  return keptWhileHome(refs, known, () => walkReach(refs));
}

function walkReach(refs: RefResolver): SchemaReach {
  const root = refs.home.root;
  const version = versionOf(root);
  const operations = operationsOf(root);
  const requestStarts = operations.flatMap((op) => requestBodies(refs, op, version));
  const responseStarts = operations.flatMap((op) => returnedSchemas(refs, op, version));
  const refSiblings = version === '3.1';
  const seen = new Map<Node, number>();
  const sent = collector(refs, refSiblings, 0, (s) => bool(get(s, 'readOnly')) === true);
  const requests = collector(refs, refSiblings, 0, undefined, { seen, channel: 1 });
  const returned = collector(refs, refSiblings, requestStarts.length, (s) => bool(get(s, 'writeOnly')) === true);
  const responses = collector(refs, refSiblings, requestStarts.length, undefined, { seen, channel: 3 });
  const fromRequests = 0b0011;
  const fromResponses = 0b1100;
  walkSchemaChannels(refs, [...requestStarts, ...responseStarts], [sent.walk, requests.walk, returned.walk, responses.walk], [...requestStarts.map(() => fromRequests), ...responseStarts.map(() => fromResponses)], seen);
  return { requestStarts, responseStarts, sent: sent.reached(), requests: requests.reached(), returned: returned.reached(), responses: responses.reached() };
}

/**
 * One channel of the pass: the schemas it meets, without the subtrees `skip` rejects. Its own
 * starts begin at `firstStart` in the pass's. A channel that skips nothing answers `has` from the
 * walk's own marks (`marks`: the pass's `seen` and the channel's number) instead of a set of its own.
 */
function collector(refs: RefResolver, refSiblings: boolean, firstStart: number, skip?: (schema: MapNode) => boolean, marks?: { seen: ReadonlyMap<Node, number>; channel: number }): { walk: SchemaWalk; reached(): Reached } {
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
      origins.push(start - firstStart);
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
