import { get, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf, type ComposeService } from '../../views/compose';
import { parsePorts, type PortRange, type PortSpec } from '../../views/compose-ports';
import { mayRunTogether, portNode, usesHostNetwork } from './shared/hardening';

interface Binding {
  service: ComposeService;
  port: PortSpec;
  published: PortRange;
}

/** `undefined` (no address) binds IPv4 and IPv6; `0.0.0.0` every IPv4 address, `::` every IPv6 one. */
function addressesOverlap(a: string | undefined, b: string | undefined): boolean {
  const family = (ip: string): number => (ip.includes(':') ? 6 : 4);
  const any = (ip: string): boolean => ip === '0.0.0.0' || ip === '::';
  if (a === undefined || a === '' || b === undefined || b === '') return true;
  if (a === b) return true;
  return family(a) === family(b) && (any(a) || any(b));
}

/**
 * A host port is fixed when it is one port, or a range mapped one to one onto a container range;
 * a host range for a single container port lets Docker pick a free one, so it cannot clash.
 */
function fixedHostPorts(port: PortSpec): PortRange | undefined {
  const { published, target } = port;
  if (!published || port.variables.includes('hostIp')) return undefined;
  if (published.start === published.end) return published;
  return target && target.end - target.start === published.end - published.start ? published : undefined;
}

export default defineRule({
  id: 'compose/duplicate-host-port',
  appliesTo: 'compose',
  messages: {
    otherService: 'Host port {{port}} is already published by service "{{other}}", so the container that starts second fails with "port is already allocated".',
    sameService: 'Service "{{name}}" publishes host port {{port}} twice, so its container fails to start with "port is already allocated".',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    const seen: Binding[] = [];
    for (const service of servicesOf(root)) {
      if (usesHostNetwork(service)) continue;
      for (const port of parsePorts(get(service.node, 'ports'))) {
        const published = fixedHostPorts(port);
        if (!published) continue;
        const clash = seen.find(
          (b) => b.port.protocol === port.protocol && b.published.start <= published.end && published.start <= b.published.end && addressesOverlap(b.port.hostIp, port.hostIp) && mayRunTogether(b.service, service),
        );
        seen.push({ service, port, published });
        if (!clash || clash.port.node === port.node) continue;
        const shown = String(Math.max(published.start, clash.published.start));
        if (clash.service === service) report({ node: portNode(port), messageId: 'sameService', data: { name: service.name, port: shown } });
        else report({ node: portNode(port), messageId: 'otherService', data: { port: shown, other: clash.service.name } });
      }
    }
  },
});
