"""Cases A: confirmations (phone, stamped PO, inline answers, week numbers, ...)."""
from .common import (case, conf, mkpo, ln, supplier, request_text, req_subject, req_local,
                     prefix, outlook_quote, outlook_header, interleave, pct, h12, BUYERS)
from . import mime
from .mime import addr, hdr, text, multipart, attachment
from .mail import build, boundary, received, thread_index
from .pdf import make_pdf
from .docs import po_page

MAREN = BUYERS["maren"]
FELIX = BUYERS["felix"]
AIKO = BUYERS["aiko"]
SAMUEL = BUYERS["samuel"]


def _to(b):
    return addr(b[0], b[1])


# --------------------------------------------------------------------------- 1
def phone_first_line():
    sup = supplier("PADDLECRAFT", "Paddle Craft Australia Pty Ltd", "sales@paddlecraft.example", "en-AU")
    po = mkpo("4500231870", sup, "maren", "AUD", "2026-11-19", [
        ln(1, "CP-2210", "Canoe paddle, ash, straight shaft 140 cm", 24, "EA", "68.50", "2026-12-14"),
        ln(2, "CP-2215", "Canoe paddle, carbon, bent shaft 132 cm", 10, "EA", "214.00", "2026-12-14"),
        ln(3, "CP-9001", "Paddle drip ring, rubber", 60, "EA", "2.40", "2026-12-14"),
    ])
    t = req_local(po, 11)
    hh, ap = h12(t)
    attrib = f"On {t.day} Nov 2026, at {hh}:{t.minute:02d} {ap.lower()}, {MAREN[0]} <{MAREN[1]}> wrote:"
    body = ("Line 1 all good - 24 ash paddles ready for 14/12, same price.\n"
            "Carbon ones I need to check with Mick when I'm back in the shop tmrw\n\n"
            "Cheers\nJosh\n\nSent from my iPhone\n\n"
            + prefix(attrib + "\n\n" + request_text(po), "> ", "> "))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">Line 1 all good - 24 ash paddles ready for 14/12, same price.</div>'
            '<div dir="ltr">Carbon ones I need to check with Mick when I\u2019m back in the shop tmrw</div>'
            '<div dir="ltr"><br></div><div dir="ltr">Cheers</div><div dir="ltr">Josh<br><br>'
            '<div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">'
            f'{mime.esc(attrib)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
            + mime.esc(request_text(po)).replace("\n", "<br>") + "</div></blockquote></div></body></html>\n")
    root = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")],
                     boundary("apple", "a1"))
    date = "Tue, 24 Nov 2026 07:41:09 +1100"
    eml = build(addr("Josh Whitfield", "josh@paddlecraft.example"), _to(MAREN),
                "Re: " + req_subject(po), date, "<4E1B7C2A-93D0-4C55-A1F3-0B6E2D9F1A77@paddlecraft.example>",
                root, po["request_message_id"], mime_version="1.0 (1.0)",
                recv=received("mail-syd1.paddlecraft.example", "203.0.113.40", date, MAREN[1]),
                extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return case("phone-first-line-only", "confirmation", "en-AU",
                "iPhone reply answers line 1 only (day-first 14/12); carbon paddles deferred, drip rings ignored; full request quoted with all figures",
                [po], eml, [conf(po, "A", "U", "U")],
                "Phone reply commits only line 1 (14/12 = 2026-12-14, same price). Line 2 is deferred "
                "('need to check with Mick') and line 3 not mentioned: both unconfirmed.")


# --------------------------------------------------------------------------- 2
def stamped_po_pdf():
    sup = supplier("ALPENKETTE", "Alpenkette Schneeketten GmbH", "auftrag@alpenkette.example", "de-DE")
    po = mkpo("4500231911", sup, "maren", "EUR", "2026-11-17", [
        ln(1, "SK-4412", "Schneekette Gr. 90, 9 mm, 205/55 R16", 40, "PR", "58.90", "2026-12-11"),
        ln(2, "SK-4418", "Schneekette Gr. 120, 12 mm, SUV", 25, "PR", "96.40", "2026-12-11"),
        ln(3, "SK-0099", "Spannsystem Ersatzteilset", 60, "SET", "7.80", "2026-12-11"),
    ])
    page, ys, yend = po_page(po)
    blue = (0.1, 0.2, 0.7)
    page.text(505, ys[0] + 9, "OK", 11, "F5", blue)
    page.text(300, ys[1] - 11, "Liefertermin: 15.01.27 (KW 2) !", 10, "F5", blue)
    page.line(490, ys[1] + 3, 540, ys[1] + 3, 1.2, blue)
    page.text(300, ys[2] - 11, "nur 48 Sets lieferbar - Rest storniert", 10, "F5", blue)
    page.text(330, ys[2] + 10, "48", 11, "F5", blue)
    red = (0.8, 0.05, 0.1)
    page.rect(50, 48, 220, 56, 2, red)
    page.text(64, 88, "AUFTRAG ANGENOMMEN", 13, "F2", red)
    page.text(64, 75, "Alpenkette Schneeketten GmbH", 8.5, "F1", red)
    page.text(64, 64, "Am Innkanal 7 - 83022 Rosenheim", 8, "F1", red)
    page.text(64, 53, "26. Nov. 2026", 9, "F2", red)
    page.text(170, 55, "i.A. M. Huber", 12, "F5", blue, angle=8)
    pdf = make_pdf([page], f"Scan {po['po_number']}", "KONICA MINOLTA bizhub C300i",
                   "KONICA MINOLTA bizhub C300i", created="20261126141502+01'00'")
    t = req_local(po, 1)
    sent = f"Dienstag, 17. November 2026 {t.hour:02d}:{t.minute:02d}"
    intro = ("Sehr geehrte Frau Oyelaran,\n\n"
             "anbei erhalten Sie Ihre Bestellung 4500231911 gestempelt und unterschrieben zurück.\n"
             "Bitte beachten Sie unsere handschriftlichen Änderungen bei Pos. 2 und Pos. 3.\n\n"
             "Mit freundlichen Grüßen\n\nMonika Huber\nVertriebsinnendienst\n\n"
             "Alpenkette Schneeketten GmbH\nAm Innkanal 7 | 83022 Rosenheim\n"
             "Tel. +49 8031 4077-12 | Fax +49 8031 4077-99\n"
             "m.huber@alpenkette.example | www.alpenkette.example\n\n"
             "Geschäftsführer: Josef Brandl, Katharina Brandl | Amtsgericht Traunstein HRB 12345 | "
             "USt-IdNr. DE123456789\n\n")
    quote = outlook_quote("de", po, sent, to="auftrag@alpenkette.example")
    body = intro + quote
    qidx = intro.count("\n")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=qidx), "iso-8859-1", "DE", outlook=True)
    alt = multipart("alternative", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                    text(html, "html", "iso-8859-1", "quoted-printable")],
                    boundary("outlook", "a2alt"))
    att = attachment(pdf, "application/pdf", "4500231911_AB_unterschrieben.pdf")
    root = multipart("mixed", [alt, att], boundary("outlook", "a2mix"))
    date = "Thu, 26 Nov 2026 14:16:40 +0100"
    eml = build(addr("Huber, Monika", "m.huber@alpenkette.example"), _to(MAREN),
                "AW: " + req_subject(po), date,
                "<AM9PR07MB71842C3F0D1E5B6A9C2E8F41A7C52@AM9PR07MB7184.eurprd07.prod.outlook.example>",
                root, po["request_message_id"],
                recv=received("mail-am9.outbound.protection.outlook.example", "198.51.100.21", date, MAREN[1]),
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a2")),
                       ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                       ("X-MS-Has-Attach", "yes")])
    return case("stamped-po-pdf-returned", "confirmation", "de-DE",
                "Our own PO PDF returned stamped and signed; changes exist only as annotations inside the PDF, "
                "which still shows every original figure",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-15"}, {"q": 48})],
                "Body only says 'stamped and signed, see changes'. PDF annotations: line 1 OK; line 2 "
                "Liefertermin 15.01.27 (KW 2); line 3 only 48 sets, remainder cancelled (date unchanged).")


