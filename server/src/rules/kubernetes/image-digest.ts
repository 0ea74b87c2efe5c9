import { get, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isUnpinned, parseImage } from '../shared/image';

export default defineRule({
  id: 'kubernetes/image-digest',
  appliesTo: 'kubernetes',
  messages: {
    noDigest: 'Container "{{name}}" names the image "{{image}}" by tag only, and a tag can be moved to other content.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        const imageNode = get(container.node, 'image');
        const image = str(imageNode)?.trim();
        // Untagged and `latest` images are no-latest-image-tag's finding; one problem, one report.
        if (!imageNode || !image || isUnpinned(image) || parseImage(image).digest) continue;
        report({ node: imageNode, messageId: 'noDigest', data: { name: container.name, image } });
      }
    }
  },
});
