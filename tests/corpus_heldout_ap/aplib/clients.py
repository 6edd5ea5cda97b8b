"""Header sets and Message-ID shapes of common mail clients (deterministic)."""
from __future__ import annotations

from .mime import hid, b64id


def uuid_like(*seed, upper=False):
    h = hid(*seed, n=32, upper=upper)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def msgid(client, seed, domain):
    if client == "outlook":
        host = "DB9PR0%sMB%s" % (int(hid(seed, "h", n=2), 16) % 9 + 1, int(hid(seed, "n", n=4), 16) % 9000 + 1000)
        return f"<{host}{hid(seed, n=28, upper=True)}@{host}.eurprd0{int(hid(seed, 'r', n=2), 16) % 8 + 1}.prod.outlook.com>"
    if client == "outlook-us":
        host = "BN7PR1%sMB%s" % (int(hid(seed, "h", n=2), 16) % 9, int(hid(seed, "n", n=4), 16) % 9000 + 1000)
        return f"<{host}{hid(seed, n=28, upper=True)}@{host}.namprd1{int(hid(seed, 'r', n=2), 16) % 9}.prod.outlook.com>"
    if client == "outlook-ap":
        host = "SG2PR0%sMB%s" % (int(hid(seed, "h", n=2), 16) % 9 + 1, int(hid(seed, "n", n=4), 16) % 9000 + 1000)
        return f"<{host}{hid(seed, n=28, upper=True)}@{host}.apcprd0{int(hid(seed, 'r', n=2), 16) % 6 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{b64id(seed, n=3)}+{b64id(seed, 'g', n=40)}@mail.gmail.com>".replace("=", "A")
    if client == "thunderbird":
        return f"<{uuid_like(seed)}@{domain}>"
    if client == "apple":
        return f"<{uuid_like(seed, upper=True)}@{domain}>"
    if client == "erp":
        return f"<{hid(seed, n=12)}.{int(hid(seed, 'p', n=4), 16)}.JavaMail.erp@{domain}>"
    return f"<{hid(seed, n=20)}@{domain}>"


def boundary(client, seed):
    if client.startswith("outlook"):
        return f"_000_{hid(seed, 'b', n=40, upper=True)}_"
    if client == "gmail":
        return "0000000000" + hid(seed, "b", n=18)
    if client == "thunderbird":
        return "------------" + hid(seed, "b", n=24).upper()[:24]
    if client == "apple":
        return f"Apple-Mail={uuid_like(seed, 'b', upper=True)}"
    return f"----=_Part_{int(hid(seed, 'b', n=6), 16)}_{int(hid(seed, 'c', n=8), 16)}.{int(hid(seed, 'd', n=10), 16)}"


def headers(client, frm, to, subject, date, mid, in_reply_to=None, references=None, cc=None,
            lang=None, extra=(), thread_topic=None, has_attach=False, reply_to=None):
    h = []
    from .mime import ew as _ew
    if "=?" not in subject:
        subject = _ew(subject)
    if thread_topic and "=?" not in thread_topic:
        thread_topic = _ew(thread_topic)
    if client.startswith("outlook"):
        h += [("From", frm), ("To", to)]
        if cc:
            h.append(("CC", cc))
        h += [("Subject", subject), ("Thread-Topic", thread_topic or (subject.split(":", 1)[-1].strip() if "=?" not in subject else subject)),
              ("Thread-Index", "AQH" + b64id(mid, "ti", n=29) + "=="), ("Date", date), ("Message-ID", mid)]
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        if references:
            h.append(("References", references))
        h += [("Accept-Language", f"{lang or 'en-US'}, en-US"), ("Content-Language", lang or "en-US"),
              ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
        h = [(k, v) for k, v in h if v != "" or k == "X-MS-TNEF-Correlator"]
    elif client == "gmail":
        h += [("MIME-Version", "1.0"), ("Date", date)]
        if references:
            h.append(("References", references))
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        h += [("Message-ID", mid), ("Subject", subject), ("From", frm), ("To", to)]
        if cc:
            h.append(("Cc", cc))
    elif client == "thunderbird":
        h += [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0"),
              ("User-Agent", "Mozilla Thunderbird"), ]
        if lang:
            h.append(("Content-Language", lang))
        h += [("To", to)]
        if cc:
            h.append(("Cc", cc))
        if references:
            h.append(("References", references))
        h += [("From", frm), ("Subject", subject)]
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
    elif client in ("apple", "iphone"):
        h += [("From", frm), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if client == "apple"
                                              else "1.0 (1.0)"),
              ("Subject", subject), ("Date", date)]
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        if cc:
            h.append(("Cc", cc))
        h += [("To", to)]
        if references:
            h.append(("References", references))
        h += [("Message-Id", mid),
              ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)" if client == "apple" else "iPhone Mail (22B91)")]
    else:
        h += [("Date", date), ("From", frm), ("To", to)]
        if cc:
            h.append(("Cc", cc))
        h += [("Subject", subject), ("Message-ID", mid)]
        if in_reply_to:
            h.append(("In-Reply-To", in_reply_to))
        if references:
            h.append(("References", references))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += list(extra)
    return h
