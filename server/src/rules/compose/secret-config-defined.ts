import { get, isMap, isScalar, items, pairOf, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { isCheckable, locateDeclaration, mayBeDeclaredElsewhere, namePart, resolveNearMiss, type NameReference } from './shared/references';

/** Where a service grants secrets and configs, and the top-level element each one names. */
const GRANTS = [
  { inBuild: false, kind: 'secrets', label: 'secret', key: 'secrets' },
  { inBuild: true, kind: 'secrets', label: 'secret', key: 'build.secrets' },
  { inBuild: false, kind: 'configs', label: 'config', key: 'configs' },
] as const;

export default defineRule({
  id: 'compose/secret-config-defined',
  appliesTo: 'compose',
  messages: {
    unknown: 'Service "{{service}}" is granted {{label}} "{{name}}" in `{{key}}`, which is not declared under the top-level `{{kind}}`.',
    didYouMean: 'Service "{{service}}" is granted {{label}} "{{name}}" in `{{key}}`, which is not declared; the closest declared {{label}} is "{{candidate}}".',
  },
  fix: 'suggestion',
  check(ctx) {
    const model = composeModel(ctx);
    // An included file that could not be read may declare the name.
    if (!model.complete) return;
    const seen = new Set<Node>();
    for (const service of model.services) {
      if (!service.node) continue;
      for (const grant of GRANTS) {
        const declared = model.declared[grant.kind];
        const holder = grant.inBuild ? get(service.node, 'build') : service.node;
        const entries = items(pairOf(holder, grant.kind)?.value);
        for (const entry of entries) {
          const node = isMap(entry) ? get(entry, 'source') : entry;
          if (!isScalar(node) || typeof node.value !== 'string' || seen.has(node)) continue;
          const name = node.value;
          if (declared.has(name) || !isCheckable(name) || mayBeDeclaredElsewhere(ctx, grant.kind, name)) continue;
          seen.add(node);
          const ref: NameReference = { name, ...namePart(ctx.document.text, node, 0, name) };
          const near = resolveNearMiss(ref, declared.keys(), (c) => locateDeclaration(declared.get(c)), grant.label === 'secret' ? 'Secret' : 'Config');
          const data = { service: service.name, label: grant.label, name, key: grant.key, kind: grant.kind, candidate: near.candidate ?? '' };
          ctx.report({ node: ref.node, messageId: near.candidate ? 'didYouMean' : 'unknown', data, related: near.related, suggest: near.suggest });
        }
      }
    }
  },
});
