"""Cases 049-070: replies that must not confirm (needs_review, auto_reply, bounce, unrelated)."""
from .common import case, sup, po, out, req_subject, BUYERS, esc, h
from .mime import reply, A, T, M, Leaf, Multi, message, hdate, addr, ew, request_eml, msgid
from .pdf import make_pdf
from .xlsx import make_xlsx


# ------------------------------------------------------------------ needs_review

@case("buckles-colour-question", "needs_review/sl-SI",
      "Slovenian supplier asks whether grey buckles may replace black ones and promises a confirmation only after the answer.")
def c049():
    s = sup("ZAPONK", "Zaponka Let d.o.o.", "prodaja@zaponka-let.example", "sl-SI")
    p = po("4500233480", s, "EUR", "2026-11-24", [
        ("PHB-BLK-45", "Paragliding harness buckle 45 mm, black anodised, 24 kN", 200, "PCS", "11.20", "2026-12-18"),
        ("PHB-BLK-25", "Paragliding adjuster buckle 25 mm, black anodised", 200, "PCS", "4.60", "2026-12-18"),
    ])
    body = """Pozdravljeni gospa Lindqvist,

hvala za naročilo 4500233480. Črnih eloksiranih zaponk 45 mm trenutno nimamo,
lahko pa dobavimo sive (enaka izvedba, 24 kN). Ali lahko namesto črnih dobavimo sive?
Cena 11,20 EUR in rok 18.12.2026 bi ostala enaka. Ko nam sporočite, vam pošljemo potrditev naročila.

Lep pozdrav,
Matej Kranjc
Zaponka Let d.o.o.
Industrijska cesta 6, 4226 Žiri
tel. +386 4 555 18 02"""
    eml = reply(p, frm=("Matej Kranjc", "prodaja@zaponka-let.example"), date="2026-11-26 10:48 +0100",
                body=body, cs="iso-8859-2", cte="quoted-printable", client="gmail")
    return out([p], eml, "needs_review")


@case("harvest-booms-bekrefter-neste-uke", "needs_review/nb-NO",
      "Norwegian 'vi bekrefter ordren neste uke' acknowledges receipt but commits to nothing; the quoted PO still carries all values.")
def c050():
    s = sup("BAERBOM", "Bærbom Høsteutstyr AS", "ordre@baerbom.example", "nb-NO")
    p = po("4500233520", s, "NOK", "2026-11-24", [
        ("CHB-FL-8", "Cranberry harvest boom section 8 m, foam core 10x20 in", 10, "EA", "5400.00", "2026-12-18"),
        ("CHB-CON-AL", "Boom connector aluminium, 3/8 in pin", 20, "EA", "240.00", "2026-12-18"),
    ], buyer="ines")
    body = """Hei Ines,

Takk for bestillingen. Vi må sjekke kapasiteten i produksjonen før jul
og bekrefter ordren neste uke.

Med vennlig hilsen
Sindre Haugen
Bærbom Høsteutstyr AS
Industriveien 11, 3140 Nøtterøy
Tlf. +47 33 55 51 70"""
    eml = reply(p, frm=("Sindre Haugen", "ordre@baerbom.example"), date="2026-11-26 15:02 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="nb",
                subject="SV: Purchase order 4500233520 - please confirm")
    return out([p], eml, "needs_review")


@case("dome-shutters-prepayment-condition", "needs_review/et-EE",
      "Estonian reply confirms only on condition that a 50% prepayment is accepted; the date and prices look like a confirmation but depend on our answer.")
def c051():
    s = sup("TAEVAS", "Taevakuppel OÜ", "myyk@taevakuppel.example", "et-EE")
    p = po("4500233560", s, "EUR", "2026-11-25", [
        ("ADS-SHUT-2.5", "Astronomy dome shutter panel for 2.5 m dome, aluminium", 1, "EA", "2380.00", "2026-12-18"),
        ("ADS-CTRL-24V", "Shutter controller 24V with rain sensor", 1, "EA", "640.00", "2026-12-18"),
    ])
    body = """Tere, Mara!

Kinnitame tellimuse 4500233560 tingimusel, et nõustute 50% ettemaksuga (1 510,00 EUR).
Sel juhul tarne 18.12.2026, hinnad vastavalt tellimusele.
Palun andke teada, kas see sobib.

Lugupidamisega
Kadri Tamm
Taevakuppel OÜ
Peterburi tee 46, 11415 Tallinn
Tel +372 655 5210"""
    eml = reply(p, frm=("Kadri Tamm", "myyk@taevakuppel.example"), date="2026-11-27 09:37 +0200",
                body=body, cs="iso-8859-15", cte="quoted-printable", client="tb", html=False,
                subject="Re: Purchase order 4500233560 - please confirm")
    return out([p], eml, "needs_review")


@case("gelato-pans-contradictory-table", "needs_review/lt-LT",
      "Lithuanian text confirms 14,20 EUR and 2026-12-18, while the table in the same mail says 15,20 EUR and 2027-01-08.")
