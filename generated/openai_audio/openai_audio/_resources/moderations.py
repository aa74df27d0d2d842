"""The moderations resource.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import CreateModerationResponse


class Moderations(SyncAPIResource):
    """``client.moderations``"""

    @cached_property
    def with_raw_response(self) -> ModerationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModerationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ModerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: (
            str | Literal["text-moderation-latest", "text-moderation-stable"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateModerationResponse:
        """Classifies if text is potentially harmful.

        ``POST /moderations``

        Args:
          model: Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateModerationResponse",
            self._client.request(
                "POST",
                "/moderations",
                json_body=build_json_body(
                    _params.CreateModerationRequestParam,
                    {
                        "model": model,
                    },
                ),
                cast_to=_models.CreateModerationResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModerationsWithRawResponse:
    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ModerationsWithStreamingResponse:
    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncModerations(AsyncAPIResource):
    """``client.moderations``"""

    @cached_property
    def with_raw_response(self) -> AsyncModerationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncModerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: (
            str | Literal["text-moderation-latest", "text-moderation-stable"] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateModerationResponse:
        """Classifies if text is potentially harmful.

        ``POST /moderations``

        Args:
          model: Two content moderations models are available: `text-moderation-stable` and `text-moderation-latest`.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateModerationResponse",
            await self._client.request(
                "POST",
                "/moderations",
                json_body=build_json_body(
                    _params.CreateModerationRequestParam,
                    {
                        "model": model,
                    },
                ),
                cast_to=_models.CreateModerationResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModerationsWithRawResponse:
    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncModerationsWithStreamingResponse:
    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
