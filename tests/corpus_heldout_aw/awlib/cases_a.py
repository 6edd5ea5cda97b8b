"""Cases 001-018."""
from decimal import Decimal as D

from .common import (E, HEAD, PO, S, case, conf, dsn, fmt_table, kwfri, reply, req_rows, req_subject, rfcdate,
                     send_raw)
from .mime import addr, attachment, ew, hx, multipart, textpart
from .pdf import pdf


@case("brass-trumpets-accepted", "confirmation/de-DE",
      "German Outlook reply restating every line with decimal commas and dd.mm.yyyy dates, all exactly as ordered.")
def c_brass():
    s = S("BLECHV", "Blechblaswerk Vogtland GmbH", "auftrag@blechblaswerk-vogtland.example", "de-DE")
    p = PO("4500071101", s, "EUR", [
        ("TRP-BB-27L", "Bb trumpet 2027 model, 11.66 mm bore, lacquered", 12, "EA", "389.00", "2026-12-11"),
        ("MPC-7C-SP", "Trumpet mouthpiece 7C, silver plated, 3/4 cup", 40, "EA", "18.50", "2026-12-11"),
        ("VLV-OIL-100", "Valve oil 100 ml, 24 bottles per carton", 6, "BOX", "52.80", "2026-12-11")])
    body = """Sehr geehrte Frau Holt,

vielen Dank für Ihre Bestellung 4500071101. Wir bestätigen alle drei Positionen wie bestellt:

Pos. 1 – TRP-BB-27L – 12 Stück à 389,00 EUR – Liefertermin 11.12.2026
Pos. 2 – MPC-7C-SP – 40 Stück à 18,50 EUR – Liefertermin 11.12.2026
Pos. 3 – VLV-OIL-100 – 6 Kartons à 52,80 EUR – Liefertermin 11.12.2026

Die Auftragsbestätigung AB-26-11873 folgt mit der Rechnung.

Mit freundlichen Grüßen

i. A. Katrin Seidel
Auftragsabwicklung / Innendienst

Blechblaswerk Vogtland GmbH
Hauptstraße 112 · 08258 Markneukirchen
Tel. +49 37422 5561-20 · Fax +49 37422 5561-99
www.blechblaswerk-vogtland.example

Geschäftsführer: Dipl.-Ing. Frank Möckel · Amtsgericht Chemnitz HRB 22871 · USt-IdNr. DE 812 334 902
"""
    eml = reply([p], date="2026-11-10 09:14 +0100", body=body, name="Katrin Seidel", prefix="AW:",
                cs="windows-1252", client="outlook", qlang="de", lang="de-DE")
    return [p], eml, E("confirmation", "Straightforward German confirmation; values written with decimal commas and "
                       "German dates must match the PO exactly, quoted request repeats the same values.",
                       conf(p, {1: "A", 2: "A", 3: "A"}))


@case("sutures-zwoelf-kartons-kw51", "confirmation/de-AT",
      "Quantity written as the German word 'zwölf Kartons' with the rest cancelled, plus a bare 'KW 51' date.")
def c_sutures():
    s = S("MEDNAHT", "Mednaht Chirurgiebedarf GmbH", "verkauf@mednaht.example", "de-AT")
    p = PO("4500071102", s, "EUR", [
        ("SUT-PGA-3/0-75", "PGA absorbable suture 3/0, 75 cm, 36 per box", 15, "BOX", "96.00", "2026-12-04"),
        ("SUT-PP-5/0-DR13", "Polypropylene suture 5/0, 2x 60 cm, DR13 needle", 8, "BOX", "142.50", "2026-12-04")],
        issued="2026-11-04")
    body = """Sehr geehrte Frau Holt,

zu Ihrer Bestellung 4500071102:

Pos. 1 (SUT-PGA-3/0-75): Wir können leider nur zwölf Kartons liefern, die
restlichen drei Kartons entfallen ersatzlos (Chargenknappheit beim
Hersteller). Lieferung in KW 51, Preis wie bestellt.

Pos. 2 (SUT-PP-5/0-DR13): 8 Kartons à EUR 142,50, Liefertermin 04.12.2026
wie gewünscht.

Freundliche Grüße aus Graz
Mag. Theresa Pölzl
Mednaht Chirurgiebedarf GmbH
Conrad-von-Hötzendorf-Straße 58, 8010 Graz
T +43 316 720 418-12
"""
    eml = reply([p], date="2026-11-11 14:32 +0100", body=body, name="Theresa Pölzl", prefix="AW:",
                cs="iso-8859-1", cte="8bit", client="thunderbird", quote="gmail", html=False,
                attrib="Am 04.11.2026 um 10:12 schrieb Maren Holt:")
    return [p], eml, E("confirmation", "Quantity is spelled out ('zwölf Kartons') and the remainder is cancelled, so "
                       "line 1 is 12 BOX; 'KW 51' without a day is Friday 2026-12-18.",
                       conf(p, {1: ("C", 12, None, kwfri(2026, 51)), 2: "A"}))


