// Where a CPU profile of the bundled CLI spends its time, mapped back to the TypeScript sources.
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './stats';

export interface HotFunction {
  /** Self time: samples whose top frame is this function or file. */
  selfMs: number;
  percent: number;
  where: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapFor(url: string): SourceMap | undefined {
  if (!maps.has(url)) {
    let map: SourceMap | undefined;
    try {
      const file = url.startsWith('file:') ? fileURLToPath(url) : url;
      map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** "name (original/file.ts:line)"; the bundle's own position when no source map covers it. */
function describe(frame: ProfileNode['callFrame']): { fn: string; file: string } {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return { fn: name, file: name };
  const entry = sourceMapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && 'originalSource' in entry) {
    const rel = entry.originalSource.replace(/^.*?(node_modules\/|server\/|client\/|knowledge\/)/, '$1');
    return { fn: `${name} (${rel}:${entry.originalLine + 1})`, file: rel };
  }
  const short = frame.url.startsWith('node:') ? frame.url : path.basename(frame.url);
  return { fn: `${name} (${short}:${frame.lineNumber + 1})`, file: short };
}

/** The top functions by self time, then the top source files by self time. */
export function summarizeProfile(file: string, top: number): HotFunction[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { fn, file: src } = describe(node.callFrame);
    fns.set(fn, (fns.get(fn) ?? 0) + us);
    files.set(src, (files.get(src) ?? 0) + us);
  }
  const rank = (m: Map<string, number>, prefix: string): HotFunction[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([where, us]) => ({ selfMs: round(us / 1000, 1), percent: round((100 * us) / total, 1), where: `${prefix}${where}` }));
  return [...rank(fns, 'fn '), ...rank(files, 'file ')];
}
