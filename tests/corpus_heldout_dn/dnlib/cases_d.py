# -*- coding: utf-8 -*-
from .common import *

# 055 ------------------------------------------------------------------
S = ("GAFASCO", "Gafas Industriales de Colombia S.A.S.", "ventas@gafasindco.example", "es-CO")
po = PO("4500021869", S, [("GI-CLARO-AR", "Gafas de seguridad lente claro antirrayadura", 300, "PC", "8900.00", "2027-01-15"),
                          ("GI-MONO-VI", "Monogafa ventilación indirecta", 150, "PC", "44500.00", "2027-01-15")],
        issued="2026-11-09", cur="COP")
body = ("Buenos días Mara,\n\nConfirmamos su orden de compra 4500021869:\n\n1. Gafa lente claro: 300 und. a $ 8.900 c/u\n"
        "2. Monogafa ventilación indirecta: 150 und. a $ 45.900 c/u (ajuste de precio por TRM)\n\n"
        "Fecha de entrega: 15 de enero de 2027.\n\nCordialmente,\nAndrés Gómez\nAsesor Comercial\nPBX (601) 742 8800 | NIT 900.123.456-7")
case(55, "cop-dot-thousands-co", "confirmation", "es-CO",
     "Colombian reply with dot thousands separators ('$ 45.900') and an exchange-rate price adjustment on line 2.",
     [po], reply(55, po, ("Andrés Gómez", "agomez@gafasindco.example"), "Tue, 17 Nov 2026 09:40:30 -0500", ALT(body)),
     {po.number: {1: A, 2: ch(150, "45900.00", "2027-01-15")}},
     "'$ 8.900' = 8900 (PO); '$ 45.900' = 45900 vs 44500 -> price change on line 2. Date 15 Jan 2027 = requested.")

# 056 ------------------------------------------------------------------
S = ("DREHMO", "Drehmo AG", "verkauf@drehmo.example", "de-CH")
po = PO("4500021875", S, [("DM-12-60340", "Drehmomentschlüssel 1/2\", 60-340 Nm", 6, "PC", "1250.00", "2026-12-18"),
                          ("DM-14-525", "Drehmomentschlüssel 1/4\", 5-25 Nm", 4, "PC", "385.00", "2026-12-18"),
                          ("DM-KAL-ZERT", "Kalibrierzertifikat ISO 6789", 10, "PC", "45.00", "2026-12-18")],
        issued="2026-11-05", cur="CHF")
body = ("Grüezi Frau Kovač\n\nBesten Dank für Ihre Bestellung 4500021875. Gerne bestätigen wir:\n\n"
        "Pos. 1: 6 Stk. à CHF 1'250.00, Liefertermin 18.12.\n"
        "Pos. 2: Der 5-25 Nm ist leider nicht mehr lieferbar (Modell ausgelaufen). Diese Position müssen wir streichen.\n"
        "Pos. 3: Kalibrierzertifikate nur noch 6 Stk., da Pos. 2 entfällt - à CHF 45.00, ebenfalls 18.12.\n\n"
        "Freundliche Grüsse\nReto Brunner\nDrehmo AG | Industriestrasse 21 | 8604 Volketswil\nTel. +41 44 908 12 34")
case(56, "apostrophe-thousands-ch", "confirmation", "de-CH",
     "Swiss German reply with CHF 1'250.00 and dates '18.12.' without year: line 2 cancelled, line 3 certificates reduced as a consequence.",
     [po], reply(56, po, ("Reto Brunner", "reto.brunner@drehmo.example"), "Tue, 10 Nov 2026 11:11:11 +0100", T(body, "iso-8859-1"), charset="iso-8859-1"),
     {po.number: {1: A, 2: R, 3: ch(6, "45.00", "2026-12-18")}},
     "Pos 1 as ordered (18.12. -> 2026-12-18). Pos 2 no longer available -> rejected. Pos 3 confirmed for 6 instead of 10.")

