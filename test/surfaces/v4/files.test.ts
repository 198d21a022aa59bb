import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { generateText, uploadFile } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../../../src/v4';
import { errorEnvelope } from '../../../src/testing';
import { useEmulator } from '../../helpers/emulator';
import { rejectionOf } from '../../helpers/model-calls';

const server = useEmulator({ knownModels: ['openai/gpt-4o-mini'] });
const router = (apiKey = 'test-key') => createOpenClawRouter({ apiKey, fetch: server.fetch });

/** A small PDF: OpenRouter types uploads by their content, and this is one. */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const FILE_ID = 'or_file_emulator0001';
const CREATED = new Date('2026-01-01T00:00:00.000Z');

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("AI SDK 7's files interface over OpenRouter's /files", () => {
  it('uploads a file as multipart and returns its OpenRouter reference with what OpenRouter reports of it', async () => {
    const result = await uploadFile({ api: router(), data: PDF, mediaType: 'application/pdf', filename: 'report.pdf' });

    expect(result.providerReference).toEqual({ openrouter: FILE_ID });
    expect([result.mediaType, result.filename, result.byteSize, result.createdAt]).toEqual(['application/pdf', 'report.pdf', PDF.length, CREATED]);
    expect(result.providerMetadata).toEqual({ openrouter: { downloadable: false } });
    expect(result.warnings).toEqual([]);
    const request = server.emulator.lastRequest();
    expect([request.method, request.originalURL]).toEqual(['POST', 'https://openrouter.ai/api/v1/files']);
    expect(request.headers).toMatchObject({
      authorization: 'Bearer test-key',
      'x-openrouter-title': 'OpenClaw',
      'content-type': expect.stringMatching(/^multipart\/form-data; boundary=/),
      'user-agent': expect.stringMatching(/openclaw-router\/\d+\.\d+\.\d+/),
    });
    expect(request.form).toEqual([{ name: 'file', filename: 'report.pdf', contentType: 'application/pdf', data: PDF }]);
  });

  it("sends a chat file part that refers to the upload as OpenRouter's file_id", async () => {
    const { providerReference } = await uploadFile({ api: router(), data: PDF, mediaType: 'application/pdf' });
    const result = await generateText({
      model: router()('openai/gpt-4o-mini'),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Summarize the report.' },
            { type: 'file', mediaType: 'application/pdf', filename: 'report.pdf', data: { type: 'reference', reference: providerReference } },
          ],
        },
      ],
    });
    expect(result.text).toBe('You said: Summarize the report.');
    expect(server.emulator.requests[0].form?.[0].filename).toBe('file.pdf');
    expect(server.emulator.lastRequest().body.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Summarize the report.' },
          { type: 'file', file: { file_id: FILE_ID, filename: 'report.pdf' } },
        ],
      },
    ]);
  });

  it('uploads inline text and streams; OpenRouter says what the content is', async () => {
    const text = await uploadFile({ api: router(), data: { type: 'text', text: '{"plan":"ship on Friday"}' } });
    expect([text.providerReference, text.mediaType, text.filename, text.byteSize]).toEqual([{ openrouter: FILE_ID }, 'application/json', 'file.txt', 25]);
    expect(server.emulator.lastRequest().form).toEqual([
      { name: 'file', filename: 'file.txt', contentType: 'text/plain', data: new TextEncoder().encode('{"plan":"ship on Friday"}') },
    ]);

    const halves = [PDF.subarray(0, 10), PDF.subarray(10)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = halves.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await uploadFile({ api: router(), data: { type: 'stream', stream }, mediaType: 'application/pdf', filename: 'streamed.pdf' });
    expect([streamed.providerReference, streamed.mediaType, streamed.byteSize]).toEqual([{ openrouter: 'or_file_emulator0002' }, 'application/pdf', PDF.length]);
    expect(server.emulator.lastRequest().form?.[0].data).toEqual(PDF);
  });

  it('reads metadata, deletes, and then the file is gone for metadata and chat alike', async () => {
    const files = router().files();
    const { providerReference } = await uploadFile({ api: router(), data: PDF, mediaType: 'application/pdf', filename: 'q3.pdf' });

    const metadata = await files.getFileMetadata?.({ file: providerReference });
    expect(metadata).toEqual({
      providerReference: { openrouter: FILE_ID },
      filename: 'q3.pdf',
      mediaType: 'application/pdf',
      byteSize: PDF.length,
      createdAt: CREATED,
      providerMetadata: { openrouter: { downloadable: false } },
      warnings: [],
    });
    expect([server.emulator.lastRequest().method, server.emulator.lastRequest().originalURL]).toEqual(['GET', `https://openrouter.ai/api/v1/files/${FILE_ID}`]);

    expect(await files.deleteFile?.({ file: providerReference })).toEqual({ providerReference: { openrouter: FILE_ID }, deleted: true, warnings: [] });
    expect([server.emulator.lastRequest().method, server.emulator.lastRequest().path]).toEqual(['DELETE', `/api/v1/files/${FILE_ID}`]);

    const gone = await rejectionOf(files.getFileMetadata?.({ file: providerReference }) ?? Promise.resolve());
    expect([gone.message, gone.statusCode, gone.isRetryable]).toEqual([`OpenRouter error 404: File ${FILE_ID} not found`, 404, false]);
    const chat = await rejectionOf(
      generateText({
        model: router()('openai/gpt-4o-mini'),
        maxRetries: 0,
        messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: providerReference } }] }],
      }),
    );
    expect([chat.message, chat.statusCode]).toEqual([`OpenRouter error 404: File ${FILE_ID} not found`, 404]);
  });

  it("downloads a server-created file as a stream, and reports OpenRouter's 400 for an uploaded one", async () => {
    const files = router().files();
    server.emulator.enqueue({ type: 'raw', contentType: 'application/pdf', body: PDF });
    const download = await files.downloadFile?.({ file: { openrouter: 'or_file_generated' } });
    expect(download?.mediaType).toBe('application/pdf');
    expect(await bytesOf(download?.content ?? new ReadableStream())).toEqual(PDF);
    expect(server.emulator.lastRequest().path).toBe('/api/v1/files/or_file_generated/content');

    server.emulator.enqueue({ type: 'raw', contentType: 'application/octet-stream', body: PDF });
    const untyped = await files.downloadFile?.({ file: { openrouter: 'or_file_generated' } });
    expect(untyped?.mediaType).toBeUndefined();
    await untyped?.content.cancel();

    const { providerReference } = await uploadFile({ api: router(), data: PDF, mediaType: 'application/pdf' });
    const error = await rejectionOf(files.downloadFile?.({ file: providerReference }) ?? Promise.resolve());
    expect([error.message, error.statusCode]).toEqual([
      `OpenRouter error 400: File ${FILE_ID} is not downloadable: only files created server-side can be downloaded`,
      400,
    ]);
  });

  it("refuses a reference that names only another provider's file store, and an empty upload, before any request", async () => {
    const files = router().files();
    for (const call of [
      () => files.getFileMetadata?.({ file: { openai: 'file-abc' } }),
      () => files.downloadFile?.({ file: { openai: 'file-abc' } }),
      () => files.deleteFile?.({ file: { openai: 'file-abc' } }),
    ]) {
      const error = await rejectionOf(call() ?? Promise.resolve());
      expect(InvalidArgumentError.isInstance(error)).toBe(true);
      expect(error.message).toBe(
        "This file reference names only openai's file store, which OpenRouter cannot read. Upload the file with uploadFile({ api: router, ... }) and pass the reference it returns ({ openrouter: '<file id>' }), or pass the file's bytes or URL.",
      );
    }
    const chat = await rejectionOf(
      generateText({
        model: router()('openai/gpt-4o-mini'),
        messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: { anthropic: 'file_01' } } }] }],
      }),
    );
    expect(chat.message).toMatch(/^This file reference names only anthropic's file store, which OpenRouter cannot read\./);
    const empty = await rejectionOf(uploadFile({ api: router(), data: new Uint8Array(0), mediaType: 'application/pdf' }));
    expect([empty.name, empty.message]).toEqual(['AI_InvalidArgumentError', 'The file to upload is empty; OpenRouter rejects empty files.']);
    const notBase64 = await rejectionOf(uploadFile({ api: router(), data: 'this is not base64!', mediaType: 'text/plain' }));
    expect([notBase64.name, notBase64.message]).toEqual([
      'AI_InvalidArgumentError',
      "The file to upload is a string that is not base64. Pass the file's bytes (a Uint8Array), base64, or { type: 'text', text } for text.",
    ]);
    expect(server.emulator.requests).toEqual([]);
  });

  it('says which provider options it did not send', async () => {
    const result = await uploadFile({ api: router(), data: PDF, mediaType: 'application/pdf', providerOptions: { openrouter: { purpose: 'assistants' } } });
    expect(result.warnings).toEqual([
      { type: 'unsupported', feature: 'providerOptions.openrouter.purpose', details: "OpenRouter's /files takes no options; it was not sent." },
    ]);
  });

  it('turns replies it cannot use into clear APICallErrors without the key', async () => {
    const files = router('sk-or-v1-secret-key-123').files();
    const cases: Array<[unknown, string]> = [
      [{ id: 7 }, 'OpenRouter returned a reply that does not fit its documented shape: id is number 7, expected a non-empty string.'],
      [
        { _shape: 'openrouter', id: 'or_file_1', size_bytes: 'big' },
        'OpenRouter returned a reply that does not fit its documented shape: size_bytes is the string "big", expected a number or nothing.',
      ],
    ];
    for (const [body, message] of cases) {
      server.emulator.reset();
      server.emulator.enqueue({ type: 'json', body, schemaCheck: false });
      const error = await rejectionOf(files.uploadFile({ data: { type: 'data', data: PDF }, mediaType: 'application/pdf' }));
      expect(APICallError.isInstance(error)).toBe(true);
      expect([error.message.startsWith(message), error.statusCode, error.isRetryable]).toEqual([true, 200, false]);
    }

    server.emulator.enqueue({ type: 'json', body: { id: 'or_file_1', type: 'file' }, schemaCheck: false });
    const notDeleted = await rejectionOf(files.deleteFile?.({ file: { openrouter: 'or_file_1' } }) ?? Promise.resolve());
    expect(notDeleted.message).toMatch(/^OpenRouter returned JSON without "deleted": \{"id":"or_file_1","type":"file"\}$/);

    server.emulator.enqueue({ type: 'raw', contentType: 'text/html', body: '<html>Bad gateway for Bearer sk-or-v1-secret-key-123</html>' });
    const page = await rejectionOf(files.downloadFile?.({ file: { openrouter: 'or_file_1' } }) ?? Promise.resolve());
    expect(page.message).toBe('OpenRouter answered with text/html instead of media bytes: <html>Bad gateway for Bearer [REDACTED]</html>');
    server.emulator.enqueue({ type: 'json', status: 200, body: errorEnvelope(502, 'Provider returned error') });
    const envelope = await rejectionOf(files.downloadFile?.({ file: { openrouter: 'or_file_1' } }) ?? Promise.resolve());
    expect([envelope.message, envelope.isRetryable]).toEqual(['OpenRouter error 502: Provider returned error', true]);
    expect(JSON.stringify([page.message, page.responseBody, envelope.responseBody])).not.toContain('sk-or-v1-secret-key-123');
  });
});
