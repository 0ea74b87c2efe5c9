import { findKnowledgeDir, loadCatalog } from '../../../knowledge/load';
import type { Catalog, RuleEntry } from '../../../knowledge/schema';
import type { ParsedFile } from '../document/types';
import { allRules } from '../rules';
import type { FileProvider } from './files';
import type { Finding } from './finding';
import type { Rule } from './rule';
import { analyzeFile, type SeveritySetting } from './runner';

export interface AnalysisSettings {
  /** Per-rule severity overrides from settings or configuration; 'off' disables a rule. */
  overrides?: Readonly<Record<string, SeveritySetting>>;
  options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  files?: FileProvider;
}

/** The rules joined with their catalog entries: what the server and the CLI both run. */
export class Analyzer {
  private readonly failed = new Set<string>();

  constructor(
    readonly catalog: Catalog,
    readonly rules: readonly Rule[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  entry(ruleId: string): RuleEntry | undefined {
    return this.catalog.rules.get(ruleId);
  }

  analyze(file: ParsedFile, settings: AnalysisSettings = {}): Finding[] {
    return analyzeFile(file, this.rules, {
      severityOf: (id) => settings.overrides?.[id] ?? this.entry(id)?.severity ?? 'warning',
      optionsOf: (id) => settings.options?.[id] ?? {},
      ...(settings.files ? { files: settings.files } : {}),
      onRuleError: (id, error) => {
        if (this.failed.has(id)) return;
        this.failed.add(id);
        this.log(`Rule ${id} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    });
  }
}

/** Loads the catalog shipped next to the code that runs (source tree, dist/ or the .vsix). */
export function createAnalyzer(fromDir: string, log?: (message: string) => void): Analyzer {
  return new Analyzer(loadCatalog(findKnowledgeDir(fromDir)), allRules, log);
}
