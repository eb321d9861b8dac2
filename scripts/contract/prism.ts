// The prism target: the standalone mock (a real HTTP server) behind `prism proxy --errors`, which checks every
// request and JSON response against the spec and marks violations (`sl-violations`, or its own problem+json).
import { startLangflowMockServer } from "../../mock/server";
import { type PrismProxy, startPrismProxy } from "../prism/proxy";
import type { TargetEnv } from "./types";

export async function startPrismTarget(root: string): Promise<TargetEnv> {
  const superuser = { username: "langflow", password: "langflow-mock-password" };
  const mock = await startLangflowMockServer({ port: 0, superuser });
  let prism: PrismProxy;
  try {
    prism = await startPrismProxy(root, mock.url);
  } catch (error) {
    await mock.close();
    throw error;
  }
  const url = prism.url;
  const stop = async () => {
    prism.stop();
    await mock.close();
  };
  return {
    env: {
      LANGFLOW_SERVER_URL: url,
      LANGFLOW_API_KEY: mock.apiKey,
      LANGFLOW_SUPERUSER: superuser.username,
      LANGFLOW_SUPERUSER_PASSWORD: superuser.password,
    },
    description: `standalone mock ${mock.url} behind prism proxy --errors ${url}`,
    stop,
  };
}
