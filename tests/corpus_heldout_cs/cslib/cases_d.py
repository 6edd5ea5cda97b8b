# -*- coding: utf-8 -*-
"""Cases D: needs_review (rest), auto-replies, bounces and unrelated mail."""
import datetime as dt
from decimal import Decimal as Dec

from . import mime
from .common import (DOMAIN, MX, PO, Supplier, T, alt, case, expected_kind, html_doc, local, msgid, outlook_headers,
                     outlook_quote, quote, request_eml, request_text, subject, text_to_html, mail, fmt_sent,
                     fmt_amount, rfcdate, ip)
from .pdf import Document
from .xlsx import make_xlsx


def _hdr_received(frm_host, frm_ip, by, qid, rcpt, t):
    utc = t.astimezone(dt.timezone.utc)
    return ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (frm_host, frm_host, frm_ip, by, qid, rcpt, rfcdate(utc)))


# ------------------------------------------------------------------ needs_review (8, 9)
@case("forwarded-workshop-maybes", "needs_review", "fr-BE",
      "Belgian sales forwards the workshop's internal answer 'ça devrait passer… probablement en janvier' and says he will come back")
def fwd_maybes():
    sup = Supplier("RRSCEN", "Rideaux & Rails Scéniques SPRL", "ventes@rails-sceniques.example", "fr-BE")
    po = PO("4500075555", sup, "dana", "EUR", "2026-11-23", [
        ("RRS-RAIL-KS", "Stage curtain track, KS profile, galvanised", 48, "M", "22.40", "2026-12-18"),
        ("RRS-CHAR-KS", "Ball-bearing runner for KS track", 160, "PCS", "3.15", "2026-12-18"),
        ("RRS-POUL-KS", "Return pulley for KS track", 4, "EA", "58.00", "2026-12-18"),
    ])
    t_marc = T("2026-11-30 16:22:10", 1)
    t_ask = T("2026-11-27 09:40:51", 1)
    top = ("Bonjour Madame Ruiz,\n\nPour info, voici ci-dessous le retour de notre atelier. Je reviens vers vous dès "
           "que j'ai une réponse ferme pour les chariots et les poulies.\n\nBien à vous,\n\nJulien Lambert\n"
           "Conseiller commercial\nRideaux & Rails Scéniques SPRL | Chaussée de Mons 212 | 1070 Anderlecht\n"
           "Tél. +32 2 555 01 42\n\n")
    chain = ("-----Message d'origine-----\nDe : Marc Dubois <atelier@rails-sceniques.example>\nEnvoyé : %s\n"
             "À : Julien Lambert <ventes@rails-sceniques.example>\nObjet : RE: %s\n\n"
             "Julien,\nPour les rails KS ça devrait passer pour mi-décembre si le galva revient à temps. Les chariots "
             "je dois encore vérifier le stock. Les poulies probablement en janvier.\nMarc\n\n"
             "-----Message d'origine-----\nDe : Julien Lambert\nEnvoyé : %s\nÀ : Marc Dubois\nObjet : TR: %s\n\n"
             "Marc, tu peux me dire pour quand on peut faire ça ? 48 m de rail KS, 160 chariots, 4 poulies. Merci.\n\n"
             % (fmt_sent("fr", t_marc), subject(po), fmt_sent("fr", t_ask), subject(po)))
    txt = top + chain + outlook_quote(po, "fr", 1, sep="orig")
    body = alt(txt, "windows-1252", "quoted-printable", "rrscen")
    date = T("2026-12-01 10:02:33", 1)
    eml = mail(("Julien Lambert", sup.email), po.buyer.pair, "TR: RE: " + subject(po), date,
               msgid("outlook", "rrscen-1", ""), body, refs=[po.request_message_id],
               extra=outlook_headers("fr-BE", subject(po)))
    exp = expected_kind("needs_review",
                        "Internal workshop estimates ('devrait passer', 'dois vérifier', 'probablement en janvier') "
                        "forwarded with 'je reviens vers vous' - no commitment for any line.")
    return [po], eml, exp


@case("price-increase-needs-our-ok", "needs_review", "en-GB",
      "Scottish supplier asks us to accept +7% (£583.15) before booking production; the requested date is met only 'if you accept'")
def price_increase_ok():
    sup = Supplier("AILSAGRN", "Ailsa Granite Curling Co. Ltd", "sales@ailsagranite.example", "en-GB")
    po = PO("4500075610", sup, "aoife", "GBP", "2026-11-25", [
        ("AGC-STN-BH", "Curling stone, Blue Hone insert, Common Green body", 24, "EA", "545.00", "2027-01-15"),
        ("AGC-RESHARP", "Running surface resharpening service", 16, "EA", "85.00", "2027-01-15"),
    ])
    top = ("Dear Aoife,\n\nThank you for PO 4500075610.\n\n"
           "Before we book this into production I need to flag that the quarry has increased Blue Hone block prices "
           "from 1 January, and we would need to apply a 7% increase to the stones (£583.15 each). If you can accept "
           "the revised price, we can deliver on 15/01/2027 as requested; the resharpening would stay at £85.00.\n\n"
           "Could you let me know whether you're happy to proceed on that basis? Once I have your OK I'll send the "
           "formal acknowledgement.\n\nKind regards,\nFiona Campbell\nSales & Customer Service\n"
           "Ailsa Granite Curling Co. Ltd | Barskimming Road, Mauchline KA5 5HB | 01290 555 142\n\n")
    txt = top + outlook_quote(po, "en-GB", 0, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "ailsagrn")
    date = T("2026-12-02 14:40:06", 0)
    eml = mail(("Fiona Campbell", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "ailsagrn-1", ""), body, irt=po, extra=outlook_headers("en-GB", subject(po)))
    exp = expected_kind("needs_review",
                        "Conditional offer: +7% on the stones (545.00 -> 583.15) must be accepted first; the formal "
                        "acknowledgement follows only after our OK. Nothing is committed.")
    return [po], eml, exp


# ------------------------------------------------------------------ auto replies
@case("out-of-office-german-english", "auto_reply", "de-DE",
      "Exchange out-of-office (DE/EN) with a return date 11.12.2026 that looks like a delivery date, threaded on our request")
