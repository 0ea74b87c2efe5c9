import { bool, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, resolveVariables, servicesOf } from '../../views/compose';
import { mountsIn } from './shared/hardening';

/** The Docker (or Podman) API socket, or a directory that holds it. */
function exposesSocket(source: string): boolean {
  const path = resolveVariables(source.trim(), '').replace(/\/+$/, '');
  return /(^|\/)(docker|podman)\.sock$/.test(path) || path === '/var/run' || path === '/run';
}

/**
 * No fix: Traefik, Portainer, Watchtower and CI runners need the API to do their job. The finding
 * stays, so that the one service holding root-equivalent power is a visible, suppressed decision.
 */
export default defineRule({
  id: 'compose/no-docker-socket',
  appliesTo: 'compose',
  messages: {
    socket: 'Mounting the Docker socket gives {{services}} full control of the Docker daemon, which is root on the host; if it needs the Docker API, suppress this finding with the reason.',
    readOnly: 'Mounting the Docker socket read-only still gives {{services}} full control of the Docker daemon, because ":ro" protects the file, not the API behind it.',
    apiSocket: 'With use_api_socket, {{services}} gets the Docker socket and the user\'s registry credentials, which is control of the Docker daemon and so root on the host.',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    const services = servicesOf(root);
    for (const { pair, services: users } of pairsAcross(services, 'volumes')) {
      for (const mount of mountsIn(pair.value)) {
        if (!mount.bind || mount.source === undefined || !exposesSocket(mount.source)) continue;
        report({ node: mount.node, messageId: mount.readOnly ? 'readOnly' : 'socket', data: { services: describeServices(users) } });
      }
    }
    for (const { pair, services: users } of pairsAcross(services, 'use_api_socket')) {
      if (bool(pair.value) === true) report({ node: pair, messageId: 'apiSocket', data: { services: describeServices(users) } });
    }
  },
});
