// Quick-fixes: offered for our diagnostics; applying one edits the document and the finding goes away.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { open, codeOf, waitFor, waitForDiagnostic, waitForNoDiagnostic } = require('./helpers');

async function actionsFor(uri, diagnostic) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a) => !a.diagnostics || a.diagnostics.some((d) => codeOf(d) === codeOf(diagnostic)));
}

describe('quick-fixes', () => {
  it('compose/no-privileged: offers a fix and an explanation; applying the fix removes the finding', async () => {
    const { uri, doc } = await open('compose.yaml');
    const d = await waitForDiagnostic(uri, 'compose/no-privileged', '4:4-4:14');
    const actions = await waitFor('quick-fixes for compose/no-privileged', async () => {
      const a = await actionsFor(uri, d);
      return a.some((x) => x.edit) ? a : undefined;
    });
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.edit && /privileged/.test(a.title));
    assert.ok(fix, `a privileged fix among: ${titles.join(' | ')}`);
    assert.ok(actions.some((a) => a.command?.command === 'backendGuidance.explainRule'), `an explain action among: ${titles.join(' | ')}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.doesNotMatch(doc.getText(), /privileged: true/);
    await waitForNoDiagnostic(uri, 'compose/no-privileged');
    await waitForDiagnostic(uri, 'compose/no-latest-image-tag'); // the rest of the analysis is intact
  });

  it('openapi/operation-id: applying "Add operationId" inserts one and the finding goes away', async () => {
    const { uri, doc } = await open('openapi/api.yaml');
    const d = await waitForDiagnostic(uri, 'openapi/operation-id', '7:4-7:7');
    const actions = await waitFor('quick-fixes for openapi/operation-id', async () => {
      const a = await actionsFor(uri, d);
      return a.some((x) => x.edit && /operationId/.test(x.title)) ? a : undefined;
    });
    const fix = actions.find((a) => a.edit && /operationId/.test(a.title));
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(doc.getText(), /^ {6}operationId: \S+/m);
    await waitForNoDiagnostic(uri, 'openapi/operation-id');
  });

  it('kubernetes/run-as-non-root: applying its fix changes the manifest and the finding goes away', async () => {
    const { uri, doc } = await open('k8s/deployment.yaml');
    const d = await waitForDiagnostic(uri, 'kubernetes/run-as-non-root');
    const actions = await waitFor('quick-fixes for kubernetes/run-as-non-root', async () => {
      const a = await actionsFor(uri, d);
      return a.some((x) => x.edit && /runAsNonRoot/.test(x.title)) ? a : undefined;
    });
    const before = doc.getText();
    const fix = actions.find((a) => a.edit && /container securityContext/.test(a.title)) ?? actions.find((a) => a.edit && /runAsNonRoot/.test(a.title));
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.notEqual(doc.getText(), before);
    assert.match(doc.getText(), /runAsNonRoot: true/);
    await waitForNoDiagnostic(uri, 'kubernetes/run-as-non-root');
  });
});
