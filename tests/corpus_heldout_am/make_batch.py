#!/usr/bin/env python3
"""Batch AM: held-out supplier replies (plumbing, tyres, gases, cocoa, cable, signs, cement, foil,
tea, bearings, paper, bottles, chemicals, gloves, aluminium, PCBs, linen, garden furniture,
seeds, paint).  Standard library only, deterministic.  Writes cases/NNN-slug/."""
import datetime as dt
import json
import shutil
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from amlib import (Part, Multi, message, addr, hdr, mdate, dsn_report, pdf, xlsx, D, week_day, week_friday,  # noqa: E402
                   next_on_or_after, assert_wd, make_po, request_text, request_html, label, REJ, UNC,
                   quote, outlook_reply, gmail_reply, text_to_html, esc)

OUT = HERE / "cases"
CASES = []

MH = ("Maren Holt", "maren.holt@kestrel-group.example")
TV = ("Tomás Varga", "tomas.varga@kestrel-group.example")
IL = ("Ines Lindqvist", "ines.lindqvist@kestrel-group.example")
PK = ("Paul Okafor", "paul.okafor@kestrel-group.example")


def case(slug, kl, hard):
    def deco(f):
        CASES.append((slug, kl, hard, f))
        return f
    return deco


def std(frm, to, subject, date, mid, irt=None, refs=None, cc=None, extra=(), scs="utf-8"):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, scs)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs or irt:
        h.append(("References", refs or irt))
    h += list(extra)
    return h


def alt(plain, html, b, cs="utf-8", cte="quoted-printable", hcte=None):
    html = html.replace("charset=utf-8", f"charset={cs}")
    return Multi("alternative", [Part("text/plain", plain, cs, cte),
                                 Part("text/html", html, cs, hcte or cte)], b)


def who(t):
    return addr(t[0], t[1])


def exp(kind, notes, *confs):
    e = {"kind": kind}
    if confs:
        e["confirmations"] = [{"po_number": po["po_number"], "lines": {str(n): v for n, v in lines.items()}}
                              for po, lines in confs]
    e["notes"] = notes
    return e


def per(price, n):
    """price per n units -> price per unit (exact)."""
    r = Decimal(price) / Decimal(n)
    assert r == r.quantize(Decimal("0.0001")), (price, n, r)
    return str(r)


def pct(price, p):
    r = Decimal(price) * (Decimal(100) + Decimal(str(p))) / Decimal(100)
    assert r == r.quantize(Decimal("0.0001")), (price, p, r)
    return str(r)


# ======================================================================================
# Chunk 1: 001-015
# ======================================================================================

@case("brassline-bsp-all-confirmed", "confirmation/en-GB",
      "Outlook HTML reply confirming all four lines; item texts full of thread sizes (3/8\" BSP, M8x1.25) and the signature full of company and VAT numbers.")
def c_brassline():
    sup = ("BRASSLINE", "Brassline Fittings Ltd", "sales@brassline-fittings.example", "en-GB")
    po = make_po("4700031001", sup, MH, "GBP", "2026-11-02", [
        ("BR-EL-38F", 'Elbow 90deg 3/8" BSP F/F, DZR brass', 200, "PCE", "2.85", "2026-11-27"),
        ("BR-TE-15C", "Compression tee 15mm x 15mm x 15mm", 150, "PCE", "3.40", "2026-11-27"),
        ("BR-NP-M8", 'Hex nipple M8x1.25 to 1/4" BSP', 500, "PCE", "0.92", "2026-11-27"),
        ("BR-WSH-12", 'Fibre washers 1/2", bag of 10', 60, "BAG", "1.75", "2026-11-27"),
    ])
    assert_wd("2026-11-27", "Fri")
    body = ("Hi Maren,\n\n"
            "Thanks for the order. All four lines are confirmed as per your PO - quantities and prices as listed, "
            "for delivery Friday 27th November to your Dock 4.\n\n"
            "Just so we're on the same page: the fibre washers are bagged in 10s, so 60 bags = 600 washers.\n\n"
            "Kind regards,\n\nGareth Pryce\nInternal Sales\nBrassline Fittings Ltd\n"
            "Unit 7, Tame Valley Ind. Est., Tamworth B77 5BY\nT: +44 1827 318 440 | M: 07700 900 412\n\n"
            "Registered in England No. 04417285. VAT GB 274 1182 39.\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee.\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{MH[0]} <{MH[1]}>", "02 November 2026 09:14",
                                "Brassline Sales <sales@brassline-fittings.example>",
                                "Purchase order 4700031001", orig, orig_html=request_html(po))
    eml = message(std(addr("Gareth Pryce", "sales@brassline-fittings.example"), who(MH),
                      "RE: Purchase order 4700031001", mdate("2026-11-03 10:42:17", 0),
                      "<LO2P265MB4418C0D7A91B3E2F5A66B0C1A9D42@LO2P265MB4418.GBRP265.PROD.OUTLOOK.COM>",
                      po["request_message_id"],
                      extra=[("Thread-Topic", "Purchase order 4700031001"), ("Content-Language", "en-GB")]),
                  alt(plain, html, "_000_LO2P265MB4418C0D7A91B3E2F5A66B0C1A9D42_"))
    return [po], eml, exp("confirmation", "Plain 'all confirmed as per PO' with delivery on the requested Friday; "
                          "thread sizes and registry/VAT numbers must not be read as quantities or dates.",
                          (po, {n: label(po, n) for n in (1, 2, 3, 4)}))


@case("reifenkoch-ab-pdf-sets-kw", "confirmation/de-DE",
      "ERP mail with a Flate-compressed TJ-kerned PDF Auftragsbestätigung: positions 10/20/30, own article numbers, prices per set of 4 while the PO is per tyre, dates as KW.")
def c_reifen():
    sup = ("REIFENKOCH", "Reifen Koch Großhandel GmbH", "auftrag@reifen-koch.example", "de-DE")
    po = make_po("4700031002", sup, TV, "EUR", "2026-11-04", [
        ("TY-2055516-W", "Winter tyre 205/55 R16 91H", 24, "PCE", "78.40", "2026-11-20"),
        ("TY-2254518-W", "Winter tyre 225/45 R18 95V XL", 16, "PCE", "112.00", "2026-11-20"),
        ("TY-1956515-A", "All-season tyre 195/65 R15 91H", 8, "PCE", "69.90", "2026-11-20"),
    ])
    assert week_friday(2026, 47) == D("2026-11-20") and week_friday(2026, 48) == D("2026-11-27")
    doc = pdf([[
        ("h", "Reifen Koch Großhandel GmbH"),
        "Industriestraße 41 · 67061 Ludwigshafen · Tel. 0621 55 80 90",
        ("gap",),
        ("h", "Auftragsbestätigung Nr. 2026-AB-18834"),
        [(50, "Datum: 05.11.2026"), (300, "Kunden-Nr.: 40117")],
        [(50, "Ihre Bestellung: 4700031002 vom 04.11.2026"), (300, "Sachbearbeiter: M. Brandt")],
        ("gap",),
        [(50, "Pos"), (80, "Artikel"), (135, "Ihre Art.-Nr."), (215, "Bezeichnung"), (400, "Menge"),
         (445, "Preis/ME"), (505, "Liefertermin")],
        [(50, "10"), (80, "1042217"), (135, "TY-2055516-W"), (215, "WinterContact TS 870 205/55 R16 91H"),
         (400, "6 Satz"), (445, "313,60"), (505, "KW 47/2026")],
        [(50, "20"), (80, "1042954"), (135, "TY-2254518-W"), (215, "WinterContact TS 870 P 225/45 R18 95V XL"),
         (400, "4 Satz"), (445, "460,00"), (505, "KW 48/2026")],
        [(50, "30"), (80, "1039021"), (135, "TY-1956515-A"), (215, "AllSeasonContact 2 195/65 R15 91H"),
         (400, "8 St."), (445, "69,90"), (505, "KW 47/2026")],
        ("gap",),
        "ME Satz = 4 Stück. Preise in EUR je Mengeneinheit, zzgl. gesetzl. MwSt.",
        "Pos. 20: Preisanpassung gemäß Herstellerpreisliste gültig ab 01.11.2026.",
        ("gap",),
        "Lieferung frei Haus ab 500,00 EUR Warenwert. Zahlung: 14 Tage 2 % Skonto, 30 Tage netto.",
        "Es gelten unsere Allgemeinen Geschäftsbedingungen, Stand 01/2025.",
        "Amtsgericht Ludwigshafen HRB 60412 · USt-IdNr. DE 149 552 870",
    ]], compress=True, tj=True, title="AB 2026-AB-18834")
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung 2026-AB-18834 zu Ihrer Bestellung 4700031002.\n\n"
            "Bitte prüfen Sie die Bestätigung und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.\n\n"
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse.\n\n"
            "Reifen Koch Großhandel GmbH\n")
    root = Multi("mixed", [Part("text/plain", text, "iso-8859-1", "quoted-printable"),
                           Part("application/pdf", doc, filename="AB_2026-AB-18834.pdf")],
                 "=_mixed 0047A3F1C1258A3D_=")
    eml = message(std(addr("Reifen Koch Auftragsbearbeitung", "auftrag@reifen-koch.example"), who(TV),
                      "Auftragsbestätigung 2026-AB-18834 zu Ihrer Bestellung 4700031002",
                      mdate("2026-11-05 06:31:02", 1), "<OF0047A3F1.C1258A3D-ON@reifen-koch.example>",
                      extra=[("X-Mailer", "Lotus Domino Release 12.0.2"), ("Auto-Submitted", "auto-generated")]),
                  root)
    return [po], eml, exp("confirmation",
                          "Only the PDF carries the answer; Satz = 4 tyres so 313,60/Satz = 78.40/tyre (accepted) and "
                          "460,00/Satz = 115.00/tyre (changed); KW 47 = Fri 20 Nov, KW 48 = Fri 27 Nov. "
                          "Auto-Submitted header but it is an ERP confirmation.",
                          (po, {1: label(po, 1), 2: label(po, 2, p="115.00", d="2026-11-27"), 3: label(po, 3)}))


@case("kabelhuis-price-per-100m", "confirmation/nl-BE",
      "Flemish Gmail reply giving every cable price per 100 m while the PO is per metre; one copper-driven increase hidden among unchanged lines and a Cu-notation number.")
def c_kabel():
    sup = ("KABELHUIS", "Kabelhuis Vlaanderen NV", "verkoop@kabelhuis-vl.example", "nl-BE")
    po = make_po("4700031003", sup, IL, "EUR", "2026-11-03", [
        ("CAB-XVB-3G25", "XVB-F2 3G2.5 mm2, black, drum 500 m", 1000, "M", "1.92", "2026-11-25"),
        ("CAB-XVB-5G6", "XVB-F2 5G6 mm2, black", 500, "M", "6.10", "2026-11-25"),
        ("CAB-VOB-15-BL", "VOB 1.5 mm2 blue, ring 100 m", 300, "M", "0.24", "2026-11-25"),
    ])
    assert_wd("2026-11-25", "Wed")
    body = ("Dag Ines,\n\n"
            "Bedankt voor uw bestelling 4700031003. Hierbij onze bevestiging:\n\n"
            "- XVB-F2 3G2,5: 1.000 m (2 haspels van 500 m) aan € 187,00 per 100 m\n"
            "- XVB-F2 5G6: 500 m (1 haspel) aan € 610,00 per 100 m\n"
            "- VOB 1,5 mm² blauw: 300 m (3 rollen van 100 m) aan € 24,00 per 100 m\n\n"
            "Levering voor alle posities op woensdag 25/11 in de voormiddag.\n\n"
            "De prijs van de 3G2,5 is aangepast aan de koopernotering van 02/11 (Cu 812 €/100 kg). "
            "De haspels worden gefactureerd aan € 45,00/stuk en gecrediteerd bij retour binnen 3 maanden.\n\n"
            "Met vriendelijke groeten,\n\nWouter Peeters\nBinnendienst\nKabelhuis Vlaanderen NV - Kortrijk\n+32 56 22 41 90\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"Op di 3 nov 2026 om 11:02 schreef {IL[0]} <{IL[1]}>:", orig,
                              orig_html=request_html(po))
    eml = message(std(addr("Wouter Peeters", "verkoop@kabelhuis-vl.example"), who(IL),
                      "Re: Purchase order 4700031003", mdate("2026-11-05 14:03:40", 1),
                      "<CAJx7pQv3nR8Wk2-uPz4f9QhL1mB0a6YtT5sE8vKd@mail.gmail.com>", po["request_message_id"]),
                  alt(plain, html, "000000000000a81c4b0625f3c911"))
    return [po], eml, exp("confirmation",
                          "Prices per 100 m must be divided by 100: 1.87/m (changed from 1.92), 6.10 and 0.24 unchanged; "
                          "all delivered on the requested 25/11; drum deposit and Cu-notation are not prices.",
                          (po, {1: label(po, 1, p=per("187.00", 100)), 2: label(po, 2), 3: label(po, 3)}))


@case("belgica-couverture-bags-thursday", "confirmation/fr-BE",
      "Belgian French Outlook reply rounding dark couverture up to whole 10 kg bags and moving all lines to 'jeudi 3 décembre'; '70,5 %' and '22-24' are product specs and DLUO 09/2027 is a shelf life.")
def c_belgica():
    sup = ("CHOCOBEL", "Chocolaterie Industrielle Belgica SA", "commandes@belgica-choc.example", "fr-BE")
    po = make_po("4700031004", sup, MH, "EUR", "2026-11-05", [
        ("CV-D705-CAL", "Dark couverture 70.5% callets, bag 10 kg", 245, "KG", "9.80", "2026-12-02"),
        ("CV-M35-CAL", "Milk couverture 35% callets, bag 10 kg", 120, "KG", "8.95", "2026-12-02"),
        ("CP-2224-25", "Cocoa powder 22-24% fat, bag 25 kg", 50, "KG", "7.40", "2026-12-02"),
    ])
    assert_wd("2026-12-03", "Thu")
    body = ("Bonjour Madame Holt,\n\n"
            "Nous vous confirmons votre commande 4700031004 comme suit :\n\n"
            "- Couverture noire 70,5 % callets : nous livrons uniquement par sacs de 10 kg, soit 25 sacs = 250 kg à 9,80 €/kg\n"
            "- Couverture lait 35 % callets : 120 kg (12 sacs) à 8,95 €/kg\n"
            "- Poudre de cacao 22-24 : 50 kg (2 sacs de 25 kg) à 7,40 €/kg\n\n"
            "Livraison le jeudi 3 décembre : nos camions ne desservent la région d'Anvers que le jeudi, "
            "le mercredi 2 n'est donc pas possible.\n\n"
            "DLUO des lots actuellement en stock : 09/2027.\n\n"
            "Bien cordialement,\n\nSophie Lambert\nService Clientèle\nChocolaterie Industrielle Belgica SA\n"
            "Rue de l'Industrie 18, 7500 Tournai\nTél. +32 69 84 12 30\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "fr", f"{MH[0]} <{MH[1]}>", "jeudi 5 novembre 2026 16:20",
                                "Commandes Belgica <commandes@belgica-choc.example>",
                                "Purchase order 4700031004", orig, orig_html=request_html(po))
    eml = message(std(addr("Sophie Lambert", "commandes@belgica-choc.example"), who(MH),
                      "RE: Purchase order 4700031004", mdate("2026-11-06 09:20:55", 1),
                      "<AM8PR02MB7345E1A2F3C4D5B6A7E8F9D0C1B2A3E4@AM8PR02MB7345.eurprd02.prod.outlook.com>",
                      po["request_message_id"], extra=[("Content-Language", "fr-BE")]),
                  alt(plain, html, "_000_AM8PR02MB7345E1A2F3C4D5B6A7E8F9D0C1B2A3E4_", cs="windows-1252"))
    d = "2026-12-03"
    return [po], eml, exp("confirmation",
                          "Dark couverture rounded to 25 bags = 250 kg; every line moves from 2 to 3 December; "
                          "percentages and DLUO are not quantities or dates.",
                          (po, {1: label(po, 1, q=250, d=d), 2: label(po, 2, d=d), 3: label(po, 3, d=d)}))


@case("cempol-cement-full-pallets", "confirmation/pl-PL",
      "Polish reply rounding bagged cement to full pallets of 56 bags (1 008 and 336 bags, space as thousands separator) with a pallet deposit price beside the unit price.")
def c_cempol():
    sup = ("CEMPOL", "Cementownia Opolska Dystrybucja Sp. z o.o.", "zamowienia@cempol-dystr.example", "pl-PL")
    po = make_po("4700031005", sup, TV, "EUR", "2026-11-02", [
        ("CEM-I-425R-25", "Cement CEM I 42.5R, bag 25 kg", 1000, "BAG", "4.10", "2026-11-18"),
        ("CEM-IIBS-325-25", "Cement CEM II/B-S 32.5R, bag 25 kg", 300, "BAG", "3.65", "2026-11-18"),
    ])
    assert 18 * 56 == 1008 and 6 * 56 == 336
    body = ("Dzień dobry Panie Tomaszu,\n\n"
            "potwierdzamy zamówienie nr 4700031005 z dnia 02.11.2026:\n\n"
            "1. CEM I 42,5R, worki 25 kg - wysyłamy wyłącznie pełne palety po 56 worków, tj. 18 palet = 1 008 worków, "
            "cena 4,10 EUR/worek, dostawa 18.11.2026.\n"
            "2. CEM II/B-S 32,5R, worki 25 kg - analogicznie pełne palety: 6 palet = 336 worków, cena 3,65 EUR/worek, "
            "dostawa 18.11.2026.\n\n"
            "Palety EUR są zwrotne, kaucja 12,00 EUR/szt. zostanie doliczona do faktury.\n"
            "Atest wg PN-EN 197-1:2012 dołączamy do dokumentów WZ.\n\n"
            "Pozdrawiamy serdecznie\nAgnieszka Wróbel\nDział Sprzedaży\nCementownia Opolska Dystrybucja Sp. z o.o.\n"
            "tel. +48 77 454 20 11\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "pl", f"{TV[0]} <{TV[1]}>", "poniedziałek, 2 listopada 2026 15:40",
                                "zamowienia@cempol-dystr.example", "Purchase order 4700031005", orig,
                                orig_html=request_html(po))
    eml = message(std(addr("Agnieszka Wróbel", "zamowienia@cempol-dystr.example"), who(TV),
                      "RE: Purchase order 4700031005", mdate("2026-11-03 08:05:12", 1),
                      "<DB9PR07MB8821A3E8C1F24D5E9B0C7A6D4F3E2B1A@DB9PR07MB8821.eurprd07.prod.outlook.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_DB9PR07MB8821A3E8C1F24D5E9B0C7A6D4F3E2B1A_", cs="iso-8859-2"))
    return [po], eml, exp("confirmation",
                          "Quantities rounded up to full pallets (18x56=1008, 6x56=336); prices and dates as ordered; "
                          "the 12,00 EUR pallet deposit and the standard year 2012 are traps.",
                          (po, {1: label(po, 1, q=1008), 2: label(po, 2, q=336)}))


@case("pappersgross-half-now-half-later", "confirmation/sv-SE",
      "Swedish two-sentence reply: 'half now, the rest in two weeks' with no dates at all, so both deliveries must be measured from the Date header; A3 rides along with the first shipment.")
def c_papper():
    sup = ("PAPPERSGROSS", "Nordiska Pappersgrossisten AB", "order@pappersgross.example", "sv-SE")
    po = make_po("4700031006", sup, IL, "EUR", "2026-11-06", [
        ("PAP-A4-80", "Copy paper A4 80 g/m2, box of 5 reams", 240, "BOX", "21.50", "2026-11-20"),
        ("PAP-A3-80", "Copy paper A3 80 g/m2, box of 5 reams", 20, "BOX", "43.00", "2026-11-20"),
    ])
    sent = D("2026-11-09")
    later = sent + dt.timedelta(days=14)
    body = ("Hej Ines,\n\n"
            "Tack för beställningen! A4-papperet har vi inte fullt i lager just nu, så vi skickar hälften nu och resten "
            "om två veckor. A3:orna följer med första sändningen. Priser enligt er order.\n\n"
            "Mvh\nJohan Ek\nNordiska Pappersgrossisten AB\n08-720 44 10\n")
    orig = request_text(po)
    plain = body + f"\nDen 6 nov. 2026 kl. 14:22 skrev {IL[0]} <{IL[1]}>:\n\n" + quote(orig)
    eml = message(std(addr("Johan Ek", "order@pappersgross.example"), who(IL),
                      "Re: Purchase order 4700031006", mdate("2026-11-09 13:30:08", 1),
                      "<7F3A2C91-4B6E-4D0A-9E12-5C8B7A1F0D33@pappersgross.example>", po["request_message_id"],
                      extra=[("X-Mailer", "Apple Mail (2.3776.700.51)")]),
                  Part("text/plain", plain, "utf-8", "quoted-printable"))
    return [po], eml, exp("confirmation",
                          "'hälften nu och resten om två veckor': 120 boxes now (mail date 2026-11-09) and 120 on "
                          "2026-11-23; A3 goes with the first shipment, i.e. 2026-11-09 (earlier than requested).",
                          (po, {1: label(po, 1, sched=[(120, sent), (120, later)]), 2: label(po, 2, d=sent)}))


@case("signworks-five-packs-ship-vs-deliver", "confirmation/en-US",
      "US Gmail reply: signs only in 5-packs with pack prices, US month/day dates, and both a ship date (11/30) and a delivery date (12/4) for everything.")
def c_signs():
    sup = ("SIGNWORKS", "SignWorks Safety Supply Inc.", "orders@signworks-safety.example", "en-US")
    po = make_po("4700031007", sup, PK, "USD", "2026-11-05", [
        ("SGN-EXIT-PL", "Photoluminescent EXIT sign 12x6 in, pack of 5", 32, "PCE", "8.10", "2026-12-01"),
        ("SGN-FE-LOC", "Fire extinguisher location sign 7x10 in, pack of 5", 40, "PCE", "4.60", "2026-12-01"),
        ("SGN-WETFLR-AF", "Caution wet floor A-frame sign", 12, "PCE", "27.50", "2026-12-01"),
    ], req="<PO4700031007.Request.20261105@kestrel-group.example>")
    assert_wd("2026-12-04", "Fri")
    body = ("Hi Paul,\n\nThanks for PO 4700031007. A few notes:\n\n"
            "- The 12x6 EXIT signs only come in 5-packs, so I bumped you up to 7 packs (35 signs). Pack price is $41.25.\n"
            "- Fire extinguisher signs are also 5-packs: 40 signs = 8 packs at $23.00/pack, no change there.\n"
            "- Wet floor A-frames are sold each, $27.50.\n\n"
            "Everything ships from our Reno, NV warehouse on 11/30 and delivers 12/4 (UPS Ground, 3-4 business days). "
            "Sorry we can't make 12/1, the A-frames come in from our supplier on 11/27.\n\n"
            "Best,\nKayla Morrison\nCustomer Service | SignWorks Safety Supply Inc.\n(775) 555-0142\n")
    orig = request_text(po, style="en")
    plain, html = gmail_reply(body, f"On Thu, Nov 5, 2026 at 9:48 AM {PK[0]} <{PK[1]}> wrote:", orig)
    eml = message(std(addr("Kayla Morrison", "orders@signworks-safety.example"), who(PK),
                      "Re: Purchase order 4700031007", mdate("2026-11-06 16:12:33", -8),
                      "<CAB5mK9+Tq2wZx0F1cN7rP3yHd8Ls4Ue6Gv@mail.gmail.com>", po["request_message_id"]),
                  alt(plain, html, "0000000000004e7a1c0625f40b2d"))
    d = "2026-12-04"
    return [po], eml, exp("confirmation",
                          "Pack prices /5: 41.25 -> 8.25 (changed), 23.00 -> 4.60 (same); EXIT rounded to 35; "
                          "delivery 12/4 wins over ship date 11/30; 11/27 is the supplier's inbound date.",
                          (po, {1: label(po, 1, q=35, p=per("41.25", 5), d=d), 2: label(po, 2, p=per("23.00", 5), d=d),
                                3: label(po, 3, d=d)}))


@case("shizuoka-tea-shipdate-sjis", "confirmation/ja-JP",
      "Japanese Shift_JIS base64 reply with ship dates '12月10日出荷' and a vague 3-4 day transit, plus a matcha line cut to 72 tins.")
