"""Dates, quoting, the HTML alternative and <<placeholders>>, as the corpus generators use them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# Weekday and month names per language, for dates written the way a supplier would.
DAY_NAMES = {
    "en": WEEKDAYS,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MONTH_NAMES = {
    "en": MONTHS,
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}


def when(s: str) -> dt.datetime:
    """'2026-11-03 09:14:05 +0100' (seconds optional) -> aware datetime."""
    time = s.split(" ")[1]
    return dt.datetime.strptime(
        s, "%Y-%m-%d %H:%M:%S %z" if time.count(":") == 2 else "%Y-%m-%d %H:%M %z"
    )


def rfc_date(t: dt.datetime) -> str:
    """An RFC 5322 Date header value: 'Tue, 3 Nov 2026 09:14:05 +0100' (English names)."""
    return (
        f"{WEEKDAYS[t.weekday()][:3]}, {t.day} {MONTHS[t.month - 1][:3]} {t.year} {t:%H:%M:%S %z}"
    )


def quote_lines(text: str, mark: str = ">") -> str:
    """Each line of ``text`` quoted as ``"> line"``; an empty line becomes the bare mark."""
    return "\n".join(f"{mark} {ln}" if ln else mark for ln in text.split("\n"))


def prefix_lines(text: str, mark: str = "> ") -> str:
    """Each line with ``mark`` glued in front, trailing blanks trimmed, and a final newline."""
    return "\n".join((mark + ln).rstrip() for ln in text.splitlines()) + "\n"


def to_html(
    text: str, quote_from: int | None = None, quote_style: str = "blockquote", cite: bool = True
) -> str:
    """The HTML alternative a client sends with a plain reply: one ``<div>`` per line.

    '>'-prefixed runs become blockquotes (``type="cite"`` unless ``cite`` is false). With
    ``quote_from`` (a line index) and ``quote_style="outlook"`` the quoted part gets the
    usual Outlook top border.
    """
    out = []
    in_bq = False
    cite_attr = ' type="cite"' if cite else ""
    blockquote = (
        f"<blockquote{cite_attr} "
        'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    )
    for i, ln in enumerate(text.split("\n")):
        if quote_from is not None and i == quote_from and quote_style == "outlook":
            out.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            )
        is_q = ln.startswith(">")
        if is_q and not in_bq:
            out.append(blockquote)
            in_bq = True
        if not is_q and in_bq:
            out.append("</blockquote>")
            in_bq = False
        content = ln[1:].lstrip(" ") if is_q else ln
        out.append(f"<div>{html.escape(content) or '<br>'}</div>")
    if in_bq:
        out.append("</blockquote>")
    if quote_from is not None and quote_style == "outlook":
        out.append("</div>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + "\n".join(out)
        + "\n</body></html>\n"
    )


def br_html(text: str) -> str:
    """A minimal HTML body: the text escaped, lines joined with ``<br>``, Calibri 11pt."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "<br>\n".join(esc.splitlines())
    return f'<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">{body}</div></body></html>'


def fill(template: str, values: Mapping[str, str] | Callable[[str], str]) -> str:
    """``template`` with every ``<<name>>`` replaced by its value; an unknown name fails.

    ``values`` maps names to texts, or is a function from a name to its text.
    """
    import re

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if callable(values):
            return values(name)
        if name not in values:
            raise KeyError(f"no value for <<{name}>> (known: {', '.join(sorted(values))})")
        return values[name]

    return re.sub(r"<<([^<>]+)>>", one, template)
