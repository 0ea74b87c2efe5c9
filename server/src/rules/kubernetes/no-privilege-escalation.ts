import { getMap, getSeq, items, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf, type ContainerView } from '../../views/kubernetes';
import { CONTAINER_ANCHORS, containerSetting, isFalse, isPrivileged, isTrue, isWindows, setSecurityContextKey } from './shared/security';

/**
 * The API rejects allowPrivilegeEscalation: false next to privileged: true or an added
 * CAP_SYS_ADMIN: such a container is reported without an edit, and no-privileged-container and
 * no-dangerous-capabilities offer to remove the cause first.
 */
function cannotBeDisabled(container: ContainerView): boolean {
  if (isPrivileged(container)) return true;
  const added = getSeq(getMap(getMap(container.node, 'securityContext'), 'capabilities'), 'add');
  return items(added).some((item) => /^(CAP_)?SYS_ADMIN$/i.test(str(item) ?? ''));
}

export default defineRule({
  id: 'kubernetes/no-privilege-escalation',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Container "{{name}}" does not set allowPrivilegeEscalation: false, so its processes can gain privileges through setuid binaries.',
    allowed: 'Container "{{name}}" sets allowPrivilegeEscalation to true, so its processes can gain privileges through setuid binaries.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      if (isWindows(workload)) continue;
      for (const container of workload.containers()) {
        const setting = containerSetting(container, 'allowPrivilegeEscalation');
        if (isFalse(setting?.value)) continue;
        const disable: FixOffer = { title: 'Set allowPrivilegeEscalation: false', fix: (f) => setSecurityContextKey(f, container.node, 'allowPrivilegeEscalation', false, CONTAINER_ANCHORS) };
        const suggest = cannotBeDisabled(container) ? [] : [disable];
        const data = { name: container.name };
        if (setting && isTrue(setting.value)) report({ node: setting, messageId: 'allowed', data, suggest });
        else report({ node: container.anchor, messageId: 'missing', data, suggest });
      }
    }
  },
});
