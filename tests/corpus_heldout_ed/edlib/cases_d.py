from .common import case, po, reply, text, alt, multipart, attachment, html_doc, A, C, R, U, conf, other, esc
from .common import rfcdate, quote_gt, quote_outlook, request_html, request_subject, message, addr, dsn, make_pdf
from .common import orig_headers_for, html_from_text, request_text


@case("catalan-declines-whole-po", "confirmation", "ca-ES",
      "Catalan reply declining the whole order (brand no longer distributed): a rejection is an answer, every line rejected.")
def c_ca():
    p = po("4500031057", "COLESC", "Coles i Adhesius del Vallès, S.L.", "comandes@colesvalles.example", "ca-ES", "EUR", "2026-11-06",
           [("GS-11-300-CA", "Hot-melt glue stick 11 x 300 mm, 1 kg bag", 50, "KG", "7.80", "2026-12-09"),
            ("GS-11-300-Y", "Hot-melt glue stick 11 x 300 mm, yellow, 1 kg", 20, "KG", "8.40", "2026-12-09")], buyer="lea")
    body = """Bon dia Léa,

Gràcies per la comanda 4500031057. Lamentablement no la podem servir: des de l'1 de novembre hem deixat de distribuir la marca d'aquestes barres de cola i no en tenim estoc.
Us recomanem contactar directament amb el fabricant.

Salutacions cordials,
Jordi Puig i Serra
Coles i Adhesius del Vallès, S.L. | Polígon Can Roqueta, c/ de la Forja 12, 08202 Sabadell | Tel. 93 712 34 56 | NIF B-12345678
"""
    m = reply(p, "Jordi Puig", "jordi.puig@colesvalles.example", text(body, charset="iso-8859-15", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 10, 30, 0, "+0100"), "<jp.4500031057@colesvalles.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: R, 2: R}),
                        notes="The supplier declines the entire PO ('no la podem servir'); a definitive refusal is a confirmation-kind answer with all lines rejected.")


@case("galician-roll-rounding", "confirmation", "gl-ES",
      "Galician HTML+text reply: edge banding only in 50 m rolls (120 -> 150 m) and 'o martes 22 de decembro'.")
def c_gl():
    p = po("4500031058", "CANTOS", "Cantos e Chapas Galicia, S.L.", "pedidos@cantosgalicia.example", "gl-ES", "EUR", "2026-11-06",
           [("EB-PVC-23-G", "Edge banding PVC grey 23 x 1 mm", 120, "M", "0.34", "2026-12-18"),
            ("EB-PVC-43-G", "Edge banding PVC grey 43 x 2 mm", 200, "M", "0.71", "2026-12-18")])
    plain = """Bos días Ana,

Confirmámosvos o pedido 4500031058:
- Liña 1: o canto de 23 mm só o servimos en rolos de 50 m, así que van 150 m (3 rolos) a 0,34 €/m.
- Liña 2: 200 m a 0,71 €/m.
Entrega das dúas liñas o martes 22 de decembro.

Un saúdo,
Uxía Castro
Cantos e Chapas Galicia, S.L. · Polígono do Tambre, Santiago de Compostela · 981 123 456
"""
    html = html_doc(html_from_text(plain))
    m = reply(p, "Uxía Castro", "uxia.castro@cantosgalicia.example", alt(plain, html, "00000000000033fa1b2c05e1"),
              rfcdate(2026, 11, 10, 12, 45, 0, "+0100"), "<CAB7uxia9@mail.gmail.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, q=150, date="2026-12-22"), 2: C(p, 2, date="2026-12-22")}),
                        notes="Line 1 rounded to 3 rolls = 150 M; both lines delivered martes 22 de decembro = Tue 2026-12-22 (requested 2026-12-18), prices unchanged.")


@case("portuguese-outlook-partial", "confirmation", "pt-PT",
      "European Portuguese over an Outlook-quoted HTML PO: line 1 'até 8 de janeiro', line 2 still without a date.")
