# -*- coding: utf-8 -*-
"""Cases 055-070."""
from .common import *  # noqa

# 055 ------------------------------------------------------------- lv-LV
S = ("DRVE", "SIA Drukas Veltņi", "pasutijumi@drukasveltni.example", "lv-LV")
P = po("4500032944", S, "tom", "EUR", "2026-11-26", [
    ("IR-LINO-75", "Lino ink roller 75 mm", 30, "EA", "9.80", "2026-12-18"),
    ("IR-LINO-150", "Lino ink roller 150 mm", 20, "EA", "15.40", "2026-12-18"),
])
body = """Labdien, Tom!

Apstiprinām Jūsu pasūtījumu Nr. 4500032944:

1. Veltnis 75 mm - 30 gab. × 9,80 EUR, piegāde 2026. gada 18. decembrī
2. Veltnis 150 mm - 20 gab. × 16,20 EUR, piegāde 2027. gada 8. janvārī

Cenas norādītas bez PVN.

Ar cieņu,
Ilze Bērziņa
SIA Drukas Veltņi | Rīga, Krasta iela 52 | Reģ. Nr. 40003123456 | Tālr. +371 67 123 456
"""
eml = reply(P, "Ilze Bērziņa", "RE: " + req_subject(P), maildate("2026-11-27", "10:10:10", "+0200"),
            "DB8P191MB0555.AA@drukasveltni.example", text(body, charset="iso-8859-13"), charset="iso-8859-13")
case("veltni-latvian-genitive", "confirmation", "lv-LV",
     "ISO-8859-13 Latvian with year-first spelled dates ('2027. gada 8. janvārī') and a new price on line 2.",
     [P], eml, [conf(P, {1: A, 2: chg(20, "16.20", "2027-01-08")})],
     "Line 1 on 18 Dec 2026 as ordered; line 2 price 16,20 and delivery 8 January 2027.")

# 056 ------------------------------------------------------------- lt-LT contradictory
S = ("PADE", "UAB Pastolių Detalės", "uzsakymai@pastoliudetales.example", "lt-LT")
P = po("4500032966", S, "jonas", "EUR", "2026-11-26", [
    ("SC-BP-48", "Base plate for 48.3 mm tube", 200, "EA", "3.10", "2026-12-11"),
    ("SC-PUT-48", "Putlog coupler 48.3 mm", 300, "EA", "2.40", "2026-12-11"),
])
body = """Laba diena,

patvirtiname užsakymą Nr. 4500032966, viskas bus pristatyta 2026-12-11.

Užsakymo patvirtinimas:
Eil. | Prekė     | Kiekis   | Kaina     | Pristatymas
1    | SC-BP-48  | 200 vnt. | 3,10 EUR  | 2027-01-15
2    | SC-PUT-48 | 300 vnt. | 2,40 EUR  | 2027-01-15

Pagarbiai
Tomas Kazlauskas
UAB Pastolių Detalės | Savanorių pr. 178, Vilnius | tel. +370 5 213 4567
"""
eml = reply(P, "Tomas Kazlauskas", "RE: " + req_subject(P), maildate("2026-11-30", "09:41:26", "+0200"),
            "VI1P195MB0356.C7@pastoliudetales.example", text(body), charset="utf-8")
case("pastoliu-contradiction", "needs_review", "lt-LT",
     "Text says everything arrives 2026-12-11 while the confirmation table below says 2027-01-15 for both lines.",
     [P], eml, None,
     "Two different committed dates for the same lines in one mail; a buyer would have to ask -> needs_review.")

# 057 ------------------------------------------------------------- pt-PT question
S = ("MANGM", "Mangueiras do Minho, Lda.", "encomendas@mangueirasminho.example", "pt-PT")
P = po("4500032988", S, "marta", "EUR", "2026-11-27", [
    ("AH-12-25-M", "Air hose rubber 10 mm ID, 25 m, with couplings", 25, "EA", "31.90", "2027-01-15"),
    ("AH-CPL-EU", "Quick coupling, EU profile, 1/2 inch", 50, "EA", "4.20", "2027-01-15"),
])
body = """Boa tarde D. Marta,

Obrigado pela V/ encomenda 4500032988.

Antes de confirmarmos, precisamos de um esclarecimento: na linha 1 a referência AH-12-25-M corresponde à mangueira de 12 mm, mas a descrição indica 10 mm. Qual das duas pretendem? A de 12 mm temos em stock; a de 10 mm só em meados de janeiro.

Aguardamos a V/ resposta para enviar a confirmação da encomenda.

Com os melhores cumprimentos,
Rui Carvalho
Mangueiras do Minho, Lda. | Zona Industrial de Lanheses, 4925-404 Viana do Castelo
Tel. 258 731 220 | NIF 503 123 456

""" + outlook_quote(P, "pt", sent="sexta-feira, 27 de novembro de 2026 10:02")
eml = reply(P, "Rui Carvalho", "RE: " + req_subject(P), maildate("2026-11-30", "15:03:59", "+0000"),
            "AM6PR10MB2290.D1@mangueirasminho.example", text(body, charset="iso-8859-1"), charset="iso-8859-1")
