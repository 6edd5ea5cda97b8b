"""Cases 001-020."""
from aclib import mime
from aclib.mail import (buyer_addr, gmail_alt, headers, outlook_alt, outlook_header_block, paras_html,
                        request_text)
from aclib.pdf import Sheet, make_pdf
from aclib.po import (BUYERS, D, acc, chg, conf, next_on_or_after, per, pct, po, rej, rfc_date, unc,
                      wd, week_day)
from aclib.registry import case


def _req_subject(p):
    return f"Order acknowledgment request: PO {p['po_number']}"


# ---------------------------------------------------------------------------
@case(1, "bakery-flour-outlook-all-ok", "en-GB",
      "Plain 'all confirmed' with the delivery day named only as 'Monday 7th', while the quoted request below repeats every requested date and pack sizes (25 kg, 500 g, 10 kg) sit beside the quantities.")
def c001():
    sup = ("WHITMORE", "Whitmore Milling Ltd", "orders@whitmore-milling.example", "en-GB")
    p = po("4700231845", sup, "mara", "2026-11-02", [
        ("FLR-T550-25", "Wheat flour type 550, 25 kg sack", 240, "SAC", "14.20", "2026-12-07"),
        ("YST-FRESH-500", "Fresh yeast block 500 g", 400, "EA", "1.12", "2026-12-07"),
        ("MRG-BLK-10", "Bakery margarine block 10 kg", 60, "EA", "21.75", "2026-12-07"),
    ], currency="GBP")
    wd("2026-12-07", "Mon")
    body = ("Morning Mara,\n\n"
            "Thanks for the order. All three lines are confirmed as per your PO - quantities and prices as you have them - "
            "and it goes out on our usual Monday run, so you'll have it Monday 7th December.\n\n"
            "The yeast will carry a minimum of 21 days' shelf life on arrival, and the margarine is the 10 kg block as before "
            "(not the 12.5 kg we trialled in September).\n\n"
            "Kind regards,\n\nGareth Pryce\nSales Office | Whitmore Milling Ltd\nT: 01633 482 910\n"
            "Whitmore Milling Ltd, Registered in England & Wales No. 04418236. VAT GB 291 4470 18")
    qp, qh = outlook_header_block("en", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-02", "08:15",
                                  "orders@whitmore-milling.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_DB9PR02MB7311A0C4E2B1F8D94A3E2C71DB9PR02MB7311eurp_",
                      lang_attr="EN-GB")
    hs = headers(mime.addr("Gareth Pryce", "orders@whitmore-milling.example"), buyer_addr("mara"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-03", "09:41:07", "+0000"),
                 "<DB9PR02MB7311A0C4E2B1F8D94A3E2C71@DB9PR02MB7311.eurprd02.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Thread-Index", "AdtN3kq7YpR2cXw9Q0e8bVt4mZ1F6A=="),
                        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="All lines confirmed as ordered; 'Monday 7th December' equals the requested 2026-12-07. "
                     "21 days shelf life, 10 kg / 12.5 kg and the quoted requested dates are distractors.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(2, "wind-bearing-kw-surcharge", "de-DE",
      "German Thunderbird reply with decimal-comma prices in the thousands (19.280,00), calendar weeks KW 3/2027 and KW 2/2027 without a day, and bearing designations full of numbers (24152 CCK30/W33, NU 2336).")
def c002():
    sup = ("RHEINLAGER", "Rheinlager Antriebstechnik GmbH", "vertrieb@rheinlager.example", "de-DE")
    p = po("4700232017", sup, "jonas", "2026-11-03", [
        ("BRG-24152-CCK30", "Spherical roller bearing 24152 CCK30/W33 (main bearing WTG)", 2, "EA", "18450.00", "2027-01-15"),
        ("BRG-NU2336", "Cylindrical roller bearing NU 2336 ECMA/C3", 4, "EA", "3920.00", "2027-01-15"),
        ("SEAL-V-1600", "V-ring seal 1600 A", 8, "EA", "212.40", "2027-01-15"),
    ])
    d1 = week_day(2027, 3)
    d2 = week_day(2027, 2)
    assert d2 == D("2027-01-15") and d1 == D("2027-01-22")
    body = ("Sehr geehrter Herr Petrak,\n\n"
            "vielen Dank für Ihre Bestellung 4700232017 vom 03.11.2026, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  24152 CCK30/W33   2 St.   19.280,00 EUR/St.   Liefertermin KW 3/2027\n"
            "        (inkl. Materialteuerungszuschlag Stahl, siehe unser Schreiben vom 01.10.2026)\n"
            "Pos. 2  NU 2336 ECMA/C3   4 St.    3.920,00 EUR/St.   Liefertermin KW 2/2027\n"
            "Pos. 3  V-Ring 1600 A     8 St.      212,40 EUR/St.   Liefertermin KW 2/2027\n\n"
            "Lieferbedingung: DAP Husum, Zahlung 30 Tage netto. Die Lager werden in Holzkisten (ca. 1.150 kg) verpackt "
            "geliefert, bitte Stapler mit mind. 2,5 t bereitstellen.\n\n"
            "Mit freundlichen Grüßen\n\nKatrin Vössing\nInnendienst Großlager\n"
            "Rheinlager Antriebstechnik GmbH | Hafenstraße 41 | 47119 Duisburg\n"
            "Tel. +49 203 7790-214\nAmtsgericht Duisburg HRB 18842 | Geschäftsführer: Dr. Uwe Brandes\n")
    quoted = request_text([p], "jonas", greeting="Dear Ms Vössing,")
    plain = (body + "\nAm 03.11.2026 um 08:15 schrieb Jonas Petrak:\n" + mime.quote_lines(quoted) + "\n")
    part = mime.text(plain, "plain", "utf-8", "8bit", params="; format=flowed")
    hs = headers(mime.addr("Katrin Vössing", "vertrieb@rheinlager.example"), buyer_addr("jonas"),
                 "Re: " + _req_subject(p) + " / AB 26-41187", rfc_date("2026-11-05", "16:42:19", "+0100"),
                 "<7b0e5c1a-93f2-4d8e-b1aa-2c6d0f4e9a13@rheinlager.example>", p["request_message_id"],
                 p["request_message_id"],
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
                        ("Content-Language", "de-DE")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, price="19280.00", date=d1), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="KW 3/2027 -> Friday 2027-01-22; KW 2/2027 -> Friday 2027-01-15 = requested. Line 1 price "
                     "19.280,00 (German thousands dot). 1.150 kg crate weight, 2,5 t, 30 Tage, 01.10.2026 are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(3, "stationery-percent-one-line", "fr-FR",
      "French Outlook HTML reply applying '+4 %' to the paper line only, in a sentence; the 80 g/m² grammage, 500-sheet reams and '30 jours fin de mois' must not be read as values.")
