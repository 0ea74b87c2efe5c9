import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerExplainCommand } from './explain';
import { registerReportCommands } from './report';
import { SERVER_EXEC_ARGV, serverEnv } from './server-process';
import { ProblemCountStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: serverEnv(process.env) } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'], env: serverEnv(process.env) } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['yaml', 'json', 'jsonc', 'dockercompose'].flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: {
      configurationSection: 'backendGuidance',
      // Configuration and baseline files change results everywhere, open or not; manifests and
      // specs changed on disk (a git checkout, a generator) keep the workspace index current.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{.backend-guidance.yaml,.backend-guidance.yml,.backend-guidance.json,.backend-guidance-baseline.json}'),
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}'),
      ],
    },
    outputChannelName: 'Backend Guidance',
    initializationOptions: { trusted: vscode.workspace.isTrusted },
  };
  client = new LanguageClient('backendGuidance', 'Backend Guidance', serverOptions, clientOptions);
  context.subscriptions.push(new ProblemCountStatus());
  context.subscriptions.push(registerExplainCommand(() => client));
  context.subscriptions.push(registerReportCommands(() => client));
  context.subscriptions.push(vscode.commands.registerCommand('backendGuidance.showOutput', () => client?.outputChannel.show()));
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('backendGuidance/workspaceTrusted')));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
