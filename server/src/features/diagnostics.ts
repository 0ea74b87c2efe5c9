import * as path from 'node:path';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/finding';
import type { Severity } from '../engine/rule';
import type { Analysis, AnalysisStore } from './analysis-store';
import type { FixData } from './fix-data';
import type { Settings } from './settings';

export const SOURCE = 'backend-guidance';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Links each rule id to its page in the docs shipped with the extension (offline, always there). */
export function ruleDocLinker(docsDir: string | undefined): (ruleId: string) => string | undefined {
  // Asked once per diagnostic at every publication: the disk is asked once per rule.
  const known = new Map<string, string | undefined>();
  return (ruleId) => {
    if (!docsDir || !ruleId.includes('/')) return undefined;
    if (!known.has(ruleId)) {
      const page = path.join(docsDir, `${ruleId}.md`);
      known.set(ruleId, fs.existsSync(page) ? pathToFileURL(page).toString() : undefined);
    }
    return known.get(ruleId);
  };
}

/** The diagnostic of `analysis.findings[index]`. */
function toDiagnostic(finding: Finding, index: number, analysis: Analysis, docLink: (id: string) => string | undefined): Diagnostic {
  const href = docLink(finding.ruleId);
  const data: FixData | undefined = finding.fixes.length ? { version: analysis.version, analysis: analysis.serial, finding: index } : undefined;
  return {
    range: analysis.lines.range(finding.start, finding.end),
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: finding.message,
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) }
      : {}),
    ...(data ? { data } : {}),
  };
}

/** Every finding of an analysis as a diagnostic. */
export function diagnosticsOf(analysis: Analysis, docLink: (id: string) => string | undefined): Diagnostic[] {
  return analysis.findings.map((finding, index) => toDiagnostic(finding, index, analysis, docLink));
}

/**
 * Debounced analysis per document: each change restarts the wait, and a result is published
 * only if the document is still open at the version that was analysed.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: AnalysisStore,
    private readonly settings: () => Settings,
    private readonly docLink: (id: string) => string | undefined,
  ) {}

  schedule(uri: string, delay = this.settings().debounceMs): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.publishNow(uri);
    }, delay);
    this.timers.set(uri, timer);
  }

  publishNow(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    if (!this.settings().enable) {
      void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const analysis = this.store.analyze(document);
    // The document may have changed or closed while we worked: never publish for an old version.
    const latest = this.documents.get(uri);
    if (!latest || latest.version !== analysis.version) return;
    const diagnostics = diagnosticsOf(analysis, this.docLink);
    void this.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.store.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  refreshAll(): void {
    this.store.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
