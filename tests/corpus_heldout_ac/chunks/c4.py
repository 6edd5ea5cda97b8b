"""Cases 061-080: needs_review, auto replies, bounces, unrelated mail."""
import datetime as dt
from decimal import Decimal

from aclib import mime
from aclib.mail import (buyer_addr, gmail_alt, headers, outlook_alt, outlook_header_block, paras_html, pre_html,
                        request_text)
from aclib.pdf import Sheet, make_pdf
from aclib.po import BUYERS, D, other, po, rfc_date, wd
from aclib.registry import case
from aclib.xlsx import make_xlsx


def _req_subject(p):
    return f"Order acknowledgment request: PO {p['po_number']}"


def _request_message(p, buyer, date_hdr):
    """Our original acknowledgment request as it left our server (used inside bounces)."""
    n, e = BUYERS[buyer]
    hs = [("From", mime.addr(n, e)), ("To", p["supplier"]["email"]), ("Subject", _req_subject(p)),
          ("Date", date_hdr), ("Message-ID", p["request_message_id"])]
    return mime.message(hs, mime.text(request_text([p], buyer), "plain", "utf-8", "quoted-printable"))


def _request_headers_only(p, buyer, date_hdr):
    raw = _request_message(p, buyer, date_hdr)
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


# ---------------------------------------------------------------------------
@case(61, "excipient-moq-question-es", "es-ES",
      "Spanish reply stating a 500 kg minimum batch for one line and asking whether to raise the quantity or cancel the line; the full confirmation with dates is promised after our answer.")