def ooo_de():
    sup = Supplier("IMKHOLT", "Imkereibedarf Holtermann GmbH", "b.holtermann@imkerei-holtermann.example", "de-DE")
    po = PO("4500075677", sup, "tomas", "EUR", "2026-11-27", [
        ("IH-SMOK-XL", "Bee smoker XL with heat shield and bellows", 40, "EA", "36.90", "2026-12-18"),
        ("IH-BLG-XL", "Bellows for smoker XL", 80, "EA", "12.40", "2026-12-18"),
    ])
    txt = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11.12.2026 "
           "nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
           "In dringenden Fällen wenden Sie sich bitte an unseren Vertrieb unter vertrieb@imkerei-holtermann.example "
           "oder +49 5041 555-0.\n\nMit freundlichen Grüßen\nBernd Holtermann\n\n---\n\n"
           "Thank you for your message. I am out of the office until 11 December 2026 inclusive and have no access to "
           "e-mail. Your message will not be forwarded. For urgent matters please contact our sales team at "
           "vertrieb@imkerei-holtermann.example or +49 5041 555-0.\n")
    body = alt(txt, "iso-8859-1", "quoted-printable", "imkholt")
    date = local(po.sent, 1) + dt.timedelta(seconds=41)
    eml = mail(("Bernd Holtermann", sup.email), po.buyer.pair, "Automatische Antwort: " + subject(po), date,
               msgid("outlook", "imkholt-1", ""), body, irt=po,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("Content-Language", "de-DE"), ("X-MS-Exchange-Inbox-Rules-Loop", sup.email)])
    exp = expected_kind("auto_reply", "Out-of-office; 11.12.2026 is the return date, not a delivery date.")
    return [po], eml, exp


@case("system-order-received-will-be-processed", "auto_reply", "en-US",
      "shop system mail 'Your order has been received and will be processed', echoing our PO number and line count - no commitment")
