"""Cases 001-018."""
from . import common as C
from . import mime, pdf, xlsx
from .common import ACC, REJ, UNC, L, PO, S, answer, case, chg, sched
from .kit import bnd, gmail_body, inline_quote, mid, outlook_body


# ---------------------------------------------------------------- 001
@case(1, "us-one-liner-confirmed", "confirmation", "en-US",
      "one-line 'Confirmed as ordered' above an Outlook quote that holds all PO figures; SO number in signature")
def c001():
    sup = S("PRAIRIEFS", "Prairie Fastener Supply Co.", "orders@prairiefastener.example", "en-US")
    po = PO(4500031101, sup, "dana", "USD", "2026-11-23", [
        L("FS-9G-175", "Fence staple 1-3/4in 9 ga, hot-dip galvanized, 50 lb box", 120, "BOX", "38.90", "2026-12-14"),
        L("FS-PC-200", "Fence staple 2in, poly-coated, 50 lb box", 60, "BOX", "44.25", "2026-12-14"),
        L("FS-BRB-150", "Barbed fence staple 1-1/2in, 50 lb box", 40, "BOX", "52.10", "2026-12-14")])
    reply = ("Dana,\n\nConfirmed as ordered.\n\nThanks!\nRick\n\n"
             "Rick Halvorsen | Inside Sales\nPrairie Fastener Supply Co.\n2200 N Industrial Pkwy, Sioux Falls, SD 57104\n"
             "O: (605) 555-0148 | F: (605) 555-0149\nOur ref: SO-88213")
    m = mid("outlook-us", "c001")
    body = outlook_body(po, reply, lang="en-US", tz=-6, charset="us-ascii", hlang="EN-US", seed="c001")
    hdr = C.reply_headers(po, ("Rick Halvorsen", "rhalvorsen@prairiefastener.example"), "2026-11-24 10:41:07 -0600",
                          m, client="outlook365", lang_tag="en-US", ip="203.0.113.18",
                          host="mail-bn8nam12on2061.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: ACC})], \
        "Bare 'Confirmed as ordered.'; all figures are only in our own quoted request."


# ---------------------------------------------------------------- 002
@case(2, "ja-track-rope-two-drums", "confirmation", "ja-JP",
      "ISO-2022-JP; track rope split over two drums with dates 1月15日/1月29日 without year; Japanese Outlook quote header")
def c002():
    sup = S("TOTSUNA", "東綱ワイヤロープ株式会社", "eigyo@totsuna-wr.example", "ja-JP")
    po = PO(4500031145, sup, "jonas", "JPY", "2026-11-18", [
        L("GC-TR-54", "Gondola track rope 54 mm, full locked coil, galvanized", 850, "M", "18400", "2027-01-20"),
        L("GC-HR-36", "Gondola haul rope 36 mm 6xK36WS-IWRC", 1200, "M", "6250", "2027-01-20")])
    t = C.local_request_dt(po, 9)
    sent = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    reply = """Tarnwell Engineering Ltd
購買部　Jonas Ekberg 様

いつも大変お世話になっております。
東綱ワイヤロープ株式会社 海外営業課の山本でございます。

標記ご注文（PO 4500031145）につきまして、下記の通りご回答申し上げます。

1. GC-TR-54　トラックロープ 54mm（ロックドコイル）
　　数量：850m　　単価：18,400円/m
　　納期：製造ロットの都合により、ドラム2巻に分けての出荷となります。
　　　　　第1便　500m　1月15日着
　　　　　第2便　350m　1月29日着

2. GC-HR-36　ホールロープ 36mm
　　数量：1,200m　　単価：6,250円/m
　　納期：ご指定通り 1月20日着

ミルシート及び検査成績書は各便に同梱いたします。
以上、何卒よろしくお願い申し上げます。

----------------------------------------
東綱ワイヤロープ株式会社
営業部 海外営業課　山本 健太
〒660-0857 兵庫県尼崎市西向島町1-1
TEL 06-6412-0000　FAX 06-6412-0001
----------------------------------------"""
    q = C.q_outlook(po, tz=9, labels=("差出人:", "送信日時:", "宛先:", "件名:"), sent=sent,
                    sep="-----Original Message-----")
    body = mime.plain(reply + "\n\n" + q + "\n", "iso-2022-jp", "7bit")
    m = mid("exchange", "c002", "TWR-EX01.totsuna-wr.local")
    hdr = C.reply_headers(po, ("山本 健太", "k.yamamoto@totsuna-wr.example"), "2026-12-01 16:22:05 +0900", m,
                          subject="RE: 【ご回答】" + C.request_subject(po), subj_charset="iso-2022-jp",
                          name_charset="iso-2022-jp", client="outlook", lang_tag="ja-JP", ip="192.0.2.140")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(schedule=sched((500, "2027-01-15"), (350, "2027-01-29")), date="2027-01-29"),
        2: ACC})], \
        "Line 1 split over two drums: 500 m on 15 Jan, 350 m on 29 Jan (yearless dates after a Dec 2026 mail -> 2027); line 2 as ordered."


# ---------------------------------------------------------------- 003
@case(3, "ja-ooo-shift-jis", "auto_reply", "ja-JP",
      "Japanese out-of-office in Shift_JIS/base64 with absence dates and year-end closure dates that are not delivery dates")
