import { getMap, getPath, getStr, isScalar, num, pairOf } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { hpasOfFile, mountsClaim, runsDataStore, servesTraffic, targets } from './shared/availability';

export default defineRule({
  id: 'kubernetes/replicas-for-availability',
  appliesTo: 'kubernetes',
  messages: {
    single: 'Deployment "{{name}}" serves traffic from a single replica, so a node drain or a crash leaves nothing to answer.',
  },
  fix: 'suggestion',
  check(context) {
    const workloads = workloadsOf(context.root).filter((w) => w.kind === 'Deployment');
    if (workloads.length === 0) return;
    let hpas: ReturnType<typeof hpasOfFile> | undefined;
    for (const workload of workloads) {
      const spec = getMap(workload.object, 'spec');
      const pair = pairOf(spec, 'replicas');
      const replicas = pair && !(isScalar(pair.value) && pair.value.value === null) ? num(pair.value) : 1;
      // Zero is scaled down on purpose; a claim, a data store or Recreate marks a deliberate singleton.
      if (!spec || replicas === undefined || replicas === 0 || replicas >= 2) continue;
      if (!servesTraffic(workload) || mountsClaim(workload) || runsDataStore(workload) || getStr(getPath(spec, ['strategy']), 'type') === 'Recreate') continue;
      hpas ??= hpasOfFile(context);
      if (hpas.some((h) => targets(h, workload.object))) continue;
      const suggest: FixOffer[] = [];
      if (!pair) suggest.push({ title: 'Run 2 replicas', fix: (f) => f.insertPair(spec, 'replicas', 2, ['selector']) });
      else if (spec.pairs.includes(pair) && num(pair.value) !== undefined) suggest.push({ title: 'Run 2 replicas', fix: (f) => f.replaceValue(pair.value, 2) });
      context.report({ node: pair?.value ?? workload.kindNode, messageId: 'single', data: { name: workload.name }, suggest });
    }
  },
});
