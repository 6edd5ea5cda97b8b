"""Assembles complete inbound messages (headers + MIME tree)."""
import hashlib

from .common import BUYER_DOMAIN
from . import mime


def _hex(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def received(from_host, ip, date, to_addr, by="mx1.larkspur-trading.example", proto="ESMTPS"):
    qid = _hex(from_host + date, 10).upper()
    return (f"from {from_host} ({from_host} [{ip}])\n\tby {by} (Postfix) with {proto} id 4Q{qid}\n"
            f"\tfor <{to_addr}>; {date}")


def build(frm, to, subject, date, msgid, root, in_reply_to=None, references=None, cc=None,
          extra=None, recv=None, mime_version="1.0", reply_to=None, pre=None):
    """frm/to/cc/subject must already be header-encoded (mime.addr / mime.hdr)."""
    hs = list(pre or [])
    if recv:
        hs.append(("Received", recv))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", subject))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", references or in_reply_to))
    elif references:
        hs.append(("References", references))
    hs += list(extra or [])
    return mime.message(hs, root, mime_version=mime_version)


def boundary(kind, seed):
    h = _hex(seed, 32)
    if kind == "outlook":
        return f"_000_{h[:24].upper()}_"
    if kind == "gmail":
        return f"000000000000{h[:16]}"
    if kind == "apple":
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if kind == "tb":
        return f"------------{h[:24]}"
    if kind == "mixed":
        return f"----=_NextPart_000_{h[:4].upper()}_01DB{h[4:8].upper()}.{h[8:16].upper()}"
    return f"=_{h}"


def thread_index(seed):
    import base64
    return base64.b64encode(hashlib.sha1(("ti" + seed).encode()).digest()[:22]).decode()
