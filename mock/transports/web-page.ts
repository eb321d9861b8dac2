// What the standalone mock answers outside the API, as 1.13.0 does: its web app's index page, 200 `text/html` for
// every method (`/flows/`, `/foo/api/v1/version`, `//api/v1/version`, `/lf/<id>/...` pages). A client with a wrong
// base URL gets a page instead of JSON, as it would from a real Langflow, and the SDK says so.

/** The shape of Langflow's index.html (the mock has no front end: the page loads nothing). */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <base href="/" />
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Langflow</title>
  </head>
  <body id="body" class="dark" style="width: 100%; height: 100%">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div style="width: 100vw; height: 100vh" id="root"></div>
  </body>
</html>
`;

export function webPage(method: string): Response {
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
  return new Response(method === "HEAD" ? null : INDEX_HTML, { status: 200, headers });
}
