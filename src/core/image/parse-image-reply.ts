import { APICallError } from '@ai-sdk/provider';
import type { CoreWarning, ProviderMetadata } from '../model-io/result-types';
import { parseDataUrl } from '../media';
import type { OpenRouterUsage } from '../wire/openrouter-wire-types';
import { toUsageMetadata } from '../usage';
import type { ChatResult } from '../wire/chat-reply';
import { messageText } from '../wire/message-text';
import { sniffImageMediaType } from './image-media-type';

export interface ReplyContext {
  modelId: string;
  url: string;
  requestBodyValues: unknown;
  responseHeaders?: Record<string, string>;
  rawValue?: unknown;
}

/** The image-model usage AI SDK 6 and 7 read (and add up across calls); AI SDK 5 ignores it. */
export interface ImageUsage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  totalTokens: number | undefined;
}

export interface ParsedImageReply {
  /** Base64, as OpenRouter sent them (the door checked they decode). */
  images: string[];
  providerMetadata: ProviderMetadata;
  usage: ImageUsage;
  warnings: CoreWarning[];
  response: { timestamp: Date; modelId: string };
}

export interface ReplyFacts {
  images: Array<{ base64: string; declaredType?: string }>;
  text?: string;
  generationId?: string;
  model?: string;
  provider?: string;
  usage?: OpenRouterUsage;
  created?: number;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function toImageUsage(usage: OpenRouterUsage | undefined): ImageUsage {
  const inputTokens = count(usage?.prompt_tokens);
  const outputTokens = count(usage?.completion_tokens);
  const totalTokens = count(usage?.total_tokens) ?? (inputTokens !== undefined || outputTokens !== undefined ? (inputTokens ?? 0) + (outputTokens ?? 0) : undefined);
  return { inputTokens, outputTokens, totalTokens };
}

/**
 * `providerMetadata.openrouter`. The AI SDK keeps only the `images` array when it combines the
 * calls of one generateImage (AI SDK 7 also hands each image its own entry), so each entry says
 * what its image is and which generation made it, and the first image of every reply also
 * carries the reply's text and usage: summing `usage.cost` over the entries counts each request
 * once. The same reply-level facts sit beside `images` for callers of doGenerate.
 */
export function buildImageResult(facts: ReplyFacts, context: ReplyContext, warnings: CoreWarning[]): ParsedImageReply {
  const usage = toUsageMetadata(facts.usage);
  const replyFacts: Record<string, unknown> = {};
  if (facts.text) replyFacts.text = facts.text;
  if (usage) replyFacts.usage = usage;

  const entries = facts.images.map((image, index) => ({
    mediaType: imageMediaType(image, context),
    ...(facts.generationId !== undefined ? { generationId: facts.generationId } : {}),
    ...(index === 0 ? replyFacts : {}),
  }));
  const openrouter: Record<string, unknown> = { images: entries };
  if (facts.generationId !== undefined) openrouter.generationId = facts.generationId;
  if (facts.model !== undefined) openrouter.model = facts.model;
  if (facts.provider !== undefined) openrouter.provider = facts.provider;
  Object.assign(openrouter, replyFacts);

  return {
    images: facts.images.map((image) => image.base64),
    // JSON by construction: numbers, strings and plain objects of them.
    providerMetadata: { openrouter } as unknown as ProviderMetadata,
    usage: toImageUsage(facts.usage),
    warnings,
    response: {
      // The door checked `created` makes a valid date.
      timestamp: facts.created !== undefined ? new Date(facts.created * 1000) : new Date(),
      modelId: facts.model ?? context.modelId,
    },
  };
}

/**
 * The type the bytes say they are; else the declared one when it is an image type (an image
 * format the sniffer does not know), PNG when none was declared. Bytes of no known image format
 * declared as something else (a text/html error page) are no image: an error, not a result.
 */
function imageMediaType(image: ReplyFacts['images'][number], context: ReplyContext): string {
  const sniffed = sniffImageMediaType(image.base64);
  if (sniffed) return sniffed;
  const declared = image.declaredType?.trim().toLowerCase();
  if (declared === undefined || declared === '') return 'image/png';
  if (declared.startsWith('image/')) return declared;
  throw unusableReplyError(
    context,
    `OpenRouter model ${context.modelId} returned an "image" declared as ${declared.slice(0, 100)} whose bytes are not an image (not PNG, JPEG, GIF or WebP).`,
  );
}

/** A 200 reply that cannot be used: not retried, since the same request is billed and usually answered alike. */
function unusableReplyError(context: ReplyContext, message: string): APICallError {
  return new APICallError({
    message,
    url: context.url,
    requestBodyValues: context.requestBodyValues,
    statusCode: 200,
    responseHeaders: context.responseHeaders,
    responseBody: context.rawValue === undefined ? undefined : JSON.stringify(context.rawValue),
    isRetryable: false,
    data: context.rawValue,
  });
}

const QUOTE_LIMIT = 300;

/**
 * A reply without an image is an error that names the model and says what came instead. It is
 * not retried: a model that answers in words (a refusal, a question) usually does so again, and
 * each attempt is billed.
 */
export function noImageError(context: ReplyContext, said: { text?: string; finishReason?: string; links?: string[] }): APICallError {
  const parts = [`OpenRouter model ${context.modelId} returned no image`];
  if (said.finishReason) parts[0] += ` (finish reason: ${said.finishReason})`;
  if (said.links && said.links.length > 0) {
    parts.push(`It returned image links, which are not downloaded: ${said.links.map((link) => link.slice(0, 100)).join(', ')}.`);
  }
  const text = said.text?.trim();
  parts.push(text ? `It answered with text instead: "${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text}"` : 'It answered with no text either.');
  return unusableReplyError(context, `${parts[0]}. ${parts.slice(1).join(' ')}`);
}

/** A chat-completions image reply -> images (every entry of `message.images`), text and usage. */
export function parseChatImageReply(reply: ChatResult, context: ReplyContext): ParsedImageReply {
  const choice = reply.choices[0];
  const message = choice?.message ?? {};
  const text = messageText(message.content);
  const warnings: CoreWarning[] = [];
  const images: ReplyFacts['images'] = [];
  const links: string[] = [];
  for (const entry of message.images ?? []) {
    const url = entry?.image_url?.url;
    const data = url != null ? parseDataUrl(url) : undefined;
    if (data) images.push({ base64: data.base64, declaredType: data.mediaType });
    else if (url != null) links.push(url);
  }
  if (images.length === 0) {
    throw noImageError(context, { text, finishReason: choice?.finish_reason ?? undefined, links });
  }
  for (const link of links) {
    warnings.push({ type: 'other', message: `An image the model returned as a link was not downloaded: ${link.slice(0, 100)}` });
  }
  return buildImageResult(
    {
      images,
      text,
      generationId: reply.id ?? undefined,
      model: reply.model ?? undefined,
      provider: reply.provider ?? undefined,
      usage: reply.usage ?? undefined,
      created: reply.created ?? undefined,
    },
    context,
    warnings,
  );
}
