#!/usr/bin/env python3
"""Write the blind corpus: realistic supplier replies, labeled by ../../shared/corpus/FORMAT.md.

Written without looking at the other corpora, as a held-out author would: typical
answers from many industries, mail clients and languages. The cases are data, in
cases.yaml next to this file (its header says what each field means); this script
builds each mail and writes pos.json, message.eml and expected.json. Deterministic: the
same files on every run (fixed Message-IDs, dates and MIME boundaries; XLSX written by
hand with fixed zip timestamps); tests/test_corpus_generators.py checks it.

    python3 tests/corpus_blind/make_blind.py [OUTPUT-DIR]
"""

from __future__ import annotations

import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root, for tests.mailkit
from tests.mailkit.cases import load_yaml, output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.mime import set_boundaries, zip_files  # noqa: E402
from tests.mailkit.text import br_html, fill, prefix_lines  # noqa: E402

BUYER = {"name": "Dana Ruiz", "email": "dana.ruiz@kestrel-mfg.example"}
COMPANY = "Kestrel Manufacturing"
REQ_DATE = "Mon, 9 Nov 2026 10:02:17 +0000"

CASES: list[dict] = []


# ------------------------------------------------------------------ building blocks


def po(
    number: str,
    supplier: dict,
    lines: list[tuple],
    currency: str = "USD",
    issued: str = "2026-11-09",
    request: bool = True,
) -> dict:
    out = {
        "po_number": number,
        "supplier": supplier,
        "buyer": BUYER,
        "currency": currency,
        "issued": issued,
        "lines": [
            {
                "line": i,
                "item": it,
                "description": d,
                "quantity": q,
                "uom": u,
                "unit_price": p,
                "requested_date": rd,
            }
            for i, (it, d, q, u, p, rd) in enumerate(lines, 1)
        ],
    }
    if request:
        out["request_message_id"] = f"<po-{number}.1@kestrel-mfg.example>"
    return out


def request_text(p: dict) -> str:
    """The acknowledgment request we sent (what a supplier quotes back)."""
    rows = "\n".join(
        f"Line {ln['line']}  {ln['item']}  {ln['description']}  {ln['quantity']} {ln['uom']}"
        f"  {ln['unit_price']} {p['currency']}  need by {ln['requested_date']}"
        for ln in p["lines"]
    )
    return (
        f"Hello {p['supplier']['name']},\n\n"
        f"Please confirm our purchase order {p['po_number']} line by line (quantity, unit\n"
        f"price, delivery date). Reply to this email; changes per line are fine.\n\n"
        f"{rows}\n\nKind regards\n{BUYER['name']}\nPurchasing, {COMPANY}\n"
    )


def subj(p: dict) -> str:
    return f"PO {p['po_number']} - please confirm"


