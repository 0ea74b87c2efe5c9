import { isMap, isScalar, isSeq, pairOf } from '../../document/tree';
import type { OffsetEdit } from '../../document/source-range';
import { defineRule, type FixOffer } from '../../engine/rule';
import { mapHolding } from '../../views/compose';
import { composeModel } from '../../views/compose-model';
import { dependencyEntries } from './shared/runtime';

/**
 * `links` does two things on a Compose network: an extra DNS name (`service:alias`) and an
 * implicit start-order dependency. Service names already resolve on a shared network, so a link
 * without an alias is only the dependency, which `depends_on` states: moving the names there
 * changes nothing Compose does. An alias needs `networks.<net>.aliases` instead, which only the
 * user can place.
 */
export default defineRule({
  id: 'compose/no-links',
  appliesTo: 'compose',
  messages: {
    legacy: 'The "links" of service "{{service}}" are a legacy feature; services reach each other by name on a shared network, and depends_on sets the start order.',
    alias: 'The "links" of service "{{service}}" define the alias "{{alias}}"; declare it under networks.<network>.aliases of "{{target}}" instead.',
  },
  fix: 'safe',
  check({ root, path, files, report }) {
    const model = composeModel({ root, path, files });
    const reported = new Set<object>();
    for (const service of model.services) {
      const links = service.node ? pairOf(service.node, 'links') : undefined;
      if (!service.node || !links || !isSeq(links.value) || reported.has(links)) continue;
      reported.add(links);
      const own = service.node;
      const names: string[] = [];
      let alias: { alias: string; target: string } | undefined;
      for (const item of links.value.items) {
        const [name = '', a] = isScalar(item) && item.value !== null ? String(item.value).split(':') : [''];
        if (a !== undefined && a !== name && !alias) alias = { alias: a, target: name };
        names.push(name);
      }
      const holder = mapHolding(root, links);
      const dependsOn = pairOf(own, 'depends_on');
      const listed = new Set(dependencyEntries(dependsOn?.value).map((d) => d.name));
      const missing = [...new Set(names)].filter((n) => !listed.has(n));
      // Only plain, defined names move; anything else (aliases, interpolation, another holder) stays for the user.
      const movable = !alias && holder === own && names.every((n) => n !== '' && model.names.has(n)) && (!dependsOn || own.pairs.includes(dependsOn));
      let fix: FixOffer | undefined;
      const plain = isSeq(links.value) && links.value.items.every((i) => isScalar(i) && !String(i.value).includes(':'));
      const before = own.pairs[own.pairs.indexOf(links) - 1];
      if (movable && !dependsOn && plain) fix = { title: 'Rename links to depends_on', fix: (f) => f.replaceValue(links.key, 'depends_on') };
      else if (movable && !dependsOn && before) {
        fix = { title: 'Replace links with depends_on', fix: (f) => [f.removePair(own, links), f.insertPair(own, 'depends_on', missing, [String(before.key.value)])] };
      }
      else if (movable && dependsOn && isSeq(dependsOn.value)) {
        const list = dependsOn.value;
        fix = { title: 'Move the links into depends_on', fix: (f) => [f.removePair(own, links), f.appendItems(list, missing)].filter((e): e is OffsetEdit => e !== null) };
      } else if (movable && dependsOn && isMap(dependsOn.value)) {
        const map = dependsOn.value;
        fix = { title: 'Move the links into depends_on', fix: (f) => [f.removePair(own, links), ...missing.map((n) => f.insertPair(map, n, { condition: 'service_started' }))] };
      }
      if (alias) report({ node: links, messageId: 'alias', data: { service: service.name, ...alias } });
      else report({ node: links, messageId: 'legacy', data: { service: service.name }, ...(fix ? { fix } : {}) });
    }
  },
});
