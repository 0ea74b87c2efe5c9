import { get, getMap, getStr, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOfKind } from '../../views/kubernetes-objects';
import { describeObject, kubernetesIndex, mayShareNamespace, relatedObject } from '../../views/kubernetes-workspace';
import { closest, isLiteralName, managesNamespace } from './shared/references';

/** The built-in kinds with a scale subresource, and the API groups they have lived in. */
const SCALABLE: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
};

function builtIn(kind: string, apiVersion: string | undefined): boolean {
  const groups = SCALABLE[kind];
  if (!groups) return false;
  if (apiVersion === undefined) return true;
  return groups.includes(apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
}

export default defineRule({
  id: 'kubernetes/hpa-target-exists',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'HorizontalPodAutoscaler "{{hpa}}" scales {{kind}} "{{name}}", which is not defined anywhere in the workspace, so it scales nothing.',
  },
  // No fix: the target's name or the autoscaler may be the stale one.
  fix: 'none',
  check(ctx) {
    const hpas = objectsOfKind(ctx.root, 'HorizontalPodAutoscaler');
    if (!hpas.length) return;
    // Only a complete workspace can prove the target is nowhere.
    if (!ctx.workspace.complete) return;
    const index = kubernetesIndex(ctx.workspace);
    for (const { name: hpa, metadata, spec } of hpas) {
      const ref = getMap(spec, 'scaleTargetRef');
      const kind = getStr(ref, 'kind');
      const nameNode = get(ref, 'name');
      const name = str(nameNode);
      // Argo Rollouts and other custom resources scale too; their controllers are not read here.
      if (!kind || !nameNode || !isLiteralName(name) || !builtIn(kind, getStr(ref, 'apiVersion'))) continue;
      const namespace = getStr(metadata, 'namespace');
      if (index.named(kind, name, namespace).length || index.podsMayComeFromElsewhere(namespace)) continue;
      const workloads = index.ofKind(...Object.keys(SCALABLE)).filter((o) => mayShareNamespace(o.namespace, namespace));
      // With no scalable workload of its namespace beside it, the targets are evidently managed elsewhere.
      if (!managesNamespace(namespace, workloads)) continue;
      // The same name under another kind is the likeliest slip; else a name a typo away.
      const sameName = index.ofKind(...Object.keys(SCALABLE)).filter((o) => o.name === name);
      const near = sameName.length ? sameName : closest(name, workloads.filter((o) => o.kind === kind), (o) => o.name);
      ctx.report({
        node: nameNode,
        messageId: 'missing',
        data: { hpa, kind, name },
        related: near.map((o) => relatedObject(o, `${describeObject(o)}${o.namespace ? ` (namespace ${o.namespace})` : ''} is defined here`)),
      });
    }
  },
});
