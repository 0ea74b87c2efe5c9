import { get, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf } from '../../views/compose';
import { bindsAllInterfaces, parsePorts } from '../../views/compose-ports';
import { backingKind, backingLabel, bindToLoopback, databasePort, portNode, usesHostNetwork } from './shared/hardening';

/**
 * A suggestion, not a safe fix: clients on other machines (a teammate, a VM, a phone on the LAN)
 * lose access, which may be what the port was published for.
 */
export default defineRule({
  id: 'compose/no-published-database-port',
  appliesTo: 'compose',
  messages: {
    published: 'The {{label}} port {{port}} of service "{{name}}" is published on every interface of the host, so anyone who can reach the machine can connect to it; bind it to 127.0.0.1 or use expose.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      if (usesHostNetwork(service)) continue;
      const kind = backingKind(service);
      for (const port of parsePorts(get(service.node, 'ports'))) {
        const match = databasePort(kind, port);
        if (!match || !bindsAllInterfaces(port)) continue;
        const fix = bindToLoopback(port, document.text);
        report({
          node: portNode(port),
          messageId: 'published',
          data: { label: backingLabel(match.kind), port: match.port, name: service.name },
          suggest: fix ? [fix] : [],
        });
      }
    }
  },
});
