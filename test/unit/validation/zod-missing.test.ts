// validate: true when zod cannot be loaded (a broken install, a bundler that dropped the chunk): the error says
// so, instead of blaming the connection for an answer that did come.
import { describe, expect, it, vi } from "vitest";
import { APIConnectionError, LangflowError } from "../../../src/index";
import { useMockedClient } from "../resources/support";

vi.mock("../../../src/validation/schemas", () => {
  throw new Error("Cannot find package 'zod' imported from schemas.js");
});

const { client } = useMockedClient();

describe("validate: true without zod", () => {
  it("throws a LangflowError that names zod and the fix, not a connection error", async () => {
    const error = await client({ validate: true })
      .version()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LangflowError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(
      /^validate: true needs the zod package, which could not be loaded \(/,
    );
    expect((error as Error).cause).toBeInstanceOf(Error); // the import's own error
    expect((error as Error).message).toMatch(/or turn validate off\.$/);
  });

  it("without validate nothing tries to load it", async () => {
    expect((await client().version()).version).toBe("1.13.0");
  });
});
