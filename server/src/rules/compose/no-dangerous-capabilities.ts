import { isMap, items, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, servicesOf } from '../../views/compose';

/**
 * Capabilities outside Docker's default set that reach beyond the container. `NET_RAW` and
 * `CHOWN` are left alone: Docker grants them by default, so adding them changes nothing.
 */
const DANGEROUS: Record<string, string> = {
  ALL: 'use every kernel capability',
  SYS_ADMIN: 'mount filesystems, create namespaces and make most administrative system calls, the usual way out of a container',
  SYS_MODULE: 'load modules into the host kernel',
  SYS_PTRACE: 'trace other processes and read their memory',
  SYS_RAWIO: 'reach I/O ports and devices directly',
  SYS_BOOT: 'reboot the host',
  SYS_TIME: "set the host's clock",
  DAC_READ_SEARCH: 'open any file by its handle, which has been used to read host files',
  NET_ADMIN: 'reconfigure the interfaces, routes and firewall rules of its network namespace',
  BPF: 'load eBPF programs into the kernel',
  PERFMON: 'read kernel performance counters',
  MAC_ADMIN: 'change the mandatory access control policy',
  MAC_OVERRIDE: 'bypass the mandatory access control policy',
};

export default defineRule({
  id: 'compose/no-dangerous-capabilities',
  appliesTo: 'compose',
  messages: {
    dangerous: 'Capability "{{capability}}" lets {{services}} {{effect}}; keep it only if the service cannot work without it.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    for (const { pair, services } of pairsAcross(servicesOf(root), 'cap_add')) {
      for (const item of items(pair.value)) {
        const capability = str(item)?.trim().toUpperCase().replace(/^CAP_/, '');
        const effect = capability === undefined ? undefined : DANGEROUS[capability];
        if (capability === undefined || effect === undefined) continue;
        const list = pair.value;
        report({
          node: item,
          messageId: 'dangerous',
          data: { capability, services: describeServices(services), effect },
          suggest: list.type === 'seq' ? [{ title: `Remove capability ${capability}`, fix: (f) => f.removeItem(list, item) }] : [],
        });
      }
    }
  },
});
