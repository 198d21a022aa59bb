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
export function mergeShallow<T extends Record<string, unknown>>(
  ...layers: Array<T | undefined | null>
): Partial<T> | undefined {
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
 */
export function ownDataCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownDataCopy);
  if (typeof value !== 'object' || value === null || value instanceof Date || ArrayBuffer.isView(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = ownDataCopy((value as Record<string, unknown>)[key]);
  }
  return out;
}
