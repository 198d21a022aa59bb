import { InvalidArgumentError, type LanguageModelV2CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { OpenClawRouterSettings } from '../../src';
import { VERSION } from '../../src/core/version';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, routers, thrownBy } from '../helpers/model-calls';
import { HI } from './support';
import { generateObject } from '../helpers/surface';

const server = useEmulator();

const HI_MESSAGES = [{ role: 'user', content: 'Hi' }];

const { proxy: routerFor, verified, sentBody, sentHeaders } = routers(server);

const generate = (options: Partial<LanguageModelV2CallOptions>, modelId = 'openai/gpt-5') => routerFor()(modelId).doGenerate({ prompt: HI, ...options });

const USER_AGENT = new RegExp(`^openclaw-router/${VERSION.replace(/\./g, '\\.')} ai-sdk/provider-utils/\\S+ runtime/\\S+$`);

describe('call options -> request body', () => {
  it('maps every standard call option to its OpenRouter field', async () => {
    const result = await generate({
      maxOutputTokens: 256,
      temperature: 0.3,
      topP: 0.9,
      topK: 40,
      frequencyPenalty: 0.5,
      presencePenalty: -0.25,
      seed: 7,
      stopSequences: ['END', 'STOP'],
    });

    const expected = {
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      max_tokens: 256,
      temperature: 0.3,
      top_p: 0.9,
      top_k: 40,
      frequency_penalty: 0.5,
      presence_penalty: -0.25,
      seed: 7,
      stop: ['END', 'STOP'],
    };
    expect(sentBody()).toEqual(expected);
    expect(result.request?.body).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it("sends the first 4 stop sequences, OpenRouter's limit, and warns about the rest", async () => {
    const result = await generate({ stopSequences: ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, stop: ['a', 'b', 'c', 'd'] });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'stopSequences has 6 entries; OpenRouter takes at most 4, so only the first 4 were sent.',
      },
    ]);
  });

  it('sends only model and messages when no option is set', async () => {
    await generate({ stopSequences: [], responseFormat: { type: 'text' } });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES });
  });

  it('asks for a stream with usage when streaming', async () => {
    const { stream } = await routerFor()('openai/gpt-5').doStream({ prompt: HI, temperature: 0 });
    await stream.pipeTo(new WritableStream());
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
    });
  });
});

describe('responseFormat', () => {
  const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } as const;

  it('sends a JSON schema as strict json_schema with its name and description', async () => {
    await generate({ responseFormat: { type: 'json', schema, name: 'weather', description: 'The weather report' } });
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'weather', description: 'The weather report', schema, strict: true },
      },
    });
  });

  it('names an unnamed schema "response" and leaves the description out', async () => {
    await generate({ responseFormat: { type: 'json', schema } });
    expect(sentBody().response_format).toEqual({ type: 'json_schema', json_schema: { name: 'response', schema, strict: true } });
  });

  it('lets the caller turn strict off per call', async () => {
    await generate({ responseFormat: { type: 'json', schema }, providerOptions: { openrouter: { strictJsonSchema: false } } });
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema, strict: false } },
    });
  });

  it('lets the caller turn strict off on the model, and a call turn it back on', async () => {
    const model = routerFor()('openai/gpt-5', { strictJsonSchema: false });
    await model.doGenerate({ prompt: HI, responseFormat: { type: 'json', schema } });
    expect(sentBody().response_format.json_schema.strict).toBe(false);

    await model.doGenerate({ prompt: HI, responseFormat: { type: 'json', schema }, providerOptions: { openrouter: { strictJsonSchema: true } } });
    expect(sentBody().response_format.json_schema.strict).toBe(true);
  });

  it('sends json_object when JSON is asked for without a schema', async () => {
    await generate({ responseFormat: { type: 'json' } });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, response_format: { type: 'json_object' } });
  });

  it('carries generateObject from schema to a parsed object', async () => {
    const { object } = await generateObject({
      model: routerFor()('openai/gpt-5'),
      schema: z.object({ city: z.string(), degrees: z.number() }),
      schemaName: 'weather',
      schemaDescription: 'Weather in one city',
      prompt: 'Weather in Paris?',
    });

    expect(sentBody().response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'weather',
        description: 'Weather in one city',
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: { city: { type: 'string' }, degrees: { type: 'number' } },
          required: ['city', 'degrees'],
          additionalProperties: false,
        },
        strict: true,
      },
    });
    expect(Object.keys(object).sort()).toEqual(['city', 'degrees']);
    expect(typeof object.city).toBe('string');
    expect(typeof object.degrees).toBe('number');
  });
});

