import { get, getMap, getStr, isMap, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { operationsOf, parameterSchema, resolveRef, schemaTypes, versionOf, walkSchemas } from '../../views/openapi';
import { compact, enumerated, flagged, opLabel, reportOrSummarize, requestBodies, summarizeAbove, words } from './shared/owasp';

const URL_NAMES = new Set(['url', 'uri', 'href', 'link', 'callback', 'webhook', 'redirect', 'redirectto', 'returnto', 'endpoint', 'feed']);
const URL_LAST_WORDS = new Set(['url', 'urls', 'uri', 'uris', 'href']);
const URL_FIRST_WORDS = new Set(['callback', 'webhook', 'redirect']);
const URL_FORMATS = new Set(['uri', 'url', 'iri']);
/** `webhook_gid`, `callback_id`, `redirect_type`: about a URL-ish thing, but not a URL. */
const NOT_URL_WORDS = new Set(['id', 'ids', 'gid', 'gids', 'uuid', 'guid', 'type', 'name', 'status', 'count', 'enabled', 'secret', 'token', 'method', 'mode']);

/** A string input that names or formats a URL and carries no allow-list (`pattern`, `enum`, `const`). */
function openUrl(root: Node, name: string, schema: Node | undefined): boolean {
  const s = resolveRef(root, schema);
  if (!isMap(s) || enumerated(s) || get(s, 'pattern') !== undefined || flagged(root, schema, 'readOnly')) return false;
  const types = schemaTypes(s);
  if (types.length > 0 && !types.includes('string')) return false;
  const parts = words(name);
  const last = parts.at(-1) ?? '';
  const named = URL_NAMES.has(compact(name)) || URL_LAST_WORDS.has(last) || (URL_FIRST_WORDS.has(parts[0] ?? '') && !NOT_URL_WORDS.has(last));
  return named || URL_FORMATS.has(getStr(s, 'format') ?? '');
}

export default defineRule({
  id: 'openapi/url-inputs',
  appliesTo: 'openapi',
  messages: {
    open: 'The {{what}} "{{name}}" takes a URL without a pattern or enum allow-list; validate scheme and host before the server fetches or redirects to it.',
    summary: 'Many inputs ({{count}}) take URLs without a pattern or enum allow-list, such as "{{name}}" of {{operation}}; validate scheme and host before the server fetches or redirects to them.',
  },
  fix: 'none',
  check({ root, options, report }) {
    const version = versionOf(root);
    const found: Array<Report<'open' | 'summary'> & { operation: string }> = [];
    const seen = new Set<MapNode>();
    const walked = new Map<Node, number>();
    for (const op of operationsOf(root)) {
      for (const parameter of op.parameters) {
        const name = getStr(parameter, 'name');
        const node = get(parameter, 'name');
        if (seen.has(parameter) || name === undefined || !node || getStr(parameter, 'in') === 'body') continue;
        seen.add(parameter);
        if (openUrl(root, name, parameterSchema(root, parameter, version))) found.push({ node, messageId: 'open', data: { what: 'parameter', name }, operation: opLabel(op) });
      }
      walkSchemas(root, requestBodies(root, op, version), {
        refSiblings: version === '3.1',
        visit(schema) {
          for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
            const name = String(pair.key.value);
            if (openUrl(root, name, pair.value)) found.push({ node: pair.key, messageId: 'open', data: { what: 'property', name }, operation: opLabel(op) });
          }
        },
      }, walked);
    }
    const paths = pairOf(root, 'paths');
    const first = found[0];
    reportOrSummarize(report, found.map(({ operation: _, ...r }) => r), summarizeAbove(options), () =>
      paths && first ? { node: paths, messageId: 'summary', data: { count: found.length, name: String(first.data?.['name']), operation: first.operation } } : undefined,
    );
  },
});
