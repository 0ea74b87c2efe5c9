import { getMap, getStr, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeObject, kubernetesIndex, mayShareNamespace, relatedObject, selectorOf, selects } from '../../views/kubernetes-workspace';
import { objectsOfKind } from '../../views/kubernetes-objects';

export default defineRule({
  id: 'kubernetes/service-matches-pods',
  appliesTo: 'kubernetes',
  messages: {
    noPods: 'Service "{{name}}" selects {{selector}}, but no workload in the workspace has Pods with these labels, so it has no endpoints.',
  },
  // No fix: whether the Service or the Pod labels are wrong is for the author to say.
  fix: 'none',
  check(ctx) {
    const services = objectsOfKind(ctx.root, 'Service');
    if (!services.length) return;
    // Only a complete workspace can prove that no Pod anywhere carries the labels.
    if (!ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const { object, name, spec } of services) {
      if (getStr(spec, 'type') === 'ExternalName') continue;
      const selectorPair = pairOf(spec, 'selector');
      const selector = selectorOf(selectorPair?.value);
      if (!selector?.size || !selectorPair) continue;
      const namespace = getStr(getMap(object, 'metadata'), 'namespace');
      if (index.podsMayComeFromElsewhere(namespace)) continue;
      const candidates = index.workloadsIn(namespace).filter((w) => !w.workload?.runsToCompletion);
      // With no workload at all beside it, the Pods are evidently defined elsewhere: nothing to compare.
      if (!candidates.length || index.selectedBy(selector, namespace).some((w) => !w.workload?.runsToCompletion)) continue;
      // Pods labelled with the same keys are the likely intent (a typo in a value): point at them.
      const near = candidates.filter((w) => [...selector.keys()].some((k) => w.podLabels.has(k))).slice(0, 3);
      ctx.report({
        node: selectorPair,
        messageId: 'noPods',
        data: { name, selector: [...selector].map(([k, v]) => `${k}=${v}`).join(', ') },
        related: near.map((w) => relatedObject(w, `${describeObject(w)} has Pods labelled ${[...w.podLabels].map(([k, v]) => `${k}=${v}`).join(', ') || '(no labels)'}`, getMap(w.workload?.podMetadata, 'labels') ?? w.anchor)),
      });
    }
  },
});
