"""``Client`` and ``AsyncClient`` for OpenAI API (ballerinax/openai.audio connector surface).

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime import AsyncAPIClient, AuthScheme, ServerSpec, SyncAPIClient

if TYPE_CHECKING:
    from ._resources.assistants import (
        Assistants,
        AssistantsWithRawResponse,
        AssistantsWithStreamingResponse,
        AsyncAssistants,
        AsyncAssistantsWithRawResponse,
        AsyncAssistantsWithStreamingResponse,
    )
    from ._resources.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from ._resources.batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from ._resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from ._resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from ._resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from ._resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from ._resources.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuning,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from ._resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from ._resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from ._resources.moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        Moderations,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from ._resources.threads import (
        AsyncThreads,
        AsyncThreadsWithRawResponse,
        AsyncThreadsWithStreamingResponse,
        Threads,
        ThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
    )
    from ._resources.uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        Uploads,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from ._resources.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )

__all__ = ["AsyncClient", "Client"]

_AUTH_SCHEMES = (
    AuthScheme(
        kind="bearer",
        name="Authorization",
        key="ApiKeyAuth",
        param="api_key",
    ),
)
_SECURITY = (("ApiKeyAuth",),)


class Client(SyncAPIClient):
    """OpenAI API (ballerinax/openai.audio connector surface) (sync).

    ``api_key`` defaults to the ``OPENAI_AUDIO_API_KEY`` environment variable and
    ``base_url`` to ``OPENAI_AUDIO_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "OPENAI_AUDIO"
    _default_base_url = "https://api.openai.com/v1"
    _servers = (ServerSpec("https://api.openai.com/v1"),)
    _auth_schemes = _AUTH_SCHEMES
    _security = _SECURITY
    _package_name = "openai_audio"
    _version = "3.0.0"

    @cached_property
    def assistants(self) -> Assistants:
        from ._resources.assistants import Assistants

        return Assistants(self)

    @cached_property
    def audio(self) -> Audio:
        from ._resources.audio import Audio

        return Audio(self)

    @cached_property
    def batches(self) -> Batches:
        from ._resources.batches import Batches

        return Batches(self)

    @cached_property
    def chat(self) -> Chat:
        from ._resources.chat import Chat

        return Chat(self)

    @cached_property
    def completions(self) -> Completions:
        from ._resources.completions import Completions

        return Completions(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from ._resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def files(self) -> Files:
        from ._resources.files import Files

        return Files(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from ._resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def images(self) -> Images:
        from ._resources.images import Images

        return Images(self)

    @cached_property
    def models(self) -> Models:
        from ._resources.models import Models

        return Models(self)

    @cached_property
    def moderations(self) -> Moderations:
        from ._resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def threads(self) -> Threads:
        from ._resources.threads import Threads

        return Threads(self)

    @cached_property
    def uploads(self) -> Uploads:
        from ._resources.uploads import Uploads

        return Uploads(self)

    @cached_property
    def vector_stores(self) -> VectorStores:
        from ._resources.vector_stores import VectorStores

        return VectorStores(self)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ClientWithStreamingResponse(self)

    @property
    def _client(self) -> Client:
        return self


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def assistants(self) -> AssistantsWithRawResponse:
        from ._resources.assistants import AssistantsWithRawResponse

        return AssistantsWithRawResponse(self._client.assistants)

    @cached_property
    def audio(self) -> AudioWithRawResponse:
        from ._resources.audio import AudioWithRawResponse

        return AudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from ._resources.batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client.batches)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from ._resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from ._resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        from ._resources.embeddings import EmbeddingsWithRawResponse

        return EmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from ._resources.files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithRawResponse:
        from ._resources.fine_tuning import FineTuningWithRawResponse

        return FineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithRawResponse:
        from ._resources.images import ImagesWithRawResponse

        return ImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from ._resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithRawResponse:
        from ._resources.moderations import ModerationsWithRawResponse

        return ModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def threads(self) -> ThreadsWithRawResponse:
        from ._resources.threads import ThreadsWithRawResponse

        return ThreadsWithRawResponse(self._client.threads)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        from ._resources.uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        from ._resources.vector_stores import VectorStoresWithRawResponse

        return VectorStoresWithRawResponse(self._client.vector_stores)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def assistants(self) -> AssistantsWithStreamingResponse:
        from ._resources.assistants import AssistantsWithStreamingResponse

        return AssistantsWithStreamingResponse(self._client.assistants)

    @cached_property
    def audio(self) -> AudioWithStreamingResponse:
        from ._resources.audio import AudioWithStreamingResponse

        return AudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from ._resources.batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from ._resources.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from ._resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        from ._resources.embeddings import EmbeddingsWithStreamingResponse

        return EmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from ._resources.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithStreamingResponse:
        from ._resources.fine_tuning import FineTuningWithStreamingResponse

        return FineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithStreamingResponse:
        from ._resources.images import ImagesWithStreamingResponse

        return ImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from ._resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithStreamingResponse:
        from ._resources.moderations import ModerationsWithStreamingResponse

        return ModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def threads(self) -> ThreadsWithStreamingResponse:
        from ._resources.threads import ThreadsWithStreamingResponse

        return ThreadsWithStreamingResponse(self._client.threads)

    @cached_property
    def uploads(self) -> UploadsWithStreamingResponse:
        from ._resources.uploads import UploadsWithStreamingResponse

        return UploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        from ._resources.vector_stores import VectorStoresWithStreamingResponse

        return VectorStoresWithStreamingResponse(self._client.vector_stores)


class AsyncClient(AsyncAPIClient):
    """OpenAI API (ballerinax/openai.audio connector surface) (async).

    ``api_key`` defaults to the ``OPENAI_AUDIO_API_KEY`` environment variable and
    ``base_url`` to ``OPENAI_AUDIO_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "OPENAI_AUDIO"
    _default_base_url = "https://api.openai.com/v1"
    _servers = (ServerSpec("https://api.openai.com/v1"),)
    _auth_schemes = _AUTH_SCHEMES
    _security = _SECURITY
    _package_name = "openai_audio"
    _version = "3.0.0"

    @cached_property
    def assistants(self) -> AsyncAssistants:
        from ._resources.assistants import AsyncAssistants

        return AsyncAssistants(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from ._resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from ._resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from ._resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from ._resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from ._resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from ._resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from ._resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def images(self) -> AsyncImages:
        from ._resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from ._resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from ._resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def threads(self) -> AsyncThreads:
        from ._resources.threads import AsyncThreads

        return AsyncThreads(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        from ._resources.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from ._resources.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncClientWithStreamingResponse(self)

    @property
    def _client(self) -> AsyncClient:
        return self


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def assistants(self) -> AsyncAssistantsWithRawResponse:
        from ._resources.assistants import AsyncAssistantsWithRawResponse

        return AsyncAssistantsWithRawResponse(self._client.assistants)

    @cached_property
    def audio(self) -> AsyncAudioWithRawResponse:
        from ._resources.audio import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from ._resources.batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client.batches)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from ._resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from ._resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        from ._resources.embeddings import AsyncEmbeddingsWithRawResponse

        return AsyncEmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from ._resources.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithRawResponse:
        from ._resources.fine_tuning import AsyncFineTuningWithRawResponse

        return AsyncFineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithRawResponse:
        from ._resources.images import AsyncImagesWithRawResponse

        return AsyncImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from ._resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithRawResponse:
        from ._resources.moderations import AsyncModerationsWithRawResponse

        return AsyncModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def threads(self) -> AsyncThreadsWithRawResponse:
        from ._resources.threads import AsyncThreadsWithRawResponse

        return AsyncThreadsWithRawResponse(self._client.threads)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        from ._resources.uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        from ._resources.vector_stores import AsyncVectorStoresWithRawResponse

        return AsyncVectorStoresWithRawResponse(self._client.vector_stores)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def assistants(self) -> AsyncAssistantsWithStreamingResponse:
        from ._resources.assistants import AsyncAssistantsWithStreamingResponse

        return AsyncAssistantsWithStreamingResponse(self._client.assistants)

    @cached_property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        from ._resources.audio import AsyncAudioWithStreamingResponse

        return AsyncAudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from ._resources.batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from ._resources.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from ._resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        from ._resources.embeddings import AsyncEmbeddingsWithStreamingResponse

        return AsyncEmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from ._resources.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse:
        from ._resources.fine_tuning import AsyncFineTuningWithStreamingResponse

        return AsyncFineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithStreamingResponse:
        from ._resources.images import AsyncImagesWithStreamingResponse

        return AsyncImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from ._resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithStreamingResponse:
        from ._resources.moderations import AsyncModerationsWithStreamingResponse

        return AsyncModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def threads(self) -> AsyncThreadsWithStreamingResponse:
        from ._resources.threads import AsyncThreadsWithStreamingResponse

        return AsyncThreadsWithStreamingResponse(self._client.threads)

    @cached_property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        from ._resources.uploads import AsyncUploadsWithStreamingResponse

        return AsyncUploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        from ._resources.vector_stores import AsyncVectorStoresWithStreamingResponse

        return AsyncVectorStoresWithStreamingResponse(self._client.vector_stores)
