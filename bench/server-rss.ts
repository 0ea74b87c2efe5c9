// Memory of the language server with every corpus file open, as after "open all" in a large repo.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, serverLaunch } from './lsp-session';
import { elapsedMs, procMemory, round } from './stats';

export interface ServerRss {
  /** 'workspace': the corpus is the workspace folder, so the server's index scans it as well. */
  scope: 'workspace' | 'openFiles';
  files: number;
  bytes: number;
  allDiagnosticsMs: number;
  diagnostics: number;
  idleRssMiB: number;
  rssMiB: number;
  hwmMiB: number;
  status: string;
}

export async function runServerRss(root: string, corpus: string, scope: ServerRss['scope']): Promise<ServerRss> {
  const files = ['compose', 'k8s', 'openapi'].flatMap((d) =>
    fs.readdirSync(path.join(corpus, d)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(corpus, d, f)),
  );
  const launch = serverLaunch();
  const session = new LspSession(path.join(root, 'dist', 'server.js'), launch.args, launch.env);
  const result: ServerRss = { scope, files: files.length, bytes: 0, allDiagnosticsMs: NaN, diagnostics: 0, idleRssMiB: NaN, rssMiB: NaN, hwmMiB: NaN, status: 'ok' };
  try {
    await session.initialize({ scope }, scope === 'workspace' ? corpus : undefined);
    result.idleRssMiB = round((procMemory(session.pid)?.rssKb ?? NaN) / 1024, 1);
    const started = process.hrtime.bigint();
    const uris: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      result.bytes += Buffer.byteLength(text);
      const uri = pathToFileURL(file).toString();
      uris.push(uri);
      await session.open(uri, text, file.endsWith('.json') ? 'json' : 'yaml');
    }
    for (const uri of uris) result.diagnostics += (await session.waitFor(uri, 1, 300_000)).params.diagnostics.length;
    result.allDiagnosticsMs = round(elapsedMs(started));
    const memory = procMemory(session.pid);
    result.rssMiB = round((memory?.rssKb ?? NaN) / 1024, 1);
    result.hwmMiB = round((memory?.hwmKb ?? NaN) / 1024, 1);
  } catch (error) {
    result.status = `failed: ${String(error).slice(0, 200)}`;
  } finally {
    await session.stop();
  }
  return result;
}
