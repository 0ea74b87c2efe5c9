import type { OffsetEdit } from '../../document/source-range';
import { get, isMap, pairOf, str, type MapNode, type Node } from '../../document/tree';
import type { Fixer } from '../../engine/fixer';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf, type ContainerView } from '../../views/kubernetes';
import { CONTAINER_ANCHORS, containerSetting, isWindows, podSetting, setSecurityContextKey } from './shared/security';

const CONFINED = new Set(['RuntimeDefault', 'Localhost']);

/** Adds `seccompProfile: {type: RuntimeDefault}`, or only the type to a profile that lacks one. */
function setRuntimeDefault(f: Fixer, owner: MapNode, after: readonly string[]): OffsetEdit | null {
  const contextPair = pairOf(owner, 'securityContext');
  const context = contextPair?.value;
  const profile = pairOf(context, 'seccompProfile');
  if (contextPair && profile && isMap(context) && isMap(profile.value)) {
    const own = owner.pairs.includes(contextPair) && context.pairs.includes(profile);
    return own && get(profile.value, 'type') === undefined ? f.insertPair(profile.value, 'type', 'RuntimeDefault') : null;
  }
  return setSecurityContextKey(f, owner, 'seccompProfile', { type: 'RuntimeDefault' }, after);
}

const toRuntimeDefault = (type: Node): FixOffer => ({ title: 'Use the RuntimeDefault seccomp profile', fix: (f) => f.replaceValue(type, 'RuntimeDefault') });

export default defineRule({
  id: 'kubernetes/require-seccomp-profile',
  appliesTo: 'kubernetes',
  messages: {
    podMissing: 'The {{kind}} "{{name}}" sets no seccompProfile, so its containers run without seccomp filtering unless the node defaults to one.',
    containerMissing: 'Container "{{name}}" has no seccompProfile of its own or from its pod, so it runs without seccomp filtering unless the node defaults to one.',
    podUnconfined: 'The {{kind}} "{{name}}" turns seccomp filtering off for its containers with the Unconfined profile.',
    unconfined: 'Container "{{name}}" turns seccomp filtering off with the Unconfined profile.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      if (isWindows(workload)) continue;
      const podType = get(podSetting(workload, 'seccompProfile')?.value, 'type');
      const podValue = str(podType);
      const containers = workload.containers();
      const missing: ContainerView[] = [];
      let inheritsUnconfined = false;
      for (const container of containers) {
        const ownType = get(containerSetting(container, 'seccompProfile')?.value, 'type');
        const own = str(ownType);
        if (ownType && own !== undefined) {
          // The container's own profile wins over the pod's.
          if (own === 'Unconfined') report({ node: ownType, messageId: 'unconfined', data: { name: container.name }, suggest: [toRuntimeDefault(ownType)] });
          continue;
        }
        if (podValue !== undefined && CONFINED.has(podValue)) continue;
        if (podValue === 'Unconfined') inheritsUnconfined = true;
        else missing.push(container);
      }
      const workloadData = { kind: workload.kind, name: workload.name };
      if (inheritsUnconfined && podType) report({ node: podType, messageId: 'podUnconfined', data: workloadData, suggest: [toRuntimeDefault(podType)] });
      if (missing.length === 0) continue;
      const atPod: FixOffer = { title: 'Add seccompProfile type RuntimeDefault to the pod securityContext', fix: (f) => setRuntimeDefault(f, workload.podSpec, ['serviceAccountName']) };
      if (missing.length === containers.length) {
        report({ node: pairOf(workload.podSpec, 'securityContext') ?? workload.kindNode, messageId: 'podMissing', data: workloadData, suggest: [atPod] });
        continue;
      }
      for (const container of missing) {
        const atContainer: FixOffer = { title: 'Add seccompProfile type RuntimeDefault to the container securityContext', fix: (f) => setRuntimeDefault(f, container.node, CONTAINER_ANCHORS) };
        report({ node: container.anchor, messageId: 'containerMissing', data: { name: container.name }, suggest: [atContainer, atPod] });
      }
    }
  },
});
