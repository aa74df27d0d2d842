"""Error handling with the OpenAI package's typed exceptions."""

import openai_api
from openai_api import Client

client = Client()
try:
    client.models.list()
except openai_api.NotFoundError as e:
    not_found: int = e.status_code
    print(not_found)
except openai_api.APIStatusError as e:
    status: int = e.status_code
    print(status, e.body)
except openai_api.APIConnectionError:
    print("the server could not be reached")
