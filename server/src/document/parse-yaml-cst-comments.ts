import { bail } from './parse-yaml-cst-scalar';
import type { Node } from './tree';

/**
 * Where yaml's parser puts comment lines decides where collections end, so the lean builder
 * (parse-yaml-cst.ts) places them the same way; test/document/yaml-cst-comments.test.ts holds it
 * to the composer.
 */
export interface Built {
  node: Node;
  /** Where the composer's `range[2]` ends: it includes a same-line comment and the newline. */
  tail: number;
  /**
   * A flow scalar, alias or flow collection: the parser appends comment lines indented deeper
   * than its collection to the value's own end tokens, so they extend its `range[2]`.
   */
  attach?: boolean;
  /** Comment lines after the collection's last value that its parent may keep (see `placeTrailing`). */
  pending?: Pending;
}

/** A block of comment lines that the parser moves out of a collection when it closes. */
export interface Pending {
  /** The deepest column among its comments. */
  readonly deepest: number;
  /** Where the next content starts (or the text ends): the `range[2]` of whoever keeps it. */
  readonly next: number;
}

/**
 * A block collection closing with comment lines after it: the parser keeps them when it is
 * indented and one of them is at least as deep as it (its `range[2]`, the tail its parent ends
 * at, then reaches the next content); otherwise they move on to its parent, which applies the
 * same test if it closes there too, or gives them to its next item if it goes on.
 */
export function close(built: Built, indent: number): Built {
  const { pending } = built;
  if (!pending || indent <= 0 || pending.deepest < indent) return built;
  return { node: built.node, tail: pending.next };
}

/** Blank and comment lines: each comment's column and line end, in pairs, and where content resumes. */
export interface Trailing {
  readonly comments: readonly number[];
  readonly next: number;
}

/**
 * The blank and comment lines after an item's value (`trailing`, as Cursor.trailing reads them),
 * placed as yaml's parser places them: comment lines deeper than the collection, right after a flow value, join that value's end
 * (its tail moves past them); the others stay behind as a block the collection hands to its
 * parent when it closes (see `close`). Returns the collection's tail so far, and that block.
 */
export function placeTrailing(built: Built, indent: number, trailing: Trailing | null): { tail: number; pending: Pending | undefined } {
  let tail = built.tail;
  if (!trailing) return { tail, pending: built.pending };
  // A nested collection has already taken the lines after its own last value.
  if (built.pending) bail();
  const lines = trailing.comments;
  let i = 0;
  if (built.attach) for (; i < lines.length && (lines[i] as number) > indent; i += 2) tail = lines[i + 1] as number;
  if (i >= lines.length) return { tail, pending: undefined };
  let deepest = -1;
  for (let j = i; j < lines.length; j += 2) deepest = Math.max(deepest, lines[j] as number);
  return { tail, pending: { deepest, next: trailing.next } };
}
