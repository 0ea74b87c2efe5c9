import type { OffsetEdit } from '../document/source-range';
import type { MapNode, Node, Pair, SeqNode } from '../document/tree';
import type { Flavor } from '../document/types';
import { detectIndentUnit } from './layout';
import { isPlainScalar, renderYaml } from './yaml-render';
import { appendItems, removeItem } from './seq-edits';

export { detectIndentUnit };

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/**
 * Builds offset edits that respect the file's own layout: its indentation unit, its line endings,
 * its flavour (a JSON fix writes JSON), and the comments around the edited node.
 * Offsets are relative to the document, like the tree's.
 */
export class Fixer {
  private readonly eol: string;
  private readonly unit: number;

  constructor(
    private readonly text: string,
    private readonly flavor: Flavor,
  ) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.unit = detectIndentUnit(text);
  }

  replace(node: { start: number; end: number }, text: string): OffsetEdit {
    return { start: node.start, end: node.end, text };
  }

  /** Replaces a scalar with a value rendered in the file's flavour. */
  replaceValue(node: Node, value: PlainValue): OffsetEdit {
    return this.replace(node, this.flavor === 'json' ? JSON.stringify(value) : renderYaml(value));
  }

  /**
   * Adds `key: value` to a mapping: after the first of `after` that exists, else at its end.
   * Nested values are written as block YAML (or indented JSON) at the mapping's own indentation.
   */
  insertPair(map: MapNode, key: string, value: PlainValue, after: readonly string[] = []): OffsetEdit {
    if (this.flavor === 'json' || map.flow) return this.insertFlowPair(map, key, value, after);
    const anchor = pickAnchor(map, after);
    const column = anchor ? this.columnOf(anchor.key.start) : this.columnOf(map.start);
    const indent = ' '.repeat(column);
    const block = this.renderYamlPair(key, value, column);
    const reference = anchor ?? map.pairs[map.pairs.length - 1];
    const at = reference ? this.endOfLine(reference.end) : this.endOfLine(map.end);
    if (at.afterNewline) return { start: at.offset, end: at.offset, text: indent + block + this.eol };
    return { start: at.offset, end: at.offset, text: this.eol + indent + block };
  }

  /** Appends values to a list in the file's own style (block items, flow, or indented JSON). */
  appendItems(seq: SeqNode, values: readonly PlainValue[]): OffsetEdit | null {
    return appendItems(this.text, this.flavor, seq, values);
  }

  /** Removes one item of a list, dash and comments on its lines included. */
  removeItem(seq: SeqNode, item: Node): OffsetEdit | null {
    return removeItem(this.text, this.flavor, seq, item);
  }

  /** Deletes a pair with its whole lines in block YAML, or with its comma in flow/JSON. */
  removePair(map: MapNode, pair: Pair): OffsetEdit {
    if (this.flavor === 'json' || map.flow) return this.removeFlowPair(map, pair);
    // The first key of a list item (`- hostPort: 80`) shares its line with the dash: the next
    // key moves up behind the dash, or the item becomes `{}` when it was the only key.
    if (/-[ \t]+$/.test(this.text.slice(this.lineStart(pair.key.start), pair.key.start))) {
      const next = map.pairs[map.pairs.indexOf(pair) + 1];
      if (next) return { start: pair.key.start, end: next.key.start, text: '' };
      const end = this.endOfLine(pair.end);
      return { start: pair.key.start, end: end.afterNewline ? end.offset - this.eol.length : end.offset, text: '{}' };
    }
    const start = this.lineStart(pair.key.start);
    const end = this.endOfLine(pair.end);
    const stop = end.afterNewline ? end.offset : Math.min(this.text.length, end.offset + this.eol.length);
    return { start, end: stop, text: '' };
  }

  private insertFlowPair(map: MapNode, key: string, value: PlainValue, after: readonly string[]): OffsetEdit {
    const anchor = pickAnchor(map, after) ?? map.pairs[map.pairs.length - 1];
    const json = this.flavor === 'json';
    if (!anchor) {
      const parentColumn = this.indentOfLine(map.start);
      if (json && this.isMultiline()) {
        const inner = parentColumn + this.unit;
        const rendered = this.renderJson(value, inner);
        return { start: map.start + 1, end: map.end - 1, text: `${this.eol}${' '.repeat(inner)}${JSON.stringify(key)}: ${rendered}${this.eol}${' '.repeat(parentColumn)}` };
      }
      const body = json ? `${JSON.stringify(key)}: ${JSON.stringify(value)}` : `${key}: ${renderYaml(value, { flow: true })}`;
      return { start: map.start + 1, end: map.end - 1, text: json ? body : ` ${body} ` };
    }
    const sameLine = !this.text.slice(map.start, anchor.key.start).includes('\n');
    if (sameLine || !json) {
      const body = json ? `${JSON.stringify(key)}: ${JSON.stringify(value)}` : `${key}: ${renderYaml(value, { flow: true })}`;
      return { start: anchor.end, end: anchor.end, text: `, ${body}` };
    }
    const column = this.columnOf(anchor.key.start);
    return { start: anchor.end, end: anchor.end, text: `,${this.eol}${' '.repeat(column)}${JSON.stringify(key)}: ${this.renderJson(value, column)}` };
  }

  private removeFlowPair(map: MapNode, pair: Pair): OffsetEdit {
    const index = map.pairs.indexOf(pair);
    const previous = map.pairs[index - 1];
    const next = map.pairs[index + 1];
    if (previous) return { start: previous.end, end: pair.end, text: '' };
    if (next) return { start: pair.key.start, end: next.key.start, text: '' };
    return { start: map.start + 1, end: map.end - 1, text: '' };
  }

  private renderYamlPair(key: string, value: PlainValue, column: number): string {
    const rendered = renderPair(key, value, this.unit);
    return rendered.includes('\n') ? rendered.split('\n').map((line, i) => (i === 0 ? line : ' '.repeat(column) + line)).join(this.eol) : rendered;
  }

  private renderJson(value: PlainValue, column: number): string {
    return JSON.stringify(value, null, this.unit).split('\n').map((line, i) => (i === 0 ? line : ' '.repeat(column) + line)).join(this.eol);
  }

  private isMultiline(): boolean {
    return this.text.trim().includes('\n');
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private columnOf(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private indentOfLine(offset: number): number {
    const start = this.lineStart(offset);
    let i = start;
    while (this.text[i] === ' ') i++;
    return i - start;
  }

  /** Where the line holding `offset - 1` ends; a range that already ends after a newline stays. */
  private endOfLine(offset: number): { offset: number; afterNewline: boolean } {
    if (offset > 0 && this.text[offset - 1] === '\n') return { offset, afterNewline: true };
    const newline = this.text.indexOf('\n', offset);
    if (newline < 0) return { offset: this.text.length, afterNewline: false };
    return { offset: this.text[newline - 1] === '\r' ? newline - 1 : newline, afterNewline: false };
  }
}

function pickAnchor(map: MapNode, after: readonly string[]): Pair | undefined {
  for (const key of after) {
    const found = map.pairs.find((p) => String(p.key.value) === key);
    if (found) return found;
  }
  return undefined;
}


/** `key: value` as the yaml package writes it; a plain key and scalar need no serializer at all. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Plain keys the serializer quotes, since YAML 1.2 reads them as booleans or null; the serializer decides. */
const RESERVED_KEY = /^(?:true|false|null)$/i;

function renderPair(key: string, value: PlainValue, unit: number): string {
  if (PLAIN_KEY.test(key) && !RESERVED_KEY.test(key) && isPlainScalar(value)) return `${key}: ${String(value)}`;
  return renderYaml({ [key]: value }, { indent: unit });
}