def c061():
    sup = ("QFEBRO", "Química Farmacéutica del Ebro S.A.", "ventas@qfebro.example", "es-ES")
    p = po("4700235755", sup, "priya", "2026-11-20", [
        ("EXC-HPMC-E5", "Hypromellose E5, Ph. Eur.", 150, "KG", "24.80", "2026-12-18"),
        ("EXC-SIO2-COLL", "Colloidal silicon dioxide, Ph. Eur.", 40, "KG", "19.60", "2026-12-18"),
    ])
    body = ("Buenos días Priya:\n\n"
            "Gracias por su pedido 4700235755. El lote mínimo de fabricación de la hipromelosa E5 es de 500 kg; el dióxido de "
            "silicio coloidal lo servimos en sacos de 10 kg, sin problema.\n\n"
            "¿Aumentamos la cantidad de la línea 1 a 500 kg o prefieren anularla? Con su respuesta le enviamos la confirmación "
            "de pedido completa con fechas.\n\n"
            "Saludos cordiales,\nCarmen Lozano\nDpto. Comercial - Química Farmacéutica del Ebro S.A.\nPolígono Malpica, calle E 14, 50016 Zaragoza\n"
            "Tel. 976 57 31 20")
    qp, qh = outlook_header_block("es", "Priya Raman <priya.raman@halden-group.example>", "2026-11-20", "08:15",
                                  "ventas@qfebro.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_MRZP264MB2710C0B1A2D3E4F5A6B7C8D9MRZP264MB2710ESPP_",
                      charset="iso-8859-1", lang_attr="ES")
    hs = headers(mime.addr("Carmen Lozano", "ventas@qfebro.example"), buyer_addr("priya"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-24", "09:48:12", "+0100"),
                 "<MRZP264MB2710C0B1A2D3E4F5A6B7C8D9@MRZP264MB2710.ESPP264.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "es-ES")])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "A question (raise line 1 to the 500 kg minimum or cancel?) - the confirmation with dates "
                                "is explicitly promised after our answer.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(62, "margarine-which-po-nl", "nl-NL",
      "Unthreaded Dutch note 'confirming your margarine order for Thursday 10 December' while two margarine POs with different quantities and dates are open - no PO number, no quantity, matching neither date.")
def c062():
    sup = ("BGZUID", "Bakkerij Groothandel Zuid B.V.", "orders@bgzuid.example", "nl-NL")
    pa = po("4700235801", sup, "mara", "2026-11-18", [
        ("BAK-MRG-BLK-10", "Bakery margarine block 10 kg", 80, "EA", "19.40", "2026-12-04")])
    pb = po("4700235844", sup, "mara", "2026-11-20", [
        ("BAK-MRG-BLK-10", "Bakery margarine block 10 kg", 40, "EA", "19.40", "2026-12-11")])
    wd("2026-12-10", "Thu")
    body = ("Goedemorgen,\n\n"
            "Hierbij bevestigen wij uw bestelling margarineblokken 10 kg, levering donderdag 10 december.\n\n"
            "Met vriendelijke groet,\nSanne Bakker\nBakkerij Groothandel Zuid B.V. - Eindhoven\n040 251 77 10\n")
    part = mime.multipart("alternative", "Apple-Mail=_5C2E8B1A-7D4F-4E90-A3B6-1F0C9D8E7A62", [
        mime.text(body, "plain", "us-ascii", "7bit"),
        mime.html("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=us-ascii\"></head>"
                  "<body style=\"overflow-wrap: break-word;\">" + paras_html(body).replace(" class=MsoNormal", "")
                  .replace("<o:p></o:p>", "") + "</body></html>", "us-ascii", "7bit")])
    hs = headers(mime.addr("Sanne Bakker", "orders@bgzuid.example"), buyer_addr("mara"),
                 "Bevestiging margarine", rfc_date("2026-11-24", "07:52:30", "+0100"),
                 "<8A1F3C5E-2B7D-4A96-9E0C-6D4B2F1A8C73@bgzuid.example>",
                 extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    msg = mime.message(hs, part)
    exp = other("needs_review",
                "Not threaded, no PO number or quantity; two margarine POs (80 pcs for 4 Dec, 40 pcs for 11 Dec) are open "
                "and 10 December matches neither - the buyer must ask which order this is.")
    return [pa, pb], msg, exp


# ---------------------------------------------------------------------------
@case(63, "tyres-incoterm-condition-ko", "ko-KR",
      "Korean reply that will only confirm if we switch the Incoterm from DAP Gothenburg to FOB Busan and mentions a 1월 12일 shipment basis - a conditional answer, not a commitment.")
def c063():
    sup = ("DAEHAN", "대한타이어유통(주)", "export@daehantire.example", "ko-KR")
    p = po("4700235890", sup, "kofi", "2026-11-20", [
        ("TYR-FLT-28x9-15", "Forklift solid tyre 28x9-15", 16, "EA", "142.00", "2027-01-12"),
        ("TYR-FLT-650-10", "Forklift solid tyre 6.50-10", 24, "EA", "96.00", "2027-01-12"),
    ], currency="USD")
    body = ("Kofi Mensah 님,\n\n"
            "주문(4700235890) 감사합니다.\n\n"
            "다만 당사 견적은 FOB 부산 기준이며, 주문서의 DAP Gothenburg 조건으로는 공급이 어렵습니다. "
            "인도조건을 FOB 부산으로 변경해 주시면 1월 12일 선적 기준으로 확정 회신드리겠습니다.\n\n"
            "검토 부탁드립니다.\n\n박서연 / 대한타이어유통(주) 수출팀 / +82-2-2668-4107")
    alt = gmail_alt(body, "2026년 11월 20일 (금) 오후 4:15, Kofi Mensah <kofi.mensah@halden-group.example>님이 작성:",
                    request_text([p], "kofi"), "000000000000a2f4c70619e5d1b8")
    hs = headers(mime.addr("박서연", "export@daehantire.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-25", "13:20:44", "+0900"),
                 "<CAG8wN2m5qT1xR7vY4bK0eH3sD9cF6pJ5gL2uZ8=Ak4Ve1Mt7yP@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "Conditional: confirmation only after we change DAP to FOB Busan; nothing committed.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(64, "welding-price-increase-approval-cs", "cs-CZ",
      "Czech reply asking us to approve a 7 % price increase before confirming, with a date given only as 'předběžně' (tentatively) 14. 12.; 'MB 36' and '15 mm' are specs.")
def c064():
    sup = ("SVARMOR", "Svářecí technika Morava s.r.o.", "obchod@svarecimorava.example", "cs-CZ")
    p = po("4700235933", sup, "tomas", "2026-11-23", [
        ("WLD-GAS-NOZ-15", "Gas nozzle conical 15 mm, MB 36", 200, "EA", "2.40", "2026-12-14"),
        ("WLD-SG2-1.0-15", "MIG wire SG2 1.0 mm, 15 kg spool", 80, "SPL", "33.50", "2026-12-14"),
    ])
    body = ("Dobrý den, pane Ortego,\n\n"
            "u objednávky 4700235933 bychom museli navýšit ceny o 7 % (zdražení drátu i mosazi od výrobce k 1. 12. 2026).\n"
            "Souhlasíte s úpravou? Po Vašem odsouhlasení potvrdíme termín dodání; předběžně počítáme s 14. 12.\n\n"
            "S pozdravem\nPetr Dvořák\nSvářecí technika Morava s.r.o., Vídeňská 88, 639 00 Brno")
    qp, qh = outlook_header_block("cs", "Tomas Ortega <tomas.ortega@halden-group.example>", "2026-11-23", "08:15",
                                  "obchod@svarecimorava.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "tomas").replace("Tomás", "Tomas"),
                      "_000_AM4PR07MB3390D5C4B3A2F1E0D9C8B7A6AM4PR07MB3390eurp_", charset="windows-1250", lang_attr="CS")
    hs = headers(mime.addr("Petr Dvořák", "obchod@svarecimorava.example", "windows-1250"), buyer_addr("tomas"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-25", "14:06:18", "+0100"),
                 "<AM4PR07MB3390D5C4B3A2F1E0D9C8B7A6@AM4PR07MB3390.eurprd07.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "cs-CZ")])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "Asks for approval of +7 % before confirming; the 14. 12. date is only tentative.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(65, "hvac-out-of-office-de", "de-DE",
      "German Exchange out-of-office reply (Auto-Submitted) with an absence period '23.11. bis einschließlich 04.12.2026' and a colleague's phone number - dates that look like delivery dates.")
def c065():
    sup = ("KKVOGT", "Kälte-Klima Vogt GmbH", "m.vogt@kaelte-vogt.example", "de-DE")
    p = po("4700235970", sup, "jonas", "2026-11-23", [
        ("DCT-SPR-315", "Spiral duct galvanised Ø315 mm", 60, "M", "12.90", "2026-12-16"),
        ("GRL-SWIRL-600", "Ceiling swirl diffuser 600x600", 20, "EA", "64.00", "2026-12-16"),
    ])
    body = ("Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 23.11. bis einschließlich 04.12.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. "
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Roth "
            "(sabine.roth@kaelte-vogt.example, Tel. 0711 8894-120).\n\n"
            "Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\nMichael Vogt")
    alt = mime.multipart("alternative", "_000_FR2P281MB2977B2C3D4E5F6A7B8C9D0E1FR2P281MB2977DEUP_", [
        mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
        mime.html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
                  + paras_html(body) + "</body></html>", "iso-8859-1", "quoted-printable")])
    hs = headers(mime.addr("Michael Vogt", "m.vogt@kaelte-vogt.example"), buyer_addr("jonas"),
                 "Automatische Antwort: " + _req_subject(p), rfc_date("2026-11-23", "08:15:42", "+0100"),
                 "<FR2P281MB2977B2C3D4E5F6A7B8C9D0E1@FR2P281MB2977.DEUP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Auto-Submitted", "auto-replied"),
                        ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m.vogt@kaelte-vogt.example"),
                        ("Content-Language", "de-DE")])
    msg = mime.message(hs, alt)
    exp = other("auto_reply", "Out-of-office; 23.11.-04.12.2026 is the absence period, not a delivery date.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(66, "tiles-absence-fr", "fr-FR",
      "French out-of-office ('Réponse automatique') naming 'lundi 30 novembre inclus' and the order desk's phone number, threaded on our request.")
def c066():
    sup = ("CARSO", "Carrelages du Sud-Ouest SAS", "c.dubois@carrelages-so.example", "fr-FR")
    p = po("4700236012", sup, "amelie", "2026-11-24", [
        ("TIL-45x45-TERRA", "Terracotta-look floor tile 45x45 cm", 90, "M2", "16.50", "2027-01-08"),
    ])
    wd("2026-11-30", "Mon")
    body = ("Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 30 novembre inclus, sans accès à ma messagerie.\n"
            "Pour toute commande ou demande de délai, merci de contacter notre ADV : adv@carrelages-so.example - 05 56 34 12 00.\n\n"
            "Cordialement,\nClaire Dubois")
    part = mime.text(body, "plain", "iso-8859-15", "quoted-printable")
    hs = headers(mime.addr("Claire Dubois", "c.dubois@carrelages-so.example"), buyer_addr("amelie"),
                 "Réponse automatique : " + _req_subject(p), rfc_date("2026-11-24", "08:16:05", "+0100"),
                 "<PR1P264MB4102A9B8C7D6E5F4A3B2C1D0@PR1P264MB4102.FRAP264.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("Content-Language", "fr-FR")])
    msg = mime.message(hs, part)
    exp = other("auto_reply", "Out-of-office until Monday 30 November; no answer about the order.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(67, "forklift-ticket-autoack-gb", "en-GB",
      "British helpdesk auto-acknowledgment creating ticket #FP-48213 with a 2-working-day response promise and office hours - automatic, not an answer.")
def c067():
    sup = ("PENNINE", "Pennine Forklift Parts Ltd", "support@penninefork.example", "en-GB")
    p = po("4700236055", sup, "kofi", "2026-11-24", [
        ("FLT-MAST-ROLLER-62", "Mast roller bearing 62 mm", 16, "EA", "28.40", "2026-12-09"),
        ("FLT-HORN-12V", "Horn 12 V", 4, "EA", "11.90", "2026-12-09"),
    ], currency="GBP")
    body = ("Hi Kofi,\n\n"
            "Thanks for contacting Pennine Forklift Parts. This is an automated message to let you know we've received your "
            "request and a ticket (#FP-48213) has been created.\n\n"
            "Our team aims to respond within 2 working days (Mon-Fri 08:00-17:00 GMT). Please quote the ticket number in any "
            "correspondence.\n\n"
            "You can view the status of your ticket at any time here: https://support.penninefork.example/tickets/48213\n\n"
            "Pennine Forklift Parts Ltd | Registered in England No. 06127754")
    html = ("<html><body style=\"font-family:Arial\"><p>Hi Kofi,</p><p>Thanks for contacting Pennine Forklift Parts. This is "
            "an automated message to let you know we've received your request and a ticket (<b>#FP-48213</b>) has been created.</p>"
            "<p>Our team aims to respond within 2 working days (Mon-Fri 08:00-17:00 GMT). Please quote the ticket number in any "
            "correspondence.</p><p><a href=\"https://support.penninefork.example/tickets/48213\">View your ticket</a></p>"
            "<p style=\"color:#888;font-size:11px\">Pennine Forklift Parts Ltd | Registered in England No. 06127754</p></body></html>")
    alt = mime.multipart("alternative", "--==_mimepart_6743a1f2c8b9e_4d2a3f1c2b8a4", [
        mime.text(body, "plain", "UTF-8", "quoted-printable"), mime.html(html, "UTF-8", "quoted-printable")])
    hs = headers(mime.addr("Pennine Forklift Parts Support", "support@penninefork.example"), buyer_addr("kofi"),
                 "[#FP-48213] " + _req_subject(p), rfc_date("2026-11-24", "08:15:51", "+0000"),
                 "<ticket.48213.autoreply.1764000951@penninefork.example>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                        ("X-Helpdesk-Ticket", "48213")])
    msg = mime.message(hs, alt)
    exp = other("auto_reply", "Helpdesk ticket auto-acknowledgment (#FP-48213); no content about the order.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(68, "fasteners-shared-inbox-received-mx", "es-MX",
      "Mexican shared-inbox auto-reply 'Hemos recibido su correo' with service hours and a 48-hour processing promise; the fastener size 3/8\"-16 appears only in our quoted PO.")
def c068():
    sup = ("TINORTE", "Tornillería Industrial del Norte S.A. de C.V.", "pedidos@tornilleriadelnorte.example", "es-MX")
    p = po("4700236101", sup, "tomas", "2026-11-24", [
        ("FST-HEX-3/8x2-G5", "Hex bolt 3/8\"-16 x 2\" grade 5 zinc, box of 100", 50, "BOX", "14.20", "2026-12-15"),
    ], currency="USD")
    body = ("Estimado cliente:\n\n"
            "Hemos recibido su correo. Este buzón (pedidos@tornilleriadelnorte.example) es atendido de lunes a viernes de "
            "8:00 a 18:00 h (hora del centro de México). Su solicitud será procesada en un plazo máximo de 48 horas hábiles.\n\n"
            "Por favor no responda a este mensaje.\n\n"
            "Tornillería Industrial del Norte S.A. de C.V. - Monterrey, N.L.\n\n"
            "----- Mensaje original -----\n" + request_text([p], "tomas"))
    part = mime.text(body, "plain", "utf-8", "base64")
    hs = headers(mime.addr("Pedidos TIN", "pedidos@tornilleriadelnorte.example"), buyer_addr("tomas"),
                 "Acuse de recibo: " + _req_subject(p), rfc_date("2026-11-24", "01:15:33", "-0600"),
                 "<autoresp.20261124071533.7781@tornilleriadelnorte.example>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    msg = mime.message(hs, part)
    exp = other("auto_reply", "Shared-inbox receipt acknowledgment; the quoted PO below is ours.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(69, "coffee-trade-fair-autoreply-cn", "zh-CN",
      "Chinese auto-reply (base64 UTF-8) about being away at a trade fair 2026年11月23日至11月29日, with a colleague's phone number.")
def c069():
    sup = ("YNCOFFEE", "云南咖啡贸易有限公司", "zhangwei@yncoffee.example", "zh-CN")
    p = po("4700236144", sup, "mara", "2026-11-24", [
        ("COF-YUN-CAT-60", "Green coffee Yunnan Catimor, 60 kg bag", 200, "BAG", "265.00", "2027-01-20"),
    ], currency="USD")
    body = ("您好！\n\n我于2026年11月23日至11月29日外出参加展会，期间无法及时回复邮件。"
            "如有紧急事务，请联系我的同事李娜（lina@yncoffee.example，电话 0871-6533 2188）。\n\n谢谢！\n张伟\n\n"
            "This is an automatic reply. I am attending a trade fair from 23 to 29 November 2026.")
    part = mime.text(body, "plain", "utf-8", "base64")
    hs = headers(mime.addr("张伟", "zhangwei@yncoffee.example"), buyer_addr("mara"),
                 "自动回复: " + _req_subject(p), rfc_date("2026-11-24", "16:15:20", "+0800"),
                 "<autoreply.1763972120.36612@yncoffee.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version 2.1")])
    msg = mime.message(hs, part)
    exp = other("auto_reply", "Chinese out-of-office during a trade fair; dates are the absence period.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(70, "labglass-holiday-fi", "fi-FI",
      "Bilingual Finnish/English holiday auto-reply with a date range written '25.11.–6.12.2026'.")
def c070():
    sup = ("LASILABRA", "Lasilabra Oy", "jukka.nieminen@lasilabra.example", "fi-FI")
    p = po("4700236190", sup, "priya", "2026-11-25", [
        ("LAB-ERL-250-NN", "Erlenmeyer flask 250 ml, narrow neck", 300, "EA", "1.65", "2026-12-18"),
    ])
    body = ("Olen lomalla 25.11.–6.12.2026 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä myyntiin: "
            "myynti@lasilabra.example, puh. 010 480 2200.\n\n"
            "I am on annual leave from 25 November to 6 December 2026. For urgent matters please contact "
            "myynti@lasilabra.example, tel. +358 10 480 2200.\n\nJukka Nieminen")
    part = mime.text(body, "plain", "windows-1252", "quoted-printable")
    wrapped = mime.multipart("mixed", "----=_Part_4471_90812733.1764058512000", [part])
    hs = headers(mime.addr("Jukka Nieminen", "jukka.nieminen@lasilabra.example"), buyer_addr("priya"),
                 "Automaattinen vastaus: " + _req_subject(p), rfc_date("2026-11-25", "10:15:12", "+0200"),
                 "<1764058512000.4471.autoreply@lasilabra.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    msg = mime.message(hs, wrapped)
    exp = other("auto_reply", "Holiday auto-reply; 25.11.-6.12.2026 is the leave period.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(71, "yarn-annual-leave-tr", "tr-TR",
      "Turkish out-of-office in windows-1254 ('23-27 Kasım 2026 tarihleri arasında yıllık izindeyim') with a return date of 30 Kasım.")
def c071():
    sup = ("BURSAIPLIK", "Bursa İplik Sanayi A.Ş.", "ayse.demir@bursaiplik.example", "tr-TR")
    p = po("4700236233", sup, "sofia", "2026-11-25", [
        ("YRN-PES-DTY-150-48", "Polyester DTY 150 denier / 48 f, raw white", 2000, "KG", "2.05", "2027-01-15"),
    ])
    body = ("Merhaba,\n\n23-27 Kasım 2026 tarihleri arasında yıllık izindeyim. Acil konular için lütfen "
            "satis@bursaiplik.example adresine yazınız. 30 Kasım'da ofiste olacağım.\n\nİyi çalışmalar,\nAyşe Demir")
    part = mime.text(body, "plain", "windows-1254", "quoted-printable")
    hs = headers(mime.addr("Ayşe Demir", "ayse.demir@bursaiplik.example", "windows-1254"), buyer_addr("sofia"),
                 "Otomatik yanıt: " + _req_subject(p), rfc_date("2026-11-25", "10:16:40", "+0300"),
                 "<VI1PR03MB6620E1F2A3B4C5D6E7F8A9B0@VI1PR03MB6620.eurprd03.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("Content-Language", "tr-TR")])
    msg = mime.message(hs, part)
    exp = other("auto_reply", "Turkish out-of-office; 23-27 Kasım and 30 Kasım are absence/return dates.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(72, "bakery-postfix-user-unknown", "en-GB",
      "Postfix DSN (multipart/report) for our request to a bakery supplier, with our full original message attached - PO number, quantities and requested dates all appear inside the bounce.")
def c072():
    sup = ("CEREALIA", "Cerealia Mills Ltd", "orders@cerealia-mills.example", "en-GB")
    p = po("4700236270", sup, "mara", "2026-11-25", [
        ("FLR-STRONG-16", "Strong white bread flour, 16 kg sack", 300, "SAC", "11.85", "2026-12-09"),
        ("YST-BLOCK-1KG", "Fresh yeast block 1 kg", 120, "EA", "2.40", "2026-12-09"),
    ], currency="GBP")
    orig_date = rfc_date("2026-11-25", "08:15:00", "+0100")
    orig = _request_message(p, "mara", orig_date)
    notice = ("This is the mail system at host mx1.halden-group.example.\n\n"
              "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
              "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<orders@cerealia-mills.example>: host mx.cerealia-mills.example[203.0.113.25] said:\n"
              "    550 5.1.1 <orders@cerealia-mills.example>: Recipient address rejected: User\n"
              "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mx1.halden-group.example"), ("X-Postfix-Queue-ID", "4Bx7Kq2Zt9z9sWd"),
         ("X-Postfix-Sender", "rfc822; mara.lindqvist@halden-group.example"),
         ("Arrival-Date", orig_date)],
        [[("Final-Recipient", "rfc822; orders@cerealia-mills.example"),
          ("Original-Recipient", "rfc822;orders@cerealia-mills.example"), ("Action", "failed"), ("Status", "5.1.1"),
          ("Remote-MTA", "dns; mx.cerealia-mills.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@cerealia-mills.example>: Recipient address rejected: User unknown in virtual mailbox table")]])
    rep = mime.multipart("report", "4Bx7Kq2Zt9z9sWd.1764054902/mx1.halden-group.example", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  notice.encode("ascii")),
        ds, mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                      orig.replace(b"\r\n", b"\n"))],
        params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hs = [("From", "MAILER-DAEMON@mx1.halden-group.example (Mail Delivery System)"),
          ("To", "mara.lindqvist@halden-group.example"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", rfc_date("2026-11-25", "08:15:02", "+0100")),
          ("Message-ID", "<20261125071502.4Bx7Kq2Zt9z9sWd@mx1.halden-group.example>"),
          ("Auto-Submitted", "auto-replied")]
    msg = mime.message(hs, rep)
    exp = other("bounce", "Postfix DSN, 5.1.1 user unknown; the attached original is our own request.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(73, "solar-exchange-ndr-en", "en-US",
      "Exchange Online 'Undeliverable' NDR in HTML with a 550 5.1.10 RecipientNotFound diagnostic and the original headers, including our PO number in the subject.")
def c073():
    sup = ("SOLARTECH", "SolarTech Mounts Inc.", "info@solartech-mounts.example", "en-US")
    p = po("4700236311", sup, "kofi", "2026-11-25", [
        ("SOL-RAIL-XR100-168", "Rail XR100, 168\", mill", 240, "EA", "38.90", "2027-01-22"),
        ("SOL-UFO-MID", "Universal fastening object, mid clamp", 1600, "EA", "1.42", "2027-01-22"),
    ], currency="USD")
    orig_date = rfc_date("2026-11-25", "08:15:00", "+0100")
    plain = ("Your message to info@solartech-mounts.example couldn't be delivered.\n\n"
             "info wasn't found at solartech-mounts.example.\n\n"
             "kofi.mensah    Office 365    info\nAction Required                Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: AM9PR02MB7311.eurprd02.prod.outlook.com\n"
             "info@solartech-mounts.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
             "info@solartech-mounts.example not found by SMTP address lookup'\n\n"
             "Original message headers:\n\n" + _request_headers_only(p, "kofi", orig_date).decode("ascii").replace("\r\n", "\n"))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Arial;font-size:16px\"><p><b><span style=\"color:#c00000\">Your message to "
            "info@solartech-mounts.example couldn't be delivered.</span></b></p><p>info wasn't found at solartech-mounts.example.</p>"
            "<table><tr><td>kofi.mensah</td><td>Office 365</td><td>info</td></tr><tr><td></td><td style=\"color:#c00000\">Action Required"
            "</td><td>Recipient</td></tr></table><p><b>Unknown To address</b></p><p><b>How to Fix It</b><br>The address may be "
            "misspelled or may not exist.</p><hr><p style=\"font-size:12px\">Diagnostic information for administrators:<br>"
            "Generating server: AM9PR02MB7311.eurprd02.prod.outlook.com<br>info@solartech-mounts.example<br>Remote Server returned "
            "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@solartech-mounts.example not found by SMTP address lookup'"
            "</p></div></body></html>")
    alt = mime.multipart("alternative", "e3a1b2c4-d5f6-47a8-9b0c-1d2e3f4a5b6c", [
        mime.text(plain, "plain", "utf-8", "quoted-printable"), mime.html(html, "utf-8", "quoted-printable")])
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns;AM9PR02MB7311.eurprd02.prod.outlook.com"),
         ("Received-From-MTA", "dns;AM9PR02MB7311.eurprd02.prod.outlook.com"), ("Arrival-Date", orig_date)],
        [[("Original-Recipient", "rfc822;info@solartech-mounts.example"), ("Final-Recipient", "rfc822;info@solartech-mounts.example"),
          ("Action", "failed"), ("Status", "5.1.10"),
          ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@solartech-mounts.example not found by SMTP address lookup")]])
    hdrs = mime.Part([("Content-Type", "text/rfc822-headers")], _request_headers_only(p, "kofi", orig_date).replace(b"\r\n", b"\n"))
    rep = mime.multipart("report", "f7c2d9e0-3a4b-4c5d-8e6f-7a8b9c0d1e2f", [alt, ds, hdrs],
                         params="; report-type=delivery-status")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-group.example>"),
          ("To", buyer_addr("kofi")), ("Subject", "Undeliverable: " + _req_subject(p)),
          ("Date", rfc_date("2026-11-25", "07:15:04", "+0000")),
          ("Message-ID", "<3f9e2d1c-8b7a-4c6d-a5e4-f3b2c1d0e9f8@AM9PR02MB7311.eurprd02.prod.outlook.com>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    msg = mime.message(hs, rep)
    exp = other("bounce", "Exchange Online NDR 5.1.10 recipient not found; threaded on our request.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(74, "film-mailbox-full-gmail-dsn", "en-GB",
      "Google 'Delivery Status Notification (Failure)' because the recipient's inbox is out of storage (552 5.2.2), with our request quoted below.")
def c074():
    sup = ("NORTHFILM", "Northfilm Packaging Ltd", "film.sales@northfilm.example", "en-GB")
    p = po("4700236355", sup, "sofia", "2026-11-25", [
        ("FLM-LLDPE-STR-17", "Hand stretch film 17 micron, 450 mm x 300 m", 360, "ROL", "6.95", "2026-12-11"),
    ], currency="GBP")
    orig_date = rfc_date("2026-11-25", "09:15:00", "+0100")
    plain = ("** Message not delivered **\n\n"
             "Your message couldn't be delivered to film.sales@northfilm.example because the remote server's inbox is out of storage space.\n\n"
             "The response was:\n552 5.2.2 The email account that you tried to reach is over quota and inactive. Please direct "
             "the recipient to https://support.northfilm.example/mailbox-quota\n")
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h2>Message not delivered</h2>"
            "<p>Your message couldn't be delivered to <b>film.sales@northfilm.example</b> because the remote server's inbox is "
            "out of storage space.</p><p>The response was:</p><p style=\"font-family:monospace\">552 5.2.2 The email account "
            "that you tried to reach is over quota and inactive.</p></div></body></html>")
    alt = mime.multipart("alternative", "000000000000a7c3e20619f2b5d4", [
        mime.text(plain, "plain", "UTF-8", "quoted-printable"), mime.html(html, "UTF-8", "quoted-printable")])
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", orig_date)],
        [[("Final-Recipient", "rfc822; film.sales@northfilm.example"), ("Action", "failed"), ("Status", "5.2.2"),
          ("Remote-MTA", "dns; mx.northfilm.example. (198.51.100.40, the server for the domain northfilm.example.)"),
          ("Diagnostic-Code", "smtp; 552 5.2.2 The email account that you tried to reach is over quota and inactive."),
          ("Last-Attempt-Date", "Wed, 25 Nov 2026 00:15:07 -0800 (PST)")]])
    orig = _request_message(p, "sofia", orig_date)
    rep = mime.multipart("report", "000000000000a7b5c10619f2b5c3", [
        alt, ds, mime.Part([("Content-Type", "message/rfc822")], orig.replace(b"\r\n", b"\n"))],
        params="; report-type=delivery-status")
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", "sofia.brandt@halden-group.example"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("Date", "Wed, 25 Nov 2026 00:15:07 -0800 (PST)"),
          ("Message-ID", "<6743f3cb.050a0220.1b2c3d.9a8bSMTPIN_ADDED_MISSING@mx.google.com>"),
          ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied")]
    msg = mime.message(hs, rep)
    exp = other("bounce", "Mailbox-full DSN (552 5.2.2) with our original request attached.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(75, "fasteners-exchange-ndr-unzustellbar-de", "de-DE",
      "German on-premises Exchange NDR 'Unzustellbar' (ISO-8859-1, quoted-printable) with 550 5.4.1 'Access denied', a German send timestamp and only the original headers attached.")
def c075():
    sup = ("KAINZ", "Schrauben Kainz GmbH", "verkauf@schrauben-kainz.example", "de-DE")
    p = po("4700236400", sup, "jonas", "2026-11-26", [
        ("FST-DIN7985-M4x10", "Pan head screw DIN 7985 M4x10 A2, box of 1000", 12, "BOX", "18.40", "2026-12-10"),
        ("FST-DIN934-M4-A2", "Hex nut DIN 934 M4 A2, box of 1000", 12, "BOX", "7.90", "2026-12-10"),
    ])
    orig_date = rfc_date("2026-11-26", "08:15:00", "+0100")
    text = ("Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n"
            "      Betreff:  " + _req_subject(p) + "\n      Gesendet am:     26.11.2026 08:15\n\n"
            "Folgende(r) Empfänger konnte(n) nicht erreicht werden:\n\n"
            "      verkauf@schrauben-kainz.example am 26.11.2026 08:15\n"
            "            Der Server hat die Nachricht abgelehnt.\n"
            "            <mail.halden-group.example #5.4.1 smtp;550 5.4.1 Recipient address rejected: Access denied>\n")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns;EXCH02.halden-group.local"), ("Received-From-MTA", "dns;EXCH01.halden-group.local"),
         ("Arrival-Date", orig_date)],
        [[("Final-Recipient", "rfc822;verkauf@schrauben-kainz.example"), ("Action", "failed"), ("Status", "5.4.1"),
          ("Diagnostic-Code", "smtp;550 5.4.1 Recipient address rejected: Access denied"),
          ("Remote-MTA", "dns;mx01.schrauben-kainz.example")]])
    hdrs = mime.Part([("Content-Type", "text/rfc822-headers")], _request_headers_only(p, "jonas", orig_date).replace(b"\r\n", b"\n"))
    rep = mime.multipart("report", "9B095B5ADSN=_01DB3FA1C2E4B7D0EXCH02.halden-group", [
        mime.text(text, "plain", "iso-8859-1", "quoted-printable"), ds, hdrs],
        params="; report-type=delivery-status")
    hs = [("From", "Systemadministrator <postmaster@halden-group.example>"), ("To", buyer_addr("jonas")),
          ("Subject", "Unzustellbar: " + _req_subject(p)), ("Date", rfc_date("2026-11-26", "08:15:09", "+0100")),
          ("Message-ID", "<Gbf1wK2ZqM00001a2b3@EXCH02.halden-group.local>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")]
    msg = mime.message(hs, rep)
    exp = other("bounce", "German Exchange NDR 550 5.4.1 Access denied; the send time 26.11.2026 08:15 is not a date commitment.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(76, "cocoa-market-newsletter-da", "da-DK",
      "Danish HTML newsletter from a supplier with an open PO: futures prices per tonne, crop estimates, a trade-fair date and 'levering uge 2-4' for a promotion - none of it about our order.")
