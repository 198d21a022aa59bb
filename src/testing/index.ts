export { startOpenRouterEmulator } from './emulator-server';
export { DEFAULT_MODEL_CATALOGUE } from './model-catalogue';
export type { TrafficOptions } from './traffic';
export { chatChunk, chatCompletion, errorEnvelope, usageChunk } from './builders';
export type {
  ChatChunkExtra,
  ChatChunkObject,
  ChatCompletionInput,
  ChatCompletionObject,
  ErrorEnvelopeObject,
} from './builders';
export type {
  JsonReply,
  OpenRouterEmulator,
  OpenRouterEmulatorOptions,
  RawReply,
  RecordedReply,
  RecordedRequest,
  ReplyKind,
  ResetReply,
  ScriptedReply,
  StallReply,
  StreamReply,
} from './types';
// Real PNG/JPEG/WebP bytes for scripted image replies, and a reader that checks them.
export { encodeSolidImage, readImageInfo, sampleImageDataUrl } from './image-samples';
export type { ImageInfo, SampleImageFormat } from './image-samples';
// Real audio and video for scripted speech, transcription and video replies.
export { decodeSpeechPcm, encodeSpeechMp3, encodeSpeechPcm, encodeWav, sampleSpeechWav, SPEECH_PCM_CONTENT_TYPE } from './audio-samples';
export { encodeSampleMp4 } from './mp4-sample';
export type { SampleVideoOptions } from './mp4-sample';
export { videoJob } from './video-jobs';
export type { VideoJobInput } from './video-jobs';
export type { VideoNotification } from './video-notifications';
