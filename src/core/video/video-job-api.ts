import { APICallError } from '@ai-sdk/provider';
import { getFromApi, postJsonToApi } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { binaryReplyHandler } from '../http/binary-reply-handler';
import { openRouterFailedResponseHandler } from '../http/errors';
import { objectReplyHandler } from '../http/object-reply-handler';
import { withCallHeaders } from '../http/request-headers';

/** A job as POST /videos and GET /videos/{jobId} describe it. */
export interface VideoJob {
  id: string;
  status: string;
  error?: unknown;
  generation_id?: unknown;
  unsigned_urls?: unknown;
  usage?: unknown;
  [field: string]: unknown;
}

export interface JobReply {
  job: VideoJob;
  url: string;
  headers: Record<string, string> | undefined;
}

export interface RequestContext {
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

const jobReplyHandler = objectReplyHandler('status', 'string');

/** The three calls of OpenRouter's asynchronous video API. */
export class VideoJobApi {
  constructor(private readonly config: OpenClawRouterConfig) {}

  async submit(body: Record<string, unknown>, context: RequestContext): Promise<JobReply> {
    const url = `${this.config.baseURL}/videos`;
    const { value, responseHeaders } = await postJsonToApi({
      url,
      headers: withCallHeaders(this.config.headers(), context.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: jobReplyHandler,
      abortSignal: context.abortSignal,
      fetch: this.config.fetch,
    });
    return { job: checkedJob(value, url, body, responseHeaders), url, headers: responseHeaders };
  }

  /** The job as OpenRouter reports it, always under the id that was asked about: a reply cannot redirect later calls to another job. */
  async status(jobId: string, context: RequestContext): Promise<JobReply> {
    const url = `${this.config.baseURL}/videos/${encodeURIComponent(jobId)}`;
    const { value, responseHeaders } = await getFromApi({
      url,
      headers: withCallHeaders(this.config.headers(), context.headers),
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: jobReplyHandler,
      abortSignal: context.abortSignal,
      fetch: this.config.fetch,
    });
    return { job: { ...checkedJob(value, url, undefined, responseHeaders), id: jobId }, url, headers: responseHeaders };
  }

  /** The finished video number `index`, as bytes with OpenRouter's media type (video/mp4 when it names none). */
  async content(jobId: string, index: number, context: RequestContext) {
    const { value, responseHeaders } = await getFromApi({
      url: `${this.config.baseURL}/videos/${encodeURIComponent(jobId)}/content?index=${index}`,
      headers: withCallHeaders(this.config.headers(), context.headers),
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: binaryReplyHandler,
      abortSignal: context.abortSignal,
      fetch: this.config.fetch,
    });
    const mediaType = value.contentType?.split(';')[0].trim() || 'video/mp4';
    return { data: value.bytes, mediaType: mediaType === 'application/octet-stream' ? 'video/mp4' : mediaType, headers: responseHeaders };
  }
}

function checkedJob(value: Record<string, any>, url: string, requestBodyValues: unknown, headers: Record<string, string> | undefined): VideoJob {
  if (!isUsableJobId(value.id)) {
    throw new APICallError({
      message: `OpenRouter described a video job without a usable id: ${JSON.stringify(value).slice(0, 200)}`,
      url,
      requestBodyValues,
      statusCode: 200,
      responseHeaders: headers,
      responseBody: JSON.stringify(value),
      isRetryable: false,
      data: value,
    });
  }
  return value as VideoJob;
}

/** A job id that names one job in `/videos/{jobId}`: `.` and `..` would name the collection or its parent. */
export function isUsableJobId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id !== '.' && id !== '..';
}
