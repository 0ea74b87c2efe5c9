import { isMap, isScalar, isSeq, items, pairOf, str, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { CONTAINER_ANCHORS, isWindows, setSecurityContextKey } from './shared/security';

/** Absent, or written with no value: both leave the runtime's default capabilities in place. */
const unset = (node: Node | undefined): boolean => node === undefined || (isScalar(node) && node.value === null);

export default defineRule({
  id: 'kubernetes/drop-all-capabilities',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Container "{{name}}" keeps the runtime\'s default Linux capabilities: capabilities.drop does not include ALL.',
  },
  fix: 'suggestion',
  check({ root, flavor, report }) {
    for (const workload of workloadsOf(root)) {
      if (isWindows(workload)) continue;
      for (const container of workload.containers()) {
        const contextPair = pairOf(container.node, 'securityContext');
        const capabilitiesPair = pairOf(contextPair?.value, 'capabilities');
        const dropPair = pairOf(capabilitiesPair?.value, 'drop');
        const [context, capabilities, drop] = [contextPair?.value, capabilitiesPair?.value, dropPair?.value];
        // Wrong types are somebody else's finding: a schema error, not a missing ALL.
        if ((!unset(context) && !isMap(context)) || (!unset(capabilities) && !isMap(capabilities)) || (!unset(drop) && !isSeq(drop))) continue;
        if (items(drop).some((item) => str(item)?.toUpperCase() === 'ALL')) continue;
        // Edited only where this container writes it: a map merged in from an anchor is shared.
        const own = contextPair !== undefined && container.node.pairs.includes(contextPair) && isMap(context) && (!capabilitiesPair || context.pairs.includes(capabilitiesPair));
        let fix: FixOffer['fix'];
        if (dropPair)
          fix = (f) => {
            if (!own || !isSeq(drop) || !isMap(capabilities) || !capabilities.pairs.includes(dropPair)) return null;
            // An empty list inside a flow mapping must stay a flow list.
            if (flavor === 'yaml' && capabilities.flow && drop.items.length === 0) return f.replace(drop, '[ALL]');
            return f.appendItems(drop, ['ALL']);
          };
        else if (capabilitiesPair) fix = (f) => (own && isMap(capabilities) ? f.insertPair(capabilities, 'drop', ['ALL']) : null);
        else fix = (f) => setSecurityContextKey(f, container.node, 'capabilities', { drop: ['ALL'] }, CONTAINER_ANCHORS);
        report({
          node: dropPair ?? capabilitiesPair ?? container.anchor,
          messageId: 'missing',
          data: { name: container.name },
          suggest: [{ title: 'Drop ALL capabilities', fix }],
        });
      }
    }
  },
});
