import { Chat } from './chat';
import { ImageGenerator } from './image-generator';

export default function Page() {
  return (
    <main>
      <header>
        <h1>openclaw-router · Next.js</h1>
        <p>
          Chat through <code>app/api/chat/route.ts</code> (streamed text, reasoning and a weather tool) and images through <code>app/api/image/route.ts</code>.
        </p>
      </header>
      <Chat />
      <ImageGenerator />
    </main>
  );
}
