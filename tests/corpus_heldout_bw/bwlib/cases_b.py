"""Cases B: confirmations with attachments, inline answers, week numbers, schedules."""
from .common import (case, sup, line, po, conf, chg, REJ, UNC, expected, reply, request_text,
                     req_sent, req_subject, BUYERS)
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx
import datetime as dt

C = "confirmation"


@case("rigging-erp-pdf-ack", "confirmation/en-US",
      "ERP mail with only a Flate-compressed PDF acknowledgment; US month-first promise dates, one date and one price differ")
def c_rig_us():
    S = sup("PRHW", "Proscenium Hardware Inc.", "orderdesk@prosceniumhw.example", "en-US", "Order Desk")
    P = po("4500031502", S, "USD", "2026-11-10", [
        line(1, "TRS-SHK-1/2-BK", "Screw pin shackle 1/2\", black, WLL 2 t", 150, "EA", "9.60", "2026-12-14"),
        line(2, "TRS-SWV-3/8", "Swivel eye-eye 3/8\", WLL 1 t", 60, "EA", "14.25", "2026-12-14"),
        line(3, "TRS-SLG-1/4-5", "Wire rope sling 1/4\" x 5 ft, 2 thimble eyes", 80, "EA", "22.40", "2026-12-14"),
        line(4, "TRS-SFT-6-60", "Safety cable 6 mm x 60 cm, 12 kg WLL", 200, "EA", "3.15", "2026-12-14"),
    ], buyer="oliver")
    pdf_lines = [
        "**PROSCENIUM HARDWARE INC.",
        "2150 W. Carroll Ave, Chicago, IL 60612  |  Phone (312) 555-0147  |  orderdesk@prosceniumhw.example",
        "",
        "**SALES ORDER ACKNOWLEDGMENT",
        "Sales Order: SO-778213          Order Date: 11/10/2026          Ack Date: 11/11/2026",
        "Customer: Brightwell Sourcing Ltd (CUST 40219)          Customer PO: 4500031502",
        "Ship Via: UPS Freight          Terms: Net 30          Incoterm: FCA Chicago",
        "",
        "Ln  Part Number       Description                          Qty  UM   Unit Price    Extended    Promise Date",
        "1   TRS-SHK-1/2-BK    Screw pin shackle 1/2in black        150  EA        9.60     1,440.00     12/14/2026",
        "2   TRS-SWV-3/8       Swivel eye-eye 3/8in                  60  EA       14.25       855.00     12/18/2026",
        "3   TRS-SLG-1/4-5     Wire rope sling 1/4in x 5ft           80  EA       23.10     1,848.00     12/14/2026",
        "4   TRS-SFT-6-60      Safety cable 6mm x 60cm              200  EA        3.15       630.00     12/14/2026",
        "",
        "                                                       Order Total USD           4,773.00",
        "",
        "Promise Date = date delivered to your dock. Line 3: wire rope surcharge per notice 2026-10.",
        "Please review this acknowledgment and notify us of any discrepancy within 2 business days.",
    ]
    pdf = make_pdf(pdf_lines, title="Sales Order Acknowledgment SO-778213", compress=True,
                   producer="Epicor Kinetic Report Server", date="D:20261111070412-06'00'")
    body = ("Thank you for your order.\n\nAttached is Sales Order Acknowledgment SO-778213 for your PO 4500031502.\n\n"
            "This is an automated message from Proscenium Hardware Inc. Please do not reply to this address;\n"
            "contact your sales representative or orderdesk@prosceniumhw.example with questions.\n")
    msg = reply(c_rig_us.slug, P, body, (2026, 11, 11, 7, 4, 31), "erp", quote="none", html=False, threaded=False,
                subject="Sales Order Acknowledgment SO-778213 / Your PO 4500031502", charset="us-ascii", cte="7bit",
                sender=("Proscenium Hardware Order Desk", "noreply@prosceniumhw.example"),
                attachments=[mime.attachment(pdf, "application/pdf", "SO-778213_Ack.pdf")],
                extra_headers=[("X-Mailer", "Epicor Kinetic 2024.2")])
    assert 80 * 23.10 == 1848.0 and 150 * 9.6 + 60 * 14.25 + 1848 + 200 * 3.15 == 4773.0
    return [P], msg, expected(C, [conf(P, {2: chg(P, 2, d="2026-12-18"), 3: chg(P, 3, p="23.10")})],
                              "Automatic ERP mail but it commits: answer is only in the compressed PDF; 12/18/2026 month-first.")


