# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import *  # noqa


# 001 ---------------------------------------------------------------------------
@case("kettenwerk-kw2-one-line", "confirmation", "de-DE",
      "German Outlook top-post in ISO-8859-1 QP; two lines as ordered, third moved to 'KW 2/2027' (Friday 2027-01-15); signature full of HRB/USt/phone numbers.")
def c001():
    S = sup("KETTSAU", "Kettenwerk Sauerland GmbH", "auftrag@kettenwerk-sauerland.example", "de-DE")
    P = po("4500081201", S, "jonas", "EUR", "2026-11-03", [
        ("AK-13-G80-V", "Anchor chain 13 mm grade 80, galvanised", 120, "M", "24.90", "2026-12-11"),
        ("SCH-13-KS", "Joining shackle 13 mm, Kenter type", 12, "EA", "18.50", "2026-12-11"),
        ("WRB-16-GS", "Swivel, forged, 16 mm", 6, "EA", "42.00", "2026-12-11")])
    body = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bestellung 4500081201 vom 03.11.2026.

Pos. 1 und 2 bestätigen wir wie bestellt zum Liefertermin 11.12.2026.
Pos. 3 (Wirbel 16 mm) ist derzeit nicht am Lager, Liefertermin hierfür KW 2/2027, Preis unverändert.

Die Auftragsbestätigung AB 26-11873 folgt separat per Post.

Mit freundlichen Grüßen
i. A. Petra Hülsmann
Innendienst / Auftragsabwicklung

Kettenwerk Sauerland GmbH
Am Hammerteich 7 · 58809 Neuenrade
Tel. +49 2392 50771-14 · Fax +49 2392 50771-99
www.kettenwerk-sauerland.example
Sitz: Neuenrade · Amtsgericht Iserlohn HRB 7713 · Geschäftsführer: Klaus Brenscheidt
USt-IdNr. DE 812 445 907 · Zertifiziert nach DIN EN ISO 9001:2015