# 057 ------------------------------------------------------------------
S = ("ADHVAUD", "Adhésifs Vaudois SA", "commandes@adhesifs-vaudois.example", "fr-CH")
po = PO("4500021881", S, [("AV-FM-2600", "Film de masquage 2600 mm x 17 m", 40, "ROL", "18.20", "2026-12-10")], issued="2026-11-10", cur="CHF")
body = ("Bonjour,\n\nNous accusons réception de votre demande. Elle a été enregistrée sous le numéro #48213.\n"
        "Un conseiller vous répondra dans un délai de 48 heures ouvrables.\n\nMerci de ne pas modifier l'objet de ce message lors de vos réponses.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre directement.\n\nService clients - Adhésifs Vaudois SA\n"
        "Ch. du Closel 5, 1020 Renens | +41 21 634 22 00")
case(57, "ticket-system-ack-ch", "auto_reply", "fr-CH",
     "Helpdesk ticket acknowledgement '[Ticket #48213]' in Swiss French: looks like a receipt, but it is machine-generated.",
     [po], reply(57, po, ("Service clients Adhésifs Vaudois", "support@adhesifs-vaudois.example"), "Tue, 10 Nov 2026 09:15:40 +0100",
                 ALT(body), subj="[Ticket #48213] RE: " + req_subject(po),
                 extra=["Auto-Submitted: auto-generated", "X-Mailer: Zammad Mail Service"]),
     None, "Automatic ticket confirmation (Auto-Submitted: auto-generated); no human answer yet.")

# 058 ------------------------------------------------------------------
S = ("ESTRATTI", "Estrattori Ticino SA", "vendite@estrattoriticino.example", "it-CH")
po = PO("4500021897", S, [("ET-3B-200", "Estrattore a 3 bracci 200 mm", 4, "PC", "168.00", "2027-01-13"),
                          ("ET-IDR-10T", "Estrattore idraulico 10 t", 2, "PC", "890.00", "2027-01-13")], issued="2026-11-10", cur="CHF")
body = ("Buongiorno signora Kovač,\n\nconfermiamo il Suo ordine 4500021897 alle condizioni indicate. Consegna prevista: settimana 2.\n\n"
        "Cordiali saluti\nLuca Bernasconi\nEstrattori Ticino SA - Via Cantonale 22 - 6805 Mezzovico\nTel. +41 91 935 12 12"
        + quote(po, "outlook", labels=("Da", "Inviato", "A", "Oggetto"), sent="martedì, 10 novembre 2026 09:14"))
case(58, "settimana-2-ch", "confirmation", "it-CH",
     "Swiss-Italian ISO-8859-15 reply 'alle condizioni indicate' with only 'settimana 2' (no year) as the delivery time.",
     [po], reply(58, po, ("Luca Bernasconi", "l.bernasconi@estrattoriticino.example"), "Thu, 19 Nov 2026 14:30:02 +0100",
                 T(body, "iso-8859-15"), subj="R: " + req_subject(po), charset="iso-8859-15"),
     {po.number: {1: ch(4, "168.00", "2027-01-15"), 2: ch(2, "890.00", "2027-01-15")}},
     "Week 2 after a November mail is ISO week 2 of 2027; no day -> Friday 2027-01-15, two days after the requested 13 Jan -> changed.")

# 059 ------------------------------------------------------------------
S = ("LEVLIEGE", "Levage Liégeois SRL", "commandes@levage-liegeois.example", "fr-BE")
po = PO("4500021903", S, [("LL-EL-2T-3M", "Élingue plate 2 t, 3 m", 30, "PC", "12.40", "2026-12-15")], issued="2026-11-06")
body = ("Bonjour,\n\nJe vous confirme la commande comme commandée : 50 pièces à 12,40 € pièce, livraison le 15/12.\n\n"
        "Bien à vous,\nDidier Lambert\nLevage Liégeois SRL | TVA BE 0456.789.123 | 04 341 22 11" + quote(po, ">"))
case(59, "as-ordered-but-50-be", "needs_review", "fr-BE",
     "Belgian French reply says 'comme commandée' but states 50 pieces while the PO has 30: self-contradictory quantity.",
     [po], reply(59, po, ("Didier Lambert", "d.lambert@levage-liegeois.example"), "Thu, 12 Nov 2026 16:20:13 +0100", T(body)),
     None, "'As ordered' conflicts with 50 pcs (PO: 30); a buyer cannot tell whether 30 or 50 are confirmed -> needs_review.")

