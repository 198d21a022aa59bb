/**
 * The small checks every wire narrower is made of. A narrower takes the `unknown` a reply parsed
 * to and either returns the same value under its wire type (nothing is copied) or throws a
 * `WireShapeError` naming the path of the first field that does not fit. Only what the provider
 * reads is checked: extra fields and nulls in fields it does not read pass untouched. Paths are
 * built only when a check fails, so a value that fits costs no allocation.
 */

/** A reply value that does not fit its wire shape: `path` is where, `expected` what should be there. */
export class WireShapeError extends Error {
  /** The field is absent (undefined), rather than of the wrong type or value. */
  readonly missing: boolean;

  constructor(
    readonly path: string,
    readonly expected: string,
    actual: unknown,
  ) {
    super(`${path} is ${describeValue(actual)}, expected ${expected}`);
    this.name = 'WireShapeError';
    this.missing = actual === undefined;
  }
}

/** Narrows `unknown` to a wire type, or throws a `WireShapeError`. */
export type Narrow<T> = (value: unknown) => T;

/** An object as JSON.parse gives it: each field may hold anything until it is checked. */
export type JsonRecord = { readonly [field: string]: unknown };

/** A short, secret-free-by-shape description of a value for an error message (strings are cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 40 ? `the string ${JSON.stringify(value.slice(0, 40))}…` : `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `path` + `.field`, for the root (empty path) just the field. */
export function at(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

/** The value itself (the reply, a list entry) as an object. */
export function record(value: unknown, path: string): JsonRecord {
  if (!isRecord(value)) throw new WireShapeError(path === '' ? 'the reply' : path, 'an object', value);
  return value;
}

// Field checks take the owner and its path; the field's path is built only when the check fails.

export function recordField(owner: JsonRecord, name: string, path: string): JsonRecord {
  const value = owner[name];
  if (!isRecord(value)) throw new WireShapeError(at(path, name), 'an object', value);
  return value;
}

/** An object, or null/absent (undefined then). */
export function optionalRecordField(owner: JsonRecord, name: string, path: string): JsonRecord | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (!isRecord(value)) throw new WireShapeError(at(path, name), 'an object or null', value);
  return value;
}

export function arrayField(owner: JsonRecord, name: string, path: string): readonly unknown[] {
  const value = owner[name];
  if (!Array.isArray(value)) throw new WireShapeError(at(path, name), 'an array', value);
  return value;
}

/** An array, or null/absent (undefined then). */
export function optionalArrayField(owner: JsonRecord, name: string, path: string): readonly unknown[] | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (!Array.isArray(value)) throw new WireShapeError(at(path, name), 'an array or null', value);
  return value;
}

export function stringField(owner: JsonRecord, name: string, path: string): string {
  const value = owner[name];
  if (typeof value !== 'string') throw new WireShapeError(at(path, name), 'a string', value);
  return value;
}

/** A string, or null/absent (undefined then). */
export function optionalStringField(owner: JsonRecord, name: string, path: string): string | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (typeof value !== 'string') throw new WireShapeError(at(path, name), 'a string or null', value);
  return value;
}

/** A finite number, or null/absent (undefined then). */
export function optionalNumberField(owner: JsonRecord, name: string, path: string): number | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new WireShapeError(at(path, name), 'a finite number or null', value);
  return value;
}

/** A finite number of at least 0 (a duration, a time, an age), or null/absent. */
export function optionalNonNegativeField(owner: JsonRecord, name: string, path: string): number | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new WireShapeError(at(path, name), 'a finite number of at least 0 or null', value);
  }
  return value;
}

/** The most milliseconds either side of 1970 a JavaScript Date can hold. */
const MAX_DATE_MS = 8.64e15;

/** Whether a value is Unix seconds that make a valid Date (what a `created` field must be). */
export function isUnixSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value * 1000) <= MAX_DATE_MS;
}

/** Unix seconds that make a valid Date (a `created` field), or null/absent. */
export function optionalUnixSecondsField(owner: JsonRecord, name: string, path: string): number | undefined {
  const value = owner[name];
  if (value == null) return undefined;
  if (!isUnixSeconds(value)) throw new WireShapeError(at(path, name), 'Unix seconds of a valid date', value);
  return value;
}

/** A list that may hold nulls, which OpenRouter sends and readers skip: every other entry must be an object. */
export function checkObjectsOrNull(list: readonly unknown[], path: string): void {
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (entry !== null && !isRecord(entry)) throw new WireShapeError(`${path}[${i}]`, 'an object or null', entry);
  }
}
