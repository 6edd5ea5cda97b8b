"""Cases 055-070: needs_review, auto replies, bounces, unrelated mail."""
from .common import case, sup, mkpo, conf, expected, BUYERS
from .mime import (reply, request_lines, req_subject, attachment, text, multi, raw_leaf, message, date_hdr,
                   addr, enc_hdr, msgid, boundary, WD, MON)
from decimal import Decimal as D

from .pdf import pdf
from .xlsx import xlsx


@case("tunnel-fan-revert-by-friday-fr-ch", "needs_review/fr-CH",
      "Swiss French acknowledgement that restates our values but says the confirmation will follow by Friday")
def c_tunnel_frch(slug):
    s = sup("VENTRO", "Ventilation Romande SA", "commandes@ventilation-romande.example", "fr-CH")
    po = mkpo("4500084010", s, "tunnel", "CHF", [
        ("TVF-JF-710", "Jet fan JF-710 reversible, 15 kW, 400V", 4, "EA", "6980.00", "2026-12-17"),
        ("TVF-SNS-CO", "CO/NO2 sensor for tunnel, 4-20 mA", 6, "EA", "845.00", "2026-12-17"),
    ], issued="2026-11-09")
    body = ["Bonjour Monsieur Maurer,", "",
            "Nous avons bien reçu votre commande 4500084010 (4 ventilateurs JF-710 à CHF 6'980.00 et 6 sondes CO/NO2 "
            "à CHF 845.00, souhaitées pour le 17.12.2026).",
            "Notre service technique vérifie la disponibilité des moteurs; nous reviendrons vers vous d'ici vendredi "
            "avec une confirmation ferme.", "",
            "Meilleures salutations", "Sandrine Favre", "Ventilation Romande SA",
            "Route de la Venoge 6, 1302 Vufflens-la-Ville", "Tél. +41 21 731 55 20", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 11:02:37 +0100", frm="s.favre@ventilation-romande.example",
                frm_name="Sandrine Favre", charset="iso-8859-1", lang="fr",
                subject="RE: Order confirmation request - PO 4500084010")
    return [po], eml, expected("needs_review",
        "Values are only repeated from our order; the firm confirmation is promised 'by Friday'. Nothing committed.")


@case("cathode-two-dates-cs", "needs_review/cs-CZ",
      "Czech reply gives two alternative dates ('9.12., případně 16.12.') depending on material: ambiguous commitment")
def c_cathode_cs(slug):
    s = sup("KATOPL", "Katodové obaly Plzeň s.r.o.", "obchod@katodove-obaly.example", "cs-CZ")
    po = mkpo("4500084044", s, "cathode", "CZK", [
        ("CS-PE-1000", "Cathode sleeve PE 1000x1200 mm, 0.5 mm", 400, "PCS", "96.00", "2026-12-09"),
        ("CS-CLP-40", "Sleeve clamp 40 mm, PP", 800, "PCS", "7.50", "2026-12-09"),
    ], issued="2026-11-09")
    body = ["Dobrý den pane Nováku,", "",
            "k objednávce 4500084044: množství a ceny sedí. Dodáme 9.12., případně 16.12., podle toho, "
            "kdy nám přijde fólie od dodavatele.", "",
            "S pozdravem", "Lucie Dvořáková", "Katodové obaly Plzeň s.r.o.", "Tylova 57, 301 00 Plzeň",
            "tel. +420 377 441 208", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 09:40:55 +0100", frm="dvorakova@katodove-obaly.example",
                frm_name="Lucie Dvořáková", charset="iso-8859-2", lang="cs",
                subject="RE: Order confirmation request - PO 4500084044")
    return [po], eml, expected("needs_review",
        "Two alternative dates (9.12. or 16.12.) depending on material; a careful buyer cannot record one committed date.")


# ----------------------------------------------------------------- auto replies

def auto(po, body, *, slug, date, frm, frm_name, subject, charset="utf-8", cte="quoted-printable", client="outlook",
         extra=(), html=False, threaded=True):
    hdr = [("Auto-Submitted", "auto-replied")] + list(extra)
    return reply(po, body, slug=slug, date=date, frm=frm, frm_name=frm_name, subject=subject, charset=charset,
                 cte=cte, client=client, quote="none", quote_lines=[], html=html, extra_headers=hdr,
                 threaded=threaded)


@case("ooo-czech-auto", "auto_reply/cs-CZ",
      "Czech out-of-office with return date and a colleague's phone, threaded on our request")
