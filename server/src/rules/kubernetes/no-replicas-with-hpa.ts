import { getMap, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { hpasOfFile, targets } from './shared/availability';

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);

export default defineRule({
  id: 'kubernetes/no-replicas-with-hpa',
  appliesTo: 'kubernetes',
  messages: {
    fixed: 'The {{kind}} "{{name}}" sets replicas although HorizontalPodAutoscaler "{{hpa}}" scales it, so every apply resets the scale to {{replicas}}.',
  },
  fix: 'suggestion',
  check(context) {
    // Reading the file's other documents costs a parse: only when some workload sets replicas.
    const workloads = workloadsOf(context.root).filter((w) => SCALABLE.has(w.kind) && pairOf(getMap(w.object, 'spec'), 'replicas'));
    if (workloads.length === 0) return;
    const hpas = hpasOfFile(context);
    for (const workload of workloads) {
      const spec = getMap(workload.object, 'spec');
      const pair = pairOf(spec, 'replicas');
      const hpa = hpas.find((h) => targets(h, workload.object));
      if (!spec || !pair || !hpa || (pair.value.type === 'scalar' && pair.value.value === null)) continue;
      context.report({
        node: pair,
        messageId: 'fixed',
        data: { kind: workload.kind, name: workload.name, hpa: hpa.name, replicas: context.document.text.slice(pair.value.start, pair.value.end) },
        suggest: spec.pairs.includes(pair) ? [{ title: 'Remove replicas and let the autoscaler own the scale', fix: (f) => f.removePair(spec, pair) }] : [],
      });
    }
  },
});