# 060 ------------------------------------------------------------------
S = ("AFDEKVL", "Afdekfolie Vlaanderen BV", "orders@afdekfolie.example", "nl-BE")
po = PO("4500021919", S, [("AF-MASK-1400", "Afplakfolie met tape 1400 mm x 33 m", 100, "ROL", "3.85", "2026-12-09"),
                          ("AF-MASK-2600", "Afplakfolie met tape 2600 mm x 17 m", 150, "ROL", "4.40", "2026-12-09")], issued="2026-11-04")
csv = ("Uw ref;Lijn;Artikel;Omschrijving;Aantal;Eenheid;Eenheidsprijs;Leverdatum\r\n"
       "4500021919;1;AF-MASK-1400;Afplakfolie met tape 1400x33;100;ROL;3,85;09/12/2026\r\n"
       "4500021919;2;AF-MASK-2600;Afplakfolie met tape 2600x17;100;ROL;4,40;09/12/2026\r\n"
       "4500021919;2;AF-MASK-2600;Afplakfolie met tape 2600x17 (rest);50;ROL;4,40;13/01/2027\r\n")
body = ("Dag Mara,\n\nIn bijlage de orderbevestiging voor uw bestelling 4500021919 (bij ons VO26-11877). Lijn 2 leveren we in twee "
        "keer, zie bijlage.\n\nMet vriendelijke groeten\nKristof Peeters\nBinnendienst Afdekfolie Vlaanderen BV\n"
        "T +32 9 218 44 10 | BTW BE 0712.345.678\n\n---------- Doorgestuurd bericht ----------\nVan: ERP Afdekfolie <erp@afdekfolie.example>\n"
        "Datum: di 10 nov. 2026 om 07:02\nOnderwerp: Orderbevestiging VO26-11877\nAan: Kristof Peeters <kristof.peeters@afdekfolie.example>\n\n"
        "Orderbevestiging VO26-11877 in bijlage (CSV).\n")
case(60, "csv-two-rows-split-be", "confirmation", "nl-BE",
     "Flemish forward of an ERP mail with a windows-1252 CSV where line 2 appears twice (100 + 50 on different dates) = split delivery.",
     [po], reply(60, po, ("Kristof Peeters", "kristof.peeters@afdekfolie.example"), "Tue, 10 Nov 2026 08:47:21 +0100",
                 MIX(T(body), Leaf(csv.encode("cp1252"), "text/csv", "windows-1252", "base64", filename="VO26-11877.csv")),
                 subj="Fwd: Orderbevestiging VO26-11877", thread=False, mstyle=1),
     {po.number: {1: A, 2: ch(150, "4.40", "2027-01-13", [(100, "2026-12-09"), (50, "2027-01-13")])}},
     "CSV line 1 as ordered. Line 2 split: 100 rolls 09/12/2026 and 50 rolls 13/01/2027 (dd/mm/yyyy) at the same price.")

# 061 ------------------------------------------------------------------
S = ("TAULSURO", "Taulers i Suros Catalunya SL", "comandes@tauler-suro.example", "ca-ES")
po = PO("4500021925", S, [("TS-SURO-120X90", "Tauler de suro 120 x 90 cm, marc d'alumini", 10, "PC", "42.00", "2026-12-04"),
                          ("TS-VIDRE-6A4", "Vitrina d'anuncis amb pany, 6 x A4", 4, "PC", "139.00", "2026-12-04")], issued="2026-11-16")
body = ("Bon dia Mara,\n\nUs confirmem la comanda 4500021925 tal com ens la vau enviar, preus inclosos. Com que tenim tot l'estoc, "
        "us ho podem lliurar dimarts vinent.\n\nSalutacions,\nJordi Puig\nTaulers i Suros Catalunya SL\nTel. 93 456 78 90 | NIF B-61234567"
        + quote(po, "gmail", labels="El dl., 16 de nov. 2026 a les 9:14, Mara Kovač <mara.kovac@halden-mro.example> va escriure:"))
