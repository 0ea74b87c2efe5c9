import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const SCHEME = 'backend-guidance-rule';

interface CatalogItem {
  id: string;
  title: string;
  severity: string;
  category: string;
  summary: string;
}

/** "Backend Guidance: Explain Rule…": a quick pick over the catalog, then the entry as a preview. */
export function registerExplainCommand(getClient: () => Promise<LanguageClient | undefined>): vscode.Disposable {
  const pages = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = { provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '' };
  const registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider);
  const command = vscode.commands.registerCommand('backendGuidance.explainRule', async (ruleId?: unknown) => {
    const client = await getClient();
    if (!client) return undefined;
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      const catalog = await client.sendRequest<CatalogItem[]>('backendGuidance/catalog');
      const picked = await vscode.window.showQuickPick(
        catalog.map((e) => ({ label: e.id, description: e.title, detail: `${e.severity} · ${e.category} — ${e.summary}` })),
        { placeHolder: 'Which rule should be explained?', matchOnDescription: true, matchOnDetail: true },
      );
      id = picked?.label;
    }
    if (!id) return undefined;
    const markdown = await client.sendRequest<string | null>('backendGuidance/explain', id);
    if (!markdown) {
      void vscode.window.showWarningMessage(`Backend Guidance has no rule named "${id}".`);
      return undefined;
    }
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
    pages.set(uri.path, markdown);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return id;
  });
  return vscode.Disposable.from(registration, command);
}
