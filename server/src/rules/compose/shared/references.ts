import { get, getMap, isMap, isScalar, isSeq, items, str, type Node, type ScalarNode } from '../../../document/tree';
import { looksLikeComposeFileName } from '../../../document/detect';
import type { ParsedDocument, ParsedFile } from '../../../document/types';
import { resolveUri } from '../../../engine/files';
import type { FixOffer, RelatedNode, RuleContext } from '../../../engine/rule';
import { closest } from '../../../util/similar';
import { servicesOf } from '../../../views/compose';
import type { Declaration, ResourceKind } from '../../../views/compose-model';

/** A name a service refers to, and how to write another one in its place. */
export interface NameReference {
  readonly name: string;
  /** What to underline: the name itself where it can be pinned down, else the entry holding it. */
  readonly node: Node;
  /** The text that replaces `node` to name `candidate` instead; undefined when that edit would be wrong. */
  readonly rename: (candidate: string) => string | undefined;
}

/** A node of some file of the application, as a related location needs it. */
export interface Place {
  readonly file: ParsedFile;
  readonly document: ParsedDocument;
  readonly node: ScalarNode;
}

/** What is reported about one unresolved name: the near miss, where it is declared, the fix. */
export interface Resolution {
  readonly candidate: string | undefined;
  readonly related: RelatedNode[];
  readonly suggest: FixOffer[];
}

/**
 * The close name the author probably meant, a pointer at its declaration when the model knows
 * which file holds it, and a quick-fix writing it in place of the one written.
 */
export function resolveNearMiss(ref: NameReference, known: Iterable<string>, declarationOf: (name: string) => Place | undefined, what: string): Resolution {
  const candidate = closest(ref.name, known);
  if (candidate === undefined || candidate === ref.name) return { candidate: undefined, related: [], suggest: [] };
  const at = declarationOf(candidate);
  const related: RelatedNode[] = at ? [{ file: at.file, document: at.document, node: at.node, message: `${what} "${candidate}" is declared here.` }] : [];
  const replacement = ref.rename(candidate);
  const suggest: FixOffer[] = replacement === undefined ? [] : [{ title: `Change "${ref.name}" to "${candidate}"`, fix: (f) => f.replace(ref.node, replacement) }];
  return { candidate, related, suggest };
}

/** The declaration as a related location, when the model knows the file it is written in. */
export function locateDeclaration(declaration: Declaration | undefined): Place | undefined {
  if (!declaration?.file || !declaration.document) return undefined;
  return { file: declaration.file, document: declaration.document, node: declaration.key };
}

/**
 * A name written at `offset` characters into a one-line scalar, as a node of its own, so the
 * underline and the quick-fix cover the name and leave the rest (`:/data:ro`) alone. Falls back
 * to the whole scalar when its text is not the value verbatim (escapes, folded lines).
 */
export function namePart(text: string, item: ScalarNode, offset: number, name: string): { node: Node; rename: (candidate: string) => string } {
  const written = text.slice(item.start, item.end);
  const quote = written[0] === '"' || written[0] === "'" ? 1 : 0;
  const start = item.start + quote + offset;
  const value = String(item.value);
  if (written.slice(quote, quote + value.length) === value && text.slice(start, start + name.length) === name) {
    return { node: { type: 'scalar', value: name, quoted: false, start, end: start + name.length }, rename: (c) => c };
  }
  const prefix = value.slice(0, offset);
  const rest = value.slice(offset + name.length);
  return { node: item, rename: (c) => JSON.stringify(prefix + c + rest) };
}

/** Names worth checking: written out, not left to a variable the model cannot resolve. */
export function isCheckable(name: string): boolean {
  return name !== '' && !name.includes('$');
}

/** The names Compose looks for on its own: base files and their override files. */
const STANDARD_NAME = /^(docker-)?compose(\.override)?\.ya?ml$/;

