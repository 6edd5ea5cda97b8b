"""Cases 055-070."""
import datetime as dt
from decimal import Decimal

from . import mime
from .common import (L, case, conf, expected, mkpo, reply, simple, sup, buyer_to, fri, dsn_report, request_eml,
                     outlook_quote, _h)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("bow-hair-serbian-value-in-quote", "needs_review/sr-RS",
      "Serbian 'I'll check with production' under our own quoted follow-up proposing 18 December and 16.20 EUR: the only values are ours.")
def c055(slug):
    s = sup("STRUNE", "Strune i Gudala d.o.o.", "prodaja@strune-gudala.example", "sr-RS")
    po = mkpo("4500031574", s, [
        L("BH-SIB-32", "Siberian white bow hair, hank 32 in, 7 g", 60, "EA", "16.80", "2026-12-11"),
    ], "EUR", "2026-11-20")
    note = ("Follow-up 24 Nov: if 11 December is not possible, could you deliver on 18 December at 16.20 EUR per hank? "
            "Please confirm.")
    body = "Poštovana Dana,\n\nproveriću sa proizvodnjom i javiću Vam se.\n\nPozdrav,\nMilan Jovanović"
    sig = "Strune i Gudala d.o.o. | Bulevar oslobođenja 112, 21000 Novi Sad | +381 21 555 0714"
    eml = reply(slug, po, frm=("Milan Jovanović", "milan.jovanovic@strune-gudala.example"), date="2026-11-25 09:00:00 +0100",
                body=body, sig=sig, quote="gmail", client="gmail", note=note,
                attribution="uto, 24. nov 2026. u 14:10 Dana Ruiz <dana.ruiz@kestrel-mfg.example> je napisala:")
    return [po], eml, expected("needs_review", "The supplier only says he will check; 18 December and 16.20 EUR appear "
                               "only in our quoted follow-up and are not accepted by him.")


@case("bobbins-slovenian-iso-week-2027", "confirmation/sl-SI",
      "Slovenian answer 'dobava v 2. tednu 2027' (Friday 15 Jan = requested) for two positions while the third is deferred to next week.")
def c056(slug):
    s = sup("KOLOVRAT", "Kolovrat d.o.o.", "prodaja@kolovrat.example", "sl-SI")
    po = mkpo("4500031580", s, [
        L("SB-DBL-8", "Double-drive bobbin, 8 cm core, beech", 40, "EA", "14.20", "2027-01-15"),
        L("SB-LAZY-4", "Lazy kate for 4 bobbins", 10, "EA", "32.00", "2027-01-15"),
        L("SB-ORIF-3/4", "Orifice reducer 3/4 to 3/8 in", 20, "EA", "4.50", "2027-01-15"),
    ], "EUR", "2026-11-23")
    assert fri(2027, 2) == "2027-01-15"
    body = ("Spoštovana ga. Ruiz,\n\nhvala za naročilo 4500031580.\n\nPozicija 1 in 2: potrjujemo količine in cene, dobava v "
            "2. tednu 2027.\nPozicija 3: o tem vam sporočimo naslednji teden, ko dobimo odgovor dobavitelja.\n\nLep pozdrav,")
    sig = "Tina Kranjc\nKolovrat d.o.o. | Tržaška cesta 37, 1000 Ljubljana\nT: +386 1 555 2190 | ID za DDV: SI12345678"
    eml = reply(slug, po, frm=("Tina Kranjc", "tina.kranjc@kolovrat.example"), date="2026-11-30 14:00:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Week 2 of 2027 without a day = Friday 2027-01-15 = requested: lines 1-2 "
                               "accepted; line 3 deferred = unconfirmed.", [conf(po, {1: "A", 2: "A", 3: "U"})])


