import { crypto } from '../util/lazy-crypto';
import type { Finding } from './finding';

export const BASELINE_FILE = '.backend-guidance-baseline.json';

export interface Baseline {
  version: 1;
  findings: Array<{ ruleId: string; file: string; fingerprint: string }>;
}

/** Loaded on first use: zod is our largest dependency, and most runs have no baseline file. */
const baselineSchema = (): (typeof import('./baseline-schema'))['baselineSchema'] => (require('./baseline-schema') as typeof import('./baseline-schema')).baselineSchema;

/**
 * What a finding is, independent of where it is: the rule, the message, the flagged text and the
 * text of its line. Lines inserted above it leave the fingerprint unchanged.
 */
export function fingerprint(text: string, finding: Pick<Finding, 'ruleId' | 'message' | 'start' | 'end'>): string {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const newline = text.indexOf('\n', finding.start);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline).trim();
  const flagged = text.slice(finding.start, finding.end);
  return crypto().createHash('sha256').update(`${finding.ruleId}\0${finding.message}\0${line}\0${flagged}`).digest('hex').slice(0, 20);
}

export function parseBaseline(json: string): Baseline | undefined {
  try {
    const parsed = baselineSchema().safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function buildBaseline(entries: ReadonlyArray<{ file: string; text: string; findings: readonly Finding[] }>): Baseline {
  const findings = entries.flatMap(({ file, text, findings: list }) => list.map((f) => ({ ruleId: f.ruleId, file, fingerprint: fingerprint(text, f) })));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, findings };
}

/**
 * Splits a file's findings into those the baseline already knows and new ones. Each baseline
 * entry absorbs one finding, so a second copy of a known problem still counts as new.
 */
export function matchBaseline<T extends Pick<Finding, 'ruleId' | 'message' | 'start' | 'end'>>(baseline: Baseline, file: string, text: string, findings: readonly T[]): { known: T[]; fresh: T[] } {
  const budget = new Map<string, number>();
  for (const entry of baseline.findings) if (entry.file === file) budget.set(`${entry.ruleId}:${entry.fingerprint}`, (budget.get(`${entry.ruleId}:${entry.fingerprint}`) ?? 0) + 1);
  const known: T[] = [];
  const fresh: T[] = [];
  for (const finding of findings) {
    const key = `${finding.ruleId}:${fingerprint(text, finding)}`;
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      known.push(finding);
    } else fresh.push(finding);
  }
  return { known, fresh };
}
