import { get, getStr, isScalar, mapItems, num, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

/** Set, and not an explicit null (`readinessProbe:` with nothing after it). */
function has(container: MapNode, key: string): boolean {
  const value = get(container, key);
  return value !== undefined && !(isScalar(value) && value.value === null);
}

/** The first declared TCP port, by name when it has one: what a tcpSocket probe can knock on. */
function tcpPort(container: MapNode): string | number | undefined {
  for (const port of mapItems(get(container, 'ports'))) {
    const number = num(get(port, 'containerPort'));
    if (number === undefined || !['TCP', undefined].includes(getStr(port, 'protocol'))) continue;
    return getStr(port, 'name') || number;
  }
  return undefined;
}

export default defineRule({
  id: 'kubernetes/require-probes',
  appliesTo: 'kubernetes',
  messages: {
    noReadiness: 'Container "{{name}}" declares a port but has no readinessProbe, so it counts as ready before it can serve.',
    noLiveness: 'Container "{{name}}" has no livenessProbe, so a hung process is never restarted.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      if (workload.runsToCompletion) continue;
      for (const container of workload.containers(['containers'])) {
        const data = { name: container.name };
        // A container that declares no port is taken for one that takes no traffic (a worker, a
        // load generator, a node agent): readiness means nothing there, liveness still does.
        const serves = mapItems(get(container.node, 'ports')).length > 0;
        if (serves && !has(container.node, 'readinessProbe')) {
          const port = tcpPort(container.node);
          const suggest: FixOffer[] = [];
          if (port !== undefined && !get(container.node, 'readinessProbe')) {
            // Readiness checked more often than liveness, so the two probes never end up identical.
            const livenessPeriod = num(get(get(container.node, 'livenessProbe'), 'periodSeconds')) ?? 10;
            const periodSeconds = livenessPeriod === 5 ? 10 : 5;
            suggest.push({
              title: `Add a TCP readinessProbe on port ${port}`,
              fix: (f) => f.insertPair(container.node, 'readinessProbe', { tcpSocket: { port }, periodSeconds }, ['ports', 'image']),
            });
          }
          report({ node: container.anchor, messageId: 'noReadiness', data, suggest });
        }
        // No quick fix for liveness: only the application knows what "hung" looks like, and a
        // guessed probe that fails during a slow start restarts the container in a loop.
        if (!has(container.node, 'livenessProbe')) report({ node: container.anchor, messageId: 'noLiveness', data });
      }
    }
  },
});
