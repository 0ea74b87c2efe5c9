import { isMap, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { describeServices, pairsAcross, servicesOf } from '../../views/compose';

/**
 * No fix: without the host's network the service needs `ports` to be reachable, and which ports
 * (and on which interface) is the author's decision.
 */
export default defineRule({
  id: 'compose/no-host-network',
  appliesTo: 'compose',
  messages: {
    host: 'With network_mode "host", {{services}} shares the host\'s network stack, so every port it opens is open on the host and it reaches the host\'s local services.',
  },
  fix: 'none',
  check({ root, report }) {
    if (!isMap(root)) return;
    for (const { pair, services } of pairsAcross(servicesOf(root), 'network_mode')) {
      if (str(pair.value)?.trim() !== 'host') continue;
      report({ node: pair.value, messageId: 'host', data: { services: describeServices(services) } });
    }
  },
});