@case("greenhouse-heaters-split-chf", "confirmation/de-CH",
      "Swiss apostrophe thousands separator and a two-step delivery split across the year end.")
def c_greenhouse():
    s = S("THERMAG", "Thermagro AG", "verkauf@thermagro.example", "de-CH")
    p = PO("4500071103", s, "CHF", [
        ("GH-GAS-12KW", "Greenhouse gas heater 12 kW, 230V fan, 2027 series", 20, "EA", "1250.00", "2026-12-11"),
        ("GH-THERM-24V", "Greenhouse thermostat 24V, IP54, 0-40 C", 20, "EA", "86.40", "2026-12-11")])
    body = """Grüezi Frau Holt

Besten Dank für die Bestellung 4500071103. Wir bestätigen wie folgt:

Pos. 1 Gasheizer 12 kW: 12 Stk. liefern wir am 11.12.2026, die restlichen 8 Stk. am 15.01.2027. Preis CHF 1'250.00 pro Stück unverändert.
Pos. 2 Thermostat 24V: 20 Stk. à CHF 86.40, Lieferung 11.12.2026.

Freundliche Grüsse
Urs Brändli
Verkaufsinnendienst

Thermagro AG | Industriestrasse 21 | 8404 Winterthur
+41 52 214 77 30 | www.thermagro.example
"""
    eml = reply([p], date="2026-11-12 08:05 +0100", body=body, name="Urs Brändli", prefix="AW:",
                client="apple", quote="gmail", attrib="Am 03.11.2026 um 10:12 schrieb Maren Holt <maren.holt@buyer.example>:")
    return [p], eml, E("confirmation", "Line 1 split 12 + 8 over two dates (schedule, last date wins); CHF 1'250.00 "
                       "uses the Swiss apostrophe and equals the PO price.",
                       conf(p, {1: ("C", None, None, "2027-01-15", [(12, "2026-12-11"), (8, "2027-01-15")]), 2: "A"}))


@case("barbed-wire-per-100m", "confirmation/en-GB",
      "Price quoted per 100 metres on a PO priced per metre, plus separate dispatch and delivery dates.")
def c_barbed():
    s = S("PENNINE", "Pennine Fencing Supplies Ltd", "sales@penninefencing.example", "en-GB")
    p = PO("4500071104", s, "GBP", [
        ("BW-HT-2.5-4P", "High-tensile barbed wire 2.5 mm, 4-point, 200 m reels", 2400, "M", "0.84", "2026-12-10"),
        ("BW-STPL-40", "Barbed staples 40 x 4.0 mm, 10 kg box", 10, "BOX", "38.00", "2026-12-10")])
    body = """Hi Maren,

Thanks for PO 4500071104, please see below.

Line 1 - 2,400 m (12 reels of 200 m) confirmed. Price has moved slightly with the wire rod increase: £86.50 per 100 m. We dispatch on 4 December, delivery to Rotterdam on 8 December.
Line 2 - 10 boxes at £38.00, same consignment, delivered 8 December.

Regards,
Gareth Lowe
Sales Office
Pennine Fencing Supplies Ltd
Unit 4, Calder Park, Huddersfield HD2 1RT
Tel: 01484 602 117 | Mob: 07700 900 418

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Pennine Fencing Supplies Ltd, registered in England No. 04418722.
"""
    assert D("86.50") / 100 == D("0.865")
    eml = reply([p], date="2026-11-10 11:47 +0000", body=body, name="Gareth Lowe", client="outlook", lang="en-GB")
    return [p], eml, E("confirmation", "GBP 86.50 per 100 m converts to 0.865 per metre; delivery date 8 December "
                       "wins over the dispatch date 4 December and is earlier than requested for both lines.",
                       conf(p, {1: ("C", None, "0.865", "2026-12-08"), 2: ("C", None, None, "2026-12-08")}))


