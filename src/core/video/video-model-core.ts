import { APICallError } from '@ai-sdk/provider';
import type { OpenClawRouterConfig } from '../config';
import type { ProviderOptions } from '../model-io/call-types';
import type { CoreWarning, ProviderMetadata } from '../model-io/result-types';
import { requiredModelId } from '../required-model-id';
import { abortableDelay } from '../util/abortable-delay';
import { buildVideoRequest, type VideoCallFields } from './build-video-request';
import { checkedWebhookUrl } from './callback-url';
import { isUsableJobId, VideoJobApi, type JobReply, type RequestContext } from './video-job-api';
import { failedJobError, finalError, jobMetadata, jobState } from './video-job-outcome';
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_TIMEOUT_MS, parseVideoOptions, type OpenClawRouterVideoSettings } from './video-options';

export interface VideoCallOptions extends VideoCallFields {
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface GeneratedVideo {
  data: Uint8Array;
  mediaType: string;
}

export interface VideoResponseInfo {
  timestamp: Date;
  modelId: string;
  headers: Record<string, string> | undefined;
}

export interface VideoResult {
  videos: GeneratedVideo[];
  warnings: CoreWarning[];
  providerMetadata: ProviderMetadata;
  response: VideoResponseInfo;
}

/**
 * The job `status` asks about, as JSON. A job started with a webhook carries how long to keep
 * reading its status after the notification, should OpenRouter still report it running then.
 */
export type VideoOperation = {
  jobId: string;
  afterNotification?: { intervalMs: number; timeoutMs: number };
};

/** What `start` hands back: the job to ask about later, as JSON. */
export interface VideoJobStart {
  operation: VideoOperation;
  warnings: CoreWarning[];
  providerMetadata: ProviderMetadata;
  response: VideoResponseInfo;
}

export type VideoJobStatus = { status: 'pending'; providerMetadata: ProviderMetadata; response: VideoResponseInfo } | ({ status: 'completed' } & VideoResult);

/** Consecutive failed status checks tolerated (when retryable) before the job is given up. */
const MAX_STATUS_FAILURES = 3;

/**
 * Video generation over OpenRouter's asynchronous API, for the V3 and V4 specs: POST /videos
 * submits a job, GET /videos/{jobId} reports its state, GET /videos/{jobId}/content is the video.
 * `generate` does all three, polling every `pollIntervalMs` until `pollTimeoutMs`; `start` and
 * `status` let the AI SDK poll instead.
 */
export class VideoModelCore {
  readonly provider = 'openrouter.video';
  /** One job makes one video; the AI SDK submits one job per video asked for. */
  readonly maxVideosPerCall = 1;
  private readonly api: VideoJobApi;

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterVideoSettings,
    config: OpenClawRouterConfig,
  ) {
    this.api = new VideoJobApi(config);
  }

  async generate(options: VideoCallOptions): Promise<VideoResult> {
    const callOptions = parseVideoOptions(options.providerOptions?.openrouter, 'providerOptions.openrouter');
    const { body, warnings } = buildVideoRequest({ modelId: this.modelId, call: options, settings: this.settings, callOptions });
    const intervalMs = callOptions.pollIntervalMs ?? this.settings.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    const timeoutMs = callOptions.pollTimeoutMs ?? this.settings.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
    const context: RequestContext = { abortSignal: options.abortSignal, headers: options.headers };
    const submitted = await this.api.submit(body, context);
    try {
      const finished = await this.waitForJob(submitted, context, intervalMs, timeoutMs);
      return { ...(await this.download(finished, context)), warnings };
    } catch (error) {
      throw finalError(error);
    }
  }

  /**
   * The AI SDK's `webhook` option: its factory gives the URL OpenRouter is to notify (checked to be
   * HTTPS) and a promise of the notification. The notification only says the job changed: `status`
   * then reads the job and downloads the video from OpenRouter, whatever the notification said.
   */
  async handleWebhook<Received>(webhook: () => PromiseLike<{ url: string; received: Received }>): Promise<{ webhookUrl: string; received: Received }> {
    const { url, received } = await webhook();
    return { webhookUrl: checkedWebhookUrl(url), received };
  }

  async start(options: VideoCallOptions): Promise<VideoJobStart> {
    const callOptions = parseVideoOptions(options.providerOptions?.openrouter, 'providerOptions.openrouter');
    const webhookUrl = options.webhookUrl === undefined ? undefined : checkedWebhookUrl(options.webhookUrl);
    const { body, warnings } = buildVideoRequest({ modelId: this.modelId, call: { ...options, webhookUrl }, settings: this.settings, callOptions });
    if (webhookUrl === undefined) {
      for (const option of ['pollIntervalMs', 'pollTimeoutMs'] as const) {
        if (callOptions[option] !== undefined || this.settings[option] !== undefined) {
          warnings.push({ type: 'other', message: `${option} was not used: the AI SDK's poll option governs the polling of this call.` });
        }
      }
    }
    const timestamp = new Date();
    const { job, headers } = await this.api.submit(body, { abortSignal: options.abortSignal, headers: options.headers });
    const afterNotification = {
      intervalMs: callOptions.pollIntervalMs ?? this.settings.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      timeoutMs: callOptions.pollTimeoutMs ?? this.settings.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS,
    };
    return {
      operation: webhookUrl === undefined ? { jobId: job.id } : { jobId: job.id, afterNotification },
      warnings,
      providerMetadata: jobMetadata(job),
      response: { timestamp, modelId: this.modelId, headers },
    };
  }

