import { InvalidArgumentError } from '@ai-sdk/provider';
import { normalizeModelId } from './model-ref';

/** Kinds without a sensible default model need an id; the error names the method and an example. */
export function requiredModelId(modelId: unknown, method: string, example: string): string {
  if (typeof modelId !== 'string' || modelId.trim() === '') {
    throw new InvalidArgumentError({ argument: 'modelId', message: `router.${method} needs a model id, e.g. "${example}".` });
  }
  return normalizeModelId(modelId);
}
