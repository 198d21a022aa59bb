import type { LanguageModelV2Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers, SYSTEM_AND_HI } from './support';
import { generateText, systemInMessages } from '../helpers/surface';

const server = useEmulator();
const { verified, proxy, sentBody } = routers(server);

const MODEL = 'anthropic/claude-sonnet-4.5';
const EPHEMERAL = { type: 'ephemeral' };
const SYSTEM_MARKED = { role: 'system', content: [{ type: 'text', text: 'You are OpenClaw.', cache_control: EPHEMERAL }] };
const cached = (text: string, cache_control: object = EPHEMERAL) => ({ type: 'text', text, cache_control });
const markedUser = (text: string): LanguageModelV2Prompt[number] => ({
  role: 'user',
  content: [{ type: 'text', text, providerOptions: { openrouter: { cacheControl: { type: 'ephemeral' } } } }],
});

describe('Anthropic prompt caching on verified routes', () => {
  it('marks the system prompt', async () => {
    const result = await verified()(MODEL).doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(sentBody()).toEqual({ model: MODEL, messages: [SYSTEM_MARKED, { role: 'user', content: 'Hi' }] });
    expect(result.warnings).toEqual([]);
  });

  it('adds a 1 hour ttl with cacheRetention long, and nothing with none (call wins over model over provider)', async () => {
    const router = verified({ cacheRetention: 'long' });
    await router(MODEL).doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(sentBody().messages[0]).toEqual({ role: 'system', content: [cached('You are OpenClaw.', { type: 'ephemeral', ttl: '1h' })] });

    await router(MODEL, { cacheRetention: 'none' }).doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: 'Hi' },
      ],
    });

    await router(MODEL, { cacheRetention: 'none' }).doGenerate(callWith({ prompt: SYSTEM_AND_HI, providerOptions: { openrouter: { cacheRetention: 'short' } } }));
    expect(sentBody().messages[0]).toEqual(SYSTEM_MARKED);
  });

  it("honours the caller's message and part markers, including the official provider's anthropic key", async () => {
    const prompt: LanguageModelV2Prompt = [
      { role: 'system', content: 'You are OpenClaw.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Long document' },
          { type: 'text', text: 'Question', providerOptions: { anthropic: { cacheControl: { type: 'ephemeral', ttl: '1h' } } } },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'Answer' }], providerOptions: { openrouter: { cache_control: { type: 'ephemeral' } } } },
      { role: 'user', content: [{ type: 'text', text: 'Follow-up' }] },
    ];
    const snapshot = structuredClone(prompt);
    const result = await verified()(MODEL).doGenerate(callWith({ prompt, providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } } } }));
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: [
        SYSTEM_MARKED,
        { role: 'user', content: [{ type: 'text', text: 'Long document' }, cached('Question', { type: 'ephemeral', ttl: '1h' })] },
        { role: 'assistant', content: [cached('Answer')] },
        { role: 'user', content: 'Follow-up' },
      ],
    });
    expect(result.warnings).toEqual([]);
    expect(prompt).toEqual(snapshot);
  });

  it('leaves the system prompt unmarked when the caller uses all 4 breakpoints', async () => {
    const prompt: LanguageModelV2Prompt = [{ role: 'system', content: 'You are OpenClaw.' }, markedUser('1'), markedUser('2'), markedUser('3'), markedUser('4')];
    const result = await verified()(MODEL).doGenerate(callWith({ prompt }));
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: [cached('1')] },
        { role: 'user', content: [cached('2')] },
        { role: 'user', content: [cached('3')] },
        { role: 'user', content: [cached('4')] },
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('refuses a fifth breakpoint with a warning and does not send it', async () => {
    const prompt: LanguageModelV2Prompt = [
      { role: 'system', content: 'You are OpenClaw.', providerOptions: { openrouter: { cacheControl: { type: 'ephemeral' } } } },
      markedUser('1'),
      markedUser('2'),
      markedUser('3'),
      markedUser('4'),
    ];
    const result = await generateText({ model: verified()(MODEL), prompt, ...systemInMessages });
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: [
        SYSTEM_MARKED,
        { role: 'user', content: [cached('1')] },
        { role: 'user', content: [cached('2')] },
        { role: 'user', content: [cached('3')] },
        { role: 'user', content: '4' },
      ],
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'The cache marker on message 5 (user) was not sent: Anthropic allows at most 4 cache breakpoints per request, and the earlier markers use them.',
      },
    ]);
  });
});

describe('gateways and other vendors: your markers, no automatic ones', () => {
  const prompt: LanguageModelV2Prompt = [{ role: 'system', content: 'You are OpenClaw.' }, markedUser('Long document')];

  const markedMessages = [
    { role: 'system', content: 'You are OpenClaw.' },
    { role: 'user', content: [cached('Long document')] },
  ];

  it('sends the caller markers to a gateway as written, and no automatic one', async () => {
    const result = await proxy({ cacheRetention: 'long' })(MODEL).doGenerate(callWith({ prompt }));
    expect(sentBody()).toEqual({ model: MODEL, messages: markedMessages });
    expect(result.warnings).toEqual([]);
  });

  it('sends the caller markers for another vendor on a verified route, and no automatic one', async () => {
    const result = await verified()('openai/gpt-5').doGenerate(callWith({ prompt }));
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: markedMessages });
    expect(result.warnings).toEqual([]);
  });

  it('warns that a model-level cacheBreakpoints has no effect on a gateway', async () => {
    const result = await proxy()(MODEL, { cacheBreakpoints: ['conversation'] }).doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'cacheBreakpoints has no effect here: automatic prompt-cache markers go only to anthropic/* and Gemini models on https://openrouter.ai (or to any model there that lists cacheBreakpoints), and the base URL is not a verified https://openrouter.ai route. Your own cacheControl markers are still sent.',
      },
    ]);
  });

  it('adds nothing and warns about nothing when the caller set no marker', async () => {
    const result = await verified()('openai/gpt-5').doGenerate(callWith({ prompt: SYSTEM_AND_HI }));
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: [
        { role: 'system', content: 'You are OpenClaw.' },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('rejects an unknown retention', async () => {
    await expect(proxy()(MODEL).doGenerate(callWith({ providerOptions: { openrouter: { cacheRetention: 'forever' } } }))).rejects.toThrow(
      'Invalid providerOptions.openrouter.cacheRetention: "forever" is not a cache retention. Use one of: short (5 minutes, the default), long (1 hour), none (no automatic system-prompt marker).',
    );
  });
});
