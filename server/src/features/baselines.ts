import { BASELINE_FILE, matchBaseline, parseBaseline, type Baseline } from '../engine/baseline';
import type { FileProvider } from '../engine/files';
import type { Finding } from '../engine/finding';

export type BaselineMode = 'hint' | 'hide' | 'show';

/**
 * The nearest `.backend-guidance-baseline.json` above a file. Findings it knows are shown as hints
 * (or hidden) in the editor, as the CLI leaves them out, so old problems do not drown new ones.
 */
export class Baselines {
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly files: FileProvider) {}

  apply(uri: string, text: string, findings: Finding[], mode: BaselineMode): Finding[] {
    if (mode === 'show') return findings;
    const found = this.find(uri.slice(0, uri.lastIndexOf('/') + 1));
    if (!found) return findings;
    const { baseline, dir } = found;
    const { known } = matchBaseline(baseline, decodeURIComponent(uri.slice(dir.length)), text, findings);
    if (!known.length) return findings;
    const old = new Set(known);
    if (mode === 'hide') return findings.filter((f) => !old.has(f));
    return findings.map((f) => (old.has(f) ? { ...f, severity: 'hint' as const, message: `${f.message} (in the baseline)` } : f));
  }

  invalidate(): void {
    this.nearest.clear();
  }

  private find(dir: string): { baseline: Baseline; dir: string } | undefined {
    let current = dir;
    for (let depth = 0; depth < 64 && current.length > 'file:///'.length; depth++) {
      const cached = this.nearest.get(current);
      const uri = cached !== undefined ? cached : this.files.read(current + BASELINE_FILE) ? current + BASELINE_FILE : null;
      this.nearest.set(current, uri);
      if (uri) {
        const text = this.files.read(uri)?.text;
        const baseline = text === undefined ? undefined : parseBaseline(text);
        return baseline ? { baseline, dir: current } : undefined;
      }
      current = current.slice(0, current.slice(0, -1).lastIndexOf('/') + 1);
    }
    return undefined;
  }
}
