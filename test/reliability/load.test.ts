import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaProblems, type TestEmulator } from '../helpers/emulator';
import { startOpenRouterEmulator } from '../../src/testing';
import { expectedText, INTERLEAVED, loadReplies, STREAMS } from './load-script';
import { streamText, createOpenClawRouter } from '../helpers/surface';

/** Active handles by type (sockets, servers, timers, ...), as Node reports them. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

async function settled(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

describe(`load: ${STREAMS} concurrent streams over loopback`, () => {
  let emulator: TestEmulator;
  beforeAll(async () => {
    emulator = await startOpenRouterEmulator();
  });
  afterAll(() => emulator.close());

  it('all complete with their own content, and leave no socket or timer behind', async () => {
    const provider = createOpenClawRouter({ apiKey: 'sk-or-v1-load', baseURL: emulator.baseURL });
    const baseline = activeResources();
    const shutdown = new AbortController();

    emulator.enqueue(...loadReplies(INTERLEAVED));
    const results = await Promise.all(
      Array.from({ length: STREAMS }, async (_, caller) => {
        const result = streamText({
          model: provider('openai/gpt-4o-mini'),
          prompt: `caller ${caller}`,
          abortSignal: shutdown.signal,
          onError: ({ error }) => {
            throw error;
          },
        });
        const [text, response] = await Promise.all([result.text, result.response]);
        return { caller, text, generationId: response.id };
      }),
    );

    // Replies were handed out in arrival order, so caller i may have got reply k: what matters
    // is that every stream holds exactly the reply the emulator sent on its own socket.
    const replyByCaller = new Map(emulator.requests.map((request) => [request.body.messages[0].content, request.reply.chunks]));
    const seen = new Set<string>();
    for (const { caller, text, generationId } of results) {
      const chunks = replyByCaller.get(`caller ${caller}`) as Array<{ id: string }>;
      expect(chunks, `no request recorded for caller ${caller}`).toBeDefined();
      const reply = Number(chunks[0].id.replace('gen-load-', ''));
      expect(generationId).toBe(`gen-load-${reply}`);
      expect(text).toBe(expectedText(reply, INTERLEAVED));
      seen.add(generationId);
    }
    expect(seen.size).toBe(STREAMS);
    expect(emulator.requests).toHaveLength(STREAMS);
    expect(emulator.requests.flatMap((request, index) => schemaProblems(request, index))).toEqual([]);

    // Replies say `connection: close`, so once every body is read to its end both ends close;
    // a body left half-read would keep its socket open.
    const back = await settled(() => (activeResources().TCPSocketWrap ?? 0) <= (baseline.TCPSocketWrap ?? 0), 3_000);
    const after = activeResources();
    expect(back, `sockets: ${JSON.stringify({ baseline, after })}`).toBe(true);
    expect(after.Timeout ?? 0, `timers: ${JSON.stringify({ baseline, after })}`).toBeLessThanOrEqual(baseline.Timeout ?? 0);
  });

  it('heap returns to its baseline and no abort listener is left after repeated bursts (child process with --expose-gc)', async () => {
    const script = fileURLToPath(new URL('./load-child.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      timeout: 60_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').pop()!) as { baseline: number; after: number[]; abortListeners: number };
    const growth = report.after[report.after.length - 1] - report.baseline;
    // A reply's text is ~8 KB and 400 streams ran after the baseline: keeping even one reply
    // per stream would add over 3 MB.
    expect(growth, JSON.stringify(report)).toBeLessThan(1.5 * 1024 * 1024);
    // One long-lived signal shared by every call (as a server shares its shutdown signal):
    // every listener added for a request is gone once the request is.
    expect(report.abortListeners, JSON.stringify(report)).toBe(0);
  }, 90_000);
});
