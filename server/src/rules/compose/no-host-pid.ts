import { isMap, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, servicesOf } from '../../views/compose';

const NAMESPACES = [
  { key: 'pid', messageId: 'pid' },
  { key: 'ipc', messageId: 'ipc' },
  { key: 'userns_mode', messageId: 'userns' },
] as const;

/** No fix: a tool that inspects host processes stops working without the host namespace. */
export default defineRule({
  id: 'compose/no-host-pid',
  appliesTo: 'compose',
  messages: {
    pid: 'With pid "host", {{services}} sees every process on the host and can signal those running as the same user.',
    ipc: 'With ipc "host", {{services}} shares the host\'s shared memory and semaphores with every process on it.',
    userns: 'With userns_mode "host", {{services}} opts out of the user-namespace remapping the daemon is configured for, so its root is the host\'s root.',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    const services = servicesOf(root);
    for (const { key, messageId } of NAMESPACES) {
      for (const { pair, services: users } of pairsAcross(services, key)) {
        if (str(pair.value)?.trim() !== 'host') continue;
        report({ node: pair.value, messageId, data: { services: describeServices(users) } });
      }
    }
  },
});
