import { get, getMap, getStr, isMap, isScalar, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOf, objectsOfKind } from '../../views/kubernetes-objects';

/** Endpoints named like the Service, or EndpointSlices labelled for it, written anywhere in the same file. */
function endpointsInFile(roots: readonly (Node | null)[], service: string): boolean {
  return roots.some((root) =>
    objectsOf(root).some((object) => {
      const kind = getStr(object, 'kind');
      const metadata = getMap(object, 'metadata');
      if (kind === 'Endpoints') return getStr(metadata, 'name') === service;
      return kind === 'EndpointSlice' && getStr(getMap(metadata, 'labels'), 'kubernetes.io/service-name') === service;
    }),
  );
}

export default defineRule({
  id: 'kubernetes/service-selector-present',
  appliesTo: 'kubernetes',
  messages: {
    noSelector: 'Service "{{name}}" has no selector, so Kubernetes sends it to no Pods; add a selector, or declare its Endpoints.',
  },
  // No quick fix: which Pods the Service should reach is not written anywhere else in the object.
  fix: 'none',
  check(ctx) {
    const { root, report } = ctx;
    for (const { object, name, spec } of objectsOfKind(root, 'Service')) {
      const kindNode = get(object, 'kind');
      const selector = get(spec, 'selector');
      if (!kindNode || !spec || getStr(spec, 'type') === 'ExternalName') continue;
      // A selector of another type is a schema error for other tools; an empty one is stored as none.
      if (selector !== undefined && !(isScalar(selector) && selector.value === null) && !(isMap(selector) && selector.pairs.length === 0 && !selector.inherited)) continue;
      // The file is looked at only for a Service without a selector, so other documents stay cached.
      if (endpointsInFile(ctx.file.documents.map((d) => d.root), name)) continue;
      report({ node: kindNode, messageId: 'noSelector', data: { name } });
    }
  },
});
