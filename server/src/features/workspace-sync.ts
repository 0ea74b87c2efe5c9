import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../document/types';
import type { AnalysisStore } from './analysis-store';
import type { DiagnosticsPublisher } from './diagnostics';
import type { Settings } from './settings';
import type { WorkspaceIndex } from './workspace-index';
import { excludeMatcher } from './workspace-scan';

export interface SyncDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: AnalysisStore;
  publisher: DiagnosticsPublisher;
  index: WorkspaceIndex;
  settings(): Settings;
  /** Workspace folder URIs, each ending with `/`. */
  roots(): readonly string[];
  pullsConfiguration(): boolean;
  log(message: string): void;
}

const MANIFEST = /\.(ya?ml|json)$/i;

/**
 * Keeps the workspace index and the published diagnostics in step with what happens: the scan
 * on start, edits in open documents (whose cross-file effects reach other files), documents
 * closed (the disk version counts again), and files changed on disk.
 */
export class WorkspaceSync {
  private readonly pending = new Set<string>();
  /** Kinds of what changed, noted at once: a deleted file has none left to look at when the timer fires. */
  private readonly pendingKinds = new Set<DocumentKind>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: SyncDeps) {}

  private get indexingWorkspace(): boolean {
    return this.deps.settings().scope === 'workspace' && this.deps.roots().some((r) => r.startsWith('file:'));
  }

  /** (Re)builds the index when the whole workspace is wanted; otherwise only open files count. */
  async rescan(): Promise<void> {
    const { index, publisher } = this.deps;
    // Switched off, or open files only: what was published for unopened files goes away.
    if (!this.indexingWorkspace || !this.deps.settings().enable) {
      index.dropDiskFiles();
      index.workspace.setComplete(false);
      publisher.refreshAll();
      return;
    }
    const roots = this.deps.roots().filter((r) => r.startsWith('file:'));
    const excludes = await Promise.all(roots.map((root) => this.filesExclude(root)));
    const matchers = excludes.map(excludeMatcher);
    const started = Date.now();
    const result = await index.scan(roots, (relative) => matchers.some((m) => m(relative)));
    this.deps.log(`Indexed ${result.files} files in ${Date.now() - started} ms${result.complete ? '' : ' (stopped before the end: cross-file rules stay silent about missing objects)'}.`);
    // Open documents were analysed against a partial workspace: their cross-file findings change now.
    publisher.refreshAll();
  }

  private async filesExclude(root: string): Promise<unknown> {
    if (!this.deps.pullsConfiguration()) return {};
    try {
      const [value] = (await this.deps.connection.workspace.getConfiguration([{ scopeUri: root, section: 'files.exclude' }])) as unknown[];
      return value;
    } catch {
      return {};
    }
  }

  opened(uri: string): void {
    this.deps.index.opened(uri);
    this.changed(uri);
  }

  /** An open document changed: once edits pause, files of the same kinds are analysed again. */
  changed(uri: string): void {
    this.pending.add(uri);
    for (const d of this.deps.index.workspace.get(uri)?.documents ?? []) this.pendingKinds.add(d.kind);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), Math.max(this.deps.settings().debounceMs, 300) + 100);
  }

  async closed(uri: string): Promise<void> {
    const { index } = this.deps;
    if (this.indexingWorkspace && this.insideRoots(uri)) await index.closed(uri);
    else index.workspace.delete(uri);
    this.changed(uri);
  }

  async watched(changes: readonly FileEvent[]): Promise<void> {
    const { index, documents } = this.deps;
    for (const change of changes) {
      if (!MANIFEST.test(change.uri) || documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) {
        this.changed(change.uri);
        index.remove(change.uri);
        continue;
      }
      if (!this.indexingWorkspace || !this.insideRoots(change.uri) || index.indexing) continue;
      this.changed(change.uri);
      if (await index.load(change.uri)) index.analyze(change.uri);
      // Again, with what the file holds now (it may have become, or stopped being, a manifest).
      this.changed(change.uri);
    }
  }

  private insideRoots(uri: string): boolean {
    return this.deps.roots().some((root) => uri.startsWith(root));
  }

  private flush(): void {
    this.timer = undefined;
    const { documents, store, publisher, index } = this.deps;
    const kinds = new Set<DocumentKind>(this.pendingKinds);
    this.pendingKinds.clear();
    for (const uri of this.pending) {
      const open = documents.get(uri);
      // The changed document goes into the workspace first, so the others see its new text.
      const file = open ? store.analyze(open).file : index.workspace.get(uri);
      for (const d of file?.documents ?? []) kinds.add(d.kind);
    }
    const changed = new Set(this.pending);
    this.pending.clear();
    kinds.delete('other');
    if (!kinds.size) return;
    for (const document of documents.all()) {
      if (changed.has(document.uri)) continue;
      const known = store.get(document.uri);
      if (known && !known.file.documents.some((d) => kinds.has(d.kind))) continue;
      store.invalidate(document.uri);
      publisher.schedule(document.uri, 0);
    }
    index.refreshKinds(kinds, changed);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