def c003():
    sup = S("SHIGARAKI", "信楽陶芸機械株式会社", "y.nakamura@shigaraki-tk.example", "ja-JP")
    po = PO(4500031188, sup, "priya", "JPY", "2026-12-02", [
        L("PW-EL-400", "Electric potter's wheel 400 W, reversible, foot pedal", 4, "EA", "168000", "2027-01-15"),
        L("PW-BAT-30", "Wheel bat, plaster, 30 cm", 24, "EA", "2400", "2027-01-15")], sent="08:05:12")
    text = """※本メールは自動送信です。

メールをお送りいただき、誠にありがとうございます。
大変申し訳ございませんが、担当の中村は出張のため、
12月2日（水）から12月8日（火）まで不在にしております。

期間中にいただいたメールにつきましては、12月9日（水）以降に
順次確認のうえ、ご返信させていただきます。

お急ぎのご用件は、営業部代表アドレス（eigyo@shigaraki-tk.example）
またはお電話（0748-82-0000）までご連絡くださいますようお願いいたします。

なお、誠に勝手ながら弊社では下記期間を年末年始休業とさせていただきます。
　休業期間：2026年12月26日（土）〜2027年1月5日（火）

信楽陶芸機械株式会社
営業部　中村 由美
"""
    body = mime.plain(text, "Shift_JIS", "base64")
    m = mid("exchange", "c003", "SGK-MAIL.shigaraki-tk.local")
    hdr = C.reply_headers(po, ("中村 由美", "y.nakamura@shigaraki-tk.example"), "2026-12-02 17:05:31 +0900", m,
                          subject="自動返信: " + C.request_subject(po), subj_charset="Shift_JIS",
                          name_charset="Shift_JIS", client="outlook", lang_tag="ja-JP", ip="192.0.2.77",
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "y.nakamura@shigaraki-tk.example")])
    return [po], mime.build(hdr, body), None, \
        "Automatic out-of-office reply (Auto-Submitted) in Japanese; the dates are the absence and the year-end closure."


# ---------------------------------------------------------------- 004
@case(4, "de-partial-rest-januar", "confirmation", "de-DE",
      "German table in windows-1252: line 2 partial now and rest on 11.01.2027, line 3 price raised, decimal commas")
def c004():
    sup = S("BRANDTFT", "Fördertechnik Brandt GmbH", "vertrieb@foerdertechnik-brandt.example", "de-DE")
    po = PO(4500031162, sup, "marta", "EUR", "2026-11-20", [
        L("FR-50-400", "Conveyor idler roller D50 x 400 mm, zinc plated", 200, "EA", "14.80", "2026-12-14"),
        L("FR-89-600", "Conveyor roller D89 x 600 mm, 20 mm hex shaft", 120, "EA", "27.35", "2026-12-14"),
        L("FR-GR-89", "Garland roller set, 3-part, D89, for 800 mm belt", 30, "SET", "96.00", "2026-12-14")])
    reply = """Sehr geehrte Frau Kowalczyk,

vielen Dank für Ihre Bestellung 4500031162 vom 20.11.2026. Wir bestätigen wie folgt:

Pos. 1  FR-50-400   200 Stück  à 14,80 €   Liefertermin 14.12.2026 – bestätigt
Pos. 2  FR-89-600   120 Stück  à 27,35 €   Teillieferung: 80 Stück zum 14.12.2026,
                                           Restmenge 40 Stück am 11.01.2027
Pos. 3  FR-GR-89     30 Satz   à 98,50 €   Liefertermin 14.12.2026

Zu Pos. 3: Preisanpassung aufgrund gestiegener Stahlrohrpreise, siehe unser Rundschreiben vom 02.11.2026.
Die Teillieferung zu Pos. 2 erfolgt für Sie frachtfrei.

Mit freundlichen Grüßen

i. A. Holger Brandt
Vertriebsinnendienst

Fördertechnik Brandt GmbH · Am Gleisdreieck 7 · 34123 Kassel
Tel. +49 561 57 08-0 · www.foerdertechnik-brandt.example
Geschäftsführer: Dipl.-Ing. Werner Brandt · Amtsgericht Kassel HRB 4711 · USt-IdNr. DE812345678"""
    body = outlook_body(po, reply, lang="de", tz=1, charset="windows-1252", hlang="DE", seed="c004")
    m = mid("exchange", "c004", "FTB-EXCH01.brandt.local")
    hdr = C.reply_headers(po, ("Holger Brandt", "h.brandt@foerdertechnik-brandt.example"), "2026-11-24 14:03:19 +0100", m,
                          prefix="AW: ", client="outlook", lang_tag="de-DE", ip="198.51.100.44")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC,
        2: chg(schedule=sched((80, "2026-12-14"), (40, "2027-01-11")), date="2027-01-11"),
        3: chg(unit_price="98.50")})], \
        "Line 2: 80 on 14.12.2026 and the remaining 40 on 11.01.2027; line 3 price 98,50 instead of 96,00."


# ---------------------------------------------------------------- 005
@case(5, "ie-prices-switched-to-usd", "needs_review", "en-IE",
      "EUR purchase order answered with all prices in USD; quantities and date fine but the price cannot be compared")
