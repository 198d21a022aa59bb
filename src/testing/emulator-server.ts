import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errorEnvelope } from './builders';
import { defaultChatReply } from './default-chat-reply';
import { defaultEmbeddingReply } from './default-embedding-reply';
import { defaultImageReply } from './default-image-reply';
import { defaultRerankReply } from './default-rerank-reply';
import { defaultSpeechReply } from './default-speech-reply';
import { defaultTranscriptionReply } from './default-transcription-reply';
import { EmulatorIds } from './ids';
import { createRewritingFetch, ORIGINAL_URL_HEADER } from './rewriting-fetch';
import { ModelCatalogue } from './model-catalogue';
import { routeChatRequest } from './routing';
import { describeReply, sendReply } from './scripted-replies';
import { resolveTraffic, type ResolvedTraffic } from './traffic';
import { withServerTools } from './server-tools';
import { EmulatorResponseCache } from './response-cache';
import { withRouterMetadata } from './router-metadata';
import { GenerationLog } from './generation-log';
import { modelsReply } from './models-listing';
import { creditsReply, keyReply } from './account';
import { MODEL_ENDPOINTS_PATH, modelEndpointsReply } from './model-endpoints';
import type { OpenRouterEmulator, OpenRouterEmulatorOptions, RecordedRequest, ScriptedReply } from './types';
import { VideoJobs } from './video-jobs';
import { EmulatorSessions } from './chat-sessions';
import { EmulatorPromptCache } from './prompt-cache';
import { VideoNotifier } from './video-notifications';
import { FILE_PATH, FileStore } from './files';
import { type FormPart, parseMultipart } from './multipart';

const HOST = '127.0.0.1';

type DefaultReply = (body: unknown, ids: EmulatorIds, traffic: ResolvedTraffic) => ScriptedReply;

const ROUTES: Record<string, DefaultReply> = {
  '/api/v1/chat/completions': defaultChatReply,
  '/api/v1/images': defaultImageReply,
  '/api/v1/embeddings': defaultEmbeddingReply,
  '/api/v1/audio/speech': defaultSpeechReply,
  '/api/v1/audio/transcriptions': defaultTranscriptionReply,
  '/api/v1/rerank': defaultRerankReply,
};

/** GET /videos/{jobId} and GET /videos/{jobId}/content. */
const VIDEO_JOB_PATH = /^\/api\/v1\/videos\/([^/]+)(\/content)?$/;

