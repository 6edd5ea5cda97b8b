"""HTML mail bodies rendered to plain text for the reading rules.

Why not just ``get_text()``: suppliers answer in tables (one PO line per row),
so rows must stay rows with their cells tab-separated; quoted history must stay
recognisable (``<blockquote>`` lines are prefixed with ``"> "``); and text the
reader never sees (``display:none``) must not become "the supplier's words".

Outlook and OWA put the previous message in a ``div#divRplyFwdMsg`` or after a
``border-top`` separator div instead of a blockquote; the line where that
starts is reported as ``quote_start`` so the quote splitter can treat everything
from there on as quoted.

Parsing is bounded and linear: a small tokenizer of our own (``_tokenize``;
the stdlib ``html.parser`` is quadratic on unclosed tags) feeds a tree builder that closes an open cell or row when the next
one starts (as browsers do), nests at most ``MAX_HTML_DEPTH`` elements deep and
reads at most ``MAX_HTML_TAGS`` tags. Markup past either limit is still read as
text, and ``HtmlText.truncated`` names the limit so the mail goes to review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.reading.limits import MAX_HTML_DEPTH, MAX_HTML_TAGS, MAX_SHEET_COLS
from agent.reading.startup_cache import compile_re

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
_HIDDEN_STYLE = compile_re(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE
)
_BORDER_TOP = compile_re(r"border-top\s*:\s*solid", re.IGNORECASE)
_QUOTE_MARK = "\x00QUOTE_START\x00"
_WS = compile_re(r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]+")


@dataclass
class HtmlText:
    text: str
    # 0-based line index in ``text`` where the quoted previous message starts
    # (Outlook/OWA reply separator), or None when no such marker was found.
    quote_start: int | None = None
    # 0-based line indexes of lines written mostly in a highlight colour (red,
    # blue …) after ``quote_start``: where Outlook users type "answers in red"
    # into the quoted request. Only candidates: the quote splitter decides.
    colored_lines: list[int] = field(default_factory=list)
    # colour family ("red", "blue", "green", "other") of each of those lines
    line_colors: dict[int, str] = field(default_factory=dict)
    # which reading limit cut the markup short, when one did (a review reason)
    truncated: str | None = None


_COLOR_STYLE = compile_re(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)
_NAMED_COLORS = {
    "red": (255, 0, 0),
    "darkred": (139, 0, 0),
    "blue": (0, 0, 255),
    "green": (0, 128, 0),
    "purple": (128, 0, 128),
    "orange": (255, 165, 0),
    "magenta": (255, 0, 255),
    "fuchsia": (255, 0, 255),
    "crimson": (220, 20, 60),
    "firebrick": (178, 34, 34),
}
_COLORED_MARK = "\x01"
# a column our request left for the supplier: its header says the supplier's answer
# ("Bestätigung Lieferant", "Confirmación proveedor", "Your confirmation")
_ANSWER_WORD = re.compile(
    r"confirm|bestätig|conferm|potwierdz|potvrz|bevestig|bekræft|bekreft|bekräft|vahvist"
    r"|visszaigaz|answer|antwort|réponse|respuesta|risposta|resposta|reply|odpowied|odpověď",
    re.IGNORECASE,
)
_SUPPLIER_WORD = re.compile(
    r"\b(?:supplier|vendor|lieferant\w*|fournisseur|proveedor|fornitore|fornecedor|dostawc\w*"
    r"|dodavatel\w*|dodávateľ\w*|leverancier|leverandør|leverantör|toimittaja\w*|szállító"
    r"|furnizor\w*|dobavitelj\w*|dobavljač\w*|your|ihre|votre|su|vostra|sua)\b",
    re.IGNORECASE,
)


def _answer_column(header: str) -> bool:
    return bool(_ANSWER_WORD.search(header) and _SUPPLIER_WORD.search(header))


def _rgb(value: str) -> tuple[int, int, int] | None:
    value = value.strip().lower().replace("!important", "").strip()
    if value in _NAMED_COLORS:
        return _NAMED_COLORS[value]
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if m:
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    m = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+).*\)", value)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def _family(rgb: tuple[int, int, int]) -> str:
    import colorsys

    hue = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))[0] * 360
    if hue < 50 or hue >= 330:
        return "red"  # red, crimson, dark red, orange
    if 70 <= hue < 170:
        return "green"
    if 180 <= hue < 260:
        return "blue"
    return "other"


def _highlight_color(tag: _Node) -> str | None:
    """A colour family for saturated colours (red, blue …); "" for black/grey/navy;
    None when the tag sets no colour."""
    attrs = getattr(tag, "attrs", None) or {}
    value = None
    style = attrs.get("style")
    if isinstance(style, list):
        style = " ".join(style)
    if style:
        m = _COLOR_STYLE.search(style)
        if m:
            value = m.group(1)
    if value is None and tag.name == "font" and isinstance(attrs.get("color"), str):
        value = attrs["color"]
    if value is None:
        return None
    rgb = _rgb(value)
    if rgb is None:
        return ""
    # dark navy / grey text (Outlook's #1F497D reply blue, windowtext) is not a highlight
    return _family(rgb) if max(rgb) - min(rgb) >= 128 else ""


def _is_hidden(tag: _Node) -> bool:
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


_MARGIN_ZERO = compile_re(r"margin(?:-bottom)?\s*:\s*0(?:in|cm|pt|px)?\s*(?:;|$)", re.IGNORECASE)


def _tight_paragraph(tag: _Node) -> bool:
    attrs = getattr(tag, "attrs", None) or {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = classes.split()
    if any(c.lower().startswith("mso") for c in classes):
        return True
    style = attrs.get("style")
    if isinstance(style, list):
        style = " ".join(style)
    return bool(style and _MARGIN_ZERO.search(style))


def _is_reply_separator(tag: _Node) -> bool:
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
        # highlight colour family in force ("" = plain), from enclosing tags
        self.colors: list[str] = []
        self.color_seen: dict[str, int] = {}
        self.colored_chars = 0
        self.plain_chars = 0
        # inside a cell: cells/rows nested by malformed markup are rendered on their own
        self.skip_table_parts = False
        # reading limits met while rendering (shared with the renderers of cells)
        self.notes: list[str] = []

    def newline(self) -> None:
        text = "".join(self.current)
        self.current = []
        colored = (
            self.quote_marked
            and self.colored_chars > 0
            and (self.colored_chars >= 2 * self.plain_chars)
        )
        family = max(self.color_seen, key=self.color_seen.get) if colored else ""
        self.colored_chars = self.plain_chars = 0
        self.color_seen = {}
        if self.pre:
            text = text.rstrip()
        else:
            text = _WS.sub(" ", text).strip()
        prefix = "> " * self.quote_depth
        line = (prefix + text).rstrip() if text else prefix.rstrip()
        self.lines.append(
            f"{_COLORED_MARK}{family}{_COLORED_MARK}{line}" if colored and line.strip() else line
        )

    def block_break(self) -> None:
        if "".join(self.current).strip():
            self.newline()

    def add(self, text: str) -> None:
        n = len(text.strip())
        if self.colors and self.colors[-1]:
            self.colored_chars += n
            family = self.colors[-1]
            self.color_seen[family] = self.color_seen.get(family, 0) + n
        else:
            self.plain_chars += n
        if self.pre:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.newline()
                self.current.append(part)
        else:
            self.current.append(text)

    def render(self, node: _Node | str) -> None:
        if isinstance(node, str):
            self.add(node)
            return
        name = (node.name or "").lower()
        if name in _DROP_TAGS or _is_hidden(node):
            return
        if self.skip_table_parts and name in ("td", "th", "tr"):
            return
        color = _highlight_color(node)
        if color is not None:
            self.colors.append(color)
            try:
                self._render_tag(node, name)
            finally:
                self.colors.pop()
            return
        self._render_tag(node, name)

    def _render_tag(self, node: _Node, name: str) -> None:
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
            # (not Word/Outlook's margin-less "MsoNormal" lines, which mark blank
            # lines with an explicit &nbsp; paragraph)
            if (
                name in ("p", "h1", "h2", "h3", "h4", "h5", "h6")
                and not _tight_paragraph(node)
                and self.lines
                and self.lines[-1].strip("> ").strip()
            ):
                self.lines.append(("> " * self.quote_depth).rstrip())
        if name == "li":
            self.add("- ")
        if name == "pre":
            self.pre += 1
        emitted = len(self.lines)
        for child in node.children:
            self.render(child)
        if name == "pre":
            self.pre -= 1
        if block:
            empty = len(self.lines) == emitted and not "".join(self.current).strip()
            self.block_break()
            if (
                name == "p"
                and (not _tight_paragraph(node) or empty)
                and self.lines
                and self.lines[-1].strip("> ").strip()
            ):
                # a normal paragraph ends with an empty line; a tight one only when
                # it is itself the blank line (<p class=MsoNormal>&nbsp;</p>)
                self.lines.append(("> " * self.quote_depth).rstrip())

    def _cell_text(self, cell: _Node) -> str:
        sub = _Renderer()
        sub.notes = self.notes
        sub.skip_table_parts = True
        for child in cell.children:
            sub.render(child)
        sub.block_break()
        parts = [ln.strip() for ln in sub.lines if ln.strip() and ln != _QUOTE_MARK]
        return " ".join(parts)

    def _table(self, table: _Node) -> None:
        # a quoted table of ours with a column for the supplier's answer ("Bestätigung
        # Lieferant", "Confirmación proveedor"): what the supplier typed there is theirs
        answer_col: int | None = None
        first = True
        for row in _rows(table):
            if _is_hidden(row):
                continue
            cells = [c for c in _cells(row) if not _is_hidden(c)]
            if len(cells) > MAX_SHEET_COLS:
                cells = cells[:MAX_SHEET_COLS]
                note = f"an HTML table row has more than {MAX_SHEET_COLS} cells; the rest were not read"
                if note not in self.notes:
                    self.notes.append(note)
            nested = any(c.has_table for c in cells)
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
            answer = ""
            if first and len(texts) >= 3:
                answer_col = next((i for i, t in enumerate(texts) if _answer_column(t)), None)
                if answer_col is not None:
                    texts = texts[:answer_col] + texts[answer_col + 1 :]
            elif answer_col is not None and answer_col < len(texts):
                answer = texts[answer_col]
                texts = texts[:answer_col] + texts[answer_col + 1 :]
            first = first and not any(texts)
            if any(texts):
                self.current = ["\t".join(texts)]
                self.pre += 1  # keep the tabs
                self.newline()
                self.pre -= 1
            if answer.strip():
                self._answer_line(answer.strip())

    def _answer_line(self, answer: str) -> None:
        """The supplier's answer typed into our quoted table, as a line of its own under the
        row: outside a blockquote's marks, or marked as typed into a quote below a separator."""
        if self.quote_depth > 0:
            self.lines.append(answer)
        else:
            self.lines.append(f"{_COLORED_MARK}answer{_COLORED_MARK}{answer}")


