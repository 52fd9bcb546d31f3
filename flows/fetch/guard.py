"""Which addresses the fetcher may connect to: public ones, plus what ``allow_private_hosts`` names.

Checked before every request (each redirect hop and robots.txt included) against the URL's
host, every address it resolves to and its port, and again after connecting against the
address actually reached (DNS may answer differently the second time). An allow-list entry
with a port exempts that port only: ``"127.0.0.1:8080"`` lets a page on port 8080 be fetched
without opening every other service of the machine to a redirect.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from flows.config import AllowedHost, parse_allowed_host
from flows.fetch.errors import FetchError

__all__ = ["AddressGuard"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressGuard:
    def __init__(self, allow_private_hosts: tuple[str, ...]) -> None:
        self._allowed: tuple[AllowedHost, ...] = tuple(parse_allowed_host(entry) for entry in allow_private_hosts)

    def check_url(self, url: str) -> None:
        """Refuse non-http(s) URLs, unusable hosts or ports, and non-public destinations.

        Raises:
            FetchError: the reason names the scheme, host, address or port refused.
        """
        host, port = _host_and_port(url)
        if any(entry.allows(host, None, port) for entry in self._allowed):
            return  # allowed by name: the user vouches for whatever it resolves to
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError, ValueError) as exc:
            raise FetchError(url, f"cannot resolve host {host!r} ({exc})") from None
        for info in infos:
            self._check_address(url, host, _address(str(info[4][0])), port, "resolves to")

    def check_peer(self, url: str, peer: tuple | None) -> None:
        """Re-check the address actually connected to. The request has been sent by then, but no
        response from a refused address is ever read."""
        if not peer:
            return
        host, _ = _host_and_port(url)
        port = int(peer[1])
        if any(entry.allows(host, None, port) for entry in self._allowed):
            return
        self._check_address(url, host, _address(str(peer[0])), port, "connected to", " (DNS changed after the check)")

    def _check_address(self, url: str, host: str, address: IPAddress, port: int, verb: str, note: str = "") -> None:
        if _is_public(address) or any(entry.allows(host, address, port) for entry in self._allowed):
            return
        other_port = any(entry.allows(host, address, entry.port) for entry in self._allowed if entry.port is not None)
        hint = (
            "; [fetch] allow_private_hosts allows this address on another port only" if other_port
            else "; add it to [fetch] allow_private_hosts if this is intended"
        )
        raise FetchError(url, f"refused: {host!r} {verb} non-public address {address} port {port}{note}{hint}")


def _host_and_port(url: str) -> tuple[str, int]:
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname
        explicit_port = parts.port
    except ValueError as exc:  # "http://[::1", "http://h:99999", "http://h:x"
        raise FetchError(url, f"malformed URL ({exc})") from None
    if scheme not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs are fetched, not {scheme or 'a relative URL'!r}")
    if not host:
        raise FetchError(url, "the URL has no host")
    return host.lower(), explicit_port or (443 if scheme == "https" else 80)


def _address(text: str) -> IPAddress:
    address = ipaddress.ip_address(text.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_public(address: IPAddress) -> bool:
    return address.is_global and not address.is_multicast