def c005():
    sup = S("ATLVANE", "Atlantic Vane & Finial Ltd", "sales@atlanticvane.example", "en-IE")
    po = PO(4500031196, sup, "tom", "EUR", "2026-11-25", [
        L("WV-ARR-900", "Weather vane arrow, copper, 900 mm", 12, "EA", "76.00", "2026-12-18"),
        L("WV-ARR-1200", "Weather vane arrow, copper, 1200 mm, gilded tip", 6, "EA", "104.00", "2026-12-18"),
        L("WV-CP-NSEW", "Cardinal points set N/S/E/W, cast brass", 12, "SET", "34.20", "2026-12-18")])
    reply = """Hi Tom,

Thanks a million for the order. All three lines are grand for delivery on 18/12.

Please note that since our move into the Harland group pricing structure all quotations and order confirmations are issued in US dollars, so the prices for this order are:

Line 1  WV-ARR-900    12 x USD 84.00
Line 2  WV-ARR-1200    6 x USD 119.00
Line 3  WV-CP-NSEW    12 x USD 37.60

Our pro forma invoice will follow in USD as well.

Kind regards,
Siobhán Ní Bhriain
Sales Administration
Atlantic Vane & Finial Ltd | Unit 3, Ballybrit Business Park, Galway H91 X2Y4
T: +353 91 750 000

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Atlantic Vane & Finial Ltd, registered in Ireland no. 512345."""
    body = outlook_body(po, reply, lang="en-GB", tz=0, charset="utf-8", hlang="EN-IE", seed="c005")
    hdr = C.reply_headers(po, ("Siobhán Ní Bhriain", "siobhan@atlanticvane.example"), "2026-11-27 11:52:40 +0000",
                          mid("outlook", "c005"), client="outlook365", lang_tag="en-IE", ip="203.0.113.201",
                          host="mail-db8eur05on2090.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Quantities and date agree, but every price is restated in USD on a EUR order: a currency change a buyer must review."


# ---------------------------------------------------------------- 006
@case(6, "fr-whole-order-declined", "confirmation", "fr-FR",
      "polite French refusal of the whole order (capacity until March 2027); no line accepted, a later month is mentioned")
def c006():
    sup = S("LEBRUN", "Céramique Tournage Lebrun SARL", "commandes@tournage-lebrun.example", "fr-FR")
    po = PO(4500031170, sup, "priya", "EUR", "2026-11-19", [
        L("TP-350", "Electric potter's wheel 350 W, 30 cm wheel head", 6, "EA", "1240.00", "2026-12-21"),
        L("TP-GIR-30", "Wheel head, cast aluminium, 30 cm", 12, "EA", "68.50", "2026-12-21")])
    reply = """Bonjour Madame Natarajan,

Nous vous remercions pour votre commande n° 4500031170 du 19/11/2026.

Malheureusement, nous ne sommes pas en mesure d'y donner suite : notre atelier de montage est à pleine capacité jusqu'à fin mars 2027 et nous n'acceptons plus de nouvelles commandes de tours avant cette date. Nous ne pourrons donc livrer ni les tours TP-350 ni les girelles TP-GIR-30.

Nous vous prions de bien vouloir annuler cette commande de votre côté. N'hésitez pas à revenir vers nous au printemps pour une nouvelle demande de prix.

Bien cordialement,

Mathilde Lebrun
Céramique Tournage Lebrun SARL
12, rue des Potiers – 18250 La Borne
Tél. : 02 48 26 00 00"""
    t = C.local_request_dt(po, 1)
    attr = "Le jeu. 19 nov. 2026 à %02d:%02d, Priya Natarajan <priya.natarajan@tarnwell.example> a écrit :" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c006")
    hdr = C.reply_headers(po, ("Mathilde Lebrun", "tournage.lebrun@gmail.example"), "2026-11-23 09:31:55 +0100",
                          mid("gmail", "c006"), prefix="Re: ", client="gmail", ip="209.85.128.41",
                          host="mail-wm1-f41.google.example")
    return [po], mime.build(hdr, body), [answer(po, {1: REJ, 2: REJ})], \
        "The supplier declines the whole order; both lines rejected. 'fin mars 2027' and 'au printemps' are no offer."


# ---------------------------------------------------------------- 007
@case(7, "gb-reeds-ragged-table", "confirmation", "en-GB",
      "plain-text table pasted with tabs and spaces so columns do not line up; dd/mm/yy dates; one line price and date changed")
def c007():
    sup = S("GLENMORAY", "Glenmoray Reed Works Ltd", "orders@glenmorayreeds.example", "en-GB")
    po = PO(4500031183, sup, "dana", "GBP", "2026-11-24", [
        L("BR-CH-MED", "Highland pipe chanter reed, cane, medium", 200, "EA", "4.80", "2026-12-11"),
        L("BR-CH-HARD", "Highland pipe chanter reed, cane, hard", 100, "EA", "4.80", "2026-12-11"),
        L("BR-DR-SYN", "Synthetic drone reed set (2 tenor, 1 bass)", 40, "SET", "27.50", "2026-12-11"),
        L("BR-PRACT", "Practice chanter reed, plastic", 150, "EA", "1.15", "2026-12-11")])
    reply = ("Hi Dana\n\nPlease see confirmation below - one change on the hard reeds (cane price went up again, sorry) "
             "and they will be a week later as we have to grade a fresh batch.\n\n"
             "Line\tItem\tQty\tPrice\tDelivery\n"
             "1   BR-CH-MED\t200\t4.80\t11/12/26\n"
             "2\tBR-CH-HARD   100\t  4.95\t\t18/12/26\n"
             "3 BR-DR-SYN\t  40\t27.50\t11/12/26\n"
             "4\tBR-PRACT\t150\t1.15\t11/12/26\n\n"
             "Cheers\nCallum\n\n"
             "Callum MacRae\nGlenmoray Reed Works Ltd | Unit 7, Strathspey Ind. Est., Grantown-on-Spey PH26 3NB\n"
             "t: 01479 870 000")
    body = outlook_body(po, reply, lang="en-GB", tz=0, charset="us-ascii", cte="7bit", plain_only=True,
                        sep="-----Original Message-----", seed="c007")
    hdr = C.reply_headers(po, ("Callum MacRae", "callum@glenmorayreeds.example"), "2026-11-26 15:47:12 +0000",
                          mid("exchange", "c007", "glenmorayreeds.example"), client="outlook", lang_tag="en-GB",
                          ip="198.51.100.9")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(unit_price="4.95", date="2026-12-18"), 3: ACC, 4: ACC})], \
        "Ragged tab/space table; line 2 at 4.95 and 18/12/26 (dd/mm/yy); the other lines repeat the PO values."


# ---------------------------------------------------------------- 008
@case(8, "postfix-unknown-user", "bounce", "sk-SK",
      "Postfix DSN 5.1.1 unknown user with our full request (all PO figures) attached as message/rfc822")
