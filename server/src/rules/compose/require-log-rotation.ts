import { get, getMap, getStr, isMap, pairOf, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { isInterpolated } from '../../views/compose';
import { composeModel } from '../../views/compose-model';

const ROTATION = { 'max-size': '10m', 'max-file': '3' };

/**
 * Docker's default `json-file` driver keeps every line a container writes unless `max-size` is
 * set (the `local` driver rotates by default). A daemon-wide default in daemon.json cannot be seen
 * from here, which the catalog entry says.
 */
export default defineRule({
  id: 'compose/require-log-rotation',
  appliesTo: 'compose',
  messages: {
    unbounded: 'Service "{{name}}" sets no logging max-size, so its json-file log grows without limit.',
  },
  fix: 'suggestion',
  check({ root, path, files, report }) {
    const reported = new Set<object>();
    for (const service of composeModel({ root, path, files }).services) {
      const { node, key, merged } = service;
      if (!node || !key || !service.complete) continue;
      const logging = get(merged, 'logging');
      const driver = getStr(logging, 'driver') ?? 'json-file';
      if (isInterpolated(driver) || driver !== 'json-file' || get(getMap(logging, 'options'), 'max-size') !== undefined) continue;
      const own = pairOf(node, 'logging');
      // A logging block written once (an anchor) is reported and fixed once, where it is written.
      if (own && reported.has(own.value)) continue;
      if (own) reported.add(own.value);
      const suggest: FixOffer[] = [];
      const title = 'Rotate logs at 10 MB, keeping 3 files';
      const ownLogging = own && isMap(own.value) ? own.value : undefined;
      if (logging === undefined) suggest.push({ title, fix: (f) => f.insertPair(node, 'logging', { driver: 'json-file', options: ROTATION }) });
      else if (ownLogging) {
        const options = getMap(ownLogging, 'options');
        if (options) suggest.push({ title, fix: (f) => [f.insertPair(options, 'max-size', ROTATION['max-size']), ...(get(options, 'max-file') === undefined ? [f.insertPair(options as MapNode, 'max-file', ROTATION['max-file'])] : [])] });
        else if (get(ownLogging, 'options') === undefined) suggest.push({ title, fix: (f) => f.insertPair(ownLogging, 'options', ROTATION, ['driver']) });
      }
      report({ node: own ?? key, messageId: 'unbounded', data: { name: service.name }, suggest });
    }
  },
});
