import type { ResponseHandler } from '@ai-sdk/provider-utils';
import { withRedactedErrors } from './redacting-handler';
import { parseSuccessfulJson, readReply } from './reply-body';

/** A 200 JSON reply of POST /images or POST /embeddings, whose results are in `data`. */
export const dataReplyHandler: ResponseHandler<Record<string, any>> = withRedactedErrors(async (options) => {
  const reply = await readReply(options);
  const value = parseSuccessfulJson(reply, 'data');
  return { value, rawValue: value, responseHeaders: reply.responseHeaders };
});
