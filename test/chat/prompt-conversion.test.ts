import { UnsupportedFunctionalityError, type LanguageModelV2Prompt, type LanguageModelV2ToolResultOutput } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { specPrompt } from '../helpers/spec-shapes';
import { chatModels } from './support';
import { generateText } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'openai/gpt-5');

/** The `messages` OpenRouter received for this prompt. */
async function sentMessages(prompt: LanguageModelV2Prompt) {
  const result = await model().doGenerate({ prompt: specPrompt(prompt) });
  expect(result.warnings).toEqual([]);
  return server.emulator.lastRequest().body.messages;
}

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_BASE64 = 'iVBORw0KGgo=';
const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7');
const PDF_BASE64 = 'JVBERi0xLjc=';
const WAV_BYTES = new TextEncoder().encode('RIFF');
const WAV_BASE64 = 'UklGRg==';

const user = (...content: Extract<LanguageModelV2Prompt[number], { role: 'user' }>['content']): LanguageModelV2Prompt => [{ role: 'user', content }];
const text = (value: string) => ({ type: 'text' as const, text: value });

describe('system and user text', () => {
  it('sends the system prompt and a single user text as strings', async () => {
    expect(
      await sentMessages([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [text('Hi')] },
      ]),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('keeps several user text parts as parts', async () => {
    expect(await sentMessages(user(text('First.'), text('Second.')))).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'First.' },
          { type: 'text', text: 'Second.' },
        ],
      },
    ]);
  });
});

describe('user files', () => {
  it.each([
    ['a URL with query and fragment', new URL('https://cdn.example.com/img/cat.png?w=512&sig=a%2Fb#top'), 'https://cdn.example.com/img/cat.png?w=512&sig=a%2Fb#top'],
    ['a plain http URL', new URL('http://example.com/cat'), 'http://example.com/cat'],
    ['a URL with spaces and unicode', new URL('https://example.com/Bilder/Katze süß.jpg'), 'https://example.com/Bilder/Katze%20s%C3%BC%C3%9F.jpg'],
    ['a data URL', new URL(`data:image/png;base64,${PNG_BASE64}`), `data:image/png;base64,${PNG_BASE64}`],
  ])('sends an image given as %s as image_url with that URL', async (_, data, url) => {
    expect(await sentMessages(user(text('Describe'), { type: 'file', data, mediaType: 'image/png' }))).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe' },
          { type: 'image_url', image_url: { url } },
        ],
      },
    ]);
  });

  it('sends image bytes and base64 as data URLs, resolving image/* from the bytes', async () => {
    expect(
      await sentMessages(
        user(
          { type: 'file', data: PNG_BYTES, mediaType: 'image/png' },
          { type: 'file', data: PNG_BASE64, mediaType: 'image/*' },
          { type: 'file', data: JPEG_BYTES, mediaType: 'image/*' },
          { type: 'file', data: new Uint8Array([1, 2, 3]), mediaType: 'image/webp' },
        ),
      ),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/4AAQ' } },
          { type: 'image_url', image_url: { url: 'data:image/webp;base64,AQID' } },
        ],
      },
    ]);
  });

  it('sends PDFs as file parts with a filename and the data or URL', async () => {
    expect(
      await sentMessages(
        user(
          { type: 'file', data: PDF_BYTES, mediaType: 'application/pdf', filename: 'report.pdf' },
          { type: 'file', data: new URL('https://example.com/paper.pdf?download=1'), mediaType: 'application/pdf' },
          { type: 'file', data: PDF_BASE64, mediaType: 'application/pdf', providerOptions: { openrouter: { filename: 'named-by-option.pdf' } } },
        ),
      ),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'file', file: { filename: 'report.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
          { type: 'file', file: { filename: 'document.pdf', file_data: 'https://example.com/paper.pdf?download=1' } },
          { type: 'file', file: { filename: 'named-by-option.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
        ],
      },
    ]);
  });

  it('sends audio as input_audio with base64 data and its format', async () => {
    expect(
      await sentMessages(
        user(
          { type: 'file', data: WAV_BYTES, mediaType: 'audio/wav' },
          { type: 'file', data: WAV_BASE64, mediaType: 'audio/mpeg' },
          { type: 'file', data: new URL(`data:audio/flac;base64,${WAV_BASE64}`), mediaType: 'audio/flac' },
          { type: 'file', data: WAV_BASE64, mediaType: 'audio/ogg; codecs=opus' },
        ),
      ),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'input_audio', input_audio: { data: WAV_BASE64, format: 'wav' } },
          { type: 'input_audio', input_audio: { data: WAV_BASE64, format: 'mp3' } },
          { type: 'input_audio', input_audio: { data: WAV_BASE64, format: 'flac' } },
          { type: 'input_audio', input_audio: { data: WAV_BASE64, format: 'ogg' } },
        ],
      },
    ]);
  });

  it('sends video as video_url', async () => {
    expect(
      await sentMessages(
        user(
          { type: 'file', data: new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ'), mediaType: 'video/mp4' },
          { type: 'file', data: 'AAAA', mediaType: 'video/webm' },
        ),
      ),
    ).toEqual([
      {
        role: 'user',
        content: [
          { type: 'video_url', video_url: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
          { type: 'video_url', video_url: { url: 'data:video/webm;base64,AAAA' } },
        ],
      },
    ]);
  });

  it.each([
    [
      'application/zip',
      'AAAA',
      'Files of type "application/zip" cannot be sent through OpenRouter\'s chat API. Supported: images (image/*), PDFs (application/pdf), audio (audio/*) and video (video/*).',
    ],
    [
      'text/csv',
      'YSxi',
      'Files of type "text/csv" cannot be sent through OpenRouter\'s chat API. Supported: images (image/*), PDFs (application/pdf), audio (audio/*) and video (video/*).',
    ],
    [
      'audio/x-made-up',
      'AAAA',
      'Audio of type "audio/x-made-up" cannot be sent to OpenRouter. Use one of: wav, mp3, aiff, aac, ogg, flac, m4a, webm, pcm16 (for example audio/wav or audio/mpeg).',
    ],
  ])('refuses a %s file with a clear UnsupportedFunctionalityError and sends nothing', async (mediaType, data, message) => {
    const error = await rejectionOf(model().doGenerate({ prompt: specPrompt(user({ type: 'file', data, mediaType })) }));
    expect(UnsupportedFunctionalityError.isInstance(error)).toBe(true);
    expect(error.message).toBe(message);
    expect(server.emulator.requests).toEqual([]);
  });

  it('refuses audio given as a web URL, which OpenRouter cannot fetch', async () => {
    const wavURL = user({ type: 'file', data: new URL('https://example.com/a.wav'), mediaType: 'audio/wav' });
    const error = await rejectionOf(model().doGenerate({ prompt: specPrompt(wavURL) }));
    expect(UnsupportedFunctionalityError.isInstance(error)).toBe(true);
    expect(error.message).toBe('Audio input must be sent inline: pass the bytes or base64 data instead of a URL.');
  });
});