def c008():
    sup = S("TATRYSPORT", "Športové vybavenie Tatry s.r.o.", "j.kovac@sport-tatry.example", "sk-SK")
    po = PO(4500031214, sup, "tom", "EUR", "2026-11-30", [
        L("TNP-STL-76", "Tennis net post set, steel D76 mm, with winder", 8, "PR", "214.00", "2027-01-11"),
        L("TNP-SLV-76", "Ground sleeve for D76 tennis post", 16, "EA", "22.40", "2027-01-11")], sent="08:40:11")
    orig = C.request_message(po).decode("ascii")
    b = "4QmT2r6Ykcz1xyz.1796028014/mail.sport-tatry.example"
    text = """Return-Path: <>
Received: from mail.sport-tatry.example (mail.sport-tatry.example [192.0.2.61])
	by mx1.tarnwell.example (Postfix) with ESMTPS id 4QmT2s0D1qz9sWd
	for <tom.okafor@tarnwell.example>; Mon, 30 Nov 2026 08:40:16 +0000 (UTC)
Received: by mail.sport-tatry.example (Postfix)
	id 4QmT2r6Ykcz1xyz; Mon, 30 Nov 2026 09:40:14 +0100 (CET)
Date: Mon, 30 Nov 2026 09:40:14 +0100 (CET)
From: MAILER-DAEMON@mail.sport-tatry.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: tom.okafor@tarnwell.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"
Content-Transfer-Encoding: 8bit
Message-Id: <20261130084014.4QmT2r6Ykcz1xyz@mail.sport-tatry.example>

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sport-tatry.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.kovac@sport-tatry.example>: unknown user: "j.kovac"

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sport-tatry.example
X-Postfix-Queue-ID: 4QmT2r6Ykcz1xyz
X-Postfix-Sender: rfc822; tom.okafor@tarnwell.example
Arrival-Date: Mon, 30 Nov 2026 09:40:13 +0100 (CET)

Final-Recipient: rfc822; j.kovac@sport-tatry.example
Original-Recipient: rfc822;j.kovac@sport-tatry.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "j.kovac"

--%(b)s
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

%(orig)s
--%(b)s--
""" % {"b": b, "orig": orig.replace("\r\n", "\n")}
    return [po], mime.raw(text), None, \
        "Postfix non-delivery report (5.1.1 unknown user); the returned request contains the PO lines."


# ---------------------------------------------------------------- 009
@case(9, "ch-kw-2-2027", "confirmation", "de-CH",
      "Swiss German: 'KW 2/2027' and bare 'KW 51' (= requested Friday), CHF with apostrophe thousands, no ß")
