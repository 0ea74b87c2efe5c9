import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadCatalog } from '../../knowledge/load';

const ROOT = path.join(__dirname, '..', '..');

/** The checks of each peer at the snapshot of research/rules.md (kube-linter 63, kube-score 39, Polaris 44). */
const PEER_CHECKS: Record<'kube-linter' | 'kube-score' | 'polaris', string> = {
  'kube-linter':
    'access-to-create-pods access-to-secrets cluster-admin-role-binding dangling-horizontalpodautoscaler dangling-ingress dangling-networkpolicy dangling-networkpolicypeer-podselector dangling-service dangling-servicemonitor default-service-account deprecated-service-account-field dnsconfig-options docker-sock drop-net-raw-capability duplicate-env-var env-value-from env-var-secret exposed-services host-ipc host-network host-pid hpa-minimum-three-replicas invalid-target-ports job-ttl-seconds-after-finished latest-tag liveness-port minimum-three-replicas mismatching-selector no-anti-affinity no-extensions-v1beta no-liveness-probe no-node-affinity no-read-only-root-fs no-readiness-probe no-rolling-update-strategy non-existent-service-account non-isolated-pod pdb-max-unavailable pdb-min-available pdb-unhealthy-pod-eviction-policy priority-class-name privilege-escalation-container privileged-container privileged-ports read-secret-from-env-var readiness-port required-annotation-email required-label-owner restart-policy run-as-non-root schema-validation scc-deny-privileged-container sensitive-host-mounts sorted-keys ssh-port startup-port unsafe-proc-mount unsafe-sysctls unset-cpu-requirements unset-memory-requirements use-namespace wildcard-in-rules writable-host-mount',
  'kube-score':
    'deployment-strategy deployment-replicas ingress-targets-service cronjob-has-deadline cronjob-restartpolicy container-resources container-resource-requests-equal-limits container-cpu-requests-equal-limits container-memory-requests-equal-limits container-image-tag container-image-pull-policy container-ephemeral-storage-request-and-limit container-ephemeral-storage-request-equals-limit container-ports-check environment-variable-key-duplication statefulset-has-poddisruptionbudget deployment-has-poddisruptionbudget poddisruptionbudget-has-policy pod-networkpolicy networkpolicy-targets-pod pod-probes pod-probes-identical container-security-context-user-group-id container-security-context-privileged container-security-context-readonlyrootfilesystem container-seccomp-profile service-targets-pod service-type stable-version deployment-has-host-podantiaffinity statefulset-has-host-podantiaffinity deployment-targeted-by-hpa-does-not-have-replicas-configured statefulset-has-servicename deployment-pod-selector-labels-match-template-metadata-labels statefulset-pod-selector-labels-match-template-metadata-labels label-values horizontalpodautoscaler-has-target horizontalpodautoscaler-replicas pod-topology-spread-constraints',
  polaris:
    'automountServiceAccountToken clusterrolePodExecAttach clusterrolebindingClusterAdmin clusterrolebindingPodExecAttach cpuLimitsMissing cpuRequestsMissing dangerousCapabilities deploymentMissingReplicas hostIPCSet hostNetworkSet hostPIDSet hostPathSet hostPortSet hostProcess hpaMaxAvailability hpaMinAvailability insecureCapabilities linuxHardening livenessProbeMissing memoryLimitsMissing memoryRequestsMissing metadataAndInstanceMismatched missingNetworkPolicy missingPodDisruptionBudget notReadOnlyRootFilesystem pdbDisruptionsIsZero pdbMinAvailableGreaterThanHPAMinReplicas priorityClassNotSet privilegeEscalationAllowed procMount pullPolicyNotAlways readinessProbeMissing rolePodExecAttach rolebindingClusterAdminClusterRole rolebindingClusterAdminRole rolebindingClusterRolePodExecAttach rolebindingRolePodExecAttach runAsPrivileged runAsRootAllowed sensitiveConfigmapContent sensitiveContainerEnvVar tagNotSpecified tlsSettingsMissing topologySpreadConstraint',
};

const SECTIONS = { 'kube-linter': '## kube-linter', 'kube-score': '## kube-score', polaris: '## Polaris' } as const;

/** The table rows of one section: first-column check id → the rest of the row. */
function rowsOf(text: string, heading: string): Map<string, string> {
  const start = text.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const next = text.indexOf('\n## ', start + heading.length + 2);
  const body = text.slice(start, next < 0 ? undefined : next);
  return new Map([...body.matchAll(/^\| `([A-Za-z0-9-]+)` \|(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

describe('docs/peers-kubernetes.md', () => {
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'peers-kubernetes.md'), 'utf8');
  const catalog = loadCatalog(path.join(ROOT, 'knowledge'));

  it('names only rule ids that exist in the catalog', () => {
    const ids = [...new Set(text.match(/kubernetes\/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [])];
    assert.ok(ids.length > 20, 'the tables name our rules');
    assert.deepEqual(ids.filter((id) => !catalog.rules.has(id)), []);
  });

  it('links each rule to its generated page', () => {
    for (const [, id, target] of text.matchAll(/\[`(kubernetes\/[a-z0-9-]+)`\]\(rules\/([a-z0-9/-]+)\.md\)/g)) assert.equal(target, id);
  });

  for (const peer of Object.keys(PEER_CHECKS) as Array<keyof typeof PEER_CHECKS>) {
    it(`has a row for every ${peer} check, saying where it went`, () => {
      const rows = rowsOf(text, SECTIONS[peer]);
      for (const check of PEER_CHECKS[peer].split(' ')) {
        const row = rows.get(check);
        assert.ok(row !== undefined, `no row for ${check}`);
        assert.match(row, /^ (\[`kubernetes\/|not covered)/, `the row for ${check} neither names a rule nor says "not covered"`);
      }
    });

    it(`agrees with the ${peer} peers of the catalog`, () => {
      const rows = rowsOf(text, SECTIONS[peer]);
      for (const entry of catalog.rules.values()) {
        for (const check of entry.peers?.[peer] ?? []) {
          const row = rows.get(check);
          assert.ok(row !== undefined, `${entry.id} names ${peer} check ${check}, which has no row`);
          assert.ok(row.includes(`\`${entry.id}\``), `the row for ${peer} check ${check} does not name ${entry.id}, whose catalog entry lists it as a peer`);
        }
      }
    });
  }
});