case("minho-code-vs-description", "needs_review", "pt-PT",
     "Supplier spots that item code (12 mm) and description (10 mm) disagree and asks which one before confirming anything.",
     [P], eml, None, "Question before confirming; explicit 'we await your answer to send the confirmation' -> needs_review.")

# 058 ------------------------------------------------------------- es-AR
S = ("NEUPL", "Neumática del Plata S.R.L.", "ventas@neumaticadelplata.example", "es-AR")
P = po("4500033002", S, "priya", "USD", "2026-11-27", [
    ("AH-HYB-10-30", "Hybrid air hose 3/8 inch, 30 m", 40, "EA", "45.50", "2026-12-21"),
    ("AH-HYB-13-30", "Hybrid air hose 1/2 inch, 30 m", 20, "EA", "61.00", "2026-12-21"),
    ("AH-REEL-OPEN", "Open hose reel, wall mount", 15, "EA", "38.00", "2026-12-21"),
])
body = """Hola Priya, ¿cómo estás?

Te confirmo la OC 4500033002:
• 40 mangueras híbridas 3/8" x 30 m a U$S 45,50 c/u
• 20 mangueras híbridas 1/2" x 30 m a U$S 61,00 c/u
• Los 15 enrolladores abiertos a U$S 41,80 c/u (subió el costo de importación)

Entrega de todo el pedido el lunes 21/12.

Cualquier cosa avisame.
Abrazo,
Martín Gómez
Neumática del Plata S.R.L. | CUIT 30-71234567-8 | Tel. (011) 4755-1234

Enviado desde mi Galaxy
"""
eml = reply(P, "Martín Gómez", "RE: " + req_subject(P), maildate("2026-11-30", "18:27:03", "-0300"),
            "3f7e1a2b-5c6d-4e8f-9a0b-1c2d3e4f5a6b@neumaticadelplata.example", text(body))
case("neumatica-usd-comma", "confirmation", "es-AR",
     "Argentine voseo, USD prices with decimal comma ('U$S 41,80'), one common date for all lines ('lunes 21/12').",
     [P], eml, [conf(P, {1: A, 2: A, 3: chg(15, "41.80", "2026-12-21")})],
     "21/12 without year -> 2026-12-21 (a Monday) = requested. Only line 3 price differs.")

