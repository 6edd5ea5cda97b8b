"""Cases 056-070: auto-replies, bounces and unrelated mail."""
import datetime as dt

from . import mime
from .common import (PO, S, case, other, build_mail, fmt_date, original_request_bytes, request_text,
                     text_to_html, BUYERS)
from .pdf import make_pdf
from .xlsx import make_xlsx


def _auto(ctx, po, *, sender, subject, text, date, charset, cte, client="outlook", extra=(), html=True, thread=True):
    h = text_to_html(text) if html else None
    irt = po.rid if thread else None
    return build_mail(ctx, sender=sender, to=po.buyer, date=date, subject=subject, text=text, html=h,
                      charset=charset, cte=cte, client=client, in_reply_to=irt, references=irt,
                      extra_headers=list(extra))


AUTO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("se-out-of-office", "auto_reply/sv-SE",
      "Swedish Outlook out-of-office with a return date and a colleague's number, threaded on the PO request.")
def c056(ctx):
    sup = S("KORKNORD", "Korkfabriken Norden AB", "order@korkfabriken.example", "sv-SE", "Anna Lindqvist")
    po = PO("4500231056", sup, "SEK", "2026-11-06", [
        ("KF-KORK-4524", "Korkpropp naturkork 45x24 mm", 12000, "PCS", "0.95", "2026-12-11"),
        ("KF-KORK-3822", "Korkpropp agglomerat 38x22 mm", 8000, "PCS", "0.48", "2026-12-11")])
    text = ("Hej,\n\nTack för ditt mejl. Jag är på semester till och med fredag 27 november och har begränsad "
            "tillgång till e-post. Ärenden som gäller order och leveranser hanteras under tiden av min kollega "
            "Per Sjöberg, per.sjoberg@korkfabriken.example, tel. 031-704 22 15.\n\nMed vänliga hälsningar\n"
            "Anna Lindqvist\nKorkfabriken Norden AB, Exportgatan 40, 422 46 Hisings Backa")
    m = _auto(ctx, po, sender=("Anna Lindqvist", "order@korkfabriken.example"),
              subject="Automatiskt svar: " + po.subject, text=text, date="2026-11-09 09:12 +0100",
              charset="iso-8859-1", cte="quoted-printable", extra=AUTO_HDRS)
    return [po], m, other("auto_reply", "Swedish OOO; 27 November is a return date, not a delivery date.")


@case("gb-ticket-system", "auto_reply/en-GB",
      "Helpdesk ticket acknowledgment that quotes the PO number and a response-time promise.")
