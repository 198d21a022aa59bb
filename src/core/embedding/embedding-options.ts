import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { providerPreferences } from '../options/provider-preferences-schema';
import { responseCacheSchema } from '../platform/response-cache';
import { lazy } from '../util/lazy';
import { ownDataCopy } from '../util/merge-options';

/**
 * Options of embedding models, set on the model (`router.textEmbeddingModel(id, settings)`) or per
 * call in `providerOptions.openrouter`; the call wins. Wire names, as OpenRouter's /embeddings
 * request spells them. An embedding call has no warnings channel, so an unknown key is an error
 * rather than something quietly left out.
 */
export const embeddingOptionsSchema = lazy(() =>
  z.strictObject({
    /** Length of the vectors, for models that can shorten them (text-embedding-3 and later). */
    dimensions: z.number().int().min(1).optional(),
    provider: providerPreferences().optional(),
    user: z.string().optional(),
    /** e.g. `search_query` or `search_document`, for models that embed the two differently. */
    input_type: z.string().optional(),
    /** OpenRouter's response cache (`X-OpenRouter-Cache` headers); never sent in the body. */
    responseCache: responseCacheSchema().optional(),
    /** Raw top-level body fields, sent last; `model`, `input` and `encoding_format` stay the request's own. */
    extraBody: z.record(z.string(), z.unknown()).optional(),
  }),
);

export type OpenClawRouterEmbeddingSettings = z.infer<ReturnType<typeof embeddingOptionsSchema>>;

export function parseEmbeddingOptions(value: unknown, argument: string): OpenClawRouterEmbeddingSettings {
  if (value == null) return {};
  const result = embeddingOptionsSchema().safeParse(ownDataCopy(value, argument));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [argument, ...issue.path.map(String)].join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `Invalid ${argument}: ${issue.keys.map((key) => `"${key}"`).join(', ')} is not an embedding option. Known: ${Object.keys(embeddingOptionsSchema().shape).join(', ')}; put raw body fields in extraBody.`
      : `Invalid ${path}: ${issue.message}.`;
  throw new InvalidArgumentError({ argument: path, message, cause: result.error });
}
