import { editDistance } from '../../../util/similar';
import { get, getMap, getStr, isMap, isScalar, items, mapItems, str, bool, type MapNode, type Node, type Pair } from '../../../document/tree';
import type { ParsedDocument, ParsedFile } from '../../../document/types';
import { resolveUri } from '../../../engine/files';
import type { Workspace } from '../../../engine/workspace';
import type { WorkloadView } from '../../../views/kubernetes';
import { kubernetesIndex, mayShareNamespace, type KubeObject } from '../../../views/kubernetes-workspace';

export type ReferencedKind = 'ConfigMap' | 'Secret' | 'ServiceAccount' | 'PersistentVolumeClaim';

/** One name a Pod template refers to, with the scalar to underline. */
export interface PodReference {
  readonly kind: ReferencedKind;
  readonly name: string;
  readonly node: Node;
  /** Image pull secrets fail differently from mounted ones: the Pod starts when the image is public. */
  readonly pullSecret: boolean;
}

/** Where an object of some kind gets its name in the workspace: a manifest, a generator, a controller's resource. */
export interface Definition {
  readonly kind: ReferencedKind;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly file: ParsedFile;
  readonly document: ParsedDocument;
  readonly node: Node | Pair;
  /** "Secret", "SealedSecret", "secretGenerator"…: how the definition is shown. */
  readonly via: string;
}

/** Created in every namespace by Kubernetes (1.20+) and by istiod: nobody writes them. */
const IMPLICIT = new Set(['ConfigMap/kube-root-ca.crt', 'ConfigMap/istio-ca-root-cert', 'ServiceAccount/default']);

/** `${VAR}` for envsubst, `$(VAR)`, `<name>` placeholders of documentation: not names yet. */
export function isLiteralName(name: string | undefined): name is string {
  return name !== undefined && name !== '' && !/[${}<>]/.test(name);
}

/** Every ConfigMap, Secret, ServiceAccount and PersistentVolumeClaim the Pod template names. */
export function podReferences(workload: WorkloadView): PodReference[] {
  const out: PodReference[] = [];
  const add = (kind: ReferencedKind, node: Node | undefined, holder: Node | undefined, pullSecret = false): void => {
    const name = str(node);
    if (!node || !isScalar(node) || !isLiteralName(name) || bool(get(holder, 'optional')) === true || IMPLICIT.has(`${kind}/${name}`)) return;
    out.push({ kind, name, node, pullSecret });
  };
  const spec = workload.podSpec;
  add('ServiceAccount', get(spec, 'serviceAccountName'), undefined);
  for (const secret of mapItems(get(spec, 'imagePullSecrets'))) add('Secret', get(secret, 'name'), undefined, true);
  // A StatefulSet replaces a volume named like one of its claim templates with the claim of each replica.
  const templates = workload.kind === 'StatefulSet' ? new Set(mapItems(get(getMap(workload.object, 'spec'), 'volumeClaimTemplates')).map((t) => getStr(getMap(t, 'metadata'), 'name'))) : new Set<string | undefined>();
  for (const volume of mapItems(get(spec, 'volumes'))) {
    if (templates.has(getStr(volume, 'name'))) continue;
    const configMap = getMap(volume, 'configMap');
    const secret = getMap(volume, 'secret');
    const claim = getMap(volume, 'persistentVolumeClaim');
    add('ConfigMap', get(configMap, 'name'), configMap);
    add('Secret', get(secret, 'secretName'), secret);
    add('PersistentVolumeClaim', get(claim, 'claimName'), claim);
    for (const source of mapItems(get(getMap(volume, 'projected'), 'sources'))) {
      const projectedConfigMap = getMap(source, 'configMap');
      const projectedSecret = getMap(source, 'secret');
      add('ConfigMap', get(projectedConfigMap, 'name'), projectedConfigMap);
      add('Secret', get(projectedSecret, 'name'), projectedSecret);
    }
  }
  for (const container of workload.containers()) {
    for (const from of mapItems(get(container.node, 'envFrom'))) {
      const configMap = getMap(from, 'configMapRef');
      const secret = getMap(from, 'secretRef');
      add('ConfigMap', get(configMap, 'name'), configMap);
      add('Secret', get(secret, 'name'), secret);
    }
    for (const env of mapItems(get(container.node, 'env'))) {
      const valueFrom = getMap(env, 'valueFrom');
      const configMap = getMap(valueFrom, 'configMapKeyRef');
      const secret = getMap(valueFrom, 'secretKeyRef');
      add('ConfigMap', get(configMap, 'name'), configMap);
      add('Secret', get(secret, 'name'), secret);
    }
  }
  return out;
}

