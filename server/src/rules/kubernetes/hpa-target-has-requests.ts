import { get, getMap, getStr, isScalar, mapItems, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadView } from '../../views/kubernetes';
import { hpaView, objectsOf, objectsOfFile, targets, type HpaView } from './shared/availability';

interface UtilizationMetric { resource: string; container: string | undefined; node: Node }

/** The metrics computed as a percentage of the Pods' requests, in every API version's shape. */
function utilizationMetrics(hpa: HpaView, kind: Node): UtilizationMetric[] {
  if (hpa.apiVersion === 'autoscaling/v1') return [{ resource: 'cpu', container: undefined, node: pairOf(hpa.spec, 'targetCPUUtilizationPercentage')?.value ?? kind }];
  const metrics = mapItems(get(hpa.spec, 'metrics'));
  if (metrics.length === 0 && !pairOf(hpa.spec, 'metrics')) return [{ resource: 'cpu', container: undefined, node: kind }];
  const out: UtilizationMetric[] = [];
  for (const metric of metrics) {
    const type = getStr(metric, 'type');
    const source = getMap(metric, type === 'Resource' ? 'resource' : type === 'ContainerResource' ? 'containerResource' : '');
    const name = get(source, 'name');
    const utilization = getStr(getMap(source, 'target'), 'type') === 'Utilization' || get(source, 'targetAverageUtilization') !== undefined;
    if (!source || !isScalar(name) || name.value === null || !utilization) continue;
    out.push({ resource: String(name.value), container: getStr(source, 'container'), node: name });
  }
  return out;
}

/** A request left out defaults to the limit of the same resource. */
function requests(container: MapNode, resource: string): boolean {
  const resources = getMap(container, 'resources');
  return [getMap(resources, 'requests'), getMap(resources, 'limits')].some((m) => {
    const value = get(m, resource);
    return isScalar(value) && value.value !== null;
  });
}

export default defineRule({
  id: 'kubernetes/hpa-target-has-requests',
  appliesTo: 'kubernetes',
  messages: {
    noRequest: 'HorizontalPodAutoscaler "{{name}}" scales on {{resource}} utilisation, but container "{{container}}" of {{target}} requests no {{resource}}, so the autoscaler cannot act on it.',
  },
  fix: 'none',
  check(context) {
    const hpas = objectsOf(context.root).map(hpaView).filter((h): h is HpaView => h !== undefined);
    if (hpas.length === 0) return;
    const workloads = objectsOfFile(context).map(workloadView);
    for (const hpa of hpas) {
      const kind = get(hpa.object, 'kind');
      const target = workloads.find((w) => w && targets(hpa, w.object));
      if (!target || !kind) continue;
      for (const metric of utilizationMetrics(hpa, kind)) {
        const containers = target.containers(['containers']).filter((c) => metric.container === undefined || c.name === metric.container);
        const missing = containers.find((c) => !requests(c.node, metric.resource));
        if (!missing) continue;
        context.report({ node: metric.node, messageId: 'noRequest', data: { name: hpa.name, resource: metric.resource, container: missing.name, target: `${target.kind} "${target.name}"` } });
      }
    }
  },
});