def c003():
    sup = ("DELORME", "Papeteries Delorme SAS", "adv@papeteries-delorme.example", "fr-FR")
    p = po("4700232105", sup, "amelie", "2026-11-04", [
        ("STA-A4-80-500", "Copy paper A4 80 g/m2, ream of 500 sheets", 200, "RM", "3.85", "2026-11-27"),
        ("STA-BALL-BLUE-50", "Ballpoint pen blue, box of 50", 30, "BX", "11.40", "2026-11-27"),
        ("STA-LAF-A4-75", "Lever arch file A4, 75 mm spine", 120, "EA", "2.10", "2026-11-27"),
    ])
    wd("2026-11-27", "Fri")
    body = ("Bonjour Madame Durand,\n\n"
            "Nous vous remercions pour votre commande n° 4700232105.\n\n"
            "Suite à la nouvelle hausse de nos fournisseurs de pâte à papier, nous sommes contraints d'appliquer une "
            "majoration de 4 % sur la ligne 1 (ramettes A4 80 g/m²). Les lignes 2 et 3 restent au prix de votre commande.\n\n"
            "L'ensemble de la commande (200 ramettes, 30 boîtes de stylos, 120 classeurs) vous sera livré le vendredi 27/11.\n\n"
            "Conditions de règlement inchangées : 30 jours fin de mois.\n\n"
            "Bien cordialement,\n\nNathalie Berthier\nAdministration des ventes\nPapeteries Delorme SAS - 12 rue des Tanneurs - 69007 Lyon\n"
            "Tél. : +33 4 78 61 22 40")
    qp, qh = outlook_header_block("fr", "Amélie Durand <amelie.durand@halden-group.example>", "2026-11-04", "08:15",
                                  "adv@papeteries-delorme.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "amelie"), "_000_PR1P264MB2210F7A1B8C3D4E5F6A7B8C9PR1P264MB2210FRAP_",
                      charset="iso-8859-1", lang_attr="FR")
    hs = headers(mime.addr("Nathalie Berthier", "adv@papeteries-delorme.example"), buyer_addr("amelie"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-06", "10:03:55", "+0100"),
                 "<PR1P264MB2210F7A1B8C3D4E5F6A7B8C9@PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "fr-FR")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, price=pct("3.85", "4")), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="+4 % on line 1 only: 3.85 * 1.04 = 4.004. Date 27/11 without year = 2026-11-27 as requested.")
    assert exp["confirmations"][0]["lines"]["1"]["unit_price"] == "4.004"
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(4, "hvac-spiral-duct-bar-rounding", "it-IT",
      "Italian reply rounding the metre quantity of spiral duct up to whole 3 m bars (34 bars = 102 m) while grille sizes like 400x200 and Ø250 look like quantities.")
def c004():
    sup = ("AERBRI", "Aeraulica Brianza S.r.l.", "ordini@aeraulica-brianza.example", "it-IT")
    p = po("4700232230", sup, "tomas", "2026-11-04", [
        ("DCT-SPR-250", "Spiral duct galvanised Ø250 mm", 100, "M", "9.80", "2026-12-11"),
        ("GRL-400x200-AL", "Return air grille aluminium 400x200", 36, "EA", "27.50", "2026-12-11"),
        ("DMP-250-MAN", "Balancing damper Ø250, manual", 12, "EA", "41.00", "2026-12-11"),
    ])
    wd("2026-12-11", "Fri")
    body = ("Buongiorno sig. Ortega,\n\n"
            "confermiamo il Vs. ordine 4700232230 con la seguente precisazione:\n\n"
            "- riga 1: il tubo spiralato Ø250 viene fornito esclusivamente in barre da 3 m, per cui arrotondiamo a 34 barre = 102 m, "
            "prezzo invariato 9,80 EUR/m;\n"
            "- righe 2 (griglie 400x200, 36 pz) e 3 (serrande Ø250, 12 pz) confermate come da ordine.\n\n"
            "Consegna di tutto il materiale entro venerdì 11/12 presso il Vs. magazzino di Verona.\n\n"
            "Cordiali saluti\n\nElisa Brambilla\nUfficio Commerciale\nAeraulica Brianza S.r.l. - Via Milano 118 - 20841 Carate Brianza (MB)\n"
            "P.IVA 02894410963")
    qp, qh = outlook_header_block("it", "Tomás Ortega <tomas.ortega@halden-group.example>", "2026-11-04", "08:15",
                                  "ordini@aeraulica-brianza.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "tomas"), "_000_AS8P190MB1432C2D9E0F1A2B3C4D5E6F7AS8P190MB1432EURP_",
                      lang_attr="IT")
    hs = headers(mime.addr("Elisa Brambilla", "ordini@aeraulica-brianza.example"), buyer_addr("tomas"),
                 "R: " + _req_subject(p), rfc_date("2026-11-09", "11:27:40", "+0100"),
                 "<AS8P190MB1432C2D9E0F1A2B3C4D5E6F7@AS8P190MB1432.EURP190.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "it-IT")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, qty=102), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="Line 1 rounded up to 34 bars of 3 m = 102 m at the same price per metre; 11/12 without year = 2026-12-11.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(5, "pharma-excipient-erp-pdf-drums", "es-ES",
      "Spanish ERP PDF acknowledgment with its own positions 10/20/30 and item codes, quantities as 1.000,000 KG, a drum-size rounding and a later date on one position, surrounded by retest dates, GMP certificate validity and payment days.")
def c005():
    sup = ("EXCIBER", "Excipientes Ibéricos S.A.", "pedidos@excipientes-ibericos.example", "es-ES")
    p = po("4700232311", sup, "priya", "2026-11-05", [
        ("EXC-MCC-102", "Microcrystalline cellulose PH-102, Ph. Eur.", 1000, "KG", "6.40", "2026-12-14"),
        ("EXC-MGST-VEG", "Magnesium stearate, vegetable origin, Ph. Eur.", 150, "KG", "14.90", "2026-12-14"),
        ("EXC-LAC-MH200", "Lactose monohydrate 200 mesh", 800, "KG", "3.15", "2026-12-14"),
    ])
    s = Sheet()
    s.text("EXCIPIENTES IBÉRICOS S.A.", 14, "F2").text("Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 22 - 46988 Paterna (Valencia)", 8)
    s.text("CIF A-46218873  ·  Certificado GMP nº ES/118/26 válido hasta 31.03.2028", 8).gap(10)
    s.text("CONFIRMACIÓN DE PEDIDO  Nº 2026-CV-018842", 13, "F2")
    s.row([(50, "Fecha:"), (160, "09.11.2026"), (320, "Cliente:"), (400, "11870 HALDEN GROUP AB")])
    s.row([(50, "Su pedido:"), (160, "4700232311 de 05.11.2026"), (320, "Incoterm:"), (400, "DAP Göteborg")])
    s.row([(50, "Pago:"), (160, "60 días fecha factura"), (320, "Contacto:"), (400, "Lucía Ferrer")]).gap(6).rule()
    s.row([(50, "Pos."), (80, "Artículo"), (150, "Su ref."), (250, "Cantidad"), (330, "Precio"), (400, "Importe"), (470, "Fecha entrega")], 9, "F2").rule()
    s.row([(50, "10"), (80, "EI-40210"), (150, "EXC-MCC-102"), (250, "1.000,000 KG"), (330, "6,40 EUR/KG"), (400, "6.400,00"), (470, "14.12.2026")])
    s.row([(80, "Celulosa microcristalina PH-102 Ph. Eur. - 40 bidones de 25 kg")], 8)
    s.row([(50, "20"), (80, "EI-51877"), (150, "EXC-MGST-VEG"), (250, "160,000 KG"), (330, "14,90 EUR/KG"), (400, "2.384,00"), (470, "14.12.2026")])
    s.row([(80, "Estearato de magnesio vegetal - envase 20 kg: 8 bidones (cantidad ajustada a envase completo)")], 8)
    s.row([(50, "30"), (80, "EI-30355"), (150, "EXC-LAC-MH200"), (250, "800,000 KG"), (330, "3,15 EUR/KG"), (400, "2.520,00"), (470, "21.12.2026")])
    s.row([(80, "Lactosa monohidrato 200 mesh - 32 sacos de 25 kg - lote previsto 2611-L7, fecha de reanálisis 10/2029")], 8)
    s.rule().row([(330, "Total neto"), (400, "11.304,00 EUR")], 9, "F2").gap(14)
    s.text("Los certificados de análisis (CoA) acompañan a cada lote. Fecha de caducidad / reanálisis según CoA.", 8)
    s.text("Documento generado automáticamente - no requiere firma.", 8)
    pdf = make_pdf([s.ops], compress=True, title="Confirmacion de pedido 2026-CV-018842", producer="SAP NetWeaver 7.50",
                   creation="D:20261109071204+01'00'", doc_id="5A1C")
    body = ("Estimado cliente:\n\n"
            "Adjuntamos la confirmación de pedido 2026-CV-018842 correspondiente a su pedido 4700232311.\n\n"
            "Este mensaje ha sido generado automáticamente. Para cualquier consulta, diríjase a su gestor comercial.\n\n"
            "Excipientes Ibéricos S.A.\n")
    part = mime.multipart("mixed", "----=_Part_88213_1120571490.1762668724113", [
        mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "AB_2026-CV-018842.pdf"),
    ])
    hs = headers(mime.addr("Excipientes Ibéricos - Pedidos", "pedidos@excipientes-ibericos.example", "iso-8859-1"),
                 buyer_addr("priya"), "Confirmación de pedido 2026-CV-018842 / Su pedido 4700232311",
                 rfc_date("2026-11-09", "07:12:04", "+0100"), "<SAP.20261109071204.118842@excipientes-ibericos.example>",
                 extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
                 subject_charset="iso-8859-1")
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, qty=160), 3: chg(p, 3, date="2026-12-21")}),
               notes="ERP PDF (auto-sent, still a confirmation). Pos 20 rounded to 8 drums of 20 kg = 160 kg; pos 30 "
                     "delivers 21.12.2026. GMP validity 31.03.2028, retest 10/2029, 60 days, invoice date are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(6, "hydraulic-hose-split-brazil", "pt-BR",
      "Brazilian Gmail reply splitting the hose metres into stock now and factory later (300 m + 200 m on two dd/mm dates) with 1/2\" BSP, DN12 and 250 bar in the item texts.")
