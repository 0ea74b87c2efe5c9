// Editor latency through the real server over stdio: a one-character edit until the diagnostics
// of that version arrive, and hover while a re-analysis is still waiting for its debounce.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession, serverLaunch } from './lsp-session';
import { elapsedMs, median, p95, round } from './stats';

export interface EditLatency {
  case: string;
  lines: number;
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  firstAnalysisMs: number;
}

export interface HoverLatency {
  case: string;
  debounceMs: number;
  hovers: number;
  idleMedianMs: number;
  pendingMedianMs: number;
  pendingP95Ms: number;
}

/** Lines holding a plain `key: value` scalar: appending a character there keeps the YAML valid. */
function editableLines(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((l, i) => (/^\s*[\w.-]+:\s+[A-Za-z0-9][\w.-]*\s*$/.test(l) ? [i] : []));
}

/** `count` lines spread evenly over the file, so edits land in many documents, not one. */
function spread(lines: readonly number[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => lines[Math.floor(((i + 0.5) * lines.length) / count)] ?? 0);
}

async function editLatency(session: LspSession, label: string, file: string, text: string, edits: number): Promise<EditLatency> {
  const uri = pathToFileURL(file).toString();
  const lines = text.split('\n');
  const started = process.hrtime.bigint();
  await session.open(uri, text, 'yaml');
  await session.waitFor(uri, 1, 120_000);
  const firstAnalysisMs = elapsedMs(started);
  const times: number[] = [];
  let version = 1;
  // Pairs: append "x" to a value, then take it away, so the file ends as it began.
  for (const line of spread(editableLines(text), Math.ceil(edits / 2))) {
    const end = (lines[line] ?? '').trimEnd().length;
    for (const [from, to, insert] of [[end, end, 'x'], [end, end + 1, '']] as const) {
      version++;
      const sent = process.hrtime.bigint();
      await session.change(uri, version, line, from, to, insert);
      const publication = await session.waitFor(uri, version, 60_000, sent);
      times.push(Number(publication.at - sent) / 1e6);
    }
  }
  return { case: label, lines: lines.length, edits: times.length, medianMs: round(median(times)), p95Ms: round(p95(times)), maxMs: round(Math.max(...times)), firstAnalysisMs: round(firstAnalysisMs) };
}

/** Hover right after a change, with the default debounce, so the analysis of that version is pending. */
async function hoverLatency(session: LspSession, label: string, file: string, text: string, hovers: number, debounceMs: number): Promise<HoverLatency> {
  const uri = pathToFileURL(file).toString();
  const lines = text.split('\n');
  const since = process.hrtime.bigint();
  await session.setSettings({ debounceMs });
  // The settings change re-analyses every open document; wait for that before measuring.
  const last = await session.waitFor(uri, undefined, 120_000, since);
  let version = last.params.version ?? 1;
  const target = last.params.diagnostics[Math.floor(last.params.diagnostics.length / 2)]?.range.start ?? { line: 0, character: 0 };
  const idle: number[] = [];
  const pending: number[] = [];
  for (const line of spread(editableLines(text), hovers)) {
    let t = process.hrtime.bigint();
    await session.hover(uri, target.line, target.character);
    idle.push(elapsedMs(t));
    const end = (lines[line] ?? '').trimEnd().length;
    for (const [from, to, insert] of [[end, end, 'x'], [end, end + 1, '']] as const) {
      version++;
      const sent = process.hrtime.bigint();
      await session.change(uri, version, line, from, to, insert);
      if (insert) {
        t = process.hrtime.bigint();
        await session.hover(uri, target.line, target.character);
        pending.push(elapsedMs(t));
      }
      await session.waitFor(uri, version, 60_000, sent);
    }
  }
  return { case: label, debounceMs, hovers: pending.length, idleMedianMs: round(median(idle)), pendingMedianMs: round(median(pending)), pendingP95Ms: round(p95(pending)) };
}

/** The largest corpus YAML file of at most 500 lines: the everyday editing case. */
export function everydayFile(corpus: string): string {
  const files = ['k8s', 'compose', 'openapi'].flatMap((d) => fs.readdirSync(path.join(corpus, d)).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(corpus, d, f)));
  const fits = files.map((f) => ({ f, text: fs.readFileSync(f, 'utf8') })).filter((x) => x.text.split('\n').length <= 500 && !x.text.includes('{{'));
  return fits.sort((a, b) => b.text.length - a.text.length)[0]?.f ?? '';
}

export async function runLspLatency(root: string, corpus: string, bigText: string, edits: number, log: (line: string) => void): Promise<{ edits: EditLatency[]; hover: HoverLatency[] }> {
  // BENCH_SERVER_PROFILE=DIR writes a CPU profile of the server for this section (see profile.ts).
  const profileDir = process.env['BENCH_SERVER_PROFILE'];
  const launch = serverLaunch();
  const session = new LspSession(path.join(root, 'dist', 'server.js'), [...launch.args, ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])], launch.env);
  try {
    await session.initialize({ debounceMs: 0 });
    const small = everydayFile(corpus);
    const result: { edits: EditLatency[]; hover: HoverLatency[] } = { edits: [], hover: [] };
    result.edits.push(await editLatency(session, `≤500-line file: ${path.basename(small)}`, small, fs.readFileSync(small, 'utf8'), edits));
    log(`  edit latency, small file: done`);
    // Not written to disk: the server reads the open document, as it does for unsaved edits.
    const bigFile = path.join(root, 'bench', 'generated-50k.yaml');
    result.edits.push(await editLatency(session, 'generated 50,000-line manifest, one doc edited', bigFile, bigText, edits));
    log(`  edit latency, 50k manifest: done`);
    result.hover.push(await hoverLatency(session, 'generated 50,000-line manifest', bigFile, bigText, 10, 200));
    log(`  hover latency: done`);
    return result;
  } finally {
    await session.stop();
  }
}
