"""Cases 019-036."""
from . import mime, pdf
from .common import (L, REJ, UNC, acc, allacc, case, chgp, conf, esc, exp_conf, exp_other, html_doc, outlook_loc,
                     po, request_subject, request_text, rfc_date, rid, sup)
from .reply import hx, reply, request_message


def C(pos, eml, expected):
    return {"pos": pos, "eml": eml, "expected": expected}


@case("dialysis-lines-voraussichtlich-18-12", "needs_review/de-DE",
      "German reply accepting quantities and prices but with 'Liefertermin voraussichtlich 18.12.' and a promise to send the firm date later: a forecast, not a commitment.")
def c019():
    s = sup("NEPHRO", "Nephro-Schlauch GmbH", "auftragsannahme@nephro-schlauch.example", "de-DE")
    p = po("4500081219", s, "ab", "EUR", "2026-11-17", [
        L("NS-BL-8", "Bloodline set, 8 mm pump segment, sterile", 2400, "EA", "3.70", "2026-12-11"),
        L("NS-SPK-2", "Dialysate spike connector, 2-way", 1000, "EA", "0.58", "2026-12-11"),
    ])
    labels, sent = outlook_loc(p, "de")
    body = "\n".join([
        "Hallo Frau Bakker,", "",
        "vielen Dank für die Bestellung 4500081219. Mengen und Preise passen so.", "",
        "Liefertermin voraussichtlich 18.12. – die Sterilisationscharge (EO) ist bei unserem Dienstleister",
        "noch nicht fest eingeplant. Ich melde mich, sobald ich den verbindlichen Termin habe.", "",
        "Viele Grüße",
        "Katrin Vogelsang",
        "Auftragsannahme",
        "Nephro-Schlauch GmbH · Am Rosengarten 6 · 34117 Kassel",
        "Tel.: +49 561 555 3380",
        "Sitz der Gesellschaft: Kassel · HRB 18832 · USt-IdNr. DE287331904",
    ]) + "\n"
    eml = reply(p, "c019", "outlook", ("Katrin Vogelsang", "k.vogelsang@nephro-schlauch.example"),
                rfc_date(2026, 11, 19, 13, 47, 5, "+0100"), body, labels=labels, sent=sent, cs="utf-8",
                subject="AW: " + request_subject(p), lang_hdr="de-DE")
    return C([p], eml, exp_other("needs_review", "'voraussichtlich 18.12.' is an estimate and the firm date is promised later: no committed delivery date."))


@case("sharps-bins-kinnitame-tellimuse", "confirmation/et-EE",
      "Estonian ISO-8859-15 reply 'kinnitame tellimuse' confirming all lines on the requested date, with a 5/7 L size in a description.")
def c020():
    s = sup("MEDIKONT", "Medikonteiner OÜ", "myyk@medikonteiner.example", "et-EE")
    p = po("4500081220", s, "mk", "EUR", "2026-11-18", [
        L("SB-1L", "Sharps bin 1.0 L, yellow lid, UN3291", 600, "EA", "1.12", "2026-12-14"),
        L("SB-5L", "Sharps bin 5 L, 24 cm opening", 300, "EA", "2.35", "2026-12-14"),
        L("SB-WB", "Wall bracket for 5/7 L bins", 50, "EA", "3.90", "2026-12-14"),
    ])
    body = "\n".join([
        "Tere, Morag!", "",
        "Täname tellimuse eest. Kinnitame tellimuse nr 4500081220 vastavalt teie tingimustele:",
        "kogused ja hinnad nagu tellimuses, tarne 14.12.2026.", "",
        "Lugupidamisega",
        "Kadri Tamm",
        "Medikonteiner OÜ | Tööstuse 48, 10416 Tallinn",
        "Tel +372 655 5127",
    ]) + "\n"
    attrib = "18.11.2026 09:14, Morag Keane kirjutas:"
    eml = reply(p, "c020", "tb", ("Kadri Tamm", "kadri.tamm@medikonteiner.example"),
                rfc_date(2026, 11, 25, 10, 2, 11, "+0200"), body, html=None, attrib=attrib, cs="iso-8859-15",
                subject="Re: " + request_subject(p))
    return C([p], eml, exp_conf([allacc(p)], "Estonian 'kinnitame tellimuse' with quantities, prices and date as ordered."))


@case("tofu-moulds-don-gia-vnd", "confirmation/vi-VN",
      "Vietnamese base64 Gmail reply with 'đơn giá 125.000 VND' (dot thousands separator) raising one price in a VND PO, the other line unchanged.")
def c021():
    s = sup("DAUPHU", "Công ty TNHH Cơ khí Đậu Phụ Việt", "banhang@cokhidauphu.example", "vi-VN")
    p = po("4500081221", s, "jv", "VND", "2026-11-17", [
        L("TP-MOLD-25", "Tofu mould 25x25 cm, wooden, 2 kg capacity", 200, "EA", "120000", "2026-12-18"),
        L("TP-CLOTH-60", "Pressing cloth 60x60 cm, cotton", 500, "EA", "18000", "2026-12-18"),
    ])
    body = "\n".join([
        "Chào anh Joost,", "",
        "Cảm ơn anh đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500081221 như sau:", "",
        "1. Khuôn ép đậu phụ 25x25 cm (TP-MOLD-25): 200 cái, đơn giá 125.000 VND (giá gỗ tăng từ tháng 11),",
        "   giao hàng ngày 18/12/2026.",
        "2. Vải ép 60x60 cm (TP-CLOTH-60): 500 cái, đơn giá 18.000 VND, giao hàng ngày 18/12/2026.", "",
        "Trân trọng,",
        "Nguyễn Thị Thu Hà",
        "Phòng Kinh doanh – Công ty TNHH Cơ khí Đậu Phụ Việt",
        "Lô C5, KCN Tân Bình, TP. Hồ Chí Minh",
        "ĐT: +84 28 5555 6721",
    ]) + "\n"
    attrib = "Vào Th 3, 17 thg 11, 2026 vào lúc 15:14 Joost van Dam <joost.vandam@calder-finch.example> đã viết:"
    eml = reply(p, "c021", "gmail", ("Nguyễn Thị Thu Hà", "thuha@cokhidauphu.example"),
                rfc_date(2026, 11, 19, 16, 20, 38, "+0700"), body, attrib=attrib, cte="base64")
    e = exp_conf([conf(p, {1: chgp(p, 1, price="125000"), 2: acc(p, 2)})],
                 "'125.000 VND' uses a dot as thousands separator = 125000 VND, up from 120000; line 2 as ordered.")
    return C([p], eml, e)


