import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigLoader, isConfigFile } from '../config/load';
import { DEFAULT_MAX_FILE_BYTES, flavorOf, parseFile } from '../document/parse';
import { lineIndexOf, type LineIndex } from '../document/source-range';
import type { ParsedFile } from '../document/types';
import type { Analyzer } from '../engine/analyzer';
import type { Finding } from '../engine/finding';
import type { FileProvider } from '../engine/files';
import { isRelevant } from '../engine/runner';
import type { WorkspaceFiles } from '../engine/workspace';
import type { BaselineMode, Baselines } from './baselines';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  /** Unique in this process: a diagnostic names the analysis its finding comes from. */
  readonly serial: number;
  readonly file: ParsedFile;
  readonly findings: readonly Finding[];
  readonly lines: LineIndex;
}

let serials = 0;

/**
 * The last analysis of every open document. Hover and code actions answer from here at once;
 * a newer version replaces an entry, and the previous parse is handed to the parser so the
 * documents of a multi-document file that did not change are not parsed again.
 */
export class AnalysisStore {
  private readonly results = new Map<string, Analysis>();
  /** Results another file's change may have outdated; their parse is still good to reuse. */
  private readonly stale = new Set<string>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly files: FileProvider,
    private readonly configs: ConfigLoader,
    private readonly baselines: Baselines,
    private readonly baselineMode: () => BaselineMode = () => 'hint',
    private readonly maxBytes: () => number = () => DEFAULT_MAX_FILE_BYTES,
    /** The files cross-file rules see; each analysis puts its file in first, as it is now. */
    private readonly workspace?: WorkspaceFiles,
  ) {}

  get(uri: string): Analysis | undefined {
    return this.results.get(uri);
  }

  current(document: TextDocument): Analysis | undefined {
    const known = this.results.get(document.uri);
    return known && known.version === document.version && !this.stale.has(document.uri) ? known : undefined;
  }

  analyze(document: TextDocument): Analysis {
    const known = this.current(document);
    if (known) return known;
    const text = document.getText();
    // A document just opened is usually the file the workspace index has already parsed: its
    // documents (and the rule results cached on them) are taken over instead of parsed twice.
    const previous = this.results.get(document.uri)?.file ?? this.workspace?.get(document.uri);
    const flavor = flavorOf(document.uri, document.languageId, text);
    const file = previous && isSameParse(previous, text, flavor) ? previous : parseFile(document.uri, text, flavor, previous, { maxBytes: this.maxBytes() });
    return this.analyzeParsed(file, document.version);
  }

  /** Analyses a file parsed elsewhere (the workspace index reads unopened files itself). */
  analyzeParsed(file: ParsedFile, version: number): Analysis {
    const uri = file.uri;
    let findings: readonly Finding[];
    if (isConfigFile(uri)) findings = this.configs.findings(uri);
    else {
      const { config } = this.configs.forFile(uri);
      if (this.workspace) {
        if (isRelevant(file) && !config.isIgnored(uri)) this.workspace.set(file);
        else this.workspace.delete(uri);
      }
      findings = this.baselines.apply(uri, file.text, this.analyzer.analyze(file, { config, files: this.files, ...(this.workspace ? { workspace: this.workspace } : {}) }), this.baselineMode());
    }
    const analysis: Analysis = { uri, version, serial: ++serials, file, findings, lines: lineIndexOf(file) };
    this.results.set(uri, analysis);
    this.stale.delete(uri);
    return analysis;
  }

  /** The next `analyze` runs the rules again, reusing the parse: another file changed. */
  invalidate(uri: string): void {
    if (this.results.has(uri)) this.stale.add(uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.stale.delete(uri);
  }

  clear(): void {
    this.results.clear();
    this.stale.clear();
  }
}

/**
 * Whether a parse of the same text can stand for a new one: the same flavour, or JSON that the
 * parser read as JSON although the file is YAML (parseFile does that when it parses cleanly). A
 * file skipped as too large is parsed again, since the size limit may have changed since.
 */
function isSameParse(previous: ParsedFile, text: string, flavor: ParsedFile['flavor']): boolean {
  if (previous.text !== text || previous.skipped?.code === 'too-large') return false;
  return previous.flavor === flavor || (flavor === 'yaml' && previous.flavor === 'json' && previous.documents.every((d) => d.problems.length === 0));
}
