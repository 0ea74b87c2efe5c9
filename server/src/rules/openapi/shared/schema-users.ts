import { getMap, isMap, type MapNode, type Node } from '../../../document/tree';
import type { AcceptedSchema, OperationView } from '../../../views/openapi';
import { followPointer } from '../../../views/openapi-resolve';
import { refsOf } from './refs';

/** A stretch of the document and what it belongs to. */
interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly owner: T;
}

interface Components {
  readonly spans: readonly Span<MapNode>[];
  readonly schemas: ReadonlySet<MapNode>;
}

const components = new WeakMap<Node, Components>();
const graphs = new WeakMap<Node, ReadonlyMap<MapNode, readonly number[]>>();

function sorted<T>(spans: Span<T>[]): Span<T>[] {
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The innermost span holding `offset` (spans sorted by start; nesting is rare and shallow). */
function spanAt<T>(spans: readonly Span<T>[], offset: number): Span<T> | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span<T>).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && found - i <= 8; i--) {
    const span = spans[i] as Span<T>;
    if (span.end > offset) return span;
  }
  return undefined;
}

/** The reusable schemas of a document by position, once per document. */
function componentsOf(root: Node): Components {
  let known = components.get(root);
  if (known) return known;
  const schemas = new Set<MapNode>();
  const spans: Span<MapNode>[] = [];
  for (const section of [getMap(getMap(root, 'components'), 'schemas'), getMap(root, 'definitions')]) {
    for (const pair of section?.pairs ?? []) {
      if (pair.value.type !== 'map') continue;
      schemas.add(pair.value);
      spans.push({ start: pair.value.start, end: pair.value.end, owner: pair.value });
    }
  }
  known = { spans: sorted(spans), schemas };
  components.set(root, known);
  return known;
}

/**
 * For each reusable schema, where the local `$ref`s that name it are written, from the document's
 * `$ref` list (shared with the other ref rules). Built once per document, and only when a finding
 * in a shared schema asks who uses it: most walks never need it.
 */
function refsTo(root: Node): ReadonlyMap<MapNode, readonly number[]> {
  let graph = graphs.get(root);
  if (graph) return graph;
  const { schemas } = componentsOf(root);
  const out = new Map<MapNode, number[]>();
  for (const site of refsOf(root).refs) {
    if (site.inExtension || !site.ref.startsWith('#')) continue;
    const target = followPointer(root, site.ref.slice(1));
    if (!isMap(target) || !schemas.has(target)) continue;
    let list = out.get(target);
    if (!list) out.set(target, (list = []));
    list.push(site.node.start);
  }
  graph = out;
  graphs.set(root, graph);
  return graph;
}

/**
 * Which operations use the reusable schema at a place of the document, through the schemas a
 * rule walked from (`starts`): the reusable schemas that name it, the schemas that name those,
 * and so on up to the operations, nearest first.
 */
export class SchemaUsers {
  private starts: Span<OperationView[]>[] | undefined;
  private readonly known = new Map<MapNode, OperationView[]>();

  constructor(private readonly root: Node, private readonly from: () => readonly AcceptedSchema[]) {}

  /** The reusable schema whose definition holds `offset`, if any. */
  componentAt(offset: number): MapNode | undefined {
    return spanAt(componentsOf(this.root).spans, offset)?.owner;
  }

  operationsUsing(component: MapNode, max: number): readonly OperationView[] {
    const known = this.known.get(component);
    if (known) return known;
    const graph = refsTo(this.root);
    const { spans } = componentsOf(this.root);
    const starts = (this.starts ??= this.startSpans());
    const out: OperationView[] = [];
    const queued = new Set<MapNode>([component]);
    const queue: MapNode[] = [component];
    for (let i = 0; i < queue.length && out.length < max; i++) {
      for (const offset of graph.get(queue[i] as MapNode) ?? []) {
        for (const op of spanAt(starts, offset)?.owner ?? []) if (out.length < max && !out.includes(op)) out.push(op);
        const holder = spanAt(spans, offset)?.owner;
        if (holder && !queued.has(holder)) {
          queued.add(holder);
          queue.push(holder);
        }
      }
    }
    // The nearest users are chosen first; they are listed in document order so the list reads top to bottom.
    out.sort((a, b) => a.methodPair.start - b.methodPair.start);
    this.known.set(component, out);
    return out;
  }

  /** Where each walked start schema is written, with the operations it belongs to. */
  private startSpans(): Span<OperationView[]>[] {
    const byNode = new Map<Node, OperationView[]>();
    for (const s of this.from()) {
      if (!s.operation || (s.source && !s.source.home)) continue;
      const ops = byNode.get(s.schema);
      if (ops) {
        if (!ops.includes(s.operation)) ops.push(s.operation);
      } else byNode.set(s.schema, [s.operation]);
    }
    return sorted([...byNode].map(([node, owner]) => ({ start: node.start, end: node.end, owner })));
  }
}
