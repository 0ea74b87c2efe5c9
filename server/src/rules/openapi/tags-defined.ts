import { get, getStr, isMap, isScalar, isSeq, items, mapItems, pairOf } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operations } from './shared/rest';


export default defineRule({
  id: 'openapi/tags-defined',
  appliesTo: 'openapi',
  messages: {
    undefinedTag: 'Tag "{{name}}" is used by operations but not declared in the top-level `tags`.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    const tags = get(root, 'tags');
    const declared = new Set(mapItems(tags).flatMap((t) => getStr(t, 'name') ?? []));
    const reported = new Set<string>();
    for (const op of operations(root)) {
      for (const tag of items(get(op.node, 'tags'))) {
        if (!isScalar(tag) || typeof tag.value !== 'string') continue;
        const name = String(tag.value);
        // One finding per tag name: the first use stands for all of them.
        if (declared.has(name) || reported.has(name)) continue;
        reported.add(name);
        const title = `Declare tag "${name}" in the top-level tags`;
        const suggest: FixOffer[] = [];
        if (isSeq(tags)) suggest.push({ title, fix: (f) => f.appendItems(tags, [{ name }]) });
        else if (!pairOf(root, 'tags')) suggest.push({ title, fix: (f) => f.insertPair(root, 'tags', [{ name }], ['servers', 'host', 'basePath', 'info']) });
        report({ node: tag, messageId: 'undefinedTag', data: { name }, suggest });
      }
    }
  },
});