# --------------------------------------------------------------------------- 3
def ko_supplier_english():
    sup = supplier("HANBIT", "Hanbit Precision Co., Ltd.", "export@hanbit-precision.example", "ko-KR")
    po = mkpo("4500232045", sup, "maren", "KRW", "2026-11-20", [
        ln(1, "FR-3000S", "Spinning reel 3000, 6+1 BB", 120, "EA", "84500", "2026-12-18"),
        ln(2, "FR-5000B", "Baitcasting reel, low profile, RH", 60, "EA", "131000", "2026-12-18"),
    ])
    t = req_local(po, 9)
    hh, ap = h12(t)
    kap = "오전" if ap == "AM" else "오후"
    sent = f"2026년 11월 {t.day}일 금요일 {kap} {hh}:{t.minute:02d}"
    intro = ("Dear Maren,\n\nGood day! Thank you for your PO 4500232045.\nWe confirm as below.\n\n"
             "1. FR-3000S Spinning reel 3000 : 120 EA, KRW 84,500, delivery 2026.12.18 - OK\n"
             "2. FR-5000B Baitcasting reel : 60 EA, KRW 131,000, delivery 2027.01.08\n"
             "   (low profile spool parts are delayed from our vendor, sorry for inconvenience)\n\n"
             "If any question, please let me know.\n\n"
             "Best regards,\n\nJiwoo Park / 박지우\nOverseas Sales Team | 해외영업팀\n"
             "Hanbit Precision Co., Ltd.\n45, Noksan-daero, Gangseo-gu, Busan 46752, Korea\n"
             "T. +82-51-000-1234 | F. +82-51-000-1235\n\n")
    q = ("-----Original Message-----\n"
         + outlook_header("ko", f"\"Maren Oyelaran\" <{MAREN[1]}>", sent, "export@hanbit-precision.example",
                          req_subject(po)) + "\n" + request_text(po))
    body = intro + q
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")),
                         "ks_c_5601-1987", outlook=True, font="Malgun Gothic")
    root = multipart("alternative", [text(body, "plain", "ks_c_5601-1987", "base64"),
                                     text(html, "html", "ks_c_5601-1987", "base64")],
                     boundary("mixed", "a3"))
    date = "Mon, 23 Nov 2026 10:27:51 +0900"
    eml = build(addr("박지우", "jiwoo.park@hanbit-precision.example", "ks_c_5601-1987"), _to(MAREN),
                hdr("RE: " + req_subject(po)), date, "<000a01db5d2c$3e8a1f20$bb9e5d60$@hanbit-precision.example>",
                root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("a3")),
                       ("Content-Language", "ko")])
    return case("ko-supplier-writes-english", "confirmation", "ko-KR",
                "Korean supplier answers in English with Korean yyyy.mm.dd dates; Korean Outlook quote header; "
                "ks_c_5601-1987 base64; KRW with thousands commas",
                [po], eml, [conf(po, "A", {"d": "2027-01-08"})],
                "Language (English) differs from supplier locale ko-KR. Line 1 as ordered; line 2 delivery "
                "2027.01.08 instead of 2026-12-18.")


# --------------------------------------------------------------------------- 4
def fr_abbrev_months():
    sup = supplier("SERRE", "Moules Fromagers Serre SARL", "commandes@moules-serre.example", "fr-FR")
    po = mkpo("4500232102", sup, "maren", "EUR", "2026-11-18", [
        ln(1, "MF-210", "Moule à tomme Ø210 mm, PP alimentaire", 150, "PCS", "11.40", "2026-12-16"),
        ln(2, "MF-110", "Faisselle 1 L, perforée", 400, "PCS", "1.85", "2026-12-16"),
        ln(3, "MF-CAN", "Moule Cantal 10 kg inox avec couvercle", 12, "PCS", "248.00", "2027-01-08"),
    ])
    t = req_local(po, 1)
    body = ("Bonjour Madame Oyelaran,\n\n"
            "Nous vous remercions pour votre commande n° 4500232102 et vous la\nconfirmons comme suit :\n\n"
            "- ligne 1, MF-210 moule à tomme Ø210 : 150 pces à 11,40 € HT,\n  livraison le 16 déc.\n"
            "- ligne 2, MF-110 faisselle 1 L : 400 pces, nouveau tarif 1,97 € HT\n"
            "  (hausse matière au 1er décembre), livraison le 16 déc.\n"
            "- ligne 3, MF-CAN moule Cantal inox : 12 pces à 248,00 € HT,\n"
            "  livraison le 22 janv. 2027 (délai inox).\n\n"
            "Bien cordialement,\n\n-- \nSandrine Vidal\nAdministration des ventes\nMOULES FROMAGERS SERRE\n"
            "ZA de la Ponétie - 15000 Aurillac\nTél. : 04 71 00 00 00\n\n"
            f"Le 18/11/2026 à {t.hour:02d}:{t.minute:02d}, Maren Oyelaran a écrit :\n" + prefix(request_text(po)))
    root = text(body, "plain", "iso-8859-15", "quoted-printable", flowed=True)
    date = "Wed, 25 Nov 2026 14:22:07 +0100"
    eml = build(addr("Sandrine Vidal", "s.vidal@moules-serre.example"), _to(MAREN),
                "Re: " + req_subject(po), date, "<6f1c2b0e-8d4a-4b7e-9f31-2c5d7e8a9b10@moules-serre.example>",
                root, po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])
    return case("fr-abbrev-months-cheese-moulds", "confirmation", "fr-FR",
                "French abbreviated months without year ('16 déc.', '22 janv. 2027'), decimal comma prices, "
                "ISO-8859-15 QP, Thunderbird '>' quote with PO figures",
                [po], eml, [conf(po, "A", {"p": "1.97"}, {"d": "2027-01-22"})],
                "'16 déc.' without year = 2026-12-16 (next after mail date). Line 2 new price 1,97; line 3 "
                "22 janv. 2027.")


