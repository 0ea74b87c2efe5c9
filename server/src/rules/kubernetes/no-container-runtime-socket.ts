import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { hostPathVolumes, runtimeSocketKind } from './shared/security';

export default defineRule({
  id: 'kubernetes/no-container-runtime-socket',
  appliesTo: 'kubernetes',
  messages: {
    socket: 'Volume "{{volume}}" mounts the container runtime socket {{path}}, and whoever can talk to it controls the node.',
    directory: 'Volume "{{volume}}" mounts {{path}}, which holds the container runtime socket, and whoever can talk to it controls the node.',
  },
  // Removing the volume breaks its mounts and the agent that needs it: there is no edit to offer.
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const volume of hostPathVolumes(workload)) {
        const kind = runtimeSocketKind(volume.path);
        if (kind) report({ node: volume.pathNode, messageId: kind, data: { volume: volume.name, path: volume.path } });
      }
    }
  },
});
