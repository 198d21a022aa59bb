/**
 * A reply whose shape a narrowing guard cannot use. Guards throw it with a message naming what is
 * missing; the reply handler that called the guard turns it into an APICallError quoting the body.
 */
export class WireShapeError extends Error {
  override readonly name = 'WireShapeError';
}

export type WireObject = Record<string, unknown>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or a WireShapeError naming `what` was expected. */
export function wireObject(value: unknown, what: string): WireObject {
  if (!isWireObject(value)) throw new WireShapeError(`expected ${what} to be an object, got ${describe(value)}`);
  return value;
}

/** A field that must be a number (or null when `nullable`), checked by name. */
export function checkNumber(object: WireObject, field: string, what: string, nullable = false): void {
  const value = object[field];
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (nullable && value === null) return;
  throw new WireShapeError(`expected ${what}.${field} to be a number${nullable ? ' or null' : ''}, got ${describe(value)}`);
}

/** A field that must be a non-empty string, checked by name. */
export function checkString(object: WireObject, field: string, what: string): void {
  const value = object[field];
  if (typeof value !== 'string' || value === '') throw new WireShapeError(`expected ${what}.${field} to be a non-empty string, got ${describe(value)}`);
}

/** An optional field that, when present and not null, must have the given type. */
export function checkOptional(object: WireObject, field: string, type: 'string' | 'number' | 'boolean', what: string): void {
  const value = object[field];
  if (value === undefined || value === null || typeof value === type) return;
  throw new WireShapeError(`expected ${what}.${field} to be a ${type} when present, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `a ${typeof value}`;
}