@case("neon-transformers-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic blanket confirmation ('у целости') from Thunderbird, base64 UTF-8, with the date equal to the request.")
def c057(slug):
    s = sup("ELNEON", "Elektro Neon d.o.o.", "prodaja@elektroneon.example", "sr-RS")
    po = mkpo("4500031586", s, [
        L("NT-6-20", "Neon transformer 6kV 20mA, 230V", 25, "EA", "48.00", "2026-12-18"),
        L("NT-10-30", "Neon transformer 10kV 30mA, 230V", 10, "EA", "63.00", "2026-12-18"),
    ], "EUR", "2026-11-23")
    body = ("Поштована Дана,\n\nпотврђујемо поруџбину 4500031586 у целости: количине и цене по поруџбини, испорука "
            "18.12.2026.\n\nСрдачан поздрав,\nНикола Петровић\nЕлектро Неон д.о.о., Краља Петра I 27, 34000 Крагујевац\n"
            "тел. +381 34 555 218")
    eml = reply(slug, po, frm=("Никола Петровић", "nikola.petrovic@elektroneon.example"), date="2026-12-01 10:00:00 +0100",
                body=body, cte="base64", html=None, quote="gmail", client="thunderbird",
                attribution="23.11.2026. 11:02, Dana Ruiz је написао/ла:")
    return [po], eml, expected("confirmation", "Whole order confirmed with delivery 18.12.2026 = requested: both lines "
                               "accepted.", [conf(po, {1: "A", 2: "A"})])


@case("seat-cushions-gmail-dsn", "bounce/ms-MY",
      "Google 'Delivery Status Notification (Failure)' (domain not found) with text+HTML, delivery-status and the original order request.")
