import * as fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { flavorOf, parseFile } from '../document/parse';
import type { DocumentKind } from '../document/types';
import { isRelevant } from '../engine/runner';
import type { WorkspaceFiles } from '../engine/workspace';
import type { Analysis, AnalysisStore } from './analysis-store';
import { listWorkspaceFiles } from './workspace-scan';
import { progressReporter, type Progress } from './workspace-progress';

/** Beyond this many candidate files the index stops and says so: the editor stays usable. */
export const MAX_INDEXED_FILES = 20_000;
const YIELD_EVERY = 25;

export interface IndexDeps {
  connection: Connection;
  /** Shared with the stores, which put open documents in with their unsaved text. */
  workspace: WorkspaceFiles;
  /** Analyses of unopened files: a store of their own, so the editor's store holds open documents only. */
  diskStore: AnalysisStore;
  isOpen(uri: string): boolean;
  maxBytes(): number;
  /** Turns an analysis into what is published (the same conversion as for open documents). */
  publish(analysis: Analysis): void;
  clear(uri: string): void;
  log(message: string): void;
  supportsProgress(): boolean;
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Every Compose, Kubernetes and OpenAPI file under the workspace folders, parsed, for the
 * cross-file rules, with diagnostics published for the files that are not open. Open documents
 * enter the same set through the editor's store, with their unsaved text.
 */
export class WorkspaceIndex {
  readonly workspace: WorkspaceFiles;
  /** Files read from disk and their published state; open documents are not in here. */
  private readonly fromDisk = new Set<string>();
  private scanRun = 0;
  private scanning = false;
  private refreshRun = 0;

  constructor(private readonly deps: IndexDeps) {
    this.workspace = deps.workspace;
  }

  get indexing(): boolean {
    return this.scanning;
  }

  /** Indexes the folders from scratch (again), cancelling a scan in progress. */
  async scan(roots: readonly string[], excluded: (relativePath: string) => boolean): Promise<{ files: number; complete: boolean }> {
    const run = ++this.scanRun;
    this.scanning = true;
    const progress: Progress = await progressReporter(this.deps.connection, this.deps.supportsProgress(), 'Backend Guidance: indexing the workspace');
    const stale = (): boolean => this.scanRun !== run || progress.cancelled();
    this.workspace.setComplete(false);
    try {
      const listed = await listWorkspaceFiles(roots, { excluded, cancelled: stale, limit: MAX_INDEXED_FILES });
      if (listed.truncated) this.deps.log(`Indexed only the first ${MAX_INDEXED_FILES} candidate files of the workspace; cross-file rules stay silent about what is missing.`);
      const wanted = new Set(listed.uris);
      for (const uri of [...this.fromDisk]) if (!wanted.has(uri)) this.remove(uri);
      let done = 0;
      for (const uri of listed.uris) {
        if (stale()) break;
        if (++done % YIELD_EVERY === 0) {
          progress.report(Math.round((done / listed.uris.length) * 50), `${done} of ${listed.uris.length} files read`);
          await nextTick();
        }
        if (!this.deps.isOpen(uri)) await this.load(uri);
      }
      const complete = !listed.truncated && !listed.cancelled && !stale();
      this.workspace.setComplete(complete);
      if (!stale()) await this.analyzeAll(progress, stale);
      return { files: this.workspace.size, complete };
    } finally {
      progress.done();
      if (this.scanRun === run) this.scanning = false;
    }
  }

  /** Reads one file from disk into the index; false when it is not ours (or unreadable). */
  async load(uri: string): Promise<boolean> {
    const maxBytes = this.deps.maxBytes();
    const text = await readWorkspaceText(uri, maxBytes);
    // Opened while it was being read: the editor's text and parse are the ones that count, and a
    // second parse here would overwrite them in the workspace (and hold two trees at once).
    if (text !== undefined && this.deps.isOpen(uri)) return false;
    const file = text === undefined ? undefined : parseFile(uri, text, flavorOf(uri, undefined, text), undefined, { maxBytes });
    if (!file || !isRelevant(file)) {
      this.remove(uri);
      return false;
    }
    this.fromDisk.add(uri);
    this.workspace.set(file);
    return true;
  }

  /** A file left the workspace (deleted, excluded): its entry and its diagnostics go. */
  remove(uri: string): void {
    this.workspace.delete(uri);
    if (this.fromDisk.delete(uri)) this.deps.clear(uri);
  }

  /** A document was closed: what counts now is the file on disk, or nothing. */
  async closed(uri: string): Promise<void> {
    this.workspace.delete(uri);
    if (await this.load(uri)) this.analyze(uri);
  }

  /** A document was opened: the editor's store owns it from now on. */
  opened(uri: string): void {
    this.fromDisk.delete(uri);
    // Its disk analysis (findings, line index) would otherwise stay beside the editor's.
    this.deps.diskStore.forget(uri);
  }

  /** Analyses and publishes one unopened file of the index. */
  analyze(uri: string): void {
    const file = this.workspace.get(uri);
    if (!file || this.deps.isOpen(uri) || !this.fromDisk.has(uri)) return;
    this.deps.publish(this.deps.diskStore.analyzeParsed(file, 0));
  }

  /**
   * Files of these kinds changed, so cross-file findings elsewhere may have too: re-analyses the
   * unopened files of the same kinds in the background, a newer call cancelling an older one.
   * Findings of document-local rules come from the runner's cache: this pays for the cross-file rules.
   */
  refreshKinds(kinds: ReadonlySet<DocumentKind>, except: ReadonlySet<string>): void {
    const refresh = ++this.refreshRun;
    const uris = [...this.fromDisk].filter((uri) => !except.has(uri) && this.workspace.get(uri)?.documents.some((d) => kinds.has(d.kind)));
    void this.analyzeMany(uris, () => this.refreshRun !== refresh);
  }

  /** Open files only, from now on: the files read from disk leave, with their diagnostics. */
  dropDiskFiles(): void {
    this.scanRun++;
    this.refreshRun++;
    for (const uri of [...this.fromDisk]) this.remove(uri);
  }

  private async analyzeAll(progress: Progress, stale: () => boolean): Promise<void> {
    const uris = [...this.fromDisk];
    await this.analyzeMany(uris, stale, (done) => progress.report(50 + Math.round((done / Math.max(uris.length, 1)) * 50), `${done} of ${uris.length} files analysed`));
  }

  private async analyzeMany(uris: readonly string[], stale: () => boolean, onProgress?: (done: number) => void): Promise<void> {
    let done = 0;
    for (const uri of uris) {
      if (stale()) return;
      try {
        this.analyze(uri);
      } catch (error) {
        this.deps.log(`Could not analyse ${uri}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (++done % YIELD_EVERY === 0) {
        onProgress?.(done);
        await nextTick();
      }
    }
  }

  dispose(): void {
    this.scanRun++;
    this.refreshRun++;
  }
}

/** The file as the index keeps it: parsed, or undefined for binary, unreadable or oversized files. */
async function readWorkspaceText(uri: string, maxBytes: number): Promise<string | undefined> {
  let buffer: Buffer;
  try {
    const path = fileURLToPath(uri);
    const stat = await fs.stat(path);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    buffer = await fs.readFile(path);
  } catch {
    return undefined;
  }
  if (buffer.subarray(0, 8192).includes(0)) return undefined;
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
