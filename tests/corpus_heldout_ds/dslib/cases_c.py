# -*- coding: utf-8 -*-
from .common import *


@case("lv-lv-gada-split", "confirmation", "lv-LV",
      "Latvian reply with 'yyyy. gada d. month' dates in locative; one line partially now, rest in January.")
def c():
    p = po("4500032610", "CELUSARGI", "SIA Ceļu Sargi", "pasutijumi@celusargi.example", "lv-LV", "EUR", "2026-11-16", [
        ("CS-GEL", "Kneeling pads gel, pair", 80, "PR", "12.60", "2026-12-18"),
        ("CS-PRO", "Kneeling pads pro, hard cap, pair", 40, "PR", "21.50", "2026-12-18")], buyer="dana")
    body = """Labdien, Dana!

Apstiprinām pasūtījumu Nr. 4500032610:
- CS-GEL - 80 pāri, 12,60 EUR/pārim, piegāde 2026. gada 18. decembrī.
- CS-PRO - diemžēl noliktavā ir tikai 24 pāri, 21,50 EUR/pārim, piegāde 2026. gada 18. decembrī; atlikušos 16 pārus piegādāsim 2027. gada 15. janvārī.

Ar cieņu
Laura Bērziņa
SIA Ceļu Sargi, Rīga, Krasta iela 52
Tālr. +371 67 123 456 | PVN LV40003123456"""
    eml = reply(p, body, rfcdate(2026, 11, 17, 10, 0, 0, "+0200"), "Laura Bērziņa", style="gmail", prefix="Re: ",
                charset="iso-8859-13")
    e = conf("Line 1 as ordered. Line 2: 24 on 2026-12-18 and the remaining 16 on 2027-01-15, same price -> changed with schedule.",
             answer(p, l2=chg(p, 2, schedule=[(24, "2026-12-18"), (16, "2027-01-15")])))
    return [p], eml, e


@case("et-ee-csv-attachment", "confirmation", "et-EE",
      "Estonian short mail with a semicolon/decimal-comma CSV confirmation attachment; one quantity reduced.")
def c():
    p = po("4500032640", "JALATUGI", "Jalatugi OÜ", "myyk@jalatugi.example", "et-EE", "EUR", "2026-11-16", [
        ("JT-M8-40", "Leveling foot M8, Ø40 mm", 500, "EA", "0.95", "2027-01-14"),
        ("JT-M10-50", "Leveling foot M10, Ø50 mm", 600, "EA", "1.12", "2027-01-14"),
        ("JT-M12-60", "Leveling foot M12, Ø60 mm", 300, "EA", "1.48", "2027-01-14")], buyer="jonas")
    body = """Tere, Jonas!

Manuses tellimuse 4500032640 kinnitus CSV-failina.
Rida 3: laos ainult 250 tk, rohkem sel hooajal ei tule.

Lugupidamisega
Kadri Tamm
Jalatugi OÜ | Tallinn, Peterburi tee 46 | tel +372 600 1234"""
    csv = ("Tellimus;Rida;Artikkel;Kogus;Ühik;Ühikuhind EUR;Tarnekuupäev\r\n"
           "4500032640;1;JT-M8-40;500;tk;0,95;14.01.2027\r\n"
           "4500032640;2;JT-M10-50;600;tk;1,12;14.01.2027\r\n"
           "4500032640;3;JT-M12-60;250;tk;1,48;14.01.2027\r\n").encode("utf-8-sig")
    att = attach(csv, "text/csv", "kinnitus_4500032640.csv")
    eml = reply(p, body, rfcdate(2026, 11, 17, 14, 20, 0, "+0200"), "Kadri Tamm", style=None, prefix="Re: ",
                attachments=[att], cte="8bit")
    e = conf("CSV: lines 1-2 as ordered (0,95 / 1,12, 14.01.2027). Line 3 250 instead of 300, no remainder promised -> changed qty 250.",
             answer(p, l3=chg(p, 3, qty=250)))
    return [p], eml, e


