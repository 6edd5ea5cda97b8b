"""Cases B: confirmations in many locales (scripts, calendars, number formats)."""
from .common import (case, conf, mkpo, ln, supplier, request_text, req_subject, req_local,
                     prefix, outlook_quote, outlook_header, h12, BUYERS)
from . import mime
from .mime import addr, hdr, text, multipart
from .mail import build, boundary, received, thread_index

MAREN = BUYERS["maren"]
FELIX = BUYERS["felix"]
AIKO = BUYERS["aiko"]
SAMUEL = BUYERS["samuel"]


def _to(b):
    return addr(b[0], b[1])


def _alt_outlook(body, intro, charset, lang, seed, cte="quoted-printable", dir_=None, font="Calibri,sans-serif"):
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), charset, lang,
                         dir_=dir_, outlook=True, font=font)
    return multipart("alternative", [text(body, "plain", charset, cte), text(html, "html", charset, cte)],
                     boundary("outlook", seed))


def _ms(po, seed, lang):
    return [("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index(seed)), ("Content-Language", lang)]


# --------------------------------------------------------------------------- 1
def el_feta():
    sup = supplier("PAPADOPOULOS", "Papadopoulos Dairy Supplies S.A.", "orders@papadopoulos-dairy.example", "el-GR")
    po = mkpo("4500233507", sup, "maren", "EUR", "2026-11-24", [
        ln(1, "CM-FETA-4", "Feta mould 4 kg, perforated PP", 250, "PCS", "7.60", "2026-12-17"),
        ln(2, "CM-FETA-LID", "Lid for feta mould 4 kg", 250, "PCS", "1.90", "2026-12-17"),
    ])
    t = req_local(po, 2)
    hh, ap = h12(t)
    sent = f"Τρίτη, 24 Νοεμβρίου 2026 {hh}:{t.minute:02d} {'πμ' if ap == 'AM' else 'μμ'}"
    intro = ("Αγαπητή κα Oyelaran,\n\nΣας ευχαριστούμε για την παραγγελία σας 4500233507. Επιβεβαιώνουμε:\n\n"
             "Θέση 1 - CM-FETA-4 καλούπι φέτας 4 kg: 250 τεμ. x 7,60 € - παράδοση 17 Δεκ. 2026\n"
             "Θέση 2 - CM-FETA-LID καπάκι: 250 τεμ. x 1,90 € - παράδοση 12 Ιαν. 2027 "
             "(τα καπάκια είναι ακόμη στην παραγωγή)\n\n"
             "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΤυροκομικά Εφόδια Παπαδόπουλος Α.Ε.\n"
             "Λεωφ. Αθηνών 112, 104 42 Αθήνα\nΤηλ. 210 000 0000\n\n")
    body = intro + outlook_quote("el", po, sent, to="orders@papadopoulos-dairy.example")
    root = _alt_outlook(body, intro, "iso-8859-7", "EL", "b1")
    date = "Wed, 2 Dec 2026 11:08:21 +0200"
    eml = build(addr("Νίκος Παπαδόπουλος", "n.papadopoulos@papadopoulos-dairy.example", "iso-8859-7"), _to(MAREN),
                hdr("ΑΠ: " + req_subject(po), "iso-8859-7"), date,
                "<000c01db6494$b1f2a3c0$15d7eb40$@papadopoulos-dairy.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0")] + _ms(po, "b1", "el"))
    return case("el-feta-moulds-abbrev-months", "confirmation", "el-GR",
                "Greek ISO-8859-7 with abbreviated Greek months ('17 Δεκ. 2026', '12 Ιαν. 2027'), 'x' as times "
                "sign, decimal comma",
                [po], eml, [conf(po, "A", {"d": "2027-01-12"})],
                "Line 1 as ordered (17 Δεκ. 2026). Line 2 lids delivered 12 Ιαν. 2027.")


# --------------------------------------------------------------------------- 2
def tr_reject_line():
    sup = supplier("AKDENIZ", "Akdeniz Çadır Sanayi A.Ş.", "satis@akdenizcadir.example", "tr-TR")
    po = mkpo("4500233612", sup, "felix", "TRY", "2026-11-20", [
        ln(1, "MQ-AL-5", "Marquee pole aluminium 5 m", 40, "PCS", "2850.00", "2026-12-14"),
        ln(2, "MQ-AL-3", "Marquee pole aluminium 3 m", 80, "PCS", "1640.00", "2026-12-14"),
        ln(3, "MQ-GUY", "Guy rope set, polyester", 120, "SET", "310.00", "2026-12-14"),
    ])
    t = req_local(po, 3)
    sent = f"20 Kasım 2026 Cuma {t.hour:02d}:{t.minute:02d}"
    intro = ("Sayın Felix Brandauer,\n\n4500233612 numaralı siparişiniz için teşekkür ederiz. Durum aşağıdaki gibidir:\n\n"
             "1. kalem - MQ-AL-5 alüminyum direk 5 m: 40 adet, birim fiyat 2.850,00 TL, teslim 14 Ara 2026\n"
             "2. kalem - MQ-AL-3 alüminyum direk 3 m: Bu ürünün üretimini durdurduk, maalesef tedarik edemiyoruz.\n"
             "3. kalem - MQ-GUY gergi halatı seti: 120 set, birim fiyat 310,00 TL, teslim 8 Oca 2027\n\n"
             "Saygılarımızla,\n\nEmre Yıldız\nSatış Müdürü\nAkdeniz Çadır Sanayi ve Ticaret A.Ş.\n"
             "Atatürk OSB 10003 Sk. No:5, Çiğli / İzmir\nTel: +90 232 000 00 00\n\n"
             "Bu e-posta ve ekleri yalnızca gönderildiği kişi veya kuruma özeldir ve gizli bilgiler içerebilir. "
             "Alıcısı değilseniz lütfen göndereni bilgilendirip mesajı siliniz.\n\n")
    body = intro + outlook_quote("tr", po, sent, to="satis@akdenizcadir.example")
    root = _alt_outlook(body, intro, "iso-8859-9", "TR", "b2")
    date = "Thu, 26 Nov 2026 16:44:10 +0300"
    eml = build(addr("Emre Yıldız", "emre.yildiz@akdenizcadir.example", "iso-8859-9", "Q"), _to(FELIX),
                "YNT: " + req_subject(po), date,
                "<FR3P281MB1C2D4E7A9B0F3C5D6E8A1B2C4D7E@FR3P281MB1C2D.DEUP281.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b2", "tr-TR"))
    return case("tr-reject-line-abbrev-months", "confirmation", "tr-TR",
                "Turkish ISO-8859-9, abbreviated months 'Ara'/'Oca', dotted thousands + decimal comma, one line "
                "discontinued, Turkish legal disclaimer",
                [po], eml, [conf(po, "A", "R", {"d": "2027-01-08"})],
                "Line 1 as ordered (14 Ara 2026); line 2 production stopped: rejected; line 3 '8 Oca 2027' = 2027-01-08.")