case(61, "dimarts-vinent-ca", "confirmation", "ca-ES",
     "Catalan reply confirms the PO 'tal com ens la vau enviar' and offers delivery 'dimarts vinent' (next Tuesday) relative to a Thursday.",
     [po], reply(61, po, ("Jordi Puig", "jordi.puig@tauler-suro.example"), "Thu, 26 Nov 2026 12:40:19 +0100", T(body), mstyle=1),
     {po.number: {1: ch(10, "42.00", "2026-12-01"), 2: ch(4, "139.00", "2026-12-01")}},
     "Next Tuesday after Thu 26 Nov 2026 = 2026-12-01 (a delivery date), before the requested 4 Dec -> changed date on both lines.")

# 062 ------------------------------------------------------------------
S = ("LARRUN", "Larrun Goratzeko Tresnak S.L.", "salmentak@larrungoratu.example", "eu-ES")
po = PO("4500021931", S, [("LG-POL-500", "Polipasto de cadena manual 500 kg", 3, "EA", "198.00", "2026-12-18")], issued="2026-11-09")
body = ("Kaixo,\n\nAzaroaren 30era arte oporretan nago, posta elektronikarik gabe. Premiazko gaietarako, jarri harremanetan "
        "Itziar Etxeberriarekin: itziar.etxeberria@larrungoratu.example / 943 12 34 56.\n\n"
        "Hola,\n\nEstoy de vacaciones hasta el 30 de noviembre sin acceso al correo. Para asuntos urgentes contacte con "
        "Itziar Etxeberria: itziar.etxeberria@larrungoratu.example / 943 12 34 56.\n\nEskerrik asko / Gracias,\nAitor Agirre")
case(62, "oporretan-autoreply-eu", "auto_reply", "eu-ES",
     "Basque/Spanish vacation auto-reply; the return date is the only date in it.",
     [po], reply(62, po, ("Aitor Agirre", "aitor.agirre@larrungoratu.example"), "Mon, 09 Nov 2026 09:14:55 +0100", T(body),
                 subj="Erantzun automatikoa / Respuesta automática: " + req_subject(po), extra=["Auto-Submitted: auto-replied"]),
     None, "Out-of-office auto-reply.")

# 063 ------------------------------------------------------------------
S = ("LLIEINIAU", "Llieiniau Llwch Cymru Cyf", "archebion@llieiniaullwch.example", "cy-GB")
po = PO("4500021947", S, [("LL-COT-12X9", "Cotton twill dust sheet 12 x 9 ft", 40, "PC", "11.25", "2026-12-08"),
                          ("LL-POLY-12X12", "Polythene dust sheet 12 x 12 ft, heavy", 100, "PC", "1.60", "2026-12-08")],
        issued="2026-11-05", cur="GBP", buyer="tj")
body = ("Bore da Tom,\n\nDiolch am eich archeb 4500021947. Rydym yn cadarnhau'r ddwy linell fel y'u harchebwyd, i'w danfon ar 8 Rhagfyr.\n\n"
        "Good morning Tom,\n\nThank you for your order 4500021947. We confirm both lines as ordered, for delivery on 8 December.\n\n"
        "Cofion / Regards,\nSiân Roberts\nLlieiniau Llwch Cymru Cyf | Ffôn / Tel 01248 123456\n"
        "Cwmni cofrestredig yng Nghymru rhif 08765432 / Registered in Wales no. 08765432" + quote(po, "outlook"))
case(63, "bilingual-welsh", "confirmation", "cy-GB",
     "Bilingual Welsh/English confirmation 'fel y'u harchebwyd' / 'as ordered' with a yearless date '8 Rhagfyr'.",
     [po], reply(63, po, ("Siân Roberts", "sian.roberts@llieiniaullwch.example"), "Mon, 09 Nov 2026 10:02:44 +0000", ALT(body)),
     {po.number: {1: A, 2: A}}, "Both lines as ordered; 8 December -> 2026-12-08 = requested.")

