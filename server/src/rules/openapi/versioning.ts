import { get, getMap, getStr, isMap, items, mapItems, pairOf, str, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operations, pathPairs, VERSION } from './shared/rest';
import { resolveRef } from '../../views/openapi';

/** Server URLs and the values their variables may take: `https://{host}/{version}` with `v1`. */
function serverTexts(root: Node): string[] {
  const out: string[] = [getStr(root, 'basePath') ?? '', getStr(root, 'host') ?? ''];
  for (const server of mapItems(get(root, 'servers'))) {
    out.push(getStr(server, 'url') ?? '');
    for (const variable of getMap(server, 'variables')?.pairs ?? []) out.push(getStr(variable.value, 'default') ?? '', ...items(get(variable.value, 'enum')).map((e) => str(e) ?? ''));
  }
  return out;
}

const listed = (node: Node | undefined, key: string): string[] => items(get(node, key)).map((i) => str(i) ?? '');

export default defineRule({
  id: 'openapi/versioning',
  appliesTo: 'openapi',
  messages: {
    none: 'The API carries no version in its paths, server URL, media types or a version parameter, so a breaking change cannot ship beside the current contract.',
  },
  fix: 'none',
  check({ root, report }) {
    const paths = pairOf(root, 'paths');
    if (!isMap(root) || !paths || pathPairs(root).length === 0) return;
    if ([...serverTexts(root), ...pathPairs(root).map((p) => String(p.key.value))].some((t) => VERSION.test(t))) return;
    // `https://app.asana.com/api/1.0`, `/2.0/users`: a numbered segment in the server path or first in a path.
    if (serverTexts(root).some((t) => /\/\d+(\.\d+)*(\/|$)/.test(t.replace(/^[a-z]+:\/\/[^/]*/i, ''))) || pathPairs(root).some((p) => /^\/\d+(\.\d+)+(\/|$)/.test(String(p.key.value)))) return;
    const ops = operations(root);
    if (ops.some((op) => op.parameters.some((p) => ['header', 'query', 'path'].includes(getStr(p, 'in') ?? '') && /version/i.test(getStr(p, 'name') ?? '')))) return;
    // `application/vnd.acme.v2+json` and `application/json; version=2` version the media type.
    const media = [...listed(root, 'produces'), ...listed(root, 'consumes')];
    for (const op of ops) {
      media.push(...listed(op.node, 'produces'), ...listed(op.node, 'consumes'));
      for (const response of getMap(op.node, 'responses')?.pairs ?? []) media.push(...(getMap(resolveRef(root, response.value), 'content')?.pairs ?? []).map((m) => String(m.key.value)));
    }
    if (media.some((m) => /\.v\d+|version=/i.test(m))) return;
    report({ node: paths, messageId: 'none' });
  },
});
