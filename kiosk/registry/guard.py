"""Guarded connections: a deadline for each request's head and body, and a cap per client address.

uvicorn's h11 protocol waits for a request head as long as bytes keep trickling in and accepts
every connection until its global limit, where every request gets 503: a few hundred slow
sockets from one address (slowloris) took every slot. This subclass closes a connection whose
head or body is late and refuses an address's connections past ``per_address``.
"""

from __future__ import annotations

import socket
from collections import Counter

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.registry.limits import ConnectionLimits

_TOO_MANY_TEXT = b"Too many connections from this address; try again.\n"
_TOO_MANY = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\nretry-after: 10\r\n"
    b"x-content-type-options: nosniff\r\nconnection: close\r\ncontent-length: %d\r\n\r\n%s"
    % (len(_TOO_MANY_TEXT), _TOO_MANY_TEXT)
)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's head and body and a cap per address."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        no_delay(transport)
        self.limits: ConnectionLimits = getattr(self.config, "limits", None) or ConnectionLimits()
        self.deadline = None
        self.phase: str | None = None
        self.counted: str | None = None
        self.closing = False
        address = self.client[0] if self.client else None
        if address is not None and address not in self.limits.trusted_proxies and self.limits.per_address > 0:
            open_now = open_by_address(self.server_state)
            if open_now[address] >= self.limits.per_address:
                transport.write(_TOO_MANY)
                transport.close()
                return
            open_now[address] += 1
            self.counted = address
        self.follow_phase()

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        if self.counted is not None:
            open_now = open_by_address(self.server_state)
            open_now[self.counted] -= 1
            if open_now[self.counted] <= 0:
                del open_now[self.counted]
            self.counted = None
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self.closing and self.cycle is not None:
            self.cycle.keep_alive = False  # shutting down: answered, then closed
        self.follow_phase()

    def shutdown(self) -> None:
        """A graceful shutdown (SIGTERM, or a worker replaced on SIGHUP): idle keep-alive connections
        close at once, as in uvicorn (a client sends again a request on a connection it had used);
        a new connection that has not sent its first request yet is answered, then closed, since a
        client may not send that one again. Its head's deadline bounds the wait."""
        if self.cycle is None and not self.transport.is_closing():
            self.closing = True
            return
        super().shutdown()

    def follow_phase(self) -> None:
        """Arm the deadline of what we wait for from the client: a head, a body, or nothing."""
        if self.transport.is_closing():
            self.disarm()
            return
        theirs = self.conn.their_state
        phase = "head" if theirs is h11.IDLE else "body" if theirs is h11.SEND_BODY else None
        if phase == self.phase:
            return
        self.disarm()
        self.phase = phase
        if phase is not None:
            seconds = self.limits.header_timeout if phase == "head" else self.limits.body_timeout
            self.deadline = self.loop.call_later(seconds, self.too_slow)

    def disarm(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None
        self.phase = None

    def too_slow(self) -> None:
        self.deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def no_delay(transport) -> None:
    """Send small writes at once (TCP_NODELAY). asyncio sets it only on sockets it knows are TCP;
    a worker's listening socket arrives from the parent process without that mark, and a response
    written in two parts then waited for the client's delayed acknowledgement (40 ms)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


def open_by_address(server_state) -> Counter:
    """Open connections per client address in this worker (kept on uvicorn's per-server state)."""
    found = getattr(server_state, "open_by_address", None)
    if found is None:
        found = server_state.open_by_address = Counter()
    return found