def c009():
    sup = S("AMMANN", "Ammann Gewächshaustechnik AG", "verkauf@ammann-ght.example", "de-CH")
    po = PO(4500031205, sup, "jonas", "CHF", "2026-11-25", [
        L("GH-GAS-45", "Gas-fired warm air heater 45 kW, propane", 8, "EA", "3450.00", "2026-12-18"),
        L("GH-EL-9", "Electric fan heater 9 kW, 400 V, IP45", 20, "EA", "612.00", "2026-12-18"),
        L("GH-FLUE-130", "Flue kit D130 mm, stainless steel", 8, "SET", "289.00", "2026-12-18")])
    reply = """Grüezi Herr Ekberg

Besten Dank für Ihre Bestellung Nr. 4500031205. Gerne bestätigen wir Ihnen:

Pos. 1   8 Stk.  GH-GAS-45    Gas-Warmlufterzeuger 45 kW   à CHF 3'450.00   Liefertermin KW 2/2027
Pos. 2  20 Stk.  GH-EL-9      Elektro-Heizlüfter 9 kW      à CHF   612.00   Liefertermin KW 51
Pos. 3   8 Set   GH-FLUE-130  Abgasset D130 Chromstahl     à CHF   289.00   Liefertermin KW 2/2027 (mit Pos. 1)

Die Gasheizer werden nach unseren Betriebsferien (24.12.–04.01.) im Werk Sursee geprüft, daher der spätere Termin.

Freundliche Grüsse

Reto Ammann
Verkauf Innendienst
Ammann Gewächshaustechnik AG | Industriestrasse 21 | 6210 Sursee
Tel. +41 41 925 00 00"""
    body = outlook_body(po, reply, lang="de", tz=1, charset="windows-1252", hlang="DE-CH", seed="c009")
    hdr = C.reply_headers(po, ("Reto Ammann", "r.ammann@ammann-ght.example"), "2026-11-27 10:18:44 +0100",
                          mid("outlook", "c009"), prefix="AW: ", client="outlook365", lang_tag="de-CH",
                          ip="203.0.113.92", host="mail-zr0che01on2109.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date=C.kw(2027, 2)), 2: ACC, 3: chg(date=C.kw(2027, 2))})], \
        "KW 2/2027 = Friday 2027-01-15 for lines 1 and 3; KW 51 = Friday 2026-12-18 = requested date, so line 2 is accepted."


# ---------------------------------------------------------------- 010
@case(10, "de-trade-fair-invite", "unrelated", "de-DE",
      "HTML newsletter inviting to a trade fair with January dates, hall and booth numbers, from a supplier with an open PO")
def c010():
    sup = S("HIRSCHWALZ", "Walzen-Technik Hirsch GmbH", "vertrieb@walzen-hirsch.example", "de-DE")
    po = PO(4500031290, sup, "jonas", "EUR", "2026-11-27", [
        L("PR-INK-1040", "Printing press ink roller D85 x 1040 mm, NBR 30 Shore A", 6, "EA", "412.00", "2027-01-22"),
        L("PR-DMP-1040", "Dampening form roller D75 x 1040 mm", 4, "EA", "388.00", "2027-01-22")])
    h = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>PRINTTEC 2027</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#003865;color:#fff;padding:24px;font-size:22px">Walzen-Technik Hirsch &ndash; Einladung</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#222">
<p>Sehr geehrter Herr Ekberg,</p>
<p>wir freuen uns, Sie zur <b>PRINTTEC 2027</b> in Stuttgart einzuladen.</p>
<p><b>Wann:</b> 20.&ndash;22. Januar 2027, täglich 9:00&ndash;18:00 Uhr<br>
<b>Wo:</b> Messe Stuttgart, <b>Halle 5, Stand 5C21</b></p>
<p>Erleben Sie live unsere neue Walzenbeschichtung <i>HX-Lite</i> mit bis zu 30&nbsp;% längerer Standzeit.
Am Donnerstag, 21.01.2027, um 14:00 Uhr spricht unser Anwendungstechniker Dr. Felix Hirsch im Fachforum (Raum C&nbsp;5.2)
über &bdquo;Farbwalzen richtig lagern&ldquo;.</p>
<p>Ihr kostenloses Ticket: Code <b>PT27-HIRSCH-5C21</b> unter tickets.printtec.example einlösen.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.walzen-hirsch.example/printtec2027?utm_source=newsletter"
style="background:#e3051b;color:#fff;padding:12px 22px;text-decoration:none">Termin am Stand vereinbaren</a></p>
<p>Wir freuen uns auf Ihren Besuch!<br>Ihr Team von Walzen-Technik Hirsch</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#fafafa">
Walzen-Technik Hirsch GmbH &middot; Rheinstraße 112 &middot; 69190 Walldorf &middot; HRB 70123 Amtsgericht Mannheim<br>
Sie erhalten diese E-Mail, weil Sie Kunde der Walzen-Technik Hirsch GmbH sind.
<a href="https://www.walzen-hirsch.example/newsletter/abmelden?id=88213">Newsletter abbestellen</a></td></tr>
</table></td></tr></table></body></html>
"""
    txt = """Walzen-Technik Hirsch - Einladung

Sehr geehrter Herr Ekberg,

wir freuen uns, Sie zur PRINTTEC 2027 in Stuttgart einzuladen.

Wann: 20.-22. Januar 2027, täglich 9:00-18:00 Uhr
Wo: Messe Stuttgart, Halle 5, Stand 5C21

Erleben Sie live unsere neue Walzenbeschichtung HX-Lite mit bis zu 30 % längerer Standzeit.
Am Donnerstag, 21.01.2027, um 14:00 Uhr spricht unser Anwendungstechniker Dr. Felix Hirsch
im Fachforum (Raum C 5.2) über "Farbwalzen richtig lagern".

Ihr kostenloses Ticket: Code PT27-HIRSCH-5C21 unter tickets.printtec.example einlösen.

Termin am Stand vereinbaren: https://www.walzen-hirsch.example/printtec2027?utm_source=newsletter

Wir freuen uns auf Ihren Besuch!
Ihr Team von Walzen-Technik Hirsch

--
Walzen-Technik Hirsch GmbH, Rheinstraße 112, 69190 Walldorf, HRB 70123 Amtsgericht Mannheim
Newsletter abbestellen: https://www.walzen-hirsch.example/newsletter/abmelden?id=88213
"""
    body = mime.alternative([mime.plain(txt, "utf-8", "quoted-printable"), mime.html(h, "utf-8", "quoted-printable")],
                            bnd("other", "c010"))
    hdr = [("Return-Path", "<bounce-88213-jonas.ekberg=tarnwell.example@news.walzen-hirsch.example>"),
           C.received("mta7.news.walzen-hirsch.example", "203.0.113.171", "jonas.ekberg@tarnwell.example",
                      "2026-12-01 07:30:02 +0100", seed="c010"),
           ("From", mime.addr("Walzen-Technik Hirsch", "newsletter@walzen-hirsch.example")),
           ("To", mime.addr("Jonas Ekberg", "jonas.ekberg@tarnwell.example")),
           ("Subject", mime.ew("Einladung: Besuchen Sie uns auf der PRINTTEC 2027 – Halle 5, Stand 5C21", "utf-8", "Q")),
           ("Date", C.rfcdate("2026-12-01 07:30:00 +0100")),
           ("Message-ID", "<nl.88213.20261201063000.5c21@news.walzen-hirsch.example>"),
           ("List-Unsubscribe", "<https://www.walzen-hirsch.example/newsletter/abmelden?id=88213>, "
                                "<mailto:unsubscribe-88213@news.walzen-hirsch.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"), ("X-Mailer", "CleverReach Mailer 2.0")]
    return [po], mime.build(hdr, body), None, \
        "Marketing invitation (fair 20-22 Jan 2027, hall 5, booth 5C21) from a supplier with an open PO; it answers nothing."


# ---------------------------------------------------------------- 011
@case(11, "nl-english-wk-02", "confirmation", "nl-NL",
      "Dutch supplier writing English: 'delivery wk 02' with no year, Dutch Outlook quote header, KvK/BTW disclaimer")
def c011():
    sup = S("VDMEER", "Molenbouw Van der Meer B.V.", "verkoop@molenbouw-vdmeer.example", "nl-NL")
    po = PO(4500031211, sup, "dana", "EUR", "2026-11-26", [
        L("WW-PD-OAK", "Water wheel paddle, oak, 1200 x 300 x 45 mm", 48, "EA", "62.00", "2027-01-08"),
        L("WW-PD-BRK", "Paddle bracket, hot-dip galvanised", 96, "EA", "11.40", "2027-01-08"),
        L("WW-BOLT-M16", "Hex bolt M16 x 120 A4 with nut, box of 25", 8, "BOX", "38.75", "2027-01-08")])
    reply = """Hello Dana,

Thanks for your order, confirmed with following remarks:

- Paddles (line 1) and brackets (line 2): price ok, delivery wk 02 (the oak has to come from the sawmill first and they are closed between the holidays).
- Bolts (line 3): ok as requested.

Best regards / Met vriendelijke groet,

Sander de Wit
Werkvoorbereiding & verkoop
Molenbouw Van der Meer B.V.
Industrieweg 14, 7461 AB Rijssen, NL
T +31 548 51 00 00
KvK 06012345 | BTW NL001234567B01

Op al onze aanbiedingen en overeenkomsten zijn de METAALUNIEvoorwaarden van toepassing, gedeponeerd ter griffie van de rechtbank te Rotterdam."""
    body = outlook_body(po, reply, lang="nl", tz=1, charset="utf-8", hlang="NL", seed="c011")
    hdr = C.reply_headers(po, ("Sander de Wit", "sander@molenbouw-vdmeer.example"), "2026-12-01 13:26:09 +0100",
                          mid("outlook", "c011"), client="outlook365", lang_tag="nl-NL", ip="203.0.113.55",
                          host="mail-am7eur03on2112.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date=C.kw(2027, 2)), 2: chg(date=C.kw(2027, 2)), 3: ACC})], \
        "'wk 02' after a December mail is ISO week 2 of 2027 -> Friday 2027-01-15 for lines 1-2; line 3 as requested."


# ---------------------------------------------------------------- 012
@case(12, "br-reais-late-painting", "confirmation", "pt-BR",
      "Brazilian Portuguese in ISO-8859-1: R$ 8.450,00 style numbers, a total that looks like a price, one date and one price changed")
def c012():
    sup = S("RIBEIRO", "Cavalinhos Artesanais Ribeiro Ltda.", "vendas@cavalinhosribeiro.example", "pt-BR")
    po = PO(4500031220, sup, "tom", "BRL", "2026-11-23", [
        L("CH-FG-150", "Carousel horse, fibreglass, 150 cm, hand-painted", 6, "EA", "8450.00", "2027-01-15"),
        L("CH-POLE-BR", "Brass pole for carousel horse, 2.4 m", 6, "EA", "690.00", "2027-01-15"),
        L("CH-STIR-PR", "Stirrup pair, cast brass", 6, "PR", "145.00", "2027-01-15")])
    reply = """Prezado Sr. Tom Okafor,

Boa tarde!

Confirmamos o recebimento do pedido de compra nº 4500031220 e seguem as condições:

Item 1 - Cavalo de carrossel em fibra de vidro 150 cm: 6 unidades a R$ 8.450,00 cada (total R$ 50.700,00).
Entrega: 29/01/2027, pois a pintura artesanal exige duas semanas a mais.

Item 2 - Tubo de latão 2,4 m: 6 unidades a R$ 690,00 cada, entrega 15/01/2027.

Item 3 - Par de estribos em latão fundido: 6 pares a R$ 152,50 o par, entrega 15/01/2027.
(reajuste do latão conforme tabela de outubro)

Ficamos à disposição.

Atenciosamente,

Juliana Ribeiro
Depto. Comercial
Cavalinhos Artesanais Ribeiro Ltda. - CNPJ 12.345.678/0001-90
Rua dos Artesãos, 455 - Embu das Artes/SP - CEP 06803-000
Tel.: +55 (11) 4704-0000"""
    body = outlook_body(po, reply, lang="pt", tz=-3, charset="iso-8859-1", hlang="PT-BR", seed="c012")
    hdr = C.reply_headers(po, ("Juliana Ribeiro", "juliana@cavalinhosribeiro.example"), "2026-11-25 17:05:33 -0300",
                          mid("outlook-us", "c012"), prefix="RES: ", client="outlook365", lang_tag="pt-BR",
                          ip="203.0.113.140", host="mail-cp2bra01on2101.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date="2027-01-29"), 2: ACC, 3: chg(unit_price="152.50")})], \
        "Line 1 delivery 29/01/2027 (R$ 50.700,00 is the line total); line 2 as ordered; line 3 R$ 152,50 per pair."


# ---------------------------------------------------------------- 013
@case(13, "sg-will-revert-friday", "needs_review", "en-SG",
      "'Noted with thanks ... will revert by Friday (4 Dec)' plus 'price subject to reconfirmation': a date is mentioned but nothing is committed")
def c013():
    sup = S("LCDRAIN", "Lion City Drainage Products Pte Ltd", "sales@lcdrainage.example", "en-SG")
    po = PO(4500031230, sup, "priya", "SGD", "2026-11-27", [
        L("DG-DI-300", "Ductile iron grating 300 x 500 mm, class D400", 40, "EA", "118.00", "2027-01-08"),
        L("DG-SS-200", "Stainless steel slot drain grate 200 mm, SS304", 25, "M", "96.50", "2027-01-08")])
    reply = """Dear Priya,

Noted with thanks on your PO.

We are checking with our factory on the lead time for the D400 ductile iron gratings as their foundry is fully booked this month. Will revert by Friday (4 Dec) on both items.

Meanwhile pls note the SS slot grate price is subject to reconfirmation due to the recent SS304 coil price increase.

Thanks & regards,
Jason Tan
Sales Executive
Lion City Drainage Products Pte Ltd
21 Tuas Avenue 8, Singapore 639234
DID: +65 6861 0000 | HP: +65 9123 0000"""
    body = outlook_body(po, reply, lang="en-GB", tz=8, charset="utf-8", hlang="EN-SG", seed="c013")
    hdr = C.reply_headers(po, ("Jason Tan", "jason.tan@lcdrainage.example"), "2026-11-30 10:14:02 +0800",
                          mid("outlook", "c013"), client="outlook365", lang_tag="en-SG", ip="203.0.113.66",
                          host="mail-sg2apc01on2118.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Acknowledges receipt only; lead time to follow 'by Friday (4 Dec)' and the price is 'subject to reconfirmation'."


# ---------------------------------------------------------------- 014
@case(14, "us-inline-answers-quoted", "confirmation", "en-US",
      "Thunderbird reply with answers typed between the '> ' quoted PO lines; backorder ship date 1/8/27 (month first)")
def c014():
    sup = S("COURTLINE", "Courtline Athletic Equipment Inc.", "orders@courtline.example", "en-US")
    po = PO(4500031235, sup, "dana", "USD", "2026-11-24", [
        L("TNP-SQ-AL", "Tennis net post, square aluminum, pair", 10, "PR", "389.00", "2026-12-18"),
        L("TNP-WND", "Internal winder assembly for net post", 10, "EA", "46.50", "2026-12-18"),
        L("TNP-SLV-SQ", "Ground sleeve 3-1/2in square", 20, "EA", "31.00", "2026-12-18"),
        L("TNP-CAP", "Post cap, black", 20, "EA", "3.25", "2026-12-18")])
    t = C.local_request_dt(po, -5)
    attr = "On 11/24/2026 %d:%02d AM, Dana Ruiz wrote:" % (t.hour, t.minute)
    q = inline_quote(po, attr, {
        1: "OK",
        2: "Winders are backordered from our supplier, we will ship them 1/8/27.",
        3: "OK",
        4: "OK but price on the caps is now $3.60 ea."})
    text = "Hi Dana, answers inline below.\n\nMike\n\n" + q + "\n\n-- \nMike Brennan\nCustomer Service\nCourtline Athletic Equipment Inc.\n1450 Commerce Dr, Lancaster, PA 17601\n(717) 555-0192\n"
    body = mime.plain(text, "UTF-8", "7bit", params={"format": "flowed"})
    hdr = C.reply_headers(po, ("Mike Brennan", "mbrennan@courtline.example"), "2026-11-25 16:22:48 -0500",
                          mid("tb", "c014", "courtline.example"), prefix="Re: ", client="thunderbird", lang_tag="en-US",
                          ip="198.51.100.120")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(date="2027-01-08"), 3: ACC, 4: chg(unit_price="3.60")})], \
        "Answers sit between quoted PO rows: line 2 ships 1/8/27 (US month-first, ship date only), line 4 at $3.60; 1 and 3 'OK'."


# ---------------------------------------------------------------- 015
@case(15, "se-xlsx-orderbekraftelse", "confirmation", "sv-SE",
      "short Swedish body; the figures are only in an attached XLSX with Excel date serials and a non-ASCII RFC 2231 file name")
def c015():
    sup = S("FJALLSATE", "Fjällsäte AB", "order@fjallsate.example", "sv-SE")
    po = PO(4500031241, sup, "jonas", "SEK", "2026-11-26", [
        L("SLS-CUSH-4", "Chairlift seat cushion, 4-seater, heated", 24, "EA", "6850.00", "2026-12-18"),
        L("SLS-BAR-PAD", "Chairlift safety bar padding, PU foam", 24, "EA", "1240.00", "2026-12-18"),
        L("SLS-FOOT", "Chairlift footrest assembly, galvanised", 12, "EA", "3950.00", "2026-12-18")])
    D = C.D
    M = xlsx.Money
    rows = [
        ["Orderbekräftelse", "OB-26-1187"],
        ["Er beställning", "4500031241"],
        ["Datum", D(2026, 12, 1)],
        ["Kund", "Tarnwell Engineering Ltd"],
        [],
        ["Rad", "Artikelnr", "Benämning", "Antal", "Enhet", "À-pris SEK", "Belopp SEK", "Leveransdatum"],
        [1, "SLS-CUSH-4", "Sittdyna 4-stol, uppvärmd", 24, "st", M(6850), M(164400), D(2026, 12, 18)],
        [2, "SLS-BAR-PAD", "Bygelstoppning PU-skum", 24, "st", M(1290), M(30960), D(2026, 12, 18)],
        [3, "SLS-FOOT", "Fotstöd komplett, varmförzinkat", 12, "st", M(3950), M(47400), D(2027, 1, 8)],
        [],
        ["", "", "Summa exkl. moms", "", "", "", M(242760)],
        ["Leveransvillkor", "DAP Leeds (Incoterms 2020)"],
        ["Betalningsvillkor", "30 dagar netto"],
    ]
    data = xlsx.build(rows, "Orderbekräftelse", datefmt="yyyy-mm-dd", bold_rows=(5,), creator="Karin Lindqvist")
    reply = """Hej Jonas,

Tack för beställningen! Bifogar vår orderbekräftelse för PO 4500031241.
Observera justerat pris på rad 2 (nytt pris från skumleverantören) och senare leverans på rad 3.

Med vänliga hälsningar
Karin Lindqvist
Orderhandläggare
Fjällsäte AB | Industrivägen 8 | 837 52 Järpen
Tel 0647-100 00"""
    att = mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Orderbekräftelse_4500031241.xlsx", name_charset="utf-8")
    body = outlook_body(po, reply, lang="sv", tz=1, charset="iso-8859-1", hlang="SV", seed="c015", attachments=[att])
    hdr = C.reply_headers(po, ("Karin Lindqvist", "karin.lindqvist@fjallsate.example"), "2026-12-01 08:41:27 +0100",
                          mid("outlook", "c015"), prefix="SV: ", client="outlook365", lang_tag="sv-SE",
                          ip="203.0.113.31", host="mail-he1eur04on2070.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: ACC, 2: chg(unit_price="1290.00"), 3: chg(date="2027-01-08")})], \
        "Values only in the XLSX: row 2 at 1 290 SEK, row 3 delivered 2027-01-08 (Excel serial dates); row 1 as ordered."


# ---------------------------------------------------------------- 016
@case(16, "de-abwesenheit-exchange", "auto_reply", "de-DE",
      "Exchange 'Automatische Antwort' out-of-office with a return date and a colleague's phone number; quotes nothing")
def c016():
    sup = S("BRANDLGL", "Glockengießerei Brandl GmbH", "a.brandl@glocken-brandl.example", "de-DE")
    po = PO(4500031248, sup, "marta", "EUR", "2026-11-30", [
        L("BC-CL-120", "Church bell clapper, forged steel, for 120 kg bell", 3, "EA", "640.00", "2027-01-22"),
        L("BC-CL-450", "Church bell clapper, forged steel, for 450 kg bell", 1, "EA", "1380.00", "2027-01-22"),
        L("BC-LTH-40", "Leather clapper strap 40 mm", 4, "EA", "48.00", "2027-01-22")], sent="10:05:00")
    reply = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 04.12.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Huber (Tel. +49 851 98 00-12, s.huber@glocken-brandl.example).

Mit freundlichen Grüßen
Andreas Brandl"""
    body = outlook_body(po, reply, quote=False, charset="iso-8859-1", hlang="DE", seed="c016")
    hdr = C.reply_headers(po, ("Andreas Brandl", "a.brandl@glocken-brandl.example"), "2026-11-30 11:05:04 +0100",
                          mid("exchange", "c016", "GBEX01.glocken-brandl.local"),
                          subject="Automatische Antwort: " + C.request_subject(po), client="outlook",
                          lang_tag="de-DE", ip="198.51.100.188",
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "a.brandl@glocken-brandl.example")])
    return [po], mime.build(hdr, body), None, \
        "Out-of-office until 04.12.2026; an automatic answer that commits to nothing."


