// A bare stdio LSP client for measurements: unlike the test helper it exposes the server's pid
// (for /proc) and stamps each publication with the moment it arrived.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV, serverEnv } from '../client/src/server-process';

/**
 * The language server as the extension starts it: its node flags and environment
 * (client/src/server-process.ts). BENCH_SERVER_DEFAULTS=1 runs it with V8's and glibc's defaults
 * instead, and BENCH_SERVER_ARGV="--flag …" replaces the flags, to compare settings.
 */
export function serverLaunch(): { args: string[]; env: NodeJS.ProcessEnv } {
  const defaults = process.env['BENCH_SERVER_DEFAULTS'] === '1';
  const override = process.env['BENCH_SERVER_ARGV'];
  const args = override !== undefined ? override.split(' ').filter(Boolean) : defaults ? [] : [...SERVER_EXEC_ARGV];
  return { args, env: defaults ? process.env : { ...process.env, ...serverEnv(process.env) } };
}

export interface Publication {
  params: PublishDiagnosticsParams;
  at: bigint;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, Publication[]>();
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  constructor(serverScript: string, nodeArgs: readonly string[] = [], env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(process.execPath, [...nodeArgs, serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    if (!this.child.stdout || !this.child.stdin) throw new Error('no stdio');
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const at = process.hrtime.bigint();
      const list = this.published.get(params.uri) ?? [];
      list.push({ params, at });
      this.published.set(params.uri, list);
      for (const wake of [...this.waiters]) wake();
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** No workspace/configuration capability: the settings sent here are the ones in force. */
  async initialize(settings: Record<string, unknown>, workspaceFolder?: string): Promise<void> {
    const folders = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).toString(), name: 'bench' }] : null;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders?.[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { settings, trusted: true },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, languageId: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** One incremental change: `text` replaces [line:from, line:to). */
  change(uri: string, version: number, line: number, from: number, to: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }],
    });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  setSettings(settings: Record<string, unknown>): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { backendGuidance: settings } });
  }

  /** The first publication for `uri` at `version` (any version if undefined) after `since`. */
  async waitFor(uri: string, version: number | undefined, timeoutMs: number, since = 0n): Promise<Publication> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.get(uri)?.find((p) => p.at >= since && (version === undefined || p.params.version === version));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) throw new Error(`no diagnostics for ${uri} v${String(version)} within ${timeoutMs} ms; server stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone; the kill below makes sure.
    }
    // A clean exit, when it comes, lets --cpu-prof write its profile; a kill would lose it.
    if (this.child.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 3000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
