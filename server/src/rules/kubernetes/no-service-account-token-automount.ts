import { get, getMap, getStr, isScalar, pairOf, type MapNode } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { objectsOf } from '../../views/kubernetes-objects';
import { isFalse, isTrue } from './shared/security';

const namespaceOf = (object: MapNode): string => getStr(getMap(object, 'metadata'), 'namespace') ?? '';

export default defineRule({
  id: 'kubernetes/no-service-account-token-automount',
  appliesTo: 'kubernetes',
  messages: {
    automount: 'The {{kind}} "{{name}}" runs as the default ServiceAccount but still mounts its API token: set automountServiceAccountToken to false unless it calls the Kubernetes API.',
  },
  fix: 'suggestion',
  check(ctx) {
    const { root, report } = ctx;
    // A ServiceAccount "default" that opts out, written in the same file, decides for its namespace.
    // The file is read only when a pod would be reported: most documents never need it.
    // Computed once per analysis of the file (ctx.memo), not once per document.
    const optsOut = (namespace: string): boolean =>
      ctx
        .memo('kubernetes:default-service-accounts-opted-out', () =>
          new Set(
            ctx.file.documents
              .flatMap((d) => objectsOf(d.root))
              .filter((o) => getStr(o, 'kind') === 'ServiceAccount' && getStr(getMap(o, 'metadata'), 'name') === 'default' && isFalse(get(o, 'automountServiceAccountToken')))
              .map(namespaceOf),
          ),
        )
        .has(namespace);
    for (const workload of workloadsOf(root)) {
      const settingPair = pairOf(workload.podSpec, 'automountServiceAccountToken');
      const setting = settingPair?.value;
      // Either answer written down is a decision: true means the pod calls the API.
      if (isFalse(setting) || isTrue(setting)) continue;
      // A dedicated ServiceAccount suggests the pod calls the API with it; the default one carries no RBAC grants.
      const accountPair = pairOf(workload.podSpec, 'serviceAccountName') ?? pairOf(workload.podSpec, 'serviceAccount');
      const account = getStr(workload.podSpec, 'serviceAccountName') ?? getStr(workload.podSpec, 'serviceAccount') ?? 'default';
      if (account !== 'default' || optsOut(namespaceOf(workload.object))) continue;
      report({
        node: accountPair ?? workload.kindNode,
        messageId: 'automount',
        data: { kind: workload.kind, name: workload.name },
        suggest: [
          {
            title: 'Set automountServiceAccountToken: false',
            fix: (f) => {
              if (!settingPair || !workload.podSpec.pairs.includes(settingPair)) return f.insertPair(workload.podSpec, 'automountServiceAccountToken', false, ['serviceAccountName', 'serviceAccount']);
              return isScalar(settingPair.value) && settingPair.value.value !== null ? f.replaceValue(settingPair.value, false) : null;
            },
          },
        ],
      });
    }
  },
});