# 059 ------------------------------------------------------------- es-CL bounce (Spanish NDR)
S = ("FANDE", "Ferretería Industrial Andes SpA", "ventas@ferreteriaandes.example", "es-CL")
P = po("4500033024", S, "tom", "CLP", "2026-11-27", [
    ("MP-ACMA-C92", "Welded mesh panel 2.6 x 5 m, 4.2 mm", 80, "PC", "24900", "2027-01-08"),
])
ndr = """No se puede entregar el mensaje a estos destinatarios o grupos:

ventas@ferreteriaandes.example
No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor de generación: CP5P284MB1188.BRAP284.PROD.OUTLOOK.COM

ventas@ferreteriaandes.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Encabezados del mensaje original:

Message-ID: %s
Subject: %s
""" % (P["request_message_id"], req_subject(P))
p2 = b"""Content-Type: message/delivery-status

Reporting-MTA: dns;CP5P284MB1188.BRAP284.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.brightwell-mro.example
Arrival-Date: Fri, 27 Nov 2026 09:02:35 +0000

Final-Recipient: rfc822;ventas@ferreteriaandes.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
p3 = ("Content-Type: text/rfc822-headers\n\nFrom: Tom Okafor <tom.okafor@brightwell-mro.example>\nTo: ventas@ferreteriaandes.example\n"
      "Subject: %s\nDate: %s\nMessage-ID: %s\n" % (req_subject(P), req_date(P), P["request_message_id"])).encode()
eml = message(("Microsoft Outlook", "postmaster@ferreteriaandes.onmicrosoft.example"), ("Tom Okafor", "tom.okafor@brightwell-mro.example"),
              "No se puede entregar: " + req_subject(P), "Fri, 27 Nov 2026 06:02:37 -0300",
              "<9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@CP5P284MB1188.BRAP284.PROD.OUTLOOK.COM>",
              multipart("report", [text(ndr), p2, p3], "_000_CP5P284MB1188ndr_", "; report-type=delivery-status"),
              irt=P["request_message_id"], extra=["Auto-Submitted: auto-replied", "Content-Language: es-CL"])
case("andes-ndr-spanish", "bounce", "es-CL",
     "Exchange Online NDR localised in Spanish ('No se puede entregar'), threaded to our request.",
     [P], eml, None, "Recipient not found (5.1.10) -> bounce.")

# 060 ------------------------------------------------------------- es-CO relative
S = ("GYEC", "Gatos y Elevadores de Colombia S.A.S.", "ventas@gatosyelevadores.example", "es-CO")
P = po("4500033046", S, "jonas", "COP", "2026-11-27", [
    ("FJ-3T-CO", "Hydraulic floor jack 3 t, professional", 12, "EA", "1250000", "2026-12-18"),
    ("FJ-SAD-6T", "Axle stands 6 t, pair", 12, "PR", "385000", "2026-12-18"),
])
body = """Buenos días señor Weber,

Reciba un cordial saludo. Confirmamos su orden de compra 4500033046:

1. Gato hidráulico de piso 3 t (FJ-3T-CO): 12 unidades a $ 1.250.000 c/u. Por disponibilidad de planta, la entrega es en 3 semanas a partir de hoy.
2. Torres de soporte 6 t (FJ-SAD-6T): 12 pares a $ 385.000 el par, entrega el 18 de diciembre como lo solicitaron.

Valores antes de IVA.

Atentamente,
Carolina Restrepo
Asesora Comercial
Gatos y Elevadores de Colombia S.A.S. | NIT 900.123.456-7 | Cra. 50 # 12 Sur-30, Medellín | PBX (604) 444 1234
"""
html = ("<html><body><div dir=\"ltr\">" + html_escape(body).replace("\n", "<br>\n") + "<br><div class=\"gmail_quote\">El vie, 27 nov 2026 a las 4:02, Jonas Weber (&lt;jonas.weber@brightwell-mro.example&gt;) escribió:<br>"
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + req_html(P) + "</blockquote></div></div></body></html>")
eml = reply(P, "Carolina Restrepo", "Re: " + req_subject(P), maildate("2026-11-30", "08:55:40", "-0500"),
            "CAGxyzQ3+Pq0W1a@gatosyelevadores.example",
            multipart("alternative", [text(body + "\n" + gmail_quote(P, "El vie, 27 nov 2026 a las 4:02, Jonas Weber (<jonas.weber@brightwell-mro.example>) escribió:")),
                                      text(html, "html")], "000000000000c0ffee0a1b2c3d4e"))
case("gatos-tres-semanas", "confirmation", "es-CO",
     "Relative date 'en 3 semanas a partir de hoy' from the Date header (Mon 30 Nov -> Mon 21 Dec); dot-grouped pesos.",
     [P], eml, [conf(P, {1: chg(12, "1250000", "2026-12-21"), 2: A})],
     "30 Nov 2026 + 21 days = 2026-12-21 for line 1 (later than 18 Dec); line 2 as requested. $ 1.250.000 = PO price.")

# 061 ------------------------------------------------------------- fr-CA
S = ("OUTLA", "Outillage Laurentides inc.", "commandes@outillage-laurentides.example", "fr-CA")
P = po("4500033068", S, "priya", "CAD", "2026-11-27", [
    ("BV-MECA-5", "Mechanic's bench vise 5 in", 10, "EA", "129.95", "2026-12-21"),
    ("BV-MECA-6", "Mechanic's bench vise 6 in", 6, "EA", "174.50", "2026-12-21"),
    ("BV-PIPE-3", "Chain pipe vise 1/8-3 in", 4, "EA", "96.00", "2026-12-21"),
])
body = """Bonjour Priya,

Merci pour votre commande. Voici notre confirmation :

