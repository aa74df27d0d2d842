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
    SyncAPIResource,
    async_to_raw_response_wrapper,
    build_json_body,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    import httpx

    from ..models import (
        ChatCompletionStreamOptions,
        CreateCompletionResponse,
        PromptItemsArray,
    )


class Completions(SyncAPIResource):
    """``client.completions``"""

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return CompletionsWithRawResponse(self)

    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
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
        stream_options: ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[PromptItemsArray] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        ``POST /completions``"""
        from .. import models as _models

        return cast(
            "CreateCompletionResponse",
            self._client.request(
                "POST",
                "/completions",
                json_body=build_json_body(
                    _models.CreateCompletionRequest,
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


class AsyncCompletions(AsyncAPIResource):
    """``client.completions``"""

    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncCompletionsWithRawResponse(self)

    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
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
        stream_options: ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[PromptItemsArray] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        ``POST /completions``"""
        from .. import models as _models

        return cast(
            "CreateCompletionResponse",
            await self._client.request(
                "POST",
                "/completions",
                json_body=build_json_body(
                    _models.CreateCompletionRequest,
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
