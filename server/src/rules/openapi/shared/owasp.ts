import { bool, get, getMap, getSeq, getStr, isMap, isScalar, isSeq, items, num, str, type MapNode, type Node, type Pair, type ScalarNode } from '../../../document/tree';
import type { Report } from '../../../engine/rule';
import type { PlainValue } from '../../../engine/fixer';
import { acceptedSchemas, effectiveSecurity, operationsOf, resolveRef, returnedStarts, type AcceptedSchema, type OpenApiVersion, type OperationView } from '../../../views/openapi';
import { refTargetName, scopeOf, type RefResolver, type RefSource } from '../../../views/openapi-resolve';
import type { SchemaSite } from '../../../views/openapi-schemas';

/** `userId`, `user_id`, `X-Api-Key`, `HTTPStatus` → `user id`, `user id`, `x api key`, `http status`, as words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `client_secret`, `clientSecret` and `Client-Secret` all compare as `clientsecret`. */
export const compact = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A security requirement list that lets a caller in without credentials: `[]`, or `{}` among the alternatives. */
export function allowsAnonymous(security: Node | undefined): boolean {
  return isSeq(security) && (security.items.length === 0 || security.items.some((i) => isMap(i) && i.pairs.length === 0));
}

/** A requirement list every alternative of which names at least one scheme. */
export function requiresAuth(security: Node | undefined): boolean {
  return isSeq(security) && security.items.length > 0 && security.items.every((i) => isMap(i) && i.pairs.length > 0);
}

/** Whether `responses` documents `code`: the code itself, its range (`4XX`), or `default` if asked. */
export function documentsStatus(responses: Node | undefined, code: string, orDefault = false): boolean {
  if (!isMap(responses)) return false;
  return responses.pairs.some((p) => {
    const key = String(p.key.value).toUpperCase();
    return key === code || key === `${code[0]}XX` || (orDefault && key === 'DEFAULT');
  });
}

/** The header names of a response (ref resolved), lower-cased. */
export function headerNames(root: Node, response: Node | undefined): Set<string> {
  return new Set((getMap(resolveRef(root, response), 'headers')?.pairs ?? []).map((p) => String(p.key.value).toLowerCase()));
}

/** Hosts where plain HTTP never leaves the machine or the documentation: loopback, `.local`, reserved example names. */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|host\.docker\.internal)$/.test(h) || /\.(localhost|local|test|example|invalid)$/.test(h) || /(^|\.)example\.(com|org|net)$/.test(h);
}

export interface ServerUrl {
  /** The URL with server variables replaced by their defaults. */
  readonly url: string;
  readonly node: ScalarNode;
  readonly server: MapNode;
}

/** Every `servers` entry of a 3.x document: root, path items and operations. */
export function serverUrls(root: Node): ServerUrl[] {
  const lists = [getSeq(root, 'servers')];
  for (const pathPair of getMap(root, 'paths')?.pairs ?? []) {
    const item = resolveRef(root, pathPair.value);
    lists.push(getSeq(item, 'servers'));
    for (const op of isMap(item) ? item.pairs : []) lists.push(getSeq(op.value, 'servers'));
  }
  const out: ServerUrl[] = [];
  for (const server of lists.flatMap((l) => l?.items ?? []).filter(isMap)) {
    const node = get(server, 'url');
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const variables = getMap(server, 'variables');
    const url = node.value.replace(/\{([^}]*)\}/g, (whole, name: string) => getStr(get(variables, name), 'default') ?? whole);
    out.push({ url, node, server });
  }
  return out;
}