describe('supportedUrls', () => {
  it('lets image, PDF and video URLs through to OpenRouter without downloading them', async () => {
    // URLs on the emulator: a download would show up as a recorded GET.
    const image = `${server.baseURL}/files/cat.png?size=large`;
    const pdf = `${server.baseURL}/files/paper.pdf`;
    const video = `${server.baseURL}/files/clip.mp4`;
    await generateText({
      model: model(),
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Look' },
            { type: 'image', image: new URL(image) },
            { type: 'image', image },
            { type: 'file', data: new URL(pdf), mediaType: 'application/pdf' },
            { type: 'file', data: new URL(video), mediaType: 'video/mp4' },
          ],
        },
      ],
    });

    expect(server.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/v1/chat/completions']);
    expect(server.emulator.lastRequest().body.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Look' },
          { type: 'image_url', image_url: { url: image } },
          { type: 'image_url', image_url: { url: image } },
          { type: 'file', file: { filename: 'document.pdf', file_data: pdf } },
          { type: 'video_url', video_url: { url: video } },
        ],
      },
    ]);
  });

  it('leaves audio URLs to the AI SDK to download, since OpenRouter takes audio inline only', async () => {
    const audio = `${server.baseURL}/files/speech.wav`;
    const error = await rejectionOf(
      generateText({
        model: model(),
        maxRetries: 0,
        messages: [{ role: 'user', content: [{ type: 'file', data: new URL(audio), mediaType: 'audio/wav' }] }],
      }),
    );
    // The AI SDK tried to download it (and refused a loopback address) instead of passing the URL on.
    expect([error.name, error.url]).toEqual(['AI_DownloadError', audio]);
    expect(server.emulator.requests).toEqual([]);
  });
});

describe('assistant history', () => {
  it('sends text, reasoning and tool calls of an assistant turn', async () => {
    expect(
      await sentMessages([
        { role: 'user', content: [text('Weather in Paris and Rome?')] },
        {
          role: 'assistant',
          content: [
            { type: 'reasoning', text: 'I need two lookups. ' },
            { type: 'reasoning', text: 'Both at once.' },
            { type: 'text', text: 'Checking ' },
            { type: 'text', text: 'both.' },
            { type: 'tool-call', toolCallId: 'call_1', toolName: 'weather', input: { city: 'Paris' } },
            { type: 'tool-call', toolCallId: 'call_2', toolName: 'weather', input: '{"city":"Rome"}' },
          ],
        },
        {
          role: 'tool',
          content: [
            { type: 'tool-result', toolCallId: 'call_1', toolName: 'weather', output: { type: 'json', value: { degrees: 21 } } },
            { type: 'tool-result', toolCallId: 'call_2', toolName: 'weather', output: { type: 'text', value: 'sunny, 25' } },
          ],
        },
      ]),
    ).toEqual([
      { role: 'user', content: 'Weather in Paris and Rome?' },
      {
        role: 'assistant',
        content: 'Checking both.',
        reasoning: 'I need two lookups. Both at once.',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_2', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"degrees":21}' },
      { role: 'tool', tool_call_id: 'call_2', content: 'sunny, 25' },
    ]);
  });

  it('replays an image the assistant generated', async () => {
    expect(
      await sentMessages([
        { role: 'user', content: [text('Draw')] },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Here.' },
            { type: 'file', data: PNG_BASE64, mediaType: 'image/png' },
          ],
        },
        { role: 'user', content: [text('Bigger')] },
      ]),
    ).toEqual([
      { role: 'user', content: 'Draw' },
      { role: 'assistant', content: 'Here.', images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } }] },
      { role: 'user', content: 'Bigger' },
    ]);
  });
});

