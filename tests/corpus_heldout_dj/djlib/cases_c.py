from .common import (A, M, PO, REJ, S, T, UNC, acc, ad, case, chg, conf, exp, exp_conf, hdoc,
                     format_datetime_safe, htable, kw, mail, mid, pdf, q_gt, q_html, q_outlook,
                     q_outlook_html, reply, req_text, t2h)

HM = lambda po: po.req_dt.strftime("%H:%M")  # noqa: E731


@case("filter-papers-swiss-french-carton", "confirmation", "fr-CH",
      "Swiss French: quantity rounded up to full cartons of 6 boxes, CHF amounts with apostrophe thousands and dot decimals")
def c():
    po = PO(S("FILTRA", "Filtrations Romandes SA", "commandes@filtra-romandes.example", "fr-CH"),
            "CHF", "2026-11-05", [
                ("FP-CELL-240", "Cellulose filter paper 240 mm, 100/box", 25, "BOX", "18.60", "2026-12-18"),
                ("FP-MEMB-045", "Membrane filter 0.45 micron, 47 mm, 100/box", 12, "BOX", "96.00", "2026-12-18")])
    body = f"""Bonjour Madame Lindqvist,

Nous vous remercions de votre commande {po.num}.

Les filtres cellulose FP-CELL-240 sont conditionnés par carton de 6 boîtes ; nous vous livrerons donc 30 boîtes (5 cartons) à CHF 18.60 la boîte, le 18.12.2026.
Les membranes 0,45 µm FP-MEMB-045 : 12 boîtes à CHF 96.00, livraison le 18.12.2026.

Montant total : CHF 1'710.00 HT.

Avec nos meilleures salutations

Céline Rochat
Service clientèle
Filtrations Romandes SA | Route de la Gare 21 | 1860 Aigle
Tél. +41 24 466 18 30 | CHE-112.448.902 TVA
"""
    eml = reply(po, "Céline Rochat", "2026-11-06 09:15 +0100", T(body, cs="iso-8859-1"), cs="iso-8859-1")
    return [po], eml, exp_conf(
        "Line 1 rounded to 30 boxes (cartons of 6), same price and date. Line 2 as ordered. Total CHF 1'710.00 = 30x18.60 + 12x96.00 checks.",
        conf(po, chg(q=30), acc()))


@case("bench-vices-swiss-kw2-and-earlier", "confirmation", "de-CH",
      "Swiss German ('Grüezi', 'gemäss'): two lines in 'KW 2' (next year's week 2), one from stock earlier on '11.12.'")
def c():
    po = PO(S("WERKZ", "Werkzeug Gisler AG", "verkauf@gisler-werkzeug.example", "de-CH"),
            "CHF", "2026-11-04", [
                ("BV-125", "Bench vice 125 mm, cast iron, swivel base", 12, "EA", "148.00", "2026-12-18"),
                ("BV-150", "Bench vice 150 mm, cast iron, swivel base", 8, "EA", "219.00", "2026-12-18"),
                ("BV-200-HD", "Heavy-duty bench vice 200 mm, forged steel", 4, "EA", "1185.00", "2026-12-18")], buyer="jonas")
    body = f"""Grüezi Herr Berger

Besten Dank für Ihre Bestellung {po.num}.

Pos. 1 und 2 liefern wir in KW 2, Pos. 3 können wir ab Lager bereits am 11.12. liefern.
Preise gemäss Bestellung (Pos. 3: CHF 1'185.00 netto/Stk.).

Freundliche Grüsse

Reto Gisler
Werkzeug Gisler AG | Industriestrasse 7 | 6460 Altdorf UR
Tel. 041 870 22 14 | MWST CHE-104.882.371
""" + q_outlook(po, "de", sent=f"Mittwoch, 4. November 2026 {HM(po)}")
    eml = reply(po, "Reto Gisler", "2026-11-05 10:02 +0100", T(body, cs="iso-8859-1"), prefix="AW:", style="outlook")
    return [po], eml, exp_conf(
        "'KW 2' written in November 2026 is ISO week 2 of 2027 -> Friday 2027-01-15 for lines 1-2. Line 3 '11.12.' without year = 2026-12-11 (earlier). Prices unchanged.",
        conf(po, chg(d=kw(2027, 2)), chg(d=kw(2027, 2)), chg(d="2026-12-11")))


