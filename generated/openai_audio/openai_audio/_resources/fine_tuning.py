"""The fine_tuning resource and its sub-resources.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    Headers,
    NotGiven,
    Paging,
    Query,
    SyncAPIResource,
    SyncPage,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    build_json_body,
    check_params,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    import httpx

    from ..models import (
        CreateFineTuningJobRequestHyperparameters,
        CreateFineTuningJobRequestIntegrations,
        FineTuningJob,
        FineTuningJobCheckpoint,
        ListFineTuningJobEventsResponse,
    )
    from ..params import (
        CreateFineTuningJobRequestHyperparametersParam,
        CreateFineTuningJobRequestIntegrationsParam,
    )


class FineTuningJobs(SyncAPIResource):
    """``client.fine_tuning.jobs``"""

    @cached_property
    def with_raw_response(self) -> FineTuningJobsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return FineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return FineTuningJobsWithStreamingResponse(self)

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        ``POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsCancelParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
            },
        )
        return cast(
            "FineTuningJob",
            self._client.request(
                "POST",
                "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FineTuningJobCheckpoint]:
        """List checkpoints for a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          limit: Number of checkpoints to retrieve

          after: Identifier for the last checkpoint ID from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsCheckpointsParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "SyncPage[FineTuningJobCheckpoint]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    next=("last_id",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListFineTuningJobCheckpointsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        training_file: str,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo"],
        seed: int | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters
            | CreateFineTuningJobRequestHyperparametersParam
            | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            Sequence[
                CreateFineTuningJobRequestIntegrations
                | CreateFineTuningJobRequestIntegrationsParam
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Creates a fine-tuning job which begins the process of creating a new model from a given dataset. Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        ``POST /fine_tuning/jobs``

        Args:
          training_file: The ID of an uploaded file that contains training data.

          model: The name of the model to fine-tune.

          seed: The seed controls the reproducibility of the job.

          validation_file: The ID of an uploaded file that contains validation data.

          hyperparameters: The hyperparameters used for the fine-tuning job

          suffix: A string of up to 18 characters that will be added to your fine-tuned model name.

          integrations: A list of integrations to enable for your fine-tuning job

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "FineTuningJob",
            self._client.request(
                "POST",
                "/fine_tuning/jobs",
                json_body=build_json_body(
                    _params.CreateFineTuningJobRequestParam,
                    {
                        "training_file": training_file,
                        "model": model,
                        "seed": seed,
                        "validation_file": validation_file,
                        "hyperparameters": hyperparameters,
                        "suffix": suffix,
                        "integrations": integrations,
                    },
                ),
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def events(
        self,
        fine_tuning_job_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}/events``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          limit: Number of events to retrieve

          after: Identifier for the last event from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsEventsParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "ListFineTuningJobEventsResponse",
            self._client.request(
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}/events",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListFineTuningJobEventsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FineTuningJob]:
        """List your organization's fine-tuning jobs

        ``GET /fine_tuning/jobs``

        Args:
          limit: Number of fine-tuning jobs to retrieve

          after: Identifier for the last job from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsListParams,
            {
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "SyncPage[FineTuningJob]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/fine_tuning/jobs",
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListPaginatedFineTuningJobsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsRetrieveParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
            },
        )
        return cast(
            "FineTuningJob",
            self._client.request(
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class FineTuningJobsWithRawResponse:
    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.checkpoints = to_raw_response_wrapper(resource.checkpoints)
        self.create = to_raw_response_wrapper(resource.create)
        self.events = to_raw_response_wrapper(resource.events)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class FineTuningJobsWithStreamingResponse:
    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.checkpoints = to_streamed_response_wrapper(resource.checkpoints)
        self.create = to_streamed_response_wrapper(resource.create)
        self.events = to_streamed_response_wrapper(resource.events)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncFineTuningJobs(AsyncAPIResource):
    """``client.fine_tuning.jobs``"""

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncFineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncFineTuningJobsWithStreamingResponse(self)

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        ``POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsCancelParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
            },
        )
        return cast(
            "FineTuningJob",
            await self._client.request(
                "POST",
                "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def checkpoints(
        self,
        fine_tuning_job_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningJobCheckpoint]:
        """List checkpoints for a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          limit: Number of checkpoints to retrieve

          after: Identifier for the last checkpoint ID from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsCheckpointsParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "AsyncPaginator[FineTuningJobCheckpoint]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    next=("last_id",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListFineTuningJobCheckpointsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        training_file: str,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo"],
        seed: int | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        hyperparameters: (
            CreateFineTuningJobRequestHyperparameters
            | CreateFineTuningJobRequestHyperparametersParam
            | NotGiven
        ) = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        integrations: (
            Sequence[
                CreateFineTuningJobRequestIntegrations
                | CreateFineTuningJobRequestIntegrationsParam
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Creates a fine-tuning job which begins the process of creating a new model from a given dataset. Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        ``POST /fine_tuning/jobs``

        Args:
          training_file: The ID of an uploaded file that contains training data.

          model: The name of the model to fine-tune.

          seed: The seed controls the reproducibility of the job.

          validation_file: The ID of an uploaded file that contains validation data.

          hyperparameters: The hyperparameters used for the fine-tuning job

          suffix: A string of up to 18 characters that will be added to your fine-tuned model name.

          integrations: A list of integrations to enable for your fine-tuning job

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models
        from .. import params as _params

        return cast(
            "FineTuningJob",
            await self._client.request(
                "POST",
                "/fine_tuning/jobs",
                json_body=build_json_body(
                    _params.CreateFineTuningJobRequestParam,
                    {
                        "training_file": training_file,
                        "model": model,
                        "seed": seed,
                        "validation_file": validation_file,
                        "hyperparameters": hyperparameters,
                        "suffix": suffix,
                        "integrations": integrations,
                    },
                ),
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def events(
        self,
        fine_tuning_job_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ListFineTuningJobEventsResponse:
        """Get status updates for a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}/events``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          limit: Number of events to retrieve

          after: Identifier for the last event from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsEventsParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "ListFineTuningJobEventsResponse",
            await self._client.request(
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}/events",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListFineTuningJobEventsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningJob]:
        """List your organization's fine-tuning jobs

        ``GET /fine_tuning/jobs``

        Args:
          limit: Number of fine-tuning jobs to retrieve

          after: Identifier for the last job from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsListParams,
            {
                "limit": limit,
                "after": after,
            },
        )
        return cast(
            "AsyncPaginator[FineTuningJob]",
            self._client.request_page(
                Paging(
                    "cursor",
                    param="after",
                    items=("data",),
                    has_more=("has_more",),
                    limit="limit",
                ),
                "GET",
                "/fine_tuning/jobs",
                query={
                    "limit": limit,
                    "after": after,
                },
                cast_to=_models.ListPaginatedFineTuningJobsResponse,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        ``GET /fine_tuning/jobs/{fine_tuning_job_id}``

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds
        """
        from .. import models as _models

        check_params(
            _models.FineTuningJobsRetrieveParams,
            {
                "fine_tuning_job_id": fine_tuning_job_id,
            },
        )
        return cast(
            "FineTuningJob",
            await self._client.request(
                "GET",
                "/fine_tuning/jobs/{fine_tuning_job_id}",
                path_params={
                    "fine_tuning_job_id": fine_tuning_job_id,
                },
                cast_to=_models.FineTuningJob,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncFineTuningJobsWithRawResponse:
    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.checkpoints = async_to_raw_response_wrapper(resource.checkpoints)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.events = async_to_raw_response_wrapper(resource.events)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncFineTuningJobsWithStreamingResponse:
    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.checkpoints = async_to_streamed_response_wrapper(resource.checkpoints)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.events = async_to_streamed_response_wrapper(resource.events)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)


class FineTuning(SyncAPIResource):
    """``client.fine_tuning``"""

    @cached_property
    def jobs(self) -> FineTuningJobs:
        return FineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return FineTuningWithStreamingResponse(self)


class FineTuningWithRawResponse:
    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> FineTuningJobsWithRawResponse:
        return FineTuningJobsWithRawResponse(self._resource.jobs)


class FineTuningWithStreamingResponse:
    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> FineTuningJobsWithStreamingResponse:
        return FineTuningJobsWithStreamingResponse(self._resource.jobs)


class AsyncFineTuning(AsyncAPIResource):
    """``client.fine_tuning``"""

    @cached_property
    def jobs(self) -> AsyncFineTuningJobs:
        return AsyncFineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        """The same methods, returning the raw response (``.parse()`` gives the usual value)."""
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        """The same methods, as context managers yielding the response unread."""
        return AsyncFineTuningWithStreamingResponse(self)


class AsyncFineTuningWithRawResponse:
    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncFineTuningJobsWithRawResponse:
        return AsyncFineTuningJobsWithRawResponse(self._resource.jobs)


class AsyncFineTuningWithStreamingResponse:
    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncFineTuningJobsWithStreamingResponse:
        return AsyncFineTuningJobsWithStreamingResponse(self._resource.jobs)
