"""`poagent extract --pos POS.json [--config TOML] MESSAGE.eml ...`: read supplier replies offline.

Prints one JSON object per message, in order (JSON Lines), with ``"file"``
first. A message that cannot be read gives a ``needs_review`` line with the
reason and never stops the others. Exit status 0 unless the arguments are bad
(2: missing or invalid POS.json or configuration).
"""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="read supplier replies (.eml) against open POs and print what they commit to",
        description=(
            "Classify each message, match it to the open POs in POS.json and print, as one JSON "
            "object per line, what the supplier committed to per PO line. Works offline."
        ),
    )
    parser.add_argument(
        "--pos",
        required=True,
        metavar="POS.json",
        help="open purchase orders (corpus pos.json format)",
    )
    parser.add_argument(
        "--config",
        metavar="TOML",
        default=None,
        help="optional configuration: own addresses, LLM fallback",
    )
    parser.add_argument(
        "messages", nargs="+", metavar="MESSAGE.eml", help="raw RFC 5322 message files"
    )
    parser.set_defaults(func=run, settings_required=False)


def _fallback_from(settings: Any) -> Any:
    try:
        from agent.llm import make_fallback
    except ImportError:
        return None
    try:
        return make_fallback(settings)
    except Exception as exc:  # a broken LLM setup must not stop the rules
        print(f"poagent extract: LLM fallback disabled: {exc}", file=sys.stderr)
        return None


def run(ctx: CommandContext) -> int:
    import json

    from agent.reading.pos_json import POFileError, load_pos

    args = ctx.args
    try:
        open_pos = load_pos(args.pos)
    except POFileError as exc:
        print(f"poagent extract: --pos: {exc}", file=sys.stderr)
        return 2

    own: list[str] = []
    limits = None
    fallback = None
    if args.config:
        if ctx.settings_error is not None:
            print(f"poagent extract: --config: {ctx.settings_error}", file=sys.stderr)
            return 2
        settings = ctx.settings
        company = settings.company
        own = [a for a in [company.from_address, company.reply_to, *company.own_addresses] if a]
        limits = settings.reading.limits()
        fallback = _fallback_from(settings)

    from agent.reading.pipeline import read_message

    out = sys.stdout
    for path in args.messages:
        record: dict[str, Any] = {"file": path}
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            record.update(
                {
                    "kind": "needs_review",
                    "method": "rules",
                    "confidence": 0.0,
                    "review_reasons": [f"cannot read {path}: {exc.strerror or exc}"],
                }
            )
        else:
            try:
                result = read_message(
                    raw, open_pos, own_addresses=own, limits=limits, fallback=fallback
                )
                record.update(result.to_json())
            except Exception as exc:  # one bad message never stops the others
                record.update(
                    {
                        "kind": "needs_review",
                        "method": "rules",
                        "confidence": 0.0,
                        "review_reasons": [
                            f"the message could not be read: {type(exc).__name__}: {exc}"
                        ],
                    }
                )
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return 0
