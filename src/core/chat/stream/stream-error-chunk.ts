import { isErrorEnvelope } from '../../http/errors';

/**
 * Whether a chunk names the response (id or model). Every data chunk does, and so does a real
 * mid-stream error chunk; an error envelope sent bare in place of a chunk does not, and then it
 * says nothing about the response.
 */
export function namesResponse(chunk: Record<string, unknown>): boolean {
  if (!isErrorEnvelope(chunk)) return true;
  const { id, model } = chunk as { id?: unknown; model?: unknown };
  return typeof id === 'string' || typeof model === 'string';
}
