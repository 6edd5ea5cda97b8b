"""Cases 019-036."""
from .common import (PO, supplier, dt, tz, CET, conf, other, acc, chg, rej, unc, all_acc, Case,
                     req_text, req_html, quote_gt, OUTLOOK, esc, BUYER_COMPANY, PURCHASING)
from .mime import (text, multipart, message, msgid, boundary, ew, addr, attachment, rfc822,
                   raw_part, html_doc, p_html, br_html, date_hdr, Part)
from .kit import (hdrs, received, outlook_extra, outlook_alt, gmail_alt, plain_reply,
                  request_message, request_headers_text)
from . import pdf as P
from .cases_a import pon


# ----------------------------------------------------------------------------- 019
def c019():
    S = supplier("KEYSTONE", "Keystone Lockcraft LLC", "orders@keystonelockcraft.example", "en-US")
    po = PO(pon(19), S, "cv", "USD", "2026-11-30", [
        ("LPS-14PRO", "Lock pick set, 14 pcs, stainless, zip case", 120, "SET", "34.50", "2026-12-11"),
        ("LPS-TW-10", "Tension wrench set, 10 pcs", 200, "SET", "9.80", "2026-12-11"),
        ("LPS-CL-ACR", "Clear acrylic practice padlock", 150, "EA", "6.25", "2026-12-11"),
    ], contact="Dale")
    when = dt(2026, 12, 2, 13, 37, 5, tz(-5))
    top = ("Hi Clara,\n\n"
           "Got your PO %s, thanks. Pricing is fine on all three lines.\n\n"
           "We're short on the acrylic locks and the zip cases for the 14-pc sets, so we can't make the 11th. "
           "The whole order ships complete two weeks from today, DHL Express, tracking to follow.\n\n"
           "Thanks,\nDale Brooks\nKeystone Lockcraft LLC\n2210 Industrial Pkwy, Columbus, OH 43219\n(614) 555-0142\n" % po.number)
    attr = "On Mon, Nov 30, 2026 at 3:42\u202fAM Clara Vennet <%s> wrote:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c019")
    frm = addr("Dale Brooks", "dale@keystonelockcraft.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c019"), po.request_id, po.request_id,
                       recv=received("mail-yw1-f181.google.example", "198.51.100.181", when, po.buyer_email, "c019")), alt)
    exp = conf([(po, {n: chg(date="2026-12-16") for n in (1, 2, 3)})],
               "Relative date: 'ships two weeks from today' with mail Date Wed 2026-12-02 -> ship date 2026-12-16 "
               "(ship date only, so it is the date). Prices and quantities as ordered.")
    return Case(19, "two-weeks-from-today", "confirmation/en-US",
                "new date only as 'two weeks from today', relative to the mail's Date header",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 020
def c020():
    S = supplier("GERLACH", "Staffeleibau Gerlach GmbH", "m.gerlach@staffeleibau-gerlach.example", "de-DE")
    po = PO(pon(20), S, "ja", "EUR", "2026-11-26", [
        ("EC-ALU-CL", "Easel top clamp, aluminium, quick-release", 80, "EA", "12.90", "2026-12-14"),
        ("EC-KNOB-M8", "Clamping knob M8, star, black", 300, "PCS", "0.85", "2026-12-14"),
    ])
    when = dt(2026, 11, 26, 9, 42, 51)
    de = ("Sehr geehrte Damen und Herren,\n\n"
          "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.12.2026 nicht im Hause. "
          "Ihre E-Mail wird nicht weitergeleitet.\n\n"
          "In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter "
          "innendienst@staffeleibau-gerlach.example oder telefonisch unter +49 5121 555-30.\n"
          "Ab dem 07.12.2026 bin ich wieder für Sie erreichbar.\n\n"
          "Mit freundlichen Grüßen\nMarkus Gerlach\n\n")
    en = ("Thank you for your message. I am out of the office until 4 December 2026 inclusive. "
          "Your e-mail will not be forwarded. For urgent matters please contact "
          "innendienst@staffeleibau-gerlach.example.\n")
    plain = de + en
    html = '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + br_html(plain) + "</div>"
    alt = multipart("alternative", [text(plain, "plain", "utf-8", "base64"),
                                    text(html_doc(html), "html", "utf-8", "base64")], boundary("outlook", "c020"))
    frm = addr("Markus Gerlach", "m.gerlach@staffeleibau-gerlach.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "Automatische Antwort: " + po.subject, when,
                       msgid("outlook", "c020"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c020",
                       recv=received("mail.staffeleibau-gerlach.example", "203.0.113.101", when, po.buyer_email, "c020"),
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "m.gerlach@staffeleibau-gerlach.example"),
                              ("Content-Language", "de-DE")]), alt)
    exp = other("auto_reply", "Exchange out-of-office ('Automatische Antwort'); 04.12./07.12.2026 are absence dates.")
    return Case(20, "german-abwesenheitsnotiz", "auto_reply/de-DE",
                "German Exchange out-of-office with dd.mm.yyyy absence dates close to the requested date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 021
def c021():
    S = supplier("SORISAEM", "Sorisaem Co., Ltd.", "export@sorisaem.example", "ko-KR")
    po = PO(pon(21), S, "pn", "KRW", "2026-11-24", [
        ("HAD-OPN-S", "Open dome, small, 10 pcs per box", 300, "BOX", "6500", "2026-12-15"),
        ("HAD-OPN-M", "Open dome, medium, 10 pcs per box", 500, "BOX", "6500", "2026-12-15"),
        ("HAD-PWR-L", "Power dome, large, 10 pcs per box", 200, "BOX", "7200", "2026-12-15"),
    ], contact="Mr Kim")
    when = dt(2026, 11, 27, 16, 5, 30, tz(9))
    top = ("Priya 님, 안녕하세요.\n소리샘 해외영업팀 김지훈입니다.\n\n"
           "PO %s 주문 감사합니다. 아래와 같이 확인드립니다.\n\n"
           "1) HAD-OPN-S 오픈돔 S : 3,000개 (300박스), 개당 650원, 납기 12월 15일\n"
           "2) HAD-OPN-M 오픈돔 M : 5,000개 (500박스), 개당 680원, 납기 12월 22일\n"
           "   - 실리콘 원자재 단가 인상으로 개당 30원 인상되었습니다.\n"
           "3) HAD-PWR-L 파워돔 L : 2,000개 (200박스), 개당 720원, 납기 12월 15일\n\n"
           "감사합니다.\n\n김지훈 / Jihoon Kim\n해외영업팀 대리\n(주)소리샘\n"
           "경기도 안양시 동안구 시민대로 200\nTel: +82-31-555-0123\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["ko"], "2026년 11월 24일 화요일 오후 5:42", top, "c021",
                      charset="ks_c_5601-1987" if False else "euc-kr", cte="base64", html_lang="KO")
    frm = addr("김지훈", "export@sorisaem.example", "euc-kr", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook-apac", "c021"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c021",
                       recv=received("mail.sorisaem.example", "203.0.113.21", when, po.buyer_email, "c021"),
                       extra=outlook_extra("ko-KR")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="6800", date="2026-12-22"), 3: acc()})],
               "EUC-KR reply quoting per-piece prices (개당 650원) and piece counts while the PO is per BOX of 10: "
               "650 x 10 = 6,500 per box (as ordered); line 2 680 x 10 = 6,800 and 12월 22일.")
    return Case(21, "korean-per-piece-vs-box", "confirmation/ko-KR",
                "EUC-KR reply pricing per piece and counting pieces while the PO is per box of 10",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 022
def c022():
    S = supplier("LIFFEY", "Liffey Art Supplies Ltd", "trade@liffeyart.example", "en-IE")
    po = PO(pon(22), S, "ja", "EUR", "2026-11-26", [
        ("EC-CL-60", "Easel canvas clamp, beech, 60 mm", 250, "PCS", "3.40", "2026-12-09"),
        ("EC-CL-90", "Easel canvas clamp, beech, 90 mm", 150, "PCS", "3.95", "2026-12-09"),
    ], contact="Niamh")
    when = dt(2026, 12, 4, 11, 18, 40, tz(0))
    top = ("Hi Jonas,\n\n"
           "Apologies for the delay getting back to you on PO %s - we've been snowed under with the Christmas rush.\n\n"
           "Both lines are fine at your prices, but we won't make the 9th. We can have the full order with you in ten days.\n\n"
           "Kind regards,\nNiamh Byrne\nTrade Sales\nLiffey Art Supplies Ltd\n"
           "Unit 7, Ballymount Industrial Estate, Dublin 12, D12 XY00\nT: +353 1 555 0187\n\n"
           "This email and any attachments are confidential and intended solely for the addressee. If you have received "
           "it in error please notify the sender and delete it. Liffey Art Supplies Ltd, registered in Ireland No. 000000.\n"
           % po.number)
    alt = outlook_alt(po, OUTLOOK["en"], "Thursday 26 November 2026 08:42", top, "c022", html_lang="EN-IE")
    frm = addr("Niamh Byrne", "niamh.byrne@liffeyart.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c022"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c022",
                       recv=received("mail.liffeyart.example", "203.0.113.109", when, po.buyer_email, "c022"),
                       extra=outlook_extra("en-IE")), alt)
    exp = conf([(po, {1: chg(date="2026-12-14"), 2: chg(date="2026-12-14")})],
               "Relative date 'with you in ten days' from Fri 2026-12-04 -> delivery 2026-12-14. "
               "'the 9th' is the PO date they cannot meet.")
    return Case(22, "in-ten-days", "confirmation/en-IE",
                "delivery given only as 'with you in ten days' from the mail date; 'the 9th' is the missed PO date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 023
def c023():
    S = supplier("SCSOAR", "Southern Cross Soaring Supplies Pty Ltd", "sales@scsoaring.example", "en-AU")
    po = PO(pon(23), S, "cv", "AUD", "2026-11-25", [
        ("GTH-AU-NOSE", "Glider tow release, nose, aerotow", 4, "EA", "1180.00", "2026-12-16"),
        ("GTH-AU-RING", "Tow ring pair, certified", 20, "SET", "62.50", "2026-12-16"),
    ], contact="Bruce")
    when = dt(2026, 12, 1, 10, 22, 13, tz(11))
    t_top = ("Hi Clara,\n\n"
             "Confirming PO %s - both lines at PO pricing and quantities.\n"
             "Delivery to your Hamburg address 14/12/2026 (air freight, DAP).\n\n"
             "Cheers,\nBruce Whitfield\nSouthern Cross Soaring Supplies Pty Ltd\n"
             "Hangar 4, Benalla Airfield VIC 3672\n+61 3 5555 0123\n" % po.number)
    h_top = t_top.replace("14/12/2026", "17/12/2026")
    labels = OUTLOOK["en"]
    sent = "Wednesday, 25 November 2026 7:42 PM"
    from .common import outlook_block, outlook_block_html
    qb = outlook_block(labels, "Clara Vennet <%s>" % po.buyer_email, sent, po.supplier["email"], po.subject)
    plain = t_top + "\n" + qb + "\n" + req_text(po)
    html = html_doc(p_html(h_top.rstrip("\n")) + '<p class="MsoNormal">&nbsp;</p>' +
                    outlook_block_html(labels, "Clara Vennet <%s>" % po.buyer_email, sent, po.supplier["email"], po.subject) +
                    req_html(po), outlook=True, lang="EN-AU", charset="us-ascii")
    alt = multipart("alternative", [text(plain, "plain", "us-ascii", "7bit"),
                                    text(html, "html", "us-ascii", "quoted-printable")], boundary("outlook", "c023"))
    frm = addr("Bruce Whitfield", "sales@scsoaring.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c023"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c023",
                       recv=received("mail.scsoaring.example", "203.0.113.223", when, po.buyer_email, "c023"),
                       extra=outlook_extra("en-AU")), alt)
    exp = other("needs_review", "text/plain part says delivery 14/12/2026, the text/html part says 17/12/2026; "
                "one of them is stale and nothing shows which - a human has to ask.")
    return Case(23, "html-vs-plain-date-conflict", "needs_review/en-AU",
                "text/plain and text/html parts give different delivery dates (14/12 vs 17/12)",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 024
def c024():
    S = supplier("PIRMARINE", "Piraeus Marine Parts S.A.", "sales@pirmarine.example", "el-GR")
    po = PO(pon(24), S, "tr", "EUR", "2026-11-26", [
        ("FGR-PU-200", "Gangway roller, polyurethane, 200 x 100 mm", 16, "EA", "142.00", "2026-12-17"),
        ("FGR-BRG-6306", "Roller bearing kit 6306-2RS", 32, "SET", "18.60", "2026-12-17"),
        ("FGR-AX-40", "Roller axle, stainless, 40 x 180 mm", 16, "EA", "56.00", "2026-12-17"),
    ], contact="Mr Papadopoulos")
    when = dt(2026, 12, 2, 12, 40, 19, tz(2))
    top = ("Αγαπητέ κ. Rybak,\n\n"
           "Σας ευχαριστούμε για την παραγγελία σας %s. Επιβεβαιώνουμε τα παρακάτω:\n\n"
           "Είδος 1 - Ράουλο πολυουρεθάνης 200x100: 16 τεμ. x 142,00 €, παράδοση 17/12/2026\n"
           "Είδος 2 - Σετ ρουλεμάν 6306-2RS: 32 σετ x 19,40 €, παράδοση 17/12/2026\n"
           "Είδος 3 - Άξονας ανοξείδωτος 40x180: 16 τεμ. x 56,00 €, παράδοση 8 Ιανουαρίου 2027\n\n"
           "Η τιμή των ρουλεμάν αναπροσαρμόστηκε λόγω αύξησης της τιμής του κατασκευαστή. "
           "Οι άξονες θα είναι έτοιμοι μετά τις γιορτές.\n\n"
           "Με εκτίμηση,\n\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΝαυτιλιακά Εξαρτήματα Πειραιώς Α.Ε.\n"
           "Ακτή Μιαούλη 55, 185 36 Πειραιάς\nΤηλ. +30 210 555 0140\n" % po.number)
    attr = "Στις 26/11/2026 10:42 π.μ., ο/η Tomasz Rybak έγραψε:"
    part = plain_reply(po, attr, top, "ISO-8859-7", "quoted-printable", flowed=True)
    frm = addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@pirmarine.example", "ISO-8859-7", "B")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("thunderbird", "c024", "pirmarine.example"), po.request_id, po.request_id,
                       recv=received("mail.pirmarine.example", "203.0.113.84", when, po.buyer_email, "c024"),
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "el")]), part)
    exp = conf([(po, {1: acc(), 2: chg(p="19.40"), 3: chg(date="2027-01-08")})],
               "ISO-8859-7 Greek Thunderbird reply; decimal comma prices with euro sign; line 3 date in words "
               "(8 Ιανουαρίου 2027, genitive month name).")
    return Case(24, "greek-iso8859-7-month-words", "confirmation/el-GR",
                "ISO-8859-7 Greek, genitive month name date, decimal commas, one repriced and one later line",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 025
def c025():
    S = supplier("BASKIMERDANE", "Baskı Merdane San. ve Tic. Ltd. Şti.", "satis@baskimerdane.example", "tr-TR")
    po = PO(pon(25), S, "ja", "TRY", "2026-11-24", [
        ("PPR-INK-310", "Ink form roller, NBR, 310 mm", 24, "EA", "2850.00", "2026-12-21"),
        ("PPR-DMP-310", "Dampening roller, 310 mm", 12, "EA", "3120.00", "2026-12-21"),
        ("PPR-REC-310", "Roller recovering, rubber, 310 mm", 10, "EA", "1450.00", "2026-12-21"),
    ], contact="Ms Yıldız")
    when = dt(2026, 11, 30, 15, 5, 27, tz(3))
    top = ("Sayın Jonas Albrecht,\n\n"
           "%s numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:\n\n"
           "1. kalem - Mürekkep merdanesi 310 mm: 24 adet, birim fiyat 2.850,00 TL, teslim tarihi 21.12.2026\n"
           "2. kalem - Nemlendirme merdanesi 310 mm: 12 adet, birim fiyat 3.120,00 TL, iki parti halinde teslim: "
           "6 adet 21.12.2026, kalan 6 adet 11.01.2027\n"
           "3. kalem - Merdane kaplama 310 mm: 10 adet, birim fiyat 1.450,00 TL, teslim tarihi 21.12.2026\n\n"
           "Fiyatlarımıza KDV dahil değildir.\n\n"
           "Saygılarımızla,\n\nElif Yıldız\nSatış Departmanı\nBaskı Merdane San. ve Tic. Ltd. Şti.\n"
           "İkitelli OSB Mah. 12. Cad. No: 7, Başakşehir / İstanbul\nTel: +90 212 555 01 33\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["tr"], "24 Kasım 2026 Salı 11:42", top, "c025", charset="windows-1254",
                      html_lang="TR")
    frm = addr("Elif Yıldız", "elif.yildiz@baskimerdane.example", "windows-1254", "Q")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "YNT: " + po.subject, when,
                       msgid("outlook", "c025"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c025",
                       recv=received("mail.baskimerdane.example", "203.0.113.125", when, po.buyer_email, "c025"),
                       extra=outlook_extra("tr-TR")), alt)
    exp = conf([(po, {1: acc(), 2: chg(sched=[(6, "2026-12-21"), (6, "2027-01-11")]), 3: acc()})],
               "Turkish Outlook reply ('YNT:'), windows-1254, 2.850,00 TL style numbers; line 2 delivered in two lots.")
    return Case(25, "turkish-two-lots", "confirmation/tr-TR",
                "Turkish windows-1254 reply with dotted thousands and a two-lot delivery on one line",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 026
def c026():
    S = supplier("VEERBOOT", "Veerbootservice Harlingen B.V.", "verkoop@veerbootservice.example", "nl-NL")
    po = PO(pon(26), S, "tr", "EUR", "2026-11-27", [
        ("FGR-NL-250", "Gangway roller, PU, 250 x 120 mm", 8, "EA", "176.00", "2026-12-18"),
        ("FGR-NL-AX", "Axle set for gangway roller 250", 8, "SET", "64.00", "2026-12-18"),
    ])
    when = dt(2026, 12, 1, 7, 30, 0)
    t = ("Nieuwsbrief december 2026 - Veerbootservice Harlingen\n\n"
         "Beste relatie,\n\n"
         "Het jaar loopt ten einde en we blikken graag met u terug op een druk seizoen.\n\n"
         "KERSTSLUITING\n"
         "Onze werkplaats en ons kantoor zijn gesloten van donderdag 24 december t/m zondag 3 januari. "
         "Bestellingen die vóór 15 december bij ons binnen zijn, worden nog dit jaar geleverd.\n\n"
         "NIEUW IN HET ASSORTIMENT\n"
         "- PU-loopplankrollen Ø 250 mm, nu ook in 120 mm breedte - vanaf € 189,00 per stuk\n"
         "- RVS asset (assen + lagers) voor alle rollen Ø 200-250 mm - vanaf € 69,50\n\n"
         "ONDERHOUDSTIP\n"
         "Controleer de lagers van uw loopplankrollen minstens twee keer per jaar op speling en corrosie.\n\n"
         "Met vriendelijke groet,\nTeam Veerbootservice Harlingen\n\n"
         "U ontvangt deze nieuwsbrief omdat u klant bent bij Veerbootservice Harlingen B.V.\n"
         "Afmelden: https://veerbootservice.example/nieuwsbrief/afmelden?u=8f2c1a\n")
    html = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f7"><tr><td align="center">'
            '<table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#223">'
            '<tr><td style="background:#0b4f7c;color:#fff;padding:18px;font-size:22px">Nieuwsbrief december 2026</td></tr>'
            '<tr><td style="padding:18px">' + br_html(t.split("\n\n", 1)[1]) + "</td></tr></table></td></tr></table>"
            '<img src="https://track.veerbootservice.example/o/8f2c1a.gif" width="1" height="1" alt="">')
    alt = multipart("alternative", [text(t, "plain", "utf-8", "quoted-printable"),
                                    text(html_doc(html, lang="nl"), "html", "utf-8", "quoted-printable")],
                    "_----------=_MCPart_1476209384")
    frm = addr("Veerbootservice Harlingen", "nieuwsbrief@veerbootservice.example")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email,
                       "Nieuwsbrief december: kerstsluiting & nieuwe PU-loopplankrollen", when,
                       "<20261201063000.8f2c1a.4417@mail.laposta.example>",
                       recv=received("mail.laposta.example", "198.51.100.77", when, po.buyer_email, "c026"),
                       extra=[("List-Unsubscribe", "<https://veerbootservice.example/nieuwsbrief/afmelden?u=8f2c1a>, <mailto:unsubscribe-8f2c1a@mail.laposta.example>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("List-Id", "Nieuwsbrief Veerbootservice <nieuwsbrief.veerbootservice.example>"),
                              ("Precedence", "bulk"), ("X-Mailer", "Laposta")]), alt)
    exp = other("unrelated", "Supplier newsletter (bulk, List-Unsubscribe) with holiday-closure dates and list prices "
                "for the same product family; not an answer to the open PO.")
    return Case(26, "supplier-newsletter-kerstsluiting", "unrelated/nl-NL",
                "newsletter from the very supplier with closure dates, a 'before 15 December' promise and roller prices",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 027
def c027():
    S = supplier("TISZAKENU", "Tisza Kenu Kft.", "ertekesites@tiszakenu.example", "hu-HU")
    po = PO(pon(27), S, "tr", "HUF", "2026-11-25", [
        ("CT-ASH-80", "Canoe thwart, ash, 80 cm", 40, "EA", "9800", "2026-12-16"),
        ("CT-ASH-90", "Canoe thwart, ash, 90 cm", 40, "EA", "10400", "2026-12-16"),
        ("CT-YOKE-C", "Carrying yoke, contoured, ash", 20, "EA", "18500", "2026-12-16"),
    ], contact="Ms Kovács")
    when = dt(2026, 12, 1, 10, 30, 11)
    top = ("Tisztelt Rybak Úr!\n\n"
           "Köszönjük a %s számú megrendelését, amelyet az alábbiak szerint visszaigazolunk:\n\n"
           "1. tétel: CT-ASH-80 kőris ülésléc 80 cm - 40 db, egységár 9 800 Ft, szállítás: 2026. 12. 16.\n"
           "2. tétel: CT-ASH-90 kőris ülésléc 90 cm - 40 db, egységár 10 400 Ft, szállítás: 2026. 12. 16.\n"
           "3. tétel: CT-YOKE-C hordozó járom - 20 db, egységár 19 900 Ft, szállítás: 2027. január 8.\n\n"
           "A hordozó járom ára a faanyag drágulása miatt változott.\n\n"
           "Üdvözlettel:\n\nKovács Anna\nértékesítési asszisztens\nTisza Kenu Kft.\n"
           "6000 Kecskemét, Ipari út 7.\nTel.: +36 76 555 012\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["hu"], "2026. november 25., szerda 9:42", top, "c027",
                      charset="iso-8859-2", html_lang="HU")
    frm = addr("Kovács Anna", "anna.kovacs@tiszakenu.example", "iso-8859-2", "Q")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "V: " + po.subject, when,
                       msgid("outlook", "c027"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c027",
                       recv=received("mail.tiszakenu.example", "203.0.113.27", when, po.buyer_email, "c027"),
                       extra=outlook_extra("hu-HU")), alt)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(p="19900", date="2027-01-08")})],
               "Hungarian date formats '2026. 12. 16.' and '2027. január 8.', space thousands (9 800 Ft), "
               "family-name-first signature; yoke repriced and later.")
    return Case(27, "hungarian-year-first-dates", "confirmation/hu-HU",
                "Hungarian year-first dates with trailing dots, space thousands, HUF without decimals",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 028
def c028():
    S = supplier("NORDLYS", "Nordlys Optik ApS", "salg@nordlys-optik.example", "da-DK")
    po = PO(pon(28), S, "cv", "DKK", "2026-11-27", [
        ("EP-ORT-9", "Orthoscopic eyepiece 9 mm, 1.25 in", 30, "EA", "595.00", "2026-12-18"),
        ("EP-ORT-6", "Orthoscopic eyepiece 6 mm, 1.25 in", 30, "EA", "595.00", "2026-12-18"),
        ("EP-ZM-824", "Zoom eyepiece 8-24 mm, 1.25 in", 20, "EA", "1450.00", "2026-12-18"),
    ], contact="Mads")
    when = dt(2026, 12, 3, 8, 55, 2)
    top = ("Hej Clara\n\n"
           "Tak for ordren. Vi bekræfter hermed ordre %s:\n\n"
           "Pos. 1 og 2 leveres i uge 51 til aftalt pris.\n"
           "Pos. 3: Prisen er desværre steget til 1.525,00 kr. pr. stk. fra producenten - levering uge 2.\n\n"
           "Mvh / Best regards\nMads Kjær\nNordlys Optik ApS\nIndustrivej 4, 8600 Silkeborg\nTlf. +45 86 55 01 20\n"
           % po.number)
    attr = "> Den 27. nov. 2026 kl. 09.42 skrev Clara Vennet <%s>:\n> " % po.buyer_email
    body = top + "\n" + attr + "\n" + quote_gt(req_text(po))
    part = text(body, "plain", "utf-8", "quoted-printable", quoted_charset=False)
    frm = addr("Mads Kjær", "mads@nordlys-optik.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("apple", "c028", "nordlys-optik.example"), po.request_id, po.request_id,
                       recv=received("mail.nordlys-optik.example", "203.0.113.128", when, po.buyer_email, "c028"),
                       extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]) +
                  [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))")], part)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(p="1525.00", date="2027-01-15")})],
               "Danish 'uge 51' = Fri 2026-12-18 (as ordered) and 'uge 2' without year = Fri 2027-01-15; "
               "price 1.525,00 kr. with dot thousands.")
    return Case(28, "danish-uge-weeks", "confirmation/da-DK",
                "Danish week numbers (uge 51 / uge 2 across the year end) and 1.525,00 kr.",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 029
def c029():
    S = supplier("COMETAS", "Cometas Andinas S.A.S.", "ventas@cometas-andinas.example", "es-CO")
    po = PO(pon(29), S, "mo", "COP", "2026-11-27", [
        ("KLS-CO-20", "Kite line reel, plastic, 20 cm", 400, "PCS", "9800.00", "2026-12-21"),
        ("KLS-CO-LN", "Cotton kite line 200 m", 400, "PCS", "6500.00", "2026-12-21"),
    ], req_dt=dt(2026, 11, 27, 9, 42, 17))
    when = dt(2026, 11, 27, 0, 42, 21, tz(-8))
    rcpt = po.supplier["email"]
    t = ("\n** Address not found **\n\n"
         "Your message wasn't delivered to %s because the domain cometas-andinas.example couldn't be found. "
         "Check for typos or unnecessary spaces and try again.\n\n"
         "Learn more here: https://support.google.com/mail/?p=BadRcptDomain\n\n"
         "The response was:\n\n"
         "DNS Error: DNS type 'mx' lookup of cometas-andinas.example responded with code NXDOMAIN\n"
         "Domain name not found: cometas-andinas.example\n" % rcpt)
    html = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n'
            '<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>\n'
            '<tr><td><h1 style="font-size:24px">Address not found</h1>'
            '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none;"><b>%s</b></a> because the domain '
            'cometas-andinas.example couldn\'t be found. Check for typos or unnecessary spaces and try again.</p>'
            '<p>The response was:</p><p style="font-family:monospace">DNS Error: DNS type \'mx\' lookup of cometas-andinas.example '
            'responded with code NXDOMAIN<br>Domain name not found: cometas-andinas.example</p></td></tr>\n</tbody></table>\n</body>\n</html>\n' % rcpt)
    alt = multipart("alternative", [text(t, "plain", "UTF-8", "quoted-printable"),
                                    text(html, "html", "UTF-8", "quoted-printable")], "000000000000e5a1f2063b7c8d91")
    rel = multipart("related", [alt], "000000000000e49b06063b7c8d90")
    status = ("Reporting-MTA: dns; googlemail.com\n"
              "Arrival-Date: Fri, 27 Nov 2026 00:42:17 -0800 (PST)\n"
              "X-Original-Message-ID: %s\n\n"
              "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.2\n"
              "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of cometas-andinas.example responded with code NXDOMAIN\n"
              " Domain name not found: cometas-andinas.example\n"
              "Last-Attempt-Date: Fri, 27 Nov 2026 00:42:21 -0800 (PST)\n" % (po.request_id, rcpt))
    body = multipart("report", [rel, raw_part("message/delivery-status", status), rfc822(request_message(po))],
                     "000000000000e48e51063b7c8d8f", params="report-type=delivery-status")
    hs = [("Received", "by 2002:a05:6a10:9e4c:b0:5a1:3c2:77e1 with SMTP id e12csp118824pxa;\n        Fri, 27 Nov 2026 00:42:21 -0800 (PST)"),
          ("Return-Path", "<>"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", po.buyer_email),
          ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po.request_id), ("In-Reply-To", po.request_id),
          ("X-Failed-Recipients", rcpt),
          ("Message-ID", "<6747dc5d.050a0220.3b4f1.8a21.GMR@mx.google.com>"),
          ("Date", date_hdr(when))]
    eml = message(hs, body)
    exp = other("bounce", "Gmail 'Address not found' DSN (NXDOMAIN) with the request attached; In-Reply-To points at the request.")
    return Case(29, "gmail-dsn-nxdomain", "bounce/es-CO",
                "Gmail DSN (multipart/report inside multipart/related) with In-Reply-To to the request",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 030
def c030():
    S = supplier("NOKISUTI", "Nokisuti Oy", "myynti@nokisuti.example", "fi-FI")
    po = PO(pon(30), S, "ja", "EUR", "2026-11-25", [
        ("NS-HARJA-200", "Chimney sweep brush, round, 200 mm, steel", 50, "PCS", "24.90", "2026-12-11"),
        ("NS-HARJA-150", "Chimney sweep brush, square, 150 mm", 50, "PCS", "22.40", "2026-12-11"),
        ("NS-VARSI-1M", "Fibreglass rod 1 m, M12 thread", 200, "PCS", "8.60", "2026-12-11"),
    ], contact="Mikko")
    when = dt(2026, 12, 2, 13, 12, 45, tz(2))
    top = ("Hei Jonas,\n\n"
           "kiitos tilauksesta %s. Vahvistamme tilauksen seuraavasti:\n\n"
           "rivi 1, nuohousharja 200 mm: 50 kpl á 24,90 €\n"
           "rivi 2, nuohousharja 150 mm: 50 kpl á 22,40 €\n"
           "rivi 3, lasikuituvarsi 1 m: 150 kpl á 8,60 € - loppuja 50 kpl emme pysty toimittamaan lainkaan, "
           "tuote poistuu valikoimastamme.\n\n"
           "Lähetämme tavarat maanantaina 7.12.2026, ja ne ovat perillä Hampurissa torstaina 10.12.2026.\n\n"
           "Ystävällisin terveisin\n\nMikko Virtanen\nmyyntipäällikkö\nNokisuti Oy\n"
           "Teollisuustie 3, 33960 Pirkkala\npuh. +358 40 555 0123\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["fi"], "keskiviikko 25. marraskuuta 2026 10.42", top, "c030",
                      html_lang="FI")
    frm = addr("Mikko Virtanen", "mikko.virtanen@nokisuti.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "VS: " + po.subject, when,
                       msgid("outlook", "c030"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c030",
                       recv=received("mail.nokisuti.example", "203.0.113.30", when, po.buyer_email, "c030"),
                       extra=outlook_extra("fi-FI")), alt)
    exp = conf([(po, {1: chg(date="2026-12-10"), 2: chg(date="2026-12-10"), 3: chg(q=150, date="2026-12-10")})],
               "Finnish reply ('VS:'); ship date 7.12. and arrival 10.12. both given - the delivery date wins "
               "(one day before the PO date, so 'changed'). Line 3 only 150 of 200, rest refused.")
    return Case(30, "finnish-ship-vs-arrival", "confirmation/fi-FI",
                "both a ship date (7.12.) and an arrival date (10.12.) given for the whole order; partial quantity",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 031
def c031():
    S = supplier("REFMUS", "Refacciones Musicales del Bajío S.A. de C.V.", "ventas@refmusicales.example", "es-MX")
    po = PO(pon(31), S, "mo", "MXN", "2026-11-30", [
        ("SXP-T-SET", "Saxophone pad set, tenor, with metal resonators", 20, "SET", "1450.00", "2026-12-18"),
        ("SXP-A-44P", "Saxophone pad 44 mm, plastic resonator", 100, "PCS", "38.00", "2026-12-18"),
    ], contact="Jorge")
    when = dt(2026, 12, 1, 12, 10, 33, tz(-6))
    top = ("Hola Marisol, buenas tardes.\n\n"
           "Recibimos su orden de compra %s, muchas gracias.\n\n"
           "Antes de confirmarle tengo una duda: en la partida 2 el código SXP-A-44P indica resonador de plástico, "
           "pero en su pedido anterior los pidieron con resonador metálico. ¿Nos puede confirmar cuál requieren? "
           "El de resonador metálico tiene otro precio ($46.00 MXN c/u).\n\n"
           "La partida 1 sí la tenemos; le confirmo la fecha de entrega en cuanto me responda, para enviar todo junto.\n\n"
           "Saludos cordiales,\n\nIng. Jorge Ramírez\nVentas\nRefacciones Musicales del Bajío S.A. de C.V.\n"
           "Blvd. Adolfo López Mateos 2310, León, Gto.\nTel. 477 555 0123\n" % po.number)
    attr = "El lun, 30 nov 2026 a las 2:42\u202fa.m., Marisol Ortega (<%s>) escribió:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c031")
    frm = addr("Jorge Ramírez", "ventas@refmusicales.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c031"), po.request_id, po.request_id,
                       recv=received("mail-pj1-f42.google.example", "198.51.100.42", when, po.buyer_email, "c031")), alt)
    exp = other("needs_review", "Supplier asks which resonator variant is wanted (with a different price) and holds "
                "the date until answered; nothing is committed yet.")
    return Case(31, "question-resonator-variant", "needs_review/es-MX",
                "a question back about the item variant with an alternative price; no date committed",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 032
def c032():
    S = supplier("HADONG", "Ha Dong Silk Weaving Co., Ltd.", "sales@hadongsilk.example", "vi-VN")
    po = PO(pon(32), S, "pn", "VND", "2026-11-25", [
        ("RIB-SAT-16-PK", "Satin ribbon 16 mm, pink", 10000, "M", "2400", "2026-12-22"),
        ("RIB-ELS-20-PK", "Elastic ribbon 20 mm, pink", 5000, "M", "3100", "2026-12-22"),
    ], contact="Ms Hoa")
    when = dt(2026, 11, 30, 16, 40, 12, tz(7))
    top = ("Kính gửi chị Priya,\n\n"
           "Công ty chúng tôi xin xác nhận đơn hàng số %s như sau:\n\n"
           "1. Ruy băng satin 16 mm màu hồng: 200 cuộn x 50 m (= 10.000 m), đơn giá 120.000 đ/cuộn, giao hàng ngày 22/12/2026.\n"
           "2. Dây thun 20 mm màu hồng: 100 cuộn x 50 m (= 5.000 m), đơn giá 160.000 đ/cuộn, giao hàng ngày 22/12/2026.\n\n"
           "Lưu ý: giá dây thun tăng do giá sợi cao su tăng.\n\n"
           "Trân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh\nCông ty TNHH Dệt Lụa Hà Đông\n"
           "Số 12 Vạn Phúc, Hà Đông, Hà Nội\nĐT: 024 3555 0123\n" % po.number)
    attr = "Vào Th 4, 25 thg 11, 2026 vào lúc 15:42 Priya Natarajan <%s> đã viết:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c032", cte="base64")
    frm = addr("Nguyễn Thị Hoa", "sales@hadongsilk.example", "UTF-8", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c032"), po.request_id, po.request_id,
                       recv=received("mail-pl1-f171.google.example", "198.51.100.171", when, po.buyer_email, "c032")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="3200")})],
               "Vietnamese reply pricing per roll of 50 m (cuộn) while the PO is per metre: 120.000 đ/50 = 2,400/m "
               "(as ordered), 160.000 đ/50 = 3,200/m (changed). Dot thousands.")
    return Case(32, "vietnamese-rolls-vs-metres", "confirmation/vi-VN",
                "prices per 50 m roll against a per-metre PO; Vietnamese dot thousands",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 033
def c033():
    S = supplier("SGPT", "Shree Ganesh Precision Tools Pvt. Ltd.", "sales@sgptools.example", "en-IN")
    po = PO(pon(33), S, "pn", "INR", "2026-11-23", [
        ("JSB-IN-3/0", "Jeweller saw blades 3/0, gross pack (144)", 100, "BOX", "1150.00", "2026-12-15"),
        ("JSB-IN-1", "Jeweller saw blades No. 1, gross pack (144)", 60, "BOX", "1150.00", "2026-12-15"),
        ("JSB-IN-FRM", "Jeweller saw frame, fixed, 4 in", 200, "EA", "385.00", "2026-12-15"),
    ], contact="Sir/Madam")
    when = dt(2026, 11, 27, 18, 45, 9, tz(5, 30))
    cols = [("Sr.", 40), ("Item Code", 60), ("Description", 125), ("Qty", 318), ("Unit", 326),
            ("Rate (INR)", 410), ("Amount (INR)", 480), ("Delivery", 490)]
    rows = [("1", "JSB-IN-3/0", "Saw blades 3/0 (gross pack)", "100", "Box", "1,150.00", "1,15,000.00", "15/12/2026"),
            ("2", "JSB-IN-1", "Saw blades No.1 (gross pack)", "40", "Box", "1,150.00", "46,000.00", "15/12/2026"),
            ("", "JSB-IN-1", "  - balance qty", "20", "Box", "1,150.00", "23,000.00", "08/01/2027"),
            ("3", "JSB-IN-FRM", "Saw frame fixed 4\"", "200", "Nos", "395.00", "79,000.00", "15/12/2026")]
    pdf = P.table_doc(
        [("ORDER ACCEPTANCE", 13, True), ("OA No.: OA/2026-27/0418     Date: 27/11/2026", 9, False),
         ("Buyer: Northgate Sourcing GmbH, Hamburg, Germany", 8, False),
         ("Your PO No.: %s dt. 23/11/2026" % po.number, 8, False),
         ("Terms: FOB Mumbai (air)  |  Payment: 100% against documents", 8, False)],
        cols, rows,
        [("Total: INR 2,63,000.00 (Rupees Two Lakh Sixty-Three Thousand Only)", 9, True),
         ("GST: Nil - export under LUT", 8, False),
         ("Note: Rate of saw frames revised as per our price list w.e.f. 01/11/2026.", 8, False),
         ("Delivery = date of despatch from our works. E.&O.E.", 8, False),
         ("For Shree Ganesh Precision Tools Pvt. Ltd. - Authorised Signatory", 8, True)],
        col_align=["l", "l", "l", "r", "l", "r", "r", "l"], logo="Shree Ganesh Precision Tools Pvt. Ltd.",
        title="OA-2026-27-0418", producer="Tally.ERP 9", creation="D:20261127183800+05'30'")
    top = ("Dear Sir/Madam,\n\n"
           "Greetings from Shree Ganesh Precision Tools!\n\n"
           "PFA our Order Acceptance OA/2026-27/0418 against your PO No. %s dt. 23.11.2026.\n\n"
           "Kindly note:\n"
           "1) Saw blades No. 1: due to shortage of steel strip we can supply 40 gross on 15/12/2026, "
           "balance 20 gross will be despatched on 08/01/2027.\n"
           "2) Rate for saw frames revised to Rs. 395/- per piece as per our new price list w.e.f. 01.11.2026.\n\n"
           "Kindly acknowledge the OA.\n\n"
           "Thanks & Regards,\nRakesh Mehta\nSr. Manager - Exports\nShree Ganesh Precision Tools Pvt. Ltd.\n"
           "Plot No. 45, GIDC Estate, Rajkot - 360 003, Gujarat\nM: +91 98250 00000\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["en"], "Monday, November 23, 2026 2:12 PM", top, "c033", html_lang="EN-IN")
    att = attachment(pdf, "application/pdf", "OA-0418 Northgate.pdf")
    body = multipart("mixed", [alt, att], boundary("outlook-att", "c033"))
    frm = addr("Rakesh Mehta", "sales@sgptools.example")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook-apac", "c033"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c033",
                       recv=received("mail.sgptools.example", "203.0.113.33", when, po.buyer_email, "c033"),
                       extra=outlook_extra("en-IN", True)), body)
    exp = conf([(po, {1: acc(), 2: chg(sched=[(40, "2026-12-15"), (20, "2027-01-08")]), 3: chg(p="395.00")})],
               "Indian OA PDF with lakh grouping (1,15,000.00) and dd/mm/yyyy dates; body and PDF agree. "
               "Line 2 split 40 + 20 gross, frames Rs. 395/-. 'Kindly acknowledge' asks us to acknowledge, not a condition.")
    return Case(33, "indian-oa-pdf-lakh", "confirmation/en-IN",
                "Indian order-acceptance PDF with lakh grouping, split balance quantity and 'Rs. 395/-' price",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 034
def c034():
    S = supplier("POLARIS", "Polaris Optical Supply Inc.", "support@polaris-optical.example", "en-CA")
    po = PO(pon(34), S, "pn", "CAD", "2026-12-01", [
        ("EP-PO-32", "Ploessl eyepiece 32 mm, 1.25 in", 25, "EA", "54.00", "2026-12-17"),
        ("EP-FLT-UHC", "UHC nebula filter, 1.25 in", 15, "EA", "89.00", "2026-12-17"),
    ], req_dt=dt(2026, 12, 1, 9, 42, 17))
    when = dt(2026, 12, 1, 3, 42, 58, tz(-5))
    t = ("##- Please type your reply above this line -##\n\n"
         "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
         "To add additional comments, reply to this email.\n\n"
         "----------------------------------------------\n\n"
         "Priya Natarajan\n\nDec 1, 2026, 3:42 AM EST\n\n" + req_text(po) +
         "\n\n----------------------------------------------\n\n"
         "Polaris Optical Supply Inc. | Customer Care | Mon-Fri 8:00-17:00 ET\n"
         "This email is a service from Polaris Optical Supply. Delivered by Zendesk\n\n[K1LD0Z-9R4E]\n")
    html = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            "<p>Your request (48213) has been received and is being reviewed by our support staff.</p>"
            "<p>To add additional comments, reply to this email.</p><hr>"
            "<p><b>Priya Natarajan</b><br><span style=\"color:#bbb\">Dec 1, 2026, 3:42 AM EST</span></p>"
            + req_html(po) + "<hr><p style=\"color:#999\">Polaris Optical Supply Inc. | Customer Care<br>"
            "This email is a service from Polaris Optical Supply. Delivered by Zendesk</p>"
            '<span style="color:#FFFFFF" aria-hidden="true">[K1LD0Z-9R4E]</span>')
    alt = multipart("alternative", [text(t, "plain", "UTF-8", "quoted-printable"),
                                    text(html_doc(html), "html", "UTF-8", "quoted-printable")],
                    "--==_mimepart_674c2f32a1b2c_3a7f2ac84c1d58101e2")
    frm = addr("Polaris Optical Supply", "support@polaris-optical.example")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "[Polaris Optical] Re: " + po.subject, when,
                       "<K1LD0Z9R4E_674c2f32a0f1e_3a7f2ac84c1d5810ad_sprut@zendesk.example>", po.request_id, po.request_id,
                       reply_to="Polaris Optical Supply <support+id48213@polaris-optical.example>",
                       recv=received("out-12.smtp.zendesk.example", "198.51.100.12", when, po.buyer_email, "c034"),
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                              ("X-Zendesk-From-Account-Id", "3a7f2ac"), ("Precedence", "bulk")]), alt)
    exp = other("auto_reply", "Helpdesk (Zendesk-style) ticket receipt quoting our whole request with all PO figures; "
                "no human answer yet.")
    return Case(34, "helpdesk-ticket-receipt", "auto_reply/en-CA",
                "helpdesk ticket receipt that re-quotes the full request table, threaded as 'Re:'",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 035
def c035():
    S = supplier("SROTOR", "Southern Rotor Ltd", "sales@southernrotor.example", "en-NZ")
    po = PO(pon(35), S, "mo", "NZD", "2026-12-01", [
        ("DP-NZ-1355", "Folding propeller 13x5.5, carbon-nylon", 500, "PCS", "7.80", "2026-12-07"),
    ], contact="Hamish")
    when = dt(2026, 12, 4, 10, 15, 37, tz(13))
    top = ("Hi Marisol,\n\nRe PO %s - we can deliver 300 now and 200 the week after. Price as per PO.\n\n"
           "Cheers,\nHamish\nSouthern Rotor Ltd | Christchurch\n" % po.number)
    attr = "On Tue, 1 Dec 2026 at 21:42, Marisol Ortega <%s> wrote:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c035")
    frm = addr("Hamish McLeod", "hamish@southernrotor.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c035"), po.request_id, po.request_id,
                       recv=received("mail-oi1-f175.google.example", "198.51.100.175", when, po.buyer_email, "c035")), alt)
    exp = conf([(po, {1: chg(sched=[(300, "2026-12-04"), (200, "2026-12-11")])})],
               "Only relative timing: '300 now' = the mail's date (Fri 2026-12-04, NZ time) and '200 the week after' "
               "= one week later, Fri 2026-12-11 (also the Friday of the following week). Total 500 as ordered.")
    return Case(35, "300-now-200-week-after", "confirmation/en-NZ",
                "split given only as '300 now and 200 the week after' with no explicit date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 036
def c036():
    S = supplier("MAYAK", "OOO Chasovoy zavod Mayak", "sbyt@chz-mayak.example", "ru-RU")
    po = PO(pon(36), S, "tr", "RUB", "2026-11-20", [
        ("ANK-KOL-30", "Escapement wheel, 30 teeth, brass", 2000, "PCS", "38.50", "2026-12-18"),
        ("ANK-VIL-30", "Pallet fork for 30T escapement wheel", 2000, "PCS", "44.00", "2026-12-18"),
        ("ANK-OS-12", "Balance staff, 12 mm", 1000, "PCS", "26.00", "2026-12-18"),
    ])
    when = dt(2026, 11, 26, 14, 22, 50, tz(3))
    top = ("Здравствуйте, Tomasz.\n\n"
           "Подтверждаем заказ N %s от 20.11.2026:\n\n"
           "Поз. 1 - колесо анкерное 30 зуб., латунь - 2 000 шт. по 38,50 руб., отгрузка 18.12.2026.\n"
           "Поз. 2 - вилка анкерная - 2 000 шт., цена 46,20 руб. (+5%% в связи с подорожанием стали), отгрузка 18.12.2026.\n"
           "Поз. 3 - ось баланса 12 мм - к сожалению, снята с производства, поставить не можем.\n\n"
           "Цены указаны без НДС.\n\n"
           "-- \nС уважением,\nИрина Соколова\nотдел сбыта ООО \"Часовой завод Маяк\"\n"
           "тел. +7 (4822) 55-01-23\n" % po.number)
    attr = "Вы писали 20 ноября 2026 г., 11:42:17:\n"
    body = top + "\n" + attr + "\n" + quote_gt(req_text(po), "TR> ")
    part = text(body, "plain", "koi8-r", "8bit", quoted_charset=False)
    frm = addr("Ирина Соколова", "sbyt@chz-mayak.example", "koi8-r", "B")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       "<1984265311.20261126142250@chz-mayak.example>", po.request_id, po.request_id,
                       recv=received("mail.chz-mayak.example", "203.0.113.36", when, po.buyer_email, "c036"),
                       extra=[("X-Mailer", "The Bat! (v10.5.3) Professional"), ("Reply-To", "sbyt@chz-mayak.example"),
                              ("X-Priority", "3 (Normal)")]), part)
    exp = conf([(po, {1: acc(), 2: chg(p="46.20"), 3: rej()})],
               "KOI8-R 8bit The Bat! reply with 'TR> ' quote prefix; '2 000 шт.' space thousands, decimal comma; "
               "+5% on 44.00 = 46.20 (also stated); 'отгрузка' is the ship date; line 3 discontinued.")
    return Case(36, "koi8r-thebat-plus5", "confirmation/ru-RU",
                "KOI8-R 8bit The Bat! mail with initials quote prefix, +5% price and a discontinued line",
                [po], eml, exp)


CASES = [c019, c020, c021, c022, c023, c024, c025, c026, c027, c028, c029, c030, c031, c032,
         c033, c034, c035, c036]
