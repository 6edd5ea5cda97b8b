#!/usr/bin/env python3
"""Write the blind corpus: realistic supplier replies, labeled by ../../shared/corpus/FORMAT.md.

Written without looking at the other corpora, as a held-out author would: typical
answers from many industries, mail clients and languages. Deterministic: the same
files on every run (fixed Message-IDs, dates and MIME boundaries; XLSX written by hand
with fixed zip timestamps).

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
from tests.mailkit.cases import output_dir, remove_cases, write_case  # noqa: E402
from tests.mailkit.mime import set_boundaries, zip_files  # noqa: E402
from tests.mailkit.text import br_html, kw, prefix_lines  # noqa: E402

BUYER = {"name": "Dana Ruiz", "email": "dana.ruiz@kestrel-mfg.example"}
COMPANY = "Kestrel Manufacturing"
REQ_DATE = "Mon, 9 Nov 2026 10:02:17 +0000"

CASES: list[dict] = []


# ------------------------------------------------------------------ building blocks


def sup(sid: str, name: str, email: str, locale: str) -> dict:
    return {"id": sid, "name": name, "email": email, "locale": locale}


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


def add(
    slug: str,
    pos: list[dict],
    expected: dict,
    *,
    frm: tuple[str, str],
    subject: str,
    date_hdr: str,
    text: str | None = None,
    html: str | None = None,
    reply_to_po: dict | None = None,
    headers: dict | None = None,
    attachments: list[tuple] | None = None,
    to: str | None = None,
    raw: bytes | None = None,
    alt_html: bool = False,
) -> None:
    CASES.append(
        dict(
            slug=slug,
            pos=pos,
            expected=expected,
            frm=frm,
            subject=subject,
            date=date_hdr,
            text=text,
            html=html,
            reply_to_po=reply_to_po,
            headers=headers or {},
            attachments=attachments or [],
            to=to,
            raw=raw,
            alt_html=alt_html,
        )
    )


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


def accepted(p: dict) -> dict:
    return {
        str(ln["line"]): {
            "status": "accepted",
            "quantity": ln["quantity"],
            "unit_price": ln["unit_price"],
            "date": ln["requested_date"],
        }
        for ln in p["lines"]
    }


def changed(p: dict, line: int, **kw) -> dict:
    ln = p["lines"][line - 1]
    out = {
        "status": "changed",
        "quantity": ln["quantity"],
        "unit_price": ln["unit_price"],
        "date": ln["requested_date"],
    }
    out.update(kw)
    return out


def conf(*entries: tuple[dict, dict], notes: str) -> dict:
    return {
        "kind": "confirmation",
        "confirmations": [{"po_number": p["po_number"], "lines": lines} for p, lines in entries],
        "notes": notes,
    }


def other(kind: str, notes: str) -> dict:
    return {"kind": kind, "notes": notes}


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


# ------------------------------------------------------------------ suppliers

MIDWEST = sup("MWFS", "Midwest Fastener Supply", "orders@midwestfastener.example", "en-US")
LABELCO = sup("LBLUK", "Fenland Label Co Ltd", "sales@fenlandlabel.example", "en-GB")
BRENNER = sup("HBRN", "Hydraulik Brenner GmbH", "vertrieb@hydraulik-brenner.example", "de-DE")
CARTON = sup("CARTLY", "Cartonnages du Lyonnais SAS", "adv@cartonnages-lyonnais.example", "fr-FR")
VALV = sup("VALVES", "Valvulería Levante S.L.", "pedidos@valvuleria-levante.example", "es-ES")
CUSC = sup("CUSCIT", "Cuscinetti Brianza S.r.l.", "ordini@cuscinetti-brianza.example", "it-IT")
KABEL = sup("KABNL", "Kabelhandel Twente B.V.", "verkoop@kabelhandel-twente.example", "nl-NL")
PALET = sup("PALPL", "Palety Mazowsze Sp. z o.o.", "export@palety-mazowsze.example", "pl-PL")
OCEL = sup("OCELCZ", "Ocel Morava s.r.o.", "obchod@ocel-morava.example", "cs-CZ")
ELEC = sup("ELCOMP", "Pacific Passives Inc.", "rick.huang@pacificpassives.example", "en-US")
GASK = sup("GASKT", "Gulf Coast Gasket & Seal", "cs@gulfcoastgasket.example", "en-US")
PRESS = sup("PRSUK", "Black Country Pressings Ltd", "orders@bcpressings.example", "en-GB")
SCHR = sup(
    "SCHRDE", "Schraubenwerk Hohenlohe KG", "innendienst@schraubenwerk-hohenlohe.example", "de-DE"
)
PIPE = sup("PIPEUS", "Allegheny Pipe & Fitting", "sales@alleghenypipe.example", "en-US")
OLDLBL = sup("OLDLBL", "Tyneside Printed Products", "orders@tynesideprinted.example", "en-GB")
FLORAL = sup("FLORAL", "Sunbelt Floral Wholesale", "jen@sunbeltfloral.example", "en-US")
CAST = sup(
    "SGCAST", "Shree Ganesh Castings Pvt. Ltd.", "marketing@shreeganeshcastings.example", "en-IN"
)
ALU = sup("ALUDE", "Alu-Profiltechnik Weser GmbH", "verkauf@alu-weser.example", "de-DE")
OFFICE = sup("OFFSUP", "Tri-County Office Supply", "jen.moss@tricountyoffice.example", "en-US")
KRAEMER = sup("KRMR", "Krämer Antriebe GmbH", "auftrag@kraemer-antriebe.example", "de-DE")
BOXES = sup("BOXUS", "Heartland Corrugated", "barb.heartland@yahoo.example", "en-US")
WASH = sup("WSHUS", "Keystone Washer & Stamping", "orders@keystonewasher.example", "en-US")
PCB = sup("PCBCN", "Shenzhen Huaxin Circuit Co., Ltd.", "sales03@huaxin-pcb.example", "zh-CN")
SENS = sup("SENSUS", "Buckeye Sensor Technologies", "orders@buckeyesensor.example", "en-US")
FITT = sup("FITUK", "Severn Stainless Fittings", "sales@severnstainless.example", "en-GB")
TOOL = sup("TOOLUS", "Great Lakes Tooling Supply", "orders@greatlakestooling.example", "en-US")
FILT = sup("FILTCZ", "Filtrace Brno a.s.", "prodej@filtrace-brno.example", "cs-CZ")
EMPQ = sup("EMPMX", "Empaques del Bajío S.A. de C.V.", "ventas@empaquesbajio.example", "es-MX")
VIS = sup("VISFR", "Visserie Normande", "commandes@visserie-normande.example", "fr-FR")


def main() -> None:
    # 001 Outlook desktop, en-US: everything as ordered
    p = po(
        "4500031877",
        MIDWEST,
        [
            ("HCS-38-16-2", "Hex cap screw 3/8-16 x 2 Gr5 ZP", 2500, "EA", "0.1840", "2026-12-03"),
            ("NUT-38-16", "Hex nut 3/8-16 Gr5 ZP", 2500, "EA", "0.0610", "2026-12-03"),
            ("FW-38-USS", "Flat washer 3/8 USS ZP", 5000, "EA", "0.0290", "2026-12-03"),
        ],
    )
    add(
        "001-outlook-us-accept-all",
        [p],
        conf(
            (p, accepted(p)),
            notes=(
                "Plain acceptance of all three lines; quoted request below an Outlook divider carries "
                "the PO values"
            ),
        ),
        frm=("Mike Kowalski", "orders@midwestfastener.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 9 Nov 2026 14:31:08 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nPO 4500031877 is confirmed as ordered - all 3 lines, pricing and dates "
            "per your PO.\n\nThanks,\nMike Kowalski\nCustomer Service | Midwest Fastener Supply\n"
            "(614) 555-0142" + quote("outlook", p)
        ),
        alt_html=True,
    )

    # 002 Gmail en-GB: short quantity on one line
    p = po(
        "PO-2026-0418",
        LABELCO,
        [
            (
                "LBL-100x50-TT",
                "Thermal transfer labels 100x50mm, 1000/roll",
                24,
                "ROLL",
                "18.40",
                "2026-12-04",
            ),
            ("RIB-110-WAX", "Wax ribbon 110mm x 450m", 40, "EA", "6.95", "2026-12-04"),
        ],
        currency="GBP",
    )
    add(
        "002-gmail-gb-short-qty",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, quantity=30)}),
            notes=(
                "Line 2 short: 30 of 40 with the labels (same date); 'until February' is about stock, "
                "not a committed date"
            ),
        ),
        frm=("Tom Ashworth", "sales@fenlandlabel.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 10 Nov 2026 08:47:51 +0000",
        reply_to_po=p,
        text=(
            "Morning Dana,\n\nLabels are fine as ordered. On the ribbons we've only got 30 in stock, "
            "those will go out with the labels on the 4th. We won't have any more until February so "
            "please take 30 for this order and cancel the balance.\n\nCheers\nTom\n\n--\nTom Ashworth\n"
            "Fenland Label Co Ltd | 01945 555 210" + quote("gmail", p)
        ),
    )

    # 003 German Outlook: KW without day
    p = po(
        "4500032210",
        BRENNER,
        [
            ("HB-DBV-12", "Druckbegrenzungsventil DN12 315 bar", 12, "ST", "148.00", "2026-12-07"),
            ("HB-OR-45", "O-Ring-Satz NBR 45-teilig", 200, "ST", "2.35", "2026-12-07"),
        ],
        currency="EUR",
    )
    add(
        "003-de-outlook-kw51",
        [p],
        conf(
            (p, {"1": changed(p, 1, date=kw(2026, 51)), "2": changed(p, 2, date=kw(2026, 51))}),
            notes="KW 51 without a day = Friday 2026-12-18, both lines",
        ),
        frm=("Sabine Keller", "vertrieb@hydraulik-brenner.example"),
        subject="AW: " + subj(p),
        date_hdr="Tue, 10 Nov 2026 11:20:03 +0100",
        reply_to_po=p,
        text=(
            "Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500032210. Wir bestätigen "
            "beide Positionen zu den genannten Preisen und Mengen, der Liefertermin ist jedoch "
            "KW 51.\n\nMit freundlichen Grüßen\n\nSabine Keller\nVertriebsinnendienst\n"
            "Hydraulik Brenner GmbH | Industriestraße 14 | 73430 Aalen\nGeschäftsführer: Klaus "
            "Brenner | HRB 701234 Amtsgericht Ulm" + quote("outlook_de", p)
        ),
        alt_html=True,
    )

    # 004 French Gmail: price change on line 2
    p = po(
        "4500032390",
        CARTON,
        [
            ("EMB-C40", "Carton double cannelure 40x30x30", 1000, "PCE", "0.62", "2026-12-01"),
            ("EMB-FB50", "Film bulle 50 cm x 100 m", 50, "RLX", "21.90", "2026-12-01"),
        ],
        currency="EUR",
    )
    add(
        "004-fr-gmail-price-change",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, unit_price="23.40")}),
            notes="Ligne 2 new unit price 23,40 € (decimal comma)",
        ),
        frm=("Service ADV", "adv@cartonnages-lyonnais.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 10 Nov 2026 15:02:44 +0100",
        reply_to_po=p,
        text=(
            "Bonjour Madame Ruiz,\n\nNous confirmons votre commande 4500032390.\n\nLigne 1 : conforme.\n"
            "Ligne 2 : suite à la hausse des matières premières, le prix unitaire passe à 23,40 € le "
            "rouleau, quantité inchangée.\n\nLivraison prévue le 1er décembre pour l'ensemble.\n\n"
            "Cordialement,\n\nLéa Martin\nAdministration des ventes" + quote("gmail_fr", p)
        ),
    )

    # 005 Spanish: one line discontinued
    p = po(
        "4500032455",
        VALV,
        [
            ("VB-1-INOX", 'Válvula de bola 1" inox', 30, "UD", "14.20", "2026-12-10"),
            ("VM-DN50", "Válvula de mariposa DN50", 10, "UD", "58.00", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "005-es-line-discontinued",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": {"status": "rejected"}}),
            notes="Posición 2 descatalogada: rejected; posición 1 on 10/12 as ordered",
        ),
        frm=("Pedidos Valvulería Levante", "pedidos@valvuleria-levante.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 11 Nov 2026 09:15:40 +0100",
        reply_to_po=p,
        text=(
            "Buenos días Dana:\n\nLe confirmamos el pedido 4500032455. La posición 1 se entrega el 10/12 "
            "según lo solicitado.\nLa posición 2 (válvula de mariposa DN50) está descatalogada por el "
            "fabricante y no podemos suministrarla.\n\nUn saludo,\nJavier Soler"
            + quote("gmail_es", p)
        ),
    )

    # 006 Italian: confirmed as requested
    p = po(
        "4500032501",
        CUSC,
        [
            ("6205-2RS", "Cuscinetto radiale 6205-2RS", 500, "PZ", "1.85", "2026-12-14"),
        ],
        currency="EUR",
    )
    add(
        "006-it-confirm-as-requested",
        [p],
        conf((p, accepted(p)), notes="Italian formal acceptance"),
        frm=("Ufficio Ordini", "ordini@cuscinetti-brianza.example"),
        subject="R: " + subj(p),
        date_hdr="Wed, 11 Nov 2026 10:44:12 +0100",
        reply_to_po=p,
        text=(
            "Buongiorno,\n\ncon la presente confermiamo il Vs. ordine n. 4500032501 come da Vs. "
            "richiesta (quantità, prezzo e data di consegna).\n\nCordiali saluti\n\nUfficio Ordini\n"
            "Cuscinetti Brianza S.r.l." + quote("gmail_it", p)
        ),
    )

    # 007 Dutch: later date for both lines
    p = po(
        "4500032544",
        KABEL,
        [
            ("YMVK-3X2.5", "Kabel YMvK 3x2,5 mm²", 500, "M", "1.12", "2026-12-03"),
            ("YMVK-5X6", "Kabel YMvK 5x6 mm²", 200, "M", "4.85", "2026-12-03"),
        ],
        currency="EUR",
    )
    add(
        "007-nl-date-january",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2027-01-08"), "2": changed(p, 2, date="2027-01-08")}),
            notes="Both lines 8 januari 2027",
        ),
        frm=("Verkoop Kabelhandel Twente", "verkoop@kabelhandel-twente.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 11 Nov 2026 13:05:09 +0100",
        reply_to_po=p,
        text=(
            "Goedemiddag Dana,\n\nBestelling 4500032544 is akkoord. Prijzen en aantallen zoals besteld, "
            "maar beide regels kunnen wij helaas pas leveren op 8 januari 2027 omdat onze fabrikant "
            "achterloopt.\n\nMet vriendelijke groet,\n\nRuud Jansen" + quote("gmail_nl", p)
        ),
    )

    # 008 Polish supplier writing English: split delivery
    p = po(
        "4500032610",
        PALET,
        [
            ("EPAL-NEW", "EUR pallet 1200x800, new, EPAL", 100, "EA", "11.50", "2026-12-15"),
        ],
        currency="EUR",
    )
    add(
        "008-pl-english-split",
        [p],
        conf(
            (
                p,
                {
                    "1": changed(
                        p,
                        1,
                        date="2027-01-08",
                        schedule=[
                            {"quantity": 60, "date": "2026-12-15"},
                            {"quantity": 40, "date": "2027-01-08"},
                        ],
                    )
                },
            ),
            notes="Split 60 on 15.12.2026 + 40 on 08.01.2027; total unchanged, last date 2027-01-08",
        ),
        frm=("Agnieszka Nowak", "export@palety-mazowsze.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 07:58:31 +0100",
        reply_to_po=p,
        text=(
            "Hello Dana,\n\nthank You for order 4500032610. We confirm 100 pcs at 11,50 EUR but we can "
            "deliver in two parts: 60 pcs on 15.12.2026 and the rest 40 pcs on 08.01.2027.\n\n"
            "Best regards\nAgnieszka Nowak\nSales Department\nPalety Mazowsze Sp. z o.o."
            + quote("outlook", p)
        ),
    )

    # 009 Czech writing English: price with space thousands and decimal comma
    p = po(
        "4500032688",
        OCEL,
        [
            ("PL-2-1250", "Steel sheet 2 mm 1250x2500 DC01", 40, "KS", "1890.00", "2026-12-09"),
            ("PL-3-1250", "Steel sheet 3 mm 1250x2500 DC01", 20, "KS", "2760.00", "2026-12-09"),
        ],
        currency="CZK",
    )
    add(
        "009-cz-english-price-comma",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, unit_price="2940.00")}),
            notes="'2 940,00 CZK' = 2940.00 for PL-3-1250",
        ),
        frm=("Petr Dvořák", "obchod@ocel-morava.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 09:12:00 +0100",
        reply_to_po=p,
        text=(
            "Dear Mrs. Ruiz,\n\nwe confirm your order no. 4500032688 with delivery 9.12.2026.\n"
            "Please note the price for item PL-3-1250 has changed to 2 940,00 CZK/pc due to the steel "
            "surcharge. Price of PL-2-1250 is unchanged.\n\nBest regards\nPetr Dvořák\nOcel Morava s.r.o."
            + quote("outlook_old", p)
        ),
    )

    # 010 Thunderbird inline answers
    p = po(
        "4500032702",
        ELEC,
        [
            ("RC0603-1K", "Resistor 1k 1% 0603, reel", 10000, "EA", "0.0042", "2026-12-02"),
            ("CC0402-100N", "Capacitor 100nF X7R 0402, reel", 20000, "EA", "0.0031", "2026-12-02"),
            ("LED0805-G", "LED green 0805", 5000, "EA", "0.021", "2026-12-02"),
        ],
    )
    rt = request_text(p).splitlines()
    inline = []
    for ln in rt:
        inline.append(("> " + ln).rstrip())
        if ln.startswith("Line 1 "):
            inline += ["", "OK", ""]
        elif ln.startswith("Line 2 "):
            inline += ["", "OK, ships 12/2", ""]
        elif ln.startswith("Line 3 "):
            inline += ["", "4,000 ship 12/2, remaining 1,000 ship 1/15/27", ""]
    add(
        "010-thunderbird-inline",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": accepted(p)["2"],
                    "3": changed(
                        p,
                        3,
                        date="2027-01-15",
                        schedule=[
                            {"quantity": 4000, "date": "2026-12-02"},
                            {"quantity": 1000, "date": "2027-01-15"},
                        ],
                    ),
                },
            ),
            notes="Answers written under each quoted line; line 3 split 4000 + 1000 (ship dates)",
        ),
        frm=("Rick Huang", "rick.huang@pacificpassives.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 10 Nov 2026 16:40:22 -0800",
        reply_to_po=p,
        text=(
            "Dana - answers below.\n-Rick\n\nOn 11/9/2026 10:02 AM, Dana Ruiz wrote:\n"
            + "\n".join(inline)
            + "\n"
        ),
    )

    # 011 Outlook on the web, HTML only, table
    p = po(
        "4500032755",
        GASK,
        [
            ("GSK-EPDM-4", "Gasket EPDM 4in 150#", 120, "EA", "2.80", "2026-12-08"),
            ("GSK-EPDM-6", "Gasket EPDM 6in 150#", 80, "EA", "4.10", "2026-12-08"),
            ("BK-58-FLG", "Flange bolt kit 5/8 x 3", 250, "EA", "3.10", "2026-12-08"),
        ],
    )
    rows = [
        ("1", "GSK-EPDM-4", "120", "120", "$2.80", "12/08/2026"),
        ("2", "GSK-EPDM-6", "80", "80", "$4.10", "12/18/2026"),
        ("3", "BK-58-FLG", "250", "250", "$3.25", "12/08/2026"),
    ]
    trs = "".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:2px 6px">{v}</td>' for v in r)
        + "</tr>"
        for r in rows
    )
    qhtml = br_html(request_text(p))
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Aptos,Calibri,sans-serif">Hi Dana,<br><br>See below for PO 4500032755.'
        " Line 2 is later, line 3 has the new 2027 price.<br><br>"
        '<table style="border-collapse:collapse"><tr><th>Line</th><th>Part</th><th>Qty Ordered</th>'
        "<th>Qty Confirmed</th><th>Unit Price</th><th>Ship Date</th></tr>" + trs + "</table><br>"
        "Thanks,<br>Carla Benoit<br>Gulf Coast Gasket &amp; Seal</div>"
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        "<b>From:</b> Dana Ruiz &lt;dana.ruiz@kestrel-mfg.example&gt;<br><b>Sent:</b> Monday, November 9,"
        " 2026 10:02 AM<br><b>To:</b> cs@gulfcoastgasket.example<br><b>Subject:</b> "
        + subj(p)
        + "</div><div>"
        + qhtml.split("<body>")[1].split("</body>")[0]
        + "</div></body></html>"
    )
    add(
        "011-owa-html-table",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": changed(p, 2, date="2026-12-18"),
                    "3": changed(p, 3, unit_price="3.25"),
                },
            ),
            notes="HTML-only table; ship dates; line 3 price 3.25",
        ),
        frm=("Carla Benoit", "cs@gulfcoastgasket.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 11 Nov 2026 10:12:55 -0600",
        reply_to_po=p,
        html=html,
    )

    # 012 CSV attachment, en-GB dates
    p = po(
        "4500032801",
        PRESS,
        [
            ("BCP-BRK-01", "Bracket, mild steel, zinc plated", 50, "EA", "4.20", "2026-12-04"),
            ("BCP-BRK-02", "Bracket, mild steel, left hand", 50, "EA", "4.60", "2026-12-04"),
            ("BCP-HNG-10", "Hinge 100mm stainless", 200, "EA", "1.15", "2026-12-04"),
            ("BCP-LCH-05", "Toggle latch 50mm", 100, "EA", "2.05", "2026-12-04"),
        ],
        currency="GBP",
    )
    csv_data = (
        "PO Number,Line,Part No,Description,Qty Ordered,Qty Confirmed,Unit Price,Confirmed Delivery\r\n"
        '4500032801,1,BCP-BRK-01,"Bracket, mild steel, zinc plated",50,50,4.20,04/12/2026\r\n'
        '4500032801,2,BCP-BRK-02,"Bracket, mild steel, left hand",50,50,4.60,04/12/2026\r\n'
        "4500032801,3,BCP-HNG-10,Hinge 100mm stainless,200,180,1.15,04/12/2026\r\n"
        "4500032801,4,BCP-LCH-05,Toggle latch 50mm,100,100,2.05,18/12/2026\r\n"
    )
    add(
        "012-csv-attachment-gb",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": accepted(p)["2"],
                    "3": changed(p, 3, quantity=180),
                    "4": changed(p, 4, date="2026-12-18"),
                },
            ),
            notes="Confirmation in a CSV; day-first dates (en-GB); line 3 qty 180, line 4 18/12/2026",
        ),
        frm=("Karen Whitehouse", "orders@bcpressings.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 12:30:00 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nPlease find attached our confirmation for PO 4500032801 - note the quantity on "
            "line 3 and the date on line 4.\n\nKind regards\nKaren Whitehouse\nSales Office\n"
            "Black Country Pressings Ltd" + quote("outlook", p)
        ),
        attachments=[("OC_4500032801.csv", "text/csv", csv_data)],
    )

    # 013 XLSX attachment, German
    p = po(
        "4500032844",
        SCHR,
        [
            (
                "DIN933-M8X30",
                "Sechskantschraube DIN 933 M8x30 8.8 verzinkt",
                2000,
                "ST",
                "0.085",
                "2026-12-15",
            ),
            (
                "DIN934-M8",
                "Sechskantmutter DIN 934 M8 8 verzinkt",
                2000,
                "ST",
                "0.021",
                "2026-12-15",
            ),
        ],
        currency="EUR",
    )
    sheet = xlsx(
        [
            [
                "Bestellung",
                "Pos",
                "Artikel",
                "Bezeichnung",
                "Menge bestellt",
                "Menge bestätigt",
                "Preis EUR",
                "Liefertermin bestätigt",
            ],
            [
                "4500032844",
                1,
                "DIN933-M8X30",
                "Sechskantschraube DIN 933 M8x30 8.8 verzinkt",
                2000,
                2000,
                0.085,
                "15.12.2026",
            ],
            [
                "4500032844",
                2,
                "DIN934-M8",
                "Sechskantmutter DIN 934 M8 8 verzinkt",
                2000,
                2000,
                0.021,
                "22.12.2026",
            ],
        ]
    )
    add(
        "013-xlsx-attachment-de",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, date="2026-12-22")}),
            notes="Confirmation as an Excel sheet; Pos 2 delivery 22.12.2026",
        ),
        frm=("Innendienst Schraubenwerk Hohenlohe", "innendienst@schraubenwerk-hohenlohe.example"),
        subject="AW: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 14:03:19 +0100",
        reply_to_po=p,
        text=(
            "Hallo Frau Ruiz,\n\nanbei die Auftragsbestätigung zu Ihrer Bestellung 4500032844 als "
            "Excel-Datei.\n\nGruß aus Künzelsau\nMarkus Weber" + quote("outlook_de", p)
        ),
        attachments=[
            (
                "AB_4500032844.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
            )
        ],
    )

    # 014 one reply, two POs
    p1 = po(
        "4500032901",
        PIPE,
        [
            ("PN-SCH40-2", "Pipe nipple 2in x 6in Sch40 black", 60, "EA", "7.35", "2026-12-04"),
        ],
    )
    p2 = po(
        "4500032917",
        PIPE,
        [
            ("CPL-SS-12", "Coupling 1/2in 316SS 150#", 300, "EA", "3.90", "2026-12-11"),
            ("CPL-SS-34", "Coupling 3/4in 316SS 150#", 200, "EA", "5.45", "2026-12-11"),
        ],
    )
    add(
        "014-two-pos-one-reply",
        [p1, p2],
        conf(
            (p1, accepted(p1)),
            (p2, {"1": accepted(p2)["1"], "2": changed(p2, 2, quantity=150)}),
            notes="Two POs answered in one reply; PO2 line 2 short 150",
        ),
        frm=("Allegheny Pipe Sales", "sales@alleghenypipe.example"),
        subject="RE: PO 4500032901 / 4500032917",
        date_hdr="Thu, 12 Nov 2026 10:21:47 -0500",
        reply_to_po=p2,
        text=(
            "Hi Dana,\n\nBoth orders are confirmed:\n\nPO 4500032901 - confirmed as placed, ships 12/4.\n"
            'PO 4500032917 - line 1 confirmed as ordered; on line 2 (the 3/4" 316 couplings) we can only '
            "do 150 of the 200, ships 12/11 with line 1.\n\nRegards,\nSteve Palko\nAllegheny Pipe & Fitting"
            + quote("outlook", p2)
        ),
    )

    # 015 whole order declined
    p = po(
        "4500032960",
        OLDLBL,
        [
            ("TPP-TAG-80", "Swing tag 80x40 printed 2 colour", 10000, "EA", "0.032", "2026-12-10"),
            ("TPP-TAG-STR", "Tag string, 150mm, white", 10000, "EA", "0.008", "2026-12-10"),
        ],
        currency="GBP",
    )
    add(
        "015-gb-order-declined",
        [p],
        conf(
            (p, {"1": {"status": "rejected"}, "2": {"status": "rejected"}}),
            notes="Whole order declined (discontinued): a rejection is a confirmation kind",
        ),
        frm=("Tyneside Printed Products", "orders@tynesideprinted.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 16:11:02 +0000",
        reply_to_po=p,
        text=(
            "Dear Dana,\n\nThank you for PO 4500032960. Unfortunately we are unable to accept this order: "
            "both items were discontinued at the end of October and we have no remaining stock.\n\n"
            "Our apologies for the inconvenience.\n\nKind regards\nJulie Robson\nTyneside Printed Products"
            + quote("outlook_old", p)
        ),
    )

    # 016 iPhone one-liner
    p = po(
        "4500033012",
        TOOL,
        [
            ("EM-1/2-4FL", "End mill 1/2in 4 flute carbide TiAlN", 12, "EA", "42.75", "2026-11-30"),
        ],
    )
    add(
        "016-iphone-confirmed",
        [p],
        conf((p, accepted(p)), notes="One-word answer from a phone"),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 06:41:09 -0500",
        reply_to_po=p,
        text="Confirmed, thank you!\n\nSent from my iPhone" + quote("apple", p),
    )

    # 017 en-IN: dispatch date for all
    p = po(
        "4500033050",
        CAST,
        [
            ("CF-150NB-PN16", "Cast flange 150NB PN16 WCB", 60, "NOS", "1450.00", "2026-12-05"),
            ("CF-200NB-PN16", "Cast flange 200NB PN16 WCB", 40, "NOS", "2180.00", "2026-12-05"),
        ],
        currency="INR",
    )
    add(
        "017-en-in-dispatch-date",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-19"), "2": changed(p, 2, date="2026-12-19")}),
            notes="Dispatch (ship) date 19-12-2026 day-first, all lines",
        ),
        frm=("Shree Ganesh Castings", "marketing@shreeganeshcastings.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 12 Nov 2026 17:35:44 +0530",
        reply_to_po=p,
        text=(
            "Dear Sir/Madam,\n\nGreetings from Shree Ganesh Castings!\n\nWe acknowledge receipt of your "
            "PO No. 4500033050 and confirm the same. Rates and quantities are as per PO. Kindly note that "
            "due to heavy orders in hand the material will be dispatched on 19-12-2026.\n\n"
            "Thanks & Regards,\nR. Venkatesh\nMarketing Dept.\nShree Ganesh Castings Pvt. Ltd., Rajkot"
            + quote("gmail", p)
        ),
    )

    # 018 Lotus Notes: +3 % surcharge
    p = po(
        "4500033101",
        ALU,
        [
            (
                "AP-40X40-6M",
                "Aluminium profile 40x40 slot 8, 6 m",
                120,
                "ST",
                "18.60",
                "2026-12-16",
            ),
            ("AP-80X40-6M", "Aluminium profile 80x40 slot 8, 6 m", 60, "ST", "34.20", "2026-12-16"),
        ],
        currency="EUR",
    )
    add(
        "018-lotus-surcharge-percent",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="19.158"), "2": changed(p, 2, unit_price="35.226")}),
            notes="+3% on both PO prices: 19.158 and 35.226",
        ),
        frm=("Jürgen Hoffmann", "verkauf@alu-weser.example"),
        subject="Antwort: " + subj(p),
        date_hdr="Fri, 13 Nov 2026 08:05:00 +0100",
        reply_to_po=p,
        text=(
            "Dear Ms Ruiz,\n\nwe confirm your order 4500033101 with the requested quantities and delivery "
            "date. Due to the current aluminium surcharge, +3% applies to the unit prices of both "
            "positions.\n\nBest regards\n\nJürgen Hoffmann\nVerkauf\nAlu-Profiltechnik Weser GmbH"
            + quote("lotus", p)
        ),
        headers={"X-Mailer": "Lotus Notes Release 9.0.1FP10 January 22, 2018"},
    )

    # 019 Zimbra terse field answers, earlier date
    p = po(
        "4500033166",
        OFFICE,
        [
            ("HP-CF258A", "Toner HP 58A black", 24, "EA", "89.99", "2026-12-01"),
        ],
    )
    add(
        "019-zimbra-terse-fields",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-11-30")}),
            notes="Terse per-field answer; delivery a day earlier (11/30)",
        ),
        frm=("Jen Moss", "jen.moss@tricountyoffice.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 13 Nov 2026 09:30:27 -0500",
        reply_to_po=p,
        text="qty 24 - ok\nprice 89.99 - ok\ndelivery 11/30/2026\n\nthx\nJen" + quote("zimbra", p),
        headers={
            "X-Mailer": "Zimbra 10.0.6_GA_4200 (ZimbraWebClient - FF120 (Win)/10.0.6_GA_4200)"
        },
    )

    # 020 SAP-generated order confirmation
    p = po(
        "4500033210",
        KRAEMER,
        [
            ("GM-63-24V", "Getriebemotor 63 W 24 V i=30", 8, "ST", "312.00", "2026-12-04"),
            ("KK-19-24", "Klauenkupplung 19/24", 16, "ST", "27.50", "2026-12-04"),
        ],
        currency="EUR",
    )
    add(
        "020-sap-generated-oc",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-11"), "2": changed(p, 2, date="2026-12-11")}),
            notes="ERP order confirmation; SAP item numbers 10/20 are PO lines 1/2; delivery 11.12.2026",
        ),
        frm=("Krämer Antriebe Auftragsbestätigung", "sap-output@kraemer-antriebe.example"),
        subject="Auftragsbestätigung 20318877 zu Ihrer Bestellung 4500033210",
        date_hdr="Fri, 13 Nov 2026 02:14:09 +0100",
        text=(
            "Auftragsbestätigung Nr. 20318877          Datum: 13.11.2026\n"
            "Ihre Bestellung: 4500033210 vom 09.11.2026\nKundennummer: 104477\n\n"
            "Pos  Material      Bezeichnung                   Menge  ME     Preis/ME   Liefertermin\n"
            "10   GM-63-24V     Getriebemotor 63 W 24 V i=30      8  ST   312,00 EUR   11.12.2026\n"
            "20   KK-19-24      Klauenkupplung 19/24             16  ST    27,50 EUR   11.12.2026\n\n"
            "Zahlungsbedingungen: 30 Tage netto\nLieferbedingungen: FCA Minden\n\n"
            "Diese Nachricht wurde maschinell erstellt.\nKrämer Antriebe GmbH, Minden"
        ),
        headers={"X-Mailer": "SAP NetWeaver 7.50"},
    )

    # 021 Yahoo: MOQ round-up
    p = po(
        "4500033255",
        BOXES,
        [
            (
                "RSC-12108",
                "Shipping box 12x10x8 RSC 32ECT, bundle of 25",
                30,
                "BDL",
                "14.75",
                "2026-12-07",
            ),
        ],
    )
    add(
        "021-yahoo-moq-roundup",
        [p],
        conf(
            (p, {"1": changed(p, 1, quantity=40)}),
            notes="MOQ round-up to 40 bundles, same price and date; 'let me know' is courtesy",
        ),
        frm=("Barb Heartland", "barb.heartland@yahoo.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 13 Nov 2026 11:52:36 -0600",
        reply_to_po=p,
        text=(
            "Hi Dana,\nThanks for the order. Our minimum run on that box is 40 bundles so I have entered "
            "your PO 4500033255 for 40 bundles at the same price, delivery 12/7 as requested. Let me know "
            "if that's a problem.\nBarb" + quote("yahoo", p)
        ),
        headers={"X-Mailer": "WebService/1.1.22825 YMailNorrin"},
    )

    # 022 Zoho: price per 100
    p = po(
        "4500033301",
        WASH,
        [
            ("FW-M6-ZN", "Flat washer M6 DIN 125 zinc", 5000, "EA", "0.0400", "2026-12-09"),
        ],
    )
    add(
        "022-zoho-price-per-100",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="0.044")}),
            notes="$4.40 per 100 = 0.044/ea; our $4.00/100 restated in their text",
        ),
        frm=("Keystone Orders", "orders@keystonewasher.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 13 Nov 2026 13:18:50 -0500",
        reply_to_po=p,
        text=(
            "Dana,\n\nConfirming PO 4500033301: 5,000 pcs M6 washers, delivery 12/9/2026. Please note our "
            "current price is $4.40 per 100 pcs (your PO shows $4.00/100).\n\nRegards,\nDeb Yoder\n"
            "Keystone Washer & Stamping" + quote("zoho", p)
        ),
        headers={"X-Mailer": "Zoho Mail"},
    )

    # 023 Foxmail, Chinese supplier: ETD and delivery
    p = po(
        "4500033340",
        PCB,
        [
            (
                "PCB-CTRL-V3",
                "Controller PCB rev 3, 4 layer, ENIG",
                2000,
                "PCS",
                "3.85",
                "2026-12-20",
            ),
            ("PCB-PWR-V2", "Power PCB rev 2, 2 layer, HASL", 1000, "PCS", "2.10", "2026-12-20"),
        ],
    )
    add(
        "023-foxmail-cn-etd-and-delivery",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2027-01-08"), "2": changed(p, 2, date="2027-01-08")}),
            notes="Delivery 2027/1/8 wins over ETD 2026/12/25",
        ),
        frm=("Lily Chen", "sales03@huaxin-pcb.example"),
        subject="Re:" + subj(p),
        date_hdr="Fri, 13 Nov 2026 17:26:03 +0800",
        reply_to_po=p,
        text=(
            "Dear Dana,\n\nGood day! Well received your PO 4500033340, thanks.\n\nWe confirm the order, price "
            "and quantity no problem. Because our factory is full, the delivery date will be 2027/1/8 for "
            "both items (ETD Shenzhen 2026/12/25).\n\nBest regards\nLily Chen\nSales Dept.\n"
            "Shenzhen Huaxin Circuit Co., Ltd." + quote("foxmail", p)
        ),
        headers={"X-Mailer": "Foxmail 7.2.25.228[cn]"},
    )

    # 024 Outlook for Mac: ship date only
    p = po(
        "4500033390",
        SENS,
        [
            (
                "PT100-A-150",
                "RTD sensor PT100 class A, 150mm probe",
                25,
                "EA",
                "38.50",
                "2026-12-18",
            ),
        ],
    )
    add(
        "024-outlook-mac-ship-date",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-10")}),
            notes="Only a ship date (Dec 10) given: date is the ship date, earlier than need-by",
        ),
        frm=("Buckeye Sensor Orders", "orders@buckeyesensor.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 13 Nov 2026 15:44:11 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nWe can confirm PO 4500033390 \u2014 25 pcs at $38.50. These will ship from our "
            "Dayton warehouse on Dec 10.\n\nBest,\nNicole\n\nNicole Adair | Inside Sales\n"
            "Buckeye Sensor Technologies" + quote("outlook_mac", p)
        ),
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
    )

    # 025 partly confirmed, one line to follow
    p = po(
        "4500033421",
        FITT,
        [
            ("SS316-ELB-1", "Elbow 90 1in BSP 316", 40, "EA", "6.80", "2026-12-11"),
            ("SS316-TEE-1", "Equal tee 1in BSP 316", 25, "EA", "8.15", "2026-12-11"),
            ("SS316-UNI-1", "Union 1in BSP 316", 15, "EA", "14.90", "2026-12-11"),
        ],
        currency="GBP",
    )
    add(
        "025-gb-partial-one-to-follow",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": accepted(p)["2"], "3": {"status": "unconfirmed"}}),
            notes="Line 3 promised next week: unconfirmed",
        ),
        frm=("Severn Stainless Sales", "sales@severnstainless.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 16 Nov 2026 10:03:29 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nLines 1 and 2 confirmed as per your order. Line 3 (the unions) is with our "
            "supplier, I'll confirm a date for that one next week.\n\nRegards\nOwen Pritchard"
            + quote("outlook", p)
        ),
    )

    # 026 no threading, loosely written PO number, two open POs
    pa = po(
        "4500012345",
        MIDWEST,
        [
            ("SHCS-M10-40", "Socket head cap screw M10x40 12.9", 800, "EA", "0.2150", "2026-12-14"),
            ("DOW-8-40", "Dowel pin 8x40 h6", 300, "EA", "0.3300", "2026-12-14"),
        ],
        request=False,
    )
    pb = po(
        "4500012389",
        MIDWEST,
        [
            ("SHCS-M12-50", "Socket head cap screw M12x50 12.9", 500, "EA", "0.3900", "2026-12-21"),
        ],
        request=False,
    )
    add(
        "026-loose-po-number-no-thread",
        [pa, pb],
        conf(
            (pa, accepted(pa)),
            notes="No In-Reply-To; 'P.O. #4500-012345' in subject and body; ships complete on the need-by date",
        ),
        frm=("Midwest Fastener Supply", "orders@midwestfastener.example"),
        subject="Order confirmation P.O. #4500-012345",
        date_hdr="Mon, 16 Nov 2026 13:27:45 -0600",
        text=(
            "Good afternoon,\n\nThis is to confirm your P.O. #4500-012345 will ship complete on 12/14/2026 "
            "via UPS Ground. Quantities and pricing as shown on your PO.\n\nThank you for your business!\n\n"
            "Midwest Fastener Supply\n1200 Industrial Pkwy, Columbus OH 43207"
        ),
    )

    # 027 Czech writing English: day named + calendar week
    p = po(
        "4500033466",
        FILT,
        [
            ("G4-592x592x48", "Panel filter G4 592x592x48", 60, "PCS", "7.40", "2026-12-18"),
        ],
        currency="EUR",
    )
    add(
        "027-cz-tuesday-cw2",
        [p],
        conf(
            (p, {"1": changed(p, 1, date=kw(2027, 2, 2))}),
            notes="'Tuesday CW 2/2027' = 2027-01-12 (day named)",
        ),
        frm=("Filtrace Brno prodej", "prodej@filtrace-brno.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 16 Nov 2026 14:50:00 +0100",
        reply_to_po=p,
        text=(
            "Hello Mrs Ruiz,\n\nwe confirm order 4500033466, quantity and price as ordered. Because of our "
            "stock-taking at the end of the year the delivery will be on Tuesday CW 2/2027.\n\n"
            "Best regards\nJana Horáková" + quote("outlook", p)
        ),
    )

    # 028 es-MX: date in words
    p = po(
        "4500033510",
        EMPQ,
        [
            ("CAJ-30-20", "Caja corrugada 30x20x15", 3000, "PZA", "0.48", "2026-12-11"),
            ("ESQ-50", "Esquinero de cartón 50 mm", 1500, "PZA", "0.19", "2026-12-11"),
        ],
    )
    add(
        "028-es-mx-date-in-words",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-15"), "2": changed(p, 2, date="2026-12-15")}),
            notes="'el 15 de diciembre' for both partidas",
        ),
        frm=("Ventas Empaques del Bajío", "ventas@empaquesbajio.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 17 Nov 2026 09:40:12 -0600",
        reply_to_po=p,
        text=(
            "Buen día Dana,\n\nConfirmamos su orden de compra 4500033510. Cantidades y precios según la "
            "orden; entregamos las dos partidas el 15 de diciembre.\n\nSaludos cordiales,\nMariana López"
            + quote("gmail_es", p)
        ),
    )

    # 029 Apple Mail, French: split with a week number
    p = po(
        "4500033555",
        VIS,
        [
            ("VIS-M5X20-A2", "Vis CHC M5x20 inox A2", 500, "PCE", "0.095", "2026-12-04"),
        ],
        currency="EUR",
    )
    add(
        "029-apple-fr-split-semaine",
        [p],
        conf(
            (
                p,
                {
                    "1": changed(
                        p,
                        1,
                        date=kw(2026, 51),
                        schedule=[
                            {"quantity": 300, "date": "2026-12-04"},
                            {"quantity": 200, "date": kw(2026, 51)},
                        ],
                    )
                },
            ),
            notes="300 le 4 décembre + solde 200 semaine 51 (vendredi 18/12)",
        ),
        frm=("Visserie Normande", "commandes@visserie-normande.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 17 Nov 2026 11:08:42 +0100",
        reply_to_po=p,
        text=(
            "Bonjour,\n\nCommande 4500033555 confirmée au prix indiqué. Nous livrerons 300 pièces le "
            "4 décembre et le solde de 200 pièces en semaine 51.\n\nBien cordialement,\n\nThierry Lefebvre\n"
            "Envoyé de mon iPad" + quote("apple_fr", p)
        ),
    )

    # ---------------------------------------------------------------- not confirmations

    # 030 out of office, English, RFC 3834 header
    p = po(
        "4500033600",
        MIDWEST,
        [
            ("LW-14-SPL", "Lock washer 1/4 split ZP", 10000, "EA", "0.0120", "2026-12-02"),
        ],
    )
    add(
        "030-ooo-en-auto-submitted",
        [p],
        other("auto_reply", "Out-of-office with Auto-Submitted"),
        frm=("Mike Kowalski", "orders@midwestfastener.example"),
        subject="Automatic reply: " + subj(p),
        date_hdr="Tue, 17 Nov 2026 08:00:03 -0500",
        reply_to_po=p,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text=(
            "I am out of the office until Monday, November 23 with limited access to email. For urgent "
            "orders please contact our customer service team at orders@midwestfastener.example or "
            "(614) 555-0100.\n\nThank you,\nMike"
        ),
    )

    # 031 German absence note with no auto headers
    p = po(
        "4500033633",
        SCHR,
        [
            (
                "DIN912-M6X20",
                "Zylinderschraube DIN 912 M6x20 8.8",
                1000,
                "ST",
                "0.046",
                "2026-12-10",
            ),
        ],
        currency="EUR",
    )
    add(
        "031-de-abwesenheit-body-only",
        [p],
        other("auto_reply", "German absence note, no headers"),
        frm=("Markus Weber", "innendienst@schraubenwerk-hohenlohe.example"),
        subject="Abwesenheitsnotiz: " + subj(p),
        date_hdr="Tue, 17 Nov 2026 07:12:44 +0100",
        reply_to_po=p,
        text=(
            "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 27.11.2026 nicht im Büro. Ihre "
            "E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "innendienst@schraubenwerk-hohenlohe.example oder +49 7940 555-0.\n\nMit freundlichen Grüßen\n"
            "Markus Weber"
        ),
    )

    # 032 Postfix bounce carrying our request
    p = po(
        "4500033677",
        GASK,
        [
            ("GSK-PTFE-2", "Gasket PTFE 2in 150#", 100, "EA", "3.60", "2026-12-09"),
        ],
    )
    add(
        "032-bounce-postfix-511",
        [p],
        other("bounce", "RFC 3464 bounce with our request attached"),
        raw=_bounce(p, "postfix"),
        frm=("", ""),
        subject="",
        date_hdr="",
    )

    # 033 Exchange NDR, mailbox full
    p = po(
        "4500033690",
        SENS,
        [
            ("TC-K-300", "Thermocouple type K 300mm", 40, "EA", "21.00", "2026-12-11"),
        ],
    )
    add(
        "033-bounce-exchange-mailbox-full",
        [p],
        other("bounce", "Exchange NDR 5.2.2 (temporary)"),
        raw=_bounce(p, "exchange"),
        frm=("", ""),
        subject="",
        date_hdr="",
    )

    # 034 question before confirming
    p = po(
        "4500033710",
        ELEC,
        [
            ("RLY-24V-10A", "Relay SPDT 10A coil 24VDC", 200, "EA", "1.36", "2026-12-08"),
            ("SOL-24V-38", "Solenoid valve coil 24VDC 3/8", 50, "EA", "46.80", "2026-12-08"),
        ],
    )
    add(
        "034-question-before-confirming",
        [p],
        other(
            "needs_review",
            "Question about line 2 before confirming; restates a price but commits to nothing",
        ),
        frm=("Rick Huang", "rick.huang@pacificpassives.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 17 Nov 2026 12:20:11 -0800",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nBefore I confirm PO 4500033710 - on line 2 do you want the 24V or the 120V coil? "
            "The part number on the PO is the 24V but your last three orders were 120V. Price would be the "
            "same $46.80 either way.\n\nRick" + quote("outlook", p)
        ),
    )

    # 035 holding answer, will revert by Friday
    p = po(
        "4500033745",
        FITT,
        [
            ("SS316-NIP-1", "Hex nipple 1in BSP 316", 60, "EA", "4.40", "2026-12-14"),
        ],
        currency="GBP",
    )
    add(
        "035-gb-holding-revert-friday",
        [p],
        other("needs_review", "Received, will come back by Friday"),
        frm=("Owen Pritchard", "sales@severnstainless.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 18 Nov 2026 09:01:40 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nReceived, thanks. I'm checking stock levels with the warehouse and will come back "
            "to you with a full confirmation by Friday.\n\nRegards\nOwen" + quote("outlook", p)
        ),
    )

    # 036 French holding answer
    p = po(
        "4500033790",
        CARTON,
        [
            ("EMB-C60", "Carton double cannelure 60x40x40", 400, "PCE", "1.14", "2026-12-09"),
        ],
        currency="EUR",
    )
    add(
        "036-fr-holding-jeudi",
        [p],
        other("needs_review", "Bien reçu; délais communiqués jeudi"),
        frm=("Service ADV", "adv@cartonnages-lyonnais.example"),
        subject="Re: " + subj(p),
        date_hdr="Wed, 18 Nov 2026 10:30:00 +0100",
        reply_to_po=p,
        text=(
            "Bonjour,\n\nBien reçu votre commande 4500033790, merci. Nous revenons vers vous d'ici jeudi "
            "avec les délais de livraison.\n\nCordialement,\nLéa Martin" + quote("gmail_fr", p)
        ),
    )

    # 037 supplier newsletter
    p = po(
        "4500033822",
        TOOL,
        [
            ("DR-HSS-1/4", "Drill HSS 1/4in jobber", 100, "EA", "2.95", "2026-12-07"),
        ],
    )
    add(
        "037-newsletter-from-supplier",
        [p],
        other("unrelated", "Marketing newsletter from the same supplier"),
        frm=("Great Lakes Tooling", "news@greatlakestooling.example"),
        subject="Year-end tooling deals: up to 25% off carbide end mills",
        date_hdr="Wed, 18 Nov 2026 06:00:00 -0500",
        headers={
            "List-Unsubscribe": "<https://greatlakestooling.example/unsub?u=8812>",
            "Precedence": "bulk",
        },
        text=(
            "GREAT LAKES TOOLING SUPPLY - NOVEMBER NEWS\n\nYear-end deals are here! Save up to 25% on carbide "
            "end mills through December 31.\n\n* 1/2in 4 flute TiAlN end mills now $36.50 (reg. $42.75)\n"
            "* New: coolant-through drills in stock\n* Holiday shipping cut-off: December 18\n\n"
            "Shop now at greatlakestooling.example\n\nYou are receiving this because you are a customer. "
            "Unsubscribe: https://greatlakestooling.example/unsub"
        ),
        alt_html=True,
    )

    # 038 price list with the PO's items in it
    p = po(
        "4500033850",
        WASH,
        [
            ("FW-M8-ZN", "Flat washer M8 DIN 125 zinc", 4000, "EA", "0.0550", "2026-12-16"),
        ],
    )
    plist = (
        "Part No,Description,Price per 100 (USD) 2027\r\nFW-M6-ZN,Flat washer M6 DIN 125 zinc,4.60\r\n"
        "FW-M8-ZN,Flat washer M8 DIN 125 zinc,5.90\r\nFW-M10-ZN,Flat washer M10 DIN 125 zinc,8.10\r\n"
    )
    add(
        "038-price-list-2027",
        [p],
        other(
            "unrelated", "2027 price list (CSV) naming the PO's item; not an answer about the order"
        ),
        frm=("Deb Yoder", "orders@keystonewasher.example"),
        subject="Keystone 2027 price list",
        date_hdr="Wed, 18 Nov 2026 14:45:00 -0500",
        text=(
            "Dear valued customer,\n\nPlease find attached our price list valid from January 1, 2027. Due to "
            "higher steel and zinc costs, prices increase by an average of 4.5%. Orders placed before "
            "December 31 will be invoiced at current prices.\n\nRegards,\nDeb Yoder\nKeystone Washer & Stamping"
        ),
        attachments=[("Keystone_Pricelist_2027.csv", "text/csv", plist)],
    )

    # 039 invoice for another order
    p = po(
        "4500033877",
        BOXES,
        [
            (
                "RSC-16128",
                "Shipping box 16x12x8 RSC 32ECT, bundle of 25",
                20,
                "BDL",
                "18.20",
                "2026-12-10",
            ),
        ],
    )
    add(
        "039-invoice-other-order",
        [p],
        other("unrelated", "Invoice for an older PO not among the open ones"),
        frm=("Barb Heartland", "barb.heartland@yahoo.example"),
        subject="Invoice 10442 - PO 4500031190",
        date_hdr="Thu, 19 Nov 2026 10:10:10 -0600",
        text=(
            "Hi Dana,\n\nAttached is invoice 10442 for your PO 4500031190 (30 bundles RSC-12108, shipped "
            "11/2). Total $442.50, net 30.\n\nThanks!\nBarb"
        ),
        attachments=[
            (
                "Invoice_10442.csv",
                "text/csv",
                "Invoice,PO,Item,Qty,Unit,Amount\r\n10442,4500031190,RSC-12108,30,14.75,442.50\r\n",
            )
        ],
        headers={"X-Mailer": "WebService/1.1.22825 YMailNorrin"},
    )

    # 040 alternatives offered, buyer must choose
    p = po(
        "4500033901",
        GASK,
        [
            ("GSK-SPW-3", "Spiral wound gasket 3in 300#", 40, "EA", "9.80", "2026-12-04"),
            ("GSK-SPW-4", "Spiral wound gasket 4in 300#", 40, "EA", "12.40", "2026-12-04"),
        ],
    )
    add(
        "040-options-which-do-you-prefer",
        [p],
        other("needs_review", "Two alternatives offered, buyer must choose: no commitment yet"),
        frm=("Carla Benoit", "cs@gulfcoastgasket.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 19 Nov 2026 11:37:00 -0600",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nWe could ship line 1 on 12/4 if you accept a partial shipment, otherwise the whole "
            "order ships together on 12/18. Which do you prefer?\n\nThanks,\nCarla"
            + quote("outlook", p)
        ),
    )

    # 041 Spanish question about freight
    p = po(
        "4500033925",
        VALV,
        [
            ("VR-1/2", 'Válvula de retención 1/2"', 50, "UD", "6.30", "2026-12-15"),
        ],
        currency="EUR",
    )
    add(
        "041-es-question-portes",
        [p],
        other("needs_review", "Pregunta sobre portes antes de confirmar"),
        frm=("Javier Soler", "pedidos@valvuleria-levante.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 19 Nov 2026 12:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hola Dana:\n\n¿Nos podéis confirmar si el pedido 4500033925 es con portes pagados o debidos? "
            "Con esa información os enviamos la confirmación.\n\nUn saludo,\nJavier"
            + quote("gmail_es", p)
        ),
    )

    # ---------------------------------------------------------------- batch 2 (written after the
    # guard rules of family 7, to check they generalise and do not over-defer)

    # 042 everything ships on the need-by date, with a pallet count
    p = po(
        "4500034001",
        PIPE,
        [
            ("ELB-SCH40-4", "Elbow 90 LR 4in Sch40 BW", 48, "EA", "22.60", "2026-12-09"),
            ("TEE-SCH40-4", "Tee 4in Sch40 BW", 24, "EA", "41.30", "2026-12-09"),
            ("RED-SCH40-4X3", "Concentric reducer 4x3 Sch40 BW", 24, "EA", "18.90", "2026-12-09"),
        ],
    )
    add(
        "042-us-ships-on-date-pallet-count",
        [p],
        conf(
            (p, accepted(p)),
            notes="All lines on the need-by date; '4 pallets total' is packing, not a quantity",
        ),
        frm=("Allegheny Pipe Sales", "sales@alleghenypipe.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 20 Nov 2026 09:12:40 -0500",
        reply_to_po=p,
        text=(
            "Dana,\n\nConfirmed. All 3 lines will ship 12/9 via FedEx Freight, 4 pallets total.\n\n"
            "Steve Palko\nAllegheny Pipe & Fitting" + quote("outlook", p)
        ),
    )

    # 043 German: one Position later
    p = po(
        "4500034022",
        BRENNER,
        [
            ("HB-RV-08", "Rückschlagventil DN8", 20, "ST", "36.40", "2026-12-11"),
            ("HB-KH-12", "Kugelhahn DN12 PN250", 10, "ST", "64.90", "2026-12-11"),
            ("HB-MS-16", "Manometer 0-160 bar", 10, "ST", "23.10", "2026-12-11"),
        ],
        currency="EUR",
    )
    add(
        "043-de-gmail-one-position-later",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": accepted(p)["2"],
                    "3": changed(p, 3, date="2027-01-15"),
                },
            ),
            notes="Position 3 Liefertermin 15.01.2027",
        ),
        frm=("Sabine Keller", "vertrieb@hydraulik-brenner.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 20 Nov 2026 10:40:00 +0100",
        reply_to_po=p,
        text=(
            "Hallo Frau Ruiz,\n\nPosition 1 und 2 bestätigt.\nPosition 3: Liefertermin 15.01.2027, Menge "
            "und Preis wie bestellt.\n\nViele Grüße\nSabine Keller"
            + quote("gmail", p)
            .replace("On Mon, Nov 9, 2026 at 10:02 AM", "Am Mo., 9. Nov. 2026 um 10:02 Uhr schrieb")
            .replace("> wrote:", ">:")
        ),
    )

    # 044 over-delivery to full boxes
    p = po(
        "4500034045",
        LABELCO,
        [
            ("LBL-58x40-DT", "Direct thermal labels 58x40mm", 1000, "EA", "0.021", "2026-12-07"),
        ],
        currency="GBP",
    )
    add(
        "044-gb-rounded-up-to-boxes",
        [p],
        conf(
            (p, {"1": changed(p, 1, quantity=1200)}),
            notes="1,200 pcs because packed in boxes of 400; price and date unchanged",
        ),
        frm=("Tom Ashworth", "sales@fenlandlabel.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 20 Nov 2026 11:02:09 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nWe will supply 1,200 pcs as they are packed in boxes of 400; price and date "
            "unchanged.\n\nCheers\nTom" + quote("outlook", p)
        ),
    )

    # 045 Spanish: new price with the old one restated
    p = po(
        "4500034067",
        VALV,
        [
            ("FLT-Y-1", 'Filtro en Y 1" latón', 40, "UD", "12.20", "2026-12-14"),
        ],
        currency="EUR",
    )
    add(
        "045-es-new-price-old-restated",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="12.80")}),
            notes="Precio 12,80 € (antes 12,20 €): the old price restated",
        ),
        frm=("Javier Soler", "pedidos@valvuleria-levante.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 20 Nov 2026 12:30:00 +0100",
        reply_to_po=p,
        text=(
            "Hola Dana:\n\nConfirmamos el pedido 4500034067 con entrega el 14/12. El precio unitario es "
            "12,80 € (antes 12,20 €) por la nueva tarifa de enero.\n\nUn saludo,\nJavier"
            + quote("gmail_es", p)
        ),
    )

    # 046 French out-of-office without Auto-Submitted
    p = po(
        "4500034088",
        VIS,
        [
            ("VIS-M6X25-A4", "Vis CHC M6x25 inox A4", 400, "PCE", "0.14", "2026-12-16"),
        ],
        currency="EUR",
    )
    add(
        "046-fr-absence-no-header",
        [p],
        other("auto_reply", "Message d'absence, only X-Auto-Response-Suppress"),
        frm=("Thierry Lefebvre", "commandes@visserie-normande.example"),
        subject="Réponse automatique : " + subj(p),
        date_hdr="Fri, 20 Nov 2026 13:00:01 +0100",
        reply_to_po=p,
        headers={"X-Auto-Response-Suppress": "All"},
        text=(
            "Bonjour,\n\nJe suis absent du bureau jusqu'au 30 novembre inclus. Pour toute commande, merci "
            "d'écrire à commandes@visserie-normande.example.\n\nCordialement,\nThierry Lefebvre"
        ),
    )

    # 047 iPhone: a counter-question about the date
    p = po(
        "4500034101",
        TOOL,
        [
            ("TAP-M8-SP", "Spiral point tap M8x1.25 HSS-E", 30, "EA", "11.40", "2026-12-10"),
        ],
    )
    add(
        "047-iphone-can-we-ship-later",
        [p],
        other("needs_review", "Asks whether a later date is acceptable: commits to nothing"),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="Re: " + subj(p),
        date_hdr="Fri, 20 Nov 2026 14:05:33 -0500",
        reply_to_po=p,
        text=(
            "Can we ship these 12/15 instead of 12/10? Let me know.\n\nSent from my iPhone"
            + quote("apple", p)
        ),
    )

    # 048 one line declined for capacity, one later, one as ordered
    p = po(
        "4500034122",
        PRESS,
        [
            ("BCP-PLT-20", "Base plate 200x200x10", 30, "EA", "9.80", "2026-12-11"),
            ("BCP-GUS-08", "Gusset 80mm", 120, "EA", "1.45", "2026-12-11"),
            ("BCP-CLP-15", "Pipe clip 15mm", 500, "EA", "0.38", "2026-12-11"),
        ],
        currency="GBP",
    )
    add(
        "048-gb-mixed-lines",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": {"status": "rejected"},
                    "3": changed(p, 3, date="2026-12-21"),
                },
            ),
            notes="Line 2 declined (no capacity), line 3 21/12",
        ),
        frm=("Karen Whitehouse", "orders@bcpressings.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 08:50:12 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nLine 1 is fine as ordered.\nLine 2 - sorry, we can't take this on, the press "
            "line is fully booked until March.\nLine 3 can be delivered 21/12, same price and qty.\n\n"
            "Kind regards\nKaren" + quote("outlook", p)
        ),
    )

    # 049 confirmation with a holiday notice in the signature
    p = po(
        "4500034144",
        WASH,
        [
            ("LW-M10-ZN", "Spring lock washer M10 zinc", 3000, "EA", "0.031", "2026-12-08"),
        ],
    )
    add(
        "049-us-confirmed-holiday-signature",
        [p],
        conf(
            (p, accepted(p)), notes="Signature announces holiday closure dates; not a delivery date"
        ),
        frm=("Keystone Orders", "orders@keystonewasher.example"),
        subject="Re: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 09:15:00 -0500",
        reply_to_po=p,
        text=(
            "Confirmed as ordered.\n\nDeb Yoder\nKeystone Washer & Stamping\n*** Our plant is closed "
            "Dec 24 - Jan 1 for the holidays. Last shipments go out Dec 22. ***" + quote("zoho", p)
        ),
    )

    # 050 Apple Mail: ETA equal to need-by
    p = po(
        "4500034166",
        SENS,
        [
            ("PRS-0-10B", "Pressure transmitter 0-10 bar 4-20mA", 15, "EA", "96.00", "2026-12-04"),
        ],
    )
    add(
        "050-apple-eta-equals-need-by",
        [p],
        conf((p, accepted(p)), notes="ETA 12/4 = need-by"),
        frm=("Nicole Adair", "orders@buckeyesensor.example"),
        subject="Re: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 10:01:44 -0500",
        reply_to_po=p,
        text="Confirmed - ETA 12/4 at your dock, 15 pcs @ $96.00.\n\nNicole" + quote("apple", p),
    )

    # 051 qmail-style plain bounce (no DSN)
    p = po(
        "4500034188",
        OFFICE,
        [
            ("PAP-A4-80", "Copy paper A4 80g, box of 5 reams", 40, "BOX", "24.50", "2026-12-02"),
        ],
    )
    qm = (
        "From: MAILER-DAEMON@mail.kestrel-mfg.example\r\nTo: dana.ruiz@kestrel-mfg.example\r\n"
        "Subject: failure notice\r\nDate: Mon, 23 Nov 2026 10:30:02 +0000\r\n"
        "Message-ID: <blind051.qmail@mail.kestrel-mfg.example>\r\n\r\n"
        "Hi. This is the qmail-send program at mail.kestrel-mfg.example.\r\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
        "<jen.moss@tricountyoffice.example>:\r\n"
        "550 5.1.1 The email account that you tried to reach does not exist.\r\n\r\n"
        "--- Below this line is a copy of the message.\r\n\r\n"
        "From: Dana Ruiz <dana.ruiz@kestrel-mfg.example>\r\nTo: jen.moss@tricountyoffice.example\r\n"
        f"Subject: {subj(p)}\r\nMessage-ID: {p['request_message_id']}\r\n\r\n"
        + request_text(p).replace("\n", "\r\n")
    )
    add(
        "051-qmail-plain-bounce",
        [p],
        other("bounce", "qmail failure notice, no DSN part, request copied"),
        raw=qm.encode(),
        frm=("", ""),
        subject="",
        date_hdr="",
    )

    # 052 holiday schedule notice, not about the order
    p = po(
        "4500034200",
        KABEL,
        [
            ("H07RN-3G1.5", "Kabel H07RN-F 3G1,5", 300, "M", "1.95", "2026-12-17"),
        ],
        currency="EUR",
    )
    add(
        "052-nl-holiday-schedule",
        [p],
        other("unrelated", "Circular about holiday opening hours"),
        frm=("Kabelhandel Twente", "verkoop@kabelhandel-twente.example"),
        subject="Openingstijden feestdagen 2026",
        date_hdr="Mon, 23 Nov 2026 11:00:00 +0100",
        text=(
            "Geachte relatie,\n\nTijdens de feestdagen zijn wij gesloten van 24 december tot en met "
            "1 januari. Bestellingen die vóór 17 december binnen zijn, leveren wij nog dit jaar.\n\n"
            "Met vriendelijke groet,\nKabelhandel Twente B.V."
        ),
        alt_html=True,
    )

    # 053 en-IN: lakh grouping and a dash-slash price
    p = po(
        "4500034211",
        CAST,
        [
            (
                "CNC-HSG-220",
                "CNC machining of pump housing, batch",
                1,
                "LOT",
                "145000.00",
                "2026-12-18",
            ),
        ],
        currency="INR",
    )
    add(
        "053-en-in-lakh-price",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="152500.00", date="2026-12-28")}),
            notes="Rs. 1,52,500/- per lot (lakh grouping), delivery 28-12-2026",
        ),
        frm=("Shree Ganesh Castings", "marketing@shreeganeshcastings.example"),
        subject="Re: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 16:20:00 +0530",
        reply_to_po=p,
        text=(
            "Dear Madam,\n\nWe accept your PO No. 4500034211 at Rs. 1,52,500/- per lot due to revised "
            "material cost. Delivery on 28-12-2026.\n\nThanks & Regards,\nR. Venkatesh"
            + quote("gmail", p)
        ),
    )

    # 054 Italian split delivery
    p = po(
        "4500034233",
        CUSC,
        [
            ("6204-ZZ", "Cuscinetto radiale 6204-ZZ", 1000, "PZ", "1.32", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "054-it-consegna-parziale",
        [p],
        conf(
            (
                p,
                {
                    "1": changed(
                        p,
                        1,
                        date="2026-12-18",
                        schedule=[
                            {"quantity": 600, "date": "2026-12-10"},
                            {"quantity": 400, "date": "2026-12-18"},
                        ],
                    )
                },
            ),
            notes="600 pz il 10/12 + 400 pz il 18/12",
        ),
        frm=("Ufficio Ordini", "ordini@cuscinetti-brianza.example"),
        subject="R: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 15:10:00 +0100",
        reply_to_po=p,
        text=(
            "Buongiorno,\n\nconfermiamo l'ordine 4500034233 al prezzo indicato, con consegna parziale: "
            "600 pz il 10/12 e 400 pz il 18/12.\n\nCordiali saluti\nUfficio Ordini"
            + quote("gmail_it", p)
        ),
    )

    # ---------------------------------------------------------------- batch 3 (written after the
    # batch-2 guard fixes, held out from them)

    # 055 German: one Position discontinued, one later
    p = po(
        "4500034301",
        SCHR,
        [
            (
                "ISO4017-M12X40",
                "Sechskantschraube ISO 4017 M12x40 10.9",
                500,
                "ST",
                "0.31",
                "2026-12-11",
            ),
            ("ISO4032-M12", "Sechskantmutter ISO 4032 M12 10", 500, "ST", "0.09", "2026-12-11"),
        ],
        currency="EUR",
    )
    add(
        "055-de-zimbra-ausgelaufen-und-spaeter",
        [p],
        conf(
            (p, {"1": {"status": "rejected"}, "2": changed(p, 2, date="2026-12-18")}),
            notes="Pos. 1 nicht mehr lieferbar; Pos. 2 zum 18.12.2026",
        ),
        frm=("Markus Weber", "innendienst@schraubenwerk-hohenlohe.example"),
        subject="AW: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 08:31:00 +0100",
        reply_to_po=p,
        text=(
            "Guten Tag Frau Ruiz,\n\nPos. 1 ist leider nicht mehr lieferbar (Artikel ausgelaufen).\n"
            "Pos. 2 bestätigen wir zum 18.12.2026.\n\nGruß\nMarkus Weber" + quote("zimbra", p)
        ),
        headers={"X-Mailer": "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4546)"},
    )

    # 056 German: price per 1000
    p = po(
        "4500034322",
        SCHR,
        [
            ("DIN125-A8.4", "Scheibe DIN 125 A 8,4 verzinkt", 5000, "ST", "0.0440", "2026-12-14"),
        ],
        currency="EUR",
    )
    add(
        "056-de-price-per-1000",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="0.046")}),
            notes="46,00 € / 1000 St. = 0.046 per piece",
        ),
        frm=("Markus Weber", "innendienst@schraubenwerk-hohenlohe.example"),
        subject="AW: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 09:02:00 +0100",
        reply_to_po=p,
        text=(
            "Hallo Frau Ruiz,\n\nwir bestätigen Ihre Bestellung 4500034322. Preis: 46,00 € / 1000 St., "
            "Menge und Liefertermin wie gewünscht.\n\nGruß\nMarkus Weber" + quote("outlook_de", p)
        ),
    )

    # 057 French ARC as a semicolon CSV with decimal commas
    p = po(
        "4500034344",
        CARTON,
        [
            ("EMB-C30", "Carton simple cannelure 30x20x20", 200, "PCE", "3.45", "2026-12-11"),
            ("EMB-CAL-5", "Calage papier 5 kg", 100, "PCE", "7.90", "2026-12-11"),
        ],
        currency="EUR",
    )
    arc = (
        "Ligne;Article;Qté commandée;Qté confirmée;Prix unitaire;Date de livraison\r\n"
        "1;EMB-C30;200;200;3,45;11/12/2026\r\n2;EMB-CAL-5;100;80;7,90;18/12/2026\r\n"
    )
    add(
        "057-fr-arc-semicolon-csv",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, quantity=80, date="2026-12-18")}),
            notes="'accusé de réception de commande' (ARC) is the French order confirmation; CSV ; and ,",
        ),
        frm=("Service ADV", "adv@cartonnages-lyonnais.example"),
        subject="ARC commande 4500034344",
        date_hdr="Mon, 23 Nov 2026 10:15:00 +0100",
        reply_to_po=p,
        text=(
            "Bonjour,\n\nVeuillez trouver ci-joint notre accusé de réception de commande pour votre "
            "commande 4500034344.\n\nCordialement,\nLéa Martin\nAdministration des ventes"
        ),
        attachments=[("ARC_4500034344.csv", "text/csv", arc)],
    )

    # 058 supplier forwards its plant's answer and confirms
    p = po(
        "4500034366",
        GASK,
        [
            ("GSK-RF-8", "Ring gasket 8in 150# CNAF", 30, "EA", "6.70", "2026-12-03"),
        ],
    )
    add(
        "058-forwarded-internal-ok",
        [p],
        conf(
            (p, accepted(p)),
            notes="Supplier confirms above a forwarded internal note from its plant",
        ),
        frm=("Carla Benoit", "cs@gulfcoastgasket.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 11:20:00 -0600",
        reply_to_po=p,
        text=(
            "Dana,\n\nPlant says no problem - PO 4500034366 confirmed as ordered.\n\nCarla\n\n"
            "---------- Forwarded message ---------\nFrom: Plant Scheduling <scheduling@gulfcoastgasket.example>\n"
            "Date: Mon, Nov 23, 2026 at 10:58 AM\nSubject: FW: PO 4500034366\nTo: Carla Benoit "
            "<cs@gulfcoastgasket.example>\n\nCapacity OK, 30 pcs GSK-RF-8 ship 12/3.\n"
            + quote("outlook", p)
        ),
    )

    # 059 Polish out of office in English, subject only
    p = po(
        "4500034388",
        PALET,
        [
            ("EPAL-USED-A", "EUR pallet used, class A", 200, "EA", "7.80", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "059-pl-out-of-office-english",
        [p],
        other("auto_reply", "OOO in English, no auto headers"),
        frm=("Agnieszka Nowak", "export@palety-mazowsze.example"),
        subject="Out of Office: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 07:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hello,\n\nI am on leave until 02.12.2026 with no access to e-mail. In urgent matters please "
            "contact biuro@palety-mazowsze.example.\n\nBest regards\nAgnieszka Nowak"
        ),
    )

    # 061 Dutch question
    p = po(
        "4500034411",
        KABEL,
        [
            ("VD-2.5-BL", "VD draad 2,5 mm² blauw", 500, "M", "0.29", "2026-12-08"),
            ("VD-2.5-GR", "VD draad 2,5 mm² grijs/zwart", 500, "M", "0.29", "2026-12-08"),
        ],
        currency="EUR",
    )
    add(
        "060-nl-question-grey-or-black",
        [p],
        other("needs_review", "Vraag over regel 2 voor bevestiging"),
        frm=("Ruud Jansen", "verkoop@kabelhandel-twente.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 12:40:00 +0100",
        reply_to_po=p,
        text=(
            "Beste Dana,\n\nBedoelt u bij regel 2 de grijze of de zwarte uitvoering? Dan bevestigen wij "
            "de bestelling direct.\n\nMet vriendelijke groet,\nRuud Jansen" + quote("gmail_nl", p)
        ),
    )

    # 061 Czech in Czech: full acceptance
    p = po(
        "4500034433",
        OCEL,
        [
            ("TR-40X40X3", "Jakel 40x40x3 S235, 6 m", 60, "KS", "412.00", "2026-12-11"),
        ],
        currency="CZK",
    )
    add(
        "061-cz-potvrzujeme-v-plnem-rozsahu",
        [p],
        conf((p, accepted(p)), notes="Czech: confirmed in full, delivery date = need-by"),
        frm=("Petr Dvořák", "obchod@ocel-morava.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 13:05:00 +0100",
        reply_to_po=p,
        text=(
            "Dobrý den,\n\npotvrzujeme Vaši objednávku č. 4500034433 v plném rozsahu. Termín dodání "
            "11.12.2026.\n\nS pozdravem\nPetr Dvořák\nOcel Morava s.r.o." + quote("outlook", p)
        ),
    )

    # 062 backorder split
    p = po(
        "4500034455",
        OFFICE,
        [
            ("STP-HD-24", "Heavy duty stapler 24 sheet", 20, "EA", "17.49", "2026-12-03"),
            ("STA-1/4-5M", "Staples 1/4in, box of 5000", 100, "EA", "3.29", "2026-12-03"),
        ],
    )
    add(
        "062-us-backorder-balance",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": changed(
                        p,
                        2,
                        date="2027-01-12",
                        schedule=[
                            {"quantity": 60, "date": "2026-12-03"},
                            {"quantity": 40, "date": "2027-01-12"},
                        ],
                    ),
                },
            ),
            notes="Line 2: 60 now with line 1, balance 40 ETA 1/12/27",
        ),
        frm=("Jen Moss", "jen.moss@tricountyoffice.example"),
        subject="Re: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 14:00:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nLine 1 shipping 12/3 as requested.\nLine 2 is on backorder - 60 ship 12/3 with "
            "line 1, balance of 40 ETA 1/12/27.\n\nthx\nJen" + quote("zimbra", p)
        ),
    )

    # 063 price change with a revised order total
    p = po(
        "4500034477",
        SENS,
        [
            ("LVL-US-5M", "Ultrasonic level sensor 5 m", 100, "EA", "24.00", "2026-12-15"),
            ("LVL-BRK-SS", "Mounting bracket stainless", 50, "EA", "36.00", "2026-12-15"),
        ],
    )
    add(
        "063-us-price-change-revised-total",
        [p],
        conf(
            (p, {"1": changed(p, 1, unit_price="25.20"), "2": accepted(p)["2"]}),
            notes="Line 1 $25.20; revised order total $4,320.00 is the sum",
        ),
        frm=("Nicole Adair", "orders@buckeyesensor.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 15:30:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nPO 4500034477 confirmed for 12/15 delivery. Line 1 unit price is $25.20 (new "
            "sensor revision); line 2 as ordered. Revised order total: $4,320.00.\n\nBest,\nNicole"
            + quote("outlook_mac", p)
        ),
    )

    # 064 shipping notice for another order
    p = po(
        "4500034499",
        TOOL,
        [
            ("INS-CNMG-432", "Carbide insert CNMG 432", 50, "EA", "8.90", "2026-12-09"),
        ],
    )
    add(
        "064-ship-notice-other-order",
        [p],
        other("unrelated", "ASN for an older PO, not an answer"),
        frm=("Great Lakes Tooling", "orders@greatlakestooling.example"),
        subject="Your order 4500029911 has shipped",
        date_hdr="Mon, 23 Nov 2026 16:00:00 -0500",
        text=(
            "Good news! Your order 4500029911 shipped today via UPS Ground.\n\nTracking: 1Z999AA10123456784\n"
            "Items: 12 x EM-3/8-4FL end mill 3/8in\n\nGreat Lakes Tooling Supply"
        ),
    )

    # 065 ticket system auto-acknowledgment
    p = po(
        "4500034511",
        FITT,
        [
            ("SS316-CAP-1", "Cap 1in BSP 316", 50, "EA", "3.95", "2026-12-16"),
        ],
        currency="GBP",
    )
    add(
        "065-ticket-system-auto-ack",
        [p],
        other("auto_reply", "Helpdesk auto-acknowledgment"),
        frm=("Severn Stainless Orders", "sales@severnstainless.example"),
        subject="[Ticket #48812] " + subj(p),
        date_hdr="Mon, 23 Nov 2026 10:00:05 +0000",
        reply_to_po=p,
        headers={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
        text=(
            "Thank you for contacting Severn Stainless Orders. Your request #48812 has been received and "
            "will be handled within 24 hours.\n\nThis is an automated message, please do not reply."
        ),
    )

    # 066 en-GB weekday + ordinal date
    p = po(
        "4500034533",
        PRESS,
        [
            ("BCP-SPC-12", "Spacer 12mm zinc", 400, "EA", "0.44", "2026-12-08"),
        ],
        currency="GBP",
    )
    add(
        "066-gb-weekday-ordinal-date",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-10")}),
            notes="'Thursday 10th December' = 2026-12-10",
        ),
        frm=("Karen Whitehouse", "orders@bcpressings.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 23 Nov 2026 11:45:00 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nAll confirmed, qty and price as per your order, delivery Thursday 10th December.\n\n"
            "Kind regards\nKaren" + quote("outlook", p)
        ),
    )

    # ---------------------------------------------------------------- batch 4 (written at 16:25,
    # after H3's extractor fixes and the batch-3 guard fixes: held out from both)

    # 067 three lines confirmed, the fourth discontinued with a suggested replacement
    p = po(
        "4500034555",
        MIDWEST,
        [
            ("CP-1/8X1", "Cotter pin 1/8 x 1 ZP", 1000, "EA", "0.0280", "2026-12-10"),
            ("CP-3/16X1.5", "Cotter pin 3/16 x 1-1/2 ZP", 1000, "EA", "0.0410", "2026-12-10"),
            ("CLV-1/4", "Clevis pin 1/4 x 1", 500, "EA", "0.3800", "2026-12-10"),
            ("HRP-1/4", "Hitch pin clip 1/4", 500, "EA", "0.2200", "2026-12-10"),
        ],
    )
    add(
        "067-us-line4-discontinued-replacement",
        [p],
        conf(
            (
                p,
                {
                    "1": accepted(p)["1"],
                    "2": accepted(p)["2"],
                    "3": accepted(p)["3"],
                    "4": {"status": "rejected"},
                },
            ),
            notes="Line 4 discontinued; a replacement is only suggested (not committed)",
        ),
        frm=("Mike Kowalski", "orders@midwestfastener.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 08:40:00 -0500",
        reply_to_po=p,
        text=(
            "Dana,\n\nWe can confirm lines 1-3 as ordered. Line 4 has been discontinued by the mill - we "
            "could offer HRP-1/4-SS at $0.31 instead if that works for you.\n\nMike"
            + quote("outlook", p)
        ),
    )

    # 068 Gmail, one line, restating the values with 'ea.'
    p = po(
        "4500034577",
        BOXES,
        [
            ("TAPE-48-CL", "Packing tape 48mm x 100m clear", 250, "EA", "3.15", "2026-12-11"),
        ],
    )
    add(
        "068-us-restated-values-confirmed",
        [p],
        conf((p, accepted(p)), notes="Restates qty, price and date equal to the PO"),
        frm=("Barb Heartland", "barb.heartland@yahoo.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 09:10:00 -0600",
        reply_to_po=p,
        text="Confirmed: 250 ea. @ $3.15 ea., delivery Dec. 11th.\n\nBarb" + quote("gmail", p),
    )

    # 069 German: two calendar weeks, one with a year
    p = po(
        "4500034599",
        ALU,
        [
            ("AP-30X30-6M", "Aluminiumprofil 30x30 Nut 6, 6 m", 80, "ST", "12.40", "2026-12-11"),
            ("AP-60X30-6M", "Aluminiumprofil 60x30 Nut 6, 6 m", 40, "ST", "21.80", "2026-12-11"),
        ],
        currency="EUR",
    )
    add(
        "069-de-two-calendar-weeks",
        [p],
        conf(
            (p, {"1": changed(p, 1, date=kw(2026, 51)), "2": changed(p, 2, date=kw(2027, 2))}),
            notes="Pos. 1 KW 51 (18.12.), Pos. 2 KW 2/2027 (15.01.)",
        ),
        frm=("Jürgen Hoffmann", "verkauf@alu-weser.example"),
        subject="AW: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 10:00:00 +0100",
        reply_to_po=p,
        text=(
            "Sehr geehrte Frau Ruiz,\n\nMengen und Preise bestätigen wir wie bestellt. Liefertermine:\n"
            "Pos. 1: KW 51\nPos. 2: KW 2/2027\n\nMit freundlichen Grüßen\nJürgen Hoffmann"
            + quote("outlook_de", p)
        ),
    )

    # 070 French: whole order declined
    p = po(
        "4500034611",
        VIS,
        [
            ("ECR-M8-A2", "Écrou hexagonal M8 inox A2", 2000, "PCE", "0.045", "2026-12-15"),
            ("RON-M8-A2", "Rondelle plate M8 inox A2", 2000, "PCE", "0.021", "2026-12-15"),
        ],
        currency="EUR",
    )
    add(
        "070-fr-commande-declinee",
        [p],
        conf(
            (p, {"1": {"status": "rejected"}, "2": {"status": "rejected"}}),
            notes="Cannot honour the order (supplier out of stock until March): both lines rejected",
        ),
        frm=("Visserie Normande", "commandes@visserie-normande.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 10:30:00 +0100",
        reply_to_po=p,
        text=(
            "Bonjour Madame,\n\nNous sommes au regret de ne pas pouvoir honorer votre commande 4500034611 : "
            "rupture de stock chez notre fournisseur jusqu'en mars.\n\nBien cordialement,\nThierry Lefebvre"
            + quote("gmail_fr", p)
        ),
    )

    # 071 terse: ship date ok, price up on line 2
    p = po(
        "4500034633",
        ELEC,
        [
            ("CON-USB-C", "USB-C receptacle 16 pin SMT", 1000, "EA", "0.48", "2026-12-01"),
            ("CON-RJ45-MAG", "RJ45 with magnetics, THT", 300, "EA", "12.10", "2026-12-01"),
        ],
    )
    add(
        "071-us-ok-to-ship-price-up-line2",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, unit_price="12.75")}),
            notes="Ok to ship 12/1; line 2 $12.75/ea",
        ),
        frm=("Rick Huang", "rick.huang@pacificpassives.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 11:00:00 -0800",
        reply_to_po=p,
        text=(
            "Ok to ship 12/1 but price went up to $12.75/ea on line 2. Line 1 fine.\n\nRick"
            + quote("outlook", p)
        ),
    )

    # 072 two POs, only one answered
    pa = po(
        "4500034655",
        FITT,
        [
            ("SS316-RED-1X3/4", "Reducing bush 1 x 3/4 BSP 316", 30, "EA", "5.60", "2026-12-17"),
        ],
        currency="GBP",
    )
    pb = po(
        "4500034656",
        FITT,
        [
            ("SS316-PLG-1", "Hex plug 1in BSP 316", 30, "EA", "3.20", "2026-12-17"),
        ],
        currency="GBP",
    )
    add(
        "072-gb-one-of-two-pos-answered",
        [pa, pb],
        conf((pa, accepted(pa)), notes="PO 4500034656 only mentioned (answer promised): left out"),
        frm=("Owen Pritchard", "sales@severnstainless.example"),
        subject="RE: PO 4500034655 and 4500034656",
        date_hdr="Tue, 24 Nov 2026 12:00:00 +0000",
        text=(
            "Hi Dana,\n\nPO 4500034655 confirmed as ordered. I'll come back to you on 4500034656 tomorrow, "
            "waiting on the plugs from our supplier.\n\nRegards\nOwen\n\nSent from my iPhone"
        ),
    )

    # 073 Italian out-of-office with Auto-Submitted
    p = po(
        "4500034677",
        CUSC,
        [
            ("6206-2RS", "Cuscinetto radiale 6206-2RS", 300, "PZ", "2.45", "2026-12-15"),
        ],
        currency="EUR",
    )
    add(
        "073-it-fuori-ufficio",
        [p],
        other("auto_reply", "Risposta automatica, Auto-Submitted"),
        frm=("Ufficio Ordini", "ordini@cuscinetti-brianza.example"),
        subject="Risposta automatica: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 07:30:00 +0100",
        reply_to_po=p,
        headers={"Auto-Submitted": "auto-replied"},
        text=(
            "Sono fuori ufficio fino al 1 dicembre compreso. Per urgenze scrivere a "
            "ordini@cuscinetti-brianza.example.\n\nCordiali saluti"
        ),
    )

    # 074 price still to be approved internally
    p = po(
        "4500034699",
        GASK,
        [
            ("GSK-GRF-10", "Graphite sheet gasket 10in 150#", 20, "EA", "15.60", "2026-12-14"),
        ],
    )
    add(
        "074-price-pending-sales-manager",
        [p],
        other(
            "needs_review", "Quantity and date fine but the price is still open: no firm answer yet"
        ),
        frm=("Carla Benoit", "cs@gulfcoastgasket.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 13:00:00 -0600",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nQuantity and 12/14 delivery are fine, but the price has to be reviewed by our sales "
            "manager first - I'll let you know as soon as I hear back.\n\nCarla"
            + quote("outlook", p)
        ),
    )

    # 075 supplier asks for a tax certificate
    p = po(
        "4500034711",
        OFFICE,
        [
            ("ENV-10-WH", "Envelope #10 white, box of 500", 20, "BOX", "18.90", "2026-12-04"),
        ],
    )
    add(
        "075-vendor-asks-tax-certificate",
        [p],
        other("unrelated", "Accounts question, not about the order"),
        frm=("Tri-County Accounts", "jen.moss@tricountyoffice.example"),
        subject="Updated tax exemption certificate needed",
        date_hdr="Tue, 24 Nov 2026 14:00:00 -0500",
        text=(
            "Hello,\n\nOur records show your sales tax exemption certificate expires 12/31/2026. Please send "
            "us an updated copy so we can keep your account tax exempt.\n\nThank you,\nAccounts Receivable\n"
            "Tri-County Office Supply"
        ),
    )

    # 076 HTML-only Gmail reply, our request in a blockquote
    p = po(
        "4500034733",
        TOOL,
        [
            ("DR-CO-8.5", "Cobalt drill 8.5mm DIN 338", 60, "EA", "4.85", "2026-12-09"),
        ],
    )
    qh = br_html(request_text(p)).split("<body>")[1].split("</body>")[0]
    add(
        "076-gmail-html-only-blockquote",
        [p],
        conf((p, accepted(p)), notes="HTML only; ship date = need-by"),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 24 Nov 2026 15:00:00 -0500",
        reply_to_po=p,
        html=(
            '<div dir="ltr">Confirmed, all good. Ship date Dec 9.<div><br></div><div>Greg</div></div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 9, 2026 at 10:02 AM '
            'Dana Ruiz &lt;dana.ruiz@kestrel-mfg.example&gt; wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + qh
            + "</blockquote></div>"
        ),
    )

    # ---------------------------------------------------------------- batch 5 (written at 16:30,
    # held out from the batch-4 guard fixes)

    # 077 supplier types a pipe table
    p = po(
        "4500034801",
        WASH,
        [
            ("SHM-0.5-1", "Shim 0.5mm x 1in ID", 100, "EA", "2.50", "2026-12-10"),
            ("SHM-1.0-1", "Shim 1.0mm x 1in ID", 50, "EA", "4.00", "2026-12-10"),
        ],
    )
    add(
        "077-us-typed-pipe-table",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, date="2026-12-17")}),
            notes="Typed pipe table; line 2 ships 12/17",
        ),
        frm=("Keystone Orders", "orders@keystonewasher.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 08:00:00 -0500",
        reply_to_po=p,
        text=(
            "Dana,\n\nSee below:\n\nLine | Qty | Price | Ship\n1 | 100 | 2.50 | 12/10\n2 | 50 | 4.00 | 12/17\n\n"
            "Deb" + quote("outlook", p)
        ),
    )

    # 078 German date without a year
    p = po(
        "4500034822",
        KRAEMER,
        [
            ("RM-40-1:20", "Schneckengetriebe RM40 i=20", 6, "ST", "189.00", "2026-12-11"),
        ],
        currency="EUR",
    )
    add(
        "078-de-date-without-year",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-14")}),
            notes="'Liefertermin 14.12.' without year = 2026-12-14",
        ),
        frm=("Krämer Antriebe Innendienst", "auftrag@kraemer-antriebe.example"),
        subject="AW: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 09:00:00 +0100",
        reply_to_po=p,
        text="Bestätigt. Liefertermin 14.12., Preis und Menge wie bestellt.\n\nGruß\nA. Krämer"
        + quote("outlook_de", p),
    )

    # 079 part of a line cannot be supplied
    p = po(
        "4500034844",
        PRESS,
        [
            ("BCP-NUT-M10", "Weld nut M10", 500, "EA", "0.12", "2026-12-14"),
            ("BCP-BSH-20", "Bush 20mm bronze", 80, "EA", "2.35", "2026-12-14"),
        ],
        currency="GBP",
    )
    add(
        "079-gb-part-of-line-cannot-supply",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, quantity=60)}),
            notes="Line 2: 60 of 80, remaining 20 end of line",
        ),
        frm=("Karen Whitehouse", "orders@bcpressings.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 10:00:00 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nLine 1 confirmed. On line 2 we can supply 60 of the 80; the remaining 20 we can't "
            "supply as the bush is end of line. Price and date as ordered.\n\nKaren"
            + quote("outlook", p)
        ),
    )

    # 080 Spanish one-word acceptance
    p = po(
        "4500034866",
        EMPQ,
        [
            ("CINTA-48", "Cinta canela 48 mm", 600, "PZA", "0.92", "2026-12-09"),
        ],
    )
    add(
        "080-es-pedido-conforme",
        [p],
        conf((p, accepted(p)), notes="'Pedido … conforme'"),
        frm=("Mariana López", "ventas@empaquesbajio.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 09:30:00 -0600",
        reply_to_po=p,
        text="Pedido 4500034866 conforme.\n\nSaludos,\nMariana" + quote("gmail_es", p),
    )

    # 081 human holding answer, out sick
    p = po(
        "4500034888",
        ELEC,
        [
            ("FUSE-5X20-2A", "Fuse 5x20 2A slow", 1000, "EA", "0.09", "2026-12-07"),
        ],
    )
    add(
        "081-out-sick-will-look-tomorrow",
        [p],
        other("needs_review", "Human holding answer"),
        frm=("Rick Huang", "rick.huang@pacificpassives.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 07:45:00 -0800",
        reply_to_po=p,
        text="Dana - out sick today, I'll look at this PO tomorrow morning.\n\nRick"
        + quote("outlook", p),
    )

    # 082 German quantity with a thousands dot
    p = po(
        "4500034911",
        SCHR,
        [
            (
                "DIN7985-M4X10",
                "Linsenkopfschraube DIN 7985 M4x10 A2",
                1000,
                "ST",
                "0.032",
                "2026-12-16",
            ),
        ],
        currency="EUR",
    )
    add(
        "082-de-quantity-thousands-dot",
        [p],
        conf((p, {"1": changed(p, 1, quantity=1200)}), notes="'1.200 Stück' = 1200 (VPE)"),
        frm=("Markus Weber", "innendienst@schraubenwerk-hohenlohe.example"),
        subject="AW: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 11:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hallo Frau Ruiz,\n\nwir liefern 1.200 Stück (volle Kartons), Preis und Termin wie bestellt.\n\n"
            "Gruß\nMarkus Weber" + quote("outlook_de", p)
        ),
    )

    # 083 Dutch week without a year
    p = po(
        "4500034933",
        KABEL,
        [
            ("WCD-2V-WIT", "Wandcontactdoos 2-voudig wit", 100, "ST", "4.60", "2026-12-10"),
            ("SCH-WIS-WIT", "Wisselschakelaar wit", 100, "ST", "3.85", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "083-nl-regel-week-2",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, date=kw(2027, 2))}),
            notes="'regel 2 leveren wij week 2' = Friday of week 2 of 2027",
        ),
        frm=("Ruud Jansen", "verkoop@kabelhandel-twente.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 12:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hoi Dana,\n\nRegel 1 akkoord. Regel 2 leveren wij in week 2, verder zoals besteld.\n\nGroet,\nRuud"
            + quote("gmail_nl", p)
        ),
    )

    # 084 price per case equal to the PO's unit price
    p = po(
        "4500034955",
        FLORAL,
        [
            ("RIB-SAT-1", "Satin ribbon 1in x 25yd red", 48, "EA", "1.20", "2026-12-08"),
        ],
    )
    add(
        "084-us-price-per-case-equal",
        [p],
        conf((p, accepted(p)), notes="$28.80 per case of 24 = $1.20 each = PO price"),
        frm=("Jen", "jen@sunbeltfloral.example"),
        subject="Re: " + subj(p),
        date_hdr="Wed, 25 Nov 2026 13:00:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana! Confirmed, 48 ribbons (2 cases) for 12/8. Price is $28.80 per case of 24.\n\nJen"
            + quote("gmail", p)
        ),
    )

    # 085 lunch invitation from the rep
    p = po(
        "4500034977",
        ALU,
        [
            ("AP-20X20-6M", "Aluminiumprofil 20x20 Nut 5, 6 m", 50, "ST", "7.90", "2026-12-18"),
        ],
        currency="EUR",
    )
    add(
        "085-lunch-invitation",
        [p],
        other("unrelated", "Personal meeting request from the sales rep"),
        frm=("Jürgen Hoffmann", "verkauf@alu-weser.example"),
        subject="Besuch nächste Woche",
        date_hdr="Wed, 25 Nov 2026 14:00:00 +0100",
        text=(
            "Hallo Dana,\n\nich bin nächste Woche in Ihrer Gegend. Hätten Sie am Donnerstag Zeit für ein "
            "Mittagessen?\n\nViele Grüße\nJürgen Hoffmann"
        ),
    )

    # ---------------------------------------------------------------- batch 6 (written at 16:32,
    # held out): replies that must NOT become confirmations

    # 086 receipt only
    p = po(
        "4500035001",
        PIPE,
        [
            ("FLG-WN-4-150", "Weld neck flange 4in 150# A105", 20, "EA", "38.50", "2026-12-16"),
        ],
    )
    add(
        "086-receipt-only-ack-to-follow",
        [p],
        other("needs_review", "Receipt confirmed, acknowledgement to follow"),
        frm=("Allegheny Pipe Sales", "sales@alleghenypipe.example"),
        subject="RE: " + subj(p),
        date_hdr="Thu, 26 Nov 2026 08:00:00 -0500",
        reply_to_po=p,
        text=(
            "Good morning,\n\nWe confirm receipt of your PO 4500035001. Our order desk will send the order "
            "acknowledgement within 48 hours.\n\nAllegheny Pipe & Fitting" + quote("outlook", p)
        ),
    )

    # 087 supplier asks its own plant, buyer in Cc
    p = po(
        "4500035022",
        SENS,
        [
            ("FLW-PAD-1", "Paddle flow switch 1in", 500, "EA", "14.20", "2026-12-15"),
        ],
    )
    add(
        "087-internal-question-buyer-in-cc",
        [p],
        other("needs_review", "Supplier asks its plant whether it can make it; buyer only in Cc"),
        frm=("Nicole Adair", "orders@buckeyesensor.example"),
        subject="FW: " + subj(p),
        to="Tom Becker <production@buckeyesensor.example>",
        headers={"Cc": "Dana Ruiz <dana.ruiz@kestrel-mfg.example>"},
        date_hdr="Thu, 26 Nov 2026 09:00:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Tom,\n\ncan we make 500 of these by 12/15? Please check and let me know today.\n\nThanks\n"
            "Nicole" + quote("outlook", p)
        ),
    )

    # 088 confirmation subject to a drawing approval
    p = po(
        "4500035044",
        KRAEMER,
        [
            ("SP-GEAR-Z40", "Stirnrad Z40 m2 nach Zeichnung", 12, "ST", "84.00", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "088-provided-drawing-approval",
        [p],
        other("needs_review", "Date depends on a drawing approval"),
        frm=("Krämer Antriebe Innendienst", "auftrag@kraemer-antriebe.example"),
        subject="AW: " + subj(p),
        date_hdr="Thu, 26 Nov 2026 10:00:00 +0100",
        reply_to_po=p,
        text=(
            "Dear Ms Ruiz,\n\nwe can confirm delivery on 10.12.2026 provided we receive your approval of "
            "drawing rev. C by 30.11.2026.\n\nBest regards\nA. Krämer" + quote("outlook", p)
        ),
    )

    # 089 quotation for another item
    p = po(
        "4500035066",
        GASK,
        [
            ("GSK-EPDM-8", "Gasket EPDM 8in 150#", 40, "EA", "7.60", "2026-12-11"),
        ],
    )
    add(
        "089-quotation-other-item",
        [p],
        other("unrelated", "Answers an RFQ for a different item"),
        frm=("Carla Benoit", "cs@gulfcoastgasket.example"),
        subject="Quote Q-26-1187 spiral wound 10in",
        date_hdr="Thu, 26 Nov 2026 11:00:00 -0600",
        text=(
            "Hi Dana,\n\nAs requested, our quotation Q-26-1187: spiral wound gasket 10in 300#, $21.40 ea, "
            "lead time 3 weeks ARO, valid 30 days.\n\nThanks,\nCarla"
        ),
    )

    # 090 German auto receipt carrying our request
    p = po(
        "4500035088",
        BRENNER,
        [
            ("HB-FIL-10", "Rücklauffilter 10 µm", 6, "ST", "72.50", "2026-12-14"),
        ],
        currency="EUR",
    )
    add(
        "090-de-auto-eingangsbestaetigung",
        [p],
        other("auto_reply", "Automatic receipt (Auto-Submitted) that quotes the whole request"),
        frm=("Hydraulik Brenner Vertrieb", "vertrieb@hydraulik-brenner.example"),
        subject="Eingangsbestätigung: " + subj(p),
        date_hdr="Thu, 26 Nov 2026 10:00:02 +0100",
        reply_to_po=p,
        headers={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        text=(
            "Vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird schnellstmöglich "
            "bearbeitet.\n\nIhre Nachricht:\n" + request_text(p)
        ),
    )

    # 091 price increase announcement naming the PO
    p = po(
        "4500035111",
        WASH,
        [
            ("LW-M12-ZN", "Spring lock washer M12 zinc", 2000, "EA", "0.045", "2027-01-15"),
        ],
    )
    add(
        "091-price-increase-notice-names-po",
        [p],
        other("needs_review", "Announces a price increase affecting the PO, confirms nothing"),
        frm=("Deb Yoder", "orders@keystonewasher.example"),
        subject="Price increase January 1 - your open orders",
        date_hdr="Thu, 26 Nov 2026 12:00:00 -0500",
        text=(
            "Dana,\n\nPlease note that from January 1, 2027 all prices increase by 5%. This affects open orders "
            "delivered after that date, including your PO 4500035111.\n\nRegards,\nDeb Yoder"
        ),
    )

    # 092 tentative date
    p = po(
        "4500035133",
        TOOL,
        [
            ("BT-HSS-M10", "Machine tap M10 HSS-E", 40, "EA", "9.60", "2026-12-14"),
        ],
    )
    add(
        "092-tentative-date",
        [p],
        other("needs_review", "Tentative date, to be firmed up"),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 26 Nov 2026 13:00:00 -0500",
        reply_to_po=p,
        text="Tentatively 12/18 for these, I'll firm it up Monday.\n\nGreg" + quote("gmail", p),
    )

    # 093 cannot confirm yet
    p = po(
        "4500035155",
        CUSC,
        [
            ("NU-2206", "Cuscinetto a rulli NU 2206", 40, "PZ", "11.80", "2026-12-16"),
        ],
        currency="EUR",
    )
    add(
        "093-cannot-confirm-yet",
        [p],
        other("needs_review", "Cannot confirm yet, will confirm next week"),
        frm=("Ufficio Ordini", "ordini@cuscinetti-brianza.example"),
        subject="R: " + subj(p),
        date_hdr="Thu, 26 Nov 2026 14:00:00 +0100",
        reply_to_po=p,
        text=(
            "Buongiorno,\n\nat the moment we can't confirm this order, our ERP is down. We will confirm it "
            "next week.\n\nCordiali saluti\nUfficio Ordini" + quote("gmail_it", p)
        ),
    )

    # ---------------------------------------------------------------- batch 7 (written at 16:36,
    # held out)

    # 094 'confirm' about a credit review
    p = po(
        "4500035201",
        PCB,
        [
            ("PCB-LED-V1", "LED driver PCB rev 1", 3000, "PCS", "1.25", "2026-12-22"),
        ],
    )
    add(
        "094-credit-review-pending",
        [p],
        other("needs_review", "Order goes to credit review first"),
        frm=("Lily Chen", "sales03@huaxin-pcb.example"),
        subject="Re:" + subj(p),
        date_hdr="Fri, 27 Nov 2026 09:00:00 +0800",
        reply_to_po=p,
        text=(
            "Dear Dana,\n\nWe confirm your order will be reviewed by our credit department first, because the "
            "amount is over your credit limit. We will inform you the result.\n\nBest regards\nLily"
            + quote("foxmail", p)
        ),
    )

    # 095 received, ships when material arrives
    p = po(
        "4500035222",
        OCEL,
        [
            ("TR-50X50X4", "Jakel 50x50x4 S235, 6 m", 40, "KS", "560.00", "2026-12-18"),
        ],
        currency="CZK",
    )
    add(
        "095-ship-when-material-arrives",
        [p],
        other("needs_review", "No date: ships when material arrives"),
        frm=("Petr Dvořák", "obchod@ocel-morava.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 27 Nov 2026 10:00:00 +0100",
        reply_to_po=p,
        text=(
            "Dear Mrs. Ruiz,\n\nreceived with thanks. We will ship as soon as the material arrives from the "
            "rolling mill.\n\nBest regards\nPetr Dvořák" + quote("outlook", p)
        ),
    )

    # 096 their sales order number for our PO
    p = po(
        "4500035244",
        SENS,
        [
            (
                "PT100-B-100",
                "RTD sensor PT100 class B, 100mm probe",
                40,
                "EA",
                "29.50",
                "2026-12-14",
            ),
        ],
    )
    add(
        "096-entered-as-sales-order",
        [p],
        conf(
            (p, accepted(p)),
            notes="'entered as our sales order 20031877, confirmed for 12/14 delivery': the SO number is theirs",
        ),
        frm=("Buckeye Sensor Orders", "orders@buckeyesensor.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 27 Nov 2026 11:00:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nYour PO 4500035244 is entered as our sales order 20031877, confirmed for 12/14 "
            "delivery.\n\nNicole" + quote("outlook_mac", p)
        ),
    )

    # 097 answer to a reminder
    p = po(
        "4500035266",
        LABELCO,
        [
            ("LBL-EAN-38x21", "EAN labels 38x21mm, 2000/roll", 12, "ROLL", "9.80", "2026-12-16"),
        ],
        currency="GBP",
    )
    add(
        "097-sorry-for-delay-confirmed",
        [p],
        conf((p, accepted(p)), notes="Answer to a reminder"),
        frm=("Tom Ashworth", "sales@fenlandlabel.example"),
        subject="RE: Reminder: " + subj(p),
        date_hdr="Fri, 27 Nov 2026 12:00:00 +0000",
        reply_to_po=p,
        text="Sorry for the delay Dana - yes, confirmed as per PO.\n\nTom" + quote("outlook", p),
    )

    # 098 question with numbers
    p = po(
        "4500035288",
        PALET,
        [
            ("EPAL-NEW", "EUR pallet 1200x800, new, EPAL", 500, "EA", "11.50", "2026-12-10"),
        ],
        currency="EUR",
    )
    add(
        "098-question-split-or-not",
        [p],
        other("needs_review", "Asks whether to split 300/200"),
        frm=("Agnieszka Nowak", "export@palety-mazowsze.example"),
        subject="RE: " + subj(p),
        date_hdr="Fri, 27 Nov 2026 13:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hello Dana,\n\ndo you want all 500 pcs on 10.12.2026 or can we split 300 pcs on 10.12. and 200 pcs "
            "on 17.12.?\n\nBest regards\nAgnieszka" + quote("outlook", p)
        ),
    )

    # 099 Spanish out-of-office with X-Autoreply
    p = po(
        "4500035311",
        EMPQ,
        [
            ("BOLSA-30", "Bolsa de polietileno 30x40", 5000, "PZA", "0.06", "2026-12-11"),
        ],
    )
    add(
        "099-es-fuera-de-oficina",
        [p],
        other("auto_reply", "Respuesta automática"),
        frm=("Mariana López", "ventas@empaquesbajio.example"),
        subject="Respuesta automática: " + subj(p),
        date_hdr="Fri, 27 Nov 2026 08:00:00 -0600",
        reply_to_po=p,
        headers={"X-Autoreply": "yes"},
        text=(
            "Estoy fuera de la oficina hasta el 7 de diciembre. Para pedidos urgentes escriba a "
            "ventas@empaquesbajio.example.\n\nSaludos"
        ),
    )

    # 100 Exim plain-text bounce
    p = po(
        "4500035333",
        FLORAL,
        [
            ("WIRE-22-GRN", "Floral wire 22 gauge green", 100, "EA", "2.10", "2026-12-04"),
        ],
    )
    ex = (
        "From: Mail Delivery System <Mailer-Daemon@mail.kestrel-mfg.example>\r\n"
        "To: dana.ruiz@kestrel-mfg.example\r\nSubject: Mail delivery failed: returning message to sender\r\n"
        "Date: Fri, 27 Nov 2026 14:00:03 +0000\r\nMessage-ID: <E1blind100@mail.kestrel-mfg.example>\r\n"
        "Auto-Submitted: auto-replied\r\n\r\n"
        "This message was created automatically by mail delivery software.\r\n\r\n"
        "A message that you sent could not be delivered to one or more of its\r\nrecipients. This is a "
        "permanent error. The following address(es) failed:\r\n\r\n  jen@sunbeltfloral.example\r\n"
        "    host mx.sunbeltfloral.example [192.0.2.25]\r\n    SMTP error from remote mail server after RCPT "
        "TO:<jen@sunbeltfloral.example>:\r\n    550 5.1.1 User unknown\r\n\r\n"
        "------ This is a copy of the message, including all the headers. ------\r\n\r\n"
        "From: Dana Ruiz <dana.ruiz@kestrel-mfg.example>\r\nTo: jen@sunbeltfloral.example\r\n"
        f"Subject: {subj(p)}\r\nMessage-ID: {p['request_message_id']}\r\n\r\n"
        + request_text(p).replace("\n", "\r\n")
    )
    add(
        "100-exim-plain-bounce",
        [p],
        other("bounce", "Exim failure, no DSN part"),
        raw=ex.encode(),
        frm=("", ""),
        subject="",
        date_hdr="",
    )

    # ---------------------------------------------------------------- batch 8 (written at 16:38,
    # held out)

    # 101 'confirmed' about a price list request
    p = po(
        "4500035401",
        MIDWEST,
        [
            ("HCS-12-13-3", "Hex cap screw 1/2-13 x 3 Gr8 YZ", 600, "EA", "0.6200", "2026-12-11"),
        ],
    )
    add(
        "101-confirmed-price-list-attached",
        [p],
        other("unrelated", "'Confirmed' answers a price list request, not the PO"),
        frm=("Mike Kowalski", "orders@midwestfastener.example"),
        subject="RE: 2027 price list request",
        date_hdr="Mon, 30 Nov 2026 08:00:00 -0500",
        text=("Confirmed - the 2027 price list you asked for is attached.\n\nMike"),
        attachments=[
            (
                "MFS_2027_prices.csv",
                "text/csv",
                "Part,Description,Price\r\nHCS-12-13-3,Hex cap screw 1/2-13 x 3 Gr8 YZ,0.6500\r\n",
            )
        ],
    )

    # 102 stock confirmed, acknowledgement promised
    p = po(
        "4500035422",
        FITT,
        [
            ("SS316-ELB-3/4", "Elbow 90 3/4in BSP 316", 30, "EA", "4.90", "2026-12-15"),
            ("SS316-TEE-3/4", "Equal tee 3/4in BSP 316", 30, "EA", "6.10", "2026-12-15"),
        ],
        currency="GBP",
    )
    add(
        "102-stock-confirmed-ack-tomorrow",
        [p],
        other(
            "needs_review", "Confirms stock, not the order; acknowledgement promised for tomorrow"
        ),
        frm=("Owen Pritchard", "sales@severnstainless.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 30 Nov 2026 09:00:00 +0000",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nI can confirm we have both items in stock. I'll get the order acknowledgement out to "
            "you tomorrow.\n\nOwen" + quote("outlook", p)
        ),
    )

    # 103 waiting for the mill price
    p = po(
        "4500035444",
        BRENNER,
        [
            ("HB-ROHR-12", "Hydraulikrohr 12x1,5 E235, 6 m", 50, "ST", "2.35", "2026-12-17"),
        ],
        currency="EUR",
    )
    add(
        "103-waiting-for-mill-price",
        [p],
        other("needs_review", "Price doubtful, confirmation to follow"),
        frm=("Sabine Keller", "vertrieb@hydraulik-brenner.example"),
        subject="AW: " + subj(p),
        date_hdr="Mon, 30 Nov 2026 10:00:00 +0100",
        reply_to_po=p,
        text=(
            "Thanks Dana, we'll confirm as soon as we get the steel price from the mill. The price on your "
            "PO (2,35 €) is probably too low.\n\nSabine" + quote("outlook_de", p)
        ),
    )

    # 104 unmonitored mailbox
    p = po(
        "4500035466",
        VALV,
        [
            ("VB-3/4-INOX", 'Válvula de bola 3/4" inox', 40, "UD", "11.60", "2026-12-16"),
        ],
        currency="EUR",
    )
    add(
        "104-mailbox-not-monitored",
        [p],
        other("auto_reply", "Unmonitored mailbox notice, no headers"),
        frm=("Valvulería Levante", "pedidos@valvuleria-levante.example"),
        subject="RE: " + subj(p),
        date_hdr="Mon, 30 Nov 2026 11:00:05 +0100",
        reply_to_po=p,
        text=(
            "Thank you for your email. This mailbox is no longer monitored. Please send all orders to "
            "comercial@valvuleria-levante.example.\n\nValvulería Levante S.L."
        ),
    )

    # 105 confirmation in the subject only
    p = po(
        "4500035488",
        TOOL,
        [
            ("COL-ER32-SET", "ER32 collet set 18 pcs", 4, "EA", "96.00", "2026-12-10"),
        ],
    )
    add(
        "105-confirmed-in-subject-only",
        [p],
        conf(
            (p, accepted(p)),
            notes="'CONFIRMED' appended to the subject, empty body apart from the signature",
        ),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="RE: " + subj(p) + " - CONFIRMED",
        date_hdr="Mon, 30 Nov 2026 12:00:00 -0500",
        reply_to_po=p,
        text="\n\nGreg Lindqvist\nGreat Lakes Tooling Supply" + quote("outlook", p),
    )

    # 106 vague date
    p = po(
        "4500035511",
        CAST,
        [
            ("CF-100NB-PN16", "Cast flange 100NB PN16 WCB", 80, "NOS", "980.00", "2026-12-12"),
        ],
        currency="INR",
    )
    add(
        "106-confirmed-vague-date",
        [p],
        other("needs_review", "'end of next week' is no date"),
        frm=("Shree Ganesh Castings", "marketing@shreeganeshcastings.example"),
        subject="Re: " + subj(p),
        date_hdr="Mon, 30 Nov 2026 17:00:00 +0530",
        reply_to_po=p,
        text=(
            "Dear Madam,\n\nPO confirmed. Material will be ready by end of next week.\n\nRegards\nR. Venkatesh"
            + quote("gmail", p)
        ),
    )

    # ---------------------------------------------------------------- batch 9 (written at 16:39,
    # held out): confirmations in new forms

    # 107 case-pack round-up on one line
    p = po(
        "4500035555",
        FLORAL,
        [
            ("VASE-GL-8", "Glass cylinder vase 8in", 48, "EA", "2.40", "2026-12-09"),
            ("FOAM-BRK", "Floral foam brick", 70, "EA", "0.85", "2026-12-09"),
        ],
    )
    add(
        "107-us-case-pack-roundup-line2",
        [p],
        conf(
            (p, {"1": accepted(p)["1"], "2": changed(p, 2, quantity=75)}),
            notes="Line 2 qty 75 (case pack of 25)",
        ),
        frm=("Jen", "jen@sunbeltfloral.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 1 Dec 2026 08:00:00 -0500",
        reply_to_po=p,
        text=(
            "Hi Dana,\n\nConfirmed with the following change: line 2 qty 75 (case pack of 25), everything "
            "ships 12/9.\n\nJen" + quote("outlook", p)
        ),
    )

    # 108 French 'bon pour accord' with the old date restated
    p = po(
        "4500035577",
        CARTON,
        [
            ("EMB-C50", "Carton double cannelure 50x40x30", 300, "PCE", "1.05", "2026-12-11"),
        ],
        currency="EUR",
    )
    add(
        "108-fr-bon-pour-accord-au-lieu-du",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2026-12-15")}),
            notes="'Livraison le 15/12 au lieu du 11/12'",
        ),
        frm=("Service ADV", "adv@cartonnages-lyonnais.example"),
        subject="Re: " + subj(p),
        date_hdr="Tue, 1 Dec 2026 09:00:00 +0100",
        reply_to_po=p,
        text="Bonjour,\n\nBon pour accord. Livraison le 15/12 au lieu du 11/12.\n\nLéa"
        + quote("gmail_fr", p),
    )

    # 109 German: date moves, rest as ordered
    p = po(
        "4500035599",
        ALU,
        [
            ("AP-45X45-6M", "Aluminiumprofil 45x45 Nut 10, 6 m", 30, "ST", "22.90", "2026-12-18"),
        ],
        currency="EUR",
    )
    add(
        "109-de-termin-verschiebt-sich",
        [p],
        conf(
            (p, {"1": changed(p, 1, date="2027-01-08")}),
            notes="'Liefertermin verschiebt sich auf den 08.01.2027, sonst alles wie bestellt'",
        ),
        frm=("Jürgen Hoffmann", "verkauf@alu-weser.example"),
        subject="AW: " + subj(p),
        date_hdr="Tue, 1 Dec 2026 10:00:00 +0100",
        reply_to_po=p,
        text=(
            "Hallo Frau Ruiz,\n\nder Liefertermin verschiebt sich auf den 08.01.2027, sonst alles wie "
            "bestellt.\n\nGruß\nJürgen Hoffmann" + quote("outlook_de", p)
        ),
    )

    # 110 price plus VAT equal to the PO
    p = po(
        "4500035611",
        PRESS,
        [
            ("BCP-HNG-15", "Hinge 150mm stainless", 40, "EA", "12.60", "2026-12-14"),
        ],
        currency="GBP",
    )
    add(
        "110-gb-price-plus-vat",
        [p],
        conf((p, accepted(p)), notes="'£12.60 + VAT each as per your PO'"),
        frm=("Karen Whitehouse", "orders@bcpressings.example"),
        subject="RE: " + subj(p),
        date_hdr="Tue, 1 Dec 2026 11:00:00 +0000",
        reply_to_po=p,
        text="Confirmed - price £12.60 + VAT each as per your PO, delivery 14/12.\n\nKaren"
        + quote("outlook", p),
    )

    # 111 Italian restated values
    p = po(
        "4500035633",
        CUSC,
        [
            ("6305-2RS", "Cuscinetto radiale 6305-2RS", 200, "PZ", "3.10", "2026-12-18"),
        ],
        currency="EUR",
    )
    add(
        "111-it-confermiamo-valori",
        [p],
        conf((p, accepted(p)), notes="Restated values equal the PO"),
        frm=("Ufficio Ordini", "ordini@cuscinetti-brianza.example"),
        subject="R: " + subj(p),
        date_hdr="Tue, 1 Dec 2026 12:00:00 +0100",
        reply_to_po=p,
        text=(
            "Buongiorno,\n\nconfermiamo: 200 pz a 3,10 € cad., consegna 18/12/2026.\n\nCordiali saluti"
            + quote("gmail_it", p)
        ),
    )

    # 112 two POs, one line each
    pa = po(
        "4500035655",
        OFFICE,
        [
            ("TNR-BR-TN760", "Toner Brother TN-760", 10, "EA", "64.99", "2026-12-08"),
        ],
    )
    pb = po(
        "4500035656",
        OFFICE,
        [
            ("PAP-LTR-20", "Copy paper letter 20lb, case", 30, "EA", "42.50", "2026-12-08"),
        ],
    )
    add(
        "112-us-two-pos-listed",
        [pa, pb],
        conf(
            (pa, accepted(pa)),
            (pb, accepted(pb)),
            notes="Both POs listed, each confirmed, ship date = need-by",
        ),
        frm=("Jen Moss", "jen.moss@tricountyoffice.example"),
        subject="RE: PO 4500035655 / PO 4500035656",
        date_hdr="Tue, 1 Dec 2026 13:00:00 -0500",
        text=(
            "Dana,\n\nPO 4500035655 - confirmed, ships 12/8\nPO 4500035656 - confirmed, ships 12/8\n\nthx\nJen"
        ),
    )

    # ---------------------------------------------------------------- batch 10 (written at 16:41,
    # held out): more replies that must not confirm

    # 113 confirms a call, not the order
    p = po(
        "4500035701",
        PIPE,
        [
            ("CAP-SCH40-4", "Cap 4in Sch40 BW", 24, "EA", "11.80", "2026-12-16"),
        ],
    )
    add(
        "113-confirmed-for-the-call",
        [p],
        other("needs_review", "'Confirmed' is about a call"),
        frm=("Steve Palko", "sales@alleghenypipe.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 2 Dec 2026 08:00:00 -0500",
        reply_to_po=p,
        text=(
            "Confirmed for the call Tuesday at 10am - let's go through the PO then.\n\nSteve"
            + quote("outlook", p)
        ),
    )

    # 114 out-of-office promising a confirmation later
    p = po(
        "4500035722",
        SENS,
        [
            ("CBL-M12-5M", "Sensor cable M12 5 m", 60, "EA", "8.40", "2026-12-15"),
        ],
    )
    add(
        "114-ooo-will-confirm-on-return",
        [p],
        other("auto_reply", "Auto-reply that promises to confirm later"),
        frm=("Nicole Adair", "orders@buckeyesensor.example"),
        subject="Automatic reply: " + subj(p),
        date_hdr="Wed, 2 Dec 2026 09:00:01 -0500",
        reply_to_po=p,
        headers={"Auto-Submitted": "auto-replied"},
        text=(
            "I'm out of the office until 12/7. I will confirm your order when I return. For urgent matters "
            "call (937) 555-0188."
        ),
    )

    # 115 not confirmed, price wrong
    p = po(
        "4500035744",
        WASH,
        [
            ("SPR-CMP-12", "Compression spring 12x40", 400, "EA", "0.48", "2026-12-14"),
        ],
    )
    add(
        "115-not-confirmed-price-wrong",
        [p],
        other(
            "needs_review", "Refuses the PO as priced and names the right price: no commitment yet"
        ),
        frm=("Deb Yoder", "orders@keystonewasher.example"),
        subject="Re: " + subj(p),
        date_hdr="Wed, 2 Dec 2026 10:00:00 -0500",
        reply_to_po=p,
        text=(
            "Dana,\n\nNot confirmed yet - the price on the PO is wrong, it should be $0.53 per our quote "
            "Q-2611. Please send a revised PO.\n\nDeb" + quote("zoho", p)
        ),
    )

    # 116 duplicate PO question
    pa = po(
        "4500035766",
        OFFICE,
        [
            ("TNR-BR-TN760", "Toner Brother TN-760", 10, "EA", "64.99", "2026-12-10"),
        ],
    )
    pb = po(
        "4500035767",
        OFFICE,
        [
            ("TNR-BR-TN760", "Toner Brother TN-760", 10, "EA", "64.99", "2026-12-10"),
        ],
    )
    add(
        "116-duplicate-po-question",
        [pa, pb],
        other("needs_review", "Asks whether the second PO is a duplicate"),
        frm=("Jen Moss", "jen.moss@tricountyoffice.example"),
        subject="RE: " + subj(pb),
        date_hdr="Wed, 2 Dec 2026 11:00:00 -0500",
        reply_to_po=pb,
        text=(
            "Hi Dana,\n\nwe received this PO twice - is 4500035767 a duplicate of 4500035766? 10 toners for "
            "12/10 either way, just want to make sure we don't ship 20.\n\nJen"
            + quote("zimbra", pb)
        ),
    )

    # 117 Brazilian supplier, receipt and promise in Portuguese
    brz = sup("BRMET", "Metalúrgica Paulista Ltda.", "vendas@metalurgicapaulista.example", "pt-BR")
    p = po(
        "4500035788",
        brz,
        [
            ("BUCHA-BR-20", "Bucha de bronze 20x25x20", 150, "PC", "3.70", "2026-12-18"),
        ],
    )
    add(
        "117-pt-recebemos-confirmacao-em-breve",
        [p],
        other("needs_review", "Recebemos o pedido; confirmação em breve"),
        frm=("Vendas Metalúrgica Paulista", "vendas@metalurgicapaulista.example"),
        subject="RE: " + subj(p),
        date_hdr="Wed, 2 Dec 2026 12:00:00 -0300",
        reply_to_po=p,
        text=(
            "Olá Dana,\n\nRecebemos o seu pedido 4500035788 e em breve enviaremos a confirmação com o prazo "
            "de entrega.\n\nAtenciosamente,\nCarlos Souza" + quote("outlook", p)
        ),
    )

    # ---------------------------------------------------------------- batch 11 (written at 16:44,
    # held out): more replies that must not confirm

    # 118 noted
    p = po(
        "4500035811",
        TOOL,
        [
            ("RM-H7-10", "Reamer H7 10mm carbide", 8, "EA", "54.00", "2026-12-17"),
        ],
    )
    add(
        "118-thanks-noted",
        [p],
        other("needs_review", "'noted' commits to nothing"),
        frm=("Greg Lindqvist", "orders@greatlakestooling.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 3 Dec 2026 08:00:00 -0500",
        reply_to_po=p,
        text="Thanks, noted.\n\nGreg" + quote("gmail", p),
    )

    # 119 acknowledged, will be processed in due course
    p = po(
        "4500035833",
        PCB,
        [
            ("PCB-SENS-V4", "Sensor PCB rev 4", 1500, "PCS", "1.95", "2026-12-28"),
        ],
    )
    add(
        "119-acknowledge-process-in-due-course",
        [p],
        other("needs_review", "Acknowledges the PO, no commitment"),
        frm=("Lily Chen", "sales03@huaxin-pcb.example"),
        subject="Re:" + subj(p),
        date_hdr="Thu, 3 Dec 2026 09:00:00 +0800",
        reply_to_po=p,
        text=(
            "Dear Dana,\n\nWe acknowledge your PO 4500035833 and will process it in due course.\n\nBest regards\n"
            "Lily" + quote("foxmail", p)
        ),
    )

    # 120 approved, waiting for a signature
    p = po(
        "4500035855",
        CAST,
        [
            ("CF-250NB-PN16", "Cast flange 250NB PN16 WCB", 20, "NOS", "3150.00", "2026-12-24"),
        ],
        currency="INR",
    )
    add(
        "120-approved-awaiting-signature",
        [p],
        other("needs_review", "Approved at their level, still waiting for management signature"),
        frm=("Shree Ganesh Castings", "marketing@shreeganeshcastings.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 3 Dec 2026 10:00:00 +0530",
        reply_to_po=p,
        text=(
            "Dear Madam,\n\nYour PO is approved from our side, waiting for the signature of our MD. Will share "
            "the signed OA shortly.\n\nRegards\nR. Venkatesh" + quote("gmail", p)
        ),
    )

    # 121 French automatic receipt without headers
    p = po(
        "4500035877",
        VIS,
        [
            ("GOUP-6X30", "Goupille élastique 6x30", 500, "PCE", "0.07", "2026-12-17"),
        ],
        currency="EUR",
    )
    add(
        "121-fr-accuse-automatique-sans-entete",
        [p],
        other("auto_reply", "Automatic receipt text, no auto headers"),
        frm=("Visserie Normande", "commandes@visserie-normande.example"),
        subject="Re: " + subj(p),
        date_hdr="Thu, 3 Dec 2026 10:00:03 +0100",
        reply_to_po=p,
        text=(
            "Votre message a bien été reçu. Il sera traité dans les meilleurs délais.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre."
        ),
    )

    # 122 German receipt, forwarded to production, AB to follow
    p = po(
        "4500035899",
        KRAEMER,
        [
            ("FL-63-B14", "Flanschmotor 63 B14 0,25 kW", 4, "ST", "146.00", "2026-12-18"),
        ],
        currency="EUR",
    )
    add(
        "122-de-erhalten-ab-folgt",
        [p],
        other("needs_review", "Receipt; AB to follow"),
        frm=("Krämer Antriebe Innendienst", "auftrag@kraemer-antriebe.example"),
        subject="AW: " + subj(p),
        date_hdr="Thu, 3 Dec 2026 11:00:00 +0100",
        reply_to_po=p,
        text=(
            "Sehr geehrte Frau Ruiz,\n\nwir haben Ihre Bestellung dankend erhalten und an die Fertigung "
            "weitergeleitet. Die Auftragsbestätigung folgt.\n\nMit freundlichen Grüßen\nA. Krämer"
            + quote("outlook_de", p)
        ),
    )

    write()


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


if __name__ == "__main__":
    main()
