/**
 * Files (AI SDK 7): upload a PDF once with `uploadFile`, refer to it in a chat by its OpenRouter
 * file id, read its metadata and delete it. OpenRouter's /files is in beta on its side.
 *
 *   npm run example files
 *
 * Offline against the bundled emulator; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { generateText, uploadFile } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();

// A tiny one-page PDF; in an app, the bytes of a real document (OpenRouter takes up to 100 MB).
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

try {
  const uploaded = await uploadFile({ api: router, data: pdf, mediaType: 'application/pdf', filename: 'quarterly-report.pdf' });
  console.log(`uploaded ${uploaded.filename}: ${JSON.stringify(uploaded.providerReference)}, ${uploaded.mediaType}, ${uploaded.byteSize} bytes`);

  const { text } = await generateText({
    model: router('openai/gpt-5-mini'),
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Summarize the report in one sentence.' },
          // Sent as { type: 'file', file: { file_id } }: the file is not uploaded again.
          { type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: uploaded.providerReference } },
        ],
      },
    ],
  });
  console.log(`answer: ${text}`);

  const files = router.files();
  const metadata = await files.getFileMetadata?.({ file: uploaded.providerReference });
  console.log(`stored since ${metadata?.createdAt?.toISOString()}, downloadable: ${JSON.stringify(metadata?.providerMetadata?.openrouter?.downloadable)}`);
  const deleted = await files.deleteFile?.({ file: uploaded.providerReference });
  console.log(`deleted: ${deleted?.deleted}`);
} finally {
  await close();
}