def c_pt():
    p = po("4500031059", "ABRACA", "Abraçadeiras do Norte, Lda.", "encomendas@abracadeiras-norte.example", "pt-PT", "EUR", "2026-11-05",
           [("HC-W4-32", "Hose clamp W4, 20-32 mm", 1500, "PC", "0.27", "2027-01-08"),
            ("HC-W4-60", "Hose clamp W4, 40-60 mm", 800, "PC", "0.39", "2027-01-08")])
    html = html_doc("""<div>Boa tarde Sra. Ana,</div>
<div>Confirmamos a linha 1 (1.500 unid. a 0,27 €) com entrega até 8 de janeiro.</div>
<div>A linha 2 ainda está sem data de produção; enviaremos a confirmação na próxima semana.</div>
<div>Com os melhores cumprimentos,<br>Rui Almeida<br>Abraçadeiras do Norte, Lda. | Zona Industrial da Maia I, 4470-122 Maia | Tel. +351 229 123 456 | NIF 501234567</div>
<hr>
<div><b>De:</b> Ana Kowalczyk &lt;ana.kowalczyk@northgate-mro.example&gt;<br><b>Enviado:</b> 5 de novembro de 2026 09:20<br><b>Para:</b> encomendas@abracadeiras-norte.example<br><b>Assunto:</b> %s</div>
%s""" % (request_subject(p), request_html(p)))
    plain = """Boa tarde Sra. Ana,
Confirmamos a linha 1 (1.500 unid. a 0,27 €) com entrega até 8 de janeiro.
A linha 2 ainda está sem data de produção; enviaremos a confirmação na próxima semana.
Com os melhores cumprimentos,
Rui Almeida

""" + quote_outlook(p, "5 de novembro de 2026 09:20", ("De", "Enviado", "Para", "Assunto"))
    m = reply(p, "Rui Almeida", "rui.almeida@abracadeiras-norte.example", alt(plain, html, "_000_DB7PR03MB4411_", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 15, 12, 0, "+0000"), "<DB7PR03MB4411.rui@abracadeiras-norte.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: U}),
                        notes="'1.500' = 1500 (dot thousands). 'até 8 de janeiro' (no year) = 2027-01-08 = requested -> line 1 accepted; line 2 pending -> unconfirmed.")


@case("belgian-two-pos-one-deferred", "confirmation", "fr-BE",
      "Belgian French, two open POs: one answered (one line 'semaine 51'), the other only said to follow tomorrow -> left out.")
def c_fr_be():
    a = po("4500031060", "SOUDBE", "Soudure Wallonne SPRL", "commandes@soudure-wallonne.example", "fr-BE", "EUR", "2026-11-05",
           [("WR-ER70S-10", "MIG wire ER70S-6, 1.0 mm, 15 kg spool", 20, "ROL", "38.50", "2026-12-11"),
            ("WR-E308L-25", "Stainless electrode E308L, 2.5 mm", 30, "KG", "16.80", "2026-12-11")], buyer="lea")
    b = po("4500031061", "SOUDBE", "Soudure Wallonne SPRL", "commandes@soudure-wallonne.example", "fr-BE", "EUR", "2026-11-06",
           [("WR-E6013-40", "Electrode E6013, 4.0 mm", 100, "KG", "6.95", "2026-12-18")], buyer="lea")
    body = """Bonjour Madame Fontaine,

Pour votre commande 4500031060 :
- ligne 1, fil MIG : 20 bobines à 38,50 EUR, livraison le 11/12/2026 ;
- ligne 2, électrodes E308L : 30 kg à 16,80 EUR/kg, livrable seulement semaine 51.

La confirmation de la commande 4500031061 suivra demain, nous attendons le retour de notre usine.

Bien à vous,
Didier Lambert
Soudure Wallonne SPRL · Rue de l'Industrie 22, 4020 Liège · Tél. 04 343 12 34 · TVA BE 0412.345.678
"""
    m = reply(a, "Didier Lambert", "d.lambert@soudure-wallonne.example", text(body, charset="iso-8859-1", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 11, 20, 0, "+0100"), "<dl.20261109@soudure-wallonne.example>", subject="RE: " + request_subject(a))
    return [a, b], m, conf((a, {1: A(a, 1), 2: C(a, 2, date="2026-12-18")}),
                           notes="PO 4500031060: line 1 as ordered; line 2 'semaine 51' without day = Friday 2026-12-18. PO 4500031061 is only mentioned ('suivra demain') -> left out of confirmations.")


@case("swiss-chf-apostrophe", "confirmation", "de-CH",
      "Swiss German (no ß) with CHF 1'249.50 apostrophe thousands and 'CHF 87.–' dash notation for a raised price.")
