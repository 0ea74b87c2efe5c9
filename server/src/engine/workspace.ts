import type { ParsedFile } from '../document/types';

/**
 * What a cross-file rule sees of the other files: every indexed file, already parsed, the one
 * under analysis included as it is now. A rule that reports something *missing* ("selects no
 * pods") must stay silent unless the set is `complete`: with only the open files known, the
 * workload may well sit in a file nobody opened.
 */
export interface Workspace {
  readonly complete: boolean;
  files(): Iterable<ParsedFile>;
  /** Computed once per state of the workspace (an index of every Service, say), shared by all files. */
  memo<T>(key: string, compute: () => T): T;
}

/** A workspace of parsed files that the host keeps current: the CLI's file list, the server's index. */
export class WorkspaceFiles implements Workspace {
  private readonly byUri = new Map<string, ParsedFile>();
  private memos = new Map<string, unknown>();

  constructor(public complete: boolean) {}

  files(): Iterable<ParsedFile> {
    return this.byUri.values();
  }

  get(uri: string): ParsedFile | undefined {
    return this.byUri.get(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  get size(): number {
    return this.byUri.size;
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  /** True when the file is new or differs from what was known (summaries are then rebuilt). */
  set(file: ParsedFile): boolean {
    const known = this.byUri.get(file.uri);
    if (known === file) return false;
    this.byUri.set(file.uri, file);
    this.memos = new Map();
    return true;
  }

  delete(uri: string): boolean {
    if (!this.byUri.delete(uri)) return false;
    this.memos = new Map();
    return true;
  }

  setComplete(complete: boolean): void {
    if (complete === this.complete) return;
    this.complete = complete;
    this.memos = new Map();
  }

  memo<T>(key: string, compute: () => T): T {
    const memos = this.memos;
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as T;
  }
}

/** The file alone: what a rule sees when nothing else is known (never complete). */
export function singleFileWorkspace(file: ParsedFile): Workspace {
  const memos = new Map<string, unknown>();
  return {
    complete: false,
    files: () => [file],
    memo: <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
