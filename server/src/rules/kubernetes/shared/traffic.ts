import { get, getMap, getStr, isScalar, items, mapItems, num, pairOf, str, type MapNode, type Node, type Pair } from '../../../document/tree';
import type { RelatedNode } from '../../../engine/rule';
import type { Workspace } from '../../../engine/workspace';
import type { ContainerGroup } from '../../../views/kubernetes';
import { describeObject, mayShareNamespace, relatedObject, selectorOf, type KubeIndex, type KubeObject } from '../../../views/kubernetes-workspace';

/** One entry of a Service's `spec.ports`. */
export interface ServicePort {
  readonly node: MapNode;
  readonly port: number | undefined;
  readonly name: string | undefined;
}

export function servicePorts(service: KubeObject): ServicePort[] {
  return mapItems(get(getMap(service.object, 'spec'), 'ports')).map((node) => ({ node, port: num(get(node, 'port')), name: getStr(node, 'name') }));
}

/** `80 ("http"), 443` for messages. */
export function describePorts(ports: ReadonlyArray<{ readonly name?: string | undefined; readonly number?: number | undefined }>): string {
  return ports.map((p) => [p.number, p.name !== undefined ? `("${p.name}")` : undefined].filter((x) => x !== undefined).join(' ')).join(', ') || 'no port';
}

/** Points at a Service's `ports` key, listing what it exposes. */
export function relatedServicePorts(service: KubeObject): RelatedNode {
  const ports = servicePorts(service).map((p) => ({ number: p.port, name: p.name }));
  return relatedObject(service, `${describeObject(service)} exposes ${describePorts(ports)}`, pairOf(getMap(service.object, 'spec'), 'ports') ?? service.anchor);
}

/** One entry of a container's `ports`. */
export interface ContainerPort {
  readonly name: string | undefined;
  readonly number: number | undefined;
  readonly hostPort: boolean;
}

/** The ports a workload's containers declare (native sidecars are init containers: they count). */
const portsCache = new WeakMap<MapNode, Map<string, ContainerPort[]>>();

/**
 * Kept per object node, which an unchanged document keeps across edits: every Service asks for
 * the ports of every workload it selects, at each keystroke.
 */
export function containerPorts(workload: KubeObject, groups: readonly ContainerGroup[] = ['containers', 'initContainers']): ContainerPort[] {
  let byGroups = portsCache.get(workload.object);
  if (!byGroups) portsCache.set(workload.object, (byGroups = new Map()));
  const key = groups.join(',');
  let ports = byGroups.get(key);
  if (!ports) {
    ports = (workload.workload?.containers(groups) ?? []).flatMap((c) =>
      mapItems(get(c.node, 'ports')).map((node) => ({ name: getStr(node, 'name'), number: num(get(node, 'containerPort')), hostPort: get(node, 'hostPort') !== undefined })),
    );
    byGroups.set(key, ports);
  }
  return ports;
}

const listsPorts = new WeakMap<MapNode, boolean>();

/** Whether every container of the workload lists its ports (then a number it does not list is news). */
export function listsAllPorts(workload: KubeObject): boolean {
  let known = listsPorts.get(workload.object);
  if (known === undefined) listsPorts.set(workload.object, (known = (workload.workload?.containers(['containers']) ?? []).every((c) => mapItems(get(c.node, 'ports')).length > 0)));
  return known;
}

/** Points at each container's `ports` key of the workload, listing what it declares. */
export function relatedContainerPorts(workload: KubeObject): RelatedNode[] {
  return (workload.workload?.containers(['containers', 'initContainers']) ?? []).flatMap((c) => {
    const pair = pairOf(c.node, 'ports');
    if (!pair) return [];
    const ports = mapItems(pair.value).map((p) => ({ number: num(get(p, 'containerPort')), name: getStr(p, 'name') }));
    return [relatedObject(workload, `Container "${c.name}" of ${describeObject(workload)} declares ${describePorts(ports)}`, pair)];
  });
}

/** A Service's selector as labels; undefined for ExternalName Services and selector-less ones. */
const selectors = new WeakMap<MapNode, Map<string, string> | null>();

/** Read once per object: rules ask for it per workload, and a workspace has thousands. */
export function serviceSelector(service: KubeObject): Map<string, string> | undefined {
  let known = selectors.get(service.object);
  if (known === undefined) {
    const spec = getMap(service.object, 'spec');
    const selector = getStr(spec, 'type') === 'ExternalName' ? undefined : selectorOf(get(spec, 'selector'));
    selectors.set(service.object, (known = selector?.size ? selector : null));
  }
  return known ?? undefined;
}

