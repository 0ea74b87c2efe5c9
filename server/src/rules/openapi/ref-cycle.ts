import { get, isMap, isScalar, type MapNode, type Node, type ScalarNode } from '../../document/tree';
import { defineRule, type RelatedNode } from '../../engine/rule';
import { RefResolver, refTargetName, splitRef, type RefSource } from '../../views/openapi-resolve';
import { refsOf } from './shared/refs';

/** One Reference Object on a chain of refs: the map, its `$ref` value and the document it is in. */
interface Link {
  readonly owner: MapNode;
  readonly ref: ScalarNode & { value: string };
  readonly source: RefSource;
}

const ON_PATH = 1;
const DONE = 2;

function refOf(node: Node | undefined): (ScalarNode & { value: string }) | undefined {
  const ref = get(node, '$ref');
  return isScalar(ref) && typeof ref.value === 'string' ? (ref as ScalarNode & { value: string }) : undefined;
}

/** `Pet` for a ref within the document; a ref into another file is shown whole, so the chain says which file. */
const nameOf = (ref: string): string => (splitRef(ref).file === '' ? (refTargetName(ref) ?? ref) : ref);

/** `A → B → A`, starting from the owner of `links[0]` (the target of the last link). */
function chainOf(links: readonly Link[]): string {
  const last = links[links.length - 1] as Link;
  return [last, ...links].map((l) => nameOf(l.ref.value)).join(' → ');
}

/**
 * Each Reference Object leads to one node, so refs form a functional graph: every chain is
 * walked once (nodes are marked done), which keeps the rule linear, and each cycle is met once.
 * Recursive schemas (`children: { items: { $ref: Node } }`) are not cycles here: their refs lead
 * to a schema, which is where a chain stops.
 */
export default defineRule({
  id: 'openapi/ref-cycle',
  appliesTo: 'openapi',
  messages: {
    cycle: 'The reference "{{ref}}" is part of a cycle of references that never reaches a definition: {{chain}}.',
    leadsToCycle: 'The reference "{{ref}}" leads into a cycle of references in other files that never reaches a definition: {{chain}}.',
  },
  fix: 'none',
  check(context) {
    const { root, report } = context;
    const refs = RefResolver.of(context);
    const state = new Map<Node, number>();
    const sites = refsOf(root).refs.filter((s) => !s.inExtension).sort((a, b) => a.node.start - b.node.start);
    const related = (links: readonly Link[]): RelatedNode[] =>
      links.flatMap((l) => {
        const file = l.source.file();
        return file ? [{ file, document: l.source.document, node: l.ref, message: `the cycle continues here ("${l.ref.value}")` }] : [];
      });
    for (const site of sites) {
      const path: Link[] = [];
      let current: { node: Node; source: RefSource } = { node: site.owner, source: refs.home };
      for (;;) {
        const known = state.get(current.node);
        if (known === DONE) break;
        if (known === ON_PATH) {
          const cycle = path.slice(path.findIndex((l) => l.owner === current.node));
          const home = cycle.filter((l) => l.source.home);
          const first = home.reduce<Link | undefined>((a, l) => (a === undefined || l.ref.start < a.ref.start ? l : a), undefined);
          if (first) {
            const from = cycle.indexOf(first);
            const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
            report({ node: first.ref, messageId: 'cycle', data: { ref: first.ref.value, chain: chainOf(ordered) }, related: related(ordered.slice(1)) });
          } else if (path[0]) {
            // A cycle among referenced files, which nobody analyses on their own: said where this document enters it.
            report({ node: path[0].ref, messageId: 'leadsToCycle', data: { ref: path[0].ref.value, chain: chainOf(cycle) }, related: related(cycle) });
          }
          break;
        }
        const ref = refOf(current.node);
        if (!ref || !isMap(current.node)) break;
        state.set(current.node, ON_PATH);
        path.push({ owner: current.node, ref, source: current.source });
        const next = refs.target(ref.value, current.source);
        if (!next || refOf(next.node) === undefined) break;
        current = next;
      }
      for (const link of path) state.set(link.owner, DONE);
    }
  },
});
