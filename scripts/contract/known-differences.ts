// Mock/real differences that are known and explained: each matches one parity difference and says why it stays.
// Any other difference fails the contract run: fix the mock, or record the server's behavior in
// docs/server-quirks.md (with the SDK's workaround) and add it here.
import { lineInRange } from "./types";

export interface KnownDifference {
  /** Matched against the difference text. */
  pattern: RegExp;
  /** The Langflow lines it is known on (`"<1.11"`, `"1.9-1.10"`, `"1.13"`); every line when absent. */
  lines?: string;
  reason: string;
}

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  // Older lines (docs/server-quirks.md: Langflow lines 1.9 to 1.13). The mock answers every area except the v2
  // Workflow API (which has a profile per line) as the pinned 1.13.0 does.
  {
    pattern: /^(?!.*\/api\/v2\/workflows).* only in mock$/,
    lines: "<1.13",
    reason:
      "a key added after this line (flow_type, a2a_*, workspace_id, version_token on flows; feature flags and settings in /config; expires_at on API keys; ...): the mock answers outside the v2 Workflow API as 1.13.0 does, and the SDK's schemas take both (every scenario validates every answer)",
  },
  {
    pattern: / -> 422: \$\.detail\[\]\.(input|ctx) \(\w+\) only in real$/,
    lines: "<1.13",
    reason:
      "Langflow 1.9-1.12 echo the offending `input` (and `ctx`) in each 422 item; 1.13.0 leaves them out and the mock follows it; the SDK reads loc, msg and type",
  },
  {
    pattern: /GET \/api\/v2\/workflows\?job_id=\{id\} -> 200: \$\.links \(object\) only in (mock|real)$/,
    reason:
      "a job's status polls merge its unfinished answers (a job body, with links) and its finished one (the result); a server that has finished the job by the first poll shows no unfinished answer (timing, seen on 1.9)",
  },
  {
    pattern: /\.session_metadata is null in real, object in mock$/,
    lines: "1.9",
    reason:
      "1.9 messages carry `session_metadata: null`; from 1.10 on an object with the run's graph_run_id (the mock's)",
  },
  {
    pattern: /DELETE \/api\/v1\/variables\/\{id\} -> 500/,
    lines: "1.9",
    reason:
      "1.9 answers 500 to deleting a variable that is gone (1.10+: 404); only the scenario's cleanup does that, and it ignores the error",
  },
  {
    pattern: /GET \/api\/v2\/workflows\?job_id=\{id\} -> 200: \$\.session_id is null in real, string in mock/,
    lines: "1.11",
    reason:
      "1.11 answers a background job that has just completed from the outputs its runner captured, with `session_id: null`, until the job's vertex builds are written (then the session); the mock sends the session at once",
  },
  {
    pattern:
      /GET \/api\/v2\/workflows\?job_id=\{id\} -> 200: \$\.outputs\.ChatOutput-\w+ \(object\) only in (mock|real)$/,
    lines: "1.11",
    reason:
      "1.11 answers a resumed human-input job from its runner's captures (the chosen branch only) until the job's vertex builds are written, then from those (every branch, the untaken ones with content null); which one a poll sees is timing. The mock answers the settled form (docs/server-quirks.md: v2 answers of 1.11)",
  },
  {
    pattern: /monitor\/messages.* \$\[\]\.files is string in real, array in mock/,
    reason:
      "1.13.0 sends a message's files as a JSON string where its spec says array; the mock keeps the array so Prism passes, the SDK accepts both (docs/server-quirks.md: Monitor message rows)",
  },
  {
    pattern: /GET \/api\/v2\/workflows\?job_id=\{id\} -> 500/,
    reason:
      "1.13.0 answers 500 JOB_FAILED for a moment right after a stop before it settles on cancelled; the mock answers cancelled at once, job.wait() re-checks (docs/server-quirks.md: A stopped job reads as failed for a moment)",
  },
  {
    pattern: /DELETE \/api\/v1\/projects\/\{id\} -> 500/,
    reason:
      "1.13.0 sometimes answers 500 UnmappedInstanceError to a project DELETE while the background writes of its just-deleted flows settle; the same DELETE then succeeds, and the scenario harness repeats it once (docs/server-quirks.md: DELETE /api/v1/projects/{id} can answer 500)",
  },
];

export function explain(difference: string, line: string): string | undefined {
  return KNOWN_DIFFERENCES.find(
    (k) => k.pattern.test(difference) && (k.lines === undefined || lineInRange(line, k.lines)),
  )?.reason;
}