@case("hockey-helmets-inline-answers", "confirmation/en-GB",
      "Answers typed inline under each quoted PO line: one OK, one reduced quantity, one discontinued")
def c_hockey_gb():
    S = sup("NESP", "Northern Edge Sports Ltd", "trade@northernedge.example", "en-GB", "Gareth")
    P = po("BW-26-0490", S, "GBP", "2026-11-11", [
        line(1, "IHH-SR-M-WH", "Ice hockey helmet senior M, white, CSA/HECC 2027", 36, "EA", "54.00", "2026-12-04"),
        line(2, "IHH-JR-S-BK", "Ice hockey helmet junior S, black, with cage", 48, "EA", "41.50", "2026-12-04"),
        line(3, "IHH-CAGE-SR", "Replacement cage senior, 4/0 wire, chrome", 24, "EA", "17.80", "2026-12-04"),
    ], buyer="leah")
    req = request_text(P).split("\n")
    answers = {"  1 |": ">> GH: OK, confirmed as is.",
               "  2 |": ">> GH: Only 30 available and this model is being replaced, so we can't do the other 18.\n"
                        ">> 30 pcs will go out on 04/12 with line 1.",
               "  3 |": ">> GH: Sorry, this cage has been discontinued by the maker - cannot supply."}
    out = []
    for ln in req:
        out.append(ln)
        for k, a in answers.items():
            if ln.startswith(k):
                out.append(a)
    b = BUYERS["leah"]
    t = req_sent(P)
    body = ("Hi Leah,\n\nAnswers inline below (GH).\n\nCheers,\nGareth Hughes\nTrade Sales | Northern Edge Sports Ltd\n"
            "Unit 3, Tinsley Park Road, Sheffield S9 5DL | 0114 255 7710\n\n"
            "From: " + f"{b[0]} <{b[1]}>\nSent: {t.strftime('%d %B %Y %H:%M')}\nTo: {S['name']} <{S['email']}>\n"
            f"Subject: {req_subject(P)}\n\n" + "\n".join(out))
    msg = reply(c_hockey_gb.slug, P, body, (2026, 11, 12, 11, 37, 50), "outlook", quote="none",
                sender=("Gareth Hughes", "gareth.hughes@northernedge.example"))
    return [P], msg, expected(C, [conf(P, {2: chg(P, 2, q=30), 3: REJ})],
                              "Inline '>> GH:' answers sit inside the quoted request table; 04/12 is day-first (= requested 2026-12-04).")


@case("tray-racks-kw50-dienstag-kw51", "confirmation/de-AT",
      "Colleague answers a forwarded request: 'KW 50' (= Friday 11 Dec) for two lines and 'Dienstag KW 51' (= 15 Dec) for one")
def c_racks_at():
    S = sup("BTST", "Backtechnik Steiner GmbH", "verkauf@backtechnik-steiner.example", "de-AT", "Mr Steiner")
    P = po("4500031515", S, "EUR", "2026-11-05", [
        line(1, "BTR-18-EN", "Tray rack 18 levels, EN 600x400, aluminium", 10, "EA", "298.00", "2026-12-09"),
        line(2, "BTR-TRAY-PERF", "Baking tray perforated 600x400x15 mm, 1.5 mm alu", 200, "EA", "11.20", "2026-12-09"),
        line(3, "BTR-COVER-18", "Rack cover PVC for 18-level rack, 4/3 zip", 10, "EA", "46.00", "2026-12-09"),
    ], buyer="tomasz")
    body = """Grüß Gott Herr Quill,

mein Kollege Herr Steiner hat mir Ihre Bestellung zur Bearbeitung weitergeleitet.
Wir bestätigen wie folgt:

Pos. 1 Stikkenwagen 18 Etagen: 10 Stk. à EUR 298,00, Liefertermin KW 50
Pos. 2 Lochbleche 600x400: 200 Stk. à EUR 11,20, Liefertermin KW 50
Pos. 3 Abdeckhauben: 10 Stk. à EUR 46,00, Lieferung Dienstag KW 51

Freundliche Grüße
Sabine Gruber
Innendienst

Backtechnik Steiner GmbH
Industriezeile 36, 4020 Linz
Tel.: +43 732 77 14 50-23
FN 214785 s, Landesgericht Linz

-----Ursprüngliche Nachricht-----
Von: Johann Steiner <j.steiner@backtechnik-steiner.example>
Gesendet: Donnerstag, 5. November 2026 11:02
An: Sabine Gruber <s.gruber@backtechnik-steiner.example>
Betreff: WG: Purchase order 4500031515 - please confirm

Sabine, bitte bestätigen. Danke, Hans
"""
    msg = reply(c_racks_at.slug, P, body, (2026, 11, 10, 9, 41, 3), "outlook", charset="iso-8859-1",
                sender=("Sabine Gruber", "s.gruber@backtechnik-steiner.example"),
                in_reply_ids=[P["request_message_id"], "<7F3A2C11B0@backtechnik-steiner.example>"])
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-11"), 2: chg(P, 2, d="2026-12-11"),
                                           3: chg(P, 3, d="2026-12-15")})],
                              "Reply from a colleague after an internal forward; KW without day = Friday, 'Dienstag KW 51' = Tuesday.")


