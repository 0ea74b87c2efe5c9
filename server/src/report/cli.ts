import * as fs from 'node:fs';
import { collectOrReport } from '../cli/files';
import type { Analyzer } from '../engine/analyzer';
import { reportForFiles } from './from-files';
import { plural } from './model';
import { isReportFormat, REPORT_FORMATS, renderReport } from './render';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** `backend-guidance report [paths…] [--format md|html|sarif|json] [-o FILE]`; exit codes as for `check`. */
export function runReport(args: { paths: readonly string[]; format: string; output: string | undefined; maxFileSizeMB?: number | undefined }, io: Io, analyzer: Analyzer, version: string): number {
  // `text`, the parser's default, means the readable form here: Markdown.
  const format = args.format === 'text' ? 'md' : args.format;
  if (!isReportFormat(format)) {
    io.err(`backend-guidance: report --format must be ${REPORT_FORMATS.join(', ')}, not "${args.format}".\n`);
    return 2;
  }
  const files = collectOrReport(args.paths, (t) => io.err(t));
  if (!files) return 2;
  const model = reportForFiles(files, analyzer, args.maxFileSizeMB ? { maxBytes: args.maxFileSizeMB * 1024 * 1024 } : {});
  const text = renderReport(model, format, { catalog: analyzer.catalog, version });
  if (args.output === undefined) io.out(text);
  else {
    try {
      fs.writeFileSync(args.output, text);
    } catch (error) {
      io.err(`backend-guidance: cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
    io.err(`backend-guidance: report of ${plural(model.files.length, 'file')} (${plural(model.totals.findings, 'finding')}, score ${model.score}) written to ${args.output}.\n`);
  }
  for (const error of model.errors) io.err(`backend-guidance: error: ${error}\n`);
  return model.errors.length ? 2 : 0;
}
