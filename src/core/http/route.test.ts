import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, isVerifiedOpenRouterURL, normalizeBaseURL } from './route';

describe('normalizeBaseURL', () => {
  it.each([
    [undefined, DEFAULT_BASE_URL],
    ['', DEFAULT_BASE_URL],
    ['   ', DEFAULT_BASE_URL],
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api/v1'],
    [' https://openrouter.ai/api/v1// ', 'https://openrouter.ai/api/v1'],
    ['https://openrouter.ai/v1', 'https://openrouter.ai/api/v1'],
    ['https://openrouter.ai/v1/', 'https://openrouter.ai/api/v1'],
    ['https://eu.openrouter.ai/v1', 'https://eu.openrouter.ai/api/v1'],
    ['https://OpenRouter.AI/v1', 'https://openrouter.ai/api/v1'],
    // Only OpenRouter's own legacy base is rewritten: a proxy's /v1 is its own business.
    ['https://proxy.example.com/v1', 'https://proxy.example.com/v1'],
    ['http://127.0.0.1:4000/api/v1/', 'http://127.0.0.1:4000/api/v1'],
    ['https://openrouter.ai/v1beta', 'https://openrouter.ai/v1beta'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeBaseURL(input)).toBe(expected);
  });

  it('refuses a relative or scheme-less base URL with a fix in the message', () => {
    expect(() => normalizeBaseURL('openrouter.ai/api/v1')).toThrow(
      new TypeError('openclaw-router: baseURL "openrouter.ai/api/v1" is not a valid URL. Use an absolute URL such as https://openrouter.ai/api/v1.'),
    );
  });
});

describe('isVerifiedOpenRouterURL', () => {
  it.each([
    ['https://openrouter.ai/api/v1', true],
    ['https://eu.openrouter.ai/api/v1', true],
    ['https://OPENROUTER.AI/api/v1', true],
    ['https://openrouter.ai:443/api/v1', true],
    ['http://openrouter.ai/api/v1', false],
    ['https://openrouter.ai:8443/api/v1', false],
    ['https://openrouter.ai.attacker.example/api/v1', false],
    ['https://evilopenrouter.ai/api/v1', false],
    ['https://proxy.example.com/openrouter.ai/api/v1', false],
    ['https://openrouter.ai@attacker.example/api/v1', false],
    ['http://127.0.0.1:4000/api/v1', false],
    ['not a url', false],
  ])('%s -> %s', (url, verified) => {
    expect(isVerifiedOpenRouterURL(url)).toBe(verified);
  });
});