def c006():
    sup = ("HIDROFLUXO", "Hidrofluxo Mangueiras Ltda", "vendas@hidrofluxo.example", "pt-BR")
    p = po("4700232402", sup, "kofi", "2026-11-06", [
        ("HOS-2SN-DN12", "Hydraulic hose 2SN DN12 (1/2\"), 250 bar", 500, "M", "4.85", "2026-12-04"),
        ("FIT-BSP-12-90", "Swaged fitting 1/2\" BSP female 90°", 200, "EA", "3.40", "2026-12-04"),
    ], currency="USD")
    body = ("Olá Kofi, bom dia!\n\n"
            "Sobre o pedido 4700232402:\n\n"
            "Item 1 (mangueira 2SN DN12 1/2\"): temos 300 m em estoque, entregamos no dia 27/11. Os outros 200 m vêm da fábrica "
            "e a entrega fica para 18/12. Preço mantido US$ 4,85/m.\n\n"
            "Item 2 (terminal 1/2\" BSP fêmea 90°): confirmado conforme pedido, 200 pçs, entrega 04/12.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAbraço,\nRenata Albuquerque\nHidrofluxo Mangueiras Ltda\n(19) 3877-4410 | WhatsApp (19) 99214-0083")
    quoted = request_text([p], "kofi")
    alt = gmail_alt(body, "Em sex., 6 de nov. de 2026 às 05:15, Kofi Mensah <kofi.mensah@halden-group.example> escreveu:",
                    quoted, "000000000000a41f2c0617e3b5d2")
    hs = headers(mime.addr("Renata Albuquerque", "vendas@hidrofluxo.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-10", "10:18:33", "-0300"),
                 "<CAH7pQz1u4f8mWcE2qg9bRr0xkT5vL6nJp3YdS1=Zx8Fh2aKq7w@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2026-12-18", schedule=[(300, "2026-11-27"), (200, "2026-12-18")]),
                    2: acc(p, 2)}),
               notes="Line 1 split 300 m on 27/11 and 200 m on 18/12 (dates without year -> 2026); line 2 as ordered. "
                     "1/2\", DN12, 250 bar, phone numbers are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(7, "yarn-kg-instead-of-cones", "nl-BE",
      "Flemish spinner confirms polyester yarn in kilograms (1.050 kg = 420 cones of 2,5 kg) and prices per kg, so quantity and price must be converted back to the PO's cones; dtex counts look like quantities.")