# ---------------------------------------------------------------- 017
@case(17, "at-steel-surcharge-jaenner", "confirmation", "de-AT",
      "Austrian German: base price plus a per-piece steel alloy surcharge column; delivery '15. Jänner 2027'")
def c017():
    sup = S("STEINERBL", "Steiner Brückenlager GmbH", "auftrag@steiner-lager.example", "de-AT")
    po = PO(4500031231, sup, "tom", "EUR", "2026-11-24", [
        L("BB-ELA-400", "Laminated elastomeric bridge bearing 400 x 500 x 84 mm", 16, "EA", "1840.00", "2027-01-15"),
        L("BB-POT-2500", "Pot bridge bearing 2500 kN, free sliding", 4, "EA", "6950.00", "2027-01-15")])
    reply = """Sehr geehrter Herr Okafor,

danke für Ihre Bestellung 4500031231, die wir wie folgt bestätigen:

Pos  Artikel       Menge    Grundpreis    LZ Stahl    Preis/Stk.
1    BB-ELA-400    16 Stk   1.840,00 €     22,40 €    1.862,40 €
2    BB-POT-2500    4 Stk   6.950,00 €    186,00 €    7.136,00 €

LZ = Legierungs- bzw. Materialteuerungszuschlag Stahl S355 lt. Notierung Dezember 2026, je Stück.

Liefertermin für beide Positionen: 15. Jänner 2027.
Prüfzeugnisse 3.1 nach EN 10204 liegen der Lieferung bei.

Mit freundlichen Grüßen

Ing. Martina Hofer
Auftragsabwicklung
Steiner Brückenlager GmbH | Industriezeile 36 | 4020 Linz | Österreich
T +43 732 77 00 00 | FN 123456x, Landesgericht Linz | UID ATU12345678"""
    body = outlook_body(po, reply, lang="de", tz=1, charset="windows-1252", hlang="DE-AT", seed="c017")
    hdr = C.reply_headers(po, ("Martina Hofer", "m.hofer@steiner-lager.example"), "2026-11-27 13:45:10 +0100",
                          mid("exchange", "c017", "SBL-EX2019.steiner.local"), prefix="AW: ", client="outlook",
                          lang_tag="de-AT", ip="198.51.100.73")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(unit_price="1862.40"), 2: chg(unit_price="7136.00")})], \
        "Unit price = base price + steel surcharge per piece (1 862,40 and 7 136,00 EUR); 'Jänner' = January, date as requested."


