"""``Client`` and ``AsyncClient`` for OpenAI API (ballerinax/openai.audio connector surface).

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime import AsyncAPIClient, AuthScheme, SyncAPIClient

if TYPE_CHECKING:
    from ._resources.assistants import (
        Assistants,
        AssistantsWithRawResponse,
        AsyncAssistants,
        AsyncAssistantsWithRawResponse,
    )
    from ._resources.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        Audio,
        AudioWithRawResponse,
    )
    from ._resources.batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        Batches,
        BatchesWithRawResponse,
    )
    from ._resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        Chat,
        ChatWithRawResponse,
    )
    from ._resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        Completions,
        CompletionsWithRawResponse,
    )
    from ._resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
    )
    from ._resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        Files,
        FilesWithRawResponse,
    )
    from ._resources.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        FineTuning,
        FineTuningWithRawResponse,
    )
    from ._resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        Images,
        ImagesWithRawResponse,
    )
    from ._resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        Models,
        ModelsWithRawResponse,
    )
    from ._resources.moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        Moderations,
        ModerationsWithRawResponse,
    )
    from ._resources.threads import (
        AsyncThreads,
        AsyncThreadsWithRawResponse,
        Threads,
        ThreadsWithRawResponse,
    )
    from ._resources.uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        Uploads,
        UploadsWithRawResponse,
    )
    from ._resources.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        VectorStores,
        VectorStoresWithRawResponse,
    )

__all__ = ["AsyncClient", "Client"]

_AUTH = AuthScheme(kind="bearer", name="Authorization")


class Client(SyncAPIClient):
    """OpenAI API (ballerinax/openai.audio connector surface) (sync).

    ``api_key`` defaults to the ``OPENAI_AUDIO_API_KEY`` environment variable and
    ``base_url`` to ``OPENAI_AUDIO_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "OPENAI_AUDIO"
    _default_base_url = "https://api.openai.com/v1"
    _auth = _AUTH
    _package_name = "openai_audio"
    _version = "0.1.0"

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


class AsyncClient(AsyncAPIClient):
    """OpenAI API (ballerinax/openai.audio connector surface) (async).

    ``api_key`` defaults to the ``OPENAI_AUDIO_API_KEY`` environment variable and
    ``base_url`` to ``OPENAI_AUDIO_BASE_URL``, else the spec's first server.
    """

    _env_prefix = "OPENAI_AUDIO"
    _default_base_url = "https://api.openai.com/v1"
    _auth = _AUTH
    _package_name = "openai_audio"
    _version = "0.1.0"

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
