"""Cases 019-036: Nordic/European confirmations with tables, splits, rejections and inline answers."""
import datetime as dt

from .common import case, sup, mkpo, conf, C, reply, kw, request_text, req_sent
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("sv-spa-covers-frakt-extra-rad", "confirmation/sv-SE",
      "Table confirms both PO lines unchanged and appends a freight charge as an extra row 3 that is not a PO line.")
def c019():
    s = sup("SPT", "Spabad Täckning Nordic AB", "order@spabadtackning.example", "sv-SE")
    p = mkpo("4500032010", s, "SEK", "2026-11-06", [
        ("SPT-CVR-200", "Hot tub cover 200x200 cm, 5/3 inch taper, charcoal", 10, "EA", "3450.00", "2026-12-09"),
        ("SPT-STR-4", "Cover strap kit with 4 locks", 10, "SET", "219.00", "2026-12-09"),
    ])
    body = """Hej Mara,

Tack för beställningen! Vi bekräftar order 4500032010 enligt nedan:

Rad  Artikel               Antal   À-pris         Leveransdatum
1    SPT-CVR-200 Täcke     10 st   3 450,00 SEK   2026-12-09
2    SPT-STR-4 Remsats     10 set    219,00 SEK   2026-12-09
3    Frakt (1 pall)         1      1 450,00 SEK

Frakten debiteras separat enligt våra leveransvillkor (FCA Borås).

Med vänlig hälsning
Erik Lundgren
Ordermottagning
Spabad Täckning Nordic AB
Getängsvägen 31, 504 68 Borås
Tel 033-41 22 90
"""
    eml = reply(p, ("Erik Lundgren", "erik.lundgren@spabadtackning.example"), "2026-11-11 10:48:30 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="sv", prefix="SV: ")
    return [p], eml, conf([(p, {1: "A", 2: "A"})],
                          "Both PO lines restated unchanged (Swedish '3 450,00' = 3450.00); row 3 'Frakt' is an added freight "
                          "charge, not a PO line, and must not be reported as a line.")


@case("da-shingles-linje1-15-linje2-22", "confirmation/da-DK",
      "One sentence gives line 1 'den 15.' and line 2 'den 22.' (day only, month inferred) and line 3 travels with line 1.")
def c020():
    s = sup("NSP", "Nordisk Spån ApS", "salg@nordiskspaan.example", "da-DK")
    p = mkpo("4500032044", s, "DKK", "2026-11-10", [
        ("NSP-CED-400", "Stained cedar shingle 400 mm, 10 mm butt, silver-grey", 240, "M2", "385.00", "2026-12-18"),
        ("NSP-RDG-200", "Ridge shingle 2x200 mm, pre-stained", 60, "M", "148.00", "2026-12-18"),
        ("NSP-NAIL-40", "Stainless ring nail 2.8x40 mm, 2.5 kg box", 12, "BOX", "310.00", "2026-12-18"),
    ])
    body = """Hej Mara

Tak for ordren 4500032044. Antal og priser er som bestilt. Vi kan levere linje 1 den 15. og linje 2 den 22. Sømmene på linje 3 sender vi med samme bil som linje 1.

Venlig hilsen
Jens Mikkelsen
Nordisk Spån ApS
Industrivej 12, 7400 Herning
Tlf. +45 97 12 44 80
"""
    eml = reply(p, ("Jens Mikkelsen", "jm@nordiskspaan.example"), "2026-11-24 13:12:09 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="apple", qstyle="apple", prefix="Re: ", html=False)
    return [p], eml, conf([(p, {1: C(d="2026-12-15"), 2: C(d="2026-12-22"), 3: C(d="2026-12-15")})],
                          "Mail of Tue 24 Nov: 'den 15.' = next 15th = 2026-12-15, 'den 22.' = 2026-12-22 (22 Nov already passed); "
                          "line 3 goes with line 1 so also 12-15; quantities and prices as ordered.")


@case("nb-foghorn-neste-torsdag", "confirmation/nb-NO",
      "Date given only as 'neste torsdag' in a mail sent on a Friday: Thursday 2026-12-03.")
def c021():
    s = sup("FOS", "Fyr og Signal AS", "ordre@fyrogsignal.example", "nb-NO")
    p = mkpo("4500032077", s, "NOK", "2026-11-12", [
        ("FOS-HRN-2NM", "Fog signal air horn, 2 nm range, 12V/24V controller", 2, "EA", "48500.00", "2026-12-04"),
        ("FOS-VIS-210", "Fog detector, visibility sensor 2-10 km", 2, "EA", "21900.00", "2026-12-04"),
    ])
    body = """Hei Mara,

Bekrefter ordre 4500032077, begge linjer med antall og priser som bestilt. Varene leveres neste torsdag - vi kjører selv til terminalen i Rotterdam.

Mvh
Kari Solberg
Fyr og Signal AS
Sjøgata 4, 8006 Bodø
+47 755 20 118

Sendt fra min iPhone
"""
    assert dt.date(2026, 11, 27).weekday() == 4 and dt.date(2026, 12, 3).weekday() == 3
    eml = reply(p, ("Kari Solberg", "kari.solberg@fyrogsignal.example"), "2026-11-27 15:31:47 +0100", body,
                charset="utf-8", cte="quoted-printable", client="iphone", qstyle="apple", prefix="Re: ", html=False)
    d = "2026-12-03"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "Mail sent Friday 27 Nov; 'neste torsdag' is Thursday 3 Dec on either reading (the coming Thursday = "
                          "Thursday of next week); one day before the requested 4 Dec, so date changed.")


@case("enin-insulators-sample-hold", "confirmation/en-IN",
      "Line 2 is 'on hold pending your approval of the sample' (no commitment) while lines 1 and 3 are confirmed, one with a new date.")
def c022():
    s = sup("SCI", "Sree Ceramic Insulators Pvt. Ltd.", "exports@sreeceramic.example", "en-IN")
    p = mkpo("4500032105", s, "INR", "2026-11-03", [
        ("SCI-DSC-120", "Disc insulator 120 kN, 255x146 mm, ball and socket", 500, "EA", "1180.00", "2026-12-10"),
        ("SCI-PST-11", "Post insulator 11 kV, 4/3 creepage class, brown glaze", 150, "EA", "2360.00", "2026-12-10"),
        ("SCI-PIN-33", "Pin insulator 33 kV with 24 mm thread", 300, "EA", "915.00", "2026-12-18"),
    ], buyer="tom")
    body = """Dear Sir,

Greetings from Sree Ceramic!

We acknowledge receipt of your PO No. 4500032105 dated 03.11.2026 and confirm as under:

1) Disc insulator 120 kN - 500 nos @ INR 1,180.00 - delivery 10.12.2026
2) Post insulator 11 kV - this line is on hold pending your approval of the sample sent on 09.11.2026 (AWB 7741 2208 5519). Kindly approve at the earliest.
3) Pin insulator 33 kV - 300 nos @ INR 915.00 - delivery 22.12.2026

Thanks & Regards,
R. Venkatesh
Manager - Exports
Sree Ceramic Insulators Pvt. Ltd.
SF No. 214, Avinashi Road, Coimbatore 641 014, Tamil Nadu
Mob: +91 98430 21177 | Tel: +91 422 257 3310
"""
    eml = reply(p, ("R. Venkatesh", "exports@sreeceramic.example"), "2026-11-13 16:05:22 +0530", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", qstyle="orig")
    return [p], eml, conf([(p, {1: "A", 2: "U", 3: C(d="2026-12-22")})],
                          "Line 2 is on hold pending sample approval: no commitment -> unconfirmed; line 1 as ordered; line 3 moves "
                          "to 22.12.2026 (day-first). 09.11.2026 and the AWB number are distractors.")


@case("enus-float-hydraulics-ship-deliver", "confirmation/en-US",
      "US month-first dates '12/11' (ship) and '12/15' (delivery) with different dates for the hose line.")
def c023():
    s = sup("CCF", "Crescent City Float Hydraulics LLC", "orders@ccfloathydraulics.example", "en-US")
    p = mkpo("4500032130", s, "USD", "2026-11-06", [
        ("CCF-CYL-2524", "Hydraulic cylinder 2.5 in. bore x 24 in. stroke, 3000 psi", 8, "EA", "486.00", "2026-12-11"),
        ("CCF-PMP-12V", "Gear pump 12V DC, 1.6 GPM", 4, "EA", "329.00", "2026-12-11"),
        ("CCF-HOS-3848", "Hose assembly 3/8 in. x 48 in., JIC-6", 24, "EA", "27.50", "2026-12-11"),
    ], buyer="tom")
    body = """Hi Tom,

Got your PO 4500032130, thanks. We're good on all three lines at your pricing and quantities.

Cylinders and pumps will ship 12/11, delivery 12/15 (air freight to Rotterdam).
The hose assemblies are in stock - ship 12/4, delivery 12/8.

Thanks,
Darnell Batiste
Inside Sales | Crescent City Float Hydraulics LLC
4120 Chef Menteur Hwy, New Orleans, LA 70126
(504) 555-0182
"""
    eml = reply(p, ("Darnell Batiste", "dbatiste@ccfloathydraulics.example"), "2026-11-18 09:22:15 -0600", body,
                charset="utf-8", cte="7bit", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, conf([(p, {1: C(d="2026-12-15"), 2: C(d="2026-12-15"), 3: C(d="2026-12-08")})],
                          "en-US month-first: delivery 12/15 wins over ship 12/11 for lines 1-2; hoses delivered 12/8 "
                          "(earlier than requested) -> changed date; prices and quantities unchanged.")


@case("deat-tiller-teillieferung-kw", "confirmation/de-AT",
      "Split delivery '60 Stk. am 7.12., Rest 40 Stk. in KW 51' mixes a day-month date and a calendar week.")
def c024():
    s = sup("APF", "Alpen Pistenfräsen GmbH", "verkauf@alpen-pistenfraesen.example", "de-AT")
    p = mkpo("4500032166", s, "EUR", "2026-11-09", [
        ("APF-ZHN-24", "Tiller tooth 24x120 mm, Hardox, for 2027 groomer", 100, "EA", "31.40", "2026-12-11"),
        ("APF-DRG-180", "Tiller drum seal ring 180x210x15", 12, "EA", "64.00", "2026-12-11"),
    ])
    body = """Sehr geehrte Frau Lindqvist,

danke für Ihre Bestellung 4500032166. Wir bestätigen wie folgt:

Pos. 1 Fräszahn 24x120: Teillieferung 60 Stk. am 7.12., Rest 40 Stk. in KW 51. Preis lt. Bestellung.
Pos. 2 Dichtring 180x210x15: 12 Stk. am 7.12., Preis lt. Bestellung.

Freundliche Grüße aus Tirol

Stefan Hofer
Verkaufsinnendienst
Alpen Pistenfräsen GmbH
Gewerbepark 3, 6401 Inzing, Österreich
T +43 5238 54 700-21
FN 198877 k, Landesgericht Innsbruck
"""
    eml = reply(p, ("Stefan Hofer", "s.hofer@alpen-pistenfraesen.example"), "2026-11-20 11:09:58 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="de", prefix="AW: ", lang="de-AT")
    return [p], eml, conf([(p, {1: C(d=kw(51), sch=[(60, "2026-12-07"), (40, kw(51))]),
                                2: C(d="2026-12-07")})],
                          "Line 1: 60 on 7.12. (no year -> 2026-12-07) plus 40 in KW 51 (Friday 2026-12-18) = 100, last date 12-18; "
                          "line 2 complete on 2026-12-07; prices as ordered.")


@case("dech-crampons-chf-apostrophe", "confirmation/de-CH",
      "Swiss price 'CHF 1'245.00 pro Karton' with an apostrophe thousands separator changes only line 3.")
def c025():
    s = sup("GSA", "Gletscher Steigeisen AG", "auftrag@gletscher-steigeisen.example", "de-CH")
    p = mkpo("4500032190", s, "CHF", "2026-11-05", [
        ("GSA-SE12-SA", "Crampon 12-point semi-automatic, size 36-47", 40, "PAIR", "148.00", "2026-12-15"),
        ("GSA-CASE-600", "Crampon case, 600D polyester", 40, "EA", "19.50", "2026-12-15"),
        ("GSA-FP-100", "Front points 4 mm, box of 100", 5, "BOX", "1180.00", "2026-12-15"),
    ])
    body = """Grüezi Frau Lindqvist

Besten Dank für Ihre Bestellung 4500032190. Wir bestätigen:

Pos. 1: 40 Paar à CHF 148.00, Liefertermin 15.12.2026
Pos. 2: 40 Stk. à CHF 19.50, Liefertermin 15.12.2026
Pos. 3: 5 Karton, neu CHF 1'245.00 pro Karton (Stahlzuschlag), Liefertermin 15.12.2026

Freundliche Grüsse

Reto Zurbuchen
Auftragsbearbeitung
Gletscher Steigeisen AG
Alpbachstrasse 9, 3860 Meiringen
Tel. +41 33 971 28 40
"""
    eml = reply(p, ("Reto Zurbuchen", "r.zurbuchen@gletscher-steigeisen.example"), "2026-11-12 08:41:17 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="de", prefix="AW: ", lang="de-CH")
    return [p], eml, conf([(p, {1: "A", 2: "A", 3: C(p="1245.00")})],
                          "CHF 1'245.00 = 1245.00 per box (the PO unit is BOX, so no conversion); lines 1-2 restated as ordered.")


@case("frbe-organ-rolls-article-discontinue", "confirmation/fr-BE",
      "Line 1 confirmed, line 2 declined because the 31-note book is discontinued: a rejection inside a confirmation.")
def c026():
    s = sup("ODB", "Orgues de Barbarie Delhaye SRL", "commandes@orgues-delhaye.example", "fr-BE")
    p = mkpo("4500032215", s, "EUR", "2026-11-10", [
        ("ODB-RL20-12", "Organ grinder roll, 20-note, 12 tunes, 2027 carnival set", 6, "EA", "265.00", "2026-12-09"),
        ("ODB-BK31-40", "Punched cardboard book, 31-note, 40 m", 4, "EA", "410.00", "2026-12-09"),
    ])
    body = """Bonjour Madame,

Pour votre commande 4500032215 :
- ligne 1 : 6 rouleaux 20 notes, prix et délai confirmés (09/12/2026) ;
- ligne 2 : nous ne pouvons malheureusement pas fournir le carton 31 notes, l'article est discontinué chez notre fournisseur.

Bien à vous,

Michel Delhaye
Orgues de Barbarie Delhaye SRL
Rue Hors-Château 61, 4000 Liège
Tél. +32 4 223 18 05
"""
    eml = reply(p, ("Michel Delhaye", "m.delhaye@orgues-delhaye.example"), "2026-11-17 17:26:33 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="tb", qstyle="tb", prefix="Re: ", html=False)
    return [p], eml, conf([(p, {1: "A", 2: "R"})],
                          "Line 1 explicitly confirmed (09/12/2026 day-first = requested); line 2 cannot be supplied -> rejected.")


@case("frca-spa-covers-html-only-iso", "confirmation/fr-CA",
      "HTML-only Outlook reply in Canadian French with ISO dates; the maintenance date 2026-12-07 is a distractor.")
def c027():
    s = sup("CSL", "Couvercles de Spa Laurentides inc.", "ventes@couverclesspa.example", "fr-CA")
    p = mkpo("4500032240", s, "CAD", "2026-11-09", [
        ("CSL-84-53", "Spa cover 84x84 in., 5/3 taper, brown", 12, "EA", "445.00", "2026-12-11"),
        ("CSL-LFT-27", "Cover lifter, hydraulic, 2027 model", 12, "EA", "189.00", "2026-12-11"),
    ])
    html = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour Mara,</p>
<p>Merci pour le bon de commande 4500032240. Nous confirmons les quantités et les prix.</p>
<p><b>Date de livraison : 2026-12-18</b> pour les deux articles (le moule 84 x 84 est en maintenance jusqu'au 2026-12-07).</p>
<p>Bonne journée,</p>
<p>Geneviève Tremblay<br>Service à la clientèle<br>Couvercles de Spa Laurentides inc.<br>1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B6<br>450 555-0143</p>
</div>
<hr>
""" + __import__("celib.common", fromlist=["request_html"]).request_html(p)
    eml = reply(p, ("Geneviève Tremblay", "g.tremblay@couverclesspa.example"), "2026-11-16 14:55:02 -0500", "",
                charset="windows-1252", cte="quoted-printable", client="outlook", html_only=True, html_body=html,
                prefix="RE : ", quote=None)
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "No text/plain part; delivery 2026-12-18 for both items, quantities and prices confirmed; 2026-12-07 "
                          "is the mould maintenance date, 84 x 84 a size.")


@case("esmx-idlers-surtir-80-de-100", "confirmation/es-MX",
      "Partial quantity: 'solo podemos surtir 80 piezas de las 100' and the remaining 20 are not supplied.")
def c028():
    s = sup("RBB", "Rodillos y Bandas del Bajío S.A. de C.V.", "ventas@rodillosbajio.example", "es-MX")
    p = mkpo("4500032266", s, "MXN", "2026-11-04", [
        ("RBB-RET-438", "Return idler 4 in. x 38 in., 6204 bearings", 100, "EA", "412.00", "2026-12-14"),
        ("RBB-IMP-35", "Impact idler set 35 deg, 5 in. rolls", 20, "SET", "2890.00", "2026-12-14"),
    ], buyer="tom")
    body = """Buen día Tom,

Te confirmo la OC 4500032266:

Partida 1: solo podemos surtir 80 piezas de las 100 (no tenemos más tubo de 4"), a $412.00 MXN c/u, entrega 14/12/2026. Las 20 restantes no las podremos surtir.
Partida 2: 20 juegos a $2,890.00 MXN, entrega 14/12/2026.

Saludos cordiales,

Ing. Alejandro Ramírez Soto
Ventas Industriales
Rodillos y Bandas del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2315, León, Gto. C.P. 37270
Tel. +52 477 555 0190
"""
    eml = reply(p, ("Alejandro Ramírez", "aramirez@rodillosbajio.example"), "2026-11-12 12:03:41 -0600", body,
                charset="utf-8", cte="quoted-printable", client="outlook365", qlang="es")
    return [p], eml, conf([(p, {1: C(q=80), 2: "A"})],
                          "Line 1 confirmed for 80 of 100 (remaining 20 not supplied), price and date unchanged; es-MX uses a "
                          "comma thousands separator ($2,890.00); line 2 as ordered.")


@case("ptpt-olive-nets-pdf-only-milheiro", "confirmation/pt-PT",
      "Body says only 'see attachment'; the Flate-compressed PDF gives a per-thousand price (milheiro) and a new date for line 2.")
def c029():
    s = sup("ROA", "Redes Olivais do Alentejo, Lda.", "encomendas@redesalentejo.example", "pt-PT")
    p = mkpo("4500032291", s, "EUR", "2026-11-05", [
        ("ROA-RED-510", "Olive net 5x10 m, 100 g/m2, black", 200, "PCS", "29.80", "2026-12-10"),
        ("ROA-CLP-1220", "Net clip 12x20 mm, UV nylon", 20000, "PCS", "0.012", "2026-12-10"),
    ])
    pdf = make_pdf([
        ("REDES OLIVAIS DO ALENTEJO, LDA.", "B"),
        "Zona Industrial de Beja, Lote 17, 7800-295 Beja - NIF 509 881 234",
        "",
        ("CONFIRMAÇÃO DE ENCOMENDA N.º CE 2026/1187", "B"),
        "Data: 13/11/2026          V/ Encomenda: 4500032291 de 05/11/2026",
        "Cliente: Brightwater Supply Co, Havenweg 18, 3089 JT Rotterdam",
        "",
        "Lin.  Referência     Descrição                              Qtd.      Un.   Preço unit.        Entrega",
        "1     ROA-RED-510    Rede 5x10 m, 100 g/m2, preta            200      UN    29,80 EUR          10/12/2026",
        "2     ROA-CLP-1220   Mola 12x20 mm, nylon UV               20.000     UN    12,50 EUR / milheiro 17/12/2026",
        "",
        "Condições de pagamento: 60 dias data fatura. Preços sem IVA.",
        "Portes: incluídos (DAP Rotterdam).",
        "",
        "Documento processado por computador.",
    ], title="Confirmacao de encomenda CE 2026/1187", author="PHC CS", created="20261113101500+00'00'")
    body = """Bom dia,

Em anexo enviamos a confirmação da v/ encomenda.

Cumprimentos,
Ana Rita Sousa
Redes Olivais do Alentejo, Lda.
Tel. +351 284 311 920
"""
    eml = reply(p, ("Ana Rita Sousa", "encomendas@redesalentejo.example"), "2026-11-13 10:21:08 +0000", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="pt",
                atts=[("CE_2026_1187.pdf", "application/pdf", pdf)])
    return [p], eml, conf([(p, {1: "A", 2: C(p="0.0125", d="2026-12-17")})],
                          "All content is in the PDF: line 1 as ordered; line 2 priced 12,50 EUR per thousand (milheiro) = "
                          "0.0125 per piece vs PO 0.012, delivery 17/12/2026; 20.000 = 20000 pcs.")


@case("nlbe-shingles-two-pos-one-answered", "confirmation/nl-BE",
      "Two open POs; the reply confirms 4500032318 and only mentions 4500032301 (to follow next week), which is left out.")
def c030():
    s = sup("HDV", "Houten Dakspanen Vlaanderen BV", "orders@dakspanen-vl.example", "nl-BE")
    pa = mkpo("4500032301", s, "EUR", "2026-11-03", [
        ("HDV-RC18-1", "Red cedar shingle 18 in., No.1 blue label", 300, "M2", "42.50", "2026-12-14"),
    ])
    pb = mkpo("4500032318", s, "EUR", "2026-11-05", [
        ("HDV-BTS-SG", "Shingle stain silver-grey, water based", 400, "L", "11.20", "2026-12-04"),
        ("HDV-NOK-2M", "Copper ridge flashing 2 m x 250 mm", 30, "EA", "38.00", "2026-12-04"),
    ])
    body = """Goedemiddag Mara,

Hierbij bevestigen wij bestelling 4500032318: beits 400 liter (40 bussen van 10 L) à € 11,20/L en 30 nokstukken à € 38,00, levering op vrijdag 4 december.

Voor bestelling 4500032301 (cederspanen) wachten wij nog op de bevestiging van onze Canadese leverancier; daarover ontvangt u volgende week apart bericht.

Met vriendelijke groeten,

Bart Claes
Houten Dakspanen Vlaanderen BV
Nijverheidslaan 40, 9880 Aalter
T +32 9 374 21 60
"""
    eml = reply(pb, ("Bart Claes", "bart.claes@dakspanen-vl.example"), "2026-11-18 14:37:20 +0100", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", qlang="nl", lang="nl-BE")
    return [pa, pb], eml, conf([(pb, {1: "A", 2: "A"})],
                               "Only 4500032318 is answered (400 L at 11,20 per L, 30 pcs at 38,00, Friday 4 Dec = requested); "
                               "4500032301 is merely mentioned ('next week') and is therefore left out.")


@case("hu-pantograph-table-dates", "confirmation/hu-HU",
      "Hungarian table with 'ÉÉÉÉ.HH.NN.' dates and decimal commas; one price and one date change.")
def c031():
    s = sup("ARK", "Áramszedő Kft.", "ertekesites@aramszedo.example", "hu-HU")
    p = mkpo("4500032344", s, "EUR", "2026-11-06", [
        ("ARK-SZN-1200", "Pantograph carbon strip 1200 mm, 2027 type", 60, "EA", "312.00", "2026-12-11"),
        ("ARK-CSL-24", "Pantograph damper 24V, 15x180 mm", 12, "EA", "96.50", "2026-12-11"),
        ("ARK-SHT-50", "Shunt cable 50 mm2 x 400 mm", 48, "EA", "14.80", "2026-12-11"),
    ])
    body = """Tisztelt Lindqvist Asszony!

A 4500032344 számú megrendelését az alábbiak szerint visszaigazoljuk:

Tétel | Cikkszám     | Menny. | Egységár (EUR) | Szállítás
1     | ARK-SZN-1200 | 60 db  | 312,00         | 2026.12.11.
2     | ARK-CSL-24   | 12 db  | 98,20          | 2026.12.11.
3     | ARK-SHT-50   | 48 db  | 14,80          | 2026.12.16.

Üdvözlettel:
Kovács Zoltán
értékesítési vezető
Áramszedő Kft.
1097 Budapest, Gubacsi út 32.
Tel.: +36 1 347 2290
"""
    eml = reply(p, ("Kovács Zoltán", "kovacs.zoltan@aramszedo.example"), "2026-11-13 09:58:12 +0100", body,
                charset="iso-8859-2", cte="quoted-printable", client="outlook", qlang="hu", prefix="VS: ")
    return [p], eml, conf([(p, {1: "A", 2: C(p="98.20"), 3: C(d="2026-12-16")})],
                          "Table answer: line 2 price 98,20 instead of 96.50, line 3 delivery 2026.12.16. instead of 12-11, line 1 as ordered.")


@case("ro-dialysis-chairs-livrare", "confirmation/ro-RO",
      "Romanian per-position list with '14.850,00 RON' and a moved date for the chairs only.")
def c032():
    s = sup("MSD", "MedScaun Dializă SRL", "vanzari@medscaun.example", "ro-RO")
    p = mkpo("4500032360", s, "RON", "2026-11-11", [
        ("MSD-FT-4M", "Dialysis chair electric, 4 motors, 2027 model", 6, "EA", "14850.00", "2026-12-14"),
        ("MSD-PRN-6045", "Replacement seat cushion 60x45 cm", 12, "EA", "690.00", "2026-12-14"),
    ])
    body = """Bună ziua,

Vă confirmăm comanda 4500032360:
Poz. 1 - fotoliu dializă: 6 buc x 14.850,00 RON, livrare 21.12.2026 (nu putem livra pe 14.12)
Poz. 2 - pernă șezut 60x45: 12 buc x 690,00 RON, livrare 14.12.2026

Cu stimă,
Ioana Mureșan
Departament Vânzări
MedScaun Dializă SRL
Str. Fabricii nr. 46, 400632 Cluj-Napoca
Tel. +40 264 415 877
"""
    eml = reply(p, ("Ioana Mureșan", "ioana.muresan@medscaun.example"), "2026-11-19 11:30:45 +0200", body,
                charset="utf-8", cte="8bit", client="tb", qstyle="tb", prefix="Re: ", html=False)
    return [p], eml, conf([(p, {1: C(d="2026-12-21"), 2: "A"})],
                          "Line 1 delivery 21.12.2026 ('14.12' is the date they cannot make); 14.850,00 RON = 14850.00 unchanged; line 2 as ordered.")


@case("hr-zoo-mesh-xlsx-split", "confirmation/hr-HR",
      "The schedule is only in an XLSX attachment with two rows per split line and real Excel date cells.")
def c033():
    s = sup("MZO", "Mreže Zoo d.o.o.", "prodaja@mreze-zoo.example", "hr-HR")
    p = mkpo("4500032388", s, "EUR", "2026-11-10", [
        ("MZO-PNL-2350", "Welded mesh panel 2x3 m, 50x50x4 mm, galvanised", 80, "EA", "96.00", "2026-12-16"),
        ("MZO-NET-1525", "Knotted netting 1.5 mm, 25x25 mesh", 600, "M2", "8.75", "2026-12-16"),
        ("MZO-CLP-12", "Mesh clip ring 1/2 in.", 2000, "PCS", "0.09", "2026-12-16"),
    ])
    D = dt.date
    x = make_xlsx([
        ["Potvrda narudžbe", None, None, None, None, None, None],
        ["Narudžba kupca", "4500032388", None, None, None, None, None],
        [],
        ["Poz.", "Šifra", "Opis", "Količina", "JM", "Cijena EUR", "Datum isporuke"],
        [1, "MZO-PNL-2350", "Panel 2x3 m 50x50x4", 50, "kom", 96.00, D(2026, 12, 9)],
        [1, "MZO-PNL-2350", "Panel 2x3 m 50x50x4", 30, "kom", 96.00, D(2026, 12, 16)],
        [2, "MZO-NET-1525", "Mreža čvorovana 1,5 mm", 400, "m2", 8.75, D(2026, 12, 9)],
        [2, "MZO-NET-1525", "Mreža čvorovana 1,5 mm", 200, "m2", 8.75, D(2026, 12, 16)],
        [3, "MZO-CLP-12", "Kopča 1/2\"", 2000, "kom", 0.09, D(2026, 12, 9)],
    ], sheet="Potvrda", stamp=(2026, 11, 18, 8, 30, 0), creator="Pantheon")
    body = """Poštovana gđo Lindqvist,

u privitku Vam šaljemo potvrdu narudžbe 4500032388 (Excel). Ukratko: panele i mrežu isporučujemo u dva dijela, kopče odjednom, cijene prema narudžbi.

Lijep pozdrav,
Ivana Babić
Mreže Zoo d.o.o.
Slavonska avenija 52, 10000 Zagreb
Tel. +385 1 2345 870
"""
    eml = reply(p, ("Ivana Babić", "ivana.babic@mreze-zoo.example"), "2026-11-18 08:44:05 +0100", body,
                charset="windows-1250", cte="quoted-printable", client="outlook", qlang="hr", prefix="RE: ",
                atts=[("Potvrda_4500032388.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return [p], eml, conf([(p, {
        1: C(sch=[(50, "2026-12-09"), (30, "2026-12-16")]),
        2: C(sch=[(400, "2026-12-09"), (200, "2026-12-16")]),
        3: C(d="2026-12-09")})],
        "XLSX rows: line 1 50+30 on 09.12/16.12, line 2 400+200 m2 on the same dates (totals and last dates equal the PO, "
        "but split -> changed with schedule); line 3 complete on 2026-12-09, earlier than requested.")


@case("el-olive-nets-rejected-line", "confirmation/el-GR",
      "Greek ISO-8859-7 list: one line OK, one discontinued (rejected), one with a later date.")
def c034():
    s = sup("DEK", "Δίχτυα Ελιάς Καλαμάτας Α.Ε.", "orders@diktya-kalamatas.example", "el-GR")
    p = mkpo("4500032410", s, "EUR", "2026-11-09", [
        ("DEK-810-100", "Olive harvest net 8x10 m, 100 g/m2, green", 150, "PCS", "38.50", "2026-12-11"),
        ("DEK-1012-120", "Olive harvest net 10x12 m, 120 g/m2, with slit", 80, "PCS", "61.00", "2026-12-11"),
        ("DEK-TAPE-5", "Net repair tape 5 cm x 20 m", 60, "ROL", "6.40", "2026-12-11"),
    ])
    body = """Καλησπέρα σας κα Lindqvist,

Σχετικά με την παραγγελία 4500032410:
1. Δίχτυ 8x10: 150 τεμ., 38,50 €, παράδοση 11/12/2026 - εντάξει.
2. Δίχτυ 10x12: δυστυχώς δεν μπορούμε να το παραδώσουμε, η παραγωγή του έχει σταματήσει.
3. Ταινία επισκευής: 60 ρολά, 6,40 €, παράδοση 18/12/2026.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Δίχτυα Ελιάς Καλαμάτας Α.Ε.
ΒΙΠΕ Καλαμάτας, 24100 Καλαμάτα
Τηλ. +30 27210 95 418
"""
    eml = reply(p, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@diktya-kalamatas.example"), "2026-11-20 18:02:39 +0200", body,
                charset="iso-8859-7", cte="quoted-printable", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: "A", 2: "R", 3: C(d="2026-12-18")})],
                          "Line 1 restated as ordered; line 2 production stopped -> rejected; line 3 delivery 18/12/2026 (day-first) "
                          "instead of 11/12.")


@case("tr-hay-forks-yuzde-4-fark", "confirmation/tr-TR",
      "A '%4 fiyat farkı' surcharge on all lines must be applied to the PO unit prices (13.00 and 1.924).")
def c035():
    s = sup("ATA", "Anadolu Tarım Aletleri San. ve Tic. A.Ş.", "ihracat@anadolutarim.example", "tr-TR")
    p = mkpo("4500032433", s, "EUR", "2026-11-10", [
        ("ATA-YBA-4T", "Hay fork 4-tine, 1.35 m ash handle", 300, "EA", "12.50", "2026-12-15"),
        ("ATA-DIS-1030", "Replacement tine 10 mm x 30 cm", 1200, "PCS", "1.85", "2026-12-15"),
    ])
    body = """Merhaba Mara Hanım,

4500032433 numaralı siparişinizi teyit ederiz. Çelik fiyatlarındaki artış nedeniyle tüm kalemlere %4 fiyat farkı uygulanacaktır. Miktarlar aynı kalıyor, sevkiyat 15.12.2026.

Saygılarımızla,
Mehmet Yıldız
İhracat Sorumlusu
Anadolu Tarım Aletleri San. ve Tic. A.Ş.
Konya OSB, 3. Cadde No: 18, 42300 Selçuklu/Konya
Tel: +90 332 239 41 15
"""
    eml = reply(p, ("Mehmet Yıldız", "ihracat@anadolutarim.example"), "2026-11-17 10:14:51 +0300", body,
                charset="windows-1254", cte="quoted-printable", client="outlook", qlang="tr", prefix="YNT: ")
    return [p], eml, conf([(p, {1: C(p="13.00"), 2: C(p="1.924")})],
                          "+4% on the PO unit price: 12.50 -> 13.00 and 1.85 -> 1.924; quantities unchanged; only a ship date "
                          "(sevkiyat 15.12.2026) is given, equal to the requested date.")


@case("et-shingles-inline-answers", "confirmation/et-EE",
      "Answers interleaved under each quoted PO row; the third row gets 'we will let you know next week' = unconfirmed.")
def c036():
    s = sup("PKT", "Puitkatus OÜ", "myyk@puitkatus.example", "et-EE")
    p = mkpo("4500032455", s, "EUR", "2026-11-06", [
        ("PKT-HS-400", "Aspen shingle 400x100 mm, stained black, 1/2 in. butt", 5000, "PCS", "0.62", "2026-12-11"),
        ("PKT-NL-2535", "Shingle nail 2.5x35 mm, hot-dip galvanised", 40, "KG", "6.90", "2026-12-11"),
        ("PKT-TOR-27", "Tar stain oil black, 2027 batch", 60, "L", "14.20", "2026-12-11"),
    ])
    answers = {
        1: "Kinnitame: 5000 tk, hind ja tarne 11.12.2026 vastavalt tellimusele.",
        2: "Kinnitame kogused ja hinna, kuid tarne 18.12.2026 (naelad tulevad Soomest).",
        3: "Tõrvaõli 2027 partii ei ole veel valmis - selle kohta anname teada järgmisel nädalal.",
    }
    out = []
    for ln in request_text(p).split("\n"):
        out.append(("> " + ln) if ln else ">")
        st = ln.split(" ")[0]
        if st.isdigit() and int(st) in answers and ln.strip().split()[1].startswith("PKT-"):
            out.append("")
            out.append(answers[int(st)])
            out.append("")
    body = ("Tere Mara,\n\nvastused on allpool teksti sees.\n\n"
            "On 06/11/2026 10:14, Mara Lindqvist wrote:\n" + "\n".join(out) +
            "\n\nLugupidamisega\nMarko Tamm\nPuitkatus OÜ\nRopka tee 25, 50111 Tartu\n+372 740 3318\n")
    eml = reply(p, ("Marko Tamm", "marko.tamm@puitkatus.example"), "2026-11-12 12:20:40 +0200", body,
                charset="iso-8859-15", cte="quoted-printable", client="tb", quote=None, prefix="Re: ", html=False)
    return [p], eml, conf([(p, {1: "A", 2: C(d="2026-12-18"), 3: "U"})],
                          "Inline answers under each quoted row: line 1 as ordered, line 2 delivery 18.12.2026, line 3 only "
                          "'we will let you know next week' -> unconfirmed.")
