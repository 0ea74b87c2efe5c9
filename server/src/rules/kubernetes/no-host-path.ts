import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { hostPathVolumes, runtimeSocketKind } from './shared/security';

/** Node directories that hold its configuration, credentials, kernel interfaces or devices. */
const SYSTEM_DIRS = new Set(['/', '/boot', '/dev', '/etc', '/home', '/lib', '/proc', '/root', '/sys', '/usr', '/var', '/var/lib']);
const SYSTEM_PREFIXES = ['/proc/', '/sys/', '/root/', '/etc/kubernetes', '/var/lib/kubelet', '/var/lib/etcd', '/var/lib/docker', '/var/lib/containerd'];

export default defineRule({
  id: 'kubernetes/no-host-path',
  appliesTo: 'kubernetes',
  messages: {
    hostPath: 'Volume "{{volume}}" mounts {{path}} from the node, which exposes the node\'s files and ties the pod to what that node holds.',
    system: 'Volume "{{volume}}" mounts the node\'s system path {{path}}, which exposes its configuration, credentials or kernel interfaces to the pod.',
  },
  // Removing the volume breaks its mounts; the replacement (a PVC, a ConfigMap, an emptyDir) is a design choice.
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const volume of hostPathVolumes(workload)) {
        // The runtime socket has its own rule, at error severity.
        if (runtimeSocketKind(volume.path)) continue;
        const system = SYSTEM_DIRS.has(volume.path) || SYSTEM_PREFIXES.some((p) => volume.path === p || volume.path.startsWith(p.endsWith('/') ? p : `${p}/`));
        report({ node: volume.hostPath, messageId: system ? 'system' : 'hostPath', data: { volume: volume.name, path: volume.path } });
      }
    }
  },
});
