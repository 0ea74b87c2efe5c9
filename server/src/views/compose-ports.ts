import { get, isMap, isScalar, items, type Node } from '../document/tree';
import { resolveTracked } from './compose-interpolation';

export { interpolationSegments, isLiteral, isWhollyInterpolated, resolveTracked, variablesIn, type Segment } from './compose-interpolation';

/** Inclusive; a single port is a range of one. */
export interface PortRange {
  readonly start: number;
  readonly end: number;
}

export type PortPart = 'hostIp' | 'published' | 'target' | 'protocol';

/**
 * One entry of a service's `ports`, in either syntax
 * (https://docs.docker.com/reference/compose-file/services/#ports). Variables are filled in with
 * their defaults; a part that depends on a variable without one is undefined and listed in
 * `variables`, so `hostIp === undefined` means "all interfaces" only when `variables` lacks it.
 */
export interface PortSpec {
  /** The item: a scalar for the short syntax, a mapping for the long one. */
  readonly node: Node;
  /** As written, IPv6 brackets removed; undefined when absent (every interface of the host). */
  readonly hostIp: string | undefined;
  /** Undefined when no host port is given: Docker then picks an ephemeral one (still published). */
  readonly published: PortRange | undefined;
  readonly target: PortRange | undefined;
  /** Lower-cased; `tcp` when absent. */
  readonly protocol: string;
  /** Long syntax only: `host` or `ingress`. */
  readonly mode: string | undefined;
  readonly name: string | undefined;
  readonly appProtocol: string | undefined;
  /** The parts whose value comes from a variable (its default, or unknown without one). */
  readonly variables: readonly PortPart[];
  /** The value nodes of the long syntax, to underline one part; the item itself for the short one. */
  readonly nodes: Readonly<Partial<Record<PortPart, Node>>>;
}

const UNKNOWN = '\u0000';

/** Every entry of a `ports` sequence that can be read; wrong shapes are skipped, never thrown on. */
export function parsePorts(ports: Node | undefined | null): PortSpec[] {
  const out: PortSpec[] = [];
  for (const item of items(ports)) {
    const spec = isMap(item) ? parseLong(item) : parseShort(item);
    if (spec) out.push(spec);
  }
  return out;
}

/** `[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]`, with `[::1]` or bare `::1` for IPv6 and ranges `a-b`. */
export function parseShort(node: Node): PortSpec | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  const { text, fromVariable } = resolveTracked(String(node.value).trim(), UNKNOWN);
  const variables = new Set<PortPart>();
  const piece = (from: number, to: number, part: PortPart): string => {
    if (fromVariable.slice(from, to).some(Boolean)) variables.add(part);
    return text.slice(from, to);
  };
  const slash = text.lastIndexOf('/');
  const body = slash >= 0 ? slash : text.length;
  const protocol = slash >= 0 ? piece(slash + 1, text.length, 'protocol') : 'tcp';
  let hostIp: string | undefined;
  let published: string | undefined;
  let lastColon = text.lastIndexOf(':', body - 1);
  const close = text.startsWith('[') ? text.indexOf(']') : -1;
  if (close > 0 && text[close + 1] === ':') {
    // `[::1]:6001:6001`: the brackets delimit the address, whatever colons it holds.
    hostIp = piece(1, close, 'hostIp');
    published = lastColon > close + 1 ? piece(close + 2, lastColon, 'published') : '';
  } else if (lastColon > 0) {
    // `127.0.0.1:5432:5432`, `::1:6000:6000`: the address is all before the last two parts.
    const hostColon = text.lastIndexOf(':', lastColon - 1);
    if (hostColon >= 0) hostIp = piece(0, hostColon, 'hostIp');
    published = piece(hostColon + 1, lastColon, 'published');
  }
  const target = piece(Math.min(lastColon + 1, body), body, 'target');
  return {
    node,
    hostIp: known(hostIp),
    published: range(published),
    target: range(target),
    protocol: (known(protocol) ?? 'tcp').toLowerCase(),
    mode: undefined,
    name: undefined,
    appProtocol: undefined,
    variables: [...variables],
    nodes: { hostIp: node, published: node, target: node, protocol: node },
  };
}

export function parseLong(node: Node): PortSpec | undefined {
  if (!isMap(node)) return undefined;
  const variables: PortPart[] = [];
  const nodes: Partial<Record<PortPart, Node>> = {};
  const read = (key: string, part?: PortPart): string | undefined => {
    const value = get(node, key);
    if (!isScalar(value) || value.value === null || typeof value.value === 'boolean') return undefined;
    const { text, fromVariable } = resolveTracked(String(value.value).trim(), UNKNOWN);
    if (part) {
      nodes[part] = value;
      if (fromVariable.some(Boolean)) variables.push(part);
    }
    return known(text);
  };
  const target = read('target', 'target');
  const published = read('published', 'published');
  const hostIp = read('host_ip', 'hostIp');
  const protocol = read('protocol', 'protocol');
  return {
    node,
    hostIp: hostIp?.replace(/^\[(.*)\]$/, '$1'),
    published: range(published),
    target: range(target),
    protocol: (protocol ?? 'tcp').toLowerCase(),
    mode: read('mode'),
    name: read('name'),
    appProtocol: read('app_protocol'),
    variables,
    nodes,
  };
}

/** True when the port listens on every interface of the host: no address, `0.0.0.0` or `::`. */
export function bindsAllInterfaces(port: PortSpec): boolean {
  if (port.variables.includes('hostIp')) return false;
  return port.hostIp === undefined || port.hostIp === '' || port.hostIp === '0.0.0.0' || port.hostIp === '::';
}

/** `127.0.0.0/8`, `::1` and `localhost`: reachable from this machine only. */
export function isLoopback(hostIp: string | undefined): boolean {
  if (hostIp === undefined) return false;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostIp) || hostIp === '::1' || hostIp.toLowerCase() === 'localhost';
}

/** True when `port` (a number) falls in the range. */
export function inRange(r: PortRange | undefined, port: number): boolean {
  return r !== undefined && r.start <= port && port <= r.end;
}

function known(text: string | undefined): string | undefined {
  return text === undefined || text.includes(UNKNOWN) ? undefined : text;
}

function range(text: string | undefined): PortRange | undefined {
  const t = known(text)?.trim();
  const m = t ? /^(\d+)(?:-(\d+))?$/.exec(t) : null;
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  return end >= start ? { start, end } : undefined;
}
