import { isMap, isScalar, isSeq, pairOf, type Node, type ScalarNode } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { isCheckable, locateDeclaration, mayBeDeclaredElsewhere, namePart, resolveNearMiss, type NameReference } from './shared/references';

const SERVICE_PREFIX = 'service:';

export default defineRule({
  id: 'compose/network-defined',
  appliesTo: 'compose',
  messages: {
    unknown: 'Service "{{service}}" joins network "{{name}}", which is not declared under the top-level `networks`.',
    didYouMean: 'Service "{{service}}" joins network "{{name}}", which is not declared; the closest declared network is "{{candidate}}".',
    unknownService: 'Service "{{service}}" uses the network of service "{{name}}" (`network_mode`), but no service of that name is defined.',
    didYouMeanService: 'Service "{{service}}" uses the network of service "{{name}}" (`network_mode`), which is not defined; the closest defined service is "{{candidate}}".',
  },
  fix: 'suggestion',
  check(ctx) {
    const model = composeModel(ctx);
    // An included file that could not be read may declare the name.
    if (!model.complete) return;
    const networks = model.declared.networks;
    // Compose always provides `default`; it is a fine correction too.
    const known = new Set(['default', ...networks.keys()]);
    const seen = new Set<Node>();
    for (const service of model.services) {
      if (!service.node) continue;
      const value = pairOf(service.node, 'networks')?.value;
      const listed = isSeq(value) ? value.items.filter(isScalar).filter((i) => typeof i.value === 'string') : isMap(value) ? [...value.pairs, ...(value.inherited ?? [])].map((p) => p.key) : [];
      const names = new Set(listed.map((n) => String(n.value)));
      for (const node of listed) {
        const name = String(node.value);
        if (seen.has(node) || known.has(name) || !isCheckable(name) || mayBeDeclaredElsewhere(ctx, 'networks', name)) continue;
        seen.add(node);
        const part = namePart(ctx.document.text, node, 0, name);
        // Renaming to a network the service already lists would join it twice.
        const ref: NameReference = { name, node: part.node, rename: (c) => (names.has(c) ? undefined : part.rename(c)) };
        const near = resolveNearMiss(ref, known, (c) => locateDeclaration(networks.get(c)), 'Network');
        ctx.report({ node: part.node, messageId: near.candidate ? 'didYouMean' : 'unknown', data: { service: service.name, name, candidate: near.candidate ?? '' }, related: near.related, suggest: near.suggest });
      }
      const mode = pairOf(service.node, 'network_mode')?.value;
      if (!isScalar(mode) || typeof mode.value !== 'string' || !mode.value.startsWith(SERVICE_PREFIX) || seen.has(mode)) continue;
      const target = mode.value.slice(SERVICE_PREFIX.length);
      if (model.names.has(target) || !isCheckable(target) || mayBeDeclaredElsewhere(ctx, 'services', target)) continue;
      seen.add(mode);
      const part = namePart(ctx.document.text, mode, SERVICE_PREFIX.length, target);
      // The model knows where only this document's services are written.
      const local = (c: string): ScalarNode | undefined => model.services.find((s) => s.name === c && s.key !== undefined)?.key;
      const near = resolveNearMiss({ name: target, ...part }, model.names, (c) => {
        const key = local(c);
        return key ? { file: ctx.file, document: ctx.document, node: key } : undefined;
      }, 'Service');
      ctx.report({ node: part.node, messageId: near.candidate ? 'didYouMeanService' : 'unknownService', data: { service: service.name, name: target, candidate: near.candidate ?? '' }, related: near.related, suggest: near.suggest });
    }
  },
});
