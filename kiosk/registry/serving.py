"""Running the registry: uvicorn with guarded connections, in one or several worker processes.

Each worker is a process of its own (spawned, not forked) that opens the registry database
and loads the organisation key itself, so any number of workers and instances can share one
PostgreSQL: everything they must agree on (sync nonces, revocations, the trust list's
sequence, the request budgets of the rate limit) lives in the database.

Connections are guarded before the app sees them (``kiosk.registry.guard``): a request's head
must arrive within ``header_timeout`` seconds and its body within ``body_timeout``, and one
address may hold at most ``per_address`` connections at once in each worker, so a few
hundred trickling sockets from one address cannot take every slot (slowloris).

Several workers each listen on a socket of their own (``kiosk.registry.workers``).
"""

from __future__ import annotations

import functools
import socket
from dataclasses import dataclass

from kiosk.registry.limits import ConnectionLimits

KEEP_ALIVE = 5


@dataclass(frozen=True)
class ServeOptions:
    """What ``kiosk registry serve`` was told; each worker builds its app from it."""

    db_url: str | None = None
    org_key_file: str | None = None
    rate_limit: int = 300
    behind_https: bool = False
    limits: ConnectionLimits = ConnectionLimits()


def build_app(options: ServeOptions):
    """The app of one worker: its own database connection and its own copy of the organisation key."""
    from kiosk.registry.app import create_app
    from kiosk.registry.db import open_registry_db
    from kiosk.registry.service import load_org_key

    open_registry_db(options.db_url)
    return create_app(rate_limit=options.rate_limit, org_key=load_org_key(options.org_key_file),
                      behind_https=options.behind_https)


def server_config(options: ServeOptions, *, app=None, factory=None, host: str = "127.0.0.1", port: int = 8400,
                  workers: int = 1, log_level: str = "warning"):
    """uvicorn's configuration as the registry runs: guarded h11, no banner, proxy headers only from trusted proxies.

    ``app`` is an ASGI app; else ``factory`` (picklable, no arguments) builds one in each worker,
    by default the registry's app from ``options``.
    """
    import uvicorn

    from kiosk.registry.guard import GuardedH11Protocol

    trusted = list(options.limits.trusted_proxies)
    config = uvicorn.Config(
        app if app is not None else factory or functools.partial(build_app, options),
        factory=app is None,
        host=host,
        port=port,
        workers=workers,
        http=GuardedH11Protocol,
        ws="none",
        lifespan="off",
        log_level=log_level,
        access_log=False,
        server_header=False,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
        limit_concurrency=options.limits.max_connections,
        timeout_keep_alive=KEEP_ALIVE,
    )
    config.limits = options.limits  # read by GuardedH11Protocol; travels to the workers with the config
    return config


def serve(options: ServeOptions, *, host: str, port: int, workers: int = 1, factory=None) -> None:
    """Serve until stopped (Ctrl+C or SIGTERM), in ``workers`` processes.

    ``factory``: what to serve instead of the registry (the benchmarks' floor).
    """
    import uvicorn

    config = server_config(options, factory=factory, host=host, port=port, workers=workers)
    if workers == 1:
        uvicorn.Server(config).run()
    elif hasattr(socket, "SO_REUSEPORT"):
        from kiosk.registry.workers import Workers

        Workers(config, workers).run()
    else:  # no SO_REUSEPORT (Windows): the workers share one socket
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()
