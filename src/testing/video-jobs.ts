import type { VideoGenerationResponse } from '../core/wire/video';
import { errorEnvelope } from './builders';
import type { EmulatorIds } from './ids';
import { encodeSampleMp4 } from './mp4-sample';
import type { JsonReply, RawReply, ScriptedReply } from './types';

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

/**
 * OpenRouter's asynchronous video API: a submitted job is `in_progress` until it has been
 * checked `pollsUntilComplete` times, then `completed`, and its content is a small real MP4.
 */
export class VideoJobs {
  private readonly jobs = new Map<string, Job>();
  private submitted = 0;
  private video: Buffer | undefined;

  constructor(private readonly pollsUntilComplete: number) {}

  submit(ids: EmulatorIds): JsonReply {
    this.submitted += 1;
    const job: Job = { id: `job-emulator-${this.submitted}`, generationId: ids.nextGenerationId(), statusChecks: 0 };
    this.jobs.set(job.id, job);
    return { type: 'json', status: 202, schemaCheck: true, body: videoJob({ id: job.id, generation_id: job.generationId }) };
  }

  status(jobId: string): JsonReply {
    const job = this.jobs.get(jobId);
    if (job === undefined) return notFound(jobId);
    job.statusChecks += 1;
    if (job.statusChecks < this.pollsUntilComplete) {
      return { type: 'json', body: videoJob({ id: job.id, status: 'in_progress', generation_id: job.generationId }) };
    }
    return {
      type: 'json',
      body: videoJob({
        id: job.id,
        status: 'completed',
        generation_id: job.generationId,
        unsigned_urls: [`https://storage.emulator.invalid/videos/${job.id}.mp4`],
        usage: { cost: COST_PER_VIDEO, is_byok: false },
      }),
    };
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
  }
}

function notFound(jobId: string): JsonReply {
  return { type: 'json', status: 404, body: errorEnvelope(404, `Video job ${jobId} not found`) };
}
