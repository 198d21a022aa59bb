import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { OpenRouterAppCategory } from '../../src';
import { useEmulator } from '../helpers/emulator';
import { ATTRIBUTION_HEADERS, BASE_HEADERS, callWith, routers, SYSTEM_AND_HI } from './support';
import { createOpenClawRouter } from '../helpers/surface';

const server = useEmulator();
const { verified, proxy, sentHeaders, sentBody } = routers(server);

describe('attribution headers on a verified OpenRouter route', () => {
  it('sends the OpenClaw defaults to https://openrouter.ai/api/v1', async () => {
    await verified()('openai/gpt-5').doGenerate(callWith());
    expect(server.emulator.lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
    expect(sentHeaders()).toEqual({ ...BASE_HEADERS, ...ATTRIBUTION_HEADERS });
  });

  it('sends the configured url, title and categories', async () => {
    const categories: OpenRouterAppCategory[] = ['ide-extension', 'programming-app'];
    await verified({ attribution: { url: 'https://example.dev', title: 'Example IDE', categories } })('openai/gpt-5').doGenerate(callWith());
    expect(sentHeaders()).toEqual({
      ...BASE_HEADERS,
      'http-referer': 'https://example.dev',
      'x-openrouter-title': 'Example IDE',
      'x-openrouter-categories': 'ide-extension,programming-app',
    });
  });

  it('keeps the defaults for what the attribution setting leaves out; no categories sends no categories header', async () => {
    await verified({ attribution: { title: 'Claw Desk', categories: [] } })('openai/gpt-5').doGenerate(callWith());
    expect(sentHeaders()).toEqual({ ...BASE_HEADERS, 'http-referer': 'https://openclaw.ai', 'x-openrouter-title': 'Claw Desk' });
  });

  it('sends none with attribution: false', async () => {
    await verified({ attribution: false })('openai/gpt-5').doGenerate(callWith());
    expect(sentHeaders()).toEqual(BASE_HEADERS);
  });

  it('lets caller headers replace an attribution header, whatever their case', async () => {
    await verified({ headers: { 'x-openrouter-title': 'From settings' } })('openai/gpt-5').doGenerate(
      callWith({ headers: { 'HTTP-Referer': 'https://per-call.example' } }),
    );
    expect(sentHeaders()).toEqual({
      ...BASE_HEADERS,
      ...ATTRIBUTION_HEADERS,
      'x-openrouter-title': 'From settings',
      'http-referer': 'https://per-call.example',
    });
  });

  it('treats subdomains of openrouter.ai as verified', async () => {
    await verified({ baseURL: 'https://eu.openrouter.ai/api/v1' })('openai/gpt-5').doGenerate(callWith());
    expect(server.emulator.lastRequest().originalURL).toBe('https://eu.openrouter.ai/api/v1/chat/completions');
    expect(sentHeaders()).toEqual({ ...BASE_HEADERS, ...ATTRIBUTION_HEADERS });
  });

  it.each(['https://openrouter.ai/v1', ' https://openrouter.ai/v1/ ', 'https://openrouter.ai/api/v1/'])(
    'normalizes the base URL %j to https://openrouter.ai/api/v1',
    async (baseURL) => {
      await verified({ baseURL })('openai/gpt-5').doGenerate(callWith());
      expect(server.emulator.lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
      expect(sentHeaders()).toEqual({ ...BASE_HEADERS, ...ATTRIBUTION_HEADERS });
    },
  );
});

describe('routes that are not verified get no attribution and no cache markers', () => {
  it('sends neither to a proxy base URL', async () => {
    await proxy()('anthropic/claude-sonnet-4.5').doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(server.emulator.lastRequest().originalURL).toBeUndefined();
    expect(sentHeaders()).toEqual(BASE_HEADERS);
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: 'Hi' },
      ],
    });
  });

  it.each([
    'https://openrouter.ai.attacker.example/api/v1',
    'https://proxy.example.com/openrouter.ai/api/v1',
    'http://openrouter.ai/api/v1',
    'https://openrouter.ai:8443/api/v1',
    'https://notopenrouter.ai/api/v1',
  ])('sends neither to %s', async (baseURL) => {
    const result = await verified({ baseURL, attribution: { title: 'Explicit', categories: ['game'] } })('anthropic/claude-sonnet-4.5').doGenerate(
      callWith({ prompt: SYSTEM_AND_HI }),
    );
    expect(server.emulator.lastRequest().originalURL).toBe(`${baseURL}/chat/completions`);
    expect(sentHeaders()).toEqual(BASE_HEADERS);
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(result.warnings).toEqual([]);
  });
});

describe('attribution validation', () => {
  it('rejects more than 2 categories', () => {
    const create = () => createOpenClawRouter({ attribution: { categories: ['cli-agent', 'game', 'legal'] } });
    expect(create).toThrow(InvalidArgumentError);
    expect(create).toThrow("attribution.categories takes at most 2 categories (OpenRouter's limit per request); got 3.");
  });

  it('rejects a category OpenRouter does not list, naming the valid ones', () => {
    const create = () => createOpenClawRouter({ attribution: { categories: ['coding' as OpenRouterAppCategory] } });
    expect(create).toThrow(InvalidArgumentError);
    expect(create).toThrow('attribution.categories: "coding" is not an OpenRouter app category. Use one of: cli-agent, ide-extension,');
  });

  it('validates even on routes that never send attribution', () => {
    expect(() => createOpenClawRouter({ baseURL: 'https://proxy.example.com/api/v1', attribution: { categories: ['Cli-Agent' as OpenRouterAppCategory] } })).toThrow(
      InvalidArgumentError,
    );
  });
});