export interface DefinitionIndex {
  /**
   * Whether something that could share `namespace` defines that kind and name; for claims, a
   * StatefulSet's claim template counts (`<template>-<statefulset>-<ordinal>`).
   */
  defines(kind: ReferencedKind, name: string, namespace: string | undefined): boolean;
  /** Every definition of the kind that could share the namespace: whether the workspace manages such objects at all. */
  ofKind(kind: ReferencedKind, namespace: string | undefined): readonly Definition[];
  /**
   * Whether objects of that namespace may be created by something the index cannot read: a Helm
   * template or an oversized file, an operator's custom resource, a remote Kustomize base or a
   * Helm chart it inflates.
   */
  mayComeFromElsewhere(namespace: string | undefined): boolean;
  /** Up to three definitions of the kind whose names are a typo away from `name`. */
  nearest(kind: ReferencedKind, name: string, namespace: string | undefined): readonly Definition[];
}

/**
 * Typo candidates by name, kept while the set of defined names stays the same: every keystroke
 * builds a new index, and an edit that defines nothing new must not pay the edit distances again.
 */
let nearestCache: { fingerprint: string; names: Map<string, readonly string[]> } = { fingerprint: '', names: new Map() };

/** The workspace's definitions, built once per workspace state. */
export function definitionIndex(workspace: Workspace): DefinitionIndex {
  return workspace.memo('kubernetes:references:definitions', () => buildDefinitions(workspace));
}

/**
 * Groups whose objects create no ConfigMap, Secret, ServiceAccount or claim of their own, plus
 * those whose output is read here (SealedSecret, ExternalSecret, cert-manager's Certificate).
 */
const INERT_GROUPS = new Set(['', 'apps', 'batch', 'policy', 'autoscaling', 'networking.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io', 'discovery.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'admissionregistration.k8s.io', 'certificates.k8s.io', 'flowcontrol.apiserver.k8s.io', 'gateway.networking.k8s.io', 'networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'cert-manager.io', 'kustomize.config.k8s.io', 'bitnami.com', 'external-secrets.io', 'kubernetes-client.io']);
const INERT_KINDS = new Set(['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig']);

function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

