"""Cases 054-070."""
import datetime as dt
from decimal import Decimal

from .common import (ACC, REJ, UNC, Chg, P, PO, Q, Raw, Supplier, Tbl, assert_wd, attach, case, conf,
                     confirmation, dec, esc, iso_week_day, make_msgid, other, outlook_hdr, quote_request,
                     reply, request_blocks, request_message, request_table, request_text, rfc_date, h)
from . import mime
from .pdf import document


def _orig_copy(po, received_line: str) -> str:
    """Our original request as a bouncing MTA copies it into a plain-text bounce."""
    name, email, _ = po.buyer
    return (f"Return-Path: <{email}>\n{received_line}\n"
            f"From: {name} <{email}>\nTo: {po.sup.name} <{po.sup.email}>\nSubject: {po.subject}\n"
            f"Date: {rfc_date(po.sent)}\nMessage-ID: {po.rid}\nX-Mailer: Kestrel PO-Agent 2.4\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n" + request_text(po))


# ---------------------------------------------------------------------------
@case("school-chalk-qmail-bounce", "bounce/fr-FR",
      "Plain-text qmail 'failure notice' (no multipart/report) with a French/English reason and our whole request copied below.")
def _c054():
    sup = Supplier("CRSCOL", "Craies Scolaires de Champagne SARL", "commandes@craies-scolaires.example", "fr-FR")
    po = PO("4500233144", sup, "priya", "EUR", "2026-11-24", [
        (1, "CSC-BL-100", "White chalk sticks, anti-dust, 100/box, 2027 school year", 500, "BOX", "2.30", "2026-12-17"),
        (2, "CSC-COUL-12", "Coloured chalk 12 colours, 12/box", 200, "BOX", "1.75", "2026-12-17"),
        (3, "CSC-ARD-4", "Slate chalk 4 mm for blackboards, 50/box", 100, "BOX", "3.10", "2027-01-08"),
    ], sent="2026-11-24 09:14:07 +0100")
    recv = ("Received: from mx1.kestrel-procurement.example (198.51.100.10)\n"
            f"  by mail.craies-scolaires.example with SMTP; {rfc_date('2026-11-24 08:14:58 +0000')}")
    text = ("Hi. This is the qmail-send program at mail.craies-scolaires.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<commandes@craies-scolaires.example>:\n"
            "Cette adresse n'est plus active depuis le 01/11/2026. / This mailbox is disabled.\n"
            "Merci d'utiliser adv@craies-scolaires.example.\n\n"
            "--- Below this line is a copy of the message.\n\n" + _orig_copy(po, recv))
    hdrs = [
        "Return-Path: <>",
        "Received: from mail.craies-scolaires.example (mail.craies-scolaires.example [198.51.100.66])\r\n"
        f"\tby mx1.kestrel-procurement.example (Postfix) with ESMTP id 4Yg3Tt8Lk2zD4\r\n\tfor <priya.nair@kestrel-procurement.example>; {rfc_date('2026-11-24 09:15:04 +0100')}",
        "From: MAILER-DAEMON@mail.craies-scolaires.example",
        "To: priya.nair@kestrel-procurement.example",
        "Subject: failure notice",
        f"Date: {rfc_date('2026-11-24 08:15:02 +0000')}",
        "Message-ID: <20261124081502.29714.qmail@mail.craies-scolaires.example>",
    ]
    eml = mime.message(hdrs, mime.Part("text/plain", text, charset="us-ascii", cte="7bit"))
    exp = other("bounce",
                "qmail plain-text bounce: no DSN structure, the reason mentions a date (01/11/2026) and a new address, "
                "and the copied original carries our PO table with requested dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("climbing-holds-croatian-table", "confirmation/hr-HR",
      "Croatian reply with an HTML/text table per position, dates with trailing dots ('22.12.2026.') and a short-shipped line.")
def _c055():
    sup = Supplier("HVADAL", "Hvatišta Dalmacija d.o.o.", "prodaja@hvatista-dalmacija.example", "hr-HR")
    po = PO("4500233166", sup, "tom", "EUR", "2026-11-24", [
        (1, "HD-JUG-M10", "Jug set M, 10 holds, PU, M10x50", 30, "SET", "118.00", "2026-12-16"),
        (2, "HD-CRIMP-S20", "Crimp set S, 20 holds, 2027 colours", 20, "SET", "86.00", "2026-12-16"),
        (3, "HD-VOL-TRI800", "Triangle volume 800 mm, 18 mm plywood", 8, "PCS", "235.00", "2026-12-16"),
        (4, "HD-TNUT-M10", "T-nut M10, 4 prong, 100/bag", 15, "BOX", "21.00", "2026-12-16"),
    ])
    body = [
        P("Poštovani gospodine Eriksen,"),
        P("zahvaljujemo na narudžbi 4500233166. Potvrđujemo kako slijedi:"),
        Tbl([["Poz.", "Šifra", "Količina", "Cijena EUR", "Rok isporuke"],
             ["1", "HD-JUG-M10", "30 set", "118,00", "16.12.2026."],
             ["2", "HD-CRIMP-S20", "20 set", "86,00", "16.12.2026."],
             ["3", "HD-VOL-TRI800", "8 kom", "249,00", "22.12.2026."],
             ["4", "HD-TNUT-M10", "10 vrećica", "21,00", "16.12.2026."]]),
        P("Napomena: poz. 3 - nova cijena šperploče; poz. 4 - imamo samo 10 vrećica, preostalih 5 ne možemo isporučiti."),
        P("Lijep pozdrav,\nIvana Marić\nProdaja\nHvatišta Dalmacija d.o.o.\nPut Brodarice 6, 21000 Split\n"
          "Tel. +385 21 398 214 | OIB 48215573906"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Šalje:", "Poslano:", "Prima:", "Predmet:"), sent="utorak, 24. studenoga 2026. 9:14"))
    eml = reply(po, frm=("Ivana Marić", "ivana.maric@hvatista-dalmacija.example"), date="2026-11-27 10:40:19 +0100",
                body=body, quote=q, client="outlook", charset="windows-1250", cte="quoted-printable", prefix="Odg: ",
                lang="hr-HR")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(p="249.00", date="2026-12-22"), 4: Chg(q=10)})],
                       "Values in a table; Croatian dates end with a dot. Line 3 new price and 22.12.2026.; line 4 only 10 "
                       "of 15 bags (the PO's BOX), the other 5 cannot be delivered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cinema-seats-highlight-only-in-our-table", "needs_review/en-GB",
      "The supplier says the new date for line 2 is 'highlighted below', but the only date below is our own requested date in the quoted table.")
