import { stringify } from 'yaml';
import { keepNonFinite } from '../util/json-key';
import type { PlainValue } from './fixer';

/**
 * A value as the yaml package writes it, without the final newline. Fixes are built with every
 * finding, and rules that look beyond their document run again on each keystroke, so the same few
 * values are rendered over and over: plain scalars skip the serializer, the rest is remembered.
 */
export function renderYaml(value: PlainValue, style: { indent?: number; flow?: boolean } = {}): string {
  if (isPlainScalar(value)) return String(value);
  const indent = style.indent ?? 2;
  const key = `${indent}\u0000${style.flow ? 'f' : 'b'}\u0000${JSON.stringify(value, keepNonFinite)}`;
  let text = rendered.get(key);
  if (text === undefined) {
    // Distinct values stay in the hundreds in practice; the bound keeps a pathological file from growing it.
    if (rendered.size >= 2000) rendered.clear();
    text = stringify(value, { indent, lineWidth: 0, ...(style.flow ? { collectionStyle: 'flow' as const } : {}) }).replace(/\n$/, '');
    rendered.set(key, text);
  }
  return text;
}

const rendered = new Map<string, string>();

/** A boolean or finite number, which the serializer writes as String() does (-0 it writes as -0). */
export function isPlainScalar(value: PlainValue): value is boolean | number {
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));
}