def c052():
    s = sup("LEDAI", "UAB Ledų Įranga", "pardavimai@ledu-iranga.example", "lt-LT")
    p = po("4500233600", s, "EUR", "2026-11-25", [
        ("GP-360-150", "Gelato display pan 360x165x150 mm, 7 L, stainless", 80, "EA", "14.20", "2026-12-18"),
    ])
    body = """Laba diena,

patvirtiname užsakymą 4500233600: kaina 14,20 EUR, pristatymas 2026-12-18.

Prekė          Kiekis   Kaina       Pristatymas
GP-360-150     80 vnt.  15,20 EUR   2027-01-08

Pagarbiai
Rūta Kazlauskienė
UAB Ledų Įranga
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 5187"""
    eml = reply(p, frm=("Rūta Kazlauskienė", "pardavimai@ledu-iranga.example"), date="2026-11-27 11:15 +0200",
                body=body, cs="windows-1257", cte="quoted-printable", client="outlook")
    return out([p], eml, "needs_review")


@case("volleyball-nets-as-agreed-arabic", "needs_review/ar-AE",
      "Arabic/English 'supply will be as agreed with our sales representative': the only prices and dates are in our own quoted request.")
def c053():
    s = sup("KHALEEJ", "Al Khaleej Sports Trading LLC", "sales@khaleej-sports.example", "ar-AE")
    p = po("4500233640", s, "USD", "2026-11-25", [
        ("BVN-TOUR-850", "Beach volleyball net 8.5 m, tournament, 2027 model", 8, "EA", "142.00", "2026-12-14"),
        ("BVN-POLE-SET", "Beach volleyball pole set 2.55 m, aluminium", 4, "SET", "520.00", "2026-12-14"),
    ], buyer="tom")
    body = """السيد توم المحترم،

شكراً لطلبكم. تم استلام أمر الشراء وسيتم التوريد حسب ما تم الاتفاق عليه مع مندوب المبيعات لدينا.

Dear Tom,
Thank you, PO received. Supply will be as agreed with our sales representative.

مع أطيب التحيات،
Omar Haddad
Al Khaleej Sports Trading LLC
Warehouse 14, Al Quoz Industrial 3, Dubai, UAE
Tel. +971 4 555 7731"""
    eml = reply(p, frm=("Omar Haddad", "sales@khaleej-sports.example"), date="2026-11-27 13:20 +0400",
                body=body, cs="windows-1256", cte="base64", client="outlook", rtl=True)
    return out([p], eml, "needs_review")


@case("periscope-seals-drawing-rev", "needs_review/en-US",
      "US supplier asks which drawing revision applies before confirming; it quotes an alternative price and a groove size 12x20 that are not commitments.")
def c054():
    s = sup("HARBSL", "Harbor Seal Technologies LLC", "quotes@harborseal-tech.example", "en-US")
    p = po("4500233700", s, "USD", "2026-11-26", [
        ("SPS-HEAD-220", "Periscope head window seal 220 mm, FKM, dwg PS-2210 Rev C", 12, "EA", "41.50", "2026-12-18"),
        ("SPS-ORING-96", "Periscope O-ring 96x4 mm, FKM", 48, "EA", "3.10", "2026-12-18"),
    ], buyer="tom")
    body = """Hi Tom,

Before we confirm PO 4500233700 - which revision of drawing PS-2210 applies? Your PO says Rev C,
but last week we received Rev D from your engineering, which changes the seal groove to 12x20 mm.
On Rev D the price would be $46.80/ea with a ship date of 12/22/2026; on Rev C we can hold $41.50.

Please advise and we'll send the acknowledgment right away.

Best,
Dana Whitfield
Harbor Seal Technologies LLC
88 Shipyard Way, Groton, CT 06340
(860) 555-0193"""
    eml = reply(p, frm=("Dana Whitfield", "quotes@harborseal-tech.example"), date="2026-11-30 15:41 -0500",
                body=body, cs="us-ascii", cte="7bit", client="outlook")
    return out([p], eml, "needs_review")


@case("organ-pipes-consegna-come-al-solito", "needs_review/it-IT",
      "Italian 'ok per l'ordine, consegna come al solito' is vague: no date, no line values, 'as usual' is not a date.")
def c055():
    s = sup("ORGANETTI", "Canne d'Organo Berni S.n.c.", "info@canne-berni.example", "it-IT")
    p = po("4500233740", s, "EUR", "2026-11-26", [
        ("BOP-WD-4", "Barrel organ pipe wood, open, 4 in, A4=440 Hz", 36, "EA", "27.00", "2027-01-15"),
        ("BOP-WD-2", "Barrel organ pipe wood, open, 2 in", 48, "EA", "19.50", "2027-01-15"),
    ])
    body = """Buongiorno Mara,

ok per l'ordine, consegna come al solito.

Saluti
Giorgio Berni

Inviato da iPhone"""
    eml = reply(p, frm=("Giorgio Berni", "info@canne-berni.example"), date="2026-12-01 19:04 +0100",
                body=body, cs="utf-8", cte="quoted-printable", client="mobile", quote="apple", html=False,
                subject="Re: Purchase order 4500233740 - please confirm")
    return out([p], eml, "needs_review")


@case("glass-eyes-raishu-kaito", "needs_review/ja-JP",
      "Japanese ISO-2022-JP reply: delivery is being checked with the maker and an answer will follow by next Wednesday.")
