"""Mail bodies as a small list of blocks, rendered to text/plain and text/html
in the manner of a given mail client."""
from __future__ import annotations

import html as _html
import unicodedata


class P:
    """A paragraph; newlines inside are line breaks."""

    def __init__(self, text, bold=False):
        self.text = text
        self.bold = bold


class T:
    """A table: rows of cells, the first row a header when header=True."""

    def __init__(self, rows, header=True, pipes=False, right=()):
        self.rows = [[str(c) for c in r] for r in rows]
        self.header = header
        self.pipes = pipes
        self.right = set(right)


class Q:
    """Quoted earlier message.

    style 'gt'      : header line ("On ... wrote:") and '> ' prefixed text
    style 'outlook' : separator, From/Sent/To/Subject lines, unprefixed text
    style 'fwd'     : '---------- Forwarded message ---------' block, unprefixed
    style 'dash'    : '-----Original Message-----' block, unprefixed
    """

    def __init__(self, header, blocks, style="gt"):
        self.header = header if isinstance(header, list) else [header]
        self.blocks = blocks
        self.style = style


class Raw:
    def __init__(self, plain, html):
        self.plain = plain
        self.html = html


class Sig:
    def __init__(self, text, dashes=False):
        self.text = text
        self.dashes = dashes


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s, n, right=False):
    gap = " " * max(0, n - _w(s))
    return gap + s if right else s + gap


def plain_table(t: T) -> str:
    ncol = max(len(r) for r in t.rows)
    rows = [r + [""] * (ncol - len(r)) for r in t.rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = [_pad(c, widths[i], i in t.right) for i, c in enumerate(r)]
        if t.pipes:
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append("  ".join(cells).rstrip())
        if k == 0 and t.header:
            if t.pipes:
                out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
            else:
                out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def render_plain(blocks) -> str:
    parts = []
    for b in blocks:
        if isinstance(b, str):
            b = P(b)
        if isinstance(b, P):
            parts.append(b.text)
        elif isinstance(b, T):
            parts.append(plain_table(b))
        elif isinstance(b, Raw):
            parts.append(b.plain)
        elif isinstance(b, Sig):
            parts.append(("-- \n" if b.dashes else "") + b.text)
        elif isinstance(b, Q):
            inner = render_plain(b.blocks)
            if b.style == "gt":
                q = "\n".join((">" if not ln else "> " + ln) if not ln.startswith(">") else ">" + ln
                              for ln in inner.split("\n"))
                parts.append("\n".join(b.header) + "\n" + q)
            elif b.style == "outlook":
                parts.append("________________________________\n" + "\n".join(b.header) + "\n\n" + inner)
            elif b.style == "dash":
                parts.append("-----Original Message-----\n" + "\n".join(b.header) + "\n\n" + inner)
            elif b.style == "fwd":
                parts.append("\n".join(b.header) + "\n\n" + inner)
            else:
                raise ValueError(b.style)
        else:
            raise TypeError(b)
    return "\n\n".join(parts) + "\n"


def esc(s):
    return _html.escape(s, quote=False)


def _lines_html(text):
    return "<br>\n".join(esc(x) for x in text.split("\n"))


def html_table(t: T, flavor) -> str:
    if flavor == "outlook":
        tab = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none">']
        for k, r in enumerate(t.rows):
            tab.append("<tr>")
            for i, c in enumerate(r):
                content = f"<b>{esc(c)}</b>" if (k == 0 and t.header) else esc(c)
                al = ' align="right" style="text-align:right"' if i in t.right and k else ""
                tab.append(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                           f'<p class="MsoNormal"{al}>{content}<o:p></o:p></p></td>')
            tab.append("</tr>")
        tab.append("</table>")
        return "\n".join(tab)
    tab = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for k, r in enumerate(t.rows):
        tag = "th" if (k == 0 and t.header) else "td"
        ra = ' align="right"'
        cells = "".join(
            f'<{tag}{ra if (i in t.right and k) else ""}>{esc(c)}</{tag}>' for i, c in enumerate(r))
        tab.append(f"<tr>{cells}</tr>")
    tab.append("</table>")
    return "\n".join(tab)


def _split_label(line):
    for sep in (": ", " : ", "："):
        if sep in line:
            a, b = line.split(sep, 1)
            return a + sep.rstrip(), b
    return None, line


def render_html_blocks(blocks, flavor) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            b = P(b)
        if isinstance(b, P):
            inner = _lines_html(b.text)
            if b.bold:
                inner = f"<b>{inner}</b>"
            if flavor == "outlook":
                out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif flavor == "gmail":
                out.append(f"<div>{inner}</div><div><br></div>")
            else:
                out.append(f"<div>{inner}</div>\n<div><br></div>")
        elif isinstance(b, T):
            out.append(html_table(b, flavor))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Sig):
            if flavor == "gmail":
                out.append(f'<div><div dir="ltr" class="gmail_signature">{_lines_html(b.text)}</div></div>')
            elif flavor == "thunderbird":
                out.append(f'<div class="moz-signature">-- <br>\n{_lines_html(b.text)}</div>')
            elif flavor == "outlook":
                out.append(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">'
                           f'{_lines_html(b.text)}</span><o:p></o:p></p>')
            else:
                out.append(f'<div style="font-size:small;color:#555">{_lines_html(b.text)}</div>')
        elif isinstance(b, Q):
            inner = render_html_blocks(b.blocks, flavor if flavor != "outlook" else "outlook")
            if b.style in ("outlook", "dash") or flavor == "outlook":
                hdr = []
                for ln in b.header:
                    lab, val = _split_label(ln)
                    hdr.append(f"<b>{esc(lab)}</b> {esc(val)}" if lab else esc(val))
                if flavor == "outlook":
                    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                               f'<p class="MsoNormal">{"<br>".join(hdr)}<o:p></o:p></p></div>\n'
                               f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{inner}')
                else:
                    out.append('<hr style="display:inline-block;width:98%" tabindex="-1">'
                               f'<div id="divRplyFwdMsg" dir="ltr">{"<br>".join(hdr)}</div>\n<div>{inner}</div>')
            elif flavor == "gmail":
                out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                           f'{_lines_html(chr(10).join(b.header))}<br></div>'
                           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
            elif flavor == "thunderbird":
                out.append(f'<div class="moz-cite-prefix">{_lines_html(chr(10).join(b.header))}<br></div>\n'
                           f'<blockquote type="cite">{inner}</blockquote>')
            else:
                out.append(f'<div>{_lines_html(chr(10).join(b.header))}<br></div>\n'
                           f'<blockquote type="cite" style="margin:0 0 0 5px;border-left:2px solid #1010ff;'
                           f'padding-left:5px">{inner}</blockquote>')
        else:
            raise TypeError(b)
    return "\n".join(out)


def render_html(blocks, flavor="generic", lang=None, rtl=False, charset="utf-8") -> str:
    body = render_html_blocks(blocks, flavor)
    dir_attr = ' dir="rtl"' if rtl else ""
    if flavor == "outlook":
        lang_attr = f' lang="{lang}"' if lang else ""
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                f'<body{lang_attr} link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{dir_attr}>\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if flavor == "gmail":
        return f'<div dir="{"rtl" if rtl else "ltr"}">{body}</div>\n'
    if flavor == "apple":
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"{dir_attr}>'
                f"\n{body}\n</body></html>")
    if flavor == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n'
                f'    <meta http-equiv="Content-Type" content="text/html; charset={charset}">\n  </head>\n'
                f'  <body{dir_attr}>\n{body}\n  </body>\n</html>\n')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
            f'<body{dir_attr}>\n{body}\n</body></html>\n')
