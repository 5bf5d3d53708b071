"""A fault-injecting TCP proxy on 127.0.0.1 for the tests: cut connections mid-stream, delay, drop, refuse.

It sits between a terminal and PostgreSQL. Faults are set from the test thread at any time:
- `cut_after_bytes(n)`: each new connection is cut after n bytes from the client (mid-batch);
- `delay(seconds)`: every chunk is held that long before it is forwarded;
- `drop_new(True)`: new connections are accepted and closed at once;
- `stall_after_bytes(n)`: every connection stops forwarding (both ways, connection kept open) once n
  bytes came from its client, until healed: the peer is up and sends nothing, as a stuck firewall does;
- `cut_all()`: close every open connection now;
- `heal()`: clear all faults.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time


class FaultProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._stopped = threading.Event()
        self._cut_after: int | None = None
        self._delay = 0.0
        self._drop_new = False
        self._stall_after: int | None = None
        self.stalls = 0
        self.connections = 0
        self.cuts = 0
        self._thread = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)
        self._thread.start()

    # -- faults ----------------------------------------------------------------------------------------
    def cut_after_bytes(self, count: int | None) -> None:
        self._cut_after = count

    def stall_after_bytes(self, count: int | None) -> None:
        self._stall_after = count

    def delay(self, seconds: float) -> None:
        self._delay = seconds

    def drop_new(self, on: bool) -> None:
        self._drop_new = on

    def cut_all(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            self._close(pair)
        self.cuts += len(pairs)

    def heal(self) -> None:
        self._cut_after = None
        self._delay = 0.0
        self._drop_new = False
        self._stall_after = None

    def close(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self.cut_all()
        self._thread.join(timeout=5)

    # -- plumbing --------------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                ready, _, _ = select.select([self._listener], [], [], 0.1)
                if not ready:
                    continue
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            if self._drop_new:
                self._close((client,))
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                self._close((client,))
                continue
            pair = (client, server)
            with self._lock:
                self._pairs.append(pair)
            threading.Thread(
                target=self._pump,
                args=(pair, self._cut_after),
                name="fault-proxy-pump",
                daemon=True,
            ).start()

    def _pump(self, pair: tuple[socket.socket, socket.socket], cut_after: int | None) -> None:
        client, server = pair
        sent_from_client = 0
        try:
            while not self._stopped.is_set():
                stall_after = self._stall_after  # as set now: a healed line forwards again
                if stall_after is not None and sent_from_client >= stall_after:
                    self.stalls += 1
                    while (
                        self._stall_after is not None and not self._stopped.is_set() and pair in self._pairs
                    ):
                        select.select([], [], [], 0.2)  # forward nothing while the stall lasts
                    continue
                ready, _, _ = select.select([client, server], [], [], 0.2)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if self._delay:
                        time.sleep(self._delay)  # the injected fault itself, not a timing wait
                    if sock is client:
                        if cut_after is not None and sent_from_client + len(data) > cut_after:
                            keep = max(0, cut_after - sent_from_client)
                            server.sendall(data[:keep])
                            self.cuts += 1
                            return
                        sent_from_client += len(data)
                        server.sendall(data)
                    else:
                        client.sendall(data)
        except (OSError, ValueError):
            return
        finally:
            with self._lock:
                if pair in self._pairs:
                    self._pairs.remove(pair)
            self._close(pair)

    @staticmethod
    def _close(socks: tuple[socket.socket, ...]) -> None:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()
