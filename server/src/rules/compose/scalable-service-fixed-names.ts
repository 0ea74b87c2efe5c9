import { get, isMap, pairOf } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { mapHolding, servicesOf } from '../../views/compose';
import { parsePorts } from '../../views/compose-ports';
import { portNode, replicasOf, usesHostNetwork } from './shared/hardening';

export default defineRule({
  id: 'compose/scalable-service-fixed-names',
  appliesTo: 'compose',
  messages: {
    containerName: 'Service "{{name}}" asks for {{replicas}} replicas but sets container_name, and Compose cannot give one name to several containers.',
    hostPort: 'Service "{{name}}" asks for {{replicas}} replicas but publishes the fixed host port {{port}}, which only one of them can bind.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      const replicas = replicasOf(service);
      if (replicas === undefined || replicas <= 1) continue;
      const name = pairOf(service.node, 'container_name');
      if (name) {
        const holder = mapHolding(root, name);
        // Removing the only key of a block mapping would leave null, which `<<` cannot merge.
        const removable = holder !== undefined && (holder.flow || holder.pairs.length > 1 || holder === service.node);
        const suggest: FixOffer[] = holder && removable ? [{ title: 'Remove container_name and let Compose name the replicas', fix: (f) => f.removePair(holder, name) }] : [];
        report({ node: name, messageId: 'containerName', data: { name: service.name, replicas }, suggest });
      }
      if (usesHostNetwork(service)) continue;
      for (const port of parsePorts(get(service.node, 'ports'))) {
        const published = port.published;
        // A host range at least as wide as the replica count is shared out among them.
        if (!published || published.end - published.start + 1 >= replicas) continue;
        const shown = published.start === published.end ? String(published.start) : `${published.start}-${published.end}`;
        report({ node: portNode(port), messageId: 'hostPort', data: { name: service.name, replicas, port: shown } });
      }
    }
  },
});
