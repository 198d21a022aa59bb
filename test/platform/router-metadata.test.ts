import { describe, expect, it } from 'vitest';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { platformHeadersSent, SURFACES, surfaceRouters } from './surfaces';

silenceAISDKWarnings();

const routedTo = (requested: string, model: string, provider: string, strategy: string) => ({
  requested,
  strategy,
  region: null,
  summary: `available=1, selected=${provider}`,
  attempt: 1,
  is_byok: false,
  endpoints: { total: 1, available: [{ model, provider, selected: true }] },
});

describe.each(SURFACES)('router metadata, $name', (surface) => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct'] });
  const { ai } = surface;
  const routers = surfaceRouters(surface, server);
  const openrouterOf = (metadata: unknown) => (metadata as { openrouter: Record<string, any> }).openrouter;

  it("asks for it and returns OpenRouter's openrouter_metadata from a reply and from a stream", async () => {
    const model = routers.verified()('openrouter/auto', { routerMetadata: true });
    const generated = await ai.generateText({ model, prompt: 'route me' });
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-metadata': 'enabled' });
    expect(openrouterOf(generated.providerMetadata).routerMetadata).toEqual(routedTo('openrouter/auto', 'openai/gpt-4o-mini', 'OpenAI', 'auto'));

    const streamed = ai.streamText({ model, prompt: 'route me' });
    await streamed.consumeStream();
    expect(platformHeadersSent(server)).toEqual({ 'x-openrouter-metadata': 'enabled' });
    expect(openrouterOf(await streamed.providerMetadata).routerMetadata).toEqual(routedTo('openrouter/auto', 'openai/gpt-4o-mini', 'OpenAI', 'auto'));
  });

  it('is off unless asked, a call can turn it off, and a route that is not OpenRouter gets a warning instead', async () => {
    const router = routers.verified({ routerMetadata: true });
    const off = await ai.generateText({ model: router('anthropic/claude-sonnet-4.5'), prompt: 'x', providerOptions: { openrouter: { routerMetadata: false } } });
    expect(platformHeadersSent(server)).toEqual({});
    expect(openrouterOf(off.providerMetadata).routerMetadata).toBeUndefined();

    const plain = await ai.generateText({ model: routers.verified()('anthropic/claude-sonnet-4.5'), prompt: 'x' });
    expect(platformHeadersSent(server)).toEqual({});
    expect(openrouterOf(plain.providerMetadata).routerMetadata).toBeUndefined();

    const proxied = await ai.generateText({ model: routers.proxy({ routerMetadata: true })('anthropic/claude-sonnet-4.5'), prompt: 'x' });
    expect(platformHeadersSent(server)).toEqual({});
    expect(proxied.warnings).toEqual([
      {
        type: 'other',
        message:
          "routerMetadata was not sent: OpenRouter's router metadata headers go only to a verified OpenRouter route (https://openrouter.ai), and this provider's baseURL is not one.",
      },
    ]);
  });
});
