"""The network layer under httpx that obeys the active ``deadline`` (see that module).

A module of its own, imported when the fetcher builds its client: httpx and httpcore cost about 0.1 s CPU to
import, paid by every ``newsfacts extract`` process even when all its inputs are local files.
"""
from __future__ import annotations

import typing

import httpcore
import httpx

from flows.fetch.deadline import clip

__all__ = ["DeadlineTransport"]


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout=clip(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout=clip(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(
            ssl_context, server_hostname=server_hostname, timeout=clip(timeout, httpcore.ConnectTimeout)
        ))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(super().connect_tcp(
            host, port, timeout=clip(timeout, httpcore.ConnectTimeout), local_address=local_address,
            socket_options=socket_options,
        ))


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's default transport over a connection pool whose sockets obey the active deadline.

    httpx 0.28 takes no network backend (encode/httpx#3749 adds one), so the pool it builds is
    replaced by an equivalent one that has ours; ``tests/test_fetch_hostile.py`` pins the behaviour (slow-drip headers and body).
    """

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpcore.default_ssl_context(), max_connections=100, max_keepalive_connections=20,
            keepalive_expiry=5.0, network_backend=_DeadlineBackend(),
        )
