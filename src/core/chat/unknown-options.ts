import type { CoreWarning } from '../model-io/result-types';
import { closestName } from '../util/closest-name';
import { optionSchemas, type OpenRouterOptions } from './chat-options';
import { OPENROUTER_CHAT_REQUEST_FIELDS } from './openrouter-request-fields';

let knownNames: Set<string> | undefined;

function optionAndFieldNames(): Set<string> {
  knownNames ??= new Set([...Object.keys(optionSchemas().openRouterOptionsSchema.shape), ...OPENROUTER_CHAT_REQUEST_FIELDS]);
  return knownNames;
}

/**
 * An unknown option is still sent, as the official provider sends it, so fields OpenRouter adds
 * later keep working; but a name that is neither an option nor a field of OpenRouter's request is
 * most likely a typo, so it is reported, with the known name it resembles.
 */
export function unknownOptionWarnings(options: OpenRouterOptions, argument: string): CoreWarning[] {
  const warnings: CoreWarning[] = [];
  for (const name of Object.keys(options)) {
    const known = optionAndFieldNames();
    if (known.has(name)) continue;
    const close = closestName(name, known);
    warnings.push({
      type: 'other',
      message:
        `${argument}.${name} is not an option of this provider nor a field of OpenRouter's chat request; it was sent as given` +
        (close ? `. Did you mean "${close}"?` : '. Put deliberate extra fields in extraBody to silence this.'),
    });
  }
  return warnings;
}