def c_de_ch():
    p = po("4500031062", "HUBLI", "Hubli Fördertechnik AG", "verkauf@hubli-foerdertechnik.example", "de-CH", "CHF", "2026-11-06",
           [("PJ-SCALE-2T", "Pallet truck with scale, 2000 kg", 2, "EA", "1249.50", "2027-01-13"),
            ("PJ-GALV-2.5T", "Pallet truck galvanised 2500 kg", 1, "EA", "1890.00", "2027-01-13"),
            ("PJ-WHEEL-TANDEM", "Tandem load roller set", 4, "SET", "82.00", "2027-01-13")], buyer="tom")
    body = """Grüezi Herr Brandt

Besten Dank für Ihre Bestellung 4500031062, welche wir gerne wie folgt bestätigen:

Pos. 1  PJ-SCALE-2T      2 Stk.   CHF 1'249.50   Liefertermin Mittwoch, 13. Januar 2027
Pos. 2  PJ-GALV-2.5T     1 Stk.   CHF 1'890.00   Liefertermin Mittwoch, 13. Januar 2027
Pos. 3  PJ-WHEEL-TANDEM  4 Set    neu CHF 87.– (Preisanpassung Lieferant per 1.11.)   Liefertermin Mittwoch, 13. Januar 2027

Freundliche Grüsse

Reto Hubli
Hubli Fördertechnik AG · Bahnhofstrasse 41 · 8604 Volketswil
Tel. +41 44 945 12 34 · MWST CHE-123.456.789
"""
    m = reply(p, "Reto Hubli", "reto.hubli@hubli-foerdertechnik.example", text(body, charset="windows-1252", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 8, 20, 0, "+0100"), "<rh.ab.4500031062@hubli-foerdertechnik.example>", subject="AW: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="87.00")}),
                        notes="CHF 1'249.50 = 1249.50 (apostrophe thousands); 'CHF 87.–' = 87.00 vs PO 82.00 -> line 3 changed price. All dates 2027-01-13 as requested.")


@case("flemish-week-numbers", "confirmation", "nl-BE",
      "Flemish reply with 'week 1' and 'week 2' of 2027 (Friday rule across the year boundary).")
def c_nl_be():
    p = po("4500031063", "SLOTVL", "Sloten Vlaanderen BV", "verkoop@slotenvlaanderen.example", "nl-BE", "EUR", "2026-11-06",
           [("PL-45-SS", "Keyed padlock 45 mm, stainless, keyed alike", 50, "EA", "11.60", "2027-01-08"),
            ("PL-60-LS", "Keyed padlock 60 mm, long shackle", 20, "EA", "15.90", "2027-01-08")], buyer="lea")
    body = """Dag Léa,

Bedankt voor uw bestelling 4500031063. Wij bevestigen:
- lijn 1: 50 st. à € 11,60 - levering week 1
- lijn 2: 20 st. à € 15,90 - levering week 2 (de lange beugel komt pas na het verlof binnen)

Prettige feestdagen alvast!

Met vriendelijke groeten,
Pieter Claes
Sloten Vlaanderen BV · Kortrijksesteenweg 210, 9830 Sint-Martens-Latem · BTW BE 0456.789.123 · T 09 222 33 44
"""
    m = reply(p, "Pieter Claes", "pieter.claes@slotenvlaanderen.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 12, 14, 0, 0, "+0100"), "<pc.20261112@slotenvlaanderen.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-15")}),
                        notes="Weeks without year after a Nov-2026 mail are 2027 weeks: week 1 = Fri 2027-01-08 (= requested), week 2 = Fri 2027-01-15.")


@case("afrikaans-freight-surcharge", "confirmation", "af-ZA",
      "Afrikaans: a per-unit freight surcharge amount (R45,00) added to one line's price.")
def c_af():
    p = po("4500031064", "BOUTSN", "Boutsnyers Suid (Edms) Bpk", "bestellings@boutsnyers.example", "af-ZA", "ZAR", "2026-11-06",
           [("BC-42-ZA", "Bolt cutter 1050 mm", 6, "EA", "420.00", "2026-12-10"),
            ("BC-14-ZA", "Bolt cutter 350 mm", 24, "EA", "165.00", "2026-12-10")], buyer="raj")
    body = """Goeie dag Raj,

Dankie vir die bestelling 4500031064. Ons bevestig soos volg:
Item 1: 6 x BC-42 teen R420,00 elk plus R45,00 vragtoeslag per eenheid (oorgrootte pakket), aflewering 10/12/2026.
Item 2: 24 x BC-14 teen R165,00 elk, aflewering 10/12/2026.

Vriendelike groete
Annelie van der Merwe
Boutsnyers Suid (Edms) Bpk | Paarl, Wes-Kaap | 021 872 1234 | BTW 4123456789
"""
    m = reply(p, "Annelie van der Merwe", "annelie@boutsnyers.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 9, 10, 10, 0, "+0200"), "<avdm.20261109@boutsnyers.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, price="465.00"), 2: A(p, 2)}),
                        notes="Line 1: R420,00 + R45,00 surcharge per unit = 465.00 per EA; line 2 as ordered; 10/12/2026 = 2026-12-10.")


