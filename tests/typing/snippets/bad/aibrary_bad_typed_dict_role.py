"""Twin of good/aibrary_chat_typed_dicts: a user message shape only takes role "user"."""

from aibrary import Client
from aibrary.params import ChatCompletionUserMessageParamDict

history: list[ChatCompletionUserMessageParamDict] = [
    {"role": "user", "content": "hi"},
    {"role": "user", "content": [{"type": "text", "text": "tell me more"}]},
]
history.append({"role": "assistant", "content": "and then?", "name": "ann"})  # expect-error
client = Client()
client.chat.completions.create(model="gpt-4o", messages=history)
