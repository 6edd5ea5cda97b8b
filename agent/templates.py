"""Email templates: Jinja2 files rendered into (subject, text, html).

A template ``NAME`` is three files: ``NAME.subject.j2``, ``NAME.txt.j2`` and
(optional) ``NAME.html.j2``. They are looked up first in ``[templates] dir``
(so a user can override any one file) and then in the built-in templates: the
packaged copy ``agent/templates_default`` (a wheel; setup.py maps the repository's
top-level ``templates/`` there at build time), else the repository's ``templates/``
(an editable install or a checkout).
HTML is autoescaped; text and subject are not (they are never HTML). The
subject is folded to one line so no template or data can add a header.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

    from agent.config import Settings

_REPO_DIR = Path(__file__).resolve().parent.parent / "templates"
_PACKAGED_DIR = Path(__file__).resolve().parent / "templates_default"


def builtin_dir() -> Path:
    """Where the built-in templates are: the packaged copy first, else the checkout's."""
    for candidate in (_PACKAGED_DIR, _REPO_DIR):
        if (candidate / "request.subject.j2").is_file():
            return candidate
    raise FileNotFoundError(
        f"poagent's built-in templates are missing (looked in {_PACKAGED_DIR} and {_REPO_DIR}); "
        "the installation is incomplete: reinstall poagent"
    )


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None


@functools.lru_cache(maxsize=64)
def _babel_locale(locale: str | None) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse((locale or "en-US").replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_US")


@functools.lru_cache(maxsize=65536, typed=True)
def format_quantity(value: Decimal | int | None, locale: str | None = "en-US") -> str:
    """A quantity as the supplier writes numbers ("1,250.5" en-US, "1.250,5" de-DE)."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(Decimal(value), format="#,##0.######", locale=_babel_locale(locale))


@functools.lru_cache(maxsize=65536, typed=True)
def format_money(value: Decimal | int | None, locale: str | None = "en-US") -> str:
    """A unit price with at least two decimals and every significant digit kept."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(Decimal(value), format="#,##0.00####", locale=_babel_locale(locale))


@functools.lru_cache(maxsize=65536, typed=True)
def format_date(value: date | datetime | None, locale: str | None = "en-US") -> str:
    """A date in the supplier's own medium format ("Dec 15, 2026", "15.12.2026")."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date

    if isinstance(value, datetime):
        value = value.date()
    return babel_format_date(value, format="medium", locale=_babel_locale(locale))


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()
) -> str:
    """A plain-text table with aligned columns (``right`` = indexes of right-aligned columns)."""
    cells = [[str(h) for h in headers]] + [[_one_line(str(c)) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        parts = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(row)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(cells[0]), rule, *(fmt(r) for r in cells[1:])])


def po_label(number: Any) -> str:
    """ "PO 4500012345", but "PO-24001" stays as it is (never "PO PO-24001")."""
    text = str(number).strip()
    if re.match(r"(?i)^P\.?O\b|^PO(?=\d)", text):
        return text
    return f"PO {text}"


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


@functools.lru_cache(maxsize=8)
def _environment(override_dir: str) -> jinja2.Environment:
    import jinja2

    search = [d for d in (override_dir, str(builtin_dir())) if d]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        quantity=format_quantity,
        money=format_money,
        date=format_date,
        one_line=_one_line,
        po_label=po_label,
    )
    env.globals["text_table"] = text_table
    return env


def render(settings: Settings, name: str, context: Mapping[str, Any]) -> Rendered:
    """Render template ``name`` with ``context`` (plus ``company`` from the settings)."""
    import jinja2

    env = _environment(settings.templates.dir or "")
    ctx = {"company": settings.company, **context}
    subject = _one_line(env.get_template(f"{name}.subject.j2").render(ctx))
    text = env.get_template(f"{name}.txt.j2").render(ctx)
    try:
        html_template = env.get_template(f"{name}.html.j2")
    except jinja2.TemplateNotFound:
        html = None
    else:
        html = html_template.render(ctx)
    return Rendered(subject=subject, text=text, html=html)