@case("fender-chains-ooo-he", "auto_reply/he-IL",
      "Hebrew/English Outlook out-of-office in windows-1255 giving a return date (Sunday 29/11/2026) and a deputy, which must not be read as a delivery date.")
def c022():
    s = sup("HAIFACH", "שרשראות נמל חיפה בע\"מ", "orders@haifa-chains.example", "he-IL")
    p = po("4500081222", s, "mk", "USD", "2026-11-19", [
        L("HPC-24-G3", "Fender chain 24 mm G3, 9 m length", 12, "EA", "1140.00", "2026-12-17"),
        L("HPC-TYRE-900", "Tyre fender 900 mm, 3 chain points", 12, "EA", "390.00", "2026-12-17"),
    ])
    body = "\n".join([
        "שלום,", "",
        "אני מחוץ למשרד עד יום ראשון 29/11/2026 עם גישה מוגבלת לדוא\"ל.",
        "בנושאים דחופים ניתן לפנות לאבי כהן: avi.cohen@haifa-chains.example, טל' 04-8555123.", "",
        "Hello,", "",
        "I am out of the office until Sunday 29/11/2026 with limited access to e-mail.",
        "For urgent matters please contact Avi Cohen, avi.cohen@haifa-chains.example, +972 4 855 5123.", "",
        "תודה / Thank you,",
        "נועה לוי | Noa Levi",
        "שרשראות נמל חיפה בע\"מ",
    ]) + "\n"
    part = mime.alt(mime.text(body, cs="windows-1255", cte="base64"),
                    mime.html(html_doc('<div dir="rtl" style="font-family:Arial">' +
                                       "".join("<p>%s</p>" % esc(l) for l in body.split("\n") if l) + "</div>",
                                       charset="windows-1255"), "windows-1255", "base64"),
                    "_000_" + hx("c022", 40).upper() + "_")
    h = mime.std_headers(mime.addr("נועה לוי", "noa.levi@haifa-chains.example", "windows-1255"),
                         mime.addr("Morag Keane", "morag.keane@calder-finch.example"),
                         "תשובה אוטומטית: " + request_subject(p), rfc_date(2026, 11, 19, 10, 14, 31, "+0200"),
                         "<VI1PR08MB%s@VI1PR08MB%s.eurprd08.prod.outlook.com>" % (hx("c022", 20, "m").upper(), hx("c022", 4, "n").upper()),
                         in_reply_to=rid(p), subj_cs="windows-1255",
                         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                ("X-MS-Exchange-Inbox-Rules-Loop", "noa.levi@haifa-chains.example")])
    h = [(k, "he-IL" if k == "Content-Language" else v) for k, v in h]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("auto_reply", "Bilingual out-of-office; the only date is the return date, the deputy's phone numbers are not quantities."))


@case("orchid-media-penghantaran-18-disember", "confirmation/ms-MY",
      "Malay reply 'penghantaran 18 Disember 2026' moving both lines a week later, prices kept ('harga kekal'), with Malay month names.")
def c023():
    s = sup("KKORKID", "Kulit Kayu Orkid Sdn Bhd", "jualan@kulitkayuorkid.example", "ms-MY")
    p = po("4500081223", s, "rs", "USD", "2026-11-18", [
        L("OB-FERN-10", "Tree fern fibre chunks 10-20 mm, 50 L bag", 60, "EA", "14.50", "2026-12-11"),
        L("OB-CHAR-8", "Horticultural charcoal 8/16 mm, 20 L bag", 80, "EA", "6.30", "2026-12-11"),
    ])
    body = "\n".join([
        "Salam sejahtera Encik Rafael,", "",
        "Terima kasih atas pesanan tuan. Kami mengesahkan pesanan 4500081223 untuk kedua-dua item",
        "dengan kuantiti penuh. Harga kekal seperti dalam pesanan.", "",
        "Penghantaran 18 Disember 2026 untuk kedua-dua item, kerana kontena ke Rotterdam hanya",
        "berlepas dari Port Klang pada minggu berikutnya.", "",
        "Sekian, terima kasih.", "",
        "Nurul Aisyah binti Hamzah",
        "Eksekutif Jualan",
        "Kulit Kayu Orkid Sdn Bhd",
        "Lot 12, Jalan Perindustrian 3, 43650 Bandar Baru Bangi, Selangor",
        "Tel: +60 3-8925 5541",
    ]) + "\n"
    eml = reply(p, "c023", "outlook", ("Nurul Aisyah Hamzah", "aisyah@kulitkayuorkid.example"),
                rfc_date(2026, 11, 20, 15, 12, 3, "+0800"), body, subject="RE: " + request_subject(p), lang_hdr="ms-MY")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "Malay 'penghantaran 18 Disember 2026' is the delivery date for both lines; 'minggu berikutnya' is context, not a date.")
    return C([p], eml, e)