- Étau d'établi 5 po (BV-MECA-5) : 10 unités à 129,95 $ - livraison le 2026-12-21
- Étau d'établi 6 po (BV-MECA-6) : 6 unités, prix majoré de 4 % en raison des nouveaux tarifs douaniers - livraison le 2026-12-21
- Étau à chaîne pour tuyaux (BV-PIPE-3) : 4 unités à 96,00 $ - livraison le 2027-01-11

Les prix excluent la TPS et la TVQ.

Bonne journée,
Geneviève Tremblay
Service à la clientèle | Outillage Laurentides inc.
1250, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B6 | 450 555-0142, poste 221
"""
eml = reply(P, "Geneviève Tremblay", "RE: " + req_subject(P), maildate("2026-11-30", "14:12:08", "-0500"),
            "YT3PR01MB6120.8E@outillage-laurentides.example", text(body))
case("laurentides-majore-4pct", "confirmation", "fr-CA",
     "Québec French with ISO dates, '129,95 $' currency-after format and a '+4 %' surcharge without an amount.",
     [P], eml, [conf(P, {1: A, 2: chg(6, "181.48", "2026-12-21"), 3: chg(4, "96.00", "2027-01-11")})],
     "174.50 x 1.04 = 181.48 for line 2; line 3 later (2027-01-11). TPS/TVQ are taxes, not price changes.")

# 062 ------------------------------------------------------------- en-CA unrelated ASN
S = ("MAPLE", "Maple Rigging Supply Ltd.", "orders@maplerigging.example", "en-CA")
P = po("4500033090", S, "tom", "CAD", "2026-11-27", [
    ("LM-PM-500", "Permanent lifting magnet 500 kg", 4, "EA", "612.00", "2027-01-22"),
    ("EH-CH-500", "Electric chain hoist 500 kg, 208 V", 2, "EA", "1890.00", "2027-01-22"),
])
body = """SHIPMENT NOTIFICATION

Hello Tom Okafor,

Good news - your order has shipped!

Sales order:      SO-778812
Customer PO:      4500031117
Ship date:        2026-11-30
Carrier:          Purolator Freight
Tracking / PRO:   PF 5512 8870 3321
Estimated arrival: 2026-12-04

Items shipped:
  LM-PM-300   Permanent lifting magnet 300 kg      2 EA
  LM-PM-500   Permanent lifting magnet 500 kg      1 EA

Questions? Reply to this e-mail or call 1-800-555-0199.

Maple Rigging Supply Ltd. | 77 Bramsteele Rd, Brampton ON L6W 3K6
This is an automated notification; please do not change the subject line.
"""
eml = message(("Maple Rigging Supply - Shipping", "shipping@maplerigging.example"), ("Tom Okafor", "tom.okafor@brightwell-mro.example"),
              "Your order SO-778812 (PO 4500031117) has shipped", maildate("2026-11-30", "16:40:02", "-0500"),
              "<asn.SO-778812.20261130214002@notify.maplerigging.example>",
              multipart("alternative", [text(body, charset="us-ascii", cte="7bit"),
                                        text("<html><body><pre>" + html_escape(body) + "</pre></body></html>", "html", charset="us-ascii", cte="7bit")],
                        "=_asn_778812"))
case("maple-asn-other-po", "unrelated", "en-CA",
     "Shipping notice from the open PO's supplier, with an overlapping item code, but for older PO 4500031117.",
     [P], eml, None, "The ASN is for another order; the open PO 4500033090 is not answered -> unrelated.")

# 063 ------------------------------------------------------------- en-IE
S = ("LIFFY", "Liffey Roofing Supplies Ltd", "sales@liffeyroofing.example", "en-IE")
P = po("4500033112", S, "marta", "EUR", "2026-11-25", [
    ("RF-SBS-4", "SBS torch-on membrane 4 mm, 1 x 10 m", 30, "ROL", "58.00", "2026-12-08"),
    ("RF-UNDER-BR", "Breathable roofing underlay 1.5 x 50 m", 20, "ROL", "64.00", "2026-12-08"),
])
body = """Hi Marta,

All good with PO 4500033112 - both lines, full quantities, at your prices. We've a truck going over to the Continent so we'll deliver the lot on Tuesday.

Thanks a million,
Ciarán

Ciarán Ó Briain | Liffey Roofing Supplies Ltd | Unit 4, Ballymount Industrial Estate, Dublin 12 | +353 1 456 7890

