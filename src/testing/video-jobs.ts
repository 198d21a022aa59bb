import type { VideoGenerationResponse } from '../core/wire/video';
import { errorEnvelope } from './builders';
import type { EmulatorIds } from './ids';
import { encodeSampleMp4 } from './mp4-sample';
import type { JsonReply, RawReply, ScriptedReply } from './types';
import type { VideoNotifier } from './video-notifications';

const COST_PER_VIDEO = 0.5;

export interface VideoJobInput {
  id?: string;
  /** Default 'pending'. */
  status?: 'pending' | 'in_progress' | 'completed' | 'failed' | 'cancelled' | 'expired';
  /** The reason of a failed job. */
  error?: string;
  generation_id?: string;
  unsigned_urls?: string[];
  usage?: { cost?: number | null; is_byok?: boolean };
}

/** A VideoGenerationResponse (the reply of POST /videos and GET /videos/{jobId}) for scripted replies. */
export function videoJob(input: VideoJobInput = {}): VideoGenerationResponse {
  const { id = 'job-emulator-1', status = 'pending', ...rest } = input;
  return { id, polling_url: `/api/v1/videos/${id}`, status, ...rest };
}

interface Job {
  id: string;
  generationId: string;
  statusChecks: number;
}

/** What a notification says of a finished job: its id, status and where the video is (receivers must read the job from the API anyway). */
function finishedJob(job: Job): Record<string, unknown> {
  return videoJob({
    id: job.id,
    status: 'completed',
    generation_id: job.generationId,
    unsigned_urls: [`https://storage.emulator.invalid/videos/${job.id}.mp4`],
    usage: { cost: COST_PER_VIDEO, is_byok: false },
  });
}

/**
 * OpenRouter's asynchronous video API: a submitted job is `in_progress` until it has been
 * checked `pollsUntilComplete` times, then `completed`, and its content is a small real MP4.
 * A job submitted with a `callback_url` is notified once its submission has been answered; its
 * status still counts checks, so `pollsUntilComplete` above 1 shows a notification that arrives
 * before OpenRouter reports the job completed.
 */
export class VideoJobs {
  private readonly jobs = new Map<string, Job>();
  private submitted = 0;
  private video: Buffer | undefined;

  /** Jobs submitted with a callback URL whose submission reply has not gone out yet. */
  private readonly toNotify: Array<{ job: Job; callbackUrl: string }> = [];

  constructor(
    private readonly pollsUntilComplete: number,
    private readonly notifier: VideoNotifier,
  ) {}

  submit(ids: EmulatorIds, body: unknown): JsonReply {
    this.submitted += 1;
    const job: Job = { id: `job-emulator-${this.submitted}`, generationId: ids.nextGenerationId(), statusChecks: 0 };
    this.jobs.set(job.id, job);
    const callbackUrl = typeof body === 'object' && body !== null ? (body as { callback_url?: unknown }).callback_url : undefined;
    if (typeof callbackUrl === 'string') this.toNotify.push({ job, callbackUrl });
    return { type: 'json', status: 202, schemaCheck: true, body: videoJob({ id: job.id, generation_id: job.generationId }) };
  }

  status(jobId: string): JsonReply {
    const job = this.jobs.get(jobId);
    if (job === undefined) return notFound(jobId);
    job.statusChecks += 1;
    if (job.statusChecks < this.pollsUntilComplete) {
      return { type: 'json', body: videoJob({ id: job.id, status: 'in_progress', generation_id: job.generationId }) };
    }
    return { type: 'json', body: finishedJob(job) };
  }

  /** Sends the notifications of jobs whose submission has now been answered. */
  notifySubmitted(): void {
    for (const { job, callbackUrl } of this.toNotify.splice(0)) this.notifier.notify(callbackUrl, finishedJob(job));
  }

  content(jobId: string, index: number): ScriptedReply {
    const job = this.jobs.get(jobId);
    if (job === undefined) return notFound(jobId);
    if (job.statusChecks < this.pollsUntilComplete) {
      return { type: 'json', status: 400, body: errorEnvelope(400, `Video job ${jobId} has not completed yet`) };
    }
    if (index !== 0) return { type: 'json', status: 404, body: errorEnvelope(404, `Video job ${jobId} has no video ${index}`) };
    this.video ??= encodeSampleMp4();
    const reply: RawReply = { type: 'raw', contentType: 'video/mp4', body: this.video };
    return reply;
  }

  reset(): void {
    this.jobs.clear();
    this.submitted = 0;
    this.toNotify.length = 0;
    this.notifier.reset();
  }
}

function notFound(jobId: string): JsonReply {
  return { type: 'json', status: 404, body: errorEnvelope(404, `Video job ${jobId} not found`) };
}