@case("ooo-fr-cash-registers", "auto_reply/fr-FR",
      "French out-of-office with a return date and a colleague's address that must not be read as a delivery date.")
def c_ooo_fr():
    s = S("CAISSEX", "Caissex SAS", "commandes@caissex.example", "fr-FR")
    p = PO("4500071105", s, "EUR", [
        ("CR-TS-15", "POS terminal 15 in touch, 2027 firmware", 8, "EA", "612.00", "2026-12-14"),
        ("CR-SCAN-2D", "2D barcode scanner, USB, 1.5 m cable", 8, "EA", "74.00", "2026-12-14")])
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 23/11/2026 inclus, avec un accès limité à ma messagerie.
Votre message ne sera pas transféré.

Pour toute commande ou demande urgente, merci de contacter le service ADV :
adv@caissex.example - 01 45 87 62 10

Cordialement,
Sandrine Morel
Caissex SAS - 14 rue des Vignerons, 94300 Vincennes
"""
    eml = reply([p], date="2026-11-16 07:02 +0100", body=body, name="Sandrine Morel",
                subj="Réponse automatique : " + req_subject(p), cs="iso-8859-15", client="outlook", quote="none",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], lang="fr-FR")
    return [p], eml, E("auto_reply", "Out-of-office; the return date 23/11/2026 is not a delivery commitment.")


@case("shelving-inline-fr-be", "confirmation/fr-BE",
      "Answers typed inline under each quoted PO line in French; the quoted values must not be taken over blindly.")
def c_shelving_be():
    s = S("RAYOBEL", "Rayobel SPRL", "ventes@rayobel.example", "fr-BE")
    p = PO("4500071106", s, "EUR", [
        ("SH-GON-1800", "Gondola shelving unit 1800x1000 mm, 5 shelves", 10, "SET", "412.00", "2026-12-09"),
        ("SH-SHF-1000/470", "Shelf 1000x470 mm, 50 kg load", 60, "EA", "21.75", "2026-12-09"),
        ("SH-PRS-39", "Price strip 39 mm x 1000 mm, clear", 120, "EA", "2.10", "2026-12-09")])
    t = fmt_table(HEAD, req_rows(p))
    body = f"""Bonjour Madame Holt,

Voir nos réponses ci-dessous, ligne par ligne.

> {t[0]}
> {t[1]}
> {t[2]}
OK pour 10 ensembles à 412,00 EUR, mais livraison le 16/12/2026 au plus tôt.

> {t[3]}
OK comme demandé.

> {t[4]}
Prix 2,30 EUR/pièce (nouveau tarif au 01/12), quantité et date OK.

Bien à vous,
Luc Vandamme
Rayobel SPRL - Chaussée de Mons 311, 1070 Anderlecht
Tél. +32 2 522 18 40
"""
    eml = reply([p], date="2026-11-10 16:21 +0100", body=body, name="Luc Vandamme", prefix="RE :",
                client="thunderbird", quote="none", html=False, cs="iso-8859-15")
    return [p], eml, E("confirmation", "Inline answers under quoted lines: line 1 date moves to 16/12, line 2 as "
                       "ordered, line 3 new price 2.30 with '01/12' only being the tariff validity date.",
                       conf(p, {1: ("C", None, None, "2026-12-16"), 2: "A", 3: ("C", None, "2.30", None)}))


@case("marble-tiles-crates", "confirmation/it-IT",
      "Quantity rounded up to full crates (13 x 12 m2) and a later 'entro il' date for the second line.")
def c_marble():
    s = S("MARMIAP", "Marmi Apuani S.r.l.", "ordini@marmiapuani.example", "it-IT")
    p = PO("4500071107", s, "EUR", [
        ("MT-CAR-60x60", "Carrara marble tile 60x60x2 cm, polished", 150, "M2", "58.00", "2027-01-15"),
        ("MT-NERO-30x60", "Nero Marquina tile 30x60x1 cm, honed", 40, "M2", "74.50", "2027-01-15")],
        issued="2026-11-05")
    body = """Gentile Sig.ra Holt,

con riferimento al Vs. ordine 4500071107 confermiamo:

pos. 1 - 156 m² (13 casse da 12 m², non frazionabili) a 58,00 €/m², consegna 15/01/2027
pos. 2 - 40 m² a 74,50 €/m², consegna entro il 22/01/2027 (lucidatura in corso)