# --------------------------------------------------------------------------- 3
def ptbr_split():
    sup = supplier("BEIJAFLOR", "Comedouros Beija-Flor Ltda.", "vendas@beijaflor-comedouros.example", "pt-BR")
    po = mkpo("4500233733", sup, "maren", "BRL", "2026-11-19", [
        ln(1, "BF-HUM-500", "Bebedouro para beija-flor 500 ml", 600, "PCS", "18.90", "2026-12-15"),
        ln(2, "BF-TUBE-3", "Comedouro tubular 3 saídas", 240, "PCS", "42.50", "2026-12-15"),
    ])
    t = req_local(po, -3)
    attrib = (f"Em qui., 19 de nov. de 2026 às {t.hour:02d}:{t.minute:02d}, Maren Oyelaran <{MAREN[1]}> escreveu:")
    top = ("Olá Maren, tudo bem?\n\nConfirmamos o pedido 4500233733:\n\n"
           "Item 1 - BF-HUM-500 bebedouro beija-flor 500 ml: 600 pçs a R$ 18,90, entrega 15/12/2026.\n"
           "Item 2 - BF-TUBE-3 comedouro tubular: vamos entregar 120 pçs em 15/12 e as outras 120 pçs em "
           "12/01/2027. Preço de R$ 42,50 mantido.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAbraços,\n\n-- \nRafaela Souza\nComercial - Exportação\n"
           "Comedouros Beija-Flor Ltda.\n(19) 3000-0000 | WhatsApp (19) 99000-0000\n\n")
    body = top + attrib + "\n\n" + prefix(request_text(po))
    html = ('<div dir="ltr">' + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + mime.esc(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + mime.esc(request_text(po)).replace("\n", "<br>") + "</blockquote></div>\n")
    root = multipart("alternative", [text(body, "plain", "UTF-8", "quoted-printable"),
                                     text(html, "html", "UTF-8", "quoted-printable")], boundary("gmail", "b3"))
    date = "Mon, 23 Nov 2026 14:05:38 -0300"
    eml = build(addr("Rafaela Souza", "rafaela@beijaflor-comedouros.example"), _to(MAREN),
                "Re: " + req_subject(po), date,
                "<CAF7dK2xP9mR4tZ0vW3bN8qL1sH6gY5cJ2eA7uB4nM0oT9iX3kQ@mail.gmail.example>", root,
                po["request_message_id"])
    return case("ptbr-split-bird-feeders", "confirmation", "pt-BR",
                "Gmail pt-BR attribution with abbreviated Portuguese month; line 2 split 120/120, second date "
                "without year in first half ('15/12')",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-12", "s": [(120, "2026-12-15"), (120, "2027-01-12")]})],
                "Line 1 as ordered. Line 2: 120 on 15/12 (2026-12-15) and 120 on 12/01/2027; price kept.")


# --------------------------------------------------------------------------- 4
def in_lakh():
    sup = supplier("SHREEGANESH", "Shree Ganesh Steel Crafts Pvt. Ltd.", "export@shreeganeshsteel.example", "en-IN")
    po = mkpo("4500233840", sup, "aiko", "INR", "2026-11-18", [
        ln(1, "TS-IN-DLX", "Tea strainer deluxe, SS 304, 9 cm", 2500, "PCS", "48.00", "2026-12-19"),
        ln(2, "TS-IN-CUP", "Cup-top tea infuser with lid", 1200, "PCS", "86.50", "2026-12-19"),
    ])
    t = req_local(po, 5, 30)
    hh, ap = h12(t)
    intro = ("Dear Madam,\n\nGreetings from Shree Ganesh Steel Crafts!\n\n"
             "We are pleased to confirm your esteemed PO No. 4500233840 dtd. 18-11-2026 as under:\n\n"
             "Item 1 - TS-IN-DLX Tea strainer deluxe 9 cm\n"
             "Qty 2,500 pcs @ ₹48.00 = ₹1,20,000.00\n"
             "Despatch by air 09-12-2026, delivery at your Rotterdam warehouse 19-12-2026\n\n"
             "Item 2 - TS-IN-CUP Cup-top infuser with lid\n"
             "Qty 1,200 pcs @ ₹89.00 (revised due to SS 304 sheet price hike) = ₹1,06,800.00\n"
             "Delivery 19-12-2026\n\n"
             "Total ₹2,26,800.00 + GST as applicable.\n\n"
             "Kindly note the revised rate for item 2 and do the needful.\n\n"
             "Thanks & Regards,\n\nRakesh Agarwal\nManager - Exports\nShree Ganesh Steel Crafts Pvt. Ltd.\n"
             "Delhi Road, Moradabad - 244001 (U.P.), India\nM: +91 98370 00000\n\n")
    sent = f"Wednesday, November 18, 2026 {hh}:{t.minute:02d} {ap}"
    body = intro + outlook_quote("en", po, sent, to="export@shreeganeshsteel.example")
    root = _alt_outlook(body, intro, "utf-8", "EN-IN", "b4", cte="base64")
    date = "Sat, 21 Nov 2026 12:37:45 +0530"
    eml = build(addr("Rakesh Agarwal", "rakesh@shreeganeshsteel.example"), _to(AIKO), "RE: " + req_subject(po), date,
                "<PN2PR01MB8C1A3D5E7F9B2C4D6E8A0B1C3D5E@PN2PR01MB8C1A.INDPRD01.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b4", "en-IN"))
    return case("in-lakh-grouping-tea-strainers", "confirmation", "en-IN",
                "Indian lakh grouping (₹1,20,000.00), dd-mm-yyyy, despatch vs delivery date, revised rate for "
                "line 2 in Indian business English; base64 UTF-8",
                [po], eml, [conf(po, "A", {"p": "89.00"})],
                "Line 1: delivery 19-12-2026 (despatch 09-12 is not the delivery) = as ordered. Line 2 revised "
                "rate 89.00, delivery 19-12-2026.")


