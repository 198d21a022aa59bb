/** The AI SDK 7 entry: V4 models. */
export * from '../core/public-api';
export { createOpenClawRouter, openclawRouter } from './provider';
export type { OpenClawRouterProvider, OpenClawRouterChatSettings } from './provider';
export { OpenClawRouterChatLanguageModel } from './chat-language-model';
export { OpenClawRouterImageModel } from './image-model';
export { OpenClawRouterEmbeddingModel } from './embedding-model';
export { OpenClawRouterSpeechModel } from './speech-model';
export { OpenClawRouterTranscriptionModel } from './transcription-model';
export { OpenClawRouterRerankingModel } from './reranking-model';
export { OpenClawRouterVideoModel } from './video-model';
export { OpenClawRouterFiles } from './files';
