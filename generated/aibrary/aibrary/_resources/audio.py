"""The audio resource and its sub-resources.

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
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_multipart,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..models import TranscriptionVerboseJson


class AudioTranscriptions(SyncAPIResource):
    """``client.audio.transcriptions``"""

    @cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranscriptionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AudioTranscriptionsWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str,
        file: FileTypes,
        language: str | None | NotGiven = NOT_GIVEN,
        prompt: str | None | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven
        ) = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            Sequence[Literal["word", "segment"]] | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TranscriptionVerboseJson | str:
        """Generation

        Speech to text: transcribe an audio file.

        ``POST /v0/audio/transcriptions``

        Args:
          model: ID of the model to use

          language: Language in ISO-639-1 format

          prompt: Optional text to guide the model's style or continue a previous audio segment

          response_format: Format of the transcription response

          temperature: Sampling temperature for model responses (default is None).

          timestamp_granularities: Granularities of timestamps to populate

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "TranscriptionVerboseJson | str",
            self._client.request(
                "POST",
                "/v0/audio/transcriptions",
                multipart=build_multipart(
                    _params.BodyTranscriptionsV0AudioTranscriptionsPostParam,
                    {
                        "model": model,
                        "file": file,
                        "language": language,
                        "prompt": prompt,
                        "response_format": response_format,
                        "temperature": temperature,
                        "timestamp_granularities": timestamp_granularities,
                    },
                    file_fields=("file",),
                ),
                cast_to=_models.TranscriptionsV0AudioTranscriptionsPostResponse,
                error_types={
                    422: _models.HTTPValidationError,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioTranscriptionsWithRawResponse:
    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioTranscriptionsWithStreamingResponse:
    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncAudioTranscriptions(AsyncAPIResource):
    """``client.audio.transcriptions``"""

    @cached_property
    def with_raw_response(self) -> AsyncAudioTranscriptionsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncAudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncAudioTranscriptionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str,
        file: FileTypes,
        language: str | None | NotGiven = NOT_GIVEN,
        prompt: str | None | NotGiven = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven
        ) = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        timestamp_granularities: (
            Sequence[Literal["word", "segment"]] | None | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TranscriptionVerboseJson | str:
        """Generation

        Speech to text: transcribe an audio file.

        ``POST /v0/audio/transcriptions``

        Args:
          model: ID of the model to use

          language: Language in ISO-639-1 format

          prompt: Optional text to guide the model's style or continue a previous audio segment

          response_format: Format of the transcription response

          temperature: Sampling temperature for model responses (default is None).

          timestamp_granularities: Granularities of timestamps to populate

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "TranscriptionVerboseJson | str",
            await self._client.request(
                "POST",
                "/v0/audio/transcriptions",
                multipart=build_multipart(
                    _params.BodyTranscriptionsV0AudioTranscriptionsPostParam,
                    {
                        "model": model,
                        "file": file,
                        "language": language,
                        "prompt": prompt,
                        "response_format": response_format,
                        "temperature": temperature,
                        "timestamp_granularities": timestamp_granularities,
                    },
                    file_fields=("file",),
                ),
                cast_to=_models.TranscriptionsV0AudioTranscriptionsPostResponse,
                error_types={
                    422: _models.HTTPValidationError,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioTranscriptionsWithRawResponse:
    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioTranscriptionsWithStreamingResponse:
    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class Audio(SyncAPIResource):
    """``client.audio``"""

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AudioWithStreamingResponse(self)


class AudioWithRawResponse:
    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return AudioTranscriptionsWithRawResponse(self._resource.transcriptions)


class AudioWithStreamingResponse:
    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return AudioTranscriptionsWithStreamingResponse(self._resource.transcriptions)


class AsyncAudio(AsyncAPIResource):
    """``client.audio``"""

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncAudioWithStreamingResponse(self)


class AsyncAudioWithRawResponse:
    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return AsyncAudioTranscriptionsWithRawResponse(self._resource.transcriptions)


class AsyncAudioWithStreamingResponse:
    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return AsyncAudioTranscriptionsWithStreamingResponse(
            self._resource.transcriptions
        )