# 064 ------------------------------------------------------------------
S = ("MEDREELS", "Mediterranean Reels Ltd", "sales@medreels.example", "mt-MT")
po = PO("4500021953", S, [("MR-HR-25", "Hose reel cart 25 m", 6, "EA", "74.00", "2026-12-10")], issued="2026-11-10")
orig = (f"Received: from [10.1.4.22] by mx1.halden-mro.example with esmtpsa id 1tK9xQ-0004Ab-2c\n\tfor sales@medreels.example; "
        f"Tue, 10 Nov 2026 09:14:05 +0100\nFrom: Mara Kovac <mara.kovac@halden-mro.example>\nTo: sales@medreels.example\n"
        f"Subject: {req_subject(po)}\nDate: Tue, 10 Nov 2026 09:14:05 +0100\nMessage-ID: {po.reqid}\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=us-ascii\n\n" + request_text(po).replace("Kovač", "Kovac"))
body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one "
        "or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  sales@medreels.example\n"
        "    host mail.medreels.example [192.0.2.41]\n    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Message rejected as spam by Content Filtering.\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
msg = eml(("Mail Delivery System", "Mailer-Daemon@mx1.halden-mro.example"), po.buyer,
          "Mail delivery failed: returning message to sender", "Tue, 10 Nov 2026 09:14:09 +0100",
          "<E1tK9xR-0004Ah-3F@mx1.halden-mro.example>", T(body, "us-ascii", "7bit"),
          extra=["X-Failed-Recipients: sales@medreels.example", "Auto-Submitted: auto-replied"])
case(64, "exim-plain-bounce-with-po", "bounce", "mt-MT",
     "Exim plain-text bounce (no multipart/report) that contains the full copy of our PO request, table included.",
     [po], msg, None, "Undeliverable (550 5.7.1 rejected as spam); the PO table in it is our own returned message.")

# 065 ------------------------------------------------------------------
S = ("NORTHGR", "Northern Ground Rod Co.", "orders@northernground.example", "en-CA")
poA = PO("4500021969", S, [("GR-58-8", "Copper-bonded ground rod 5/8\" x 8 ft", 50, "EA", "24.75", "2026-12-11"),
                           ("GR-CL-58", "Ground rod clamp 5/8\", bronze", 50, "EA", "3.90", "2026-12-11")], issued="2026-11-05", cur="CAD")
poB = PO("4500021972", S, [("GR-34-10", "Copper-bonded ground rod 3/4\" x 10 ft", 20, "EA", "41.20", "2026-12-18")], issued="2026-11-06", cur="CAD")
body = ("Hi Mara,\n\nPO 4500021969 confirmed: 50 rods @ $24.75 and 50 clamps @ $3.90, delivery Dec 11/26.\n\n"
        "Your other PO 4500021972 (the 3/4\" rods) is being handled by my colleague Priya - she'll be in touch with you directly.\n\n"
        "Thanks,\nDave Chen\nInside Sales | Northern Ground Rod Co.\n905-555-0187 ext. 231" + quote(poA, "outlook"))
case(65, "second-po-only-mentioned-ca", "confirmation", "en-CA",
     "Canadian reply confirms one PO with 'Dec 11/26' and merely mentions the supplier's other open PO (handed to a colleague).",
     [poA, poB], reply(65, poA, ("Dave Chen", "dchen@northernground.example"), "Thu, 12 Nov 2026 15:20:04 -0500", T(body)),
     {poA.number: {1: A, 2: A}},
     "PO 4500021969: both lines as ordered, 'Dec 11/26' = 2026-12-11. PO 4500021972 is only mentioned (another person will answer) -> left out.")

# 066 ------------------------------------------------------------------
S = ("EKOLIFT", "Eko Lifting & Safety Nig. Ltd", "sales@ekolifting.example", "en-NG")
po = PO("4500021975", S, [("EL-WS-3T-4M", "Webbing sling 3 t x 4 m, duplex", 25, "PC", "18500.00", "2026-12-04"),
                          ("EL-CS-5T-2M", "Chain sling 2-leg 5 t x 2 m, G80", 4, "SET", "245000.00", "2026-12-04")],
        issued="2026-11-04", cur="NGN")
