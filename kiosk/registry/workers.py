"""Several worker processes for ``kiosk registry serve --workers N``, each on a socket of its own.

Each worker listens on its own socket, all bound to the one address (``SO_REUSEPORT``), so the
kernel spreads new connections evenly across the workers. With one shared socket, the first
worker to wake accepted every waiting connection: keep-alive clients (a proxy, a benchmark)
then all sat on one worker, and 2 workers served no more than one. Imported only to run them.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import time

from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Process

log = logging.getLogger(__name__)

# How long a worker replacing another may take to start: a new interpreter, its imports and its
# database connection, on a busy machine (uvicorn's own supervisor allows 5 s, and on 2 busy
# cores that was sometimes too little, so the old worker stayed).
START_SECONDS = 60


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


def _end_with_parent(parent: int) -> None:
    """In a worker: be sent SIGTERM when the parent process dies (Linux), and stop now if it already has.

    Orphaned workers would go on serving the port (SO_REUSEPORT) beside the next instance's."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGTERM)


class Worker(Process):
    """uvicorn's worker process, which ends when this process dies."""

    def __init__(self, config, sock: socket.socket) -> None:
        self.parent = os.getpid()
        super().__init__(config, [sock])

    def target(self, sockets=None) -> None:  # runs in the worker
        if sys.platform.startswith("linux"):
            _end_with_parent(self.parent)
        super().target(sockets)


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

    def started(self, sock: socket.socket) -> Worker:
        worker = Worker(self.config, sock)
        worker.start()
        return worker

    def run(self) -> None:
        def stop(*_) -> None:
            self.stopping = True

        def replace(*_) -> None:
            self.replacing = True

        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, stop)
        signal.signal(signal.SIGHUP, replace)
        processes = [self.started(sock) for sock in self.sockets]
        while not self.stopping:
            time.sleep(0.5)
            for slot, process in enumerate(processes):
                if self.stopping:
                    break
                if self.replacing:
                    new = self.started(self.sockets[slot])
                    if new.wait_until_ready(START_SECONDS):
                        process.terminate()
                        process.join()
                        processes[slot] = new
                        continue
                    log.warning("a new worker did not start within %d s; the old one goes on serving", START_SECONDS)
                    new.kill()
                    new.join()
                if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                    continue
                process.kill()
                process.join()
                if process.exitcode == STARTUP_FAILURE:  # it would fail the same way again
                    self.stopping = True
                    break
                processes[slot] = self.started(self.sockets[slot])
            self.replacing = False
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
        for sock in self.sockets:
            sock.close()
