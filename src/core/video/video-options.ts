import { z } from 'zod/v4';
import { providerPassthroughSchema } from '../provider-passthrough';
import { callbackUrlSchema } from './callback-url';
import { lazy } from '../util/lazy';
import { parseStrictOptions } from '../util/parse-options';

/** How often a job is polled, and how long it may take, unless the AI SDK polls itself. */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;
export const DEFAULT_POLL_TIMEOUT_MS = 600_000;

/**
 * Options of video models, set on the model (`router.videoModel(id, settings)`) or per call in
 * `providerOptions.openrouter`; the call wins, key by key. OpenRouter fields keep their wire names;
 * the polling options are the provider's own.
 */
export const videoOptionsSchema = lazy(() =>
  z.strictObject({
    /** A named resolution tier; the `resolution` call option (`1280x720`) is sent as `size`. */
    resolution: z.enum(['480p', '720p', '768p', '1080p', '1K', '2K', '4K']).optional(),
    /**
     * HTTPS URL OpenRouter notifies when the job finishes, sent as `callback_url` (polling still
     * runs; on AI SDK 7 pass the `webhook` option instead to wait for the notification).
     */
    callbackUrl: callbackUrlSchema().optional(),
    /** The wire name of `callbackUrl`, still accepted. */
    callback_url: callbackUrlSchema().optional(),
    /** Provider-specific fields, sent as given: `{ options: { 'google-vertex': { ... } } }`. */
    provider: providerPassthroughSchema().optional(),
    /** Wait between two status checks of the job. Default 5000. */
    pollIntervalMs: z.number().int().min(1).optional(),
    /** How long the job may take, from submission to the finished video. Default 600000 (10 minutes). */
    pollTimeoutMs: z.number().int().min(1).optional(),
    /** Raw top-level body fields, sent last; `model` and `prompt` stay the request's own. */
    extraBody: z.record(z.string(), z.unknown()).optional(),
  }),
);

export type OpenClawRouterVideoSettings = z.infer<ReturnType<typeof videoOptionsSchema>>;

export function parseVideoOptions(value: unknown, argument: string): OpenClawRouterVideoSettings {
  return parseStrictOptions(videoOptionsSchema(), value, argument, 'a video option');
}