Cordiali saluti
Giulia Bertolucci
Ufficio Commerciale Estero
Marmi Apuani S.r.l. - Via Aurelia 88, 54033 Carrara (MS)
Tel. +39 0585 844 210 - P.IVA 01188330457

Le informazioni contenute in questa e-mail sono riservate. Qualora l'abbiate ricevuta per errore, vi preghiamo di cancellarla e di darne comunicazione al mittente.
"""
    eml = reply([p], date="2026-11-13 10:40 +0100", body=body, name="Giulia Bertolucci", prefix="R:",
                cs="iso-8859-15", client="outlook", qlang="it", lang="it-IT")
    return [p], eml, E("confirmation", "Line 1 rounded up to 156 m2 (13 crates of 12 m2); line 2 delivery 'entro il "
                       "22/01/2027' is a change from 15/01.",
                       conf(p, {1: ("C", 156, None, None), 2: ("C", None, None, "2027-01-22")}))


@case("dairy-cultures-question", "needs_review/fr-CA",
      "Québec French reply asking which product format we want before confirming anything.")
def c_dairy_q():
    s = S("FERMLAB", "Fermlab Inc.", "service@fermlab.example", "fr-CA")
    p = PO("4500071108", s, "CAD", [
        ("DC-YOG-50U", "Yogurt starter culture, freeze-dried, 50U sachet", 200, "EA", "14.20", "2026-12-07"),
        ("DC-MES-10D", "Mesophilic cheese culture, 10 doses", 100, "EA", "9.80", "2026-12-07")], buyer=1)
    body = """Bonjour M. Ekberg,

Merci pour le bon de commande 4500071108.

Avant de vous confirmer, pouvez-vous nous préciser si vous voulez les sachets 50U lyophilisés ou la version surgelée DVS? Le prix et le délai ne sont pas les mêmes (la version surgelée part seulement en envoi réfrigéré le mardi).

Dès qu'on a votre réponse, on vous envoie l'accusé de réception avec les dates.

Merci et bonne journée!
Geneviève Tremblay
Service à la clientèle | Fermlab Inc.
2250, boul. Industriel, Saint-Hyacinthe (Québec) J2S 7K9
450 771-3380 poste 214
"""
    eml = reply([p], date="2026-11-09 13:18 -0500", body=body, name="Geneviève Tremblay", client="gmail",
                quote="gmail", attrib="Le mar. 3 nov. 2026, à 10 h 12, Jonas Ekberg <jonas.ekberg@buyer.example> a écrit :")
    return [p], eml, E("needs_review", "A question about the product variant; the supplier explicitly holds the "
                       "confirmation until we answer.")


@case("ski-bindings-line-rejected", "confirmation/es-ES",
      "Spanish reply accepting two lines and declining a discontinued 2026 model.")
def c_ski():
    s = S("NIEVEF", "Fijaciones Nievefix S.L.", "pedidos@nievefix.example", "es-ES")
    p = PO("4500071109", s, "EUR", [
        ("SB-ATK-13", "Ski binding Attack 13, DIN 4-13, 2027 model, brake 100 mm", 24, "PAIR", "189.00", "2026-12-04"),
        ("SB-JR-4.5", "Junior ski binding 4.5, DIN 0.75-4.5, brake 85 mm", 30, "PAIR", "64.00", "2026-12-04"),
        ("SB-TOUR-12", "Touring binding 12, 2026 model", 10, "PAIR", "312.00", "2026-12-04")])
    body = """Hola Maren:

Te confirmo el pedido 4500071109:

- Pos. 1: 24 pares a 189,00 €, entrega el 4 de diciembre. Confirmada.
- Pos. 2: confirmada tal cual, 30 pares, misma fecha.
- Pos. 3: no podemos servirla, el modelo 2026 está descatalogado y ya no queda stock. Si queréis os pasamos oferta del modelo 2027.

