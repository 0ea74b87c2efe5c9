import { expandedSize, MAX_EXPANDED_NODES, parseYamlDocument, type YamlParseResult } from './parse-yaml';
import { Cursor } from './parse-yaml-cst-cursor';
import { K, lexLean } from './parse-yaml-cst-lex';
import { scanLean } from './parse-yaml-cst-scan';
import { BAIL, bail, blockScalarValue, plainScalarValue, quotedScalarValue, type BlockParts } from './parse-yaml-cst-scalar';
import { close, placeTrailing, type Built, type Pending } from './parse-yaml-cst-comments';
import { makeMap, treeSize } from './parse-yaml-cst-tree';
import { markSingleParent, type Node, type Pair, type ScalarNode, type SeqNode } from './tree';

/**
 * The lean YAML path (issue #9): builds the neutral tree straight from `yaml`'s Lexer tokens, with
 * the offsets and values the composer path (parse-yaml.ts) gives. It models the YAML that real
 * files use — block and flow collections, all scalar styles, anchors, aliases and merge keys — and
 * returns null for anything else (tags, `?` keys, directives, tabs, duplicate keys, comment lines
 * whose attribution moves collection ends, and any syntax error), so that the composer, with its
 * exact messages, handles those documents. test/document/yaml-cst-equivalence.test.ts holds it
 * to the composer's output node for node.
 */
export function parseYamlDocumentFast(text: string): YamlParseResult {
  return buildLean(text) ?? parseYamlDocument(text);
}

/** The lean tree, or null where the composer must decide (also exported for the equivalence test). */
export function buildLean(text: string): YamlParseResult | null {
  if (text.charCodeAt(0) === 0xfeff) return null;
  // Our scanner first; where it declines, `yaml`'s Lexer, whose tokens are the reference.
  const tokens = scanLean(text) ?? lexLean(text);
  if (!tokens) return null;
  try {
    const root = new Builder(tokens).document();
    if (!root || (tokens.hasAlias ? expandedSize(root) : boundedSize(root, tokens.count)) > MAX_EXPANDED_NODES) return null;
    if (!tokens.hasAlias) markSingleParent(root);
    return { root, problems: [] };
  } catch (error) {
    // A deliberate bail, or a stack overflow on deep nesting: either way the composer decides.
    if (error === BAIL || error instanceof RangeError) return null;
    throw error;
  }
}

/** Deeper documents go to the composer, which decides whether its stack allows them. */
const MAX_LEAN_DEPTH = 200;

/** V8 keeps substrings of 13 characters and more as slices of the text; shorter ones are copies. */
const INTERN_BELOW = 13;

/**
 * The tree size where it may pass the limit. Without aliases every node is owned by a token and
 * no token owns more than two (a key owns its pair, and the first key its map; a `-` its sequence
 * and an empty item), so below half the limit in tokens the count is skipped.
 */
function boundedSize(root: Node, tokenCount: number): number {
  return 2 * tokenCount <= MAX_EXPANDED_NODES ? 2 * tokenCount : treeSize(root);
}

class Builder extends Cursor {
  private readonly anchors = new Map<string, Node>();
  private readonly pending = new Set<string>();
  private readonly strings = new Map<string, string>();
  private depth = 0;

  /**
   * One more level of nesting. The composer reports documents nested too deeply for its stack;
   * this recursion uses less stack per level, so without a bound of its own it would accept what
   * the composer refuses (between ~1,000 and ~3,000 levels). Real files stay far below it.
   */
  private enter(): void {
    if (++this.depth > MAX_LEAN_DEPTH) bail();
  }

  document(): Node | null {
    this.trivia();
    if (this.is(K.DocStart)) {
      this.i++;
      if (this.is(K.Space)) this.i++;
      if (this.is(K.Comment)) this.i++;
      if (this.i < this.n && !this.is(K.Newline)) bail();
      this.trivia();
    }
    if (this.i >= this.n) return null;
    const k = this.kind();
    if (k !== K.SeqInd && !this.keyAhead()) bail();
    const root = this.block(-1);
    if (!root) bail();
    if (this.i < this.n) bail();
    return root.node;
  }


  /**
   * A node in block context at the current token: at the start of a line, or after `- ` on the
   * same line. `parent` is the enclosing collection's indentation.
   */
  private block(parent: number, seqAtParent = false): Built | null {
    const c = this.colOf();
    const k = this.kind();
    if (!(c > parent || (seqAtParent && k === K.SeqInd && c === parent))) return null;
    if (k === K.Anchor) return this.anchored(() => this.block(parent, seqAtParent) ?? bail(), parent);
    // `- - a` nests a sequence whose indentation is the inner dash's column, as in the parser.
    if (k === K.SeqInd) return this.seq(c);
    if (this.keyAhead()) return this.map(c);
    return this.inline(parent);
  }