# --------------------------------------------------------------------------- 5
def za_slash_ymd():
    sup = supplier("VAALPADDLES", "Vaal River Paddles (Pty) Ltd", "sales@vaalpaddles.example", "en-ZA")
    po = mkpo("4500233951", sup, "maren", "ZAR", "2026-11-23", [
        ln(1, "VRP-K1", "K1 racing paddle, wing blade, 215 cm", 30, "EA", "1850.00", "2026-12-11"),
        ln(2, "VRP-CN", "Canoe paddle, marathon, bent shaft", 20, "EA", "1425.00", "2026-12-11"),
    ])
    t = req_local(po, 2)
    intro = ("Morning Maren\n\nThanks for the PO.\n\n"
             "K1 paddles (VRP-K1): 30 @ R1 850,00 each for delivery 2026/12/11.\n"
             "Marathon canoe paddles (VRP-CN): we only have 12 in stock - these go out with the K1s for delivery "
             "2026/12/11. The balance of 8 will follow for delivery 2027/01/22 once the factory reopens after the "
             "December shutdown. Price stays R1 425,00.\n\n"
             "Shout if you need anything else.\n\nKind regards\nThabo Mokoena\nSales\nVaal River Paddles (Pty) Ltd\n"
             "14 Riverside Rd, Vereeniging, 1939\nTel: 016 000 0000\n\n"
             "This e-mail is subject to the Vaal River Paddles e-mail legal notice and POPIA privacy statement, "
             "available on request.\n\n")
    sent = f"Monday, 23 November 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("en", po, sent, to="sales@vaalpaddles.example")
    root = text(body, "plain", "us-ascii", "7bit")
    date = "Wed, 25 Nov 2026 08:12:40 +0200"
    eml = build(addr("Thabo Mokoena", "thabo@vaalpaddles.example"), _to(MAREN), "RE: " + req_subject(po), date,
                "<002d01db5f06$7a1b4c90$6e51e5b0$@vaalpaddles.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("b5")),
                       ("Content-Language", "en-za")])
    return case("za-ymd-slash-split-paddles", "confirmation", "en-ZA",
                "South African yyyy/mm/dd dates and 'R1 850,00' (space thousands, decimal comma); stock split with "
                "balance after factory shutdown",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-22", "s": [(12, "2026-12-11"), (8, "2027-01-22")]})],
                "Line 1 as ordered. Line 2: 12 on 2026/12/11, balance 8 on 2027/01/22, price unchanged.")


# --------------------------------------------------------------------------- 6
def no_uke():
    sup = supplier("NORDKJETTING", "Nordkjetting AS", "ordre@nordkjetting.example", "nb-NO")
    po = mkpo("4500234177", sup, "felix", "NOK", "2026-11-16", [
        ln(1, "NK-SUV-245", "Snøkjetting SUV 245/45R19", 30, "PR", "1480.00", "2026-12-04"),
        ln(2, "NK-TRK-22", "Snøkjetting lastebil 22,5 tommer", 10, "PR", "5650.00", "2026-12-04"),
    ])
    t = req_local(po, 1)
    intro = ("Hei,\n\nBekrefter ordre 4500234177:\n\n"
             "Linje 1 NK-SUV-245: 30 par à kr 1 480,00, levering 04.12.26.\n"
             "Linje 2 NK-TRK-22: kun 6 par på lager, disse leveres 04.12.26. Resterende 4 par kommer uke 50. "
             "Pris kr 5 650,00 pr. par.\n\n"
             "Mvh\nKari Haugen\nOrdrekontor\nNordkjetting AS\nIndustriveien 8, 2020 Skedsmokorset\nTlf. 63 00 00 00\n\n")
    sent = f"mandag 16. november 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("nb", po, sent, to="ordre@nordkjetting.example")
    root = _alt_outlook(body, intro, "iso-8859-1", "NO-BOK", "b7")
    date = "Mon, 23 Nov 2026 09:50:02 +0100"
    eml = build(addr("Kari Haugen", "kari.haugen@nordkjetting.example"), _to(FELIX), "SV: " + req_subject(po), date,
                "<GV0P278MB0A6B2C4D8E1F3A5B7C9D0E2F4A6B@GV0P278MB0A6B.CHEP278.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b7", "nb-NO"))
    return case("no-uke-two-digit-year-chains", "confirmation", "nb-NO",
                "Norwegian two-digit-year dates (04.12.26), 'uke 50' for the remainder, 'kr 1 480,00'",
                [po], eml,
                [conf(po, "A", {"d": "2026-12-11", "s": [(6, "2026-12-04"), (4, "2026-12-11")]})],
                "Line 1 as ordered. Line 2: 6 pairs 04.12.26, remaining 4 in week 50 (Friday 2026-12-11).")


