import type { MapNode, Node, Pair, ScalarNode, SeqNode } from './tree';

/**
 * Strict JSON straight to the neutral tree, with the offsets jsonc-parser's `parseTree` gives
 * (issue #9: jsonc-parser builds a tree of its own first, about ten times the cost of the text's
 * `JSON.parse`). Anything but plain valid JSON — comments, trailing commas, unusual whitespace,
 * syntax errors, very deep nesting — returns null, and jsonc-parser, with its error messages and
 * tolerance, decides (parse-json.ts). test/document/json-fast.test.ts holds the two to the same tree.
 */
export function parseJsonFast(text: string): Node | null {
  const reader = new Reader(text);
  try {
    reader.space();
    if (reader.at >= text.length) return null;
    const root = reader.value(0);
    reader.space();
    return reader.at === text.length ? root : null;
  } catch (error) {
    if (error === DECLINED) return null;
    throw error;
  }
}

const DECLINED = new Error('not plain JSON');

function decline(): never {
  throw DECLINED;
}

/** Deeper documents go to jsonc-parser, which reports what its own stack cannot hold. */
const MAX_DEPTH = 500;

/** V8 copies substrings shorter than this; repeated short keys then share one string. */
const INTERN_BELOW = 13;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

class Reader {
  at = 0;
  private readonly strings = new Map<string, string>();

  constructor(private readonly text: string) {}

  /** Spaces, tabs and line breaks: JSON's whitespace, and all this path accepts. */
  space(): void {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
    this.at = at;
  }

  value(depth: number): Node {
    const c = this.text.charCodeAt(this.at);
    if (c === OPEN_BRACE) return this.object(depth + 1);
    if (c === OPEN_BRACKET) return this.array(depth + 1);
    if (c === QUOTE) return this.string();
    if (c === MINUS || (c >= ZERO && c <= NINE)) return this.number();
    return this.literal();
  }

  private object(depth: number): MapNode {
    if (depth > MAX_DEPTH) decline();
    const text = this.text;
    const start = this.at++;
    const pairs: Pair[] = [];
    this.space();
    if (text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at++;
      return { type: 'map', pairs, flow: true, start, end: this.at };
    }
    for (;;) {
      if (text.charCodeAt(this.at) !== QUOTE) decline();
      const key = this.string();
      this.space();
      if (text.charCodeAt(this.at) !== COLON) decline();
      this.at++;
      this.space();
      const value = this.value(depth);
      pairs.push({ key, value, start: key.start, end: value.end });
      this.space();
      const c = text.charCodeAt(this.at++);
      if (c === CLOSE_BRACE) return { type: 'map', pairs: pairs.slice(), flow: true, start, end: this.at };
      if (c !== COMMA) decline();
      this.space();
    }
  }

  private array(depth: number): SeqNode {
    if (depth > MAX_DEPTH) decline();
    const text = this.text;
    const start = this.at++;
    const items: Node[] = [];
    this.space();
    if (text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at++;
      return { type: 'seq', items, flow: true, start, end: this.at };
    }
    for (;;) {
      items.push(this.value(depth));
      this.space();
      const c = text.charCodeAt(this.at++);
      if (c === CLOSE_BRACKET) return { type: 'seq', items: items.slice(), flow: true, start, end: this.at };
      if (c !== COMMA) decline();
      this.space();
    }
  }

  private string(): ScalarNode {
    const text = this.text;
    const start = this.at;
    let at = start + 1;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === QUOTE) break;
      // Control characters are errors in JSON strings, and NaN is the end of the text.
      if (!(c >= 0x20)) decline();
      if (c === BACKSLASH) {
        escaped = true;
        at++;
      }
      at++;
    }
    const end = at + 1;
    this.at = end;
    let value: string;
    if (!escaped) value = text.slice(start + 1, at);
    else {
      // The escapes are JSON's own: JSON.parse decodes them, or rejects a malformed one.
      try {
        value = JSON.parse(text.slice(start, end)) as string;
      } catch {
        return decline();
      }
    }
    return { type: 'scalar', value: this.intern(value), quoted: true, start, end };
  }

  private number(): ScalarNode {
    const text = this.text;
    const start = this.at;
    let at = start;
    if (text.charCodeAt(at) === MINUS) at++;
    const first = text.charCodeAt(at);
    if (first === ZERO) at++;
    else if (first > ZERO && first <= NINE) at = digits(text, at);
    else decline();
    if (text.charCodeAt(at) === 0x2e) {
      const from = at + 1;
      at = digits(text, from);
      if (at === from) decline();
    }
    const e = text.charCodeAt(at);
    if (e === 0x65 || e === 0x45) {
      at++;
      const sign = text.charCodeAt(at);
      if (sign === 0x2b || sign === MINUS) at++;
      const from = at;
      at = digits(text, from);
      if (at === from) decline();
    }
    this.at = at;
    return { type: 'scalar', value: Number(text.slice(start, at)), quoted: false, start, end: at };
  }

  private literal(): ScalarNode {
    const text = this.text;
    const start = this.at;
    let value: boolean | null;
    if (text.startsWith('true', start)) value = true;
    else if (text.startsWith('false', start)) value = false;
    else if (text.startsWith('null', start)) value = null;
    else return decline();
    // `nullx` declines in the caller, which wants a separator or the end after every value.
    const end = start + (value === false ? 5 : 4);
    this.at = end;
    return { type: 'scalar', value, quoted: false, start, end };
  }

  private intern(value: string): string {
    if (value.length >= INTERN_BELOW) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

function digits(text: string, from: number): number {
  let at = from;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c >= ZERO && c <= NINE) at++;
    else return at;
  }
}
