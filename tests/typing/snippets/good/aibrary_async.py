"""The async client: the same call, awaited."""

import asyncio

from aibrary import AsyncClient, models


async def main() -> None:
    async with AsyncClient() as client:
        await client.chat.completions.create(
            model="gpt-4o",
            messages=[models.ChatCompletionUserMessageParam(role="user", content="hi")],
        )


asyncio.run(main())