/** Plain `http://` and `ws://` URLs whose host is not local or a documentation example. */
export function isPlainRemote(url: string): boolean {
  const match = /^(http|ws):\/\/([^/?#]*)/i.exec(url.trim());
  if (!match) return false;
  const host = (match[2] ?? '').replace(/^[^@]*@/, '');
  return host !== '' && !host.includes('{') && !isLocalHost(host);
}

/** The pair under which `node` is defined in a map of reusable objects (`components.responses`, …). */
export function definitionPair(map: MapNode | undefined, node: Node | undefined): Pair | undefined {
  return map?.pairs.find((p) => p.value === node);
}

/** Above this many findings a rule reports one summary instead; option `summarizeAbove` changes it. */
export const SUMMARIZE_ABOVE = 20;

export function summarizeAbove(options: Readonly<Record<string, unknown>>): number {
  const value = options['summarizeAbove'];
  return typeof value === 'number' && value >= 0 ? value : SUMMARIZE_ABOVE;
}

/**
 * Reports each finding, or one summary when there are more than `cap`: when nearly every operation
 * of a large API lacks the same thing, that is one decision for the API, not hundreds of problems.
 */
export function reportOrSummarize<M extends string>(report: (r: Report<M>) => void, found: readonly Report<M>[], cap: number, summary: () => Report<M> | undefined): void {
  const one = found.length > cap ? summary() : undefined;
  if (one) report(one);
  else for (const r of found) report(r);
}

export const opLabel = (op: OperationView): string => `${op.method.toUpperCase()} ${op.path}`;

/** The security requirement in force for an operation, with the scopes each alternative asks for. */
export function requirementsOf(root: Node, op: OperationView): Array<Map<string, string[]>> {
  return items(effectiveSecurity(root, op).node).filter(isMap).map((r) => new Map(r.pairs.map((p) => [String(p.key.value), items(p.value).flatMap((s) => str(s) ?? [])])));
}

/** Schemas an operation accepts in its body (2.0 `in: body`, 3.x `requestBody`), not its parameters. */
export function requestBodies(scope: Node | RefResolver, op: OperationView, version: OpenApiVersion | undefined): AcceptedSchema[] {
  return acceptedSchemas(scope, op, version).filter((s) => s.label === 'request body');
}

/** Schemas an operation returns, from every response; labelled with method, path and status. */
export function returnedSchemas(scope: Node | RefResolver, op: OperationView, version: OpenApiVersion | undefined): AcceptedSchema[] {
  return (getMap(op.node, 'responses')?.pairs ?? []).flatMap((r) => returnedStarts(scope, r.value, version, `${opLabel(op)} ${String(r.key.value)} response`, op));
}

/** `readOnly: true` / `writeOnly: true` on a property, or on the schema its `$ref` points to (refs read from `from`). */
export function flagged(scope: Node | RefResolver, property: Node | undefined, key: 'readOnly' | 'writeOnly', from?: RefSource): boolean {
  return bool(get(property, key)) === true || bool(get(scopeOf(scope).node(property, from), key)) === true;
}

/** A schema whose values are bounded by `maximum`/`exclusiveMaximum` (3.0 boolean form needs `maximum`). */
export function hasMaximum(schema: MapNode): boolean {
  return get(schema, 'maximum') !== undefined || num(get(schema, 'exclusiveMaximum')) !== undefined;
}

/** A schema restricted to a list of values. */
export function enumerated(schema: MapNode): boolean {
  return get(schema, 'enum') !== undefined || get(schema, 'const') !== undefined;
}


const names = new WeakMap<Node, Map<Node, string>>();

/** The names of reusable schemas (`components.schemas`, 2.0 `definitions`) by node, once per document. */
export function schemaNames(root: Node): Map<Node, string> {
  let out = names.get(root);
  if (out) return out;
  out = new Map<Node, string>();
  for (const map of [getMap(getMap(root, 'components'), 'schemas'), getMap(root, 'definitions')]) for (const p of map?.pairs ?? []) out.set(p.value, String(p.key.value));
  names.set(root, out);
  return out;
}

/** The name of a reusable schema wherever it is written: `Pet`, or `pet` for a file `./pet.yaml` that is the schema. */
export function ownerName(home: Map<Node, string>, schema: Node, site: SchemaSite): string | undefined {
  if (site.source.home) return home.get(schema);
  const root = site.source.root;
  if (schema === root) return refTargetName(site.source.uri);
  // A fragment file often lists its schemas at the top: `Pet: {…}`.
  return schemaNames(root).get(schema) ?? (isMap(root) ? root.pairs.find((p) => p.value === schema)?.key.value?.toString() : undefined);
}

/** The `$ref` of a 429 (or other status) response some operation already uses, to reuse it elsewhere. */
export function sharedResponseRef(root: Node, code: string): string | undefined {
  for (const op of operationsOf(root)) {
    const ref = getStr(get(getMap(op.node, 'responses'), code), '$ref');
    if (ref !== undefined) return ref;
  }
  return undefined;
}

/** A 429 response that says when to retry, in the version's own shape. */
export function tooManyRequests(version: OpenApiVersion | undefined): PlainValue {
  const header: PlainValue = version === '2.0' ? { description: 'Seconds to wait before retrying.', type: 'integer' } : { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };
  return { description: 'Too many requests; retry after the time given in Retry-After.', headers: { 'Retry-After': header } };
}
