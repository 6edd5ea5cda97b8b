"""Cases, part D: auto-replies, bounces and unrelated mail."""
import datetime as _dt
from email.message import Message

from . import mime as M
from .common import (case, supplier, po, dt, other, request_text, request_html, request_subject, esc,
                     request_dt, local, BUYER_DOMAIN, h, tz)
from .reply import build_reply
from .pdf import Flow, render
from .xlsx import xlsx


# ------------------------------------------------------------------ helpers
def our_request(p, attach_pdf=False):
    """Our outgoing acknowledgment request as it left mx1 (for bounces)."""
    from .cases_a import our_po_pdf
    t = request_dt(p)
    seed = "req" + p["po_number"]
    txt = M.text(request_text(p), "utf-8", "quoted-printable")
    body = txt
    if attach_pdf:
        body = M.multipart("mixed", [txt, M.attachment(our_po_pdf(p), "application/pdf",
                                                        "PO_%s.pdf" % p["po_number"])], seed, "tb", 0)
    hdrs = [("Message-ID", p["request_message_id"]), ("Date", M.date(t)),
            ("From", M.addr(p["buyer"]["name"], p["buyer"]["email"])),
            ("To", M.addr(p["supplier"]["name"], p["supplier"]["email"])),
            ("Subject", request_subject(p)), ("X-Mailer", "Meridian PO-Ack 2.3")]
    return M.to_bytes(M.finish(body, hdrs)), t


def headers_only(raw):
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def dsn(per_msg, per_rcpt):
    m = Message()
    m["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in [per_msg] + per_rcpt:
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    m.set_payload(blocks)
    return m


def described(part, desc):
    part["Content-Description"] = desc
    return part


def rfc822_headers(raw):
    m = Message()
    m["Content-Type"] = "text/rfc822-headers"
    m.set_payload(headers_only(raw).decode("ascii").replace("\r\n", "\n"))
    return m


# ================================================================== auto replies
@case("ooo-hebrew-windows-1255", "auto_reply", "he-IL",
      "Hebrew right-to-left out-of-office (windows-1255) with a return date '06.12.2026' and a colleague's "
      "phone number that must not be read as a delivery answer")
def a_he():
    sup = supplier("GALILNET", "Galil Agricultural Nets Ltd.", "noa.levi@galilnets.example", "he-IL")
    p = po(4500033255, sup, "ingrid", "ILS", "2026-11-27", [
        ("SC-IL-40W", "Shade net 40%, white, 4 m wide", 1200, "M", "14.60", "2026-12-21"),
        ("SC-IL-ALU", "Aluminised thermal screen, 4 m wide", 400, "M", "31.20", "2026-12-21")])
    t = local(request_dt(p) + _dt.timedelta(seconds=26), 2)
    body = """שלום,

אני נמצאת בחופשה עד יום ראשון, 06.12.2026, ללא גישה לדואר האלקטרוני.
בנושאי הזמנות ומשלוחים ניתן לפנות לאבי מזרחי: avi.mizrahi@galilnets.example, טלפון 04-6000000.

תודה,
נועה לוי
מנהלת מכירות יצוא | גליל רשתות חקלאיות בע"מ"""
    hb = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1255\">"
          "</head><body dir=\"rtl\"><div style=\"font-family:Arial\">%s</div></body></html>\n"
          % M.text_to_html_paras(body))
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "noa.levi@galilnets.example")]
    eml = build_reply("he-ooo", "outlook", ("נועה לוי", "noa.levi@galilnets.example"),
                      "תשובה אוטומטית: " + request_subject(p), t, body, p=p, html_body=hb,
                      charset="windows-1255", lang="he-IL", extra=extra,
                      host="VI1PR07MB6302.eurprd07.prod.outlook.com")
    return [p], eml, other("auto_reply",
                           "Exchange out-of-office in Hebrew (back on Sunday 06.12.2026); nothing about the order.")


@case("abwesenheitsnotiz-bis-januar", "auto_reply", "de-DE",
      "German Exchange 'Automatische Antwort' with 'bis einschließlich 04.01.2027 nicht im Büro' - a date "
      "right next to our own requested dates")
def a_de():
    sup = supplier("BALGWERK", "Balgwerkstatt Reinhardt e.K.", "t.wagner@balgwerkstatt.example", "de-DE")
    p = po(4500033288, sup, "femke", "EUR", "2026-11-30", [
        ("POB-FEED-40", "Feeder bellows, 40 x 30 cm", 2, "EA", "1240.00", "2027-01-08"),
        ("POB-LEATH-SH", "White sheepskin for bellows hinges", 6, "EA", "68.00", "2027-01-08")])
    t = dt(2026, 11, 30, 14, 22, 5)
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an info@balgwerkstatt.example oder telefonisch an 0351 000 000.

