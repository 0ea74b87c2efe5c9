import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigLoader, isConfigFile } from '../config/load';
import { DEFAULT_MAX_FILE_BYTES, flavorOf, parseFile } from '../document/parse';
import { LineIndex } from '../document/source-range';
import type { ParsedFile } from '../document/types';
import type { Analyzer } from '../engine/analyzer';
import type { Finding } from '../engine/finding';
import type { FileProvider } from '../engine/files';
import type { BaselineMode, Baselines } from './baselines';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly file: ParsedFile;
  readonly findings: readonly Finding[];
  readonly lines: LineIndex;
}

/**
 * The last analysis of every open document. Hover and code actions answer from here at once;
 * a newer version replaces an entry, and the previous parse is handed to the parser so the
 * documents of a multi-document file that did not change are not parsed again.
 */
export class AnalysisStore {
  private readonly results = new Map<string, Analysis>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly files: FileProvider,
    private readonly configs: ConfigLoader,
    private readonly baselines: Baselines,
    private readonly baselineMode: () => BaselineMode = () => 'hint',
    private readonly maxBytes: () => number = () => DEFAULT_MAX_FILE_BYTES,
  ) {}

  get(uri: string): Analysis | undefined {
    return this.results.get(uri);
  }

  current(document: TextDocument): Analysis | undefined {
    const known = this.results.get(document.uri);
    return known && known.version === document.version ? known : undefined;
  }

  analyze(document: TextDocument): Analysis {
    const known = this.current(document);
    if (known) return known;
    const text = document.getText();
    const previous = this.results.get(document.uri)?.file;
    const file = parseFile(document.uri, text, flavorOf(document.uri, document.languageId, text), previous, { maxBytes: this.maxBytes() });
    const findings = isConfigFile(document.uri)
      ? this.configs.findings(document.uri)
      : this.baselines.apply(document.uri, text, this.analyzer.analyze(file, { config: this.configs.forFile(document.uri).config, files: this.files }), this.baselineMode());
    const analysis: Analysis = { uri: document.uri, version: document.version, file, findings, lines: new LineIndex(text) };
    this.results.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.results.delete(uri);
  }

  clear(): void {
    this.results.clear();
  }
}