def c_tea():
    sup = ("SHIZUCHA", "静岡製茶株式会社", "eigyo@shizuoka-seicha.example", "ja-JP")
    po = make_po("4700031008", sup, MH, "USD", "2026-11-04", [
        ("TEA-SEN-20", "Sencha tea bags, box of 20, carton of 12 boxes", 60, "CTN", "38.40", "2026-12-11"),
        ("TEA-GEN-20", "Genmaicha tea bags, box of 20, carton of 12 boxes", 40, "CTN", "36.00", "2026-12-11"),
        ("TEA-MAT-100", "Matcha powder 100 g tin", 120, "PCE", "14.50", "2026-12-11"),
    ])
    body = ("Kestrel Hospitality Group\n購買部 Maren Holt 様\n\n"
            "いつもお世話になっております。静岡製茶の佐藤でございます。\n\n"
            "ご注文書 4700031008 につきまして、下記の通りご回答申し上げます。\n\n"
            "1. 煎茶ティーバッグ（20袋入×12箱/ケース）　60ケース　単価 USD 38.40　12月10日出荷\n"
            "2. 玄米茶ティーバッグ（20袋入×12箱/ケース）　40ケース　単価 USD 36.00　12月10日出荷\n"
            "3. 抹茶パウダー 100g缶　原料不足のため72缶のみ対応可能です。単価 USD 14.50、12月10日出荷。\n"
            "　 残り48缶は生産の目処が立っておりません。\n\n"
            "※出荷日は弊社横浜倉庫からの出荷日です。お届けは通常出荷日から3〜4日となります。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "────────────────\n静岡製茶株式会社　海外営業課\n佐藤 美咲\nTEL 054-281-5530\n────────────────\n")
    orig = request_text(po)
    plain = body + f"\n\n2026年11月4日(水) 10:15 {MH[0]} <{MH[1]}>:\n" + quote(orig)
    eml = message(std(addr("佐藤 美咲", "eigyo@shizuoka-seicha.example", "iso-2022-jp"), who(MH),
                      "Re: Purchase order 4700031008 ご回答", mdate("2026-11-05 11:20:45", 9),
                      "<20261105112045.4F2A.A1B3C5D7@shizuoka-seicha.example>", po["request_message_id"],
                      extra=[("X-Mailer", "Becky! ver. 2.81.04")], scs="iso-2022-jp"),
                  Part("text/plain", plain, "shift_jis", "base64"))
    d = "2026-12-10"
    return [po], eml, exp("confirmation",
                          "Only ship dates are given (12月10日出荷, no year -> 2026-12-10) so they are the dates; "
                          "matcha reduced to 72 tins with no date for the other 48.",
                          (po, {1: label(po, 1, d=d), 2: label(po, 2, d=d), 3: label(po, 3, q=72, d=d)}))


@case("alufarm-foil-immacolata", "confirmation/it-IT",
      "Italian Outlook reply committing delivery on 08/12/2026, a national holiday (Immacolata), while the signature says the office is closed that day and a ship date 03/12 is also given.")
def c_alufarm():
    sup = ("ALUFARM", "Alufarm Packaging S.p.A.", "ordini@alufarm-pack.example", "it-IT")
    po = make_po("4700031009", sup, TV, "EUR", "2026-11-06", [
        ("BLF-ALU20-260", "Blister lidding foil Alu 20 um, 260 mm, heat-seal lacquer", 40, "ROL", "86.00", "2026-12-04"),
        ("BLF-PVC250-260", "PVC film 250 um, 260 mm, clear", 1800, "KG", "3.15", "2026-12-04"),
    ])
    assert_wd("2026-12-08", "Tue")
    body = ("Gentile Sig. Varga,\n\n"
            "con la presente confermiamo il Vs. ordine n. 4700031009 del 06/11/2026:\n\n"
            "pos. 1 - Alluminio 20 µm / 260 mm: 40 bobine a € 86,00 cad.\n"
            "pos. 2 - PVC 250 µm / 260 mm: 1.800 kg a € 3,15/kg\n\n"
            "Spedizione dal nostro stabilimento di Lodi il 03/12/2026, consegna franco Vs. magazzino "
            "martedì 08/12/2026 tramite nostro corriere (il corriere internazionale effettua regolarmente la consegna).\n\n"
            "Certificati di analisi secondo Ph. Eur. 3.1.11 allegati alla merce.\n\n"
            "Cordiali saluti\n\nFederica Colombo\nUfficio Commerciale Estero\nAlufarm Packaging S.p.A.\n"
            "Via dell'Artigianato 22, 26900 Lodi (LO)\n\n"
            "Vi ricordiamo che i nostri uffici resteranno chiusi lunedì 7 e martedì 8 dicembre.\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "it", f"{TV[0]} <{TV[1]}>", "venerdì 6 novembre 2026 11:31",
                                "Ordini Alufarm <ordini@alufarm-pack.example>", "Purchase order 4700031009", orig,
                                orig_html=request_html(po))
    eml = message(std(addr("Federica Colombo", "ordini@alufarm-pack.example"), who(TV),
                      "R: Purchase order 4700031009", mdate("2026-11-09 10:05:19", 1),
                      "<VI1PR03MB6620B4C3A2D1E0F9A8B7C6D5E4F3A2B1@VI1PR03MB6620.eurprd03.prod.outlook.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_VI1PR03MB6620B4C3A2D1E0F9A8B7C6D5E4F3A2B1_", cs="iso-8859-15"))
    d = "2026-12-08"
    return [po], eml, exp("confirmation",
                          "Delivery 08/12/2026 (Immacolata, a public holiday in Italy) is still the committed date and "
                          "wins over the 03/12 ship date; the office-closure line is not a date change.",
                          (po, {1: label(po, 1, d=d), 2: label(po, 2, d=d)}))


@case("waelztechnik-kw-year-surcharge", "confirmation/de-AT",
      "Austrian Thunderbird reply (ISO-8859-15 QP) with KW 3/2027 and KW 6/2027, a +2 % steel surcharge already applied, a standard lead time in weeks, and offer/letter dates.")
def c_waelz():
    sup = ("WAELZTECH", "Wälztechnik Steyr GmbH", "vertrieb@waelztechnik-steyr.example", "de-AT")
    po = make_po("4700031010", sup, PK, "EUR", "2026-11-02", [
        ("WTB-MAIN-240/600", "Spherical roller bearing 240/600 ECA/W33, main shaft", 4, "PCE", "18450.00", "2027-01-15"),
        ("WTB-PITCH-2180", "Slewing bearing, blade pitch, D 2180 mm", 3, "PCE", "27000.00", "2027-01-15"),
        ("WTB-NU2336", "Cylindrical roller bearing NU 2336 ECMA", 6, "PCE", "2340.00", "2026-12-18"),
    ])
    assert week_friday(2027, 3) == D("2027-01-22") and week_friday(2027, 6) == D("2027-02-12")
    assert Decimal(pct("27000.00", 2)) == Decimal("27540.00")
    body = ("Sehr geehrter Herr Okafor,\n\n"
            "besten Dank für Ihre Bestellung 4700031010 vom 02.11.2026.\n\n"
            "Unsere Standard-Lieferzeit für Großlager beträgt derzeit 16-18 Wochen ab Auftragseingang; wir konnten "
            "jedoch Kapazitäten umplanen und bestätigen Ihnen wie folgt:\n\n"
            "Pos. 1  240/600 ECA/W33           4 Stk.  à EUR 18.450,00   Liefertermin KW 3/2027\n"
            "Pos. 2  Blattlager Ø 2180 mm      3 Stk.  à EUR 27.540,00   Liefertermin KW 6/2027\n"
            "        (inkl. Stahlzuschlag +2 % lt. unserem Schreiben vom 15.10.2026)\n"
            "Pos. 3  NU 2336 ECMA              6 Stk.  à EUR  2.340,00   Liefertermin 18.12.2026\n\n"
            "Alle Lager werden mit Abnahmeprüfzeugnis EN 10204-3.1 geliefert. Zahlungsbedingungen: 30 Tage netto. "
            "Basis: unser Angebot 2026-0872, gültig bis 31.12.2026.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Stefan Huber\nVertrieb Windenergie\nWälztechnik Steyr GmbH\n"
            "Ennser Straße 120, 4400 Steyr\nT +43 7252 71 330-14\nFN 214455 k, LG Steyr\n")
    orig = request_text(po, lang="de")
    plain = body + f"\nAm 02.11.2026 um 08:57 schrieb {PK[0]}:\n" + quote(orig)
    eml = message(std(addr("Stefan Huber", "vertrieb@waelztechnik-steyr.example"), who(PK),
                      "Re: Bestellung 4700031010", mdate("2026-11-11 15:47:30", 1),
                      "<3b8e41f2-6c0a-4d7e-b9f1-27a5c8d04e61@waelztechnik-steyr.example>", po["request_message_id"],
                      extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-AT")], scs="iso-8859-15"),
                  Part("text/plain", plain, "iso-8859-15", "quoted-printable", params=[("format", "flowed")]))
    return [po], eml, exp("confirmation",
                          "KW 3/2027 = Fri 2027-01-22, KW 6/2027 = Fri 2027-02-12; pos 2 price 27.540,00 (+2 %); "
                          "pos 3 as ordered; 16-18 weeks, offer validity and EN 10204-3.1 are noise.",
                          (po, {1: label(po, 1, d=week_friday(2027, 3)),
                                2: label(po, 2, p="27540.00", d=week_friday(2027, 6)), 3: label(po, 3)}))


@case("vidralis-milheiro-5-de-jan", "confirmation/pt-PT",
      "European Portuguese Gmail reply with prices per thousand ('€/milheiro'), full-pallet rounding to 31.200 and dates like '5 de jan.' that roll into 2027.")
def c_vidralis():
    sup = ("VIDRALIS", "Vidralis - Vidros de Embalagem, S.A.", "encomendas@vidralis.example", "pt-PT")
    po = make_po("4700031011", sup, IL, "EUR", "2026-11-09", [
        ("BTL-750-BORD-AG", "Wine bottle Bordeaux 750 ml, antique green", 31000, "PCE", "0.212", "2026-12-15"),
        ("BTL-330-LN-FL", "Long-neck bottle 330 ml, flint, crown 26 mm", 24000, "PCE", "0.145", "2026-12-15"),
    ])
    mail = "2026-11-11"
    assert next_on_or_after(1, 5, mail) == D("2027-01-05") and next_on_or_after(12, 15, mail) == D("2026-12-15")
    assert 26 * 1200 == 31200 and 20 * 1200 == 24000
    body = ("Boa tarde Ines,\n\n"
            "Agradecemos a vossa encomenda 4700031011.\n\n"
            "Bordalesa 750 ml verde antigo: só fornecemos paletes completas de 1.200 garrafas, pelo que confirmamos "
            "26 paletes = 31.200 garrafas, a 212,00 €/milheiro, com entrega a 5 de jan. "
            "(a linha 3 está em paragem de manutenção até 28 de dez.).\n\n"
            "Long-neck 330 ml flint: 20 paletes = 24.000 garrafas a 145,00 €/milheiro, entrega a 15 de dez.\n\n"
            "Cumprimentos,\nRita Carvalho\nApoio ao Cliente | Vidralis\nMarinha Grande - Portugal\n+351 244 570 300\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"Em seg., 9 de nov. de 2026 às 15:40, {IL[0]} <{IL[1]}> escreveu:", orig)
    eml = message(std(addr("Rita Carvalho", "encomendas@vidralis.example"), who(IL),
                      "Re: Purchase order 4700031011", mdate("2026-11-11 12:31:04", 0),
                      "<CAKz4hYw9u1V0pN6eR2tQx+3mLg7Bf5dJs8Ac@mail.gmail.com>", po["request_message_id"]),
                  alt(plain, html, "00000000000061d2f70625f4a3e8"))
    return [po], eml, exp("confirmation",
                          "€/milheiro = per 1000 bottles (0.212 and 0.145, unchanged); line 1 rounded to 31.200 and "
                          "moved to '5 de jan.' = 2027-01-05; line 2 as ordered; '28 de dez.' is a plant shutdown.",
                          (po, {1: label(po, 1, q=31200, p=per("212.00", 1000), d="2027-01-05"),
                                2: label(po, 2, p=per("145.00", 1000))}))


@case("tisztavegy-ibc-cans", "confirmation/hu-HU",
      "Hungarian Outlook reply pricing per IBC and per 10 l can while the PO is per litre, Hungarian 'YYYY. november 26.' dates, an IBC deposit, and one line rounded down to whole cans and moved.")
def c_tiszta():
    sup = ("TISZTAVEGY", "TisztaVegy Ipari Vegyszer Kft.", "rendeles@tisztavegy.example", "hu-HU")
    po = make_po("4700031012", sup, MH, "EUR", "2026-11-05", [
        ("CHM-ALK-DEG-IBC", "Alkaline degreaser, IBC 1000 l", 3000, "L", "1.38", "2026-11-26"),
        ("CHM-DES-QAC-10", "Surface disinfectant QAC, can 10 l", 150, "L", "3.20", "2026-11-26"),
        ("CHM-RIN-ACD-10", "Acid rinse aid, can 10 l", 85, "L", "2.95", "2026-11-26"),
    ])
    body = ("Tisztelt Holt Asszony!\n\n"
            "Köszönjük a 4700031012 számú megrendelést, az alábbiak szerint igazoljuk vissza:\n\n"
            "1. Lúgos zsíroldó, IBC 1000 l: 3 db IBC (3000 l), 1 380,00 EUR/IBC, szállítás: 2026. november 26.\n"
            "2. QAC felületfertőtlenítő, 10 l kanna: 15 kanna (150 l), 32,00 EUR/kanna, szállítás: 2026. november 26.\n"
            "3. Savas öblítő, 10 l kanna: csak egész kanna szállítható, ezért 8 kanna (80 l), 29,50 EUR/kanna, "
            "szállítás: 2026. december 3.\n\n"
            "Az IBC tartályok betétdíja 150 EUR/db, visszaszállításkor jóváírjuk. A biztonsági adatlapok "
            "(2025. 06. 12-i verzió) a szállítmánnyal érkeznek.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nTisztaVegy Ipari Vegyszer Kft.\n+36 1 555 0187\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "hu", f"{MH[0]} <{MH[1]}>", "2026. november 5., csütörtök 13:02",
                                "rendeles@tisztavegy.example", "Purchase order 4700031012", orig)
    eml = message(std(addr("Kovács Eszter", "rendeles@tisztavegy.example"), who(MH),
                      "VS: Purchase order 4700031012", mdate("2026-11-06 08:50:00", 1),
                      "<PR3P195MB0717D2C4E6A8B0C1D3E5F7A9B1C3D5E7@PR3P195MB0717.EURP195.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_PR3P195MB0717D2C4E6A8B0C1D3E5F7A9B1C3D5E7_", cs="iso-8859-2", hcte="base64"))
    return [po], eml, exp("confirmation",
                          "1380/IBC = 1.38/l and 32/can = 3.20/l (accepted); line 3: 8 cans = 80 l at 2.95/l on "
                          "2026-12-03; the 150 EUR IBC deposit and SDS version date are noise.",
                          (po, {1: label(po, 1, p=per("1380.00", 1000)), 2: label(po, 2, p=per("32.00", 10)),
                                3: label(po, 3, q=80, p=per("29.50", 10), d="2026-12-03")}))


@case("hengan-gloves-per-box-gb2312", "confirmation/zh-CN",
      "Simplified Chinese GB2312 reply quoting glove prices per box of 100 while the PO is per glove; one line up in price, one model discontinued.")
def c_hengan():
    sup = ("HENGAN", "恒安医疗用品有限公司", "sales@hengan-med.example", "zh-CN")
    po = make_po("4700031013", sup, PK, "USD", "2026-11-04", [
        ("GLV-NIT-M", "Nitrile exam gloves, powder-free, size M, box of 100", 20000, "PCE", "0.038", "2026-12-18"),
        ("GLV-NIT-L", "Nitrile exam gloves, powder-free, size L, box of 100", 15000, "PCE", "0.038", "2026-12-18"),
        ("GLV-LTX-S", "Latex gloves, powder-free, size S, box of 100", 5000, "PCE", "0.045", "2026-12-18"),
    ])
    body = ("Paul 您好，\n\n感谢贵司订单 4700031013，确认如下：\n\n"
            "1. 丁腈检查手套 M 号（100只/盒）：200 盒，单价 USD 3.80/盒，交货日期 2026年12月18日\n"
            "2. 丁腈检查手套 L 号（100只/盒）：150 盒，单价 USD 4.10/盒（原材料上涨），交货日期 2026年12月18日\n"
            "3. 乳胶手套 S 号：该型号已停产，无法供货，抱歉。\n\n"
            "以上价格为 FOB 上海。付款方式：T/T 30天。\n\n"
            "顺祝商祺\n李娜\n恒安医疗用品有限公司 外贸部\n电话：+86 595 8570 2216\n")
    orig = request_text(po)
    plain = body + f"\n\n------------------ 原始邮件 ------------------\n发件人: {PK[0]} <{PK[1]}>\n" \
                   "发送时间: 2026年11月4日(星期三) 下午4:05\n收件人: sales@hengan-med.example\n" \
                   "主题: Purchase order 4700031013\n\n" + orig
    eml = message(std(addr("李娜", "sales@hengan-med.example", "gb2312"), who(PK),
                      "回复：Purchase order 4700031013", mdate("2026-11-06 17:02:11", 8),
                      "<tencent_5E2A7C9B1D3F4A6E8C0B2D4F@qq.example>", po["request_message_id"],
                      extra=[("X-Mailer", "QQMail 2.x")], scs="gb2312"),
                  Part("text/plain", plain, "gb2312", "base64"))
    return [po], eml, exp("confirmation",
                          "Per-box prices /100: 3.80 -> 0.038 (same), 4.10 -> 0.041 (changed); latex S discontinued = rejected.",
                          (po, {1: label(po, 1, p=per("3.80", 100)), 2: label(po, 2, p=per("4.10", 100)), 3: REJ}))


@case("alprofil-bars-of-6m", "confirmation/cs-CZ",
      "Czech reply pricing aluminium per 6 m bar while the PO is per metre, rounding 500 m up to 84 bars, and dates written '9. 12. 2026' next to profile sizes like 40x40 and 30x3.")
def c_alprofil():
    sup = ("ALPROFIL", "ALPROFIL Děčín s.r.o.", "obchod@alprofil.example", "cs-CZ")
    po = make_po("4700031014", sup, TV, "EUR", "2026-11-10", [
        ("ALU-40x40-6063", "Aluminium profile 40x40 slot 8, 6063-T66, bar 6 m", 500, "M", "7.40", "2026-12-09"),
        ("ALU-80x40-6063", "Aluminium profile 80x40 slot 8, 6063-T66, bar 6 m", 240, "M", "12.90", "2026-12-09"),
        ("ALU-FLAT-30x3", "Flat bar 30x3 mm, EN AW-6060 T6, bar 6 m", 120, "M", "1.85", "2026-12-09"),
    ])
    body = ("Dobrý den, pane Vargo,\n\n"
            "potvrzujeme Vaši objednávku č. 4700031014:\n\n"
            "1) Profil 40x40 drážka 8: dodáváme pouze celé tyče po 6 m, tj. 84 ks = 504 m, cena 44,40 EUR/tyč, "
            "termín dodání 9. 12. 2026\n"
            "2) Profil 80x40 drážka 8: 40 tyčí = 240 m, cena 77,40 EUR/tyč, termín dodání 9. 12. 2026\n"
            "3) Plochá tyč 30x3: 20 tyčí = 120 m, 11,10 EUR/tyč - termín dodání bohužel až 16. 12. 2026 "
            "(čekáme na materiál z lisovny).\n\n"
            "Dodací podmínky DAP, platební podmínky 30 dní od data vystavení faktury.\n\n"
            "S pozdravem\nMartina Nováková\nobchodní oddělení\nALPROFIL Děčín s.r.o.\nIČO 25478123\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "cs", f"{TV[0]} <{TV[1]}>", "úterý 10. listopadu 2026 9:44",
                                "obchod@alprofil.example", "Purchase order 4700031014", orig)
    eml = message(std(addr("Martina Nováková", "obchod@alprofil.example"), who(TV),
                      "RE: Purchase order 4700031014", mdate("2026-11-11 09:12:44", 1),
                      "<000001db3f1a$7c2e5b90$748a12b0$@alprofil.example>", po["request_message_id"],
                      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbPxo8fC5bkHSKErBcLlvsmXQ1MA==")]),
                  alt(plain, html, "----=_NextPart_000_0001_01DB3F1A.7C2E5B90", cs="windows-1250"))
    return [po], eml, exp("confirmation",
                          "Per-bar prices /6 m: 7.40, 12.90, 1.85 (all as ordered); line 1 rounded to 504 m; line 3 "
                          "moved to 2026-12-16.",
                          (po, {1: label(po, 1, q=504, p=per("44.40", 6)), 2: label(po, 2, p=per("77.40", 6)),
                                3: label(po, 3, p=per("11.10", 6), d="2026-12-16")}))


@case("taihua-pcb-panels-big5", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply pricing PCBs per panel (4-up and 6-up) while the PO is per piece; one line moves because a new stencil is needed.")
def c_taihua():
    sup = ("TAIHUA", "泰華電路板股份有限公司", "sales@taihua-pcb.example", "zh-TW")
    po = make_po("4700031015", sup, IL, "USD", "2026-11-03", [
        ("PCB-CTRL-R3", "Controller PCB rev 3, 4-layer FR4 1.6 mm, ENIG", 1000, "PCE", "4.85", "2026-12-11"),
        ("PCB-LEDDRV-R1", "LED driver PCB rev 1, 2-layer, HASL lead-free", 2400, "PCE", "1.12", "2026-12-11"),
    ])
    body = ("Ines 您好：\n\n謝謝貴公司訂單 4700031015，回覆如下：\n\n"
            "1. PCB-CTRL-R3（4層板 FR4 1.6mm 化金）：每片拼板 4 pcs，共 250 片拼板 = 1000 pcs，"
            "單價 USD 19.40/拼板，交期 2026/12/11\n"
            "2. PCB-LEDDRV-R1（雙面板 噴錫無鉛）：每片拼板 6 pcs，2400 pcs = 400 片拼板，"
            "單價 USD 6.72/拼板，交期 2026/12/22（需重新開鋼板）\n\n"
            "付款條件：月結60天。\n\n敬祝 商祺\n\n陳怡君\n泰華電路板股份有限公司 業務部\nTel: 03-355-8120 分機 216\n")
    orig = request_text(po)
    plain = body + f"\n\n{IL[0]} <{IL[1]}> 於 2026年11月3日 週二 下午3:12 寫道：\n" + quote(orig)
    eml = message(std(addr("陳怡君", "sales@taihua-pcb.example", "big5"), who(IL),
                      "Re: Purchase order 4700031015", mdate("2026-11-05 10:40:27", 8),
                      "<CAGr2Tm8xWq4+Lp1Zs7nDc0Vb9Hk3Fy6Je5Ru@mail.gmail.com>", po["request_message_id"], scs="big5"),
                  Part("text/plain", plain, "big5", "base64"))
    return [po], eml, exp("confirmation",
                          "Panel prices: 19.40/4 = 4.85 (as ordered), 6.72/6 = 1.12 (as ordered); line 2 moves to "
                          "2026-12-22.",
                          (po, {1: label(po, 1, p=per("19.40", 4)), 2: label(po, 2, p=per("6.72", 6), d="2026-12-22")}))


# ======================================================================================
# Chunk 2: 016-030
# ======================================================================================

def po_mail(po, date, tz=1, lang="en", extra_note=None):
    """The buyer's original PO request as it left our server (for bounces and forwards)."""
    b = po["buyer"]
    txt = request_text(po, lang=lang, note=extra_note)
    return message(std(addr(b["name"], b["email"]), addr(po["supplier"]["name"], po["supplier"]["email"]),
                       f"Purchase order {po['po_number']}", mdate(date, tz), po["request_message_id"]),
                   alt(txt, "<html><body>" + request_html(po, lang=lang) + "</body></html>",
                       f"b1_po{po['po_number']}"), crlf=False)


@case("erinlinen-dozens", "confirmation/en-IE",
      "Irish reply restating the whole order in dozens with prices per dozen while the PO is in pieces; pillowcases rounded up to 21 dozen (252).")
def c_erin():
    sup = ("ERINLINEN", "Erin Hotel Linen Ltd", "orders@erinlinen.example", "en-IE")
    po = make_po("4700031016", sup, MH, "EUR", "2026-11-09", [
        ("LIN-BT-70140", "Bath towel 70x140 cm, white, 500 g/m2", 600, "PCE", "6.90", "2026-12-07"),
        ("LIN-PC-5075", "Pillowcase 50x75 cm, percale 200 TC", 250, "PCE", "2.40", "2026-12-07"),
        ("LIN-DC-240220", "Duvet cover 240x220 cm, percale 200 TC", 120, "PCE", "18.50", "2026-12-07"),
    ])
    assert_wd("2026-12-07", "Mon")
    body = ("Hi Maren,\n\nThanks a million for the order. We work in dozens here so I've laid it out that way:\n\n"
            "Bath towels 70x140 - 50 doz @ EUR 82.80/doz\n"
            "Pillowcases 50x75 - 21 doz @ EUR 28.80/doz (we can't break a dozen, so that's 252 pcs rather than 250)\n"
            "Duvet covers 240x220 - 10 doz @ EUR 222.00/doz\n\n"
            "All going out on our Monday run, delivered to you Monday 7th December.\n\n"
            "Talk soon,\nSiobhán Byrne\nErin Hotel Linen Ltd | Unit 4 Ballymount Industrial Estate, Dublin 24\n"
            "+353 1 456 2210\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{MH[0]} <{MH[1]}>", "Monday, November 9, 2026 4:18 PM",
                                "Erin Linen Orders <orders@erinlinen.example>", "Purchase order 4700031016", orig,
                                orig_html=request_html(po))
    eml = message(std(addr("Siobhán Byrne", "orders@erinlinen.example"), who(MH), "RE: Purchase order 4700031016",
                      mdate("2026-11-10 11:05:40", 0),
                      "<DU2PR10MB6290F4E3D2C1B0A9F8E7D6C5B4A3F2E1@DU2PR10MB6290.EURPRD10.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_DU2PR10MB6290F4E3D2C1B0A9F8E7D6C5B4A3F2E1_"))
    return [po], eml, exp("confirmation",
                          "Dozens to pieces: 50 doz = 600, 21 doz = 252, 10 doz = 120; prices /12 = 6.90, 2.40, 18.50 "
                          "(unchanged); only the pillowcase quantity changes; date as requested.",
                          (po, {1: label(po, 1, q=50 * 12, p=per("82.80", 12)),
                                2: label(po, 2, q=21 * 12, p=per("28.80", 12)),
                                3: label(po, 3, q=10 * 12, p=per("222.00", 12))}))


@case("jardinmed-split-chairs", "confirmation/es-ES",
      "Spanish Outlook reply splitting the chairs 80 + 40 over two 2027 dates, pulling tables forward, raising the parasol price, and mentioning a Christmas warehouse closure.")
def c_jardin():
    sup = ("JARDINMED", "Jardín Mediterráneo Mobiliario S.L.", "pedidos@jardinmed.example", "es-ES")
    po = make_po("4700031017", sup, IL, "EUR", "2026-11-04", [
        ("GF-CHR-TEAK-ST", "Teak stacking chair, outdoor", 120, "PCE", "89.00", "2027-02-26"),
        ("GF-TBL-TEAK-180", "Teak table 180x90 cm", 30, "PCE", "345.00", "2027-02-26"),
        ("GF-PAR-3M-ECRU", "Parasol 3 m, ecru, with granite base", 24, "PCE", "156.00", "2027-02-26"),
    ])
    body = ("Hola Ines:\n\nTe confirmamos el pedido 4700031017 con las siguientes entregas:\n\n"
            "- Silla apilable teca: 80 uds. el 19/02/2027 y las 40 restantes el 12/03/2027, a 89,00 €/ud.\n"
            "- Mesa teca 180x90: las 30 uds. el 19/02/2027, a 345,00 €/ud.\n"
            "- Parasol 3 m crudo con base: 24 uds. el 26/02/2027; el precio pasa a 162,50 €/ud. por el nuevo mástil "
            "de aluminio (la base de granito de 25 kg no cambia).\n\n"
            "Recuerda que del 24/12 al 06/01 el almacén permanece cerrado por vacaciones.\n\n"
            "Un saludo,\n\nLaura Giménez\nDpto. Comercial - Jardín Mediterráneo Mobiliario S.L.\n"
            "Ctra. de Alcora km 4,5 - 12006 Castellón\nTel. 964 25 71 80\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "es", f"{IL[0]} <{IL[1]}>", "miércoles, 4 de noviembre de 2026 12:09",
                                "Pedidos Jardín Mediterráneo <pedidos@jardinmed.example>",
                                "Purchase order 4700031017", orig, orig_html=request_html(po))
    eml = message(std(addr("Laura Giménez", "pedidos@jardinmed.example"), who(IL), "RE: Purchase order 4700031017",
                      mdate("2026-11-12 17:45:09", 1),
                      "<PAXPR08MB7012A9B8C7D6E5F4A3B2C1D0E9F8A7B6@PAXPR08MB7012.eurprd08.prod.outlook.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_PAXPR08MB7012A9B8C7D6E5F4A3B2C1D0E9F8A7B6_", cs="windows-1252"))
    return [po], eml, exp("confirmation",
                          "Chairs split 80 on 2027-02-19 + 40 on 2027-03-12; tables all on 2027-02-19 (earlier); "
                          "parasol price 162.50; closure 24/12-06/01 and 25 kg base are noise.",
                          (po, {1: label(po, 1, sched=[(80, "2027-02-19"), (40, "2027-03-12")]),
                                2: label(po, 2, d="2027-02-19"), 3: label(po, 3, p="162.50")}))


@case("nordfro-seeds-per-1000", "confirmation/nb-NO",
      "Norwegian reply pricing seeds per 1000 while the PO is per seed, grass seed rounded to 15 kg sacks, a date without year and 'uke 50', plus a germination test date.")
def c_nordfro():
    sup = ("NORDFRO", "Nordfrø Hagebruk AS", "ordre@nordfro.example", "nb-NO")
    po = make_po("4700031018", sup, PK, "EUR", "2026-11-06", [
        ("SD-TOM-MM-F1", "Tomato seed 'Moneymaker' F1, bag of 1000 seeds", 50000, "PCE", "0.0184", "2026-12-04"),
        ("SD-GRASS-SPORT", "Grass seed sports mix, sack 15 kg", 200, "KG", "6.80", "2026-12-04"),
        ("SD-LET-LR-PEL", "Lettuce seed 'Lollo Rosso', pelleted", 100000, "PCE", "0.0062", "2026-12-04"),
    ])
    assert next_on_or_after(12, 4, "2026-11-09") == D("2026-12-04") and week_friday(2026, 50) == D("2026-12-11")
    body = ("Hei Paul,\n\ntakk for bestillingen (PO 4700031018). Vi bekrefter følgende:\n\n"
            "1. Tomat 'Moneymaker' F1: 50 poser à 1000 frø = 50 000 frø, 18,40 EUR per 1000 frø, levering 4. desember\n"
            "2. Gressfrø sportsblanding: leveres kun i sekker à 15 kg, altså 14 sekker = 210 kg à 6,80 EUR/kg, "
            "levering 4. desember\n"
            "3. Salat 'Lollo Rosso', pillert: 100 000 frø, 6,20 EUR per 1000 frø, levering uke 50 - vi tar ny "
            "spireprøve først (siste prøve 15.10.: 92 % spireevne).\n\n"
            "Med vennlig hilsen\nIngrid Solberg\nKundeservice, Nordfrø Hagebruk AS\nTlf. 69 13 44 80\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"fre. 6. nov. 2026 kl. 13:37 skrev {PK[0]} <{PK[1]}>:", orig)
    eml = message(std(addr("Ingrid Solberg", "ordre@nordfro.example"), who(PK), "Sv: Purchase order 4700031018",
                      mdate("2026-11-09 08:12:51", 1), "<CAM9pLx2Rt7+Hv0wQ4jN6Kb1Sd8Fz3Yc5Ea@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "000000000000c4b1e80625f6d719"))
    return [po], eml, exp("confirmation",
                          "18,40 and 6,20 per 1000 seeds = 0.0184 and 0.0062 per seed (unchanged); grass 210 kg; "
                          "'4. desember' = 2026-12-04; 'uke 50' = Fri 2026-12-11; 15.10. is a test date.",
                          (po, {1: label(po, 1, q=50 * 1000, p=per("18.40", 1000), d="2026-12-04"),
                                2: label(po, 2, q=14 * 15), 3: label(po, 3, p=per("6.20", 1000), d=week_friday(2026, 50))}))


@case("farby-zilina-primer-withdrawn", "confirmation/sk-SK",
      "Slovak reply confirming three paint lines (one two days late for tinting) and rejecting the alkyd primer as withdrawn from sale, with a withdrawal date that is not a delivery date.")
def c_farby():
    sup = ("FARBYZA", "Farby Žilina, a.s.", "objednavky@farby-zilina.example", "sk-SK")
    po = make_po("4700031019", sup, TV, "EUR", "2026-11-10", [
        ("PNT-INT-W-10", "Interior wall paint white matt, tin 10 l", 80, "TIN", "38.90", "2026-11-30"),
        ("PNT-INT-W-25", "Interior wall paint white matt, tin 2.5 l", 60, "TIN", "11.40", "2026-11-30"),
        ("PNT-ENM-7016-25", "Enamel RAL 7016 anthracite, tin 2.5 l", 24, "TIN", "19.80", "2026-11-30"),
        ("PNT-PRM-ALK-10", "Alkyd primer grey, tin 10 l", 10, "TIN", "52.00", "2026-11-30"),
    ])
    body = ("Dobrý deň pán Varga,\n\nďakujeme za objednávku č. 4700031019. Potvrdzujeme:\n\n"
            "pol. 1 - interiérová farba biela matná 10 l: 80 ks á 38,90 EUR, dodanie 30.11.2026\n"
            "pol. 2 - interiérová farba biela matná 2,5 l: 60 ks á 11,40 EUR, dodanie 30.11.2026\n"
            "pol. 3 - email RAL 7016 2,5 l: 24 ks á 19,80 EUR, dodanie 2.12.2026 (tónovanie)\n"
            "pol. 4 - alkydový základ sivý 10 l: výrobok sme k 31.10.2026 stiahli z predaja a už ho nevyrábame. "
            "Náhradou je vodou riediteľný základ AQ-Primer, ponuku Vám radi pošleme.\n\n"
            "S pozdravom\nJana Kováčiková\nreferent predaja\nFarby Žilina, a.s.\n+421 41 500 22 70\n")
    orig = request_text(po)
    plain = (body + f"\n-----Pôvodná správa-----\nOd: {TV[0]} <{TV[1]}>\nOdoslané: utorok, 10. novembra 2026 10:20\n"
             "Komu: objednavky@farby-zilina.example\nPredmet: Purchase order 4700031019\n\n" + orig)
    eml = message(std(addr("Jana Kováčiková", "objednavky@farby-zilina.example"), who(TV),
                      "RE: Purchase order 4700031019", mdate("2026-11-11 13:27:02", 1),
                      "<001501db4411$2a9c8e10$7fd5aa30$@farby-zilina.example>", po["request_message_id"],
                      extra=[("X-Mailer", "Microsoft Outlook 14.0")]),
                  Part("text/plain", plain, "windows-1250", "quoted-printable"))
    return [po], eml, exp("confirmation",
                          "Lines 1-2 as ordered, line 3 moved to 2026-12-02, line 4 no longer produced = rejected; "
                          "31.10.2026 is the withdrawal date, not a delivery.",
                          (po, {1: label(po, 1), 2: label(po, 2), 3: label(po, 3, d="2026-12-02"), 4: REJ}))


@case("capeplumb-deleted-rows", "confirmation/en-ZA",
      "South African Outlook reply that confirms by editing our quoted PO table: two rows simply deleted, with a one-line note that removed lines cannot be supplied.")
def c_cape():
    sup = ("CAPEPLUMB", "Cape Plumbing Supplies (Pty) Ltd", "orders@capeplumb.example", "en-ZA")
    po = make_po("4700031020", sup, PK, "USD", "2026-11-03", [
        ("CP-BV-15", "Ball valve 15 mm, brass, lever handle", 100, "PCE", "6.20", "2026-12-02"),
        ("CP-BV-22", "Ball valve 22 mm, brass, lever handle", 80, "PCE", "8.90", "2026-12-02"),
        ("CP-CPL-15-B10", "Copper coupling 15 mm, bag of 10", 40, "BAG", "4.50", "2026-12-02"),
        ("CP-PRV-20", 'Pressure reducing valve 3/4", 400 kPa', 12, "PCE", "38.00", "2026-12-02"),
        ("CP-FLEX-15-300", "Flexible connector 15 mm x 300 mm", 150, "PCE", "3.10", "2026-12-02"),
    ])
    kept = [l for l in po["lines"] if l["line"] in (1, 3, 5)]
    cols = ("Pos", "Item", "Description", "Qty", "UoM", "Price USD", "Requested")
    rows = [(str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"], l["unit_price"],
             "02 Dec 2026") for l in kept]
    w = [max(len(r[i]) for r in [cols] + rows) for i in range(7)]
    ttxt = "\n".join("  ".join(r[i].ljust(w[i]) for i in range(7)).rstrip() for r in [cols] + rows)
    thtml = ('<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
             + "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>"
             + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
    intro = ("Dear Sir or Madam,\n\nPlease confirm our purchase order 4700031020 dated 03 Nov 2026 "
             "(quantities, unit prices and delivery dates).\n\n")
    tail = ("\n\nDelivery to: Kestrel Hospitality Group, Central Warehouse, Dock 4\n\nKind regards\nPaul Okafor\n"
            "Purchasing | Kestrel Hospitality Group\n")
    body = ("Morning Paul\n\nYour order below, confirmed as is for the 2nd of December. I've taken out the lines we "
            "can't supply.\n\nCheers\nThabo Nkosi\n"
            "Cape Plumbing Supplies | 14 Marine Drive, Paarden Eiland, Cape Town 7405 | 021 511 0932\n")
    orig_text = intro + ttxt + tail
    orig_html = text_to_html(intro) + thtml + text_to_html(tail)
    plain, html = outlook_reply(body, "en", f"{PK[0]} <{PK[1]}>", "Tuesday, 03 November 2026 15:02",
                                "Cape Plumbing Orders <orders@capeplumb.example>", "Purchase order 4700031020",
                                orig_text, orig_html=orig_html)
    eml = message(std(addr("Thabo Nkosi", "orders@capeplumb.example"), who(PK), "RE: Purchase order 4700031020",
                      mdate("2026-11-04 08:14:27", 2),
                      "<JNAP275MB0741C3B2A1F0E9D8C7B6A5F4E3D2C1B0@JNAP275MB0741.ZAFP275.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_JNAP275MB0741C3B2A1F0E9D8C7B6A5F4E3D2C1B0_"))
    return [po], eml, exp("confirmation",
                          "Rows 2 and 4 were deleted from the quoted table = cannot supply (rejected); rows 1, 3, 5 "
                          "confirmed as ordered.",
                          (po, {1: label(po, 1), 2: REJ, 3: label(po, 3), 4: REJ, 5: label(po, 5)}))


@case("peintures-ra-gross-less-5pct", "confirmation/fr-FR",
      "French confirmation listing gross unit prices above our PO prices, then 'Remise 5 % sur le total': net of the separate discount every price equals the PO.")
def c_peint():
    sup = ("PEINTRA", "Peintures Rhône-Alpes SAS", "adv@peintures-ra.example", "fr-FR")
    po = make_po("4700031021", sup, MH, "EUR", "2026-11-05", [
        ("PNT-FAC-BL-10", "Facade paint white, tin 10 l", 40, "TIN", "47.50", "2026-11-27"),
        ("PNT-SAT-BL-25", "Satin paint white, tin 2.5 l", 100, "TIN", "15.20", "2026-11-27"),
        ("PNT-LAS-CH-25", "Wood stain oak, tin 2.5 l", 30, "TIN", "20.90", "2026-11-27"),
    ])
    for g, l in (("50.00", 1), ("16.00", 2), ("22.00", 3)):
        assert Decimal(pct(g, -5)) == Decimal(po["lines"][l - 1]["unit_price"])
    body = ("Bonjour Madame Holt,\n\n"
            "Nous accusons réception de votre commande n° 4700031021 et vous la confirmons aux conditions suivantes :\n\n"
            "Réf.        Désignation                   Qté   PU HT brut   Montant HT\n"
            "PF-10-BL    Peinture façade blanc 10 L     40      50,00 €     2 000,00 €\n"
            "SAT-2,5-BL  Satin blanc 2,5 L             100      16,00 €     1 600,00 €\n"
            "LAS-2,5-CH  Lasure chêne 2,5 L             30      22,00 €       660,00 €\n\n"
            "Total brut HT :                                            4 260,00 €\n"
            "Remise 5 % sur le total :                                   -213,00 €\n"
            "Total net HT :                                             4 047,00 €\n\n"
            "Livraison le vendredi 27 novembre 2026 sur votre plateforme.\n"
            "Règlement à 45 jours fin de mois, conformément à nos CGV.\n\n"
            "Cordialement,\n\nNathalie Girard\nAdministration des ventes\nPeintures Rhône-Alpes SAS - "
            "ZI des Platières, 69440 Mornant\nTél. 04 78 44 19 63\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "fr", f"{MH[0]} <{MH[1]}>", "jeudi 5 novembre 2026 10:02",
                                "ADV Peintures RA <adv@peintures-ra.example>", "Purchase order 4700031021", orig,
                                body_html="<pre style=\"font-family:Consolas\">" + esc(body) + "</pre>")
    eml = message(std(addr("Nathalie Girard", "adv@peintures-ra.example"), who(MH),
                      "RE: Purchase order 4700031021", mdate("2026-11-06 11:48:00", 1),
                      "<MR1P264MB3153A2B4C6D8E0F1A3B5C7D9E1F3A5B7@MR1P264MB3153.FRAP264.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_MR1P264MB3153A2B4C6D8E0F1A3B5C7D9E1F3A5B7_"))
    return [po], eml, exp("confirmation",
                          "Gross 50,00/16,00/22,00 less the separately stated 5 % = 47.50/15.20/20.90 = PO prices; "
                          "net total 4 047,00 equals the PO total; all accepted.",
                          (po, {1: label(po, 1), 2: label(po, 2), 3: label(po, 3)}))


@case("hmg-gassen-48h-ack", "auto_reply/nl-NL",
      "Dutch/English shared-inbox auto-acknowledgment promising a confirmation within 48 hours, with an emergency phone number and rental terms that look like data.")
def c_hmg():
    sup = ("HMGGAS", "Holland Medische Gassen B.V.", "orders@hmg-gassen.example", "nl-NL")
    po = make_po("4700031022", sup, IL, "EUR", "2026-11-10", [
        ("GAS-O2-MED-10L", "Medical oxygen, cylinder 10 l / 200 bar, filling", 20, "CYL", "24.50", "2026-11-19"),
        ("GAS-CYL-RENT-10L", "Cylinder rental 10 l, per cylinder per month", 20, "CYL", "6.75", "2026-11-19"),
    ])
    body = ("Geachte klant,\n\nHartelijk dank voor uw e-mail aan orders@hmg-gassen.example. Wij hebben uw bericht "
            "in goede orde ontvangen. Uw bestelling wordt binnen 48 uur door onze afdeling Orderverwerking "
            "bevestigd.\n\nVoor spoedleveringen van medische zuurstof kunt u 24/7 bellen: 088 - 420 42 42.\n"
            "Huur van cilinders wordt per kalendermaand berekend; de eerste 30 dagen gelden vanaf leveringsdatum.\n\n"
            "---\n\nDear customer,\n\nThank you for your e-mail. This is an automatic acknowledgment: your order "
            "has been received and will be confirmed within 48 hours.\n\nMet vriendelijke groet / Kind regards\n"
            "Holland Medische Gassen B.V. - Orderverwerking\nIndustrieweg 88, 3044 AT Rotterdam\n")
    eml = message(std(addr("HMG Orderverwerking", "orders@hmg-gassen.example"), who(IL),
                      "Automatisch antwoord: Purchase order 4700031022", mdate("2026-11-10 09:41:03", 1),
                      "<auto.4b81d2e7.20261110094103@hmg-gassen.example>", po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("Precedence", "auto_reply")]),
                  Part("text/plain", body, "utf-8", "quoted-printable"))
    return [po], eml, exp("auto_reply",
                          "Shared inbox acknowledgment: 'wordt binnen 48 uur bevestigd' promises a confirmation but "
                          "commits to nothing; '24/7' and '30 dagen' are not dates.")


@case("ciment-transilvania-bounce-po-table", "bounce/ro-RO",
      "Postfix DSN (550 5.1.1 user unknown) whose returned message/rfc822 part carries our full PO table with quantities, prices and requested dates.")
def c_bounce_ro():
    sup = ("CIMTRANS", "Ciment Transilvania SRL", "comenzi@ciment-transilvania.example", "ro-RO")
    po = make_po("4700031023", sup, TV, "EUR", "2026-11-09", [
        ("CEM-II-AM-425-25", "Cement CEM II/A-M 42.5R, bag 25 kg", 2240, "BAG", "3.95", "2026-12-01"),
        ("CEM-PAL-EUR", "EUR pallet, returnable", 40, "PCE", "11.00", "2026-12-01"),
    ])
    orig = po_mail(po, "2026-11-09 14:05:12", 1)
    human = ("This is the mail system at host mx1.kestrel-group.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<comenzi@ciment-transilvania.example>: host mx.ciment-transilvania.example[203.0.113.44]\n"
             "    said: 550 5.1.1 <comenzi@ciment-transilvania.example>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    rep = dsn_report(human,
                     [("Reporting-MTA", "dns; mx1.kestrel-group.example"), ("X-Postfix-Queue-ID", "4R7kTq2Vb1z9xQm"),
                      ("X-Postfix-Sender", "rfc822; tomas.varga@kestrel-group.example"),
                      ("Arrival-Date", "Mon,  9 Nov 2026 14:05:13 +0100 (CET)")],
                     [[("Final-Recipient", "rfc822; comenzi@ciment-transilvania.example"),
                       ("Original-Recipient", "rfc822;comenzi@ciment-transilvania.example"),
                       ("Action", "failed"), ("Status", "5.1.1"),
                       ("Remote-MTA", "dns; mx.ciment-transilvania.example"),
                       ("Diagnostic-Code", "smtp; 550 5.1.1 <comenzi@ciment-transilvania.example>: Recipient address "
                                           "rejected: User unknown in virtual mailbox table")]],
                     orig, "4R7kTq2Vb1z9xQm.1762693514/mx1.kestrel-group.example", charset="us-ascii")
    eml = message(std("MAILER-DAEMON@mx1.kestrel-group.example (Mail Delivery System)", who(TV),
                      "Undelivered Mail Returned to Sender", mdate("2026-11-09 14:05:14", 1),
                      "<20261109130514.4R7kTq2Vb1z9xQm@mx1.kestrel-group.example>",
                      extra=[("Auto-Submitted", "auto-replied")]), rep)
    return [po], eml, exp("bounce", "Delivery failure; the returned original contains the PO table with quantities, "
                                    "prices and requested dates that must not be read as a confirmation.")


@case("sanitas-ab-own-codes", "confirmation/de-CH",
      "Swiss 'AB im Anhang' mail whose PDF lists only the supplier's own article numbers (no PO codes), coupling bags restated as 300 Stk at 3.90, Swiss 1'234.50 number format.")
def c_sanitas():
    sup = ("SANITAS", "Sanitas Armaturen AG", "verkauf@sanitas-armaturen.example", "de-CH")
    po = make_po("4700031024", sup, TV, "EUR", "2026-11-09", [
        ("PF-PRESS-15-EL", "Press fitting elbow 90deg 15 mm, copper", 400, "PCE", "2.65", "2026-12-04"),
        ("PF-PRESS-22-TE", "Press fitting tee 22 mm, copper", 250, "PCE", "4.80", "2026-12-04"),
        ("PF-PRESS-28-CP", "Press coupling 28 mm, copper, bag of 10", 30, "BAG", "39.00", "2026-12-04"),
        ("PF-ADAPT-22-34", 'Press adapter 22 mm x 3/4" male thread', 120, "PCE", "5.95", "2026-12-04"),
    ])
    assert 400 * Decimal("2.65") + 250 * Decimal("4.95") + 300 * Decimal("3.90") + 120 * Decimal("5.95") == Decimal("4181.50")
    assert_wd("2026-12-11", "Fri")
    doc = pdf([[
        ("h", "Sanitas Armaturen AG"),
        "Industriestrasse 12 · CH-8604 Volketswil · +41 44 908 61 00 · MWST CHE-105.882.431",
        ("gap",),
        ("h", "Auftragsbestätigung AB-26-04418"),
        [(50, "Kunde: Kestrel Hospitality Group"), (320, "Datum: 10.11.2026")],
        [(50, "Ihre Bestellung: 4700031024 vom 09.11.2026"), (320, "Kunden-Nr.: 880214")],
        ("gap",),
        [(50, "Pos"), (75, "Art.-Nr."), (135, "Bezeichnung"), (330, "Menge"), (380, "Einh."), (415, "Preis EUR"),
         (470, "Betrag EUR"), (525, "Termin")],
        [(50, "1"), (75, "36.115.090"), (135, "Pressbogen 90° Cu 15 mm"), (330, "400"), (380, "Stk"), (415, "2.65"),
         (470, "1'060.00"), (525, "04.12.2026")],
        [(50, "2"), (75, "36.222.130"), (135, "Press-T-Stück Cu 22 mm"), (330, "250"), (380, "Stk"), (415, "4.95"),
         (470, "1'237.50"), (525, "04.12.2026")],
        [(50, "3"), (75, "36.028.270"), (135, "Pressmuffe Cu 28 mm (Btl. à 10 Stk)"), (330, "300"), (380, "Stk"),
         (415, "3.90"), (470, "1'170.00"), (525, "11.12.2026")],
        [(50, "4"), (75, "36.322.340"), (135, "Übergangsnippel Cu 22 mm x 3/4\" AG"), (330, "120"), (380, "Stk"),
         (415, "5.95"), (470, "714.00"), (525, "04.12.2026")],
        ("gap",),
        [(330, "Total netto EUR"), (470, "4'181.50")],
        ("gap",),
        "Lieferung DAP Ihr Lager, verzollt. Zahlung 30 Tage netto. Preisbasis Preisliste 2026/2.",
        "Pos. 2: neuer Preis gemäss Metallzuschlag Kupfer (LME) per 01.11.2026.",
    ]], title="AB-26-04418", producer="Abacus ERP")
    body = ("Grüezi Herr Varga\n\nBesten Dank für Ihre Bestellung. Unsere AB finden Sie im Anhang.\n\n"
            "Freundliche Grüsse\n\nReto Baumann\nInnendienst\nSanitas Armaturen AG\n")
    orig = request_text(po)
    plain = body + f"\n-----Ursprüngliche Nachricht-----\nVon: {TV[0]} <{TV[1]}>\nGesendet: Montag, 9. November 2026 " \
                   "14:40\nAn: verkauf@sanitas-armaturen.example\nBetreff: Purchase order 4700031024\n\n" + orig
    root = Multi("mixed", [Part("text/plain", plain, "iso-8859-1", "quoted-printable"),
                           Part("application/pdf", doc, filename="AB-26-04418.pdf")],
                 "----=_NextPart_000_0A1B_01DB4F2C.3E5D7A80")
    eml = message(std(addr("Reto Baumann", "verkauf@sanitas-armaturen.example"), who(TV),
                      "AW: Purchase order 4700031024", mdate("2026-11-10 10:11:37", 1),
                      "<000a01db4f2c$3e5d7a80$bb186f80$@sanitas-armaturen.example>", po["request_message_id"],
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")]), root)
    return [po], eml, exp("confirmation",
                          "Match PDF rows by position/description (own codes only). Pos 2 price 4.95; pos 3 300 Stk "
                          "at 3.90 = 30 bags at 39.00 (same) but 11.12.2026; 1'060.00 etc. are line amounts.",
                          (po, {1: label(po, 1), 2: label(po, 2, p="4.95"), 3: label(po, 3, q=30, p="39.00", d="2026-12-11"),
                                4: label(po, 4)}))


@case("lioncity-stm32-on-allocation", "confirmation/en-SG",
      "Singapore reply confirming three lines at PO price and leaving the MCU 'on allocation' with no committed qty or date; part numbers like 0402 100nF 16V and STM32G071RBT6.")
def c_lion():
    sup = ("LIONCITY", "Lion City Electronics Pte Ltd", "sales@lioncity-elec.example", "en-SG")
    po = make_po("4700031025", sup, IL, "USD", "2026-11-04", [
        ("IC-STM32G071RBT6", "MCU STM32G071RBT6, LQFP-64", 500, "PCE", "2.18", "2026-12-14"),
        ("CAP-0402-100N-16V", "MLCC 0402 100nF 16V X7R", 20000, "PCE", "0.0021", "2026-12-14"),
        ("RES-0603-10K-1P", "Resistor 0603 10k 1% 0.1W", 20000, "PCE", "0.0012", "2026-12-14"),
        ("PCB-IO-R2", "I/O board PCB rev 2, panel of 8", 800, "PCE", "0.96", "2026-12-14"),
    ])
    body = ("Hi Ines,\n\nNoted with thanks on PO 4700031025.\n\n"
            "Confirming lines 2, 3 and 4 at PO price for delivery on 14 Dec.\n\n"
            "The STM32G071RBT6 is on allocation from ST at the moment - we have put in for your 500 pcs but cannot "
            "commit qty or date until the factory allocation comes out, probably mid-Dec. Will update you then.\n\n"
            "Regards\nJasmine Tan\nSales Coordinator\nLion City Electronics Pte Ltd\n10 Ubi Crescent #05-21, "
            "Singapore 408564\nDID +65 6748 2210\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{IL[0]} <{IL[1]}>", "Wednesday, 4 November 2026 5:31 PM",
                                "Lion City Sales <sales@lioncity-elec.example>", "Purchase order 4700031025", orig,
                                orig_html=request_html(po))
    eml = message(std(addr("Jasmine Tan", "sales@lioncity-elec.example"), who(IL), "RE: Purchase order 4700031025",
                      mdate("2026-11-06 15:22:18", 8),
                      "<SG2PR06MB5333E8F7A6B5C4D3E2F1A0B9C8D7E6F5@SG2PR06MB5333.apcprd06.prod.outlook.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_SG2PR06MB5333E8F7A6B5C4D3E2F1A0B9C8D7E6F5_"))
    return [po], eml, exp("confirmation",
                          "Lines 2-4 accepted (14 Dec = requested); the MCU is 'on allocation' with no commitment = "
                          "unconfirmed; 'mid-Dec' is not a date.",
                          (po, {1: UNC, 2: label(po, 2), 3: label(po, 3), 4: label(po, 4)}))


@case("dansk-skilte-dkk-prices", "needs_review/da-DK",
      "Danish reply that would deliver on time but restates both prices in Danish kroner (invoicing switched to DKK) for a EUR order and asks whether that is acceptable.")
def c_dansk():
    sup = ("DKSKILT", "Dansk Sikkerhedsskilte ApS", "salg@dansk-skilte.example", "da-DK")
    po = make_po("4700031026", sup, IL, "EUR", "2026-11-09", [
        ("SGN-EXIT-300", "Emergency exit sign 300x150 mm, photoluminescent", 50, "PCE", "12.40", "2026-12-10"),
        ("SGN-FA-200-P5", "First aid sign 200x200 mm, pack of 5", 20, "PCK", "21.00", "2026-12-10"),
    ])
    body = ("Hej Ines\n\nTak for ordren. Vi kan godt levere begge positioner til den 10. december.\n\n"
            "Bemærk dog, at vi pr. 1. november fakturerer alle udenlandske kunder i danske kroner. Prisen på "
            "flugtvejsskiltet er DKK 98,50 pr. stk., og førstehjælpsskiltet koster DKK 162,00 pr. pakke à 5.\n\n"
            "Vil du give mig besked, om det er i orden, så sender jeg ordrebekræftelsen med det samme?\n\n"
            "Venlig hilsen\nMette Lund\nDansk Sikkerhedsskilte ApS\nTlf. 86 12 40 55\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "da", f"{IL[0]} <{IL[1]}>", "9. november 2026 15:12",
                                "salg@dansk-skilte.example", "Purchase order 4700031026", orig)
    eml = message(std(addr("Mette Lund", "salg@dansk-skilte.example"), who(IL), "SV: Purchase order 4700031026",
                      mdate("2026-11-10 08:54:21", 1),
                      "<HE1PR0101MB2290D1C2B3A4F5E6D7C8B9A0F1E2D3C4@HE1PR0101MB2290.eurprd01.prod.exchangelabs.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_HE1PR0101MB2290D1C2B3A4F5E6D7C8B9A0F1E2D3C4_", cs="iso-8859-1"))
    return [po], eml, exp("needs_review",
                          "Prices only in DKK for a EUR PO and the supplier waits for our OK before sending the "
                          "order confirmation: nothing committed in the PO currency.")


@case("schilderwerk-ooo-de", "auto_reply/de-DE",
      "German Outlook out-of-office ('Abwesend:') with an absence end date, a return weekday and a deputy's phone number, all of which look like delivery data.")
def c_ooo_de():
    sup = ("SCHILDNORD", "Schilderwerk Nord GmbH", "j.peters@schilderwerk-nord.example", "de-DE")
    po = make_po("4700031027", sup, MH, "EUR", "2026-11-12", [
        ("SGN-PROH-SMOKE-P5", "No smoking sign 200x200 mm, pack of 5", 30, "PCK", "14.90", "2026-12-03"),
        ("SGN-MAND-PPE-400", "Mandatory PPE sign 400x300 mm", 25, "PCE", "9.80", "2026-12-03"),
    ])
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
            "20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht "
            "weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sandra Kühn, "
            "Tel. 040 / 73 44 18-22, s.kuehn@schilderwerk-nord.example.\n\n"
            "Ab Montag, den 23.11., bin ich wieder für Sie da.\n\nMit freundlichen Grüßen\nJan Peters\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
            "<body><div style=\"font-family:Arial;font-size:10pt\">" + text_to_html(body) + "</div></body></html>\n")
    eml = message(std(addr("Peters, Jan", "j.peters@schilderwerk-nord.example"), who(MH),
                      "Abwesend: Purchase order 4700031027", mdate("2026-11-12 10:03:44", 1),
                      "<b0c3e7a1f29d4b6c8e4d0a7f5c21e9b3@SWN-EXCH01.schilderwerk-nord.local>",
                      po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("Thread-Topic", "Purchase order 4700031027")], scs="iso-8859-1"),
                  alt(body, html, "_000_b0c3e7a1f29d4b6c8e4d0a7f5c21e9b3SWNEXCH01_", cs="iso-8859-1"))
    return [po], eml, exp("auto_reply", "Out-of-office until 20.11.2026, back Monday 23.11.: dates of the absence, "
                                        "not delivery dates.")


@case("cacao-sureste-question-format", "needs_review/es-MX",
      "Mexican Spanish reply asking whether we want discs or blocks because the PO price matches blocks, explicitly holding the whole confirmation until we answer.")
def c_cacao():
    sup = ("CACAOSUR", "Cacao y Chocolates del Sureste S.A. de C.V.", "ventas@cacaosureste.example", "es-MX")
    po = make_po("4700031028", sup, PK, "USD", "2026-11-06", [
        ("CC-NIBS-10", "Cocoa nibs, bag 10 kg", 200, "KG", "11.20", "2026-12-15"),
        ("CV-D64-DISC-10", "Dark couverture 64% discs, bag 10 kg", 400, "KG", "8.60", "2026-12-15"),
    ])
    body = ("Hola Paul, buen día.\n\nRecibimos su orden de compra 4700031028, muchas gracias.\n\n"
            "Antes de confirmarla tengo una duda: la cobertura 64% la manejamos en discos (bolsa de 10 kg) y también "
            "en bloques de 5 kg. En la OC dice discos, pero el precio de 8.60 USD/kg es el de bloques; los discos "
            "están en 9.15 USD/kg. ¿Nos confirma cuál de las dos presentaciones necesitan?\n\n"
            "En cuanto nos indique, le mandamos la confirmación de toda la orden con fechas (los nibs no tienen "
            "problema de inventario).\n\nSaludos cordiales,\nFernanda Ruiz\nVentas Exportación\n"
            "Cacao y Chocolates del Sureste, Villahermosa, Tab.\nTel. +52 993 315 0420\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"El vie, 6 nov 2026 a las 10:02, {PK[0]} (<{PK[1]}>) escribió:", orig)
    eml = message(std(addr("Fernanda Ruiz", "ventas@cacaosureste.example"), who(PK), "Re: Purchase order 4700031028",
                      mdate("2026-11-09 09:31:55", -6), "<CAHt6Vq1nBz+Kx8mPw3dLc0Sa7Ry2Fe9Ju4Gi@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "0000000000007a9f2d0625f7c1b4"))
    return [po], eml, exp("needs_review",
                          "A question (discs vs blocks, 8.60 vs 9.15) with the confirmation explicitly held back; "
                          "'no inventory problem' for nibs is not a commitment.")


@case("denizli-two-pos-one-mail", "confirmation/tr-TR",
      "Turkish reply answering two POs in one mail, each under its own heading, with a cotton price increase on one line and a one-week slip on another.")
def c_denizli():
    sup = ("DENIZLITEKS", "Denizli Otel Tekstili A.Ş.", "siparis@denizli-otel.example", "tr-TR")
    po1 = make_po("4700031029", sup, MH, "EUR", "2026-11-02", [
        ("LIN-BR-WAF-L", "Bath robe waffle, white, size L", 200, "PCE", "14.80", "2026-12-11"),
        ("LIN-HT-50100", "Hand towel 50x100 cm, 500 g/m2", 600, "PCE", "2.95", "2026-12-11"),
    ])
    po2 = make_po("4700031030", sup, MH, "EUR", "2026-11-05", [
        ("LIN-BS-240290", "Bed sheet 240x290 cm, percale", 300, "PCE", "9.40", "2027-01-15"),
        ("LIN-BM-5080", "Bath mat 50x80 cm, 700 g/m2", 150, "PCE", "4.20", "2027-01-15"),
    ])
    body = ("Sayın Maren Holt,\n\n4700031029 ve 4700031030 numaralı siparişleriniz için teşekkür ederiz. "
            "Onaylarımız aşağıdadır:\n\n"
            "Sipariş 4700031029:\n"
            "- Waffle bornoz, beyaz, L beden: 200 adet, birim fiyat 14,80 EUR, teslim tarihi 11.12.2026\n"
            "- El havlusu 50x100 cm: 600 adet, birim fiyat 2,95 EUR, teslim tarihi 11.12.2026\n\n"
            "Sipariş 4700031030:\n"
            "- Çarşaf 240x290 perkal: 300 adet, birim fiyat 9,85 EUR (pamuk fiyatlarındaki artış nedeniyle), "
            "teslim tarihi 15.01.2027\n"
            "- Banyo paspası 50x80: 150 adet, birim fiyat 4,20 EUR, teslim tarihi 22.01.2027\n\n"
            "Saygılarımızla,\nEmre Yıldız\nİhracat Departmanı\nDenizli Otel Tekstili A.Ş.\n+90 258 371 44 00\n")
    orig = request_text(po1)
    plain, html = outlook_reply(body, "tr", f"{MH[0]} <{MH[1]}>", "2 Kasım 2026 Pazartesi 11:20",
                                "siparis@denizli-otel.example", "Purchase order 4700031029", orig)
    eml = message(std(addr("Emre Yıldız", "siparis@denizli-otel.example"), who(MH),
                      "YNT: Purchase order 4700031029 / 4700031030", mdate("2026-11-10 10:30:12", 3),
                      "<VI1P190MB0544B2A3C4D5E6F7A8B9C0D1E2F3A4B5@VI1P190MB0544.EURP190.PROD.OUTLOOK.COM>",
                      po1["request_message_id"], refs=f"{po1['request_message_id']} {po2['request_message_id']}"),
                  alt(plain, html, "_000_VI1P190MB0544B2A3C4D5E6F7A8B9C0D1E2F3A4B5_", cs="iso-8859-9"))
    return [po1, po2], eml, exp("confirmation",
                                "Two POs in one mail: 4700031029 fully as ordered; 4700031030 sheet price 9.85 and bath "
                                "mats 2027-01-22.",
                                (po1, {1: label(po1, 1), 2: label(po1, 2)}),
                                (po2, {1: label(po2, 1, p="9.85"), 2: label(po2, 2, d="2027-01-22")}))


@case("kemoklin-one-of-three-pos", "confirmation/hr-HR",
      "Croatian reply answering one of three open POs (per-can prices converted to litres, later date) while promising an answer on another PO 'next week' and ignoring the third.")
def c_kemo():
    sup = ("KEMOKLIN", "Kemoklin d.o.o.", "narudzbe@kemoklin.example", "hr-HR")
    po1 = make_po("4700031031", sup, PK, "EUR", "2026-11-03", [
        ("CHM-DES-IBC", "Disinfectant concentrate, IBC 1000 l", 2000, "L", "2.45", "2026-11-27"),
    ])
    po2 = make_po("4700031032", sup, PK, "EUR", "2026-11-05", [
        ("CHM-FLR-ALK-10", "Floor cleaner alkaline, can 10 l", 200, "L", "2.10", "2026-11-30"),
        ("CHM-GLS-RTU-1", "Glass cleaner RTU, bottle 1 l", 48, "BTL", "1.65", "2026-11-30"),
    ])
    po3 = make_po("4700031033", sup, PK, "EUR", "2026-11-06", [
        ("CHM-SOAP-5", "Liquid hand soap, can 5 l", 60, "CAN", "7.90", "2026-12-04"),
    ])
    body = ("Poštovani gospodine Okafor,\n\nza Vašu narudžbu br. 4700031032 potvrđujemo:\n\n"
            "1. Alkalno sredstvo za podove, kanta 10 l: 20 kanti (200 l), 21,00 EUR/kanta\n"
            "2. Sredstvo za staklo, boca 1 l: 48 boca, 1,65 EUR/boca\n\n"
            "Isporuka: 3.12.2026. (30.11. nemamo slobodno vozilo).\n\n"
            "Za narudžbu 4700031031 javit ćemo se sljedeći tjedan, čekamo potvrdu proizvođača.\n\n"
            "Lijep pozdrav,\nIvana Horvat\nKemoklin d.o.o., Zagreb\n+385 1 6600 412\n")
    plain = body + f"\n\n-----Original Message-----\nFrom: {PK[0]} <{PK[1]}>\nSent: 5. studenoga 2026. 11:47\n" \
                   "To: narudzbe@kemoklin.example\nSubject: Purchase order 4700031032\n\n" + request_text(po2)
    eml = message(std(addr("Ivana Horvat", "narudzbe@kemoklin.example"), who(PK), "RE: Purchase order 4700031032",
                      mdate("2026-11-13 12:06:40", 1), "<002c01db55a3$f1e2d3c4$d5a6b7c8$@kemoklin.example>",
                      po2["request_message_id"]),
                  Part("text/plain", plain, "iso-8859-2", "quoted-printable"))
    d = "2026-12-03"
    return [po1, po2, po3], eml, exp("confirmation",
                                     "Only PO 4700031032 is answered (21,00/10 l = 2.10/l, both lines to 2026-12-03); "
                                     "4700031031 is only mentioned ('next week') and 4700031033 not at all, so both "
                                     "are left out.",
                                     (po2, {1: label(po2, 1, p=per("21.00", 10), d=d), 2: label(po2, 2, d=d)}))


# ======================================================================================
# Chunk 3: 031-045
# ======================================================================================

@case("papelsul-caixas-faturamento", "confirmation/pt-BR",
      "Brazilian reply pricing paper per box of 5 reams while the PO is per ream, rounding Letter paper down to two full pallets, and giving an invoicing date beside the delivery date.")
def c_papelsul():
    sup = ("PAPELSUL", "Papel Sul Distribuidora Ltda.", "vendas@papelsul.example", "pt-BR")
    po = make_po("4700031034", sup, PK, "USD", "2026-11-10", [
        ("PAP-A4-75-RM", "Copy paper A4 75 g/m2, ream of 500 sheets", 1000, "RM", "4.30", "2026-12-09"),
        ("PAP-LTR-75-RM", "Copy paper Letter 75 g/m2, ream of 500 sheets", 420, "RM", "4.45", "2026-12-09"),
    ])
    body = ("Olá Paul, tudo bem?\n\nSegue a confirmação do pedido 4700031034:\n\n"
            "• A4 75 g/m²: 200 caixas de 5 resmas (= 1.000 resmas, 5 paletes), US$ 21,50 por caixa\n"
            "• Carta 75 g/m²: trabalhamos só com paletes fechados de 40 caixas, então arredondamos para "
            "2 paletes = 80 caixas = 400 resmas, US$ 22,75 por caixa (tabela nova)\n\n"
            "Faturamento em 04/12 e entrega no seu CD no dia 10/12.\n\n"
            "Abraço,\nCamila Souza\nPapel Sul Distribuidora Ltda. - Porto Alegre/RS\n(51) 3022-4180\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "pt", f"{PK[0]} <{PK[1]}>", "terça-feira, 10 de novembro de 2026 13:55",
                                "vendas@papelsul.example", "Purchase order 4700031034", orig)
    eml = message(std(addr("Camila Souza", "vendas@papelsul.example"), who(PK), "RES: Purchase order 4700031034",
                      mdate("2026-11-11 16:20:31", -3),
                      "<CP4P284MB1822A1B2C3D4E5F6A7B8C9D0E1F2A3B4@CP4P284MB1822.BRAP284.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_CP4P284MB1822A1B2C3D4E5F6A7B8C9D0E1F2A3B4_"))
    d = "2026-12-10"
    return [po], eml, exp("confirmation",
                          "Box of 5 reams: 21,50/5 = 4.30 (same), 22,75/5 = 4.55 (changed); Letter rounded down to "
                          "400 reams; delivery 10/12 wins over invoicing 04/12.",
                          (po, {1: label(po, 1, p=per("21.50", 5), d=d), 2: label(po, 2, q=400, p=per("22.75", 5), d=d)}))


@case("hellasglass-two-of-three-pos", "confirmation/el-GR",
      "Greek Outlook reply (ISO-8859-7) answering two of three open POs with prices per thousand, rejecting a bottle size and only mentioning the third PO as to be confirmed.")
def c_hellas():
    sup = ("HELLASGLASS", "Ελληνική Υαλουργία Α.Ε.", "sales@hellasglass.example", "el-GR")
    po1 = make_po("4700031035", sup, MH, "EUR", "2026-11-04", [
        ("BTL-MAR-500-DG", "Olive oil bottle Marasca 500 ml, dark green", 24000, "PCE", "0.185", "2026-12-10"),
    ])
    po2 = make_po("4700031036", sup, MH, "EUR", "2026-11-05", [
        ("BTL-DOR-250-FL", "Olive oil bottle Dorica 250 ml, flint", 36000, "PCE", "0.142", "2026-12-10"),
        ("BTL-DOR-1000-FL", "Olive oil bottle Dorica 1000 ml, flint", 6000, "PCE", "0.298", "2026-12-10"),
    ])
    po3 = make_po("4700031037", sup, MH, "EUR", "2026-11-06", [
        ("CAP-DOR-31.5-AL", "Aluminium screw cap 31.5 x 24 mm, pourer", 42000, "PCE", "0.041", "2026-12-10"),
    ])
    body = ("Αγαπητή κυρία Holt,\n\nσας ευχαριστούμε για τις παραγγελίες σας. Επιβεβαιώνουμε:\n\n"
            "Παραγγελία 4700031035\n"
            "- Marasca 500 ml σκούρο πράσινο: 24.000 τεμ. (20 παλέτες), 185,00 € ανά 1.000 τεμ., "
            "παράδοση 10/12/2026\n\n"
            "Παραγγελία 4700031036\n"
            "- Dorica 250 ml flint: 36.000 τεμ., 142,00 € ανά 1.000 τεμ., παράδοση 17/12/2026\n"
            "- Dorica 1000 ml flint: δεν παράγεται πλέον, λυπούμαστε.\n\n"
            "Η παραγγελία 4700031037 (πώματα) θα επιβεβαιωθεί μόλις λάβουμε απάντηση από τον προμηθευτή μας.\n\n"
            "Με εκτίμηση,\nΔήμητρα Παπαδοπούλου\nΤμήμα Πωλήσεων Εξωτερικού\nΕλληνική Υαλουργία Α.Ε.\n"
            "Τηλ. +30 210 559 1420\n")
    orig = request_text(po1)
    plain, html = outlook_reply(body, "el", f"{MH[0]} <{MH[1]}>", "Τετάρτη, 4 Νοεμβρίου 2026 3:15 μμ",
                                "sales@hellasglass.example", "Purchase order 4700031035", orig)
    eml = message(std(addr("Δήμητρα Παπαδοπούλου", "sales@hellasglass.example", "iso-8859-7"), who(MH),
                      "RE: Purchase orders 4700031035 / 036 / 037", mdate("2026-11-09 12:44:19", 2),
                      "<AS8PR07MB7890C1D2E3F4A5B6C7D8E9F0A1B2C3D4@AS8PR07MB7890.eurprd07.prod.outlook.com>",
                      po1["request_message_id"],
                      refs=" ".join(p["request_message_id"] for p in (po1, po2, po3)), scs="iso-8859-7"),
                  alt(plain, html, "_000_AS8PR07MB7890C1D2E3F4A5B6C7D8E9F0A1B2C3D4_", cs="iso-8859-7"))
    return [po1, po2, po3], eml, exp("confirmation",
                                     "Per 1.000 prices equal PO prices; 4700031035 accepted; 4700031036 line 1 moved to "
                                     "17/12, line 2 no longer produced = rejected; 4700031037 only mentioned, left out.",
                                     (po1, {1: label(po1, 1, p=per("185.00", 1000))}),
                                     (po2, {1: label(po2, 1, p=per("142.00", 1000), d="2026-12-17"), 2: REJ}))


@case("lageri-kz-whole-order-declined", "confirmation/bg-BG",
      "Bulgarian reply declining the whole bearing order because the series is no longer produced: a confirmation kind with every line rejected, plus a cessation date.")
def c_lageri():
    sup = ("LAGERIKZ", "Лагери Казанлък АД", "sales@lageri-kz.example", "bg-BG")
    po = make_po("4700031038", sup, TV, "EUR", "2026-11-09", [
        ("BRG-6320-2RS-C3", "Deep groove ball bearing 6320-2RS C3", 20, "PCE", "148.00", "2027-01-29"),
        ("BRG-6324-C3", "Deep groove ball bearing 6324 C3", 10, "PCE", "265.00", "2027-01-29"),
    ])
    body = ("Уважаеми г-н Варга,\n\nБлагодарим Ви за поръчка № 4700031038.\n\n"
            "За съжаление от 1 октомври 2026 г. прекратихме производството на лагери от серия 63xx с външен "
            "диаметър над 200 мм и не можем да изпълним нито една от двете позиции (6320-2RS C3 и 6324 C3). "
            "Наличностите ни от тези типове са изчерпани.\n\n"
            "Можем да Ви предложим еквиваленти от серия 62xx при срок на доставка около 14 седмици - ако желаете, "
            "ще изпратим оферта.\n\nС уважение,\nГеорги Петров\nОтдел Продажби\nЛагери Казанлък АД\n"
            "тел. +359 431 6 24 18\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"На пн, 9.11.2026 г. в 11:20 ч. {TV[0]} <{TV[1]}> написа:", orig)
    eml = message(std(addr("Георги Петров", "sales@lageri-kz.example"), who(TV), "Re: Purchase order 4700031038",
                      mdate("2026-11-10 14:09:37", 2), "<CAE1rTy6Nw0+Qk3pLx8bZc2Ve7Hm4Ds9Fa5Ug@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "000000000000e7c5a30625f8b412"))
    return [po], eml, exp("confirmation",
                          "An outright refusal is an answer: both lines rejected (series no longer produced); the "
                          "offered 62xx alternative with ~14 weeks is not a commitment.",
                          (po, {1: REJ, 2: REJ}))


@case("pohjolan-kaapeli-15-1-moq", "confirmation/fi-FI",
      "Finnish reply with day.month dates without year ('15.1.', '8.1.') that fall in 2027, a per-100 m price, a 500 m minimum quantity, 'viikolla 51' and a drum deposit.")
def c_kaapeli():
    sup = ("POHJOLANKAAPELI", "Pohjolan Kaapeli Oy", "myynti@pohjolankaapeli.example", "fi-FI")
    po = make_po("4700031039", sup, IL, "EUR", "2026-11-11", [
        ("CAB-MCMK-4x16", "MCMK 4x16+16 power cable, drum 500 m", 1500, "M", "9.80", "2027-01-08"),
        ("CAB-MMJ-3x25S", "MMJ 3x2.5S installation cable, drum 500 m", 2000, "M", "0.98", "2027-01-08"),
        ("CAB-AXMK-4x95S", "AXMK 4x95S aluminium power cable", 300, "M", "8.20", "2026-12-18"),
    ])
    mail = "2026-11-12"
    assert next_on_or_after(1, 15, mail) == D("2027-01-15") and next_on_or_after(1, 8, mail) == D("2027-01-08")
    assert week_friday(2026, 51) == D("2026-12-18")
    body = ("Hei Ines,\n\nkiitos tilauksesta 4700031039. Vahvistamme seuraavasti:\n\n"
            "MCMK 4x16+16: 3 kelaa à 500 m = 1500 m, 9,80 €/m, toimitus 15.1.\n"
            "MMJ 3x2,5S: 4 kelaa à 500 m = 2000 m, hinta 96,00 €/100 m, toimitus 8.1.\n"
            "AXMK 4x95S: minimitoimitus 500 m, joten 500 m à 8,20 €/m, toimitus viikolla 51.\n\n"
            "Kelat veloitetaan panttina 180 €/kela ja hyvitetään palautettaessa.\n\n"
            "Ystävällisin terveisin\nJukka Virtanen\nmyyntipäällikkö, Pohjolan Kaapeli Oy\np. 040 718 2290\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "fi", f"{IL[0]} <{IL[1]}>", "keskiviikko 11. marraskuuta 2026 14.02",
                                "myynti@pohjolankaapeli.example", "Purchase order 4700031039", orig)
    eml = message(std(addr("Jukka Virtanen", "myynti@pohjolankaapeli.example"), who(IL),
                      "VS: Purchase order 4700031039", mdate("2026-11-12 09:37:58", 2),
                      "<HE1P189MB0318A9B8C7D6E5F4A3B2C1D0E9F8A7B6@HE1P189MB0318.EURP189.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_HE1P189MB0318A9B8C7D6E5F4A3B2C1D0E9F8A7B6_", cs="iso-8859-15"))
    return [po], eml, exp("confirmation",
                          "'15.1.' = 2027-01-15 (changed); '8.1.' = 2027-01-08 (as requested) with 96,00/100 m = 0.96 "
                          "(changed); AXMK raised to the 500 m minimum, week 51 = Fri 2026-12-18 (as requested).",
                          (po, {1: label(po, 1, d="2027-01-15"), 2: label(po, 2, p=per("96.00", 100)),
                                3: label(po, 3, q=500, d=week_friday(2026, 51))}))


@case("rehvimaailm-inline-answers", "confirmation/et-EE",
      "Estonian reply typed inline under each quoted PO line ('OK', a new price, a 4+2 split), so the quoted requested dates sit right next to the answers.")
def c_rehvi():
    sup = ("REHVIMAAILM", "Rehvimaailm OÜ", "myyk@rehvimaailm.example", "et-EE")
    po = make_po("4700031040", sup, TV, "EUR", "2026-11-12", [
        ("TY-VAN-2156516C", "Van tyre 215/65 R16C 109/107R, winter", 20, "PCE", "96.50", "2026-11-24"),
        ("TY-SUV-2355519", "SUV tyre 235/55 R19 105V XL, winter", 12, "PCE", "142.00", "2026-11-24"),
        ("TY-TRK-31580225", "Truck tyre 315/80 R22.5, drive axle", 6, "PCE", "389.00", "2026-11-24"),
    ])
    lines = request_text(po).split("\n")
    out = []
    for l in lines:
        out.append("> " + l if l.strip() else ">")
        if l.startswith("1    TY-VAN"):
            out.append("\nOK\n")
        elif l.startswith("2    TY-SUV"):
            out.append("\nkinnitame 12 tk, hind 148,00 (uus hinnakiri alates 01.11.), tarne 24.11.\n")
        elif l.startswith("3    TY-TRK"):
            out.append("\nlaos ainult 4 tk, need saame tarnida 24.11.; ülejäänud 2 tk 08.12.\n")
    assert sum(1 for o in out if o.startswith("\n")) == 3
    plain = ("Tere,\n\nvastused allpool, teie tellimuse ridade vahel.\n\n"
             f"12.11.2026 11:05 kirjutas {TV[0]}:\n" + "\n".join(out) + "\n\n--\nMarko Tamm\nRehvimaailm OÜ\n"
             "Peterburi tee 71, Tallinn\n+372 5821 4477\n")
    eml = message(std(addr("Marko Tamm", "myyk@rehvimaailm.example"), who(TV), "Re: Purchase order 4700031040",
                      mdate("2026-11-13 10:18:40", 2), "<e2b7a1d4-93c0-4f5b-8a61-0d4c7e9f3b28@rehvimaailm.example>",
                      po["request_message_id"], extra=[("User-Agent", "Mozilla Thunderbird")]),
                  Part("text/plain", plain, "utf-8", "8bit"))
    return [po], eml, exp("confirmation",
                          "Inline answers: line 1 OK; line 2 price 148.00 (24.11. = requested); line 3 split 4 on "
                          "2026-11-24 + 2 on 2026-12-08; 01.11. is a price-list date.",
                          (po, {1: label(po, 1), 2: label(po, 2, p="148.00"),
                                3: label(po, 3, sched=[(4, "2026-11-24"), (2, "2026-12-08")])}))


@case("baltijos-baldai-tbc-next-week", "confirmation/lt-LT",
      "Lithuanian reply confirming two garden-furniture lines and saying the third will be confirmed next week (unconfirmed), with ISO-style dates.")
def c_baldai():
    sup = ("BALTSODAS", "UAB Baltijos sodo baldai", "pardavimai@baltsodobaldai.example", "lt-LT")
    po = make_po("4700031041", sup, MH, "EUR", "2026-11-09", [
        ("GF-BENCH-150", "Garden bench pine 150 cm, impregnated", 40, "PCE", "118.00", "2027-03-05"),
        ("GF-PICNIC-180", "Picnic table 180 cm with benches", 15, "PCE", "289.00", "2027-03-05"),
        ("GF-LOUNGER-ADR", "Adirondack lounge chair, larch", 60, "PCE", "134.00", "2027-03-05"),
    ])
    body = ("Laba diena, Maren,\n\ndėkojame už užsakymą Nr. 4700031041.\n\nPatvirtiname:\n"
            "- Sodo suolas 150 cm: 40 vnt., 118,00 EUR/vnt., pristatymas 2027-03-05\n"
            "- Pikniko stalas 180 cm su suolais: 15 vnt., 289,00 EUR/vnt., pristatymas 2027-03-05\n\n"
            "Dėl maumedžio gultų (poz. 3) patvirtinsime kitą savaitę - laukiame žaliavos kainos iš lentpjūvės.\n\n"
            "Pagarbiai\nRasa Kazlauskienė\nUAB Baltijos sodo baldai, Kaunas\n+370 37 40 22 18\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"2026-11-09, pr, 10:44 {MH[0]} <{MH[1]}> rašė:", orig)
    eml = message(std(addr("Rasa Kazlauskienė", "pardavimai@baltsodobaldai.example"), who(MH),
                      "Re: Purchase order 4700031041", mdate("2026-11-11 15:02:26", 2),
                      "<CAN2wQp7Ls1+Xb4mRt9kYe0Hd6Vc3Jf8Gz5Oa@mail.gmail.com>", po["request_message_id"]),
                  alt(plain, html, "000000000000b2f8d10625f9a6c3", cs="iso-8859-13"))
    return [po], eml, exp("confirmation", "Lines 1-2 accepted; line 3 'will confirm next week' = unconfirmed.",
                          (po, {1: label(po, 1), 2: label(po, 2), 3: UNC}))


@case("balticlab-plus-4-percent", "confirmation/lv-LV",
      "Latvian reply confirming all lines on the requested date but applying a +4 % surcharge to the nitrile lines only, stated in prose without new unit prices.")
def c_balticlab():
    sup = ("BALTICLAB", "SIA Baltic Lab Supply", "pasutijumi@balticlab.example", "lv-LV")
    po = make_po("4700031042", sup, IL, "EUR", "2026-11-10", [
        ("GLV-NIT-XS-100", "Nitrile gloves XS, box of 100", 300, "BOX", "4.50", "2026-11-27"),
        ("GLV-NIT-S-100", "Nitrile gloves S, box of 100", 500, "BOX", "4.50", "2026-11-27"),
        ("GLV-NEO-M-50", "Neoprene chemo gloves M, box of 50", 100, "BOX", "17.25", "2026-11-27"),
    ])
    body = ("Labdien, Ines!\n\nPaldies par pasūtījumu Nr. 4700031042. Apstiprinām visas pozīcijas pilnā apjomā "
            "ar piegādi 2026. gada 27. novembrī.\n\n"
            "Sakarā ar izejvielu sadārdzinājumu no 1. novembra visām nitrila cimdu pozīcijām piemērojam cenas "
            "piemaksu +4 %. Neoprēna cimdu cena paliek nemainīga.\n\n"
            "Ar cieņu\nLinda Bērziņa\nSIA Baltic Lab Supply, Rīga\n+371 6750 3312\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{IL[0]} <{IL[1]}>", "Tuesday, November 10, 2026 10:31 AM",
                                "pasutijumi@balticlab.example", "Purchase order 4700031042", orig)
    eml = message(std(addr("Linda Bērziņa", "pasutijumi@balticlab.example"), who(IL), "RE: Purchase order 4700031042",
                      mdate("2026-11-11 11:40:05", 2),
                      "<DB8PR09MB3456F1E2D3C4B5A6F7E8D9C0B1A2F3E4@DB8PR09MB3456.eurprd09.prod.outlook.com>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_DB8PR09MB3456F1E2D3C4B5A6F7E8D9C0B1A2F3E4_"))
    p = pct("4.50", 4)
    assert Decimal(p) == Decimal("4.68")
    return [po], eml, exp("confirmation",
                          "+4 % on the two nitrile lines = 4.68; neoprene unchanged; all on the requested 27 Nov.",
                          (po, {1: label(po, 1, p=p), 2: label(po, 2, p=p), 3: label(po, 3)}))


@case("ukrnasinnia-ship-and-delivery", "confirmation/uk-UA",
      "Ukrainian Windows-1251 reply giving both a shipment date and a delivery date, a new-crop price on one line, and a 12-month shelf life.")
def c_ukr():
    sup = ("UKRNASINNIA", "ТОВ «Укрнасіння»", "sales@ukrnasinnia.example", "uk-UA")
    po = make_po("4700031043", sup, PK, "EUR", "2026-11-09", [
        ("SD-SUNF-BIRD-25", "Sunflower seed for birds, bag 25 kg", 1000, "KG", "1.12", "2026-12-15"),
        ("SD-PUMPK-GWS-25", "Pumpkin seed kernels GWS, bag 25 kg", 500, "KG", "3.40", "2026-12-15"),
    ])
    body = ("Добрий день, пане Пол!\n\nДякуємо за замовлення № 4700031043. Підтверджуємо:\n\n"
            "1. Насіння соняшнику для птахів, мішки по 25 кг: 1000 кг (40 мішків), 1,12 EUR/кг, "
            "відвантаження 08.12.2026, доставка на ваш склад 15.12.2026.\n"
            "2. Ядро гарбузового насіння GWS, мішки по 25 кг: 500 кг, ціна 3,65 EUR/кг (новий урожай 2026), "
            "відвантаження 08.12.2026, доставка 15.12.2026.\n\n"
            "Фітосанітарні сертифікати додаються до кожної партії. Термін придатності - 12 місяців з дати "
            "виробництва.\n\nЗ повагою\nОлена Шевченко\nвідділ експорту, ТОВ «Укрнасіння»\n+380 44 390 57 12\n")
    orig = request_text(po)
    plain = body + f"\n\n09.11.2026 12:14, {PK[0]} пише:\n" + quote(orig)
    eml = message(std(addr("Олена Шевченко", "sales@ukrnasinnia.example", "windows-1251"), who(PK),
                      "Re: Purchase order 4700031043", mdate("2026-11-10 17:26:13", 2),
                      "<5f3c9a21-7e4d-4b08-9c16-a2e8d0f47b95@ukrnasinnia.example>", po["request_message_id"],
                      extra=[("User-Agent", "Mozilla Thunderbird")], scs="windows-1251"),
                  Part("text/plain", plain, "windows-1251", "base64"))
    return [po], eml, exp("confirmation",
                          "Delivery 15.12.2026 wins over shipment 08.12.2026; line 1 as ordered, line 2 price 3.65.",
                          (po, {1: label(po, 1), 2: label(po, 2, p="3.65")}))


@case("hansung-pcb-per-1000-euckr", "confirmation/ko-KR",
      "Korean EUC-KR reply pricing PCBs per 1,000 pieces, with a delivery date on one line and only an FOB Busan shipment date on the other.")
def c_hansung():
    sup = ("HANSUNG", "한성전자회로(주)", "export@hansung-pcb.example", "ko-KR")
    po = make_po("4700031044", sup, IL, "USD", "2026-11-06", [
        ("PCB-SENS-R4", "Sensor PCB rev 4, 2-layer, 25x18 mm", 10000, "PCE", "0.85", "2026-12-18"),
        ("PCB-KEY-R2", "Keypad PCB rev 2, 2-layer, carbon ink", 5000, "PCE", "1.26", "2026-12-18"),
    ])
    body = ("안녕하세요 Ines 님,\n\n발주서 4700031044 확인하였습니다.\n\n"
            "1. PCB-SENS-R4: 10,000개, 단가 1,000개당 USD 850.00, 납기 2026년 12월 18일 (귀사 창고 도착)\n"
            "2. PCB-KEY-R2: 5,000개, 단가 1,000개당 USD 1,310.00 (카본 잉크 원가 상승), "
            "2026년 12월 24일 선적 (FOB 부산)\n\n"
            "감사합니다.\n\n김민준 과장\n한성전자회로(주) 해외영업팀\nTel. +82 31 8041 2275\n")
    orig = request_text(po)
    plain = body + f"\n-----Original Message-----\nFrom: \"{IL[0]}\" <{IL[1]}>\nTo: export@hansung-pcb.example\n" \
                   "Sent: 2026-11-06 (금) 17:21:04\nSubject: Purchase order 4700031044\n\n" + orig
    eml = message(std(addr("김민준", "export@hansung-pcb.example", "euc-kr"), who(IL),
                      "RE: Purchase order 4700031044", mdate("2026-11-09 14:02:51", 9),
                      "<20261109140251.7c1e@hansung-pcb.example>", po["request_message_id"], scs="euc-kr"),
                  Part("text/plain", plain, "euc-kr", "base64"))
    return [po], eml, exp("confirmation",
                          "Per-1,000 prices: 850 -> 0.85 (same, line 1 accepted); 1,310 -> 1.31 with only a ship "
                          "date 2026-12-24, which becomes the date.",
                          (po, {1: label(po, 1, p=per("850.00", 1000)),
                                2: label(po, 2, p=per("1310.00", 1000), d="2026-12-24")}))


@case("maytre-three-deliveries", "confirmation/vi-VN",
      "Vietnamese reply splitting armchairs into three deliveries of 100 (Jan, Feb, Mar 2027) around a Tết factory closure, sofas on the requested date.")
def c_maytre():
    sup = ("MAYTRE", "Công ty TNHH Nội thất Mây Tre Việt", "sales@maytreviet.example", "vi-VN")
    po = make_po("4700031045", sup, MH, "USD", "2026-11-05", [
        ("GF-RATTAN-CHR-GR", "Synthetic rattan armchair, grey", 300, "PCE", "42.00", "2027-02-15"),
        ("GF-RATTAN-SOFA3", "Synthetic rattan 3-seat sofa with cushions", 40, "PCE", "265.00", "2027-02-15"),
    ])
    body = ("Chào chị Maren,\n\nCảm ơn chị đã đặt hàng (PO 4700031045). Chúng tôi xác nhận như sau:\n\n"
            "1. Ghế bành mây nhựa màu xám: 300 chiếc, đơn giá 42,00 USD, giao làm 3 đợt:\n"
            "   - Đợt 1: 100 chiếc ngày 25/01/2027\n"
            "   - Đợt 2: 100 chiếc ngày 15/02/2027\n"
            "   - Đợt 3: 100 chiếc ngày 01/03/2027\n"
            "2. Sofa 3 chỗ mây nhựa kèm nệm: 40 bộ, đơn giá 265,00 USD, giao ngày 15/02/2027.\n\n"
            "Lưu ý: nhà máy nghỉ Tết Nguyên Đán từ 02/02 đến 12/02/2027.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Nội thất Mây Tre Việt\n"
            "ĐT: +84 274 3822 615\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"Vào Th 5, 5 thg 11, 2026 vào lúc 09:12 {MH[0]} <{MH[1]}> đã viết:", orig)
    eml = message(std(addr("Nguyễn Thị Lan", "sales@maytreviet.example"), who(MH), "Re: Purchase order 4700031045",
                      mdate("2026-11-10 10:55:02", 7), "<CAPx9Lm2Vr5+Tk1nQw7zHb3Yd0Fs8Jc4Ge6Ai@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "000000000000f1a6c20625fa3d87", cte="base64"))
    return [po], eml, exp("confirmation",
                          "Armchairs in three deliveries 100/100/100 on 2027-01-25, 2027-02-15, 2027-03-01 (date = "
                          "last); sofas as ordered; the Tết closure dates are noise.",
                          (po, {1: label(po, 1, sched=[(100, "2027-01-25"), (100, "2027-02-15"), (100, "2027-03-01")]),
                                2: label(po, 2)}))


@case("siamtyre-will-revert-buddhist-year", "needs_review/th-TH",
      "Thai TIS-620 reply acknowledging the PO and promising to confirm price and date by Friday 20 November 2569 (Buddhist era), committing to nothing.")
def c_siam():
    sup = ("SIAMTYRE", "บริษัท สยามยางรถยนต์ จำกัด", "export@siamtyre.example", "th-TH")
    po = make_po("4700031046", sup, PK, "USD", "2026-11-10", [
        ("TY-LT-26570R16", "Light truck tyre 265/70 R16 112T, all-terrain", 80, "PCE", "74.00", "2027-01-22"),
        ("TY-PCR-1856515", "Passenger tyre 185/65 R15 88H", 200, "PCE", "38.50", "2027-01-22"),
    ])
    assert_wd("2026-11-20", "Fri")
    body = ("เรียน คุณ Paul\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4700031046 ทางเราได้รับเรียบร้อยแล้ว\n\n"
            "ขณะนี้กำลังตรวจสอบกำลังการผลิตและวัตถุดิบ จะแจ้งยืนยันวันส่งมอบและราคาให้ทราบภายใน"
            "วันศุกร์ที่ 20 พฤศจิกายน 2569 ครับ\n\nด้วยความเคารพ\nสมชาย วงศ์สวัสดิ์\nฝ่ายขายต่างประเทศ\n"
            "บริษัท สยามยางรถยนต์ จำกัด\nโทร. 038 214 550\n")
    orig = request_text(po)
    plain = body + f"\n\n________________________________\nFrom: {PK[0]} <{PK[1]}>\nSent: 10 November 2026 16:05\n" \
                   "To: export@siamtyre.example\nSubject: Purchase order 4700031046\n\n" + orig
    eml = message(std(addr("สมชาย วงศ์สวัสดิ์", "export@siamtyre.example", "tis-620"), who(PK),
                      "RE: Purchase order 4700031046", mdate("2026-11-11 09:14:22", 7),
                      "<TYZPR01MB5512A7B6C5D4E3F2A1B0C9D8E7F6A5B4@TYZPR01MB5512.apcprd01.prod.outlook.com>",
                      po["request_message_id"], scs="tis-620"),
                  Part("text/plain", plain, "tis-620", "base64"))
    return [po], eml, exp("needs_review",
                          "'Will confirm date and price by Friday 20 Nov 2569' (Buddhist year = 2026): a promise to "
                          "revert, no commitment.")


@case("kakao-nusantara-moq-etd-eta", "confirmation/id-ID",
      "Indonesian reply with MOQ rounding to 1.000 kg, a price per metric ton, ETD Surabaya vs ETA Rotterdam, and Indonesian dot-thousands / comma-decimal numbers.")
def c_kakao():
    sup = ("KAKAONUS", "PT Kakao Nusantara Makmur", "sales@kakaonusantara.example", "id-ID")
    po = make_po("4700031047", sup, TV, "USD", "2026-11-04", [
        ("CC-POWD-1012-25", "Cocoa powder 10-12% fat, alkalized, bag 25 kg", 800, "KG", "6.90", "2027-01-20"),
        ("CC-BUTTER-DEOD", "Cocoa butter deodorized, carton 25 kg", 300, "KG", "9.40", "2027-01-20"),
    ])
    body = ("Yth. Bapak Tomás,\n\nTerima kasih atas PO 4700031047. Dengan ini kami konfirmasi:\n\n"
            "1. Bubuk kakao 10-12% alkalized: MOQ kami 1.000 kg (40 karung @ 25 kg), harga USD 6,90/kg.\n"
            "2. Lemak kakao deodorized: 300 kg (12 karton), harga USD 9.650/MT.\n\n"
            "Pengiriman kedua item: ETD Surabaya 15 Desember 2026, ETA Rotterdam 20 Januari 2027 (CIF Rotterdam). "
            "Sertifikat halal berlaku s/d 30 Juni 2028.\n\n"
            "Hormat kami,\nDewi Lestari\nExport Sales\nPT Kakao Nusantara Makmur, Surabaya\n+62 31 7482 119\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"Pada tanggal Rab, 4 Nov 2026 pukul 17.40 {TV[0]} <{TV[1]}> menulis:", orig)
    eml = message(std(addr("Dewi Lestari", "sales@kakaonusantara.example"), who(TV), "Re: Purchase order 4700031047",
                      mdate("2026-11-06 10:12:44", 7), "<CAL3sXk8Pq0+Mv7nWr2jTb9Ze4Hy1Dc6Fu5Ko@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "0000000000002c8e4b0625fb71a0"))
    return [po], eml, exp("confirmation",
                          "Powder raised to MOQ 1,000 kg; butter USD 9.650/MT = 9.65/kg; ETA 20 Jan 2027 is the "
                          "delivery (equals requested), ETD 15 Dec is shipment; halal validity is noise.",
                          (po, {1: label(po, 1, q=1000), 2: label(po, 2, p=per("9650", 1000))}))


@case("magen-gas-html-only-rtl", "confirmation/he-IL",
      "Hebrew HTML-only (no text part) right-to-left reply confirming oxygen, nitrous oxide and cylinder rental as ordered, with a hydrostatic test validity date.")
def c_magen():
    sup = ("MAGENGAS", "מגן גזים רפואיים בע\"מ", "orders@magengas.example", "he-IL")
    po = make_po("4700031048", sup, IL, "USD", "2026-11-11", [
        ("GAS-O2-MED-50L", "Medical oxygen cylinder 50 l / 200 bar, filling", 12, "CYL", "38.00", "2026-11-24"),
        ("GAS-N2O-MED-10L", "Medical nitrous oxide cylinder 10 l, filling", 6, "CYL", "61.00", "2026-11-24"),
        ("GAS-RENT-50L", "Cylinder rental 50 l, per cylinder per month", 12, "CYL", "9.50", "2026-11-24"),
    ])
    assert_wd("2026-11-24", "Tue")
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="rtl" style="font-family:Arial">'
            "<p>שלום אינס,</p><p>תודה על הזמנה מס' 4700031048. אנחנו מאשרים:</p><ol>"
            "<li>חמצן רפואי, גליל 50 ליטר: 12 גלילים, 38.00 $ לגליל, אספקה ביום ג' 24.11.2026</li>"
            "<li>תחמוצת חנקן רפואית, גליל 10 ליטר: 6 גלילים, 61.00 $ לגליל, אספקה 24.11.2026</li>"
            "<li>שכירות גליל 50 ליטר: 12 גלילים, 9.50 $ לגליל לחודש, החל מיום האספקה</li></ol>"
            "<p>כל הגלילים עם בדיקה הידרוסטטית בתוקף עד 03/2029.</p>"
            "<p>בברכה,<br>נועה לוי<br>שירות לקוחות | מגן גזים רפואיים בע\"מ<br>טל' 03-9012455</p>"
            '<div dir="ltr"><hr><b>From:</b> Ines Lindqvist &lt;ines.lindqvist@kestrel-group.example&gt;<br>'
            "<b>Sent:</b> Wednesday, November 11, 2026 11:02<br><b>Subject:</b> Purchase order 4700031048<br><br>"
            + request_html(po) + "</div></body></html>\n")
    eml = message(std(addr("נועה לוי", "orders@magengas.example"), who(IL), "RE: Purchase order 4700031048",
                      mdate("2026-11-12 13:48:09", 2),
                      "<VI1PR08MB4408C3D2E1F0A9B8C7D6E5F4A3B2C1D0@VI1PR08MB4408.eurprd08.prod.outlook.com>",
                      po["request_message_id"]),
                  Part("text/html", html, "utf-8", "base64"))
    return [po], eml, exp("confirmation",
                          "HTML-only RTL mail; all three lines as ordered (24.11.2026 = requested Tuesday); 03/2029 is "
                          "a test validity date.",
                          (po, {1: label(po, 1), 2: label(po, 2), 3: label(po, 3)}))


@case("gulf-medgas-ooo-ar", "auto_reply/ar-AE",
      "Arabic/English out-of-office from a Dubai gas supplier with Hijri and Gregorian return dates and a colleague's mobile number.")
def c_gulf():
    sup = ("GULFMEDGAS", "Gulf Medical Gases LLC", "k.haddad@gulfmedgas.example", "ar-AE")
    po = make_po("4700031050", sup, PK, "USD", "2026-11-12", [
        ("GAS-O2-MED-40L", "Medical oxygen cylinder 40 l, filling", 30, "CYL", "29.00", "2026-11-30"),
        ("GAS-RENT-40L", "Cylinder rental 40 l, per cylinder per month", 30, "CYL", "7.00", "2026-11-30"),
    ])
    body = ("شكراً لرسالتكم.\n\nأنا خارج المكتب في إجازة سنوية حتى يوم الأحد 22 نوفمبر 2026 "
            "(12 جمادى الآخرة 1448 هـ) ولن أتمكن من الرد على البريد الإلكتروني.\n"
            "للطلبات العاجلة يرجى التواصل مع الزميل سامر نصار على الرقم ‎+971 50 412 7730‎ "
            "أو orders@gulfmedgas.example.\n\n"
            "Thank you for your email. I am on annual leave until Sunday 22 November 2026 with no access to "
            "email. For urgent orders please contact my colleague Samer Nassar, +971 50 412 7730, "
            "orders@gulfmedgas.example.\n\nKhalid Haddad\nKey Account Manager | Gulf Medical Gases LLC\n")
    eml = message(std(addr("Khalid Haddad", "k.haddad@gulfmedgas.example"), who(PK),
                      "Automatic reply: Purchase order 4700031050", mdate("2026-11-12 08:30:11", 4),
                      "<a7c41e9b02d84f6f9b3e5d0c8a1f2e47@DXBEXCH02.gulfmedgas.local>", po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "k.haddad@gulfmedgas.example")]),
                  Part("text/plain", body, "utf-8", "base64"))
    return [po], eml, exp("auto_reply", "Out-of-office until 22 Nov 2026 (with Hijri date); no answer about the order.")


@case("papir-lj-odprema-only", "confirmation/sl-SI",
      "Slovenian reply that gives only a dispatch date ('Odprema ... 23. 11. 2026') for both paper lines, with pallet arithmetic and a warehouse town name.")
def c_papir():
    sup = ("PAPIRLJ", "Papir Trgovina Ljubljana d.o.o.", "narocila@papir-lj.example", "sl-SI")
    po = make_po("4700031049", sup, TV, "EUR", "2026-11-13", [
        ("PAP-A4-80-BOX", "Copy paper A4 80 g/m2, box of 5 reams", 400, "BOX", "22.40", "2026-11-26"),
        ("PAP-A4-REC-BOX", "Recycled copy paper A4 80 g/m2, box of 5 reams", 100, "BOX", "20.10", "2026-11-26"),
    ])
    assert_wd("2026-11-23", "Mon")
    body = ("Pozdravljeni,\n\nnaročilo 4700031049 potrjujemo:\n\n"
            "- A4 80 g: 400 škatel (10 palet po 40 škatel), 22,40 EUR/škatla\n"
            "- A4 reciklirani 80 g: 100 škatel, 20,10 EUR/škatla (zaloga v skladišču Maribor)\n\n"
            "Odprema obeh postavk iz našega skladišča v ponedeljek, 23. 11. 2026.\n\n"
            "Lep pozdrav,\nMaja Kranjc\nPapir Trgovina Ljubljana d.o.o.\n01 520 44 30\n")
    orig = request_text(po)
    plain = body + f"\n\n-----Original Message-----\nFrom: {TV[0]} <{TV[1]}>\nSent: petek, 13. november 2026 09:10\n" \
                   "To: narocila@papir-lj.example\nSubject: Purchase order 4700031049\n\n" + orig
    eml = message(std(addr("Maja Kranjc", "narocila@papir-lj.example"), who(TV), "RE: Purchase order 4700031049",
                      mdate("2026-11-13 14:51:29", 1), "<000c01db55f1$8b2a3c40$a17eb4c0$@papir-lj.example>",
                      po["request_message_id"]),
                  Part("text/plain", plain, "iso-8859-2", "quoted-printable"))
    d = "2026-11-23"
    return [po], eml, exp("confirmation",
                          "Only a dispatch date is given, so 2026-11-23 is the date for both lines (earlier than "
                          "requested); quantities and prices as ordered.",
                          (po, {1: label(po, 1, d=d), 2: label(po, 2, d=d)}))


# ======================================================================================
# Chunk 4: 046-060
# ======================================================================================

@case("sxtyres-mobile-tuesday-next-week", "confirmation/en-AU",
      "Australian one-line iPhone reply: 'all good, at your dock Tuesday next week' - the only date is relative to the Date header.")
def c_sxtyre():
    sup = ("SXTYRES", "Southern Cross Tyre Wholesale Pty Ltd", "dave@sxtyres.example", "en-AU")
    po = make_po("4700031051", sup, PK, "USD", "2026-11-11", [
        ("TY-AT-26565R17", "Tyre 265/65 R17 112S all-terrain", 16, "PCE", "168.00", "2026-11-20"),
        ("TY-HT-24570R16", "Tyre 245/70 R16 111T highway", 8, "PCE", "152.00", "2026-11-20"),
    ])
    sent = assert_wd("2026-11-12", "Thu")
    tue = sent + dt.timedelta(days=5)
    assert_wd(tue, "Tue")
    orig = request_text(po)
    plain = ("No worries Paul, all good on 4700031051 - can have them at your dock Tuesday next week.\n\n"
             "Cheers\nDave\n\nSent from my iPhone\n\n"
             f"On 12 Nov 2026, at 8:02 am, {PK[0]} <{PK[1]}> wrote:\n\n" + quote(orig))
    eml = message(std(addr("Dave Mitchell", "dave@sxtyres.example"), who(PK), "Re: Purchase order 4700031051",
                      mdate("2026-11-12 19:42:06", 11), "<9A1E4C7B-2F38-4D6A-B05E-7C3D9F12A8E4@sxtyres.example>",
                      po["request_message_id"], extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  Part("text/plain", plain, "utf-8", "7bit", params=[("format", "flowed"), ("delsp", "yes")]))
    return [po], eml, exp("confirmation",
                          "'Tuesday next week' from Thu 2026-11-12 = Tue 2026-11-17 (earlier than requested) for both lines.",
                          (po, {1: label(po, 1, d=tue), 2: label(po, 2, d=tue)}))


@case("boreal-ooo-fr-ca", "auto_reply/fr-CA",
      "Québec French/English out-of-office with an absence range '9 au 20 novembre inclusivement', a return weekday and an extension number.")
def c_boreal():
    sup = ("BOREAL", "Peintures Boréal inc.", "m.tremblay@peinturesboreal.example", "fr-CA")
    po = make_po("4700031052", sup, IL, "USD", "2026-11-13", [
        ("PNT-EXT-ACR-37", "Exterior acrylic paint, white, pail 3.78 l", 60, "PCE", "31.90", "2026-12-08"),
        ("PNT-EXT-ACR-189", "Exterior acrylic paint, white, pail 18.9 l", 20, "PCE", "139.00", "2026-12-08"),
    ])
    body = ("Bonjour,\n\nJe suis absente du bureau du 9 au 20 novembre inclusivement et je n'aurai pas accès à mes "
            "courriels. Pour toute commande urgente, veuillez écrire à commandes@peinturesboreal.example ou "
            "composer le 450 555-0199, poste 221.\n\nDe retour le lundi 23 novembre.\n\nMerci,\nMarie Tremblay\n\n"
            "---\nI am out of the office from November 9 to 20 inclusive. For urgent orders, please write to "
            "commandes@peinturesboreal.example or call 450 555-0199 ext. 221. Back on Monday, November 23.\n")
    eml = message(std(addr("Marie Tremblay", "m.tremblay@peinturesboreal.example"), who(IL),
                      "Réponse automatique : Purchase order 4700031052", mdate("2026-11-13 09:17:30", -5),
                      "<YT3PR01MB6174A2B3C4D5E6F7A8B9C0D1E2F3A4B5@YT3PR01MB6174.CANPRD01.PROD.OUTLOOK.COM>",
                      po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
                  alt(body, "<html><body>" + text_to_html(body) + "</body></html>\n",
                      "_000_YT3PR01MB6174A2B3C4D5E6F7A8B9C0D1E2F3A4B5_"))
    return [po], eml, exp("auto_reply", "Out-of-office 9-20 Nov, back Monday 23 Nov: not a delivery commitment.")


@case("safeguard-ticket-ack", "auto_reply/en-US",
      "Helpdesk ticket auto-acknowledgment ([#48213]) echoing our subject, with business hours, a 'ships next business day' policy and a creation timestamp.")
def c_ticket():
    sup = ("SAFEGUARD", "Safeguard Signs & Labels Inc.", "support@safeguard-signs.example", "en-US")
    po = make_po("4700031053", sup, IL, "USD", "2026-11-13", [
        ("SGN-ARC-FLASH-P5", "Arc flash warning label 4x6 in, pack of 5", 40, "PCK", "18.75", "2026-12-04"),
        ("SGN-EYEWASH-10", "Emergency eyewash sign 10x7 in", 15, "PCE", "6.40", "2026-12-04"),
    ])
    text = ("Hello Ines,\n\nThank you for contacting Safeguard Signs & Labels. This is an automated response "
            "confirming that we have received your request (ticket #48213). A member of our Order Desk will get "
            "back to you within 1 business day.\n\n"
            "You can check the status of your ticket at any time:\nhttps://support.safeguard-signs.example/tickets/48213\n\n"
            "Order Desk hours: Monday to Friday, 7:00 AM - 5:00 PM CST. In-stock orders received before 2:00 PM "
            "ship the next business day.\n\n"
            "Request summary\nSubject: Purchase order 4700031053\nPriority: Normal\nCreated: Nov 13, 2026 10:05 AM\n\n"
            "Safeguard Signs & Labels Inc. - Order Desk\n"
            "Please do not remove the ticket number [#48213] from the subject line when replying.\n")
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><table width=\"600\"><tr><td>"
            + text_to_html(text) + "</td></tr></table></body></html>\n")
    eml = message(std(addr("Safeguard Order Desk", "support@safeguard-signs.example"), who(IL),
                      "[#48213] Received: Purchase order 4700031053", mdate("2026-11-13 10:05:52", -6),
                      "<ticket.48213.acknowledge.1763049952@support.safeguard-signs.example>", po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Freshdesk-Ticket", "48213"),
                             ("Precedence", "bulk")]),
                  alt(text, html, "--==_mimepart_6735c8e0a1b2c_3f1d2a9c4e5"))
    return [po], eml, exp("auto_reply", "Ticket system acknowledgment: received, will answer within 1 business day; "
                                        "the shipping policy is generic, no commitment.")


@case("kiwiglass-exchange-ndr", "bounce/en-NZ",
      "Exchange Online NDR ('Your message to orders@... couldn't be delivered') in HTML with diagnostic details and only the original headers returned (text/rfc822-headers).")
def c_ndr():
    sup = ("KIWIGLASS", "Kiwi Glass Packaging Ltd", "orders@kiwiglass.example", "en-NZ")
    po = make_po("4700031054", sup, MH, "USD", "2026-11-12", [
        ("BTL-SPIRIT-700", "Spirit bottle 700 ml, flint, bar-top", 12000, "PCE", "0.41", "2027-01-15"),
    ])
    orig = po_mail(po, "2026-11-12 16:40:02", 1)
    orig_headers = orig.split(b"\n\n", 1)[0] + b"\n"
    text = ("Your message to orders@kiwiglass.example couldn't be delivered.\n\n"
            "orders wasn't found at kiwiglass.example.\n\n"
            "maren.holt    Office 365    orders\nAction Required                Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more "
            "of the following:\n- Retype the recipient's address, then resend the message.\n\n"
            "Diagnostic information for administrators:\n\nGenerating server: AM9PR05MB8123.eurprd05.prod.outlook.com\n"
            "orders@kiwiglass.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "orders@kiwiglass.example not found by SMTP address lookup'\n\n"
            "Original message headers:\n\n" + orig_headers.decode("ascii"))
    html = ("<html><body><div style=\"font-family:Segoe UI\"><p style=\"font-size:16pt;color:#C00000\">Your message to "
            "<a href=\"mailto:orders@kiwiglass.example\">orders@kiwiglass.example</a> couldn't be delivered.</p>"
            "<p><b>orders</b> wasn't found at <b>kiwiglass.example</b>.</p><p>Unknown To address</p>"
            "<p><b>Diagnostic information for administrators:</b><br>Generating server: AM9PR05MB8123.eurprd05.prod.outlook.com<br>"
            "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p></div></body></html>\n")
    rep = dsn_report(text, [("Reporting-MTA", "dns;AM9PR05MB8123.eurprd05.prod.outlook.com"),
                            ("Received-From-MTA", "dns;AM9PR05MB8123.eurprd05.prod.outlook.com"),
                            ("Arrival-Date", "Thu, 12 Nov 2026 15:40:03 +0000")],
                     [[("Final-Recipient", "rfc822;orders@kiwiglass.example"), ("Action", "failed"),
                       ("Status", "5.1.10"),
                       ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
                                           "SMTP address lookup")]],
                     orig_headers, "_f0c1a2b3-d4e5-4f60-9a1b-2c3d4e5f6a7b_", headers_only=True, human_html=html)
    eml = message(std(addr("Microsoft Outlook", "postmaster@kestrel-group.example"), who(MH),
                      "Undeliverable: Purchase order 4700031054", mdate("2026-11-12 15:40:05", 0),
                      "<f0c1a2b3-d4e5-4f60-9a1b-2c3d4e5f6a7b@AM9PR05MB8123.eurprd05.prod.outlook.com>",
                      po["request_message_id"], extra=[("Auto-Submitted", "auto-replied"),
                                                       ("X-MS-Exchange-Message-Is-Ndr", "")]), rep)
    return [po], eml, exp("bounce", "Exchange NDR 5.1.10 recipient not found; threaded on our request, but nothing "
                                    "from the supplier.")


@case("baustoff-weser-mailbox-full", "bounce/de-DE",
      "German delayed bounce from the supplier's own mail server: mailbox over quota (552 5.2.2), with the returned German PO (Wunschtermine) attached as message/rfc822.")
def c_quota():
    sup = ("BAUWESER", "Baustoffhandel Weser GmbH", "bestellung@baustoff-weser.example", "de-DE")
    po = make_po("4700031055", sup, TV, "EUR", "2026-11-10", [
        ("CEM-I-525R-25", "Zement CEM I 52,5 R, Sack 25 kg", 1120, "BAG", "5.20", "2026-11-25"),
        ("CEM-III-A-425-25", "Zement CEM III/A 42,5 N, Sack 25 kg", 560, "BAG", "4.35", "2026-11-25"),
    ])
    orig = po_mail(po, "2026-11-10 11:20:45", 1, lang="de")
    human = ("Dies ist eine automatisch erstellte Nachricht des Mailservers mail.baustoff-weser.example.\n\n"
             "Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n"
             "  bestellung@baustoff-weser.example\n    Das Postfach des Empfängers ist voll (Quota überschritten).\n"
             "    552 5.2.2 <bestellung@baustoff-weser.example>: Mailbox full\n\n"
             "Der Server hat über 48 Stunden versucht, die Nachricht zuzustellen, und hat den Versuch nun "
             "aufgegeben.\n\nDie Originalnachricht ist angehängt.\n")
    rep = dsn_report(human, [("Reporting-MTA", "dns; mail.baustoff-weser.example"),
                             ("Arrival-Date", "Tue, 10 Nov 2026 11:20:52 +0100")],
                     [[("Final-Recipient", "rfc822; bestellung@baustoff-weser.example"), ("Action", "failed"),
                       ("Status", "5.2.2"), ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full"),
                       ("Last-Attempt-Date", "Thu, 12 Nov 2026 11:21:10 +0100")]],
                     orig, "----=_DSN_b2c7e9f1a3d54e6b", charset="utf-8")
    eml = message(std(addr("Mail Delivery Subsystem", "MAILER-DAEMON@mail.baustoff-weser.example"), who(TV),
                      "Unzustellbar: Purchase order 4700031055", mdate("2026-11-12 11:21:12", 1),
                      "<dsn.20261112112112.b2c7e9f1@mail.baustoff-weser.example>",
                      extra=[("Auto-Submitted", "auto-replied")]), rep)
    return [po], eml, exp("bounce", "Quota-full DSN (552 5.2.2) after 48 h of retries; the attached original PO with "
                                    "Wunschtermine is ours.")


@case("colorificio-newsletter", "unrelated/it-IT",
      "Italian marketing newsletter from a supplier with an open PO: promotions with percentages, validity until 31/12/2026, trade-fair dates and product codes with tin sizes.")
def c_news():
    sup = ("COLORVEN", "Colorificio Veneto S.r.l.", "ordini@colorificioveneto.example", "it-IT")
    po = make_po("4700031056", sup, MH, "EUR", "2026-11-09", [
        ("PNT-SMALTO-BL-25", "Enamel paint white gloss, tin 2.5 l", 48, "TIN", "23.80", "2026-12-01"),
    ])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table width=\"640\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
            "<h1 style=\"color:#1d4e89\">Colorificio Veneto - Novità di Novembre</h1>"
            "<p>Gentile cliente,</p><p>scopri la nuova linea <b>Aqua Lux</b>: smalto all'acqua in latte da 0,75 l, "
            "2,5 l e 10 l, tinteggiabile in oltre 2.000 tinte.</p>"
            "<p><b>Promozione d'autunno:</b> -15% su tutti gli smalti Aqua Lux 2,5 l per ordini entro il 31/12/2026 "
            "(codice promo AQUA15).</p>"
            "<p>Vieni a trovarci a <b>Made Expo 2027</b>, Milano, dal 17 al 20 marzo 2027 - Padiglione 4, stand B12.</p>"
            "<p>Consegne natalizie: gli ordini ricevuti dopo il 16/12 saranno evasi dal 07/01/2027.</p>"
            "<p style=\"font-size:9pt;color:#888\">Ricevi questa e-mail perché sei cliente di Colorificio Veneto S.r.l. "
            "P.IVA 03318420264. <a href=\"https://colorificioveneto.example/unsub?u=88213\">Cancella iscrizione</a></p>"
            "</td></tr></table></body></html>\n")
    text = ("Colorificio Veneto - Novità di Novembre\n\nGentile cliente,\n\nscopri la nuova linea Aqua Lux: smalto "
            "all'acqua in latte da 0,75 l, 2,5 l e 10 l, tinteggiabile in oltre 2.000 tinte.\n\n"
            "Promozione d'autunno: -15% su tutti gli smalti Aqua Lux 2,5 l per ordini entro il 31/12/2026 "
            "(codice promo AQUA15).\n\nVieni a trovarci a Made Expo 2027, Milano, dal 17 al 20 marzo 2027 - "
            "Padiglione 4, stand B12.\n\nConsegne natalizie: gli ordini ricevuti dopo il 16/12 saranno evasi dal "
            "07/01/2027.\n\nCancella iscrizione: https://colorificioveneto.example/unsub?u=88213\n")
    eml = message(std(addr("Colorificio Veneto", "newsletter@colorificioveneto.example"), who(MH),
                      "Novità di Novembre: Aqua Lux e promozione -15%", mdate("2026-11-17 07:00:00", 1),
                      "<nl-2026-11.88213@mailer.colorificioveneto.example>",
                      extra=[("List-Unsubscribe", "<https://colorificioveneto.example/unsub?u=88213>"),
                             ("List-Id", "Clienti <clienti.colorificioveneto.example>"), ("Precedence", "bulk")]),
                  alt(text, html, "=_nl_20261117_88213"))
    return [po], eml, exp("unrelated", "Newsletter from a supplier with an open PO; promo percentage and dates are "
                                       "marketing, not an answer.")


@case("textilhogar-invoice-other-po", "unrelated/es-ES",
      "Spanish invoice mail with a PDF invoice for a different, already delivered PO (4700030877) from a supplier whose other PO is still open.")
def c_factura():
    sup = ("TEXTILHOGAR", "Textil Hogar Levante S.A.", "facturacion@textilhogar.example", "es-ES")
    po = make_po("4700031057", sup, MH, "EUR", "2026-11-10", [
        ("LIN-TB-TERRY-50", "Bath towel terry 50x100 cm, white", 800, "PCE", "3.10", "2026-12-14"),
        ("LIN-NAP-4545-DZ", "Table napkin 45x45 cm, damask", 600, "PCE", "1.35", "2026-12-14"),
    ])
    doc = pdf([[
        ("h", "Textil Hogar Levante S.A."),
        "Avda. de la Industria 33 · 03801 Alcoy (Alicante) · CIF A03118842",
        ("gap",),
        ("h", "FACTURA FV26-004512"),
        [(50, "Fecha factura: 12/11/2026"), (320, "Cliente: 430077")],
        [(50, "Su pedido: 4700030877"), (320, "Albarán: AL-26-11842 de 02/11/2026")],
        ("gap",),
        [(50, "Referencia"), (140, "Descripción"), (360, "Cant."), (410, "Precio"), (480, "Importe")],
        [(50, "TH-SAB-240"), (140, "Sábana percal 240x290 blanco"), (360, "250"), (410, "8,95"), (480, "2.237,50")],
        [(50, "TH-FUN-50"), (140, "Funda almohada 50x75"), (360, "500"), (410, "2,15"), (480, "1.075,00")],
        ("gap",),
        [(360, "Base imponible"), (480, "3.312,50")],
        [(360, "IVA 0% (intracom.)"), (480, "0,00")],
        [(360, "TOTAL EUR"), (480, "3.312,50")],
        ("gap",),
        "Forma de pago: transferencia a 60 días. Vencimiento: 11/01/2027.",
        "IBAN ES76 2100 0418 4502 0005 1332",
    ]], title="FV26-004512", producer="A3ERP")
    body = ("Estimados clientes:\n\nAdjuntamos la factura FV26-004512 correspondiente a su pedido 4700030877 "
            "(albarán AL-26-11842).\n\nVencimiento: 11/01/2027.\n\nUn saludo,\nDpto. de Administración\n"
            "Textil Hogar Levante S.A.\n")
    eml = message(std(addr("Textil Hogar - Facturación", "facturacion@textilhogar.example"), who(MH),
                      "Factura FV26-004512 - Pedido 4700030877", mdate("2026-11-12 12:00:31", 1),
                      "<fv26004512.1762945231@textilhogar.example>"),
                  Multi("mixed", [Part("text/plain", body, "iso-8859-1", "quoted-printable"),
                                  Part("application/pdf", doc, filename="FV26-004512.pdf")], "----=_Part_77121_900431.1762945231"))
    return [po], eml, exp("unrelated", "Invoice for PO 4700030877, not the open 4700031057; dates are invoice/"
                                       "due dates.")


@case("opony-hurt-awizo-other-order", "unrelated/pl-PL",
      "Polish shipping notice (awizo) for another, earlier order of the same supplier, with a ship date, expected delivery date and a DPD parcel number.")
def c_awizo():
    sup = ("OPONYHURT", "Opony Hurt Poznań Sp. z o.o.", "wysylki@opony-hurt.example", "pl-PL")
    po = make_po("4700031058", sup, TV, "EUR", "2026-11-11", [
        ("TY-W-2056016", "Winter tyre 205/60 R16 96H XL", 40, "PCE", "71.00", "2026-11-27"),
        ("TY-W-2155517", "Winter tyre 215/55 R17 98V XL", 24, "PCE", "88.50", "2026-11-27"),
    ])
    body = ("Szanowni Państwo,\n\ninformujemy, że zamówienie klienta nr 4700030912 (nasze zlecenie ZS/26/11/0457) "
            "zostało wysłane w dniu 12.11.2026.\n\n"
            "Przewoźnik: DPD Polska\nNumer przesyłki: 1000 4470 2213 8\nLiczba paczek: 6\n"
            "Przewidywana dostawa: 16.11.2026\n\n"
            "Zawartość:\n- 205/55 R16 91H zimowa x 16 szt.\n- 195/65 R15 91T zimowa x 8 szt.\n\n"
            "Status przesyłki: https://tracking.dpd.example/1000447022138\n\n"
            "Wiadomość wygenerowana automatycznie.\nOpony Hurt Poznań Sp. z o.o. - Dział Logistyki\n")
    eml = message(std(addr("Opony Hurt - Logistyka", "wysylki@opony-hurt.example"), who(TV),
                      "Awizo wysyłki - zamówienie 4700030912", mdate("2026-11-12 15:33:08", 1),
                      "<awizo.ZS26110457.20261112153308@opony-hurt.example>",
                      extra=[("Auto-Submitted", "auto-generated")]),
                  Part("text/plain", body, "iso-8859-2", "quoted-printable"))
    return [po], eml, exp("unrelated", "Shipping notice for order 4700030912, not the open PO 4700031058 (same "
                                       "supplier, similar tyres).")


@case("kabely-morava-cenik-2027", "unrelated/cs-CZ",
      "Czech price-list mail with an XLSX valid 1. 1. 2027 - 30. 6. 2027 that contains our ordered cable code at a new price per 100 m, but answers no order.")
def c_cenik():
    sup = ("KABELYMORAVA", "Kabely Morava a.s.", "obchod@kabely-morava.example", "cs-CZ")
    po = make_po("4700031059", sup, IL, "EUR", "2026-11-10", [
        ("CAB-CYKY-3x25", "CYKY-J 3x2.5 installation cable, drum 500 m", 1500, "M", "0.89", "2026-12-04"),
        ("CAB-CYKY-5x4", "CYKY-J 5x4 power cable, drum 500 m", 500, "M", "2.35", "2026-12-04"),
    ])
    rows = [["Kabely Morava a.s. - Ceník 2027/1"], ["Platnost od", dt.date(2027, 1, 1), "do", dt.date(2027, 6, 30)],
            ["Ceny v EUR za 100 m bez DPH, Cu báze 800 EUR/100 kg"], [],
            ["Kód", "Označení", "Balení", "Cena EUR/100 m"],
            ["CYKY-J 3x1,5", "CYKY-J 3x1,5 mm²", "buben 500 m", 61.4],
            ["CAB-CYKY-3x25", "CYKY-J 3x2,5 mm²", "buben 500 m", 94.2],
            ["CAB-CYKY-5x4", "CYKY-J 5x4 mm²", "buben 500 m", 247.8],
            ["CYKY-J 5x10", "CYKY-J 5x10 mm²", "buben 500 m", 598.0]]
    body = ("Vážení obchodní partneři,\n\nv příloze Vám zasíláme náš nový ceník platný od 1. 1. 2027 do 30. 6. 2027. "
            "Ceny jsou uvedeny v EUR za 100 m a vychází z Cu báze 800 EUR/100 kg.\n\n"
            "Objednávky přijaté do 31. 12. 2026 budou fakturovány dle stávajícího ceníku.\n\n"
            "S pozdravem\nOddělení obchodu\nKabely Morava a.s., Přerov\n")
    eml = message(std(addr("Kabely Morava - obchod", "obchod@kabely-morava.example"), who(IL),
                      "Ceník 2027/1 - Kabely Morava", mdate("2026-11-16 08:15:40", 1),
                      "<cenik-2027-1.20261116081540@kabely-morava.example>"),
                  Multi("mixed", [Part("text/plain", body, "utf-8", "quoted-printable"),
                                  Part("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                       xlsx(rows, "Cenik 2027-1"), filename="Cenik_2027-1.xlsx")],
                        "----=_Part_20261116_cenik"))
    return [po], eml, exp("unrelated", "A price list for 2027 (contains our item codes at new prices); orders placed "
                                       "before 31.12.2026 keep old prices; it does not answer PO 4700031059.")


@case("mersey-statement-of-account", "unrelated/en-GB",
      "Statement of account listing invoices against older POs with dates, due dates and an overdue total, from a chemicals supplier that has an open PO.")
def c_statement():
    sup = ("MERSEYCHEM", "Mersey Industrial Chemicals Ltd", "credit.control@merseychem.example", "en-GB")
    po = make_po("4700031060", sup, PK, "GBP", "2026-11-09", [
        ("CHM-CAUSTIC-IBC", "Caustic soda solution 32%, IBC 1000 l", 2, "IBC", "640.00", "2026-11-26"),
        ("CHM-DETERG-10", "Heavy-duty detergent, can 10 l", 40, "CAN", "24.50", "2026-11-26"),
    ])
    text = ("Dear Customer,\n\nPlease find below your statement of account as at 13 November 2026.\n\n"
            "Date        Invoice   Your ref     Due date     Amount GBP\n"
            "08/09/2026  INV-77412 4700030644   08/10/2026     1,870.00\n"
            "22/09/2026  INV-77698 4700030701   22/10/2026       612.40\n"
            "15/10/2026  INV-78133 4700030815   14/11/2026     2,304.00\n\n"
            "Total outstanding: GBP 4,786.40\nOf which overdue: GBP 2,482.40\n\n"
            "We would be grateful if you could arrange payment of the overdue amount at your earliest convenience. "
            "If payment has already been made, please accept our thanks and disregard this reminder.\n\n"
            "Bank: Lloyds Bank, Sort code 30-94-57, Account 01882145\n\nKind regards\nCredit Control\n"
            "Mersey Industrial Chemicals Ltd, Widnes WA8 0RE\n")
    assert Decimal("1870.00") + Decimal("612.40") + Decimal("2304.00") == Decimal("4786.40")
    eml = message(std(addr("Mersey Chemicals Credit Control", "credit.control@merseychem.example"), who(PK),
                      "Statement of account - Kestrel Hospitality Group - November 2026", mdate("2026-11-13 09:00:12", 0),
                      "<stmt.KES001.20261113@merseychem.example>"),
                  alt(text, "<html><body><pre>" + esc(text) + "</pre></body></html>\n", "==stmt_b7e2a1=="))
    return [po], eml, exp("unrelated", "Statement of account for older POs; dates and amounts belong to invoices.")


@case("sementi-padane-body-vs-pdf", "needs_review/it-IT",
      "Italian reply saying 'tutto confermato con consegna il 10 dicembre' while the attached PDF order confirmation says 17/12/2026 for both lines: contradictory.")
def c_sementi():
    sup = ("SEMENTI", "Sementi Padane S.p.A.", "ordini@sementipadane.example", "it-IT")
    po = make_po("4700031061", sup, MH, "EUR", "2026-11-11", [
        ("SD-BASIL-GEN", "Basil seed 'Genovese', kg", 25, "KG", "38.00", "2026-12-10"),
        ("SD-ROCKET-B1000", "Rocket seed, bag of 1000 seeds", 400, "BAG", "1.90", "2026-12-10"),
    ])
    doc = pdf([[
        ("h", "Sementi Padane S.p.A."),
        "Via Emilia Ovest 1120 · 43126 Parma · P.IVA 01883410342",
        ("gap",),
        ("h", "CONFERMA D'ORDINE N. 26/03317"),
        [(50, "Data: 12/11/2026"), (320, "Vs. ordine: 4700031061 del 11/11/2026")],
        ("gap",),
        [(50, "Riga"), (85, "Codice"), (160, "Descrizione"), (340, "Q.tà"), (385, "UM"), (415, "Prezzo"),
         (470, "Data consegna")],
        [(50, "1"), (85, "BAS-GE-KG"), (160, "Basilico Genovese, seme nudo"), (340, "25"), (385, "kg"), (415, "38,00"),
         (470, "17/12/2026")],
        [(50, "2"), (85, "RUC-1000"), (160, "Rucola coltivata, bustina 1000 semi"), (340, "400"), (385, "bst"),
         (415, "1,90"), (470, "17/12/2026")],
        ("gap",),
        "Germinabilità minima 85% (analisi del 02/10/2026). Lotto 26-BG-114.",
        "Pagamento: RiBa 60 gg d.f.f.m. Resa: franco destino.",
    ]], title="Conferma ordine 26/03317", producer="Zucchetti Ad Hoc")
    body = ("Buongiorno Sig.ra Holt,\n\nin allegato la ns. conferma d'ordine. Confermiamo tutto come da Vs. ordine, "
            "con consegna il 10 dicembre.\n\nCordiali saluti\nPaolo Ferrari\nUfficio Ordini - Sementi Padane S.p.A.\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "it", f"{MH[0]} <{MH[1]}>", "mercoledì 11 novembre 2026 16:03",
                                "ordini@sementipadane.example", "Purchase order 4700031061", orig)
    root = Multi("mixed", [alt(plain, html, "_000_sementi_alt_"),
                           Part("application/pdf", doc, filename="Conferma_ordine_26-03317.pdf")], "_004_sementi_mixed_")
    eml = message(std(addr("Paolo Ferrari", "ordini@sementipadane.example"), who(MH), "R: Purchase order 4700031061",
                      mdate("2026-11-12 11:26:50", 1),
                      "<PR1PR06MB5541D0E9F8A7B6C5D4E3F2A1B0C9D8E7@PR1PR06MB5541.eurprd06.prod.outlook.com>",
                      po["request_message_id"]), root)
    return [po], eml, exp("needs_review",
                          "Body says delivery 10 December (= requested), attached confirmation says 17/12/2026: "
                          "contradictory, a human must ask which date holds.")


@case("rhein-waelzlager-ab-folgt", "needs_review/de-DE",
      "German reply: order received, the AB will follow by Wednesday once the factory confirms dates - a promised confirmation, not a commitment.")
def c_abfolgt():
    sup = ("RHEINWL", "Rhein-Wälzlager Vertrieb GmbH", "innendienst@rhein-waelzlager.example", "de-DE")
    po = make_po("4700031062", sup, PK, "EUR", "2026-11-12", [
        ("WTB-MAIN-230/600", "Spherical roller bearing 230/600 CAK/W33, main shaft", 2, "PCE", "16200.00", "2027-02-19"),
        ("WTB-GEN-6326-C3", "Deep groove ball bearing 6326 M/C3VL0241, insulated", 8, "PCE", "1490.00", "2027-01-29"),
    ])
    body = ("Hallo Herr Okafor,\n\nvielen Dank, Ihre Bestellung 4700031062 ist angekommen.\n\n"
            "Die Auftragsbestätigung bekommen Sie bis spätestens Mittwoch, sobald uns das Werk die Termine für die "
            "Großlager bestätigt hat. Die 230/600 werden derzeit mit ca. 12-14 Wochen geplant.\n\n"
            "Viele Grüße\nSabine Krüger\nInnendienst Windenergie\nRhein-Wälzlager Vertrieb GmbH\n"
            "Tel. 0211 / 30 44 87-12\n")
    orig = request_text(po, lang="de")
    plain, html = outlook_reply(body, "de", f"{PK[0]} <{PK[1]}>", "Donnerstag, 12. November 2026 09:30",
                                "innendienst@rhein-waelzlager.example", "Purchase order 4700031062", orig)
    eml = message(std(addr("Krüger, Sabine", "innendienst@rhein-waelzlager.example"), who(PK),
                      "AW: Purchase order 4700031062", mdate("2026-11-13 08:12:37", 1),
                      "<FR3P281MB1452B0C1D2E3F4A5B6C7D8E9F0A1B2C3@FR3P281MB1452.DEUP281.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_FR3P281MB1452B0C1D2E3F4A5B6C7D8E9F0A1B2C3_"))
    return [po], eml, exp("needs_review", "'AB folgt bis Mittwoch': confirmation promised for later; '12-14 Wochen' "
                                          "is a planning estimate, not a commitment.")


@case("rto-raccords-sous-reserve-6pct", "needs_review/fr-FR",
      "French reply that could deliver everything on 4 December 'sous réserve de votre accord' on a 6 % brass surcharge and waits for our agreement: a conditional acceptance.")
def c_rto():
    sup = ("RTORACCORDS", "Raccords & Tubes de l'Ouest SARL", "adv@rto-raccords.example", "fr-FR")
    po = make_po("4700031063", sup, IL, "EUR", "2026-11-12", [
        ("RF-LAI-COUD-1/2", 'Brass elbow 1/2" F/F', 300, "PCE", "2.40", "2026-12-04"),
        ("RF-LAI-MAN-3/4", 'Brass union 3/4" M/F', 120, "PCE", "6.80", "2026-12-04"),
        ("RF-PER-16-C25", "PEX pipe 16x2 mm, coil 25 m", 20, "ROL", "27.00", "2026-12-04"),
    ])
    body = ("Bonjour Madame Lindqvist,\n\nNous avons bien reçu votre commande 4700031063.\n\n"
            "Nous pouvons livrer l'intégralité le vendredi 4 décembre, sous réserve de votre accord sur la hausse de "
            "6 % appliquée depuis le 1er novembre sur l'ensemble des raccords laiton (lignes 1 et 2). Le tube PER "
            "reste au prix commandé.\n\n"
            "Merci de nous retourner votre accord afin que nous puissions lancer la préparation ; sans réponse de "
            "votre part, la commande reste en attente.\n\nBien cordialement,\nJulien Moreau\nADV - Raccords & Tubes "
            "de l'Ouest\n02 40 63 18 77\n")
    orig = request_text(po)
    plain, html = gmail_reply(body, f"Le jeu. 12 nov. 2026 à 10:41, {IL[0]} <{IL[1]}> a écrit :", orig)
    eml = message(std(addr("Julien Moreau", "adv@rto-raccords.example"), who(IL), "Re: Purchase order 4700031063",
                      mdate("2026-11-12 17:05:22", 1), "<CAFq8Rn3Ws6+Jy0pLm4tZx9Kc1Vb7Hd2Ge5Nu@mail.gmail.com>",
                      po["request_message_id"]),
                  alt(plain, html, "00000000000094e1b70625fc28d5"))
    return [po], eml, exp("needs_review", "Delivery and +6 % are offered 'sous réserve de votre accord' and the order "
                                          "is on hold until we agree: conditional, nothing committed.")


@case("bharat-bearings-oa-xlsx", "confirmation/en-IN",
      "System-generated Indian order acknowledgement with an XLSX: item numbers 10/20/30, own part numbers beside ours, dates as Excel serial numbers, quotation validity and payment days.")
def c_bharat():
    sup = ("BHARATBRG", "Bharat Precision Bearings Pvt. Ltd.", "oa@bharatbearings.example", "en-IN")
    po = make_po("4700031064", sup, PK, "USD", "2026-11-09", [
        ("WTB-YAW-4PC-EXT", "Yaw bearing, 4-point contact ball, external gear", 4, "PCE", "14200.00", "2027-02-26"),
        ("WTB-GEN-6330-C3", "Generator bearing 6330 M/C3 VL0241, insulated", 12, "PCE", "1180.00", "2027-01-29"),
        ("WTB-GBX-NU2244", "Gearbox bearing NU 2244 ECMA", 8, "PCE", "2960.00", "2027-01-29"),
    ])
    assert Decimal(pct("1180.00", 3)) == Decimal("1215.40")
    rows = [["Bharat Precision Bearings Pvt. Ltd. - ORDER ACKNOWLEDGEMENT"],
            ["OA No.", "OA/2026-27/1187", "", "OA Date", dt.date(2026, 11, 11)],
            ["Customer PO No.", "4700031064", "", "PO Date", dt.date(2026, 11, 9)],
            ["Quotation Ref.", "Q-2026-0931 dt. 14-10-2026 (valid till 31-12-2026)"], [],
            ["Item No.", "Our Part No.", "Customer Part No.", "Description", "Qty", "UOM", "Unit Price (USD)",
             "Amount (USD)", "Committed Delivery Date"],
            [10, "BPB-YB-1120-Z96", "WTB-YAW-4PC-EXT", "Yaw bearing 4PC ext. gear z=96", 4, "NOS", 14200, 56800,
             dt.date(2027, 2, 26)],
            [20, "BPB-6330-M-C3-INS", "WTB-GEN-6330-C3", "6330 M/C3 VL0241 insulated", 12, "NOS", 1215.4, 14584.8,
             dt.date(2027, 1, 29)],
            [30, "BPB-NU2244-ECMA", "WTB-GBX-NU2244", "NU 2244 ECMA brass cage", 8, "NOS", 2960, 23680,
             dt.date(2027, 2, 12)],
            [],
            ["Remarks", "Item 20: price revised +3% (steel surcharge w.e.f. 01-11-2026)."],
            ["Payment terms", "60 days from date of invoice"], ["Incoterms", "FCA Pune"],
            ["This is a system generated document and does not require signature."]]
    body = ("Dear Sir,\n\nPlease find attached Order Acknowledgement OA/2026-27/1187 against your PO No. 4700031064 "
            "dated 09-11-2026.\n\nKindly check and revert in case of any discrepancy within 3 working days.\n\n"
            "This is a system generated mail.\n\nRegards,\nOrder Processing Cell\nBharat Precision Bearings Pvt. Ltd., "
            "Chakan MIDC, Pune 410501\n")
    eml = message(std(addr("BPB Order Processing", "oa@bharatbearings.example"), who(PK),
                      "Order Acknowledgement OA/2026-27/1187 - PO 4700031064", mdate("2026-11-11 12:48:03", 5.5),
                      "<oa.2026-27.1187.1762845483@erp.bharatbearings.example>",
                      extra=[("Auto-Submitted", "auto-generated")]),
                  Multi("mixed", [Part("text/plain", body, "us-ascii", "7bit"),
                                  Part("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                       xlsx(rows, "OA"), filename="OA_2026-27_1187.xlsx")],
                        "----=_Part_1187_20261111"))
    return [po], eml, exp("confirmation",
                          "XLSX rows matched by customer part no.; item 10 as ordered; item 20 price 1215.40 (+3 %); "
                          "item 30 delivery 2027-02-12 (Excel serial dates); quotation validity is noise.",
                          (po, {1: label(po, 1), 2: label(po, 2, p="1215.40"), 3: label(po, 3, d="2027-02-12")}))


@case("farbenwerk-csv-preiseinheit", "confirmation/de-DE",
      "German EDI-style CSV acknowledgment (semicolons, decimal commas) with a price-unit column PE: one line priced per 100 tins, one price up, one quantity cut to remaining stock.")
def c_farbenwerk():
    sup = ("FARBENWERK", "Farbenwerk Hessen GmbH", "edi@farbenwerk-hessen.example", "de-DE")
    po = make_po("4700031065", sup, MH, "EUR", "2026-11-12", [
        ("PNT-DISP-W-10", "Dispersion paint white, tin 10 l", 120, "TIN", "29.80", "2026-12-02"),
        ("PNT-DISP-W-25", "Dispersion paint white, tin 2.5 l", 80, "TIN", "9.60", "2026-12-02"),
        ("PNT-LATEX-SG-10", "Latex paint semi-gloss, tin 10 l", 40, "TIN", "54.00", "2026-12-02"),
        ("PNT-TIEF-LF-10", "Deep primer solvent-free, tin 10 l", 30, "TIN", "31.50", "2026-12-02"),
    ])
    csv = ("Belegart;Belegnr;Belegdatum;IhreBestellnr;Pos;Artikelnr;IhreArtikelnr;Bezeichnung;Menge;ME;Preis;PE;Liefertermin\r\n"
           "AB;260877;13.11.2026;4700031065;10;FW-1010-W;PNT-DISP-W-10;Dispersionsfarbe weiß 10 l;120;Eimer;29,80;1;02.12.2026\r\n"
           "AB;260877;13.11.2026;4700031065;20;FW-1025-W;PNT-DISP-W-25;Dispersionsfarbe weiß 2,5 l;80;Eimer;960,00;100;02.12.2026\r\n"
           "AB;260877;13.11.2026;4700031065;30;FW-3010-SG;PNT-LATEX-SG-10;Latexfarbe seidenglänzend 10 l;40;Eimer;56,70;1;09.12.2026\r\n"
           "AB;260877;13.11.2026;4700031065;40;FW-5010-TG;PNT-TIEF-LF-10;Tiefgrund LF 10 l;24;Eimer;31,50;1;02.12.2026\r\n")
    body = ("Sehr geehrte Frau Holt,\n\nanbei unsere Auftragsbestätigung 260877 zu Ihrer Bestellung 4700031065 als "
            "CSV-Datei (EDI-Export). Bitte beachten Sie die Preiseinheit (PE) je Position.\n\n"
            "Pos. 40: vom Tiefgrund LF sind nur noch 24 Eimer verfügbar (Auslaufartikel), die Restmenge entfällt.\n\n"
            "Mit freundlichen Grüßen\nFarbenwerk Hessen GmbH - Auftragsabwicklung\n")
    eml = message(std(addr("Farbenwerk Hessen Auftragsabwicklung", "edi@farbenwerk-hessen.example"), who(MH),
                      "AB 260877 zu Bestellung 4700031065", mdate("2026-11-13 07:45:19", 1),
                      "<AB260877.20261113074519@farbenwerk-hessen.example>", po["request_message_id"]),
                  Multi("mixed", [Part("text/plain", body, "iso-8859-1", "quoted-printable"),
                                  Part("text/csv", csv.encode("windows-1252"), "windows-1252", "base64",
                                       filename="AB_260877.csv")], "----=_NextPart_AB260877"))
    return [po], eml, exp("confirmation",
                          "PE=100 on pos 20: 960,00/100 = 9.60 (same); pos 30 56.70 and 09.12.2026; pos 40 only 24 "
                          "tins; pos 10 as ordered.",
                          (po, {1: label(po, 1), 2: label(po, 2, p=per("960.00", 100)),
                                3: label(po, 3, p="56.70", d="2026-12-09"), 4: label(po, 4, q=24)}))


# ======================================================================================
# Chunk 5: 061-070
# ======================================================================================

@case("aluprofile-bv-forwarded-planning", "confirmation/ro-RO",
      "Romanian sales mail forwarding the internal production-planning chain: the commitment sits in the forwarded planner message, next to our requested date and an extrusion week.")
def c_alurom():
    sup = ("ALUROM", "Alu Profile Brașov SRL", "vanzari@aluprofile-bv.example", "ro-RO")
    po = make_po("4700031066", sup, TV, "EUR", "2026-11-10", [
        ("ALU-U-20x20x2", "U-profile 20x20x2 mm, 6060 T66, bar 6 m", 600, "KG", "4.35", "2026-12-11"),
        ("ALU-L-40x40x3", "Angle 40x40x3 mm, 6060 T66, bar 6 m", 450, "KG", "4.20", "2026-12-11"),
    ])
    assert week_friday(2026, 49) == D("2026-12-04")
    body = ("Bună ziua domnule Varga,\n\nvă trimit mai jos răspunsul colegilor de la producție. Confirmăm comanda "
            "4700031066 în aceste condiții; prețurile rămân cele din comandă.\n\n"
            "Cu stimă,\nAndreea Popescu\nDepartament Vânzări\nAlu Profile Brașov SRL\n+40 268 412 990\n\n"
            "-----Original Message-----\nFrom: Planificare Producție <planificare@aluprofile-bv.example>\n"
            "Sent: joi, 12 noiembrie 2026 14:22\nTo: Andreea Popescu <vanzari@aluprofile-bv.example>\n"
            "Subject: RE: Comanda Kestrel 4700031066\n\n"
            "Andreea,\n\nProfil U 20x20x2: 600 kg OK, extrudare în săpt. 49, livrare la client 11.12.\n"
            "Cornier 40x40x3: matrița e în revizie, putem livra cele 450 kg abia pe 18.12.\n\nMihai\n\n"
            "-----Original Message-----\nFrom: Andreea Popescu <vanzari@aluprofile-bv.example>\n"
            "Sent: marți, 10 noiembrie 2026 16:05\nTo: Planificare Producție <planificare@aluprofile-bv.example>\n"
            "Subject: Comanda Kestrel 4700031066\n\n"
            "Mihai, clientul vrea ambele poziții pe 11.12. Se poate?\n"
            "U 20x20x2 - 600 kg\nCornier 40x40x3 - 450 kg\n\nMersi,\nAndreea\n")
    eml = message(std(addr("Andreea Popescu", "vanzari@aluprofile-bv.example"), who(TV),
                      "FW: Comanda Kestrel 4700031066", mdate("2026-11-13 09:48:15", 2),
                      "<VE1PR04MB6638A1F2E3D4C5B6A7F8E9D0C1B2A3F4@VE1PR04MB6638.eurprd04.prod.outlook.com>",
                      extra=[("Thread-Topic", "Comanda Kestrel 4700031066")]),
                  Part("text/plain", body, "iso-8859-16", "quoted-printable"))
    return [po], eml, exp("confirmation",
                          "Not threaded on our request; the forwarded planner answer commits U-profile on 11.12 "
                          "(= requested) and the angle on 2026-12-18; 'săpt. 49' is extrusion, 11.12 in the oldest "
                          "message is our wish.",
                          (po, {1: label(po, 1), 2: label(po, 2, d="2026-12-18")}))


@case("sanitaer-franken-dienstag-kw50", "confirmation/de-DE",
      "German reply confirming everything at ordered prices for 'Dienstag, KW 50' (a weekday inside a calendar week), with gaskets restated as 1.000 Stück in bags of 10.")
def c_franken():
    sup = ("SANFRANKEN", "Sanitär-Großhandel Franken GmbH", "verkauf@sanitaer-franken.example", "de-DE")
    po = make_po("4700031067", sup, IL, "EUR", "2026-11-11", [
        ("SF-MS-WINKEL-12", 'Brass elbow 1/2" female/male', 250, "PCE", "1.95", "2026-12-11"),
        ("SF-KUGELH-34-PN40", 'Ball valve 3/4" PN40, red lever', 60, "PCE", "9.40", "2026-12-11"),
        ("SF-DICHT-12-B10", 'Flat gasket 1/2", bag of 10', 100, "BAG", "0.85", "2026-12-11"),
    ])
    tue = week_day(2026, 50, 2)
    assert tue == D("2026-12-08")
    body = ("Hallo Frau Lindqvist,\n\nwir bestätigen Ihre Bestellung 4700031067 komplett zu den bestellten Preisen.\n\n"
            "Anlieferung: Dienstag, KW 50, zwischen 7 und 12 Uhr.\n\n"
            "Die Flachdichtungen 1/2\" kommen in Beuteln à 10 Stück, d. h. 100 Beutel = 1.000 Stück.\n\n"
            "Gruß aus Fürth\nMarkus Weber\nVerkauf Innendienst\nSanitär-Großhandel Franken GmbH\nTel. 0911 / 97 31 40-55\n")
    orig = request_text(po, lang="de")
    plain, html = gmail_reply(body, f"Am Mi., 11. Nov. 2026 um 13:20 Uhr schrieb {IL[0]} <{IL[1]}>:", orig)
    eml = message(std(addr("Markus Weber", "verkauf@sanitaer-franken.example"), who(IL),
                      "Re: Bestellung 4700031067", mdate("2026-11-12 08:03:41", 1),
                      "<CAKd5Mw0Yp2+Rq8nXs3hBz7Lt1Ve9Gc4Fj6Ho@mail.gmail.com>", po["request_message_id"]),
                  alt(plain, html, "0000000000003f9b2c0625fd10e6"))
    return [po], eml, exp("confirmation", "'Dienstag, KW 50' = Tue 2026-12-08 (not the Friday); all lines otherwise "
                                          "as ordered; 7-12 Uhr is a time window.",
                          (po, {n: label(po, n, d=tue) for n in (1, 2, 3)}))


@case("tesdelsur-ooo-es", "auto_reply/es-ES",
      "Spanish out-of-office from a tea importer, returning 'el lunes 16 de noviembre', naming a colleague and a phone extension.")
def c_tes():
    sup = ("TESDELSUR", "Tés del Sur Importadores S.L.", "r.navarro@tesdelsur.example", "es-ES")
    po = make_po("4700031068", sup, MH, "EUR", "2026-11-11", [
        ("TEA-EB-12", "English Breakfast tea, 25 bags/box, carton of 12 boxes", 50, "CTN", "27.60", "2026-12-02"),
        ("TEA-RB-12", "Rooibos tea, 25 bags/box, carton of 12 boxes", 20, "CTN", "30.00", "2026-12-02"),
    ])
    body = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 16 de noviembre, con acceso "
            "limitado al correo. Para pedidos y consultas urgentes, por favor contacte con mi compañera Lucía Martín "
            "en pedidos@tesdelsur.example o en el 955 42 18 30 (ext. 14).\n\nUn saludo,\nRaúl Navarro\n"
            "Tés del Sur Importadores S.L.\n")
    eml = message(std(addr("Raúl Navarro", "r.navarro@tesdelsur.example"), who(MH),
                      "Respuesta automática: Purchase order 4700031068", mdate("2026-11-11 16:44:02", 1),
                      "<DB7PR03MB4971E2F3A4B5C6D7E8F9A0B1C2D3E4F5@DB7PR03MB4971.eurprd03.prod.outlook.com>",
                      po["request_message_id"], extra=[("Auto-Submitted", "auto-replied"),
                                                       ("X-Auto-Response-Suppress", "All")]),
                  Part("text/plain", body, "windows-1252", "quoted-printable"))
    return [po], eml, exp("auto_reply", "Out-of-office until Monday 16 November; no statement about the order.")


@case("nippon-seimitsu-fuzai-iso2022jp", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP business-trip absence notice with dates and weekdays (11月13日（金）～11月16日（月）, back 17日（火）).")
def c_fuzai():
    sup = ("NIPPONSEIMITSU", "日本精密軸受株式会社", "tanaka@nippon-seimitsu.example", "ja-JP")
    po = make_po("4700031075", sup, PK, "USD", "2026-11-12", [
        ("WTB-PITCH-DR-2300", "Double-row pitch bearing, D 2300 mm", 3, "PCE", "31500.00", "2027-03-26"),
    ])
    assert_wd("2026-11-13", "Fri"), assert_wd("2026-11-16", "Mon"), assert_wd("2026-11-17", "Tue")
    body = ("いつもお世話になっております。\n\n誠に勝手ながら、11月13日（金）から11月16日（月）まで出張のため"
            "不在にしております。\n期間中にいただいたメールは、11月17日（火）以降に順次対応させていただきます。\n\n"
            "お急ぎの場合は、営業部 鈴木（suzuki@nippon-seimitsu.example / 052-875-3310）までご連絡ください。\n\n"
            "日本精密軸受株式会社\n海外営業部 田中 健一\n")
    eml = message(std(addr("田中 健一", "tanaka@nippon-seimitsu.example", "iso-2022-jp"), who(PK),
                      "不在のお知らせ Re: Purchase order 4700031075", mdate("2026-11-13 07:02:18", 9),
                      "<20261113070218.auto.tanaka@nippon-seimitsu.example>", po["request_message_id"],
                      extra=[("Auto-Submitted", "auto-replied")], scs="iso-2022-jp"),
                  Part("text/plain", body, "iso-2022-jp", "7bit"))
    return [po], eml, exp("auto_reply", "Absence notice (business trip 13-16 Nov, back 17 Nov); no order content.")


@case("perakglove-cny-closure-notice", "unrelated/ms-MY",
      "Malay/English factory-closure notice for Chinese New Year 2027 with order cut-off dates, sent to all customers by a glove supplier with an open PO.")
def c_perak():
    sup = ("PERAKGLOVE", "Perak Glove Industries Sdn. Bhd.", "sales@perakglove.example", "ms-MY")
    po = make_po("4700031073", sup, IL, "USD", "2026-11-12", [
        ("GLV-NIT-M-100", "Nitrile gloves M, box of 100", 2000, "BOX", "3.95", "2027-01-29"),
        ("GLV-NIT-L-100", "Nitrile gloves L, box of 100", 1500, "BOX", "3.95", "2027-01-29"),
    ])
    body = ("Kepada semua pelanggan yang dihargai,\n\nNOTIS CUTI TAHUN BARU CINA 2027\n\n"
            "Kilang dan pejabat kami akan ditutup dari 5 hingga 12 Februari 2027. Operasi biasa akan disambung "
            "semula pada 15 Februari 2027. Pesanan untuk penghantaran sebelum cuti mestilah diterima selewat-"
            "lewatnya 8 Januari 2027.\n\n---\n\nDear valued customers,\n\nCHINESE NEW YEAR 2027 HOLIDAY NOTICE\n\n"
            "Our factory and office will be closed from 5 to 12 February 2027 and will resume normal operation on "
            "15 February 2027. Orders for shipment before the holiday must reach us by 8 January 2027.\n\n"
            "Thank you for your continued support.\n\nPerak Glove Industries Sdn. Bhd.\nLot 2231, Kawasan "
            "Perindustrian Kamunting, 34600 Taiping, Perak\n")
    eml = message(std(addr("Perak Glove Sales", "sales@perakglove.example"), "undisclosed-recipients:;",
                      "Notis Cuti Tahun Baru Cina 2027 / CNY 2027 Holiday Notice", mdate("2026-11-16 10:30:00", 8),
                      "<cny2027.notice.20261116@perakglove.example>", extra=[("Precedence", "bulk")]),
                  Part("text/plain", body, "utf-8", "quoted-printable"))
    return [po], eml, exp("unrelated", "Circular holiday notice to all customers; cut-off and closure dates do not "
                                       "answer PO 4700031073.")


@case("northern-gas-rental-question", "needs_review/en-CA",
      "Canadian gas supplier asks whether the 24 cylinders are additional rentals or swaps for 18 already on site under an existing contract, quoting a different rental rate.")
def c_northgas():
    sup = ("NORTHGAS", "Northern Medical Gas Ltd.", "orders@northerngas.example", "en-CA")
    po = make_po("4700031069", sup, PK, "USD", "2026-11-12", [
        ("GAS-O2-E-FILL", "Medical oxygen E cylinder, filling", 24, "CYL", "18.00", "2026-11-30"),
        ("GAS-O2-E-RENT", "E cylinder rental, per cylinder per month", 24, "CYL", "5.25", "2026-11-30"),
    ])
    body = ("Hi Paul,\n\nQuick question before I enter PO 4700031069: you already have 18 E cylinders on rent "
            "under contract RC-2291 (since 03/2025). Do you want 24 additional cylinders on rent, or should we "
            "swap out and refill the 18 on site and only add 6 new ones? Contract customers pay $4.80/month per "
            "cylinder, not the $5.25 on the PO.\n\nLet me know and I'll confirm right away - we deliver to your "
            "area Mondays and Thursdays.\n\nThanks,\nJenna Kowalski\nCustomer Service, Northern Medical Gas Ltd.\n"
            "1-800-555-0117 ext. 4\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{PK[0]} <{PK[1]}>", "November 12, 2026 10:14 AM",
                                "orders@northerngas.example", "Purchase order 4700031069", orig)
    eml = message(std(addr("Jenna Kowalski", "orders@northerngas.example"), who(PK), "RE: Purchase order 4700031069",
                      mdate("2026-11-12 14:37:50", -5),
                      "<YQXPR01MB4213C2D3E4F5A6B7C8D9E0F1A2B3C4D5@YQXPR01MB4213.CANPRD01.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_YQXPR01MB4213C2D3E4F5A6B7C8D9E0F1A2B3C4D5_"))
    return [po], eml, exp("needs_review", "A question (additional vs swap cylinders, contract rate $4.80) before "
                                          "entering the order; nothing confirmed.")


@case("vandijk-papier-vague", "needs_review/nl-NL",
      "Dutch casual reply 'dat moet wel lukken denk ik, waarschijnlijk eind november of begin december' - hedged, no firm quantity or date.")
def c_vandijk():
    sup = ("VANDIJK", "Van Dijk Kantoorpapier B.V.", "verkoop@vandijkpapier.example", "nl-NL")
    po = make_po("4700031070", sup, IL, "EUR", "2026-11-12", [
        ("PAP-A4-80-PAL", "Copy paper A4 80 g/m2, pallet of 240 reams", 4, "PAL", "968.00", "2026-11-27"),
        ("PAP-A3-80-BOX", "Copy paper A3 80 g/m2, box of 5 reams", 30, "BOX", "41.20", "2026-11-27"),
    ])
    body = ("Hoi Ines,\n\nDat moet wel lukken denk ik. Waarschijnlijk eind november of begin december, hangt een "
            "beetje af van wanneer de fabriek de A3 levert. Ik laat het je weten zodra ik meer hoor!\n\n"
            "Groetjes,\nSanne\n\nVerstuurd vanaf mijn iPhone\n\n"
            f"Op 12 nov. 2026 om 10:55 heeft {IL[0]} <{IL[1]}> het volgende geschreven:\n\n" + quote(request_text(po)))
    eml = message(std(addr("Sanne de Vries", "verkoop@vandijkpapier.example"), who(IL),
                      "Re: Purchase order 4700031070", mdate("2026-11-12 18:21:44", 1),
                      "<4C2E9B17-6F3A-4D85-A1E0-8B7D3C5F2A69@vandijkpapier.example>", po["request_message_id"],
                      extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  Part("text/plain", body, "utf-8", "quoted-printable"))
    return [po], eml, exp("needs_review", "'moet wel lukken denk ik', 'waarschijnlijk eind november of begin "
                                          "december', 'ik laat het je weten': hedged, no commitment.")


@case("chocolaterie-leman-other-po-answered", "confirmation/fr-CH",
      "Swiss French reply posted on the thread of PO A but answering PO B, and only saying it will come back about PO A; Swiss decimal points and 16.12.2026.")
def c_leman():
    sup = ("LEMANCHOC", "Chocolaterie du Léman SA", "commandes@choc-leman.example", "fr-CH")
    poa = make_po("4700031071", sup, MH, "EUR", "2026-11-09", [
        ("CV-W28-CAL-10", "White couverture 28% callets, bag 10 kg", 200, "KG", "9.90", "2026-12-16"),
    ])
    pob = make_po("4700031072", sup, MH, "EUR", "2026-11-10", [
        ("CV-D64-PIST-10", "Dark couverture 64% pistoles, bag 10 kg", 300, "KG", "10.40", "2026-12-16"),
        ("CV-M38-BLK-5", "Milk couverture 38% blocks 5 kg", 100, "KG", "9.10", "2026-12-16"),
    ])
    body = ("Bonjour Madame Holt,\n\nJe réponds ici pour votre commande 4700031072 :\n\n"
            "- Couverture noire 64 % pistoles : 300 kg (30 sacs de 10 kg) à EUR 10.40/kg\n"
            "- Couverture lait 38 % en blocs de 5 kg : 100 kg, nouveau prix EUR 9.45/kg (cacao +12 % depuis octobre)\n\n"
            "Livraison le mercredi 16.12.2026 par notre transporteur.\n\n"
            "Pour la 4700031071 (blanc), je reviens vers vous dès que j'ai la confirmation de l'atelier.\n\n"
            "Avec mes meilleures salutations\nCorinne Favre\nService commandes - Chocolaterie du Léman SA\n"
            "Route de Genève 41, 1110 Morges\n+41 21 802 44 10\n")
    orig = request_text(poa)
    plain, html = gmail_reply(body, f"Le lun. 9 nov. 2026 à 11:15, {MH[0]} <{MH[1]}> a écrit :", orig)
    eml = message(std(addr("Corinne Favre", "commandes@choc-leman.example"), who(MH), "Re: Purchase order 4700031071",
                      mdate("2026-11-11 10:02:33", 1), "<CAGw1Nt5Zr8+Lp3mVx0qJd6Ks2Yb9Fe7Hc4Ti@mail.gmail.com>",
                      poa["request_message_id"]),
                  alt(plain, html, "000000000000d0b7e50625fe62a1"))
    assert_wd("2026-12-16", "Wed")
    return [poa, pob], eml, exp("confirmation",
                                "Threaded on PO 4700031071 but answers 4700031072 (line 1 as ordered, line 2 at 9.45); "
                                "4700031071 is only mentioned and left out; '+12 %' is cocoa market context.",
                                (pob, {1: label(pob, 1), 2: label(pob, 2, p="9.45")}))


@case("nordfolie-bottom-posted-lot-expiry", "confirmation/sv-SE",
      "Swedish Thunderbird reply bottom-posted under the full quote, with 'vecka 50'/'v. 51', a per-roll price change, and batch, best-before and CoA dates in the same paragraph.")
def c_nordfolie():
    sup = ("NORDFOLIE", "Nordfolie Pharma Pack AB", "order@nordfolie.example", "sv-SE")
    po = make_po("4700031076", sup, TV, "EUR", "2026-11-12", [
        ("BLF-PVDC-250-300", "PVC/PVdC blister film 250/60, 300 mm", 24, "ROL", "138.00", "2026-12-11"),
        ("BLF-ALU25-300", "Alu lidding foil 25 um, 300 mm, push-through", 30, "ROL", "96.00", "2026-12-11"),
    ])
    assert week_friday(2026, 50) == D("2026-12-11") and week_friday(2026, 51) == D("2026-12-18")
    orig = request_text(po)
    plain = (f"Den 2026-11-12 kl. 09:40, skrev {TV[0]}:\n" + quote(orig) + "\n"
             "Hej Tomás,\n\nTack för ordern. Vi bekräftar:\n\n"
             "PVC/PVdC 250/60, 300 mm: 24 rullar, nytt pris 142,00 EUR/rulle (PVdC-tillägg), leverans vecka 50.\n"
             "Alu 25 µm, 300 mm: 30 rullar à 96,00 EUR, leverans v. 51 - aluminiumet kommer in från valsverket "
             "först 2026-12-09.\n\n"
             "Båda levereras med CoA enligt Ph. Eur., batch 26-1147 respektive 26-1152, bäst före 2028-05-31.\n\n"
             "Med vänliga hälsningar\nErik Lindberg\nNordfolie Pharma Pack AB, Norrköping\n011-440 27 60\n")
    eml = message(std(addr("Erik Lindberg", "order@nordfolie.example"), who(TV), "Re: Purchase order 4700031076",
                      mdate("2026-11-13 13:05:17", 1), "<8d1f4a62-3e7b-4c95-b0a2-6f9e1d3c7b48@nordfolie.example>",
                      po["request_message_id"], extra=[("User-Agent", "Mozilla Thunderbird")]),
                  Part("text/plain", plain, "iso-8859-1", "quoted-printable", params=[("format", "flowed")]))
    return [po], eml, exp("confirmation",
                          "Answer below the quote: PVdC 142.00/roll, vecka 50 = Fri 2026-12-11 (= requested); Alu "
                          "v. 51 = Fri 2026-12-18; 2026-12-09 is material arrival, 2028-05-31 best-before.",
                          (po, {1: label(po, 1, p="142.00", d=week_friday(2026, 50)),
                                2: label(po, 2, d=week_friday(2026, 51))}))


@case("cocoa-importers-per-kg-vs-bag", "confirmation/en-GB",
      "British reply pricing couverture per kg while the PO is per 10 kg or 25 kg bag, and a date given only as 'Wednesday 9th' (no month) that must resolve to 9 December.")
def c_cocoauk():
    sup = ("COCOAIMP", "Thames Cocoa Importers Ltd", "sales@thamescocoa.example", "en-GB")
    po = make_po("4700031074", sup, MH, "GBP", "2026-11-13", [
        ("CV-D545-CAL-10", "Dark couverture 54.5% callets, bag 10 kg", 40, "BAG", "74.00", "2026-12-09"),
        ("CV-W28-CAL-10", "White couverture 28% callets, bag 10 kg", 25, "BAG", "81.50", "2026-12-09"),
        ("CP-2224-B25", "Cocoa powder 22-24% fat, bag 25 kg", 10, "BAG", "96.00", "2026-12-09"),
    ])
    sent = D("2026-11-16")
    wed9 = next(sent + dt.timedelta(days=i) for i in range(62) if (sent + dt.timedelta(days=i)).day == 9)
    assert wed9 == D("2026-12-09")
    assert_wd(wed9, "Wed")
    body = ("Morning Maren,\n\nHappy to confirm PO 4700031074, delivery Wednesday 9th:\n\n"
            "Dark 54.5% callets - 400 kg (40 x 10 kg) at £7.40/kg\n"
            "White 28% callets - 250 kg (25 x 10 kg) at £8.30/kg - sorry, milk powder and sugar have both gone up\n"
            "Cocoa powder 22-24 - 250 kg (10 x 25 kg) at £3.84/kg\n\n"
            "Best before on current stock is March 2028 for the callets.\n\n"
            "Kind regards\nOliver Grant\nThames Cocoa Importers Ltd\nUnit 3, Riverside Park, Tilbury RM18 7HD\n"
            "01375 844 210\n")
    orig = request_text(po)
    plain, html = outlook_reply(body, "en", f"{MH[0]} <{MH[1]}>", "13 November 2026 15:22",
                                "Thames Cocoa Sales <sales@thamescocoa.example>", "Purchase order 4700031074", orig,
                                orig_html=request_html(po))
    eml = message(std(addr("Oliver Grant", "sales@thamescocoa.example"), who(MH), "RE: Purchase order 4700031074",
                      mdate("2026-11-16 08:52:09", 0),
                      "<CWXP265MB5127E1D2C3B4A5F6E7D8C9B0A1F2E3D4@CWXP265MB5127.GBRP265.PROD.OUTLOOK.COM>",
                      po["request_message_id"]),
                  alt(plain, html, "_000_CWXP265MB5127E1D2C3B4A5F6E7D8C9B0A1F2E3D4_"))
    p1 = str(Decimal("7.40") * 10)
    p2 = str(Decimal("8.30") * 10)
    p3 = str(Decimal("3.84") * 25)
    assert Decimal(p1) == Decimal("74.00") and Decimal(p3) == Decimal("96.00")
    return [po], eml, exp("confirmation",
                          "Per-kg prices times bag weight: 74.00 and 96.00 unchanged, white 83.00 per 10 kg bag "
                          "(changed); 'Wednesday 9th' from 16 Nov = 2026-12-09 (= requested).",
                          (po, {1: label(po, 1, p=p1), 2: label(po, 2, p=p2), 3: label(po, 3, p=p3)}))


# ======================================================================================
# Writer
# ======================================================================================

def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    readme = ["# Batch AM - held-out supplier replies", "",
              "One line per case: `NNN-slug` | kind/locale | what makes it hard.", ""]
    slugs = set()
    for i, (slug, kl, hard, fn) in enumerate(CASES, 1):
        assert slug not in slugs, slug
        slugs.add(slug)
        name = f"{i:03d}-{slug}"
        pos, eml, expected = fn()
        assert expected["kind"] == kl.split("/")[0], (name, expected["kind"], kl)
        assert pos[0]["supplier"]["locale"] == kl.split("/")[1], (name, kl)
        d = OUT / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        readme.append(f"`{name}` | {kl} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
