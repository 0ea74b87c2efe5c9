// Extension activation as VS Code counts it (code loading + the activate call), when the client then forks the server, and bundle sizes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transformSync } from 'esbuild';
import { median, round } from './stats';

export interface Activation {
  runs: number;
  loadMedianMs: number;
  /** The activate() call itself. */
  activateMedianMs: number | null;
  /** Code loading + the activate() call: what VS Code counts as the extension's activation. */
  totalMedianMs: number | null;
  /** From the start of the require to the client forking the server (the language client loads after activate returns). */
  serverStartMedianMs: number | null;
  reachedServerStart: boolean;
  note: string;
  serverBytes: number;
  serverMinifiedBytes: number;
  extensionBytes: number;
  languageClientBytes: number;
}

interface Probe {
  loadMs: number;
  activateMs: number | null;
  serverStartMs: number | null;
  reachedServerStart: boolean;
  error: string | null;
}

export function runActivation(root: string, runs: number): Activation {
  const probes: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    // A fresh process each time: a warm require cache would measure nothing.
    const out = spawnSync(process.execPath, [path.join(root, 'bench', 'activation-probe.cjs')], { encoding: 'utf8', timeout: 30_000 });
    const line = out.stdout.trim().split('\n').pop() ?? '';
    try {
      probes.push(JSON.parse(line) as Probe);
    } catch {
      probes.push({ loadMs: NaN, activateMs: null, serverStartMs: null, reachedServerStart: false, error: `probe failed: ${out.stderr.slice(-200)}` });
    }
  }
  const reached = probes.every((p) => p.reachedServerStart);
  const activate = median(probes.map((p) => p.activateMs ?? NaN));
  const load = median(probes.map((p) => p.loadMs));
  const serverStart = reached ? median(probes.map((p) => p.loadMs + (p.serverStartMs ?? NaN))) : null;
  const server = path.join(root, 'dist', 'server.js');
  const serverCode = fs.readFileSync(server, 'utf8');
  return {
    runs,
    loadMedianMs: round(load),
    activateMedianMs: Number.isFinite(activate) ? round(activate) : null,
    totalMedianMs: Number.isFinite(activate) ? round(load + activate) : null,
    serverStartMedianMs: serverStart === null ? null : round(serverStart),
    reachedServerStart: reached,
    note: reached
      ? 'require(dist/extension.js) with a stub vscode, the activate() call, then the wait until the client forks dist/server.js'
      : `activate() did not reach the server start with stubs (${probes.find((p) => p.error)?.error ?? '?'})`,
    serverBytes: Buffer.byteLength(serverCode),
    // What `npm run package` ships (esbuild --minify) without touching dist/.
    serverMinifiedBytes: Buffer.byteLength(transformSync(serverCode, { minify: true, loader: 'js', format: 'cjs', platform: 'node' }).code),
    extensionBytes: fs.statSync(path.join(root, 'dist', 'extension.js')).size,
    languageClientBytes: fs.statSync(path.join(root, 'dist', 'language-client.js')).size,
  };
}
