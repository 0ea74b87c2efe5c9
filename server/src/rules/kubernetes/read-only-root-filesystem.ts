import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { CONTAINER_ANCHORS, containerSetting, isFalse, isTrue, isWindows, setSecurityContextKey } from './shared/security';

export default defineRule({
  id: 'kubernetes/read-only-root-filesystem',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Container "{{name}}" can write to its root filesystem: readOnlyRootFilesystem is not set to true.',
    disabled: 'Container "{{name}}" can write to its root filesystem because readOnlyRootFilesystem is false.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      if (isWindows(workload)) continue;
      for (const container of workload.containers()) {
        const setting = containerSetting(container, 'readOnlyRootFilesystem');
        if (isTrue(setting?.value)) continue;
        // Never safe: a process that writes to /tmp or its own directories fails until an
        // emptyDir is mounted there, which only the author knows.
        const suggest: FixOffer[] = [
          { title: 'Set readOnlyRootFilesystem: true', fix: (f) => setSecurityContextKey(f, container.node, 'readOnlyRootFilesystem', true, CONTAINER_ANCHORS) },
        ];
        const data = { name: container.name };
        if (setting && isFalse(setting.value)) report({ node: setting, messageId: 'disabled', data, suggest });
        else report({ node: container.anchor, messageId: 'missing', data, suggest });
      }
    }
  },
});