def c056():
    s = sup("GIGAN", "Kotobuki Gigan Seisakusho", "eigyo@kotobuki-gigan.example", "ja-JP")
    p = po("4500233780", s, "JPY", "2026-11-27", [
        ("GEP-GLASS-11", "Glass eye prosthesis, iris 11 mm, brown, hand-blown", 6, "EA", "38500", "2026-12-18"),
        ("GEP-GLASS-12", "Glass eye prosthesis, iris 12 mm, grey-blue, hand-blown", 4, "EA", "38500", "2026-12-18"),
    ])
    body = """コルヴァーネ・トレーディング
Mara Lindqvist 様

お世話になっております。寿義眼製作所の山田です。

ご注文（4500233780）ありがとうございます。
納期について現在職人と確認中のため、
来週水曜日までに改めてご回答いたします。

今しばらくお待ちください。

山田 花子
寿義眼製作所 営業部
東京都台東区浅草橋 3-21-5
TEL 03-5555-2190"""
    eml = reply(p, frm=("山田 花子", "eigyo@kotobuki-gigan.example"), date="2026-12-02 11:30 +0900",
                body=body, cs="iso-2022-jp", cte="7bit", client="tb", html=False,
                subject="Re: Purchase order 4500233780 - please confirm")
    return out([p], eml, "needs_review")


# ------------------------------------------------------------------ unrelated (1)

@case("buckles-remito-other-order", "unrelated/es-AR",
      "A delivery note (remito) with dates and quantities for an older order 4500229981, not for the open PO in pos.json.")
def c057():
    s = sup("ALAS", "Hebillas Alas del Sur S.R.L.", "logistica@alasdelsur.example", "es-AR")
    p = po("4500233680", s, "USD", "2026-11-25", [
        ("PHB-RING-40", "Paragliding harness ring 40 mm, 7075 aluminium", 300, "PCS", "2.95", "2026-12-18"),
    ])
    body = """Buenas tardes,

Adjuntamos remito R 0003-00018842 correspondiente a su OC 4500229981 (hebillas 45 mm, 150 u.),
despachado hoy 30/11 por Andreani, guía 3600-0128844. Entrega estimada en depósito del forwarder: 04/12.

Saludos cordiales,
Lucía Giménez
Logística - Hebillas Alas del Sur S.R.L.
Av. San Martín 2250, B1646 San Fernando, Buenos Aires
Tel. +54 11 5555-7741"""
    pdf = make_pdf([
        "##REMITO R 0003-00018842",
        "#Hebillas Alas del Sur S.R.L. - CUIT 30-71555412-8",
        "Av. San Martin 2250, B1646 San Fernando, Buenos Aires",
        "",
        "Fecha: 30/11/2026        Cliente: Corvane Trading GmbH        Su OC: 4500229981",
        "",
        "#Cant.   Codigo          Descripcion",
        "150     PHB-AUTO-45-AR   Hebilla automatica 45 mm, aluminio 7075, 24 kN",
        "",
        "Transporte: Andreani, guia 3600-0128844 - 3 bultos, 18,5 kg",
        "Documento no valido como factura.",
    ], title="Remito R 0003-00018842", producer="Tango Gestion", date="20261130163000-03'00'")
    eml = reply(None, frm=("Lucía Giménez", "logistica@alasdelsur.example"), date="2026-11-30 16:42 -0300",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="gmail", quote="none",
                attachments=[A(pdf, "application/pdf", "Remito_0003-00018842.pdf")], thread=False,
                to=[BUYERS["mara"]], subject="Remito R 0003-00018842 - OC 4500229981")
    return out([p], eml, "unrelated")


# ------------------------------------------------------------------ auto replies

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("wind-chimes-thai-out-of-office", "auto_reply/th-TH",
      "Thai out-of-office in TIS-620 with Buddhist-era dates (2569) and a deputy's address; nothing about the order.")
def c058():
    s = sup("CHIANGW", "Chiang Mai Windchime Craft Co., Ltd.", "sales@cm-windchime.example", "th-TH")
    p = po("4500233300", s, "USD", "2026-11-23", [
        ("WCT-BAM-60", "Bamboo wind chime tube 60 cm, 5 tubes set", 200, "SET", "4.20", "2026-12-18"),
        ("WCT-AL-16-300", "Wind chime tube aluminium 16x1 mm, 300 mm", 1000, "PCS", "0.48", "2026-12-18"),
    ])
    body = """เรียน ผู้ติดต่อ

ขอบคุณสำหรับอีเมลของท่าน ดิฉันไม่อยู่ที่สำนักงานระหว่างวันที่ 23 พฤศจิกายน - 4 ธันวาคม 2569
และจะตอบกลับอีเมลของท่านโดยเร็วที่สุดเมื่อกลับมา
หากมีเรื่องเร่งด่วน กรุณาติดต่อ คุณวิภา ที่ wipa@cm-windchime.example หรือโทร 053-555-214

ขอแสดงความนับถือ
พิมพ์ชนก ทองดี"""
    eml = reply(p, frm=("พิมพ์ชนก ทองดี", "sales@cm-windchime.example"), date="2026-11-23 15:06 +0700",
                body=body, cs="tis-620", cte="base64", client="outlook", quote="none",
                subject="ตอบกลับอัตโนมัติ: " + req_subject(p), extra_headers=AUTO)
    return out([p], eml, "auto_reply")


@case("cooler-hinges-abwesenheit", "auto_reply/de-DE",
      "German Outlook 'Automatische Antwort' with return date 07.12.2026 and a deputy; dates in it are not delivery dates.")
def c059():
    s = sup("KUEHLB", "Kühlbox Beschläge Schmitt GmbH", "info@kuehlbox-schmitt.example", "de-DE")
    p = po("4500233330", s, "EUR", "2026-11-23", [
        ("ICH-ZN-60", "Igloo cooler hinge zinc die-cast 60 mm", 800, "PCS", "1.35", "2026-12-18"),
    ], buyer="ines")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.12.2026 nicht im Büro