def c057(ctx):
    sup = S("BRUNELCLK", "Brunel Clockworks Ltd", "orders@brunelclock.example", "en-GB", "Brunel Customer Care")
    po = PO("4500231057", sup, "GBP", "2026-11-09", [
        ("BC-MOV-1822", "Westminster chime movement 18x22 cm, 8-day", 10, "EA", "148.00", "2026-12-18")])
    text = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been received and is being reviewed by our Customer Care team.\n\n"
            "Subject: Purchase order 4500231057 - request for order confirmation\n\n"
            "We aim to respond within 2 working days (Mon-Fri 08:30-17:00 GMT). To add information, simply reply to this e-mail.\n\n"
            "Brunel Clockworks Customer Care\nThis email is a service from Brunel Clockworks Ltd. [ZD-7Q2W-91PL]")
    m = _auto(ctx, po, sender=("Brunel Customer Care", "support@brunelclock.example"),
              subject="[Brunel Clockworks] Re: " + po.subject, text=text, date="2026-11-10 09:13 +0000",
              charset="utf-8", cte="quoted-printable", client="zendesk",
              extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk")])
    return [po], m, other("auto_reply", "Ticket receipt (#48213); from a colleague system address, no commitment.")


@case("ch-shared-inbox-receipt", "auto_reply/de-CH",
      "Shared-inbox receipt in Swiss German repeating the PO number and promising processing within 48 hours.")
def c058(ctx):
    sup = S("KELLEGLI", "Keller Glockenguss AG", "bestellungen@kellerglocken.example", "de-CH", "Bestellungen")
    po = PO("4500231058", sup, "CHF", "2026-11-10", [
        ("KG-KES-25", "Wasserkessel Kupfer 2,5 l, verzinnt", 24, "EA", "89.00", "2026-12-18"),
        ("KG-DECK-16", "Deckel 16 cm mit Holzknauf", 24, "EA", "14.50", "2026-12-18")])
    text = ("Grüezi\n\nIhre Nachricht «Purchase order 4500231058 - request for order confirmation» ist bei uns eingegangen. "
            "Bestellungen werden in der Regel innert 48 Stunden bearbeitet; Sie erhalten anschliessend eine "
            "separate Auftragsbestätigung.\n\nDies ist eine automatisch generierte Nachricht.\n\nKeller Glockenguss AG\n"
            "Industriestrasse 19, 3422 Kirchberg BE, Tel. +41 34 445 16 60")
    m = _auto(ctx, po, sender=("Keller Glockenguss AG - Bestellungen", "bestellungen@kellerglocken.example"),
              subject="Eingangsbestätigung: " + po.subject, text=text, date="2026-11-11 09:12 +0100",
              charset="iso-8859-1", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")])
    return [po], m, other("auto_reply", "Receipt only; the promised confirmation is separate.")


@case("ca-ooo-bilingual", "auto_reply/fr-CA",
      "Bilingual French/English out-of-office with a return date in both ISO and written form.")
def c059(ctx):
    sup = S("SIEGESQC", "Sièges Cinéma Laurentides inc.", "ventes@siegeslaurentides.example", "fr-CA", "Julie Gagnon")
    po = PO("4500231059", sup, "CAD", "2026-11-16", [
        ("SCL-FAU-22", "Fauteuil cinéma 22 po, dossier inclinable", 60, "EA", "415.00", "2027-01-15")])
    text = ("(English follows)\n\nBonjour,\n\nJe suis absente du bureau jusqu'au 2026-12-07 inclusivement. Pour toute "
            "commande urgente, veuillez écrire à ventes2@siegeslaurentides.example.\n\n---\n\n"
            "Hello,\n\nI am out of the office until December 7, 2026. For urgent orders please write to "
            "ventes2@siegeslaurentides.example.\n\nJulie Gagnon")
    m = _auto(ctx, po, sender=("Julie Gagnon", "ventes@siegeslaurentides.example"),
              subject="Réponse automatique : " + po.subject, text=text, date="2026-11-17 09:12 -0500",
              charset="windows-1252", cte="quoted-printable", extra=AUTO_HDRS)
    return [po], m, other("auto_reply", "Bilingual OOO; 2026-12-07 is a return date.")


@case("ee-autoreply-received", "auto_reply/et-EE",
      "Estonian automatic receipt from the order desk with a case number, sent by a Roundcube filter.")
def c060(ctx):
    sup = S("PUIDUPADI", "Pudelikork OÜ", "tellimused@pudelikork.example", "et-EE", "Pudelikork OÜ")
    po = PO("4500231060", sup, "EUR", "2026-11-12", [
        ("PK-4424", "Naturaalne kork 44x24 mm", 5000, "PCS", "0.1900", "2026-12-18")])
    text = ("Tere!\n\nTeie kiri on kätte saadud (pöördumine nr 2026-1144). Vastame tellimustele tööpäevadel 1-2 päeva "
            "jooksul. Palun ärge vastake sellele kirjale.\n\nLugupidamisega\nPudelikork OÜ müügiosakond\n"
            "Tartu mnt 84a, 10112 Tallinn, tel +372 620 4411")
    m = _auto(ctx, po, sender=("Pudelikork OÜ", "tellimused@pudelikork.example"),
              subject="Automaatvastus: " + po.subject, text=text, date="2026-11-13 09:12 +0200",
              charset="iso-8859-15", cte="8bit", client="roundcube", html=False,
              extra=[("Auto-Submitted", "auto-replied (vacation)")])
    return [po], m, other("auto_reply", "Automatic receipt; '1-2 päeva' and case number are not order data.")


# ------------------------------------------------------------------ bounces

def _dsn(reporting, arrival, rcpt, status, diag, remote=None, action="failed", extra_msg=""):
    s = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\n%sArrival-Date: %s\n\n" % (reporting, extra_msg, arrival)
    s += "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (rcpt, rcpt, action, status)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return mime.Raw(s)


def _bounce_headers(frm, to, subject, date, mid, extra=()):
    return [("Return-Path", "<>"), ("From", frm), ("To", mime.addr(*to)), ("Subject", subject),
            ("Date", fmt_date(date)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied")] + list(extra)


@case("us-bounce-quota-exceeded", "bounce/en-US",
      "Postfix DSN: 552 5.2.2 mailbox quota exceeded, with the full original request (PO table, dates) attached.")
def c061(ctx):
    sup = S("CASCADEV", "Cascade Refinery Valves Inc.", "orders@cascadevalves.example", "en-US", "Orders")
    po = PO("4500231061", sup, "USD", "2026-11-09", [
        ("CRV-GLB-3-600", 'Globe valve 3" Class 600, F316, BW', 4, "EA", "2980.00", "2026-12-18"),
        ("CRV-BALL-1-800", 'Ball valve 1" Class 800, SW, A105', 20, "EA", "212.00", "2026-12-18")])
    sent = po.sent
    arr = fmt_date(sent)
    text = ("This is the mail system at host mail.haldenroe.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<orders@cascadevalves.example>: host mx1.cascadevalves.example[203.0.113.25] said:\n"
            "    552 5.2.2 <orders@cascadevalves.example>: Recipient address rejected: Mailbox\n    quota exceeded (in reply to RCPT TO command)\n")
    root = mime.Multi("report", [
        mime.Leaf("text/plain", text, charset="us-ascii", cte="7bit", extra_headers=[("Content-Description", "Notification")]),
        _dsn("mail.haldenroe.example", arr, "orders@cascadevalves.example", "5.2.2",
             "552 5.2.2 <orders@cascadevalves.example>: Recipient address rejected: Mailbox quota exceeded",
             remote="mx1.cascadevalves.example", extra_msg="X-Postfix-Queue-ID: 4Nk2Qx0Z3Bz9sWf\nX-Postfix-Sender: rfc822; dana.ruiz@haldenroe.example\n"),
        mime.rfc822(original_request_bytes(ctx, po), disposition=None)],
        "4Nk2Qx0Z3Bz9sWf.1762762325/mail.haldenroe.example", params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.\n")
    hdrs = _bounce_headers("MAILER-DAEMON@mail.haldenroe.example (Mail Delivery System)", po.buyer,
                           "Undelivered Mail Returned to Sender", sent + dt.timedelta(seconds=4),
                           "<20261110081204.4Nk2Qx0Z3Bz9sWf@mail.haldenroe.example>")
    return [po], mime.message(hdrs, root), other("bounce", "Quota-exceeded DSN; the attached original contains the PO table with dates and prices.")


@case("de-exchange-ndr", "bounce/de-DE",
      "German Exchange Online NDR ('Unzustellbar') with HTML explanation, delivery-status and the original request.")
def c062(ctx):
    sup = S("KESSELWERK", "Kesselwerk Thüringen GmbH", "einkauf-vertrieb@kesselwerk.example", "de-DE", "Vertrieb")
    po = PO("4500231062", sup, "EUR", "2026-11-16", [
        ("KW-FK-17", "Flötenkessel 1,7 l Edelstahl, induktionsgeeignet", 120, "EA", "16.90", "2026-12-18"),
        ("KW-PF-3-8", "Pfeife 3/8 Zoll, Ersatzteil", 200, "PCS", "0.85", "2026-12-18")])
    sent = po.sent
    txt = ("Ihre Nachricht hat einen oder mehrere Empfänger nicht erreicht.\n\n"
           "einkauf-vertrieb@kesselwerk.example\nDie E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. "
           "Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden.\n\n"
           "Diagnoseinformationen für Administratoren:\nGenerierender Server: FR3P281MB0123.DEUP281.PROD.OUTLOOK.COM\n"
           "einkauf-vertrieb@kesselwerk.example\nRemoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben.\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Segoe UI;font-size:16px;color:#c00000\"><b>Ihre Nachricht an einkauf-vertrieb@kesselwerk.example "
            "konnte nicht zugestellt werden.</b></div><p>einkauf-vertrieb wurde bei kesselwerk.example nicht gefunden.</p>"
            "<table style=\"background:#f2f2f2\"><tr><td>Dana Ruiz<br>Absender</td><td>Office 365</td>"
            "<td><b>einkauf-vertrieb</b><br>Aktion erforderlich</td></tr></table><p>Diagnoseinformationen: "
            "550 5.1.1 RESOLVER.ADR.RecipNotFound</p></body></html>")
    alt = mime.Multi("alternative", [mime.Leaf("text/plain", txt, charset="utf-8", cte="quoted-printable"),
                                     mime.Leaf("text/html", html, charset="utf-8", cte="quoted-printable")], ctx.boundary("outlook"))
    root = mime.Multi("report", [
        alt,
        _dsn("FR3P281MB0123.DEUP281.PROD.OUTLOOK.COM", fmt_date(sent), "einkauf-vertrieb@kesselwerk.example",
             "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
        mime.rfc822(original_request_bytes(ctx, po))], ctx.boundary("outlook"), params=" report-type=delivery-status;")
    hdrs = _bounce_headers("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haldenroe.example>",
                           po.buyer, mime.enc_header("Unzustellbar: " + po.subject, "utf-8"),
                           sent + dt.timedelta(seconds=9),
                           "<1f3c8a2e-77d4-4b1e-9a40-6b1d0c2f8e31@FR3P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
                           extra=[("In-Reply-To", po.rid), ("References", po.rid), ("Content-Language", "de-DE"),
                                  ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [po], mime.message(hdrs, root), other("bounce", "Exchange NDR in German; the original request with PO lines travels along.")


@case("nl-qmail-plain-bounce", "bounce/nl-NL",
      "Plain-text qmail bounce with the whole original request pasted below the separator line.")
def c063(ctx):
    sup = S("WARMTEST", "Warmtesteen Friesland B.V.", "inkoop-verkoop@warmtesteen.example", "nl-NL", "Verkoop")
    po = PO("4500231063", sup, "EUR", "2026-11-11", [
        ("WS-CHAM-230", "Chamottesteen 230x114x64 mm, 1400 °C", 2400, "PCS", "1.35", "2026-12-18"),
        ("WS-MOR-25", "Vuurvaste mortel zak 25 kg", 800, "KG", "1.60", "2026-12-18")])
    sent = po.sent
    orig = original_request_bytes(ctx, po).decode("latin-1")
    text = ("Hi. This is the qmail-send program at mx.warmtesteen.example.\nI'm afraid I wasn't able to deliver your message "
            "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<inkoop-verkoop@warmtesteen.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig)
    root = mime.Leaf("text/plain", text, charset="us-ascii", cte="7bit")
    hdrs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx.warmtesteen.example"), ("To", mime.addr(*po.buyer)),
            ("Subject", "failure notice"), ("Date", fmt_date(sent + dt.timedelta(seconds=31))),
            ("Message-ID", "<20261112081243.28817.qmail@mx.warmtesteen.example>")]
    return [po], mime.message(hdrs, root), other("bounce", "qmail plain bounce; the PO table only appears in the returned copy.")


@case("jp-gmail-dsn", "bounce/ja-JP",
      "Gmail 'Address not found' DSN (English/Japanese) for a Japanese supplier, original request attached.")
def c064(ctx):
    sup = S("YAMAKOMA", "山駒スキー用品株式会社", "juchu@yamakoma-ski.example", "ja-JP", "受注係")
    po = PO("4500231064", sup, "JPY", "2026-11-12", [
        ("YK-LNR-265", "Ski boot liner 26.5, thermo, 2027", 100, "PAIR", "6200", "2026-12-18")])
    sent = po.sent
    txt = ("** Address not found **\n\nYour message wasn't delivered to juchu@yamakoma-ski.example because the address "
           "couldn't be found, or is unable to receive mail.\n\n** アドレスが見つかりません **\n\n"
           "The response from the remote server was:\n550 5.1.1 <juchu@yamakoma-ski.example>: User unknown\n")
    html = "<html><body><p><b>Address not found</b></p><p>Your message wasn't delivered to <a>juchu@yamakoma-ski.example</a>.</p><p>550 5.1.1 User unknown</p></body></html>"
    alt = mime.Multi("related", [mime.Multi("alternative", [mime.Leaf("text/plain", txt, charset="UTF-8", cte="quoted-printable"),
                                                           mime.Leaf("text/html", html, charset="UTF-8", cte="quoted-printable")],
                                            ctx.boundary("gmail"))], ctx.boundary("gmail"))
    root = mime.Multi("report", [
        alt, _dsn("googlemail.com", fmt_date(sent), "juchu@yamakoma-ski.example", "5.1.1",
                  "550 5.1.1 <juchu@yamakoma-ski.example>: User unknown", remote="mx.yamakoma-ski.example"),
        mime.rfc822(original_request_bytes(ctx, po))], ctx.boundary("gmail"), params=" report-type=delivery-status;")
    hdrs = _bounce_headers("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", po.buyer,
                           "Delivery Status Notification (Failure)", sent + dt.timedelta(seconds=2),
                           "<6756a1c2.170a0220.3b2f1d.9a41.GMR@mx.google.com>")
    return [po], mime.message(hdrs, root), other("bounce", "Gmail DSN; Japanese text in the notice; order values only in the returned request.")


@case("tr-exim-plain-bounce", "bounce/tr-TR",
      "Exim 'Mail delivery failed' plain bounce after retries, the returned copy carries the PO table.")
def c065(ctx):
    sup = S("ANKARAYG", "Anadolu Yangın Ekipmanları Ltd. Şti.", "siparis@anadoluyangin.example", "tr-TR", "Sipariş")
    po = PO("4500231065", sup, "EUR", "2026-11-17", [
        ("AY-KAP-100", "Yangın hidrantı kapağı 100 mm, Storz B", 150, "PCS", "21.40", "2027-01-15"),
        ("AY-ANH-B", "Hidrant anahtarı Storz A-B-C", 30, "PCS", "17.80", "2027-01-15")])
    sent = po.sent
    orig = original_request_bytes(ctx, po).decode("latin-1")
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  siparis@anadoluyangin.example\n    host mx.anadoluyangin.example [198.51.100.40]\n"
            "    SMTP error from remote mail server after RCPT TO:<siparis@anadoluyangin.example>:\n"
            "    550 Unrouteable address\n\n------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    root = mime.Leaf("text/plain", text, charset="us-ascii", cte="7bit")
    hdrs = [("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mail.haldenroe.example>"),
            ("To", po.buyer[1]), ("Subject", "Mail delivery failed: returning message to sender"),
            ("Date", fmt_date(sent + dt.timedelta(seconds=47))),
            ("Message-Id", "<E1vQk3P-0007xM-2J@mail.haldenroe.example>"), ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "siparis@anadoluyangin.example")]
    return [po], mime.message(hdrs, root), other("bounce", "Exim plain bounce; quoted copy has PO 4500231065 with dates 2027-01-15.")


# ------------------------------------------------------------------ unrelated

@case("it-trade-fair-invitation", "unrelated/it-IT",
      "HTML trade-fair invitation from the thread supplier with fair dates and stand number, not about the PO.")
def c066(ctx):
    sup = S("RICAMIVEN", "Ricami Veneti S.p.A.", "info@ricamiveneti.example", "it-IT", "Ricami Veneti Marketing")
    po = PO("4500231066", sup, "EUR", "2026-11-05", [
        ("RV-FIL-40-1000", "Filo ricamo 40 wt, 1000 m, 2027 palette", 400, "PCS", "2.45", "2026-12-18")])
    text = ("Gentile cliente,\n\nsiamo lieti di invitarLa a visitare il nostro stand a HOMI Milano, dal 24 al 27 gennaio 2027, "
            "Padiglione 5, Stand B12.\nPresenteremo la nuova collezione di filati 2027 e i fili metallizzati 40 wt.\n\n"
            "Registrazione gratuita con il codice RV2027 entro il 15/01/2027.\n\nA presto!\nRicami Veneti S.p.A.\n"
            "Via dell'Industria 7, 36061 Bassano del Grappa (VI)\n\nPer non ricevere più queste comunicazioni clicchi qui.")
    html = ("<html><body style=\"margin:0;background:#f5f0e6\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Georgia\">"
            "<tr><td style=\"background:#7a1f3d;color:#fff;padding:20px;font-size:24px\">HOMI Milano 2027</td></tr>"
            "<tr><td style=\"padding:20px\">Gentile cliente,<br><br>siamo lieti di invitarLa al nostro stand a <b>HOMI Milano</b>, "
            "<b>24–27 gennaio 2027</b>, Padiglione 5, Stand B12.<br>Presenteremo la nuova collezione di filati 2027.<br><br>"
            "<a href=\"https://www.ricamiveneti.example/homi2027?utm_source=newsletter\" style=\"background:#7a1f3d;color:#fff;padding:8px 16px\">"
            "Registrati gratis (codice RV2027)</a></td></tr><tr><td style=\"font-size:10px;color:#888;padding:10px\">"
            "Ricami Veneti S.p.A. – Via dell'Industria 7, 36061 Bassano del Grappa (VI) – "
            "<a href=\"https://www.ricamiveneti.example/unsub\">Annulla iscrizione</a></td></tr></table></body></html>")
    m = build_mail(ctx, sender=("Ricami Veneti", "info@ricamiveneti.example"), to=po.buyer, date="2026-11-19 07:00 +0100",
                   subject="Invito: HOMI Milano 24–27 gennaio 2027 – Padiglione 5, Stand B12", text=text, html=html,
                   charset="utf-8", cte="quoted-printable", client="mailchimp",
                   extra_headers=[("List-Unsubscribe", "<https://www.ricamiveneti.example/unsub>"), ("Precedence", "bulk"),
                                  ("X-Mailer", "Mailchimp Mailer - **CID7a1f3d2027**")])
    return [po], m, other("unrelated", "Trade-fair invitation from the PO supplier; January 2027 dates are fair dates.")


@case("au-newsletter", "unrelated/en-AU",
      "Supplier newsletter listing fin prices, a sale end date and new 2027 models - no reference to our PO.")
def c067(ctx):
    sup = S("SWELLFIN", "Swell Line Fins Pty Ltd", "hello@swellline.example", "en-AU", "Swell Line")
    po = PO("4500231067", sup, "AUD", "2026-11-10", [
        ("SL-TWIN-5", "Twin fin set 5.0 in, glass", 60, "SET", "48.00", "2026-12-18")])
    text = ("SWELL LINE - Summer 2026 dealer news\n\n* New 2027 honeycomb range lands 12/01/2027\n"
            "* Twin fin set 5.0 in now AUD 45.00 (dealer) until 31/12/2026\n* Fin keys box of 12 - AUD 4.80\n\n"
            "Orders placed before 18 December ship before Christmas.\n\nSwell Line Fins Pty Ltd, 9 Kurrawa Pde, "
            "Broadbeach QLD 4218\nUnsubscribe: https://swellline.example/u")
    m = build_mail(ctx, sender=("Swell Line Fins", "hello@swellline.example"), to=po.buyer, date="2026-11-25 06:30 +1000",
                   subject="Summer dealer news: 2027 range, Christmas cut-off", text=text, html=text_to_html(text),
                   charset="utf-8", cte="quoted-printable", client="klaviyo",
                   extra_headers=[("List-Unsubscribe", "<https://swellline.example/u>"), ("Precedence", "bulk")])
    return [po], m, other("unrelated", "Newsletter; its price for the same item (45.00) is an offer, not a PO confirmation.")


@case("fi-pricelist-2027-xlsx", "unrelated/fi-FI",
      "2027 price list with an XLSX attachment that contains the very item codes of the open PO.")
def c068(ctx):
    sup = S("UUNITIILI", "Uunitiili Suomi Oy", "myynti@uunitiili.example", "fi-FI", "Sanna Mäkinen")
    po = PO("4500231068", sup, "EUR", "2026-11-11", [
        ("UT-SK34-230", "Samottitiili SK34, 230x114x64 mm", 1600, "EA", "3.10", "2026-12-18"),
        ("UT-LAAS-25", "Tulenkestävä laasti 25 kg", 40, "BOX", "38.00", "2026-12-18")])
    x = make_xlsx([["Hinnasto 2027 / Price list 2027", "", "", ""], ["Voimassa 1.1.2027 alkaen", "", "", ""],
                   ["Tuote", "Kuvaus", "Yksikkö", "Hinta EUR"],
                   ["UT-SK34-230", "Samottitiili SK34, 230x114x64 mm", "EA", 3.25],
                   ["UT-LAAS-25", "Tulenkestävä laasti 25 kg", "BOX", 39.9],
                   ["UT-KEVY-1250", "Kevyttiili 1250 °C", "EA", 4.6]], sheet="Hinnasto 2027")
    text = ("Hyvä asiakkaamme,\n\nliitteenä hinnastomme 2027, joka on voimassa 1.1.2027 alkaen. Ennen vuodenvaihdetta "
            "tehdyt tilaukset toimitetaan vanhoin hinnoin.\n\nYstävällisin terveisin\nSanna Mäkinen\nUunitiili Suomi Oy, "
            "Savitie 3, 33470 Ylöjärvi, puh. +358 3 347 2100")
    m = build_mail(ctx, sender=("Sanna Mäkinen", "myynti@uunitiili.example"), to=po.buyer, date="2026-11-26 13:00 +0200",
                   subject="Hinnasto 2027 / Price list 2027", text=text, html=None, charset="iso-8859-15",
                   cte="quoted-printable", client="outlook",
                   attachments=[("Hinnasto_2027.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return [po], m, other("unrelated", "General 2027 price list (valid from 1.1.2027), not an answer on PO 4500231068 even though it lists its items.")


@case("cz-invoice-other-order", "unrelated/cs-CZ",
      "Invoice PDF for a different (already delivered) PO of the same supplier, with dates and amounts.")
def c069(ctx):
    sup = S("KORKCZ", "Korkové zátky Morava s.r.o.", "fakturace@korkzatky.example", "cs-CZ", "Fakturace")
    po = PO("4500231069", sup, "CZK", "2026-11-12", [
        ("KZ-4524", "Korková zátka 45x24 mm", 10000, "PCS", "2.40", "2026-12-18")])
    pdf = make_pdf(["Korkove zatky Morava s.r.o., Hlavni 12, 682 01 Vyskov, ICO 27741234", "",
                    "FAKTURA - DANOVY DOKLAD c. 2026110452", "Datum vystaveni: 20.11.2026   DUZP: 18.11.2026   Splatnost: 20.12.2026",
                    "Vase objednavka: 4500229870   Dodaci list: DL-2026-0871", "",
                    "Polozka            Mnozstvi  Cena/ks   Celkem CZK", "KZ-3822 zatka 38x22   20 000    1,10      22 000,00",
                    "", "Zaklad DPH 22 000,00  DPH 21 % 4 620,00  Celkem k uhrade 26 620,00 CZK"],
                   title="Faktura 2026110452", date="20261120100000+01'00'", flate=True)
    text = ("Dobrý den,\n\nv příloze zasíláme fakturu č. 2026110452 k Vaší objednávce 4500229870.\n\nS pozdravem\n"
            "Fakturace – Korkové zátky Morava s.r.o.")
    m = build_mail(ctx, sender=("Fakturace Korkové zátky Morava", "fakturace@korkzatky.example"), to=po.buyer,
                   date="2026-11-20 10:02 +0100", subject="Faktura 2026110452 - objednávka 4500229870", text=text, html=None,
                   charset="iso-8859-2", cte="quoted-printable", client="erp",
                   attachments=[("Faktura_2026110452.pdf", "application/pdf", pdf)])
    return [po], m, other("unrelated", "Invoice for PO 4500229870, which is not in pos.json; the open PO 4500231069 is not answered.")


@case("hu-delivery-note-other-order", "unrelated/hu-HU",
      "Delivery note (szállítólevél) for a different PO of the same supplier, CSV attached, with dates and quantities.")
def c070(ctx):
    sup = S("MERINOHU", "Merino Fonal Kft.", "logisztika@merinofonal.example", "hu-HU", "Logisztika")
    po = PO("4500231070", sup, "EUR", "2026-11-13", [
        ("MF-HIM-40", "Hímzőfonal 40 wt, 1000 m, 2027 színek", 500, "PCS", "2.60", "2026-12-18")])
    csv = ("Szállítólevél;SZL-2026-3318\nRendelésszám;4500229911\nSzállítás dátuma;2026.11.24.\n"
           "Cikkszám;Megnevezés;Mennyiség;ME\nMF-HIM-30;Hímzőfonal 30 wt, 500 m;300;db\n").encode("iso-8859-2")
    text = ("Tisztelt Partnerünk!\n\nTájékoztatjuk, hogy a 4500229911 számú rendelés szállítmánya 2026.11.24-én "
            "elindult (SZL-2026-3318, 2 karton). Várható érkezés: 2026.11.27.\n\nÜdvözlettel:\nMerino Fonal Kft. – Logisztika\n"
            "2040 Budaörs, Szabadság út 117.")
    m = build_mail(ctx, sender=("Merino Fonal Kft. Logisztika", "logisztika@merinofonal.example"), to=po.buyer,
                   date="2026-11-24 15:30 +0100", subject="Szállítólevél SZL-2026-3318 (rendelés 4500229911)", text=text,
                   html=None, charset="iso-8859-2", cte="quoted-printable", client="outlook",
                   attachments=[mime.Leaf("text/csv", csv, charset="iso-8859-2", cte="base64", filename="SZL-2026-3318.csv",
                                          disposition="attachment")])
    return [po], m, other("unrelated", "Shipping notice for PO 4500229911 (not open here); dates/quantities belong to that order.")
