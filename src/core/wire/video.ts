import { optionalArrayField, optionalStringField, record, stringField } from './narrow';

// POST /videos and GET /videos/{jobId} replies (openapi.yaml: VideoGenerationResponse).

/** A job as POST /videos and GET /videos/{jobId} describe it. */
export interface VideoGenerationResponse {
  /** Usable in a path (checked by the job API: not empty, `.` or `..`). */
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

/** A job id that names one job in `/videos/{jobId}`: empty, `.` and `..` would name the collection or its parent. */
export function isUsableJobId(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id !== '.' && id !== '..';
}

/** Narrows a job reply; whether its id is usable in a path is the caller's check (`isUsableJobId`). */
export function narrowVideoGenerationResponse(value: unknown): VideoGenerationResponse {
  const job = record(value, '');
  stringField(job, 'id', '');
  stringField(job, 'status', '');
  optionalStringField(job, 'generation_id', '');
  optionalArrayField(job, 'unsigned_urls', '');
  return job as VideoGenerationResponse;
}
