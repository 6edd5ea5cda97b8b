# -*- coding: utf-8 -*-
from .common import *


@case("my-prepayment-condition", "ms-MY", "needs_review",
      "Malay/English reply: will only confirm after a 30% advance payment is received; nothing committed yet.")
def _(c):
    p = c.po("4500032501", "PENAP", "Penapis Air Sdn. Bhd.", "sales@penapisair.example", [
        ("WF-RO-5ST", "Reverse osmosis 5-stage system 75 GPD", 10, "SET", "890.00", "2027-01-20"),
        ("WF-RO-MEM", "RO membrane 75 GPD replacement", 40, "EA", "95.00", "2027-01-20"),
    ], cur="MYR", issued="2026-11-09")
    body = ("Salam sejahtera Cik Dana,\n\nTerima kasih atas PO 4500032501. Untuk pelanggan baru, syarikat kami memerlukan bayaran pendahuluan 30% "
            "(RM 3,810.00) sebelum kami boleh mengesahkan pesanan dan tarikh penghantaran.\n\n"
            "As you are a new account, we can only confirm this order once the 30% advance payment is received. "
            "Proforma invoice PI-2611-044 is attached for your accounts team. We will send our Order Confirmation after payment.\n\n"
            "Terima kasih,\nNurul Aisyah binti Hassan\nSales Executive | Penapis Air Sdn. Bhd. (1234567-X)\nTel: 03-5512 3456\n")
    pi = pdf(["#PROFORMA INVOICE PI-2611-044", "Customer PO: 4500032501   Date: 10/11/2026",
              "1  WF-RO-5ST  RO 5-stage system 75GPD   10 SET  890.00   8,900.00",
              "2  WF-RO-MEM  RO membrane 75GPD          40 EA    95.00   3,800.00",
              "Total MYR 12,700.00    30% advance: MYR 3,810.00",
              "Goods will be scheduled upon receipt of advance payment."], "Proforma PI-2611-044")
    c.mail("nurul.aisyah@penapisair.example", "2026-11-10 10:20 +0800",
           MIX(T(body, "utf-8", "quoted-printable"), ATT("PI-2611-044.pdf", "application/pdf", pi)), reply_to_po=p,
           prefix="RE: ", frm_name="Nurul Aisyah")
    c.other("needs_review", "Confirmation is explicitly withheld until a 30% prepayment is made; the proforma repeats our prices but is not an order confirmation. A buyer must act on the payment condition.")


@case("au-hinges-backorder-arvo", "en-AU", "confirmation",
      "Casual Australian reply: day-first dates with weekday ('Fri 11/12'), one line part-shipped now and the backorder later.")
def _(c):
    p = c.po("4500032522", "OZHNG", "Southern Cross Hardware Pty Ltd", "sales@southerncrosshw.example", [
        ("DH-BUTT-100", "Butt hinge 100 mm, galvanised, loose pin", 500, "PC", "1.65", "2026-12-11"),
        ("DH-TEE-200", "Tee hinge 200 mm heavy duty", 100, "PC", "4.20", "2026-12-11"),
    ], cur="AUD", issued="2026-11-06", buyer="mikkel")
    body = ("G'day Mikkel,\n\nAll good with 4500032522, pricing as per PO. The butt hinges we've only got 350 on the shelf - "
            "they'll go out Fri 11/12, balance of 150 on backorder, ETA with you Wed 13/01. Tee hinges all 100 going Fri 11/12 too.\n\n"
            "Will send the con note once it's picked up this arvo / tomorrow.\n\nCheers,\nShane O'Connor\nSouthern Cross Hardware | 07 3123 4567 | ABN 12 345 678 901\n"
            + c.quote(p, "outlook"))
    c.mail("shane@southerncrosshw.example", "2026-11-09 15:55 +1000", T(body, "us-ascii", "7bit"), reply_to_po=p,
           prefix="RE: ", frm_name="Shane O'Connor")
    c.confirm((p, {1: C(d="2027-01-13", s=[(350, "2026-12-11"), (150, "2027-01-13")]), 2: A}),
              notes="Day-first: 'Fri 11/12' = 2026-12-11 (a Friday), 'Wed 13/01' = 2027-01-13 (a Wednesday). Line 1 keeps 500 but splits 350 + 150 backorder; line 2 as ordered. ABN in signature is noise.")