@case("fencing-foils-chf-teillieferung", "confirmation/de-CH",
      "Swiss German with CHF apostrophe totals; line 1 split 60 in December and 40 in January")
def c_foils_ch():
    S = sup("FSBR", "Fechtsport Brunner AG", "bestellungen@fechtsport-brunner.example", "de-CH", "Mr Brunner")
    P = po("4500031529", S, "CHF", "2026-11-10", [
        line(1, "FL-COMP-5-FR", "Foil complete electric, size 5, French grip, FIE blade", 100, "EA", "142.00", "2026-12-11"),
        line(2, "FL-TIP-500", "Foil point assembly, 500 g spring, M4 thread", 300, "EA", "7.80", "2026-12-11"),
    ], buyer="oliver")
    body = """Grüezi Herr Brandt

Besten Dank für Ihre Bestellung 4500031529. Gerne bestätigen wir:

Pos. 1: 100 Stk. Florett komplett à CHF 142.00
        Teillieferung: 60 Stk. am 11.12.2026, die restlichen 40 Stk. am 15.01.2027
Pos. 2: 300 Stk. Spitzen à CHF 7.80, Lieferung 11.12.2026

Total netto CHF 16'540.00 (exkl. MWST)

Freundliche Grüsse
Reto Brunner
Fechtsport Brunner AG
Bernstrasse 61, 3072 Ostermundigen
Tel. +41 31 932 18 40
"""
    msg = reply(c_foils_ch.slug, P, body, (2026, 11, 12, 16, 15, 44), "apple", quote="gt",
                sender=("Reto Brunner", "reto.brunner@fechtsport-brunner.example"), lang="de")
    assert 100 * 142 + 300 * 7.8 == 16540
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2027-01-15", sched=[(60, "2026-12-11"), (40, "2027-01-15")]),
                                           2: "acc"})],
                              "Split delivery -> schedule with last date 2027-01-15; CHF 16'540.00 total is not a line value.")


@case("autoclave-trays-xlsx-ar", "confirmation/fr-FR",
      "Body only says 'ci-joint'; the answer is an XLSX with Excel serial dates, one new price and one new date")
def c_trays_fr():
    S = sup("STIN", "Stéril'Inox SAS", "adv@sterilinox.example", "fr-FR", "Service ADV")
    P = po("BW-26-0503", S, "EUR", "2026-11-12", [
        line(1, "DAT-MINI-18", "Mini tray stainless 18x9x2 cm, perforated", 250, "EA", "12.60", "2026-12-16"),
        line(2, "DAT-STD-28-L", "Standard tray 28x18 cm with lid, 2 silicone mats", 100, "EA", "31.90", "2026-12-16"),
        line(3, "DAT-RACK-5", "Tray rack for 5 trays, autoclave 134 C", 20, "EA", "58.00", "2026-12-16"),
    ])
    D = dt.date
    rows = [["Accusé de réception de commande AR-26-05871", None, None, None, None, None, None],
            ["Client : Brightwell Sourcing Ltd", None, None, "Votre commande :", "BW-26-0503", None, None],
            [],
            ["N° ligne", "Référence", "Désignation", "Qté commandée", "Qté confirmée", "PU HT (EUR)", "Date de livraison confirmée"],
            [1, "DAT-MINI-18", "Plateau mini inox perforé 18x9x2", 250, 250, ("num", "12.60"), ("date", D(2026, 12, 16))],
            [2, "DAT-STD-28-L", "Plateau standard 28x18 + couvercle", 100, 100, ("num", "33.50"), ("date", D(2026, 12, 16))],
            [3, "DAT-RACK-5", "Support 5 plateaux", 20, 20, ("num", "58.00"), ("date", D(2027, 1, 8))],
            [],
            ["Prix HT, franco de port. Conditions : 30 jours fin de mois."]]
    xlsx = make_xlsx(rows, "AR BW-26-0503", stamp=(2026, 11, 17, 10, 12, 0))
    body = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception pour votre commande BW-26-0503.

