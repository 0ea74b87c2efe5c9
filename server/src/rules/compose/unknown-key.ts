import { pairOf, allPairs, getMap, isMap, type MapNode, type Pair } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { closestKey, SERVICE_KEYS, TOP_LEVEL_KEYS } from './shared/compose-keys';

/**
 * Compose validates a file against the Compose Specification's schema and refuses one with an
 * unknown key. A misspelling has one likely meaning, but renaming a key is still a guess: a suggestion.
 */
export default defineRule({
  id: 'compose/unknown-key',
  appliesTo: 'compose',
  messages: {
    topLevelLike: 'The top-level key "{{key}}" is not part of the Compose Specification; "{{suggestion}}" was probably meant.',
    topLevel: 'The top-level key "{{key}}" is not part of the Compose Specification, so Compose refuses the file; prefix it with "x-" if it is an extension.',
    serviceLike: 'The key "{{key}}" of service "{{name}}" is not part of the Compose Specification; "{{suggestion}}" was probably meant.',
    service: 'The key "{{key}}" of service "{{name}}" is not part of the Compose Specification, so Compose refuses the file.',
  },
  fix: 'suggestion',
  check({ root, flavor, report }) {
    if (!isMap(root)) return;
    const check = (map: MapNode, known: ReadonlySet<string>, like: 'topLevelLike' | 'serviceLike', plain: 'topLevel' | 'service', name: string): void => {
      for (const pair of allPairs(map)) {
        const key = pair.key.value;
        if (typeof key !== 'string' || key.startsWith('x-') || key === '<<' || known.has(key)) continue;
        const suggestion = closestKey(key, known);
        // Renaming onto a key the mapping already has would make a duplicate key: no fix then.
        const taken = suggestion !== undefined && pairOf(map, suggestion) !== undefined;
        const suggest: FixOffer[] = suggestion && !taken ? [{ title: `Rename to "${suggestion}"`, fix: (f) => rename(f, pair, suggestion, flavor) }] : [];
        report({ node: pair, messageId: suggestion ? like : plain, data: { key, suggestion: suggestion ?? '', name }, suggest });
      }
    };
    check(root, TOP_LEVEL_KEYS, 'topLevelLike', 'topLevel', '');
    const services = getMap(root, 'services');
    for (const pair of services ? allPairs(services) : []) {
      if (isMap(pair.value)) check(pair.value, SERVICE_KEYS, 'serviceLike', 'service', String(pair.key.value));
    }
  },
});

function rename(f: Parameters<FixOffer['fix']>[0], pair: Pair, to: string, flavor: string) {
  return flavor === 'json' || pair.key.quoted ? f.replace(pair.key, JSON.stringify(to)) : f.replace(pair.key, to);
}
