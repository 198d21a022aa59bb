import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';

/** An input file as the V3 and V4 video specs pass it. */
export type VideoFile =
  | { type: 'file'; mediaType: string; data: string | Uint8Array; providerOptions?: unknown }
  | { type: 'url'; url: string; mediaType?: string; providerOptions?: unknown };

export type FrameType = 'first_frame' | 'last_frame';

/** A URL OpenRouter can fetch, or the bytes as a data URL. */
export function fileUrl(file: VideoFile): string {
  if (file.type === 'url') return file.url;
  const base64 = typeof file.data === 'string' ? file.data : convertUint8ArrayToBase64(file.data);
  return `data:${file.mediaType};base64,${base64}`;
}

export function frameImage(file: VideoFile, frameType: FrameType): Record<string, unknown> {
  return { type: 'image_url', image_url: { url: fileUrl(file) }, frame_type: frameType };
}

const KIND_BY_EXTENSION: Record<string, string> = {
  mp4: 'video',
  webm: 'video',
  mov: 'video',
  m4v: 'video',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  flac: 'audio',
  aac: 'audio',
};

/** A reference by its kind (its media type, else a URL's extension): OpenRouter takes image, video and audio references. */
export function inputReference(file: VideoFile): Record<string, unknown> {
  const url = fileUrl(file);
  const extension = file.type === 'url' ? /\.([a-z0-9]+)(?:[?#]|$)/i.exec(file.url)?.[1]?.toLowerCase() : undefined;
  const kind = file.mediaType ? file.mediaType.split('/')[0] : KIND_BY_EXTENSION[extension ?? ''];
  if (kind === 'video') return { type: 'video_url', video_url: { url } };
  if (kind === 'audio') return { type: 'audio_url', audio_url: { url } };
  return { type: 'image_url', image_url: { url } };
}