/**
 * Which workloads some Service selects, and the Services without a selector (kustomize's
 * commonLabels may give them one), once per workspace state rather than once per workload.
 */
export function serviceCoverage(workspace: Workspace, index: KubeIndex): { selected: ReadonlySet<KubeObject>; selectorless: readonly KubeObject[] } {
  return workspace.memo('kubernetes:traffic:coverage', () => {
    const selected = new Set<KubeObject>();
    const selectorless: KubeObject[] = [];
    for (const service of index.ofKind('Service')) {
      const selector = serviceSelector(service);
      if (selector) for (const w of index.selectedBy(selector, service.namespace)) selected.add(w);
      else if (getStr(getMap(service.object, 'spec'), 'type') !== 'ExternalName') selectorless.push(service);
    }
    return { selected, selectorless };
  });
}

/**
 * Whether a reference into `namespace` that finds no Service there can be called missing: the
 * workspace must hold Services that may share that namespace (else they are evidently kept
 * elsewhere), and nothing it cannot read (a Helm template, an operator's custom resource) may
 * create them. A namespace written out in the reference (`reviews.shop.svc`) must moreover be
 * one the workspace manages, or it is another team's or the platform's (`istio-system`).
 */
export function servicesKnownIn(index: KubeIndex, namespace: string | undefined, explicit: boolean): boolean {
  if (index.podsMayComeFromElsewhere(namespace)) return false;
  if (explicit && namespace !== undefined && !namespaceManaged(index, namespace)) return false;
  return index.ofKindIn('Service', namespace).length > 0;
}

function namespaceManaged(index: KubeIndex, namespace: string): boolean {
  return index.objects.some((o) => o.namespace === namespace || (o.kind === 'Namespace' && o.name === namespace) || (o.kind === 'Kustomization' && getStr(o.object, 'namespace') === namespace));
}

/** Services of that name in namespaces that cannot be the one meant: the likely intent, as related locations. */
export function sameNameElsewhere(index: KubeIndex, name: string, namespace: string | undefined): RelatedNode[] {
  return index
    .ofKind('Service')
    .filter((s) => s.name === name && !mayShareNamespace(s.namespace, namespace))
    .slice(0, 3)
    .map((s) => relatedObject(s, `${describeObject(s)} exists in namespace "${s.namespace ?? ''}"`));
}

/** A reference to a Service by name and port, as Ingresses and Gateway API routes write it. */
export interface BackendRef {
  readonly nameNode: Node;
  readonly name: string;
  /** The namespace it names, or the referring object's. */
  readonly namespace: string | undefined;
  readonly explicitNamespace: boolean;
  readonly portNode: Node | undefined;
  readonly port: number | string | undefined;
}

/** Gateway API route kinds whose rules carry `backendRefs` to Services. */
const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute']);

/** The Service backends of an Ingress (v1 and the older v1beta1 shape) or of a Gateway API route. */
export function serviceBackends(o: KubeObject): BackendRef[] {
  const spec = getMap(o.object, 'spec');
  if (o.kind === 'Ingress') {
    const backends = [get(spec, 'defaultBackend'), get(spec, 'backend'), ...mapItems(get(spec, 'rules')).flatMap((r) => mapItems(get(getMap(r, 'http'), 'paths')).map((p) => get(p, 'backend')))];
    return backends.flatMap((b) => ingressBackend(b, o.namespace));
  }
  if (!ROUTE_KINDS.has(o.kind) || !o.apiVersion.startsWith('gateway.networking.k8s.io/')) return [];
  return mapItems(get(spec, 'rules')).flatMap((rule) =>
    mapItems(get(rule, 'backendRefs')).flatMap((ref): BackendRef[] => {
      // Other kinds (an Istio Hostname, a custom backend) are not Services.
      if ((getStr(ref, 'group') ?? '') !== '' || (getStr(ref, 'kind') ?? 'Service') !== 'Service') return [];
      const nameNode = get(ref, 'name');
      const name = str(nameNode);
      if (!nameNode || !name) return [];
      const namespace = getStr(ref, 'namespace');
      const portNode = get(ref, 'port');
      return [{ nameNode, name, namespace: namespace ?? o.namespace, explicitNamespace: namespace !== undefined, portNode, port: num(portNode) }];
    }),
  );
}

