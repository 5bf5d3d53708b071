"""A latency proxy on 127.0.0.1 that counts round trips: a branch's WAN link between a terminal and PostgreSQL.

    proxy = LatencyProxy("127.0.0.1", 5432, one_way_seconds=0.05)   # 100 ms round trip
    … connect to 127.0.0.1:proxy.port …
    proxy.round_trips, proxy.connections; proxy.reset()

How round trips are counted: the proxy reads the PostgreSQL protocol the client sends and counts the
messages after which a client waits for the server before it goes on: Sync (the end of an
extended-protocol statement, or of a pipelined burst of them), Query (a simple query, and the start of
a COPY), CopyDone/CopyFail (the end of a COPY's data), the password message, and the untyped start-up
messages (SSL request, start-up packet). A pipelined burst of twenty statements with one Sync is one
round trip; twenty statements one after the other are twenty. Flush and Terminate are not counted,
nor is the TCP handshake (it carries no message; on a real link a new connection costs one more
round trip for it, and TLS when the server offers it). The count depends on what the client sends,
not on timing, so a test can pin it. The delay (one way, on each direction) makes the wall time that
of a WAN link.
"""

from __future__ import annotations

import contextlib
import heapq
import select
import socket
import threading
import time
from dataclasses import dataclass, field

WAITS = frozenset(b"SQcfp")  # Sync, Query, CopyDone, CopyFail, PasswordMessage


@dataclass
class _Link:
    client: socket.socket
    server: socket.socket
    pending: bytearray = field(default_factory=bytearray)  # client bytes not yet framed into messages
    started: bool = False  # past the untyped start-up messages


class LatencyProxy:
    def __init__(self, target_host: str, target_port: int, one_way_seconds: float = 0.05) -> None:
        self.target = (target_host, target_port)
        self.one_way = one_way_seconds
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(256)
        self.port: int = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        self._counter = threading.Lock()
        self._links: list[_Link] = []
        self.round_trips = 0
        self.connections = 0
        self.bytes_up = 0
        self.bytes_down = 0
        # Delayed deliveries: (due, order, socket, data, link, to_client), sent by one thread in due order.
        self._due: list[tuple[float, int, socket.socket, bytes, _Link, bool]] = []
        self._order = 0
        self._due_ready = threading.Condition()
        threading.Thread(target=self._accept_loop, name="wan-proxy-accept", daemon=True).start()
        threading.Thread(target=self._deliver_loop, name="wan-proxy-deliver", daemon=True).start()

    def reset(self) -> None:
        with self._counter:
            self.round_trips = 0
            self.connections = 0
            self.bytes_up = 0
            self.bytes_down = 0

    def snapshot(self) -> tuple[int, int]:
        """(round trips, connections) so far."""
        with self._counter:
            return self.round_trips, self.connections

    def close(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        for link in list(self._links):
            self._close(link)
        with self._due_ready:
            self._due_ready.notify_all()

    def __enter__(self) -> LatencyProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], 0.1)
                if not ready:
                    continue
                client, _ = self._listener.accept()
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                if self._stopped.is_set():
                    return
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(client, server)
            self._links.append(link)
            with self._counter:
                self.connections += 1
            threading.Thread(target=self._pump, args=(link,), name="wan-proxy-pump", daemon=True).start()

    def _pump(self, link: _Link) -> None:
        try:
            while not self._stopped.is_set():
                ready, _, _ = select.select([link.client, link.server], [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        self._schedule(link, b"", to_client=sock is link.server)
                        return
                    if sock is link.client:
                        self._heard_client(link, data)
                    self._schedule(link, data, to_client=sock is link.server)
        except (OSError, ValueError):
            self._close(link)

    def _heard_client(self, link: _Link, data: bytes) -> None:
        link.pending += data
        waits = 0
        buffer = link.pending
        while True:
            if not link.started:  # untyped: length (4 bytes, itself included) and the body
                if len(buffer) < 8:
                    break
                length = int.from_bytes(buffer[:4], "big")
                if len(buffer) < length:
                    break
                code = int.from_bytes(buffer[4:8], "big")
                del buffer[:length]
                waits += 1
                if code not in (80877103, 80877104):  # SSLRequest, GSSENCRequest: a start-up packet follows
                    link.started = True
                continue
            if len(buffer) < 5:
                break
            length = int.from_bytes(buffer[1:5], "big")
            if len(buffer) < 1 + length:
                break
            kind = buffer[0]
            del buffer[: 1 + length]
            if kind in WAITS:
                waits += 1
        with self._counter:
            self.bytes_up += len(data)
            self.round_trips += waits

    def _schedule(self, link: _Link, data: bytes, *, to_client: bool) -> None:
        target = link.client if to_client else link.server
        with self._due_ready:
            self._order += 1
            heapq.heappush(
                self._due, (time.monotonic() + self.one_way, self._order, target, data, link, to_client)
            )
            self._due_ready.notify()

    def _deliver_loop(self) -> None:
        while not self._stopped.is_set():
            with self._due_ready:
                while not self._due and not self._stopped.is_set():
                    self._due_ready.wait(0.2)
                if self._stopped.is_set():
                    return
                due, _, target, data, link, to_client = self._due[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self._due_ready.wait(wait)
                    continue
                heapq.heappop(self._due)
            try:
                if not data:
                    self._close(link)
                    continue
                target.sendall(data)
            except OSError:
                self._close(link)
                continue
            if to_client:
                with self._counter:
                    self.bytes_down += len(data)

    def _close(self, link: _Link) -> None:
        if link in self._links:
            with contextlib.suppress(ValueError):
                self._links.remove(link)
        for sock in (link.client, link.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
