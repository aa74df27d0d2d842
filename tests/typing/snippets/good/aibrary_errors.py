"""Error handling: the typed exceptions and their fields."""

import httpx

from aibrary import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    Client,
    NotFoundError,
    RateLimitError,
    models,
)

client = Client(max_retries=0, timeout=10.0)
try:
    client.chat.completions.create(
        model="gpt-4o",
        messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
    )
except NotFoundError as e:
    not_found: int = e.status_code
    print(not_found)
except RateLimitError as e:
    retry_after: str | None = e.response.headers.get("retry-after")
    print(retry_after)
except APIStatusError as e:
    status: int = e.status_code
    response: httpx.Response = e.response
    body: object = e.body
    request_id: str | None = e.request_id
    print(status, response, body, request_id)
except APITimeoutError:
    print("timed out")
except APIConnectionError as e:
    print("connection failed", e)