@case("track-pins-hinglish-dispatch-delivery", "confirmation/hi-IN",
      "Hindi-English mixed Gmail reply giving both a dispatch date and a later delivery date (delivery wins), Indian digit grouping, and one line left open 'next week batayenge'.")
def c024():
    s = sup("BHARATTP", "Bharat Track Parts Pvt. Ltd.", "sales@bharattrackparts.example", "hi-IN")
    p = po("4500081224", s, "mk", "INR", "2026-11-16", [
        L("TPN-D6-58", "Track pin D6R, 58 mm dia x 234 mm", 400, "EA", "1450.00", "2026-12-14"),
        L("TBS-D6-72", "Track bushing D6R, 72 mm OD", 400, "EA", "980.00", "2026-12-14"),
        L("TPN-MST-KIT", "Master pin kit D6R (pin + 2 lock rings)", 20, "SET", "3150.00", "2026-12-14"),
    ])
    body = "\n".join([
        "Namaste Morag ji,", "",
        "आपका PO 4500081224 मिल गया, धन्यवाद।", "",
        "Line 1 aur Line 2 confirm hai – 400 nos each, rate same as PO (₹ 1,450.00 aur ₹ 980.00).",
        "Dispatch from Pune 04-12-2026, aur Rotterdam warehouse par delivery 21-12-2026 hogi (sea + road).",
        "14-12-2026 ki delivery possible nahi hai, shipping line ka schedule aisa hi hai.", "",
        "Line 3 master pin kit – abhi stock nahi hai, is line ko hum abhi confirm nahi kar sakte.",
        "Next week tak batayenge.", "",
        "Total for line 1+2: ₹ 9,72,000.00 + GST as applicable.", "",
        "धन्यवाद,",
        "Rakesh Kulkarni",
        "Sales Manager – Exports",
        "Bharat Track Parts Pvt. Ltd.",
        "Plot 44, MIDC Bhosari, Pune 411026",
        "Mob: +91 98220 55512",
    ]) + "\n"
    attrib = "On Mon, 16 Nov 2026 at 13:44, Morag Keane <morag.keane@calder-finch.example> wrote:"
    eml = reply(p, "c024", "gmail", ("Rakesh Kulkarni", "rakesh.k@bharattrackparts.example"),
                rfc_date(2026, 11, 17, 18, 5, 40, "+0530"), body, attrib=attrib)
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-21"), 2: chgp(p, 2, date="2026-12-21"), 3: UNC})],
                 "Dispatch 04-12 and delivery 21-12 are both given: the delivery date wins; line 3 is explicitly not confirmed yet; 9,72,000 is an Indian-grouped total.")
    return C([p], eml, e)


@case("track-pins-exchange-ndr-unzustellbar", "bounce/de-LU",
      "German Exchange Online NDR ('Unzustellbar:') as multipart/report with text+HTML explanation, delivery-status and the original request attached.")
def c025():
    s = sup("LUXPINS", "Lux Chenilles S.à r.l.", "bestellung@luxchenilles.example", "de-LU")
    p = po("4500081225", s, "tl", "EUR", "2026-11-18", [
        L("LXC-PIN-45", "Track pin 45 mm x 180 mm, induction hardened", 300, "EA", "27.40", "2026-12-15"),
        L("LXC-SEAL-45", "Track seal kit for 45 mm pin", 300, "SET", "6.80", "2026-12-15"),
    ])
    orig = request_message(p, rfc_date(2026, 11, 18, 9, 14, 0, "+0100"))
    when = rfc_date(2026, 11, 18, 9, 14, 22, "+0100")
    txt = "\n".join([
        "Ihre Nachricht hat folgende Empfänger nicht erreicht:", "",
        "bestellung@luxchenilles.example", "",
        "Der E-Mail-Server der Domäne luxchenilles.example hat die Nachricht abgelehnt.",
        "Die Adresse existiert möglicherweise nicht mehr oder das Postfach wurde deaktiviert.", "",
        "Diagnoseinformationen für Administratoren:", "",
        "Generierender Server: AM8PR10MB4211.EURPRD10.PROD.OUTLOOK.COM", "",
        "bestellung@luxchenilles.example",
        "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben", "",
        "Ursprüngliche Nachrichtenkopfzeilen:", "",
        "From: Tobias Lind <tobias.lind@calder-finch.example>",
        "To: Lux Chenilles S.à r.l. <bestellung@luxchenilles.example>",
        "Subject: " + request_subject(p),
        "Message-ID: " + rid(p),
    ]) + "\n"
    hb = html_doc('<div style="font-family:Segoe UI,Arial"><p><b><font color="#000000" size="3">Ihre Nachricht an '
                  '<a href="mailto:bestellung@luxchenilles.example">bestellung@luxchenilles.example</a> konnte nicht zugestellt werden.</font></b></p>'
                  '<p>bestellung wurde nicht gefunden bei luxchenilles.example.</p>'
                  '<table><tr><td>Tobias Lind<br>Office 365</td><td>&#8594;</td><td>luxchenilles.example<br>Aktion erforderlich</td></tr></table>'
                  '<p><b>Vorgehensweise zur Problembehebung</b><br>Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut.</p>'
                  '<p style="font-size:9pt">Diagnoseinformationen für Administratoren<br>Generierender Server: AM8PR10MB4211.EURPRD10.PROD.OUTLOOK.COM<br>'
                  'Remoteserver hat \'550 5.1.10 RESOLVER.ADR.RecipientNotFound\' zurückgegeben</p></div>')
    alt = mime.alt(mime.text(txt, cs="utf-8", cte="quoted-printable"), mime.html(hb, "utf-8", "quoted-printable"),
                   "_002_" + hx("c025", 30).upper() + "_")
    ds = ("Reporting-MTA: dns;AM8PR10MB4211.EURPRD10.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;AM8PR10MB4211.EURPRD10.PROD.OUTLOOK.COM\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;bestellung@luxchenilles.example\nAction: failed\nStatus: 5.1.10\n"
          "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n") % rfc_date(2026, 11, 18, 8, 14, 2, "+0000")
    rep = mime.multi("report", [alt, mime.Part([("Content-Type", "message/delivery-status")], ds.encode()),
                                mime.Part([("Content-Type", "message/rfc822")], orig)],
                     "_001_" + hx("c025", 30).upper() + "_", ' report-type=delivery-status;')
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calder-finch.example>"),
         ("To", mime.addr("Tobias Lind", "tobias.lind@calder-finch.example")),
         ("Date", when), ("Content-Language", "de-DE"),
         ("Message-ID", "<%s@AM8PR10MB4211.EURPRD10.PROD.OUTLOOK.COM>" % hx("c025", 32, "ndr")),
         ("In-Reply-To", rid(p)), ("References", rid(p)),
         ("Subject", mime.ew("Unzustellbar: " + request_subject(p))), ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Message-Is-Ndr", "")]
    h = [(k, v) for k, v in h if v != ""]
    eml = mime.message(h, rep)
    return C([p], eml, exp_other("bounce", "German Exchange NDR with the original PO request attached; threaded on our request but a bounce."))


