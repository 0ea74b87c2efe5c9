import { Lexer } from 'yaml';
import { MAX_FLOW_ITEMS } from './parse-yaml';

/**
 * Token stream for the lean YAML path (parse-yaml-cst.ts). `yaml`'s Lexer already settles the hard
 * lexical questions (where a multi-line plain or quoted scalar ends, how far a block scalar body
 * reaches); only its Parser and Composer are skipped, which is where the time goes on big files.
 * Anything this path does not model exactly makes `lexLean` return null, and the caller uses the
 * composer instead, so unusual documents keep their exact trees and messages.
 */
export enum K {
  Space, Newline, Comment, Plain, Single, Double, BlockHeader, BlockBody,
  SeqInd, ValueInd, Comma, MapStart, MapEnd, SeqStart, SeqEnd, Anchor, Alias, DocStart,
}

/**
 * Typed columns, not arrays of token objects or of the lexer's strings: keeping a million short
 * strings or objects alive until the tree is built costs more in garbage collection than lexing.
 */
export interface Tokens {
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  /** Token lengths; scalars are sliced from `text` when the tree needs them. */
  readonly len: Int32Array;
  readonly text: string;
  /** Column of the token's first character. */
  readonly col: Int32Array;
  readonly count: number;
  readonly hasAlias: boolean;
}

const DOCUMENT = '\x02';
const SCALAR = '\x1f';

function kindOf(source: string): K | null {
  switch (source) {
    case '---': return K.DocStart;
    case '\n': case '\r\n': return K.Newline;
    case '-': return K.SeqInd;
    case ':': return K.ValueInd;
    case ',': return K.Comma;
    case '{': return K.MapStart;
    case '}': return K.MapEnd;
    case '[': return K.SeqStart;
    case ']': return K.SeqEnd;
  }
  switch (source[0]) {
    // Tabs are legal in some of these places and errors in others; the composer knows which.
    case ' ': return source.includes('\t') ? null : K.Space;
    case '#': return K.Comment;
    case '&': return K.Anchor;
    case '*': return K.Alias;
    case "'": return K.Single;
    case '"': return K.Double;
    case '|': case '>': return K.BlockHeader;
  }
  // Tags, directives, `?`, `...`, a BOM, tabs and lexer error markers: left to the composer.
  return null;
}

export function lexLean(text: string): Tokens | null {
  let capacity = Math.max(64, text.length >> 2);
  let kind = new Uint8Array(capacity);
  let start = new Int32Array(capacity);
  let len = new Int32Array(capacity);
  let col = new Int32Array(capacity);
  let count = 0;
  let pos = 0;
  let lineStart = 0;
  let atScalar = false;
  let afterHeader = false;
  let first = true;
  let hasAlias = false;
  // Huge flow collections go to the composer path, which refuses them with an explanation. The
  // lexer is linear on them (a 600 KB one-line map lexes in ~130 ms), so counting here is safe.
  let commas = 0;
  for (const source of new Lexer().lex(text)) {
    // The lexer opens the document after any leading comments; a second one means a second document.
    if (source === DOCUMENT) {
      if (!first) return null;
      first = false;
      continue;
    }
    if (source === SCALAR) {
      if (atScalar) return null;
      atScalar = true;
      continue;
    }
    let k: K | null;
    if (atScalar) {
      atScalar = false;
      k = afterHeader ? K.BlockBody : K.Plain;
      afterHeader = false;
      // An empty plain scalar (`{ a: , b: 1 }`) is the composer's null, with its own position.
      if (k === K.Plain && source === '') return null;
    } else {
      if (source === '') return null;
      k = kindOf(source);
      if (k === null) return null;
      if (k === K.BlockHeader) afterHeader = true;
      else if (k !== K.Space && k !== K.Comment && k !== K.Newline) afterHeader = false;
      if (k === K.Alias) hasAlias = true;
      else if (k === K.Comma && ++commas > MAX_FLOW_ITEMS) return null;
      if (k === K.Comment) {
        // "Comments must be separated from other tokens by white space" is the composer's to report.
        const prev = count ? kind[count - 1] : K.Newline;
        if (prev !== K.Space && prev !== K.Newline) return null;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      kind = grow(kind, new Uint8Array(capacity));
      start = grow(start, new Int32Array(capacity));
      len = grow(len, new Int32Array(capacity));
      col = grow(col, new Int32Array(capacity));
    }
    kind[count] = k;
    start[count] = pos;
    len[count] = source.length;
    col[count] = pos - lineStart;
    count++;
    if (k === K.Newline) lineStart = pos + source.length;
    else if (k === K.Plain || k === K.Single || k === K.Double || k === K.BlockBody) {
      const nl = source.lastIndexOf('\n');
      if (nl >= 0) lineStart = pos + nl + 1;
    }
    pos += source.length;
  }
  if (atScalar || pos !== text.length) return null;
  return { kind, start, len, text, col, count, hasAlias };
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
