"""A message list annotated with a request shape from `aibrary.params`, passed as `messages`."""

from aibrary import Client
from aibrary.params import ChatCompletionUserMessageParamDict

history: list[ChatCompletionUserMessageParamDict] = [
    {"role": "user", "content": "hi"},
    {"role": "user", "content": [{"type": "text", "text": "tell me more"}]},
]
history.append({"role": "user", "content": "and then?", "name": "ann"})
client = Client()
client.chat.completions.create(model="gpt-4o", messages=history)
