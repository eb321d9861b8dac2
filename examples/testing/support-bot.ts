// Application code under test: a tiny support bot built on langflow-sdk. Nothing here knows about the mock;
// the tests in support-bot.test.ts run it against setupLangflowMock() instead of a real Langflow.
import { APIError, type LangflowClient } from "langflow-sdk";

export const FALLBACK = "Sorry, the assistant is unavailable right now.";

export class SupportBot {
  constructor(
    private readonly lf: LangflowClient,
    private readonly flow: string,
  ) {}

  /** One answer per question; a conversation is one Langflow session. Server trouble becomes a polite fallback. */
  async ask(question: string, conversationId: string): Promise<string> {
    try {
      const result = await this.lf.run(this.flow, { inputValue: question, sessionId: conversationId });
      return result.text ?? FALLBACK;
    } catch (error) {
      if (error instanceof APIError && error.status >= 500) return FALLBACK;
      throw error;
    }
  }

  /** Streams the answer, calling `onToken` for each chunk; resolves to the whole answer. */
  async askStreaming(question: string, onToken: (chunk: string) => void): Promise<string> {
    const stream = this.lf.workflows.stream(this.flow, { inputValue: question });
    for await (const event of stream) {
      if ("event" in event && event.event === "token") onToken(event.data.chunk);
    }
    return stream.finalText();
  }

  /** What was said in a conversation, oldest first. */
  async history(conversationId: string): Promise<string[]> {
    const messages = await this.lf.monitor.messages({ sessionId: conversationId, order: "ASC" });
    return messages.map((m) => `${m.sender}: ${m.text}`);
  }
}
