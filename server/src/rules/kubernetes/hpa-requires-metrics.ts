import { isScalar, isSeq, pairOf } from '../../document/tree';
import type { PlainValue } from '../../engine/fixer';
import { defineRule, type FixOffer } from '../../engine/rule';
import { hpaView, objectsOf } from './shared/availability';

/** What the API server fills in when no metric is given, written in each version's shape. */
function explicitDefault(apiVersion: string): { key: string; value: PlainValue } | undefined {
  if (apiVersion === 'autoscaling/v1') return { key: 'targetCPUUtilizationPercentage', value: 80 };
  if (apiVersion === 'autoscaling/v2beta1') return { key: 'metrics', value: [{ type: 'Resource', resource: { name: 'cpu', targetAverageUtilization: 80 } }] };
  if (apiVersion === 'autoscaling/v2' || apiVersion === 'autoscaling/v2beta2') {
    return { key: 'metrics', value: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }] };
  }
  return undefined;
}

export default defineRule({
  id: 'kubernetes/hpa-requires-metrics',
  appliesTo: 'kubernetes',
  messages: {
    implicit: 'HorizontalPodAutoscaler "{{name}}" names no metric, so it scales on the default of 80% average CPU utilisation.',
  },
  fix: 'safe',
  check({ root, report }) {
    for (const object of objectsOf(root)) {
      const hpa = hpaView(object);
      const kind = pairOf(object, 'kind');
      const shape = hpa && explicitDefault(hpa.apiVersion);
      if (!hpa || !kind || !shape) continue;
      const pair = pairOf(hpa.spec, shape.key);
      const empty = !pair || (isSeq(pair.value) && pair.value.items.length === 0) || (isScalar(pair.value) && pair.value.value === null);
      if (!empty) continue;
      // Writing the default out changes nothing the autoscaler does: it only says what it does.
      let fix: FixOffer | undefined;
      const title = 'Write out the default metric (80% average CPU utilisation)';
      if (!pair) fix = { title, fix: (f) => f.insertPair(hpa.spec, shape.key, shape.value, ['maxReplicas', 'minReplicas']) };
      else if (isSeq(pair.value) && hpa.spec.pairs.includes(pair) && Array.isArray(shape.value)) {
        const seq = pair.value;
        const values = shape.value;
        fix = { title, fix: (f) => f.appendItems(seq, values) };
      }
      report({ node: pair ?? kind.value, messageId: 'implicit', data: { name: hpa.name }, ...(fix ? { fix } : {}) });
    }
  },
});