@case("quick-links-erp-ab-wunschtermin", "confirmation", "de-DE",
      "German ERP Auftragsbestätigung pasted as text: prices per 100, 'Wunschtermin' (our date) next to 'Liefertermin' in KW notation")
def c():
    po = PO(S("KETTE", "Kettenwerk Sauerland GmbH", "vertrieb@kettenwerk-sauerland.example", "de-DE"),
            "EUR", "2026-11-03", [
                ("QL-M5-ZN", "Quick link M5, zinc plated", 1000, "PC", "0.118", "2026-12-16"),
                ("QL-M12-ZN", "Quick link M12, zinc plated", 200, "PC", "1.64", "2026-12-16"),
                ("QL-M8-A4", "Quick link M8, stainless A4", 300, "PC", "1.92", "2026-12-16")])
    body = f"""Sehr geehrte Frau Lindqvist,

anbei unsere Auftragsbestätigung zu Ihrer Bestellung.

================================================================================
AUFTRAGSBESTÄTIGUNG  Nr. 20418833                          Datum: 04.11.2026
Kunden-Nr. 71 0442   Ihre Bestellung: {po.num} vom 03.11.2026
Lieferbedingung: DAP Rotterdam (Incoterms 2020)    Zahlung: 30 Tage netto
--------------------------------------------------------------------------------
Pos Artikel   Ihre Art.-Nr.   Menge ME  Preis/100 EUR  Wunschtermin Liefertermin
--------------------------------------------------------------------------------
 10 47110-05  QL-M5-ZN        1.000 St         11,80   16.12.2026   KW 51/2026
 20 47110-12  QL-M12-ZN         200 St        164,00   16.12.2026   16.12.2026
 30 47180-08  QL-M8-A4          300 St        198,00   16.12.2026   KW 01/2027
--------------------------------------------------------------------------------
Warenwert netto EUR                                                      1.040,00
================================================================================
Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.

Mit freundlichen Grüßen

i.A. Sandra Kötter
Vertriebsinnendienst
Kettenwerk Sauerland GmbH · Am Hammerwerk 3 · 58791 Werdohl
Tel. +49 2392 508-214 · Fax -299
Sitz Werdohl · Amtsgericht Iserlohn HRB 4412 · Geschäftsführer: Dipl.-Ing. Frank Vormann
"""
    eml = reply(po, "Kötter, Sandra", "2026-11-04 15:48 +0100", T(body, cs="iso-8859-15"), prefix="AW:",
                subj=f"AB 20418833 zu Ihrer Bestellung {po.num}", cs="iso-8859-15", thread=True)
    return [po], eml, exp_conf(
        "Prices are per 100: 11,80 -> 0.118 (same), 164,00 -> 1.64 (same), 198,00 -> 1.98 (was 1.92). Wunschtermin is our requested date; Liefertermin counts: KW 51/2026 = 2026-12-18, 16.12.2026 as ordered, KW 01/2027 = 2027-01-08. Net value 118+328+594 = 1.040,00.",
        conf(po, chg(d=kw(2026, 51)), acc(), chg(p="1.98", d=kw(2027, 1))))


@case("hacksaw-frames-italian-out-of-production", "confirmation", "it-IT",
      "Italian Gmail reply: junior hacksaw out of production with an alternative article offered (not our item), other lines 'entro il 18/12'")
