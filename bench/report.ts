// The printed form of a bench run: one plain-text table per section, the targets last.
import type { Activation } from './activation';
import type { GeneratedRepoResult } from './generated-repo';
import type { Row } from './in-process';
import type { EditLatency, HoverLatency } from './lsp-latency';
import type { PeerCase } from './peers';
import type { ServerRss } from './server-rss';
import type { Target } from './targets';

export interface CorpusCli {
  files: number;
  wallMs: number;
  peakRssMiB: number;
  findings: number;
  exitCode: number | null;
}

export function table(title: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The first column is text (left-aligned); the others are figures (right-aligned) unless marked.
  const cell = (v: string, i: number): string => (i === 0 || headers[i]?.startsWith('<') ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0));
  const line = (r: readonly string[]): string => r.map(cell).join('  ').trimEnd();
  return [`\n${title}`, line(headers.map((h) => h.replace(/^</, ''))), ...rows.map(line)].join('\n');
}

const f = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined || !Number.isFinite(v) ? '-' : v.toFixed(digits));
const s = (ms: number): string => f(ms / 1000);

export function inProcessTable(rows: readonly Row[]): string {
  return table('In-process: parse + all rules (ms)', ['case', 'lines', 'runs', 'median', 'p95', 'findings'], rows.map((r) => [r.case, String(r.lines), String(r.runs), f(r.medianMs), f(r.p95Ms), String(r.findings)]));
}

export function corpusCliTable(c: CorpusCli): string {
  return table('CLI over the whole corpus (one process)', ['files', 'wall s', 'peak MiB', 'findings', 'exit'], [[String(c.files), s(c.wallMs), f(c.peakRssMiB, 0), String(c.findings), String(c.exitCode)]]);
}

export function peersTable(cases: readonly PeerCase[], rssNote: string): string {
  const rows = cases.flatMap((c) =>
    c.results.map((r, i) => [
      i === 0 ? `${c.label} (${c.files} files, ${(c.bytes / 1e6).toFixed(1)} MB)` : '',
      r.tool,
      r.version,
      String(r.runs),
      r.status === 'ok' ? s(r.medianMs) : '-',
      r.status === 'ok' ? f(r.peakRssMiB, 0) : '-',
      r.status === 'ok' ? String(r.findings) : '-',
      i === 0 ? '(ours)' : r.timeRatio !== undefined ? `${f(r.timeRatio)}×` : '-',
      i === 0 ? '' : r.rssRatio !== undefined ? `${f(r.rssRatio)}×` : '-',
      r.status,
    ]),
  );
  return table(`Side by side, whole process per run (median wall; ${rssNote})`, ['set', '<tool', '<version', 'runs', 'median s', 'peak MiB', 'findings', 'time peer/ours', 'RSS peer/ours', '<status'], rows);
}

export function repoTable(r: GeneratedRepoResult): string {
  const mix = Object.entries(r.mix).map(([k, v]) => `${v} ${k}`).join(', ');
  const main = table('CLI over a generated repository (whole process)', ['files', '<mix', 'MB', 'runs', 'median s', 'peak MiB', 'findings', '<status'], [[String(r.files), mix, f(r.bytes / 1e6, 1), String(r.runs), s(r.medianMs), f(r.peakRssMiB, 0), String(r.findings), r.status]]);
  if (!r.profile) return main;
  const hot = r.profile.hot.map((h) => [h.where, f(h.selfMs, 0), f(h.percent, 1)]);
  return main + table(`CPU profile of one run (${r.profile.file}): self time`, ['function / file', 'ms', '%'], hot);
}

export function lspTable(edits: readonly EditLatency[], hover: readonly HoverLatency[]): string {
  const a = table('Language server over stdio: one-character edit → publishDiagnostics of that version (debounceMs 0)', ['case', 'lines', 'edits', 'median ms', 'p95 ms', 'max ms', 'first analysis ms'], edits.map((e) => [e.case, String(e.lines), String(e.edits), f(e.medianMs, 1), f(e.p95Ms, 1), f(e.maxMs, 1), f(e.firstAnalysisMs, 0)]));
  const b = table('Hover round trip (ms): at rest, and right after an edit while its analysis waits for the debounce', ['case', 'debounce ms', 'hovers', 'at rest median', 'pending median', 'pending p95'], hover.map((h) => [h.case, String(h.debounceMs), String(h.hovers), f(h.idleMedianMs, 1), f(h.pendingMedianMs, 1), f(h.pendingP95Ms, 1)]));
  return a + b;
}

export function serverRssTable(rows: readonly ServerRss[]): string {
  const label = (r: ServerRss): string => (r.scope === 'workspace' ? 'corpus folder as workspace (index scans it too)' : 'no workspace folder, scope openFiles');
  return table('Language server with every corpus file open (didOpen each, until all diagnostics are in)', ['case', 'files', 'MB', 'all diagnostics s', 'diagnostics', 'idle RSS MiB', 'VmRSS MiB', 'VmHWM MiB', '<status'], rows.map((r) => [label(r), String(r.files), f(r.bytes / 1e6, 1), s(r.allDiagnosticsMs), String(r.diagnostics), f(r.idleRssMiB, 0), f(r.rssMiB, 0), f(r.hwmMiB, 0), r.status]));
}

export function activationTable(a: Activation): string {
  return (
    table(`Extension activation, median of ${a.runs} fresh processes (${a.note})`, ['module load ms', 'activate() ms', 'activation ms (load + activate)', 'server forked at ms'], [[f(a.loadMedianMs, 1), f(a.activateMedianMs, 1), f(a.totalMedianMs, 1), f(a.serverStartMedianMs, 1)]]) +
    table('Bundle sizes (bytes)', ['dist/server.js', 'server.js minified', 'dist/extension.js', 'dist/language-client.js'], [[String(a.serverBytes), String(a.serverMinifiedBytes), String(a.extensionBytes), String(a.languageClientBytes)]])
  );
}

export function targetsTable(targets: readonly Target[]): string {
  return table('Issue #9 targets', ['target', '<goal', '<measured', '<status'], targets.map((t) => [t.name, t.target, t.measured, t.status]));
}
