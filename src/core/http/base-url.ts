import { loadOptionalSetting } from '@ai-sdk/provider-utils';
import { normalizeBaseURL } from './route';

/**
 * The provider's base URL: the `baseURL` setting, else the OPENROUTER_BASE_URL environment
 * variable (as @ai-sdk/openai reads OPENAI_BASE_URL), else OpenRouter's. Read once, when the
 * provider is created: whether the route is a verified OpenRouter one decides what every request
 * may carry, so it cannot change between requests.
 */
export function resolveBaseURL(setting: string | undefined): string {
  if (setting !== undefined && setting.trim() !== '') return normalizeBaseURL(setting);
  const fromEnvironment = loadOptionalSetting({ settingValue: undefined, environmentVariableName: 'OPENROUTER_BASE_URL' });
  return normalizeBaseURL(fromEnvironment, 'OPENROUTER_BASE_URL');
}
