// Peer linters run side by side with our CLI: same files, same machine, rounds alternating so
// that background load hits every tool alike. Each figure is one whole process, start to exit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { neutralCwd, runProcess, type ProcResult } from './proc';
import { median, round } from './stats';

export const ROOT = path.join(__dirname, '..');

export interface Tool {
  name: string;
  /** The npm package; undefined for our own CLI. */
  pkg?: string;
  /** Path of the entry script relative to the package (or to the repository for ours). */
  entry: string;
  args(files: readonly string[]): string[];
  /** Findings in the tool's JSON output; throws when the output is not the tool's report. */
  count(stdout: string): number;
}

// Offline and quiet: no telemetry, no update check, no usage pings from install-time helpers.
const PEER_ENV: NodeJS.ProcessEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', NO_COLOR: '1' };

export const OURS: Tool = {
  name: 'backend-guidance',
  entry: 'dist/cli.js',
  args: (files) => ['check', ...files, '--format', 'json', '--fail-on', 'none'],
  count: (out) => (JSON.parse(out) as { findings: unknown[] }).findings.length,
};
export const SPECTRAL: Tool = {
  name: 'spectral (spectral:oas)',
  pkg: '@stoplight/spectral-cli',
  entry: 'dist/index.js',
  args: (files) => ['lint', '--ruleset', path.join(ROOT, 'bench', 'spectral-oas.yaml'), '--format', 'json', '--quiet', ...files],
  count: (out) => (JSON.parse(out) as unknown[]).length,
};
/** Issue #9's "peer closest to our coverage": spectral:oas plus the OWASP API Security Top 10 2023 ruleset. */
export const SPECTRAL_OWASP: Tool = {
  ...SPECTRAL,
  name: 'spectral+owasp (spectral:oas + OWASP 2023)',
  args: (files) => ['lint', '--ruleset', path.join(ROOT, 'bench', 'spectral-owasp.yaml'), '--format', 'json', '--quiet', ...files],
};
export const REDOCLY: Tool = {
  name: 'redocly (recommended)',
  pkg: '@redocly/cli',
  entry: 'bin/cli.js',
  args: (files) => ['lint', '--config', path.join(ROOT, 'bench', 'redocly.yaml'), '--format', 'json', ...files],
  // Several files give one JSON report each, written one after the other.
  count: (out) => concatenatedJson(out).reduce<number>((n, r) => n + (r as { problems: unknown[] }).problems.length, 0),
};
export const DCLINT: Tool = {
  name: 'dclint (defaults)',
  pkg: 'dclint',
  entry: 'bin/dclint.cjs',
  args: (files) => [...files, '--formatter', 'json'],
  count: (out) => (JSON.parse(out) as Array<{ messages: unknown[] }>).reduce((n, f) => n + f.messages.length, 0),
};

/** Splits `{…}{…}` into values: a brace counter that skips over strings. */
function concatenatedJson(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  if (!values.length) throw new Error('no JSON report');
  return values;
}

export interface ToolResult {
  tool: string;
  version: string;
  status: string;
  runs: number;
  wallMs: number[];
  medianMs: number;
  peakRssMiB: number;
  findings: number;
  exitCode: number | null;
  /** peer / ours, for peers only: above 1 means we are faster or smaller. */
  timeRatio?: number;
  rssRatio?: number;
}

export interface PeerCase {
  id: string;
  label: string;
  files: number;
  bytes: number;
  results: ToolResult[];
}

interface Located {
  tool: Tool;
  script: string | undefined;
  version: string;
}

function locate(tool: Tool): Located {
  const base = tool.pkg ? path.join(ROOT, 'node_modules', ...tool.pkg.split('/')) : ROOT;
  const script = path.join(base, tool.entry);
  if (!fs.existsSync(script)) return { tool, script: undefined, version: '-' };
  const version = (JSON.parse(fs.readFileSync(path.join(base, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  return { tool, script, version };
}


async function once(located: Located, files: readonly string[]): Promise<{ proc: ProcResult; findings: number | string }> {
  const proc = await runProcess([process.execPath, located.script ?? '', ...located.tool.args(files)], { env: PEER_ENV, cwd: neutralCwd(), timeoutMs: 600_000 });
  if (proc.timedOut) return { proc, findings: 'timed out after 600 s' };
  try {
    return { proc, findings: located.tool.count(proc.stdout) };
  } catch {
    const why = proc.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 160) || `no JSON report (exit ${String(proc.status)})`;
    return { proc, findings: `failed: ${why}` };
  }
}

export interface CaseSpec {
  id: string;
  label: string;
  files: readonly string[];
  /** Each peer with its number of runs (ours runs as many times as the most-run peer). */
  peers: ReadonlyArray<{ tool: Tool; runs: number }>;
}

export async function runCase(spec: CaseSpec, log: (line: string) => void): Promise<PeerCase> {
  const bytes = spec.files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const entries = [{ tool: OURS, runs: Math.max(...spec.peers.map((p) => p.runs)) }, ...spec.peers].map((e) => ({ ...e, located: locate(e.tool), wall: [] as number[], rss: [] as number[], findings: 0, status: 'ok', exitCode: null as number | null }));
  // One untimed run on the smallest file puts each tool's code in the page cache before timing.
  const smallest = [...spec.files].sort((a, b) => fs.statSync(a).size - fs.statSync(b).size).slice(0, 1);
  for (const e of entries) {
    if (!e.located.script) e.status = `not installed (${e.tool.pkg ?? e.tool.entry} missing; npm ci?)`;
    else await once(e.located, smallest);
  }
  const rounds = Math.max(...entries.map((e) => e.runs));
  for (let round = 0; round < rounds; round++) {
    for (const e of entries) {
      if (round >= e.runs || e.status !== 'ok') continue;
      const { proc, findings } = await once(e.located, spec.files);
      e.exitCode = proc.status;
      if (typeof findings === 'string') {
        e.status = findings;
        continue;
      }
      e.findings = findings;
      e.wall.push(proc.wallMs);
      if (proc.peakRssKb !== undefined) e.rss.push(proc.peakRssKb);
      log(`  ${spec.id} ${e.tool.name} run ${round + 1}/${e.runs}: ${(proc.wallMs / 1000).toFixed(2)} s, ${((proc.peakRssKb ?? 0) / 1024).toFixed(0)} MiB`);
    }
  }
  const results: ToolResult[] = entries.map((e) => ({
    tool: e.tool.name,
    version: e.located.version,
    status: e.status,
    runs: e.wall.length,
    wallMs: e.wall.map((w) => round(w)),
    medianMs: round(median(e.wall)),
    peakRssMiB: e.rss.length ? round(Math.max(...e.rss) / 1024, 1) : NaN,
    findings: e.findings,
    exitCode: e.exitCode,
  }));
  const ours = results[0];
  for (const r of results.slice(1)) {
    if (!ours || r.status !== 'ok' || ours.status !== 'ok') continue;
    r.timeRatio = round(r.medianMs / ours.medianMs);
    r.rssRatio = round(r.peakRssMiB / ours.peakRssMiB);
  }
  return { id: spec.id, label: spec.label, files: spec.files.length, bytes, results };
}
