/**
 * A recording `fetch` for createOpenClawRouter: the provider's own request and response code runs
 * unchanged, and every exchange (request, status, headers, body) is kept in memory under the
 * scenario that made it. Bodies are read from a clone, so streaming is not held up. Nothing is
 * redacted here: writing a fixture (fixtures.ts) redacts.
 */

/** A reply body larger than this is not kept (the largest real ones, images in one SSE line, are ~2 MB). */
export const MAX_RECORDED_BODY_BYTES = 16 * 1024 * 1024;

export interface Exchange {
  scenario: string;
  model: string;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  /** The JSON (or other text) body sent; undefined for none or for binary bodies. */
  requestBody: string | undefined;
  status: number;
  responseHeaders: Record<string, string>;
  contentType: string;
  /** The reply text for JSON and SSE replies; undefined for binary replies and ones over the size limit. */
  body: string | undefined;
  /** Why `body` is missing, when it is. */
  bodyOmitted?: string;
  bytes: number;
}

type Fetch = typeof globalThis.fetch;

export class Recorder {
  readonly exchanges: Exchange[] = [];
  private readonly pending = new Set<Promise<void>>();
  private scenario = '';
  private model = '';
  /** Where the current scenario's exchanges start. */
  private start = 0;

  constructor(private readonly inner: Fetch) {}

  /** Exchanges from now on belong to this scenario and model. */
  begin(scenario: string, model: string): void {
    this.scenario = scenario;
    this.model = model;
    this.start = this.exchanges.length;
  }

  /** Waits until every reply body read so far is complete; returns the current scenario's exchanges. */
  async settled(): Promise<Exchange[]> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    return this.exchanges.slice(this.start);
  }

  readonly fetch: Fetch = async (input, init) => {
    const request = new Request(input, init);
    const requestBody = await textOf(request.clone());
    const response = await this.inner(request);
    const exchange: Exchange = {
      scenario: this.scenario,
      model: this.model,
      method: request.method,
      url: request.url,
      requestHeaders: Object.fromEntries(request.headers),
      requestBody,
      status: response.status,
      responseHeaders: Object.fromEntries(response.headers),
      contentType: response.headers.get('content-type') ?? '',
      body: undefined,
      bytes: 0,
    };
    this.exchanges.push(exchange);
    const reading = readReply(response.clone(), exchange).finally(() => this.pending.delete(reading));
    this.pending.add(reading);
    return response;
  };
}

const isText = (contentType: string) => /json|event-stream|^text\//i.test(contentType);

async function textOf(request: Request): Promise<string | undefined> {
  if (request.body === null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!isText(type)) return undefined;
  return request.text();
}

/** Reads the clone to its end (bounded), whatever the provider does with the original. */
async function readReply(response: Response, exchange: Exchange): Promise<void> {
  const keep = isText(exchange.contentType);
  if (response.body === null) {
    exchange.body = keep ? '' : undefined;
    return;
  }
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      exchange.bytes += value.byteLength;
      if (exchange.bytes > MAX_RECORDED_BODY_BYTES) {
        exchange.bodyOmitted = `larger than ${MAX_RECORDED_BODY_BYTES} bytes`;
        await reader.cancel();
        return;
      }
      if (keep) parts.push(value);
    }
  } catch (error) {
    exchange.bodyOmitted = `the reply broke off: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  if (keep) exchange.body = Buffer.concat(parts).toString('utf8');
  else exchange.bodyOmitted = `binary reply (${exchange.contentType || 'no content type'})`;
}
