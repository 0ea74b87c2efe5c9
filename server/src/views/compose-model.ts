import { get, getMap, isMap, isScalar, isSeq, items, str, type MapNode, type Node, type ScalarNode } from '../document/tree';
import type { ParsedDocument, ParsedFile } from '../document/types';
import { resolveUri, type FileProvider } from '../engine/files';
import { servicesOf, type ComposeService } from './compose';
import { mergeService } from './compose-merge';

/**
 * The Compose application a file belongs to, as `docker compose config` would assemble it:
 * `extends` resolved (same file or another one), the sibling override file merged over its base
 * (or the base under an override file), and the services of `include`d files counted in.
 * Unreadable files leave the model incomplete, which rules treat as "do not know".
 */
export interface EffectiveService {
  readonly name: string;
  /** The service's key in the current document; undefined for a service written only elsewhere. */
  readonly key: ScalarNode | undefined;
  /** The current document's own mapping for the service (merge keys applied): what to edit. */
  readonly node: MapNode | undefined;
  /** The same service as `servicesOf` gives it, for the helpers of `./compose`. */
  readonly local: ComposeService | undefined;
  /**
   * What Compose runs. Built from nodes of several files, so its offsets may point anywhere:
   * ask it questions, but underline and edit only `key` and `node`.
   */
  readonly merged: MapNode;
  /** False when an `extends` target could not be read: the merged view may lack keys. */
  readonly complete: boolean;
  /** True when the service uses `extends` (here, or in the base or override layer). */
  readonly extended: boolean;
}

export interface ModelContext {
  readonly root: Node | null;
  readonly path: string;
  readonly files: FileProvider;
  /** The file being analysed: given, declarations written in it can be pointed at. */
  readonly file?: ParsedFile;
}

export type ResourceKind = 'networks' | 'volumes' | 'secrets' | 'configs';

/** A name declared under a top-level element (`networks: {backend: …}`), and where it is written. */
export interface Declaration {
  readonly name: string;
  readonly key: ScalarNode;
  /** Undefined when the host handed over no parsed file: then the declaration cannot be pointed at. */
  readonly file: ParsedFile | undefined;
  readonly document: ParsedDocument | undefined;
}

export interface ComposeModel {
  readonly services: readonly EffectiveService[];
  /** Every service name of the application: this file, its base/override, included files. */
  readonly names: ReadonlySet<string>;
  /**
   * What the application declares at top level: this file, its base/override, included files
   * (whose resources Compose copies in). `extends` brings services only, never declarations.
   */
  readonly declared: Readonly<Record<ResourceKind, ReadonlyMap<string, Declaration>>>;
  /** False when an included file could not be read: some names may be missing. */
  readonly complete: boolean;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

/** The services of the application, with the current document's own ones first and in order. */
export function effectiveServices(ctx: ModelContext): EffectiveService[] {
  return [...composeModel(ctx).services];
}

export function composeModel(ctx: ModelContext): ComposeModel {
  const root = isMap(ctx.root) ? ctx.root : undefined;
  const loader = new Loader(ctx.files);
  const current: LoadedFile = { uri: ctx.path, roots: root ? [root] : [], parsed: undefined, document: () => undefined };
  const fileName = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  const layers: LoadedFile[] = [];
  if (OVERRIDE_NAMES.includes(fileName)) {
    const base = loader.firstSibling(ctx.path, BASE_NAMES);
    if (base) layers.push(base);
    layers.push(current);
  } else {
    layers.push(current);
    if (BASE_NAMES.includes(fileName)) {
      const override = loader.firstSibling(ctx.path, OVERRIDE_NAMES);
      if (override) layers.push(override);
    }
  }
  const merged = new Map<string, Resolved>();
  for (const layer of layers) {
    for (const [name, resolved] of loader.resolvedServices(layer)) {
      const previous = merged.get(name);
      merged.set(name, previous ? { map: mergeService(previous.map, resolved.map), complete: previous.complete && resolved.complete, extended: previous.extended || resolved.extended } : resolved);
    }
  }
  // An included file is a model of its own: its services are added, never merged (Compose rejects clashes).
  const included = layers.flatMap((layer) => loader.includedFiles(layer));
  for (const file of included) for (const [name, resolved] of loader.resolvedServices(file)) if (!merged.has(name)) merged.set(name, resolved);
  const names = new Set(merged.keys());
  const local = servicesOf(root);
  const services: EffectiveService[] = [];
  for (const s of local) {
    const m = merged.get(s.name);
    services.push({ name: s.name, key: s.key, node: s.node, local: s, merged: m?.map ?? s.node, complete: m?.complete ?? true, extended: m?.extended ?? false });
  }
  for (const [name, m] of merged) {
    if (!local.some((s) => s.name === name)) services.push({ name, key: undefined, node: undefined, local: undefined, merged: m.map, complete: m.complete, extended: m.extended });
  }
  // Compose merges the documents of one file, so a declaration in any of them counts.
  const whole = ctx.file ? loadedFrom(ctx.path, ctx.file) : current;
  const declared = declarationsOf([...layers.map((l) => (l === current ? whole : l)), ...included]);
  return { services, names, declared, complete: !loader.missed };
}

const RESOURCE_KINDS: readonly ResourceKind[] = ['networks', 'volumes', 'secrets', 'configs'];

/** The first declaration of each name wins: the one a related location points at. */
function declarationsOf(files: readonly LoadedFile[]): Record<ResourceKind, Map<string, Declaration>> {
  const out: Record<ResourceKind, Map<string, Declaration>> = { networks: new Map<string, Declaration>(), volumes: new Map<string, Declaration>(), secrets: new Map<string, Declaration>(), configs: new Map<string, Declaration>() };
  for (const file of files) {
    for (const root of file.roots) {
      const document = file.document(root);
      for (const kind of RESOURCE_KINDS) {
        const declared = getMap(root, kind);
        // Pairs merged in with `<<: *anchor` declare names too.
        for (const pair of [...(declared?.pairs ?? []), ...(declared?.inherited ?? [])]) {
          const name = String(pair.key.value);
          if (!out[kind].has(name)) out[kind].set(name, { name, key: pair.key, file: document ? file.parsed : undefined, document });
        }
      }
    }
  }
  return out;
}

interface Resolved {
  readonly map: MapNode;
  readonly complete: boolean;
  readonly extended: boolean;
}

interface LoadedFile {
  readonly uri: string;
  /** One per YAML document whose root is a mapping. */
  readonly roots: readonly MapNode[];
  readonly parsed: ParsedFile | undefined;
  /** The parsed document holding a root, when known. */
  readonly document: (root: MapNode) => ParsedDocument | undefined;
}

function loadedFrom(uri: string, file: ParsedFile): LoadedFile {
  return { uri, roots: file.documents.map((d) => d.root).filter(isMap), parsed: file, document: (root) => file.documents.find((d) => d.root === root) };
}

class Loader {
  missed = false;
  private readonly cache = new Map<string, LoadedFile | undefined>();

