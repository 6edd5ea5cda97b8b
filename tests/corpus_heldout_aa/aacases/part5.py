"""Cases 065-080."""
from __future__ import annotations

import datetime as dt

from aalib import mime, pdf
from aalib.clients import gmail_reply, outlook_reply
from aalib.model import (A, R, U, BUYERS, T, chg, conf, expected, kw, long_date, next_md, next_weekday, plus_days,
                         po, quote, request_subject, request_text, reqid, sup, wd, ln, div_lines, h, gmail_html,
                         outlook_html, outlook_text)
from aalib.registry import case, hdrs


def rid(p):
    return reqid(p["po_number"], p["issued"])


# ---------------------------------------------------------------------------------------------
@case(65, "draht-preis-je-tonne-kw53", "confirmation/de-DE",
      "German wire confirmation priced in EUR per tonne on a per-kg PO, 'Dienstag, KW 53' (ISO week 53 of 2026 exists), and EN 10204 3.1 / EN 10080 B500A standards with numbers.")
def c065():
    s = sup("DRAHTSL", "Drahtwerk Sauerland GmbH", "vertrieb@drahtwerk-sauerland.example", "de-DE")
    p = po("4700220889", s, "tomas", "EUR", "2026-11-09", [
        ln("DWS-FD-3.0-SH", "Spring steel wire EN 10270-1 SH, 3.0 mm, coil approx. 500 kg", 2000, "KG", "1.42",
           "2026-12-18"),
        ln("DWS-BD-1.8", "Annealed binding wire 1.8 mm, coil 25 kg", 1000, "KG", "1.18", "2026-12-18"),
        ln("DWS-Q188A", "Reinforcing mesh Q188A, B500A (EN 10080), 6.00 x 2.30 m", 50, "EA", "41.50", "2026-12-18"),
    ])
    assert kw(53, 2026, 2) == "2026-12-29"
    new = ("Sehr geehrter Herr Ferreira,\n\n"
           "wir danken für Ihre Bestellung 4700220889 und bestätigen:\n\n"
           "Pos. 1  Federstahldraht EN 10270-1 SH 3,0 mm: 2.000 kg zu 1.465,00 EUR/t (inkl. Legierungszuschlag\n"
           "        November 2026), Liefertermin Dienstag, KW 53. Werkszeugnis 3.1 nach EN 10204 liegt bei.\n"
           "Pos. 2  Bindedraht geglüht 1,8 mm: 1.000 kg zu 1.180,00 EUR/t, Liefertermin 18.12.2026.\n"
           "Pos. 3  Lagermatten Q188A B500A: 50 Stück à 41,50 EUR, Liefertermin 18.12.2026.\n\n"
           "Unser Angebot 26-1187 vom 28.10.2026 ist damit erledigt.\n\n"
           "Mit freundlichen Grüßen\n"
           "Stefan Hoffmann\n"
           "Verkauf Draht\n"
           "Drahtwerk Sauerland GmbH | Ruhrstraße 80 | 59872 Meschede | Tel. 0291 555 73-0\n")
    eml = outlook_reply(p, ("Stefan Hoffmann", "s.hoffmann@drahtwerk-sauerland.example"), new, "de",
                        long_date("de", T("2026-11-09 08:40", 60)), T("2026-11-11 10:14:26", 60),
                        "<FRYP281MB2744E1F0D2C3B4A5968778E1FRYP281MB2744DEUP@FRYP281MB2744.DEUP281.PROD.OUTLOOK.example>",
                        "_000_FRYP281MB2744E1F0D2C3B4A5968778E1FRYP281MB2744DEUP_", html_lang="DE", prefix="AW: ",
                        charset="iso-8859-1")
    return [p], eml, expected("confirmation",
                              "1.465,00 EUR/t = 1.465 EUR/kg; 'Dienstag, KW 53' = 2026-12-29; 1.180,00 EUR/t = 1.18 "
                              "(unchanged).",
                              [conf(p, {1: chg(2000, "1.465", "2026-12-29"), 2: A, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(66, "bomullstrad-hela-ordern-nej", "confirmation/sv-SE",
      "Swedish supplier declines the whole order (cotton thread production stopped 30 September) and offers a polyester alternative by quotation: every line rejected.")
def c066():
    s = sup("BORASTR", "Borås Tråd AB", "order@borastrad.example", "sv-SE")
    p = po("4700220891", s, "jonas", "EUR", "2026-11-09", [
        ln("BT-CO-403-BK", "Cotton thread Ne 40/3, cone 5000 m, black", 300, "CONE", "3.20", "2026-12-11"),
        ln("BT-CO-403-WH", "Cotton thread Ne 40/3, cone 5000 m, white", 200, "CONE", "3.20", "2026-12-11"),
        ln("BT-CO-303-NV", "Cotton thread Ne 30/3, cone 4000 m, navy", 150, "CONE", "3.60", "2026-12-11"),
    ])
    new = ("Hej Jonas,\n\n"
           "Tack för er order 4700220891. Tyvärr måste vi meddela att vi upphörde med tillverkningen av\n"
           "bomullstråd den 30 september 2026, och vi kan därför inte leverera någon av raderna i ordern.\n\n"
           "Som ersättning kan vi erbjuda polyester-kärntråd i samma grovlekar (Tex 40 / Tex 60). Hör av dig\n"
           "om du vill ha en offert.\n\n"
           "Med vänliga hälsningar\n"
           "Karin Lundgren\n"
           "Borås Tråd AB | Sandlidsgatan 3, 504 33 Borås | 033-555 12 90\n")
    eml = outlook_reply(p, ("Karin Lundgren", "karin.lundgren@borastrad.example"), new, "sv",
                        "den 9 november 2026 10:05", T("2026-11-10 13:48:02", 60),
                        "<GVZP280MB0733A1B2C3D4E5F60718293AGVZP280MB0733SWEP@GVZP280MB0733.SWEP280.PROD.OUTLOOK.example>",
                        "_000_GVZP280MB0733A1B2C3D4E5F60718293AGVZP280MB0733SWEP_", html_lang="SV", prefix="SV: ")
    return [p], eml, expected("confirmation", "Whole order declined: all lines rejected (alternative only offered).",
                              [conf(p, {1: R, 2: R, 3: R})])


# ---------------------------------------------------------------------------------------------
@case(67, "spices-noted-and-confirmed", "confirmation/en-IN",
      "Starts with 'Noted with thanks' like a mere acknowledgment, but goes on to confirm quantity, rates and delivery 29/01/2027 explicitly; a CoA date and curcumin 5% are noise.")
def c067():
    s = sup("MALABAR", "Malabar Spice Exports Pvt. Ltd.", "exports@malabarspice.example", "en-IN")
    p = po("4700220903", s, "tomas", "USD", "2026-11-09", [
        ln("MSE-TUR-FING", "Turmeric fingers, Alleppey, 5% curcumin, 25 kg bag", 1000, "KG", "2.35", "2027-01-29"),
        ln("MSE-CUM-99", "Cumin seed 99% purity, 25 kg bag", 500, "KG", "3.90", "2027-01-29"),
    ])
    assert wd("2027-01-29") == "Fri"
    new = ("Dear Sir,\n\n"
           "Noted with thanks. We confirm supply of both items as per your PO 4700220903 - quantity, rates and\n"
           "delivery on 29/01/2027 at your Venlo warehouse.\n\n"
           "Certificate of analysis for the turmeric lot (dated 02/11/2026) will be sent with the shipping\n"
           "documents. Proforma follows for your records.\n\n"
           "Thanks & Regards,\n"
           "Anil Kumar Nair\n"
           "Malabar Spice Exports Pvt. Ltd. | Willingdon Island, Kochi 682003 | +91 484 255 5071\n")
    name, email = BUYERS["tomas"]
    attrib = f"On Mon, 9 Nov 2026 at 14:10, {name} <{email}> wrote:"
    eml = gmail_reply(p, ("Anil Kumar Nair", "anil@malabarspice.example"), new, attrib, T("2026-11-10 11:26:44", 330),
                      "<CAL3rT9w_4bYxq0T2mVfLp7eH5sD1cUu8Zg3kNa6WjXoE9rB_2C@mail.gmail.example>",
                      "000000000000e4f92b0625eb1d05")
    return [p], eml, expected("confirmation", "'Noted with thanks' followed by an explicit commitment: all as ordered.",
                              [conf(p, {1: A, 2: A})])


# ---------------------------------------------------------------------------------------------
@case(68, "vetodis-arc-pdf-html-only", "confirmation/fr-FR",
      "HTML-only French ERP mail with a PDF 'accusé de réception' giving both Expédition and Livraison prévue dates, lot numbers and DLU expiry months, a price change and a short quantity.")
def c068():
    s = sup("VETODIS", "Vétodis Distribution SAS", "adv@vetodis.example", "fr-FR")
    p = po("4700220914", s, "ilse", "EUR", "2026-11-09", [
        ln("VD-AMOX-500-10", "Amoxicillin 500 mg tablets, box of 10 blisters", 50, "BOX", "18.90", "2026-12-03"),
        ln("VD-FLUN-50-100", "Flunixin 50 mg/ml injectable, 100 ml vial", 40, "EA", "21.60", "2026-12-03"),
        ln("VD-CTC-SPRAY", "Chlortetracycline spray 2.45%, 270 ml", 120, "EA", "8.75", "2026-12-03"),
    ])
    ops = [("tb", 40, 800, 14, "VETODIS DISTRIBUTION SAS"),
           ("t", 40, 786, 8, "ZI du Bois Joli, 44470 Carquefou - SIRET 512 884 301 00027 - Etablissement pharmaceutique"
                             " autorise"),
           ("tb", 40, 750, 13, "ACCUSE DE RECEPTION DE COMMANDE ARC-2026-11872"),
           ("t", 40, 734, 9, "Date : 10/11/2026    Votre commande : 4700220914 du 09/11/2026    Client : C-20417")]
    ops += pdf.table(40, 700, [0, 25, 105, 150, 285, 310, 355, 410, 470], [
        ["Pos", "Ref. client", "Notre ref.", "Designation", "Qte", "PU HT", "Expedition", "Livraison prevue",
         "Lot / DLU"],
        ["10", "VD-AMOX-500-10", "300417", "Amoxicilline 500 mg cp B/10", "50", "18,90", "01/12/2026", "03/12/2026",
         "L2609 / 09-2028"],
        ["20", "VD-FLUN-50-100", "300552", "Flunixine 50 mg/ml 100 ml", "40", "22,35", "01/12/2026", "03/12/2026",
         "F2611 / 06-2028"],
        ["30", "VD-CTC-SPRAY", "301110", "Chlortetracycline spray 270 ml", "96", "8,75", "08/12/2026",
         "10/12/2026", "C2601 / 12-2027"],
    ], size=7, lead=14)
    ops += [("t", 40, 630, 8, "Pos 30 : reliquat de 24 unites non livrable (rupture fabricant), solde annule."),
            ("t", 40, 618, 8, "Pos 20 : tarif fabricant au 01/11/2026."),
            ("t", 40, 606, 8, "Conditions : franco de port, paiement 45 jours fin de mois. Transport sous temperature"
                              " dirigee +15/+25 C.")]
    data = pdf.build([ops], compress=True, title="ARC-2026-11872", producer="Sage X3 / Crystal Reports",
                     creation="D:20261110071000+01'00'")
    html = ("<html><body style=\"font-family:Verdana;font-size:9pt\"><p>Madame, Monsieur,</p>"
            "<p>Veuillez trouver ci-joint notre accusé de réception de commande n° <b>ARC-2026-11872</b> "
            "relatif à votre commande <b>4700220914</b>.</p><p>Nous vous remercions de vérifier les quantités, prix et "
            "dates indiqués et de nous signaler toute anomalie sous 48 heures.</p>"
            "<p>Cordialement,<br>Service ADV<br>Vétodis Distribution SAS<br>Tél. 02 40 55 18 70</p>"
            "<p style=\"font-size:7pt;color:#888\">Ce message est généré automatiquement, merci de ne pas y répondre "
            "directement.</p></body></html>\n")
    body = mime.Multi("mixed", [mime.text(html, "html", "iso-8859-1", "quoted-printable"),
                                mime.attachment(data, "application/pdf", "ARC-2026-11872.pdf")],
                      "=_X3_mail_7a0c2e4b9f1d_=")
    name, email = BUYERS["ilse"]
    eml = mime.message(hdrs(mime.addr("ADV Vétodis", "adv-noreply@vetodis.example", "iso-8859-1", "Q"),
                            mime.addr(name, email), "Accusé de réception de commande ARC-2026-11872",
                            T("2026-11-10 07:10:44", 60), "<ARC-2026-11872.20261110071044@x3.vetodis.example>",
                            subj_charset="iso-8859-1", subj_enc="Q",
                            extra=[("Reply-To", "adv@vetodis.example"), ("Auto-Submitted", "auto-generated")]), body)
    return [p], eml, expected("confirmation",
                              "Livraison prévue wins over Expédition; pos 20 22,35; pos 30 96 units on 10/12/2026; "
                              "DLU months are expiry dates.",
                              [conf(p, {1: A, 2: chg(40, "22.35", "2026-12-03"), 3: chg(96, "8.75", "2026-12-10")})])


# ---------------------------------------------------------------------------------------------
@case(69, "desechables-precio-unitario-po-cajas", "confirmation/es-CO",
      "Colombian reply giving per-unit prices (USD 0,0215 c/u) for lines the PO prices per case of 1,000 or 2,000: prices must be scaled up to the case.")
def c069():
    s = sup("DESANDES", "Desechables Andinos S.A.S.", "ventas@desechablesandinos.example", "es-CO")
    p = po("4700220925", s, "maren", "USD", "2026-11-09", [
        ln("DA-VASO-7OZ", "Plastic cup 7 oz PP translucent, case of 1000", 60, "CS", "21.50", "2026-12-18"),
        ln("DA-KIT-CUB", "Cutlery kit fork/knife/napkin, case of 1000", 25, "CS", "48.00", "2026-12-18"),
        ln("DA-PIT-6-197", "Paper straw 6 x 197 mm, wrapped, case of 2000", 40, "CS", "19.80", "2026-12-18"),
    ])
    new = ("Buenos días Maren,\n\n"
           "Confirmamos su orden 4700220925 así:\n\n"
           "- Vaso 7 oz PP: 60 cajas x 1.000 und., precio USD 0,0215 por unidad, entrega 18 de diciembre.\n"
           "- Kit de cubiertos: 25 cajas x 1.000 und., precio USD 0,0495 por unidad (ajuste por resina),\n"
           "  entrega 18 de diciembre.\n"
           "- Pitillo de papel 6 x 197 mm: 40 cajas x 2.000 und., USD 0,0099 c/u, entrega 22 de diciembre.\n\n"
           "Cordialmente,\n"
           "Camila Restrepo\n"
           "Ejecutiva Comercial Internacional\n"
           "Desechables Andinos S.A.S. | Zona Franca Rionegro, Antioquia | +57 604 555 2190\n")
    name, email = BUYERS["maren"]
    attrib = f"El lun, 9 nov 2026 a las 4:02, {name} (<{email}>) escribió:"
    eml = gmail_reply(p, ("Camila Restrepo", "camila.restrepo@desechablesandinos.example"), new, attrib,
                      T("2026-11-11 08:33:12", -300),
                      "<CAH5tY2p_8mKx3Rq1WcT6nVf0Ld4sJe7uBo2ZgKa9XpMi5Qr3tYz@mail.gmail.example>",
                      "000000000000f1b83c0625eb6a11")
    return [p], eml, expected("confirmation",
                              "Per-unit prices x case size: 0,0215 x 1000 = 21.50 (same), 0,0495 x 1000 = 49.50, "
                              "0,0099 x 2000 = 19.80 (same) with 22 Dec.",
                              [conf(p, {1: A, 2: chg(25, "49.50", "2026-12-18"), 3: chg(40, "19.80", "2026-12-22")})])


# ---------------------------------------------------------------------------------------------
@case(70, "horeca-doorgestuurde-fabrieksbevestiging", "confirmation/nl-BE",
      "Belgian distributor forwards the Italian factory's ex-works confirmation (27/11, 04/12) and adds the delivery dates in Venlo on top (02/12, 09/12): delivery wins.")
def c070():
    s = sup("HORECAVL", "HoReCa Techniek Vlaanderen BV", "orders@horecatechniek.example", "nl-BE")
    p = po("4700220936", s, "ilse", "EUR", "2026-11-09", [
        ln("HTV-PIZZA-2K", "Pizza oven electric, 2 chambers, 4+4 pizzas 33 cm", 1, "EA", "3980.00", "2026-12-11"),
        ln("HTV-DOUGH-30", "Spiral dough mixer 30 l, 400 V", 1, "EA", "1640.00", "2026-12-11"),
    ])
    name, email = BUYERS["ilse"]
    new = ("Dag Ilse,\n\n"
           "Hieronder de bevestiging van de fabriek voor jullie bestelling 4700220936.\n"
           "Levering bij jullie in Venlo: pizzaoven op 02/12/2026, deegmenger op 09/12/2026.\n"
           "Prijzen blijven zoals besteld.\n\n"
           "Groeten,\n"
           "Lotte Peeters\n"
           "HoReCa Techniek Vlaanderen BV | Industriepark 12, 2440 Geel | 014 55 72 10\n")
    fwd = ("-----Oorspronkelijk bericht-----\n"
           "Van: Export Office <export@fornibergamo.example>\n"
           "Verzonden: dinsdag 10 november 2026 16:02\n"
           "Aan: Lotte Peeters <lotte@horecatechniek.example>\n"
           "Onderwerp: R: ordine HTV 2611-09 / Kestrel 4700220936\n\n"
           "Dear Lotte,\n\n"
           "we confirm your order 2611-09:\n"
           "- Electric pizza oven 2 chambers 4+4 x 33 cm: ex works 27/11/2026\n"
           "- Spiral mixer 30 l 400 V: ex works 04/12/2026\n\n"
           "Best regards\n"
           "Forni Bergamo S.r.l. - Export Office\n\n")
    hb = [("Van:", f"{name} <{email}>"), ("Verzonden:", long_date("nl", T("2026-11-09 09:50", 60))),
          ("Aan:", "orders@horecatechniek.example"), ("Onderwerp:", request_subject(p))]
    q = fwd + outlook_text("", hb, request_text(p)).lstrip("\n")
    txt = new + "\n" + q
    html = outlook_html(new, [("Van:", "Export Office <export@fornibergamo.example>"),
                              ("Verzonden:", "dinsdag 10 november 2026 16:02"),
                              ("Aan:", "Lotte Peeters <lotte@horecatechniek.example>"),
                              ("Onderwerp:", "R: ordine HTV 2611-09 / Kestrel 4700220936")],
                        fwd.split("\n\n", 1)[1] + outlook_text("", hb, request_text(p)).lstrip("\n"), "NL-BE")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "_000_AM8PR04MB7651B1C2D3E4F5A6B7C8D9E0AM8PR04MB7651eurp_")
    eml = mime.message(hdrs(mime.addr("Lotte Peeters", "lotte@horecatechniek.example"), mime.addr(name, email),
                            "FW: R: ordine HTV 2611-09 / Kestrel 4700220936", T("2026-11-11 09:05:38", 60),
                            "<AM8PR04MB7651B1C2D3E4F5A6B7C8D9E0@AM8PR04MB7651.eurprd04.prod.outlook.example>",
                            rid(p), rid(p), extra=[("Content-Language", "nl-BE")]), body)
    return [p], eml, expected("confirmation",
                              "Factory gives ex-works dates; the distributor's delivery dates (02/12, 09/12) win.",
                              [conf(p, {1: chg(1, "3980.00", "2026-12-02"), 2: chg(1, "1640.00", "2026-12-09")})])


# ---------------------------------------------------------------------------------------------
@case(71, "can-ends-answers-other-po", "confirmation/en-US",
      "Threaded on the request for one PO but answering only the other open PO, with prices per thousand and a split of the sleek ends into 120,000 + 30,000.")
def c071():
    s = sup("PACENDS", "Pacific Can Ends Corp.", "orders@pacificcanends.example", "en-US")
    pa = po("4700220947", s, "maren", "USD", "2026-11-05", [
        ln("PCE-END-206-GLD", "Can end 206 B64, aluminum, gold", 300000, "EA", "0.0298", "2026-12-18"),
    ])
    pb = po("4700220958", s, "maren", "USD", "2026-11-09", [
        ln("PCE-END-202-CDL", "Can end 202 CDL, silver", 400000, "EA", "0.0285", "2026-12-21"),
        ln("PCE-END-200-SLK", "Can end 200 CDL sleek, silver", 150000, "EA", "0.0279", "2026-12-21"),
    ])
    assert wd("2026-12-21") == "Mon" and wd("2027-01-11") == "Mon"
    new = ("Hi Maren,\n\n"
           "On 4700220958:\n\n"
           "202 CDL ends - 400,000 at $28.50/M, deliver 12/21.\n"
           "200 sleek ends - we can only do 120,000 by 12/21; the balance of 30,000 delivers 1/11. Price\n"
           "$27.90/M as ordered.\n\n"
           "Thanks,\n"
           "Marcus Oyelaran\n"
           "Customer Service | Pacific Can Ends Corp. | Vernon, CA | (323) 555-0184\n")
    eml = outlook_reply(pa, ("Marcus Oyelaran", "moyelaran@pacificcanends.example"), new, "en",
                        "Thursday, November 5, 2026 12:40 AM", T("2026-11-11 15:22:40", -480),
                        "<BN0PR08MB7033C4D5E6F7A8B9C0D1E2F3BN0PR08MB7033namp@BN0PR08MB7033.namprd08.prod.outlook.example>",
                        "_000_BN0PR08MB7033C4D5E6F7A8B9C0D1E2F3BN0PR08MB7033namp_", html_lang="EN-US")
    return [pa, pb], eml, expected("confirmation",
                                   "Reply threaded on PO 4700220947's request but answers only 4700220958; the first "
                                   "PO is not answered and is left out. Sleek ends 120,000 on 12/21 + 30,000 on 1/11/2027.",
                                   [conf(pb, {1: A, 2: chg(150000, "0.0279", "2027-01-11",
                                                           [(120000, "2026-12-21"), (30000, "2027-01-11")])})])


# ---------------------------------------------------------------------------------------------
@case(72, "latas-milheiro-paletes", "confirmation/pt-BR",
      "Brazilian reply with prices 'o milheiro' (per thousand), dot-thousands quantities and a pallet rounding to 251.160 cans (30 x 8.372).")
def c072():
    s = sup("LATASBR", "Latas do Brasil Embalagens S.A.", "vendas@latasdobrasil.example", "pt-BR")
    p = po("4700220969", s, "priya", "USD", "2026-11-06", [
        ln("LDB-LATA-350-CP", "Aluminum can 350 ml standard, printed 'Cerveja Praia'", 250000, "EA", "0.0985",
           "2027-01-22"),
        ln("LDB-TAMPA-202", "Can end 202 SOT, aluminum", 250000, "EA", "0.0330", "2027-01-22"),
    ])
    assert 30 * 8372 == 251160
    new = ("Prezada Priya,\n\n"
           "Confirmamos o pedido 4700220969:\n\n"
           "1) Latas 350 ml impressas 'Cerveja Praia': US$ 98,50 o milheiro. Como expedimos somente paletes\n"
           "   completos, a quantidade será de 251.160 latas (30 paletes de 8.372).\n"
           "2) Tampas 202 SOT: 250.000 unidades a US$ 34,20 o milheiro (reajuste do alumínio LME).\n\n"
           "Entrega em Venlo em 22/01/2027 para ambos os itens.\n\n"
           "Atenciosamente,\n"
           "Marcelo Teixeira\n"
           "Comercial Exportação - Latas do Brasil Embalagens S.A.\n"
           "Pouso Alegre - MG | +55 35 5555-0910\n")
    eml = outlook_reply(p, ("Marcelo Teixeira", "marcelo.teixeira@latasdobrasil.example"), new, "pt",
                        long_date("pt", T("2026-11-06 05:20", -180)), T("2026-11-10 17:02:31", -180),
                        "<CP2PR80MB4410E0F1A2B3C4D5E6F7A8B9CP2PR80MB4410lamp@CP2PR80MB4410.lamprd80.prod.outlook.example>",
                        "_000_CP2PR80MB4410E0F1A2B3C4D5E6F7A8B9CP2PR80MB4410lamp_", html_lang="PT-BR")
    return [p], eml, expected("confirmation",
                              "98,50/milheiro = 0.0985 (same) with 251,160 cans; ends 34,20/milheiro = 0.0342.",
                              [conf(p, {1: chg(251160, "0.0985", "2027-01-22"), 2: chg(250000, "0.0342", "2027-01-22")})])


# ---------------------------------------------------------------------------------------------
@case(73, "eatech-shiftjis-bunnou", "confirmation/ja-JP",
      "Shift_JIS reply with an order-acknowledgment table (項番 10/20/30, their part numbers beside ours) and one line split 30 + 30 (分納); 'Rc 3/8' and '0.3μm' are specs.")
def c073():
    s = sup("AIRTECH", "Airtech Seiki Co., Ltd.", "kaigai@airtech-seiki.example", "ja-JP")
    p = po("4700220970", s, "priya", "USD", "2026-11-06", [
        ln("ATS-AFF-4C", "Main line filter, Rc 3/8, 3 micron", 40, "EA", "38.00", "2026-12-18"),
        ln("ATS-AM-150C", "Mist separator, Rc 1/4, 0.3 micron", 60, "EA", "52.00", "2026-12-18"),
        ln("ATS-EL-AM150", "Replacement element for mist separator 150", 200, "EA", "9.60", "2026-12-18"),
    ])
    new = ("Kestrel Procurement Services B.V.\n"
           "購買部 Priya Raman 様\n\n"
           "平素は格別のご高配を賜り、厚く御礼申し上げます。\n"
           "ご注文 No.4700220970 につきまして、下記の通りお請けいたします。\n\n"
           "項番  貴社品番         弊社品番       数量   単価(USD)  納期\n"
           "10    ATS-AFF-4C       AFF4C-03C      40     38.00      2026/12/18\n"
           "20    ATS-AM-150C      AM150C-02      60     52.00      2026/12/18 30台 / 2027/01/15 30台（分納）\n"
           "30    ATS-EL-AM150     AM-EL150       200    9.60       2026/12/18\n\n"
           "※納期は貴社指定場所への納入日です。\n"
           "※項番20はフィルタエレメント（0.3μm）の部材不足により分納とさせていただきます。\n\n"
           "以上、よろしくお願い申し上げます。\n\n"
           "株式会社エアテック精機　海外営業課　山本 さくら\n"
           "TEL 06-6555-3021\n")
    name, email = BUYERS["priya"]
    txt = new + "\n" + "-----Original Message-----\n" + f"From: {name} <{email}>\nSent: Friday, November 6, 2026 5:20 PM\n" \
        f"To: kaigai@airtech-seiki.example\nSubject: {request_subject(p)}\n\n" + request_text(p)
    body = mime.text(txt, "plain", "shift_jis", "base64")
    eml = mime.message(hdrs(mime.addr("山本 さくら", "s.yamamoto@airtech-seiki.example", "shift_jis"),
                            mime.addr(name, email), "RE: " + request_subject(p), T("2026-11-11 10:45:09", 540),
                            "<000001dc5a2b$4c3d2e10$e4b78a30$@airtech-seiki.example>", rid(p), rid(p),
                            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")]), body)
    return [p], eml, expected("confirmation",
                              "Item 20 split 30 on 2026/12/18 and 30 on 2027/01/15; dates are delivery dates.",
                              [conf(p, {1: A, 2: chg(60, "52.00", "2027-01-15", [(30, "2026-12-18"), (30, "2027-01-15")]),
                                        3: A})])


# ---------------------------------------------------------------------------------------------
@case(74, "guarnizioni-pdf-prezzo-100-settimana", "confirmation/it-IT",
      "Italian ERP PDF 'Conferma d'ordine' with prices per 100 pieces and 'Sett. 50/2026' delivery weeks: week 50's Friday equals the requested date (accepted), week 51 and 15,20/100 are changes; O-ring sizes 50.47 x 3.53 look like prices.")
def c074():
    s = sup("GUARNBR", "Guarnizioni Brianza S.p.A.", "ordini@guarnizionibrianza.example", "it-IT")
    p = po("4700220980", s, "jonas", "EUR", "2026-11-09", [
        ln("GB-OR-50.47x3.53", "O-ring 50.47 x 3.53 mm, NBR 70", 3000, "EA", "0.058", "2026-12-11"),
        ln("GB-OR-21.89x2.62", "O-ring 21.89 x 2.62 mm, FKM 80", 1500, "EA", "0.145", "2026-12-11"),
        ln("GB-BR-PTFE-25", "Back-up ring PTFE 25 x 30 x 1.4 mm", 1000, "EA", "0.21", "2026-12-11"),
    ])
    assert kw(50) == "2026-12-11" and kw(51) == "2026-12-18"
    ops = [("tb", 40, 800, 14, "GUARNIZIONI BRIANZA S.p.A."),
           ("t", 40, 786, 8, "Via Valassina 220 - 20851 Lissone (MB) - P.IVA 02117840968 - Cap. Soc. EUR 1.200.000 i.v."),
           ("tb", 40, 750, 13, "CONFERMA D'ORDINE N. 26/OV/03318"),
           ("t", 40, 734, 9, "Data: 11/11/2026   Vs. ordine: 4700220980 del 09/11/2026   Cod. cliente: 004512")]
    ops += pdf.table(40, 700, [0, 30, 120, 210, 350, 400, 460], [
        ["Pos.", "Ns. codice", "Vs. codice", "Descrizione", "Q.ta", "Prezzo/100", "Consegna"],
        ["10", "OR-5047-353-N70", "GB-OR-50.47x3.53", "OR 50,47x3,53 NBR 70 nero", "3.000", "5,80", "Sett. 50/2026"],
        ["20", "OR-2189-262-V80", "GB-OR-21.89x2.62", "OR 21,89x2,62 FKM 80 verde", "1.500", "15,20", "Sett. 51/2026"],
        ["30", "BR-25-30-14-PT", "GB-BR-PTFE-25", "Anello antiestrusione PTFE 25x30x1,4", "1.000", "21,00",
         "11/12/2026"],
    ], size=8)
    ops += [("t", 40, 620, 8, "Resa: DAP Venlo. Pagamento: RiBa 60 gg d.f.f.m. Prezzi per 100 pezzi, IVA esclusa."),
            ("t", 40, 608, 8, "Consegna: settimana indicata = settimana di arrivo presso il cliente."),
            ("t", 40, 596, 8, "Mescole conformi a REACH / RoHS. Certificato 2.2 EN 10204 su richiesta.")]
    data = pdf.build([ops], compress=True, title="Conferma ordine 26/OV/03318", producer="Zucchetti Ad Hoc Revolution",
                     creation="D:20261111091500+01'00'")
    txt = ("Spett.le Kestrel Procurement Services,\n\n"
           "in allegato la ns. conferma d'ordine n. 26/OV/03318 relativa al Vs. ordine 4700220980.\n"
           "Vi preghiamo di controllarla e di segnalarci eventuali discrepanze.\n\n"
           "Distinti saluti\n"
           "Ufficio Vendite - Guarnizioni Brianza S.p.A.\n"
           "Tel. +39 039 555 7410\n")
    body = mime.Multi("mixed", [mime.text(txt, "plain", "iso-8859-1", "quoted-printable"),
                                mime.attachment(data, "application/pdf", "CO_26-OV-03318.pdf")],
                      "----=_NextPart_000_0042_01DC5A2B.7E3F1A20")
    name, email = BUYERS["jonas"]
    eml = mime.message(hdrs(mime.addr("Ufficio Vendite Guarnizioni Brianza", "vendite@guarnizionibrianza.example"),
                            mime.addr(name, email), "Conferma d'ordine 26/OV/03318 - Vs. ordine 4700220980",
                            T("2026-11-11 09:16:02", 60), "<000801dc5a2b$7e3f1a20$7abd4e60$@guarnizionibrianza.example>",
                            extra=[("X-Mailer", "Microsoft Outlook 16.0")]), body)
    return [p], eml, expected("confirmation",
                              "Pos 10 5,80/100 = 0.058 and Sett. 50 = Fri 2026-12-11 -> accepted; pos 20 15,20/100 = "
                              "0.152 and Sett. 51 = 2026-12-18; pos 30 as ordered.",
                              [conf(p, {1: A, 2: chg(1500, "0.152", "2026-12-18"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(75, "gasovi-stavka-2-bez-odgovora", "confirmation/sr-RS",
      "Serbian (Latin) reply confirming items 1 and 3 by number and saying nothing about item 2, which stays unconfirmed.")
def c075():
    s = sup("ZAVPLUS", "Zavarivanje Plus d.o.o.", "prodaja@zavarivanjeplus.example", "sr-RS")
    p = po("4700220991", s, "tomas", "EUR", "2026-11-09", [
        ln("ZP-CO2-40", "CO2, 40 l cylinder, filling", 10, "CYL", "22.00", "2026-12-04"),
        ln("ZP-AR50-50", "Argon 5.0, 50 l cylinder, filling", 6, "CYL", "44.00", "2026-12-04"),
        ln("ZP-MIX-8218", "Mix Ar/CO2 82/18, 50 l cylinder, filling", 12, "CYL", "47.00", "2026-12-04"),
    ])
    new = ("Poštovani gospodine Ferreira,\n\n"
           "potvrđujemo stavke 1 i 3 Vaše porudžbine 4700220991: CO2 10 boca i mešavinu Ar/CO2 82/18 12 boca,\n"
           "po cenama iz porudžbine, isporuka 04.12.2026.\n\n"
           "Srdačan pozdrav,\n"
           "Milica Jovanović\n"
           "Prodaja | Zavarivanje Plus d.o.o. | Autoput za Zagreb 41, 11070 Novi Beograd | +381 11 555 4420\n")
    name, email = BUYERS["tomas"]
    attrib = f"pon, 9. nov 2026. u 10:12 {name} <{email}> je napisao/la:"
    eml = gmail_reply(p, ("Milica Jovanović", "milica@zavarivanjeplus.example"), new, attrib,
                      T("2026-11-10 13:58:21", 60),
                      "<CAD7wQ1n_3kLx9Rp6YcT2mVf4Hd8sJe5uGo0ZaNi7BqMw1Tx6vKh@mail.gmail.example>",
                      "000000000000a9c57e0625eb8b42")
    return [p], eml, expected("confirmation", "Items 1 and 3 confirmed; item 2 (argon) not mentioned -> unconfirmed.",
                              [conf(p, {1: A, 2: U, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(76, "archival-after-reminder-weekdays", "confirmation/en-GB",
      "Reply to our reminder quoting both the reminder ('please confirm by 13/11') and the original PO; new dates given as 'Wednesday 9th' and 'Wednesday 16th' without month or year.")
def c076():
    s = sup("THAMESARC", "Thames Archival Products Ltd", "sales@thamesarchival.example", "en-GB")
    p = po("4700221002", s, "maren", "GBP", "2026-11-02", [
        ln("TAP-BOX-FOLIO", "Folio box, 4-flap, archival board 1.4 mm", 250, "EA", "4.60", "2026-12-04"),
        ln("TAP-SLV-A3-75", "Polyester sleeve A3, 75 micron", 500, "EA", "0.88", "2026-12-04"),
        ln("TAP-TYVEK-TAG", "Tyvek tag labels 110 x 55 mm, pack of 100", 20, "PK", "12.40", "2026-12-04"),
    ])
    assert wd("2026-12-09") == "Wed" and wd("2026-12-16") == "Wed"
    name, email = BUYERS["maren"]
    reminder_id = "<ackreq-4700221002-20261109-r1@mail.kestrel-procurement.example>"
    reminder = ("Dear Thames Archival team,\n\n"
                "We have not yet received your confirmation of PO 4700221002 sent on 02/11/2026.\n"
                "Please confirm by 13/11 at the latest, as our client needs the boxes before the 4th.\n\n"
                "Kind regards\nMaren Lindqvist\n")
    new = ("Hi Maren,\n\n"
           "Apologies for the slow reply - our board delivery was held up. All three lines confirmed at PO\n"
           "prices and quantities; the folio boxes and A3 sleeves will be with you on Wednesday 9th, the Tyvek\n"
           "tags a week later on Wednesday 16th.\n\n"
           "Best wishes,\n"
           "Fiona McAllister\n"
           "Thames Archival Products Ltd | Unit 12, Riverside Way, Reading RG1 8DE | 0118 555 2047\n")
    hb1 = [("From:", f"{name} <{email}>"), ("Sent:", "09 November 2026 16:30"),
           ("To:", "sales@thamesarchival.example"), ("Subject:", "REMINDER: " + request_subject(p))]
    hb2 = [("From:", f"{name} <{email}>"), ("Sent:", "02 November 2026 09:12"),
           ("To:", "sales@thamesarchival.example"), ("Subject:", request_subject(p))]
    quoted = reminder + "\n" + outlook_text("", hb2, request_text(p)).lstrip("\n")
    txt = outlook_text(new, hb1, quoted)
    html = outlook_html(new, hb1, quoted, "EN-GB")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "_000_CWLP265MB3218A9B8C7D6E5F40312A1B2CWLP265MB3218GBRP_")
    eml = mime.message(hdrs(mime.addr("Fiona McAllister", "fiona@thamesarchival.example"), mime.addr(name, email),
                            "RE: REMINDER: " + request_subject(p), T("2026-11-11 12:03:55", 0),
                            "<CWLP265MB3218A9B8C7D6E5F40312A1B2@CWLP265MB3218.GBRP265.PROD.OUTLOOK.example>",
                            reminder_id, f"{rid(p)} {reminder_id}", extra=[("Content-Language", "en-GB")]), body)
    return [p], eml, expected("confirmation",
                              "'Wednesday 9th' / 'Wednesday 16th' after an 11 Nov mail = 9 and 16 Dec 2026 (the next "
                              "9th and 16th falling on a Wednesday); 13/11 is our reminder deadline.",
                              [conf(p, {1: chg(250, "4.60", "2026-12-09"), 2: chg(500, "0.88", "2026-12-09"),
                                        3: chg(20, "12.40", "2026-12-16")})])


# ---------------------------------------------------------------------------------------------
@case(77, "fiskekroge-pr-1000-uge-2", "confirmation/da-DK",
      "Danish reply pricing hooks per 1000 pieces ('pr. 1000 stk'), with '11.12.' without year and 'uge 2' (week 2 of 2027, Friday).")
def c077():
    s = sup("NORDSOE", "Nordsø Fiskegrej ApS", "salg@nordsoefiskegrej.example", "da-DK")
    p = po("4700221013", s, "ilse", "EUR", "2026-11-10", [
        ln("NFG-KROG-1/0", "Baitholder hook 1/0, bronze", 10000, "EA", "0.034", "2026-12-11"),
        ln("NFG-KROG-4", "Aberdeen hook #4, gold", 5000, "EA", "0.029", "2026-12-11"),
        ln("NFG-SNAP-2", "Duo-lock snap #2, black", 3000, "EA", "0.047", "2026-12-11"),
    ])
    assert kw(2, 2027) == "2027-01-15" and next_md(12, 11, "2026-11-12") == "2026-12-11"
    new = ("Hej Ilse\n\n"
           "Tak for ordren. Vi bekræfter:\n\n"
           "Kroge 1/0 bronze: 10.000 stk, pris 34,00 EUR pr. 1000 stk, levering 11.12.\n"
           "Kroge nr. 4 guld: 5.000 stk, pris 31,50 EUR pr. 1000 stk (ny pris fra fabrikken), levering uge 2.\n"
           "Snaplåse nr. 2: 3.000 stk à 0,047 EUR, levering 11.12.\n\n"
           "Venlig hilsen\n"
           "Rasmus Kjær\n"
           "Nordsø Fiskegrej ApS | Havnevej 8, 6700 Esbjerg | +45 75 55 13 40\n")
    eml = outlook_reply(p, ("Rasmus Kjær", "rasmus@nordsoefiskegrej.example"), new, "da",
                        "10. november 2026 09:40", T("2026-11-12 10:20:17", 60),
                        "<AS4PR07MB8830D2E3F4A5B6C7D8E9F0A1AS4PR07MB8830eurp@AS4PR07MB8830.eurprd07.prod.outlook.example>",
                        "_000_AS4PR07MB8830D2E3F4A5B6C7D8E9F0A1AS4PR07MB8830eurp_", html_lang="DA", prefix="SV: ",
                        charset="iso-8859-1")
    return [p], eml, expected("confirmation",
                              "34,00/1000 = 0.034 (same); hooks #4 31,50/1000 = 0.0315 in uge 2 = 2027-01-15.",
                              [conf(p, {1: A, 2: chg(5000, "0.0315", "2027-01-15"), 3: A})])


# ---------------------------------------------------------------------------------------------
@case(78, "emballages-solde-annule", "confirmation/fr-FR",
      "French reply: one line only 12 of 20 cartons with the balance cancelled (end of series), one new price; an offer validity date and '45 jours fin de mois' are noise.")
def c078():
    s = sup("EMBPROV", "Emballages Restauration Provence SARL", "commandes@emballages-provence.example", "fr-FR")
    p = po("4700221024", s, "ilse", "EUR", "2026-11-10", [
        ln("ERP-BOX-BURG", "Kraft burger box 12 x 12 x 8 cm, carton of 500", 24, "CS", "39.00", "2026-12-07"),
        ln("ERP-SOUP-12", "Kraft soup cup 12 oz with lid, carton of 500", 20, "CS", "52.00", "2026-12-07"),
        ln("ERP-BAG-32", "Kraft bag with handles 32 x 17 x 25 cm, carton of 250", 16, "CS", "31.50", "2026-12-07"),
    ])
    assert wd("2026-12-07") == "Mon"
    new = ("Bonjour Madame Vandamme,\n\n"
           "Merci pour votre commande 4700221024. Voici notre confirmation :\n\n"
           "• Boîtes burger kraft 12x12x8 : 24 cartons à 39,00 €, livraison lundi 7 décembre.\n"
           "• Pots à soupe 12 oz avec couvercle : nous n'avons plus que 12 cartons, livrés également le 7 décembre ;\n"
           "  le solde de 8 cartons est annulé (article en fin de série, plus fabriqué).\n"
           "• Sacs kraft à poignées 32x17x25 : 16 cartons à 33,10 € (nouveau tarif papier), livraison lundi 7 décembre.\n\n"
           "Conditions inchangées : franco à partir de 800 € HT, paiement à 45 jours fin de mois. Notre offre\n"
           "n° 2026-318 reste valable jusqu'au 31/12/2026 pour vos prochaines commandes.\n\n"
           "Bien à vous,\n"
           "Sophie Marchetti\n"
           "ADV - Emballages Restauration Provence\n"
           "ZI Les Paluds, 13400 Aubagne - 04 42 55 30 18\n")
    eml = outlook_reply(p, ("Sophie Marchetti", "s.marchetti@emballages-provence.example"), new, "fr",
                        long_date("fr", T("2026-11-10 10:02", 60)), T("2026-11-12 11:47:03", 60),
                        "<PR0P264MB2391A3B4C5D6E7F8091A2B3CPR0P264MB2391FRAP@PR0P264MB2391.FRAP264.PROD.OUTLOOK.example>",
                        "_000_PR0P264MB2391A3B4C5D6E7F8091A2B3CPR0P264MB2391FRAP_", html_lang="FR")
    return [p], eml, expected("confirmation",
                              "Soup cups 12 cartons (balance cancelled); bags 33,10 €; offer validity 31/12/2026 is noise.",
                              [conf(p, {1: A, 2: chg(12, "52.00", "2026-12-07"), 3: chg(16, "33.10", "2026-12-07")})])


# ---------------------------------------------------------------------------------------------
@case(79, "kippbratpfanne-0501-ohne-jahr", "confirmation/de-DE",
      "Thunderbird reply giving '05.01.' without year (next such date after a November mail = 2027-01-05) and a stainless surcharge price '1.245,00 €'; '80 l', '150 l' and '1600 x 700' are specs.")
def c079():
    s = sup("GKTHANSE", "Großküchen Technik Hanse GmbH", "auftrag@gkt-hanse.example", "de-DE")
    p = po("4700221035", s, "jonas", "EUR", "2026-11-10", [
        ln("GTH-KIPP-80", "Tilting bratt pan 80 l, electric", 1, "EA", "9860.00", "2026-12-18"),
        ln("GTH-KESSEL-150", "Boiling kettle 150 l, indirect heating", 1, "EA", "11240.00", "2026-12-18"),
        ln("GTH-SPUEL-2B", "Double sink unit 1600 x 700 mm, stainless", 2, "EA", "1180.00", "2026-12-18"),
    ])
    sent = "2026-11-12"
    assert next_md(1, 5, sent) == "2027-01-05" and next_md(12, 18, sent) == "2026-12-18"
    new = ("Moin Herr Becker,\n\n"
           "zu Ihrer Bestellung 4700221035:\n\n"
           "- Kippbratpfanne 80 l: Liefertermin 05.01., Preis wie bestellt\n"
           "- Kochkessel 150 l: wie bestellt, Liefertermin 18.12.\n"
           "- Spültische 1600 x 700: 2 Stück zum 18.12., allerdings zu 1.245,00 € je Stück (Edelstahlzuschlag)\n\n"
           "Viele Grüße aus Hamburg\n"
           "Jan Petersen\n"
           "Großküchen Technik Hanse GmbH | Billstraße 112 | 20539 Hamburg | 040 555 781-22\n")
    name, email = BUYERS["jonas"]
    txt = new + "\n" + f"Am 10.11.2026 um 09:12 schrieb {name}:\n" + quote(request_text(p))
    body = mime.text(txt, "plain", "UTF-8", "8bit", flowed=True)
    eml = mime.message(hdrs(mime.addr("Jan Petersen", "j.petersen@gkt-hanse.example"), mime.addr(name, email),
                            "Re: " + request_subject(p), T(f"{sent} 16:20:44", 60),
                            "<f3a91c2e-6b4d-4e70-9d18-5c2a7e0b4f91@gkt-hanse.example>", rid(p), rid(p),
                            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]), body)
    return [p], eml, expected("confirmation",
                              "05.01. without year -> 2027-01-05; sinks 1245.00; kettle as ordered.",
                              [conf(p, {1: chg(1, "9860.00", "2027-01-05"), 2: A, 3: chg(2, "1245.00", "2026-12-18")})])


# ---------------------------------------------------------------------------------------------
@case(80, "audiology-components-early-us-date", "confirmation/en-US",
      "US reply delivering two lines early on '12/01' (month-first: 1 December); part names '0402 100nF 16V', 'EM-23' and 'M2-90, 90 dB' contain numbers that look like dates and quantities.")
def c080():
    s = sup("MIDWAUD", "Midwest Audiology Components Inc.", "orders@midwestaudio.example", "en-US")
    p = po("4700221046", s, "ilse", "USD", "2026-11-10", [
        ln("MAC-CAP-0402", "Capacitor 0402 100nF 16V X7R, reel of 10000", 4, "REEL", "38.00", "2026-12-04"),
        ln("MAC-MIC-EM23", "Electret microphone EM-23, omni", 500, "EA", "3.85", "2026-12-04"),
        ln("MAC-RCV-M2-90", "Receiver M2-90, 90 dB", 300, "EA", "11.20", "2026-12-04"),
    ])
    assert wd("2026-12-01") == "Tue"
    new = ("Hi Ilse,\n\n"
           "All three lines confirmed at PO pricing. We can actually get the 0402 caps and the EM-23 mics to\n"
           "you early - delivery 12/01. The M2-90 receivers will deliver 12/04 as requested.\n\n"
           "Best regards,\n"
           "Jenna Kowalski\n"
           "Order Administration | Midwest Audiology Components Inc.\n"
           "2210 Enterprise Dr, Eden Prairie, MN 55344 | (952) 555-0163\n")
    eml = outlook_reply(p, ("Jenna Kowalski", "jkowalski@midwestaudio.example"), new, "en",
                        "Tuesday, November 10, 2026 2:55 AM", T("2026-11-12 09:31:16", -360),
                        "<MN2PR14MB4012B5C6D7E8F9A0B1C2D3E4MN2PR14MB4012namp@MN2PR14MB4012.namprd14.prod.outlook.example>",
                        "_000_MN2PR14MB4012B5C6D7E8F9A0B1C2D3E4MN2PR14MB4012namp_", html_lang="EN-US")
    return [p], eml, expected("confirmation",
                              "en-US 12/01 = 1 December 2026 for lines 1-2; receivers 12/04 as requested.",
                              [conf(p, {1: chg(4, "38.00", "2026-12-01"), 2: chg(500, "3.85", "2026-12-01"), 3: A})])
