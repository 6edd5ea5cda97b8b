"""Cases 054-070."""
from . import mime
from .common import (case, PO, C, conf, exp, headers, subj, outlook_quote, req_text, req_html, gt, esc,
                     req_subject, req_date, BUYER_DOMAIN)
from .pdf import make_pdf
from .xlsx import make_xlsx


def _oq(po, sent, lang="en"):
    return "-----Original Message-----\n" + outlook_quote(po, lang, sent)


def original(po):
    """Our request mail as it left the buyer's server (for bounces)."""
    bn, be = po["buyer"]["name"], po["buyer"]["email"]
    h = [("From", mime.addr(bn, be)), ("To", po["supplier"]["email"]), ("Subject", req_subject(po)),
         ("Date", req_date(po)), ("Message-ID", po["request_message_id"])]
    body = mime.alt(mime.text(req_text(po), cs="utf-8", cte="quoted-printable"),
                    mime.html("<html><body>" + req_html(po) + "</body></html>", cs="utf-8", cte="quoted-printable"),
                    style="outlook")
    return mime.message(h, body)


def rfc822(po, headers_only=False):
    raw = original(po)
    if headers_only:
        raw = raw.split(b"\n\n", 1)[0] + b"\n"
    ct = "text/rfc822-headers" if headers_only else "message/rfc822"
    return mime.Part([("Content-Type", ct)], raw)


def dsn(reporting, arrival, rcpt, status, diag, remote=None):
    s = f"Reporting-MTA: dns;{reporting}\nArrival-Date: {arrival}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
    if remote:
        s += f"Remote-MTA: dns;{remote}\n"
    s += f"Diagnostic-Code: smtp;{diag}\n"
    return mime.Part([("Content-Type", "message/delivery-status")], s.encode("ascii"))


def report(*parts):
    b = mime.boundary("generic")
    return mime.Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"")],
                     children=list(parts), bnd=b)


@case("dental-burs-per-100", "confirmation/de-DE",
      "Prices are quoted 'je 100 Stück' while the PO is per piece: 245,00 EUR/100 becomes 2.45 (changed) and 180,00 EUR/100 equals the PO's 1.80.")
