#!/usr/bin/env python3
"""Batch Z: held-out supplier replies to purchase orders (brewery/winery, dental, printing,
wind, chandlery, feed, candles, jewellery, bearings, fibre, pet, cleanroom, filament,
horticulture, school, hospital, batteries, HVAC, cosmetics, bakery packaging).

Standard library only and fully deterministic: every boundary, Message-ID, date and zip
timestamp is fixed.  Run:  python3 make_batch.py   -> writes cases/NNN-slug/{message.eml,pos.json,expected.json}

Helpers live in ./zlib/ (mimekit, pdfkit, xlsxkit, quoting).  That folder deliberately has no
__init__.py and is put on sys.path itself, so it never shadows the standard-library zlib module.
"""
import datetime as dt
import json
import shutil
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "zlib"))
import mimekit as M      # noqa: E402
import pdfkit            # noqa: E402
import xlsxkit           # noqa: E402
import quoting as Q      # noqa: E402

OUT = HERE / "cases"


# ============================================================ dates
def D(s):
    return dt.date.fromisoformat(s)


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def at(s, zone):
    """'2026-11-11 10:12:40' in a zone -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=zone)


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def wd(iso, day):
    """Assert the weekday of a date the mail names ('Thursday 3rd December') and return the ISO date."""
    assert WD[D(iso).weekday()] == day, (iso, day, WD[D(iso).weekday()])
    return iso


def kw(year, week, day=5):
    """ISO calendar week -> date (Friday unless a day is named)."""
    return dt.date.fromisocalendar(year, week, day).isoformat()


def next_md(mail, month, day):
    """A date without year: the next such date on or after the mail's Date."""
    d0 = mail.date() if isinstance(mail, dt.datetime) else mail
    c = dt.date(d0.year, month, day)
    if c < d0:
        c = dt.date(d0.year + 1, month, day)
    return c.isoformat()


def next_weekday(mail, day, skip_this_week=False):
    """'next Tuesday' style: first such weekday after the mail date (or in the following week)."""
    d0 = mail.date() if isinstance(mail, dt.datetime) else mail
    target = WD.index(day)
    if skip_this_week:
        monday = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7)
        return (monday + dt.timedelta(days=target)).isoformat()
    n = (target - d0.weekday()) % 7 or 7
    return (d0 + dt.timedelta(days=n)).isoformat()


def plus_days(iso, n):
    return (D(iso) + dt.timedelta(days=n)).isoformat()


# ============================================================ POs
class Sup:
    def __init__(self, sid, name, email, locale):
        self.id, self.name, self.email, self.locale = sid, name, email, locale

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Buyer:
    def __init__(self, name, email, company, zone=None, sign=None):
        self.name, self.email, self.company = name, email, company
        self.zone = zone or tz(1)
        self.sign = sign or name
        self.domain = email.split("@")[1]


class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        self.n, self.item, self.desc, self.qty, self.uom, self.price, self.date = n, item, desc, qty, uom, price, date
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        D(date)


class PO:
    def __init__(self, number, sup, buyer, currency, issued, lines, sent_time="09:12:00", req=True, req_seq=1):
        self.number, self.sup, self.buyer, self.currency, self.issued = number, sup, buyer, currency, issued
        self.lines = [Line(i + 1, *l) for i, l in enumerate(lines)]
        self.sent = at("%s %s" % (issued, sent_time), buyer.zone)
        slug = "".join(c if c.isalnum() else "-" for c in number.lower()).strip("-")
        self.req_id = "<po-%s.%d@%s>" % (slug, req_seq, buyer.domain) if req else None

    def line(self, n):
        return self.lines[n - 1]

    def json(self):
        d = {"po_number": self.number, "supplier": self.sup.json(),
             "buyer": {"name": self.buyer.name, "email": self.buyer.email},
             "currency": self.currency, "issued": self.issued}
        if self.req_id:
            d["request_message_id"] = self.req_id
        d["lines"] = [{"line": l.n, "item": l.item, "description": l.desc, "quantity": l.qty, "uom": l.uom,
                       "unit_price": l.price, "requested_date": l.date} for l in self.lines]
        return d


# ------------------------------------------------------------ the buyer's request mail (what gets quoted)
REQ = {
    "en": dict(subj="Purchase order {po} – please confirm",
               intro="please find below our purchase order {po} dated {issued}. Kindly confirm quantities, "
                     "unit prices and delivery dates by return e-mail.",
               hello="Dear {who},", head=("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"),
               outro="Prices in {cur}. Please quote our PO number on all delivery notes and invoices.",
               bye="Kind regards", dfmt="%Y-%m-%d", comma=False),
    "de": dict(subj="Bestellung {po} – Bitte um Auftragsbestätigung",
               intro="anbei erhalten Sie unsere Bestellung {po} vom {issued}. Bitte bestätigen Sie uns Mengen, "
                     "Preise und Liefertermine.",
               hello="Sehr geehrte Damen und Herren,", head=("Pos.", "Artikel", "Bezeichnung", "Menge", "ME", "Preis", "Wunschtermin"),
               outro="Alle Preise in {cur} netto. Bitte geben Sie unsere Bestellnummer auf allen Dokumenten an.",
               bye="Mit freundlichen Grüßen", dfmt="%d.%m.%Y", comma=True),
    "fr": dict(subj="Commande {po} – merci de confirmer",
               intro="veuillez trouver ci-dessous notre commande {po} du {issued}. Merci de nous confirmer "
                     "quantités, prix et dates de livraison.",
               hello="Bonjour,", head=("Ligne", "Article", "Désignation", "Qté", "Unité", "Prix unit.", "Date souhaitée"),
               outro="Prix en {cur} HT. Merci de rappeler notre numéro de commande sur tous vos documents.",
               bye="Cordialement", dfmt="%d/%m/%Y", comma=True),
    "es": dict(subj="Pedido {po} – rogamos confirmación",
               intro="adjuntamos a continuación nuestro pedido {po} de fecha {issued}. Os rogamos confirméis "
                     "cantidades, precios y fechas de entrega.",
               hello="Buenos días,", head=("Pos.", "Artículo", "Descripción", "Cant.", "Ud.", "Precio", "Fecha deseada"),
               outro="Precios en {cur}, sin IVA. Indicad por favor nuestro número de pedido en albaranes y facturas.",
               bye="Un saludo", dfmt="%d/%m/%Y", comma=True),
    "it": dict(subj="Ordine {po} – richiesta di conferma",
               intro="di seguito il nostro ordine {po} del {issued}. Vi preghiamo di confermarci quantità, "
                     "prezzi e date di consegna.",
               hello="Buongiorno,", head=("Pos.", "Articolo", "Descrizione", "Q.tà", "UM", "Prezzo", "Data richiesta"),
               outro="Prezzi in {cur}, IVA esclusa. Indicare il nostro numero d'ordine su DDT e fatture.",
               bye="Cordiali saluti", dfmt="%d/%m/%Y", comma=True),
}


def fmt_price(p, comma):
    return p.replace(".", ",") if comma else p


def req_subject(po, lang="en"):
    return REQ[lang]["subj"].format(po=po.number)


def req_text(po, lang="en", who=None):
    r = REQ[lang]
    issued = D(po.issued).strftime(r["dfmt"])
    rows = [r["head"]]
    for l in po.lines:
        rows.append((str(l.n), l.item, l.desc, str(l.qty), l.uom, fmt_price(l.price, r["comma"]),
                     D(l.date).strftime(r["dfmt"])))
    w = [max(len(x[i]) for x in rows) for i in range(7)]
    right = {0, 3, 5}
    out = []
    for x in rows:
        cells = [x[i].rjust(w[i]) if i in right else x[i].ljust(w[i]) for i in range(7)]
        out.append("  ".join(cells).rstrip())
    hello = r["hello"].format(who=who or "Sales team")
    return "\n".join([hello, "", r["intro"].format(po=po.number, issued=issued), ""] + out + [
        "", r["outro"].format(cur=po.currency), "", r["bye"], po.buyer.sign, po.buyer.company])


def req_from(po):
    return "%s <%s>" % (po.buyer.name, po.buyer.email)


# ============================================================ labels
def A(po, n):
    l = po.line(n)
    return {"status": "accepted", "quantity": l.qty, "unit_price": l.price, "date": l.date}


def C(po, n, q=None, p=None, d=None, s=None):
    l = po.line(n)
    lab = {"status": "changed", "quantity": l.qty if q is None else q,
           "unit_price": l.price if p is None else p, "date": l.date if d is None else d}
    D(lab["date"])
    if s:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in s]
        assert sum(a for a, _ in s) == lab["quantity"], (po.number, n, "schedule sum")
        assert max(b for _, b in s) == lab["date"], (po.number, n, "schedule end")
    else:
        assert (lab["quantity"], Decimal(lab["unit_price"]), lab["date"]) != (l.qty, Decimal(l.price), l.date), \
            (po.number, n, "changed but equal to PO")
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(po, labels):
    """labels: {n: 'A' | 'R' | 'U' | dict from C()}"""
    out = {}
    assert set(labels) == {l.n for l in po.lines}, (po.number, "every line must be labelled")
    for n in sorted(labels):
        v = labels[n]
        out[str(n)] = A(po, n) if v == "A" else REJ if v == "R" else UNC if v == "U" else v
    return {"po_number": po.number, "lines": out}


