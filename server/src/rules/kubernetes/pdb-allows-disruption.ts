import { get, getMap, getStr, isScalar, num, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type RelatedNode } from '../../engine/rule';
import { objectsOf } from '../../views/kubernetes-objects';
import { describeObject, kubernetesIndex, mayShareNamespace, relatedObject, selectorOf, selects, type KubeIndex, type KubeObject } from '../../views/kubernetes-workspace';
import { hpaView, targets, type HpaView } from './shared/availability';
import { kustomizeScaled } from './shared/references';

const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** An int-or-string of a budget: a count, or a percentage of the expected Pods. */
type Amount = { count: number } | { percent: number };

function amountOf(node: Node | undefined): Amount | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number') return Number.isInteger(node.value) ? { count: node.value } : undefined;
  const percent = typeof node.value === 'string' ? /^\s*(\d+)%\s*$/.exec(node.value) : null;
  return percent ? { percent: Number(percent[1]) } : undefined;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** How many Pods a selected workload runs at its lowest, and what says so. */
interface Scale {
  readonly replicas: number;
  readonly related: RelatedNode;
}

function scaleOf(o: KubeObject, index: KubeIndex, hpas: readonly { view: HpaView; object: KubeObject }[], scaledByKustomize: ReadonlySet<string>): Scale | undefined {
  if (o.kind === 'Pod') return { replicas: 1, related: relatedObject(o, `${describeObject(o)} is one Pod`) };
  if (!REPLICATED.has(o.kind) || !o.name || scaledByKustomize.has(o.name) || scaledByKustomize.has('*')) return undefined;
  // An overlay's patch of the same object may set another count.
  if (index.named(o.kind, o.name, o.namespace).length > 1) return undefined;
  const autoscalers = hpas.filter((h) => targets(h.view, o.object));
  if (autoscalers.length > 1) return undefined;
  const [hpa] = autoscalers;
  if (hpa) {
    // The autoscaler's floor is where quiet hours, and the nightly node drains, find the workload.
    const floor = pairOf(hpa.view.spec, 'minReplicas');
    const replicas = floor ? num(floor.value) : 1;
    if (replicas === undefined) return undefined;
    return { replicas, related: relatedObject(hpa.object, `HorizontalPodAutoscaler "${hpa.view.name}" scales ${describeObject(o)} down to ${plural(replicas, 'replica')}`, floor?.value ?? hpa.object.anchor) };
  }
  const pair = pairOf(getMap(o.object, 'spec'), 'replicas');
  if (!pair) return { replicas: 1, related: relatedObject(o, `${describeObject(o)} sets no replicas, so it runs 1 Pod`) };
  const replicas = num(pair.value);
  return replicas === undefined || !Number.isInteger(replicas) ? undefined : { replicas, related: relatedObject(o, `${describeObject(o)} runs ${plural(replicas, 'replica')}`, pair.value) };
}

export default defineRule({
  id: 'kubernetes/pdb-allows-disruption',
  appliesTo: 'kubernetes',
  messages: {
    maxUnavailableZero: 'PodDisruptionBudget "{{name}}" allows {{value}} unavailable Pods, so no Pod it selects can ever be evicted and node drains wait on it forever.',
    minAvailableAll: 'PodDisruptionBudget "{{name}}" keeps {{value}} of its Pods available, so none can ever be evicted and node drains wait on it forever.',
    minAvailableReplicas: 'PodDisruptionBudget "{{name}}" keeps {{required}} available (minAvailable {{value}}) while the workloads it selects run {{pods}}, so no Pod can be evicted and node drains wait on it.',
  },
  // No fix: whether to lower the budget or add replicas is a decision about the service.
  fix: 'none',
  check(ctx) {
    const budgets = objectsOf(ctx.root).filter((o) => getStr(o, 'kind') === 'PodDisruptionBudget' && (getStr(o, 'apiVersion') ?? '').startsWith('policy/'));
    for (const budget of budgets) {
      const spec = getMap(budget, 'spec');
      const name = getStr(getMap(budget, 'metadata'), 'name') ?? '(unnamed)';
      const maxUnavailable = get(spec, 'maxUnavailable');
      const minAvailable = get(spec, 'minAvailable');
      // Both at once is refused by the API server.
      if (maxUnavailable && minAvailable) continue;
      const text = (node: Node): string => ctx.document.text.slice(node.start, node.end);
      const max = amountOf(maxUnavailable);
      if (maxUnavailable && max && ('count' in max ? max.count : max.percent) === 0) {
        ctx.report({ node: maxUnavailable, messageId: 'maxUnavailableZero', data: { name, value: text(maxUnavailable) } });
        continue;
      }
      const min = amountOf(minAvailable);
      if (!minAvailable || !min) continue;
      if ('percent' in min && min.percent >= 100) {
        ctx.report({ node: minAvailable, messageId: 'minAvailableAll', data: { name, value: text(minAvailable) } });
        continue;
      }
      if (('count' in min ? min.count : min.percent) <= 0) continue;
      const blocked = againstReplicas(budget, spec, min);
      if (blocked) ctx.report({ node: minAvailable, messageId: 'minAvailableReplicas', data: { name, value: text(minAvailable), required: blocked.required, pods: plural(blocked.replicas, 'Pod') }, related: blocked.related });
    }

    /** Compares the budget with what the selected workloads run, when all of them are known. */
    function againstReplicas(budget: MapNode, spec: MapNode | undefined, min: Amount): { required: number; replicas: number; related: RelatedNode[] } | undefined {
      // Pods of a workload in a file nobody opened would count too.
      if (!ctx.workspace.complete) return undefined;
      const selector = selectorOf(get(spec, 'selector'));
      if (!selector?.size) return undefined;
      const index = kubernetesIndex(ctx.workspace);
      const namespace = getStr(getMap(budget, 'metadata'), 'namespace');
      if (index.podsMayComeFromElsewhere(namespace)) return undefined;
      const selected = index.selectedBy(selector, namespace);
      if (!selected.length) return undefined;
      const hpas = index.ofKind('HorizontalPodAutoscaler').flatMap((object) => {
        const view = hpaView(object.object);
        return view ? [{ view, object }] : [];
      });
      const scaledByKustomize = kustomizeScaled(ctx.workspace);
      const scales: Scale[] = [];
      for (const o of selected) {
        const scale = scaleOf(o, index, hpas, scaledByKustomize);
        if (!scale) return undefined;
        scales.push(scale);
      }
      const replicas = scales.reduce((sum, s) => sum + s.replicas, 0);
      // Percentages are rounded up, as the disruption controller does.
      const required = 'count' in min ? min.count : Math.ceil((min.percent * replicas) / 100);
      if (replicas === 0 || required < replicas) return undefined;
      return { required, replicas, related: scales.map((s) => s.related) };
    }
  },
});
