"""The batches resource.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    Headers,
    NotGiven,
    Paging,
    Query,
    SyncAPIResource,
    SyncPage,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    check_params,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from ..models import Batch


class Batches(SyncAPIResource):
    """``client.batches``"""

    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return BatchesWithStreamingResponse(self)

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancels an in-progress batch.

        Cancels an in-progress batch. The batch will be in status cancelling for up to 10 minutes, before changing to cancelled, where it will have partial results (if any) available in the output file.

        ``POST /batches/{batch_id}/cancel``

        Args:
          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesCancelParams,
            {
                "batch_id": batch_id,
            },
        )
        return cast(
            "Batch",
            self._client.request(
                "POST",
                "/batches/{batch_id}/cancel",
                path_params={
                    "batch_id": batch_id,
                },
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        endpoint: Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions"],
        input_file_id: str,
        completion_window: Literal["24h"],
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        ``POST /batches``

        Args:
          endpoint: The endpoint to be used for all requests in the batch.

          input_file_id: The ID of an uploaded file that contains requests for the new batch.

          completion_window: The time frame within which the batch should be processed.

          metadata: Optional custom metadata for the batch

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "Batch",
            self._client.request(
                "POST",
                "/batches",
                json_body=build_json_body(
                    _params.BatchesBodyParam,
                    {
                        "endpoint": endpoint,
                        "input_file_id": input_file_id,
                        "completion_window": completion_window,
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Batch]:
        """List your organization's batches.

        ``GET /batches``

        Args:
          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesListParams,
            {
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "SyncPage[Batch]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    next=("last_id",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/batches",
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListBatchesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieves a batch.

        ``GET /batches/{batch_id}``

        Args:
          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesRetrieveParams,
            {
                "batch_id": batch_id,
            },
        )
        return cast(
            "Batch",
            self._client.request(
                "GET",
                "/batches/{batch_id}",
                path_params={
                    "batch_id": batch_id,
                },
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class BatchesWithRawResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class BatchesWithStreamingResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncBatches(AsyncAPIResource):
    """``client.batches``"""

    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Cancels an in-progress batch.

        Cancels an in-progress batch. The batch will be in status cancelling for up to 10 minutes, before changing to cancelled, where it will have partial results (if any) available in the output file.

        ``POST /batches/{batch_id}/cancel``

        Args:
          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesCancelParams,
            {
                "batch_id": batch_id,
            },
        )
        return cast(
            "Batch",
            await self._client.request(
                "POST",
                "/batches/{batch_id}/cancel",
                path_params={
                    "batch_id": batch_id,
                },
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        endpoint: Literal["/v1/chat/completions", "/v1/embeddings", "/v1/completions"],
        input_file_id: str,
        completion_window: Literal["24h"],
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Creates and executes a batch from an uploaded file of requests

        ``POST /batches``

        Args:
          endpoint: The endpoint to be used for all requests in the batch.

          input_file_id: The ID of an uploaded file that contains requests for the new batch.

          completion_window: The time frame within which the batch should be processed.

          metadata: Optional custom metadata for the batch

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "Batch",
            await self._client.request(
                "POST",
                "/batches",
                json_body=build_json_body(
                    _params.BatchesBodyParam,
                    {
                        "endpoint": endpoint,
                        "input_file_id": input_file_id,
                        "completion_window": completion_window,
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Batch]:
        """List your organization's batches.

        ``GET /batches``

        Args:
          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesListParams,
            {
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "AsyncPaginator[Batch]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    next=("last_id",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/batches",
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListBatchesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Batch:
        """Retrieves a batch.

        ``GET /batches/{batch_id}``

        Args:
          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.BatchesRetrieveParams,
            {
                "batch_id": batch_id,
            },
        )
        return cast(
            "Batch",
            await self._client.request(
                "GET",
                "/batches/{batch_id}",
                path_params={
                    "batch_id": batch_id,
                },
                cast_to=_models.Batch,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncBatchesWithRawResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