# --------------------------------------------------------------------------- 5
def moq_quantity():
    sup = supplier("HENGYUAN", "Ningbo Hengyuan Stainless Products Co., Ltd.", "sales@hengyuan-ss.example", "zh-CN")
    po = mkpo("4500232230", sup, "maren", "CNY", "2026-11-20", [
        ln(1, "TS-M65", "Tea strainer mesh ball 65 mm, SS304", 300, "PCS", "6.80", "2026-12-21"),
        ln(2, "TS-HB12", "Tea strainer with handle, 12 cm", 800, "PCS", "4.20", "2026-12-21"),
    ])
    t = req_local(po, 8)
    hh, ap = h12(t)
    ampm = "上午" if ap == "AM" else "下午"
    intro = ("Maren 您好，\n\n感谢贵司订单 4500232230，回复如下：\n\n"
             "1. TS-M65 球形滤茶器 65mm：我司该款最小起订量（MOQ）为500个，300个无法单独排产，"
             "按500个生产，单价不变 6.80元/个，交期 2026年12月28日。\n"
             "2. TS-HB12 带柄滤茶器 12cm：800个，单价 4.20元/个，交期 2026年12月21日，没问题。\n\n"
             "如有疑问请随时联系。\n\n"
             "王丽 Lily Wang\n宁波恒远不锈钢制品有限公司\n外贸部\n电话：0574-8800 0000  手机/微信：138 0000 0000\n\n")
    q = ("------------------ 原始邮件 ------------------\n"
         f"发件人: \"Maren Oyelaran\"<{MAREN[1]}>;\n"
         f"发送时间: 2026年11月{t.day}日(星期五) {ampm}{hh}:{t.minute:02d}\n"
         "收件人: \"sales\"<sales@hengyuan-ss.example>;\n"
         f"主题: {req_subject(po)}\n\n" + request_text(po))
    body = intro + q
    html = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"
            "<div>" + "</div><div>".join(mime.esc(x) or "<br>" for x in intro.rstrip("\n").split("\n"))
            + "</div><div><br></div><div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">"
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            "<div style=\"font-size: 12px;background:#efefef;padding:8px;\"><div><b>发件人:</b>&nbsp;\"Maren Oyelaran\"&lt;"
            f"{MAREN[1]}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月{t.day}日(星期五) {ampm}{hh}:{t.minute:02d}</div>"
            f"<div><b>主题:</b>&nbsp;{mime.esc(req_subject(po))}</div></div><div><br></div><pre>"
            + mime.esc(request_text(po)) + "</pre>\n")
    root = multipart("alternative", [text(body, "plain", "GB2312", "base64"),
                                     text(html, "html", "GB2312", "base64")],
                     "----=_NextPart_6560A1F2_0B7C3E48_5D2F9A11")
    date = "Fri, 27 Nov 2026 15:36:12 +0800"
    eml = build(addr("王丽", "lily.wang@hengyuan-ss.example", "GB2312"), _to(MAREN),
                hdr("回复：" + req_subject(po), "GB2312"), date, "<tencent_5B2E8C1A9F03D47E6A21C0B3@qq.example>",
                root, po["request_message_id"],
                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("X-Priority", "3")])
    return case("moq-raises-quantity", "confirmation", "zh-CN",
                "Simplified Chinese GB2312 base64 (Foxmail quote block); MOQ raises line 1 from 300 to 500 and moves date; "
                "Chinese full-width punctuation and 年月日 dates",
                [po], eml, [conf(po, {"q": 500, "d": "2026-12-28"}, "A")],
                "MOQ 500: supplier states it will produce 500 (price unchanged 6.80) for 2026-12-28. Line 2 "
                "confirmed as ordered.")


# --------------------------------------------------------------------------- 6
def discount_percent():
    sup = supplier("KASLUCHT", "Kaslucht Techniek B.V.", "verkoop@kaslucht.example", "nl-NL")
    po = mkpo("4500232311", sup, "aiko", "EUR", "2026-11-20", [
        ln(1, "GV-AUTO-45", "Automatische raamopener, wascilinder, 7 kg", 200, "PCS", "24.50", "2026-12-09"),
        ln(2, "GV-LOUV-600", "Lamellenluchter 600 x 600 mm, aluminium", 40, "PCS", "86.00", "2026-12-09"),
        ln(3, "GV-RACK-12", "Tandheugelset nokluchting, 12 m", 15, "SET", "312.50", "2027-01-13"),
    ])
    t = req_local(po, 1)
    sent = f"vrijdag 20 november 2026 {t.hour:02d}:{t.minute:02d}"
    intro = ("Goedemiddag Aiko,\n\n"
             "Dank voor je order 4500232311. Omdat de orderwaarde boven de € 10.000 uitkomt, geven wij "
             "4% korting op de prijzen uit jullie order, voor alle regels.\n\n"
             "Levering:\n"
             "- regel 1 (GV-AUTO-45) en regel 2 (GV-LOUV-600): 9 dec. zoals gevraagd\n"
             "- regel 3 (GV-RACK-12): week 2, de tandheugels worden op maat gezaagd\n\n"
             "Aantallen conform order.\n\n"
             "Met vriendelijke groet,\n\nRuud van der Meer\nBinnendienst\n\n"
             "Kaslucht Techniek B.V. | Poeldijkseweg 112 | 2675 AZ Honselersdijk\n"
             "T +31 (0)174 00 00 00 | www.kaslucht.example\n\n")
    body = intro + outlook_quote("nl", po, sent, to="Verkoop Kaslucht <verkoop@kaslucht.example>")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), "windows-1252",
                         "NL", outlook=True)
    root = multipart("alternative", [text(body, "plain", "windows-1252", "quoted-printable"),
                                     text(html, "html", "windows-1252", "quoted-printable")],
                     boundary("outlook", "a6"))
    date = "Thu, 26 Nov 2026 13:05:33 +0100"
    eml = build(addr("Ruud van der Meer", "r.vandermeer@kaslucht.example"), _to(AIKO),
                "RE: " + req_subject(po), date,
                "<DB8PR02MB55617A0C2E4B9D13F6A8C02BB7E29@DB8PR02MB5561.eurprd02.prod.outlook.example>",
                root, po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a6")),
                       ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", "")])
    return case("discount-percent-off-po", "confirmation", "nl-NL",
                "4% discount stated once for all lines (applies to PO prices); 'week 2' for line 3; Dutch "
                "abbreviated month '9 dec.'",
                [po], eml,
                [conf(po, {"p": pct("24.50", -4)}, {"p": pct("86.00", -4)},
                      {"p": pct("312.50", -4), "d": "2027-01-15"})],
                "4% off PO price on every line: 23.52 / 82.56 / 300.00. Week 2 (no day) = Friday 2027-01-15.")


# --------------------------------------------------------------------------- 7
def second_reply_corrects():
    sup = supplier("HARTLEY", "Hartley Marquee Supplies Ltd", "sales@hartley-marquee.example", "en-GB")
    po = mkpo("4500232406", sup, "felix", "GBP", "2026-11-16", [
        ln(1, "MP-K6-30", "King pole, aluminium, 6.0 m, 100 mm dia", 16, "EA", "142.00", "2026-12-07"),
        ln(2, "MP-SD-24", "Side pole, steel, 2.4 m, galvanised", 120, "EA", "18.75", "2027-01-11"),
        ln(3, "MP-BP-100", "Base plate for 100 mm pole", 16, "EA", "22.10", "2026-12-07"),
    ])
    t = req_local(po, 0)
    first_id = "<LO2P265MB3A91F0E2C17B48D2A3E6C9F0D1B2@LO2P265MB3A91.GBRP265.PROD.OUTLOOK.example>"
    sig = ("Gareth Price\nSales Office\nHartley Marquee Supplies Ltd\n"
           "Unit 4, Severn Valley Business Park, Bridgnorth WV16 4XX\n01746 000000\n")
    top = ("Felix,\n\nSorry - please ignore my email from this morning as far as line 2 goes. I've just spoken "
           "to the galvaniser and they're shut from 18 December until 11 January, so the side poles "
           "can't make 04/01.\n\n"
           "Correct date for line 2 (MP-SD-24, 120 side poles) is 18/01/2027. Lines 1 and 3 stand as "
           "confirmed below, prices all as per your PO.\n\nApologies for the confusion.\n\nGareth\n\n" + sig + "\n")
    first = ("Morning Felix,\n\nHappy to confirm PO 4500232406 in full:\n\n"
             "Line 1 - 16 x 6.0 m king poles @ £142.00 - delivery 07/12/2026\n"
             "Line 2 - 120 x 2.4 m side poles @ £18.75 - delivery 04/01/2027\n"
             "Line 3 - 16 x base plates @ £22.10 - delivery 07/12/2026\n\nRegards\nGareth\n\n" + sig + "\n")
    q1 = ("________________________________\n" +
          outlook_header("en", "Gareth Price", "23 November 2026 11:02",
                         f"'Felix Brandauer' <{FELIX[1]}>", "RE: " + req_subject(po)) + "\n" + first)
    q0 = outlook_quote("en", po, f"16 November 2026 {t.hour:02d}:{t.minute:02d}", greeting="Dear Gareth,",
                       to="Hartley Marquee Sales <sales@hartley-marquee.example>")
    body = top + q1 + q0
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=top.count("\n")), "utf-8", "EN-GB",
                         outlook=True)
    root = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                     text(html, "html", "utf-8", "quoted-printable")], boundary("outlook", "a7"))
    date = "Mon, 23 Nov 2026 15:47:02 +0000"
    eml = build(addr("Gareth Price", "gareth.price@hartley-marquee.example"), _to(FELIX),
                "RE: " + req_subject(po), date,
                "<LO2P265MB3A91C7D04E2F16B9A5E0D3C8B7F1@LO2P265MB3A91.GBRP265.PROD.OUTLOOK.example>",
                root, first_id, references=f"{po['request_message_id']} {first_id}",
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a7")),
                       ("Content-Language", "en-GB")])
    return case("second-reply-corrects-first", "confirmation", "en-GB",
                "Second reply in thread corrects line 2 date of the first (quoted) reply; closure dates in text; "
                "day-first dates",
                [po], eml, [conf(po, "A", {"d": "2027-01-18"}, "A")],
                "Latest message wins: line 2 18/01/2027 (quoted first reply said 04/01/2027; galvaniser closure "
                "dates are not delivery dates). Lines 1 and 3 as ordered.")


