import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { documentsOf } from '../../scripts/live/fixtures';
import { Recorder } from '../../scripts/live/recorder';
import { createOpenClawRouter } from '../../src';
import { useEmulator } from '../helpers/emulator';

// The live kit's recording fetch, over real HTTP to the emulator: the provider streams as usual
// while the recorder keeps the exchange whole.

const server = useEmulator();

describe('Recorder', () => {
  it('keeps a streamed exchange whole, under its scenario and model, while the provider reads it', async () => {
    const recorder = new Recorder(server.fetch);
    const router = createOpenClawRouter({ apiKey: 'sk-or-v1-0123456789abcdef0123456789abcdef', fetch: recorder.fetch });
    recorder.begin('streaming', 'openai/gpt-5');
    const result = streamText({ model: router('openai/gpt-5'), prompt: 'Hello there' });
    const text = await result.text;
    const [exchange] = await recorder.settled();

    const sent = server.emulator.lastRequest();
    expect(text).toBe('You said: Hello there');
    expect(exchange).toMatchObject({
      scenario: 'streaming',
      model: 'openai/gpt-5',
      method: 'POST',
      url: 'https://openrouter.ai/api/v1/chat/completions',
      status: 200,
      contentType: 'text/event-stream',
    });
    expect(exchange.requestHeaders.authorization).toBe('Bearer sk-or-v1-0123456789abcdef0123456789abcdef');
    expect(JSON.parse(exchange.requestBody!)).toEqual(sent.body);
    expect(documentsOf(exchange.body!, exchange.contentType)).toEqual(sent.reply.chunks);
    expect(exchange.body!.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(exchange.bytes).toBe(Buffer.byteLength(exchange.body!));
  });

  it('keeps only the size and the reason of a binary reply', async () => {
    const recorder = new Recorder(server.fetch);
    const router = createOpenClawRouter({ apiKey: 'test-key', fetch: recorder.fetch });
    recorder.begin('speech', 'openai/gpt-4o-mini-tts');
    const { audio } = await router.speechModel('openai/gpt-4o-mini-tts').doGenerate({ text: 'Hi' });
    const [exchange] = await recorder.settled();
    expect(exchange.body).toBeUndefined();
    expect(exchange.bodyOmitted).toBe(`binary reply (${exchange.contentType})`);
    expect(exchange.contentType).toMatch(/^audio\//);
    // The provider wraps OpenRouter's PCM in a 44-byte WAV header.
    expect(exchange.bytes).toBe((audio as Uint8Array).length - 44);
  });

  it('files each scenario’s exchanges under it', async () => {
    const recorder = new Recorder(server.fetch);
    const router = createOpenClawRouter({ apiKey: 'test-key', fetch: recorder.fetch });
    recorder.begin('first', 'openai/gpt-5');
    await router('openai/gpt-5').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'one' }] }] });
    await recorder.settled();
    recorder.begin('second', 'openai/gpt-5');
    await router('openai/gpt-5').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'two' }] }] });
    expect((await recorder.settled()).map((exchange) => exchange.scenario)).toEqual(['second']);
    expect(recorder.exchanges.map((exchange) => exchange.scenario)).toEqual(['first', 'second']);
  });
});
