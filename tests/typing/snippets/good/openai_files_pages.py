"""A list operation's page: typed items, the response's own fields, page by page; async too."""

from openai_api import AsyncClient, Client
from openai_api.models import OpenAIFile


def first_pages() -> list[str]:
    client = Client()
    page = client.files.list(limit=10)
    ids: list[str] = [f.id for f in page.page_items]
    if page.has_next_page():
        following = page.get_next_page()
        ids += [f.id for f in following.page_items]
    for each in page.iter_pages():
        ids += [f.id for f in each.page_items]
    more: bool = page.has_more  # the response model's field, through the page
    print(more)
    return ids


async def every_file() -> list[OpenAIFile]:
    client = AsyncClient()
    files = [file async for file in client.files.list(purpose="batch")]
    page = await client.files.list()
    if page.has_next_page():
        following = await page.get_next_page()
        files += following.page_items
    return files
