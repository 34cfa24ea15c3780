"""Privacy guard for the suite: any socket to a host other than loopback is refused and recorded.

Installed in the pytest process by tests/conftest.py and in every Python subprocess through
tests/helpers/netguard_site/sitecustomize.py (when RECORDROUTE_TEST_NET_GUARD=1). A refused attempt raises
`NetworkBlocked` *and* is appended to the log file named by RECORDROUTE_TEST_NET_GUARD_LOG, so app code that
swallows connection errors still fails the test that triggered it.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import traceback
from typing import Any

ENV_ON = "RECORDROUTE_TEST_NET_GUARD"
ENV_LOG = "RECORDROUTE_TEST_NET_GUARD_LOG"
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}
violations: list[str] = []
_state = {"log": True}


class NetworkBlocked(ConnectionRefusedError):
    """A test tried to reach a host other than loopback."""


def is_local(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    name = str(host).strip("[]").split("%", 1)[0].lower()
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        addr = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_loopback or addr.is_unspecified


def _refuse(what: str, host: Any, port: Any) -> None:
    where = "".join(traceback.format_stack(limit=8)[:-2])
    message = f"{what} to {host!r}:{port} refused: tests may only reach loopback (pid {os.getpid()})"
    violations.append(message)
    log = os.environ.get(ENV_LOG)
    if log and _state["log"]:
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(message + "\n" + where + "\n")
        except OSError:
            pass
    raise NetworkBlocked(message)


def _check_address(sock: socket.socket, address: Any, what: str) -> None:
    inet = sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple) and address
    if inet and not is_local(address[0]):
        _refuse(what, address[0], address[1] if len(address) > 1 else None)


def install(*, to_log: bool = True) -> None:
    """Patch socket connect/connect_ex, create_connection and getaddrinfo (idempotent).

    `to_log=False` in the pytest process itself: its attempts are read from `violations`, not the log file.
    """
    _state["log"] = to_log
    if getattr(socket, "_recordroute_net_guard", False):
        return
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    create_connection, getaddrinfo = socket.create_connection, socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: Any) -> None:
        _check_address(self, address, "connect")
        return connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        _check_address(self, address, "connect_ex")
        return connect_ex(self, address)

    def guarded_create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not is_local(address[0]):
            _refuse("create_connection", address[0], address[1])
        return create_connection(address, *args, **kwargs)

    def guarded_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_local(host):
            _refuse("getaddrinfo", host, port)
        return getaddrinfo(host, port, *args, **kwargs)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.create_connection = guarded_create_connection  # type: ignore[assignment]
    socket.getaddrinfo = guarded_getaddrinfo
    socket._recordroute_net_guard = True  # type: ignore[attr-defined]
