import { optionalArrayField, optionalStringField, record, stringField, WireShapeError } from './narrow';

// POST /videos and GET /videos/{jobId} replies (openapi.yaml: VideoGenerationResponse).

/** A job as POST /videos and GET /videos/{jobId} describe it. */
export interface VideoGenerationResponse {
  /** Non-empty (checked). */
  id: string;
  /** `pending`, `in_progress`, `completed`, `failed`, `cancelled`, `expired`; another value counts as running. */
  status: string;
  /** Why a job failed; read only when it is a string. */
  error?: unknown;
  generation_id?: string | null;
  unsigned_urls?: readonly unknown[] | null;
  usage?: unknown;
  polling_url?: unknown;
  [key: string]: unknown;
}

export function narrowVideoGenerationResponse(value: unknown): VideoGenerationResponse {
  const job = record(value, '');
  const id = stringField(job, 'id', '');
  if (id === '') throw new WireShapeError('id', 'a non-empty job id', id);
  stringField(job, 'status', '');
  optionalStringField(job, 'generation_id', '');
  optionalArrayField(job, 'unsigned_urls', '');
  return job as VideoGenerationResponse;
}
