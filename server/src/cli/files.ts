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

/**
 * Room that a run reading many files reuses for their bytes: a fresh buffer per file is fresh
 * memory the kernel must map page by page (reading the OpenAPI corpus took a fifth longer).
 */
export interface ReadScratch {
  buffer: Buffer;
}

/** The bytes of a regular file, read into `scratch`'s buffer (grown as needed); anything else read whole. */
function readBytes(file: string, scratch: ReadScratch | undefined): Buffer {
  if (!scratch) return fs.readFileSync(file);
  const fd = fs.openSync(file, 'r');
  try {
    const stat = fs.fstatSync(fd);
    // Pipes and devices have no size to read up to.
    if (!stat.isFile() || stat.size === 0) return fs.readFileSync(fd);
    if (scratch.buffer.length < stat.size) scratch.buffer = Buffer.allocUnsafeSlow(Math.max(stat.size, 2 * scratch.buffer.length));
    let got = 0;
    while (got < stat.size) {
      const read = fs.readSync(fd, scratch.buffer, got, stat.size - got, got);
      if (read === 0) break;
      got += read;
    }
    return scratch.buffer.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file as UTF-8 text; binary files are skipped rather than reported as broken YAML. With
 * `scratch`, the bytes go through a buffer the caller reuses from file to file.
 */
export function readText(file: string, scratch?: ReadScratch): ReadResult {
  let buffer: Buffer;
  try {
    buffer = readBytes(file, scratch);
  } catch (error) {
    return { ok: false, reason: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (buffer.subarray(0, 8192).includes(0)) return { ok: false, reason: `${file} looks binary and was skipped`, skipped: true };
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
