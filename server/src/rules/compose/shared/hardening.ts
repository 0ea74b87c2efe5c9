import { get, getPath, getStr, isMap, isScalar, items, num, str, type Node, type ScalarNode } from '../../../document/tree';
import type { FixOffer } from '../../../engine/rule';
import { resolveVariables, type ComposeService } from '../../../views/compose';
import { type PortSpec } from '../../../views/compose-ports';
import { parseImage } from '../../shared/image';

/**
 * The image's repository as Docker Hub names it, lowercased, with variables at their defaults:
 * `postgres` for `docker.io/library/postgres:16`, `bitnami/redis` for `bitnami/redis:7.2`.
 */
export function imageRepository(service: ComposeService): string | undefined {
  const image = str(get(service.node, 'image'));
  if (image === undefined || image.trim() === '') return undefined;
  const repository = parseImage(resolveVariables(image.trim(), '')).repository.toLowerCase();
  return repository.replace(/^(?:index\.)?docker\.io\//, '').replace(/^library\//, '');
}

export type BackingKind = 'postgres' | 'mysql' | 'mssql' | 'mongo' | 'redis' | 'memcached' | 'elasticsearch' | 'rabbitmq' | 'cassandra' | 'kafka' | 'zookeeper';

/** Repositories of databases, caches and brokers, and the ports their clients use. */
const BACKING: Record<BackingKind, { images: RegExp; ports: readonly number[]; label: string }> = {
  postgres: { images: /^(postgres|postgis\/postgis|bitnami\/postgresql|timescale\/timescaledb(-ha)?|pgvector\/pgvector|supabase\/postgres)$/, ports: [5432], label: 'PostgreSQL' },
  mysql: { images: /^(mysql|mariadb|mysql\/mysql-server|bitnami\/(mysql|mariadb)|percona(\/percona-server)?)$/, ports: [3306, 33060], label: 'MySQL' },
  mssql: { images: /^mcr\.microsoft\.com\/(mssql\/server|azure-sql-edge)$/, ports: [1433], label: 'SQL Server' },
  mongo: { images: /^(mongo|bitnami\/mongodb|mongodb\/mongodb-community-server)$/, ports: [27017], label: 'MongoDB' },
  redis: { images: /^(redis|valkey\/valkey|redis\/redis-stack(-server)?|bitnami\/(redis|valkey)|redislabs\/redismod|eqalpha\/keydb)$/, ports: [6379], label: 'Redis' },
  memcached: { images: /^(memcached|bitnami\/memcached)$/, ports: [11211], label: 'Memcached' },
  elasticsearch: { images: /^(elasticsearch|docker\.elastic\.co\/elasticsearch\/elasticsearch|opensearchproject\/opensearch|bitnami\/(elasticsearch|opensearch))$/, ports: [9200, 9300], label: 'Elasticsearch' },
  rabbitmq: { images: /^(rabbitmq|bitnami\/rabbitmq)$/, ports: [5672, 15672], label: 'RabbitMQ' },
  cassandra: { images: /^(cassandra|bitnami\/cassandra)$/, ports: [9042], label: 'Cassandra' },
  kafka: { images: /^(apache\/kafka(-native)?|bitnami\/kafka|confluentinc\/cp-kafka|wurstmeister\/kafka|(docker\.redpanda\.com\/)?(redpandadata|vectorized)\/redpanda)$/, ports: [9092], label: 'Kafka' },
  zookeeper: { images: /^(zookeeper|bitnami\/zookeeper|confluentinc\/cp-zookeeper)$/, ports: [2181], label: 'ZooKeeper' },
};

export function backingKind(service: ComposeService): BackingKind | undefined {
  const repository = imageRepository(service);
  if (repository === undefined) return undefined;
  return (Object.keys(BACKING) as BackingKind[]).find((kind) => BACKING[kind].images.test(repository));
}

export function backingLabel(kind: BackingKind): string {
  return BACKING[kind].label;
}

/** The client ports of a kind, or, for an unknown image, the kind a well-known client port suggests. */
export function backingPort(kind: BackingKind | undefined, port: number): BackingKind | undefined {
  if (kind) return BACKING[kind].ports.includes(port) ? kind : undefined;
  return (Object.keys(BACKING) as BackingKind[]).find((k) => BACKING[k].ports.includes(port) && port !== 15672);
}

export interface EnvEntry {
  readonly name: string;
  /** The value as written (for `KEY=value`, after the `=`); undefined for `KEY` alone or a null. */
  readonly value: string | undefined;
  /** What to underline: the value, or the whole entry when it has none. */
  readonly valueNode: ScalarNode | undefined;
}

/** The entries of an `environment` value in either syntax, each with a node for its value alone. */
export function environmentOf(env: Node | undefined, text: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  if (isMap(env)) {
    for (const pair of [...env.pairs, ...(env.inherited ?? [])]) {
      const value = pair.value;
      out.push({ name: String(pair.key.value), value: isScalar(value) && value.value !== null ? String(value.value) : undefined, valueNode: isScalar(value) && value.value !== null ? value : undefined });
    }
  }
  for (const item of items(env)) {
    if (!isScalar(item) || typeof item.value !== 'string') continue;
    const eq = item.value.indexOf('=');
    if (eq < 0) {
      out.push({ name: item.value.trim(), value: undefined, valueNode: undefined });
      continue;
    }
    // The value's offsets in the source: after the first `=` of the raw text, before a closing quote.
    const raw = text.slice(item.start, item.end);
    const rawEq = raw.indexOf('=');
    const quoted = item.quoted && /["']$/.test(raw);
    const start = item.start + rawEq + 1;
    const end = Math.max(start, item.end - (quoted ? 1 : 0));
    const value = item.value.slice(eq + 1);
    // A value we cannot place exactly (escapes in the name) is left alone rather than misplaced.
    if (rawEq < 0) continue;
    out.push({ name: item.value.slice(0, eq).trim(), value, valueNode: { type: 'scalar', value, quoted: false, start, end } });
  }
  return out;
}

/** `command` (and `entrypoint`) as one string of arguments, whichever syntax was used. */
export function commandLine(service: ComposeService, keys: readonly string[] = ['entrypoint', 'command']): string {
  const parts: string[] = [];
  for (const key of keys) {
    const value = get(service.node, key);
    const single = str(value);
    if (single !== undefined) parts.push(single);
    for (const item of items(value)) {
      const s = str(item);
      if (s !== undefined) parts.push(s);
    }
  }
  return parts.join(' ');
}

export interface Mount {
  /** The host path or volume name; undefined for an anonymous volume or tmpfs. */
  readonly source: string | undefined;
  readonly target: string | undefined;
  readonly bind: boolean;
  readonly readOnly: boolean;
  /** What to underline: the short-syntax item, or the long syntax's `source` value. */
  readonly node: Node;
}

/** Relative paths, `~` and absolute paths are bind mounts in the short syntax; other names are volumes. */
function isHostPath(source: string): boolean {
  return /^(\.|~|\/|\$|[A-Za-z]:[\\/])/.test(source);
}

/** The service's `volumes`, short (`src:dst[:mode]`) and long (`{type, source, target}`) syntax. */
export function mountsOf(service: ComposeService): Mount[] {
  return mountsIn(get(service.node, 'volumes'));
}

/** The mounts listed in a `volumes` value; anything that is not a mount is skipped. */
export function mountsIn(volumes: Node | undefined): Mount[] {
  const out: Mount[] = [];
  for (const item of items(volumes)) {
    if (isScalar(item) && typeof item.value === 'string') {
      // Variables first: a default such as `${SOCK:-/var/run/docker.sock}` holds colons of its own.
      const parts = splitVolume(resolveVariables(item.value.trim(), ''));
      const [first, second, mode] = parts;
      if (first === undefined) continue;
      if (second === undefined) out.push({ source: undefined, target: first, bind: false, readOnly: false, node: item });
      else out.push({ source: first, target: second, bind: isHostPath(first), readOnly: (mode ?? '').split(',').includes('ro'), node: item });
    } else if (isMap(item)) {
      const type = getStr(item, 'type');
      const source = getStr(item, 'source');
      const readOnly = str(get(item, 'read_only')) === 'true';
      out.push({ source, target: getStr(item, 'target'), bind: type === 'bind', readOnly, node: get(item, 'source') ?? item });
    }
  }
  return out;
}

/** Splits `src:dst:mode` on colons, keeping a Windows drive letter (`C:\data`) with its path. */
function splitVolume(value: string): string[] {
  const parts = value.split(':');
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0] ?? '') && /^[\\/]/.test(parts[1] ?? '')) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  return parts;
}


