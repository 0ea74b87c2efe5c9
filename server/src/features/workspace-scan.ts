import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SKIPPED_DIRS } from '../cli/files';
import { globToRegExp } from '../config/glob';

const CANDIDATE = /\.(ya?ml|json)$/i;
/** JSON files that are never ours and can be large: no need to read them to know. */
const NEVER_OURS = /(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|composer\.lock|\.eslintrc\.json|yarn\.lock)$/i;

/**
 * `files.exclude` as VS Code sends it (`{ "**\/dist": true, "**\/*.js": { when: … } }`): the
 * patterns switched on, matched against paths relative to the workspace folder.
 */
export function excludeMatcher(filesExclude: unknown): (relativePath: string) => boolean {
  const patterns: RegExp[] = [];
  if (filesExclude && typeof filesExclude === 'object') {
    for (const [glob, on] of Object.entries(filesExclude as Record<string, unknown>)) {
      // `{ when: "$(basename).ts" }` conditions need sibling files; such entries are left out.
      if (on !== true) continue;
      try {
        patterns.push(globToRegExp(glob));
      } catch {
        // A pattern VS Code accepts but we cannot read excludes nothing rather than everything.
      }
    }
  }
  return (relativePath) => patterns.some((p) => p.test(relativePath));
}

export interface ScanOptions {
  excluded(relativePath: string): boolean;
  /** Checked between folders; true stops the walk (the index then stays incomplete). */
  cancelled(): boolean;
  /** At most this many files are listed; the walk says so when it stops early. */
  limit: number;
}

export interface ScanResult {
  uris: string[];
  truncated: boolean;
  cancelled: boolean;
}

/**
 * Lists the candidate files under the workspace folders without blocking the server: one folder
 * read at a time, yielding to pending requests in between, vendored and excluded trees skipped.
 */
export async function listWorkspaceFiles(roots: readonly string[], options: ScanOptions): Promise<ScanResult> {
  const uris: string[] = [];
  for (const root of roots) {
    let rootDir: string;
    try {
      rootDir = fileURLToPath(root);
    } catch {
      continue;
    }
    const pending = [rootDir];
    while (pending.length) {
      if (options.cancelled()) return { uris, truncated: false, cancelled: true };
      const dir = pending.pop() ?? rootDir;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name);
        const relative = path.relative(rootDir, full).split(path.sep).join('/');
        if (options.excluded(relative)) continue;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) pending.push(full);
        } else if (entry.isFile() && CANDIDATE.test(entry.name) && !NEVER_OURS.test(relative)) {
          if (uris.length >= options.limit) return { uris, truncated: true, cancelled: false };
          uris.push(pathToFileURL(full).toString());
        }
      }
    }
  }
  return { uris, truncated: false, cancelled: false };
}
