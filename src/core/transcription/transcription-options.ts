import { z } from 'zod/v4';
import { providerPassthroughSchema } from '../provider-passthrough';
import { lazy } from '../util/lazy';
import { parseStrictOptions } from '../util/parse-options';

/**
 * Options of transcription models, set on the model (`router.transcriptionModel(id, settings)`) or
 * per call in `providerOptions.openrouter`; the call wins, key by key. Wire names, as POST
 * /audio/transcriptions spells them.
 */
export const transcriptionOptionsSchema = lazy(() =>
  z.strictObject({
    /** ISO-639-1 code of the spoken language (e.g. "en"); auto-detected when left out. */
    language: z.string().min(2).optional(),
    temperature: z.number().min(0).max(1).optional(),
    /** `verbose_json` adds the duration, the detected language and timed segments (OpenAI-compatible providers). */
    response_format: z.enum(['json', 'verbose_json']).optional(),
    /** With `verbose_json`: `segment` and/or `word` timings. */
    timestamp_granularities: z.array(z.enum(['word', 'segment'])).optional(),
    /** Provider-specific fields, sent as given: `{ options: { assemblyai: { ... } } }`. */
    provider: providerPassthroughSchema().optional(),
    /** Raw top-level body fields, sent last; `model` and `input_audio` stay the request's own. */
    extraBody: z.record(z.string(), z.unknown()).optional(),
  }),
);

export type OpenClawRouterTranscriptionSettings = z.infer<ReturnType<typeof transcriptionOptionsSchema>>;

export function parseTranscriptionOptions(value: unknown, argument: string): OpenClawRouterTranscriptionSettings {
  return parseStrictOptions(transcriptionOptionsSchema(), value, argument, 'a transcription option');
}