def _c056():
    sup = Supplier("CINEF", "Cineform Seating Ltd", "orders@cineformseating.example", "en-GB")
    po = PO("4500233188", sup, "marco", "GBP", "2026-11-24", [
        (1, "CF-ROCK-21", "Rocker seat 21 inch, 2027 fabric, cup holder", 160, "EA", "214.00", "2026-12-18"),
        (2, "CF-RECL-PWR", "Power recliner, 24V, USB-C", 20, "EA", "890.00", "2026-12-18"),
        (3, "CF-END-STD", "End standard with aisle light", 24, "EA", "96.00", "2026-12-18"),
    ])
    body = [
        P("Hi Marco,"),
        P("All confirmed apart from the power recliners - I've highlighted the new date for line 2 in your table below."),
        P("Best regards,\nOwen Price\nSales Administrator\nCineform Seating Ltd\nUnit 3, Crossways Business Park, "
          "Cardiff CF11 8TW\nTel: 029 2076 4410"),
    ]
    t = request_table(po)
    t.html_notes = [None, None, None]
    hl_table = request_table(po)
    # the HTML shows the requested date of line 2 with a yellow highlight, nothing else
    from .common import html_table
    hl_html = html_table(hl_table, "outlook").replace(
        '<td style="border:1px solid #9a9a9a;padding:2px 6px;font-size:10pt">2026-12-18</td>\n</tr>\n<tr>\n'
        '<td style="border:1px solid #9a9a9a;padding:2px 6px;font-size:10pt">3</td>',
        '<td style="border:1px solid #9a9a9a;padding:2px 6px;font-size:10pt"><span style="background:yellow">2026-12-18</span></td>\n</tr>\n<tr>\n'
        '<td style="border:1px solid #9a9a9a;padding:2px 6px;font-size:10pt">3</td>')
    assert "background:yellow" in hl_html
    hdr = outlook_hdr(po, sent="24 November 2026 08:14", to_name="Cineform Orders")
    qtext = Q(request_blocks(po, table=t), style="outlook", hdr=hdr)
    qhtml = Q(request_blocks(po, table=Raw(None, hl_html)), style="outlook", hdr=hdr)
    eml = reply(po, frm=("Owen Price", "owen.price@cineformseating.example"), date="2026-11-26 16:22:47 +0000",
                body=body, quote=qtext, html_blocks=body + [qhtml], client="outlook", charset="windows-1252",
                cte="quoted-printable", lang="en-GB")
    exp = other("needs_review",
                "'New date highlighted below' but the quoted table only contains our own requested date 2026-12-18 for "
                "line 2 (highlighted in the HTML, unmarked in the text): the supplier's new date is not stated anywhere.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sewing-thread-slovenian-per-1000m", "confirmation/sl-SI",
      "Bottom-posted Slovenian Thunderbird reply (answer below the quote) pricing one line per 1000 m of thread and giving '51. teden' for another.")
def _c057():
    sup = Supplier("NITKRA", "Niti Kranj d.o.o.", "narocila@nitikranj.example", "sl-SI")
    po = PO("4500233211", sup, "sophie", "EUR", "2026-11-24", [
        (1, "NK-PES120-5K", "Polyester thread Nm 120, 5000 m cone, black", 300, "PCS", "4.10", "2026-12-11"),
        (2, "NK-PES80-12C", "Polyester thread Nm 80, 1000 m, set of 12 colours", 100, "SET", "19.80", "2026-12-11"),
        (3, "NK-COT50-500", "Cotton thread Ne 50/3, 500 m, white", 400, "PCS", "1.95", "2026-12-11"),
    ])
    assert dec("0.86") * 5 == dec("4.30") and iso_week_day(2026, 51) == "2026-12-18"
    body = [
        P("Pozdravljeni, ga. Laurent,"),
        P("hvala za naročilo 4500233211. Potrjujemo:"),
        P("1. Nm 120, črna: 300 kolutov po 5000 m, cena 0,86 EUR / 1000 m, dobava 11. 12. 2026\n"
          "2. Nm 80, kompleti 12 barv: 100 kompletov po 19,80 EUR, dobava 11. 12. 2026\n"
          "3. Bombaž Ne 50/3: 400 kolutov po 1,95 EUR, dobava v 51. tednu"),
        P("Lep pozdrav,\nMaja Kovač\nprodaja\nNiti Kranj d.o.o.\nLjubljanska cesta 24, 4000 Kranj\ntel. 04 281 35 60"),
    ]
    q = quote_request(po, "gt", attribution="Dne 24. 11. 2026 ob 09:14 je Sophie Laurent napisal(a):")
    eml = reply(po, frm=("Maja Kovač", "maja.kovac@nitikranj.example"), date="2026-11-27 13:55:02 +0100",
                body=[q] + body, quote=None, client="thunderbird", charset="iso-8859-2", cte="quoted-printable", html=True,
                prefix="Re: ", lang="sl-SI")
    exp = confirmation([conf(po, {1: Chg(p="4.30"), 2: ACC, 3: Chg(date="2026-12-18")})],
                       "Line 1 priced per 1000 m: 0,86 x 5 (5000 m cone) = 4.30 per PCS (PO 4.10). '51. teden' without a "
                       "day = Friday 2026-12-18.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cheese-wax-shared-inbox-receipt", "auto_reply/nl-NL",
      "Dutch shared-mailbox auto-acknowledgement ('Automatisch antwoord') with opening hours and a response time, nothing about the order.")