Cordialement,

Service ADV
Stéril'Inox SAS – 14 rue des Frères Lumière – 69720 Saint-Bonnet-de-Mure
Tél. : +33 4 78 40 12 96
"""
    msg = reply(c_trays_fr.slug, P, body, (2026, 11, 17, 10, 14, 26), "outlook", lang="fr",
                sender=("ADV Stéril'Inox", "adv@sterilinox.example"),
                attachments=[mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "AR-26-05871.xlsx")])
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, p="33.50"), 3: chg(P, 3, d="2027-01-08")})],
                              "All data in the XLSX (dates stored as Excel serial numbers); line 2 price 33.50, line 3 date 2027-01-08.")


@case("hockey-helmets-discontinued-offer", "confirmation/fr-CA",
      "Quebec French: line 2 discontinued with an alternative only offered (rejected), ISO dates, prices in $ CAD")
def c_hockey_ca():
    S = sup("BORH", "Équipements Boréal Hockey inc.", "commandes@borealhockey.example", "fr-CA", "Mr Gagnon")
    P = po("4500031540", S, "CAD", "2026-11-09", [
        line(1, "IHH-SR-L-BK", "Ice hockey helmet senior L, black, CSA certified", 60, "EA", "58.40", "2026-12-11"),
        line(2, "IHH-YTH-XS-RD", "Youth helmet XS, red, combo with cage", 40, "EA", "39.90", "2026-12-11"),
        line(3, "IHH-VISOR-CL", "Half visor clear, 2.8 mm polycarbonate", 30, "EA", "24.60", "2026-12-11"),
    ], buyer="priya")
    body = """Bonjour Priya,

Voici la confirmation de votre commande 4500031540 :

Ligne 1 – 60 casques senior L noirs à 58,40 $ : livraison le 2026-12-11.
Ligne 2 – le casque junior XS rouge (combo) est discontinué par le fabricant; nous ne pouvons pas
le fournir. On pourrait vous offrir le modèle 2027 en bleu (IHH-YTH-XS-BL) au même prix, faites-nous
signe si ça vous intéresse.
Ligne 3 – 30 visières à 24,60 $ : livraison le 2026-12-18.

Merci et bonne journée!

Mathieu Gagnon
Service à la clientèle
Équipements Boréal Hockey inc.
2450, boul. Talbot, Québec (Québec) G1P 4L8
Tél. : 418 555-0192
"""
    msg = reply(c_hockey_ca.slug, P, body, (2026, 11, 10, 14, 6, 0), "gmail", lang="fr",
                sender=("Mathieu Gagnon", "mgagnon@borealhockey.example"))
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: REJ, 3: chg(P, 3, d="2026-12-18")})],
                              "An alternative product is merely offered, so line 2 stays rejected; ISO dates, decimal comma with $.")


@case("sprinklers-dos-partidas", "confirmation/es-ES",
      "Spanish per-position list: line 1 in two deliveries (350 + 250), line 3 new price, ISO-8859-15")
def c_sprink_es():
    S = sup("RILV", "Riegos Levante S.L.", "pedidos@riegoslevante.example", "es-ES", "Ms Martínez")
    P = po("4500031555", S, "EUR", "2026-11-11", [
        line(1, "ISH-RN-46", "Rotary nozzle 4-6 m, 90-210 deg, 1/2\" female", 600, "EA", "6.35", "2026-12-15"),
        line(2, "ISH-PS-12", "Pop-up spray body 12 cm, 1/2\", check valve", 400, "EA", "3.90", "2026-12-15"),
        line(3, "ISH-IMP-3/4", "Impact sprinkler 3/4\" brass, 2 nozzles", 50, "EA", "21.80", "2026-12-15"),
    ], buyer="tomasz")
    body = """Buenos días Tomasz:

Confirmamos el pedido 4500031555 con el siguiente detalle:

Posición 1: 600 uds. a 6,35 €, entrega en dos partidas: 350 uds. el 15/12/2026 y 250 uds. el 12/01/2027.
Posición 2: 400 uds. a 3,90 €, entrega el 15/12/2026.
Posición 3: 50 uds. a 22,45 € (nueva tarifa del latón), entrega el 15/12/2026.

Un saludo,