body = ("Dear Ma,\n\nRE: CONFIRMATION OF LPO NO. 4500021975\n\nWe acknowledge receipt of your LPO and hereby confirm supply of the "
        "under-listed items:\n\n1. Webbing sling 3T x 4M - 25 pcs @ N18,500.00 = N462,500.00\n"
        "2. Chain sling 2-leg 5T x 2M - 4 sets @ N262,000.00 = N1,048,000.00 (price reviewed due to exchange rate)\n\n"
        "Delivery: on or before 4th December, 2026.\n\nThank you for your continued patronage.\n\nYours faithfully,\n"
        "For: Eko Lifting & Safety Nig. Ltd\n\nChukwuemeka Obi\nSales Manager\n0803 456 7890, 0805 123 4567\nRC 1234567")
case(66, "lpo-formal-naira-ng", "confirmation", "en-NG",
     "Formal Nigerian 'CONFIRMATION OF LPO' with line totals next to unit prices (N18,500.00 = N462,500.00) and a reviewed price on line 2.",
     [po], reply(66, po, ("Chukwuemeka Obi", "c.obi@ekolifting.example"), "Mon, 09 Nov 2026 12:10:38 +0100", T(body)),
     {po.number: {1: A, 2: ch(4, "262000.00", "2026-12-04")}},
     "Unit prices, not totals: line 1 18500.00 = PO; line 2 262000.00 vs 245000.00 -> changed. 'On or before 4th December, 2026' = requested date.")

# 067 ------------------------------------------------------------------
S = ("KAZINSTR", "TOO KazInstrument", "sales@kazinstrument.example", "kk-KZ")
po = PO("4500021981", S, [("KI-UG-12-22", "Impact socket 1/2\" 22 mm", 100, "PC", "1350.00", "2026-12-16"),
                          ("KI-UG-12-SET", "Impact socket set 1/2\", 10 pc", 10, "SET", "28500.00", "2026-12-16")],
        issued="2026-11-09", cur="KZT")
body = ("Сәлеметсіз бе, Мара!\n\nСпасибо за заказ. Хотим предупредить: с 1 ноября цены поставщика выросли, актуальная цена на "
        "набор головок - 32 400 тг. Прошу согласовать новую цену, после этого вышлем подтверждение заказа и срок поставки.\n\n"
        "С уважением,\nАйгерим Нурланова\nменеджер по продажам\nТОО «КазИнструмент», БИН 150440012345\n+7 727 345 67 89")
case(67, "approve-new-price-first-kz", "needs_review", "kk-KZ",
     "Kazakh greeting + Russian body: a new price for one line is announced but the supplier waits for approval before confirming anything.",
     [po], reply(67, po, ("Айгерим Нурланова", "aigerim.n@kazinstrument.example"), "Fri, 13 Nov 2026 11:00:27 +0500", T(body, cte="base64")),
     None, "Price proposal awaiting buyer approval; confirmation and delivery date will follow -> needs_review.")

# 068 ------------------------------------------------------------------
S = ("HARBSAFE", "Harbour Safety Supplies Ltd", "orders@harboursafety.example", "en-HK")
po = PO("4500021997", S, [("HS-GL-CLR", "Safety spectacles clear, EN166", 500, "PC", "9.80", "2026-12-14")], issued="2026-11-12", cur="HKD")
d = "Thu, 12 Nov 2026 13:16:02 +0100"
txt = ("Delivery is delayed to these recipients or groups:\n\norders@harboursafety.example (orders@harboursafety.example)\n\n"
       "Subject: " + req_subject(po) + "\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
       "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if "
       "the message can't be delivered by that time.\n\nDiagnostic information for administrators:\n\n"
       "Generating server: VI1PR08MB2345.eurprd08.prod.outlook.com\nReceiving server: mx.harboursafety.example\n"
       "Remote server returned '451 4.4.7 Message delayed; connection timed out'\n")
