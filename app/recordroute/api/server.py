"""Run the API in-process: uvicorn in a background thread, for the GUI (toggle in Settings) and `serve`.

    server = ApiServer(ctx, "127.0.0.1", 8765).start()
    ...
    server.stop()   # graceful: in-flight requests finish, the app's own job worker stops

Binding anything but a loopback address needs allow_remote=True (the caller warns the user).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterable, Sequence

import uvicorn

from ..errors import RecordRouteError
from ..pipeline.context import AppContext
from ..pipeline.hosts import is_loopback
from ..pipeline.queue import JobQueue
from .app import Mount, create_app
from .config import ApiConfig
from .connections import protocol_class

log = logging.getLogger(__name__)


class ApiServerError(RecordRouteError):
    code = "api_server"


class ApiServer:
    def __init__(
        self,
        ctx: AppContext,
        host: str = "127.0.0.1",
        port: int = 8765,
        *,
        token: str | None = None,
        allow_remote: bool = False,
        cors_origins: Iterable[str] = (),
        config: ApiConfig | None = None,
        job_queue: JobQueue | None = None,
        log_level: str = "warning",
        mounts: Sequence[Mount] = (),
    ) -> None:
        if not is_loopback(host) and not allow_remote:
            raise ApiServerError(
                f"refusing to listen on {host}: only loopback addresses (127.0.0.1, ::1) are allowed",
                hint="pass --allow-remote if you really want other machines to reach the API",
            )
        self.ctx = ctx
        self.host = host
        self.port = port
        self.token = token or ctx.settings.ensure_api_token()
        config = config or ApiConfig()
        if not is_loopback(host) and host not in ("0.0.0.0", "::"):
            # Requests addressed to the bind address itself must pass the Host check too.
            config = _with_hosts(config, {host})
        self.app = create_app(
            ctx,
            token=self.token,
            cors_origins=cors_origins,
            config=config,
            job_queue=job_queue,
            mounts=mounts,
        )
        self._config = config
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._error: BaseException | None = None
        self._log_level = log_level

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 30.0) -> ApiServer:
        """Bind (port 0 = any free port), start serving and return once requests are accepted."""
        if self.running:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP; without it
        # every small response waits ~40 ms for the client's delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise ApiServerError(
                f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}",
                hint="another program uses that port; choose another with --port",
            ) from exc
        sock.listen(128)
        self._sock = sock
        self.port = sock.getsockname()[1]
        limits = self._config
        config = uvicorn.Config(
            self.app,
            log_level=self._log_level,
            lifespan="on",
            access_log=False,
            timeout_graceful_shutdown=10,
            server_header=False,
            http=protocol_class(limits.header_timeout, limits.body_idle_timeout),
        )
        self._server = uvicorn.Server(config)
        self._error = None

        def run() -> None:
            try:
                assert self._server is not None
                self._server.run(sockets=[sock])
            except BaseException as exc:  # surfaced by start()/stop()
                self._error = exc
                log.exception("the API server stopped with an error")

        self._thread = threading.Thread(target=run, name="recordroute-api", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise ApiServerError(f"the API server did not start: {self._error or 'timed out'}")
            time.sleep(0.01)
        log.info("API listening on %s", self.url)
        return self

    def stop(self, timeout: float = 15.0) -> None:
        """Graceful shutdown: stop accepting, end event streams, finish in-flight requests, run the app's
        shutdown (a shared job queue keeps running: its owner stops it)."""
        if self._server is not None:
            self.app.state.api.closing()
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(5)
        if self._sock is not None:
            self._sock.close()
        self._thread = None
        self._server = None
        self._sock = None

    def __enter__(self) -> ApiServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _with_hosts(config: ApiConfig, hosts: set[str]) -> ApiConfig:
    import dataclasses

    return dataclasses.replace(config, allowed_hosts=frozenset(config.allowed_hosts | hosts))