describe('tool results', () => {
  const toolTurn = (output: LanguageModelV2ToolResultOutput): LanguageModelV2Prompt => [
    { role: 'user', content: [text('Go')] },
    { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'look', input: {} }] },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'call_1', toolName: 'look', output }] },
  ];
  const sentToolMessage = async (output: LanguageModelV2ToolResultOutput) => {
    const messages = await sentMessages(toolTurn(output));
    expect(messages[1]).toEqual({
      role: 'assistant',
      content: '',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'look', arguments: '{}' } }],
    });
    return messages[2];
  };

  it.each<[string, LanguageModelV2ToolResultOutput, unknown]>([
    ['text', { type: 'text', value: 'plain result' }, 'plain result'],
    ['json', { type: 'json', value: { ok: true, items: [1, 2] } }, '{"ok":true,"items":[1,2]}'],
    ['json null', { type: 'json', value: null }, 'null'],
    ['error-text', { type: 'error-text', value: 'Rate limited' }, 'Rate limited'],
    ['error-json', { type: 'error-json', value: { error: 'not found' } }, '{"error":"not found"}'],
    [
      'content with text only',
      {
        type: 'content',
        value: [
          { type: 'text', text: 'line 1' },
          { type: 'text', text: 'line 2' },
        ],
      },
      'line 1\nline 2',
    ],
  ])('sends a %s output as text', async (_, output, content) => {
    expect(await sentToolMessage(output)).toEqual({ role: 'tool', tool_call_id: 'call_1', content });
  });

  it('sends images in a content output as images, not as JSON text', async () => {
    expect(
      await sentToolMessage({
        type: 'content',
        value: [
          { type: 'text', text: 'Screenshot:' },
          { type: 'media', data: PNG_BASE64, mediaType: 'image/png' },
          { type: 'media', data: PDF_BASE64, mediaType: 'application/pdf' },
        ],
      }),
    ).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: [
        { type: 'text', text: 'Screenshot:' },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
        { type: 'file', file: { filename: 'document.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
      ],
    });
  });

  it('sends the output shapes newer AI SDKs hand to V2 models', async () => {
    const output = {
      type: 'content',
      value: [
        { type: 'image-data', data: PNG_BASE64, mediaType: 'image/png' },
        { type: 'image-url', url: 'https://example.com/shot.png' },
        { type: 'file-data', data: PDF_BASE64, mediaType: 'application/pdf', filename: 'spec.pdf' },
        { type: 'file-url', url: 'https://example.com/spec.pdf' },
        { type: 'file-id', fileId: 'file-abc' },
        { type: 'image-file-id', fileId: { openrouter: 'file-img', openai: 'file-other' } },
      ],
    } as unknown as LanguageModelV2ToolResultOutput;
    expect(await sentToolMessage(output)).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: [
        { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG_BASE64}` } },
        { type: 'image_url', image_url: { url: 'https://example.com/shot.png' } },
        { type: 'file', file: { filename: 'spec.pdf', file_data: `data:application/pdf;base64,${PDF_BASE64}` } },
        { type: 'file', file: { filename: 'file', file_data: 'https://example.com/spec.pdf' } },
        { type: 'file', file: { file_id: 'file-abc' } },
        { type: 'file', file: { file_id: 'file-img' } },
      ],
    });
  });

  it('tells the model a tool execution was denied', async () => {
    const output = { type: 'execution-denied', reason: 'The user said no' } as unknown as LanguageModelV2ToolResultOutput;
    expect(await sentToolMessage(output)).toEqual({ role: 'tool', tool_call_id: 'call_1', content: 'Tool execution denied: The user said no' });
  });

  it('sends an output item it cannot map as JSON text, with a warning', async () => {
    const output = { type: 'content', value: [{ type: 'custom', kind: 'trace', id: 7 }] } as unknown as LanguageModelV2ToolResultOutput;
    const result = await model().doGenerate({ prompt: toolTurn(output) });
    expect(result.warnings).toEqual([{ type: 'other', message: 'A tool output item of type "custom" was sent as JSON text.' }]);
    expect(server.emulator.lastRequest().body.messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: '{"type":"custom","kind":"trace","id":7}',
    });
  });
});