def quote(style: str, p: dict) -> str:
    """Our request as each mail client quotes it below the answer."""
    t, who, addr = request_text(p), BUYER["name"], BUYER["email"]
    s, to = subj(p), p["supplier"]["email"]
    if style == "outlook":
        return (
            f"\n\n________________________________\nFrom: {who} <{addr}>\n"
            f"Sent: Monday, November 9, 2026 10:02 AM\nTo: {to}\nSubject: {s}\n\n{t}"
        )
    if style == "outlook_old":
        return (
            f"\n\n-----Original Message-----\nFrom: {who} [mailto:{addr}]\n"
            f"Sent: Monday, November 09, 2026 10:02 AM\nTo: {to}\nSubject: {s}\n\n{t}"
        )
    if style == "outlook_de":
        return (
            f"\n\nVon: {who} <{addr}>\nGesendet: Montag, 9. November 2026 10:02\n"
            f"An: {to}\nBetreff: {s}\n\n{t}"
        )
    if style == "outlook_mac":
        return (
            f"\n\nFrom: {who} <{addr}>\nDate: Monday, November 9, 2026 at 10:02 AM\n"
            f"To: {to}\nSubject: {s}\n\n{t}"
        )
    if style == "gmail":
        return f"\n\nOn Mon, Nov 9, 2026 at 10:02 AM {who} <{addr}> wrote:\n\n" + prefix_lines(t)
    if style == "gmail_fr":
        return f"\n\nLe lun. 9 nov. 2026 à 10:02, {who} <{addr}> a écrit :\n\n" + prefix_lines(t)
    if style == "gmail_es":
        return f"\n\nEl lun, 9 nov 2026 a las 10:02, {who} (<{addr}>) escribió:\n\n" + prefix_lines(
            t
        )
    if style == "gmail_it":
        return (
            f"\n\nIl giorno lun 9 nov 2026 alle ore 10:02 {who} <{addr}> ha scritto:\n\n"
            + prefix_lines(t)
        )
    if style == "gmail_nl":
        return f"\n\nOp ma 9 nov 2026 om 10:02 schreef {who} <{addr}>:\n\n" + prefix_lines(t)
    if style == "apple":
        return f"\n\n> On 9 Nov 2026, at 10:02, {who} <{addr}> wrote:\n> \n" + prefix_lines(t)
    if style == "apple_fr":
        return f"\n\n> Le 9 nov. 2026 à 10:02, {who} <{addr}> a écrit :\n> \n" + prefix_lines(t)
    if style == "thunderbird":
        return f"\n\nOn 11/9/2026 10:02 AM, {who} wrote:\n" + prefix_lines(t)
    if style == "lotus":
        return (
            f"\n\n\n\nFrom:\t{who} <{addr}>\nTo:\t{to}\nDate:\t09.11.2026 11:02\n"
            f"Subject:\t{s}\n\n\n\n{t}"
        )
    if style == "zimbra":
        return (
            f'\n\n----- Original Message -----\nFrom: "{who}" <{addr}>\nTo: {to}\n'
            f"Sent: Monday, November 9, 2026 10:02:17 AM\nSubject: {s}\n\n" + prefix_lines(t)
        )
    if style == "yahoo":
        return (
            f"\n\n\n    On Monday, November 9, 2026 at 05:02:17 AM EST, {who} <{addr}> wrote:  \n\n"
            + prefix_lines(t, "    ")
        )
    if style == "foxmail":
        return (
            f'\n\n\n------------------ Original ------------------\nFrom:  "{who}"<{addr}>;\n'
            f'Date:  Mon, Nov 9, 2026 06:02 PM\nTo:  "{to}"<{to}>;\n\nSubject:  {s}\n\n{t}'
        )
    if style == "zoho":
        return f"\n\n\n---- On Mon, 09 Nov 2026 10:02:17 +0000 {who} <{addr}> wrote ----\n\n" + t
    raise ValueError(style)


def build(c: dict, n: int) -> bytes:
    if c["raw"] is not None:
        return c["raw"]
    m = EmailMessage()
    m["From"] = formataddr(c["frm"])
    m["To"] = c["to"] or formataddr((BUYER["name"], BUYER["email"]))
    m["Subject"] = c["subject"]
    m["Date"] = c["date"]
    m["Message-ID"] = f"<blind{n:03d}.{c['slug'][:12]}@{c['frm'][1].split('@')[1]}>"
    if c["reply_to_po"] is not None:
        mid = c["reply_to_po"]["request_message_id"]
        m["In-Reply-To"] = mid
        m["References"] = mid
    for k, v in c["headers"].items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if c["text"] is not None:
        m.set_content(c["text"])
        if c["alt_html"]:
            m.add_alternative(br_html(c["text"]), subtype="html")
    elif c["html"] is not None:
        m.set_content(c["html"], subtype="html")
    for name, ctype, data in c["attachments"]:
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    set_boundaries(m, lambda i: f"----=_Part_{n:03d}_{i}_blind")
    return m.as_bytes(policy=SMTP)


def xlsx(rows: list[list]) -> bytes:
    """A minimal, valid XLSX (inline strings, numbers as numbers), fixed timestamps."""

    def cell(r: int, c: int, v) -> str:
        ref = f"{chr(65 + c)}{r}"
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        sv = str(v).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{sv}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1)
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="AB" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{sheet_rows}</sheetData></worksheet>",
    }
    return zip_files(files.items(), (2026, 11, 12, 9, 0, 0))


