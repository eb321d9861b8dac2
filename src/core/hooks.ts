// Per-attempt hooks: observe (or adjust) every attempt, including retries.

export interface RequestHookContext {
  request: Request;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
}
export interface ResponseHookContext extends RequestHookContext {
  response: Response;
}
export interface ErrorHookContext extends RequestHookContext {
  error: unknown;
  /** Whether the SDK will try again. */
  willRetry: boolean;
}

export interface Hooks {
  /** Before each attempt; may return a replacement Request. Headers include credentials: don't log them. */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing is the common case.
  onRequest?: (ctx: RequestHookContext) => void | Request | Promise<void | Request>;
  /** After each attempt that got an HTTP answer (any status). */
  onResponse?: (ctx: ResponseHookContext) => void | Promise<void>;
  /** After each failed attempt (HTTP error or connection failure). */
  onError?: (ctx: ErrorHookContext) => void | Promise<void>;
}
