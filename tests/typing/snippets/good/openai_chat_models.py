"""A chat completion with model instances; the response's fields with their types."""

from openai_api import Client, models

client = Client()
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        models.ChatCompletionRequestDeveloperMessage(role="developer", content="Be brief."),
        models.ChatCompletionRequestUserMessage(role="user", content="Hello!"),
    ],
    temperature=0.2,
)
completion_id: str = completion.id
choice = completion.choices[0]
content: str | None = choice.message.content
finish_reason: str = choice.finish_reason
if completion.usage is not None:
    total_tokens: int = completion.usage.total_tokens
    print(total_tokens)
print(completion_id, content, finish_reason)
