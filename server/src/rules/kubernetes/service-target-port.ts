import { get, getStr, isScalar, mapItems, num } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOfKind } from '../../views/kubernetes-objects';
import { kubernetesIndex, mayShareNamespace, selects } from '../../views/kubernetes-workspace';
import { containerPorts, listsAllPorts, relatedContainerPorts, serviceSelector } from './shared/traffic';

export default defineRule({
  id: 'kubernetes/service-target-port',
  appliesTo: 'kubernetes',
  messages: {
    unknownName: 'Service "{{name}}" sends port {{port}} to the container port named "{{target}}", which no container of the Pods it selects declares, so that port has no endpoints.',
    undeclared: 'Service "{{name}}" sends port {{port}} to container port {{target}}, which no container of the Pods it selects declares; unless something listens there undeclared, connections are refused.',
  },
  // No fix: whether the Service or the container is wrong is for the author to say.
  fix: 'none',
  check(ctx) {
    const own = objectsOfKind(ctx.root, 'Service');
    // Only a complete workspace can prove that no selected Pod declares the port.
    if (!own.length || !ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const { object, name, spec } of own) {
      const service = index.own(object);
      const selector = service && serviceSelector(service);
      if (!service || !selector || index.podsMayComeFromElsewhere(service.namespace)) continue;
      // Job Pods count too: any selected Pod that declares the port is enough to stay silent.
      const selected = index.selectedBy(selector, service.namespace);
      if (!selected.length) continue;
      const declared = selected.flatMap((w) => containerPorts(w));
      // containerPort is informational: a container may listen on a port it does not list. A
      // number is only compared when every container of every selected Pod lists its ports.
      const listsAll = selected.every(listsAllPorts);
      for (const port of mapItems(get(spec, 'ports'))) {
        const targetNode = get(port, 'targetPort') ?? get(port, 'port');
        if (!isScalar(targetNode) || targetNode.value === null || typeof targetNode.value === 'boolean') continue;
        const number = num(targetNode);
        const data = { name, port: getStr(port, 'port') ?? '?', target: String(targetNode.value) };
        if (number === undefined) {
          if (declared.some((d) => d.name === targetNode.value)) continue;
          ctx.report({ node: targetNode, messageId: 'unknownName', data, related: selected.slice(0, 3).flatMap(relatedContainerPorts) });
        } else if (listsAll && !declared.some((d) => d.number === number)) {
          ctx.report({ node: targetNode, messageId: 'undeclared', data, related: selected.slice(0, 3).flatMap(relatedContainerPorts) });
        }
      }
    }
  },
});
