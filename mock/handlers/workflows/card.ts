// The card message a human-input pause leaves in the session (1.13.0 api/v2/hitl.py): stored when a job pauses,
// stamped with the chosen action on resume and marked superseded when the job is stopped.
import { messageTimestamp } from "../../clock";
import type { MockContext } from "../../context";
import { messageProperties } from "../../engine/message";
import { NO_SOURCE } from "../../engine/values";
import type { JobPause, JobRecord } from "../../state/jobs";

/** The card 1.13.0 stores in the session when a job pauses (hitl.py persist_human_input_card); returns its id. */
export function storeCard(ctx: MockContext, job: JobRecord, request: JobPause["request"]): string {
  const now = ctx.options.clock.now();
  const id = crypto.randomUUID();
  ctx.state.messages.add({
    id,
    flow_id: job.flowId,
    session_id: job.sessionId,
    sender: "Machine",
    sender_name: "AI",
    text: "",
    timestamp: messageTimestamp(now),
    created: now,
    files: [],
    error: false,
    edit: false,
    properties: messageProperties(NO_SOURCE),
    category: "message",
    content_blocks: [
      {
        title: "Human input required",
        contents: [
          {
            type: "human_input",
            duration: null,
            header: {},
            request_id: request.request_id,
            job_id: job.id,
            kind: request.kind ?? "node_input",
            prompt: request.prompt ?? null,
            options: request.options ?? [],
            fields: [],
            allowed_decisions: request.allowed_decisions,
            submitted_action: null,
            superseded: false,
          },
        ],
        allow_markdown: true,
        media_url: null,
      },
    ],
    context_id: "",
    run_id: null, // stored by hand, outside the run: no session_metadata (1.13.0)
  });
  return id;
}

/** Stamps the card: `submitted_action` on resume, `superseded` on stop (hitl.py mark_card_answered/superseded). */
export function markCard(ctx: MockContext, job: JobRecord, patch: Record<string, unknown>): void {
  const card = job.pause?.cardMessageId
    ? ctx.state.messages.messages.get(job.pause.cardMessageId)
    : undefined;
  for (const block of (card?.content_blocks ?? []) as { contents?: Record<string, unknown>[] }[]) {
    for (const content of block.contents ?? [])
      if (content.type === "human_input") Object.assign(content, patch);
  }
}
