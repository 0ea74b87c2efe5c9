// Hover over a flagged value returns the catalog's explanation of the rule.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { open, waitFor, waitForDiagnostic } = require('./helpers');

const hoverText = (hovers) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('hover', () => {
  it('explains the rule flagged under the cursor (Kubernetes image with :latest)', async () => {
    const { uri } = await open('k8s/deployment.yaml');
    await waitForDiagnostic(uri, 'kubernetes/no-latest-image-tag');
    const text = await waitFor('a hover with "Why it matters"', async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(18, 22)));
      return t.includes('Why it matters') ? t : undefined;
    });
    assert.match(text, /How to fix it/);
  });

  it('explains the rule flagged under the cursor (compose privileged)', async () => {
    const { uri } = await open('compose.yaml');
    await waitForDiagnostic(uri, 'compose/no-privileged');
    const text = await waitFor('a hover with "Why it matters"', async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(4, 6)));
      return t.includes('Why it matters') ? t : undefined;
    });
    assert.ok(text.length > 100);
  });
});