@case("tamil-dispatch-vs-delivery", "confirmation", "ta-IN",
      "Tamil greeting + Indian English over a Gmail 'On ... wrote:' quote; dispatch and 'delivery by' dates without year, delivery wins.")
def c_ta():
    p = po("4500031065", "KOVAI", "Kovai Clamp Industries", "sales@kovaiclamp.example", "ta-IN", "USD", "2026-11-06",
           [("HC-MS-20", "Hose clamp mild steel zinc, 12-20 mm", 3000, "PC", "0.09", "2026-12-14"),
            ("HC-MS-50", "Hose clamp mild steel zinc, 40-50 mm", 2000, "PC", "0.14", "2026-12-14")], buyer="raj")
    body = """வணக்கம் Raj sir,

Thank you for the order. Qty and rates as per your PO.
Line 1 - dispatch from Coimbatore on 8th Dec, delivery by 14th Dec.
Line 2 - dispatch on 15th Dec, delivery by 21st Dec.

Regards,
K. Senthil Kumar
Kovai Clamp Industries, SIDCO Kurichi, Coimbatore 641021 | +91 422 267 1234 | +91 94431 23456

On Fri, 6 Nov 2026 at 14:05, Raj Mehta <raj.mehta@northgate-mro.example> wrote:

""" + quote_gt(p)
    m = reply(p, "Senthil Kumar", "senthil@kovaiclamp.example", text(body, cte="base64"), rfcdate(2026, 11, 9, 18, 30, 0, "+0530"),
              "<CAKs3nth1l@mail.gmail.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-21")}),
                        notes="Delivery dates win over dispatch dates: line 1 by 14th Dec = 2026-12-14 (requested), line 2 by 21st Dec = 2026-12-21.")


@case("urdu-one-line-refused", "confirmation", "ur-PK",
      "Urdu (RTL, Western digits) from a Sialkot tool maker: one line confirmed, the other cannot be made.")
def c_ur():
    p = po("4500031066", "SIALTL", "Sialkot Precision Tools (Pvt) Ltd", "export@sialkottools.example", "ur-PK", "USD", "2026-11-06",
           [("TW-CLICK-38", "Click torque wrench 3/8in, 20-100 Nm", 40, "EA", "34.50", "2027-01-20"),
            ("TW-DIG-12", "Digital torque wrench 1/2in, 40-340 Nm", 10, "EA", "118.00", "2027-01-20")], buyer="tom")
    body = """محترم ٹام صاحب،
السلام علیکم،

آپ کے پرچیز آرڈر 4500031066 کا شکریہ۔
لائن 1: 40 عدد کلک ٹارک رنچ، قیمت 34.50 ڈالر فی عدد، ڈلیوری 20/01/2027 – منظور ہے۔
لائن 2: ڈیجیٹل ٹارک رنچ ہم اب تیار نہیں کرتے، اس لیے یہ آئٹم ہم فراہم نہیں کر سکتے۔ معذرت۔

والسلام،
عمران بٹ
Sialkot Precision Tools (Pvt) Ltd | Small Industrial Estate, Sialkot | +92 52 325 1234 | NTN 1234567-8
"""
    m = reply(p, "Imran Butt", "imran@sialkottools.example", text(body, cte="base64"), rfcdate(2026, 11, 10, 12, 0, 0, "+0500"),
              "<ib.4500031066@sialkottools.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: R}),
                        notes="Line 1 confirmed as ordered (20/01/2027); line 2 no longer produced and cannot be supplied -> rejected.")


@case("moroccan-revert-monday", "needs_review", "fr-MA",
      "Moroccan French: 'nous revenons vers vous lundi' with an indicative price but no commitment.")
