import { get, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf } from '../../views/compose';
import { bindsAllInterfaces, parsePorts } from '../../views/compose-ports';
import { backingKind, bindToLoopback, databasePort, portNode, usesHostNetwork } from './shared/hardening';

/**
 * Opt-in (severity off): publishing a web port on every interface is Docker's default and often
 * the point (testing from a phone or a VM), so on by default it would fire on nearly every file.
 * Database, cache and broker ports are left to compose/no-published-database-port.
 */
export default defineRule({
  id: 'compose/port-without-host-ip',
  appliesTo: 'compose',
  messages: {
    allInterfaces: 'Port "{{port}}" of service "{{name}}" is published on every interface of the host; give it a host IP such as 127.0.0.1 if only this machine needs it.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      if (usesHostNetwork(service)) continue;
      const kind = backingKind(service);
      for (const port of parsePorts(get(service.node, 'ports'))) {
        if (!port.target || !bindsAllInterfaces(port) || databasePort(kind, port)) continue;
        const node = portNode(port);
        const text = document.text.slice(node.start, node.end).replace(/^["']|["']$/g, '');
        const fix = bindToLoopback(port, document.text);
        report({ node, messageId: 'allInterfaces', data: { port: text, name: service.name }, suggest: fix ? [fix] : [] });
      }
    }
  },
});
