"""HTML mail bodies rendered to plain text for the reading rules.

Why not just ``get_text()``: suppliers answer in tables (one PO line per row),
so rows must stay rows with their cells tab-separated; quoted history must stay
recognisable (``<blockquote>`` lines are prefixed with ``"> "``); and text the
reader never sees (``display:none``) must not become "the supplier's words".

Outlook and OWA put the previous message in a ``div#divRplyFwdMsg`` or after a
``border-top`` separator div instead of a blockquote; the line where that
starts is reported as ``quote_start`` so the quote splitter can treat everything
from there on as quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "ul",
        "caption",
    }
)
_DROP_TAGS = frozenset(
    {"head", "style", "script", "title", "meta", "link", "noscript", "template", "object"}
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE
)
_BORDER_TOP = re.compile(r"border-top\s*:\s*solid", re.IGNORECASE)
_QUOTE_MARK = "\x00QUOTE_START\x00"
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]+")


@dataclass
class HtmlText:
    text: str
    # 0-based line index in ``text`` where the quoted previous message starts
    # (Outlook/OWA reply separator), or None when no such marker was found.
    quote_start: int | None = None


def _is_hidden(tag) -> bool:  # noqa: ANN001 - bs4 Tag
    attrs = getattr(tag, "attrs", None) or {}
    if "hidden" in attrs:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true" and tag.name in ("div", "span"):
        # aria-hidden alone is used for decorative icons; only drop when also styled away
        pass
    style = attrs.get("style")
    if isinstance(style, list):
        style = " ".join(style)
    return bool(style and _HIDDEN_STYLE.search(style))


def _is_reply_separator(tag) -> bool:  # noqa: ANN001 - bs4 Tag
    attrs = getattr(tag, "attrs", None) or {}
    ident = str(attrs.get("id", ""))
    if ident in ("divRplyFwdMsg", "appendonsend") or ident.startswith("divRplyFwdMsg"):
        return True
    if tag.name == "div":
        style = attrs.get("style")
        if isinstance(style, list):
            style = " ".join(style)
        if style and _BORDER_TOP.search(style) and "border:none" in style.replace(" ", "").lower():
            return True
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    return "moz-forward-container" in classes or "OutlookMessageHeader" in classes


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.quote_depth = 0
        self.quote_marked = False
        self.pre = 0
        # inside a cell: cells/rows nested by malformed markup are rendered on their own
        self.skip_table_parts = False

    def newline(self) -> None:
        text = "".join(self.current)
        self.current = []
        if self.pre:
            text = text.rstrip()
        else:
            text = _WS.sub(" ", text).strip()
        prefix = "> " * self.quote_depth
        self.lines.append((prefix + text).rstrip() if text else prefix.rstrip())

    def block_break(self) -> None:
        if "".join(self.current).strip():
            self.newline()

    def add(self, text: str) -> None:
        if self.pre:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline()
                self.current.append(part)
        else:
            self.current.append(text)

    def render(self, node) -> None:  # noqa: ANN001 - bs4 node
        from bs4 import Comment, NavigableString, Tag

        if isinstance(node, Comment):
            return
        if isinstance(node, NavigableString):
            if type(node) is not NavigableString and node.__class__.__name__ in (
                "Doctype",
                "Declaration",
                "ProcessingInstruction",
                "CData",
            ):
                return
            self.add(str(node))
            return
        if not isinstance(node, Tag):
            return
        name = (node.name or "").lower()
        if name in _DROP_TAGS or _is_hidden(node):
            return
        if self.skip_table_parts and name in ("td", "th", "tr"):
            return
        if not self.quote_marked and _is_reply_separator(node):
            self.block_break()
            self.lines.append(_QUOTE_MARK)
            self.quote_marked = True
        if name == "br":
            self.newline()
            return
        if name == "table":
            self.block_break()
            self._table(node)
            return
        if name == "blockquote":
            self.block_break()
            self.quote_depth += 1
            for child in node.children:
                self.render(child)
            self.block_break()
            self.quote_depth -= 1
            return
        if name == "hr":
            self.block_break()
            return
        if name == "img":
            alt = node.get("alt")
            if alt and isinstance(alt, str) and alt.strip():
                self.add(f"[{alt.strip()}]")
            return
        block = name in _BLOCK_TAGS
        if block:
            self.block_break()
            # paragraphs are separated by an empty line, like a plain text mail
            if (
                name in ("p", "h1", "h2", "h3", "h4", "h5", "h6")
                and self.lines
                and self.lines[-1].strip("> ").strip()
            ):
                self.lines.append(("> " * self.quote_depth).rstrip())
        if name == "li":
            self.add("- ")
        if name == "pre":
            self.pre += 1
        for child in node.children:
            self.render(child)
        if name == "pre":
            self.pre -= 1
        if block:
            self.block_break()
            if name == "p" and self.lines and self.lines[-1].strip("> ").strip():
                self.lines.append(("> " * self.quote_depth).rstrip())

    def _cell_text(self, cell) -> str:  # noqa: ANN001
        sub = _Renderer()
        sub.skip_table_parts = True
        for child in cell.children:
            sub.render(child)
        sub.block_break()
        parts = [ln.strip() for ln in sub.lines if ln.strip() and ln != _QUOTE_MARK]
        return " ".join(parts)

    def _table(self, table) -> None:  # noqa: ANN001
        for row in _rows(table):
            if _is_hidden(row):
                continue
            cells = [c for c in _cells(row) if not _is_hidden(c)]
            nested = any(c.find("table") is not None for c in cells)
            if nested or len(cells) <= 1:
                # layout table wrapping real content: render the content, not one long cell
                for cell in cells:
                    skip, self.skip_table_parts = self.skip_table_parts, True
                    for child in cell.children:
                        self.render(child)
                    self.skip_table_parts = skip
                    self.block_break()
                continue
            texts = [self._cell_text(c) for c in cells]
            if any(texts):
                self.current = ["\t".join(texts)]
                self.pre += 1  # keep the tabs
                self.newline()
                self.pre -= 1


# html.parser does not close an unclosed <td>/<tr> the way browsers do: the next
# cell ends up *inside* the previous one. Rows and cells are therefore collected
# by their nearest table/row ancestor rather than by direct children, and a
# cell's own text skips the cells and rows nested in it.


def _rows(table):  # noqa: ANN001, ANN202
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _cells(row):  # noqa: ANN001, ANN202
    return [c for c in row.find_all(["td", "th"]) if c.find_parent("tr") is row]


def html_to_text(html: str, max_chars: int = 2_000_000) -> HtmlText:
    """Render ``html`` to text: tables as tab-separated rows, blockquotes as ``"> "`` lines."""
    from bs4 import BeautifulSoup

    if len(html) > max_chars * 4:
        html = html[: max_chars * 4]
    soup = BeautifulSoup(html, "html.parser")
    renderer = _Renderer()
    root = soup.body or soup
    import sys

    old_limit = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(max(old_limit, 5000))
        renderer.render(root)
    except RecursionError:
        # absurdly deep markup: fall back to the flat text, still readable
        renderer.lines.append(_WS.sub(" ", soup.get_text(" ")).strip())
    finally:
        sys.setrecursionlimit(old_limit)
    renderer.block_break()

    lines: list[str] = []
    quote_start: int | None = None
    for line in renderer.lines:
        if line == _QUOTE_MARK:
            if quote_start is None:
                # drop empty lines just before the separator
                while lines and not lines[-1].strip():
                    lines.pop()
                lines.append("")
                quote_start = len(lines)
            continue
        if not line.strip() and lines and not lines[-1].strip():
            continue  # collapse runs of empty lines
        lines.append(line)
    while lines and not lines[0].strip():
        lines.pop(0)
        if quote_start is not None:
            quote_start = max(0, quote_start - 1)
    while lines and not lines[-1].strip():
        lines.pop()
    if quote_start is not None and quote_start >= len(lines):
        quote_start = None
    text = "\n".join(lines)
    if len(text) > max_chars:
        text = text[:max_chars]
    return HtmlText(text=text, quote_start=quote_start)
