import { getMap, getStr } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOf } from '../../views/kubernetes-objects';
import { kubernetesIndex } from '../../views/kubernetes-workspace';
import { exposes, mayBeRenamedByKustomize, relatedServicePorts, sameNameElsewhere, serviceBackends, servicesKnownIn } from './shared/traffic';

const ROUTING_KINDS = new Set(['Ingress', 'HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute']);

export default defineRule({
  id: 'kubernetes/ingress-backend-exists',
  appliesTo: 'kubernetes',
  messages: {
    noService: 'Backend Service "{{service}}" of {{kind}} "{{name}}" is not in the workspace, so requests routed to it fail with 503.',
    noPort: 'Backend port {{port}} of {{kind}} "{{name}}" is not a port of Service "{{service}}", so requests routed to it fail with 503.',
  },
  // No fix: the Service may be the one that is wrong, or missing from the workspace.
  fix: 'none',
  check(ctx) {
    const own = objectsOf(ctx.root).filter((o) => ROUTING_KINDS.has(getStr(o, 'kind') ?? ''));
    if (!own.length) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const object of own) {
      const route = index.own(object);
      if (!route) continue;
      for (const backend of serviceBackends(route)) {
        const data = { kind: route.kind, name: route.name ?? '(unnamed)', service: backend.name, port: typeof backend.port === 'string' ? `"${backend.port}"` : String(backend.port ?? '') };
        const services = index.named('Service', backend.name, backend.namespace);
        if (!services.length) {
          // Only a complete workspace can prove the Service is missing.
          if (ctx.workspace.complete && servicesKnownIn(index, backend.namespace, backend.explicitNamespace) && !mayBeRenamedByKustomize(ctx.workspace, backend.name)) {
            ctx.report({ node: backend.nameNode, messageId: 'noService', data, related: sameNameElsewhere(index, backend.name, backend.namespace) });
          }
          continue;
        }
        const port = backend.port;
        if (port === undefined || !backend.portNode) continue;
        // An ExternalName Service need not list ports: the name resolves elsewhere.
        if (services.some((s) => getStr(getMap(s.object, 'spec'), 'type') === 'ExternalName' || exposes(s, port))) continue;
        ctx.report({ node: backend.portNode, messageId: 'noPort', data, related: services.slice(0, 3).map(relatedServicePorts) });
      }
    }
  },
});