  constructor(private readonly files: FileProvider) {}

  load(uri: string): LoadedFile | undefined {
    if (this.cache.has(uri)) return this.cache.get(uri);
    let loaded: LoadedFile | undefined;
    try {
      const file = this.files.read(uri);
      if (file) loaded = loadedFrom(uri, file);
    } catch {
      loaded = undefined;
    }
    this.cache.set(uri, loaded);
    return loaded;
  }

  firstSibling(path: string, names: readonly string[]): LoadedFile | undefined {
    for (const name of names) {
      const uri = resolveUri(path, name);
      const found = uri ? this.load(uri) : undefined;
      if (found) return found;
    }
    return undefined;
  }

  /** Each service of the file with its `extends` chain resolved. */
  resolvedServices(file: LoadedFile): Map<string, Resolved> {
    const out = new Map<string, Resolved>();
    for (const root of file.roots) {
      for (const s of servicesOf(root)) {
        const resolved = this.resolve(file, s.node, new Set([`${file.uri}#${s.name}`]));
        const previous = out.get(s.name);
        out.set(s.name, previous ? { map: mergeService(previous.map, resolved.map), complete: previous.complete && resolved.complete, extended: previous.extended || resolved.extended } : resolved);
      }
    }
    return out;
  }

  /** A service definition with the base it `extends` merged under it, recursively and cycle-safe. */
  private resolve(file: LoadedFile, service: MapNode, seen: Set<string>): Resolved {
    const ext = get(service, 'extends');
    if (ext === undefined) return { map: service, complete: true, extended: false };
    const target = isScalar(ext) ? str(ext) : str(get(ext, 'service'));
    const fileRef = isMap(ext) ? str(get(ext, 'file')) : undefined;
    const uri = fileRef === undefined ? file.uri : resolveUri(file.uri, fileRef);
    const baseFile = uri === undefined ? undefined : uri === file.uri ? file : this.load(uri);
    const key = `${uri ?? ''}#${target ?? ''}`;
    const base = target === undefined || !baseFile || seen.has(key) ? undefined : findService(baseFile, target);
    if (!base) {
      return { map: service, complete: false, extended: true };
    }
    const resolved = this.resolve(baseFile as LoadedFile, base, new Set([...seen, key]));
    return { map: mergeService(resolved.map, service), complete: resolved.complete, extended: true };
  }

  /** The files `include`d by this one, and the files they include. */
  includedFiles(file: LoadedFile, seen = new Set<string>([file.uri])): LoadedFile[] {
    const out: LoadedFile[] = [];
    for (const root of file.roots) {
      for (const entry of items(get(root, 'include'))) {
        const pathNode = isMap(entry) ? get(entry, 'path') : entry;
        const paths = isSeq(pathNode) ? pathNode.items.map(str) : [str(pathNode)];
        for (const p of paths) {
          const uri = p === undefined ? undefined : resolveUri(file.uri, p);
          if (!uri || seen.has(uri)) continue;
          seen.add(uri);
          const included = this.load(uri);
          if (!included) {
            this.missed = true;
            continue;
          }
          out.push(included, ...this.includedFiles(included, seen));
        }
      }
    }
    return out;
  }
}

function findService(file: LoadedFile, name: string): MapNode | undefined {
  let found: MapNode | undefined;
  for (const root of file.roots) {
    const node = getMap(getMap(root, 'services'), name);
    if (node) found = node;
  }
  return found;
}
