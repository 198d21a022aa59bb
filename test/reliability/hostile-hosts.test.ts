import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModelMessage } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerifiedOpenRouterURL, normalizeBaseURL } from '../../src/core/http/route';
import { chatCompletion } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { embed, generateImage, generateText, streamText, createOpenClawRouter, systemInMessages } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';

const server = useEmulator();
const KEY = 'sk-or-v1-redirect-canary-0d1e2f3a4b5c6d7e8f90';
const ATTRIBUTION_HEADERS = ['http-referer', 'x-openrouter-title', 'x-openrouter-categories', 'x-title', 'referer'];

/** The hostile-host table: look-alikes, a path that merely mentions openrouter.ai, plain http, and plain proxies. */
const HOSTILE = [
  'https://openrouter.ai.attacker.example/api/v1',
  'https://proxy.example.com/openrouter.ai/api/v1',
  'http://openrouter.ai/api/v1',
  'https://llm-gateway.example.net/api/v1',
  'https://gateway.example.org/openrouter/api/v1',
  'https://evil-openrouter.ai/api/v1',
  'https://openrouter.ai:8443/api/v1',
  'https://openrouter.ai./api/v1',
];
const VERIFIED = ['https://openrouter.ai/api/v1', 'https://eu.openrouter.ai/api/v1', '  https://OpenRouter.AI/api/v1/  ', 'https://openrouter.ai/v1'];

/** An Anthropic call with a system prompt and a caller's own cache marker: everything that could carry cache_control. */
const MESSAGES: ModelMessage[] = [
  { role: 'system', content: 'You are terse.' },
  { role: 'user', content: [{ type: 'text', text: 'Long document', providerOptions: { openrouter: { cacheControl: { type: 'ephemeral' } } } }] },
];

function attributionOf(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => ATTRIBUTION_HEADERS.includes(name)));
}

describe('attribution headers and automatic cache markers go to verified OpenRouter hosts only', () => {
  it.each(HOSTILE)('%s gets neither, on generate, stream, image and embedding requests; the caller marker goes as written', async (baseURL) => {
    expect(isVerifiedOpenRouterURL(normalizeBaseURL(baseURL))).toBe(false);
    const router = createOpenClawRouter({ apiKey: KEY, baseURL, fetch: server.fetch });
    const generated = await generateText({ model: router('anthropic/claude-sonnet-4.5'), messages: MESSAGES, ...systemInMessages });
    await streamText({ model: router('anthropic/claude-sonnet-4.5', { cacheRetention: 'long' }), messages: MESSAGES, ...systemInMessages }).consumeStream();
    await generateImage({ model: router.imageModel(), prompt: 'a red square' });
    await embed({ model: router[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'hello' });

    expect(server.emulator.requests).toHaveLength(4);
    for (const request of server.emulator.requests) {
      expect(request.originalURL?.startsWith(baseURL.replace(/\/+$/, ''))).toBe(true);
      expect(attributionOf(request.headers)).toEqual({});
    }
    // The system prompt gets no automatic marker; the caller's own marker is theirs to send anywhere.
    for (const request of server.emulator.requests.slice(0, 2)) {
      expect(request.body.messages).toEqual([
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: [{ type: 'text', text: 'Long document', cache_control: { type: 'ephemeral' } }] },
      ]);
    }
    for (const request of server.emulator.requests.slice(2)) expect(request.rawBody).not.toContain('cache_control');
    expect(generated.warnings).toEqual([]);
  });

  it.each(VERIFIED)('%s (verified) gets the attribution headers and the cache markers', async (baseURL) => {
    const router = createOpenClawRouter({ apiKey: KEY, baseURL, fetch: server.fetch });
    await generateText({ model: router('anthropic/claude-sonnet-4.5'), messages: MESSAGES, ...systemInMessages });
    const request = server.emulator.lastRequest();
    expect(attributionOf(request.headers)).toEqual({
      'http-referer': 'https://openclaw.ai',
      'x-openrouter-title': 'OpenClaw',
      'x-openrouter-categories': 'cli-agent',
    });
    expect(request.body.messages[0]).toEqual({ role: 'system', content: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } }] });
    expect(request.body.messages[1].content[0].cache_control).toEqual({ type: 'ephemeral' });
  });

  it('URLs that only look like openrouter.ai are never verified', () => {
    for (const url of [
      'https://openrouter.ai@attacker.example/api/v1',
      'https://attacker.example/?openrouter.ai',
      'https://attacker.example#openrouter.ai',
      'https://openrouter.ai.evil/api/v1',
      'https://xopenrouter.ai/api/v1',
      'wss://openrouter.ai/api/v1',
      'file://openrouter.ai/api/v1',
    ]) {
      expect(isVerifiedOpenRouterURL(url), url).toBe(false);
    }
  });
});

describe('a redirect to another host does not carry the Authorization header', () => {
  let other: Server;
  let otherOrigin: string;
  const seen: Array<{ method: string; headers: IncomingMessage['headers']; body: string }> = [];

  beforeAll(async () => {
    other = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(chatCompletion({ message: { content: 'from the other host' } })));
      });
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

  it.each([307, 308, 302, 301])('HTTP %i to another origin: the request arrives there without the key', async (status) => {
    seen.length = 0;
    server.emulator.enqueue({ type: 'raw', status, headers: { location: `${otherOrigin}/api/v1/chat/completions` }, body: '' });
    const router = createOpenClawRouter({ apiKey: KEY, baseURL: server.baseURL });
    const result = await generateText({ model: router('openai/gpt-4o-mini'), prompt: 'hi', maxRetries: 0 });

    expect(server.emulator.lastRequest().headers.authorization).toBe(`Bearer ${KEY}`); // the first hop had it
    expect(seen).toHaveLength(1); // the redirect was followed...
    expect(result.text).toBe('from the other host');
    expect(seen[0].headers.authorization).toBeUndefined(); // ...without the credentials
    expect(JSON.stringify(seen[0])).not.toContain(KEY);
  });

  it('from a verified route too: the other host gets no key', async () => {
    seen.length = 0;
    server.emulator.enqueue({ type: 'raw', status: 307, headers: { location: `${otherOrigin}/api/v1/chat/completions` }, body: '' });
    // https://openrouter.ai/api/v1, sent to the emulator. (Not through emulator.fetch: it re-sends
    // the body as an ArrayBuffer, which Node 20's fetch cannot replay on a 307.)
    const origin = new URL(server.baseURL).origin;
    const toEmulator: typeof fetch = (url, init) => fetch(String(url).replace('https://openrouter.ai', origin), init);
    const router = createOpenClawRouter({ apiKey: KEY, fetch: toEmulator });
    await generateText({ model: router('openai/gpt-4o-mini'), prompt: 'hi', maxRetries: 0 });
    expect(server.emulator.lastRequest().headers['x-openrouter-title']).toBe('OpenClaw'); // a verified route indeed
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBeUndefined();
    expect(JSON.stringify(seen[0])).not.toContain(KEY);
  });
});
