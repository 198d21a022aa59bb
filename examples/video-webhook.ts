/**
 * Video with a webhook (AI SDK 7): instead of polling the job, the AI SDK waits until OpenRouter
 * notifies your endpoint (its `callback_url`); the model then reads the job and downloads the video.
 *
 *   npm run example video-webhook
 *
 * Offline against the bundled emulator, which delivers the notification to a local server. Live,
 * OpenRouter needs a public HTTPS URL: set VIDEO_WEBHOOK_URL to one that forwards to
 * http://127.0.0.1:<port printed below> (a tunnel), and OPENROUTER_API_KEY.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { experimental_generateVideo as generateVideo } from 'ai';
import { connectRouter } from './shared/connect';

// Your app's webhook endpoint: each notification resolves the call waiting for it.
const waiting = new Map<string, (notification: { headers: Record<string, string>; body: never }) => void>();
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    res.writeHead(204).end();
    console.log(`notification received at ${req.url}`);
    // Only its arrival matters: the model reads the job from OpenRouter, not from this body.
    waiting.get(req.url ?? '')?.({ headers: {}, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') as never });
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const local = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
const publicBase = process.env.VIDEO_WEBHOOK_URL ?? 'https://hooks.example.com';
console.log(`webhook receiver on ${local}, public as ${publicBase}`);

const { router, close } = await connectRouter({ emulator: { videoCallbackTargets: { [new URL(publicBase).origin]: local } } });

try {
  let calls = 0;
  const { video, providerMetadata } = await generateVideo({
    model: router.videoModel('google/veo-3.1'),
    prompt: 'A paper boat drifting down a rainy street',
    webhook: async () => {
      const path = `/video-done/${++calls}`;
      const received = new Promise<{ headers: Record<string, string>; body: never }>((resolve) => waiting.set(path, resolve));
      return { url: `${publicBase.replace(/\/$/, '')}${path}`, received };
    },
    // How long to wait for the notification.
    poll: { timeoutMs: 15 * 60_000 },
  });
  const openrouter = providerMetadata.openrouter as { jobId?: string } | undefined;
  console.log(`job ${openrouter?.jobId}: ${video.mediaType}, ${video.uint8Array.length} bytes`);
} finally {
  await close();
  receiver.close();
}