def c058(slug):
    s = sup("KUSYEN", "Syarikat Kusyen Traktor Sdn Bhd", "jualan@kusyentraktor.example", "ms-MY")
    po = mkpo("4500031590", s, [
        L("KT-SEAT-480", "Tractor seat cushion 480x430 mm, vinyl", 60, "EA", "27.40", "2026-12-18"),
        L("KT-ARM-PAIR", "Armrest pad, vinyl", 30, "PAIR", "12.10", "2026-12-18"),
    ], "USD", "2026-11-23")
    human = ("** Address not found **\n\nYour message wasn't delivered to jualan@kusyentraktor.example because the domain "
             "kusyentraktor.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "Learn more here: https://support.google.com/mail/answer/6596\n\nThe response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of kusyentraktor.example responded with code NXDOMAIN\n")
    html = ("<html><body><h2 style=\"color:#d93025\">Address not found</h2><p>Your message wasn't delivered to <b>"
            "jualan@kusyentraktor.example</b> because the domain kusyentraktor.example couldn't be found.</p>"
            "<p>The response was:</p><p>DNS Error: DNS type 'mx' lookup of kusyentraktor.example responded with code "
            "NXDOMAIN</p></body></html>")
    eml = dsn_report(slug, po, date="2026-11-23 10:02:55 +0000", mta="googlemail.com", rcpt="jualan@kusyentraktor.example",
                     status="5.1.2", diag="DNS Error: DNS type 'mx' lookup of kusyentraktor.example responded with code NXDOMAIN",
                     human=human, html_human=html, frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                     subject="Delivery Status Notification (Failure)", arrival="2026-11-23 10:02:41 +0000")
    return [po], eml, expected("bounce", "Gmail DSN (NXDOMAIN); the order table is only in the returned original.")


@case("dome-motors-bulgarian-cp1251", "confirmation/bg-BG",
      "windows-1251 Bulgarian confirmation with 'к-та' for sets and a delivery date '15.01.2027 г.' a week before the request.")
def c059(slug):
    s = sup("OBSTECH", "Obstech EOOD", "prodazhbi@obstech.example", "bg-BG")
    po = mkpo("4500031592", s, [
        L("DM-12V-60", "Dome shutter motor 12V DC, 60 W", 3, "EA", "420.00", "2027-01-22"),
        L("DM-LIM-SW", "Limit switch set, IP67", 6, "SET", "38.00", "2027-01-22"),
    ], "EUR", "2026-11-24")
    body = ("Здравейте, г-жо Руиз,\n\nПотвърждаваме поръчка № 4500031592:\n"
            "поз. 1 - 3 бр. двигател 12V DC, 60 W по 420,00 EUR;\nпоз. 2 - 6 к-та крайни изключватели по 38,00 EUR.\n"
            "Срок на доставка: 15.01.2027 г.\n\nПоздрави,")
    sig = "Мария Иванова\nОбстех ЕООД | бул. „Цариградско шосе“ 115, 1784 София\nтел. +359 2 955 0148 | ЕИК 204512345"
    eml = reply(slug, po, frm=("Мария Иванова", "m.ivanova@obstech.example"), date="2026-12-02 11:00:00 +0200",
                body=body, sig=sig, charset="windows-1251", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Both positions at PO quantity and price, delivery 2027-01-15 instead of "
                               "2027-01-22.", [conf(po, {1: {"d": "2027-01-15"}, 2: {"d": "2027-01-15"}})])


@case("silk-scarves-romanian-plus-3-percent", "confirmation/ro-RO",
      "Romanian/English mix with a '+3% due to silk price increase' surcharge that applies to both lines (16.00 -> 16.48).")
def c060(slug):
    s = sup("TRANSILK", "Transilvania Silk SRL", "comenzi@transilvaniasilk.example", "ro-RO")
    po = mkpo("4500031598", s, [
        L("SS-SQ-90-BL", "Silk scarf 90x90 cm, twill, blue", 200, "PCS", "16.00", "2026-12-16"),
        L("SS-SQ-90-GR", "Silk scarf 90x90 cm, twill, green", 200, "PCS", "16.00", "2026-12-16"),
    ], "EUR", "2026-11-24")
    assert Decimal("16.00") * Decimal("1.03") == Decimal("16.4800")
    body = ("Bună ziua Dana,\n\nConfirmăm comanda 4500031598, ambele poziții, 200 buc. fiecare.\n"
            "Price +3% due to silk price increase (16,48 EUR/buc).\nLivrare 16.12.2026.\n\nMulțumim,\nIoana")
    sig = "Ioana Mureșan\nTransilvania Silk SRL | Str. Avram Iancu 40, 550166 Sibiu\n+40 269 555 212"
    eml = reply(slug, po, frm=("Ioana Mureșan", "ioana.muresan@transilvaniasilk.example"), date="2026-12-02 15:00:00 +0200",
                body=body, sig=sig, cte="quoted-printable", quote="gmail", client="android", html=None)
    return [po], eml, expected("confirmation", "+3% on the PO price 16.00 = 16.48 for both lines; quantities and date "
                               "16.12.2026 unchanged.", [conf(po, {1: {"p": "16.48"}, 2: {"p": "16.48"}})])


@case("velvet-ribbon-delivery-note-other-order", "unrelated/pt-PT",
      "Portuguese 'guia de remessa' with PDF for an earlier order (4500030877) of the same supplier, with dispatch date and quantities.")
def c061(slug):
    s = sup("FITASVEL", "Fitas & Veludos Lda.", "encomendas@fitasveludos.example", "pt-PT")
    po = mkpo("4500031604", s, [
        L("VV-38-VERM", "Velvet ribbon 38 mm red, 10 m roll", 150, "ROL", "9.60", "2026-12-18"),
        L("VV-10-BORD", "Velvet ribbon 10 mm bordeaux, 25 m roll", 100, "ROL", "4.10", "2026-12-18"),
    ], "EUR", "2026-11-24")
    pdf = make_pdf([
        ("HB", 14, "Fitas & Veludos Lda."),
        ("H", 8, "Rua da Indústria 245, 4470-177 Maia - NIF 503 123 456"),
        ("HB", 12, "GUIA DE REMESSA GR 2026/4471"),
        ("H", 9, "Encomenda cliente: 4500030877     Data de carga: 27/11/2026 15:30"),
        ("H", 9, "Local de descarga: Kestrel Manufacturing Ltd, Leeds LS12 6PQ"),
        "Artigo        Descrição                        Qtd   Un",
        "VV-16-AZUL    Fita veludo 16 mm azul           80    ROL",
        "VV-25-VERD    Fita veludo 25 mm verde          40    ROL",
        ("H", 9, "Transportador: DPD Portugal - 3 volumes - 18,4 kg"),
    ], compress=True, title="GR 2026/4471", created="D:20261127153000Z", producer="PHC CS")
    body = ("Boa tarde,\n\nSegue em anexo a guia de remessa GR 2026/4471 referente à vossa encomenda 4500030877, "
            "expedida hoje (27/11/2026) via DPD. Previsão de entrega: 3 a 4 dias úteis.\n\nCumprimentos,\nExpedição\n"
            "Fitas & Veludos Lda.")
    part = mime.multipart("mixed", [mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
                                    mime.attachment(pdf, "application/pdf", "GR_2026_4471.pdf")],
                          "----=_NextPart_000_0A1B_01DB4F2C.7E3A9B10")
    eml = simple(slug, frm=("Fitas & Veludos - Expedição", "expedicao@fitasveludos.example"), to=buyer_to(po),
                 subject="Guia de remessa GR 2026/4471 - Encomenda 4500030877", date="2026-11-27 16:00:00 +0000", part=part,
                 style="outlook", charset="iso-8859-1", extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    return [po], eml, expected("unrelated", "Dispatch note for another order (4500030877); the open PO 4500031604 is not "
                               "mentioned even though the items look similar.")


@case("dome-motors-french-absence", "auto_reply/fr-FR",
      "French out-of-office ('absent du 23/11 au 04/12 inclus') with a backup contact, threaded on the request.")
def c062(slug):
    s = sup("COUPASTRO", "Coupoles Astro Motorisation SAS", "contact@coupoles-astro.example", "fr-FR")
    po = mkpo("4500031610", s, [
        L("CA-MOT-230", "Dome rotation motor 230V, 250 W", 1, "EA", "1490.00", "2027-01-22"),
        L("CA-WHEEL-80", "Drive wheel 80 mm, polyurethane", 4, "EA", "64.00", "2027-01-22"),
    ], "EUR", "2026-11-24")
    body = ("Bonjour,\n\nJe suis absent du 23/11 au 04/12 inclus, sans accès à ma messagerie.\n\nPour toute commande urgente, "
            "merci de contacter Julien Moreau (julien.moreau@coupoles-astro.example) au +33 4 76 55 12 30.\n\n"
            "Cordialement,\nPhilippe Garnier\nCoupoles Astro Motorisation SAS")
    part = mime.text(body, charset="iso-8859-1", cte="quoted-printable")
    eml = simple(slug, frm=("Philippe Garnier", "contact@coupoles-astro.example"), to=buyer_to(po),
                 subject="Réponse automatique : Purchase order 4500031610 - please confirm", date="2026-11-24 11:03:40 +0100",
                 part=part, style="outlook", irt=po["request_message_id"], charset="iso-8859-1",
                 extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Out-of-office; 23/11-04/12 is the absence, not a delivery date.")


@case("chalk-vietnamese-size-question", "needs_review/vi-VN",
      "Vietnamese question about a size mismatch (10x80 vs 11x82 mm) asked before confirming; the quoted request holds all the numbers.")
def c063(slug):
    s = sup("HONGHA", "Hong Ha Chalk JSC", "sales@phanhongha.example", "vi-VN")
    po = mkpo("4500031612", s, [
        L("CH-DL-80", "Dustless chalk 10x80 mm, white, box of 100", 300, "BOX", "1.90", "2026-12-18"),
        L("CH-DL-80C", "Dustless chalk 10x80 mm, 6 colours, box of 100", 100, "BOX", "2.30", "2026-12-18"),
    ], "USD", "2026-11-24")
    body = ("Chào chị Dana,\n\nĐơn hàng 4500031612 ghi phấn không bụi 10x80 mm, nhưng mã CH-DL-80 của chúng tôi hiện là loại "
            "11x82 mm. Chị vui lòng xác nhận kích thước 11x82 mm có được không trước khi chúng tôi xác nhận đơn hàng?\n\n"
            "Cảm ơn chị,\nTrần Minh Tuấn\nPhòng Xuất khẩu - Công ty CP Phấn Hồng Hà\nĐT: +84 24 3555 0128")
    eml = reply(slug, po, frm=("Trần Minh Tuấn", "tuan.tran@phanhongha.example"), date="2026-11-27 10:00:00 +0700",
                body=body, quote="gmail", client="gmail",
                attribution="Vào Th 3, 24 thg 11, 2026 vào lúc 17:02 Dana Ruiz <dana.ruiz@kestrel-mfg.example> đã viết:")
    return [po], eml, expected("needs_review", "A question about the chalk size must be answered before the supplier "
                               "confirms; nothing is committed.")


@case("track-bolts-quebec-per-hundred", "confirmation/fr-CA",
      "Québec French prices 'le cent' / '/ 100' (258,00 $ per 100 = 2.58 each) plus a yearless '8 janvier' (= 2027-01-08) on the washer line.")
def c064(slug):
    s = sup("BFQRAIL", "Boulonnerie Ferroviaire du Québec inc.", "commandes@bfq-rail.example", "fr-CA")
    po = mkpo("4500031616", s, [
        L("TB-1x5.5", "Track bolt 1 in x 5-1/2 in, with nut", 5000, "EA", "2.45", "2026-12-18"),
        L("TB-7/8x5", "Track bolt 7/8 in x 5 in, with nut", 3000, "EA", "2.10", "2026-12-18"),
        L("SW-1-SPR", "Spring washer 1 in, heavy", 5000, "EA", "0.32", "2026-12-18"),
    ], "CAD", "2026-11-25")
    body = ("Bonjour Mme Ruiz,\n\nVoici la confirmation de votre commande 4500031616 :\n\n"
            "1. 5000 boulons 1 po x 5-1/2 po avec écrou : 258,00 $ le cent, livraison le 18 décembre\n"
            "2. 3000 boulons 7/8 po x 5 po avec écrou : 210,00 $ / 100, livraison le 18 décembre\n"
            "3. 5000 rondelles ressort 1 po : 32,00 $ le cent, livraison le 8 janvier\n\nMerci et bonne journée,")
    sig = "Sylvie Tremblay\nBoulonnerie Ferroviaire du Québec inc.\n2750, boul. Industriel, Laval (Québec) H7L 4R9\n450 555-0172, poste 214"
    eml = reply(slug, po, frm=("Sylvie Tremblay", "s.tremblay@bfq-rail.example"), date="2026-12-01 13:00:00 -0500",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="fr")
    return [po], eml, expected("confirmation", "Per-hundred prices: 258,00/100 = 2.58 (PO 2.45) changed; 210,00/100 = 2.10 "
                               "accepted; 32,00/100 = 0.32 but '8 janvier' -> 2027-01-08 changed.",
                               [conf(po, {1: {"p": "2.58"}, 2: "A", 3: {"d": "2027-01-08"}})])


@case("pharmacy-balances-swiss-chf-apostrophe", "confirmation/de-CH",
      "Swiss German with apostrophe thousands ('CHF 2'560.00'), 'Mittwoch, KW 52' (a named day in a week) and a line left 'nach Absprache'.")
def c065(slug):
    s = sup("WAAGENEM", "Waagenbau Emmental AG", "verkauf@waagenbau-emmental.example", "de-CH")
    po = mkpo("4500031622", s, [
        L("PB-EX-220", "Pharmacy balance 220 g x 0.1 mg, EU-verified", 2, "EA", "2480.00", "2026-12-18"),
        L("PB-WT-SET", "Test weight set 1 mg - 200 g, class F1", 1, "SET", "1190.00", "2026-12-18"),
        L("PB-CAL-ONS", "Calibration certificate, on-site", 2, "EA", "240.00", "2026-12-18"),
    ], "CHF", "2026-11-25", buyer="jonas")
    assert fri(2026, 52, 3) == "2026-12-23"
    body = ("Grüezi Herr Weber\n\nBesten Dank für Ihre Bestellung 4500031622.\n\n"
            "Pos. 1: 2 Stk. à CHF 2'560.00 (Preisanpassung 2027), Lieferung 18.12.2026\n"
            "Pos. 2: 1 Satz à CHF 1'190.00, Lieferung Mittwoch, KW 52\n"
            "Pos. 3: Die Kalibrierung erfolgt bei Inbetriebnahme, Termin nach Absprache.\n\nFreundliche Grüsse")
    sig = "Reto Zaugg\nWaagenbau Emmental AG | Dorfstrasse 41, 3550 Langnau i.E.\nTel. +41 34 555 18 20 | CHE-123.456.789 MWST"
    eml = reply(slug, po, frm=("Reto Zaugg", "reto.zaugg@waagenbau-emmental.example"), date="2026-12-03 10:00:00 +0100",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="de", prefix="AW: ")
    return [po], eml, expected("confirmation", "Pos. 1 new price 2'560.00; Pos. 2 'Mittwoch, KW 52' names a day = "
                               "2026-12-23; Pos. 3 'nach Absprache' commits to no date = unconfirmed.",
                               [conf(po, {1: {"p": "2560.00"}, 2: {"d": "2026-12-23"}, 3: "U"})])


@case("ski-wax-price-list-2027-xlsx", "unrelated/de-DE",
      "Supplier circular with a 2027 price list in XLSX (valid-from dates, new prices for the ordered items) that does not answer the open PO.")
def c066(slug):
    s = sup("WACHSKANTE", "Wachs & Kante GmbH", "vertrieb@wachs-kante.example", "de-DE")
    po = mkpo("4500031628", s, [
        L("WK-RACE-BL", "Race wax blue, -8/-20 C, 100 g", 50, "EA", "17.40", "2026-12-18"),
        L("WK-BRUSH-NY", "Nylon brush, oval", 20, "EA", "11.90", "2026-12-18"),
    ], "EUR", "2026-11-25", buyer="jonas")
    rows = [["Preisliste 2027 - gültig ab 01.01.2027"], [],
            ["Artikel", "Bezeichnung", "VE", "Preis 2026 EUR", "Preis 2027 EUR", "gültig ab"],
            ["WK-RACE-BL", "Rennwachs blau -8/-20 °C, 100 g", 1, Decimal("17.40"), Decimal("18.20"), dt.date(2027, 1, 1)],
            ["WK-RACE-RD", "Rennwachs rot -2/-10 °C, 100 g", 1, Decimal("17.40"), Decimal("18.20"), dt.date(2027, 1, 1)],
            ["WK-BRUSH-NY", "Nylonbürste oval", 1, Decimal("11.90"), Decimal("12.50"), dt.date(2027, 1, 1)],
            ["WK-IRON-1000", "Wachsbügeleisen 230V 1000 W", 1, Decimal("84.00"), Decimal("89.00"), dt.date(2027, 1, 1)]]
    xl = make_xlsx(rows, sheet="Preisliste 2027", header_rows=3, creator="Wachs & Kante Vertrieb")
    body = ("Sehr geehrte Kundinnen und Kunden,\n\nanbei erhalten Sie unsere Preisliste 2027. Die neuen Preise gelten für "
            "alle Lieferungen ab dem 01.01.2027; Bestellungen mit Liefertermin bis 31.12.2026 werden noch zu den Preisen "
            "2026 berechnet.\n\nMit freundlichen Grüßen\nIhr Vertriebsteam\nWachs & Kante GmbH | Am Kandel 4, 79183 Waldkirch")
    part = mime.multipart("mixed", [mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
                                    mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                    "Preisliste_2027.xlsx")], "----=_Part_88213_Preisliste2027")
    eml = simple(slug, frm=("Wachs & Kante Vertrieb", "vertrieb@wachs-kante.example"), to=buyer_to(po),
                 subject="Preisliste 2027 - gültig ab 01.01.2027", date="2026-11-30 08:00:00 +0100", part=part,
                 charset="iso-8859-1", extra_headers=[("Precedence", "bulk")])
    return [po], eml, expected("unrelated", "General price-list circular: the ordered items appear with 2027 prices, but "
                               "the mail does not answer PO 4500031628.")


@case("bow-hair-exim-bounce", "bounce/lv-LV",
      "Exim 'Mail delivery failed' plain-text bounce with the SMTP error and the full original message including the PO table.")
def c067(slug):
    s = sup("STIGUDARB", "Stīgu Darbnīca SIA", "orders@stigudarbnica.example", "lv-LV")
    po = mkpo("4500031634", s, [
        L("SD-BH-WHT-31", "White bow hair, hank 31.5 in, 6 g", 80, "EA", "13.70", "2026-12-18"),
        L("SD-ROSIN-DK", "Rosin, dark, 2027 formula", 40, "EA", "6.20", "2026-12-18"),
    ], "EUR", "2026-11-26")
    orig = request_eml(po).decode("ascii").replace("\r\n", "\n")
    text_ = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
             "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
             "  orders@stigudarbnica.example\n    host mx.stigudarbnica.example [198.51.100.23]\n"
             "    SMTP error from remote mail server after RCPT TO:<orders@stigudarbnica.example>:\n"
             "    550 5.7.1 Mailbox unavailable or access denied\n\n"
             "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    part = mime.text(text_, charset="us-ascii", cte="7bit")
    eml = simple(slug, frm=("Mail Delivery System", "Mailer-Daemon@mx2.kestrel-mfg.example"), to=buyer_to(po),
                 subject="Mail delivery failed: returning message to sender", date="2026-11-26 10:06:00 +0000", part=part,
                 extra_headers=[("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("bounce", "Exim plain-text bounce; the PO data is only in the copied original.")


@case("incubator-seals-slovak-pdf-and-body", "confirmation/sk-SK",
      "Body and uncompressed PDF together: the PDF confirms two lines (one at a new price) and the body adds the third line's later date.")
def c068(slug):
    s = sup("TESNITRA", "Tesnenia Nitra s.r.o.", "objednavky@tesnenia-nitra.example", "sk-SK")
    po = mkpo("4500031640", s, [
        L("IS-GSK-700", "Incubator door gasket 700x500 mm, silicone, 60 Shore A", 40, "EA", "38.60", "2026-12-18"),
        L("IS-GSK-350", "Incubator door gasket 350x350 mm, silicone", 60, "EA", "22.40", "2026-12-18"),
        L("IS-GLUE-50", "Silicone adhesive 50 ml", 24, "EA", "7.90", "2026-12-18"),
    ], "EUR", "2026-11-26")
    pdf = make_pdf([
        ("HB", 14, "Tesnenia Nitra s.r.o."),
        ("H", 8, "Priemyselna 9, 949 01 Nitra - ICO 36512345 - IC DPH SK2020123456"),
        ("HB", 12, "POTVRDENIE OBJEDNAVKY c. PO-2026-0612"),
        ("H", 9, "Vasa objednavka: 4500031640 zo dna 26.11.2026"),
        "Poz.  Kod          Popis                           Mnozstvo  Cena/ks EUR  Termin dodania",
        "1     IS-GSK-700   Tesnenie dveri 700x500 mm       40 ks     38,60        18.12.2026",
        "2     IS-GSK-350   Tesnenie dveri 350x350 mm       60 ks     23,10        18.12.2026",
        "3     IS-GLUE-50   Silikonove lepidlo 50 ml        24 ks      7,90        podla dostupnosti",
        ("H", 9, "Platobne podmienky: 30 dni. Dodacie podmienky: DAP."),
    ], compress=False, title="PO-2026-0612", created="D:20261202085500+01'00'", producer="Money S3")
    body = ("Dobrý deň,\n\nv prílohe posielame potvrdenie objednávky 4500031640. K pozícii 3 (lepidlo): dodáme ho až "
            "8. januára 2027, ostatné podľa potvrdenia.\n\nS pozdravom")
    sig = "Zuzana Kováčová\nTesnenia Nitra s.r.o. | Priemyselná 9, 949 01 Nitra\ntel. +421 37 555 4120"
    att = mime.attachment(pdf, "application/pdf", "Potvrdenie_4500031640.pdf")
    eml = reply(slug, po, frm=("Zuzana Kováčová", "zuzana.kovacova@tesnenia-nitra.example"), date="2026-12-02 09:00:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", prefix="RE: ", attachments=[att])
    return [po], eml, expected("confirmation", "PDF: line 1 as ordered, line 2 price 23,10; line 3 'podla dostupnosti' in "
                               "the PDF is completed by the body: 8 January 2027.",
                               [conf(po, {1: "A", 2: {"p": "23.10"}, 3: {"d": "2027-01-08"}})])


@case("band-blades-duplicate-question", "needs_review/en-GB",
      "British question whether two near-identical lines are duplicates, with a conditional 'if both, we can do 18/12'.")
def c069(slug):
    s = sup("PENNSAW", "Pennine Saw Services Ltd", "sales@penninesaw.example", "en-GB")
    po = mkpo("4500031646", s, [
        L("BB-41-1.1-5000", "Band blade 41x1.1 mm, 3/4 TPI, 5000 mm", 15, "EA", "39.80", "2026-12-18"),
        L("BB-41-1.3-5000", "Band blade 41x1.3 mm, 2/3 TPI, 5000 mm", 15, "EA", "42.60", "2026-12-18"),
    ], "GBP", "2026-11-27")
    body = ("Hi Dana,\n\nBefore I book this in - lines 1 and 2 are the same 41 mm blade in two gauges. Did you really want "
            "both 1.1 and 1.3 mm, or is one of them a duplicate? If it's both, we can do 18/12.\n\nCheers\nTom")
    sig = "Tom Hargreaves\nSales Office | Pennine Saw Services Ltd\nUnit 7, 22 Canal Wharf, Sheffield S3 8RY\nT: +44 114 496 0231"
    eml = reply(slug, po, frm=("Tom Hargreaves", "tom.hargreaves@penninesaw.example"), date="2026-12-01 11:00:00 +0000",
                body=body, sig=sig, charset="us-ascii", cte="7bit", html_cte="quoted-printable")
    return [po], eml, expected("needs_review", "Question back to the buyer; '18/12' is offered only on condition that both "
                               "lines are wanted.")


@case("silk-scarves-italian-out-of-office", "auto_reply/it-IT",
      "Italian out-of-office ('fuori ufficio fino a lunedì 7 dicembre') with an alternate order address and phone number.")
def c070(slug):
    s = sup("SETACOMO", "Seta Como S.p.A.", "ordini@setacomo.example", "it-IT")
    po = mkpo("4500031652", s, [
        L("SC-TWL-90", "Silk twill scarf 90x90 cm, paisley", 120, "PCS", "21.50", "2027-01-15"),
        L("SC-CHF-70", "Silk chiffon scarf 70x200 cm", 80, "PCS", "17.80", "2027-01-15"),
    ], "EUR", "2026-12-03")
    assert dt.date(2026, 12, 7).weekday() == 0
    body = ("Grazie per il suo messaggio.\n\nSono fuori ufficio fino a lunedì 7 dicembre 2026 con accesso limitato alla posta "
            "elettronica. Per ordini urgenti scriva a ordini@setacomo.example o chiami il +39 031 555 2270.\n\n"
            "Cordiali saluti\nFrancesca Colombo\nSeta Como S.p.A.")
    part = mime.text(body, charset="iso-8859-15", cte="quoted-printable")
    eml = simple(slug, frm=("Francesca Colombo", "francesca.colombo@setacomo.example"), to=buyer_to(po),
                 subject="Risposta automatica: Purchase order 4500031652 - please confirm", date="2026-12-03 11:02:58 +0100",
                 part=part, style="outlook", irt=po["request_message_id"],
                 extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Out-of-office; 7 December is the return date, not a delivery date.")
