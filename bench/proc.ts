// Runs one whole process and measures what a user waits for (wall time) and what it costs (peak RSS).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { elapsedMs, procMemory } from './stats';

export interface ProcResult {
  wallMs: number;
  /** Peak RSS of the largest process of the tree (kB), as ru_maxrss or VmHWM report it. */
  peakRssKb: number | undefined;
  status: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface ProcOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
}

const TIME = '/usr/bin/time';
/** GNU time's %M is ru_maxrss from wait4: exact, and it covers children the process waited for. */
export const RSS_METHOD: 'gnu-time' | 'proc-poll' = (() => {
  if (process.env['BENCH_RSS'] === 'poll') return 'proc-poll';
  const probe = spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/.test(probe.stderr) ? 'gnu-time' : 'proc-poll';
})();

export const RSS_METHOD_NOTE =
  RSS_METHOD === 'gnu-time'
    ? 'peak RSS: GNU /usr/bin/time %M (ru_maxrss of the process, max over the children it waited for)'
    : 'peak RSS: /proc/<pid>/status VmHWM polled every 10 ms over the process and its descendants (max of any one; a peak in the last 10 ms can be missed)';

let scratch: string | undefined;
function scratchDir(): string {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'bg-bench-proc-'));
  return scratch;
}

/** Neutral ground: no redocly.yaml, .spectral.yaml, .dclintrc or baseline is picked up from here. */
export function neutralCwd(): string {
  const dir = path.join(scratchDir(), 'cwd');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function cleanupProcScratch(): void {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

function descendants(pid: number): number[] {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    const current = found[i] ?? 0;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) found.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended between the listing and the read.
      }
    }
  }
  return found;
}

let counter = 0;

/** Output goes to files, not pipes, so the parent's reading does not pace the measured process. */
export function runProcess(argv: readonly string[], options: ProcOptions = {}): Promise<ProcResult> {
  const id = `${process.pid}-${counter++}`;
  const outFile = path.join(scratchDir(), `${id}.out`);
  const errFile = path.join(scratchDir(), `${id}.err`);
  const rssFile = path.join(scratchDir(), `${id}.rss`);
  const out = fs.openSync(outFile, 'w');
  const err = fs.openSync(errFile, 'w');
  const [command, ...args] = RSS_METHOD === 'gnu-time' ? [TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  if (!command) throw new Error('runProcess needs a command');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // Its own process group, so that a timeout ends the tool and whatever it started, not us.
    const child = spawn(command, args, { stdio: ['ignore', out, err], env: options.env ?? process.env, cwd: options.cwd, detached: true });
    let polledKb = 0;
    const poll =
      RSS_METHOD === 'proc-poll' && child.pid !== undefined
        ? setInterval(() => {
            for (const pid of descendants(child.pid ?? 0)) polledKb = Math.max(polledKb, procMemory(pid)?.hwmKb ?? 0);
          }, 10)
        : undefined;
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (status) => {
      const wallMs = elapsedMs(started);
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      fs.closeSync(out);
      fs.closeSync(err);
      let peakRssKb: number | undefined = polledKb || undefined;
      if (RSS_METHOD === 'gnu-time') {
        // time writes "Command exited with non-zero status N" before the figure.
        const lines = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n') : [];
        const last = Number(lines[lines.length - 1]);
        peakRssKb = Number.isFinite(last) && last > 0 ? last : undefined;
      }
      const result: ProcResult = { wallMs, peakRssKb, status, timedOut, stdout: fs.readFileSync(outFile, 'utf8'), stderr: fs.readFileSync(errFile, 'utf8') };
      for (const f of [outFile, errFile, rssFile]) fs.rmSync(f, { force: true });
      resolve(result);
    });
  });
}