def c():
    po = PO(S("UTEMI", "Utensileria Meroni S.r.l.", "ordini@utensileria-meroni.example", "it-IT"),
            "EUR", "2026-11-04", [
                ("HF-PRO-300", "Hacksaw frame pro 300 mm, 45 deg cutting", 40, "PC", "14.60", "2026-12-18"),
                ("HF-JUNIOR-150", "Junior hacksaw 150 mm", 100, "PC", "2.10", "2026-12-18"),
                ("HF-BLADE-HSS-18", "HSS hacksaw blade 300 mm, 18 TPI, pack of 10", 50, "BOX", "6.80", "2026-12-18")])
    body = f"""Buongiorno Mira,

confermiamo l'ordine n. {po.num} come segue:

pos. 1 - HF-PRO-300: 40 pz a € 14,60, consegna entro il 18/12
pos. 2 - HF-JUNIOR-150: articolo fuori produzione, non più disponibile. In alternativa possiamo proporre l'art. SJ-160 (seghetto junior 160 mm) a € 2,45: fateci sapere se interessa.
pos. 3 - HF-BLADE-HSS-18: 50 conf. da 10 a € 6,80, consegna entro il 18/12

Cordiali saluti
Chiara Meroni
Ufficio Commerciale
Utensileria Meroni S.r.l. - Via Vittorio Veneto 88 - 20831 Seregno (MB)
Tel. +39 0362 228 440 - P.IVA IT 02881440961
""" + q_gt(po, f"Il giorno mer 4 nov 2026 alle ore {HM(po)} Mira Lindqvist <{po.buyer[1]}> ha scritto:")
    html = hdoc('<div dir="ltr">' + t2h(body.split("\nIl giorno")[0]) + "</div><br>" +
                q_html(po, f"Il giorno mer 4 nov 2026 alle ore {HM(po)} Mira Lindqvist &lt;{po.buyer[1]}&gt; ha scritto:"))
    eml = reply(po, "Chiara Meroni", "2026-11-05 09:30 +0100", M("alternative", T(body), T(html, "html")), prefix="Re:", style="gmail")
    return [po], eml, exp_conf(
        "Lines 1 and 3 as ordered ('entro il 18/12' = by 2026-12-18). Line 2 is out of production: the ordered article is declined; the SJ-160 offer is a different article and not a confirmation.",
        conf(po, acc(), REJ, acc()))


@case("extension-leads-spanish-plug-question", "needs_review", "es-ES",
      "Spanish reply asking which plug version is meant before confirming, with the lead time promised for Monday")
def c():
    po = PO(S("ELCAS", "Electro Castilla S.L.", "pedidos@electrocastilla.example", "es-ES"),
            "EUR", "2026-11-05", [
                ("EL-3T-15", "Extension lead 3-way, 1.5 m, Schuko", 200, "PC", "3.90", "2026-12-14"),
                ("EL-5T-3-SW", "Extension lead 5-way, 3 m, with switch", 100, "PC", "6.80", "2026-12-14")], buyer="dana")
    body = f"""Hola Dana:

Gracias por el pedido {po.num}. Antes de confirmarlo, una duda: la regleta de 5 tomas EL-5T-3-SW la tenemos en versión Schuko y en versión francesa (tipo E). ¿Cuál necesitáis? En el pedido no lo indica.

El plazo de las dos referencias os lo confirmo el lunes, cuando tenga respuesta de fábrica.

Un saludo,
Javier Martín Ortega
Dpto. Comercial - Electro Castilla S.L.
Pol. Ind. Los Ángeles, C/ Herreros 14 - 28906 Getafe (Madrid)
Tel. 916 81 44 20 - CIF B-84412290

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del RGPD (UE) 2016/679 le informamos de que sus datos serán tratados por ELECTRO CASTILLA S.L.
""" + q_outlook(po, "es", sent=f"jueves, 5 de noviembre de 2026 {HM(po)}")
    eml = reply(po, "Javier Martín Ortega", "2026-11-05 17:45 +0100", T(body, cs="iso-8859-1"), style="outlook")
    return [po], eml, exp("needs_review", "A question about the plug version plus 'lead time on Monday'; no line is committed.")


@case("anchor-bolts-mexican-steel-increase", "confirmation", "es-MX",
      "Mexican Spanish with dot decimals and '$1,250.00' style, dates like '15/dic/2026', one line dearer and shipping a week later")