Mit freundlichen Grüßen
Thomas Wagner"""
    extra = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "t.wagner@balgwerkstatt.example")]
    eml = build_reply("de-ooo", "outlook", ("Wagner, Thomas", "t.wagner@balgwerkstatt.example"),
                      "Automatische Antwort: " + request_subject(p), t, body, p=p, charset="iso-8859-1",
                      lang="de-DE", extra=extra, host="BEZP281MB2200.DEUP281.PROD.OUTLOOK.COM",
                      outlook_lang="DE")
    return [p], eml, other("auto_reply",
                           "Out-of-office until 04.01.2027; the date is a return date, not a delivery date.")


@case("helpdesk-ticket-receipt-quotes-po", "auto_reply", "en-US",
      "Zendesk-style 'request received' receipt that repeats our whole request (all PO figures) inside the "
      "ticket body; ticket number #48213")
def a_zendesk():
    sup = supplier("SKYWARD", "Skyward Balloon Supply Inc.", "orders@skywardballoon.example", "en-US")
    p = po(4500033311, sup, "michael", "USD", "2026-11-30", [
        ("HAB-BRN-TRI", "Triple burner, 4-point frame mount", 1, "EA", "14950.00", "2027-01-12"),
        ("HAB-PILOT-KIT", "Pilot light rebuild kit", 4, "SET", "285.00", "2027-01-12"),
        ("HAB-FUEL-CYL", "Fuel cylinder, 10 gal, aluminum", 3, "EA", "1190.00", "2027-01-12")])
    rt = request_dt(p)
    t = rt + _dt.timedelta(seconds=41)
    ticket = ("##- Please type your reply above this line -##\n\n"
              "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
              "To add additional comments, reply to this email.\n\n"
              "----------------------------------------------\n\n"
              "Michael Brandt, Nov 30, 2026, %d:%02d %s CST\n\n" % (rt.hour % 12 or 12, rt.minute,
                                                              "AM" if rt.hour < 12 else "PM")
              + request_text(p) + "\n\n[Skyward Balloon Supply] This email is a service from Skyward Balloon "
              "Supply Support.\n[ZD48213-Q7RK2M]")
    hb = ("<table width=\"100%%\"><tr><td style=\"color:#b5b5b5\">##- Please type your reply above this line -##</td></tr>"
          "<tr><td><p>Your request (48213) has been received and is being reviewed by our support staff.</p>"
          "<p>To add additional comments, reply to this email.</p><hr><p><b>Michael Brandt</b><br>Nov 30, 2026, "
          "%d:%02d AM CST</p>%s</td></tr></table><div style=\"color:#aaaaaa\">[ZD48213-Q7RK2M]</div>"
          % (rt.hour % 12 or 12, rt.minute, request_html(p)))
    extra = [("Reply-To", "Skyward Balloon Supply Support <support+id48213@skywardballoon.example>"),
             ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
             ("X-Zendesk-From-Account-Id", "8d3c1f0"), ("Precedence", "bulk")]
    eml = build_reply("us-zendesk", "generic", ("Skyward Balloon Supply Support", "support@skywardballoon.example"),
                      "[Request received] " + request_subject(p), t, ticket, p=p,
                      html_body=M.simple_html(hb), charset="utf-8", extra=extra,
                      host="out-12.smtp.zendesk-mail.example",
                      msgid="<QW7K2M8R1_6a3f1e0c9b2d4_1a2b3_sprut@zendesk.example>")
    return [p], eml, other("auto_reply",
                           "Helpdesk ticket receipt; the figures in it are our own request echoed back.")


@case("jidou-henshin-tanaoroshi", "auto_reply", "ja-JP",
      "Japanese automatic receipt (ISO-2022-JP) '本メールは自動送信' promising an answer within two business "
      "days and mentioning a stock-taking closure on 12月8日(火)")
def a_ja():
    sup = supplier("YUKIWAX", "Yukiguni Ski Wax Co., Ltd.", "info@yukiguni-wax.example", "ja-JP")
    p = po(4500033344, sup, "ingrid", "JPY", "2026-12-01", [
        ("SKW-JP-COLD", "Glide wax, cold snow, 100 g", 120, "EA", "2400", "2027-01-08"),
        ("SKW-JP-UNIV", "Universal liquid wax, 80 ml", 200, "EA", "1650", "2027-01-08")])
    rt = request_dt(p)
    t = local(rt + _dt.timedelta(seconds=28), 9)
    body = """※本メールはシステムより自動送信されています。

Ingrid Solberg 様

このたびは雪国スキーワックス株式会社へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

件名：%s

内容を確認のうえ、担当者より2営業日以内にご連絡いたします。
なお、12月8日(火)は棚卸しのため休業とさせていただきます。

――――――――――――――――――――
雪国スキーワックス株式会社
〒949-0000 新潟県南魚沼郡湯沢町
TEL 025-000-0000
――――――――――――――――――――""" % request_subject(p)
    extra = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    eml = build_reply("jp-autoack", "generic", ("雪国スキーワックス株式会社", "info@yukiguni-wax.example"),
                      "【自動返信】お問い合わせを受け付けました", t, body, p=p, with_html=False,
                      charset="iso-2022-jp", cte="7bit", extra=extra, host="mail.yukiguni-wax.example",
                      quote_charset=False)
    return [p], eml, other("auto_reply",
                           "Automatic receipt: an answer will follow within two business days; 12月8日 is a "
                           "closing day, not a delivery date.")


@case("acuse-recibo-erp-sin-compromiso", "auto_reply", "es-MX",
      "ERP auto-acknowledgment 'Hemos recibido su orden de compra 4500033377 ... recibirá la confirmación en "
      "48 horas hábiles' - looks like an order confirmation but commits to nothing")
def a_mx():
    sup = supplier("HLAGUNA", "Herrajes La Laguna S.A. de C.V.", "ventas@herrajeslaguna.example", "es-MX")
    p = po(4500033377, sup, "tomas", "MXN", "2026-11-26", [
        ("HN-MX-CITY5", "Horseshoe nails City 5, box of 250", 80, "BOX", "410.00", "2026-12-16"),
        ("HN-MX-RACE4", "Horseshoe nails Race 4, box of 250", 30, "BOX", "455.00", "2026-12-16")])
    rt = request_dt(p)
    t = local(rt + _dt.timedelta(minutes=2, seconds=7), -6)
    body = """Estimado cliente:

Hemos recibido su orden de compra número 4500033377 con fecha 26/11/2026.

Su pedido será revisado por nuestro departamento de ventas y en un plazo máximo de 48 horas hábiles recibirá la confirmación correspondiente con precios y fechas de entrega.

Este es un mensaje generado automáticamente; por favor no responda a este correo.