# --------------------------------------------------------------------------- 7
def fi_vko():
    sup = supplier("LINTULAUTA", "Lintulauta Oy", "tilaukset@lintulauta.example", "fi-FI")
    po = mkpo("4500234280", sup, "aiko", "EUR", "2026-11-23", [
        ln(1, "LL-PUU-1", "Linnunlauta, mänty", 80, "PCS", "22.40", "2026-12-09"),
        ln(2, "LL-SIEMEN", "Siemenautomaatti, 2 l", 150, "PCS", "16.90", "2026-12-09"),
        ln(3, "LL-PAL", "Talipallon ripustin", 400, "PCS", "2.15", "2026-12-09"),
    ])
    t = req_local(po, 2)
    body = ("Hei Aiko,\n\nkiitos tilauksesta. Vahvistamme tilauksen 4500234280 seuraavasti:\n\n"
            "rivi 1 LL-PUU-1 linnunlauta: 80 kpl à 22,40 €, toimitus vko 50\n"
            "rivi 2 LL-SIEMEN siemenautomaatti: 150 kpl à 16,90 €, toimitus 9.12.2026\n"
            "rivi 3 LL-PAL ripustin: tuote on poistunut valikoimastamme, emme valitettavasti pysty toimittamaan.\n\n"
            "Ystävällisin terveisin\nMikko Laine\nmyyntipalvelu\nLintulauta Oy, Kuopio\np. 017 000 0000\n\n"
            f"Aiko Lindqvist kirjoitti 23.11.2026 klo {t.hour}.{t.minute:02d}:\n" + prefix(request_text(po)))
    root = text(body, "plain", "ISO-8859-15", "8bit", flowed=True)
    date = "Tue, 24 Nov 2026 14:20:31 +0200"
    eml = build(addr("Mikko Laine", "mikko.laine@lintulauta.example"), _to(AIKO), "Re: " + req_subject(po), date,
                "<8b2f1e0a-3c4d-4e5f-a6b7-c8d9e0f1a2b3@lintulauta.example>", root, po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fi")])
    return case("fi-vko-reject-line-feeders", "confirmation", "fi-FI",
                "Finnish 'vko 50' week, 'klo 10.45' time style in attribution, 8bit ISO-8859-15, one line "
                "withdrawn from range",
                [po], eml, [conf(po, {"d": "2026-12-11"}, "A", "R")],
                "Line 1 week 50 = Friday 2026-12-11 (requested 12-09). Line 2 as ordered. Line 3 discontinued: rejected.")


# --------------------------------------------------------------------------- 8
def frca_iso():
    sup = supplier("BOREAL", "Chaînes Hivernales Boréal inc.", "commandes@chainesboreal.example", "fr-CA")
    po = mkpo("4500234404", sup, "maren", "CAD", "2026-11-20", [
        ln(1, "CB-P215", "Chaîne à neige, pneus 215/70R16", 50, "PR", "129.00", "2026-12-07"),
        ln(2, "CB-CAM", "Chaîne camion, roue double", 8, "PR", "689.00", "2026-12-07"),
        ln(3, "CB-TEND", "Tendeur caoutchouc", 100, "PCS", "6.25", "2026-12-07"),
    ])
    t = req_local(po, -5)
    intro = ("Bonjour Maren,\n\nNous confirmons votre commande 4500234404 :\n\n"
             "ligne 1 : 50 paires à 129,00 $, livraison le 2026-12-07;\n"
             "ligne 2 : 8 paires à 712,50 $ (nouveau prix du fabricant en vigueur le 1er décembre), "
             "livraison le 2026-12-14;\n"
             "ligne 3 : 100 unités à 6,25 $, livraison le 2026-12-07.\n\n"
             "Merci et bonne journée!\n\nMarie-Ève Gagnon\nService à la clientèle\nChaînes Hivernales Boréal inc.\n"
             "1250, boul. Industriel, Saint-Jérôme (Québec)  J7Y 0A0\n450 000-0000, poste 221\n\n")
    sent = f"20 novembre 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("fr", po, sent, to="commandes@chainesboreal.example")
    root = _alt_outlook(body, intro, "windows-1252", "FR-CA", "b10")
    date = "Tue, 24 Nov 2026 15:33:27 -0500"
    eml = build(addr("Marie-Ève Gagnon", "megagnon@chainesboreal.example", "windows-1252", "Q"), _to(MAREN),
                "RE: " + req_subject(po), date,
                "<YT3PR01MB9A4B6C8D0E2F4A6B8C0D1E3F5A7B@YT3PR01MB9A4B.CANPRD01.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b10", "fr-CA"))
    return case("frca-iso-dates-dollar-suffix", "confirmation", "fr-CA",
                "Quebec French: ISO dates in running text, '712,50 $' with trailing dollar sign and decimal comma",
                [po], eml, [conf(po, "A", {"p": "712.50", "d": "2026-12-14"}, "A")],
                "Lines 1 and 3 as ordered; line 2 new manufacturer price 712,50 and delivery 2026-12-14.")


