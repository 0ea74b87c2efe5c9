import { pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';

/**
 * The Compose Specification ignores the top-level `version` (Compose v2 warns that it is
 * obsolete), so removing it changes nothing Compose does: a safe fix.
 */
export default defineRule({
  id: 'compose/no-obsolete-version',
  appliesTo: 'compose',
  messages: {
    obsolete: 'The top-level "version" is obsolete under the Compose Specification and is ignored.',
  },
  fix: 'safe',
  check({ root, report }) {
    if (root.type !== 'map') return;
    const version = pairOf(root, 'version');
    if (!version || !root.pairs.includes(version)) return;
    report({ node: version, messageId: 'obsolete', fix: { title: 'Remove the obsolete "version" key', fix: (f) => f.removePair(root, version) } });
  },
});
