"""Whether a host or a server URL is this computer: the API binds and answers only there unless told otherwise,
and a restore keeps only the servers on this computer."""

from __future__ import annotations

import ipaddress
import urllib.parse


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost (a bind address or a Host name)."""
    host = host.strip().strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: object) -> bool:
    """A server URL (the scheme may be left out) whose host is this computer."""
    if not isinstance(url, str):
        return False
    try:
        host = urllib.parse.urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    except ValueError:
        return False
    return is_loopback(host)
