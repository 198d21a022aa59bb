// POST /audio/speech replies: the body is the audio itself, not JSON. What is read of it is its
// Content-Type (`audio/mpeg`, `audio/pcm;rate=24000;channels=1`, ...), which names the format;
// binary-reply-handler.ts reads the bytes and refuses bodies that are no media.

/** A speech reply as the provider reads it. */
export interface SpeechReply {
  bytes: Uint8Array;
  /** The Content-Type as sent; undefined when the reply named none. */
  contentType: string | undefined;
}
