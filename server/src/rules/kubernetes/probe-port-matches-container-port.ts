import { get, getSeq, getStr, isScalar, mapItems, num, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];

function declared(container: MapNode): { names: Set<string>; numbers: Set<number>; only: string | number | undefined } {
  const ports = mapItems(get(container, 'ports'));
  const names = new Set(ports.map((p) => getStr(p, 'name')).filter((n): n is string => !!n));
  const numbers = new Set(ports.map((p) => num(get(p, 'containerPort'))).filter((n): n is number => n !== undefined));
  const first = ports[0];
  const only = ports.length === 1 && first ? (getStr(first, 'name') || num(get(first, 'containerPort'))) : undefined;
  return { names, numbers, only };
}

export default defineRule({
  id: 'kubernetes/probe-port-matches-container-port',
  appliesTo: 'kubernetes',
  messages: {
    unknownName: 'The {{probe}} of "{{name}}" targets the port name "{{port}}", which no port of the container declares, so the probe can never succeed.',
    undeclared: 'The {{probe}} of "{{name}}" targets port {{port}}, which the container does not declare among its ports.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers(['containers', 'initContainers'])) {
        const ports = declared(container.node);
        const ownSeq = getSeq(container.node, 'ports');
        for (const probe of PROBES) {
          for (const handlerKey of HANDLERS) {
            const handler = get(get(container.node, probe), handlerKey);
            const port = get(handler, 'port');
            if (!isScalar(port) || port.value === null || typeof port.value === 'boolean') continue;
            const data = { probe, name: container.name, port: String(port.value) };
            const number = num(port);
            if (number === undefined) {
              if (ports.names.has(String(port.value))) continue;
              const suggest: FixOffer[] = ports.only !== undefined ? [{ title: `Probe the declared port ${ports.only}`, fix: (f) => f.replaceValue(port, ports.only ?? null) }] : [];
              report({ node: port, messageId: 'unknownName', data, suggest });
              continue;
            }
            // A probe aimed at another host, or a container that declares no port at all, says
            // nothing about this container's declarations.
            if (ports.numbers.size === 0 || ports.numbers.has(number) || get(handler, 'host') !== undefined) continue;
            const editable = ownSeq && container.node.pairs.some((p) => p.value === ownSeq);
            const suggest: FixOffer[] = editable ? [{ title: `Declare containerPort ${number}`, fix: (f) => f.appendItems(ownSeq, [{ containerPort: number }]) }] : [];
            report({ node: port, messageId: 'undeclared', data, suggest });
          }
        }
      }
    }
  },
});
