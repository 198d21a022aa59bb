import { at, type JsonRecord, record, WireShapeError } from './narrow';

/**
 * Checks by field name for wire types that keep OpenRouter's objects whole (account, endpoints,
 * files): each throws the door's `WireShapeError` at the field's path, so these replies fail with
 * the same message as every other one.
 */

/** `value` as an object; `path` names it in the error ('' is the reply itself). */
export const objectAt = (value: unknown, path: string): JsonRecord => record(value, path);

/** A finite number, or null too when `nullable`. */
export function checkNumber(owner: JsonRecord, field: string, path: string, nullable = false): void {
  const value = owner[field];
  if ((typeof value === 'number' && Number.isFinite(value)) || (nullable && value === null)) return;
  throw new WireShapeError(at(path, field), nullable ? 'a number or null' : 'a number', value);
}

export function checkNonEmptyString(owner: JsonRecord, field: string, path: string): void {
  const value = owner[field];
  if (typeof value !== 'string' || value === '') throw new WireShapeError(at(path, field), 'a non-empty string', value);
}

export function checkType(owner: JsonRecord, field: string, type: 'string' | 'boolean', path: string): void {
  const value = owner[field];
  if (typeof value !== type) throw new WireShapeError(at(path, field), `a ${type}`, value);
}

/** A field that, when present and not null, has the given type. */
export function checkOptional(owner: JsonRecord, field: string, type: 'string' | 'number' | 'boolean', path: string): void {
  const value = owner[field];
  if (value === undefined || value === null || typeof value === type) return;
  throw new WireShapeError(at(path, field), `a ${type} or nothing`, value);
}

/** A look-up reply, `{ data: ... }`, whose `data` `narrow` checks at the path `data`. */
export const dataOf =
  <T>(narrow: (value: unknown, path: string) => T) =>
  (reply: unknown): T =>
    narrow(record(reply, '').data, 'data');
