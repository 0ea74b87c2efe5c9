import { Lexer, parseDocument, isAlias, isMap, isSeq, isScalar, isPair, type Node as YamlNode, type Document } from 'yaml';
import type { MapNode, Node, Pair, ScalarNode, ScalarValue } from './tree';
import type { SyntaxProblem } from './types';

/**
 * Aliases are shared, never copied, so a "billion laughs" file costs no memory here; but a rule
 * that walks every path would still pay for the expansion, so documents whose expanded size
 * passes this bound are refused with a clear message instead.
 */
export const MAX_EXPANDED_NODES = 1_000_000;

export interface YamlParseResult {
  root: Node | null;
  problems: SyntaxProblem[];
}

/** Beyond this many items in flow collections (`{…}`, `[…]`) the YAML parser slows down sharply. */
export const MAX_FLOW_ITEMS = 10_000;

export function parseYamlDocument(text: string): YamlParseResult {
  if (tooManyFlowItems(text)) {
    const at = Math.max(0, text.search(/[{[]/));
    return { root: null, problems: [{ start: at, end: at + 1, message: `This document has more than ${MAX_FLOW_ITEMS.toLocaleString('en-US')} items in flow collections ({…} or […]); above that YAML parsing slows down sharply, so it was not analysed. Block style, or a .json file, avoids this.`, severity: 'warning' }] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    return { root: null, problems: [tooComplex(text, error)] };
  }
  const problems: SyntaxProblem[] = [];
  // "Unexpected end" errors point just past the document; keep them on its last character so
  // they do not land on the next document's `---` line.
  const last = Math.max(0, text.trimEnd().length - 1);
  const place = (pos: [number, number]): { start: number; end: number } => {
    const start = Math.min(pos[0], last);
    return { start, end: Math.min(Math.max(pos[1], start + 1), Math.max(last + 1, start + 1)) };
  };
  for (const e of doc.errors) problems.push({ ...place(e.pos), message: firstLine(e.message), severity: 'error' });
  for (const w of doc.warnings) problems.push({ ...place(w.pos), message: firstLine(w.message), severity: 'warning' });
  if (!doc.contents) return { root: null, problems };
  try {
    const converter = new Converter();
    const root = converter.convert(doc.contents as YamlNode);
    if (expandedSize(root) > MAX_EXPANDED_NODES) {
      problems.push({ start: root.start, end: root.start + 1, message: `Aliases in this document expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); it was not analysed.`, severity: 'error' });
      return { root: null, problems };
    }
    return { root, problems };
  } catch (error) {
    problems.push(tooComplex(text, error));
    return { root: null, problems };
  }
}

function tooComplex(text: string, error: unknown): SyntaxProblem {
  const reason = error instanceof RangeError ? 'it is nested too deeply' : 'the parser failed';
  return { start: 0, end: Math.min(text.length, 1), message: `This document could not be analysed: ${reason}.`, severity: 'error' };
}

function firstLine(message: string): string {
  if (/call stack/i.test(message)) return 'This document could not be analysed: it is nested too deeply.';
  const line = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  const sentence = line.charAt(0).toUpperCase() + line.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

class Converter {
  private readonly done = new Map<YamlNode, Node>();
  /** Anchor name → node; later anchors of the same name shadow earlier ones, as YAML says. */
  private readonly anchors = new Map<string, Node>();

  convert(node: YamlNode): Node {
    if (isAlias(node)) return this.alias(node);
    const known = this.done.get(node);
    if (known) return known;
    let result: Node;
    if (isMap(node)) result = this.map(node as YamlNode & { items: unknown[] });
    else if (isSeq(node)) result = this.seq(node as YamlNode & { items: unknown[] });
    else result = this.scalar(node);
    this.done.set(node, result);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, result);
    return result;
  }

  private alias(node: YamlNode): Node {
    const start = node.range?.[0] ?? 0;
    const fallback: ScalarNode = { type: 'scalar', value: null, quoted: false, start, end: node.range?.[1] ?? start };
    if (!isAlias(node)) return fallback;
    return this.anchors.get(node.source) ?? fallback;
  }

  private map(node: YamlNode & { items: unknown[]; flow?: boolean }): MapNode {
    const own: Pair[] = [];
    const merged: Pair[] = [];
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as YamlNode | null;
      const valueNode = item.value as YamlNode | null;
      const key = keyNode ? this.keyScalar(keyNode) : emptyScalar(rangeStart(valueNode));
      if (key.value === '<<' && valueNode && !(isScalar(keyNode) && (keyNode.type === 'QUOTE_DOUBLE' || keyNode.type === 'QUOTE_SINGLE'))) {
        for (const source of mergeSources(this.convert(valueNode))) merged.push(...source.pairs, ...(source.inherited ?? []));
        continue;
      }
      const value = valueNode ? this.convert(valueNode) : emptyScalar(keyNode?.range?.[1] ?? key.end);
      own.push({ key, value, start: key.start, end: Math.max(value.end, key.end) });
    }
    const ownKeys = new Set(own.map((p) => String(p.key.value)));
    const inherited: Pair[] = [];
    const seen = new Set<string>();
    for (const pair of merged) {
      const k = String(pair.key.value);
      if (ownKeys.has(k) || seen.has(k)) continue;
      seen.add(k);
      inherited.push(pair);
    }
    const [start, end] = bounds(node);
    return { type: 'map', pairs: own, flow: Boolean(node.flow), start, end, ...(inherited.length ? { inherited } : {}) };
  }

  private seq(node: YamlNode & { items: unknown[]; flow?: boolean }): Node {
    const items: Node[] = [];
    for (const item of node.items) {
      if (item && typeof item === 'object' && !isPair(item)) items.push(this.convert(item as YamlNode));
    }
    const [start, end] = bounds(node);
    return { type: 'seq', items, flow: Boolean(node.flow), start, end };
  }

  private keyScalar(node: YamlNode): ScalarNode {
    if (isAlias(node)) {
      const target = this.alias(node);
      const start = node.range?.[0] ?? 0;
      return { type: 'scalar', value: target.type === 'scalar' ? target.value : null, quoted: false, start, end: node.range?.[1] ?? start };
    }
    if (isScalar(node)) return this.scalar(node);
    const [start, end] = bounds(node);
    return { type: 'scalar', value: null, quoted: false, start, end };
  }

  private scalar(node: YamlNode): ScalarNode {
    const [start, end] = bounds(node);
    if (!isScalar(node)) return { type: 'scalar', value: null, quoted: false, start, end };
    return { type: 'scalar', value: toScalarValue(node.value), quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE', start, end };
  }
}

/** Size with aliases expanded, memoised per shared node so the count itself stays linear. */
export function expandedSize(node: Node, sizes = new WeakMap<Node, number>()): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  let size = 1;
  if (node.type === 'map') for (const p of [...node.pairs, ...(node.inherited ?? [])]) size += 1 + expandedSize(p.value, sizes);
  else if (node.type === 'seq') for (const item of node.items) size += expandedSize(item, sizes);
  const capped = Math.min(size, Number.MAX_SAFE_INTEGER);
  sizes.set(node, capped);
  return capped;
}

export function mergeSources(value: Node): MapNode[] {
  if (value.type === 'map') return [value];
  if (value.type === 'seq') return value.items.filter((i): i is MapNode => i.type === 'map');
  return [];
}

export function toScalarValue(value: unknown): ScalarValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  // The merge key `<<` comes back as a symbol when merge keys are enabled.
  if (typeof value === 'symbol') return value.description ?? null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function bounds(node: YamlNode): [number, number] {
  const range = node.range;
  if (!range) return [0, 0];
  return [range[0], range[1]];
}

function rangeStart(node: YamlNode | null): number {
  return node?.range?.[0] ?? 0;
}

function emptyScalar(at: number): ScalarNode {
  return { type: 'scalar', value: null, quoted: false, start: at, end: at };
}

/**
 * Whether the document's flow collections hold more than MAX_FLOW_ITEMS items, counted as the
 * lean path counts them (parse-yaml-cst-lex.ts): the lexer's flow commas. The lexer is linear on
 * such input (a 600 KB one-line map lexes in ~130 ms) and stops being read at the bound.
 */
export function tooManyFlowItems(text: string): boolean {
  let commas = 0;
  for (const token of new Lexer().lex(text)) if (token === ',' && ++commas > MAX_FLOW_ITEMS) return true;
  return false;
}
