"""The OpenAI SDK docs' chat completion (x-oaiMeta example), with `openai_api`."""

from openai_api import Client

client = Client()
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "developer", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Hello!"},
    ],
)
message = completion.choices[0].message
content: str | None = message.content
print(content)
