"""Cases 037-054."""
from .common import *  # noqa: F401,F403
from .common import BUYERS

DANA = BUYERS["dana"]
INES = BUYERS["ines"]


@case("checkmarks-quoted-sk", "confirmation", "sk-SK", "Slovak reply marks quoted PO lines with ✓ and ✗ instead of writing figures")
def c037():
    sup = ("HUSLESK", "Husliarske Potreby Bratislava s.r.o.", "obchod@husliarske-potreby.example", "sk-SK")
    po = PO("4500031139", sup, [
        (1, "KL-EB-44", "Violin peg, ebony, 4/4", 300, "EA", "3.95", "2027-01-08"),
        (2, "KL-RW-44", "Violin peg, rosewood, 4/4", 150, "EA", "3.40", "2027-01-08"),
        (3, "KL-BX-12", "Violin peg, boxwood, 1/2", 100, "EA", "2.90", "2027-01-08"),
    ], buyer="ines")
    body = """Dobrý deň pani Okafor,

posielam potvrdenie priamo k Vašim riadkom:

> Line 1: KL-EB-44 Violin peg, ebony, 4/4 - 300 EA @ EUR 3.95 - need by 2027-01-08   ✓
> Line 2: KL-RW-44 Violin peg, rosewood, 4/4 - 150 EA @ EUR 3.40 - need by 2027-01-08   ✗ palisander už nedodávame (CITES)
> Line 3: KL-BX-12 Violin peg, boxwood, 1/2 - 100 EA @ EUR 2.90 - need by 2027-01-08   ✓

S pozdravom
Martin Horváth
Husliarske Potreby Bratislava s.r.o.
Mlynské nivy 48, 821 09 Bratislava
"""
    m = mail(("Martin Horváth", sup[2]), INES, "RE: Purchase order 4500031139 - please confirm",
             when("2026-11-23 13:20", 1), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: R, 3: A(po, 3)},
               "Check marks beside quoted lines 1 and 3 accept them as quoted; the cross with 'no longer supplied' rejects line 2.")
    return [po], m, exp


@case("inline-between-quotes-si", "confirmation", "sl-SI", "Slovenian inline answers between the quoted PO lines; quoted figures are the PO's")
def c038():
    sup = ("RASTLSI", "Rastlinjak Tehnika d.o.o.", "prodaja@rastlinjak-tehnika.example", "sl-SI")
    po = PO("4500031140", sup, [
        (1, "AO-15", "Greenhouse vent opener, 15 kg", 120, "EA", "24.80", "2027-01-08"),
        (2, "AO-ROOF-K", "Roof vent opener kit with bracket", 60, "EA", "35.20", "2027-01-08"),
    ])
    body = """Pozdravljeni,

odgovori so med vrsticami.

Dana Ruiz je 17. 11. 2026 ob 09:12 napisal(a):
> Purchase order 4500031140 - please confirm quantity, unit price and delivery date per line.
>
> Line 1: AO-15 Greenhouse vent opener, 15 kg - 120 EA @ EUR 24.80 - need by 2027-01-08

V redu, potrjujemo.

> Line 2: AO-ROOF-K Roof vent opener kit with bracket - 60 EA @ EUR 35.20 - need by 2027-01-08

Količina in cena v redu, dobava pa šele 20. 1. 2027.

>
> Kind regards
> Dana Ruiz
> Purchasing

Lep pozdrav,
Nina Kranjc
Rastlinjak Tehnika d.o.o., Tržaška cesta 85, 1000 Ljubljana
"""
    m = mail(("Nina Kranjc", sup[2]), DANA, "Re: Purchase order 4500031140 - please confirm",
             when("2026-11-19 09:02", 1), body, charset="iso-8859-2", reply_to=rid(po["po_number"]),
             mailer="Mozilla Thunderbird")
    exp = conf(po, {1: A(po, 1), 2: C(60, "35.20", "2027-01-20")},
               "Inline answers: line 1 'V redu, potrjujemo' accepts the quoted line; line 2 keeps quantity and price but delivery is 20 Jan 2027.")
    return [po], m, exp


