import { get, getMap, mapItems, str, type Node } from '../../document/tree';
import { defineRule, type RelatedNode } from '../../engine/rule';
import { istioObjects, type IstioObject } from '../../views/istio';
import { describeObject, kubernetesIndex, relatedObject, type KubeIndex, type KubeObject } from '../../views/kubernetes-workspace';
import { declaredByServiceEntry, mayBeRenamedByKustomize, istioHost, sameHost, sameNameElsewhere, serviceEntryHosts, servicesKnownIn, subsetsOf, type IstioHost } from './shared/traffic';

const ROUTE_KINDS = ['http', 'tcp', 'tls'];

export default defineRule({
  id: 'kubernetes/istio-host-exists',
  appliesTo: 'kubernetes',
  messages: {
    unknownDestination: 'VirtualService "{{name}}" routes to "{{host}}", but no Service "{{service}}"{{where}} is in the workspace and no ServiceEntry declares it, so Istio has nowhere to send these requests.',
    unknownHost: 'DestinationRule "{{name}}" is for "{{host}}", but no Service "{{service}}"{{where}} is in the workspace and no ServiceEntry declares it, so its policies apply to nothing.',
    unknownSubset: 'VirtualService "{{name}}" routes to subset "{{subset}}" of "{{host}}", which no DestinationRule for that host defines, so these requests fail with 503.',
  },
  // No fix: the host, the subset or the DestinationRule may be the one that is wrong.
  fix: 'none',
  check(ctx) {
    const services = istioObjects(ctx.root, 'VirtualService');
    const rules = istioObjects(ctx.root, 'DestinationRule');
    // Only a complete workspace can prove that a Service, or a subset, is defined nowhere.
    if ((!services.length && !rules.length) || !ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    const missing = (node: Node | undefined, owner: IstioObject): { host: IstioHost; data: Record<string, string>; related: RelatedNode[] } | undefined => {
      const host = istioHost(node, owner.namespace);
      if (!host || 'external' in host || !servicesKnownIn(index, host.namespace, host.explicit)) return undefined;
      if (index.named('Service', host.service, host.namespace).length || mayBeRenamedByKustomize(ctx.workspace, host.service)) return undefined;
      if (declaredByServiceEntry(ctx.workspace.memo('traffic:service-entry-hosts', () => serviceEntryHosts(index)), str(node) ?? '', host)) return undefined;
      const where = host.namespace !== undefined ? ` in namespace "${host.namespace}"` : '';
      return { host, data: { name: owner.name, host: str(node) ?? '', service: host.service, where }, related: sameNameElsewhere(index, host.service, host.namespace) };
    };
    for (const vs of services) {
      for (const destination of destinations(vs)) {
        const hostNode = get(destination, 'host');
        const unknown = missing(hostNode, vs);
        if (unknown && hostNode) ctx.report({ node: hostNode, messageId: 'unknownDestination', data: unknown.data, related: unknown.related });
        const subsetNode = get(destination, 'subset');
        const subset = str(subsetNode);
        const host = istioHost(hostNode, vs.namespace);
        if (!subsetNode || subset === undefined || !host) continue;
        const defining = destinationRulesFor(index, host);
        if (!defining.length || defining.some((dr) => subsetsOf(dr).names.includes(subset))) continue;
        ctx.report({
          node: subsetNode,
          messageId: 'unknownSubset',
          data: { name: vs.name, subset, host: str(hostNode) ?? '' },
          related: defining.slice(0, 3).map((dr) => relatedObject(dr, `${describeObject(dr)} defines ${subsetsOf(dr).names.map((n) => `"${n}"`).join(', ') || 'no subset'}`, subsetsOf(dr).anchor)),
        });
      }
    }
    for (const dr of rules) {
      const hostNode = get(dr.spec, 'host');
      const unknown = missing(hostNode, dr);
      if (unknown && hostNode) ctx.report({ node: hostNode, messageId: 'unknownHost', data: unknown.data, related: unknown.related });
    }
  },
});

function destinations(vs: IstioObject): Node[] {
  return ROUTE_KINDS.flatMap((kind) => mapItems(get(vs.spec, kind)).flatMap((route) => mapItems(get(route, 'route')).flatMap((r) => getMap(r, 'destination') ?? [])));
}

function destinationRulesFor(index: KubeIndex, host: IstioHost): KubeObject[] {
  return index.ofKind('DestinationRule').filter((dr) => dr.apiVersion.startsWith('networking.istio.io/')).filter((dr) => {
    const own = istioHost(get(getMap(dr.object, 'spec'), 'host'), dr.namespace);
    return own !== undefined && sameHost(own, host);
  });
}
