import { get, getMap, getStr, isMap, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { operationsOf, parameterSchema, schemaTypes, versionOf, type OperationView } from '../../views/openapi';
import { RefResolver, type RefSource } from '../../views/openapi-resolve';
import type { SchemaSite } from '../../views/openapi-schemas';
import { compact, enumerated, flagged, opLabel, reportOrSummarize, summarizeAbove, words } from './shared/owasp';
import { schemaReach } from './shared/operation-walks';
import { SchemaFindings } from './shared/schema-report';

const URL_NAMES = new Set(['url', 'uri', 'href', 'link', 'callback', 'webhook', 'redirect', 'redirectto', 'returnto', 'endpoint', 'feed']);
const URL_LAST_WORDS = new Set(['url', 'urls', 'uri', 'uris', 'href']);
const URL_FIRST_WORDS = new Set(['callback', 'webhook', 'redirect']);
const URL_FORMATS = new Set(['uri', 'url', 'iri']);
/** `webhook_gid`, `callback_id`, `redirect_type`: about a URL-ish thing, but not a URL. */
const NOT_URL_WORDS = new Set(['id', 'ids', 'gid', 'gids', 'uuid', 'guid', 'type', 'name', 'status', 'count', 'enabled', 'secret', 'token', 'method', 'mode']);

/** A string input that names or formats a URL and carries no allow-list (`pattern`, `enum`, `const`). */
function openUrl(refs: RefResolver, name: string, schema: Node | undefined, from: RefSource = refs.home): boolean {
  const s = refs.node(schema, from);
  if (!isMap(s) || enumerated(s) || get(s, 'pattern') !== undefined || flagged(refs, schema, 'readOnly', from)) return false;
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
  check(context) {
    const { root, options, report } = context;
    const version = versionOf(root);
    const refs = RefResolver.of(context);
    // Every schema request bodies reach, each once, in operation order: the bodies of an
    // operation are walked before the next operation's.
    const { requestStarts, requests } = schemaReach(refs);
    const found = new SchemaFindings<'open' | 'summary'>(refs, () => requestStarts);
    const here: SchemaSite = { source: refs.home, via: undefined };
    let firstOperation: string | undefined;
    const add = (r: Report<'open' | 'summary'>, op: OperationView, site: SchemaSite, name: string): void => {
      firstOperation ??= opLabel(op);
      found.add(r, site, `"${name}" takes a URL without a pattern or enum allow-list`);
    };
    const seen = new Set<MapNode>();
    const reached = requests.schemas;
    let next = 0;
    for (const op of operationsOf(root)) {
      for (const parameter of op.parameters) {
        const name = getStr(parameter, 'name');
        const node = get(parameter, 'name');
        if (seen.has(parameter) || name === undefined || !node || getStr(parameter, 'in') === 'body') continue;
        seen.add(parameter);
        if (openUrl(refs, name, parameterSchema(root, parameter, version))) add({ node, messageId: 'open', data: { what: 'parameter', name } }, op, here, name);
      }
      for (; next < reached.length && requestStarts[requests.origins[next] as number]?.operation === op; next++) {
        const schema = reached[next] as MapNode;
        const site = requests.siteOf(schema);
        for (const pair of getMap(schema, 'properties')?.pairs ?? []) {
          const name = String(pair.key.value);
          if (openUrl(refs, name, pair.value, site.source)) add({ node: pair.key, messageId: 'open', data: { what: 'property', name } }, op, site, name);
        }
      }
    }
    const paths = pairOf(root, 'paths');
    const placed = found.reports(found.size <= summarizeAbove(options));
    const first = placed[0];
    reportOrSummarize(report, placed, summarizeAbove(options), () =>
      paths && first ? { node: paths, messageId: 'summary', data: { count: placed.length, name: String(first.data?.['name']), operation: firstOperation ?? '' } } : undefined,
    );
  },
});
