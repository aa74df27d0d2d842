"""The embeddings resource.

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
    SequenceNotStr,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..models import CreateEmbeddingResponse
    from ..params import InputItemsArrayParam


class Embeddings(SyncAPIResource):
    """``client.embeddings``"""

    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: (
            str | SequenceNotStr[str] | Sequence[int] | Sequence[InputItemsArrayParam]
        ),
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        ``POST /embeddings``

        Args:
          input: Input text to embed, encoded as a string or array of tokens.

          model: ID of the model to use.

          encoding_format: The format to return the embeddings in.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          dimensions: The number of dimensions the resulting output embeddings should have.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateEmbeddingResponse",
            self._client.request(
                "POST",
                "/embeddings",
                json_body=build_json_body(
                    _params.CreateEmbeddingRequestParam,
                    {
                        "input": input,
                        "model": model,
                        "encoding_format": encoding_format,
                        "user": user,
                        "dimensions": dimensions,
                    },
                ),
                cast_to=_models.CreateEmbeddingResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class EmbeddingsWithRawResponse:
    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class EmbeddingsWithStreamingResponse:
    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncEmbeddings(AsyncAPIResource):
    """``client.embeddings``"""

    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: (
            str | SequenceNotStr[str] | Sequence[int] | Sequence[InputItemsArrayParam]
        ),
        model: (
            str
            | Literal[
                "text-embedding-ada-002",
                "text-embedding-3-small",
                "text-embedding-3-large",
            ]
        ),
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateEmbeddingResponse:
        """Creates an embedding vector representing the input text.

        ``POST /embeddings``

        Args:
          input: Input text to embed, encoded as a string or array of tokens.

          model: ID of the model to use.

          encoding_format: The format to return the embeddings in.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          dimensions: The number of dimensions the resulting output embeddings should have.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateEmbeddingResponse",
            await self._client.request(
                "POST",
                "/embeddings",
                json_body=build_json_body(
                    _params.CreateEmbeddingRequestParam,
                    {
                        "input": input,
                        "model": model,
                        "encoding_format": encoding_format,
                        "user": user,
                        "dimensions": dimensions,
                    },
                ),
                cast_to=_models.CreateEmbeddingResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncEmbeddingsWithRawResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncEmbeddingsWithStreamingResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
