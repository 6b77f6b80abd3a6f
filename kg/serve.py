"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a store folder, run by the Oxigraph server.

Oxigraph (`oxigraph serve-read-only`) answers the queries, negotiates the result formats (JSON,
XML, CSV, TSV; Turtle, N-Triples, RDF/XML for graphs) and enforces the query timeout. A thin
forwarder in front does what Oxigraph cannot be told to: it refuses SERVICE (federation would let
any client make the server fetch any URL), adds `LIMIT n` to queries that have none and refuses
larger ones, turns an answer that Oxigraph cut at the timeout (sent as 200 before the cut) into a
504, and makes CSV answers formula-safe. Oxigraph reads the store as it was when the server
started: after a build into the same store, restart `kg serve` to serve the new articles.
"""

from __future__ import annotations

import http.client
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

from kg.csvsafe import safe_csv
from kg.errors import KgError, StoreError
from kg.query import uses_service
from kg.store import is_endpoint, query_form

DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_LIMIT = "127.0.0.1", 7878, 30, 10000
GRACE_S = 5  # seconds past the timeout that an answer still in the making is waited for
CANCELLED = b"The SPARQL operation has been cancelled"  # what Oxigraph appends to an answer it cut


class LimitError(KgError):
    """A query the endpoint refuses under its result limit."""


@dataclass
class ServeSettings:
    location: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    timeout_s: int = DEFAULT_TIMEOUT
    limit: int = DEFAULT_LIMIT  # 0: no limit, Oxigraph alone


def oxigraph_binary() -> str:
    """The `oxigraph` command beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed: pip install oxigraph (pyoxigraph's version)")
    return found


def oxigraph_command(location: str, bind: str, timeout_s: int) -> list[str]:
    return [
        oxigraph_binary(), "serve-read-only", "--location", location, "--bind", bind,
        "--union-default-graph", "--timeout-s", str(timeout_s),
    ]  # fmt: skip


def limited(sparql: str, limit: int) -> str:
    """The query with `LIMIT limit` added when it has none (0: no limit); LimitError when it asks for
    more, or uses SERVICE."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    if uses_service(sparql):
        raise LimitError("SERVICE (federated query) is disabled on this endpoint")
    if limit <= 0:
        return sparql
    try:
        form = query_form(sparql)
        parsed = parseQuery(sparql)[1]
    except (StoreError, ParseException) as err:
        raise LimitError(f"the query does not parse: {err}") from err
    if form == "ASK":
        return sparql
    window = parsed["limitoffset"] if "limitoffset" in parsed else None  # noqa: SIM401 (CompValue.get differs)
    given = window["limit"] if window is not None and "limit" in window else None
    if given is not None:
        if int(given) > limit:
            raise LimitError(f"LIMIT {given} is above this endpoint's result limit of {limit}")
        return sparql
    if "valuesClause" in parsed and parsed["valuesClause"] is not None:
        raise LimitError(f"add LIMIT {limit} or less before the trailing VALUES block")
    return f"{sparql}\nLIMIT {limit}"


def fetch_answer(request: urllib.request.Request, timeout_s: int) -> tuple[int, bytes, str]:
    """Oxigraph's status, answer and media type; 504 when the query ran past the timeout, whether
    Oxigraph cut its answer (sent as 200 before the cut) or had not finished a while after."""
    late = f"the query ran past this endpoint's {timeout_s} s timeout; narrow it or add a LIMIT\n"
    deadline = time.monotonic() + timeout_s + GRACE_S
    try:
        with urllib.request.urlopen(request, timeout=timeout_s + GRACE_S) as response:
            status, kind = response.status, response.headers.get("Content-Type") or "application/octet-stream"
            chunks = []
            while chunk := response.read(1 << 16):
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    return 504, late.encode(), "text/plain"
    except urllib.error.HTTPError as err:
        return err.code, err.read(), err.headers.get("Content-Type") or "text/plain"
    except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
        if isinstance(err, TimeoutError) or isinstance(getattr(err, "reason", None), TimeoutError):
            return 504, late.encode(), "text/plain"
        return 502, f"the Oxigraph server failed: {err}\n".encode(), "text/plain"
    payload = b"".join(chunks)
    if status == 200 and CANCELLED in payload[-len(CANCELLED) - 80 :]:
        return 504, late.encode(), "text/plain"
    if status == 200 and kind.startswith("text/csv"):
        payload = safe_csv(payload.decode("utf-8")).encode("utf-8")
    return status, payload, kind


def _forwarder(upstream: str, limit: int, timeout_s: int) -> type[BaseHTTPRequestHandler]:
    class Forward(BaseHTTPRequestHandler):
        """GET or POST /query: add the limit, pass the request to Oxigraph, pass its answer back."""

        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            self._answer(url.path, urllib.parse.parse_qs(url.query), None)

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            params = urllib.parse.parse_qs(url.query)
            if media == "application/sparql-query":
                params["query"] = [body]
            elif media == "application/x-www-form-urlencoded":
                params.update(urllib.parse.parse_qs(body))
            else:
                params["update"] = [body]  # anything else is refused below, as Oxigraph would
            self._answer(url.path, params, media)

        def _answer(self, path: str, params: dict[str, list[str]], media: str | None) -> None:
            if path not in ("/query", "/"):
                return self._send(404, b"this endpoint serves SPARQL queries at /query\n", "text/plain")
            if "update" in params:
                return self._send(
                    403, b"this endpoint is read-only: it takes queries, not updates\n", "text/plain"
                )
            if "query" not in params:
                return self._send(400, b"send a SPARQL query: GET /query?query=... or POST\n", "text/plain")
            try:
                params["query"] = [limited(params["query"][0], limit)]
            except LimitError as err:
                return self._send(403 if "SERVICE" in str(err) else 400, f"{err}\n".encode(), "text/plain")
            except Exception as err:  # noqa: BLE001 - a bad request must not hang the client
                return self._send(400, f"the query could not be read: {err}\n".encode(), "text/plain")
            data = urllib.parse.urlencode(params, doseq=True).encode("utf-8")
            request = urllib.request.Request(upstream, data=data, method="POST")
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
            request.add_header("Accept", self.headers.get("Accept") or "*/*")
            self._send(*fetch_answer(request, timeout_s))

        def _send(self, status: int, payload: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: one line a request would drown the console."""

    return Forward


def _free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, process: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"the Oxigraph server stopped at once (exit code {process.returncode})")
        try:
            with urllib.request.urlopen(probe, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise StoreError("the Oxigraph server did not answer within 20 s")


def serve(settings: ServeSettings, on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM); stops the Oxigraph server it started."""
    if is_endpoint(settings.location):
        raise StoreError(f"{settings.location} is already a SPARQL endpoint; kg serve serves a store folder")
    if not (Path(settings.location) / "CURRENT").exists():
        raise StoreError(f"no store at {settings.location}: run `kg build PATH...` first, or give --store")
    inner = (DEFAULT_HOST, _free_port(DEFAULT_HOST))
    command = oxigraph_command(settings.location, f"{inner[0]}:{inner[1]}", settings.timeout_s)
    # quiet: its "Listening at" names the inner port
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server: ThreadingHTTPServer | None = None

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        upstream = f"http://{inner[0]}:{inner[1]}/query"
        _wait_ready(upstream, process)
        server = ThreadingHTTPServer(
            (settings.host, settings.port), _forwarder(upstream, settings.limit, settings.timeout_s)
        )
        server.daemon_threads = True
        on_ready(f"http://{settings.host}:{server.server_address[1]}/query")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    except OSError as err:
        raise StoreError(f"cannot serve on {settings.host}:{settings.port}: {err}") from err
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server is not None:
            server.server_close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