def system_received():
    sup = Supplier("BWPADDLE", "Boundary Waters Paddle Co.", "orders@bwpaddle.example", "en-US")
    po = PO("4500075733", sup, "dana", "USD", "2026-11-30", [
        ("BWP-BENT-52", "Bent-shaft canoe paddle, carbon, 52 in", 25, "EA", "189.00", "2027-01-08"),
        ("BWP-ST-57", "Straight canoe paddle, ash, 57 in", 40, "EA", "74.00", "2027-01-08"),
    ])
    t = local(po.sent, -6) + dt.timedelta(minutes=1, seconds=12)
    txt = ("Thank you!\n\nYour order has been received and will be processed by our customer service team within "
           "2 business days. You will receive a separate order acknowledgement with confirmed ship dates once your "
           "order has been reviewed.\n\n"
           "Reference:      %s\nReceived:       %s\nLines received: 2\n\n"
           "This is an automated message. This mailbox is not monitored.\n\n"
           "Boundary Waters Paddle Co. | 118 Lake Ave, Ely, MN 55731 | (218) 555-0142\n"
           % (po.number, "%d/%d/%d %d:%02d %s CST" % (t.month, t.day, t.year, t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")))
    hb = html_doc("<table width=\"600\" style=\"border:1px solid #ddd\"><tr><td style=\"background:#1d4f3a;color:#fff;"
                  "padding:12px;font-size:18pt\">Boundary Waters Paddle Co.</td></tr><tr><td style=\"padding:12px\">"
                  + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</td></tr></table>",
                  "utf-8", "Arial,sans-serif")
    body = alt(txt, "utf-8", "quoted-printable", "bwpaddle", "javamail", html_body=hb)
    eml = mail(("Boundary Waters Paddle Co.", "noreply@bwpaddle.example"), po.buyer.pair,
               "We've received your order [%s]" % po.number, t, msgid("erp", "bwpaddle-1", "bwpaddle.example"), body,
               irt=po, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("Precedence", "auto_reply")])
    exp = expected_kind("auto_reply",
                        "System receipt: 'will be processed', acknowledgement with dates to follow. Echoes the PO "
                        "number and line count but commits to nothing.")
    return [po], eml, exp


@case("helpdesk-ticket-echoes-request", "auto_reply", "fr-FR",
      "French helpdesk ticket receipt that quotes the start of our request, table with all PO figures included")
def helpdesk():
    sup = Supplier("TGCERAM", "Tours & Girelles Céramique SAS", "adv@tours-girelles.example", "fr-FR")
    po = PO("4500075790", sup, "dana", "EUR", "2026-11-25", [
        ("TG-GIR-30", "Wheel head (girelle), 30 cm, aluminium", 12, "EA", "96.00", "2026-12-18"),
        ("TG-GIR-35", "Wheel head (girelle), 35 cm, aluminium", 8, "EA", "118.00", "2026-12-18"),
    ])
    rq = "\n".join(request_text(po).split("\n")[:13])
    txt = ("Bonjour Dana Ruiz,\n\nNous accusons réception de votre demande, enregistrée sous le numéro #48213.\n"
           "Un conseiller vous répondra dans un délai de 48 heures ouvrées.\n\n"
           "Pour compléter votre demande, répondez simplement à ce message sans modifier l'objet.\n\n"
           "Rappel de votre demande :\n------------------------------------------------------------\n"
           + rq + "\n[...]\n------------------------------------------------------------\n\n"
           "Cordialement,\nLe service clients Tours & Girelles\n"
           "Ce message a été généré automatiquement.\n")
    body = alt(txt, "utf-8", "quoted-printable", "tgceram", "generic")
    date = local(po.sent, 1) + dt.timedelta(minutes=2, seconds=5)
    eml = mail(("Tours & Girelles - Service clients", "support@tours-girelles.example"), po.buyer.pair,
               "[Ticket #48213] " + subject(po), date, msgid("generic", "tgceram-1", "tours-girelles.example"), body,
               irt=po, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("X-Mailer", "Zammad Mail Service")])
    exp = expected_kind("auto_reply",
                        "Ticket receipt from a helpdesk; the quoted request repeats our quantities/prices/dates but the "
                        "supplier says nothing.")
    return [po], eml, exp


@case("japanese-business-trip-autoreply", "auto_reply", "ja-JP",
      "Shift_JIS Japanese auto-reply: away 12月4日～12月14日, replies from 12月15日 - dates that are not deliveries")
def ooo_ja():
    sup = Supplier("HOKUSHIN", "株式会社 北辰光学", "k.sato@hokushin-kogaku.example", "ja-JP")
    po = PO("4500075845", sup, "priya", "JPY", "2026-12-04", [
        ("HS-EP-OR6", "Orthoscopic eyepiece 6 mm, 1.25 in", 30, "PCS", "8900", "2027-01-15"),
        ("HS-EP-OR12", "Orthoscopic eyepiece 12.5 mm, 1.25 in", 30, "PCS", "8900", "2027-01-15"),
    ])
    txt = ("（自動返信）\n\nお世話になっております。株式会社北辰光学 営業部の佐藤です。\n\n"
           "誠に勝手ながら、12月4日（金）から12月14日（月）まで海外出張のため不在にしております。\n"
           "期間中はメールの確認が遅れる場合がございます。\n"
           "お急ぎの場合は営業部（sales@hokushin-kogaku.example／03-5555-0142）までご連絡ください。\n\n"
           "12月15日（火）以降、順次対応させていただきます。\n\n"
           "This is an automatic reply. I am on a business trip from 4 to 14 December.\n\n"
           "――――――――――――――\n佐藤 健太 (Kenta Sato)\n株式会社 北辰光学 営業部\n"
           "〒174-0041 東京都板橋区舟渡2-3-4\n――――――――――――――\n")
    body = mime.text(txt, "shift_jis", "base64")
    date = local(po.sent, 9) + dt.timedelta(seconds=18)
    eml = mail(("佐藤 健太", sup.email), po.buyer.pair, "自動応答: " + subject(po), date,
               msgid("outlook", "hokushin-1", ""), body, irt=po, hcs="shift_jis",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expected_kind("auto_reply", "Business-trip auto-reply; 12月14日/15日 are absence dates.")
    return [po], eml, exp


@case("mailbox-no-longer-monitored", "auto_reply", "id-ID",
      "Indonesian/English auto-reply: this address is no longer active, send purchase orders to another address")
def not_monitored():
    sup = Supplier("DAYUNGNU", "PT Dayung Nusantara", "sales@dayungnusantara.example", "id-ID")
    po = PO("4500075901", sup, "marek", "USD", "2026-11-26", [
        ("DN-PAD-TEAK", "Canoe paddle, teak, 140 cm", 100, "EA", "24.00", "2027-01-08"),
        ("DN-PAD-BAMB", "Canoe paddle, bamboo laminate, 150 cm", 80, "EA", "27.50", "2027-01-08"),
    ])
    txt = ("Terima kasih atas email Anda.\n\nAlamat email ini sudah tidak aktif sejak 1 November 2026 dan tidak "
           "dipantau lagi. Untuk pesanan (purchase order) silakan kirim ke orders@dayungnusantara.example, untuk "
           "pertanyaan lain ke info@dayungnusantara.example.\n\n"
           "Thank you for your email. This address is no longer active since 1 November 2026 and is not monitored. "
           "Please send purchase orders to orders@dayungnusantara.example.\n\n"
           "PT Dayung Nusantara | Jl. Raya Jepara-Kudus Km 7, Jepara, Jawa Tengah | +62 291 555 0142\n")
    body = mime.text(txt, "utf-8", "quoted-printable")
    date = local(po.sent, 7) + dt.timedelta(seconds=9)
    eml = mail(("PT Dayung Nusantara", sup.email), po.buyer.pair, "Auto: " + subject(po), date,
               msgid("generic", "dayungnu-1", "dayungnusantara.example"), body, irt=po,
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    exp = expected_kind("auto_reply", "Automatic notice that the mailbox is dead; the PO has to be resent elsewhere.")
    return [po], eml, exp


# ------------------------------------------------------------------ bounces
@case("postfix-552-mailbox-full", "bounce", "bg-BG",
      "Postfix DSN 552 5.2.2 mailbox full, with our full request (all PO figures) attached as message/rfc822")
def postfix_552():
    sup = Supplier("RODGAIDA", "Rodopi Gaida Reeds Ltd", "office@rodopi-gaida.example", "bg-BG")
    po = PO("4500075966", sup, "aoife", "EUR", "2026-11-26", [
        ("RG-PISK-D", "Gaida chanter reed (piskun), D", 100, "PCS", "6.50", "2026-12-18"),
        ("RG-OSN-D", "Gaida drone reed, D", 50, "PCS", "7.80", "2026-12-18"),
    ])
    host = "mail." + DOMAIN
    qid = "8E1A2B3C4D"
    t = po.sent + dt.timedelta(seconds=4)
    rcpt = sup.email
    notif = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached "
             "returned message.\n\n                   The mail system\n\n"
             "<%s>: host mx.rodopi-gaida.example[203.0.113.45] said: 552 5.2.2\n"
             "    <%s>: Recipient address rejected: Mailbox full (in reply to RCPT TO\n    command)\n"
             % (host, rcpt, rcpt))
    ds = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s (GMT)\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
          "Remote-MTA: dns; mx.rodopi-gaida.example\nDiagnostic-Code: smtp; 552 5.2.2 <%s>: Recipient address\n"
          "    rejected: Mailbox full\n"
          % (host, qid, po.buyer.email, rfcdate(po.sent), rcpt, rcpt, rcpt))
    bnd = "%s.%d/%s" % (qid, int(t.timestamp()), host)
    body = mime.multi("report", [
        mime.raw("text/plain", notif, {"charset": "us-ascii"}, headers=[("Content-Description", "Notification")]),
        mime.raw("message/delivery-status", ds, headers=[("Content-Description", "Delivery report")]),
        mime.raw("message/rfc822", request_eml(po), headers=[("Content-Description", "Undelivered Message")]),
    ], bnd, params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"), ("X-Original-To", po.buyer.email), ("Delivered-To", po.buyer.email),
          ("Received", "by %s (Postfix)\n\tid %s; %s (GMT)" % (host, qid, rfcdate(t))),
          ("Date", rfcdate(t) + " (GMT)"), ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", po.buyer.email), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), qid, host))]
    eml = mime.message(hs, body)
    exp = expected_kind("bounce", "Postfix non-delivery, 552 5.2.2 mailbox full; the embedded original is our own request.")
    return [po], eml, exp


@case("exim-no-such-user", "bounce", "en-GB",
      "Exim 'Mail delivery failed: returning message to sender' from the supplier's host, X-Failed-Recipients, copy of our request")
def exim_550():
    sup = Supplier("SOMWILL", "Somerset Willow Handles Ltd", "sales@somersetwillow.example", "en-GB")
    po = PO("4500076012", sup, "priya", "GBP", "2026-11-30", [
        ("SW-HDL-SH", "Cricket bat handle, cane & rubber, SH", 300, "PCS", "6.20", "2026-12-18"),
        ("SW-HDL-LB", "Cricket bat handle, cane & rubber, LB", 150, "PCS", "6.45", "2026-12-18"),
    ])
    host = "server87.hostpoint-uk.example"
    t = po.sent + dt.timedelta(seconds=17)
    rcpt = sup.email
    notif = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  %s\n    No Such User Here\n" % rcpt)
    ds = ("Reporting-MTA: dns; %s\n\nAction: failed\nFinal-Recipient: rfc822;%s\nStatus: 5.0.0\n" % (host, rcpt))
    bnd = "%d-eximdsn-%d" % (int(t.timestamp()), 1804289383)
    body = mime.multi("report", [
        mime.raw("text/plain", notif, {"charset": "us-ascii"}, cte="7bit"),
        mime.raw("message/delivery-status", ds),
        mime.raw("message/rfc822", request_eml(po)),
    ], bnd, params=[("report-type", "delivery-status")])
    hs = [("Return-Path", "<>"), _hdr_received(host, "203.0.113.87", MX, "5C1D9E0A77", po.buyer.email, t),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host), ("To", po.buyer.email),
          ("References", po.request_message_id), ("Content-Transfer-Encoding", "7bit"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1vQb7Z-0004Kx-2M@%s>" % host), ("Date", rfcdate(t))]
    eml = mime.message(hs, body)
    exp = expected_kind("bounce", "Exim permanent failure 'No Such User Here' (Status 5.0.0).")
    return [po], eml, exp


@case("exchange-delay-4-4-7", "bounce", "ca-ES",
      "Exchange Online 'Delivery delayed' (Action: delayed, 4.4.7) - a warning, not a failure and not a reply")
def exchange_delay():
    sup = Supplier("CRPIRIN", "Components Remuntadors Pirineu SL", "comandes@remuntadors-pirineu.example", "ca-ES")
    po = PO("4500076077", sup, "tomas", "EUR", "2026-12-01", [
        ("CRP-PINCA-T", "Surface lift grip (T-bar), spring-loaded", 30, "EA", "310.00", "2027-01-15"),
        ("CRP-MOLL-T", "Grip spring, replacement", 60, "EA", "42.00", "2027-01-15"),
    ])
    gen = "DB9PR06MB7219.eurprd06.prod.outlook.com"
    t = po.sent + dt.timedelta(hours=4, minutes=2, seconds=51)
    until = po.sent + dt.timedelta(days=2)
    left = until - t
    rem = "%d days, %d hours and %d minutes" % (left.days, left.seconds // 3600, (left.seconds % 3600) // 60)
    rcpt = sup.email
    last = t - dt.timedelta(minutes=6)
    txt = ("Delivery is delayed to these recipients or groups:\n\n%s (%s)\n\nSubject: %s\n\n"
           "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
           "The server will keep trying to deliver this message for the next %s. You'll be notified if the message "
           "can't be delivered by that time.\n\n\n\n\n\n\n\nDiagnostic information for administrators:\n\n"
           "Generating server: %s\nReceiving server: mx.remuntadors-pirineu.example (203.0.113.77)\n\n"
           "Total retry attempts: 9\n"
           "Remote server at mx.remuntadors-pirineu.example (203.0.113.77) returned '400 4.4.7 Message delayed'\n"
           "%d/%d/%d %d:%02d:%02d %s - Remote server at mx.remuntadors-pirineu.example (203.0.113.77) returned "
           "'451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection timed out.\" Attempted "
           "failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery "
           "failed to all alternate hosts.'\n\nOriginal message headers:\n\n"
           % (rcpt, rcpt, subject(po), rem, gen, last.month, last.day, last.year, last.hour % 12 or 12, last.minute,
              last.second, "AM" if last.hour < 12 else "PM"))
    orig_headers = request_eml(po).split(b"\n\n", 1)[0].decode() + "\n"
    txt_full = txt + orig_headers
    hb = html_doc("<p><b><font color=\"#000066\" size=\"3\">Delivery is delayed to these recipients or groups:</font></b></p>"
                  "<p><a href=\"mailto:%s\">%s</a> (%s)</p><p>Subject: %s</p>"
                  "<p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p>"
                  "<p>The server will keep trying to deliver this message for the next %s. You'll be notified if the "
                  "message can't be delivered by that time.</p><br><br>"
                  "<p><b>Diagnostic information for administrators:</b></p><pre>%s</pre>"
                  % (rcpt, rcpt, rcpt, subject(po), rem, txt.split("Diagnostic information for administrators:\n\n", 1)[1]
                     .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), "us-ascii", "Segoe UI,sans-serif")
    ds = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.7\n"
          "Diagnostic-Code: smtp;400 4.4.7 Message delayed\nWill-Retry-Until: %s\nX-Display-Name: %s\n"
          % (gen, gen, rfcdate(po.sent), rcpt, rfcdate(until), rcpt))
    bnd = "_%s_" % "3f1b6c0e-8a55-4d2f-9b1e-7c04d2a19e63"
    body = mime.multi("report", [
        mime.multi("alternative", [mime.text(txt_full, "us-ascii", "quoted-printable"),
                                   mime.html(hb, "us-ascii", "quoted-printable")], "_000_%s_" % "7c04d2a19e633f1b"),
        mime.raw("message/delivery-status", ds),
        mime.raw("text/rfc822-headers", orig_headers),
    ], bnd, params=[("report-type", "delivery-status")])
    frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % DOMAIN
    hs = [("From", frm), ("To", "%s <%s>" % po.buyer.pair), ("Date", rfcdate(t)),
          ("Subject", "Delivery delayed:" + subject(po)), ("Message-ID", "<%s@%s>" % ("4a8b7d6e-2c1f-4e0a-b3d5-9f8e7a6b5c4d", gen)),
          ("In-Reply-To", po.request_message_id), ("References", po.request_message_id), ("Thread-Topic", subject(po)),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
          ("X-MS-Exchange-Generated-Message-Source", "DSN")]
    eml = mime.message(hs, body)
    exp = expected_kind("bounce", "Delay DSN (Action: delayed, Status 4.4.7); the supplier has not received or answered anything.")
    return [po], eml, exp


@case("gmail-address-not-found", "bounce", "ms-MY",
      "Google 'Delivery Status Notification (Failure)' / 'Address not found', 550 5.1.1 from the remote server, original attached")
def gmail_bounce():
    sup = Supplier("AKUAPAM", "Syarikat Akuapam Sdn. Bhd.", "sales@akuapam-my.example", "ms-MY")
    po = PO("4500076133", sup, "dana", "MYR", "2026-12-02", [
        ("AP-SP-3500", "Submersible aquarium pump 3500 L/H", 100, "EA", "58.00", "2027-01-08"),
        ("AP-AIR-S", "Silent air pump, single outlet", 200, "EA", "19.50", "2027-01-08"),
    ])
    rcpt = sup.email
    t = local(po.sent, -8) + dt.timedelta(seconds=3)
    diag = "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response from the remote server was:\n%s\n" % (rcpt, diag))
    hb = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
          "style=\"padding-top:32px;background-color:#ffffff\"><tbody><tr><td><table cellpadding=0 cellspacing=0>"
          "<tbody><tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid "
          "#e0e0e0;border-radius:2px\"><table style=\"min-width:272px;padding-top:8px\"><tbody><tr><td><h2 "
          "style=\"font-size:20px;color:#212121;font-weight:bold;margin:0\">Address not found</h2></td></tr><tr><td "
          "style=\"padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left\">Your message "
          "wasn't delivered to <a style='color:#212121;text-decoration:none'><b>%s</b></a> because the address "
          "couldn't be found, or is unable to receive mail.</td></tr><tr><td style=\"padding-top:24px;color:#4285F4;"
          "font-size:14px;font-weight:bold;text-align:left\"><a style=\"text-decoration:none\" "
          "href=\"https://support.google.com/mail/?p=NoSuchUser\">LEARN MORE</a></td></tr></tbody></table></td></tr>"
          "</tbody></table></td></tr><tr style=\"border:none;background-color:#fff;font-size:12.8px;width:90%%\"><td "
          "align=\"left\" style=\"padding:48px 10px\">The response from the remote server was:<br/><p "
          "style=\"font-family:monospace\">%s</p></td></tr></tbody></table></body></html>\n"
          % (rcpt, diag.replace("<", "&lt;").replace(">", "&gt;")))
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s (PST)\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx.akuapam-my.example. (203.0.113.150, the server for the domain akuapam-my.example.)\n"
          "Diagnostic-Code: smtp; %s\nLast-Attempt-Date: %s (PST)\n"
          % (po.buyer.email, rfcdate(local(po.sent, -8)), po.request_message_id, rcpt, diag, rfcdate(t)))
    body = mime.multi("report", [
        mime.multi("related", [mime.multi("alternative", [mime.text(txt, "UTF-8", "7bit"),
                                                          mime.html(hb, "UTF-8", "quoted-printable")],
                                          "000000000000a1b2c3061e2d4f5a")], "000000000000a1b2c2061e2d4f5a"),
        mime.raw("message/delivery-status", ds),
        mime.raw("message/rfc822", request_eml(po)),
    ], "000000000000a1b2c1061e2d4f5a", params=[("report-type", "delivery-status")])
    hs = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", po.buyer.email), ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po.request_message_id), ("In-Reply-To", po.request_message_id),
          ("X-Failed-Recipients", rcpt), ("Message-ID", "<67a1c2d3.050a0220.1b2c3d.0042.GMR@mx.google.com>"),
          ("Date", rfcdate(t))]
    eml = mime.message(hs, body)
    exp = expected_kind("bounce", "Gmail permanent failure, address not found (550 5.1.1).")
    return [po], eml, exp


