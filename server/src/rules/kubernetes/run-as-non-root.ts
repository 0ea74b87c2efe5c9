import { num } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { CONTAINER_ANCHORS, containerSetting, effectiveSetting, isFalse, isTrue, isWindows, setSecurityContextKey } from './shared/security';

export default defineRule({
  id: 'kubernetes/run-as-non-root',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Container "{{name}}" may run as root: neither it nor its pod sets runAsNonRoot: true or a non-zero runAsUser.',
    disabled: 'Container "{{name}}" may run as root: runAsNonRoot is false and no non-zero runAsUser is set.',
    rootUser: 'Container "{{name}}" runs as root because runAsUser is 0.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      // runAsUser is a Linux field; Windows pods name their user in windowsOptions instead.
      const linux = !isWindows(workload);
      for (const container of workload.containers()) {
        const data = { name: container.name };
        const user = linux ? effectiveSetting(workload, container, 'runAsUser') : undefined;
        const uid = num(user?.value);
        if (user && uid === 0) {
          // Choosing a user id is the author's call (files and volumes must agree with it): no edit.
          report({ node: user, messageId: 'rootUser', data });
          continue;
        }
        const nonRoot = effectiveSetting(workload, container, 'runAsNonRoot');
        if (isTrue(nonRoot?.value) || (uid !== undefined && uid > 0)) continue;
        const suggest: FixOffer[] = [
          { title: 'Add runAsNonRoot: true to the container securityContext', fix: (f) => setSecurityContextKey(f, container.node, 'runAsNonRoot', true, CONTAINER_ANCHORS) },
        ];
        // The pod level only helps when the container does not say false itself.
        if (!containerSetting(container, 'runAsNonRoot'))
          suggest.push({ title: 'Add runAsNonRoot: true to the pod securityContext', fix: (f) => setSecurityContextKey(f, workload.podSpec, 'runAsNonRoot', true, ['serviceAccountName']) });
        if (nonRoot && isFalse(nonRoot.value)) report({ node: nonRoot, messageId: 'disabled', data, suggest });
        else report({ node: container.anchor, messageId: 'missing', data, suggest });
      }
    }
  },
});
