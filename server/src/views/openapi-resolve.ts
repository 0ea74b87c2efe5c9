import { get, isMap, isScalar, isSeq, type Node } from '../document/tree';
import type { ParsedDocument, ParsedFile } from '../document/types';
import { resolveUri, type FileProvider } from '../engine/files';

/**
 * A document that `$ref`s lead into: the one under analysis (`home`) or a file it references.
 * Nodes carry offsets relative to their own document, so whoever reports on a node must know it.
 */
export interface RefSource {
  /** The file's uri, without fragment: relative refs written in it resolve against it. */
  readonly uri: string;
  readonly root: Node;
  readonly document: ParsedDocument;
  readonly home: boolean;
  /** The parsed file, for related locations; asked for lazily since the rule context counts the asking. */
  file(): ParsedFile | undefined;
}

/** A node with the document it was found in. */
export interface Located<N extends Node = Node> {
  readonly node: N;
  readonly source: RefSource;
}

/** The end of a chain of refs; `exit` is the last `$ref` value of the home document when the chain left it. */
export interface Resolved extends Located {
  readonly exit?: Node;
}

/**
 * What a resolver needs of a rule's context. A `RuleContext` fits; `files`, `file` and `memo` are
 * read only when a ref actually leaves the document, because reading them tells the engine the
 * findings depend on other files (and must not be cached with the document alone).
 */
export interface ResolveContext {
  readonly root: Node;
  readonly document: ParsedDocument;
  readonly path: string;
  readonly files: FileProvider;
  readonly file: ParsedFile;
  memo<T>(key: string, compute: () => T): T;
}

/** Remote documents (`https://…`) are never fetched: the analysis is offline. */
const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

const pointerCaches = new WeakMap<Node, Map<string, Node | null>>();

/**
 * Follows one JSON pointer (`/components/schemas/Pet`, `` for the whole document) from `root`
 * without following further refs; memoized per root since big specs repeat the same refs
 * thousands of times.
 */
export function followPointer(root: Node, pointer: string): Node | undefined {
  let cache = pointerCaches.get(root);
  if (!cache) pointerCaches.set(root, (cache = new Map()));
  const known = cache.get(pointer);
  if (known !== undefined) return known ?? undefined;
  const found = walkPointer(root, pointer);
  cache.set(pointer, found ?? null);
  return found;
}

function walkPointer(root: Node, pointer: string): Node | undefined {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let current: Node | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = decodePointerToken(raw);
    if (token === undefined) return undefined;
    current = isSeq(current) ? current.items[Number(token)] : get(current, token);
    if (current === undefined) return undefined;
  }
  return current;
}

/** One reference token of a JSON pointer (RFC 6901), percent-decoded as URI fragments are; undefined when malformed. */
export function decodePointerToken(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
  } catch {
    return undefined;
  }
}

/** Splits `other.yaml#/components/schemas/Pet` into its file and its fragment (without `#`; undefined when there is no `#`). */
export function splitRef(ref: string): { file: string; fragment: string | undefined } {
  const hash = ref.indexOf('#');
  return hash < 0 ? { file: ref, fragment: undefined } : { file: ref.slice(0, hash), fragment: ref.slice(hash + 1) };
}

/**
 * Resolves `$ref`s from one document into itself and into relative files of the workspace,
 * read through the rule context's FileProvider. One resolver serves one rule run: what it reads
 * of other files is not kept past it (the files may change while the document does not); the
 * pointer lookups are pure and memoized per root for everyone.
 *
 * A referenced fragment file (no `openapi:`/`swagger:` root) is never analysed on its own: its
 * problems surface in the documents that reference it, at their `$ref`.
 */
export class RefResolver {
  readonly home: RefSource;
  private readonly sources = new Map<string, RefSource | null>();
  private readonly targets = new Map<RefSource, Map<string, Located | null>>();
  private readonly descriptions = new Map<string, { name: string | undefined; schema: boolean }>();
  private looked = false;

  /** True once a ref named another file (read or not): answers given so far may depend on more than the document. */
  get leftHome(): boolean {
    return this.looked;
  }

  constructor(root: Node, document: ParsedDocument | undefined, private readonly context?: ResolveContext) {
    const uri = (context?.path ?? '').split('#')[0] ?? '';
    const doc: ParsedDocument = document ?? { base: 0, text: '', index: 0, root, kind: 'openapi', problems: [] };
    this.home = { uri, root, document: doc, home: true, file: () => context?.file };
    if (uri !== '') this.sources.set(uri, this.home);
  }

  /** The resolver of a rule run, following refs into other files. */
  static of(context: ResolveContext): RefResolver {
    return new RefResolver(context.root, context.document, context);
  }

  /** A resolver that stays in the document (the behaviour of `resolveRef`), shared per root. */
  static local(root: Node): RefResolver {
    let known = localResolvers.get(root);
    if (!known) localResolvers.set(root, (known = new RefResolver(root, undefined)));
    return known;
  }