def _c058():
    sup = Supplier("KAASW", "Kaaswas Holland B.V.", "verkoop@kaaswasholland.example", "nl-NL")
    po = PO("4500233233", sup, "marco", "EUR", "2026-11-25", [
        (1, "KH-GEEL-20", "Cheese coating wax yellow, 20 kg carton, 40 cartons/pallet", 2, "PAL", "3880.00", "2026-12-14"),
        (2, "KH-ZWART-20", "Cheese coating wax black, 20 kg", 20, "PCS", "103.00", "2026-12-14"),
    ])
    body = [
        P("Geachte relatie,"),
        P("Hartelijk dank voor uw e-mail aan verkoop@kaaswasholland.example. Dit is een automatische bevestiging dat "
          "wij uw bericht in goede orde hebben ontvangen."),
        P("Wij streven ernaar uw bericht binnen 24 uur (op werkdagen) te beantwoorden. Orders die vóór 12:00 uur "
          "binnenkomen, worden dezelfde dag verwerkt.\nOnze openingstijden: maandag t/m vrijdag 8:00 - 17:00 uur. "
          "Op 25 en 26 december en 1 januari zijn wij gesloten."),
        P("Met vriendelijke groet,\nTeam Verkoop\nKaaswas Holland B.V.\nDe Hooge Krocht 9, 2811 AS Reeuwijk\n"
          "T +31 182 39 44 10"),
    ]
    eml = reply(po, frm=("Verkoop Kaaswas Holland", "verkoop@kaaswasholland.example"), date="2026-11-25 09:14:22 +0100",
                body=body, client="outlook365", charset="iso-8859-1", cte="quoted-printable",
                subject="Automatisch antwoord: " + po.subject, lang="nl-NL",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                               "X-MS-Exchange-Inbox-Rules-Loop: verkoop@kaaswasholland.example"])
    exp = other("auto_reply",
                "Automatic acknowledgement of a shared mailbox ('automatische bevestiging', Auto-Submitted); the "
                "holiday dates and 12:00 cut-off are not about PO 4500233233.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dental-implants-invoice-other-po", "unrelated/it-IT",
      "Italian e-invoice mail with a PDF invoice for a different PO of ours (same supplier, same item codes, dates and prices).")
def _c059():
    sup = Supplier("DIITA", "Dental Implant Italia S.p.A.", "ordini@dentalimplantitalia.example", "it-IT")
    po = PO("4500233255", sup, "lena", "EUR", "2026-11-25", [
        (1, "DII-IMP38-13", "Implant 3.8 x 13 mm, grade 5 titanium", 50, "PCS", "139.00", "2026-12-17"),
        (2, "DII-ABUT-CAD43", "CAD/CAM abutment blank 4.3", 30, "PCS", "58.00", "2026-12-17"),
    ])
    rows = [["Pos.", "Codice", "Descrizione", "Q.ta", "Prezzo", "Importo"],
            ["1", "DII-IMP38-13", "Impianto 3,8 x 13 mm Ti gr. 5", "30", "139,00", "4.170,00"],
            ["2", "DII-ABUT-CAD43", "Abutment CAD/CAM 4,3", "20", "58,00", "1.160,00"]]
    assert 30 * 139 == 4170 and 20 * 58 == 1160
    cols = [(0, "l", 24), (28, "l", 80), (112, "l", 170), (286, "r", 30), (322, "r", 50), (380, "r", 60)]
    pdf = document([
        ("h", "DENTAL IMPLANT ITALIA S.p.A."),
        ("t", "Via Emilia Ovest 1120, 41123 Modena (MO) - P.IVA IT03187650369", 8),
        ("skip", 10),
        ("t", "FATTURA N. 2026/FE/01877 del 25/11/2026", 12, True),
        ("t", "Cliente: Kestrel Procurement GmbH - Hafenstrasse 12 - 20457 Hamburg (DE) - VAT DE318776541"),
        ("t", "Vs. ordine n. 4500229418 del 02/10/2026 - DDT n. 2026/3391 del 20/11/2026"),
        ("skip", 8),
        ("table", cols, rows, 8),
        ("t", "Imponibile EUR 5.330,00 - Operazione non imponibile art. 41 DL 331/93", 9, True),
        ("t", "Scadenza pagamento: 31/12/2026 - Bonifico IBAN IT60 X054 2811 1010 0000 0123 456"),
    ], title="Fattura 2026/FE/01877", producer="Zucchetti Ad Hoc Revolution", creator="Ad Hoc Revolution",
        date="D:20261125110500+01'00'", compress=True)
    body = [
        P("Spett.le Kestrel Procurement GmbH,"),
        P("in allegato la fattura n. 2026/FE/01877 del 25/11/2026 relativa al Vs. ordine 4500229418 "
          "(DDT n. 2026/3391 del 20/11/2026)."),
        P("Scadenza pagamento: 31/12/2026.\nCordiali saluti\n\nUfficio Amministrazione\nDental Implant Italia S.p.A.\n"
          "Via Emilia Ovest 1120, 41123 Modena\nTel. +39 059 829 3310"),
    ]
    eml = reply(po, frm=("Amministrazione Dental Implant Italia", "amministrazione@dentalimplantitalia.example"),
                date="2026-11-25 11:06:31 +0100", body=body, client="outlook", charset="iso-8859-1",
                cte="quoted-printable", subject="Fattura n. 2026/FE/01877 - Vs. ordine 4500229418",
                in_reply_to=None, references=None, lang="it-IT",
                to=[("Lena Hartmann", "lena.hartmann@kestrel-procurement.example")],
                attachments=[attach(pdf, "Fattura_2026-FE-01877.pdf", "application/pdf")])
    exp = other("unrelated",
                "Invoice for PO 4500229418, which is not among the open POs; the same item codes and prices as PO "
                "4500233255 make it look relevant, but it answers nothing about that order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("drippers-lithuanian-per-thousand", "confirmation/lt-LT",
      "Lithuanian reply with a price per 1000 pieces, a date in words ('gruodžio 22 d.') and one line not mentioned.")
