"""Reading a chat completion's fields, each with its type.

The spec answers `anyOf [ChatCompletionResponse, {type: object}]`, so the result is
`ChatCompletionResponse | dict[str, Any]`: a typed user narrows it first.
"""

from aibrary import Client, models

client = Client()
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
)
if not isinstance(completion, models.ChatCompletionResponse):
    raise TypeError(f"unexpected response: {completion!r}")
completion_id: str = completion.id
choice = completion.choices[0]
content: str | None = choice.message.content
finish_reason: str = choice.finish_reason
index: int = choice.index
created: int = completion.created
if completion.usage is not None:
    total_tokens: int = completion.usage.total_tokens
print(completion_id, content, finish_reason, index, created)
