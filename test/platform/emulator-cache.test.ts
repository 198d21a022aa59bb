import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';

/** The emulator's response cache, as OpenRouter's behaves: keyed by key, endpoint and body; only successes stored. */
describe('emulator response cache', () => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct'] });
  const post = (headers: Record<string, string>, body: unknown = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }) =>
    fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer key-a', 'x-openrouter-cache': 'true', ...headers },
      body: JSON.stringify(body),
    });
  const status = async (response: Response) => {
    await response.text();
    return [response.status, response.headers.get('x-openrouter-cache-status')];
  };

  it('stores only complete successes, per API key, and answers a bad TTL with 400', async () => {
    server.emulator.enqueue({ type: 'json', status: 503, body: errorEnvelope(503, 'No endpoints found') });
    expect(await status(await post({}))).toEqual([503, null]);
    expect(await status(await post({}))).toEqual([200, 'MISS']);
    expect(await status(await post({}))).toEqual([200, 'HIT']);
    expect(await status(await post({ authorization: 'Bearer key-b' }))).toEqual([200, 'MISS']);
    expect(await status(await post({ 'x-openrouter-cache-clear': 'true' }))).toEqual([200, 'MISS']);

    const bad = await post({ 'x-openrouter-cache-ttl': '86401' });
    expect([bad.status, await bad.json()]).toEqual([400, errorEnvelope(400, 'X-OpenRouter-Cache-TTL must be a whole number of seconds from 1 to 86400')]);
  });
});
