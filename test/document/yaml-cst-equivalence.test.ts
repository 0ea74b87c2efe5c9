import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseYamlDocument } from '../../server/src/document/parse-yaml';
import { buildLean, parseYamlDocumentFast } from '../../server/src/document/parse-yaml-cst';
import { splitDocuments } from '../../server/src/document/split';
import { difference, EDGE_CASES, files, fixtureTexts, mutations, TOO_DEEP } from './yaml-cst-cases';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = process.env.BG_CORPUS ?? '/work/shared/corpus';

interface Tally {
  documents: number;
  lean: number;
}

/** The lean tree must equal the composer's wherever the lean path answers, and the entry point always. */
function check(label: string, text: string, tally: Tally): void {
  for (const chunk of splitDocuments(text)) {
    tally.documents++;
    const old = parseYamlDocument(chunk.text);
    const lean = buildLean(chunk.text);
    if (lean) {
      tally.lean++;
      assert.deepEqual(old.problems, [], `${label}@${chunk.start}: the lean path accepted a document with problems: ${JSON.stringify(old.problems)}\n${chunk.text.slice(0, 400)}`);
      assert.ok(old.root && lean.root, `${label}@${chunk.start}: missing root`);
      const d = difference(lean.root, old.root);
      assert.equal(d, null, `${label}@${chunk.start}: ${d}\n${chunk.text.slice(0, 400)}`);
    } else {
      const fast = parseYamlDocumentFast(chunk.text);
      assert.deepEqual(fast.problems, old.problems);
      if (fast.root && old.root) assert.equal(difference(fast.root, old.root), null);
      else assert.equal(fast.root, old.root);
    }
  }
}

function report(name: string, tally: Tally): void {
  console.log(`yaml-cst-equivalence: ${name}: ${tally.documents} documents, ${tally.lean} built by the lean path, ${tally.documents - tally.lean} by the composer`);
}

describe('lean YAML path equals the composer path', () => {
  it('on every YAML file of the corpus and of examples/', () => {
    const tally: Tally = { documents: 0, lean: 0 };
    const all = [...files(CORPUS, /\.ya?ml$/), ...files(path.join(ROOT, 'examples'), /\.ya?ml$/), ...files(path.join(ROOT, 'knowledge'), /\.ya?ml$/)];
    assert.ok(all.length > 5);
    for (const file of all) check(path.relative(ROOT, file), fs.readFileSync(file, 'utf8'), tally);
    report(`${all.length} files`, tally);
    assert.ok(tally.lean > tally.documents / 2, 'the lean path should handle most real documents');
  });

  it('on YAML from rule fixtures', () => {
    const tally: Tally = { documents: 0, lean: 0 };
    const texts = fixtureTexts();
    texts.forEach((text, i) => check(`fixture #${i}`, text, tally));
    report(`${texts.length} fixture texts`, tally);
  });

  it('on hand-written edge cases', () => {
    const tally: Tally = { documents: 0, lean: 0 };
    EDGE_CASES.forEach((text, i) => check(`edge case #${i} ${JSON.stringify(text.slice(0, 60))}`, text, tally));
    report(`${EDGE_CASES.length} edge cases`, tally);
  });

  it('declines documents nested deeper than its bound, which the composer may refuse', () => {
    for (const text of TOO_DEEP) assert.equal(buildLean(text), null);
  });

  it('on random mutations of the edge cases and fixtures (the lean path never accepts what the composer rejects)', () => {
    const tally: Tally = { documents: 0, lean: 0 };
    const seeds = [...EDGE_CASES, ...fixtureTexts().filter((t) => t.length < 4000)];
    let n = 0;
    // BG_FUZZ_SEED and BG_FUZZ_COUNT run longer or different campaigns locally.
    const count = Number(process.env.BG_FUZZ_COUNT ?? 6000);
    for (const text of mutations(seeds, count, Number(process.env.BG_FUZZ_SEED ?? 9))) check(`mutation #${n++} ${JSON.stringify(text)}`, text, tally);
    report(`${n} mutations`, tally);
  });
});
