import { get, getMap, getStr, isMap, isSeq, pairOf, type MapNode, type Node, type Pair, type ScalarNode } from '../document/tree';

export interface ComposeService {
  readonly name: string;
  /** The service's key in `services:`: what to underline for service-level problems. */
  readonly key: ScalarNode;
  readonly node: MapNode;
}

/** The services of a Compose file, merge keys (`<<: *defaults`) already applied. */
export function servicesOf(root: MapNode | null | undefined): ComposeService[] {
  const services = getMap(root, 'services');
  if (!services) return [];
  const out: ComposeService[] = [];
  for (const pair of services.pairs) {
    if (!isMap(pair.value)) continue;
    out.push({ name: String(pair.key.value), key: pair.key, node: pair.value });
  }
  return out;
}

export interface Dependency {
  readonly name: string;
  /** `service_started` for the list form, else what the long form says (or its default). */
  readonly condition: string;
}

/** What a service lists in `depends_on`, in either syntax. */
export function dependenciesOf(service: ComposeService): Dependency[] {
  const dependsOn = get(service.node, 'depends_on');
  const out: Dependency[] = [];
  if (dependsOn?.type === 'seq') for (const item of dependsOn.items) if (item.type === 'scalar' && item.value !== null) out.push({ name: String(item.value), condition: 'service_started' });
  if (dependsOn?.type === 'map') for (const pair of dependsOn.pairs) out.push({ name: String(pair.key.value), condition: getStr(pair.value, 'condition') ?? 'service_started' });
  return out;
}

/** `${VAR}`, `${VAR:-default}` and friends: a value Compose fills in, not a literal. */
export function isInterpolated(value: string): boolean {
  return /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/.test(value);
}

/**
 * What Compose makes of `value` when no variable is set: `${VAR:-default}` and `${VAR-default}`
 * give their (non-empty) default, nested ones included, and `$$` a literal `$`; every other
 * variable becomes `unknown`. With `useDefaults: false` every variable becomes `unknown`.
 */
export function resolveVariables(value: string, unknown: string, useDefaults = true): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const next = value[i + 1];
    if (value[i] !== '$' || next === undefined) {
      out += value[i];
      i++;
    } else if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      const close = closingBrace(value, i + 1);
      if (close < 0) return out + unknown;
      const body = value.slice(i + 2, close);
      const name = /^[A-Za-z_][A-Za-z0-9_]*(:?-)?/.exec(body);
      const fallback = name?.[1] ? body.slice(name[0].length) : '';
      out += useDefaults && fallback !== '' ? resolveVariables(fallback, unknown, true) : unknown;
      i = close + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1));
      out += name ? unknown : '$';
      i += 1 + (name?.[0].length ?? 0);
    }
  }
  return out;
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Each distinct `key` pair among the services, with the services it applies to: a pair written once
 * in an anchor and merged into several services is one problem, reported where it is written.
 */
export function pairsAcross(services: readonly ComposeService[], key: string): Array<{ pair: Pair; services: ComposeService[] }> {
  const groups = new Map<Pair, ComposeService[]>();
  for (const service of services) {
    const pair = pairOf(service.node, key);
    if (pair) groups.set(pair, [...(groups.get(pair) ?? []), service]);
  }
  return [...groups].map(([pair, users]) => ({ pair, services: users }));
}

/** The mapping that holds `pair` as its own (written, not merged-in) pair. */
export function mapHolding(root: Node | null | undefined, pair: Pair): MapNode | undefined {
  const seen = new Set<Node>();
  const stack: Node[] = root ? [root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (isMap(node)) {
      if (node.pairs.includes(pair)) return node;
      for (const p of node.pairs) stack.push(p.value);
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

/** `service "a"`, `services "a" and "b"`, `services "a", "b" and "c"`: who a message is about. */
export function describeServices(services: readonly ComposeService[]): string {
  const names = services.map((s) => `"${s.name}"`);
  if (names.length <= 1) return `service ${names.join('')}`;
  return `services ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
