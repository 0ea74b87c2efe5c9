import { get, getMap, getPath, isScalar, items, num, pairOf, type ScalarValue } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { hpasOfFile, targets } from './shared/availability';

export default defineRule({
  id: 'kubernetes/spread-replicas',
  appliesTo: 'kubernetes',
  messages: {
    unspread: 'The {{kind}} "{{name}}" runs up to {{replicas}} replicas with no podAntiAffinity or topologySpreadConstraints, so nothing keeps them off a single node.',
  },
  fix: 'suggestion',
  check(context) {
    let hpas: ReturnType<typeof hpasOfFile> | undefined;
    for (const workload of workloadsOf(context.root)) {
      if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet') continue;
      const spec = getMap(workload.object, 'spec');
      const { podSpec } = workload;
      if (get(getMap(podSpec, 'affinity'), 'podAntiAffinity') !== undefined || items(get(podSpec, 'topologySpreadConstraints')).length > 0) continue;
      const replicasPair = pairOf(spec, 'replicas');
      // An autoscaler owns the count: what matters is how far it may scale.
      hpas ??= hpasOfFile(context);
      const hpa = hpas.find((h) => targets(h, workload.object));
      const replicas = Math.max(num(replicasPair?.value) ?? 1, hpa?.maxReplicas ?? 0);
      if (replicas < 2) continue;
      // The workload's own selector is the one label set sure to match exactly its Pods.
      const matchLabels = getMap(getPath(spec, ['selector']), 'matchLabels');
      const labels: Record<string, ScalarValue> = {};
      for (const pair of matchLabels?.pairs ?? []) if (isScalar(pair.value)) labels[String(pair.key.value)] = pair.value.value;
      const suggest: FixOffer[] = [];
      if (Object.keys(labels).length > 0 && !pairOf(podSpec, 'topologySpreadConstraints')) {
        const constraint = { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels } };
        suggest.push({ title: 'Spread the replicas across nodes (soft topologySpreadConstraint)', fix: (f) => f.insertPair(podSpec, 'topologySpreadConstraints', [constraint]) });
      }
      const written = num(replicasPair?.value);
      const node = replicasPair && written !== undefined && written >= 2 ? replicasPair.value : workload.kindNode;
      context.report({ node, messageId: 'unspread', data: { kind: workload.kind, name: workload.name, replicas }, suggest });
    }
  },
});