@case("sk-sk-partial-question", "needs_review", "sk-SK",
      "Slovak reply: one line 'can deliver on time', the other only 40 of 60 in stock, asks whether we want a partial delivery before sending a confirmation.")
def c():
    p = po("4500032670", "OLEJVANA", "Olejové vane s.r.o.", "predaj@olejove-vane.example", "sk-SK", "EUR", "2026-11-16", [
        ("OV-12", "Oil drain pan 12 L", 25, "EA", "14.80", "2026-12-16"),
        ("OV-20-ROLL", "Oil drain pan 20 L on wheels", 60, "EA", "39.00", "2026-12-16")], buyer="marek")
    body = """Dobrý deň pán Havel,

ďakujeme za objednávku. Položku OV-12 vieme dodať v požadovanom termíne.
Pri OV-20-ROLL máme na sklade len 40 ks zo 60. Chcete čiastočnú dodávku 40 ks teraz a zvyšok koncom januára, alebo počkáte na celé množstvo?
Podľa Vašej odpovede Vám pošleme potvrdenie objednávky na obe položky.

S pozdravom
Ján Horváth
Olejové vane s.r.o. | Priemyselná 5, 917 01 Trnava | +421 33 551 22 10"""
    eml = reply(p, body, rfcdate(2026, 11, 17, 9, 40, 0, "+0100"), "Ján Horváth", style="outlook", prefix="Re: ",
                charset="iso-8859-2")
    e = other("needs_review", "A question (partial delivery or wait?) and the formal confirmation of both lines is promised "
              "after our answer; 'vieme dodať' is an availability statement and the reply explicitly withholds confirmation.")
    return [p], eml, e


@case("hr-hr-whole-po-rejected", "confirmation", "hr-HR",
      "Croatian reply declining the entire order (production stopped): every line rejected, which still counts as an answer.")
def c():
    p = po("4500032700", "LIJEVAK", "Lijevak d.o.o.", "prodaja@lijevak.example", "hr-HR", "EUR", "2026-11-17", [
        ("LJ-SET-3", "Funnel set 3 pcs, PP", 150, "SET", "2.95", "2027-01-20"),
        ("LJ-ALU-160", "Aluminium funnel 160 mm", 40, "EA", "7.40", "2027-01-20")])
    body = """Poštovana gospođo Ruiz,

nažalost moramo odbiti Vašu narudžbu br. 4500032700.
Proizvodnja lijevaka obustavljena je s 1.12.2026., a zalihe su rasprodane, tako da ne možemo isporučiti niti jednu stavku.
Ispričavamo se zbog neugodnosti.

Srdačan pozdrav,
Ivana Marić
Lijevak d.o.o. | Zagrebačka 120, 10000 Zagreb | OIB 12345678901"""
    eml = reply(p, body, rfcdate(2026, 11, 18, 8, 30, 0, "+0100"), "Ivana Marić", style="gmail", prefix="Re: ",
                charset="iso-8859-2")
    e = conf("Outright refusal of the whole PO -> kind confirmation with every line rejected.",
             answer(p, l1=REJ, l2=REJ))
    return [p], eml, e


@case("sl-si-price-per-10", "confirmation", "sl-SI",
      "Slovenian reply quoting all prices per 10 pieces and a spaced date '21. 12. 2026'; only one converted price differs.")
