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
    ParamStyle,
    PartEncoding,
    Query,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    build_multipart,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..models import CreateTranscriptionResponse, CreateTranslationResponse


class AudioTranslations(SyncAPIResource):
    """``client.audio.translations``"""

    @cached_property
    def with_raw_response(self) -> AudioTranslationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranslationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AudioTranslationsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        response_format: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateTranslationResponse:
        """Translates audio into English.

        ``POST /audio/translations``

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm

          model: ID of the model to use.

          response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

          temperature: The sampling temperature, between 0 and 1.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateTranslationResponse",
            self._client.request(
                "POST",
                "/audio/translations",
                multipart=build_multipart(
                    _params.CreateTranslationRequestParam,
                    {
                        "file": file,
                        "model": model,
                        "response_format": response_format,
                        "temperature": temperature,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.CreateTranslationResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioTranslationsWithRawResponse:
    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioTranslationsWithStreamingResponse:
    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncAudioTranslations(AsyncAPIResource):
    """``client.audio.translations``"""

    @cached_property
    def with_raw_response(self) -> AsyncAudioTranslationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncAudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranslationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncAudioTranslationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        response_format: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateTranslationResponse:
        """Translates audio into English.

        ``POST /audio/translations``

        Args:
          file: The audio file object (not file name) translate, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm

          model: ID of the model to use.

          response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

          temperature: The sampling temperature, between 0 and 1.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateTranslationResponse",
            await self._client.request(
                "POST",
                "/audio/translations",
                multipart=build_multipart(
                    _params.CreateTranslationRequestParam,
                    {
                        "file": file,
                        "model": model,
                        "response_format": response_format,
                        "temperature": temperature,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.CreateTranslationResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioTranslationsWithRawResponse:
    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioTranslationsWithStreamingResponse:
    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


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
        file: FileTypes,
        model: str | Literal["whisper-1"],
        timestamp_granularities: (
            Sequence[Literal["word", "segment"]] | NotGiven
        ) = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateTranscriptionResponse:
        """Transcribes audio into the input language.

        ``POST /audio/transcriptions``

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm

          model: ID of the model to use.

          timestamp_granularities: The timestamp granularities to populate for this transcription.

          response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

          temperature: The sampling temperature, between 0 and 1.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateTranscriptionResponse",
            self._client.request(
                "POST",
                "/audio/transcriptions",
                multipart=build_multipart(
                    _params.CreateTranscriptionRequestParam,
                    {
                        "file": file,
                        "model": model,
                        "timestamp_granularities": timestamp_granularities,
                        "response_format": response_format,
                        "temperature": temperature,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.CreateTranscriptionResponse,
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
        file: FileTypes,
        model: str | Literal["whisper-1"],
        timestamp_granularities: (
            Sequence[Literal["word", "segment"]] | NotGiven
        ) = NOT_GIVEN,
        response_format: (
            Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven
        ) = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateTranscriptionResponse:
        """Transcribes audio into the input language.

        ``POST /audio/transcriptions``

        Args:
          file: The audio file object (not file name) to transcribe, in one of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm

          model: ID of the model to use.

          timestamp_granularities: The timestamp granularities to populate for this transcription.

          response_format: The format of the transcript output, in one of these options: `json`, `text`, `srt`, `verbose_json`, or `vtt`.

          temperature: The sampling temperature, between 0 and 1.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "CreateTranscriptionResponse",
            await self._client.request(
                "POST",
                "/audio/transcriptions",
                multipart=build_multipart(
                    _params.CreateTranscriptionRequestParam,
                    {
                        "file": file,
                        "model": model,
                        "timestamp_granularities": timestamp_granularities,
                        "response_format": response_format,
                        "temperature": temperature,
                    },
                    file_fields=("file",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.CreateTranscriptionResponse,
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


class AudioSpeech(SyncAPIResource):
    """``client.audio.speech``"""

    @cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioSpeechWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AudioSpeechWithStreamingResponse(self)

    def create(
        self,
        *,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        input: str,
        model: str | Literal["tts-1", "tts-1-hd"],
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Generates audio from the input text.

        ``POST /audio/speech``

        Args:
          voice: The voice to use when generating the audio.

          input: The text to generate audio for.

          model: One of the available TTS models: `tts-1` or `tts-1-hd`.

          response_format: The format to audio in.

          speed: The speed of the generated audio.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import params as _params

        return cast(
            "bytes",
            self._client.request(
                "POST",
                "/audio/speech",
                headers={
                    "Accept": "audio/mpeg",
                },
                json_body=build_json_body(
                    _params.CreateSpeechRequestParam,
                    {
                        "voice": voice,
                        "input": input,
                        "model": model,
                        "response_format": response_format,
                        "speed": speed,
                    },
                ),
                response_kind="binary",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AudioSpeechWithRawResponse:
    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioSpeechWithStreamingResponse:
    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncAudioSpeech(AsyncAPIResource):
    """``client.audio.speech``"""

    @cached_property
    def with_raw_response(self) -> AsyncAudioSpeechWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncAudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioSpeechWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncAudioSpeechWithStreamingResponse(self)

    async def create(
        self,
        *,
        voice: Literal["alloy", "echo", "fable", "onyx", "nova", "shimmer"],
        input: str,
        model: str | Literal["tts-1", "tts-1-hd"],
        response_format: (
            Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven
        ) = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Generates audio from the input text.

        ``POST /audio/speech``

        Args:
          voice: The voice to use when generating the audio.

          input: The text to generate audio for.

          model: One of the available TTS models: `tts-1` or `tts-1-hd`.

          response_format: The format to audio in.

          speed: The speed of the generated audio.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import params as _params

        return cast(
            "bytes",
            await self._client.request(
                "POST",
                "/audio/speech",
                headers={
                    "Accept": "audio/mpeg",
                },
                json_body=build_json_body(
                    _params.CreateSpeechRequestParam,
                    {
                        "voice": voice,
                        "input": input,
                        "model": model,
                        "response_format": response_format,
                        "speed": speed,
                    },
                ),
                response_kind="binary",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAudioSpeechWithRawResponse:
    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioSpeechWithStreamingResponse:
    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class Audio(SyncAPIResource):
    """``client.audio``"""

    @cached_property
    def speech(self) -> AudioSpeech:
        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        return AudioTranslations(self._client)

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
    def speech(self) -> AudioSpeechWithRawResponse:
        return AudioSpeechWithRawResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return AudioTranscriptionsWithRawResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AudioTranslationsWithRawResponse:
        return AudioTranslationsWithRawResponse(self._resource.translations)


class AudioWithStreamingResponse:
    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AudioSpeechWithStreamingResponse:
        return AudioSpeechWithStreamingResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return AudioTranscriptionsWithStreamingResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AudioTranslationsWithStreamingResponse:
        return AudioTranslationsWithStreamingResponse(self._resource.translations)


class AsyncAudio(AsyncAPIResource):
    """``client.audio``"""

    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        return AsyncAudioTranslations(self._client)

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
    def speech(self) -> AsyncAudioSpeechWithRawResponse:
        return AsyncAudioSpeechWithRawResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return AsyncAudioTranscriptionsWithRawResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithRawResponse:
        return AsyncAudioTranslationsWithRawResponse(self._resource.translations)


class AsyncAudioWithStreamingResponse:
    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithStreamingResponse:
        return AsyncAudioSpeechWithStreamingResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return AsyncAudioTranscriptionsWithStreamingResponse(
            self._resource.transcriptions
        )

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithStreamingResponse:
        return AsyncAudioTranslationsWithStreamingResponse(self._resource.translations)
