import { get, getMap, getStr, isMap, isScalar, mapItems, num, type MapNode, type Node, type Pair, pairOf } from '../document/tree';

/**
 * A small view over Istio's traffic and security resources (networking.istio.io/*,
 * security.istio.io/*): the object, its spec, and the few nested shapes rules walk.
 */
export interface IstioObject {
  readonly kind: string;
  readonly name: string;
  /** `metadata.namespace`, or undefined when the namespace comes from `kubectl apply -n`. */
  readonly namespace: string | undefined;
  readonly object: MapNode;
  readonly kindNode: Node;
  readonly spec: MapNode | undefined;
}

const ISTIO_GROUPS = ['networking.istio.io/', 'security.istio.io/'];

export function isIstioApiVersion(apiVersion: string | undefined): boolean {
  return apiVersion !== undefined && ISTIO_GROUPS.some((group) => apiVersion.startsWith(group));
}

/** The Istio objects of `kind` in a document: the object itself, or the items of a `kind: List`. */
export function istioObjects(root: Node | null | undefined, kind: string): IstioObject[] {
  const objects = getStr(root, 'kind') === 'List' ? mapItems(get(root, 'items')) : isMap(root) ? [root] : [];
  const out: IstioObject[] = [];
  for (const object of objects) {
    const kindNode = get(object, 'kind');
    if (getStr(object, 'kind') !== kind || !kindNode || !isIstioApiVersion(getStr(object, 'apiVersion'))) continue;
    const metadata = getMap(object, 'metadata');
    out.push({ kind, name: getStr(metadata, 'name') ?? '(unnamed)', namespace: getStr(metadata, 'namespace'), object, kindNode, spec: getMap(object, 'spec') });
  }
  return out;
}

/** A VirtualService HTTP route that forwards to a destination (not a redirect, direct response or delegate). */
export interface HttpRouteView {
  readonly node: MapNode;
  /** The `route` pair: what to underline for the route as a whole. */
  readonly routePair: Pair;
  /** `"reviews-v2"` for a named route, `#2` (its position) otherwise. */
  readonly label: string;
}

export function forwardingHttpRoutes(virtualService: IstioObject): HttpRouteView[] {
  return mapItems(get(virtualService.spec, 'http')).flatMap((node, index) => {
    const routePair = pairOf(node, 'route');
    if (!routePair || get(node, 'redirect') || get(node, 'directResponse') || get(node, 'delegate')) return [];
    const name = getStr(node, 'name');
    return [{ node, routePair, label: name ? `"${name}"` : `#${index + 1}` }];
  });
}

/** Where a DestinationRule keeps a traffic policy: host level, a subset, or a port of either. */
export interface TrafficPolicyView {
  readonly node: MapNode;
  /** The key the policy hangs from (`trafficPolicy`), or the port-level item's `port` key. */
  readonly anchor: Node | Pair;
  readonly subset: string | undefined;
  readonly port: string | undefined;
}

export function trafficPolicies(destinationRule: IstioObject): TrafficPolicyView[] {
  const out: TrafficPolicyView[] = [];
  const visit = (owner: Node | undefined, subset: string | undefined): void => {
    const pair = pairOf(owner, 'trafficPolicy');
    if (!pair || !isMap(pair.value)) return;
    out.push({ node: pair.value, anchor: pair, subset, port: undefined });
    for (const item of mapItems(get(pair.value, 'portLevelSettings'))) {
      const portPair = pairOf(item, 'port');
      out.push({ node: item, anchor: portPair ?? item, subset, port: getStr(portPair?.value, 'number') });
    }
  };
  visit(destinationRule.spec, undefined);
  for (const subset of mapItems(get(destinationRule.spec, 'subsets'))) visit(subset, getStr(subset, 'name') ?? '(unnamed)');
  return out;
}

const UNIT_NS: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n,
  'μs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/**
 * Parses a Go/Istio duration (`1.5s`, `300ms`, `1m30s`) into exact nanoseconds; undefined for
 * anything else, numbers included (Istio durations are strings with a unit).
 */
export function parseDuration(node: Node | undefined): bigint | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const text = node.value.trim();
  const part = /(\d+)(?:\.(\d+))?(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0n;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return undefined;
    const [, whole = '0', fraction = '', unit = ''] = match;
    const scale = UNIT_NS[unit];
    if (scale === undefined) return undefined;
    const denominator = 10n ** BigInt(fraction.length);
    total += BigInt(whole) * scale + (BigInt(fraction || '0') * scale) / denominator;
    at = part.lastIndex;
  }
  return at > 0 ? total : undefined;
}

/** Writes whole milliseconds the way Istio manifests do: `2s`, `1500ms`. */
export function formatMillis(ms: bigint): string {
  return ms % 1000n === 0n ? `${ms / 1000n}s` : `${ms}ms`;
}

export const NS_PER_MS = 1_000_000n;

/** `retries.attempts` as a whole number of retries (0 disables them), or undefined. */
export function retryAttempts(retries: Node | undefined): number | undefined {
  const value = num(get(retries, 'attempts'));
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}