def c076():
    sup = ("NKH", "Nordisk Kakao Handel A/S", "trading@nordiskkakao.example", "da-DK")
    p = po("4700236350", sup, "mara", "2026-11-25", [
        ("COC-BUTTER-DEO", "Cocoa butter, deodorised, 25 kg carton", 5000, "KG", "9.40", "2027-01-15"),
    ], currency="USD")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kakaomarkedet november 2026</title></head>"
            "<body style=\"margin:0;background:#f4efe9\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Georgia\">"
            "<tr><td style=\"padding:20px\"><h1 style=\"color:#5a3a22\">Kakaomarkedet - november 2026</h1>"
            "<p>Kære kunde,</p><p>ICE London marts-kontrakten lukkede fredag på GBP 6.120/t, ned 4 % på ugen, mens New York "
            "(marts) handles omkring USD 7.850/t. Ghana COCOBOD har nedjusteret sit høstestimat for 2026/27 til 620.000 t.</p>"
            "<h2>Månedens tilbud</h2><p>Økologisk kakaomasse, 25 kg kartoner: USD 10,90/kg ved min. 2 t, levering uge 2-4 2027. "
            "Tilbuddet gælder til 11. december.</p>"
            "<h2>Mød os</h2><p>ISM Köln, 1.-4. februar 2027, hal 10.2, stand C-041.</p>"
            "<p style=\"font-size:11px;color:#888\">Du modtager dette nyhedsbrev, fordi du er kunde hos Nordisk Kakao Handel A/S, "
            "Europaplads 2, 8000 Aarhus C, CVR 31 44 87 20. <a href=\"https://nordiskkakao.example/afmeld?u=8841\">Afmeld</a></p>"
            "</td></tr></table></body></html>")
    plain = ("Kakaomarkedet - november 2026\n\nKære kunde,\n\nICE London marts-kontrakten lukkede fredag på GBP 6.120/t, ned 4 % "
             "på ugen, mens New York (marts) handles omkring USD 7.850/t. Ghana COCOBOD har nedjusteret sit høstestimat for "
             "2026/27 til 620.000 t.\n\nMÅNEDENS TILBUD\nØkologisk kakaomasse, 25 kg kartoner: USD 10,90/kg ved min. 2 t, "
             "levering uge 2-4 2027. Tilbuddet gælder til 11. december.\n\nMØD OS\nISM Köln, 1.-4. februar 2027, hal 10.2, "
             "stand C-041.\n\nAfmeld: https://nordiskkakao.example/afmeld?u=8841\n")
    alt = mime.multipart("alternative", "_----NL_20261127_8841_b7c3", [
        mime.text(plain, "plain", "utf-8", "quoted-printable"), mime.html(html, "utf-8", "quoted-printable")])
    hs = headers(mime.addr("Nordisk Kakao Handel", "nyhedsbrev@nordiskkakao.example"), "mara.lindqvist@halden-group.example",
                 "Kakaomarkedet november 2026 - priser, høst og månedens tilbud", rfc_date("2026-11-27", "06:00:00", "+0100"),
                 "<nl.20261127.8841.4f2a@mailer.nordiskkakao.example>",
                 extra=[("List-Unsubscribe", "<https://nordiskkakao.example/afmeld?u=8841>, <mailto:afmeld@nordiskkakao.example>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                        ("X-Campaign", "NL-2026-11")])
    msg = mime.message(hs, alt)
    exp = other("unrelated", "Market newsletter from the same supplier; offer prices and 'uge 2-4' are not about the open PO.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(77, "solar-invoice-other-po-pl", "pl-PL",
      "Polish invoice mail with a PDF invoice for a different PO (4700229977) of the same supplier and similar items, with sale date, 30-day due date and amounts.")
def c077():
    sup = ("SOLMONT", "Solmont Systemy Montażowe Sp. z o.o.", "zamowienia@solmont.example", "pl-PL")
    p = po("4700236390", sup, "jonas", "2026-11-25", [
        ("SOL-HOOK-TILE-ADJ", "Roof hook for tiles, adjustable", 800, "EA", "3.65", "2027-01-27"),
        ("SOL-RAIL-40-4200", "Aluminium mounting rail 40x40, length 4.2 m", 240, "EA", "17.90", "2027-01-27"),
    ])
    s = Sheet()
    s.text("FAKTURA VAT nr FV/2026/11/0842", 14, "F2").text("Oryginal", 8).gap(6)
    s.row([(50, "Data wystawienia: 24.11.2026"), (300, "Data sprzedazy: 23.11.2026")])
    s.row([(50, "Sprzedawca: Solmont Systemy Montazowe Sp. z o.o."), (300, "Nabywca: Halden Group AB")])
    s.row([(50, "ul. Przemyslowa 18, 62-080 Tarnowo Podgorne"), (300, "Hamngatan 14, 411 06 Goteborg, SE")])
    s.row([(50, "NIP PL7773145662"), (300, "VAT SE556677889901")])
    s.row([(50, "Zamowienie nabywcy: 4700229977"), (300, "WZ: WZ/2026/11/1177")]).gap(4).rule()
    s.row([(50, "Lp."), (75, "Nazwa"), (300, "Ilosc"), (350, "J.m."), (390, "Cena netto"), (470, "Wartosc netto")], 9, "F2").rule()
    s.row([(50, "1"), (75, "Szyna montazowa 40x40, 4,2 m"), (300, "120"), (350, "szt."), (390, "17,90"), (470, "2 148,00")])
    s.row([(50, "2"), (75, "Zacisk srodkowy 30-40 mm czarny"), (300, "1000"), (350, "szt."), (390, "0,92"), (470, "920,00")])
    s.rule().row([(300, "Razem netto EUR"), (470, "3 068,00")], 9, "F2")
    s.row([(300, "VAT: odwrotne obciazenie (WDT 0%)"), (470, "0,00")])
    s.row([(300, "Do zaplaty EUR"), (470, "3 068,00")], 10, "F2").gap(10)
    s.text("Termin platnosci: 30 dni - 24.12.2026, przelew", 9)
    s.text("Bank: PKO BP, IBAN PL61 1020 4027 0000 1102 0456 7788, SWIFT BPKOPLPW", 8)
    pdf = make_pdf([s.ops], compress=True, title="FV/2026/11/0842", producer="Comarch ERP Optima",
                   creation="D:20261124101500+01'00'", doc_id="C0FA")
    body = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0842 do zamówienia 4700229977 (dostawa WZ/2026/11/1177).\n"
            "Termin płatności: 30 dni (24.12.2026).\n\n"
            "Pozdrawiamy\nDział Księgowości\nSolmont Systemy Montażowe Sp. z o.o.\n")
    part = mime.multipart("mixed", "----=_Part_1203_55821904.1763975700000", [
        mime.text(body, "plain", "iso-8859-2", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "FV_2026_11_0842.pdf"),
    ])
    hs = headers(mime.addr("Solmont - Księgowość", "faktury@solmont.example", "iso-8859-2"), buyer_addr("jonas"),
                 "Faktura VAT FV/2026/11/0842 - zamówienie 4700229977", rfc_date("2026-11-24", "10:15:00", "+0100"),
                 "<optima.fv.2026.11.0842@solmont.example>", subject_charset="iso-8859-2")
    msg = mime.message(hs, part)
    assert 24 + 30 == 54 and (D("2026-11-24") + dt.timedelta(days=30)) == D("2026-12-24")
    exp = other("unrelated", "Invoice for another PO (4700229977) of the same supplier; the open PO 4700236390 is not addressed.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(78, "tyres-ship-notice-other-po-us", "en-US",
      "US automated shipment notification for a different PO (4700231977) with tracking number, ship date and month-first ETA, from a supplier that has another PO open.")
def c078():
    sup = ("MIDLAND", "Midland Tire Distributors Inc.", "sales@midlandtire.example", "en-US")
    p = po("4700236420", sup, "kofi", "2026-11-23", [
        ("TYR-225-45R17-94W", "Winter tyre 225/45 R17 94W XL", 60, "EA", "104.90", "2026-12-14"),
    ], currency="USD")
    plain = ("Midland Tire Distributors - Shipment Notification\n\n"
             "Your order has shipped!\n\n"
             "Customer PO:      4700231977\nSales Order:      SO-6671042\nShip Date:        11/20/2026\n"
             "Carrier:          UPS Freight\nPRO / Tracking:   1Z9X4W870352281946\nEstimated Delivery: 11/24/2026\n\n"
             "Item                      Qty Shipped\n205/55R16 91V            60\n\n"
             "Ship To: Halden Group - Dayton DC, 4100 Gateway Dr, Dayton, OH 45424\n\n"
             "This is an automated message. Please do not reply.\n")
    html = ("<html><body style=\"font-family:Arial\"><h2>Your order has shipped!</h2><table cellpadding=\"4\">"
            "<tr><td>Customer PO</td><td><b>4700231977</b></td></tr><tr><td>Sales Order</td><td>SO-6671042</td></tr>"
            "<tr><td>Ship Date</td><td>11/20/2026</td></tr><tr><td>Carrier</td><td>UPS Freight</td></tr>"
            "<tr><td>Tracking</td><td>1Z9X4W870352281946</td></tr><tr><td>Estimated Delivery</td><td>11/24/2026</td></tr></table>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>Item</th><th>Qty Shipped</th></tr><tr><td>205/55R16 91V</td><td>60</td></tr></table>"
            "<p>Ship To: Halden Group - Dayton DC, 4100 Gateway Dr, Dayton, OH 45424</p>"
            "<p style=\"color:#888\">This is an automated message. Please do not reply.</p></body></html>")
    alt = mime.multipart("alternative", "b1_7f3e2a9c4d5b6e8f0a1c2d3e4f5a6b7c", [
        mime.text(plain, "plain", "us-ascii", "7bit"), mime.html(html, "us-ascii", "7bit")])
    hs = headers(mime.addr("Midland Tire Shipping", "noreply@midlandtire.example"), buyer_addr("kofi"),
                 "Shipment Notification - PO 4700231977 / SO-6671042", rfc_date("2026-11-20", "16:42:10", "-0600"),
                 "<asn.SO-6671042.20261120224210@midlandtire.example>",
                 extra=[("Auto-Submitted", "auto-generated")])
    msg = mime.message(hs, alt)
    exp = other("unrelated", "Shipping notice for PO 4700231977, not the open PO 4700236420.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(79, "hvac-price-list-2027-xlsx-it", "it-IT",
      "Italian mail with the 2027 price list as XLSX ('valido dal 01/01/2027') listing the very items of our open PO at new prices - not an answer to the PO.")
def c079():
    sup = ("AERBRI", "Aeraulica Brianza S.r.l.", "ordini@aeraulica-brianza.example", "it-IT")
    p = po("4700236460", sup, "tomas", "2026-11-24", [
        ("GRL-400x200-AL", "Return air grille aluminium 400x200", 48, "EA", "27.50", "2027-01-15"),
        ("DMP-250-MAN", "Balancing damper Ø250, manual", 20, "EA", "41.00", "2027-01-15"),
    ])
    rows = [["Aeraulica Brianza S.r.l. - Listino prezzi 2027"], ["Valido dal", dt.date(2027, 1, 1)], [],
            ["Codice", "Descrizione", "UM", "Prezzo EUR", "Conf."],
            ["AB-GR-400200", "Griglia di ripresa alluminio 400x200", "pz", 28.90, 10],
            ["AB-GR-600300", "Griglia di mandata 600x300 doppia alettatura", "pz", 49.60, 5],
            ["AB-SR-250", "Serranda di taratura Ø250 manuale", "pz", 43.20, 1],
            ["AB-TS-250", "Tubo spiralato zincato Ø250", "m", 10.30, 3],
            ["AB-TS-315", "Tubo spiralato zincato Ø315", "m", 13.40, 3], [],
            ["Prezzi franco ns. magazzino, IVA esclusa. Gli ordini già confermati restano ai prezzi confermati."]]
    xlsx = make_xlsx(rows, "Listino 2027")
    body = ("Gentile cliente,\n\n"
            "in allegato trova il nuovo listino prezzi valido dal 01/01/2027. Gli ordini già confermati restano ai prezzi "
            "confermati.\n\n"
            "Per qualsiasi chiarimento il Vs. referente commerciale resta a disposizione.\n\n"
            "Cordiali saluti\nAeraulica Brianza S.r.l. - Ufficio Commerciale\n")
    part = mime.multipart("mixed", "----=_NextPart_000_00A1_01DB3F55.2E7C4B10", [
        mime.text(body, "plain", "windows-1252", "quoted-printable"),
        mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Listino_2027.xlsx"),
    ])
    hs = headers(mime.addr("Aeraulica Brianza - Ufficio Commerciale", "commerciale@aeraulica-brianza.example"),
                 "tomas.ortega@halden-group.example", "Listino prezzi 2027", rfc_date("2026-11-26", "11:30:00", "+0100"),
                 "<00a101db3f55$2e7c4b10$8b74e130$@aeraulica-brianza.example>",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    msg = mime.message(hs, part)
    exp = other("unrelated", "2027 price list (valid from 01/01/2027) with the PO's items at new prices; not a reply to the PO.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(80, "fasteners-statement-of-account-at", "de-AT",
      "Austrian statement of open items (Offene-Posten-Liste per 30.11.2026) with invoice numbers, order references, due dates and a Jänner date - from the supplier of an open PO but not about it.")
def c080():
    sup = ("MAYRHOFER", "Schrauben Mayrhofer GmbH", "verkauf@schrauben-mayrhofer.example", "de-AT")
    p = po("4700236500", sup, "jonas", "2026-11-26", [
        ("FST-M10x30-8.8-ZN", "Hex bolt ISO 4017 M10x30 8.8 zinc plated", 3000, "PCE", "0.072", "2026-12-17"),
    ])
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie Ihren Kontoauszug per 30.11.2026. Wir bitten um Überweisung der fälligen Posten.\n\n"
            "Rechnung     Datum        Ihre Bestellung   fällig am     Betrag EUR\n"
            "RE-26-08812  14.10.2026   4700229010        13.11.2026      1.284,60\n"
            "RE-26-09377  29.10.2026   4700230155        28.11.2026        412,35\n"
            "RE-26-10041  19.11.2026   4700231402        19.12.2026      2.950,00\n"
            "                                             Saldo           4.646,95\n\n"
            "Davon überfällig: 1.696,95 EUR. Unsere Buchhaltung ist vom 24.12. bis 6. Jänner nicht besetzt.\n\n"
            "Mit freundlichen Grüßen\nBuchhaltung\nSchrauben Mayrhofer GmbH | Industriezeile 36 | 4020 Linz\n"
            "IBAN AT61 3400 0000 0123 4567 | BIC RZOOAT2L")
    assert Decimal("1284.60") + Decimal("412.35") + Decimal("2950.00") == Decimal("4646.95")
    assert Decimal("1284.60") + Decimal("412.35") == Decimal("1696.95")
    part = mime.text(body, "plain", "windows-1252", "quoted-printable")
    hs = headers(mime.addr("Schrauben Mayrhofer Buchhaltung", "buchhaltung@schrauben-mayrhofer.example"),
                 "kreditoren@halden-group.example", "Kontoauszug / Offene Posten per 30.11.2026 - Kd.-Nr. 20418",
                 rfc_date("2026-11-30", "07:02:11", "+0100"), "<bmd.op.20261130.20418@schrauben-mayrhofer.example>",
                 cc=buyer_addr("jonas"), extra=[("X-Mailer", "BMD NTCS")])
    msg = mime.message(hs, part)
    exp = other("unrelated", "Statement of account for earlier invoices/POs; the open PO 4700236500 is not addressed.")
    return [p], msg, exp