Lucía Martínez
Departamento Comercial
Riegos Levante S.L. – Polígono Industrial Fuente del Jarro, C/ Villa de Madrid 34, 46988 Paterna (Valencia)
Tel. 961 32 47 80
"""
    msg = reply(c_sprink_es.slug, P, body, (2026, 11, 13, 9, 20, 14), "outlook", charset="iso-8859-15",
                sender=("Lucía Martínez", "lucia.martinez@riegoslevante.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2027-01-12", sched=[(350, "2026-12-15"), (250, "2027-01-12")]),
                                           2: "acc", 3: chg(P, 3, p="22.45")})],
                              "Two partial deliveries on line 1 (schedule, last 2027-01-12 day-first); new brass price on line 3.")


@case("umbrella-poles-reais-sem-ano", "confirmation/pt-BR",
      "Brazilian 'entrega em 08/12' without a year (earlier than requested) and R$ with dot thousands")
def c_poles_br():
    S = sup("GSLT", "Guarda-Sol Litoral Ltda.", "vendas@guardasol-litoral.example", "pt-BR", "Mr Souza")
    P = po("4500031561", S, "BRL", "2026-11-12", [
        line(1, "BUP-ALU-2.2", "Umbrella pole alu 2.2 m, 32/28 mm, 2 sections", 300, "EA", "64.90", "2026-12-10"),
        line(2, "BUP-ANCH-SAND", "Sand anchor 40 cm, screw type", 300, "EA", "18.50", "2026-12-10"),
        line(3, "BUP-WOOD-2.4", "Wooden pole 2.4 m, eucalyptus, 38 mm", 120, "EA", "89.00", "2026-12-10"),
    ], buyer="leah")
    body = """Olá Leah, tudo bem?

Segue a confirmação do pedido 4500031561:

• Item 1 – haste de alumínio 2,2 m: 300 pç, R$ 64,90 cada – entrega em 08/12
• Item 2 – trado de areia 40 cm: 300 pç, R$ 18,50 cada – entrega em 08/12
• Item 3 – haste de madeira 2,4 m: 120 pç, R$ 92,00 cada (reajuste da madeira) – entrega em 15/12

Pedido acima de R$ 30.000,00 – frete CIF.

Abraço,
Fernando Souza
Comercial | Guarda-Sol Litoral Ltda.
Rod. SC-401, km 5, 4756 – Florianópolis/SC
(48) 3234-5510 | WhatsApp (48) 99812-4477
"""
    msg = reply(c_poles_br.slug, P, body, (2026, 11, 16, 15, 48, 9), "gmail", lang="pt",
                sender=("Fernando Souza", "fernando@guardasol-litoral.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-08"), 2: chg(P, 2, d="2026-12-08"),
                                           3: chg(P, 3, p="92.00", d="2026-12-15")})],
                              "dd/mm without a year resolves to December 2026; R$ 30.000,00 is a freight threshold, not a price.")


@case("bellows-leather-pdf-plus-body", "confirmation/nl-BE",
      "Flemish body names the one exception, the uncompressed PDF lists all lines incl. M2 and KG units")
def c_leather_be():
    S = sup("VALD", "Lederhandel Van Acker BV", "orders@vanacker-leder.example", "nl-BE", "Mr Van Acker")
    P = po("4500031577", S, "EUR", "2026-11-12", [
        line(1, "LTH-CALF-BEL", "Calfskin, vegetable tanned, 1.0-1.2 mm, bellows hinges", 40, "M2", "62.00", "2026-12-16"),
        line(2, "LTH-GUSS-SHP", "Sheepskin gusset leather, 0.5 mm, approx. 0.55 m2 per skin", 60, "EA", "24.00", "2026-12-16"),
        line(3, "GLU-HIDE-251", "Hot hide glue pearls, 251 g bloom", 10, "KG", "18.40", "2026-12-16"),
    ])
    pdf = make_pdf([
        "**Lederhandel Van Acker BV",
        "Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem  -  BTW BE 0448.221.907",
        "",
        "**ORDERBEVESTIGING OB-26-11873",
        "Datum: 18/11/2026          Uw bestelling: 4500031577 van 12/11/2026",
        "Klant: Brightwell Sourcing Ltd, Hull (UK)",
        "",
        "Pos  Artikel         Omschrijving                           Aantal  Eenh.   Prijs/eenh.   Leverdatum",
        "1    LTH-CALF-BEL    Kalfsleer vegetaal gelooid 1,0-1,2 mm      40   m2        62,00 EUR   16/12/2026",
        "2    LTH-GUSS-SHP    Schapenleer voor balgvouwen 0,5 mm         60   st        24,00 EUR   16/12/2026",
        "3    GLU-HIDE-251    Beenderlijm parels 251 g bloom             10   kg        18,40 EUR   23/12/2026",
        "",
        "Totaal excl. BTW: 4.104,00 EUR          Levering: DAP Hull",
        "Betaling: 30 dagen na factuurdatum.",
    ], title="Orderbevestiging OB-26-11873", producer="Exact Online", date="D:20261118084500+01'00'")
    assert 40 * 62 + 60 * 24 + 10 * 18.4 == 4104
    body = """Beste Maren,

