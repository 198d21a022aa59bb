import type { CoreWarning } from '../model-io/result-types';
import { equivalentAspectRatio, nearestAspectRatio, sizeTierFor, parseAspectRatio, parseSize, type Dimensions } from './aspect-ratio';
import { chatAspectRatios, chatSizeTiers, isGeminiModel } from './image-model-family';

export interface ImageConfigHints {
  /** Fields derived from the call's aspectRatio and size, for `image_config`. */
  config: { aspect_ratio?: string; image_size?: string };
  warnings: CoreWarning[];
}

function ratioFor(target: Dimensions, supported: readonly string[]): { ratio: string; exact: boolean } {
  const exact = equivalentAspectRatio(target, supported);
  return exact ? { ratio: exact, exact: true } : { ratio: nearestAspectRatio(target, supported), exact: false };
}

/**
 * The chat image API takes an aspect ratio and a size tier, never pixels. The call's aspectRatio
 * becomes `aspect_ratio` (the nearest supported one, with a warning, when the model does not take
 * it); a `size` gives the aspect ratio when none was asked for, and on Gemini the size tier too.
 * Every value that is not sent as given is named in a warning.
 */
export function chatImageConfigHints(modelId: string, aspectRatio: string | undefined, size: string | undefined): ImageConfigHints {
  const config: ImageConfigHints['config'] = {};
  const warnings: CoreWarning[] = [];
  const supported = chatAspectRatios(modelId);

  const askedRatio = aspectRatio === undefined ? undefined : parseAspectRatio(aspectRatio);
  if (aspectRatio !== undefined && askedRatio === undefined) {
    warnings.push({ type: 'other', message: `aspectRatio "${aspectRatio}" is not of the form W:H and was not sent.` });
  } else if (askedRatio) {
    const { ratio, exact } = ratioFor(askedRatio, supported);
    config.aspect_ratio = ratio;
    if (!exact) {
      warnings.push({
        type: 'other',
        message: `aspectRatio "${aspectRatio}" is not one ${modelId} takes; sent the nearest, image_config.aspect_ratio "${ratio}" (supported: ${supported.join(', ')}).`,
      });
    }
  }

  if (size === undefined) return { config, warnings };
  const pixels = parseSize(size);
  if (!pixels) {
    warnings.push({ type: 'other', message: `size "${size}" is not of the form WxH and was not sent.` });
    return { config, warnings };
  }
  const sent: string[] = [];
  if (config.aspect_ratio === undefined) {
    config.aspect_ratio = ratioFor(pixels, supported).ratio;
    sent.push(`aspect_ratio "${config.aspect_ratio}"`);
  } else if (!equivalentAspectRatio(pixels, [config.aspect_ratio])) {
    sent.push(`aspect_ratio "${config.aspect_ratio}" from aspectRatio, not the ratio of the size`);
  }
  const gemini = isGeminiModel(modelId);
  if (gemini) {
    config.image_size = sizeTierFor(pixels, chatSizeTiers(modelId));
    sent.push(`image_size "${config.image_size}"`);
  }
  let message = `size "${size}" is not sent as pixels: OpenRouter's chat image API takes an aspect ratio and a size tier. Sent image_config ${sent.length > 0 ? sent.join(' and ') : 'without a size hint'}.`;
  if (!gemini) {
    message += ` No image_size was derived for ${modelId} (only Gemini models are known to take it); set providerOptions.openrouter.image_config.image_size to ask for one.`;
  }
  warnings.push({ type: 'other', message });
  return { config, warnings };
}
