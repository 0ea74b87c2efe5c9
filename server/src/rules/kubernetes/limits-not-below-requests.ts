import { getMap, isMap, isScalar, pairOf, str, type MapNode, type Pair } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { compareQuantities, quantityOf } from './shared/quantity';

/** Native resources may be overcommitted; hugepages and extended resources (`nvidia.com/gpu`) may not. */
const overcommits = (name: string): boolean => !name.startsWith('hugepages-') && (!name.includes('/') || name.includes('kubernetes.io/'));

/** Adds `limits.<resource>` equal to the request, when the limit can be written where the request is. */
function addLimit(resources: MapNode, limits: MapNode | undefined, request: Pair): FixOffer[] {
  const value = isScalar(request.value) ? request.value.value : null;
  const resource = String(request.key.value);
  if (value === null || typeof value === 'boolean' || !resources.pairs.some((p) => p.value === getMap(resources, 'requests'))) return [];
  const title = `Add a ${resource} limit equal to the request (${String(value)})`;
  if (!limits) return pairOf(resources, 'limits') ? [] : [{ title, fix: (f) => f.insertPair(resources, 'limits', { [resource]: value }, ['requests']) }];
  return resources.pairs.some((p) => p.value === limits) ? [{ title, fix: (f) => f.insertPair(limits, resource, value) }] : [];
}

export default defineRule({
  id: 'kubernetes/limits-not-below-requests',
  appliesTo: 'kubernetes',
  messages: {
    below: 'The {{resource}} limit of "{{name}}" ({{limit}}) is below its request ({{request}}), which the API server rejects.',
    notEqual: 'The {{resource}} limit of "{{name}}" ({{limit}}) differs from its request ({{request}}), but {{resource}} cannot be overcommitted.',
    noLimit: '"{{name}}" requests {{resource}} without a limit, which the API server rejects for a resource that cannot be overcommitted.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    for (const workload of workloadsOf(root)) {
      const scopes = workload.containers(['containers', 'initContainers']).map((c) => ({ name: c.name, resources: getMap(c.node, 'resources') }));
      // Pod-level resources (Kubernetes 1.32+) are validated the same way.
      if (isMap(getMap(workload.podSpec, 'resources'))) scopes.push({ name: workload.name, resources: getMap(workload.podSpec, 'resources') });
      for (const { name, resources } of scopes) {
        const [requests, limits] = [getMap(resources, 'requests'), getMap(resources, 'limits')];
        if (!resources || !requests) continue;
        for (const pair of requests.pairs) {
          const resource = String(pair.key.value);
          const request = quantityOf(pair.value, document.text);
          if (!request) continue;
          const data = { name, resource, request: str(pair.value) ?? '' };
          const limitPair = pairOf(limits, resource);
          if (!limitPair) {
            if (!overcommits(resource)) report({ node: pair, messageId: 'noLimit', data, suggest: addLimit(resources, limits, pair) });
            continue;
          }
          const limit = quantityOf(limitPair.value, document.text);
          if (!limit) continue;
          const order = compareQuantities(limit, request);
          const messageId = order < 0 ? 'below' : order > 0 && !overcommits(resource) ? 'notEqual' : undefined;
          if (!messageId) continue;
          const [requestText, limitText] = [document.text.slice(pair.value.start, pair.value.end), document.text.slice(limitPair.value.start, limitPair.value.end)];
          const editable = limits?.pairs.includes(limitPair) === true;
          report({
            node: limitPair.value,
            messageId,
            data: { ...data, limit: str(limitPair.value) ?? '' },
            suggest: editable
              ? [
                  { title: `Set the ${resource} limit to the request (${requestText})`, fix: (f) => f.replace(limitPair.value, requestText) },
                  { title: `Set the ${resource} request to the limit (${limitText})`, fix: (f) => f.replace(pair.value, limitText) },
                ]
              : [],
          });
        }
      }
    }
  },
});
