// Scripted answers: rules a test gives the mock (`createLangflowMock({ script })`, `mock.script.add(...)`,
// `langflow-mock --script FILE`) to decide what a stand-in (model, agent, tool, retriever, ...) or an unknown
// component answers. The newest matching rule wins.

export type TextMatcher = string | RegExp | ((input: string) => boolean);

export interface ScriptToolCall {
  /** The tool's name (an agent's tool: the component's display name or type). */
  name: string;
  input?: Record<string, unknown>;
  /** What the tool answered; default: the tool stand-in's answer. */
  output?: unknown;
}

/** What an agent's tool call came to, for a rule's `text` function (the agent answers after its calls). */
export interface ScriptToolResult {
  /** The tool's name as the agent called it (its `tools_metadata` row name when the component has one). */
  name: string;
  /** The arguments the tool ran with (the edited ones after an `edit` decision). */
  input: Record<string, unknown>;
  /** The tool's answer, or what the agent was told instead (a rejection, the human's `respond` message). */
  output: unknown;
  /** `none` when the tool needs no approval; else the human's decision (lfx HumanInTheLoopMiddleware). */
  decision: "none" | "approve" | "edit" | "reject" | "respond";
}

/** What a rule's `text` function is told besides the input: an agent's tool calls and how they ended. */
export interface ScriptTurn {
  toolCalls: ScriptToolResult[];
}

export interface ScriptRule {
  /** The flow: its id or name (a string matches either), or a RegExp on the name. */
  flow?: string | RegExp;
  /** The component: a string matches its id, type or display name exactly; a RegExp any of them. */
  component?: string | RegExp;
  /** The text the component received (a string matches when the input contains it). */
  input?: TextMatcher;
  /**
   * The answer: text, or a function of the input (an agent's: called after its tool calls, with what they came to,
   * so a test can answer differently when a human rejected a tool).
   */
  text?: string | ((input: string, turn: ScriptTurn) => string);
  /** The answer as tokens (streamed one by one where the real component streams). */
  tokens?: string[];
  /** An agent calls these tools before it answers (content blocks as the real Agent shows them). */
  toolCalls?: ScriptToolCall[];
  /** The component fails with this message (the run fails as it would on the server). */
  error?: string;
  /** Waits this long (on the mock's clock) before answering. */
  delayMs?: number;
  /** How many runs the rule answers; default: every one. */
  times?: number;
}

export interface ScriptTarget {
  flowId: string;
  flowName: string;
  componentId: string;
  componentType: string;
  displayName: string;
  input: string;
}

export class ScriptBook {
  #rules: { rule: ScriptRule; left: number }[] = [];

  constructor(rules: ScriptRule[] = []) {
    this.add(...rules);
  }

  /** Adds rules; a rule added later wins over earlier ones. */
  add(...rules: ScriptRule[]): this {
    for (const rule of rules) {
      checkRule(rule);
      this.#rules.unshift({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    }
    return this;
  }

  clear(): void {
    this.#rules = [];
  }

  get rules(): readonly ScriptRule[] {
    return this.#rules.map((r) => r.rule);
  }

  /** Whether some rule names this component (ignoring the input): for the load check. */
  covers(target: Omit<ScriptTarget, "input">): boolean {
    return this.#rules.some(
      ({ rule, left }) => left > 0 && targets(rule, target) && rule.component !== undefined,
    );
  }

  /** The rule answering this call (counted against its `times`), or undefined. */
  take(target: ScriptTarget): ScriptRule | undefined {
    const found = this.#rules.find(
      ({ rule, left }) => left > 0 && targets(rule, target) && matchesText(rule.input, target.input),
    );
    if (found) found.left--;
    return found?.rule;
  }
}

function targets(rule: ScriptRule, t: Omit<ScriptTarget, "input">): boolean {
  if (rule.flow !== undefined) {
    const ok =
      typeof rule.flow === "string"
        ? rule.flow === t.flowId || rule.flow === t.flowName
        : rule.flow.test(t.flowName);
    if (!ok) return false;
  }
  if (rule.component !== undefined) {
    const names = [t.componentId, t.componentType, t.displayName];
    const ok =
      typeof rule.component === "string"
        ? names.includes(rule.component)
        : names.some((n) => (rule.component as RegExp).test(n));
    if (!ok) return false;
  }
  return true;
}

function matchesText(matcher: TextMatcher | undefined, input: string): boolean {
  if (matcher === undefined) return true;
  if (typeof matcher === "string") return input.includes(matcher);
  if (matcher instanceof RegExp) return matcher.test(input);
  return matcher(input);
}

const RULE_KEYS = new Set([
  "flow",
  "component",
  "input",
  "text",
  "tokens",
  "toolCalls",
  "error",
  "delayMs",
  "times",
]);

function checkRule(rule: ScriptRule): void {
  if (typeof rule !== "object" || rule === null) throw new TypeError("A script rule must be an object.");
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.has(key))
      throw new TypeError(`Unknown script rule field "${key}" (fields: ${[...RULE_KEYS].join(", ")}).`);
  }
  const answers = ["text", "tokens", "toolCalls", "error", "delayMs"].filter(
    (k) => rule[k as keyof ScriptRule] !== undefined,
  );
  if (answers.length === 0)
    throw new TypeError("A script rule needs an answer: text, tokens, toolCalls, error or delayMs.");
  if (rule.tokens && !Array.isArray(rule.tokens))
    throw new TypeError("A script rule's tokens must be an array.");
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times > 0))
    throw new TypeError("A script rule's times must be a positive integer.");
}
