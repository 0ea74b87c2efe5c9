import * as path from 'node:path';
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findKnowledgeDir } from '../../knowledge/load';
import { ruleMarkdown } from '../../knowledge/render';
import { createAnalyzer } from './engine/analyzer';
import { CONFIG_ID, ConfigLoader, isConfigFile } from './config/load';
import { DiskFiles } from './document/fs-files';
import { BUILTIN_IDS } from './engine/analyzer';
import { BASELINE_FILE } from './engine/baseline';
import { AnalysisStore } from './features/analysis-store';
import { Baselines } from './features/baselines';
import { codeActions, FIX_ALL_KIND } from './features/code-actions';
import { DiagnosticsPublisher, diagnosticsOf, ruleDocLinker } from './features/diagnostics';
import { WorkspaceIndex } from './features/workspace-index';
import { WorkspaceFiles } from './engine/workspace';
import { WorkspaceSync } from './features/workspace-sync';
import { hover } from './features/hover';
import { registerReportRequest } from './features/report-request';
import { defaultSettings, readSettings, type Settings } from './features/settings';
import { CodeActionKind } from 'vscode-languageserver/node';

export const CATALOG_REQUEST = 'backendGuidance/catalog';
export const EXPLAIN_REQUEST = 'backendGuidance/explain';
export const TRUST_NOTIFICATION = 'backendGuidance/workspaceTrusted';

