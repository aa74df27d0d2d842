"""The assistants resource.

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
    from collections.abc import Mapping, Sequence

    import httpx

    from ..models import (
        AssistantObject,
        CreateAssistantRequestToolResources,
        DeleteAssistantResponse,
        ModifyAssistantRequestToolResources,
    )
    from ..params import (
        AssistantsApiResponseFormatOptionParam,
        CreateAssistantRequestToolResourcesParam,
        CreateAssistantRequestToolsParam,
        ModifyAssistantRequestToolResourcesParam,
        ModifyAssistantRequestToolsParam,
    )


class Assistants(SyncAPIResource):
    """``client.assistants``"""

    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AssistantsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
        ),
        top_p: float | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResources
            | CreateAssistantRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[CreateAssistantRequestToolsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        ``POST /assistants``

        Args:
          model: ID of the model to use.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          instructions: The system instructions that the assistant uses.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          response_format: Specifies the format that the model must output.

          name: The name of the assistant.

          temperature: What sampling temperature to use, between 0 and 2.

          description: The description of the assistant.

          tools: A list of tool enabled on the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "AssistantObject",
            self._client.request(
                "POST",
                "/assistants",
                json_body=build_json_body(
                    _params.CreateAssistantRequestParam,
                    {
                        "model": model,
                        "top_p": top_p,
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "response_format": response_format,
                        "name": name,
                        "temperature": temperature,
                        "description": description,
                        "tools": tools,
                    },
                ),
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        ``DELETE /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.AssistantsDeleteParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "DeleteAssistantResponse",
            self._client.request(
                "DELETE",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                cast_to=_models.DeleteAssistantResponse,
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
    ) -> SyncPage[AssistantObject]:
        """Returns a list of assistants.

        ``GET /assistants``

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
            _models.AssistantsListParams,
            {
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[AssistantObject]",
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
                "/assistants",
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListAssistantsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Retrieves an assistant.

        ``GET /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.AssistantsRetrieveParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "AssistantObject",
            self._client.request(
                "GET",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        assistant_id: str,
        *,
        top_p: float | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResources
            | ModifyAssistantRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        tools: Sequence[ModifyAssistantRequestToolsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Modifies an assistant.

        ``POST /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          instructions: The system instructions that the assistant uses.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          response_format: Specifies the format that the model must output.

          name: The name of the assistant.

          temperature: What sampling temperature to use, between 0 and 2.

          description: The description of the assistant.

          model: ID of the model to use.

          tools: A list of tool enabled on the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.AssistantsUpdateParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "AssistantObject",
            self._client.request(
                "POST",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                json_body=build_json_body(
                    _params.ModifyAssistantRequestParam,
                    {
                        "top_p": top_p,
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "response_format": response_format,
                        "name": name,
                        "temperature": temperature,
                        "description": description,
                        "model": model,
                        "tools": tools,
                    },
                ),
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AssistantsWithRawResponse:
    def __init__(self, resource: Assistants) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class AssistantsWithStreamingResponse:
    def __init__(self, resource: Assistants) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncAssistants(AsyncAPIResource):
    """``client.assistants``"""

    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncAssistantsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: (
            str
            | Literal[
                "gpt-4o",
                "gpt-4o-2024-05-13",
                "gpt-4o-mini",
                "gpt-4o-mini-2024-07-18",
                "gpt-4-turbo",
                "gpt-4-turbo-2024-04-09",
                "gpt-4-0125-preview",
                "gpt-4-turbo-preview",
                "gpt-4-1106-preview",
                "gpt-4-vision-preview",
                "gpt-4",
                "gpt-4-0314",
                "gpt-4-0613",
                "gpt-4-32k",
                "gpt-4-32k-0314",
                "gpt-4-32k-0613",
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-16k",
                "gpt-3.5-turbo-0613",
                "gpt-3.5-turbo-1106",
                "gpt-3.5-turbo-0125",
                "gpt-3.5-turbo-16k-0613",
            ]
        ),
        top_p: float | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateAssistantRequestToolResources
            | CreateAssistantRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        tools: Sequence[CreateAssistantRequestToolsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Create an assistant with a model and instructions.

        ``POST /assistants``

        Args:
          model: ID of the model to use.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          instructions: The system instructions that the assistant uses.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          response_format: Specifies the format that the model must output.

          name: The name of the assistant.

          temperature: What sampling temperature to use, between 0 and 2.

          description: The description of the assistant.

          tools: A list of tool enabled on the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "AssistantObject",
            await self._client.request(
                "POST",
                "/assistants",
                json_body=build_json_body(
                    _params.CreateAssistantRequestParam,
                    {
                        "model": model,
                        "top_p": top_p,
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "response_format": response_format,
                        "name": name,
                        "temperature": temperature,
                        "description": description,
                        "tools": tools,
                    },
                ),
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteAssistantResponse:
        """Delete an assistant.

        ``DELETE /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.AssistantsDeleteParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "DeleteAssistantResponse",
            await self._client.request(
                "DELETE",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                cast_to=_models.DeleteAssistantResponse,
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
    ) -> AsyncPaginator[AssistantObject]:
        """Returns a list of assistants.

        ``GET /assistants``

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
            _models.AssistantsListParams,
            {
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[AssistantObject]",
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
                "/assistants",
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListAssistantsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Retrieves an assistant.

        ``GET /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.AssistantsRetrieveParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "AssistantObject",
            await self._client.request(
                "GET",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        assistant_id: str,
        *,
        top_p: float | None | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            ModifyAssistantRequestToolResources
            | ModifyAssistantRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        tools: Sequence[ModifyAssistantRequestToolsParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantObject:
        """Modifies an assistant.

        ``POST /assistants/{assistant_id}``

        Args:
          assistant_id: The ID of the assistant.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          instructions: The system instructions that the assistant uses.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          response_format: Specifies the format that the model must output.

          name: The name of the assistant.

          temperature: What sampling temperature to use, between 0 and 2.

          description: The description of the assistant.

          model: ID of the model to use.

          tools: A list of tool enabled on the assistant.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.AssistantsUpdateParams,
            {
                "assistant_id": assistant_id,
            },
        )
        return cast(
            "AssistantObject",
            await self._client.request(
                "POST",
                "/assistants/{assistant_id}",
                path_params={
                    "assistant_id": assistant_id,
                },
                json_body=build_json_body(
                    _params.ModifyAssistantRequestParam,
                    {
                        "top_p": top_p,
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "response_format": response_format,
                        "name": name,
                        "temperature": temperature,
                        "description": description,
                        "model": model,
                        "tools": tools,
                    },
                ),
                cast_to=_models.AssistantObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAssistantsWithRawResponse:
    def __init__(self, resource: AsyncAssistants) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncAssistantsWithStreamingResponse:
    def __init__(self, resource: AsyncAssistants) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
