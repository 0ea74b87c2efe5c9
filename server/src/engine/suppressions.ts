import { get, getMap, isMap, items, str, type MapNode, type Node, type Pair } from '../document/tree';
import type { ParsedDocument, ParsedFile } from '../document/types';
import { objectsOf } from '../views/kubernetes-objects';
import type { Finding } from './finding';
import type { SeveritySetting } from './runner';

export const UNUSED_SUPPRESSION_ID = 'unused-suppression';
export const ANNOTATION = 'backend-guidance.dev/ignore';
export const OPENAPI_EXTENSION = 'x-backend-guidance-ignore';
const KUBE_LINTER_PREFIX = 'ignore-check.kube-linter.io/';

export interface Suppression {
  /** Rule ids, or every rule. */
  ruleIds: readonly string[] | 'all';
  /** Findings that start in [start, end] (file offsets) are suppressed. */
  start: number;
  end: number;
  /** Where the suppression is written, for the stale-suppression hint. */
  origin: { start: number; end: number };
}

const COMMENT = /^(?:[^\r\n#]*?[ \t])?#[ \t]*backend-guidance-(disable-next-line|disable-line|disable-file)\b([^\r\n]*)/gm;

/** Comments in YAML, annotations on Kubernetes objects, an extension property in OpenAPI. */
export function collectSuppressions(file: ParsedFile, rulesForKubeLinterCheck: (check: string) => readonly string[] = () => []): Suppression[] {
  const out: Suppression[] = [];
  // The line pattern is costly on a 4 MB spec; the marker it needs is cheap to look for first.
  if (file.flavor === 'yaml' && file.text.includes('backend-guidance-')) collectComments(file.text, out);
  for (const doc of file.documents) {
    if (!doc.root) continue;
    if (doc.kind === 'kubernetes') collectAnnotations(doc, rulesForKubeLinterCheck, out);
    if (doc.kind === 'openapi') collectExtensions(doc, out);
  }
  return out;
}

function collectComments(text: string, out: Suppression[]): void {
  for (const match of text.matchAll(COMMENT)) {
    const lineStart = match.index ?? 0;
    const lineEnd = lineStart + match[0].length;
    const hash = text.lastIndexOf('#', lineEnd - (match[2]?.length ?? 0));
    const ruleIds = parseIds((match[2] ?? '').split(/\s--\s|\s--$/)[0] ?? '');
    const origin = { start: hash, end: lineEnd };
    if (match[1] === 'disable-file') out.push({ ruleIds, start: 0, end: text.length, origin });
    else if (match[1] === 'disable-line') out.push({ ruleIds, start: lineStart, end: lineEnd, origin });
    else {
      const next = nextContentLine(text, lineEnd);
      if (next) out.push({ ruleIds, start: next.start, end: next.end, origin });
    }
  }
}

function nextContentLine(text: string, from: number): { start: number; end: number } | undefined {
  let at = text.indexOf('\n', from);
  while (at >= 0 && at < text.length) {
    const start = at + 1;
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (!/^\s*(#.*)?$/.test(text.slice(start, end))) return { start, end };
    at = newline;
  }
  return undefined;
}

function parseIds(raw: string): readonly string[] | 'all' {
  const ids = raw.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : 'all';
}

function collectAnnotations(doc: ParsedDocument, rulesFor: (check: string) => readonly string[], out: Suppression[]): void {
  const root = doc.root;
  for (const object of objectsOf(root)) {
    const annotationMaps = [getMap(getMap(object, 'metadata'), 'annotations'), ...podTemplateAnnotations(object)];
    for (const annotations of annotationMaps) {
      for (const pair of annotations?.pairs ?? []) {
        const key = String(pair.key.value);
        const origin = { start: doc.base + pair.key.start, end: doc.base + pair.value.end };
        const scope = { start: doc.base + object.start, end: doc.base + object.end };
        if (key === ANNOTATION) out.push({ ruleIds: parseIds(str(pair.value) ?? ''), ...scope, origin });
        else if (key.startsWith(KUBE_LINTER_PREFIX)) {
          const ids = rulesFor(key.slice(KUBE_LINTER_PREFIX.length));
          if (ids.length) out.push({ ruleIds: ids, ...scope, origin });
        }
      }
    }
  }
}

function podTemplateAnnotations(object: MapNode): Array<MapNode | undefined> {
  const spec = getMap(object, 'spec');
  const templates = [getMap(spec, 'template'), getMap(getMap(getMap(spec, 'jobTemplate'), 'spec'), 'template')];
  return templates.map((t) => getMap(getMap(t, 'metadata'), 'annotations'));
}

function collectExtensions(doc: ParsedDocument, out: Suppression[]): void {
  const root = doc.root;
  if (!isMap(root)) return;
  const scoped: Array<{ holder: Node; scope: { start: number; end: number } }> = [{ holder: root, scope: root }];
  const pairsOf = (map: Node | undefined): readonly Pair[] => (isMap(map) ? map.pairs : []);
  for (const path of pairsOf(get(root, 'paths'))) {
    scoped.push({ holder: path.value, scope: path });
    for (const op of pairsOf(path.value)) if (isMap(op.value)) scoped.push({ holder: op.value, scope: op });
  }
  for (const schema of [...pairsOf(get(get(root, 'components'), 'schemas')), ...pairsOf(get(root, 'definitions'))]) scoped.push({ holder: schema.value, scope: schema });
  for (const { holder, scope } of scoped) {
    const pair = isMap(holder) ? holder.pairs.find((p) => p.key.value === OPENAPI_EXTENSION) : undefined;
    if (!pair) continue;
    const ids = pair.value.type === 'seq' ? items(pair.value).map(str).filter((s): s is string => Boolean(s)) : (str(pair.value) ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ ruleIds: ids.length ? ids : 'all', start: doc.base + scope.start, end: doc.base + scope.end, origin: { start: doc.base + pair.key.start, end: doc.base + pair.value.end } });
  }
}

/**
 * Drops suppressed findings and reports each suppression (or rule id in it) that suppressed
 * nothing, so stale ones get cleaned up. Rules that are off are not held against a suppression.
 */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[], severityOf: (ruleId: string) => SeveritySetting, known: (ruleId: string) => boolean): Finding[] {
  if (!suppressions.length) return [...findings];
  const used = suppressions.map(() => new Set<string>());
  const kept = findings.filter((finding) => {
    let suppressed = false;
    suppressions.forEach((s, i) => {
      if (finding.start < s.start || finding.start > s.end) return;
      if (s.ruleIds !== 'all' && !s.ruleIds.includes(finding.ruleId)) return;
      used[i]?.add(s.ruleIds === 'all' ? '*' : finding.ruleId);
      suppressed = true;
    });
    return !suppressed;
  });
  const severity = severityOf(UNUSED_SUPPRESSION_ID);
  if (severity === 'off') return kept;
  suppressions.forEach((s, i) => {
    const hit = used[i] ?? new Set<string>();
    const stale = s.ruleIds === 'all' ? (hit.size ? [] : ['*']) : s.ruleIds.filter((id) => !hit.has(id) && severityOf(id) !== 'off');
    for (const id of stale) {
      const message = id === '*' ? 'This suppression matches no finding; remove it.' : known(id) ? `The suppression of "${id}" matches no finding here; remove it.` : `The suppression names "${id}", which is not a Backend Guidance rule.`;
      kept.push({ ruleId: UNUSED_SUPPRESSION_ID, severity, message, start: s.origin.start, end: s.origin.end, fixes: [] });
    }
  });
  return kept;
}
