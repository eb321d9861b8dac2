// The v2 Workflow API (/api/v2/workflows*), in the shape of the configured profile.
import { http, type RequestHandler } from "msw";
import type { ApiArea } from "../../context";
import { httpError } from "../../http/errors";
import { api } from "../../http/paths";
import { route } from "../../http/route";
import { isLegacyProfile } from "../../options";
import { jobEvents } from "./events";
import { listPending, resumeJob } from "./human-input";
import { postLegacyWorkflow } from "./legacy";
import { postWorkflow } from "./post";
import { getStatus, stopJob } from "./status";

export const workflowsArea: ApiArea = (ctx) => {
  const gate = () => {
    // Documented behavior with LANGFLOW_DEVELOPER_API_ENABLED off: the v2 routes do not exist.
    if (!ctx.options.developerApiEnabled) throw httpError(404, "Not Found");
  };
  const handlers: RequestHandler[] = [
    http.post(
      api("/api/v2/workflows/stop"),
      route(({ request }) => {
        gate();
        return stopJob(ctx, request);
      }),
    ),
    // Human in the loop arrived in 1.11 (docs/server-quirks.md): before it, these paths do not exist.
    http.get(
      api("/api/v2/workflows/pending"),
      route(({ request, url }) => {
        gate();
        if (isLegacyProfile(ctx.options.profile)) throw httpError(404, "Not Found");
        return listPending(ctx, request, url);
      }),
    ),
    http.post(
      api("/api/v2/workflows/:jobId/resume"),
      route<{ jobId: string }>(({ request, params }) => {
        gate();
        if (isLegacyProfile(ctx.options.profile)) throw httpError(404, "Not Found");
        return resumeJob(ctx, request, params.jobId);
      }),
    ),
    http.get(
      api("/api/v2/workflows/:jobId/events"),
      route<{ jobId: string }>(({ request, params }) => {
        gate();
        if (isLegacyProfile(ctx.options.profile)) throw httpError(404, "Not Found"); // re-attach arrived in 1.11
        return jobEvents(ctx, request, params.jobId);
      }),
    ),
    http.post(
      api("/api/v2/workflows"),
      route(({ request }) => {
        gate();
        return isLegacyProfile(ctx.options.profile)
          ? postLegacyWorkflow(ctx, request)
          : postWorkflow(ctx, request);
      }),
    ),
    http.get(
      api("/api/v2/workflows"),
      route(({ request, url }) => {
        gate();
        return getStatus(ctx, request, url);
      }),
    ),
  ];
  return handlers;
};