def c():
    p = po("4500032715", "SVEDRI", "Svedri Kovač d.o.o.", "prodaja@svedri-kovac.example", "sl-SI", "EUR", "2026-11-17", [
        ("SV-HSS-3", "HSS drill bit 3.0 mm", 200, "EA", "0.45", "2026-12-21"),
        ("SV-HSS-5", "HSS drill bit 5.0 mm", 200, "EA", "0.62", "2026-12-21"),
        ("SV-BET-8", "Masonry drill bit 8x120 mm", 100, "EA", "1.30", "2026-12-21")], buyer="jonas")
    body = """Pozdravljeni,

potrjujemo naročilo 4500032715. Cene so navedene za 10 kosov:

SV-HSS-3   200 kos   4,50 EUR / 10 kos
SV-HSS-5   200 kos   6,20 EUR / 10 kos
SV-BET-8   100 kos  13,90 EUR / 10 kos

Dobava: 21. 12. 2026.

Lep pozdrav,
Matej Kovač
Svedri Kovač d.o.o., Celje | tel. 03 425 11 20"""
    eml = reply(p, body, rfcdate(2026, 11, 18, 12, 0, 0, "+0100"), "Matej Kovač", style="outlook", prefix="RE: ",
                charset="windows-1250")
    e = conf("Per-10 prices: 0.45, 0.62 (as PO) and 13.90/10 = 1.39 (PO 1.30) -> line 3 changed; date 2026-12-21 as requested.",
             answer(p, l3=chg(p, 3, price="1.39")))
    return [p], eml, e


@case("sr-rs-cyrillic-do", "confirmation", "sr-RS",
      "Serbian Cyrillic reply with 'до 20. јануара' style dates without year; second line a week later.")
def c():
    p = po("4500032730", "RADNOSVETLO", "Radno Svetlo d.o.o.", "prodaja@radnosvetlo.example", "sr-RS", "EUR", "2026-11-17", [
        ("RL-LED-50", "LED work light 50 W", 40, "EA", "24.90", "2027-01-20"),
        ("RL-AKU-20", "Rechargeable work light 20 W", 60, "EA", "18.40", "2027-01-20")], buyer="marek")
    body = """Поштовани господине Хавел,

потврђујемо поруџбину бр. 4500032730. Обе ставке испоручујемо у траженим количинама и по ценама из поруџбине.
Испорука: ставка 1 до 20. јануара, ставка 2 до 27. јануара.

Срдачан поздрав,
Милан Јовановић
Радно Светло д.о.о., Нови Сад
тел. 021 456 789, ПИБ 101234567"""
    eml = reply(p, body, rfcdate(2026, 11, 18, 13, 10, 0, "+0100"), "Милан Јовановић", style="gmail", prefix="Re: ",
                cte="base64")
    e = conf("Dates without year -> next January (2027). Line 1 2027-01-20 as requested -> accepted; line 2 2027-01-27 -> changed.",
             answer(p, l2=chg(p, 2, date="2027-01-27")))
    return [p], eml, e


@case("mk-mk-avtomatski", "auto_reply", "mk-MK",
      "Macedonian Cyrillic out-of-office with return date and a mobile number.")
def c():
    p = po("4500032745", "METAR", "Метар ДООЕЛ", "prodazba@metar-mk.example", "mk-MK", "EUR", "2026-11-18", [
        ("MT-5", "Tape measure 5 m", 100, "EA", "2.60", "2027-01-12")])
    body = """Почитувани,

Ве известувам дека сум отсутна од канцеларија до 25.11.2026 година.
За итни нарачки контактирајте го колегата Горан на тел. +389 70 123 456.

Со почит,
Марија Стојановска
Метар ДООЕЛ, Скопје"""
    eml = message(addr("Марија Стојановска", "marija@metar-mk.example"), buyer_addr(p),
                  "Автоматски одговор: " + request_subject(p), rfcdate(2026, 11, 18, 8, 12, 50, "+0100"),
                  auto_mid("metar-mk.example"), text(body, "utf-8", "base64"),
                  in_reply_to=p["request_message_id"], extra=[("Auto-Submitted", "auto-replied"),
                                                              ("X-Auto-Response-Suppress", "All")])
    e = other("auto_reply", "Out-of-office auto-reply; 25.11.2026 is the return date.")
    return [p], eml, e


