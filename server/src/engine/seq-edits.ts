import type { OffsetEdit } from '../document/source-range';
import type { Node, SeqNode } from '../document/tree';
import type { Flavor } from '../document/types';
import type { PlainValue } from './fixer';
import { detectIndentUnit } from './layout';
import { renderYaml } from './yaml-render';

/**
 * Appends values to a sequence in the file's own flavour: a block item per value in block YAML
 * (at the column of the existing dashes), `, value` in flow YAML, and indented JSON in JSON.
 * Reached through `Fixer.appendItems`.
 */
export function appendItems(text: string, flavor: Flavor, seq: SeqNode, values: readonly PlainValue[]): OffsetEdit | null {
  if (values.length === 0) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = detectIndentUnit(text);
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const indentOf = (offset: number): number => /^ */.exec(text.slice(lineStart(offset)))?.[0].length ?? 0;
  const last = seq.items[seq.items.length - 1];
  const first = seq.items[0];
  const block = (column: number): string => renderYaml(values as PlainValue[], { indent: unit }).trimEnd().split('\n').map((line) => ' '.repeat(column) + line).join(eol);
  // Only a `key: []` that opens its own line in block context (not inside `{ … }`) becomes a block list.
  const before = text.slice(lineStart(seq.start), seq.start);
  const colon = /^[ \t]*(?:-[ \t]+)*[^{}[\],#]*:[ \t]*$/.test(before) ? /:[ \t]*$/.exec(before) : null;
  if (flavor === 'yaml' && !first && colon) {
    // `key: []` in block YAML becomes a block list under the key, as a person would write it.
    const at = lineStart(seq.start) + colon.index + 1;
    return { start: at, end: seq.end, text: eol + block(indentOf(seq.start) + unit) };
  }
  if (flavor === 'json' || seq.flow) {
    const inline = (v: PlainValue): string => (flavor === 'json' ? JSON.stringify(v) : renderYaml(v, { flow: true }).trimEnd());
    const multiline = first !== undefined ? text.slice(seq.start, first.start).includes('\n') : flavor === 'json' && text.trim().includes('\n');
    if (!multiline || flavor !== 'json') {
      const body = values.map(inline).join(', ');
      return last ? { start: last.end, end: last.end, text: `, ${body}` } : { start: seq.start + 1, end: seq.end - 1, text: body };
    }
    const column = first ? first.start - lineStart(first.start) : indentOf(seq.start) + unit;
    const render = (v: PlainValue): string => ' '.repeat(column) + JSON.stringify(v, null, unit).split('\n').join(eol + ' '.repeat(column));
    const body = values.map(render).join(',' + eol);
    return last ? { start: last.end, end: last.end, text: ',' + eol + body } : { start: seq.start + 1, end: seq.end - 1, text: eol + body + eol + ' '.repeat(indentOf(seq.start)) };
  }
  if (!first || !last) return null;
  const dash = text.lastIndexOf('-', first.start);
  const column = dash - lineStart(dash);
  const newline = text.indexOf('\n', last.end - 1 >= 0 && text[last.end - 1] === '\n' ? last.end - 1 : last.end);
  if (newline < 0) return { start: text.length, end: text.length, text: eol + block(column) };
  return { start: newline + 1, end: newline + 1, text: block(column) + eol };
}

/**
 * Removes one item: its whole lines in block YAML (the dash included), with its comma in flow
 * YAML and JSON. The last item of a block list leaves `[]` so the key keeps a list. Reached
 * through `Fixer.removeItem`.
 */
export function removeItem(text: string, flavor: Flavor, seq: SeqNode, item: Node): OffsetEdit | null {
  const index = seq.items.indexOf(item);
  if (index < 0) return null;
  if (flavor === 'json' || seq.flow) {
    const previous = seq.items[index - 1];
    const next = seq.items[index + 1];
    if (previous) return { start: previous.end, end: item.end, text: '' };
    if (next) return { start: item.start, end: next.start, text: '' };
    return { start: seq.start + 1, end: seq.end - 1, text: '' };
  }
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  if (seq.items.length === 1) {
    const colon = text.lastIndexOf(':', seq.start);
    if (colon < 0 || text.slice(colon + 1, text.lastIndexOf('-', item.start)).trim() !== '') return null;
    const end = item.end > 0 && text[item.end - 1] === '\n' ? item.end - 1 : item.end;
    const stop = text[end - 1] === '\r' ? end - 1 : end;
    return { start: colon + 1, end: stop, text: ' []' };
  }
  const start = lineStart(text.lastIndexOf('-', item.start));
  const next = seq.items[index + 1];
  const end = next ? lineStart(text.lastIndexOf('-', next.start)) : item.end > 0 && text[item.end - 1] === '\n' ? item.end : Math.min(text.length, text.indexOf('\n', item.end) < 0 ? text.length : text.indexOf('\n', item.end) + 1);
  return { start, end, text: '' };
}