def c_fr_ma():
    p = po("4500031067", "COLLMA", "Colles et Fixations du Maghreb SARL", "commercial@collesmaghreb.example", "fr-MA", "EUR", "2026-11-09",
           [("GS-7-SET", "Glue stick 7 mm, pack of 50", 40, "SET", "3.90", "2026-12-21")])
    body = """Bonjour Madame,

Nous accusons réception de votre bon de commande n° 4500031067, merci.
Le prix devrait rester à 3,90 EUR le paquet mais nous devons vérifier la disponibilité auprès de notre dépôt de Tanger Med.
Nous revenons vers vous lundi avec la confirmation définitive.

Cordialement,
Youssef El Amrani
Colles et Fixations du Maghreb SARL | Zone Industrielle Aïn Sebaâ, Casablanca | Tél. +212 522 12 34 56 | ICE 001234567000089
"""
    m = reply(p, "Youssef El Amrani", "y.elamrani@collesmaghreb.example", text(body, charset="windows-1252", cte="quoted-printable"),
              rfcdate(2026, 11, 11, 10, 0, 0, "+0100"), "<yea.9991@collesmaghreb.example>", subject="RE: " + request_subject(p))
    return [p], m, other("needs_review", "'devrait rester' is tentative and the definitive confirmation is promised for Monday: nothing committed.")


@case("bengali-price-approval", "needs_review", "bn-BD",
      "Bengali: supplier states a higher price and asks for approval before it confirms the order.")
def c_bn():
    p = po("4500031068", "DHAKAS", "Dhaka Safety Products Ltd.", "sales@dhakasafety.example", "bn-BD", "USD", "2026-11-06",
           [("DM-KN95-25", "Dust mask KN95, box of 25", 200, "BOX", "6.10", "2026-12-22")], buyer="raj")
    body = """প্রিয় রাজ মেহতা,

আপনার ক্রয় আদেশ 4500031068 পেয়েছি, ধন্যবাদ।
কাঁচামালের দাম বাড়ার কারণে প্রতি বক্সের দাম এখন ৬.৬০ ডলার (আপনার PO-তে ৬.১০ ডলার)।
অনুগ্রহ করে নতুন দাম অনুমোদন করুন; অনুমোদন পেলে আমরা ডেলিভারির তারিখসহ অর্ডার কনফার্ম করব।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
Dhaka Safety Products Ltd. | Tejgaon I/A, Dhaka 1208 | +880 2 8870 1234 | BIN 000123456-0101
"""
    m = reply(p, "Md. Rafiqul Islam", "rafiq@dhakasafety.example", text(body, cte="base64"), rfcdate(2026, 11, 10, 13, 0, 0, "+0600"),
              "<ri.4500031068@dhakasafety.example>", subject="RE: " + request_subject(p))
    return [p], m, other("needs_review", "New price (৬.৬০ = 6.60) is proposed for approval; the supplier will confirm only after approval. Not a commitment.")


@case("colombian-ooo", "auto_reply", "es-CO",
      "Colombian Spanish out-of-office (vacaciones) with a return date that looks like a delivery date.")
def c_es_co():
    p = po("4500031069", "ILUMCO", "Iluminación Andina S.A.S.", "ventas@iluminacionandina.example", "es-CO", "USD", "2026-11-10",
           [("LP-RD-18W", "LED round panel 18 W, recessed", 120, "EA", "7.40", "2027-01-25")])
    body = """Cordial saludo,

Me encuentro en vacaciones hasta el lunes 30 de noviembre de 2026. Durante mi ausencia su correo no será reenviado.
Para temas comerciales favor comunicarse con Andrés Restrepo al (604) 444 1234 ext. 112 o andres.restrepo@iluminacionandina.example.

Atentamente,
Luisa Fernanda Gómez
Iluminación Andina S.A.S. | NIT 900.123.456-7 | Medellín
"""
    m = reply(p, "Luisa Fernanda Gómez", "lfgomez@iluminacionandina.example", text(body, charset="iso-8859-1", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 14, 33, 0, "-0500"), "<ooo.lfg.77@iluminacionandina.example>",
              subject="Respuesta automática: " + request_subject(p), extra=[("Auto-Submitted", "auto-replied")])
    return [p], m, other("auto_reply", "Out-of-office auto-reply; 30 de noviembre is the return date.")


@case("exim-mailbox-full", "bounce", "sq-AL",
      "Exim bounce: supplier mailbox over quota (5.2.2), plain-text with the original message appended.")
def c_sq():
    p = po("4500031070", "SHIRITI", "Shiriti Mobilieri sh.p.k.", "porosi@shiriti-mob.example", "sq-AL", "EUR", "2026-11-09",
           [("EB-MEL-19", "Edge banding melamine 19 mm, white", 1000, "M", "0.06", "2026-12-17")], buyer="tom")
    human = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  porosi@shiriti-mob.example
    host mail.shiriti-mob.example [198.51.100.17]
    SMTP error from remote mail server after RCPT TO:<porosi@shiriti-mob.example>:
    552 5.2.2 Kutia postare është plot / Mailbox quota exceeded
