import { get, getMap, getStr, isMap, type Node } from '../../../document/tree';
import type { PlainValue } from '../../../engine/fixer';
import { type OpenApiVersion, refName, resolveRef } from '../../../views/openapi';
import { isErrorStatus, operations } from './rest';

/** One schema an error response returns, with the node that names it. */
export interface ErrorSchema {
  readonly identity: string;
  readonly label: string;
  readonly node: Node;
  readonly mediaType: string;
  readonly ref: string | undefined;
  /** The status code (`404`, `4XX`, `default`) of the response. */
  readonly code: string;
}

const JSON_MEDIA = /json/i;

/** The name of a schema for comparison: its `$ref` target, or the property names of an inline object. */
function identify(root: Node, schema: Node): { identity: string; label: string } | undefined {
  const ref = getStr(schema, '$ref');
  if (ref !== undefined) return { identity: `ref:${ref}`, label: `"${refName(ref) ?? ref}"` };
  if (!isMap(schema)) return undefined;
  const names = (getMap(schema, 'properties')?.pairs ?? []).map((p) => String(p.key.value)).sort();
  if (names.length === 0) return undefined;
  return { identity: `inline:${names.join(',')}`, label: `an inline object {${names.join(', ')}}` };
}

/** Every JSON schema returned by a 4xx, 5xx or `default` response of every operation. */
export function errorSchemas(root: Node, version: OpenApiVersion | undefined): ErrorSchema[] {
  const out: ErrorSchema[] = [];
  for (const op of operations(root)) {
    for (const pair of getMap(op.node, 'responses')?.pairs ?? []) {
      const code = String(pair.key.value);
      if (!isErrorStatus(code)) continue;
      const response = resolveRef(root, pair.value);
      const media: Array<[string, Node | undefined]> =
        version === '2.0' ? [['application/json', get(response, 'schema')]] : (getMap(response, 'content')?.pairs ?? []).map((m) => [String(m.key.value), get(m.value, 'schema')]);
      for (const [mediaType, schema] of media) {
        if (schema === undefined || !JSON_MEDIA.test(mediaType)) continue;
        const id = identify(root, schema);
        // Written out rather than spread: a large API has tens of thousands of error responses.
        if (id) out.push({ identity: id.identity, label: id.label, node: get(schema, '$ref') ?? schema, mediaType, ref: getStr(schema, '$ref'), code });
      }
    }
  }
  return out;
}

/** The schema most error responses share, when one clearly does (strictly more uses than any other). */
export function dominantErrorSchema(found: readonly ErrorSchema[]): ErrorSchema | undefined {
  const counts = new Map<string, { first: ErrorSchema; n: number }>();
  for (const f of found) {
    const entry = counts.get(f.identity);
    if (entry) entry.n++;
    else counts.set(f.identity, { first: f, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  return top && (!second || second.n < top.n) ? top.first : undefined;
}

/**
 * A 404 response in the API's own terms: its shared not-found response if it has one, else a
 * response with the schema its other errors use, else a bare description.
 */
export function notFoundResponse(root: Node, version: OpenApiVersion | undefined): { value: PlainValue; title: string } {
  const section = version === '2.0' ? getMap(root, 'responses') : getMap(getMap(root, 'components'), 'responses');
  const named = section?.pairs.find((p) => /^not[-_ ]?found$/i.test(String(p.key.value)));
  if (named) {
    const ref = `${version === '2.0' ? '#/responses/' : '#/components/responses/'}${String(named.key.value).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { value: { $ref: ref }, title: `Add a 404 response (${ref})` };
  }
  const shared = dominantErrorSchema(errorSchemas(root, version));
  const ref = shared?.ref;
  if (shared && ref !== undefined) {
    const value: PlainValue = version === '2.0' ? { description: 'Not found', schema: { $ref: ref } } : { description: 'Not found', content: { [shared.mediaType]: { schema: { $ref: ref } } } };
    return { value, title: `Add a 404 response with the API's error schema (${shared.label})` };
  }
  return { value: { description: 'Not found' }, title: 'Add a 404 response' };
}
