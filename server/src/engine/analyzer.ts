import { loadCatalogFor } from '../../../knowledge/load';
import type { Catalog, RuleEntry } from '../../../knowledge/schema';
import type { EffectiveConfig } from '../config/effective';
import type { ParsedFile } from '../document/types';
import { allRules } from '../rules';
import type { FileProvider } from './files';
import type { Finding } from './finding';
import type { Rule } from './rule';
import type { Workspace } from './workspace';
import { analyzeFile, planRules, SYNTAX_ID, TEMPLATE_ID, TOO_LARGE_ID, type RulePlans, type RunOptions, type SeveritySetting } from './runner';
import { applySuppressions, collectSuppressions, UNUSED_SUPPRESSION_ID } from './suppressions';

/** Ids of findings that come from the engine itself rather than from a rule. */
export const BUILTIN_IDS = [SYNTAX_ID, TEMPLATE_ID, TOO_LARGE_ID, UNUSED_SUPPRESSION_ID] as const;

export interface AnalysisSettings {
  /** Severities, options and ignores from settings and `.backend-guidance.yaml`. */
  config?: Pick<EffectiveConfig, 'severityOf' | 'optionsOf'> & Partial<Pick<EffectiveConfig, 'isIgnored' | 'signature'>>;
  files?: FileProvider;
  workspace?: Workspace;
}

/**
 * The rules joined with their catalog entries, and the one pipeline that the server and the CLI
 * both run: ignore globs, rules, then suppressions. Same input, same findings, wherever it runs.
 */
export class Analyzer {
  private readonly failed = new Set<string>();
  private readonly kubeLinterChecks = new Map<string, string[]>();
  private readonly plans = new Map<string, RulePlans>();

  constructor(
    readonly catalog: Catalog,
    readonly rules: readonly Rule[],
    private readonly log: (message: string) => void = () => undefined,
  ) {
    for (const entry of catalog.rules.values()) {
      for (const check of entry.peers?.['kube-linter'] ?? []) this.kubeLinterChecks.set(check, [...(this.kubeLinterChecks.get(check) ?? []), entry.id]);
    }
  }

  /**
   * Asking 141 rules for their severity and options once per file showed in profiles of large
   * workspaces: files under the same configuration share one plan.
   */
  private plansFor(config: AnalysisSettings['config'], settings: Pick<RunOptions, 'severityOf' | 'optionsOf'>): RulePlans {
    // A configuration without a signature cannot be recognised again: it gets a plan of its own.
    const key = config ? config.signature : '';
    if (key === undefined) return planRules(this.rules, settings);
    let plans = this.plans.get(key);
    if (!plans) {
      if (this.plans.size >= 64) this.plans.clear();
      this.plans.set(key, (plans = planRules(this.rules, settings)));
    }
    return plans;
  }

  entry(ruleId: string): RuleEntry | undefined {
    return this.catalog.rules.get(ruleId);
  }

  analyze(file: ParsedFile, settings: AnalysisSettings = {}): Finding[] {
    const config = settings.config;
    if (config?.isIgnored?.(file.uri)) return [];
    const ruleSettings: Pick<RunOptions, 'severityOf' | 'optionsOf'> = {
      severityOf: (id) => config?.severityOf(id) ?? this.defaultSeverity(id),
      optionsOf: (id) => config?.optionsOf(id) ?? {},
    };
    const findings = analyzeFile(file, this.rules, {
      ...ruleSettings,
      plans: this.plansFor(config, ruleSettings),
      ...(settings.files ? { files: settings.files } : {}),
      ...(settings.workspace ? { workspace: settings.workspace } : {}),
      onRuleError: (id, error) => {
        if (this.failed.has(id)) return;
        this.failed.add(id);
        this.log(`Rule ${id} failed and was skipped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    });
    const suppressions = collectSuppressions(file, (check) => this.kubeLinterChecks.get(check) ?? []);
    return applySuppressions(findings, suppressions, ruleSettings.severityOf, (id) => this.catalog.rules.has(id) || (BUILTIN_IDS as readonly string[]).includes(id));
  }

  private defaultSeverity(id: string): SeveritySetting {
    if (id === UNUSED_SUPPRESSION_ID) return 'hint';
    return this.entry(id)?.severity ?? 'warning';
  }
}

/** Loads the catalog shipped next to the code that runs (source tree, dist/ or the .vsix). */
export function createAnalyzer(fromDir: string, log?: (message: string) => void): Analyzer {
  return new Analyzer(loadCatalogFor(fromDir), allRules, log);
}
