// `instanceof` across two copies of the SDK's error classes (as with the ESM and CJS builds, which are separate
// module instances): the copy is a second, fresh import of the same module.
import { describe, expect, it, vi } from "vitest";
import * as here from "../../../src/core/errors";

async function otherCopy(): Promise<typeof here> {
  vi.resetModules();
  const copy = await import("../../../src/core/errors");
  expect(copy.NotFoundError).not.toBe(here.NotFoundError); // really a second module instance
  return copy;
}

const init = { status: 404, message: "404 Flow not found", method: "GET", url: "http://x/api/v1/flows/1" };

describe("error classes across copies of the SDK", () => {
  it("an error of the other copy is an instance of the same class and its ancestors here", async () => {
    const other = await otherCopy();
    const error = new other.NotFoundError(init);
    expect(error instanceof here.NotFoundError).toBe(true);
    expect(error instanceof here.APIError).toBe(true);
    expect(error instanceof here.LangflowError).toBe(true);
    expect(error instanceof Error).toBe(true);
    const timeout = new other.APITimeoutError({ message: "slow", method: "GET", url: "http://x/" });
    expect(timeout instanceof here.APIConnectionError).toBe(true);
    expect(timeout instanceof here.APITimeoutError).toBe(true);
  });

  it("but not of a sibling or a subclass", async () => {
    const other = await otherCopy();
    const error = new other.NotFoundError(init);
    expect(error instanceof here.ConflictError).toBe(false);
    expect(error instanceof here.APIConnectionError).toBe(false);
    expect(new other.APIError(init) instanceof here.NotFoundError).toBe(false);
    expect(new other.LangflowError("x") instanceof here.APIError).toBe(false);
    expect(
      new other.APIConnectionError({ message: "x", method: "GET", url: "http://x/" }),
    ).not.toBeInstanceOf(here.APITimeoutError);
  });

  it("other errors with the same name are not mistaken for the SDK's", () => {
    const impostor = new Error("404");
    impostor.name = "NotFoundError";
    expect(impostor instanceof here.NotFoundError).toBe(false);
    expect(impostor instanceof here.LangflowError).toBe(false);
    class NotFoundError extends Error {
      override get name() {
        return "NotFoundError";
      }
    }
    expect(new NotFoundError() instanceof here.NotFoundError).toBe(false);
    for (const value of [null, undefined, "NotFoundError", 404, {}]) {
      expect(value instanceof here.LangflowError).toBe(false);
    }
  });

  it("keeps name, stack header and ordinary instanceof within one copy", () => {
    const error = new here.NotFoundError(init);
    expect(error.name).toBe("NotFoundError");
    expect(error.stack?.startsWith("NotFoundError: 404 Flow not found")).toBe(true);
    expect(error).toBeInstanceOf(here.APIError);
    expect(error).not.toBeInstanceOf(here.ConflictError);
    expect(JSON.parse(JSON.stringify(error)).name).toBe("NotFoundError");
  });
});