# --------------------------------------------------------------------------- 9
def he_rtl():
    sup = supplier("GALIL", "Galil Optics Ltd", "orders@galil-optics.example", "he-IL")
    po = mkpo("4500234515", sup, "samuel", "ILS", "2026-11-23", [
        ln(1, "GO-TL-42", "Theodolite objective lens 42 mm, coated", 40, "PCS", "640.00", "2026-12-21"),
        ln(2, "GO-TL-RET", "Reticle plate, glass, crosshair", 40, "PCS", "215.00", "2026-12-21"),
    ])
    t = req_local(po, 2)
    sent = f"יום שני 23 נובמבר 2026 {t.hour:02d}:{t.minute:02d}"
    intro = ("שלום סמואל,\n\nתודה על ההזמנה. אנו מאשרים את הזמנת הרכש 4500234515 כדלקמן:\n\n"
             "שורה 1 - GO-TL-42 עדשת אובייקטיב 42 מ\"מ: 40 יח' במחיר 640.00 ₪ ליחידה, אספקה 21/12/2026.\n"
             "שורה 2 - GO-TL-RET לוחית רטיקל: 40 יח' במחיר 215.00 ₪ ליחידה, אספקה 04/01/2027 בשל עיכוב בציפוי.\n\n"
             "בברכה,\nנועה לוי\nמחלקת מכירות\nגליל אופטיקה בע\"מ\nפארק תעשיות בר-לב, כרמיאל\nטל' 04-000-0000\n\n")
    body = intro + outlook_quote("he", po, sent, to="orders@galil-optics.example")
    root = _alt_outlook(body, intro, "windows-1255", "HE", "b11", cte="base64", dir_="rtl")
    date = "Thu, 26 Nov 2026 09:15:52 +0200"
    eml = build(addr("נועה לוי", "noa.levi@galil-optics.example", "windows-1255"), _to(SAMUEL),
                hdr("השב: " + req_subject(po), "windows-1255"), date,
                "<VI1P195MB0F3A5B7C9D1E2F4A6B8C0D2E4F6A@VI1P195MB0F3A.EURP195.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b11", "he-IL"))
    return case("he-rtl-windows1255-lenses", "confirmation", "he-IL",
                "Hebrew RTL text in windows-1255 base64 with embedded LTR codes and ₪; Hebrew Outlook quote labels",
                [po], eml, [conf(po, "A", {"d": "2027-01-04"})],
                "Line 1 as ordered (21/12/2026). Line 2 delivery 04/01/2027 (day-first) because of coating delay.")


# --------------------------------------------------------------------------- 10
def ar_eastern_digits():
    sup = supplier("GOLDENTENT", "Golden Tent Trading LLC", "sales@goldentent.example", "ar-AE")
    po = mkpo("4500234626", sup, "felix", "AED", "2026-11-23", [
        ln(1, "GT-POLE-4", "Marquee pole steel 4 m, powder coated", 60, "PCS", "165.00", "2026-12-10"),
        ln(2, "GT-RING", "Pole top ring, galvanised", 60, "PCS", "28.00", "2026-12-10"),
    ])
    t = req_local(po, 4)
    sent = f"الاثنين، 23 نوفمبر 2026 {t.hour:02d}:{t.minute:02d}"
    intro = ("السيد فيليكس المحترم،\n\nتحية طيبة وبعد،\n\n"
             "نشكركم على أمر الشراء رقم ٤٥٠٠٢٣٤٦٢٦ ونؤكد التوريد كما يلي:\n\n"
             "البند ١ (GT-POLE-4) أعمدة خيمة حديد ٤ م: الكمية ٦٠ قطعة، السعر ١٦٥٫٠٠ درهم للقطعة، التسليم ١٠/١٢/٢٠٢٦\n"
             "البند ٢ (GT-RING) حلقة رأس العمود: الكمية ٦٠ قطعة، السعر ٣٠٫٠٠ درهم للقطعة (بسبب ارتفاع تكلفة الجلفنة)، "
             "التسليم ١٠/١٢/٢٠٢٦\n\n"
             "وتفضلوا بقبول فائق الاحترام،\n\nأحمد المنصوري\nمدير المبيعات\nشركة الخيمة الذهبية للتجارة ذ.م.م\n"
             "المنطقة الصناعية القوز ٣، دبي، الإمارات العربية المتحدة\nهاتف: +971 4 000 0000\n\n")
    body = intro + outlook_quote("ar", po, sent, to="sales@goldentent.example")
    root = _alt_outlook(body, intro, "utf-8", "AR-AE", "b12", cte="base64", dir_="rtl", font="Arial,sans-serif")
    date = "Wed, 25 Nov 2026 11:40:18 +0400"
    eml = build(addr("أحمد المنصوري", "ahmed@goldentent.example"), _to(FELIX), hdr("رد: " + req_subject(po)), date,
                "<DX1P273MB0B2C4D6E8F0A1B3C5D7E9F1A3B5C@DX1P273MB0B2C.AREP273.PROD.OUTLOOK.example>", root,
                po["request_message_id"], extra=_ms(po, "b12", "ar-AE"))
    return case("ar-eastern-arabic-digits-poles", "confirmation", "ar-AE",
                "Arabic RTL body with Eastern Arabic-Indic digits for quantities, prices (٫ decimal) and dates; "
                "item codes in Latin",
                [po], eml, [conf(po, "A", {"p": "30.00"})],
                "٦٠ = 60, ١٦٥٫٠٠ = 165.00, ١٠/١٢/٢٠٢٦ = 2026-12-10. Line 2 price raised to ٣٠٫٠٠ = 30.00.")