  /**
   * The job's state from OpenRouter, and its video once completed. A job started with a webhook is
   * asked about once its notification came: should OpenRouter still report it running then, its
   * status is read again every `pollIntervalMs` until it ends or `pollTimeoutMs` passes.
   */
  async status(options: { operation: unknown; abortSignal?: AbortSignal; headers?: Record<string, string | undefined> }): Promise<VideoJobStatus> {
    const operation = options.operation as { jobId?: unknown; afterNotification?: { intervalMs?: unknown; timeoutMs?: unknown } } | null;
    const jobId = operation?.jobId;
    if (!isUsableJobId(jobId)) {
      throw new APICallError({
        message: `Not an OpenRouter video job: ${JSON.stringify(options.operation)}. Pass the operation that start returned.`,
        url: 'videos',
        requestBodyValues: undefined,
        isRetryable: false,
      });
    }
    const context: RequestContext = { abortSignal: options.abortSignal, headers: options.headers };
    const timestamp = new Date();
    let reply = await this.api.status(jobId, context);
    const wait = operation?.afterNotification;
    if (wait && jobState(reply.job) === 'running' && typeof wait.intervalMs === 'number' && typeof wait.timeoutMs === 'number') {
      reply = await this.waitForJob(reply, context, wait.intervalMs, wait.timeoutMs);
    }
    const state = jobState(reply.job);
    if (state === 'failed') throw failedJobError(reply);
    if (state === 'running') {
      return { status: 'pending', providerMetadata: jobMetadata(reply.job), response: { timestamp, modelId: this.modelId, headers: reply.headers } };
    }
    return { status: 'completed', ...(await this.download(reply, context)), warnings: [] };
  }

  /** Polls until the job completes; a failed job, the timeout or an abort ends the wait with an error. */
  private async waitForJob(submitted: JobReply, context: RequestContext, intervalMs: number, timeoutMs: number): Promise<JobReply> {
    const deadline = Date.now() + timeoutMs;
    let reply = submitted;
    let failures = 0;
    while (true) {
      const state = jobState(reply.job);
      if (state === 'completed') return reply;
      if (state === 'failed') throw failedJobError(reply);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw timeoutError(reply, timeoutMs);
      await abortableDelay(Math.min(intervalMs, remaining), context.abortSignal);
      try {
        reply = await this.api.status(submitted.job.id, context);
        failures = 0;
      } catch (error) {
        if (!APICallError.isInstance(error) || !error.isRetryable || ++failures >= MAX_STATUS_FAILURES) throw error;
      }
    }
  }

  /**
   * The videos the call asked for: one job makes maxVideosPerCall, however many URLs its reply
   * lists (each download is an authenticated request and up to MAX_MEDIA_REPLY_SIZE held).
   */
  private async download(finished: JobReply, context: RequestContext): Promise<Omit<VideoResult, 'warnings'>> {
    const urls = finished.job.unsigned_urls;
    const count = Math.min(this.maxVideosPerCall, Array.isArray(urls) && urls.length > 0 ? urls.length : 1);
    const videos: GeneratedVideo[] = [];
    let headers: Record<string, string> | undefined;
    for (let index = 0; index < count; index++) {
      const content = await this.api.content(finished.job.id, index, context);
      videos.push({ data: content.data, mediaType: content.mediaType });
      headers = content.headers;
    }
    return { videos, providerMetadata: jobMetadata(finished.job), response: { timestamp: new Date(), modelId: this.modelId, headers } };
  }
}

function timeoutError({ job, url, headers }: JobReply, timeoutMs: number): APICallError {
  return new APICallError({
    message: `OpenRouter video job ${job.id} did not finish within ${timeoutMs} ms (last status: ${job.status}). Raise providerOptions.openrouter.pollTimeoutMs to wait longer.`,
    url,
    requestBodyValues: undefined,
    responseHeaders: headers,
    responseBody: JSON.stringify(job),
    isRetryable: false,
    data: job,
  });
}

/** Video model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterVideoModelId = 'google/veo-3.1' | 'openai/sora-2' | (string & {});

/** `router.videoModel(id, settings?)`, checked before any request. */
export function createVideoModelCore(config: OpenClawRouterConfig, modelId: OpenClawRouterVideoModelId, settings?: OpenClawRouterVideoSettings): VideoModelCore {
  return new VideoModelCore(requiredModelId(modelId, 'videoModel', 'google/veo-3.1'), parseVideoOptions(settings, 'videoModel settings'), config);
}
