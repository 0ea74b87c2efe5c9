import { isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { HTTP_METHODS, resolveRef } from '../../views/openapi';
import { literalIndexes, pathPairs, segmentNode, wordsOf } from './shared/rest';

/**
 * Verbs that restate an HTTP method (read, create, replace, delete). Action verbs that no method
 * expresses (`/login`, `/search`, `/cancel`, `/capture`, `/refresh`) are accepted controller
 * resources, as Google's custom methods and Stripe's actions are, and are not reported.
 */
const CRUD_VERBS = new Set(['get', 'fetch', 'retrieve', 'list', 'create', 'add', 'insert', 'put', 'update', 'modify', 'edit', 'set', 'delete', 'remove', 'destroy', 'del']);
/** Words that are nouns when they stand alone (`/list`, `/set`) or start a compound noun (`add-ons`). */
const ALONE_OK = new Set(['list', 'set']);
const NOUNS = /^add-?ons?$/i;

export default defineRule({
  id: 'openapi/resource-nouns',
  appliesTo: 'openapi',
  messages: {
    verb: 'Path segment "{{segment}}" is a verb ({{verb}}) rather than a resource; model the resource and let {{methods}} say what happens to it.',
  },
  fix: 'none',
  check({ root, document, report }) {
    for (const pathPair of pathPairs(root)) {
      const path = String(pathPair.key.value);
      const pathItem = resolveRef(root, pathPair.value);
      if (!isMap(pathItem)) continue;
      const methods = pathItem.pairs.map((p) => String(p.key.value).toLowerCase()).filter((m) => (HTTP_METHODS as readonly string[]).includes(m));
      if (methods.length === 0) continue;
      const parts = path.split('/');
      for (const index of literalIndexes(path)) {
        const segment = parts[index] ?? '';
        const words = wordsOf(segment.replace(/\.[a-z0-9]+$/i, ''));
        const first = words[0];
        if (first === undefined || !CRUD_VERBS.has(first) || (words.length === 1 && ALONE_OK.has(first)) || NOUNS.test(segment)) continue;
        report({ node: segmentNode(document, pathPair.key, path, index), messageId: 'verb', data: { segment, verb: first, methods: methods.map((m) => m.toUpperCase()).join('/') } });
      }
    }
  },
});