# --------------------------------------------------------------------------- 11
def th_buddhist():
    sup = supplier("SIAMREEL", "Siam Reel Co., Ltd.", "sales@siamreel.example", "th-TH")
    po = mkpo("4500234737", sup, "samuel", "THB", "2026-11-20", [
        ln(1, "SR-SP2500", "Spinning reel 2500, aluminium spool", 200, "PCS", "645.00", "2026-12-18"),
        ln(2, "SR-TR30", "Trolling reel 30 lb, lever drag", 40, "PCS", "3280.00", "2027-01-15"),
    ])
    t = req_local(po, 7)
    sent = f"20 พฤศจิกายน 2569 {t.hour:02d}:{t.minute:02d}"
    intro = ("เรียน คุณซามูเอล\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500234737 บริษัทฯ ขอยืนยันดังนี้\n\n"
             "รายการที่ 1 SR-SP2500 รอกสปินนิ่ง 2500 จำนวน 200 ชิ้น ราคาชิ้นละ 645.00 บาท ส่งมอบวันที่ 18 ธ.ค. 2569\n"
             "รายการที่ 2 SR-TR30 รอกทรอลลิ่ง 30 ปอนด์ จำนวน 40 ชิ้น ราคาชิ้นละ 3,280.00 บาท ส่งมอบวันที่ 29 ม.ค. 2570\n\n"
             "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขายต่างประเทศ\nบริษัท สยามรอก จำกัด\nโทร. 02-000-0000\n\n")
    body = intro + outlook_quote("th", po, sent, to="sales@siamreel.example")
    root = _alt_outlook(body, intro, "TIS-620", "TH", "b13", cte="base64", font="Tahoma,sans-serif")
    date = "Fri, 27 Nov 2026 14:02:09 +0700"
    eml = build(addr("สมชาย ใจดี", "somchai@siamreel.example", "TIS-620"), _to(SAMUEL),
                "RE: " + req_subject(po), date, "<001f01db603a$5c7d8e90$15789bb0$@siamreel.example>", root,
                po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("b13")),
                       ("Content-Language", "th")])
    return case("th-buddhist-era-reels", "confirmation", "th-TH",
                "Thai TIS-620, Buddhist-era years with abbreviated Thai months ('18 ธ.ค. 2569', '29 ม.ค. 2570'); "
                "quote header also in B.E.",
                [po], eml, [conf(po, "A", {"d": "2027-01-29"})],
                "B.E. 2569 = 2026, 2570 = 2027. Line 1 18 Dec 2026 as ordered; line 2 29 Jan 2027.")


