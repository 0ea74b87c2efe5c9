import { get, isMap, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { dependenciesOf, describeServices, servicesOf, type ComposeService } from '../../views/compose';
import { backingKind, imageRepository, replicasOf } from './shared/hardening';

const POOLER = /(^|[/_-])(pgbouncer|pgpool|pgpool2|pgcat|odyssey|supavisor|pgdog)($|[/_-])/;

/** Three application containers, each with its own pool, is where a shared pooler starts to pay. */
const THRESHOLD = 3;

export default defineRule({
  id: 'compose/postgres-pooler-hint',
  appliesTo: 'compose',
  messages: {
    direct: 'PostgreSQL service "{{name}}" is used directly by {{count}} application containers ({{services}}), each with its own connection pool; a pooler such as PgBouncer keeps the server\'s connection count in check.',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    const services = servicesOf(root);
    const isPooler = (s: ComposeService): boolean => POOLER.test(imageRepository(s) ?? '') || POOLER.test(s.name.toLowerCase()) || /pgbouncer|pgpool/.test(str(get(s.node, 'command')) ?? '');
    if (services.some(isPooler)) return;
    // One-shot jobs (migrations, seeders) that others wait to finish hold no long-lived pool.
    const jobs = new Set(services.flatMap((s) => dependenciesOf(s).filter((d) => d.condition === 'service_completed_successfully').map((d) => d.name)));
    for (const db of services) {
      if (backingKind(db) !== 'postgres') continue;
      const clients = services.filter((s) => s !== db && !jobs.has(s.name) && dependenciesOf(s).some((d) => d.name === db.name));
      const count = clients.reduce((sum, s) => sum + Math.max(1, replicasOf(s) ?? 1), 0);
      if (count >= THRESHOLD) report({ node: db.key, messageId: 'direct', data: { name: db.name, count, services: describeServices(clients).replace(/^services? /, '') } });
    }
  },
});
