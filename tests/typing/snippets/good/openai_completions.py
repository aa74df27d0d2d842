"""A legacy completion (x-oaiMeta example)."""

from openai_api import Client

client = Client()
completion = client.completions.create(
    model="gpt-3.5-turbo-instruct",
    prompt="Say this is a test",
    max_tokens=7,
    temperature=0,
)
text: str = completion.choices[0].text
print(text)
