import type { Node } from '../document/tree';
import { looksLikeComposeFileName } from '../document/detect';
import type { ParsedFile } from '../document/types';
import type { Finding } from './finding';
import { noFiles, type FileProvider } from './files';
import { keepNonFinite } from '../util/json-key';
import type { Rule, Severity } from './rule';
import { RuleRun } from './rule-run';
import { singleFileWorkspace, type Workspace } from './workspace';

export type SeveritySetting = Severity | 'off';

export interface RunOptions {
  /** The severity a rule reports at, after defaults and configuration; 'off' skips the rule. */
  severityOf(ruleId: string): SeveritySetting;
  optionsOf?(ruleId: string): Readonly<Record<string, unknown>>;
  /** Other files, for rules that follow references; none by default. */
  files?: FileProvider;
  /** The other files, for cross-file rules; by default the file alone (and not complete). */
  workspace?: Workspace;
  /** The rule plan for these severities and options, when the caller keeps one (see planRules). */
  plans?: RulePlans;
  /** Told once per rule that throws; the other rules' findings still arrive. */
  onRuleError?(ruleId: string, error: unknown): void;
}

/** Built-in findings that come from the parser, not from a rule. */
export const SYNTAX_ID = 'syntax';
export const TEMPLATE_ID = 'template-skipped';
export const TOO_LARGE_ID = 'too-large';

/**
 * Whether a file is ours to speak about. A broken GitHub workflow or a tsconfig is somebody
 * else's business: other extensions report their syntax, and so we stay quiet about them.
 */
export function isRelevant(file: ParsedFile): boolean {
  if (file.documents.some((d) => d.kind !== 'other')) return true;
  if (looksLikeComposeFileName(file.uri)) return true;
  const head = file.text.slice(0, 4096);
  return /^(?:apiVersion|openapi|swagger)\s*:/m.test(head) || /"(?:openapi|swagger|apiVersion)"\s*:/.test(head);
}

export function analyzeFile(file: ParsedFile, rules: readonly Rule[], options: RunOptions): Finding[] {
  if (file.skipped?.code === 'too-large') return [{ ruleId: TOO_LARGE_ID, severity: 'info', message: file.skipped.reason, start: file.skipped.start, end: file.skipped.end, fixes: [] }];
  if (!isRelevant(file)) return [];
  if (file.skipped) return [{ ruleId: TEMPLATE_ID, severity: 'info', message: file.skipped.reason, start: file.skipped.start, end: file.skipped.end, fixes: [] }];
  const findings: Finding[] = [];
  const workspace = options.workspace ?? singleFileWorkspace(file);
  const memos = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as T;
  };
  // Severity, options and the cache signature are settled once per file, not per rule and document.
  const plans = options.plans ?? planRules(rules, options);
  for (const doc of file.documents) {
    for (const p of doc.problems) {
      findings.push({ ruleId: SYNTAX_ID, severity: p.severity, message: p.message, start: doc.base + p.start, end: doc.base + p.end, fixes: [] });
    }
    if (!doc.root) continue;
    const plan = plans.get(doc.kind);
    if (!plan) continue;
    let cache = resultCache.get(doc.root);
    if (!cache || cache.signature !== plan.signature) resultCache.set(doc.root, (cache = { signature: plan.signature, perRule: new Array(plan.rules.length) }));
    let run: RuleRun | undefined;
    for (let i = 0; i < plan.rules.length; i++) {
      const cached = cache.perRule[i];
      if (cached) {
        const delta = doc.base - cached.base;
        for (const f of cached.findings) findings.push(delta === 0 ? f : shift(f, delta));
        continue;
      }
      const active = plan.rules[i] as ActiveRule;
      if (run) run.reset(active);
      else run = new RuleRun(doc, doc.root, file, options.files ?? noFiles, workspace, findings, memo, active);
      const before = findings.length;
      const selfContained = runRule(run, active.rule, options);
      // Most rules find nothing in most documents: those results share one entry.
      if (selfContained) cache.perRule[i] = findings.length === before ? NOTHING_FOUND : { base: doc.base, findings: findings.slice(before) };
    }
  }
  return findings;
}

export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly ruleOptions: Readonly<Record<string, unknown>>;
}

/** The rules that run on documents of one kind, and a signature of their severities and options. */
export interface Plan {
  readonly rules: readonly ActiveRule[];
  readonly signature: string;
}

/** The active rules per document kind, with their severities and options settled. */
export type RulePlans = ReadonlyMap<string, Plan>;

export function planRules(rules: readonly Rule[], options: Pick<RunOptions, 'severityOf' | 'optionsOf'>): RulePlans {
  const byKind = new Map<string, { rules: ActiveRule[]; keys: string[] }>();
  for (const rule of rules) {
    const severity = options.severityOf(rule.id);
    if (severity === 'off') continue;
    const ruleOptions = options.optionsOf?.(rule.id) ?? {};
    let group = byKind.get(rule.appliesTo);
    if (!group) byKind.set(rule.appliesTo, (group = { rules: [], keys: [] }));
    group.rules.push({ rule, severity, ruleOptions });
    group.keys.push(`${rule.id}\u0000${severity}\u0000${JSON.stringify(ruleOptions, keepNonFinite)}`);
  }
  return new Map([...byKind].map(([kind, g]) => [kind, { rules: g.rules, signature: g.keys.join('\u0001') }]));
}

/**
 * Findings of rules that looked at nothing but their own document, per parsed document and rule,
 * with the document's offset when they were found. An edit re-parses only the document it
 * touched, so the other documents of a large file keep both their parse and these results: the
 * editor pays per keystroke for one document (and the rules that look beyond it), not the file.
 */
interface DocumentResults {
  /** The plan the results belong to: other severities or options start afresh. */
  readonly signature: string;
  readonly perRule: Array<{ readonly base: number; readonly findings: readonly Finding[] } | undefined>;
}

const resultCache = new WeakMap<Node, DocumentResults>();
const NOTHING_FOUND = Object.freeze({ base: 0, findings: Object.freeze([]) as readonly Finding[] });

function shift(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) };
}

/** Runs one rule on one document; true when it looked at nothing outside that document. */
function runRule(run: RuleRun, rule: Rule, options: RunOptions): boolean {
  try {
    rule.check(run);
  } catch (error) {
    options.onRuleError?.(rule.id, error);
    return false;
  }
  return !run.outside;
}
