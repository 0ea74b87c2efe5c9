// Activation on each fixture and the diagnostics the language server publishes, with exact ranges.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, SOURCE, open, ours, codeOf, rangeText, describeDiags, waitFor } = require('./helpers');

// Zero-based "line:char-line:char": the complete list the CLI reports for the same files, from
//   node dist/cli.js check test/e2e/fixture --format json --fail-on none
// The editor must show exactly these diagnostics of ours (same multiset of rule@range, same severities):
// kubernetes/require-probes is listed twice (readiness and liveness), as the CLI reports it.
const EXPECTED = {
  'compose.yaml': [
    ['compose/require-log-rotation', '2:2-2:5', vscode.DiagnosticSeverity.Information],
    ['compose/require-resource-limits', '2:2-2:5', vscode.DiagnosticSeverity.Information],
    ['compose/require-restart-policy', '2:2-2:5', vscode.DiagnosticSeverity.Information],
    ['compose/no-latest-image-tag', '3:11-3:23', vscode.DiagnosticSeverity.Warning],
    ['compose/no-privileged', '4:4-4:14', vscode.DiagnosticSeverity.Warning],
  ],
  'k8s/deployment.yaml': [
    ['kubernetes/no-service-account-token-automount', '2:6-2:16', vscode.DiagnosticSeverity.Information],
    ['kubernetes/require-seccomp-profile', '2:6-2:16', vscode.DiagnosticSeverity.Information],
    ['kubernetes/workload-has-service', '4:8-4:11', vscode.DiagnosticSeverity.Information],
    ['kubernetes/spread-replicas', '7:12-7:13', vscode.DiagnosticSeverity.Information],
    ['kubernetes/drop-all-capabilities', '17:16-17:19', vscode.DiagnosticSeverity.Information],
    ['kubernetes/no-privilege-escalation', '17:16-17:19', vscode.DiagnosticSeverity.Information],
    ['kubernetes/read-only-root-filesystem', '17:16-17:19', vscode.DiagnosticSeverity.Information],
    ['kubernetes/require-probes', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/require-probes', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/require-resources', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/run-as-non-root', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/no-latest-image-tag', '18:17-18:29', vscode.DiagnosticSeverity.Warning],
  ],
  'openapi/api.yaml': [
    ['openapi/servers-defined', '1:0-1:7', vscode.DiagnosticSeverity.Warning],
    ['openapi/cache-headers', '5:0-5:5', vscode.DiagnosticSeverity.Information],
    ['openapi/rate-limit-responses', '5:0-5:5', vscode.DiagnosticSeverity.Information],
    ['openapi/require-security', '5:0-5:5', vscode.DiagnosticSeverity.Warning],
    ['openapi/versioning', '5:0-5:5', vscode.DiagnosticSeverity.Information],
    ['openapi/operation-id', '7:4-7:7', vscode.DiagnosticSeverity.Warning],
  ],
};

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const key = (rule, range, severity) => `${rule}@${range} ${SEVERITY[severity]}`;
const sorted = (keys) => [...keys].sort();

describe('activation and diagnostics', () => {
  it('runs inside a real VS Code with the extension loaded', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed as a development extension`);
    console.log(`[e2e suite] VS Code ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? '-'}`);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`activates on ${file} and reports exactly its ${expected.length} findings (rule, range, severity)`, async () => {
      const { uri, doc } = await open(file);
      assert.equal(doc.languageId === 'yaml' || doc.languageId === 'dockercompose', true, `language of ${file}: ${doc.languageId}`);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      await waitFor('the extension to activate', () => ext.isActive);
      const want = sorted(expected.map(([rule, range, severity]) => key(rule, range, severity)));
      const have = () => sorted(ours(uri).map((d) => key(codeOf(d), rangeText(d.range), d.severity)));
      // Diagnostics arrive in one publish per file, but a first publish may be superseded: poll for equality.
      try {
        await waitFor(`exactly the expected diagnostics in ${file}`, () => JSON.stringify(have()) === JSON.stringify(want), 30_000);
      } catch (e) {
        assert.deepEqual(have(), want, `${e.message}\n(have: ${describeDiags(uri)})`);
      }
      for (const d of ours(uri)) {
        assert.equal(d.source, SOURCE);
        assert.ok(d.message.length > 10, `${codeOf(d)} has a message`);
        assert.match(codeOf(d), /^(compose|kubernetes|openapi|istio|shared)\/[a-z0-9-]+$/, `${codeOf(d)}@${rangeText(d.range)}`);
      }
    });
  }
});