@case("missing-attachment-lt", "needs_review", "lt-LT", "Lithuanian 'confirmation attached' but the mail has no attachment and no figures")
def c039():
    sup = ("BALTSKEG", "UAB Baltijos Baidarės", "pardavimai@baltijos-baidares.example", "lt-LT")
    po = PO("4500031141", sup, [
        (1, "SK-CF-22", "Kayak skeg, carbon fibre, 22 cm", 50, "EA", "38.00", "2027-02-05"),
        (2, "SK-PIN-SS", "Skeg pivot pin, stainless", 100, "EA", "1.90", "2027-02-05"),
    ])
    body = """Laba diena,

prisegame užsakymo 4500031141 patvirtinimą. Prašome patikrinti terminus, kai kurie skiriasi nuo jūsų prašytų.

Pagarbiai
Tomas Petrauskas
UAB Baltijos Baidarės | Klaipėda, Minijos g. 180
"""
    m = mail(("Tomas Petrauskas", sup[2]), DANA, "RE: Purchase order 4500031141 - please confirm",
             when("2026-11-26 10:30", 2), body, charset="iso-8859-13", reply_to=rid(po["po_number"]))
    exp = other("needs_review", "The mail says the confirmation is attached and that some dates differ, but there is no attachment: nothing can be read, a human must ask for it.")
    return [po], m, exp


@case("bottom-post-lv", "confirmation", "lv-LV", "Latvian bottom-posted answer below the full quoted PO, ISO-8859-13")
def c040():
    sup = ("RIGABOWL", "SIA Rīgas Boulings Serviss", "pardosana@rigas-boulings.example", "lv-LV")
    po = PO("4500031142", sup, [
        (1, "PDK-MAPLE", "Bowling pin deck panel, maple laminate", 10, "EA", "265.00", "2027-01-22"),
        (2, "PDK-SCREW", "Pin deck screw set", 40, "SET", "3.00", "2027-01-22"),
    ])
    body = "Dana Ruiz rakstīja 17.11.2026 09:12:\n" + quote(po_table(po)) + """

Labdien!

1. pozīcija - apstiprinām bez izmaiņām.
2. pozīcija - daudzums un termiņš kā pasūtīts, bet cena 3,15 EUR par komplektu.

Ar cieņu
Līga Bērziņa
SIA Rīgas Boulings Serviss, Rīga, Krasta iela 52
"""
    m = mail(("Līga Bērziņa", sup[2]), DANA, "Re: Purchase order 4500031142 - please confirm",
             when("2026-11-20 14:48", 2), body, charset="iso-8859-13", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(40, "3.15", "2027-01-22")},
               "Bottom-posted: the PO figures above are only quoted; the answer below accepts line 1 and raises line 2 to EUR 3,15 per set.")
    return [po], m, exp


