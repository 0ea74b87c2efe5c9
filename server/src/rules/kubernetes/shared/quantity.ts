import { isScalar, type Node } from '../../../document/tree';

/**
 * A Kubernetes resource quantity as an exact fraction, so that `0.5` and `500m`, or `1Gi` and
 * `1073741824`, compare equal without floating-point rounding.
 */
export interface Quantity {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

// <sign><digits>[.<digits>]<suffix>, suffix binary (Ki…Ei), decimal SI (n u m k M G T P E) or e<exp>.
const GRAMMAR = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const BINARY: Readonly<Record<string, number>> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
/** Exponents far beyond any real quantity are refused rather than turned into huge numbers. */
const MAX_EXPONENT = 64;

export function parseQuantity(text: string): Quantity | undefined {
  const match = GRAMMAR.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', suffix = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  let numerator = BigInt(whole + fraction || '0') * (sign === '-' ? -1n : 1n);
  let denominator = 10n ** BigInt(fraction.length);
  let exponent = 0;
  if (suffix in BINARY) numerator *= 1024n ** BigInt(BINARY[suffix] ?? 0);
  else if (suffix in DECIMAL) exponent = DECIMAL[suffix] ?? 0;
  else if (suffix) exponent = Number(suffix.slice(1));
  if (!Number.isInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return undefined;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator *= 10n ** BigInt(-exponent);
  return { numerator, denominator };
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The quantity a scalar stands for. An unquoted number is read from its source text (`0.10`
 * stays exact, `1e3` keeps its meaning); `documentText` is the text the node's offsets point into.
 */
export function quantityOf(node: Node | undefined, documentText?: string): Quantity | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'boolean') return undefined;
  if (typeof node.value === 'number') {
    const source = documentText?.slice(node.start, node.end);
    return (source !== undefined ? parseQuantity(source) : undefined) ?? (Number.isFinite(node.value) ? parseQuantity(String(node.value)) : undefined);
  }
  return parseQuantity(node.value);
}
