import { APICallError } from '@ai-sdk/provider';
import type { ProviderMetadata } from '../model-io/result-types';
import { toFlatUsageMetadata } from '../usage';
import type { JobReply, VideoJob } from './video-job-api';

export type JobState = 'running' | 'completed' | 'failed';

/** `pending` and `in_progress` run on; `failed`, `cancelled` and `expired` end without a video. */
export function jobState(job: VideoJob): JobState {
  if (job.status === 'completed') return 'completed';
  if (job.status === 'failed' || job.status === 'cancelled' || job.status === 'expired') return 'failed';
  return 'running';
}

/** A job that ended without a video: OpenRouter's reason, never retried (a retry would pay for a new job). */
export function failedJobError({ job, url, headers }: JobReply): APICallError {
  const reason = typeof job.error === 'string' && job.error.trim() !== '' ? job.error : 'OpenRouter gave no reason';
  return new APICallError({
    message: `OpenRouter video job ${job.id} ${job.status}: ${reason}`,
    url,
    requestBodyValues: undefined,
    statusCode: 200,
    responseHeaders: headers,
    responseBody: JSON.stringify(job),
    isRetryable: false,
    data: job,
  });
}

/** Once a job was accepted, a failure must not make the AI SDK submit (and pay for) it again. */
export function finalError(error: unknown): unknown {
  if (!APICallError.isInstance(error) || !error.isRetryable) return error;
  return new APICallError({
    message: error.message,
    url: error.url,
    requestBodyValues: error.requestBodyValues,
    statusCode: error.statusCode,
    responseHeaders: error.responseHeaders,
    responseBody: error.responseBody,
    isRetryable: false,
    cause: error,
    data: error.data,
  });
}

/** `providerMetadata.openrouter` of a video: the job, its generation id and cost. */
export function jobMetadata(job: VideoJob): ProviderMetadata {
  const openrouter: Record<string, unknown> = { jobId: job.id };
  if (typeof job.generation_id === 'string') openrouter.generationId = job.generation_id;
  const usage = toFlatUsageMetadata(job.usage);
  if (usage) openrouter.usage = usage;
  return { openrouter } as ProviderMetadata;
}
