import { defineRule } from '../../engine/rule';
import { isTemplate, pathPairs, segmentNode, wordsOf } from './shared/rest';

/** Plurals without an s, and nouns that have no plural or read the same either way. */
const PLURAL_OR_MASS = new Set(['people', 'children', 'men', 'women', 'data', 'media', 'criteria', 'indices', 'feet', 'teeth', 'mice', 'geese', 'series', 'species', 'info', 'metadata', 'information', 'news', 'feedback', 'equipment', 'software', 'hardware', 'inventory', 'staff', 'sheep', 'fish', 'aircraft', 'config', 'content', 'stock', 'storage', 'traffic']);

function looksPlural(segment: string): boolean {
  const words = wordsOf(segment.replace(/\.[a-z0-9]+$/i, ''));
  // `codes_of_conduct`, `access-tokens`: a plural anywhere in the name makes it a collection name.
  return words.some((w) => (w.endsWith('s') && !w.endsWith('ss')) || PLURAL_OR_MASS.has(w) || /^v\d/.test(w) || /^\d+$/.test(w));
}

export default defineRule({
  id: 'openapi/plural-collections',
  appliesTo: 'openapi',
  messages: {
    singular: 'Collection segment "{{segment}}" is singular; a plural noun followed by the id (such as /orders/{id}) reads as a collection and one of its members.',
  },
  fix: 'none',
  check({ root, document, report }) {
    for (const pair of pathPairs(root)) {
      const path = String(pair.key.value);
      const parts = path.split('/');
      parts.forEach((segment, index) => {
        const next = parts[index + 1];
        if (segment === '' || segment.includes('{') || next === undefined || !isTemplate(next) || looksPlural(segment)) return;
        report({ node: segmentNode(document, pair.key, path, index), messageId: 'singular', data: { segment } });
      });
    }
  },
});
