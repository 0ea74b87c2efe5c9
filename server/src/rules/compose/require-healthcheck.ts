import { bool, get, getSeq, isMap, pairOf, str, type Node } from '../../document/tree';
import type { PlainValue } from '../../engine/fixer';
import { defineRule, type FixBuilder } from '../../engine/rule';
import { dependenciesOf, describeServices, resolveVariables, servicesOf, type ComposeService } from '../../views/compose';
import { parseImage } from '../shared/image';
import { waitHealthyEdit } from './shared/runtime';

/** True for no check or a switched-off one; undefined for shapes Compose would reject anyway. */
function lacksHealthcheck(value: Node | undefined): boolean | undefined {
  if (value === undefined || (value.type === 'scalar' && value.value === null)) return true;
  if (!isMap(value)) return undefined;
  return bool(get(value, 'disable')) === true || str(getSeq(value, 'test')?.items[0]) === 'NONE';
}

/** A check for official images whose tools are known. `$$` is Compose's escape: the shell gets `$`. */
function checkFor(image: string): string[] | undefined {
  const ref = parseImage(resolveVariables(image.trim(), '\u0000').replace(/^(index\.)?docker\.io\//, ''));
  const name = /^(?:.*\/)?library\/([a-z0-9._-]+)$/.exec(ref.repository)?.[1] ?? ref.repository;
  const [major, minor, patch] = (/^(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(ref.tag ?? '') ?? []).slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  // A tag without a version tracks the newest release (`3` the newest 3.x); a variable or a digest could be any age.
  const known = !ref.digest && !ref.tag?.includes('\u0000');
  const atLeast = (m: number, n: number): boolean => known && (major === undefined || major > m || (major === m && (minor === undefined || minor >= n)));
  switch (name) {
    case 'postgres': // TCP, not the socket: the image's first-run init server listens on the socket only.
      return ['CMD-SHELL', 'pg_isready -h 127.0.0.1 -U "$${POSTGRES_USER:-postgres}" -d "$${POSTGRES_DB:-postgres}"'];
    case 'mysql': // Same reason; `ping` succeeds even when access is denied, so no password is needed.
      return ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'];
    case 'mariadb': // healthcheck.sh and its user exist in builds since mid-2023: only tags that track them.
      return patch === undefined && atLeast(10, 4) ? ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'] : undefined;
    case 'redis':
      return ['CMD', 'redis-cli', 'ping'];
    case 'mongo': // Images before 5.0 have only the legacy `mongo` shell; 6.0 on only mongosh.
      return known ? ['CMD', atLeast(5, 0) ? 'mongosh' : 'mongo', '--quiet', '--eval', "db.adminCommand('ping')"] : undefined;
    case 'rabbitmq':
      return atLeast(3, 8) ? ['CMD', 'rabbitmq-diagnostics', '-q', 'ping'] : undefined;
  }
  return undefined;
}

const BACKING_SERVICES = /^(postgres(ql)?|postgis|mysql|mariadb|mongo(db)?|redis|valkey|rabbitmq|cassandra|elasticsearch|opensearch|kafka|cp-kafka|zookeeper|memcached|couchdb|neo4j|influxdb|nats|mssql|server|minio|keycloak)$/;

/** Images of databases, caches and brokers (mssql's official image is `mssql/server`). */
function isBackingService(image: string): boolean {
  const repository = parseImage(resolveVariables(image.trim(), '')).repository.toLowerCase();
  const base = repository.slice(repository.lastIndexOf('/') + 1);
  return base === 'server' ? repository.endsWith('mssql/server') : BACKING_SERVICES.test(base);
}

export default defineRule({
  id: 'compose/require-healthcheck',
  appliesTo: 'compose',
  messages: {
    missing: 'Service "{{name}}" has no healthcheck, so {{dependents}} cannot wait until it is ready.',
  },
  fix: 'suggestion',
  check({ root, document, flavor, report }) {
    if (!isMap(root)) return;
    const services = servicesOf(root);
    const waiting = new Map<string, ComposeService[]>();
    const waitingHealthy = new Set<string>();
    for (const s of services) {
      for (const d of dependenciesOf(s)) {
        // A one-shot job that others wait to finish needs no healthcheck.
        if (d.name === s.name || d.condition === 'service_completed_successfully') continue;
        waiting.set(d.name, [...(waiting.get(d.name) ?? []), s]);
        if (d.condition === 'service_healthy') waitingHealthy.add(d.name);
      }
    }
    for (const service of services) {
      const dependents = waiting.get(service.name);
      const current = pairOf(service.node, 'healthcheck');
      // `extends` may bring a healthcheck from elsewhere.
      if (!dependents || get(service.node, 'extends') !== undefined || lacksHealthcheck(current?.value) !== true) continue;
      const image = str(get(service.node, 'image'));
      // Started is not ready for a database, cache or broker: dependents that connect at start
      // fail. An application service others merely start after is left alone unless a dependent
      // asks for `service_healthy`, which Compose cannot honour without a healthcheck.
      if (!waitingHealthy.has(service.name) && !(image !== undefined && isBackingService(image))) continue;
      const test = image === undefined ? undefined : checkFor(image);
      const value: PlainValue = { test: test ?? [], interval: '10s', timeout: '5s', retries: 5, start_period: '30s' };
      // A written `healthcheck` (empty or disabled) is replaced; a merged-in one is overridden.
      const own = current && service.node.pairs.includes(current) ? current : undefined;
      const others = service.node.pairs.filter((p) => p !== own).map((p) => String(p.key.value));
      const fix: FixBuilder = (f) => {
        const insert = f.insertPair(service.node, 'healthcheck', value, ['image', ...[...others].reverse()]);
        // A healthcheck nobody waits for changes nothing: the dependents wait for it too.
        const waits = dependents.flatMap((d) => waitHealthyEdit(root, document.text, flavor, d.node, service.name, f) ?? []);
        if (!own) return [insert, ...waits];
        return others.length ? [f.removePair(service.node, own), insert, ...waits] : null;
      };
      report({
        node: service.key,
        messageId: 'missing',
        data: { name: service.name, dependents: describeServices(dependents) },
        suggest: test ? [{ title: `Add a healthcheck that runs ${test[1]?.split(' ')[0] ?? ''}`, fix }] : [],
      });
    }
  },
});
