import { get, getMap, isMap, type MapNode, type ScalarNode } from '../document/tree';

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

/** Names of the services that some other service lists in `depends_on` (either syntax). */
export function dependedUpon(services: readonly ComposeService[]): Set<string> {
  const names = new Set<string>();
  for (const service of services) {
    const dependsOn = get(service.node, 'depends_on');
    if (dependsOn?.type === 'seq') for (const item of dependsOn.items) if (item.type === 'scalar' && item.value !== null) names.add(String(item.value));
    if (dependsOn?.type === 'map') for (const pair of dependsOn.pairs) names.add(String(pair.key.value));
  }
  return names;
}

/** `${VAR}`, `${VAR:-default}` and friends: a value Compose fills in, not a literal. */
export function isInterpolated(value: string): boolean {
  return /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/.test(value);
}
