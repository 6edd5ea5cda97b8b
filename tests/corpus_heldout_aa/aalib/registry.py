"""Case registry: each case function returns (pos, eml_bytes, expected)."""
from __future__ import annotations

CASES: dict[int, tuple] = {}


def case(num: int, slug: str, kind_locale: str, hard: str):
    def deco(fn):
        assert num not in CASES, num
        CASES[num] = (slug, kind_locale, hard, fn)
        return fn
    return deco


def hdrs(frm, to, subject, date, msgid, irt=None, refs=None, cc=None, extra=(), subj_charset="utf-8",
         subj_enc="B"):
    from .mime import ew
    from .model import rfc_date
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", ew(subject, subj_charset, subj_enc)))
    hs.append(("Date", date if isinstance(date, str) else rfc_date(date)))
    hs.append(("Message-ID", msgid))
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", refs))
    hs.extend(extra)
    return hs