@case("magic-props-pdf-lines-reordered", "confirmation/ja-JP",
      "Japanese Shift_JIS covering note with a Flate-compressed PDF acknowledgment whose positions 10-40 list our lines in the order 3,1,4,2, with one date and one price changed.")
def c026():
    s = sup("TENKAI", "株式会社テンカイ・マジック", "juchu@tenkai-magic.example", "ja-JP")
    p = po("4500081226", s, "rs", "JPY", "2026-11-16", [
        L("MP-SILK-45", "Silk handkerchief 45x45 cm, 12 colours", 240, "EA", "380", "2026-12-10"),
        L("MP-LINK-10", "Linking rings 10 in, chrome, set of 8", 30, "SET", "5200", "2026-12-10"),
        L("MP-CUPS-3", "Cups and balls, 3/4 in copper, set", 25, "SET", "8600", "2026-12-10"),
        L("MP-CARD-D52", "Stripper deck 52+2, bridge size", 500, "EA", "450", "2026-12-10"),
    ])
    lines = [
        "#H ORDER ACKNOWLEDGEMENT",
        "Tenkai Magic Co., Ltd.   2-14-7 Asakusabashi, Taito-ku, Tokyo 111-0053, Japan   Tel +81 3 5555 2841",
        "",
        "Acknowledgement No.: TMK-26-04417          Date: 2026/11/18",
        "Customer: Calder & Finch Trading B.V., Rotterdam",
        "Your order No.: 4500081226 of 2026/11/16",
        "",
        "#B Pos  Your line  Item code     Description                          Qty   Unit  Unit price JPY  Amount JPY  Delivery",
        "10   3          MP-CUPS-3     Cups and balls 3/4 in copper         25    SET        8,600     215,000   2026/12/17",
        "20   1          MP-SILK-45    Silk handkerchief 45x45 cm           240   EA           380      91,200   2026/12/10",
        "30   4          MP-CARD-D52   Stripper deck 52+2 bridge            500   EA           470     235,000   2026/12/10",
        "40   2          MP-LINK-10    Linking rings 10 in (set of 8)       30    SET        5,200     156,000   2026/12/10",
        "",
        "#B Total (excl. consumption tax): JPY 697,200",
        "Delivery terms: DAP Rotterdam (Incoterms 2020).  Payment: 30 days net.",
        "Note: unit price of MP-CARD-D52 revised due to paper cost increase (was JPY 450).",
        "",
        "This acknowledgement was issued by Tenkai Magic Co., Ltd. sales department (K. Morimoto).",
    ]
    data = pdf.build([lines], title="Order Acknowledgement TMK-26-04417", author="Tenkai Magic Co., Ltd.",
                     creation="D:20261118101500+09'00'", compress=True)
    labels, sent = outlook_loc(p, "ja")
    body = "\n".join([
        "Calder & Finch Trading B.V.",
        "Rafael Soto 様", "",
        "いつもお世話になっております。テンカイ・マジックの森本でございます。", "",
        "ご注文書 4500081226 の注文請書を添付いたします。",
        "一部納期・単価が変更となっておりますので、ご確認のほどよろしくお願いいたします。", "",
        "Please find attached our order acknowledgement for your PO 4500081226.", "",
        "━━━━━━━━━━━━━━━━━━━━",
        "株式会社テンカイ・マジック　営業部",
        "森本 健一 (Kenichi Morimoto)",
        "〒111-0053 東京都台東区浅草橋2-14-7",
        "TEL 03-5555-2841 / FAX 03-5555-2842",
        "━━━━━━━━━━━━━━━━━━━━",
    ]) + "\n"
    att = mime.attach(data, "application/pdf", "TMK-26-04417.pdf")
    eml = reply(p, "c026", "outlook", ("森本 健一", "k.morimoto@tenkai-magic.example"),
                rfc_date(2026, 11, 18, 10, 31, 9, "+0900"), body, labels=labels, sent=sent, cs="shift_jis",
                cte="base64", subject="RE: " + request_subject(p), attachments=[att], lang_hdr="ja-JP")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chgp(p, 3, date="2026-12-17"), 4: chgp(p, 4, price="470")})],
                 "PDF positions are in a different order than the PO; match by 'Your line'/item code: line 3 date 2026-12-17, line 4 price 470 JPY.")
    return C([p], eml, e)


