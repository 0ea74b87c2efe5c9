import type { Pair } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { literalIndexes, pathPairs, segmentNode } from './shared/rest';

type Style = 'kebab-case' | 'snake_case' | 'camelCase' | 'PascalCase' | 'mixed';

/** The case style of a segment, or undefined when it is one lower-case word that fits every style. */
function styleOf(segment: string): Style | undefined {
  if (/^[a-z0-9]+$/.test(segment) || /^v\d/i.test(segment)) return undefined;
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(segment)) return 'kebab-case';
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(segment)) return 'snake_case';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(segment)) return 'camelCase';
  if (/^([A-Z][a-z0-9]+)+$/.test(segment)) return 'PascalCase';
  return 'mixed';
}

/** `{id}.json`, `things:batchGet` → the parts whose style matters: `things`, `batchGet`. */
const partsOf = (segment: string): string[] => segment.replace(/\.[A-Za-z0-9]+$/, '').split(':').filter((p) => p !== '' && !/^[A-Z0-9_]+$/.test(p));

export default defineRule({
  id: 'openapi/path-casing',
  appliesTo: 'openapi',
  messages: {
    deviates: 'Path segment "{{segment}}" is {{style}} while most of this API\'s paths use {{dominant}}.',
  },
  fix: 'none',
  check({ root, document, report }) {
    const found: Array<{ pair: Pair; path: string; index: number; segment: string; style: Style }> = [];
    const counts = new Map<Style, Set<string>>();
    for (const pair of pathPairs(root)) {
      const path = String(pair.key.value);
      const parts = path.split('/');
      for (const index of literalIndexes(path)) {
        for (const part of partsOf(parts[index] ?? '')) {
          const style = styleOf(part);
          if (style === undefined) continue;
          found.push({ pair, path, index, segment: parts[index] ?? '', style });
          counts.set(style, (counts.get(style) ?? new Set()).add(part));
          break;
        }
      }
    }
    const ranked = [...counts].filter(([s]) => s !== 'mixed').sort((a, b) => b[1].size - a[1].size);
    const [top, second] = ranked;
    // Without a clear majority there is no house style to deviate from.
    if (!top || (second && second[1].size === top[1].size)) return;
    const dominant = top[0];
    for (const f of found) {
      if (f.style === dominant) continue;
      report({ node: segmentNode(document, f.pair.key, f.path, f.index), messageId: 'deviates', data: { segment: f.segment, style: f.style === 'mixed' ? 'in no single case style' : f.style, dominant } });
    }
  },
});