orig = (f"From: =?utf-8?q?Mara_Kova=C4=8D?= <mara.kovac@halden-mro.example>\nTo: orders@harboursafety.example\n"
        f"Subject: {req_subject(po)}\nDate: Thu, 12 Nov 2026 09:14:00 +0100\nMessage-ID: {po.reqid}\n")
body = Multi("report", [ALT(txt), dsn("VI1PR08MB2345.eurprd08.prod.outlook.com", d,
                        [("orders@harboursafety.example", "delayed", "4.4.7", "451 4.4.7 Message delayed")]),
                        rfc822_headers(orig)], params="; report-type=delivery-status")
msg = eml(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-mro.example"), po.buyer,
          "Delivery delayed:" + req_subject(po), d, "<c1d9e2f0-5a44-4b1e-8e0a-77c0de12ab34@VI1PR08MB2345.eurprd08.prod.outlook.com>",
          body, in_reply=po.reqid, extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])
case(68, "delayed-dsn-hk", "bounce", "en-HK",
     "Microsoft 365 'Delivery delayed' DSN (Action: delayed, 4.4.7), not a final failure but still a delivery status notification.",
     [po], msg, None, "A delay DSN for the request to a Hong Kong supplier; no human answer -> bounce.")

# 069 ------------------------------------------------------------------
S = ("SHIRITI", "Shiriti Vegla Pune sh.p.k.", "shitje@shiriti.example", "sq-AL")
po = PO("4500022003", S, [("SV-KZ-1T", "Manual chain hoist 1 t, 3 m", 3, "EA", "96.00", "2026-12-18")], issued="2026-11-10")
body = ("Përshëndetje,\n\nJu njoftojmë se malli për porosinë tuaj 4500019412 është nisur sot me kamion, targa AA 123 BC. "
        "Dorëzimi i pritshëm: 23.11.2026.\n\nPaketimi: 2 paleta, 186 kg bruto.\nDokumentet: fatura 2026/1187, CMR 00451.\n\n"
        "Faleminderit,\nLogjistika\nShiriti Vegla Pune sh.p.k. | NIPT L12345678A | Durrës")
case(69, "shipping-notice-other-po-al", "unrelated", "sq-AL",
     "Albanian shipping notice with a date and weights for a different PO (4500019412) of the same supplier.",
     [po], reply(69, po, ("Logjistika Shiriti", "logjistika@shiriti.example"), "Wed, 18 Nov 2026 15:05:33 +0100", T(body),
                 subj="Njoftim dërgese / Shipping notice DN-26-0917 - PO 4500019412", thread=False),
     None, "Dispatch notice for another order; it says nothing about open PO 4500022003 -> unrelated.")

# 070 ------------------------------------------------------------------
S = ("DIGALKA", "Digalka DOOEL Skopje", "prodazba@digalka.example", "mk-MK")
po = PO("4500022019", S, [("DG-STL-3T", "Jack stands 3 t, pair", 20, "PR", "31.50", "2026-12-11"),
                          ("DG-STL-6T", "Jack stands 6 t, pair", 10, "PR", "52.00", "2026-12-11")], issued="2026-11-10")
body = ("Почитувана г-ѓо Ковач,\n\nВи благодариме за нарачката 4500022019. Во моментов на залиха имаме 12 пара од 3 t и 10 пара од 6 t. "
        "Дали Ви одговара испорака во две рати - првата на 11.12.2026, а останатите 8 пара од 3 t во јануари? Ве молиме потврдете, "
        "за да ја потврдиме нарачката.\n\nСо почит,\nМарија Стојановска\nпродажба | Дигалка ДООЕЛ Скопје\n+389 2 3123 456"
        + quote(po, ">"))
case(70, "split-proposal-question-mk", "needs_review", "mk-MK",
     "Macedonian reply proposes a split (12+8 pairs, rest 'in January') and asks the buyer to agree before it confirms the order.",
     [po], reply(70, po, ("Марија Стојановска", "marija.s@digalka.example"), "Mon, 16 Nov 2026 10:10:45 +0100", ALT(body)),
     None, "A proposal conditional on the buyer's agreement ('please confirm so that we can confirm the order'); January has no day -> needs_review.")
