# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import *


@case("at-abacus-kw-outlook-latin1", "de-AT", "German Outlook top-post (Von/Gesendet) in ISO-8859-1 QP; line 2 moved to 'KW 2/2027' which is Friday 2027-01-15; price written with decimal comma equals PO.")
def c001():
    s = sup("PICHLER", "Holzwerk Pichler GmbH", "verkauf@holzwerk-pichler.example", "de-AT")
    p = po("4500031207", s, "2026-11-03", "EUR", [
        ("AB-1010", "Abacus frame beech, 10 rods", 60, "EA", "14.90", "2026-12-14"),
        ("AB-2020", "Abacus frame school size, 20 rods", 25, "EA", "31.50", "2026-12-14")])
    q = outlook_quote(p, ("Von", "Gesendet", "An", "Betreff"), sent="Dienstag, 3. November 2026 09:12")
    t = ("Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500031207.\n\n"
         "Pos. 1 AB-1010: 60 Stk. à EUR 14,90 - Liefertermin 14.12.2026 passt.\n"
         "Pos. 2 AB-2020: 25 Stk. à EUR 31,50 - leider erst in KW 2/2027 lieferbar, da die Buchenleisten noch trocknen.\n\n"
         "Mit freundlichen Grüßen\n\nMarkus Pichler\nHolzwerk Pichler GmbH\nGewerbestraße 14, 4580 Windischgarsten\n"
         "Tel. +43 7562 5521-0 | UID ATU 63829104 | FN 284911x LG Steyr\n" + q)
    m = reply(p, T(t, "iso-8859-1"), when(2026, 11, 5, 14, 37, 1), prefix="AW: ", charset="iso-8859-1")
    return [p], m, expected("confirmation", "Line 1 confirmed as ordered. Line 2 same qty/price, delivery 'KW 2/2027' without a day = Friday of ISO week 2 2027 = 2027-01-15. 'EUR 14,90' is the PO price in Austrian notation.",
                            conf(p, {1: A, 2: C(d="2027-01-15")}))


