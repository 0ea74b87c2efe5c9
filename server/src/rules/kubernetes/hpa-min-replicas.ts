import { isScalar, num, pairOf } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { hpaView, objectsOf } from './shared/availability';

export default defineRule({
  id: 'kubernetes/hpa-min-replicas',
  appliesTo: 'kubernetes',
  messages: {
    single: 'HorizontalPodAutoscaler "{{name}}" may scale its target down to 1 replica, so a node drain or a crash leaves nothing to answer.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const object of objectsOf(root)) {
      const hpa = hpaView(object);
      const kind = pairOf(object, 'kind');
      if (!hpa || !kind) continue;
      const pair = pairOf(hpa.spec, 'minReplicas');
      const written = pair && !(isScalar(pair.value) && pair.value.value === null);
      const min = written ? num(pair.value) : 1;
      // Zero is scale-to-zero (HPAScaleToZero), a deliberate choice; non-numbers are not ours.
      if (min === undefined || min === 0 || min >= 2) continue;
      const suggest: FixOffer[] = [];
      if ((hpa.maxReplicas ?? 0) >= 2) {
        if (!pair) suggest.push({ title: 'Keep at least 2 replicas', fix: (f) => f.insertPair(hpa.spec, 'minReplicas', 2, ['scaleTargetRef']) });
        else if (written && hpa.spec.pairs.includes(pair)) suggest.push({ title: 'Keep at least 2 replicas', fix: (f) => f.replaceValue(pair.value, 2) });
      }
      report({ node: written ? pair.value : kind.value, messageId: 'single', data: { name: hpa.name }, suggest });
    }
  },
});
