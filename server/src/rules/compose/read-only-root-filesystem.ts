import { get, isMap, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf } from '../../views/compose';

/**
 * Opt-in (severity off): most images write somewhere (a pid file, a cache, /tmp), so a read-only
 * root needs a `tmpfs` or volume for those paths, which only the author can list. A suggestion.
 */
export default defineRule({
  id: 'compose/read-only-root-filesystem',
  appliesTo: 'compose',
  messages: {
    writable: 'Service "{{name}}" can write anywhere in its root filesystem; set read_only to true and give the paths it writes a tmpfs or volume.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      // Any written value is a decision (false included); `extends` may bring one.
      if (pairOf(service.node, 'read_only') || get(service.node, 'extends') !== undefined) continue;
      report({
        node: service.key,
        messageId: 'writable',
        data: { name: service.name },
        suggest: [{ title: 'Set read_only: true', fix: (f) => f.insertPair(service.node, 'read_only', true, ['image', 'build']) }],
      });
    }
  },
});
