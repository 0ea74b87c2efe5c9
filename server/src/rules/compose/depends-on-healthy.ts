import { pairOf, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { dependencyEntries, hasHealthcheck, waitHealthyEdit } from './shared/runtime';

/**
 * A dependency with a healthcheck that is waited on only until it starts. An explicit
 * `condition: service_started` is a choice, and is left alone.
 */
export default defineRule({
  id: 'compose/depends-on-healthy',
  appliesTo: 'compose',
  messages: {
    started: 'Service "{{service}}" starts as soon as "{{name}}" is running, although "{{name}}" has a healthcheck; wait for it with condition: service_healthy.',
  },
  fix: 'suggestion',
  check({ root, document, flavor, path, files, report }) {
    const model = composeModel({ root, path, files });
    const healthy = new Set(model.services.filter((s) => hasHealthcheck(s.merged)).map((s) => s.name));
    const seen = new Set<Node>();
    for (const service of model.services) {
      const dependent = service.node;
      const pair = dependent ? pairOf(dependent, 'depends_on') : undefined;
      if (!pair || !dependent) continue;
      const entries = dependencyEntries(pair.value);
      for (const entry of entries) {
        if (entry.condition !== undefined || entry.name === service.name || !healthy.has(entry.name) || seen.has(entry.node)) continue;
        seen.add(entry.node);
        const suggest: FixOffer[] = [{ title: `Wait until "${entry.name}" is healthy`, fix: (f) => waitHealthyEdit(root, document.text, flavor, dependent, entry.name, f) ?? null }];
        report({ node: entry.node, messageId: 'started', data: { service: service.name, name: entry.name }, suggest });
      }
    }
  },
});
