import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_ID, ConfigLoader, isConfigFile } from '../config/load';
import type { EffectiveConfig } from '../config/effective';
import { flavorOf, parseFile } from '../document/parse';
import { LineIndex, lineIndexOf, type Range } from '../document/source-range';
import { BUILTIN_IDS, type Analyzer } from '../engine/analyzer';
import { WorkspaceFiles } from '../engine/workspace';
import type { ParsedFile } from '../document/types';
import { matchBaseline, type Baseline } from '../engine/baseline';
import type { Finding } from '../engine/finding';
import type { Severity } from '../engine/rule';
import { DiskFiles } from '../document/fs-files';
import { readText, type ReadScratch } from './files';

export interface FileFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** As given on the command line (relative paths stay relative), with forward slashes. */
  file: string;
  range: Range;
  fixable: boolean;
  /** The other places the finding is about, paths shown like `file`. */
  related?: Array<{ file: string; range: Range; message: string }>;
}

export interface CheckOptions {
  /** Findings the baseline knows are left out; paths in it are relative to `dir`. */
  baseline?: { data: Baseline; dir: string };
  maxBytes?: number;
  /** Keep each file's raw findings, to write a baseline from them. */
  keepEntries?: { dir: string };
}

export interface CheckResult {
  findings: FileFinding[];
  /** How many findings the baseline absorbed. */
  baselined: number;
  entries: Array<{ file: string; text: string; findings: Finding[] }>;
  errors: string[];
  notes: string[];
  filesChecked: number;
}

/** The same parse, configuration and engine as the editor, file by file. */
export function checkFiles(files: readonly string[], analyzer: Analyzer, options: CheckOptions = {}): CheckResult {
  const result: CheckResult = { findings: [], baselined: 0, entries: [], errors: [], notes: [], filesChecked: 0 };
  const disk = new DiskFiles();
  const configs = new ConfigLoader(analyzer.catalog, disk, () => ({}), [...BUILTIN_IDS, CONFIG_ID]);
  const configsInForce = new Map<string, string>();
  const texts = new Map<string, string>();
  // Findings in the shared schemas of a large spec carry thousands of related locations, few files.
  const shownPaths = new Map<string, string>();
  const shownAt = (uri: string): string => {
    let known = shownPaths.get(uri);
    if (known === undefined) shownPaths.set(uri, (known = shownPath(uri)));
    return known;
  };
  const add = (file: string, text: string, all: readonly Finding[], parsed?: ParsedFile): void => {
    const lines = parsed ? lineIndexOf(parsed) : new LineIndex(text);
    const shown = file.split(path.sep).join('/');
    const relativeTo = (dir: string): string => path.relative(dir, path.resolve(file)).split(path.sep).join('/');
    if (options.keepEntries) result.entries.push({ file: relativeTo(options.keepEntries.dir), text, findings: [...all] });
    let findings = all;
    if (options.baseline) {
      const { known, fresh } = matchBaseline(options.baseline.data, relativeTo(options.baseline.dir), text, all);
      result.baselined += known.length;
      findings = fresh;
    }
    for (const f of findings) {
      const related = f.related?.map((r) => ({ file: shownAt(r.uri), range: r.range, message: r.message }));
      result.findings.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: shown, range: lines.range(f.start, f.end), fixable: f.fixes.length > 0, ...(related ? { related } : {}) });
    }
  };
  // Every file is parsed before any is analysed: cross-file rules see the whole set, which is
  // complete (the user named it), so they may report what is missing from it.
  const workspace = new WorkspaceFiles(true);
  const parsedFiles: Array<{ file: string; text: string; parsed: ParsedFile; config: EffectiveConfig }> = [];
  const scratch: ReadScratch = { buffer: Buffer.alloc(0) };
  for (const file of files) {
    const read = readText(file, scratch);
    if (!read.ok) {
      (read.skipped ? result.notes : result.errors).push(read.reason);
      continue;
    }
    result.filesChecked++;
    const uri = pathToFileURL(path.resolve(file)).toString();
    if (isConfigFile(uri)) {
      configsInForce.set(uri, file);
      texts.set(uri, read.text);
      continue;
    }
    const { uri: configUri, config } = configs.forFile(uri);
    if (configUri && !configsInForce.has(configUri)) configsInForce.set(configUri, path.relative(process.cwd(), fileURLToPath(configUri)));
    const parsed = parseFile(uri, read.text, flavorOf(file, undefined, read.text), undefined, options.maxBytes ? { maxBytes: options.maxBytes } : {});
    if (!config.isIgnored(uri)) workspace.set(parsed);
    parsedFiles.push({ file, text: read.text, parsed, config });
  }
  for (const { file, text, parsed, config } of parsedFiles) add(file, text, analyzer.analyze(parsed, { config, files: disk, workspace }), parsed);
  // A broken configuration must not pass CI silently: its problems are findings like any other.
  for (const [uri, file] of configsInForce) add(file, texts.get(uri) ?? disk.read(uri)?.text ?? '', configs.findings(uri));
  // Files and rule ids are few: each is collated once, and findings compare their ranks.
  const fileRank = collationRanks(result.findings.map((f) => f.file));
  const ruleRank = collationRanks(result.findings.map((f) => f.ruleId));
  const rank = (ranks: ReadonlyMap<string, number>, text: string): number => ranks.get(text) as number;
  result.findings.sort((a, b) => rank(fileRank, a.file) - rank(fileRank, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank(ruleRank, a.ruleId) - rank(ruleRank, b.ruleId));
  return result;
}

/** Each distinct text's place in `localeCompare` order; texts the collation holds equal share one. */
export function collationRanks(texts: readonly string[]): ReadonlyMap<string, number> {
  const distinct = [...new Set(texts)].sort((x, y) => x.localeCompare(y));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && text.localeCompare(distinct[i - 1] as string) !== 0) rank++;
    ranks.set(text, rank);
  });
  return ranks;
}

/** A related file as the user would type it: relative to the current folder when inside it. */
function shownPath(uri: string): string {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return uri;
  }
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}