@case("erp-pdf-auto-ee", "confirmation", "et-EE", "Automatic ERP mail (Auto-Submitted) whose PDF order confirmation commits to dates - a confirmation, not an auto-reply")
def c041():
    sup = ("TARTUMIK", "Tartu Mikroskoopia OÜ", "erp@tartu-mikroskoopia.example", "et-EE")
    po = PO("4500031143", sup, [
        (1, "OKL-76-FR", "Microscope slide, frosted, 76x26", 3000, "EA", "0.11", "2026-12-18"),
        (2, "OKL-76-GR", "Microscope slide, gridded 1 mm", 500, "EA", "0.48", "2026-12-18"),
    ])
    body = """Tellimuse kinnitus / Order confirmation TK-26-04512

Lugupeetud klient,
manuses on Teie tellimuse 4500031143 kinnitus.

See kiri on saadetud automaatselt (Directo ERP). Palun ärge vastake.
Tartu Mikroskoopia OÜ, Riia 181A, 51014 Tartu
"""
    pdf = pdf_att([
        "Tartu Mikroskoopia OU                 TELLIMUSE KINNITUS / ORDER CONFIRMATION",
        "Kinnitus nr / No: TK-26-04512        Kuupaev / Date: 20.11.2026",
        "Kliendi tellimus / Customer PO: 4500031143",
        "",
        "Rida  Kood         Nimetus                      Kogus   Hind EUR   Tarne",
        "1     OKL-76-FR    Mikroskoobi alusklaas mat.    3000     0,11     18.12.2026",
        "2     OKL-76-GR    Alusklaas ruudustikuga         500     0,48     08.01.2027",
        "",
        "Tarnetingimused / Incoterms: DAP   Maksetingimus: 30 paeva",
        "Tarne = kuupaev kliendi juures / delivery date at customer",
    ], "TK-26-04512.pdf")
    m = mail(("Directo ERP", sup[2]), DANA, "Tellimuse kinnitus TK-26-04512 (4500031143)",
             when("2026-11-20 06:02", 2), body, reply_to=rid(po["po_number"]), attachments=[pdf],
             headers={"Auto-Submitted": "auto-generated"})
    exp = conf(po, {1: A(po, 1), 2: C(500, "0.48", "2027-01-08")},
               "Machine-sent, but the attached ERP order confirmation commits: line 1 as ordered, line 2 delivered 08.01.2027.")
    return [po], m, exp


@case("yearend-no-year-nb", "confirmation", "nb-NO", "Norwegian dates '28.12.' and '5.1.' without year around the year end")
def c042():
    sup = ("NORDJURT", "Nordlys Jurt og Lavvo AS", "ordre@nordlys-jurt.example", "nb-NO")
    po = PO("4500031144", sup, [
        (1, "TR-200-FU", "Yurt roof ring 2.0 m, spruce", 3, "EA", "495.00", "2026-12-21"),
        (2, "TR-KIT-SP", "Roof ring spoke socket kit", 3, "SET", "64.00", "2027-01-08"),
    ])
    body = """Hei Dana,

takk for bestillingen. Vi bekrefter antall og priser som bestilt.
Takringen (pos. 1) blir levert 28.12., og sokkelsettet (pos. 2) allerede 5.1.

Mvh
Eirik Solberg
Nordlys Jurt og Lavvo AS
Storgata 14, 9008 Tromsø
"""
    m = mail(("Eirik Solberg", sup[2]), DANA, "SV: Purchase order 4500031144 - please confirm",
             when("2026-11-26 12:10", 1), body, charset="iso-8859-1", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(3, "495.00", "2026-12-28"), 2: C(3, "64.00", "2027-01-05")},
               "Dates without a year take the next occurrence after the 26 Nov 2026 mail: 28.12. = 2026-12-28, 5.1. = 2027-01-05 (earlier than requested, still a change).")
    return [po], m, exp


@case("two-weeks-relative-ca", "confirmation", "ca-ES", "Catalan 'd'aquí a dues setmanes' resolved from the Date header")
def c043():
    sup = ("REVELCAT", "Revelat Analògic SL", "comandes@revelat-analogic.example", "ca-ES")
    po = PO("4500031145", sup, [
        (1, "TNC-2R", "Darkroom developing tank, 2 reels", 25, "EA", "22.50", "2026-12-04"),
        (2, "TNC-5R", "Darkroom developing tank, 5 reels", 10, "EA", "39.00", "2026-12-04"),
    ])
    body = """Hola Dana,

Gràcies per la comanda. Quantitats i preus correctes, però no tenim els tancs fins a final de mes: us els podem servir d'aquí a dues setmanes.

Salutacions,
Jordi Puig i Serra
Revelat Analògic SL · Carrer de la Llum 33 · 08012 Barcelona
"""
    m = mail(("Jordi Puig i Serra", sup[2]), DANA, "RE: Purchase order 4500031145 - please confirm",
             when("2026-11-25 10:25", 1), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(25, "22.50", "2026-12-09"), 2: C(10, "39.00", "2026-12-09")},
               "Wednesday 25 Nov 2026 + two weeks = 9 Dec 2026 for both lines; quantities and prices as ordered.")
    return [po], m, exp