@case("ka-ge-georgian", "confirmation", "ka-GE",
      "Georgian-script reply: both lines on the requested date, one set price changed, decimal comma in USD.")
def c():
    p = po("4500032770", "MILI", "Mili Instrumenti LLC", "sales@mili-instrumenti.example", "ka-GE", "USD", "2026-11-18", [
        ("ML-18", "Pipe wrench 18\"", 24, "EA", "14.20", "2027-01-15"),
        ("ML-SET3", "Pipe wrench set 3 pcs (10\"/14\"/18\")", 10, "SET", "38.00", "2027-01-15")])
    body = """გამარჯობა, დანა!

ვადასტურებთ შეკვეთას № 4500032770. ორივე პოზიცია მოწოდებული იქნება 2027 წლის 15 იანვარს, შეკვეთაში მითითებული რაოდენობით.
ML-18-ის ფასი უცვლელია. ML-SET3-ის ფასი შეიცვალა: 39,50 აშშ დოლარი კომპლექტზე.

პატივისცემით,
გიორგი ბერიძე
შპს „მილი ინსტრუმენტი", თბილისი
ტელ.: +995 32 2 123 456"""
    eml = reply(p, body, rfcdate(2026, 11, 19, 11, 0, 0, "+0400"), "Giorgi Beridze", style="gmail", prefix="Re: ")
    e = conf("Both lines 2027-01-15 with PO quantities; line 1 price unchanged -> accepted; line 2 39.50 per set (PO 38.00) -> changed.",
             answer(p, l2=chg(p, 2, price="39.50")))
    return [p], eml, e


@case("hy-am-address-question", "needs_review", "hy-AM",
      "Armenian reply asking which warehouse to deliver to; confirmation promised only after the answer.")
def c():
    p = po("4500032790", "ARMSAFE", "Arm Safety CJSC", "sales@armsafety.example", "hy-AM", "USD", "2026-11-18", [
        ("AS-SPILL-80", "Spill kit 80 L, universal", 10, "SET", "96.00", "2027-01-18")], buyer="priya")
    body = """Բարև Ձեզ, տիկին Նատարաջան,

Շնորհակալություն պատվերի համար (№ 4500032790)։
Խնդրում ենք հստակեցնել առաքման հասցեն՝ Շտուտգարտի, թե Մյունխենի պահեստ։ Պատվերի հաստատումը և առաքման ժամկետը կուղարկենք հասցեն ստանալուց հետո։

Հարգանքով՝
Արամ Հակոբյան
Arm Safety CJSC, Երևան, +374 10 123 456"""
    eml = reply(p, body, rfcdate(2026, 11, 19, 10, 30, 0, "+0400"), "Aram Hakobyan", style="gmail", prefix="Re: ",
                cte="base64")
    e = other("needs_review", "Question about the delivery address; confirmation and date explicitly deferred.")
    return [p], eml, e


@case("fr-be-weekday-ship-vs-delivery", "confirmation", "fr-BE",
      "Belgian French HTML reply over a Gmail blockquote: weekday+day dates without year, ship date and delivery date both given.")