def _():
    sup = ("DENTWERK", "Dentwerk Rotations-Instrumente GmbH", "vertrieb@dentwerk.example", "de-DE")
    po = PO("4500031622", sup, "EUR", "2026-11-06", [
        ("DW-FG-801-014", "Diamantschleifer FG 801/014, Einzelstück", 500, "PCS", "2.35", "2026-12-10"),
        ("DW-RA-1/4-010", "HM-Rosenbohrer RA 1/4 010", 300, "PCS", "1.80", "2026-12-10"),
    ])
    txt = ("Sehr geehrte Frau Vogel,\n\nwir bestätigen Ihre Bestellung 4500031622 wie folgt:\n\n"
           "Pos. 1  DW-FG-801-014  500 St.  Preis je 100 St.: 245,00 EUR  Liefertermin 10.12.2026\n"
           "Pos. 2  DW-RA-1/4-010  300 St.  Preis je 100 St.: 180,00 EUR  Liefertermin 10.12.2026\n\n"
           "Die Preisanpassung bei Pos. 1 ergibt sich aus unserer Preisliste 2027, die ab 01.12.2026 gilt.\n\n"
           "Mit freundlichen Grüßen\ni. A. Jürgen Maier\nVertriebsinnendienst\nDentwerk Rotations-Instrumente GmbH\nIm Gewerbegebiet 5, 78532 Tuttlingen\n"
           "Tel. +49 7461 555 230\nSitz Tuttlingen, Registergericht Stuttgart HRB 456789, Geschäftsführer: Dr. A. Maier\n\n"
           + _oq(po, "Freitag, 6. November 2026 09:12", "de"))
    htm = ("<html><body><p>Sehr geehrte Frau Vogel,</p><p>wir bestätigen Ihre Bestellung 4500031622 wie folgt:</p>"
           "<table border=\"1\" cellspacing=\"0\"><tr><th>Pos.</th><th>Artikel</th><th>Menge</th><th>Preis je 100 St.</th><th>Liefertermin</th></tr>"
           "<tr><td>1</td><td>DW-FG-801-014</td><td>500 St.</td><td>245,00 EUR</td><td>10.12.2026</td></tr>"
           "<tr><td>2</td><td>DW-RA-1/4-010</td><td>300 St.</td><td>180,00 EUR</td><td>10.12.2026</td></tr></table>"
           "<p>Die Preisanpassung bei Pos. 1 ergibt sich aus unserer Preisliste 2027, die ab 01.12.2026 gilt.</p>"
           "<p>Mit freundlichen Grüßen<br>i. A. Jürgen Maier<br>Dentwerk Rotations-Instrumente GmbH</p><hr>"
           "<p><b>Von:</b> Katrin Vogel<br><b>Gesendet:</b> Freitag, 6. November 2026 09:12<br><b>Betreff:</b> " + req_subject(po) + "</p>"
           + req_html(po) + "</body></html>")
    h = headers(po, ("Jürgen Maier", "j.maier@dentwerk.example"), "AW: " + subj(po, ""), "2026-11-13 09:44:12", "+0100",
                "<FR2P281MB1510C7D8E9F0A1B2C3@FR2P281MB1510.DEUP281.PROD.OUTLOOK.example>", cs="iso-8859-1", enc="Q",
                extra=[("Content-Language", "de-DE")])
    body = mime.alt(mime.text(txt, cs="iso-8859-1"), mime.html(htm, cs="iso-8859-1"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Per-100 prices converted to the PO unit (PCS): 245,00/100 = 2.45 (changed), 180,00/100 = 1.80 (accepted). '01.12.2026' is a price-list validity date, not a delivery date.",
                                          conf(po, {1: C(500, "2.45", "2026-12-10"), 2: "A"}))


@case("makeup-prepayment-condition", "needs_review/es-AR",
      "The Argentine supplier confirms 'siempre que' we prepay 30 %, a condition we have not accepted, so nothing is committed yet.")
def _():
    sup = ("MAQUIBA", "Maquillajes Teatrales Buenos Aires S.R.L.", "ventas@maquiba.example", "es-AR")
    po = PO("4500031630", sup, "USD", "2026-11-05", [
        ("MB-BASE-12", "Base de maquillaje crema tono 12, 20 g", 150, "PCS", "11.20", "2026-12-15"),
        ("MB-POL-4/3", "Polvo traslúcido 4/3 oz", 80, "PCS", "8.90", "2026-12-15"),
    ], buyer="ap")
    txt = ("Hola Aisha, ¿cómo estás?\n\nTe confirmamos la OC 4500031630 con cantidades, precios y fecha de entrega 15/12/2026, "
           "siempre que nos adelanten el 30 % del total por transferencia antes del 20/11. Sin el anticipo no podemos reservar la producción.\n\n"
           "Quedamos a la espera de tu OK.\n\nSaludos,\nLucía Fernández\nMaquillajes Teatrales Buenos Aires S.R.L.\nAv. Corrientes 1842, C1045 CABA\n"
           "Tel. +54 11 5555-2231\n\n"
           "El jue, 5 nov 2026 a las 5:12, Aisha Patel (<aisha.patel@meridian-supply.example>) escribió:\n" + gt(req_text(po)))
    h = headers(po, ("Lucía Fernández", "lucia@maquiba.example"), "RE: " + subj(po, ""), "2026-11-12 16:20:50", "-0300",
                "<CAB7kR2xM9qW1eT3yU5iO7pA9sD1fG3hJ5kL7zX9cV1bN3m@mail.gmail.example>")
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [po], mime.message(h, body), exp("needs_review", "Confirmation conditional on a 30 % prepayment we have not agreed to, and the supplier waits for our OK.")


@case("lantern-lamps-cases-of-6-and-12", "confirmation/en-CA",
      "Both lines are answered in cases (6 per case, 12 per case) with per-case prices; line 1 converts back to exactly the PO, line 2 is rounded up to 60 pieces.")
def _():
    sup = ("MARITIMELAMP", "Maritime Lamp & Lens Co.", "orders@maritimelamp.example", "en-CA")
    po = PO("4500031637", sup, "CAD", "2026-11-04", [
        ("ML-LAMP-120V", "Lighthouse lamp 120V 500 W, C-13 filament", 36, "EA", "42.00", "2026-12-11"),
        ("ML-GSK-4.5", "Lens gasket 4.5 in., silicone", 50, "EA", "1.60", "2026-12-11"),
    ], buyer="jl")
    txt = ("Hi Jonas,\n\nWe can confirm PO 4500031637 as follows:\n\n"
           "Line 1 - 6 cases of 6 lamps at $252.00 per case, delivery Dec 11.\n"
           "Line 2 - gaskets ship in cases of 12 only, so we've rounded up to 5 cases (60 pcs) at $19.20 per case, delivery Dec 11.\n\n"
           "Best regards,\nMarc-André Gagnon\nMaritime Lamp & Lens Co.\n85 Windmill Rd, Dartmouth, NS B3B 1B9\n902-555-0148\n\n"
           + _oq(po, "November 4, 2026 4:12 AM"))
    h = headers(po, ("Marc-André Gagnon", "magagnon@maritimelamp.example"), "RE: " + subj(po, ""), "2026-11-10 12:03:37", "-0400",
                "<YQBPR0101MB5566A1B2C3D4E5F607@YQBPR0101MB5566.CANPRD01.PROD.OUTLOOK.example>", cs="iso-8859-1", enc="Q")
    body = mime.text(txt, cs="iso-8859-1", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "Line 1: 6 x 6 = 36 EA at 252.00/6 = 42.00 - exactly the PO (accepted). Line 2: 5 x 12 = 60 EA at 19.20/12 = 1.60 (quantity changed, price unchanged). 'Dec 11' = 2026-12-11.",
                                          conf(po, {1: "A", 2: C(60, "1.60", "2026-12-11")}))


@case("tuning-forks-erp-pdf", "confirmation/fr-CH",
      "An automatic ERP mail from a no-reply address with a PDF confirmation; it is a confirmation, not an auto-reply, and one line moves a week.")
def _():
    sup = ("DIAPASONSA", "Diapasons Jura SA", "commandes@diapasons-jura.example", "fr-CH")
    po = PO("4500031645", sup, "CHF", "2026-11-05", [
        ("DJ-A440-AL", "Diapason La 440 Hz aluminium, 4/3 oct.", 100, "PCS", "14.80", "2026-12-09"),
        ("DJ-SET-5", "Set 5 diapasons médicaux 128-512 Hz", 10, "SET", "118.00", "2026-12-09"),
    ], buyer="tr")
    pdf = make_pdf([(14, "Diapasons Jura SA"), "Rue de l'Horlogerie 9, 2300 La Chaux-de-Fonds, Suisse   CHE-123.456.789 TVA", "",
                    (12, "CONFIRMATION DE COMMANDE  CC-26-05531"), "Votre commande: 4500031645 du 05.11.2026",
                    "Date: 11.11.2026   Interlocuteur: T. Reyes", "",
                    "Pos  Article        Designation                               Qte   Unite  Prix CHF   Livraison",
                    "10   DJ-A440-AL     Diapason La 440 Hz aluminium, 4/3 oct.    100   PCS      14.80   09.12.2026",
                    "20   DJ-SET-5       Set 5 diapasons medicaux 128-512 Hz        10   SET     118.00   16.12.2026",
                    "", "Total net CHF 2'660.00   Conditions: 30 jours net   Incoterm: DAP Rotterdam"],
                   compress=True, title="CC-26-05531", producer="Abacus ERP", date="20261111063000+01'00'")
    txt = ("Ceci est un message généré automatiquement, merci de ne pas y répondre.\n\n"
           "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre confirmation de commande CC-26-05531 relative à votre commande 4500031645.\n\n"
           "Diapasons Jura SA\nService commandes\n+41 32 555 71 40\n")
    h = [("From", mime.addr("Diapasons Jura SA", "noreply-erp@diapasons-jura.example")),
         ("To", mime.addr("Tomás Reyes", "tomas.reyes@meridian-supply.example", "iso-8859-1", "Q")),
         ("Reply-To", "commandes@diapasons-jura.example"),
         ("Subject", mime.ew("Confirmation de commande CC-26-05531 / Votre commande 4500031645", "iso-8859-1", "Q")),
         ("Date", mime.date("2026-11-11 06:30:14", "+0100")),
         ("Message-ID", "<CC-26-05531.20261111063014@erp.diapasons-jura.example>"),
         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Abacus Mail Service 2026")]
    body = mime.mixed(mime.text(txt, cs="iso-8859-1"), mime.attachment(pdf, "application/pdf", "CC-26-05531.pdf"), style="erp")
    return [po], mime.message(h, body), exp("confirmation", "ERP-generated confirmation (Auto-Submitted header) is still a confirmation: line 10 = PO line 1 as ordered, line 20 = PO line 2 moved to 16.12.2026. Not threaded; matched via PO number.",
                                          conf(po, {1: "A", 2: C(10, "118.00", "2026-12-16")}))


@case("roaster-forwarded-two-of-three", "confirmation/es-CO",
      "A sales rep forwards the plant's internal answer covering two of our three open POs; the third PO is not mentioned and is left out.")
def _():
    sup = ("TOSTACOL", "Tostadoras de Colombia S.A.S.", "ventas@tostacol.example", "es-CO")
    p1 = PO("4500031652", sup, "USD", "2026-11-03", [
        ("TC-TAM-15", "Tambor tostador 15 kg, acero 4 mm", 2, "EA", "2650.00", "2026-12-11"),
        ("TC-EJE-1.5", "Eje de transmisión 1,5 in", 2, "EA", "310.00", "2026-12-11"),
    ], buyer="tr")
    p2 = PO("4500031656", sup, "USD", "2026-11-04", [
        ("TC-QUE-24V", "Quemador a gas con encendido 24V", 4, "EA", "780.00", "2026-12-11"),
    ], buyer="tr")
    p3 = PO("4500031659", sup, "USD", "2026-11-06", [
        ("TC-CICL-40", "Ciclón recolector de cascarilla 40 cm", 2, "EA", "1240.00", "2026-12-18"),
    ], buyer="tr")
    txt = ("Tomás, buenos días:\n\nTe reenvío la respuesta de planta sobre tus órdenes. Quedan confirmadas así.\n\n"
           "Un abrazo,\nAndrés Gómez\nEjecutivo de Cuenta | Tostadoras de Colombia S.A.S.\nCalle 30 # 45-12, Medellín\nCel. +57 310 555 2140\n\n"
           "---------- Forwarded message ---------\nDe: Planta Itagüí <produccion@tostacol.example>\nDate: mar, 10 nov 2026 a las 17:40\n"
           "Subject: RE: pedidos Meridian\nTo: Andrés Gómez <andres.gomez@tostacol.example>\n\n"
           "Andrés,\n\nOC 4500031652: los 2 tambores de 15 kg salen con entrega 18/12/2026 al mismo precio; los 2 ejes sin cambio, 11/12/2026.\n"
           "OC 4500031656: 4 quemadores OK a USD 780, entrega 11/12/2026.\n\n"
           "Saludos,\nCarlos Restrepo\nJefe de Producción\n")
    h = headers(p1, ("Andrés Gómez", "andres.gomez@tostacol.example"), "Fwd: RE: pedidos Meridian", "2026-11-11 08:05:29", "-0500",
                "<CAD4nL8xQ2wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7m@mail.gmail.example>", irt=False)
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [p1, p2, p3], mime.message(h, body), exp("confirmation", "Forwarded internal answer, not threaded: PO 4500031652 line 1 moved to 18/12/2026, line 2 as ordered; PO 4500031656 as ordered; PO 4500031659 not mentioned (left out).",
                                                  conf(p1, {1: C(2, "2650.00", "2026-12-18"), 2: "A"}), conf(p2, {1: "A"}))


@case("seat-covers-ticket-system", "auto_reply/de-DE",
      "A helpdesk ticket receipt with a ticket number, an SLA of 2 working days and the original subject, but no content about the order.")
def _():
    sup = ("POLSTERWERK", "Polsterwerk Sachsen GmbH", "auftrag@polsterwerk-sachsen.example", "de-DE")
    po = PO("4500031663", sup, "EUR", "2026-11-09", [
        ("PW-SITZ-45x42", "Sitzbezug Straßenbahn 45x42 cm, Velours", 180, "PCS", "41.50", "2026-12-16"),
        ("PW-LEHNE-3/4", "Rückenlehnenbezug 3/4, schwer entflammbar", 180, "PCS", "33.00", "2026-12-16"),
    ])
    txt = ("Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer #48213 erfasst.\n"
           "Unser Auftragsteam bearbeitet Anfragen in der Regel innerhalb von 2 Werktagen.\n\n"
           "Bitte antworten Sie auf diese E-Mail, wenn Sie weitere Informationen ergänzen möchten; die Ticketnummer im Betreff bitte nicht entfernen.\n\n"
           "Ihr Kundenservice-Team\nPolsterwerk Sachsen GmbH\n\n--\nDiese E-Mail wurde automatisch von Freshdesk versendet.\n")
    h = [("From", mime.addr("Polsterwerk Sachsen Kundenservice", "support@polsterwerk-sachsen.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", mime.ew("[#48213] Ihre Anfrage wurde empfangen: " + req_subject(po), "utf-8", "Q")),
         ("Date", mime.date("2026-11-09 09:13:11", "+0100")),
         ("Message-ID", "<48213.2026110908131100.ticket@polsterwerk-sachsen.freshdesk.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
    body = mime.alt(mime.text(txt), mime.html("<html><body>" + esc(txt).replace("\n", "<br>") + "</body></html>"), style="generic")
    return [po], mime.message(h, body), exp("auto_reply", "Helpdesk ticket receipt (#48213, '2 Werktage'); automatic and says nothing about quantities, prices or dates.")


@case("harness-shared-inbox-receipt", "auto_reply/fr-FR",
      "A shared-inbox acknowledgement of receipt ('nous avons bien reçu votre message') that quotes our PO table back.")
def _():
    sup = ("CORDAGE", "Cordage Alpin SAS", "commandes@cordage-alpin.example", "fr-FR")
    po = PO("4500031670", sup, "EUR", "2026-11-10", [
        ("CA-HARN-CUIS-M", "Harnais cuissard taille M, boucles auto 3/8", 60, "EA", "112.00", "2026-12-14"),
        ("CA-LONGE-1.5", "Longe double 1,5 m, absorbeur 2027", 60, "EA", "46.00", "2026-12-14"),
    ], buyer="kv")
    txt = ("Bonjour,\n\nNous avons bien reçu votre message et nous vous en remercions.\n"
           "Il sera traité par notre service commandes dans un délai de 48 heures ouvrées.\n\n"
           "Ceci est une réponse automatique, merci de ne pas y répondre.\n\n"
           "Cordage Alpin SAS - ZA Les Iles, 74300 Cluses - 04 50 55 52 10\n\n"
           "------ Votre message ------\n" + req_text(po))
    h = [("From", mime.addr("Cordage Alpin - Service commandes", "commandes@cordage-alpin.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", mime.ew("Accusé de réception : " + req_subject(po), "iso-8859-1", "Q")),
         ("Date", mime.date("2026-11-10 09:12:57", "+0100")),
         ("Message-ID", "<ar-20261110091257-5521@cordage-alpin.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied")]
    body = mime.text(txt, cs="iso-8859-1")
    return [po], mime.message(h, body), exp("auto_reply", "Automatic receipt from a shared mailbox; the quoted PO table with quantities, prices and dates is ours, nothing is confirmed.")


@case("asphalt-ooo-italian", "auto_reply/it-IT",
      "Italian out-of-office with a return date '16/11' and a colleague, sent from the same supplier domain as earlier confirmations.")
def _():
    sup = ("BITUMTEC", "Bitumtec Additivi S.r.l.", "ordini@bitumtec.example", "it-IT")
    po = PO("4500031677", sup, "EUR", "2026-11-10", [
        ("BT-FIB-CEL", "Fibra di cellulosa per SMA, sacco 15 kg", 1200, "KG", "1.95", "2026-12-17"),
        ("BT-WAX-25", "Cera per bitume a bassa temperatura, sacco 25 kg", 800, "KG", "4.10", "2026-12-17"),
    ])
    txt = ("Buongiorno,\n\nsono fuori sede fino al 16/11 compreso, con accesso limitato alla posta.\n"
           "Per ordini e conferme d'ordine potete scrivere a ufficio.commerciale@bitumtec.example o chiamare il +39 035 555 7700.\n\n"
           "Cordiali saluti\nChiara Fontana\n")
    h = [("From", mime.addr("Chiara Fontana", "ordini@bitumtec.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", "Risposta automatica: " + req_subject(po)),
         ("Date", mime.date("2026-11-10 09:13:40", "+0100")),
         ("Message-ID", "<a0e4b7c2d9f1486e8b3c5d7e9f1a2b3c@bitumtec.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", req_subject(po))]
    body = mime.alt(mime.text(txt, cs="iso-8859-1"), mime.html("<html><body>" + esc(txt).replace("\n", "<br>") + "</body></html>", cs="iso-8859-1"),
                    style="outlook")
    return [po], mime.message(h, body), exp("auto_reply", "Out-of-office until 16/11; only a return date and an alternative contact.")


@case("greenhouse-m365-delivery-failed", "bounce/nl-NL",
      "A Microsoft 365 'Delivery has failed' NDR (text, HTML, delivery-status and the original request with its PO table as message/rfc822).")
def _():
    sup = ("WESTLANDKAS", "Westland Kasklimaat B.V.", "inkoop-orders@westlandkas.example", "nl-NL")
    po = PO("4500031684", sup, "EUR", "2026-11-11", [
        ("WK-HTR-60", "Heteluchtkachel 60 kW, propaan, 230V", 4, "EA", "2740.00", "2026-12-18"),
        ("WK-VENT-3/4", "Circulatieventilator 3/4 pk", 8, "EA", "312.00", "2026-12-18"),
    ])
    txt = ("Delivery has failed to these recipients or groups:\n\n"
           "inkoop-orders@westlandkas.example\n"
           "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. "
           "If the problem continues, please contact your helpdesk.\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: AM9PR07MB7112.eurprd07.prod.outlook.example\n\n"
           "inkoop-orders@westlandkas.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
           "Original message headers:\n\nFrom: Katrin Vogel <katrin.vogel@meridian-supply.example>\nTo: inkoop-orders@westlandkas.example\n"
           "Subject: " + req_subject(po) + "\nDate: " + req_date(po) + "\nMessage-ID: " + po["request_message_id"] + "\n")
    htm = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to inkoop-orders@westlandkas.example couldn't be delivered.</font></b></p>"
           "<p>inkoop-orders wasn't found at westlandkas.example.</p><p>Katrin Vogel &nbsp; Office 365 &nbsp; inkoop-orders</p>"
           "<p><b>Action Required</b></p><p>Unknown To address</p><hr><p>How to Fix It</p>"
           "<p>The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.</p>"
           "<hr><p>Diagnostic information for administrators:</p><p>Generating server: AM9PR07MB7112.eurprd07.prod.outlook.example</p>"
           "<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
    inner = mime.alt(mime.text(txt, cs="us-ascii", cte="quoted-printable"), mime.html(htm, cs="utf-8"), style="outlook")
    rep = report(inner,
                 dsn("AM9PR07MB7112.eurprd07.prod.outlook.example", req_date(po, "09:12:44"), "inkoop-orders@westlandkas.example",
                     "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                     "mx1.westlandkas.example"),
                 rfc822(po))
    h = [("From", mime.addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meridian-supply.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", "Undeliverable: " + req_subject(po)),
         ("Date", req_date(po, "09:12:47")),
         ("Message-ID", "<4f6c7a1e-9d2b-4e3a-8c5f-1b2d3e4f5a6b@AM9PR07MB7112.eurprd07.prod.outlook.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]
    return [po], mime.message(h, rep), exp("bounce", "Microsoft 365 NDR 'Delivery has failed' (5.1.10 recipient not found); the attached original carries our PO lines and dates.")


@case("stamp-pads-postfix-dsn", "bounce/pl-PL",
      "A Postfix multipart/report DSN ('Undelivered Mail Returned to Sender', mailbox full 5.2.2) with the full original request attached.")
def _():
    sup = ("PIECZATKI", "Pieczątki Kraków Sp. z o.o.", "biuro@pieczatki-krakow.example", "pl-PL")
    po = PO("4500031691", sup, "PLN", "2026-11-12", [
        ("PK-POD-110x70", "Poduszka do stempli 110x70 mm, czarna", 600, "PCS", "9.40", "2026-12-15"),
        ("PK-TUSZ-25", "Tusz do pieczątek 25 ml, czerwony", 300, "PCS", "6.10", "2026-12-15"),
    ], buyer="jl")
    txt = ("This is the mail system at host mx2.meridian-supply.example.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<biuro@pieczatki-krakow.example>: host mx.pieczatki-krakow.example[198.51.100.27] said:\n"
           "    552 5.2.2 <biuro@pieczatki-krakow.example>: Mailbox full - skrzynka pelna\n    (in reply to RCPT TO command)\n")
    arrival = req_date(po, "09:12:41")
    rep = report(mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
                 mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                           (f"Reporting-MTA: dns; mx2.meridian-supply.example\nX-Postfix-Queue-ID: 4Rz8Kq1VbWz3xQ\n"
                            f"X-Postfix-Sender: rfc822; jonas.lindqvist@meridian-supply.example\nArrival-Date: {arrival}\n\n"
                            "Final-Recipient: rfc822; biuro@pieczatki-krakow.example\nOriginal-Recipient: rfc822;biuro@pieczatki-krakow.example\n"
                            "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.pieczatki-krakow.example\n"
                            "Diagnostic-Code: smtp; 552 5.2.2 <biuro@pieczatki-krakow.example>: Mailbox full\n").encode()),
                 mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original(po)))
    h = [("From", "MAILER-DAEMON@mx2.meridian-supply.example (Mail Delivery System)"),
         ("To", "jonas.lindqvist@meridian-supply.example"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", req_date(po, "09:12:43")),
         ("Message-ID", "<20261112081243.1C2D3E4F5A@mx2.meridian-supply.example>"),
         ("Auto-Submitted", "auto-replied")]
    return [po], mime.message(h, rep), exp("bounce", "Postfix DSN (552 mailbox full); the PO table is only in the returned original.")


@case("hospital-trolleys-exchange-unzustellbar", "bounce/de-CH",
      "A German-language Exchange NDR ('Unzustellbar', 'Die Nachricht konnte nicht zugestellt werden') from the supplier's own server, with our request attached.")
def _():
    sup = ("SPITALTECH", "Spitaltechnik Bern AG", "bestellungen@spitaltechnik.example", "de-CH")
    po = PO("4500031698", sup, "CHF", "2026-11-12", [
        ("ST-PFL-600", "Pflegewagen 600x400 mm, 5 Schubladen", 6, "EA", "745.00", "2026-12-18"),
        ("ST-NOT-24V", "Notfallwagen mit 24V-Zentralverriegelung", 2, "EA", "2480.00", "2026-12-18"),
    ])
    txt = ("Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:\n\n"
           "bestellungen@spitaltechnik.example\nDas Postfach des Empfängers ist deaktiviert. Die Nachricht wurde nicht zugestellt.\n\n"
           "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EXCH02.spitaltechnik.local\n\n"
           "bestellungen@spitaltechnik.example\n#550 5.2.1 Mailbox disabled for this recipient ##\n\n"
           "Ursprüngliche Nachrichtenkopfzeilen:\n\nFrom: Katrin Vogel <katrin.vogel@meridian-supply.example>\n"
           "Subject: " + req_subject(po) + "\nMessage-ID: " + po["request_message_id"] + "\n")
    rep = report(mime.text(txt, cs="iso-8859-1"),
                 dsn("EXCH02.spitaltechnik.local", req_date(po, "09:13:02"), "bestellungen@spitaltechnik.example", "5.2.1",
                     "550 5.2.1 Mailbox disabled for this recipient"),
                 rfc822(po))
    h = [("From", mime.addr("Microsoft Exchange", "postmaster@spitaltechnik.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", "Unzustellbar: " + req_subject(po)),
         ("Date", req_date(po, "09:13:05")),
         ("Message-ID", "<a3b4c5d6e7f84a9b8c7d6e5f4a3b2c1d@EXCH02.spitaltechnik.local>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-CH")]
    return [po], mime.message(h, rep), exp("bounce", "German Exchange NDR (mailbox disabled 5.2.1); sent by the supplier's server, not by a person.")


@case("casks-qmail-plaintext-bounce", "bounce/es-CL",
      "An old-style plain-text qmail bounce with no multipart/report: the original request with PO table and dates follows 'Below this line is a copy of the message'.")
def _():
    sup = ("BARRICAS", "Barricas del Maipo SpA", "pedidos@barricasmaipo.example", "es-CL")
    po = PO("4500031705", sup, "USD", "2026-11-13", [
        ("BM-BAR-225", "Barrica roble francés 225 L, tostado medio+", 24, "EA", "890.00", "2026-12-16"),
        ("BM-DUELA-2027", "Juego de duelas de reparación, lote 2027", 6, "SET", "140.00", "2026-12-16"),
    ], buyer="jl")
    orig = original(po).decode("ascii")
    txt = ("Hi. This is the qmail-send program at mail.barricasmaipo.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<pedidos@barricasmaipo.example>:\nThis mailbox has been disabled. (#5.2.1)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <jonas.lindqvist@meridian-supply.example>\nReceived: (qmail 28871 invoked from network); 13 Nov 2026 08:12:44 -0000\n"
           + orig)
    h = [("From", "MAILER-DAEMON@mail.barricasmaipo.example"),
         ("To", "jonas.lindqvist@meridian-supply.example"),
         ("Subject", "failure notice"),
         ("Date", mime.date("2026-11-13 05:12:46", "-0300")),
         ("Message-ID", "<20261113081246.28873.qmail@mail.barricasmaipo.example>")]
    body = mime.Part([], txt.encode("ascii"))
    raw = mime.message(h, body, mime_version=False)
    return [po], raw, exp("bounce", "Plain-text qmail 'failure notice' without DSN structure; the copied original (multipart, with PO table and requested dates) is inline text.")


@case("greenhouse-bank-details-change", "unrelated/nl-NL",
      "A signed notice that the supplier's bank account (IBAN) changes from 1 December 2026, with amounts and dates but nothing about our order.")
def _():
    sup = ("KASWARMTE", "Kaswarmte Techniek B.V.", "verkoop@kaswarmte.example", "nl-NL")
    po = PO("4500031712", sup, "EUR", "2026-11-12", [
        ("KW-HTR-30", "Heteluchtkachel 30 kW, aardgas, 230V", 4, "EA", "1690.00", "2026-12-17"),
        ("KW-SLANG-30", "Folieslang Ø 30 cm, rol 100 m", 8, "ROL", "72.00", "2026-12-17"),
    ])
    txt = ("Geachte relatie,\n\nPer 1 december 2026 wijzigen onze bankgegevens. Wij verzoeken u vriendelijk om alle betalingen vanaf die datum "
           "over te maken naar:\n\n"
           "Rekeninghouder: Kaswarmte Techniek B.V.\nIBAN: NL91 ABNA 0417 1643 00\nBIC: ABNANL2A\n\n"
           "Betalingen die vóór 1 december 2026 op onze oude rekening (NL20 INGB 0001 2345 67) binnenkomen, worden nog verwerkt. "
           "Ter verificatie ontvangt u de bijgevoegde brief, ondertekend door onze directie. Bel bij twijfel altijd eerst met +31 174 555 330.\n\n"
           "Met vriendelijke groet,\n\nL. van Dijk\nFinanciële administratie\nKaswarmte Techniek B.V. | Middel Broekweg 29 | 2675 KB Honselersdijk\n")
    pdf = make_pdf([(14, "Kaswarmte Techniek B.V."), "Middel Broekweg 29, 2675 KB Honselersdijk", "",
                    (12, "Wijziging bankgegevens"), "Honselersdijk, 16 november 2026", "",
                    "Per 1 december 2026 luidt ons rekeningnummer:", "IBAN NL91 ABNA 0417 1643 00  -  BIC ABNANL2A", "",
                    "Met vriendelijke groet,", "R. de Graaf, directeur"], title="Wijziging bankgegevens", producer="Microsoft Word",
                   date="20261116100000+01'00'")
    h = [("From", mime.addr("Kaswarmte Techniek - Administratie", "administratie@kaswarmte.example")),
         ("To", mime.addr("Katrin Vogel", "katrin.vogel@meridian-supply.example")),
         ("Subject", "Wijziging bankgegevens Kaswarmte Techniek B.V. per 1 december 2026"),
         ("Date", mime.date("2026-11-16 10:22:09", "+0100")),
         ("Message-ID", "<AS8PR04MB8450F1E2D3C4B5A697@AS8PR04MB8450.eurprd04.prod.outlook.example>")]
    body = mime.mixed(mime.text(txt, cs="iso-8859-1"), mime.attachment(pdf, "application/pdf", "Wijziging_bankgegevens.pdf"), style="outlook")
    return [po], mime.message(h, body), exp("unrelated", "Change of bank details notice from the supplier's accounts department; not an answer about PO 4500031712.")


@case("lane-oil-newsletter", "unrelated/en-US",
      "A marketing newsletter from the same supplier with a 2027 catalog, percentages, prices and a 'ships by 12/15' promise that must not be read as a confirmation.")
def _():
    sup = ("STRIKEPRO", "StrikePro Lane Supply Inc.", "orders@strikeprolane.example", "en-US")
    po = PO("4500031719", sup, "USD", "2026-11-12", [
        ("SP-LO-5G", "Lane oil 5 gal pail, 22 ft pattern", 12, "EA", "189.00", "2026-12-15"),
        ("SP-DUST-4/3", "Approach dust mop 4/3 ft, 2027 model", 6, "EA", "58.00", "2026-12-15"),
    ], buyer="tr")
    txt = ("StrikePro Lane Supply - Holiday Deals\n\nThe 2027 Lane Care Catalog is here!\n\n"
           "* 15% off all 5 gal lane oil pails through 12/31\n* Approach dust mops 4/3 ft - now $52.00 (reg. $58.00)\n"
           "* Order by 12/10, ships by 12/15 - free freight on orders over $1,500\n\n"
           "Shop now: https://www.strikeprolane.example/catalog-2027\n\n"
           "You are receiving this email because you are a StrikePro customer.\nUnsubscribe: https://www.strikeprolane.example/u?id=8812\n"
           "StrikePro Lane Supply Inc., 4410 W Industrial Pkwy, Grand Rapids, MI 49544\n")
    htm = ("<html><body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff\"><tr><td>"
           "<h1 style=\"color:#c00\">The 2027 Lane Care Catalog is here!</h1>"
           "<ul><li>15% off all 5 gal lane oil pails through 12/31</li><li>Approach dust mops 4/3 ft &ndash; now $52.00 (reg. $58.00)</li>"
           "<li>Order by 12/10, ships by 12/15 &ndash; free freight on orders over $1,500</li></ul>"
           "<p><a href=\"https://www.strikeprolane.example/catalog-2027\">Shop now</a></p>"
           "<p style=\"font-size:10px;color:#888\">You are receiving this email because you are a StrikePro customer. "
           "<a href=\"https://www.strikeprolane.example/u?id=8812\">Unsubscribe</a><br>StrikePro Lane Supply Inc., 4410 W Industrial Pkwy, Grand Rapids, MI 49544</p>"
           "</td></tr></table></body></html>")
    h = [("From", mime.addr("StrikePro Lane Supply", "news@strikeprolane.example")),
         ("To", "tomas.reyes@meridian-supply.example"),
         ("Subject", "Holiday deals + the 2027 Lane Care Catalog"),
         ("Date", mime.date("2026-11-17 10:00:00", "-0500")),
         ("Message-ID", "<20261117150000.8812.7f3a@mailer.strikeprolane.example>"),
         ("List-Unsubscribe", "<https://www.strikeprolane.example/u?id=8812>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Mailchimp Mailer - **CID7f3a8812**")]
    body = mime.alt(mime.text(txt, cs="us-ascii", cte="7bit"), mime.html(htm, cs="us-ascii"), style="generic")
    return [po], mime.message(h, body), exp("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk) whose prices and dates resemble our PO lines but answer nothing.")


@case("stamp-pads-tarifs-2027", "unrelated/fr-FR",
      "The supplier's 2027 price list with an XLSX of new prices for the very items on our open PO, sent as a general announcement, not as an answer.")
def _():
    sup = ("TAMPONS", "Tampons & Encres de Lyon SAS", "adv@tampons-lyon.example", "fr-FR")
    po = PO("4500031726", sup, "EUR", "2026-11-13", [
        ("TL-TAMP-110x70", "Tampon encreur 110x70 mm, noir", 400, "PCS", "5.10", "2026-12-11"),
        ("TL-ENC-25", "Encre pour tampons 25 ml, bleu", 250, "PCS", "2.90", "2026-12-11"),
    ], buyer="tr")
    rows = [["Tarif 2027 - valable du 01/01/2027 au 31/12/2027"], [],
            ["Référence", "Désignation", "Unité", "Prix 2026 EUR", "Prix 2027 EUR"],
            ["TL-TAMP-110x70", "Tampon encreur 110x70 mm, noir", "PCS", 5.10, 5.35],
            ["TL-TAMP-160x90", "Tampon encreur 160x90 mm, noir", "PCS", 7.40, 7.75],
            ["TL-ENC-25", "Encre pour tampons 25 ml, bleu", "PCS", 2.90, 3.05],
            ["TL-ENC-250", "Encre pour tampons 250 ml, noir", "PCS", 17.90, 18.80]]
    x = make_xlsx(rows, "Tarif 2027", (2026, 11, 18, 8, 0, 0))
    txt = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre tarif 2027, applicable à toutes les commandes livrées à partir du 1er janvier 2027. "
           "La hausse moyenne est de 4,8 %, principalement due au coût des encres.\n\n"
           "Les commandes en cours livrées en 2026 restent facturées au tarif 2026.\n\n"
           "Nous vous remercions de votre fidélité.\n\nService commercial\nTampons & Encres de Lyon SAS - 12 rue Paul Bert, 69003 Lyon\n")
    h = [("From", mime.addr("Tampons & Encres de Lyon", "commercial@tampons-lyon.example")),
         ("To", "tomas.reyes@meridian-supply.example"),
         ("Subject", "Tarifs 2027 / Price list 2027"),
         ("Date", mime.date("2026-11-18 08:15:00", "+0100")),
         ("Message-ID", "<tarif2027.8842.20261118081500@tampons-lyon.example>")]
    body = mime.mixed(mime.text(txt, cs="iso-8859-15"),
                      mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tarif_2027.xlsx"), style="outlook")
    return [po], mime.message(h, body), exp("unrelated", "General 2027 price list (valid from 01/01/2027) listing our PO's items; our deliveries are in 2026 and the mail does not answer the PO.")


@case("asphalt-invoice-other-order", "unrelated/it-IT",
      "An invoice mail for a different, older order (4500029877) from the same supplier, with quantities, prices and a due date in an attached PDF.")
def _():
    sup = ("BITUMTEC", "Bitumtec Additivi S.r.l.", "ordini@bitumtec.example", "it-IT")
    po = PO("4500031733", sup, "EUR", "2026-11-13", [
        ("BT-WMA-200", "Additivo WMA per conglomerato, fusto 200 kg", 2000, "KG", "3.40", "2026-12-18"),
    ])
    pdf = make_pdf([(14, "Bitumtec Additivi S.r.l."), "Via dell'Artigianato 15 - 24044 Dalmine (BG) - P.IVA 01234560165", "",
                    (12, "FATTURA N. 2026/1187 del 19/11/2026"), "Cliente: Meridian Supply Group B.V.   Vs. ordine: 4500029877 del 02/10/2026",
                    "DDT n. 2026/0954 del 12/11/2026", "",
                    "Codice        Descrizione                                  Q.ta   UM   Prezzo    Importo",
                    "BT-ADH-1.5    Attivante d'adesione 1,5 %, IBC 1000 kg      3000   KG    2,85    8.550,00",
                    "", "Imponibile EUR 8.550,00   IVA non imponibile art. 41 DL 331/93", "Scadenza: 19/12/2026 - Bonifico bancario"],
                   title="Fattura 2026/1187", producer="TeamSystem", date="20261119120000+01'00'")
    txt = ("Spett.le Meridian Supply Group,\n\nin allegato la fattura n. 2026/1187 del 19/11/2026 relativa al Vs. ordine 4500029877.\n\n"
           "Cordiali saluti\nAmministrazione - Bitumtec Additivi S.r.l.\n")
    h = [("From", mime.addr("Bitumtec Amministrazione", "amministrazione@bitumtec.example")),
         ("To", "katrin.vogel@meridian-supply.example"),
         ("Subject", "Fattura n. 2026/1187 - Vs. ordine 4500029877"),
         ("Date", mime.date("2026-11-19 12:05:31", "+0100")),
         ("Message-ID", "<fatt-2026-1187.1763550331@bitumtec.example>")]
    body = mime.mixed(mime.text(txt, cs="iso-8859-1"), mime.attachment(pdf, "application/pdf", "Fattura_2026_1187.pdf"), style="erp")
    return [po], mime.message(h, body), exp("unrelated", "Invoice for another order (4500029877), not the open PO 4500031733; the PDF's 3000 KG and due date 19/12/2026 are irrelevant.")


@case("trolleys-delivery-note-other-order", "unrelated/sv-SE",
      "A delivery note (följesedel) with shipped quantities and a dispatch date for an earlier order, not for the open PO in pos.json.")
def _():
    sup = ("VARDVAGN", "Vårdvagnar i Borås AB", "order@vardvagnar.example", "sv-SE")
    po = PO("4500031740", sup, "SEK", "2026-11-16", [
        ("VV-BEH-600", "Behandlingsvagn 600x400 mm, 4 lådor", 10, "EA", "6890.00", "2026-12-18"),
        ("VV-AKUT-24V", "Akutvagn med 24V centrallås", 2, "EA", "18400.00", "2026-12-18"),
    ], buyer="jl")
    pdf = make_pdf([(14, "Vardvagnar i Boras AB"), "Lundbygatan 4, 506 38 Boras", "",
                    (12, "FOLJESEDEL 77120"), "Er order: 4500030912    Vart ordernr: 26-3318", "Avsandningsdatum: 2026-11-20   Speditor: DSV", "",
                    "Art.nr        Benamning                              Levererat   Enhet",
                    "VV-BEH-450    Behandlingsvagn 450x400 mm, 3 ladors   6           EA",
                    "VV-HJUL-125   Hjulsats 125 mm, broms                 12          SET",
                    "", "Kolli: 2 pall   Vikt: 214 kg"], title="Foljesedel 77120", producer="Visma Business", date="20261120070000+01'00'")
    txt = ("Hej,\n\nBifogat följesedel 77120 för er order 4500030912 som skickades i dag med DSV (2 pall).\n\n"
           "Med vänlig hälsning\nLager / Utleverans\nVårdvagnar i Borås AB\n")
    h = [("From", mime.addr("Vårdvagnar Lager", "lager@vardvagnar.example", "iso-8859-1", "Q")),
         ("To", "jonas.lindqvist@meridian-supply.example"),
         ("Subject", mime.ew("Följesedel 77120 - order 4500030912", "iso-8859-1", "Q")),
         ("Date", mime.date("2026-11-20 07:02:18", "+0100")),
         ("Message-ID", "<visma.fs77120.20261120070218@vardvagnar.example>")]
    body = mime.mixed(mime.text(txt, cs="iso-8859-1"), mime.attachment(pdf, "application/pdf", "Foljesedel_77120.pdf"), style="erp")
    return [po], mime.message(h, body), exp("unrelated", "Delivery note for another order (4500030912), with item codes resembling but not matching the open PO 4500031740.")