# The builder closes an open cell when the next cell or row starts, and an open
# row when the next row starts, so rows are the table's own rows and cells the
# row's own cells. Rows inside <thead>/<tbody>/<tfoot> are found below those.


def _rows(table: _Node) -> list[_Node]:
    out: list[_Node] = []
    for child in table.children:
        if isinstance(child, str):
            continue
        if child.name == "tr":
            out.append(child)
        elif child.name in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child.children if not isinstance(c, str) and c.name == "tr")
    return out


def _cells(row: _Node) -> list[_Node]:
    return [c for c in row.children if not isinstance(c, str) and c.name in ("td", "th")]


# ------------------------------------------------------------------- the tree

_VOID = frozenset(
    {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "spacer",
        "track",
        "wbr",
    }
)


class _Node:
    """An element: the few parts of a DOM node the renderer reads."""

    __slots__ = ("name", "attrs", "children", "has_table")

    def __init__(self, name: str, attrs: dict[str, str]) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.has_table = False  # a <table> somewhere below: set by the builder

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.attrs.get(key, default)

    def text(self) -> str:
        parts: list[str] = []
        stack: list[_Node | str] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif node.name not in _DROP_TAGS:
                stack.extend(reversed(node.children))
        return " ".join(parts)


class _Builder:
    """Tokens (from ``_tokenize``) into a tree of ``_Node``, with depth and tag limits."""

    def __init__(self) -> None:
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]
        self.ignored: dict[str, int] = {}
        self.too_deep = False
        self.pending: list[str] = []

    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        if tag in ("td", "th", "tr"):
            self._close_open_cell(tag)
        if tag not in _VOID and len(self.stack) > MAX_HTML_DEPTH:
            # nested past the limit: the element's text still counts, its structure not
            self.too_deep = True
            self.ignored[tag] = self.ignored.get(tag, 0) + 1
            return
        values: dict[str, str] = {}
        for key, value in attrs:
            values.setdefault(key, "" if value is None else value)
        node = _Node(tag, values)
        self.stack[-1].children.append(node)
        if tag == "table":
            for open_node in self.stack:
                open_node.has_table = True
        if tag not in _VOID:
            self.stack.append(node)

    def _close_open_cell(self, tag: str) -> None:
        stops = ("tr", "table") if tag != "tr" else ("table",)
        closes = ("td", "th") if tag != "tr" else ("tr",)
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].name
            if name in stops:
                return
            if name in closes:
                del self.stack[i:]
                return

    def end(self, tag: str) -> None:
        self.flush()
        if self.ignored.get(tag):
            self.ignored[tag] -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].name == tag:
                del self.stack[i:]
                return

    def data(self, text: str) -> None:
        # pieces are joined when the next tag comes: appending to one growing string
        # would copy it each time ("</" 50,000 times is 50,000 one-character pieces)
        self.pending.append(text)

    def flush(self) -> None:
        if self.pending:
            self.stack[-1].children.append("".join(self.pending))
            self.pending = []

    def feed(self, html: str) -> _Node:
        _tokenize(html, self)
        self.flush()
        return self.root


