"""The Python side of test/referee/*.test.ts: runs the Python langflow_sdk (the referee) on what the test asks.

Reads one JSON job on stdin, writes one JSON answer on stdout:
  {"op": "starter_projects"}                         -> {"paths": [...]} the starter project files of this venv
  {"op": "normalize", "inputs": [{"id", "path"}], "combos": [{...normalize_flow kwargs, "indent": n}]}
                                                     -> {"<id>": ["<sha256 of flow_to_json output>" | "error: ...", ...]}
  {"op": "dump", "path", "combo", "out"}             -> writes that one output to `out` (to show a difference)
  {"op": "floats", "texts": [...]}                   -> {"dumps": [json.dumps(json.loads(t)) ...]}
"""

import hashlib
import json
import sys
from pathlib import Path

from langflow_sdk.serialization import flow_to_json, normalize_flow


def render(flow, combo):
    kwargs = dict(combo)
    indent = kwargs.pop("indent")
    return flow_to_json(normalize_flow(flow, **kwargs), indent=indent)


def main():
    job = json.load(sys.stdin)
    op = job["op"]
    if op == "starter_projects":
        import langflow.initial_setup

        folder = Path(langflow.initial_setup.__file__).parent / "starter_projects"
        answer = {"paths": sorted(str(p) for p in folder.glob("*.json"))}
    elif op == "normalize":
        answer = {}
        for item in job["inputs"]:
            flow = json.loads(Path(item["path"]).read_text(encoding="utf-8"))
            hashes = []
            for combo in job["combos"]:
                try:
                    text = render(flow, combo)
                    hashes.append(hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
                except Exception as exc:  # noqa: BLE001 - the error is the answer
                    hashes.append(f"error: {exc!r}")
            answer[item["id"]] = hashes
    elif op == "dump":
        flow = json.loads(Path(job["path"]).read_text(encoding="utf-8"))
        Path(job["out"]).write_text(render(flow, job["combo"]), encoding="utf-8")
        answer = {}
    elif op == "floats":
        answer = {"dumps": [json.dumps(json.loads(t)) for t in job["texts"]]}
    else:
        raise SystemExit(f"unknown op {op!r}")
    json.dump(answer, sys.stdout)


main()
