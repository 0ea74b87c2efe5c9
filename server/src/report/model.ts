import type { Catalog, RuleEntry } from '../../../knowledge/schema';
import { flavorOf, parseFile } from '../document/parse';
import { LineIndex, type Range } from '../document/source-range';
import type { ParsedFile } from '../document/types';
import type { Finding } from '../engine/finding';
import type { Severity } from '../engine/rule';
import { buildGraph, type Span, type SystemGraph } from './graph';

export type Category = RuleEntry['category'] | 'other';
export const CATEGORIES: readonly Category[] = ['security', 'reliability', 'scalability', 'performance', 'observability', 'api-design', 'operability', 'other'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * The score, in one sentence for the reports: each finding costs its severity's weight, and the
 * sum is taken per 100 lines (files shorter than 50 lines count as 50, so that one warning in a
 * tiny file is not a catastrophe). score = max(0, round(100 − 100 × penalty / max(lines, 50))).
 */
export const WEIGHTS: Readonly<Record<Severity, number>> = { error: 10, warning: 3, info: 1, hint: 0 };
export const MIN_LINES = 50;
export const SCORE_EXPLANATION =
  `Each finding costs points by severity (error ${WEIGHTS.error}, warning ${WEIGHTS.warning}, info ${WEIGHTS.info}, hint ${WEIGHTS.hint}); ` +
  `the cost is taken per 100 lines: score = max(0, 100 − 100 × cost ÷ max(lines, ${MIN_LINES})), rounded. ` +
  'The workspace score applies the same formula to the sum of the costs and of the lines. Grades: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F.';

/** One analysed file, as the CLI or the language server has it. */
export interface ReportSource {
  /** The path to show: relative to where the report was asked for, with forward slashes. */
  file: string;
  uri: string;
  text: string;
  /** Offsets in the file. */
  findings: readonly Finding[];
  parsed?: ParsedFile;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  uri: string;
  range: Range;
  fixable: boolean;
  title: string;
  category: Category;
  /** The graph node the finding lies inside, if any. */
  node?: string;
}

export interface Counts {
  findings: number;
  bySeverity: Record<Severity, number>;
  byCategory: Record<Category, number>;
}

export interface FileScore {
  file: string;
  uri: string;
  kinds: string[];
  lines: number;
  counts: Counts;
  cost: number;
  score: number;
  grade: string;
}

export interface ReportModel {
  generatedAt: string;
  scoring: { weights: Record<Severity, number>; minLines: number; explanation: string };
  score: number;
  grade: string;
  lines: number;
  totals: Counts;
  files: FileScore[];
  findings: ReportFinding[];
  graph: SystemGraph;
  notes: string[];
  errors: string[];
}

export interface ModelOptions {
  generatedAt?: Date;
  notes?: readonly string[];
  errors?: readonly string[];
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export function scoreOf(cost: number, lines: number): number {
  return Math.max(0, Math.round(100 - (100 * cost) / Math.max(lines, MIN_LINES)));
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function gradeOf(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

function emptyCounts(): Counts {
  return {
    findings: 0,
    bySeverity: { error: 0, warning: 0, info: 0, hint: 0 },
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
  };
}

function lineCount(text: string): number {
  if (!text) return 0;
  return text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
}

/** Totals, scores, findings table and system graph of a set of analysed files. */
export function buildReportModel(sources: readonly ReportSource[], catalog: Catalog, options: ModelOptions = {}): ReportModel {
  const parsedSources = sources.map((s) => ({ ...s, parsed: s.parsed ?? parseFile(s.uri, s.text, flavorOf(s.file, undefined, s.text)) }));
  const { graph, spans } = buildGraph(parsedSources.map((s) => ({ file: s.file, parsed: s.parsed })));
  const nodesByFile = new Map<string, Array<{ id: string; span: Span }>>();
  for (const [id, list] of spans) for (const span of list) nodesByFile.set(span.file, [...(nodesByFile.get(span.file) ?? []), { id, span }]);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));

  const totals = emptyCounts();
  const files: FileScore[] = [];
  const findings: ReportFinding[] = [];
  let cost = 0;
  let lines = 0;
  for (const source of parsedSources) {
    const kinds = [...new Set(source.parsed.documents.map((d) => d.kind).filter((k) => k !== 'other'))];
    // YAML and JSON that is none of ours is not part of the picture, unless something was found in it.
    if (!kinds.length && !source.findings.length) continue;
    const index = new LineIndex(source.text);
    const counts = emptyCounts();
    let fileCost = 0;
    for (const f of source.findings) {
      const entry = catalog.rules.get(f.ruleId);
      const category: Category = entry?.category ?? 'other';
      const holder = (nodesByFile.get(source.file) ?? []).filter(({ span }) => span.start <= f.start && f.start <= span.end).sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
      for (const c of [counts, totals]) {
        c.findings++;
        c.bySeverity[f.severity]++;
        c.byCategory[category]++;
      }
      fileCost += WEIGHTS[f.severity];
      const node = holder ? nodes.get(holder.id) : undefined;
      if (node) {
        node.findings++;
        if (node.worst === null || RANK[f.severity] > RANK[node.worst]) node.worst = f.severity;
      }
      findings.push({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: source.file,
        uri: source.uri,
        range: index.range(f.start, f.end),
        fixable: f.fixes.length > 0,
        title: entry?.title ?? f.ruleId,
        category,
        ...(node ? { node: node.id } : {}),
      });
    }
    const fileLines = lineCount(source.text);
    const score = scoreOf(fileCost, fileLines);
    files.push({ file: source.file, uri: source.uri, kinds: kinds.length ? kinds : ['config'], lines: fileLines, counts, cost: fileCost, score, grade: gradeOf(score) });
    cost += fileCost;
    lines += fileLines;
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  files.sort((a, b) => a.file.localeCompare(b.file));
  const score = files.length ? scoreOf(cost, lines) : 100;
  return {
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    scoring: { weights: { ...WEIGHTS }, minLines: MIN_LINES, explanation: SCORE_EXPLANATION },
    score,
    grade: gradeOf(score),
    lines,
    totals,
    files,
    findings,
    graph,
    notes: [...(options.notes ?? [])],
    errors: [...(options.errors ?? [])],
  };
}
