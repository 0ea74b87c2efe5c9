import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { kubernetesIndex } from '../../views/kubernetes-workspace';
import { definitionIndex, podReferences } from './shared/references';

const MESSAGE_OF = { ConfigMap: 'configMap', Secret: 'secret', ServiceAccount: 'serviceAccount', PersistentVolumeClaim: 'claim' } as const;

export default defineRule({
  id: 'kubernetes/references-defined',
  appliesTo: 'kubernetes',
  messages: {
    configMap: 'ConfigMap "{{name}}", used by {{workload}}, is defined by no manifest or generator of the workspace: fine if something else creates it, otherwise the Pods wait in ContainerCreating.',
    secret: 'Secret "{{name}}", used by {{workload}}, is defined by no manifest, generator, SealedSecret, ExternalSecret or Certificate of the workspace: fine if something else creates it, otherwise the Pods wait in ContainerCreating.',
    pullSecret: 'Image pull secret "{{name}}" of {{workload}} is defined nowhere in the workspace: fine if something else creates it, otherwise pulls from a private registry fail.',
    serviceAccount: 'ServiceAccount "{{name}}" of {{workload}} is defined by no manifest of the workspace: fine if something else creates it, otherwise its Pods are refused at creation.',
    claim: 'PersistentVolumeClaim "{{name}}", mounted by {{workload}}, is defined by neither a manifest nor a StatefulSet claim template of the workspace: fine if something else creates it, otherwise the Pods stay Pending.',
  },

  // No fix: whether the name or the missing object is at fault is for the author to say.
  fix: 'none',
  check(ctx) {
    const workloads = workloadsOf(ctx.root);
    if (!workloads.length) return;
    // Only a complete workspace can show that nothing defines the name.
    if (!ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    const definitions = definitionIndex(ctx.workspace);
    for (const workload of workloads) {
      const namespace = index.own(workload.object)?.namespace;
      if (definitions.mayComeFromElsewhere(namespace)) continue;
      for (const ref of podReferences(workload)) {
        if (definitions.defines(ref.kind, ref.name, namespace)) continue;
        const known = definitions.ofKind(ref.kind, namespace);
        // A workspace that defines no object of the kind leaves them all to something else (a
        // secret store, a bootstrap script): only one that manages such objects can miss one.
        if (!known.length) continue;
        ctx.report({
          node: ref.node,
          messageId: ref.pullSecret ? 'pullSecret' : MESSAGE_OF[ref.kind],
          data: { workload: `${workload.kind} "${workload.name}"`, name: ref.name },
          related: definitions.nearest(ref.kind, ref.name, namespace).map((d) => ({ file: d.file, document: d.document, node: d.node, message: `${d.via} "${d.name}" is defined here` })),
        });
      }
    }
  },
});
