import { get, getMap, getStr, isMap, isScalar, items, type MapNode, type Node, type Pair } from '../document/tree';
import { schemaNameOf, scopeOf, type RefResolver, type RefSource } from './openapi-resolve';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationView {
  readonly path: string;
  readonly pathPair: Pair;
  readonly pathItem: MapNode;
  readonly method: HttpMethod;
  readonly methodPair: Pair;
  readonly node: MapNode;
  /** Path-level parameters overridden by operation-level ones (same name and `in`), refs resolved. */
  readonly parameters: MapNode[];
  /** Parameters whose `$ref` leaves the document (`common.yaml#/Limit`): only a resolver with files follows them. */
  readonly foreignParameters: MapNode[];
}

export type OpenApiVersion = '2.0' | '3.0' | '3.1';

export function versionOf(root: Node): OpenApiVersion | undefined {
  if (getStr(root, 'swagger') === '2.0') return '2.0';
  const v = getStr(root, 'openapi');
  if (v?.startsWith('3.1')) return '3.1';
  if (v?.startsWith('3.')) return '3.0';
  return undefined;
}

/**
 * Resolves a local `$ref` (`#/components/...`) and follows chains of refs; a cycle or a ref that
 * leaves the file yields undefined rather than looping.
 */
export function resolveRef(root: Node, node: Node | undefined): Node | undefined {
  return scopeOf(root).node(node);
}

const operationCache = new WeakMap<Node, readonly OperationView[]>();

/** Every operation of the document; computed once per parsed document and shared by all rules. */
export function operationsOf(root: Node): readonly OperationView[] {
  const known = operationCache.get(root);
  if (known) return known;
  const computed = computeOperations(root);
  operationCache.set(root, computed);
  return computed;
}

function computeOperations(root: Node): OperationView[] {
  const paths = getMap(root, 'paths');
  if (!paths) return [];
  const out: OperationView[] = [];
  for (const pathPair of paths.pairs) {
    const pathItem = resolveRef(root, pathPair.value);
    if (!isMap(pathItem)) continue;
    const sharedForeign: MapNode[] = [];
    const shared = parametersOf(root, get(pathItem, 'parameters'), sharedForeign);
    for (const methodPair of pathItem.pairs) {
      const method = String(methodPair.key.value).toLowerCase() as HttpMethod;
      if (!HTTP_METHODS.includes(method) || !isMap(methodPair.value)) continue;
      const foreignParameters = [...sharedForeign];
      const own = parametersOf(root, get(methodPair.value, 'parameters'), foreignParameters);
      const ownKeys = new Set(own.map(parameterKey));
      const parameters = [...shared.filter((p) => !ownKeys.has(parameterKey(p))), ...own];
      out.push({ path: String(pathPair.key.value), pathPair, pathItem, method, methodPair, node: methodPair.value, parameters, foreignParameters });
    }
  }
  return out;
}

function parametersOf(root: Node, list: Node | undefined, foreign: MapNode[]): MapNode[] {
  const out: MapNode[] = [];
  for (const item of items(list)) {
    const resolved = resolveRef(root, item);
    if (isMap(resolved)) out.push(resolved);
    else if (isMap(item) && !(getStr(item, '$ref') ?? '#').startsWith('#')) foreign.push(item);
  }
  return out;
}

function parameterKey(parameter: MapNode): string {
  return `${getStr(parameter, 'in') ?? ''}:${getStr(parameter, 'name') ?? ''}`;
}

/** The schema of a parameter (3.x keeps it under `schema`; 2.0 inlines type and limits). */
export function parameterSchema(root: Node, parameter: MapNode, version: OpenApiVersion | undefined): MapNode | undefined {
  if (version === '2.0' && get(parameter, 'schema') === undefined) return parameter;
  const schema = resolveRef(root, get(parameter, 'schema'));
  return isMap(schema) ? schema : undefined;
}

/** The `security` requirement in force for an operation: its own, else the document's. */
export function effectiveSecurity(root: Node, operation: OperationView): { node: Node | undefined; fromOperation: boolean } {
  const own = get(operation.node, 'security');
  if (own !== undefined) return { node: own, fromOperation: true };
  return { node: get(root, 'security'), fromOperation: false };
}

/** Where a document defines its security schemes: `components.securitySchemes` (3.x) or `securityDefinitions` (2.0). */
export function securitySchemesOf(root: Node, version: OpenApiVersion | undefined): MapNode | undefined {
  return version === '2.0' ? getMap(root, 'securityDefinitions') : getMap(getMap(root, 'components'), 'securitySchemes');
}

/** The JSON-Schema `type` as a list: 3.1 allows `[string, "null"]`, 2.0 and 3.0 a single name. */
export function schemaTypes(schema: Node | undefined): string[] {
  const type = get(schema, 'type');
  if (isScalar(type) && typeof type.value === 'string') return [type.value];
  return items(type).flatMap((t) => (isScalar(t) && typeof t.value === 'string' ? [t.value] : []));
}

