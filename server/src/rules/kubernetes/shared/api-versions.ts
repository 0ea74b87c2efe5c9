import { objectsOf } from '../../../views/kubernetes-objects';
import { get, getMap, getStr, isMap, isScalar, isSeq, mapItems, num, type MapNode, type Node } from '../../../document/tree';

/**
 * Kubernetes API versions that stop being served, per kind. Source: the official "Deprecated API
 * Migration Guide" (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), sections
 * v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32, which name each removed version, its
 * replacement, the release the replacement is available since, and the notable schema changes.
 * Releases are minor numbers of Kubernetes 1.x; `deprecated` is the release that deprecated the
 * old version (since 1.19 the API server also answers its use with a warning).
 *
 * `renameSafe` says when changing only `apiVersion` keeps the object's meaning, following the
 * guide's "notable changes": undefined means never (the schema changed: Ingress backends, CRD
 * schemas, webhook defaults, HPA v2beta1 metrics, Event fields, CSR signers, access reviews).
 */
export interface ApiRemoval {
  readonly apiVersion: string;
  readonly kinds: readonly string[];
  readonly deprecated: number;
  readonly removed: number;
  /** The newest one available at the target is recommended. */
  readonly replacements: ReadonlyArray<{ readonly apiVersion: string; readonly since: number }>;
  /** Said instead of a replacement version when the API has none (PodSecurityPolicy). */
  readonly instead?: string;
  readonly renameSafe?: (object: MapNode) => boolean;
  /** What to check after a rename that keeps the schema but not every default. */
  readonly caveat?: string;
}

const always = (): boolean => true;
/** apps/v1 requires spec.selector (the beta versions derived it from the template labels) and drops rollbackTo and templateGeneration. */
const appsV1Safe = (object: MapNode): boolean => {
  const spec = getMap(object, 'spec');
  return isMap(get(spec, 'selector')) && get(spec, 'rollbackTo') === undefined && get(spec, 'templateGeneration') === undefined;
};
/** policy/v1 reads an empty selector (`{}`) as every Pod of the namespace; v1beta1 as none. */
const pdbSafe = (object: MapNode): boolean => {
  const selector = get(getMap(object, 'spec'), 'selector');
  return !(isMap(selector) && selector.pairs.length === 0 && !selector.inherited);
};
/** autoscaling/v2 moved v2beta1's `targetAverageUtilization`-style fields under `target`. */
const hpaV2beta1Safe = (object: MapNode): boolean => {
  const metrics = get(getMap(object, 'spec'), 'metrics');
  return metrics === undefined || (isSeq(metrics) && metrics.items.length === 0);
};
/** discovery.k8s.io/v1 replaced `endpoints[].topology` with nodeName, zone and a read-only deprecatedTopology. */
const endpointSliceSafe = (object: MapNode): boolean => !mapItems(get(object, 'endpoints')).some((e) => get(e, 'topology') !== undefined);
/** v1beta3 renamed assuredConcurrencyShares; v1 no longer turns an explicit 0 nominalConcurrencyShares into 30. */
const flowSafe = (object: MapNode): boolean => {
  if (getStr(object, 'kind') !== 'PriorityLevelConfiguration') return true;
  const limited = getMap(getMap(object, 'spec'), 'limited');
  return get(limited, 'assuredConcurrencyShares') === undefined && num(get(limited, 'nominalConcurrencyShares')) !== 0;
};

const apps = (apiVersion: string, kinds: readonly string[]): ApiRemoval => ({ apiVersion, kinds, deprecated: 9, removed: 16, replacements: [{ apiVersion: 'apps/v1', since: 9 }], renameSafe: appsV1Safe, caveat: 'review the defaults apps/v1 changed' });
const ga = (apiVersion: string, kinds: readonly string[], deprecated: number, removed: number, since: number, renameSafe?: (o: MapNode) => boolean): ApiRemoval => ({
  apiVersion,
  kinds,
  deprecated,
  removed,
  replacements: [{ apiVersion: apiVersion.replace(/\/v\d+(alpha|beta)\d+$/, '/v1'), since }],
  ...(renameSafe ? { renameSafe } : {}),
});
const FLOW = 'flowcontrol.apiserver.k8s.io';
const flow = (version: string, deprecated: number, removed: number, replacements: ReadonlyArray<readonly [string, number]>): ApiRemoval => ({
  apiVersion: `${FLOW}/${version}`,
  kinds: ['FlowSchema', 'PriorityLevelConfiguration'],
  deprecated,
  removed,
  replacements: replacements.map(([v, since]) => ({ apiVersion: `${FLOW}/${v}`, since })),
  renameSafe: flowSafe,
});

const POD_SECURITY_ADMISSION = 'Pod Security Admission (pod-security.kubernetes.io labels on the namespace)';

