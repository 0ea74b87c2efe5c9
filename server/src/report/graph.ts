import { get, getMap, getStr, isMap, isScalar, mapItems, num, type MapNode } from '../document/tree';
import type { ParsedFile } from '../document/types';
import type { Severity } from '../engine/rule';
import { dependenciesOf, servicesOf } from '../views/compose';
import { isIstioApiVersion } from '../views/istio';
import { objectsOf } from '../views/kubernetes-objects';
import { workloadView } from '../views/kubernetes';

export type NodeKind = 'compose-service' | 'workload' | 'service' | 'ingress' | 'virtual-service' | 'external';

export interface GraphNode {
  id: string;
  name: string;
  kind: NodeKind;
  /** `Deployment`, `compose service`, `Service`, `host`… */
  detail: string;
  namespace?: string;
  /** Where the object is written (the first place, if several files declare it). */
  file?: string;
  /** The worst severity among the findings inside the object; null when it has none. */
  worst: Severity | null;
  findings: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: 'depends_on' | 'selects' | 'routes';
  label?: string;
}

export interface SystemGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** An object's extent in its file (offsets in the file), to place findings on nodes. */
export interface Span {
  file: string;
  start: number;
  end: number;
}

export interface GraphFile {
  file: string;
  parsed: ParsedFile;
}

interface KubeObject {
  id: string;
  kind: string;
  name: string;
  namespace: string | undefined;
  object: MapNode;
}

/**
 * What runs and what talks to what, as far as the files say: Compose services and `depends_on`;
 * Kubernetes workloads, the Services that select their pods, the Ingresses and Istio
 * VirtualServices that route to those Services. Unknown targets become dashed "external" nodes.
 */
