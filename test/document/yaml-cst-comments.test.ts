import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYamlDocument } from '../../server/src/document/parse-yaml';
import { buildLean } from '../../server/src/document/parse-yaml-cst';
import { difference, prng } from './yaml-cst-cases';

/**
 * Where yaml's parser puts comment lines decides where collections end (a comment deeper than its
 * collection joins the last value; one at least as deep as a closing collection stays in it; the
 * rest move outwards), so the lean builder models it. Random nested block documents, with
 * comment and blank lines at random columns after random lines, hold it to the composer.
 */
function* documents(count: number, seed: number): Generator<string> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pad = (n: number): string => ' '.repeat(n);
  const leaf = (indent: number): string[] => {
    const r = random();
    if (r < 0.4) return [pick(['1', 'x', 'hello world', 'true', '"q"', "'s'", '*a', '[1, 2]', '{k: v}', 'a # c'])];
    if (r < 0.45) return pick([['[1,', `${pad(indent + 2)}2]`], ['multi', `${pad(indent + 2)}line`], ['"dq', `${pad(indent + 2)}x"`]]);
    if (r < 0.6) return ['|', `${pad(indent + 2)}lit`, ...(random() < 0.3 ? [`${pad(indent + 2)}more`] : [])];
    if (r < 0.7) return ['>-', `${pad(indent + 2)}fold`];
    return [''];
  };
  const block = (indent: number, depth: number): string[] => {
    const lines: string[] = [];
    const isSeq = random() < 0.35;
    const n = 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) {
      const head = `${pad(indent)}${isSeq ? '-' : `k${i}x:`}`;
      if (depth < 4 && random() < 0.5) {
        lines.push(head);
        lines.push(...block(isSeq || random() >= 0.2 ? indent + 2 : indent, depth + 1));
      } else {
        const [first = '', ...rest] = leaf(indent);
        lines.push(first ? `${head} ${first}` : head, ...rest);
      }
    }
    return lines;
  };
  for (let n = 0; n < count; n++) {
    const lines: string[] = [];
    for (const line of ['base: &a 1', ...block(0, 0)]) {
      lines.push(line);
      while (random() < 0.25) lines.push(random() < 0.2 ? '' : `${pad(Math.floor(random() * 10))}# c`);
    }
    yield lines.join('\n') + (random() < 0.8 ? '\n' : '');
  }
}

describe('lean YAML path: comment lines between and after collections', () => {
  it('gives the composer tree on random nested documents with comments at every column', () => {
    let lean = 0;
    let total = 0;
    for (const text of documents(Number(process.env.BG_FUZZ_COUNT ?? 4000), Number(process.env.BG_FUZZ_SEED ?? 5))) {
      total++;
      const built = buildLean(text);
      if (!built) continue;
      lean++;
      const composed = parseYamlDocument(text);
      assert.deepEqual(composed.problems, [], `the lean path accepted a document with problems\n${text}`);
      assert.ok(composed.root && built.root);
      assert.equal(difference(built.root, composed.root), null, JSON.stringify(text));
    }
    console.log(`yaml-cst-comments: ${total} documents, ${lean} built by the lean path`);
    assert.ok(lean > total / 5, `only ${lean} of ${total} went the lean way`);
  });
});