/** The composition root: one connection, one analyzer, one small provider per LSP feature. */
export function startServer(connection: Connection, codeDir: string = __dirname): void {
  const knowledgeDir = findKnowledgeDir(codeDir);
  const analyzer = createAnalyzer(codeDir, (message) => connection.console.error(message));
  const workspace = new WorkspaceFiles(false);
  const documents = new TextDocuments({
    // A file the workspace index has read is usually opened with the same text: the document then
    // shares the index's string (which its parse, taken over by the store, slices) instead of
    // keeping a second copy; on the corpus that was ~15 MB of two-byte text.
    create(uri, languageId, version, content) {
      const indexed = workspace.get(uri)?.text;
      return TextDocument.create(uri, languageId, version, indexed === content ? indexed : content);
    },
    update: (document, changes, version) => TextDocument.update(document, changes, version),
  });
  let settings: Settings = defaultSettings;
  // Workspace trust: an untrusted workspace is still analysed, but no file outside its folders is
  // read (a configuration's `extends`, a Compose `extends: file`, an external `$ref`).
  let trusted = true;
  let roots: string[] = [];
  const files = new DiskFiles(
    (uri) => {
      const open = documents.get(uri);
      return open ? { text: open.getText(), languageId: open.languageId } : undefined;
    },
    (uri) => trusted || roots.some((root) => uri.startsWith(root)),
  );
  const configs = new ConfigLoader(analyzer.catalog, files, () => settings.rules, [...BUILTIN_IDS, CONFIG_ID]);
  const baselines = new Baselines(files);
  const maxBytes = (): number => settings.maxFileSizeMB * 1024 * 1024;
  const docLink = ruleDocLinker(path.join(path.dirname(knowledgeDir), 'docs', 'rules'));
  let supportsProgress = false;
  const index = new WorkspaceIndex({
    connection,
    workspace,
    diskStore: new AnalysisStore(analyzer, files, configs, baselines, () => settings.baseline, maxBytes, workspace),
    isOpen: (uri) => documents.get(uri) !== undefined,
    maxBytes,
    publish: (analysis) => {
      if (settings.enable) void connection.sendDiagnostics({ uri: analysis.uri, diagnostics: diagnosticsOf(analysis, docLink) });
    },
    clear: (uri) => void connection.sendDiagnostics({ uri, diagnostics: [] }),
    log: (message) => connection.console.log(message),
    supportsProgress: () => supportsProgress,
  });
  const store = new AnalysisStore(analyzer, files, configs, baselines, () => settings.baseline, maxBytes, workspace);
  let pullsConfiguration = false;
  const publisher = new DiagnosticsPublisher(connection, documents, store, () => settings, docLink);
  const sync = new WorkspaceSync({
    connection,
    documents,
    store,
    publisher,
    index,
    settings: () => settings,
    roots: () => roots,
    pullsConfiguration: () => pullsConfiguration,
    log: (message) => connection.console.log(message),
  });
  // Typing in a configuration file asks for a new index at every keystroke: the last one wins.
  let rescanTimer: NodeJS.Timeout | undefined;
  const rescan = (delayMs = 300): void => {
    if (rescanTimer) clearTimeout(rescanTimer);
    rescanTimer = setTimeout(() => {
      rescanTimer = undefined;
      void sync.rescan().catch((error: unknown) => connection.console.error(`Could not index the workspace: ${String(error)}`));
    }, delayMs);
  };

  const loadSettings = async (): Promise<void> => {
    if (!pullsConfiguration) return;
    const [raw] = (await connection.workspace.getConfiguration([{ section: 'backendGuidance' }])) as unknown[];
    settings = readSettings(raw);
  };

  connection.onInitialize((params): InitializeResult => {
    pullsConfiguration = Boolean(params.capabilities.workspace?.configuration);
    supportsProgress = Boolean(params.capabilities.window?.workDoneProgress);
    const options = params.initializationOptions as { settings?: unknown; trusted?: unknown } | undefined;
    if (options?.settings !== undefined) settings = readSettings(options.settings);
    trusted = options?.trusted !== false;
    roots = (params.workspaceFolders ?? []).map((f) => (f.uri.endsWith('/') ? f.uri : `${f.uri}/`));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'backend-guidance', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    void loadSettings().then(
      () => {
        publisher.refreshAll();
        rescan(0);
      },
      (error: unknown) => connection.console.error(`Could not read settings: ${String(error)}`),
    );
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { backendGuidance?: unknown } | null)?.backendGuidance;
    const before = settings;
    const update = pullsConfiguration ? loadSettings() : Promise.resolve(void (settings = readSettings(pushed)));
    void update.then(
      () => {
        // What is indexed depends on these; everything else needs only a fresh analysis.
        if (settings.scope !== before.scope || settings.maxFileSizeMB !== before.maxFileSizeMB || settings.enable !== before.enable) rescan();
        else publisher.refreshAll();
      },
      (error: unknown) => connection.console.error(`Could not read settings: ${String(error)}`),
    );
  });

  // A configuration file that changes (on disk or being typed) changes every other result,
  // unopened files included (its ignore globs decide what is indexed).
  const configChanged = (): void => {
    configs.invalidate();
    baselines.invalidate();
    publisher.refreshAll();
    rescan();
  };
  documents.onDidOpen((e) => {
    sync.opened(e.document.uri);
    publisher.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (isConfigFile(e.document.uri)) return configChanged();
    publisher.schedule(e.document.uri);
    sync.changed(e.document.uri);
  });
  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => isConfigFile(c.uri) || c.uri.endsWith(`/${BASELINE_FILE}`))) return configChanged();
    void sync.watched(e.changes);
  });
  documents.onDidClose((e) => {
    publisher.closed(e.document.uri);
    void sync.closed(e.document.uri);
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !settings.enable) return null;
    // Answer from the last analysis, even of an older version while the newer one waits for its
    // debounce: hovering must not pay for a re-analysis of a large file. Analyse only if none exists.
    const analysis = store.current(document) ?? store.get(document.uri) ?? store.analyze(document);
    return hover(analysis, params.position, analyzer.catalog);
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    // The last analysis even when another file's change has it waiting for a re-run: its version is checked.
    return codeActions(params, document, store.get(document.uri), (id) => analyzer.catalog.rules.has(id));
  });

  connection.onNotification(TRUST_NOTIFICATION, () => {
    trusted = true;
    configChanged();
  });

  connection.onRequest(CATALOG_REQUEST, () =>
    [...analyzer.catalog.rules.values()].map((e) => ({ id: e.id, title: e.title, severity: e.severity, category: e.category, summary: e.summary })),
  );
  connection.onRequest(EXPLAIN_REQUEST, (id: unknown) => {
    const entry = typeof id === 'string' ? analyzer.catalog.rules.get(id) : undefined;
    return entry ? ruleMarkdown(entry, { examples: true }) : null;
  });

  registerReportRequest(connection, { analyzer, documents, files, configs, baselines, settings: () => settings, roots: () => roots });

  connection.onShutdown(() => {
    publisher.dispose();
    sync.dispose();
    if (rescanTimer) clearTimeout(rescanTimer);
    index.dispose();
  });
  documents.listen(connection);
  connection.listen();
}