function buildDefinitions(workspace: Workspace): DefinitionIndex {
  const index = kubernetesIndex(workspace);
  const definitions: Definition[] = [];
  const claimPrefixes: Array<{ prefix: string; namespace: string | undefined }> = [];
  const elsewhere: Array<string | undefined> = [];
  let unreadable = false;
  const define = (o: KubeObject, kind: ReferencedKind, name: string | undefined, node: Node | Pair, via: string, namespace = o.namespace): void => {
    if (name) definitions.push({ kind, name, namespace, file: o.file, document: o.document, node, via });
  };
  for (const o of index.objects) {
    const group = groupOf(o.apiVersion);
    const spec = getMap(o.object, 'spec');
    if (group === '' && (o.kind === 'ConfigMap' || o.kind === 'Secret' || o.kind === 'ServiceAccount' || o.kind === 'PersistentVolumeClaim')) define(o, o.kind, o.name, o.anchor, o.kind);
    else if (o.kind === 'StatefulSet' && o.name) {
      for (const template of mapItems(get(spec, 'volumeClaimTemplates'))) {
        const name = getStr(getMap(template, 'metadata'), 'name');
        if (name) claimPrefixes.push({ prefix: `${name}-${o.name}-`, namespace: o.namespace });
      }
    } else if (o.kind === 'SealedSecret' && group === 'bitnami.com') define(o, 'Secret', o.name, o.anchor, 'SealedSecret');
    else if (o.kind === 'ExternalSecret') {
      const target = get(getMap(spec, 'target'), 'name');
      define(o, 'Secret', str(target) ?? o.name, target ?? o.anchor, 'ExternalSecret');
    } else if (o.kind === 'ClusterExternalSecret') {
      const target = get(getMap(getMap(spec, 'externalSecretSpec'), 'target'), 'name');
      // It writes its Secret into every namespace it selects.
      define(o, 'Secret', str(target) ?? getStr(spec, 'externalSecretName') ?? o.name, target ?? o.anchor, 'ClusterExternalSecret', undefined);
    } else if (o.kind === 'Certificate' && group === 'cert-manager.io') define(o, 'Secret', getStr(spec, 'secretName'), get(spec, 'secretName') ?? o.anchor, 'Certificate');
    else if (o.kind === 'Ingress' && getMap(o.metadata, 'annotations')?.pairs.some((p) => String(p.key.value).startsWith('cert-manager.io/'))) {
      // cert-manager's ingress-shim issues the certificate of each TLS entry into that Secret.
      for (const tls of mapItems(get(spec, 'tls'))) define(o, 'Secret', getStr(tls, 'secretName'), get(tls, 'secretName') ?? o.anchor, 'Ingress');
    }
    if (!INERT_GROUPS.has(group) && !INERT_KINDS.has(o.kind)) elsewhere.push(o.namespace);
  }
  for (const file of workspace.files()) {
    // A Helm template, or a file too large to read, may define anything.
    if (file.skipped) {
      unreadable = true;
      continue;
    }
    // Kustomization files often carry neither apiVersion nor kind, so they are read whatever their detected kind.
    for (const document of file.documents) {
      const root = document.root;
      if (!isMap(root) || !isKustomization(root)) continue;
      const namespace = getStr(root, 'namespace');
      for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
        for (const generator of mapItems(get(root, key))) {
          const nameNode = get(generator, 'name');
          const name = str(nameNode);
          if (name && nameNode) definitions.push({ kind, name, namespace: getStr(generator, 'namespace') ?? namespace, file, document, node: nameNode, via: key });
        }
      }
      if (inflatesRemote(root)) elsewhere.push(namespace);
    }
  }
  // Looked up per reference of every workload: by kind and name, and per namespace once.
  const byName = new Map<string, Definition[]>();
  for (const d of definitions) {
    const key = `${d.kind}\u0000${d.name}`;
    const list = byName.get(key);
    if (list) list.push(d);
    else byName.set(key, [d]);
  }
  const ofKind = new Map<string, readonly Definition[]>();
  const elsewhereIn = new Map<string, boolean>();
  const fingerprint = definitions.map((d) => `${d.kind}\u0000${d.name}\u0000${d.namespace ?? ''}`).sort().join('\n');
  if (nearestCache.fingerprint !== fingerprint) nearestCache = { fingerprint, names: new Map() };
  const names = nearestCache.names;
  const definitionsIndex: DefinitionIndex = {
    defines: (kind, name, namespace) =>
      (byName.get(`${kind}\u0000${name}`) ?? []).some((d) => mayShareNamespace(d.namespace, namespace)) ||
      (kind === 'PersistentVolumeClaim' && claimPrefixes.some((c) => name.startsWith(c.prefix) && /^\d+$/.test(name.slice(c.prefix.length)) && mayShareNamespace(c.namespace, namespace))),
    ofKind: (kind, namespace) => {
      const key = `${kind}\u0000${namespace ?? ''}`;
      let known = ofKind.get(key);
      if (!known) ofKind.set(key, (known = definitions.filter((d) => d.kind === kind && mayShareNamespace(d.namespace, namespace))));
      return known;
    },
    mayComeFromElsewhere: (namespace) => {
      const key = namespace ?? '\u0000';
      let known = elsewhereIn.get(key);
      if (known === undefined) elsewhereIn.set(key, (known = unreadable || elsewhere.some((n) => mayShareNamespace(n, namespace))));
      return known;
    },
    nearest: (kind, name, namespace) => {
      const key = `${kind}\u0000${namespace ?? ''}\u0000${name}`;
      let found = names.get(key);
      if (!found) names.set(key, (found = [...new Set(closest(name, definitionsIndex.ofKind(kind, namespace), (d) => d.name).map((d) => d.name))]));
      return found.flatMap((n) => (byName.get(`${kind}\u0000${n}`) ?? []).filter((d) => mayShareNamespace(d.namespace, namespace))).slice(0, 3);
    },
  };
  return definitionsIndex;
}

