import { get, getPath, isScalar, type MapNode, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { composeModel } from '../../views/compose-model';

/** A limit that is set: `0` and an empty value mean none. */
function isSet(node: Node | undefined): boolean {
  if (!isScalar(node)) return false;
  return node.value !== null && node.value !== '' && node.value !== 0 && node.value !== '0';
}

function memoryLimit(service: MapNode): boolean {
  return isSet(get(service, 'mem_limit')) || isSet(getPath(service, ['deploy', 'resources', 'limits', 'memory']));
}

function cpuLimit(service: MapNode): boolean {
  return isSet(get(service, 'cpus')) || isSet(getPath(service, ['deploy', 'resources', 'limits', 'cpus']));
}

/**
 * Without a memory limit one container can take all of the host's memory (the JVM, Elasticsearch
 * and unbounded caches size themselves to it) and the kernel's OOM killer picks which process
 * dies. CPU limits are opt-in (`cpu: true`): an unlimited CPU share slows neighbours but kills nothing.
 */
export default defineRule({
  id: 'compose/require-resource-limits',
  appliesTo: 'compose',
  messages: {
    memory: 'Service "{{name}}" has no memory limit, so it can use all of the host\'s memory.',
    cpu: 'Service "{{name}}" has no CPU limit, so it can take every CPU of the host.',
  },
  fix: 'none',
  check({ root, path, files, options, report }) {
    const wantCpu = options['cpu'] === true;
    for (const service of composeModel({ root, path, files }).services) {
      if (!service.key || !service.complete) continue;
      if (!memoryLimit(service.merged)) report({ node: service.key, messageId: 'memory', data: { name: service.name } });
      if (wantCpu && !cpuLimit(service.merged)) report({ node: service.key, messageId: 'cpu', data: { name: service.name } });
    }
  },
});