def c():
    po = PO(S("ANCLN", "Anclajes del Norte S.A. de C.V.", "ventas@anclajesdelnorte.example", "es-MX"),
            "MXN", "2026-11-04", [
                ("AB-J-12X12", "J anchor bolt 1/2 x 12 in, galvanized", 300, "PC", "38.50", "2026-12-15"),
                ("AB-L-58X18", "L anchor bolt 5/8 x 18 in, galvanized", 150, "PC", "62.00", "2026-12-15"),
                ("AB-NUT-12", "Hex nut 1/2 in, galvanized", 600, "PC", "1.85", "2026-12-15")], buyer="dana")
    body = f"""Buen día Dana,

Te confirmo la OC {po.num}:

* 300 pzas ancla tipo J 1/2 x 12" a $38.50 c/u - entrega 15/dic/2026
* 150 pzas ancla tipo L 5/8 x 18" a $64.90 c/u (aumento del acero) - salen de planta el 22/dic/2026
* 600 tuercas 1/2" a $1.85 c/u - entrega 15/dic/2026

Total: $24,306.00 + IVA

Saludos cordiales,
Ing. Luis Fernando Garza
Ventas | Anclajes del Norte S.A. de C.V.
Av. Ruiz Cortines 4120, Col. Industrial, Monterrey, N.L., C.P. 64440
Tel. (81) 8351 2270 ext. 114 | RFC ANO-980412-KT3
""" + q_outlook(po, "es", sent=f"miércoles, 4 de noviembre de 2026 {HM(po)}")
    eml = reply(po, "Luis Fernando Garza", "2026-11-05 11:20 -0600", T(body), style="outlook")
    return [po], eml, exp_conf(
        "Line 1 and 3 as ordered. Line 2 at 64.90 (was 62.00) and only a ship-from-plant date 22/dic/2026 -> 2026-12-22. Total 11,550 + 9,735 + 1,110 = 24,306.00 checks.",
        conf(po, acc(), chg(p="64.90", d="2026-12-22"), acc()))


@case("grease-guns-helpdesk-ticket-ack", "auto_reply", "es-AR",
      "Argentine helpdesk auto-acknowledgement creating a case number ('[Caso #58123]') and promising an answer within 48 business hours")