describe('headers', () => {
  it('sends the key, JSON content type and the openclaw-router user agent, and no attribution off openrouter.ai', async () => {
    await generate({ headers: { 'X-Trace-Id': 'trace-1' } });
    const headers = sentHeaders();
    expect(headers['user-agent']).toMatch(USER_AGENT);
    expect({ ...headers, 'user-agent': 'checked above' }).toEqual({
      authorization: 'Bearer test-key',
      'content-type': 'application/json',
      'user-agent': 'checked above',
      'x-trace-id': 'trace-1',
    });
  });

  it('adds the app attribution on a verified openrouter.ai route', async () => {
    await verified()('openai/gpt-5').doGenerate({ prompt: HI });
    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
    expect({ ...sentHeaders(), 'user-agent': 'checked' }).toEqual({
      authorization: 'Bearer test-key',
      'content-type': 'application/json',
      'user-agent': 'checked',
      'http-referer': 'https://openclaw.ai',
      'x-openrouter-title': 'OpenClaw',
      'x-openrouter-categories': 'cli-agent',
    });
  });

  it('lets provider headers replace attribution defaults and call headers replace provider headers', async () => {
    const router = verified({ headers: { 'http-referer': 'https://myapp.example', 'X-Team': 'provider' } });
    await router('openai/gpt-5').doGenerate({ prompt: HI, headers: { 'X-Team': 'call' } });
    expect({ ...sentHeaders(), 'user-agent': 'checked' }).toEqual({
      authorization: 'Bearer test-key',
      'content-type': 'application/json',
      'user-agent': 'checked',
      'http-referer': 'https://myapp.example',
      'x-openrouter-title': 'OpenClaw',
      'x-openrouter-categories': 'cli-agent',
      'x-team': 'call',
    });
  });

  it('keeps the openclaw-router suffix after a user agent the caller sets', async () => {
    await routerFor({ headers: { 'User-Agent': 'my-app/2.0' } })('openai/gpt-5').doGenerate({ prompt: HI });
    expect(sentHeaders()['user-agent']).toMatch(new RegExp(`^my-app/2\\.0 openclaw-router/${VERSION.replace(/\./g, '\\.')} ai-sdk/provider-utils/`));
  });

  it("puts a call's user agent in front instead of dropping the provider's (the AI SDK sends one with every call)", async () => {
    const model = routerFor({ headers: { 'User-Agent': 'my-app/2.0' } })('openai/gpt-5');
    await model.doGenerate({ prompt: HI, headers: { 'user-agent': 'ai/5.0.0' } });
    expect(sentHeaders()['user-agent']).toMatch(
      new RegExp(`^ai/5\\.0\\.0 my-app/2\\.0 openclaw-router/${VERSION.replace(/\./g, '\\.')} ai-sdk/provider-utils/\\S+ runtime/\\S+$`),
    );
  });

  it('lets a call header replace a provider header whatever its case', async () => {
    await routerFor({ headers: { 'X-Team': 'provider' } })('openai/gpt-5').doGenerate({ prompt: HI, headers: { 'x-TEAM': 'call' } });
    expect(sentHeaders()['x-team']).toBe('call');
  });
});