""" + q_outlook(P, labels=("Von", "Gesendet", "An", "Betreff"), sent="Dienstag, 3. November 2026 10:02",
                sep="-----Ursprüngliche Nachricht-----")
    raw = mail(("Petra Hülsmann", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "AW: " + req_subject(P), "2026-11-05 14:22", text(body, "iso-8859-1"), P, hcharset="iso-8859-1",
               mailer="Microsoft Outlook 16.0")
    exp = expected("confirmation",
                   "Pos. 1+2 confirmed as ordered (11.12.2026 = requested). Pos. 3 only gets a new date: 'KW 2/2027' "
                   "with no day = Friday of ISO week 2 2027 = 2027-01-15; price unchanged, quantity as ordered. "
                   "The AB number, HRB, USt-IdNr and ISO 9001:2015 in the signature are noise.",
                   answer(P, A(), l3=C(d=kw(2027, 2))))
    return [P], raw, exp


# 002 ---------------------------------------------------------------------------
@case("lakeshore-iphone-ship-date", "confirmation", "en-US",
      "Two-line iPhone reply 'Confirmed, ships 12/4'; month-first US date and only a ship date, which becomes the line date.")
def c002():
    S = sup("LAKESH", "Lakeshore Reel Co.", "sales@lakeshorereel.example", "en-US")
    P = po("4500081215", S, "dana", "USD", "2026-11-04", [
        ("LR-3000S", "Spinning reel 3000, 5.2:1, aluminium spool", 48, "EA", "36.75", "2026-12-10")])
    body = ("Confirmed, 48 @ 36.75. Ships 12/4 via UPS Ground.\n\nSent from my iPhone\n\n" +
            q_gt(P, intro="On Nov 4, 2026, at 3:02 AM, {n} <{e}> wrote:\n"))
    raw = mail(("Bob Kowalczyk", "bob@lakeshorereel.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-05 07:41", text(body, "us-ascii", "7bit"), P, zone="-0600",
               mailer="iPhone Mail (22B91)")
    exp = expected("confirmation",
                   "Quantity and price as ordered. '12/4' from a US supplier is December 4 (month-first), a ship date; "
                   "no delivery date is given so the line date is the ship date 2026-12-04, which differs from the "
                   "requested 2026-12-10 -> changed.",
                   answer(P, l1=C(d="2026-12-04")))
    return [P], raw, exp


# 003 ---------------------------------------------------------------------------
@case("moules-html-pack-and-price", "confirmation", "fr-FR",
      "HTML-only windows-1252 mail; carton-of-6 rounding 45->48 plus a new price 14,80 EUR HT with decimal comma; second line as ordered.")
def c003():
    S = sup("MOULUM", "Moules Lumière SARL", "commandes@moules-lumiere.example", "fr-FR")
    P = po("4500081230", S, "ana", "EUR", "2026-11-04", [
        ("CM-PIL-7X15", "Candle mould, pillar 7x15 cm, aluminium", 45, "EA", "13.90", "2026-12-15"),
        ("CM-TPR-22", "Candle mould, taper 22 cm, polycarbonate", 120, "EA", "4.60", "2026-12-15")])
    inner = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Madame Costa,</p>
<p>Nous vous remercions pour votre commande n°&nbsp;4500081230 et vous la confirmons comme suit&nbsp;:</p>
<ul>
<li>Réf. CM-PIL-7X15&nbsp;: conditionnement par carton de 6 pièces, nous livrerons donc <b>48 pièces</b> au lieu de 45.
Suite à la hausse de l’aluminium, le prix unitaire est de <b>14,80&nbsp;€ HT</b> (au lieu de 13,90&nbsp;€).</li>
<li>Réf. CM-TPR-22&nbsp;: 120 pièces à 4,60&nbsp;€ HT, conforme à votre commande.</li>
</ul>
<p>Livraison des deux références le mardi 15 décembre.</p>
<p>Restant à votre disposition,<br>Cordialement,</p>
<p><b>Élodie Marchand</b><br>Service ADV – Moules Lumière SARL<br>ZA des Grès, 14 rue de l’Industrie – 69400 Villefranche-sur-Saône<br>
Tél. : 04 74 62 18 90 – SIRET 812 557 904 00027 – TVA FR 41 812557904</p>
</div><br>""" + q_outlook_html(P, labels=("De", "Envoyé", "À", "Objet"), sent="mercredi 4 novembre 2026 10:02")
    raw = mail(("Élodie Marchand", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-06 11:05", html(html_wrap(inner, "fr"), "windows-1252"), P,
               hcharset="windows-1252", mailer="Microsoft Outlook 16.0")
    exp = expected("confirmation",
                   "Line 1: quantity 48 (cartons of 6) and price 14,80 EUR -> changed; date 'mardi 15 décembre' "
                   "(no year) = 2026-12-15 as requested. Line 2 confirmed exactly as ordered.",
                   answer(P, l1=C(q=48, p="14.80"), l2=A()))
    return [P], raw, exp


# 004 ---------------------------------------------------------------------------
@case("minato-shiftjis-pipettes", "confirmation", "ja-JP",
      "Shift_JIS base64 Japanese 注文請書-style reply without quote; yen prices with thousands commas, one line a week late (2026年12月22日).")
def c004():
    S = sup("MINATO", "Minato Rika Co., Ltd.", "eigyo@minato-rika.example", "ja-JP")
    P = po("4500081244", S, "dana", "JPY", "2026-11-05", [
        ("MP-100-V", "Micropipette 10-100 ul, variable volume", 10, "EA", "28500", "2026-12-15"),
        ("PT-200-R", "Pipette tips 200 ul, racked, 96/rack", 50, "BOX", "1850", "2026-12-15")])
    body = """ラークフィールド・トレーディング
購買部 ダナ・ルイス様

いつも大変お世話になっております。
株式会社ミナト理化 営業部の佐藤でございます。

ご注文番号 4500081244 につきまして、下記の通りお請けいたします。

1. MP-100-V マイクロピペット　10台　単価 28,500円　納期 2026年12月15日
2. PT-200-R ピペットチップ（ラック入り）　50箱　単価 1,850円　納期 2026年12月22日
　 ※メーカー欠品のため、ご希望納期より一週間遅れとなります。誠に申し訳ございません。

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナト理化　営業部
佐藤 健一（Kenichi Sato）
〒105-0022 東京都港区海岸2-7-18
TEL 03-5419-2280 / FAX 03-5419-2281
━━━━━━━━━━━━━━━━━━━━
"""
    raw = mail(("佐藤 健一", "k.sato@minato-rika.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-06 16:30", text(body, "shift_jis", "base64"), P, zone="+0900",
               hcharset="iso-2022-jp")
    exp = expected("confirmation",
                   "Line 1: 10 units at 28,500 JPY on 2026-12-15 = as ordered. Line 2: quantity and price as ordered, "
                   "delivery 2026年12月22日 (one week late, out of stock at maker) -> changed.",
                   answer(P, l1=A(), l2=C(d="2026-12-22")))
    return [P], raw, exp


# 005 ---------------------------------------------------------------------------
@case("barista-forja-partial-amanha", "confirmation", "pt-BR",
      "Gmail reply in Brazilian Portuguese; lines 1 and 3 confirmed (one date without year), line 2 'te confirmo amanhã' stays unconfirmed.")
def c005():
    S = sup("BFORJA", "Barista Forja Indústria Ltda", "vendas@baristaforja.example", "pt-BR")
    P = po("4500081258", S, "ana", "USD", "2026-11-05", [
        ("TMP-58-SS", "Espresso tamper 58 mm, stainless, walnut handle", 200, "EA", "11.40", "2027-01-15"),
        ("TMP-51-AL", "Espresso tamper 51 mm, aluminium", 150, "EA", "6.95", "2027-01-15"),
        ("MAT-TMP-R", "Tamping mat, silicone, corner", 100, "EA", "3.20", "2027-01-15")])
    t = """Olá Ana, bom dia!

Segue a confirmação do pedido 4500081258:

Item 1 (TMP-58-SS): ok, 200 pçs a US$ 11,40, entrega 15/01/2027.
Item 3 (tapete de silicone): ok, 100 pçs a US$ 3,20, entrega 15/01.

Item 2 (TMP-51-AL): estou verificando com a fábrica o prazo do alumínio anodizado, te confirmo amanhã.

Abraço,
Rafael Nogueira
Comercial Exportação | Barista Forja Indústria Ltda
CNPJ 12.345.678/0001-90 | +55 (19) 3422-7781 | WhatsApp +55 19 99712-4408
Rua Treze de Maio, 1540 – Piracicaba/SP

"""
    q = q_gt(P, intro="Em qui., 5 de nov. de 2026 às 10:02, {n} <{e}> escreveu:")
    h = html_wrap(html_from_text(t) + q_gmail_html(P, intro="Em qui., 5 de nov. de 2026 às 10:02, {n} &lt;{e}&gt; escreveu:"), "pt")
    raw = mail(("Rafael Nogueira", "rafael@baristaforja.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-09 10:15", alt(text(t + q), html(h)), P, zone="-0300")
    exp = expected("confirmation",
                   "Items 1 and 3 confirmed as ordered ('15/01' without year = next 15 January after the mail = "
                   "2027-01-15, day-first). Item 2 is explicitly pending ('te confirmo amanhã') -> unconfirmed.",
                   answer(P, l1=A(), l2=U(), l3=A()))
    return [P], raw, exp


# 006 ---------------------------------------------------------------------------
@case("skautasmidjan-icelandic-as-ordered", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 reply (þ/ð) confirming both lines as ordered with a weekday date without year ('þriðjudaginn 8. desember').")
def c006():
    S = sup("SKAUTA", "Skautasmiðjan ehf.", "pantanir@skautasmidjan.example", "is-IS")
    P = po("4500081262", S, "mira", "EUR", "2026-11-05", [
        ("ISL-270-W", "Ice skate laces 270 cm, waxed, white", 400, "PR", "1.85", "2026-12-08"),
        ("ISL-300-B", "Ice skate laces 300 cm, waxed, black", 250, "PR", "1.95", "2026-12-08")])
    body = """Sæl Mira,

Takk fyrir pöntunina (nr. 4500081262). Við staðfestum báðar línur eins og pantað var:
400 pör af hvítum vaxbornum reimum (270 cm) á 1,85 EUR parið og 250 pör af svörtum (300 cm) á 1,95 EUR parið.

Afhending þriðjudaginn 8. desember.

Kveðja,
Guðrún Þórsdóttir
Skautasmiðjan ehf. | Kt. 540612-0980 | Sími 562 8810
Smiðjuvegi 44, 200 Kópavogi

""" + q_outlook(P, labels=("Frá", "Sent", "Til", "Efni"), sent="5. nóvember 2026 10:02")
    raw = mail(("Guðrún Þórsdóttir", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-06 09:12", text(body, "iso-8859-1"), P, zone="+0000",
               hcharset="iso-8859-1")
    exp = expected("confirmation",
                   "Both lines explicitly confirmed as ordered; '8. desember' without year = 2026-12-08 (a Tuesday) "
                   "= requested date. The kennitala and phone numbers are noise.",
                   answer(P, A()))
    return [P], raw, exp


# 007 ---------------------------------------------------------------------------
@case("podkova-koi8r-moq-pallet", "confirmation", "ru-RU",
      "KOI8-R 8bit Russian reply; line 2 raised from 60 to 100 boxes (one-pallet minimum); only a shipment date (отгрузка) given.")
def c007():
    S = sup("PODKOV", "OOO Podkova-Ural", "sbyt@podkova-ural.example", "ru-RU")
    P = po("4500081277", S, "jonas", "EUR", "2026-11-06", [
        ("HN-E4-SL", "Horseshoe nails E4 slim, box 250 pcs", 40, "BOX", "9.60", "2026-12-14"),
        ("HN-E5-RG", "Horseshoe nails E5 regular, box 250 pcs", 60, "BOX", "9.90", "2026-12-14")])
    body = """Добрый день, Йонас!

Заказ 4500081277 подтверждаем.

Поз. 1 (ухнали E4 slim) - 40 коробок по 9,60 EUR.
Поз. 2 (ухнали E5) - минимальная партия отгрузки 100 коробок (1 паллета), поэтому подтверждаем 100 коробок по 9,90 EUR.

Отгрузка обеих позиций со склада 14.12.2026.

С уважением,
Анна Смирнова
менеджер отдела сбыта
ООО "Подкова-Урал"
тел. +7 (343) 287-14-60, доб. 112

""" + q_gt(P, intro="Пятница, 6 ноября 2026, 10:02 +01:00 от {n} <{e}>:")
    raw = mail(("Анна Смирнова", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-10 12:40", text(body, "koi8-r", "8bit"), P, zone="+0300",
               hcharset="koi8-r")
    exp = expected("confirmation",
                   "Order confirmed. Line 1 as ordered; shipment 14.12.2026 is the only date, so it is the line date "
                   "(= requested). Line 2 quantity raised to 100 boxes due to pallet minimum, price unchanged -> changed.",
                   answer(P, l1=A(), l2=C(q=100)))
    return [P], raw, exp


# 008 ---------------------------------------------------------------------------
@case("postfix-user-unknown", "bounce", "en-GB",
      "Postfix DSN (multipart/report) from our own outbound relay: 550 5.1.1 user unknown; the returned original contains the full PO table.")
def c008():
    S = sup("THORNB", "Thornbury Tent Fittings Ltd", "orders@thornbury-tent.example", "en-GB")
    P = po("4500081290", S, "tom", "GBP", "2026-11-06", [
        ("TZ-10-MET", "Tent zip #10 metal, open-end, 90 cm", 300, "PC", "2.15", "2026-12-18"),
        ("TZ-PULL-D", "Zip puller, double, brass", 600, "PC", "0.34", "2026-12-18")])
    human = """This is the mail system at host mx1.larkfield.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@thornbury-tent.example>: host mx.thornbury-tent.example[203.0.113.25]
    said: 550 5.1.1 <orders@thornbury-tent.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    raw = dsn(P, "MAILER-DAEMON@mx1.larkfield.example (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-06 10:02:41", "+0100", human,
              "mx1.larkfield.example", "orders@thornbury-tent.example", "5.1.1",
              "550 5.1.1 <orders@thornbury-tent.example>: Recipient address rejected: User unknown in virtual mailbox table",
              arrival=rfcdate("2026-11-06 10:02:38"))
    exp = expected("bounce", "Postfix delivery status notification: the PO request never reached the supplier. "
                             "The quoted PO lines inside the returned message are our own text, not an answer.")
    return [P], raw, exp


# 009 ---------------------------------------------------------------------------
@case("steiner-abwesend-dates", "auto_reply", "de-AT",
      "Austrian out-of-office with Auto-Submitted header; contains a return date and phone numbers that must not be read as a delivery date.")
def c009():
    S = sup("STEINR", "Drachenbau Steiner KG", "office@drachenbau-steiner.example", "de-AT")
    P = po("4500081305", S, "mira", "EUR", "2026-11-09", [
        ("KSP-GFK-5", "Kite spar glass fibre rod 5 mm x 100 cm", 1000, "PC", "0.46", "2026-12-18"),
        ("KSP-CFK-4", "Kite spar carbon rod 4 mm x 100 cm", 500, "PC", "0.89", "2026-12-18")])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 20.11.2026 nicht im Büro
und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Huber,
Tel. +43 7242 61 330-12, sabine.huber@drachenbau-steiner.example.

Mit freundlichen Grüßen
Markus Steiner

Drachenbau Steiner KG · Stadtplatz 18 · 4600 Wels · FN 287341x · UID ATU 63928814
"""
    raw = mail(("Markus Steiner", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Automatische Antwort: " + req_subject(P), "2026-11-09 10:03", text(body, "utf-8"), P,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("Thread-Topic", req_subject(P))])
    exp = expected("auto_reply", "Out-of-office notice (Auto-Submitted: auto-replied). '20.11.2026' is the "
                                 "return-to-office date, not a delivery date; nothing is confirmed.")
    return [P], raw, exp


# 010 ---------------------------------------------------------------------------
@case("mombasa-zip-split-3-weeks", "confirmation", "sw-KE",
      "Kenyan English/Swahili reply; line 1 split 800 'dispatching tomorrow' + 200 'in 3 weeks from today' (relative to Date header); line 2 day-first 4/12/2026.")
def c010():
    S = sup("MSAZIP", "Mombasa Zip & Trim Ltd", "sales@mombasazip.example", "sw-KE")
    P = po("4500081311", S, "tom", "USD", "2026-11-06", [
        ("TZ-8-NY-2W", "Tent zip #8 nylon coil, 2-way, 180 cm", 1000, "PC", "0.92", "2026-12-04"),
        ("TZ-5-NY-1W", "Tent zip #5 nylon coil, 1-way, 60 cm", 2000, "PC", "0.31", "2026-12-04")])
    maild = "2026-11-12 09:20"
    body = """Habari Tom,

Thanks for PO 4500081311, well received.

Line 1 (#8 two-way 180cm): we have 800 pcs ready, dispatching tomorrow by DHL. Balance 200 pcs in 3 weeks from today, same price.
Line 2 (#5 60cm): confirmed 2000 pcs @ USD 0.31, ready for dispatch 4/12/2026.

Asante sana,
Wanjiru Kamau
Sales Coordinator | Mombasa Zip & Trim Ltd
P.O. Box 84210-80100 Mombasa | Tel +254 41 222 7315 | Mob 0722 418 906
KRA PIN P051234567X

""" + q_gt(P)
    raw = mail(("Wanjiru Kamau", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), maild, text(body, "utf-8", "7bit"), P, zone="+0300")
    exp = expected("confirmation",
                   "Mail dated Thu 2026-11-12. Line 1: 800 'tomorrow' = 2026-11-13, balance 200 'in 3 weeks from today' "
                   "= 2026-12-03; total 1000 as ordered, same price; split -> changed with schedule, last date 2026-12-03. "
                   "Line 2: only a dispatch date, 4/12/2026 day-first = 2026-12-04 = requested -> accepted.",
                   answer(P, l1=C(s=[(800, plus(maild, 1)), (200, plus(maild, 21))]), l2=A()))
    return [P], raw, exp


# 011 ---------------------------------------------------------------------------
@case("yifeng-gb18030-per-100", "confirmation", "zh-CN",
      "Chinese GB18030 base64 reply; one price quoted per 100 pairs (38.50/100对 = 0.385, unchanged by value) but with an earlier date; another line price increase.")
def c011():
    S = sup("YIFENG", "Shenzhen Yifeng Technology Co., Ltd.", "sales@yifeng-uav.example", "zh-CN")
    P = po("4500081326", S, "dana", "USD", "2026-11-09", [
        ("PRP-1045-CF", "Propeller 10x4.5 carbon fibre, CW/CCW pair", 500, "PR", "3.85", "2026-12-18"),
        ("PRP-1555-CF", "Propeller 15x5.5 carbon fibre, CW/CCW pair", 200, "PR", "9.40", "2026-12-18"),
        ("PRP-0845-PL", "Propeller 8x4.5 plastic, CW/CCW pair", 1000, "PR", "0.385", "2026-12-18")])
    body = """Dana 您好，

收到贵司订单 4500081326，确认如下：

1. PRP-1045-CF  10x4.5碳纤桨  500对  单价 USD 3.85  交期 2026/12/18
2. PRP-1555-CF  15x5.5碳纤桨  200对  因碳纤维原材料涨价，单价调整为 USD 9.90  交期 2026/12/18
3. PRP-0845-PL  8x4.5塑料桨  1000对  单价 USD 38.50/100对  交期 2026/12/11

如有问题请随时联系。
谢谢！

李娜 Lina Li
外贸部 | 深圳翼风科技有限公司
电话: +86 755 2683 1147  微信/WhatsApp: +86 138 2651 7790
地址: 深圳市宝安区西乡街道固戍一路 88 号

------------------ 原始邮件 ------------------
发件人: "Dana Ruiz"<dana.ruiz@larkfield.example>;
发送时间: 2026年11月9日(星期一) 下午5:02
收件人: "sales"<sales@yifeng-uav.example>;
主题: Purchase order 4500081326 - please confirm

""" + req_text(P)
    raw = mail(("Lina Li", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "回复：" + req_subject(P), "2026-11-10 15:08", text(body, "gb18030", "base64"), P, zone="+0800",
               hcharset="gb18030", mailer="Foxmail 7.2.25.228[cn]")
    exp = expected("confirmation",
                   "Line 1 as ordered. Line 2 price raised to 9.90 -> changed. Line 3: 'USD 38.50/100对' = 0.385 per pair, "
                   "equal by value to the PO price, but delivery 2026/12/11 is earlier than requested -> changed (date only).",
                   answer(P, l1=A(), l2=C(p="9.90"), l3=C(d="2026-12-11")))
    return [P], raw, exp


# 012 ---------------------------------------------------------------------------
@case("sg-composites-clarify-first", "needs_review", "en-IN",
      "Indian-English 'we are in receipt of your esteemed PO' mail that asks two technical questions and will only revert with schedule afterwards.")
def c012():
    S = sup("SGCOMP", "Shree Ganesh Composites Pvt. Ltd.", "marketing@sgcomposites.example", "en-IN")
    P = po("4500081333", S, "mira", "EUR", "2026-11-09", [
        ("KSP-6-CF", "Kite spar carbon tube 6 mm x 82.5 cm", 3000, "PC", "0.78", "2027-01-20"),
        ("KSP-8-CF", "Kite spar carbon tube 8 mm x 100 cm", 1500, "PC", "1.24", "2027-01-20")])
    body = """Dear Ma'am,

Greetings from Shree Ganesh Composites!

We are in receipt of your esteemed PO no. 4500081333 dated 09-11-2026 and thank you for the same.
Kindly clarify the following before we can process the order:

1) Item KSP-6-CF: wall thickness required is 0.75 mm or 1.0 mm? Our standard stock is 1.0 mm.
2) Whether tubes are to be supplied with pultruded (matt) or roll-wrapped (glossy) finish.

Upon receipt of your clarification we shall revert with delivery schedule and order acknowledgement at the earliest.

Thanks & Regards,
Hardik Patel
Asst. Manager - Marketing
Shree Ganesh Composites Pvt. Ltd.
Plot No. 214, GIDC Vatva, Ahmedabad - 382445, Gujarat
Mob: +91 98250 41177 | GSTIN: 24AABCS1234F1Z5

""" + q_outlook(P)
    raw = mail(("Hardik Patel", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-11 11:45", text(body, "utf-8", "7bit"), P, zone="+0530")
    exp = expected("needs_review", "Receipt plus questions (wall thickness, finish); the supplier explicitly commits to "
                                   "nothing until clarified. '09-11-2026' is our PO date.")
    return [P], raw, exp


# 013 ---------------------------------------------------------------------------
@case("vermeulen-rosewood-discontinued", "confirmation", "nl-BE",
      "Flemish reply: lines 1 and 3 'akkoord' with dates as week numbers (week 50 / week 3, Fridays = requested dates), rosewood line no longer supplied (CITES) with an alternative suggestion.")
def c013():
    S = sup("VERMKL", "Houtatelier Vermeulen BV", "verkoop@vermeulen-klankhout.example", "nl-BE")
    P = po("4500081340", S, "tom", "EUR", "2026-11-09", [
        ("MB-PAD-C4", "Marimba bar padauk, C4, tuned", 6, "EA", "38.00", "2026-12-11"),
        ("MB-ROS-C4", "Marimba bar Honduras rosewood, C4, tuned", 6, "EA", "96.00", "2026-12-11"),
        ("MB-PAD-SET43", "Marimba bar set padauk, 4.3 oct., untuned blanks", 2, "SET", "1240.00", "2027-01-22")])
    t = """Dag Tom,

Bedankt voor je bestelling 4500081340.

Lijn 1 en 3: akkoord zoals besteld (lijn 1 levering week 50, de sets in week 3).
Lijn 2: palissander leveren we niet meer (CITES-problematiek), dit artikel is uit ons gamma. Als alternatief kunnen we padoek aanbieden, zie lijn 1 - laat maar weten, dan maak ik een nieuwe offerte.

Met vriendelijke groeten,
Lotte Vermeulen
Houtatelier Vermeulen BV
Brugsesteenweg 212, 8500 Kortrijk | BTW BE 0654.321.987 | +32 56 21 44 90

"""
    q = q_outlook(P, labels=("Van", "Verzonden", "Aan", "Onderwerp"), sent="maandag 9 november 2026 10:02")
    h = html_wrap(html_from_text(t) + q_outlook_html(P, labels=("Van", "Verzonden", "Aan", "Onderwerp"),
                                                      sent="maandag 9 november 2026 10:02"), "nl")
    raw = mail(("Lotte Vermeulen", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-12 16:02", alt(text(t + q), html(h)), P)
    exp = expected("confirmation",
                   "Line 1: week 50 (no day) = Friday 2026-12-11 = requested; line 3: week 3 (next one after the "
                   "November mail, 2027) = Friday 2027-01-22 = requested; both 'akkoord zoals besteld' -> accepted. "
                   "Line 2 no longer supplied -> rejected; the padauk alternative is only an offer.",
                   answer(P, l1=A(), l2=R(), l3=A()))
    return [P], raw, exp


# 014 ---------------------------------------------------------------------------
@case("hanbit-prepayment-question", "needs_review", "ko-KR",
      "Korean EUC-KR mail: order received, but 30% prepayment is required for new customers and the delivery date will only be fixed after the buyer agrees.")
def c014():
    S = sup("HANBIT", "Hanbit Glass Co., Ltd.", "export@hanbitglass.example", "ko-KR")
    P = po("4500081352", S, "ana", "USD", "2026-11-10", [
        ("NPB-15-SQ", "Nail polish bottle 15 ml, square, clear glass", 20000, "PC", "0.118", "2027-01-29"),
        ("NPC-15-BK", "Cap with brush for 15 ml bottle, black", 20000, "PC", "0.064", "2027-01-29")])
    body = """안녕하세요 Ana님,

발주서 4500081352 잘 받았습니다. 감사합니다.

신규 거래처의 경우 당사 정책상 주문 금액의 30% 선급금(T/T in advance)이 필요합니다.
선급금 조건에 동의하시는지 알려주시면, 생산 일정을 확인한 후 납기를 확정해 드리겠습니다.

감사합니다.
김서연 드림

해외영업팀 과장 | (주)한빛글라스
경기도 안산시 단원구 산단로 163
Tel. +82-31-494-2270 | Fax. +82-31-494-2279
"""
    raw = mail(("김서연", "sy.kim@hanbitglass.example"), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-11 14:20", text(body, "euc-kr", "base64"), P, zone="+0900",
               hcharset="euc-kr")
    exp = expected("needs_review", "Supplier asks the buyer to accept 30% prepayment and will only fix the delivery "
                                   "date afterwards: a question, no commitment on any line.")
    return [P], raw, exp


# 015 ---------------------------------------------------------------------------
@case("bassano-newsletter", "unrelated", "it-IT",
      "Italian HTML newsletter from the same supplier (List-Unsubscribe, Precedence: bulk) with dates, discounts and item codes but no reference to the open PO.")
def c015():
    S = sup("BASSAN", "Martelleria Pianistica Bassano Srl", "ordini@martelleria-bassano.example", "it-IT")
    P = po("4500081360", S, "tom", "EUR", "2026-11-10", [
        ("PH-SET-88-14", "Piano hammer set 88 keys, 14 lb felt", 4, "SET", "685.00", "2027-01-15"),
        ("PH-BASS-10", "Piano bass hammers, copper-wound shank, set of 10", 10, "SET", "92.00", "2027-01-15")])
    t = """Martelleria Pianistica Bassano - Notizie di novembre 2026

NOVITÀ 2027: feltri Premium 16 lb
Dal 1° gennaio 2027 è disponibile la nuova serie di martelletti con feltro Premium da 16 lb (art. PH-P16-88).

PROMOZIONE DI FINE ANNO
Sconto del 5% su tutti gli ordini ricevuti entro il 15/12/2026 (codice NATALE26).

Chiusura per ferie: dal 24/12/2026 al 06/01/2027.

Ci vediamo alla Musikmesse: padiglione 3.1, stand C42.

Per non ricevere più questa newsletter: https://news.martelleria-bassano.example/unsub?u=8841
Martelleria Pianistica Bassano Srl - Via dei Tigli 9, 36061 Bassano del Grappa (VI) - P.IVA 03812470241
"""
    h = html_wrap("""<table width="600" align="center"><tr><td style="font-family:Georgia,serif">
<h1 style="color:#7a1f1f">Notizie di novembre 2026</h1>
<h2>NOVITÀ 2027: feltri Premium 16&nbsp;lb</h2>
<p>Dal 1° gennaio 2027 è disponibile la nuova serie di martelletti con feltro Premium da 16&nbsp;lb (art. PH-P16-88).</p>
<h2>PROMOZIONE DI FINE ANNO</h2>
<p>Sconto del <b>5%</b> su tutti gli ordini ricevuti entro il <b>15/12/2026</b> (codice NATALE26).</p>
<p>Chiusura per ferie: dal 24/12/2026 al 06/01/2027.</p>
<p>Ci vediamo alla Musikmesse: padiglione 3.1, stand C42.</p>
<p style="font-size:9px;color:#888">Per non ricevere più questa newsletter <a href="https://news.martelleria-bassano.example/unsub?u=8841">clicca qui</a>.<br>
Martelleria Pianistica Bassano Srl – Via dei Tigli 9, 36061 Bassano del Grappa (VI) – P.IVA 03812470241</p>
</td></tr></table>""", "it")
    raw = mail(("Martelleria Bassano", "news@martelleria-bassano.example"), ("", P["buyer"]["email"]),
               "Novità 2027 e promozione di fine anno 🎹", "2026-11-16 07:00", alt(text(t), html(h)), None,
               extra=[("List-Unsubscribe", "<https://news.martelleria-bassano.example/unsub?u=8841>, <mailto:unsub@news.martelleria-bassano.example>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("X-Campaign-ID", "nl-2026-11")])
    exp = expected("unrelated", "Marketing newsletter from the supplier's news address; it does not mention PO "
                                "4500081360 and confirms nothing. Dates and the 5% discount are promotional.")
    return [P], raw, exp


# 016 ---------------------------------------------------------------------------
@case("nitpol-inline-answers", "confirmation", "pl-PL",
      "Polish ISO-8859-2 reply with answers typed under each quoted PO row ('OK', new price 196,00, 'termin 18.12, reszta OK').")
def c016():
    S = sup("NITPOL", "Nitpol Sp. z o.o.", "zamowienia@nitpol.example", "pl-PL")
    P = po("4500081371", S, "jonas", "EUR", "2026-11-10", [
        ("RG-HAND-4.8", "Hand rivet gun, blind rivets up to 4.8 mm", 60, "EA", "14.20", "2026-12-10"),
        ("RG-PNEU-6.4", "Pneumatic rivet gun, up to 6.4 mm", 12, "EA", "189.00", "2026-12-10"),
        ("RG-NUT-M10", "Rivet nut tool M5-M10, lever type", 20, "EA", "46.50", "2026-12-10")])
    body = """Dzień dobry,

odpowiedzi poniżej w treści.

Pozdrawiam
Krzysztof Wróbel
Dział Sprzedaży | Nitpol Sp. z o.o.
ul. Przemysłowa 17, 42-400 Zawiercie | NIP 649-228-71-03 | tel. 32 672 18 40

""" + q_gt_inline(P, {1: "OK",
                      2: "potwierdzam 12 szt., cena 196,00 EUR/szt. (nowy cennik od 01.11), termin bez zmian",
                      3: "termin 18.12, reszta OK"},
                  intro="W dniu 10.11.2026 o 10:02, {n} pisze:")
    raw = mail(("Krzysztof Wróbel", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Odp: " + req_subject(P), "2026-11-12 08:55", text(body, "iso-8859-2"), P, hcharset="iso-8859-2",
               mailer="Mozilla Thunderbird")
    exp = expected("confirmation",
                   "Answers are written under the quoted rows. Line 1 'OK' = as ordered. Line 2: 12 pcs, price 196,00 EUR "
                   "(new price list), date unchanged -> changed. Line 3: date '18.12' (no year -> 2026-12-18), rest OK -> changed.",
                   answer(P, l1=A(), l2=C(p="196.00"), l3=C(d="2026-12-18")))
    return [P], raw, exp


# 017 ---------------------------------------------------------------------------
@case("csbajio-two-pos-one-mail", "confirmation", "es-MX",
      "Mexican Spanish mail answering two POs at once (new subject, replying to the first); second PO moved to '8 de enero de 2027' with a bag-of-50 remark that does not change the quantity.")
def c017():
    S = sup("CSBAJI", "Conectores Solares del Bajío S.A. de C.V.", "ventas@csbajio.example", "es-MX")
    P1 = po("4500081385", S, "tom", "USD", "2026-11-10", [
        ("SCG-M16-IP68", "Cable gland M16x1.5, IP68, nylon, black", 2000, "PC", "0.42", "2026-12-14"),
        ("SCG-M20-IP68", "Cable gland M20x1.5, IP68, nylon, black", 1500, "PC", "0.55", "2026-12-14")])
    P2 = po("4500081392", S, "tom", "USD", "2026-11-11", [
        ("SCG-M25-BR", "Cable gland M25x1.5, nickel-plated brass", 400, "PC", "2.35", "2027-01-11"),
        ("LN-M25-BR", "Lock nut M25x1.5, brass", 400, "PC", "0.48", "2027-01-11")])
    body = """Buen día Tom:

Le confirmo ambas órdenes de compra:

OC 4500081385 - todo conforme a su pedido, entrega 14/12/2026.

OC 4500081392
  Partida 1: 400 pzas a USD 2.35, entrega 8 de enero de 2027.
  Partida 2: las contratuercas M25 se venden en bolsa de 50 pzas, le enviamos 400 (8 bolsas), mismo precio, misma fecha que la partida 1.

Quedo atento a cualquier comentario.

Saludos cordiales,
Ing. Luis Fernando Ortega
Ventas Internacionales
Conectores Solares del Bajío S.A. de C.V.
Av. Tecnológico 1450, Parque Industrial, 38010 Celaya, Gto., México
Tel. +52 461 612 4077 | RFC CSB-090312-KT4

"""
    raw = mail(("Luis Fernando Ortega", S["email"]), (P1["buyer"]["name"], P1["buyer"]["email"]),
               "RE: Órdenes 4500081385 y 4500081392", "2026-11-13 13:10", text(body, "utf-8", "quoted-printable"),
               P1, zone="-0600")
    exp = expected("confirmation",
                   "Two POs answered. 4500081385: all as ordered (14/12/2026 = requested). 4500081392: line 1 dated "
                   "2027-01-08 instead of 2027-01-11 -> changed; line 2 still 400 pcs (8 bags of 50), same price, same "
                   "date as line 1 = 2027-01-08 -> changed (date only).",
                   answer(P1, A()), answer(P2, C(d="2027-01-08")))
    return [P1, P2], raw, exp


# 018 ---------------------------------------------------------------------------
@case("siamseal-buddhist-era", "confirmation", "th-TH",
      "Thai TIS-620 base64 reply with Buddhist-era years (15 ธ.ค. 2569 = 2026-12-15, 15 ม.ค. 2570 = 2027-01-15); second line later because a new die is needed.")
def c018():
    S = sup("SIAMSW", "Siam Seal & Wax Co., Ltd.", "sales@siamsealwax.example", "th-TH")
    P = po("4500081399", S, "mira", "EUR", "2026-11-11", [
        ("WS-STK25-RD", "Wax seal sticks, box of 25, red", 300, "BOX", "7.40", "2026-12-15"),
        ("WS-STMP-BR30", "Wax seal stamp, brass head 30 mm, custom monogram", 50, "EA", "12.80", "2027-01-08")])
    body = """เรียน คุณ Mira

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500081399 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. WS-STK25-RD แท่งครั่ง สีแดง จำนวน 300 กล่อง ราคา 7.40 ยูโร ส่งมอบวันที่ 15 ธ.ค. 2569
2. WS-STMP-BR30 ตราประทับทองเหลือง 30 มม. จำนวน 50 ชิ้น ราคา 12.80 ยูโร ส่งมอบวันที่ 15 ม.ค. 2570 (ต้องทำแม่พิมพ์ตราใหม่)

ขอแสดงความนับถือ
สุภาพร วงศ์ไทย (Supaporn)
ฝ่ายขายต่างประเทศ บริษัท สยามซีล แอนด์ แว็กซ์ จำกัด
โทร 02-321-4588 ต่อ 17
"""
    raw = mail(("Supaporn Wongthai", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "ตอบกลับ: " + req_subject(P), "2026-11-13 10:30", text(body, "tis-620", "base64"), P, zone="+0700",
               hcharset="tis-620")
    exp = expected("confirmation",
                   "Thai dates use the Buddhist era (BE = CE + 543). Line 1: 300 boxes, 7.40 EUR, 15 Dec 2569 = 2026-12-15 "
                   "-> accepted. Line 2: 50 pcs, 12.80 EUR, 15 Jan 2570 = 2027-01-15 instead of 2027-01-08 -> changed.",
                   answer(P, l1=A(), l2=C(d="2027-01-15")))
    return [P], raw, exp