# --------------------------------------------------------------------------- 8
def forwarded_chain():
    sup = supplier("MLEVANTE", "Muelles Levante S.L.", "pedidos@muelleslevante.example", "es-ES")
    po = mkpo("4500232519", sup, "maren", "EUR", "2026-11-19", [
        ln(1, "TR-SP-165", "Muelle cama elástica 165 mm galvanizado", 2000, "PCS", "0.92", "2026-12-18"),
        ln(2, "TR-SP-215", "Muelle cama elástica 215 mm galvanizado", 1200, "PCS", "1.14", "2026-12-18"),
    ])
    t = req_local(po, 1)
    subj_int = f"Pedido Larkspur 4500232519 - ¿llegamos al 18/12?"
    lucia = "Lucía Ferrer <lferrer@muelleslevante.example>"
    carmen = "Carmen Soler <csoler@muelleslevante.example>"
    jordi = "Jordi Puig <jpuig@muelleslevante.example>"
    top = ("Hola Maren:\n\nTe reenvío la conversación interna sobre vuestro pedido 4500232519 para que veas "
           "el motivo. Te confirmo el pedido según lo que indica Jordi (Planificación) en su último correo, "
           "más abajo. Precios y cantidades según pedido.\n\nUn saludo,\n\n"
           "Lucía Ferrer\nDpto. Comercial\nMuelles Levante S.L.\n"
           "Pol. Ind. Fuente del Jarro · C/ Ciudad de Sevilla 12 · 46988 Paterna (Valencia)\nTel. 961 00 00 00\n\n")
    m3 = (outlook_header("es", jordi, "jueves, 26 de noviembre de 2026 12:40", f"{lucia}; {carmen}", "RE: " + subj_int)
          + "\nCorrijo lo que dijo Carmen: el muelle de 215 no llega, el alambre de 3,5 mm no entra hasta el 4/1.\n"
            "El de 165 sí lo servimos el 18/12 como pide el cliente; el de 215, entrega el 15/01/2027.\n\nJordi\n\n")
    m2 = (outlook_header("es", carmen, "miércoles, 25 de noviembre de 2026 17:02", f"{lucia}; {jordi}", "RE: " + subj_int)
          + "\nSí, podemos servir todo el 18/12 sin problema.\n\nCarmen\n\n")
    m1 = (outlook_header("es", lucia, "miércoles, 25 de noviembre de 2026 9:15", f"{carmen}; {jordi}", subj_int)
          + "\nChicos, ¿podemos cumplir el 18/12 con este pedido de Larkspur? Os copio su correo.\n\n")
    m0 = (outlook_header("es", f"{MAREN[0]} <{MAREN[1]}>",
                         f"jueves, 19 de noviembre de 2026 {t.hour}:{t.minute:02d}",
                         "pedidos@muelleslevante.example", req_subject(po)) + "\n" + request_text(po))
    body = top + "\n".join(["________________________________\n" + m for m in (m3, m2, m1, m0)])
    html = mime.html_doc(mime.plain_to_html(body, outlook=True), "iso-8859-1", "ES", outlook=True)
    root = multipart("alternative", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                                     text(html, "html", "iso-8859-1", "quoted-printable")], boundary("outlook", "a8"))
    date = "Thu, 26 Nov 2026 16:10:44 +0100"
    eml = build(addr("Lucía Ferrer", "lferrer@muelleslevante.example", "iso-8859-1", "Q"), _to(MAREN),
                hdr("RV: RE: " + subj_int, "iso-8859-1", "Q"), date,
                "<PAXPR08MB6A3C1E9F2D0B47A8C5E1D6F2A9B0@PAXPR08MB6A3C.eurprd08.prod.outlook.example>", root,
                extra=[("Thread-Topic", subj_int.replace("¿", "")), ("Thread-Index", thread_index("a8")),
                       ("Content-Language", "es-ES")])
    return case("forwarded-internal-chain-latest-wins", "confirmation", "es-ES",
                "Forward of an internal chain: production said 18/12 for all, planning later corrected the 215 mm "
                "spring to 15/01/2027; no In-Reply-To; internal subject",
                [po], eml, [conf(po, "A", {"d": "2027-01-15"})],
                "Latest internal statement (Jordi, 26/11) wins and the cover note adopts it: 165 mm on 18/12 as "
                "ordered, 215 mm on 2027-01-15. Carmen's older 'todo el 18/12' is superseded.")


