// How fast this machine is at the moment, on a fixed task issue #9 also timed: the `yaml`
// package's Lexer over Stripe's spec3.yaml ("about 0.15 s" on the machine of the figures).
// Shared machines of this kind drift by a third between hours; absolute targets (seconds,
// milliseconds) drift with them, while ratios against peers run in the same bench do not.
import * as fs from 'node:fs';
import { Lexer } from 'yaml';
import { median, round } from './stats';

export function lexerReferenceMs(file: string, runs = 5): number {
  const text = fs.readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    let tokens = 0;
    for (const _ of new Lexer().lex(text)) tokens++;
    if (tokens === 0) throw new Error(`${file}: no tokens`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return round(median(times));
}
