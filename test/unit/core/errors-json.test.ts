// What JSON.stringify(error) shows: name, message and the error's own fields; never an APIError's raw body or
// headers, never the cause.
import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  JobCancelledError,
  JobTimeoutError,
  NotFoundError,
  StreamError,
} from "../../../src/core/errors";

const json = (error: Error) => JSON.parse(JSON.stringify(error)) as Record<string, unknown>;

describe("error JSON", () => {
  it("an APIError shows its fields but not the body or headers", () => {
    const error = new NotFoundError({
      status: 404,
      message: "404 Flow not found",
      detail: "Flow not found",
      code: "FLOW_NOT_FOUND",
      body: { detail: "Flow not found", echo: "what was sent" },
      headers: { "x-request-id": "r-1", "content-type": "application/json" },
      method: "GET",
      url: "http://x/api/v1/flows/1",
      attempts: 2,
    });
    expect(json(error)).toEqual({
      name: "NotFoundError",
      message: "404 Flow not found",
      status: 404,
      detail: "Flow not found",
      code: "FLOW_NOT_FOUND",
      requestId: "r-1",
      method: "GET",
      url: "http://x/api/v1/flows/1",
      attempts: 2,
    });
  });

  it("other errors show their own fields, and no cause", () => {
    const connection = new APIConnectionError({
      message: "Could not reach Langflow",
      method: "POST",
      url: "http://x/api/v1/run/f",
      cause: new Error("ECONNREFUSED"),
    });
    expect(json(connection)).toEqual({
      name: "APIConnectionError",
      message: "Could not reach Langflow",
      method: "POST",
      url: "http://x/api/v1/run/f",
      attempts: 1,
    });
    expect(json(new JobCancelledError("stopped", "job-1"))).toMatchObject({
      name: "JobCancelledError",
      jobId: "job-1",
    });
    expect(json(new JobTimeoutError(1000, "job-1"))).toMatchObject({ timeout: 1000, jobId: "job-1" });
    expect(json(new StreamError("bad", { event: "error" }))).toMatchObject({ event: { event: "error" } });
  });
});
