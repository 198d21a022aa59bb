import type {
  FilesV4,
  FilesV4DeleteFileCallOptions,
  FilesV4DeleteFileResult,
  FilesV4DownloadFileCallOptions,
  FilesV4DownloadFileResult,
  FilesV4GetFileMetadataCallOptions,
  FilesV4GetFileMetadataResult,
  FilesV4UploadFileCallOptions,
  FilesV4UploadFileResult,
  SharedV4ProviderMetadata,
  SharedV4Warning,
} from '@ai-sdk/provider-v4';
import { openRouterFileId } from '../core/files/file-reference';
import type { FileMetadata } from '../core/files/file-metadata';
import type { FilesCore } from '../core/files/files-core';

/**
 * AI SDK 7's files interface over OpenRouter's `/files` (in beta on OpenRouter's side):
 * `uploadFile({ api: router, data, mediaType })` stores a file and returns
 * `{ openrouter: '<file id>' }`, which a chat file part can then refer to.
 */
export class OpenClawRouterFiles implements FilesV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.files';

  constructor(private readonly core: FilesCore) {}

  async uploadFile(options: FilesV4UploadFileCallOptions): Promise<FilesV4UploadFileResult> {
    const warnings = unusedOptions(options.providerOptions);
    const file = await this.core.upload(options);
    return { ...described(file), warnings };
  }

  async getFileMetadata(options: FilesV4GetFileMetadataCallOptions): Promise<FilesV4GetFileMetadataResult> {
    const warnings = unusedOptions(options.providerOptions);
    const file = await this.core.metadata(openRouterFileId(options.file, 'file'), options);
    return { ...described(file), warnings };
  }

  async downloadFile(options: FilesV4DownloadFileCallOptions): Promise<FilesV4DownloadFileResult> {
    const warnings = unusedOptions(options.providerOptions);
    const { content, mediaType } = await this.core.download(openRouterFileId(options.file, 'file'), options);
    return { content, ...(mediaType ? { mediaType } : {}), warnings };
  }

  async deleteFile(options: FilesV4DeleteFileCallOptions): Promise<FilesV4DeleteFileResult> {
    const warnings = unusedOptions(options.providerOptions);
    const { fileId, deleted } = await this.core.delete(openRouterFileId(options.file, 'file'), options);
    return { providerReference: { openrouter: fileId }, deleted, warnings };
  }
}

function described(file: FileMetadata) {
  const { fileId, openrouter, ...fields } = file;
  return {
    providerReference: { openrouter: fileId },
    ...fields,
    ...(openrouter.downloadable !== undefined ? { providerMetadata: { openrouter } as SharedV4ProviderMetadata } : {}),
  };
}

/** The files endpoints take no OpenRouter options: each one given is a warning, not silently dropped. */
function unusedOptions(providerOptions: Record<string, unknown> | undefined): SharedV4Warning[] {
  const openrouter = providerOptions?.openrouter;
  if (typeof openrouter !== 'object' || openrouter === null) return [];
  return Object.keys(openrouter).map((option) => ({
    type: 'unsupported' as const,
    feature: `providerOptions.openrouter.${option}`,
    details: "OpenRouter's /files takes no options; it was not sent.",
  }));
}
