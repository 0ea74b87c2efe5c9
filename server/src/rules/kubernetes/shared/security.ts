import type { OffsetEdit } from '../../../document/source-range';
import { bool, get, getMap, getStr, isMap, isScalar, mapItems, pairOf, type MapNode, type Node, type Pair } from '../../../document/tree';
import type { Fixer, PlainValue } from '../../../engine/fixer';
import type { ContainerView, WorkloadView } from '../../../views/kubernetes';

/** kubectl reads manifests as YAML 1.1, where an unquoted `yes`/`on` is true and `no`/`off` false. */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

export function isTrue(node: Node | undefined): boolean {
  return bool(node) === true || (isScalar(node) && !node.quoted && YAML11_TRUE.has(String(node.value)));
}

export function isFalse(node: Node | undefined): boolean {
  return bool(node) === false || (isScalar(node) && !node.quoted && YAML11_FALSE.has(String(node.value)));
}

function isNull(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

/**
 * Windows pods: the Linux-only fields (capabilities, seccompProfile, allowPrivilegeEscalation,
 * readOnlyRootFilesystem, runAsUser…) do not apply there, and the API rejects them when
 * `spec.os.name` is `windows`, so neither findings nor fixes about them make sense.
 */
export function isWindows(workload: WorkloadView): boolean {
  const os = getStr(getMap(workload.podSpec, 'os'), 'name');
  return os === 'windows' || getStr(getMap(workload.podSpec, 'nodeSelector'), 'kubernetes.io/os') === 'windows';
}

/** A container's own securityContext setting (not an explicit null). */
export function containerSetting(container: ContainerView, key: string): Pair | undefined {
  const pair = pairOf(getMap(container.node, 'securityContext'), key);
  return pair && !isNull(pair.value) ? pair : undefined;
}

/** The pod-level securityContext setting (not an explicit null). */
export function podSetting(workload: WorkloadView, key: string): Pair | undefined {
  const pair = pairOf(getMap(workload.podSpec, 'securityContext'), key);
  return pair && !isNull(pair.value) ? pair : undefined;
}

/**
 * For the fields both levels have (runAsUser, runAsNonRoot, seccompProfile…), the container's
 * value wins and the pod's applies only where the container leaves the field unset.
 */
export function effectiveSetting(workload: WorkloadView, container: ContainerView, key: string): Pair | undefined {
  return containerSetting(container, key) ?? podSetting(workload, key);
}

/**
 * Sets `securityContext.<key>` on a container or a pod spec, creating the securityContext when
 * absent. Null when the shape leaves no clean edit: a securityContext merged in from an anchor
 * (a local one would replace it whole), one that is not a mapping, or a key written with no value.
 */
export function setSecurityContextKey(fixer: Fixer, owner: MapNode, key: string, value: PlainValue, after: readonly string[]): OffsetEdit | null {
  const contextPair = pairOf(owner, 'securityContext');
  if (!contextPair) return fixer.insertPair(owner, 'securityContext', { [key]: value }, after);
  const context = contextPair.value;
  if (!owner.pairs.includes(contextPair) || !isMap(context)) return null;
  const existing = pairOf(context, key);
  // A pair merged in from an anchor is overridden by a local one, as YAML merge keys work.
  if (!existing || !context.pairs.includes(existing)) return fixer.insertPair(context, key, value);
  if (!isScalar(existing.value) || existing.value.value === null) return null;
  return fixer.replaceValue(existing.value, value);
}

/** Where a new securityContext goes in a container: after its image, else after its name. */
export const CONTAINER_ANCHORS = ['image', 'name'] as const;

export interface HostPathVolume {
  readonly name: string;
  /** The `hostPath` pair of the volume. */
  readonly hostPath: Pair;
  /** The `path` value, and the path written there with redundant slashes removed. */
  readonly pathNode: Node;
  readonly path: string;
}

/** The pod's hostPath volumes that name a path; anything else in `volumes` is left alone. */
export function hostPathVolumes(workload: WorkloadView): HostPathVolume[] {
  const out: HostPathVolume[] = [];
  for (const volume of mapItems(get(workload.podSpec, 'volumes'))) {
    const hostPath = pairOf(volume, 'hostPath');
    const pathNode = get(hostPath?.value, 'path');
    const written = isScalar(pathNode) && typeof pathNode.value === 'string' ? pathNode.value : undefined;
    if (!hostPath || !pathNode || written === undefined || written.trim() === '') continue;
    const path = written.trim().replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
    out.push({ name: getStr(volume, 'name') ?? '(unnamed)', hostPath, pathNode, path });
  }
  return out;
}

/** Sockets of Docker, containerd, CRI-O, cri-dockerd and Podman: whoever reaches one controls the node. */
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|dockershim|podman)\.sock$/;
/** Directories that hold those sockets at their usual places: mounting one mounts the socket. */
const RUNTIME_SOCKET_DIRS = new Set(['/run', '/var/run', '/run/docker', '/var/run/docker', '/run/containerd', '/var/run/containerd', '/run/crio', '/var/run/crio', '/run/podman', '/var/run/podman', '/run/k3s/containerd']);

export function runtimeSocketKind(path: string): 'socket' | 'directory' | undefined {
  if (RUNTIME_SOCKET.test(path)) return 'socket';
  return RUNTIME_SOCKET_DIRS.has(path) ? 'directory' : undefined;
}

/** Privileged containers take every capability and no seccomp filter, whatever else their securityContext says. */
export function isPrivileged(container: ContainerView): boolean {
  return isTrue(containerSetting(container, 'privileged')?.value);
}

/**
 * Removes a pair, also when it is the first key of a block list item (`- hostPort: 80`), where
 * deleting its whole line would take the item's dash with it: there the next key moves up
 * instead. Null when the pair is the item's only key (the item would be left empty).
 */
export function removePairInItem(fixer: Fixer, text: string, map: MapNode, pair: Pair): OffsetEdit | null {
  const lineStart = text.lastIndexOf('\n', pair.key.start - 1) + 1;
  if (map.flow || text.slice(lineStart, pair.key.start).trim() === '') return fixer.removePair(map, pair);
  const next = map.pairs[map.pairs.indexOf(pair) + 1];
  return next ? { start: pair.key.start, end: next.key.start, text: '' } : null;
}
