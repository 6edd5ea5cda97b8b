"""Cases D: mail that must not be read as a confirmation - automatic replies,
bounces (real DSN layouts) and unrelated supplier mail."""
import datetime as dt
from decimal import Decimal

from . import mime
from .common import (PO, S, Case, case, other, request_text, request_html, request_message, outlook_plain,
                     outlook_alt, html_doc, text_to_html, gt, reply, trace)
from .pdf import pdf, table
from .xlsx import xlsx


# ------------------------------------------------------------------ auto replies

@case
def ar_japanese():
    sup = S("TOHORR", "株式会社東邦ゴムロール", "sales@toho-rubberroll.example", "ja-JP")
    po = PO("4500232136", sup, "kenji", "JPY", "2026-12-03", [
        ("PPR-JP-780", "Ink roller, NBR, L=780 mm, dia 60 mm", 4, "EA", "48000", "2027-01-15"),
        ("PPR-JP-CORE", "Roller core re-grinding and balancing", 4, "EA", "9500", "2027-01-15"),
    ], req="2026-12-03 09:30")
    body = """誠に恐れ入りますが、12月3日（木）から12月14日（月）まで海外出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。

お急ぎの場合は、営業部 山本（yamamoto@toho-rubberroll.example / 03-5555-0190）までご連絡ください。

なお、本メールは自動送信されています。

株式会社東邦ゴムロール 営業部
中村 浩二
"""
    part = mime.text(body, "plain", "ISO-2022-JP", "7bit")
    eml = reply(po, ("中村 浩二", "k-nakamura@toho-rubberroll.example"), mime.when(2026, 12, 3, 17, 30, 4, 9), part,
                subject="自動応答: " + po.subject, hdr_charset="ISO-2022-JP",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = other("auto_reply", "Japanese out-of-office (ISO-2022-JP): away 12月3日-12月14日 on a business trip; the "
                              "return date is not a delivery date.")
    return Case("japanese-out-of-office", "auto_reply", "ja-JP",
                "ISO-2022-JP out-of-office with dates that look like delivery dates", [po], eml, exp)


@case
def ar_german_ooo():
    sup = S("BWSAUER", "Bohrwerkzeuge Sauerland GmbH", "verkauf@bohrwerkzeuge-sauerland.example", "de-DE")
    po = PO("4500232141", sup, "jonas", "EUR", "2026-11-27", [
        ("DRB-CR-38", "Cross bit 38 mm, R25 thread", 100, "EA", "42.00", "2026-12-18"),
        ("DRB-CH-41", "Chisel bit 41 mm, taper 12 deg", 50, "EA", "36.50", "2026-12-18"),
    ], req="2026-11-30 08:00")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 04.12.2026 nicht im Büro. Ab Montag, 07.12.2026 bin ich wieder für Sie erreichbar.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter innendienst@bohrwerkzeuge-sauerland.example oder +49 2973 555-20.

Mit freundlichen Grüßen
Stefan Hümmel
"""
    part = mime.multipart("alternative", [mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                          mime.text(html_doc(text_to_html(body), "iso-8859-1"), "html", "iso-8859-1",
                                                    "quoted-printable")], mime.bnd("outlook", "ooode"))
    eml = reply(po, ("Stefan Hümmel", "s.huemmel@bohrwerkzeuge-sauerland.example"),
                mime.when(2026, 11, 30, 8, 0, 5, 1), part, subject="Automatische Antwort: " + po.subject,
                hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="de-DE",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "s.huemmel@bohrwerkzeuge-sauerland.example")])
    exp = other("auto_reply", "Exchange out-of-office: absent until Fri 04.12.2026, back Mon 07.12.2026.")
    return Case("german-abwesenheitsnotiz", "auto_reply", "de-DE",
                "Outlook 'Automatische Antwort' with weekday+date phrases close to a delivery promise", [po], eml, exp)


@case
def ar_helpdesk():
    sup = S("SUNRIDGE", "SunRidge Racking Inc.", "orders@sunridge-racking.example", "en-US")
    po = PO("4500232146", sup, "dana", "USD", "2026-11-30", [
        ("SPC-MID-3035-US", "Mid clamp 30-35 mm, mill finish", 4000, "PCS", "1.12", "2026-12-21"),
        ("SPC-END-40-US", "End clamp 40 mm, mill finish", 1600, "PCS", "1.09", "2026-12-21"),
        ("SPC-LFT-01", "L-foot, aluminium, with hardware", 1200, "PCS", "2.35", "2026-12-21"),
    ], req="2026-12-01 09:00")
    t = po.sent_in(-5)
    head = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been received and is being reviewed by our Customer Service team. "
            "Typical response time is 1-2 business days.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "----------------------------------------------\n\n"
            "Dana Ruiz\nDec 1, 2026, %d:%02d AM EST\n\n" % (t.hour, t.minute))
    plain = head + request_text(po) + ("\n----------------------------------------------\n"
                                       "This email is a service from SunRidge Support.\n[R8QK2V-7L0M]\n")
    html = html_doc('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
                    '<p>Your request (#48213) has been received and is being reviewed by our Customer Service team. '
                    'Typical response time is 1-2 business days.</p><p>To add additional comments, reply to this email.'
                    '</p><hr><p><b>Dana Ruiz</b><br><span style="color:#bbb">Dec 1, 2026, %d:%02d AM EST</span></p>%s'
                    '<hr><p style="color:#aaa;font-size:11px">This email is a service from SunRidge Support.</p>'
                    '<span style="color:#fff;font-size:1px">[R8QK2V-7L0M]</span>' % (t.hour, t.minute,
                                                                                   request_html(po)), "utf-8")
    part = mime.multipart("alternative", [mime.text(plain, "plain", "UTF-8", "quoted-printable"),
                                          mime.text(html, "html", "UTF-8", "quoted-printable")],
                          mime.bnd("gmail", "helpdesk"))
    eml = reply(po, ("SunRidge Support", "support@sunridge-racking.example"), mime.when(2026, 12, 1, 3, 0, 12, -5),
                part, subject="[SunRidge Support] Re: %s (#48213)" % po.subject, style="generic",
                extra=[("Reply-To", "SunRidge Support <support+id48213@sunridge-racking.example>"),
                       ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("Precedence", "bulk")])
    exp = other("auto_reply", "Helpdesk ticket receipt (#48213) that echoes our whole request including PO "
                              "quantities, prices and dates; no human answer.")
    return Case("helpdesk-ticket-echoes-po", "auto_reply", "en-US",
                "ticket-system receipt quoting all PO figures verbatim", [po], eml, exp)


@case
def ar_french_absence():
    sup = S("FUSVELAY", "Fuseaux du Velay SARL", "contact@fuseaux-velay.example", "fr-FR")
    po = PO("4500232151", sup, "emma", "EUR", "2026-11-30", [
        ("LBB-VEL-12", "Lace bobbin Le Puy type, boxwood, 12 cm", 2000, "PCS", "1.90", "2026-12-18"),
    ], req="2026-11-30 14:00")
    body = """Bonjour,

Je suis absente du bureau du lundi 30 novembre au vendredi 4 décembre inclus, sans accès à mes e-mails.
Pour toute commande urgente, merci de contacter Sylvie au 04 71 55 02 38.
Votre message ne sera pas transféré.

Cordialement,
Marion Chabrier
Fuseaux du Velay SARL
"""
    part = mime.text(body, "plain", "ISO-8859-15", "quoted-printable")
    eml = reply(po, ("Marion Chabrier", "marion@fuseaux-velay.example"), mime.when(2026, 11, 30, 14, 0, 9, 1), part,
                subject="Absence du bureau - Re: " + po.subject, style="generic", hdr_charset="ISO-8859-15",
                hdr_mode="Q", extra=[("X-Autoreply", "yes"), ("Precedence", "junk"),
                                     ("X-Mailer", "Roundcube Webmail / managesieve vacation")])
    exp = other("auto_reply", "Webmail vacation reply without Auto-Submitted header (only X-Autoreply / "
                              "Precedence); 'vendredi 4 décembre' is the return date, not a delivery.")
    return Case("french-vacation-no-autosubmitted", "auto_reply", "fr-FR",
                "vacation responder lacking Auto-Submitted, single-line PO with a near date", [po], eml, exp)


@case
def ar_polish_receipt():
    sup = S("FSMAZURY", "Formy Serowarskie Mazury Sp. z o.o.", "biuro@formy-mazury.example", "pl-PL")
    po = PO("4500232156", sup, "mikkel", "PLN", "2026-12-02", [
        ("CMD-GOU-5", "Gouda cheese mould 5 kg, PP with lid", 200, "EA", "52.60", "2027-01-15"),
        ("CMD-NET-5", "Press net for 5 kg mould", 400, "EA", "6.55", "2027-01-15"),
    ], req="2026-12-02 11:00")
    body = """Szanowni Państwo,

dziękujemy za przesłanie wiadomości. Państwa zamówienie zostało zarejestrowane w naszym systemie pod numerem ZK/2026/12/0418.

To jest wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać. Potwierdzenie zamówienia wraz z terminem realizacji prześlemy w ciągu 2 dni roboczych.

Formy Serowarskie Mazury Sp. z o.o.
ul. Mleczarska 8, 11-500 Giżycko
tel. 87 555 20 14
"""
    part = mime.text(body, "plain", "iso-8859-2", "quoted-printable")
    eml = reply(po, ("Formy Serowarskie Mazury", "biuro@formy-mazury.example"), mime.when(2026, 12, 2, 11, 0, 31, 1),
                part, subject="Potwierdzenie otrzymania wiadomości [ZK/2026/12/0418]", style="generic",
                hdr_charset="iso-8859-2", hdr_mode="Q", extra=[("Auto-Submitted", "auto-generated")])
    exp = other("auto_reply", "Automatic receipt 'Potwierdzenie otrzymania' (confirmation of receipt) with an "
                              "internal order number; the real confirmation is announced for later.")
    return Case("polish-automatic-receipt", "auto_reply", "pl-PL",
                "auto receipt titled 'Potwierdzenie' (confirmation) but commits nothing", [po], eml, exp)


# ------------------------------------------------------------------ bounces

def _dsn_headers(name, email):
    return (name, email)


@case
def bounce_exim():
    sup = S("PENNINE", "Pennine Wind Fixings Ltd", "sales@penninewindfix.example", "en-GB")
    po = PO("4500232161", sup, "mikkel", "GBP", "2026-12-03", [
        ("WTB-M42-HV", "Foundation anchor bolt M42x2500, 8.8, galvanised", 96, "PCS", "184.00", "2027-01-15"),
        ("WTB-M42-NUT", "Heavy hex nut M42, class 8, galvanised", 192, "PCS", "6.40", "2027-01-15"),
    ], req="2026-12-03 14:20")
    orig = request_message(po)
    t = mime.when(2026, 12, 3, 14, 20, 9, 1)
    b = "1764768009-eximdsn-1804289383"
    notice = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sales@penninewindfix.example
    host mx.penninewindfix.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<sales@penninewindfix.example>:
    550 5.1.1 <sales@penninewindfix.example>: Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = """Reporting-MTA: dns; smtp-out.corvane.example

Action: failed
Final-Recipient: rfc822;sales@penninewindfix.example
Status: 5.0.0
Remote-MTA: dns; mx.penninewindfix.example
Diagnostic-Code: smtp; 550 5.1.1 <sales@penninewindfix.example>: Recipient address rejected: User unknown in virtual mailbox table
"""
    part = mime.Part([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"' % b)], parts=[
        mime.raw_part("text/plain; charset=us-ascii", notice, [("Content-Transfer-Encoding", "7bit")]),
        mime.raw_part("message/delivery-status", dsn, [("Content-Description", "Delivery report")]),
        mime.rfc822(orig, [("Content-Description", "Undelivered Message")]),
    ], boundary=b)
    eml = mime.mail(("Mail Delivery System", "Mailer-Daemon@smtp-out.corvane.example"), po.buyer[1],
                    "Mail delivery failed: returning message to sender", t,
                    "<E1vQk7N-0004Xr-2b@smtp-out.corvane.example>", part,
                    pre=[("Return-path", "<>"),
                         ("Envelope-to", po.buyer[1]),
                         ("Delivery-date", mime.rfc_date(t)),
                         ("Received", "from mail by smtp-out.corvane.example with local (Exim 4.97)\n\t"
                                      "id 1vQk7N-0004Xr-2b\n\tfor %s; %s" % (po.buyer[1], mime.rfc_date(t)))],
                    extra=[("X-Failed-Recipients", "sales@penninewindfix.example"),
                           ("Auto-Submitted", "auto-replied")])
    exp = other("bounce", "Exim 'Mail delivery failed' DSN, permanent 550 5.1.1; the undelivered request is "
                          "attached as message/rfc822 with all PO figures.")
    return Case("dsn-exim-rfc822-attached", "bounce", "en-GB",
                "Exim multipart/report with the original request attached as message/rfc822", [po], eml, exp)


@case
def bounce_postfix_delay():
    sup = S("CINTASEV", "Cintas de Ballet Sevilla S.L.", "pedidos@cintasballetsevilla.example", "es-ES")
    po = PO("4500232166", sup, "laura", "EUR", "2026-12-02", [
        ("BPR-SAT-25R", "Pointe ribbon satin 25 mm, salmon pink", 1500, "M", "0.58", "2026-12-21"),
        ("BPR-ELS-20", "Pointe elastic 20 mm, salmon pink", 600, "M", "0.46", "2026-12-21"),
    ], req="2026-12-02 10:00")
    t = mime.when(2026, 12, 2, 14, 5, 31, 1)
    qid = "4QzXk21Rp8z9sYL"
    b = "%s.1764680731/smtp-out.corvane.example" % qid
    notice = """This is the mail system at host smtp-out.corvane.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pedidos@cintasballetsevilla.example>: connect to
    mx.cintasballetsevilla.example[203.0.113.77]:25: Connection timed out
"""
    dsn = """Reporting-MTA: dns; smtp-out.corvane.example
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; laura.bianchi@corvane.example
Arrival-Date: Wed,  2 Dec 2026 10:00:04 +0100 (CET)

Final-Recipient: rfc822; pedidos@cintasballetsevilla.example
Original-Recipient: rfc822;pedidos@cintasballetsevilla.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.cintasballetsevilla.example[203.0.113.77]:25:
    Connection timed out
Will-Retry-Until: Mon,  7 Dec 2026 10:00:04 +0100 (CET)
""" % qid
    orig = request_message(po)
    headers_only = orig.split(b"\n\n", 1)[0] + b"\n"
    part = mime.Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
                      ("Content-Transfer-Encoding", "8bit")], parts=[
        mime.raw_part("text/plain; charset=us-ascii", notice, [("Content-Description", "Notification")]),
        mime.raw_part("message/delivery-status", dsn, [("Content-Description", "Delivery report")]),
        mime.raw_part("text/rfc822-headers", headers_only, [("Content-Description", "Undelivered Message Headers")]),
    ], boundary=b, preamble="This is a MIME-encapsulated message.")
    eml = mime.mail("MAILER-DAEMON@smtp-out.corvane.example (Mail Delivery System)", po.buyer[1],
                    "Delayed Mail (still being retried)", t, "<20261202130531.7C1F3A0E21@smtp-out.corvane.example>",
                    part, pre=[("Return-Path", "<>"),
                               ("Received", "by smtp-out.corvane.example (Postfix)\n\tid 7C1F3A0E21; %s (CET)"
                                % mime.rfc_date(t))],
                    extra=[("Auto-Submitted", "auto-replied")])
    exp = other("bounce", "Postfix delay warning (Action: delayed, 4.4.1) with only the headers of our request; "
                          "not a failure yet, but a DSN, not a supplier answer.")
    return Case("dsn-postfix-delay-warning", "bounce", "es-ES",
                "Postfix 'Delayed Mail (still being retried)' warning with text/rfc822-headers", [po], eml, exp)


@case
def bounce_exchange():
    sup = S("GBVOGTL", "Geigenbau-Zubehör Vogtland GmbH", "verkauf@geigenbau-vogtland.example", "de-DE")
    po = PO("4500232171", sup, "jonas", "EUR", "2026-12-03", [
        ("VCR-HILL-44", "Chin rest Hill model 4/4, ebony, gold-plated barrels", 30, "EA", "24.90", "2026-12-18"),
        ("VCR-HILL-12", "Chin rest Hill model 1/2, ebony", 20, "EA", "19.90", "2026-12-18"),
    ], req="2026-12-03 15:10")
    orig = request_message(po)
    t = mime.when(2026, 12, 3, 15, 10, 41, 1)
    gen = "AM9PR04MB8211.eurprd04.prod.outlook.com"
    txt = """Your message to verkauf@geigenbau-vogtland.example couldn't be delivered.

verkauf wasn't found at geigenbau-vogtland.example.

jonas.weber    Office 365    verkauf
Action Required                  Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.1

The recipient's email server rejected the message because the address doesn't exist.

Original Message Details
Created Date:    12/3/2026 2:10:00 PM
Sender Address:    jonas.weber@corvane.example
Recipient Address:    verkauf@geigenbau-vogtland.example
Subject:    Order acknowledgment request: PO 4500232171

Error Details
Reported error:    550 5.1.1 <verkauf@geigenbau-vogtland.example>: Recipient address rejected: User unknown in local recipient table
DSN generated by:    %s
Remote server:    mx01.geigenbau-vogtland.example

Message Hops
HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME
1    12/3/2026 2:10:00 PM    %s    %s    mapi    *
2    12/3/2026 2:10:40 PM    %s    mx01.geigenbau-vogtland.example    ESMTP    40 sec
""" % (gen, gen, gen, gen)
    html = html_doc("<p style=\"font-size:16pt;color:#000000\">Your message to <a href=\"mailto:verkauf@geigenbau-vogtland"
                    ".example\">verkauf@geigenbau-vogtland.example</a> couldn't be delivered.</p><p style=\"font-size:"
                    "20pt;color:#c00000\">verkauf wasn't found at geigenbau-vogtland.example.</p><table><tr><td>"
                    "jonas.weber</td><td>Office 365</td><td>verkauf</td></tr><tr><td></td><td style=\"color:#c00000\">"
                    "Action Required</td><td>Recipient</td></tr></table><p><b>Unknown To address</b></p>"
                    "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p><hr>"
                    "<p><b>More Info for Email Admins</b><br>Status code: 550 5.1.1</p><p>Reported error: 550 5.1.1 "
                    "&lt;verkauf@geigenbau-vogtland.example&gt;: Recipient address rejected: User unknown in local "
                    "recipient table<br>DSN generated by: %s</p>" % gen, "utf-8", font="Segoe UI")
    dsn = """Reporting-MTA: dns;%s
Received-From-MTA: dns;%s
Arrival-Date: Thu, 3 Dec 2026 14:10:00 +0000

Original-Recipient: rfc822;verkauf@geigenbau-vogtland.example
Final-Recipient: rfc822;verkauf@geigenbau-vogtland.example
Action: failed
Status: 5.1.1
Remote-MTA: dns;mx01.geigenbau-vogtland.example
Diagnostic-Code: smtp;550 5.1.1 <verkauf@geigenbau-vogtland.example>: Recipient address rejected: User unknown in local recipient table
""" % (gen, gen)
    rb = mime.bnd("outlook2", "ndr")
    part = mime.Part([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % rb)], parts=[
        mime.multipart("alternative", [mime.text(txt, "plain", "us-ascii", "quoted-printable"),
                                       mime.text(html, "html", "utf-8", "quoted-printable")], mime.bnd("outlook", "ndr")),
        mime.raw_part("message/delivery-status", dsn),
        mime.rfc822(orig),
    ], boundary=rb)
    eml = mime.mail(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corvane.example"),
                    po.buyer[1], "Undeliverable: " + po.subject, t, mime.mid("outlook", "ndr-msgid"), part,
                    in_reply_to=po.request_id, references=po.request_id,
                    extra=[("Thread-Topic", po.subject), ("X-MS-Exchange-Message-Is-Ndr", ""),
                           ("Content-Language", "en-US"), ("Auto-Submitted", "auto-replied")], crlf=True)
    exp = other("bounce", "Microsoft 365 NDR 'Undeliverable' (550 5.1.1 recipient unknown) with In-Reply-To our "
                          "request and the original attached.")
    return Case("dsn-exchange-online-ndr", "bounce", "de-DE",
                "Exchange Online NDR threaded to our request (In-Reply-To) with message hops table",
                [po], eml, exp)


@case
def bounce_gmail():
    sup = S("FILMILGT", "Filmi Lighting Gels Pvt. Ltd.", "sales@filmilights.example", "en-IN")
    po = PO("4500232176", sup, "arjun", "INR", "2026-12-04", [
        ("TSG-R02-RL", "Colour filter bastard amber, roll 0.61 x 7.62 m", 6, "EA", "6850.00", "2026-12-21"),
        ("TSG-R132-SH", "Colour filter medium blue, sheet 0.5 x 0.6 m", 60, "PCS", "420.00", "2026-12-21"),
    ], req="2026-12-04 07:30")
    orig = request_message(po)
    t = mime.when(2026, 12, 4, 12, 1, 17, 5, 30)
    txt = """
** Address not found **

Your message wasn't delivered to sales@filmilights.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <sales@filmilights.example>: Recipient address rejected: User unknown in virtual mailbox table
"""
    html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\"><tr><td>"
            "<h2 style=\"font-size:20px\">Address not found</h2><p>Your message wasn't delivered to <a style=\"color:"
            "#212121;text-decoration:none\"><b>sales@filmilights.example</b></a> because the address couldn't be found, "
            "or is unable to receive mail.</p><p>The response from the remote server was:</p><p style=\"font-family:"
            "monospace\">550 5.1.1 &lt;sales@filmilights.example&gt;: Recipient address rejected: User unknown in virtual "
            "mailbox table</p></td></tr></table></body></html>")
    dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; arjun.mehta@corvane-india.example
Arrival-Date: Fri, 04 Dec 2026 12:00:09 +0530 (IST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; sales@filmilights.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.filmilights.example. (198.51.100.61, the server for the domain filmilights.example.)
Diagnostic-Code: smtp; 550 5.1.1 <sales@filmilights.example>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Fri, 04 Dec 2026 12:01:17 +0530 (IST)
""" % po.request_id
    rb = mime.bnd("gmail", "gdsn")
    part = mime.Part([("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % rb)], parts=[
        mime.multipart("alternative", [mime.text(txt, "plain", "UTF-8", "7bit", ct_style="bare"),
                                       mime.text(html, "html", "UTF-8", "7bit", ct_style="bare")],
                       mime.bnd("gmail", "gdsn-alt")),
        mime.raw_part("message/delivery-status", dsn),
        mime.rfc822(orig),
    ], boundary=rb)
    eml = mime.mail(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), po.buyer[1],
                    "Delivery Status Notification (Failure)", t, mime.mid("gmail", "gdsn-id"), part,
                    in_reply_to=po.request_id, references=po.request_id,
                    pre=[("Return-Path", "<>"),
                         ("Received", "by 2002:a05:6a10:9e8b:b0:5c4:7a11:3f2 with SMTP id c11csp1822941pxa;\n\t"
                                      "%s" % mime.rfc_date(t).replace("+0530", "-0800 (PST)").replace(
                                          "12:01:17", "22:31:17").replace("Fri, 04", "Thu, 03"))],
                    extra=[("X-Failed-Recipients", "sales@filmilights.example"), ("Auto-Submitted", "auto-replied")])
    exp = other("bounce", "Gmail/Google Workspace DSN 'Address not found' (5.1.1) from mailer-daemon@googlemail.com, "
                          "original request attached.")
    return Case("dsn-gmail-address-not-found", "bounce", "en-IN",
                "Google Workspace DSN layout (subsidiary domain), original with PO figures attached", [po], eml, exp)


@case
def bounce_qmail():
    sup = S("FIXASOL", "Fixasol Estruturas Solares Ltda.", "vendas@fixasol.example", "pt-BR")
    po = PO("4500232181", sup, "dana", "BRL", "2026-12-04", [
        ("SPC-TRP-01", "Trapezoidal sheet roof clamp, aluminium", 3000, "PCS", "7.90", "2027-01-15"),
        ("SPC-MID-30", "Mid clamp 30 mm, aluminium", 2000, "PCS", "5.40", "2027-01-15"),
    ], req="2026-12-04 13:00")
    orig = request_message(po)
    t = mime.when(2026, 12, 4, 9, 0, 52, -3)
    body = (b"Hi. This is the qmail-send program at mail.fixasol.example.\n"
            b"I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            b"This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            b"<vendas@fixasol.example>:\n"
            b"Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            b"--- Below this line is a copy of the message.\n\n"
            b"Return-Path: <dana.ruiz@corvane.example>\n"
            b"Received: (qmail 21877 invoked from network); 4 Dec 2026 12:00:51 -0000\n"
            b"Received: from mx1.corvane.example (HELO smtp-out.corvane.example) (192.0.2.25)\n"
            b"  by mail.fixasol.example with ESMTPS; 4 Dec 2026 12:00:51 -0000\n" + orig)
    part = mime.Part([], body)
    eml = mime.mail("MAILER-DAEMON@mail.fixasol.example", po.buyer[1], "failure notice", t,
                    "<20261204120052.21880.qmail@mail.fixasol.example>", part, mime_version=False,
                    pre=[("Return-Path", "<>"),
                         ("Received", "from mail.fixasol.example (mail.fixasol.example [203.0.113.140])\n\tby "
                                      "mx1.corvane.example (Postfix) with ESMTP id 4QzY3c1Fh2z9t0K\n\tfor <%s>; %s (CET)"
                                      % (po.buyer[1], mime.rfc_date(t.astimezone(dt.timezone(dt.timedelta(hours=1))))))])
    exp = other("bounce", "qmail 'failure notice': plain text without MIME structure, the whole original request "
                          "(with PO lines) pasted below '--- Below this line is a copy of the message.'")
    return Case("dsn-qmail-plain-failure-notice", "bounce", "pt-BR",
                "qmail plain-text bounce, no multipart/report, original request inline", [po], eml, exp)


# ------------------------------------------------------------------ unrelated

@case
def un_trade_fair():
    sup = S("SOLBFRK", "Solarbefestigung Franken GmbH", "vertrieb@solarbefestigung-franken.example", "de-DE")
    po = PO("4500232191", sup, "jonas", "EUR", "2026-12-01", [
        ("SPC-MK-35", "Mid clamp 35 mm, aluminium, with hammer-head bolt", 6000, "PCS", "1.34", "2027-01-15"),
        ("SPC-EK-35", "End clamp 35 mm, aluminium", 2400, "PCS", "1.29", "2027-01-15"),
    ], req="2026-12-01 14:00")
    text_body = """Sehr geehrter Herr Weber,

wir laden Sie herzlich ein, uns auf der Intersolar Europe 2027 in München zu besuchen:

Halle A4, Stand 410
23.-25. Juni 2027, Messe München

Freuen Sie sich auf:
- unsere neue Mittelklemme MK-35 Flex für Modulrahmen 30-40 mm
- Messe-Special: MK-35 ab 1,19 € / Stk. bei Bestellung bis 31.01.2027 (ab 5.000 Stk.)
- Lieferzeit ab Lager nur 2 Wochen

Ihr kostenloses Tagesticket: Code IS27-SBF-4471 unter tickets.intersolar.example einlösen.

Wir freuen uns auf Ihren Besuch!

Ihr Team der Solarbefestigung Franken GmbH
Gewerbering 18 · 91541 Rothenburg ob der Tauber
Amtsgericht Ansbach HRB 6612

Sie erhalten diese E-Mail, weil Sie Kunde bei uns sind. Abmelden: https://news.solarbefestigung-franken.example/unsubscribe?u=8841
"""
    html = html_doc('<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#F7A600;'
                    'padding:20px;color:#fff;font-size:22px"><b>Einladung zur Intersolar Europe 2027</b></td></tr>'
                    '<tr><td style="padding:20px">' + text_to_html(text_body) + '</td></tr></table>', "utf-8")
    part = mime.multipart("alternative", [mime.text(text_body, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          mime.bnd("java", "fair"))
    eml = reply(po, ("Solarbefestigung Franken", "newsletter@solarbefestigung-franken.example"),
                mime.when(2026, 12, 2, 10, 0, 0, 1), part,
                subject="Einladung: Besuchen Sie uns auf der Intersolar Europe 2027 - Halle A4, Stand 410",
                style="generic", thread=False,
                extra=[("List-Unsubscribe", "<https://news.solarbefestigung-franken.example/unsubscribe?u=8841>"),
                       ("Precedence", "bulk"), ("X-Mailer", "CleverReach")])
    exp = other("unrelated", "Trade-fair invitation from the same supplier (fair dates, promo price 1,19 EUR and "
                             "'2 Wochen' lead time) - not an answer about the open PO.")
    return Case("trade-fair-invitation", "unrelated", "de-DE",
                "trade-fair invitation from the PO's supplier with dates, a promo price and a lead time",
                [po], eml, exp)


@case
def un_newsletter():
    sup = S("TACKLETB", "Tackle Trade Bearings Ltd", "trade@tackletradebearings.example", "en-GB")
    po = PO("4500232196", sup, "dana", "GBP", "2026-12-01", [
        ("FRB-S6800", "Stainless bearing 6800-2RS (10x19x5), reel main shaft", 1500, "PCS", "1.18", "2026-12-21"),
        ("FRB-S683", "Stainless bearing 683ZZ (3x7x3), line roller", 3000, "PCS", "0.74", "2026-12-21"),
    ], req="2026-12-01 15:00")
    text_body = """TACKLE TRADE BEARINGS - TRADE NEWS, DECEMBER 2026

Winter service season is here!

* 15% off all reel service kits until 18 December
* 6800-2RS stainless now only GBP 0.99 each in boxes of 100
* Order by 18/12 for delivery before Christmas - last despatch 21 December

NEW: ceramic hybrid 683 for line rollers - ask for samples.

Our warehouse is closed 24/12/2026 - 04/01/2027.

Tackle Trade Bearings Ltd, 5 Riverside Way, Redditch B98 0RE. Company No. 07744120.
You are receiving this because you are a trade customer. Unsubscribe: https://tackletradebearings.example/u/5521
"""
    html = html_doc('<div style="max-width:640px;margin:auto;font-family:Georgia"><h1 style="color:#0B3D5C">Winter '
                    'service season is here!</h1><ul><li>15% off all reel service kits until 18 December</li>'
                    '<li>6800-2RS stainless now only &pound;0.99 each in boxes of 100</li><li>Order by 18/12 for delivery '
                    'before Christmas &ndash; last despatch 21 December</li></ul><p><b>NEW:</b> ceramic hybrid 683 for '
                    'line rollers &ndash; ask for samples.</p><p>Our warehouse is closed 24/12/2026 &ndash; 04/01/2027.'
                    '</p><p style="font-size:10px;color:#888">Tackle Trade Bearings Ltd, 5 Riverside Way, Redditch B98 '
                    '0RE. Company No. 07744120.<br><a href="https://tackletradebearings.example/u/5521">Unsubscribe</a>'
                    '</p></div>', "utf-8")
    part = mime.multipart("alternative", [mime.text(text_body, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          mime.bnd("java", "news"))
    eml = reply(po, ("Tackle Trade Bearings", "news@tackletradebearings.example"), mime.when(2026, 12, 3, 7, 30, 0, 0),
                part, subject="Trade News: Winter service season - 15% off reel bearing kits", style="generic",
                thread=False, to=("", "purchasing@corvane.example"),
                extra=[("List-Unsubscribe", "<https://tackletradebearings.example/u/5521>, "
                                            "<mailto:unsubscribe@tackletradebearings.example?subject=5521>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("List-Id", "Trade News <trade-news.tackletradebearings.example>")])
    exp = other("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk) naming the very bearing we "
                             "ordered with a promo price and Christmas delivery dates - not an answer.")
    return Case("newsletter-mentions-po-item", "unrelated", "en-GB",
                "newsletter naming an ordered item (6800-2RS) with a price and delivery deadlines", [po], eml, exp)


@case
def un_price_list():
    sup = S("GAVENETO", "Guarnizioni Alimentari Veneto S.p.A.", "commerciale@gaveneto.example", "it-IT")
    po = PO("4500232201", sup, "laura", "EUR", "2026-12-01", [
        ("EGK-GH-E61V", "Group head gasket E61 8 mm, silicone", 5000, "PCS", "0.79", "2026-12-18"),
        ("EGK-SCR-58V", "Shower screen 58 mm, stainless, with screw", 2000, "PCS", "1.42", "2026-12-18"),
    ], req="2026-12-01 09:00")
    sheet = xlsx([
        ["Codice", "Vs. codice", "Descrizione", "UM", "Prezzo 2026 EUR", "Prezzo 2027 EUR", "Var. %"],
        ["GA-E61-8S", "EGK-GH-E61V", "Guarnizione gruppo E61 8 mm silicone", "PZ", Decimal("0.79"), Decimal("0.83"),
         Decimal("5.06")],
        ["GA-DOC-58", "EGK-SCR-58V", "Doccetta 58 mm inox con vite", "PZ", Decimal("1.42"), Decimal("1.49"),
         Decimal("4.93")],
        ["GA-E61-85S", "", "Guarnizione gruppo E61 8,5 mm silicone", "PZ", Decimal("0.81"), Decimal("0.85"),
         Decimal("4.94")],
        ["GA-OR-KIT", "", "Kit O-ring caldaia 12 pz", "KIT", Decimal("4.70"), Decimal("4.95"), Decimal("5.32")],
        [],
        ["Listino valido per ordini ricevuti dal 01/01/2027. Ordini già confermati restano ai prezzi concordati."],
    ], sheet="Listino 2027", widths=[14, 14, 40, 6, 16, 16, 8], creator="GA Veneto", stamp=(2026, 12, 4, 9, 0, 0))
    body = """Gentili Clienti,

in allegato trasmettiamo il nostro listino prezzi 2027, valido per tutti gli ordini ricevuti a partire dal 01/01/2027. Gli ordini già in essere restano ai prezzi concordati.

A causa dell'aumento dei costi delle materie prime (silicone +9%) l'adeguamento medio è del 5%.

Cordiali saluti

Ufficio Commerciale
Guarnizioni Alimentari Veneto S.p.A.
Via Postumia 88, 31050 Ponzano Veneto (TV) - P.IVA IT03318840264
"""
    alt = mime.multipart("alternative", [mime.text(body, "plain", "iso-8859-15", "quoted-printable"),
                                         mime.text(html_doc(text_to_html(body), "iso-8859-15"), "html", "iso-8859-15",
                                                   "quoted-printable")], mime.bnd("outlook", "listino"))
    part = mime.multipart("mixed", [alt, mime.attachment(
        sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Listino_GA_Veneto_2027.xlsx")],
        mime.bnd("outlook2", "listino"))
    eml = reply(po, ("GA Veneto - Ufficio Commerciale", "commerciale@gaveneto.example"),
                mime.when(2026, 12, 4, 9, 12, 40, 1), part, subject="Listino prezzi 2027 - GA Veneto",
                thread=False, to=("", "purchasing@corvane.example"), hdr_charset="iso-8859-15", crlf=True,
                extra=[("X-MS-Has-Attach", "yes")])
    exp = other("unrelated", "2027 price list (XLSX) listing our two ordered items with new prices, valid only for "
                             "orders from 01/01/2027; existing orders unaffected - not an answer to the PO.")
    return Case("price-list-2027-xlsx", "unrelated", "it-IT",
                "price list XLSX containing the PO's own item codes with new prices", [po], eml, exp)


@case
def un_invoice_other_po():
    sup = S("PAPADCM", "Papadopoulos Cheese Moulds S.A.", "sales@papadopoulos-moulds.example", "el-GR")
    po = PO("4500232206", sup, "mikkel", "EUR", "2026-12-02", [
        ("CMD-FET-1", "Feta mould rectangular 1 kg, perforated PP", 500, "EA", "3.90", "2027-01-12"),
        ("CMD-FET-2", "Feta mould rectangular 2 kg, perforated PP", 300, "EA", "5.60", "2027-01-12"),
    ], req="2026-12-02 12:00")
    rows = table([
        ["Item", "Description", ">Qty", ">Unit price", ">Amount"],
        ["CMD-FET-1", "Feta mould rectangular 1 kg", ">400", ">3,90", ">1.560,00"],
        ["CMD-DRN-T", "Draining table tray 60x40 cm", ">20", ">48,00", ">960,00"],
    ], [12, 34, 8, 12, 12])
    doc = pdf([("PAPADOPOULOS CHEESE MOULDS S.A.", "F2", 13), "3rd km Thessaloniki-Kilkis, 57009 Kalochori, Greece",
               "VAT EL 094418552", "", ("TIMOLOGIO / INVOICE No. 2026-TDA-1842", "F2", 11),
               "Date: 03/12/2026     Delivery note: 2026-DA-1790 of 30/11/2026", "",
               "Customer: Corvane Trading & MRO B.V., Rotterdam, VAT NL821447310B01",
               "Your order: 4500229874 of 22/10/2026", ""] + rows +
              ["", "Net amount EUR 2.520,00 - VAT 0% intra-community supply (art. 28 Code 2859/2000)",
               ("Total EUR 2.520,00", "F2", 9), "Payment: 30 days, IBAN GR16 0110 1250 0000 0001 2300 695"],
              title="Invoice 2026-TDA-1842", producer="SoftOne ERP", created="D:20261203120000+02'00'")
    body = """Αγαπητοί συνεργάτες,

Σας αποστέλλουμε συνημμένα το τιμολόγιο 2026-ΤΔΑ-1842 για την παραγγελία σας 4500229874 (παράδοση 30/11/2026).

Παρακαλούμε για την εξόφληση εντός 30 ημερών.

Dear partners, please find attached invoice 2026-TDA-1842 for your order 4500229874.

Με εκτίμηση / Best regards,
Λογιστήριο / Accounts
Papadopoulos Cheese Moulds S.A.
Τηλ. +30 2310 555 712
"""
    part = mime.multipart("mixed", [mime.text(body, "plain", "ISO-8859-7", "base64"),
                                    mime.attachment(doc, "application/pdf", "INV_2026-TDA-1842.pdf")],
                          mime.bnd("outlook2", "inv"))
    eml = reply(po, ("Papadopoulos Accounts", "accounts@papadopoulos-moulds.example"),
                mime.when(2026, 12, 3, 12, 15, 30, 2), part, subject="Τιμολόγιο / Invoice 2026-ΤΔΑ-1842 - PO 4500229874",
                thread=False, hdr_charset="ISO-8859-7", to=("", "accounts.payable@corvane.example"))
    exp = other("unrelated", "Invoice (Greek/English, ISO-8859-7, PDF) for an older order 4500229874 that is not "
                             "open here; same supplier and even a same item code with the same price.")
    return Case("invoice-for-other-po", "unrelated", "el-GR",
                "invoice from the same supplier for a different PO, same item and price as the open PO",
                [po], eml, exp)


@case
def un_spring_festival():
    sup = S("HDWELD", "台州恒达焊接面罩有限公司", "export@hengda-weld.example", "zh-CN")
    po = PO("4500232211", sup, "priya", "CNY", "2026-12-02", [
        ("WHL-ADF-9013", "Auto-darkening filter 90x110 mm, shade 9-13, solar", 800, "PCS", "88.00", "2027-01-15"),
        ("WHL-CL-9011", "Clear protective lens 90x110 mm", 6000, "PCS", "0.85", "2027-01-15"),
    ], req="2026-12-02 08:30")
    body = """尊敬的客户：

您好！根据国家法定节假日安排并结合我司实际情况，现将2027年春节放假安排通知如下：

一、放假时间：2027年1月30日（星期六）至2月20日（星期六），2月21日（星期日）正常上班。
二、为保证节前出货，请于2027年1月10日前下达订单；1月10日之后的订单将于节后安排生产。
三、节前最后出货日为2027年1月28日。

Dear valued customer,
Please note our factory will be closed for Chinese New Year from Jan 30 to Feb 20, 2027. Orders placed after Jan 10 will be produced after the holiday. Last shipment before the holiday: Jan 28, 2027.

感谢您一直以来的支持！

台州恒达焊接面罩有限公司 外贸部
Tel: 0576-8555 2210
2026年12月4日
"""
    part = mime.text(body, "plain", "GBK", "base64")
    eml = reply(po, ("恒达焊接 外贸部", "export@hengda-weld.example"), mime.when(2026, 12, 4, 16, 45, 0, 8), part,
                subject="2027年春节放假通知 / Chinese New Year holiday notice", thread=False, hdr_charset="GBK",
                style="generic", to=[("Priya Natarajan", "priya.natarajan@corvane.example"),
                                     ("", "purchasing@corvane.example")])
    exp = other("unrelated", "Circular holiday notice (GBK): closure and order cut-off dates in Jan/Feb 2027 apply "
                             "to all customers; not an answer about the open PO.")
    return Case("spring-festival-notice-gbk", "unrelated", "zh-CN",
                "GBK holiday circular with order cut-off and last-shipment dates near the need-by date",
                [po], eml, exp)
