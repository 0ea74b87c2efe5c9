import { get, items, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel, type EffectiveService } from '../../views/compose-model';
import { buildSpec } from './shared/build';

/**
 * Without `image`, Compose tags what it builds `<project>-<service>`: a name that depends on the
 * directory, that `docker compose push` has nowhere to send, and that no other service can reuse,
 * so two services built from the same Dockerfile are built and stored twice.
 */
export default defineRule({
  id: 'compose/build-without-image-name',
  appliesTo: 'compose',
  messages: {
    unnamed: 'Service "{{name}}" is built without an image name, so Compose tags it "<project>-{{name}}".',
    shared: 'Services "{{name}}" and "{{other}}" build the same Dockerfile without an image name, so it is built and stored twice.',
  },
  fix: 'none',
  check({ root, path, files, report }) {
    // `build.tags` names the image as well as `image` does.
    const unnamed = (s: EffectiveService): boolean => get(s.merged, 'build') !== undefined && get(s.merged, 'image') === undefined && items(get(get(s.merged, 'build'), 'tags')).length === 0;
    const services = composeModel({ root, path, files }).services.filter((s) => s.complete && unnamed(s));
    for (const service of services) {
      if (!service.node || !service.key) continue;
      const spec = buildSpec(service.merged);
      const twin = spec && services.find((s) => s !== service && buildSpec(s.merged)?.identity === spec.identity && buildSpec(s.merged)?.target === spec.target);
      const node = pairOf(service.node, 'build') ?? service.key;
      report({ node, messageId: twin ? 'shared' : 'unnamed', data: { name: service.name, other: twin?.name ?? '' } });
    }
  },
});
