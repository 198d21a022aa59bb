import { APICallError, type LanguageModelV2 } from '@ai-sdk/provider';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatCompletion } from '../../src/testing';
import { announceFuzz, fuzzParameters, fuzzTimeout, hostileValue, jsonPaths, replaceAt } from '../helpers/fuzz';
import { createOpenClawRouter } from '../helpers/surface';

beforeAll(() => announceFuzz('reply-fuzz'));

/** A model whose fetch answers every request with `body`: the JSON reply path without sockets. */
function modelAnswering(body: unknown): LanguageModelV2 {
  const fetch = async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  return createOpenClawRouter({ apiKey: 'sk-or-v1-test', fetch })('anthropic/claude-sonnet-4.5');
}

/** A reply with every field a parser reads: reasoning details, text, tool calls, images, annotations, usage. */
const RICH_REPLY = chatCompletion({
  message: {
    content: 'Answer with a [citation].',
    reasoning: 'Thinking',
    reasoning_details: [
      { type: 'reasoning.text', text: 'Thinking', signature: 'c2ln', index: 0, format: 'anthropic-claude-v1' },
      { type: 'reasoning.encrypted', data: 'ZW5j', id: 'call_1', index: 1 },
    ],
    tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }],
    images: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }],
    annotations: [
      { type: 'url_citation', url_citation: { url: 'https://example.com', title: 'Example', content: 'cited', start_index: 0, end_index: 5 } },
      { type: 'file', file: { hash: 'h', name: 'a.pdf', content: [] } },
    ],
  },
  finish_reason: 'tool_calls',
});

const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];

describe('JSON replies of any shape (generate path)', () => {
  const UNPRINTABLE = JSON.parse('{"toString":1}') as unknown;
  it('regression: lists holding nulls are read without their nulls', async () => {
    const message = { reasoning_details: [null], tool_calls: [null], images: [null], annotations: [null] };
    const result = await modelAnswering(chatCompletion({ message })).doGenerate({ prompt: PROMPT });
    expect(Array.isArray(result.content)).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    [
      'a tool name that is an object',
      { tool_calls: [{ id: 'c', function: { name: UNPRINTABLE, arguments: '{}' } }] },
      {},
      'choices[0].message.tool_calls[0].function.name is an object, expected a string or null',
    ],
    [
      'an image URL that is an object',
      { images: [{ image_url: { url: UNPRINTABLE } }] },
      {},
      'choices[0].message.images[0].image_url.url is an object, expected a string or null',
    ],
    ['a created timestamp beyond the Date range', {}, { created: 1e308 }, 'created is number 1e+308, expected Unix seconds of a valid date'],
  ])('regression: %s is refused at the door, not read', async (_name, message, topLevel, problem) => {
    const error = await modelAnswering({ ...chatCompletion({ message }), ...topLevel })
      .doGenerate({ prompt: PROMPT })
      .then(
        () => expect.fail('doGenerate should have failed'),
        (caught: unknown) => caught,
      );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toBe(`OpenRouter returned a reply that does not fit its documented shape: ${problem}.`);
    expect((error as APICallError).isRetryable).toBe(false);
  });

  it(
    'parse into content or fail with one APICallError, never a TypeError',
    async () => {
      const paths = jsonPaths(RICH_REPLY);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.nat(paths.length - 1), hostileValue), { minLength: 1, maxLength: 3 }), async (mutations) => {
          let reply: unknown = RICH_REPLY;
          for (const [at, value] of mutations) {
            const present = jsonPaths(reply);
            reply = replaceAt(reply, present[at % present.length], value);
          }
          try {
            const result = await modelAnswering(reply).doGenerate({ prompt: PROMPT });
            expect(Array.isArray(result.content)).toBe(true);
            for (const part of result.content) expect(typeof part.type).toBe('string');
            if (result.response?.timestamp !== undefined) expect(Number.isNaN(result.response.timestamp.getTime())).toBe(false);
            JSON.stringify(result.providerMetadata);
          } catch (error) {
            expect(APICallError.isInstance(error), `not an APICallError: ${String(error)}`).toBe(true);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        fuzzParameters(400),
      );
    },
    fuzzTimeout(400),
  );
});
