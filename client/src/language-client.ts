import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, serverEnv } from './server-process';

/**
 * The language client: the server process, the documents it sees, the files it watches. Bundled
 * apart (dist/language-client.js), since vscode-languageclient is most of the extension's code
 * and activation does not wait for it (see extension.ts).
 */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const env = serverEnv(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'], env } },
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
  const client = new LanguageClient('backendGuidance', 'Backend Guidance', serverOptions, clientOptions);
  await client.start();
  return client;
}
