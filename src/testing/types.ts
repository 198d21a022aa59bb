import type { TrafficOptions } from './traffic';
import type { VideoNotification } from './video-notifications';

export interface OpenRouterEmulatorOptions {
  /** Port to listen on; default: a random free port. */
  port?: number | undefined;
  /** If set, requests without `Authorization: Bearer <apiKey>` get a 401 OpenRouter error envelope. */
  apiKey?: string | undefined;
  /**
   * Default true: write `: OPENROUTER PROCESSING\n\n` before the first data chunk of every stream
   * (and, in default replies, between chunks: `traffic.keepAliveEvery`). False leaves them all out.
   */
  keepAliveComments?: boolean | undefined;
  /**
   * Model ids treated as down, to exercise `models` fallbacks offline: a chat request for one is
   * served by the first entry of its `models` list that is up (the reply's `model` says which);
   * with none up it gets OpenRouter's 503 "No endpoints found" error.
   */
  unavailableModels?: string[] | undefined;
  /**
   * Model ids the emulator serves besides the ones the project types (its chat, image and
   * embedding model id unions). A default reply for any other id is OpenRouter's 400
   * "<id> is not a valid model ID"; scripted replies are sent whatever the id.
   */
  knownModels?: string[] | undefined;
  /** Default false: true serves any model id, as if every id were in the catalogue. */
  acceptAnyModel?: boolean | undefined;
  /** How untidy default chat replies are; each option defaults to what real traffic usually shows. */
  traffic?: TrafficOptions | undefined;
  /**
   * The clock of the response cache (`X-OpenRouter-Cache`), in milliseconds: entries expire after
   * their TTL and hits report their age by it. Default `Date.now`; tests pass their own to step time.
   */
  now?: (() => number) | undefined;
  /** Status checks (GET /videos/{jobId}) a video job answers `in_progress` to before it is `completed`. Default 1. */
  videoPollsUntilComplete?: number | undefined;
  /**
   * Where video job notifications go. OpenRouter POSTs the job to its `callback_url` (HTTPS only)
   * when it is done; the emulator sends nothing off the machine, so it POSTs a notification only to
   * the loopback URL mapped here from the job's callback URL: the exact URL, or its origin, whose
   * path and query are kept (`{ 'https://app.example': 'http://127.0.0.1:4000' }` sends
   * `https://app.example/hooks/video?job=1` to `http://127.0.0.1:4000/hooks/video?job=1`).
   * Every notification, sent or not, is in `emulator.videoNotifications`.
   */
  videoCallbackTargets?: Record<string, string> | undefined;
}

export interface OpenRouterEmulator {
  /** `http://127.0.0.1:<port>/api/v1` */
  readonly baseURL: string;
  /** Every request, in the order its body was received. */
  readonly requests: RecordedRequest[];
  /** Notifications made for video jobs submitted with a `callback_url`, in order. */
  readonly videoNotifications: VideoNotification[];
  /** The most recent request; throws if there was none. */
  lastRequest(): RecordedRequest;
  /** FIFO: the next requests to a known route get these; when the queue is empty the default reply is used. */
  enqueue(...replies: ScriptedReply[]): void;
  /** Clears the recorded requests, the queue, the id counters and the response cache. */
  reset(): void;
  /**
   * A fetch that sends any URL to the emulator, keeping the path after `/api/v1` and the query:
   * tests can keep the default https://openrouter.ai/api/v1 base URL (a verified route) while
   * talking to the emulator. The original URL is recorded in `RecordedRequest.originalURL`.
   * A URL whose path does not start with `/api/v1` keeps its whole path (and so gets a 404).
   */
  readonly fetch: typeof globalThis.fetch;
  /** Closes the server and destroys open sockets; resolves once fully closed. */
  close(): Promise<void>;
}

export type ReplyKind = 'json' | 'stream' | 'raw' | 'fault';

export interface RecordedReply {
  kind: ReplyKind;
  /** HTTP status; 0 for faults (no response was sent). */
  status: number;
  /** JSON replies: the body sent. */
  body?: unknown | undefined;
  /**
   * Streams: the data objects actually sent (completely written before a cut-off), in order.
   * Raw replies checked against the schema: the data objects of their SSE body.
   */
  chunks?: unknown[] | undefined;
  /** Whether the reply should match OpenRouter's reply schema (test helpers validate it). */
  schemaCheck: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The request target as received, e.g. '/api/v1/chat/completions'. */
  path: string;
  /** The URL given to `emulator.fetch`, when the request came through it. */
  originalURL?: string | undefined;
  /** Lowercased header names. */
  headers: Record<string, string>;
  /** A multipart/form-data body's parts (a file upload), each with its bytes. */
  form?: Array<{ name: string; filename?: string; contentType?: string; data: Uint8Array }>;
  /** Parsed JSON body; undefined if the body is not JSON. */
  body: unknown;
  rawBody: string;
  reply: RecordedReply;
}

export interface JsonReply {
  type: 'json';
  /** Default 200. */
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  body: unknown;
  /** Default: true for status 200, false otherwise. */
  schemaCheck?: boolean | undefined;
}

/**
 * A body sent byte for byte: an HTML error page from a proxy, malformed JSON, or a reply recorded
 * from real OpenRouter traffic (an SSE body with `contentType: 'text/event-stream'`).
 */
export interface RawReply {
  type: 'raw';
  /** Default 200. */
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** Text, or bytes (audio, video). */
  body: string | Uint8Array;
  /** Default 'text/plain; charset=utf-8'. */
  contentType?: string | undefined;
  /**
   * Default false. True records the body for the schema check: a JSON body as the reply body, an
   * SSE body's `data:` objects as stream chunks. Only for bodies that are valid per the spec.
   */
  schemaCheck?: boolean | undefined;
}

export interface StreamReply {
  type: 'stream';
  /** Default 200. */
  status?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** Objects are written as `data: <JSON>\n\n`; strings verbatim (comments, garbage, partial lines). */
  chunks: Array<Record<string, unknown> | string>;
  /** Default true: append `data: [DONE]\n\n`. */
  done?: boolean | undefined;
  /**
   * Split the whole encoded byte stream (keep-alive comment included) into writes of this many
   * bytes; may split inside UTF-8 characters. Default: one write per event.
   */
  networkChunkSize?: number | undefined;
  /** Pause between writes. */
  delayMs?: number | undefined;
  /** Destroy the socket after this many bytes of the encoded stream (a cut-off). */
  endAfterBytes?: number | undefined;
  /** Stop writing after this many bytes and keep the socket open until the client aborts or close(). */
  stallAfterBytes?: number | undefined;
  /** Default: true for status 200, false otherwise. */
  schemaCheck?: boolean | undefined;
}

/** Destroy the socket without any response. */
export interface ResetReply {
  type: 'reset';
}

/** Accept the request and never answer. */
export interface StallReply {
  type: 'stall';
}

export type ScriptedReply = JsonReply | RawReply | StreamReply | ResetReply | StallReply;