Herrajes La Laguna S.A. de C.V.
Torreón, Coahuila"""
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    eml = build_reply("mx-autoack", "generic", ("Herrajes La Laguna", "no-responder@herrajeslaguna.example"),
                      "Acuse de recibo - Orden de compra 4500033377", t, body, p=p, with_html=False,
                      charset="iso-8859-1", extra=extra, host="erp.herrajeslaguna.example",
                      x_mailer="Microsoft Dynamics 365 Business Central")
    return [p], eml, other("auto_reply",
                           "Automatic receipt of the PO by the supplier's ERP, explicitly saying the real "
                           "confirmation will follow: no commitment.")


# ================================================================== bounces
@case("bounce-postfix-user-unknown", "bounce", "pl-PL",
      "Postfix 'Undelivered Mail Returned to Sender' (multipart/report) with our whole request and PO PDF "
      "attached as message/rfc822 - all figures inside are ours")
def b_postfix():
    sup = supplier("TAPTRAM", "Tapicerka Tramwajowa Sp. z o.o.", "zamowienia@tapicerka-tramwajowa.example", "pl-PL")
    p = po(4500033410, sup, "ingrid", "PLN", "2026-11-27", [
        ("TSC-PL-BLU", "Tram seat cover, moquette, blue", 160, "EA", "58.00", "2026-12-18"),
        ("TSC-PL-FOAM", "Seat foam insert, 40 mm", 160, "EA", "21.50", "2026-12-18")])
    raw, rt = our_request(p, attach_pdf=True)
    t = rt + _dt.timedelta(seconds=5)
    qid = "4Yd7Qx2hJZz9sWp"
    txt = M.text("""This is the mail system at host mx1.meridian-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zamowienia@tapicerka-tramwajowa.example>: host
    mx.tapicerka-tramwajowa.example[198.51.100.23] said: 550 5.1.1
    <zamowienia@tapicerka-tramwajowa.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", quote_charset=False)
    st = dsn([("Reporting-MTA", "dns; mx1.meridian-supply.example"), ("X-Postfix-Queue-ID", qid),
              ("X-Postfix-Sender", "rfc822; ingrid.solberg@meridian-supply.example"),
              ("Arrival-Date", M.date(rt) + " (CET)")],
             [[("Final-Recipient", "rfc822; zamowienia@tapicerka-tramwajowa.example"),
               ("Original-Recipient", "rfc822;zamowienia@tapicerka-tramwajowa.example"),
               ("Action", "failed"), ("Status", "5.1.1"),
               ("Remote-MTA", "dns; mx.tapicerka-tramwajowa.example"),
               ("Diagnostic-Code", "smtp; 550 5.1.1 <zamowienia@tapicerka-tramwajowa.example>:\n"
                                   "    Recipient address rejected: User unknown in virtual mailbox table")]])
    orig = M.rfc822(raw)
    root = Message()
    bnd = "%s.%d/mx1.meridian-supply.example" % (qid, int(t.timestamp()))
    root["Content-Type"] = 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd
    for part in (described(txt, "Notification"), described(st, "Delivery report"),
                 described(orig, "Undelivered Message")):
        root.attach(part)
    root.preamble = "This is a MIME-encapsulated message."
    hdrs = [("Return-Path", "<>"), ("X-Original-To", "ingrid.solberg@meridian-supply.example"),
            ("Delivered-To", "ingrid.solberg@meridian-supply.example"),
            ("Received", "by mx1.meridian-supply.example (Postfix)\n\tid 4Yd7Qx4mPBz9sWr; " + M.date(t) + " (CET)"),
            ("Date", M.date(t) + " (CET)"),
            ("From", "MAILER-DAEMON@mx1.meridian-supply.example (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "ingrid.solberg@meridian-supply.example"), ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Message-Id", "<20261127%s.4Yd7Qx4mPBz9sWr@mx1.meridian-supply.example>" % t.strftime("%H%M%S"))]
    eml = M.to_bytes(M.finish(root, hdrs))
    return [p], eml, other("bounce", "Postfix hard bounce (5.1.1 user unknown); the quoted request and PO PDF are ours.")


@case("ndr-exchange-francais-boite-pleine", "bounce", "fr-BE",
      "French Exchange NDR 'Non remis :' / 'Remise impossible pour ces destinataires' (5.2.2 mailbox full), "
      "HTML + text, message/delivery-status and our original attached")
