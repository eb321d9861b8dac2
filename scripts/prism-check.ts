// `npm run mock:prism-check`: the standalone mock behind `prism proxy --errors` over the spec. Drives every JSON
// endpoint the mock implements through Prism; any Prism violation (a problem+json answer or an `sl-violations`
// header) fails the check. Streams bypass Prism (their events are checked by the unit tests instead).
import { resolve } from "node:path";
import { startLangflowMockServer } from "../mock/server";
import { type PrismProxy, startPrismProxy } from "./prism/proxy";
import { type Step, steps } from "./prism/requests";

const ROOT = resolve(import.meta.dirname, "..");

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{([\w-]+)\}/g, (m, key: string) => vars[key] ?? m);
}

async function drive(base: string, apiKey: string, step: Step, vars: Record<string, string>) {
  const headers: Record<string, string> = {
    "x-api-key": apiKey,
    accept: "application/json",
    ...step.headers,
  };
  let body: BodyInit | undefined;
  if (step.form) body = step.form;
  else if (step.json !== undefined) {
    headers["content-type"] = "application/json";
    body = fill(JSON.stringify(step.json), vars);
  }
  const res = await fetch(`${base}${fill(step.path, vars)}`, { method: step.method, headers, body });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const violations: string[] = [];
  const header = res.headers.get("sl-violations");
  if (header) {
    for (const v of JSON.parse(header) as { severity?: string; message: string; location?: string[] }[]) {
      violations.push(`${v.severity ?? "Error"} ${v.location?.join(".") ?? ""}: ${v.message}`);
    }
  }
  if (type.includes("problem+json")) violations.push(`problem+json ${res.status}: ${text.slice(0, 400)}`);
  if (!violations.length && type.includes("json") && step.save) {
    try {
      step.save(JSON.parse(text), vars);
    } catch {}
  }
  return { status: res.status, violations };
}

async function main(): Promise<number> {
  const mock = await startLangflowMockServer({ port: 0, logRetrieval: true });
  let failures = 0;
  let prism: PrismProxy | undefined;
  try {
    prism = await startPrismProxy(ROOT, mock.url);
    const vars: Record<string, string> = {};
    for (const step of steps()) {
      const { status, violations } = await drive(prism.url, mock.apiKey, step, vars);
      if (violations.length) {
        failures += violations.length;
        console.log(`✗ ${step.method} ${step.path} (${step.name}) → ${status}`);
        for (const v of violations) console.log(`    ${v}`);
      } else {
        console.log(`✓ ${step.method} ${step.path} (${step.name}) → ${status}`);
      }
    }
    console.log(`\n${steps().length} requests through prism proxy --errors, ${failures} violation(s)`);
  } catch (error) {
    console.error(String(error), prism?.log().slice(-2000) ?? "");
    failures++;
  } finally {
    prism?.stop();
    await mock.close();
  }
  return failures === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
