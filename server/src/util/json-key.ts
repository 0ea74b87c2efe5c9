/**
 * A JSON.stringify replacer for strings used as cache keys: NaN, ±Infinity and -0 would otherwise
 * read as null or 0, and undefined properties would vanish, so different values would share a key.
 */
export function keepNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return `\u0000${String(Object.is(value, -0) ? '-0' : value)}`;
  return value === undefined ? '\u0000undefined' : value;
}
