import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { encodeStream, pause, planWrites, writePiece } from './sse-writer';
import type { JsonReply, RawReply, RecordedReply, ScriptedReply, StreamReply } from './types';

export interface ReplyContext {
  keepAliveComments: boolean;
  /** Aborted by close(): stops trickling streams. */
  signal: AbortSignal;
}

/** How a reply is recorded, known before anything is sent. */
export function describeReply(reply: ScriptedReply): RecordedReply {
  switch (reply.type) {
    case 'json': {
      const status = reply.status ?? 200;
      return { kind: 'json', status, body: reply.body, schemaCheck: reply.schemaCheck ?? status === 200 };
    }
    case 'stream': {
      const status = reply.status ?? 200;
      return { kind: 'stream', status, chunks: [], schemaCheck: reply.schemaCheck ?? status === 200 };
    }
    case 'raw':
      return describeRawReply(reply);
    case 'reset':
    case 'stall':
      return { kind: 'fault', status: 0, schemaCheck: false };
  }
}

/** A raw reply records what the schema check needs only when asked to. */
function describeRawReply(reply: RawReply): RecordedReply {
  const recorded: RecordedReply = { kind: 'raw', status: reply.status ?? 200, schemaCheck: reply.schemaCheck ?? false };
  if (!recorded.schemaCheck) return recorded;
  const text = typeof reply.body === 'string' ? reply.body : Buffer.from(reply.body).toString('utf8');
  if ((reply.contentType ?? '').startsWith('text/event-stream')) recorded.chunks = sseDataObjects(text);
  else recorded.body = JSON.parse(text);
  return recorded;
}

/** The JSON `data:` payloads of an SSE body, `[DONE]` left out. */
function sseDataObjects(text: string): unknown[] {
  const objects: unknown[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.startsWith('data:') && line.slice(5).trim() !== '[DONE]') objects.push(JSON.parse(line.slice(5)));
  }
  return objects;
}

export async function sendReply(req: IncomingMessage, res: ServerResponse, reply: ScriptedReply, recorded: RecordedReply, context: ReplyContext): Promise<void> {
  switch (reply.type) {
    case 'json':
      return sendJson(res, reply);
    case 'raw':
      return sendRaw(res, reply);
    case 'stream':
      return sendStream(res, reply, recorded, context);
    case 'reset':
      req.socket.destroy();
      return;
    case 'stall':
      // Never answered: the socket stays open until the client gives up or close() destroys it.
      return;
  }
}

/** Default headers, then the scripted ones (case-insensitively replacing defaults). */
function headersWith(defaults: Record<string, string>, scripted: Record<string, string> | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { ...defaults };
  for (const [name, value] of Object.entries(scripted ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

/** Real replies carry the generation id in a header as well as in the body. */
function generationIdHeader(value: unknown): Record<string, string> {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? { 'x-generation-id': id } : {};
}

function sendJson(res: ServerResponse, reply: JsonReply): void {
  const payload = JSON.stringify(reply.body) ?? 'null';
  res.writeHead(reply.status ?? 200, headersWith({ 'content-type': 'application/json', ...generationIdHeader(reply.body) }, reply.headers));
  res.end(payload);
}

function sendRaw(res: ServerResponse, reply: RawReply): void {
  res.writeHead(reply.status ?? 200, headersWith({ 'content-type': reply.contentType ?? 'text/plain; charset=utf-8' }, reply.headers));
  res.end(reply.body);
}

async function sendStream(res: ServerResponse, reply: StreamReply, recorded: RecordedReply, context: ReplyContext): Promise<void> {
  const { events, dataObjects } = encodeStream(reply, context.keepAliveComments);
  const limit = reply.endAfterBytes ?? reply.stallAfterBytes;
  const pieces = planWrites(events, reply.networkChunkSize, limit);
  const firstObject = reply.chunks.find((chunk) => typeof chunk !== 'string');

  res.writeHead(
    reply.status ?? 200,
    headersWith({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...generationIdHeader(firstObject) }, reply.headers),
  );
  res.flushHeaders();

  const sent = (recorded.chunks ??= []);
  let written = 0;
  for (const [index, piece] of pieces.entries()) {
    if (index > 0 && reply.delayMs) await pause(reply.delayMs, context.signal);
    if (context.signal.aborted || !(await writePiece(res, piece))) return;
    written += piece.length;
    while (sent.length < dataObjects.length && dataObjects[sent.length].end <= written) sent.push(dataObjects[sent.length].value);
  }

  if (reply.endAfterBytes !== undefined) res.socket?.destroy();
  else if (reply.stallAfterBytes === undefined) res.end();
}