function profilesOf(service: ComposeService): string[] {
  return items(get(service.node, 'profiles')).flatMap((item) => str(item) ?? []);
}

/** Whether two services can be up at once: two services whose profiles never overlap cannot. */
export function mayRunTogether(a: ComposeService, b: ComposeService): boolean {
  const pa = profilesOf(a);
  const pb = profilesOf(b);
  return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p));
}

/** With the host's network, Compose ignores `ports`. */
export function usesHostNetwork(service: ComposeService): boolean {
  return str(get(service.node, 'network_mode'))?.trim() === 'host';
}

/** `deploy.replicas` or `scale`, when written as a number. */
export function replicasOf(service: ComposeService): number | undefined {
  return num(getPath(service.node, ['deploy', 'replicas'])) ?? num(get(service.node, 'scale'));
}

/**
 * Binds a published port to 127.0.0.1: a prefix in the short syntax (`127.0.0.1::5432` when no
 * host port is given), `host_ip` in the long one. Quotes the author used are kept.
 */
export function bindToLoopback(port: PortSpec, text: string): FixOffer | undefined {
  const title = 'Publish on 127.0.0.1 only';
  const node = port.node;
  if (isMap(node)) {
    const hostIp = get(node, 'host_ip');
    if (hostIp) return isScalar(hostIp) ? { title, fix: (f) => f.replaceValue(hostIp, '127.0.0.1') } : undefined;
    return { title, fix: (f) => f.insertPair(node, 'host_ip', '127.0.0.1', ['published', 'target']) };
  }
  if (!isScalar(node) || node.value === null) return undefined;
  const value = String(node.value).trim();
  let next: string;
  if (port.hostIp === undefined) next = `127.0.0.1:${port.published === undefined && !port.variables.includes('published') ? ':' : ''}${value}`;
  else if (/^(0\.0\.0\.0|\[::\]|::):/.test(value)) next = value.replace(/^(0\.0\.0\.0|\[::\]|::):/, '127.0.0.1:');
  else return undefined;
  const raw = text.slice(node.start, node.end);
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : undefined;
  return { title, fix: (f) => (quote ? f.replace(node, quote + next + quote) : f.replaceValue(node, next)) };
}