und ab Montag, 07.12.2026, wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Herrn Tobias Lang,
tobias.lang@kuehlbox-schmitt.example, Tel. +49 7361 555 420.

Mit freundlichen Grüßen
Anja Schmitt"""
    eml = reply(p, frm=("Anja Schmitt", "info@kuehlbox-schmitt.example"), date="2026-11-23 09:06 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", quote="none", lang="de",
                subject="Automatische Antwort: " + req_subject(p), extra_headers=AUTO)
    return out([p], eml, "auto_reply")


@case("pitch-covers-ticket-receipt", "auto_reply/en-GB",
      "Helpdesk ticket acknowledgment ('[#CS-48213] ... we have received your request') that even lists the PO number; no human answer.")
def c060():
    s = sup("WICKET", "Wicketguard Covers Ltd", "support@wicketguard.example", "en-GB")
    p = po("4500233420", s, "GBP", "2026-11-24", [
        ("CPC-FLAT-20x4", "Cricket flat sheet cover 20x4 m, 250 g/m2", 4, "EA", "186.00", "2026-12-11"),
        ("CPC-SIDE-8", "Side sheet 8x3 m, green", 6, "EA", "74.00", "2026-12-11"),
    ])
    text = """##- Please type your reply above this line -##

Dear Mara Lindqvist,

Thank you for contacting Wicketguard Covers. Your request "Purchase order 4500233420 - please confirm"
has been received and logged as ticket #CS-48213.

One of our customer service team will respond within 2 working days. Our office hours are
Monday to Friday, 08:30 - 17:00 (UK time).

To add information to this ticket, simply reply to this e-mail.

Wicketguard Covers Ltd - Customer Service
Unit 2, Fenner Trade Park, Loughborough LE11 5RD
This is an automated message."""
    hb = ('<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
          '<p>Dear Mara Lindqvist,</p><p>Thank you for contacting Wicketguard Covers. Your request '
          '<b>"Purchase order 4500233420 - please confirm"</b> has been received and logged as ticket '
          '<b>#CS-48213</b>.</p><p>One of our customer service team will respond within 2 working days. '
          'Our office hours are Monday to Friday, 08:30 - 17:00 (UK time).</p><p>To add information to this '
          'ticket, simply reply to this e-mail.</p><p style="color:#888">Wicketguard Covers Ltd - Customer Service'
          '<br>Unit 2, Fenner Trade Park, Loughborough LE11 5RD<br>This is an automated message.</p>')
    body = Multi("alternative", [T(text + "\n", "plain", "utf-8", "quoted-printable"),
                                 T("<html><body>%s</body></html>\n" % hb, "html", "utf-8", "quoted-printable")])
    hd = [("From", addr("Wicketguard Support", "support@wicketguard.example")),
          ("Reply-To", "support+id48213@wicketguard.example"),
          ("To", addr(*BUYERS["mara"])),
          ("Subject", "[#CS-48213] Re: " + req_subject(p)),
          ("Date", hdate("2026-11-24 09:06 +0000")),
          ("Message-ID", "<8KQ2M7RXY4E_6743f1a2d5b0c_1f3a9@zd-mailer.wicketguard.example>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
          ("X-Zendesk-From-Account-Id", "4f1c2a9")]
    return out([p], message(hd, body, "java"), "auto_reply")


@case("feather-dusters-adv-accuse", "auto_reply/fr-FR",
      "Shared-inbox receipt from the order desk ('votre message a bien été reçu ... sous 48 h'), with a delay promise that is not a commitment.")
def c061():
    s = sup("PLUMES", "Plumasserie de l'Ouest SAS", "adv@plumasserie-ouest.example", "fr-FR")
    p = po("4500233460", s, "EUR", "2026-11-24", [
        ("OFD-50-NAT", "Ostrich feather duster 50 cm, natural, beech handle", 150, "EA", "8.60", "2026-12-16"),
        ("OFD-REFILL-25", "Ostrich feather refill bundle 25 cm", 100, "EA", "3.90", "2026-12-16"),
    ])
    body = """Bonjour,

Votre message a bien été reçu par le service Administration des Ventes.
Il sera traité dans un délai de 48 h ouvrées.

Pour toute commande urgente, merci d'appeler le 02 41 55 51 80 (du lundi au vendredi, 8 h 30 - 17 h).

Ceci est un message automatique, merci de ne pas y répondre.

Plumasserie de l'Ouest SAS - 14 rue des Tanneurs, 49100 Angers"""
    eml = reply(p, frm=("Plumasserie de l'Ouest - ADV", "adv@plumasserie-ouest.example"), date="2026-11-24 09:06 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="java", quote="none", html=False,
                subject="Accusé de réception : " + req_subject(p), extra_headers=AUTO + [("Precedence", "auto_reply")])
    return out([p], eml, "auto_reply")


@case("bobbins-zgloszenie-auto", "auto_reply/pl-PL",
      "Polish ticket-system receipt ('zgłoszenie nr 2026/11/4471') with a reply deadline date; nothing is confirmed.")
