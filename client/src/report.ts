import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const REPORT_REQUEST = 'backendGuidance/report';

interface ReportResponse {
  content: string;
  files: number;
  findings: number;
  score: number;
}

const EXPORTS: Array<vscode.QuickPickItem & { format: string; filters: Record<string, string[]> }> = [
  { label: 'Markdown', description: '.md', format: 'md', filters: { Markdown: ['md'] } },
  { label: 'HTML', description: '.html, self-contained', format: 'html', filters: { HTML: ['html'] } },
  { label: 'SARIF', description: '.sarif, for code scanning', format: 'sarif', filters: { SARIF: ['sarif', 'json'] } },
];

interface OpenMessage {
  type: 'open';
  uri: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** What the webview posts is checked field by field: it renders strings from the user's files. */
function asOpenMessage(message: unknown): OpenMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const position = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (m.type !== 'open' || typeof m.uri !== 'string' || !position(m.line) || !position(m.character) || !position(m.endLine) || !position(m.endCharacter)) return undefined;
  return { type: 'open', uri: m.uri, line: m.line, character: m.character, endLine: m.endLine, endCharacter: m.endCharacter };
}

async function openFinding(message: unknown): Promise<void> {
  const open = asOpenMessage(message);
  if (!open) return;
  const uri = vscode.Uri.parse(open.uri, true);
  // Only files of this workspace (or already open), whatever a message claims.
  const known = vscode.workspace.getWorkspaceFolder(uri) !== undefined || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  if (!known || !['file', 'untitled', 'vscode-remote'].includes(uri.scheme)) return;
  const selection = new vscode.Range(open.line, open.character, open.endLine, open.endCharacter);
  await vscode.window.showTextDocument(uri, { selection, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
}

/** "Show Workspace Report" (a webview) and "Export Report" (Markdown, HTML or SARIF to a file). */
export function registerReportCommands(getClient: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  const request = async (format: string, cspSource?: string): Promise<ReportResponse | null | undefined> => {
    const client = await getClient();
    if (!client) return undefined;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Backend Guidance: building the workspace report' }, () =>
      client.sendRequest<ReportResponse | null>(REPORT_REQUEST, { format, ...(cspSource ? { cspSource } : {}) }),
    );
  };

  const show = vscode.commands.registerCommand('backendGuidance.showReport', async () => {
    if (!panel) {
      panel = vscode.window.createWebviewPanel('backendGuidance.report', 'Backend Guidance Report', vscode.ViewColumn.Active, {
        // Scripts only for the filter box and the row clicks; the page loads nothing else.
        enableScripts: true,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((message: unknown) => void openFinding(message));
    }
    const current = panel;
    const response = await request('html', current.webview.cspSource);
    if (!response) {
      void vscode.window.showWarningMessage('Backend Guidance could not build the report: the language server is not running.');
      return;
    }
    current.webview.html = response.content;
    current.reveal();
  });

  const exportReport = vscode.commands.registerCommand('backendGuidance.exportReport', async () => {
    const picked = await vscode.window.showQuickPick(EXPORTS, { placeHolder: 'Export the workspace report as…' });
    if (!picked) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `backend-guidance-report.${picked.format}`;
    const target = await vscode.window.showSaveDialog({ ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}), filters: picked.filters });
    if (!target) return;
    const response = await request(picked.format);
    if (!response) {
      void vscode.window.showWarningMessage('Backend Guidance could not build the report: the language server is not running.');
      return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(response.content));
    void vscode.window.showInformationMessage(`Backend Guidance: report of ${response.files} files (${response.findings} findings, score ${response.score}) saved to ${vscode.workspace.asRelativePath(target)}.`);
  });

  return vscode.Disposable.from(show, exportReport);
}
