// A monorepo-sized input for the CLI: 2,000 files made deterministically from corpus files, so
// that every run (and every machine) lints the same bytes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OURS } from './peers';
import { summarizeProfile, type HotFunction } from './profile';
import { neutralCwd, runProcess } from './proc';
import { median, round } from './stats';

export interface GeneratedRepoResult {
  files: number;
  mix: Record<string, number>;
  bytes: number;
  runs: number;
  wallMs: number[];
  medianMs: number;
  peakRssMiB: number;
  findings: number;
  status: string;
  profile?: { file: string; hot: HotFunction[] };
}

const SMALL_SPEC_BYTES = 64 * 1024;

function sources(dir: string, accept: (file: string) => boolean): string[] {
  return fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => path.join(dir, f)).filter(accept);
}

/**
 * Each service deploys to its own namespace, as teams in a monorepo do: the copies of one corpus
 * manifest then do not collide, and references (Service → Pods, ports by name) still resolve.
 */
function inNamespace(text: string, namespace: string): string {
  return text
    .split(/^---[ \t]*$/m)
    .map((doc) => {
      // The fields under `metadata:` are indented by two spaces in most manifests, four in some.
      const indent = /^metadata:[ \t]*\n( +)\S/m.exec(doc)?.[1];
      if (!indent) return doc;
      const field = new RegExp(`^${indent}namespace: .*$`, 'm');
      if (field.test(doc)) return doc.replace(field, `${indent}namespace: ${namespace}`);
      return doc.replace(/^metadata:[ \t]*\n/m, `metadata:\n${indent}namespace: ${namespace}\n`);
    })
    .join('---');
}

/** 60 % Kubernetes manifests, 25 % Compose files, 15 % small OpenAPI specs, spread over 250 services. */
export function generateRepo(corpus: string, count = 2000): { dir: string; mix: Record<string, number>; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-bench-repo-'));
  const pools = {
    k8s: sources(path.join(corpus, 'k8s'), () => true),
    compose: sources(path.join(corpus, 'compose'), () => true),
    openapi: sources(path.join(corpus, 'openapi'), (f) => fs.statSync(f).size <= SMALL_SPEC_BYTES),
  };
  const texts = new Map<string, string>();
  const mix: Record<string, number> = { k8s: 0, compose: 0, openapi: 0 };
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const slot = i % 20;
    const kind = slot < 12 ? 'k8s' : slot < 17 ? 'compose' : 'openapi';
    const pool = pools[kind];
    const source = pool[Math.floor(i / 20) % pool.length] ?? '';
    let text = texts.get(source);
    if (text === undefined) texts.set(source, (text = fs.readFileSync(source, 'utf8')));
    const serviceName = `svc-${String(Math.floor(i / 8)).padStart(3, '0')}`;
    if (kind === 'k8s') text = inNamespace(text, serviceName);
    const service = path.join(dir, 'services', serviceName);
    const ext = path.extname(source);
    const name = kind === 'k8s' ? path.join('deploy', `manifest-${i}${ext}`) : kind === 'compose' ? `compose-${i}${ext}` : path.join('api', `openapi-${i}${ext}`);
    const target = path.join(service, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    mix[kind] = (mix[kind] ?? 0) + 1;
    bytes += Buffer.byteLength(text);
  }
  return { dir, mix, bytes };
}

export async function runGeneratedRepo(root: string, corpus: string, runs: number, profile: boolean | 'on-miss', targetMs: number, log: (line: string) => void): Promise<GeneratedRepoResult> {
  const { dir, mix, bytes } = generateRepo(corpus);
  const cwd = neutralCwd();
  const cli = path.join(root, OURS.entry);
  const wall: number[] = [];
  let rss = 0;
  let findings = 0;
  let status = 'ok';
  try {
    for (let i = 0; i < runs; i++) {
      const proc = await runProcess([process.execPath, cli, ...OURS.args([dir])], { cwd, timeoutMs: 300_000 });
      try {
        findings = OURS.count(proc.stdout);
      } catch {
        status = `failed: exit ${String(proc.status)} ${proc.stderr.slice(-200)}`;
        break;
      }
      wall.push(proc.wallMs);
      rss = Math.max(rss, proc.peakRssKb ?? 0);
      log(`  generated repo run ${i + 1}/${runs}: ${(proc.wallMs / 1000).toFixed(2)} s, ${(rss / 1024).toFixed(0)} MiB`);
    }
    const result: GeneratedRepoResult = { files: Object.values(mix).reduce((a, b) => a + b, 0), mix, bytes, runs: wall.length, wallMs: wall.map((w) => round(w)), medianMs: round(median(wall)), peakRssMiB: round(rss / 1024, 1), findings, status };
    if (status === 'ok' && (profile === true || (profile === 'on-miss' && result.medianMs >= targetMs))) {
      const profDir = path.join(root, 'bench', 'profiles');
      fs.mkdirSync(profDir, { recursive: true });
      await runProcess([process.execPath, '--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-name', 'generated-repo.cpuprofile', cli, ...OURS.args([dir])], { cwd });
      const file = path.join(profDir, 'generated-repo.cpuprofile');
      result.profile = { file: path.relative(root, file), hot: summarizeProfile(file, 12) };
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
