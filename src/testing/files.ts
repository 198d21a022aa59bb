import type { OpenRouterFileDeleted, OpenRouterFileObject } from '../core/wire/files-wire';
import { EMULATOR_CREATED, errorEnvelope } from './builders';
import type { FormPart } from './multipart';
import { isObject } from './request-text';
import type { JsonReply, ScriptedReply } from './types';

/** `/files/{id}` and `/files/{id}/content`. */
export const FILE_PATH = /^\/api\/v1\/files\/([^/]+)(\/content)?$/;

/** OpenRouter's limit for one upload (openapi.yaml, POST /files). */
const MAX_FILE_SIZE = 100 * 1024 * 1024;

const OOXML = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

/**
 * OpenRouter's file store (`/files`, in beta on OpenRouter's side): uploads are typed from their
 * content as OpenRouter does (PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG, UTF-8 text),
 * and answered in OpenRouter's own shape. Uploaded files are not downloadable, as on OpenRouter:
 * their content is a 400 (scripted replies can stand in for a server-created file).
 */
export class FileStore {
  private readonly files = new Map<string, OpenRouterFileObject>();
  private uploaded = 0;

  upload(form: FormPart[] | undefined): JsonReply {
    const file = form?.find((part) => part.name === 'file');
    if (file === undefined) return error(400, 'Invalid request: a multipart/form-data body with a "file" part is required');
    if (file.data.length === 0) return error(400, 'The file is empty');
    if (file.data.length > MAX_FILE_SIZE) return error(413, 'Request payload too large');
    const mimeType = detectType(file.data, file.contentType);
    if (mimeType === undefined) return error(400, 'Unsupported file type: upload a PDF, an image, an Office document, audio or UTF-8 text');
    this.uploaded += 1;
    const stored: OpenRouterFileObject = {
      _shape: 'openrouter',
      id: `or_file_emulator${String(this.uploaded).padStart(4, '0')}`,
      type: 'file',
      filename: file.filename ?? 'blob',
      mime_type: mimeType,
      size_bytes: file.data.length,
      created_at: new Date(EMULATOR_CREATED * 1000).toISOString(),
      downloadable: false,
    };
    this.files.set(stored.id, stored);
    return { type: 'json', body: stored };
  }

  /** GET, DELETE on `/files/{id}`, and GET `/files/{id}/content`. */
  file(method: string, fileId: string, content: boolean): ScriptedReply {
    const file = this.files.get(fileId);
    if (method === 'GET' && content) {
      return file === undefined ? notFound(fileId) : error(400, `File ${fileId} is not downloadable: only files created server-side can be downloaded`);
    }
    if (file === undefined) return notFound(fileId);
    if (method === 'GET') return { type: 'json', body: file };
    this.files.delete(fileId);
    const deleted: OpenRouterFileDeleted = { _shape: 'openrouter', id: fileId, type: 'file_deleted' };
    return { type: 'json', body: deleted };
  }

  /**
   * A chat request that refers to an OpenRouter file id (`or_file_...`) this store does not hold
   * (never uploaded, or deleted) is OpenRouter's 404. Other ids name a provider's own storage
   * (BYOK), which the emulator cannot see: they pass.
   */
  unknownFileIn(body: unknown): JsonReply | undefined {
    const messages = isObject(body) && Array.isArray(body.messages) ? body.messages : [];
    for (const message of messages) {
      const content = isObject(message) && Array.isArray(message.content) ? message.content : [];
      for (const part of content) {
        const fileId = isObject(part) && part.type === 'file' && isObject(part.file) ? part.file.file_id : undefined;
        if (typeof fileId === 'string' && fileId.startsWith('or_file_') && !this.files.has(fileId)) return notFound(fileId);
      }
    }
    return undefined;
  }

  reset(): void {
    this.files.clear();
    this.uploaded = 0;
  }
}

/** The type from the bytes, never from the name; Office files (zip) keep the declared type when it is one. */
function detectType(data: Buffer, declared: string | undefined): string | undefined {
  const starts = (text: string, offset = 0) => data.subarray(offset, offset + text.length).toString('latin1') === text;
  if (starts('%PDF-')) return 'application/pdf';
  if (starts('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (starts('GIF87a') || starts('GIF89a')) return 'image/gif';
  if (starts('RIFF') && starts('WEBP', 8)) return 'image/webp';
  if (starts('RIFF') && starts('WAVE', 8)) return 'audio/wav';
  if (starts('ID3') || (data[0] === 0xff && (data[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (starts('fLaC')) return 'audio/flac';
  if (starts('OggS')) return 'audio/ogg';
  if (starts('PK\x03\x04')) return declared !== undefined && OOXML.has(declared) ? declared : undefined;
  const text = utf8(data);
  if (text === undefined) return undefined;
  try {
    JSON.parse(text);
    return 'application/json';
  } catch {
    return 'text/plain';
  }
}

function utf8(data: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

function notFound(fileId: string): JsonReply {
  return error(404, `File ${fileId} not found`);
}

function error(status: number, message: string): JsonReply {
  return { type: 'json', status, body: errorEnvelope(status, message) };
}
