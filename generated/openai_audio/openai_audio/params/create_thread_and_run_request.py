"""Request shapes: CreateThreadAndRunRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from ..models.create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResources,
)
from ..models.create_thread_request import CreateThreadRequest
from ..models.truncation_object import TruncationObject
from .assistants_api_response_format_option import (
    AssistantsApiResponseFormatOptionParam,
)
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOptionParam
from .create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResourcesParam,
)
from .create_thread_and_run_request_tools import CreateThreadAndRunRequestToolsParam
from .create_thread_request import CreateThreadRequestParam
from .parallel_tool_calls import ParallelToolCallsParam
from .truncation_object import TruncationObjectParam

__all__ = [
    "CreateThreadAndRunRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateThreadAndRunRequestParam(TypedDict, total=False):
    instructions: NotRequired[str | None]
    """Override the default system message of the assistant."""
    tool_resources: NotRequired[
        CreateThreadAndRunRequestToolResources
        | CreateThreadAndRunRequestToolResourcesParam
        | None
    ]
    """A set of resources that are used by the assistant's tools."""
    metadata: NotRequired[Mapping[str, object] | None]
    """Set of 16 key-value pairs that can be attached to an object."""
    thread: NotRequired[CreateThreadRequest | CreateThreadRequestParam]
    tools: NotRequired[Sequence[CreateThreadAndRunRequestToolsParam] | None]
    """Override the tools the assistant can use for this run."""
    truncation_strategy: NotRequired[TruncationObject | TruncationObjectParam]
    """Controls for how a thread will be truncated prior to the run."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    max_completion_tokens: NotRequired[int | None]
    """The maximum number of completion tokens that may be used over the course of the run."""
    response_format: NotRequired[AssistantsApiResponseFormatOptionParam]
    """Specifies the format that the model must output."""
    parallel_tool_calls: NotRequired[ParallelToolCallsParam]
    """Whether to enable parallel function calling during tool use"""
    stream: NotRequired[bool | None]
    """If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run enters a terminal state with a `data: [DONE]` message."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2."""
    tool_choice: NotRequired[AssistantsApiToolChoiceOptionParam]
    """Controls which (if any) tool is called by the model."""
    model: NotRequired[
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
    ]
    """The ID of the Model to be used to execute this run."""
    max_prompt_tokens: NotRequired[int | None]
    """The maximum number of prompt tokens that may be used over the course of the run."""