function isKustomization(root: MapNode): boolean {
  const kind = getStr(root, 'kind');
  if (kind === 'Kustomization' || kind === 'Component') return true;
  return kind === undefined && ['configMapGenerator', 'secretGenerator', 'resources', 'bases', 'components', 'helmCharts'].some((k) => get(root, k) !== undefined);
}

/** A remote base (`github.com/org/repo//path?ref=v1`) or an inflated Helm chart brings objects nobody can read here. */
function inflatesRemote(root: MapNode): boolean {
  if (items(get(root, 'helmCharts')).length > 0) return true;
  return ['resources', 'bases', 'components'].some((key) => items(get(root, key)).some((item) => /:\/\/|^git@|^github\.com\/|\?ref=/.test(str(item) ?? '')));
}

/** Up to three names close to `name` (a typo apart), closest first: the likely intent. */
export function closest<T>(name: string, candidates: readonly T[], nameOf: (c: T) => string | undefined): T[] {
  const scored = candidates.flatMap((c) => {
    const other = nameOf(c);
    if (other === undefined || other === name) return [];
    const max = Math.max(2, Math.floor(Math.min(name.length, other.length) / 3));
    // Bounded: most candidates are rejected after a row or two, which keeps thousands of them cheap.
    const d = editDistance(name, other, max);
    return d <= max ? [{ c, d }] : [];
  });
  return scored.sort((a, b) => a.d - b.d).slice(0, 3).map((s) => s.c);
}

/**
 * Names whose replica count a Kustomization may change (`replicas:`, or a patch that mentions
 * replicas), `*` when a patch's target is not named: the manifest's count is then not the one applied.
 */
export function kustomizeScaled(workspace: Workspace): ReadonlySet<string> {
  return workspace.memo('kubernetes:references:kustomize-replicas', () => {
    const out = new Set<string>();
    const byUri = new Map([...workspace.files()].map((f) => [f.uri, f]));
    for (const file of workspace.files()) {
      for (const document of file.skipped ? [] : file.documents) {
        const root = document.root;
        if (!isMap(root) || !isKustomization(root)) continue;
        for (const entry of mapItems(get(root, 'replicas'))) {
          const name = getStr(entry, 'name');
          if (name) out.add(name);
        }
        for (const patch of ['patches', 'patchesJson6902', 'patchesStrategicMerge'].flatMap((key) => items(get(root, key)))) {
          // A patch is inline text, a file path, or an entry holding either.
          const inline = isScalar(patch) ? str(patch) : getStr(patch, 'patch');
          const path = isMap(patch) ? getStr(patch, 'path') : undefined;
          const uri = path ?? (inline && !inline.includes('\n') && /\.(ya?ml|json)$/.test(inline) ? inline : undefined);
          const text = uri !== undefined ? byUri.get(resolveUri(file.uri, uri) ?? '')?.text : inline;
          // An unreadable patch file may set anything.
          if (text !== undefined && !/replicas/.test(text)) continue;
          out.add(getStr(getMap(patch, 'target'), 'name') ?? '*');
        }
      }
    }
    return out;
  });
}

/**
 * Whether the workspace visibly manages objects of that namespace: for an explicit namespace, one
 * object set to it. Objects that set none are usually applied to the team's own namespace, so
 * they say nothing of a budget or autoscaler written for `kube-system` or another team's.
 */
export function managesNamespace(namespace: string | undefined, objects: readonly KubeObject[]): boolean {
  return namespace === undefined ? objects.length > 0 : objects.some((o) => o.namespace === namespace);
}
