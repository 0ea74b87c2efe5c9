import { defineRule } from '../../engine/rule';
import { advice, outdatedApis, targetMinor } from './shared/api-versions';

export default defineRule({
  id: 'kubernetes/deprecated-api-version',
  appliesTo: 'kubernetes',
  messages: {
    deprecated: 'The {{kind}} API {{apiVersion}} is deprecated and stops being served in Kubernetes {{removedIn}}; {{advice}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    // Versions the target no longer serves are kubernetes/removed-api-version's findings, as errors.
    for (const finding of outdatedApis(root, targetMinor(options.kubernetesVersion))) {
      if (finding.removed) continue;
      const { replacement, removal } = finding;
      const rename = replacement !== undefined && removal.renameSafe?.(finding.object) === true;
      report({
        node: finding.node,
        messageId: 'deprecated',
        data: { kind: finding.kind, apiVersion: finding.apiVersion, removedIn: `1.${removal.removed}`, advice: advice(finding) },
        suggest: rename ? [{ title: `Change apiVersion to ${replacement}${removal.caveat ? ` (${removal.caveat})` : ''}`, fix: (f) => f.replaceValue(finding.node, replacement) }] : [],
      });
    }
  },
});
