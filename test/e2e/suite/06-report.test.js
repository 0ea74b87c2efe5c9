// "Backend Guidance: Show Workspace Report": a webview panel built from the language server's
// backendGuidance/report request. ("Export Report" asks for a format and a file through a quick pick and a
// save dialog, so it is not driven here; the HTML it would write is the CLI's `report --format html`.)
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { open, waitFor, waitForDiagnostic } = require('./helpers');

const REPORT_TITLE = 'Backend Guidance Report'; // client/src/report.ts, createWebviewPanel
const allTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
const describeTabs = () => allTabs().map((t) => `${t.label} [${t.input?.constructor?.name ?? typeof t.input}${t.input?.viewType ? ` ${t.input.viewType}` : ''}]`).join(', ');
const reportTabs = () => allTabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('backendGuidance.report'));

describe('workspace report', () => {
  after(async () => {
    const tabs = reportTabs();
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  });

  it('contributes backendGuidance.showReport and backendGuidance.exportReport', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('backendGuidance.showReport'));
    assert.ok(all.includes('backendGuidance.exportReport'));
  });

  it('backendGuidance.showReport opens one webview tab titled "Backend Guidance Report"', async () => {
    const { uri } = await open('compose.yaml');
    await waitForDiagnostic(uri, 'compose/no-latest-image-tag'); // the language server is up
    await vscode.commands.executeCommand('backendGuidance.showReport');
    const [tab] = await waitFor(`a report webview tab (tabs: ${describeTabs()})`, () => { const t = reportTabs(); return t.length ? t : undefined; });
    assert.equal(tab.label, REPORT_TITLE);
    assert.equal(tab.isActive, true, 'the report tab is active');
    // Running it again reuses the panel.
    await vscode.commands.executeCommand('backendGuidance.showReport');
    assert.equal(reportTabs().length, 1, `one report tab (tabs: ${describeTabs()})`);
  });
});
