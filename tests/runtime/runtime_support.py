"""Client subclasses shaped like generated ones, with tiny retry delays for fast tests."""

from __future__ import annotations

from typing import Any, ClassVar

from runtime import AsyncAPIClient, AuthScheme, BaseModel, SyncAPIClient

API_KEY = "sk-test-SECRET-0123456789"


class Client(SyncAPIClient):
    _env_prefix = "RTTEST"
    _default_base_url = ""
    _auth = AuthScheme(kind="bearer", name="Authorization")
    _package_name = "rttest"
    _version = "1.2.3"
    _initial_retry_delay = 0.001
    _max_retry_delay = 0.005

    sleeps: ClassVar[list[float]] = []

    def _sleep(self, seconds: float) -> None:
        type(self).sleeps.append(seconds)
        super()._sleep(min(seconds, 0.05))


class AsyncClient(AsyncAPIClient):
    _env_prefix = "RTTEST"
    _default_base_url = ""
    _auth = AuthScheme(kind="bearer", name="Authorization")
    _package_name = "rttest"
    _version = "1.2.3"
    _initial_retry_delay = 0.001
    _max_retry_delay = 0.005

    sleeps: ClassVar[list[float]] = []

    async def _sleep(self, seconds: float) -> None:
        type(self).sleeps.append(seconds)
        await super()._sleep(min(seconds, 0.05))


def client_class(kind: str, name: str = "Authorization", **attrs: Any) -> type[Client]:
    """A Client subclass with another auth scheme (and other class attributes)."""
    return type(
        f"Client_{kind}",
        (Client,),
        {"_auth": AuthScheme(kind=kind, name=name), **attrs},
    )


def async_client_class(
    kind: str, name: str = "Authorization", **attrs: Any
) -> type[AsyncClient]:
    return type(
        f"AsyncClient_{kind}",
        (AsyncClient,),
        {"_auth": AuthScheme(kind=kind, name=name), **attrs},
    )


class Pet(BaseModel):
    id: int
    name: str
    tag: str | None = None


class Chunk(BaseModel):
    id: str
    delta: str = ""


class HTTPValidationError(BaseModel):
    detail: list[dict[str, Any]]


class ErrorBody(BaseModel):
    error: dict[str, Any]
