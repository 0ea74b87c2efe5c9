import type { OffsetEdit } from '../document/source-range';
import type { Node, Pair } from '../document/tree';
import type { DocumentKind, ParsedDocument, ParsedFile, Flavor } from '../document/types';
import type { FileProvider } from './files';
import type { Fixer } from './fixer';
import type { Workspace } from './workspace';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type FixKind = 'none' | 'safe' | 'suggestion';

export type FixBuilder = (fixer: Fixer) => OffsetEdit | readonly OffsetEdit[] | null;

export interface FixOffer {
  /** Imperative, shown in the light-bulb menu: "Add a readinessProbe on port 8080". */
  title: string;
  fix: FixBuilder;
}

export interface Report<M extends string> {
  /** What to underline: a node, or a pair (underlines its key). */
  node: Node | Pair;
  messageId: M;
  data?: Record<string, string | number>;
  /** Applied by "fix all": only for rules declared `fix: 'safe'`. */
  fix?: FixOffer;
  /** Offered one by one as quick-fixes, never applied without the user choosing. */
  suggest?: readonly FixOffer[];
  /** Places elsewhere (usually in another file) that the finding is about. */
  related?: readonly RelatedNode[];
}

/** A node of some file of the workspace, with the document it belongs to (its offsets are relative to it). */
export interface RelatedNode {
  file: ParsedFile;
  document: ParsedDocument;
  node: Node | Pair;
  message: string;
}

export interface RuleContext<M extends string> {
  readonly root: Node;
  readonly document: ParsedDocument;
  readonly path: string;
  readonly flavor: Flavor;
  readonly options: Readonly<Record<string, unknown>>;
  /** Other files by uri (resolve relative paths with `resolveUri` from './files'). */
  readonly files: FileProvider;
  /** The whole file being analysed, every document of it: for same-file relations. */
  readonly file: ParsedFile;
  /**
   * Computes a value once per analysis of the file, shared by all its documents and all rules
   * (a summary of the file's objects, say), so same-file rules stay linear. Keys are global:
   * prefix them with what they hold.
   */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Every file the host knows (the CLI's arguments, the editor's index), for cross-file rules.
   * Reading it means the rule's findings are recomputed whenever any file changes.
   */
  readonly workspace: Workspace;
  report(report: Report<M>): void;
}

export interface RuleDefinition<M extends string> {
  readonly id: string;
  readonly appliesTo: DocumentKind;
  readonly messages: Readonly<Record<M, string>>;
  readonly fix: FixKind;
  check(context: RuleContext<M>): void;
}

export interface Rule extends RuleDefinition<string> {}

/** Typing messages as a record of ids means a misspelled messageId fails to compile. */
export function defineRule<M extends string>(definition: RuleDefinition<M>): Rule {
  return definition as unknown as Rule;
}
