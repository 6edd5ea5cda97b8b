"""Mail-client flavoured message assemblers (Outlook, Gmail, Apple Mail, Thunderbird, ERP)."""
from __future__ import annotations

import base64
import hashlib

from . import common as c
from . import mime
from .mime import Part, Multi, Raw


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()


def outlook_boundary(seed, kind=0):
    h = HX(seed, 24)
    return f"_00{kind}_DB9PR0{h[0]}MB{h[1:5]}{h[5:21]}DB9PR0{h[0]}MB{h[1:5]}eurp_"


def gmail_boundary(seed, k=0):
    return "0000000000" + hx(seed + str(k), 18)


def apple_boundary(seed):
    h = HX(seed, 32)
    return f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tb_boundary(seed):
    return "------------" + HX(seed, 24)[:24].replace("A", "0").replace("E", "7")


def base_headers(frm, to, subject, date, msgid, in_reply_to=None, references=None, cc=None, extra=None,
                 order="outlook"):
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if references:
        hs.append(("References", references))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    for k, v in (extra or []):
        hs.append((k, v))
    return hs


def attach_parts(attachments):
    """attachments: list of (filename, mime type, bytes)."""
    parts = []
    for fn, ct, data in attachments:
        parts.append(Part(ct, data, cte="base64", filename=fn))
    return parts


def wrap_mixed(alt_or_body, attachments, boundary):
    if not attachments:
        return alt_or_body
    return Multi("mixed", [alt_or_body] + attach_parts(attachments), boundary)


# ----------------------------------------------------------------- Outlook

def outlook(*, frm, to, subject, date, msgid, body, quoted_hdr, quoted_text, quoted_html=None,
            html_body=None, cc=None, in_reply_to=None, references=None, charset="utf-8",
            cte="quoted-printable", attachments=None, seed="x", lang="en-US", extra=None,
            html_only=False, inline_images=None):
    """Outlook for Windows: multipart/alternative text + html (no '>' quoting in text)."""
    text = body.rstrip("\n") + "\n\n" + quoted_hdr + "\n\n" + quoted_text
    if html_body is None:
        html_body = mime.html_paras(body.rstrip("\n"))
    if quoted_html is None:
        quoted_html = mime.html_paras(quoted_text)
    html = c.outlook_html(html_body, quoted_hdr, quoted_html, lang_attr=lang.upper())
    if charset != "utf-8":
        html = html.replace('charset=utf-8', f'charset={charset}')
    hp = Part("text/html", html, charset=charset, cte=cte)
    if html_only:
        alt = hp
    else:
        alt = Multi("alternative", [Part("text/plain", text, charset=charset, cte=cte), hp],
                    outlook_boundary(seed, 1 if not attachments and not inline_images else 2))
    if inline_images:
        rel_parts = [alt] + [Part(ct, data, cte="base64", filename=fn, cid=cid, disposition="inline")
                             for fn, ct, data, cid in inline_images]
        alt = Multi("related", rel_parts, outlook_boundary(seed, 3), params=[("type", "multipart/alternative")])
    root = wrap_mixed(alt, attachments or [], outlook_boundary(seed, 0))
    ex = [("Thread-Topic", subject.split(": ", 1)[-1] if all(ord(ch) < 128 for ch in subject) else None),
          ("Thread-Index", thread_index(seed)),
          ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attachments or inline_images else None),
          ("X-MS-TNEF-Correlator", "")] + (extra or [])
    ex = [(k, v) for k, v in ex if v is not None and v != ""]
    hs = base_headers(frm, to, subject, date, msgid, in_reply_to, references, cc, ex)
    return mime.message(hs, root)


# ----------------------------------------------------------------- Gmail

def gmail(*, frm, to, subject, date, msgid, body, attrib, quoted_text, cc=None, in_reply_to=None,
          references=None, charset="UTF-8", cte="quoted-printable", attachments=None, seed="x",
          html_body=None, extra=None, quoted_html=None):
    text = body.rstrip("\n") + "\n\n" + attrib + "\n\n" + mime.quote(quoted_text.rstrip("\n")) + "\n"
    if html_body is None:
        html_body = mime.html_simple(body.rstrip("\n"))
    qh = quoted_html if quoted_html is not None else mime.html_simple(quoted_text.rstrip("\n"))
    html = (f'<div dir="ltr">{html_body}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{mime.esc(attrib)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>\n')
    alt = Multi("alternative", [Part("text/plain", text, charset=charset, cte=cte),
                                Part("text/html", html, charset=charset, cte=cte)], gmail_boundary(seed, 1))
    root = wrap_mixed(alt, attachments or [], gmail_boundary(seed, 0))
    hs = base_headers(frm, to, subject, date, msgid, in_reply_to, references, cc, extra)
    # Gmail puts MIME-Version first
    return mime.message([("MIME-Version", "1.0")] + hs, root)


# ----------------------------------------------------------------- plain text clients

def plain(*, frm, to, subject, date, msgid, text, cc=None, in_reply_to=None, references=None,
          charset="utf-8", cte="8bit", attachments=None, seed="x", extra=None, flowed=False,
          user_agent=None):
    body = Part("text/plain", text, charset=charset, cte=cte, fmt_flowed=flowed)
    root = wrap_mixed(body, attachments or [], tb_boundary(seed))
    ex = list(extra or [])
    if user_agent:
        ex = [("User-Agent", user_agent)] + ex
    hs = base_headers(frm, to, subject, date, msgid, in_reply_to, references, cc, ex)
    return mime.message(hs, root)


def apple(*, frm, to, subject, date, msgid, text, html, cc=None, in_reply_to=None, references=None,
          charset="utf-8", cte="quoted-printable", attachments=None, seed="x", extra=None,
          mailer="Apple Mail (2.3826.300.87.4.3)"):
    alt = Multi("alternative", [Part("text/plain", text, charset=charset, cte=cte),
                                Part("text/html", html, charset=charset, cte=cte)], apple_boundary(seed + "a"))
    root = wrap_mixed(alt, attachments or [], apple_boundary(seed))
    ex = [("X-Mailer", mailer)] + list(extra or [])
    hs = [("Content-Transfer-Encoding", None)]
    hs = base_headers(frm, to, subject, date, msgid, in_reply_to, references, cc, ex)
    return mime.message(hs, root)


def html_only(*, frm, to, subject, date, msgid, html, cc=None, in_reply_to=None, references=None,
              charset="utf-8", cte="quoted-printable", attachments=None, seed="x", extra=None):
    hp = Part("text/html", html, charset=charset, cte=cte)
    root = wrap_mixed(hp, attachments or [], tb_boundary(seed))
    hs = base_headers(frm, to, subject, date, msgid, in_reply_to, references, cc, extra)
    return mime.message(hs, root)
