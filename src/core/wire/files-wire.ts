import { checkNonEmptyString, checkOptional, objectAt } from './field-checks';
import { WireShapeError } from './narrow';

/**
 * OpenRouter's `/files` replies as its OpenAPI file gives them (FileResponse, FileDeleteResponse).
 * The endpoint is hidden there (`x-hidden`): in beta on OpenRouter's side. A file comes in one of
 * three shapes, told apart by `_shape`: OpenRouter's own (Anthropic's plus `downloadable`), and
 * Anthropic's and OpenAI's.
 */

/** `_shape: 'openrouter'` (the default) and `'anthropic'`. */
export interface OpenRouterFileObject {
  _shape?: 'openrouter' | 'anthropic';
  id: string;
  type?: 'file';
  filename?: string;
  /** The type OpenRouter detected from the content, e.g. `application/pdf`. */
  mime_type?: string;
  size_bytes?: number;
  /** ISO 8601. */
  created_at?: string;
  /** Only files created server-side can be downloaded. */
  downloadable?: boolean;
  [field: string]: unknown;
}

/** `_shape: 'openai'`. */
export interface OpenAIShapedFileObject {
  _shape: 'openai';
  id: string;
  object?: 'file';
  filename?: string;
  bytes?: number;
  /** Unix seconds. */
  created_at?: number;
  purpose?: string;
  status?: string;
  [field: string]: unknown;
}

export type OpenRouterFile = OpenRouterFileObject | OpenAIShapedFileObject;

/** `{ id, type: 'file_deleted' }`, or OpenAI's `{ id, object: 'file', deleted: true }`. */
export interface OpenRouterFileDeleted {
  _shape?: 'openrouter' | 'anthropic' | 'openai';
  id: string;
  type?: 'file_deleted';
  deleted?: boolean;
  [field: string]: unknown;
}

/** A file reply: an id, and the metadata fields typed as the shape says when present. */
export function narrowFile(value: unknown): OpenRouterFile {
  const file = objectAt(value, '');
  checkNonEmptyString(file, 'id', '');
  checkOptional(file, 'filename', 'string', '');
  if (file._shape === 'openai') {
    checkOptional(file, 'bytes', 'number', '');
    checkOptional(file, 'created_at', 'number', '');
    return file as OpenAIShapedFileObject;
  }
  checkOptional(file, 'mime_type', 'string', '');
  checkOptional(file, 'size_bytes', 'number', '');
  checkOptional(file, 'created_at', 'string', '');
  checkOptional(file, 'downloadable', 'boolean', '');
  return file as OpenRouterFileObject;
}

/** A delete reply: the id, and either `type: 'file_deleted'` or `deleted: true|false`. */
export function narrowFileDeleted(value: unknown): OpenRouterFileDeleted {
  const deleted = objectAt(value, '');
  checkNonEmptyString(deleted, 'id', '');
  if (deleted.type !== 'file_deleted' && typeof deleted.deleted !== 'boolean') {
    throw new WireShapeError('deleted', 'a boolean, or type "file_deleted"', deleted.deleted);
  }
  return deleted as OpenRouterFileDeleted;
}
