"""Which URLs may be fetched at all.

Only http and https are fetched. A host name is resolved first and every
address it resolves to is checked: private, loopback, link-local, multicast,
reserved and unspecified addresses are refused unless the host was allowed
with ``--allow-host HOST``. The fetcher calls :meth:`NetPolicy.check` before
the first request and again on every redirect hop, so a public page cannot
redirect the crawler into the local network.

Known limit: the check resolves the name, then httpx resolves it again when it
connects; a DNS server that answers differently the second time (DNS
rebinding) is not caught. Run the crawler where the private network is not
reachable if that matters.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")

Resolver = Callable[[str, int], list[str]]


class PolicyError(Exception):
    """The URL may not be fetched; the message is the quarantine reason."""


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


@dataclass
class NetPolicy:
    allow_hosts: tuple[str, ...] = ()
    resolver: Resolver = field(default=system_resolver, repr=False)

    def __post_init__(self) -> None:
        self.allow_hosts = tuple(sorted({_norm_host(h) for h in self.allow_hosts if h.strip()}))

    def check(self, url: str) -> None:
        """Raise :class:`PolicyError` when ``url`` must not be fetched."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise PolicyError(f"scheme {scheme or '(none)'!r} is not fetched (only http, https)")
        host = (parts.hostname or "").lower()
        if not host:
            raise PolicyError("URL has no host")
        if self.is_allowed(host, parts.port):
            return
        port = parts.port or (443 if scheme == "https" else 80)
        try:
            addresses = self.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise PolicyError(f"cannot resolve host {host}: {exc}") from exc
        if not addresses:
            raise PolicyError(f"host {host} resolves to no address")
        for address in addresses:
            kind = address_kind(address)
            if kind:
                raise PolicyError(
                    f"host {host} resolves to {kind} address {address}; refused (allow it with --allow-host {host})"
                )

    def is_allowed(self, host: str, port: int | None = None) -> bool:
        host = _norm_host(host)
        return host in self.allow_hosts or (port is not None and f"{host}:{port}" in self.allow_hosts)


def address_kind(address: str) -> str | None:
    """Why an address is not public ('loopback', 'private', ...), or None if it is."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "unspecified", "link_local", "multicast", "private", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def _norm_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    return host[1:-1] if host.startswith("[") and host.endswith("]") else host
