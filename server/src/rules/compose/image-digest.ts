import { get, isMap, isScalar } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, resolveVariables, servicesOf } from '../../views/compose';
import { isWhollyInterpolated } from '../../views/compose-interpolation';
import { composeModel } from '../../views/compose-model';
import { parseImage } from '../shared/image';

/**
 * Opt-in: a tag can be moved to other content by whoever pushes it; only a digest names exact
 * bytes. An image that Compose builds (`build` is set) has no published digest to pin, and an image
 * chosen entirely by a variable is decided by the environment, so both are left alone.
 */
export default defineRule({
  id: 'compose/image-digest',
  appliesTo: 'compose',
  messages: {
    tagOnly: 'The image "{{image}}" of {{services}} is not pinned by a digest (@sha256:…), so its content can change under the same name.',
  },
  fix: 'none',
  check({ root, path, files, report }) {
    // `build` may come from extends or an override file (a dev override that builds locally).
    const built = new Set(composeModel({ root, path, files }).services.filter((s) => get(s.merged, 'build') !== undefined).map((s) => s.name));
    const pulled = servicesOf(isMap(root) ? root : undefined).filter((s) => !built.has(s.name));
    for (const { pair, services } of pairsAcross(pulled, 'image')) {
      const node = pair.value;
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') continue;
      const image = node.value.trim();
      if (isWhollyInterpolated(image)) continue;
      // Defaults filled in: `app@${DIGEST:-sha256:…}` is pinned; an unknown variable in the name, tag or digest could hold one.
      const resolved = resolveVariables(image, '\u0000');
      if (resolved.slice(resolved.lastIndexOf('/') + 1).includes('\u0000')) continue;
      if (parseImage(resolved).digest) continue;
      report({ node, messageId: 'tagOnly', data: { image, services: describeServices(services) } });
    }
  },
});
