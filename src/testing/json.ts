/** A JSON object as the emulator parses or builds it: each field is checked before it is read. */
export type JsonObject = { [key: string]: unknown };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object at `key` of `value`, when both are objects; undefined otherwise. */
export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const inner = isObject(value) ? value[key] : undefined;
  return isObject(inner) ? inner : undefined;
}

/** The first entry of the list at `key` of `value`, when it is an object. */
export function firstObjectAt(value: unknown, key: string): JsonObject | undefined {
  const list = isObject(value) ? value[key] : undefined;
  return Array.isArray(list) && isObject(list[0]) ? list[0] : undefined;
}
