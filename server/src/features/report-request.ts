import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { z } from 'zod';
import { collectFiles, readText } from '../cli/files';
import type { ConfigLoader } from '../config/load';
import type { Analyzer } from '../engine/analyzer';
import type { FileProvider } from '../engine/files';
import { buildReportModel, type ReportSource } from '../report/model';
import { REPORT_FORMATS, renderReport } from '../report/render';
import { AnalysisStore } from './analysis-store';
import { flavorOf, parseFile } from '../document/parse';
import type { ParsedFile } from '../document/types';
import { isRelevant } from '../engine/runner';
import { WorkspaceFiles } from '../engine/workspace';
import type { Baselines } from './baselines';
import type { Settings } from './settings';

export const REPORT_REQUEST = 'backendGuidance/report';
/** A workspace walk stops here, with a note: the report is a picture, not a full index. */
export const MAX_REPORT_FILES = 5000;

const paramsSchema = z.object({
  format: z.enum(REPORT_FORMATS),
  /** `webview.cspSource`, for the HTML shown in a VS Code webview. */
  cspSource: z.string().max(500).optional(),
});

export interface ReportResponse {
  content: string;
  files: number;
  findings: number;
  score: number;
}

export interface ReportDeps {
  analyzer: Analyzer;
  documents: TextDocuments<TextDocument>;
  files: FileProvider;
  configs: ConfigLoader;
  baselines: Baselines;
  settings: () => Settings;
  /** Workspace folder URIs, each ending with `/`. */
  roots: () => readonly string[];
  version?: string;
}

/**
 * `backendGuidance/report`: the workspace report over every candidate file of the workspace
 * folders, the unsaved text of open documents first, through the same pipeline as diagnostics.
 */
export function registerReportRequest(connection: Connection, deps: ReportDeps): void {
  connection.onRequest(REPORT_REQUEST, (raw: unknown): ReportResponse | null => {
    const params = paramsSchema.safeParse(raw);
    if (!params.success) return null;
    const { sources, notes } = workspaceSources(deps);
    const model = buildReportModel(sources, deps.analyzer.catalog, { notes });
    const content = renderReport(model, params.data.format, { catalog: deps.analyzer.catalog, version: deps.version ?? '0.1.0', ...(params.data.cspSource ? { cspSource: params.data.cspSource } : {}) });
    return { content, files: model.files.length, findings: model.totals.findings, score: model.score };
  });
}

function workspaceSources(d: ReportDeps): { sources: ReportSource[]; notes: string[] } {
  const notes: string[] = [];
  const roots = d.roots().filter((r) => r.startsWith('file:'));
  const open = new Map<string, TextDocument>();
  for (const doc of d.documents.all()) open.set(fsPathOf(doc.uri) ?? doc.uri, doc);
  const seen = new Set<string>();
  const sources: ReportSource[] = [];
  // Like the CLI: every file is parsed before any is analysed, so cross-file rules see the whole
  // (complete) set. A store of its own, so the editor's results stay as they are.
  const workspace = new WorkspaceFiles(true);
  const scratch = new AnalysisStore(d.analyzer, d.files, d.configs, d.baselines, () => d.settings().baseline, () => d.settings().maxFileSizeMB * 1024 * 1024, workspace);
  const maxBytes = d.settings().maxFileSizeMB * 1024 * 1024;
  const pending: Array<{ shown: string; document: TextDocument; file: ParsedFile }> = [];
  const add = (key: string, shown: string, document: TextDocument): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const text = document.getText();
    const file = parseFile(document.uri, text, flavorOf(document.uri, document.languageId, text), undefined, { maxBytes });
    if (isRelevant(file)) workspace.set(file);
    pending.push({ shown, document, file });
  };
  for (const root of roots) {
    const dir = fsPathOf(root);
    if (!dir) continue;
    let files: string[];
    try {
      files = collectFiles([dir]);
    } catch (error) {
      notes.push(String((error as Error).message));
      continue;
    }
    if (files.length > MAX_REPORT_FILES) notes.push(`Only the first ${MAX_REPORT_FILES} of ${files.length} files of ${dir} are in the report.`);
    for (const file of files.slice(0, MAX_REPORT_FILES)) {
      const relative = path.relative(dir, file).split(path.sep).join('/');
      const shown = roots.length > 1 ? `${path.basename(dir)}/${relative}` : relative;
      const doc = open.get(file);
      if (doc) add(file, shown, doc);
      else {
        const read = readText(file);
        if (!read.ok) {
          notes.push(read.reason);
          continue;
        }
        add(file, shown, TextDocument.create(pathToFileURL(file).toString(), '', 0, read.text));
      }
    }
  }
  // Open documents outside the folders (or with no folder open) are part of the picture too.
  for (const [key, doc] of open) {
    if (!/\.(ya?ml|json)$/i.test(key) && !['yaml', 'json', 'dockercompose'].includes(doc.languageId)) continue;
    add(key, fsPathOf(doc.uri) ?? doc.uri, doc);
  }
  for (const { shown, document, file } of pending) {
    const analysis = scratch.analyzeParsed(file, document.version);
    sources.push({ file: shown, uri: document.uri, text: file.text, findings: analysis.findings, parsed: analysis.file });
  }
  return { sources, notes };
}

function fsPathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
