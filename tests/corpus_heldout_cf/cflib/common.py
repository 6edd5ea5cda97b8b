"""Registry, PO/expectation helpers and the reply builder shared by all cases."""
import datetime as dt
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime
from .mime import addr, enc_word, h8, text, attachment, multipart, Part

REG = []  # (slug, "kind/locale", "what makes it hard", builder)

BUYER_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrel-supply.example"),
    "jonas": ("Jonas Weber", "jonas.weber@kestrel-supply.example"),
    "marta": ("Marta Kowalczyk", "marta.kowalczyk@kestrel-supply.example"),
    "priya": ("Priya Natarajan", "priya.natarajan@kestrel-supply.example"),
    "tom": ("Tom Haverkamp", "tom.haverkamp@kestrel-supply.example"),
}


def case(slug, kl, hard):
    def deco(fn):
        REG.append((slug, kl, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def wd(s, name):
    """assert weekday of ISO date s is name (Mon..Sun); return s"""
    assert D(s).strftime("%a") == name, (s, name, D(s).strftime("%a"))
    return s


def kw_fri(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


def mdate(y, m, d, hh, mm, ss, tz):
    """RFC 5322 date; tz like '+0100' or '-0530'"""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(off))
    return format_datetime(t)


# ---------------------------------------------------------------- POs
def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, sup, cur, issued, lines, buyer="dana", rid=None, incoterm="DAP Venlo (NL), Incoterms 2020"):
    bn, be = BUYERS[buyer]
    p = {"po_number": num, "supplier": sup, "buyer": {"name": bn, "email": be}, "currency": cur,
         "issued": issued}
    if rid is not False:
        p["request_message_id"] = rid or "<req-%s.%s@%s>" % (num.lower().replace("/", "-"), issued.replace("-", ""), BUYER_DOMAIN)
    p["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": pr,
                   "requested_date": rd} for i, (it, de, q, u, pr, rd) in enumerate(lines, 1)]
    p["_incoterm"] = incoterm
    return p


