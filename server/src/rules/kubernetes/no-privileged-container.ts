import { bool, isMap, isScalar, pairOf, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

/** kubectl reads manifests as YAML 1.1, where an unquoted `yes` or `on` is true as well. */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const isTrue = (node: Node): boolean => bool(node) === true || (isScalar(node) && !node.quoted && YAML11_TRUE.has(String(node.value)));

export default defineRule({
  id: 'kubernetes/no-privileged-container',
  appliesTo: 'kubernetes',
  messages: {
    privileged: 'Container "{{name}}" runs privileged, with every device and kernel capability of its node.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        const contextPair = pairOf(container.node, 'securityContext');
        const context = contextPair?.value;
        if (!contextPair || !isMap(context)) continue;
        const privileged = pairOf(context, 'privileged');
        if (!privileged || !isTrue(privileged.value)) continue;
        // A pair merged in from an anchor is edited where it is written, for the container owning it.
        const editable = container.node.pairs.includes(contextPair) && context.pairs.includes(privileged);
        // A securityContext left empty goes too, unless it carries an anchor an alias may point at.
        const alone = context.pairs.length === 1 && !context.inherited && !/[&*]/.test(document.text.slice(contextPair.key.end, context.start));
        report({
          node: privileged,
          messageId: 'privileged',
          data: { name: container.name },
          suggest: editable
            ? [{ title: 'Remove privileged: true', fix: (f) => (alone ? f.removePair(container.node, contextPair) : f.removePair(context, privileged)) }]
            : [],
        });
      }
    }
  },
});
