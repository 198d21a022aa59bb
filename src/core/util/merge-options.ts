import { InvalidArgumentError } from '@ai-sdk/provider';
import { credentialInOptionsError, isCredentialName } from './credential-names';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies own enumerable entries, dropping prototype-polluting keys and
 * undefined values, into a null-prototype-free plain object.
 */
export function cleanObject<T extends Record<string, unknown>>(value: T | undefined): Partial<T> {
  const out: Record<string, unknown> = {};
  if (value == null) return out as Partial<T>;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const entry = value[key];
    if (entry !== undefined) out[key] = entry;
  }
  return out as Partial<T>;
}

/**
 * Shallow merge where later layers win. Polluting keys and undefined values
 * are dropped, so `{ sort: undefined }` in a later layer never erases an
 * earlier value.
 */
export function mergeShallow<T extends Record<string, unknown>>(...layers: Array<T | undefined | null>): Partial<T> | undefined {
  let merged: Record<string, unknown> | undefined;
  for (const layer of layers) {
    if (layer == null) continue;
    merged ??= {};
    for (const key of Object.keys(layer)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const entry = layer[key];
      if (entry !== undefined) merged[key] = entry;
    }
  }
  return merged as Partial<T> | undefined;
}

/**
 * A deep copy of a caller's options holding only their own data: own
 * enumerable keys, without `__proto__`, `constructor` or `prototype`, and
 * nothing an object merely inherits. Validation then reads exactly what
 * the caller wrote, and what it passes on cannot carry a polluting key.
 * A cycle is refused, naming where it closes, instead of overflowing the stack,
 * and so is a credential-like name at any depth (options become request bodies).
 */
export function ownDataCopy(value: unknown, argument: string): unknown {
  return copyOwnData(value, argument, new Map());
}

function copyOwnData(value: unknown, path: string, ancestors: Map<object, string>): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Date || ArrayBuffer.isView(value)) return value;
  const ancestor = ancestors.get(value);
  if (ancestor !== undefined) {
    throw new InvalidArgumentError({
      argument: path,
      message: `Invalid ${path}: it refers back to ${ancestor} (a circular reference). Options must be plain data; pass them without the cycle.`,
    });
  }
  ancestors.set(value, path);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item, index) => copyOwnData(item, `${path}[${index}]`, ancestors));
  } else {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      if (isCredentialName(key)) throw credentialInOptionsError(`${path}.${key}`);
      copy[key] = copyOwnData((value as Record<string, unknown>)[key], `${path}.${key}`, ancestors);
    }
    out = copy;
  }
  ancestors.delete(value);
  return out;
}