def c():
    p = po("4500032810", "OUTILMEUSE", "Outillage de la Meuse SPRL", "commandes@outillage-meuse.example", "fr-BE", "EUR",
           "2026-11-18", [
               ("MEU-125", "Angle grinder 125 mm, 1100 W", 16, "EA", "72.00", "2026-12-15"),
               ("MEU-180", "Angle grinder 180 mm, 2000 W", 6, "EA", "118.00", "2026-12-15"),
               ("DISQ-FLAP-80", "Flap disc 125 mm grit 80, box of 10", 20, "BOX", "19.50", "2026-12-15")])
    body = """Bonjour Madame Ruiz,

Nous vous remercions pour votre commande 4500032810, que nous confirmons aux prix indiqués.
Positions 1 et 3 : expédition de notre entrepôt de Liège le vendredi 11 décembre, livraison chez vous le mardi 15 décembre.
Position 2 (MEU-180) : livraison le mardi 22 décembre.

Bien à vous,
Sophie Lambert
Service commandes - Outillage de la Meuse SPRL
Rue de l'Industrie 14, 4020 Liège - Tél. 04 342 56 78 - TVA BE 0412.345.678"""
    hb = ("<p>Bonjour Madame Ruiz,</p><p>Nous vous remercions pour votre commande 4500032810, que nous confirmons aux prix indiqués.</p>"
          "<ul><li>Positions 1 et 3 : exp&eacute;dition de notre entrep&ocirc;t de Li&egrave;ge le vendredi 11 d&eacute;cembre, "
          "<b>livraison chez vous le mardi 15 d&eacute;cembre</b>.</li><li>Position 2 (MEU-180) : <b>livraison le mardi 22 d&eacute;cembre</b>.</li></ul>"
          "<p>Bien &agrave; vous,<br>Sophie Lambert<br>Service commandes - Outillage de la Meuse SPRL<br>Rue de l'Industrie 14, 4020 Li&egrave;ge - "
          "T&eacute;l. 04 342 56 78 - TVA BE 0412.345.678</p>")
    eml = reply(p, body, rfcdate(2026, 11, 19, 16, 45, 0, "+0100"), "Sophie Lambert", style="gmail", prefix="RE: ",
                html_body=hb)
    e = conf("Delivery date wins over ship date: lines 1 and 3 delivered Tue 15 Dec 2026 = requested -> accepted. "
             "Line 2 Tue 22 Dec 2026 -> changed.",
             answer(p, l2=chg(p, 2, date="2026-12-22")))
    return [p], eml, e


@case("en-au-backorder-terse", "confirmation", "en-AU",
      "Terse Australian reply: 'all good except line 3 backordered, ETA 18/01' (day-first, no year, across the year end).")
def c():
    p = po("4500032835", "SPILLAUS", "SpillSafe Australia Pty Ltd", "sales@spillsafe-au.example", "en-AU", "AUD", "2026-11-18", [
        ("SPK-240", "Spill kit 240 L general purpose", 4, "SET", "465.00", "2026-12-14"),
        ("SPK-ABS-PAD", "Absorbent pads, box of 100", 30, "BOX", "69.00", "2026-12-14"),
        ("SPK-SOCK", "Absorbent sock 1.2 m, box of 20", 20, "BOX", "84.00", "2026-12-14")])
    body = """Hi Dana,

All good except line 3 - socks are backordered, ETA 18/01. Rest will go out to arrive by the 14th as requested. Prices as per PO.

Cheers,
Shane
--
Shane O'Brien | Account Manager
SpillSafe Australia Pty Ltd | ABN 12 345 678 901
M 0412 345 678 | P 1300 774 557"""
    eml = reply(p, body, rfcdate(2026, 11, 19, 8, 2, 0, "+1100"), "Shane O'Brien", "shane@spillsafe-au.example",
                style="outlook", prefix="RE: ", cte="7bit")
    e = conf("Lines 1-2 accepted (arrive by 14 Dec). Line 3: ETA 18/01, day-first, next such date = 2027-01-18 -> changed.",
             answer(p, l3=chg(p, 3, date="2027-01-18")))
    return [p], eml, e


@case("en-nz-exchange-ndr", "bounce", "en-NZ",
      "Exchange Online 'Undeliverable' NDR in HTML+text with delivery-status and the original message attached (PO table inside).")
