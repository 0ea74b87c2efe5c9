import { get, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { servicesOf } from '../../views/compose';
import { inRange, isLoopback, parsePorts } from '../../views/compose-ports';
import { backingKind, commandLine, environmentOf, imageRepository, portNode, redisArguments, usesHostNetwork } from './shared/hardening';

/** No fix: the password has to come from the author (a secret or an environment variable). */
export default defineRule({
  id: 'compose/cache-auth-when-published',
  appliesTo: 'compose',
  messages: {
    redis: 'Redis service "{{name}}" is published beyond this machine without a password, and the official image turns protected mode off, so anyone who reaches the port can read, write and reconfigure it.',
    memcached: 'Memcached service "{{name}}" is published beyond this machine, and without SASL (-S) it lets anyone who reaches the port read and overwrite every cached value.',
  },
  fix: 'none',
  check({ root, document, report }) {
    if (!isMap(root)) return;
    for (const service of servicesOf(root)) {
      const kind = backingKind(service);
      if ((kind !== 'redis' && kind !== 'memcached') || usesHostNetwork(service)) continue;
      const port = kind === 'redis' ? 6379 : 11211;
      const exposed = parsePorts(get(service.node, 'ports')).find((p) => inRange(p.target, port) && !p.variables.includes('hostIp') && !isLoopback(p.hostIp));
      if (!exposed) continue;
      if (kind === 'redis') {
        const args = redisArguments(service, document.text);
        // A configuration file may set requirepass; Bitnami images take REDIS_PASSWORD.
        if (args === undefined || /--(requirepass|aclfile)\b/.test(args)) continue;
        const env = environmentOf(get(service.node, 'environment'), document.text);
        if (imageRepository(service)?.startsWith('bitnami/') && !env.some((e) => e.name === 'ALLOW_EMPTY_PASSWORD' && /^(yes|true)$/i.test(e.value ?? ''))) continue;
      } else if (/(^|\s)(-S|--enable-sasl)\b/.test(commandLine(service))) continue;
      report({ node: portNode(exposed), messageId: kind, data: { name: service.name } });
    }
  },
});