Un saludo,
Álvaro Ibáñez
Dpto. Comercial - Fijaciones Nievefix S.L.
Pol. Ind. Valle de Arán, nave 7 - 25530 Vielha (Lleida)
Tel. +34 973 640 215
"""
    eml = reply([p], date="2026-11-10 12:55 +0100", body=body, name="Álvaro Ibáñez", client="gmail", quote="gmail",
                attrib="El mar, 3 nov 2026 a las 10:12, Maren Holt (<maren.holt@buyer.example>) escribió:")
    return [p], eml, E("confirmation", "Lines 1-2 accepted (line 2 'confirmada tal cual'); line 3 declined, the offer "
                       "of a 2027 model is not a confirmation.",
                       conf(p, {1: "A", 2: "A", 3: "R"}))


@case("garden-decor-html-only-mx", "confirmation/es-MX",
      "HTML-only Mexican reply with a table; one line moves into January, the other stays.")
def c_garden_mx():
    s = S("DECOJAR", "Decojardín de México S.A. de C.V.", "ventas@decojardin.example", "es-MX")
    p = PO("4500071110", s, "USD", [
        ("GD-GNOME-30", "Garden gnome resin 30 cm, 4 assorted designs", 120, "EA", "7.90", "2026-12-14"),
        ("GD-LANT-SOL", "Solar lantern 12x12x25 cm, warm white", 80, "EA", "11.25", "2026-12-14")], buyer=1)
    body = """Estimado Jonas:

Le confirmamos su orden de compra 4500071110 de la siguiente manera:

| Partida | Código | Cantidad | Precio unitario | Fecha de entrega |
| 1 | GD-GNOME-30 | 120 | 7.90 USD | 14/12/2026 |
| 2 | GD-LANT-SOL | 80 | 11.25 USD | 08/01/2027 |

La partida 2 se entrega en enero por falta de paneles solares.

Saludos cordiales,
Mariana Ortiz Villarreal
Ejecutiva de Ventas Exportación
Decojardín de México S.A. de C.V. | Av. Vallarta 6503, Zapopan, Jal. | +52 33 3110 4420
"""
    eml = reply([p], date="2026-11-11 10:08 -0600", body=body, name="Mariana Ortiz", client="outlook", html="only",
                lang="es-MX", qlang="es")
    return [p], eml, E("confirmation", "HTML-only message; the answer is an HTML table with dd/mm/yyyy dates "
                       "(08/01/2027 is 8 January, not August).",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-08")}))


@case("conveyor-erp-pdf-flate", "confirmation/pt-BR",
      "Automatic ERP mail whose only content is a Flate-compressed PDF acknowledgment with one date change.")
def c_conveyor_pdf():
    s = S("CORREIAS", "Correias Paulista Ltda.", "vendas@correiaspaulista.example", "pt-BR")
    p = PO("4500071111", s, "USD", [
        ("CB-PVC-800-3P", "PVC conveyor belt 800 mm wide, 3-ply, 5 mm", 120, "M", "46.00", "2026-12-18"),
        ("CB-FST-800", "Belt fastener set for 800 mm belt, 1/4 in", 6, "SET", "88.00", "2026-12-18"),
        ("CB-ROL-89x600", "Carrying roller 89x600 mm, 20 mm shaft", 40, "EA", "23.50", "2026-12-18")])
    doc = pdf(["#CORREIAS PAULISTA LTDA.", "Rua Guaicurus 1450 - Lapa - Sao Paulo/SP - CNPJ 12.345.678/0001-90", "",
               "#CONFIRMACAO DE PEDIDO N. 31877", "Cliente: Corvane Trading B.V. - Rotterdam",
               "Seu pedido: 4500071111 de 03/11/2026        Data: 12/11/2026", "Moeda: USD    Incoterm: FCA Santos", "",
               "Item  Codigo          Descricao                               Qtde  Un   Preco unit.  Entrega",
               "1     CB-PVC-800-3P   Correia PVC 800 mm, 3 lonas, 5 mm        120  M        46,00  18/12/2026",
               "2     CB-FST-800      Jogo de grampos p/ correia 800 mm          6  JG       88,00  08/01/2027",
               "3     CB-ROL-89x600   Rolo de carga 89x600 mm, eixo 20 mm       40  PC       23,50  18/12/2026",
               "", "Valor total: USD 6.988,00", "Condicoes de pagamento: 30 dias da data da fatura",
               "Documento emitido eletronicamente - dispensa assinatura."],
              flate=True, title="Confirmacao de pedido 31877", author="TOTVS Protheus", date="20261112071503-03'00'")
    assert 120 * 46 + 6 * 88 + 40 * D("23.50") == 6988
    body = """Prezado cliente,

Segue em anexo a confirmação do pedido de venda 31877 referente ao seu pedido de compra 4500071111.

