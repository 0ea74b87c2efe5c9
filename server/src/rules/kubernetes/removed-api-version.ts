import { defineRule } from '../../engine/rule';
import { advice, outdatedApis, targetMinor } from './shared/api-versions';

export default defineRule({
  id: 'kubernetes/removed-api-version',
  appliesTo: 'kubernetes',
  messages: {
    removed: 'The {{kind}} API {{apiVersion}} is no longer served since Kubernetes {{removedIn}}; {{advice}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    for (const finding of outdatedApis(root, targetMinor(options.kubernetesVersion))) {
      if (!finding.removed) continue;
      const { replacement, removal } = finding;
      const rename = replacement !== undefined && removal.renameSafe?.(finding.object) === true;
      report({
        node: finding.node,
        messageId: 'removed',
        data: { kind: finding.kind, apiVersion: finding.apiVersion, removedIn: `1.${removal.removed}`, advice: advice(finding) },
        suggest: rename ? [{ title: `Change apiVersion to ${replacement}${removal.caveat ? ` (${removal.caveat})` : ''}`, fix: (f) => f.replaceValue(finding.node, replacement) }] : [],
      });
    }
  },
});
