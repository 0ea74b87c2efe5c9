import { stringify } from 'yaml';
import type { OffsetEdit } from '../../../document/source-range';
import type { SeqNode } from '../../../document/tree';
import type { Flavor } from '../../../document/types';
import { detectIndentUnit, type PlainValue } from '../../../engine/fixer';

/**
 * Appends values to a sequence in the file's own flavour: a block item per value in block YAML
 * (at the column of the existing dashes), `, value` in flow YAML, and indented JSON in JSON.
 * The Fixer edits mappings; this is its counterpart for lists.
 */
export function appendItems(text: string, flavor: Flavor, seq: SeqNode, values: readonly PlainValue[]): OffsetEdit | null {
  if (values.length === 0) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = detectIndentUnit(text);
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const indentOf = (offset: number): number => /^ */.exec(text.slice(lineStart(offset)))?.[0].length ?? 0;
  const last = seq.items[seq.items.length - 1];
  const first = seq.items[0];
  const block = (column: number): string => stringify(values, { indent: unit, lineWidth: 0 }).trimEnd().split('\n').map((line) => ' '.repeat(column) + line).join(eol);
  const colon = /:[ \t]*$/.exec(text.slice(lineStart(seq.start), seq.start));
  if (flavor === 'yaml' && !first && colon) {
    // `key: []` in block YAML becomes a block list under the key, as a person would write it.
    const at = lineStart(seq.start) + colon.index + 1;
    return { start: at, end: seq.end, text: eol + block(indentOf(seq.start) + unit) };
  }
  if (flavor === 'json' || seq.flow) {
    const inline = (v: PlainValue): string => (flavor === 'json' ? JSON.stringify(v) : stringify(v, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd());
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