  /**
   * The target of one `$ref` string written in `from`, without following further refs. Undefined
   * when it is missing, remote, an anchor (`#name`), or its file cannot be read.
   */
  target(ref: string, from: RefSource = this.home): Located | undefined {
    let cache = this.targets.get(from);
    if (!cache) this.targets.set(from, (cache = new Map()));
    const known = cache.get(ref);
    if (known !== undefined) return known ?? undefined;
    const found = this.lookUp(ref, from);
    cache.set(ref, found ?? null);
    return found;
  }

  private lookUp(ref: string, from: RefSource): Located | undefined {
    const { file, fragment: pointer = '' } = splitRef(ref);
    let source: RefSource | undefined = from;
    if (file !== '') {
      this.looked = true;
      if (REMOTE.test(file) && !file.startsWith('file:')) return undefined;
      const uri = from.uri === '' ? undefined : resolveUri(from.uri, file);
      source = uri === undefined ? undefined : this.sourceAt(uri.split('#')[0] ?? uri);
    }
    if (!source) return undefined;
    const node = followPointer(source.root, pointer);
    return node ? { node, source } : undefined;
  }

  /** What a ref names: `Pet` for `#/components/schemas/Pet` (`schema`: a reusable schema) or `./pet.yaml`. */
  describe(ref: string): { name: string | undefined; schema: boolean } {
    let known = this.descriptions.get(ref);
    if (!known) {
      const pointer = splitRef(ref).fragment ?? '';
      this.descriptions.set(ref, (known = { name: refTargetName(ref), schema: schemaNameOf(pointer) !== undefined }));
    }
    return known;
  }

  /**
   * Follows a chain of refs from `node` (written in `from`); undefined on a cycle or a dead end.
   * When the chain leaves the document under analysis, `exit` is its last `$ref` value there:
   * the place to report what is wrong beyond it.
   */
  resolve(node: Node | undefined, from: RefSource = this.home): Resolved | undefined {
    if (node === undefined) return undefined;
    let current: Located = { node, source: from };
    let exit: Node | undefined;
    // Most chains are one ref long: the set of visited refs is made when a second one comes.
    let first: Node | undefined;
    let seen: Set<Node> | undefined;
    for (;;) {
      const ref = isMap(current.node) ? get(current.node, '$ref') : undefined;
      if (!isScalar(ref) || typeof ref.value !== 'string') return exit ? { ...current, exit } : current;
      if (first === undefined) first = current.node;
      else {
        seen ??= new Set([first]);
        if (seen.has(current.node)) return undefined;
        seen.add(current.node);
      }
      const next = this.target(ref.value, current.source);
      if (!next) return undefined;
      if (current.source.home && !next.source.home) exit = ref;
      else if (next.source.home) exit = undefined;
      current = next;
    }
  }

  /** The node a chain of refs from `node` ends at (as `resolve`, without saying where). */
  node(node: Node | undefined, from: RefSource = this.home): Node | undefined {
    if (!isMap(node) || get(node, '$ref') === undefined) return node;
    return this.resolve(node, from)?.node;
  }

  /** A file of the workspace by uri, its first document read as the target of pointers. */
  sourceAt(uri: string): RefSource | undefined {
    const known = this.sources.get(uri);
    if (known !== undefined) return known ?? undefined;
    const context = this.context;
    const file = context ? context.memo(`openapi:ref-file:${uri}`, () => context.files.read(uri)) : undefined;
    const document = file?.documents.find((d) => d.root !== null);
    const source: RefSource | undefined = file && document?.root ? { uri, root: document.root, document, home: false, file: () => file } : undefined;
    this.sources.set(uri, source ?? null);
    return source;
  }
}

/**
 * What `compute` answers through `refs`, kept in `cache` for the document under analysis while
 * it depends on that document alone: once a ref named another file, the answer may change with
 * that file, so it is computed afresh for each caller (with its own resolver and rule context).
 */
export function keptWhileHome<T>(refs: RefResolver, cache: WeakMap<Node, T>, compute: () => T): T {
  const root = refs.home.root;
  const known = cache.get(root);
  if (known !== undefined) return known;
  const value = compute();
  if (!refs.leftHome) cache.set(root, value);
  return value;
}

const localResolvers = new WeakMap<Node, RefResolver>();

/** A resolver, whatever the caller holds: the document's root (local refs only) or a resolver. */
export function scopeOf(scope: Node | RefResolver): RefResolver {
  return scope instanceof RefResolver ? scope : RefResolver.local(scope);
}

/** The name a pointer gives a reusable schema (`/components/schemas/Pet`, `/definitions/Pet`). */
export function schemaNameOf(pointer: string): string | undefined {
  const match = /^\/(?:components\/schemas|definitions)\/([^/]+)$/.exec(pointer);
  return match?.[1] ? decodePointerToken(match[1]) : undefined;
}

/** How a ref names what it points at: `Pet` for `#/components/schemas/Pet`, `common.yaml#/Pet` or `./pet.yaml`. */
export function refTargetName(ref: string): string | undefined {
  const { file, fragment: pointer = '' } = splitRef(ref);
  if (pointer !== '') return decodePointerToken(pointer.slice(pointer.lastIndexOf('/') + 1)) || undefined;
  const base = file.split(/[/\\]/).pop() ?? '';
  return base.replace(/\.(ya?ml|json)$/i, '') || undefined;
}