@case("mobile-oneliner-ar", "confirmation", "es-AR", "Mobile one-liner 'Confirmado todo tal cual' above the quoted PO")
def c044():
    sup = ("BAIRESKT", "Baires Skate Parts SRL", "ventas@bairesskate.example", "es-AR")
    po = PO("4500031146", sup, [
        (1, "EJE-139-N", "Skateboard truck 139 mm, black", 150, "PR", "12.80", "2027-01-15"),
        (2, "EJE-RISER", "Riser pad 1/8 in.", 300, "PR", "0.95", "2027-01-15"),
    ], currency="USD")
    body = "Confirmado todo tal cual, gracias!!\n\nEnviado desde mi Galaxy\n\n\n-------- Mensaje original --------\nDe: Dana Ruiz <dana.ruiz@buyer.example>\nFecha: 17/11/26 05:12 (GMT-03:00)\n\n" + quote(po_table(po))
    m = mail(("Nahuel Ferreyra", sup[2]), DANA, "RE: Purchase order 4500031146 - please confirm",
             when("2026-11-17 11:48", -3), body, reply_to=rid(po["po_number"]), mailer="Samsung Email")
    exp = conf(po, {1: A(po, 1), 2: A(po, 2)},
               "A one-line 'everything confirmed as is' from a phone accepts all lines as ordered; the quoted PO carries the figures.")
    return [po], m, exp


@case("alternative-offer-es", "needs_review", "es-ES", "Spanish supplier cannot supply gut strings and offers a nylon alternative at another price, asking whether it suits")
def c045():
    sup = ("ARPAMAD", "Cuerdas Arpa Madrid S.L.", "pedidos@cuerdas-arpa.example", "es-ES")
    po = PO("4500031147", sup, [
        (1, "TRP-4D", "Harp string gut 4th octave D", 40, "EA", "8.60", "2026-12-18"),
        (2, "TRP-4E", "Harp string gut 4th octave E", 40, "EA", "8.60", "2026-12-18"),
    ])
    body = """Buenos días Dana:

Lamentablemente nuestro proveedor de tripa no nos servirá hasta marzo. Como alternativa podemos ofrecerle las mismas notas en nylon de concierto (ref. NYL-4D / NYL-4E) a 5,20 € la unidad, con entrega el 11 de diciembre.

¿Le interesa? Si nos da el visto bueno, le enviamos la confirmación con las nuevas referencias.

Un saludo,
Marta Gil
Cuerdas Arpa Madrid S.L. - C/ de Atocha 87 - 28012 Madrid
"""
    m = mail(("Marta Gil", sup[2]), DANA, "RE: Purchase order 4500031147 - please confirm",
             when("2026-11-20 09:40", 1), body, charset="iso-8859-15", reply_to=rid(po["po_number"]))
    exp = other("needs_review", "The ordered gut strings are not confirmed; an alternative item at a different price is offered and awaits the buyer's approval.")
    return [po], m, exp


