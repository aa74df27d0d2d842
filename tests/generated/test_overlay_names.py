"""A client named by an overlay: a project's ``pyproject.toml`` lists an OpenAPI Overlay that
adds naming extensions to a spec it does not touch, and the generated client's renamed methods
send what the spec's operations say, to a local server."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.generated.conftest import generated_package
from tests.servers.local_server import LocalServer, Reply

SPEC = """\
openapi: 3.1.0
info: {title: Pictures, version: 1.0.0}
servers: [{url: https://pictures.example.com/v1}]
paths:
  /images/generations:
    post:
      operationId: createImage
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: {type: string}
                n: {type: integer}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  url: {type: string}
  /jobs/{job_id}/events:
    get:
      operationId: listJobEvents
      parameters:
        - {name: job_id, in: path, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {type: array, items: {type: string}}
"""

OVERLAY = """\
overlay: 1.0.0
info: {title: SDK names, version: 1.0.0}
actions:
  - target: $.paths['/images/generations'].post
    update: {x-speakeasy-group: images, x-speakeasy-name-override: generate}
  - target: $.paths['/jobs/{job_id}/events'].get
    update: {x-fern-sdk-group-name: [fine_tuning, jobs], x-fern-sdk-method-name: listEvents}
"""


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    project = tmp_path_factory.mktemp("overlay-project")
    (project / "specs").mkdir()
    spec = project / "specs" / "pictures.yaml"
    spec.write_text(SPEC)
    (project / "overlays").mkdir()
    (project / "overlays" / "names.yaml").write_text(OVERLAY)
    (project / "pyproject.toml").write_text(textwrap.dedent("""\
            [tool.generator.options.pictures]
            overlays = ["overlays/names.yaml"]
            """))
    with generated_package(spec, "pictures", project / "dist", cwd=project) as module:
        yield module


def test_renamed_methods_send_the_operations_requests(
    pictures: ModuleType, local_server: LocalServer
) -> None:
    local_server.enqueue(Reply.json({"url": "https://x/y.png"}), Reply.json(["queued", "done"]))
    with pictures.Client(base_url=local_server.url, api_key="k") as client:
        image = client.images.generate(prompt="a cat", n=1)
        events = client.fine_tuning.jobs.list_events("job-1", limit=2)
        assert not hasattr(client, "jobs")  # the path-derived names are gone
    assert image.url == "https://x/y.png"
    assert events == ["queued", "done"]
    first, second = local_server.requests
    assert (first.method, first.path, first.json()) == (
        "POST",
        "/images/generations",
        {"prompt": "a cat", "n": 1},
    )
    assert (second.method, second.target) == ("GET", "/jobs/job-1/events?limit=2")
