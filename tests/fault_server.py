"""A real HTTP server on 127.0.0.1 (random port) whose routes can misbehave on purpose.

Used by the fetch and sources tests: each route is a small function that writes a
response (or a fault: a slow answer, a truncated body, a redirect loop, ...) through
``http.server``; every request is logged so tests can assert what was (not) fetched.
"""
from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived
    method: str = "GET"
    body: bytes = b""  # a POST's body (webhook tests)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients dropping connections mid-fault (timeouts, oversized bodies) is the point of the tests


class FaultServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: list[Hit] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            # A request is "in flight" from its arrival until its response starts: counting until the
            # body write returns would race the client, which may read the body and send its next
            # request before this thread is scheduled again.
            _counted = False

            def do_GET(self) -> None:
                self._handle("GET", b"")

            def do_POST(self) -> None:
                self._handle("POST", self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def _handle(self, method: str, body: bytes) -> None:
                with server._lock:
                    server.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic(),
                                           method, body))
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                self._counted = True
                try:
                    route = server.routes.get(self.path)
                    if route is None:
                        send(self, b"not found", status=404, content_type="text/plain")
                    else:
                        route(self)
                finally:
                    self._done()

            def send_response(self, code: int, message: str | None = None) -> None:
                self._done()
                super().send_response(code, message)

            def _done(self) -> None:
                if self._counted:
                    self._counted = False
                    with server._lock:
                        server.in_flight -= 1

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        with self._lock:
            return [hit.path for hit in self.hits]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def send(
    handler: BaseHTTPRequestHandler, body: bytes, *, status: int = 200, content_type: str | None = "text/html",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def static(body: bytes, **kwargs: object) -> Handler:
    return lambda handler: send(handler, body, **kwargs)


def with_validators(body: bytes, *, etag: str, last_modified: str, content_type: str) -> Handler:
    """Answers 304 when the client's If-None-Match matches, like a well-behaved feed server."""
    def handle(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        send(handler, body, content_type=content_type, headers={"ETag": etag, "Last-Modified": last_modified})
    return handle


def raw(response: bytes) -> Handler:
    """Writes ``response`` as is (status line, headers and body) and closes: for malformed answers
    that ``http.server`` would refuse to produce."""
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            handler.wfile.write(response)
            handler.wfile.flush()
        except OSError:  # the client gave up on the garbage, as it may
            pass
    return handle


def trickle(body: bytes, *, every: float, content_type: str = "text/html") -> Handler:
    """Sends the headers, then the body one byte every ``every`` seconds (a slow-drip server)."""
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.close_connection = True
        try:
            for index in range(len(body)):
                handler.wfile.write(body[index : index + 1])
                handler.wfile.flush()
                time.sleep(every)
        except OSError:  # the client hung up: the deadline worked
            pass
    return handle


def page(name: str) -> bytes:
    """A saved corpus page (gzipped in tests/fixtures/sources)."""
    return gzip.decompress((FIXTURES / "sources" / f"{name}.html.gz").read_bytes())


PAGES = ("nhk-easy-ja_k10011959621000__traf", "cnn-arabic-ar_2013-08-03_syria-rebels-missile-depots__n4k")


@contextmanager
def running_server() -> Iterator[FaultServer]:
    """Each test module wraps this in its own ``server`` fixture."""
    fault_server = FaultServer()
    fault_server.start()
    try:
        yield fault_server
    finally:
        fault_server.stop()
