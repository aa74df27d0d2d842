"""The async client streams with `async for`."""

import asyncio

from chat_streaming import AsyncClient, models


async def main() -> None:
    client = AsyncClient()
    stream = await client.chat.completions.create(
        messages=[models.UserMessage(role="user", content="hi")], stream=True
    )
    async for chunk in stream:
        for choice in chunk.choices or []:
            if choice.delta is not None:
                text: str | None = choice.delta.content
                print(text, end="")


asyncio.run(main())