# ---------------------------------------------------------------- tokenizer
#
# Not html.parser: in CPython 3.11 it rescans the rest of the input for every
# unclosed construct ("<a" 50,000 times takes half a minute). Here every "<" is
# looked at once and the scan always moves past the ">" it found, so the work is
# linear in the input. Markup is read the forgiving way browsers do; a quoted
# attribute value holding ">" ends the tag early (its rest shows as text).

_TAG_NAME = compile_re(r"[A-Za-z][^\s/>\x00]*")
_ATTR = compile_re(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_RAW_TEXT = {
    name: compile_re(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("script", "style", "title", "textarea", "xmp")
}
_MAX_ATTR_CHARS = 10_000


def _attrs(src: str) -> list[tuple[str, str | None]]:
    import html as html_lib

    out: list[tuple[str, str | None]] = []
    if not src or src.isspace():
        return out
    for m in _ATTR.finditer(src[:_MAX_ATTR_CHARS]):
        value = next((v for v in m.groups()[1:] if v is not None), None)
        out.append((m.group(1).lower(), None if value is None else html_lib.unescape(value)))
    return out


def _tokenize(html: str, builder: _Builder) -> None:
    import html as html_lib

    pos, n = 0, len(html)
    while pos < n:
        lt = html.find("<", pos)
        if lt == -1:
            builder.data(html_lib.unescape(html[pos:]))
            return
        if lt > pos:
            builder.data(html_lib.unescape(html[pos:lt]))
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            pos = n if end == -1 else end + 3  # an unclosed comment hides the rest, as in browsers
            continue
        nxt = html[lt + 1 : lt + 2]
        if nxt in ("!", "?"):  # doctype, CDATA, processing instruction
            end = html.find(">", lt + 2)
            pos = n if end == -1 else end + 1
            continue
        closing = nxt == "/"
        m = _TAG_NAME.match(html, lt + 2 if closing else lt + 1)
        if m is None:
            builder.data("<")
            pos = lt + 1
            continue
        end = html.find(">", m.end())
        if end == -1:
            builder.data(html_lib.unescape(html[lt:]))
            return
        name = m.group(0).lower()
        pos = end + 1
        if closing:
            builder.end(name)
            continue
        src = html[m.end() : end]
        builder.start(name, _attrs(src))
        if src.rstrip().endswith("/") and name not in _VOID:
            builder.end(name)
            continue
        raw_end = _RAW_TEXT.get(name)
        if raw_end is not None:
            close = raw_end.search(html, pos)
            text = html[pos : close.start() if close else n]
            builder.data(text if name in ("script", "style") else html_lib.unescape(text))
            builder.end(name)
            pos = close.end() if close else n


def _cut_tags(html: str, max_tags: int) -> tuple[str, bool]:
    """``html`` up to its ``max_tags``-th tag, and whether it was cut."""
    if html.count("<") <= max_tags:
        return html, False
    pos = -1
    for _ in range(max_tags):
        pos = html.find("<", pos + 1)
    return html[:pos], True


def _find(node: _Node, name: str) -> _Node | None:
    stack: list[_Node | str] = list(reversed(node.children))
    while stack:
        cur = stack.pop()
        if isinstance(cur, str):
            continue
        if cur.name == name:
            return cur
        stack.extend(reversed(cur.children))
    return None


def html_to_text(html: str, max_chars: int = 2_000_000) -> HtmlText:
    """Render ``html`` to text: tables as tab-separated rows, blockquotes as ``"> "`` lines."""
    limits: list[str] = []
    if len(html) > max_chars * 4:
        html = html[: max_chars * 4]
        limits.append(f"HTML body longer than {max_chars * 4} characters; only the start was read")
    html, cut = _cut_tags(html, MAX_HTML_TAGS)
    if cut:
        limits.append(f"HTML body has more than {MAX_HTML_TAGS} tags; only the start was read")
    builder = _Builder()
    tree = builder.feed(html)
    if builder.too_deep:
        limits.append(
            f"HTML elements nested deeper than {MAX_HTML_DEPTH} levels; the deeper markup was read as plain text"
        )
    renderer = _Renderer()
    root = _find(tree, "body") or tree
    try:
        renderer.render(root)
    except RecursionError:
        # the depth limit keeps this out of reach; a flat reading is the safe answer
        renderer.lines.append(_WS.sub(" ", tree.text()).strip())
    renderer.block_break()
    limits += renderer.notes

    lines: list[str] = []
    colored: list[str] = []
    quote_start: int | None = None
    for line in renderer.lines:
        is_colored = ""
        if line.startswith(_COLORED_MARK):
            is_colored, line = line[1:].split(_COLORED_MARK, 1)
        if line == _QUOTE_MARK:
            if quote_start is None:
                # drop empty lines just before the separator
                while lines and not lines[-1].strip():
                    lines.pop()
                    colored.pop()
                lines.append("")
                colored.append("")
                quote_start = len(lines)
            continue
        if not line.strip() and lines and not lines[-1].strip():
            continue  # collapse runs of empty lines
        lines.append(line)
        colored.append(is_colored)
    while lines and not lines[0].strip():
        lines.pop(0)
        colored.pop(0)
        if quote_start is not None:
            quote_start = max(0, quote_start - 1)
    while lines and not lines[-1].strip():
        lines.pop()
        colored.pop()
    if quote_start is not None and quote_start >= len(lines):
        quote_start = None
    text = "\n".join(lines)
    if len(text) > max_chars:
        text = text[:max_chars]
        limits.append(f"HTML text longer than {max_chars} characters; only the start was read")
    # an answer typed into our quoted table stands wherever the quote turns out to start;
    marked = {
        i: c
        for i, c in enumerate(colored)
        # with no separator in the markup, the text's own quote detection decides where
        # the quote starts, and only marked lines inside it are promoted
        if c and (c == "answer" or quote_start is None or i >= quote_start)
    }
    return HtmlText(
        text=text,
        quote_start=quote_start,
        colored_lines=sorted(marked),
        line_colors=marked,
        truncated="; ".join(limits) or None,
    )
