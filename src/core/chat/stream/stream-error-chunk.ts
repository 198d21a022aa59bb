import { isErrorEnvelope } from '../../wire/error-envelope';
import type { ChatStreamChunk } from '../../wire/chat-reply';

/**
 * Whether a chunk names the response (id or model). Every data chunk does, and so does a real
 * mid-stream error chunk; an error envelope sent bare in place of a chunk does not, and then it
 * says nothing about the response.
 */
export function namesResponse(chunk: ChatStreamChunk): boolean {
  if (!isErrorEnvelope(chunk)) return true;
  return chunk.id != null || chunk.model != null;
}
