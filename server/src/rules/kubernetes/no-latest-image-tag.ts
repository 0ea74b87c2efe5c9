import { get, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isBuildPlaceholder, isUnpinned } from '../shared/image';

export default defineRule({
  id: 'kubernetes/no-latest-image-tag',
  appliesTo: 'kubernetes',
  messages: {
    latest: 'Container "{{name}}" uses the floating image "{{image}}"; pin a version tag or a digest.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        const imageNode = get(container.node, 'image');
        const image = str(imageNode);
        if (imageNode && image && isUnpinned(image) && !isBuildPlaceholder(image)) report({ node: imageNode, messageId: 'latest', data: { name: container.name, image } });
      }
    }
  },
});