def c007():
    sup = ("LEIE", "Filature Leie NV", "verkoop@filature-leie.example", "nl-BE")
    p = po("4700232498", sup, "sofia", "2026-11-05", [
        ("YRN-PES-167-48", "Polyester filament yarn 167 dtex f48, cone 2.5 kg", 400, "CONE", "13.75", "2026-12-18"),
        ("YRN-PA66-78-68", "Polyamide 6.6 yarn 78 dtex f68, cone 2.0 kg", 250, "CONE", "18.60", "2026-12-18"),
    ])
    wd("2026-12-18", "Fri")
    body = ("Goeiemiddag Sofia,\n\n"
            "Bedankt voor uw bestelling 4700232498. Wij factureren garens per kg, vandaar onze bevestiging in kg:\n\n"
            "Lijn 1 - PES 167 dtex f48: 1.050 kg, dat zijn 420 konen van 2,5 kg (we vullen de pallet aan tot 42 dozen "
            "van 10 konen). Prijs 5,50 EUR/kg.\n"
            "Lijn 2 - PA 6.6 78 dtex f68: 500 kg = 250 konen van 2,0 kg, 9,30 EUR/kg.\n\n"
            "Levering van beide lijnen op vrijdag 18 december.\n\n"
            "Met vriendelijke groeten,\nPieter Vanhaecke\nFilature Leie NV - Industrielaan 7 - 8790 Waregem\nBTW BE 0412.336.578")
    qp, qh = outlook_header_block("nl", "Sofia Brandt <sofia.brandt@halden-group.example>", "2026-11-05", "08:15",
                                  "verkoop@filature-leie.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "sofia"), "_000_AM0PR04MB6481B2C7D0E9F1A3B5C7D9E1AM0PR04MB6481eurp_",
                      lang_attr="NL-BE")
    hs = headers(mime.addr("Pieter Vanhaecke", "verkoop@filature-leie.example"), buyer_addr("sofia"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-06", "14:55:02", "+0100"),
                 "<AM0PR04MB6481B2C7D0E9F1A3B5C7D9E1@AM0PR04MB6481.eurprd04.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "nl-BE")])
    msg = mime.message(hs, alt)
    price1 = per("5.50", 1, factor="2.5")
    price2 = per("9.30", 1, factor="2.0")
    assert price1 == "13.75" and price2 == "18.60"
    exp = conf((p, {1: chg(p, 1, qty=420), 2: acc(p, 2)}),
               notes="Supplier states kg and the cone weight: 1.050 kg / 2,5 kg = 420 cones, 5,50 EUR/kg * 2,5 = 13.75 per cone "
                     "(unchanged); line 2 500 kg = 250 cones at 9,30*2 = 18.60. Date 18 december = requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(8, "solar-clamp-moq-poland", "pl-PL",
      "Polish reply in ISO-8859-2 quoted-printable raising one line to a 1000-piece minimum order quantity, with '30-40 mm' and '40x40' profile sizes and a dd.mm.yyyy date for the whole order.")
def c008():
    sup = ("SOLMONT", "Solmont Systemy Montażowe Sp. z o.o.", "zamowienia@solmont.example", "pl-PL")
    p = po("4700232560", sup, "jonas", "2026-11-06", [
        ("SOL-RAIL-40-4200", "Aluminium mounting rail 40x40, length 4.2 m", 180, "EA", "17.90", "2027-01-20"),
        ("SOL-CLAMP-MID-BLK", "Mid clamp 30-40 mm, black anodised", 600, "EA", "0.92", "2027-01-20"),
        ("SOL-HOOK-TILE-ADJ", "Roof hook for tiles, adjustable", 420, "EA", "3.65", "2027-01-20"),
    ])
    body = ("Dzień dobry Panie Jonasie,\n\n"
            "dziękujemy za zamówienie nr 4700232560. Potwierdzamy:\n\n"
            "poz. 1 - szyna 40x40, 4,2 m: 180 szt., 17,90 EUR/szt.\n"
            "poz. 2 - zacisk środkowy 30-40 mm czarny: minimalna ilość zamówienia dla wersji czarnej to 1000 szt., "
            "dlatego potwierdzamy 1000 szt. w cenie 0,92 EUR/szt.\n"
            "poz. 3 - hak dachowy regulowany: 420 szt., 3,65 EUR/szt.\n\n"
            "Termin dostawy całości: 20.01.2027.\n\n"
            "Pozdrawiamy serdecznie\nAgnieszka Wójcik\nDział Sprzedaży\nSolmont Systemy Montażowe Sp. z o.o.\n"
            "ul. Przemysłowa 18, 62-080 Tarnowo Podgórne\nNIP 777-31-45-662")
    qp, qh = outlook_header_block("pl", "Jonas Petrak <jonas.petrak@halden-group.example>", "2026-11-06", "08:15",
                                  "zamowienia@solmont.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "jonas"), "_000_VI1PR09MB4012E7F1A2B3C4D5E6F7A8B9VI1PR09MB4012eurp_",
                      charset="iso-8859-2", lang_attr="PL")
    hs = headers(mime.addr("Agnieszka Wójcik", "zamowienia@solmont.example", "iso-8859-2"), buyer_addr("jonas"),
                 "ODP: " + _req_subject(p), rfc_date("2026-11-09", "13:20:45", "+0100"),
                 "<VI1PR09MB4012E7F1A2B3C4D5E6F7A8B9@VI1PR09MB4012.eurprd09.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "pl-PL")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, qty=1000), 3: acc(p, 3)}),
               notes="MOQ raises line 2 from 600 to 1000 pcs at unchanged price; all lines 20.01.2027 as requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(9, "tyres-us-ship-vs-deliver", "en-US",
      "US Gmail reply with month-first dates where line 1 gives both a ship date (11/24) and an earlier-than-requested delivery date (11/30), and line 2 gets a manufacturer price increase 'effective 11/1'; tyre sizes 205/55 R16 91V look like fractions and dates.")
def c009():
    sup = ("MIDLAND", "Midland Tire Distributors Inc.", "sales@midlandtire.example", "en-US")
    p = po("4700232644", sup, "kofi", "2026-11-09", [
        ("TYR-205-55R16-91V", "Summer tyre 205/55 R16 91V", 120, "EA", "78.40", "2026-12-01"),
        ("TYR-225-45R17-94W", "Winter tyre 225/45 R17 94W XL", 80, "EA", "104.90", "2026-12-01"),
    ], currency="USD")
    body = ("Hi Kofi,\n\n"
            "Line 1 (205/55R16 91V) - good to go, all 120. Ships from our Columbus warehouse 11/24 and delivers 11/30 "
            "to your Dayton DC.\n\n"
            "Line 2 (225/45R17 94W XL) - we got hit with a price increase from the manufacturer effective 11/1, so the "
            "new cost is $109.50/ea. Qty 80 is fine and it delivers 12/01 as requested.\n\n"
            "Let me know if you have any questions.\n\nThanks,\nBrandon Kowalski\nInside Sales | Midland Tire Distributors\n"
            "(614) 555-0187")
    alt = gmail_alt(body, "On Mon, Nov 9, 2026 at 2:15 AM Kofi Mensah <kofi.mensah@halden-group.example> wrote:",
                    request_text([p], "kofi"), "0000000000003b91e80617f0c4a1")
    hs = headers(mime.addr("Brandon Kowalski", "sales@midlandtire.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-11", "15:07:12", "-0600"),
                 "<CAJ9vR4m2bTqKx0yWc7nGd8sHf1ZpE5uLo3Nk6Ai=Yt4Bw9Qv2g@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2026-11-30"), 2: chg(p, 2, price="109.50")}),
               notes="Delivery date 11/30 wins over ship date 11/24 (month-first). Line 2 new price 109.50, delivery 12/01 "
                     "= requested. 'effective 11/1' is the price-change date, not a delivery date.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(10, "fasteners-per-1000-box-rounding", "de-AT",
      "Austrian reply pricing per 1000 pieces (€ 38,50/1000 Stk) with quantity rounded up to full boxes of 500, M8x25 8.8 designations, and a company holiday '24.12. bis 6. Jänner' that is not a delivery date.")