@case("two-of-three-pos-pt", "confirmation", "pt-PT", "Three open POs; the reply answers two, the third is still under review")
def c046():
    sup = ("LICOSPT", "Liços e Teares Guimarães, Lda.", "encomendas@licos-teares.example", "pt-PT")
    p1 = PO("4500031148", sup, [
        (1, "LIC-AC-280", "Loom heddle, steel, 280 mm", 2000, "EA", "0.12", "2027-01-15"),
    ], issued="2026-11-09")
    p2 = PO("4500031149", sup, [
        (1, "LIC-AC-330", "Loom heddle, steel, 330 mm", 2000, "EA", "0.14", "2027-01-22"),
    ], issued="2026-11-11")
    p3 = PO("4500031150", sup, [
        (1, "LIC-INOX-380", "Loom heddle, stainless, 380 mm", 1000, "EA", "0.22", "2027-02-05"),
        (2, "LIC-BARRA", "Heddle frame bar 120 cm", 20, "EA", "9.80", "2027-02-05"),
    ], issued="2026-11-16")
    body = """Cara Dana,

Seguem as respostas às vossas encomendas:

- Encomenda 4500031148: confirmada conforme pedido.
- Encomenda 4500031150: linha 1 confirmada conforme; linha 2 (barras) só conseguimos entregar a 12/02/2027, mantendo o preço.
- A 4500031149 ainda estamos a analisar com a produção.

Com os melhores cumprimentos,
Rui Fernandes
Liços e Teares Guimarães, Lda. | Rua da Indústria 12, 4835-000 Guimarães
"""
    m = mail(("Rui Fernandes", sup[2]), DANA, "RE: Encomendas em aberto", when("2026-11-24 17:05", 0),
             body, charset="iso-8859-1", reply_to=rid("4500031150"),
             refs=[rid("4500031148"), rid("4500031150")])
    exp = {"kind": "confirmation", "confirmations": [
        conf_entry(p1, {1: A(p1, 1)}),
        conf_entry(p3, {1: A(p3, 1), 2: C(20, "9.80", "2027-02-12")}),
    ], "notes": "Two POs answered: 4500031148 as ordered, 4500031150 line 2 moved to 12/02/2027. PO 4500031149 is only mentioned as still under analysis and is left out."}
    return [p1, p2, p3], m, exp


@case("swiss-apostrophe-ch", "confirmation", "de-CH", "Swiss German with 1'275.00 apostrophe thousands separator, no ß, dd.mm.yyyy")
def c047():
    sup = ("GLOCKCH", "Glockengiesserei Rüetschi Zubehör AG", "verkauf@rueetschi-zubehoer.example", "de-CH")
    po = PO("4500031151", sup, [
        (1, "KL-F3-SCHM", "Carillon bell clapper F3, wrought", 2, "EA", "1240.00", "2027-01-22"),
        (2, "KL-LEDER-R", "Clapper leather ring", 10, "EA", "18.50", "2027-01-22"),
    ])
    body = """Grüezi Frau Ruiz

Besten Dank für Ihre Bestellung 4500031151, die wir gerne wie folgt bestätigen:

Pos. 1  Klöppel F3 geschmiedet   2 Stk.   EUR 1'275.00/Stk.   Liefertermin 22.01.2027
Pos. 2  Lederring zu Klöppel    10 Stk.   EUR 18.50/Stk.      Liefertermin 22.01.2027

Die Preiserhöhung bei Pos. 1 ist durch den gestiegenen Schmiedelohn bedingt.

Freundliche Grüsse
Reto Brunner
Glockengiesserei Rüetschi Zubehör AG
Industriestrasse 5, 5000 Aarau
"""
    m = mail(("Reto Brunner", sup[2]), DANA, "AW: Purchase order 4500031151 - please confirm",
             when("2026-11-23 15:15", 1), body, charset="iso-8859-1", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(2, "1275.00", "2027-01-22"), 2: A(po, 2)},
               "Swiss number format: EUR 1'275.00 per clapper (PO 1240.00); line 2 as ordered.")
    return [po], m, exp


