import * as fs from 'node:fs';
import * as path from 'node:path';

export const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', 'third_party', 'dist', 'out', '.terraform']);
const CANDIDATE = /\.(ya?ml|json)$/i;

export class UsageError extends Error {}

/** Expands files and folders into the candidate files, sorted for stable output. */
export function collectFiles(inputs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new UsageError(`No such file or folder: ${input}`);
    }
    if (stat.isDirectory()) walk(input, out);
    else out.add(input);
  }
  return [...out].sort();
}

function walk(dir: string, out: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`Cannot read folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && CANDIDATE.test(entry.name)) {
      out.add(full);
    }
  }
}

/**
 * The files named on a command line (default: the current folder), or undefined after telling
 * the user what is wrong: every command answers a bad path the same way, with exit code 2.
 */
export function collectOrReport(paths: readonly string[], err: (text: string) => void): string[] | undefined {
  try {
    return collectFiles(paths.length ? paths : ['.']);
  } catch (error) {
    err(`backend-guidance: ${(error as Error).message}\n`);
    return undefined;
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; skipped?: boolean };

/** Reads a file as UTF-8 text; binary files are skipped rather than reported as broken YAML. */
export function readText(file: string): ReadResult {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { ok: false, reason: `${file} looks binary and was skipped`, skipped: true };
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