@case("pond-liner-rolls-confirmed-in-metres", "confirmation/pl-PL",
      "Polish reply confirming a PO in 50 m rolls as '600 mb' at a per-metre price, so quantity converts exactly to 12 rolls and the price to 1100.00 per roll; only ship dates given.")
def c027():
    s = sup("FOLSTAW", "Folie Stawowe Sp. z o.o.", "zamowienia@foliestawowe.example", "pl-PL")
    p = po("4500081227", s, "jv", "PLN", "2026-11-17", [
        L("PL-PVC05-2", "Pond liner PVC 0.5 mm, 2 m wide, roll of 50 m", 12, "ROL", "1075.00", "2026-12-11"),
        L("PL-GEO-300", "Geotextile underlay 300 g/m2, 2x50 m roll", 8, "ROL", "412.00", "2026-12-11"),
    ])
    labels, sent = outlook_loc(p, "pl")
    body = "\n".join([
        "Dzień dobry Panie Joost,", "",
        "dziękujemy za zamówienie. Potwierdzamy zamówienie nr 4500081227:", "",
        "poz. 1 – folia PVC 0,5 mm szer. 2 m: 600 mb, cena 22,00 zł/mb netto, wysyłka 07.12.2026",
        "poz. 2 – geowłóknina 300 g/m2: 8 rolek zgodnie z zamówieniem, 412,00 zł/rolka netto, wysyłka 07.12.2026", "",
        "Z poważaniem",
        "Magdalena Wróblewska",
        "Dział Sprzedaży",
        "Folie Stawowe Sp. z o.o., ul. Przemysłowa 17, 62-800 Kalisz",
        "tel. +48 62 555 31 40",
    ]) + "\n"
    eml = reply(p, "c027", "outlook", ("Magdalena Wróblewska", "m.wroblewska@foliestawowe.example"),
                rfc_date(2026, 11, 18, 11, 26, 50, "+0100"), body, labels=labels, sent=sent, cs="windows-1250",
                subject="RE: " + request_subject(p), lang_hdr="pl-PL")
    e = exp_conf([conf(p, {1: chgp(p, 1, price="1100.00", date="2026-12-07"), 2: chgp(p, 2, date="2026-12-07")})],
                 "600 mb (running metres) = 12 rolls of 50 m; 22,00 zł/mb x 50 = 1100.00 per roll; only ship dates (wysyłka) given, so they count.")
    return C([p], eml, e)


@case("ukulele-gauge-question-before-confirming", "needs_review/en-US",
      "US reply that asks whether a changed string gauge (.0275 instead of .026) is acceptable before confirming, mentions a possible ship date '12/4' and a 300-set remainder.")
def c028():
    s = sup("ALOHAS", "Aloha Strings Co.", "orders@alohastrings.example", "en-US")
    p = po("4500081228", s, "rs", "USD", "2026-11-19", [
        L("ASC-CON-FC", "Concert ukulele set fluorocarbon, C string .026", 600, "SET", "2.75", "2026-12-15"),
        L("ASC-TEN-FC", "Tenor ukulele set fluorocarbon, C string .028", 400, "SET", "2.95", "2026-12-15"),
    ])
    body = "\n".join([
        "Hi Rafael,", "",
        "Before I can confirm this one: our 2027 concert sets switched the C string to .0275. Is that OK for you,",
        "or do you need the old .026 gauge? We only have 300 sets of the old spec left.", "",
        "Tenor is no problem. Pricing holds either way, and we could ship 12/4 once I hear back from you.", "",
        "Thanks!",
        "Kaimana Akana",
        "Customer Service | Aloha Strings Co.",
        "94-1388 Moaniani St, Waipahu, HI 96797",
        "(808) 555-0172",
    ]) + "\n"
    eml = reply(p, "c028", "outlook", ("Kaimana Akana", "kaimana@alohastrings.example"),
                rfc_date(2026, 11, 20, 8, 12, 5, "-1000"), body, subject="RE: " + request_subject(p))
    return C([p], eml, exp_other("needs_review", "Supplier asks a specification question before confirming; '12/4' is a conditional ship date and 300 is stock, not a confirmed quantity."))


@case("scrum-machines-split-and-surcharge", "confirmation/en-US",
      "US Outlook reply with month-first ship dates (12/4, 1/8/2027): one line split 2+1, one line accepted, one line at a new price shipping 12/4.")
def c029():
    s = sup("GRIDSCRUM", "Gridiron & Scrum Equipment Inc.", "orders@scrumequip.example", "en-US")
    p = po("4500081229", s, "tl", "USD", "2026-11-10", [
        L("RSM-5MAN", "5-man scrum machine, sled type, 2027 model", 3, "EA", "6450.00", "2026-12-15"),
        L("RSM-PAD-12", "Replacement pad set 12x20 in, vinyl", 10, "SET", "385.00", "2026-12-15"),
        L("RSM-SPR-3", "Spring assembly 3/4 in, heavy duty", 12, "EA", "48.00", "2026-12-15"),
    ])
    body = "\n".join([
        "Hi Tobias,", "",
        "Thanks for PO 4500081229. Here's where we are:", "",
        "Line 1 - 5-man sleds: we can ship 2 units on 12/4 and the third one on 1/8/2027 (frames are back-ordered).",
        "Line 2 - pad sets: confirmed as ordered, 10 sets shipping with the first sleds... scratch that, they ship",
        "         separately and arrive by 12/15 as you asked.",
        "Line 3 - springs: unit price is now $52.00 because of the steel tariff; 12 pcs ship 12/4 with the sleds.", "",
        "Let me know if you need anything else.", "",
        "Best,",
        "Dwayne Mitchell",
        "Inside Sales",
        "Gridiron & Scrum Equipment Inc. | 2100 Industrial Blvd, Arlington, TX 76011",
        "O: (817) 555-0143 | C: (682) 555-0198",
    ]) + "\n"
    eml = reply(p, "c029", "outlook", ("Dwayne Mitchell", "dmitchell@scrumequip.example"),
                rfc_date(2026, 11, 12, 16, 40, 18, "-0600"), body, subject="RE: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2027-01-08", schedule=[(2, "2026-12-04"), (1, "2027-01-08")]),
                           2: acc(p, 2), 3: chgp(p, 3, price="52.00", date="2026-12-04")})],
                 "Month-first US dates: 12/4 = 4 Dec, 1/8/2027 = 8 Jan; line 2 self-corrects to arrival by 12/15 = as ordered; line 3 new price and ship date 12/4.")
    return C([p], eml, e)