# --------------------------------------------------------------------------- 9
def html_rowspan_split():
    sup = supplier("DINGLI", "Dingli Optics Co., Ltd.", "sales@dingli-optics.example", "zh-TW")
    po = mkpo("4500232644", sup, "samuel", "TWD", "2026-11-20", [
        ln(1, "EP-PL10", "Plossl eyepiece 10 mm, 1.25 in", 80, "EA", "960", "2026-12-15"),
        ln(2, "EP-WA20", "Wide-angle eyepiece 20 mm 68 deg, 2 in", 40, "EA", "3450", "2026-12-15"),
        ln(3, "EP-ZM824", "Zoom eyepiece 8-24 mm", 30, "EA", "2180", "2027-01-12"),
    ])
    t = req_local(po, 8)
    hh, ap = h12(t)
    td = 'style="border:1px solid #999;padding:3px 6px"'
    rows = [
        f"<tr><td {td}>1</td><td {td}>EP-PL10</td><td {td}>Plossl 目鏡 10mm 1.25\"</td><td {td}>80</td>"
        f"<td {td}>960</td><td {td}>80</td><td {td}>2026/12/15</td></tr>",
        f"<tr><td rowspan=\"2\" {td}>2</td><td rowspan=\"2\" {td}>EP-WA20</td><td rowspan=\"2\" {td}>廣角目鏡 20mm 68° 2\"</td>"
        f"<td rowspan=\"2\" {td}>40</td><td rowspan=\"2\" {td}>3,450</td><td {td}>25</td><td {td}>2026/12/15</td></tr>",
        f"<tr><td {td}>15</td><td {td}>2027/01/05</td></tr>",
        f"<tr><td {td}>3</td><td {td}>EP-ZM824</td><td {td}>變焦目鏡 8-24mm</td><td {td}>30</td>"
        f"<td {td}>2,180</td><td {td}>30</td><td {td}>2027/01/12</td></tr>",
        f"<tr><td colspan=\"5\" align=\"right\" {td}><b>合計（未稅）</b></td><td colspan=\"2\" {td}><b>TWD 280,200</b></td></tr>",
    ]
    head = "".join(f"<th {td} bgcolor=\"#DDEBF7\">{h}</th>" for h in
                   ["項次", "料號", "品名", "訂購數量", "單價 (TWD)", "交貨數量", "交貨日期"])
    ampm = "上午" if ap == "AM" else "下午"
    quote = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             f"<p><b>寄件者:</b> Samuel Okafor &lt;{SAMUEL[1]}&gt;<br><b>寄件日期:</b> 2026年11月{t.day}日 {ampm} {hh}:{t.minute:02d}<br>"
             f"<b>收件者:</b> sales@dingli-optics.example<br><b>主旨:</b> {mime.esc(req_subject(po))}</p></div>"
             "<pre style=\"font-family:Consolas\">" + mime.esc(request_text(po)) + "</pre>")
    inner = ("<p>Samuel 您好：</p><p>感謝貴公司訂單 4500232644，交期回覆如下表。"
             "第2項因鍍膜產能不足，需分兩批出貨，其餘依訂單。</p>"
             f"<table style=\"border-collapse:collapse;font-size:10pt\"><tr>{head}</tr>{''.join(rows)}</table>"
             "<p>如有問題請隨時告知，謝謝！</p>"
             "<p>陳怡君 Annie Chen<br>業務部<br>鼎立光學股份有限公司<br>台中市西屯區工業區一路 00 號<br>"
             "TEL: +886-4-2350-0000 ext. 215</p><p>&nbsp;</p>" + quote)
    html = mime.html_doc(inner, "big5", outlook=True, font="新細明體")
    root = text(html, "html", "big5", "base64")
    date = "Fri, 27 Nov 2026 10:18:26 +0800"
    eml = build(addr("陳怡君", "annie.chen@dingli-optics.example", "big5"), _to(SAMUEL),
                hdr("回覆: " + req_subject(po), "big5"), date, "<003401db5fa1$8c2e4d10$a48ae730$@dingli-optics.example>",
                root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("a9")),
                       ("Content-Language", "zh-tw")])
    return case("html-rowspan-split-table", "confirmation", "zh-TW",
                "HTML-only Big5 mail; table uses rowspan for line 2 split into two deliveries and colspan for the total",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-05", "s": [(25, "2026-12-15"), (15, "2027-01-05")]}, "A")],
                "Line 2 (rowspan=2) is split: 25 on 2026/12/15 and 15 on 2027/01/05. Lines 1 and 3 as ordered.")


# --------------------------------------------------------------------------- 10
def us_ship_vs_eta():
    sup = supplier("FIREHOUSE", "Firehouse Fabrication Inc.", "orders@firehousefab.example", "en-US")
    po = mkpo("4500232701", sup, "maren", "USD", "2026-11-17", [
        ln(1, "FPB-300", "Fire pole ceiling bracket, 3 in pole, stainless", 20, "EA", "186.00", "2026-12-18"),
        ln(2, "FPB-310", "Fire pole floor flange with rubber pad", 20, "EA", "94.50", "2026-12-18"),
        ln(3, "FPB-HW", "Mounting hardware kit, grade 8", 40, "SET", "12.25", "2026-12-18"),
    ])
    t = req_local(po, -5)
    hh, ap = h12(t)
    attrib = f"On Tue, Nov 17, 2026 at {hh}:{t.minute:02d}\u202f{ap} Maren Oyelaran <{MAREN[1]}> wrote:"
    top = ("Maren,\n\nPO 4500232701 is confirmed as written - all three lines, pricing per PO.\n\n"
           "Everything ships 12/14 via air freight (DHL Global Forwarding), ETA at your Rotterdam "
           "warehouse 12/18. I'll send the AWB and commercial invoice once it's picked up.\n\n"
           "Thanks,\nDale\n\n-- \nDale Kowalski | Inside Sales\nFirehouse Fabrication Inc.\n"
           "2200 Station St, Akron, OH 44311\n(330) 555-0148\n\n")
    body = top + attrib + "\n\n" + prefix(request_text(po))
    html = ('<div dir="ltr">' + "".join(f"<div>{mime.esc(x) or '<br>'}</div>" for x in top.rstrip().split("\n"))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + mime.esc(attrib)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + mime.esc(request_text(po)).replace("\n", "<br>") + "</blockquote></div>\n")
    root = multipart("alternative", [text(body, "plain", "UTF-8", "quoted-printable"),
                                     text(html, "html", "UTF-8", "quoted-printable")], boundary("gmail", "a10"))
    date = "Mon, 23 Nov 2026 10:52:17 -0500"
    eml = build(addr("Dale Kowalski", "dale@firehousefab.example"), _to(MAREN), "Re: " + req_subject(po), date,
                "<CAJ8qN2vH3kXr0pT9yF1m_Lw4sD6e7ZbQx2cV5nA0uG8hR1oK3w@mail.gmail.example>",
                root, po["request_message_id"])
    return case("us-ship-vs-eta", "confirmation", "en-US",
                "Ship date 12/14 and ETA 12/18 both given (month-first, no year); delivery date wins and equals PO",
                [po], eml, [conf(po, "A", "A", "A")],
                "Confirmed as written; ETA 12/18 (delivery) wins over ship date 12/14, so all lines accepted.")


