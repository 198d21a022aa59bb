import { InvalidArgumentError } from '@ai-sdk/provider';
import type { z } from 'zod/v4';
import { ownDataCopy } from './merge-options';

/**
 * Validates a caller's options against a strict zod schema. An unknown key is an error naming the
 * known ones (a misspelt option must not be silently left out); any other problem names the path.
 */
export function parseStrictOptions<Schema extends z.ZodObject>(schema: Schema, value: unknown, argument: string, what: string): z.infer<Schema> {
  if (value == null) return {} as z.infer<Schema>;
  const result = schema.safeParse(ownDataCopy(value, argument));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [argument, ...issue.path.map(String)].join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `Invalid ${path}: ${issue.keys.map((key) => `"${key}"`).join(', ')} is not ${what}. Known: ${Object.keys(schema.shape).join(', ')}; put raw body fields in extraBody.`
      : `Invalid ${path}: ${issue.message}.`;
  throw new InvalidArgumentError({ argument: path, message, cause: result.error });
}