def clean(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


# ---------------------------------------------------------------- expectations
A, R, U = "A", "R", "U"


def C(q, p, d, sched=None):
    return ("C", q, p, d, sched)


def conf(entries, notes):
    out = []
    for p, spec in entries:
        lines = {}
        assert set(spec) == {ln["line"] for ln in p["lines"]}, p["po_number"]
        for ln in p["lines"]:
            s = spec[ln["line"]]
            if s == A:
                lines[str(ln["line"])] = {"status": "accepted", "quantity": ln["quantity"],
                                          "unit_price": ln["unit_price"], "date": ln["requested_date"]}
            elif s == R:
                lines[str(ln["line"])] = {"status": "rejected"}
            elif s == U:
                lines[str(ln["line"])] = {"status": "unconfirmed"}
            else:
                _, q, pr, d, sch = s
                D(d)
                Decimal(pr)
                same = q == ln["quantity"] and Decimal(pr) == Decimal(ln["unit_price"]) and d == ln["requested_date"]
                assert not (same and not sch), ("changed equals PO", p["po_number"], ln["line"])
                lab = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
                if sch:
                    assert sum(x for x, _ in sch) == q and max(y for _, y in sch) == d
                    lab["schedule"] = [{"quantity": x, "date": y} for x, y in sch]
                lines[str(ln["line"])] = lab
        out.append({"po_number": p["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": out, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


# ---------------------------------------------------------------- the buyer's request
def fmt_price(s):
    return "{:,.2f}".format(Decimal(s)) if Decimal(s) == Decimal(s).quantize(Decimal("0.01")) else "{:,}".format(Decimal(s))


def req_subject(p):
    return "Purchase order %s - request for order confirmation" % p["po_number"]


def request_text(p, contact="Sir or Madam"):
    bn = p["buyer"]["name"]
    rows = [("Pos", "Item", "Description", "Qty", "UoM", "Unit price", "Req. date")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], "{:,}".format(ln["quantity"]), ln["uom"],
                     fmt_price(ln["unit_price"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    tbl = []
    for r in rows:
        tbl.append("  ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3]),
                              r[4].ljust(w[4]), r[5].rjust(w[5]), r[6]]).rstrip())
    iss = D(p["issued"])
    return "\n".join([
        "Dear %s," % contact, "",
        "please find below our purchase order %s of %s %s %d." % (p["po_number"], iss.day, iss.strftime("%B"), iss.year),
        "Kindly confirm quantities, unit prices and delivery dates by return e-mail.", "",
        "Currency: %s    Delivery terms: %s" % (p["currency"], p["_incoterm"]),
        "Ship to: Kestrel Supply Group B.V., Celsiusweg 14, 5928 PR Venlo, Netherlands", "",
        *tbl, "",
        "Please quote our PO number on all documents.", "",
        "Kind regards",
        bn,
        "Purchasing | Kestrel Supply Group B.V.",
        "Celsiusweg 14, 5928 PR Venlo, NL | +31 77 320 4410",
    ])


def request_html(p, contact="Sir or Madam"):
    e = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td></tr>"
        % (ln["line"], e(ln["item"]), e(ln["description"]), "{:,}".format(ln["quantity"]), ln["uom"],
           fmt_price(ln["unit_price"]), ln["requested_date"]) for ln in p["lines"])
    iss = D(p["issued"])
    return ("<p>Dear %s,</p><p>please find below our purchase order %s of %s %s %d.<br>Kindly confirm quantities, unit prices "
            "and delivery dates by return e-mail.</p><p>Currency: %s &nbsp; Delivery terms: %s<br>Ship to: Kestrel Supply Group B.V., "
            "Celsiusweg 14, 5928 PR Venlo, Netherlands</p>\n<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n"
            "<tr><th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Req. date</th></tr>\n"
            "%s\n</table>\n<p>Please quote our PO number on all documents.</p><p>Kind regards<br>%s<br>Purchasing | Kestrel Supply "
            "Group B.V.<br>Celsiusweg 14, 5928 PR Venlo, NL | +31 77 320 4410</p>"
            % (e(contact), e(p["po_number"]), iss.day, iss.strftime("%B"), iss.year, p["currency"], e(p["_incoterm"]),
               rows.replace("</tr><tr>", "</tr>\n<tr>"), e(p["buyer"]["name"])))


def req_date_hdr(p, hh=10, mm=12):
    y, m, d = map(int, p["issued"].split("-"))
    return mdate(y, m, d, hh, mm, 31, "+0100")


def request_message(p, contact="Sir or Madam", date=None, plain=False):
    """The buyer's original request as a full RFC 5322 message (bytes)."""
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    b = "=_kst_%s" % h8("req", p["po_number"], n=20)
    if plain:
        body = text(request_text(p, contact) + "\n", cs="us-ascii", cte="7bit")
    else:
        body = multipart("alternative", [text(request_text(p, contact), cte="quoted-printable"),
                                         text("<html><body>%s</body></html>" % request_html(p, contact), "html",
                                              cte="quoted-printable")], b)
    hdr = [("From", addr(bn, be)), ("To", addr(p["supplier"]["name"], p["supplier"]["email"])),
           ("Subject", req_subject(p)), ("Date", date or req_date_hdr(p)),
           ("Message-ID", p["request_message_id"]), ("MIME-Version", "1.0")]
    return b"".join([body.render(hdr)])


# ---------------------------------------------------------------- quoting
QL = {  # outlook header labels, gmail attribution
    "en": ("From", "Sent", "To", "Subject", "On {d}, {n} <{e}> wrote:"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Am {d} schrieb {n} <{e}>:"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0", "Le {d}, {n} <{e}> a \u00e9crit\u00a0:"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "Op {d} schreef {n} <{e}>:"),
    "es": ("De", "Enviado el", "Para", "Asunto", "El {d}, {n} (<{e}>) escribi\u00f3:"),
    "it": ("Da", "Inviato", "A", "Oggetto", "Il giorno {d} {n} <{e}> ha scritto:"),
    "pt": ("De", "Enviada", "Para", "Assunto", "Em {d}, {n} <{e}> escreveu:"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat", "W dniu {d} {n} <{e}> napisa\u0142(a):"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne", "Den {d} skrev {n} <{e}>:"),
    "da": ("Fra", "Sendt", "Til", "Emne", "Den {d} skrev {n} <{e}>:"),
    "nb": ("Fra", "Sendt", "Til", "Emne", "{d} skrev {n} <{e}>:"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Aihe", "{n} <{e}> kirjoitti {d}:"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt", "Dne {d} {n} <{e}> napsal(a):"),
    "sk": ("Od", "Odoslan\u00e9", "Komu", "Predmet", "D\u0148a {d} {n} <{e}> nap\u00edsal(a):"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy", "{n} <{e}> ezt \u00edrta ({d}):"),
}


def sent_str(p, lang):
    t = D(p["issued"])
    if lang == "en":
        return "%s, %d %s %d 10:12" % (t.strftime("%A"), t.day, t.strftime("%B"), t.year)
    return "%02d.%02d.%d 10:12" % (t.day, t.month, t.year)


def quote_outlook(p, lang="en", contact="Sir or Madam"):
    f, s, to, sub, _ = QL.get(lang, QL["en"])
    bn, be = p["buyer"]["name"], p["buyer"]["email"]
    head = "\n".join(["________________________________",
                      "%s: %s <%s>" % (f, bn, be), "%s: %s" % (s, sent_str(p, lang)),
                      "%s: %s <%s>" % (to, p["supplier"]["name"], p["supplier"]["email"]),
                      "%s: %s" % (sub, req_subject(p))])
    e = _html.escape
    hh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>%s:</b> %s &lt;%s&gt;<br>"
          "<b>%s:</b> %s<br><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s</p></div>\n"
          % (e(f), e(bn), be, e(s), sent_str(p, lang), e(to), e(p["supplier"]["name"]), p["supplier"]["email"], e(sub),
             e(req_subject(p))))
    return head + "\n\n" + request_text(p, contact), hh + request_html(p, contact)


def attribution(p, lang="en"):
    t = D(p["issued"])
    fmt = QL.get(lang, QL["en"])[4]
    if lang == "en":
        d = "%s, %d %s %d at 10:12" % (t.strftime("%a"), t.day, t.strftime("%b"), t.year)
    else:
        d = "%02d.%02d.%d 10:12" % (t.day, t.month, t.year)
    return fmt.format(d=d, n=p["buyer"]["name"], e=p["buyer"]["email"])


def quote_gmail(p, lang="en", contact="Sir or Madam"):
    a = attribution(p, lang)
    q = "\n".join(("> " + l) if l else ">" for l in request_text(p, contact).split("\n"))
    hq = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s</div>"
          "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
          "padding-left:1ex\">%s</blockquote></div>" % (_html.escape(a), request_html(p, contact)))
    return a + "\n" + q, hq


def body_html(s):
    e = _html.escape
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<p>%s</p>" % "<br>\n".join(e(x) for x in para.split("\n")) for para in paras)


# ---------------------------------------------------------------- client headers
def client_headers(client, slug, domain, lang, has_att):
    mid_hash = h8(slug, "mid", n=24).upper()
    if client == "outlook":
        return ("<%s@%s.prod.outlook.com>" % (("DB9PR0%sMB%s" % (mid_hash[0], mid_hash[1:20])), "EURP195"),
                [("Thread-Topic", None), ("Thread-Index", "AQH" + h8(slug, "ti", n=28)),
                 ("Accept-Language", lang), ("Content-Language", lang),
                 ("X-MS-Has-Attach", "yes" if has_att else ""), ("X-MS-TNEF-Correlator", "")],
                "_000_%s_" % mid_hash[:20])
    if client == "gmail":
        return ("<CA+%s@mail.gmail.com>" % h8(slug, "g", n=40), [], "000000000000%s" % h8(slug, "b", n=16))
    if client == "apple":
        return ("<%s-%s@%s>" % (h8(slug, "a", n=8).upper(), h8(slug, "a2", n=12).upper(), domain),
                [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")], "Apple-Mail=_%s" % h8(slug, "ab", n=32).upper())
    if client == "iphone":
        return ("<%s@%s>" % (h8(slug, "i", n=32).upper(), domain), [("X-Mailer", "iPhone Mail (22B91)")],
                "Apple-Mail-%s" % h8(slug, "ib", n=24).upper())
    if client == "thunderbird":
        return ("<%s-%s@%s>" % (h8(slug, "t", n=8), h8(slug, "t2", n=12), domain),
                [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)],
                "------------%s" % h8(slug, "tb", n=24).upper())
    if client == "android":
        return ("<%s.%s@%s>" % (h8(slug, "x", n=16), "email.android.com", domain),
                [("X-Mailer", "Outlook for Android")], "--_com.android.email_%s" % h8(slug, "xb", n=14))
    if client == "erp":
        return ("<%s.ERP@%s>" % (h8(slug, "e", n=20).upper(), domain), [("X-Mailer", "SAP NetWeaver 7.50")],
                "=_%s" % h8(slug, "eb", n=24))
    if client == "webmail":
        return ("<%s@%s>" % (h8(slug, "w", n=28), domain), [("User-Agent", "Roundcube Webmail/1.6.9")],
                "=_%s" % h8(slug, "wb", n=32))
    if client == "ticket":
        return ("<%s_%s@%s>" % (h8(slug, "k", n=10).upper(), h8(slug, "k2", n=12), "mail." + domain),
                [("X-Mailer", "Zendesk Mailer")], "--==_mimepart_%s" % h8(slug, "kb", n=20))
    if client == "bulk":
        return ("<%s.%s@mail%s.%s>" % (h8(slug, "m", n=24), h8(slug, "m2", n=8), h8(slug, "m3", n=2), domain),
                [("X-Mailer", "Mailchimp Mailer - **CID%s**" % h8(slug, "cid", n=20)), ("Precedence", "bulk")],
                "_----------=_MCPart_%s" % h8(slug, "mb", n=10))
    raise ValueError(client)


def reply(slug, p, *, date, body, frm=None, client="outlook", cs="utf-8", cte="quoted-printable", html="auto",
          quote="outlook", ql="en", prefix="RE:", subject=None, attachments=(), to=None, cc=None, lang=None,
          thread=True, extra_headers=(), contact="Sir or Madam", html_body=None, hdr_cs=None, flowed=False,
          extra_refs=()):
    """Build a supplier reply. body: supplier's own text (incl. signature). Returns bytes."""
    sup = p["supplier"]
    domain = sup["email"].split("@", 1)[1]
    lang = lang or sup["locale"]
    hdr_cs = hdr_cs or ("utf-8" if cs in ("us-ascii",) else cs)
    if hdr_cs.lower() == "iso-2022-jp":
        hdr_cs = "iso-2022-jp"
    fname, femail = frm or (sup["name"], sup["email"])
    mid, extra_c, bnd = client_headers(client, slug, domain, lang, bool(attachments))
    # compose text and html
    if quote == "outlook":
        qt, qh = quote_outlook(p, ql, contact)
        full = body.rstrip("\n") + "\n\n" + qt
        hb = (html_body or body_html(body)) + "\n" + qh
    elif quote == "gmail":
        qt, qh = quote_gmail(p, ql, contact)
        full = body.rstrip("\n") + "\n\n" + qt
        hb = (html_body or body_html(body)) + "\n<br>" + qh
    elif quote == "above":
        qt, qh = quote_gmail(p, ql, contact)
        full = qt + "\n\n" + body.rstrip("\n")
        hb = qh + "\n" + (html_body or body_html(body))
    else:
        full = body
        hb = html_body or body_html(body)
    full = full.rstrip("\n") + "\n"
    htmldoc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
               "<body>\n%s\n</body></html>\n" % (cs, hb))
    if html == "auto":
        core = multipart("alternative", [text(full, cs=cs, cte=cte, flowed=flowed), text(htmldoc, "html", cs=cs, cte=cte)],
                         bnd + "alt")
    elif html == "only":
        core = text(htmldoc, "html", cs=cs, cte=cte)
    else:
        core = text(full, cs=cs, cte=cte, flowed=flowed)
    if attachments:
        core = multipart("mixed", [core] + list(attachments), bnd + "mix")
    subj = subject if subject is not None else "%s %s" % (prefix, req_subject(p))
    tname, temail = to or (p["buyer"]["name"], p["buyer"]["email"])
    hdr = [("From", addr(fname, femail, hdr_cs)), ("To", addr(tname, temail, hdr_cs))]
    if cc:
        hdr.append(("Cc", ", ".join(addr(n, e, hdr_cs) for n, e in cc)))
    hdr.append(("Subject", enc_word(subj, hdr_cs)))
    for k, v in extra_c:
        if k == "Thread-Topic":
            v = enc_word(req_subject(p), hdr_cs)
        hdr.append((k, v))
    hdr += [("Date", date), ("Message-ID", mid)]
    if thread and "request_message_id" in p:
        refs = " ".join(list(extra_refs) + [p["request_message_id"]])
        hdr += [("In-Reply-To", p["request_message_id"]), ("References", refs)]
    hdr += list(extra_headers)
    hdr.append(("MIME-Version", "1.0"))
    return core.render(hdr)


def pdf_att(data, name):
    return attachment(data, "application/pdf", name)


def xlsx_att(data, name):
    return attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


def csv_att(s, name, cs="utf-8"):
    return Part([("Content-Type", 'text/csv; charset="%s"; name="%s"' % (cs, name)),
                 ("Content-Disposition", 'attachment; filename="%s"' % name),
                 ("Content-Transfer-Encoding", "base64")], mime._encode(s.encode(cs), "base64"))


def inline_quote(p, answers, lang="en", contact="Sir or Madam"):
    """Quoted request with the supplier's answers interleaved under the table rows (answers: line -> text)."""
    out = [attribution(p, lang)]
    for l in request_text(p, contact).split("\n"):
        out.append(("> " + l) if l else ">")
        for ln in p["lines"]:
            if ln["item"] in l and l.startswith(str(ln["line"]) + " ") and ln["line"] in answers:
                out.append("")
                out.extend(answers[ln["line"]].split("\n"))
                out.append("")
    return "\n".join(out)


def auto_reply(slug, p, *, date, body, subject, frm=None, client="outlook", cs="utf-8", cte="quoted-printable",
               html="auto", extra_headers=(), thread=True, lang=None):
    hdr = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + list(extra_headers)
    return reply(slug, p, date=date, body=body, frm=frm, client=client, cs=cs, cte=cte, html=html, quote="none",
                 subject=subject, extra_headers=hdr, thread=thread, lang=lang)


def report_bounce(slug, p, *, date, frm, subject, human, dsn, msgid, orig_date, orig_contact="Sir or Madam",
                  human_html=None, to=None, extra_headers=(), orig_headers_only=False):
    """multipart/report; report-type=delivery-status with human part(s), delivery-status and the original."""
    b = "%s/%s" % (h8(slug, "dsn", n=12).upper(), "mx1.kestrel-supply.example")
    if human_html:
        hp = multipart("alternative", [text(human, cte="quoted-printable"), text(human_html, "html", cte="quoted-printable")],
                       "alt-" + h8(slug, "alt", n=20))
    else:
        hp = text(human, cs="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")])
    ds = mime.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                       dsn.encode("ascii"))
    orig = request_message(p, orig_contact, orig_date)
    op = mime.raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)
    core = multipart("report", [hp, ds, op], b, '; report-type=delivery-status',
                     preamble="This is a MIME-encapsulated message.")
    tn, te = to or (p["buyer"]["name"], p["buyer"]["email"])
    hdr = [("From", frm), ("To", addr(tn, te)), ("Subject", subject), ("Date", date), ("Message-ID", msgid),
           ("Auto-Submitted", "auto-replied")] + list(extra_headers) + [("MIME-Version", "1.0")]
    return core.render(hdr)