Esta é uma mensagem automática, favor não responder.
Correias Paulista Ltda. - Departamento Comercial
"""
    eml = reply([p], date="2026-11-12 07:15 -0300", body=body, name="Correias Paulista - Comercial",
                frm="nao-responder@correiaspaulista.example", subj="Confirmação de Pedido 31877 - Pedido cliente 4500071111",
                client="erp", quote="none", html=False, cs="iso-8859-1", thread=False,
                atts=[(doc, "application/pdf", "Confirmacao_Pedido_31877.pdf")])
    return [p], eml, E("confirmation", "ERP auto-mail, but the Flate-compressed PDF commits to the order: line 2 moves "
                       "to 08/01/2027, the rest as ordered. Not an auto_reply.",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-08"), 3: "A"}))


@case("toner-ticket-autoreply-pt", "auto_reply/pt-PT",
      "Portuguese helpdesk ticket acknowledgment with a ticket number and a response-time date.")
def c_ticket_pt():
    s = S("TONERLU", "TonerLusa Lda.", "encomendas@tonerlusa.example", "pt-PT")
    p = PO("4500071112", s, "EUR", [
        ("TN-REF-CF259", "Toner refill kit CF259X, 10,000 pages", 50, "SET", "17.40", "2026-12-09"),
        ("TN-CHIP-59X", "Reset chip for 59X cartridges", 50, "EA", "3.20", "2026-12-09")], buyer=2)
    body = """Olá,

Recebemos o seu pedido e foi criado o ticket #48213 (Departamento: Encomendas).

Assunto: Purchase order 4500071112 - request for order acknowledgment
Estado: Aberto
Prioridade: Normal

A nossa equipa responderá no prazo máximo de 2 dias úteis (até 19/11/2026).
Por favor, não altere o assunto desta mensagem ao responder, para que a sua resposta fique associada ao ticket.

Pode acompanhar o estado do pedido em: https://suporte.tonerlusa.example/ticket/48213

--
TonerLusa Lda. - Apoio ao Cliente
Esta é uma mensagem automática gerada pelo sistema de tickets.
"""
    eml = reply([p], date="2026-11-17 09:31 +0000", body=body, name="TonerLusa Suporte",
                frm="suporte@tonerlusa.example", subj="[Ticket #48213] RE: " + req_subject(p), client="web",
                quote="none", html=False, cs="utf-8", cte="quoted-printable",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Ticket-ID", "48213"), ("Precedence", "auto_reply")])
    return [p], eml, E("auto_reply", "Ticket-system receipt in Portuguese; the date 19/11/2026 is the SLA for a "
                       "human answer, nothing is confirmed.")


@case("solar-lights-two-pos-paragraphs", "confirmation/nl-NL",
      "Two POs answered in two separate Dutch paragraphs, threaded on only the first request.")
def c_solar_two():
    s = S("ZONLICHT", "Zonlicht Buitenverlichting B.V.", "orders@zonlicht.example", "nl-NL")
    a = PO("4500071113", s, "EUR", [
        ("SSL-60W-AIO", "Solar street light 60W all-in-one, 6 m pole mount", 30, "EA", "245.00", "2026-12-11"),
        ("SSL-POLE-6M", "Galvanised lighting pole 6 m, 76 mm top", 30, "EA", "138.00", "2026-12-11")], buyer=1)
    b = PO("4500071114", s, "EUR", [
        ("SSL-BAT-12V60", "LiFePO4 battery 12.8V 60Ah", 40, "EA", "96.00", "2026-12-18"),
        ("SSL-CTL-20A", "MPPT charge controller 20A 12/24V", 40, "EA", "31.50", "2026-12-18")], buyer=1,
        issued="2026-11-04")
    body = """Beste Jonas,

Order 4500071113: beide regels akkoord. 30 lantaarns à € 245,00 en 30 masten à € 138,00, levering op 11-12-2026 zoals gevraagd.

Order 4500071114: de accu's (regel 1) kunnen we pas op 8 januari 2027 leveren, prijs blijft € 96,00. De laadregelaars (regel 2) leveren we wel op 18-12-2026, maar door de nieuwe inkoopprijs wordt dat € 33,00 per stuk.

Met vriendelijke groet,