In bijlage onze orderbevestiging OB-26-11873 voor uw bestelling 4500031577.
Alles zoals besteld, enkel de beenderlijm wordt pas op 23/12 geleverd.

Met vriendelijke groeten,
Pieter Van Acker
Lederhandel Van Acker BV
T +32 9 221 45 07
"""
    msg = reply(c_leather_be.slug, P, body, (2026, 11, 18, 8, 52, 37), "outlook", lang="nl",
                sender=("Pieter Van Acker", "pieter@vanacker-leder.example"),
                attachments=[mime.attachment(pdf, "application/pdf", "OB-26-11873.pdf")])
    return [P], msg, expected(C, [conf(P, {3: chg(P, 3, d="2026-12-23")})],
                              "Body and PDF agree: only line 3 moves to 23/12 (no year in the body, 2026 in the PDF).")


@case("spray-skirts-bottom-post", "confirmation/cs-CZ",
      "Czech bottom-posted plain text: dates '11. 12.' and '14. 12.' without a year, CZK with space thousands")
def c_skirts_cz():
    S = sup("VVLT", "Vodácké potřeby Vltava s.r.o.", "obchod@vodacke-vltava.example", "cs-CZ", "Ms Dvořáková")
    P = po("BW-26-0518", S, "CZK", "2026-11-10", [
        line(1, "SPR-NEO-XL", "Spray skirt neoprene 4 mm, XL cockpit 95x55 cm", 20, "EA", "1890.00", "2026-12-11"),
        line(2, "SPR-WW-M", "Whitewater spray skirt, 5 mm rand, size M", 30, "EA", "2450.00", "2026-12-11"),
        line(3, "SPR-SUSP-25", "Spray skirt suspenders, 2.5 cm elastic", 50, "EA", "320.00", "2026-12-11"),
    ], buyer="tomasz")
    body = """Dobrý den, pane Quill,

potvrzujeme Vaši objednávku: pol. 1 a 3 dle objednávky, dodání 11. 12.
Pol. 2: cena 2 450 Kč/ks platí, ale kvůli dodávce neoprenu dodáme až 14. 12.

S pozdravem
Jana Dvořáková
Vodácké potřeby Vltava s.r.o.
Nádražní 1188, 382 41 Kaplice
tel. +420 380 311 572
"""
    msg = reply(c_skirts_cz.slug, P, body, (2026, 11, 11, 10, 5, 51), "thunderbird", html=False, quote="above",
                charset="iso-8859-2", sender=("Jana Dvořáková", "dvorakova@vodacke-vltava.example"), lang="cs")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, d="2026-12-14"), 3: "acc"})],
                              "Answer below the quote; '11. 12.' equals the request, '14. 12.' moves line 2; no years given.")


@case("windsock-masts-cyrillic-bg", "confirmation/bg-BG",
      "Bulgarian windows-1251: two lines confirmed with 'г.' dates, the 24V light line left for later (unconfirmed)")
def c_masts_bg():
    S = sup("VTMR", "Vetromer OOD", "orders@vetromer.example", "bg-BG", "Mr Petrov")
    P = po("4500031590", S, "EUR", "2026-11-11", [
        line(1, "WSM-6M-GALV", "Wind sock mast 6 m, hinged, galvanised, 4/3 tube", 8, "EA", "640.00", "2026-12-18"),
        line(2, "WSM-SOCK-60", "Wind sock 60 cm x 2.4 m, ICAO orange/white", 16, "EA", "48.00", "2026-12-18"),
        line(3, "WSM-LIGHT-24V", "Obstruction light LED 24V for mast top", 8, "EA", "112.00", "2026-12-18"),
    ], buyer="oliver")
    body = """Здравейте г-н Брандт,

