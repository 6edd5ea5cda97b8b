# -*- coding: utf-8 -*-
from .common import *  # noqa


def gt(po, attribution):
    return q_gt(po, attribution)


# 055 ------------------------------------------------------------------
sup = ("LIONC", "Lion City Industrial Pte Ltd", "sales@lioncityindustrial.example", "en-SG")
poA = PO("4500034255", sup, "priya", "USD", "2026-11-12", [
    ("LC-CT-200", "Cable tie 2.5x200 mm, natural", 20000, "PC", "0.009", "2026-12-18"),
    ("LC-CT-300S", "Stainless cable tie 4.6x300 mm", 2000, "PC", "0.118", "2026-12-18"),
    ("LC-CT-GUN", "Cable tie tensioning tool", 10, "EA", "22.40", "2026-12-18")])
poB = PO("4500034299", sup, "priya", "USD", "2026-11-13", [
    ("LC-OF-88", "Oil filter M20x1.5, 88 mm", 400, "PC", "3.20", "2026-12-18")])
txt = """Hi Priya,

Noted with thanks. For PO 4500034255 can confirm all 3 lines as per your PO, delivery 18/12.
For the other PO (4500034299) we are still checking with our principal, will update you separately.

Thanks & regards,
Wei Ling
Lion City Industrial Pte Ltd | 10 Ubi Crescent #05-21, Singapore 408564
DID +65 6555 0142 | HP +65 9123 4567 | UEN 201012345K

-----Original Message-----
From: Priya Natarajan <priya.natarajan@northgate-supply.example>
Sent: Thursday, 12 November 2026 5:05 PM
To: sales@lioncityindustrial.example
Subject: Purchase order 4500034255 - please confirm

""" + req_text(poA)
eml = message(addr("Tan Wei Ling", "weiling.tan@lioncityindustrial.example"), buyer_addr(poA), "RE: " + req_subject(poA),
              D("2026-11-16 11:48", "+0800"), "<SI2PR06MB5140B3@lioncityindustrial.example>", text(txt, cs="us-ascii", cte="7bit"),
              reply_to=poA["request_message_id"])
add("two-open-pos-one-answered", "confirmation", "en-SG",
    "Singapore reply when two POs are open with the supplier: one is confirmed, the other only mentioned as 'still checking'.",
    [poA, poB], eml, "PO 4500034255: all three lines confirmed for 18/12 = 2026-12-18 -> accepted. PO 4500034299 is only mentioned, not answered -> left out of confirmations.",
    [conf(poA)])

# 056 ------------------------------------------------------------------
sup = ("SHANN", "Shannon Tool Distributors Ltd", "sales@shannontools.example", "en-IE")
po = PO("4500034256", sup, "dana", "EUR", "2026-11-13", [
    ("BG-200-VS", "Bench grinder 200 mm, variable speed", 6, "EA", "164.00", "2027-01-08"),
    ("BG-WB-200", "Wire brush wheel 200 mm for bench grinder", 12, "EA", "18.50", "2027-01-08")])
txt = """Hi Dana,

Got your order, thanks a million. I'll come back to you with prices and dates early next week once I hear back from the factory in Germany.

Kind regards,
Ciarán Byrne
Shannon Tool Distributors Ltd | Unit 4, Shannon Free Zone, Co. Clare, V14 XY12
T: +353 61 555 012 | M: +353 87 123 4567

This e-mail and any attachments are confidential and intended solely for the addressee. Shannon Tool Distributors Ltd, registered in Ireland No. 412345."""
html = html_doc("<div>" + txt.replace("\n", "<br>") + "</div><br>" +
                q_html(po, "On Fri 13 Nov 2026 at 10:05, Dana Ruiz &lt;dana.ruiz@northgate-supply.example&gt; wrote:"))
eml = message(addr("Ciarán Byrne", "ciaran.byrne@shannontools.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-13 16:20", "+0000"), "<DB7PR02MB4120E9@shannontools.example>",
              multi("alternative", [text(txt), text(html, "html")], "_000_DB7PR02MB4120E9_"), reply_to=po["request_message_id"])
add("irish-receipt-only", "needs_review", "en-IE",
    "Friendly Irish 'got your order, thanks' receipt with a promise to revert next week; HTML blockquote of our PO.",
    [po], eml, "Human acknowledgement of receipt without any commitment on quantity, price or date -> needs_review.")

