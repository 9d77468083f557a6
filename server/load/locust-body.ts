/**
 * The part of an exported locustfile that is the same for every scenario (server/load/locustfile.ts
 * writes the scenario's constants above it). Python, read by a person: Locust's own FastHttpUser,
 * @task, wait_time, events and statistics; the summary the master writes is this project's load
 * format (lib/load/summary.ts), so `load-check` judges it as it judges a `--load` run.
 */
export const LOCUST_IMPORTS = String.raw`
import ast
import base64
import json
import math
import os
import re
import time
import urllib.parse
import urllib.request
from urllib.parse import urlsplit

import gevent

from locust import FastHttpUser, constant, constant_throughput, events, task
from locust.exception import StopUser
from locust.runners import WorkerRunner
`;

export const LOCUST_BODY = String.raw`
LEGACY_VERSION = "2025-11-25"
MODERN_VERSION = "2026-07-28"
TOOL_ERROR = "tool error: "
_url = urlsplit(SERVER_URL)
ORIGIN = f"{_url.scheme}://{_url.netloc}"
PATH = _url.path + (f"?{_url.query}" if _url.query else "") or "/"


def modern_meta():
    """The per-request _meta envelope of the 2026-07-28 era (no session: every request says who it is)."""
    return {
        "io.modelcontextprotocol/protocolVersion": MODERN_VERSION,
        "io.modelcontextprotocol/clientInfo": CLIENT_INFO,
        "io.modelcontextprotocol/clientCapabilities": {},
    }


def messages_of(resp):
    """The JSON-RPC messages of an answer sent as JSON or as an SSE stream (its data: lines)."""
    text = resp.text or ""
    found = []
    if "text/event-stream" in (resp.headers.get("content-type") or ""):
        data = []
        for line in text.splitlines() + [""]:
            if line.startswith("data:"):
                data.append(line[6:] if line.startswith("data: ") else line[5:])
            elif line == "" and data:
                # An event with empty data (a resumability priming event) carries no message.
                if "".join(data).strip():
                    found.append(json.loads("\n".join(data)))
                data = []
    elif text.strip():
        found.append(json.loads(text))
    flat = []
    for m in found:
        flat.extend(m if isinstance(m, list) else [m])
    return flat


def answer_to(resp, request_id):
    """The response to our request among the answer's messages (notifications may come first)."""
    try:
        for m in messages_of(resp):
            if isinstance(m, dict) and m.get("id") == request_id and ("result" in m or "error" in m):
                return m
    except ValueError as e:
        return {"error": {"code": "parse", "message": f"the answer is not JSON: {e}"}}
    return None


def error_text(error):
    return f"MCP error {error.get('code')}: {error.get('message')}"


def first_text(result):
    for block in result.get("content") or []:
        if isinstance(block, dict) and isinstance(block.get("text"), str):
            return block["text"][:200]
    return "(no text)"


# OAuth client credentials: one token per process, asked for again shortly before it expires.
_token = {"value": None, "expires": 0.0}


def _get_json(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}), timeout=10) as r:
        return json.loads(r.read())


def _first_json(urls):
    for url in urls:
        try:
            return _get_json(url)
        except Exception:
            continue
    raise RuntimeError(f"no OAuth metadata at {urls[0]}")


def token_endpoint():
    """RFC 9728 protected-resource metadata names the authorization server; RFC 8414 its token endpoint."""
    path = _url.path.rstrip("/")
    resource = _first_json([f"{ORIGIN}/.well-known/oauth-protected-resource{path}", f"{ORIGIN}/.well-known/oauth-protected-resource"])
    issuer = urlsplit((resource.get("authorization_servers") or [ORIGIN])[0])
    base, ipath = f"{issuer.scheme}://{issuer.netloc}", issuer.path.rstrip("/")
    meta = _first_json([
        f"{base}/.well-known/oauth-authorization-server{ipath}",
        f"{base}/.well-known/openid-configuration{ipath}",
        f"{base}{ipath}/.well-known/openid-configuration",
    ])
    return meta["token_endpoint"], meta.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]


def bearer():
    """The access token: from TOKEN_ENV, or asked for with the client credentials (the secret from OAUTH's env var)."""
    if OAUTH is None:
        return os.environ.get(TOKEN_ENV) or None
    if _token["value"] and time.time() < _token["expires"] - 30:
        return _token["value"]
    secret = os.environ.get(OAUTH["secret_env"])
    if not secret:
        raise RuntimeError(f"set {OAUTH['secret_env']} to the client secret of {OAUTH['client_id']}")
    url, methods = (OAUTH["token_url"], ["client_secret_basic"]) if OAUTH.get("token_url") else token_endpoint()
    form = {"grant_type": "client_credentials", "resource": SERVER_URL}
    if OAUTH.get("scope"):
        form["scope"] = OAUTH["scope"]
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    if "client_secret_basic" in methods:
        pair = f"{urllib.parse.quote(OAUTH['client_id'], safe='')}:{urllib.parse.quote(secret, safe='')}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
    else:
        form.update(client_id=OAUTH["client_id"], client_secret=secret)
    req = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        answer = json.loads(r.read())
    _token.update(value=answer["access_token"], expires=time.time() + float(answer.get("expires_in") or 3600))
    return _token["value"]


def share(total, environment):
    """Each user's part of a count over all users (-u), rounded up."""
    if total is None:
        return None
    users = getattr(environment.parsed_options, "num_users", None) or CONCURRENCY
    return math.ceil(total / users)


class McpToolUser(FastHttpUser):
    """One MCP client: its own session (handshake once), then the tool in a loop."""

    host = ORIGIN
    # --load-rate is over all users; each user keeps its share.
    wait_time = constant_throughput(RATE / CONCURRENCY) if RATE else constant(0)

    def on_start(self):
        self.next_id = 0
        self.era = None
        self.session_id = None
        self.calls_left = share(REQUESTS, self.environment)
        self.open_session()
        for _ in range(share(WARMUP, self.environment) or 0):
            self.call_tool(f"{TOOL} (warm-up)")

    def on_stop(self):
        if self.session_id:
            # The 2025 era's session ends with a DELETE (a server may answer 405: it keeps it).
            with self.client.request("DELETE", PATH, headers=self.headers(None), name="(end session)", catch_response=True) as resp:
                if resp.status_code in (404, 405) or resp.status_code < 400:
                    resp.success()

    @task
    def call(self):
        if self.era is None:
            self.open_session()
            if self.era is None:
                return
        if self.calls_left is not None:
            if self.calls_left <= 0:
                raise StopUser()
            self.calls_left -= 1
        self.call_tool(TOOL)

    def headers(self, method, name=None):
        h = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream", **HEADERS}
        token = bearer()
        if token:
            h["Authorization"] = f"Bearer {token}"
        if self.era == "modern":
            h["Mcp-Protocol-Version"] = MODERN_VERSION
            if method:
                h["Mcp-Method"] = method
            if name:
                h["Mcp-Name"] = name
        elif self.era == "legacy":
            h["Mcp-Protocol-Version"] = self.version
        if self.session_id:
            h["Mcp-Session-Id"] = self.session_id
        return h

    def exchange(self, method, params, name, judge, tool=None):
        """POST one JSON-RPC request; judge(status, answer) says why it failed (or None: it did not)."""
        self.next_id += 1
        body = {"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}
        with self.client.post(PATH, data=json.dumps(body), headers=self.headers(method, tool), name=name, catch_response=True) as resp:
            answer = answer_to(resp, self.next_id) if resp.text else None
            why = judge(resp.status_code, answer)
            if why is None:
                resp.success()
            else:
                resp.failure(why)
            return resp, answer, why

    def open_session(self):
        """initialize + notifications/initialized (2025-11-25), or server/discover (2026-07-28), as PROTOCOL_ERA says."""
        self.session_id = None
        if PROTOCOL_ERA != "modern":
            params = {"protocolVersion": LEGACY_VERSION, "capabilities": {}, "clientInfo": CLIENT_INFO}
            self.era = None
            resp, answer, why = self.exchange("initialize", params, "initialize", self.judge_initialize)
            if why is None and not self.refused_for_version(resp, answer):
                self.era = "legacy"
                self.version = answer["result"].get("protocolVersion", LEGACY_VERSION)
                self.session_id = resp.headers.get("mcp-session-id")
                note = {"jsonrpc": "2.0", "method": "notifications/initialized"}
                self.client.post(PATH, data=json.dumps(note), headers=self.headers("notifications/initialized"), name="notifications/initialized")
                return
            if PROTOCOL_ERA == "legacy" or not self.refused_for_version(resp, answer):
                time.sleep(1)  # the failure is counted under "initialize"; the next task tries again
                return
        self.era = "modern"
        _, _, why = self.exchange("server/discover", {"_meta": modern_meta()}, "server/discover", self.judge_discover)
        if why is not None:
            self.era = None
            time.sleep(1)

    def refused_for_version(self, resp, answer):
        """A 2026-07-28 server's answer to initialize (what no 2025 server says): switch to server/discover."""
        error = (answer or {}).get("error") or {}
        if error.get("code") in (-32022, -32020, -32601):
            return True
        if ((answer or {}).get("result") or {}).get("protocolVersion") == MODERN_VERSION:
            return True
        return resp.status_code == 400 and MODERN_VERSION in (resp.text or "")

    def judge_initialize(self, status, answer):
        if PROTOCOL_ERA == "auto" and status == 400 and answer and "error" in answer:
            return None  # a 2026-07-28 server refusing the 2025 handshake: not a failure, the era switches
        return self.judge_handshake(status, answer)

    def judge_discover(self, status, answer):
        why = self.judge_handshake(status, answer)
        if why is None and MODERN_VERSION not in (answer["result"].get("supportedVersions") or []):
            return f"the server does not offer {MODERN_VERSION} in server/discover"
        return why

    @staticmethod
    def judge_handshake(status, answer):
        if answer and "error" in answer:
            return error_text(answer["error"])
        if status >= 400 or not answer:
            return f"HTTP {status}" + ("" if answer else ": no answer to the request")
        return None

    def call_tool(self, name):
        params = {"name": TOOL, "arguments": ARGUMENTS}
        meta = {**(modern_meta() if self.era == "modern" else {}), **META}
        if meta:
            params["_meta"] = meta
        resp, answer, why = self.exchange("tools/call", params, name, self.judge_call, tool=TOOL)
        if resp.status_code == 404 and self.session_id:
            self.era = None  # the 2025 session ended on the server: the next task opens another

    @staticmethod
    def judge_call(status, answer):
        """A JSON-RPC error or isError: true is a failure, with the message this project groups (errorMessages)."""
        if answer and "error" in answer:
            return error_text(answer["error"])
        if status >= 400 or not answer:
            return f"HTTP {status}" + ("" if answer else ": no answer to the request")
        if (answer.get("result") or {}).get("isError") is True:
            return TOOL_ERROR + first_text(answer["result"])
        return None


# ---- The summary, on the master (or a one-machine run): this project's load format ----

_run = {"workers": 0, "started": None, "stopped": None}


@events.init.add_listener
def _fresh_clock(environment, **kwargs):
    # gevent's loop caches "now" until it next runs: without this, --run-time on one machine is
    # counted from before Locust's start-up, and a short run ends early (or before any call).
    gevent.get_hub().loop.update_now()


@events.test_start.add_listener
def _run_started(environment, **kwargs):
    _run["started"] = time.monotonic()
    _run["workers"] = max(_run["workers"], getattr(environment.runner, "worker_count", 0))


@events.test_stop.add_listener
def _run_stopped(environment, **kwargs):
    _run["stopped"] = time.monotonic()
    _run["workers"] = max(_run["workers"], getattr(environment.runner, "worker_count", 0))


def _message_of(error):
    """A failure's message: Locust keeps the exception itself, or (sent from a worker) its repr, CatchResponseError('…')."""
    if isinstance(error, BaseException):
        return str(error.args[0]) if error.args else type(error).__name__
    error = str(error)
    m = re.match(r"^\w+\((.*)\)$", error, re.S)
    if m:
        try:
            value = ast.literal_eval(m.group(1))
            if isinstance(value, str):
                return value
        except (ValueError, SyntaxError):
            pass
    return error


def _grouped(counts):
    """As the inspector's errorMessages: ten kinds, most frequent first, the rest under "(other)"."""
    ordered = sorted(counts.items(), key=lambda kv: -kv[1])
    out = [{"message": m, "count": c} for m, c in ordered[:10]]
    rest = sum(c for _, c in ordered[10:])
    if rest:
        out.append({"message": "(other)", "count": rest})
    return out


def _bins(response_times, n=32):
    """About n log-scale bins of Locust's own response-time buckets, for the Load panel's histogram."""
    times = sorted((float(t), c) for t, c in response_times.items() if c)
    if not times:
        return []
    lo, hi = max(times[0][0], 0.001), max(times[-1][0], 0.001)
    step = (math.log(hi) - math.log(lo)) / n if hi > lo else 1
    bins = {}
    for t, c in times:
        i = min(n - 1, int((math.log(max(t, 0.001)) - math.log(lo)) / step)) if hi > lo else 0
        bins[i] = bins.get(i, 0) + c
    edge = lambda i: round(lo * math.exp(step * i), 3) if hi > lo else round(lo, 3)
    return [{"fromMs": edge(i), "toMs": edge(i + 1) if hi > lo else round(hi, 3), "count": c} for i, c in sorted(bins.items())]


def summary_of(environment):
    """The run in lib/load/summary.ts's format, from Locust's statistics for the tool's calls."""
    stats = environment.runner.stats
    entry = stats.get(TOOL, "POST")
    requests, failures = entry.num_requests, entry.num_failures
    tool_errors, errors = {}, {}
    for e in stats.errors.values():
        if e.name != TOOL:
            continue
        message = _message_of(e.error)
        if message.startswith(TOOL_ERROR):
            key = message[len(TOOL_ERROR):]
            tool_errors[key] = tool_errors.get(key, 0) + e.occurrences
        else:
            errors[message] = errors.get(message, 0) + e.occurrences
    n_tool_errors = sum(tool_errors.values())
    # The run's own clock (Locust's last_request_timestamp is in whole seconds).
    if _run["started"] is not None and _run["stopped"] is not None:
        elapsed_s = _run["stopped"] - _run["started"]
    else:
        elapsed_s = max(entry.last_request_timestamp - entry.start_time, 0) if requests else 0
    # Locust's histogram keeps two significant digits: a percentile read from it stays within min and max.
    low, high = entry.min_response_time or 0, entry.max_response_time
    pct = lambda p: round(min(max(float(entry.get_response_time_percentile(p)), low), high), 2)
    options = environment.parsed_options
    users = getattr(options, "num_users", None) or CONCURRENCY
    run_time = getattr(options, "run_time", None)
    result = {"tool": TOOL, "concurrency": users}
    if run_time:
        result["durationMs"] = run_time * 1000
    if REQUESTS is not None:
        result["requestLimit"] = REQUESTS
    if RATE is not None:
        result["rate"] = RATE
    result.update({
        "requests": requests,
        "ok": requests - failures,
        "toolErrors": n_tool_errors,
        "errors": failures - n_tool_errors,
        "errorRate": round(failures / requests, 4) if requests else 0,
        "elapsedMs": round(elapsed_s * 1000, 2),
        "throughput": round(requests / elapsed_s, 2) if elapsed_s > 0 else 0,
        "latencyMs": {
            "min": round(entry.min_response_time or 0, 2),
            "mean": round(entry.avg_response_time, 2),
            "p50": pct(0.5),
            "p90": pct(0.9),
            "p99": pct(0.99),
            "max": round(entry.max_response_time, 2),
        } if requests else None,
        "errorMessages": _grouped(errors),
    })
    start = int(entry.start_time)
    throughput = [
        {"atMs": (second - start) * 1000, "perSecond": count, "failedPerSecond": entry.num_fail_per_sec.get(second, 0)}
        for second, count in sorted(entry.num_reqs_per_sec.items())
    ]
    return {
        "format": "mcp-inspector-load",
        "version": 1,
        "result": result,
        "details": {
            "engine": "locust",
            "workers": _run["workers"],
            "transport": "http",
            "warmup": WARMUP,
            "percentiles": "locust",
            "wireLatencyMs": None,
            "overheadMsPerCall": None,
            "histogram": _bins(entry.response_times),
            "throughput": throughput,
            "toolErrorMessages": _grouped(tool_errors),
            "stopReason": "requests" if REQUESTS is not None and requests >= REQUESTS else "duration",
            "verdicts": [],
            "sampled": {"kept": [], "framesNotKept": 0, "errorsNotKept": 0},
        },
    }


@events.quitting.add_listener
def _write_summary(environment, **kwargs):
    # Workers hold only their own part: the master (or a one-machine run) writes the whole run.
    if isinstance(environment.runner, WorkerRunner):
        return
    path = os.environ.get("MCP_LOAD_SUMMARY")
    if not path:
        return
    text = json.dumps(summary_of(environment), indent=2) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
`;
