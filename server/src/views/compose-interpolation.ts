/**
 * Compose interpolation (https://docs.docker.com/reference/compose-file/interpolation/):
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, defaults that nest (`${A:-${B}}`), and `$$` for a literal `$`.
 */
export type Operator = ':-' | '-' | ':?' | '?' | ':+' | '+';

export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'variable';
      readonly name: string;
      readonly operator: Operator | undefined;
      /** What follows the operator: a default, an error message or an alternative. */
      readonly argument: string | undefined;
      /** Offsets of the whole `${…}` or `$VAR` in the value. */
      readonly start: number;
      readonly end: number;
    };

/** Splits a value into literal text (with `$$` already unescaped) and variables, in order. */
export function interpolationSegments(value: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let textStart = 0;
  const flush = (end: number): void => {
    if (text !== '') out.push({ kind: 'text', text, start: textStart, end });
    text = '';
  };
  let i = 0;
  while (i < value.length) {
    const next = value[i + 1];
    if (value[i] !== '$' || next === undefined) {
      if (text === '') textStart = i;
      text += value[i];
      i++;
    } else if (next === '$') {
      if (text === '') textStart = i;
      text += '$';
      i += 2;
    } else if (next === '{') {
      const close = closingBrace(value, i + 1);
      if (close < 0) {
        // Compose rejects an unclosed `${`; keep the rest as text rather than guess.
        if (text === '') textStart = i;
        text += value.slice(i);
        break;
      }
      flush(i);
      const body = value.slice(i + 2, close);
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(:-|:\?|:\+|-|\?|\+)?/.exec(body);
      out.push({ kind: 'variable', name: match?.[1] ?? body, operator: match?.[2] as Operator | undefined, argument: match?.[2] ? body.slice(match[0].length) : undefined, start: i, end: close + 1 });
      i = close + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1))?.[0];
      if (!name) {
        if (text === '') textStart = i;
        text += '$';
        i++;
        continue;
      }
      flush(i);
      out.push({ kind: 'variable', name, operator: undefined, argument: undefined, start: i, end: i + 1 + name.length });
      i += 1 + name.length;
    }
  }
  flush(value.length);
  return out;
}

/** The names of the variables a value reads, defaults and alternatives included. */
export function variablesIn(value: string): string[] {
  const names: string[] = [];
  for (const s of interpolationSegments(value)) {
    if (s.kind !== 'variable') continue;
    names.push(s.name);
    if (s.argument) names.push(...variablesIn(s.argument));
  }
  return names;
}

/** True when the value contains no variable at all (`$$` escapes are literal). */
export function isLiteral(value: string): boolean {
  return interpolationSegments(value).every((s) => s.kind === 'text');
}

/**
 * True when nothing but variables makes up the value (surrounding blanks aside): `${DB_PASSWORD}`,
 * `${TAG:-1.0}`, `$A$B`. Such a value is not a literal the file commits to, whatever its default.
 */
export function isWhollyInterpolated(value: string): boolean {
  const segments = interpolationSegments(value.trim());
  return segments.length > 0 && segments.every((s) => s.kind === 'variable');
}

/**
 * The value with every variable replaced, character by character, and for each character whether
 * a variable produced it. Defaults (`:-`, `-`) are used when `useDefaults`; every other variable,
 * and `:+`/`+` alternatives (which apply only when the variable is set), become `unknown`.
 */
export function resolveTracked(value: string, unknown: string, useDefaults = true): { text: string; fromVariable: boolean[] } {
  let text = '';
  const fromVariable: boolean[] = [];
  for (const s of interpolationSegments(value)) {
    if (s.kind === 'text') {
      text += s.text;
      for (let k = 0; k < s.text.length; k++) fromVariable.push(false);
      continue;
    }
    const fallback = useDefaults && (s.operator === ':-' || s.operator === '-') && s.argument ? resolveTracked(s.argument, unknown, true).text : undefined;
    const piece = fallback !== undefined && fallback !== '' ? fallback : unknown;
    text += piece;
    for (let k = 0; k < piece.length; k++) fromVariable.push(true);
  }
  return { text, fromVariable };
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
