import { documentAt } from '../document/locate';
import type { OffsetEdit } from '../document/source-range';
import { get, isMap, isSeq, str, type MapNode, type Node } from '../document/tree';
import type { ParsedFile } from '../document/types';
import { Fixer } from './fixer';
import { OPENAPI_EXTENSION } from './suppressions';

const NEXT_LINE = /^([ \t]*)#[ \t]*backend-guidance-disable-next-line\b([^\r\n]*)$/;

/**
 * "Disable <rule> for this line": a comment above the flagged line at its indentation (or the
 * rule added to one already there). JSON has no comments: an OpenAPI JSON file gets the rule in
 * `x-backend-guidance-ignore` on the enclosing operation, path item or schema instead.
 */
export function disableForLine(file: ParsedFile, offset: number, ruleId: string): { title: string; edit: OffsetEdit } | undefined {
  if (file.flavor === 'json') return disableInJson(file, offset, ruleId, false);
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const previous = previousStart >= 0 ? text.slice(previousStart, lineStart).replace(/\r?\n$/, '') : '';
  const existing = NEXT_LINE.exec(previous);
  if (existing) {
    const body = existing[2] ?? '';
    const dash = body.search(/\s--(\s|$)/);
    const ids = (dash < 0 ? body : body.slice(0, dash)).trimEnd();
    if (ids.split(/[\s,]+/).includes(ruleId)) return undefined;
    const at = previousStart + (existing[1]?.length ?? 0) + previous.slice(existing[1]?.length ?? 0).indexOf(body) + ids.length;
    return { title: `Disable ${ruleId} for this line`, edit: { start: at, end: at, text: ids.trim() ? `, ${ruleId}` : ` ${ruleId}` } };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return { title: `Disable ${ruleId} for this line`, edit: { start: lineStart, end: lineStart, text: `${indent}# backend-guidance-disable-next-line ${ruleId} -- reason${eol}` } };
}

/** "Disable <rule> in this file": a comment on the first line, or the document-level extension in JSON. */
export function disableForFile(file: ParsedFile, ruleId: string): { title: string; edit: OffsetEdit } | undefined {
  if (file.flavor === 'json') return disableInJson(file, 0, ruleId, true);
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  if (new RegExp(`backend-guidance-disable-file[^\\n]*\\b${ruleId.replace(/[/-]/g, '\\$&')}\\b`).test(file.text)) return undefined;
  return { title: `Disable ${ruleId} in this file`, edit: { start: 0, end: 0, text: `# backend-guidance-disable-file ${ruleId} -- reason${eol}` } };
}

function disableInJson(file: ParsedFile, offset: number, ruleId: string, wholeFile: boolean): { title: string; edit: OffsetEdit } | undefined {
  const doc = documentAt(file, offset);
  if (!doc?.root || doc.kind !== 'openapi' || !isMap(doc.root)) return undefined;
  const holder = wholeFile ? { map: doc.root, what: 'in this file' } : enclosing(doc.root, offset - doc.base);
  const fixer = new Fixer(doc.text, 'json');
  const current = get(holder.map, OPENAPI_EXTENSION);
  let edit: OffsetEdit | null;
  if (isSeq(current)) {
    if (current.items.some((i) => str(i) === ruleId)) return undefined;
    edit = fixer.appendItems(current, [ruleId]);
  } else if (current === undefined) edit = fixer.insertPair(holder.map, OPENAPI_EXTENSION, [ruleId]);
  else return undefined;
  if (!edit) return undefined;
  return { title: `Disable ${ruleId} ${holder.what}`, edit: { start: edit.start + doc.base, end: edit.end + doc.base, text: edit.text } };
}

/** The innermost operation, path item or named schema holding the offset; else the document. */
function enclosing(root: MapNode, offset: number): { map: MapNode; what: string } {
  const inside = (n: Node): boolean => n.start <= offset && offset <= n.end;
  const paths = get(root, 'paths');
  for (const path of isMap(paths) ? paths.pairs : []) {
    if (!isMap(path.value) || !(inside(path.value) || inside(path.key))) continue;
    for (const op of path.value.pairs) if (isMap(op.value) && (inside(op.value) || inside(op.key))) return { map: op.value, what: 'for this operation' };
    return { map: path.value, what: 'for this path' };
  }
  const schemas = [get(get(root, 'components'), 'schemas'), get(root, 'definitions')];
  for (const group of schemas) for (const s of isMap(group) ? group.pairs : []) if (isMap(s.value) && (inside(s.value) || inside(s.key))) return { map: s.value, what: 'for this schema' };
  return { map: root, what: 'in this file' };
}
