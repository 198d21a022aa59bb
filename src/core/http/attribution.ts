import { InvalidArgumentError } from '@ai-sdk/provider';

/** App categories OpenRouter accepts in `X-OpenRouter-Categories`. */
export const OPENROUTER_APP_CATEGORIES = [
  'cli-agent',
  'ide-extension',
  'cloud-agent',
  'programming-app',
  'native-app-builder',
  'creative-writing',
  'video-gen',
  'image-gen',
  'audio-gen',
  'writing-assistant',
  'general-chat',
  'personal-agent',
  'legal',
  'roleplay',
  'game',
] as const;

export type OpenRouterAppCategory = (typeof OPENROUTER_APP_CATEGORIES)[number];

export interface AttributionSettings {
  /** `HTTP-Referer`: your app's URL. Default `https://openclaw.ai`. */
  url?: string | undefined;
  /** `X-OpenRouter-Title`: your app's name. Default `OpenClaw`. */
  title?: string | undefined;
  /** `X-OpenRouter-Categories`: at most 2. Default `['cli-agent']`. */
  categories?: OpenRouterAppCategory[] | undefined;
}

export const DEFAULT_ATTRIBUTION = { url: 'https://openclaw.ai', title: 'OpenClaw', categories: ['cli-agent'] } as const;

/** Validated attribution headers, or undefined when turned off. */
export function resolveAttributionHeaders(attribution: AttributionSettings | false | undefined): Record<string, string> | undefined {
  if (attribution === false) return undefined;
  const url = attribution?.url ?? DEFAULT_ATTRIBUTION.url;
  const title = attribution?.title ?? DEFAULT_ATTRIBUTION.title;
  const categories: readonly string[] = attribution?.categories ?? DEFAULT_ATTRIBUTION.categories;
  if (!Array.isArray(categories) || categories.length > 2) {
    throw new InvalidArgumentError({
      argument: 'attribution.categories',
      message: `attribution.categories takes at most 2 categories (OpenRouter's limit per request); got ${Array.isArray(categories) ? categories.length : typeof categories}.`,
    });
  }
  for (const category of categories) {
    if (!(OPENROUTER_APP_CATEGORIES as readonly string[]).includes(category)) {
      throw new InvalidArgumentError({
        argument: 'attribution.categories',
        message: `attribution.categories: "${category}" is not an OpenRouter app category. Use one of: ${OPENROUTER_APP_CATEGORIES.join(', ')}.`,
      });
    }
  }
  const headers: Record<string, string> = { 'HTTP-Referer': url, 'X-OpenRouter-Title': title };
  if (categories.length > 0) headers['X-OpenRouter-Categories'] = categories.join(',');
  return headers;
}
