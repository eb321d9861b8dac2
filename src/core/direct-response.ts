// The Response of an answer read by node:http (direct-http.node.ts, Node only), built only when one is asked for:
// `withResponse()`, a resource that reads the status or headers, an error, a redirect. Building a Response and its
// Headers costs about what the switch from fetch saves, so an answer that is only parsed never builds one.

/** Statuses whose Response cannot have a body. */
const NULL_BODY = new Set([204, 205, 304]);

/** An answer as node:http read it. */
export interface DirectAnswer {
  status: number;
  statusText: string;
  /** Names and values in pairs, as they arrived. */
  rawHeaders: string[];
  text: string;
}

export function directResponse(answer: DirectAnswer, url: string): Response {
  // Every header as it arrived, as in fetch's Response (whose body is decoded too, under the same Content-Encoding).
  const headers = new Headers();
  const raw = answer.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const response = new Response(NULL_BODY.has(answer.status) ? null : answer.text, {
    status: answer.status,
    statusText: answer.statusText,
    headers,
  });
  // url is not settable on a constructed Response; fetch's says where the answer came from.
  Object.defineProperty(response, "url", { value: url });
  return response;
}