/**
 * Whether a `type` value (as `schemaTypes` reads it) names one of `names`, read in place without
 * building the list: schema walks ask it of every schema they visit.
 */
export function typeNames(type: Node | undefined, names: readonly string[]): boolean {
  if (isScalar(type)) return typeof type.value === 'string' && names.includes(type.value);
  const list = items(type);
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (isScalar(t) && typeof t.value === 'string' && names.includes(t.value)) return true;
  }
  return false;
}

/** The schema of every media type of a 3.x `content` map (refs left for the caller to resolve). */
export function contentSchemas(content: Node | undefined): Node[] {
  if (!isMap(content)) return [];
  const out: Node[] = [];
  for (const media of content.pairs) {
    const schema = get(media.value, 'schema');
    if (schema) out.push(schema);
  }
  return out;
}

/** The schemas a response returns: 2.0 `schema`, 3.x `content.*.schema`; the response's own ref resolved. */
export function responseSchemas(root: Node, response: Node | undefined, version: OpenApiVersion | undefined): Node[] {
  const resolved = resolveRef(root, response);
  if (!isMap(resolved)) return [];
  if (version === '2.0') {
    const schema = get(resolved, 'schema');
    return schema ? [schema] : [];
  }
  return contentSchemas(get(resolved, 'content'));
}

/** A schema the API accepts from its callers (or returns), with a short description of where it enters. */
export interface AcceptedSchema {
  readonly schema: Node;
  readonly label: string;
  /** The operation it belongs to, so findings in shared schemas can say who uses them. */
  readonly operation?: OperationView | undefined;
  /** The document the schema is written in, when not the one under analysis. */
  readonly source?: RefSource | undefined;
  /** For a schema of another file: the `$ref` value of the document under analysis that leads there. */
  readonly via?: Node | undefined;
}

const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * What an operation accepts: its parameters (2.0 inline ones are their own schema) and its request
 * body (3.x `requestBody`, 2.0 `in: body`). Headers that 3.x says to ignore are left out. Given a
 * resolver, parameters and bodies that other files define are included, with their file.
 */
export function acceptedSchemas(scope: Node | RefResolver, operation: OperationView, version: OpenApiVersion | undefined): AcceptedSchema[] {
  const out: AcceptedSchema[] = [];
  for (const parameter of operation.parameters) addParameter(out, parameter, operation, version, undefined, undefined);
  const refs = scopeOf(scope);
  for (const item of operation.foreignParameters) {
    const found = refs.resolve(item);
    if (found && isMap(found.node)) addParameter(out, found.node, operation, version, found.source.home ? undefined : found.source, found.exit);
  }
  const written = get(operation.node, 'requestBody');
  if (written === undefined) return out;
  const body = refs.resolve(written);
  const source = body && !body.source.home ? body.source : undefined;
  for (const schema of contentSchemas(get(body?.node, 'content'))) out.push(accepted(schema, 'request body', operation, source, source && body?.exit));
  return out;
}

/** One shape for every entry, so the walks that read them stay monomorphic. */
function accepted(schema: Node, label: string, operation: OperationView | undefined, source: RefSource | undefined, via: Node | undefined): AcceptedSchema {
  return { schema, label, operation, source, via };
}

function addParameter(out: AcceptedSchema[], parameter: MapNode, operation: OperationView, version: OpenApiVersion | undefined, source: RefSource | undefined, via: Node | undefined): void {
  const name = getStr(parameter, 'name') ?? '?';
  const at = getStr(parameter, 'in');
  if (version !== '2.0' && at === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return;
  const label = at === 'body' ? 'request body' : `parameter "${name}"`;
  if (version === '2.0' && at !== 'body') {
    out.push(accepted(parameter, label, operation, source, via));
    return;
  }
  const schema = get(parameter, 'schema');
  if (schema) out.push(accepted(schema, label, operation, source, via));
  for (const s of contentSchemas(get(parameter, 'content'))) out.push(accepted(s, label, operation, source, via));
}

/** The schemas a response returns (as `responseSchemas`), followed into other files when `scope` is a resolver. */
export function returnedStarts(scope: Node | RefResolver, response: Node | undefined, version: OpenApiVersion | undefined, label: string, operation?: OperationView): AcceptedSchema[] {
  const found = scopeOf(scope).resolve(response);
  if (!found || !isMap(found.node)) return [];
  const source = found.source.home ? undefined : found.source;
  const via = source && found.exit;
  const schemas = version === '2.0' ? [get(found.node, 'schema')].flatMap((s) => (s ? [s] : [])) : contentSchemas(get(found.node, 'content'));
  return schemas.map((schema) => accepted(schema, label, operation, source, via));
}

/** The name a `$ref` gives its target when it points into the reusable schemas, e.g. `Pet`. */
export function refName(ref: string | undefined): string | undefined {
  return ref?.startsWith('#') ? schemaNameOf(ref.slice(1)) : undefined;
}
