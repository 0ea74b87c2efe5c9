/** The smallest indentation step used in the file; 2 when the file gives no hint. */
export function detectIndentUnit(text: string): number {
  let unit = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const match of sample.matchAll(/\n( +)\S/g)) {
    const width = match[1]?.length ?? 0;
    if (width > 0 && (unit === 0 || width < unit)) unit = width;
    if (unit === 1 || unit === 2) break;
  }
  return unit === 0 ? 2 : Math.min(unit, 8);
}
