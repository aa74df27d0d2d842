"""The vector_stores resource and its sub-resources.

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

    from ..models import (
        AutoChunkingStrategyRequestParam,
        DeleteVectorStoreFileResponse,
        DeleteVectorStoreResponse,
        StaticChunkingStrategyRequestParam,
        VectorStoreExpirationAfter,
        VectorStoreFileBatchObject,
        VectorStoreFileObject,
        VectorStoreObject,
    )
    from ..params import (
        AutoChunkingStrategyRequestParamDict,
        ChunkingStrategyRequestParamDict,
        StaticChunkingStrategyRequestParamDict,
        VectorStoreExpirationAfterParam,
    )


class VectorStoresFiles(SyncAPIResource):
    """``client.vector_stores.files``"""

    @cached_property
    def with_raw_response(self) -> VectorStoresFilesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return VectorStoresFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresFilesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return VectorStoresFilesWithStreamingResponse(self)

    def create(
        self,
        vector_store_id: str,
        *,
        chunking_strategy: ChunkingStrategyRequestParamDict | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a File to a vector store.

        ``POST /vector_stores/{vector_store_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresFilesCreateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreFileObject",
            self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.CreateVectorStoreFileRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                    },
                ),
                cast_to=_models.VectorStoreFileObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file.

        Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the delete file endpoint.

        ``DELETE /vector_stores/{vector_store_id}/files/{file_id}``

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesDeleteParams,
            {
                "vector_store_id": vector_store_id,
                "file_id": file_id,
            },
        )
        return cast(
            "DeleteVectorStoreFileResponse",
            self._client.request(
                "DELETE",
                "/vector_stores/{vector_store_id}/files/{file_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                cast_to=_models.DeleteVectorStoreFileResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        vector_store_id: str,
        *,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven
        ) = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreFileObject]:
        """Returns a list of vector store files.

        ``GET /vector_stores/{vector_store_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          filter: Filter by file status.

          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesListParams,
            {
                "vector_store_id": vector_store_id,
                "filter": filter,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[VectorStoreFileObject]",
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
                "/vector_stores/{vector_store_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                query={
                    "filter": filter,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoreFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        ``GET /vector_stores/{vector_store_id}/files/{file_id}``

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesRetrieveParams,
            {
                "vector_store_id": vector_store_id,
                "file_id": file_id,
            },
        )
        return cast(
            "VectorStoreFileObject",
            self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}/files/{file_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                cast_to=_models.VectorStoreFileObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class VectorStoresFilesWithRawResponse:
    def __init__(self, resource: VectorStoresFiles) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class VectorStoresFilesWithStreamingResponse:
    def __init__(self, resource: VectorStoresFiles) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncVectorStoresFiles(AsyncAPIResource):
    """``client.vector_stores.files``"""

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresFilesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncVectorStoresFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresFilesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncVectorStoresFilesWithStreamingResponse(self)

    async def create(
        self,
        vector_store_id: str,
        *,
        chunking_strategy: ChunkingStrategyRequestParamDict | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileObject:
        """Create a vector store file by attaching a File to a vector store.

        ``POST /vector_stores/{vector_store_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresFilesCreateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreFileObject",
            await self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.CreateVectorStoreFileRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                    },
                ),
                cast_to=_models.VectorStoreFileObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteVectorStoreFileResponse:
        """Delete a vector store file.

        Delete a vector store file. This will remove the file from the vector store but the file itself will not be deleted. To delete the file, use the delete file endpoint.

        ``DELETE /vector_stores/{vector_store_id}/files/{file_id}``

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesDeleteParams,
            {
                "vector_store_id": vector_store_id,
                "file_id": file_id,
            },
        )
        return cast(
            "DeleteVectorStoreFileResponse",
            await self._client.request(
                "DELETE",
                "/vector_stores/{vector_store_id}/files/{file_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                cast_to=_models.DeleteVectorStoreFileResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        vector_store_id: str,
        *,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven
        ) = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFileObject]:
        """Returns a list of vector store files.

        ``GET /vector_stores/{vector_store_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          filter: Filter by file status.

          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesListParams,
            {
                "vector_store_id": vector_store_id,
                "filter": filter,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[VectorStoreFileObject]",
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
                "/vector_stores/{vector_store_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                query={
                    "filter": filter,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoreFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        vector_store_id: str,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileObject:
        """Retrieves a vector store file.

        ``GET /vector_stores/{vector_store_id}/files/{file_id}``

        Args:
          vector_store_id: The ID of the vector store.

          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFilesRetrieveParams,
            {
                "vector_store_id": vector_store_id,
                "file_id": file_id,
            },
        )
        return cast(
            "VectorStoreFileObject",
            await self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}/files/{file_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "file_id": file_id,
                },
                cast_to=_models.VectorStoreFileObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncVectorStoresFilesWithRawResponse:
    def __init__(self, resource: AsyncVectorStoresFiles) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncVectorStoresFilesWithStreamingResponse:
    def __init__(self, resource: AsyncVectorStoresFiles) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class VectorStoresFileBatches(SyncAPIResource):
    """``client.vector_stores.file_batches``"""

    @cached_property
    def with_raw_response(self) -> VectorStoresFileBatchesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return VectorStoresFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresFileBatchesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return VectorStoresFileBatchesWithStreamingResponse(self)

    def cancel(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch.

        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        ``POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesCancelParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        vector_store_id: str,
        *,
        chunking_strategy: ChunkingStrategyRequestParamDict | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        ``POST /vector_stores/{vector_store_id}/file_batches``

        Args:
          vector_store_id: The ID of the vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresFileBatchesCreateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/file_batches",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.CreateVectorStoreFileBatchRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                    },
                ),
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def files(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven
        ) = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreFileObject]:
        """Returns a list of vector store files in a batch.

        ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          filter: Filter by file status.

          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesFilesParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
                "filter": filter,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[VectorStoreFileObject]",
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
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                query={
                    "filter": filter,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoreFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesRetrieveParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class VectorStoresFileBatchesWithRawResponse:
    def __init__(self, resource: VectorStoresFileBatches) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create = to_raw_response_wrapper(resource.create)
        self.files = to_raw_response_wrapper(resource.files)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class VectorStoresFileBatchesWithStreamingResponse:
    def __init__(self, resource: VectorStoresFileBatches) -> None:
        self._resource = resource
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.create = to_streamed_response_wrapper(resource.create)
        self.files = to_streamed_response_wrapper(resource.files)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncVectorStoresFileBatches(AsyncAPIResource):
    """``client.vector_stores.file_batches``"""

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresFileBatchesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncVectorStoresFileBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncVectorStoresFileBatchesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncVectorStoresFileBatchesWithStreamingResponse(self)

    async def cancel(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Cancel a vector store file batch.

        Cancel a vector store file batch. This attempts to cancel the processing of files in this batch as soon as possible.

        ``POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesCancelParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            await self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        vector_store_id: str,
        *,
        chunking_strategy: ChunkingStrategyRequestParamDict | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Create a vector store file batch.

        ``POST /vector_stores/{vector_store_id}/file_batches``

        Args:
          vector_store_id: The ID of the vector store.

          chunking_strategy: The chunking strategy used to chunk the file(s).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresFileBatchesCreateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            await self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}/file_batches",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.CreateVectorStoreFileBatchRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                    },
                ),
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def files(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        filter: (
            Literal["in_progress", "completed", "failed", "cancelled"] | NotGiven
        ) = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreFileObject]:
        """Returns a list of vector store files in a batch.

        ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          filter: Filter by file status.

          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesFilesParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
                "filter": filter,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[VectorStoreFileObject]",
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
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                query={
                    "filter": filter,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoreFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreFileBatchObject:
        """Retrieves a vector store file batch.

        ``GET /vector_stores/{vector_store_id}/file_batches/{batch_id}``

        Args:
          vector_store_id: The ID of the vector store.

          batch_id: The ID of the batch.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresFileBatchesRetrieveParams,
            {
                "vector_store_id": vector_store_id,
                "batch_id": batch_id,
            },
        )
        return cast(
            "VectorStoreFileBatchObject",
            await self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                    "batch_id": batch_id,
                },
                cast_to=_models.VectorStoreFileBatchObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncVectorStoresFileBatchesWithRawResponse:
    def __init__(self, resource: AsyncVectorStoresFileBatches) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.files = async_to_raw_response_wrapper(resource.files)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncVectorStoresFileBatchesWithStreamingResponse:
    def __init__(self, resource: AsyncVectorStoresFileBatches) -> None:
        self._resource = resource
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.files = async_to_streamed_response_wrapper(resource.files)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class VectorStores(SyncAPIResource):
    """``client.vector_stores``"""

    @cached_property
    def file_batches(self) -> VectorStoresFileBatches:
        return VectorStoresFileBatches(self._client)

    @cached_property
    def files(self) -> VectorStoresFiles:
        return VectorStoresFiles(self._client)

    @cached_property
    def with_raw_response(self) -> VectorStoresWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return VectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VectorStoresWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return VectorStoresWithStreamingResponse(self)

    def create(
        self,
        *,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam
            | AutoChunkingStrategyRequestParamDict
            | StaticChunkingStrategyRequestParam
            | StaticChunkingStrategyRequestParamDict
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        expires_after: (
            VectorStoreExpirationAfter | VectorStoreExpirationAfterParam | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Create a vector store.

        ``POST /vector_stores``

        Args:
          chunking_strategy: The chunking strategy used to chunk the file(s).

          metadata: Set of 16 key-value pairs that can be attached to an object.

          expires_after: The expiration policy for a vector store

          name: The name of the vector store

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "VectorStoreObject",
            self._client.request(
                "POST",
                "/vector_stores",
                json_body=build_json_body(
                    _params.CreateVectorStoreRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                        "metadata": metadata,
                        "expires_after": expires_after,
                        "name": name,
                    },
                ),
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        ``DELETE /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresDeleteParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "DeleteVectorStoreResponse",
            self._client.request(
                "DELETE",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                cast_to=_models.DeleteVectorStoreResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[VectorStoreObject]:
        """Returns a list of vector stores.

        ``GET /vector_stores``

        Args:
          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresListParams,
            {
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[VectorStoreObject]",
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
                "/vector_stores",
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoresResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        ``GET /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresRetrieveParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreObject",
            self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        vector_store_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        expires_after: (
            VectorStoreExpirationAfter | VectorStoreExpirationAfterParam | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        ``POST /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          expires_after: The expiration policy for a vector store

          name: The name of the vector store

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresUpdateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreObject",
            self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.UpdateVectorStoreRequestParam,
                    {
                        "metadata": metadata,
                        "expires_after": expires_after,
                        "name": name,
                    },
                ),
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class VectorStoresWithRawResponse:
    def __init__(self, resource: VectorStores) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)

    @cached_property
    def file_batches(self) -> VectorStoresFileBatchesWithRawResponse:
        return VectorStoresFileBatchesWithRawResponse(self._resource.file_batches)

    @cached_property
    def files(self) -> VectorStoresFilesWithRawResponse:
        return VectorStoresFilesWithRawResponse(self._resource.files)


class VectorStoresWithStreamingResponse:
    def __init__(self, resource: VectorStores) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)

    @cached_property
    def file_batches(self) -> VectorStoresFileBatchesWithStreamingResponse:
        return VectorStoresFileBatchesWithStreamingResponse(self._resource.file_batches)

    @cached_property
    def files(self) -> VectorStoresFilesWithStreamingResponse:
        return VectorStoresFilesWithStreamingResponse(self._resource.files)


