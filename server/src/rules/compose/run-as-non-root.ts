import { get, isMap, pairOf, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, resolveVariables, servicesOf } from '../../views/compose';
import { imageRepository } from './shared/hardening';

/**
 * Images that run their main process as root unless told otherwise, and whose own documentation
 * says `user:` works, with the user it ships. Images that start as root only to drop privileges
 * (postgres, redis, mysql, mongo, rabbitmq…) or already run unprivileged (grafana, prometheus,
 * elasticsearch, memcached, haproxy) are absent on purpose, and so is nginx, whose master
 * process needs root unless the nginx-unprivileged image is used.
 */
function shippedUser(repository: string, image: string): string | undefined {
  const tag = /:([^/@]+)(@|$)/.exec(resolveVariables(image, ''))?.[1] ?? '';
  if (repository === 'node') return 'node';
  if (repository === 'php' && /(^|-)fpm(-|$)/.test(tag)) return 'www-data';
  return undefined;
}

const ROOT = /^(root|0)(:(root|0))?$/;

export default defineRule({
  id: 'compose/run-as-non-root',
  appliesTo: 'compose',
  messages: {
    root: 'Service "{{name}}" runs its process as root, although the image "{{image}}" ships the unprivileged user "{{user}}".',
    explicitRoot: 'The user "{{user}}" makes {{services}} run as root, so a flaw in the process is a root shell in the container.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    const services = servicesOf(root);
    for (const { pair, services: users } of pairsAcross(services, 'user')) {
      const user = str(pair.value)?.trim();
      if (user !== undefined && ROOT.test(user)) report({ node: pair.value, messageId: 'explicitRoot', data: { user, services: describeServices(users) } });
    }
    for (const service of services) {
      // With `build`, the Dockerfile may set USER; `extends` may bring a user.
      if (pairOf(service.node, 'user') || get(service.node, 'build') !== undefined || get(service.node, 'extends') !== undefined) continue;
      const image = str(get(service.node, 'image'))?.trim();
      const repository = imageRepository(service);
      const user = image && repository ? shippedUser(repository, image) : undefined;
      if (!image || !user) continue;
      report({
        node: get(service.node, 'image') ?? service.key,
        messageId: 'root',
        data: { name: service.name, image, user },
        suggest: [{ title: `Run as the image's "${user}" user`, fix: (f) => f.insertPair(service.node, 'user', user, ['image']) }],
      });
    }
  },
});