export function buildGraph(files: readonly GraphFile[]): { graph: SystemGraph; spans: Map<string, Span[]> } {
  const nodes = new Map<string, GraphNode>();
  const spans = new Map<string, Span[]>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (node: Omit<GraphNode, 'worst' | 'findings'>, span?: Span): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, { ...node, worst: null, findings: 0 });
    if (span) spans.set(node.id, [...(spans.get(node.id) ?? []), span]);
  };
  const addEdge = (edge: GraphEdge): void => {
    const key = `${edge.from}\u0000${edge.to}\u0000${edge.label ?? ''}`;
    if (!edges.has(key)) edges.set(key, edge);
  };
  const external = (host: string): string => {
    const id = `external:${host}`;
    addNode({ id, name: host, kind: 'external', detail: 'not in the workspace' });
    return id;
  };

  const composeDeps: Array<{ from: string; project: string; to: string; condition: string }> = [];
  const kube: KubeObject[] = [];
  for (const { file, parsed } of files) {
    const project = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    for (const doc of parsed.documents) {
      if (doc.kind === 'compose' && isMap(doc.root)) {
        for (const service of servicesOf(doc.root)) {
          const id = `compose:${project}:${service.name}`;
          addNode({ id, name: service.name, kind: 'compose-service', detail: 'compose service', file }, { file, start: doc.base + service.key.start, end: doc.base + service.node.end });
          for (const dep of dependenciesOf(service)) composeDeps.push({ from: id, project, to: dep.name, condition: dep.condition });
        }
      } else if (doc.kind === 'kubernetes') {
        for (const object of objectsOf(doc.root)) {
          const kind = getStr(object, 'kind') ?? '';
          const metadata = getMap(object, 'metadata');
          const name = getStr(metadata, 'name') ?? '(unnamed)';
          const namespace = getStr(metadata, 'namespace');
          const nodeKind = kindOf(object, kind);
          if (!nodeKind) continue;
          const id = `k8s:${kind}:${namespace ?? ''}:${name}`;
          addNode({ id, name, kind: nodeKind, detail: kind, ...(namespace ? { namespace } : {}), file }, { file, start: doc.base + object.start, end: doc.base + object.end });
          kube.push({ id, kind, name, namespace, object });
        }
      }
    }
  }

  for (const dep of composeDeps) {
    const target = `compose:${dep.project}:${dep.to}`;
    if (!nodes.has(target)) addNode({ id: target, name: dep.to, kind: 'external', detail: 'not declared' });
    addEdge({ from: dep.from, to: target, kind: 'depends_on', label: dep.condition });
  }

  const sameNamespace = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;
  const services = kube.filter((o) => o.kind === 'Service');
  const serviceNamed = (name: string, namespace: string | undefined): KubeObject | undefined => services.find((s) => s.name === name && sameNamespace(s.namespace, namespace));

  for (const service of services) {
    const selector = getMap(getMap(service.object, 'spec'), 'selector');
    const wanted = selector ? labelsOf(selector) : new Map<string, string>();
    if (!wanted.size) continue;
    const ports = mapItems(get(getMap(service.object, 'spec'), 'ports')).map((p) => getStr(p, 'port')).filter((p) => p !== undefined);
    for (const workload of kube) {
      const view = workload.kind === 'Service' ? undefined : workloadView(workload.object);
      if (!view || !sameNamespace(workload.namespace, service.namespace)) continue;
      const labels = labelsOf(getMap(view.podMetadata, 'labels'));
      if ([...wanted].every(([k, v]) => labels.get(k) === v)) addEdge({ from: service.id, to: workload.id, kind: 'selects', ...(ports.length ? { label: `port ${ports.join(', ')}` } : {}) });
    }
  }

  for (const ingress of kube.filter((o) => o.kind === 'Ingress')) {
    const spec = getMap(ingress.object, 'spec');
    const route = (backend: MapNode | undefined, label: string | undefined): void => {
      const name = getStr(getMap(backend, 'service'), 'name') ?? getStr(backend, 'serviceName');
      if (!name) return;
      const target = serviceNamed(name, ingress.namespace)?.id ?? external(name);
      addEdge({ from: ingress.id, to: target, kind: 'routes', ...(label ? { label } : {}) });
    };
    route(getMap(spec, 'defaultBackend') ?? getMap(spec, 'backend'), 'default');
    for (const rule of mapItems(get(spec, 'rules'))) {
      const host = getStr(rule, 'host') ?? '';
      for (const path of mapItems(get(getMap(rule, 'http'), 'paths'))) route(getMap(path, 'backend'), `${host}${getStr(path, 'path') ?? ''}` || undefined);
    }
  }

  for (const vs of kube.filter((o) => o.kind === 'VirtualService')) {
    const spec = getMap(vs.object, 'spec');
    for (const protocol of ['http', 'tcp', 'tls']) {
      for (const entry of mapItems(get(spec, protocol))) {
        for (const destination of mapItems(get(entry, 'route')).map((r) => getMap(r, 'destination'))) {
          const host = getStr(destination, 'host');
          if (!host) continue;
          const { name, namespace } = serviceOfHost(host, vs.namespace);
          const target = (name ? serviceNamed(name, namespace)?.id : undefined) ?? external(host);
          const port = num(getMap(destination, 'port') ? get(getMap(destination, 'port'), 'number') : undefined);
          const subset = getStr(destination, 'subset');
          const label = [protocol, subset, port !== undefined ? `:${port}` : undefined].filter((p) => p !== undefined).join(' ');
          addEdge({ from: vs.id, to: target, kind: 'routes', label });
        }
      }
    }
  }

  return { graph: { nodes: [...nodes.values()], edges: [...edges.values()] }, spans };
}

function kindOf(object: MapNode, kind: string): NodeKind | undefined {
  if (workloadView(object)) return 'workload';
  if (kind === 'Service' && !getStr(object, 'apiVersion')?.includes('/')) return 'service';
  if (kind === 'Ingress') return 'ingress';
  if (kind === 'VirtualService' && isIstioApiVersion(getStr(object, 'apiVersion'))) return 'virtual-service';
  return undefined;
}

function labelsOf(map: MapNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of map?.pairs ?? []) if (isScalar(pair.value) && pair.value.value !== null) out.set(String(pair.key.value), String(pair.value.value));
  return out;
}

/** `payments`, `payments.shop`, `payments.shop.svc.cluster.local` name a Service; other hosts do not. */
function serviceOfHost(host: string, namespace: string | undefined): { name: string | undefined; namespace: string | undefined } {
  if (host.includes('*')) return { name: undefined, namespace };
  const parts = host.split('.');
  if (parts.length === 1) return { name: parts[0], namespace };
  if (parts.length === 2 || parts[2] === 'svc') return { name: parts[0], namespace: parts[1] };
  return { name: undefined, namespace };
}
