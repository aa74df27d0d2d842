"""The threads resource and its sub-resources.

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
        CreateMessageRequest,
        CreateMessageRequestAttachments,
        CreateThreadAndRunRequestToolResources,
        CreateThreadRequest,
        CreateThreadRequestToolResources,
        DeleteMessageResponse,
        DeleteThreadResponse,
        MessageObject,
        ModifyThreadRequestToolResources,
        RunObject,
        RunStepObject,
        SubmitToolOutputsRunRequestToolOutputs,
        ThreadObject,
        TruncationObject,
    )
    from ..params import (
        AssistantsApiResponseFormatOptionParam,
        AssistantsApiToolChoiceOptionParam,
        CreateMessageRequestAttachmentsParam,
        CreateMessageRequestParam,
        CreateRunRequestToolsParam,
        CreateThreadAndRunRequestToolResourcesParam,
        CreateThreadAndRunRequestToolsParam,
        CreateThreadRequestParam,
        CreateThreadRequestToolResourcesParam,
        ModifyThreadRequestToolResourcesParam,
        ParallelToolCallsParam,
        SubmitToolOutputsRunRequestToolOutputsParam,
        TruncationObjectParam,
    )


class ThreadsRunsSteps(SyncAPIResource):
    """``client.threads.runs.steps``"""

    @cached_property
    def with_raw_response(self) -> ThreadsRunsStepsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        run_id: str,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[RunStepObject]:
        """Returns a list of run steps belonging to a run.

        ``GET /threads/{thread_id}/runs/{run_id}/steps``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

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
            _models.ThreadsRunsStepsListParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[RunStepObject]",
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
                "/threads/{thread_id}/runs/{run_id}/steps",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListRunStepsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunStepObject:
        """Retrieves a run step.

        ``GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          step_id: The ID of the run step.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsStepsRetrieveParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "step_id": step_id,
            },
        )
        return cast(
            "RunStepObject",
            self._client.request(
                "GET",
                "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                    "step_id": step_id,
                },
                cast_to=_models.RunStepObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ThreadsRunsStepsWithRawResponse:
    def __init__(self, resource: ThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class ThreadsRunsStepsWithStreamingResponse:
    def __init__(self, resource: ThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncThreadsRunsSteps(AsyncAPIResource):
    """``client.threads.runs.steps``"""

    @cached_property
    def with_raw_response(self) -> AsyncThreadsRunsStepsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncThreadsRunsStepsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsRunsStepsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncThreadsRunsStepsWithStreamingResponse(self)

    def list(
        self,
        thread_id: str,
        run_id: str,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[RunStepObject]:
        """Returns a list of run steps belonging to a run.

        ``GET /threads/{thread_id}/runs/{run_id}/steps``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

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
            _models.ThreadsRunsStepsListParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[RunStepObject]",
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
                "/threads/{thread_id}/runs/{run_id}/steps",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListRunStepsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunStepObject:
        """Retrieves a run step.

        ``GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          step_id: The ID of the run step.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsStepsRetrieveParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "step_id": step_id,
            },
        )
        return cast(
            "RunStepObject",
            await self._client.request(
                "GET",
                "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                    "step_id": step_id,
                },
                cast_to=_models.RunStepObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncThreadsRunsStepsWithRawResponse:
    def __init__(self, resource: AsyncThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncThreadsRunsStepsWithStreamingResponse:
    def __init__(self, resource: AsyncThreadsRunsSteps) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class ThreadsRuns(SyncAPIResource):
    """``client.threads.runs``"""

    @cached_property
    def steps(self) -> ThreadsRunsSteps:
        return ThreadsRunsSteps(self._client)

    @cached_property
    def with_raw_response(self) -> ThreadsRunsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsRunsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ThreadsRunsWithStreamingResponse(self)

    def cancel(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Cancels a run that is in_progress.

        ``POST /threads/{thread_id}/runs/{run_id}/cancel``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsCancelParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}/cancel",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_run(
        self,
        thread_id: str,
        *,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        additional_messages: (
            Sequence[CreateMessageRequest | CreateMessageRequestParam] | None | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[CreateRunRequestToolsParam] | None | NotGiven = NOT_GIVEN,
        truncation_strategy: (
            TruncationObject | TruncationObjectParam | NotGiven
        ) = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            | None
            | NotGiven
        ) = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a run.

        ``POST /threads/{thread_id}/runs``

        Args:
          thread_id: The ID of the thread.

          instructions: Overrides the instructions of the assistant.

          additional_instructions: Appends additional instructions at the end of the instructions for the run.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          additional_messages: Adds additional messages to the thread before creating the run

          tools: Override the tools the assistant can use for this run.

          truncation_strategy: Controls for how a thread will be truncated prior to the run.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.

          response_format: Specifies the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          model: The ID of the Model to be used to execute this run.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsCreateRunParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "RunObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/runs",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.CreateRunRequestParam,
                    {
                        "instructions": instructions,
                        "additional_instructions": additional_instructions,
                        "metadata": metadata,
                        "additional_messages": additional_messages,
                        "tools": tools,
                        "truncation_strategy": truncation_strategy,
                        "top_p": top_p,
                        "max_completion_tokens": max_completion_tokens,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "model": model,
                        "max_prompt_tokens": max_prompt_tokens,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create_thread_and_run(
        self,
        *,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources
            | CreateThreadAndRunRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[CreateThreadAndRunRequestToolsParam] | None | NotGiven
        ) = NOT_GIVEN,
        truncation_strategy: (
            TruncationObject | TruncationObjectParam | NotGiven
        ) = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            | None
            | NotGiven
        ) = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a thread and run it in one request.

        ``POST /threads/runs``

        Args:
          instructions: Override the default system message of the assistant.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          tools: Override the tools the assistant can use for this run.

          truncation_strategy: Controls for how a thread will be truncated prior to the run.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.

          response_format: Specifies the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          model: The ID of the Model to be used to execute this run.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "RunObject",
            self._client.request(
                "POST",
                "/threads/runs",
                json_body=build_json_body(
                    _params.CreateThreadAndRunRequestParam,
                    {
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "thread": thread,
                        "tools": tools,
                        "truncation_strategy": truncation_strategy,
                        "top_p": top_p,
                        "max_completion_tokens": max_completion_tokens,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "model": model,
                        "max_prompt_tokens": max_prompt_tokens,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        thread_id: str,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[RunObject]:
        """Returns a list of runs belonging to a thread.

        ``GET /threads/{thread_id}/runs``

        Args:
          thread_id: The ID of the thread.

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
            _models.ThreadsRunsListParams,
            {
                "thread_id": thread_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[RunObject]",
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
                "/threads/{thread_id}/runs",
                path_params={
                    "thread_id": thread_id,
                },
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListRunsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Retrieves a run.

        ``GET /threads/{thread_id}/runs/{run_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsRetrieveParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            self._client.request(
                "GET",
                "/threads/{thread_id}/runs/{run_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def submit_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: Sequence[
            SubmitToolOutputsRunRequestToolOutputs
            | SubmitToolOutputsRunRequestToolOutputsParam
        ],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """When a run has the status: "requires_action" and required_action.type is submit_tool_outputs, this endpoint can be used to submit the outputs from the tool calls once they're all completed.

        When a run has the status: "requires_action" and required_action.type is submit_tool_outputs, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        ``POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          tool_outputs: A list of tools for which the outputs are being submitted

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsSubmitToolOutputsParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                json_body=build_json_body(
                    _params.SubmitToolOutputsRunRequestParam,
                    {
                        "tool_outputs": tool_outputs,
                        "stream": stream,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Modifies a run.

        ``POST /threads/{thread_id}/runs/{run_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsUpdateParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                json_body=build_json_body(
                    _params.ModifyRunRequestParam,
                    {
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ThreadsRunsWithRawResponse:
    def __init__(self, resource: ThreadsRuns) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create_run = to_raw_response_wrapper(resource.create_run)
        self.create_thread_and_run = to_raw_response_wrapper(
            resource.create_thread_and_run
        )
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.submit_tool_outputs = to_raw_response_wrapper(resource.submit_tool_outputs)
        self.update = to_raw_response_wrapper(resource.update)

    @cached_property
    def steps(self) -> ThreadsRunsStepsWithRawResponse:
        return ThreadsRunsStepsWithRawResponse(self._resource.steps)


class ThreadsRunsWithStreamingResponse:
    def __init__(self, resource: ThreadsRuns) -> None:
        self._resource = resource
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.create_run = to_streamed_response_wrapper(resource.create_run)
        self.create_thread_and_run = to_streamed_response_wrapper(
            resource.create_thread_and_run
        )
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.submit_tool_outputs = to_streamed_response_wrapper(
            resource.submit_tool_outputs
        )
        self.update = to_streamed_response_wrapper(resource.update)

    @cached_property
    def steps(self) -> ThreadsRunsStepsWithStreamingResponse:
        return ThreadsRunsStepsWithStreamingResponse(self._resource.steps)


class AsyncThreadsRuns(AsyncAPIResource):
    """``client.threads.runs``"""

    @cached_property
    def steps(self) -> AsyncThreadsRunsSteps:
        return AsyncThreadsRunsSteps(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncThreadsRunsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncThreadsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsRunsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncThreadsRunsWithStreamingResponse(self)

    async def cancel(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Cancels a run that is in_progress.

        ``POST /threads/{thread_id}/runs/{run_id}/cancel``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsCancelParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}/cancel",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        *,
        instructions: str | None | NotGiven = NOT_GIVEN,
        additional_instructions: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        additional_messages: (
            Sequence[CreateMessageRequest | CreateMessageRequestParam] | None | NotGiven
        ) = NOT_GIVEN,
        tools: Sequence[CreateRunRequestToolsParam] | None | NotGiven = NOT_GIVEN,
        truncation_strategy: (
            TruncationObject | TruncationObjectParam | NotGiven
        ) = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            | None
            | NotGiven
        ) = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a run.

        ``POST /threads/{thread_id}/runs``

        Args:
          thread_id: The ID of the thread.

          instructions: Overrides the instructions of the assistant.

          additional_instructions: Appends additional instructions at the end of the instructions for the run.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          additional_messages: Adds additional messages to the thread before creating the run

          tools: Override the tools the assistant can use for this run.

          truncation_strategy: Controls for how a thread will be truncated prior to the run.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.

          response_format: Specifies the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          model: The ID of the Model to be used to execute this run.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsCreateRunParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "RunObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/runs",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.CreateRunRequestParam,
                    {
                        "instructions": instructions,
                        "additional_instructions": additional_instructions,
                        "metadata": metadata,
                        "additional_messages": additional_messages,
                        "tools": tools,
                        "truncation_strategy": truncation_strategy,
                        "top_p": top_p,
                        "max_completion_tokens": max_completion_tokens,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "model": model,
                        "max_prompt_tokens": max_prompt_tokens,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create_thread_and_run(
        self,
        *,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tool_resources: (
            CreateThreadAndRunRequestToolResources
            | CreateThreadAndRunRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        thread: CreateThreadRequest | CreateThreadRequestParam | NotGiven = NOT_GIVEN,
        tools: (
            Sequence[CreateThreadAndRunRequestToolsParam] | None | NotGiven
        ) = NOT_GIVEN,
        truncation_strategy: (
            TruncationObject | TruncationObjectParam | NotGiven
        ) = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        response_format: AssistantsApiResponseFormatOptionParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: ParallelToolCallsParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: AssistantsApiToolChoiceOptionParam | NotGiven = NOT_GIVEN,
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
            | None
            | NotGiven
        ) = NOT_GIVEN,
        max_prompt_tokens: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Create a thread and run it in one request.

        ``POST /threads/runs``

        Args:
          instructions: Override the default system message of the assistant.

          tool_resources: A set of resources that are used by the assistant's tools.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          tools: Override the tools the assistant can use for this run.

          truncation_strategy: Controls for how a thread will be truncated prior to the run.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          max_completion_tokens: The maximum number of completion tokens that may be used over the course of the run.

          response_format: Specifies the format that the model must output.

          parallel_tool_calls: Whether to enable parallel function calling during tool use

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          temperature: What sampling temperature to use, between 0 and 2.

          tool_choice: Controls which (if any) tool is called by the model.

          model: The ID of the Model to be used to execute this run.

          max_prompt_tokens: The maximum number of prompt tokens that may be used over the course of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "RunObject",
            await self._client.request(
                "POST",
                "/threads/runs",
                json_body=build_json_body(
                    _params.CreateThreadAndRunRequestParam,
                    {
                        "instructions": instructions,
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "thread": thread,
                        "tools": tools,
                        "truncation_strategy": truncation_strategy,
                        "top_p": top_p,
                        "max_completion_tokens": max_completion_tokens,
                        "response_format": response_format,
                        "parallel_tool_calls": parallel_tool_calls,
                        "stream": stream,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "model": model,
                        "max_prompt_tokens": max_prompt_tokens,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        thread_id: str,
        *,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[RunObject]:
        """Returns a list of runs belonging to a thread.

        ``GET /threads/{thread_id}/runs``

        Args:
          thread_id: The ID of the thread.

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
            _models.ThreadsRunsListParams,
            {
                "thread_id": thread_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[RunObject]",
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
                "/threads/{thread_id}/runs",
                path_params={
                    "thread_id": thread_id,
                },
                query={
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListRunsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        run_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Retrieves a run.

        ``GET /threads/{thread_id}/runs/{run_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRunsRetrieveParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            await self._client.request(
                "GET",
                "/threads/{thread_id}/runs/{run_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def submit_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        *,
        tool_outputs: Sequence[
            SubmitToolOutputsRunRequestToolOutputs
            | SubmitToolOutputsRunRequestToolOutputsParam
        ],
        stream: bool | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """When a run has the status: "requires_action" and required_action.type is submit_tool_outputs, this endpoint can be used to submit the outputs from the tool calls once they're all completed.

        When a run has the status: "requires_action" and required_action.type is submit_tool_outputs, this endpoint can be used to submit the outputs from the tool calls once they're all completed. All outputs must be submitted in a single request.

        ``POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          tool_outputs: A list of tools for which the outputs are being submitted

          stream: If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsSubmitToolOutputsParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                json_body=build_json_body(
                    _params.SubmitToolOutputsRunRequestParam,
                    {
                        "tool_outputs": tool_outputs,
                        "stream": stream,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        thread_id: str,
        run_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RunObject:
        """Modifies a run.

        ``POST /threads/{thread_id}/runs/{run_id}``

        Args:
          thread_id: The ID of the thread.

          run_id: The ID of the run.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsRunsUpdateParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
        )
        return cast(
            "RunObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/runs/{run_id}",
                path_params={
                    "thread_id": thread_id,
                    "run_id": run_id,
                },
                json_body=build_json_body(
                    _params.ModifyRunRequestParam,
                    {
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.RunObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncThreadsRunsWithRawResponse:
    def __init__(self, resource: AsyncThreadsRuns) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create_run = async_to_raw_response_wrapper(resource.create_run)
        self.create_thread_and_run = async_to_raw_response_wrapper(
            resource.create_thread_and_run
        )
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.submit_tool_outputs = async_to_raw_response_wrapper(
            resource.submit_tool_outputs
        )
        self.update = async_to_raw_response_wrapper(resource.update)

    @cached_property
    def steps(self) -> AsyncThreadsRunsStepsWithRawResponse:
        return AsyncThreadsRunsStepsWithRawResponse(self._resource.steps)


class AsyncThreadsRunsWithStreamingResponse:
    def __init__(self, resource: AsyncThreadsRuns) -> None:
        self._resource = resource
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.create_run = async_to_streamed_response_wrapper(resource.create_run)
        self.create_thread_and_run = async_to_streamed_response_wrapper(
            resource.create_thread_and_run
        )
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.submit_tool_outputs = async_to_streamed_response_wrapper(
            resource.submit_tool_outputs
        )
        self.update = async_to_streamed_response_wrapper(resource.update)

    @cached_property
    def steps(self) -> AsyncThreadsRunsStepsWithStreamingResponse:
        return AsyncThreadsRunsStepsWithStreamingResponse(self._resource.steps)


class ThreadsMessages(SyncAPIResource):
    """``client.threads.messages``"""

    @cached_property
    def with_raw_response(self) -> ThreadsMessagesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ThreadsMessagesWithStreamingResponse(self)

    def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        attachments: (
            Sequence[
                CreateMessageRequestAttachments | CreateMessageRequestAttachmentsParam
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Create a message.

        ``POST /threads/{thread_id}/messages``

        Args:
          thread_id: The ID of the thread.

          role: The role of the entity that is creating the message.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          attachments: A list of files attached to the message, and the tools they should be added to

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsMessagesCreateParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "MessageObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/messages",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.CreateMessageRequestParam,
                    {
                        "role": role,
                        "metadata": metadata,
                        "attachments": attachments,
                    },
                ),
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        ``DELETE /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsMessagesDeleteParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "DeleteMessageResponse",
            self._client.request(
                "DELETE",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                cast_to=_models.DeleteMessageResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        thread_id: str,
        *,
        run_id: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[MessageObject]:
        """Returns a list of messages for a given thread.

        ``GET /threads/{thread_id}/messages``

        Args:
          thread_id: The ID of the thread.

          run_id: Filter messages by the run ID that generated them

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
            _models.ThreadsMessagesListParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "SyncPage[MessageObject]",
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
                "/threads/{thread_id}/messages",
                path_params={
                    "thread_id": thread_id,
                },
                query={
                    "run_id": run_id,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListMessagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Retrieve a message.

        ``GET /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsMessagesRetrieveParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "MessageObject",
            self._client.request(
                "GET",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Modifies a message.

        ``POST /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsMessagesUpdateParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "MessageObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                json_body=build_json_body(
                    _params.ModifyMessageRequestParam,
                    {
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ThreadsMessagesWithRawResponse:
    def __init__(self, resource: ThreadsMessages) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class ThreadsMessagesWithStreamingResponse:
    def __init__(self, resource: ThreadsMessages) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncThreadsMessages(AsyncAPIResource):
    """``client.threads.messages``"""

    @cached_property
    def with_raw_response(self) -> AsyncThreadsMessagesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncThreadsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsMessagesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncThreadsMessagesWithStreamingResponse(self)

    async def create(
        self,
        thread_id: str,
        *,
        role: Literal["user", "assistant"],
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        attachments: (
            Sequence[
                CreateMessageRequestAttachments | CreateMessageRequestAttachmentsParam
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Create a message.

        ``POST /threads/{thread_id}/messages``

        Args:
          thread_id: The ID of the thread.

          role: The role of the entity that is creating the message.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          attachments: A list of files attached to the message, and the tools they should be added to

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsMessagesCreateParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "MessageObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/messages",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.CreateMessageRequestParam,
                    {
                        "role": role,
                        "metadata": metadata,
                        "attachments": attachments,
                    },
                ),
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteMessageResponse:
        """Deletes a message.

        ``DELETE /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsMessagesDeleteParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "DeleteMessageResponse",
            await self._client.request(
                "DELETE",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                cast_to=_models.DeleteMessageResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        thread_id: str,
        *,
        run_id: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[MessageObject]:
        """Returns a list of messages for a given thread.

        ``GET /threads/{thread_id}/messages``

        Args:
          thread_id: The ID of the thread.

          run_id: Filter messages by the run ID that generated them

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
            _models.ThreadsMessagesListParams,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "before": before,
                "limit": limit,
                "after": after,
                "order": order,
            },
        )
        return cast(
            "AsyncPaginator[MessageObject]",
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
                "/threads/{thread_id}/messages",
                path_params={
                    "thread_id": thread_id,
                },
                query={
                    "run_id": run_id,
                    "before": before,
                    "limit": limit,
                    "after": after,
                    "order": order,
                },
                cast_to=_models.ListMessagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        message_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Retrieve a message.

        ``GET /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsMessagesRetrieveParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "MessageObject",
            await self._client.request(
                "GET",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        thread_id: str,
        message_id: str,
        *,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageObject:
        """Modifies a message.

        ``POST /threads/{thread_id}/messages/{message_id}``

        Args:
          thread_id: The ID of the thread.

          message_id: The ID of the message.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsMessagesUpdateParams,
            {
                "thread_id": thread_id,
                "message_id": message_id,
            },
        )
        return cast(
            "MessageObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}/messages/{message_id}",
                path_params={
                    "thread_id": thread_id,
                    "message_id": message_id,
                },
                json_body=build_json_body(
                    _params.ModifyMessageRequestParam,
                    {
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.MessageObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncThreadsMessagesWithRawResponse:
    def __init__(self, resource: AsyncThreadsMessages) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncThreadsMessagesWithStreamingResponse:
    def __init__(self, resource: AsyncThreadsMessages) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)


class Threads(SyncAPIResource):
    """``client.threads``"""

    @cached_property
    def messages(self) -> ThreadsMessages:
        return ThreadsMessages(self._client)

    @cached_property
    def runs(self) -> ThreadsRuns:
        return ThreadsRuns(self._client)

    @cached_property
    def with_raw_response(self) -> ThreadsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ThreadsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ThreadsWithStreamingResponse(self)

    def create(
        self,
        *,
        tool_resources: (
            CreateThreadRequestToolResources
            | CreateThreadRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        messages: (
            Sequence[CreateMessageRequest | CreateMessageRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Create a thread.

        ``POST /threads``

        Args:
          tool_resources: A set of resources that are made available to the assistant's tools in this thread.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          messages: A list of messages to start the thread with

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ThreadObject",
            self._client.request(
                "POST",
                "/threads",
                json_body=build_json_body(
                    _params.CreateThreadRequestParam,
                    {
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "messages": messages,
                    },
                ),
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        ``DELETE /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsDeleteParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "DeleteThreadResponse",
            self._client.request(
                "DELETE",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                cast_to=_models.DeleteThreadResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Retrieves a thread.

        ``GET /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRetrieveParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "ThreadObject",
            self._client.request(
                "GET",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResources
            | ModifyThreadRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Modifies a thread.

        ``POST /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsUpdateParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "ThreadObject",
            self._client.request(
                "POST",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.ModifyThreadRequestParam,
                    {
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ThreadsWithRawResponse:
    def __init__(self, resource: Threads) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)

    @cached_property
    def messages(self) -> ThreadsMessagesWithRawResponse:
        return ThreadsMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def runs(self) -> ThreadsRunsWithRawResponse:
        return ThreadsRunsWithRawResponse(self._resource.runs)


class ThreadsWithStreamingResponse:
    def __init__(self, resource: Threads) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)

    @cached_property
    def messages(self) -> ThreadsMessagesWithStreamingResponse:
        return ThreadsMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def runs(self) -> ThreadsRunsWithStreamingResponse:
        return ThreadsRunsWithStreamingResponse(self._resource.runs)


class AsyncThreads(AsyncAPIResource):
    """``client.threads``"""

    @cached_property
    def messages(self) -> AsyncThreadsMessages:
        return AsyncThreadsMessages(self._client)

    @cached_property
    def runs(self) -> AsyncThreadsRuns:
        return AsyncThreadsRuns(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncThreadsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncThreadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncThreadsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncThreadsWithStreamingResponse(self)

    async def create(
        self,
        *,
        tool_resources: (
            CreateThreadRequestToolResources
            | CreateThreadRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        messages: (
            Sequence[CreateMessageRequest | CreateMessageRequestParam] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Create a thread.

        ``POST /threads``

        Args:
          tool_resources: A set of resources that are made available to the assistant's tools in this thread.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          messages: A list of messages to start the thread with

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ThreadObject",
            await self._client.request(
                "POST",
                "/threads",
                json_body=build_json_body(
                    _params.CreateThreadRequestParam,
                    {
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                        "messages": messages,
                    },
                ),
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeleteThreadResponse:
        """Delete a thread.

        ``DELETE /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsDeleteParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "DeleteThreadResponse",
            await self._client.request(
                "DELETE",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                cast_to=_models.DeleteThreadResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Retrieves a thread.

        ``GET /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.ThreadsRetrieveParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "ThreadObject",
            await self._client.request(
                "GET",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        thread_id: str,
        *,
        tool_resources: (
            ModifyThreadRequestToolResources
            | ModifyThreadRequestToolResourcesParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        metadata: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ThreadObject:
        """Modifies a thread.

        ``POST /threads/{thread_id}``

        Args:
          thread_id: The ID of the thread.

          tool_resources: A set of resources that are made available to the assistant's tools in this thread.

          metadata: Set of 16 key-value pairs that can be attached to an object.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        check_params(
            _models.ThreadsUpdateParams,
            {
                "thread_id": thread_id,
            },
        )
        return cast(
            "ThreadObject",
            await self._client.request(
                "POST",
                "/threads/{thread_id}",
                path_params={
                    "thread_id": thread_id,
                },
                json_body=build_json_body(
                    _params.ModifyThreadRequestParam,
                    {
                        "tool_resources": tool_resources,
                        "metadata": metadata,
                    },
                ),
                cast_to=_models.ThreadObject,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncThreadsWithRawResponse:
    def __init__(self, resource: AsyncThreads) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)

    @cached_property
    def messages(self) -> AsyncThreadsMessagesWithRawResponse:
        return AsyncThreadsMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def runs(self) -> AsyncThreadsRunsWithRawResponse:
        return AsyncThreadsRunsWithRawResponse(self._resource.runs)


class AsyncThreadsWithStreamingResponse:
    def __init__(self, resource: AsyncThreads) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)

    @cached_property
    def messages(self) -> AsyncThreadsMessagesWithStreamingResponse:
        return AsyncThreadsMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def runs(self) -> AsyncThreadsRunsWithStreamingResponse:
        return AsyncThreadsRunsWithStreamingResponse(self._resource.runs)