""" + gmail_quote(P, "On Wed 25 Nov 2026 at 09:02, Marta Lindqvist <marta.lindqvist@brightwell-mro.example> wrote:")
eml = reply(P, "Ciarán Ó Briain", "Re: " + req_subject(P), maildate("2026-11-27", "16:51:30", "+0000"),
            "CAE5vW0n-Q2k@liffeyroofing.example", text(body))
case("liffey-on-tuesday", "confirmation", "en-IE",
     "Friday mail says 'we'll deliver the lot on Tuesday' - a weekday-only date one week before the need-by date.",
     [P], eml, [conf(P, {1: chg(30, "58.00", "2026-12-01"), 2: chg(20, "64.00", "2026-12-01")})],
     "Mail sent Fri 27 Nov 2026; the coming Tuesday is 2026-12-01, earlier than requested 2026-12-08 -> both lines changed (date only).")

# 064 ------------------------------------------------------------- mt-MT
S = ("MDRUM", "Malta Drum Supplies Ltd", "sales@maltadrums.example", "mt-MT")
P = po("4500033134", S, "tom", "EUR", "2026-11-27", [
    ("OD-220-HDPE", "Plastic drum 220 L, HDPE, tight head", 10, "EA", "42.00", "2026-12-18"),
    ("OD-BUNG-KEY", "Drum bung wrench, cast", 5, "EA", "16.50", "2026-12-18"),
])
body = """Bonġu Tom,

Grazzi tal-ordni. Order confirmed as follows:

1) HDPE drums 220 L - minimum order quantity is 12 pcs (one pallet), so 12 pcs @ EUR 42.00, delivery 18/12/2026
2) Drum bung wrench - 5 pcs @ EUR 16.50, delivery 18/12/2026

Nislu għall-aħjar,
Joseph Camilleri
Malta Drum Supplies Ltd | Ħal Far Industrial Estate, Birżebbuġa BBG 3000 | Tel +356 2165 1234 | VAT MT 1234-5678
"""
eml = reply(P, "Joseph Camilleri", "RE: " + req_subject(P), maildate("2026-11-30", "11:11:11", "+0100"),
            "VI1PR10MB1212.MT@maltadrums.example", text(body))
case("maltadrums-moq-pallet", "confirmation", "mt-MT",
     "Maltese/English mix; MOQ of one pallet raises line 1 from 10 to 12 drums.",
     [P], eml, [conf(P, {1: chg(12, "42.00", "2026-12-18"), 2: A})],
     "Line 1 quantity 12 (MOQ), price and date as ordered; line 2 as ordered.")

# 065 ------------------------------------------------------------- ka-GE
S = ("TBTL", "შპს თბილისის ხელსაწყოები", "sales@tbilisitools.example", "ka-GE")
P = po("4500033156", S, "jonas", "GEL", "2026-11-27", [
    ("PC-32-GE", "Pipe clamp 32 mm, M8, galvanised", 800, "EA", "1.40", "2027-01-15"),
    ("PC-50-GE", "Pipe clamp 50 mm, M10, galvanised", 400, "EA", "1.95", "2027-01-15"),
])
body = """გამარჯობა,

შეკვეთა 4500033156 მივიღეთ, გმადლობთ. ფასებს და მიწოდების ვადებს დაგიდასტურებთ ორშაბათს.

პატივისცემით,
გიორგი ბერიძე
შპს თბილისის ხელსაწყოები | +995 32 224 1234
"""
eml = reply(P, "გიორგი ბერიძე", "Re: " + req_subject(P), maildate("2026-11-30", "12:40:00", "+0400"),
            "CAKa9Ge0=m@tbilisitools.example", text(body, cte="base64"))
case("tbilisi-received-only", "needs_review", "ka-GE",
     "Georgian 'order received, we will confirm prices and delivery dates on Monday' - a receipt, not a confirmation.",
     [P], eml, None, "Human receipt that commits to nothing -> needs_review.")

# 066 ------------------------------------------------------------- hy-AM auto
S = ("ARMT", "Արմտուլս ՍՊԸ", "info@armtools.example", "hy-AM")
P = po("4500033178", S, "priya", "AMD", "2026-11-27", [
    ("ZT-200-BLK", "Cable tie 4.8x200 mm, black", 10000, "PC", "9.50", "2026-12-21"),
])
body = """Բարև Ձեզ,