# --------------------------------------------------------------------------- 11
def at_jaenner_inline():
    sup = supplier("STEINER", "Vogelhaus Manufaktur Steiner e.U.", "office@vogelhaus-steiner.example", "de-AT")
    po = mkpo("4500232788", sup, "maren", "EUR", "2026-11-18", [
        ln(1, "BF-SILO-30", "Futtersilo 30 cm, Metall, grün", 150, "PCS", "14.20", "2026-12-10"),
        ln(2, "BF-HAUS-L", "Vogelhaus Lärche, groß", 60, "PCS", "39.00", "2026-12-10"),
        ln(3, "BF-KNODEL", "Meisenknödelhalter, Edelstahl", 300, "PCS", "3.10", "2026-12-10"),
    ])
    t = req_local(po, 1)
    q = prefix(request_text(po))
    q = interleave(q, {
        "BF-SILO-30": "passt, Lieferung am 10.12.",
        "BF-HAUS-L": ("Das Lärchenholz muss noch nachtrocknen, die großen Häuser kann ich\n"
                      "leider erst am 12. Jänner 2027 liefern. Preis bleibt gleich."),
        "BF-KNODEL": ("Termin passt, aber der Edelstahl ist teurer geworden: ab 1.12. kostet\n"
                      "der Knödelhalter EUR 3,35 netto pro Stück."),
    })
    body = ("Grüß Gott Frau Oyelaran,\n\ndanke für die Bestellung, meine Antworten stehen direkt unter den "
            "Positionen.\n\n"
            f"Am 18.11.2026 um {t.hour:02d}:{t.minute:02d} schrieb Maren Oyelaran:\n" + q +
            "\nSchöne Grüße aus der Steiermark\nFranz Steiner\n\n-- \nVogelhaus Manufaktur Steiner e.U.\n"
            "Hauptplatz 3, 8330 Feldbach\nTel. +43 3152 00 00\n")
    root = text(body, "plain", "ISO-8859-1", "8bit")
    date = "Tue, 24 Nov 2026 19:48:03 +0100"
    eml = build(addr("Franz Steiner", "office@vogelhaus-steiner.example"), _to(MAREN),
                "Re: " + req_subject(po), date, "<a3f9e1c2-57b0-4d8e-b1a6-0f2d9c4e7b15@vogelhaus-steiner.example>",
                root, po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-AT")])
    return case("at-jaenner-inline-answers", "confirmation", "de-AT",
                "Answers typed between the quoted PO lines (which keep the PO figures); Austrian 'Jänner'; "
                "8bit ISO-8859-1; price with 'EUR 3,35'",
                [po], eml, [conf(po, "A", {"d": "2027-01-12"}, {"p": "3.35"})],
                "Inline: line 1 ok 10.12.; line 2 '12. Jänner 2027' (Austrian January); line 3 date ok, new "
                "price 3,35 per piece.")


# --------------------------------------------------------------------------- 12
def ch_xlsx_ack():
    import datetime as dt
    from decimal import Decimal as D
    from .xlsx import make_xlsx
    sup = supplier("RUEEGG", "Tafelbau Rüegg AG", "verkauf@tafelbau-rueegg.example", "de-CH")
    po = mkpo("4500232850", sup, "maren", "CHF", "2026-11-16", [
        ln(1, "CF-1200", "Kreidetafel-Rahmen Eiche 120 x 90 cm", 35, "EA", "189.50", "2026-12-14"),
        ln(2, "CF-2000", "Kreidetafel-Rahmen Aluminium 200 x 100 cm", 20, "EA", "1245.00", "2026-12-14"),
        ln(3, "CF-CLIP", "Befestigungsclips, Set à 8", 60, "SET", "9.80", "2026-12-14"),
    ])
    rows = [
        [("b", "Tafelbau Rüegg AG - Auftragsbestätigung")],
        ["AB-Nr.", "AB-26-04471"],
        ["Ihre Bestellung", "4500232850 vom 16.11.2026"],
        ["Datum", dt.date(2026, 11, 26)],
        ["Kunde", "Larkspur Trading Group, Rotterdam"],
        [],
        [("b", x) for x in ["Pos.", "Ihre Art.-Nr.", "Unsere Art.-Nr.", "Bezeichnung", "Menge", "Einheit",
                            "Preis CHF", "Betrag CHF", "Liefertermin"]],
        [1, "CF-1200", "TR-RE-1290", "Kreidetafel-Rahmen Eiche 120x90", 35, "Stk", D("189.50"), D("6632.50"), dt.date(2026, 12, 14)],
        ["2.1", "CF-2000", "TR-RA-2010", "Kreidetafel-Rahmen Alu 200x100", 12, "Stk", D("1245.00"), D("14940.00"), dt.date(2026, 12, 14)],
        ["2.2", "CF-2000", "TR-RA-2010", "Kreidetafel-Rahmen Alu 200x100 (Restmenge)", 8, "Stk", D("1245.00"), D("9960.00"), dt.date(2027, 1, 18)],
        [3, "CF-CLIP", "TR-CL-08", "Befestigungsclips, Set à 8", 60, "Set", D("9.80"), D("588.00"), dt.date(2026, 12, 14)],
        [],
        ["", "", "", ("b", "Total netto exkl. MWST"), "", "", "", D("32120.50")],
        [],
        ["Lieferbedingungen: DAP Rotterdam (Incoterms 2020)"],
        ["Zahlungsbedingungen: 30 Tage netto"],
    ]
    xlsx = make_xlsx([{"name": "AB-26-04471", "rows": rows, "widths": [7, 14, 15, 42, 8, 8, 12, 13, 13]}])
    t = req_local(po, 1)
    intro = ("Grüezi Frau Oyelaran\n\nBesten Dank für Ihre Bestellung 4500232850.\n\n"
             "Im Anhang erhalten Sie unsere Auftragsbestätigung AB-26-04471 als Excel-Datei. Bitte beachten Sie "
             "die Teillieferung bei Position 2 (Aluminiumprofile).\n\n"
             "Gesamtbetrag CHF 32'120.50 exkl. MWST.\n\n"
             "Freundliche Grüsse\n\nReto Zollinger\nVerkauf Innendienst\n\nTafelbau Rüegg AG\nIndustriestrasse 21\n"
             "8604 Volketswil\nTel. +41 44 000 00 00\n\n")
    sent = f"Montag, 16. November 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("de", po, sent, to="Verkauf <verkauf@tafelbau-rueegg.example>")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), "utf-8", "DE-CH",
                         outlook=True)
    alt = multipart("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                    text(html, "html", "utf-8", "quoted-printable")], boundary("outlook", "a12a"))
    att = attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "AB-26-04471_Larkspur.xlsx")
    root = multipart("mixed", [alt, att], boundary("outlook", "a12m"))
    date = "Thu, 26 Nov 2026 08:57:19 +0100"
    eml = build(addr("Reto Zollinger", "r.zollinger@tafelbau-rueegg.example"), _to(MAREN),
                "AW: " + req_subject(po), date,
                "<ZR0P278MB0921E5A3B7C4D1F0A2B9E6C3D8F0@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.example>", root,
                po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a12")),
                       ("Content-Language", "de-CH"), ("X-MS-Has-Attach", "yes")])
    return case("ch-xlsx-ack-split", "confirmation", "de-CH",
                "Confirmation only in an XLSX attachment (dates as Excel serials, positions 2.1/2.2 = split); "
                "Swiss apostrophe thousands in body",
                [po], eml,
                [conf(po, "A", {"d": "2027-01-18", "s": [(12, "2026-12-14"), (8, "2027-01-18")]}, "A")],
                "XLSX AB: pos 1 and 3 as ordered; pos 2 split into 2.1 (12 on 2026-12-14) and 2.2 (8 on "
                "2027-01-18), price unchanged.")


# --------------------------------------------------------------------------- 13
def sv_vecka():
    sup = supplier("RODDTEKNIK", "Roddteknik Norrström AB", "order@roddteknik.example", "sv-SE")
    po = mkpo("4500232917", sup, "aiko", "SEK", "2026-11-17", [
        ln(1, "RR-WING-C", "Vingrigger kolfiber, sculler", 16, "PCS", "4250.00", "2026-12-18"),
        ln(2, "RR-PIN-13", "Årtullspinne 13 mm, rostfri", 64, "PCS", "185.00", "2026-12-18"),
    ])
    t = req_local(po, 1)
    intro = ("Hej Aiko!\n\nTack för ordern 4500232917. Vi bekräftar enligt nedan:\n\n"
             "Rad 1, RR-WING-C vingrigger kolfiber: 16 st à 4 250,00 kr, leverans v. 51\n"
             "Rad 2, RR-PIN-13 årtullspinne 13 mm: 64 st à 192,50 kr, leverans v. 51\n"
             "(vår underleverantör har höjt priset på rostfritt från 1 december)\n\n"
             "Med vänliga hälsningar\n\nElin Sjöberg\nOrderavdelningen\nRoddteknik Norrström AB\n"
             "Strandvägen 14, 114 56 Stockholm\n08-000 00 00\n\n")
    sent = f"den 17 november 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("sv", po, sent, to="order@roddteknik.example")
    root = text(body, "plain", "iso-8859-1", "quoted-printable")
    date = "Wed, 25 Nov 2026 09:31:55 +0100"
    eml = build(addr("Elin Sjöberg", "elin.sjoberg@roddteknik.example", "iso-8859-1", "Q"), _to(AIKO),
                "SV: " + req_subject(po), date,
                "<HE1PR0701MB2F8A4C0D93B1E7F5A6C2D0E9B4A1@HE1PR0701MB2F8A.eurprd07.prod.outlook.example>",
                root, po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a13")),
                       ("Content-Language", "sv-SE")])
    return case("sv-vecka-riggers", "confirmation", "sv-SE",
                "Swedish 'v. 51' week notation, space thousands and decimal comma ('4 250,00 kr'), 'à' unit price",
                [po], eml, [conf(po, "A", {"p": "192.50"})],
                "v. 51 = Friday 2026-12-18 = requested date. Line 2 price raised to 192,50.")


