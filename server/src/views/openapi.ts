import { get, getMap, getStr, isMap, items, type MapNode, type Node, type Pair } from '../document/tree';

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

export function operationsOf(root: Node): OperationView[] {
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
