// The workspace index: a file nobody opened gets its diagnostics, cross-file findings carry related
// information pointing at the other file, and an unsaved edit elsewhere changes them.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { fixtureUri, open, ours, codeOf, waitFor, waitForDiagnostic, describeDiags } = require('./helpers');

const RULE = 'kubernetes/service-matches-pods';

describe('workspace index', () => {
  it('reports on k8s/service.yaml without opening it, pointing at the Deployment', async () => {
    const service = fixtureUri('k8s/service.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === service.toString()), 'service.yaml must not be open');
    const finding = await waitForDiagnostic(service, RULE, '7:2-7:10', 60_000);
    const related = finding.relatedInformation ?? [];
    assert.equal(related.length, 1, JSON.stringify(related));
    assert.ok(related[0].location.uri.path.endsWith('/k8s/deployment.yaml'), related[0].location.uri.toString());
    assert.equal(related[0].location.range.start.line, 14);
    assert.match(related[0].message, /app=web/);
  });

  it('follows an unsaved edit of the Deployment, and its revert', async () => {
    const service = fixtureUri('k8s/service.yaml');
    const { doc, editor } = await open('k8s/deployment.yaml');
    const line = doc.lineAt(14);
    assert.match(line.text, /app: web$/);
    await editor.edit((b) => b.replace(line.range, line.text.replace('app: web', 'app: web-frontend')));
    await waitFor(`${RULE} to leave service.yaml (have: ${describeDiags(service)})`, () => !ours(service).some((d) => codeOf(d) === RULE), 30_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostic(service, RULE, '7:2-7:10', 30_000);
  });
});
