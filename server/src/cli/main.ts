import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analyzer } from '../engine/analyzer';
import { BASELINE_FILE, buildBaseline, parseBaseline, type Baseline } from '../engine/baseline';
import type { Severity } from '../engine/rule';
import { collectOrReport, UsageError } from './files';
import { formatJson, formatText } from './format-text';
import { formatSarif } from './format-sarif';
import { checkFiles } from './report';
import { runReport } from '../report/cli'; // issue 6: workspace report

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const HELP = `Usage:
  backend-guidance check [paths…] [--format text|json|sarif] [--fail-on error|warning|info|hint|none] [--baseline FILE | --no-baseline] [--max-file-size MB]
  backend-guidance baseline [paths…] [--output FILE]
  backend-guidance rules [--format text|json]
  backend-guidance report [paths…] [--format md|html|sarif|json] [-o FILE]

check     Analyses docker-compose, Kubernetes and OpenAPI files (folders are walked; default: .).
          Settings come from the nearest .backend-guidance.yaml above each file. With a baseline
          (${BASELINE_FILE} in the current folder, or --baseline), only new findings are shown.
baseline  Records the current findings in ${BASELINE_FILE} (or --output), so that later checks
          show only what is new.
rules     Lists the rules of the catalog.
report    Writes a workspace report (totals, scores, a graph of the services, every finding) as
          Markdown (default), self-contained HTML, SARIF or JSON, to FILE or to stdout.

Exit codes: 0 no findings at or above --fail-on (default: error), 1 such findings, 2 usage or I/O error.
`;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

interface Parsed {
  command: string;
  paths: string[];
  format: string;
  failOn: Severity | 'none';
  baseline: string | false | undefined;
  output: string | undefined;
  maxFileSizeMB: number | undefined;
}

function parseArgs(argv: readonly string[]): Parsed {
  const [command = 'help', ...rest] = argv;
  const parsed: Parsed = { command, paths: [], format: 'text', failOn: 'error', baseline: undefined, output: undefined, maxFileSizeMB: undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--format' || flag === '-f') parsed.format = value();
    else if (flag === '--fail-on') {
      const v = value();
      if (!['error', 'warning', 'info', 'hint', 'none'].includes(v)) throw new UsageError(`--fail-on must be error, warning, info, hint or none, not "${v}".`);
      parsed.failOn = v as Severity | 'none';
    } else if (flag === '--baseline') parsed.baseline = value();
    else if (flag === '--no-baseline') parsed.baseline = false;
    else if (flag === '--output' || flag === '-o') parsed.output = value();
    else if (flag === '--max-file-size') {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-file-size takes a size in MB, such as 8.');
      parsed.maxFileSizeMB = v;
    }
    else if (flag.startsWith('-')) throw new UsageError(`Unknown option ${flag}.`);
    else parsed.paths.push(arg);
  }
  return parsed;
}

/** The whole CLI as a function of arguments: the binary is a thin wrapper, tests call this. */
export function runCli(argv: readonly string[], io: Io, analyzer: () => Analyzer, version: string): number {
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.err(`backend-guidance: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.command === 'help' || args.command === '--help' || args.command === '-h') {
    io.out(HELP);
    return 0;
  }
  if (args.command === '--version') {
    io.out(`${version}\n`);
    return 0;
  }
  if (args.command === 'rules') return listRules(args, io, analyzer());
  if (args.command === 'baseline') return writeBaseline(args, io, analyzer());
  if (args.command === 'report') return runReport(args, io, analyzer(), version); // issue 6: workspace report
  if (args.command !== 'check') {
    io.err(`backend-guidance: unknown command "${args.command}".\n\n${HELP}`);
    return 2;
  }
  if (!['text', 'json', 'sarif'].includes(args.format)) {
    io.err(`backend-guidance: --format must be text, json or sarif, not "${args.format}".\n`);
    return 2;
  }
  const files = collectOrReport(args.paths, (t) => io.err(t));
  if (!files) return 2;
  const baseline = readBaseline(args.baseline);
  if (baseline === 'error') {
    io.err(`backend-guidance: ${String(args.baseline)} is not a readable baseline file.\n`);
    return 2;
  }
  const engine = analyzer();
  const result = checkFiles(files, engine, { ...(baseline ? { baseline } : {}), ...(args.maxFileSizeMB ? { maxBytes: args.maxFileSizeMB * 1024 * 1024 } : {}) });
  if (result.baselined) io.err(`backend-guidance: ${result.baselined} known findings hidden by the baseline.\n`);
  if (args.format === 'json') io.out(formatJson(result));
  else if (args.format === 'sarif') io.out(formatSarif(result, engine.catalog, version));
  else io.out(formatText(result));
  for (const note of result.notes) io.err(`backend-guidance: note: ${note}\n`);
  for (const error of result.errors) io.err(`backend-guidance: error: ${error}\n`);
  if (result.errors.length) return 2;
  if (args.failOn === 'none') return 0;
  const threshold = RANK[args.failOn];
  return result.findings.some((f) => RANK[f.severity] >= threshold) ? 1 : 0;
}

function readBaseline(option: string | false | undefined): { data: Baseline; dir: string } | undefined | 'error' {
  if (option === false) return undefined;
  const file = option ?? BASELINE_FILE;
  if (option === undefined && !fs.existsSync(file)) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'error';
  }
  const data = parseBaseline(text);
  return data ? { data, dir: path.dirname(path.resolve(file)) } : 'error';
}

function writeBaseline(args: Parsed, io: Io, analyzer: Analyzer): number {
  const target = path.resolve(args.output ?? BASELINE_FILE);
  const files = collectOrReport(args.paths, (t) => io.err(t));
  if (!files) return 2;
  const result = checkFiles(files, analyzer, { keepEntries: { dir: path.dirname(target) } });
  const baseline = buildBaseline(result.entries);
  try {
    fs.writeFileSync(target, JSON.stringify(baseline, null, 2) + '\n');
  } catch (error) {
    io.err(`backend-guidance: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  io.out(`Recorded ${baseline.findings.length} findings from ${result.filesChecked} files in ${path.relative(process.cwd(), target) || target}.\n`);
  return result.errors.length ? 2 : 0;
}

function listRules(args: Parsed, io: Io, analyzer: Analyzer): number {
  const rows = analyzer.rules.map((rule) => {
    const entry = analyzer.entry(rule.id);
    return {
      id: rule.id,
      kind: rule.appliesTo,
      title: entry?.title ?? '',
      severity: entry?.severity ?? 'warning',
      category: entry?.category ?? '',
      topics: [entry?.topic, entry?.owasp].filter((t) => t !== undefined).map(String),
      fixable: rule.fix !== 'none',
    };
  });
  rows.sort((a, b) => a.id.localeCompare(b.id));
  if (args.format === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
  else if (args.format === 'text') io.out(rows.map((r) => `${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.title}`).join('\n') + '\n');
  else {
    io.err(`backend-guidance: rules supports --format text or json.\n`);
    return 2;
  }
  return 0;
}
