// `npm run bench`: in-process latency, the CLI against its peers side by side, a 2,000-file
// repository, the language server's edit/hover latency and memory, activation and bundle size.
// Prints tables and, on a full run, writes bench/results.json (a partial run writes to tmp).
//
// Knobs (environment): BENCH_RUNS (3) runs of each fast process; BENCH_SLOW_RUNS (1) runs of
// Spectral on the whole OpenAPI corpus and of Spectral + OWASP on Stripe (0 skips them); BENCH_EDITS (100) LSP edits per file (a p95 over 20 samples is nearly the maximum);
// BENCH_ONLY=inprocess,cli,peers,repo,lsp,rss,activation; BENCH_PROFILE=on-miss|1|0 (CPU
// profile of the generated-repository run); BENCH_RSS=poll forces /proc polling over GNU time;
// BENCH_SERVER_DEFAULTS=1 / BENCH_SERVER_ARGV run the language server with other settings (lsp-session.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActivation } from './activation';
import { runGeneratedRepo } from './generated-repo';
import { generatedManifest, largest, runInProcess } from './in-process';
import { runLspLatency } from './lsp-latency';
import { DCLINT, OURS, REDOCLY, runCase, SPECTRAL, SPECTRAL_OWASP, type PeerCase } from './peers';
import { cleanupProcScratch, neutralCwd, RSS_METHOD, RSS_METHOD_NOTE, runProcess } from './proc';
import * as report from './report';
import { runServerRss } from './server-rss';
import { serverLaunch } from './lsp-session';
import { lexerReferenceMs } from './machine';
import { round } from './stats';
import { evaluate, REPO_TARGET_MS, type Measured } from './targets';

const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const SECTIONS = ['inprocess', 'cli', 'peers', 'repo', 'lsp', 'rss', 'activation'] as const;

function count(name: string, fallback: number): number {
  const v = Number(process.env[name] ?? fallback);
  return Number.isInteger(v) && v >= 0 ? v : fallback;
}

const runs = Math.max(1, count('BENCH_RUNS', 3));
const slowRuns = count('BENCH_SLOW_RUNS', 1);
const edits = Math.max(2, count('BENCH_EDITS', 100));
const only = process.env['BENCH_ONLY']?.split(',').map((x) => x.trim()).filter(Boolean);
const enabled = new Set(SECTIONS.filter((s) => !only || only.includes(s)));
const profileMode = process.env['BENCH_PROFILE'] === '1' ? true : process.env['BENCH_PROFILE'] === '0' ? false : 'on-miss';
const log = (line: string): void => void process.stderr.write(`${line}\n`);

