// Errors across two copies of the SDK (as with the ESM and CJS builds, which are separate module instances):
// `instanceof` is plain (each copy has its own classes), and `isLangflowError(value, name)` recognises an error of
// the other copy by the class names along its prototype chain. The copy is a second, fresh import of the module.
import { describe, expect, it, vi } from "vitest";
import * as here from "../../../src/core/errors";

async function otherCopy(): Promise<typeof here> {
  vi.resetModules();
  const copy = await import("../../../src/core/errors");
  expect(copy.NotFoundError).not.toBe(here.NotFoundError); // really a second module instance
  return copy;
}

const init = { status: 404, message: "404 Flow not found", method: "GET", url: "http://x/api/v1/flows/1" };

describe("isLangflowError across copies of the SDK", () => {
  it("recognises an error of the other copy as its class and its ancestors", async () => {
    const other = await otherCopy();
    const error = new other.NotFoundError(init);
    expect(error instanceof here.NotFoundError).toBe(false); // plain instanceof: another class
    expect(here.isLangflowError(error)).toBe(true);
    expect(here.isLangflowError(error, "NotFoundError")).toBe(true);
    expect(here.isLangflowError(error, "APIError")).toBe(true);
    expect(here.isLangflowError(error, "LangflowError")).toBe(true);
    const timeout = new other.APITimeoutError({ message: "slow", method: "GET", url: "http://x/" });
    expect(here.isLangflowError(timeout, "APIConnectionError")).toBe(true);
    expect(here.isLangflowError(timeout, "APITimeoutError")).toBe(true);
  });

  it("but not as a sibling or a subclass", async () => {
    const other = await otherCopy();
    const error = new other.NotFoundError(init);
    expect(here.isLangflowError(error, "ConflictError")).toBe(false);
    expect(here.isLangflowError(error, "APIConnectionError")).toBe(false);
    expect(here.isLangflowError(new other.APIError(init), "NotFoundError")).toBe(false);
    expect(here.isLangflowError(new other.LangflowError("x"), "APIError")).toBe(false);
    const connection = new other.APIConnectionError({ message: "x", method: "GET", url: "http://x/" });
    expect(here.isLangflowError(connection, "APITimeoutError")).toBe(false);
  });

  it("does not mistake other errors with the same name for the SDK's", () => {
    const impostor = new Error("404");
    impostor.name = "NotFoundError";
    expect(here.isLangflowError(impostor, "NotFoundError")).toBe(false);
    expect(here.isLangflowError(impostor)).toBe(false);
    class NotFoundError extends Error {
      override get name() {
        return "NotFoundError";
      }
    }
    expect(here.isLangflowError(new NotFoundError(), "NotFoundError")).toBe(false);
    for (const value of [null, undefined, "NotFoundError", 404, {}]) {
      expect(here.isLangflowError(value)).toBe(false);
    }
  });

  it("keeps name, stack header and ordinary instanceof within one copy", () => {
    const error = new here.NotFoundError(init);
    expect(error.name).toBe("NotFoundError");
    expect(error.stack?.startsWith("NotFoundError: 404 Flow not found")).toBe(true);
    expect(error).toBeInstanceOf(here.APIError);
    expect(error).not.toBeInstanceOf(here.ConflictError);
    expect(here.isLangflowError(error, "APIError")).toBe(true);
    expect(JSON.parse(JSON.stringify(error)).name).toBe("NotFoundError");
    expect(Object.keys(error)).not.toContain("name"); // on the prototype, not the instance
  });

  it("names every error class, including the ones that used to live in resources", () => {
    expect(new here.DeprecatedEndpointError("POST /x", "deprecated").name).toBe("DeprecatedEndpointError");
    expect(new here.ResponsesError("m", "t", "c").name).toBe("ResponsesError");
    expect(new here.LangflowConfigError("k", "m").name).toBe("LangflowConfigError");
  });
});
