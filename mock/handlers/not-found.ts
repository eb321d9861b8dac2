// Unknown Langflow routes answer FastAPI's 404 JSON. Only Langflow paths are caught, so an app's other requests
// still reach msw's onUnhandledRequest in-process.
import { http, type RequestHandler } from "msw";
import { notFound } from "../http/errors";
import { route } from "../http/route";

export function notFoundHandlers(): RequestHandler[] {
  const answer = route(() => {
    throw notFound();
  });
  return [http.all("*/api/*", answer), http.all("*/logs", answer), http.all("*/health*", answer)];
}
