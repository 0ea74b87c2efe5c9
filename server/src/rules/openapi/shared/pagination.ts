import { get, getMap, isMap, items, type MapNode, type Node } from '../../../document/tree';
import type { PlainValue } from '../../../engine/fixer';
import { resolveRef, responseSchemas, schemaTypes, type OpenApiVersion, type OperationView } from '../../../views/openapi';

/** `page[size]`, `$top`, `per-page` and `perPage` all compare as `pagesize`, `top`, `perpage`. */
export const norm = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Page-size names that mean a page size anywhere, and those that do only next to a collection. */
export const PAGE_SIZE = new Set(['limit', 'pagesize', 'perpage', 'pagelimit', 'maxresults', 'maxpagesize']);
export const PAGE_SIZE_IN_LISTS = new Set([...PAGE_SIZE, 'size', 'count', 'first', 'last', 'top', 'maxitems']);
const PAGING = new Set([...PAGE_SIZE_IN_LISTS, 'cursor', 'after', 'before', 'offset', 'page', 'pagetoken', 'startingafter', 'endingbefore', 'skip', 'marker', 'continuation', 'nexttoken', 'start', 'startindex', 'range', 'sync', 'synctoken', 'skiptoken', 'deltatoken']);
const LIST_PROPERTIES = new Set(['items', 'data', 'results', 'records', 'entries', 'list', 'values']);
/** Response properties that show a response is already one page of many. */
const PAGE_MARKERS = new Set(['next', 'nextpage', 'nextcursor', 'nextpagetoken', 'nexttoken', 'nextlink', 'odatanextlink', 'hasmore', 'cursor', 'page', 'pagecount', 'totalpages', 'paging', 'pagination', 'pageinfo', 'links', 'continuation', 'continuationtoken']);

export const isPagingParameter = (name: string): boolean => PAGING.has(norm(name)) || /page|cursor|limit|offset|continuation/.test(norm(name));
const unboundedArray = (s: Node | undefined): boolean => schemaTypes(s).includes('array') && get(s, 'maxItems') === undefined;

/**
 * Whether a GET returns an unbounded collection that it does not page: its success response is an
 * array without maxItems, or (for collection paths, not `/things/{id}`) an object with such an array
 * under a list-like name or the path's own noun, and neither its properties nor its headers
 * (`Link`, `X-Next-Page`, …) show paging.
 */
export function returnsUnpagedCollection(root: Node, op: OperationView, version: OpenApiVersion | undefined): boolean {
  const segments = op.path.split('/').filter(Boolean);
  const noun = segments[segments.length - 1] ?? '';
  const itemPath = /^\{[^}]*\}$/.test(noun);
  const responses = getMap(op.node, 'responses');
  const success = get(responses, '200') ?? responses?.pairs.find((p) => /^2(\d\d|XX)$/i.test(String(p.key.value)))?.value;
  const headers = getMap(resolveRef(root, success), 'headers')?.pairs ?? [];
  if (headers.some((h) => norm(String(h.key.value)) === 'link' || /page|cursor|continuation|next/.test(norm(String(h.key.value))))) return false;
  let list = false;
  for (const schemaNode of responseSchemas(root, success, version)) {
    const schema = resolveRef(root, schemaNode);
    if (unboundedArray(schema)) list = true;
    if (itemPath || !isMap(schema)) continue;
    const properties = allOfParts(root, schema).flatMap((s) => getMap(s, 'properties')?.pairs ?? []);
    if (properties.some((p) => PAGE_MARKERS.has(norm(String(p.key.value))))) return false;
    if (properties.some((p) => (LIST_PROPERTIES.has(norm(String(p.key.value))) || norm(String(p.key.value)) === norm(noun)) && unboundedArray(resolveRef(root, p.value)))) list = true;
  }
  return list;
}

/** A schema and the members of its `allOf`, nested ones included; refs resolved, cycles cut. */
function allOfParts(root: Node, schema: MapNode): MapNode[] {
  const seen = new Set<MapNode>();
  for (let todo: (Node | undefined)[] = [schema]; todo.length && seen.size < 50; ) {
    const s = resolveRef(root, todo.pop());
    if (!isMap(s) || seen.has(s)) continue;
    seen.add(s);
    todo.push(...items(get(s, 'allOf')));
  }
  return [...seen];
}

/** `limit` (bounded) and `cursor` query parameters, in the version's own parameter shape. */
export function pagingParameters(version: OpenApiVersion | undefined): PlainValue[] {
  const limit = { type: 'integer', minimum: 1, maximum: 100, default: 20 };
  const cursor = { type: 'string', maxLength: 255 };
  const limitText = 'Maximum number of items to return.';
  const cursorText = 'Opaque cursor from the previous page; omit it for the first page.';
  if (version === '2.0') return [{ name: 'limit', in: 'query', description: limitText, ...limit }, { name: 'cursor', in: 'query', description: cursorText, ...cursor }];
  return [{ name: 'limit', in: 'query', description: limitText, schema: limit }, { name: 'cursor', in: 'query', description: cursorText, schema: cursor }];
}
