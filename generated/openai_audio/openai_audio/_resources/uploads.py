"""The uploads resource.

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
    SequenceNotStr,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    build_multipart,
    check_params,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import Upload, UploadPart


class Uploads(SyncAPIResource):
    """``client.uploads``"""

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return UploadsWithStreamingResponse(self)

    def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Cancels the Upload.

        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        ``POST /uploads/{upload_id}/cancel``

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.UploadsCancelParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "Upload",
            self._client.request(
                "POST",
                "/uploads/{upload_id}/cancel",
                path_params={
                    "upload_id": upload_id,
                },
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md_5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Completes the Upload.

        Completes the Upload. Within the returned Upload object, there is a nested File object that is ready to use in the rest of the platform. You can specify the order of the Parts by passing in an ordered list of the Part IDs. The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.

        ``POST /uploads/{upload_id}/complete``

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs

          md_5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.UploadsCompleteParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "Upload",
            self._client.request(
                "POST",
                "/uploads/{upload_id}/complete",
                path_params={
                    "upload_id": upload_id,
                },
                json_body=build_json_body(
                    _params.CompleteUploadRequestParam,
                    {
                        "part_ids": part_ids,
                        "md5": md_5,
                    },
                ),
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        mime_type: str,
        bytes_: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Creates an intermediate Upload object that you can add Parts to.

        Creates an intermediate Upload object that you can add Parts to. Currently, an Upload can accept at most 8 GB in total and expires after an hour after you create it. Once you complete the Upload, we will create a File object that contains all the parts you uploaded. This File is usable in the rest of our platform as a regular File object. For certain purposes, the correct mime_type must be specified; please refer to the documentation for the supported MIME types for your use case.

        ``POST /uploads``

        Args:
          filename: The name of the file to upload

          purpose: The intended purpose of the uploaded file.

          mime_type: The MIME type of the file.

          bytes_: The number of bytes in the file you are uploading

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "Upload",
            self._client.request(
                "POST",
                "/uploads",
                json_body=build_json_body(
                    _params.CreateUploadRequestParam,
                    {
                        "filename": filename,
                        "purpose": purpose,
                        "mime_type": mime_type,
                        "bytes": bytes_,
                    },
                ),
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def parts(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UploadPart:
        """Adds a Part to an Upload object.

        Adds a Part to an Upload object. A Part represents a chunk of bytes from the file you are trying to upload. Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB. It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you complete the Upload.

        ``POST /uploads/{upload_id}/parts``

        Args:
          upload_id: The ID of the Upload.

          data: The chunk of bytes for this Part

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.UploadsPartsParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "UploadPart",
            self._client.request(
                "POST",
                "/uploads/{upload_id}/parts",
                path_params={
                    "upload_id": upload_id,
                },
                multipart=build_multipart(
                    _params.AddUploadPartRequestParam,
                    {
                        "data": data,
                    },
                    file_fields=("data",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.UploadPart,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class UploadsWithRawResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.complete = to_raw_response_wrapper(resource.complete)
        self.create = to_raw_response_wrapper(resource.create)
        self.parts = to_raw_response_wrapper(resource.parts)


class UploadsWithStreamingResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.complete = to_streamed_response_wrapper(resource.complete)
        self.create = to_streamed_response_wrapper(resource.create)
        self.parts = to_streamed_response_wrapper(resource.parts)


class AsyncUploads(AsyncAPIResource):
    """``client.uploads``"""

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncUploadsWithStreamingResponse(self)

    async def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Cancels the Upload.

        Cancels the Upload. No Parts may be added after an Upload is cancelled.

        ``POST /uploads/{upload_id}/cancel``

        Args:
          upload_id: The ID of the Upload.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.UploadsCancelParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "Upload",
            await self._client.request(
                "POST",
                "/uploads/{upload_id}/cancel",
                path_params={
                    "upload_id": upload_id,
                },
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: SequenceNotStr[str],
        md_5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Completes the Upload.

        Completes the Upload. Within the returned Upload object, there is a nested File object that is ready to use in the rest of the platform. You can specify the order of the Parts by passing in an ordered list of the Part IDs. The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.

        ``POST /uploads/{upload_id}/complete``

        Args:
          upload_id: The ID of the Upload.

          part_ids: The ordered list of Part IDs

          md_5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.UploadsCompleteParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "Upload",
            await self._client.request(
                "POST",
                "/uploads/{upload_id}/complete",
                path_params={
                    "upload_id": upload_id,
                },
                json_body=build_json_body(
                    _params.CompleteUploadRequestParam,
                    {
                        "part_ids": part_ids,
                        "md5": md_5,
                    },
                ),
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        mime_type: str,
        bytes_: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Creates an intermediate Upload object that you can add Parts to.

        Creates an intermediate Upload object that you can add Parts to. Currently, an Upload can accept at most 8 GB in total and expires after an hour after you create it. Once you complete the Upload, we will create a File object that contains all the parts you uploaded. This File is usable in the rest of our platform as a regular File object. For certain purposes, the correct mime_type must be specified; please refer to the documentation for the supported MIME types for your use case.

        ``POST /uploads``

        Args:
          filename: The name of the file to upload

          purpose: The intended purpose of the uploaded file.

          mime_type: The MIME type of the file.

          bytes_: The number of bytes in the file you are uploading

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "Upload",
            await self._client.request(
                "POST",
                "/uploads",
                json_body=build_json_body(
                    _params.CreateUploadRequestParam,
                    {
                        "filename": filename,
                        "purpose": purpose,
                        "mime_type": mime_type,
                        "bytes": bytes_,
                    },
                ),
                cast_to=_models.Upload,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def parts(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UploadPart:
        """Adds a Part to an Upload object.

        Adds a Part to an Upload object. A Part represents a chunk of bytes from the file you are trying to upload. Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB. It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you complete the Upload.

        ``POST /uploads/{upload_id}/parts``

        Args:
          upload_id: The ID of the Upload.

          data: The chunk of bytes for this Part

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.UploadsPartsParams,
            {
                "upload_id": upload_id,
            },
        )
        return cast(
            "UploadPart",
            await self._client.request(
                "POST",
                "/uploads/{upload_id}/parts",
                path_params={
                    "upload_id": upload_id,
                },
                multipart=build_multipart(
                    _params.AddUploadPartRequestParam,
                    {
                        "data": data,
                    },
                    file_fields=("data",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.UploadPart,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncUploadsWithRawResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.complete = async_to_raw_response_wrapper(resource.complete)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.parts = async_to_raw_response_wrapper(resource.parts)


class AsyncUploadsWithStreamingResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.complete = async_to_streamed_response_wrapper(resource.complete)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.parts = async_to_streamed_response_wrapper(resource.parts)
