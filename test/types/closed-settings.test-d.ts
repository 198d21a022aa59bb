// Compile-time checks, run by `npm run typecheck` (tsc over test/): each `@ts-expect-error` line must
// fail to compile, so a misspelt setting is caught where it is written, on every entry.
import { createOpenClawRouter as createV2, type OpenRouterOptions } from '../../src';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import type { OPENROUTER_CHAT_REQUEST_FIELD_NAMES } from '../../src/core/chat/openrouter-request-fields';

for (const router of [createV2({ apiKey: 'k' }), createV3({ apiKey: 'k' }), createV4({ apiKey: 'k' })]) {
  router('openai/gpt-5-mini', { thinking: 'low', top_a: 0.1, service_tier: 'flex', extraBody: { anything: 1 } });
  router.chat('openai/gpt-5-mini', { provider: { sort: 'price' }, models: ['anthropic/claude-sonnet-4.5'] });

  // @ts-expect-error a misspelt option
  router('openai/gpt-5-mini', { thinkng: 'low' });
  // @ts-expect-error a misspelt option, on languageModel
  router.languageModel('openai/gpt-5-mini', { reasonning: { effort: 'low' } });
  // @ts-expect-error a misspelt option, on chat
  router.chat('openai/gpt-5-mini', { top_aa: 0.1 });
  // @ts-expect-error the API key is a provider setting, never a model setting
  router('openai/gpt-5-mini', { apiKey: 'k' });
  // @ts-expect-error the call owns the messages
  router('openai/gpt-5-mini', { messages: [] });
  // @ts-expect-error a request field takes its wire type
  router('openai/gpt-5-mini', { service_tier: 'fastest' });
  // @ts-expect-error a misspelt provider setting
  createV4({ apikey: 'k' });
}

// @ts-expect-error providerOptions written with `satisfies` are checked the same way
({ thinkng: 'low' }) satisfies OpenRouterOptions;

/** Every field of OpenRouter's chat request that a setting may carry is typed (none falls to an index signature). */
type CallOwned = 'model' | 'messages' | 'tools' | 'tool_choice' | 'stream' | 'stream_options';
type Untyped = Exclude<(typeof OPENROUTER_CHAT_REQUEST_FIELD_NAMES)[number], CallOwned | keyof OpenRouterOptions>;
export const everyRequestFieldTyped: [Untyped] extends [never] ? true : Untyped = true;
