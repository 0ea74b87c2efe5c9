import { getMap, getStr, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOf } from '../../views/kubernetes-objects';
import { describeObject, kubernetesIndex, mayShareNamespace, relatedObject, selectorOf, selects } from '../../views/kubernetes-workspace';
import { managesNamespace } from './shared/references';

export default defineRule({
  id: 'kubernetes/pdb-selects-pods',
  appliesTo: 'kubernetes',
  messages: {
    noPods: 'PodDisruptionBudget "{{name}}" selects {{selector}}, but no workload in the workspace has Pods with these labels, so it protects nothing.',
  },
  // No fix: whether the budget or the Pod labels are wrong is for the author to say.
  fix: 'none',
  check(ctx) {
    const budgets = objectsOf(ctx.root).filter((o) => getStr(o, 'kind') === 'PodDisruptionBudget' && (getStr(o, 'apiVersion') ?? '').startsWith('policy/'));
    if (!budgets.length) return;
    // Only a complete workspace can prove that no Pod anywhere carries the labels.
    if (!ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const budget of budgets) {
      const metadata = getMap(budget, 'metadata');
      const selectorPair = pairOf(getMap(budget, 'spec'), 'selector');
      // matchExpressions are not evaluated, and an empty selector means every Pod of the namespace (policy/v1).
      const selector = selectorOf(selectorPair?.value);
      if (!selectorPair || !selector?.size) continue;
      const namespace = getStr(metadata, 'namespace');
      if (index.podsMayComeFromElsewhere(namespace)) continue;
      const candidates = index.workloadsIn(namespace);
      // With no workload of its namespace beside it, the Pods are evidently defined elsewhere.
      if (!managesNamespace(namespace, candidates) || index.selectedBy(selector, namespace).length) continue;
      const near = candidates.filter((w) => [...selector].some(([k, v]) => w.podLabels.get(k) === v)).slice(0, 3);
      ctx.report({
        node: selectorPair,
        messageId: 'noPods',
        data: { name: getStr(metadata, 'name') ?? '(unnamed)', selector: [...selector].map(([k, v]) => `${k}=${v}`).join(', ') },
        related: near.map((w) => relatedObject(w, `${describeObject(w)} has Pods labelled ${[...w.podLabels].map(([k, v]) => `${k}=${v}`).join(', ') || '(no labels)'}`, getMap(w.workload?.podMetadata, 'labels') ?? w.anchor)),
      });
    }
  },
});