def c010():
    sup = ("MAYRHOFER", "Schrauben Mayrhofer GmbH", "verkauf@schrauben-mayrhofer.example", "de-AT")
    p = po("4700232701", sup, "jonas", "2026-11-09", [
        ("FST-M8x25-8.8-ZN", "Hex bolt ISO 4017 M8x25 8.8 zinc plated", 2300, "PCE", "0.041", "2026-11-30"),
        ("FST-M8-NUT-8-ZN", "Hex nut ISO 4032 M8 class 8 zinc plated", 2500, "PCE", "0.018", "2026-11-30"),
        ("FST-W8-140HV-ZN", "Washer ISO 7089 8 - 140 HV zinc plated", 5000, "PCE", "0.0065", "2026-11-30"),
    ])
    wd("2026-11-30", "Mon")
    body = ("Sehr geehrter Herr Petrak,\n\n"
            "danke für Ihre Bestellung, wir bestätigen wie folgt:\n\n"
            "Pos 1  ISO 4017 M8x25 8.8 vz   2.500 Stk (5 Schachteln à 500 Stk)   € 38,50 / 1000 Stk   Liefertermin 30.11.\n"
            "Pos 2  ISO 4032 M8 Kl.8 vz     2.500 Stk                             € 18,00 / 1000 Stk   Liefertermin 30.11.\n"
            "Pos 3  ISO 7089 8-140HV vz     5.000 Stk                             €  6,50 / 1000 Stk   Liefertermin 30.11.\n\n"
            "Bitte beachten Sie, dass Pos 1 nur in ganzen Schachteln zu 500 Stk abgegeben wird.\n"
            "Unser Betrieb ist von 24.12. bis 6. Jänner geschlossen.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Martin Hofbauer\nVerkauf Innendienst\n"
            "Schrauben Mayrhofer GmbH | Industriezeile 36 | 4020 Linz\nFN 118764 s, Landesgericht Linz | UID ATU 23456789")
    qp, qh = outlook_header_block("de", "Jonas Petrak <jonas.petrak@halden-group.example>", "2026-11-09", "08:15",
                                  "verkauf@schrauben-mayrhofer.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "jonas"), "_000_VE1PR08MB5534A9B8C7D6E5F4A3B2C1D0VE1PR08MB5534eurp_",
                      charset="windows-1252", lang_attr="DE-AT")
    hs = headers(mime.addr("Martin Hofbauer", "verkauf@schrauben-mayrhofer.example"), buyer_addr("jonas"),
                 "AW: " + _req_subject(p), rfc_date("2026-11-10", "08:51:26", "+0100"),
                 "<VE1PR08MB5534A9B8C7D6E5F4A3B2C1D0@VE1PR08MB5534.eurprd08.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "de-AT")])
    msg = mime.message(hs, alt)
    pr1, pr2, pr3 = per("38.50", 1000), per("18.00", 1000), per("6.50", 1000)
    assert (pr1, pr2, pr3) == ("0.0385", "0.018", "0.0065")
    exp = conf((p, {1: chg(p, 1, qty=2500, price=pr1), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="Prices per 1000 pieces: 38,50 -> 0.0385 (PO 0.041), 18,00 -> 0.018, 6,50 -> 0.0065. Line 1 rounded to "
                     "5 boxes of 500 = 2500. 30.11. without year = 2026-11-30. Jänner closure is noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(11, "tiles-full-pallets-czech", "cs-CZ",
      "Czech reply in windows-1250 rounding floor tiles to two full pallets (2 x 72 m2 = 144 m2) and naming both an expedition date and a later delivery date; 60x60 and R10 are part of the product names.")
def c011():
    sup = ("HORAK", "Keramika Horák s.r.o.", "obchod@keramika-horak.example", "cs-CZ")
    p = po("4700232788", sup, "sofia", "2026-11-09", [
        ("TIL-60x60-GR-R10", "Porcelain floor tile 60x60 cm, grey, R10", 120, "M2", "18.90", "2026-12-16"),
        ("TIL-30x60-WH-GL", "Wall tile 30x60 cm, white gloss", 45, "M2", "14.20", "2026-12-16"),
    ])
    body = ("Dobrý den, paní Brandt,\n\n"
            "děkujeme za objednávku č. 4700232788.\n\n"
            "Pol. 1 - dlažba 60x60 šedá R10: expedujeme pouze po celých paletách (1 paleta = 50 krabic po 1,44 m2 = 72 m2). "
            "Potvrzujeme proto 2 palety = 144 m2 za 18,90 EUR/m2.\n"
            "Pol. 2 - obklad 30x60 bílý lesk: 45 m2 (30 krabic po 1,5 m2) za 14,20 EUR/m2, dle objednávky.\n\n"
            "Expedice z Chlumčan 14. 12. 2026, dodání k Vám 16. 12. 2026.\n\n"
            "S pozdravem\nIng. Lenka Procházková\nobchodní oddělení\nKeramika Horák s.r.o., Průmyslová 412, 334 42 Chlumčany\n"
            "IČO 26381122")
    qp, qh = outlook_header_block("cs", "Sofia Brandt <sofia.brandt@halden-group.example>", "2026-11-09", "08:15",
                                  "obchod@keramika-horak.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "sofia"), "_000_DU2PR03MB7788C1D2E3F4A5B6C7D8E9F0DU2PR03MB7788eurp_",
                      charset="windows-1250", lang_attr="CS")
    hs = headers(mime.addr("Lenka Procházková", "obchod@keramika-horak.example", "windows-1250"), buyer_addr("sofia"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-12", "09:34:18", "+0100"),
                 "<DU2PR03MB7788C1D2E3F4A5B6C7D8E9F0@DU2PR03MB7788.eurprd03.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "cs-CZ")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, qty=144), 2: acc(p, 2)}),
               notes="Line 1 rounded to two pallets of 72 m2 = 144 m2; delivery 16. 12. 2026 wins over expedition 14. 12.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(12, "glass-bottles-layers-pallets", "sk-SK",
      "Slovak reply computing pallets from layers (6 layers × 1 470 pcs = 8 820 per pallet, 6 pallets = 52 920) with space-separated thousands and a '11. 1. 2027' date; 500 ml and PP28 are in the item names.")
def c012():
    sup = ("POVAZIE", "Sklárne Považie a.s.", "predaj@sklarne-povazie.example", "sk-SK")
    p = po("4700232850", sup, "mara", "2026-11-10", [
        ("BTL-FLINT-500-PP28", "Flint glass bottle 500 ml, PP28 neck", 50000, "EA", "0.168", "2027-01-11"),
        ("CLS-PP28-ALU-TE", "Aluminium closure PP28, tamper-evident", 50000, "EA", "0.031", "2027-01-11"),
    ])
    wd("2027-01-11", "Mon")
    body = ("Dobrý deň pani Lindqvist,\n\n"
            "ďakujeme za objednávku 4700232850.\n\n"
            "Fľaše 500 ml PP28 balíme na paletu 6 vrstiev × 1 470 ks = 8 820 ks/paleta. Potvrdzujeme preto 6 paliet = 52 920 ks, "
            "cena 0,168 EUR/ks bez zmeny.\n"
            "Uzávery PP28: 50 000 ks (20 kartónov po 2 500 ks), 0,031 EUR/ks - v poriadku.\n\n"
            "Dodanie oboch položiek 11. 1. 2027.\n\n"
            "S pozdravom\nMgr. Zuzana Kováčiková\nodbyt\nSklárne Považie a.s., Priemyselná 5, 018 41 Dubnica nad Váhom")
    qp, qh = outlook_header_block("en", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-10", "08:15",
                                  "predaj@sklarne-povazie.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_PAXPR02MB7210F0E1D2C3B4A5968778695PAXPR02MB7210eurp_",
                      charset="windows-1250", cte="base64", lang_attr="SK")
    hs = headers(mime.addr("Zuzana Kováčiková", "predaj@sklarne-povazie.example"), buyer_addr("mara"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-13", "12:02:50", "+0100"),
                 "<PAXPR02MB7210F0E1D2C3B4A5968778695@PAXPR02MB7210.eurprd02.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "sk-SK")])
    msg = mime.message(hs, alt)
    assert 6 * 1470 * 6 == 52920
    exp = conf((p, {1: chg(p, 1, qty=52920), 2: acc(p, 2)}),
               notes="Bottles rounded to 6 full pallets of 8 820 = 52 920 pcs (space thousands). 11. 1. 2027 = requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(13, "welding-wire-discontinued-hu", "hu-HU",
      "Hungarian Outlook reply (base64) declining the 0.8 mm wire as discontinued and confirming the rest with a year-first date (2026.11.27.); wire diameters and spool weights are all numbers.")
def c013():
    sup = ("HEGTECH", "Hegesztéstechnika Kft.", "rendeles@hegesztestechnika.example", "hu-HU")
    p = po("4700232933", sup, "tomas", "2026-11-10", [
        ("WLD-G3Si1-0.8-15", "MIG wire G3Si1 Ø0.8 mm, 15 kg spool", 40, "SPL", "38.60", "2026-11-27"),
        ("WLD-G3Si1-1.0-15", "MIG wire G3Si1 Ø1.0 mm, 15 kg spool", 60, "SPL", "36.90", "2026-11-27"),
        ("WLD-E7018-3.2", "Stick electrode E7018 Ø3.2 mm, 5 kg pack", 25, "PAK", "24.50", "2026-11-27"),
    ])
    body = ("Tisztelt Ortega Úr!\n\n"
            "Köszönjük a 4700232933 számú megrendelést.\n\n"
            "1. tétel (G3Si1 0,8 mm, 15 kg-os kosaras tekercs): a gyártó ezt a kiszerelést megszüntette, sajnos nem tudjuk szállítani.\n"
            "2. tétel (G3Si1 1,0 mm, 15 kg): 60 tekercs, 36,90 EUR/tekercs - visszaigazolva.\n"
            "3. tétel (E7018 3,2 mm, 5 kg-os csomag): 25 csomag, 24,50 EUR/csomag - visszaigazolva.\n\n"
            "Szállítási határidő: 2026.11.27.\n\n"
            "Üdvözlettel:\nNagy Krisztina\nértékesítési asszisztens\nHegesztéstechnika Kft. | 2040 Budaörs, Gyár u. 2.\n"
            "Adószám: 12884410-2-13")
    qp, qh = outlook_header_block("en", "Tomás Ortega <tomas.ortega@halden-group.example>", "2026-11-10", "08:15",
                                  "rendeles@hegesztestechnika.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "tomas"), "_000_BEZP281MB2214D5E6F7A8B9C0D1E2F3A4BEZP281MB2214DEUP_",
                      charset="utf-8", cte="base64", lang_attr="HU")
    hs = headers(mime.addr("Nagy Krisztina", "rendeles@hegesztestechnika.example"), buyer_addr("tomas"),
                 "VS: " + _req_subject(p), rfc_date("2026-11-12", "14:45:09", "+0100"),
                 "<BEZP281MB2214D5E6F7A8B9C0D1E2F3A4@BEZP281MB2214.DEUP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "hu-HU")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: rej(), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="Line 1 discontinued -> rejected; lines 2 and 3 as ordered, Hungarian date 2026.11.27.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(14, "kitchen-combi-steamer-later-ro", "ro-RO",
      "Romanian Gmail reply in base64 where the ovens move from December to a named Friday in January while 'săptămâna 2' (week 2) is mentioned only as the factory's arrival; GN 1/1 and 1800x700 look like numbers.")
def c014():
    sup = ("INOXGT", "Inox Gastro Tehnic SRL", "comenzi@inoxgastro.example", "ro-RO")
    p = po("4700233010", sup, "amelie", "2026-11-10", [
        ("KIT-CMB-10-11", "Combi steamer 10 x GN 1/1, electric", 2, "EA", "7350.00", "2026-12-15"),
        ("KIT-TBL-1800-SS", "Stainless steel work table 1800x700 with undershelf", 6, "EA", "412.00", "2026-12-15"),
    ])
    wd("2027-01-15", "Fri")
    body = ("Bună ziua, doamna Durand,\n\n"
            "Vă mulțumim pentru comanda 4700233010.\n\n"
            "Mesele din inox 1800x700 (poz. 2) vi le livrăm conform comenzii, pe 15.12.2026, 6 buc. la 412,00 EUR/buc.\n\n"
            "Cuptoarele combi 10 x GN 1/1 (poz. 1, 2 buc.) ajung de la producător abia în săptămâna 2 din 2027; vă confirmăm "
            "livrarea la dumneavoastră vineri, 15 ianuarie 2027, la prețul din comandă.\n\n"
            "Cu stimă,\nAndreea Munteanu\nDepartament vânzări\nInox Gastro Tehnic SRL, Str. Fabricii 9, Cluj-Napoca\n"
            "Tel. 0264 455 120")
    alt = gmail_alt(body, "În mar., 10 nov. 2026 la 09:15, Amélie Durand <amelie.durand@halden-group.example> a scris:",
                    request_text([p], "amelie"), "000000000000f2c67a0618a1d9b3", cte="base64")
    hs = headers(mime.addr("Andreea Munteanu", "comenzi@inoxgastro.example"), buyer_addr("amelie"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-13", "11:40:27", "+0200"),
                 "<CAB5nT0k9Lr2xQ7vM4pZ1eH8cY3fW6sD0gJ2uK5=Aq1Xn7Rb4eA@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2027-01-15"), 2: acc(p, 2)}),
               notes="Ovens confirmed for Friday 15 ianuarie 2027 (explicit date beats the 'week 2' factory arrival); "
                     "tables as ordered on 15.12.2026. '(poz. 1, 2 buc.)' = line 1, 2 pieces.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(15, "film-price-per-100kg-hr", "hr-HR",
      "Croatian reply quoting film prices per 100 kg (224,00 EUR/100 kg) against a PO priced per kg, with micron thicknesses and roll widths in the descriptions and an approximate roll count.")
def c015():
    sup = ("FOLIJAPLAST", "Folija Plast d.o.o.", "prodaja@folijaplast.example", "hr-HR")
    p = po("4700233087", sup, "sofia", "2026-11-11", [
        ("FLM-LDPE-50-1200", "LDPE shrink film 50 µm, 1200 mm, on roll", 2400, "KG", "2.14", "2026-12-09"),
        ("FLM-STR-23-500", "Stretch film 23 µm, 500 mm, machine roll", 900, "KG", "2.62", "2026-12-09"),
    ])
    body = ("Poštovana gospođo Brandt,\n\n"
            "zahvaljujemo na narudžbi 4700233087. Potvrđujemo:\n\n"
            "Stavka 1 - LDPE termoskupljajuća folija 50 µm / 1200 mm: 2.400 kg (cca 48 rola), cijena 224,00 EUR/100 kg "
            "zbog poskupljenja granulata, isporuka 9.12.2026.\n"
            "Stavka 2 - stretch folija 23 µm / 500 mm: 900 kg, cijena 262,00 EUR/100 kg, isporuka 9.12.2026.\n\n"
            "Srdačan pozdrav,\nIvana Horvat\nProdaja\nFolija Plast d.o.o., Zagrebačka 120, 10410 Velika Gorica\nOIB 58812440712")
    qp, qh = outlook_header_block("en", "Sofia Brandt <sofia.brandt@halden-group.example>", "2026-11-11", "08:15",
                                  "prodaja@folijaplast.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "sofia"), "_000_FR2P281MB0166A1B2C3D4E5F60718293AFR2P281MB0166DEUP_",
                      charset="windows-1250", lang_attr="HR")
    hs = headers(mime.addr("Ivana Horvat", "prodaja@folijaplast.example"), buyer_addr("sofia"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-16", "10:12:44", "+0100"),
                 "<FR2P281MB0166A1B2C3D4E5F60718293A@FR2P281MB0166.DEUP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "hr-HR")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, price=per("224.00", 100)), 2: acc(p, 2)}),
               notes="Prices per 100 kg: 224,00 -> 2.24/kg (PO 2.14); 262,00 -> 2.62 = PO. 9.12.2026 = requested. cca 48 rola is noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(16, "bedding-partial-stock-sl", "sl-SI",
      "Slovenian Thunderbird plain-text reply where only 18 of 24 pallets are available and the rest is explicitly not supplied this year; '24 kg' bales and '21 bal' per pallet sit next to the pallet counts.")
def c016():
    sup = ("STELJA", "Stelja Slovenija d.o.o.", "narocila@stelja.example", "sl-SI")
    p = po("4700233150", sup, "mara", "2026-11-11", [
        ("BED-WSH-24KG", "Wood shavings bedding, compressed bale 24 kg", 24, "PAL", "215.00", "2026-11-25"),
        ("BED-STRW-PEL-15", "Straw pellet bedding, 15 kg bag", 10, "PAL", "248.00", "2026-11-25"),
    ])
    body = ("Spoštovana ga. Lindqvist,\n\n"
            "hvala za naročilo 4700233150.\n\n"
            "Za postavko 1 (žagovina, bale po 24 kg) imamo na zalogi samo še 18 palet (po 21 bal), ki jih dostavimo 25. 11. "
            "Preostalih 6 palet letos žal ne moremo več zagotoviti, zato jih ne potrjujemo.\n\n"
            "Postavka 2 (peleti iz slame): 10 palet, 25. 11., cena po naročilu.\n\n"
            "Lep pozdrav,\nMatej Kranjc\nStelja Slovenija d.o.o.\nTel. +386 3 428 11 70\n")
    quoted = request_text([p], "mara")
    plain = body + "\nDne 11. 11. 2026 ob 08:15 je Mara Lindqvist napisal(a):\n" + mime.quote_lines(quoted) + "\n"
    part = mime.text(plain, "plain", "iso-8859-2", "quoted-printable", params="; format=flowed")
    hs = headers(mime.addr("Matej Kranjc", "narocila@stelja.example"), buyer_addr("mara"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-12", "07:58:31", "+0100"),
                 "<e4c7a1b2-5d3f-4a90-8e21-7f6b0c9d2a44@stelja.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sl")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, qty=18), 2: acc(p, 2)}),
               notes="Only 18 of 24 pallets confirmed (rest declined); '25. 11.' = 2026-11-25. 24 kg, 21 bal are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(17, "lab-glass-three-deliveries-bg", "bg-BG",
      "Bulgarian reply in windows-1251 base64 splitting beakers into three deliveries, one in 2027, while the flask's joint size 'NS 12/21' and 'borosilicate 3.3' look like a date and a quantity.")
def c017():
    sup = ("LABSTAKLO", "Лабораторно Стъкло ООД", "office@labstaklo.example", "bg-BG")
    p = po("4700233222", sup, "priya", "2026-11-12", [
        ("LAB-BKR-250-BORO", "Beaker 250 ml, borosilicate 3.3, low form", 600, "EA", "1.95", "2026-12-04"),
        ("LAB-VFL-100-A", "Volumetric flask 100 ml, class A, NS 12/21", 150, "EA", "6.80", "2026-12-04"),
    ])
    body = ("Уважаема г-жо Раман,\n\n"
            "Благодарим за поръчка № 4700233222. Потвърждаваме:\n\n"
            "Поз. 1 - бехерова чаша 250 мл, боросиликат 3.3: 600 бр. по 1,95 EUR, на три доставки:\n"
            "   200 бр. - 04.12.2026\n   200 бр. - 18.12.2026\n   200 бр. - 15.01.2027\n\n"
            "Поз. 2 - мерителна колба 100 мл, клас A, NS 12/21: 150 бр. по 6,80 EUR, доставка 04.12.2026.\n\n"
            "С уважение,\nДесислава Петрова\nЛабораторно Стъкло ООД, гр. Пловдив, бул. Марица 44\nтел. +359 32 640 118")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-12", "08:15",
                                  "office@labstaklo.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_AM6PR10MB2841E0D1C2B3A4958677A8B9AM6PR10MB2841EURP_",
                      charset="windows-1251", cte="base64", lang_attr="BG")
    hs = headers(mime.addr("Десислава Петрова", "office@labstaklo.example", "windows-1251"), buyer_addr("priya"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-16", "15:21:37", "+0200"),
                 "<AM6PR10MB2841E0D1C2B3A4958677A8B9@AM6PR10MB2841.EURPRD10.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "bg-BG")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2027-01-15", schedule=[(200, "2026-12-04"), (200, "2026-12-18"), (200, "2027-01-15")]),
                    2: acc(p, 2)}),
               notes="Three deliveries of 200 beakers, last 15.01.2027; flask as ordered. NS 12/21 is a ground-joint size.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(18, "forklift-one-line-next-week-gr", "el-GR",
      "Greek reply in ISO-8859-7 confirming two lines and deferring the forks to 'next week', so that line must stay unconfirmed; LH1244 and 10 μm look like numbers.")
