// The requests of push and pull over the client's transport; in the Node module only (browsers never load it).
import { isLangflowError } from "../core/errors";
import { path } from "../core/path";
import type { Transport } from "../core/transport";
import type { FlowSyncApi } from "./flow-sync";

/** The three requests over the client's transport (retries, timeouts, hooks and errors as every call). */
export function flowSyncApi(transport: Transport): FlowSyncApi {
  return {
    flowUrl: (id) => `${transport.options.baseUrl.replace(/\/+$/, "")}${path`/flow/${id}`}`,
    flowText: async (id, options) => {
      try {
        const response = await transport.request({ method: "GET", path: path`/api/v1/flows/${id}` }, options);
        return await response.text();
      } catch (error) {
        if (isLangflowError(error, "NotFoundError")) return undefined;
        throw error;
      }
    },
    putFlow: async (id, body, options) => {
      const response = await transport.request(
        {
          method: "PUT",
          path: path`/api/v1/flows/${id}`,
          body,
          headers: { "content-type": "application/json" },
        },
        // PUT is idempotent (the same file gives the same flow), so a dropped connection may be retried.
        { retryNonIdempotent: true, ...options },
      );
      await response.body?.cancel();
      return response.status === 201;
    },
  };
}
