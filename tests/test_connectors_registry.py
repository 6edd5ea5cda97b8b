"""The connector guide holds: a format is one module, found by the registry and configurable."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import connectors
from agent.config import PartnerSettings, settings_from_dict
from connectors import registry
from connectors.base import RenderContext

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_example_module_becomes_a_configurable_format(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    guide = text[text.index("### Adding a format (one module)") :]
    code = re.search(r"```python\n(.*?)```", guide, re.S).group(1)  # type: ignore[union-attr]
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "csvack.py").write_text(code)
    connectors.__path__.append(str(extra))
    registry.formats.cache_clear()
    try:
        assert "csvack" in registry.formats()
        assert {"json", "x12", "edifact", "cxml"} <= set(registry.formats())
        settings = settings_from_dict({"connectors": {"ack": {
            "format": "csvack", "transport": "folder", "folder": str(tmp_path), "partner": "p"}},
            "partners": {"p": {}}})  # fmt: skip
        assert settings.connectors["ack"].format == "csvack"
        payload = {"idempotency_key": "7001:r0:v1", "po_number": "7001", "lines": [
            {"line": 1, "item": "A", "status": "changed", "quantity": "4", "unit_price": None,
             "date": None, "ordered": {"quantity": "5", "uom": "EA", "unit_price": "10",
                                       "requested_date": "2026-12-01"}}]}  # fmt: skip
        ctx = RenderContext(datetime(2026, 12, 1, tzinfo=UTC), lambda scope: 1)
        doc = registry.get("csvack").render(payload, PartnerSettings(), ctx)
        assert doc.filename == "7001_r0_v1.ack.csv"
        assert doc.body.decode().splitlines()[1] == "7001,1,IQ,4,10,2026-12-01"
    finally:
        connectors.__path__.remove(str(extra))
        registry.formats.cache_clear()


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown connector format 'x13'; known: cxml, edifact"):
        registry.get("x13")
