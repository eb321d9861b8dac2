// Build-time settings of the browser example (both optional; the page's query string wins).
interface ImportMetaEnv {
  readonly VITE_LANGFLOW_URL?: string;
  readonly VITE_LANGFLOW_API_KEY?: string;
}
