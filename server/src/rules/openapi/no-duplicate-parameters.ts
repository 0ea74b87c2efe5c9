import { get, getStr, isMap, items, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { HTTP_METHODS, resolveRef, versionOf } from '../../views/openapi';
import { pathPairs } from './shared/rest';

export default defineRule({
  id: 'openapi/no-duplicate-parameters',
  appliesTo: 'openapi',
  messages: {
    duplicate: 'Parameter "{{name}}" in {{in}} is declared twice in this list.',
    twoBodies: 'An operation has at most one `in: body` parameter.',
    bodyAndForm: 'Parameters `in: body` and `in: formData` cannot be used together.',
  },
  fix: 'none',
  check({ root, report }) {
    const v2 = versionOf(root) === '2.0';
    const check = (list: Node | undefined): void => {
      const seen = new Set<string>();
      let body = false;
      let form = false;
      for (const item of items(list)) {
        const parameter = resolveRef(root, item);
        if (!isMap(parameter)) continue;
        const where = getStr(parameter, 'in') ?? '';
        const raw = getStr(parameter, 'name') ?? '';
        const at: Node = get(item, '$ref') ?? get(parameter, 'name') ?? item;
        // Header names are case-insensitive (RFC 9110 section 5.1).
        const key = `${where}:${where === 'header' ? raw.toLowerCase() : raw}`;
        if (v2 && where === 'body') {
          if (body) report({ node: at, messageId: 'twoBodies' });
          else if (form) report({ node: at, messageId: 'bodyAndForm' });
          body = true;
          continue;
        }
        if (v2 && where === 'formData') {
          if (body && !form) report({ node: at, messageId: 'bodyAndForm' });
          form = true;
        }
        if (raw === '' || where === '') continue;
        if (seen.has(key)) report({ node: at, messageId: 'duplicate', data: { name: raw, in: where } });
        seen.add(key);
      }
    };
    for (const pathPair of pathPairs(root)) {
      const pathItem = resolveRef(root, pathPair.value);
      if (!isMap(pathItem)) continue;
      check(get(pathItem, 'parameters'));
      for (const pair of pathItem.pairs) if ((HTTP_METHODS as readonly string[]).includes(String(pair.key.value).toLowerCase())) check(get(pair.value, 'parameters'));
    }
  },
});