def c062():
    s = sup("KOLOWR", "Kołowrotek Przędza Sp. z o.o.", "biuro@kolowrotek.example", "pl-PL")
    p = po("4500233500", s, "PLN", "2026-11-24", [
        ("SWB-PL-100", "Spinning wheel bobbin 100 mm, birch, 3/8 in core", 120, "PCS", "21.50", "2026-12-18"),
        ("SWB-FLY-SET", "Flyer and bobbin set for 2027 wheel model", 10, "SET", "189.00", "2026-12-18"),
    ])
    body = """Dzień dobry,

dziękujemy za wiadomość. Zarejestrowaliśmy zgłoszenie nr 2026/11/4471.
Odpowiemy najpóźniej do 27.11.2026.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.

Kołowrotek Przędza Sp. z o.o.
ul. Tkacka 7, 95-200 Pabianice"""
    eml = reply(p, frm=("Kołowrotek - Biuro Obsługi", "biuro@kolowrotek.example"), date="2026-11-24 09:07 +0100",
                body=body, cs="iso-8859-2", cte="quoted-printable", client="java", quote="none",
                subject="[Zgłoszenie 2026/11/4471] " + req_subject(p), extra_headers=AUTO)
    return out([p], eml, "auto_reply")


# ------------------------------------------------------------------ bounces

def _ds(p, date, status, diag, remote):
    return ("Reporting-MTA: dns; mx1.corvane.example\n"
            "X-Postfix-Queue-ID: %s\n"
            "X-Postfix-Sender: rfc822; %s\n"
            "Arrival-Date: %s\n\n"
            "Final-Recipient: rfc822; %s\n"
            "Original-Recipient: rfc822;%s\n"
            "Action: failed\n"
            "Status: %s\n"
            "Remote-MTA: dns; %s\n"
            "Diagnostic-Code: smtp; %s\n" % (h("q", n=11).upper(), p["buyer"]["email"], hdate(date),
                                              p["supplier"]["email"], p["supplier"]["email"], status, remote, diag))


@case("gelato-pans-postfix-dsn", "bounce/it-IT",
      "Postfix multipart/report DSN (550 5.1.1 user unknown) carrying our original request with its PO table and dates.")
def c063():
    s = sup("GELATEC", "Gelatec Vaschette S.p.A.", "ordini@gelatec-vaschette.example", "it-IT")
    p = po("4500233540", s, "EUR", "2026-11-25", [
        ("GP-180-80", "Gelato display pan 360x165x80 mm, 3.5 L", 120, "EA", "11.90", "2026-12-18"),
        ("GP-DIV-2", "Pan divider 2-way, 165 mm", 60, "EA", "2.40", "2026-12-18"),
    ])
    human = """This is the mail system at host mx1.corvane.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.gelatec-vaschette.example[203.0.113.45] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (s["email"], s["email"])
    ds = _ds(p, "2026-11-25 09:05 +0100", "5.1.1",
             "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % s["email"],
             "mx.gelatec-vaschette.example")
    body = Multi("report", [
        T(human, "plain", "us-ascii", "7bit", headers=[("Content-Description", "Notification")]),
        Leaf("message/delivery-status", ds.encode(), "7bit", headers=[("Content-Description", "Delivery report")]),
        M(request_eml(p), headers=[("Content-Description", "Undelivered Message")]),
    ], params=[("report-type", "delivery-status")])
    hd = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.corvane.example (Mail Delivery System)"),
          ("To", p["buyer"]["email"]), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", hdate("2026-11-25 09:06 +0100")), ("Message-ID", "<20261125080612.4Fq2Lk1VXsz@mx1.corvane.example>"),
          ("Auto-Submitted", "auto-replied")]
    return out([p], message(hd, body, "java"), "bounce")


@case("bobbins-exchange-ndr-mailbox-full", "bounce/cs-CZ",
      "Exchange Online NDR ('Undeliverable:', mailbox full 5.2.2) with text+HTML explanation, delivery-status and the original PO request attached.")
def c064():
    s = sup("PRESLICE", "Přeslice a Cívky s.r.o.", "objednavky@preslice-civky.example", "cs-CZ")
    p = po("4500233580", s, "EUR", "2026-11-25", [
        ("SWB-CZ-120", "Spinning wheel bobbin 120 mm, ash, 12x20 mm flange", 80, "PCS", "7.40", "2026-12-18"),
        ("SWB-BRAKE-CORD", "Brake band cord 1.5 mm, 25 m", 10, "ROL", "5.20", "2026-12-18"),
    ])
    to = s["email"]
    txt = """Delivery has failed to these recipients or groups:

%s
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: DB9PR10MB5849.eurprd10.prod.outlook.com

%s
Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:

From: %s <%s>
To: %s
Subject: %s
Date: %s
Message-ID: %s
""" % (to, to, p["buyer"]["name"], p["buyer"]["email"], to, req_subject(p), hdate("2026-11-25 09:05 +0100"),
       p["request_message_id"])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:"
            "</font></b></p><p><a href=\"mailto:%s\">%s</a><br>The recipient's mailbox is full and can't accept "
            "messages now.</p><p>Diagnostic information for administrators:</p><p>Generating server: "
            "DB9PR10MB5849.eurprd10.prod.outlook.com</p><p>%s<br>Remote server returned '552 5.2.2 mailbox full'"
            "</p></body></html>\n" % (to, to, to))
    ds = ("Reporting-MTA: dns;DB9PR10MB5849.eurprd10.prod.outlook.com\n"
          "Received-From-MTA: dns;AM9PR01MB7744.eurprd01.prod.outlook.com\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822;%s\n"
          "Action: failed\n"
          "Status: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 mailbox full;\n"
          " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
          % (hdate("2026-11-25 09:05 +0100"), to))
    body = Multi("report", [
        Multi("alternative", [T(txt, "plain", "us-ascii", "quoted-printable"), T(html, "html", "us-ascii", "quoted-printable")]),
        Leaf("message/delivery-status", ds.encode(), "7bit"),
        M(request_eml(p)),
    ], params=[("report-type", "delivery-status")])
    hd = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corvane.example>"),
          ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
          ("Subject", "Undeliverable: " + req_subject(p)),
          ("Date", hdate("2026-11-25 08:06 +0000")),
          ("Message-ID", "<7b1e0c52-4d7f-4f3a-9c2e-1a5b8d3e6f90@DB9PR10MB5849.eurprd10.prod.outlook.com>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Thread-Topic", req_subject(p)), ("Content-Language", "en-US"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    return out([p], message(hd, body, "outlook"), "bounce")


@case("cranberry-booms-qmail-bounce", "bounce/en-US",
      "Plain-text qmail bounce ('Hi. This is the qmail-send program') with the whole original request, PO table and dates, pasted below.")
def c065():
    s = sup("BOGLAND", "Bogland Harvest Equipment Co.", "orders@bogland-harvest.example", "en-US")
    p = po("4500233620", s, "USD", "2026-11-25", [
        ("CHB-US-10", "Cranberry harvest boom 10 ft section, HDPE float 8x12 in", 24, "EA", "318.00", "2026-12-18"),
        ("CHB-CHAIN-38", "Boom connecting chain 3/8 in, 4 ft", 24, "EA", "19.75", "2026-12-18"),
        ("CHB-WINCH-12V", "Boom pull winch 12V, 2500 lb", 2, "EA", "465.00", "2026-12-18"),
    ], buyer="tom")
    orig = request_eml(p).decode("ascii")
    text = """Hi. This is the qmail-send program at mail.bogland-harvest.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<%s>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <%s>
Received: (qmail 28814 invoked from network); 25 Nov 2026 08:05:21 -0000
Received: from mx1.corvane.example (198.51.100.20)
  by mail.bogland-harvest.example with SMTP; 25 Nov 2026 08:05:21 -0000
%s""" % (s["email"], p["buyer"]["email"], orig)
    hd = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.bogland-harvest.example"),
          ("To", p["buyer"]["email"]), ("Subject", "failure notice"),
          ("Date", hdate("2026-11-25 08:06 +0000")), ("Message-ID", "<20261125080621.28816.qmail@mail.bogland-harvest.example>")]
    return out([p], message(hd, T(text, "plain", "us-ascii", "7bit"), "java"), "bounce")


@case("organ-pipes-google-address-not-found", "bounce/da-DK",
      "Google Workspace 'Address not found' report (multipart/report, 550 5.1.1 from the supplier's MX) with the original request attached.")
def c066():
    s = sup("ORGELP", "Orgelpiber Nord ApS", "salg@orgelpiber-nord.example", "da-DK")
    p = po("4500233660", s, "DKK", "2026-11-25", [
        ("BOP-TIN-2", "Barrel organ pipe tin 2 ft, open, C", 8, "EA", "460.00", "2027-01-15"),
        ("BOP-FOOT-12", "Pipe foot repair sleeve 12 mm", 40, "EA", "18.00", "2027-01-15"),
    ])
    to = s["email"]
    txt = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: mailbox does not exist
""" % (to, to)
    html = ("<html><head></head><body><h2 style=\"font-family:Google Sans,Roboto,sans-serif\">Address not found</h2>"
            "<p>Your message wasn't delivered to <a style=\"color:#212121;text-decoration:none\"><b>%s</b></a> because "
            "the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote server was:</p>"
            "<p style=\"font-family:monospace\">550 5.1.1 &lt;%s&gt;: Recipient address rejected: mailbox does not exist</p>"
            "</body></html>\n" % (to, to))
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mx.orgelpiber-nord.example. (192.0.2.77, the server for the domain orgelpiber-nord.example.)\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: mailbox does not exist\n"
          "Last-Attempt-Date: %s\n" % (hdate("2026-11-25 00:05 -0800"), to, to, hdate("2026-11-25 00:05 -0800")))
    body = Multi("report", [
        Multi("alternative", [T(txt, "plain", "utf-8", "quoted-printable"), T(html, "html", "utf-8", "quoted-printable")]),
        Leaf("message/delivery-status", ds.encode(), "7bit"),
        M(request_eml(p)),
    ], params=[("report-type", "delivery-status")])
    hd = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", p["buyer"]["email"]),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("Date", hdate("2026-11-25 00:06 -0800")),
          ("Message-ID", "<6743f1b5.050a0220.2c91e.9a4fSMTPIN_ADDED_MISSING@mx.google.com>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied")]
    return out([p], message(hd, body, "gmail"), "bounce")


# ------------------------------------------------------------------ unrelated

@case("proofing-baskets-feria-invitation", "unrelated/es-ES",
      "Spanish invitation to visit a trade-fair booth (pabellón 5, stand C14, 23-26/02/2027) from a supplier with an open PO; marketing, not an answer.")
