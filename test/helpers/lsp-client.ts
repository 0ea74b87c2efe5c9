import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_EXEC_ARGV, serverEnv } from '../../client/src/server-process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');

export function uriOf(name: string): string {
  return pathToFileURL(path.join(ROOT, 'test', 'fixtures', 'protocol', name)).toString();
}

/** Speaks LSP over stdio to the built server, the way VS Code does. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<() => void> = [];
  settings: Record<string, unknown> = {};
  /** What `workspace/configuration` answers for other sections (`files.exclude`, say). */
  sections: Record<string, unknown> = {};
  /** Work-done progress the server reported, in order: `{ token, value: { kind, … } }`. */
  readonly progress: Array<{ token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number; cancellable?: boolean } }> = [];
  /** Called when the server creates a progress token; a test may cancel it from here. */
  onProgressCreated: (token: string | number) => void = () => undefined;
  private readonly exited: Promise<Error>;
  stderr = '';

  /** The server runs with the node flags and environment the extension gives it, plus `nodeArgs` and `env`. */
  constructor(serverScript = path.join(ROOT, 'dist', 'server.js'), nodeArgs: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    const launchEnv = { ...env, ...serverEnv(env) };
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: launchEnv });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(new Error(`server exited with ${code}: ${this.stderr}`))));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section && item.section !== 'backendGuidance' ? (this.sections[item.section] ?? null) : this.settings)),
    );
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      setImmediate(() => this.onProgressCreated(params.token));
      return null;
    });
    this.connection.onNotification('$/progress', (params: LspClient['progress'][number]) => {
      this.progress.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(options: { workspaceFolders?: string[]; initializationOptions?: unknown } = {}): Promise<InitializeResult> {
    const request = this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).toString(),
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) } : {}),
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true } },
      },
    });
    const result = await Promise.race([request, this.exited.then((e) => Promise.reject(e))]);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'yaml', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The uris anything was published for so far. */
  publishedUris(): Set<string> {
    return new Set(this.published.map((p) => p.uri));
  }

  /** Every publication so far for a uri, oldest first. */
  publications(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /** Waits, with a deadline, for a publication that satisfies the predicate. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && accept(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.publications(uri))}\nserver stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits, with a deadline, until the server's progress satisfies the predicate. */
  async waitForProgress(accept: (progress: LspClient['progress']) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!accept(this.progress)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`progress not as expected within ${timeoutMs} ms: ${JSON.stringify(this.progress)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The server's exit, for tests of what happens when the client goes away. */
  exit(): Promise<Error> {
    return this.exited;
  }

  /** Closes the pipes as a crashed or killed client would, without saying goodbye. */
  disconnect(): void {
    this.child.stdin?.end();
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