  /** `&name` before a node; the anchor counts once the node is complete, as in the composer path. */
  private anchored(then: () => Built, parent: number): Built {
    const name = this.srcOf().slice(1);
    if (name === '' || name.endsWith(':') || this.anchors.has(name) || this.pending.has(name)) bail();
    this.i++;
    let result: Built;
    if (this.is(K.Space) && !this.is(K.Comment, this.i + 1) && !this.is(K.Newline, this.i + 1) && this.i + 1 < this.n) {
      this.i++;
      const k = this.kind();
      if (k === K.Anchor || k === K.Alias || k === K.SeqInd || this.keyAhead()) bail();
      this.pending.add(name);
      result = this.inline(parent);
    } else {
      // Only a collection may follow on the next lines; an anchored empty or scalar value is rare.
      if (this.is(K.Space)) this.i++;
      if (!this.is(K.Newline)) bail();
      this.trivia();
      if (this.i >= this.n) bail();
      const k = this.kind();
      if (k !== K.SeqInd && !this.keyAhead()) bail();
      this.pending.add(name);
      result = then();
    }
    this.pending.delete(name);
    this.anchors.set(name, result.node);
    return result;
  }

  /** A scalar, flow collection, alias or block scalar on the current line, with its tail. */
  private inline(parent: number): Built {
    const k = this.kind();
    const at = this.startOf();
    if (k === K.Plain || k === K.Single || k === K.Double) {
      const src = this.srcOf(this.i++);
      const value = this.intern(k === K.Plain ? plainScalarValue(src, at, false) : quotedScalarValue(src, at, k === K.Double));
      const node: ScalarNode = { type: 'scalar', value, quoted: k !== K.Plain, start: at, end: at + src.length };
      return { node, tail: this.tail(), attach: true };
    }
    if (k === K.Alias) {
      const name = this.srcOf().slice(1);
      const target = this.anchors.get(name);
      if (!target || name.endsWith(':')) bail();
      this.i++;
      return { node: target, tail: this.tail(), attach: true };
    }
    if (k === K.MapStart || k === K.SeqStart) {
      const node = this.flow(parent);
      return { node, tail: this.tail(), attach: true };
    }
    if (k === K.BlockHeader) return this.blockScalar(parent);
    return bail();
  }

  private blockScalar(indent: number): Built {
    const offset = this.startOf();
    const parts: BlockParts = { props: [{ type: 'block-scalar-header', offset, source: this.srcOf() }], body: '', indent: Math.max(indent, 0) };
    this.i++;
    if (this.is(K.Space)) parts.props.push({ type: 'space', offset: this.startOf(), source: this.srcOf(this.i++) });
    if (this.is(K.Comment)) parts.props.push({ type: 'comment', offset: this.startOf(), source: this.srcOf(this.i++) });
    if (this.is(K.Newline)) parts.props.push({ type: 'newline', offset: this.startOf(), source: this.srcOf(this.i++) });
    else if (this.i < this.n) bail();
    if (this.is(K.BlockBody)) parts.body = this.srcOf(this.i++);
    else if (this.i < this.n) bail();
    const { value, end } = blockScalarValue(offset, parts);
    return { node: { type: 'scalar', value, quoted: false, start: offset, end }, tail: end };
  }

  private key(): ScalarNode {
    const k = this.kind();
    const at = this.startOf();
    const src = this.srcOf();
    // Multi-line and over-long implicit keys are errors the composer words.
    if (src.includes('\n') || src.length > 1000) bail();
    this.i++;
    const value = this.intern(k === K.Plain ? plainScalarValue(src, at, true) : quotedScalarValue(src, at, k === K.Double));
    return { type: 'scalar', value, quoted: k !== K.Plain, start: at, end: at + src.length };
  }

  /**
   * Short keys and values repeat (`type`, `name`, `string`, `object`) and V8 copies short
   * substrings: the tree keeps one string per distinct one instead (a fifth less tree on Stripe).
   */
  private intern<V extends ScalarNode['value']>(value: V): V {
    if (typeof value !== 'string' || value.length >= INTERN_BELOW) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as V;
    this.strings.set(value, value);
    return value;
  }

  private map(indent: number): Built {
    this.enter();
    const pairs: Pair[] = [];
    let tail = 0;
    let pending: Pending | undefined;
    for (;;) {
      const key = this.key();
      if (this.is(K.Space)) this.i++;
      if (!this.is(K.ValueInd)) bail();
      let empty = this.endOf(this.i);
      this.i++;
      if (this.is(K.Space)) empty = this.endOf(this.i++);
      let value: Built | null;
      let emptyTail = empty;
      if (this.i >= this.n || this.is(K.Newline) || this.is(K.Comment)) {
        // Comment lines between a key and its value are the value's props, wherever they are
        // indented; an empty value with such props ends (range[2]) where the lines after it end.
        const commented = this.trailing() !== null;
        value = this.i < this.n ? this.block(indent, true) : null;
        if (!value && commented) emptyTail = this.resumeAt();
      } else {
        const k = this.kind();
        if (k === K.SeqInd || this.keyAhead()) bail();
        value = k === K.Anchor ? this.anchored(() => this.block(indent, true) ?? bail(), indent) : this.inline(indent);
      }
      const built = value ?? { node: { type: 'scalar', value: null, quoted: false, start: empty, end: empty }, tail: emptyTail };
      pairs.push({ key, value: built.node, start: key.start, end: Math.max(built.node.end, key.end) });
      ({ tail, pending } = placeTrailing(built, indent, this.trailing()));
      if (this.i >= this.n || this.colOf() < indent) break;
      if (this.colOf() > indent || !this.keyAhead()) bail();
    }
    const first = pairs[0] ?? bail();
    this.depth--;
    return close({ node: makeMap(pairs, false, first.key.start, tail), tail, pending }, indent);
  }