def c_ooo_cs(slug):
    s = sup("ZVONCZ", "Zvonařské potřeby Brodek s.r.o.", "obchod@zvonarske-potreby.example", "cs-CZ")
    po = mkpo("4500084070", s, "bell", "EUR", [
        ("BF-YOKE-60", "Cast iron bell yoke for 60 cm bell", 2, "EA", "860.00", "2026-12-16"),
        ("BF-BRG-50", "Self-aligning bearing 50 mm for headstock", 4, "EA", "132.00", "2026-12-16"),
    ], issued="2026-11-16")
    body = ["Dobrý den,", "",
            "děkuji za Váš e-mail. Od 16.11. do 27.11.2026 jsem mimo kancelář s omezeným přístupem k e-mailu.",
            "V naléhavých případech kontaktujte prosím kolegyni Janu Novotnou, tel. +420 549 210 334, "
            "jana.novotna@zvonarske-potreby.example.", "",
            "S pozdravem", "Tomáš Procházka", ""]
    eml = auto(po, body, slug=slug, date="2026-11-16 09:12:44 +0100", frm="obchod@zvonarske-potreby.example",
               frm_name="Tomáš Procházka", subject="Automatická odpověď: Order confirmation request - PO 4500084070",
               charset="iso-8859-2", extra=[("X-Auto-Response-Suppress", "All")], html=True)
    return [po], eml, expected("auto_reply", "Czech out-of-office (Automatická odpověď); dates are absence dates, not delivery dates.")


@case("ticket-system-receipt-us", "auto_reply/en-US",
      "help-desk ticket acknowledgement that quotes our whole request (PO table with prices and dates) under 'Your message'")
def c_ticket_us(slug):
    s = sup("PRAIRIE", "Prairie Maple Packaging Inc.", "support@prairiemaplepack.example", "en-US")
    po = mkpo("4500084101", s, "maple", "USD", [
        ("MSC-GLS-250", "Glass maple leaf bottle 250 ml, 2027 label panel", 6000, "EA", "0.71", "2026-12-18"),
        ("MSC-CAP-28", "Cap 28 mm, tamper band, black", 6000, "EA", "0.05", "2026-12-18"),
    ], issued="2026-11-10")
    body = ["##- Please type your reply above this line -##", "",
            "Your request (#48213) has been received and is being reviewed by our support staff.",
            "A member of our Order Desk will get back to you within 2 business days.",
            "To add comments, simply reply to this email.", "",
            "Prairie Maple Packaging Inc. | Order Desk | Mon-Fri 8 AM - 5 PM CT", "",
            "----------------------------------------------", "Your message:", ""] + request_lines(po) + [""]
    eml = auto(po, body, slug=slug, date="2026-11-10 09:13:05 -0600", frm="support@prairiemaplepack.example",
               frm_name="Prairie Maple Packaging Support", subject="[Prairie Maple Packaging] Re: Order confirmation request - PO 4500084101",
               charset="windows-1252", client="zendesk",
               extra=[("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-Ticket-ID", "48213")])
    return [po], eml, expected("auto_reply",
        "Ticket-system receipt; the PO table with quantities, prices and dates is only our own request echoed back.")


@case("shared-inbox-receipt-it", "auto_reply/it-IT",
      "Italian shared-inbox receipt ('la Sua e-mail è stata ricevuta... presa in carico entro 48 ore'), with processing times that look like dates")
def c_inbox_it(slug):
    s = sup("PALNUO", "Pallanuoto Forniture S.r.l.", "ordini@pallanuotoforniture.example", "it-IT")
    po = mkpo("4500084133", s, "polo", "EUR", [
        ("WP-GOAL-FLT", "Floating water-polo goal 3x0.9 m, competition", 1, "PAIR", "3450.00", "2026-12-18"),
        ("WP-LANE-25", "Lane rope 25 m, 150 mm discs", 6, "EA", "289.00", "2026-12-18"),
    ], issued="2026-11-11")
    body = ["Gentile Cliente,", "",
            "la Sua e-mail è stata ricevuta dalla casella ordini@pallanuotoforniture.example e sarà presa in carico "
            "dal nostro ufficio commerciale entro 48 ore lavorative.",
            "Dal 07/12 al 08/12 i nostri uffici resteranno chiusi per il ponte dell'Immacolata.", "",
            "Questo è un messaggio generato automaticamente, si prega di non rispondere.", "",
            "Pallanuoto Forniture S.r.l. - Via dello Sport 19, 16129 Genova", ""]
    eml = auto(po, body, slug=slug, date="2026-11-11 08:30:02 +0100", frm="noreply@pallanuotoforniture.example",
               frm_name="Pallanuoto Forniture - Ordini", subject="Ricevuta: Order confirmation request - PO 4500084133",
               charset="iso-8859-1", client="erp", extra=[("X-Autoreply", "yes")])
    return [po], eml, expected("auto_reply", "Automatic receipt of a shared mailbox; 07/12-08/12 is an office closure, not a delivery date.")


