"""Twin of good/aibrary_chat_models: a model instance without its required `content`."""

from aibrary import models

message = models.ChatCompletionUserMessageParam(role="user")  # expect-error
print(message)
