import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';
import { OPENROUTER_CHAT_REQUEST_FIELDS } from '../../src/core/chat/openrouter-request-fields';
import { useEmulator } from '../helpers/emulator';
import { openRouterSchemaProperties } from '../helpers/openrouter-schema';
import { callWith, routers } from './support';

const server = useEmulator();
const { proxy, sentBody } = routers(server);

function creationError(settings: Record<string, unknown>): InvalidArgumentError {
  try {
    createOpenClawRouter(settings as never);
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('createOpenClawRouter accepted the settings');
}

describe('provider settings are checked strictly', () => {
  it('a mistyped apiKey is an error naming the setting and the one meant, never its value', () => {
    const error = creationError({ apikey: 'sk-or-v1-secret-value' });
    expect(error.argument).toBe('apikey');
    expect(error.message).toBe(
      'createOpenClawRouter got an unknown setting "apikey": did you mean "apiKey"? Settings: apiKey, baseURL, headers, fetch, extraBody, attribution, or any request option (provider, models, thinking, cacheRetention, reasoning, ...). Put other body fields in extraBody.',
    );
    expect(JSON.stringify(error)).not.toContain('secret-value');
  });

  it('a name that resembles nothing gets the list without a guess', () => {
    expect(creationError({ colour: 'blue' }).message).toBe(
      'createOpenClawRouter got an unknown setting "colour". Settings: apiKey, baseURL, headers, fetch, extraBody, attribution, or any request option (provider, models, thinking, cacheRetention, reasoning, ...). Put other body fields in extraBody.',
    );
  });

  it('settings that are not an object are an error', () => {
    expect(creationError(['apiKey'] as never).message).toBe('createOpenClawRouter takes an object of settings, e.g. createOpenClawRouter({ apiKey }).');
  });

  it('options and OpenRouter request fields stay provider-wide defaults, sent with every request', async () => {
    await proxy({ top_a: 0.1, user: 'tenant-1' } as never)('openai/gpt-5').doGenerate(callWith());
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: [{ role: 'user', content: 'Hi' }],
      top_a: 0.1,
      user: 'tenant-1',
    });
  });
});

describe('an unknown providerOptions.openrouter key', () => {
  /** These bodies are off OpenRouter's schema on purpose (that is what the warning is about): keep them out of the schema check. */
  const forgetOffSchemaRequest = () => server.emulator.reset();

  it('is still sent, with a warning that names the key it resembles', async () => {
    const result = await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { reasonning: { effort: 'low' } } } }));
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: [{ role: 'user', content: 'Hi' }],
      reasonning: { effort: 'low' },
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'providerOptions.openrouter.reasonning is not an option of this provider nor a field of OpenRouter\'s chat request; it was sent as given. Did you mean "reasoning"?',
      },
    ]);
    forgetOffSchemaRequest();
  });

  it('with no close name, says where deliberate extra fields belong', async () => {
    const result = await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { experimental_flag: true } } }));
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          "providerOptions.openrouter.experimental_flag is not an option of this provider nor a field of OpenRouter's chat request; it was sent as given. Put deliberate extra fields in extraBody to silence this.",
      },
    ]);
    forgetOffSchemaRequest();
  });

  it("that is a field of OpenRouter's request gives no warning", async () => {
    const result = await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { top_a: 0.2, min_p: 0.1 } } }));
    expect(sentBody()).toMatchObject({ top_a: 0.2, min_p: 0.1 });
    expect(result.warnings).toEqual([]);
  });
});

describe('an unknown model setting (plain JavaScript: the type refuses it)', () => {
  it('is sent as given, with a warning on every call that names the setting it resembles', async () => {
    const model = proxy()('openai/gpt-5-mini', { thinkng: 'low' } as never);
    const result = await model.doGenerate(callWith());
    expect(sentBody()).toEqual({ model: 'openai/gpt-5-mini', messages: [{ role: 'user', content: 'Hi' }], thinkng: 'low' });
    const warning = {
      type: 'other',
      message: 'modelSettings.thinkng is not an option of this provider nor a field of OpenRouter\'s chat request; it was sent as given. Did you mean "thinking"?',
    };
    expect(result.warnings).toEqual([warning]);
    const { stream } = await model.doStream(callWith());
    const parts = [];
    for await (const part of stream as unknown as AsyncIterable<{ type: string; warnings?: unknown }>) parts.push(part);
    expect(parts[0]).toEqual({ type: 'stream-start', warnings: [warning] });
    server.emulator.reset();
  });

  it("a field of OpenRouter's request gives no warning", async () => {
    const result = await proxy()('openai/gpt-5-mini', { top_a: 0.1, service_tier: 'flex' }).doGenerate(callWith());
    expect(sentBody()).toMatchObject({ top_a: 0.1, service_tier: 'flex' });
    expect(result.warnings).toEqual([]);
  });
});

describe('one routing precedence rule for every model kind', () => {
  const settings = {
    provider: { order: ['anthropic'], sort: 'price' as const },
    extraBody: { provider: { allow_fallbacks: false } },
  };
  const modelSettings = { provider: { sort: 'latency' as const }, extraBody: { provider: { only: ['openai'] } } };
  const expected = { order: ['anthropic'], sort: 'latency', allow_fallbacks: false, only: ['openai'] };

  it('chat, image and embedding requests carry the same provider object', async () => {
    const router = proxy(settings);
    await router('openai/gpt-5', modelSettings).doGenerate(callWith());
    expect((sentBody() as { provider: unknown }).provider).toEqual(expected);

    server.emulator.reset();
    await router
      .imageModel('google/gemini-3.1-flash-image-preview', modelSettings)
      .doGenerate({ prompt: 'a cat', n: 1, size: undefined, aspectRatio: undefined, seed: undefined, providerOptions: {} });
    expect((sentBody() as { provider: unknown }).provider).toEqual(expected);

    server.emulator.reset();
    await router[EMBEDDING_MODEL]('openai/text-embedding-3-small', modelSettings).doEmbed({ values: ['a'] });
    expect((sentBody() as { provider: unknown }).provider).toEqual(expected);
  });
});

describe('the list of OpenRouter chat request fields', () => {
  it("is the ChatRequest schema's own list", () => {
    expect([...OPENROUTER_CHAT_REQUEST_FIELDS].sort()).toEqual(openRouterSchemaProperties('ChatRequest').sort());
  });
});