def c():
    p = po("4500032850", "KIWIFAN", "Kiwi Extraction Ltd", "sales@kiwi-extraction.example", "en-NZ", "NZD", "2026-11-19", [
        ("KX-300", "Exhaust fan 300 mm, axial", 12, "EA", "189.00", "2027-01-22")], buyer="jonas")
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n%s" % (
                buyer_addr(p), p["supplier"]["email"], request_subject(p), request_date(p), p["request_message_id"],
                request_text(p))).encode()
    t = """Your message to sales@kiwi-extraction.example couldn't be delivered.

sales wasn't found at kiwi-extraction.example.

jonas.berg   Office 365   sales
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM
sales@kiwi-extraction.example
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    h = html(html_wrap("<p><b>Your message to sales@kiwi-extraction.example couldn't be delivered.</b></p>"
                       "<p>sales wasn't found at kiwi-extraction.example.</p><p>Remote server returned "
                       "'550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"))
    ds = Part([("Content-Type", "message/delivery-status")],
              b"Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;FR2P281MB0456.DEUP281.PROD.OUTLOOK.COM\n"
              b"Arrival-Date: Thu, 19 Nov 2026 07:12:05 +0000\n\nFinal-Recipient: rfc822;sales@kiwi-extraction.example\n"
              b"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    body = multipart("report", multipart("alternative", text(t, "us-ascii", "7bit"), h), ds, rfc822(orig))
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    eml = message("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-tools.example>",
                  buyer_addr(p), "Undeliverable: " + request_subject(p), rfcdate(2026, 11, 19, 7, 12, 8, "+0000"),
                  "<6a1b2c3d-4e5f-4789-9abc-def012345678@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>", body,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    e = other("bounce", "Exchange NDR (recipient not found); carries In-Reply-To and our PO mail, but is a bounce.")
    return [p], eml, e


@case("fr-ca-absence-bilingue", "auto_reply", "fr-CA",
      "Bilingual French/English Québec out-of-office with a return weekday and date, threaded like a reply.")
def c():
    p = po("4500032870", "GRAISSQC", "Graissage Québec inc.", "ventes@graissage-qc.example", "fr-CA", "CAD", "2026-11-19", [
        ("PG-450", "Grease gun 450 g, heavy duty", 24, "EA", "34.50", "2027-01-08"),
        ("PG-FLEX-18", "Grease gun flex hose 18 in", 24, "EA", "8.75", "2027-01-08")])
    body = """(English follows)

Bonjour,
Je suis absente du bureau jusqu'au lundi 30 novembre inclusivement. Pour toute question concernant une commande, veuillez écrire à ventes@graissage-qc.example ou composer le 418 555-0142, poste 221.

Hello,
I am out of the office until Monday, November 30 inclusive. For any order question, please write to ventes@graissage-qc.example or call 418 555-0142, ext. 221.

Isabelle Gagnon
Représentante aux ventes | Sales Representative
Graissage Québec inc."""
    eml = message(addr("Isabelle Gagnon", "igagnon@graissage-qc.example"), buyer_addr(p),
                  "Réponse automatique : " + request_subject(p), rfcdate(2026, 11, 19, 2, 12, 30, "-0500"),
                  auto_mid("graissage-qc.example"), text(body, "windows-1252"),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                  subj_charset="windows-1252")
    e = other("auto_reply", "Bilingual out-of-office; the Monday date is the return, not a delivery.")
    return [p], eml, e


@case("zh-cn-gbk-ship-before", "confirmation", "zh-CN",
      "Simplified Chinese GBK reply: '12月25日前发货' (ship by, earlier than need date) and a steel-price increase on the other line.")
def c():
    p = po("4500032890", "YONGKANG", "Yongkang Jinli Tools Co., Ltd.", "sales@jinli-tools.example", "zh-CN", "CNY",
           "2026-11-19", [
               ("ZT-HSS-SET19", "HSS drill bit set 19 pcs, 1-10 mm", 100, "SET", "46.00", "2027-01-08"),
               ("ZT-SDS-12", "SDS-plus drill bit 12x210 mm", 200, "EA", "9.80", "2027-01-08")], buyer="priya")
    body = """Priya 您好！

