import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { flavorOf, parseFile } from '../document/parse';
import { LineIndex, type Range } from '../document/source-range';
import type { Analyzer, AnalysisSettings } from '../engine/analyzer';
import type { Severity } from '../engine/rule';
import { DiskFiles } from '../document/fs-files';
import { readText } from './files';

export interface FileFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** As given on the command line (relative paths stay relative), with forward slashes. */
  file: string;
  range: Range;
  fixable: boolean;
}

export interface CheckResult {
  findings: FileFinding[];
  errors: string[];
  notes: string[];
  filesChecked: number;
}

/** The same parse and the same engine as the editor, file by file. */
export function checkFiles(files: readonly string[], analyzer: Analyzer, settings: AnalysisSettings = {}): CheckResult {
  const result: CheckResult = { findings: [], errors: [], notes: [], filesChecked: 0 };
  const withFiles: AnalysisSettings = { files: new DiskFiles(), ...settings };
  for (const file of files) {
    const read = readText(file);
    if (!read.ok) {
      (read.skipped ? result.notes : result.errors).push(read.reason);
      continue;
    }
    result.filesChecked++;
    const uri = pathToFileURL(path.resolve(file)).toString();
    const parsed = parseFile(uri, read.text, flavorOf(file, undefined, read.text));
    const lines = new LineIndex(read.text);
    const findings = analyzer.analyze(parsed, withFiles).sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
    for (const f of findings) {
      result.findings.push({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: file.split(path.sep).join('/'), range: lines.range(f.start, f.end), fixable: f.fixes.length > 0 });
    }
  }
  return result;
}
