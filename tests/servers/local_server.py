"""A scripted local HTTP/1.1 server for tests: real sockets on 127.0.0.1, no mocks.

Each test queues the replies the server should give, in order, then inspects what the server
received::

    server.enqueue(Reply.json({"ok": True}, status=503), Reply.json({"ok": True}))
    ... run the client against server.url ...
    assert len(server.requests) == 2
    assert server.requests[0].header("authorization") == "Bearer sk-test"

A reply can be a fixed body, a list of chunks written with ``Transfer-Encoding: chunked`` (with
pauses between them, optionally cut off before the final chunk), raw bytes written as they are
before the connection is cut, a delay before anything is written, or a callable that builds the
reply from the recorded request. When the queue is empty the server answers 404 with a JSON error
naming the request, so a test that forgot a reply fails fast.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import socket
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

__all__ = ["LocalServer", "MultipartPart", "RecordedRequest", "Reply", "closed_port"]


@dataclass
class MultipartPart:
    """One part of a ``multipart/form-data`` body, as the server received it."""

    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")

    def header(self, name: str) -> str | None:
        """The part's header (case-insensitive), or None."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class RecordedRequest:
    """A request as the server received it."""

    method: str
    target: str  # path and query, as sent
    headers: list[tuple[str, str]]
    body: bytes
    client_gone: threading.Event = field(default_factory=threading.Event)
    """Set when writing the reply failed because the client closed the connection."""
    reply_done: threading.Event = field(default_factory=threading.Event)
    """Set when the server finished handling the request (written, cut or failed)."""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> dict[str, list[str]]:
        """Decoded query parameters, each with every value it was given."""
        return parse_qs(self.raw_query, keep_blank_values=True)

    @property
    def query_items(self) -> list[tuple[str, str]]:
        from urllib.parse import parse_qsl

        return parse_qsl(self.raw_query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def header_names(self) -> set[str]:
        return {key.lower() for key, _ in self.headers}

    def json(self) -> Any:
        return json.loads(self.body)

    def multipart(self) -> list[MultipartPart]:
        """Parse a ``multipart/form-data`` body into its parts, in order."""
        content_type = self.header("content-type") or ""
        if not content_type.startswith("multipart/form-data"):
            raise AssertionError(f"not a multipart body: content-type {content_type!r}")
        raw = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + self.body
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
        parts: list[MultipartPart] = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            parts.append(
                MultipartPart(
                    name=part.get_param("name", header="content-disposition"),  # type: ignore[arg-type]
                    filename=part.get_filename(),
                    content_type=part.get("content-type"),
                    data=payload if isinstance(payload, bytes) else b"",
                    headers=[(k, str(v)) for k, v in part.items()],
                )
            )
        return parts


@dataclass
class Reply:
    """What the server does for one request.

    - ``status``, ``headers``, ``body``: a normal reply (``Content-Length`` is added).
    - ``chunks``: write the body with ``Transfer-Encoding: chunked``, one flush per chunk; a
      ``float`` item is a pause in seconds. ``chunk_delay`` pauses before every chunk.
      ``truncate=True`` closes the connection instead of sending the final empty chunk.
    - ``raw``: write exactly these bytes (status line and headers included) and cut the
      connection; ``raw=b""`` closes without answering at all.
    - ``delay``: wait this long before writing anything (a slow server).
    - ``close``: send ``Connection: close`` and close after the reply.
    """

    status: int = 200
    headers: Sequence[tuple[str, str]] | Mapping[str, str] = ()
    body: bytes = b""
    chunks: Sequence[bytes | float] | None = None
    chunk_delay: float = 0.0
    truncate: bool = False
    raw: bytes | None = None
    delay: float = 0.0
    close: bool = False

    @classmethod
    def json(
        cls,
        payload: Any,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Reply:
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        return cls(
            status=status,
            headers=all_headers,
            body=json.dumps(payload).encode(),
            **kwargs,
        )

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Reply:
        all_headers = {"Content-Type": content_type, **(headers or {})}
        return cls(
            status=status, headers=all_headers, body=text.encode("utf-8"), **kwargs
        )

    @classmethod
    def binary(
        cls,
        data: bytes,
        status: int = 200,
        content_type: str = "application/octet-stream",
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Reply:
        all_headers = {"Content-Type": content_type, **(headers or {})}
        return cls(status=status, headers=all_headers, body=data, **kwargs)

    @classmethod
    def empty(
        cls, status: int = 204, headers: Mapping[str, str] | None = None
    ) -> Reply:
        return cls(status=status, headers=dict(headers or {}))

    @classmethod
    def sse(
        cls,
        chunks: Iterable[str | bytes | float],
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Reply:
        """An event stream written chunk by chunk (str chunks are UTF-8 encoded as is)."""
        all_headers = {
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache",
            **(headers or {}),
        }
        encoded: list[bytes | float] = [
            c.encode("utf-8") if isinstance(c, str) else c for c in chunks
        ]
        return cls(status=status, headers=all_headers, chunks=encoded, **kwargs)

    @classmethod
    def cut(cls, raw: bytes = b"", delay: float = 0.0) -> Reply:
        """Write ``raw`` (possibly nothing) and cut the connection."""
        return cls(raw=raw, delay=delay)


Responder = Reply | Callable[[RecordedRequest], Reply]


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client dropping a kept-alive connection is normal; anything else is printed.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        self.owner._track(sock)
        return sock, address


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 10
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            data = bytearray()
            while True:
                size_line = self.rfile.readline()
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return bytes(data)
                data += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        record = RecordedRequest(
            method=self.command,
            target=self.path,
            headers=list(self.headers.items()),
            body=body,
        )
        owner._record(record)
        reply = owner._next_reply(record)
        try:
            self._send(reply, record)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            record.client_gone.set()
            self.close_connection = True
        except OSError:
            record.client_gone.set()
            self.close_connection = True
        finally:
            record.reply_done.set()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def _pause(self, seconds: float) -> bool:
        """Sleep; False when the server is stopping."""
        return not self.server.owner._stopping.wait(seconds)

    def _send(self, reply: Reply, record: RecordedRequest) -> None:
        if reply.delay and not self._pause(reply.delay):
            self.close_connection = True
            return
        if reply.raw is not None:
            if reply.raw:
                self.wfile.write(reply.raw)
                self.wfile.flush()
            self._cut()
            return
        headers = list(
            reply.headers.items()
            if isinstance(reply.headers, Mapping)
            else reply.headers
        )
        names = {name.lower() for name, _ in headers}
        self.send_response(reply.status)
        for name, value in headers:
            self.send_header(name, value)
        if reply.close:
            self.send_header("Connection", "close")
            self.close_connection = True
        if reply.chunks is not None:
            if "transfer-encoding" not in names:
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.flush()
            for chunk in reply.chunks:
                if isinstance(chunk, float):
                    if not self._pause(chunk):
                        self._cut()
                        return
                    continue
                if reply.chunk_delay and not self._pause(reply.chunk_delay):
                    self._cut()
                    return
                if chunk:
                    self.wfile.write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
            if reply.truncate:
                self._cut()
                return
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            return
        no_body = reply.status in (204, 304) or 100 <= reply.status < 200
        if "content-length" not in names and not no_body:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.body and self.command != "HEAD" and not no_body:
            self.wfile.write(reply.body)
        self.wfile.flush()

    def _cut(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class LocalServer:
    """The scripted server. Use as a context manager, or ``start()`` / ``stop()``."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.default: Responder | None = None
        """Used when the queue is empty (default: a 404 naming the request)."""
        self._queue: deque[Responder] = deque()
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self._lock:
            sockets = list(self._sockets)
            self._sockets.clear()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        return f"http://127.0.0.1:{self.port}"

    # -- scripting -------------------------------------------------------------------------

    def enqueue(self, *replies: Responder) -> None:
        """Queue replies, given in the order requests will arrive."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending_replies(self) -> int:
        with self._lock:
            return len(self._queue)

    def wait_for_requests(
        self, count: int, timeout: float = 5.0
    ) -> list[RecordedRequest]:
        """Block until at least ``count`` requests were received; returns them."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.requests) >= count, timeout):
                raise AssertionError(
                    f"expected {count} requests, got {len(self.requests)} in {timeout}s"
                )
            return list(self.requests)

    @property
    def last(self) -> RecordedRequest:
        """The most recent request."""
        with self._lock:
            if not self.requests:
                raise AssertionError("the server received no request")
            return self.requests[-1]

    # -- used by the handler ---------------------------------------------------------------

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _record(self, record: RecordedRequest) -> None:
        with self._cond:
            self.requests.append(record)
            self._cond.notify_all()

    def _next_reply(self, record: RecordedRequest) -> Reply:
        with self._lock:
            responder = self._queue.popleft() if self._queue else self.default
        if responder is None:
            return Reply.json(
                {
                    "error": {
                        "message": f"local_server: no reply queued for {record.method} "
                        f"{record.path}"
                    }
                },
                status=404,
            )
        if callable(responder):
            return responder(record)
        return responder


def closed_port() -> int:
    """A local port with nothing listening (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
