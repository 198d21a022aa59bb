/**
 * The quick-start tour: text, live streaming with reasoning, a tool round
 * trip, structured output, an image, a speech -> transcription round trip and
 * an agent loop on one sticky session with cache breakpoints, with usage and cost after each step.
 * Offline against the bundled OpenRouter emulator unless OPENROUTER_API_KEY is set.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImage, generateSpeech, generateText, Output, stepCountIs, streamText, tool, transcribe } from 'ai';

import { z } from 'zod';
import { connectRouter, printUsage } from './shared/connect';

// A verified route (offline: https://openrouter.ai sent to the emulator) gets the automatic cache markers.
const { router, live, close } = await connectRouter({ verifiedRoute: true });
/**
 * A system prompt long enough to cache: Anthropic caches prefixes of 1024 tokens or more.
 */
const AGENT_HANDBOOK = [
  'You are the OpenClaw weather agent. Answer in one sentence and call getWeather for every city you compare.',
  ...Array.from(
    { length: 120 },
    (_, rule) => `Rule ${rule + 1}: report temperatures in degrees Celsius, name the city first, and never guess a forecast you did not fetch.`,
  ),
].join('\n');

const model = router(process.env.DEMO_MODEL ?? 'anthropic/claude-sonnet-4.5');

try {
  console.log('\n1. generateText');
  const text = await generateText({ model, prompt: 'In one sentence: what is OpenRouter?' });
  console.log(text.text);
  printUsage(text.providerMetadata);

  console.log('\n2. streamText with reasoning (thinking: low)');
  const stream = streamText({
    model,
    prompt: 'Why is the sky blue? Two sentences.',
    providerOptions: { openrouter: { reasoning: { effort: 'low' } } },
  });
  let section = '';
  for await (const part of stream.fullStream) {
    if (part.type === 'reasoning-delta' || part.type === 'text-delta') {
      const label = part.type === 'reasoning-delta' ? '[reasoning] ' : '[answer] ';
      if (section !== label) process.stdout.write(`\n${(section = label)}`);
      process.stdout.write(part.text);
    }
    if (part.type === 'error') throw part.error;
  }
  process.stdout.write('\n');
  printUsage(await stream.providerMetadata);

  console.log('\n3. Tool round trip');
  const weather = await generateText({
    model,
    prompt: 'What is the weather in Paris?',
    tools: {
      getWeather: tool({
        description: 'Current weather for a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, forecast: 'sunny', celsius: 21 }),
      }),
    },
    stopWhen: stepCountIs(3),
  });
  for (const step of weather.steps) {
    for (const call of step.toolCalls) console.log(`tool call: ${call.toolName}(${JSON.stringify(call.input)})`);
    for (const result of step.toolResults) console.log(`tool result: ${JSON.stringify(result.output)}`);
  }
  console.log(weather.text);
  printUsage(weather.providerMetadata);

  console.log('\n4. Structured output with a zod schema');
  const recipe = await generateText({
    model,
    output: Output.object({ schema: z.object({ name: z.string(), minutes: z.number(), ingredients: z.array(z.string()) }) }),
    prompt: 'A quick pasta recipe.',
  });
  console.log(JSON.stringify(recipe.output, null, 2));
  printUsage(recipe.providerMetadata);

  console.log('\n5. generateImage (16:9, 1K)');
  const picture = await generateImage({
    model: router.imageModel(process.env.DEMO_IMAGE_MODEL ?? 'google/gemini-3.1-flash-image-preview'),
    prompt: 'A lighthouse on a cliff at dusk, watercolour',
    aspectRatio: '16:9',
    providerOptions: { openrouter: { image_config: { image_size: '1K' } } },
  });
  const extension = { 'image/jpeg': 'jpg', 'image/webp': 'webp' }[picture.image.mediaType] ?? 'png';
  const imagePath = join(tmpdir(), `openclaw-router-demo.${extension}`);
  await writeFile(imagePath, picture.image.uint8Array);
  console.log(`${picture.image.mediaType}, ${picture.image.uint8Array.length} bytes, written to ${imagePath}`);
  for (const warning of picture.warnings) console.log(`  warning: ${JSON.stringify(warning)}`);
  const [first] = picture.providerMetadata.openrouter.images as Array<{ text?: string; usage?: Record<string, number> }>;
  if (first?.text) console.log(`  model said: ${first.text}`);
  printUsage({ openrouter: { usage: first?.usage } });

  console.log('\n6. Speech -> transcription round trip');
  const sentence = 'The lighthouse keeper waves from the cliff.';
  const speech = await generateSpeech({
    model: router.speechModel(process.env.DEMO_SPEECH_MODEL ?? 'openai/gpt-4o-mini-tts'),
    text: sentence,
    voice: 'alloy',
  });
  console.log(`spoken: ${speech.audio.mediaType}, ${speech.audio.uint8Array.length} bytes`);
  const heard = await transcribe({
    model: router.transcriptionModel(process.env.DEMO_TRANSCRIPTION_MODEL ?? 'openai/whisper-large-v3'),
    audio: speech.audio.uint8Array,
  });
  console.log(`transcript: ${heard.text}`);
  const sttCost = (heard.providerMetadata.openrouter?.usage as { cost?: number } | undefined)?.cost;
  console.log(`  transcription cost ${sttCost === undefined ? 'n/a' : `$${sttCost.toFixed(6)}`}${heard.text === sentence ? ', word for word' : ''}`);

  console.log('\n7. Sticky session and cache breakpoints in a tool loop');
  const sessionId = `demo-agent-${Date.now()}`;
  const agent = await generateText({
    // One session: every step goes to the same upstream, whose cache holds the previous step's prefix.
    model: router(process.env.DEMO_MODEL ?? 'anthropic/claude-sonnet-4.5', { sessionId, cacheBreakpoints: ['system', 'tools', 'conversation'] }),
    system: AGENT_HANDBOOK,
    prompt: 'Is it warmer in Paris or in Lisbon right now?',
    tools: {
      getWeather: tool({
        description: 'Current weather for a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, forecast: 'sunny', celsius: city === 'Lisbon' ? 24 : 21 }),
      }),
    },
    stopWhen: stepCountIs(4),
  });
  for (const [index, step] of agent.steps.entries()) {
    const served = step.providerMetadata?.openrouter?.provider;
    const { cacheReadTokens = 0, cacheWriteTokens = 0 } = step.usage.inputTokenDetails;
    console.log(
      `step ${index + 1}: ${step.usage.inputTokens ?? '?'} in, cache read ${cacheReadTokens}, cache write ${cacheWriteTokens}` +
        (typeof served === 'string' ? `, served by ${served}` : ''),
    );
  }
  console.log(`session ${sessionId}: ${agent.text}`);
  printUsage(agent.providerMetadata);

  console.log(live ? '\nDone (OpenRouter).' : '\nDone (offline emulator).');
} finally {
  await close();
}
