import type { Catalog } from '../../../knowledge/schema';
import { formatSarif } from '../cli/format-sarif';
import { renderHtml, type HtmlOptions } from './html';
import { renderMarkdown } from './markdown';
import type { ReportModel } from './model';

export const REPORT_FORMATS = ['md', 'html', 'sarif', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface RenderOptions extends HtmlOptions {
  catalog: Catalog;
  version: string;
}

/** One model, four renderings: Markdown, HTML, SARIF (the same as `check --format sarif`) and the model as JSON. */
export function renderReport(model: ReportModel, format: ReportFormat, options: RenderOptions): string {
  if (format === 'html') return renderHtml(model, options);
  if (format === 'md') return renderMarkdown(model);
  if (format === 'json') return JSON.stringify(model, null, 2) + '\n';
  const findings = model.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, file: f.file, range: f.range, fixable: f.fixable }));
  return formatSarif({ findings, baselined: 0, entries: [], errors: model.errors, notes: model.notes, filesChecked: model.files.length }, options.catalog, options.version);
}