/** The backing-service kind a published port serves, by the image or else by a well-known target port. */
export function databasePort(kind: BackingKind | undefined, port: PortSpec): { kind: BackingKind; port: number } | undefined {
  const target = port.target;
  if (!target || target.end - target.start > 100) return undefined;
  for (let p = target.start; p <= target.end; p++) {
    const found = backingPort(kind, p);
    if (found) return { kind: found, port: p };
  }
  return undefined;
}

/** The part of a port entry to underline: the item in the short syntax, `published` (or `target`) in the long one. */
export function portNode(port: PortSpec): PortSpec['node'] {
  return isMap(port.node) ? (port.nodes.published ?? port.nodes.target ?? port.node) : port.node;
}

/**
 * The arguments a Redis-family server starts with: its `command` and `entrypoint`, plus
 * `REDIS_ARGS`, which the redis-stack images append. Undefined when a configuration file is in
 * play (named on the command line or mounted), since the file may say anything.
 */
export function redisArguments(service: ComposeService, text: string): string | undefined {
  const args = [commandLine(service), ...environmentOf(get(service.node, 'environment'), text).filter((e) => e.name === 'REDIS_ARGS').map((e) => e.value ?? '')].join(' ');
  if (/\.conf\b/.test(args)) return undefined;
  if (mountsOf(service).some((m) => m.target !== undefined && (/\.conf$/.test(m.target) || /\/etc\/(redis|valkey)\/?$/.test(m.target)))) return undefined;
  return args;
}
