import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers/emulator';
import { generateText, streamText, createOpenClawRouter } from './helpers/surface';

// OpenRouter serves a request from the first model that is up: the requested one, else its
// `models` fallbacks in order. The emulator's `unavailableModels` makes that observable offline.
describe('model fallbacks and provider preferences, end to end', () => {
  const env = useEmulator({ unavailableModels: ['anthropic/claude-sonnet-4.5', 'openai/gpt-5'] });
  const router = () => createOpenClawRouter({ apiKey: 'sk-or-test', baseURL: env.baseURL });

  it('reports the provider the preferences put first', async () => {
    const result = await generateText({
      model: router()('google/gemini-2.5-pro'),
      prompt: 'hi',
      providerOptions: { openrouter: { provider: { order: ['google-vertex', 'google-ai-studio'] } } },
    });
    expect(result.providerMetadata?.openrouter).toMatchObject({ model: 'google/gemini-2.5-pro', provider: 'Google Vertex' });
  });

  it('reports the fallback that served, run by its own upstream', async () => {
    const result = await generateText({
      model: router()('anthropic/claude-sonnet-4.5', { models: ['openai/gpt-5', 'google/gemini-2.5-pro'] }),
      prompt: 'hi',
      providerOptions: { openrouter: { provider: { order: ['anthropic', 'amazon-bedrock'] } } },
    });
    expect(env.emulator.lastRequest().body).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: [{ role: 'user', content: 'hi' }],
      models: ['openai/gpt-5', 'google/gemini-2.5-pro'],
      provider: { order: ['anthropic', 'amazon-bedrock'] },
    });
    expect(result.response.modelId).toBe('google/gemini-2.5-pro');
    expect(result.providerMetadata?.openrouter).toMatchObject({ model: 'google/gemini-2.5-pro', provider: 'Google' });
  });

  it('streams from the fallback too', async () => {
    const result = streamText({
      model: router()('openai/gpt-5', { models: ['moonshotai/kimi-k2.6'] }),
      prompt: 'stream',
    });
    expect(await result.text).toBe('You said: stream');
    expect((await result.response).modelId).toBe('moonshotai/kimi-k2.6');
    expect((await result.providerMetadata)?.openrouter).toMatchObject({ provider: 'Moonshot AI' });
  });

  it("fails with OpenRouter's 503 when no model of the list is up", async () => {
    const error = await generateText({
      model: router()('openai/gpt-5', { models: ['anthropic/claude-sonnet-4.5'] }),
      prompt: 'hi',
      maxRetries: 0,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      statusCode: 503,
      isRetryable: true,
      message: 'OpenRouter error 503: No endpoints found for openai/gpt-5, anthropic/claude-sonnet-4.5.',
    });
  });
});