Ես գործուղման մեջ եմ մինչև դեկտեմբերի 7-ը և սահմանափակ հասանելիություն ունեմ էլ. փոստին։ Շտապ հարցերի դեպքում զանգահարեք +374 10 123456։

I am on a business trip until 7 December with limited access to e-mail.

Արամ Պետրոսյան
"""
eml = reply(P, "Արամ Պետրոսյան", "Automatic reply: " + req_subject(P), maildate("2026-11-27", "13:02:19", "+0400"),
            "ooo.20261127.aram@armtools.example", text(body, cte="base64"), frm_email="aram@armtools.example",
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
case("armtools-ooo-armenian", "auto_reply", "hy-AM",
     "Armenian/English business-trip auto reply; its date (7 December) is a return date.",
     [P], eml, None, "Automatic absence notice.")

# 067 ------------------------------------------------------------- ru-KZ
S = ("KZPM", "ТОО КазПодъёмМаш", "sales@kazpodem.example", "ru-KZ")
P = po("4500033200", S, "tom", "KZT", "2026-11-27", [
    ("EH-TELFER-1T", "Electric wire rope hoist 1 t, 6 m", 4, "EA", "385000.00", "2026-12-18"),
    ("EH-TELFER-2T", "Electric wire rope hoist 2 t, 12 m", 2, "EA", "612000.00", "2026-12-18"),
])
body = """Здравствуйте, Том!

По заказу 4500033200 подтверждаем:

1. Таль электрическая 1 т, 6 м - 4 шт., цена 385 000,00 тг/шт., отгрузим через две недели.
2. Таль электрическая 2 т, 12 м - 2 шт., цена 598 000,00 тг/шт. (скидка за объём), поставка 18.12.2026.

С уважением,
Айгерим Нурланова
менеджер по продажам
ТОО "КазПодъёмМаш", г. Алматы | БИН 140340012345 | +7 727 355 12 34
"""
eml = reply(P, "Айгерим Нурланова", "RE: " + req_subject(P), maildate("2026-11-30", "10:30:45", "+0500"),
            "PAWP190MB1030.KZ@kazpodem.example", text(body, charset="windows-1251", cte="base64"),
            charset="windows-1251")
case("kazpodem-two-weeks-ship", "confirmation", "ru-KZ",
     "Russian from Kazakhstan: 'отгрузим через две недели' (ship date relative to Mon 30 Nov) and a lower price on line 2.",
     [P], eml, [conf(P, {1: chg(4, "385000.00", "2026-12-14"), 2: chg(2, "598000.00", "2026-12-18")})],
     "Only a ship date for line 1: 30 Nov + 14 days = 2026-12-14. Line 2 price 598 000,00 (discount), date as requested.")

# 068 ------------------------------------------------------------- bn-BD
S = ("PADMA", "Padma Plastic Industries Ltd.", "sales@padmaplastic.example", "bn-BD")
P = po("4500033222", S, "priya", "USD", "2026-11-27", [
    ("ZT-250-BLK", "Cable tie 4.8x250 mm, black", 20000, "PC", "0.012", "2026-12-20"),
    ("ZT-100-NAT", "Cable tie 2.5x100 mm, natural", 50000, "PC", "0.0035", "2026-12-20"),
])
body = """Dear Sir,

With due respect, we are pleased to confirm your PO No. 4500033222 as follows:

1. Cable tie 4.8x250 mm black: 20,000 pcs @ USD 11.50 per 1000 pcs. Shipment: 15,000 pcs on 20-12-2026 and balance 5,000 pcs on 10-01-2027.
2. Cable tie 2.5x100 mm natural: 50,000 pcs @ USD 3.50 per 1000 pcs. Shipment: 20-12-2026.

Price is FOB Chattogram. Payment by TT as per agreement.

