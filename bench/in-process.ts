// Latency per document, in-process: parse + all rules, the work behind one editor refresh.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flavorOf, parseFile } from '../server/src/document/parse';
import { createAnalyzer } from '../server/src/engine/analyzer';
import { quantile, round } from './stats';

export interface Row {
  case: string;
  lines: number;
  bytes: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  findings: number;
}

export function largest(dir: string, pattern: RegExp): string {
  const files = fs.readdirSync(dir).filter((f) => pattern.test(f)).map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0] ?? '';
}

/** A 50,000-line multi-document manifest made of copies of a real one, names made unique. */
export function generatedManifest(source: string, targetLines: number): string {
  const parts: string[] = [];
  let lines = 0;
  for (let copy = 0; lines < targetLines; copy++) {
    const text = source.replace(/name: ([a-z0-9-]+)/g, `name: $1-${copy}`);
    parts.push(text.endsWith('\n') ? text : text + '\n');
    lines += text.split('\n').length;
  }
  return parts.join('---\n');
}

export function runInProcess(root: string, corpus: string): { rows: Row[]; rules: number } {
  const analyzer = createAnalyzer(root);

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

  const rows: Row[] = [];
  const k8s = largest(path.join(corpus, 'k8s'), /\.ya?ml$/);
  const compose = largest(path.join(corpus, 'compose'), /\.ya?ml$/);
  const openapiYaml = largest(path.join(corpus, 'openapi'), /\.ya?ml$/);
  const openapiJson = largest(path.join(corpus, 'openapi'), /\.json$/);
  for (const [label, file, runs] of [
    ['largest Compose file', compose, 50],
    ['largest Kubernetes file', k8s, 30],
    ['largest OpenAPI JSON', openapiJson, 10],
    ['largest OpenAPI YAML (Stripe)', openapiYaml, 5],
  ] as const) {
    rows.push(measure(`${label}: ${path.basename(file)}`, fs.readFileSync(file, 'utf8'), file, runs));
  }
  const big = generatedManifest(fs.readFileSync(k8s, 'utf8'), 50_000);
  const bigFile = path.join(root, 'bench', 'generated-50k.yaml');
  rows.push(measure('generated 50,000-line manifest, full analysis', big, bigFile, 5));
  const middle = big.indexOf('replicas:', big.length >> 1);
  rows.push(measure('generated 50,000-line manifest, one-character edit', big, bigFile, 10, (t) => t.slice(0, middle) + 'replicas: 2' + t.slice(middle + 'replicas: 1'.length)));
  return { rows, rules: analyzer.rules.length };
}
