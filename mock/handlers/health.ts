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
      jsonResponse({
        version: ctx.options.version,
        main_version: ctx.options.version,
        // Langflow 1.9-1.11 installed as langflow-base alone report that package and its own 0.x numbers.
        package: ctx.options.version.startsWith("0.") ? "Langflow Base" : "Langflow",
      }),
    ),
  ),
  http.get(
    api("/api/v1/config"),
    route(({ request }) => {
      const { options } = ctx;
      // 1.13.0 answers a public subset without credentials and the full config with them (same keys and order).
      const base = {
        feature_flags: {
          wxo_deployments: false,
          mvp_components: false,
          instance_migration: false,
          data_subject_requests: false,
        },
        max_file_size_upload: options.maxFileSizeMb,
        event_delivery: "streaming",
        voice_mode_available: false,
        frontend_timeout: 0,
        mcp_base_url: "",
        enable_extension_reload: false,
        authz_enabled: false,
        catalog_governance_enabled: false,
        substitute_outdated_component_code: true,
      };
      let authed = false;
      try {
        authenticate(ctx, request);
        authed = true;
      } catch {}
      if (!authed) return jsonResponse({ ...base, type: "public", allow_custom_components: true });
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
        allow_custom_components: true,
        embedded_mode: false,
        hide_logout_button: false,
        hide_new_project_button: false,
        hide_new_flow_button: false,
        hide_starter_projects: false,
        mcp_servers_locked: false,
        custom_component_admin_only: false,
        a2a_enabled: false,
        agentic_experience: true,
        assistant_max_message_length: 2000,
        local_vector_store_available: true,
        default_vector_store_backend: "sqlite",
        configured_vector_store_backends: [],
        blocked_component_types: [],
      });
    }),
  ),
];
