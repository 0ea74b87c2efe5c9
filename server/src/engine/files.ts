import type { ParsedFile } from '../document/types';

/**
 * How a rule sees other files (a Compose `extends: {file: …}`, an override file, an external
 * `$ref`): by uri, already parsed, or undefined when absent or unreadable. Rules stay pure: the
 * host (CLI, server, tests) decides where the text comes from.
 */
export interface FileProvider {
  read(uri: string): ParsedFile | undefined;
}

export const noFiles: FileProvider = { read: () => undefined };

/** Resolves a path written in a file (`../base.yaml`) against that file's uri. */
export function resolveUri(fromUri: string, relative: string): string | undefined {
  try {
    return new URL(relative.replace(/\\/g, '/'), fromUri).toString();
  } catch {
    return undefined;
  }
}
