import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { experimental_generateVideo as generateVideo, experimental_startVideo as startVideo } from 'ai-v7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../../../src/v4';
import { encodeSampleMp4, videoJob } from '../../../src/testing';
import { silenceAISDKWarnings } from '../../helpers/ai-sdk-warnings';
import { type EmulatorHandle, useEmulator } from '../../helpers/emulator';
import { rejectionOf } from '../../helpers/model-calls';

silenceAISDKWarnings();

/** The app's public webhook origin (HTTPS, as OpenRouter requires); the emulator delivers it to `receiver` on loopback. */
const PUBLIC_HOOKS = 'https://hooks.app.example';

interface Notification {
  headers: Record<string, string>;
  body: never;
}

/** The app's webhook endpoint: a loopback HTTP server whose notifications the webhook factory awaits by path. */
class WebhookReceiver {
  private readonly waiting = new Map<string, (notification: Notification) => void>();
  readonly server: Server = createServer((req, res) => {
    void readJson(req).then((body) => {
      res.writeHead(204).end();
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
      this.waiting.get(req.url ?? '')?.({ headers, body: body as never });
    });
  });
  origin = '';
  private made = 0;

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** AI SDK 7's `webhook` option: a public URL per call, and the promise of its notification. */
  webhook = async () => {
    const path = `/video-done/${++this.made}`;
    const received = new Promise<Notification>((resolve) => this.waiting.set(path, resolve));
    return { url: `${PUBLIC_HOOKS}${path}`, received };
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const receiver = new WebhookReceiver();
const targets: Record<string, string> = {};
beforeAll(async () => {
  await receiver.start();
  targets[PUBLIC_HOOKS] = receiver.origin;
});
afterAll(() => new Promise<void>((resolve) => receiver.server.close(() => resolve())));

/** Jobs report completion at the first status check. */
const server = useEmulator({ videoCallbackTargets: targets });
/** Jobs are notified at once, but OpenRouter reports them completed only at the third status check. */
const lagging = useEmulator({ videoCallbackTargets: targets, videoPollsUntilComplete: 3 });

const model = (handle: EmulatorHandle) => createOpenClawRouter({ apiKey: 'test-key', fetch: handle.fetch }).videoModel('google/veo-3.1');
const calls = (handle: EmulatorHandle) => handle.emulator.requests.map((request) => `${request.method} ${request.path}`);
/** The SDK would poll every minute: a test that finishes did not poll. */
const NO_POLLING = { intervalMs: 60_000, timeoutMs: 120_000 };

describe("AI SDK 7's webhook option: OpenRouter's callback_url replaces polling", () => {
  it('sends the webhook URL as callback_url, waits for the notification, then reads the job and downloads the video', async () => {
    const result = await generateVideo({ model: model(server), prompt: 'A kite over dunes', webhook: receiver.webhook, poll: NO_POLLING });

    expect(calls(server)).toEqual(['POST /api/v1/videos', 'GET /api/v1/videos/job-emulator-1', 'GET /api/v1/videos/job-emulator-1/content?index=0']);
    expect(server.emulator.requests[0].body).toEqual({ model: 'google/veo-3.1', prompt: 'A kite over dunes', callback_url: `${PUBLIC_HOOKS}/video-done/1` });
    expect(server.emulator.requests[0].headers).toMatchObject({ authorization: 'Bearer test-key', 'idempotency-key': expect.stringMatching(/^aisdk_vid_/) });
    expect(server.emulator.videoNotifications.map(({ callbackUrl, deliveredTo, body }) => ({ callbackUrl, deliveredTo, body }))).toEqual([
      {
        callbackUrl: `${PUBLIC_HOOKS}/video-done/1`,
        deliveredTo: `${receiver.origin}/video-done/1`,
        body: videoJob({
          id: 'job-emulator-1',
          status: 'completed',
          generation_id: 'gen-emulator-1',
          unsigned_urls: ['https://storage.emulator.invalid/videos/job-emulator-1.mp4'],
          usage: { cost: 0.5, is_byok: false },
        }),
      },
    ]);
    expect(result.video.mediaType).toBe('video/mp4');
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({ openrouter: { jobId: 'job-emulator-1', generationId: 'gen-emulator-1', usage: { cost: 0.5, isByok: false } } });
  });

  it('keeps reading the status when the notification comes before OpenRouter reports the job completed', async () => {
    const result = await generateVideo({
      model: model(lagging),
      prompt: 'A kite over dunes',
      webhook: receiver.webhook,
      poll: NO_POLLING,
      providerOptions: { openrouter: { pollIntervalMs: 1 } },
    });
    expect(calls(lagging)).toEqual([
      'POST /api/v1/videos',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1',
      'GET /api/v1/videos/job-emulator-1/content?index=0',
    ]);
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('trusts nothing in the notification but its arrival: the video comes from OpenRouter', async () => {
    const forged = async () => ({
      url: `${PUBLIC_HOOKS}/forged`,
      received: Promise.resolve({ headers: {}, body: { id: 'job-emulator-1', status: 'completed', unsigned_urls: ['https://evil.example/video.mp4'] } }),
    });
    const result = await generateVideo({
      model: model(lagging),
      prompt: 'A kite',
      webhook: forged,
      poll: NO_POLLING,
      providerOptions: { openrouter: { pollIntervalMs: 1 } },
    });
    expect(calls(lagging).at(-1)).toBe('GET /api/v1/videos/job-emulator-1/content?index=0');
    expect(calls(lagging).filter((call) => call === 'GET /api/v1/videos/job-emulator-1').length).toBe(3);
    expect(Buffer.from(result.video.uint8Array).equals(encodeSampleMp4())).toBe(true);
  });

  it("fails with OpenRouter's reason when the notified job failed", async () => {
    server.emulator.enqueue(
      { type: 'json', status: 202, schemaCheck: true, body: videoJob({ id: 'job-7' }) },
      { type: 'json', body: videoJob({ id: 'job-7', status: 'failed', error: 'The prompt was flagged by moderation' }) },
    );
    const notified = async () => ({ url: `${PUBLIC_HOOKS}/job-7`, received: Promise.resolve({ headers: {}, body: {} }) });
    const error = await rejectionOf(generateVideo({ model: model(server), prompt: 'A kite', webhook: notified, poll: NO_POLLING }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect([error.message, error.isRetryable]).toEqual(['OpenRouter video job job-7 failed: The prompt was flagged by moderation', false]);
    expect(calls(server)).toEqual(['POST /api/v1/videos', 'GET /api/v1/videos/job-7']);
  });

  it('refuses a webhook URL that is not HTTPS before submitting a job', async () => {
    const plain = async () => ({ url: 'http://hooks.app.example/video', received: new Promise<never>(() => {}) });
    const error = await rejectionOf(generateVideo({ model: model(server), prompt: 'A kite', webhook: plain, poll: NO_POLLING }));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'The webhook URL "http://hooks.app.example/video" must be an https:// URL: OpenRouter notifies only HTTPS endpoints (for a local server, expose it through an HTTPS tunnel).',
    );
    const started = await rejectionOf(startVideo({ model: model(server), prompt: 'A kite', webhookUrl: 'http://hooks.app.example/video' }));
    expect([started.name, started.message]).toEqual([error.name, error.message]);
    expect(server.emulator.requests).toEqual([]);
  });

  it("experimental_startVideo's webhookUrl is sent as callback_url, and the operation says to wait for the outcome", async () => {
    const started = await startVideo({
      model: model(server),
      prompt: 'A kite',
      webhookUrl: `${PUBLIC_HOOKS}/started`,
      providerOptions: { openrouter: { pollIntervalMs: 1 } },
    });
    expect(server.emulator.requests[0].body).toEqual({ model: 'google/veo-3.1', prompt: 'A kite', callback_url: `${PUBLIC_HOOKS}/started` });
    expect(started.operation).toEqual({ jobId: 'job-emulator-1', afterNotification: { intervalMs: 1, timeoutMs: 600_000 } });
    // The origin is mapped, so the emulator delivered the notification; no call waits for this one.
    expect(server.emulator.videoNotifications.map((notification) => notification.deliveredTo)).toEqual([`${receiver.origin}/started`]);
  });
});
