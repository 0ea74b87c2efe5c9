import type { Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveUri } from '../../engine/files';
import { followPointer, splitRef } from '../../views/openapi-resolve';
import { refsOf } from './shared/refs';

export default defineRule({
  id: 'openapi/unresolved-ref',
  appliesTo: 'openapi',
  messages: {
    missingTarget: 'The reference "{{ref}}" points at nothing in {{where}}.',
    missingFile: 'The file "{{file}}" referenced here does not exist or cannot be read.',
  },
  fix: 'none',
  check({ root, path, files, report }) {
    const roots = new Map<string, Node | null>();
    const rootOf = (uri: string): Node | null => {
      if (!roots.has(uri)) roots.set(uri, files.read(uri)?.documents[0]?.root ?? null);
      return roots.get(uri) ?? null;
    };
    const self = path.split('#')[0];
    for (const site of refsOf(root).refs) {
      if (site.inExtension) continue;
      const { file, fragment } = splitRef(site.ref);
      // Remote documents cannot be checked offline, and `#name` anchors (3.1) are not pointers.
      if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !file.startsWith('file:')) continue;
      if (fragment !== undefined && fragment !== '' && !fragment.startsWith('/')) continue;
      const uri = file === '' ? self : resolveUri(path, file);
      if (uri === undefined) continue;
      const target = uri === self ? root : rootOf(uri);
      if (target === null) {
        report({ node: site.node, messageId: 'missingFile', data: { file } });
        continue;
      }
      if (fragment !== undefined && followPointer(target, fragment) === undefined) {
        report({ node: site.node, messageId: 'missingTarget', data: { ref: site.ref, where: uri === self ? 'this file' : `"${file}"` } });
      }
    }
  },
});