# --------------------------------------------------------------------------- 12
def id_rattan():
    sup = supplier("ROTANJAYA", "CV Rotan Jaya Cirebon", "order@rotanjaya.example", "id-ID")
    po = mkpo("4500234848", sup, "maren", "IDR", "2026-11-18", [
        ln(1, "BB-R90", "Balloon basket, rattan, 90 x 120 cm, 2-4 pax", 4, "EA", "38500000", "2027-01-20"),
        ln(2, "BB-R-TRIM", "Leather trim kit for basket rim", 4, "SET", "2750000", "2027-01-20"),
    ])
    t = req_local(po, 7)
    attrib = (f"Pada tanggal Rab, 18 Nov 2026 pukul {t.hour:02d}.{t.minute:02d} Maren Oyelaran <{MAREN[1]}> menulis:")
    top = ("Dengan hormat Ibu Maren,\n\nTerima kasih atas PO 4500234848. Kami konfirmasi sebagai berikut:\n\n"
           "Item 1 - BB-R90 keranjang balon rotan 90 x 120 cm: 4 unit @ Rp 38.500.000. Karena anyaman rotan "
           "dikerjakan manual, 3 unit siap kirim 20 Jan 2027, 1 unit lagi menyusul 3 Feb 2027.\n"
           "Item 2 - BB-R-TRIM kit kulit bibir keranjang: 4 set @ Rp 2.900.000 (harga kulit naik), kirim 20 Jan 2027.\n\n"
           "Terima kasih atas kerja samanya.\n\nSalam,\nDewi Lestari\nMarketing Ekspor\nCV Rotan Jaya\n"
           "Jl. Raya Tegalwangi No. 00, Weru, Cirebon 45154\nTelp. (0231) 000000 / WA 0812-0000-0000\n\n")
    body = top + attrib + "\n\n" + prefix(request_text(po))
    html = ('<div dir="ltr">' + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + mime.esc(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + mime.esc(request_text(po)).replace("\n", "<br>") + "</blockquote></div>\n")
    root = multipart("alternative", [text(body, "plain", "UTF-8", "quoted-printable"),
                                     text(html, "html", "UTF-8", "quoted-printable")], boundary("gmail", "b14"))
    date = "Mon, 30 Nov 2026 10:25:16 +0700"
    eml = build(addr("Dewi Lestari", "dewi.rotanjaya@gmail.example"), _to(MAREN), "Re: " + req_subject(po), date,
                "<CAKp3vN8bR2xT5mW0qZ7yL4sJ1gH9dF6cE3aU8nB2oK5iM7tQ0w@mail.gmail.example>", root,
                po["request_message_id"], reply_to="order@rotanjaya.example")
    return case("id-rattan-balloon-baskets-split", "confirmation", "id-ID",
                "Indonesian dotted thousands (Rp 38.500.000), ship ('kirim') dates only, basket split 3+1 into "
                "February; sent from a Gmail address with Reply-To of the company",
                [po], eml,
                [conf(po, {"d": "2027-02-03", "s": [(3, "2027-01-20"), (1, "2027-02-03")]}, {"p": "2900000"})],
                "Only ship dates given, so they count. Line 1: 3 on 20 Jan 2027 + 1 on 3 Feb 2027. Line 2 new "
                "price Rp 2.900.000, 20 Jan 2027 as ordered.")


# --------------------------------------------------------------------------- 13
def mx_abbrev():
    sup = supplier("BAJIO", "Cerraduras del Bajío S.A. de C.V.", "ventas@cerradurasbajio.example", "es-MX")
    po = mkpo("4500234959", sup, "felix", "MXN", "2026-11-24", [
        ln(1, "CB-BZ-16", "Cerradura para buzón, leva 16 mm", 1000, "PCS", "38.50", "2026-12-14"),
        ln(2, "CB-BZ-25", "Cerradura para buzón, leva 25 mm", 400, "PCS", "44.00", "2026-12-14"),
    ])
    t = req_local(po, -6)
    intro = ("Buen día Felix,\n\nLe confirmamos su orden de compra 4500234959:\n\n"
             "Partida 1 - CB-BZ-16 cerradura para buzón leva 16 mm: 1,000 pzas a $38.50 MXN c/u, entrega 14-dic-2026.\n"
             "Partida 2 - CB-BZ-25 cerradura para buzón leva 25 mm: 400 pzas a $44.00 MXN c/u, entrega 11-ene-2027.\n\n"
             "Precios más IVA. Quedo a sus órdenes.\n\nSaludos cordiales,\n\nAlejandro Hernández\nEjecutivo de Ventas\n"
             "Cerraduras del Bajío S.A. de C.V.\nBlvd. Aeropuerto 1200, León, Gto. C.P. 37000\nTel. 477 000 0000\n\n")
    sent = f"martes, 24 de noviembre de 2026 {t.hour:02d}:{t.minute:02d} a. m."
    body = intro + outlook_quote("es", po, sent, to="ventas@cerradurasbajio.example")
    root = _alt_outlook(body, intro, "iso-8859-1", "ES-MX", "b15")
    date = "Fri, 27 Nov 2026 10:12:55 -0600"
    eml = build(addr("Alejandro Hernández", "ahernandez@cerradurasbajio.example", "iso-8859-1", "Q"), _to(FELIX),
                "RE: " + req_subject(po), date,
                "<SJ0PR13MB5D7E9F1A3B5C7D9E1F3A5B7C9D1E@SJ0PR13MB5D7E.namprd13.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "b15", "es-MX"))
    return case("mx-abbrev-months-mailbox-locks", "confirmation", "es-MX",
                "Mexican format: comma thousands and dot decimals, dates '14-dic-2026' / '11-ene-2027' with "
                "Spanish month abbreviations",
                [po], eml, [conf(po, "A", {"d": "2027-01-11"})],
                "Line 1 as ordered; line 2 entrega 11-ene-2027.")


# --------------------------------------------------------------------------- 14
def it_harp_split():
    sup = supplier("ARPELOMB", "Meccanica Arpe Lombarda S.r.l.", "ordini@arpelombarda.example", "it-IT")
    po = mkpo("4500235060", sup, "aiko", "EUR", "2026-11-20", [
        ln(1, "HP-PED-7", "Pedale per arpa da concerto, ottone", 14, "PCS", "186.00", "2026-12-15"),
        ln(2, "HP-ROD-47", "Asta di trasmissione pedale, 47 corde", 14, "PCS", "92.40", "2026-12-15"),
        ln(3, "HP-FELT", "Feltro per pedaliera, kit", 10, "SET", "31.00", "2026-12-15"),
    ])
    t = req_local(po, 1)
    intro = ("Buongiorno,\n\nconfermiamo il Vostro ordine n. 4500235060 del 20/11/2026:\n\n"
             "pos. 1 - HP-PED-7 pedale per arpa, ottone: 14 pz a € 186,00 cad., consegna 7 pz il 15 dic. e "
             "7 pz il 12 gen. 2027;\n"
             "pos. 2 - HP-ROD-47 asta di trasmissione: 14 pz a € 92,40 cad., consegna 15/12/2026;\n"
             "pos. 3 - HP-FELT kit feltri: 10 kit a € 31,00, consegna 15/12/2026.\n\n"
             "Cordiali saluti\n\nChiara Colombo\nUfficio Commerciale\nMeccanica Arpe Lombarda S.r.l.\n"
             "Via dei Liutai 8 - 20900 Monza (MB)\nTel. +39 039 000 0000 - P.IVA 00000000000\n\n"
             "Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, le informazioni contenute in "
             "questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. "
             "Se avete ricevuto questo messaggio per errore, Vi preghiamo di cancellarlo e di darcene "
             "comunicazione.\n\n")
    sent = f"venerdì 20 novembre 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("it", po, sent, to="ordini@arpelombarda.example")
    root = _alt_outlook(body, intro, "windows-1252", "IT", "b16")
    date = "Wed, 25 Nov 2026 16:48:30 +0100"
    eml = build(addr("Chiara Colombo", "c.colombo@arpelombarda.example"), _to(AIKO), "R: " + req_subject(po), date,
                "<AS8PR04MB7E9F1A3B5C7D9E1F3A5B7C9D1E3F@AS8PR04MB7E9F.eurprd04.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "b16", "it-IT"))
    return case("it-harp-pedals-split-abbrev", "confirmation", "it-IT",
                "Italian split '7 pz il 15 dic. e 7 pz il 12 gen. 2027' (abbreviated months, first without year), "
                "GDPR disclaimer, 'R:' prefix",
                [po], eml,
                [conf(po, {"d": "2027-01-12", "s": [(7, "2026-12-15"), (7, "2027-01-12")]}, "A", "A")],
                "Line 1 split 7 + 7 (15 dic. = 2026-12-15, 12 gen. 2027). Lines 2 and 3 as ordered.")


# --------------------------------------------------------------------------- 15
def us_month_first():
    sup = supplier("GREATLAKES", "Great Lakes Tackle Co.", "orders@greatlakestackle.example", "en-US")
    po = mkpo("4500235171", sup, "maren", "USD", "2026-11-23", [
        ln(1, "GLT-BC200", "Baitcaster reel 200 size, 7.1:1", 48, "EA", "62.75", "2026-12-04"),
        ln(2, "GLT-SP30", "Spinning reel 30 size", 96, "EA", "29.40", "2027-01-08"),
    ])
    t = req_local(po, -6)
    hh, ap = h12(t)
    intro = ("Hi Maren,\n\nConfirming PO 4500235171:\n\n"
             "Line 1 - GLT-BC200 baitcaster, 48 pcs @ $62.75 - will deliver 12/4\n"
             "Line 2 - GLT-SP30 spinning reel, 96 pcs @ $29.40 - earliest we can do is 1/12/27\n\n"
             "Thanks!\nJenny\n\nJenny Marsh | Customer Service\nGreat Lakes Tackle Co. | Green Bay, WI\n"
             "920-555-0173\n\n")
    sent = f"Monday, November 23, 2026 {hh}:{t.minute:02d} {ap}"
    body = intro + outlook_quote("en", po, sent, to="orders@greatlakestackle.example")
    root = text(body, "plain", "us-ascii", "7bit")
    date = "Tue, 1 Dec 2026 13:20:04 -0600"
    eml = build(addr("Jenny Marsh", "jmarsh@greatlakestackle.example"), _to(MAREN), "RE: " + req_subject(po), date,
                "<BN8PR10MB3F5A7B9C1D3E5F7A9B1C3D5E7F9A@BN8PR10MB3F5A.namprd10.prod.outlook.example>", root,
                po["request_message_id"], extra=_ms(po, "b17", "en-US"))
    return case("us-month-first-short-dates", "confirmation", "en-US",
                "US month-first short dates without/with 2-digit year ('12/4', '1/12/27'); day-first reading "
                "would give wrong dates",
                [po], eml, [conf(po, "A", {"d": "2027-01-12"})],
                "12/4 = 2026-12-04 (as ordered). 1/12/27 = January 12, 2027 for line 2.")


# --------------------------------------------------------------------------- 16
def de_kw53():
    sup = supplier("FEDERNWERK", "Federnwerk Sauerland GmbH", "vertrieb@federnwerk-sauerland.example", "de-DE")
    po = mkpo("4500235282", sup, "maren", "EUR", "2026-11-24", [
        ln(1, "FW-TS-178", "Trampolinfeder 178 mm, verzinkt", 3000, "PCS", "0.74", "2026-12-23"),
        ln(2, "FW-TS-254", "Trampolinfeder 254 mm, verzinkt", 1500, "PCS", "1.08", "2027-01-12"),
        ln(3, "FW-HAKEN", "Federhaken Montagewerkzeug", 100, "PCS", "3.90", "2026-12-23"),
    ])
    t = req_local(po, 1)
    intro = ("Sehr geehrte Frau Oyelaran,\n\nvielen Dank für Ihre Bestellung 4500235282, die wir wie folgt bestätigen:\n\n"
             "Pos. 1  FW-TS-178   3.000 Stk.  à 0,74 EUR   Liefertermin KW 53/2026\n"
             "Pos. 2  FW-TS-254   1.500 Stk.  à 1,08 EUR   Liefertermin Dienstag, KW 2/2027\n"
             "Pos. 3  FW-HAKEN      100 Stk.  à 3,90 EUR   Liefertermin KW 51/2026\n\n"
             "Mit freundlichen Grüßen / Best regards\n\nThomas Schulte\nVertrieb Innendienst\n"
             "Federnwerk Sauerland GmbH | Im Hagen 12 | 58849 Herscheid\nTel.: +49 2357 0000-31\n"
             "Sitz der Gesellschaft: Herscheid | Registergericht: Amtsgericht Iserlohn HRB 0000 | "
             "Geschäftsführer: Dr. Ulrich Kemper\n\n\n\n")
    q = (f"Von:        \"Maren Oyelaran\" <{MAREN[1]}>\n"
         "An:        vertrieb@federnwerk-sauerland.example\n"
         f"Datum:        24.11.2026 {t.hour:02d}:{t.minute:02d}\n"
         f"Betreff:        {req_subject(po)}\n"
         "________________________________\n\n\n\n" + request_text(po))
    body = intro + q
    root = _alt_outlook(body, intro, "ISO-8859-1", "DE", "b18")
    date = "Fri, 27 Nov 2026 11:05:47 +0100"
    eml = build(addr("Thomas Schulte", "thomas.schulte@federnwerk-sauerland.example"), _to(MAREN),
                "Antwort: " + req_subject(po), date,
                "<OF3A7C21B4.9E0D5F62-ONC1258C2A.0036A1F2-C1258C2A.0036B8E4@federnwerk-sauerland.example>", root,
                po["request_message_id"],
                extra=[("X-Mailer", "HCL Notes Release 12.0.2 FP1 January 10, 2023"),
                       ("X-MIMETrack", "Serialize by Router on NOTES01/Federnwerk at 27.11.2026 11:05:47")])
    return case("de-kw53-notes-trampoline-springs", "confirmation", "de-DE",
                "Calendar weeks incl. ISO week 53 of 2026 (Friday = 2027-01-01) and 'Dienstag, KW 2'; "
                "HCL Notes quote header with padded labels",
                [po], eml, [conf(po, {"d": "2027-01-01"}, "A", {"d": "2026-12-18"})],
                "KW 53/2026 = Friday 2027-01-01 (2026 has 53 ISO weeks). 'Dienstag, KW 2/2027' = 2027-01-12 = "
                "requested. KW 51/2026 = Friday 2026-12-18.")


CASES = [el_feta, tr_reject_line, ptbr_split, in_lakh, za_slash_ymd, no_uke, fi_vko, frca_iso, he_rtl,
         ar_eastern_digits, th_buddhist, id_rattan, mx_abbrev, it_harp_split, us_month_first, de_kw53]