@case("glazing-putty-price-per-kg-vs-tonne", "confirmation/fr-FR",
      "French Outlook reply quoting 2 000 kg at 4,80 € HT/kg against a PO line in tonnes at 4650.00 per T, so the price must be converted to 4800.00 per tonne.")
def c030():
    s = sup("MASTICS", "Mastics Vitrail de Chartres SARL", "adv@mastics-vitrail.example", "fr-FR")
    p = po("4500081230", s, "ab", "EUR", "2026-11-13", [
        L("SGP-LIN-T", "Linseed oil glazing putty, natural, bulk", 2, "T", "4650.00", "2026-12-16"),
        L("SGP-BLK-5", "Black leaded-light cement, 5 kg pail", 40, "EA", "38.50", "2026-12-16"),
    ])
    labels, sent = outlook_loc(p, "fr")
    body = "\n".join([
        "Bonjour Madame Bakker,", "",
        "Nous accusons bonne réception de votre commande n° 4500081230 et vous la confirmons comme suit :", "",
        "- Mastic à l'huile de lin naturel, vrac : 2 000 kg à 4,80 € HT/kg, livraison le 16/12/2026",
        "- Ciment noir pour vitrail, seau de 5 kg : 40 seaux à 38,50 € HT, livraison le 16/12/2026", "",
        "Nous restons à votre disposition.", "",
        "Cordialement,", "",
        "Sophie Lemaire",
        "Administration des ventes",
        "Mastics Vitrail de Chartres SARL",
        "12, rue des Vitraux – 28000 Chartres",
        "Tél. : 02 37 55 51 84",
    ]) + "\n"
    eml = reply(p, "c030", "outlook", ("Sophie Lemaire", "s.lemaire@mastics-vitrail.example"),
                rfc_date(2026, 11, 16, 14, 22, 37, "+0100"), body, labels=labels, sent=sent, cs="windows-1252",
                subject="RE: " + request_subject(p), lang_hdr="fr-FR")
    e = exp_conf([conf(p, {1: chgp(p, 1, price="4800.00"), 2: acc(p, 2)})],
                 "2 000 kg = 2 T as ordered; 4,80 €/kg = 4800.00 per tonne vs 4650.00 ordered: price changed.")
    return C([p], eml, e)


@case("magic-props-newsletter-cl", "unrelated/es-CL",
      "Chilean HTML-only newsletter from the supplier's domain with discount percentages, CLP prices and a '18/12' deadline, sent to the buyer while a PO is open.")
