// What `#langflow-direct-http` is in browsers and other runtimes without node:http (package.json "imports",
// condition "default"): nothing, so every call goes through fetch.
import type { DirectHttp } from "./direct-http.node";

export const directHttp: DirectHttp | undefined = undefined;
