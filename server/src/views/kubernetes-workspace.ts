import { allPairs, get, getMap, getStr, isMap, isScalar, pairOf, type MapNode, type Node, type Pair } from '../document/tree';
import type { ParsedDocument, ParsedFile } from '../document/types';
import type { RelatedNode } from '../engine/rule';
import type { Workspace } from '../engine/workspace';
import { objectsOf } from './kubernetes-objects';
import { workloadView, type WorkloadView } from './kubernetes';

/** One Kubernetes object somewhere in the workspace, with where it lives. */
export interface KubeObject {
  readonly file: ParsedFile;
  readonly document: ParsedDocument;
  readonly object: MapNode;
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string | undefined;
  /** Unset when the manifest leaves it to `kubectl -n` or kustomize: then it matches any namespace. */
  readonly namespace: string | undefined;
  readonly metadata: MapNode | undefined;
  /** What to point at when the object as a whole is meant: its name, else its kind. */
  readonly anchor: Node | Pair;
  /** Set for Pods and every controller of pods. */
  readonly workload: WorkloadView | undefined;
  /** The labels its pods carry (the template's), for workloads. */
  readonly podLabels: ReadonlyMap<string, string>;
}

export interface KubeIndex {
  readonly objects: readonly KubeObject[];
  ofKind(...kinds: string[]): readonly KubeObject[];
  /** Objects of that kind and name that could share a namespace with `namespace`. */
  named(kind: string, name: string, namespace: string | undefined): readonly KubeObject[];
  /** The one that holds this node of the file under analysis, if any. */
  own(object: MapNode): KubeObject | undefined;
  /**
   * Whether Pods in that namespace may come from something the index cannot read: a Helm
   * template it skipped, or a custom resource whose operator creates Pods (a `Prometheus`, a
   * `Kafka` cluster). Rules that say "no Pod has these labels" stay silent then.
   */
  podsMayComeFromElsewhere(namespace: string | undefined): boolean;
  /** Pods and controllers of Pods that may share the namespace. */
  workloadsIn(namespace: string | undefined): readonly KubeObject[];
  /** Those whose Pods the selector picks, in namespaces it may reach: found through a label index, not a scan. */
  selectedBy(selector: ReadonlyMap<string, string>, namespace: string | undefined): readonly KubeObject[];
  /** Objects of a kind that may share the namespace. */
  ofKindIn(kind: string, namespace: string | undefined): readonly KubeObject[];
}

