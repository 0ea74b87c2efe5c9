import { pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';
import { buildSpec } from './shared/build';

/**
 * When one service builds a named stage of a Dockerfile, the Dockerfile has several stages; a
 * service that builds the same Dockerfile without `target` gets the last stage. That may be what
 * is wanted (the production stage), so this is only a hint, shown where both are in view.
 */
export default defineRule({
  id: 'compose/build-target-hint',
  appliesTo: 'compose',
  messages: {
    lastStage: 'Service "{{name}}" builds the last stage of a Dockerfile whose stage "{{target}}" service "{{other}}" selects; set build.target if "{{name}}" needs another stage.',
  },
  fix: 'none',
  check({ root, path, files, report }) {
    const built = composeModel({ root, path, files }).services.flatMap((s) => {
      const spec = s.complete ? buildSpec(s.merged) : undefined;
      return spec ? [{ service: s, spec }] : [];
    });
    for (const { service, spec } of built) {
      if (spec.target !== undefined || !service.node) continue;
      const other = built.find((b) => b.spec.identity === spec.identity && b.spec.target !== undefined);
      const node = pairOf(service.node, 'build');
      if (!other || !node) continue;
      report({ node, messageId: 'lastStage', data: { name: service.name, target: other.spec.target ?? '', other: other.service.name } });
    }
  },
});
