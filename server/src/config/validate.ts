import type { Catalog } from '../../../knowledge/schema';
import { toPlain } from '../document/plain';
import { getPath, isMap, pairOf, type Node } from '../document/tree';
import type { ParsedFile, SyntaxProblem } from '../document/types';
import { closest } from '../util/similar';
import { globToRegExp, GlobError } from './glob';
import { CATEGORIES, configSchema, type ConfigData } from './schema';

export interface ConfigValidation {
  data: ConfigData | undefined;
  /** Offsets in the configuration file. */
  problems: SyntaxProblem[];
}

/** Validates a parsed configuration file; every problem points at the key or value at fault. */
export function validateConfig(file: ParsedFile, catalog: Catalog, builtins: readonly string[] = []): ConfigValidation {
  const doc = file.documents[0];
  const problems: SyntaxProblem[] = [];
  for (const d of file.documents) for (const p of d.problems) problems.push({ ...p, start: p.start + d.base, end: p.end + d.base });
  if (!doc?.root) return { data: problems.length ? undefined : {}, problems };
  const root = doc.root;
  const at = (node: Node | undefined, message: string, severity: SyntaxProblem['severity'] = 'error'): void => {
    const target = node ?? root;
    problems.push({ start: doc.base + target.start, end: doc.base + Math.max(target.end, target.start + 1), message, severity });
  };
  if (!isMap(root)) {
    at(root, 'The configuration must be a mapping of settings such as `rules:` and `ignore:`.');
    return { data: undefined, problems };
  }
  const parsed = configSchema.safeParse(toPlain(root));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      if (issue.code === 'unrecognized_keys') {
        const parent = getPath(root, path);
        for (const key of issue.keys) at(pairOf(parent, key)?.key, `Unknown setting "${key}"${hint(key, ['extends', 'profile', 'kubernetesVersion', 'rules', 'ignore', 'categories', ...CATEGORIES]) || '.'}`);
      } else {
        const node = getPath(root, path);
        at(node, `${path.length ? `"${path.join('.')}"` : 'The configuration'} ${describe(issue.message)}.`);
      }
    }
  }
  const rules = getPath(root, ['rules']);
  if (isMap(rules)) {
    const known = new Set([...catalog.rules.keys(), ...builtins]);
    for (const pair of rules.pairs) {
      const id = String(pair.key.value);
      if (!known.has(id)) at(pair.key, `Unknown rule "${id}"${hint(id, known) || '.'}`);
    }
  }
  const ignore = getPath(root, ['ignore']);
  if (ignore?.type === 'seq') {
    for (const item of ignore.items) {
      if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
      try {
        globToRegExp(item.value);
      } catch (error) {
        if (error instanceof GlobError) at(item, `Invalid glob: ${error.message}`);
      }
    }
  }
  const failed = problems.some((p) => p.severity === 'error');
  return { data: failed || !parsed.success ? undefined : parsed.data, problems };
}

function hint(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

function describe(message: string): string {
  const text = message.replace(/^Invalid input: /, '').replace(/\.$/, '');
  return /^(must|is|expected)/i.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : `is invalid: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
