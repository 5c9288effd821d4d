"""Running the registry: uvicorn with guarded connections, in one or several worker processes.

Each worker is a process of its own (spawned, not forked) that opens the registry database
and loads the organisation key itself, so any number of workers and instances can share one
PostgreSQL: everything they must agree on (sync nonces, revocations, the trust list's
sequence, the request budgets of the rate limit) lives in the database.

Connections are guarded before the app sees them (``kiosk.registry.guard``): a request's head
must arrive within ``header_timeout`` seconds and its body within ``body_timeout``, and one
address may hold at most ``per_address`` connections at once in each worker, so a few
hundred trickling sockets from one address cannot take every slot (slowloris).

Each worker listens on a socket of its own, all bound to the one address (``SO_REUSEPORT``), so
the kernel spreads new connections evenly across the workers. With one shared socket, the first
worker to wake accepted every waiting connection: keep-alive clients (a proxy, a benchmark)
then all sat on one worker, and 2 workers served no more than one.
"""

from __future__ import annotations

import functools
import signal
import socket
import time
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
        Workers(config, workers).run()
    else:  # no SO_REUSEPORT (Windows): the workers share one socket
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()


def listening_sockets(host: str, port: int, count: int, backlog: int = 2048) -> list[socket.socket]:
    """``count`` listening sockets bound to one address with SO_REUSEPORT (port 0: the first one's port).

    They listen from the start, so a worker still starting finds its connections waiting.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sockets: list[socket.socket] = []
    for _ in range(count):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        port = sock.getsockname()[1]
        sock.listen(backlog)
        sock.set_inheritable(True)
        sockets.append(sock)
    return sockets


class Workers:
    """Worker processes, each serving a listening socket of its own, restarted if one dies.

    This process keeps every socket open, so connections the kernel hands to a worker that has
    just died wait in its socket's queue for the worker that replaces it. SIGHUP replaces the
    workers one at a time (each new one serves before the old one stops), as uvicorn's own
    supervisor does; SIGINT and SIGTERM stop them all.
    """

    def __init__(self, config, count: int) -> None:
        self.config = config
        self.sockets = listening_sockets(config.host, config.port, count, config.backlog)
        self.stopping = False
        self.replacing = False

    def run(self) -> None:
        from uvicorn.config import STARTUP_FAILURE
        from uvicorn.supervisors.multiprocess import Process

        def stop(*_) -> None:
            self.stopping = True

        def replace(*_) -> None:
            self.replacing = True

        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, stop)
        signal.signal(signal.SIGHUP, replace)
        processes = [Process(self.config, [sock]) for sock in self.sockets]
        for process in processes:
            process.start()
        while not self.stopping:
            time.sleep(0.5)
            for slot, process in enumerate(processes):
                if self.stopping:
                    break
                if self.replacing:
                    new = Process(self.config, [self.sockets[slot]])
                    new.start()
                    if new.wait_until_ready(self.config.timeout_worker_healthcheck):
                        process.terminate()
                        process.join()
                        processes[slot] = new
                        continue
                    new.kill()  # the old worker goes on serving
                    new.join()
                if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                    continue
                process.kill()
                process.join()
                if process.exitcode == STARTUP_FAILURE:  # it would fail the same way again
                    self.stopping = True
                    break
                processes[slot] = Process(self.config, [self.sockets[slot]])
                processes[slot].start()
            self.replacing = False
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        for sock in self.sockets:
            sock.close()
