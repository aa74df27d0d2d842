"""The models resource.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    check_params,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import DeleteModelResponse, ListModelsResponse, Model


class Models(SyncAPIResource):
    """``client.models``"""

    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ModelsWithStreamingResponse(self)

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model.

        Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        ``DELETE /models/{model}``

        Args:
          model: The ID of the model.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ModelsDeleteParams,
            {
                "model": model,
            },
        )
        return cast(
            "DeleteModelResponse",
            self._client.request(
                "DELETE",
                "/models/{model}",
                path_params={
                    "model": model,
                },
                cast_to=_models.DeleteModelResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability.

        ``GET /models``

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        return cast(
            "ListModelsResponse",
            self._client.request(
                "GET",
                "/models",
                cast_to=_models.ListModelsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        ``GET /models/{model}``

        Args:
          model: The ID of the model.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ModelsRetrieveParams,
            {
                "model": model,
            },
        )
        return cast(
            "Model",
            self._client.request(
                "GET",
                "/models/{model}",
                path_params={
                    "model": model,
                },
                cast_to=_models.Model,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ModelsWithRawResponse:
    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ModelsWithStreamingResponse:
    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncModels(AsyncAPIResource):
    """``client.models``"""

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncModelsWithStreamingResponse(self)

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteModelResponse:
        """Delete a fine-tuned model.

        Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        ``DELETE /models/{model}``

        Args:
          model: The ID of the model.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ModelsDeleteParams,
            {
                "model": model,
            },
        )
        return cast(
            "DeleteModelResponse",
            await self._client.request(
                "DELETE",
                "/models/{model}",
                path_params={
                    "model": model,
                },
                cast_to=_models.DeleteModelResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListModelsResponse:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability.

        ``GET /models``

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        return cast(
            "ListModelsResponse",
            await self._client.request(
                "GET",
                "/models",
                cast_to=_models.ListModelsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        ``GET /models/{model}``

        Args:
          model: The ID of the model.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ModelsRetrieveParams,
            {
                "model": model,
            },
        )
        return cast(
            "Model",
            await self._client.request(
                "GET",
                "/models/{model}",
                path_params={
                    "model": model,
                },
                cast_to=_models.Model,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncModelsWithRawResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncModelsWithStreamingResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
