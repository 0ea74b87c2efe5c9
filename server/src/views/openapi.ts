import { get, getMap, getStr, isMap, isScalar, items, type MapNode, type Node, type Pair } from '../document/tree';

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
  let current = node;
  const seen = new Set<Node>();
  while (isMap(current)) {
    const ref = getStr(current, '$ref');
    if (ref === undefined) return current;
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = followPointer(root, ref);
  }
  return current;
}

function followPointer(root: Node, ref: string): Node | undefined {
  if (!ref.startsWith('#')) return undefined;
  const tokens = ref.slice(1).split('/').slice(1).map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: Node | undefined = root;
  for (const token of tokens) {
    if (current?.type === 'seq') current = current.items[Number(token)];
    else current = get(current, token);
    if (!current) return undefined;
  }
  return current;
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
    const shared = parametersOf(root, get(pathItem, 'parameters'));
    for (const methodPair of pathItem.pairs) {
      const method = String(methodPair.key.value).toLowerCase() as HttpMethod;
      if (!HTTP_METHODS.includes(method) || !isMap(methodPair.value)) continue;
      const own = parametersOf(root, get(methodPair.value, 'parameters'));
      const ownKeys = new Set(own.map(parameterKey));
      const parameters = [...shared.filter((p) => !ownKeys.has(parameterKey(p))), ...own];
      out.push({ path: String(pathPair.key.value), pathPair, pathItem, method, methodPair, node: methodPair.value, parameters });
    }
  }
  return out;
}

function parametersOf(root: Node, list: Node | undefined): MapNode[] {
  const out: MapNode[] = [];
  for (const item of items(list)) {
    const resolved = resolveRef(root, item);
    if (isMap(resolved)) out.push(resolved);
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

/** A schema the API accepts from its callers, with a short description of where it enters. */
export interface AcceptedSchema {
  readonly schema: Node;
  readonly label: string;
}

const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * What an operation accepts: its parameters (2.0 inline ones are their own schema) and its request
 * body (3.x `requestBody`, 2.0 `in: body`). Headers that 3.x says to ignore are left out.
 */
export function acceptedSchemas(root: Node, operation: OperationView, version: OpenApiVersion | undefined): AcceptedSchema[] {
  const out: AcceptedSchema[] = [];
  for (const parameter of operation.parameters) {
    const name = getStr(parameter, 'name') ?? '?';
    const where = getStr(parameter, 'in');
    if (version !== '2.0' && where === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) continue;
    const label = where === 'body' ? 'request body' : `parameter "${name}"`;
    if (version === '2.0' && where !== 'body') {
      out.push({ schema: parameter, label });
      continue;
    }
    const schema = get(parameter, 'schema');
    if (schema) out.push({ schema, label });
    for (const s of contentSchemas(get(parameter, 'content'))) out.push({ schema: s, label });
  }
  const body = resolveRef(root, get(operation.node, 'requestBody'));
  for (const schema of contentSchemas(get(body, 'content'))) out.push({ schema, label: 'request body' });
  return out;
}

/** The name a `$ref` gives its target when it points into the reusable schemas, e.g. `Pet`. */
export function refName(ref: string | undefined): string | undefined {
  const match = ref ? /^#\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(ref) : null;
  return match?.[1] ? decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

export interface SchemaWalk {
  /** Called once per schema and context; return false to leave its subschemas alone (e.g. `readOnly`). */
  visit(schema: MapNode, label: string, constrained: boolean): boolean | void;
  /** Keywords of a schema that also bind its `$ref` target and its `allOf`/`anyOf`/`oneOf` members. */
  constrains?(schema: MapNode): boolean;
  /** 3.1 reads keywords next to `$ref`; 2.0 and 3.0 ignore them. */
  refSiblings?: boolean;
}

interface Pending {
  node: Node | undefined;
  label: string;
  constrained: boolean;
}

/**
 * Visits the schemas reachable from `starts` through `$ref`, properties, items, prefixItems,
 * additionalProperties, patternProperties and allOf/anyOf/oneOf. A schema is visited at most once
 * unconstrained and once constrained, whatever the number of refs, aliases or cycles that reach
 * it, so the walk is linear in the size of the document. Pass the same `seen` to several walks to
 * share that bound across them.
 */
export function walkSchemas(root: Node, starts: readonly AcceptedSchema[], walk: SchemaWalk, seen = new Map<Node, number>()): void {
  const stack: Pending[] = starts.map((s) => ({ node: s.schema, label: s.label, constrained: false })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, label, constrained } = next;
    if (!isMap(node)) continue;
    const level = constrained ? 1 : 2;
    if ((seen.get(node) ?? 0) >= level) continue;
    seen.set(node, level);
    const children: Pending[] = [];
    const binds = constrained || (walk.constrains?.(node) ?? false);
    const ref = getStr(node, '$ref');
    if (ref !== undefined) {
      children.push({ node: followPointer(root, ref), label: refName(ref) ? `schema "${refName(ref)}"` : label, constrained: binds });
      if (!walk.refSiblings) {
        stack.push(...children);
        continue;
      }
    }
    if (walk.visit(node, label, constrained) === false) continue;
    for (const pair of getMap(node, 'properties')?.pairs ?? []) children.push({ node: pair.value, label: `property "${String(pair.key.value)}"`, constrained: false });
    const itemsNode = get(node, 'items');
    for (const item of isMap(itemsNode) ? [itemsNode] : items(itemsNode)) children.push({ node: item, label: `${label} items`, constrained: false });
    for (const item of items(get(node, 'prefixItems'))) children.push({ node: item, label: `${label} items`, constrained: false });
    children.push({ node: get(node, 'additionalProperties'), label: `${label} values`, constrained: false });
    for (const pair of getMap(node, 'patternProperties')?.pairs ?? []) children.push({ node: pair.value, label: `${label} values`, constrained: false });
    const allOf = items(get(node, 'allOf'));
    const siblingBound = binds || allOf.some((m) => {
      const member = resolveRef(root, m);
      return isMap(member) && (walk.constrains?.(member) ?? false);
    });
    for (const member of allOf) children.push({ node: member, label, constrained: siblingBound });
    for (const key of ['anyOf', 'oneOf']) for (const member of items(get(node, key))) children.push({ node: member, label, constrained: binds });
    stack.push(...children.reverse());
  }
}
