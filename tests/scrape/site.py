"""A small loopback web site for the scraping tests.

Pages are registered by path; each answer is logged, ETags are served (and 304
answered to If-None-Match), and the server counts concurrent requests per Host
header so tests can check the crawler's per-host limit.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: bool = True
    delay: float = 0.0


@dataclass
class Hit:
    path: str
    host: str
    status: int
    body_bytes: int
    if_none_match: Optional[str]
    user_agent: str
    started: float = 0.0  # time.monotonic() when the request arrived
    ended: float = 0.0


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.handlers: dict[str, Callable] = {}
        self._hits: list[Hit] = []
        self.active: dict[str, int] = {}
        self.max_active: dict[str, int] = {}
        self.calls: dict[str, int] = {}
        self.in_handler = 0  # requests whose handler has not logged its hit yet
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "Site":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.settle()
        self.server.shutdown()
        self.server.server_close()

    def add(self, path: str, body: bytes | str, **kw) -> str:
        self.pages[path] = Page(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        return self.url(path)

    def handle(self, path: str, fn: Callable) -> str:
        """``fn(handler, call_number)`` answers the request itself."""
        self.handlers[path] = fn
        return self.url(path)

    def settle(self, timeout: float = 3.0) -> None:
        """Wait until every handler has logged its hit (a client may finish first)."""
        deadline = time.monotonic() + timeout
        while self.in_handler and time.monotonic() < deadline:
            time.sleep(0.005)

    @property
    def hits(self) -> list[Hit]:
        """Every answered request, in the order the handlers finished."""
        self.settle()
        return list(self._hits)

    def hits_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def body_downloads(self, prefix: str = "/") -> int:
        return sum(1 for h in self.hits if h.path.startswith(prefix) and h.status == 200 and h.body_bytes)

    # -- bookkeeping used by the handler -----------------------------------
    def enter(self, host: str, path: str) -> int:
        with self._lock:
            self.active[host] = self.active.get(host, 0) + 1
            self.max_active[host] = max(self.max_active.get(host, 0), self.active[host])
            self.calls[path] = self.calls.get(path, 0) + 1
            self.in_handler += 1
            return self.calls[path]

    def leave(self, host: str) -> None:
        with self._lock:
            self.active[host] -= 1

    def log(self, hit: Hit) -> None:
        with self._lock:
            self._hits.append(hit)
            self.in_handler -= 1


def _handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            host = self.headers.get("Host", "")
            path = self.path
            started = time.monotonic()
            call = site.enter(host, path)
            self._status, self._sent, self._host, self._left = 0, 0, host, False
            try:
                fn = site.handlers.get(path)
                if fn is not None:
                    fn(self, call)
                elif path in site.pages:
                    self._serve_page(site.pages[path])
                else:
                    self.reply(404, b"not found", "text/plain")
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                self.done()
                site.log(Hit(path, host, self._status, self._sent, self.headers.get("If-None-Match"),
                                     self.headers.get("User-Agent", ""), started, time.monotonic()))

        def done(self) -> None:
            """The request stops counting as active. Called just before the last byte
            goes out, so a client can never see the answer complete while the
            server still counts the request (the count never over-reports)."""
            if not self._left:
                self._left = True
                site.leave(self._host)

        def _serve_page(self, page: Page) -> None:
            if page.delay:
                time.sleep(page.delay)
            headers = dict(page.headers)
            if page.etag:
                tag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
                headers["ETag"] = tag
                if self.headers.get("If-None-Match") == tag:
                    self.reply(304, b"", None, headers)
                    return
            self.reply(200, page.body, page.content_type, headers)

        def reply(self, status: int, body: bytes, content_type: Optional[str], headers: Optional[dict] = None) -> None:
            self._status = status
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            if not body or status == 304:
                self.done()
                self.end_headers()
                return
            self.end_headers()
            self.wfile.write(body[:-1])
            self.done()
            self.wfile.write(body[-1:])
            self._sent = len(body)

        def stream_unbounded(self, chunk: bytes, total: int, content_type: str = "text/html") -> None:
            """A body with no Content-Length, ended by closing the connection."""
            self._status = 200
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            sent = 0
            while sent < total:
                if sent + len(chunk) >= total:
                    self.done()
                self.wfile.write(chunk)
                sent += len(chunk)
            self._sent = sent

        def reset(self) -> None:
            """Abort the connection with a TCP RST."""
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.done()
            self.close_connection = True
            self.connection.close()

    return Handler


def gzip_bomb(decoded_size: int) -> bytes:
    return gzip.compress(b"\0" * decoded_size, compresslevel=9)
