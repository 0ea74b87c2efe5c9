import { bool, get, getMap, getStr, pairOf } from '../../document/tree';
import { defineRule, type RelatedNode } from '../../engine/rule';
import { objectsOf } from '../../views/kubernetes-objects';
import { describeObject, kubernetesIndex, mayShareNamespace, relatedObject, selects, type KubeObject } from '../../views/kubernetes-workspace';
import { containerPorts, describePorts, serviceCoverage, serviceSelector } from './shared/traffic';

/** Controllers of long-running Pods; a bare Pod is usually a debugging aid, Jobs finish. */
const SERVING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);
/** Ports scraped or probed on the Pod itself (PodMonitors, annotations, the kubelet), never through a Service. */
const POD_LOCAL_PORT = /^(?:(?:https?-)?metrics|prom|prometheus|[a-z0-9-]+-metrics|metrics-[a-z0-9-]+|health|healthz|[a-z0-9-]+-health|probes?|debug|pprof|admin)$/;

export default defineRule({
  id: 'kubernetes/workload-has-service',
  appliesTo: 'kubernetes',
  messages: {
    noService: 'The Pods of {{workload}} declare container {{ports}}, but no Service in the workspace selects them, so clients have no stable name to reach them by.',
  },
  // No fix: whether a Service is wanted, and which ports it should expose, is for the author to say.
  fix: 'none',
  check(ctx) {
    // Only a complete workspace can prove that no Service anywhere selects the Pods.
    if (!ctx.workspace.complete) return;
    const own = objectsOf(ctx.root).filter((o) => SERVING_KINDS.has(getStr(o, 'kind') ?? ''));
    if (!own.length) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const object of own) {
      const workload = index.own(object);
      // Without Pod labels the object is a kustomize patch, not something a selector could pick.
      if (!workload?.workload || !workload.podLabels.size) continue;
      // Host networking and host ports are reached through the node's address, not a Service.
      if (bool(get(workload.workload.podSpec, 'hostNetwork'))) continue;
      const ports = containerPorts(workload, ['containers']).filter((p) => p.number !== undefined && !p.hostPort && !(p.name && POD_LOCAL_PORT.test(p.name)));
      if (!ports.length) continue;
      const services = index.ofKindIn('Service', workload.namespace);
      // Without a Service in the workload's own folder, this folder is not where its Services are
      // written (a worker's folder in a monorepo, manifests sorted by kind, a chart rendering them).
      if (!services.some((s) => folderOf(s.file.uri) === folderOf(workload.file.uri)) || index.podsMayComeFromElsewhere(workload.namespace)) continue;
      const coverage = serviceCoverage(ctx.workspace, index);
      if (coverage.selected.has(workload)) continue;
      // A Service without a selector may get one from kustomize's commonLabels, or have manual Endpoints.
      if (coverage.selectorless.some((s) => mayShareNamespace(s.namespace, workload.namespace))) continue;
      const selectors = services.map((s) => ({ s, selector: serviceSelector(s) }));
      ctx.report({
        node: workload.anchor,
        messageId: 'noService',
        data: { workload: describeObject(workload), ports: `${ports.length > 1 ? 'ports' : 'port'} ${describePorts(ports)}` },
        related: nearMisses(workload, selectors),
      });
    }
  },
});

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/** Services that select some, but not all, of the Pods' labels: the likely intent. */
function nearMisses(workload: KubeObject, selectors: ReadonlyArray<{ s: KubeObject; selector: Map<string, string> | undefined }>): RelatedNode[] {
  return selectors
    .filter(({ selector }) => selector && [...selector].some(([k, v]) => workload.podLabels.get(k) === v))
    .slice(0, 3)
    .map(({ s, selector }) => relatedObject(s, `${describeObject(s)} selects ${[...(selector ?? [])].map(([k, v]) => `${k}=${v}`).join(', ')}`, pairOf(getMap(s.object, 'spec'), 'selector') ?? s.anchor));
}