Sanne de Groot
Binnendienst
Zonlicht Buitenverlichting B.V. | Energieweg 14 | 3542 DZ Utrecht
T +31 30 241 88 60
"""
    eml = reply([a, b], date="2026-11-10 15:42 +0100", body=body, name="Sanne de Groot", prefix="Antw:",
                client="outlook", qlang="nl", lang="nl-NL")
    return [a, b], eml, E("confirmation", "Two POs answered in separate paragraphs; only the first is quoted and "
                          "threaded. Second PO: battery date to 2027-01-08, controller price to 33.00.",
                          conf(a, {1: "A", 2: "A"}),
                          conf(b, {1: ("C", None, None, "2027-01-08"), 2: ("C", None, "33.00", None)}))


@case("boat-paint-per-5l-can", "confirmation/nl-BE",
      "Quantity and price given per 5-litre can on a PO in litres; after conversion nothing changes.")
def c_boatpaint():
    s = S("MARIVER", "Marinverf NV", "verkoop@marinverf.example", "nl-BE")
    p = PO("4500071115", s, "EUR", [
        ("BP-AF-BLU", "Antifouling paint, blue, supplied in 5 L cans", 200, "L", "18.40", "2026-12-16"),
        ("BP-EPX-2.5", "Epoxy primer grey, 2.5 L two-pack kit", 24, "SET", "61.00", "2026-12-16")])
    assert 40 * 5 == 200 and D("92.00") / 5 == D("18.40")
    body = """Goedemiddag Maren,

Bestelling 4500071115 is in orde:
regel 1: 40 blikken van 5 L à € 92,00 per blik, levering 16/12/2026
regel 2: 24 kits à € 61,00, levering 16/12/2026

Mvg,
Pieter Claes
Marinverf NV - Haven 112, 2030 Antwerpen - +32 3 544 21 09
"""
    eml = reply([p], date="2026-11-09 14:11 +0100", body=body, name="Pieter Claes", prefix="RE:",
                client="iphone", quote="gmail", cs="utf-8", cte="quoted-printable", html=False,
                attrib="Op 3 nov. 2026 om 10:12 heeft Maren Holt <maren.holt@buyer.example> het volgende geschreven:")
    return [p], eml, E("confirmation", "40 cans x 5 L = 200 L and EUR 92.00 per can = 18.40 per litre, so line 1 is "
                       "accepted as ordered despite different numbers in the text.",
                       conf(p, {1: "A", 2: "A"}))


@case("cash-registers-pl-date", "confirmation/pl-PL",
      "Polish reply in ISO-8859-2 with space thousands separator; item description '57/30' looks like a date.")
def c_cash_pl():
    s = S("KASPOL", "Kaspol Systemy Kasowe Sp. z o.o.", "zamowienia@kaspol.example", "pl-PL")
    p = PO("4500071116", s, "PLN", [
        ("CR-ECR-57", "Cash register ECR, 57 mm thermal printer, 2027 fiscal memory", 15, "EA", "1890.00", "2026-12-07"),
        ("CR-DRW-410", "Cash drawer 410x415 mm, 24V", 15, "EA", "265.00", "2026-12-07"),
        ("CR-ROLL-57/30", "Thermal paper roll 57/30, 10 rolls per pack", 50, "BOX", "24.90", "2026-12-07")], buyer=2)
    body = """Dzień dobry,

potwierdzamy zamówienie 4500071116:
poz. 1 - 15 szt., 1 890,00 zł netto/szt., dostawa 14.12.2026 (homologacja fiskalna)
poz. 2 - 15 szt., 265,00 zł netto/szt., dostawa 07.12.2026
poz. 3 - 50 opak., 24,90 zł netto/opak., dostawa 07.12.2026

Pozdrawiam serdecznie
Agnieszka Wróblewska
Dział Sprzedaży
Kaspol Systemy Kasowe Sp. z o.o.
ul. Żeromskiego 44, 90-626 Łódź
tel. +48 42 636 15 70
"""
    eml = reply([p], date="2026-11-12 12:03 +0100", body=body, name="Agnieszka Wróblewska", prefix="Odp:",
                cs="iso-8859-2", client="thunderbird", quote="gmail", html=False,
                attrib="W dniu 3.11.2026 o 10:12, Priya Natarajan pisze:")
    return [p], eml, E("confirmation", "'1 890,00 zł' equals the PO price; line 1 date moves to 14.12.2026, other "
                       "lines as ordered.",
                       conf(p, {1: ("C", None, None, "2026-12-14"), 2: "A", 3: "A"}))


@case("barbed-wire-per-tonne-cz", "confirmation/cs-CZ",
      "Czech reply quotes the wire price per tonne and the quantity in tonnes on a PO in kilograms.")
def c_wire_cz():
    s = S("DRATOV", "Drátovna Vysočina s.r.o.", "obchod@dratovna-vysocina.example", "cs-CZ")
    p = PO("4500071117", s, "CZK", [
        ("BW-ZN-1.7-2S", "Galvanised barbed wire 1.7 mm, 2-strand", 1200, "KG", "48.50", "2026-12-11"),
        ("FP-48/2000", "Fence post 48 mm x 2000 mm, green", 300, "EA", "189.00", "2026-12-11")])
    assert D("47900") / 1000 == D("47.90")
    body = """Dobrý den, paní Holt,

