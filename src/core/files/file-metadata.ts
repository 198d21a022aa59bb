import type { OpenRouterFile } from '../wire/files-wire';

/** A file as the files interface reports it: OpenRouter's metadata, where it sent it. */
export interface FileMetadata {
  fileId: string;
  filename?: string;
  mediaType?: string;
  byteSize?: number;
  createdAt?: Date;
  /** `providerMetadata.openrouter`: whether the file can be downloaded, when OpenRouter says. */
  openrouter: { downloadable?: boolean };
}

/** The metadata of any of the three shapes OpenRouter may answer with. */
export function fileMetadata(file: OpenRouterFile): FileMetadata {
  const metadata: FileMetadata = { fileId: file.id, openrouter: {} };
  if (typeof file.filename === 'string') metadata.filename = file.filename;
  if (file._shape === 'openai') {
    if (typeof file.bytes === 'number') metadata.byteSize = file.bytes;
    if (typeof file.created_at === 'number') metadata.createdAt = new Date(file.created_at * 1000);
    return metadata;
  }
  if (typeof file.mime_type === 'string') metadata.mediaType = file.mime_type;
  if (typeof file.size_bytes === 'number') metadata.byteSize = file.size_bytes;
  const created = typeof file.created_at === 'string' ? new Date(file.created_at) : undefined;
  if (created && !Number.isNaN(created.getTime())) metadata.createdAt = created;
  if (typeof file.downloadable === 'boolean') metadata.openrouter.downloadable = file.downloadable;
  return metadata;
}
