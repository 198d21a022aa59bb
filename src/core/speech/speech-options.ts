import { z } from 'zod/v4';
import { providerPassthroughSchema } from '../provider-passthrough';
import { lazy } from '../util/lazy';
import { parseStrictOptions } from '../util/parse-options';

/**
 * Options of speech models, set on the model (`router.speechModel(id, settings)`) or per call in
 * `providerOptions.openrouter`; the call wins, key by key. Wire names, as POST /audio/speech
 * spells them.
 */
export const speechOptionsSchema = lazy(() =>
  z.strictObject({
    /** Provider-specific fields, sent as given: `{ options: { openai: { instructions: '...' } } }`. */
    provider: providerPassthroughSchema().optional(),
    /** Voice cloning: an `input_audio` sample and optionally its `text` transcript, sent as given. */
    input_references: z.array(z.record(z.string(), z.unknown())).min(1).optional(),
    /** Raw top-level body fields, sent last; `model`, `input` and `response_format` stay the request's own. */
    extraBody: z.record(z.string(), z.unknown()).optional(),
  }),
);

export type OpenClawRouterSpeechSettings = z.infer<ReturnType<typeof speechOptionsSchema>>;

export function parseSpeechOptions(value: unknown, argument: string): OpenClawRouterSpeechSettings {
  return parseStrictOptions(speechOptionsSchema(), value, argument, 'a speech option');
}