def _c060():
    sup = Supplier("LAISTT", "Laistymo Technika UAB", "uzsakymai@laistymotechnika.example", "lt-LT")
    po = PO("4500233277", sup, "jonas", "EUR", "2026-11-25", [
        (1, "LT-EMIT2-16", "Drip emitter 2 l/h, button, for 16 mm pipe", 10000, "PCS", "0.09", "2026-12-18"),
        (2, "LT-PE16-500", "PE pipe 16 mm, 500 m coil", 20, "ROL", "96.00", "2026-12-18"),
        (3, "LT-TEE16", "T-connector 16 mm", 1500, "PCS", "0.22", "2026-12-18"),
        (4, "LT-PREG34-15", "Pressure regulator 3/4 inch, 1.5 bar", 30, "PCS", "11.40", "2026-12-18"),
    ])
    assert dec("85") / 1000 == dec("0.085")
    body = [
        P("Laba diena,"),
        P("dėkojame už užsakymą Nr. 4500233277. Patvirtiname:"),
        P("1 eil. - lašintuvai 2 l/h: 10 tūkst. vnt., kaina 85,00 EUR už 1000 vnt., pristatymas 2026-12-18\n"
          "2 eil. - PE vamzdis 16 mm: 20 ritinių po 96,00 EUR, pristatymas 2026-12-18\n"
          "3 eil. - T jungtys 16 mm: 1 500 vnt. po 0,22 EUR, pristatysime gruodžio 22 d."),
        P("Pagarbiai\nRasa Petrauskienė\nPardavimų vadybininkė\nLaistymo Technika UAB\n"
          "Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 451 228"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Nuo:", "Išsiųsta:", "Kam:", "Tema:"), sent="2026 m. lapkričio 25 d., trečiadienis 10:14"))
    assert_wd("2026-11-25", "Wed")
    eml = reply(po, frm=("Rasa Petrauskienė", "rasa.p@laistymotechnika.example"), date="2026-11-30 11:20:33 +0200",
                body=body, quote=q, client="outlook", charset="windows-1257", cte="quoted-printable", prefix="RE: ",
                lang="lt-LT")
    exp = confirmation([conf(po, {1: Chg(p="0.085"), 2: ACC, 3: Chg(date="2026-12-22"), 4: UNC})],
                       "Line 1: 85,00 EUR per 1000 pcs = 0.085 per PCS (PO 0.09), '10 tūkst.' = 10 000. Line 3 'gruodžio "
                       "22 d.' = 2026-12-22. Line 4 is not mentioned -> unconfirmed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("salt-spreaders-price-at-shipment", "needs_review/ru-RU",
      "Russian reply confirming quantities and dates but leaving the price 'to be confirmed at shipment' with a possible +8 %.")
def _c061():
    sup = Supplier("ZDTECH", "Zavod Dorozhnoy Tekhniki OOO", "sbyt@zdt-tech.example", "ru-RU")
    po = PO("4500233299", sup, "jonas", "EUR", "2026-11-25", [
        (1, "ZDT-RS3000-H", "Road salt spreader 3.0 m3, truck-mounted, hydraulic", 2, "PCS", "18400.00", "2027-01-29"),
        (2, "ZDT-AUGER-3", "Auger conveyor 3 m, replacement", 4, "PCS", "1260.00", "2027-01-29"),
    ])
    body = [
        P("Добрый день, Йонас!"),
        P("Количество и сроки по заказу № 4500233299 подтверждаем: 2 шт. пескоразбрасывателей КДМ 3,0 м³ и 4 шнека, "
          "поставка 29.01.2027."),
        P("Цена будет подтверждена при отгрузке: в связи с ростом цен на металлопрокат возможна корректировка до +8 %."),
        P("--\nС уважением,\nАндрей Кузнецов\nотдел сбыта\nООО «Завод дорожной техники»\n"
          "г. Рязань, Южный промузел, 17\nтел. +7 (4912) 24-37-80"),
    ]
    q = quote_request(po, "gt", attribution='25.11.2026, 11:14, "Jonas Weber" <jonas.weber@kestrel-procurement.example>:')
    eml = reply(po, frm=("Андрей Кузнецов", "a.kuznetsov@zdt-tech.example"), date="2026-11-27 10:02:44 +0300",
                body=body, quote=q, client="other", charset="utf-8", cte="base64", prefix="Re: ", lang="ru-RU",
                extra_headers=["X-Mailer: Yandex Mail"], msgid="<1764226964.481733@mail.zdt-tech.example>")
    exp = other("needs_review",
                "Quantities and date are confirmed but the price is left open ('будет подтверждена при отгрузке', up "
                "to +8 %): the buyer cannot record a committed unit price.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ballet-shoes-ukrainian-koi8u", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply with dates in words ('16 грудня 2026 р.'), ship and delivery dates, a reduced quantity and a suspended line.")
def _c062():
    sup = Supplier("BALUA", "Baletne Vzuttia TOV", "zamovlennia@baletne.example", "uk-UA")
    po = PO("4500233321", sup, "sophie", "EUR", "2026-11-25", [
        (1, "BV-PT37-M", "Pointe shoes size 37, medium shank", 60, "PAIR", "79.00", "2026-12-18"),
        (2, "BV-PT38-H", "Pointe shoes size 38, hard shank", 60, "PAIR", "79.00", "2026-12-18"),
        (3, "BV-CHAR39-5", "Character shoes, 5 cm heel, size 39", 40, "PAIR", "54.00", "2026-12-18"),
    ])
    body = [
        P("Добрий день, пані Софі!"),
        P("Дякуємо за замовлення N 4500233321. Підтверджуємо:"),
        P("Поз. 1 - 60 пар, 79,00 EUR за пару, відвантаження 11 грудня, доставка до Дрездена 16 грудня 2026 р.\n"
          "Поз. 2 - з жорсткою устілкою в розмірі 38 можемо зробити лише 48 пар, ціна та сама, доставка разом з поз. 1 "
          "(16 грудня).\n"
          "Поз. 3 - на жаль, виробництво характерних туфель призупинено, цю позицію виконати не зможемо."),
        P("З повагою,\nОксана Ковальчук\nменеджер з експорту\nТОВ \"Балетне взуття\"\nвул. Кирилівська, 41, м. Київ, 04080\n"
          "тел. +380 44 463 27 19"),
    ]
    q = quote_request(po, "gt", attribution="25.11.2026 10:14, Sophie Laurent пише:")
    eml = reply(po, frm=("Оксана Ковальчук", "o.kovalchuk@baletne.example"), date="2026-11-30 14:36:51 +0200",
                body=body, quote=q, client="thunderbird", charset="koi8-u", cte="quoted-printable", html=False,
                prefix="Re: ", lang="uk-UA")
    exp = confirmation([conf(po, {1: Chg(date="2026-12-16"), 2: Chg(q=48, date="2026-12-16"), 3: REJ})],
                       "Line 1: shipped 11 December but delivered 16 грудня 2026 (delivery wins); line 2 only 48 pairs, "
                       "delivered with line 1 = 2026-12-16; line 3 suspended = rejected.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sewing-thread-exim-bounce", "bounce/en-IN",
      "cPanel/Exim 'Mail delivery failed' plain-text bounce (quota exceeded) that includes the full original request with the PO table.")
def _c063():
    sup = Supplier("KANCH", "Kanchan Threads & Yarns", "sales@kanchanthreads.example", "en-IN")
    po = PO("4500233343", sup, "priya", "USD", "2026-11-26", [
        (1, "KTY-SP40-3000", "Spun polyester 40/2, 3000 m cone, 24 shades", 1200, "PCS", "1.62", "2026-12-23"),
        (2, "KTY-TEX27-ZIP", "Polyester zip thread Tex 27", 500, "PCS", "2.05", "2026-12-23"),
    ], sent="2026-11-26 09:14:07 +0100")
    recv = ("Received: from mx1.kestrel-procurement.example ([198.51.100.10]:41822)\n"
            "\tby server214.hostindia.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.98)\n\t(envelope-from <priya.nair@kestrel-procurement.example>)\n"
            "\tid 1vFq3R-0007Kx-2d\n\tfor sales@kanchanthreads.example;\n"
            f"\t{rfc_date('2026-11-26 13:44:09 +0530')}")
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  sales@kanchanthreads.example\n"
            "    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" + _orig_copy(po, recv))
    hdrs = [
        "Return-path: <>",
        "Received: from mailnull by server214.hostindia.example with local (Exim 4.98)\r\n"
        f"\tid 1vFq3S-0007L2-0A\r\n\tfor priya.nair@kestrel-procurement.example; {rfc_date('2026-11-26 13:44:10 +0530')}",
        "X-Failed-Recipients: sales@kanchanthreads.example",
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@server214.hostindia.example>",
        "To: priya.nair@kestrel-procurement.example",
        "Subject: Mail delivery failed: returning message to sender",
        "Message-Id: <E1vFq3S-0007L2-0A@server214.hostindia.example>",
        f"Date: {rfc_date('2026-11-26 13:44:10 +0530')}",
    ]
    eml = mime.message(hdrs, mime.Part("text/plain", text, charset="us-ascii", cte="7bit"))
    exp = other("bounce",
                "Exim plain-text bounce (mailbox full) from the supplier's hosting server; the copy of our request with "
                "quantities, prices and 2026-12-23 dates is not a supplier answer.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("compost-bins-delivery-note-other-po", "unrelated/cs-CZ",
      "Czech ERP mail with a delivery note (dodací list) PDF for an older PO of ours, listing the same compost bins with quantities and dates.")
def _c064():
    sup = Supplier("EKOKOM", "EkoKompost CZ s.r.o.", "obchod@ekokompost.example", "cs-CZ")
    po = PO("4500233365", sup, "sophie", "EUR", "2026-11-26", [
        (1, "EKK-600L-GR", "Compost bin 600 l, green, 4 doors", 80, "PCS", "46.50", "2026-12-16"),
        (2, "EKK-THERMO-380", "Thermo composter 380 l, insulated", 40, "PCS", "72.00", "2026-12-16"),
    ])
    rows = [["Pol.", "Kód", "Název", "Množství", "MJ", "Šarže"],
            ["1", "EKK-600L-GR", "Kompostér 600 l zelený", "60", "ks", "L26-1187"],
            ["2", "EKK-THERMO-380", "Termokompostér 380 l", "25", "ks", "L26-1203"]]
    cols = [(0, "l", 24), (28, "l", 90), (122, "l", 170), (296, "r", 44), (346, "l", 24), (376, "l", 60)]
    pdf = document([
        ("h", "EkoKompost CZ s.r.o."),
        ("t", "Průmyslová 2271, 580 01 Havlíčkův Brod - IČO 27118934 - DIČ CZ27118934", 8),
        ("skip", 10),
        ("t", "DODACÍ LIST č. DL-26-4471", 12, True),
        ("t", "Datum vystavení: 26.11.2026     Datum expedice: 27.11.2026"),
        ("t", "Odběratel: Kestrel Procurement GmbH, Kamenzer Strasse 8, 01099 Dresden"),
        ("t", "Vaše objednávka: 4500231055 ze dne 15.10.2026      Přepravce: PPL CZ, 3 palety"),
        ("skip", 8),
        ("table", cols, rows, 8),
        ("t", "Převzal: ......................      Datum: ...................."),
    ], title="Dodaci list DL-26-4471", producer="Helios Orange", creator="Helios Orange",
        date="D:20261126143000+01'00'", compress=True)
    body = [
        P("Dobrý den,"),
        P("v příloze zasíláme dodací list DL-26-4471 k Vaší objednávce 4500231055. Zboží bude expedováno 27.11.2026 "
          "přepravní společností PPL CZ, předpokládané doručení 1.12.2026."),
        P("S pozdravem\nExpedice EkoKompost CZ s.r.o.\ntel. +420 569 425 310"),
        P("Tento e-mail byl vygenerován automaticky systémem Helios Orange."),
    ]
    eml = reply(po, frm=("Expedice EkoKompost", "expedice@ekokompost.example"), date="2026-11-26 14:31:09 +0100",
                body=body, client="other", charset="iso-8859-2", cte="quoted-printable", html=False,
                subject="Dodací list DL-26-4471 / obj. 4500231055", in_reply_to=None, references=None, lang="cs-CZ",
                to=[("Sophie Laurent", "sophie.laurent@kestrel-procurement.example")],
                msgid="<HEO.DL-26-4471.20261126143109@ekokompost.example>",
                attachments=[attach(pdf, "DL-26-4471.pdf", "application/pdf")])
    exp = other("unrelated",
                "Delivery note for our earlier order 4500231055 (not open here). Same item codes as PO 4500233365, "
                "shipping date 27.11.2026 and expected delivery 1.12.2026, but it does not answer this PO.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sheep-shears-argentine-two-pos", "confirmation/es-AR",
      "Argentine Spanish (voseo) answering one of two POs, with 'USD 1.240' dotted thousands and day/month dates that roll into 2027.")
def _c065():
    sup = Supplier("ESQPAT", "Esquila Patagónica S.R.L.", "ventas@esquilapatagonica.example", "es-AR")
    a = PO("4500233387", sup, "tom", "USD", "2026-11-20", [
        (1, "EP-MAQ400-FS", "Shearing machine 400 W, flexible shaft", 6, "EA", "1240.00", "2027-01-15"),
        (2, "EP-PEI13-27", "Comb 13 teeth, 2027 model", 80, "EA", "41.00", "2027-01-15"),
        (3, "EP-CUCH-4P", "Cutter 4 points", 240, "EA", "10.60", "2027-01-15"),
    ])
    b = PO("4500233409", sup, "tom", "USD", "2026-11-26", [
        (1, "EP-PEI20-FIN", "Comb 20 teeth, finishing", 40, "EA", "44.50", "2027-01-29"),
    ])
    body = [
        P("Hola Tom, ¿cómo andás?"),
        P("Te confirmo la orden 4500233387:"),
        P("- Las 6 máquinas de 400 W a USD 1.240 c/u, entrega 15/01.\n"
          "- Los 80 peines de 13 dientes los tenemos antes: entrega 08/01, a USD 41.\n"
          "- Cuchillas de 4 puntas: 240 u. a USD 10,60, entrega 15/01."),
        P("La otra orden (4500233409) todavía la estamos cotizando con fábrica, te aviso la semana que viene."),
        P("Abrazo,\nMartín Giménez\nEsquila Patagónica S.R.L.\nRuta 3 km 1.434, (9100) Trelew, Chubut\n"
          "Tel. +54 280 443-1187"),
    ]
    q = quote_request(a, "gt", attribution="El vie, 20 nov 2026 a las 5:14, Tom Eriksen (<tom.eriksen@kestrel-procurement.example>) escribió:")
    eml = reply(a, frm=("Martín Giménez", "martin@esquilapatagonica.example"), date="2026-11-27 12:48:05 -0300",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", prefix="Re: ", lang="es-AR")
    exp = confirmation([conf(a, {1: ACC, 2: Chg(date="2027-01-08"), 3: ACC})],
                       "Only 4500233387 is answered (4500233409 is still being quoted -> left out). 'USD 1.240' = 1240.00; "
                       "'15/01' and '08/01' have no year, so after the 27 Nov mail they are 2027-01-15 and 2027-01-08; "
                       "'km 1.434' is an address.")
    return [a, b], eml, exp


# ---------------------------------------------------------------------------
@case("dental-implants-swedish-ooo", "auto_reply/sv-SE",
      "Swedish out-of-office ('Automatiskt svar') with a return date and a deputy address, sent within a minute of our request.")
def _c066():
    sup = Supplier("NORDDI", "Nordic Dental Implants AB", "order@nordicdental.example", "sv-SE")
    po = PO("4500233431", sup, "lena", "SEK", "2026-11-26", [
        (1, "NDI-IMP40-10", "Implant 4.0 x 10 mm, tapered, SLA", 30, "PCS", "1420.00", "2026-12-15"),
        (2, "NDI-HEAL40-5", "Healing abutment 4.0 x 5 mm", 30, "PCS", "185.00", "2026-12-15"),
    ])
    assert_wd("2026-12-01", "Tue")
    body = [
        P("Hej!"),
        P("Tack för ditt mejl. Jag är på kundbesök i Norge och är tillbaka på kontoret tisdag 1/12. Mejlen läses "
          "sporadiskt."),
        P("Vid brådskande ärenden om order och leveranser, kontakta vår orderavdelning på order@nordicdental.example "
          "eller 08-555 123 40."),
        P("Med vänlig hälsning\nJohan Berg\nKey Account Manager\nNordic Dental Implants AB\nLindhagensgatan 76, "
          "112 18 Stockholm"),
    ]
    eml = reply(po, frm=("Johan Berg", "johan.berg@nordicdental.example"), date="2026-11-26 09:14:31 +0100",
                body=body, client="outlook365", charset="iso-8859-1", cte="quoted-printable",
                subject="Automatiskt svar: " + po.subject, lang="sv-SE",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    exp = other("auto_reply",
                "Out-of-office until Tuesday 1/12 with a deputy; '1/12' is a return date, not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-lithium-technical-questions", "needs_review/zh-CN",
      "Chinese (GBK) reply asking two technical questions before production and promising dates and final prices afterwards.")
def _c067():
    sup = Supplier("HENGLI", "Zhejiang Hengli Traction Battery Co., Ltd.", "export@hengli-battery.example", "zh-CN")
    po = PO("4500233453", sup, "jonas", "CNY", "2026-11-26", [
        (1, "HL-80V700-LFP", "Lithium forklift battery 80V 700Ah, LFP, incl. BMS", 2, "EA", "84500.00", "2027-01-29"),
        (2, "HL-CHG80-150", "Charger 80V/150A, 400V 3-phase, EU plug", 2, "EA", "11800.00", "2027-01-29"),
    ])
    body = [
        P("Jonas 您好，"),
        P("感谢您的订单 4500233453。安排生产前，我们需要您确认以下技术问题："),
        P("1. 电池箱外形尺寸是否为 1,028 x 850 x 784 mm（配 E80/600 型叉车），配重要求 1,950 kg 以上？\n"
          "2. 充电插头采用 REMA 320A 还是 SB350（灰色）？"),
        P("收到您的确认后，我们会在3个工作日内回复交期和最终价格。"),
        P("祝好！\n王海燕 Helen Wang\n外贸部\n浙江恒力牵引电池有限公司\n浙江省长兴县经济开发区太湖大道 88 号\n"
          "Tel: +86 572 612 3398"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("发件人:", "发送时间:", "收件人:", "主题:"), sent="2026年11月26日 16:14"))
    eml = reply(po, frm=("王海燕 Helen Wang", "helen.wang@hengli-battery.example"), date="2026-11-27 10:31:17 +0800",
                body=body, quote=q, client="outlook", charset="gbk", cte="base64", prefix="答复: ", lang="zh-CN")
    exp = other("needs_review",
                "Only technical questions (box size, charger plug); dates and final prices will follow after our answer. "
                "Numbers like 1,028 x 850 x 784 mm and 1,950 kg are specifications, not quantities.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("salt-spreaders-quebec-discount", "confirmation/fr-CA",
      "Quebec French with ISO dates, '18 950,00 $' amounts, a ship date plus a 'livraison prévue' date, a 2 % discount and lines delivered 'avec les épandeurs'.")
def _c068():
    sup = Supplier("EPABOR", "Épandeurs Boréal inc.", "commandes@epandeursboreal.example", "fr-CA")
    po = PO("4500233475", sup, "jonas", "CAD", "2026-11-26", [
        (1, "EB-VBOX-8-SS", "V-box salt spreader 8 ft, stainless, hydraulic", 3, "PCS", "18950.00", "2027-01-08"),
        (2, "EB-CTRL-12V", "Conveyor controller 12V, in-cab, 2027", 3, "PCS", "1425.00", "2027-01-08"),
        (3, "EB-DEFL-24", "Deflector kit 24 inch", 6, "SET", "210.00", "2027-01-08"),
    ])
    assert dec("1425.00") * dec("0.98") == dec("1396.5000")
    body = [
        P("Bonjour M. Weber,"),
        P("Merci pour votre bon de commande 4500233475. Voici notre confirmation :"),
        P("1. Épandeurs en V de 8 pi : 3 unités à 18 950,00 $, expédition du port de Montréal le 2026-12-18, livraison "
          "prévue à Dresde le 2027-01-11 (maritime + camion).\n"
          "2. Contrôleurs 12 V : 3 unités, escompte de 2 % accordé sur le prix de votre commande, livrés avec les épandeurs.\n"
          "3. Déflecteurs 24 po : 6 ensembles à 210,00 $, livrés avec les épandeurs."),
        P("Au plaisir,\n\nGeneviève Tremblay\nService à la clientèle\nÉpandeurs Boréal inc.\n"
          "2250, boul. Industriel, Saint-Hyacinthe (Québec) J2R 1Z4\nTél. : 450 774-2186"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("De :", "Envoyé :", "À :", "Objet :"), sent="26 novembre 2026 03:14"))
    eml = reply(po, frm=("Geneviève Tremblay", "g.tremblay@epandeursboreal.example"), date="2026-11-27 15:12:48 -0500",
                body=body, quote=q, client="outlook", charset="windows-1252", cte="quoted-printable", prefix="RE : ",
                lang="fr-CA")
    exp = confirmation([conf(po, {1: Chg(date="2027-01-11"), 2: Chg(p="1396.50", date="2027-01-11"),
                                  3: Chg(date="2027-01-11")})],
                       "Delivery 2027-01-11 wins over the 2026-12-18 ship date; lines 2 and 3 come 'avec les épandeurs' = "
                       "same delivery; 2 % discount on 1425.00 = 1396.50.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sauna-stones-south-africa-bags", "confirmation/en-ZA",
      "PO in kilograms, supplier answers in 20 kg bags with rand prices per bag in South African format (R 389,00) and a shipment total.")
def _c069():
    sup = Supplier("KAROO", "Karoo Stone & Sauna (Pty) Ltd", "orders@karoostone.example", "en-ZA")
    po = PO("4500233497", sup, "tom", "ZAR", "2026-11-27", [
        (1, "KS-DOL-1015", "Dolerite sauna stones 10-15 cm, loose", 1200, "KG", "19.45", "2027-01-15"),
        (2, "KS-SOAP-30", "Soapstone heat plate 300x300x20 mm", 50, "PCS", "265.00", "2027-01-15"),
        (3, "KS-GAB-510", "Gabbro sauna stones 5-10 cm, loose", 600, "KG", "22.00", "2027-01-15"),
    ])
    assert 60 * 20 == 1200 and 30 * 20 == 600
    assert dec("389.00") / 20 == dec("19.45") and dec("468.00") / 20 == dec("23.40")
    total = 60 * 389 + 50 * 265 + 30 * 468
    assert total == 50630
    body = [
        P("Morning Tom,"),
        P("Thanks for PO 4500233497. We pack the loose stones in 20 kg bags, so:"),
        P("Line 1: 60 bags x 20 kg = 1 200 kg @ R 389,00 per bag, delivered 15/01/2027\n"
          "Line 2: 50 plates @ R 265,00, delivered 15/01/2027\n"
          "Line 3: 30 bags x 20 kg = 600 kg @ R 468,00 per bag, delivered 22/01/2027 (gabbro comes from our Limpopo quarry)"),
        P("Shipment total R 50 630,00 excl. VAT."),
        P("Kind regards\nThandi Mokoena\nExport Sales\nKaroo Stone & Sauna (Pty) Ltd\n14 Voortrekker Road, Beaufort West 6970\n"
          "Tel +27 23 414 2290 | Reg. 2011/004512/07"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, sent="Friday, 27 November 2026 10:14", to_name="Karoo Stone Orders"))
    eml = reply(po, frm=("Thandi Mokoena", "thandi@karoostone.example"), date="2026-11-30 08:47:25 +0200",
                body=body, quote=q, client="outlook", charset="us-ascii", cte="7bit", html_charset="us-ascii",
                html_cte="quoted-printable", lang="en-ZA")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(p="23.40", date="2027-01-22")})],
                       "Convert bags to the PO's KG: 60 x 20 kg = 1200 at R 389,00/20 = 19.45 per kg (as ordered); line 3 "
                       "600 kg at R 468,00/20 = 23.40 per kg (PO 22.00), 22/01/2027. South African decimal comma; the "
                       "total is noise.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("chocolate-moulds-ticino-interleaved", "confirmation/it-CH",
      "Swiss-Italian Thunderbird reply that answers between the quoted PO lines, with CHF 1'234.50-style numbers and dates without year.")
