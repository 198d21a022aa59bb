import { InvalidArgumentError } from '@ai-sdk/provider';

/**
 * The key as it can go into an Authorization header. Surrounding whitespace (a trailing newline
 * read from a file) is dropped, as fetch would drop it. Any other character a header value cannot
 * hold is refused before sending: fetch would refuse it too, quoting the whole header, key included.
 */
export function headerSafeApiKey(apiKey: string): string {
  const key = apiKey.trim();
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at);
    if (code < 0x20 || code > 0x7e) {
      throw new InvalidArgumentError({
        argument: 'apiKey',
        message: `The apiKey setting (or OPENROUTER_API_KEY) has ${describe(code)} at character ${at + 1}, which cannot be sent in an HTTP header. Set the key without it.`,
      });
    }
  }
  return key;
}

function describe(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0x0a || code === 0x0d) return `a line break (${hex})`;
  if (code === 0) return 'a NUL character (U+0000)';
  return code < 0x20 || code === 0x7f ? `a control character (${hex})` : `a non-ASCII character (${hex})`;
}