def expect(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


# ============================================================ mail plumbing
def _ad(v, charset="utf-8", enc="B"):
    """'Name <a@b>' (or a list of them, comma separated) -> header value with RFC 2047 names."""
    if all(ord(c) < 128 for c in v):
        return v
    out = []
    for one in v.split(">,"):
        one = one.strip()
        if not one.endswith(">"):
            one += ">"
        name, email = one.rsplit("<", 1)
        out.append(M.addr(name.strip().strip('"'), email[:-1], charset, enc))
    return ", ".join(out)


def hdrs(frm, to, subject, date, mid, reply_to_po=None, refs=None, cc=None, extra=(), pre=(), charset="utf-8",
         enc="B"):
    """Header list in the order most clients write them. reply_to_po: PO (or message id) the mail answers."""
    h = list(pre)
    h.append(("From", _ad(frm, charset, enc)))
    h.append(("To", _ad(to, charset, enc)))
    if cc:
        h.append(("Cc", _ad(cc, charset, enc)))
    h.append(("Subject", M.ew(subject, charset, enc)))
    h.append(("Date", M.date_hdr(date)))
    h.append(("Message-ID", mid))
    irt = None
    if reply_to_po is not None:
        irt = reply_to_po.req_id if isinstance(reply_to_po, PO) else reply_to_po
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", M.fold_ids(refs or [irt])))
    elif refs:
        h.append(("References", M.fold_ids(refs)))
    h.extend(extra)
    return h


def received(by, frm, when, ident="4Zq8Kx2mLpz3"):
    return ("Received", "from %s\r\n\tby %s with ESMTPS id %s;\r\n\t%s" % (frm, by, ident, M.date_hdr(when)))


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def write_case(num, slug, pos, eml, exp):
    d = OUT / ("%03d-%s" % (num, slug))
    d.mkdir(parents=True)
    (d / "pos.json").write_text(json.dumps([p.json() for p in pos], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(eml)


# ####################################################################################
# CASES
# ####################################################################################

# ---------------------------------------------------------------------------- 001
@case("malt-sacks-all-as-ordered")
def c_malt_ok():
    sup = Sup("FENMALT", "Fenland Maltings Ltd", "sales@fenland-maltings.example", "en-GB")
    buy = Buyer("Tom Ashby", "purchasing@harbourlane-brewing.example", "Harbour Lane Brewing Co.", tz(0))
    po = PO("HLB-26-0418", sup, buy, "GBP", "2026-11-09", [
        ("MALT-PALE-25", "Maris Otter pale ale malt, 25 kg sack", 80, "SAK", "21.40", "2026-12-03"),
        ("MALT-CRYS-25", "Crystal malt 150 EBC, 25 kg sack", 12, "SAK", "24.95", "2026-12-03"),
        ("MALT-CHOC-25", "Chocolate malt 900 EBC, 25 kg sack", 4, "SAK", "27.10", "2026-12-03"),
    ], sent_time="09:05:00")
    date = at("2026-11-11 10:12:40", tz(0))
    wd("2026-12-03", "Thu")
    body = """Morning Tom,

Thanks for PO HLB-26-0418. All three lines are confirmed as ordered – 80 x Maris Otter, 12 x Crystal 150 and 4 x Chocolate 900, all in 25 kg sacks at the prices on your order – for delivery on Thursday 3rd December on our Norfolk/Suffolk run.

COAs will travel with the goods (2 pallets of 48 sacks). Our usual 30-day terms apply.

Kind regards,
Sarah

Sarah Whitlock
Sales Office | Fenland Maltings Ltd
T: +44 1945 582 110
Fenland Maltings Ltd. Registered in England No. 04512877. VAT GB 318 4467 21."""
    sent = "09 November 2026 09:05"
    orig = req_text(po, "en")
    block = Q.outlook_block_text("en", req_from(po), sent, "Sales <sales@fenland-maltings.example>",
                                 req_subject(po))
    plain = body + "\n\n" + block + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("en", req_from(po), sent, "Sales <sales@fenland-maltings.example>",
                                               req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_DB8PR04MB7146A1C2E5F04B77D9C1E0A2B44DB8PR04MB7146eurp_")
    h = hdrs(M.addr("Sarah Whitlock", "sarah.whitlock@fenland-maltings.example"), req_from(po),
             "RE: " + req_subject(po), date,
             "<DB8PR04MB7146A1C2E5F04B77D9C1E0A2B44@DB8PR04MB7146.eurprd04.prod.outlook.com>", po,
             extra=[("Thread-Topic", M.ew(req_subject(po))), ("Thread-Index", "AQHdUy6mXk2b0c1v3ESZ0Qm3Xg9bsQ=="),
                    ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Plain full acceptance in Outlook HTML; '150 EBC', '900 EBC', '25 kg', "
                 "'2 pallets of 48' and '30-day terms' are not quantities or dates; 'Thursday 3rd December' "
                 "equals the requested 2026-12-03.",
                 conf(po, {1: "A", 2: "A", 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 002
@case("hops-crop-year-price-kw")
def c_hops():
    sup = Sup("HOLLHOP", "Holledau Hopfenkontor GmbH", "verkauf@holledau-hopfenkontor.example", "de-DE")
    buy = Buyer("Julia Brenner", "einkauf@brauhaus-am-kanal.example", "Brauhaus Am Kanal GmbH")
    po = PO("4500231877", sup, buy, "EUR", "2026-11-03", [
        ("HOP-HKM-T90", "Hallertauer Mittelfrüh T90 Pellets, Alpha 3-5 %", 50, "KG", "18.40", "2026-11-27"),
        ("HOP-CAS-T90", "Cascade T90 Pellets (US), Ernte 2025", 20, "KG", "24.60", "2026-11-27"),
        ("HOP-HERK-EXT", "Herkules CO2-Extrakt, 1-kg-Dose", 5, "KG", "61.00", "2026-12-11"),
    ], sent_time="10:02:00")
    date = at("2026-11-05 14:37:12", tz(1))
    body = """Hallo Frau Brenner,

vielen Dank für Ihre Bestellung 4500231877, die wir wie folgt bestätigen:

Pos. 1 – Hallertauer Mittelfrüh T90, 50 kg: wie bestellt, 18,40 €/kg, Lieferung 27.11.2026.

Pos. 2 – Cascade T90: Die Ernte 2025 ist leider ausverkauft. Wir liefern Ihnen stattdessen Ernte 2026 (Alpha 6,8 %) zu 26,90 €/kg, ebenfalls am 27.11.

Pos. 3 – Herkules CO2-Extrakt: Der Preis hat sich mit der neuen Ernte auf 63,50 €/kg erhöht; Liefertermin KW 50.

Zahlungsziel wie gewohnt 30 Tage netto. Die Analysenzertifikate schicken wir mit der Ware.

Viele Grüße aus Wolnzach
Markus Stadler

--
Holledau Hopfenkontor GmbH · Verkauf Innendienst
Tel. +49 8442 91 77-12
Sitz Wolnzach · AG Ingolstadt HRB 4471 · GF: Anton Reiser"""
    attr = "Am Di., 3. Nov. 2026 um 10:02 Uhr schrieb Julia Brenner <einkauf@brauhaus-am-kanal.example>:"
    orig = req_text(po, "de")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "000000000000a41c7b0625b3f1d2")
    h = hdrs(M.addr("Markus Stadler", "m.stadler@holledau-hopfenkontor.example"), req_from(po),
             "Re: " + req_subject(po, "de"), date,
             "<CAJ7uXqP0mW3h8eKq1tY2bZ9nR4sV6cD8fG0hJ2kL4mN6pQ@mail.gmail.com>", po)
    eml = M.message(h, root)
    d3 = kw(2026, 50)
    assert d3 == "2026-12-11"
    exp = expect("confirmation", "German Gmail reply; crop-year substitution with a new per-kg price on line 2; "
                 "line 3 new price and 'KW 50' = Friday 11.12., which equals the wish date, so only the price "
                 "changes. 'Ernte 2025/2026', 'Alpha 6,8 %', '30 Tage netto' are traps.",
                 conf(po, {1: "A", 2: C(po, 2, p="26.90"), 3: C(po, 3, p="63.50", d=d3)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 003
@case("wine-bottles-full-pallets")
def c_bottles():
    sup = Sup("SKLVYS", "Sklárny Vysočina a.s.", "obchod@sklarny-vysocina.example", "cs-CZ")
    buy = Buyer("Ingrid Hofer", "einkauf@weingut-hofer.example", "Weingut Hofer, Krems")
    po = PO("W-2611-07", sup, buy, "EUR", "2026-11-05", [
        ("BT-BORD-750-AG", "Bordeaux bottle 0.75 l antique green, 30 mm cork finish", 12000, "EA", "0.238", "2027-01-15"),
        ("BT-SCH-375-FL", "Schlegel bottle 0.375 l flint, BVS 30H60", 4000, "EA", "0.212", "2027-01-15"),
    ], sent_time="09:20:00")
    date = at("2026-11-09 08:47:05", tz(1))
    wd("2027-01-13", "Wed")
    assert 9 * 1410 == 12690 and 2 * 2016 == 4032
    body = """Dobrý den paní Hoferová,

děkujeme za objednávku W-2611-07. Lahve expedujeme pouze po celých paletách, proto objednávku potvrzujeme takto:

Pol. 1 – Bordeaux 0,75 l antik zelená: 9 palet po 1 410 ks = 12 690 ks, cena 0,238 EUR/ks beze změny.
Pol. 2 – Schlegel 0,375 l flint, BVS 30H60: 2 palety po 2 016 ks = 4 032 ks, cena 0,212 EUR/ks.

Expedice z Havlíčkova Brodu 11. 1. 2027, dodání k Vám do Kremsu ve středu 13. 1. 2027.

S pozdravem

Petra Dvořáková
obchodní oddělení
Sklárny Vysočina a.s. | tel. +420 569 412 330
"""
    attr = "Dne 05.11.2026 v 9:20 Ingrid Hofer napsal(a):"
    plain = body + "\n" + attr + "\n" + Q.gt(req_text(po, "en", "Ms Dvořáková")) + "\n"
    root = M.text(plain, "plain", "windows-1250", "quoted-printable", params="; format=flowed")
    h = hdrs(M.addr("Petra Dvořáková", "petra.dvorakova@sklarny-vysocina.example", "windows-1250", "Q"),
             req_from(po), "Re: " + req_subject(po), date,
             "<7b1e0c4a-2f55-4d8e-9a31-6c0f2e8b5d17@sklarny-vysocina.example>", po,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "cs")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Czech, windows-1250 QP; quantities rounded up to full pallets (9 x 1 410, "
                 "2 x 2 016); ship date 11. 1. 2027 vs delivery 13. 1. 2027 (delivery wins); '0,75 l', "
                 "'BVS 30H60', '30 mm' are not quantities.",
                 conf(po, {1: C(po, 1, q=12690, d="2027-01-13"), 2: C(po, 2, q=4032, d="2027-01-13")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 004
@case("corks-per-mille-capsule-dropped")
def c_corks():
    sup = Sup("BOUEST", "Bouchages de l'Estérel SAS", "commandes@bouchages-esterel.example", "fr-FR")
    buy = Buyer("Claire Vidal", "achats@domaine-sainte-lucie.example", "Domaine Sainte-Lucie")
    po = PO("DSL-2026-112", sup, buy, "EUR", "2026-11-06", [
        ("BN-49x24-EXTRA", "Bouchon liège naturel 49 x 24 mm, qualité Extra", 15000, "EA", "0.412", "2026-12-10"),
        ("BT-COL-38x24", "Bouchon colmaté 38 x 24 mm", 6000, "EA", "0.168", "2026-12-10"),
        ("CAPS-ETAIN-30x60", "Capsule étain 30 x 60 mm, bordeaux", 6000, "EA", "0.095", "2026-12-17"),
    ], sent_time="16:40:00")
    date = at("2026-11-09 11:26:18", tz(1))
    body = """Bonjour Madame Vidal,

Nous accusons réception de votre commande DSL-2026-112 et vous la confirmons comme suit :

Ligne 1 – Bouchon naturel 49 x 24 Extra : 15 000 pièces à 412,00 € HT le mille, livraison le 10/12.
Ligne 2 – Bouchon colmaté 38 x 24 : 6 000 pièces ; suite à notre révision tarifaire du 1er novembre, le prix est de 176,00 € HT le mille. Livraison également le 10/12.
Ligne 3 – Capsules étain 30 x 60 : nous avons arrêté la fabrication des capsules étain en septembre. Nous ne pouvons donc pas honorer cette ligne, qui est annulée de notre côté. Si notre capsule complexe CPX-30x60 vous intéresse, merci de nous adresser une nouvelle commande.

Traitement : marquage feu 1 face + traitement paraffine/silicone, comme d'habitude.

Bien cordialement,

Laurent Giraud
Service ADV – Bouchages de l'Estérel SAS
ZA des Termes – 83600 Fréjus – Tél. 04 94 17 52 60"""
    sent = "vendredi 6 novembre 2026 16:40"
    to = "Commandes <commandes@bouchages-esterel.example>"
    orig = req_text(po, "fr")
    plain = body + "\n\n" + Q.outlook_block_text("fr", req_from(po), sent, to, req_subject(po, "fr")) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("fr", req_from(po), sent, to, req_subject(po, "fr")),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "FR")
    root = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_PR1P264MB3918C7A0D2E14F6B8D3F1A5C9E22PR1P264MB3918FRAP_")
    h = hdrs(M.addr("Laurent Giraud", "l.giraud@bouchages-esterel.example"), req_from(po),
             "RE: " + req_subject(po, "fr"), date,
             "<PR1P264MB3918C7A0D2E14F6B8D3F1A5C9E22@PR1P264MB3918.FRAP264.PROD.OUTLOOK.COM>", po,
             extra=[("Thread-Topic", M.ew(req_subject(po, "fr"))), ("Thread-Index", "AQHdUMq0v8k3JcE1RkKp6r1xLw0VbQ=="),
                    ("Content-Language", "fr-FR")])
    eml = M.message(h, root)
    exp = expect("confirmation", "French Outlook; prices per thousand corks ('412,00 € le mille' = 0.412, "
                 "'176,00 € le mille' = 0.176); '10/12' without year = 2026-12-10; line 3 discontinued and "
                 "cancelled (an alternative is only suggested); dimensions 49 x 24 etc. are not quantities.",
                 conf(po, {1: "A", 2: C(po, 2, p="0.176"), 3: "R"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 005
@case("kegs-split-first-load")
def c_kegs():
    sup = Sup("BIEBRO", "Barriles Inox del Ebro S.L.", "pedidos@barrilesebro.example", "es-ES")
    buy = Buyer("Álvaro Peña", "compras@sierranorte-cerveza.example", "Cervezas Sierra Norte S.L.")
    po = PO("SN-2026-0922", sup, buy, "EUR", "2026-11-04", [
        ("KEG-30L-DIN", "Barril inox 30 L, DIN 6647-1, lanza tipo S", 120, "EA", "68.50", "2026-12-04"),
        ("KEG-50L-DIN", "Barril inox 50 L, DIN 6647-1, lanza tipo S", 40, "EA", "79.00", "2026-12-04"),
        ("CAP-DUST-S", "Tapón guardapolvo tipo S, rojo", 500, "EA", "0.32", "2026-12-04"),
    ], sent_time="09:40:00")
    date = at("2026-11-06 12:03:51", tz(1))
    body = """Hola Álvaro:

Te confirmo el pedido SN-2026-0922 con estos matices:

- Pos. 1 (barril 30 L): de los 120 solo podemos servir 80 en la primera carga; salen de fábrica el 27/11 y los tendréis en Segovia el 1/12. Los 40 restantes, entrega el 15/01/2027.
- Pos. 2 (barril 50 L): las 40 uds. van en la misma carga, entrega 1/12.
- Pos. 3 (tapones guardapolvo): OK, también en la primera carga.

Precios según pedido. Portes pagados.

Un saludo,
Nerea Lasheras
Dpto. Comercial · Barriles Inox del Ebro S.L.
Pol. Ind. El Portazgo, nave 14 · 50011 Zaragoza"""
    attr = "El mié, 4 nov 2026 a las 9:40, Álvaro Peña (<compras@sierranorte-cerveza.example>) escribió:"
    orig = req_text(po, "es")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000003e91d20625c04a77")
    h = hdrs(M.addr("Nerea Lasheras", "nlasheras@barrilesebro.example"), req_from(po),
             "Re: " + req_subject(po, "es"), date, "<CAOq3nT1xk9F2bR7vJ0cW8yH5eL6mZ4sA1dG3fK9pQ@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Spanish Gmail; line 1 split 80 delivered 1/12 (ship 27/11 is only the "
                 "ex-works date) + 40 on 15/01/2027; lines 2 and 3 ride on the first load so they also arrive "
                 "1/12; 'DIN 6647-1', '30 L' are not quantities.",
                 conf(po, {1: C(po, 1, d="2027-01-15", s=[(80, "2026-12-01"), (40, "2027-01-15")]),
                           2: C(po, 2, d="2026-12-01"), 3: C(po, 3, d="2026-12-01")}))
    return [po], eml, exp

# ---------------------------------------------------------------------------- 006
@case("dental-discontinued-paste")
def c_dental_disc():
    sup = Sup("LAKEDEN", "Lakeshore Dental Supply", "orders@lakeshoredental.example", "en-US")
    buy = Buyer("Karen Holt", "purchasing@brightsidedental.example", "Brightside Dental Group", tz(-6))
    po = PO("26-DNT-3381", sup, buy, "USD", "2026-11-10", [
        ("DS-CMP-A2-4G", "Composite syringe A2, 4 g", 60, "EA", "18.75", "2026-11-24"),
        ("DS-BOND-5ML", "Universal bond 5 ml bottle", 24, "EA", "42.10", "2026-11-24"),
        ("DS-PPT-LOOSE", "Prophy paste, medium grit, 200 cups/box", 10, "BX", "31.50", "2026-11-24"),
        ("DS-NDL-27GL", "Dental needles 27G long, 100/box", 20, "BX", "14.20", "2026-11-24"),
    ], sent_time="08:31:00")
    date = at("2026-11-11 16:52:09", tz(-6))
    wd("2026-11-16", "Mon")
    body = """Hi Karen,

Good news on most of this one. Lines 1, 2 and 4 are in stock at our Milwaukee DC and will ship tomorrow UPS Ground, arriving Monday 11/16.

Line 3, the prophy paste (DS-PPT-LOOSE), has been discontinued by the manufacturer and there's no direct replacement, so I've taken it off the order. Happy to quote an alternative if you want.

FYI the composite is lot 2611A, exp 06/2028.

Thanks!
Derek
--
Derek Omondi | Inside Sales
Lakeshore Dental Supply
(414) 555-0187"""
    attr = "On Tue, Nov 10, 2026 at 8:31 AM Karen Holt <purchasing@brightsidedental.example> wrote:"
    orig = req_text(po, "en", "Lakeshore team")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "7bit" if plain.isascii() else "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "000000000000f27d4e0625c13b09")
    h = hdrs("Derek Omondi <derek.o@lakeshoredental.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAHx7Ld2mYq0sR3uN8vB5kE1wZ6tP9cF4gJ7hQ2aS0oL@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "US Gmail; 'ship tomorrow' vs 'arriving Monday 11/16' (delivery wins, earlier "
                 "than requested 11/24); line 3 discontinued = rejected; 'exp 06/2028' and 'lot 2611A' are "
                 "not dates/quantities; '27G', '5 ml' traps.",
                 conf(po, {1: C(po, 1, d="2026-11-16"), 2: C(po, 2, d="2026-11-16"), 3: "R",
                           4: C(po, 4, d="2026-11-16")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 007
@case("ortho-archwires-settimana")
def c_ortho_it():
    sup = Sup("ORTPAD", "Ortodonzia Padana S.r.l.", "ordini@ortodonziapadana.example", "it-IT")
    buy = Buyer("Giulia Ferri", "amministrazione@studioferri.example", "Studio Ortodontico Ferri")
    po = PO("OF-2026-077", sup, buy, "EUR", "2026-11-12", [
        ("BRK-MBT-022", "Attacchi metallici MBT .022, kit 5-5 (20 pz)", 30, "KT", "38.00", "2026-12-04"),
        ("ARC-NITI-014-U", "Arco NiTi .014 superiore, conf. 10", 40, "PK", "12.50", "2026-12-04"),
        ("ARC-SS-019x025-L", "Arco acciaio .019x.025 inferiore, conf. 10", 25, "PK", "9.80", "2026-12-04"),
    ], sent_time="17:05:00")
    date = at("2026-11-13 09:48:31", tz(1))
    d = kw(2026, 51)
    assert d == "2026-12-18"
    body = """Buongiorno dott.ssa Ferri,

in riferimento al Vs. ordine OF-2026-077 confermiamo quanto segue:

pos. 1 – Attacchi MBT .022 kit 5-5: 30 kit a € 38,00, consegna settimana 51;
pos. 2 – Arco NiTi .014 superiore: 40 conf. a € 12,50, consegna settimana 51;
pos. 3 – Arco acciaio .019x.025 inferiore: 25 conf.; il prezzo di listino aggiornato è € 10,40 a confezione, consegna come sopra.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Marco Bellini
Ufficio Ordini – Ortodonzia Padana S.r.l.
Via dell'Artigianato 22, 35010 Vigonza (PD) – P.IVA 03318770289"""
    sent = "giovedì 12 novembre 2026 17:05"
    to = "ordini@ortodonziapadana.example"
    orig = req_text(po, "it")
    plain = body + "\n\n" + Q.outlook_block_text("it", req_from(po), sent, to, req_subject(po, "it")) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("it", req_from(po), sent, to, req_subject(po, "it")),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "IT")
    root = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "base64")],
                       "_000_AM9PR07MB7298E3B1D04A4F0C8E2B6F1D3A77AM9PR07MB7298eurp_")
    h = hdrs("Marco Bellini <m.bellini@ortodonziapadana.example>", req_from(po), "R: " + req_subject(po, "it"), date,
             "<AM9PR07MB7298E3B1D04A4F0C8E2B6F1D3A77@AM9PR07MB7298.eurprd07.prod.outlook.com>", po,
             extra=[("Thread-Topic", M.ew(req_subject(po, "it"))), ("Content-Language", "it-IT")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Italian Outlook, HTML base64; 'settimana 51' without a day = Friday "
                 "2026-12-18; line 3 also gets a new pack price; '.022', '5-5', '.019x.025', '.014' are "
                 "wire sizes, not numbers to read.",
                 conf(po, {1: C(po, 1, d=d), 2: C(po, 2, d=d), 3: C(po, 3, p="10.40", d=d)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 008
@case("ctp-plates-erp-pdf")
def c_plates_pdf():
    sup = Sup("DRBEN", "Drukplaten Benelux B.V.", "orders@drukplatenbenelux.example", "nl-NL")
    buy = Buyer("Sven de Groot", "inkoop@printhuisoost.example", "Printhuis Oost B.V.")
    po = PO("4700019923", sup, buy, "EUR", "2026-11-10", [
        ("CTP-T-1030x790-0.30", "Thermal CTP plate 1030 x 790 x 0.30 mm, 50/box", 20, "BX", "296.00", "2026-11-26"),
        ("CTP-T-745x605-0.24", "Thermal CTP plate 745 x 605 x 0.24 mm, 100/box", 12, "BX", "318.00", "2026-11-26"),
        ("GUM-PLATE-5L", "Plate gum, 5 L can", 6, "CN", "41.50", "2026-11-26"),
    ], sent_time="14:22:00")
    date = at("2026-11-11 06:02:11", tz(1))
    s = pdfkit.Sheet()
    s.line("Drukplaten Benelux B.V.", "F2", 14)
    s.line("Industrieweg 41  ·  7944 NB Meppel  ·  T +31 522 24 66 00  ·  KvK 04102387  ·  BTW NL8123.45.678.B01", "F1", 7.5)
    s.skip()
    s.line("ORDERBEVESTIGING", "F2", 16, gap=22)
    s.cols(["Ordernummer:", "2026-40417", "Datum:", "11-11-2026"], [50, 150, 350, 420])
    s.cols(["Uw ordernummer:", "4700019923 van 10-11-2026", "Klantnummer:", "10882"], [50, 150, 350, 420])
    s.cols(["Offerte:", "OF-2026-1187 (geldig tot 31-12-2026)", "Verkoper:", "R. Mulder"], [50, 150, 350, 420])
    s.cols(["Leveringsconditie:", "DAP Enschede (Incoterms 2020)", "Betaling:", "30 dagen netto"], [50, 150, 350, 420])
    s.skip()
    s.line("Printhuis Oost B.V.  ·  t.a.v. Inkoop  ·  Hengelosestraat 512  ·  7521 AN Enschede")
    s.skip()
    xs = [50, 75, 128, 225, 395, 425, 452, 490, 535]
    s.cols(["Pos", "Artikel", "Uw artikelnr.", "Omschrijving", "Aantal", "Eenh", "Prijs", "Bedrag", "Leverdatum"],
           [50, 75, 128, 225, 385, 420, 452, 490, 530], "F2", 7.5)
    s.rule()
    rows = [("10", "DB-44730", "CTP-T-1030x790-0.30", "CTP-plaat thermisch 1030x790x0,30 (50/ds)", "20", "DS",
             "296,00", "5.920,00", "26-11-2026"),
            ("20", "DB-44512", "CTP-T-745x605-0.24", "CTP-plaat thermisch 745x605x0,24 (100/ds)", "12", "DS",
             "318,00", "3.816,00", "03-12-2026"),
            ("30", "DB-90105", "GUM-PLATE-5L", "Plaatgom 5 L", "6", "BUS", "41,50", "249,00", "26-11-2026")]
    for r in rows:
        s.cols(list(r), [50, 75, 128, 225, 395, 420, 452, 490, 530], "F1", 7.5)
    s.rule()
    s.cols(["Totaal excl. BTW", "9.985,00"], [400, 490], "F2", 8)
    s.cols(["BTW 21%", "2.096,85"], [400, 490], "F1", 8)
    s.cols(["Totaal EUR", "12.081,85"], [400, 490], "F2", 8)
    s.skip()
    s.line("Pos. 20: leverdatum gewijzigd i.v.m. beschikbaarheid 0,24 mm basismateriaal.", "F1", 8)
    s.line("Op al onze leveringen zijn onze algemene voorwaarden van toepassing (gedeponeerd KvK Zwolle, 01-03-2019).", "F1", 7)
    assert 20 * 296 + 12 * 318 + 6 * Decimal("41.50") == Decimal("9985.00")
    assert Decimal("9985.00") * Decimal("0.21") == Decimal("2096.85")
    pdf = pdfkit.pdf(s.pages, title="Orderbevestiging 2026-40417", producer="Exact Globe Report Engine 4.2",
                     creator="Exact Globe", created="D:20261111060155+01'00'", doc_id="8c2f1e7a90b34d5c6e7f8091a2b3c4d5")
    body = """Geachte relatie,

Hierbij ontvangt u onze orderbevestiging 2026-40417 naar aanleiding van uw order 4700019923.
Wij verzoeken u de orderbevestiging te controleren en eventuele afwijkingen binnen 2 werkdagen aan ons te melden.

Met vriendelijke groet,

Drukplaten Benelux B.V.
Afdeling Verkoop Binnendienst

Dit bericht is automatisch gegenereerd. Beantwoorden kan naar orders@drukplatenbenelux.example."""
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "OB_2026-40417.pdf")],
                       "----=_Part_118204_1771043392.1794373331001")
    h = hdrs("Drukplaten Benelux - Verkoop <noreply-erp@drukplatenbenelux.example>", "inkoop@printhuisoost.example",
             "Orderbevestiging 2026-40417 / uw ref. 4700019923", date,
             "<1183920455.118205.1794373331002@erp01.drukplatenbenelux.example>",
             extra=[("Reply-To", "orders@drukplatenbenelux.example"), ("X-Mailer", "Exact Globe Mailer")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Unthreaded ERP mail, all content in a PDF with position numbers 10/20/30 and "
                 "the supplier's own article numbers beside ours; only pos. 20 moves to 03-12-2026; quotation "
                 "validity 31-12-2026, Incoterms 2020, '30 dagen netto', general terms date are traps.",
                 conf(po, {1: "A", 2: C(po, 2, d="2026-12-03"), 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 009
@case("blankets-excel-ab")
def c_blankets_xlsx():
    sup = Sup("GTSAX", "Gummitücher Sachsen GmbH", "auftrag@gummituecher-sachsen.example", "de-DE")
    buy = Buyer("Frank Lindner", "einkauf@druckerei-lindner.example", "Druckerei Lindner KG")
    po = PO("4500232410", sup, buy, "EUR", "2026-11-11", [
        ("GT-1050x890-1.95", "Gummituch 1050 x 890 x 1,95 mm, mit Klemmschienen", 8, "EA", "214.00", "2026-12-02"),
        ("GT-760x620-1.70", "Gummituch 760 x 620 x 1,70 mm, ungeschient", 14, "EA", "118.00", "2026-12-02"),
        ("UT-BOGEN-0.30", "Unterlagebogen 0,30 mm, 1050 x 890, Pck. à 10", 5, "PK", "36.00", "2026-12-02"),
        ("WR-2000", "Walzenreiniger WR 2000, 20 l", 2, "KN", "98.50", "2026-12-09"),
    ], sent_time="08:41:00")
    date = at("2026-11-13 13:15:02", tz(1))
    rows = [
        ["Auftragsbestätigung AB-261187"],
        ["Kunde", "10457 Druckerei Lindner KG"],
        ["Ihre Bestellung", "4500232410", "vom", D("2026-11-11")],
        ["Lieferbedingung", "frei Haus", "Zahlung", "14 Tage 2 % Skonto, 30 Tage netto"],
        [],
        ["Pos", "Unsere Art.-Nr.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis/ME EUR", "Gesamt EUR", "Liefertermin"],
        [10, "71-1050-195K", "GT-1050x890-1.95", "Gummituch 1050x890x1,95 mm geschient", 8, "ST", 214.0, 1712.0, D("2026-12-02")],
        [20, "71-0760-170", "GT-760x620-1.70", "Gummituch 760x620x1,70 mm", 14, "ST", 121.5, 1701.0, D("2026-12-02")],
        [30, "74-0300-10", "UT-BOGEN-0.30", "Unterlagebogen 0,30 mm, Pck. à 10", 5, "PCK", 36.0, 180.0, D("2026-12-09")],
        [40, "90-2000-20", "WR-2000", "Walzenreiniger WR 2000, 20 l", 2, "KAN", 98.5, 197.0, D("2026-12-09")],
        [],
        ["", "", "", "Summe netto", "", "", "", 3790.0],
        ["Pos. 20: Preisanpassung lt. Rundschreiben vom 01.10.2026."],
    ]
    assert 1712 + 1701 + 180 + 197 == 3790
    x = xlsxkit.xlsx(rows, "AB-261187", "dd.mm.yyyy", stamp=(2026, 11, 13, 12, 58, 40), creator="proALPHA",
                     col_widths=[6, 16, 20, 40, 8, 6, 12, 12, 12])
    body = """Sehr geehrter Herr Lindner,

anbei erhalten Sie unsere Auftragsbestätigung AB-261187 zu Ihrer Bestellung 4500232410 als Excel-Datei. Bitte beachten Sie die Änderungen bei Pos. 20 und 30.

Mit freundlichen Grüßen

Anja Köhler
Auftragsabwicklung
Gummitücher Sachsen GmbH · Am Wasserturm 9 · 09116 Chemnitz"""
    sent = "Mittwoch, 11. November 2026 08:41"
    to = "auftrag@gummituecher-sachsen.example"
    orig = req_text(po, "de")
    plain = body + "\n\n" + Q.outlook_block_text("de", req_from(po), sent, to, req_subject(po, "de")) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("de", req_from(po), sent, to, req_subject(po, "de")),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "DE")
    alt = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                      M.text(html, "html", "utf-8", "quoted-printable")],
                      "_000_FR3P281MB1645B7E2C0914D55A1E86D20F3B1FR3P281MB1645DEUP_")
    root = M.multipart("mixed", [alt, M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                    "AB_261187.xlsx", size_param=True)],
                       "_004_FR3P281MB1645B7E2C0914D55A1E86D20F3B1FR3P281MB1645DEUP_")
    h = hdrs("Anja Köhler <a.koehler@gummituecher-sachsen.example>", req_from(po), "AW: " + req_subject(po, "de"), date,
             "<FR3P281MB1645B7E2C0914D55A1E86D20F3B1@FR3P281MB1645.DEUP281.PROD.OUTLOOK.COM>", po,
             extra=[("Thread-Topic", M.ew(req_subject(po, "de"))), ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", "yes")])
    eml = M.message(h, root)
    exp = expect("confirmation", "German Outlook with an XLSX acknowledgment: positions 10-40, own article numbers, "
                 "dates stored as Excel serial numbers with a date format; pos. 20 price 121,50, pos. 30 date "
                 "moves to 09.12.; the order date in row 3 and the circular date are not commitments.",
                 conf(po, {1: "A", 2: C(po, 2, p="121.50"), 3: C(po, 3, d="2026-12-09"), 4: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 010
@case("bearings-out-of-office-de")
def c_ooo_de():
    sup = Sup("PLFRK", "Präzisionslager Franken GmbH", "t.weigand@praezisionslager-franken.example", "de-DE")
    buy = Buyer("Oliver Grant", "purchasing@kestrel-spindle.example", "Kestrel Spindle Systems Ltd", tz(0))
    po = PO("KSS-PO-6650", sup, buy, "EUR", "2026-11-16", [
        ("7008-ACD/P4A", "Angular contact bearing 7008 ACD/P4A", 24, "EA", "88.00", "2026-12-18"),
        ("61908-2RS1", "Deep groove ball bearing 61908-2RS1", 60, "EA", "9.40", "2026-12-18"),
    ], sent_time="08:55:00")
    date = at("2026-11-16 10:03:11", tz(1))
    wd("2026-11-27", "Fri")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 27.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Vertriebsinnendienst unter vertrieb@praezisionslager-franken.example oder +49 9721 6688-0.

Mit freundlichen Grüßen
Thomas Weigand

Thank you for your message. I am out of the office until Friday, 27 November 2026. For urgent matters please contact vertrieb@praezisionslager-franken.example."""
    root = M.multipart("alternative", [M.text(body, "plain", "utf-8", "base64"),
                                       M.text("<html><body>" + Q.html_paras(body) + "</body></html>", "html", "utf-8", "base64")],
                       "_000_BE1P281MB2714AB30F8D14C4E9F6A0B1C2D3EBE1P281MB2714DEUP_")
    h = hdrs("Thomas Weigand <t.weigand@praezisionslager-franken.example>", req_from(po),
             "Automatische Antwort: " + req_subject(po), date,
             "<BE1P281MB2714AB30F8D14C4E9F6A0B1C2D3E@BE1P281MB2714.DEUP281.PROD.OUTLOOK.COM>", po,
             extra=[("Thread-Topic", M.ew(req_subject(po))), ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "t.weigand@praezisionslager-franken.example"),
                    ("Content-Language", "de-DE")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "German/English out-of-office threaded on the PO request; the return date "
                 "27.11.2026 is not a delivery date.")
    return [po], eml, exp

# ---------------------------------------------------------------------------- 011
@case("chandlery-two-pos-one-mail")
def c_chandlery_sg():
    sup = Sup("STRMAR", "Straits Marine Chandlers Pte Ltd", "sales@straitsmarine.example", "en-SG")
    buy = Buyer("Lim Wei Ling", "procurement@harbourfront-yacht.example", "Harbourfront Yacht Services Pte Ltd", tz(8))
    po1 = PO("HYS-4471", sup, buy, "USD", "2026-11-05", [
        ("SHK-316-10", "Bow shackle AISI 316, 10 mm", 50, "EA", "6.80", "2026-11-30"),
        ("ROPE-DB-12-100", "Double braid polyester rope 12 mm, 100 m reel", 6, "RL", "142.00", "2026-11-30"),
    ], sent_time="10:20:00")
    po2 = PO("HYS-4478", sup, buy, "USD", "2026-11-09", [
        ("FEND-F4", "Inflatable fender F4, navy", 10, "EA", "58.00", "2026-12-07"),
        ("ANT-3060", "Antifouling, hard matrix, 2.5 L, red", 24, "CN", "96.50", "2026-12-07"),
        ("ZN-COLLAR-20", "Zinc anode, shaft collar 20 mm", 40, "EA", "4.10", "2026-12-07"),
    ], sent_time="15:15:00")
    date = at("2026-11-12 17:41:09", tz(8))
    body = """Hi Wei Ling,

Pls see our reply for both POs below.

HYS-4471
- Shackles 10mm x 50 pcs - ok
- DB rope 12mm x 6 reels - ok
Delivery 30 Nov as requested.

HYS-4478
- Fenders F4: only 6 pcs in stock now, will send these on 7 Dec. Balance 4 pcs arriving from our supplier end Dec, we deliver 28/12.
- Antifouling 2.5L red x 24 - ok, 7 Dec
- Zinc collar anodes 20mm x 40 - ok, 7 Dec, but price now USD 4.35/pc due to zinc surcharge, sorry abt that.

Any issue pls let me know.

Thanks & regards
Tan Wei Ming
Sales Executive
Straits Marine Chandlers Pte Ltd
21 Tuas Avenue 8, Singapore 639232 | +65 6861 4420"""
    sent = "Monday, 9 November 2026 3:15 PM"
    to = "sales@straitsmarine.example"
    orig = req_text(po2, "en")
    plain = body + "\n\n" + Q.outlook_block_text("en", req_from(po2), sent, to, req_subject(po2)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("en", req_from(po2), sent, to, req_subject(po2)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "EN-SG")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_SG2PR06MB5311F0E8C1A74B2CB93D7E6A01F2SG2PR06MB5311apcp_")
    h = hdrs("Tan Wei Ming <weiming.tan@straitsmarine.example>", req_from(po2),
             "RE: PO HYS-4478 / HYS-4471", date,
             "<SG2PR06MB5311F0E8C1A74B2CB93D7E6A01F2@SG2PR06MB5311.apcprd06.prod.outlook.com>", po2,
             refs=[po1.req_id, po2.req_id], extra=[("Content-Language", "en-SG")])
    eml = M.message(h, root)
    exp = expect("confirmation", "One Singapore-English mail answers two POs; HYS-4478 line 1 split 6 on 7 Dec + "
                 "4 on 28/12, line 3 zinc surcharge to 4.35; '2.5L', '10mm', '12mm' are sizes.",
                 conf(po1, {1: "A", 2: "A"}),
                 conf(po2, {1: C(po2, 1, d="2026-12-28", s=[(6, "2026-12-07"), (4, "2026-12-28")]), 2: "A",
                            3: C(po2, 3, p="4.35")}))
    return [po1, po2], eml, exp


# ---------------------------------------------------------------------------- 012
@case("fish-feed-big-bags-per-tonne")
def c_feed_pt():
    sup = Sup("RACATL", "Rações do Atlântico, S.A.", "encomendas@racoesatlantico.example", "pt-PT")
    buy = Buyer("Rui Santos", "compras@riaformosa-aqua.example", "Aquicultura Ria Formosa, Lda.", tz(0))
    po = PO("RF-PO-2026-0311", sup, buy, "EUR", "2026-11-09", [
        ("TRT-EXT-3MM", "Trout feed extruded 3 mm, 44/24", 24000, "KG", "1.38", "2026-12-01"),
        ("SEA-BRM-4.5MM", "Sea bream grower 4.5 mm, 25 kg bag", 6000, "KG", "1.62", "2026-12-01"),
    ], sent_time="09:30:00")
    date = at("2026-11-10 15:22:40", tz(0))
    wd("2026-12-03", "Thu")
    assert 19 * 1250 == 23750 and 240 * 25 == 6000
    body = """Boa tarde Sr. Rui Santos,

Agradecemos a vossa encomenda RF-PO-2026-0311, que confirmamos nos seguintes termos:

Linha 1 – Truta extrudido 3 mm (44/24): fornecemos apenas em big bags de 1 250 kg, pelo que confirmamos 19 big bags = 23 750 kg, ao preço de 1,38 €/kg.
Linha 2 – Dourada engorda 4,5 mm: 240 sacos de 25 kg = 6 000 kg. Com a atualização de preços de novembro, o preço passa a 1 655,00 €/t.

Entrega em Olhão no dia 3 de dezembro (quinta-feira), descarga por conta do cliente.

Com os melhores cumprimentos,

Inês Carvalho
Departamento Comercial
Rações do Atlântico, S.A. – Zona Industrial de Mira, lote 12"""
    sent = "segunda-feira, 9 de novembro de 2026 09:30"
    to = "encomendas@racoesatlantico.example"
    orig = req_text(po, "en")
    plain = body + "\n\n" + Q.outlook_block_text("pt", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("pt", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "PT")
    root = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "windows-1252", "quoted-printable")],
                       "_000_DU0PR09MB6170C8D4B2F94E11A7C0E5D6B8A9DU0PR09MB6170eurp_")
    h = hdrs("Inês Carvalho <ines.carvalho@racoesatlantico.example>", req_from(po), "RE: " + req_subject(po), date,
             "<DU0PR09MB6170C8D4B2F94E11A7C0E5D6B8A9@DU0PR09MB6170.eurprd09.prod.outlook.com>", po,
             extra=[("Content-Language", "pt-PT")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Portuguese Outlook; PO in kg, supplier rounds line 1 down to 19 big bags of "
                 "1 250 kg; line 2 price given per tonne (1 655,00 €/t = 1.655 €/kg); '44/24' is the "
                 "protein/fat spec, not a date.",
                 conf(po, {1: C(po, 1, q=23750, d="2026-12-03"), 2: C(po, 2, p="1.655", d="2026-12-03")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 013
@case("salmon-feed-next-tuesday")
def c_feed_nb():
    sup = Sup("HAVFOR", "Havfôr Nord AS", "ordre@havfor-nord.example", "nb-NO")
    buy = Buyer("Kari Nilsen", "innkjop@lofoten-sjomat.example", "Lofoten Sjømat AS")
    po = PO("LS-26-1190", sup, buy, "EUR", "2026-11-12", [
        ("SALM-9MM-BB", "Salmon grower 9 mm, big bag 800 kg", 30, "BB", "1120.00", "2026-11-16"),
        ("SALM-6MM-BB", "Salmon grower 6 mm, big bag 800 kg", 10, "BB", "1145.00", "2026-11-16"),
    ], sent_time="08:30:00")
    date = at("2026-11-13 15:20:07", tz(1))
    d1 = next_weekday(date, "Tue", skip_this_week=True)
    assert d1 == "2026-11-17"
    d2 = kw(2026, 48)
    body = """Hei Kari,

Takk for bestillingen. Vi bekrefter 30 big bags 9 mm à 800 kg til avtalt pris, men båten denne uka er full, så levering til anlegget blir tirsdag neste uke.

6 mm har vi dessverre ikke før i uke 48 – de 10 sekkene kommer da.

Mvh
Eirik Johansen
Havfôr Nord AS – ordrekontoret
Tlf. 75 52 31 00"""
    attr = "tor. 12. nov. 2026 kl. 08:30 skrev Kari Nilsen <innkjop@lofoten-sjomat.example>:"
    orig = req_text(po, "en", "Havfôr Nord")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000009b2f5a0625e2c871")
    h = hdrs("Eirik Johansen <eirik@havfor-nord.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAFk2Vd8Rt0wPz3mQ7nY1sH4bL9cX6eJ2uG5aK8vN0iT@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Norwegian; 'tirsdag neste uke' from Friday 13 Nov = Tue 17 Nov; '6 mm ... i uke 48' "
                 "= Friday 27 Nov; prices unchanged; '800 kg' and '9 mm' are specs.",
                 conf(po, {1: C(po, 1, d=d1), 2: C(po, 2, d=d2)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 014
@case("pillar-candles-moq")
def c_candles_ie():
    sup = Sup("SHANCW", "Shannon Candle Works Ltd", "orders@shannoncandleworks.example", "en-IE")
    buy = Buyer("Aoife Brennan", "buying@hollybrookgifts.example", "Hollybrook Gift Stores", tz(0))
    po = PO("HGS-88120", sup, buy, "EUR", "2026-11-03", [
        ("PIL-7x10-IVR", "Pillar candle 7 x 10 cm, ivory, unscented", 200, "EA", "2.15", "2026-11-27"),
        ("TLT-8H-100", "Tealights 8 hr, bag of 100", 50, "BG", "6.90", "2026-11-27"),
        ("JAR-CIN-220", "Jar candle cinnamon, 220 g", 120, "EA", "5.40", "2026-11-27"),
    ], sent_time="11:10:00")
    date = at("2026-11-04 12:31:55", tz(0))
    d = wd(next_md(date, 11, 25), "Wed")
    wd("2026-11-24", "Tue")
    body = """Hi Aoife,

Thanks a million for the order. Just one thing – the 7x10 ivory pillar has a minimum run of 500, so we've put you down for 500 at the same €2.15. Shout if that's a problem and we'll sort something out.

Tealights (50 bags) and the cinnamon jars (120) are grand as ordered.

Everything goes out on Tuesday the 24th and should be with you Wednesday 25th.

Cheers,
Ciarán

Shannon Candle Works | Unit 7, Smithstown Industrial Estate, Shannon, Co. Clare V14 XK20"""
    attr = "On 3 Nov 2026, at 11:10, Aoife Brennan <buying@hollybrookgifts.example> wrote:"
    orig = req_text(po, "en", "Ciarán")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.apple_html("<div>" + Q.html_paras(body) + "</div>", attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "Apple-Mail=_5E1B7C2A-93D4-4F0E-8B61-2C7A9D0E4F13")
    h = hdrs("Ciarán Ó Briain <ciaran@shannoncandleworks.example>", req_from(po), "Re: " + req_subject(po), date,
             "<5C3E8A41-0B7F-4D92-A1E6-8F2D4C9B0E37@shannoncandleworks.example>", po,
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Irish English, Apple Mail; MOQ raises line 1 to 500; ships 'Tuesday the 24th', "
                 "delivered 'Wednesday 25th' (no month/year: next 25th on/after the mail = 2026-11-25), two "
                 "days before the requested 27 Nov; '7x10', '8 hr', '220 g' are specs.",
                 conf(po, {1: C(po, 1, q=500, d=d), 2: C(po, 2, d=d), 3: C(po, 3, d=d)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 015
@case("filament-helpdesk-ticket-ack")
def c_ticket_us():
    sup = Sup("POLYF", "PolyForge Materials Inc.", "sales@polyforge.example", "en-US")
    buy = Buyer("Sam Patel", "purchasing@rapidprotoworks.example", "Rapid Proto Works LLC", tz(-5))
    po = PO("RPW-7781-2026", sup, buy, "USD", "2026-11-17", [
        ("PF-PLA-175-1K-BLK", "PLA+ filament 1.75 mm, 1 kg spool, black", 48, "SP", "17.90", "2026-12-04"),
        ("PF-PETG-285-1K-NAT", "PETG filament 2.85 mm, 1 kg spool, natural", 24, "SP", "21.40", "2026-12-04"),
    ], sent_time="07:58:00")
    date = at("2026-11-17 08:14:52", tz(-5))
    body = """##- Please type your reply above this line -##

Hi Sam,

Thanks for contacting PolyForge Materials! This is an automated message to let you know that we've received your request (#58213). A member of our Sales team will review it and get back to you, usually within 1-2 business days.

Heads-up: our holiday order cut-off for delivery before December 24 is December 15.

You can check the status of your request at any time:
https://support.polyforge.example/hc/requests/58213

PolyForge Materials Inc. | 1200 Industrial Pkwy, Dayton, OH 45414

[ZQ8V2K-41RN]"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
            '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            + Q.html_paras(body.split("\n", 2)[2]) + "</body></html>")
    root = M.multipart("alternative", [M.text(body, "plain", "UTF-8", "7bit"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "--==_mimepart_6739f4bc8a2e1_5c1a3fd8c2a9c5e0118d")
    h = hdrs("PolyForge Support <support@polyforge.example>", req_from(po),
             "[PolyForge] Re: " + req_subject(po) + " (Request #58213)", date,
             "<ZQ8V2K41RN_6739f4bc8a1f4_5c1a3fd8c2a9c5e011a2_sprut@zendesk.example>", po,
             extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "bulk"),
                    ("X-Mailer", "Zendesk Mailer"), ("Reply-To", "PolyForge Support <support+id58213@polyforge.example>")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "Helpdesk auto-acknowledgment ('Request #58213'); holiday cut-off dates "
                 "Dec 15 / Dec 24 are generic, nothing is committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 016
@case("silver-findings-per-100")
def c_findings_tr():
    sup = Sup("KAPBUL", "Kapalıçarşı Bulgu San. ve Tic. Ltd. Şti.", "siparis@kapalicarsibulgu.example", "tr-TR")
    buy = Buyer("Hannah Cole", "orders@aurelia-atelier.example", "Aurelia Atelier Ltd", tz(0))
    po = PO("AA-2026-204", sup, buy, "EUR", "2026-11-06", [
        ("JR-925-5MM", "Jump ring 925 silver, open, 5 mm x 0.8 mm", 2000, "EA", "0.085", "2026-11-30"),
        ("LOB-925-12", "Lobster clasp 925 silver, 12 mm", 500, "EA", "0.92", "2026-11-30"),
        ("WIRE-925-0.6", "Silver wire 925, 0.6 mm, dead soft", 250, "G", "1.18", "2026-11-30"),
    ], sent_time="13:45:00")
    date = at("2026-11-09 10:44:20", tz(3))
    body = """Merhaba Hannah Hanım,

AA-2026-204 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem – Halka 925 gümüş, açık, 5 mm x 0,8 mm: 2.000 adet. Gümüş fiyatlarındaki artış nedeniyle 100 adet fiyatı 9,20 EUR (adet başı 0,092 EUR).
2. kalem – Istakoz kilit 925, 12 mm: 500 adet, 0,92 EUR, onaylandı.
3. kalem – Gümüş tel 925, 0,6 mm: 250 gr, gram fiyatı 1,24 EUR.

Kargo 25.11.2026 tarihinde DHL Express ile çıkacak, size teslimat 27.11.2026.

Saygılarımızla,
Selin Aydın
İhracat Departmanı
Kapalıçarşı Bulgu San. ve Tic. Ltd. Şti. – Fatih / İstanbul"""
    attr = "Hannah Cole <orders@aurelia-atelier.example>, 6 Kas 2026 Cum, 13:45 tarihinde şunu yazdı:"
    orig = req_text(po, "en", "Selin")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    root = M.text(plain.replace("–", "-"), "plain", "iso-8859-9", "quoted-printable")
    h = hdrs("Selin Aydın <selin@kapalicarsibulgu.example>", req_from(po), "Ynt: " + req_subject(po), date,
             "<e81c2b7d4f9a0356@kapalicarsibulgu.example>", po, charset="utf-8",
             extra=[("X-Mailer", "Yandex.Mail")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Turkish, ISO-8859-9 plain text; line 1 priced per 100 pieces (9,20 EUR/100 = "
                 "0.092), line 3 per gram; ship 25.11 vs delivery 27.11 (delivery wins); '925', '5 mm x 0,8 mm', "
                 "'2.000' with a dot thousands separator.",
                 conf(po, {1: C(po, 1, p="0.092", d="2026-11-27"), 2: C(po, 2, d="2026-11-27"),
                           3: C(po, 3, p="1.24", d="2026-11-27")}))
    return [po], eml, exp

# ---------------------------------------------------------------------------- 017
@case("spindle-bearings-sjis-eol")
def c_bearings_ja():
    sup = Sup("TOHOSB", "Toho Seimitsu Bearing Co., Ltd.", "kaigai@toho-seimitsu.example", "ja-JP")
    buy = Buyer("Oliver Grant", "purchasing@kestrel-spindle.example", "Kestrel Spindle Systems Ltd", tz(0))
    po = PO("KSS-PO-6620", sup, buy, "USD", "2026-11-04", [
        ("7014-CTYNSULP4", "Angular contact bearing 7014 CTYNSULP4, matched pair", 8, "PR", "612.00", "2026-12-15"),
        ("6206-2RS-C3-P5", "Deep groove ball bearing 6206-2RS C3, ABEC 5", 40, "EA", "28.40", "2026-12-15"),
        ("NN3020-KTN9-SP", "Cylindrical roller bearing NN3020 KTN9/SP", 4, "EA", "845.00", "2027-01-20"),
    ], sent_time="08:55:00")
    date = at("2026-11-05 10:12:33", tz(9))
    body = """Kestrel Spindle Systems Ltd
Oliver Grant 様

いつもお世話になっております。東邦精密ベアリングの佐藤です。

ご注文書 KSS-PO-6620 につきまして、下記の通りご回答申し上げます。

1. 7014 CTYNSULP4（組合せペア）　8組　単価 USD 612.00
　　納期 2026年12月15日 → ご注文通り承りました。
2. 6206-2RS C3 P5　40個　単価 USD 28.40
　　12月11日出荷、貴社着 12月15日の予定です。
3. NN3020 KTN9/SP　4個
　　誠に申し訳ございませんが、メーカーにて生産終了となりましたため、お受けできません。

なお、お見積書 Q-26-0871 の有効期限は2026年12月31日です。

何卒よろしくお願い申し上げます。

──────────────────
佐藤 健一
東邦精密ベアリング株式会社　海外営業部
TEL 06-6781-2234 / FAX 06-6781-2235
──────────────────

-----Original Message-----
差出人: Oliver Grant <purchasing@kestrel-spindle.example>
送信日時: 2026年11月4日 17:55
宛先: kaigai@toho-seimitsu.example
件名: Purchase order KSS-PO-6620 - please confirm

""" + req_text(po, "en", "Mr Sato")
    root = M.text(body, "plain", "Shift_JIS", "base64")
    subj = "RE: Purchase order KSS-PO-6620 ― please confirm【納期回答】"
    h = hdrs("佐藤 健一 <k.sato@toho-seimitsu.example>", req_from(po), subj, date,
             "<000a01dd4f2b$7c1e3a40$745aaec0$@toho-seimitsu.example>", po, charset="shift_jis",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHdTy4mQz0bN3s1tE+8kfWmZpGx0A=="),
                    ("Content-Language", "ja")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Japanese, Shift_JIS base64 plain text; line 2 ships 12/11 but arrives 12/15 "
                 "(= requested, accepted); line 3 discontinued by the maker = rejected; model numbers 7014, "
                 "6206-2RS, NN3020 and the quotation validity 2026年12月31日 are traps.",
                 conf(po, {1: "A", 2: "A", 3: "R"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 018
@case("patch-cords-gb2312-ship-dates")
def c_fibre_cn():
    sup = Sup("GLFIB", "Shenzhen Guanglian Communication Co., Ltd.", "sales@gl-fiber.example", "zh-CN")
    buy = Buyer("Johan Lindqvist", "purchasing@nordnetfibre.example", "NordNet Fibre AB")
    po = PO("NNF-2611-052", sup, buy, "USD", "2026-11-05", [
        ("PC-LCUPC-SCUPC-SM-3M", "Patch cord LC/UPC-SC/UPC, SM G.652D, duplex, 3 m", 500, "EA", "1.95", "2026-12-10"),
        ("PC-LCAPC-LCAPC-SM-1M", "Patch cord LC/APC-LC/APC, SM G.657A1, simplex, 1 m", 1000, "EA", "1.22", "2026-12-10"),
        ("FOC-48F-ADSS-100", "ADSS cable 48F, span 100 m, per metre", 4000, "M", "0.86", "2027-01-08"),
    ], sent_time="16:20:00")
    date = at("2026-11-09 14:06:40", tz(8))
    body = """Dear Johan,

您好！关于贵司订单 NNF-2611-052，确认如下：

1. LC/UPC-SC/UPC 单模双工跳线 3米 (G.652D)：500条，单价 USD 1.95，12月4日发货。
2. LC/APC-LC/APC 单模单工跳线 1米 (G.657A1)：1000条，单价 USD 1.22，同上，12月4日发货。
3. 48芯 ADSS 光缆 (跨距100米)：4000米，因原材料上涨，单价调整为 USD 0.91/米，交货日期 2027年1月15日。

付款条件按双方协议（月结30天）。
如有问题请随时联系。

Best regards
Lily Chen 陈丽
深圳光联通信有限公司 外贸部
Tel: +86 755 2771 8830

------------------ 原始邮件 ------------------
发件人: "Johan Lindqvist" <purchasing@nordnetfibre.example>
发送时间: 2026年11月5日(星期四) 晚上11:20
收件人: "sales" <sales@gl-fiber.example>
主题: Purchase order NNF-2611-052 - please confirm

""" + req_text(po, "en", "Lily")
    html = "<html><body><div style=\"font-family:宋体;font-size:10.5pt\">" + Q.html_lines(body) + "</div></body></html>"
    root = M.multipart("alternative", [M.text(body, "plain", "gb2312", "base64"),
                                       M.text(html, "html", "gb2312", "base64")],
                       "----=_NextPart_6730F9A0_0D5C1B38_1E2A7F44")
    h = hdrs("Lily Chen <lily@gl-fiber.example>", req_from(po), "回复：Purchase order NNF-2611-052 - please confirm",
             date, "<tencent_5B7E2F0C91D84A3E6F10C2B9@qq.example>", po, charset="gb2312",
             extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Chinese GB2312 base64; lines 1-2 give only a ship date (12月4日发货) -> that date; "
                 "line 3 new price per metre and a delivery date 2027年1月15日; 'G.652D', '48芯', '跨距100米', "
                 "'月结30天' are traps.",
                 conf(po, {1: C(po, 1, d="2026-12-04"), 2: C(po, 2, d="2026-12-04"),
                           3: C(po, 3, p="0.91", d="2027-01-15")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 019
@case("li-ion-cells-three-deliveries")
def c_battery_ko():
    sup = Sup("HANBIT", "Hanbit Battery Co., Ltd.", "export@hanbit-battery.example", "ko-KR")
    buy = Buyer("Lena Vogt", "einkauf@voltaris.example", "Voltaris Energy GmbH")
    po = PO("VE-4510-0088", sup, buy, "EUR", "2026-11-09", [
        ("CELL-21700-50E", "Li-ion cell 21700, 5.0 Ah, 3.6 V", 12000, "EA", "2.84", "2026-12-18"),
        ("MOD-16S2P-48V", "Battery module 16S2P 48 V, with BMS", 60, "EA", "410.00", "2027-01-15"),
    ], sent_time="11:00:00")
    date = at("2026-11-11 17:25:10", tz(9))
    body = """Lena Vogt 님께,

안녕하십니까. 한빛배터리 해외영업팀 박지훈입니다.
발주서 VE-4510-0088 건 아래와 같이 회신 드립니다.

1번 품목 (21700 셀 5.0Ah): 12,000개, 단가 EUR 2.84 유지.
생산 일정상 3회 분할 납품하겠습니다.
  - 1차: 4,000개, 2026년 12월 18일 도착
  - 2차: 4,000개, 2027년 1월 8일 도착
  - 3차: 4,000개, 2027년 1월 22일 도착

2번 품목 (16S2P 48V 모듈): 60개, 셀 원가 인상으로 단가를 EUR 425.00 으로 조정합니다. 납기는 요청하신 대로 2027년 1월 15일 도착입니다.

확인 부탁드립니다.

감사합니다.
박지훈 드림

Hanbit Battery Co., Ltd. | 해외영업팀
충청북도 청주시 흥덕구 산단로 88"""
    attr = "2026년 11월 9일 (월) 오후 7:00, Lena Vogt <einkauf@voltaris.example>님이 작성:"
    orig = req_text(po, "en", "Hanbit team")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "base64"),
                                       M.text(html, "html", "UTF-8", "base64")],
                       "000000000000c71e240626014d2b")
    h = hdrs("박지훈 (Jihoon Park) <jh.park@hanbit-battery.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAB9zQ4tW1nP8kXo3mR6vD2sF0gH5jL7cY9eA4uT1bN@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Korean, base64; line 1 split into three arrivals of 4,000 (18 Dec, 8 Jan, 22 Jan); "
                 "line 2 price up to 425.00 with the requested date kept; '21700', '5.0Ah', '16S2P 48V' are specs.",
                 conf(po, {1: C(po, 1, d="2027-01-22", s=[(4000, "2026-12-18"), (4000, "2027-01-08"),
                                                             (4000, "2027-01-22")]),
                           2: C(po, 2, p="425.00")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 020
@case("pet-accessories-line-not-mentioned")
def c_pet_hu():
    sup = Sup("ALLBAR", "Állatbarát Kereskedelmi Kft.", "rendeles@allatbarat.example", "hu-HU")
    buy = Buyer("Kovács Márta", "beszerzes@petpoint.example", "PetPoint Kft.")
    po = PO("PP-PO-77310", sup, buy, "EUR", "2026-11-10", [
        ("LEASH-NYL-20-120", "Nylon leash 20 mm x 120 cm, black", 150, "EA", "3.40", "2026-12-01"),
        ("BOWL-SS-0.7L", "Stainless steel bowl 0.7 l", 200, "EA", "2.10", "2026-12-01"),
        ("LITTER-CLP-10L", "Clumping cat litter 10 l", 300, "BG", "4.75", "2026-12-01"),
        ("TOY-ROPE-3K", "Rope toy, 3 knots, 35 cm", 100, "EA", "1.60", "2026-12-01"),
    ], sent_time="10:15:00")
    date = at("2026-11-12 09:05:44", tz(1))
    body = """Tisztelt Kovács Márta!

Köszönjük megrendelését. A PP-PO-77310 számú rendelést az alábbiak szerint igazoljuk vissza:

1. tétel - nylon póráz 20 mm x 120 cm, fekete: 150 db, 3,40 EUR/db - rendben
2. tétel - rozsdamentes tál 0,7 l: 200 db, 2,10 EUR/db - rendben
3. tétel - csomósodó macskaalom 10 l: 300 zsák, az új árlistánk szerint 4,95 EUR/zsák

Szállítás: 2026. december 1.

Üdvözlettel:
Varga Eszter
értékesítés
Állatbarát Kereskedelmi Kft. | 1097 Budapest, Gubacsi út 6.
"""
    attr = "2026.11.10. 10:15 keltezéssel, Kovács Márta írta:"
    plain = body + "\n" + attr + "\n" + Q.gt(req_text(po, "en", "Sales team")) + "\n"
    root = M.text(plain, "plain", "iso-8859-2", "quoted-printable", params="; format=flowed")
    h = hdrs("Varga Eszter <varga.eszter@allatbarat.example>", req_from(po), "Re: " + req_subject(po), date,
             "<a4c1e9b0-5d3f-4e77-b2a8-91c0f6d3e215@allatbarat.example>", po, charset="iso-8859-2", enc="Q",
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "hu")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Hungarian, ISO-8859-2 QP; line 4 (rope toy) is simply not mentioned -> "
                 "unconfirmed; line 3 new price; '2026. december 1.' Hungarian date order; '0,7 l', '20 mm x 120 cm'.",
                 conf(po, {1: "A", 2: "A", 3: C(po, 3, p="4.95"), 4: "U"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 021
@case("cleanroom-coveralls-size-run")
def c_cleanroom_ro():
    sup = Sup("CLNTEX", "CleanTex Protect S.R.L.", "comenzi@cleantex.example", "ro-RO")
    buy = Buyer("Mihai Ionescu", "achizitii@medisterile.example", "Medisterile Pharma S.A.", tz(2))
    sizes = [("S", 20), ("M", 60), ("L", 50), ("XL", 30)]
    lines = [("CR-OVR-ISO5-" + s, "Cleanroom coverall ISO 5, with hood, size " + s, q, "EA", "38.00", "2026-12-07")
             for s, q in sizes]
    lines.append(("CR-BOOT-ISO5-42", "Cleanroom boot cover, size 42-43", 80, "PR", "12.90", "2026-12-07"))
    po = PO("MSP/2026/1144", sup, buy, "EUR", "2026-11-11", lines, sent_time="13:30:00")
    date = at("2026-11-13 11:30:00", tz(2))
    body = """Bună ziua domnule Ionescu,

Vă mulțumim pentru comanda MSP/2026/1144. Confirmăm după cum urmează:

- Salopete ISO 5 cu glugă, mărimile S (20 buc.), M (60 buc.) și XL (30 buc.): conform comenzii, livrare 07.12.2026.
- Mărimea L: avem disponibile doar 30 buc. din cele 50 comandate; restul de 20 buc. nu se mai produc în această culoare, deci vă confirmăm 30 buc., livrare tot pe 07.12.2026.
- Botoși mărimea 42-43 (80 perechi): confirmat, însă livrarea se face pe 14.12.2026.

Prețurile rămân cele din comandă.

Cu stimă,
Andreea Popescu
Departament Vânzări – CleanTex Protect S.R.L.
Str. Fabricii nr. 11, 400632 Cluj-Napoca"""
    attr = "Pe mie., 11 nov. 2026 la 13:30, Mihai Ionescu <achizitii@medisterile.example> a scris:"
    orig = req_text(po, "en")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000004d8a1306260f2c95")
    h = hdrs("Andreea Popescu <andreea.popescu@cleantex.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAMp5rX0aZ4kB7wQ2tE9nV6yU3iO1pL8sD0fG5hJ7kR@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Romanian; a size run as separate lines; size L cut to 30 of 50 (remainder not "
                 "produced); boot covers one week later; 'ISO 5' and '42-43' are not quantities.",
                 conf(po, {1: "A", 2: "A", 3: C(po, 3, q=30), 4: "A", 5: C(po, 5, d="2026-12-14")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 022
@case("filament-spools-one-line-next-week")
def c_filament_hr():
    sup = Sup("FILADR", "Filamentum Adria d.o.o.", "narudzbe@filamentum-adria.example", "hr-HR")
    buy = Buyer("Ivana Horvat", "nabava@makerlab.example", "MakerLab d.o.o.")
    po = PO("ML-26-0419", sup, buy, "EUR", "2026-11-12", [
        ("PLA-175-1KG-BLK", "PLA filament 1.75 mm, 1 kg spool, black", 100, "SP", "14.90", "2026-11-27"),
        ("PETG-175-1KG-CLR", "PETG filament 1.75 mm, 1 kg spool, clear", 60, "SP", "16.40", "2026-11-27"),
        ("ASA-285-750G-GRY", "ASA filament 2.85 mm, 750 g spool, grey", 24, "SP", "22.80", "2026-11-27"),
    ], sent_time="12:00:00")
    date = at("2026-11-13 08:58:12", tz(1))
    d = wd(next_md(date, 11, 26), "Thu")
    body = """Poštovana gospođo Horvat,

zahvaljujemo na narudžbi ML-26-0419.

Stavke 1 (PLA 1,75 mm crna, 100 kom) i 2 (PETG 1,75 mm prozirna, 60 kom) potvrđujemo po cijenama iz narudžbe, isporuka u četvrtak 26.11.

Za stavku 3 (ASA 2,85 mm, 750 g, siva) još čekamo potvrdu termina proizvodnje od tvornice - javit ćemo se sljedeći tjedan.

Lijep pozdrav,
Tomislav Babić
Filamentum Adria d.o.o. | Prodaja
Slavonska avenija 22, 10000 Zagreb"""
    sent = "četvrtak, 12. studenoga 2026. 12:00"
    plain = body + "\n\n-----Original Message-----\nFrom: " + req_from(po) + "\nSent: " + sent + \
        "\nTo: narudzbe@filamentum-adria.example\nSubject: " + req_subject(po) + "\n\n" + req_text(po, "en") + "\n"
    root = M.text(plain, "plain", "windows-1250", "quoted-printable")
    h = hdrs("Tomislav Babić <tomislav.babic@filamentum-adria.example>", req_from(po), "RE: " + req_subject(po), date,
             "<002301dd5534$a1b2c3d0$e5f6a7b8$@filamentum-adria.example>", po,
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "hr")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Croatian plain text; lines 1-2 delivered Thursday 26.11 (no year: 2026-11-26), "
                 "one day before the request; line 3 explicitly left for next week -> unconfirmed.",
                 conf(po, {1: C(po, 1, d=d), 2: C(po, 2, d=d), 3: "U"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 023
@case("nursery-pots-stack-rounding")
def c_pots_bg():
    sup = Sup("AGRPL", "Агропласт ЕООД", "sales@agroplast-bg.example", "bg-BG")
    buy = Buyer("Mark Ellis", "buying@greenvalleynurseries.example", "Green Valley Nurseries Ltd", tz(0))
    po = PO("GVN-2026-3307", sup, buy, "EUR", "2026-11-06", [
        ("POT-P9-BLK", "Square pot 9 x 9 x 9.5 cm, black", 20000, "EA", "0.031", "2027-01-29"),
        ("TRAY-84C", "Plug tray 84 cells, 53 x 31 cm", 1500, "EA", "0.42", "2027-01-29"),
        ("POT-C2L-TC", "Container pot 2 L, terracotta", 3000, "EA", "0.118", "2027-01-29"),
    ], sent_time="10:45:00")
    date = at("2026-11-10 16:40:00", tz(2))
    assert kw(2027, 4) == "2027-01-29" and 278 * 72 == 20016 and 67 * 45 == 3015
    body = """Здравейте г-н Елис,

Благодарим за поръчка GVN-2026-3307. Потвърждаваме я както следва:

1. Саксия P9 черна (9 x 9 x 9,5 см): опаковаме на стекове по 72 бр., затова потвърждаваме 278 стека = 20 016 бр. на цена 0,031 EUR/бр.
2. Табла 84 клетки (53 x 31 см): 1 500 бр. – ОК.
3. Саксия 2 л, теракота: стек 45 бр. → 67 стека = 3 015 бр., цена без промяна.

Доставка: седмица 4/2027.

Поздрави,
Десислава Петрова
Агропласт ЕООД, гр. Пловдив
тел. +359 32 600 414"""
    sent = "6 ноември 2026 г. 10:45"
    plain = body.replace("→", "->") + "\n\n-------- Оригинално съобщение --------\nОт: " + req_from(po) + "\nДата: " + sent + \
        "\nОтносно: " + req_subject(po).replace("–", "-") + "\n\n" + req_text(po, "en") + "\n"
    root = M.text(plain, "plain", "windows-1251", "quoted-printable")
    h = hdrs("Десислава Петрова <d.petrova@agroplast-bg.example>", req_from(po), "Re: " + req_subject(po), date,
             "<6b0d2f1e-8a34-4c5b-9e70-3d1c2b4a5f68@agroplast-bg.example>", po,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "bg")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Bulgarian, windows-1251 QP; pots rounded to full stacks of 72 and 45; "
                 "'седмица 4/2027' = Friday 2027-01-29 (= requested); '9 x 9 x 9,5 см', '84 клетки', '53 x 31' "
                 "are sizes.",
                 conf(po, {1: C(po, 1, q=20016), 2: "A", 3: C(po, 3, q=3015)}))
    return [po], eml, exp

# ---------------------------------------------------------------------------- 024
@case("exercise-books-greek-price")
def c_school_el():
    sup = Sup("XARAIG", "Χαρτικά Αιγαίου Α.Ε.", "paraggelies@xartika-aigaiou.example", "el-GR")
    buy = Buyer("Eleni Georgiou", "purchasing@brightminds-schools.example", "Bright Minds Schools Ltd", tz(2))
    po = PO("BMS-1127", sup, buy, "EUR", "2026-11-09", [
        ("NB-A4-80-SQ", "Exercise book A4, 80 sheets, squared 5 mm", 2000, "EA", "0.68", "2027-01-08"),
        ("PEN-HB-12", "Graphite pencils HB, box of 12", 400, "BX", "1.35", "2027-01-08"),
        ("GLUE-40G", "Glue stick 40 g", 600, "EA", "0.49", "2027-01-08"),
    ], sent_time="09:00:00")
    date = at("2026-11-11 12:20:00", tz(2))
    body = """Αγαπητή κα Γεωργίου,

Σας ευχαριστούμε για την παραγγελία BMS-1127. Επιβεβαιώνουμε:

1) Τετράδια Α4, 80 φύλλα, τετραγωνισμένα 5 mm: 2.000 τεμ., τιμή 0,72 € (νέος τιμοκατάλογος από 01/11/2026)
2) Μολύβια HB, κουτί 12 τεμ.: 400 κουτιά, τιμή 1,35 €
3) Κόλλα stick 40 g: 600 τεμ., τιμή 0,49 €

Παράδοση όλων των ειδών: 08/01/2027.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων - Χαρτικά Αιγαίου Α.Ε.
Λεωφ. Αθηνών 214, 12461 Χαϊδάρι"""
    attr = "Στις Δευ 9 Νοε 2026 στις 9:00 π.μ., ο/η Eleni Georgiou <purchasing@brightminds-schools.example> έγραψε:"
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(req_text(po, "en", "Sales team")) + "\n"
    root = M.text(plain, "plain", "iso-8859-7", "quoted-printable")
    h = hdrs("Νίκος Παπαδόπουλος <n.papadopoulos@xartika-aigaiou.example>", req_from(po), "Re: " + req_subject(po),
             date, "<CAN1vB8sP3qZ0tK6yW2mR9fX4cE7hD5jL1uA3oG8iT@mail.gmail.com>", po, charset="iso-8859-7")
    eml = M.message(h, root)
    exp = expect("confirmation", "Greek, ISO-8859-7 QP; only line 1 changes price (the price-list date 01/11/2026 "
                 "is not a delivery date); delivery 08/01/2027 = requested; '2.000' dot thousands separator.",
                 conf(po, {1: C(po, 1, p="0.72"), 2: "A", 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 025
@case("care-beds-ship-dates-only")
def c_beds_fi():
    sup = Sup("HOIVAK", "Hoivakaluste Oy", "myynti@hoivakaluste.example", "fi-FI")
    buy = Buyer("Anna Berg", "inkop@nordiccarehomes.example", "Nordic Care Homes AB")
    po = PO("NCH-PO-5521", sup, buy, "EUR", "2026-11-10", [
        ("BED-EL-4S-90", "Electric care bed, 4-section, 90 x 200 cm", 12, "EA", "1890.00", "2026-12-14"),
        ("MAT-VISCO-90-14", "Pressure-relief mattress viscoelastic 90 x 200 x 14 cm", 12, "EA", "265.00", "2026-12-14"),
        ("RAIL-SIDE-W", "Side rail set, wooden finish", 12, "ST", "148.00", "2026-12-14"),
    ], sent_time="14:00:00")
    date = at("2026-11-12 13:47:21", tz(2))
    body = """Hei Anna,

Kiitos tilauksesta NCH-PO-5521. Vahvistamme tilauksen seuraavasti:

- Sähkösänky 4-osainen 90 x 200 cm, 12 kpl, 1 890,00 €/kpl
- Painehaavapatja visko 90 x 200 x 14 cm, 12 kpl, 265,00 €/kpl
- Sivulaitasarja puujäljitelmä, 12 sarjaa, 148,00 €/sarja

Sängyt ja patjat lähtevät tehtaaltamme Loimaalta 9.12.2026. Sivulaidat tulevat alihankkijalta myöhässä ja lähtevät meiltä 16.12.2026.

Ystävällisin terveisin
Jari Mäkinen
Hoivakaluste Oy, myyntipalvelu
puh. 02 762 4100"""
    sent = "10. marraskuuta 2026 14.00"
    to = "myynti@hoivakaluste.example"
    orig = req_text(po, "en", "Hoivakaluste team")
    plain = body + "\n\n" + Q.outlook_block_text("fi", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("fi", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "FI")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_HE1PR10MB1977D20B7A3C4E1F8B6D5A4C3E21HE1PR10MB1977eurp_")
    h = hdrs("Jari Mäkinen <jari.makinen@hoivakaluste.example>", req_from(po), "VS: " + req_subject(po), date,
             "<HE1PR10MB1977D20B7A3C4E1F8B6D5A4C3E21@HE1PR10MB1977.EURPRD10.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "fi-FI")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Finnish Outlook ('VS:'); only departure dates are given ('lähtevät ... 9.12.2026', "
                 "'16.12.2026'), so those are the dates; prices as ordered; '90 x 200 x 14 cm' and '4-osainen' are specs.",
                 conf(po, {1: C(po, 1, d="2026-12-09"), 2: C(po, 2, d="2026-12-09"), 3: C(po, 3, d="2026-12-16")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 026
@case("hvac-filters-ship-vs-arrival")
def c_hvac_et():
    sup = Sup("FILBAL", "Filtrid Baltikum OÜ", "tellimused@filtrid.example", "et-EE")
    buy = Buyer("Mikko Laine", "osto@aerotherm.example", "Aerotherm Facility Services Oy", tz(2))
    po = PO("AFS-260-4471", sup, buy, "EUR", "2026-11-12", [
        ("F7-592x592x534-8P", "Bag filter ePM1 55% (F7), 592 x 592 x 534 mm, 8 pockets", 48, "EA", "21.60", "2026-12-04"),
        ("G4-592x592x48", "Panel filter ISO Coarse 60% (G4), 592 x 592 x 48 mm", 96, "EA", "4.90", "2026-12-04"),
    ], sent_time="15:30:00")
    date = at("2026-11-13 10:02:00", tz(2))
    body = """Tere Mikko,

Kinnitame tellimuse AFS-260-4471:

1. Kottfilter ePM1 55% (F7) 592 x 592 x 534 mm, 8 taskut - 48 tk, hind 21,60 EUR/tk
2. Paneelfilter ISO Coarse 60% (G4) 592 x 592 x 48 mm - 96 tk, hind 4,90 EUR/tk

Kaup väljub meie laost Tallinnas 02.12.2026 ja jõuab Teie lattu Vantaal 04.12.2026.

Lugupidamisega
Kadri Tamm
Filtrid Baltikum OÜ | müügiosakond
Peterburi tee 71, 11415 Tallinn"""
    attr = "12.11.2026 15:30, Mikko Laine kirjutas:"
    plain = body + "\n\n" + attr + "\n" + Q.gt(req_text(po, "en", "Kadri")) + "\n"
    root = M.text(plain, "plain", "windows-1257", "quoted-printable")
    h = hdrs("Kadri Tamm <kadri.tamm@filtrid.example>", req_from(po), "Re: " + req_subject(po), date,
             "<f2c7a913-0e5b-4d68-a1b4-7c9e3d20b6f1@filtrid.example>", po, charset="windows-1257",
             extra=[("User-Agent", "Mozilla Thunderbird")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Estonian, windows-1257; departure 02.12 vs arrival 04.12 (arrival wins and equals "
                 "the requested date -> accepted); 'ePM1 55%', '592 x 592 x 534', '8 taskut' are specs.",
                 conf(po, {1: "A", 2: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 027
@case("glycerine-per-ibc")
def c_cosmetic_lt():
    sup = Sup("BALOLE", "Baltic Oleo Chemicals UAB", "uzsakymai@balticoleo.example", "lt-LT")
    buy = Buyer("Camille Roux", "achats@lumiere-cosmetiques.example", "Lumière Cosmétiques SAS")
    po = PO("LC-ACH-26-0902", sup, buy, "EUR", "2026-11-13", [
        ("GLY-99.5-USP", "Glycerine 99.5% USP, vegetable", 2000, "KG", "1.42", "2026-12-11"),
        ("CAPRY-TG", "Caprylic/capric triglyceride", 1000, "KG", "3.40", "2026-12-11"),
        ("SHEA-REF-25", "Shea butter refined, 25 kg carton", 300, "KG", "4.85", "2026-12-11"),
    ], sent_time="10:30:00")
    date = at("2026-11-16 14:15:30", tz(2))
    body = """Laba diena, Camille,

dėkojame už užsakymą LC-ACH-26-0902. Patvirtiname:

1 poz. – Glicerinas 99,5 % USP: 2 IBC po 1 000 kg, kaina 1 460 EUR už IBC.
2 poz. – Kaprilo/kaprino trigliceridai: 1 IBC (1 000 kg), kaina 3 520 EUR/IBC.
3 poz. – Taukmedžio sviestas, rafinuotas: 12 dėžių po 25 kg = 300 kg, kaina nesikeičia.

Pristatymas – 2026-12-11. Partija Nr. 2611-044, pagaminta 2026-10-28, tinka iki 2028-10-27; COA pridėsime prie važtaraščio.

Pagarbiai
Rūta Kazlauskienė
UAB „Baltic Oleo Chemicals“, pardavimų skyrius
Tel. +370 37 409 221"""
    attr = "2026-11-13, penkt., 10:30, Camille Roux <achats@lumiere-cosmetiques.example> rašė:"
    orig = req_text(po, "en")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "00000000000081f2c606261d5e3a")
    h = hdrs("Rūta Kazlauskienė <ruta.k@balticoleo.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAK3wE9tR6yU0iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Lithuanian; PO in kg, prices given per IBC of 1 000 kg (1 460 -> 1.46/kg, "
                 "3 520 -> 3.52/kg); lot date 2026-10-28 and shelf life 2028-10-27 are not delivery dates; "
                 "'99,5 %' is a purity.",
                 conf(po, {1: C(po, 1, p="1.46"), 2: C(po, 2, p="3.52"), 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 028
@case("bakery-boxes-per-thousand")
def c_bakery_lv():
    sup = Sup("MAIZIE", "SIA Maizes Iepakojums", "pasutijumi@maizesiepakojums.example", "lv-LV")
    buy = Buyer("Elīna Ozola", "iepirkumi@rigaskonditoreja.example", "SIA Rīgas Konditoreja", tz(2))
    po = PO("RK-2026-611", sup, buy, "EUR", "2026-11-11", [
        ("BOX-CAKE-28x28x10", "Cake box 28 x 28 x 10 cm, white, with window", 5000, "EA", "0.196", "2026-12-01"),
        ("BAG-PAPER-14x32", "Paper bread bag 14 x 32 cm, kraft", 20000, "EA", "0.024", "2026-12-01"),
        ("CUP-BAKE-50", "Baking cups Ø 50 mm, brown", 50000, "EA", "0.0045", "2026-12-01"),
    ], sent_time="09:12:00")
    date = at("2026-11-12 11:11:11", tz(2))
    body = """Labdien, Elīna!

Apstiprinām pasūtījumu RK-2026-611:
- kūku kastes 28 x 28 x 10 cm ar lodziņu: 5 000 gab., cena 198,00 EUR/1000 gab.;
- papīra maizes maisiņi 14 x 32 cm: 20 000 gab., cena 24,00 EUR/1000 gab.;
- cepamās formiņas Ø 50 mm: 50 000 gab., 4,50 EUR/1000 gab.

Piegāde 01.12.2026.

Ar cieņu
Jānis Bērziņš
SIA „Maizes Iepakojums”
Tālr. +371 67 812 440"""
    attr = "trešd., 2026. g. 11. nov., plkst. 09:12 — lietotājs Elīna Ozola (<iepirkumi@rigaskonditoreja.example>) rakstīja:"
    orig = req_text(po, "en")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000002ba7e90626201f44")
    h = hdrs("Jānis Bērziņš <janis.berzins@maizesiepakojums.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAL8pO1iU4yT7rE0wQ3aS6dF9gH2jK5lZ8xC1vB4nM@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Latvian; all prices per 1000 pieces: 198,00 -> 0.198 (changed), 24,00 -> 0.024 and "
                 "4,50 -> 0.0045 (unchanged); box and bag sizes are not quantities.",
                 conf(po, {1: C(po, 1, p="0.198"), 2: "A", 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 029
@case("candle-wax-typo-corrected-date")
def c_wax_uk():
    sup = Sup("VOSKMA", "ТОВ «Воскова мануфактура»", "sales@voskova.example", "uk-UA")
    buy = Buyer("Ciarán Ó Briain", "purchasing@shannoncandleworks.example", "Shannon Candle Works Ltd", tz(0))
    po = PO("SCW-PO-2611", sup, buy, "EUR", "2026-11-09", [
        ("WAX-SOY-464", "Soy wax flakes, container blend, 20 kg box", 40, "BX", "58.00", "2026-12-11"),
        ("WAX-PAR-5860", "Paraffin wax fully refined 58-60 °C, slabs, 25 kg box", 60, "BX", "46.50", "2026-12-11"),
    ], sent_time="12:40:00")
    date = at("2026-11-11 15:30:00", tz(2))
    body = """Добрий день, пане Ciarán!

Дякуємо за замовлення SCW-PO-2611. Підтверджуємо:

поз. 1 — соєвий віск (пластівці), коробки по 20 кг: 40 коробок, 58,00 EUR/коробка;
поз. 2 — парафін повністю рафінований 58-60 °C, плити 25 кг: 60 коробок, 46,50 EUR/коробка.

Відвантаження з нашого складу у Львові — 12.14.

З повагою,
Олена Коваль
відділ експорту, ТОВ «Воскова мануфактура»
+380 32 244 18 70

P.S. Вибачте, описка: відвантаження 14.12, а не 12.14.
"""
    plain = body + "\n-----Original Message-----\nFrom: " + req_from(po) + "\nSent: Monday, November 9, 2026 12:40 PM\nTo: " + \
        sup.email + "\nSubject: " + req_subject(po).replace("–", "-") + "\n\n" + req_text(po, "en", "Olena") + "\n"
    root = M.text(plain, "plain", "utf-8", "base64")
    h = hdrs("Олена Коваль <o.koval@voskova.example>", req_from(po), "RE: " + req_subject(po), date,
             "<000c01dd53f1$2e4b1a90$8ae14fb0$@voskova.example>", po, charset="windows-1251",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Ukrainian, UTF-8 base64 plain text; the date is first written '12.14' and corrected in "
                 "the P.S. to 14.12 -> 2026-12-14, a ship date only (so that is the date); '58-60 °C', '20 кг' are specs.",
                 conf(po, {1: C(po, 1, d="2026-12-14"), 2: C(po, 2, d="2026-12-14")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 030
@case("dental-rev2-confirmed-quoting-rev1")
def c_rev2_at():
    sup = Sup("ALPDEN", "Alpen Dental Depot GmbH", "bestellung@alpendental.example", "de-AT")
    buy = Buyer("Michaela Gruber", "einkauf@zahnklinik-graz.example", "Zahnklinik Graz-Süd")
    rev1 = PO("4100-7781", sup, buy, "EUR", "2026-11-10", [
        ("ABD-ALG-500", "Alginat-Abformmasse, 500-g-Beutel", 40, "BT", "7.90", "2026-11-27"),
        ("HS-NITRIL-M", "Nitril-Handschuhe puderfrei, Gr. M, 100 Stk.", 50, "BX", "5.40", "2026-11-27"),
        ("SAUG-KAN-100", "Speichelsauger, 100 Stk.", 40, "BT", "2.95", "2026-11-27"),
    ], sent_time="09:12:00", req_seq=1)
    po = PO("4100-7781", sup, buy, "EUR", "2026-11-10", [
        ("ABD-ALG-500", "Alginat-Abformmasse, 500-g-Beutel", 60, "BT", "7.90", "2026-12-02"),
        ("HS-NITRIL-M", "Nitril-Handschuhe puderfrei, Gr. M, 100 Stk.", 80, "BX", "5.40", "2026-12-02"),
        ("SAUG-KAN-100", "Speichelsauger, 100 Stk.", 40, "BT", "2.95", "2026-12-02"),
    ], sent_time="09:12:00", req_seq=2)
    date = at("2026-11-13 09:12:40", tz(1))
    wd("2026-12-02", "Wed")
    body = """Sehr geehrte Frau Gruber,

danke für die Übermittlung Ihrer geänderten Bestellung 4100-7781 Rev. 2 vom 12.11.2026. Wir bestätigen diese wie folgt:

Pos. 1  Alginat-Abformmasse 500 g      60 Beutel  à € 7,90
Pos. 2  Nitril-Handschuhe Gr. M        80 Pkg.    à € 5,40
Pos. 3  Speichelsauger                 40 Btl.    à € 2,95

Liefertermin für alle Positionen: Mittwoch, 2. Dezember 2026.

Die ursprüngliche Version (Rev. 1) betrachten wir damit als ersetzt.

Freundliche Grüße aus Salzburg
Stefan Huber
Alpen Dental Depot GmbH | Innendienst
Tel. +43 662 43 18 80-21"""
    sent = "Dienstag, 10. November 2026 09:12"
    to = "bestellung@alpendental.example"
    orig = req_text(rev1, "de")
    plain = body + "\n\n" + Q.outlook_block_text("de", req_from(po), sent, to, req_subject(rev1, "de")) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_lines(body, mono=False),
                          Q.outlook_block_html("de", req_from(po), sent, to, req_subject(rev1, "de")),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "DE-AT")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_VI1PR08MB5325A7D0C3E14B2F9E81D6C0B4F7VI1PR08MB5325eurp_")
    h = hdrs("Stefan Huber <s.huber@alpendental.example>", req_from(po), "AW: " + req_subject(rev1, "de"), date,
             "<VI1PR08MB5325A7D0C3E14B2F9E81D6C0B4F7@VI1PR08MB5325.eurprd08.prod.outlook.com>", rev1,
             extra=[("Content-Language", "de-AT")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Austrian Outlook reply threaded on and quoting revision 1 (40/50/40 by 27.11.) "
                 "but confirming Rev. 2 (60/80/40 on 02.12.), which is what pos.json holds -> all accepted; the "
                 "quoted rev. 1 figures must not be read as the supplier's answer.",
                 conf(po, {1: "A", 2: "A", 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 031
@case("bearings-cross-reference-codes")
def c_bearings_sk():
    sup = Sup("LOZKYS", "Ložiská Kysuce s.r.o.", "objednavky@loziska-kysuce.example", "sk-SK")
    buy = Buyer("Oliver Grant", "purchasing@kestrel-spindle.example", "Kestrel Spindle Systems Ltd", tz(0))
    po = PO("KSS-PO-6655", sup, buy, "EUR", "2026-11-12", [
        ("6305-2Z-C3", "Deep groove ball bearing 6305-2Z/C3", 200, "EA", "4.15", "2026-12-10"),
        ("NU 208 ECP", "Cylindrical roller bearing NU 208 ECP", 50, "EA", "18.90", "2026-12-10"),
        ("32210 J2/Q", "Tapered roller bearing 32210 J2/Q", 60, "EA", "14.30", "2026-12-10"),
        ("51108", "Thrust ball bearing 51108", 100, "EA", "3.25", "2026-12-10"),
    ], sent_time="11:05:00")
    date = at("2026-11-16 10:25:00", tz(1))
    body = """Dobrý deň pán Grant,

ďakujeme za objednávku KSS-PO-6655. Vaše čísla položiek sme priradili k našim katalógovým číslam:

Vaše č.         Naše č.
6305-2Z-C3      LK-0630522
NU 208 ECP      LK-1208E
32210 J2/Q      LK-3221
51108           LK-5118

Potvrdenie podľa našich čísel:
LK-0630522 - 200 ks, 4,15 EUR/ks, dodanie 10.12.2026
LK-1208E   -  50 ks, 19,60 EUR/ks, dodanie 17.12.2026
LK-3221    -  60 ks, 14,30 EUR/ks, dodanie 10.12.2026
LK-5118    - axiálne guľkové ložisko 51108 už nevyrábame, položku rušíme.

S pozdravom
Ing. Peter Kubica
obchodné oddelenie
Ložiská Kysuce s.r.o., Kysucké Nové Mesto"""
    attr = "Dňa 12. 11. 2026 o 11:05 Oliver Grant napísal(a):"
    orig = req_text(po, "en", "Mr Kubica")
    plain = body + "\n\n" + attr + "\n" + Q.gt(orig) + "\n"
    root = M.text(plain, "plain", "iso-8859-2", "8bit")
    h = hdrs("Ing. Peter Kubica <kubica@loziska-kysuce.example>", req_from(po), "Re: " + req_subject(po), date,
             "<9e4b21c7-3a0d-4f5e-b681-2d7c0e9a1f43@loziska-kysuce.example>", po, charset="iso-8859-2", enc="Q",
             extra=[("User-Agent", "Mozilla Thunderbird")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Slovak, ISO-8859-2 8bit; the supplier answers by its own codes and gives a "
                 "cross-reference table; LK-1208E (= line 2) new price and date, LK-5118 (= line 4) no longer made; "
                 "bearing designations are full of digits.",
                 conf(po, {1: "A", 2: C(po, 2, p="19.60", d="2026-12-17"), 3: "A", 4: "R"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 032
@case("chandlery-bounce-user-unknown")
def c_bounce_postfix():
    sup = Sup("GULFCM", "Gulf Coast Marine Supply", "orders@gulfcoastmarine.example", "en-US")
    buy = Buyer("Travis Landry", "purchasing@bayouboatworks.example", "Bayou Boatworks LLC", tz(-6))
    po = PO("BBW-26-0311", sup, buy, "USD", "2026-11-18", [
        ("CLEAT-SS-8", "Stainless cleat 8 in, 316", 24, "EA", "14.60", "2026-12-09"),
        ("HOSE-BILGE-1.5-50", "Bilge hose 1-1/2 in, 50 ft coil", 4, "CL", "96.00", "2026-12-09"),
    ], sent_time="09:40:58")
    date = at("2026-11-18 09:41:07", tz(-6))
    text_part = """This is the mail system at host mail.bayouboatworks.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@gulfcoastmarine.example>: host mx1.gulfcoastmarine.example[203.0.113.25]
    said: 550 5.1.1 <orders@gulfcoastmarine.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    ds = """Reporting-MTA: dns; mail.bayouboatworks.example
X-Postfix-Queue-ID: 4Zr2Lm0k9Tz7vQ
X-Postfix-Sender: rfc822; purchasing@bayouboatworks.example
Arrival-Date: Wed, 18 Nov 2026 09:41:05 -0600 (CST)

Final-Recipient: rfc822; orders@gulfcoastmarine.example
Original-Recipient: rfc822;orders@gulfcoastmarine.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.gulfcoastmarine.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@gulfcoastmarine.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig_h = """Return-Path: <purchasing@bayouboatworks.example>
Received: from app01.bayouboatworks.example (app01.bayouboatworks.example [10.0.4.21])
	by mail.bayouboatworks.example (Postfix) with ESMTPSA id 4Zr2Lm0k9Tz7vQ
	for <orders@gulfcoastmarine.example>; Wed, 18 Nov 2026 09:41:05 -0600 (CST)
From: Travis Landry <purchasing@bayouboatworks.example>
To: orders@gulfcoastmarine.example
Subject: =?utf-8?B?UHVyY2hhc2Ugb3JkZXIgQkJXLTI2LTAzMTEg4oCTIHBsZWFzZSBjb25maXJt?=
Date: Wed, 18 Nov 2026 09:40:58 -0600
Message-ID: """ + po.req_id + """
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
"""
    root = M.multipart("report", [
        M.raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], text_part),
        M.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        M.raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig_h),
    ], "4Zr2Lm3Yq1z7wX.1795106467/mail.bayouboatworks.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")
    h = hdrs("MAIL-DAEMON <MAILER-DAEMON@mail.bayouboatworks.example>", "purchasing@bayouboatworks.example",
             "Undelivered Mail Returned to Sender", date, "<20261118154107.4Zr2Lm3Yq1z7wX@mail.bayouboatworks.example>",
             pre=[("Return-Path", "<>")], extra=[("Auto-Submitted", "auto-replied")])
    eml = M.message(h, root)
    exp = expect("bounce", "Postfix DSN (multipart/report), 550 5.1.1 user unknown; the returned headers carry the "
                 "PO subject and Message-ID but nothing from the supplier.")
    return [po], eml, exp

# ---------------------------------------------------------------------------- 033
@case("wind-spares-part-shipped-rest-later")
def c_wind_da():
    sup = Sup("VINDRD", "Vindservice Reservedele A/S", "ordre@vindservice-rd.example", "da-DK")
    buy = Buyer("Graham Reid", "procurement@nsts.example", "North Sea Turbine Services Ltd", tz(0))
    po = PO("NSTS-PO-10455", sup, buy, "EUR", "2026-11-02", [
        ("YAW-PAD-V90", "Yaw brake pad set, V90 type", 24, "ST", "186.00", "2026-11-20"),
        ("PITCH-SEAL-2MW", "Pitch bearing seal kit, 2.0 MW", 6, "ST", "1240.00", "2026-11-20"),
        ("FLT-HYD-10MU", "Hydraulic filter element 10 µm", 40, "EA", "38.50", "2026-11-20"),
    ], sent_time="10:00:00")
    date = at("2026-11-18 08:34:10", tz(1))
    fri = next_weekday(date, "Fri")
    assert fri == "2026-11-20"
    body = """Hej Graham,

Status på jeres ordre NSTS-PO-10455:

Pos. 1 – krøjebremseklodser V90: 16 sæt blev afsendt i går (følgeseddel 88412) og forventes hos jer fredag. De resterende 8 sæt leveres 4. december.
Pos. 2 – pitchleje-tætningssæt 2.0 MW: 6 sæt, OK til levering 20/11.
Pos. 3 – hydraulikfilter 10 µm: 40 stk., afsendt i går sammen med pos. 1.

Priserne er som på ordren.

Venlig hilsen
Mette Sørensen
Vindservice Reservedele A/S · Kundeservice
Industrivej 12, 6950 Ringkøbing · tlf. 97 32 11 40"""
    sent = "2. november 2026 10:00"
    to = "ordre@vindservice-rd.example"
    orig = req_text(po, "en", "Vindservice team")
    plain = body + "\n\n" + Q.outlook_block_text("da", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("da", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "DA")
    root = M.multipart("alternative", [M.text(plain, "plain", "iso-8859-1", "quoted-printable") if "–" not in plain else
                                       M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_AS8PR03MB7012C4E1B9A04F3D8E2A7C6B5D10AS8PR03MB7012eurp_")
    h = hdrs("Mette Sørensen <mes@vindservice-rd.example>", req_from(po), "SV: " + req_subject(po), date,
             "<AS8PR03MB7012C4E1B9A04F3D8E2A7C6B5D10@AS8PR03MB7012.eurprd03.prod.outlook.com>", po,
             extra=[("Content-Language", "da-DK")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Danish status mail: 16 of 24 sets already shipped and expected 'fredag' (Friday "
                 "after Wed 18 Nov = 20 Nov), 8 more on 4 Dec -> schedule; line 3 travels with that shipment so it "
                 "arrives on the requested 20/11; '2.0 MW', '10 µm', 'følgeseddel 88412' are not quantities.",
                 conf(po, {1: C(po, 1, d="2026-12-04", s=[(16, fri), (8, "2026-12-04")]), 2: "A", 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 034
@case("pastry-boxes-ooo-fr-nl")
def c_ooo_be():
    sup = Sup("EPWAL", "Emballages Pâtissiers Wallons SA", "n.lambert@epw.example", "fr-BE")
    buy = Buyer("Sophie Dumont", "achats@dumont-boulangerie.example", "Boulangerie Dumont SRL")
    po = PO("BAD-2026-0088", sup, buy, "EUR", "2026-11-19", [
        ("BOITE-TARTE-30", "Boîte à tarte 30 x 30 x 8 cm, blanche", 1000, "EA", "0.29", "2026-12-10"),
        ("SAC-PAIN-KRAFT", "Sac à pain kraft 12 x 6 x 40 cm", 5000, "EA", "0.031", "2026-12-10"),
    ], sent_time="13:55:00")
    date = at("2026-11-19 14:02:55", tz(1))
    wd("2026-11-30", "Mon")
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 30 novembre inclus. Pour toute commande urgente, merci de contacter notre service clientèle : commandes@epw.example – 081 73 44 20.

Goedendag,

Ik ben afwezig tot en met maandag 30 november. Voor dringende bestellingen kunt u terecht bij onze klantendienst: commandes@epw.example – 081 73 44 20.

Nathalie Lambert
Emballages Pâtissiers Wallons SA"""
    root = M.multipart("alternative", [M.text(body, "plain", "utf-8", "quoted-printable"),
                                       M.text("<html><body>" + Q.html_paras(body) + "</body></html>", "html", "utf-8", "quoted-printable")],
                       "_000_AM0PR02MB5571E3D4C2B14A9F8E7D6C5B4A31AM0PR02MB5571eurp_")
    h = hdrs("Nathalie Lambert <n.lambert@epw.example>", req_from(po),
             "Réponse automatique : " + req_subject(po, "fr"), date,
             "<AM0PR02MB5571E3D4C2B14A9F8E7D6C5B4A31@AM0PR02MB5571.eurprd02.prod.outlook.com>", po,
             extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                    ("Content-Language", "fr-BE")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "Belgian bilingual (French/Dutch) out-of-office; 'lundi 30 novembre' is a return "
                 "date, not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 035
@case("malt-question-big-bag-or-sacks")
def c_malt_question_at():
    sup = Sup("MAEMUE", "Mälzerei Mühlviertel GmbH", "verkauf@maelzerei-muehlviertel.example", "de-AT")
    buy = Buyer("Josef Gruber", "einkauf@zumhirschen.example", "Braugasthof Zum Hirschen")
    po = PO("BZH-2026-031", sup, buy, "EUR", "2026-11-10", [
        ("MALZ-PILS-25", "Pilsner Malz, 25-kg-Sack", 40, "SAK", "19.80", "2026-11-26"),
        ("MALZ-WEIZ-25", "Weizenmalz hell, 25-kg-Sack", 20, "SAK", "21.20", "2026-11-26"),
    ], sent_time="18:20:00")
    date = at("2026-11-11 07:48:02", tz(1))
    body = """Servus Herr Gruber,

danke für die Bestellung! Kurze Rückfrage, bevor ich Ihnen das bestätige:

1) Pilsner Malz hätten wir jetzt auch lose im Big Bag (1.000 kg) um € 0,71/kg – wäre Ihnen das lieber als 40 Sack?
2) Beim Weizenmalz: das „helle“ wie bisher oder das neue „Weizen Extra“ (gleicher Preis)?

Sobald ich Ihre Antwort habe, schicke ich die Auftragsbestätigung. Der 26.11. sollte sich grundsätzlich ausgehen.

Schöne Grüße
Florian Leitner
Mälzerei Mühlviertel GmbH, Verkauf
+43 7942 720 15"""
    attr = "Am Di., 10. Nov. 2026 um 18:20 Uhr schrieb Josef Gruber <einkauf@zumhirschen.example>:"
    orig = req_text(po, "de")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000005e2a9f0625f01c88")
    h = hdrs("Florian Leitner <f.leitner@maelzerei-muehlviertel.example>", req_from(po), "Re: " + req_subject(po, "de"),
             date, "<CAGm4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "Austrian supplier asks two questions (big bag instead of sacks? which wheat malt?) "
                 "and promises the confirmation afterwards; '26.11. sollte sich ausgehen' is hedged, not a commitment.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 036
@case("corks-will-revert-friday")
def c_corks_revert_fr():
    sup = Sup("LIETRA", "Liège & Tradition SARL", "adv@liege-tradition.example", "fr-FR")
    buy = Buyer("Pierre Lacoste", "achats@chateau-montrieux.example", "Château Montrieux")
    po = PO("CM-26-0457", sup, buy, "EUR", "2026-11-16", [
        ("NAT-45x24-1ER", "Bouchon naturel 45 x 24 mm, 1er choix", 20000, "EA", "0.335", "2026-12-15"),
        ("MICRO-44x23", "Bouchon micro-aggloméré 44 x 23 mm", 30000, "EA", "0.092", "2026-12-15"),
    ], sent_time="15:10:00")
    date = at("2026-11-17 10:05:22", tz(1))
    wd("2026-11-20", "Fri")
    body = """Bonjour Monsieur Lacoste,

Nous avons bien reçu votre commande CM-26-0457 et vous en remercions.

Notre responsable de production est en déplacement jusqu'à mercredi ; nous reviendrons vers vous au plus tard vendredi 20 novembre avec les dates de livraison et la confirmation des prix (la ligne 2 dépend d'un nouvel arrivage de planches du Portugal).

Bien cordialement,

Émilie Fabre
Administration des ventes – Liège & Tradition SARL
12 avenue de la Gare, 66400 Céret"""
    attr = "Le lun. 16 nov. 2026 à 15:10, Pierre Lacoste <achats@chateau-montrieux.example> a écrit :"
    orig = req_text(po, "fr")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "000000000000e13b7c062601a4f2")
    h = hdrs("Émilie Fabre <e.fabre@liege-tradition.example>", req_from(po), "Re: " + req_subject(po, "fr"), date,
             "<CAD2xR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "French 'nous reviendrons vers vous ... vendredi 20 novembre' – receipt acknowledged "
                 "by a person, dates and prices explicitly still to come; the Friday date is the answer deadline, "
                 "not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 037
@case("pet-toys-autoreply-zh")
def c_autoack_cn():
    sup = Sup("YCPET", "Ningbo Youchong Pet Products Co., Ltd.", "sales@ycpet.example", "zh-CN")
    buy = Buyer("Emma Hughes", "buying@pawsandco.example", "Paws & Co Retail Ltd", tz(0))
    po = PO("PCO-26-2210", sup, buy, "USD", "2026-11-20", [
        ("TOY-PLUSH-SQK-M", "Plush squeaky toy, medium, assorted", 1200, "EA", "0.86", "2027-01-22"),
        ("TOY-BALL-TPR-6", "TPR ball 6 cm, 3-pack", 800, "PK", "1.12", "2027-01-22"),
    ], sent_time="16:05:00")
    date = at("2026-11-21 00:12:05", tz(8))
    body = """您好，您的邮件已收到，我们会尽快回复。
Hello, your email has been received. We will reply to you as soon as possible.

【温馨提示】12月1日至12月3日我司参加广州宠物展，期间回复可能延迟。
Note: From Dec 1 to Dec 3 we are attending the Guangzhou Pet Fair, replies may be delayed.

宁波优宠宠物用品有限公司 销售部
Ningbo Youchong Pet Products Co., Ltd. | Sales Dept."""
    root = M.text(body, "plain", "UTF-8", "base64")
    h = hdrs("sales <sales@ycpet.example>", req_from(po), "自动回复: " + req_subject(po), date,
             "<auto.1795191125.88213@ycpet.example>", po,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "QQMail 2.x")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "Chinese/English 'your mail was received' auto-reply from the shared sales inbox; "
                 "the trade-fair dates are not commitments.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 038
@case("care-beds-exchange-ndr")
def c_ndr_exchange():
    sup = Sup("WESSEX", "Wessex Healthcare Beds Ltd", "orders@wessexhealthbeds.example", "en-GB")
    buy = Buyer("Rachel Moore", "procurement@meadowviewcare.example", "Meadowview Care Group", tz(0))
    po = PO("MCG-PO-7713", sup, buy, "GBP", "2026-11-20", [
        ("WHB-PROFILE-3", "Profiling bed, 3-function, low height", 6, "EA", "1125.00", "2027-01-11"),
        ("WHB-MAT-HYB", "Hybrid pressure mattress, 86 x 196 cm", 6, "EA", "289.00", "2027-01-11"),
    ], sent_time="11:02:31")
    date = at("2026-11-20 11:02:40", tz(0))
    orig_body = req_text(po, "en", "Wessex Healthcare")
    orig = ("From: Rachel Moore <procurement@meadowviewcare.example>\nTo: orders@wessexhealthbeds.example\n"
            "Subject: =?utf-8?B?UHVyY2hhc2Ugb3JkZXIgTUNHLVBPLTc3MTMg4oCTIHBsZWFzZSBjb25maXJt?=\n"
            "Date: Fri, 20 Nov 2026 11:02:31 +0000\nMessage-ID: " + po.req_id + "\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n" + orig_body + "\n")
    plain = """Delivery has failed to these recipients or groups:

orders@wessexhealthbeds.example
Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.

Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their email system is refusing connections from your email server. Give them the error details shown below. It's likely that the recipient's email admin is the only one who can fix this problem.

Diagnostic information for administrators:

Generating server: LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM

orders@wessexhealthbeds.example
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [LO4P265MB3966.GBRP265.PROD.OUTLOOK.COM]'

Original message headers:

Message-ID: """ + po.req_id + """
Date: Fri, 20 Nov 2026 11:02:31 +0000
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
            "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:orders@wessexhealthbeds.example\">"
            "orders@wessexhealthbeds.example</a><br>Your message couldn't be delivered. Despite repeated attempts to deliver "
            "your message, the recipient's email system refused to accept a connection from your email system.</p></font>"
            "<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Diagnostic information for administrators:</font></p>"
            "<p>Generating server: LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM<br><br>orders@wessexhealthbeds.example<br>"
            "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</p></body></html>")
    ds = """Reporting-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Fri, 20 Nov 2026 11:02:38 +0000

Final-Recipient: rfc822;orders@wessexhealthbeds.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)
 [LO4P265MB3966.GBRP265.PROD.OUTLOOK.COM]
"""
    alt = M.multipart("alternative", [M.text(plain, "plain", "us-ascii", "quoted-printable"),
                                      M.text(html, "html", "us-ascii", "quoted-printable")],
                      "_002_LO2P265MB5123C0D1E2F3A4B5C6D7E8F9A0B1LO2P265MB5123GBRP_")
    root = M.multipart("report", [alt,
                                  M.raw_part([("Content-Type", "message/delivery-status")], ds),
                                  M.raw_part([("Content-Type", "message/rfc822")], orig)],
                       "_000_LO2P265MB5123C0D1E2F3A4B5C6D7E8F9A0B1LO2P265MB5123GBRP_",
                       params="; report-type=delivery-status")
    h = hdrs("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meadowviewcare.example>",
             "Rachel Moore <procurement@meadowviewcare.example>", "Undeliverable: " + req_subject(po), date,
             "<4e1c8b20-6d7a-4f13-9b25-0e8c7a6d5f41@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>", po,
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                    ("Content-Language", "en-GB")])
    eml = M.message(h, root)
    exp = expect("bounce", "Exchange Online NDR ('Undeliverable:', 550 5.4.1) threaded on the request, with the "
                 "original PO attached as message/rfc822 - the quoted PO lines are ours, not an answer.")
    return [po], eml, exp

# ---------------------------------------------------------------------------- 039
@case("filament-newsletter-specials")
def c_newsletter_au():
    sup = Sup("SOUFIL", "Southern Filament Co. Pty Ltd", "orders@southernfilament.example", "en-AU")
    buy = Buyer("Jack Wilson", "purchasing@bnerapid.example", "Brisbane Rapid Prototyping Pty Ltd", tz(10))
    po = PO("BRP-26-0904", sup, buy, "USD", "2026-11-16", [
        ("SF-PLAP-175-1K-WHT", "PLA+ filament 1.75 mm, 1 kg spool, white", 60, "SP", "15.40", "2026-12-07"),
        ("SF-TPU-175-500-BLK", "TPU 95A filament 1.75 mm, 500 g spool, black", 20, "SP", "17.80", "2026-12-07"),
    ], sent_time="09:00:00")
    date = at("2026-11-18 06:00:00", tz(10))
    text_body = """Southern Filament Co. - Summer Print Season is here!

View this email in your browser: https://news.southernfilament.example/v/2611a

G'day Jack,

Summer's nearly here and so are our biggest specials of the year:

* PLA+ 1.75 mm 1 kg spools - now $18.90 (was $22.50) until 30 November
* NEW: PETG-CF 1.75 mm 750 g - pre-order now, ships from 7 December
* Free shipping on orders over $150 (metro areas)

Christmas shipping: order by Friday 11 December for delivery before Christmas.
Our warehouse closes 24 December and reopens 5 January 2027.

Happy printing,
The Southern Filament team

You are receiving this email because you opted in at southernfilament.example.
Unsubscribe: https://news.southernfilament.example/u/2611a?e=purchasing%40bnerapid.example
Southern Filament Co. Pty Ltd, 14 Enterprise St, Yatala QLD 4207, Australia"""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Summer Print Season</title></head>"
            "<body style=\"margin:0;background:#f4f4f4\"><table role=\"presentation\" width=\"100%\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif\"><tr><td style=\"padding:24px\">"
            "<h1 style=\"color:#e85d04\">Summer Print Season is here &#9728;&#65039;</h1><p>G'day Jack,</p>"
            "<p>Summer's nearly here and so are our biggest specials of the year:</p><ul>"
            "<li><b>PLA+ 1.75 mm 1 kg spools</b> &ndash; now $18.90 (was $22.50) until 30 November</li>"
            "<li><b>NEW: PETG-CF 1.75 mm 750 g</b> &ndash; pre-order now, ships from 7 December</li>"
            "<li>Free shipping on orders over $150 (metro areas)</li></ul>"
            "<p><b>Christmas shipping:</b> order by Friday 11 December for delivery before Christmas.<br>"
            "Our warehouse closes 24 December and reopens 5 January 2027.</p>"
            "<p>Happy printing,<br>The Southern Filament team</p></td></tr>"
            "<tr><td style=\"font-size:11px;color:#888;padding:12px 24px\">You are receiving this email because you opted in. "
            "<a href=\"https://news.southernfilament.example/u/2611a\">Unsubscribe</a><br>Southern Filament Co. Pty Ltd, "
            "14 Enterprise St, Yatala QLD 4207</td></tr></table></td></tr></table></body></html>")
    root = M.multipart("alternative", [M.text(text_body, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_----------=_MCPart_1938471120")
    h = hdrs("Southern Filament Co. <news@southernfilament.example>", "purchasing@bnerapid.example",
             "☀️ Summer Print Season: PLA+ from $18.90, Christmas cut-off dates inside", date,
             "<0.1.3F.A22.1DB5D9C8A0E4F1.0@mail181.suw11.mcsv.example>",
             extra=[("List-Unsubscribe", "<https://news.southernfilament.example/u/2611a>, <mailto:unsub-2611a@news.southernfilament.example>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                    ("X-Campaign", "2611a")])
    eml = M.message(h, root)
    exp = expect("unrelated", "Marketing newsletter from a supplier with an open PO; PLA+ price and December dates "
                 "look like order data but concern no order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 040
@case("chandlery-invoice-for-earlier-po")
def c_invoice_other():
    sup = Sup("HAMBLE", "Hamble Water Marine Ltd", "sales@hamblewatermarine.example", "en-GB")
    buy = Buyer("Chris Bennett", "purchasing@solentyachtmgmt.example", "Solent Yacht Management Ltd", tz(0))
    po = PO("SYM-PO-4102", sup, buy, "GBP", "2026-11-17", [
        ("SHK-316-8", "Bow shackle AISI 316, 8 mm", 40, "EA", "5.20", "2026-12-01"),
        ("LINE-DYN-10-50", "Mooring line Dyneema 10 mm, 50 m", 4, "RL", "188.00", "2026-12-01"),
        ("FEND-F3-BLK", "Inflatable fender F3, black", 8, "EA", "44.00", "2026-12-01"),
    ], sent_time="10:30:00")
    date = at("2026-11-19 16:20:00", tz(0))
    s = pdfkit.Sheet()
    s.line("Hamble Water Marine Ltd", "F2", 15)
    s.line("Mercury Yacht Harbour, Satchell Lane, Hamble SO31 4HQ  ·  VAT GB 207 5531 84", "F1", 8)
    s.skip()
    s.line("TAX INVOICE", "F2", 16, gap=22)
    s.cols(["Invoice no.", "INV-55102", "Invoice date", "19/11/2026"], [50, 140, 330, 420])
    s.cols(["Your order", "SYM-PO-3981", "Delivery note", "DN-30877 (12/11/2026)"], [50, 140, 330, 420])
    s.cols(["Account", "SOL014", "Payment due", "19/12/2026 (30 days)"], [50, 140, 330, 420])
    s.skip()
    s.cols(["Item", "Description", "Qty", "Unit", "Price", "Net"], [50, 140, 360, 395, 430, 490], "F2", 8.5)
    s.rule()
    for r in [("SHK-316-8", "Bow shackle AISI 316, 8 mm", "30", "EA", "5.20", "156.00"),
              ("CLEAT-SS-200", "Cleat stainless 200 mm", "12", "EA", "18.40", "220.80"),
              ("ROPE-DB-10", "Double braid 10 mm, per metre", "150", "M", "1.35", "202.50")]:
        s.cols(list(r), [50, 140, 360, 395, 430, 490], "F1", 8.5)
    s.rule()
    s.cols(["Net", "579.30"], [430, 490], "F1", 8.5)
    s.cols(["VAT 20%", "115.86"], [430, 490], "F1", 8.5)
    s.cols(["Total GBP", "695.16"], [430, 490], "F2", 8.5)
    s.skip()
    s.line("Bank: Lloyds Bank plc  ·  Sort code 30-94-57  ·  Account 18847720  ·  Ref: INV-55102", "F1", 8)
    assert Decimal("156.00") + Decimal("220.80") + Decimal("202.50") == Decimal("579.30")
    assert Decimal("579.30") * Decimal("0.2") == Decimal("115.860") and Decimal("579.30") + Decimal("115.86") == Decimal("695.16")
    pdf = pdfkit.pdf(s.pages, title="INV-55102", producer="Sage 50 Accounts", creator="Sage 50",
                     created="D:20261119161500+00'00'", doc_id="aa31c2d4e5f60718293a4b5c6d7e8f90")
    body = """Dear Chris,

Please find attached invoice INV-55102 for your order SYM-PO-3981, delivered on 12/11/2026.

Payment is due by 19/12/2026. If you have any queries please reply to this e-mail.

Kind regards,

Accounts Department
Hamble Water Marine Ltd
023 8045 7710"""
    root = M.multipart("mixed", [M.text(body, "plain", "us-ascii", "7bit"),
                                 M.attachment(pdf, "application/pdf", "INV-55102.pdf")],
                       "----=_NextPart_000_0041_01DD5A3C.8E2F1B40")
    h = hdrs("Hamble Water Marine Accounts <accounts@hamblewatermarine.example>", "purchasing@solentyachtmgmt.example",
             "Invoice INV-55102 - Your order SYM-PO-3981", date, "<000001dd5a3c$8e2f1b40$aa8d51c0$@hamblewatermarine.example>",
             extra=[("X-Mailer", "Sage 50 Accounts")])
    eml = M.message(h, root)
    exp = expect("unrelated", "Invoice from the same supplier for a different, already delivered order (SYM-PO-3981, "
                 "not SYM-PO-4102) with overlapping item codes (SHK-316-8 at the same price).")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 041
@case("school-supplies-two-of-three-pos")
def c_school_pl():
    sup = Sup("ZPMAZ", "Zakłady Papiernicze Mazowsze Sp. z o.o.", "zamowienia@zpmazowsze.example", "pl-PL")
    buy = Buyer("Agnieszka Wójcik", "zakupy@cew.example", "Centrum Edukacji Wiślanej Sp. z o.o.")
    po1 = PO("CEW-1131", sup, buy, "EUR", "2026-11-03", [
        ("CRAY-12", "Wax crayons, 12 colours", 800, "BX", "0.95", "2026-12-04"),
        ("RULER-30", "Ruler 30 cm, transparent", 1000, "EA", "0.21", "2026-12-04"),
    ], sent_time="09:30:00")
    po2 = PO("CEW-1140", sup, buy, "EUR", "2026-11-06", [
        ("SCIS-13", "Children's scissors 13 cm, rounded tip", 500, "EA", "0.88", "2026-12-11"),
        ("SHARP-2H", "Pencil sharpener, 2 holes, with container", 700, "EA", "0.39", "2026-12-11"),
    ], sent_time="11:00:00")
    po3 = PO("CEW-1152", sup, buy, "EUR", "2026-11-10", [
        ("FOLD-A4-ELA", "Elastic folder A4, PP", 1200, "EA", "0.46", "2027-01-08"),
    ], sent_time="14:10:00")
    date = at("2026-11-13 12:44:00", tz(1))
    body = """Dzień dobry Pani Agnieszko,

potwierdzamy zamówienia CEW-1131 i CEW-1152:

CEW-1131: kredki świecowe 12 kolorów – 800 op., linijki 30 cm – 1000 szt.; dostawa 04.12.2026, ceny zgodnie z zamówieniem.
CEW-1152: teczki A4 z gumką – 1200 szt., dostawa 08.01.2027, cena 0,48 EUR/szt. (nowy cennik od 1 stycznia).

Zamówienie CEW-1140 (nożyczki, temperówki) potwierdzimy w przyszłym tygodniu – czekamy na informację od producenta.

Pozdrawiam serdecznie
Katarzyna Lewandowska
Dział Sprzedaży
Zakłady Papiernicze Mazowsze Sp. z o.o.
ul. Fabryczna 7, 05-800 Pruszków"""
    sent = "wtorek, 10 listopada 2026 14:10"
    to = "zamowienia@zpmazowsze.example"
    orig = req_text(po3, "en")
    plain = body + "\n\n" + Q.outlook_block_text("pl", req_from(po3), sent, to, req_subject(po3)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("pl", req_from(po3), sent, to, req_subject(po3)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "PL")
    root = M.multipart("alternative", [M.text(plain, "plain", "iso-8859-2", "quoted-printable") if "–" not in plain else
                                       M.text(plain, "plain", "windows-1250", "quoted-printable"),
                                       M.text(html, "html", "windows-1250", "quoted-printable")],
                       "_000_WA2PR04MB8823B1C0D9E84F7A6B5C4D3E2F10WA2PR04MB8823eurp_")
    h = hdrs("Katarzyna Lewandowska <k.lewandowska@zpmazowsze.example>", req_from(po3),
             "RE: Zamówienia CEW-1131, CEW-1140, CEW-1152", date,
             "<WA2PR04MB8823B1C0D9E84F7A6B5C4D3E2F10@WA2PR04MB8823.eurprd04.prod.outlook.com>", po3,
             refs=[po1.req_id, po2.req_id, po3.req_id], extra=[("Content-Language", "pl-PL")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Polish; three open POs, two answered (CEW-1131 as ordered, CEW-1152 new price); "
                 "CEW-1140 is only mentioned ('potwierdzimy w przyszłym tygodniu') and is left out.",
                 conf(po1, {1: "A", 2: "A"}), conf(po3, {1: C(po3, 1, p="0.48")}))
    return [po1, po2, po3], eml, exp


# ---------------------------------------------------------------------------- 042
@case("candles-answers-other-po-in-thread")
def c_candles_ch():
    sup = Sup("KERSEE", "Kerzenfabrik Seeland AG", "verkauf@kerzen-seeland.example", "de-CH")
    buy = Buyer("Sandrine Moreau", "achats@atelier-moreau.example", "Atelier Moreau Décoration")
    po1 = PO("AMD-2026-501", sup, buy, "EUR", "2026-11-02", [
        ("DIN-25-BOR", "Dinner candle 25 cm, bordeaux", 600, "EA", "0.62", "2026-11-25"),
    ], sent_time="10:00:00")
    po2 = PO("AMD-2026-517", sup, buy, "EUR", "2026-11-09", [
        ("ADV-SET-4-RED", "Advent candle set of 4, red, 6 x 10 cm", 150, "ST", "7.80", "2026-11-20"),
        ("TLT-ALU-50", "Tealights in aluminium cup, pack of 50", 80, "PK", "4.20", "2026-11-20"),
    ], sent_time="08:45:00")
    date = at("2026-11-16 10:18:00", tz(1))
    d = wd(next_md(date, 11, 18), "Wed")
    assert 150 * Decimal("7.80") + 80 * Decimal("4.20") == Decimal("1506.00")
    body = """Grüezi Frau Moreau

Besten Dank für Ihre Bestellungen.

Zu Ihrer Bestellung AMD-2026-517: Die Adventskerzen-Sets (150 Stk.) und die Teelichter im Alubecher (80 Pack) sind bestätigt, Lieferung am Mittwoch, 18. November. Preise gemäss Bestellung, Total EUR 1'506.00 netto.

Die Bestätigung für AMD-2026-501 folgt separat, sobald die Farbe Bordeaux wieder ab Lager verfügbar ist.

Freundliche Grüsse
Beat Zimmermann
Kerzenfabrik Seeland AG · Verkauf Innendienst
Industriestrasse 8 · 3250 Lyss · Tel. +41 32 384 22 10"""
    sent = "Montag, 2. November 2026 10:00"
    to = "verkauf@kerzen-seeland.example"
    orig = req_text(po1, "en", "Mr Zimmermann")
    plain = body + "\n\n" + Q.outlook_block_text("de", req_from(po1), sent, to, req_subject(po1)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("de", req_from(po1), sent, to, req_subject(po1)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "DE-CH")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_ZR0P278MB0817E2D1C0B94A8F7E6D5C4B3A20ZR0P278MB0817CHEP_")
    h = hdrs("Beat Zimmermann <b.zimmermann@kerzen-seeland.example>", req_from(po1), "AW: " + req_subject(po1), date,
             "<ZR0P278MB0817E2D1C0B94A8F7E6D5C4B3A20@ZR0P278MB0817.CHEP278.PROD.OUTLOOK.COM>", po1,
             extra=[("Content-Language", "de-CH")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Swiss German reply threaded on and quoting the request for AMD-2026-501 but "
                 "confirming AMD-2026-517 (delivery Wed 18 Nov, before the wish date); 501 is only mentioned as "
                 "'folgt separat' and is left out; Swiss number format 1'506.00.",
                 conf(po2, {1: C(po2, 1, d=d), 2: C(po2, 2, d=d)}))
    return [po1, po2], eml, exp


# ---------------------------------------------------------------------------- 043
@case("pet-food-exim-mailbox-full")
def c_bounce_quota_br():
    sup = Sup("AGRPET", "Agropet Ração e Acessórios Ltda.", "vendas@agropet.example", "pt-BR")
    buy = Buyer("Emma Hughes", "buying@pawsandco.example", "Paws & Co Retail Ltd", tz(0))
    po = PO("PCO-26-2231", sup, buy, "USD", "2026-11-23", [
        ("AGP-DOG-ADU-15", "Dry dog food adult, 15 kg bag", 80, "BG", "21.50", "2027-01-15"),
    ], sent_time="14:30:02")
    date = at("2026-11-23 11:30:09", tz(-3))
    body = """Esta mensagem foi criada automaticamente pelo sistema de entrega de e-mails.
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vendas@agropet.example
    Mailbox quota exceeded / Caixa postal cheia (552 5.2.2)

------ This is a copy of the message, including all the headers. ------

Return-path: <buying@pawsandco.example>
Received: from mail-out.pawsandco.example ([198.51.100.40])
	by srv12.hostbr.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <buying@pawsandco.example>)
	id 1vQ7xZ-0003Kc-2s
	for vendas@agropet.example; Mon, 23 Nov 2026 11:30:08 -0300
From: Emma Hughes <buying@pawsandco.example>
To: vendas@agropet.example
Subject: Purchase order PCO-26-2231 - please confirm
Date: Mon, 23 Nov 2026 14:30:02 +0000
Message-ID: """ + po.req_id + """

""" + req_text(po, "en") + "\n"
    root = M.text(body, "plain", "utf-8", "quoted-printable")
    h = hdrs("Mail Delivery System <Mailer-Daemon@srv12.hostbr.example>", "buying@pawsandco.example",
             "Mail delivery failed: returning message to sender", date, "<E1vQ7xZ-0003Kf-5r@srv12.hostbr.example>",
             pre=[("Return-path", "<>")], extra=[("X-Failed-Recipients", "vendas@agropet.example"),
                                                 ("Auto-Submitted", "auto-replied")])
    eml = M.message(h, root)
    exp = expect("bounce", "Exim-style plain-text bounce (not multipart/report), mailbox over quota, bilingual "
                 "Portuguese/English; the whole PO is copied below the error.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 044
@case("chandlery-swedish-space-table")
def c_boat_sv():
    sup = Sup("NORDBT", "Nordisk Båttillbehör AB", "order@nordiskbatt.example", "sv-SE")
    buy = Buyer("Per Holm", "inkop@skargardsvarvet.example", "Skärgårdsvarvet AB")
    po = PO("SV-PO-26-0877", sup, buy, "EUR", "2026-11-09", [
        ("WINCH-HAND-10", "Winch handle 10 in, lock-in", 12, "EA", "34.00", "2026-12-04"),
        ("BLOCK-40-SGL", "Single block 40 mm, swivel", 30, "EA", "22.50", "2026-12-04"),
        ("SHEET-8-POLY", "Sheet rope 8 mm polyester, per metre", 400, "M", "1.18", "2026-12-04"),
        ("LIFEJ-150N-ADL", "Lifejacket 150N automatic, adult", 20, "EA", "79.00", "2026-12-04"),
    ], sent_time="09:12:00")
    date = at("2026-11-11 15:02:00", tz(1))
    assert kw(2026, 49) == "2026-12-04"
    body = """Hej Per,

Tack för ordern. Här kommer vår bekräftelse:

Rad  Art.nr          Antal   Pris EUR  Lev.vecka
1    WINCH-HAND-10      12      34,00  v. 49
2    BLOCK-40-SGL       30      23,90  v. 49
3    SHEET-8-POLY      400       1,18  v. 49
4    LIFEJ-150N-ADL     20      79,00  v. 51

Leveransvillkor FCA Göteborg, betalning 30 dagar netto. Offert 26-4410 gäller t.o.m. 2026-12-31.
Blocken har fått nytt pris från tillverkaren, därav 23,90.

Med vänliga hälsningar
Linnea Ek
Nordisk Båttillbehör AB
Sjöporten 3, 426 71 Västra Frölunda"""
    attr = "9 nov. 2026 kl. 09:12 skrev Per Holm <inkop@skargardsvarvet.example>:"
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(req_text(po, "en", "Linnea")) + "\n"
    root = M.text(plain, "plain", "utf-8", "quoted-printable")
    h = hdrs("Linnea Ek <linnea.ek@nordiskbatt.example>", req_from(po), "Sv: " + req_subject(po), date,
             "<8E2C4B7A-1F03-4D6E-9A58-C3B0D7E1F294@nordiskbatt.example>", po,
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Swedish plain-text table aligned with spaces; 'v. 49' = Fri 4 Dec (= requested), "
                 "'v. 51' = Fri 18 Dec for the lifejackets; block price 23,90; offer validity 2026-12-31, "
                 "'30 dagar netto', '150N', '10 in' are traps.",
                 conf(po, {1: "A", 2: C(po, 2, p="23.90"), 3: "A", 4: C(po, 4, d=kw(2026, 51))}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 045
@case("fibre-hardware-tab-table")
def c_fibre_tabs_de():
    sup = Sup("GTFGLA", "Glasfaser Technik Franken GmbH", "vertrieb@gtf-glasfaser.example", "de-DE")
    buy = Buyer("Johan Lindqvist", "purchasing@nordnetfibre.example", "NordNet Fibre AB")
    po = PO("NNF-2611-060", sup, buy, "EUR", "2026-11-10", [
        ("SPL-1x8-SC/APC", "PLC splitter 1x8, SC/APC, cassette", 40, "EA", "17.80", "2026-12-02"),
        ("PT-E2000-APC-12", "Pigtail set E2000/APC, 12 fibres, OS2, 2 m", 60, "ST", "24.60", "2026-12-02"),
        ("ODF-24-1HE", "ODF 19 in 1 HE, 24 ports LC duplex", 10, "EA", "92.00", "2026-12-09"),
        ("SC-APC-ADPT", "Adapter SC/APC simplex, green", 500, "EA", "0.74", "2026-12-02"),
    ], sent_time="13:00:00")
    date = at("2026-11-12 16:10:00", tz(1))
    d51 = kw(2026, 51)
    body = ("Hallo Herr Lindqvist,\n\nanbei unsere Bestätigung zu Ihrer Bestellung NNF-2611-060:\n\n"
            "Pos\tArtikel\tMenge\tPreis €\tTermin\n"
            "1\tSPL-1x8-SC/APC\t40\t17,80\t02.12.\n"
            "2\tPT-E2000-APC-12\t60\t24,60\t09.12.\n"
            "3\tODF-24-1HE\t10\t95,40\t09.12.\n"
            "4\tSC-APC-ADPT\t300\t0,74\t02.12.\n\n"
            "Zu Pos. 4: 300 Stk. liefern wir mit der ersten Sendung am 02.12., die restlichen 200 Stk. folgen in KW 51.\n"
            "Pos. 3: neuer Preis wegen geänderter Blechstärke (1,5 mm statt 1,2 mm).\n\n"
            "Viele Grüße\nTobias Fischer\nVertrieb Innendienst\nGlasfaser Technik Franken GmbH, Fürth\n")
    sent = "Dienstag, 10. November 2026 13:00"
    plain = body + "\n" + Q.outlook_block_text("de", req_from(po), sent, sup.email, req_subject(po)) + "\n\n" + \
        req_text(po, "en", "Sales team") + "\n"
    root = M.text(plain, "plain", "utf-8", "quoted-printable")
    h = hdrs("Tobias Fischer <t.fischer@gtf-glasfaser.example>", req_from(po), "AW: " + req_subject(po), date,
             "<FR2P281MB2409F1E0D9C84B7A6E5D4C3B2A19@FR2P281MB2409.DEUP281.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")])
    eml = M.message(h, root)
    exp = expect("confirmation", "German plain-text table separated by tabs, dates without year ('02.12.'); pos. 4 "
                 "table shows 300 but the note splits 300 on 02.12. + 200 in KW 51 (Fri 18 Dec) = 500; pos. 3 new "
                 "price, date = wish date; '1x8', '19 in 1 HE', '1,5 mm' are specs.",
                 conf(po, {1: "A", 2: C(po, 2, d="2026-12-09"), 3: C(po, 3, p="95.40"),
                           4: C(po, 4, d=d51, s=[(300, "2026-12-02"), (200, d51)])}))
    return [po], eml, exp

# ---------------------------------------------------------------------------- 046
@case("pet-supplies-3pl-warehouse-reply")
def c_forwarder_za():
    sup = Sup("CAPEPET", "Cape Pet Distributors (Pty) Ltd", "sales@capepet.example", "en-ZA")
    buy = Buyer("Emma Hughes", "buying@pawsandco.example", "Paws & Co Retail Ltd", tz(0))
    po = PO("PCO-26-2190", sup, buy, "USD", "2026-11-12", [
        ("FISH-FLK-100G", "Tropical fish flakes 100 g tub", 240, "EA", "2.35", "2026-12-01"),
        ("AQ-HEAT-100W", "Aquarium heater 100 W", 36, "EA", "9.80", "2026-12-01"),
        ("BIRD-SEED-1KG", "Budgie seed mix 1 kg", 120, "BG", "1.70", "2026-12-01"),
    ], sent_time="10:00:00")
    date = at("2026-11-17 13:40:00", tz(2))
    body = """Good day Emma,

Cape Pet Distributors' sales office asked us to confirm your order on their behalf (their sales order CP-SO-44817 / your PO PCO-26-2190).

Picking status:
- Tropical fish flakes 100 g (FISH-FLK-100G): 240 units - stock allocated
- Aquarium heater 100 W (AQ-HEAT-100W): 36 units - stock allocated
- Budgie seed mix 1 kg (BIRD-SEED-1KG): only 96 bags available. Cape Pet advises the balance will not be restocked this year, so we ship 96.

Collection by your forwarder is booked for 25/11/2026 (air freight); ETA at your DC in Northampton is 30/11/2026.

Kind regards
Thandi Nkosi
Dispatch Controller | Table Bay 3PL Warehousing
Montague Gardens, Cape Town | +27 21 555 0190

This e-mail is subject to the Table Bay 3PL e-mail legal notice at https://tablebay3pl.example/legal"""
    root = M.multipart("alternative", [M.text(body, "plain", "utf-8", "7bit"),
                                       M.text("<html><body><div style=\"font-family:Arial;font-size:10pt\">" +
                                              Q.html_paras(body) + "</div></body></html>", "html", "utf-8", "quoted-printable")],
                       "----=_Part_2219087_1458201377.1795405200000")
    h = hdrs("Table Bay 3PL - Dispatch <dispatch@tablebay3pl.example>", "Emma Hughes <buying@pawsandco.example>",
             "Dispatch confirmation - Cape Pet SO CP-SO-44817 / your PO PCO-26-2190", date,
             "<1472290511.2219088.1795405200001@wms.tablebay3pl.example>", cc="sales@capepet.example")
    eml = M.message(h, root)
    exp = expect("confirmation", "South African 3PL warehouse (not the supplier's sales desk) confirms on the "
                 "supplier's behalf, unthreaded, cc sales; collection 25/11 vs ETA 30/11 (ETA wins); line 3 cut to 96; "
                 "prices not mentioned so the PO prices stand.",
                 conf(po, {1: C(po, 1, d="2026-11-30"), 2: C(po, 2, d="2026-11-30"), 3: C(po, 3, q=96, d="2026-11-30")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 047
@case("cat-scratchers-first-part-at-sea")
def c_pet_vi():
    sup = Sup("THUCUV", "Công ty TNHH Thú Cưng Việt", "export@thucungviet.example", "vi-VN")
    buy = Buyer("Sabine Koch", "einkauf@tierwelt-handel.example", "Tierwelt Handels GmbH")
    po = PO("TW-26-5540", sup, buy, "USD", "2026-11-05", [
        ("SCR-CARD-45", "Cardboard cat scratcher 45 x 22 cm", 1200, "EA", "1.85", "2026-12-15"),
        ("BED-PET-M", "Pet bed, size M, grey", 300, "EA", "6.40", "2026-12-15"),
    ], sent_time="10:00:00")
    date = at("2026-11-19 10:30:00", tz(7))
    body = """Kính gửi chị Sabine,

Về đơn hàng TW-26-5540, chúng tôi xin xác nhận như sau:

Mục 1 – Bàn cào móng cho mèo bằng carton 45 x 22 cm: 800 cái đã xuất hàng ngày 17/11/2026, tàu dự kiến cập cảng Hamburg ngày 15/12/2026; 400 cái còn lại sẽ giao đến Hamburg ngày 08/01/2027.
Mục 2 – Đệm nằm cho thú cưng size M, màu xám: 300 cái, giao ngày 15/12/2026 (cùng chuyến tàu với 800 cái mục 1).

Đơn giá giữ nguyên theo đơn đặt hàng.

Trân trọng,
Nguyễn Thị Hồng
Phòng Xuất khẩu – Công ty TNHH Thú Cưng Việt
KCN Sóng Thần 2, Dĩ An, Bình Dương"""
    attr = "Vào Th 5, 5 thg 11, 2026 lúc 16:00 Sabine Koch <einkauf@tierwelt-handel.example> đã viết:"
    orig = req_text(po, "en", "Ms Hong")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "base64"),
                                       M.text(html, "html", "UTF-8", "base64")],
                       "000000000000a8c34d06264b9e11")
    h = hdrs("Nguyễn Thị Hồng <hong.nt@thucungviet.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Vietnamese; 800 of 1 200 already shipped 17/11 with the vessel due in Hamburg "
                 "15/12 (the arrival, not the 17/11 departure, is the delivery) and 400 delivered 08/01/2027; line 2 "
                 "on the same vessel = requested date.",
                 conf(po, {1: C(po, 1, d="2027-01-08", s=[(800, "2026-12-15"), (400, "2027-01-08")]), 2: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 048
@case("bearings-iphone-one-liner")
def c_oneliner_us():
    sup = Sup("GLBEAR", "Great Lakes Bearing & Supply", "sales@greatlakesbearing.example", "en-US")
    buy = Buyer("Dave Kowalski", "purchasing@hvmachineworks.example", "Hudson Valley Machine Works", tz(-5))
    po = PO("HVM-PO-55187", sup, buy, "USD", "2026-11-16", [
        ("6203-2RS", "Ball bearing 6203-2RS, 17 x 40 x 12 mm", 100, "EA", "2.45", "2026-12-09"),
        ("UCP205-16", "Pillow block UCP205-16, 1 in bore", 12, "EA", "19.80", "2026-12-09"),
        ("LM20UU", "Linear bearing LM20UU", 40, "EA", "4.10", "2026-12-09"),
    ], sent_time="10:05:00")
    date = at("2026-11-16 14:22:31", tz(-6))
    d = next_md(date, 12, 4)
    body = """Confirmed all 3 lines, ships 12/4.
-Mike

Sent from my iPhone

> On Nov 16, 2026, at 9:05 AM, Dave Kowalski <purchasing@hvmachineworks.example> wrote:
>
""" + Q.gt(req_text(po, "en", "Mike")) + "\n"
    root = M.text(body, "plain", "utf-8", "quoted-printable")
    h = hdrs("Mike Brandt <mike@greatlakesbearing.example>", req_from(po), "Re: " + req_subject(po), date,
             "<B3D8F0A2-6C41-4E9B-8D27-1A5F3C9E0B76@greatlakesbearing.example>", po,
             extra=[("X-Mailer", "iPhone Mail (22B91)")])
    eml = M.message(h, root)
    exp = expect("confirmation", "US mobile one-liner: 'ships 12/4' is month/day (Dec 4, no year -> 2026) and only a "
                 "ship date, so all three lines get 2026-12-04; bearing sizes '17 x 40 x 12' and 'UCP205-16' are traps.",
                 conf(po, {1: C(po, 1, d=d), 2: C(po, 2, d=d), 3: C(po, 3, d=d)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 049
@case("propagation-trays-inline-answers")
def c_trays_nlbe():
    sup = Sup("VLATUI", "Vlaamse Tuinbouwpotten NV", "orders@vlaamsetuinbouwpotten.example", "nl-BE")
    buy = Buyer("Mark Ellis", "buying@greenvalleynurseries.example", "Green Valley Nurseries Ltd", tz(0))
    po = PO("GVN-2026-3342", sup, buy, "EUR", "2026-11-13", [
        ("TRAY-40C-DEEP", "Propagation tray 40 cells, deep", 2000, "EA", "0.36", "2026-12-11"),
        ("POT-P11-BLK", "Square pot 11 x 11 x 12 cm, black", 10000, "EA", "0.044", "2026-12-11"),
        ("LABEL-STK-10", "Plant label stick 10 cm, white", 20000, "EA", "0.0062", "2026-12-11"),
    ], sent_time="11:20:00")
    date = at("2026-11-16 09:41:27", tz(1))
    assert 84 * 120 == 10080
    rows = req_text(po, "en", "Sales team").split("\n")
    # reply typed into the quoted request, below each PO line
    inline = []
    for r in rows:
        inline.append("> " + r if r else ">")
        if r.lstrip().startswith("1  TRAY-40C-DEEP"):
            inline.append("\nOK, zoals besteld.\n")
        elif r.lstrip().startswith("2  POT-P11-BLK"):
            inline.append("\nWordt 18/12 – wij leveren per stapel van 120, dus 84 stapels = 10 080 st. Prijs ongewijzigd.\n")
        elif r.lstrip().startswith("3  LABEL-STK-10"):
            inline.append("\nNiet meer leverbaar in wit (enkel nog groen) – deze lijn vervalt.\n")
    body = """Dag Mark,

Zie mijn antwoorden hieronder tussen de lijnen.

Groeten,
Wout Peeters
Vlaamse Tuinbouwpotten NV – Verkoop binnendienst
Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem

-----Oorspronkelijk bericht-----
Van: Mark Ellis <buying@greenvalleynurseries.example>
Verzonden: vrijdag 13 november 2026 11:20
Aan: orders@vlaamsetuinbouwpotten.example
Onderwerp: """ + req_subject(po) + "\n\n" + "\n".join(inline) + "\n"
    root = M.text(body, "plain", "windows-1252", "quoted-printable")
    h = hdrs("Wout Peeters <wout.peeters@vlaamsetuinbouwpotten.example>", req_from(po), "RE: " + req_subject(po), date,
             "<004e01dd57c2$91a3b4c0$b4eb1e40$@vlaamsetuinbouwpotten.example>", po,
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "nl-be")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Flemish answers typed inline between the quoted PO lines: line 1 OK, line 2 "
                 "'wordt 18/12' and rounded to stacks of 120 (10 080), line 3 white labels no longer available -> "
                 "rejected; '11 x 11 x 12 cm', '40 cells' are sizes.",
                 conf(po, {1: "A", 2: C(po, 2, q=10080, d="2026-12-18"), 3: "R"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 050
@case("dental-ooo-italian")
def c_ooo_it():
    sup = Sup("DENTLO", "Dentalforniture Lombarde S.p.A.", "c.rinaldi@dentalforniture.example", "it-IT")
    buy = Buyer("Giulia Ferri", "amministrazione@studioferri.example", "Studio Ortodontico Ferri")
    po = PO("OF-2026-081", sup, buy, "EUR", "2026-11-20", [
        ("GUANTI-NIT-S", "Guanti nitrile senza polvere, taglia S, conf. 100", 30, "BX", "4.90", "2026-12-03"),
        ("MASCH-FFP2", "Mascherine FFP2, conf. 20", 20, "BX", "7.20", "2026-12-03"),
    ], sent_time="11:00:00")
    date = at("2026-11-20 11:00:41", tz(1))
    wd("2026-11-20", "Fri")
    wd("2026-11-24", "Tue")
    body = """Gentile cliente,

sarò fuori ufficio da venerdì 20/11 a martedì 24/11 compresi, con accesso limitato alla posta elettronica.
Per ordini e conferme d'ordine La preghiamo di scrivere a ordini@dentalforniture.example oppure di chiamare lo 02 8942 1170.

Cordiali saluti
Chiara Rinaldi
Dentalforniture Lombarde S.p.A."""
    root = M.text(body, "plain", "iso-8859-1", "quoted-printable")
    h = hdrs("Chiara Rinaldi <c.rinaldi@dentalforniture.example>", req_from(po), "Risposta automatica: " + req_subject(po, "it"),
             date, "<1E7F3A09C2B84D56A0E1F2C3D4B5A697@dentalforniture.example>", po,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Mailer", "Zimbra 10.0.6")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "Italian out-of-office 20/11-24/11; the absence dates are not delivery dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 051
@case("printing-ink-exchange-ndr-german")
def c_ndr_de():
    sup = Sup("DRFARB", "Druckfarben Rhein-Main GmbH", "auftrag@druckfarben-rm.example", "de-DE")
    buy = Buyer("Frank Lindner", "einkauf@druckerei-lindner.example", "Druckerei Lindner KG")
    po = PO("4500232555", sup, buy, "EUR", "2026-11-24", [
        ("OFF-CYAN-2.5", "Offsetfarbe Cyan, 2,5-kg-Dose", 12, "DS", "14.80", "2026-12-08"),
        ("OFF-MAG-2.5", "Offsetfarbe Magenta, 2,5-kg-Dose", 12, "DS", "15.60", "2026-12-08"),
    ], sent_time="08:15:20")
    date = at("2026-11-24 08:15:31", tz(1))
    plain = """Ihre Nachricht hat folgende Empfänger nicht erreicht:

auftrag@druckfarben-rm.example (auftrag@druckfarben-rm.example)
Ihre Nachricht konnte nicht zugestellt werden, weil die E-Mail-Adresse nicht gefunden wurde oder nicht mehr gültig ist.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.druckerei-lindner.example

auftrag@druckfarben-rm.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

Message-ID: """ + po.req_id + """
Date: Tue, 24 Nov 2026 08:15:20 +0100
Subject: """ + req_subject(po, "de") + "\n"
    ds = """Reporting-MTA: dns;mail.druckerei-lindner.example
Received-From-MTA: dns;mail.druckerei-lindner.example
Arrival-Date: Tue, 24 Nov 2026 07:15:21 +0000

Final-Recipient: rfc822;auftrag@druckfarben-rm.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    root = M.multipart("report", [
        M.text(plain, "plain", "utf-8", "quoted-printable"),
        M.raw_part([("Content-Type", "message/delivery-status")], ds),
        M.raw_part([("Content-Type", "text/rfc822-headers")],
                   "From: Frank Lindner <einkauf@druckerei-lindner.example>\nTo: auftrag@druckfarben-rm.example\n"
                   "Subject: " + M.ew(req_subject(po, "de")).replace("\r\n", "\n") + "\nDate: Tue, 24 Nov 2026 08:15:20 +0100\n"
                   "Message-ID: " + po.req_id + "\n")],
        "_000_MAIL01DRUCKEREILINDNER1795504531_", params="; report-type=delivery-status")
    h = hdrs("Microsoft Outlook <postmaster@druckerei-lindner.example>", "Frank Lindner <einkauf@druckerei-lindner.example>",
             "Unzustellbar: " + req_subject(po, "de"), date, "<8c21f6e0-3b7d-4a95-9e04-1f6a2c8d7b35@mail.druckerei-lindner.example>",
             po, extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")])
    eml = M.message(h, root)
    exp = expect("bounce", "German-localised Exchange NDR ('Unzustellbar:', 5.1.10 recipient not found), threaded on "
                 "the request.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 052
@case("filament-statement-of-account")
def c_statement_sl():
    sup = Sup("FILSAV", "Filamenti Savinja d.o.o.", "prodaja@filamenti-savinja.example", "sl-SI")
    buy = Buyer("Ivana Horvat", "nabava@makerlab.example", "MakerLab d.o.o.")
    po = PO("ML-26-0440", sup, buy, "EUR", "2026-11-18", [
        ("FS-PLA-175-1K-RED", "PLA filament 1.75 mm, 1 kg spool, red", 50, "SP", "13.90", "2026-12-04"),
        ("FS-PETG-175-1K-BLK", "PETG filament 1.75 mm, 1 kg spool, black", 50, "SP", "15.70", "2026-12-04"),
    ], sent_time="09:00:00")
    date = at("2026-11-20 07:30:12", tz(1))
    body = """Spoštovani,

v skladu z našimi evidencami vam pošiljamo izpisek odprtih postavk na dan 19.11.2026:

Račun št.     Datum računa   Vaše naročilo   Zapadlost     Znesek EUR   Odprto EUR
2026-00871    02.10.2026     ML-26-0377      01.11.2026       742,50       742,50
2026-00934    16.10.2026     ML-26-0391      15.11.2026     1.215,00     1.215,00
2026-01012    06.11.2026     ML-26-0412      06.12.2026       486,80       486,80
                                                              SKUPAJ:     2.444,30

Prosimo za poravnavo zapadlih postavk. Če ste plačilo že izvedli, to obvestilo prezrite.

Lep pozdrav,
Računovodstvo
Filamenti Savinja d.o.o., Celjska cesta 14, 3310 Žalec"""
    assert Decimal("742.50") + Decimal("1215.00") + Decimal("486.80") == Decimal("2444.30")
    root = M.text(body, "plain", "windows-1250", "quoted-printable")
    h = hdrs("Filamenti Savinja - Računovodstvo <racunovodstvo@filamenti-savinja.example>", "nabava@makerlab.example",
             "Izpisek odprtih postavk na dan 19.11.2026", date, "<IOP.20261120073012.1044@erp.filamenti-savinja.example>",
             charset="windows-1250", extra=[("X-Mailer", "Pantheon ERP")])
    eml = M.message(h, root)
    exp = expect("unrelated", "Slovenian statement of open items listing other orders (ML-26-0377/0391/0412) with "
                 "invoice and due dates; the open PO ML-26-0440 is not in it.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 053
@case("hvac-filters-price-list-2027")
def c_pricelist_in():
    sup = Sup("AIRPUR", "AirPure Filtration Pvt. Ltd.", "sales@airpurefiltration.example", "en-IN")
    buy = Buyer("Mikko Laine", "osto@aerotherm.example", "Aerotherm Facility Services Oy", tz(2))
    po = PO("AFS-260-4490", sup, buy, "USD", "2026-11-17", [
        ("AP-HEPA-H14-610", "HEPA filter H14, 610 x 610 x 292 mm", 12, "EA", "148.00", "2027-01-15"),
        ("AP-PRE-G4-610", "Pre-filter G4, 610 x 610 x 50 mm", 48, "EA", "6.20", "2027-01-15"),
    ], sent_time="12:00:00")
    date = at("2026-11-25 11:45:00", tz(5, 30))
    rows = [["AirPure Filtration Pvt. Ltd. - Export Price List 2027"],
            ["Valid from", D("2027-01-01"), "Valid until", D("2027-12-31")],
            ["Prices in USD, FOB Nhava Sheva. Payment: 30% advance, 70% against B/L copy."],
            [],
            ["Code", "Description", "Pack", "MOQ", "USD/pc 2026", "USD/pc 2027", "Lead time (weeks)"],
            ["AP-HEPA-H13-610", "HEPA H13 610x610x292", "1", 10, 132.0, 139.0, 6],
            ["AP-HEPA-H14-610", "HEPA H14 610x610x292", "1", 10, 148.0, 156.5, 6],
            ["AP-PRE-G4-610", "Pre-filter G4 610x610x50", "12", 48, 6.2, 6.55, 4],
            ["AP-BAG-F7-592-8", "Bag filter F7 592x592x534 8P", "10", 20, 19.8, 20.9, 5]]
    x = xlsxkit.xlsx(rows, "Price list 2027", "dd-mm-yyyy", stamp=(2026, 11, 25, 6, 10, 0), creator="AirPure Sales")
    body = """Dear Valued Customer,

Greetings from AirPure Filtration!

Please find attached our revised export price list w.e.f. 01-01-2027. Due to the increase in glass-fibre media and aluminium costs, prices are revised by approx. 4-6%.

All orders received up to 31-12-2026 will be executed at the current prices.

Thanks & Regards,
Rajesh Iyer
Manager - Exports
AirPure Filtration Pvt. Ltd., Plot 44, MIDC Taloja, Navi Mumbai 410208
Mob: +91 98200 41177"""
    root = M.multipart("mixed", [M.text(body, "plain", "utf-8", "7bit"),
                                 M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "AirPure_Export_Price_List_2027.xlsx")],
                       "000000000000d41b8f0626a7c3e5")
    h = hdrs("Rajesh Iyer <rajesh.iyer@airpurefiltration.example>",
             "undisclosed-recipients:;", "Revised Price List w.e.f. 01-01-2027 - AirPure Filtration", date,
             "<CAF9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA@mail.gmail.com>")
    eml = M.message(h, root)
    exp = expect("unrelated", "Indian-English price-list circular to all customers with an XLSX; our open PO's item "
                 "codes appear with 2027 prices, MOQ and lead times, but it answers no order.")
    return [po], eml, exp

# ---------------------------------------------------------------------------- 054
@case("nav-lights-arabic-indic-date")
def c_marine_ar():
    sup = Sup("GULFBS", "Gulf Boat Supplies LLC", "sales@gulfboatsupplies.example", "ar-AE")
    buy = Buyer("Lim Wei Ling", "procurement@harbourfront-yacht.example", "Harbourfront Yacht Services Pte Ltd", tz(8))
    po = PO("HYS-4490", sup, buy, "USD", "2026-11-12", [
        ("NAV-LED-STBD", "LED navigation light starboard, 2 NM", 10, "EA", "42.00", "2026-12-03"),
        ("BILGE-PUMP-1100", "Bilge pump 1100 GPH, 12 V", 8, "EA", "61.50", "2026-12-03"),
    ], sent_time="11:00:00")
    date = at("2026-11-16 09:30:00", tz(4))
    body = """السيدة/ Lim Wei Ling المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم HYS-4490 ونؤكده كما يلي:

البند 1: أضواء ملاحة LED يمين (2 ميل بحري) – 10 قطع بسعر 42.00 دولار أمريكي للقطعة.
البند 2: مضخة آسنة 1100 جالون/ساعة، 12 فولت – 8 قطع، السعر الجديد 64.00 دولار أمريكي للقطعة بسبب ارتفاع تكلفة الشحن.

موعد التسليم في سنغافورة: ١٠/١٢/٢٠٢٦

مع خالص التحيات،
أحمد الحمادي
قسم المبيعات – شركة الخليج لمستلزمات القوارب ذ.م.م
دبي، المنطقة الحرة بجبل علي"""
    sent = "Thursday, November 12, 2026 7:00 AM"
    to = "sales@gulfboatsupplies.example"
    orig = req_text(po, "en", "Sales team")
    plain = body + "\n\n" + Q.outlook_block_text("en", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html('<div dir="rtl">' + Q.html_paras(body, "MsoNormal") + "</div>",
                          Q.outlook_block_html("en", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "AR-AE")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "base64"),
                                       M.text(html, "html", "utf-8", "base64")],
                       "_000_DX0P273MB0512A9B8C7D64E5F3A2B1C0D9E8FDX0P273MB0512ARE_")
    h = hdrs("أحمد الحمادي <ahmed.h@gulfboatsupplies.example>", req_from(po), "RE: " + req_subject(po), date,
             "<DX0P273MB0512A9B8C7D64E5F3A2B1C0D9E8F@DX0P273MB0512.AREP273.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "ar-AE")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Arabic RTL Outlook mail; the delivery date is written in Arabic-Indic digits "
                 "(١٠/١٢/٢٠٢٦ = 10 Dec 2026); line 2 new price; '2 NM', '1100 GPH', '12 V' are specs.",
                 conf(po, {1: C(po, 1, d="2026-12-10"), 2: C(po, 2, p="64.00", d="2026-12-10")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 055
@case("ortho-elastics-hebrew-html-only")
def c_ortho_he():
    sup = Sup("ORTDNT", "Ortho-Dent Ltd", "orders@orthodent.example", "he-IL")
    buy = Buyer("Karen Holt", "purchasing@brightsidedental.example", "Brightside Dental Group", tz(-6))
    po = PO("26-DNT-3420", sup, buy, "USD", "2026-11-11", [
        ("ELAST-1/4-3.5OZ", "Intraoral elastics 1/4 in, 3.5 oz, 100 bags", 50, "PK", "3.20", "2026-12-07"),
        ("LIG-O-CLR", "Elastomeric ligatures, clear, 1000/pk", 20, "PK", "8.90", "2026-12-07"),
        ("WAX-ORTHO", "Orthodontic relief wax, 50 strips", 30, "BX", "5.60", "2026-12-07"),
    ], sent_time="09:30:00")
    date = at("2026-11-12 15:10:00", tz(2))
    html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:Arial,sans-serif;font-size:11pt">
<p>שלום קרן,</p>
<p>תודה על ההזמנה 26-DNT-3420. להלן האישור שלנו:</p>
<table dir="rtl" border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>שורה</th><th>פריט</th><th>כמות</th><th>מחיר</th><th>הערה</th></tr>
<tr><td>1</td><td>גומיות תוך-פה 1/4", 3.5oz</td><td>50 אריזות</td><td>$3.20</td><td>מאושר</td></tr>
<tr><td>2</td><td>ליגטורות שקופות</td><td>20 אריזות</td><td>$8.90</td><td>מאושר</td></tr>
<tr><td>3</td><td>שעוות יישור</td><td>30 קופסאות</td><td>$5.60</td><td>אזל מהמלאי – אספקה רק ב-4.1.27</td></tr>
</table>
<p>אספקה לשורות 1-2: 7.12.26.</p>
<p>בברכה,<br>נועה כהן<br>אורתו-דנט בע"מ | מחלקת יצוא<br>רח' המלאכה 8, פתח תקווה</p>
<div style="direction:ltr;text-align:left;border-top:1px solid #ccc;margin-top:16px;color:#555">
<p>On Wed, Nov 11, 2026 at 5:30 PM Karen Holt &lt;purchasing@brightsidedental.example&gt; wrote:</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">""" + \
        Q.html_lines(req_text(po, "en", "Ortho-Dent team"), mono=True) + "</blockquote></div></body></html>\n"
    root = M.text(html, "html", "utf-8", "base64")
    h = hdrs("נועה כהן <noa@orthodent.example>", req_from(po), "RE: " + req_subject(po), date,
             "<CAH4qW7eR0tY3uI6oP9aS2dF5gJ8kL1zX4cV7bN0mQ@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Hebrew, HTML only (no text part), RTL table; Israeli d.m.yy dates: lines 1-2 "
                 "'7.12.26' = requested, line 3 out of stock until '4.1.27' = 2027-01-04; '1/4\"', '3.5oz' are sizes.",
                 conf(po, {1: "A", 2: "A", 3: C(po, 3, d="2027-01-04")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 056
@case("donut-boxes-thai-buddhist-year")
def c_bakery_th():
    sup = Sup("SIAMPK", "Siam Pack Bakery Co., Ltd.", "sales@siampackbakery.example", "th-TH")
    buy = Buyer("Rachel Tan", "purchasing@goldencrust.example", "Golden Crust Bakeries Pte Ltd", tz(8))
    po = PO("GCB-PO-2611-09", sup, buy, "USD", "2026-11-10", [
        ("BOX-DONUT-6", "Donut box for 6, printed", 10000, "EA", "0.082", "2026-12-04"),
        ("TRAY-ALU-8IN", "Aluminium pie tray 8 inch", 6000, "EA", "0.064", "2026-12-04"),
    ], sent_time="10:00:00")
    date = at("2026-11-11 14:00:00", tz(7))
    assert 2569 - 543 == 2026
    body = """เรียน คุณ Rachel

ขอบคุณสำหรับใบสั่งซื้อเลขที่ GCB-PO-2611-09 ทางบริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

รายการที่ 1 กล่องโดนัท 6 ชิ้น พิมพ์ลาย จำนวน 10,000 ใบ ราคา 0.082 USD ต่อใบ ส่งถึงลูกค้าวันที่ 4 ธันวาคม 2569
รายการที่ 2 ถาดอลูมิเนียม 8 นิ้ว จำนวน 6,000 ใบ ราคาปรับเป็น 0.068 USD ต่อใบ เนื่องจากราคาอลูมิเนียมสูงขึ้น ส่งถึงลูกค้าวันที่ 11 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขายต่างประเทศ
บริษัท สยามแพ็ค เบเกอรี่ จำกัด"""
    attr = "เมื่อ อ. 10 พ.ย. 2026 เวลา 09:00 Rachel Tan <purchasing@goldencrust.example> เขียนว่า:"
    orig = req_text(po, "en", "Khun Somchai")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "base64"),
                                       M.text(html, "html", "UTF-8", "base64")],
                       "00000000000062f1a806260e7b4c")
    h = hdrs("สมชาย ใจดี <somchai@siampackbakery.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAJ1sA4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Thai with Buddhist-era years (2569 BE = 2026 CE): line 1 delivered 4 Dec = "
                 "requested; line 2 new price and '11 ธ.ค. 2569' = 2026-12-11; '6 ชิ้น', '8 นิ้ว' are sizes.",
                 conf(po, {1: "A", 2: C(po, 2, p="0.068", d="2026-12-11")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 057
@case("oleochemicals-moq-eta-warehouse")
def c_cosmetic_id():
    sup = Sup("OLESUM", "PT Oleokimia Sumatera", "sales@oleokimia-sumatera.example", "id-ID")
    buy = Buyer("Camille Roux", "achats@lumiere-cosmetiques.example", "Lumière Cosmétiques SAS")
    po = PO("LC-ACH-26-0915", sup, buy, "EUR", "2026-11-16", [
        ("CETYL-ALC-FLK", "Cetyl alcohol flakes, 25 kg bag", 1000, "KG", "2.10", "2027-01-15"),
        ("STEARIC-1838", "Stearic acid 1838, beads", 2000, "KG", "1.35", "2027-01-15"),
        ("GLY-MONO-40", "Glyceryl monostearate 40%", 500, "KG", "2.95", "2027-01-15"),
    ], sent_time="14:00:00")
    date = at("2026-11-18 16:20:00", tz(7))
    body = """Yth. Ibu Camille Roux,

Terima kasih atas PO LC-ACH-26-0915. Dengan ini kami konfirmasi:

1. Cetyl alcohol flakes, sak 25 kg – 1.000 kg @ EUR 2,10/kg – sesuai PO.
2. Stearic acid 1838, beads – 2.000 kg @ EUR 1,35/kg – sesuai PO.
3. Glyceryl monostearate 40% – MOQ kami 1.000 kg (40 sak @ 25 kg), jadi kami konfirmasi 1.000 kg, harga tetap EUR 2,95/kg.

Pengiriman: ETD Belawan 4 Desember 2026, barang tiba di gudang Anda (DAP Le Havre) pada 14 Januari 2027.

Hormat kami,
Dewi Lestari
Export Sales – PT Oleokimia Sumatera
Kawasan Industri Medan, Sumatera Utara"""
    sent = "Monday, November 16, 2026 8:00 PM"
    to = "sales@oleokimia-sumatera.example"
    orig = req_text(po, "en", "Sales team")
    plain = body + "\n\n" + Q.outlook_block_text("en", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("en", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "IN")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_SI2PR04MB5039B8A7C6D54E3F2A1B0C9D8E7FSI2PR04MB5039apcp_")
    h = hdrs("Dewi Lestari <dewi.lestari@oleokimia-sumatera.example>", req_from(po), "RE: " + req_subject(po), date,
             "<SI2PR04MB5039B8A7C6D54E3F2A1B0C9D8E7F@SI2PR04MB5039.apcprd04.prod.outlook.com>", po,
             extra=[("Content-Language", "id-ID")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Indonesian; ETD 4 Desember vs arrival at the buyer's warehouse 14 Januari 2027 "
                 "(arrival wins, one day before the request); line 3 raised to the 1.000 kg MOQ; '1838', '40%', "
                 "'@ EUR 2,10' and dot thousands separators.",
                 conf(po, {1: C(po, 1, d="2027-01-14"), 2: C(po, 2, d="2027-01-14"),
                           3: C(po, 3, q=1000, d="2027-01-14")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 058
@case("spindle-bearings-sap-pdf-kw53")
def c_sap_pdf_kw53():
    sup = Sup("WAELZT", "WälzTec Präzisionslager GmbH", "auftrag@waelztec.example", "de-DE")
    buy = Buyer("Oliver Grant", "purchasing@kestrel-spindle.example", "Kestrel Spindle Systems Ltd", tz(0))
    po = PO("KSS-PO-6671", sup, buy, "EUR", "2026-11-13", [
        ("B7008-C-T-P4S-UL", "Spindle bearing B7008-C-T-P4S-UL", 16, "EA", "96.40", "2026-12-18"),
        ("HCB7010-E-T-P4S-DUL", "Hybrid spindle bearing HCB7010-E-T-P4S-DUL, pair", 4, "PR", "512.00", "2026-12-18"),
        ("NN3012-AS-K-M-SP", "Cylindrical roller bearing NN3012-AS-K-M-SP", 2, "EA", "388.00", "2026-12-18"),
    ], sent_time="15:40:00")
    date = at("2026-11-16 05:31:18", tz(1))
    d53 = kw(2026, 53)
    d02 = kw(2027, 2)
    assert d53 == "2027-01-01" and d02 == "2027-01-15"
    s = pdfkit.Sheet()
    s.line("WälzTec Präzisionslager GmbH · Postfach 1120 · 97401 Schweinfurt", "F1", 7)
    s.skip()
    s.line("Kestrel Spindle Systems Ltd", "F1", 10)
    s.line("Unit 4, Riverside Park", "F1", 10)
    s.line("Coventry CV1 4FF", "F1", 10)
    s.line("GROSSBRITANNIEN", "F1", 10)
    s.skip()
    s.tj(["Auftragsbest", -8, "ätigung / Order ackno", -12, "wledgement"], "F2", 14)
    s.skip()
    s.cols(["Nummer/Datum", "30018842 / 16.11.2026"], [50, 200])
    s.cols(["Ihre Bestellung", "KSS-PO-6671 vom 13.11.2026"], [50, 200])
    s.cols(["Angebot", "20045512 vom 28.10.2026, gültig bis 31.12.2026"], [50, 200])
    s.cols(["Kundennummer", "700318"], [50, 200])
    s.cols(["Incoterms", "FCA Schweinfurt"], [50, 200])
    s.cols(["Zahlungsbedingung", "14 Tage 2 % Skonto, 30 Tage netto"], [50, 200])
    s.skip()
    xs = [50, 75, 120, 305, 345, 370, 420, 480]
    s.cols(["Pos", "Material", "Bezeichnung / Ihre Materialnummer", "Menge", "ME", "Preis EUR", "Wert EUR", "Liefertermin"],
           xs, "F2", 7.5)
    s.rule()
    for r in [("10", "4100-870", "Spindellager B7008-C-T-P4S-UL", "16", "ST", "96,40", "1.542,40", "18.12.2026", "B7008-C-T-P4S-UL"),
              ("20", "4102-114", "Hybrid-Spindellager, Satz", "4", "PAA", "512,00", "2.048,00", "KW 53/2026", "HCB7010-E-T-P4S-DUL"),
              ("30", "4310-022", "Zylinderrollenlager", "2", "ST", "388,00", "776,00", "KW 02/2027", "NN3012-AS-K-M-SP")]:
        s.cols(list(r[:8]), xs, "F1", 7.5)
        s.cols(["Ihre Mat.-Nr.: " + r[8]], [120], "F1", 7)
    s.rule()
    s.cols(["Gesamtwert netto", "4.366,40"], [345, 480], "F2", 8)
    s.skip()
    s.line("Liefertermine verstehen sich als Versandbereitschaft ab Werk Schweinfurt.", "F1", 7.5)
    s.line("Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.2025.", "F1", 7.5)
    assert 16 * Decimal("96.40") + 4 * 512 + 2 * 388 == Decimal("4366.40")
    pdf = pdfkit.pdf(s.pages, compress=True, title="Auftragsbestaetigung 30018842", producer="SAP NetWeaver 7.50",
                     creator="SAP Smart Forms", created="D:20261116053110+01'00'", doc_id="5ab7c9d1e3f50617283940a1b2c3d4e5")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 30018842.

Dear Sir or Madam,
please find attached our order acknowledgement 30018842.

Dies ist eine automatisch generierte E-Mail. / This is an automatically generated e-mail."""
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "AB_30018842.pdf")],
                       "=_SAP_BCS_7F3A1C0E9B2D4E58A6C1F0B3D7E92A41")
    h = hdrs("WälzTec Auftragsbearbeitung <sap-noreply@waelztec.example>", "purchasing@kestrel-spindle.example",
             "Auftragsbestätigung 30018842 zu Ihrer Bestellung KSS-PO-6671", date,
             "<5C2D1E0F9A8B7C6D5E4F3A2B1C0D9E8F.SAPBCS@sap-prd.waelztec.example>", charset="iso-8859-1", enc="Q",
             extra=[("X-Mailer", "SAP NetWeaver 7.50")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Automatic SAP mail with a Flate-compressed PDF (text partly in TJ arrays); "
                 "pos. 20 'KW 53/2026' = Friday 2027-01-01 (2026 has 53 ISO weeks), pos. 30 'KW 02/2027' = "
                 "2027-01-15; dates are ex-works ship dates; quotation validity and payment terms are traps.",
                 conf(po, {1: "A", 2: C(po, 2, d=d53), 3: C(po, 3, d=d02)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 059
@case("impression-material-csv-ack")
def c_dental_csv_ca():
    sup = Sup("FDLAUR", "Fournitures Dentaires Laurentides inc.", "commandes@fdlaurentides.example", "fr-CA")
    buy = Buyer("Karen Holt", "purchasing@brightsidedental.example", "Brightside Dental Group", tz(-6))
    po = PO("26-DNT-3455", sup, buy, "USD", "2026-11-17", [
        ("IMP-PVS-LB-50", "PVS impression material light body, 2x50 ml", 40, "BX", "24.80", "2026-12-01"),
        ("IMP-PVS-HB-50", "PVS impression material heavy body, 2x50 ml", 40, "BX", "24.80", "2026-12-01"),
        ("TIP-MIX-YEL", "Mixing tips yellow, 48/bag", 30, "BG", "11.20", "2026-12-01"),
        ("TRAY-IMP-L-12", "Impression tray, large, 12/pk", 15, "PK", "9.60", "2026-12-01"),
    ], sent_time="15:00:00")
    date = at("2026-11-18 07:02:44", tz(-5))
    csv = ("\ufeffNo_commande_client;26-DNT-3455\r\nNo_confirmation;FDL-CONF-118804\r\nDate_confirmation;2026-11-18\r\n\r\n"
           "Ligne;Notre_no_article;Votre_no_article;Description;Qte;UM;Prix_unitaire_USD;Date_livraison;Remarque\r\n"
           "10;FDL-77120;IMP-PVS-LB-50;Matériau d'empreinte PVS light body 2x50 ml;40;BTE;24,80;2026-12-01;\r\n"
           "20;FDL-77125;IMP-PVS-HB-50;Matériau d'empreinte PVS heavy body 2x50 ml;40;BTE;24,80;2026-12-01;\r\n"
           "30;FDL-30551;TIP-MIX-YEL;Embouts mélangeurs jaunes 48/sac;32;SAC;11,20;2026-12-01;Arrondi au carton de 8 sacs\r\n"
           "40;FDL-41009;TRAY-IMP-L-12;Porte-empreintes grand 12/pqt;15;PQT;9,60;2026-12-08;Rupture - nouvelle date\r\n")
    body = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande FDL-CONF-118804 (fichier CSV) pour votre bon de commande 26-DNT-3455.

Merci de votre confiance,
Service à la clientèle
Fournitures Dentaires Laurentides inc.
1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9

Ce courriel a été généré automatiquement, merci de ne pas y répondre."""
    root = M.multipart("mixed", [M.text(body, "plain", "utf-8", "quoted-printable"),
                                 M.attachment(csv.encode("utf-8"), "text/csv; charset=utf-8", "ARC_26-DNT-3455.csv")],
                       "----=_Part_55301_932004117.1795435364000")
    h = hdrs("Service à la clientèle FDL <noreply@fdlaurentides.example>", "purchasing@brightsidedental.example",
             "Accusé de réception de commande FDL-CONF-118804 / BC 26-DNT-3455", date,
             "<88104417.55302.1795435364001@erp.fdlaurentides.example>",
             extra=[("Reply-To", "commandes@fdlaurentides.example"), ("Auto-Submitted", "auto-generated")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Québec ERP mail (Auto-Submitted header, but it commits) with a semicolon CSV, BOM, "
                 "decimal commas and ISO dates; line 30 rounded up to cartons (32), line 40 new date 2026-12-08; "
                 "'2x50 ml', '48/sac' are pack specs.",
                 conf(po, {1: "A", 2: "A", 3: C(po, 3, q=32), 4: C(po, 4, d="2026-12-08")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 060
@case("candles-forwarded-plant-answer")
def c_candles_mx():
    sup = Sup("VELBAJ", "Velas Artesanales del Bajío, S.A. de C.V.", "ventas@velasbajio.example", "es-MX")
    buy = Buyer("Jennifer Ortiz", "purchasing@casaluzhome.example", "Casa Luz Home Décor LLC", tz(-6))
    po = PO("CLH-26-1408", sup, buy, "USD", "2026-11-06", [
        ("VEL-PIL-7x15-MAR", "Pillar candle 7 x 15 cm, ivory", 480, "EA", "3.10", "2026-12-04"),
        ("VEL-VOT-CIT-12", "Citronella votive, box of 12", 200, "BX", "8.40", "2026-12-04"),
        ("VEL-FLOT-4CM", "Floating candle 4 cm, white, bag of 20", 150, "BG", "2.75", "2026-12-04"),
    ], sent_time="10:20:00")
    date = at("2026-11-10 13:15:00", tz(-6))
    plant = """Mariana:
- Pilares 7x15 marfil, 480 pzas: OK para el 4/12.
- Votivas citronela caja de 12, 200 cajas: nos falta esencia, las tendríamos hasta el 11/12. Si la clienta las necesita antes, podemos mandar 100 cajas el 4/12 y 100 el 11/12.
- Flotantes 4 cm bolsa de 20, 150 bolsas: OK.

Saludos
Ing. Ramón Aguilar – Planeación, planta Celaya"""
    body = """Hola Jennifer,

Te reenvío abajo la respuesta de planta. En resumen: todo confirmado a los precios del pedido, salvo las veladoras de citronela, que salen de planta el 11 de diciembre en lugar del 4.

Saludos,
Mariana Torres
Ejecutiva de Ventas – Velas Artesanales del Bajío
Tel. +52 461 612 4480

---------- Forwarded message ---------
De: Planta Celaya <planta@velasbajio.example>
Date: lun, 9 nov 2026 a las 18:02
Subject: RE: pedido Casa Luz CLH-26-1408
To: Mariana Torres <mariana.torres@velasbajio.example>

""" + plant + """

El lun, 9 nov 2026 a las 10:20, Mariana Torres (<mariana.torres@velasbajio.example>) escribió:
> Ramón, ¿me confirmas fechas para este pedido de Casa Luz? Gracias.
>
> ---------- Forwarded message ---------
> From: Jennifer Ortiz <purchasing@casaluzhome.example>
> Date: vie, 6 nov 2026 a las 10:20
> Subject: """ + req_subject(po) + "\n>\n" + Q.gt(req_text(po, "en", "Mariana"), ">>").replace(">>", "> >") + "\n"
    html = Q.gmail_html(Q.html_paras(body.split("---------- Forwarded message ---------")[0].strip()),
                        "---------- Forwarded message ---------",
                        Q.html_lines("---------- Forwarded message ---------" + body.split("---------- Forwarded message ---------", 1)[1]))
    root = M.multipart("alternative", [M.text(body, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "000000000000b59d3e06260a18f7")
    h = hdrs("Mariana Torres <mariana.torres@velasbajio.example>", req_from(po), "Fwd: RE: pedido Casa Luz CLH-26-1408",
             date, "<CAM8nB1vC4xZ7lK0jH3gF6dS9aP2oI5uY8tR1eW4qM@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Mexican sales rep forwards the plant's internal answer: her summary commits "
                 "(citronella votives leave the plant 11 Dec, others as ordered); the plant's optional 100+100 split "
                 "was not chosen, so no schedule; forwarded chain and nested quotes.",
                 conf(po, {1: "A", 2: C(po, 2, d="2026-12-11"), 3: "A"}))
    return [po], eml, exp

# ---------------------------------------------------------------------------- 061
@case("hospital-mattresses-bottom-posted-surcharge")
def c_mattress_au():
    sup = Sup("TASMHF", "Tasman Hospital Furniture Pty Ltd", "orders@tasmanhf.example", "en-AU")
    buy = Buyer("Sophie Nguyen", "procurement@harboursidehospital.example", "Harbourside Private Hospital", tz(11))
    po = PO("HPH-PO-30871", sup, buy, "USD", "2026-11-16", [
        ("MAT-ALT-AIR-88", "Alternating air mattress system, 88 cm", 6, "EA", "1450.00", "2026-12-14"),
        ("MAT-FOAM-HD-88", "High-density foam mattress 88 x 203 x 15 cm", 20, "EA", "318.00", "2026-12-14"),
        ("COVER-MAT-PU", "Mattress cover PU, fluid-resistant", 26, "EA", "42.00", "2026-12-14"),
    ], sent_time="14:30:00")
    date = at("2026-11-18 10:05:00", tz(11))
    wd("2026-12-14", "Mon")
    assert Decimal("318.00") * Decimal("1.045") == Decimal("332.31")
    attr = "On 16 Nov 2026, at 2:30 pm, Sophie Nguyen <procurement@harboursidehospital.example> wrote:"
    reply = """Hi Sophie,

All three lines confirmed. Please note our 4.5% freight and foam surcharge applies to line 2 from 1 November, which takes the HD foam mattresses to USD 332.31 each. Lines 1 and 3 at your PO prices.

Delivery to your loading dock Monday 14/12, between 7 and 11 am.

Cheers,
Liam O'Connor
Customer Service | Tasman Hospital Furniture
1300 827 626"""
    orig = req_text(po, "en", "Tasman team")
    plain = attr + "\n\n" + Q.gt(orig) + "\n\n" + reply + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>'
            "<div><br><blockquote type=\"cite\"><div>" + Q.esc(attr) + "</div><br><div>" + Q.html_lines(orig, mono=True) +
            "</div></blockquote></div><br><div>" + Q.html_paras(reply) + "</div></body></html>\n")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "Apple-Mail=_0B7D4E21-5A3C-4F86-9E12-7C0A3B5D8F64")
    h = hdrs("Liam O'Connor <liam.oconnor@tasmanhf.example>", req_from(po), "Re: " + req_subject(po), date,
             "<A41F7C92-3D5E-4B08-8E6A-19C2D0F7B354@tasmanhf.example>", po,
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Australian Apple Mail, bottom-posted (the answer comes after the quoted PO); 4.5% "
                 "surcharge on line 2 = 332.31; 'Monday 14/12' day-first = requested; '88 x 203 x 15 cm', '7 and 11 am' "
                 "are not quantities/dates.",
                 conf(po, {1: "A", 2: C(po, 2, p="332.31"), 3: "A"}))
    return [po], eml, exp


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft-wrapped paragraph lines end with a space."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        words, cur = para.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------------------- 062
@case("blade-bolts-alloy-surcharge-pct")
def c_wind_at():
    sup = Sup("WKESTM", "Windkraft Ersatzteile Steiermark GmbH", "verkauf@wkes.example", "de-AT")
    buy = Buyer("Graham Reid", "procurement@nsts.example", "North Sea Turbine Services Ltd", tz(0))
    po = PO("NSTS-PO-10472", sup, buy, "EUR", "2026-11-12", [
        ("CARB-BRUSH-SG", "Carbon brush set, slip ring generator", 30, "ST", "74.00", "2026-12-11"),
        ("BOLT-M36x220-10.9", "Blade bolt M36 x 220, 10.9, hot-dip galvanised", 120, "EA", "28.60", "2026-12-11"),
        ("GREASE-EP2-18KG", "Bearing grease EP2, 18 kg pail", 10, "PL", "212.00", "2026-12-11"),
    ], sent_time="09:30:00")
    date = at("2026-11-13 11:47:00", tz(1))
    p2 = str(Decimal("28.60") * Decimal("1.03"))
    assert p2 == "29.4580"
    d = next_md(date, 12, 10)
    body = """Sehr geehrter Herr Reid,

danke für Ihre Bestellung NSTS-PO-10472.

Pos. 1 (Kohlebürstensatz Schleifring) und Pos. 3 (Lagerfett EP2, 18-kg-Gebinde) bestätigen wir wie bestellt.

Pos. 2 (Blattschrauben M36 x 220, 10.9, feuerverzinkt): aufgrund des aktuellen Stahlpreises verrechnen wir einen Legierungszuschlag von +3 % auf den Bestellpreis.

Liefertermin für alle Positionen: 10.12. frei Haus Aberdeen.

Mit freundlichen Grüßen
Ing. Markus Pölzl
Windkraft Ersatzteile Steiermark GmbH
Gewerbepark 3, 8401 Kalsdorf bei Graz"""
    attr = "Am 12.11.26 um 10:30 schrieb Graham Reid:"
    plain = flowed(body) + "\n\n" + attr + "\n" + Q.gt(req_text(po, "en", "Sales team")) + "\n"
    root = M.text(plain, "plain", "UTF-8", "8bit", params="; format=flowed")
    h = hdrs("Markus Pölzl <m.poelzl@wkes.example>", req_from(po), "Re: " + req_subject(po), date,
             "<3f9a1c2e-7b4d-4e05-8a61-d2c9e0b7f413@wkes.example>", po,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-AT")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Austrian Thunderbird, UTF-8 8bit format=flowed; '+3 %' alloy surcharge on the PO "
                 "price of line 2 (28.60 -> 29.458); '10.12.' without year = 2026-12-10 for all lines; 'M36 x 220', "
                 "'10.9', 'EP2', '18-kg' are specs.",
                 conf(po, {1: C(po, 1, d=d), 2: C(po, 2, p="29.458", d=d), 3: C(po, 3, d=d)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 063
@case("tpu-filament-series-discontinued-big5")
def c_filament_tw():
    sup = Sup("TW3DC", "Taiwan 3D Consumables Co., Ltd.", "sales@tw3dc.example", "zh-TW")
    buy = Buyer("Ivana Horvat", "nabava@makerlab.example", "MakerLab d.o.o.")
    po = PO("ML-26-0433", sup, buy, "USD", "2026-11-12", [
        ("TPU-95A-175-BLK", "TPU 95A filament 1.75 mm, 500 g, black", 40, "SP", "19.50", "2026-12-04"),
        ("TPU-95A-175-WHT", "TPU 95A filament 1.75 mm, 500 g, white", 40, "SP", "19.50", "2026-12-04"),
    ], sent_time="16:00:00")
    date = at("2026-11-16 09:40:00", tz(8))
    body = """Ivana 您好，

感謝您的訂單 ML-26-0433。

很抱歉通知您，TPU 95A 系列已於2026年10月停產，本訂單兩項（黑色、白色各40卷）均無法供貨，敬請見諒。

建議改用 TPU 98A 系列（1.75 mm，500 g/卷），單價 USD 20.80，報價有效期至2026年12月31日。如有需要，請重新下單。

林雅婷 Tina Lin
台灣三維耗材股份有限公司 業務部
TEL: +886-4-2358-1120

-----Original Message-----
From: Ivana Horvat <nabava@makerlab.example>
Sent: Thursday, November 12, 2026 11:00 PM
To: sales@tw3dc.example
Subject: Purchase order ML-26-0433 - please confirm

""" + req_text(po, "en", "Tina")
    root = M.text(body, "plain", "big5", "base64")
    h = hdrs("Tina Lin <tina.lin@tw3dc.example>", req_from(po), "RE: Purchase order ML-26-0433 - please confirm", date,
             "<001901dd5873$4c2a1e70$e47e5b50$@tw3dc.example>", po, charset="big5",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")])
    eml = M.message(h, root)
    exp = expect("confirmation", "Traditional Chinese, Big5 base64: the whole PO is declined (series discontinued) – "
                 "a rejection is an answer, so kind confirmation with both lines rejected; the alternative's price "
                 "and quote validity date are not a commitment to this PO.",
                 conf(po, {1: "R", 2: "R"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 064
@case("lfp-cells-weeks-from-order")
def c_battery_br():
    sup = Sup("BATVAL", "Baterias do Vale Ltda.", "vendas@bateriasdovale.example", "pt-BR")
    buy = Buyer("Lena Vogt", "einkauf@voltaris.example", "Voltaris Energy GmbH")
    po = PO("VE-4510-0094", sup, buy, "EUR", "2026-11-05", [
        ("CELL-LFP-280AH", "LiFePO4 prismatic cell 3.2 V 280 Ah", 64, "EA", "78.00", "2026-12-01"),
        ("BUSBAR-CU-72", "Copper busbar 72 mm, nickel-plated", 80, "EA", "1.45", "2026-12-01"),
    ], sent_time="10:00:00")
    date = at("2026-11-09 10:10:00", tz(-3))
    d1 = plus_days(po.issued, 42)
    assert d1 == "2026-12-17"
    d2 = wd("2026-11-11", "Wed")   # two business days after Monday 9 Nov
    body = """Prezada Lena,

Obrigado pelo pedido VE-4510-0094. Seguem as condições confirmadas:

Item 1 – Célula LiFePO4 prismática 3,2 V 280 Ah: 64 unidades, preço mantido (EUR 78,00/un.). Prazo de entrega: 6 semanas a partir da data do pedido.
Item 2 – Barramento de cobre 72 mm niquelado: 80 unidades, EUR 1,45/un., pronta entrega – embarque em 2 dias úteis.

Atenciosamente,
Rafael Nogueira
Baterias do Vale Ltda. – Comercial Exportação
São José dos Campos – SP"""
    attr = "Em qui., 5 de nov. de 2026 às 06:00, Lena Vogt <einkauf@voltaris.example> escreveu:"
    orig = req_text(po, "en", "Rafael")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "00000000000073a9c20625ec5d18")
    h = hdrs("Rafael Nogueira <rafael.nogueira@bateriasdovale.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAP5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Brazilian Portuguese; lead time '6 semanas a partir da data do pedido' = PO date "
                 "05/11 + 42 days = 2026-12-17; line 2 ships 'em 2 dias úteis' from Monday 9 Nov = Wed 11 Nov (ship "
                 "date only); '3,2 V 280 Ah', '72 mm' are specs.",
                 conf(po, {1: C(po, 1, d=d1), 2: C(po, 2, d=d2)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 065
@case("aloe-gel-questions-before-booking")
def c_question_mx():
    sup = Sup("QCNORT", "Química Cosmética del Norte, S.A. de C.V.", "ventas@qcnorte.example", "es-MX")
    buy = Buyer("Laura Méndez", "purchasing@bellabotanica.example", "Bella Botanica Labs Inc.", tz(-6))
    po = PO("BBL-PO-2026-388", sup, buy, "USD", "2026-11-18", [
        ("ALOE-GEL-200X", "Aloe vera gel concentrate 200:1", 400, "KG", "9.80", "2026-12-11"),
        ("VIT-E-ACET", "Tocopheryl acetate (vitamin E acetate)", 50, "KG", "18.40", "2026-12-11"),
    ], sent_time="16:45:00")
    date = at("2026-11-19 11:05:00", tz(-6))
    body = """Hola Laura, buen día.

Gracias por tu orden BBL-PO-2026-388. Antes de darla de alta en sistema necesito que me ayudes con dos puntos:

1. ¿La entrega es en Laredo, TX (cruce por nuestra cuenta) o en nuestra planta de Monterrey (EXW)? El precio que manejas es el de Laredo, pero el PDF dice "EXW Monterrey".
2. El gel de aloe 200:1, ¿lo necesitas en tambor de 200 kg o en porrón de 25 kg? El precio cambia según la presentación.

En cuanto me confirmes te mando la confirmación con fechas. Por capacidad de planta estaríamos hablando de unas 3 semanas.

Saludos,
Daniela Garza
Ventas Nacionales y Exportación
Química Cosmética del Norte, S.A. de C.V. – Apodaca, N.L."""
    attr = "El mié, 18 nov 2026 a las 16:45, Laura Méndez (<purchasing@bellabotanica.example>) escribió:"
    orig = req_text(po, "en", "Daniela")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "000000000000f4e21b0626314a9c")
    h = hdrs("Daniela Garza <dgarza@qcnorte.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAA7cV0bN3mQ6wE9rT2yU5iO8pA1sD4fG7hJ0kL3zX@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "Mexican Spanish: two questions (delivery point, pack size) before the order is "
                 "booked; 'unas 3 semanas' is an estimate, not a commitment; '200:1' is a concentration.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 066
@case("hvac-filters-contradictory-dates")
def c_contradict_us():
    sup = Sup("MWAIR", "Midwest Air Filtration Inc.", "orders@midwestairfilt.example", "en-US")
    buy = Buyer("Brian Hall", "purchasing@prairiefacilities.example", "Prairie Facilities Group", tz(-6))
    po = PO("PFG-26-7720", sup, buy, "USD", "2026-11-18", [
        ("MW-M8-20x25x2", "Pleated filter MERV 8, 20x25x2, 12/case", 40, "CS", "38.40", "2026-12-10"),
        ("MW-M13-20x20x2", "Pleated filter MERV 13, 20x20x2, 12/case", 25, "CS", "61.20", "2026-12-10"),
    ], sent_time="13:20:00")
    date = at("2026-11-20 09:12:00", tz(-6))
    body = """Brian,

Thanks for the PO. We can have everything to you on 12/10 as requested.

Order summary from our system:

Item              Cases  Price/cs  Est. ship
MW-M8-20x25x2        40     38.40  12/17
MW-M13-20x20x2       25     61.20  12/17

FYI the MERV 13 20x20x2 is on allocation from our media supplier right now, so I can't promise anything on those until I hear back from them.

Regards,
Kevin Dorsey
Midwest Air Filtration Inc. | Customer Service
Omaha, NE | 402-555-0163"""
    attr = "On Wed, Nov 18, 2026 at 1:20 PM Brian Hall <purchasing@prairiefacilities.example> wrote:"
    orig = req_text(po, "en", "Kevin")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    html = Q.gmail_html(Q.html_lines(body, mono=True), attr, Q.html_lines(orig, mono=True))
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(html, "html", "UTF-8", "quoted-printable")],
                       "0000000000001c7f8e06264ad301")
    h = hdrs("Kevin Dorsey <kdorsey@midwestairfilt.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAB2xN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "Contradictory: 'everything to you on 12/10' but the system table ships both lines "
                 "12/17 (after the promised delivery), and the MERV 13 line is then said to be unpromisable; a "
                 "careful buyer cannot tell what was committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 067
@case("patch-cords-mobile-will-reply-zh-tw")
def c_willreply_tw():
    sup = Sup("FORMFO", "Formosa Fiber Optics Co., Ltd.", "sales@formosafiber.example", "zh-TW")
    buy = Buyer("Johan Lindqvist", "purchasing@nordnetfibre.example", "NordNet Fibre AB")
    po = PO("NNF-2611-071", sup, buy, "USD", "2026-11-19", [
        ("MPO-12F-OM4-5M", "MPO-12F trunk cable OM4, 5 m", 60, "EA", "18.60", "2026-12-18"),
        ("LC-LC-OM4-2M", "Patch cord LC/UPC-LC/UPC OM4 duplex, 2 m", 400, "EA", "1.34", "2026-12-18"),
    ], sent_time="16:00:00")
    date = at("2026-11-20 08:03:00", tz(8))
    body = """收到，我們確認交期後再回覆您。

Sent from my iPhone

> On Nov 19, 2026, at 11:00 PM, Johan Lindqvist <purchasing@nordnetfibre.example> wrote:
>
""" + Q.gt(req_text(po, "en", "Formosa team")) + "\n"
    root = M.text(body, "plain", "utf-8", "base64")
    h = hdrs("Kevin Wu <kevin.wu@formosafiber.example>", req_from(po), "Re: " + req_subject(po), date,
             "<F7C2A90B-41D3-4E8F-B6A5-0C9D1E2F3A47@formosafiber.example>", po,
             extra=[("X-Mailer", "iPhone Mail (22B91)")])
    eml = M.message(h, root)
    exp = expect("needs_review", "Traditional Chinese one-liner from a phone: 'received, we will reply after "
                 "confirming the delivery dates' – a person, not an auto-reply, and no commitment.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 068
@case("cleanroom-gloves-price-rise-needs-approval")
def c_conditional_ko():
    sup = Sup("DSCLNW", "Daesung Cleanwear Co., Ltd.", "sales@dscleanwear.example", "ko-KR")
    buy = Buyer("Mihai Ionescu", "achizitii@medisterile.example", "Medisterile Pharma S.A.", tz(2))
    po = PO("MSP/2026/1160", sup, buy, "EUR", "2026-11-16", [
        ("DS-GLV-NIT-CR-M", "Cleanroom nitrile gloves ISO 4, size M, 100 pcs/bag", 200, "BG", "4.80", "2026-12-18"),
        ("DS-MASK-CR-EL", "Cleanroom face mask, ear-loop", 5000, "EA", "0.25", "2026-12-18"),
    ], sent_time="09:00:00")
    date = at("2026-11-18 10:20:00", tz(9))
    assert round(Decimal("4.80") * Decimal("1.08"), 2) == Decimal("5.18") and Decimal("0.25") * Decimal("1.08") == Decimal("0.27")
    body = """Mihai Ionescu 님께,

발주서 MSP/2026/1160 잘 받았습니다.

다만 원자재(니트릴) 가격 인상으로 2026년 12월 1일 출하분부터 단가가 8% 인상됩니다.
인상된 단가(1번 품목 EUR 5.18, 2번 품목 EUR 0.27)를 승인해 주시면 주문을 확정하고 납기를 회신드리겠습니다.

감사합니다.
김민서 드림

Daesung Cleanwear Co., Ltd. | Overseas Sales
경기도 안산시 단원구 산단로 163"""
    attr = "2026년 11월 16일 (월) 오후 4:00, Mihai Ionescu <achizitii@medisterile.example>님이 작성:"
    orig = req_text(po, "en", "Daesung team")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "base64"),
                                       M.text(Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True)),
                                              "html", "UTF-8", "base64")],
                       "000000000000e5b2a70626193c4d")
    h = hdrs("김민서 <minseo.kim@dscleanwear.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAC0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "Korean conditional answer: 8% price rise must be approved first, only then will "
                 "the order be confirmed and dates given; the 12월 1일 date is when the increase applies.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 069
@case("seed-trays-week-50-or-51")
def c_ambiguous_sv():
    sup = Sup("PLPACK", "Plantpack Sverige AB", "order@plantpack.example", "sv-SE")
    buy = Buyer("Mark Ellis", "buying@greenvalleynurseries.example", "Green Valley Nurseries Ltd", tz(0))
    po = PO("GVN-2026-3360", sup, buy, "EUR", "2026-11-17", [
        ("PP-TRAY-104", "Seed tray 104 cells, reusable PP", 800, "EA", "0.74", "2026-12-11"),
        ("PP-TRAY-60D", "Seed tray 60 cells, deep", 600, "EA", "0.82", "2026-12-11"),
    ], sent_time="10:00:00")
    date = at("2026-11-19 14:22:00", tz(1))
    body = """Hej Mark,

Tack för ordern! Vi räknar med leverans vecka 50, eventuellt vecka 51 – det beror på när nästa granulatleverans kommer in. Priserna stämmer. Jag hör av mig så fort jag vet mer.

Hälsningar
Oskar Lund
Plantpack Sverige AB, Ljungby"""
    attr = "Den tis 17 nov. 2026 kl 10:00 skrev Mark Ellis <buying@greenvalleynurseries.example>:"
    orig = req_text(po, "en", "Oskar")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True)),
                                              "html", "UTF-8", "quoted-printable")],
                       "0000000000009a4c1f06262c8e15")
    h = hdrs("Oskar Lund <oskar.lund@plantpack.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAE3wR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("needs_review", "Swedish: 'vecka 50, eventuellt vecka 51' depending on raw material – the date is "
                 "not committed (prices are), so a human has to follow up.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 070
@case("bread-bags-accepted-for-processing-pl")
def c_later_pl():
    sup = Sup("OPKKRA", "Opakowania Piekarnicze Kraków Sp. z o.o.", "biuro@opk-krakow.example", "pl-PL")
    buy = Buyer("Tomasz Zieliński", "zakupy@zlotyklos.example", "Piekarnia Złoty Kłos")
    po = PO("ZK/11/2026/17", sup, buy, "EUR", "2026-11-19", [
        ("TOR-CHL-50", "Paper bread bag 50 cm, white, with window", 10000, "EA", "0.038", "2026-12-07"),
        ("KART-TORT-32", "Cake box 32 x 32 x 12 cm", 1500, "EA", "0.41", "2026-12-07"),
    ], sent_time="13:00:00")
    date = at("2026-11-20 09:40:00", tz(1))
    wd("2026-11-24", "Tue")
    body = """Dzień dobry,

zamówienie ZK/11/2026/17 zostało przyjęte do realizacji. Potwierdzenie terminów dostaw i cen prześlemy po analizie dostępności tektury, najpóźniej we wtorek 24.11.

Z poważaniem
Biuro Obsługi Klienta
Opakowania Piekarnicze Kraków Sp. z o.o.
ul. Półłanki 64, 30-740 Kraków"""
    root = M.text(body + "\n", "plain", "iso-8859-2", "quoted-printable")
    h = hdrs("Biuro Obsługi Klienta OPK <biuro@opk-krakow.example>", req_from(po), "Re: " + req_subject(po), date,
             "<20261120084001.7A3F21C0@opk-krakow.example>", po, charset="iso-8859-2", enc="Q",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = M.message(h, root)
    exp = expect("needs_review", "Polish 'przyjęte do realizacji' sounds like acceptance, but dates and prices are "
                 "explicitly to follow by Tuesday 24.11 – a promise of a later confirmation; '32 x 32 x 12 cm' is a size.")
    return [po], eml, exp

# ---------------------------------------------------------------------------- 071
@case("care-mattress-which-variant")
def c_question_gb():
    sup = Sup("PENMED", "Pennine Medical Furniture Ltd", "sales@penninemedical.example", "en-GB")
    buy = Buyer("Rachel Moore", "procurement@meadowviewcare.example", "Meadowview Care Group", tz(0))
    po = PO("MCG-PO-7730", sup, buy, "GBP", "2026-11-23", [
        ("PMF-BED-LOW", "Low profiling bed with side rails", 4, "EA", "1080.00", "2026-12-14"),
        ("PMF-MAT-STD", "Hybrid pressure-redistributing mattress", 4, "EA", "289.00", "2026-12-14"),
    ], sent_time="16:10:00")
    date = at("2026-11-24 10:02:00", tz(0))
    body = """Hi Rachel,

Thanks for the order. Before I book it in – line 2 has our code PMF-MAT-STD (the standard foam mattress, £189) but the description and price on your PO are for the hybrid (PMF-MAT-HYB, £289). Which one do you want?

Also, do you need the beds assembled on site? That's £45 per bed.

Once I know, I'll send the acknowledgement with dates.

Best,
Owen Pritchard
Sales Coordinator | Pennine Medical Furniture Ltd
Unit 12, Calder Park, Wakefield WF2 7AW | 01924 555 310"""
    sent = "23 November 2026 16:10"
    to = "sales@penninemedical.example"
    orig = req_text(po, "en", "Owen")
    plain = body + "\n\n" + Q.outlook_block_text("en", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("en", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>")
    root = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_CWLP265MB6104D3E2F1A0B94C8D7E6F5A4B32CWLP265MB6104GBRP_")
    h = hdrs("Owen Pritchard <owen.pritchard@penninemedical.example>", req_from(po), "RE: " + req_subject(po), date,
             "<CWLP265MB6104D3E2F1A0B94C8D7E6F5A4B32@CWLP265MB6104.GBRP265.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "en-GB")])
    eml = M.message(h, root)
    exp = expect("needs_review", "British supplier spots a code/description mismatch on line 2 and asks which "
                 "mattress is wanted (plus an assembly question); nothing is booked yet.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 072
@case("care-beds-prepayment-condition")
def c_prepay_tr():
    sup = Sup("EGEHAS", "Ege Hastane Mobilyaları A.Ş.", "ihracat@egehastane.example", "tr-TR")
    buy = Buyer("Anna Berg", "inkop@nordiccarehomes.example", "Nordic Care Homes AB")
    po = PO("NCH-PO-5560", sup, buy, "EUR", "2026-11-20", [
        ("EH-BED-ELK-90", "Electric hospital bed 90 x 200, 3-motor", 8, "EA", "2450.00", "2027-01-22"),
        ("EH-MAT-VISCO-90", "Visco mattress 90 x 200 x 16", 8, "EA", "235.00", "2027-01-22"),
    ], sent_time="10:00:00")
    date = at("2026-11-23 11:00:00", tz(3))
    total = 8 * Decimal("2450.00") + 8 * Decimal("235.00")
    assert total * Decimal("0.30") == Decimal("6444.0000")
    body = """Sayın Anna Berg,

NCH-PO-5560 numaralı siparişiniz için teşekkür ederiz.

Yeni müşterilerimizde siparişleri %30 peşin ödeme ile onaylayabiliyoruz. Peşinat (EUR 6.444,00) hesabımıza geçtikten sonra üretim planlanacak ve teslim süresi 4 hafta olarak kesinleşecektir. Proforma faturamızı ayrıca göndereceğiz.

Onayınızı bekliyoruz.

Saygılarımızla,
Burak Yılmaz
İhracat Müdürü
Ege Hastane Mobilyaları A.Ş. – Kemalpaşa OSB, İzmir"""
    attr = "Anna Berg <inkop@nordiccarehomes.example>, 20 Kas 2026 Cum, 12:00 tarihinde şunu yazdı:"
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(req_text(po, "en", "Sales team")) + "\n"
    root = M.text(plain, "plain", "windows-1254", "quoted-printable")
    h = hdrs("Burak Yılmaz <burak.yilmaz@egehastane.example>", req_from(po), "Ynt: " + req_subject(po), date,
             "<CAF6gH9jK2lZ5xC8vB1nM4qW7eR0tY3uI6oP9aS2dF@mail.gmail.com>", po, charset="windows-1254")
    eml = M.message(h, root)
    exp = expect("needs_review", "Turkish conditional acceptance: the order is only confirmed after a 30 % "
                 "prepayment (EUR 6.444,00), lead time '4 hafta' counts from payment, so no date is committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 073
@case("pressroom-chemicals-prices-only-dates-follow")
def c_dates_follow_de():
    sup = Sup("PRCHEM", "Pressroom Chemie GmbH", "vertrieb@pressroom-chemie.example", "de-DE")
    buy = Buyer("Frank Lindner", "einkauf@druckerei-lindner.example", "Druckerei Lindner KG")
    po = PO("4500232601", sup, buy, "EUR", "2026-11-23", [
        ("FM-ZUSATZ-10", "Feuchtmittelzusatz alkoholfrei, 10-l-Kanister", 12, "KN", "18.90", "2026-12-04"),
        ("PLR-1L", "Plattenreiniger, 1 l", 24, "L", "11.40", "2026-12-04"),
    ], sent_time="08:30:00")
    date = at("2026-11-25 14:30:00", tz(1))
    body = """Sehr geehrter Herr Lindner,

vielen Dank für Ihre Bestellung 4500232601. Die Preise bestätigen wir Ihnen gerne wie bestellt (Feuchtmittelzusatz 18,90 €/Kanister, Plattenreiniger 11,40 €/l).

Die Liefertermine können wir Ihnen erst nach Rückmeldung unseres Vorlieferanten Anfang nächster Woche nennen; Sie erhalten dann die formelle Auftragsbestätigung.

Mit freundlichen Grüßen
Claudia Brandt
Vertriebsinnendienst
Pressroom Chemie GmbH · Hafenstraße 21 · 68159 Mannheim"""
    sent = "Montag, 23. November 2026 08:30"
    to = "vertrieb@pressroom-chemie.example"
    orig = req_text(po, "de")
    plain = body + "\n\n" + Q.outlook_block_text("de", req_from(po), sent, to, req_subject(po, "de")) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("de", req_from(po), sent, to, req_subject(po, "de")),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>", "DE")
    root = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "_000_BEZP281MB2241C9D8E7F6A54B3C2D1E0F9A8BBEZP281MB2241DEUP_")
    h = hdrs("Claudia Brandt <c.brandt@pressroom-chemie.example>", req_from(po), "AW: " + req_subject(po, "de"), date,
             "<BEZP281MB2241C9D8E7F6A54B3C2D1E0F9A8B@BEZP281MB2241.DEUP281.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "de-DE")])
    eml = M.message(h, root)
    exp = expect("needs_review", "German: prices confirmed but delivery dates and the formal acknowledgment are "
                 "promised for next week – only half an answer, so a human must follow up.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 074
@case("brewing-malt-prices-only-confirmed")
def c_prices_only_nl():
    sup = Sup("HOLHOP", "Hollandse Hop & Mout B.V.", "verkoop@hollandsehopmout.example", "nl-NL")
    buy = Buyer("Jeroen Visser", "inkoop@kromme-haring.example", "Brouwerij De Kromme Haring")
    po = PO("KH-2026-144", sup, buy, "EUR", "2026-11-16", [
        ("MOUT-PILS-25", "Pilsmout, zak 25 kg", 60, "ZAK", "18.90", "2026-12-02"),
        ("MOUT-MUN-25", "Munich mout 15 EBC, zak 25 kg", 20, "ZAK", "20.40", "2026-12-02"),
        ("HOP-SAAZ-T90-5", "Saaz T90 pellets, pak 5 kg", 4, "PAK", "96.00", "2026-12-02"),
    ], sent_time="11:00:00")
    date = at("2026-11-18 10:00:00", tz(1))
    body = """Goedemorgen Jeroen,

Hierbij bevestigen wij jullie order KH-2026-144 tegen de volgende prijzen:

Pilsmout 25 kg          € 18,90 per zak
Munich mout 25 kg       € 21,10 per zak (nieuwe oogstprijs)
Saaz T90 5 kg           € 96,00 per pak

Met vriendelijke groet,
Sanne de Vries
Hollandse Hop & Mout B.V. | Binnendienst
Nijverheidsweg 18, 3771 ME Barneveld"""
    attr = "Op ma 16 nov 2026 om 11:00 schreef Jeroen Visser <inkoop@kromme-haring.example>:"
    orig = req_text(po, "en", "Sanne")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(Q.gmail_html(Q.html_lines(body, mono=True), attr, Q.html_lines(orig, mono=True)),
                                              "html", "UTF-8", "quoted-printable")],
                       "0000000000004f8e2c06262e71b3")
    h = hdrs("Sanne de Vries <sanne@hollandsehopmout.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAG9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "Dutch: 'hierbij bevestigen wij jullie order ... tegen de volgende prijzen' confirms "
                 "the order and speaks only of prices; dates are not contested, so the order stands with the requested "
                 "dates; Munich malt gets a new price. '15 EBC', 'T90', '25 kg' are specs.",
                 conf(po, {1: "A", 2: C(po, 2, p="21.10"), 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 075
@case("dental-lots-expiry-48h-service")
def c_dental_gb():
    sup = Sup("THMDEN", "Thames Dental Wholesale Ltd", "orders@thamesdental.example", "en-GB")
    buy = Buyer("Priya Shah", "purchasing@kensaldental.example", "Kensal Dental Practices Ltd", tz(0))
    po = PO("KDP-26-1185", sup, buy, "GBP", "2026-11-20", [
        ("TDW-GIC-FIL-A3", "Glass ionomer filling kit, shade A3", 10, "KT", "38.50", "2026-11-30"),
        ("TDW-LA-ART-50", "Articaine 4% 1:100,000, 50 cartridges", 20, "BX", "27.90", "2026-11-30"),
        ("TDW-BIB-2PLY", "Patient bibs 2-ply, 500/case", 6, "CS", "21.00", "2026-11-30"),
    ], sent_time="12:15:00")
    date = at("2026-11-24 15:45:00", tz(0))
    wd("2026-11-26", "Thu")
    wd("2026-11-30", "Mon")
    body = """Hi Priya,

Thanks for your order KDP-26-1185 – all three lines are in stock.

GIC kits A3: lot GK2609-14, exp. 03/2028
Articaine 4% 1:100,000: lot AR26-0771, exp. 31/08/2028 – please note the price has gone up to £28.75 per box from 1 November.
Bibs: no lot (non-sterile)

Despatch Thursday 26/11 on a 48-hour service, so with you by Monday 30/11.

Kind regards,
Ellie Marsh
Customer Services | Thames Dental Wholesale Ltd
0208 555 0119 | Mon-Fri 8.30-17.00"""
    sent = "20 November 2026 12:15"
    to = "orders@thamesdental.example"
    orig = req_text(po, "en", "Thames Dental")
    plain = body + "\n\n" + Q.outlook_block_text("en", req_from(po), sent, to, req_subject(po)) + "\n\n" + orig + "\n"
    html = Q.outlook_html(Q.html_paras(body, "MsoNormal"),
                          Q.outlook_block_html("en", req_from(po), sent, to, req_subject(po)),
                          '<p class="MsoNormal">' + Q.html_lines(orig, mono=True) + "</p>")
    root = M.multipart("alternative", [M.text(plain, "plain", "windows-1252", "quoted-printable"),
                                       M.text(html, "html", "windows-1252", "quoted-printable")],
                       "_000_LO3P265MB2187E6F5A4B3C21D0E9F8A7B6C5DLO3P265MB2187GBRP_")
    h = hdrs("Ellie Marsh <ellie.marsh@thamesdental.example>", req_from(po), "RE: " + req_subject(po), date,
             "<LO3P265MB2187E6F5A4B3C21D0E9F8A7B6C5D@LO3P265MB2187.GBRP265.PROD.OUTLOOK.COM>", po,
             extra=[("Content-Language", "en-GB")])
    eml = M.message(h, root)
    exp = expect("confirmation", "British dental wholesaler: lot numbers and expiry dates (03/2028, 31/08/2028) are not "
                 "delivery dates; despatch 26/11 but 'with you by Monday 30/11' (= requested); articaine price up; "
                 "'4% 1:100,000', '2-ply', '500/case' are traps.",
                 conf(po, {1: "A", 2: C(po, 2, p="28.75"), 3: "A"}))
    return [po], eml, exp


# ---------------------------------------------------------------------------- 076
@case("care-beds-shipping-notice-other-order")
def c_shipnotice_fi():
    sup = Sup("HOIVAK", "Hoivakaluste Oy", "myynti@hoivakaluste.example", "fi-FI")
    buy = Buyer("Anna Berg", "inkop@nordiccarehomes.example", "Nordic Care Homes AB")
    po = PO("NCH-PO-5577", sup, buy, "EUR", "2026-11-18", [
        ("BED-EL-4S-90", "Electric care bed, 4-section, 90 x 200 cm", 4, "EA", "1890.00", "2027-01-11"),
        ("MAT-VISCO-90-14", "Pressure-relief mattress viscoelastic 90 x 200 x 14 cm", 4, "EA", "265.00", "2027-01-11"),
    ], sent_time="09:00:00")
    date = at("2026-11-24 07:15:00", tz(2))
    body = """LÄHETYSILMOITUS / SHIPPING NOTICE

Tilauksenne / Your order:     NCH-PO-5498
Tilausvahvistus / Our ref.:   TV-26-03311
Lähetys / Shipment:           LÄH-26-08814
Lähetetty / Shipped:          24.11.2026
Arvioitu toimitus / ETA:      27.11.2026
Kuljetusliike / Carrier:      Schenker, seurantanumero 1Z8841027736

Rivi  Tuote            Määrä
1     BED-EL-4S-90     6 kpl
2     MAT-VISCO-90-14  6 kpl

Ystävällisin terveisin / Best regards
Hoivakaluste Oy, logistiikka
Tämä viesti on lähetetty automaattisesti."""
    root = M.text(body, "plain", "iso-8859-1", "quoted-printable")
    h = hdrs("Hoivakaluste Oy - Logistiikka <logistiikka@hoivakaluste.example>", "inkop@nordiccarehomes.example",
             "Lähetysilmoitus LÄH-26-08814 / tilaus NCH-PO-5498", date, "<LAH-26-08814.20261124071500@wms.hoivakaluste.example>",
             charset="iso-8859-1", enc="Q", extra=[("Auto-Submitted", "auto-generated")])
    eml = M.message(h, root)
    exp = expect("unrelated", "Finnish/English automatic shipping notice for a different order (NCH-PO-5498) with "
                 "the same item codes as the open PO NCH-PO-5577; shipped/ETA dates belong to that other order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 077
@case("bakery-film-delayed-delivery-warning")
def c_delayed_dsn():
    sup = Sup("FOURNL", "Fournil Emballages SAS", "contact@fournil-emballages.example", "fr-FR")
    buy = Buyer("Sophie Dumont", "achats@dumont-boulangerie.example", "Boulangerie Dumont SRL")
    po = PO("BAD-2026-0095", sup, buy, "EUR", "2026-11-25", [
        ("FILM-ETIR-450", "Film étirable alimentaire 450 mm x 300 m", 24, "RL", "7.60", "2026-12-09"),
        ("PAP-CUIS-60x40", "Papier cuisson 60 x 40 cm, 500 feuilles", 10, "PQ", "19.80", "2026-12-09"),
    ], sent_time="10:05:03")
    date = at("2026-11-25 14:10:00", tz(1))
    text_part = """This is the mail system at host mx.dumont-boulangerie.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<contact@fournil-emballages.example>: connect to
    mx.fournil-emballages.example[192.0.2.41]:25: Connection timed out
"""
    ds = """Reporting-MTA: dns; mx.dumont-boulangerie.example
X-Postfix-Queue-ID: 4ZsK2p1Hq8z3Rt
X-Postfix-Sender: rfc822; achats@dumont-boulangerie.example
Arrival-Date: Wed, 25 Nov 2026 10:05:03 +0100 (CET)

Final-Recipient: rfc822; contact@fournil-emballages.example
Original-Recipient: rfc822;contact@fournil-emballages.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.fournil-emballages.example[192.0.2.41]:25:
    Connection timed out
Will-Retry-Until: Mon, 30 Nov 2026 10:05:03 +0100 (CET)
"""
    orig_h = ("From: Sophie Dumont <achats@dumont-boulangerie.example>\nTo: contact@fournil-emballages.example\n"
              "Subject: " + M.ew(req_subject(po, "fr")).replace("\r\n", "\n") + "\nDate: Wed, 25 Nov 2026 10:05:03 +0100\n"
              "Message-ID: " + po.req_id + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    root = M.multipart("report", [
        M.raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], text_part),
        M.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        M.raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig_h),
    ], "4ZsK2p1Hq8z3Rt.1795525800/mx.dumont-boulangerie.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")
    h = hdrs("MAILER-DAEMON@mx.dumont-boulangerie.example (Mail Delivery System)", "achats@dumont-boulangerie.example",
             "Delayed Mail (still being retried)", date, "<20261125131000.3B1F8C0420@mx.dumont-boulangerie.example>",
             pre=[("Return-Path", "<>")], extra=[("Auto-Submitted", "auto-replied")])
    eml = M.message(h, root)
    exp = expect("bounce", "Postfix delay warning (Action: delayed, 4.4.1) – still a delivery status notification; "
                 "the retry-until date is not a supplier date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 078
@case("glassworks-christmas-closure-notice")
def c_closure_cz():
    sup = Sup("SKLVYS", "Sklárny Vysočina a.s.", "obchod@sklarny-vysocina.example", "cs-CZ")
    buy = Buyer("Ingrid Hofer", "einkauf@weingut-hofer.example", "Weingut Hofer, Krems")
    po = PO("W-2611-19", sup, buy, "EUR", "2026-11-16", [
        ("BT-BURG-750-FG", "Burgundy bottle 0.75 l feuille morte, 29 mm crown", 8000, "EA", "0.251", "2027-02-12"),
    ], sent_time="10:00:00")
    date = at("2026-11-26 10:00:00", tz(1))
    body = """Vážení obchodní partneři,

dovolujeme si Vás informovat, že v době od 23. 12. 2026 do 3. 1. 2027 bude naše společnost uzavřena z důvodu celozávodní dovolené. Poslední expedice v letošním roce proběhne 21. 12. 2026, první expedice v novém roce 5. 1. 2027.

Objednávky přijaté do 11. 12. 2026 vyřídíme ještě v letošním roce dle dostupnosti zboží.

Děkujeme za spolupráci v roce 2026 a přejeme klidné prožití vánočních svátků.

Sklárny Vysočina a.s.
Havlíčkův Brod"""
    html = ("<html><body style=\"font-family:Verdana;font-size:10pt\">" + Q.html_paras(body) +
            "<p><img src=\"cid:pf-logo\" alt=\"PF 2027\"></p></body></html>")
    root = M.multipart("alternative", [M.text(body, "plain", "utf-8", "quoted-printable"),
                                       M.text(html, "html", "utf-8", "quoted-printable")],
                       "=_alt_6f3c1a0e9d2b4c58")
    h = hdrs("Sklárny Vysočina - obchod <obchod@sklarny-vysocina.example>", "undisclosed-recipients:;",
             "Provoz o Vánocích 2026 / celozávodní dovolená", date, "<pf2027.20261126100000@sklarny-vysocina.example>",
             extra=[("Precedence", "bulk")])
    eml = M.message(h, root)
    exp = expect("unrelated", "Czech holiday-closure circular to all customers from a supplier with an open PO; "
                 "last/first dispatch dates are general, not a commitment for W-2611-19.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 079
@case("busbars-ticket-protocol-autoreply")
def c_protocol_br():
    sup = Sup("BATVAL", "Baterias do Vale Ltda.", "vendas@bateriasdovale.example", "pt-BR")
    buy = Buyer("Lena Vogt", "einkauf@voltaris.example", "Voltaris Energy GmbH")
    po = PO("VE-4510-0101", sup, buy, "EUR", "2026-11-24", [
        ("BUSBAR-CU-72", "Copper busbar 72 mm, nickel-plated", 200, "EA", "1.45", "2026-12-18"),
        ("CELL-LFP-280AH", "LiFePO4 prismatic cell 3.2 V 280 Ah", 32, "EA", "78.00", "2027-01-29"),
    ], sent_time="13:00:00")
    date = at("2026-11-24 09:01:00", tz(-3))
    body = """Olá!

Recebemos sua mensagem e ela foi registrada sob o protocolo nº 2026-118734.
Nossa equipe comercial responderá em até 48 horas úteis.

Horário de atendimento: segunda a sexta-feira, das 8h às 17h30.

Esta é uma mensagem automática, por favor não responda.

Baterias do Vale Ltda."""
    root = M.multipart("alternative", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                       M.text("<html><body>" + Q.html_paras(body) + "</body></html>", "html",
                                              "iso-8859-1", "quoted-printable")],
                       "b1_6f0a2c4e8d1b3f5a7c9e0d2b4f6a8c1e")
    h = hdrs("Atendimento Baterias do Vale <atendimento@bateriasdovale.example>", req_from(po),
             "[Protocolo 2026-118734] Re: " + req_subject(po), date, "<protocolo-2026-118734@bateriasdovale.example>", po,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
    eml = M.message(h, root)
    exp = expect("auto_reply", "Brazilian shared-inbox auto-acknowledgment with a ticket ('protocolo') number and "
                 "'48 horas úteis' – no answer to the PO.")
    return [po], eml, exp


# ---------------------------------------------------------------------------- 080
@case("bottles-per-case-caps-per-thousand")
def c_brewery_us():
    sup = Sup("CASCBS", "Cascade Brewers Supply Co.", "orders@cascadebrewsupply.example", "en-US")
    buy = Buyer("Nate Olsen", "purchasing@harborlightbrewing.example", "Harbor Light Brewing", tz(-8))
    po = PO("HLB-2026-0566", sup, buy, "USD", "2026-11-17", [
        ("BTL-12OZ-AMB", "Bottle 12 oz amber, long neck", 14400, "EA", "0.59", "2026-12-04"),
        ("CAP-26MM-OXY", "Crown cap 26 mm, oxygen-absorbing, gold", 15000, "EA", "0.0225", "2026-12-04"),
        ("CTN-6PK-12OZ", "6-pack carrier, 12 oz, kraft", 2400, "EA", "0.31", "2026-12-04"),
    ], sent_time="14:00:00")
    date = at("2026-11-18 11:30:00", tz(-8))
    assert Decimal("14.16") / 24 == Decimal("0.59") and 600 * 24 == 14400
    d3 = next_md(date, 1, 8)
    assert d3 == "2027-01-08"
    body = """Hey Nate,

Got your PO HLB-2026-0566, here's where we're at:

1) 12 oz amber LN - 600 cases of 24 = 14,400 bottles at $14.16/case, ships 12/2 on our truck, you'll have them 12/4.
2) 26mm oxygen-absorbing caps, gold - price went up, now $23.50/M. 15 bags of 1,000. Same truck.
3) 6-pack carriers - these are backordered till 1/8, we'll deliver them then.

Let me know if you have questions.

Thanks,
Rosa Delgado
Cascade Brewers Supply Co. | Portland, OR | (503) 555-0144"""
    attr = "On Tue, Nov 17, 2026 at 2:00 PM Nate Olsen <purchasing@harborlightbrewing.example> wrote:"
    orig = req_text(po, "en", "Rosa")
    plain = body + "\n\n" + attr + "\n\n" + Q.gt(orig) + "\n"
    root = M.multipart("alternative", [M.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       M.text(Q.gmail_html(Q.html_paras(body), attr, Q.html_lines(orig, mono=True)),
                                              "html", "UTF-8", "quoted-printable")],
                       "000000000000c2d7a406261f8b90")
    h = hdrs("Rosa Delgado <rosa@cascadebrewsupply.example>", req_from(po), "Re: " + req_subject(po), date,
             "<CAH0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI@mail.gmail.com>", po)
    eml = M.message(h, root)
    exp = expect("confirmation", "US brewery supplier: bottle price per case of 24 ($14.16 = 0.59/bottle, unchanged), "
                 "caps per thousand ('$23.50/M' = 0.0235), carriers backordered 'till 1/8' (no year, after a November "
                 "mail -> 2027-01-08); ship 12/2 vs arrival 12/4.",
                 conf(po, {1: "A", 2: C(po, 2, p="0.0235"), 3: C(po, 3, d=d3)}))
    return [po], eml, exp


# one sentence per case for README.md: what makes it hard
HARD = {
    "malt-sacks-all-as-ordered": "Plain full acceptance, but the text is full of numbers that are not quantities or dates (150 EBC, 900 EBC, 25 kg, 2 pallets of 48, 30-day terms).",
    "hops-crop-year-price-kw": "Per-kg price changes on two lines, one with 'KW 50' that lands exactly on the wish date, among crop years and alpha percentages.",
    "wine-bottles-full-pallets": "Quantities rounded up to full pallets (9 x 1 410, 2 x 2 016) in windows-1250, with ship vs delivery dates in Czech 'd. m. yyyy' form.",
    "corks-per-mille-capsule-dropped": "Cork prices quoted per thousand (412 € le mille = 0.412) and a discontinued line that must be read as rejected despite an offered substitute.",
    "kegs-split-first-load": "A split line (80 on 1/12, 40 on 15/01/2027) where the 27/11 ex-works date must not be taken, and other lines ride on the first load.",
    "dental-discontinued-paste": "'Ship tomorrow, arriving Monday 11/16' (earlier than requested) plus a discontinued line and lot/expiry noise.",
    "ortho-archwires-settimana": "'settimana 51' without a day means Friday 18 Dec; wire sizes like .019x.025 and .022 look like numbers to read.",
    "ctp-plates-erp-pdf": "Unthreaded ERP mail whose content is only in a PDF with positions 10/20/30, supplier article numbers, quote validity and Incoterms.",
    "blankets-excel-ab": "XLSX acknowledgment with Excel serial dates, positions 10-40 and the supplier's own article numbers beside ours.",
    "bearings-out-of-office-de": "Bilingual German/English out-of-office whose return date looks like a delivery date.",
    "chandlery-two-pos-one-mail": "One Singapore-English mail answers two POs, with a split fender delivery and a zinc surcharge.",
    "fish-feed-big-bags-per-tonne": "PO in kg, supplier rounds down to 1 250 kg big bags and prices a line per tonne.",
    "salmon-feed-next-tuesday": "Relative date 'tirsdag neste uke' from a Friday mail plus 'uke 48' for the other line.",
    "pillar-candles-moq": "Minimum order quantity raises a line to 500, and 'Wednesday 25th' has no month or year.",
    "filament-helpdesk-ticket-ack": "Zendesk-style ticket acknowledgment threaded on the request, with holiday cut-off dates.",
    "silver-findings-per-100": "Turkish ISO-8859-9 mail pricing one line per 100 pieces and one per gram, ship vs delivery date.",
    "spindle-bearings-sjis-eol": "Shift_JIS Japanese with bearing model numbers, an arrival date equal to the request and a discontinued line.",
    "patch-cords-gb2312-ship-dates": "GB2312 Chinese giving only ship dates (发货) for two lines and a delivery date plus new price for the third.",
    "li-ion-cells-three-deliveries": "Korean base64 mail splitting one line into three dated deliveries and repricing the other.",
    "pet-accessories-line-not-mentioned": "Hungarian ISO-8859-2 reply that silently skips line 4 (unconfirmed) and uses 'yyyy. month d.' dates.",
    "cleanroom-coveralls-size-run": "A size run as separate lines where only size L is cut, and boot covers move a week.",
    "filament-spools-one-line-next-week": "Croatian reply that leaves one line 'to be confirmed next week' and dates the others 'četvrtak 26.11.' without year.",
    "nursery-pots-stack-rounding": "Bulgarian windows-1251 with stack rounding (278 x 72) and 'седмица 4/2027' meaning Friday 29 Jan.",
    "exercise-books-greek-price": "Greek ISO-8859-7 where a price-list date (01/11/2026) sits next to the real delivery date.",
    "care-beds-ship-dates-only": "Finnish Outlook reply giving only departure dates, which therefore become the dates.",
    "hvac-filters-ship-vs-arrival": "Estonian windows-1257 with a departure date and a later arrival date equal to the request (accepted).",
    "glycerine-per-ibc": "Prices per 1 000 kg IBC to convert to per kg, among lot and best-before dates.",
    "bakery-boxes-per-thousand": "All prices per 1000 pieces, only one of which actually differs from the PO.",
    "candle-wax-typo-corrected-date": "The ship date is first written '12.14' and corrected in a P.S. to 14.12.",
    "dental-rev2-confirmed-quoting-rev1": "Reply threaded on and quoting revision 1 but confirming revision 2, whose figures are the ones in pos.json.",
    "bearings-cross-reference-codes": "Slovak reply naming lines only by the supplier's own codes, with a cross-reference table to map them.",
    "chandlery-bounce-user-unknown": "Postfix DSN whose returned headers carry the PO number and subject.",
    "wind-spares-part-shipped-rest-later": "16 of 24 sets already shipped and expected 'fredag', the rest on 4 December; another line travels with that shipment.",
    "pastry-boxes-ooo-fr-nl": "Bilingual French/Dutch out-of-office with a return date.",
    "malt-question-big-bag-or-sacks": "Austrian supplier asks two questions and says the date 'sollte sich ausgehen' – hedged, no commitment.",
    "corks-will-revert-friday": "Human 'nous reviendrons vers vous vendredi 20 novembre' – the date is an answer deadline, not a delivery.",
    "pet-toys-autoreply-zh": "Chinese/English shared-inbox 'mail received' auto-reply mentioning trade-fair dates.",
    "care-beds-exchange-ndr": "Exchange NDR with the full original PO attached as message/rfc822.",
    "filament-newsletter-specials": "Newsletter from a supplier with an open PO, quoting prices and December cut-off dates.",
    "chandlery-invoice-for-earlier-po": "PDF invoice for a different, earlier PO with overlapping item codes and the same price.",
    "school-supplies-two-of-three-pos": "Three open POs, two answered, the third only mentioned as 'next week' and to be left out.",
    "candles-answers-other-po-in-thread": "Threaded on and quoting PO 501 but confirming PO 517; 501 'folgt separat'.",
    "pet-food-exim-mailbox-full": "Plain-text Exim bounce (not multipart/report), mailbox over quota, with the whole PO copied below.",
    "chandlery-swedish-space-table": "Space-aligned plain-text table with 'v. 49' / 'v. 51' week dates and offer-validity noise.",
    "fibre-hardware-tab-table": "Tab-separated table whose line 4 shows 300 while a note splits 300 + 200 in KW 51.",
    "pet-supplies-3pl-warehouse-reply": "The supplier's 3PL warehouse confirms on its behalf, unthreaded, with collection date vs ETA.",
    "cat-scratchers-first-part-at-sea": "Vietnamese: part already shipped with a vessel ETA, remainder on a later date.",
    "bearings-iphone-one-liner": "iPhone one-liner 'ships 12/4' – month/day, no year, ship date only.",
    "propagation-trays-inline-answers": "Answers typed inline between the quoted PO lines, including a stack rounding and a rejection.",
    "dental-ooo-italian": "Italian out-of-office whose absence dates look like dates to read.",
    "printing-ink-exchange-ndr-german": "German-localised Exchange NDR ('Unzustellbar').",
    "filament-statement-of-account": "Slovenian statement of open items listing other orders with invoice and due dates.",
    "hvac-filters-price-list-2027": "Price-list circular with an XLSX containing our item codes, new prices and lead times.",
    "nav-lights-arabic-indic-date": "Arabic RTL mail with the delivery date in Arabic-Indic digits.",
    "ortho-elastics-hebrew-html-only": "Hebrew HTML-only RTL table with Israeli d.m.yy dates.",
    "donut-boxes-thai-buddhist-year": "Thai dates in the Buddhist era (2569 = 2026).",
    "oleochemicals-moq-eta-warehouse": "Indonesian ETD vs arrival at the buyer's warehouse and an MOQ increase.",
    "spindle-bearings-sap-pdf-kw53": "Flate-compressed SAP PDF with TJ text and 'KW 53/2026', which is Friday 1 January 2027.",
    "impression-material-csv-ack": "Québec ERP mail with a semicolon CSV (BOM, decimal commas) carrying carton rounding and a new date.",
    "candles-forwarded-plant-answer": "Forwarded internal chain where the plant's optional split must not override the sales summary.",
    "hospital-mattresses-bottom-posted-surcharge": "Bottom-posted Apple Mail answer with a 4.5% surcharge on one line.",
    "blade-bolts-alloy-surcharge-pct": "Thunderbird format=flowed with '+3 %' on the PO price and a date without year.",
    "tpu-filament-series-discontinued-big5": "Big5 Chinese declining the whole PO while quoting an alternative with a validity date.",
    "lfp-cells-weeks-from-order": "Lead time '6 semanas a partir da data do pedido' and shipment 'em 2 dias úteis' to compute.",
    "aloe-gel-questions-before-booking": "Mexican Spanish questions about delivery point and pack size before booking, with a vague '3 semanas'.",
    "hvac-filters-contradictory-dates": "'Everything on 12/10' contradicted by a system table shipping 12/17 and an unpromisable line.",
    "patch-cords-mobile-will-reply-zh-tw": "Traditional Chinese phone one-liner 'received, will reply after checking dates'.",
    "cleanroom-gloves-price-rise-needs-approval": "Korean conditional: confirmation only after an 8% price rise is approved.",
    "seed-trays-week-50-or-51": "Swedish 'vecka 50, eventuellt vecka 51' – prices confirmed, date not committed.",
    "bread-bags-accepted-for-processing-pl": "'Przyjęte do realizacji' sounds like acceptance but dates and prices are promised for later.",
    "care-mattress-which-variant": "Supplier spots a code/description mismatch and asks which mattress is wanted.",
    "care-beds-prepayment-condition": "Turkish acceptance conditional on a 30% prepayment, lead time counted from payment.",
    "pressroom-chemicals-prices-only-dates-follow": "Prices confirmed, delivery dates and formal acknowledgment promised for next week.",
    "brewing-malt-prices-only-confirmed": "Order confirmed 'tegen de volgende prijzen' with no word on dates, so requested dates stand.",
    "dental-lots-expiry-48h-service": "Lot and expiry dates next to a despatch date and a 'with you by Monday 30/11' delivery.",
    "care-beds-shipping-notice-other-order": "Automatic shipping notice for another order with the same item codes.",
    "bakery-film-delayed-delivery-warning": "Postfix delay warning (Action: delayed) rather than a final failure.",
    "glassworks-christmas-closure-notice": "Holiday-closure circular from a supplier with an open PO, full of dispatch dates.",
    "busbars-ticket-protocol-autoreply": "Brazilian shared-inbox auto-acknowledgment with a 'protocolo' number.",
    "bottles-per-case-caps-per-thousand": "Bottle price per case of 24, caps per thousand ('$23.50/M') and a backorder 'till 1/8' into the next year.",
}

# ==== END OF CASES ====
# numbering: kinds interleaved so that no block of one kind sits together
ORDER = [
    "malt-sacks-all-as-ordered",
    "hops-crop-year-price-kw",
    "malt-question-big-bag-or-sacks",
    "wine-bottles-full-pallets",
    "corks-per-mille-capsule-dropped",
    "bearings-out-of-office-de",
    "kegs-split-first-load",
    "filament-newsletter-specials",
    "dental-discontinued-paste",
    "ortho-archwires-settimana",
    "corks-will-revert-friday",
    "ctp-plates-erp-pdf",
    "blankets-excel-ab",
    "chandlery-bounce-user-unknown",
    "chandlery-two-pos-one-mail",
    "fish-feed-big-bags-per-tonne",
    "aloe-gel-questions-before-booking",
    "salmon-feed-next-tuesday",
    "pillar-candles-moq",
    "filament-helpdesk-ticket-ack",
    "silver-findings-per-100",
    "spindle-bearings-sjis-eol",
    "chandlery-invoice-for-earlier-po",
    "patch-cords-gb2312-ship-dates",
    "li-ion-cells-three-deliveries",
    "care-beds-exchange-ndr",
    "pet-accessories-line-not-mentioned",
    "hvac-filters-contradictory-dates",
    "cleanroom-coveralls-size-run",
    "filament-spools-one-line-next-week",
    "pastry-boxes-ooo-fr-nl",
    "nursery-pots-stack-rounding",
    "exercise-books-greek-price",
    "filament-statement-of-account",
    "care-beds-ship-dates-only",
    "hvac-filters-ship-vs-arrival",
    "patch-cords-mobile-will-reply-zh-tw",
    "glycerine-per-ibc",
    "bakery-boxes-per-thousand",
    "pet-food-exim-mailbox-full",
    "candle-wax-typo-corrected-date",
    "dental-rev2-confirmed-quoting-rev1",
    "cleanroom-gloves-price-rise-needs-approval",
    "bearings-cross-reference-codes",
    "wind-spares-part-shipped-rest-later",
    "pet-toys-autoreply-zh",
    "school-supplies-two-of-three-pos",
    "hvac-filters-price-list-2027",
    "candles-answers-other-po-in-thread",
    "chandlery-swedish-space-table",
    "printing-ink-exchange-ndr-german",
    "fibre-hardware-tab-table",
    "pet-supplies-3pl-warehouse-reply",
    "seed-trays-week-50-or-51",
    "cat-scratchers-first-part-at-sea",
    "bearings-iphone-one-liner",
    "dental-ooo-italian",
    "propagation-trays-inline-answers",
    "nav-lights-arabic-indic-date",
    "care-beds-shipping-notice-other-order",
    "ortho-elastics-hebrew-html-only",
    "donut-boxes-thai-buddhist-year",
    "bread-bags-accepted-for-processing-pl",
    "oleochemicals-moq-eta-warehouse",
    "spindle-bearings-sap-pdf-kw53",
    "bakery-film-delayed-delivery-warning",
    "impression-material-csv-ack",
    "care-mattress-which-variant",
    "candles-forwarded-plant-answer",
    "hospital-mattresses-bottom-posted-surcharge",
    "busbars-ticket-protocol-autoreply",
    "blade-bolts-alloy-surcharge-pct",
    "tpu-filament-series-discontinued-big5",
    "glassworks-christmas-closure-notice",
    "lfp-cells-weeks-from-order",
    "brewing-malt-prices-only-confirmed",
    "care-beds-prepayment-condition",
    "dental-lots-expiry-48h-service",
    "bottles-per-case-caps-per-thousand",
    "pressroom-chemicals-prices-only-dates-follow",
]


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    table = dict(CASES)
    assert len(table) == len(CASES), "duplicate slug"
    slugs = ORDER or [s for s, _ in CASES]
    assert sorted(slugs) == sorted(table), set(slugs) ^ set(table)
    assert set(HARD) == set(table), set(HARD) ^ set(table)
    readme = ["# Batch Z – held-out supplier replies", "",
              "Generated by `make_batch.py` (standard library only, deterministic). "
              "Format: /work/shared/corpus/FORMAT.md. One line per case: folder | kind/locale | what makes it hard.", ""]
    for i, slug in enumerate(slugs, 1):
        pos, eml, exp = table[slug]()
        write_case(i, slug, pos, eml, exp)
        readme.append("- `%03d-%s` | %s/%s | %s" % (i, slug, exp["kind"], pos[0].sup.locale, HARD[slug]))
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print("wrote %d cases to %s" % (len(slugs), OUT))


if __name__ == "__main__":
    main()