Потвърждаваме поръчка 4500031590:
поз. 1 – 8 бр. мачти 6 м по 640,00 EUR, доставка 18.12.2026 г.;
поз. 2 – 16 бр. ръкави по 48,00 EUR, доставка 18.12.2026 г.;
поз. 3 – светлините 24V ще потвърдим допълнително след разговор с производителя.

С уважение,
Петър Петров
Търговски отдел
Ветромер ООД, ул. Индустриална 14, 4003 Пловдив
тел. +359 32 640 118
"""
    msg = reply(c_masts_bg.slug, P, body, (2026, 11, 13, 13, 30, 2), "outlook", charset="windows-1251",
                sender=("Петър Петров", "p.petrov@vetromer.example"), lang="bg")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: "acc", 3: UNC})],
                              "Cyrillic with encoded From name; line 3 'will confirm separately' -> unconfirmed.")


@case("bed-rails-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic base64: line 1 no longer produced (rejected), line 2 later date 21.12.2026")
def c_rails_rs():
    S = sup("MDPR", "Medoprema d.o.o. Beograd", "prodaja@medoprema.example", "sr-RS", "Mr Jovanović")
    P = po("4500031602", S, "EUR", "2026-11-12", [
        line(1, "HBR-TEL-200", "Telescopic bed rail 200 cm, steel, 2 bars", 30, "EA", "132.00", "2026-12-14"),
        line(2, "HBR-FOLD-90", "Folding rail 90 cm, aluminium, 24 mm tube", 50, "EA", "68.00", "2026-12-14"),
    ], buyer="priya")
    body = """Поштована госпођо Ананд,

хвала на поруџбини 4500031602.
Поз. 1 (телескопска ограда 200 cm) више не производимо – нажалост не можемо да испоручимо.
Поз. 2: 50 ком по 68,00 EUR, испорука 21.12.2026.

Срдачан поздрав,
Милош Јовановић
Медопрема д.о.о. Београд
Булевар ослобођења 112, 11000 Београд
тел. +381 11 309 4420
"""
    msg = reply(c_rails_rs.slug, P, body, (2026, 11, 16, 12, 0, 40), "gmail", cte="base64",
                sender=("Miloš Jovanović", "milos.jovanovic@medoprema.example"))
    return [P], msg, expected(C, [conf(P, {1: REJ, 2: chg(P, 2, d="2026-12-21")})],
                              "Rejection and a date change in Cyrillic; body is base64 UTF-8.")


@case("chocolate-moulds-greek-percent", "confirmation/el-GR",
      "Greek HTML-only mail: line 2 confirmed 'με αύξηση τιμής 4%' -> 18.50 x 1.04 = 19.24")
def c_moulds_gr():
    S = sup("KLHL", "Kaloupia Hellas A.E.", "orders@kaloupia-hellas.example", "el-GR", "Mr Papadopoulos")
    P = po("BW-26-0527", S, "EUR", "2026-11-12", [
        line(1, "CHM-PC-EGG15", "Polycarbonate egg mould 15 cm, 2 halves x 4", 40, "EA", "26.00", "2026-12-11"),
        line(2, "CHM-PC-BON32", "Bonbon mould 32 cavities, 12 g each", 120, "EA", "18.50", "2026-12-11"),
    ], buyer="leah")
    body = """Αγαπητή κα Okafor,

επιβεβαιώνουμε την παραγγελία σας BW-26-0527:
Θέση 1: 40 τεμ., παράδοση 11/12/2026.
Θέση 2: 120 τεμ., παράδοση 11/12/2026, με αύξηση τιμής 4% λόγω κόστους πρώτων υλών.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων – Kaloupia Hellas A.E.
ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη
τηλ. +30 2310 798 214
"""
    msg = reply(c_moulds_gr.slug, P, body, (2026, 11, 17, 12, 44, 9), "webmail", html="only", charset="iso-8859-7",
                sender=("Γιώργος Παπαδόπουλος", "g.papadopoulos@kaloupia-hellas.example"), quote="gt")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, p="19.24")})],
                              "Percentage increase applied to the PO price (18.50 -> 19.24); only an HTML part, ISO-8859-7.")


@case("feed-buckets-uge-50", "confirmation/da-DK",
      "Danish 'uge 50' (Friday 11 Dec, earlier than requested) and line 3 cut to the 40 in stock")
def c_buckets_dk():
    S = sup("STJY", "Staldudstyr Jylland ApS", "ordre@staldudstyr.example", "da-DK", "Mr Jensen")
    P = po("4500031615", S, "DKK", "2026-11-13", [
        line(1, "HFB-HANG-15", "Hanging feed bucket 15 L, with 2 hooks", 120, "EA", "89.00", "2026-12-18"),
        line(2, "HFB-FLEX-40", "Flexible tub 40 L, rubber", 80, "EA", "129.00", "2026-12-18"),
        line(3, "HFB-LICK-2", "Mineral lick holder for 2 kg block", 60, "EA", "45.00", "2026-12-18"),
    ], buyer="tomasz")
    body = """Hej Tomasz