"""
    m = dsn("relay.northgate-mro.example", "Mailer-Daemon@relay.northgate-mro.example", "tom.brandt@northgate-mro.example",
            "porosi@shiriti-mob.example", rfcdate(2026, 11, 9, 9, 15, 0, "+0100"), "<E1vT0k2-0003Ab-7Q@relay.northgate-mro.example>",
            human, "5.2.2", "552 5.2.2 Kutia postare është plot / Mailbox quota exceeded",
            orig_headers_for(p, rfcdate(2026, 11, 9, 9, 14, 58, "+0100")),
            subject="Mail delivery failed: returning message to sender", boundary="1762676100-eximdsn-1804289383",
            remote_mta="mail.shiriti-mob.example", frm_name="Mail Delivery System", human_charset="utf-8")
    return [p], m, other("bounce", "Exim DSN, 552 mailbox full; no human answer.")


@case("delayed-dsn-warning", "bounce", "en-CA",
      "Delay notification (Action: delayed, 4.4.7) - not yet a failure, but still a DSN and no supplier answer.")
def c_en_ca():
    p = po("4500031071", "MAPLEIR", "Maple Instruments Inc.", "orders@mapleinstruments.example", "en-CA", "CAD", "2026-11-10",
           [("IRT-DUAL-800", "Dual-laser infrared thermometer -50..800 C", 8, "EA", "129.00", "2027-02-05"),
            ("IRT-CASE", "Hard carrying case", 8, "EA", "14.00", "2027-02-05")], buyer="lea")
    human = """This is the mail system at host mx1.northgate-mro.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<orders@mapleinstruments.example>: connect to mx.mapleinstruments.example[203.0.113.80]:25: Connection timed out
"""
    m = dsn("mx1.northgate-mro.example", "MAILER-DAEMON@mx1.northgate-mro.example", "lea.fontaine@northgate-mro.example",
            "orders@mapleinstruments.example", rfcdate(2026, 11, 10, 19, 2, 0, "+0100"), "<20261110180200.7E21F2E0A@mx1.northgate-mro.example>",
            human, "4.4.1", "connect to mx.mapleinstruments.example[203.0.113.80]:25: Connection timed out",
            orig_headers_for(p, rfcdate(2026, 11, 10, 15, 0, 0, "+0100")), action="delayed",
            subject="Delayed Mail (still being retried)", boundary="7E21F2E0A.1762797720/mx1.northgate-mro.example")
    return [p], m, other("bounce", "Delivery status notification with Action: delayed; it is a DSN about our request, not a supplier reply.")


@case("nepal-dispatch-other-po", "unrelated", "ne-NP",
      "Nepali dispatch advice for an earlier PO from the same supplier, with quantities and dates that do not belong to the open PO.")
def c_ne():
    p = po("4500031072", "HIMAL", "Himal Hardware Suppliers Pvt. Ltd.", "sales@himalhardware.example", "ne-NP", "USD", "2026-11-09",
           [("AA-CAP-M16", "Chemical anchor capsule M16", 200, "EA", "1.45", "2027-02-10"),
            ("AA-ROD-M16", "Anchor rod M16 x 190", 200, "EA", "1.10", "2027-02-10")], buyer="raj")
    body = """नमस्ते राज जी,

तपाईंको खरिद आदेश 4500028811 अनुसारको सामान आज (२०८३ कात्तिक २५) ढुवानी गरिएको छ।
ढुवानी विवरण: AA-CAP-M12 - 300 थान, AA-ROD-M12 - 300 थान, ट्रक नं. बा २ ख ४५६७, बिल नं. 2083/1142।
अनुमानित पुग्ने मिति: 2026-11-24।

धन्यवाद,
सुनिता श्रेष्ठ
Himal Hardware Suppliers Pvt. Ltd. | Balaju Industrial District, Kathmandu | +977 1 4350 123 | PAN 301234567
"""
    m = message(addr("Sunita Shrestha", "sunita@himalhardware.example"), "raj.mehta@northgate-mro.example",
                "Dispatch advice - PO 4500028811", rfcdate(2026, 11, 11, 15, 45, 0, "+0545"), "<ss.disp.1142@himalhardware.example>",
                text(body, cte="base64"))
    return [p], m, other("unrelated", "Shipping notice for another order (PO 4500028811, M12 items) - the open PO 4500031072 is neither answered nor mentioned.")