def _c070():
    sup = Supplier("STAMTI", "Stampi Cioccolato Ticino SA", "ordini@stampiticino.example", "it-CH")
    po = PO("4500233519", sup, "marco", "CHF", "2026-11-27", [
        (1, "SCT-PRAL32-Q", "Praline mould 32 squares 25x25 mm", 100, "PCS", "16.40", "2026-12-18"),
        (2, "SCT-TAV50-4", "Bar mould 50 g, 4 cavities, 2027 design", 60, "PCS", "18.90", "2026-12-18"),
        (3, "SCT-SFERA40", "Sphere mould 40 mm, 2 x 15 halves", 80, "PCS", "21.50", "2026-12-18"),
    ])
    assert_wd("2026-12-18", "Fri")
    rt = request_table(po)
    rows = [r for r in rt.rows]
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]

    def row_text(r):
        return "  ".join(str(c).rjust(widths[i]) if i in (3, 5) else str(c).ljust(widths[i])
                         for i, c in enumerate(r)).rstrip()

    name, email, phone = po.buyer
    blocks = [
        P("Buongiorno Marco,"),
        P("trova le nostre risposte qui sotto, riga per riga."),
        P("Il 27.11.2026 09:14, Marco Bianchi ha scritto:"),
        Q([P("Please confirm our purchase order 4500233519 dated 27 Nov 2026 with quantities, unit prices and "
             "delivery dates for each line."), P(row_text(rows[0]) + "\n" + row_text(rows[1]))], style="gt"),
        P("OK, consegna venerdì 18 dicembre."),
        Q([P(row_text(rows[2]))], style="gt"),
        P("Solo 40 pezzi disponibili entro il 18.12.; i restanti 20 purtroppo non possiamo fornirli."),
        Q([P(row_text(rows[3]))], style="gt"),
        P("Prezzo aggiornato CHF 22.80 al pezzo (listino 2027 già in vigore per le sfere), consegna 18.12.2026."),
        Q([P("Delivery address: Kestrel Procurement GmbH, Central Warehouse, Kamenzer Strasse 8, 01099 Dresden, Germany\n"
             "Incoterms 2020: DAP Dresden. Payment terms: 30 days net.")], style="gt"),
        P("Tutto confermato. Fattura totale stimata CHF 5'220.00."),
        P("Cordiali saluti\nLuca Bernasconi\nStampi Cioccolato Ticino SA\nVia Cantonale 18, 6814 Lamone\n"
          "Tel. +41 91 945 22 70"),
    ]
    assert 100 * Decimal("16.40") + 40 * Decimal("18.90") + 80 * Decimal("22.80") == Decimal("4220.00")
    # keep the estimated total consistent with the confirmed values
    blocks[10] = P("Tutto il resto confermato. Importo totale stimato CHF 4'220.00 (IVA esclusa).")
    eml = reply(po, frm=("Luca Bernasconi", "luca.bernasconi@stampiticino.example"), date="2026-11-30 16:05:39 +0100",
                body=blocks, client="thunderbird", charset="UTF-8", cte="quoted-printable", prefix="Re: ",
                lang="it-CH")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(q=40), 3: Chg(p="22.80")})],
                       "Answers are interleaved under each quoted PO line: line 1 'venerdì 18 dicembre' = requested; "
                       "line 2 only 40 by '18.12.' (rest not supplied); line 3 CHF 22.80. The estimated total CHF 4'220.00 "
                       "is not a unit price.")
    return [po], eml, exp