@case("qmail-failure-notice-plain", "bounce", "lv-LV",
      "qmail 'failure notice': plain text without MIME structure, our whole request pasted below 'Below this line is a copy'")
def qmail():
    sup = Supplier("ZIEMTEH", "SIA Ziemeļu Tehnika", "pasutijumi@ziemelu-tehnika.example", "lv-LV")
    po = PO("4500076190", sup, "marek", "EUR", "2026-11-30", [
        ("ZT-NAZ-2500", "Snowplow blade, rubber edge, 2500 mm", 8, "EA", "1240.00", "2026-12-18"),
        ("ZT-NAZ-3200", "Snowplow blade, steel edge, 3200 mm", 4, "EA", "1680.00", "2026-12-18"),
    ])
    host = "mail.ziemelu-tehnika.example"
    t = local(po.sent, 2) + dt.timedelta(seconds=6)
    u = t.astimezone(dt.timezone.utc)
    orig = request_eml(po).decode("ascii")
    orig = ("Return-Path: <%s>\nReceived: (qmail 28811 invoked from network); %s\nReceived: from %s (HELO %s) "
            "(198.51.100.12)\n  by %s with SMTP; %s\n" % (po.buyer.email, rfcdate(t), "mail." + DOMAIN, "mail." + DOMAIN,
                                                        host, rfcdate(t))) + orig
    txt = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the "
           "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
           % (host, sup.email)) + orig
    hs = [("Return-Path", "<>"), _hdr_received(host, "203.0.113.61", MX, "9B3E1F7A20", po.buyer.email, t),
          ("Date", "%d %s %d %02d:%02d:%02d -0000" % (u.day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                           "Sep", "Oct", "Nov", "Dec"][u.month - 1], u.year,
                                                     u.hour, u.minute, u.second)),
          ("Message-ID", "<%s.28813.qmail@%s>" % (u.strftime("%Y%m%d%H%M%S"), host)),
          ("From", "MAILER-DAEMON@%s" % host), ("To", po.buyer.email), ("Subject", "failure notice")]
    eml = mime.message(hs, txt.encode("ascii"))
    exp = expected_kind("bounce", "qmail bounce (#5.1.1) in plain text; the pasted original has all PO figures.")
    return [po], eml, exp