贵司订单 4500032890 确认如下：
1. 麻花钻套装19件套（ZT-HSS-SET19）100套，单价46元，2026年12月25日前发货。
2. 电锤钻头12x210（ZT-SDS-12）200支，因钢材涨价，单价调整为10.50元，1月8日发货。

春节前产能紧张，请尽快回签，谢谢！

王丽
永康金力工具有限公司 外贸部
电话：0579-8712 3456 手机：138 5792 1234"""
    eml = reply(p, body, rfcdate(2026, 11, 20, 10, 15, 0, "+0800"), "王丽 Wang Li", style="gt", prefix="回复：",
                charset="gbk", cte="base64")
    e = conf("Only ship dates given, so they are the dates. Line 1 ships by 2026-12-25 (earlier than 2027-01-08) -> changed. "
             "Line 2 price 10.50 (PO 9.80), ships 1月8日 -> 2027-01-08 = requested date -> changed (price).",
             answer(p, l1=chg(p, 1, date="2026-12-25"), l2=chg(p, 2, price="10.50")))
    return [p], eml, e


@case("ms-my-carton-rounding", "confirmation", "ms-MY",
      "Malay reply: one line rounded down to full cartons of 24 (48 instead of 50); RM prices and dd/mm/yyyy dates.")
def c():
    p = po("4500032910", "CORONGMY", "Corong Plastik Sdn. Bhd.", "jualan@corongplastik.example", "ms-MY", "MYR", "2026-11-19", [
        ("CR-SET5", "Funnel set 5 pcs", 100, "SET", "8.90", "2027-01-22"),
        ("CR-BESAR", "Large funnel 250 mm with filter", 50, "EA", "6.40", "2027-01-22")], buyer="jonas")
    body = """Salam sejahtera Encik Jonas,

Terima kasih atas pesanan 4500032910. Kami sahkan seperti berikut:
- CR-SET5: 100 set @ RM8.90, penghantaran 22/01/2027.
- CR-BESAR: dibungkus 24 unit sekotak, jadi kami bekalkan 48 unit (2 kotak) @ RM6.40, penghantaran 22/01/2027.

Sekian, terima kasih.

Nurul Aisyah binti Ahmad
Eksekutif Jualan | Corong Plastik Sdn. Bhd. (123456-K)
Lot 12, Kawasan Perindustrian Nilai, 71800 Negeri Sembilan
Tel: 06-799 1234 | H/P: 012-345 6789"""
    eml = reply(p, body, rfcdate(2026, 11, 20, 11, 30, 0, "+0800"), "Nurul Aisyah", style="outlook", prefix="RE: ")
    e = conf("Line 1 as ordered. Line 2 48 (2 cartons of 24) instead of 50 -> changed qty; price and date as PO.",
             answer(p, l2=chg(p, 2, qty=48)))
    return [p], eml, e


@case("tl-ph-taglish-split", "confirmation", "tl-PH",
      "Taglish reply from the Philippines with 'po' politeness: one line partly on the requested date, remaining 40 on 'Feb 5'.")
def c():
    p = po("4500032930", "SUKATPH", "Sukat Hardware Trading Corp.", "sales@sukathardware.example", "tl-PH", "PHP",
           "2026-11-20", [
               ("TM-5M", "Tape measure 5 m", 150, "EA", "185.00", "2027-01-11"),
               ("TM-7.5M", "Tape measure 7.5 m", 100, "EA", "245.00", "2027-01-11")])
    body = """Hi Ma'am Dana, good day po!

Confirmed po yung PO 4500032930.
- TM-5M: 150 pcs @ P185.00, delivery Jan 11, 2027.
- TM-7.5M: 60 pcs lang po available for Jan 11, yung remaining 40 pcs sa Feb 5 pa po dating. Same price po, P245.00.

Salamat po!

