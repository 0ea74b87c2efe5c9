import { get, getMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { oneShotNames } from './shared/runtime';

/**
 * A long-running service without a restart policy stays down after a crash or a daemon restart.
 * One-shot services (migrations, seeders) must not restart, and say so with `restart: "no"` or by
 * being waited on with `service_completed_successfully`.
 */
export default defineRule({
  id: 'compose/require-restart-policy',
  appliesTo: 'compose',
  messages: {
    missing: 'Service "{{name}}" has no restart policy, so it stays down after a crash or a Docker restart.',
  },
  fix: 'suggestion',
  check({ root, path, files, report }) {
    const model = composeModel({ root, path, files });
    const oneShot = oneShotNames(model.services);
    for (const service of model.services) {
      const { node, key, merged } = service;
      if (!node || !key || !service.complete || oneShot.has(service.name)) continue;
      if (get(merged, 'restart') !== undefined || get(getMap(merged, 'deploy'), 'restart_policy') !== undefined) continue;
      report({
        node: key,
        messageId: 'missing',
        data: { name: service.name },
        suggest: [{ title: 'Add restart: unless-stopped', fix: (f) => f.insertPair(node, 'restart', 'unless-stopped', ['image', 'build']) }],
      });
    }
  },
});
