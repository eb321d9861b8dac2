// The example flows as a user of an older real server has them. Each node of mock/flows/*.json carries the
// component code of the pinned server (1.13) that made it; a 1.9 user builds flows in the 1.9 UI, whose nodes
// carry 1.9's code. The 1.13 code does not run on 1.9 (it imports `lfx.utils.file_path_security`, which 1.9's lfx
// lacks: every run answers 500 "Error creating class. ModuleNotFoundError"), so on any other line the harness puts
// the server's own code (GET /api/v1/all) into each node, as the UI's "update component" does.

import { PINNED_LINE } from "../../../scripts/contract/types";
import { LangflowClient } from "../../../src/index";
import { type ExampleFlow, type ExampleFlowJson, exampleFlow } from "./flows";
import type { TargetConnection } from "./target";

interface Template {
  template?: { code?: { value?: unknown } };
}

const catalogs = new Map<string, Promise<Map<string, string>>>();

/** Component type -> its code on this server (one request per server and file; not recorded for parity). */
function serverCode(conn: TargetConnection): Promise<Map<string, string>> {
  let found = catalogs.get(conn.baseUrl);
  if (!found) {
    const lf = new LangflowClient({ baseUrl: conn.baseUrl, apiKey: conn.apiKey });
    found = lf.components().then((catalog) => {
      const code = new Map<string, string>();
      for (const category of Object.values(catalog)) {
        for (const [type, component] of Object.entries(category ?? {})) {
          const value = (component as Template)?.template?.code?.value;
          if (typeof value === "string") code.set(type, value);
        }
      }
      return code;
    });
    catalogs.set(conn.baseUrl, found);
  }
  return found;
}

/** The example flow, with the server's own component code when the target speaks another line than the pinned. */
export async function exampleFlowFor(
  name: ExampleFlow,
  line: string,
  conn: TargetConnection | undefined,
): Promise<ExampleFlowJson> {
  const json = exampleFlow(name);
  if (line === PINNED_LINE || !conn) return json;
  const code = await serverCode(conn);
  const nodes = (json.data as { nodes?: { data?: unknown }[] }).nodes ?? [];
  for (const node of nodes) {
    const data = node.data as { type?: string; node?: Template } | undefined;
    const own = data?.type ? code.get(data.type) : undefined;
    const slot = data?.node?.template?.code;
    if (own === undefined || !slot) throw new Error(`${name}: this server has no component ${data?.type}`);
    slot.value = own;
  }
  return json;
}
