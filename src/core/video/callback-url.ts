import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';

/** OpenRouter notifies only HTTPS endpoints (openapi.yaml: VideoGenerationRequest.callback_url, "Must be HTTPS"). */
export const HTTPS_ONLY = 'must be an https:// URL: OpenRouter notifies only HTTPS endpoints (for a local server, expose it through an HTTPS tunnel)';

export const callbackUrlSchema = () =>
  z
    .string()
    .url()
    .refine((value) => isHttpsUrl(value), { message: HTTPS_ONLY });

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The URL the AI SDK's `webhook` factory gave, checked like `callbackUrl`. */
export function checkedWebhookUrl(url: unknown): string {
  if (typeof url === 'string' && isHttpsUrl(url)) return url;
  const shown = typeof url === 'string' ? JSON.stringify(url) : `a ${url === null ? 'null' : typeof url}`;
  throw new InvalidArgumentError({ argument: 'webhook', message: `The webhook URL ${shown} ${HTTPS_ONLY}.` });
}