# --------------------------------------------------------------------------- 14
def pl_roll_price():
    sup = supplier("SPORTLINIA", "Sport-Linia Sp. z o.o.", "zamowienia@sport-linia.example", "pl-PL")
    po = mkpo("4500233004", sup, "felix", "PLN", "2026-11-23", [
        ln(1, "CLT-50W", "Taśma do linii kortu, biała, 50 mm", 500, "M", "3.10", "2027-01-11"),
        ln(2, "CLT-50Y", "Taśma do linii kortu, żółta, 50 mm", 200, "M", "3.10", "2027-01-11"),
        ln(3, "CLT-NAIL", "Gwoździe mocujące do taśmy, 100 szt.", 12, "BOX", "24.00", "2027-01-11"),
    ])
    t = req_local(po, 1)
    intro = ("Dzień dobry,\n\ndziękujemy za zamówienie nr 4500233004. Potwierdzamy realizację:\n\n"
             "Poz. 1 - CLT-50W taśma biała 50 mm: 500 m = 10 rolek po 50 mb, cena 148,00 zł netto za rolkę, "
             "dostawa 11 sty 2027.\n"
             "Poz. 2 - CLT-50Y taśma żółta: niestety wycofana z produkcji, nie jesteśmy w stanie zrealizować "
             "tej pozycji.\n"
             "Poz. 3 - CLT-NAIL gwoździe: 12 op. po 24,00 zł netto, dostawa 11 sty 2027.\n\n"
             "Pozdrawiam\nAgnieszka Wróbel\nDział Obsługi Klienta\nSport-Linia Sp. z o.o.\n"
             "ul. Głogowska 218, 60-104 Poznań\ntel. 61 000 00 00\nNIP 779-000-00-00\n\n")
    sent = f"poniedziałek, 23 listopada 2026 {t.hour:02d}:{t.minute:02d}"
    body = intro + outlook_quote("pl", po, sent, greeting="Dear Sir or Madam,", to="zamowienia@sport-linia.example")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), "iso-8859-2", "PL",
                         outlook=True)
    root = multipart("alternative", [text(body, "plain", "iso-8859-2", "quoted-printable"),
                                     text(html, "html", "iso-8859-2", "quoted-printable")], boundary("outlook", "a14"))
    date = "Mon, 30 Nov 2026 11:20:48 +0100"
    eml = build(addr("Agnieszka Wróbel", "a.wrobel@sport-linia.example", "iso-8859-2", "Q"), _to(FELIX),
                "RE: " + req_subject(po), date,
                "<VI1PR09MB4E2D7A1C0F3B96E8D5A2C4B1F0E7@VI1PR09MB4E2D.eurprd09.prod.outlook.example>", root,
                po["request_message_id"],
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("a14")),
                       ("Content-Language", "pl-PL")])
    return case("pl-roll-price-per-metre", "confirmation", "pl-PL",
                "Price quoted per 50 m roll while PO is per metre; Polish month abbreviation 'sty'; one line "
                "discontinued; ISO-8859-2",
                [po], eml, [conf(po, {"p": "2.96"}, "R", "A")],
                "Line 1: 148,00 zł per 50 m roll = 2.96 per M (PO uom), 500 m, 11 sty 2027 = 2027-01-11. Line 2 "
                "withdrawn from production: rejected. Line 3 as ordered.")


# --------------------------------------------------------------------------- 15
def cz_split():
    sup = supplier("LABORSERVIS", "Laborservis Brno s.r.o.", "obchod@laborservis.example", "cs-CZ")
    po = mkpo("4500233115", sup, "samuel", "CZK", "2026-11-24", [
        ln(1, "FHS-1500", "Posuvné okno digestoře 1500 mm, bezpečnostní sklo", 10, "PCS", "18450.00", "2026-12-18"),
        ln(2, "FHS-SEAL", "Těsnicí profil okna, sada", 10, "SET", "640.00", "2026-12-18"),
    ])
    t = req_local(po, 1)
    intro = ("Dobrý den,\n\npotvrzujeme Vaši objednávku č. 4500233115:\n\n"
             "pol. 1 FHS-1500 posuvné okno digestoře 1500 mm\n"
             "  - 6 ks dodáme 18. 12. 2026\n"
             "  - zbývající 4 ks v týdnu 2/2027 (čekáme na bezpečnostní sklo od dodavatele)\n"
             "  - cena 18 450,00 Kč/ks bez DPH\n"
             "pol. 2 FHS-SEAL těsnicí profil, sada: 10 sad po 640,00 Kč, dodání 18. 12. 2026\n\n"
             "S pozdravem\n\nIng. Petr Dvořák\nobchodní oddělení\nLaborservis Brno s.r.o.\n"
             "Hněvkovského 30, 617 00 Brno\ntel.: +420 545 000 000\n\n")
    sent = f"úterý 24. listopadu 2026 {t.hour}:{t.minute:02d}"
    body = intro + outlook_quote("cs", po, sent, to="obchod@laborservis.example")
    root = text(body, "plain", "windows-1250", "base64")
    date = "Tue, 1 Dec 2026 10:02:37 +0100"
    eml = build(addr("Petr Dvořák", "dvorak@laborservis.example", "windows-1250", "Q"), _to(SAMUEL),
                "RE: " + req_subject(po), date, "<001201db63c9$2a7f4e80$7f7deb80$@laborservis.example>", root,
                po["request_message_id"], extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                                 ("Thread-Index", thread_index("a15")), ("Content-Language", "cs")])
    return case("cz-split-week-fume-hood", "confirmation", "cs-CZ",
                "Czech dates with spaces ('18. 12. 2026'), split delivery with remainder in 'týden 2/2027', "
                "windows-1250 base64 plain text",
                [po], eml,
                [conf(po, {"d": "2027-01-15", "s": [(6, "2026-12-18"), (4, "2027-01-15")]}, "A")],
                "Line 1: 6 pcs 2026-12-18 + 4 pcs week 2/2027 (Friday 2027-01-15). Line 2 as ordered.")


