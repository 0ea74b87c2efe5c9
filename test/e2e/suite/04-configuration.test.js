// backendGuidance.rules changes apply to open documents without a reload.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { open, ours, codeOf, waitFor, waitForDiagnostic, waitForNoDiagnostic } = require('./helpers');

const config = () => vscode.workspace.getConfiguration('backendGuidance');

describe('configuration', () => {
  after(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('turns a rule off and raises another to error, without reload', async () => {
    const compose = (await open('compose.yaml')).uri;
    const k8s = (await open('k8s/deployment.yaml')).uri;
    await waitForDiagnostic(compose, 'compose/no-latest-image-tag');
    const before = await waitForDiagnostic(k8s, 'kubernetes/no-latest-image-tag');
    assert.equal(before.severity, vscode.DiagnosticSeverity.Warning);

    await config().update('rules', { 'compose/no-latest-image-tag': 'off', 'kubernetes/no-latest-image-tag': 'error' }, vscode.ConfigurationTarget.Workspace);
    await waitForNoDiagnostic(compose, 'compose/no-latest-image-tag');
    assert.ok(ours(compose).some((d) => codeOf(d) === 'compose/no-privileged'), 'other compose findings stay');
    await waitFor('kubernetes/no-latest-image-tag to become an error', () =>
      ours(k8s).some((d) => codeOf(d) === 'kubernetes/no-latest-image-tag' && d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('restores the defaults when the override is removed', async () => {
    const compose = (await open('compose.yaml')).uri;
    const k8s = (await open('k8s/deployment.yaml')).uri;
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostic(compose, 'compose/no-latest-image-tag', '3:11-3:23');
    await waitFor('kubernetes/no-latest-image-tag back to a warning', () =>
      ours(k8s).some((d) => codeOf(d) === 'kubernetes/no-latest-image-tag' && d.severity === vscode.DiagnosticSeverity.Warning));
  });
});
