"""Case definitions, part B."""
from decimal import Decimal

from .common import (case, make_po, supplier, confirmation, other, chg, ACC, REJ, UNC,
                     at, req_body, req_subject, req_sent, quote_gt, outlook_quote, wd)
from . import mime as M
from . import mail as ML
from .pdf import simple_pdf


# ---------------------------------------------------------------------------
@case("gondola-clamps-jaenner-at", "confirmation", "de-AT",
      "Austrian German ('15. Jänner 2027', '€ 1.380,00'); one line reduced to stock quantity with the rest struck")
def b01():
    sup = supplier("SEILTIROL", "Seilbahntechnik Tirol GmbH", "verkauf@seilbahntechnik-tirol.example", "de-AT")
    po = make_po("4500231154", sup, "martin", "EUR", "2026-11-27", [
        ("GC-GRIP-40-SET", "Detachable grip spring set for 40 mm haul rope", 12, "SET", "1380.00", "2027-01-15"),
        ("GC-BOLT-M20", "Clamp bolt M20 x 120, 10.9, hot-dip galvanised", 96, "EA", "14.20", "2026-12-18"),
        ("GC-SHIM-2", "Shim plate 2 mm for grip jaw", 200, "EA", "3.60", "2026-12-18"),
    ], req_at="13:00")
    when = at("2026-12-02 16:40", 1)
    own = ("Sehr geehrter Herr Holm,\n\n"
           "danke für die Bestellung. Zu den einzelnen Positionen:\n\n"
           "Pos. 1: 12 Sätze à € 1.380,00, Liefertermin 15. Jänner 2027 – passt so.\n"
           "Pos. 2: 96 Stk. lieferbar am 18.12.\n"
           "Pos. 3: Derzeit nur 120 Stk. lagernd; diese liefern wir gemeinsam mit Pos. 2 am 18.12. mit.\n"
           "        Die Restmenge (80 Stk.) können wir heuer nicht mehr fertigen – bitte aus der Bestellung streichen.\n\n"
           "Mit freundlichen Grüßen aus Innsbruck\n\n"
           "DI (FH) Florian Haselwanter\n"
           "Vertrieb Ersatzteile\n"
           "Seilbahntechnik Tirol GmbH\n"
           "Grabenweg 71, 6020 Innsbruck, Österreich\n"
           "T +43 512 341 227-40 | FN 318842 t, LG Innsbruck | UID ATU 64812937")
    quote = outlook_quote(po, "de", "Verkauf <verkauf@seilbahntechnik-tirol.example>")
    hs = ML.reply_headers(po, ("Florian Haselwanter", "f.haselwanter@seilbahntechnik-tirol.example"), when,
                          ML.mid("outlook", "b01", ""), prefix="AW: ", charset="windows-1252",
                          extra=ML.outlook_extra(po, "de-AT"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1252", lang="DE-AT"))
    exp = confirmation("Jänner = January; '18.12.' without year = 2026-12-18; Pos. 3 only 120 of 200, remainder cancelled by the supplier.",
                       (po, {1: ACC, 2: ACC, 3: chg(qty=120)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("jet-ski-impellers-html-only-us", "confirmation", "en-US",
      "HTML-only acknowledgment table with both Ship Date and Est. Delivery columns (MM/DD/YYYY); price change on one line")
def b02():
    sup = supplier("RIPTIDE", "Riptide Pump Works LLC", "orders@riptidepumpworks.example", "en-US")
    po = make_po("4500231166", sup, "dana", "USD", "2026-11-30", [
        ("JI-1503-1520", "Impeller 15/20 pitch, stainless, for 1503 series pumps", 10, "EA", "289.00", "2026-12-22"),
        ("JI-WR-155", "Wear ring 155 mm", 10, "EA", "74.50", "2026-12-22"),
        ("JI-SHAFT-KIT", "Impeller shaft and bearing kit", 6, "SET", "58.00", "2026-12-22"),
    ], req_at="15:45")
    when = at("2026-12-01 11:20", -5)
    rows = [("1", "JI-1503-1520", "Impeller 15/20 SS, 1503 series", "10", "$289.00", "12/16/2026", "12/22/2026"),
            ("2", "JI-WR-155", "Wear ring 155mm", "10", "$74.50", "12/16/2026", "12/22/2026"),
            ("3", "JI-SHAFT-KIT", "Shaft &amp; bearing kit", "6", "$61.00", "12/16/2026", "12/22/2026")]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #bbb;padding:4px 8px">%s</td>' % c for c in r) + "</tr>" for r in rows)
    quoted = "<br>\n".join(M.esc(l) for l in req_body(po).split("\n"))
    sent = req_sent(po, -5)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            "<p>Hi Dana,</p>\n<p>Thanks for the order! Please see our acknowledgment below.</p>\n"
            "<p><b>Order Acknowledgment &mdash; Your PO# 4500231166</b><br>Riptide SO# 58213</p>\n"
            "<table style=\"border-collapse:collapse\">"
            "<tr style=\"background:#003b5c;color:#fff\"><th>Line</th><th>Part #</th><th>Description</th><th>Qty</th>"
            "<th>Unit Price</th><th>Ship Date</th><th>Est. Delivery</th></tr>" + tr + "</table>\n"
            "<p>Line 3 reflects our 2027 price list (effective 12/1/2026). Freight: UPS Worldwide Expedited, prepaid &amp; add.</p>\n"
            "<p>Thanks,<br>Rachel Ortega<br>Inside Sales | Riptide Pump Works LLC<br>"
            "2250 NW 16th St, Pompano Beach, FL 33069<br>(954) 555-0148</p>\n"
            "<div style=\"border-top:1px solid #ccc;padding-top:6px\"><b>From:</b> Dana Ruiz &lt;dana.ruiz@northfield-group.example&gt;<br>"
            "<b>Sent:</b> %s<br><b>To:</b> Orders &lt;orders@riptidepumpworks.example&gt;<br>"
            "<b>Subject:</b> %s</div>\n<div>%s</div>\n</body></html>\n"
            % (M.esc(C_sent(sent)), M.esc(req_subject(po)), quoted))
    hs = ML.reply_headers(po, ("Rachel Ortega", "rortega@riptidepumpworks.example"), when,
                          ML.mid("outlook-us", "b02"), prefix="RE: ",
                          extra=ML.outlook_extra(po, "en-US"))
    eml = M.message(hs, M.html(html, charset="utf-8", cte="quoted-printable"))
    exp = confirmation("HTML only. Est. Delivery 12/22/2026 wins over Ship Date 12/16/2026 and equals the request; line 3 price $61.00.",
                       (po, {1: ACC, 2: ACC, 3: chg(price="61.00")}))
    return [po], eml, exp


def C_sent(when):
    from .common import sent_stamp
    return sent_stamp("en-US", when)


# ---------------------------------------------------------------------------
@case("autoreply-absence-fr", "auto_reply", "fr-FR",
      "French out-of-office ('absente du lundi 23/11 au vendredi 04/12/2026') pointing to another address")
def b03():
    sup = supplier("PROCLYON", "Procédés Lyonnais SAS", "adv@procedes-lyonnais.example", "fr-FR")
    po = make_po("4500231125", sup, "sofia", "EUR", "2026-11-25", [
        ("BCT-LAM-13-M", "Laminated cue tip 13 mm, medium, pigskin", 500, "PCS", "3.10", "2026-12-17"),
        ("BCT-MOO-11-H", "Layered cue tip 11 mm, hard", 200, "PCS", "4.80", "2026-12-17"),
    ], req_at="10:10")
    when = at("2026-11-25 10:10", 1).replace(second=44)
    t = ("Bonjour,\n\n"
         "Je suis absente du lundi 23/11 au vendredi 04/12/2026 inclus, sans accès à ma messagerie.\n\n"
         "Pour toute commande ou demande de confirmation, merci d'écrire à adv@procedes-lyonnais.example\n"
         "ou d'appeler le standard au 04 78 62 19 30.\n\n"
         "Cordialement,\n"
         "Claire Dumas\n"
         "Procédés Lyonnais SAS\n")
    hs = ML.reply_headers(po, ("Claire Dumas", "c.dumas@procedes-lyonnais.example"), when,
                          ML.mid("outlook", "b03", ""),
                          subject="Réponse automatique : " + req_subject(po), charset="windows-1252",
                          extra=[("Thread-Topic", req_subject(po)),
                                 ("Auto-Submitted", "auto-replied"),
                                 ("X-Auto-Response-Suppress", "All"),
                                 ("Content-Language", "fr-FR")])
    eml = M.message(hs, M.alternative(M.text(t, charset="windows-1252"),
                                      M.html(M.html_outlook(t, "windows-1252", lang="FR"), charset="windows-1252"),
                                      bstyle="outlook"))
    return [po], eml, other("auto_reply", "Outlook out-of-office; dates are absence dates.")


# ---------------------------------------------------------------------------
@case("carb-floats-lakh-rupees-in", "confirmation", "en-IN",
      "Indian English with 'Rs. 148/-', lakh-grouped total 'Rs. 2,34,300.00', dd-mm-yyyy dispatch dates; PIN code and GSTIN in signature")
def b04():
    sup = supplier("SGAUTO", "Shree Ganesh Auto Components Pvt. Ltd.", "marketing@sgautocomp.example", "en-IN")
    po = make_po("4500231136", sup, "dana", "INR", "2026-11-25", [
        ("CF-BR-22-PWK", "Carburettor float, brass, 22 mm, for PWK 28", 1200, "PCS", "148.00", "2026-12-19"),
        ("CF-NV-VITON", "Float needle valve with Viton tip", 1200, "PCS", "36.50", "2026-12-19"),
        ("CF-PIN-SS304", "Float pivot pin, SS 304", 2500, "PCS", "4.20", "2026-12-19"),
    ], req_at="11:00")
    when = at("2026-11-28 15:10", 5.5)
    own = ("Dear Madam,\n\n"
           "Good afternoon.\n\n"
           "With reference to your above PO, we are pleased to confirm the same as under:\n\n"
           "Sr. No. 1 - Brass float 22 mm (CF-BR-22-PWK) - 1,200 Nos. @ Rs. 148/- each - Dispatch on 19-12-2026\n"
           "Sr. No. 2 - Needle valve Viton (CF-NV-VITON) - 1,200 Nos. @ Rs. 38.50 each (revised due to increase in\n"
           "            Viton rubber cost, kindly amend PO) - Dispatch on 19-12-2026\n"
           "Sr. No. 3 - Pivot pin SS304 (CF-PIN-SS304) - 2,500 Nos. @ Rs. 4.20 each - Dispatch on 26-12-2026\n\n"
           "Total PO value after revision: Rs. 2,34,300.00 + GST as applicable.\n\n"
           "Kindly acknowledge.\n\n"
           "Thanks & Regards,\n"
           "Sandeep Kulkarni\n"
           "Manager - Marketing\n"
           "Shree Ganesh Auto Components Pvt. Ltd.\n"
           "Gat No. 214, Chakan MIDC Phase II, Pune - 410 501\n"
           "Mob: +91 98220 61473\n"
           "GSTIN: 27AAFCS4821K1Z7")
    attr = "On Wed, 25 Nov 2026 at 15:30, Dana Ruiz <dana.ruiz@northfield-group.example> wrote:"
    hs = ML.reply_headers(po, ("Sandeep Kulkarni", "marketing@sgautocomp.example"), when,
                          ML.mid("gmail", "b04"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po)))
    exp = confirmation("Dispatch dates are the committed dates (19-12-2026 = requested; 26-12-2026 for line 3); line 2 price Rs. 38.50.",
                       (po, {1: ACC, 2: chg(price="38.50"), 3: chg(date="2026-12-26")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ladder-feet-body-vs-pdf-hu", "needs_review", "hu-HU",
      "Hungarian body says everything as ordered; the attached PDF confirmation shows half the quantity and a January date for line 2")
def b05():
    sup = supplier("GYLETRA", "Gyümölcsös Létra Kft.", "rendeles@gyumolcsosletra.example", "hu-HU")
    po = make_po("4500231176", sup, "martin", "HUF", "2026-11-30", [
        ("OLF-RUB-45", "Orchard ladder foot, rubber, for 45 mm tube", 600, "PCS", "1250.00", "2026-12-14"),
        ("OLF-SPIKE-TRI", "Tripod ladder spike foot, galvanised steel", 300, "PCS", "2890.00", "2026-12-14"),
    ], req_at="10:40")
    when = at("2026-12-02 08:55", 1)
    own = ("Tisztelt Holm Úr!\n\n"
           "Köszönjük megrendelését. Minden tételt a megrendelés szerint visszaigazolunk, szállítás:\n"
           "2026. december 14.\n\n"
           "A rendelés-visszaigazolást csatoltan küldöm.\n\n"
           "Üdvözlettel:\n"
           "Kovács Eszter\n"
           "értékesítési asszisztens\n"
           "Gyümölcsös Létra Kft.\n"
           "6000 Kecskemét, Szolnoki út 61.\n"
           "Tel.: +36 76 481 220")
    quote = outlook_quote(po, "hu", "Rendelés <rendeles@gyumolcsosletra.example>")
    blocks = [("GYUMOLCSOS LETRA KFT.", "B", 14), ("6000 Kecskemét, Szolnoki út 61.  Adószám: 24518873-2-03", "R", 9), "",
              ("RENDELÉSVISSZAIGAZOLÁS / ORDER CONFIRMATION  RV-2026/1184", "B", 12), "",
              "Vevo / Customer: Northfield Supply Group B.V., Rotterdam",
              "Megrendelés száma / PO: 4500231176  (2026.11.30.)",
              "Kelt / Date: 2026. 12. 01.", "",
              ("Tétel  Cikkszám        Megnevezés                     Menny.  Egységár      Száll. határido", "MB", 8.5),
              ("rule",),
              ("1      OLF-RUB-45       Létraláb, gumi, 45 mm cso        600 db  1 250,00 Ft   2026.12.14.", "M", 8.5),
              ("2      OLF-SPIKE-TRI    Tüskés láb, horganyzott          150 db  2 890,00 Ft   2027.01.11.", "M", 8.5),
              ("rule",),
              ("                                        Nettó összesen:  1 183 500,00 Ft", "MB", 8.5), "",
              "Fizetési feltétel: átutalás 30 nap.   Paritás: DAP Rotterdam"]
    pdf = simple_pdf(blocks, title="RV-2026/1184", producer="Kulcs-Soft")
    hs = ML.reply_headers(po, ("Kovács Eszter", "kovacs.eszter@gyumolcsosletra.example"), when,
                          ML.mid("outlook", "b05", ""), prefix="VS: ", charset="iso-8859-2",
                          extra=ML.outlook_extra(po, "hu-HU", has_attach=True))
    alt = ML.outlook_reply(own, quote, charset="iso-8859-2", lang="HU")
    eml = M.message(hs, M.mixed(alt, M.attachment(pdf, "application/pdf", "RV-2026-1184.pdf"), bstyle="outlook"))
    return [po], eml, other("needs_review", "Body: all lines as ordered, 14 Dec. PDF: line 2 only 150 pcs on 2027.01.11. Contradiction must go to a human.")


# ---------------------------------------------------------------------------
@case("bounce-gmail-address-not-found", "bounce", "es-CL",
      "Gmail 'Delivery Status Notification (Failure)' - Address not found, with the original message attached")
def b06():
    sup = supplier("ESCALCHL", "Escaleras Frutícolas del Maule Ltda.", "ventas@escalerasmaule.example", "es-CL")
    po = make_po("4500231184", sup, "martin", "USD", "2026-11-30", [
        ("OLF-ALU-TRI-8", "Aluminium tripod orchard ladder foot pad, 8 ft ladders", 200, "PCS", "4.40", "2027-01-15"),
    ], req_at="16:20")
    rcpt = sup["email"]
    when = at("2026-11-30 07:20", -8).replace(second=33)
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response from the remote server was:\n"
           "550 5.1.1 <%s>: Recipient address rejected: User unknown in relay recipient table\n" % (rcpt, rcpt))
    html = ("<html><head></head><body><div style=\"font-family:Roboto,Arial,sans-serif\">"
            "<table><tr><td><h2 style=\"font-size:22px;color:#202124\">Address not found</h2>"
            "<p>Your message wasn't delivered to <a style=\"color:#212121\">%s</a> because the address couldn't be "
            "found, or is unable to receive mail.</p><p><a href=\"https://support.google.com/mail/?p=NoSuchUser\">LEARN MORE</a></p>"
            "<p>The response was:</p><p style=\"font-family:monospace\">550 5.1.1 &lt;%s&gt;: Recipient address rejected: "
            "User unknown in relay recipient table</p></td></tr></table></div></body></html>" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Received-From-MTA: dns; martin.holm@northfield-group.example\n"
          "Arrival-Date: Mon, 30 Nov 2026 07:20:31 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mx1.escalerasmaule.example. (192.0.2.77, the server for the domain escalerasmaule.example.)\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in relay recipient table\n"
          "Last-Attempt-Date: Mon, 30 Nov 2026 07:20:33 -0800 (PST)\n" % (po["request_message_id"], rcpt, rcpt))
    body = M.multipart("report",
                       M.alternative(M.text(txt, charset="UTF-8", cte="7bit"), M.html(html, charset="UTF-8", cte="7bit"), bstyle="gmail"),
                       M.raw("message/delivery-status", ds, cte=None),
                       M.raw("message/rfc822", ML.request_message(po), cte=None),
                       bstyle="gmail", params='report-type=delivery-status')
    hs = [("Return-Path", "<>"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "martin.holm@northfield-group.example"),
          ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po["request_message_id"]),
          ("In-Reply-To", po["request_message_id"]),
          ("X-Failed-Recipients", rcpt),
          ("Message-ID", "<6759c3e1.050a0220.3b8f2.1f2dGMR@mx.google.com>"),
          ("Date", "Mon, 30 Nov 2026 07:20:33 -0800 (PST)")]
    eml = M.message(hs, body)
    return [po], eml, other("bounce", "Gmail DSN, 5.1.1 address not found; In-Reply-To points to our request.")


# ---------------------------------------------------------------------------
@case("cue-tips-roc-calendar-big5", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 with Minguo (ROC) calendar dates '115年12月28日' / '116年1月8日'; partial quantity and price change")
def b07():
    sup = supplier("TCBILL", "Taichung Billiard Accessories Co., Ltd.", "sales@tc-billiard.example", "zh-TW")
    po = make_po("4500231118", sup, "dana", "USD", "2026-11-24", [
        ("BT-LAM-14-M", "Laminated pigskin cue tip 14 mm, medium", 1000, "PCS", "2.35", "2026-12-28"),
        ("BT-LAM-13-H", "Laminated pigskin cue tip 13 mm, hard", 600, "PCS", "2.35", "2026-12-28"),
        ("BT-FER-14-MEL", "Cue ferrule 14 mm, melamine", 500, "PCS", "0.88", "2026-12-28"),
    ], req_at="09:55")
    when = at("2026-11-27 16:22", 8)
    t = ("Dana 您好：\n\n"
         "感謝您的訂單。PO 4500231118 回覆如下：\n\n"
         "1. 14mm 中硬 豬皮多層皮頭 1,000 個，單價 US$2.35，115年12月28日出貨。\n"
         "2. 13mm 硬頭：目前豬皮原料不足，只能出 400 個（115年12月28日出貨），其餘 200 個無法供應，請見諒。\n"
         "3. 14mm 美耐皿先角 500 個，單價調整為 US$0.92（原料漲價），交期 116年1月8日。\n\n"
         "如有任何問題請隨時與我聯繫。\n\n"
         "林雅婷 Yating Lin\n"
         "業務部 Sales Dept.\n"
         "台中撞球配件有限公司\n"
         "Taichung Billiard Accessories Co., Ltd.\n"
         "TEL: +886-4-2359-8810  FAX: +886-4-2359-8811\n"
         "台中市西屯區工業區三十八路 176 號\n\n"
         "寄件者: Dana Ruiz <dana.ruiz@northfield-group.example>\n"
         "寄件日期: 2026年11月24日 下午 04:55\n"
         "收件者: sales@tc-billiard.example\n"
         "主旨: %s\n\n%s\n" % (req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("林雅婷 Yating Lin", "yating@tc-billiard.example"), when,
                          ML.mid("outlook", "b07", ""), prefix="回覆: ", charset="big5",
                          extra=ML.outlook_extra(po, "zh-TW"))
    eml = M.message(hs, M.text(t, charset="big5", cte="base64"))
    exp = confirmation("ROC years: 115 = 2026, 116 = 2027. Line 1 ships 2026-12-28 as requested; line 2 only 400 (rest not supplied); line 3 US$0.92 on 2027-01-08.",
                       (po, {1: ACC, 2: chg(qty=400), 3: chg(price="0.92", date="2027-01-08")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mannequin-joints-turkish", "confirmation", "tr-TR",
      "Turkish reply (ISO-8859-9) with '6,20 EUR', '21.12.2026' and '18 Ocak 2027'")
def b08():
    sup = supplier("MANKENPR", "Manken Parça San. ve Tic. A.Ş.", "ihracat@mankenparca.example", "tr-TR")
    po = make_po("4500231141", sup, "tom", "EUR", "2026-11-26", [
        ("MJ-KNEE-F-ST", "Mannequin knee joint, female, steel/ABS", 200, "PCS", "6.80", "2026-12-21"),
        ("MJ-ELB-M", "Mannequin elbow joint, male", 200, "PCS", "5.90", "2026-12-21"),
        ("MJ-WRIST-MAG", "Magnetic wrist connector", 400, "PCS", "3.15", "2027-01-11"),
    ], req_at="14:25")
    when = at("2026-11-30 10:05", 3)
    own = ("Merhaba Tom Bey,\n\n"
           "4500231141 numaralı siparişinizi aşağıdaki şekilde teyit ediyoruz:\n\n"
           "1. kalem - Diz eklemi, kadın (MJ-KNEE-F-ST): 200 adet, birim fiyat 6,80 EUR, teslim tarihi 21.12.2026\n"
           "2. kalem - Dirsek eklemi, erkek (MJ-ELB-M): 200 adet, birim fiyat 6,20 EUR (hammadde fiyat artışı\n"
           "           nedeniyle), teslim tarihi 21.12.2026\n"
           "3. kalem - Mıknatıslı bilek bağlantısı (MJ-WRIST-MAG): 400 adet, birim fiyat 3,15 EUR, teslim tarihi\n"
           "           18 Ocak 2027\n\n"
           "Proforma faturayı ayrıca göndereceğiz.\n\n"
           "Saygılarımızla,\n"
           "Elif Yıldırım\n"
           "İhracat Sorumlusu\n"
           "Manken Parça San. ve Tic. A.Ş.\n"
           "İkitelli OSB Mah. Deposite Cad. No: 14/2, 34490 Başakşehir / İstanbul\n"
           "Tel: +90 212 549 37 60")
    quote = outlook_quote(po, "tr", "İhracat <ihracat@mankenparca.example>", tzh=3)
    hs = ML.reply_headers(po, ("Elif Yıldırım", "elif.yildirim@mankenparca.example"), when,
                          ML.mid("outlook", "b08", ""), prefix="YNT: ", charset="iso-8859-9",
                          extra=ML.outlook_extra(po, "tr-TR"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="iso-8859-9", lang="TR"))
    exp = confirmation("Line 1 as ordered; line 2 price 6,20 EUR instead of 5.90; line 3 delivery 18 Ocak (January) 2027.",
                       (po, {1: ACC, 2: chg(price="6.20"), 3: chg(date="2027-01-18")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("unrelated-newsletter-bookbinding-nl", "unrelated", "nl-NL",
      "Dutch HTML newsletter from the supplier advertising the very item we ordered with a discounted price and holiday dates")
def b09():
    sup = supplier("BOEKBIND", "Boekbinderij Benodigdheden Haarlem B.V.", "info@bbhaarlem.example", "nl-NL")
    po = make_po("4500231083", sup, "sofia", "EUR", "2026-11-23", [
        ("BT-LIN-18-3-WIT", "Linen bookbinding thread 18/3, white, 250 g", 20, "EA", "13.40", "2026-12-10"),
        ("BT-HEAD-RB", "Headband, red/black, 10 m roll", 10, "EA", "8.90", "2026-12-10"),
    ], req_at="11:00")
    when = at("2026-12-03 07:00", 1)
    t = ("BB Haarlem - Nieuwsbrief december 2026\n\n"
         "Decemberactie: 15% korting op al ons linnen garen!\n\n"
         "Linnen naaigaren 18/3 wit (250 g) - nu EUR 11,39 i.p.v. EUR 13,40\n"
         "Linnen naaigaren 25/3 naturel (250 g) - nu EUR 12,24 i.p.v. EUR 14,40\n"
         "Kapitaalband rood/zwart (10 m) - EUR 8,90\n\n"
         "Bestellingen die vóór 17 december binnen zijn, leveren we nog dit jaar.\n"
         "Onze werkplaats is gesloten van 24 december t/m 3 januari.\n\n"
         "Workshop 'Koptisch binden' - zaterdag 16 januari 2027, 10:00-16:00, EUR 85 p.p.\n\n"
         "Boekbinderij Benodigdheden Haarlem B.V. | Kleine Houtstraat 58 | 2011 DR Haarlem\n"
         "Je ontvangt deze e-mail omdat je klant bij ons bent. Afmelden: https://bbhaarlem.example/afmelden?u=7f31c2\n")
    h = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>BB Haarlem nieuwsbrief</title></head>"
         "<body style=\"margin:0;background:#f3efe7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
         "<table width=\"600\" style=\"background:#fff;font-family:Georgia,serif\">"
         "<tr><td style=\"padding:24px;background:#5b3a29;color:#fff;font-size:26px\">BB Haarlem</td></tr>"
         "<tr><td style=\"padding:24px\"><h1 style=\"font-size:22px\">Decemberactie: 15% korting op al ons linnen garen!</h1>"
         "<table width=\"100%\"><tr><td>Linnen naaigaren 18/3 wit (250 g)</td><td><s>&euro; 13,40</s> <b>&euro; 11,39</b></td></tr>"
         "<tr><td>Linnen naaigaren 25/3 naturel (250 g)</td><td><s>&euro; 14,40</s> <b>&euro; 12,24</b></td></tr>"
         "<tr><td>Kapitaalband rood/zwart (10 m)</td><td><b>&euro; 8,90</b></td></tr></table>"
         "<p>Bestellingen die v&oacute;&oacute;r 17 december binnen zijn, leveren we nog dit jaar. "
         "Onze werkplaats is gesloten van 24 december t/m 3 januari.</p>"
         "<p><a href=\"https://bbhaarlem.example/workshops\" style=\"background:#5b3a29;color:#fff;padding:10px 16px;text-decoration:none\">"
         "Workshop Koptisch binden - 16 januari 2027</a></p></td></tr>"
         "<tr><td style=\"padding:16px;font-size:11px;color:#777\">Boekbinderij Benodigdheden Haarlem B.V. | Kleine Houtstraat 58 | 2011 DR Haarlem<br>"
         "<a href=\"https://bbhaarlem.example/afmelden?u=7f31c2\">Afmelden</a></td></tr></table></td></tr></table>"
         "<img src=\"https://t.bbhaarlem.example/o/7f31c2.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
    hs = [("From", "BB Haarlem <nieuwsbrief@bbhaarlem.example>"),
          ("To", "sofia.lindqvist@northfield-group.example"),
          ("Subject", M.hdr("Decemberactie: 15% korting op linnen garen 🧵 + openingstijden feestdagen")),
          ("Date", M.date(when)),
          ("Message-ID", "<20261203060000.7f31c2.48213@send.bbhaarlem.example>"),
          ("List-Unsubscribe", "<https://bbhaarlem.example/afmelden?u=7f31c2>, <mailto:unsubscribe-7f31c2@send.bbhaarlem.example>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("List-Id", "BB Haarlem nieuwsbrief <nieuwsbrief.bbhaarlem.example>"),
          ("Precedence", "bulk"),
          ("X-Campaign-ID", "dec2026-linnen")]
    eml = M.message(hs, M.alternative(M.text(t, charset="utf-8"), M.html(h, charset="utf-8"), bstyle="java"))
    return [po], eml, other("unrelated", "Newsletter (List-Unsubscribe, Precedence: bulk) mentioning our ordered article and its PO price; not an answer.")


# ---------------------------------------------------------------------------
@case("organ-leather-signature-numbers-gb", "confirmation", "en-GB",
      "British one-paragraph confirmation whose signature is full of numbers (postcode BS2 0QP, phone, company and VAT numbers)")
def b10():
    sup = supplier("HARTLEY", "Hartley & Sons Organ Leathers Ltd", "sales@hartley-organleathers.example", "en-GB")
    po = make_po("4500231093", sup, "martin", "GBP", "2026-11-24", [
        ("OL-POUCH-WK-03", "Pouch leather, white kid, 0.3 mm", 40, "FT2", "6.85", "2026-12-14"),
        ("OL-GASK-CF-12", "Gasket leather, chrome-free, 1.2 mm", 25, "FT2", "4.10", "2026-12-14"),
    ], req_at="15:00")
    when = at("2026-11-26 09:12", 0)
    own = ("Morning Martin,\n\n"
           "Happy to confirm PO 4500231093 in full: 40 sq ft of the white kid pouch leather at £6.85 and 25 sq ft\n"
           "of chrome-free gasket leather at £4.10, both to arrive with you Monday 14th December.\n\n"
           "Best wishes,\n"
           "Julia\n\n"
           "Julia Hartley\n"
           "Sales Director\n"
           "Hartley & Sons Organ Leathers Ltd\n"
           "Unit 12, Avonside Trading Estate, Bristol BS2 0QP\n"
           "Tel. 0117 955 2041 | Mob. 07700 900318\n"
           "Registered in England & Wales No. 04417726 | VAT GB 284 1177 06\n"
           "Est. 1887 - supplying organ builders for over 135 years")
    quote = outlook_quote(po, "en", "Sales <sales@hartley-organleathers.example>", tzh=0)
    hs = ML.reply_headers(po, ("Julia Hartley", "julia@hartley-organleathers.example"), when,
                          ML.mid("outlook", "b10", ""), prefix="RE: ", charset="iso-8859-1",
                          extra=ML.outlook_extra(po, "en-GB"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="iso-8859-1", lang="EN-GB"))
    exp = confirmation("Both lines as ordered (sq ft = FT2, Monday 14th December 2026); signature numbers (BS2 0QP, 0117 955 2041, 04417726, 1887, 135) are noise.",
                       (po, {1: ACC, 2: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("arrow-nocks-spec-question-ko", "needs_review", "ko-KR",
      "Korean (EUC-KR) reply asking which throat size we want before confirming price and delivery")
def b11():
    sup = supplier("KOARCH", "Korea Archery Parts Co., Ltd.", "export@koarcheryparts.example", "ko-KR")
    po = make_po("4500231157", sup, "dana", "USD", "2026-11-27", [
        ("AN-GPN-S-088", "G-nock small groove, throat 0.088 in, clear", 3000, "PCS", "0.21", "2026-12-22"),
        ("AN-GPN-L-098", "G-nock large groove, throat 0.098 in, orange", 2000, "PCS", "0.21", "2026-12-22"),
        ("AN-PIN-ALU", "Aluminium nock pin for X10-type shafts", 2000, "PCS", "0.48", "2026-12-22"),
    ], req_at="09:20")
    when = at("2026-11-30 14:40", 9)
    own = ("Dana 님 안녕하세요,\n\n"
           "한국양궁부품 해외영업팀 박지훈입니다. 주문서 감사합니다.\n\n"
           "주문하신 2번 품목(AN-GPN-L-098) 관련하여 확인 부탁드립니다.\n"
           "주문서에는 라지 그루브, 스로트 0.098로 되어 있는데, 저희 라지 그루브 노크는 0.088과 0.104\n"
           "두 가지 규격만 생산하고 있습니다. 어느 규격으로 진행할지 알려주시면 전체 품목의 단가와\n"
           "납기를 확정해서 회신드리겠습니다.\n\n"
           "감사합니다.\n"
           "박지훈 드림\n\n"
           "박지훈 (Jihoon Park) | 해외영업팀 과장\n"
           "한국양궁부품(주) Korea Archery Parts Co., Ltd.\n"
           "경기도 안산시 단원구 산단로 163\n"
           "T. +82-31-494-2280  M. +82-10-4417-3902")
    attr = "2026년 11월 27일 (금) 오후 5:20, Dana Ruiz <dana.ruiz@northfield-group.example>님이 작성:"
    hs = ML.reply_headers(po, ("박지훈", "jh.park@koarcheryparts.example"), when,
                          ML.mid("generic", "b11", "koarcheryparts.example"), prefix="Re: ", charset="euc-kr")
    text = own + "\n\n" + attr + "\n" + quote_gt(req_body(po)) + "\n"
    eml = M.message(hs, M.alternative(M.text(text, charset="euc-kr", cte="base64"),
                                      M.html(M.html_simple(text, "euc-kr", "Gulim, sans-serif"), charset="euc-kr", cte="base64")))
    return [po], eml, other("needs_review", "Specification question on line 2; supplier will fix prices and dates for all lines after our answer.")


# ---------------------------------------------------------------------------
@case("bagpipe-drones-whole-order-declined", "confirmation", "en-GB",
      "Scottish maker declines the whole order in prose and offers an alternative material 'for mid-January' (not a commitment)")
def b12():
    sup = supplier("GLENPIPE", "Glen Affric Pipe Makers Ltd", "orders@glenaffricpipes.example", "en-GB")
    po = make_po("4500231108", sup, "sofia", "GBP", "2026-11-24", [
        ("BP-DRN-TEN-ABW", "Tenor drone set, African blackwood, imitation ivory mounts", 6, "SET", "385.00", "2027-01-15"),
        ("BP-DRN-BASS-ABW", "Bass drone, African blackwood, nickel ferrules", 3, "EA", "240.00", "2027-01-15"),
    ], req_at="11:50")
    when = at("2026-11-25 18:30", 0)
    own = ("Hi Sofia,\n\n"
           "Thanks for thinking of us. I'm sorry but we'll have to decline this order - we're out of seasoned\n"
           "blackwood and our next CITES-documented batch won't be turned until after Easter. Neither the tenor\n"
           "sets nor the bass drones can be made in time, and I don't want to promise what I can't deliver.\n\n"
           "If polypenco (Delrin) drones would suit the museum shop, I could make those for mid-January - let me\n"
           "know and I'll send a quote.\n\n"
           "All the best,\n"
           "Callum\n\n"
           "--\n"
           "Callum MacRae\n"
           "Glen Affric Pipe Makers Ltd\n"
           "The Old Smiddy, Cannich, Beauly IV4 7LN\n"
           "01456 415 290")
    attr = "On Tue, 24 Nov 2026 at 10:50, Sofia Lindqvist <sofia.lindqvist@northfield-group.example> wrote:"
    hs = ML.reply_headers(po, ("Callum MacRae", "callum@glenaffricpipes.example"), when,
                          ML.mid("gmail", "b12"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po)))
    exp = confirmation("Whole order declined (both lines rejected); the Delrin alternative 'for mid-January' is only an offer to quote.",
                       (po, {1: REJ, 2: REJ}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("reel-bearings-three-pos-gb2312", "confirmation", "zh-CN",
      "Simplified Chinese (GB2312, base64) answering two of three POs from the same supplier; the third is only mentioned")
def b13():
    sup = supplier("NBREEL", "Ningbo Haixin Bearing Co., Ltd.", "sales3@nbhaixin-bearing.example", "zh-CN")
    pa = make_po("4500231115", sup, "martin", "USD", "2026-11-24", [
        ("FB-S623-2RS", "Stainless bearing S623-2RS 3x10x4 mm", 5000, "PCS", "0.38", "2026-12-20"),
        ("FB-S684ZZ", "Stainless bearing S684ZZ 4x9x4 mm", 3000, "PCS", "0.29", "2026-12-20"),
    ], req_at="08:30")
    pb = make_po("4500231116", sup, "martin", "USD", "2026-11-24", [
        ("FB-LR-S692", "Line roller bearing S692ZZ 2x6x3 mm", 2000, "PCS", "0.42", "2027-01-10"),
    ], req_at="08:32")
    pc = make_po("4500231117", sup, "martin", "USD", "2026-11-24", [
        ("FB-RC-0610", "Roller clutch bearing RC-061008 for spinning reels", 800, "PCS", "1.65", "2027-01-15"),
    ], req_at="08:35")
    when = at("2026-11-26 10:18", 8)
    t = ("Martin 您好！\n\n"
         "关于贵司订单 4500231115 和 4500231117，回复如下：\n\n"
         "一、订单 4500231115：两项均按订单确认，数量、单价不变，2026年12月20日出货。\n\n"
         "二、订单 4500231117：单向离合轴承 RC-061008 共 800 个，因钢材涨价，单价调整为 USD 1.72/个，\n"
         "    交货期为 2027年1月22日。\n\n"
         "订单 4500231116 我们下周一给您回复。\n\n"
         "祝好！\n"
         "王丽 Lily Wang\n"
         "宁波海鑫轴承有限公司 销售三部\n"
         "电话：0574-8765 2281  手机：138 5748 1902\n"
         "地址：浙江省宁波市鄞州区投资创业中心诚信路 188 号\n\n"
         "------------------ 原始邮件 ------------------\n"
         "发件人: \"Martin Holm\" <martin.holm@northfield-group.example>\n"
         "发送时间: 2026年11月24日(星期二) 下午3:30\n"
         "收件人: \"sales3\" <sales3@nbhaixin-bearing.example>\n"
         "主题: %s\n\n%s\n" % (req_subject(pa), req_body(pa)))
    hs = ML.reply_headers(pa, ("王丽 Lily Wang", "sales3@nbhaixin-bearing.example"), when,
                          "<tencent_5E3A2F17C9B04D21A6F8E3C1@qq.example>",
                          subject="回复：订单 4500231115 / 4500231117 确认", charset="gb2312",
                          extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    eml = M.message(hs, M.text(t, charset="gb2312", cte="base64"))
    exp = confirmation("PO ...115 both lines as ordered (ship 2026-12-20); PO ...117 price 1.72 and 2027-01-22; PO ...116 only mentioned (answer next Monday) - left out.",
                       (pa, {1: ACC, 2: ACC}), (pc, {1: chg(price="1.72", date="2027-01-22")}))
    return [pa, pb, pc], eml, exp


# ---------------------------------------------------------------------------
@case("autoreply-shared-mailbox-mx", "auto_reply", "es-MX",
      "Mexican shared-mailbox auto-acknowledgment with office hours and '24 a 48 horas hábiles'")
def b14():
    sup = supplier("MOLDJAL", "Moldes Queseros de Jalisco S.A. de C.V.", "ventas@moldesqueseros.example", "es-MX")
    po = make_po("4500231160", sup, "priya", "USD", "2026-11-27", [
        ("CM-PAN-1KG", "Queso panela basket mould 1 kg, PP", 500, "EA", "1.95", "2027-01-08"),
        ("CM-OAX-LID", "Lid for round cheese mould 120 mm", 500, "EA", "0.70", "2027-01-08"),
    ], req_at="17:00")
    when = at("2026-11-27 10:00", -6).replace(second=12)
    t = ("Gracias por escribir a Moldes Queseros de Jalisco.\n\n"
         "Hemos recibido su correo. Este buzón es atendido de lunes a viernes de 8:00 a 17:00 h (hora del\n"
         "centro de México). Su solicitud será atendida en un plazo de 24 a 48 horas hábiles.\n\n"
         "Si su asunto es urgente, comuníquese al +52 33 3812 4470.\n\n"
         "Este es un mensaje automático, por favor no responda a este correo.\n")
    hs = ML.reply_headers(po, ("Ventas Moldes Queseros", "ventas@moldesqueseros.example"), when,
                          ML.mid("generic", "b14", "moldesqueseros.example"),
                          subject="Respuesta automática: " + req_subject(po),
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes"),
                                 ("Precedence", "auto_reply")])
    eml = M.message(hs, M.alternative(M.text(t, charset="UTF-8"), M.html(M.html_simple(t, "UTF-8"), charset="UTF-8")))
    return [po], eml, other("auto_reply", "Auto-acknowledgment of a shared mailbox; no commitment.")


# ---------------------------------------------------------------------------
@case("accordion-reeds-internal-chain-sl", "confirmation", "sl-SI",
      "Slovenian sales reply that forwards the internal production chain ('80 kompletov do 18. 12., ostalih 40 ... 8. 1. 2027') and says 'we confirm it like that'")
def b15():
    sup = supplier("HARMENG", "Harmonike Mengeš d.o.o.", "prodaja@harmonike-menges.example", "sl-SI")
    po = make_po("4500231128", sup, "sofia", "EUR", "2026-11-25", [
        ("AR-JEZ-A440-D", "Accordion reed set, treble, A=440 Hz, double, Swedish steel", 120, "SET", "21.30", "2026-12-18"),
        ("AR-VOSK-500", "Reed mounting wax, 500 g", 12, "EA", "14.60", "2026-12-18"),
    ], req_at="12:40")
    when = at("2026-12-01 13:20", 1)
    own = ("Spoštovana ga. Lindqvist,\n\n"
           "spodaj pošiljam odgovor naše proizvodnje - tako potrjujemo. Vosek je na zalogi in gre s prvo pošiljko.\n\n"
           "Lep pozdrav,\n"
           "Tanja Kos\n"
           "Prodaja / Sales\n"
           "Harmonike Mengeš d.o.o.\n"
           "Slovenska cesta 36, 1234 Mengeš\n"
           "T: +386 1 723 05 40")
    chain = ("Od: Marko Zupan <marko.zupan@harmonike-menges.example>\n"
             "Poslano: ponedeljek, 30. november 2026 15:02\n"
             "Za: Tanja Kos <tanja.kos@harmonike-menges.example>\n"
             "Zadeva: RE: %s\n\n"
             "Tanja,\n"
             "jezičke A440 lahko naredimo 80 kompletov do 18. 12., ostalih 40 pa šele po novem letu, 8. 1. 2027.\n"
             "Cena ostane ista.\n"
             "Marko\n\n"
             "Od: Tanja Kos\n"
             "Poslano: ponedeljek, 30. november 2026 09:41\n"
             "Za: Marko Zupan\n"
             "Zadeva: FW: %s\n\n"
             "Marko, prosim preveri termine za jezičke. Hvala.\n\n" % (req_subject(po), req_subject(po))
             + outlook_quote(po, "sl", "Prodaja <prodaja@harmonike-menges.example>"))
    hs = ML.reply_headers(po, ("Tanja Kos", "tanja.kos@harmonike-menges.example"), when,
                          ML.mid("outlook", "b15", ""), prefix="RE: ", charset="windows-1250",
                          extra=ML.outlook_extra(po, "sl-SI"))
    eml = M.message(hs, ML.outlook_reply(own, chain, charset="windows-1250", lang="SL"))
    exp = confirmation("Commitment is in the forwarded internal mail (80 by 18. 12. 2026, 40 on 8. 1. 2027), adopted by sales; wax goes with the first shipment (as ordered).",
                       (po, {1: chg(date="2027-01-08", schedule=[(80, "2026-12-18"), (40, "2027-01-08")]), 2: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pen-needles-mobile-one-liner-ie", "confirmation", "en-IE",
      "Outlook-for-iOS one-liner 'Confirmed as per PO' above a full quote; '15/12' without year")
def b16():
    sup = supplier("LIFFEYMED", "Liffey Medical Supplies Ltd", "orders@liffeymedical.example", "en-IE")
    po = make_po("4500231144", sup, "priya", "EUR", "2026-11-26", [
        ("PN-32G-4-IE", "Pen needle 32G x 4 mm, box of 100", 150, "BOX", "9.40", "2026-12-15"),
        ("PN-31G-5-IE", "Pen needle 31G x 5 mm, box of 100", 150, "BOX", "9.10", "2026-12-15"),
        ("SHARPS-1L", "Sharps container 1 L, yellow lid", 60, "EA", "2.15", "2026-12-15"),
    ], req_at="16:05")
    when = at("2026-11-26 17:48", 0)
    sent = req_sent(po, 0)
    t = ("Confirmed as per PO, thanks Priya. Delivery 15/12 as requested.\n\n"
         "Ciarán\n\n"
         "Get Outlook for iOS\n"
         "________________________________\n"
         "From: Priya Nair <priya.nair@northfield-group.example>\n"
         "Sent: %s, %s %d, 2026 %d:%02d:%02d PM\n"
         "To: Orders <orders@liffeymedical.example>\n"
         "Subject: %s\n\n%s\n" % (wd(sent), "November", sent.day, sent.hour - 12, sent.minute, 12,
                                  req_subject(po), req_body(po)))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div dir=\"ltr\">Confirmed as per PO, thanks Priya. Delivery 15/12 as requested.</div><div dir=\"ltr\"><br></div>"
            "<div dir=\"ltr\">Ciarán</div><div dir=\"ltr\"><br></div>"
            "<div dir=\"ltr\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div>"
            "<hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
            "<b>From:</b> Priya Nair &lt;priya.nair@northfield-group.example&gt;<br><b>Sent:</b> Thursday, November 26, 2026 3:05:12 PM<br>"
            "<b>To:</b> Orders &lt;orders@liffeymedical.example&gt;<br><b>Subject:</b> " + M.esc(req_subject(po)) + "</div>"
            "<div>" + "<br>".join(M.esc(l) for l in req_body(po).split("\n")) + "</div></body></html>")
    hs = ML.reply_headers(po, ("Ciarán Ó Dálaigh", "ciaran.odalaigh@liffeymedical.example"), when,
                          ML.mid("outlook", "b16", ""), prefix="Re: ",
                          extra=ML.outlook_extra(po, "en-IE"))
    eml = M.message(hs, M.alternative(M.text(t, charset="utf-8", cte="quoted-printable"),
                                      M.html(html, charset="utf-8", cte="quoted-printable"), bstyle="outlook"))
    exp = confirmation("One-line confirmation of the whole PO; all figures come from the PO, 15/12 = 2026-12-15.",
                       (po, {1: ACC, 2: ACC, 3: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bounce-exim-delay-warning", "bounce", "el-GR",
      "Exim 'Warning: message ... delayed 24 hours' (Action: delayed, 4.7.0) - not a final failure, still a DSN")
def b17():
    sup = supplier("THERMOGR", "Thermoelectric Hellas S.A.", "sales@thermohellas.example", "el-GR")
    po = make_po("4500231186", sup, "tom", "EUR", "2026-11-30", [
        ("TC-N-8-1000", "Thermocouple type N, 8 mm x 1000 mm, Nicrobell sheath", 12, "EA", "96.00", "2026-12-21"),
        ("TC-HEAD-KNE", "Connection head KNE, aluminium", 12, "EA", "14.50", "2026-12-21"),
    ], req_at="10:58")
    rcpt = sup["email"]
    when = at("2026-12-01 11:02", 1).replace(second=17)
    t = ("This message was created automatically by mail delivery software.\n"
         "A message that you sent has not yet been delivered to one or more of its\n"
         "recipients after more than 24 hours on the queue on mx1.northfield-group.example.\n\n"
         "The message identifier is:     1tA7xQ-00Fh2k-3K\n"
         "The subject of the message is: %s\n"
         "The date of the message is:    Mon, 30 Nov 2026 10:58:00 +0100\n\n"
         "The address to which the message has not yet been delivered is:\n\n"
         "  %s\n"
         "    host mail.thermohellas.example [192.0.2.120]\n"
         "    Delay reason: SMTP error from remote mail server after initial connection:\n"
         "    421 4.7.0 mail.thermohellas.example Service temporarily unavailable, try again later\n\n"
         "No action is required on your part. Delivery attempts will continue for\n"
         "some time, and this warning may be repeated at intervals if the message\n"
         "remains undelivered. Eventually the mail delivery software will give up,\n"
         "and when that happens, the message will be returned to you.\n" % (req_subject(po), rcpt))
    ds = ("Reporting-MTA: dns; mx1.northfield-group.example\n\n"
          "Action: delayed\n"
          "Final-Recipient: rfc822;%s\n"
          "Status: 4.7.0\n"
          "Remote-MTA: dns; mail.thermohellas.example\n"
          "Diagnostic-Code: smtp; 421 4.7.0 mail.thermohellas.example Service temporarily unavailable, try again later\n"
          "Will-Retry-Until: Mon, 07 Dec 2026 10:58:04 +0100\n" % rcpt)
    body = M.multipart("report",
                       M.raw("text/plain; charset=us-ascii", t, cte="7bit"),
                       M.raw("message/delivery-status", ds, cte=None),
                       M.raw("text/rfc822-headers", ML.request_message(po, with_headers_only=True), cte=None),
                       bstyle="exim", params="report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("X-Failed-Recipients", rcpt),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mx1.northfield-group.example>"),
          ("To", "tom.achterberg@northfield-group.example"),
          ("References", po["request_message_id"]),
          ("Subject", "Warning: message 1tA7xQ-00Fh2k-3K delayed 24 hours"),
          ("Message-Id", "<E1tAUnN-00Gk3p-0a@mx1.northfield-group.example>"),
          ("Date", M.date(when))]
    eml = M.message(hs, body)
    return [po], eml, other("bounce", "Exim delay warning (Action: delayed). Still a delivery status notification, not a supplier answer.")


# ---------------------------------------------------------------------------
@case("gondola-grips-swiss-apostrophe-fr-ch", "confirmation", "fr-CH",
      "Swiss French with apostrophe thousands separator 'CHF 1'275.00' and a split delivery ending after the requested date")
def b18():
    sup = supplier("TELECOMP", "Téléphérique Composants SA", "commandes@telepherique-composants.example", "fr-CH")
    po = make_po("4500231173", sup, "martin", "CHF", "2026-11-30", [
        ("GC-GRIP-52-FX", "Detachable grip jaw, fixed, for 52 mm rope", 8, "EA", "1250.00", "2027-01-15"),
        ("GC-DISC-STACK", "Disc spring stack for detachable grip", 24, "SET", "318.00", "2027-01-15"),
    ], req_at="11:15")
    when = at("2026-12-03 14:07", 1)
    own = ("Bonjour Monsieur Holm,\n\n"
           "Nous vous remercions de votre commande et vous confirmons :\n\n"
           "Pos. 1 : 8 pces mâchoires fixes 52 mm à CHF 1'275.00 (nouveau tarif acier au 1.12.2026),\n"
           "         livrables le 15.01.2027\n"
           "Pos. 2 : 24 jeux d'empilements de ressorts à CHF 318.00, livrables en deux fois :\n"
           "         12 jeux le 15.01.2027 et 12 jeux le 29.01.2027\n\n"
           "Avec nos meilleures salutations\n\n"
           "Yannick Rey\n"
           "Service commercial\n"
           "Téléphérique Composants SA\n"
           "Route de la Drague 34 – 1950 Sion\n"
           "Tél. 027 322 18 60")
    quote = outlook_quote(po, "fr", "Commandes <commandes@telepherique-composants.example>")
    hs = ML.reply_headers(po, ("Yannick Rey", "y.rey@telepherique-composants.example"), when,
                          ML.mid("outlook", "b18", ""), prefix="RE: ", charset="windows-1252",
                          extra=ML.outlook_extra(po, "fr-CH"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1252", lang="FR-CH"))
    exp = confirmation("CHF 1'275.00 = 1275.00 (price change); line 2 split 12 + 12, last on 29.01.2027.",
                       (po, {1: chg(price="1275.00"), 2: chg(date="2027-01-29", schedule=[(12, "2027-01-15"), (12, "2027-01-29")])}))
    return [po], eml, exp