function corpusFiles(dir: string): string[] {
  return fs.readdirSync(path.join(CORPUS, dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(CORPUS, dir, f));
}

async function main(): Promise<void> {
  const started = Date.now();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '?', memoryGiB: round(os.totalmem() / 2 ** 30, 1), loadAverageAtStart: os.loadavg().map((l) => round(l)) },
    settings: { runs, slowRuns, edits, rssMethod: RSS_METHOD, rssNote: RSS_METHOD_NOTE },
  };
  const measured: Measured = {};
  const out: string[] = [];
  const print = (text: string): void => {
    out.push(text);
    console.log(text);
  };

  const stripeSpec = largest(path.join(CORPUS, 'openapi'), /\.ya?ml$/);
  const speedAtStart = lexerReferenceMs(stripeSpec);
  print(`Machine speed now: yaml's Lexer over ${path.basename(stripeSpec)} takes ${speedAtStart} ms (median of 5; about 150 ms on the machine of issue #9's peer figures).`);

  if (enabled.has('inprocess')) {
    log('in-process…');
    const { rows, rules } = runInProcess(ROOT, CORPUS);
    results['rules'] = rules;
    results['inProcess'] = rows;
    print(report.inProcessTable(rows));
  }

  if (enabled.has('cli')) {
    log('CLI over the corpus…');
    const files = ['compose', 'k8s', 'openapi'].flatMap(corpusFiles);
    const proc = await runProcess([process.execPath, path.join(ROOT, OURS.entry), ...OURS.args([CORPUS])], { cwd: neutralCwd() });
    let findings = -1;
    try {
      findings = OURS.count(proc.stdout);
    } catch {
      // -1 in the table says the report was not readable; the exit code says more.
    }
    const cli = { files: files.length, wallMs: round(proc.wallMs), peakRssMiB: round((proc.peakRssKb ?? NaN) / 1024, 1), findings, exitCode: proc.status };
    results['cli'] = cli;
    print(report.corpusCliTable(cli));
  }

  if (enabled.has('peers')) {
    const openapi = corpusFiles('openapi');
    const stripe = stripeSpec;
    const cases: PeerCase[] = [];
    const specs = [
      { id: 'stripe', label: `Stripe ${path.basename(stripe)}`, files: [stripe], peers: [{ tool: REDOCLY, runs }, { tool: SPECTRAL, runs }, ...(slowRuns > 0 ? [{ tool: SPECTRAL_OWASP, runs: slowRuns }] : [])] },
      { id: 'openapi-corpus', label: 'OpenAPI corpus, one call', files: openapi, peers: [{ tool: REDOCLY, runs }, ...(slowRuns > 0 ? [{ tool: SPECTRAL, runs: slowRuns }] : [])] },
      { id: 'compose-corpus', label: 'Compose corpus, one call', files: corpusFiles('compose'), peers: [{ tool: DCLINT, runs }] },
    ];
    for (const spec of specs) {
      log(`peers: ${spec.label}…`);
      cases.push(await runCase(spec, log));
    }
    measured.peers = cases;
    results['peers'] = cases;
    print(report.peersTable(cases, RSS_METHOD_NOTE));
    if (slowRuns > 0) print(`Spectral on the whole OpenAPI corpus, and Spectral with the OWASP ruleset on Stripe, run ${slowRuns}× (BENCH_SLOW_RUNS): each takes a minute or more per run; the others run ${runs}×.`);
  }

  if (enabled.has('repo')) {
    log('generated repository…');
    measured.repo = await runGeneratedRepo(ROOT, CORPUS, runs, profileMode, REPO_TARGET_MS, log);
    results['generatedRepo'] = measured.repo;
    print(report.repoTable(measured.repo));
  }

  if (enabled.has('lsp') || enabled.has('rss')) {
    const launch = serverLaunch();
    const env = Object.entries(launch.env).filter(([name]) => name.startsWith('MALLOC_')).map(([name, value]) => `${name}=${String(value)}`);
    print(`Language server started with: node ${[...launch.args, 'dist/server.js'].join(' ')}${env.length ? `, ${env.join(' ')}` : ''}`);
    results['serverLaunch'] = { args: launch.args, env };
  }

  if (enabled.has('lsp')) {
    log('language server latency…');
    const big = generatedManifest(fs.readFileSync(largest(path.join(CORPUS, 'k8s'), /\.ya?ml$/), 'utf8'), 50_000);
    const lsp = await runLspLatency(ROOT, CORPUS, big, edits, log);
    measured.edits = lsp.edits;
    measured.hover = lsp.hover;
    results['lsp'] = lsp;
    print(report.lspTable(lsp.edits, lsp.hover));
  }

  if (enabled.has('rss')) {
    log('language server memory…');
    // The target is read on the workspace case: VS Code opened on the corpus folder.
    const rows = [await runServerRss(ROOT, CORPUS, 'workspace'), await runServerRss(ROOT, CORPUS, 'openFiles')];
    measured.serverRss = rows[0];
    results['serverRss'] = rows;
    print(report.serverRssTable(rows));
  }

  if (enabled.has('activation')) {
    log('activation…');
    measured.activation = runActivation(ROOT, 7);
    results['activation'] = measured.activation;
    print(report.activationTable(measured.activation));
  }

  const targets = evaluate(measured);
  results['targets'] = targets;
  print(report.targetsTable(targets));
  const machine = results['machine'] as Record<string, unknown>;
  machine['loadAverageAtEnd'] = os.loadavg().map((l) => round(l));
  machine['lexerReferenceMs'] = { atStart: speedAtStart, atEnd: lexerReferenceMs(stripeSpec) };
  results['totalSeconds'] = round((Date.now() - started) / 1000, 1);
  print(`\nTotal ${results['totalSeconds'] as number} s on ${os.cpus().length} CPUs; load average at start ${(machine['loadAverageAtStart'] as number[]).join(' ')}, at end ${(machine['loadAverageAtEnd'] as number[]).join(' ')}; yaml's Lexer over ${path.basename(stripeSpec)} ${speedAtStart} ms at the start, ${(machine['lexerReferenceMs'] as { atEnd: number }).atEnd} ms at the end.`);

  const full = enabled.size === SECTIONS.length;
  const file = full ? path.join(ROOT, 'bench', 'results.json') : path.join(os.tmpdir(), 'backend-guidance-bench.partial.json');
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(file.replace(/\.json$/, '.txt'), out.join('\n') + '\n');
  log(`written: ${path.relative(process.cwd(), file)}`);
  cleanupProcScratch();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
