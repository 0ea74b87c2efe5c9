import type { Node } from './tree';

export type DocumentKind = 'compose' | 'kubernetes' | 'openapi' | 'other';
export type Flavor = 'yaml' | 'json';

/** A parser complaint, with offsets relative to the document it belongs to. */
export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** One YAML document (or the single JSON value) of a file. */
export interface ParsedDocument {
  /** Offset of this document in the file; every node offset in `root` is relative to it. */
  readonly base: number;
  /** The document's own text; `text.length` is its length in the file. */
  readonly text: string;
  readonly index: number;
  readonly root: Node | null;
  readonly kind: DocumentKind;
  readonly problems: readonly SyntaxProblem[];
}

export interface ParsedFile {
  readonly uri: string;
  readonly text: string;
  readonly flavor: Flavor;
  readonly documents: readonly ParsedDocument[];
  /** Set when the file is left alone (a Helm/Go template, or too large), with this one note. */
  readonly skipped?: { code: 'template-skipped' | 'too-large'; reason: string; start: number; end: number };
}