def b_exchange_fr():
    sup = supplier("CIERMOS", "Ciergerie Mosane SPRL", "commandes@ciergerie-mosane.example", "fr-BE")
    p = po(4500033480, sup, "femke", "EUR", "2026-11-30", [
        ("CIE-BE-CATH", "Cathedral candle, 70 x 8 cm, 30% beeswax", 48, "EA", "22.90", "2026-12-17"),
        ("CIE-BE-TAPER", "Taper candle, 25 cm, ivory", 1200, "PCS", "0.68", "2026-12-17")])
    raw, rt = our_request(p)
    t = local(rt + _dt.timedelta(seconds=14), 1)
    seed = "be-ndr"
    plain = """Remise impossible pour ces destinataires ou groupes :

Service Commandes (commandes@ciergerie-mosane.example)
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer d'envoyer votre message plus tard ou contacter directement le destinataire.

Diagnostic pour les administrateurs :

Serveur de génération : EXCH02.ciergerie-mosane.local

commandes@ciergerie-mosane.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=Ciergerie Mosane/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=commandes.'

En-têtes du message d'origine :

""" + headers_only(raw).decode("ascii").replace("\r\n", "\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Remise impossible pour ces destinataires ou "
            "groupes :</font></b></p><p><font size=\"2\" face=\"Tahoma\"><a href=\"mailto:commandes@ciergerie-mosane.example\">"
            "Service Commandes (commandes@ciergerie-mosane.example)</a><br>La boîte aux lettres du destinataire est "
            "pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer d'envoyer votre message "
            "plus tard ou contacter directement le destinataire.</font></p><p><font color=\"#808080\" size=\"2\" "
            "face=\"Tahoma\"><br><b>Diagnostic pour les administrateurs :</b></font></p><p><font color=\"#808080\" "
            "size=\"2\" face=\"Tahoma\">Serveur de génération : EXCH02.ciergerie-mosane.local<br><br>"
            "commandes@ciergerie-mosane.example<br>Remote Server returned '554 5.2.2 mailbox full; "
            "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p>"
            "<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">En-têtes du message d'origine :</font></p>"
            "<pre>%s</pre></body></html>" % esc(headers_only(raw).decode("ascii").replace("\r\n", "\n")))
    alt = M.multipart("alternative", [M.text(plain, "utf-8", "base64"), M.html(html, "utf-8", "base64")],
                      seed, "outlook", 0)
    st = dsn([("Reporting-MTA", "dns;EXCH02.ciergerie-mosane.local"),
              ("Received-From-MTA", "dns;mx1.meridian-supply.example"),
              ("Arrival-Date", M.date(t))],
             [[("Original-Recipient", "rfc822;commandes@ciergerie-mosane.example"),
               ("Final-Recipient", "rfc822;commandes@ciergerie-mosane.example"),
               ("Action", "failed"), ("Status", "5.2.2"),
               ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException."
                                   "MapiExceptionShutoffQuotaExceeded")]])
    root = Message()
    root["Content-Type"] = ('multipart/report; report-type=delivery-status;\n\tboundary="%s"'
                            % M.boundary(seed, "outlook", 1))
    for part in (alt, st, M.rfc822(raw)):
        root.attach(part)
    hdrs = [("Return-Path", "<>"),
            ("Received", M.received("mail.ciergerie-mosane.example", "198.51.100.88", "mx1.meridian-supply.example",
                                    t + _dt.timedelta(seconds=2), "4Yf0Pz1xQnz9sTb",
                                    for_addr=p["buyer"]["email"])),
            ("From", "Microsoft Outlook <postmaster@ciergerie-mosane.example>"),
            ("To", M.addr(p["buyer"]["name"], p["buyer"]["email"])),
            ("Date", M.date(t)),
            ("Subject", M.hdr("Non remis : " + request_subject(p))),
            ("Message-ID", "<5c1b7e0a-3d2f-4b8e-9a61-7f0c2d9e4b11@EXCH02.ciergerie-mosane.local>"),
            ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
            ("Thread-Topic", request_subject(p)), ("Content-Language", "fr-FR"),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    eml = M.to_bytes(M.finish(root, hdrs))
    return [p], eml, other("bounce", "Exchange NDR in French, 5.2.2 mailbox full - not delivered, no answer.")


@case("bounce-gmail-address-not-found", "bounce", "en-PH",
      "Gmail 'Delivery Status Notification (Failure)' / '** Address not found **' for a mail sent from our "
      "Chicago office's Google Workspace; rfc822 copy of our request included")
def b_gmail():
    sup = supplier("MANROPE", "Manila Ropeworks & Timber Corp.", "purchasing@manilaropeworks.example", "en-PH")
    p = po(4500033515, sup, "michael", "USD", "2026-11-30", [
        ("RBP-NARRA-80", "Rope bridge plank, narra hardwood, 800x200x40 mm", 300, "EA", "14.20", "2027-01-11"),
        ("RBP-ABACA-24", "Abaca rope, 24 mm, per metre", 600, "M", "3.85", "2027-01-11")])
    raw, rt = our_request(p)
    t = rt + _dt.timedelta(seconds=3)
    seed = "gm-bounce"
    plain = """
** Address not found **

Your message wasn't delivered to purchasing@manilaropeworks.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <purchasing@manilaropeworks.example>: Recipient address rejected: User unknown in local recipient table
"""
    html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
            "style=\"padding-top:32px;background-color:#ffffff\"><tbody><tr><td><table cellpadding=0 cellspacing=0>"
            "<tbody><tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid "
            "#e0e0e0;border-radius:2px\"><img style=\"padding:0 24px 16px 0;float:left\" width=72 height=72 "
            "alt=\"Error Icon\" src=\"cid:icon.png\"><table style=\"min-width:272px;padding-top:8px\"><tbody><tr>"
            "<td><h2 style=\"font-size:20px;color:#212121;font-weight:bold;margin:0\">Address not found</h2></td>"
            "</tr><tr><td style=\"padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left\">"
            "Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>"
            "purchasing@manilaropeworks.example</b></a> because the address couldn't be found, or is unable to "
            "receive mail.</td></tr><tr><td style=\"padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;"
            "text-align:left\"><a style=\"text-decoration:none\" href=\"https://support.google.com/mail/?p=NoSuchUser\">"
            "LEARN MORE</a></td></tr></tbody></table></td></tr></tbody></table></td></tr><tr style=\"border:none;"
            "background-color:#fff;font-size:12.8px;width:90%\"><td align=\"left\" style=\"padding:48px 10px\">"
            "The response from the remote server was:<br/><p style=\"font-family:monospace\">550 5.1.1 "
            "&lt;purchasing@manilaropeworks.example&gt;: Recipient address rejected: User unknown in local "
            "recipient table</p></td></tr></tbody></table></body></html>")
    from .img import png
    icon = png(24, 24, lambda x, y: (219, 68, 55) if (x - 12) ** 2 + (y - 12) ** 2 < 110 else (255, 255, 255))
    alt = M.multipart("alternative", [M.text(plain, "utf-8", "7bit"), M.html(html, "utf-8", "quoted-printable")],
                      seed, "gmail", 0)
    rel = M.multipart("related", [alt, M.attachment(icon, "image/png", "icon.png", disposition="inline",
                                                    cid="icon.png", size=False)], seed, "gmail", 1)
    st = dsn([("Reporting-MTA", "dns; googlemail.com"), ("Received-From-MTA", "dns; michael.brandt@meridian-supply.example"),
              ("Arrival-Date", M.date(rt.astimezone(tz(-8))) + " (PST)")],
             [[("Final-Recipient", "rfc822; purchasing@manilaropeworks.example"), ("Action", "failed"),
               ("Status", "5.1.1"),
               ("Remote-MTA", "dns; mx.manilaropeworks.example. (203.0.113.77, the server for the domain "
                              "manilaropeworks.example.)"),
               ("Diagnostic-Code", "smtp; 550 5.1.1 <purchasing@manilaropeworks.example>: Recipient address\n"
                                   "    rejected: User unknown in local recipient table"),
               ("Last-Attempt-Date", M.date(t.astimezone(tz(-8))) + " (PST)")]])
    root = Message()
    root["Content-Type"] = 'multipart/report; boundary="%s"; report-type=delivery-status' % M.boundary(seed, "gmail", 2)
    for part in (rel, st, M.rfc822(raw)):
        root.attach(part)
    hdrs = [("Delivered-To", p["buyer"]["email"]),
            ("Received", "by 2002:a05:7300:5e94:b0:1a2:3b4c:5d6e with SMTP id q20csp1234567dyb;\n        "
                         + M.date(t.astimezone(tz(-8))) + " (PST)"),
            ("Return-Path", "<>"), ("MIME-Version", "1.0"),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", p["buyer"]["email"]), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<6748c3d1.050a0220.3bd1a7.%s.GMR@mx.google.com>" % h(seed, 4, "0123456789abcdef")),
            ("Date", M.date(t.astimezone(tz(-8)))),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
            ("X-Failed-Recipients", "purchasing@manilaropeworks.example")]
    eml = M.to_bytes(M.finish(root, hdrs))
    return [p], eml, other("bounce", "Gmail 'Address not found' DSN; the attached original is our own request.")


