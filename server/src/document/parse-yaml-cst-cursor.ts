import { K, type Tokens } from './parse-yaml-cst-lex';
import type { Trailing } from './parse-yaml-cst-comments';
import { bail } from './parse-yaml-cst-scalar';

/** Reading position over the lean token columns, with the rules for blank lines, comments and line tails. */
export class Cursor {
  protected i = 0;
  protected readonly n: number;

  constructor(protected readonly t: Tokens) {
    this.n = t.count;
  }

  // The columns are typed arrays with spare capacity: reads past `count` must not see zeros.
  protected kind(at = this.i): K {
    return at < this.n ? (this.t.kind[at] as K) : bail();
  }

  protected is(k: K, at = this.i): boolean {
    return at < this.n && this.t.kind[at] === k;
  }

  protected startOf(at = this.i): number {
    return at < this.n ? (this.t.start[at] ?? bail()) : bail();
  }

  protected srcOf(at = this.i): string {
    const start = this.startOf(at);
    return this.t.text.slice(start, start + (this.t.len[at] ?? bail()));
  }

  protected colOf(at = this.i): number {
    return at < this.n ? (this.t.col[at] ?? bail()) : bail();
  }

  protected endOf(at: number): number {
    return this.startOf(at) + (this.t.len[at] ?? bail());
  }

  /**
   * Skips blank and comment lines up to the next content token. The parser hands such comments
   * to an enclosing collection's end when the next content is less indented, which moves ends the
   * tree shows; where that could happen (a comment right of the next content, or indented at the
   * end of the document) the composer decides.
   */
  protected trivia(): boolean {
    let commentCol = -1;
    while (this.i < this.n) {
      const k = this.kind();
      if (k === K.Newline || k === K.Space) this.i++;
      else if (k === K.Comment) {
        commentCol = Math.max(commentCol, this.colOf());
        this.i++;
      } else break;
    }
    if (commentCol < 0) return false;
    if (this.i >= this.n ? commentCol > 0 : this.colOf() < commentCol) bail();
    return true;
  }

  /**
   * Blank and comment lines up to the next content, consumed: each comment's column and where its
   * line ends (after the newline), flattened in pairs, and where the next content starts (the end
   * of the text if none). Null when there is no comment.
   */
  protected trailing(): Trailing | null {
    let comments: number[] | null = null;
    while (this.i < this.n) {
      const k = this.kind();
      if (k === K.Newline || k === K.Space) this.i++;
      else if (k === K.Comment) {
        const col = this.colOf();
        this.i++;
        (comments ??= []).push(col, this.is(K.Newline) ? this.endOf(this.i) : this.endOf(this.i - 1));
      } else break;
    }
    if (!comments) return null;
    return { comments, next: this.resumeAt() };
  }

  /** Where content resumes: the current token, or the end of the text. */
  protected resumeAt(): number {
    return this.i < this.n ? this.startOf() : this.t.text.length;
  }

  /** A same-line tail after a value: spaces, a comment, the newline. */
  protected tail(): number {
    if (this.is(K.Space)) this.i++;
    if (this.is(K.Comment)) this.i++;
    if (this.is(K.Newline)) this.i++;
    else if (this.i < this.n) bail();
    return this.i < this.n ? this.startOf() : this.endOf(this.n - 1);
  }

  /** Does a block mapping key (single-line scalar, then `:`) start here? */
  protected keyAhead(): boolean {
    const k = this.kind();
    if (k !== K.Plain && k !== K.Single && k !== K.Double) return false;
    let j = this.i + 1;
    if (this.is(K.Space, j)) j++;
    return this.is(K.ValueInd, j);
  }
}