# ---------------------------------------------------------------- 018
@case(18, "exchange-ndr-recipient-not-found", "bounce", "sl-SI",
      "Exchange Online NDR (550 5.1.10 RecipientNotFound) with HTML notice, delivery-status and the original headers")
def c018():
    sup = S("KRANJC", "Čebelarstvo Kranjc d.o.o.", "prodaja@cebelarstvo-kranjc.example", "sl-SI")
    po = PO(4500031244, sup, "priya", "EUR", "2026-12-01", [
        L("BS-SS-100", "Bee smoker, stainless steel, 100 mm, with heat shield", 30, "EA", "24.60", "2027-01-15"),
        L("BS-BEL-100", "Replacement bellows for bee smoker 100 mm", 30, "EA", "7.90", "2027-01-15")], sent="13:20:05")
    orig = C.request_message(po).decode("ascii")
    hdrs_only = orig.split("\r\n\r\n", 1)[0].replace("\r\n", "\n")
    b = "_3c5a0e1d-7f2b-4c61-9a0e-5d1b7c2e8f40_"
    ba = "_000_DB9PR01MB7234C1D0E5F6A7B8C9D0E1F2A3B4DB9PR01MB7234eurp_"
    text = """Received: from DB9PR01MB7234.eurprd01.prod.outlook.com (2603:10a6:10:2a1::9) by
 mx1.tarnwell.example with HTTPS; Tue, 1 Dec 2026 13:20:09 +0000
From: Microsoft Outlook
	<MAILER-DAEMON@DB9PR01MB7234.eurprd01.prod.outlook.com>
To: <priya.natarajan@tarnwell.example>
Date: Tue, 1 Dec 2026 13:20:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID:
	<a2c41f7e-9d0b-4e58-8b7c-31f06a9c2d15@DB9PR01MB7234.eurprd01.prod.outlook.com>
In-Reply-To: %(rid)s
References: %(rid)s
Subject: Undeliverable: %(subj)s
Auto-Submitted: auto-replied
MIME-Version: 1.0

--%(b)s
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="%(ba)s"

--%(ba)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to prodaja@cebelarstvo-kranjc.example couldn't be delivered.

prodaja wasn't found at cebelarstvo-kranjc.example.

priya.natarajan   Office 365      prodaja
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:

  *   Send the message again following these steps: In Outlook, open this n=
on-delivery report (NDR) and choose Send Again from the Report ribbon. In O=
utlook on the web, select this NDR, then select the link "To send this mess=
age again, click here." Then delete and retype the entire recipient address=
.
  *   Contact the recipient (by phone, for example) to check that the addre=
ss exists and is correct.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist or w=
as not found in the recipient domain.

Original Message Details
Created Date:      12/1/2026 1:20:05 PM
Sender Address:    priya.natarajan@tarnwell.example
Recipient Address: prodaja@cebelarstvo-kranjc.example
Subject:           %(subj)s

Error Details
Reported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not=
 found by SMTP address lookup
DSN generated by:  DB9PR01MB7234.eurprd01.prod.outlook.com

--%(ba)s
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><table width=3D"710" style=3D"font-family:'Segoe =
UI',Frutiger,Arial,sans-serif"><tr><td style=3D"font-size:16px;color:#000">=
Your message to <a href=3D"mailto:prodaja@cebelarstvo-kranjc.example">prodaja@=
cebelarstvo-kranjc.example</a> couldn't be delivered.</td></tr><tr><td styl=
e=3D"font-size:24px;color:#000;padding-top:10px"><b>prodaja</b> wasn't foun=
d at <b>cebelarstvo-kranjc.example</b>.</td></tr><tr><td style=3D"padding-t=
op:20px"><b>Status code: 550 5.1.10</b><br>This error occurs because the rec=
ipient's email address doesn't exist or was not found in the recipient doma=
in.</td></tr></table></body></html>

--%(ba)s--

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR01MB7234.eurprd01.prod.outlook.com
Received-From-MTA: dns;mx1.tarnwell.example
Arrival-Date: Tue, 1 Dec 2026 13:20:06 +0000

Final-Recipient: rfc822;prodaja@cebelarstvo-kranjc.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%(b)s
Content-Type: text/rfc822-headers

%(hdrs)s

--%(b)s--
""" % {"b": b, "ba": ba, "rid": po["request_message_id"], "subj": C.request_subject(po), "hdrs": hdrs_only}
    return [po], mime.raw(text), None, \
        "Exchange Online non-delivery report (5.1.10 recipient not found); only the headers of our request are returned."