Tak for ordren 4500031615.

Pos. 1 og 2 leveres i uge 50 til de bestilte priser og antal.
Pos. 3: vi har kun 40 stk. på lager, og varen er udgået hos producenten – vi leverer de 40 stk. i uge 50 til 45,00 kr./stk.

Med venlig hilsen
Lars Jensen
Salg
Staldudstyr Jylland ApS – Industrivej 22 – 8800 Viborg
Tlf. +45 86 62 14 90
"""
    msg = reply(c_buckets_dk.slug, P, body, (2026, 11, 16, 8, 33, 18), "outlook", charset="iso-8859-1",
                sender=("Lars Jensen", "lj@staldudstyr.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-11"), 2: chg(P, 2, d="2026-12-11"),
                                           3: chg(P, 3, q=40, d="2026-12-11")})],
                              "Week 50 Friday is earlier than the 18 Dec request; the remaining 20 of line 3 are not supplied at all.")


@case("fenders-delvis-januar", "confirmation/nb-NO",
      "Norwegian split: 60 on 'fredag 11. desember', 40 on 'fredag 8. januar' (year rolls over to 2027)")
def c_fenders_no():
    S = sup("KYST", "Kystutstyr AS", "ordre@kystutstyr.example", "nb-NO", "Mr Berg")
    P = po("BW-26-0534", S, "NOK", "2026-11-13", [
        line(1, "FND-HTM-3", "Fender HTM-3, 25x65 cm, white with blue rope", 100, "PCS", "395.00", "2026-12-11"),
        line(2, "FND-CVR-3", "Fender cover for HTM-3, fleece, navy", 100, "PCS", "119.00", "2026-12-11"),
    ])
    body = """Hei Maren,

Bekrefter ordre BW-26-0534:

Pos 1: 100 stk à kr 395,00 – 60 stk leveres fredag 11. desember, resterende 40 stk fredag 8. januar.
Pos 2: 100 stk à kr 119,00 – alle leveres 11. desember.

Mvh
Eirik Berg
Kystutstyr AS
Strandkaien 14, 4005 Stavanger
Tlf. +47 51 89 32 10
"""
    msg = reply(c_fenders_no.slug, P, body, (2026, 11, 18, 14, 2, 7), "apple", quote="gt",
                sender=("Eirik Berg", "eirik.berg@kystutstyr.example"), lang="nb")
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2027-01-08", sched=[(60, "2026-12-11"), (40, "2027-01-08")]),
                                           2: "acc"})],
                              "'8. januar' without a year is the next 8 January after the mail date -> 2027-01-08 (a Friday).")


@case("hockey-helmets-viikko-50", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 50' for both lines: ISO week 50 Friday 2026-12-11 vs requested 4 Dec")
def c_hockey_fi():
    S = sup("KIEK", "Kiekkovaruste Oy", "tilaukset@kiekkovaruste.example", "fi-FI", "Mr Virtanen")
    P = po("4500031629", S, "EUR", "2026-11-13", [
        line(1, "IHH-SR-XL-BL", "Ice hockey helmet senior XL, blue, 2027 model", 24, "EA", "61.00", "2026-12-04"),
        line(2, "IHH-CHIN-SR", "Chin cup senior, 2 straps", 100, "EA", "4.20", "2026-12-04"),
    ], buyer="oliver")
    body = """Hei Oliver,

kiitos tilauksesta 4500031629. Vahvistamme molemmat rivit tilatuin määrin ja hinnoin,
toimitus viikolla 50.

Ystävällisin terveisin
Mikko Virtanen
Myynti | Kiekkovaruste Oy
Teollisuustie 9, 33330 Tampere
puh. +358 40 712 5590
"""
    msg = reply(c_hockey_fi.slug, P, body, (2026, 11, 17, 15, 9, 28), "outlook", charset="iso-8859-1",
                sender=("Mikko Virtanen", "mikko.virtanen@kiekkovaruste.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-11"), 2: chg(P, 2, d="2026-12-11")})],
                              "Finnish week number without a day = Friday of ISO week 50.")
