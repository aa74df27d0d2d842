"""The images resource and its sub-resources.

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
    import httpx

    from ..models import ImagesResponse


class ImagesVariations(SyncAPIResource):
    """``client.images.variations``"""

    @cached_property
    def with_raw_response(self) -> ImagesVariationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ImagesVariationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesVariationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ImagesVariationsWithStreamingResponse(self)

    def create(
        self,
        *,
        image: FileTypes,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image.

        ``POST /images/variations``

        Args:
          image: The image to use as the basis for the variation(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            self._client.request(
                "POST",
                "/images/variations",
                multipart=build_multipart(
                    _params.CreateImageVariationRequestParam,
                    {
                        "image": image,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "user": user,
                        "n": n,
                    },
                    file_fields=("image",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ImagesVariationsWithRawResponse:
    def __init__(self, resource: ImagesVariations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ImagesVariationsWithStreamingResponse:
    def __init__(self, resource: ImagesVariations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncImagesVariations(AsyncAPIResource):
    """``client.images.variations``"""

    @cached_property
    def with_raw_response(self) -> AsyncImagesVariationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncImagesVariationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesVariationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncImagesVariationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        image: FileTypes,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates a variation of a given image.

        ``POST /images/variations``

        Args:
          image: The image to use as the basis for the variation(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            await self._client.request(
                "POST",
                "/images/variations",
                multipart=build_multipart(
                    _params.CreateImageVariationRequestParam,
                    {
                        "image": image,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "user": user,
                        "n": n,
                    },
                    file_fields=("image",),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncImagesVariationsWithRawResponse:
    def __init__(self, resource: AsyncImagesVariations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncImagesVariationsWithStreamingResponse:
    def __init__(self, resource: AsyncImagesVariations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class ImagesGenerations(SyncAPIResource):
    """``client.images.generations``"""

    @cached_property
    def with_raw_response(self) -> ImagesGenerationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ImagesGenerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesGenerationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ImagesGenerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        prompt: str,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        model: str | Literal["dall-e-2", "dall-e-3"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates an image given a prompt.

        ``POST /images/generations``

        Args:
          prompt: A text description of the desired image(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation

          style: The style of the generated images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          quality: The quality of the image that will be generated.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            self._client.request(
                "POST",
                "/images/generations",
                json_body=build_json_body(
                    _params.CreateImageRequestParam,
                    {
                        "prompt": prompt,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "style": style,
                        "user": user,
                        "n": n,
                        "quality": quality,
                    },
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ImagesGenerationsWithRawResponse:
    def __init__(self, resource: ImagesGenerations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ImagesGenerationsWithStreamingResponse:
    def __init__(self, resource: ImagesGenerations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncImagesGenerations(AsyncAPIResource):
    """``client.images.generations``"""

    @cached_property
    def with_raw_response(self) -> AsyncImagesGenerationsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncImagesGenerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesGenerationsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncImagesGenerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        prompt: str,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: (
            Literal["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        model: str | Literal["dall-e-2", "dall-e-3"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates an image given a prompt.

        ``POST /images/generations``

        Args:
          prompt: A text description of the desired image(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation

          style: The style of the generated images.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          quality: The quality of the image that will be generated.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            await self._client.request(
                "POST",
                "/images/generations",
                json_body=build_json_body(
                    _params.CreateImageRequestParam,
                    {
                        "prompt": prompt,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "style": style,
                        "user": user,
                        "n": n,
                        "quality": quality,
                    },
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncImagesGenerationsWithRawResponse:
    def __init__(self, resource: AsyncImagesGenerations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncImagesGenerationsWithStreamingResponse:
    def __init__(self, resource: AsyncImagesGenerations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class ImagesEdits(SyncAPIResource):
    """``client.images.edits``"""

    @cached_property
    def with_raw_response(self) -> ImagesEditsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ImagesEditsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesEditsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ImagesEditsWithStreamingResponse(self)

    def create(
        self,
        *,
        image: FileTypes,
        prompt: str,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates an edited or extended image given an original image and a prompt.

        ``POST /images/edits``

        Args:
          image: The image to edit.

          prompt: A text description of the desired image(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            self._client.request(
                "POST",
                "/images/edits",
                multipart=build_multipart(
                    _params.CreateImageEditRequestParam,
                    {
                        "image": image,
                        "prompt": prompt,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "user": user,
                        "n": n,
                        "mask": mask,
                    },
                    file_fields=("image", "mask"),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ImagesEditsWithRawResponse:
    def __init__(self, resource: ImagesEdits) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ImagesEditsWithStreamingResponse:
    def __init__(self, resource: ImagesEdits) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncImagesEdits(AsyncAPIResource):
    """``client.images.edits``"""

    @cached_property
    def with_raw_response(self) -> AsyncImagesEditsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncImagesEditsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesEditsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncImagesEditsWithStreamingResponse(self)

    async def create(
        self,
        *,
        image: FileTypes,
        prompt: str,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImagesResponse:
        """Creates an edited or extended image given an original image and a prompt.

        ``POST /images/edits``

        Args:
          image: The image to edit.

          prompt: A text description of the desired image(s).

          response_format: The format in which the generated images are returned.

          size: The size of the generated images.

          model: The model to use for image generation.

          user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse.

          n: The number of images to generate.

          mask: An additional image whose fully transparent areas (e.g. where alpha is zero) indicate where `image` should be edited.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "ImagesResponse",
            await self._client.request(
                "POST",
                "/images/edits",
                multipart=build_multipart(
                    _params.CreateImageEditRequestParam,
                    {
                        "image": image,
                        "prompt": prompt,
                        "response_format": response_format,
                        "size": size,
                        "model": model,
                        "user": user,
                        "n": n,
                        "mask": mask,
                    },
                    file_fields=("image", "mask"),
                    default=PartEncoding(style=ParamStyle("deepObject", True)),
                ),
                cast_to=_models.ImagesResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncImagesEditsWithRawResponse:
    def __init__(self, resource: AsyncImagesEdits) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncImagesEditsWithStreamingResponse:
    def __init__(self, resource: AsyncImagesEdits) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class Images(SyncAPIResource):
    """``client.images``"""

    @cached_property
    def edits(self) -> ImagesEdits:
        return ImagesEdits(self._client)

    @cached_property
    def generations(self) -> ImagesGenerations:
        return ImagesGenerations(self._client)

    @cached_property
    def variations(self) -> ImagesVariations:
        return ImagesVariations(self._client)

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return ImagesWithStreamingResponse(self)


class ImagesWithRawResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource

    @cached_property
    def edits(self) -> ImagesEditsWithRawResponse:
        return ImagesEditsWithRawResponse(self._resource.edits)

    @cached_property
    def generations(self) -> ImagesGenerationsWithRawResponse:
        return ImagesGenerationsWithRawResponse(self._resource.generations)

    @cached_property
    def variations(self) -> ImagesVariationsWithRawResponse:
        return ImagesVariationsWithRawResponse(self._resource.variations)


class ImagesWithStreamingResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource

    @cached_property
    def edits(self) -> ImagesEditsWithStreamingResponse:
        return ImagesEditsWithStreamingResponse(self._resource.edits)

    @cached_property
    def generations(self) -> ImagesGenerationsWithStreamingResponse:
        return ImagesGenerationsWithStreamingResponse(self._resource.generations)

    @cached_property
    def variations(self) -> ImagesVariationsWithStreamingResponse:
        return ImagesVariationsWithStreamingResponse(self._resource.variations)


class AsyncImages(AsyncAPIResource):
    """``client.images``"""

    @cached_property
    def edits(self) -> AsyncImagesEdits:
        return AsyncImagesEdits(self._client)

    @cached_property
    def generations(self) -> AsyncImagesGenerations:
        return AsyncImagesGenerations(self._client)

    @cached_property
    def variations(self) -> AsyncImagesVariations:
        return AsyncImagesVariations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncImagesWithStreamingResponse(self)


class AsyncImagesWithRawResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource

    @cached_property
    def edits(self) -> AsyncImagesEditsWithRawResponse:
        return AsyncImagesEditsWithRawResponse(self._resource.edits)

    @cached_property
    def generations(self) -> AsyncImagesGenerationsWithRawResponse:
        return AsyncImagesGenerationsWithRawResponse(self._resource.generations)

    @cached_property
    def variations(self) -> AsyncImagesVariationsWithRawResponse:
        return AsyncImagesVariationsWithRawResponse(self._resource.variations)


class AsyncImagesWithStreamingResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource

    @cached_property
    def edits(self) -> AsyncImagesEditsWithStreamingResponse:
        return AsyncImagesEditsWithStreamingResponse(self._resource.edits)

    @cached_property
    def generations(self) -> AsyncImagesGenerationsWithStreamingResponse:
        return AsyncImagesGenerationsWithStreamingResponse(self._resource.generations)

    @cached_property
    def variations(self) -> AsyncImagesVariationsWithStreamingResponse:
        return AsyncImagesVariationsWithStreamingResponse(self._resource.variations)