def _bounce(p: dict, flavour: str) -> bytes:
    """A delivery status notification for our request to the supplier."""
    orig = EmailMessage()
    orig["From"] = formataddr((BUYER["name"], BUYER["email"]))
    orig["To"] = p["supplier"]["email"]
    orig["Subject"] = subj(p)
    orig["Date"] = REQ_DATE
    orig["Message-ID"] = p["request_message_id"]
    orig.set_content(request_text(p))
    m = EmailMessage()
    rcpt = p["supplier"]["email"]
    if flavour == "postfix":
        m["From"] = "Mail Delivery System <MAILER-DAEMON@mx1.kestrel-mfg.example>"
        m["Subject"] = "Undelivered Mail Returned to Sender"
        m["Date"] = "Mon, 9 Nov 2026 10:02:19 +0000"
        m["Message-ID"] = "<20261109100219.4F1A2C0042@mx1.kestrel-mfg.example>"
        status, diag = (
            "5.1.1",
            f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        )
        human = (
            "This is the mail system at host mx1.kestrel-mfg.example.\n\nI'm sorry to have to inform you "
            "that your message could not\nbe delivered to one or more recipients.\n\n"
            f"<{rcpt}>: host mx.{rcpt.split('@')[1]} said: 550 5.1.1 <{rcpt}>:\n    Recipient address "
            "rejected: User unknown (in reply to RCPT TO command)\n"
        )
        action = "failed"
    else:
        m["From"] = "Microsoft Outlook <postmaster@kestrel-mfg.example>"
        m["Subject"] = "Undeliverable: " + subj(p)
        m["Date"] = "Mon, 9 Nov 2026 10:02:31 +0000"
        m["Message-ID"] = "<a1b2c3d4-ndr@EX01.kestrel-mfg.example>"
        status, diag = (
            "5.2.2",
            "smtp; 552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        )
        human = (
            f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]}'s mailbox is full.\n\n"
            "Action Required: Try again later, or contact the recipient by some other means.\n\n"
            "Diagnostic information for administrators:\nGenerating server: EX01.kestrel-mfg.example\n"
            f"{rcpt}\nRemote Server returned '552 5.2.2 mailbox full'\n"
        )
        action = "failed"
    b = f"----=_DSN_{p['po_number']}"
    head = "".join(f"{k}: {v}\r\n" for k, v in m.items())
    dsn_text = (
        f"Reporting-MTA: dns; mx1.kestrel-mfg.example\nArrival-Date: {REQ_DATE}\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\n"
        f"Status: {status}\nDiagnostic-Code: {diag}\n"
    )
    text = (
        head + f"To: {formataddr((BUYER['name'], BUYER['email']))}\nAuto-Submitted: auto-replied\n"
        f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
        f' boundary="{b}"\n\nThis is a MIME-encapsulated message.\n\n'
        f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{human}\n"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{dsn_text}\n"
        f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        + orig.as_string(policy=SMTP).replace("\r\n", "\n")
        + f"\n--{b}--\n"
    )
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def write() -> None:
    out = output_dir(HERE)
    remove_cases(out)
    for n, c in enumerate(CASES, 1):
        assert c["slug"].startswith(f"{n:03d}-"), c["slug"]
        write_case(out / c["slug"], c["pos"], c["expected"], build(c, n))
    print(f"wrote {len(CASES)} cases under {out}")


# ------------------------------------------------------------------ the cases (cases.yaml)


def load(path: Path) -> None:
    """Read the cases from ``path`` into CASES, each as ``build`` takes it."""
    data = load_yaml(path)
    suppliers = data["suppliers"]
    for entry in data["cases"]:
        CASES.append(case_of(entry, suppliers))


def case_of(entry: dict, suppliers: dict[str, dict]) -> dict:
    pos = [
        po(
            d["po_number"],
            suppliers[d["supplier"]] if isinstance(d["supplier"], str) else d["supplier"],
            [tuple(line) for line in d["lines"]],
            currency=d["currency"],
            issued=d.get("issued", "2026-11-09"),
            request=d.get("request", True),
        )
        for d in entry["pos"]
    ]
    by_number = {p["po_number"]: p for p in pos}

    def value(name: str) -> str:  # <<quote STYLE N>>, <<request N>>
        what, *rest = name.split(" ")
        if what == "quote":
            style, number = rest
            return quote(style, by_number[number])
        if what == "request":
            return request_text(by_number[rest[0]])
        raise KeyError(name)

    def text(key: str) -> str | None:
        return fill(entry[key], value) if key in entry else None

    raw = None
    if "bounce" in entry:
        raw = _bounce(by_number[entry["bounce"]["po"]], entry["bounce"]["flavour"])
    elif "raw_crlf" in entry:
        raw = fill(entry["raw_crlf"], value).replace("\n", "\r\n").encode()
    attachments = []
    for a in entry.get("attachments", []):
        if "xlsx" in a:
            data: bytes | str = xlsx(a["xlsx"])
        elif "text_crlf" in a:
            data = a["text_crlf"].replace("\n", "\r\n")
        else:
            data = a["text"]
        attachments.append((a["name"], a["type"], data))
    answered = entry.get("in_reply_to")
    return dict(
        slug=entry["slug"],
        pos=pos,
        expected=entry["expected"],
        frm=tuple(entry.get("from", ("", ""))),
        subject=entry.get("subject", ""),
        date=entry.get("date", ""),
        text=text("text"),
        html=text("html"),
        reply_to_po=by_number[answered] if answered else None,
        headers=entry.get("headers", {}),
        attachments=attachments,
        to=entry.get("to"),
        raw=raw,
        alt_html=entry.get("alt_html", False),
    )


def main() -> None:
    load(HERE / "cases.yaml")
    write()


if __name__ == "__main__":
    main()