def c067():
    s = sup("MIMBRE", "Mimbres Horneros S.L.", "marketing@mimbres-horneros.example", "es-ES")
    p = po("4500233690", s, "EUR", "2026-11-25", [
        ("BPB-WIC-28", "Wicker proofing basket round 28 cm, 2 kg dough", 100, "EA", "9.30", "2026-12-18"),
    ])
    hb = ('<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">'
          '<tr><td style="background:#8a5a2b;color:#fff;padding:18px;font-size:22px"><b>¡Le esperamos en Panifica 2027!</b></td></tr>'
          '<tr><td style="padding:16px;font-size:14px;color:#333">'
          '<p>Estimado cliente:</p>'
          '<p>Nos complace invitarle a visitar nuestro stand en la feria <b>Panifica 2027</b> - '
          'IFEMA Madrid, <b>pabellón 5, stand C14</b>, del <b>23 al 26 de febrero de 2027</b>.</p>'
          '<p>Presentaremos nuestra nueva línea de cestas de fermentación de mimbre y ratán (22, 25 y 28 cm, '
          'ovaladas 35x14 cm) y los nuevos lienzos de lino de 80 cm.</p>'
          '<p>Solicite su pase gratuito con el código <b>PNF27-MH40</b>.</p>'
          '<p style="text-align:center"><a href="https://mimbres-horneros.example/panifica2027" '
          'style="background:#8a5a2b;color:#fff;padding:10px 22px;text-decoration:none">Reservar una cita</a></p>'
          '<p>Un cordial saludo,<br>El equipo de Mimbres Horneros<br>Ctra. de Toledo km 12, 28906 Getafe (Madrid)<br>'
          'Tel. +34 91 555 27 40</p></td></tr>'
          '<tr><td style="font-size:11px;color:#999;padding:10px">Si no desea recibir más comunicaciones, '
          '<a href="https://mimbres-horneros.example/baja">darse de baja</a>.</td></tr></table>')
    text = """¡Le esperamos en Panifica 2027!

Estimado cliente:

Nos complace invitarle a visitar nuestro stand en la feria Panifica 2027 - IFEMA Madrid,
pabellón 5, stand C14, del 23 al 26 de febrero de 2027.

Presentaremos nuestra nueva línea de cestas de fermentación de mimbre y ratán (22, 25 y 28 cm,
ovaladas 35x14 cm) y los nuevos lienzos de lino de 80 cm.

Solicite su pase gratuito con el código PNF27-MH40:
https://mimbres-horneros.example/panifica2027

Un cordial saludo,
El equipo de Mimbres Horneros
Ctra. de Toledo km 12, 28906 Getafe (Madrid) - Tel. +34 91 555 27 40

Darse de baja: https://mimbres-horneros.example/baja
"""
    body = Multi("alternative", [T(text, "plain", "utf-8", "quoted-printable"),
                                 T("<html><body>%s</body></html>\n" % hb, "html", "utf-8", "quoted-printable")])
    hd = [("From", addr("Mimbres Horneros", "marketing@mimbres-horneros.example")),
          ("To", addr(*BUYERS["mara"])),
          ("Subject", ew("Invitación: visítenos en Panifica 2027 - pabellón 5, stand C14")),
          ("Date", hdate("2026-11-26 07:30 +0100")),
          ("Message-ID", "<20261126063001.a81c4e.panifica27@mailing.mimbres-horneros.example>"),
          ("List-Unsubscribe", "<https://mimbres-horneros.example/baja>"),
          ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")]
    return out([p], message(hd, body, "java"), "unrelated")


@case("marimba-newsletter-html-only", "unrelated/nl-NL",
      "HTML-only Dutch newsletter with prices, sizes and 'levertijd' phrases for new products; nothing refers to the open PO.")
def c068():
    s = sup("MARIMBA", "Marimba Onderdelen Nederland B.V.", "info@marimba-onderdelen.example", "nl-NL")
    p = po("4500233710", s, "EUR", "2026-11-26", [
        ("MR-RES-G3", "Marimba resonator G3, aluminium 60 mm", 6, "EA", "58.00", "2026-12-18"),
        ("MR-MALLET-M", "Marimba mallet medium, rattan shaft", 12, "PAIR", "21.00", "2026-12-18"),
    ])
    hb = ('<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Nieuwsbrief december 2026</title></head>'
          '<body style="margin:0;background:#f2f2f2"><table width="640" align="center" style="background:#fff;font-family:Verdana,sans-serif">'
          '<tr><td style="padding:20px"><h1 style="color:#7a1f3d">Nieuwsbrief december 2026</h1>'
          '<h2>Nieuw: resonatoren 2027-serie</h2><p>Onze nieuwe resonatorbuizen 50 mm en 63 mm met 1,5 mm wand '
          'zijn nu leverbaar vanaf &euro; 54,50. Levertijd 2 weken na bestelling.</p>'
          '<h2>Kerstactie</h2><p>Tot 18 december 10% korting op alle mallets (code XMAS26). '
          'Bestellingen na 18/12 worden na 4 januari verzonden.</p>'
          '<h2>Openingstijden feestdagen</h2><p>Gesloten van 24-12-2026 t/m 01-01-2027.</p>'
          '<p>Met muzikale groet,<br>Team Marimba Onderdelen<br>Ambachtsweg 5, 3542 DG Utrecht</p>'
          '<p style="font-size:10px;color:#999">U ontvangt deze e-mail omdat u klant bent. '
          '<a href="https://marimba-onderdelen.example/afmelden">Afmelden</a></p></td></tr></table></body></html>\n')
    hd = [("From", addr("Marimba Onderdelen Nederland", "nieuwsbrief@marimba-onderdelen.example")),
          ("To", addr(*BUYERS["mara"])),
          ("Subject", "Nieuwsbrief december 2026 - nieuwe resonatoren & kerstactie"),
          ("Date", hdate("2026-12-02 06:00 +0100")),
          ("Message-ID", "<nb-2026-12.7731.0042@news.marimba-onderdelen.example>"),
          ("List-Unsubscribe", "<https://marimba-onderdelen.example/afmelden>, <mailto:afmelden@marimba-onderdelen.example>"),
          ("List-Id", "Nieuwsbrief <nieuwsbrief.marimba-onderdelen.example>"),
          ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer")]
    return out([p], message(hd, T(hb, "html", "iso-8859-1", "quoted-printable"), "java"), "unrelated")


@case("coach-lamps-prislista-2027", "unrelated/sv-SE",
      "Swedish 2027 price list with an XLSX attachment whose prices differ from the open PO; a price list is not an answer to the order.")
def c069():
    s = sup("LYKTA", "Lyktmakarna i Borås AB", "order@lyktmakarna.example", "sv-SE")
    p = po("4500233750", s, "SEK", "2026-11-26", [
        ("HCL-SE-LED", "Hearse coach lamp LED 24V, brass, pair", 2, "PAIR", "4650.00", "2026-12-18"),
        ("HCL-SE-GLAS", "Coach lamp spare glass 12x20 cm", 6, "EA", "310.00", "2026-12-18"),
    ])
    body = """Hej,

Bifogat finner du vår prislista för 2027, som gäller för order med leveransdatum från och med 2027-01-01.
Prishöjningen är i genomsnitt 4,5 %. Order som lagts före 2026-12-31 levereras till nuvarande priser.

Vänliga hälsningar
Eva Lindholm
Lyktmakarna i Borås AB
Södra Vägen 12, 504 55 Borås
Tel 033-555 41 20"""
    x = make_xlsx([
        ["Prislista 2027 - Lyktmakarna i Borås AB", "", "", "", "giltig från 2027-01-01"],
        [],
        ["Artikel", "Benämning", "Enhet", "Pris SEK 2026", "Pris SEK 2027"],
        ["HCL-SE-LED", "Begravningsbil lykta LED 24V, mässing, par", "PAR", 4650, 4860],
        ["HCL-SE-GLAS", "Reservglas 12x20 cm", "ST", 310, 325],
        ["HCL-SE-BRKT", "Fäste 45 grader", "ST", 420, 440],
        ["HCL-SE-BULB", "Glödlampa 24V 21W BA15s", "ST", 38, 40],
    ], sheet="Prislista 2027", stamp=(2026, 11, 30, 14, 0, 0))
    eml = reply(None, frm=("Eva Lindholm", "order@lyktmakarna.example"), date="2026-11-30 14:12 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="sv", quote="none",
                attachments=[A(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "Prislista_2027.xlsx")], thread=False, to=[BUYERS["mara"]],
                subject="Prislista 2027")
    return out([p], eml, "unrelated")


@case("glass-eyes-faktura-other-po", "unrelated/cs-CZ",
      "Czech invoice (Flate-compressed PDF) for an earlier order 4500228812 delivered in October; the open PO in pos.json is not mentioned.")
def c070():
    s = sup("OKOSKLO", "Oční Protézy Sklo s.r.o.", "fakturace@ocni-protezy-sklo.example", "cs-CZ")
    p = po("4500233790", s, "EUR", "2026-11-27", [
        ("GEP-CZ-11-BR", "Glass eye prosthesis, iris 11 mm, brown, Bohemian cryolite glass", 10, "EA", "96.00", "2027-01-08"),
        ("GEP-CZ-12-BL", "Glass eye prosthesis, iris 12 mm, blue", 10, "EA", "96.00", "2027-01-08"),
    ])
    body = """Dobrý den,

v příloze zasíláme fakturu č. 2026-1187 k Vaší objednávce 4500228812 (dodáno 28.10.2026).
Splatnost 30 dní, tj. 2.1.2027.

S pozdravem
Jana Nováková
účtárna
Oční Protézy Sklo s.r.o., Palackého 22, 466 01 Jablonec nad Nisou
tel. +420 483 555 610"""
    pdf = make_pdf([
        "##FAKTURA - DANOVY DOKLAD c. 2026-1187",
        "#Ocni Protezy Sklo s.r.o., Palackeho 22, 466 01 Jablonec nad Nisou, DIC CZ25555610",
        "",
        "Odberatel: Corvane Trading GmbH, Hafenstrasse 14, 28217 Bremen, DE",
        "Vase objednavka: 4500228812     Datum vystaveni: 30.11.2026     Datum splatnosti: 02.01.2027",
        "DUZP: 28.10.2026",
        "",
        "#Polozka         Popis                                   Mnozstvi   Cena/ks     Celkem",
        "GEP-CZ-10-GR    Oko skleneny, duhovka 10 mm, sede        8 ks       92,00 EUR   736,00 EUR",
        "GEP-CASE-S      Pouzdro vel. S                           8 ks       11,50 EUR    92,00 EUR",
        "",
        "Celkem k uhrade: 828,00 EUR (reverse charge, par. 92a)",
        "IBAN CZ65 0800 0000 1920 0014 5399, VS 20261187",
    ], compress=True, title="Faktura 2026-1187", producer="Pohoda", date="20261130120500+01'00'")
    eml = reply(None, frm=("Jana Nováková", "fakturace@ocni-protezy-sklo.example"), date="2026-11-30 12:08 +0100",
                body=body, cs="windows-1250", cte="quoted-printable", client="outlook", quote="none",
                attachments=[A(pdf, "application/pdf", "Faktura_2026-1187.pdf")], thread=False,
                to=[BUYERS["mara"]], subject="Faktura 2026-1187 / obj. 4500228812")
    return out([p], eml, "unrelated")
