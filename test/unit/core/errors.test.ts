import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { decodeDetail } from "../../../src/core/error-detail";
import { apiErrorFor } from "../../../src/core/error-from-response";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LangflowError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../../src/core/errors";

const make = (status: number, body: unknown, url = "http://lf/api/v1/x") =>
  apiErrorFor({
    status,
    body,
    headers: new Headers({ "x-request-id": "req-1" }),
    method: "GET",
    url,
    attempts: 1,
  });

describe("decodeDetail", () => {
  it("reads a string detail", () => {
    expect(decodeDetail({ detail: "Flow not found" })).toEqual({
      detail: "Flow not found",
      code: undefined,
      message: "Flow not found",
    });
  });

  it("reads a v2 object detail with its code", () => {
    const body = {
      detail: {
        error: "Workflow job not found",
        code: "JOB_NOT_FOUND",
        message: "Workflow job j not found",
        job_id: "j",
      },
    };
    expect(decodeDetail(body)).toMatchObject({
      code: "JOB_NOT_FOUND",
      message: "Workflow job not found: Workflow job j not found",
    });
  });

  it("reads FastAPI's list of field issues", () => {
    const detail = [{ loc: ["body", "flow_id"], msg: "Field required", type: "missing" }];
    expect(decodeDetail({ detail })).toEqual({
      detail,
      code: undefined,
      message: "body.flow_id: Field required",
    });
  });

  it("decodes a detail that is JSON inside a string (APIException)", () => {
    const inner = {
      message: "boom",
      traceback: null,
      description: null,
      code: null,
      suggestion: null,
      source: null,
    };
    expect(decodeDetail({ detail: JSON.stringify(inner) })).toMatchObject({ detail: inner, message: "boom" });
  });

  it("reads an OpenAI-style error body", () => {
    expect(decodeDetail({ error: { message: "Flow x not found", code: "flow_not_found" } })).toMatchObject({
      code: "flow_not_found",
      message: "Flow x not found",
    });
  });
});

describe("apiErrorFor", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [413, PayloadTooLargeError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ])("maps %i to %s", async (status, ErrorClass) => {
    const error = await make(status, { detail: "x" });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(LangflowError);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe("req-1");
  });

  it("exposes 422 field issues", async () => {
    const detail = [{ loc: ["body", "mode"], msg: "Input should be 'sync'", type: "literal_error" }];
    const error = (await make(422, { detail })) as UnprocessableEntityError;
    expect(error.issues).toEqual(detail);
    expect(error.message).toContain("body.mode: Input should be 'sync'");
  });

  it("says how to enable a disabled developer API", async () => {
    const error = await make(403, {
      detail: { code: "DEVELOPER_API_DISABLED", error: "Developer API disabled" },
    });
    expect(error.message).toContain("LANGFLOW_DEVELOPER_API_ENABLED=true");
  });

  it("says the server answered HTML, with the URL", async () => {
    const error = await apiErrorFor({
      status: 404,
      body: "<html>",
      headers: new Headers(),
      method: "GET",
      url: "http://lf/x",
      attempts: 1,
      html: true,
    });
    expect(error.message).toMatch(/http:\/\/lf\/x answered an HTML page \(HTTP 404\).*baseUrl/);
  });
});

describe("secrets never leak", () => {
  const secret = "sk-super-secret-123";
  const made = apiErrorFor({
    status: 403,
    body: { detail: "Invalid API key" },
    headers: new Headers({ "set-cookie": `session=${secret}`, "x-api-key": secret }),
    method: "GET",
    url: `http://lf/api/v1/flows/?x-api-key=${secret}&page=1`,
    attempts: 1,
  });

  it("not in the message, JSON or inspect output", async () => {
    const error = await made;
    expect(error.message).not.toContain(secret);
    expect(JSON.stringify(error)).not.toContain(secret);
    expect(inspect(error, { depth: 10 })).not.toContain(secret);
    expect(String(error)).not.toContain(secret);
  });

  it("keeps the rest of the URL and marks what was removed", async () => {
    const error = await made;
    expect(error.url).toBe("http://lf/api/v1/flows/?x-api-key=***&page=1");
    expect(error.headers["x-api-key"]).toBe("***");
  });
});

describe("bare v2 error bodies (Langflow 1.13 sends JOB_NOT_FOUND without a detail wrapper)", () => {
  it("reads code and message from the body itself", async () => {
    const body = {
      error: "Workflow job not found",
      code: "JOB_NOT_FOUND",
      message: "Workflow job j not found",
      job_id: "j",
    };
    const error = await make(404, body);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("JOB_NOT_FOUND");
    expect(error.detail).toEqual(body);
    expect(error.message).toContain("Workflow job j not found");
  });
});
