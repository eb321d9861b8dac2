// Health, version and config (no auth, except that config adds private fields for authenticated callers).
import { http } from "msw";
import type { ApiArea } from "../context";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";

export const healthArea: ApiArea = (ctx) => [
  http.get(
    api("/health"),
    route(() => jsonResponse({ status: "ok" })),
  ),
  http.get(
    api("/health_check"),
    route(() => jsonResponse({ status: "ok", chat: "ok", db: "ok" })),
  ),
  http.get(
    api("/api/v1/version"),
    route(() =>
      jsonResponse({ version: ctx.options.version, main_version: ctx.options.version, package: "Langflow" }),
    ),
  ),
  http.get(
    api("/api/v1/config"),
    route(({ request }) => {
      const { options } = ctx;
      const base = {
        feature_flags: { mvp_components: false },
        max_file_size_upload: options.maxFileSizeMb,
        event_delivery: "streaming",
        voice_mode_available: false,
        frontend_timeout: 0,
      };
      // 1.13.0 answers a public subset without credentials and the full config with them.
      let authed = false;
      try {
        authenticate(ctx, request);
        authed = true;
      } catch {}
      if (!authed) return jsonResponse({ ...base, type: "public" });
      return jsonResponse({
        ...base,
        type: "full",
        serialization_max_items_length: 1000,
        serialization_max_text_length: 6000,
        auto_saving: true,
        auto_saving_interval: 5000,
        health_check_max_retries: 5,
        webhook_polling_interval: 0,
        public_flow_cleanup_interval: 3600,
        public_flow_expiration: 86400,
        webhook_auth_enable: options.webhookAuthEnable,
        default_folder_name: "Starter Project",
        hide_getting_started_progress: false,
      });
    }),
  ),
];
