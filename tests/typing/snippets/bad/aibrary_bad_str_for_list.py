"""Twin of good/aibrary_chat_models: a plain str where the spec wants an array of strings.

(A `str` is a `Sequence[str]`: annotating arrays as `Sequence[str]` would let this through.)
"""

from aibrary import Client, models

client = Client()
client.chat.completions.create(
    model="gpt-4o",
    messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
    stop="\n",  # expect-error
)