# 057 ------------------------------------------------------------------
sup = ("MAPLE", "Maple Leaf Fastening Ltd.", "orders@mapleleaf-fastening.example", "en-CA")
po = PO("4500034257", sup, "tom", "USD", "2026-11-13", [
    ("ML-RG-14", "Heavy duty rivet gun 14 in", 12, "EA", "33.90", "2026-12-17")])
plain = """Your message to orders@mapleleaf-fastening.example couldn't be delivered.

orders wasn't found at mapleleaf-fastening.example.

tom.ashby          Office 365          orders
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to get this error, contact the recipient by some other means.

Diagnostic information for administrators:

Generating server: YT2PR01MB4518.CANPRD01.PROD.OUTLOOK.COM

orders@mapleleaf-fastening.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@mapleleaf-fastening.example not found by SMTP address lookup'
"""
html = html_doc("<p><b>Your message to orders@mapleleaf-fastening.example couldn't be delivered.</b></p>"
                "<p>orders wasn't found at mapleleaf-fastening.example.</p><p>Remote server returned '550 5.1.10 "
                "RESOLVER.ADR.RecipientNotFound; Recipient orders@mapleleaf-fastening.example not found by SMTP address lookup'</p>")
root = multi("report", [
    multi("alternative", [text(plain), text(html, "html")], "_000_NDR_alt_YT2PR01MB4518_"),
    dsn("YT2PR01MB4518.CANPRD01.PROD.OUTLOOK.COM", D("2026-11-13 10:05", "-0500"), "orders@mapleleaf-fastening.example",
        "failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    orig_message(po, "10:05", "-0500")], "_001_NDR_YT2PR01MB4518_", params="; report-type=delivery-status")
eml = message(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-supply.example"),
              "tom.ashby@northgate-supply.example", "Undeliverable: " + req_subject(po), D("2026-11-13 15:05", "+0000"),
              "<b2d0f1c8-3e7a-4a61-9f2e-1c9d8e7f6a5b@YT2PR01MB4518.CANPRD01.PROD.OUTLOOK.COM>", root,
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
add("exchange-online-ndr", "bounce", "en-CA",
    "Exchange Online NDR (multipart/report with nested alternative, delivery-status and the original PO mail attached).",
    [po], eml, "Undeliverable report 5.1.10 recipient not found; our PO request did not reach the supplier.")

# 058 ------------------------------------------------------------------
sup = ("NIVCA", "Nivells i Làsers Catalunya SL", "comandes@nivells-cat.example", "ca-ES")
po = PO("4500034258", sup, "martin", "EUR", "2026-11-13", [
    ("NL-VERD-3D", "Green 3D line laser, 12 lines", 5, "EA", "298.00", "2026-12-22"),
    ("NL-ROT-H", "Rotating laser, horizontal, with receiver", 5, "EA", "512.00", "2026-12-22")])
txt = """Bon dia Martin,

us confirmem la comanda 4500034258:
- Línia 1: 5 unitats a 298,00 €, tal com demaneu.
- Línia 2: només en podem servir 4 unitats (en lloc de 5) a 512,00 €; no en tindrem més fins a la primavera.
Data d'entrega de tot plegat: 22/12.

Salutacions,
Jordi Puig i Serra
Nivells i Làsers Catalunya SL | C/ de la Indústria 45, 08908 L'Hospitalet de Llobregat
Tel. 93 123 45 67 | NIF B-65123456"""
eml = message(addr("Jordi Puig i Serra", "jordi.puig@nivells-cat.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-16 12:30"), "<AM0PR09MB3320F8@nivells-cat.example>", text(txt, cs="iso-8859-15"),
              reply_to=po["request_message_id"])
add("catalan-short-qty", "confirmation", "ca-ES",
    "Catalan reply: one line reduced to available stock with no backorder; shared date '22/12' without year.",
    [po], eml, "Line 1 accepted (22/12 -> 2026-12-22). Line 2 only 4 of 5, same price and date, rest not before spring (not promised) -> changed quantity 4.",
    [conf(po, {2: dict(q=4)})])

# 059 ------------------------------------------------------------------
sup = ("GIPUZ", "Gipuzkoa Hodiak S.L.", "eskaerak@gipuzkoahodiak.example", "eu-ES")
po = PO("4500034259", sup, "dana", "EUR", "2026-11-16", [
    ("GH-GAS-DN25", "Flange gasket DN25 PN40, PTFE", 200, "PC", "1.75", "2027-01-12")])
txt = """Kaixo,

Oporretan nago azaroaren 30era arte. Eskaerak bidali helbide honetara: eskaerak@gipuzkoahodiak.example

Hola,
Estoy de vacaciones hasta el 30 de noviembre. Para pedidos, escriba a eskaerak@gipuzkoahodiak.example

Mila esker / Muchas gracias
Ane Etxeberria"""
eml = message(addr("Ane Etxeberria", "ane.etxeberria@gipuzkoahodiak.example"), buyer_addr(po),
              "Erantzun automatikoa: " + req_subject(po), D("2026-11-16 10:06"), "<ooo.ane.20261116@gipuzkoahodiak.example>",
              text(txt, cs="iso-8859-1", cte="quoted-printable"), reply_to=po["request_message_id"],
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
add("basque-spanish-ooo", "auto_reply", "eu-ES",
    "Bilingual Basque/Spanish vacation notice (X-Autoreply) with the return date only.",
    [po], eml, "Out-of-office auto reply; nothing about the order.")

# 060 ------------------------------------------------------------------
sup = ("MALTT", "Malta Tools & Hardware Ltd", "orders@maltatools.example", "mt-MT")
po = PO("4500034260", sup, "dana", "EUR", "2026-11-16", [
    ("MT-PW-18", "Pipe wrench 18 in, cast iron", 20, "EA", "24.60", "2026-12-16"),
    ("MT-PW-10", "Pipe wrench 10 in, cast iron", 30, "EA", "13.90", "2026-12-16")])
txt = """Bongu Dana,

Kollox ok għall-PO 4500034260 - nikkonfermaw il-kwantitajiet, il-prezzijiet u d-data tal-kunsinna (16/12/2026).

Grazzi u l-ġurnata t-tajba,
Mario Borg
Malta Tools & Hardware Ltd | Triq il-Kummerċ, Qormi QRM 3000
Tel: +356 2144 5566 | VAT MT12345678

""" + gt(po, "On Mon, 16 Nov 2026 at 10:05, Dana Ruiz <dana.ruiz@northgate-supply.example> wrote:")
eml = message(addr("Mario Borg", "mario.borg@maltatools.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-16 14:55"), "<CAE4wXp7uN2kR1@mail.gmail.com>", text(txt), reply_to=po["request_message_id"])
add("maltese-kollox-ok", "confirmation", "mt-MT",
    "Maltese 'Kollox ok' confirmation of everything above a Gmail quote; the only date restated equals the need-by date.",
    [po], eml, "Quantities, prices and the 16/12/2026 delivery all confirmed as ordered -> all accepted.",
    [conf(po)])

# 061 ------------------------------------------------------------------
sup = ("KAROO", "Karoo Gereedskap (Edms) Bpk", "bestellings@karoogereedskap.example", "af-ZA")
po = PO("4500034261", sup, "tom", "USD", "2026-11-16", [
    ("KG-VS-500", "Grease gun 500 g, pistol grip", 48, "EA", "15.80", "2026-12-18"),
    ("KG-KOP-4", "Grease coupler 4-jaw, 1/8 NPT", 100, "EA", "1.95", "2026-12-18")])
txt = """Goeiemiddag Tom,

Ons bevestig graag jou bestelling 4500034261 soos geplaas - hoeveelhede en pryse bly dieselfde.
Ons kan selfs vroeër aflewer: albei items sal Vrydag 11 Desember by julle wees.

Groete
Pieter van der Merwe
Karoo Gereedskap (Edms) Bpk | Tel 023 555 0182 | BTW 4123456789"""
eml = message(addr("Pieter van der Merwe", "pieter@karoogereedskap.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-17 13:40", "+0200"), "<JNAP275MB0410A1@karoogereedskap.example>", text(txt, cs="windows-1252"),
              reply_to=po["request_message_id"])
add("afrikaans-earlier-friday", "confirmation", "af-ZA",
    "Afrikaans confirmation 'soos geplaas' but with an earlier weekday date 'Vrydag 11 Desember'.",
    [po], eml, "Quantities and prices as ordered; delivery Friday 11 December = 2026-12-11 instead of 2026-12-18 -> both lines changed (date).",
    [conf(po, {1: dict(d="2026-12-11"), 2: dict(d="2026-12-11")})])

# 062 ------------------------------------------------------------------
sup = ("ANDES", "Ferretería Industrial Los Andes SpA", "ventas@ferreandes.example", "es-CL")
po = PO("4500034262", sup, "priya", "USD", "2026-11-16", [
    ("FA-CT-1200", "Tile cutter 1200 mm, professional", 5, "EA", "158.00", "2027-01-29")])
txt = """Estimado cliente:

Junto con saludar, le informamos que a partir del 1 de enero de 2027 nuestra lista de precios tendrá un reajuste promedio de 6% en las familias de corte, herramientas manuales y abrasivos, debido al alza del acero y del tipo de cambio.

Las órdenes recibidas y confirmadas antes del 31 de diciembre de 2026 mantendrán los precios vigentes.

Adjuntamos la nueva lista de precios en nuestro sitio web. Ante cualquier consulta, su ejecutivo de ventas estará disponible.

Atentamente,
Gerencia Comercial
Ferretería Industrial Los Andes SpA | RUT 76.123.456-7 | Av. Vicuña Mackenna 4550, Santiago"""
eml = message(addr("Ferretería Los Andes", "comercial@ferreandes.example"), "priya.natarajan@northgate-supply.example",
              "Aviso de reajuste de precios 2027", D("2026-11-18 09:00", "-0300"), "<circular-2027-precios.5512@ferreandes.example>",
              text(txt, cs="iso-8859-1"), extra=[("Precedence", "bulk")])
add("price-increase-circular", "unrelated", "es-CL",
    "Chilean circular announcing a 6% price increase from 1 Jan 2027 to all customers; our open PO is not mentioned.",
    [po], eml, "Generic price-increase letter, not an answer about PO 4500034262 (no reference, bulk circular) -> unrelated.")

# 063 ------------------------------------------------------------------
sup = ("CORTA", "Cortadoras Andinas S.A.S.", "pedidos@cortadorasandinas.example", "es-CO")
po = PO("4500034263", sup, "dana", "USD", "2026-11-16", [
    ("CA-CB-600", "Tile cutter 600 mm, single rail", 10, "EA", "42.50", "2026-12-14"),
    ("CA-RUE-22", "Scoring wheel 22 mm, tungsten carbide", 50, "PC", "1.35", "2026-12-14")])
inner = ("<div dir=\"ltr\">Buenos días Dana,<br><br>Confirmamos su orden de compra 4500034263 en su totalidad, "
         "cantidades y precios según la orden.<br>Despachamos el miércoles 9 de diciembre desde Medellín.<br><br>"
         "Cordialmente,<br>Andrés Felipe Restrepo<br>Cortadoras Andinas S.A.S. | NIT 900.123.456-7 | Cel. 310 555 1234</div><br>"
         "<div class=\"gmail_quote\">" + q_html(po, "El lun, 16 nov 2026 a las 4:05, Dana Ruiz (&lt;dana.ruiz@northgate-supply.example&gt;) escribió:") + "</div>")
plain = """Buenos días Dana,

Confirmamos su orden de compra 4500034263 en su totalidad, cantidades y precios según la orden.
Despachamos el miércoles 9 de diciembre desde Medellín.

Cordialmente,
Andrés Felipe Restrepo
Cortadoras Andinas S.A.S. | NIT 900.123.456-7 | Cel. 310 555 1234

""" + gt(po, "El lun, 16 nov 2026 a las 4:05, Dana Ruiz (<dana.ruiz@northgate-supply.example>) escribió:")
eml = message(addr("Andrés Felipe Restrepo", "afrestrepo@cortadorasandinas.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-17 08:25", "-0500"), "<CAB7hQ4m2Lp9sW@mail.gmail.com>",
              multi("alternative", [text(plain), text(html_doc(inner), "html")], "0000000000003c9f8e7d6c5b4a39"),
              reply_to=po["request_message_id"])
add("ship-date-only", "confirmation", "es-CO",
    "Colombian Gmail reply (text + HTML blockquote) giving only a dispatch date, earlier than requested.",
    [po], eml, "Full confirmation of quantities and prices; only a ship date is given ('despachamos el miércoles 9 de diciembre' = 2026-12-09), so it is the date -> both lines changed (date).",
    [conf(po, {1: dict(d="2026-12-09"), 2: dict(d="2026-12-09")})])

# 064 ------------------------------------------------------------------
sup = ("DHKSF", "Dhaka Safety Wear Ltd.", "export@dhakasafety.example", "bn-BD")
po = PO("4500034264", sup, "priya", "USD", "2026-11-16", [
    ("DS-KP-EVA", "Knee pads EVA foam, elastic strap", 600, "PR", "1.65", "2026-12-18"),
    ("DS-KP-HD", "Knee pads heavy duty, PVC cap", 300, "PR", "2.90", "2026-12-18")])
txt = """প্রিয় প্রিয়া ম্যাডাম,

আপনার ক্রয় আদেশ 4500034264 এর জন্য ধন্যবাদ। আমরা দুটি আইটেমই অর্ডার অনুযায়ী পরিমাণ ও দামে নিশ্চিত করছি।
ডেলিভারি: ২২ ডিসেম্বর ২০২৬ (চট্টগ্রাম বন্দরে জাহাজ বিলম্বের কারণে)।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
Dhaka Safety Wear Ltd. | Tongi, Gazipur | +880 1711 123456"""
eml = message(addr("Md. Rafiqul Islam", "rafiq@dhakasafety.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-18 15:10", "+0600"), "<a3f9c2d1-8b7e-4f6a-9c5d-3e2b1a0f9e8d@dhakasafety.example>",
              text(txt, cte="base64"), reply_to=po["request_message_id"])
add("bengali-digits-late", "confirmation", "bn-BD",
    "Bengali base64 reply; the delivery date uses Bengali digits (২২ ডিসেম্বর ২০২৬) while the PO number uses Latin digits.",
    [po], eml, "Quantities and prices as ordered; delivery ২২ ডিসেম্বর ২০২৬ = 2026-12-22 instead of 2026-12-18 -> both lines changed (date).",
    [conf(po, {1: dict(d="2026-12-22"), 2: dict(d="2026-12-22")})])

# 065 ------------------------------------------------------------------
sup = ("KARTI", "Kartuli Instrumenti LLC", "info@kartuli-instrumenti.example", "ka-GE")
po = PO("4500034265", sup, "martin", "EUR", "2026-11-17", [
    ("KI-AC-24", "Air compressor 24 l, oil-free", 15, "EA", "118.00", "2027-01-15")])
txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@kartuli-instrumenti.example
    host mx.kartuli-instrumenti.example [203.0.113.7]
    SMTP error from remote mail server after RCPT TO:<info@kartuli-instrumenti.example>:
    550 5.2.1 ანგარიში დაბლოკილია / Mailbox disabled

------ This is a copy of the message, including all the headers. ------

Return-path: <martin.keller@northgate-supply.example>
Received: from [198.51.100.20] (helo=mail.northgate-supply.example)
	by mail.northgate-supply.example with esmtpsa (Exim 4.97)
	id 1tCq2x-0003Xa-1b; Tue, 17 Nov 2026 10:05:12 +0100
""" + orig_headers(po).replace("Content-Type: text/plain; charset=\"utf-8\"\n", "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n") + "\n" + req_text(po) + "\n"
eml = message("Mail Delivery System <Mailer-Daemon@mail.northgate-supply.example>", "martin.keller@northgate-supply.example",
              "Mail delivery failed: returning message to sender", D("2026-11-17 10:05"), "<E1tCq2y-0003Xc-2F@mail.northgate-supply.example>",
              text(txt, cte="8bit"), extra=[("X-Failed-Recipients", "info@kartuli-instrumenti.example"), ("Auto-Submitted", "auto-replied")])
add("exim-plain-bounce", "bounce", "ka-GE",
    "Exim plain-text bounce (not multipart/report) with a Georgian remote error and the full original PO mail inline.",
    [po], eml, "Mail delivery failed permanently (550 5.2.1 mailbox disabled); the inline copy is our own request, not a reply.")

# 066 ------------------------------------------------------------------
sup = ("KAZIN", "KazInstrument TOO", "sales@kazinstrument.example", "kk-KZ")
po = PO("4500034266", sup, "tom", "USD", "2026-11-17", [
    ("KZ-IS-12", "Impact socket set 1/2\", 10 pc", 60, "SET", "19.90", "2027-01-20")])
txt = """Hi. This is the qmail-send program at mail.kazinstrument.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sales@kazinstrument.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig_headers(po, "16:05", "+0000").replace("Content-Type: text/plain; charset=\"utf-8\"\n", "Content-Type: text/plain; charset=\"us-ascii\"\n") + "\n" + req_text(po) + "\n"
eml = message("MAILER-DAEMON@mail.kazinstrument.example", "tom.ashby@northgate-supply.example", "failure notice",
              D("2026-11-17 21:05", "+0500"), "<20261117160512.81422.qmail@mail.kazinstrument.example>",
              text(txt, cs="us-ascii", cte="7bit", csq=False))
add("qmail-failure-notice", "bounce", "kk-KZ",
    "Bare qmail 'failure notice' with subject lacking the PO number and no In-Reply-To; the PO appears only in the copied original.",
    [po], eml, "qmail permanent failure (#5.1.1 no mailbox); a bounce of our request.")

# 067 ------------------------------------------------------------------
sup = ("WALEL", "Wallonie Électro SPRL", "commandes@wallonie-electro.example", "fr-BE")
po = PO("4500034267", sup, "dana", "EUR", "2026-11-17", [
    ("WE-RAL-10", "Extension cord 10 m, 3G1.5, Schuko/French", 100, "EA", "8.90", "2026-12-21"),
    ("WE-ENR-40", "Cable reel 40 m, 3G2.5, IP44", 15, "EA", "72.00", "2026-12-21")])
txt = """Bonjour,

Votre commande n° 4500030990 a été expédiée ce jour.

Transporteur : DPD Belgium
N° de suivi : 05212345678901
Colis : 3 - Poids total : 41,5 kg
Livraison prévue : jeudi 19 novembre 2026

Contenu :
- WE-RAL-10  Rallonge 10 m 3G1,5  x 60
- WE-STRIP-6 Bloc multiprise 6 prises x 40

Suivre votre colis : https://tracking.dpd.example/05212345678901

Wallonie Électro SPRL - Rue de l'Industrie 22, 4020 Liège - TVA BE 0456.789.123
Ce message est généré automatiquement, merci de ne pas y répondre."""
eml = message(addr("Wallonie Électro - Expéditions", "expeditions@wallonie-electro.example"), "dana.ruiz@northgate-supply.example",
              "Avis d'expédition - commande 4500030990", D("2026-11-18 16:45"), "<ship.4500030990.20261118@wallonie-electro.example>",
              text(txt, cs="iso-8859-15"), extra=[("Auto-Submitted", "auto-generated")])
add("shipping-notice-other-po", "unrelated", "fr-BE",
    "Belgian automatic shipping notice from the same supplier for a different, older order containing the same item code and a delivery date.",
    [po], eml, "Despatch advice for order 4500030990, not our open PO 4500034267 (different quantities); it says nothing about our order -> unrelated.")

# 068 ------------------------------------------------------------------
sup = ("KOVAI", "Kovai Pumps & Valves Pvt Ltd", "sales@kovaivalves.example", "ta-IN")
po = PO("4500034268", sup, "priya", "USD", "2026-11-17", [
    ("KV-NV-14", "Needle valve SS316 1/4 NPT, 6000 psi", 100, "EA", "11.20", "2027-01-25"),
    ("KV-NV-12", "Needle valve SS316 1/2 NPT, 6000 psi", 50, "EA", "17.60", "2027-01-25")])
txt = """வணக்கம் Madam,

உங்கள் PO 4500034268 கிடைத்தது, நன்றி.
Price revision இருப்பதால் இந்த order-ஐ எங்கள் MD approval-க்கு அனுப்பியுள்ளோம். Approval வந்ததும் quantity, price, delivery date எல்லாவற்றையும் confirm செய்கிறோம் - அநேகமாக இந்த வெள்ளிக்கிழமைக்குள்.

நன்றி,
S. Karthikeyan
Kovai Pumps & Valves Pvt Ltd, Coimbatore - 641 021
Ph: 0422-2571234 | Mob: 94431 23456"""
eml = message(addr("S. Karthikeyan", "karthik@kovaivalves.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-18 11:50", "+0530"), "<CAN3pQ9rT7vL2m@mail.gmail.com>", text(txt, cte="base64"),
              reply_to=po["request_message_id"])
add("tamil-awaiting-md-approval", "needs_review", "ta-IN",
    "Tamil-English code-mixed reply: order sent for MD approval due to a price revision, confirmation promised by Friday.",
    [po], eml, "Nothing committed; a price revision is hinted and confirmation will follow after internal approval -> needs_review.")

# 069 ------------------------------------------------------------------
sup = ("BAKUV", "Bakı Klapan MMC", "satis@bakuklapan.example", "az-AZ")
po = PO("4500034269", sup, "tom", "USD", "2026-11-17", [
    ("BK-IK-38", "Needle valve carbon steel 3/8 NPT", 40, "EA", "9.40", "2027-02-05"),
    ("BK-IK-12", "Needle valve carbon steel 1/2 NPT", 40, "EA", "12.10", "2027-02-05")])
txt = """Hörmətli Tom bəy,

4500034269 nömrəli sifarişinizi aldıq, təşəkkür edirik.
Təsdiq etməzdən əvvəl bir sualımız var: qiymətlərimiz EXW Bakı şərti ilədir. Əgər çatdırılma sizin anbara (DAP) lazımdırsa, sifarişə əlavə 180 USD nəqliyyat xərci əlavə olunacaq. Hansı variantı seçirsiniz?

Hörmətlə,
Rəşad Məmmədov
Bakı Klapan MMC | +994 12 555 12 34 | VÖEN 1234567891"""
eml = message(addr("Rəşad Məmmədov", "reshad@bakuklapan.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-19 10:14", "+0400"), "<7b6a5c4d-3e2f-4a1b-9c8d-bakuklapan01@bakuklapan.example>",
              text(txt), reply_to=po["request_message_id"])
add("azerbaijani-incoterms-question", "needs_review", "az-AZ",
    "Azerbaijani question about Incoterms (EXW vs DAP with a 180 USD freight charge) before confirming.",
    [po], eml, "The supplier asks which delivery term we want before confirming; nothing committed -> needs_review.")

# 070 ------------------------------------------------------------------
sup = ("UTTIC", "Utensili Ticino SA", "ordini@utensili-ticino.example", "it-CH")
po = PO("4500034270", sup, "martin", "EUR", "2026-11-17", [
    ("UT-MAN-13", "Keyless drill chuck 13 mm, 1/2-20 UNF", 100, "EA", "21.30", "2026-12-14"),
    ("UT-MAN-10", "Keyless drill chuck 10 mm, 3/8-24 UNF", 50, "EA", "16.80", "2026-12-14")])
inner = ("<div style=\"font-family:Arial;font-size:10pt\"><p>Buongiorno signor Keller,</p>"
         "<p>confermiamo l'ordine 4500034270 ai prezzi indicati.</p><ul>"
         "<li>Riga 1 (UT-MAN-13): consegna parziale di 60 pz il 14.12.2026, i restanti 40 pz l'11.01.2027.</li>"
         "<li>Riga 2 (UT-MAN-10): 50 pz il 14.12.2026, come da ordine.</li></ul>"
         "<p>Cordiali saluti<br>Luca Bernasconi<br>Utensili Ticino SA &middot; Via Cantonale 18 &middot; 6814 Lamone<br>"
         "Tel. +41 91 555 12 34 &middot; IDI CHE-234.567.890 IVA</p></div><br>" +
         q_html(po, "Il 17.11.2026 10:05, Martin Keller ha scritto:"))
eml = message(addr("Luca Bernasconi", "l.bernasconi@utensili-ticino.example"), buyer_addr(po), "R: " + req_subject(po),
              D("2026-11-18 09:27"), "<0a1b2c3d4e5f-UT-20261118@utensili-ticino.example>",
              text(html_doc(inner).replace("utf-8", "iso-8859-1"), "html", cs="iso-8859-1", cte="quoted-printable"), reply_to=po["request_message_id"])
add("ticino-html-partial-delivery", "confirmation", "it-CH",
    "Swiss Italian HTML-only reply over an HTML blockquote of our PO table; line 1 split with the remainder next year.",
    [po], eml, "Line 1: 60 on 2026-12-14 and 40 on 2027-01-11, total 100 at the PO price -> changed with schedule, date 2027-01-11. Line 2 as ordered.",
    [conf(po, {1: dict(d="2027-01-11", s=[(60, "2026-12-14"), (40, "2027-01-11")])})])
