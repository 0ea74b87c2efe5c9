import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerExplainCommand } from './explain';
import { registerReportCommands } from './report';
import { ProblemCountStatus } from './status';

let client: Promise<LanguageClient | undefined> | undefined;

/**
 * Registers the commands and the status item, and returns. The language client, 430 of the
 * extension's 440 KB (vscode-languageclient), loads in the next task: VS Code counts code loading
 * and the activate call as activation, and the extensions activated by the same event run
 * before that load instead of after it. Commands wait for the client; diagnostics arrive when
 * the server has started, as soon as when activation waited for it.
 */
export function activate(context: vscode.ExtensionContext): void {
  const ready = new Promise<LanguageClient | undefined>((resolve) => {
    setImmediate(() => {
      const failed = (error: unknown): void => {
        void vscode.window.showErrorMessage(`Backend Guidance could not start its language server: ${error instanceof Error ? error.message : String(error)}`);
        resolve(undefined);
      };
      try {
        // A plain require: a dynamic import() would go through Node's ESM loader (about 50 ms more).
        const { startClient } = require('./language-client') as typeof import('./language-client');
        startClient(context).then(resolve, failed);
      } catch (error) {
        failed(error);
      }
    });
  });
  client = ready;
  context.subscriptions.push(new ProblemCountStatus());
  context.subscriptions.push(registerExplainCommand(() => ready));
  context.subscriptions.push(registerReportCommands(() => ready));
  context.subscriptions.push(vscode.commands.registerCommand('backendGuidance.showOutput', async () => (await ready)?.outputChannel.show()));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void ready.then((c) => c?.sendNotification('backendGuidance/workspaceTrusted'))));
}

export async function deactivate(): Promise<void> {
  const running = await client;
  client = undefined;
  await running?.stop();
}
