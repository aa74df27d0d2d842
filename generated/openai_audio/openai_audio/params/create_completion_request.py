"""Request shapes: CreateCompletionRequestParam.

What a call accepts where the matching model is accepted too: dict literals type-check
against these.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, NotRequired, Required

from pydantic import ConfigDict, with_config
from typing_extensions import TypedDict

from .._runtime import SequenceNotStr
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
from .chat_completion_stream_options import ChatCompletionStreamOptionsParam
from .prompt_items_array import PromptItemsArrayParam

__all__ = [
    "CreateCompletionRequestParam",
]


@with_config(ConfigDict(extra="allow"))
class CreateCompletionRequestParam(TypedDict, total=False):
    logit_bias: NotRequired[Mapping[str, int] | None]
    """Modify the likelihood of specified tokens appearing in the completion."""
    seed: NotRequired[int | None]
    """If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result."""
    max_tokens: NotRequired[int | None]
    """The maximum number of tokens that can be generated in the completion."""
    presence_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0."""
    echo: NotRequired[bool | None]
    """Echo back the prompt in addition to the completion"""
    suffix: NotRequired[str | None]
    """The suffix that comes after a completion of inserted text."""
    n: NotRequired[int | None]
    """How many completions to generate for each prompt."""
    logprobs: NotRequired[int | None]
    """Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens."""
    top_p: NotRequired[float | None]
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    frequency_penalty: NotRequired[float | None]
    """Number between -2.0 and 2.0."""
    best_of: NotRequired[int | None]
    """Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token)."""
    stream: NotRequired[bool | None]
    """Whether to stream back partial progress."""
    temperature: NotRequired[float | None]
    """What sampling temperature to use, between 0 and 2."""
    model: Required[
        str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
    ]
    """ID of the model to use."""
    stream_options: NotRequired[
        ChatCompletionStreamOptions | ChatCompletionStreamOptionsParam | None
    ]
    """Options for streaming response."""
    prompt: NotRequired[
        str
        | SequenceNotStr[str]
        | Sequence[int]
        | Sequence[PromptItemsArrayParam]
        | None
    ]
    """The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays."""
    user: NotRequired[str]
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