# ------------------------------------------------------------------ unrelated
def _remit_pdf(rows, total):
    doc = Document(title="Remittance Advice PAY-2026-1203-0147", author="Fernhill Trading Ltd",
                   producer="Microsoft Dynamics 365 Business Central", created="D:20261203070012+00'00'")
    p = doc.page()
    p.text(40, 800, "Fernhill Trading Ltd", 14, bold=True)
    p.text(40, 786, "Unit 4, Harbour Road Business Park, Ringaskiddy, Co. Cork, Ireland  |  VAT IE6388047V", 8)
    p.text(40, 750, "REMITTANCE ADVICE", 13, bold=True)
    for i, (k, v) in enumerate([("Payment reference", "PAY-2026-1203-0147"), ("Payment date", "03/12/2026"),
                                ("Vendor", "V-2291 Macevalac d.o.o."), ("Method", "Bank transfer (SEPA)")]):
        p.text(40, 725 - 12 * i, k, 8.5, bold=True)
        p.text(150, 725 - 12 * i, v, 8.5)
    cols = [(90, "left"), (90, "left"), (90, "left"), (80, "left"), (90, "right")]
    y = p.table(40, 660, cols, [["Document", "Your ref.", "Our PO", "Doc. date", "Amount EUR"]] + rows, size=8.5, row_h=14)
    p.line(40, y + 6, 480, y + 6)
    p.text(360, y - 8, "Total paid", 9, bold=True)
    p.text(477, y - 8, total, 9, bold=True, align="right")
    return doc.tobytes()