/** API groups whose objects never create Pods; a custom resource of any other group might. */
const GROUPS_WITHOUT_PODS = new Set(['', 'v1', 'apps', 'batch', 'policy', 'autoscaling', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io', 'discovery.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'admissionregistration.k8s.io', 'certificates.k8s.io', 'flowcontrol.apiserver.k8s.io', 'gateway.networking.k8s.io', 'networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'cert-manager.io', 'kustomize.config.k8s.io']);
const POD_FREE_KINDS = new Set(['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig', 'AlertmanagerConfig']);

function createsPodsElsewhere(o: KubeObject): boolean {
  const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
  return !GROUPS_WITHOUT_PODS.has(group) && !POD_FREE_KINDS.has(o.kind);
}

/** Every Kubernetes object of the workspace, indexed once per workspace state. */
export function kubernetesIndex(workspace: Workspace): KubeIndex {
  return workspace.memo('kubernetes:index', () => buildIndex(workspace));
}

function buildIndex(workspace: Workspace): KubeIndex {
  const objects: KubeObject[] = [];
  let templates = false;
  for (const file of workspace.files()) {
    if (file.skipped) {
      templates ||= file.skipped.code === 'template-skipped';
      continue;
    }
    for (const document of file.documents) {
      if (document.kind !== 'kubernetes') continue;
      for (const object of objectsOf(document.root)) {
        const kind = getStr(object, 'kind');
        if (!kind) continue;
        const metadata = getMap(object, 'metadata');
        const workload = workloadView(object);
        const nameNode = pairOf(metadata, 'name');
        objects.push({
          file,
          document,
          object,
          kind,
          apiVersion: getStr(object, 'apiVersion') ?? '',
          name: getStr(metadata, 'name'),
          namespace: getStr(metadata, 'namespace'),
          metadata,
          anchor: nameNode?.value ?? get(object, 'kind') ?? object,
          workload,
          podLabels: workload ? labelsOf(getMap(workload.podMetadata, 'labels')) : new Map(),
        });
      }
    }
  }
  const byKind = new Map<string, KubeObject[]>();
  const byNode = new Map<MapNode, KubeObject>();
  // Workloads by each "key=value" their Pods carry: a selector's candidates are one lookup away,
  // so a workspace of thousands of Services and Deployments stays linear.
  const byLabel = new Map<string, KubeObject[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const o of objects) {
    push(byKind, o.kind, o);
    byNode.set(o.object, o);
    if (o.workload) for (const [k, v] of o.podLabels) push(byLabel, `${k}=${v}`, o);
  }
  const creators = objects.filter(createsPodsElsewhere);
  const workloads = objects.filter((o) => o.workload);
  const cached = <T>(cache: Map<string, T>, key: string, compute: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute()));
    return value;
  };
  const elsewhere = new Map<string, boolean>();
  const workloadsByNamespace = new Map<string, KubeObject[]>();
  const kindByNamespace = new Map<string, KubeObject[]>();
  return {
    objects,
    ofKind: (...kinds) => (kinds.length === 1 ? (byKind.get(kinds[0] ?? '') ?? []) : kinds.flatMap((k) => byKind.get(k) ?? [])),
    named: (kind, name, namespace) => (byKind.get(kind) ?? []).filter((o) => o.name === name && mayShareNamespace(o.namespace, namespace)),
    own: (object) => byNode.get(object),
    podsMayComeFromElsewhere: (namespace) =>
      cached(elsewhere, namespace ?? '\u0000', () => templates || creators.some((o) => mayShareNamespace(o.namespace, namespace))),
    workloadsIn: (namespace) => cached(workloadsByNamespace, namespace ?? '\u0000', () => workloads.filter((o) => mayShareNamespace(o.namespace, namespace))),
    selectedBy: (selector, namespace) => {
      let narrowest: readonly KubeObject[] | undefined;
      for (const [k, v] of selector) {
        const list = byLabel.get(`${k}=${v}`) ?? [];
        if (!narrowest || list.length < narrowest.length) narrowest = list;
      }
      return (narrowest ?? []).filter((o) => mayShareNamespace(o.namespace, namespace) && selects(selector, o.podLabels));
    },
    ofKindIn: (kind, namespace) => cached(kindByNamespace, `${kind}\u0000${namespace ?? '\u0000'}`, () => (byKind.get(kind) ?? []).filter((o) => mayShareNamespace(o.namespace, namespace))),
  };
}

/** Labels (or a selector's matchLabels) as strings; values that are not scalars are left out. */
export function labelsOf(map: MapNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!map) return out;
  for (const pair of allPairs(map)) {
    if (!isScalar(pair.value)) continue;
    const value = pair.value.value;
    out.set(String(pair.key.value), value === null ? '' : String(value));
  }
  return out;
}

/** Whether every label the selector asks for is on the pod. An empty selector selects nothing here. */
export function selects(selector: ReadonlyMap<string, string>, labels: ReadonlyMap<string, string>): boolean {
  if (!selector.size) return false;
  for (const [key, value] of selector) if (labels.get(key) !== value) return false;
  return true;
}

/**
 * A `spec.selector` of a Service (a plain map) or of a PDB/workload (`matchLabels`); undefined
 * when it uses `matchExpressions`, which this index does not evaluate (so nothing is claimed).
 */
export function selectorOf(node: Node | undefined): Map<string, string> | undefined {
  if (!isMap(node)) return undefined;
  if (get(node, 'matchExpressions') !== undefined) return undefined;
  const matchLabels = get(node, 'matchLabels');
  if (matchLabels !== undefined) return isMap(matchLabels) ? labelsOf(matchLabels) : undefined;
  return labelsOf(node);
}

/** Namespaces left unset may end up anywhere: they are taken to match, so nothing is claimed wrongly. */
export function mayShareNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

export function relatedObject(target: KubeObject, message: string, node: Node | Pair = target.anchor): RelatedNode {
  return { file: target.file, document: target.document, node, message };
}

/** "Deployment web" for messages. */
export function describeObject(o: KubeObject): string {
  return `${o.kind} "${o.name ?? '(unnamed)'}"`;
}
