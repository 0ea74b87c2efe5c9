import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { plainScalarValue, TYPED_WORDS } from '../../server/src/document/parse-yaml-cst-scalar';

/** Every upper/lower-case spelling of a word. */
function spellings(word: string): string[] {
  if (!word) return [''];
  const rest = spellings(word.slice(1));
  const head = word[0] as string;
  return [...new Set([head.toLowerCase(), head.toUpperCase()])].flatMap((h) => rest.map((r) => h + r));
}

describe('plain scalars starting with a letter', () => {
  const candidates = [
    ...['null', 'true', 'false', 'nan', 'inf', 'no', 'yes', 'on', 'off'].flatMap(spellings),
    'type', 'name', 'format', 'nullable', 'title', 'format', 'nulls', 'truely', 'falsey', 'n', 'T', 'f', 'Nu ll',
  ];

  it('are typed by the core schema exactly when they are one of TYPED_WORDS', () => {
    for (const text of candidates) {
      const typed = typeof parse(`k: ${text}`, { merge: true }).k !== 'string';
      assert.equal(TYPED_WORDS.has(text), typed, text);
    }
  });

  it('resolve in the lean path as the composer resolves them', () => {
    for (const text of candidates) assert.equal(plainScalarValue(text, 0, false), parse(`k: ${text}`, { merge: true }).k, text);
  });
});
