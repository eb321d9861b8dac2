// Which server the scenarios run against: LANGFLOW_TARGET=mock (default: the in-process msw mock),
// prism (the standalone mock behind `prism proxy --errors`, started by scripts/contract.ts) or real
// (a running Langflow at LANGFLOW_SERVER_URL with LANGFLOW_API_KEY).
import { PINNED_LINE, TARGETS, type TargetName } from "../../../scripts/contract/types";

export function currentTarget(): TargetName {
  const value = process.env.LANGFLOW_TARGET ?? "mock";
  if (!(TARGETS as readonly string[]).includes(value)) {
    throw new Error(`LANGFLOW_TARGET must be one of ${TARGETS.join(", ")} (got "${value}").`);
  }
  return value as TargetName;
}

/**
 * The Langflow line the target speaks: LANGFLOW_LINE, which scripts/contract.ts sets per real server (1.9 ... 1.13)
 * and for the mock standing in for one; the pinned line when unset.
 */
export function currentLine(): string {
  const value = process.env.LANGFLOW_LINE ?? PINNED_LINE;
  if (!/^\d+\.\d+$/.test(value)) throw new Error(`LANGFLOW_LINE must look like 1.10 (got "${value}").`);
  return value;
}

export interface TargetConnection {
  baseUrl: string;
  apiKey: string;
  /** The superuser's credentials, for the login scenario. */
  username: string;
  password: string;
}

/** The connection of the prism and real targets, from the environment the contract runner sets. */
export function connectionFromEnv(target: TargetName): TargetConnection {
  const need = (name: string) => {
    const value = process.env[name];
    if (!value) {
      throw new Error(
        `LANGFLOW_TARGET=${target} needs ${name}; run \`npm run test:contract\`, which starts the servers and sets it.`,
      );
    }
    return value;
  };
  return {
    baseUrl: need("LANGFLOW_SERVER_URL"),
    apiKey: need("LANGFLOW_API_KEY"),
    username: need("LANGFLOW_SUPERUSER"),
    password: need("LANGFLOW_SUPERUSER_PASSWORD"),
  };
}
