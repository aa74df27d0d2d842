"""CreateCompletionRequest.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from .._runtime import BaseModel, LenientLiteral
from .chat_completion_stream_options import ChatCompletionStreamOptions
from .prompt_items_array import PromptItemsArray

__all__ = [
    "CreateCompletionRequest",
]


class CreateCompletionRequest(BaseModel):
    logit_bias: dict[str, int] | None = None
    """Modify the likelihood of specified tokens appearing in the completion."""
    seed: int | None = None
    """If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result."""
    max_tokens: int | None = 16
    """The maximum number of tokens that can be generated in the completion."""
    presence_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    echo: bool | None = False
    """Echo back the prompt in addition to the completion"""
    suffix: str | None = None
    """The suffix that comes after a completion of inserted text."""
    n: int | None = 1
    """How many completions to generate for each prompt."""
    logprobs: int | None = None
    """Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens."""
    top_p: float | None = 1
    """An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass."""
    frequency_penalty: float | None = 0
    """Number between -2.0 and 2.0."""
    best_of: int | None = 1
    """Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token)."""
    stream: bool | None = False
    """Whether to stream back partial progress."""
    temperature: float | None = 1
    """What sampling temperature to use, between 0 and 2."""
    model: (
        str
        | Annotated[
            Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
            LenientLiteral,
        ]
    )
    """ID of the model to use."""
    stream_options: ChatCompletionStreamOptions | None = None
    """Options for streaming response."""
    prompt: str | list[str] | list[int] | list[PromptItemsArray] | None = None
    """The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays."""
    user: str | None = None
    """A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse."""