@case("br-paddles-price-per-dozen", "pt-BR", "Brazilian Gmail reply quotes a price per dozen (US$ 444,00/dúzia) against a per-each PO and a later date dd/mm/yyyy.")
def c002():
    s = sup("REMOSUL", "Remos do Sul Ind. e Com. Ltda.", "vendas@remosdosul.example", "pt-BR")
    p = po("PO-2026-0418", s, "2026-11-02", "USD", [
        ("CP-ASH-150", "Canoe paddle ash 150 cm", 120, "EA", "38.50", "2027-01-08")], buyer=1)
    body = ("Olá Jonas,\n\nConfirmamos o pedido PO-2026-0418, 120 remos de freixo 150 cm.\n"
            "Só uma correção: nosso preço para este item é US$ 444,00 por dúzia (10 dúzias), conforme tabela 2026.\n"
            "Entrega prevista: 15/01/2027 (o dia 08/01 não conseguimos por causa das férias coletivas).\n\n"
            "Abraços,\nFernanda Lopes\nRemos do Sul – Comercial\n(47) 3355-1290 | CNPJ 12.345.678/0001-90\n")
    intro = "Em seg., 2 de nov. de 2026 às 09:12, Jonas Berglund <jonas.berglund@halvard-trading.example> escreveu:"
    text = body + gmail_quote(p, intro)
    html = (text2html(body) + f"<div class=\"gmail_quote\"><div class=\"gmail_attr\">{html_esc(intro)}</div>"
            f"<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">{request_html(p)}</blockquote></div>")
    m = reply(p, ALT(T(text), H(html)), when(2026, 11, 4, 10, 21, -3), prefix="Re: ")
    return [p], m, expected("confirmation", "US$ 444,00 per dozen = 37.00 per EA (PO uom EA). Quantity 120 unchanged. Delivery 15/01/2027 (dd/mm) instead of 2027-01-08.",
                            conf(p, {1: C(p="37.00", d="2027-01-15")}))


@case("th-quartz-buddhist-year", "th-TH", "Terse Thai phone reply; date 18/12/2569 is in the Buddhist Era (2569 BE = 2026 CE), one line already wanted on that day.")
def c003():
    s = sup("SIAMQZ", "Siam Quartz Co., Ltd.", "sales@siamquartz.example", "th-TH")
    p = po("4500031288", s, "2026-11-06", "USD", [
        ("QZ-CL-40", "Clear quartz point 40-60 mm", 200, "PC", "3.20", "2026-12-15"),
        ("QZ-RS-TB", "Rose quartz tumbled, 1 kg bag", 40, "KG", "11.75", "2026-12-18")], buyer=2)
    t = ("เรียนคุณ Priya\n\nยืนยันใบสั่งซื้อ 4500031288 ทั้ง 2 รายการ จำนวนและราคาตามใบสั่งซื้อ "
         "จัดส่งพร้อมกันวันที่ 18/12/2569 ค่ะ\n\nขอบคุณค่ะ\nสุภาพร\n\nส่งจาก iPhone ของฉัน\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 9, 16, 2, 7), prefix="Re: ")
    return [p], m, expected("confirmation", "Both lines confirmed at PO qty and price, delivered together on 18/12/2569 BE = 2026-12-18. Line 1 (wanted 12-15) is therefore changed, line 2 (wanted 12-18) accepted.",
                            conf(p, {1: C(d="2026-12-18"), 2: A}))


@case("ke-hammock-received-only", "sw-KE", "Swahili/English reply only acknowledges receipt and promises a confirmation in two days; commits to nothing.")
def c004():
    s = sup("PWANI", "Pwani Cordage Ltd", "sales@pwanicordage.example", "sw-KE")
    p = po("4500031302", s, "2026-11-04", "USD", [
        ("HR-SIS-12", "Hammock rope sisal 12 mm", 800, "M", "0.85", "2027-01-11"),
        ("HR-COT-10", "Hammock rope cotton 10 mm", 500, "M", "1.10", "2027-01-11")])
    t = ("Habari Dana,\n\nTumepokea oda yako namba 4500031302 (mita 800 na mita 500). Asante sana.\n"
         "Tunakagua stoki na tutakuthibitishia bei na tarehe ya kusafirisha ndani ya siku mbili.\n\n"
         "Kind regards / Wasalaam,\nAmina Odhiambo\nPwani Cordage Ltd | P.O. Box 90420-80100 Mombasa\nTel +254 41 222 3180\n")
    m = reply(p, T(t, "utf-8", "7bit" if False else "quoted-printable") , when(2026, 11, 5, 11, 40, 3))
    return [p], m, expected("needs_review", "Receipt only: 'we have received your order ... will confirm price and shipping date within two days'. No commitment on any line.")


@case("in-sitar-hindi-moq-discontinued", "hi-IN", "Hindi reply with Indian digit grouping (₹1,12,500.00), MOQ raise on one line, a discontinued gauge rejected.")
def c005():
    s = sup("RIYAZ", "Riyaz Music Strings Pvt. Ltd.", "orders@riyazstrings.example", "hi-IN")
    p = po("HT/26/1183", s, "2026-11-02", "INR", [
        ("SS-MAIN-SET", "Sitar main string set, steel", 300, "SET", "225.00", "2026-12-21"),
        ("SS-TARAF-13", "Sitar taraf set 13 strings, bronze", 150, "SET", "310.00", "2026-12-21"),
        ("SS-G32-ROL", "Sitar steel wire gauge 32, roll", 20, "ROL", "1450.00", "2026-12-21")], buyer=2)
    t = ("नमस्ते प्रिया जी,\n\nआपका ऑर्डर HT/26/1183 प्राप्त हुआ, धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
         "1) SS-MAIN-SET – न्यूनतम ऑर्डर मात्रा (MOQ) 500 सेट है, इसलिए 500 सेट × ₹225.00 = ₹1,12,500.00, डिलीवरी 21-12-2026\n"
         "2) SS-TARAF-13 – 150 सेट × ₹310.00 = ₹46,500.00, डिलीवरी 21-12-2026 – ठीक है\n"
         "3) SS-G32-ROL – यह गेज अब बंद हो चुका है, हम इसकी आपूर्ति नहीं कर पाएँगे।\n\n"
         "GST अलग से लागू होगा।\n\nसादर,\nराजेश शर्मा\nरियाज़ म्यूज़िक स्ट्रिंग्स प्रा. लि., मिरज\nफ़ोन: +91 233 222 4471 | GSTIN 27AABCR1234F1Z5\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 6, 12, 15, 5, 30), prefix="Re: ")
    return [p], m, expected("confirmation", "Line 1 raised to MOQ 500 sets at unchanged ₹225.00 (totals use Indian grouping 1,12,500.00). Line 2 confirmed as ordered. Line 3 discontinued = rejected. 'GST extra' is a tax note, not a price change.",
                            conf(p, {1: C(q=500), 2: A, 3: R}))


@case("is-eyepiece-split-week", "is-IS", "Icelandic in ISO-8859-1: 18 pcs now, remaining 6 in 'viku 4' (Friday 2027-01-29), i.e. a split delivery of the full quantity.")
def c006():
    s = sup("STJORNU", "Stjörnusjá ehf.", "pantanir@stjornusja.example", "is-IS")
    p = po("4500031315", s, "2026-11-03", "EUR", [
        ("TE-PL-25", "Telescope eyepiece Plössl 25 mm 1.25\"", 24, "EA", "42.00", "2026-12-07"),
        ("TE-WA-9", "Telescope eyepiece wide angle 9 mm", 10, "EA", "88.50", "2026-12-07")], buyer=1)
    t = ("Sæll Jonas,\n\nTakk fyrir pöntunina.\n\n"
         "Lína 1 (TE-PL-25): við eigum aðeins 18 stk. á lager. Þau fara frá okkur 4. desember, "
         "hin 6 stk. koma í viku 4 á nýju ári.\n"
         "Lína 2 (TE-WA-9): 10 stk. á 88,50 EUR, afhending 7. desember eins og beðið var um.\n\n"
         "Bestu kveðjur,\nÞórdís Guðmundsdóttir\nStjörnusjá ehf. | Kt. 540312-0890 | Sími 551 2040\n")
    m = reply(p, T(t + gmail_quote(p), "iso-8859-1"), when(2026, 11, 10, 13, 5, 0), prefix="RE: ", charset="iso-8859-1")
    return [p], m, expected("confirmation", "Line 1: 18 pcs on 2026-12-04 + 6 pcs in week 4 2027 (Friday 2027-01-29) = split of the full 24; last date 2027-01-29. Line 2 accepted.",
                            conf(p, {1: C(sched=[(18, "2026-12-04"), (6, "2027-01-29")]), 2: A}))


@case("jp-stamps-sjis-noyear", "ja-JP", "Shift_JIS base64 Japanese 注文請書 with full-width digits; line 2 date '1月15日' without a year means 2027-01-15.")
def c007():
    s = sup("HANKODO", "株式会社 判光堂", "juchu@hankodo.example", "ja-JP")
    p = po("4500031330", s, "2026-11-02", "JPY", [
        ("IS-RB-SQ30", "Rubber ink stamp, square 30 mm, custom", 50, "PC", "850", "2026-12-10"),
        ("IS-PAD-BLK", "Ink pad, black, large", 30, "PC", "620", "2026-12-10")])
    t = ("ハルヴァルト・トレーディング\nDana Ruiz 様\n\nいつもお世話になっております。判光堂の佐藤でございます。\n"
         "ご注文番号 4500031330 につきまして、下記のとおりお請けいたします。\n\n"
         "１．IS-RB-SQ30　ゴム印 角30mm　５０個　単価 ８５０円　納期 １２月１０日\n"
         "２．IS-PAD-BLK　スタンプ台 黒 大　３０個　単価 ６２０円　納期 １月１５日（メーカー欠品のため）\n\n"
         "何卒よろしくお願い申し上げます。\n\n――――――――――――\n株式会社 判光堂　営業部　佐藤 健一\n"
         "〒110-0016 東京都台東区台東３-２１-８\nTEL 03-3831-2211　FAX 03-3831-2212\n")
    m = reply(p, T(t, "shift_jis", "base64"), when(2026, 11, 4, 10, 3, 9),
              subject="Re: " + req_subject(p), charset="iso-2022-jp", frm=("判光堂 佐藤", s["email"]))
    return [p], m, expected("confirmation", "Line 1 as ordered (full-width digits ５０, ８５０円, １２月１０日 = 2026-12-10). Line 2 delivery 1月15日 with no year = next such date after the mail = 2027-01-15.",
                            conf(p, {1: A, 2: C(d="2027-01-15")}))


@case("tw-barometer-roc-calendar-big5", "zh-TW", "Big5 Traditional Chinese with Minguo (ROC) calendar dates (民國116年1月8日 = 2027-01-08) and a raw-material price increase on line 2.")
def c008():
    s = sup("HENGDA", "恆達儀錶股份有限公司", "sales@hengda-gauge.example", "zh-TW")
    p = po("4500031341", s, "2026-11-05", "USD", [
        ("BD-AN-100", "Barometer dial aneroid, 100 mm brass", 150, "EA", "18.40", "2026-12-22"),
        ("BD-AN-127", "Barometer dial aneroid, 127 mm chrome", 80, "EA", "22.90", "2026-12-22")], buyer=1)
    t = ("Jonas 您好：\n\n感謝貴司訂單 4500031341，確認如下：\n"
         "第1項 BD-AN-100：150 個，單價 USD 18.40，交期 民國115年12月22日，照單確認。\n"
         "第2項 BD-AN-127：80 個，因鍍鉻原料上漲，單價調整為 USD 23.80，交期 民國116年1月8日。\n\n"
         "如有問題請與我聯繫。\n\n恆達儀錶股份有限公司 業務部 林美玲\n電話：(04)2359-8812 分機 215\n統一編號：28561034\n")
    m = reply(p, T(t, "big5", "base64"), when(2026, 11, 9, 9, 48, 8), charset="utf-8", frm=("林美玲", s["email"]))
    return [p], m, expected("confirmation", "ROC year 115 = 2026, 116 = 2027. Line 1 as ordered; line 2 price 22.90 -> 23.80 and delivery 2027-01-08.",
                            conf(p, {1: A, 2: C(p="23.80", d="2027-01-08")}))


@case("ru-organ-stops-koi8-shipdate", "ru-RU", "KOI8-R Russian; prices with space thousands separator and decimal comma; line 2 gives only a shipment date.")
def c009():
    s = sup("ORGANMAST", "ООО «Органные мастерские»", "zakaz@organmaster.example", "ru-RU")
    p = po("4500031366", s, "2026-11-03", "EUR", [
        ("OS-KN-EB", "Organ stop knob, ebony, engraved", 40, "EA", "1250.00", "2026-12-16"),
        ("OS-SH-BR", "Organ stop shank, brass, 120 mm", 40, "EA", "86.00", "2026-12-11")], buyer=2)
    t = ("Здравствуйте, Прия!\n\nПодтверждаем заказ № 4500031366:\n\n"
         "Поз. 1 — ручки регистров, эбен, 40 шт. по 1 250,00 EUR — поставка 16.12.2026, как указано в заказе.\n"
         "Поз. 2 — штоки латунные, 40 шт. по 86,00 EUR — дата отгрузки со склада 18.12.2026.\n\n"
         "С уважением,\nАлексей Морозов\nменеджер отдела продаж\nООО «Органные мастерские», ИНН 7701234567\nтел. +7 (495) 123-45-67, доб. 304\n")
    m = reply(p, T((t + gmail_quote(p, "03.11.2026, 09:12, \"Priya Natarajan\" <priya.natarajan@halvard-trading.example>:")).translate({0x2116: "N", 0xab: '"', 0xbb: '"', 0x2014: "-"}), "koi8-r", "8bit"),
              when(2026, 11, 6, 15, 27, 3), prefix="Re: ", frm=("Алексей Морозов", s["email"]), charset="koi8-r")
    return [p], m, expected("confirmation", "Line 1 confirmed as ordered ('1 250,00' = 1250.00). Line 2 only a ship date 18.12.2026 is given, which counts as the date (wanted 2026-12-11) -> changed.",
                            conf(p, {1: A, 2: C(d="2026-12-18")}))


@case("pl-bounce-user-unknown", "pl-PL", "Polish-language bounce from the supplier's hosting MTA (multipart/report, 5.1.1) carrying our original request.")
def c010():
    s = sup("DARTPOL", "DartPol Sp. z o.o.", "zamowienia@dartpol.example", "pl-PL")
    p = po("4500031372", s, "2026-11-09", "EUR", [
        ("DF-STD-100", "Darts flights standard, 100 sets", 30, "BOX", "17.60", "2026-12-18")])
    arr = when(2026, 11, 9, 9, 12, 1)
    txt = ("To jest wiadomość wygenerowana automatycznie przez serwer poczty mx.dartpol.example.\n\n"
           "Nie udało się dostarczyć Twojej wiadomości do jednego lub więcej odbiorców:\n\n"
           "  <zamowienia@dartpol.example>: 550 5.1.1 Skrzynka nie istnieje / mailbox does not exist\n\n"
           "Temat: " + req_subject(p) + "\n")
    body = Multi("report", [T(txt, "iso-8859-2"),
                            dsn("mx.dartpol.example", "zamowienia@dartpol.example", "failed", "5.1.1",
                                "550 5.1.1 <zamowienia@dartpol.example>: Recipient address rejected: User unknown in virtual mailbox table", arr),
                            rfc822_part(our_request_eml(p))], "; report-type=delivery-status")
    m = eml(body, frm=("Mail Delivery System", "MAILER-DAEMON@mx.dartpol.example"), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Niedostarczona wiadomość: " + req_subject(p), date=when(2026, 11, 9, 9, 12, 1), reply_to=None,
            extra=["Auto-Submitted: auto-replied"])
    return [p], m, expected("bounce", "Delivery status notification (5.1.1 user unknown) in Polish; the attached original is our request, not an answer.")


@case("cz-juggling-inline-cp1250", "cs-CZ", "Czech answers typed inline into our quoted table (windows-1250 QP): one OK, one new price 'à 4,35 EUR', one later date '22. 1.'")
def c011():
    s = sup("ZONGLER", "Žonglér s.r.o.", "obchod@zongler.example", "cs-CZ")
    p = po("4500031390", s, "2026-11-04", "EUR", [
        ("JC-PRO-52", "Juggling club pro, 52 cm", 120, "PC", "9.80", "2026-12-09"),
        ("JC-KID-45", "Juggling club kids, 45 cm", 200, "PC", "3.95", "2026-12-09"),
        ("JC-BAG-3", "Club bag for 3 clubs", 60, "PC", "6.20", "2026-12-09")])
    rows = fmt_table(p).split("\n")
    q = [f"Dne 4. 11. 2026 v 9:12 Dana Ruiz napsal(a):",
         "> Dear Žonglér s.r.o. team,", ">",
         f"> please confirm our purchase order {p['po_number']} dated {p['issued']} (quantities, prices and delivery dates per line):", ">",
         "> " + rows[0], "> " + rows[1], "OK", "> " + rows[2],
         "cena od 1. 11. bohužel 4,35 EUR/ks, množství a termín OK", "> " + rows[3],
         "tašky dodáme až 22. 1. – čeká se na látku, ostatní beze změny", ">",
         "> Please reply to this e-mail with your order confirmation.", ">", "> Kind regards", "> Dana Ruiz"]
    t = ("Dobrý den,\n\nodpovědi píšu přímo do Vaší tabulky níže.\n\nS pozdravem\nPetr Dvořák\nŽonglér s.r.o., IČO 27451823\n+420 603 118 422\n\n"
         + "\n".join(q) + "\n")
    m = reply(p, T(t, "windows-1250"), when(2026, 11, 5, 8, 50, 1), prefix="Re: ", charset="windows-1250")
    return [p], m, expected("confirmation", "Inline answers below each quoted line: line 1 OK; line 2 price 4,35 EUR instead of 3.95, qty/date OK; line 3 delivery '22. 1.' (no year -> 2027-01-22).",
                            conf(p, {1: A, 2: C(p="4.35"), 3: C(d="2027-01-22")}))


@case("hu-out-of-office", "hu-HU", "Hungarian out-of-office with return date, deputy phone numbers and order-like words; automatic, no commitment.")
def c012():
    s = sup("GONGHU", "Gong-Art Kft.", "ertekesites@gongart.example", "hu-HU")
    p = po("4500031404", s, "2026-11-10", "EUR", [
        ("GM-FELT-L", "Gong mallet felt head, large", 40, "EA", "27.00", "2026-12-17"),
        ("GM-RUB-S", "Gong mallet rubber head, small", 60, "EA", "12.40", "2026-12-17")])
    t = ("Tisztelt Partnerünk!\n\nKöszönöm levelét. 2026. november 10-től november 20-ig szabadságon vagyok, "
         "e-mailjeimet nem olvasom.\nMegrendelésekkel kapcsolatban kérem, forduljon kollégámhoz, Kiss Évához "
         "(kiss.eva@gongart.example, +36 1 234 5678).\n\nÜdvözlettel:\nNagy Gábor\nGong-Art Kft.\n\n"
         "---\nI am on leave from 10 to 20 November 2026. For orders please contact kiss.eva@gongart.example.\n")
    m = reply(p, T(t, "iso-8859-2"), when(2026, 11, 10, 9, 13, 1), subject="Automatikus válasz: " + req_subject(p),
              extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], charset="iso-8859-2", frm=("Nagy Gábor", s["email"]))
    return [p], m, expected("auto_reply", "Out-of-office (szabadságon vagyok 10-20 Nov) with deputy contact; nothing about the order lines.")


@case("gr-kettle-drum-surcharge-amount", "el-GR", "Greek ISO-8859-7: a per-piece surcharge stated as an amount (+35,00 €/τεμ.) to add to the PO price; other line unaffected.")
def c013():
    s = sup("TYMPANA", "Τύμπανα Παπαδόπουλος Α.Ε.", "sales@tympana.example", "el-GR")
    p = po("4500031419", s, "2026-11-05", "EUR", [
        ("KD-CU-26", "Kettle drum copper bowl 26\"", 4, "EA", "640.00", "2027-01-20"),
        ("KD-HEAD-26", "Kettle drum head, calfskin 26\"", 8, "EA", "95.00", "2027-01-20")], buyer=1)
    t = ("Αγαπητέ κύριε Berglund,\n\nΕπιβεβαιώνουμε την παραγγελία 4500031419.\n\n"
         "Γραμμή 1: 4 τεμ. τύμπανα χαλκού 26\". Λόγω της αύξησης της τιμής του χαλκού υπάρχει επιβάρυνση 35,00 € ανά τεμάχιο "
         "επί της τιμής της παραγγελίας (640,00 €). Παράδοση 20/01/2027.\n"
         "Γραμμή 2: 8 τεμ. δέρματα, 95,00 €/τεμ., παράδοση 20/01/2027.\n\n"
         "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤύμπανα Παπαδόπουλος Α.Ε. | ΑΦΜ 094512378 | Τηλ. 210 523 4411\n")
    m = reply(p, T(t, "iso-8859-7"), when(2026, 11, 11, 12, 30, 2), charset="iso-8859-7")
    return [p], m, expected("confirmation", "Line 1: copper surcharge 35,00 EUR per piece on top of 640,00 -> 675.00; qty and date as ordered. Line 2 accepted.",
                            conf(p, {1: C(p="675.00"), 2: A}))


@case("tr-flags-size-question", "tr-TR", "Turkish reply asks which flag size is meant before it can quote a date; contains prices and dates but commits to nothing.")
def c014():
    s = sup("DENIZBAY", "Deniz Bayrak Tekstil San. ve Tic. A.Ş.", "satis@denizbayrak.example", "tr-TR")
    p = po("4500031427", s, "2026-11-06", "EUR", [
        ("NF-ICS-SET", "Nautical flags ICS signal set, 40 flags", 15, "SET", "142.00", "2027-01-15"),
        ("NF-TR-COUR", "Courtesy flag Turkey 30x45", 50, "PC", "4.10", "2027-01-15")])
    t = ("Merhaba Dana Hanım,\n\n4500031427 numaralı siparişiniz için teşekkürler.\n"
         "Onaylamadan önce bir sorumuz var: ICS sinyal setini 30x45 cm mi yoksa 45x60 cm ölçüde mi istiyorsunuz? "
         "45x60 set fiyatımız 168,00 EUR, 30x45 set 142,00 EUR. Ölçüyü teyit ederseniz teslim tarihini de hemen bildiririz.\n\n"
         "Saygılarımızla,\nElif Yıldız\nDeniz Bayrak A.Ş. | Tuzla / İstanbul | +90 216 395 12 40\n")
    m = reply(p, T(t + gmail_quote(p), "iso-8859-9"), when(2026, 11, 9, 11, 5, 3), charset="iso-8859-9")
    return [p], m, expected("needs_review", "The supplier asks a question (which set size) before confirming; neither line is committed.")


@case("fi-glaze-pack-rounding-week", "fi-FI", "Finnish: glaze sold in 25 kg sacks so 110 kg is rounded to 125 kg, delivery 'viikolla 50' = Friday 2026-12-11.")
def c015():
    s = sup("SAVIPAJA", "Savipaja Oy", "myynti@savipaja.example", "fi-FI")
    p = po("4500031433", s, "2026-11-04", "EUR", [
        ("PG-CEL-25", "Pottery glaze celadon, powder", 110, "KG", "8.40", "2026-12-11"),
        ("PG-TEN-05", "Pottery glaze tenmoku, liquid 5 kg pail", 12, "EA", "46.00", "2026-12-11")], buyer=2)
    t = ("Hei Priya,\n\nKiitos tilauksesta 4500031433.\n\n"
         "Rivi 1: seladonlasite toimitetaan vain 25 kg:n säkeissä, joten toimitamme 5 säkkiä = 125 kg, hinta 8,40 €/kg.\n"
         "Rivi 2: 12 kpl tenmoku 5 kg á 46,00 €.\n\nMolemmat lähtevät viikolla 50.\n\n"
         "Ystävällisin terveisin\nLaura Virtanen\nSavipaja Oy, Y-tunnus 2456781-3\npuh. 040 551 2290\n")
    m = reply(p, ALT(T(t), H(text2html(t))), when(2026, 11, 5, 14, 2, 2), prefix="VS: ")
    return [p], m, expected("confirmation", "Line 1 rounded up to 125 kg (5 x 25 kg), price same. Week 50 Friday = 2026-12-11 = requested date for both lines, so line 2 accepted.",
                            conf(p, {1: C(q=125), 2: A}))


@case("se-invoice-other-order", "sv-SE", "Swedish invoice mail from the same supplier for a different, older order number; not an answer about the open PO.")
def c016():
    s = sup("LINSTEGE", "Linstege Repslageri AB", "ekonomi@linstege.example", "sv-SE")
    p = po("4500031450", s, "2026-11-05", "SEK", [
        ("RL-5M-TR", "Rope ladder 5 m, wooden rungs", 20, "EA", "1180.00", "2027-01-12")])
    t = ("Hej,\n\nBifogat finner ni faktura 20418 avseende er order 4500029871 (leverans 2026-10-22).\n"
         "Belopp att betala: 23 600,00 SEK inkl. moms, förfallodag 2026-12-12.\nBankgiro 5512-0931, OCR 2041859.\n\n"
         "Med vänlig hälsning\nEkonomiavdelningen\nLinstege Repslageri AB | Org.nr 556612-3390\n")
    fake_pdf = pdf(["Linstege Repslageri AB", "FAKTURA 20418", "Er order: 4500029871", "Repstege 5 m  20 st  1 180,00  23 600,00 SEK", "Att betala: 23 600,00 SEK"], "Faktura 20418")
    body = Multi("mixed", [T(t, "iso-8859-1"), ATT("Faktura_20418.pdf", "application/pdf", fake_pdf)])
    m = eml(body, frm=("Linstege Ekonomi", s["email"]), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Faktura 20418 från Linstege Repslageri AB", date=when(2026, 11, 12, 7, 30, 1))
    return [p], m, expected("unrelated", "Invoice for order 4500029871 (an earlier delivery), not the open PO 4500031450; same item type but different order, new thread.")


@case("no-ladders-html-only-uke", "nb-NO", "Norwegian HTML-only mail (no text part) with a confirmation table; 'uke 51' and 'uke 3' mean Fridays 2026-12-18 and 2027-01-22.")
def c017():
    s = sup("STIGEN", "Stigen Tauverk AS", "ordre@stigen.example", "nb-NO")
    p = po("4500031462", s, "2026-11-06", "NOK", [
        ("RL-3M-AL", "Rope ladder 3 m, aluminium rungs", 30, "EA", "890.00", "2026-12-18"),
        ("RL-8M-WD", "Rope ladder 8 m, wooden rungs", 10, "EA", "1640.00", "2027-01-15")], buyer=1)
    html = ("<div style=\"font-family:Calibri,sans-serif\"><p>Hei Jonas,</p><p>Takk for bestillingen. Her er vår ordrebekreftelse:</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Linje</th><th>Varenr.</th><th>Antall</th>"
            "<th>Pris</th><th>Levering</th></tr>"
            "<tr><td>1</td><td>RL-3M-AL</td><td>30 stk</td><td>kr 890,00</td><td>uke 51</td></tr>"
            "<tr><td>2</td><td>RL-8M-WD</td><td>10 stk</td><td>kr 1&nbsp;640,00</td><td>uke 3</td></tr></table>"
            "<p>Med vennlig hilsen<br>Ingrid Haugen<br>Stigen Tauverk AS &middot; Org.nr. 912 345 678 MVA &middot; tlf. 55 23 40 10</p></div>")
    m = reply(p, H(html, "iso-8859-1"), when(2026, 11, 10, 10, 10, 1), prefix="SV: ")
    return [p], m, expected("confirmation", "Week 51 Friday 2026-12-18 = requested -> line 1 accepted. Line 2 week 3 = Friday 2027-01-22, later than 2027-01-15 -> changed. 'kr 1 640,00' = 1640.00.",
                            conf(p, {1: A, 2: C(d="2027-01-22")}))


@case("dk-lantern-two-pos-one-mail", "da-DK", "Danish reply answers two of three open POs in one mail; one line discontinued ('udgået'); the third PO is not mentioned.")
def c018():
    s = sup("GLASHYTTE", "Lanterne Glashytten ApS", "salg@glashytten.example", "da-DK")
    p1 = po("4500031470", s, "2026-11-02", "DKK", [
        ("LG-CYL-80", "Lantern glass cylinder 80x150 mm", 200, "PC", "38.00", "2026-12-15"),
        ("LG-PAN-SQ", "Lantern glass pane square 120 mm", 400, "PC", "12.50", "2026-12-15")], buyer=2)
    p2 = po("4500031471", s, "2026-11-02", "DKK", [
        ("LG-CHM-60", "Lantern chimney glass 60 mm, frosted", 150, "PC", "24.00", "2027-01-08"),
        ("LG-CYL-80R", "Lantern glass cylinder 80 mm, ruby", 50, "PC", "61.00", "2027-01-08")], buyer=2)
    p3 = po("4500031493", s, "2026-11-06", "DKK", [
        ("LG-PAN-HEX", "Lantern glass pane hexagonal", 300, "PC", "15.75", "2027-01-20")], buyer=2)
    t = ("Hej Priya\n\nHermed bekræftelse på jeres to ordrer fra 2. november:\n\n"
         "4500031470: begge linjer OK – 200 stk. og 400 stk. til aftalte priser, levering 15.12.2026.\n\n"
         "4500031471:\n  pos. 1 LG-CHM-60 – 150 stk. á 24,00 kr., levering 08.01.2027 – OK\n"
         "  pos. 2 LG-CYL-80R (rubinrød) – desværre udgået af sortimentet, kan ikke leveres.\n\n"
         "Mvh\nSøren Kjær\nLanterne Glashytten ApS | CVR 34 56 78 12 | +45 98 12 34 56\n")
    m = eml(T(t, "windows-1252"), frm=("Søren Kjær", s["email"]), to=(p1["buyer"]["name"], p1["buyer"]["email"]),
            subject="Ordrebekræftelse 4500031470 + 4500031471", date=when(2026, 11, 4, 13, 44, 1),
            reply_to=p1["request_message_id"], refs=[p1["request_message_id"]], charset="iso-8859-1")
    return [p1, p2, p3], m, expected("confirmation", "PO ...470 fully accepted; PO ...471 line 1 accepted, line 2 discontinued = rejected. PO ...493 is not mentioned, so it is left out.",
                                     conf(p1, {1: A, 2: A}), conf(p2, {1: A, 2: R}))
