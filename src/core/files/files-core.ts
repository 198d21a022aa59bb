import { InvalidArgumentError } from '@ai-sdk/provider';
import { type FetchFunction, getFromApi, postFormDataToApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { withCallHeaders } from '../http/request-headers';
import { narrowFile, narrowFileDeleted } from '../wire/files-wire';
import { type FileContent, fileContentReplyHandler } from './file-content-handler';
import { type FileMetadata, fileMetadata } from './file-metadata';
import { defaultFilename, type UploadData, uploadBytes } from './upload-data';

export interface FileRequestOptions {
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface FileDownload {
  content: ReadableStream<Uint8Array>;
  /** The file's media type, when OpenRouter names one more precise than octet-stream. */
  mediaType: string | undefined;
}

// One handler per endpoint: a file (upload, metadata) or a deletion, narrowed to its wire shape.
const fileReply = jsonReply(narrowFile);
const deletedReply = jsonReply(narrowFileDeleted);

/**
 * OpenRouter's `/files` (in beta on OpenRouter's side): upload a file once, then refer to it by id
 * in chat requests (`{ type: 'file', file: { file_id } }`). Same connection as the models: base
 * URL, key, attribution headers, secret-free errors. Nothing here is retried: an upload sent twice
 * would store the file twice.
 */
export class FilesCore {
  constructor(private readonly config: OpenClawRouterConfig) {}

  /** POST /files, multipart with one `file` part. OpenRouter detects the type from the content. */
  async upload(input: { data: UploadData; mediaType: string; filename?: string } & FileRequestOptions): Promise<FileMetadata> {
    const bytes = await uploadBytes(input.data);
    const formData = new FormData();
    // The cast only narrows TypeScript's buffer type: Blob takes any Uint8Array.
    formData.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: input.mediaType }), input.filename ?? defaultFilename(input.mediaType));
    const { value } = await postFormDataToApi({
      url: `${this.config.baseURL}/files`,
      headers: withCallHeaders(this.config.headers(), input.headers),
      formData,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: fileReply,
      abortSignal: input.abortSignal,
      fetch: this.config.fetch,
    });
    return fileMetadata(value);
  }

  /** GET /files/{id}. */
  async metadata(fileId: string, options: FileRequestOptions): Promise<FileMetadata> {
    return fileMetadata(await this.get(fileId, '', fileReply, options));
  }

  /** GET /files/{id}/content: only files OpenRouter created can be downloaded; for an uploaded one it answers 400. */
  async download(fileId: string, options: FileRequestOptions): Promise<FileDownload> {
    const { content, contentType } = await this.get<FileContent>(fileId, '/content', fileContentReplyHandler, options);
    const mediaType = contentType?.split(';')[0].trim().toLowerCase();
    return { content, mediaType: mediaType && mediaType !== 'application/octet-stream' ? mediaType : undefined };
  }

  /** DELETE /files/{id}; whether OpenRouter confirmed it. */
  async delete(fileId: string, options: FileRequestOptions): Promise<{ fileId: string; deleted: boolean }> {
    const value = await this.get(fileId, '', deletedReply, options, asDelete(this.config.fetch));
    return { fileId: value.id, deleted: value.type === 'file_deleted' || value.deleted === true };
  }

  private async get<T>(fileId: string, suffix: string, handler: ResponseHandler<T>, options: FileRequestOptions, fetch = this.config.fetch): Promise<T> {
    const { value } = await getFromApi({
      url: this.fileUrl(fileId, suffix),
      headers: withCallHeaders(this.config.headers(), options.headers),
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: handler,
      abortSignal: options.abortSignal,
      fetch,
    });
    return value;
  }

  private fileUrl(fileId: string, suffix: string): string {
    if (typeof fileId !== 'string' || fileId.trim() === '') {
      throw new InvalidArgumentError({
        argument: 'file',
        message: 'An OpenRouter file reference needs a file id: { openrouter: "<file id>" }, as uploadFile returned it.',
      });
    }
    return `${this.config.baseURL}/files/${encodeURIComponent(fileId)}${suffix}`;
  }
}

/** provider-utils has no DELETE helper: getFromApi's request, headers and error handling, sent as DELETE. */
function asDelete(fetch: FetchFunction | undefined): FetchFunction {
  return (input, init) => (fetch ?? globalThis.fetch)(input, { ...init, method: 'DELETE' });
}
