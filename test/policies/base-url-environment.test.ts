import { afterEach, describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../helpers/surface';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';

// OPENROUTER_BASE_URL is read when baseURL is not set, when the provider is created.

const server = useEmulator();
const { sentHeaders } = routers(server);
const saved = process.env.OPENROUTER_BASE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.OPENROUTER_BASE_URL;
  else process.env.OPENROUTER_BASE_URL = saved;
});

const SAID_HI = [{ type: 'text', text: 'You said: Hi' }];

describe('OPENROUTER_BASE_URL', () => {
  it('is where requests go when baseURL is not set; a route that is not openrouter.ai carries no attribution', async () => {
    process.env.OPENROUTER_BASE_URL = `${server.baseURL}/`;
    const result = await createOpenClawRouter({ apiKey: 'test-key' })('openai/gpt-5-mini').doGenerate(callWith());
    expect(result.content).toEqual(SAID_HI);
    expect(server.emulator.lastRequest().path).toBe('/api/v1/chat/completions');
    expect(Object.keys(sentHeaders()).sort()).toEqual(['authorization', 'content-type', 'user-agent']);
  });

  it('is read when the provider is created, not at each request', async () => {
    process.env.OPENROUTER_BASE_URL = server.baseURL;
    const router = createOpenClawRouter({ apiKey: 'test-key' });
    process.env.OPENROUTER_BASE_URL = 'http://127.0.0.1:9/api/v1';
    expect((await router('openai/gpt-5-mini').doGenerate(callWith())).content).toEqual(SAID_HI);
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('loses to the baseURL setting', async () => {
    process.env.OPENROUTER_BASE_URL = 'http://127.0.0.1:9/api/v1';
    await createOpenClawRouter({ apiKey: 'test-key', baseURL: server.baseURL })('openai/gpt-5-mini').doGenerate(callWith());
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('that is not a URL is an error naming the variable', () => {
    process.env.OPENROUTER_BASE_URL = 'openrouter.ai/api/v1';
    expect(() => createOpenClawRouter({ apiKey: 'test-key' })).toThrow(
      'openclaw-router: OPENROUTER_BASE_URL "openrouter.ai/api/v1" is not a valid URL. Use an absolute URL such as https://openrouter.ai/api/v1.',
    );
  });
});
