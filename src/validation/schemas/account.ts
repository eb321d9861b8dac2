// API keys, auth tokens, global variables.
import * as z from "zod/mini";
import { count, maybe, object } from "./common";

const apiKey = object({ id: z.string(), name: maybe(z.string()), api_key: z.string(), user_id: z.string() });
const variable = object({
  id: z.string(),
  name: z.string(),
  type: maybe(z.string()),
  value: maybe(z.string()),
  default_fields: maybe(z.array(z.string())),
});

export const accountSchemas = {
  apiKeyList: object({ total_count: count, user_id: z.string(), api_keys: z.array(apiKey) }),
  apiKeyCreated: apiKey,
  authTokens: object({ access_token: z.string(), refresh_token: maybe(z.string()), token_type: z.string() }),
  variable,
  variables: z.array(variable),
};
