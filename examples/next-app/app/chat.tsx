'use client';

import { useChat } from '@ai-sdk/react';
import { useState, type FormEvent } from 'react';

export function Chat() {
  // The default transport POSTs the conversation to /api/chat and reads the UI message stream.
  const { messages, sendMessage, status, error } = useChat();
  const [input, setInput] = useState('');
  const busy = status === 'submitted' || status === 'streaming';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = input.trim();
    if (text === '' || busy) return;
    sendMessage({ text });
    setInput('');
  }

  return (
    <section className="panel" aria-label="Chat">
      <h2>Chat</h2>
      <ol className="messages" data-testid="messages">
        {messages.map((message) => (
          <li key={message.id} className={`message ${message.role}`} data-role={message.role}>
            <span className="role">{message.role === 'user' ? 'You' : 'Assistant'}</span>
            {message.parts.map((part, index) => {
              const key = `${message.id}-${index}`;
              switch (part.type) {
                case 'text':
                  return (
                    <p key={key} className="text" data-testid={`${message.role}-text`}>
                      {part.text}
                    </p>
                  );
                case 'reasoning':
                  return (
                    <details key={key} className="reasoning" data-testid="reasoning" open>
                      <summary>Reasoning{part.state === 'streaming' ? '…' : ''}</summary>
                      <p>{part.text}</p>
                    </details>
                  );
                case 'tool-getWeather':
                  return (
                    <div key={key} className="tool" data-testid="tool-getWeather" data-state={part.state}>
                      <span className="tool-name">getWeather</span> <code>{JSON.stringify(part.input ?? {})}</code>
                      {part.state === 'output-available' && (
                        <>
                          {' → '}
                          <code data-testid="tool-output">{JSON.stringify(part.output)}</code>
                        </>
                      )}
                      {part.state === 'output-error' && <span className="error"> {part.errorText}</span>}
                    </div>
                  );
                default:
                  return null;
              }
            })}
          </li>
        ))}
      </ol>
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <form onSubmit={onSubmit} className="composer">
        <input
          name="message"
          aria-label="Message"
          placeholder="Ask about the weather in Lisbon…"
          value={input}
          onChange={(event) => setInput(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" disabled={busy || input.trim() === ''}>
          {busy ? 'Sending…' : 'Send'}
        </button>
      </form>
      <p className="status" data-testid="chat-status">
        Status: {status}
      </p>
    </section>
  );
}
