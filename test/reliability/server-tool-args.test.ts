import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { SERVER_TOOL_ARG_TYPES } from '../../src/core/server-tools/server-tool-args';
import { SERVER_TOOLS } from '../../src/core/server-tools/server-tool-catalog';
import { thrownBy } from '../helpers/model-calls';
import { createOpenClawRouter } from '../helpers/surface';

const tools = createOpenClawRouter({ apiKey: 'test-key' }).tools as unknown as Record<string, (args?: unknown) => unknown>;

describe('server-tool arguments are checked by type as well as by name', () => {
  it.each([
    ['webSearch', { maxResults: 'lots' }, 'tools.webSearch.maxResults', '"maxResults" must be a number, got the string "lots".'],
    ['webSearch', { maxResults: Number.NaN }, 'tools.webSearch.maxResults', '"maxResults" must be a number, got NaN.'],
    ['webSearch', { allowedDomains: 'example.com' }, 'tools.webSearch.allowedDomains', '"allowedDomains" must be a list of strings, got the string "example.com".'],
    ['webSearch', { userLocation: { city: 5 } }, 'tools.webSearch.userLocation.city', '"userLocation.city" must be a string or null, got 5.'],
    ['webSearch', { userLocation: 'Lisbon' }, 'tools.webSearch.userLocation', '"userLocation" must be an object, got the string "Lisbon".'],
    ['datetime', { timezone: 1 }, 'tools.datetime.timezone', '"timezone" must be a string, got 1.'],
    ['advisor', { stream: 'yes' }, 'tools.advisor.stream', '"stream" must be a boolean, got the string "yes".'],
    ['fusion', { reasoning: { maxTokens: '2k' } }, 'tools.fusion.reasoning.maxTokens', '"reasoning.maxTokens" must be a number, got the string "2k".'],
    [
      'subagent',
      { tools: [{ parameters: {} }] },
      'tools.subagent.tools',
      '"tools" must be a list of server tools ({ type, parameters? }), got a list that does not fit.',
    ],
    ['bash', { environment: null }, 'tools.bash.environment', '"environment" must be an object, got null.'],
    ['imageGeneration', { aspectRatio: { wide: true } }, 'tools.imageGeneration.aspectRatio', '"aspectRatio" must be a string, a number or a list, got an object.'],
  ])('router.tools.%s(%j) is an InvalidArgumentError naming the argument and its type', (factory, args, argument, message) => {
    const error = thrownBy(() => tools[factory](args));
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect({ argument: error.argument, message: error.message }).toEqual({ argument, message: `router.tools.${factory}: ${message}` });
  });

  it('arguments of the right types pass as given', () => {
    const args = { maxResults: 3, allowedDomains: ['example.com'], userLocation: { type: 'approximate', city: null, country: 'PT' } };
    expect((tools.webSearch(args) as { args: unknown }).args).toEqual(args);
    expect((tools.imageGeneration({ model: 'openai/gpt-5-image', aspectRatio: '16:9', quality: 80 }) as { args: unknown }).args).toEqual({
      model: 'openai/gpt-5-image',
      aspectRatio: '16:9',
      quality: 80,
    });
  });

  it('every argument the catalog accepts has a type, and no other', () => {
    for (const [factory, definition] of Object.entries(SERVER_TOOLS)) {
      expect(Object.keys(SERVER_TOOL_ARG_TYPES[factory as keyof typeof SERVER_TOOLS]).sort(), factory).toEqual([...definition.arguments].sort());
    }
  });
});
