/**
 * Structured output: a typed object that already matches your schema, instead of text to parse.
 *
 *   npm run example structured-output
 *
 * Offline against the bundled emulator; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { generateText, Output } from 'ai';
import { z } from 'zod';
import { connectRouter, printUsage } from './shared/connect';

const { router, close } = await connectRouter();

// The schema is sent as OpenRouter's json_schema response format, and the reply is validated
// against it: a reply that does not match throws instead of reaching your code.
const recipe = z.object({
  name: z.string(),
  minutes: z.number().describe('Total time in minutes, preparation included'),
  vegetarian: z.boolean(),
  ingredients: z.array(z.object({ item: z.string(), quantity: z.string() })),
});

try {
  const { output: object, providerMetadata } = await generateText({
    model: router('openai/gpt-5-mini'),
    output: Output.object({ schema: recipe }),
    prompt: 'A quick weeknight pasta recipe.',
  });

  // `output` is typed from the schema: no casts, no JSON.parse.
  console.log(`recipe: ${object.name}, ${object.minutes} min, ${object.vegetarian ? 'vegetarian' : 'not vegetarian'}`);
  for (const { item, quantity } of object.ingredients) console.log(`  - ${quantity} ${item}`);
  printUsage(providerMetadata);
} finally {
  await close();
}