Jenny Reyes
Sales Coordinator | Sukat Hardware Trading Corp.
Mandaue City, Cebu | 0917 555 1234 | (032) 346 1122"""
    eml = reply(p, body, rfcdate(2026, 11, 21, 9, 5, 0, "+0800"), "Jenny Reyes", style="gmail", prefix="Re: ", cte="7bit",
                charset="us-ascii")
    e = conf("Line 1 accepted. Line 2 split 60 on 2027-01-11 and 40 on Feb 5 (no year -> 2027-02-05) -> changed with schedule.",
             answer(p, l2=chg(p, 2, schedule=[(60, "2027-01-11"), (40, "2027-02-05")])))
    return [p], eml, e


@case("bn-bd-exchange-rate-wait", "needs_review", "bn-BD",
      "Bengali reply: order received, price and delivery date will be fixed next week because of exchange-rate movement.")
def c():
    p = po("4500032950", "PADMAPPE", "Padma Safety Wear Ltd.", "export@padmasafety.example", "bn-BD", "USD", "2026-11-20", [
        ("PS-KNEE-PR", "Kneeling pads foam, pair", 500, "PR", "2.40", "2027-02-05")], buyer="priya")
    body = """প্রিয় প্রিয়া ম্যাডাম,

আপনার অর্ডার নং 4500032950 পেয়েছি, ধন্যবাদ।
ডলারের বিনিময় হার ওঠানামার কারণে আমরা এই মুহূর্তে দাম নিশ্চিত করতে পারছি না। আগামী সপ্তাহে ব্যাংকের সাথে কথা বলে চূড়ান্ত দাম ও ডেলিভারির তারিখ জানাব।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
পদ্মা সেফটি ওয়্যার লিমিটেড, গাজীপুর
মোবাইল: +৮৮০ ১৭১১ ২৩৪৫৬৭"""
    eml = reply(p, body, rfcdate(2026, 11, 21, 12, 0, 0, "+0600"), "Md. Rafiqul Islam", style="gmail", prefix="Re: ",
                cte="base64")
    e = other("needs_review", "Receipt only; price and date deferred to next week. No commitment.")
    return [p], eml, e


@case("ur-pk-english-dispatch-delivery", "confirmation", "ur-PK",
      "Pakistani-English confirmation: air dispatch date and delivery-at-warehouse date both given, one price raised per piece.")
def c():
    p = po("4500032975", "SIALTOOLS", "Sial Precision Tools (Pvt.) Ltd.", "export@sialprecision.example", "ur-PK", "USD",
           "2026-11-20", [
               ("ND-SET9", "Nut driver set 9 pcs, 5-13 mm", 200, "SET", "7.80", "2027-01-15"),
               ("ND-6", "Nut driver 6 mm, CrV", 500, "EA", "0.95", "2027-01-15")], buyer="marek")
    body = """Dear Mr. Marek,

Assalam-o-Alaikum.

Thank you for your valued PO # 4500032975. We are pleased to confirm as under:

1. ND-SET9 Nut driver set - 200 sets @ USD 7.80/set.
2. ND-6 Nut driver 6mm - 500 pcs @ USD 1.05/pc (revised due to increase in Chrome Vanadium steel rates).

Goods will be dispatched by air on 08-Jan-2027 and delivered at your Stuttgart warehouse by 15-Jan-2027 InshaAllah.

Best Regards,
Muhammad Usman
Export Manager
Sial Precision Tools (Pvt.) Ltd.
Small Industrial Estate, Sialkot-51310, Pakistan
Tel: +92 52 3256 789 | Cell: +92 300 612 3456 | NTN: 1234567-8"""
    eml = reply(p, body, rfcdate(2026, 11, 21, 10, 45, 0, "+0500"), "Muhammad Usman", style="outlook", prefix="RE: ")
    e = conf("Delivery date 15-Jan-2027 wins over dispatch 08-Jan -> equals requested. Line 1 accepted; line 2 price 1.05 (PO 0.95) -> changed.",
             answer(p, l2=chg(p, 2, price="1.05")))
    return [p], eml, e