def c018():
    sup = ("ANYPSO", "Ανυψωτικά Μέρη Α.Ε.", "sales@anypsotika.example", "el-GR")
    p = po("4700233301", sup, "kofi", "2026-11-12", [
        ("FLT-FORK-1200-2A", "Fork 1200 mm, ISO class 2A", 4, "EA", "365.00", "2026-12-10"),
        ("FLT-CHAIN-LH1244", "Mast leaf chain LH1244", 6, "M", "48.20", "2026-12-10"),
        ("FLT-FILT-HYD-R10", "Hydraulic return filter 10 micron", 10, "EA", "27.90", "2026-12-10"),
    ])
    body = ("Αγαπητέ κ. Mensah,\n\n"
            "σας ευχαριστούμε για την παραγγελία 4700233301.\n\n"
            "Θέσεις 2 (αλυσίδα LH1244, 6 m) και 3 (φίλτρο επιστροφής 10 μm, 10 τεμ.): επιβεβαιώνονται όπως τις παραγγείλατε, "
            "παράδοση 10/12/2026.\n\n"
            "Θέση 1 (περόνες 1200 mm, κλάση 2A): περιμένουμε απάντηση από τον κατασκευαστή για τη διαθεσιμότητα· θα σας "
            "επιβεβαιώσουμε την επόμενη εβδομάδα.\n\n"
            "Με εκτίμηση,\nΓιώργος Παπαδάκης\nΤμήμα Πωλήσεων\nΑνυψωτικά Μέρη Α.Ε. | Θεσσαλονίκη\nΤηλ. 2310 795 440")
    qp, qh = outlook_header_block("en", "Kofi Mensah <kofi.mensah@halden-group.example>", "2026-11-12", "08:15",
                                  "sales@anypsotika.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "kofi"), "_000_VI1P195MB0704B7C8D9E0F1A2B3C4D5E6VI1P195MB0704EURP_",
                      charset="iso-8859-7", lang_attr="EL")
    hs = headers(mime.addr("Γιώργος Παπαδάκης", "sales@anypsotika.example", "iso-8859-7"), buyer_addr("kofi"),
                 "ΑΠ: " + _req_subject(p), rfc_date("2026-11-17", "13:09:15", "+0200"),
                 "<VI1P195MB0704B7C8D9E0F1A2B3C4D5E6@VI1P195MB0704.EURP195.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "el-GR")], subject_charset="iso-8859-7")
    msg = mime.message(hs, alt)
    exp = conf((p, {1: unc(), 2: acc(p, 2), 3: acc(p, 3)}),
               notes="Lines 2 and 3 as ordered on 10/12/2026; line 1 deferred to next week -> unconfirmed.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(19, "school-furniture-two-pos-tr", "tr-TR",
      "Turkish reply answering two POs in one mail, one fully and one with a new price and date on a single line; EN 1729, RAL 5015 and '1950 mm' are distractors.")
def c019():
    sup = ("OKULMOB", "Okul Mobilya San. ve Tic. A.Ş.", "ihracat@okulmobilya.example", "tr-TR")
    pa = po("4700233390", sup, "amelie", "2026-11-12", [
        ("SCH-DESK-2P-H76", "Student desk, 2 seats, height 76 cm", 80, "EA", "96.00", "2027-01-18"),
        ("SCH-CHR-SZ6", "Student chair size 6 (EN 1729)", 160, "EA", "38.50", "2027-01-18"),
    ], stamp="20261112T0815")
    pb = po("4700233391", sup, "amelie", "2026-11-12", [
        ("SCH-TBL-TCH-1400", "Teacher table 1400x700", 4, "EA", "188.00", "2027-01-18"),
        ("SCH-CAB-4DR-1950", "Storage cabinet, 4 doors, height 1950 mm", 6, "EA", "312.00", "2027-01-18"),
    ], stamp="20261112T0816")
    wd("2027-01-18", "Mon")
    wd("2027-01-25", "Mon")
    body = ("Sayın Durand,\n\n"
            "İki siparişiniz için dönüşümüz aşağıdadır:\n\n"
            "4700233390 - tüm kalemler onaylanmıştır (80 adet sıra, 160 adet sandalye EN 1729 beden 6), teslim 18.01.2027.\n\n"
            "4700233391 - öğretmen masası (kalem 1) onaylı, 4 adet, 18.01.2027. Dolaplar (kalem 2) RAL 5015 mavi kapaklı olarak "
            "ancak 25.01.2027'de teslim edilebilir; sac fiyatlarındaki artış nedeniyle birim fiyat 329,00 EUR olacaktır.\n\n"
            "Saygılarımızla,\nEmre Yıldız\nİhracat Departmanı\nOkul Mobilya San. ve Tic. A.Ş. | Kayseri OSB 12. Cadde No: 8\n"
            "Tel: +90 352 321 40 70")
    quoted = request_text([pa, pb], "amelie")
    qp, qh = outlook_header_block("en", "Amélie Durand <amelie.durand@halden-group.example>", "2026-11-12", "08:16",
                                  "ihracat@okulmobilya.example", "Order acknowledgment request: PO 4700233390, 4700233391")
    alt = outlook_alt(body, qp, qh, quoted, "_000_AS4PR01MB9177C3B2A1F0E9D8C7B6A5F4AS4PR01MB9177eurp_",
                      charset="iso-8859-9", lang_attr="TR")
    hs = headers(mime.addr("Emre Yıldız", "ihracat@okulmobilya.example", "iso-8859-9"), buyer_addr("amelie"),
                 "YNT: Order acknowledgment request: PO 4700233390, 4700233391", rfc_date("2026-11-18", "10:44:03", "+0300"),
                 "<AS4PR01MB9177C3B2A1F0E9D8C7B6A5F4@AS4PR01MB9177.eurprd01.prod.outlook.com>",
                 pb["request_message_id"], pa["request_message_id"] + " " + pb["request_message_id"],
                 extra=[("Thread-Topic", "Order acknowledgment request: PO 4700233390, 4700233391"), ("Content-Language", "tr-TR")])
    msg = mime.message(hs, alt)
    exp = conf((pa, {1: acc(pa, 1), 2: acc(pa, 2)}),
               (pb, {1: acc(pb, 1), 2: chg(pb, 2, price="329.00", date="2027-01-25")}),
               notes="Two POs answered. 4700233391 line 2: 329,00 EUR and 25.01.2027. Size 6, EN 1729, RAL 5015, 1950 mm are noise.")
    return [pa, pb], msg, exp


# ---------------------------------------------------------------------------
@case(20, "cocoa-usd-per-tonne-week", "da-DK",
      "Danish reply pricing cocoa beans in USD per metric tonne against a per-kg PO and giving 'uge 9' (week 9) without a day; container, bag count and bag weight (ca. 390 sække à 64 kg) are distractors.")
def c020():
    sup = ("NKH", "Nordisk Kakao Handel A/S", "trading@nordiskkakao.example", "da-DK")
    p = po("4700233455", sup, "mara", "2026-11-13", [
        ("COC-BEAN-CI-G1", "Cocoa beans Côte d'Ivoire grade I, jute bags approx. 64 kg", 25000, "KG", "7.85", "2027-02-26"),
        ("COC-NIBS-ORG-25", "Organic cocoa nibs, 25 kg carton", 2000, "KG", "11.20", "2027-02-26"),
    ], currency="USD")
    d1 = week_day(2027, 9)
    assert d1 == D("2027-03-05")
    body = ("Hej Mara,\n\n"
            "Tak for ordre 4700233455. Vi bekræfter:\n\n"
            "Pos. 1: 25 t kakaobønner Côte d'Ivoire grade I (ca. 390 sække à 64 kg, 1 x 20' container), pris USD 8.120,00/MT "
            "- markedet er steget siden vores tilbud. Levering uge 9/2027 fra vores lager i Aarhus.\n"
            "Pos. 2: 2.000 kg økologiske nibs til USD 11,20/kg, levering 26.02.2027 som ønsket.\n\n"
            "Venlig hilsen\nMads Kjærgaard\nTrading Desk\nNordisk Kakao Handel A/S | Europaplads 2 | 8000 Aarhus C\nCVR 31 44 87 20")
    qp, qh = outlook_header_block("en", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-13", "08:15",
                                  "trading@nordiskkakao.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_GV1PR07MB8432F1E2D3C4B5A69788A7B6GV1PR07MB8432eurp_",
                      charset="iso-8859-1", lang_attr="DA")
    hs = headers(mime.addr("Mads Kjærgaard", "trading@nordiskkakao.example", "iso-8859-1"), buyer_addr("mara"),
                 "SV: " + _req_subject(p), rfc_date("2026-11-17", "09:30:00", "+0100"),
                 "<GV1PR07MB8432F1E2D3C4B5A69788A7B6@GV1PR07MB8432.eurprd07.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "da-DK")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, price=per("8120.00", 1000), date=d1), 2: acc(p, 2)}),
               notes="USD 8.120,00/MT -> 8.12 per kg; 'uge 9/2027' -> Friday 2027-03-05. Line 2 as ordered.")
    return [p], msg, exp