def c031():
    s = sup("MAGANDINA", "Magia Andina SpA", "ventas@magiaandina.example", "es-CL")
    p = po("4500081231", s, "rs", "USD", "2026-11-18", [
        L("MA-ROPE-3", "Cut and restored rope, 3 m, cotton", 100, "EA", "6.40", "2026-12-14"),
        L("MA-COIN-10", "Expanded coin shell, 10 peso size", 50, "EA", "11.90", "2026-12-14"),
    ])
    htm = html_doc("\n".join([
        '<table width="600" align="center" style="font-family:Verdana,sans-serif;color:#222">',
        '<tr><td style="background:#3b1f5c;color:#fff;padding:16px"><h1>Magia Andina · Novedades de diciembre</h1></td></tr>',
        "<tr><td><p>¡Hola, mago!</p><p>Llega la temporada de fiestas y con ella nuestros nuevos efectos navideños. "
        "Hasta el <b>18/12</b> tienes un <b>20% de descuento</b> en toda la línea de cuerdas y monedas.</p>",
        "<ul><li>Cuerda cortada y restaurada 3 m – antes $12.990, ahora $10.392</li>"
        "<li>Moneda expandida 10 pesos – antes $24.990, ahora $19.992</li>"
        "<li>Nuevo: Anillos chinos 12\" cromados, set de 8 – $39.990</li></ul>",
        "<p>Despachos a todo Chile en 48 horas. Pedidos mayoristas: ventas@magiaandina.example</p>",
        '<p style="font-size:10px;color:#888">Magia Andina SpA · Av. Providencia 1650, of. 402, Santiago · '
        '¿No quieres recibir más correos? <a href="https://magiaandina.example/baja?u=5512">Darse de baja</a></p></td></tr></table>',
    ]))
    part = mime.html(htm, "utf-8", "quoted-printable")
    h = [("Date", rfc_date(2026, 11, 24, 10, 0, 0, "-0300")),
         ("From", mime.addr("Magia Andina", "novedades@magiaandina.example")),
         ("To", "rafael.soto@calder-finch.example"),
         ("Subject", mime.ew("🎩 Novedades de diciembre: 20% de descuento hasta el 18/12")),
         ("Message-ID", "<20261124130000.%s@mail.magiaandina.example>" % hx("c031", 16)),
         ("List-Unsubscribe", "<https://magiaandina.example/baja?u=5512>, <mailto:baja@magiaandina.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hx("c031", 20, "x"))]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("unrelated", "Marketing newsletter from the supplier's domain; its dates and prices concern a consumer promotion, not the PO."))


@case("pasta-dies-one-line-discontinued", "confirmation/it-IT",
      "Italian reply answering four lines in prose: one date moved, one die discontinued ('annullare'), two confirmed with a year-less '11/12'.")
def c032():
    s = sup("TRAFEMIL", "Trafile Emiliane S.r.l.", "ordini@trafile-emiliane.example", "it-IT")
    p = po("4500081232", s, "jv", "EUR", "2026-11-16", [
        L("PD-BRZ-SPA19", "Bronze die spaghetti 1.9 mm, 240 mm dia", 2, "EA", "2850.00", "2026-12-11"),
        L("PD-BRZ-FUS9", "Bronze die fusilli 9 mm, 3-start", 1, "EA", "3420.00", "2026-12-11"),
        L("PD-RING-240", "Die clamping ring 240 mm", 3, "EA", "410.00", "2026-12-11"),
        L("PD-BRUSH", "Die cleaning brush set, 3/8 + 1/4 in", 10, "SET", "24.00", "2026-12-11"),
    ])
    labels, sent = outlook_loc(p, "it")
    body = "\n".join([
        "Buongiorno,", "",
        "in riferimento al Vs. ordine 4500081232 Vi confermiamo quanto segue:", "",
        "pos. 1 trafila spaghetti 1,9 mm: n. 2 pz, prezzo come da ordine, consegna 18/12/2026;",
        "pos. 2 trafila fusilli 9 mm: articolo non più in produzione, Vi preghiamo di annullare la posizione;",
        "pos. 3 e 4: come da ordine, consegna 11/12.", "",
        "Cordiali saluti", "",
        "Giulia Ferretti",
        "Ufficio Commerciale – Trafile Emiliane S.r.l.",
        "Via dell'Industria 22, 42124 Reggio Emilia",
        "Tel. 0522 555 914 – www.trafile-emiliane.example",
    ]) + "\n"
    eml = reply(p, "c032", "outlook", ("Giulia Ferretti", "giulia.ferretti@trafile-emiliane.example"),
                rfc_date(2026, 11, 18, 9, 3, 41, "+0100"), body, labels=labels, sent=sent, cs="windows-1252",
                subject="R: " + request_subject(p), lang_hdr="it-IT")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: REJ, 3: acc(p, 3), 4: acc(p, 4)})],
                 "Line 2 discontinued = rejected; '11/12' (no year, day-first) = 2026-12-11 = requested; '1,9 mm' is a size not a quantity.")
    return C([p], eml, e)


@case("magic-props-backorder-split-br", "confirmation/pt-BR",
      "Brazilian Portuguese Gmail reply (ISO-8859-1, QP) with R$ decimal-comma prices: one line split 30 now and 10 on 15/01/2027, the rest as ordered.")
def c033():
    s = sup("ILUSOES", "Ilusões Mágicas Ltda.", "vendas@ilusoesmagicas.example", "pt-BR")
    p = po("4500081233", s, "rs", "BRL", "2026-11-16", [
        L("MGP-TOP-HAT", "Collapsible top hat, size 7 1/4", 15, "EA", "289.90", "2026-12-14"),
        L("MGP-CANE-12", "Appearing cane 12 in, chrome", 40, "EA", "74.50", "2026-12-14"),
        L("MGP-DOVE-PAN", "Dove pan, 2-compartment", 8, "EA", "412.00", "2026-12-14"),
    ])
    body = "\n".join([
        "Olá Rafael, tudo bem?", "",
        "Confirmamos o pedido 4500081233:", "",
        "Item 1 - cartola dobrável: 15 un. a R$ 289,90, entrega em 14/12.",
        "Item 2 - bengala que aparece: temos só 30 un. em estoque, que seguem em 14/12; as outras 10 un.",
        "          seguem em 15/01/2027. Preço R$ 74,50 mantido.",
        "Item 3 - dove pan: ok, 8 un., entrega em 14/12.", "",
        "Abraços,",
        "Camila Rocha",
        "Ilusões Mágicas Ltda. - Rua Augusta 1402, São Paulo - SP, 01304-001",
        "(11) 5555-7720",
    ]) + "\n"
    attrib = "Em seg., 16 de nov. de 2026 às 06:14, Rafael Soto <rafael.soto@calder-finch.example> escreveu:"
    eml = reply(p, "c033", "gmail", ("Camila Rocha", "camila@ilusoesmagicas.example"),
                rfc_date(2026, 11, 19, 15, 27, 8, "-0300"), body, attrib=attrib, cs="iso-8859-1")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, date="2027-01-15", schedule=[(30, "2026-12-14"), (10, "2027-01-15")]),
                           3: acc(p, 3)})],
                 "Line 2 split 30 + 10 with the last delivery 2027-01-15; '14/12' without year = 2026-12-14 = requested.")
    return C([p], eml, e)


@case("lens-gaskets-will-confirm-next-week-ca", "needs_review/fr-CA",
      "Québécois reply acknowledging receipt and promising the factory's lead times by Friday 4 December; the only numbers are in our quoted request.")
