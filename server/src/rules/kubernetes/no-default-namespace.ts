import { getMap, getStr, pairOf, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOf } from '../../views/kubernetes-objects';

/** Built-in cluster-scoped kinds: a namespace written on them is ignored, so not worth a word. */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'CSIDriver', 'CSINode',
  'VolumeAttachment', 'CustomResourceDefinition', 'APIService', 'PriorityClass', 'RuntimeClass', 'IngressClass',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration',
  'PodSecurityPolicy', 'ComponentStatus', 'IPAddress', 'ServiceCIDR', 'DeviceClass', 'VolumeAttributesClass', 'GatewayClass', 'ClusterIssuer',
]);

export default defineRule({
  id: 'kubernetes/no-default-namespace',
  appliesTo: 'kubernetes',
  messages: {
    defaultNamespace: 'The {{kind}} "{{name}}" is placed in the default namespace; give the application a namespace of its own.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const object of objectsOf(root)) {
      const kind = getStr(object, 'kind');
      const metadata = getMap(object, 'metadata');
      const pair = pairOf(metadata, 'namespace');
      if (!kind || !metadata || !pair || CLUSTER_SCOPED.has(kind) || str(pair.value)?.trim() !== 'default') continue;
      // Removing the line hands the choice to `kubectl -n`, Kustomize or Helm; only when the pair is written here and not alone.
      const removable = metadata.pairs.includes(pair) && metadata.pairs.length > 1;
      report({
        node: pair.value,
        messageId: 'defaultNamespace',
        data: { kind, name: getStr(metadata, 'name') ?? '(unnamed)' },
        suggest: removable ? [{ title: 'Remove namespace: default (the namespace then comes from kubectl -n, Kustomize or Helm)', fix: (f) => f.removePair(metadata, pair) }] : [],
      });
    }
  },
});