interface ReferenceIndex {
  /** Files another Compose file includes or extends: fragments Compose never checks on their own. */
  readonly pulledIn: ReadonlySet<string>;
  /** Per folder, per file: the names each Compose file declares (services under `services`). */
  readonly byFolder: ReadonlyMap<string, Array<{ uri: string; names: Record<ResourceKind | 'services', Set<string>> }>>;
}

/**
 * True when Compose may well see `name` declared although this file's model does not: the file
 * is included or extended by another one (Compose checks only the application that pulls it in,
 * and an extended file may be a bare fragment), or another Compose file next to it declares the
 * name (`docker compose -f compose.yaml -f compose.prod.yaml` layers files the model cannot guess).
 */
export function mayBeDeclaredElsewhere(ctx: RuleContext<string>, kind: ResourceKind | 'services', name: string): boolean {
  // Before the editor has indexed the folder, only a file Compose loads by itself is surely no fragment.
  if (!ctx.workspace.complete && !STANDARD_NAME.test(ctx.path.slice(ctx.path.lastIndexOf('/') + 1))) return true;
  const index = ctx.workspace.memo('compose/reference-index', () => buildIndex(ctx));
  if (index.pulledIn.has(ctx.path)) return true;
  const siblings = index.byFolder.get(folderOf(ctx.path)) ?? [];
  return siblings.some((s) => s.uri !== ctx.path && s.names[kind].has(name));
}


function buildIndex(ctx: RuleContext<string>): ReferenceIndex {
  const pulledIn = new Set<string>();
  const byFolder = new Map<string, Array<{ uri: string; names: Record<ResourceKind | 'services', Set<string>> }>>();
  for (const file of ctx.workspace.files()) {
    const names: Record<ResourceKind | 'services', Set<string>> = { services: new Set(), networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() };
    let compose = false;
    for (const doc of file.documents) {
      // A root file may hold only `include` and declarations: no services, so not detected as Compose.
      if (!isMap(doc.root) || (doc.kind !== 'compose' && !looksLikeComposeFileName(file.uri))) continue;
      compose = true;
      for (const kind of ['networks', 'volumes', 'secrets', 'configs'] as const) {
        const declared = getMap(doc.root, kind);
        for (const p of [...(declared?.pairs ?? []), ...(declared?.inherited ?? [])]) names[kind].add(String(p.key.value));
      }
      for (const s of servicesOf(doc.root)) {
        names.services.add(s.name);
        const ext = get(s.node, 'extends');
        const target = isMap(ext) ? str(get(ext, 'file')) : undefined;
        const uri = target === undefined ? undefined : resolveUri(file.uri, target);
        if (uri && uri !== file.uri) pulledIn.add(uri);
      }
      for (const entry of items(get(doc.root, 'include'))) {
        const path = isMap(entry) ? get(entry, 'path') : entry;
        for (const p of isSeq(path) ? path.items : [path]) {
          const uri = isScalar(p) && p.value !== null ? resolveUri(file.uri, String(p.value)) : undefined;
          if (uri && uri !== file.uri) pulledIn.add(uri);
        }
      }
    }
    if (!compose) continue;
    const folder = folderOf(file.uri);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { uri: file.uri, names }]);
  }
  return { pulledIn, byFolder };
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/**
 * The source of a short-syntax volume (`src:/dst:ro`), split the way Compose splits it: colons
 * inside `${…}` do not count, and one letter before a colon is a Windows drive (`C:\data`).
 * Undefined for an anonymous volume (`/data`).
 */
export function shortVolumeSource(spec: string): string | undefined {
  if (spec.length <= 2) return undefined;
  let depth = 0;
  let buffer = '';
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i] ?? '';
    if (ch === '$' && spec[i + 1] === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (ch === ':' && depth === 0 && !isDriveLetter(buffer)) return buffer;
    buffer += ch;
  }
  return undefined;
}

/** A source Compose mounts from the host rather than a volume it looks up by name. */
export function isHostPath(source: string): boolean {
  return /^[./~]/.test(source) || source.startsWith('\\\\') || /^\p{L}:/u.test(source);
}

function isDriveLetter(buffer: string): boolean {
  return /^\p{L}$/u.test(buffer);
}