export const API_REMOVALS: readonly ApiRemoval[] = [
  // v1.16
  apps('extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet']),
  apps('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet']),
  apps('apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']),
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecated: 9, removed: 16, replacements: [{ apiVersion: 'networking.k8s.io/v1', since: 8 }], renameSafe: always },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], deprecated: 10, removed: 16, replacements: [{ apiVersion: 'policy/v1beta1', since: 10 }], instead: POD_SECURITY_ADMISSION },
  // v1.22
  ga('admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], 16, 22, 16),
  ga('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], 16, 22, 16),
  ga('apiregistration.k8s.io/v1beta1', ['APIService'], 19, 22, 10, always),
  ga('authentication.k8s.io/v1beta1', ['TokenReview'], 19, 22, 6, always),
  ga('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'], 19, 22, 6),
  ga('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], 19, 22, 19),
  ga('coordination.k8s.io/v1beta1', ['Lease'], 19, 22, 14, always),
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecated: 14, removed: 22, replacements: [{ apiVersion: 'networking.k8s.io/v1', since: 19 }] },
  ga('networking.k8s.io/v1beta1', ['Ingress'], 19, 22, 19),
  ga('networking.k8s.io/v1beta1', ['IngressClass'], 19, 22, 19, always),
  ga('rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], 17, 22, 8, always),
  ga('scheduling.k8s.io/v1beta1', ['PriorityClass'], 14, 22, 14, always),
  ga('storage.k8s.io/v1beta1', ['CSIDriver'], 19, 22, 19, always),
  ga('storage.k8s.io/v1beta1', ['CSINode'], 17, 22, 17, always),
  ga('storage.k8s.io/v1beta1', ['StorageClass'], 19, 22, 6, always),
  ga('storage.k8s.io/v1beta1', ['VolumeAttachment'], 19, 22, 13, always),
  // v1.25
  ga('batch/v1beta1', ['CronJob'], 21, 25, 21, always),
  ga('discovery.k8s.io/v1beta1', ['EndpointSlice'], 21, 25, 21, endpointSliceSafe),
  ga('events.k8s.io/v1beta1', ['Event'], 19, 25, 19),
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecated: 22, removed: 25, replacements: [{ apiVersion: 'autoscaling/v2', since: 23 }], renameSafe: hpaV2beta1Safe },
  ga('policy/v1beta1', ['PodDisruptionBudget'], 21, 25, 21, pdbSafe),
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], deprecated: 21, removed: 25, replacements: [], instead: POD_SECURITY_ADMISSION },
  ga('node.k8s.io/v1beta1', ['RuntimeClass'], 20, 25, 20, always),
  // v1.26
  flow('v1beta1', 23, 26, [['v1beta2', 23], ['v1beta3', 26], ['v1', 29]]),
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecated: 23, removed: 26, replacements: [{ apiVersion: 'autoscaling/v2', since: 23 }], renameSafe: always },
  // v1.27
  ga('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], 24, 27, 24, always),
  // v1.29 and v1.32
  flow('v1beta2', 26, 29, [['v1beta3', 26], ['v1', 29]]),
  flow('v1beta3', 29, 32, [['v1', 29]]),
];

export const DEFAULT_KUBERNETES_VERSION = '1.31';

/** The minor release of a `kubernetesVersion` option ("1.31", "v1.29.4"); the default when unreadable. */
export function targetMinor(option: unknown): number {
  const parse = (text: string): number | undefined => {
    const match = /^v?1\.(\d+)(?:\.\d+)?$/.exec(text.trim());
    return match ? Number(match[1]) : undefined;
  };
  // Strings only: YAML reads an unquoted 1.30 as the number 1.3.
  return (typeof option === 'string' ? parse(option) : undefined) ?? parse(DEFAULT_KUBERNETES_VERSION) ?? 31;
}

export interface ApiFinding {
  readonly object: MapNode;
  /** The `apiVersion` value: what to underline and what a fix replaces. */
  readonly node: Node;
  readonly apiVersion: string;
  readonly kind: string;
  readonly removal: ApiRemoval;
  /** The newest replacement served at the target, if any. */
  readonly replacement: string | undefined;
  readonly removed: boolean;
}

/** Objects of a document (the root, or each item of a `kind: List`) using a version the target no longer serves or has deprecated. */
export function outdatedApis(root: Node, target: number): ApiFinding[] {
  const out: ApiFinding[] = [];
  for (const object of objectsOf(root)) {
    const node = get(object, 'apiVersion');
    const kind = getStr(object, 'kind');
    if (!isScalar(node) || typeof node.value !== 'string' || !kind) continue;
    const apiVersion = node.value.trim();
    const removal = API_REMOVALS.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind));
    if (!removal || target < removal.deprecated) continue;
    // A replacement that is itself gone at the target (PodSecurityPolicy's) is no way forward.
    const gone = (version: string): boolean => API_REMOVALS.some((r) => r.apiVersion === version && r.kinds.includes(kind) && r.removed <= target);
    const available = removal.replacements.filter((r) => r.since <= target && !gone(r.apiVersion)).sort((a, b) => b.since - a.since);
    // Still served and nothing to move to yet at the target: not something to act on.
    if (target < removal.removed && available.length === 0 && !removal.instead) continue;
    out.push({ object, node, apiVersion, kind, removal, replacement: available[0]?.apiVersion ?? (removal.instead ? undefined : removal.replacements[removal.replacements.length - 1]?.apiVersion), removed: target >= removal.removed });
  }
  return out;
}

/** "use policy/v1" or the guide's advice when no API replaces it. */
export function advice(finding: ApiFinding): string {
  if (finding.replacement) return `use ${finding.replacement}`;
  return `use ${finding.removal.instead ?? 'a supported API'}`;
}
