import { describe, expect, it } from 'vitest';
import { decodeSpeechPcm, encodeSampleMp4, encodeWav, sampleSpeechWav } from '../src/testing';
import { readSpeechMp3 } from '../src/testing/audio-samples';
import { useEmulator } from './helpers/emulator';

const server = useEmulator({ videoPollsUntilComplete: 2 });

const post = (path: string, body: unknown) =>
  fetch(`${server.baseURL}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = (path: string) => fetch(`${server.baseURL}${path}`);

/** Top-level MP4 boxes and their sizes. */
function boxes(bytes: Buffer): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (let offset = 0; offset < bytes.length; offset += bytes.readUInt32BE(offset))
    out.push([bytes.toString('ascii', offset + 4, offset + 8), bytes.readUInt32BE(offset)]);
  return out;
}

describe('emulator: /audio/speech', () => {
  it('speaks the input as PCM tones by default, the same bytes every time', async () => {
    const first = await post('/audio/speech', { model: 'openai/gpt-4o-mini-tts', input: 'Same words' });
    const second = await post('/audio/speech', { model: 'openai/gpt-4o-mini-tts', input: 'Same words' });
    expect(first.headers.get('content-type')).toBe('audio/pcm;rate=24000;channels=1');
    expect(first.headers.get('x-generation-id')).toBe('gen-emulator-1');
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await second.arrayBuffer()));
    expect(bytes.length).toBe(10 * 2 * 480 * 2); // 10 bytes of text, two 480-sample tones each
    expect(decodeSpeechPcm(bytes)).toBe('Same words');
  });

  it('answers MP3 (silent frames titled with the text) when asked', async () => {
    const reply = await post('/audio/speech', { model: 'openai/gpt-4o-mini-tts', input: 'Ahoy', response_format: 'mp3' });
    expect(reply.headers.get('content-type')).toBe('audio/mpeg');
    const bytes = Buffer.from(await reply.arrayBuffer());
    expect(bytes.toString('latin1', 0, 3)).toBe('ID3');
    expect(readSpeechMp3(bytes)).toEqual({ text: 'Ahoy', seconds: 0.168 });
  });
});

describe('emulator: /audio/transcriptions', () => {
  it('transcribes its own speech back to the text, and describes any other audio', async () => {
    const own = await post('/audio/transcriptions', {
      model: 'openai/whisper-large-v3',
      input_audio: { data: sampleSpeechWav('Back again').toString('base64'), format: 'wav' },
    });
    expect(await own.json()).toEqual({ text: 'Back again', usage: { seconds: 0.4, cost: 0.00004 } });

    const silence = encodeWav(new Uint8Array(24_000)); // half a second of silence
    const other = await post('/audio/transcriptions', { model: 'openai/whisper-large-v3', input_audio: { data: silence.toString('base64'), format: 'wav' } });
    expect(await other.json()).toEqual({ text: 'Emulator transcript of 0.5 s of wav audio.', usage: { seconds: 0.5, cost: 0.00005 } });
  });
});

describe('emulator: /rerank', () => {
  it('scores documents by the query words they share, most relevant first, cut to top_n', async () => {
    const reply = await post('/rerank', { model: 'cohere/rerank-v3.5', query: 'red boat', documents: ['a blue car', 'a red boat', { text: 'a red car' }], top_n: 2 });
    const body = (await reply.json()) as { results: Array<{ index: number; relevance_score: number; document: unknown }> };
    expect(body.results.map(({ index, document }) => [index, document])).toEqual([
      [1, { text: 'a red boat' }],
      [2, { text: 'a red car' }],
    ]);
    expect(body.results[0].relevance_score).toBeGreaterThan(0.9);
    expect(body.results[1].relevance_score).toBeGreaterThan(0.45);
    expect(body.results[1].relevance_score).toBeLessThan(0.55);
  });
});

describe('emulator: /videos', () => {
  it('runs a job: pending, in progress, completed after the scripted number of checks, then the MP4', async () => {
    const submitted = await post('/videos', { model: 'google/veo-3.1', prompt: 'Sunset' });
    expect(submitted.status).toBe(202);
    expect(await submitted.json()).toEqual({ id: 'job-emulator-1', polling_url: '/api/v1/videos/job-emulator-1', status: 'pending', generation_id: 'gen-emulator-1' });

    expect((await get('/videos/job-emulator-1/content')).status).toBe(400);
    expect(((await (await get('/videos/job-emulator-1')).json()) as { status: string }).status).toBe('in_progress');
    expect(await (await get('/videos/job-emulator-1')).json()).toEqual({
      id: 'job-emulator-1',
      polling_url: '/api/v1/videos/job-emulator-1',
      status: 'completed',
      generation_id: 'gen-emulator-1',
      unsigned_urls: ['https://storage.emulator.invalid/videos/job-emulator-1.mp4'],
      usage: { cost: 0.5, is_byok: false },
    });

    const content = await get('/videos/job-emulator-1/content?index=0');
    expect(content.headers.get('content-type')).toBe('video/mp4');
    const mp4 = Buffer.from(await content.arrayBuffer());
    expect(mp4.equals(encodeSampleMp4())).toBe(true);
    expect((await get('/videos/job-unknown')).status).toBe(404);
  });

  it('serves a real H.264 MP4: index first, then the frames', () => {
    const mp4 = encodeSampleMp4();
    expect(mp4.length).toBeLessThan(8 * 1024);
    const top = boxes(mp4);
    expect(top.map(([type]) => type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(top.reduce((sum, [, size]) => sum + size, 0)).toBe(mp4.length);
    const avcC = mp4.indexOf('avcC');
    expect([...mp4.subarray(avcC + 4, avcC + 8)]).toEqual([1, 66, 0xc0, 10]); // version, Baseline, constrained, level 1.0
    // Every sample is a 4-byte length and one IDR slice NAL unit (type 5); the samples fill mdat.
    const mdatStart = top[0][1] + top[1][1] + 8;
    let offset = mdatStart;
    let frames = 0;
    while (offset < mp4.length) {
      expect(mp4[offset + 4] & 0x1f).toBe(5);
      offset += 4 + mp4.readUInt32BE(offset);
      frames++;
    }
    expect(offset).toBe(mp4.length);
    expect(frames).toBe(4);
    const stco = mp4.indexOf('stco');
    expect(mp4.readUInt32BE(stco + 12)).toBe(mdatStart);
  });
});
