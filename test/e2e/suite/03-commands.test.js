// The extension's commands.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { waitFor } = require('./helpers');

const tabLabels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);

describe('commands', () => {
  it('contributes backendGuidance.explainRule and backendGuidance.showOutput', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('backendGuidance.explainRule'));
    assert.ok(all.includes('backendGuidance.showOutput'));
  });

  it('backendGuidance.explainRule with a rule id opens the explanation', async () => {
    const result = await vscode.commands.executeCommand('backendGuidance.explainRule', 'kubernetes/no-latest-image-tag');
    assert.equal(result, 'kubernetes/no-latest-image-tag');
    await waitFor(`a preview tab for the rule (tabs: ${tabLabels().join(', ')})`, () => tabLabels().some((l) => l.includes('no-latest-image-tag')));
  });

  it('backendGuidance.explainRule with an unknown id returns nothing', async () => {
    const result = await vscode.commands.executeCommand('backendGuidance.explainRule', 'kubernetes/no-such-rule');
    assert.equal(result, undefined);
  });

  it('backendGuidance.showOutput runs', async () => {
    await vscode.commands.executeCommand('backendGuidance.showOutput');
  });
});
