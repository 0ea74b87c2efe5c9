import { isMap, items, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { describeServices, pairsAcross, servicesOf } from '../../views/compose';

/** Options that switch off a confinement Docker applies by default; `key:value` and `key=value` alike. */
const UNCONFINED: Record<string, string> = {
  'seccomp:unconfined': 'the seccomp filter that blocks dangerous system calls',
  'apparmor:unconfined': 'the AppArmor profile',
  'label:disable': 'SELinux labelling',
  'systempaths:unconfined': 'the masking of sensitive paths under /proc and /sys',
};

export default defineRule({
  id: 'compose/no-unconfined-security-opt',
  appliesTo: 'compose',
  messages: {
    unconfined: 'The security option "{{option}}" turns off {{what}} for {{services}}.',
    newPrivileges: 'The security option "{{option}}" lets processes of {{services}} gain privileges through setuid binaries; set no-new-privileges to true instead.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    if (!isMap(root)) return;
    for (const { pair, services } of pairsAcross(servicesOf(root), 'security_opt')) {
      const list = pair.value;
      if (list.type !== 'seq') continue;
      for (const item of items(list)) {
        const option = str(item)?.trim();
        if (option === undefined) continue;
        const normal = option.toLowerCase().replace('=', ':');
        const data = { option, services: describeServices(services) };
        if (normal === 'no-new-privileges:false') {
          const separator = option.includes('=') ? '=' : ':';
          const fix: FixOffer = { title: 'Set no-new-privileges to true', fix: (f) => f.replaceValue(item, `no-new-privileges${separator}true`) };
          report({ node: item, messageId: 'newPrivileges', data, suggest: [fix] });
          continue;
        }
        const what = UNCONFINED[normal];
        if (what) report({ node: item, messageId: 'unconfined', data: { ...data, what }, suggest: [{ title: `Remove "${option}"`, fix: (f) => f.removeItem(list, item) }] });
      }
    }
  },
});