  private seq(indent: number): Built {
    this.enter();
    const items: Node[] = [];
    const start = this.startOf();
    let tail = 0;
    let pending: Pending | undefined;
    // Comment lines left over from the previous item become part of this item's `-` props, as do
    // those after the dash; an empty item with comments in its props ends (range[2]) where the
    // lines after it end.
    let commentedProps = false;
    for (;;) {
      let empty = this.endOf(this.i);
      this.i++;
      if (this.is(K.Space)) empty = this.endOf(this.i++);
      let value: Built | null;
      let commented = commentedProps;
      if (this.i >= this.n || this.is(K.Newline) || this.is(K.Comment)) {
        if (this.trailing() !== null) commented = true;
        value = this.i < this.n ? this.block(indent) : null;
      } else value = this.block(indent);
      const emptyTail = commented ? this.resumeAt() : empty;
      const built = value ?? { node: { type: 'scalar', value: null, quoted: false, start: empty, end: empty }, tail: emptyTail };
      items.push(built.node);
      ({ tail, pending } = placeTrailing(built, indent, this.trailing()));
      if (this.i >= this.n || this.colOf() < indent) break;
      if (this.colOf() > indent) bail();
      if (!this.is(K.SeqInd)) break;
      commentedProps = pending !== undefined;
    }
    const node: SeqNode = { type: 'seq', items: items.slice(), flow: false, start, end: tail };
    this.depth--;
    return close({ node, tail, pending }, indent);
  }

  /** Spaces and line breaks inside a flow collection; its lines must stay right of `parent`. */
  private flowSpace(parent: number): void {
    while (this.i < this.n) {
      const k = this.kind();
      if (k === K.Space) this.i++;
      else if (k === K.Newline) {
        this.i++;
        if (this.is(K.Space)) this.i++;
        if (this.i < this.n && this.colOf() <= parent) bail();
      } else if (k === K.Comment) bail();
      else return;
    }
  }

  private flow(parent: number): Node {
    this.enter();
    const isMap = this.is(K.MapStart);
    const close = isMap ? K.MapEnd : K.SeqEnd;
    const start = this.startOf();
    this.i++;
    const items: Node[] = [];
    const pairs: Pair[] = [];
    for (;;) {
      this.flowSpace(parent);
      if (this.is(close)) break;
      if (isMap) {
        const k = this.kind();
        if (k !== K.Plain && k !== K.Single && k !== K.Double) bail();
        const key = this.key();
        if (this.is(K.Space)) this.i++;
        if (!this.is(K.ValueInd)) bail();
        this.i++;
        if (!this.is(K.Space) && !this.is(K.Newline)) bail();
        this.flowSpace(parent);
        const value = this.flowValue(parent);
        pairs.push({ key, value, start: key.start, end: Math.max(value.end, key.end) });
      } else items.push(this.flowValue(parent));
      this.flowSpace(parent);
      if (this.is(K.Comma)) this.i++;
      else if (!this.is(close)) bail();
    }
    const end = this.endOf(this.i);
    this.i++;
    this.depth--;
    if (isMap) return makeMap(pairs, true, start, end);
    return { type: 'seq', items: items.slice(), flow: true, start, end };
  }

  private flowValue(parent: number): Node {
    const k = this.kind();
    let node: Node;
    if (k === K.Plain || k === K.Single || k === K.Double) {
      const at = this.startOf();
      const src = this.srcOf(this.i++);
      const value = this.intern(k === K.Plain ? plainScalarValue(src, at, false) : quotedScalarValue(src, at, k === K.Double));
      node = { type: 'scalar', value, quoted: k !== K.Plain, start: at, end: at + src.length };
    } else if (k === K.MapStart || k === K.SeqStart) node = this.flow(parent);
    else if (k === K.Alias) {
      const name = this.srcOf().slice(1);
      node = this.anchors.get(name) ?? bail();
      if (name.endsWith(':')) bail();
      this.i++;
    } else return bail();
    // `[a: 1]` pairs and `{a: b: c}` are rare and have their own composer rules.
    let j = this.i;
    if (this.is(K.Space, j)) j++;
    if (this.is(K.ValueInd, j)) bail();
    return node;
  }
}
