// Activation on each fixture and the diagnostics the language server publishes, with exact ranges.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, SOURCE, open, ours, codeOf, rangeText, waitFor, waitForDiagnostic } = require('./helpers');

// Zero-based "line:char-line:char", as the CLI reports them for the same files (test/e2e/fixture/).
const EXPECTED = {
  'compose.yaml': [
    ['compose/no-latest-image-tag', '3:11-3:23', vscode.DiagnosticSeverity.Warning],
    ['compose/no-privileged', '4:4-4:14', vscode.DiagnosticSeverity.Warning],
    ['compose/require-restart-policy', '2:2-2:5', vscode.DiagnosticSeverity.Information],
  ],
  'k8s/deployment.yaml': [
    ['kubernetes/no-latest-image-tag', '18:17-18:29', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/require-probes', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
    ['kubernetes/run-as-non-root', '17:16-17:19', vscode.DiagnosticSeverity.Warning],
  ],
  'openapi/api.yaml': [
    ['openapi/servers-defined', '1:0-1:7', vscode.DiagnosticSeverity.Warning],
    ['openapi/operation-id', '7:4-7:7', vscode.DiagnosticSeverity.Warning],
    ['openapi/require-security', '5:0-5:5', vscode.DiagnosticSeverity.Warning],
  ],
};

describe('activation and diagnostics', () => {
  it('runs inside a real VS Code with the extension loaded', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed as a development extension`);
    console.log(`[e2e suite] VS Code ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? '-'}`);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`activates on ${file} and reports ${expected.length} known findings at their ranges`, async () => {
      const { uri, doc } = await open(file);
      assert.equal(doc.languageId === 'yaml' || doc.languageId === 'dockercompose', true, `language of ${file}: ${doc.languageId}`);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      await waitFor('the extension to activate', () => ext.isActive);
      for (const [rule, range, severity] of expected) {
        const d = await waitForDiagnostic(uri, rule, range);
        assert.equal(d.source, SOURCE);
        assert.equal(d.severity, severity, `${rule} severity`);
        assert.ok(d.message.length > 10, `${rule} has a message`);
      }
      // Every finding carries our source and a rule id as its code.
      for (const d of ours(uri)) assert.match(codeOf(d), /^(compose|kubernetes|openapi|istio|shared)\/[a-z0-9-]+$/, `${codeOf(d)}@${rangeText(d.range)}`);
    });
  }
});
