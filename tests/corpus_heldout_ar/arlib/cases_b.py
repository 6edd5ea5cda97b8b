"""Cases 016-032."""
from __future__ import annotations

from .common import (D, case, cw_fri, is_wd, next_no_year, L, PO, SUP, acc, chg, REJ, UNC, conf, expected,
                     request_body, request_subject, headers, buyer_addr, at)
from .mime import (encoded_words, addr, text, multipart, attachment, raw_part, message, quote_gt, esc,
                   text_to_html, rfc822_part, date_header)
from .clients import outlook, gmail, apple, thunderbird, outlook_block_text, outlook_block_html, outlook_html_doc
from . import pdf, xlsx


# ---------------------------------------------------------------- 016
@case("bakery-trays-typo-correction", "confirmation/en-AU",
      "Second mail 'sorry, typo: 14/1 not 4/1' on top of the first confirmation quoted below; stacks of 20 round line 1 up to 160.")
def c016():
    sup = SUP("SCBAKE", "Southern Cross Bakeware Pty Ltd", "sales@scbakeware.example", "en-AU")
    po = PO("4700031802", sup, "claire", D(2026, 11, 12), [
        L(1, "BT-PERF-6040", "Perforated baguette tray 600x400, 5 channel", 150, "PCS", "18.60", D(2027, 1, 8)),
        L(2, "BT-FLAT-6040", "Flat aluminium tray 600x400x10 mm", 200, "PCS", "9.75", D(2027, 1, 8)),
    ], currency="USD")
    first_id = "<SY4P282MB3391A0C7E2D4F51B8E6A@SY4P282MB3391.AUSP282.prod.outlook.example>"
    date = at(2026, 11, 16, 9, 47, 11)
    first = ("Hi Claire,\n\nThanks for your order 4700031802.\n\nOur trays are packed and sold in stacks of 20, so line 1 "
             "will be 8 stacks = 160 pcs, line 2 is 10 stacks = 200 pcs as ordered. Prices as per your PO.\n"
             "Both lines will be delivered to your Hamburg DC on 4/1.\n\nCheers,\nBronwyn Kelly\n"
             "Customer Service | Southern Cross Bakeware\n+61 3 9555 0127\n")
    second = ("Hi Claire,\n\nSorry, typo in my email below - the delivery date is 14/1, not 4/1. Everything else stands.\n\n"
              "Cheers,\nBronwyn\n")
    req = {"from": "Claire Dumont <claire.dumont@kestrel-supply.example>", "sent": "Friday, 13 November 2026 2:10 AM",
           "to": "sales@scbakeware.example", "subject": request_subject(po), "body": request_body(po, "Hello,", "dmy/")}
    first_full = first + "\n" + outlook_block_text(req, "en", "none")
    orig = {"from": "Bronwyn Kelly <sales@scbakeware.example>", "sent": "Monday, 16 November 2026 9:12 AM",
            "to": "Claire Dumont <claire.dumont@kestrel-supply.example>", "subject": "RE: " + request_subject(po),
            "body": first_full,
            "body_html": text_to_html(first, '<p class="MsoNormal">', "</p>") + outlook_block_html(req, "en")}
    body = outlook(second, orig, "_000_SY4P282MB3391B17F", "en", lang_attr="EN-AU", sep="none")
    h = headers(addr("Bronwyn Kelly", "sales@scbakeware.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<SY4P282MB3391B17F0E9C2A64D5B3@SY4P282MB3391.AUSP282.prod.outlook.example>",
                first_id, po["request_message_id"] + " " + first_id)
    d = D(2027, 1, 14)
    exp = expected("confirmation", "The later mail corrects the quoted one: delivery 14/1 (2027-01-14), not 4/1. Line 1 rounded to 8 stacks x 20 = 160.",
                   [conf(po, l1=chg(po, 1, qty=160, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 017
@case("ceramic-tiles-full-pallets", "confirmation/it-IT",
      "m2 ordered, tiles shipped in full pallets of 50 boxes x 1.44 m2 (340 -> 360 m2); a goods-ready date precedes the delivery-by date.")
def c017():
    sup = SUP("VALSECCHIA", "Ceramiche Valsecchia S.p.A.", "ordini@valsecchia-ceramiche.example", "it-IT")
    po = PO("4700031817", sup, "claire", D(2026, 11, 12), [
        L(1, "TIL-GRS-6060G", "Gres porcellanato 60x60 rett. grigio, box 1,44 m2", 340, "M2", "21.90", D(2027, 1, 22)),
        L(2, "TIL-GRS-3060W", "Gres porcellanato 30x60 bianco, box 1,44 m2", 72, "M2", "18.40", D(2027, 1, 22)),
        L(3, "TIL-SKR-860G", "Battiscopa 8x60 cm grigio", 120, "PCS", "3.20", D(2027, 1, 22)),
    ])
    date = at(2026, 11, 17, 16, 25, 1)
    reply = ("Gentile Sig.ra Dumont,\n\nla ringraziamo per l'ordine n. 4700031817, che confermiamo come segue:\n\n"
             "pos. 1 - 60x60 grigio: spediamo solo pallet completi da 50 scatole (72 m²); 5 pallet = 360 m², € 21,90/m²\n"
             "pos. 2 - 30x60 bianco: 50 scatole = 72,00 m² (1 pallet), € 18,40/m²\n"
             "pos. 3 - battiscopa 8x60: 120 pz a € 3,20\n\n"
             "Merce pronta in magazzino dal 15/01/2027, consegna presso il Vs. magazzino entro il 22/01/2027.\n"
             "Tutto il materiale dello stesso lotto/calibro (L26-44, cal. 3).\n\n"
             "Cordiali saluti\nFrancesca Bellini\nUfficio Commerciale Estero\nCeramiche Valsecchia S.p.A. - Via Radici Nord 88, "
             "Sassuolo (MO)\n")
    orig = {"from": "Claire Dumont <claire.dumont@kestrel-supply.example>", "sent": "giovedì 12 novembre 2026 10:31",
            "to": "ordini@valsecchia-ceramiche.example", "subject": request_subject(po),
            "body": request_body(po, "Buongiorno,", "dmy/")}
    body = outlook(reply, orig, "_000_AS8PR09MB6125D0", "it", lang_attr="IT")
    h = headers(addr("Francesca Bellini", "ordini@valsecchia-ceramiche.example"), buyer_addr(po),
                "R: " + request_subject(po), date, "<AS8PR09MB6125D0F4B3E1A7C92D08@AS8PR09MB6125.eurprd09.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1: 5 full pallets = 360 m2 (was 340); 'pronta dal 15/01' is readiness, delivery 'entro il 22/01/2027' equals the PO; lot L26-44 / cal. 3 are not numbers to read.",
                   [conf(po, l1=chg(po, 1, qty=360), l2=acc(po, 2), l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 018
@case("compressor-ticket-auto-ack", "auto_reply/en-US",
      "Help-desk ticket acknowledgment quoting the PO subject, with a ticket number and a 2-business-day response promise.")
def c018():
    sup = SUP("ATLASAIR", "Atlas Air Compressors Inc.", "orders@atlas-aircomp.example", "en-US")
    po = PO("4700031824", sup, "maren", D(2026, 11, 13), [
        L(1, "AC-SCR-22VSD", "Rotary screw compressor 22 kW VSD, 7.5-13 bar", 1, "PCS", "14900.00", D(2027, 2, 12)),
    ], currency="USD")
    date = at(2026, 11, 13, 7, 18, -5)
    txt = ("##- Please type your reply above this line -##\n\n"
           "Hello Maren,\n\nThank you for contacting Atlas Customer Care. This is an automated message to let you know that "
           "we have received your request (#48213) and it has been assigned to our Order Desk team.\n\n"
           "A representative will respond within 2 business days. To add information to this request, simply reply to "
           "this email. Please do not change the subject line.\n\n"
           "Request #48213: \"Purchase order 4700031824 - order acknowledgment requested\"\nStatus: Open\n"
           "Priority: Normal\n\nAtlas Customer Care\nMon-Fri 7:00 AM - 6:00 PM CT\n")
    html = ("<html><body><div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            + text_to_html(txt.split("\n\n", 1)[1]) + "</body></html>\n")
    body = multipart("alternative", [text(txt, "plain", "utf-8", "quoted-printable"), text(html, "html", "utf-8", "quoted-printable")],
                     "--==_mimepart_6734a9e61c2b7_5f2c1b4c38920")
    h = headers("Atlas Customer Care <support@atlas-aircomp.example>", buyer_addr(po),
                "[Atlas Customer Care] Re: " + request_subject(po), date, "<ZK3X9P2RJ4_6734a9e6a1c3f_48213_sprut@atlas-aircomp.zendesk.example>",
                po["request_message_id"], po["request_message_id"],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "bulk"),
                       ("Reply-To", "Atlas Customer Care <support+id48213@atlas-aircomp.example>")])
    exp = expected("auto_reply", "Ticket-system acknowledgment; nothing about quantities, prices or dates.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 019
@case("compressors-one-model-discontinued", "confirmation/pt-BR",
      "One line out of production with a successor model offered at a different price (not a confirmation of that line); Brazilian number format US$ 6.850,00.")
def c019():
    sup = SUP("COMPAULISTA", "Compressores Paulista Ltda.", "vendas@compaulista.example", "pt-BR")
    po = PO("4700031838", sup, "maren", D(2026, 11, 13), [
        L(1, "AC-SCR-15", "Rotary screw compressor 15 kW, 10 bar, 2.2 m3/min", 2, "PCS", "6850.00", D(2027, 2, 5)),
        L(2, "AC-PST-300", "Piston compressor 300 l tank, 4 kW", 3, "PCS", "1420.00", D(2027, 2, 5)),
        L(3, "AC-DRY-25", "Refrigeration dryer 2.5 m3/min", 2, "PCS", "980.00", D(2027, 2, 5)),
    ], currency="USD")
    date = at(2026, 11, 18, 10, 40, -3)
    reply = ("Prezada Maren,\n\nBom dia! Confirmamos o pedido 4700031838 conforme abaixo:\n\n"
             "Item 1 - compressor parafuso 15 kW: 2 un., US$ 6.850,00 cada, entrega 05/02/2027.\n"
             "Item 2 - compressor de pistão 300 l: infelizmente este modelo saiu de linha em outubro/2026 e não é mais "
             "fabricado. Podemos oferecer o modelo CP-310 (4 kW, 310 l) por US$ 1.495,00 - favor nos informar se houver interesse.\n"
             "Item 3 - secador por refrigeração 2,5 m³/min: 2 un., US$ 980,00, entrega 05/02/2027.\n\n"
             "Condição de pagamento: 30/60 dias. Garantia de 12 meses.\n\n"
             "Atenciosamente,\nRafael Monteiro\nDepartamento Comercial - Exportação\nCompressores Paulista Ltda.\n(11) 5555-4410\n")
    attribution = "Em sex., 13 de nov. de 2026 às 12:15, Maren Holt <maren.holt@kestrel-supply.example> escreveu:"
    body = gmail(reply, attribution, request_body(po, "Dear Sir or Madam,", "dmy/"), "000000000000f2a61d0614b1c2d8",
                 cte="base64")
    h = headers(addr("Rafael Monteiro", "vendas@compaulista.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<CAK8vM3n+QpT1r0wHx5Yz2LbUe@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Item 2 discontinued -> rejected (the CP-310 offer is only a proposal); items 1 and 3 as ordered; '30/60 dias' are payment terms.",
                   [conf(po, l1=acc(po, 1), l2=REJ, l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 020
@case("copy-paper-price-per-box-of-5", "confirmation/hu-HU",
      "Hungarian ISO-8859-2 reply pricing per box of 5 reams: 20,50/5 = 4.10 per ream (down) while 43,00/5 = 8.60 is unchanged; date with weekday in Hungarian order.")
def c020():
    sup = SUP("PAPIREXP", "Papír-Express Kft.", "rendeles@papirexpress.example", "hu-HU")
    po = PO("4700031846", sup, "oskar", D(2026, 11, 13), [
        L(1, "ST-A4-80", "Copy paper A4 80 g/m2, ream 500 sheets", 120, "REAM", "4.20", D(2026, 12, 9)),
        L(2, "ST-A3-80", "Copy paper A3 80 g/m2, ream 500 sheets", 20, "REAM", "8.60", D(2026, 12, 9)),
    ])
    is_wd(D(2026, 12, 9), "Wednesday")
    date = at(2026, 11, 18, 13, 55, 1)
    reply = ("Tisztelt Lindqvist Úr!\n\nKöszönjük megrendelését (4700031846), az alábbiak szerint igazoljuk vissza:\n\n"
             "1. tétel: A4 80 g/m2, 24 doboz (5 csomag/doboz = 120 csomag), egységár 20,50 EUR/doboz\n"
             "2. tétel: A3 80 g/m2, 4 doboz = 20 csomag, egységár 43,00 EUR/doboz\n\n"
             "Szállítási határidő: 2026. december 9. (szerda)\nFizetési feltétel: 15 nap, átutalás.\n\n"
             "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nPapír-Express Kft. | 1097 Budapest, Gubacsi út 6.\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "2026. november 13., péntek 9:02",
            "to": "rendeles@papirexpress.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "iso")}
    body = outlook(reply, orig, "_000_DU2PR10MB7432F9", "hu", "iso-8859-2", "quoted-printable", lang_attr="HU")
    h = headers(addr("Kovács Eszter", "rendeles@papirexpress.example", "iso-8859-2", "Q"), buyer_addr(po),
                "VS: " + request_subject(po), date, "<DU2PR10MB7432F9C1A0E4B56D3F27@DU2PR10MB7432.EURPRD10.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Per-box prices: 20.50/5 = 4.10 per ream (PO 4.20) and 43.00/5 = 8.60 (same); 24 and 4 boxes equal the reams ordered; '15 nap' is payment.",
                   [conf(po, l1=chg(po, 1, price="4.10"), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 021
@case("coffee-newsletter-price-increase-2027", "unrelated/de-CH",
      "HTML-only customer newsletter announcing +3,5 % prices from 1 January 2027 and holiday closing dates; an open PO with the same supplier exists.")
def c021():
    sup = SUP("KAFFEESERV", "Kaffeetechnik Limmattal AG", "service@kaffeetechnik-limmattal.example", "de-CH")
    po = PO("4700031851", sup, "maren", D(2026, 11, 16), [
        L(1, "KT-BRG-ESP", "Brühgruppe komplett, Espresso 2-gruppig", 2, "PCS", "412.00", D(2026, 12, 11)),
        L(2, "KT-SIEB-2T", "Siebträger 2 Tassen, 58 mm", 6, "PCS", "54.00", D(2026, 12, 11)),
    ])
    date = at(2026, 11, 19, 7, 30, 1)
    html = ("<!DOCTYPE html><html lang=\"de-CH\"><head><meta charset=\"utf-8\"><title>Kaffeetechnik News 11/2026</title></head>"
            "<body style=\"margin:0;background:#f4efe9\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333\">"
            "<tr><td style=\"padding:24px\"><h1 style=\"font-size:22px\">Kaffeetechnik News – November 2026</h1>"
            "<p>Grüezi Maren Holt</p>"
            "<p>Das Jahr neigt sich dem Ende zu – Zeit für ein paar Informationen in eigener Sache:</p>"
            "<h2 style=\"font-size:17px\">Neue Preisliste 2027</h2>"
            "<p>Aufgrund gestiegener Rohstoff- und Energiekosten passen wir unsere Preise per 1. Januar 2027 um durchschnittlich "
            "+3,5&nbsp;% an. Bestellungen mit Liefertermin bis 31.12.2026 werden noch zu den aktuellen Konditionen ausgeführt. "
            "Die neue Preisliste (gültig ab 01.01.2027) finden Sie im Kundenportal.</p>"
            "<h2 style=\"font-size:17px\">Betriebsferien</h2>"
            "<p>Unser Lager bleibt vom 24.12.2026 bis und mit 3.1.2027 geschlossen. Letzte Auslieferung: Mittwoch, 23. Dezember.</p>"
            "<h2 style=\"font-size:17px\">Neu im Sortiment</h2><p>Dichtungsset 58&nbsp;mm für E61-Gruppen, Art. 58-E61-KIT, "
            "CHF&nbsp;1'250.00 pro 100 Sets.</p>"
            "<p>Freundliche Grüsse<br>Ihr Team der Kaffeetechnik Limmattal AG<br>Badenerstrasse 512, 8048 Zürich</p>"
            "<p style=\"font-size:11px;color:#888\">Sie erhalten diesen Newsletter, weil Sie Kunde der Kaffeetechnik Limmattal AG sind. "
            "<a href=\"https://news.kaffeetechnik-limmattal.example/unsubscribe?u=8f21c\">Abmelden</a></p>"
            "</td></tr></table></td></tr></table></body></html>\n")
    body = text(html, "html", "utf-8", "quoted-printable")
    h = headers("Kaffeetechnik Limmattal AG <newsletter@kaffeetechnik-limmattal.example>", "maren.holt@kestrel-supply.example",
                "Kaffeetechnik News 11/2026: Preisliste 2027, Betriebsferien & Neuheiten", date,
                "<20261119073000.8f21c.4471@news.kaffeetechnik-limmattal.example>",
                extra=[("List-Unsubscribe", "<https://news.kaffeetechnik-limmattal.example/unsubscribe?u=8f21c>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "Mailchimp Mailer - **CIDd2f6b0a1e3**")])
    exp = expected("unrelated", "Newsletter from the PO's supplier; the +3,5 % applies to a future price list, not to PO 4700031851, and the dates are holiday closures.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 022
@case("fishing-net-three-lots-turkish", "confirmation/tr-TR",
      "Turkish windows-1254 Outlook reply splitting 1.500 kg into three lots and moving a second line forward to the first lot's date; 210d/12 in the item.")
def c022():
    sup = SUP("KARADENIZAG", "Karadeniz Ağ Sanayi A.Ş.", "satis@karadenizag.example", "tr-TR")
    po = PO("4700031859", sup, "tobias", D(2026, 11, 16), [
        L(1, "FN-PA-210-12", "Fishing net PA multifilament 210d/12, mesh 40 mm", 1500, "KG", "7.80", D(2027, 1, 15)),
        L(2, "FN-FLT-8-200", "Float line 8 mm, coil 200 m", 30, "PCS", "62.00", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 20, 11, 10, 3)
    reply = ("Sayın Brenner,\n\n4700031859 numaralı siparişinizi teşekkürle teyit ederiz:\n\n"
             "1. kalem - PA multifilament ağ 210d/12, göz 40 mm: toplam 1.500 kg, üç parti halinde:\n"
             "   500 kg - 11.12.2026\n   500 kg - 08.01.2027\n   500 kg - 29.01.2027\n   Fiyat: 7,80 EUR/kg\n"
             "2. kalem - yüzdürme halatı 8 mm, 200 m: 30 adet, 62,00 EUR/adet, ilk parti ile birlikte 11.12.2026 tarihinde.\n\n"
             "Teslim şekli: FCA İstanbul. Ödeme: sevkiyattan önce %30 peşin, kalan 60 gün.\n\n"
             "Saygılarımızla,\nMehmet Yılmaz\nİhracat Departmanı\nKaradeniz Ağ Sanayi A.Ş. - Trabzon\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "16 Kasım 2026 Pazartesi 15:20",
            "to": "satis@karadenizag.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy.")}
    body = outlook(reply, orig, "_000_PR3PR05MB7020A5", "tr", "windows-1254", "quoted-printable", lang_attr="TR")
    h = headers(addr("Mehmet Yılmaz", "satis@karadenizag.example", "windows-1254"), buyer_addr(po), "YNT: " + request_subject(po),
                date, "<PR3PR05MB7020A5E2D3C4B1F09A86@PR3PR05MB7020.eurprd05.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1 in three lots of 500 kg (last 2027-01-29); line 2 ships with the first lot on 2026-12-11; '%30 peşin' is payment, not a price change.",
                   [conf(po, l1=chg(po, 1, date=D(2027, 1, 29), schedule=[(500, D(2026, 12, 11)), (500, D(2027, 1, 8)), (500, D(2027, 1, 29))]),
                         l2=chg(po, 2, date=D(2026, 12, 11)))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 023
@case("cement-retarder-moq-ibc", "confirmation/en-ZA",
      "Minimum order quantity of one full IBC lifts 400 kg to 1 000 kg; South African decimal commas (USD 1,95/kg) and a space as thousands separator.")
def c023():
    sup = SUP("HIGHVELD", "Highveld Construction Chemicals (Pty) Ltd", "orders@highveldchem.example", "en-ZA")
    po = PO("4700031866", sup, "tobias", D(2026, 11, 16), [
        L(1, "CA-RET-IBC", "Set retarder, IBC 1000 kg", 400, "KG", "1.95", D(2027, 1, 29)),
        L(2, "CA-WPR-25", "Integral waterproofer, 25 kg bag", 500, "KG", "2.40", D(2027, 1, 29)),
    ], currency="USD")
    date = at(2026, 11, 19, 14, 5, 2)
    reply = ("Good day Tobias\n\nThank you for PO 4700031866.\n\nPlease note the set retarder is only supplied in full IBCs - our "
             "minimum order quantity is 1 x IBC of 1 000 kg, so we have loaded 1 000 kg @ USD 1,95/kg.\n"
             "The waterproofer is fine: 20 bags (500 kg) @ USD 2,40/kg.\n\n"
             "Both items will reach you by 29/01/2027 as per your order (shipping from Durban on 18/12/2026, 35 days transit).\n\n"
             "Regards\nThabo Nkosi\nExport Sales | Highveld Construction Chemicals\nTel +27 11 555 0190\n"
             "B-BBEE Level 2 contributor | Reg. no. 2009/018842/07\n")
    attribution = "On Mon, 16 Nov 2026 at 16:44, Tobias Brenner <tobias.brenner@kestrel-supply.example> wrote:"
    body = gmail(reply, attribution, request_body(po, "Good day,", "dmy/"), "000000000000c3e1a90614b8d5f2")
    h = headers(addr("Thabo Nkosi", "orders@highveldchem.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<CAG5tN0a+HwEr1qZk9LmX7yPcQ@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "MOQ raises line 1 to 1000 kg at the same price; delivery 29/01/2027 wins over the Durban ship date 18/12/2026; line 2 as ordered.",
                   [conf(po, l1=chg(po, 1, qty=1000), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 024
@case("bed-accessories-text-vs-pdf-date", "needs_review/ro-RO",
      "Mail text confirms delivery 08.12.2026 for all lines but the attached confirmation PDF says 15.12.2026: contradictory, a human must ask.")
def c024():
    sup = SUP("MEDICOR", "Medicor Echipamente SRL", "comenzi@medicor-echipamente.example", "ro-RO")
    po = PO("4700031873", sup, "maren", D(2026, 11, 17), [
        L(1, "MB-SRAIL-90", "Side rail, foldable, for bed 90x200", 20, "PCS", "84.00", D(2026, 12, 8)),
        L(2, "MB-IVP-4H", "IV pole 4-hook, bed mount", 40, "PCS", "21.50", D(2026, 12, 8)),
        L(3, "MB-TRAP-1", "Patient lifting pole with trapeze handle", 10, "PCS", "96.00", D(2026, 12, 8)),
    ])
    date = at(2026, 11, 19, 12, 0, 2)
    pg = pdf.Page()
    pg.text(40, 800, "MEDICOR ECHIPAMENTE SRL", 13, True)
    pg.lines(40, 784, ["Str. Fabricii 47, 400620 Cluj-Napoca  |  CUI RO 18277405"], 8)
    pg.text(40, 748, "CONFIRMARE DE COMANDA nr. CC-2026-1187", 12, True)
    pg.lines(40, 728, ["Data: 19.11.2026", "Client: Kestrel Supply Group", "Comanda client: 4700031873 / 17.11.2026"], 9)
    cols = [40, 80, 160, 330, 380, 420, 480]
    y = 660
    pg.row(y, list(zip(cols, ["Poz.", "Cod", "Denumire", "Cant.", "UM", "Pret EUR", "Data livrare"])), 8, True)
    pg.hline(y - 4)
    y -= 18
    for r in [["1", "MB-SRAIL-90", "Bara laterala pliabila 90x200", "20", "buc", "84,00", "15.12.2026"],
              ["2", "MB-IVP-4H", "Stativ perfuzie 4 carlige", "40", "buc", "21,50", "15.12.2026"],
              ["3", "MB-TRAP-1", "Maner ridicare pacient", "10", "buc", "96,00", "15.12.2026"]]:
        pg.row(y, list(zip(cols, r)), 8)
        y -= 13
    pg.lines(40, y - 20, ["Conditii de plata: 45 zile de la facturare. Livrare DAP Hamburg."], 8)
    data = pdf.build([pg], "CC-2026-1187", "Microsoft: Print To PDF", compress=False)
    reply = ("Bună ziua,\n\nVă confirmăm comanda 4700031873: toate pozițiile la prețurile din comandă, cu livrare pe 08.12.2026.\n"
             "Atașat găsiți confirmarea de comandă CC-2026-1187.\n\nCu stimă,\nAndreea Popescu\nDepartament Vânzări\n"
             "Medicor Echipamente SRL\n")
    orig = {"from": "Maren Holt <maren.holt@kestrel-supply.example>", "sent": "marți, 17 noiembrie 2026 10:12",
            "to": "comenzi@medicor-echipamente.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy.")}
    alt = outlook(reply, orig, "_000_VE1PR01MB5611C8", "ro", lang_attr="RO")
    root = multipart("mixed", [alt, attachment(data, "application/pdf", "CC-2026-1187.pdf")], "_004_VE1PR01MB5611C8")
    h = headers(addr("Andreea Popescu", "comenzi@medicor-echipamente.example"), buyer_addr(po), "RE: " + request_subject(po),
                date, "<VE1PR01MB5611C8A3F0B2D94E1C57@VE1PR01MB5611.eurprd01.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"], extra=[("X-MS-Has-Attach", "yes")])
    exp = expected("needs_review", "Mail body says delivery 08.12.2026 (= requested), attached PDF says 15.12.2026 for every position; which one the supplier commits to is unclear.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 025
@case("coffee-machines-one-line-next-week", "confirmation/fr-BE",
      "Belgian French: one line accepted, one 'nous revenons vers vous la semaine prochaine' (unconfirmed), one with a new manufacturer price from 01/12.")
def c025():
    sup = SUP("FRIGOCAFE", "Frigo-Café Belgique SA", "commandes@frigocafe.example", "fr-BE")
    po = PO("4700031880", sup, "claire", D(2026, 11, 17), [
        L(1, "CM-SUP-2GR", "Machine espresso 2 groupes, 230/400V", 2, "PCS", "3450.00", D(2027, 1, 13)),
        L(2, "CM-GRD-64", "Moulin à café, meules 64 mm", 2, "PCS", "690.00", D(2027, 1, 13)),
        L(3, "CM-FLT-10L", "Filtre adoucisseur d'eau 10 l", 4, "PCS", "118.00", D(2027, 1, 13)),
    ])
    is_wd(D(2027, 1, 13), "Wednesday")
    date = at(2026, 11, 20, 9, 22, 1)
    reply = ("Bonjour Madame Dumont,\n\nVoici notre confirmation pour votre bon de commande 4700031880 :\n\n"
             "- 2 machines 2 groupes : OK au prix de 3.450,00 € pièce, livraison le mercredi 13 janvier 2027.\n"
             "- Moulins 64 mm : notre fournisseur doit encore nous confirmer la disponibilité, nous revenons vers vous "
             "la semaine prochaine pour cette ligne.\n"
             "- Filtres adoucisseurs 10 l : OK, mais nouveau tarif fabricant au 01/12 : 124,50 € pièce. Livraison avec les machines.\n\n"
             "Bonne journée,\nJulien Lambert\nFrigo-Café Belgique SA - Chaussée de Louvain 431, 1380 Lasne\nTVA BE 0456.221.873\n")
    orig = {"from": "Claire Dumont <claire.dumont@kestrel-supply.example>", "sent": "mardi 17 novembre 2026 15:46",
            "to": "commandes@frigocafe.example", "subject": request_subject(po), "body": request_body(po, "Bonjour,", "dmy/")}
    body = outlook(reply, orig, "_000_DB7PR04MB4987E0", "fr", "windows-1252", "quoted-printable", lang_attr="FR-BE")
    h = headers(addr("Julien Lambert", "commandes@frigocafe.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<DB7PR04MB4987E0A2C51F3B8D6E94@DB7PR04MB4987.eurprd04.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 2 deferred to next week -> unconfirmed; line 3 new price 124.50, delivered with the machines (13 Jan); 01/12 is the tariff date.",
                   [conf(po, l1=acc(po, 1), l2=UNC, l3=chg(po, 3, price="124.50"))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 026
@case("bed-overlay-three-weeks-late-korean", "confirmation/ko-KR",
      "Korean EUC-KR reply with a delay for one line stated as a date plus '3 weeks later than requested'; 200x90x10 cm in the item.")
def c026():
    sup = SUP("HANBIT", "Hanbit Medical Co., Ltd.", "sales@hanbitmed.example", "ko-KR")
    po = PO("4700031892", sup, "priya", D(2026, 11, 17), [
        L(1, "MB-MATT-OV", "Pressure relief overlay mattress 200x90x10 cm", 12, "PCS", "145.00", D(2026, 12, 18)),
        L(2, "MB-CTRL-HS", "Hand control for electric bed, 4 functions", 25, "PCS", "38.00", D(2026, 12, 18)),
    ], currency="USD")
    date = at(2026, 11, 20, 17, 45, 9)
    reply = ("Priya 님께,\n\n안녕하세요. 한빛메디칼 해외영업팀 김민준입니다.\n발주서 4700031892 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
             "1. 욕창 방지 매트리스 오버레이 (200x90x10 cm)\n   수량 12개, 단가 USD 145.00\n"
             "   납기: 2027년 1월 8일 (원단 입고 지연으로 요청일보다 3주 늦어지는 점 양해 부탁드립니다)\n"
             "2. 전동침대 핸드 컨트롤러 (4기능)\n   수량 25개, 단가 USD 38.00, 납기 2026년 12월 18일\n\n"
             "감사합니다.\n김민준 드림\n한빛메디칼 주식회사 | 해외영업팀\nTel. +82 31 555 7720\n")
    orig = {"from": "Priya Natarajan <priya.natarajan@kestrel-supply.example>", "sent": "2026년 11월 17일 화요일 오후 6:30",
            "to": "sales@hanbitmed.example", "subject": request_subject(po), "body": request_body(po, "Dear Mr Kim,")}
    body = outlook(reply, orig, "_000_SL2P216MB1755B4", "ko", "euc-kr", "base64", lang_attr="KO")
    h = headers(addr("김민준", "sales@hanbitmed.example", "euc-kr"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<SL2P216MB1755B4D0E7A3C21F9B65@SL2P216MB1755.KORP216.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="euc-kr")
    assert (D(2027, 1, 8) - D(2026, 12, 18)).days == 21
    exp = expected("confirmation", "Line 1 moves to 2027-01-08 (three weeks after the requested 18 Dec), line 2 as ordered.",
                   [conf(po, l1=chg(po, 1, date=D(2027, 1, 8)), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 027
@case("exchange-ndr-recipient-not-found", "bounce/lv-LV",
      "Exchange 'Undeliverable' NDR (550 5.1.1) that carries the whole original request, PO table and requested dates included, as message/rfc822.")
def c027():
    sup = SUP("LSSFIBRE", "Latvijas Stikla Šķiedra SIA", "pasutijumi@lss-fibre.example", "lv-LV")
    po = PO("4700031899", sup, "priya", D(2026, 11, 18), [
        L(1, "GF-YARN-68", "E-glass yarn EC9 68 tex, bobbin", 600, "KG", "3.40", D(2027, 1, 15)),
        L(2, "GF-TAPE-50", "Glass fibre tape 50 mm x 0.2 mm, roll 50 m", 200, "ROLL", "6.90", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 18, 9, 31, 1)
    rid = po["request_message_id"]
    inner_h = headers(addr("Priya Natarajan", "priya.natarajan@kestrel-supply.example"), "pasutijumi@lss-fibre.example",
                      request_subject(po), at(2026, 11, 18, 9, 30, 1), rid)
    inner = message(inner_h, text(request_body(po, "Labdien,", "dmy."), "plain", "utf-8", "quoted-printable"))
    human_txt = ("Delivery has failed to these recipients or groups:\n\npasutijumi@lss-fibre.example\n"
                 "The email address you entered couldn't be found. Please check the recipient's email address and try to "
                 "resend the message. If the problem continues, please contact your helpdesk.\n\n"
                 "Diagnostic information for administrators:\n\nGenerating server: mail.kestrel-supply.example\n\n"
                 "pasutijumi@lss-fibre.example\nmx.lss-fibre.example\nRemote Server returned '550 5.1.1 <pasutijumi@lss-fibre.example>: "
                 "Recipient address rejected: User unknown in virtual mailbox table'\n\nOriginal message headers:\n\n"
                 f"From: Priya Natarajan <priya.natarajan@kestrel-supply.example>\nTo: pasutijumi@lss-fibre.example\n"
                 f"Subject: {request_subject(po)}\nDate: Wed, 18 Nov 2026 09:30:00 +0100\nMessage-ID: {rid}\n")
    human_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
                  "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
                  "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:pasutijumi@lss-fibre.example\">pasutijumi@lss-fibre.example</a><br>"
                  "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. "
                  "If the problem continues, please contact your helpdesk.<br></p></font><br><br><br><br>"
                  "<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p><b>Diagnostic information for administrators:</b></p>"
                  "<p>Generating server: mail.kestrel-supply.example</p><p>pasutijumi@lss-fibre.example<br>mx.lss-fibre.example<br>"
                  "Remote Server returned '550 5.1.1 &lt;pasutijumi@lss-fibre.example&gt;: Recipient address rejected: User unknown in virtual mailbox table'<br></p>"
                  "</font></body></html>\n")
    status = ("Reporting-MTA: dns;mail.kestrel-supply.example\nReceived-From-MTA: dns;EX02.kestrel-supply.example\n"
              "Arrival-Date: Wed, 18 Nov 2026 08:30:01 +0000\n\n"
              "Final-Recipient: rfc822;pasutijumi@lss-fibre.example\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp;550 5.1.1 <pasutijumi@lss-fibre.example>: Recipient address rejected: User unknown in virtual mailbox table\n"
              "Remote-MTA: dns;mx.lss-fibre.example\n")
    alt = multipart("alternative", [text(human_txt, "plain", "us-ascii", "quoted-printable"),
                                    text(human_html, "html", "us-ascii", "quoted-printable")], "_001_ab4c02e1f9d84f6e8c3d_")
    root = multipart("report", [alt, raw_part("message/delivery-status", status, None),
                                rfc822_part(inner)], "_000_ab4c02e1f9d84f6e8c3d_", 'report-type=delivery-status')
    h = headers("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example>",
                addr("Priya Natarajan", "priya.natarajan@kestrel-supply.example"), "Undeliverable: " + request_subject(po), date,
                "<ab4c02e1f9d84f6e8c3d71e5b92a0f14@EX02.kestrel-supply.example>", rid, rid,
                extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])
    exp = expected("bounce", "Exchange NDR 5.1.1 with the original request attached; its requested dates and quantities are ours, not the supplier's.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 028
@case("cable-ties-price-per-bag-danish", "confirmation/da-DK",
      "Pieces ordered, confirmed in bags of 100 with a price per bag (4,10 -> 0.041 per piece, down from 0.042) and 'uge 50' = the requested Friday.")
def c028():
    sup = SUP("DKKABEL", "Dansk Kabelbinder ApS", "ordre@danskkabelbinder.example", "da-DK")
    po = PO("4700031905", sup, "oskar", D(2026, 11, 18), [
        L(1, "CT-48-200-N", "Cable tie 4.8x200 mm natural PA66", 5000, "PCS", "0.042", D(2026, 12, 11)),
        L(2, "CT-76-370-B", "Cable tie 7.6x370 mm black UV-resistant", 2000, "PCS", "0.118", D(2026, 12, 11)),
    ])
    assert cw_fri(2026, 50) == D(2026, 12, 11)
    date = at(2026, 11, 20, 10, 33, 1)
    reply = ("Hej Oskar\n\nTak for ordren. Vi bekræfter hermed:\n\n"
             "Linje 1: 50 poser à 100 stk. = 5.000 stk., 4,10 EUR pr. pose\n"
             "Linje 2: 20 poser à 100 stk. = 2.000 stk., 11,80 EUR pr. pose\n\n"
             "Levering uge 50.\n\nVenlig hilsen\nMette Sørensen\nDansk Kabelbinder ApS\nTlf. 70 22 41 90\n")
    attribution = "Den 18. nov. 2026 kl. 11.20 skrev Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>:"
    body = apple(reply, attribution, request_body(po, "Hej,", "dmy."), "Apple-Mail=_0C5D1E8B-2F47-4B3A-A91E-6D0F7C22B835",
                 charset="iso-8859-1")
    h = headers(addr("Mette Sørensen", "ordre@danskkabelbinder.example", "iso-8859-1", "Q"), buyer_addr(po),
                "Re: " + request_subject(po), date, "<7E31B0C2-95A4-4F2D-8C61-3B0A9D4E7F12@danskkabelbinder.example>",
                po["request_message_id"], po["request_message_id"], extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    exp = expected("confirmation", "Per-bag prices: 4.10/100 = 0.041 (PO 0.042) and 11.80/100 = 0.118 (same); uge 50 = Fri 2026-12-11 = requested.",
                   [conf(po, l1=chg(po, 1, price="0.041"), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 029
@case("water-xlsx-text-dates-slovak", "confirmation/sk-SK",
      "XLSX acknowledgment in cases of 24 with prices per case and dates stored as text '12.01.2027'; one line rounded to a full pallet of 84 cases.")
def c029():
    sup = SUP("MVSLATINA", "Minerálne vody Slatina a.s.", "obchod@mv-slatina.example", "sk-SK")
    po = PO("4700031911", sup, "maren", D(2026, 11, 18), [
        L(1, "MW-SL-033-G", "Mineral water sparkling 0.33 l glass, case of 24", 1920, "BTL", "0.42", D(2027, 1, 12)),
        L(2, "MW-SL-05-P", "Mineral water still 0.5 l PET, case of 24", 2000, "BTL", "0.24", D(2027, 1, 12)),
        L(3, "MW-CRATE-DEP", "Deposit crate for 24 x 0.33 l", 80, "PCS", "3.00", D(2027, 1, 12)),
    ])
    date = at(2026, 11, 23, 8, 14, 1)
    rows = [["Potvrdenie objednávky č. PO-SK-26-3318", None, None, None, None, None, None, None],
            ["Vaša objednávka:", "4700031911", None, "zo dňa:", ("txt", "18.11.2026"), None, None, None],
            [None] * 8,
            ["Poz.", "Kód dodávateľa", "Váš kód", "Popis", "Množstvo", "MJ", "Cena/MJ EUR", "Termín dodania"],
            [10, "403301", "MW-SL-033-G", "Slatina perlivá 0,33 l sklo (krt 24 ks)", 80, "KRT", 10.08, ("txt", "12.01.2027")],
            [20, "400501", "MW-SL-05-P", "Slatina neperlivá 0,5 l PET (krt 24 ks)", 84, "KRT", 5.76, ("txt", "19.01.2027")],
            [30, "900024", "MW-CRATE-DEP", "Prepravka vratná 24 x 0,33 l", 80, "ks", 3, ("txt", "12.01.2027")],
            [None] * 8,
            ["Poz. 20 zaokrúhlená na celú paletu (84 krt = 2016 fliaš).", None, None, None, None, None, None, None],
            ["Dodacie podmienky: DAP Hamburg. Splatnosť: 30 dní.", None, None, None, None, None, None, None]]
    data = xlsx.build(rows, "Potvrdenie", creator="Helios Green")
    reply = ("Dobrý deň,\n\nv prílohe Vám zasielame potvrdenie objednávky č. 4700031911.\n\nS pozdravom\n\nLucia Horváthová\n"
             "obchodné oddelenie\nMinerálne vody Slatina a.s.\n")
    orig = {"from": "Maren Holt <maren.holt@kestrel-supply.example>", "sent": "streda 18. novembra 2026 14:02",
            "to": "obchod@mv-slatina.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy.")}
    alt = outlook(reply, orig, "_000_PA4PR06MB7081D1", "sk", lang_attr="SK")
    root = multipart("mixed", [alt, attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                               "Potvrdenie_4700031911.xlsx")], "_004_PA4PR06MB7081D1")
    h = headers(addr("Lucia Horváthová", "obchod@mv-slatina.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<PA4PR06MB7081D1B5E3F20A9C4D72@PA4PR06MB7081.eurprd06.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"], extra=[("X-MS-Has-Attach", "yes")])
    exp = expected("confirmation", "XLSX in cases: 80 x 24 = 1920 at 10.08/24 = 0.42 (as ordered); 84 x 24 = 2016 at 5.76/24 = 0.24, text date 19.01.2027; crates as ordered.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, qty=2016, date=D(2027, 1, 19)), l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 030
@case("dried-fruit-two-pos-greek", "confirmation/el-GR",
      "Reply to the request for the second PO answers both open POs in one Greek ISO-8859-7 mail; one new-harvest price, the other PO exactly as ordered.")
def c030():
    sup = SUP("AEGEANDF", "Aegean Dried Fruits S.A.", "orders@aegeandried.example", "el-GR")
    po_a = PO("4700031920", sup, "priya", D(2026, 11, 18), [
        L(1, "DF-FIG-10", "Dried figs Lerida, carton 10 kg", 300, "KG", "7.20", D(2026, 12, 11)),
        L(2, "DF-CUR-10", "Vostizza currants, carton 10 kg", 200, "KG", "5.60", D(2026, 12, 11)),
    ])
    po_b = PO("4700031927", sup, "priya", D(2026, 11, 19), [
        L(1, "DF-SUL-10", "Sultanas Crete, carton 10 kg", 500, "KG", "3.95", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 23, 12, 40, 2)
    reply = ("Αγαπητή κα Natarajan,\n\nΣας ευχαριστούμε για τις παραγγελίες σας. Επιβεβαιώνουμε:\n\n"
             "Παραγγελία 4700031920\n- Σύκα ξερά Lerida: 30 κιβώτια (300 kg), 7,20 €/kg\n"
             "- Κορινθιακή σταφίδα Βοστίτσα: 20 κιβώτια (200 kg), 5,60 €/kg\nΠαράδοση: 11/12/2026\n\n"
             "Παραγγελία 4700031927\n- Σουλτανίνα Κρήτης: 50 κιβώτια (500 kg), 4,10 €/kg λόγω νέας σοδειάς\n"
             "Παράδοση: 15/01/2027\n\nΗμερομηνία λήξης παρτίδας: 09/2027.\n\nΜε εκτίμηση,\nΕλένη Παπαδοπούλου\n"
             "Τμήμα Εξαγωγών | Aegean Dried Fruits S.A. | Καλαμάτα\n")
    orig = {"from": "Priya Natarajan <priya.natarajan@kestrel-supply.example>", "sent": "Πέμπτη, 19 Νοεμβρίου 2026 11:15 πμ",
            "to": "orders@aegeandried.example", "subject": request_subject(po_b),
            "body": request_body(po_b, "Dear Ms Papadopoulou,", "dmy/")}
    body = outlook(reply, orig, "_000_AM6PR03MB5170F2", "el", "iso-8859-7", "base64", lang_attr="EL")
    h = headers(addr("Ελένη Παπαδοπούλου", "orders@aegeandried.example", "iso-8859-7"), buyer_addr(po_a),
                "RE: " + request_subject(po_b), date,
                "<AM6PR03MB5170F2C8B1D04E7A93A5@AM6PR03MB5170.eurprd03.prod.outlook.example>",
                po_b["request_message_id"], po_b["request_message_id"])
    exp = expected("confirmation", "Two POs in one reply: 4700031920 as ordered; 4700031927 price 3.95 -> 4.10. Expiry 09/2027 is not a date to read.",
                   [conf(po_a, l1=acc(po_a, 1), l2=acc(po_a, 2)), conf(po_b, l1=chg(po_b, 1, price="4.10"))])
    return {"pos": [po_a, po_b], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 031
@case("compressor-filters-ex-stock-mobile", "confirmation/en-US",
      "Mobile one-liner 'ex stock, will ship immediately': the date is the mail's own date (2026-11-19), earlier than requested.")
def c031():
    sup = SUP("GLCPARTS", "Great Lakes Compressor Parts LLC", "sales@glcparts.example", "en-US")
    po = PO("4700031934", sup, "maren", D(2026, 11, 18), [
        L(1, "AC-FLT-AIR-15", "Air filter element for 15 kW screw compressor", 6, "PCS", "42.50", D(2026, 12, 4)),
        L(2, "AC-OIL-SEP-10", "Oil separator cartridge, 10 bar", 4, "PCS", "118.00", D(2026, 12, 4)),
    ], currency="USD")
    date = at(2026, 11, 19, 8, 52, -5)
    reply = ("Maren - both lines are ex stock, will ship immediately. Prices per your PO. Tracking # to follow.\n\n"
             "Dave\n\nSent from my iPhone\n")
    attribution = "On Nov 18, 2026, at 11:06 AM, Maren Holt <maren.holt@kestrel-supply.example> wrote:"
    body = apple(reply, attribution, request_body(po, "Hi Dave,", "mdy/"), "Apple-Mail-3F9C2B71-4D0A-4E55-A8E2-91C7D04B6A3E")
    h = headers(addr("Dave Kowalczyk", "sales@glcparts.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<E4A2C1F0-7B3D-49E8-9C55-0D1F2A6B8C7E@glcparts.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "iPhone Mail (22B91)")])
    d = D(2026, 11, 19)
    exp = expected("confirmation", "'Ex stock, ship immediately' = ship date = Date header 2026-11-19 (no delivery date given); prices and quantities as ordered.",
                   [conf(po, l1=chg(po, 1, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 032
@case("led-panels-driver-question-hebrew", "needs_review/he-IL",
      "Hebrew windows-1255 reply asking which driver (DALI or 1-10V) and whether freight is included before confirming; right-to-left text with Latin codes.")
def c032():
    sup = SUP("ORLIGHT", "Or-Light Systems Ltd", "orders@orlight.example", "he-IL")
    po = PO("4700031941", sup, "maren", D(2026, 11, 19), [
        L(1, "LED-P6060-DALI", "LED panel 600x600 mm 36 W 4000 K, dimmable", 48, "PCS", "41.00", D(2027, 1, 22)),
        L(2, "LED-FRAME-SM", "Surface mounting frame 600x600", 48, "PCS", "9.50", D(2027, 1, 22)),
    ], currency="USD")
    date = at(2026, 11, 22, 10, 5, 2)
    reply = ("שלום מרן,\n\nתודה על הזמנה 4700031941.\nלפני שנאשר: האם הכוונה לפאנל 60x60 עם דרייבר DALI או 1-10V? "
             "בהזמנה כתוב רק \"dimmable\".\nבנוסף, האם המחיר של 41.00 USD אמור לכלול הובלה עד המחסן שלכם בהמבורג?\n\n"
             "נחזור אליכם עם אישור סופי ומועד אספקה מיד לאחר קבלת תשובתכם.\n\nבברכה,\nיוסי כהן\nמחלקת מכירות | Or-Light Systems Ltd\n"
             "טל' 03-5550187\n")
    orig = {"from": "Maren Holt <maren.holt@kestrel-supply.example>", "sent": "יום חמישי 19 נובמבר 2026 16:40",
            "to": "orders@orlight.example", "subject": request_subject(po), "body": request_body(po, "Dear Yossi,", "dmy/")}
    rh = '<div dir="rtl">' + text_to_html(reply, '<p class="MsoNormal" dir="RTL">', "</p>") + "</div>"
    body = outlook(reply, orig, "_000_VI1PR08MB3920A7", "he", "windows-1255", "quoted-printable", reply_html=rh, lang_attr="HE")
    h = headers(addr("יוסי כהן", "orders@orlight.example", "windows-1255"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<VI1PR08MB3920A7C4D1E0B25F8A36@VI1PR08MB3920.eurprd08.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="windows-1255")
    exp = expected("needs_review", "Two questions (driver type, freight) and a promise to confirm afterwards; nothing committed.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}
