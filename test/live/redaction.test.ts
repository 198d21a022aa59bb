import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFixtures } from '../../scripts/live/fixtures';
import type { Exchange } from '../../scripts/live/recorder';
import { OPENROUTER_KEY_PATTERN, REDACTED, redactHeaders, redactText } from '../../scripts/live/redact';

// What `npm run test:live` writes must not hold the API key or anything key-like, wherever it
// appeared: headers, request and reply bodies, URLs, SSE chunks.

const KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`;
/** A key the redaction is not told about: found by its shape alone. */
const OTHER_KEY = `sk-or-v1-${'fedcba9876543210'.repeat(4)}`;
const SIGNATURE = 'EqQBCkYIBxgCKkDx2Jv0c3Rc0d1mYfKq+5s9E3cZ8vZr0nR6p7wq8P8cQm4uA1xY2/0Z9w==';

describe('redactText', () => {
  it('removes the given key and any other OpenRouter key from a JSON body', () => {
    const body = JSON.stringify({ error: { message: `Invalid key ${KEY}`, metadata: { raw: `{"key":"${OTHER_KEY}"}` } } });
    const out = redactText(body, [KEY]);
    expect(out).toBe(JSON.stringify({ error: { message: `Invalid key ${REDACTED}`, metadata: { raw: `{"key":"${REDACTED}"}` } } }));
    expect(out).not.toMatch(OPENROUTER_KEY_PATTERN);
  });

  it('removes keys from SSE chunks and keeps every other byte, signatures and encrypted reasoning included', () => {
    const chunk = (content: string) =>
      `data: {"id":"gen-1","choices":[{"delta":{"content":${JSON.stringify(content)},"reasoning_details":[{"type":"reasoning.text","signature":"${SIGNATURE}"}]}}]}\n\n`;
    const stream = `: OPENROUTER PROCESSING\n\n${chunk('echo: ')}${chunk(OTHER_KEY)}data: [DONE]\n\n`;
    expect(redactText(stream)).toBe(`: OPENROUTER PROCESSING\n\n${chunk('echo: ')}${chunk(REDACTED)}data: [DONE]\n\n`);
  });

  it('removes keys and tokens from URLs and bearer credentials from text', () => {
    expect(redactText(`https://openrouter.ai/api/v1/generation?id=gen-1&key=${KEY}`)).toBe(`https://openrouter.ai/api/v1/generation?id=gen-1&key=${REDACTED}`);
    expect(redactText('https://example.com/x?access_token=abc.def&q=1')).toBe(`https://example.com/x?access_token=${REDACTED}&q=1`);
    expect(redactText('sent Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload')).toBe(`sent Authorization: Bearer ${REDACTED}`);
  });

  it('removes account and user ids from JSON fields, wherever they sit', () => {
    const body = '{"id":"gen-1","user_id":"user_2abc","usage":{"cost":0.1},"workspace_id": "ws_9"}';
    expect(redactText(body)).toBe(`{"id":"gen-1","user_id":"${REDACTED}","usage":{"cost":0.1},"workspace_id": "${REDACTED}"}`);
  });

  it('removes other providers’ sk- keys too', () => {
    expect(redactText('BYOK key sk-proj-AbCdEf0123456789xyz failed')).toBe(`BYOK key ${REDACTED} failed`);
  });
});

describe('redactHeaders', () => {
  it('blanks credential headers and redacts key-like values in the others', () => {
    expect(
      redactHeaders(
        { Authorization: `Bearer ${KEY}`, cookie: 'session=abc', 'x-echo': `key ${OTHER_KEY}`, 'content-type': 'application/json', 'x-openrouter-cache': 'true' },
        [KEY],
      ),
    ).toEqual({ Authorization: REDACTED, cookie: REDACTED, 'x-echo': `key ${REDACTED}`, 'content-type': 'application/json', 'x-openrouter-cache': 'true' });
  });
});

describe('writeFixtures', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const exchange = (overrides: Partial<Exchange>): Exchange => ({
    scenario: 'streaming',
    model: 'openai/gpt-5-mini',
    method: 'POST',
    url: `https://openrouter.ai/api/v1/chat/completions?key=${KEY}`,
    requestHeaders: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    requestBody: JSON.stringify({ model: 'openai/gpt-5-mini', messages: [{ role: 'user', content: `my key is ${KEY}` }], user: 'acct', stream: true }),
    status: 200,
    responseHeaders: { 'content-type': 'text/event-stream' },
    contentType: 'text/event-stream',
    body: `data: {"id":"gen-1","model":"openai/gpt-5-mini","provider":"OpenAI","choices":[{"delta":{"content":"Your key is ${KEY}"}}],"user_id":"user_1"}\n\ndata: [DONE]\n\n`,
    bytes: 0,
    ...overrides,
  });

  it('writes the reply and its source with no key, no key-shaped string and no account id', async () => {
    dir = await mkdtemp(join(tmpdir(), 'redaction-test-'));
    const { written } = await writeFixtures(dir, [exchange({})], { date: '2026-12-07', origin: 'the test', secrets: [KEY] });
    expect(written.map((fixture) => fixture.reply)).toEqual(['01-streaming-openai-gpt-5-mini.chunks.txt']);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['01-streaming-openai-gpt-5-mini.chunks.txt', '01-streaming-openai-gpt-5-mini.source.md']);
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      expect(text, file).not.toContain(KEY);
      expect(text, file).not.toMatch(OPENROUTER_KEY_PATTERN);
      expect(text, file).not.toContain('user_1');
    }
    const reply = await readFile(join(dir, files[0]), 'utf8');
    expect(reply).toBe(
      `data: {"id":"gen-1","model":"openai/gpt-5-mini","provider":"OpenAI","choices":[{"delta":{"content":"Your key is ${REDACTED}"}}],"user_id":"${REDACTED}"}\n\ndata: [DONE]\n\n`,
    );
    const source = await readFile(join(dir, files[1]), 'utf8');
    expect(source).toContain('- upstream provider: OpenAI\n');
    expect(source).toContain('- endpoint: POST /api/v1/chat/completions\n');
    expect(source).toContain(`"authorization": "${REDACTED}"`);
    expect(source).toContain(`"content": "my key is ${REDACTED}"`);
  });

  it('does not write binary replies, and says why', async () => {
    dir = await mkdtemp(join(tmpdir(), 'redaction-test-'));
    const speech = exchange({ scenario: 'speech', contentType: 'audio/pcm', body: undefined, bodyOmitted: 'binary reply (audio/pcm)' });
    const { written, skipped } = await writeFixtures(dir, [speech], { date: '2026-12-07', origin: 'the test', secrets: [KEY] });
    expect(written).toEqual([]);
    expect(skipped.map((entry) => entry.reason)).toEqual(['binary reply (audio/pcm)']);
    expect(await readdir(dir)).toEqual([]);
  });
});
