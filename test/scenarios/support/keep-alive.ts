// Setup file of the scenario suite on a server over TCP (prism, real): Node's fetch keeps an idle connection for 4 s
// and sends the next request on it, while Langflow on Linux runs under gunicorn, whose default `keepalive` of 2 s
// becomes uvicorn's idle timeout (uvicorn/workers.py: `timeout_keep_alive = cfg.keepalive`). A request written as
// the server closes such a connection fails with "other side closed"; the SDK retries that for GETs but not for a
// POST (it may have run: see src/core/retry.ts), so on a loaded machine a scenario's flow upload failed now and then
// (contract run 2026-12-03, real 1.12). Dropping idle connections after 1 s, before the server does, removes the
// race; docs/server-quirks.md says what an app can do (the same, with its own dispatcher).
import { Agent, setGlobalDispatcher } from "undici";

setGlobalDispatcher(new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 }));