@case("ooo-thai-tis620", "auto_reply/th-TH",
      "Thai out-of-office in TIS-620 with a Buddhist-era return date (2569) and an English line")
def c_ooo_th(slug):
    s = sup("SIAMWF", "Siam Wedding Favours Co., Ltd.", "sales@siamweddingfavours.example", "th-TH")
    po = mkpo("4500084160", s, "wedding", "GBP", [
        ("WF-ELE-CER", "Ceramic elephant favour 5 cm, gold trim", 1500, "PCS", "0.62", "2026-12-11"),
        ("WF-SOAP-FLR", "Soap flower favour, 3 pcs/box", 800, "BOX", "0.95", "2026-12-11"),
    ], issued="2026-11-12")
    body = ["เรียน ลูกค้าผู้มีอุปการคุณ", "",
            "ขณะนี้ดิฉันไม่อยู่ที่สำนักงาน จะกลับมาทำงานในวันที่ 23 พฤศจิกายน 2569",
            "หากมีเรื่องเร่งด่วน กรุณาติดต่อคุณสมชาย โทร 02 712 4455", "",
            "I am out of the office until 23 November 2026. For urgent matters please call +66 2 712 4455.", "",
            "ขอบคุณค่ะ", "พรทิพย์", ""]
    eml = auto(po, body, slug=slug, date="2026-11-12 15:12:20 +0700", frm="sales@siamweddingfavours.example",
               frm_name="Porntip S.", subject="Automatic reply: Order confirmation request - PO 4500084160",
               charset="tis-620", cte="base64", extra=[("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Thai out-of-office; 23 พฤศจิกายน 2569 (BE) = 23 Nov 2026 is a return date.")


@case("ooo-chile-vacaciones", "auto_reply/es-CL",
      "Chilean summer-holiday auto-reply naming a January date and a colleague, sent as HTML+text by Outlook")
def c_ooo_cl(slug):
    s = sup("CHAROCL", "Charolas Sur SpA", "ventas@charolassur.example", "es-CL")
    po = mkpo("4500084188", s, "seed", "USD", [
        ("ST-105-FOR", "Forestry seed tray 105 cells, 90 cc", 4000, "EA", "0.58", "2026-12-21"),
    ], issued="2026-11-13")
    body = ["Estimado/a:", "",
            "Me encuentro de vacaciones hasta el 04/01/2027, sin acceso al correo.",
            "Para cotizaciones y órdenes de compra favor escribir a Paula Rojas (projas@charolassur.example, +56 2 2598 1140).",
            "", "Saludos cordiales,", "Cristián Muñoz", "Charolas Sur SpA", ""]
    eml = auto(po, body, slug=slug, date="2026-11-13 10:05:31 -0300", frm="ventas@charolassur.example",
               frm_name="Cristián Muñoz", subject="Respuesta automática: Order confirmation request - PO 4500084188",
               charset="iso-8859-1", html=True, extra=[("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Out-of-office until 04/01/2027; that date is a return date, not a delivery date.")


# ----------------------------------------------------------------- bounces

def original_request(po, date):
    b = BUYERS[po["_ind"]]
    lines = request_lines(po)
    hdr = [f"From: {addr(b[0], b[1])}", f"To: {po['supplier']['email']}",
           f"Subject: {req_subject(po)}", f"Date: {date_hdr(date)}",
           f"Message-ID: {po['request_message_id']}", "MIME-Version: 1.0",
           "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit", ""]
    return "\n".join(hdr + lines) + "\n"


def original_request_bytes_as_str(po, date):
    # 8bit body: encode UTF-8 and carry as latin-1 string through the serializer
    return original_request(po, date).encode("utf-8").decode("latin-1")


def report(po, slug, date, frm, subject, human, dsn, *, human_html=None, bnd_style="postfix", extra=()):
    b = BUYERS[po["_ind"]]
    dom = b[1].split("@")[1]
    hpart = text(human, "plain", "us-ascii", "7bit")
    if human_html:
        hpart = multi("alternative", [hpart, text(human_html, "html", "us-ascii", "7bit")],
                      boundary("outlook", slug + "ndralt"))
    dpart = raw_leaf([("Content-Type", "message/delivery-status")], dsn)
    opart = raw_leaf([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")],
                     original_request_bytes_as_str(po, po["_reqdate"]))
    bnd = f"4Rk2Lm0XyZz9Q.1763284323/mail.{dom}" if bnd_style == "postfix" else boundary("outlook", slug + "ndr")
    body = multi("report", [hpart, dpart, opart], bnd, params=" report-type=delivery-status;")
    hdrs = [("From", frm), ("To", addr(b[0], b[1])), ("Subject", subject), ("Date", date_hdr(date)),
            ("Message-ID", f"<{slug.replace('-', '')[:16]}.{date[:10].replace('-', '')}@mail.{dom}>")] + list(extra)
    return message(hdrs, body, preamble="This is a MIME-encapsulated message.")


@case("bounce-postfix-unknown-domain", "bounce/pt-BR",
      "Postfix DSN: the supplier's domain no longer resolves (Host or domain name not found); the returned request carries the full PO table")
def c_bounce_postfix(slug):
    s = sup("COBRAS", "Cobertores Brasil Têxtil Ltda.", "vendas@cobertoresbrasil.example", "pt-BR")
    po = mkpo("4500084210", s, "fleece", "USD", [
        ("FB-CASAL-180", "Fleece blanket double 180x220 cm, 300 g/m2", 1000, "EA", "7.40", "2026-12-16"),
        ("FB-SOLT-150", "Fleece blanket single 150x220 cm", 1500, "EA", "5.90", "2026-12-16"),
    ], issued="2026-11-16")
    po["_reqdate"] = "2026-11-16 09:12:00 +0000"
    b = BUYERS["fleece"]
    bad = s["email"]  # the old domain no longer resolves
    dom = b[1].split("@")[1]
    human = "\n".join([
        f"This is the mail system at host mail.{dom}.", "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.", "",
        "For further assistance, please send mail to postmaster.", "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.", "",
        "                   The mail system", "",
        f"<{bad}>: Host or domain name not found. Name service error for",
        "    name=cobertoresbrasil.example type=A: Host not found", ""])
    dsn = "\n".join([
        f"Reporting-MTA: dns; mail.{dom}", "X-Postfix-Queue-ID: 4Rk2Lm0XyZz9Q",
        f"X-Postfix-Sender: rfc822; {b[1]}", f"Arrival-Date: {date_hdr('2026-11-16 09:12:00 +0000')}", "",
        f"Final-Recipient: rfc822; {bad}", f"Original-Recipient: rfc822;{bad}", "Action: failed",
        "Status: 5.4.4", "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error",
        "    for name=cobertoresbrasil.example type=A: Host not found", ""])
    eml = report(po, slug, "2026-11-16 09:12:03 +0000", f"MAILER-DAEMON@mail.{dom} (Mail Delivery System)",
                 "Undelivered Mail Returned to Sender", human, dsn)
    return [po], eml, expected("bounce",
        "Postfix DSN (unknown domain); the attached original request lists quantities, prices and dates that are not a reply.")


@case("bounce-exchange-ndr", "bounce/de-DE",
      "Exchange/Office 365 NDR (550 5.1.1 RESOLVER.ADR.RecipNotFound) with HTML part and the returned request attached")
def c_bounce_exchange(slug):
    s = sup("SITZBZ", "Sitzbezug Technik Hamburg GmbH", "bestellung@sitzbezug-technik.example", "de-DE")
    po = mkpo("4500084244", s, "seat", "EUR", [
        ("ASC-CRW-JMP", "Crew jump seat cover, 2/3 fold, FR", 30, "EA", "74.00", "2026-12-15"),
        ("ASC-LTH-RPR", "Leather repair kit, 12 colours", 10, "SET", "58.00", "2026-12-15"),
    ], issued="2026-11-17")
    po["_reqdate"] = "2026-11-17 09:12:00 +0100"
    b = BUYERS["seat"]
    dom = b[1].split("@")[1]
    rcpt = s["email"]
    human = "\n".join([
        "Delivery has failed to these recipients or groups:", "",
        f"{rcpt}", "The email address you entered couldn't be found. Please check the recipient's email address "
        "and try to resend the message. If the problem continues, please contact your helpdesk.", "",
        "Diagnostic information for administrators:", "",
        f"Generating server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM", "",
        f"{rcpt}", "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", "",
        "Original message headers:", "",
        f"Date: {date_hdr('2026-11-17 09:12:00 +0100')}", f"Message-ID: {po['request_message_id']}",
        f"Subject: {req_subject(po)}", ""])
    html = ("<html><body><p><b><font color=\"#000066\">Delivery has failed to these recipients or groups:</font></b></p>"
            f"<p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>The email address you entered couldn't be found.</p>"
            "<p>Diagnostic information for administrators:</p>"
            "<p>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p></body></html>")
    dsn = "\n".join(["Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM",
                     "Received-From-MTA: dns;FR2P281MB0456.DEUP281.PROD.OUTLOOK.COM",
                     f"Arrival-Date: {date_hdr('2026-11-17 08:12:01 +0000')}", "",
                     f"Final-Recipient: rfc822;{rcpt}", "Action: failed", "Status: 5.1.1",
                     "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", ""])
    eml = report(po, slug, "2026-11-17 08:12:04 +0000",
                 f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>",
                 f"Unzustellbar: {req_subject(po)}", human, dsn, human_html=html, bnd_style="outlook",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [po], eml, expected("bounce", "Exchange NDR (recipient not found) carrying our request with the PO table.")


@case("bounce-sendmail-over-quota", "bounce/fr-FR",
      "Sendmail DSN after retries: mailbox over quota (5.2.2), French supplier, returned request with dates")
def c_bounce_quota(slug):
    s = sup("ATOMPR", "Atomiseurs de Provence SAS", "commandes@atomiseurs-provence.example", "fr-FR")
    po = mkpo("4500084277", s, "perfume", "EUR", [
        ("PA-CRY-50", "Crystal atomiser 50 ml, faceted, silver pump", 600, "PCS", "6.80", "2026-12-14"),
        ("PA-BOX-GFT", "Gift box for atomiser, 12x8x5 cm", 600, "PCS", "0.95", "2026-12-14"),
        ("PA-FNL-3", "Refill funnel 3 mm", 1200, "PCS", "0.08", "2026-12-14"),
    ], issued="2026-11-17")
    po["_reqdate"] = "2026-11-17 09:12:00 +0100"
    b = BUYERS["perfume"]
    dom = b[1].split("@")[1]
    rcpt = s["email"]
    human = "\n".join([
        "The original message was received at Tue, 17 Nov 2026 09:12:00 +0100",
        f"from buyer-gw.{dom} [192.0.2.45]", "",
        "   ----- The following addresses had permanent fatal errors -----", f"<{rcpt}>",
        "    (reason: 552 5.2.2 Mailbox full: quota exceeded)", "",
        "   ----- Transcript of session follows -----", f"... while talking to mx1.atomiseurs-provence.example.:",
        ">>> DATA", f"<<< 552 5.2.2 <{rcpt}>... Mailbox full: quota exceeded",
        f"554 5.0.0 Service unavailable", ""])
    dsn = "\n".join([f"Reporting-MTA: dns; mail.{dom}", f"Received-From-MTA: DNS; buyer-gw.{dom}",
                     "Arrival-Date: Tue, 17 Nov 2026 09:12:00 +0100", "",
                     f"Final-Recipient: RFC822; {rcpt}", "Action: failed", "Status: 5.2.2",
                     "Remote-MTA: DNS; mx1.atomiseurs-provence.example",
                     "Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full: quota exceeded",
                     "Last-Attempt-Date: Thu, 19 Nov 2026 09:14:41 +0100", ""])
    eml = report(po, slug, "2026-11-19 09:14:41 +0100", f"Mail Delivery Subsystem <MAILER-DAEMON@mail.{dom}>",
                 "Returned mail: see transcript for details", human, dsn, bnd_style="outlook")
    return [po], eml, expected("bounce", "Sendmail DSN, mailbox full after two days of retries; the original request is attached.")


@case("bounce-qmail-plain", "bounce/pl-PL",
      "plain-text qmail bounce (no multipart/report) with the whole original request pasted below 'Below this line is a copy'")
def c_bounce_qmail(slug):
    s = sup("MATGIM", "Maty Gimnastyczne Sport-Pol Sp. z o.o.", "biuro@sportpol-maty.example", "pl-PL")
    po = mkpo("4500084301", s, "gym", "EUR", [
        ("GM-PUZ-100", "Puzzle mat 100x100x4 cm, EVA, 4/pk", 50, "SET", "29.00", "2026-12-11"),
        ("GM-BAL-2M", "Balance beam mat 2 m x 25 cm", 8, "EA", "86.00", "2026-12-11"),
    ], issued="2026-11-18")
    b = BUYERS["gym"]
    dom = b[1].split("@")[1]
    rcpt = s["email"]
    orig = original_request(po, "2026-11-18 09:12:00 +0100")
    bodytxt = "\n".join([
        f"Hi. This is the qmail-send program at mail.{dom}.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.", "",
        f"<{rcpt}>:", "192.0.2.77 does not like recipient.",
        "Remote host said: 550 5.1.1 <biuro@sportpol-maty.example>: Recipient address rejected: User unknown in virtual mailbox table",
        "Giving up on 192.0.2.77.", "",
        "--- Below this line is a copy of the message.", "",
        f"Return-Path: <{b[1]}>", f"Received: (qmail 21877 invoked by uid 89); 18 Nov 2026 08:12:00 -0000"]) + "\n" + orig
    leaf = raw_leaf([("Content-Type", "text/plain; charset=\"utf-8\""), ("Content-Transfer-Encoding", "8bit")],
                    bodytxt.encode("utf-8").decode("latin-1"))
    hdrs = [("From", f"MAILER-DAEMON@mail.{dom}"), ("To", b[1]), ("Subject", "failure notice"),
            ("Date", date_hdr("2026-11-18 08:12:02 +0000")), ("Message-ID", f"<qmail.1763453522.21879@mail.{dom}>")]
    eml = message(hdrs, leaf)
    return [po], eml, expected("bounce", "qmail 'failure notice' in plain text; the copied original request includes the PO table and requested dates.")


@case("bounce-exim-returning-message", "bounce/en-GB",
      "Exim 'Mail delivery failed: returning message to sender' in plain text, original headers and PO table copied inline")
def c_bounce_exim(slug):
    s = sup("BELLHG", "Bell Hangings & Fittings Ltd", "office@bellhangings.example", "en-GB")
    po = mkpo("4500084333", s, "bell", "GBP", [
        ("BF-GDG-45", "Gudgeon pin 45 mm, EN8 steel", 8, "EA", "38.50", "2026-12-10"),
        ("BF-ROPE-24", "Bell rope 24 mm, sally 1.2 m, red/white/blue", 6, "EA", "145.00", "2026-12-10"),
    ], issued="2026-11-18")
    b = BUYERS["bell"]
    dom = b[1].split("@")[1]
    rcpt = s["email"]
    orig = original_request(po, "2026-11-18 09:12:00 +0000")
    bodytxt = "\n".join([
        "This message was created automatically by mail delivery software.", "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:", "",
        f"  {rcpt}", "    host mx.bellhangings.example [198.51.100.23]",
        "    SMTP error from remote mail server after RCPT TO:<office@bellhangings.example>:",
        "    550 5.7.1 Mailbox disabled for this recipient", "",
        "------ This is a copy of the message, including all the headers. ------", ""]) + "\n" + orig
    leaf = raw_leaf([("Content-Type", "text/plain; charset=\"utf-8\""), ("Content-Transfer-Encoding", "8bit")],
                    bodytxt.encode("utf-8").decode("latin-1"))
    hdrs = [("From", f"Mail Delivery System <Mailer-Daemon@mail.{dom}>"), ("To", b[1]),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Date", date_hdr("2026-11-18 09:12:06 +0000")), ("Message-ID", f"<E1vLq2A-0004Xk-7T@mail.{dom}>"),
            ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt)]
    eml = message(hdrs, leaf)
    return [po], eml, expected("bounce", "Exim plain-text bounce (mailbox disabled) with the original request inline.")


# ----------------------------------------------------------------- unrelated

@case("credit-reference-request-at", "unrelated/de-AT",
      "supplier's accounts department asks for a bank and trade credit reference; mentions orders in general and amounts, answers none")
def c_credit_ref(slug):
    s = sup("ANKERAT", "Anker & Kette Linz GmbH", "verkauf@ankerkette-linz.example", "de-AT")
    po = mkpo("4500084360", s, "anchor", "EUR", [
        ("AC-DAN-40", "Danforth anchor 40 kg, galvanised", 6, "EA", "310.00", "2026-12-17"),
        ("AC-CHN-12", "Anchor chain 12 mm, DIN 766, 50 m", 6, "EA", "412.00", "2026-12-17"),
    ], issued="2026-11-10")
    body = ["Sehr geehrte Damen und Herren,", "",
            "unser Kreditversicherer ersucht im Rahmen der jährlichen Limitprüfung um eine Kreditreferenz.",
            "Um Ihr Lieferlimit von derzeit EUR 25.000,00 auch 2027 aufrecht zu erhalten, bitten wir Sie um:",
            "  - eine Bankauskunft Ihrer Hausbank (nicht älter als 3 Monate),",
            "  - zwei Lieferantenreferenzen mit Ansprechpartner und Telefonnummer,",
            "  - den letzten Jahresabschluss (2025).",
            "Bitte senden Sie die Unterlagen bis 04.12.2026 an buchhaltung@ankerkette-linz.example.", "",
            "Mit freundlichen Grüßen", "Mag. Eva Leitner", "Finanzbuchhaltung / Kreditmanagement",
            "Anker & Kette Linz GmbH, Hafenstraße 41, 4020 Linz", "Tel. +43 732 77 21 90-15", ""]
    eml = reply(po, body, slug=slug, date="2026-11-19 10:33:12 +0100", frm="buchhaltung@ankerkette-linz.example",
                frm_name="Eva Leitner", charset="iso-8859-1", quote="none", quote_lines=[], threaded=False,
                subject="Bitte um Kreditreferenz / Bankauskunft - Nordhavn Marine AB")
    return [po], eml, expected("unrelated",
        "Credit reference request from the supplier's accounts department; not an answer to the open PO (amount and date concern the credit limit).")


@case("newsletter-html-only-fr", "unrelated/fr-FR",
      "HTML-only marketing newsletter from the supplier's domain with products, prices and a 'livraison avant le 18/12' promise")
def c_newsletter(slug):
    s = sup("KILNFR", "Fours & Plaques Céramiques SARL", "commandes@fours-plaques.example", "fr-FR")
    po = mkpo("4500084390", s, "kiln", "EUR", [
        ("KS-CDR-5040", "Cordierite kiln shelf 500x400x15 mm", 10, "EA", "64.00", "2026-12-15"),
    ], issued="2026-11-10")
    hb = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter novembre 2026</title></head>"
          "<body style=\"margin:0;background:#f4efe9\"><table width=\"600\" align=\"center\" style=\"background:#fff\">"
          "<tr><td style=\"padding:20px;font-family:Georgia,serif\"><h1>Les nouveautés de novembre</h1>"
          "<p>Plaques en cordiérite 500x400x15 mm : <b>59,00 € HT</b> au lieu de 64,00 € jusqu'au 30/11 !</p>"
          "<p>Piliers 40x40x100 mm : lot de 4 à 8,90 €.</p>"
          "<p>Commandez avant le 10/12 : livraison garantie avant le 18/12.</p>"
          "<p><a href=\"https://www.fours-plaques.example/promo?utm_source=newsletter\">Voir la boutique</a></p>"
          "<p style=\"font-size:10px;color:#888\">Vous recevez cet e-mail car vous êtes client de Fours &amp; Plaques "
          "Céramiques. <a href=\"https://www.fours-plaques.example/desinscription\">Se désinscrire</a></p>"
          "</td></tr></table></body></html>")
    part = text(hb, "html", "utf-8", "quoted-printable")
    hdrs = [("From", addr("Fours & Plaques Céramiques", "newsletter@fours-plaques.example")),
            ("To", "orders@greene-ceramics.example"),
            ("Subject", enc_hdr("🔥 Novembre : -8 % sur les plaques cordiérite", "utf-8")),
            ("Date", date_hdr("2026-11-20 07:00:00 +0100")),
            ("Message-ID", "<20261120060000.7f3a91c2e5@mailer.fours-plaques.example>"),
            ("List-Unsubscribe", "<https://www.fours-plaques.example/desinscription?u=8812>"),
            ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")]
    eml = message(hdrs, part)
    return [po], eml, expected("unrelated",
        "Marketing newsletter: the promo price for the same shelf type and the 18/12 delivery promise are not an answer to the PO.")


@case("price-list-2027-xlsx-co", "unrelated/es-CO",
      "price list 2027 as XLSX that contains our PO's item codes with new prices valid from 01/01/2027; not a reply to the PO")
def c_pricelist(slug):
    s = sup("ANODCO", "Ánodos del Caribe S.A.S.", "ventas@anodosdelcaribe.example", "es-CO")
    po = mkpo("4500084421", s, "zinc", "USD", [
        ("ZA-HULL-8", "Zinc hull anode 8 kg, bolt-on", 20, "EA", "52.00", "2026-12-18"),
        ("ZA-DISC-100", "Zinc disc anode 100 mm, M10 stud", 100, "EA", "7.40", "2026-12-18"),
    ], issued="2026-11-10")
    rows = [["Lista de precios 2027 - vigente desde 01/01/2027"], [],
            ["Código", "Descripción", "Unidad", "Precio USD 2026", "Precio USD 2027"],
            ["ZA-HULL-8", "Ánodo de zinc casco 8 kg", "UND", 52.0, 54.6],
            ["ZA-DISC-100", "Ánodo de zinc disco 100 mm M10", "UND", 7.4, 7.8],
            ["ZA-HULL-12", "Ánodo de zinc casco 12 kg", "UND", 74.0, 77.5],
            ["ZA-SHF-30", "Ánodo de eje 30 mm", "UND", 9.1, 9.5]]
    data = xlsx(rows, sheet="Precios 2027", ts=(2026, 11, 20, 8, 0, 0))
    body = ["Apreciado cliente,", "",
            "Adjuntamos nuestra lista de precios 2027, vigente a partir del 01/01/2027.",
            "Los pedidos recibidos hasta el 31/12/2026 se facturan con la lista actual.", "",
            "Cordialmente,", "Departamento Comercial", "Ánodos del Caribe S.A.S.",
            "Zona Franca La Candelaria, Cartagena, Colombia", "PBX +57 605 693 4400", ""]
    eml = reply(po, body, slug=slug, date="2026-11-20 08:15:40 -0500", frm="ventas@anodosdelcaribe.example",
                frm_name="Ánodos del Caribe - Ventas", charset="iso-8859-1", quote="none", quote_lines=[],
                threaded=False, subject="Lista de precios 2027",
                to="clientes@anodosdelcaribe.example",
                attachments=[attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "Lista_precios_2027.xlsx")])
    return [po], eml, expected("unrelated",
        "General price list for 2027 (sent to all customers); it lists our item codes with future prices but does not answer the open PO.")


@case("invoice-other-order-pdf-it", "unrelated/it-IT",
      "invoice PDF for a different, earlier order (4500079911) from the same supplier; our open PO is never answered")
def c_invoice_other(slug):
    s = sup("GUARNO", "Guarnizioni e Anodi Adriatica S.r.l.", "amministrazione@ga-adriatica.example", "it-IT")
    po = mkpo("4500084455", s, "zinc", "EUR", [
        ("ZA-FLT-300", "Zinc flat anode 300x100x20 mm", 40, "EA", "28.50", "2026-12-16"),
        ("ZA-BLT-M8", "Bolt kit M8x30 A4 for flat anode", 40, "SET", "3.20", "2026-12-16"),
    ], issued="2026-11-11")
    page = ["GUARNIZIONI E ANODI ADRIATICA S.r.l. - Via del Porto 88 - 60121 Ancona - P.IVA 02233440421", "",
            "FATTURA N. 2026/1187                 Data: 20/11/2026",
            "Cliente: HavCorr Protect ApS - Vs. ordine n. 4500079911 del 02/10/2026",
            "DDT n. 2026/0944 del 18/11/2026", "",
            "Pos  Codice       Descrizione                        Q.ta  UM   Prezzo    Importo",
            "1    ZA-FLT-300   Anodo piatto zinco 300x100x20      60    PZ   27,80     1.668,00",
            "2    ZA-BLT-M8    Kit bulloni M8x30 A4               60    SET  3,10      186,00", "",
            "Imponibile EUR 1.854,00   IVA 0% (art. 41 DL 331/93)   Totale EUR 1.854,00",
            "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/01/2027"]
    assert 60 * D("27.80") == 1668 and 60 * D("3.10") == 186
    data = pdf([page], title="Fattura 2026/1187", flate=True, date="D:20261120110000+01'00'")
    body = ["Buongiorno,", "", "in allegato fattura n. 2026/1187 relativa al Vs. ordine 4500079911.",
            "Cordiali saluti", "", "Amministrazione", "Guarnizioni e Anodi Adriatica S.r.l.", "Tel. +39 071 20 44 18", ""]
    eml = reply(po, body, slug=slug, date="2026-11-20 11:04:09 +0100", frm="amministrazione@ga-adriatica.example",
                frm_name="GA Adriatica Amministrazione", charset="iso-8859-1", quote="none", quote_lines=[],
                threaded=False, subject="Invio fattura n. 2026/1187",
                attachments=[attachment(data, "application/pdf", "Fattura_2026_1187.pdf")])
    return [po], eml, expected("unrelated",
        "Invoice for another order (4500079911) with the same item codes, quantities, prices and dates; PO 4500084455 is not answered.")
