"""Twin of good/aibrary_chat_models: a misspelled field name in a model's constructor."""

from aibrary import models

message = models.ChatCompletionUserMessageParam(role="user", contnet="hi")  # expect-error
print(message)