potvrzujeme Vaši objednávku č. 4500071117:

pol. 1 – ostnatý drát 1,7 mm: 1,2 t, cena 47 900 Kč/t, dodání 11. 12. 2026
pol. 2 – sloupky 48/2000: 300 ks po 189,00 Kč, dodání 18. 12. 2026

S pozdravem
Ing. Petr Dvořák
obchodní oddělení
Drátovna Vysočina s.r.o., Průmyslová 1187, 580 01 Havlíčkův Brod
tel.: +420 569 433 210
"""
    eml = reply([p], date="2026-11-11 09:26 +0100", body=body, name="Petr Dvořák", prefix="RE:",
                cs="windows-1250", client="outlook", qlang="cs", lang="cs-CZ")
    return [p], eml, E("confirmation", "1,2 t = 1200 kg (unchanged), 47 900 Kč/t = 47.90 CZK/kg (price change); "
                       "line 2 date moves a week.",
                       conf(p, {1: ("C", None, "47.90", None), 2: ("C", None, None, "2026-12-18")}))


@case("hydraulic-prepayment-condition", "needs_review/sk-SK",
      "Slovak reply offers a date only on condition that we accept a 30 % prepayment.")
def c_hyd_sk():
    s = S("HYDROSK", "Hydrovalec Slovakia s.r.o.", "predaj@hydrovalec.example", "sk-SK")
    p = PO("4500071118", s, "EUR", [
        ("HC-DA-63/40-300", "Double-acting hydraulic cylinder 63/40 x 300 mm stroke", 16, "EA", "214.00", "2026-12-18"),
        ("HC-SK-63", "Seal kit for 63/40 cylinder", 16, "SET", "19.60", "2026-12-18")])
    body = """Dobrý deň pani Holt,

ďakujeme za objednávku 4500071118. Keďže ide o prvú objednávku, vieme ju potvrdiť s termínom dodania 18.12.2026 iba v prípade, že akceptujete platbu vopred vo výške 30 % (proforma faktúra). Prosím o vyjadrenie, potom pošleme záväzné potvrdenie.

S pozdravom
Martin Kováčik
Hydrovalec Slovakia s.r.o.
Priemyselná 9, 917 01 Trnava
+421 33 551 24 80
"""
    eml = reply([p], date="2026-11-13 11:50 +0100", body=body, name="Martin Kováčik", prefix="RE:",
                cs="iso-8859-2", client="outlook", lang="sk-SK")
    return [p], eml, E("needs_review", "The date is offered only if we accept 30 % prepayment; the binding "
                       "confirmation is explicitly still to come.")


@case("prams-dsn-user-unknown", "bounce/hu-HU",
      "Postfix DSN (5.1.1 user unknown) carrying our full request with the PO table and dates.")
def c_bounce_hu():
    s = S("BABAKOC", "Babakocsi Kft.", "rendeles@babakocsi-kft.example", "hu-HU")
    p = PO("4500071119", s, "EUR", [
        ("BPR-3IN1-GRY", "Baby pram 3-in-1, grey, 2027 collection", 10, "EA", "329.00", "2027-01-08"),
        ("BPR-RAIN-UNI", "Pram rain cover universal, PVC-free", 20, "EA", "12.90", "2027-01-08")], issued="2026-11-09")
    human = """This is the mail system at host mx1.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rendeles@babakocsi-kft.example>: host mx.babakocsi-kft.example[198.51.100.23]
    said: 550 5.1.1 <rendeles@babakocsi-kft.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    eml = dsn(p, date="2026-11-09 10:12 +0100", mta="mx1.buyer.example", rcpt_status="5.1.1", action="failed",
              diag="550 5.1.1 <rendeles@babakocsi-kft.example>: Recipient address rejected: User unknown in virtual mailbox table",
              human=human, remote_mta="mx.babakocsi-kft.example", bseed="postfix-hu")
    return [p], eml, E("bounce", "Non-delivery report; the attached original request contains quantities, prices "
                       "and dates that must not be read as a confirmation.")
