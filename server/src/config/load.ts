import type { Catalog } from '../../../knowledge/schema';
import type { FileProvider } from '../engine/files';
import { resolveUri } from '../engine/files';
import type { SyntaxProblem } from '../document/types';
import type { Finding } from '../engine/finding';
import { effectiveConfig, type ConfigLayer, type EffectiveConfig } from './effective';
import { CONFIG_FILE_NAMES } from './names';
import type { SeverityName } from './schema';
import type { ConfigValidation } from './validate';

/**
 * Validation needs zod, our largest dependency (440 KB of the bundle): a run with no configuration file (most CLI
 * runs in CI, most workspaces) never loads it.
 */
function validateConfig(...args: Parameters<typeof import('./validate').validateConfig>): ConfigValidation {
  return (require('./validate') as typeof import('./validate')).validateConfig(...args);
}

export interface ConfigStatus {
  /** The configuration file that applies, if any. */
  uri: string | undefined;
  config: EffectiveConfig;
}

/** Problems in `.backend-guidance.yaml` itself carry this code. */
export const CONFIG_ID = 'config';

export function isConfigFile(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
}

/**
 * Finds the nearest configuration file above a file, follows `extends`, validates every layer,
 * and keeps the last valid version of a file in force while its current text is broken.
 */
export class ConfigLoader {
  private readonly nearest = new Map<string, string | null>();
  private readonly lastValid = new Map<string, ConfigLayer['data']>();

  constructor(
    private readonly catalog: Catalog,
    private readonly files: FileProvider,
    private readonly userRules: () => Readonly<Record<string, SeverityName>> = () => ({}),
    private readonly builtins: readonly string[] = [],
  ) {}

  forFile(uri: string): ConfigStatus {
    const configUri = this.find(dirOf(uri));
    const layers = configUri ? this.layers(configUri, new Set()) : [];
    return { uri: configUri, config: effectiveConfig(this.catalog, layers, this.userRules()) };
  }

  /** Problems of one configuration file (its `extends` chain included), offsets in that file. */
  problems(configUri: string): SyntaxProblem[] {
    const file = this.files.read(configUri);
    if (!file) return [];
    const { data, problems } = validateConfig(file, this.catalog, this.builtins);
    if (data) this.lastValid.set(configUri, data);
    for (const target of this.extendsOf(configUri)) {
      if (!this.files.read(target.uri)) {
        const at = findText(file.text, target.raw);
        problems.push({ start: at, end: at + target.raw.length, message: `The configuration "${target.raw}" named in extends was not found.`, severity: 'error' });
      }
    }
    return problems;
  }

  /** The problems of a configuration file as findings, for the editor and the CLI alike. */
  findings(configUri: string): Finding[] {
    return this.problems(configUri).map((p) => ({ ruleId: CONFIG_ID, severity: p.severity, message: p.message, start: p.start, end: p.end, fixes: [] }));
  }

  /** Forget what was read: a configuration file was created, changed or deleted. */
  invalidate(): void {
    this.nearest.clear();
  }

  private find(dir: string): string | undefined {
    const known = this.nearest.get(dir);
    if (known !== undefined) return known ?? undefined;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = dir + name;
      if (this.files.read(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      const parent = dirOf(dir.slice(0, -1));
      if (parent !== dir && parent.length >= 'file:///'.length) found = this.find(parent) ?? null;
    }
    this.nearest.set(dir, found);
    return found ?? undefined;
  }

  private layers(uri: string, seen: Set<string>): ConfigLayer[] {
    if (seen.has(uri)) return [];
    seen.add(uri);
    const file = this.files.read(uri);
    if (!file) return [];
    const { data } = validateConfig(file, this.catalog, this.builtins);
    if (data) this.lastValid.set(uri, data);
    const inForce = data ?? this.lastValid.get(uri);
    if (!inForce) return [];
    const bases = this.extendsOf(uri).flatMap((target) => this.layers(target.uri, seen));
    return [...bases, { dir: dirOf(uri), data: inForce }];
  }

  private extendsOf(uri: string): Array<{ uri: string; raw: string }> {
    const data = this.lastValid.get(uri);
    const raw = data?.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    return raw.flatMap((r) => {
      const target = resolveUri(uri, r);
      return target ? [{ uri: target, raw: r }] : [];
    });
  }
}

function dirOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function findText(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 0 : at;
}
