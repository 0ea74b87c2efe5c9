import { getMap, isScalar, isSeq, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

/** What the baseline Pod Security Standard lets a container add: the historical Docker defaults minus NET_RAW. */
const BASELINE = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

/** The capabilities known to reach past the container, with what each one lets a process do. */
const POWERS: Readonly<Record<string, string>> = {
  ALL: 'use every kernel capability, nearly as a privileged container',
  SYS_ADMIN: 'mount filesystems and use many other kernel interfaces, a known path out of the container',
  SYS_MODULE: 'load modules into the kernel of its node',
  SYS_RAWIO: 'read and write devices and kernel memory directly',
  SYS_PTRACE: 'trace and read the memory of other processes it can see',
  SYS_TIME: "set the node's clock, which no namespace isolates",
  SYS_BOOT: 'load and boot another kernel through kexec',
  DAC_READ_SEARCH: 'open any file of the node by handle, bypassing permission checks',
  NET_ADMIN: 'reconfigure interfaces, routes and firewall rules of its network',
  NET_RAW: 'craft raw packets and spoof its neighbours on the node network',
  BPF: 'load eBPF programs into the kernel',
  PERFMON: 'trace the kernel through perf and eBPF',
  MAC_ADMIN: 'change the AppArmor or SELinux policy',
  MAC_OVERRIDE: 'bypass the AppArmor or SELinux policy',
  SYSLOG: 'read the kernel log, kernel addresses included',
};

const normalize = (name: string): string => name.trim().toUpperCase().replace(/^CAP_/, '');

export default defineRule({
  id: 'kubernetes/no-dangerous-capabilities',
  appliesTo: 'kubernetes',
  messages: {
    dangerous: 'Container "{{name}}" adds the {{capability}} capability, which lets it {{power}}.',
    beyondBaseline: 'Container "{{name}}" adds the {{capability}} capability, which the baseline Pod Security Standard does not allow.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const allowed = new Set(Array.isArray(options.allow) ? options.allow.filter((c): c is string => typeof c === 'string').map(normalize) : []);
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        const capabilities = getMap(getMap(container.node, 'securityContext'), 'capabilities');
        const addPair = pairOf(capabilities, 'add');
        const add = addPair?.value;
        if (!addPair || !isSeq(add)) continue;
        const editable = capabilities?.pairs.includes(addPair) === true;
        for (const item of add.items) {
          if (!isScalar(item) || typeof item.value !== 'string') continue;
          const written = item.value;
          const capability = normalize(written);
          if (BASELINE.has(capability) || allowed.has(capability)) continue;
          const power = POWERS[capability];
          report({
            node: item,
            messageId: power ? 'dangerous' : 'beyondBaseline',
            data: { name: container.name, capability: written, power: power ?? '' },
            // Removing it may break the workload (a CNI agent needs NET_ADMIN): the user decides.
            suggest: editable ? [{ title: `Remove ${written} from capabilities.add`, fix: (f) => f.removeItem(add, item) }] : [],
          });
        }
      }
    }
  },
});
