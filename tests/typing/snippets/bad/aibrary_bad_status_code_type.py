"""Twin of good/aibrary_errors: `status_code` is an int, not a str."""

from aibrary import APIStatusError, Client, models

client = Client()
try:
    client.chat.completions.create(
        model="gpt-4o",
        messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
    )
except APIStatusError as e:
    status: str = e.status_code  # expect-error
    print(status)