def c034():
    s = sup("JOINTSPH", "Joints Phares Laurentides inc.", "commandes@jointsphares.example", "fr-CA")
    p = po("4500081234", s, "rs", "CAD", "2026-11-19", [
        L("LLG-O-235", "O-ring 235 x 5.33 mm, Viton, lens housing", 150, "EA", "6.40", "2026-12-09"),
        L("LLG-FLT-600", "Flat gasket 600/560 x 3 mm, neoprene", 40, "EA", "22.75", "2026-12-09"),
    ])
    body = "\n".join([
        "Bonjour M. Soto,", "",
        "Nous avons bien reçu votre commande 4500081234, merci!", "",
        "Notre usine de Rimouski doit nous confirmer les délais pour les joints plats de 600 mm;",
        "nous vous reviendrons au plus tard le vendredi 4 décembre avec une confirmation complète.", "",
        "Bonne journée!", "",
        "Geneviève Tremblay",
        "Service à la clientèle",
        "Joints Phares Laurentides inc. | 455, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B2",
        "Tél. : 450 555-0187",
    ]) + "\n"
    attrib = "Le 19 nov. 2026 à 09:14, Rafael Soto <rafael.soto@calder-finch.example> a écrit :"
    eml = reply(p, "c034", "apple", ("Geneviève Tremblay", "g.tremblay@jointsphares.example"),
                rfc_date(2026, 11, 20, 10, 48, 2, "-0500"), body, attrib=attrib, subject="Re: " + request_subject(p))
    return C([p], eml, exp_other("needs_review", "Receipt only; confirmation promised by Friday 4 December; all quantities, prices and dates are in our quoted text."))


@case("stud-link-chain-split-metres-pt", "confirmation/pt-PT",
      "European Portuguese Outlook reply with a metre-based line split 90 m + 90 m (11/12/2026 and 08/01/2027) and the shackles brought forward.")
def c035():
    s = sup("CORTEJO", "Correntes do Tejo, Lda.", "encomendas@correntesdotejo.example", "pt-PT")
    p = po("4500081235", s, "mk", "EUR", "2026-11-17", [
        L("FCH-26-U2", "Stud-link chain 26 mm U2, galvanised", 180, "M", "52.40", "2026-12-18"),
        L("FCH-KS-26", "Kenter shackle 26 mm", 8, "EA", "96.00", "2026-12-18"),
    ])
    labels, sent = outlook_loc(p, "pt")
    body = "\n".join([
        "Bom dia Sra. Morag Keane,", "",
        "Agradecemos a encomenda n.º 4500081235, que confirmamos nas seguintes condições:", "",
        "Linha 1 - Amarra com estai 26 mm U2: 180 m ao preço de 52,40 €/m,",
        "          entrega em duas partes: 90 m a 11/12/2026 e 90 m a 08/01/2027.",
        "Linha 2 - Manilha Kenter 26 mm: 8 un. a 96,00 €, entrega a 11/12/2026.", "",
        "Com os melhores cumprimentos,", "",
        "João Matos",
        "Departamento Comercial",
        "Correntes do Tejo, Lda. - Rua da Cordoaria 8, 2830-122 Barreiro",
        "Tel.: +351 21 555 0741",
    ]) + "\n"
    eml = reply(p, "c035", "outlook", ("João Matos", "joao.matos@correntesdotejo.example"),
                rfc_date(2026, 11, 20, 12, 15, 59, "+0000"), body, labels=labels, sent=sent, cs="iso-8859-15",
                subject="RE: " + request_subject(p), lang_hdr="pt-PT")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2027-01-08", schedule=[(90, "2026-12-11"), (90, "2027-01-08")]),
                           2: chgp(p, 2, date="2026-12-11")})],
                 "Line 1 in metres split 90+90, last delivery 2027-01-08; line 2 earlier than requested (11/12/2026).")
    return C([p], eml, e)


@case("kiln-shelves-partial-volgt-nog-be", "confirmation/nl-BE",
      "Flemish reply confirming positions 1 and 3 as ordered ('levering 15/12') while position 2 waits for the supplier's supplier: that line stays unconfirmed.")
def c036():
    s = sup("OVENPL", "Ovenplaten Vlaanderen BV", "orders@ovenplaten.example", "nl-BE")
    p = po("4500081236", s, "jv", "EUR", "2026-11-18", [
        L("KSH-NB-3545", "Nitride bonded SiC shelf 350x450x8 mm", 30, "EA", "64.00", "2026-12-15"),
        L("KSH-ROUND-40", "Round shelf dia. 40 cm, 15 mm, cordierite", 20, "EA", "41.50", "2026-12-15"),
        L("KSH-WASH-5", "Kiln wash, 5 kg pail", 10, "EA", "19.80", "2026-12-15"),
    ])
    labels, sent = outlook_loc(p, "nl")
    body = "\n".join([
        "Goeiemiddag Joost,", "",
        "Positie 1 en 3 van bestelling 4500081236 kunnen we bevestigen zoals besteld, levering 15/12.", "",
        "Voor positie 2 (ronde platen 40 cm) wachten we nog op antwoord van onze leverancier in Duitsland;",
        "dat laten we u volgende week weten.", "",
        "Met vriendelijke groeten,",
        "Wouter Claes",
        "Ovenplaten Vlaanderen BV | Industrieweg 14, 8800 Roeselare",
        "T +32 51 55 48 20",
    ]) + "\n"
    eml = reply(p, "c036", "outlook", ("Wouter Claes", "wouter.claes@ovenplaten.example"),
                rfc_date(2026, 11, 23, 13, 9, 26, "+0100"), body, labels=labels, sent=sent, cs="utf-8",
                subject="RE: " + request_subject(p), lang_hdr="nl-BE")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: UNC, 3: acc(p, 3)})],
                 "Partial answer: 1 and 3 as ordered (15/12 = requested), line 2 pending = unconfirmed.")
    return C([p], eml, e)
