import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { experimental_generateVideo as generateVideoV6 } from 'ai-v6';
import { experimental_generateVideo as generateVideoV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import { encodeSampleMp4, errorEnvelope, videoJob } from '../../src/testing';
import { encodeSolidPng } from '../../src/testing/png';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator, type EmulatorHandle } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { unsupportedWarning } from '../helpers/surfaces';

silenceAISDKWarnings();
/** Jobs complete at the second status check. */
const server = useEmulator({ videoPollsUntilComplete: 2 });
/** Jobs that never complete. */
const slow = useEmulator({ videoPollsUntilComplete: Number.MAX_SAFE_INTEGER });

type GenerateVideo = typeof generateVideoV6;
const MAJORS: Array<[string, 'v3' | 'v4', GenerateVideo]> = [
  ['AI SDK 6', 'v3', generateVideoV6],
  ['AI SDK 7', 'v4', generateVideoV7 as unknown as GenerateVideo],
];

const FAST_POLLING = { pollIntervalMs: 1 };
const PNG = encodeSolidPng(16, 16, [200, 120, 40]);
const PNG_DATA_URL = `data:image/png;base64,${PNG.toString('base64')}`;

/** What the emulator received, as method and path. */
const calls = (handle: EmulatorHandle) => handle.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe.each(MAJORS)("%s: video over OpenRouter's asynchronous /videos jobs", (_major, spec, generateVideo) => {
  const create = spec === 'v3' ? createV3 : createV4;
  const videoModel = (handle: EmulatorHandle, fetch = handle.fetch) => create({ apiKey: 'test-key', fetch }).videoModel('google/veo-3.1') as never;

  it('submits the job, polls it until it completes and returns the MP4 with cost and generation id', async () => {
    const result = await generateVideo({
      model: videoModel(server),
      prompt: 'A lighthouse at dusk, waves rolling in',
      aspectRatio: '16:9',
      resolution: '1280x720',
      duration: 8,
      seed: 7,
      generateAudio: true,
      providerOptions: { openrouter: { ...FAST_POLLING, resolution: '720p' } },
    });

    expect(calls(server)).toEqual([
      'POST /api/v1/videos',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1/content?index=0',
    ]);
    expect(server.emulator.requests[0].body).toEqual({
      model: 'google/veo-3.1',
      prompt: 'A lighthouse at dusk, waves rolling in',
      aspect_ratio: '16:9',
      size: '1280x720',
      duration: 8,
      seed: 7,
      generate_audio: true,
      resolution: '720p',
    });
    for (const request of server.emulator.requests) expect(request.headers).toMatchObject({ authorization: 'Bearer test-key', 'x-openrouter-title': 'OpenClaw' });
    expect(result.video.mediaType).toBe('video/mp4');
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({ openrouter: { jobId: 'job-emulator-1', generationId: 'gen-emulator-1', usage: { cost: 0.5, isByok: false } } });
  });

  it('animates an image as the first frame; what OpenRouter has no field for becomes a warning', async () => {
    const result = await generateVideo({
      model: videoModel(server),
      prompt: { image: PNG_DATA_URL, text: 'The sun sets' },
      aspectRatio: '5:4',
      fps: 24,
      providerOptions: { openrouter: { ...FAST_POLLING, provider: { options: { 'google-vertex': { person_generation: 'dont_allow' } } } } },
    });

    expect(server.emulator.requests[0].body).toEqual({
      model: 'google/veo-3.1',
      prompt: 'The sun sets',
      frame_images: [{ type: 'image_url', image_url: { url: PNG_DATA_URL }, frame_type: 'first_frame' }],
      provider: { options: { 'google-vertex': { person_generation: 'dont_allow' } } },
    });
    expect(result.warnings).toEqual([
      unsupportedWarning(spec, 'fps', "OpenRouter's /videos has no frame-rate field; the model uses its own."),
      unsupportedWarning(spec, 'aspectRatio', `aspectRatio "5:4" was not sent: OpenRouter's /videos takes 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9, 9:21.`),
    ]);
  });

  it('sends role-tagged frames and references by their kind', async () => {
    await generateVideo({
      model: videoModel(server),
      prompt: 'Between two frames',
      frameImages: [
        { image: 'https://example.com/start.png', frameType: 'first_frame' },
        { image: 'https://example.com/end.png', frameType: 'last_frame' },
      ],
      providerOptions: { openrouter: FAST_POLLING },
    });
    expect(server.emulator.requests[0].body.frame_images).toEqual([
      { type: 'image_url', image_url: { url: 'https://example.com/start.png' }, frame_type: 'first_frame' },
      { type: 'image_url', image_url: { url: 'https://example.com/end.png' }, frame_type: 'last_frame' },
    ]);

    server.emulator.reset();
    await generateVideo({
      model: videoModel(server),
      prompt: 'In the style of these',
      inputReferences: [PNG_DATA_URL, 'https://example.com/clip.mp4'],
      providerOptions: { openrouter: FAST_POLLING },
    });
    expect(server.emulator.requests[0].body.input_references).toEqual([
      { type: 'image_url', image_url: { url: PNG_DATA_URL } },
      { type: 'video_url', video_url: { url: 'https://example.com/clip.mp4' } },
    ]);
  });

  it("fails with OpenRouter's reason when the job fails, and never submits it again", async () => {
    server.emulator.enqueue(
      { type: 'json', status: 202, schemaCheck: true, body: videoJob({ id: 'job-7', generation_id: 'gen-7' }) },
      { type: 'json', body: videoJob({ id: 'job-7', status: 'in_progress' }) },
      { type: 'json', body: videoJob({ id: 'job-7', status: 'failed', error: "The prompt was flagged by the provider's safety filter" }) },
    );
    const error = await rejectionOf(generateVideo({ model: videoModel(server), prompt: 'Something', providerOptions: { openrouter: FAST_POLLING } }));

    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe("OpenRouter video job job-7 failed: The prompt was flagged by the provider's safety filter");
    expect(error.isRetryable).toBe(false);
    expect(error.url).toBe('https://openrouter.ai/api/v1/videos/job-7');
    expect(calls(server)).toEqual(['POST /api/v1/videos', 'GET /api/v1/videos/job-7', 'GET /api/v1/videos/job-7']);
  });

  it('rides out a passing failure of a status check, but a lasting one ends the job without a resubmission', async () => {
    let submitted = false;
    const scriptAfterSubmit = (...replies: Parameters<typeof server.emulator.enqueue>) =>
      (async (input, init) => {
        const response = await server.fetch(input, init);
        if (!submitted) server.emulator.enqueue(...replies);
        submitted = true;
        return response;
      }) as typeof fetch;

    const passing = await generateVideo({
      model: videoModel(server, scriptAfterSubmit({ type: 'json', status: 502, body: errorEnvelope(502, 'Provider returned error') })),
      prompt: 'Waves',
      providerOptions: { openrouter: FAST_POLLING },
    });
    expect(passing.video.mediaType).toBe('video/mp4');
    expect(calls(server).filter((call) => call === 'GET /api/v1/videos/job-emulator-1')).toHaveLength(3);

    server.emulator.reset();
    submitted = false;
    const outage = { type: 'json' as const, status: 503, body: errorEnvelope(503, 'Service temporarily unavailable') };
    const error = await rejectionOf(
      generateVideo({ model: videoModel(server, scriptAfterSubmit(outage, outage, outage)), prompt: 'Waves', providerOptions: { openrouter: FAST_POLLING } }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe('OpenRouter error 503: Service temporarily unavailable');
    expect(error.isRetryable).toBe(false);
    expect(calls(server).filter((call) => call === 'POST /api/v1/videos')).toHaveLength(1);
  });

  it("gives up after pollTimeoutMs with the job's last status", async () => {
    const error = await rejectionOf(
      generateVideo({ model: videoModel(slow), prompt: 'Forever', providerOptions: { openrouter: { pollIntervalMs: 5, pollTimeoutMs: 30 } } }),
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'OpenRouter video job job-emulator-1 did not finish within 30 ms (last status: in_progress). Raise providerOptions.openrouter.pollTimeoutMs to wait longer.',
    );
    expect(error.isRetryable).toBe(false);
    expect(calls(slow).filter((call) => call === 'POST /api/v1/videos')).toHaveLength(1);
  });

  it('stops polling as soon as the abort signal fires', async () => {
    const controller = new AbortController();
    const abortAfterSubmit = (async (input, init) => {
      const response = await slow.fetch(input, init);
      controller.abort();
      return response;
    }) as typeof fetch;
    const error = await rejectionOf(
      generateVideo({
        model: videoModel(slow, abortAfterSubmit),
        prompt: 'Never mind',
        abortSignal: controller.signal,
        providerOptions: { openrouter: { pollIntervalMs: 60_000 } },
      }),
    );
    expect(error.name).toBe('AbortError');
    expect(calls(slow)).toEqual(['POST /api/v1/videos']);
  });

  it('needs a prompt or an image, and says so before sending anything', async () => {
    const error = await rejectionOf(generateVideo({ model: videoModel(server), prompt: '  ' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe("A video needs a prompt, or an image to animate: OpenRouter's /videos was given neither.");
    expect(server.emulator.requests).toHaveLength(0);
  });
});