def c():
    po = PO(S("LUBRI", "Lubricación Rioplatense S.A.", "ventas@lubririoplatense.example", "es-AR"),
            "USD", "2026-11-06", [
                ("GG-AIR-500", "Pneumatic grease gun 500 cc", 10, "EA", "64.00", "2026-12-18"),
                ("GG-HOSE-500", "High-pressure hose 500 mm", 20, "EA", "7.40", "2026-12-18")])
    body = f"""Estimado/a cliente:

Hemos recibido su mensaje "{po.subject}".
Se ha generado el caso #58123. Un representante de nuestro equipo comercial le responderá dentro de las próximas 48 horas hábiles.

Por favor, no modifique el asunto de este correo si necesita agregar información.

Lubricación Rioplatense S.A. - Atención al Cliente
Av. Gral. Paz 11240, (B1674) Sáenz Peña, Buenos Aires
(011) 4757-2200 - Lunes a viernes de 8 a 17 h
"""
    eml = reply(po, "Atención al Cliente - Lubricación Rioplatense", "2026-11-06 06:02 -0300", T(body),
                subj=f"[Caso #58123] Re: {po.subject}", frm_email="soporte@lubririoplatense.example",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, exp("auto_reply", "Automatic helpdesk acknowledgement (case number, answer within 48 h); no content about the order.")


@case("reflective-vests-chilean-dte-other-oc", "unrelated", "es-CL",
      "Chilean electronic invoice (DTE) with PDF for an earlier purchase order of the same vests; different OC number")
def c():
    po = PO(S("ANDES", "Andes Seguridad SpA", "ventas@andesseguridad.example", "es-CL"),
            "CLP", "2026-11-06", [
                ("RV-CL2-OR-L", "Reflective vest class 2, orange, L", 120, "PC", "4590", "2026-12-14"),
                ("RV-CL2-OR-XL", "Reflective vest class 2, orange, XL", 80, "PC", "4590", "2026-12-14")])
    other = "4500291877"
    body = f"""Estimado cliente:

Adjuntamos Documento Tributario Electrónico emitido por ANDES SEGURIDAD SpA, RUT 76.418.227-5.

Tipo documento: Factura Electrónica
Folio: 184522
Fecha de emisión: 09-11-2026
Monto total: $ 1.420.146
Referencia: Orden de Compra N° {other}

Este correo ha sido generado automáticamente por el sistema de facturación. Por favor no responder.
"""
    lines = ["ANDES SEGURIDAD SpA                       R.U.T.: 76.418.227-5",
             "Av. Américo Vespucio 1501, Quilicura      FACTURA ELECTRONICA N° 184522",
             "", "Señor(es): HARBOR & VALE SUPPLY CO.       Fecha: 09-11-2026",
             f"Referencia: Orden de Compra {other} del 14-10-2026   Guía de despacho 55120",
             "", "Código         Descripción                         Cant.   P. Unit.      Total",
             "RV-CL2-OR-L    Chaleco reflectante naranjo T-L       200     4.590     918.000",
             "RV-CL2-OR-XL   Chaleco reflectante naranjo T-XL       60     4.590     275.400",
             "", "                                          Neto     $ 1.193.400",
             "                                          IVA 19%  $   226.746",
             "                                          Total    $ 1.420.146"]
    root = M("mixed", T(body, cs="iso-8859-1"), A(pdf(lines), "application/pdf", "DTE_33_184522.pdf"))
    h = [("From", ad("Facturación Andes Seguridad", "facturacion@andesseguridad.example")),
         ("To", ad(po.buyer[0], po.buyer[1])),
         ("Subject", "Envio de DTE: Factura Electronica N 184522 - ANDES SEGURIDAD SpA"),
         ("Date", format_datetime_safe("2026-11-09 12:04 -0300")), ("Message-ID", mid("dte.andesseguridad.example"))]
    return [po], mail(h, root), exp("unrelated",
                                    f"An invoice for an earlier order ({other}, 14-10-2026) for the same articles in other quantities (200/60); our open PO {po.num} is not answered.")


@case("label-rolls-colombian-expired-quote", "confirmation", "es-CO",
      "Colombian Spanish with '$ 13.100' dot thousands; one line repriced because the quote expired, delivery 'el martes 15 de diciembre'")
def c():
    po = PO(S("ETIQC", "Etiquetas y Rollos de Colombia S.A.S.", "ventas@etirollos.example", "es-CO"),
            "COP", "2026-11-05", [
                ("LR-POS-80", "Thermal POS roll 80 mm x 70 m", 400, "ROL", "4200.00", "2026-12-15"),
                ("LR-ADH-4X6", "Shipping label 4x6 in, 500/roll", 120, "ROL", "12500.00", "2026-12-15")], buyer="dana")
    body = f"""Buenas tardes Dana,

Confirmamos la OC {po.num}:

- 400 rollos POS 80 mm a $ 4.200 c/u
- 120 rollos de etiqueta 4x6 a $ 13.100 c/u (el precio de $ 12.500 correspondía a la cotización COT-2291, ya vencida)

Entrega el martes 15 de diciembre en su bodega.

Cordialmente,
Andrea Carolina Ríos
Asesora Comercial
Etiquetas y Rollos de Colombia S.A.S. - NIT 900.418.227-3
Cra. 50 # 12 Sur - 44, Itagüí, Antioquia - PBX (604) 444 1820
"""
    eml = reply(po, "Andrea Carolina Ríos", "2026-11-06 15:30 -0500", T(body), prefix="RE:")
    return [po], eml, exp_conf(
        "Tuesday 15 December = 2026-12-15 (as requested). Line 1 as ordered; line 2 at 13.100 COP instead of 12.500.",
        conf(po, acc(), chg(p="13100.00")))


@case("magnifiers-portuguese-short-stock", "confirmation", "pt-PT",
      "European Portuguese: loupes limited to the 35 in stock (the rest without forecast), both lines one day earlier")
def c():
    po = PO(S("OPTLX", "Óptica Industrial Lusitana, Lda.", "encomendas@optica-lusitana.example", "pt-PT"),
            "EUR", "2026-11-04", [
                ("MG-LOUPE-10X", "Jeweller's loupe 10x, 21 mm", 50, "EA", "6.90", "2026-12-11"),
                ("MG-READ-2X", "Reading magnifier 2x, 75 mm", 80, "EA", "4.20", "2026-12-11")])
    body = f"""Bom dia Sra. Mira,

Encomenda {po.num} confirmada, com a seguinte ressalva:

- Lupa 10x (MG-LOUPE-10X): só temos 35 unidades, que enviamos a 10/12. As restantes 15 não têm previsão de chegada, pelo que não as podemos confirmar.
- Lupa de leitura 2x (MG-READ-2X): 80 un. a 4,20 €, entrega a 10/12.

Com os melhores cumprimentos,
Rui Tavares
Óptica Industrial Lusitana, Lda. | Rua do Bolhão 118, 4000-111 Porto
Tel. 22 208 41 50 | NIF 504 118 227
""" + q_outlook(po, "pt", sent=f"quarta-feira, 4 de novembro de 2026 {HM(po)}")
    eml = reply(po, "Rui Tavares", "2026-11-05 12:10 +0000", T(body, cs="iso-8859-15"), prefix="RE:", style="outlook")
    return [po], eml, exp_conf(
        "Line 1: only 35 confirmed (rest not confirmable), sent 10/12 = 2026-12-10, price unchanged. Line 2 full quantity, same price, 2026-12-10 (one day earlier).",
        conf(po, chg(q=35, d="2026-12-10"), chg(d="2026-12-10")))


@case("cable-glands-dutch-week1-surcharge", "confirmation", "nl-NL",
      "Dutch confirmation restating the PO prices but adding a 3.5% surcharge on unit prices and delivery 'week 1' (of 2027)")
def c():
    po = PO(S("KABEL", "Kabeltechniek Brabant B.V.", "verkoop@kabeltechniek-brabant.example", "nl-NL"),
            "EUR", "2026-11-05", [
                ("CG-M32-MS", "Cable gland M32x1.5, brass, nickel plated", 200, "PC", "4.80", "2026-12-22"),
                ("CG-M40-MS", "Cable gland M40x1.5, brass, nickel plated", 100, "PC", "7.20", "2026-12-22")])
    body = f"""Goedemiddag Mira,

Hierbij bevestigen wij order {po.num}:

200 st. CG-M32-MS à € 4,80
100 st. CG-M40-MS à € 7,20
Levering: week 1

Let op: i.v.m. de prijsverhoging van onze fabrikant per 1 januari berekenen wij op deze order een toeslag van 3,5% op de stuksprijzen.

Met vriendelijke groet,
Bram van der Heijden
Binnendienst
Kabeltechniek Brabant B.V. | Ekkersrijt 4102 | 5692 DB Son
T 0499 47 12 80 | KvK 17284412 | BTW NL8118.22.471.B01
""" + q_outlook(po, "nl", sent=f"donderdag 5 november 2026 {HM(po)}")
    eml = reply(po, "Bram van der Heijden", "2026-11-06 13:25 +0100", T(body, cs="windows-1252"), prefix="Antw:", style="outlook")
    return [po], eml, exp_conf(
        "3.5% on the unit prices: 4.80 -> 4.968, 7.20 -> 7.452. 'Week 1' written in November 2026 = ISO week 1 of 2027 -> Friday 2027-01-08.",
        conf(po, chg(p="4.968", d=kw(2027, 1)), chg(p="7.452", d=kw(2027, 1))))


@case("door-stops-flemish-two-pos", "confirmation", "nl-BE",
      "Flemish reply in the thread of one PO answering both open POs: one fully as ordered, the other's only line no longer in the range")
def c():
    sup = S("DEBR", "Deurbeslag De Bruyne BV", "verkoop@debruyne-beslag.example", "nl-BE")
    po = PO(sup, "EUR", "2026-11-04", [
        ("DS-WEDGE-RUB", "Rubber door wedge, grey", 300, "PC", "0.95", "2026-12-10"),
        ("DS-FLOOR-SS", "Floor door stop, stainless, half moon", 100, "PC", "3.20", "2026-12-10")])
    po2 = PO(sup, "EUR", "2026-11-05", [("DS-HOOK-150", "Door hook and eye 150 mm, zinc", 80, "PC", "1.75", "2026-12-17")])
    body = f"""Dag Mira,

Beide bestellingen zijn in orde voor ons:
- {po.num}: volledig zoals besteld, levering op 10/12.
- {po2.num}: de haak DS-HOOK-150 kunnen we helaas niet meer leveren, die zit niet meer in ons gamma.

Met vriendelijke groeten,
Wim De Bruyne
Deurbeslag De Bruyne BV – Industriezone Kapellen 7 – 8800 Roeselare
Tel. 051 22 48 17 – BTW BE 0448.227.118
""" + q_outlook(po, "nl", sent=f"woensdag 4 november 2026 {HM(po)}")
    eml = reply(po, "Wim De Bruyne", "2026-11-06 08:32 +0100", T(body, cs="windows-1252"), prefix="Antw:", style="outlook")
    return [po, po2], eml, exp_conf(
        f"{po.num}: everything as ordered (10/12 = 2026-12-10). {po2.num}: its only line is no longer offered -> rejected; the rejection is an answer, so the PO is listed.",
        conf(po, acc(), acc()), conf(po2, REJ))


@case("o-ring-kits-danish-uge50-iphone", "confirmation", "da-DK",
      "Two-line Danish reply from an iPhone: 'Ordre bekræftet. Lev. uge 50.' i.e. Friday of week 50, earlier than requested")
def c():
    po = PO(S("TAETN", "Tætningscentralen ApS", "ordre@taetningscentralen.example", "da-DK"),
            "DKK", "2026-11-05", [
                ("OR-KIT-HNBR-419", "O-ring kit HNBR, 419 pcs", 8, "SET", "445.00", "2026-12-14"),
                ("OR-PICK-SET4", "O-ring pick and hook set, 4 pcs", 8, "SET", "89.00", "2026-12-14")])
    body = f"""Hej Mira

Ordre bekræftet. Lev. uge 50.

Mvh
Søren

Sendt fra min iPhone

> Den 5. nov. 2026 kl. {HM(po)} skrev Mira Lindqvist <{po.buyer[1]}>:
>
""" + "\n".join(("> " + l).rstrip() for l in req_text(po).split("\n")) + "\n"
    eml = reply(po, "Søren Kjær", "2026-11-05 19:41 +0100", T(body, cs="utf-8", cte="qp"), prefix="Sv:",
                frm_email="soren@taetningscentralen.example")
    return [po], eml, exp_conf(
        "'Lev. uge 50' without a day = Friday of ISO week 50 = 2026-12-11 for all lines (earlier than 12-14); quantities and prices as ordered.",
        conf(po, chg(d=kw(2026, 50)), chg(d=kw(2026, 50))))


@case("thermometers-swedish-ooo", "auto_reply", "sv-SE",
      "Swedish/English out-of-office ('Jag är på semester t.o.m. 20 november') sent as multipart/alternative")
def c():
    po = PO(S("MATNO", "Mätinstrument Norden AB", "order@matinstrument-norden.example", "sv-SE"),
            "SEK", "2026-11-10", [("TH-HACCP-DIG", "HACCP digital thermometer with probe", 30, "EA", "249.00", "2026-12-16")])
    text = """Hej,

Jag är på semester t.o.m. fredag 20 november och läser inte min e-post. Vid brådskande ärenden, kontakta vår ordermottagning på order@matinstrument-norden.example eller 031-760 41 20.

Hi, I am on holiday until Friday 20 November. For urgent matters please contact order@matinstrument-norden.example or +46 31 760 41 20.

Vänliga hälsningar / Best regards
Annika Lundgren
"""
    eml = reply(po, "Annika Lundgren", "2026-11-10 09:12 +0100", M("alternative", T(text, cs="iso-8859-1"), T(hdoc(t2h(text)), "html")),
                subj=f"Autosvar: {po.subject}", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                frm_email="annika.lundgren@matinstrument-norden.example", style="outlook")
    return [po], eml, exp("auto_reply", "Holiday auto-reply until 20 November; no content about the PO.")


@case("ice-packs-norwegian-per-carton", "confirmation", "nb-NO",
      "Norwegian quote per carton of 24 ('kr 372,00 pr. kartong à 24 stk') to convert to 15.50 per EA; date 'tirsdag 15.12.'")
def c():
    po = PO(S("KALDT", "Kaldtpakk Norge AS", "salg@kaldtpakk.example", "nb-NO"),
            "NOK", "2026-11-04", [
                ("IP-GEL-250", "Gel ice pack 250 g", 480, "EA", "14.50", "2026-12-15"),
                ("IP-SPORT-WRAP", "Flexible sport ice wrap with strap", 60, "EA", "79.00", "2026-12-15")])
    body = f"""Hei Mira,

Takk for bestillingen {po.num}. Vi bekrefter:

IP-GEL-250: 480 stk (20 kartonger). Pris kr 372,00 pr. kartong à 24 stk – prisen ble justert fra 1. november.
IP-SPORT-WRAP: 60 stk à kr 79,00.

Levering tirsdag 15.12. for begge linjene.

Med vennlig hilsen
Kristin Haugen
Kaldtpakk Norge AS | Brobekkveien 80, 0582 Oslo
Tlf. 22 64 18 30 | Org.nr. 918 442 271 MVA
"""
    eml = reply(po, "Kristin Haugen", "2026-11-05 14:48 +0100", T(body, cs="windows-1252"), prefix="SV:")
    return [po], eml, exp_conf(
        "Line 1: 372,00 per carton of 24 = 15.50 per EA (PO 14.50) -> changed price; quantity 480 and Tuesday 15.12. = 2026-12-15 unchanged. Line 2 as ordered.",
        conf(po, chg(p="15.50"), acc()))


@case("kneeling-pads-finnish-contradiction", "needs_review", "fi-FI",
      "Finnish reply says the order is confirmed 'in full' but its own table lists 150 instead of the 200 ordered")
def c():
    po = PO(S("POLVI", "Työsuoja Polvinen Oy", "myynti@tyosuojapolvinen.example", "fi-FI"),
            "EUR", "2026-11-05", [
                ("KP-TPE-45", "Kneeling pad TPE 45x25 cm", 200, "PC", "4.90", "2026-12-14"),
                ("KP-GEL-PRO", "Professional gel knee pads", 40, "PR", "16.50", "2026-12-14")])
    body = f"""Hei Mira,

vahvistamme tilauksenne {po.num} kokonaisuudessaan, toimitus viikolla 51.

Tuote         Määrä     Hinta
KP-TPE-45     150 kpl   4,90 €/kpl
KP-GEL-PRO    40 paria  16,50 €/pari

Ystävällisin terveisin
Jari Polvinen
Työsuoja Polvinen Oy | Teollisuustie 12, 33330 Tampere
puh. 040 718 2244 | Y-tunnus 2418822-7
""" + q_outlook(po, "fi", sent=f"torstai 5. marraskuuta 2026 {HM(po)}")
    eml = reply(po, "Jari Polvinen", "2026-11-06 10:20 +0200", T(body, cs="iso-8859-15"), prefix="VS:", style="outlook")
    return [po], eml, exp("needs_review",
                          "'Confirmed in full' contradicts the table's 150 pcs for KP-TPE-45 (ordered 200); a buyer has to ask which quantity is meant.")


@case("filter-papers-estonian-forwarded-warehouse", "confirmation", "et-EE",
      "Estonian salesperson forwards the warehouse's internal answer: only ship-out dates ('välja saata 14.12.'), prices per the order")
def c():
    po = PO(S("LABOR", "Laborivarustus OÜ", "myyk@laborivarustus.example", "et-EE"),
            "EUR", "2026-11-06", [
                ("FP-GF-47", "Glass fibre filter 47 mm, 100/pack", 30, "BOX", "21.40", "2026-12-18"),
                ("FP-QL-150", "Qualitative filter paper 150 mm, 100/box", 50, "BOX", "6.80", "2026-12-18")])
    body = f"""Tere Mira,

edastan allpool meie lao vastuse. Hinnad vastavalt tellimusele {po.num}.

Parimate soovidega
Kadri Tamm
Laborivarustus OÜ | Tartu mnt 83, 10115 Tallinn | +372 640 1822

-----Original Message-----
From: Andres Kask <ladu@laborivarustus.example>
Sent: Monday, November 9, 2026 8:14 AM
To: Kadri Tamm <kadri.tamm@laborivarustus.example>
Subject: RE: Harbor & Vale tellimus {po.num}

Tere Kadri,

GF-47 30 pakki on laos olemas, saame välja saata 14.12.
QL-150 50 pakki samuti olemas, ka 14.12.

Andres
""" + q_outlook(po, "en")
    eml = reply(po, "Kadri Tamm", "2026-11-09 09:02 +0200", T(body, cs="iso-8859-15"), frm_email="kadri.tamm@laborivarustus.example",
                style="outlook")
    return [po], eml, exp_conf(
        "Forwarded internal answer: both lines in stock, full quantities, 'välja saata 14.12.' is a ship date and the only date given -> 2026-12-14 for both (earlier than 12-18). Prices per the order.",
        conf(po, chg(d="2026-12-14"), chg(d="2026-12-14")))
