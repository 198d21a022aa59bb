import { APICallError } from '@ai-sdk/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEDIA_REPLY_SIZE } from '../../src';
import { createOpenClawRouter } from '../helpers/surface';
import { rejectionOf } from '../helpers/model-calls';
import { CANARY_KEY as KEY, expectApiError, keyLeaks, startHostileServer, type HostileServer } from './support';

let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

const speechModel = () => createOpenClawRouter({ apiKey: KEY, baseURL: hostile.baseURL }).speechModel('openai/gpt-4o-mini-tts');
const speak = () => speechModel().doGenerate({ text: 'hello', providerOptions: {} } as never);

const MIB = 1024 * 1024;
/** More chunks than the limit holds, so the server stops on its own if the client never does. */
const MAX_CHUNKS = MAX_MEDIA_REPLY_SIZE / MIB + 16;

describe('media replies are bounded and read by media type', () => {
  it('a media reply that never ends is stopped at 256 MiB with a non-retryable error, and the connection is closed', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg' });
      const chunk = Buffer.alloc(MIB, 0xff);
      let sent = 0;
      const pump = () => {
        while (sent < MAX_CHUNKS && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => {
        sent = MAX_CHUNKS;
      });
      pump();
    });
    const error = await rejectionOf(speak());
    expectApiError(error, {
      message: `OpenRouter sent a media reply larger than 256 MiB (${MAX_MEDIA_REPLY_SIZE} bytes), the most one reply may hold; it was stopped.`,
      statusCode: 200,
      isRetryable: false,
    });
    await hostile.latestConnectionClosed();
  });

  it('an error envelope sent as Application/JSON is the error it describes, without the key', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'Application/JSON; charset=utf-8' });
      response.end(JSON.stringify({ error: { code: 402, message: `Insufficient credits for ${KEY}` } }));
    });
    const error = await rejectionOf(speak());
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(402);
    expect((error as APICallError).message).toContain('Insufficient credits');
    expect(keyLeaks(KEY, error)).toEqual([]);
  });
});