class AsyncVectorStores(AsyncAPIResource):
    """``client.vector_stores``"""

    @cached_property
    def file_batches(self) -> AsyncVectorStoresFileBatches:
        return AsyncVectorStoresFileBatches(self._client)

    @cached_property
    def files(self) -> AsyncVectorStoresFiles:
        return AsyncVectorStoresFiles(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVectorStoresWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncVectorStoresWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVectorStoresWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncVectorStoresWithStreamingResponse(self)

    async def create(
        self,
        *,
        chunking_strategy: (
            AutoChunkingStrategyRequestParam
            | AutoChunkingStrategyRequestParamDict
            | StaticChunkingStrategyRequestParam
            | StaticChunkingStrategyRequestParamDict
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        expires_after: (
            VectorStoreExpirationAfter | VectorStoreExpirationAfterParam | NotGiven
        ) = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Create a vector store.

        ``POST /vector_stores``

        Args:
          chunking_strategy: The chunking strategy used to chunk the file(s).

          metadata: Set of 16 key-value pairs that can be attached to an object.

          expires_after: The expiration policy for a vector store

          name: The name of the vector store

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "VectorStoreObject",
            await self._client.request(
                "POST",
                "/vector_stores",
                json_body=build_json_body(
                    _params.CreateVectorStoreRequestParam,
                    {
                        "chunking_strategy": chunking_strategy,
                        "metadata": metadata,
                        "expires_after": expires_after,
                        "name": name,
                    },
                ),
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store.

        ``DELETE /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresDeleteParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "DeleteVectorStoreResponse",
            await self._client.request(
                "DELETE",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                cast_to=_models.DeleteVectorStoreResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[VectorStoreObject]:
        """Returns a list of vector stores.

        ``GET /vector_stores``

        Args:
          before: A cursor for use in pagination.

          limit: A limit on the number of objects to be returned.

          after: A cursor for use in pagination.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresListParams,
            {
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[VectorStoreObject]",
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
                "/vector_stores",
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListVectorStoresResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        vector_store_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Retrieves a vector store.

        ``GET /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.VectorStoresRetrieveParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreObject",
            await self._client.request(
                "GET",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        vector_store_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        expires_after: (
            VectorStoreExpirationAfter | VectorStoreExpirationAfterParam | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VectorStoreObject:
        """Modifies a vector store.

        ``POST /vector_stores/{vector_store_id}``

        Args:
          vector_store_id: The ID of the vector store.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          expires_after: The expiration policy for a vector store

          name: The name of the vector store

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.VectorStoresUpdateParams,
            {
                "vector_store_id": vector_store_id,
            },
        )
        return cast(
            "VectorStoreObject",
            await self._client.request(
                "POST",
                "/vector_stores/{vector_store_id}",
                path_params={
                    "vector_store_id": vector_store_id,
                },
                json_body=build_json_body(
                    _params.UpdateVectorStoreRequestParam,
                    {
                        "metadata": metadata,
                        "expires_after": expires_after,
                        "name": name,
                    },
                ),
                cast_to=_models.VectorStoreObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncVectorStoresWithRawResponse:
    def __init__(self, resource: AsyncVectorStores) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)

    @cached_property
    def file_batches(self) -> AsyncVectorStoresFileBatchesWithRawResponse:
        return AsyncVectorStoresFileBatchesWithRawResponse(self._resource.file_batches)

    @cached_property
    def files(self) -> AsyncVectorStoresFilesWithRawResponse:
        return AsyncVectorStoresFilesWithRawResponse(self._resource.files)


class AsyncVectorStoresWithStreamingResponse:
    def __init__(self, resource: AsyncVectorStores) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)

    @cached_property
    def file_batches(self) -> AsyncVectorStoresFileBatchesWithStreamingResponse:
        return AsyncVectorStoresFileBatchesWithStreamingResponse(
            self._resource.file_batches
        )

    @cached_property
    def files(self) -> AsyncVectorStoresFilesWithStreamingResponse:
        return AsyncVectorStoresFilesWithStreamingResponse(self._resource.files)
