"""Cases 019-036."""
import html as _html

from .common import (case, sup, po, conf, allacc, expected, when, kw, next_md, wd, req_text, req_subject,
                     table_rows, orig_request, req_dt, q_outlook_html, text_to_html)
from . import mime


# 019 -------------------------------------------------------------------------
@case("embroidery-hoops-jiaoqi-12-18", "confirmation/zh-TW",
      "Big5 Traditional Chinese reply where '交期 12/18' is month/day without a year.")
def c019(c):
    s = sup("XIUYI", "Xiuyi Industrial Co., Ltd.", "sales@xiuyi-hoops.example", "zh-TW")
    p = po("4500038246", s, "USD", "2026-11-12", [
        ("XY-BH-08", "Bamboo embroidery hoop 8 in (20 cm)", 1200, "PCS", "0.86", "2026-12-11"),
        ("XY-PH-1220", "Plastic spring hoop, oval 12x20 cm", 600, "PCS", "1.12", "2026-12-11"),
        ("XY-SF-30", "Beech scroll frame 30 cm, screw tension", 150, "SET", "6.40", "2026-12-11"),
    ], buyer="dana")
    body = ("Dana 您好，\n\n感謝貴公司訂單 4500038246。\n數量及單價確認無誤，交期 12/18（全部品項一次出貨）。\n\n"
            "如有任何問題請隨時與我聯絡。\n\n林怡君 Sandy Lin\n業務部\n繡藝實業有限公司\n"
            "台中市大雅區中清路三段 218 號\nTel: +886 4 2567 3190\n")
    eml = c.mail(frm=("Sandy Lin", "sandy.lin@xiuyi-hoops.example"), p=p,
                 subject="回覆: " + req_subject(p), date="2026-11-23 10:05:44 +0800", client="outlook",
                 body=body, quote="outlook", qlang="zh-TW", charset="big5", cte="base64", hdr_charset="big5",
                 content_language="zh-TW")
    d = next_md(when("2026-11-23 10:05:44 +0800"), 12, 18)
    return [p], eml, expected("confirmation",
                              "交期 12/18 is month/day (zh-TW) without year -> 2026-12-18 for all lines; "
                              "quantities and prices confirmed unchanged.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 020 -------------------------------------------------------------------------
@case("clock-tower-gears-juchu-itashimashita", "confirmation/ja-JP",
      "Shift_JIS keigo reply with yen amounts like '@126,000円' and one line's 納期 moved by two weeks.")
def c020(c):
    s = sup("TOKEITO", "Tokeito Kiko Co., Ltd.", "juchu@tokeito-kiko.example", "ja-JP")
    p = po("4500038253", s, "JPY", "2026-11-12", [
        ("TK-SG-M4-60", "Spur gear module 4, 60 teeth, bronze", 6, "EA", "48500", "2027-01-29"),
        ("TK-WG-M3-40", "Worm gear set M3, ratio 40:1", 2, "SET", "126000", "2027-01-29"),
        ("TK-PN-12", "Pinion shaft 12 mm, hardened", 10, "EA", "8200", "2027-01-29"),
    ], buyer="tom")
    body = ("Brightwater Supply Group B.V.\nTomas Lindqvist 様\n\nいつも大変お世話になっております。\n"
            "株式会社時計塔機工 営業部の佐藤でございます。\n\nご注文番号 4500038253 の件、下記の通り受注いたしました。\n\n"
            "1. TK-SG-M4-60 平歯車 M4 60T（青銅） 6個 @48,500円 納期 2027年1月29日\n"
            "2. TK-WG-M3-40 ウォームギヤセット M3 40:1 2セット @126,000円 納期 2027年2月12日\n"
            "3. TK-PN-12 ピニオン軸 12mm 10個 @8,200円 納期 2027年1月29日\n\n"
            "※2項目目につきましては、材料手配の都合により納期が2週間遅れとなります。何卒ご了承ください。\n\n"
            "今後ともよろしくお願い申し上げます。\n\n------------------------------\n"
            "株式会社時計塔機工 営業部\n佐藤 健一\n〒392-0012 長野県諏訪市四賀 2281-4\n"
            "TEL: 0266-52-4417 / FAX: 0266-52-4418\n------------------------------\n")
    eml = c.mail(frm=("佐藤 健一", "k.sato@tokeito-kiko.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-24 11:20:00 +0900", client="outlook",
                 body=body, quote="outlook", qlang="ja", charset="shift_jis", cte="base64",
                 hdr_charset="iso-2022-jp", content_language="ja-JP")
    return [p], eml, expected("confirmation",
                              "Yen prices with thousands commas equal the PO; line 2 納期 2027-02-12 instead of "
                              "2027-01-29; the 2週間 remark only explains it.",
                              conf(p, {1: "A", 2: {"d": "2027-02-12"}, 3: "A"}))


# 021 -------------------------------------------------------------------------
@case("soap-pumps-question-3-8-instead-of-1-2", "needs_review/en-US",
      "The supplier asks whether 3/8 in tubes are acceptable and offers two dates, committing to nothing.")
def c021(c):
    s = sup("PRAIRIE", "Prairie Pump & Closure Co.", "orders@prairiepump.example", "en-US")
    p = po("4500038261", s, "USD", "2026-11-12", [
        ("PPC-BP-1G", "Bulk soap pump for 1 gal jug, 38/400, 1/2 oz stroke", 2000, "EA", "0.94", "2026-12-16"),
        ("PPC-DT-12", "Dip tube 1/2 in OD x 10 in", 2000, "EA", "0.11", "2026-12-16"),
    ], buyer="tom")
    body = ("Hi Tomas,\n\nQuick question before I can acknowledge PO 4500038261: we're out of the 1/2\" dip tubes "
            "(line 2) until mid-January. Would 3/8\" OD work for your application? They fit the same 38/400 pump "
            "and we could ship both lines 12/16 as requested. If you need the 1/2\", line 2 would be 1/22/2027 at "
            "the earliest.\n\nLet me know which way you want to go and I'll send the acknowledgment.\n\n"
            "Thanks,\nMaria\n\nMaria Delgado\nInside Sales | Prairie Pump & Closure Co.\n"
            "1800 W 21st St N, Wichita, KS 67203\n(316) 555-0172\n")
    eml = c.mail(frm=("Maria Delgado", "mdelgado@prairiepump.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-24 16:44:10 -0600", client="gmail",
                 body=body, quote="gmail", qlang="en-US")
    return [p], eml, expected("needs_review",
                              "A question (3/8 in instead of 1/2 in?) with two alternative scenarios and dates; "
                              "the acknowledgment is explicitly still to come.")


# 022 -------------------------------------------------------------------------
@case("dental-floss-ps-corrects-date", "confirmation/nl-NL",
      "The body confirms Friday 11 December, a P.S. under the signature corrects it to Tuesday 15 December.")
def c022(c):
    s = sup("FLOSSNL", "Flossmakers Nederland B.V.", "verkoop@flossmakers.example", "nl-NL")
    p = po("4500038270", s, "EUR", "2026-11-13", [
        ("FM-SP-50W", "Dental floss spool, waxed mint, 50 m", 10000, "PCS", "0.39", "2026-12-11"),
        ("FM-SP-25P", "Dental floss spool, PTFE, 25 m", 5000, "PCS", "0.62", "2026-12-11"),
        ("FM-DC-50", "Dispenser case with cutter, for 50 m spool", 10000, "PCS", "0.14", "2026-12-11"),
    ], buyer="priya")
    wd("2026-12-11", 4)
    wd("2026-12-15", 1)
    body = ("Beste Priya,\n\nHierbij bevestigen we jullie order 4500038270 volledig: aantallen en prijzen zoals "
            "besteld, levering op vrijdag 11 december.\n\nMet vriendelijke groet,\n\nJoost de Vries\nBinnendienst\n"
            "Flossmakers Nederland B.V.\nDistributieweg 31, 3316 GD Dordrecht\nT +31 78 651 27 90\n\n"
            "P.S. Correctie, ik zie net dat de PTFE-grondstof een week later binnenkomt: de hele order wordt "
            "geleverd op dinsdag 15 december, niet op de 11e. Excuses!\n")
    eml = c.mail(frm=("Joost de Vries", "joost.devries@flossmakers.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-25 09:12:40 +0100", client="apple",
                 body=body, quote="apple", qlang="nl")
    d = "2026-12-15"
    return [p], eml, expected("confirmation",
                              "The P.S. below the signature overrides the date in the body: all lines 2026-12-15, "
                              "not the requested 2026-12-11.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 023 -------------------------------------------------------------------------
@case("surf-leashes-ok-ok-new-date", "confirmation/en-AU",
      "The supplier quotes our three table rows and types 'OK', 'OK' and a bare day-first date under them.")
def c023(c):
    s = sup("BELLSLEASH", "Bells Beach Leash Co. Pty Ltd", "orders@bellsleash.example", "en-AU")
    p = po("4500038277", s, "AUD", "2026-11-13", [
        ("BBL-6-7", "Surfboard leash 6 ft, 7 mm cord, double swivel", 300, "EA", "14.80", "2026-12-18"),
        ("BBL-9-8", "Longboard leash 9 ft, 8 mm, calf cuff", 120, "EA", "19.60", "2026-12-18"),
        ("BBL-RS-10", "Leash string 3/16 in with rail saver, pack of 10", 80, "BOX", "12.40", "2026-12-18"),
    ])
    head, rows = table_rows(p)
    body = ("G'day Dana,\n\nSee below -\n\n> " + head + "\n> " + rows[0] + "\nOK\n\n> " + rows[1] + "\nOK\n\n> "
            + rows[2] + "\n08/01/2027 - the 3/16 cord is on backorder\n\nCheers,\nMatt\n\n"
            "Matt Kennedy\nBells Beach Leash Co. Pty Ltd\n14 Surfcoast Hwy, Torquay VIC 3228\nPh 03 5261 4470\n"
            "Sent from my iPhone\n")
    eml = c.mail(frm=("Matt Kennedy", "matt@bellsleash.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-26 08:30:00 +1100", client="iphone",
                 body=body, quote="apple", qlang="en", mode="text")
    return [p], eml, expected("confirmation",
                              "'OK' under rows 1-2 accepts them; 08/01/2027 under row 3 is day-first en-AU = "
                              "2027-01-08.",
                              conf(p, {1: "A", 2: "A", 3: {"d": "2027-01-08"}}))


# 024 -------------------------------------------------------------------------
@case("fermenters-exchange-ndr-mailbox-full", "bounce/de-DE",
      "A German Exchange NDR ('Unzustellbar') with HTML explanation, delivery-status and the original request attached.")
def c024(c):
    s = sup("SCHROEDER", "Schröder Brautechnik GmbH", "bestellung@schroeder-brautechnik.example", "de-DE")
    p = po("4500038285", s, "EUR", "2026-11-16", [
        ("SBT-GT-1000", "Fermentation tank 1000 L, cylindro-conical, 3 bar", 2, "EA", "9840.00", "2027-02-19"),
        ("SBT-DV-15", "Dry-hop port DN 150 with sight glass", 2, "EA", "612.00", "2027-02-19"),
        ("SBT-PV-25", "Pressure relief valve 2.5 bar, 1 in", 4, "EA", "138.00", "2027-02-19"),
    ], buyer="marc")
    d = when("2026-11-16 09:52:41 +0100")
    rcpt = s["email"]
    plain = (f"Die Nachricht konnte an folgende Empfänger nicht übermittelt werden:\n\n{rcpt}\n"
             "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es "
             "später erneut, oder wenden Sie sich direkt an den Empfänger.\n\n"
             "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EX01.schroeder-brautechnik.local\n\n"
             f"{rcpt}\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
             "QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n"
             + orig_request(p, headers_only=True))
    htmlp = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Die Nachricht konnte an folgende Empfänger "
             "nicht übermittelt werden:</font></b></p>\n<p><font color=\"#000000\" size=\"2\" face=\"Tahoma\">"
             f"<a href=\"mailto:{rcpt}\">{rcpt}</a><br>Das Postfach des Empfängers ist voll und kann derzeit keine "
             "Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger."
             "</font></p>\n<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Diagnoseinformationen für "
             "Administratoren:<br><br>Generierender Server: EX01.schroeder-brautechnik.local<br><br>"
             f"{rcpt}<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
             "QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p></body></html>\n")
    alt = mime.multipart("alternative", [mime.text_part(plain, "plain", "utf-8", "quoted-printable"),
                                         mime.text_part(htmlp, "html", "utf-8", "quoted-printable")],
                         "_000_" + c.hx(24).upper() + "_")
    ds = ("Reporting-MTA: dns;EX01.schroeder-brautechnik.local\n"
          f"Received-From-MTA: dns;mail.{BUYER_DOMAIN_}\n"
          f"Arrival-Date: {d.strftime('%a, %d %b %Y %H:%M:%S %z')}\n\n"
          f"Original-Recipient: rfc822;{rcpt}\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException."
          "MapiExceptionShutoffQuotaExceeded\n")
    rep = mime.multipart("report", [
        alt,
        mime.Part([("Content-Type", "message/delivery-status")], ds.encode()),
        mime.Part([("Content-Type", "message/rfc822")], orig_request(p).encode()),
    ], "_002_" + c.hx(24).upper() + "_", params="report-type=delivery-status")
    hs = [("From", "postmaster@schroeder-brautechnik.example"), ("To", p["buyer"]["email"]),
          ("Date", d.strftime("%a, %d %b %Y %H:%M:%S %z")),
          ("Subject", "Unzustellbar: " + req_subject(p)),
          ("Message-ID", f"<{c.hx(32)}@EX01.schroeder-brautechnik.local>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Thread-Topic", req_subject(p)), ("Content-Language", "de-DE"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    hs = [(k, v) for k, v in hs]
    eml = mime.message(hs, rep)
    return [p], eml, expected("bounce",
                              "Exchange NDR in German (mailbox full, 5.2.2); the attached original request carries "
                              "the PO table with quantities, prices and 2027-02-19 dates.")


BUYER_DOMAIN_ = "brightwater-supply.example"


# 025 -------------------------------------------------------------------------
@case("ice-augers-2x50-two-weeks", "confirmation/fi-FI",
      "Quantity written '2 x 50 kpl' for a PO of 100, delivered in ISO weeks 50 and 2/2027 without day names.")
def c025(c):
    s = sup("POHJOLA", "Pohjolan Kaira Oy", "myynti@pohjolankaira.example", "fi-FI")
    p = po("4500038284", s, "EUR", "2026-11-16", [
        ("PK-K150", "Ice auger 150 mm, 2027 model, with blade guard", 100, "EA", "42.90", "2026-12-18"),
        ("PK-TR-150", "Replacement blades 150 mm", 100, "PAIR", "11.70", "2026-12-18"),
    ], buyer="priya")
    body = ("Hei Priya,\n\nKiitos tilauksesta 4500038284. Vahvistamme sen seuraavasti:\n\n"
            "Rivi 1, kaira 150 mm: toimitamme 2 x 50 kpl - ensimmäinen erä viikolla 50 ja toinen erä viikolla "
            "2/2027, hinta 42,90 €/kpl.\n"
            "Rivi 2, terät 150 mm: 100 paria, 11,70 €/pari, toimitus 18.12.2026.\n\n"
            "Ystävällisin terveisin\n\nMikko Virtanen\nMyynti\nPohjolan Kaira Oy\nTeollisuustie 12, 96320 Rovaniemi\n"
            "puh. +358 40 718 2245\n")
    eml = c.mail(frm=("Mikko Virtanen", "mikko.virtanen@pohjolankaira.example"), p=p,
                 subject="VS: " + req_subject(p), date="2026-11-26 13:02:18 +0200", client="outlook",
                 body=body, quote="outlook", qlang="fi", charset="iso-8859-15", content_language="fi-FI")
    w50, w2 = kw(2026, 50), kw(2027, 2)
    assert (w50, w2) == ("2026-12-11", "2027-01-15")
    return [p], eml, expected("confirmation",
                              "'2 x 50 kpl' = 100 in two deliveries: week 50 -> Friday 2026-12-11, week 2/2027 -> "
                              "Friday 2027-01-15; line 2 as ordered.",
                              conf(p, {1: {"s": [(50, w50), (50, w2)]}, 2: "A"}))


# 026 -------------------------------------------------------------------------
@case("paragliding-lines-delivery-fri-18-dec", "confirmation/en-NZ",
      "'delivery Fri 18 Dec' with weekday and month name but no year; 'the 9th' is an inbound date, not ours.")
def c026(c):
    s = sup("SOUTHALPS", "Southern Alps Paraglider Supplies Ltd", "sales@southernalps-para.example", "en-NZ")
    p = po("4500038291", s, "NZD", "2026-11-16", [
        ("SAP-DY-15", "Dyneema line 1.5 mm, unsheathed, 100 m reel", 20, "ROL", "96.00", "2026-12-11"),
        ("SAP-AR-11", "Aramid line 1.1 mm, sheathed", 1500, "M", "0.58", "2026-12-11"),
        ("SAP-ML-4", "Maillon rapide 4 mm, stainless", 200, "PCS", "3.20", "2026-12-11"),
    ])
    body = ("Kia ora Dana,\n\nThanks for the PO. All good on qty and pricing - delivery Fri 18 Dec, as the Dyneema "
            "reels only land in Auckland on the 9th.\n\nCheers\nAroha\n\nAroha Ngata | Sales\n"
            "Southern Alps Paraglider Supplies Ltd\n52 Sheffield Crescent, Burnside, Christchurch 8053\n"
            "Ph +64 3 358 2240\n")
    eml = c.mail(frm=("Aroha Ngata", "aroha@southernalps-para.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-27 10:15:00 +1300", client="gmail",
                 body=body, quote="gmail", qlang="en")
    d = wd(next_md(when("2026-11-27 10:15:00 +1300"), 12, 18), 4)
    return [p], eml, expected("confirmation",
                              "Fri 18 Dec -> 2026-12-18 (a Friday) for all lines, a week after the requested date; "
                              "'the 9th' is the supplier's own inbound date.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 027 -------------------------------------------------------------------------
@case("clock-gears-swiss-abwesenheit", "auto_reply/de-CH",
      "Swiss German Outlook out-of-office with an absence end date and phone numbers, threaded on the request.")
def c027(c):
    s = sup("MAEDER", "Turmuhrenfabrik Mäder AG", "verkauf@maeder-turmuhren.example", "de-CH")
    p = po("4500038298", s, "CHF", "2026-11-16", [
        ("TMA-ZR-80", "Clock tower wheel, brass, 80 teeth, module 2.5", 2, "EA", "1480.00", "2027-02-26"),
        ("TMA-HW-4", "Hammer wire set for 4 bells", 1, "SET", "690.00", "2027-02-26"),
    ], buyer="marc")
    wd("2026-12-04", 4)
    body = ("Guten Tag\n\nIch bin bis und mit Freitag, 4. Dezember 2026 abwesend und habe keinen Zugriff auf meine "
            "E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an "
            "unsere Zentrale: +41 34 422 18 00 oder info@maeder-turmuhren.example.\n\nFreundliche Grüsse\nUrs Mäder\n")
    eml = c.mail(frm=("Urs Mäder", "verkauf@maeder-turmuhren.example"), p=p,
                 subject="Automatische Antwort: " + req_subject(p), date="2026-11-17 07:03:12 +0100",
                 client="outlook", body=body, charset="iso-8859-1", content_language="de-CH",
                 extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply",
                              "Automatic absence notice; 'Freitag, 4. Dezember 2026' is the return date, not a "
                              "delivery commitment.")


# 028 -------------------------------------------------------------------------
@case("turnstiles-eta-18th", "confirmation/en-IE",
      "'ETA 18th rather than the 11th' gives only a day of month; the month follows from the mail date.")
def c028(c):
    s = sup("LIFFEY", "Liffey Access Controls Ltd", "orders@liffeyaccess.example", "en-IE")
    p = po("4500038305", s, "EUR", "2026-11-17", [
        ("LAC-TS-WH", "Waist-high tripod turnstile, 304 brushed, 24V DC", 4, "EA", "2140.00", "2026-12-11"),
        ("LAC-CB-10", "Control board CB-10 for tripod turnstile", 4, "EA", "395.00", "2026-12-11"),
    ], buyer="marc")
    body = ("Hi Marc,\n\nThanks a million for the order. Both lines confirmed, qty and price as per PO. The factory "
            "is running a week behind so ETA 18th rather than the 11th, hope that's OK.\n\nRegards,\nCiarán\n\n"
            "Ciarán Walsh\nInternal Sales\nLiffey Access Controls Ltd\nUnit 9, Ballymount Industrial Estate, "
            "Dublin 12, D12 XH60\nT: +353 1 456 7712\n\nLiffey Access Controls Ltd is registered in Ireland, "
            "company no. 512877. This email is confidential.\n")
    eml = c.mail(frm=("Ciarán Walsh", "ciaran.walsh@liffeyaccess.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-30 09:40:05 +0000", client="outlook",
                 body=body, quote="outlook", qlang="en", content_language="en-IE")
    d = next_md(when("2026-11-30 09:40:05 +0000"), 12, 18)
    return [p], eml, expected("confirmation",
                              "ETA 18th (mail of 30 Nov, 'rather than the 11th' = the requested 11 Dec) -> "
                              "2026-12-18 for both lines.",
                              conf(p, {1: {"d": d}, 2: {"d": d}}))


# 029 -------------------------------------------------------------------------
@case("book-trolleys-austrian-jaenner-split", "confirmation/de-AT",
      "Austrian 'Jänner' month name in a partial-delivery schedule, and 'à EUR 324,00' price notation.")
def c029(c):
    s = sup("GRUBERBIB", "Bibliotheksbedarf Gruber GmbH", "bestellung@gruber-bib.example", "de-AT")
    p = po("4500038312", s, "EUR", "2026-11-17", [
        ("GR-BW-3E", "Book trolley, 3 shelves, oak veneer, 80x45 cm", 30, "EA", "324.00", "2026-12-18"),
        ("GR-BW-ST", "Step-stool trolley, 2 steps, 40 cm", 12, "EA", "142.00", "2026-12-18"),
    ])
    body = ("Sehr geehrte Frau Ruiz,\n\nbesten Dank für Ihre Bestellung 4500038312. Wir bestätigen wie folgt:\n\n"
            "Pos. 1 Bücherwagen 3 Böden Eiche: 30 Stk. à EUR 324,00 - Teillieferung 20 Stk. am 16. Dezember, die "
            "restlichen 10 Stk. am 15. Jänner 2027.\n"
            "Pos. 2 Tritthocker-Wagen: 12 Stk. à EUR 142,00, Liefertermin 16. Dezember 2026.\n\n"
            "Freundliche Grüße aus Linz\n\nMag. Barbara Hofer\nVerkaufsinnendienst\nBibliotheksbedarf Gruber GmbH\n"
            "Wiener Straße 318, 4030 Linz\nTel. +43 732 30 41 77-14\nFN 214587k, Landesgericht Linz\n")
    eml = c.mail(frm=("Barbara Hofer", "b.hofer@gruber-bib.example"), p=p,
                 subject="AW: " + req_subject(p), date="2026-11-27 14:22:51 +0100", client="outlook",
                 body=body, quote="outlook", qlang="de", charset="windows-1252", content_language="de-AT")
    return [p], eml, expected("confirmation",
                              "Line 1: 20 on 2026-12-16 and 10 on 15. Jänner (= January) 2027; line 2 moved to "
                              "2026-12-16 (earlier than requested).",
                              conf(p, {1: {"s": [(20, "2026-12-16"), (10, "2027-01-15")]}, 2: {"d": "2026-12-16"}}))


# 030 -------------------------------------------------------------------------
@case("chimney-cowls-will-confirm-next-week", "needs_review/de-DE",
      "A mobile 'I'll send the confirmation next week' reply that mentions KW 51 only as a hope.")
def c030(c):
    s = sup("HAGEDORN", "Schornsteintechnik Hagedorn KG", "vertrieb@hagedorn-schornstein.example", "de-DE")
    p = po("4500038319", s, "EUR", "2026-11-18", [
        ("SHK-DH-180", "Chimney cowl with rain cap, dia 180 mm, 0.8 mm", 25, "EA", "57.40", "2026-12-18"),
        ("SHK-DH-250", "Chimney cowl with rain cap, dia 250 mm, 0.8 mm", 10, "EA", "84.90", "2026-12-18"),
        ("SHK-FS-10", "Spark arrester mesh 10x10 mm, for 250 mm", 10, "EA", "22.30", "2026-12-18"),
    ], buyer="marc")
    body = ("Hallo Herr Oosterhuis,\n\ndanke für die Bestellung. Ich bin diese Woche auf Montage und kann Preise "
            "und Termine erst nächste Woche mit der Fertigung klären. Die 51. KW sollte eigentlich machbar sein, "
            "versprechen kann ich es aber noch nicht. Die Auftragsbestätigung schicke ich Ihnen dann nächste "
            "Woche.\n\nGruß\nJens Hagedorn\n\nVon meinem iPhone gesendet\n")
    eml = c.mail(frm=("Jens Hagedorn", "jens.hagedorn@hagedorn-schornstein.example"), p=p,
                 subject="AW: " + req_subject(p), date="2026-11-20 17:05:09 +0100", client="iphone",
                 body=body, quote="apple", qlang="de", mode="text")
    return [p], eml, expected("needs_review",
                              "No commitment: 'KW 51 should be feasible, but I can't promise'; the confirmation is "
                              "announced for next week.")


# 031 -------------------------------------------------------------------------
@case("dental-floss-chf-per-100", "confirmation/de-CH",
      "Swiss prices per 100 pieces with apostrophe thousands (12'500 Stk.) against a PO priced per piece.")
def c031(c):
    s = sup("DENTAFIL", "Dentafil AG", "auftrag@dentafil.example", "de-CH")
    p = po("4500038326", s, "CHF", "2026-11-18", [
        ("DF-ZS-50", "Dental floss spool waxed, 50 m, refill", 12500, "PCS", "0.85", "2026-12-14"),
        ("DF-ZS-30", "Dental floss spool expanding, 30 m, refill", 4000, "PCS", "1.10", "2026-12-14"),
    ], buyer="priya")
    body = ("Grüezi Frau Raman\n\nVielen Dank für Ihre Bestellung 4500038326, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  DF-ZS-50  12'500 Stk.  CHF 89.00 pro 100 Stk.   Lieferung 14.12.2026\n"
            "Pos. 2  DF-ZS-30   4'000 Stk.  CHF 110.00 pro 100 Stk.  Lieferung 14.12.2026\n\n"
            "Die Preisanpassung bei Pos. 1 ist auf die gestiegenen Rohstoffkosten (PTFE, Wachs) zurückzuführen.\n\n"
            "Freundliche Grüsse\n\nReto Baumann\nVerkauf Innendienst\nDentafil AG\nIndustriestrasse 44, 9100 Herisau\n"
            "Tel. +41 71 353 20 80\n")
    eml = c.mail(frm=("Reto Baumann", "reto.baumann@dentafil.example"), p=p,
                 subject="AW: " + req_subject(p), date="2026-11-23 10:00:41 +0100", client="outlook",
                 body=body, quote="outlook", qlang="de", charset="iso-8859-1", content_language="de-CH")
    from decimal import Decimal
    assert Decimal("89.00") / 100 == Decimal("0.89") and Decimal("110.00") / 100 == Decimal("1.10")
    return [p], eml, expected("confirmation",
                              "Prices are per 100: CHF 89.00/100 = 0.89 per piece (PO 0.85, changed); "
                              "110.00/100 = 1.10 (unchanged). 12'500 is Swiss thousands notation.",
                              conf(p, {1: {"p": "0.89"}, 2: "A"}))


# 032 -------------------------------------------------------------------------
@case("embroidery-hoops-belgian-one-refused", "confirmation/fr-BE",
      "Lines 1, 2 and 4 confirmed in one sentence, line 3 declined in the next; weekday with date, no year.")
def c032(c):
    s = sup("BRODECO", "Brodeco SRL", "commandes@brodeco.example", "fr-BE")
    p = po("4500038333", s, "EUR", "2026-11-19", [
        ("BRD-TB-15", "Wooden embroidery hoop 15 cm, beech", 500, "PCS", "1.45", "2026-12-16"),
        ("BRD-TB-25", "Wooden embroidery hoop 25 cm, beech", 300, "PCS", "2.10", "2026-12-16"),
        ("BRD-QF-45", "Quilting floor frame 45x45 cm, adjustable", 20, "EA", "58.00", "2026-12-16"),
        ("BRD-OV-812", "Oval hoop 8x12 cm, plastic", 400, "PCS", "0.95", "2026-12-16"),
    ])
    wd("2026-12-16", 2)
    body = ("Bonjour Madame Ruiz,\n\nNous vous remercions pour votre commande 4500038333.\n\n"
            "Les positions 1, 2 et 4 sont confirmées aux quantités et prix indiqués, livraison le mercredi "
            "16 décembre.\nPar contre, nous ne pouvons pas livrer la position 3 (cadre sur pied 45x45) : ce modèle "
            "n'est plus fabriqué et nous n'avons pas d'alternative à vous proposer.\n\nBien à vous,\n\n"
            "Nathalie Dubois\nService commercial\nBrodeco SRL\nRue de la Station 27, 7700 Mouscron\n"
            "Tél. +32 56 33 18 90\n")
    eml = c.mail(frm=("Nathalie Dubois", "n.dubois@brodeco.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-24 11:36:20 +0100", client="outlook",
                 body=body, quote="outlook", qlang="fr", charset="iso-8859-1", content_language="fr-BE")
    return [p], eml, expected("confirmation",
                              "Lines 1, 2, 4 accepted (mercredi 16 décembre = requested 2026-12-16); line 3 "
                              "rejected.", conf(p, {1: "A", 2: "A", 3: "R", 4: "A"}))


# 033 -------------------------------------------------------------------------
@case("book-trolleys-winter-newsletter", "unrelated/de-AT",
      "A supplier newsletter with new prices from 'Jänner 2027' and holiday closing dates, same domain as an open PO.")
def c033(c):
    s = sup("GRUBERBIB", "Bibliotheksbedarf Gruber GmbH", "bestellung@gruber-bib.example", "de-AT")
    p = po("4500038361", s, "EUR", "2026-11-20", [
        ("GR-BW-2S", "Book trolley, 2 shelves, steel, 60x40 cm", 16, "EA", "219.00", "2027-01-15"),
        ("GR-RL-75", "Castor 75 mm with brake", 64, "EA", "6.40", "2027-01-15"),
    ], buyer="tom")
    text = ("Gruber Winter-Newsletter 12/2026\n\nLiebe Kundinnen und Kunden,\n\n"
            "* NEU: Bücherwagen-Serie \"Linz 2027\" mit 3 oder 4 Böden, 80x45 cm, ab EUR 289,00\n"
            "* Preisanpassung: ab 1. Jänner 2027 gelten die Preise der neuen Preisliste (durchschnittlich +3,5 %)\n"
            "* Betriebsurlaub: 24.12.2026 bis 06.01.2027 - letzte Auslieferung 2026 am 18.12.\n\n"
            "Alle Neuheiten finden Sie unter https://www.gruber-bib.example/neu\n\n"
            "Bibliotheksbedarf Gruber GmbH, Wiener Straße 318, 4030 Linz\n"
            "Sie erhalten diesen Newsletter, weil Sie Kunde bei uns sind. Abmelden: "
            "https://www.gruber-bib.example/newsletter/abmelden\n")
    eml = c.mail(frm=("Gruber Newsletter", "newsletter@gruber-bib.example"), p=p, thread=False,
                 subject="Winter-Newsletter: neue Bücherwagen, Preise 2027 & Betriebsurlaub",
                 date="2026-11-25 06:00:00 +0100", client="other", body=text,
                 extra=[("List-Unsubscribe", "<https://www.gruber-bib.example/newsletter/abmelden>"),
                        ("List-Id", "Gruber Kundennewsletter <kunden.gruber-bib.example>"),
                        ("Precedence", "bulk"), ("X-Mailer", "CleverReach Mailer")])
    return [p], eml, expected("unrelated",
                              "Bulk newsletter from the supplier's domain: the +3,5 % price increase and the "
                              "18.12. last delivery are general news, not an answer to PO 4500038361.")


# 034 -------------------------------------------------------------------------
@case("balloon-burners-quebec-html-only", "confirmation/fr-CA",
      "HTML-only reply with a confirmation table using ISO dates and Canadian '5 980,00 $' prices.")
def c034(c):
    s = sup("BMLAUR", "Brûleurs Montgolfière Laurentides inc.", "commandes@bml-burners.example", "fr-CA")
    p = po("4500038340", s, "CAD", "2026-11-19", [
        ("BML-SB-20", "Single burner 20 MW, stainless coil, 2027 model", 3, "EA", "5980.00", "2027-01-29"),
        ("BML-HS-5", "Fuel hose 5 m, 3/8 in, with REGO fitting", 6, "EA", "214.00", "2027-01-29"),
        ("BML-GA-1", "Pressure gauge 0-300 psi, 2 in dial", 6, "EA", "58.75", "2027-01-29"),
    ])
    rows = [("BML-SB-20", "Brûleur simple 20 MW", "3", "5 980,00 $", "2027-02-05"),
            ("BML-HS-5", "Boyau 5 m, 3/8 po", "6", "214,00 $", "2027-01-29"),
            ("BML-GA-1", "Manomètre 0-300 psi", "6", "61,25 $", "2027-01-29")]
    td = "style=\"border:1px solid #bbb;padding:3px 8px\""
    trs = "".join("<tr>" + "".join(f"<td {td}>{_html.escape(v)}</td>" for v in r) + "</tr>\n" for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            "<p>Bonjour Madame Ruiz,</p>\n<p>Voici la confirmation de votre commande 4500038340 :</p>\n"
            f"<table style=\"border-collapse:collapse\">\n<tr><th {td}>Article</th><th {td}>Description</th>"
            f"<th {td}>Qté</th><th {td}>Prix unitaire</th><th {td}>Date de livraison</th></tr>\n{trs}</table>\n"
            "<p>Les prix sont en dollars canadiens. Le brûleur 20 MW sort de production une semaine plus tard que "
            "prévu; le prix du manomètre a été ajusté selon la liste de prix du fabricant.</p>\n"
            "<p>Merci et bonne journée,</p>\n<p>Geneviève Tremblay<br>Service à la clientèle<br>"
            "Brûleurs Montgolfière Laurentides inc.<br>1250, rue Principale, Saint-Jérôme (Québec) J7Z 1Y3<br>"
            "Tél. : 450 555-0184</p>\n<div style=\"border-top:1px solid #ccc\"></div>\n"
            + q_outlook_html(p, "fr") + "</div></body></html>\n")
    eml = c.mail(frm=("Geneviève Tremblay", "g.tremblay@bml-burners.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-25 13:47:29 -0500", client="outlook",
                 mode="html", html=html, cte="quoted-printable", content_language="fr-CA")
    return [p], eml, expected("confirmation",
                              "HTML table only: line 1 delivery 2027-02-05 (was 01-29); line 3 price 61,25 $ -> "
                              "61.25 CAD (was 58.75); line 2 unchanged.",
                              conf(p, {1: {"d": "2027-02-05"}, 2: "A", 3: {"p": "61.25"}}))


# 035 -------------------------------------------------------------------------
@case("soap-pumps-mexico-table-price-changes", "confirmation/es-MX",
      "Text+HTML table with comma thousands, point decimals and dd/mm/yyyy dates; two prices and one date change.")
def c035(c):
    s = sup("DOSIBAJIO", "Dosificadores del Bajío S.A. de C.V.", "ventas@dosibajio.example", "es-MX")
    p = po("4500038347", s, "USD", "2026-11-20", [
        ("DB-BJ-28", "Soap pump 28/410, black, 1.2 cc", 10000, "PCS", "0.21", "2026-12-18"),
        ("DB-BJ-24", "Soap pump 24/410, white, 0.5 cc", 10000, "PCS", "0.19", "2026-12-18"),
        ("DB-BF-43", "Foamer pump 43 mm, white, 0.8 ml", 4000, "PCS", "0.48", "2026-12-18"),
    ], buyer="dana")
    body = ("Buenas tardes Dana,\n\nTe confirmo la orden de compra 4500038347 de la siguiente manera:\n\n"
            "Partida  Código     Cantidad  Precio unit. USD  Fecha de entrega\n"
            "1        DB-BJ-28   10,000    0.23              18/12/2026\n"
            "2        DB-BJ-24   10,000    0.19              18/12/2026\n"
            "3        DB-BF-43    4,000    0.52              08/01/2027\n\n"
            "Los precios de las partidas 1 y 3 se ajustan por el incremento de la resina PP.\n\n"
            "Saludos cordiales,\n\nFernando Ramírez\nEjecutivo de Ventas\nDosificadores del Bajío S.A. de C.V.\n"
            "Blvd. Adolfo López Mateos 2340, León, Gto., C.P. 37270\nTel. +52 477 555 0139\n")
    eml = c.mail(frm=("Fernando Ramírez", "framirez@dosibajio.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-26 12:05:17 -0600", client="gmail",
                 body=body, quote="gmail", qlang="es")
    return [p], eml, expected("confirmation",
                              "Line 1 price 0.23, line 3 price 0.52 and delivery 08/01/2027 (day-first, "
                              "2027-01-08); line 2 as ordered.",
                              conf(p, {1: {"p": "0.23"}, 2: "A", 3: {"p": "0.52", "d": "2027-01-08"}}))


# 036 -------------------------------------------------------------------------
@case("balloon-burners-subject-to-deposit", "needs_review/fr-FR",
      "Prices and a date are stated, but only 'sous réserve' of a 30 % deposit, with a final confirmation promised later.")
def c036(c):
    s = sup("AEROSTAT", "Aérostat Équipement SARL", "commandes@aerostat-equipement.example", "fr-FR")
    p = po("4500038354", s, "EUR", "2026-11-20", [
        ("AEQ-BR-DBL", "Double burner, 2x 12 MW, with gimbal", 1, "EA", "11200.00", "2027-01-22"),
        ("AEQ-CY-40", "Fuel cylinder 40 L, stainless, 2027", 4, "EA", "1340.00", "2027-01-22"),
    ], buyer="priya")
    body = ("Bonjour,\n\nNous pouvons vous confirmer la commande 4500038354 aux prix indiqués avec une livraison le "
            "22/01/2027, sous réserve de la réception d'un acompte de 30 % avant le 4 décembre.\n"
            "La confirmation définitive vous sera envoyée dès réception du virement.\n\nCordialement,\n\n"
            "Julien Lefèvre\nAérostat Équipement SARL\nZA des Grives, 21 chemin des Aérostiers, 01600 Trévoux\n"
            "Tél. 04 74 08 62 15\n")
    eml = c.mail(frm=("Julien Lefèvre", "j.lefevre@aerostat-equipement.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-27 10:20:00 +0100", client="thunderbird",
                 body=body, quote="thunderbird", qlang="fr", charset="utf-8", flowed=True, content_language="fr-FR")
    return [p], eml, expected("needs_review",
                              "Conditional: the order is confirmed only subject to a 30 % advance payment, and the "
                              "definitive confirmation is promised after payment.")
