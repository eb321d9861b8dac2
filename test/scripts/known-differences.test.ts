// The contract run's known mock/real differences: each explains exactly the difference it names.
import { describe, expect, it } from "vitest";
import { explain } from "../../scripts/contract/known-differences";

describe("known differences", () => {
  it("explain the project DELETE that 1.13.0 sometimes answers 500, and not other 500s", () => {
    const seen =
      'status sequence differs at call 6: mock "DELETE /api/v1/projects/{id} -> 204", real "DELETE /api/v1/projects/{id} -> 500"';
    expect(explain(seen, "1.13")).toMatch(/UnmappedInstanceError/);
    expect(
      explain('mock "DELETE /api/v1/flows/{id} -> 200", real "DELETE /api/v1/flows/{id} -> 500"', "1.13"),
    ).toBeUndefined();
  });

  it("explain the stop race and the monitor files type", () => {
    expect(explain('real "GET /api/v2/workflows?job_id={id} -> 500"', "1.13")).toMatch(/JOB_FAILED/);
    expect(
      explain("GET /api/v1/monitor/messages -> 200: $[].files is string in real, array in mock", "1.13"),
    ).toMatch(/files/);
  });

  it("explain 1.11's resumed-job outputs (runner captures, then vertex builds) on 1.11 only", () => {
    const seen =
      "GET /api/v2/workflows?job_id={id} -> 200: $.outputs.ChatOutput-hiappro (object) only in mock";
    expect(explain(seen, "1.11")).toMatch(/vertex builds/);
    expect(explain(seen, "1.12")).toBeUndefined();
    expect(
      explain("GET /api/v2/workflows?job_id={id} -> 200: $.inputs.Prompt-p (object) only in mock", "1.11"),
    ).toBeUndefined();
  });
});
