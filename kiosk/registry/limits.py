"""How long a connection may take and how many one address may hold: the guard's limits.

Their own module so that ``serving`` (which runs workers with them) and ``guard`` (which
applies them) both import them, and neither imports the other at load time.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 60.0
PER_ADDRESS = 20
MAX_CONNECTIONS = 1000


@dataclass(frozen=True)
class ConnectionLimits:
    header_timeout: float = HEADER_TIMEOUT  # seconds for a request's line and headers, from the first wait
    body_timeout: float = BODY_TIMEOUT  # seconds for a request's body, once its head is in
    per_address: int = PER_ADDRESS  # open connections from one address, in one worker (0: no limit)
    max_connections: int = MAX_CONNECTIONS  # open connections in one worker; past it, requests get 503
    trusted_proxies: tuple[str, ...] = ()  # their X-Forwarded-For is believed; no per-address cap on them
