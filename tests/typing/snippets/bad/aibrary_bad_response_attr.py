"""Twin of good/aibrary_response_fields: reading a field the narrowed response does not have."""

from aibrary import Client, models

client = Client()
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
)
if isinstance(completion, models.ChatCompletionResponse):
    content: str | None = completion.choices[0].message.content
    print(content)
    refusal = completion.choices[0].message.refusals  # expect-error