Thanking you,
Md. Rafiqul Islam
Manager (Export)
Padma Plastic Industries Ltd.
Plot 12, BSCIC Industrial Estate, Tongi, Gazipur-1710, Bangladesh
Cell: +880 1711-123456 | BIN: 000123456-0102
"""
eml = reply(P, "Md. Rafiqul Islam", "Re: " + req_subject(P), maildate("2026-11-30", "17:20:00", "+0600"),
            "CAPd1m4-Bd@padmaplastic.example", text(body, charset="us-ascii", cte="7bit"))
case("padma-per-thousand-split", "confirmation", "bn-BD",
     "Prices per 1000 pcs against a per-piece PO (11.50/1000 = 0.0115 changed; 3.50/1000 = 0.0035 same) and a split shipment.",
     [P], eml, [conf(P, {1: chg(20000, "0.0115", "2027-01-10", [(15000, "2026-12-20"), (5000, "2027-01-10")]), 2: A})],
     "Only ship dates given, so they are the dates (dd-mm-yyyy). Line 2 price equals the PO by value.")

# 069 ------------------------------------------------------------- ur-PK qmail bounce
S = ("SIALK", "Sialkot Safety Wear", "orders@sialkotsafety.example", "ur-PK")
P = po("4500033244", S, "marta", "USD", "2026-11-27", [
    ("WH-LEATHER-HOOD", "Leather welding hood with shade 10 lens", 100, "EA", "14.80", "2027-01-29"),
    ("WH-GLOVE-MIG", "MIG welding gloves, cowhide", 300, "PR", "3.95", "2027-01-29"),
])
body = """Hi. This is the qmail-send program at mail.sialkotsafety.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<orders@sialkotsafety.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <marta.lindqvist@brightwell-mro.example>
Received: (qmail 28812 invoked from network); 27 Nov 2026 09:02:44 -0000
Received: from mx1.brightwell-mro.example (198.51.100.20)
  by mail.sialkotsafety.example with SMTP; 27 Nov 2026 09:02:44 -0000
From: Marta Lindqvist <marta.lindqvist@brightwell-mro.example>
To: orders@sialkotsafety.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

%s""" % (req_subject(P), req_date(P), P["request_message_id"], req_body(P))
eml = message((None, "MAILER-DAEMON@mail.sialkotsafety.example"), (None, "marta.lindqvist@brightwell-mro.example"),
              "failure notice", "27 Nov 2026 09:02:44 +0000", "<20261127090244.28815.qmail@mail.sialkotsafety.example>",
              body.encode("utf-8"), mime=False)
case("sialkot-qmail-failure", "bounce", "ur-PK",
     "Bare qmail 'failure notice' (no MIME, no Auto-Submitted, terse subject) quoting our complete PO request.",
     [P], eml, None, "qmail permanent failure for the supplier address -> bounce.")

# 070 ------------------------------------------------------------- ca-ES
S = ("ABVA", "Abrasius Vallès S.L.", "comandes@abrasiusvalles.example", "ca-ES")
P = po("4500033266", S, "marta", "EUR", "2026-11-27", [
    ("GW-115-ZIR", "Flap disc 115 mm, zirconia K40", 400, "PC", "1.95", "2026-12-15"),
    ("GW-230-DPC", "Depressed centre grinding wheel 230x6 mm", 150, "PC", "3.80", "2026-12-15"),
    ("GW-125-DIA", "Diamond cup wheel 125 mm", 12, "EA", "38.00", "2026-12-15"),
])
body = """Bon dia Marta,

Us confirmem la comanda 4500033266:

- GW-115-ZIR: 400 u. a 1,95 €, lliurament dimarts 15 de desembre
- GW-230-DPC: 150 u. a 3,80 € (capses de 25), lliurament dimarts 15 de desembre
- GW-125-DIA: aquesta referència no la tindrem fins al gener; us en confirmarem la data la setmana vinent.

Salutacions cordials,
Jordi Puig i Serra
Abrasius Vallès S.L. | Pol. Ind. Can Roqueta, c/ Ca n'Alzina 112, 08202 Sabadell | Tel. 93 715 42 10
"""
html = "<html><body><div style=\"font-family:Verdana;font-size:10pt\">" + html_escape(body).replace("\n", "<br>\n") + "</div></body></html>"
eml = reply(P, "Jordi Puig i Serra", "RE: " + req_subject(P), maildate("2026-11-30", "09:26:14", "+0100"),
            "DB9PR06MB7777.CA@abrasiusvalles.example",
            multipart("alternative", [text(body, charset="iso-8859-15"), text(html, "html", charset="iso-8859-15")],
                      "_000_DB9PR06MB7777CA_"), charset="iso-8859-15")
case("abrasius-catalan-pending", "confirmation", "ca-ES",
     "Catalan reply with weekday+day dates without year; third line only 'not before January, date next week'.",
     [P], eml, [conf(P, {1: A, 2: A, 3: U})],
     "dimarts 15 de desembre = Tue 2026-12-15 = requested for lines 1-2. Line 3 gives no committed date -> unconfirmed.")