@case("iso-dates-html-fr-ca", "confirmation", "fr-CA", "Québec French text+HTML, ISO dates, '345,00 $ US' price format")
def c048():
    sup = ("SURFQC", "Surfaceuses Laurentides inc.", "commandes@surfaceuses-laurentides.example", "fr-CA")
    po = PO("4500031152", sup, [
        (1, "LAME-84-HSS", "Ice resurfacer blade 84 in., HSS", 4, "EA", "330.00", "2026-12-22"),
        (2, "AIG-KIT", "Blade sharpening service kit", 4, "EA", "45.00", "2026-12-22"),
    ], currency="USD")
    text = """Bonjour Dana,

Voici notre confirmation pour le bon de commande 4500031152 :

Ligne 1 - Lame de surfaceuse 84 po HSS : 4 unités à 345,00 $ US, livraison le 2027-01-12
Ligne 2 - Trousse d'aiguisage : 4 unités à 45,00 $ US, livraison le 2026-12-22

Merci et bonne journée!

Sylvie Gagnon
Service à la clientèle | Surfaceuses Laurentides inc.
1200, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9
"""
    html = """<div>Bonjour Dana,</div><div><br></div><div>Voici notre confirmation pour le bon de commande 4500031152&nbsp;:</div>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Ligne</th><th>Article</th><th>Qté</th><th>Prix</th><th>Livraison</th></tr>
<tr><td>1</td><td>Lame de surfaceuse 84 po HSS</td><td>4</td><td>345,00 $ US</td><td>2027-01-12</td></tr>
<tr><td>2</td><td>Trousse d'aiguisage</td><td>4</td><td>45,00 $ US</td><td>2026-12-22</td></tr></table>
<div>Merci et bonne journée!</div><div><br></div><div>Sylvie Gagnon<br>Service à la clientèle | Surfaceuses Laurentides inc.<br>1200, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9</div>"""
    m = mail(("Sylvie Gagnon", sup[2]), DANA, "RE: Purchase order 4500031152 - please confirm",
             when("2026-11-19 14:33", -5), text, html=html, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(4, "345.00", "2027-01-12"), 2: A(po, 2)},
               "Line 1 at USD 345.00 (PO 330.00) and 2027-01-12; line 2 as ordered.")
    return [po], m, exp


@case("invoice-other-order-be", "unrelated", "fr-BE", "Belgian invoice for an earlier, delivered order of the same frames, with PDF and payment terms")
def c049():
    sup = ("APIBEL", "Apiculture Wallonne SPRL", "facturation@apiculture-wallonne.example", "fr-BE")
    po = PO("4500031153", sup, [
        (1, "CAD-DB-H", "Dadant-Blatt frame, hoffman sides", 800, "EA", "0.92", "2027-01-15"),
        (2, "CAD-HS-H", "Half super frame", 400, "EA", "0.80", "2027-01-15"),
    ])
    body = """Madame, Monsieur,

Veuillez trouver ci-joint notre facture n° 2026/1187 relative à votre commande 4500029911 (livrée le 06/11/2026).
Montant total : 1.104,00 EUR TVAC, échéance le 06/12/2026.

Avec nos salutations distinguées,
Service comptabilité
Apiculture Wallonne SPRL - Rue du Rucher 5 - 5000 Namur - TVA BE 0456.789.123
"""
    pdf = pdf_att([
        "Apiculture Wallonne SPRL                      FACTURE 2026/1187",
        "Votre commande: 4500029911        Livraison: 06/11/2026",
        "",
        "Art.        Designation                  Qte    PU EUR    Total",
        "CAD-DB-H    Cadre Dadant-Blatt Hoffman    600     0,92    552,00",
        "CAD-HS-H    Cadre hausse                  500     0,80    400,00",
        "                                    Total HTVA           952,00",
        "                                    TVA 16%              152,00",
        "                                    Total TVAC         1.104,00",
        "Echeance: 06/12/2026   IBAN BE71 0000 0000 0069",
    ], "Facture_2026-1187.pdf")
    m = mail(("Apiculture Wallonne - Comptabilité", sup[2]), DANA, "Facture 2026/1187 - commande 4500029911",
             when("2026-11-20 08:05", 1), body, charset="iso-8859-15", attachments=[pdf])
    exp = other("unrelated", "An invoice for an earlier, already delivered order (4500029911) of the same items; it says nothing about open PO 4500031153.")
    return [po], m, exp