# --------------------------------------------------------------------------- 16
def hu_year_first():
    sup = supplier("ZARHAZ", "Zárház Kft.", "rendeles@zarhaz.example", "hu-HU")
    po = mkpo("4500233208", sup, "maren", "HUF", "2026-11-19", [
        ln(1, "ML-CAM-16", "Postaláda zár, bütykös, 16 mm", 500, "PCS", "1850.00", "2026-12-11"),
        ln(2, "ML-CAM-22", "Postaláda zár, bütykös, 22 mm", 300, "PCS", "2100.00", "2026-12-11"),
        ln(3, "ML-KEY-BL", "Kulcsnyers, 100 db/doboz", 5, "BOX", "9600.00", "2026-12-11"),
    ])
    t = req_local(po, 1)
    intro = ("Tisztelt Oyelaran Asszony!\n\nKöszönjük megrendelését. A 4500233208 számú rendelést az alábbiak "
             "szerint visszaigazoljuk:\n\n"
             "1. tétel - ML-CAM-16 postaláda zár 16 mm: 500 db, 1 850 Ft/db, szállítás 2026. 12. 11.\n"
             "2. tétel - ML-CAM-22 postaláda zár 22 mm: 300 db, 2 100 Ft/db, szállítás 2026. dec. 18.\n"
             "3. tétel - ML-KEY-BL kulcsnyers: 5 doboz, 9 600 Ft/doboz, szállítás 2026. 12. 11.\n\n"
             "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nZárház Kft.\n4031 Debrecen, Határ út 5.\n"
             "Tel.: +36 52 000 000\n\n")
    sent = f"2026. november 19., csütörtök {t.hour}:{t.minute:02d}"
    body = intro + outlook_quote("hu", po, sent, to="rendeles@zarhaz.example")
    html = mime.html_doc(mime.plain_to_html(body, outlook=True, quote_from=intro.count("\n")), "iso-8859-2", "HU",
                         outlook=True)
    root = multipart("alternative", [text(body, "plain", "iso-8859-2", "quoted-printable"),
                                     text(html, "html", "iso-8859-2", "quoted-printable")], boundary("outlook", "a16"))
    date = "Fri, 27 Nov 2026 13:40:12 +0100"
    eml = build(addr("Kovács Eszter", "kovacs.eszter@zarhaz.example", "iso-8859-2", "Q"), _to(MAREN),
                hdr("Vá: " + req_subject(po), "iso-8859-2", "Q"), date,
                "<000b01db60b8$e4c1a2f0$ae44e8d0$@zarhaz.example>", root, po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("a16")),
                       ("Content-Language", "hu")])
    return case("hu-year-first-mailbox-locks", "confirmation", "hu-HU",
                "Hungarian year-first dates ('2026. 12. 11.', '2026. dec. 18.'), HUF with space thousands, "
                "name order family-first, 'Vá:' prefix",
                [po], eml, [conf(po, "A", {"d": "2026-12-18"}, "A")],
                "Lines 1 and 3 as ordered; line 2 delivery 2026. dec. 18. instead of 12. 11.")


# --------------------------------------------------------------------------- 17
def ru_koi8():
    sup = supplier("OPTGEO", "OOO Optika-Geodeziya", "sbyt@optika-geo.example", "ru-RU")
    po = mkpo("4500233301", sup, "samuel", "RUB", "2026-11-20", [
        ln(1, "TL-OBJ-30", "Theodolite telescope objective lens, 30x", 25, "PCS", "12400.00", "2026-12-21"),
        ln(2, "TL-OCU-10", "Theodolite eyepiece with reticle", 25, "PCS", "3850.00", "2026-12-21"),
    ])
    t = req_local(po, 3)
    body = ("Здравствуйте, Samuel!\n\nПодтверждаем заказ N 4500233301:\n\n"
            "поз. 1 - объектив TL-OBJ-30, 25 шт., цена 12 980,00 руб./шт. (с 1 декабря\n"
            "подорожало оптическое стекло), срок поставки 21.12.2026;\n"
            "поз. 2 - окуляр TL-OCU-10, 25 шт. по 3 850,00 руб., поставка 25 дек.\n\n"
            "Счёт на предоплату вышлем отдельным письмом.\n\n"
            "--\nС уважением,\nИрина Соколова\nотдел сбыта ООО \"Оптика-Геодезия\"\nтел. +7 (843) 000-00-00\n\n"
            f"Вы писали {t.day} ноября 2026 г., {t.hour:02d}:{t.minute:02d}:\n\n" + prefix(request_text(po)))
    root = text(body, "plain", "koi8-r", "8bit")
    date = "Wed, 25 Nov 2026 12:14:09 +0300"
    eml = build(addr("Ирина Соколова", "sokolova@optika-geo.example", "koi8-r"), _to(SAMUEL),
                "Re: " + req_subject(po), date, "<1829347651.20261125121409@optika-geo.example>", root,
                po["request_message_id"], extra=[("X-Mailer", "The Bat! (v10.4.3) Professional"),
                                                 ("Reply-To", addr("Ирина Соколова", "sokolova@optika-geo.example", "koi8-r"))])
    return case("ru-koi8-theodolite-price", "confirmation", "ru-RU",
                "KOI8-R 8bit (The Bat!), Russian abbreviated month '25 дек.' without year, space thousands and "
                "decimal comma prices; prepayment remark is not a condition",
                [po], eml, [conf(po, {"p": "12980.00"}, {"d": "2026-12-25"})],
                "Line 1 new price 12 980,00, date as ordered; line 2 price as ordered, delivery '25 дек.' = 2026-12-25.")


# --------------------------------------------------------------------------- 18
def ja_noyear():
    sup = supplier("YAMANE", "Yamane Brass Instruments Mfg. Co., Ltd.", "eigyo@yamane-kangakki.example", "ja-JP")
    po = mkpo("4500233420", sup, "aiko", "JPY", "2026-11-19", [
        ln(1, "SV-PST-1", "Sousaphone piston valve assembly #1", 6, "SET", "38500", "2026-12-22"),
        ln(2, "SV-PST-2", "Sousaphone piston valve assembly #2", 6, "SET", "38500", "2026-12-22"),
        ln(3, "SV-PST-3", "Sousaphone piston valve assembly #3", 6, "SET", "38500", "2026-12-22"),
        ln(4, "SV-SPR", "Valve spring, phosphor bronze", 60, "PCS", "420", "2026-12-22"),
    ])
    rd = req_local(po, 1)
    body = ("Larkspur Trading Group\nAiko Lindqvist 様\n\n"
            "いつもお世話になっております。\nヤマネ管楽器製作所の佐藤でございます。\n\n"
            "この度はご注文（PO 4500233420）を賜り、誠にありがとうございます。\n"
            "下記のとおりご回答申し上げます。\n\n"
            "1〜3項　スーザフォン用ピストンバルブ #1〜#3\n"
            "　　　　各6セット　単価 38,500円　納期 12月22日\n"
            "4項　　バルブスプリング（リン青銅）\n"
            "　　　　60個　単価 450円（材料価格改定のため）　納期 1月15日\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――――――\n株式会社ヤマネ管楽器製作所　営業部\n佐藤 健一\n"
            "〒430-0000 静岡県浜松市中央区高塚町000\nTEL 053-000-0000 / FAX 053-000-0001\n"
            "――――――――――――――――――――\n\n"
            f"On Thu, 19 Nov 2026 {rd.hour:02d}:{rd.minute:02d}:{rd.second:02d} +0100\n"
            f"Aiko Lindqvist <{AIKO[1]}> wrote:\n\n" + prefix(request_text(po)))
    root = text(body, "plain", "ISO-2022-JP", "7bit")
    date = "Thu, 26 Nov 2026 17:20:44 +0900"
    eml = build(addr("佐藤 健一", "k.sato@yamane-kangakki.example", "ISO-2022-JP"), _to(AIKO),
                "Re: " + req_subject(po), date, "<20261126172044.7A3C.B1E2F4D5@yamane-kangakki.example>", root,
                po["request_message_id"], extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")])
    return case("ja-iso2022-noyear-dates", "confirmation", "ja-JP",
                "ISO-2022-JP (Becky!), one answer row covers lines 1-3 ('1〜3項 各6セット'), dates without year "
                "(12月22日, 1月15日), yen with comma",
                [po], eml, [conf(po, "A", "A", "A", {"p": "450", "d": "2027-01-15"})],
                "Lines 1-3 each 6 sets at 38,500 on 12月22日 (2026-12-22) as ordered. Line 4 price 450 and "
                "1月15日 = 2027-01-15 (next such date after the mail).")


CASES = [phone_first_line, stamped_po_pdf, ko_supplier_english, fr_abbrev_months, moq_quantity,
         discount_percent, second_reply_corrects, forwarded_chain, html_rowspan_split, us_ship_vs_eta,
         at_jaenner_inline, ch_xlsx_ack, sv_vecka, pl_roll_price, cz_split, hu_year_first, ru_koi8, ja_noyear]
