import type { Catalog } from '../../../knowledge/schema';
import type { SeveritySetting } from '../engine/runner';
import { globToRegExp } from './glob';
import type { ConfigData, SeverityName } from './schema';
import { keepNonFinite } from '../util/json-key';

/** One configuration file's content, with the folder its relative paths are taken from. */
export interface ConfigLayer {
  /** The folder holding the file, as a `file:` uri ending in a slash. */
  dir: string;
  data: ConfigData;
}

export interface EffectiveConfig {
  severityOf(ruleId: string): SeveritySetting;
  /** Equal for configurations that give every rule the same severity and options. */
  readonly signature: string;
  optionsOf(ruleId: string): Readonly<Record<string, unknown>>;
  isIgnored(fileUri: string): boolean;
}

/**
 * Catalog defaults, then the profile, then category switches, then the user's settings, then the
 * rules of each configuration file from the furthest base to the nearest: the file wins.
 */
export function effectiveConfig(catalog: Catalog, layers: readonly ConfigLayer[], userRules: Readonly<Record<string, SeverityName>> = {}): EffectiveConfig {
  let profile: ConfigData['profile'] = 'recommended';
  const categories: Record<string, boolean> = {};
  let kubernetesVersion: string | undefined;
  const severities = new Map<string, SeverityName>(Object.entries(userRules));
  const options = new Map<string, Record<string, unknown>>();
  const ignores: Array<{ dir: string; pattern: RegExp }> = [];
  for (const { dir, data } of layers) {
    profile = data.profile ?? profile;
    Object.assign(categories, data.categories ?? {});
    kubernetesVersion = data.kubernetesVersion ?? kubernetesVersion;
    for (const [id, setting] of Object.entries(data.rules ?? {})) {
      const [severity, ruleOptions] = typeof setting === 'string' ? [setting, undefined] : [setting[0], setting[1]];
      severities.set(id, severity);
      if (ruleOptions) options.set(id, { ...options.get(id), ...ruleOptions });
    }
    for (const glob of data.ignore ?? []) {
      try {
        ignores.push({ dir, pattern: globToRegExp(glob) });
      } catch {
        // Reported on the configuration file; an invalid pattern ignores nothing.
      }
    }
  }
  return {
    signature: JSON.stringify([profile, categories, kubernetesVersion ?? null, [...severities], [...options]], keepNonFinite),
    severityOf(ruleId) {
      const explicit = severities.get(ruleId);
      if (explicit) return explicit;
      const entry = catalog.rules.get(ruleId);
      if (!entry) return 'warning';
      if (categories[entry.category] === false) return 'off';
      return byProfile(profile, entry.severity, entry.category);
    },
    optionsOf(ruleId) {
      return { ...(kubernetesVersion ? { kubernetesVersion } : {}), ...options.get(ruleId) };
    },
    isIgnored(fileUri) {
      return ignores.some(({ dir, pattern }) => fileUri.startsWith(dir) && pattern.test(decodeURIComponent(fileUri.slice(dir.length))));
    },
  };
}

/**
 * recommended: the catalog's own severities. strict: every rule on, hints raised to info.
 * minimal: errors, and warnings about security, only.
 */
function byProfile(profile: ConfigData['profile'], severity: SeverityName, category: string): SeveritySetting {
  if (profile === 'strict') return severity === 'off' ? 'warning' : severity === 'hint' ? 'info' : severity;
  if (profile === 'minimal') return severity === 'error' || (severity === 'warning' && category === 'security') ? severity : 'off';
  return severity;
}
