/** The `thinking` setting's vocabulary, apart from the policy so option schemas can name it without importing the policy. */

/** OpenClaw's thinking levels, from none to the most. */
export const THINKING_LEVELS = ['off', 'minimal', 'low', 'medium', 'high', 'xhigh', 'adaptive', 'max'] as const;
export type ThinkingLevel = (typeof THINKING_LEVELS)[number];

/** Spellings users type for a level. */
export const THINKING_LEVEL_ALIASES = {
  'x-high': 'xhigh',
  x_high: 'xhigh',
  'extra-high': 'xhigh',
  'extra high': 'xhigh',
  extra_high: 'xhigh',
  highest: 'high',
} as const satisfies Record<string, ThinkingLevel>;
export type ThinkingLevelAlias = keyof typeof THINKING_LEVEL_ALIASES;

/** What the `thinking` setting accepts: a level or an alias (case-insensitive). */
export type ThinkingSetting = ThinkingLevel | ThinkingLevelAlias;
export const THINKING_SETTINGS = [...THINKING_LEVELS, ...(Object.keys(THINKING_LEVEL_ALIASES) as ThinkingLevelAlias[])] as [ThinkingSetting, ...ThinkingSetting[]];

export function describeThinkingLevels(): string {
  const aliases = Object.entries(THINKING_LEVEL_ALIASES)
    .map(([alias, level]) => `"${alias}" -> ${level}`)
    .join(', ');
  return `Use one of: ${THINKING_LEVELS.join(', ')} (aliases: ${aliases}).`;
}
