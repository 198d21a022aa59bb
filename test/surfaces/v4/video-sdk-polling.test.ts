import { APICallError } from '@ai-sdk/provider';
import { experimental_generateVideo as generateVideo } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../../../src/v4';
import { encodeSampleMp4, videoJob } from '../../../src/testing';
import { silenceAISDKWarnings } from '../../helpers/ai-sdk-warnings';
import { useEmulator } from '../../helpers/emulator';
import { rejectionOf } from '../../helpers/model-calls';

silenceAISDKWarnings();
const server = useEmulator({ videoPollsUntilComplete: 3 });
const model = (fetch = server.fetch) => createOpenClawRouter({ apiKey: 'test-key', fetch }).videoModel('google/veo-3.1');
const calls = () => server.emulator.requests.map((request) => `${request.method} ${request.path}`);

describe('AI SDK 7: the SDK polls the job through doStart and doStatus when given its poll option', () => {
  it("starts the job, checks it at the SDK's interval and returns the video", async () => {
    const result = await generateVideo({ model: model(), prompt: 'Gulls over a harbour', poll: { intervalMs: 1, timeoutMs: 10_000 } });

    expect(calls()).toEqual([
      'POST /api/v1/videos',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1/content?index=0',
    ]);
    expect(server.emulator.requests[0].body).toEqual({ model: 'google/veo-3.1', prompt: 'Gulls over a harbour' });
    // The SDK makes submission idempotent; the header reaches OpenRouter.
    expect(server.emulator.requests[0].headers['idempotency-key']).toMatch(/^aisdk_vid_/);
    expect(result.video.mediaType).toBe('video/mp4');
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({ openrouter: { jobId: 'job-emulator-1', generationId: 'gen-emulator-1', usage: { cost: 0.5, isByok: false } } });
  });

  it('says the provider polling options are not used while the SDK polls', async () => {
    const result = await generateVideo({
      model: model(),
      prompt: 'Gulls',
      poll: { intervalMs: 1, timeoutMs: 10_000 },
      providerOptions: { openrouter: { pollIntervalMs: 10 } },
    });
    expect(result.warnings).toEqual([{ type: 'other', message: "pollIntervalMs was not used: the AI SDK's poll option governs the polling of this call." }]);
  });

  it("fails with an APICallError carrying OpenRouter's reason, not a bare Error", async () => {
    server.emulator.enqueue(
      { type: 'json', status: 202, schemaCheck: true, body: videoJob({ id: 'job-9' }) },
      { type: 'json', body: videoJob({ id: 'job-9', status: 'expired' }) },
    );
    const error = await rejectionOf(generateVideo({ model: model(), prompt: 'Gulls', poll: { intervalMs: 1, timeoutMs: 10_000 } }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe('OpenRouter video job job-9 expired: OpenRouter gave no reason');
    expect(calls()).toEqual(['POST /api/v1/videos', 'GET /api/v1/videos/job-9']);
  });

  it('stops when the abort signal fires while the SDK waits between checks', async () => {
    const controller = new AbortController();
    const abortAfterSubmit = (async (input, init) => {
      const response = await server.fetch(input, init);
      controller.abort();
      return response;
    }) as typeof fetch;
    const error = await rejectionOf(
      generateVideo({ model: model(abortAfterSubmit), prompt: 'Gulls', abortSignal: controller.signal, poll: { intervalMs: 60_000, timeoutMs: 120_000 } }),
    );
    expect(error.name).toBe('AbortError');
    expect(calls()).toEqual(['POST /api/v1/videos']);
  });
});