@case("qmail-failure-notice-plain", "bounce", "ru-RU",
      "qmail 'failure notice' - plain text without MIME, 'Hi. This is the qmail-send program', our full "
      "original (with all PO figures) pasted below '--- Below this line is a copy of the message.'")
def b_qmail():
    sup = supplier("REMIZKA", "OOO Remizka-Tekstil", "snab@remizka-tekstil.example", "ru-RU")
    p = po(4500033546, sup, "ingrid", "RUB", "2026-11-30", [
        ("LH-RU-300", "Flat steel heddle, 300 mm", 10000, "PCS", "14.80", "2026-12-25"),
        ("LH-RU-FRAME", "Heddle frame, 1900 mm", 6, "EA", "18600.00", "2027-01-15")])
    raw, rt = our_request(p)
    t = rt + _dt.timedelta(minutes=1, seconds=12)
    tu = t.astimezone(tz(0))
    stamp = "%d %s %d %02d:%02d:%02d -0000" % (tu.day, tu.strftime("%b"), tu.year, tu.hour, tu.minute, tu.second)
    copy = ("Return-Path: <ingrid.solberg@meridian-supply.example>\n"
            "Received: (qmail 28814 invoked from network); " + stamp + "\n"
            "Received: from mx1.meridian-supply.example (HELO mx1.meridian-supply.example) (192.0.2.25)\n"
            "  by mail.remizka-tekstil.example with SMTP; " + stamp + "\n"
            + raw.decode("ascii").replace("\r\n", "\n"))
    body = ("Hi. This is the qmail-send program at mail.remizka-tekstil.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<snab@remizka-tekstil.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + copy)
    m = Message()
    m.set_payload(body)
    hdrs = [("Return-Path", "<>"),
            ("Received", M.received("mail.remizka-tekstil.example", "198.51.100.140", "mx1.meridian-supply.example",
                                    t + _dt.timedelta(seconds=1), "4Yf2Lm0bKqz9sVd", proto="SMTP",
                                    for_addr=p["buyer"]["email"])),
            ("Date", stamp), ("From", "MAILER-DAEMON@mail.remizka-tekstil.example"),
            ("To", "ingrid.solberg@meridian-supply.example"), ("Subject", "failure notice")]
    msg = M.finish(m, hdrs)
    del msg["MIME-Version"]
    eml = M.to_bytes(msg)
    return [p], eml, other("bounce", "qmail permanent failure (no mailbox); plain-text bounce with our own "
                                     "request copied below.")


@case("exim-delay-warning-24h", "bounce", "en-GB",
      "Exim 'Warning: message ... delayed 24 hours' (Action: delayed, 451 greylisting) - not a final "
      "failure but still a delivery report, not an answer")
def b_exim():
    sup = supplier("THAMESBEE", "Thames Valley Bee Supplies Ltd", "orders@thamesbeesupplies.example", "en-GB")
    p = po(4500033560, sup, "ingrid", "GBP", "2026-11-30", [
        ("BV-UK-FENC", "Fencing veil, black mesh", 120, "EA", "9.80", "2026-12-16"),
        ("BV-UK-SMOCK", "Beekeeping smock with round veil, size L", 30, "EA", "36.50", "2026-12-16")])
    raw, rt = our_request(p)
    t = (rt + _dt.timedelta(hours=24, minutes=3, seconds=20)).astimezone(tz(0))
    mid = "1wLq3K-0007Hx-2b"
    bnd = "%d-eximdsn-1804289383" % int(t.timestamp())
    txt = M.text("""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on srv14.ukwebhost.example.

The message identifier is:     %s
The subject of the message is: %s
The date of the message is:    %s

The address to which the message has not yet been delivered is:

  orders@thamesbeesupplies.example
    host mail.thamesbeesupplies.example [198.51.100.61]
    Delay reason: SMTP error from remote mail server after RCPT TO:<orders@thamesbeesupplies.example>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""" % (mid, request_subject(p), M.date(rt)), "us-ascii", "7bit", quote_charset=False)
    st = dsn([("Reporting-MTA", "dns; srv14.ukwebhost.example")],
             [[("Action", "delayed"), ("Final-Recipient", "rfc822;orders@thamesbeesupplies.example"),
               ("Status", "4.0.0"), ("Remote-MTA", "dns; mail.thamesbeesupplies.example"),
               ("Diagnostic-Code", "smtp; 451 4.7.1 Greylisted, please try again later"),
               ("Will-Retry-Until", M.date(t + _dt.timedelta(days=3)))]])
    root = Message()
    root["Content-Type"] = "multipart/report; report-type=delivery-status; boundary=%s" % bnd
    for part in (txt, st, rfc822_headers(raw)):
        root.attach(part)
    hdrs = [("Return-Path", "<>"),
            ("Received", M.received("srv14.ukwebhost.example", "198.51.100.14", "mx1.meridian-supply.example",
                                    (t + _dt.timedelta(seconds=2)).astimezone(tz(1)), "4Yg1Rb2nCwz9sXq",
                                    for_addr=p["buyer"]["email"])),
            ("X-Failed-Recipients", "orders@thamesbeesupplies.example"),
            ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@srv14.ukwebhost.example>"),
            ("To", "ingrid.solberg@meridian-supply.example"),
            ("References", p["request_message_id"]),
            ("Content-Type", None), ("MIME-Version", "1.0"),
            ("Subject", "Warning: message %s delayed 24 hours" % mid),
            ("Message-Id", "<E1wMBcE-0002kR-0L@srv14.ukwebhost.example>"),
            ("Date", M.date(t))]
    eml = M.to_bytes(M.finish(root, hdrs))
    return [p], eml, other("bounce", "Exim delay warning (Action: delayed); delivery still being retried, no "
                                     "supplier answer.")


# ================================================================== unrelated
@case("boletin-ferias-2027-quemadores", "unrelated", "es-ES",
      "supplier newsletter (List-Unsubscribe, bulk) listing 2027 trade-fair dates and a launch price, from "
      "the same supplier as an open PO for burners")
def u_newsletter():
    sup = supplier("AEROIB", "Aerostatos Ibéricos S.L.", "pedidos@aerostatosibericos.example", "es-ES")
    p = po(4500033590, sup, "tomas", "EUR", "2026-11-20", [
        ("HAB-BRN-IB2", "Double burner, Ibérico 2, with gimbal", 1, "EA", "9850.00", "2027-01-15"),
        ("HAB-VALVE-LQ", "Liquid fire valve, spare", 2, "EA", "420.00", "2027-01-15")])
    t = dt(2026, 12, 1, 10, 0, 3)
    text = """AEROSTATOS IBÉRICOS - Boletín diciembre 2026

¡Nos vemos en las ferias de 2027!

- AERO Friedrichshafen (Alemania): 21-24 de abril de 2027, pabellón A6, stand 312
- Fiesta Europea del Globo, Igualada: 8-11 de julio de 2027
- Feria de Aviación General de Lleida-Alguaire: 12-14 de marzo de 2027

NOVEDAD: quemador Ibérico 3 con serpentín de acero inoxidable reforzado.
Precio de lanzamiento 7.950 € (IVA no incluido) para pedidos recibidos hasta el 31/01/2027.

Le deseamos unas felices fiestas.

Aerostatos Ibéricos S.L. - Polígono Les Comes, 08700 Igualada (Barcelona)
Si no desea recibir más comunicaciones, puede darse de baja aquí: https://aerostatosibericos.example/baja?u=7f3a2
"""
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" "
            "style=\"background:#ffffff;font-family:Arial\"><tr><td style=\"background:#c0392b;color:#fff;padding:20px\">"
            "<h1>AEROSTATOS IBÉRICOS</h1><p>Boletín diciembre 2026</p></td></tr><tr><td style=\"padding:20px\">"
            "<h2>¡Nos vemos en las ferias de 2027!</h2><table cellpadding=\"6\" border=\"1\" style=\"border-collapse:collapse\">"
            "<tr><th>Feria</th><th>Fechas</th><th>Dónde</th></tr>"
            "<tr><td>AERO Friedrichshafen</td><td>21-24/04/2027</td><td>Pabellón A6, stand 312</td></tr>"
            "<tr><td>Fiesta Europea del Globo</td><td>08-11/07/2027</td><td>Igualada</td></tr>"
            "<tr><td>Feria de Aviación General</td><td>12-14/03/2027</td><td>Lleida-Alguaire</td></tr></table>"
            "<h2>NOVEDAD: quemador Ibérico 3</h2><p>Serpentín de acero inoxidable reforzado. Precio de lanzamiento "
            "<b>7.950 €</b> (IVA no incluido) para pedidos recibidos hasta el 31/01/2027.</p><p>Le deseamos unas "
            "felices fiestas.</p></td></tr><tr><td style=\"font-size:11px;color:#888;padding:20px\">Aerostatos Ibéricos "
            "S.L. - Polígono Les Comes, 08700 Igualada (Barcelona)<br><a href=\"https://aerostatosibericos.example/baja?u=7f3a2\">"
            "Darse de baja</a></td></tr></table></body></html>")
    extra = [("List-Unsubscribe", "<https://aerostatosibericos.example/baja?u=7f3a2>, "
                                  "<mailto:baja@aerostatosibericos.example?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("List-Id", "Boletin Aerostatos Ibericos <boletin.aerostatosibericos.example>")]
    eml = build_reply("es-news", "generic", ("Aerostatos Ibéricos", "boletin@aerostatosibericos.example"),
                      "Boletín diciembre: ¡nos vemos en las ferias de 2027!", t, text, p=None,
                      to=[("", "tomas.herrera@meridian-supply.example")], html_body=html, charset="utf-8",
                      extra=extra, host="mta-07.mailrelay-esp.example", in_reply_to="", references="",
                      x_mailer="Mailrelay v5")
    return [p], eml, other("unrelated",
                           "Newsletter with trade-fair dates and a launch price; not an answer to PO 4500033590.")


@case("cenik-2027-xlsx-enake-sifre", "unrelated", "sl-SI",
      "Slovenian 2027 price list as XLSX containing the very item codes of the open PO with new prices "
      "valid from 1. 1. 2027 - a price list, not an answer to the order")
def u_pricelist():
    sup = supplier("KRANJC", "Čebelarstvo Kranjc d.o.o.", "prodaja@cebelarstvo-kranjc.example", "sl-SI")
    p = po(4500033610, sup, "ingrid", "EUR", "2026-11-30", [
        ("BV-SL-CLASSIC", "Beekeeping veil, classic hat, white", 100, "EA", "11.90", "2026-12-18"),
        ("BV-SL-JACKET", "Beekeeping jacket with veil, size L", 20, "EA", "48.00", "2026-12-18")])
    t = dt(2026, 12, 2, 8, 31, 45)
    body = """Spoštovani,

v priponki vam pošiljamo nov cenik za leto 2027, ki velja od 1. 1. 2027. Cene so v EUR brez DDV.
Za naročila, prejeta do 31. 12. 2026, veljajo še dosedanje cene.

Lep pozdrav,

Mojca Kranjc
Čebelarstvo Kranjc d.o.o.
Cesta na Brdo 45, 4240 Radovljica
tel. +386 4 000 00 00"""
    rows = [[("b", "Cenik 2027 - velja od 1. 1. 2027 (EUR brez DDV)")], [],
            [("b", "Šifra"), ("b", "Opis"), ("b", "EM"), ("b", "Cena 2026"), ("b", "Cena 2027")],
            ["BV-SL-CLASSIC", "Čebelarski klobuk z mrežo, bel", "kos", 11.90, 12.60],
            ["BV-SL-JACKET", "Čebelarska jakna z mrežo, vel. L", "kos", 48.00, 51.50],
            ["BV-SL-ROUND", "Okrogla mreža, ventilirana", "kos", 9.40, 9.90],
            ["BV-SL-GLOVE", "Usnjene rokavice, vel. 9", "par", 10.80, 11.40],
            ["BV-SL-SMOKER", "Kadilnik, nerjaveče jeklo", "kos", 27.00, 28.50]]
    xb = xlsx([("Cenik 2027", rows, [16, 36, 6, 12, 12])], creator="Mojca Kranjc")
    att = M.attachment(xb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Cenik_2027_Kranjc.xlsx")
    eml = build_reply("si-cenik", "outlook", ("Mojca Kranjc", "prodaja@cebelarstvo-kranjc.example"),
                      "Cenik 2027", t, body, p=p, charset="windows-1250", lang="sl-SI", attachments=[att],
                      in_reply_to="", references="", host="VE1PR03MB5432.eurprd03.prod.outlook.com",
                      outlook_lang="SL")
    return [p], eml, other("unrelated",
                           "General 2027 price list (same item codes, new prices from 1.1.2027); the mail does not "
                           "answer PO 4500033610, which also falls under the old prices.")


@case("rekins-cits-pasutijums", "unrelated", "lv-LV",
      "Latvian invoice (PDF) for an earlier, delivered order 4500029876 from the same supplier as the open "
      "PO; quantities, prices and dates in it belong to the other order")
def u_invoice():
    sup = supplier("KOKTILTS", "SIA Koka Tilti", "birojs@kokatilti.example", "lv-LV")
    p = po(4500033622, sup, "ingrid", "EUR", "2026-11-30", [
        ("RBP-LV-PINE", "Rope bridge plank, pine, impregnated, 1000x200x45 mm", 500, "EA", "6.40", "2027-01-14"),
        ("RBP-LV-ROPE", "Hemp rope, 28 mm, per metre", 400, "M", "4.10", "2027-01-14")])
    t = dt(2026, 12, 2, 11, 5, 50, off=2)
    body = """Labdien!

Pielikumā rēķins Nr. KT-2026/0456 par piegādāto preci (Jūsu pasūtījums 4500029876).
Apmaksas termiņš - 30 dienas.

Ar cieņu
Ilze Bērziņa
grāmatvede
SIA Koka Tilti
Rīgas iela 14, Sigulda, LV-2150"""
    f = Flow()
    f.para("SIA Koka Tilti", 14, True)
    f.para("Rigas iela 14, Sigulda, LV-2150   Reg. Nr. 40000000000   PVN LV40000000000", 8, gap=12)
    f.para("PVN REKINS Nr. KT-2026/0456", 12, True)
    f.para("Datums: 02.12.2026     Apmaksas termins: 01.01.2027", 9, gap=6)
    f.para("Sanemejs: Meridian Heritage Supply B.V., Waalhaven Z.z. 41, Rotterdam, NL   PVN NL001234567B01", 9)
    f.para("Pasutijums: 4500029876 no 14.10.2026     Piegade: 25.11.2026, CMR 118-442", 9, gap=10)
    f.table(["Nr.", "Kods", "Nosaukums", "Daudz.", "Merv.", "Cena EUR", "Summa EUR"],
            [["1", "RBP-LV-OAK", "Tilta deli, ozols, 1000x200x45 mm", "250", "gab.", "11,20", "2 800,00"],
             ["2", "RBP-LV-ROPE", "Kanepju virve, 28 mm", "300", "m", "4,10", "1 230,00"]],
            [26, 76, 190, 46, 40, 60, 70], right=(3, 5, 6))
    f.para("Kopa bez PVN: 4 030,00 EUR   PVN 0% (ES piegade, reverse charge)   Kopa apmaksai: 4 030,00 EUR", 9, True,
           gap=8)
    f.para("Banka: AS Swedbank, IBAN LV00HABA0000000000000", 8)
    pdfb = render(f.pages, title="Rekins KT-2026/0456", author="SIA Koka Tilti", creator="Horizon",
                  producer="Horizon 8.0", created="D:20261202110000+02'00'")
    att = M.attachment(pdfb, "application/pdf", "Rekins_KT-2026-0456.pdf")
    eml = build_reply("lv-invoice", "tb", ("Ilze Bērziņa", "birojs@kokatilti.example"),
                      "Rēķins KT-2026/0456", t, body, p=p, with_html=False, charset="iso-8859-13",
                      attachments=[att], in_reply_to="", references="", x_mailer="Mozilla Thunderbird",
                      to=[("", "ap@meridian-supply.example"), ("Ingrid Solberg", p["buyer"]["email"])],
                      header_charset="iso-8859-13")
    return [p], eml, other("unrelated",
                           "Invoice for another, already delivered order (4500029876); it does not answer open "
                           "PO 4500033622 even though one item (hemp rope 4,10) matches.")


@case("rappel-paiement-factures-anciennes", "unrelated", "fr-CH",
      "Swiss-French payment reminder listing older invoices with CHF 1'250.00 amounts, due dates and our "
      "older PO numbers, from the supplier of an open PO")
def u_reminder():
    sup = supplier("AIGJURA", "Aiguilles Horlogères du Jura SA", "admin@aiguilles-jura.example", "fr-CH")
    p = po(4500033655, sup, "femke", "CHF", "2026-11-30", [
        ("CH-JU-HR-22", "Watch hour hand, luminous, 22 mm", 3000, "PCS", "0.85", "2027-01-12"),
        ("CH-JU-MN-30", "Watch minute hand, luminous, 30 mm", 3000, "PCS", "0.95", "2027-01-12")])
    t = dt(2026, 12, 2, 14, 40, 26)
    body = """Madame, Monsieur,

Sauf erreur ou omission de notre part, les factures suivantes restent ouvertes à ce jour :

Facture 2026-0871 du 18.09.2026 (votre commande 4500028760) - CHF 1'250.00 - échue le 18.10.2026
Facture 2026-0934 du 09.10.2026 (votre commande 4500029102) - CHF 3'412.80 - échue le 08.11.2026

Total dû : CHF 4'662.80

Nous vous remercions de bien vouloir procéder au règlement dans les 10 jours. Si le paiement a été effectué entre-temps, veuillez considérer ce rappel comme nul et non avenu.

Meilleures salutations

Service comptabilité
Aiguilles Horlogères du Jura SA
Rue du Doubs 18, 2300 La Chaux-de-Fonds
IBAN CH00 0000 0000 0000 0000 0"""
    eml = build_reply("ch-rappel", "outlook", ("Comptabilité Aiguilles du Jura", "admin@aiguilles-jura.example"),
                      "Rappel de paiement - factures ouvertes", t, body, p=p, charset="iso-8859-1",
                      lang="fr-CH", in_reply_to="", references="", host="GV0P278MB0789.CHEP278.PROD.OUTLOOK.COM",
                      outlook_lang="FR-CH", to=[("", "ap@meridian-supply.example")],
                      cc=[("Femke de Wit", p["buyer"]["email"])])
    return [p], eml, other("unrelated",
                           "Payment reminder for old invoices of other orders; nothing about PO 4500033655.")


@case("trishaw-wheels-shipment-other-po", "unrelated", "ms-MY",
      "Malaysian shipment notification for an older PO (4500029911) with quantities, vessel and ETA "
      "08/01/2027 - while a different PO with this supplier is open")
def u_shipment():
    sup = supplier("PGTRISHAW", "Penang Trishaw Parts Sdn. Bhd.", "sales@penangtrishaw.example", "ms-MY")
    p = po(4500033688, sup, "priya", "MYR", "2026-11-30", [
        ("TW-WHL-24", "Trishaw wheel 24 in, chrome rim, complete", 60, "EA", "145.00", "2027-01-15"),
        ("TW-SEAT-CUSH", "Trishaw passenger seat cushion, vinyl", 30, "EA", "88.00", "2027-01-15")])
    t = dt(2026, 12, 3, 16, 12, 9, off=8)
    body = """Dear Priya,

Good day. Please be informed that the goods for your PO No. 4500029911 have been shipped today.

Invoice No.  : PTP-INV-26-1184
Items        : TW-WHL-26 Trishaw wheel 26" x 80 pcs, TW-HUB-HD Rear hub x 80 pcs
Packing      : 12 cartons, 1 pallet, G.W. 640 kg
Vessel       : MAERSK KOLKATA V.452W, B/L MAEU 000000000
ETD Penang   : 03/12/2026
ETA Rotterdam: 08/01/2027

Kindly arrange customs clearance upon arrival. Documents (Invoice, Packing List, Form D not required, B/L copy) will follow by courier.

Terima kasih & regards,
Lim Mei Ling
Sales & Shipping
Penang Trishaw Parts Sdn. Bhd.
Lot 22, Lorong Perusahaan 4, Prai Industrial Estate, 13600 Prai, Penang
Tel: +60 4 000 0000"""
    eml = build_reply("my-ship", "outlook", ("Lim Mei Ling", "sales@penangtrishaw.example"),
                      "Shipment notification - PO 4500029911 - PTP-INV-26-1184", t, body, p=p,
                      charset="us-ascii", cte="7bit", lang="en-MY", in_reply_to="", references="",
                      host="KL1PR0601MB4321.apcprd06.prod.outlook.com", outlook_lang="EN-MY")
    return [p], eml, other("unrelated",
                           "Shipping notice for another, older PO (4500029911); the ETA 08/01/2027 and quantities "
                           "do not answer open PO 4500033688.")
