import { isMap, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, servicesOf, type ComposeService } from '../../views/compose';
import { mayRunTogether } from './shared/hardening';

export default defineRule({
  id: 'compose/duplicate-container-name',
  appliesTo: 'compose',
  messages: {
    duplicate: 'Container name "{{container}}" is already used by service "{{other}}", so Compose cannot create both containers.',
    shared: 'The container name "{{container}}" is given to {{services}}, so Compose cannot create their containers side by side.',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    const seen = new Map<string, ComposeService[]>();
    for (const { pair, services } of pairsAcross(servicesOf(root), 'container_name')) {
      const container = str(pair.value)?.trim();
      if (container === undefined || container === '') continue;
      // Written once in an anchor and merged into several services.
      const together = services.filter((s, i) => services.some((t, j) => j !== i && mayRunTogether(s, t)));
      if (together.length > 1) report({ node: pair.value, messageId: 'shared', data: { container, services: describeServices(together) } });
      const earlier = (seen.get(container) ?? []).find((s) => services.some((t) => t !== s && mayRunTogether(s, t)));
      if (earlier) report({ node: pair.value, messageId: 'duplicate', data: { container, other: earlier.name } });
      seen.set(container, [...(seen.get(container) ?? []), ...services]);
    }
  },
});
