import { getFromApi, postJsonToApi } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { binaryReplyHandler } from '../http/binary-reply-handler';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { withCallHeaders } from '../http/request-headers';
import { replyError } from '../http/reply-body';
import { isUsableJobId, narrowVideoGenerationResponse, type VideoGenerationResponse } from '../wire/video';

export { isUsableJobId };

/** A job as POST /videos and GET /videos/{jobId} describe it (narrowed: a non-empty id and a status). */
export type VideoJob = VideoGenerationResponse;

export interface JobReply {
  job: VideoJob;
  url: string;
  headers: Record<string, string> | undefined;
}

export interface RequestContext {
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

/** A job reply through the door; its id goes into later paths, so one that names no single job is refused. */
const jobReplyHandler = jsonReply(narrowVideoGenerationResponse, (job, reply) => {
  if (!isUsableJobId(job.id)) throw replyError(reply, `OpenRouter described a video job without a usable id: ${reply.responseBody.slice(0, 200)}`);
});

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
    return { job: value, url, headers: responseHeaders };
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
    return { job: { ...value, id: jobId }, url, headers: responseHeaders };
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