@case("nz-helpdesk-ticket-ack", "en-NZ", "auto_reply",
      "Automatic help-desk ticket acknowledgement ('we have received your request, ticket #48213') from the supplier's Zendesk.")
def _(c):
    p = c.po("4500032547", "KIWIF", "Kiwi Fasteners Ltd", "orders@kiwifasteners.example", [
        ("CT-SS-200", "Cable tie stainless 200x4.6", 2000, "PC", "0.31", "2026-12-18"),
    ], cur="NZD", issued="2026-11-09")
    body = ("Kia ora,\n\nThanks for getting in touch with Kiwi Fasteners. This is an automatic confirmation that we have received your request "
            "and a ticket has been created: #48213.\n\nOur customer service team answers requests within 1-2 business days (Mon-Fri 8:00-17:00 NZT). "
            "You can reply to this email to add information to your ticket.\n\nNgā mihi,\nKiwi Fasteners Customer Service\n\n"
            "[U5RN-7Q2K] This email is a service from Kiwi Fasteners Support.\n")
    c.mail("support@kiwifasteners.example", "2026-11-09 20:42 +1300", T(body, "utf-8", "quoted-printable"),
           subject="[Kiwi Fasteners] Re: " + c.subject(p), reply_to_po=p,
           extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")])
    c.other("auto_reply", "A help-desk system's ticket receipt; the word 'confirmation' refers to receipt of the mail, not to the order.")


@case("za-received-will-send-oa", "en-ZA", "needs_review",
      "Human one-liner from South Africa: 'Received with thanks, will send the OA once captured' - only a receipt.")
def _(c):
    p = c.po("4500032560", "RANDT", "Rand Tool Supplies (Pty) Ltd", "orders@randtool.example", [
        ("RB-FL-19", "Router bit flush trim 19 mm, 1/2in shank", 25, "PC", "245.00", "2026-12-14"),
        ("RB-DOVE-14", "Router bit dovetail 14 deg, 1/2in shank", 25, "PC", "198.00", "2026-12-14"),
    ], cur="ZAR", issued="2026-11-09", buyer="priya")
    body = ("Hi Priya\n\nReceived with thanks. Will send the OA once the order has been captured on our system.\n\n"
            "Kind regards\nThandiwe Nkosi\nInternal Sales | Rand Tool Supplies (Pty) Ltd | Reg. 2009/123456/07 | B-BBEE Level 2\n"
            "Tel: 011 123 4567\n\nThis e-mail is subject to the disclaimer at https://randtool.example/disclaimer\n" + c.quote(p, "outlook"))
    c.mail("thandiwe@randtool.example", "2026-11-10 08:12 +0200", T(body, "us-ascii", "7bit"), reply_to_po=p,
           prefix="RE: ", frm_name="Thandiwe Nkosi")
    c.other("needs_review", "A human acknowledges receipt only and promises the order acknowledgement later; no quantities, prices or dates are committed.")


@case("ie-forwarded-internal-answer", "en-IE", "confirmation",
      "Irish sales rep forwards the warehouse's internal answer; the rep's own top note overrides one line ('line 3 two weeks later than you asked').")
def _(c):
    p = c.po("4500032588", "EMRLD", "Emerald Seals & Gaskets Ltd", "sales@emeraldseals.example", [
        ("OS-KIT-IMP", "Oil seal kit imperial, 150 pcs", 8, "SET", "54.00", "2026-12-16"),
        ("OS-40x62x7", "Oil seal 40x62x7 NBR", 150, "PC", "1.10", "2026-12-16"),
        ("OS-80x100x10", "Oil seal 80x100x10 FKM", 30, "PC", "9.40", "2026-12-16"),
    ], issued="2026-11-06", buyer="dana")
    body = ("Hi Dana,\n\nSee below from the lads in the warehouse - all good for the 16th on lines 1 and 2 at PO prices. "
            "Line 3 (the 80x100x10) will be two weeks later than you asked as it's coming in from Germany, same price.\n\n"
            "Regards,\nCiarán Byrne\nEmerald Seals & Gaskets Ltd | +353 1 456 7890 | VAT IE1234567T\n\n"
            "From: Warehouse Naas <warehouse@emeraldseals.example>\nSent: 09 November 2026 14:02\nTo: Ciarán Byrne <ciaran.byrne@emeraldseals.example>\n"
            "Subject: FW: PO 4500032588 - please confirm quantities, prices and delivery dates\n\n"
            "Ciarán - stock check: OS-KIT-IMP 11 in stock, OS-40x62x7 400 in stock, OS-80x100x10 only 6 in Naas, "
            "rest on order from supplier, due in 28/12.\nGer\n\n" + c.quote(p, "outlook").lstrip())
    c.mail("ciaran.byrne@emeraldseals.example", "2026-11-09 16:30 +0000", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           subject="FW: RE: " + c.subject(p), frm_name="Ciarán Byrne")
    c.confirm((p, {1: A, 2: A, 3: C(d=plus("2026-12-16", 14))}),
              notes="The rep's own statement is the commitment: lines 1-2 as ordered (the '16th' = 2026-12-16), line 3 two weeks after the requested 2026-12-16 = 2026-12-30, quantity unchanged. The warehouse stock figures and its '28/12' inbound date are internal information, not the answer.")


@case("ca-two-pos-one-only-mentioned", "en-CA", "confirmation",
      "Two open POs with the same supplier; the mail confirms one and merely says the other 'will follow next week' -> only one PO in the answer.")
def _(c):
    a = c.po("4500032601", "MAPLE", "Maple Leaf Measuring Tools Inc.", "orders@mapleleafmt.example", [
        ("PB-16OZ", "Plumb bob 16 oz, brass, replaceable tip", 36, "PC", "24.95", "2026-12-18"),
        ("PB-8OZ", "Plumb bob 8 oz, steel", 48, "PC", "12.40", "2026-12-18"),
    ], cur="CAD", issued="2026-11-05")
    b = c.po("4500032655", "MAPLE", "Maple Leaf Measuring Tools Inc.", "orders@mapleleafmt.example", [
        ("LS-LASER-LV", "Laser level sensor receiver", 10, "EA", "189.00", "2027-01-22"),
    ], cur="CAD", issued="2026-11-09")
    body = ("Good afternoon Dana,\n\nRe PO 4500032601: we confirm both lines, 36 x PB-16OZ @ $24.95 and 48 x PB-8OZ @ $12.40, "
            "shipping via Purolator on 2026-12-15 for delivery on 2026-12-17.\n\n"
            "Your other PO 4500032655 is with our product manager, I'll get back to you on that one next week.\n\n"
            "Best regards,\nMarie-Claude Tremblay\nCustomer Service | Maple Leaf Measuring Tools Inc. | 1-800-555-0199 ext. 221\n")
    c.mail("mc.tremblay@mapleleafmt.example", "2026-11-10 14:22 -0500", T(body, "us-ascii", "7bit"), reply_to_po=a,
           prefix="RE: ", frm_name="Marie-Claude Tremblay")
    c.confirm((a, {1: C(d="2026-12-17"), 2: C(d="2026-12-17")}),
              notes="ISO dates; the delivery date 2026-12-17 wins over the ship date and is one day earlier than requested, so both lines are 'changed'. PO 4500032655 is only mentioned, not answered -> left out.")


@case("frca-weekday-dates", "fr-CA", "confirmation",
      "Québec French reply with weekday-named dates without year ('mardi 5 janvier', 'vendredi 18 décembre') and prices with '$' after the number.")
def _(c):
    p = c.po("4500032688", "CEINT", "Ceintures Outils Boréal inc.", "commandes@boreal-outils.example", [
        ("TB-PRO-HV", "Tool belt pro, hi-vis, padded", 30, "PC", "89.00", "2026-12-18"),
        ("TB-BAG-ELEC", "Electrician tool pouch", 30, "PC", "42.00", "2026-12-18"),
    ], cur="CAD", issued="2026-11-06", buyer="mikkel")
    body = ("Bonjour Mikkel,\n\nNous confirmons votre bon de commande 4500032688 :\n\n"
            "- TB-PRO-HV : 30 unités à 89,00 $, livraison le vendredi 18 décembre\n"
            "- TB-BAG-ELEC : 30 unités à 42,00 $, livraison le mardi 5 janvier (fournisseur en rupture)\n\n"
            "Merci et bonne journée!\n\nSophie Gagnon\nService à la clientèle, Ceintures Outils Boréal inc.\n418 555-0123 poste 4\n"
            + c.quote(p, "outlook", "fr"))
    c.mail("sgagnon@boreal-outils.example", "2026-11-10 09:15 -0500", T(body, "iso-8859-1", "quoted-printable"), reply_to_po=p,
           prefix="RE : ", frm_name="Sophie Gagnon")
    c.confirm((p, {1: A, 2: C(d="2027-01-05")}),
              notes="Dates without a year are the next such dates: 'vendredi 18 décembre' = 2026-12-18 (= requested), 'mardi 5 janvier' = 2027-01-05 (weekdays match).")


@case("pt-feltpads-per-dozen", "pt-PT", "confirmation",
      "European Portuguese reply (windows-1252 QP) quoting price per dozen ('18,00 € a dúzia') for a per-piece PO line.")
def _(c):
    p = c.po("4500032710", "FELTR", "Feltros do Norte, Lda.", "encomendas@feltrosnorte.example", [
        ("FP-CHAIR-28", "Felt chair glide 28 mm, nail-on", 1200, "PC", "1.45", "2026-12-15"),
        ("FP-SHEET-A4", "Felt sheet A4 self-adhesive, 3 mm", 200, "PC", "0.90", "2026-12-15"),
    ], issued="2026-11-06")
    body = ("Exma. Sra. Dana Ruiz,\n\nAgradecemos a V/ encomenda n.º 4500032710, que confirmamos nas seguintes condições:\n\n"
            "- FP-CHAIR-28: 1200 unid. (100 dúzias), preço 18,00 € a dúzia, entrega a 15/12/2026;\n"
            "- FP-SHEET-A4: 200 unid. a 0,90 €, entrega a 15/12/2026.\n\n"
            "Com os melhores cumprimentos,\nRui Ferreira\nDep. Comercial | Feltros do Norte, Lda. | NIF 501 234 567 | Tel. 22 123 4567\n")
    c.mail("rui.ferreira@feltrosnorte.example", "2026-11-09 17:02 +0000", T(body, "windows-1252", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Rui Ferreira")
    c.confirm((p, {1: C(p="1.50"), 2: A}), notes="18,00 € per dozen = 1.50 € per piece, up from the PO's 1.45; quantity 1200 unchanged (100 dozen). Line 2 as ordered.")


@case("ar-paddles-min-qty", "es-AR", "confirmation",
      "Rioplatense Spanish reply ('les confirmamos la OC'): line 2 raised to a minimum batch, dates 'para el 21/12'.")
def _(c):
    p = c.po("4500032733", "MEZPA", "Mezcladoras Pampa S.A.", "ventas@mezcladoraspampa.example", [
        ("MP-100-HEX", "Mixing paddle 100 mm, hex shank", 60, "PC", "9.80", "2026-12-21"),
        ("MP-140-DUO", "Twin mixing paddle 140 mm", 10, "PC", "27.50", "2026-12-21"),
    ], cur="USD", issued="2026-11-05", buyer="priya")
    body = ("Hola Priya, ¿cómo estás?\n\nTe confirmamos la OC 4500032733. Los 60 batidores MP-100-HEX a USD 9,80 quedan para el 21/12. "
            "Del MP-140-DUO fabricamos lote mínimo de 24 unidades, así que te mandamos 24 a USD 27,50, también para el 21/12.\n\n"
            "Abrazo,\nMartín Giménez\nMezcladoras Pampa S.A. | CUIT 30-71234567-8 | +54 11 4123-4567\n"
            + c.quote(p, "gmail").replace("On ", "El ", 1).replace(" wrote:", " escribió:"))
    c.mail("martin.gimenez@mezcladoraspampa.example", "2026-11-06 18:40 -0300", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Martín Giménez")
    c.confirm((p, {1: A, 2: C(q=24)}), notes="Line 2 raised to the 24-piece minimum batch at the PO price; '21/12' without year = 2026-12-21 = requested. The CUIT tax id is noise.")


@case("cl-bounce-exim", "es-CL", "bounce",
      "Exim 'Mail delivery failed: returning message to sender' plain-text bounce (no multipart/report), host unknown.")
def _(c):
    p = c.po("4500032756", "CERRA", "Cerraduras Andinas SpA", "ventas@cerradurasandinas.example", [
        ("GL-BOLT-200", "Gate bolt/latch 200 mm galvanised", 80, "PC", "6.10", "2026-12-14"),
    ], cur="USD", issued="2026-11-10")
    b = p["buyer"]
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  ventas@cerradurasandinas.example\n    host mx.cerradurasandinas.example [198.51.100.23]\n"
            "    SMTP error from remote mail server after RCPT TO:<ventas@cerradurasandinas.example>:\n"
            "    550 5.1.1 User unknown\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <%s>\nFrom: %s <%s>\nTo: ventas@cerradurasandinas.example\nSubject: %s\nMessage-ID: %s\nDate: %s\n\n%s\n" % (
                b["email"], b["name"], b["email"], c.subject(p), p["request_message_id"], c.req_date(p), c.request_text(p)))
    c.mail("mailer-daemon@relay2.buyer.example", "2026-11-10 08:43 +0100", T(body, "us-ascii", "7bit"),
           subject="Mail delivery failed: returning message to sender", to=b["email"], frm_name="Mail Delivery System",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "ventas@cerradurasandinas.example")])
    c.other("bounce", "Exim bounce with our whole request (including the PO table) copied inside; the table must not be read as a confirmation.")


@case("co-price-increase-letter", "es-CO", "unrelated",
      "Colombian supplier's circular announcing a general price increase from 1 Feb 2027, with a PDF letter; not an answer to our open PO.")
def _(c):
    p = c.po("4500032770", "FILAG", "Filtros y Aguas de Colombia S.A.S.", "ventas@filtrosaguas.example", [
        ("WF-CARB-10", "Carbon block filter 10in, 5 micron", 200, "EA", "6.20", "2027-01-25"),
    ], cur="USD", issued="2026-11-06")
    letter = pdf(["#Filtros y Aguas de Colombia S.A.S.", "Medellin, 9 de noviembre de 2026", "",
                  "Asunto: Actualizacion de precios 2027", "",
                  "Apreciado cliente:", "Debido al incremento en los costos de materias primas y fletes internacionales,",
                  "a partir del 1 de febrero de 2027 nuestros precios de lista se incrementaran en un 6,5 %.",
                  "Los pedidos confirmados antes de esa fecha se mantienen con los precios vigentes.", "",
                  "Cordialmente,", "Direccion Comercial"], "Actualizacion de precios 2027")
    body = ("Apreciado cliente:\n\nAdjuntamos comunicado sobre la actualización de nuestra lista de precios a partir del 1 de febrero de 2027 (+6,5 %).\n"
            "Los pedidos confirmados antes de esa fecha conservan sus precios.\n\nCordialmente,\nDirección Comercial\nFiltros y Aguas de Colombia S.A.S. | NIT 900.123.456-7\n")
    c.mail("comercial@filtrosaguas.example", "2026-11-09 07:30 -0500",
           MIX(T(body, "utf-8", "quoted-printable"), ATT("Comunicado_precios_2027.pdf", "application/pdf", letter)),
           subject="Comunicado: actualización de precios 2027", to="undisclosed-recipients:;")
    c.other("unrelated", "A general price-increase circular to all customers (undisclosed recipients, new thread) that neither mentions nor answers PO 4500032770; the +6.5% must not be applied.")


@case("cat-junctionboxes-setmana", "ca-ES", "confirmation",
      "Catalan reply with 'setmana 51' (no day -> Friday) for one line and 'dilluns 11 de gener' for another.")
def _(c):
    p = c.po("4500032799", "CAIXE", "Caixes Elèctriques del Vallès, S.L.", "comandes@caixesvalles.example", [
        ("JB-SURF-80", "Surface junction box 80x80, IP54, grey", 500, "PC", "0.78", "2026-12-18"),
        ("JB-FLUSH-DB", "Flush mount double box, 60 mm", 250, "PC", "0.55", "2026-12-18"),
        ("JB-GLAND-20", "Cable gland M20 for junction box", 1000, "PC", "0.12", "2026-12-18"),
    ], issued="2026-11-06", buyer="dana")
    body = ("Bon dia Dana,\n\nUs confirmem la comanda 4500032799:\n\n"
            "· JB-SURF-80: 500 u. a 0,78 €, entrega setmana 51\n"
            "· JB-FLUSH-DB: 250 u. a 0,55 €, entrega dilluns 11 de gener\n"
            "· JB-GLAND-20: 1.000 u. a 0,12 €, entrega setmana 51\n\n"
            "Salutacions cordials,\nMontserrat Puig\nDept. Comercial – Caixes Elèctriques del Vallès, S.L. | Tel. 93 712 34 56\n")
    c.mail("mpuig@caixesvalles.example", "2026-11-10 12:00 +0100", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Montserrat Puig")
    c.confirm((p, {1: A, 2: C(d="2027-01-11"), 3: A}),
              notes="'setmana 51' = Friday 2026-12-18 = requested; 'dilluns 11 de gener' = Monday 2027-01-11. '1.000' is one thousand.")


@case("sk-needlefiles-spaced-dates", "sk-SK", "confirmation",
      "Slovak reply with spaced dates '18. 12. 2026' and a price change written '0,45 € / ks' vs PO 0.42.")
def _(c):
    p = c.po("4500032822", "PILNI", "Pilníky Slovakia s.r.o.", "obchod@pilniky.example", [
        ("NF-SGL-FLAT", "Needle file flat 160 mm, single", 200, "PC", "0.42", "2026-12-18"),
        ("NF-SGL-ROUND", "Needle file round 160 mm, single", 200, "PC", "0.42", "2026-12-18"),
    ], issued="2026-11-06", buyer="priya")
    body = ("Dobrý deň,\n\npotvrdzujeme objednávku č. 4500032822:\n\n"
            "1. NF-SGL-FLAT – 200 ks, 0,45 € / ks, dodanie 18. 12. 2026\n"
            "2. NF-SGL-ROUND – 200 ks, 0,42 € / ks, dodanie 18. 12. 2026\n\n"
            "Cena plochého pilníka je upravená podľa aktuálneho cenníka.\n\nS pozdravom\nMartina Horváthová\nPilníky Slovakia s.r.o., IČO 36 123 456\n")
    c.mail("horvathova@pilniky.example", "2026-11-09 10:45 +0100", T(body, "iso-8859-2", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Martina Horváthová")
    c.confirm((p, {1: C(p="0.45"), 2: A}), notes="Line 1 price 0,45 € instead of 0.42 (explicitly adjusted to the current list); line 2 unchanged; dates = requested.")


@case("hr-spec-question", "hr-HR", "needs_review",
      "Croatian reply asking which drawing revision / seal material applies before production; no commitment.")
def _(c):
    p = c.po("4500032845", "BRTVA", "Brtvila Zagreb d.o.o.", "prodaja@brtvila-zg.example", [
        ("OS-CUST-112", "Oil seal 112x140x12, custom, per drawing D-4471", 50, "PC", "18.60", "2027-02-12"),
    ], issued="2026-11-09", buyer="mikkel")
    body = ("Poštovani gospodine Sorensen,\n\nzahvaljujemo na narudžbi 4500032845. Prije potvrde molimo pojašnjenje: "
            "na nacrtu D-4471 rev. B navedeno je NBR, a u narudžbi piše FKM u napomeni. Koji materijal želite? "
            "Cijena i rok ovise o materijalu (FKM je oko 35 % skuplji).\n\nLijep pozdrav,\nIvana Kovačević\nBrtvila Zagreb d.o.o. | OIB 12345678901\n")
    c.mail("ivana.kovacevic@brtvila-zg.example", "2026-11-10 13:30 +0100", T(body, "windows-1250", "quoted-printable"), reply_to_po=p,
           prefix="Odg: ", frm_name="Ivana Kovačević")
    c.other("needs_review", "A technical question (NBR vs FKM) that blocks the confirmation; the '35 %' is a hypothetical, not a confirmed price.")


@case("si-bobs-earlier-date", "sl-SI", "confirmation",
      "Slovenian reply offering EARLIER delivery ('že 7. 12.') for all lines, prices and quantities unchanged.")
def _(c):
    p = c.po("4500032866", "MERIL", "Merilna Orodja d.o.o.", "prodaja@merilna-orodja.example", [
        ("PB-200-ST", "Plumb bob 200 g steel", 50, "PC", "5.40", "2026-12-21"),
        ("PB-CORD-30", "Plumb line cord 30 m, braided", 50, "ROL", "2.10", "2026-12-21"),
    ], issued="2026-11-06")
    body = ("Spoštovana ga. Ruiz,\n\nnaročilo 4500032866 potrjujemo v celoti – količine in cene po naročilu. "
            "Ker je blago na zalogi, lahko dobavimo že 7. 12.\n\nLep pozdrav,\nMatej Novak\nMerilna Orodja d.o.o. | tel. 01 234 56 78\n")
    c.mail("matej.novak@merilna-orodja.example", "2026-11-09 09:10 +0100", T(body, "iso-8859-2", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Matej Novak")
    c.confirm((p, {1: C(d="2026-12-07"), 2: C(d="2026-12-07")}),
              notes="Earlier delivery is still a date change: 7. 12. without year = 2026-12-07 for both lines instead of 2026-12-21.")


@case("rs-cyrillic-all-ok", "sr-RS", "confirmation",
      "Serbian Cyrillic reply confirming all three lines as ordered, with RSD-style amounts in a total line and a PIB in the signature.")
def _(c):
    p = c.po("4500032890", "ALATI", "Alati Beograd d.o.o.", "prodaja@alati-bg.example", [
        ("RB-CHAM-45", "Router bit chamfer 45 deg, 8 mm shank", 40, "PC", "8.90", "2026-12-15"),
        ("RB-COVE-10", "Router bit cove R10, 8 mm shank", 40, "PC", "9.60", "2026-12-15"),
        ("RB-SET-12", "Router bit set 12 pcs in wooden box", 10, "SET", "39.00", "2026-12-15"),
    ], issued="2026-11-06", buyer="priya")
    body = ("Поштована госпођо Наир,\n\nпотврђујемо поруџбину бр. 4500032890 у целости, по наведеним количинама, ценама и са роком испоруке 15.12.2026.\n"
            "Укупна вредност: 1.130,00 EUR без ПДВ-а.\n\nСрдачан поздрав,\nНикола Јовановић\nАлати Београд д.о.о. | ПИБ 101234567 | тел. 011 234 5678\n")
    c.mail("nikola.jovanovic@alati-bg.example", "2026-11-09 14:45 +0100", T(body, "utf-8", "base64"), reply_to_po=p,
           prefix="Одг: ", frm_name="Никола Јовановић")
    c.confirm((p, {}, A), notes="Full confirmation 'у целости'; total 1.130,00 = 40x8.90 + 40x9.60 + 10x39.00, consistent with the PO. PIB is noise.")


@case("lv-ooo", "lv-LV", "auto_reply",
      "Latvian out-of-office reply with 'Automātiskā atbilde' subject and Auto-Submitted header.")
def _(c):
    p = c.po("4500032912", "DURVJ", "Durvju Furnitūra SIA", "pasutijumi@durvjufurnitura.example", [
        ("DH-LIFT-OFF", "Lift-off hinge 110 mm, left", 100, "PC", "2.35", "2027-01-08"),
    ], issued="2026-11-10")
    body = ("Labdien!\n\nPaldies par Jūsu e-pastu. Līdz 16.11.2026 esmu komandējumā ar ierobežotu piekļuvi e-pastam. "
            "Steidzamos jautājumos lūdzu sazinieties ar pasutijumi@durvjufurnitura.example vai zvaniet +371 67 123 456.\n\nAr cieņu,\nInga Bērziņa\n")
    c.mail("inga.berzina@durvjufurnitura.example", "2026-11-10 09:42 +0200", T(body, "iso-8859-13", "quoted-printable"),
           subject="Automātiskā atbilde: " + c.subject(p), reply_to_po=p, extra=[("Auto-Submitted", "auto-replied")])
    c.other("auto_reply", "Business-trip auto-reply in Latvian; no commitment.")


@case("lt-ship-and-delivery-dates", "lt-LT", "confirmation",
      "Lithuanian reply giving both a ship date and a delivery date per line; the delivery date wins.")
def _(c):
    p = c.po("4500032935", "ILGIS", "UAB Ilgio Matai", "pardavimai@ilgiomatai.example", [
        ("LS-RAD-10M", "Radar level sensor 10 m, 4-20 mA HART", 3, "EA", "640.00", "2027-01-15"),
        ("LS-BRKT-SS", "Mounting bracket stainless for LS-RAD", 3, "EA", "38.00", "2027-01-15"),
    ], issued="2026-11-06", buyer="mikkel")
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500032935:\n\n"
            "1. LS-RAD-10M – 3 vnt., 640,00 EUR/vnt., išsiuntimas 2027-01-14, pristatymas 2027-01-19\n"
            "2. LS-BRKT-SS – 3 vnt., 38,00 EUR/vnt., išsiuntimas 2027-01-14, pristatymas 2027-01-19\n\n"
            "Pagarbiai,\nTomas Kazlauskas\nUAB Ilgio Matai | tel. +370 5 212 3456\n")
    c.mail("tomas.kazlauskas@ilgiomatai.example", "2026-11-10 11:20 +0200", T(body, "windows-1257", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Tomas Kazlauskas")
    c.confirm((p, {1: C(d="2027-01-19"), 2: C(d="2027-01-19")}),
              notes="Both ship (išsiuntimas 2027-01-14) and delivery (pristatymas 2027-01-19) are given; delivery wins -> 2027-01-19, later than requested 2027-01-15.")
