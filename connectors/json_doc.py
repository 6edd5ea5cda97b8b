"""JSON: the confirmation payload itself, as the webhook and the file export send it.

The body is canonical JSON (connectors/webhook.py) so a signature over it is
stable; the file name is the idempotency key, as before connectors existed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from connectors.base import Connector, Document, RenderContext
from connectors.webhook import canonical_json

if TYPE_CHECKING:
    from agent.config import PartnerSettings


class JsonConnector(Connector):
    format = "json"
    media_type = "application/json; charset=utf-8"

    def render(
        self, confirmation: dict[str, Any], partner: PartnerSettings, ctx: RenderContext
    ) -> Document:
        key = confirmation["idempotency_key"]
        name = key.replace("/", "_").replace(":", "_") + ".json"
        return Document(canonical_json(confirmation), name, self.media_type)