describe('providerOptions.openrouter and model settings', () => {
  it('sends OpenRouter fields, passes unknown keys through and maps the official provider names', async () => {
    await generate({
      temperature: 0.2,
      providerOptions: {
        openrouter: {
          provider: { order: ['anthropic', 'openai'], allow_fallbacks: false },
          models: ['openai/gpt-5', 'anthropic/claude-sonnet-4.5'],
          user: 'user-42',
          session_id: 'session-1',
          transforms: ['middle-out'],
          plugins: [{ id: 'web', max_results: 3 }],
          // Not in the options schema: passes through as the official provider does.
          min_p: 0.05,
          top_a: 0.1,
          repetition_penalty: 1.1,
          // The official provider's camelCase names.
          includeReasoning: true,
          logitBias: { '50256': -100 },
          logprobs: 2,
          parallelToolCalls: false,
        },
      },
    });
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      temperature: 0.2,
      provider: { order: ['anthropic', 'openai'], allow_fallbacks: false },
      models: ['openai/gpt-5', 'anthropic/claude-sonnet-4.5'],
      user: 'user-42',
      session_id: 'session-1',
      transforms: ['middle-out'],
      plugins: [{ id: 'web', max_results: 3 }],
      min_p: 0.05,
      top_a: 0.1,
      repetition_penalty: 1.1,
      include_reasoning: true,
      logit_bias: { '50256': -100 },
      logprobs: true,
      top_logprobs: 2,
      parallel_tool_calls: false,
    });
  });

  it('layers provider extraBody < call options < model settings < model extraBody < providerOptions < its extraBody', async () => {
    const router = routerFor({
      extraBody: { user: 'from-provider', temperature: 1, seed: 1, min_p: 0.1, top_a: 0.1, repetition_penalty: 1.1, verbosity: 'low' },
    });
    const model = router('openai/gpt-5', { user: 'from-model', extraBody: { min_p: 0.2, top_a: 0.2, seed: 2 }, verbosity: 'medium' });
    await model.doGenerate({
      prompt: HI,
      temperature: 0.5,
      seed: 3,
      topP: 0.5,
      providerOptions: { openrouter: { top_a: 0.3, verbosity: 'high', extraBody: { top_p: 0.9, top_a: 0.4 } } },
    });
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      temperature: 0.5,
      seed: 2,
      top_p: 0.9,
      user: 'from-model',
      min_p: 0.2,
      top_a: 0.4,
      repetition_penalty: 1.1,
      verbosity: 'high',
    });
  });

  it('applies provider-level OpenRouter settings to every request, under model and call settings', async () => {
    const router = routerFor({
      plugins: [{ id: 'response-healing' }],
      user: 'from-provider',
      extraBody: { provider: { sort: 'price' } },
      provider: { data_collection: 'deny' },
    } as OpenClawRouterSettings);
    await router('openai/gpt-5', { user: 'from-model' }).doGenerate({
      prompt: HI,
      providerOptions: { openrouter: { provider: { zdr: true } } },
    });
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      plugins: [{ id: 'response-healing' }],
      user: 'from-model',
      provider: { sort: 'price', data_collection: 'deny', zdr: true },
    });
  });

  it("accepts the official provider's usage switch without sending it: usage and cost come on every reply", async () => {
    const result = await generate({ providerOptions: { openrouter: { usage: { include: true } } } });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES });
    expect(result.providerMetadata?.openrouter?.usage).toMatchObject({ cost: expect.any(Number) });
  });

  it('rejects an invalid value with an InvalidArgumentError naming the key, before any request', async () => {
    const error = await rejectionOf(generate({ providerOptions: { openrouter: { reasoning: { effort: 'extreme' } } } }));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.argument).toBe('providerOptions.openrouter.reasoning.effort');
    expect(error.message).toMatch(/^Invalid providerOptions\.openrouter\.reasoning\.effort: /);
    expect(server.emulator.requests).toEqual([]);
  });

  it('rejects an invalid model setting when the model is created', () => {
    const error = thrownBy(() => routerFor()('openai/gpt-5', { provider: { sort: 'cheapest' } } as never));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe('modelSettings.provider.sort');
  });

  it.each(['model', 'messages', 'tools', 'tool_choice', 'stream', 'stream_options'])(
    'refuses "%s" in providerOptions.openrouter: it would replace what the call built',
    async (key) => {
      const error = await rejectionOf(generate({ providerOptions: { openrouter: { [key]: 'x' } } }));
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.argument).toBe(`providerOptions.openrouter.${key}`);
      expect(server.emulator.requests).toEqual([]);
    },
  );

  it('never lets extraBody overwrite model, messages, tools or stream', async () => {
    const sneaky = { model: 'evil/model', messages: [{ role: 'user', content: 'pwned' }], tools: [], tool_choice: 'none', stream: true, stream_options: null };
    const router = routerFor({ extraBody: sneaky });
    await router('openai/gpt-5', { extraBody: sneaky }).doGenerate({ prompt: HI, providerOptions: { openrouter: { extraBody: sneaky } } });
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES });
  });
});
