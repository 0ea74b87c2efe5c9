import { get, isMap, isScalar, items, pairOf, str, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { isCheckable, isHostPath, locateDeclaration, mayBeDeclaredElsewhere, namePart, resolveNearMiss, shortVolumeSource, type NameReference } from './shared/references';

export default defineRule({
  id: 'compose/volume-defined',
  appliesTo: 'compose',
  messages: {
    unknown: 'Service "{{service}}" mounts volume "{{name}}", which is not declared under the top-level `volumes`.',
    didYouMean: 'Service "{{service}}" mounts volume "{{name}}", which is not declared; the closest declared volume is "{{candidate}}".',
  },
  fix: 'suggestion',
  check(ctx) {
    const model = composeModel(ctx);
    // An included file that could not be read may declare the name.
    if (!model.complete) return;
    const volumes = model.declared.volumes;
    const seen = new Set<Node>();
    for (const service of model.services) {
      if (!service.node) continue;
      for (const entry of items(pairOf(service.node, 'volumes')?.value)) {
        const ref = namedVolume(ctx.document.text, entry);
        if (!ref || seen.has(entry) || volumes.has(ref.name) || mayBeDeclaredElsewhere(ctx, 'volumes', ref.name)) continue;
        seen.add(entry);
        const near = resolveNearMiss(ref, volumes.keys(), (c) => locateDeclaration(volumes.get(c)), 'Volume');
        ctx.report({ node: ref.node, messageId: near.candidate ? 'didYouMean' : 'unknown', data: { service: service.name, name: ref.name, candidate: near.candidate ?? '' }, related: near.related, suggest: near.suggest });
      }
    }
  },
});

/**
 * The volume an entry mounts by name: `name:/path` in short syntax, `type: volume` with a
 * `source` in long syntax. Host paths, anonymous volumes, other mount types and names made of
 * variables give nothing.
 */
function namedVolume(text: string, entry: Node): NameReference | undefined {
  if (isScalar(entry) && typeof entry.value === 'string') {
    const source = shortVolumeSource(entry.value);
    if (source === undefined || isHostPath(source) || !isCheckable(source)) return undefined;
    return { name: source, ...namePart(text, entry, 0, source) };
  }
  if (!isMap(entry) || str(get(entry, 'type')) !== 'volume') return undefined;
  const node = get(entry, 'source');
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const source = node.value;
  if (isHostPath(source) || !isCheckable(source)) return undefined;
  return { name: source, ...namePart(text, node, 0, source) };
}
