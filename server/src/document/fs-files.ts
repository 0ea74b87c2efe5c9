import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileProvider } from '../engine/files';
import { flavorOf, parseFile } from './parse';
import type { ParsedFile } from './types';

/** Files other files point at are data read from disk, never code; big ones are not read at all. */
export const MAX_REFERENCED_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads referenced files from disk, parsed and cached by modification time. `overlay` lets the
 * editor answer with the unsaved text of open documents first.
 */
export class DiskFiles implements FileProvider {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; file: ParsedFile }>();

  constructor(
    private readonly overlay: (uri: string) => { text: string; languageId?: string } | undefined = () => undefined,
    /** In an untrusted workspace, only files inside the workspace folders may be read. */
    private readonly allowed: (uri: string) => boolean = () => true,
  ) {}

  read(uri: string): ParsedFile | undefined {
    const open = this.overlay(uri);
    if (open) return parseFile(uri, open.text, flavorOf(uri, open.languageId, open.text));
    if (!uri.startsWith('file:') || !this.allowed(uri)) return undefined;
    let path: string;
    let stat: fs.Stats;
    try {
      path = fileURLToPath(uri);
      stat = fs.statSync(path);
    } catch {
      return undefined;
    }
    if (!stat.isFile() || stat.size > MAX_REFERENCED_FILE_BYTES) return undefined;
    const known = this.cache.get(uri);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.file;
    let text: string;
    try {
      const buffer = fs.readFileSync(path);
      if (buffer.subarray(0, 8192).includes(0)) return undefined;
      text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
    const file = parseFile(uri, text, flavorOf(path, undefined, text));
    this.cache.set(uri, { mtimeMs: stat.mtimeMs, size: stat.size, file });
    return file;
  }
}
