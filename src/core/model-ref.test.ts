import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAT_MODEL_ID, modelAuthor, normalizeModelId } from './model-ref';

describe('normalizeModelId', () => {
  it.each([
    [undefined, DEFAULT_CHAT_MODEL_ID],
    ['', DEFAULT_CHAT_MODEL_ID],
    ['  ', DEFAULT_CHAT_MODEL_ID],
    ['moonshotai/kimi-k2.6', 'moonshotai/kimi-k2.6'],
    [' moonshotai/kimi-k2.6 ', 'moonshotai/kimi-k2.6'],
    ['openrouter/moonshotai/kimi-k2.6', 'moonshotai/kimi-k2.6'],
    ['openrouter/openrouter/healer-alpha', 'openrouter/healer-alpha'],
    ['openrouter/auto', 'openrouter/auto'],
    ['openrouter/free', 'openrouter/free'],
    ['openrouter/hunter-alpha', 'openrouter/hunter-alpha'],
    ['openrouter/openai/gpt-5:online', 'openai/gpt-5:online'],
    ['deepseek/deepseek-r1:free', 'deepseek/deepseek-r1:free'],
    ['anthropic/claude-sonnet-4.5:exacto', 'anthropic/claude-sonnet-4.5:exacto'],
    ['@preset/my-team-default', '@preset/my-team-default'],
    ['openai/gpt-5@preset/fast', 'openai/gpt-5@preset/fast'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeModelId(input)).toBe(expected);
  });
});

describe('modelAuthor', () => {
  it.each([
    ['x-ai/grok-4', 'x-ai'],
    ['Anthropic/claude-sonnet-4.5', 'anthropic'],
    ['openrouter/auto', 'openrouter'],
    ['gpt-5', ''],
  ])('%s -> %j', (id, author) => {
    expect(modelAuthor(id)).toBe(author);
  });
});
