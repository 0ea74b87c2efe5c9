import { MAX_FLOW_ITEMS } from './parse-yaml';
import { K, type Tokens } from './parse-yaml-cst-lex';

/**
 * The lean path's own scanner (issue #9): the token columns `lexLean` builds from `yaml`'s Lexer,
 * written straight into typed arrays without a generator or a string per token. On Stripe's 4 MB
 * spec that Lexer and the loop over its strings were ~40% of the parse and most of its garbage.
 *
 * It follows the Lexer's states (stream, line start, block start, document, flow, and the three
 * scalar scans) and the same indentation bookkeeping, so multi-line plain and quoted scalars and
 * block scalar bodies end where the Lexer ends them. Where the Lexer would emit a token `lexLean`
 * refuses (tags, `?`, directives, tabs in whitespace, `...`, lone CRs, unterminated quotes, flow
 * collections cut by an unindent) this returns null and the caller lexes with `yaml` instead, so a
 * refusal costs time, never a different result. test/document/yaml-cst-scan.test.ts holds the
 * columns equal to `lexLean`'s on the corpus, the fixtures and random mutations.
 *
 * One file on purpose: the states share the scanner's fields and character constants, and split
 * across modules the constants become imports that tsx (tests, the in-process bench) does not
 * inline, which made scanning three times slower there.
 */
export function scanLean(text: string): Tokens | null {
  try {
    return new Scanner(text).run();
  } catch (error) {
    if (error === REFUSE) return null;
    throw error;
  }
}

const REFUSE: unique symbol = Symbol('scan-refuse');
function refuse(): never {
  throw REFUSE;
}

const enum S { Stream, LineStart, BlockStart, Doc, Flow }

const SPACE = 32, TAB = 9, LF = 10, CR = 13, HASH = 35, DASH = 45, DOT = 46, COLON = 58, QUESTION = 63;
const COMMA = 44, LBRACE = 123, RBRACE = 125, LBRACKET = 91, RBRACKET = 93;
const AMP = 38, STAR = 42, BANG = 33, PERCENT = 37, SQUOTE = 39, DQUOTE = 34, PIPE = 124, GT = 62, BACKSLASH = 92;

const UNKNOWN = -2;

