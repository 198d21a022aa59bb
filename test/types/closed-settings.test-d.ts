// Compile-time checks (tsc over test/, and vitest's typecheck where it runs test/types): each
// `@ts-expect-error` line must fail to compile, so a misspelt setting is caught where it is written.
import { describe, expectTypeOf, it } from 'vitest';
import { createOpenClawRouter as createV2, type OpenRouterOptions } from '../../src';
import type { OPENROUTER_CHAT_REQUEST_FIELD_NAMES } from '../../src/core/chat/openrouter-request-fields';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';

describe('model settings are closed on every entry', () => {
  it('take known options and typed OpenRouter request fields, other fields in extraBody', () => {
    for (const router of [createV2({ apiKey: 'k' }), createV3({ apiKey: 'k' }), createV4({ apiKey: 'k' })]) {
      router('openai/gpt-5-mini', { thinking: 'low', top_a: 0.1, service_tier: 'flex', extraBody: { anything: 1 } });
      router.chat('openai/gpt-5-mini', { provider: { sort: 'price' }, models: ['anthropic/claude-sonnet-4.5'] });
    }
  });

  it('refuse a misspelt name, a credential, a field the call owns and a wrong value', () => {
    for (const router of [createV2({ apiKey: 'k' }), createV3({ apiKey: 'k' }), createV4({ apiKey: 'k' })]) {
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
    }
    // @ts-expect-error a misspelt provider setting
    createV4({ apikey: 'k' });
    // @ts-expect-error providerOptions written with `satisfies` are checked the same way
    ({ thinkng: 'low' }) satisfies OpenRouterOptions;
  });

  it("type every field of OpenRouter's chat request a setting may carry", () => {
    type CallOwned = 'model' | 'messages' | 'tools' | 'tool_choice' | 'stream' | 'stream_options';
    type Settable = Exclude<(typeof OPENROUTER_CHAT_REQUEST_FIELD_NAMES)[number], CallOwned>;
    expectTypeOf<Exclude<Settable, keyof OpenRouterOptions>>().toEqualTypeOf<never>();
  });
});
