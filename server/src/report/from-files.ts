import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFiles } from '../cli/report';
import type { Analyzer } from '../engine/analyzer';
import { buildReportModel, type ModelOptions, type ReportModel } from './model';

/** The report of files on disk (as `collectFiles` lists them), with the CLI's configuration handling. */
export function reportForFiles(files: readonly string[], analyzer: Analyzer, options: ModelOptions & { maxBytes?: number } = {}): ReportModel {
  const dir = process.cwd();
  const result = checkFiles(files, analyzer, { keepEntries: { dir }, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
  const sources = result.entries.map((entry) => ({
    file: entry.file,
    uri: pathToFileURL(path.resolve(dir, entry.file)).toString(),
    text: entry.text,
    findings: entry.findings,
  }));
  return buildReportModel(sources, analyzer.catalog, { ...options, notes: [...(options.notes ?? []), ...result.notes], errors: [...(options.errors ?? []), ...result.errors] });
}