@case("remittance-advice-names-open-po", "unrelated", "sr-RS",
      "our own AP department's remittance advice (Cc purchasing) listing an advance payment against the open PO number")
def remittance():
    sup = Supplier("MACEVAL", "Mačevalac d.o.o.", "prodaja@macevalac.example", "sr-RS")
    po = PO("4500076244", sup, "dana", "EUR", "2026-11-20", [
        ("MV-EPEE-5", "Epee blade, training, size 5", 100, "PCS", "28.00", "2026-12-18"),
        ("MV-EPEE-GRIP", "Epee orthopaedic grip", 100, "PCS", "9.50", "2026-12-18"),
    ])
    rows = [["Invoice", "2026-0871", "4500069812", "02/10/2026", "1,240.00"],
            ["Invoice", "2026-0902", "4500070355", "21/10/2026", "860.50"],
            ["Credit note", "CN-2026-044", "4500069812", "05/11/2026", "-120.00"],
            ["Advance 30%", "PI-2026-118", "4500076244", "24/11/2026", "1,125.00"]]
    tab = "\n".join("%-13s %-13s %-12s %-11s %10s" % tuple(r) for r in
                    [["Document", "Your ref.", "Our PO", "Doc. date", "Amount EUR"]] + rows)
    txt = ("Dear Supplier,\n\nPlease find below the details of a payment made to your account today.\n\n"
           "Payment reference:  PAY-2026-1203-0147\nPayment date:       03/12/2026\n"
           "Payment method:     Bank transfer (SEPA)\nBeneficiary:        Mačevalac d.o.o. (V-2291)\n\n"
           + tab + "\n" + " " * 38 + "Total paid  3,105.50\n\n"
           "Please allow 1-2 banking days for the funds to reach your account. Should you have any queries regarding "
           "this remittance, please contact accounts.payable@%s quoting the payment reference.\n\n"
           "Fernhill Trading Ltd - Accounts Payable\nThis is an automatically generated e-mail.\n" % DOMAIN)
    body = mime.multi("mixed", [mime.text(txt, "utf-8", "quoted-printable"),
                                mime.attachment(_remit_pdf(rows, "3,105.50"), "application/pdf",
                                                "Remittance_PAY-2026-1203-0147.pdf")],
                      mime.boundary("remit", "outlook"))
    date = T("2026-12-03 07:00:14", 0)
    eml = mail(("Fernhill Trading Ltd - Accounts Payable", "accounts.payable@" + DOMAIN),
               [("Mačevalac d.o.o.", "finance@macevalac.example")], "Remittance advice PAY-2026-1203-0147 - Mačevalac d.o.o.",
               date, msgid("outlook", "remit-1", ""), body, cc=[po.buyer.pair], received=False,
               extra=[("X-Mailer", "Microsoft Dynamics 365 Business Central")])
    exp = expected_kind("unrelated",
                        "Our own payment advice (advance 30% = 1,125.00 against PO 4500076244) copied to purchasing; "
                        "not a supplier answer, nothing about quantities or dates.")
    return [po], eml, exp


@case("supplier-newsletter-price-change", "unrelated", "de-DE",
      "HTML newsletter from the same supplier: 'ab Lager' for the ordered item, +4 % from 01.01.2027, holiday closure dates")
