// `npm run bench`: latency per document (in-process, parse + all rules) and CLI throughput.
// Prints a table and writes bench/results.json. Figures, not pass/fail: targets live in issues.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flavorOf, parseFile } from '../server/src/document/parse';
import { createAnalyzer } from '../server/src/engine/analyzer';

const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const analyzer = createAnalyzer(ROOT);

interface Row {
  case: string;
  lines: number;
  bytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  findings: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

function measure(label: string, text: string, file: string, runs: number, edit?: (text: string) => string): Row {
  const uri = pathToFileURL(file).toString();
  const flavor = flavorOf(file, undefined, text);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs + 1; i++) {
    // Incremental: the previous version was parsed and analysed, as in the editor before a keystroke.
    const previous = edit ? parseFile(uri, text, flavor) : undefined;
    if (previous) analyzer.analyze(previous);
    const current = edit ? edit(text) : text;
    const started = process.hrtime.bigint();
    const parsed = parseFile(uri, current, flavor, previous);
    findings = analyzer.analyze(parsed).length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i > 0) times.push(ms); // the first run warms the JIT
  }
  times.sort((a, b) => a - b);
  return { case: label, lines: text.split('\n').length, bytes: Buffer.byteLength(text), runs, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), findings };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function largest(dir: string, pattern: RegExp): string {
  const files = fs.readdirSync(dir).filter((f) => pattern.test(f)).map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? '';
}

/** A 50,000-line multi-document manifest made of copies of a real one, names made unique. */
function generatedManifest(source: string, targetLines: number): string {
  const parts: string[] = [];
  let lines = 0;
  for (let copy = 0; lines < targetLines; copy++) {
    const text = source.replace(/name: ([a-z0-9-]+)/g, `name: $1-${copy}`);
    parts.push(text.endsWith('\n') ? text : text + '\n');
    lines += text.split('\n').length;
  }
  return parts.join('---\n');
}

const rows: Row[] = [];
const k8s = largest(path.join(CORPUS, 'k8s'), /\.ya?ml$/);
const compose = largest(path.join(CORPUS, 'compose'), /\.ya?ml$/);
const openapiYaml = largest(path.join(CORPUS, 'openapi'), /\.ya?ml$/);
const openapiJson = largest(path.join(CORPUS, 'openapi'), /\.json$/);
for (const [label, file, runs] of [
  ['largest Compose file', compose, 50],
  ['largest Kubernetes file', k8s, 30],
  ['largest OpenAPI JSON', openapiJson, 10],
  ['largest OpenAPI YAML (Stripe)', openapiYaml, 5],
] as const) {
  rows.push(measure(`${label}: ${path.basename(file)}`, fs.readFileSync(file, 'utf8'), file, runs));
}
const big = generatedManifest(fs.readFileSync(k8s, 'utf8'), 50_000);
const bigFile = path.join(ROOT, 'bench', 'generated-50k.yaml');
rows.push(measure('generated 50,000-line manifest, full analysis', big, bigFile, 5));
const middle = big.indexOf('replicas:', big.length >> 1);
rows.push(measure('generated 50,000-line manifest, one-character edit', big, bigFile, 10, (t) => t.slice(0, middle) + 'replicas: 2' + t.slice(middle + 'replicas: 1'.length)));

const started = process.hrtime.bigint();
const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', CORPUS, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const cliMs = Number(process.hrtime.bigint() - started) / 1e6;
const cliFindings = cli.status === 0 ? (JSON.parse(cli.stdout) as { findings: unknown[] }).findings.length : -1;
const corpusFiles = ['compose', 'k8s', 'openapi'].reduce((n, d) => n + fs.readdirSync(path.join(CORPUS, d)).length, 0);

console.log('\nIn-process: parse + all rules (ms)');
console.log(['case'.padEnd(72), 'lines'.padStart(7), 'median'.padStart(9), 'p95'.padStart(9), 'findings'.padStart(9)].join(' '));
for (const r of rows) console.log([r.case.padEnd(72), String(r.lines).padStart(7), r.medianMs.toFixed(2).padStart(9), r.p95Ms.toFixed(2).padStart(9), String(r.findings).padStart(9)].join(' '));
console.log(`\nCLI over the whole corpus (${corpusFiles} files, one process): ${(cliMs / 1000).toFixed(2)} s wall, ${cliFindings} findings, exit ${cli.status}`);

const results = { date: new Date().toISOString(), node: process.version, rules: analyzer.rules.length, inProcess: rows, cli: { files: corpusFiles, wallMs: round(cliMs), findings: cliFindings } };
fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