function ingressBackend(backend: Node | undefined, namespace: string | undefined): BackendRef[] {
  const service = getMap(backend, 'service');
  // v1 writes `service: { name, port: { number | name } }`; v1beta1 wrote `serviceName` and `servicePort`.
  const nameNode = service ? get(service, 'name') : get(backend, 'serviceName');
  const name = str(nameNode);
  if (!nameNode || !name) return [];
  const portMap = getMap(service, 'port');
  const portNode = service ? (get(portMap, 'number') ?? get(portMap, 'name')) : get(backend, 'servicePort');
  const port = num(portNode) ?? str(portNode);
  return [{ nameNode, name, namespace, explicitNamespace: false, portNode, port }];
}

/** Whether a Service exposes that port: a number is its `port`, a string its port's `name`. */
export function exposes(service: KubeObject, port: number | string): boolean {
  return servicePorts(service).some((p) => (typeof port === 'number' ? p.port === port : p.name === port));
}

/** Keys a hostname the way the Istio control plane resolves it against Kubernetes Services. */
export type IstioHost = { readonly service: string; readonly namespace: string | undefined; readonly explicit: boolean } | { readonly external: string };

/**
 * `reviews` (the rule's namespace), `reviews.shop`, `reviews.shop.svc[.cluster.local]` name a
 * Service; any other name is left to DNS or a ServiceEntry. Wildcards and non-strings: undefined.
 */
export function istioHost(node: Node | undefined, ruleNamespace: string | undefined): IstioHost | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const host = node.value.trim().toLowerCase();
  if (!host || host.includes('*')) return undefined;
  const [name = '', namespace, svc] = host.split('.');
  const labels = host.split('.').length;
  if (labels === 1) return { service: name, namespace: ruleNamespace, explicit: false };
  if (namespace && (labels === 2 || svc === 'svc')) return { service: name, namespace, explicit: true };
  return { external: host };
}

export function sameHost(a: IstioHost, b: IstioHost): boolean {
  if ('external' in a || 'external' in b) return 'external' in a && 'external' in b && a.external === b.external;
  return a.service === b.service && mayShareNamespace(a.namespace, b.namespace);
}

/** Every `spec.hosts` of the workspace's ServiceEntries, lower-cased. */
export function serviceEntryHosts(index: KubeIndex): string[] {
  return index.ofKind('ServiceEntry').flatMap((se) => items(get(getMap(se.object, 'spec'), 'hosts')).flatMap((h) => str(h)?.toLowerCase() ?? []));
}

/** ServiceEntry hosts may be wildcards: `*.googleapis.com` covers `storage.googleapis.com`. */
export function declaredByServiceEntry(patterns: readonly string[], written: string, host: IstioHost): boolean {
  const names = [written.trim().toLowerCase()];
  if (!('external' in host) && host.namespace !== undefined) names.push(`${host.service}.${host.namespace}.svc.cluster.local`);
  return patterns.some((p) => names.some((n) => p === n || (p.startsWith('*') && n.endsWith(p.slice(1)))));
}

/** The `subsets` of a DestinationRule, by name. */
export function subsetsOf(destinationRule: KubeObject): { names: string[]; anchor: Node | Pair } {
  const spec = getMap(destinationRule.object, 'spec');
  const pair = pairOf(spec, 'subsets');
  return { names: mapItems(pair?.value).flatMap((s) => getStr(s, 'name') ?? []), anchor: pair ?? pairOf(spec, 'host') ?? destinationRule.anchor };
}

const KUSTOMIZATION = /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/;

/**
 * Whether kustomize may give `name` to a Service written under a shorter name: with a
 * `namePrefix` or `nameSuffix` in force, a reference written with the final name is right.
 */
export function mayBeRenamedByKustomize(workspace: Workspace, name: string): boolean {
  const affixes = workspace.memo('traffic:kustomize-affixes', () => {
    const out: Array<{ prefix: string; suffix: string }> = [];
    for (const file of workspace.files()) {
      if (!KUSTOMIZATION.test(file.uri)) continue;
      for (const document of file.documents) out.push({ prefix: getStr(document.root, 'namePrefix') ?? '', suffix: getStr(document.root, 'nameSuffix') ?? '' });
    }
    return out.filter((a) => a.prefix || a.suffix);
  });
  return affixes.some((a) => (a.prefix !== '' && name.startsWith(a.prefix)) || (a.suffix !== '' && name.endsWith(a.suffix)));
}
