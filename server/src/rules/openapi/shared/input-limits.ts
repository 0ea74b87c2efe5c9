import { bool, get, getStr, pairOf, type MapNode, type Pair } from '../../../document/tree';
import { typeNames, type AcceptedSchema } from '../../../views/openapi';
import type { SchemaSite, SchemaWalk } from '../../../views/openapi-schemas';
import { enumerated, hasMaximum } from './owasp';
import { norm, PAGE_SIZE_IN_LISTS } from './pagination';

/**
 * What bounds the size of a value a client sends, for the three limit rules
 * (require-string-limits, integer-limits, array-limits), and their walks, which run as channels
 * of the pass in operation-walks.ts (on Stripe's spec the three walks alone were about a tenth of
 * the time of all rules together).
 */

/** Formats whose grammar fixes the length, and file payloads whose size is a body-size concern. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'full-date', 'partial-time', 'uuid', 'ipv4', 'ipv6', 'hostname', 'int32', 'int64', 'binary', 'byte']);

/** `^[a-z]{2,8}$` bounds the length; `^[a-z]+$` does not. Unanchored or alternating patterns count as unbounded. */
function boundedPattern(pattern: string): boolean {
  const body = pattern.replace(/\[(?:\\.|[^\]\\])*\]/g, 'c').replace(/\\./g, 'c');
  if (!body.startsWith('^') || !body.endsWith('$')) return false;
  if (body.includes('|') && !/^\^\((\?:)?.*\)\$$/.test(body)) return false;
  return !/[*+]|\{\d*,\}/.test(body);
}

/** A string schema whose length is bounded: maxLength, a list of values, a fixed-length format or pattern, an encoded payload. */
function boundsString(schema: MapNode): boolean {
  if (get(schema, 'maxLength') !== undefined || enumerated(schema)) return true;
  if (get(schema, 'contentEncoding') !== undefined || get(schema, 'contentMediaType') !== undefined) return true;
  const format = getStr(schema, 'format');
  if (format !== undefined && BOUNDED_FORMATS.has(format)) return true;
  const pattern = getStr(schema, 'pattern');
  return pattern !== undefined && boundedPattern(pattern);
}

const boundsNumber = (schema: MapNode): boolean => hasMaximum(schema) || enumerated(schema);
const boundsArray = (schema: MapNode): boolean => get(schema, 'maxItems') !== undefined || enumerated(schema);

/** An accepted schema of one type that nothing bounds, with the label and site the walk gave it. */
export interface Unbounded {
  readonly schema: MapNode;
  readonly typePair: Pair;
  readonly label: string;
  readonly site: SchemaSite;
}

export interface InputLimits {
  /** What every operation accepts, in operation order. */
  readonly starts: readonly AcceptedSchema[];
  /** The same without the page sizes of GET operations, which are require-pagination's to report. */
  readonly numberStarts: readonly AcceptedSchema[];
  readonly strings: readonly Unbounded[];
  readonly numbers: readonly Unbounded[];
  readonly arrays: readonly Unbounded[];
}

/** The limit channels a start feeds: all three, or no numbers for the page size of a GET (require-pagination's to report). */
export function limitMask(method: string, start: AcceptedSchema): number {
  const pageSize = method === 'get' && PAGE_SIZE_IN_LISTS.has(norm(/^parameter "(.*)"$/.exec(start.label)?.[1] ?? ''));
  return pageSize ? STRINGS | ARRAYS : STRINGS | NUMBERS | ARRAYS;
}

/** Does a start feed the number channel (see `limitMask`)? */
export const feedsNumbers = (mask: number): boolean => (mask & NUMBERS) !== 0;

/**
 * The three limit walks as channels of one pass, in the order of `limitMask`'s bits; each
 * collects, in walk order, the schemas of its type that nothing bounds.
 */
export function limitChannels(refSiblings: boolean): { channels: SchemaWalk[]; strings: Unbounded[]; numbers: Unbounded[]; arrays: Unbounded[] } {
  const strings: Unbounded[] = [];
  const numbers: Unbounded[] = [];
  const arrays: Unbounded[] = [];
  const channel = (types: readonly string[], bounds: (schema: MapNode) => boolean, out: Unbounded[]): SchemaWalk => ({
    refSiblings,
    constrains: bounds,
    visit(schema, label, constrained, site) {
      // Clients never send readOnly values: nothing under them is accepted.
      if (bool(get(schema, 'readOnly')) === true) return false;
      const typePair = pairOf(schema, 'type');
      if (constrained || !typePair || !typeNames(typePair.value, types) || bounds(schema)) return;
      out.push({ schema, typePair, label, site });
    },
  });
  const channels = [channel(['string'], boundsString, strings), channel(['integer', 'number'], boundsNumber, numbers), channel(['array'], boundsArray, arrays)];
  return { channels, strings, numbers, arrays };
}

const STRINGS = 1;
const NUMBERS = 2;
const ARRAYS = 4;
