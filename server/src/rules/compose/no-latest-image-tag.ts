import { get, isScalar } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, resolveVariables, servicesOf } from '../../views/compose';
import { isUnpinned } from '../shared/image';

/** Stands for a variable's value; it cannot occur in an image reference. */
const UNKNOWN = '\u0000';

/**
 * Whether the image floats once variables are filled in: with their defaults (`useDefaults`) or
 * with unknown values. Undefined when a variable decides the name-and-tag segment, so only the
 * environment knows.
 */
function floats(image: string, useDefaults: boolean): boolean | undefined {
  const resolved = resolveVariables(image, UNKNOWN, useDefaults);
  if (resolved.includes('@')) return false;
  if (resolved.slice(resolved.lastIndexOf('/') + 1).includes(UNKNOWN)) return undefined;
  return isUnpinned(resolved);
}

export default defineRule({
  id: 'compose/no-latest-image-tag',
  appliesTo: 'compose',
  messages: {
    latest: 'The image "{{image}}" of {{services}} floats to whatever was pushed last; pin a version tag or a digest.',
    latestByDefault: 'The image "{{image}}" of {{services}} falls back to a floating tag when its variables are unset; make the default a version tag or a digest.',
  },
  fix: 'none',
  check({ root, report }) {
    if (root.type !== 'map') return;
    // With `build`, `image` names what Compose builds locally: there is no published version to pin.
    const pulled = servicesOf(root).filter((s) => get(s.node, 'build') === undefined);
    for (const { pair, services } of pairsAcross(pulled, 'image')) {
      const node = pair.value;
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') continue;
      const image = node.value.trim();
      const literal = floats(image, false);
      const messageId = literal === true ? 'latest' : literal === undefined && floats(image, true) === true ? 'latestByDefault' : undefined;
      if (messageId) report({ node, messageId, data: { image, services: describeServices(services) } });
    }
  },
});