def newsletter():
    sup = Supplier("STERNBL", "Sternblick Optik GmbH", "vertrieb@sternblick-optik.example", "de-DE")
    po = PO("4500076301", sup, "tomas", "EUR", "2026-11-23", [
        ("SB-OK-ED8", "ED eyepiece 8 mm, 1.25 in", 40, "PCS", "79.00", "2026-12-18"),
        ("SB-OK-ED14", "ED eyepiece 14 mm, 1.25 in", 40, "PCS", "79.00", "2026-12-18"),
        ("SB-BARLOW-2X", "Barlow lens 2x, apochromatic", 20, "PCS", "115.00", "2027-01-08"),
    ])
    txt = ("Sternblick Newsletter 12/2026\n\nLiebe Händlerinnen und Händler,\n\n"
           "NEU: die ED-Okulare 8 mm und 14 mm (SB-OK-ED8 / SB-OK-ED14) sind ab sofort ab Lager lieferbar, "
           "Lieferzeit 2-3 Werktage.\n\n"
           "PREISANPASSUNG: Zum 01.01.2027 passen wir unsere Händlerpreise um durchschnittlich 4 % an. Die neue "
           "Preisliste erhalten Sie Mitte Dezember.\n\n"
           "BETRIEBSFERIEN: Vom 23.12.2026 bis 03.01.2027 bleibt unser Lager geschlossen. Letzter Versandtag ist "
           "der 22.12.2026.\n\nKlare Nächte wünscht\nIhr Sternblick-Team\n\n"
           "Sternblick Optik GmbH · Carl-Zeiss-Promenade 20 · 07745 Jena\n"
           "Sie erhalten diesen Newsletter, weil Sie Händler bei Sternblick sind. Abmelden: "
           "https://news.sternblick-optik.example/u/7f3a9c\n")
    hb = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Sternblick Newsletter 12/2026</title></head>"
          "<body style=\"margin:0;background:#0b1d3a\"><table role=\"presentation\" width=\"100%\"><tr><td align=\"center\">"
          "<table width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
          "<tr><td style=\"background:#0b1d3a;color:#fff;padding:24px;font-size:24px\">&#9733; Sternblick Newsletter 12/2026</td></tr>"
          "<tr><td style=\"padding:20px\"><p>Liebe Händlerinnen und Händler,</p>"
          "<h3>NEU: ED-Okulare ab Lager</h3><p>Die ED-Okulare 8 mm und 14 mm (SB-OK-ED8 / SB-OK-ED14) sind ab sofort "
          "ab Lager lieferbar, Lieferzeit 2&ndash;3 Werktage.</p>"
          "<h3>Preisanpassung 2027</h3><p>Zum 01.01.2027 passen wir unsere Händlerpreise um durchschnittlich 4&nbsp;% an. "
          "Die neue Preisliste erhalten Sie Mitte Dezember.</p>"
          "<h3>Betriebsferien</h3><p>Vom 23.12.2026 bis 03.01.2027 bleibt unser Lager geschlossen. Letzter Versandtag "
          "ist der 22.12.2026.</p><p>Klare Nächte wünscht<br>Ihr Sternblick-Team</p></td></tr>"
          "<tr><td style=\"padding:12px;font-size:11px;color:#888\">Sternblick Optik GmbH &middot; Carl-Zeiss-Promenade 20 "
          "&middot; 07745 Jena<br><a href=\"https://news.sternblick-optik.example/u/7f3a9c\">Newsletter abbestellen</a>"
          "<img src=\"https://news.sternblick-optik.example/o/7f3a9c.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr>"
          "</table></td></tr></table></body></html>\n")
    body = alt(txt, "utf-8", "quoted-printable", "sternbl-nl", "generic", html_body=hb)
    date = T("2026-12-01 08:00:03", 1)
    eml = mail(("Sternblick Optik", "newsletter@news.sternblick-optik.example"), ("", po.buyer.email),
               "Sternblick Newsletter 12/2026: ED-Okulare ab Lager & Preisanpassung 2027", date,
               msgid("generic", "sternbl-nl", "news.sternblick-optik.example"), body,
               return_path="bounce-7f3a9c@news.sternblick-optik.example",
               extra=[("List-Unsubscribe", "<https://news.sternblick-optik.example/u/7f3a9c>, <mailto:unsubscribe-7f3a9c@news.sternblick-optik.example>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("X-Mailer", "CleverReach Mailer")])
    exp = expected_kind("unrelated",
                        "Marketing newsletter; stock status, price change and holiday dates are general, not an answer "
                        "to PO 4500076301.")
    return [po], eml, exp


@case("price-list-2027-xlsx-same-items", "unrelated", "et-EE",
      "Estonian supplier's 2027 price list (XLSX) to all customers; contains our exact item codes with new prices and lead times")
def price_list():
    sup = Supplier("MOLAOU", "Mõla OÜ", "myyk@mola-paddles.example", "et-EE")
    po = PO("4500076366", sup, "aoife", "EUR", "2026-11-24", [
        ("MO-KAN-ASH", "Canoe paddle, ash, 150 cm", 60, "EA", "46.00", "2026-12-18"),
        ("MO-KAN-CARB", "Canoe paddle, carbon, 145 cm", 20, "EA", "154.00", "2026-12-18"),
    ])
    rows = [["Mõla OÜ - hinnakiri / price list 2027 (kehtib alates / valid from 01.01.2027)"], [],
            [(h, "bold") for h in ["Kood / Code", "Nimetus / Description", "Hind 2026 EUR", "Hind 2027 EUR", "MOQ", "Tarneaeg / Lead time"]],
            ["MO-KAN-ASH", "Kanuuaer, saar, 150 cm / Canoe paddle, ash", (Dec("46.00"), "num"), (Dec("48.50"), "num"), 10, "3 nädalat / weeks"],
            ["MO-KAN-ASH-140", "Kanuuaer, saar, 140 cm", (Dec("44.00"), "num"), (Dec("46.50"), "num"), 10, "3 nädalat / weeks"],
            ["MO-KAN-CARB", "Kanuuaer, süsinik, 145 cm / Canoe paddle, carbon", (Dec("154.00"), "num"), (Dec("159.00"), "num"), 5, "5 nädalat / weeks"],
            ["MO-KAJ-230", "Süstaaer, 230 cm / Kayak paddle", (Dec("88.00"), "num"), (Dec("92.00"), "num"), 10, "4 nädalat / weeks"],
            [], ["Hinnad ei sisalda käibemaksu. Prices excl. VAT, EXW Tartu."]]
    xl = make_xlsx([("Hinnakiri 2027", rows, [16, 46, 14, 14, 6, 20])], creator="Kadri Tamm")
    txt = ("Tere!\n\nSaadame teile meie 2027. aasta hinnakirja (kehtib alates 01.01.2027). Jõulueelseks tarneks "
           "palume tellimused esitada hiljemalt 11.12.2026.\n\n"
           "Dear partners,\n\nplease find attached our price list for 2027, valid from 01.01.2027. For delivery before "
           "Christmas please place your orders by 11.12.2026.\n\n"
           "Lugupidamisega / Best regards\nKadri Tamm\nMõla OÜ | Ringtee 32, 50105 Tartu | +372 7 555 014\n")
    body = mime.multi("mixed", [mime.text(txt, "iso-8859-15", "quoted-printable"),
                                mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                "Mola_hinnakiri_2027.xlsx")], mime.boundary("molaou", "outlook"))
    date = T("2026-12-02 11:00:27", 2)
    eml = mail(("Kadri Tamm", sup.email), "undisclosed-recipients:;", "Hinnakiri 2027 / Price list 2027", date,
               msgid("outlook", "molaou-1", ""), body, hcs="iso-8859-15", hmode="Q", envelope_to=po.buyer.email)
    exp = expected_kind("unrelated",
                        "Circular price list to all customers; new 2027 prices for our item codes are not a reply to "
                        "PO 4500076366 (whose delivery is in 2026).")
    return [po], eml, exp


def _invoice_pdf():
    doc = Document(title="Fattura 1187/2026", author="Pennini Stilografici Fiorentini", producer="TeamSystem Gamma",
                   created="D:20261130171500+01'00'")
    p = doc.page()
    p.text(40, 800, "Pennini Stilografici Fiorentini S.r.l.", 14, bold=True)
    p.text(40, 786, "Via di Novoli 73 - 50127 Firenze - P.IVA IT06123450481 - REA FI-598877", 8)
    p.text(40, 740, "Spett.le Fernhill Trading Ltd", 9)
    p.text(40, 729, "Unit 4, Harbour Road Business Park, Ringaskiddy, Co. Cork (IE) - VAT IE6388047V", 9)
    p.text(40, 690, "FATTURA n. 1187/2026 del 30/11/2026", 13, bold=True)
    p.text(40, 674, "Vs. ordine n. 4500069911 del 02/10/2026 - DDT n. 2211 del 27/11/2026", 8.5)
    cols = [(100, "left"), (190, "left"), (45, "right"), (30, "left"), (60, "right"), (70, "right")]
    rows = [["Codice", "Descrizione", "Q.ta", "UM", "Prezzo", "Importo"],
            ["PF-PEN-14K-EF", "Pennino oro 14K EF bicolore", "40", "PZ", "38,00", "1.520,00"],
            ["PF-PEN-ST-F", "Pennino acciaio F cromato", "300", "PZ", "2,40", "720,00"]]
    y = p.table(40, 640, cols, rows, size=8.5, row_h=14)
    p.line(40, y + 6, 540, y + 6)
    for i, (k, v) in enumerate([("Imponibile", "2.240,00"), ("IVA non imponibile art. 41 DL 331/93", "0,00"),
                                ("Totale fattura EUR", "2.240,00")]):
        p.text(300, y - 10 - 13 * i, k, 8.5, bold=(i == 2))
        p.text(537, y - 10 - 13 * i, v, 8.5, bold=(i == 2), align="right")
    p.text(40, y - 70, "Pagamento: bonifico bancario 30 gg d.f. - scadenza 30/12/2026 - IBAN IT60 X054 2811 1010 0000 0123 456", 8)
    return doc.tobytes()


@case("invoice-for-an-older-order", "unrelated", "it-IT",
      "Italian invoice e-mail with PDF for an earlier, already delivered PO of the same supplier (not the open one)")
def invoice_other():
    sup = Supplier("PENFIOR", "Pennini Stilografici Fiorentini S.r.l.", "commerciale@pennini-fiorentini.example", "it-IT")
    po = PO("4500076422", sup, "priya", "EUR", "2026-11-25", [
        ("PF-PEN-14K-F", "Fountain pen nib, 14K, F, two-tone", 50, "PCS", "38.00", "2027-01-08"),
        ("PF-PEN-ST-M", "Fountain pen nib, steel, M, chrome", 500, "PCS", "2.40", "2027-01-08"),
    ])
    txt = ("Gentile Cliente,\n\nin allegato trasmettiamo la fattura n. 1187/2026 del 30/11/2026 relativa al Vs. ordine "
           "n. 4500069911 (DDT n. 2211 del 27/11/2026).\n\nCopia di cortesia: l'originale è stato trasmesso tramite "
           "Sistema di Interscambio (SdI).\n\nScadenza pagamento: 30/12/2026.\n\nCordiali saluti\n"
           "Ufficio Amministrazione\nPennini Stilografici Fiorentini S.r.l.\nVia di Novoli 73 - 50127 Firenze\n"
           "Tel. +39 055 555 0142\n")
    body = mime.multi("mixed", [mime.text(txt, "iso-8859-1", "quoted-printable"),
                                mime.attachment(_invoice_pdf(), "application/pdf", "Fattura_1187_2026.pdf")],
                      mime.boundary("penfior", "javamail"))
    date = T("2026-11-30 17:20:41", 1)
    eml = mail(("Amministrazione Pennini Fiorentini", "amministrazione@pennini-fiorentini.example"), po.buyer.pair,
               "Invio fattura n. 1187/2026 del 30/11/2026", date,
               msgid("erp", "penfior-1", "pennini-fiorentini.example"), body)
    exp = expected_kind("unrelated",
                        "Invoice for PO 4500069911 (already delivered), not the open PO 4500076422 - same supplier and "
                        "similar items but no answer about the open order.")
    return [po], eml, exp


@case("pf-2027-holiday-closure", "unrelated", "cs-CZ",
      "Czech 'PF 2027' season's greetings to all customers with closure 21.12.-3.1. and last dispatch 18.12.2026 (= our need-by date)")
def pf_2027():
    sup = Supplier("KOMBRNO", "Komíny Brno s.r.o.", "obchod@kominy-brno.example", "cs-CZ")
    po = PO("4500076480", sup, "marek", "CZK", "2026-11-26", [
        ("KB-STR-150", "Chimney cowl, stainless, 150 mm", 40, "EA", "890.00", "2026-12-18"),
        ("KB-STR-200", "Chimney cowl, stainless, 200 mm", 20, "EA", "1150.00", "2026-12-18"),
    ])
    txt = ("Vážení obchodní partneři,\n\nděkujeme Vám za spolupráci v roce 2026 a přejeme klidné prožití vánočních "
           "svátků a úspěšný rok 2027.\n\nUpozorňujeme, že od 21.12.2026 do 3.1.2027 bude naše výroba uzavřena. "
           "Poslední expedice proběhne 18.12.2026. Objednávky přijaté po 11.12.2026 vyřídíme od 4.1.2027.\n\n"
           "PF 2027\n\nKolektiv společnosti Komíny Brno s.r.o.\nVídeňská 112, 619 00 Brno | +420 543 555 014\n\n"
           "---\nDear business partners, thank you for your cooperation in 2026. Our production is closed from "
           "21.12.2026 to 3.1.2027; last dispatch 18.12.2026. PF 2027!\n")
    hb = html_doc("<p style=\"font-size:28pt;color:#b30000;text-align:center\">PF 2027</p>" +
                  "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")), "iso-8859-2", "Georgia,serif")
    body = alt(txt, "iso-8859-2", "base64", "kombrno", "generic", html_body=hb)
    date = T("2026-12-04 09:00:12", 1)
    eml = mail(("Komíny Brno s.r.o.", sup.email), "undisclosed-recipients:;",
               "PF 2027 \u2013 provoz o svátcích / holiday opening hours", date,
               msgid("generic", "kombrno-pf", "kominy-brno.example"), body, hcs="utf-8", hmode="Q",
               envelope_to=po.buyer.email,
               extra=[("Precedence", "bulk")])
    exp = expected_kind("unrelated",
                        "Season's greetings with closure dates for all customers; '18.12.2026' is the last dispatch day, "
                        "not an answer to PO 4500076480.")
    return [po], eml, exp
