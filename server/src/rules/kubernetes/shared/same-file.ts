import type { Node } from '../../../document/tree';
import type { RuleContext } from '../../../engine/rule';

export interface FileDocument {
  readonly index: number;
  readonly root: Node;
}

export interface SameFile {
  /** Every Kubernetes document of the file, this one included, in file order. */
  documents(): readonly FileDocument[];
  /** `compute` over `documents()`, run once per analysis of the file for this key. */
  summary<T>(compute: (documents: readonly FileDocument[]) => T): T;
}

const partsByKey = new Map<string, WeakMap<Node, unknown>>();

/**
 * `compute` of one document, kept as long as its tree lives. An edit re-parses only the document
 * it touches, so a summary of the file built from these parts costs, per keystroke, one
 * document's part and a pass over the others'. `compute` must read nothing but `root`.
 */
export function documentPart<T>(key: string, root: Node, compute: (root: Node) => T): T {
  let parts = partsByKey.get(key);
  if (!parts) partsByKey.set(key, (parts = new WeakMap()));
  if (parts.has(root)) return parts.get(root) as T;
  const part = compute(root);
  parts.set(root, part);
  return part;
}

/** Same-file relations (a ServiceMonitor next to its Deployment), linear in the file's size. */
export function sameFile(ctx: Pick<RuleContext<string>, 'file' | 'memo'>, ruleKey: string): SameFile {
  const documents = (): readonly FileDocument[] =>
    ctx.memo('kubernetes:documents', () => ctx.file.documents.flatMap((d) => (d.kind === 'kubernetes' && d.root ? [{ index: d.index, root: d.root }] : [])));
  return {
    documents,
    summary: <T>(compute: (docs: readonly FileDocument[]) => T): T => ctx.memo(`kubernetes:summary:${ruleKey}`, () => compute(documents())),
  };
}