/** Starts an HTTP server on 127.0.0.1 that speaks OpenRouter's chat, image and embedding API. */
export async function startOpenRouterEmulator(options: OpenRouterEmulatorOptions = {}): Promise<OpenRouterEmulator> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedReply[] = [];
  const ids = new EmulatorIds();
  const sockets = new Set<Socket>();
  const closing = new AbortController();
  // Every trickling stream waits on this one signal: hundreds of concurrent streams are normal.
  setMaxListeners(0, closing.signal);
  const unavailableModels: ReadonlySet<string> = new Set(options.unavailableModels ?? []);
  const context = { keepAliveComments: options.keepAliveComments ?? true, signal: closing.signal };
  const catalogue = new ModelCatalogue(options.knownModels, options.acceptAnyModel);
  const traffic = resolveTraffic({ ...(options.keepAliveComments === false ? { keepAliveEvery: 0 } : {}), ...options.traffic });

  const cache = new EmulatorResponseCache(options.now ?? Date.now);
  const generations = new GenerationLog();
  const chatMemory = { sessions: new EmulatorSessions(), promptCache: new EmulatorPromptCache() };
  /** Look-ups answer GET requests; scripted replies go first, as for the other routes. */
  const LOOKUPS: Record<string, (query: URLSearchParams) => ScriptedReply> = {
    '/api/v1/generation': (query) => generations.reply(query.get('id')),
    '/api/v1/models': modelsReply,
    '/api/v1/key': () => keyReply(generations.totalCost()),
    '/api/v1/credits': () => creditsReply(generations.totalCost()),
  };

  const notifier = new VideoNotifier(options.videoCallbackTargets);
  const videoJobs = new VideoJobs(options.videoPollsUntilComplete ?? 1, notifier);
  const submitVideo: DefaultReply = (body, jobIds) => videoJobs.submit(jobIds, body);

  const files = new FileStore();

  function chooseReply(req: IncomingMessage, url: URL, body: unknown, rawBody: string, form: FormPart[] | undefined): ScriptedReply {
    const { pathname } = url;
    if (options.apiKey !== undefined) {
      const authorization = req.headers.authorization;
      if (authorization === undefined) return jsonError(401, 'Missing Authentication header');
      if (authorization !== `Bearer ${options.apiKey}`) return jsonError(401, 'User not found.');
    }
    const lookup = req.method === 'GET' ? LOOKUPS[pathname] : undefined;
    if (lookup) return queue.shift() ?? lookup(url.searchParams);
    const endpoints = req.method === 'GET' ? MODEL_ENDPOINTS_PATH.exec(pathname) : null;
    if (endpoints) return queue.shift() ?? modelEndpointsReply(decodeURIComponent(endpoints[1]), decodeURIComponent(endpoints[2]));
    const job = req.method === 'GET' ? VIDEO_JOB_PATH.exec(pathname) : null;
    if (job) {
      const jobId = decodeURIComponent(job[1]);
      return queue.shift() ?? (job[2] ? videoJobs.content(jobId, Number(url.searchParams.get('index') ?? 0)) : videoJobs.status(jobId));
    }
    if (req.method === 'POST' && pathname === '/api/v1/files') return queue.shift() ?? files.upload(form);
    const file = req.method === 'GET' || req.method === 'DELETE' ? FILE_PATH.exec(pathname) : null;
    if (file) return queue.shift() ?? files.file(req.method ?? 'GET', decodeURIComponent(file[1]), file[2] !== undefined);
    const route = req.method === 'POST' ? (ROUTES[pathname] ?? (pathname === '/api/v1/videos' ? submitVideo : undefined)) : undefined;
    if (route === undefined) return jsonError(404, `Resource not found: ${req.method} ${pathname}`);
    if (body === undefined) return jsonError(400, 'Invalid request: the body must be JSON');
    const cached = cache.decide(req.headers, pathname, rawBody, () => ids.nextGenerationId());
    if (cached?.kind === 'hit' || cached?.kind === 'invalid') return cached.reply;
    const reply = freshReply(route, body);
    return cached ? cache.remember(cached, reply) : reply;
  }

  function freshReply(route: DefaultReply, body: unknown): ScriptedReply {
    const scripted = queue.shift();
    if (scripted) return scripted;
    const rejection = typeof body === 'object' && body !== null ? catalogue.rejection((body as { model?: unknown }).model) : undefined;
    if (rejection) return rejection;
    const unknownFile = route === defaultChatReply ? files.unknownFileIn(body) : undefined;
    if (unknownFile) return unknownFile;
    if (route !== defaultChatReply || typeof body !== 'object' || body === null) return route(body, ids, traffic);
    const routed = routeChatRequest(body as Record<string, unknown>, unavailableModels);
    if ('error' in routed) return routed.error;
    return withServerTools(defaultChatReply(routed.body, ids, traffic, chatMemory), routed.body, () => ids.nextServerToolCallId());
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req);
    if (bytes === undefined) return; // the client went away mid-request
    const rawBody = bytes.toString('utf8');
    const target = req.url ?? '/';
    const url = new URL(target, `http://${HOST}`);
    const body = parseJson(rawBody);
    const form = parseMultipart(req.headers['content-type'], bytes);
    let reply = chooseReply(req, url, body, rawBody, form);
    if (String(req.headers['x-openrouter-metadata'] ?? '').toLowerCase() === 'enabled') reply = withRouterMetadata(reply, body);
    generations.record(url.pathname, reply, (id) => cache.sourceOf(id));
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: target,
      headers: recordedHeaders(req),
      body,
      rawBody,
      reply: describeReply(reply),
    };
    if (form) record.form = form.map(({ data, ...part }) => ({ ...part, data: new Uint8Array(data) }));
    const originalURL = req.headers[ORIGINAL_URL_HEADER];
    if (typeof originalURL === 'string') record.originalURL = originalURL;
    requests.push(record);
    await sendReply(req, res, reply, record.reply, context);
    videoJobs.notifySubmitted();
  }

  const server = createServer((req, res) => {
    req.on('error', ignore);
    res.on('error', ignore);
    handle(req, res).catch((error: unknown) => failRequest(res, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('error', ignore);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${HOST}:${port}`;
  let closed: Promise<void> | undefined;

  return {
    baseURL: `${origin}/api/v1`,
    requests,
    videoNotifications: notifier.sent,
    lastRequest() {
      const last = requests[requests.length - 1];
      if (last === undefined) throw new Error('The OpenRouter emulator has not received any request yet.');
      return last;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    reset() {
      requests.length = 0;
      queue.length = 0;
      ids.reset();
      cache.clear();
      generations.clear();
      videoJobs.reset();
      chatMemory.sessions.clear();
      chatMemory.promptCache.clear();
      files.reset();
    },
    fetch: createRewritingFetch(origin),
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => void notifier.settled().then(() => resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}

function jsonError(status: number, message: string): ScriptedReply {
  return { type: 'json', status, body: errorEnvelope(status, message) };
}

/** The whole body, or undefined when the client aborted while sending it. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) chunks.push(chunk as Buffer);
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function recordedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === ORIGINAL_URL_HEADER || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** A bug in the emulator answers 500 (or drops the connection) instead of crashing the test run. */
function failRequest(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(500, { 'content-type': 'application/json' });
  res.end(JSON.stringify(errorEnvelope(500, `OpenRouter emulator error: ${message}`)));
}

function ignore(): void {}
