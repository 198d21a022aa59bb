import { InvalidArgumentError } from '@ai-sdk/provider';
import { experimental_generateVideo as generateVideoV6 } from 'ai-v6';
import { experimental_generateVideo as generateVideoV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import { encodeSampleMp4, startOpenRouterEmulator } from '../../src/testing';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { type EmulatorHandle, useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';

silenceAISDKWarnings();
const server = useEmulator();

type GenerateVideo = typeof generateVideoV6;
const MAJORS: Array<[string, 'v3' | 'v4', GenerateVideo]> = [
  ['AI SDK 6', 'v3', generateVideoV6],
  ['AI SDK 7', 'v4', generateVideoV7 as unknown as GenerateVideo],
];

const calls = (handle: EmulatorHandle) => handle.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe.each(MAJORS)('%s: callbackUrl, the job notification OpenRouter sends', (_major, spec, generateVideo) => {
  const create = spec === 'v3' ? createV3 : createV4;
  const router = (settings?: Record<string, unknown>) => create({ apiKey: 'test-key', fetch: server.fetch }).videoModel('google/veo-3.1', settings) as never;

  it('is sent as callback_url, and the job is still polled to its video', async () => {
    const result = await generateVideo({
      model: router(),
      prompt: 'A paper boat in the rain',
      providerOptions: { openrouter: { callbackUrl: 'https://app.example/hooks/video?run=7', pollIntervalMs: 1 } },
    });
    expect(server.emulator.requests[0].body).toEqual({
      model: 'google/veo-3.1',
      prompt: 'A paper boat in the rain',
      callback_url: 'https://app.example/hooks/video?run=7',
    });
    expect(calls(server)).toEqual(['POST /api/v1/videos', 'GET /api/v1/videos/job-emulator-1', 'GET /api/v1/videos/job-emulator-1/content?index=0']);
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
    // No receiver is mapped: the emulator records the notification and sends it nowhere.
    expect(server.emulator.videoNotifications.map(({ callbackUrl, deliveredTo }) => ({ callbackUrl, deliveredTo }))).toEqual([
      { callbackUrl: 'https://app.example/hooks/video?run=7', deliveredTo: undefined },
    ]);
  });

  it('takes the model setting, the call wins, and the wire name callback_url keeps working', async () => {
    await generateVideo({
      model: router({ callbackUrl: 'https://app.example/model', pollIntervalMs: 1 }),
      prompt: 'Boat',
      providerOptions: { openrouter: { callback_url: 'https://app.example/call' } },
    });
    expect(server.emulator.requests[0].body.callback_url).toBe('https://app.example/call');
  });

  it('must be HTTPS, and one level may not name two different URLs', async () => {
    for (const url of ['http://app.example/hooks', 'ftp://app.example/hooks']) {
      const error = await rejectionOf(generateVideo({ model: router(), prompt: 'Boat', providerOptions: { openrouter: { callbackUrl: url } } }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error.message).toBe(
        'Invalid providerOptions.openrouter.callbackUrl: must be an https:// URL: OpenRouter notifies only HTTPS endpoints (for a local server, expose it through an HTTPS tunnel).',
      );
    }
    const notUrl = await rejectionOf(generateVideo({ model: router(), prompt: 'Boat', providerOptions: { openrouter: { callback_url: 'hooks' } } }));
    expect(notUrl.message).toBe('Invalid providerOptions.openrouter.callback_url: Invalid URL.');
    const both = await rejectionOf(
      generateVideo({ model: router(), prompt: 'Boat', providerOptions: { openrouter: { callbackUrl: 'https://a.example', callback_url: 'https://b.example' } } }),
    );
    expect(both.message).toBe('providerOptions.openrouter sets callbackUrl and callback_url to different URLs; set callbackUrl only.');
    expect(server.emulator.requests).toEqual([]);
  });
});

describe('the emulator delivers video notifications only on this machine', () => {
  it('refuses a target that is not a loopback URL', async () => {
    for (const target of ['https://hooks.example.com', 'http://10.0.0.5:8080', 'not a url']) {
      await expect(startOpenRouterEmulator({ videoCallbackTargets: { 'https://app.example': target } })).rejects.toThrow(
        `videoCallbackTargets["https://app.example"] must be a loopback http(s) URL (127.0.0.1, localhost or [::1]): the emulator sends nothing off this machine; got ${JSON.stringify(target)}.`,
      );
    }
  });
});
