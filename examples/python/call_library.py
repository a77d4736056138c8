"""Calling housing-conduct-rules from Python, with the standard library only (docs/cli.md).

Runs the command line on the example files, then starts the HTTP service on a free port and calls
it, checking each answer, and prints what it did. Exit 0 when every check holds, 1 otherwise.

    python3 examples/python/call_library.py            # from the repository, after npm run build
    python3 node_modules/housing-conduct-rules/examples/python/call_library.py   # from an install

The command line it runs is `node <package>/dist/cli.js`; set HCR_COMMAND to run another, e.g.
HCR_COMMAND="npx housing-conduct-rules".
"""

import json
import os
import shlex
import subprocess
import sys
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)
COMMAND = shlex.split(
    os.environ.get("HCR_COMMAND")
    or f'node "{os.path.join(EXAMPLES, os.pardir, "dist", "cli.js")}"'
)
failures = []


def check(label, holds):
    print(("ok    " if holds else "FAIL  ") + label)
    if not holds:
        failures.append(label)


def example(name):
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as file:
        return json.load(file)


# The command line: JSON on stdin, the Result on stdout with --json; exit 0 done, 1 refused or
# declined, 2 bad input or usage.
def run(command, payload, *options):
    done = subprocess.run(
        [*COMMAND, command, "-", "--json", *options],
        input=json.dumps(payload), capture_output=True, text=True,
    )
    if done.returncode == 2:
        raise ValueError(done.stdout or done.stderr)  # bad input or usage
    return done.returncode, json.loads(done.stdout)


# The service: the function's arguments by name; 200, 400 and 422 all carry the Result.
def call(base, function, arguments):
    request = urllib.request.Request(
        f"{base}/v1/{function}", data=json.dumps(arguments).encode(),
        headers={"content-type": "application/json"}, method="POST",
    )
    return send(request)


def send(request):
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        with error:  # the body is still the Result; close it, as a long-lived client should
            return error.code, json.load(error)


def command_line():
    contact = example("contact-check.json")
    code, result = run("check-contact", contact, "--policy", "selwood")
    check("check-contact: a general call under a SPOC-only restriction is redirected, exit 1",
          code == 1 and result["value"]["outcome"] == "redirect")
    code, result = run("check-contact", example("contact-emergency.json"))
    check("check-contact: an emergency is always taken (TEP-7), exit 0",
          code == 0 and result["value"]["outcome"] == "allow-exclusion")
    code, result = run("classify", example("incident.json"), "--policy", "housing-ombudsman-2021")
    check("classify: persistent swearing at staff is unacceptable, exit 0",
          code == 0 and result["value"]["unacceptable"] is True)
    code, result = run("replay", example("case-refused.json"))
    check("replay: a written warning with no EIA is refused EIA_REQUIRED at event 1, exit 1",
          code == 1 and result["error"]["code"] == "EIA_REQUIRED" and result["error"]["index"] == 1)
    code, replayed = run("replay", example("case-events.json"))
    check("replay: the example case folds to a restriction, exit 0",
          code == 0 and replayed["value"]["stage"] == "restricted")
    code, owed = run("obligations", replayed["value"], "--at", "2026-10-01T09:00:00Z")
    check("obligations on the stored state: the review due 2 September 2026 is overdue (TEP-10)",
          code == 0 and any(o["kind"] == "case-review" and o["overdue"] for o in owed["value"]))
    try:
        run("classify", {"id": "x"})
        check("classify: an incident the library refuses is bad input, exit 2", False)
    except ValueError:
        check("classify: an incident the library refuses is bad input, exit 2", True)


def service():
    server = subprocess.Popen(
        [*COMMAND, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True,
    )
    try:
        # "housing-conduct-rules serving on http://127.0.0.1:PORT"
        base = server.stderr.readline().strip().rsplit(" ", 1)[-1]
        check(f"serve --port 0 binds 127.0.0.1 ({base})", base.startswith("http://127.0.0.1:"))
        status, health = send(urllib.request.Request(f"{base}/health"))
        check("GET /health: 200 { ok: true }", status == 200 and health == {"ok": True})
        status, openapi = send(urllib.request.Request(f"{base}/openapi.json"))
        check("GET /openapi.json: OpenAPI 3.1, a POST per function",
              status == 200 and openapi["openapi"].startswith("3.1")
              and "/v1/appealDeadline" in openapi["paths"])

        status, deadline = call(base, "appealDeadline",
                                {"decisionLetterDate": "2026-03-02", "policy": "tenancy-enforcement-procedure"})
        check("appealDeadline by a preset's name: the last day is 2026-03-16 (TEP-11.2)",
              status == 200 and deadline["value"]["lastDay"] == "2026-03-16")
        status, classified = call(base, "classifyIncident", {
            "incident": example("incident.json"), "options": {"policy": "housing-ombudsman-2021"}})
        check("classifyIncident with a preset's name inside options: 200",
              status == 200 and classified["value"]["unacceptable"] is True)
        case = example("case-events.json")
        status, replayed = call(base, "replay",
                                {"events": case["events"], "policy": "selwood", "opening": case["opening"]})
        check("replay under Selwood: 200, the state to store", status == 200 and replayed["ok"])
        status, owed = call(base, "obligations", {
            "state": replayed["value"], "at": "2026-10-01T09:00:00Z", "policy": "selwood"})
        check("obligations on the stored state: 200, a list", status == 200 and isinstance(owed["value"], list))
        refused = example("case-refused.json")
        status, opened = call(base, "openCase", refused["opening"])
        status, applied = call(base, "applyEvent", {
            "state": opened["value"], "event": refused["events"][0], "policy": "selwood"})
        status, applied = call(base, "applyEvent", {
            "state": applied["value"], "event": refused["events"][1], "policy": "selwood"})
        check("applyEvent: a written warning with no EIA is 422 EIA_REQUIRED, the body the Result",
              status == 422 and applied["error"]["code"] == "EIA_REQUIRED")
        contact = example("contact-check.json")
        status, decision = call(base, "checkContact", {
            "restrictions": contact["restrictions"], "contact": contact["contact"],
            "options": {"policy": "selwood"}})
        check("checkContact: a decision is a value, whatever it decides: 200 redirect",
              status == 200 and decision["value"]["outcome"] == "redirect")

        status, bad = send(urllib.request.Request(
            f"{base}/v1/appealDeadline", data=b"{not json", method="POST",
            headers={"content-type": "application/json"}))
        check("bad JSON: 400 INVALID_JSON", status == 400 and bad["error"]["code"] == "INVALID_JSON")
        status, bad = call(base, "appealDeadline", {"decisionLetterDate": "2026-02-30", "policy": "selwood"})
        check("a date that does not exist: 400 INVALID_INPUT naming decisionLetterDate",
              status == 400 and bad["error"]["issues"][0]["path"] == "decisionLetterDate")
        status, missing = call(base, "noSuchFunction", {})
        check("an unknown function: 404 NOT_FOUND", status == 404 and missing["error"]["code"] == "NOT_FOUND")
        status, wrong = send(urllib.request.Request(f"{base}/v1/appealDeadline"))
        check("GET on a function: 405 METHOD_NOT_ALLOWED",
              status == 405 and wrong["error"]["code"] == "METHOD_NOT_ALLOWED")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
            check("serve stops on SIGTERM", True)
        except subprocess.TimeoutExpired:
            server.kill()
            check("serve stops on SIGTERM", False)


if __name__ == "__main__":
    command_line()
    service()
    print(f"{len(failures)} check(s) failed" if failures else "every check held")
    sys.exit(1 if failures else 0)
