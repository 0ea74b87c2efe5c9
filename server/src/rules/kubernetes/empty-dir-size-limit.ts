import { get, getMap, getStr, isMap, isScalar, mapItems, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf, type WorkloadView } from '../../views/kubernetes';

/** Whether every app container caps the resource the volume consumes: then the pod is bounded anyway. */
function boundedByLimits(workload: WorkloadView, resource: string): boolean {
  const containers = workload.containers(['containers']);
  return containers.length > 0 && containers.every((c) => {
    const limit = get(getMap(getMap(c.node, 'resources'), 'limits'), resource);
    return isScalar(limit) && limit.value !== null;
  });
}

export default defineRule({
  id: 'kubernetes/empty-dir-size-limit',
  appliesTo: 'kubernetes',
  messages: {
    disk: 'The emptyDir volume "{{volume}}" has no sizeLimit, so it can fill the node\'s disk.',
    memory: 'The memory-backed emptyDir volume "{{volume}}" has no sizeLimit, so it can take the node\'s memory.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const volume of mapItems(get(workload.podSpec, 'volumes'))) {
        const pair = pairOf(volume, 'emptyDir');
        if (!pair || !(isMap(pair.value) || (isScalar(pair.value) && pair.value.value === null))) continue;
        const sizeLimit = get(pair.value, 'sizeLimit');
        if (sizeLimit !== undefined && !(isScalar(sizeLimit) && sizeLimit.value === null)) continue;
        const memory = getStr(pair.value, 'medium') === 'Memory';
        // Disk-backed volumes count toward the containers' ephemeral-storage limits, tmpfs toward
        // their memory limits: when every container has one, the kubelet already bounds the pod.
        if (boundedByLimits(workload, memory ? 'memory' : 'ephemeral-storage')) continue;
        report({ node: pair, messageId: memory ? 'memory' : 'disk', data: { volume: getStr(volume, 'name') ?? '(unnamed)' } });
      }
    }
  },
});