@case("delay-warning-be", "bounce", "nl-BE", "Delay DSN (Action: delayed, 4.4.1) - still retrying, not a reply from the supplier")
def c050():
    sup = ("GENTORGL", "Orgelbouw Vanderheyden BV", "bestellingen@orgelbouw-vdh.example", "nl-BE")
    po = PO("4500031154", sup, [
        (1, "ABS-ESP-800", "Pipe organ tracker, spruce, 800 mm", 250, "EA", "2.05", "2027-02-12"),
        (2, "ABS-MOER", "Tracker adjusting nut, leather", 500, "EA", "0.35", "2027-02-12"),
    ])
    human = """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

     bestellingen@orgelbouw-vdh.example

Message will be retried for 4 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect.
[mx.orgelbouw-vdh.example 194.78.0.12: timed out]
"""
    m = dsn("postmaster@buyer.example", "dana.ruiz@buyer.example",
            "Delivery Status Notification (Delay)", when("2026-11-18 09:20", 1), human, "smtp-out2.buyer.example",
            [("bestellingen@orgelbouw-vdh.example", "delayed", "4.4.1", "421 4.4.1 connection timed out")],
            original=po_headers(po))
    exp = other("bounce", "A delay warning DSN: the PO request has not been delivered yet; nothing from the supplier.")
    return [po], m, exp


@case("ooo-australia", "auto_reply", "en-AU", "Australian out-of-office mentioning Monday 7 December and a colleague; no Auto-Submitted header")
def c051():
    sup = ("OZBEEKP", "Southern Cross Beekeeping Supplies Pty Ltd", "sales@southerncrossbee.example", "en-AU")
    po = PO("4500031155", sup, [
        (1, "FRM-FD-W", "Full depth frame, wedge top, hoop pine", 1500, "EA", "1.05", "2027-01-29"),
        (2, "FRM-IDL", "Ideal frame, hoop pine", 800, "EA", "0.95", "2027-01-29"),
    ], currency="USD")
    body = """G'day,

Thanks for your email. I'm out of the office until Monday 7 December with limited access to email.

For orders and confirmations please contact Bec on orders@southerncrossbee.example or (07) 5400 1234 and she'll look after you.

Cheers,
Shane Dwyer
Southern Cross Beekeeping Supplies Pty Ltd
ABN 12 345 678 901
"""
    m = mail(("Shane Dwyer", sup[2]), DANA, "Out of Office: Purchase order 4500031155 - please confirm",
             when("2026-11-17 19:13", 11), body, reply_to=rid(po["po_number"]))
    exp = other("auto_reply", "Out-of-office reply; 7 December is the sender's return date, not a delivery date.")
    return [po], m, exp


