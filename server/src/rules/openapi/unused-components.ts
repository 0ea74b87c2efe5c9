import { getMap, isMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveUri } from '../../engine/files';
import { versionOf } from '../../views/openapi';
import { splitRef } from '../../views/openapi-resolve';
import { componentSections, refsOf } from './shared/refs';

export default defineRule({
  id: 'openapi/unused-components',
  appliesTo: 'openapi',
  messages: {
    unused: '"{{name}}" in {{section}} is not referenced in this file; remove it unless another file refers to it.',
  },
  fix: 'suggestion',
  check({ root, path, report }) {
    const version = versionOf(root);
    // A document without operations or webhooks is a library of components for other files.
    if (!isMap(root) || (!getMap(root, 'paths')?.pairs.length && !getMap(root, 'webhooks')?.pairs.length)) return;
    const { refs, mappings } = refsOf(root);
    const used = new Set<string>();
    const self = path.split('#')[0];
    // A large spec writes the same few thousand refs tens of thousands of times: each is read once.
    const read = new Set<string>();
    for (const site of refs) {
      if (read.has(site.ref)) continue;
      read.add(site.ref);
      const { file, fragment } = splitRef(site.ref);
      if (fragment === undefined || (file !== '' && resolveUri(path, file) !== self)) continue;
      // `#/components/schemas/Pet/properties/id` uses Pet as much as `#/components/schemas/Pet` does.
      const parts = fragment.split('/');
      used.add(parts.slice(0, version === '2.0' ? 3 : 4).join('/') + '/');
    }
    const schemaPrefix = version === '2.0' ? '/definitions/' : '/components/schemas/';
    for (const value of mappings) {
      const text = String(value.value);
      used.add(text.startsWith('#') ? text.slice(1).split('/').slice(0, version === '2.0' ? 3 : 4).join('/') + '/' : `${schemaPrefix}${text}/`);
    }
    for (const { prefix, section, label } of componentSections(root, version)) {
      for (const pair of section.pairs) {
        const name = String(pair.key.value);
        const pointer = `${prefix}${name.replace(/~/g, '~0').replace(/\//g, '~1')}/`;
        if (used.has(pointer) || used.has(`${prefix}${encodeURIComponent(name)}/`)) continue;
        report({ node: pair, messageId: 'unused', data: { name, section: label }, suggest: [{ title: `Remove "${name}"`, fix: (f) => f.removePair(section, pair) }] });
      }
    }
  },
});
