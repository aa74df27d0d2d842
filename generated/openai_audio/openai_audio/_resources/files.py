"""The files resource.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    FileTypes,
    Headers,
    NotGiven,
    ParamStyle,
    PartEncoding,
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_multipart,
    check_params,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import DeleteFileResponse, ListFilesResponse, OpenAIFile


class Files(SyncAPIResource):
    """``client.files``"""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return FilesWithStreamingResponse(self)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Returns the contents of the specified file.

        ``GET /files/{file_id}/content``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesContentParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "bytes",
            self._client.request(
                "GET",
                "/files/{file_id}/content",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "application/octet-stream",
                },
                response_kind="binary",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints.

        Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and the size of all files uploaded by one organization can be up to 100 GB. The Assistants API supports files up to 2 million tokens and of specific file types. See the Assistants Tools guide for details. The Fine-tuning API only supports .jsonl files. The input also has certain required formats for fine-tuning chat or completions models. The Batch API only supports .jsonl files up to 100 MB in size. The input also has a specific required format. Please contact us if you need to increase these storage limits.

        ``POST /files``

        Args:
          file: The File object (not file name) to be uploaded

          purpose: The intended purpose of the uploaded file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "OpenAIFile",
            self._client.request(
                "POST",
                "/files",
                multipart=build_multipart(
                    _params.CreateFileRequestParam,
                    {
                        "file": file,
                        "purpose": purpose,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.OpenAIFile,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteFileResponse:
        """Delete a file.

        ``DELETE /files/{file_id}``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesDeleteParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "DeleteFileResponse",
            self._client.request(
                "DELETE",
                "/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                cast_to=_models.DeleteFileResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListFilesResponse:
        """Returns a list of files that belong to the user's organization.

        ``GET /files``

        Args:
          purpose: Only return files with the given purpose

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesListParams,
            {
                "purpose": purpose,
            },
        )
        return cast(
            "ListFilesResponse",
            self._client.request(
                "GET",
                "/files",
                query={
                    "purpose": purpose,
                },
                cast_to=_models.ListFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        ``GET /files/{file_id}``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesRetrieveParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "OpenAIFile",
            self._client.request(
                "GET",
                "/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                cast_to=_models.OpenAIFile,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.content = to_raw_response_wrapper(resource.content)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.content = to_streamed_response_wrapper(resource.content)
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncFiles(AsyncAPIResource):
    """``client.files``"""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncFilesWithStreamingResponse(self)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Returns the contents of the specified file.

        ``GET /files/{file_id}/content``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesContentParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "bytes",
            await self._client.request(
                "GET",
                "/files/{file_id}/content",
                path_params={
                    "file_id": file_id,
                },
                headers={
                    "Accept": "application/octet-stream",
                },
                response_kind="binary",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Upload a file that can be used across various endpoints.

        Upload a file that can be used across various endpoints. Individual files can be up to 512 MB, and the size of all files uploaded by one organization can be up to 100 GB. The Assistants API supports files up to 2 million tokens and of specific file types. See the Assistants Tools guide for details. The Fine-tuning API only supports .jsonl files. The input also has certain required formats for fine-tuning chat or completions models. The Batch API only supports .jsonl files up to 100 MB in size. The input also has a specific required format. Please contact us if you need to increase these storage limits.

        ``POST /files``

        Args:
          file: The File object (not file name) to be uploaded

          purpose: The intended purpose of the uploaded file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "OpenAIFile",
            await self._client.request(
                "POST",
                "/files",
                multipart=build_multipart(
                    _params.CreateFileRequestParam,
                    {
                        "file": file,
                        "purpose": purpose,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.OpenAIFile,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteFileResponse:
        """Delete a file.

        ``DELETE /files/{file_id}``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesDeleteParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "DeleteFileResponse",
            await self._client.request(
                "DELETE",
                "/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                cast_to=_models.DeleteFileResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListFilesResponse:
        """Returns a list of files that belong to the user's organization.

        ``GET /files``

        Args:
          purpose: Only return files with the given purpose

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesListParams,
            {
                "purpose": purpose,
            },
        )
        return cast(
            "ListFilesResponse",
            await self._client.request(
                "GET",
                "/files",
                query={
                    "purpose": purpose,
                },
                cast_to=_models.ListFilesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OpenAIFile:
        """Returns information about a specific file.

        ``GET /files/{file_id}``

        Args:
          file_id: The ID of the file.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FilesRetrieveParams,
            {
                "file_id": file_id,
            },
        )
        return cast(
            "OpenAIFile",
            await self._client.request(
                "GET",
                "/files/{file_id}",
                path_params={
                    "file_id": file_id,
                },
                cast_to=_models.OpenAIFile,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.content = async_to_raw_response_wrapper(resource.content)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.content = async_to_streamed_response_wrapper(resource.content)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
