import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lexLean, type Tokens } from '../../server/src/document/parse-yaml-cst-lex';
import { buildLean } from '../../server/src/document/parse-yaml-cst';
import { scanLean } from '../../server/src/document/parse-yaml-cst-scan';
import { treeSize } from '../../server/src/document/parse-yaml-cst-tree';
import { splitDocuments } from '../../server/src/document/split';
import { EDGE_CASES, files, fixtureTexts, mutations } from './yaml-cst-cases';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = process.env.BG_CORPUS ?? '/work/shared/corpus';

/** The first token where two columns differ, as text; null when they are equal. */
function firstDifference(ours: Tokens, reference: Tokens): string | null {
  if (ours.hasAlias !== reference.hasAlias) return `hasAlias ${ours.hasAlias} vs ${reference.hasAlias}`;
  const n = Math.max(ours.count, reference.count);
  for (let i = 0; i < n; i++) {
    const a = [ours.kind[i], ours.start[i], ours.len[i], ours.col[i]];
    const b = [reference.kind[i], reference.start[i], reference.len[i], reference.col[i]];
    if (i >= ours.count || i >= reference.count || a.some((v, j) => v !== b[j])) {
      const at = Math.min(ours.start[i] ?? 0, reference.start[i] ?? 0);
      return `token ${i} (kind,start,len,col) ${i < ours.count ? a.join(',') : 'none'} vs ${i < reference.count ? b.join(',') : 'none'} near ${JSON.stringify(ours.text.slice(Math.max(0, at - 20), at + 30))}`;
    }
  }
  return null;
}

interface Tally {
  documents: number;
  scanned: number;
  declined: number;
}

/** Where our scanner answers, its columns must be `yaml`'s Lexer's; declining is allowed, never differing. */
function check(label: string, text: string, tally: Tally): void {
  for (const chunk of splitDocuments(text)) {
    tally.documents++;
    const ours = scanLean(chunk.text);
    const reference = lexLean(chunk.text);
    if (!ours) {
      if (reference) tally.declined++;
      continue;
    }
    tally.scanned++;
    assert.ok(reference, `${label}@${chunk.start}: our scanner accepted what the lean lexer refuses\n${chunk.text.slice(0, 300)}`);
    const d = firstDifference(ours, reference);
    assert.equal(d, null, `${label}@${chunk.start}: ${d}`);
    // buildLean skips counting nodes below half the limit in tokens: no token owns more than two nodes.
    const lean = ours.hasAlias ? null : buildLean(chunk.text);
    if (lean?.root) assert.ok(treeSize(lean.root) <= 2 * ours.count, `${label}@${chunk.start}: ${treeSize(lean.root)} nodes for ${ours.count} tokens`);
  }
}

function report(name: string, t: Tally): void {
  console.log(`yaml-cst-scan: ${name}: ${t.documents} documents, ${t.scanned} scanned by ours, ${t.declined} declined that yaml's Lexer took`);
}

describe('the lean scanner gives the same tokens as lexing with yaml', () => {
  it('on every YAML file of the corpus, examples/ and knowledge/, and declines almost none of them', () => {
    const tally: Tally = { documents: 0, scanned: 0, declined: 0 };
    const all = [...files(CORPUS, /\.ya?ml$/), ...files(path.join(ROOT, 'examples'), /\.ya?ml$/), ...files(path.join(ROOT, 'knowledge'), /\.ya?ml$/)];
    assert.ok(all.length > 5);
    for (const file of all) check(path.relative(ROOT, file), fs.readFileSync(file, 'utf8'), tally);
    report(`${all.length} files`, tally);
    assert.ok(tally.declined <= tally.documents / 50, `declined ${tally.declined} of ${tally.documents}`);
  });

  it('on YAML from rule fixtures', () => {
    const tally: Tally = { documents: 0, scanned: 0, declined: 0 };
    const texts = fixtureTexts();
    texts.forEach((text, i) => check(`fixture #${i}`, text, tally));
    report(`${texts.length} fixture texts`, tally);
  });

  it('on hand-written edge cases', () => {
    const tally: Tally = { documents: 0, scanned: 0, declined: 0 };
    EDGE_CASES.forEach((text, i) => check(`edge case #${i} ${JSON.stringify(text.slice(0, 60))}`, text, tally));
    report(`${EDGE_CASES.length} edge cases`, tally);
  });

  it('on random mutations of the edge cases and fixtures', () => {
    const tally: Tally = { documents: 0, scanned: 0, declined: 0 };
    let n = 0;
    const seeds = [...EDGE_CASES, ...fixtureTexts().filter((t) => t.length < 4000)];
    const count = Number(process.env.BG_FUZZ_COUNT ?? 20000);
    for (const text of mutations(seeds, count, Number(process.env.BG_FUZZ_SEED ?? 17))) check(`mutation #${n++} ${JSON.stringify(text)}`, text, tally);
    report(`${n} mutations`, tally);
  });
});
