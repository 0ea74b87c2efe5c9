import { bool } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { describeServices, mapHolding, pairsAcross, servicesOf } from '../../views/compose';

export default defineRule({
  id: 'compose/no-privileged',
  appliesTo: 'compose',
  messages: {
    privileged: 'Privileged mode gives {{services}} every kernel capability and access to all host devices.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    if (root.type !== 'map') return;
    for (const { pair, services } of pairsAcross(servicesOf(root), 'privileged')) {
      if (bool(pair.value) !== true) continue;
      // Written once in an anchor, the pair is reported and fixed there, for every service that merges it.
      const holder = mapHolding(root, pair);
      // An anchor on the value (`&p true`) may be aliased elsewhere: removing it would break the file.
      const anchored = document.text.slice(pair.key.end, pair.value.start).includes('&');
      // Emptying a block mapping would leave `null`, which a `<<: *alias` cannot merge.
      const alone = holder !== undefined && !holder.flow && holder.pairs.length === 1 && !holder.inherited;
      const suggest: FixOffer[] = [];
      if (holder && !anchored) {
        suggest.push(
          alone
            ? { title: 'Set privileged: false', fix: (f) => f.replaceValue(pair.value, false) }
            : { title: 'Remove privileged: true', fix: (f) => f.removePair(holder, pair) },
        );
      }
      report({ node: pair, messageId: 'privileged', data: { services: describeServices(services) }, suggest });
    }
  },
});
