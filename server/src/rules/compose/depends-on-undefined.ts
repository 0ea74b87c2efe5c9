import { items, isScalar, pairOf, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { isInterpolated } from '../../views/compose';
import { composeModel } from '../../views/compose-model';
import { closestName, dependencyEntries } from './shared/runtime';

interface Reference {
  key: string;
  name: string;
  node: Node;
  /** What replaces `node` to name `candidate` instead, or undefined when the edit would clash. */
  rename: (candidate: string) => string | undefined;
}

export default defineRule({
  id: 'compose/depends-on-undefined',
  appliesTo: 'compose',
  messages: {
    unknown: 'Service "{{service}}" refers to "{{name}}" in {{key}}, but no service of that name is defined.',
    didYouMean: 'Service "{{service}}" refers to "{{name}}" in {{key}}, which is not defined; the closest defined service is "{{candidate}}".',
  },
  fix: 'suggestion',
  check(ctx) {
    const model = composeModel(ctx);
    // An included file that could not be read may define the name.
    if (!model.complete) return;
    const seen = new Set<Node>();
    for (const service of model.services) {
      if (!service.node) continue;
      const refs: Reference[] = [];
      const dependsOn = pairOf(service.node, 'depends_on')?.value;
      const listed = dependencyEntries(dependsOn);
      for (const d of listed) {
        if (!d.required) continue;
        const clash = (c: string): boolean => listed.some((other) => other.name === c);
        refs.push({ key: 'depends_on', name: d.name, node: d.node, rename: (c) => (clash(c) ? undefined : c) });
      }
      for (const item of items(pairOf(service.node, 'links')?.value)) {
        if (!isScalar(item) || typeof item.value !== 'string') continue;
        const [name = '', ...alias] = item.value.split(':');
        refs.push({ key: 'links', name, node: item, rename: (c) => [c, ...alias].join(':') });
      }
      for (const ref of refs) {
        if (seen.has(ref.node) || ref.name === '' || isInterpolated(ref.name) || model.names.has(ref.name)) continue;
        seen.add(ref.node);
        const candidate = closestName(ref.name, model.names);
        const replacement = candidate === undefined ? undefined : ref.rename(candidate);
        const suggest: FixOffer[] = replacement === undefined ? [] : [{ title: `Change "${ref.name}" to "${candidate ?? ''}"`, fix: (f) => f.replaceValue(ref.node, replacement) }];
        const data = { service: service.name, name: ref.name, key: ref.key, candidate: candidate ?? '' };
        ctx.report({ node: ref.node, messageId: candidate ? 'didYouMean' : 'unknown', data, suggest });
      }
    }
  },
});
