"""The completions resource.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Headers,
    NotGiven,
    Query,
    SequenceNotStr,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import httpx

    from ..models import ChatCompletionStreamOptions, CreateCompletionResponse
    from ..params import ChatCompletionStreamOptionsParam, PromptItemsArrayParam


class Completions(SyncAPIResource):
    """``client.completions``"""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return CompletionsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        stream_options: (
            ChatCompletionStreamOptions
            | ChatCompletionStreamOptionsParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str
            | SequenceNotStr[str]
            | Sequence[int]
            | Sequence[PromptItemsArrayParam]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        ``POST /completions``

        Args:
          model: ID of the model to use.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

          seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

          max_tokens: The maximum number of tokens that can be generated in the completion.

          presence_penalty: Number between -2.0 and 2.0.

          echo: Echo back the prompt in addition to the completion

          suffix: The suffix that comes after a completion of inserted text.

          n: How many completions to generate for each prompt.

          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          frequency_penalty: Number between -2.0 and 2.0.

          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token).

          stream: Whether to stream back partial progress.

          temperature: What sampling temperature to use, between 0 and 2.

          stream_options: Options for streaming response.

          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateCompletionResponse",
            self._client.request(
                "POST",
                "/completions",
                json_body=build_json_body(
                    _params.CreateCompletionRequestParam,
                    {
                        "model": model,
                        "logit_bias": logit_bias,
                        "seed": seed,
                        "max_tokens": max_tokens,
                        "presence_penalty": presence_penalty,
                        "echo": echo,
                        "suffix": suffix,
                        "n": n,
                        "logprobs": logprobs,
                        "top_p": top_p,
                        "frequency_penalty": frequency_penalty,
                        "best_of": best_of,
                        "stream": stream,
                        "temperature": temperature,
                        "stream_options": stream_options,
                        "prompt": prompt,
                        "user": user,
                    },
                ),
                cast_to=_models.CreateCompletionResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class CompletionsWithRawResponse:
    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class CompletionsWithStreamingResponse:
    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncCompletions(AsyncAPIResource):
    """``client.completions``"""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncCompletionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        stream_options: (
            ChatCompletionStreamOptions
            | ChatCompletionStreamOptionsParam
            | None
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str
            | SequenceNotStr[str]
            | Sequence[int]
            | Sequence[PromptItemsArrayParam]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        ``POST /completions``

        Args:
          model: ID of the model to use.

          logit_bias: Modify the likelihood of specified tokens appearing in the completion.

          seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.

          max_tokens: The maximum number of tokens that can be generated in the completion.

          presence_penalty: Number between -2.0 and 2.0.

          echo: Echo back the prompt in addition to the completion

          suffix: The suffix that comes after a completion of inserted text.

          n: How many completions to generate for each prompt.

          logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens.

          top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.

          frequency_penalty: Number between -2.0 and 2.0.

          best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token).

          stream: Whether to stream back partial progress.

          temperature: What sampling temperature to use, between 0 and 2.

          stream_options: Options for streaming response.

          prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateCompletionResponse",
            await self._client.request(
                "POST",
                "/completions",
                json_body=build_json_body(
                    _params.CreateCompletionRequestParam,
                    {
                        "model": model,
                        "logit_bias": logit_bias,
                        "seed": seed,
                        "max_tokens": max_tokens,
                        "presence_penalty": presence_penalty,
                        "echo": echo,
                        "suffix": suffix,
                        "n": n,
                        "logprobs": logprobs,
                        "top_p": top_p,
                        "frequency_penalty": frequency_penalty,
                        "best_of": best_of,
                        "stream": stream,
                        "temperature": temperature,
                        "stream_options": stream_options,
                        "prompt": prompt,
                        "user": user,
                    },
                ),
                cast_to=_models.CreateCompletionResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncCompletionsWithRawResponse:
    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncCompletionsWithStreamingResponse:
    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