@case("per-pack-disclaimer-za", "confirmation", "en-ZA", "Price per pack of 10 against a per-piece PO, buried above a long POPIA legal disclaimer")
def c052():
    sup = ("CAPESAIL", "Cape Sail Hardware (Pty) Ltd", "sales@capesailhw.example", "en-ZA")
    po = PO("4500031156", sup, [
        (1, "GR-BR-12", "Sailmaker grommet 12 mm, brass, spur", 4000, "EA", "0.21", "2027-01-08"),
        (2, "GR-PUNCH-12", "Hole punch 12 mm", 5, "EA", "17.50", "2027-01-08"),
    ], currency="USD")
    body = """Morning Dana,

Confirming PO 4500031156:
Brass spur grommets 12mm - 4 000 pcs, we sell in packs of 10 at USD 2.30 per pack. Delivery 08/01/2027.
Punches 12mm - 5 pcs @ USD 17.50, 08/01/2027.

Kind regards,
Thabo Nkosi
Sales | Cape Sail Hardware (Pty) Ltd
14 Marine Drive, Paarden Eiland, Cape Town 7405
Tel +27 21 000 4411

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you
are not the intended recipient, please notify the sender and delete it. Any views expressed are those of the
individual sender. Cape Sail Hardware (Pty) Ltd processes personal information in accordance with the
Protection of Personal Information Act 4 of 2013 (POPIA). No contract is concluded by e-mail unless confirmed
in writing by a director; quotations are valid for 7 days. E&OE. Cape Sail Hardware accepts no liability for
viruses transmitted with this e-mail. Company registration 2004/012345/07. Directors: S. Naidoo, P. van Wyk.
"""
    m = mail(("Thabo Nkosi", sup[2]), DANA, "RE: Purchase order 4500031156 - please confirm",
             when("2026-11-24 08:12", 2), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(4000, "0.23", "2027-01-08"), 2: A(po, 2)},
               "USD 2.30 per pack of 10 = 0.23 per piece (PO 0.21), date 08/01/2027 day-first; the boilerplate disclaimer does not turn the explicit confirmation into a condition.")
    return [po], m, exp


@case("next-friday-nz", "confirmation", "en-NZ", "'next Friday' written on a Saturday, resolved to 4 December, earlier than requested")
def c053():
    sup = ("KIWIROW", "Kiwi Rowing Gear Ltd", "orders@kiwirowing.example", "en-NZ")
    po = PO("4500031157", sup, [
        (1, "OL-SWIVEL", "Rowing oarlock swivel, 13 mm pin", 60, "EA", "19.80", "2026-12-11"),
        (2, "OL-PIN-13", "Oarlock pin 13 mm, titanium", 60, "EA", "11.40", "2026-12-11"),
    ], currency="USD")
    body = """Hi Dana,

All good on 4500031157 - qty and prices as per your PO. We've got stock so we'll courier both lines to land next Friday.

Cheers
Aroha Williams
Kiwi Rowing Gear Ltd | 22 Lakeside Rd, Cambridge 3434 | 07 827 0000
"""
    m = mail(("Aroha Williams", sup[2]), DANA, "Re: Purchase order 4500031157 - please confirm",
             when("2026-11-28 10:05", 13), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(60, "19.80", "2026-12-04"), 2: C(60, "11.40", "2026-12-04")},
               "Mail written Saturday 28 Nov 2026 (NZDT); 'next Friday' is 4 Dec 2026, a week before the requested 11 Dec, for both lines.")
    return [po], m, exp


@case("revert-by-friday-ie", "needs_review", "en-IE", "Irish supplier will 'revert by Friday' after checking stock; mentions likely figures without committing")
def c054():
    sup = ("DUBFIRE", "Liffey Fire Equipment Ltd", "sales@liffeyfire.example", "en-IE")
    po = PO("4500031158", sup, [
        (1, "HC-52-STZ", "Storz fire hose coupling 52 mm", 120, "EA", "27.40", "2026-12-18"),
        (2, "HC-75-STZ", "Storz fire hose coupling 75 mm", 60, "EA", "41.90", "2026-12-18"),
    ])
    body = """Hi Dana,

Thanks for the PO. I'm checking stock with our warehouse in Manchester - the 75s have been tight all month.
Should be fine for the 52s at your price, but I'll revert by Friday with a proper confirmation for both lines.

Kind regards,
Ciarán O'Neill
Liffey Fire Equipment Ltd | Unit 7, Ballymount Ind. Est., Dublin 12 | +353 1 000 2233
"""
    m = mail(("Ciarán O'Neill", sup[2]), DANA, "RE: Purchase order 4500031158 - please confirm",
             when("2026-11-23 16:55", 0), body, reply_to=rid(po["po_number"]))
    exp = other("needs_review", "'Should be fine' and 'I'll revert by Friday with a proper confirmation' is a holding reply; no line is committed yet.")
    return [po], m, exp
