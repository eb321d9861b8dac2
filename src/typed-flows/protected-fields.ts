// The fields Langflow never lets a tweak change: the server answers 422 `TWEAKS_REFUSED` for them under every
// tweak policy. Mirrors `is_protected_tweak_field` in lfx/utils/flow_validation.py (Langflow 1.13.0) so the
// generated types leave them out; update it with the pinned server.

// Components that execute code (`CODE_EXECUTION_COMPONENT_TYPES`).
const CODE_EXECUTION_COMPONENT_TYPES = new Set([
  "CSVAgent",
  "CodeAct Agent (Smolagents)",
  "CodeActAgentSmolagents",
  "Cuga",
  "LambdaFilterComponent",
  "OpenDsStar Agent",
  "OpenDsStarAgent",
  "Python Code Structured",
  "PythonCodeStructuredTool",
  "Python Function",
  "PythonFunction",
  "PythonFunctionComponent",
  "Python Interpreter",
  "PythonREPLComponent",
  "Python REPL",
  "PythonREPLToolComponent",
  "PythonREPLTool",
  "Smart Transform",
]);

// Their fields that carry code or define the sandbox (`CODE_EXECUTION_FIELD_NAMES`).
const CODE_EXECUTION_FIELD_NAMES = new Set([
  "allow_dangerous_code",
  "function_code",
  "python_code",
  "tool_code",
  "filter_instruction",
  "global_imports",
]);

// Fields that cross a privileged boundary (`PROTECTED_TWEAK_FIELDS_BY_COMPONENT`).
const BING = ["bing_search_url"];
const PROTECTED_BY_COMPONENT: Record<string, readonly string[]> = {
  SQLComponent: ["database_url", "query"],
  BingSearchAPI: BING,
  BingSearchAPIComponent: BING,
  "Bing Search API": BING,
  "ext:bing:BingSearchAPIComponent@official": BING,
  "ext:bing:BingSearchAPIComponent@official-pre-a": BING,
  "lfx.components.bing.bing_search_api.BingSearchAPIComponent": BING,
  "lfx.components.bing.BingSearchAPIComponent": BING,
};

/** Whether the server refuses a tweak of this field (component type = the node's `data.type`). */
export function isProtectedField(
  componentType: string | undefined,
  fieldName: string,
  fieldType: string,
): boolean {
  if (fieldType === "code" || fieldName === "code") return true;
  if (componentType === undefined) return false;
  if (CODE_EXECUTION_COMPONENT_TYPES.has(componentType) && CODE_EXECUTION_FIELD_NAMES.has(fieldName))
    return true;
  return Object.hasOwn(PROTECTED_BY_COMPONENT, componentType)
    ? (PROTECTED_BY_COMPONENT[componentType] ?? []).includes(fieldName)
    : false;
}