/** End of input (NaN from charCodeAt) counts as empty, as `undefined` does for the Lexer. */
function isEmpty(c: number): boolean {
  return c !== c || c === SPACE || c === LF || c === CR || c === TAB;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

function endsAnchor(c: number): boolean {
  return isEmpty(c) || c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

class Scanner {
  private kind: Uint8Array;
  private start: Int32Array;
  private len: Int32Array;
  private col: Int32Array;
  private count = 0;
  private pos = 0;
  private lineStart = 0;
  private readonly n: number;
  private indentValue = 0;
  private indentNext = 0;
  private flowLevel = 0;
  private flowKey = false;
  private blockIndent = -1;
  private blockKeep = false;
  private commas = 0;
  private hasAlias = false;
  private newlineAsked = 0;
  private newlineAt = UNKNOWN;

  constructor(private readonly text: string) {
    this.n = text.length;
    const capacity = Math.max(64, text.length >> 2);
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.len = new Int32Array(capacity);
    this.col = new Int32Array(capacity);
  }

  run(): Tokens {
    const { text } = this;
    for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== LF) refuse();
    let state = S.Stream;
    while (this.pos < this.n) {
      switch (state) {
        case S.Stream: state = this.stream(); break;
        case S.LineStart: state = this.lineStartState(); break;
        case S.BlockStart: state = this.blockStart(); break;
        case S.Doc: state = this.doc(); break;
        case S.Flow: state = this.flow(); break;
      }
    }
    return { kind: this.kind, start: this.start, len: this.len, text, col: this.col, count: this.count, hasAlias: this.hasAlias };
  }

  private at(i: number): number {
    return this.text.charCodeAt(i);
  }

  private emit(k: K, end: number): void {
    const { pos } = this;
    if (k === K.Comment) {
      // "Comments must be separated from other tokens by white space" is the composer's to report.
      const prev = this.count ? this.kind[this.count - 1] : K.Newline;
      if (prev !== K.Space && prev !== K.Newline) refuse();
    } else if (k === K.Alias) this.hasAlias = true;
    else if (k === K.Comma && ++this.commas > MAX_FLOW_ITEMS) refuse();
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = k;
    this.start[i] = pos;
    this.len[i] = end - pos;
    this.col[i] = pos - this.lineStart;
    if (k === K.Newline) this.lineStart = end;
    else if (k === K.Plain || k === K.Single || k === K.Double || k === K.BlockBody) {
      // A scalar spanning lines moves the line start; searching back only when it does keeps long lines linear.
      const first = this.newlineFrom(pos);
      if (first !== -1 && first < end) this.lineStart = this.text.lastIndexOf('\n', end - 1) + 1;
    }
    this.pos = end;
  }

  private grow(): void {
    const capacity = this.kind.length * 2;
    const kind = new Uint8Array(capacity);
    kind.set(this.kind);
    this.kind = kind;
    for (const column of ['start', 'len', 'col'] as const) {
      const next = new Int32Array(capacity);
      next.set(this[column]);
      this[column] = next;
    }
  }

  /**
   * The first `\n` at or after `from`, or -1. The answer is kept while later questions fall
   * before it: on a long one-line flow collection every token asks, and searching to the end of
   * the line each time was quadratic.
   */
  private newlineFrom(from: number): number {
    if (this.newlineAt === UNKNOWN || from < this.newlineAsked || (this.newlineAt !== -1 && from > this.newlineAt)) {
      this.newlineAsked = from;
      this.newlineAt = this.text.indexOf('\n', from);
    }
    return this.newlineAt;
  }

  /** Where the current line's content ends (before `\n` or `\r\n`). */
  private lineEnd(): number {
    const nl = this.newlineFrom(this.pos);
    if (nl < 0) return this.n;
    return this.at(nl - 1) === CR && nl - 1 >= this.pos ? nl - 1 : nl;
  }

  private spaces(allowTabs: boolean): number {
    let i = this.pos;
    for (;;) {
      const c = this.at(i);
      if (c === SPACE) i++;
      else if (c === TAB && allowTabs) refuse();
      else break;
    }
    const n = i - this.pos;
    if (n > 0) this.emit(K.Space, i);
    return n;
  }

  private newline(): number {
    const c = this.at(this.pos);
    if (c === LF) {
      this.emit(K.Newline, this.pos + 1);
      return 1;
    }
    if (c === CR && this.at(this.pos + 1) === LF) {
      this.emit(K.Newline, this.pos + 2);
      return 2;
    }
    return 0;
  }

  private atLineEnd(): boolean {
    let i = this.pos;
    let c = this.at(i);
    while (c === SPACE || c === TAB) c = this.at(++i);
    return c !== c || c === HASH || c === LF || (c === CR && this.at(i + 1) === LF);
  }

  private isDocumentMarker(i: number): number {
    const c = this.at(i);
    if ((c !== DASH && c !== DOT) || this.at(i + 1) !== c || this.at(i + 2) !== c || !isEmpty(this.at(i + 3))) return 0;
    return c;
  }

  /** Before the document: blank and comment lines, then the document opens. */
  private stream(): S {
    const c = this.at(this.pos);
    if (c === PERCENT || c === 0xfeff) refuse();
    if (this.atLineEnd()) {
      this.spaces(true);
      const end = this.lineEnd();
      if (end > this.pos) this.emit(K.Comment, end);
      this.newline();
      return S.Stream;
    }
    return this.lineStartState();
  }

  private lineStartState(): S {
    const marker = this.isDocumentMarker(this.pos);
    if (marker === DOT) refuse();
    if (marker === DASH) {
      this.emit(K.DocStart, this.pos + 3);
      this.indentValue = 0;
      this.indentNext = 0;
      return S.Doc;
    }
    this.indentValue = this.spaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.at(this.pos + 1))) this.indentNext = this.indentValue;
    return this.blockStart();
  }

  /** `- ` (and `: `) at the start of a block node; each raises the indentation. */
  private blockStart(): S {
    const c = this.at(this.pos);
    if ((c === DASH || c === QUESTION || c === COLON) && isEmpty(this.at(this.pos + 1))) {
      if (c === QUESTION) refuse();
      this.emit(c === DASH ? K.SeqInd : K.ValueInd, this.pos + 1);
      const n = 1 + this.spaces(true);
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return S.BlockStart;
    }
    return S.Doc;
  }

  /** Anchors and the `-`, `:` indicators before a node; tags and `?` are the composer's. */
  private indicators(): void {
    for (;;) {
      const c = this.at(this.pos);
      if (c === BANG) refuse();
      if (c === AMP) {
        this.emit(K.Anchor, this.anchorEnd());
        this.spaces(true);
        continue;
      }
      if (c === DASH || c === QUESTION || c === COLON) {
        const inFlow = this.flowLevel > 0;
        const next = this.at(this.pos + 1);
        if (isEmpty(next) || (inFlow && isFlowIndicator(next))) {
          if (c === QUESTION) refuse();
          if (!inFlow) this.indentNext = this.indentValue + 1;
          else if (this.flowKey) this.flowKey = false;
          this.emit(c === DASH ? K.SeqInd : K.ValueInd, this.pos + 1);
          this.spaces(true);
          continue;
        }
      }
      return;
    }
  }

  private anchorEnd(): number {
    let i = this.pos;
    while (!endsAnchor(this.at(i))) i++;
    return i;
  }

  private doc(): S {
    this.spaces(true);
    const end = this.lineEnd();
    this.indicators();
    const c = this.pos < end ? this.at(this.pos) : NaN;
    switch (c) {
      case HASH:
        this.emit(K.Comment, end);
        this.newline();
        return this.lineStartState();
      case LBRACE:
      case LBRACKET:
        this.emit(c === LBRACE ? K.MapStart : K.SeqStart, this.pos + 1);
        this.flowKey = false;
        this.flowLevel = 1;
        return S.Flow;
      case RBRACE:
      case RBRACKET:
        return refuse();
      case STAR:
        this.emit(K.Alias, this.anchorEnd());
        return S.Doc;
      case DQUOTE:
      case SQUOTE:
        return this.quoted();
      case PIPE:
      case GT:
        return this.blockScalar(end);
    }
    if (c !== c) {
      this.newline();
      return this.lineStartState();
    }
    return this.plain();
  }

  private flow(): S {
    let indent = -1;
    for (;;) {
      const nl = this.newline();
      let sp = 0;
      if (nl > 0) this.indentValue = indent = sp = this.spaces(false);
      sp += this.spaces(true);
      if (nl + sp === 0) break;
    }
    const end = this.lineEnd();
    const first = this.at(this.pos);
    if ((indent !== -1 && indent < this.indentNext && first !== HASH) || (indent === 0 && this.isDocumentMarker(this.pos))) {
      // The Lexer ends the flow collection here with an error; tolerated only for a closing bracket one column left.
      const atEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (first === RBRACKET || first === RBRACE);
      if (!atEndMarker) refuse();
    }
    while (this.at(this.pos) === COMMA) {
      this.emit(K.Comma, this.pos + 1);
      this.spaces(true);
      this.flowKey = false;
    }
    this.indicators();
    const c = this.pos < end ? this.at(this.pos) : NaN;
    switch (c) {
      case HASH:
        this.emit(K.Comment, end);
        return S.Flow;
      case LBRACE:
      case LBRACKET:
        this.emit(c === LBRACE ? K.MapStart : K.SeqStart, this.pos + 1);
        this.flowKey = false;
        this.flowLevel++;
        return S.Flow;
      case RBRACE:
      case RBRACKET:
        this.emit(c === RBRACE ? K.MapEnd : K.SeqEnd, this.pos + 1);
        this.flowKey = true;
        this.flowLevel--;
        return this.flowLevel ? S.Flow : S.Doc;
      case STAR:
        this.emit(K.Alias, this.anchorEnd());
        return S.Flow;
      case DQUOTE:
      case SQUOTE:
        this.flowKey = true;
        return this.quoted();
      case COLON: {
        const next = this.at(this.pos + 1);
        if (this.flowKey || isEmpty(next) || next === COMMA) {
          this.flowKey = false;
          this.emit(K.ValueInd, this.pos + 1);
          this.spaces(true);
          return S.Flow;
        }
      }
    }
    if (c !== c) return S.Flow;
    this.flowKey = false;
    return this.plain();
  }

  /**
   * Where a scalar may go on at `offset` (the start of a line): more indented than the block it
   * belongs to, or anywhere at top level except a document marker. -1 where it must end.
   */
  private continueScalar(offset: number): number {
    let c = this.at(offset);
    if (this.indentNext > 0) {
      let indent = 0;
      while (c === SPACE) c = this.at(++indent + offset);
      if (c === CR && this.at(indent + offset + 1) === LF) return offset + indent + 1;
      return c === LF || indent >= this.indentNext ? offset + indent : -1;
    }
    return this.isDocumentMarker(offset) ? -1 : offset;
  }

  private plain(): S {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    while (++i < this.n) {
      let c = this.at(i);
      if (c === COLON) {
        const next = this.at(i + 1);
        if (isEmpty(next) || (inFlow && isFlowIndicator(next))) break;
        end = i;
      } else if (isEmpty(c)) {
        let next = this.at(i + 1);
        if (c === CR) {
          // Lone CRs were refused up front, so this is a CRLF.
          i += 1;
          c = LF;
          next = this.at(i + 1);
        }
        if (next === HASH || (inFlow && isFlowIndicator(next))) break;
        if (c === LF) {
          const cs = this.continueScalar(i + 1);
          if (cs === -1) break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && isFlowIndicator(c)) break;
        end = i;
      }
    }
    // An empty plain scalar (`{ a: , b: 1 }`) is the composer's null, with its own position.
    if (end + 1 <= this.pos) refuse();
    // lexLean cannot tell a scalar that is exactly the Lexer's document or scalar marker from the
    // marker itself and declines; so does this, to give the same answer everywhere.
    if (end === this.pos && (this.at(end) === 0x02 || this.at(end) === 0x1f)) refuse();
    this.emit(K.Plain, end + 1);
    return inFlow ? S.Flow : S.Doc;
  }

  private quoted(): S {
    const { text, pos } = this;
    const quote = this.at(pos);
    let end = text.indexOf(quote === SQUOTE ? "'" : '"', pos + 1);
    if (quote === SQUOTE) {
      while (end !== -1 && this.at(end + 1) === SQUOTE) end = text.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let slashes = 0;
        while (this.at(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
    }
    if (end === -1) refuse();
    // A line inside the quotes less indented than the block ends the scalar early: an error.
    for (let nl = this.newlineFrom(pos); nl !== -1 && nl < end; ) {
      const cs = this.continueScalar(nl + 1);
      if (cs === -1) refuse();
      nl = this.newlineFrom(cs);
    }
    this.emit(quote === SQUOTE ? K.Single : K.Double, end + 1);
    return this.flowLevel ? S.Flow : S.Doc;
  }

  /** `|` or `>` with its indicators, the rest of the header line, then the body. */
  private blockScalar(lineEnd: number): S {
    this.blockIndent = -1;
    this.blockKeep = false;
    for (let i = this.pos + 1; ; i++) {
      const c = this.at(i);
      if (c === 43) this.blockKeep = true;
      else if (c > 48 && c <= 57) this.blockIndent = c - 49;
      else if (c !== DASH) break;
    }
    let i = this.pos;
    while (!isEmpty(this.at(i)) && this.at(i) !== HASH) i++;
    this.emit(K.BlockHeader, i);
    this.spaces(true);
    if (this.pos < lineEnd) {
      if (this.at(this.pos) !== HASH) refuse();
      this.emit(K.Comment, lineEnd);
    }
    this.newline();
    this.blockBody();
    return this.lineStartState();
  }

  private blockBody(): void {
    const { text } = this;
    let nl = this.pos - 1;
    let indent = 0;
    let i = this.pos;
    for (; i < this.n; i++) {
      const c = this.at(i);
      if (c === SPACE) indent += 1;
      else if (c === LF) {
        nl = i;
        indent = 0;
      } else if (c !== CR || this.at(i + 1) !== LF) break;
    }
    if (indent >= this.indentNext) {
      this.indentNext = this.blockIndent === -1 ? indent : this.blockIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = text.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = this.n;
    }
    let j = nl + 1;
    while (this.at(j) === SPACE) j++;
    // The Lexer folds trailing under-indented tabs into the body so the composer can report them.
    if (this.at(j) === TAB) refuse();
    if (!this.blockKeep) {
      // Trailing blank lines belong to the body only as far as they are more indented than it.
      for (;;) {
        let k = nl - 1;
        let c = this.at(k);
        if (c === CR) c = this.at(--k);
        const lastChar = k;
        while (c === SPACE) c = this.at(--k);
        if (c === LF && k >= this.pos && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    this.emit(K.BlockBody, Math.min(nl + 1, this.n));
  }
}
