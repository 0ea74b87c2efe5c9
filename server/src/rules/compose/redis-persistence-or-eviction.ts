import { isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf } from '../../views/compose';
import { backingKind, imageRepository, mountsOf, redisArguments } from './shared/hardening';

/**
 * Bitnami images configure Redis through environment variables (and turn AOF on by default), so
 * only images that take `redis-server` arguments are read here. No fix: store or cache is the
 * author's call.
 */
export default defineRule({
  id: 'compose/redis-persistence-or-eviction',
  appliesTo: 'compose',
  messages: {
    undecided: 'Redis service "{{name}}" sets neither persistence (appendonly or save) nor eviction (maxmemory with a maxmemory-policy); decide whether it is a store or a cache.',
    defaultSnapshots: 'Redis service "{{name}}" keeps its data in a volume but relies on the default snapshots, which can lose up to an hour of writes; turn on appendonly or set save.',
    noPolicy: 'Redis service "{{name}}" sets maxmemory without maxmemory-policy, so when memory is full it rejects writes instead of evicting keys.',
  },
  fix: 'none',
  check({ root, document, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      if (backingKind(service) !== 'redis' || imageRepository(service)?.startsWith('bitnami/')) continue;
      const args = redisArguments(service, document.text);
      if (args === undefined) continue;
      const persistence = /--(appendonly|save)\b/.test(args);
      const maxmemory = /--maxmemory(\s|=|$)/.test(args);
      const policy = /--maxmemory-policy\b/.test(args);
      const data = { name: service.name };
      if (maxmemory && !policy) report({ node: service.key, messageId: 'noPolicy', data });
      else if (persistence || maxmemory) continue;
      else if (mountsOf(service).some((m) => m.source !== undefined && m.target?.replace(/\/+$/, '') === '/data')) report({ node: service.key, messageId: 'defaultSnapshots', data });
      else report({ node: service.key, messageId: 'undecided', data });
    }
  },
});
