"""Size limits for reading inbound mail, so a hostile or broken message cannot exhaust memory."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadingLimits:
    max_message_bytes: int = 50 * 1024 * 1024
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_mime_parts: int = 500
    max_mime_depth: int = 50
    max_text_chars: int = 2_000_000
