"""Cases, chunk 1."""
from afcases.common import *  # noqa: F401,F403


# ---------------------------------------------------------------------------------------------
@case
def copper_surcharge():
    sup = Sup("PENNINE", "Pennine Cable Supplies Ltd", "sales@pennine-cable.example", "en-GB")
    po = PO("HX-PO-26-0918", sup, B_CABLE, "GBP", D(2026, 11, 3), [
        L(1, "NYY-J-3X2.5", "NYY-J 3x2.5 mm2 power cable, black", 500, "M", "1.85", D(2026, 11, 27)),
        L(2, "NYY-J-5X6", "NYY-J 5x6 mm2 power cable, black", 300, "M", "6.40", D(2026, 11, 27)),
        L(3, "H07RN-F-3G1.5", "H07RN-F 3G1.5 rubber flexible cable", 200, "M", "1.12", D(2026, 12, 4)),
    ])
    # Cu surcharge: (795.40 - 150) / 100 GBP per kg x copper weight per metre
    rate = (Decimal("795.40") - 150) / 100
    s1, s2, s3 = (q2(rate * Decimal(w) / 1000) for w in (72, 288, 43))
    assert (s1, s2, s3) == ("0.46", "1.86", "0.28")
    date, when = date_hdr(2026, 11, 5, 14, 22, 9, 0)
    body = f"""Hi Priya,

Thanks for the order, all lines can be supplied from stock. Confirmed as follows:

1) NYY-J 3x2.5 - 500 m (1 x 500 m drum) @ £1.85/m + Cu surcharge £{s1}/m - delivery 27/11
2) NYY-J 5x6 - 300 m cut length @ £6.40/m + Cu surcharge £{s2}/m - delivery 27/11
3) H07RN-F 3G1.5 - 200 m @ £1.12/m + Cu surcharge £{s3}/m - delivery 04/12

Copper surcharge is based on today's Cu notation of £795.40 per 100 kg against the £150.00/100 kg basis included in our list prices (copper weights 72, 288 and 43 kg/km). It is fixed for this order.
Drums are chargeable at £68.00 each and fully credited on return within 3 months.

Delivery DAP your Salford yard, payment 30 days end of month, our quote Q-26-4471 (valid until 30/11/2026) applies.

Kind regards,
Gareth Hughes
Internal Sales | Pennine Cable Supplies Ltd
Unit 4, Brunswick Park, Oldham OL9 6EE
T: 0161 496 0780"""
    hb = ol_block("en", po, B_CABLE, "03 November 2026 16:05")
    part = outlook_reply("c001", body, "en", po, B_CABLE, "03 November 2026 16:05", "EN-GB", hblock=hb)
    h = std_headers(addr("Gareth Hughes", "g.hughes@pennine-cable.example"), addr("Priya Shah", B_CABLE["email"]),
                    re_(po), date, mid_outlook("c001"), irt=req_mid(po), refs=req_mid(po), lang="en-GB")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="2.31"), 2: chg(l2, p="8.26"), 3: chg(l3, p="1.40")})]
    return out("copper-cable-metal-surcharge", "en-GB",
               "Quantities and dates are as ordered but every line carries a per-metre copper surcharge on top of the PO price, "
               "so the effective unit price changes; drum deposit, quote validity and payment days are distractors.",
               po, message(h, part), "confirmation", confs,
               "Base price + stated Cu surcharge per metre: 1.85+0.46, 6.40+1.86, 1.12+0.28. Drum charge is a returnable deposit, not price.")


# ---------------------------------------------------------------------------------------------
@case
def erp_pdf_positions_10_20_30():
    sup = Sup("ELKOTRON", "Elkotron Bauelemente GmbH", "auftrag@elkotron.example", "de-DE")
    po = PO("4500088213", sup, B_SEMI, "EUR", D(2026, 11, 4), [
        L(1, "VE-C0402-104", "MLCC 0402 100nF 16V X7R 10%", 12000, "EA", "0.0045", D(2026, 12, 7)),
        L(2, "VE-R0603-10K", "Chip resistor 0603 10k 1% 0.1W", 20000, "EA", "0.0011", D(2026, 12, 7)),
        L(3, "VE-LDO-3V3", "LDO regulator 3.3V 500mA SOT-223", 800, "EA", "0.38", D(2026, 12, 14)),
    ])
    date, when = date_hdr(2026, 11, 5, 6, 12, 44, 60)
    kw51 = week_friday(2026, 51)
    assert kw51 == D(2026, 12, 18)
    rows = [
        (50, 800, 11, "Elkotron Bauelemente GmbH", True),
        (50, 786, 8, "Gewerbering 14 - 90427 Nürnberg - Tel. +49 911 555 630 - USt-IdNr. DE 812 345 678", False),
        (50, 740, 14, "Auftragsbestätigung", True),
        (50, 716, 9, "AB-Nr.: 7100045821        Datum: 05.11.2026        Kunden-Nr.: 20417", False),
        (50, 702, 9, "Ihre Bestellung: 4500088213 vom 04.11.2026        Ihr Zeichen: Hr. Weber", False),
        (50, 688, 9, "Lieferadresse: Vantor Electronics GmbH, Wareneingang Tor 3, Industriestr. 40, 71063 Sindelfingen", False),
        (50, 660, 9, "Pos.   Material / Ihre Mat.-Nr.                         Menge            Preis                Liefertermin", True),
        (50, 644, 9, "10     GRM155R71C104KA88D  MLCC 0402 100nF 16V X7R", False),
        (50, 632, 9, "       Ihre Mat.-Nr.: VE-C0402-104                       15.000 ST        4,20 EUR / 1.000 ST  07.12.2026", False),
        (50, 620, 8, "       Mengenanpassung auf volle Rollen (VPE 5.000 ST / Rolle), DC 2538 oder jünger", False),
        (50, 600, 9, "20     RC0603FR-0710KL  Chip-Widerstand 0603 10k 1%", False),
        (50, 588, 9, "       Ihre Mat.-Nr.: VE-R0603-10K                       20.000 ST        1,10 EUR / 1.000 ST  07.12.2026", False),
        (50, 568, 9, "30     AMS1117-3.3  LDO 3,3 V 500 mA SOT-223", False),
        (50, 556, 9, "       Ihre Mat.-Nr.: VE-LDO-3V3                            800 ST        0,38 EUR / ST        KW 51/2026", False),
        (50, 520, 9, "Nettowert: 390,00 EUR     zzgl. 19 % MwSt.", False),
        (50, 500, 8, "Lieferbedingung: FCA Nürnberg (Incoterms 2020)   Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto", False),
        (50, 488, 8, "Es gelten unsere Allgemeinen Lieferbedingungen, Stand 01.03.2026. Termine gelten ab Werk.", False),
        (50, 476, 8, "Diese Auftragsbestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.", False),
    ]
    # net value check: 15000*0.0042 + 20000*0.0011 + 800*0.38 = 63 + 22 + 304 = 389.00 -> write exact
    assert Decimal("15000") * Decimal("0.0042") + Decimal("20000") * Decimal("0.0011") + 800 * Decimal("0.38") == Decimal("389.00")
    rows[14] = (50, 520, 9, "Nettowert: 389,00 EUR     zzgl. 19 % MwSt.", False)
    pdfb = pdf.text_pdf([rows], compress=True, split=pdf.kern_split,
                        info={"Producer": "SAP NetWeaver 7.50 / SAPscript", "CreationDate": "D:20261105061203+01'00'"})
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 7100045821 zu Ihrer Bestellung 4500088213.

Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.

Mit freundlichen Grüßen
Elkotron Bauelemente GmbH
Auftragsabwicklung

--
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Adresse.
Elkotron Bauelemente GmbH, Sitz Nürnberg, Amtsgericht Nürnberg HRB 12345, Geschäftsführer: Dr. K. Lindner"""
    part = multipart("mixed", boundary("c002", "other"), [
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        attachment(pdfb, "application/pdf", "AB_7100045821.pdf"),
    ])
    h = [("Date", date), ("From", addr("Elkotron Auftragsabwicklung", "noreply-sap@elkotron.example")),
         ("To", B_SEMI["email"]), ("Subject", "Auftragsbestätigung 7100045821 zu Ihrer Bestellung 4500088213"),
         ("Message-ID", mid_plain("c002", "elkotron.example", "SAP.")), ("X-Mailer", "SAP NetWeaver 7.50")]
    h[3] = ("Subject", hdr(h[3][1], "iso-8859-1"))
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, q=15000, p="0.0042"), 2: acc(l2), 3: chg(l3, d=kw51)})]
    return out("semis-erp-pdf-pos-10-20-30", "de-DE",
               "SAP PDF acknowledgment numbers positions 10/20/30 with its own part numbers, prices per 1,000 pieces and reel rounding; "
               "KW 51 without a day and a 'DC 2538' date code that looks like a week.",
               po, message(h, part), "confirmation", confs,
               "Pos 10 = line 1: 15,000 (3 reels) at 4.20/1000 = 0.0042. Pos 20 = line 2 as ordered (1.10/1000 = 0.0011). "
               "Pos 30 = line 3: KW 51/2026 -> Fri 2026-12-18.")


# ---------------------------------------------------------------------------------------------
@case
def gmail_ship_vs_delivery():
    sup = Sup("RIDGELINE", "Ridgeline Tool Distributors", "orders@ridgeline-tools.example", "en-US")
    po = PO("FH-118342", sup, B_TOOL, "USD", D(2026, 11, 5), [
        L(1, "DCD791D2", "20V MAX XR brushless drill/driver kit, 2 batteries", 24, "EA", "179.00", D(2026, 12, 1)),
        L(2, "DW1361", "Titanium pilot point drill bit set, 21 pc", 60, "EA", "27.50", D(2026, 12, 1)),
        L(3, "DWA2T40IR", "Impact Ready screwdriving set, 40 pc", 48, "EA", "18.90", D(2026, 12, 1)),
    ])
    assert_wd(D(2026, 12, 1), "Tue")
    assert_wd(D(2026, 11, 27), "Fri")
    date, when = date_hdr(2026, 11, 6, 11, 48, 30, -300)
    body = """Hi Megan,

Got it, thanks! All 3 lines on FH-118342 are good at your PO pricing.

Everything ships from our Columbus DC on 11/27 (Friday after Thanksgiving) via FedEx Freight, 1 pallet, and delivers Tuesday 12/1 to your Dublin, OH store.

Heads up: the DCD791D2 kits come in the new 2025-rev packaging, same SKU and UPC. Your quote #RQ-55120 pricing is good through 12/31/2026 if you want to add more.

Thanks,
Kevin

--
Kevin O'Malley
Account Manager | Ridgeline Tool Distributors
(614) 555-0133 | kevin.omalley@ridgeline-tools.example"""
    attribution = "On Thu, Nov 5, 2026 at 3:02 PM Megan Carter <mcarter@fieldstone-hw.example> wrote:"
    part = gmail_reply("c003", body, attribution, request_text(po, B_TOOL, "Hi Kevin,"))
    h = std_headers(addr("Kevin O'Malley", "kevin.omalley@ridgeline-tools.example"), addr("Megan Carter", B_TOOL["email"]),
                    re_(po, "Re: "), date, mid_gmail("c003"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    return out("power-tools-ship-vs-delivery", "en-US",
               "US month-first dates and a ship date (11/27) that differs from the delivery date (12/1); only delivery counts, so all lines are as ordered.",
               po, message(h, part), "confirmation", [all_acc(po)],
               "Ships 11/27 but delivers Tue 12/1 = requested date; prices as PO. Quote validity 12/31 is a distractor.")


# ---------------------------------------------------------------------------------------------
@case
def linen_per_piece_semaine():
    sup = Sup("VAUCLAIR", "Linge Hôtelier Vauclair SAS", "adv@vauclair-linge.example", "fr-FR")
    po = PO("MH-26-04417", sup, B_HOTEL, "EUR", D(2026, 11, 2), [
        L(1, "SER-BAIN-70140", "Bath towel 70x140 cm, 550 g/m2, white", 30, "DZ", "54.00", D(2026, 12, 11)),
        L(2, "DRAP-240300", "Flat sheet 240x300 cm, percale 200 threads", 20, "DZ", "138.00", D(2026, 12, 11)),
        L(3, "TAIE-5075", "Pillowcase 50x75 cm, percale", 40, "DZ", "33.60", D(2026, 12, 11)),
    ])
    s50 = week_friday(2026, 50)
    assert s50 == D(2026, 12, 11)
    assert Decimal("4.60") * 12 == Decimal("55.20") and Decimal("11.50") * 12 == Decimal("138.00") and Decimal("2.80") * 12 == Decimal("33.60")
    date, when = date_hdr(2026, 11, 10, 9, 37, 2, 60)
    body = """Bonjour Madame Marsh,

Nous vous remercions pour votre commande MH-26-04417 et vous la confirmons comme suit :

- Serviettes de bain 70x140 550 g/m² : 360 pièces (30 douzaines), 4,60 € HT la pièce (hausse du coton au 01/11), livraison semaine 50
- Draps plats 240x300 percale 200 fils : 240 pièces, 11,50 € HT la pièce, livraison semaine 50
- Taies 50x75 percale : 480 pièces, 2,80 € HT la pièce, livraison semaine 50

Nos tarifs sont valables jusqu'au 31/12/2026. Conditions de paiement : 45 jours fin de mois. Franco de port à partir de 1 500 € HT.

Bien cordialement,

Nathalie Roux
Administration des ventes
Linge Hôtelier Vauclair SAS
12 rue des Tisserands – 69100 Villeurbanne
Tél. : +33 4 78 55 01 20"""
    sent = "lundi 2 novembre 2026 17:41"
    part = outlook_reply("c004", body, "fr", po, B_HOTEL, sent, "FR")
    h = std_headers(addr("Nathalie Roux", "n.roux@vauclair-linge.example"), addr("Sophie Marsh", B_HOTEL["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c004"), irt=req_mid(po), refs=req_mid(po), lang="fr-FR")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="55.20"), 2: acc(l2), 3: acc(l3)})]
    return out("hotel-linen-price-per-piece-dozens", "fr-FR",
               "The PO is in dozens but the supplier answers in pieces and per-piece prices; only the towel price changes once converted, "
               "and 'semaine 50' has to become Friday 11 Dec.",
               po, message(h, part), "confirmation", confs,
               "Per-piece x 12: towels 4.60 -> 55.20/DZ (changed), sheets 11.50 -> 138.00, pillowcases 2.80 -> 33.60. Semaine 50 = Fri 2026-12-11.")


# ---------------------------------------------------------------------------------------------
@case
def petfood_pallet_layer():
    sup = Sup("VALPADANA", "Mangimi Valpadana S.r.l.", "ordini@valpadana-mangimi.example", "it-IT")
    po = PO("OP-7731", sup, B_PET, "EUR", D(2026, 11, 6), [
        L(1, "VP-DOG-ADULT-20", "Adult dog dry food chicken & rice, bag 20 kg", 150, "BAG", "31.40", D(2026, 12, 2)),
        L(2, "VP-CAT-STER-15", "Sterilised cat dry food salmon, bag 15 kg", 96, "BAG", "38.90", D(2026, 12, 2)),
    ])
    assert_wd(D(2026, 12, 2), "Wed")
    date, when = date_hdr(2026, 11, 9, 10, 5, 51, 60)
    body = """Buongiorno Tom,

confermiamo l'ordine OP-7731 con una piccola modifica sulla riga 1: il cane adult 20 kg viaggia a 8 sacchi per strato, quindi per chiudere lo strato vi mandiamo 152 sacchi invece di 150 (19 strati su 2 bancali). Prezzo invariato 31,40 €/sacco.

Riga 2, gatto sterilizzato 15 kg: 96 sacchi = 2 bancali completi da 48, tutto ok.

Consegna di entrambe le righe mercoledì 2 dicembre presso il vostro magazzino di Exeter.
Lotto di produzione 2611-07, scadenza 05/2028.

Un saluto,
Chiara Benedetti
Ufficio Commerciale Estero
Mangimi Valpadana S.r.l. – Via Emilia 210, 43126 Parma
Tel. +39 0521 555 480"""
    attribution = "Il giorno ven 6 nov 2026 alle ore 16:20 Tom Hallett <t.hallett@orchard-petcare.example> ha scritto:"
    part = gmail_reply("c005", body, attribution, request_text(po, B_PET, "Dear Chiara,"))
    h = std_headers(addr("Chiara Benedetti", "c.benedetti@valpadana-mangimi.example"), addr("Tom Hallett", B_PET["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c005"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, q=152), 2: acc(l2)})]
    return out("petfood-pallet-layer-rounding", "it-IT",
               "Line 1 is rounded up to a full pallet layer (8 bags) so 152 instead of 150 bags; lot and expiry dates (05/2028) are not delivery dates.",
               po, message(h, part), "confirmation", confs,
               "Line 1: 152 bags, price unchanged, Wed 2 Dec = requested. Line 2 as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def brakepads_split():
    sup = Sup("FRENOSIB", "Frenos Ibéricos Distribución S.L.", "pedidos@frenos-ibericos.example", "es-ES")
    po = PO("KAP-PO-55820", sup, B_AUTO, "EUR", D(2026, 11, 5), [
        L(1, "FI-BP-1123", "Front brake pad set (axle set) VW Golf VII 1.6 TDI", 40, "SET", "24.80", D(2026, 11, 30)),
        L(2, "FI-BP-2047", "Rear brake pad set (axle set) Toyota Corolla E21", 25, "SET", "19.60", D(2026, 11, 30)),
        L(3, "FI-BD-0388", "Brake disc pair front 288x25 mm vented", 20, "PR", "58.00", D(2026, 11, 30)),
    ])
    date, when = date_hdr(2026, 11, 11, 12, 40, 18, 60)
    body = """Buenos días Aylin:

Le confirmamos su pedido KAP-PO-55820 de la siguiente manera:

Línea 1 – ref. 1123 juego eje delantero Golf VII: tenemos 25 juegos en stock, que le entregamos el 30/11; los 15 juegos restantes llegan de fábrica y se los entregamos el 14/12. Precio 24,80 € según pedido.
Línea 2 – ref. 2047 juego trasero Corolla: 25 juegos, entrega 30/11, precio según pedido.
Línea 3 – discos 288x25 ventilados: 20 pares, entrega 30/11. Atención: por la nueva tarifa del fabricante (vigente desde el 01/11) el precio pasa a 61,20 €/par.

Portes pagados, pago a 60 días fecha factura.

Un saludo,
Javier Molina
Dpto. Comercial – Exportación
Frenos Ibéricos Distribución S.L.
Polígono Industrial Cobo Calleja, C/ Fundidores 18 – 28947 Fuenlabrada (Madrid)"""
    sent = "jueves, 5 de noviembre de 2026 9:12"
    part = outlook_reply("c006", body, "es", po, B_AUTO, sent, "ES")
    h = std_headers(addr("Javier Molina", "j.molina@frenos-ibericos.example"), addr("Aylin Demir", B_AUTO["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c006"), irt=req_mid(po), refs=req_mid(po), lang="es-ES")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, d=D(2026, 12, 14), sched=[(25, D(2026, 11, 30)), (15, D(2026, 12, 14))]),
                       2: acc(l2), 3: chg(l3, p="61.20")})]
    return out("brake-pads-axle-sets-split", "es-ES",
               "Line 1 splits into 25 sets on 30/11 and 15 sets on 14/12, line 3 gets a new list price; 'ref. 1123' and '288x25' are item numbers, not quantities.",
               po, message(h, part), "confirmation", confs,
               "Line 1 schedule 25 @ 2026-11-30 + 15 @ 2026-12-14. Line 3 price 61.20/pair. '60 días' is payment.")


# ---------------------------------------------------------------------------------------------
@case
def refrigerant_cylinders_percent():
    sup = Sup("VANDIJK", "Koudetechniek Groothandel Van Dijk B.V.", "verkoop@vandijk-koudetechniek.example", "nl-NL")
    po = PO("NBS-2026-1187", sup, B_BUILD, "EUR", D(2026, 11, 9), [
        L(1, "R32-9KG", "Refrigerant R32, 9 kg returnable cylinder", 180, "KG", "27.00", D(2026, 11, 25)),
        L(2, "R454B-10KG", "Refrigerant R454B (Opteon XL41), 10 kg cylinder", 100, "KG", "61.50", D(2026, 11, 25)),
        L(3, "R290-5KG", "Refrigerant R290 (propane), 5 kg cylinder", 25, "KG", "18.40", D(2026, 11, 25)),
    ])
    assert_wd(D(2026, 11, 25), "Wed")
    assert Decimal("243.00") / 9 == Decimal("27")
    p2 = q2(Decimal("61.50") * Decimal("1.08"))
    assert p2 == "66.42"
    date, when = date_hdr(2026, 11, 11, 15, 3, 27, 60)
    body = """Beste Marek,

Bedankt voor je bestelling. Hierbij bevestigen wij NBS-2026-1187:

- R32: 20 cilinders à 9 kg = 180 kg, € 243,00 per cilinder (excl. statiegeld € 95,00 per cilinder), levering woensdag 25 november
- R454B: 10 cilinders à 10 kg. Let op: door de verdere verlaging van de HFK-quota per 1-1-2027 rekenen wij een toeslag van 8% op de orderprijs. Levering 25-11.
- R290: 5 cilinders à 5 kg, prijs conform order, levering 25-11.

Voor de F-gassen hebben wij jullie F-gassencertificaat nog in het dossier (geldig tot 14-03-2029), dus daar hoeven jullie niets meer voor te sturen.

Met vriendelijke groet,

Ruud Verbeek
Binnendienst
Koudetechniek Groothandel Van Dijk B.V.
Industrieweg 7, 3044 AS Rotterdam | T 010 555 3870"""
    sent = "maandag 9 november 2026 14:26"
    part = outlook_reply("c007", body, "nl", po, B_BUILD, sent, "NL")
    h = std_headers(addr("Ruud Verbeek", "r.verbeek@vandijk-koudetechniek.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c007"), irt=req_mid(po), refs=req_mid(po), lang="nl-NL")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p=p2), 3: acc(l3)})]
    return out("refrigerant-cylinders-percent-surcharge", "nl-NL",
               "R32 is priced per 9 kg cylinder (243/9 = 27.00/kg, unchanged) with a separate deposit; R454B gets +8% on the PO price; certificate validity is a distractor date.",
               po, message(h, part), "confirmation", confs,
               "Line 1 accepted (cylinder price / 9 kg = PO price; statiegeld is a deposit). Line 2: 61.50 x 1.08 = 66.42. Line 3 as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def scaffold_discontinued():
    sup = Sup("RUSZMAZ", "Rusztowania Mazowsze Sp. z o.o.", "zamowienia@rusztowania-mazowsze.example", "pl-PL")
    po = PO("NBS-2026-1192", sup, B_BUILD2, "EUR", D(2026, 11, 9), [
        L(1, "RM-RUR-4832-6", "Scaffold tube 48.3x3.2 mm, galvanised, 6.0 m", 200, "PCS", "38.50", D(2026, 12, 4)),
        L(2, "RM-ZL-EN74-90", "Right-angle coupler EN 74-1, forged, 48.3 mm", 800, "PCS", "3.10", D(2026, 12, 4)),
        L(3, "RM-PODEST-307", "Steel deck 3.07 m x 0.32 m", 120, "PCS", "41.00", D(2026, 12, 4)),
        L(4, "RM-ZL-OBR-KLIN", "Swivel wedge coupler 48.3 mm (old type)", 100, "PCS", "4.20", D(2026, 12, 4)),
    ])
    date, when = date_hdr(2026, 11, 12, 8, 51, 3, 60)
    body = """Dzień dobry Panie Danielu,

potwierdzamy zamówienie NBS-2026-1192:

poz. 1 - rura 48,3x3,2 ocynk 6,0 m - 200 szt. (ok. 4,3 t), 38,50 EUR/szt., dostawa 04.12.2026
poz. 2 - złącze krzyżowe EN 74-1 kute - 800 szt., 3,10 EUR/szt., dostawa 04.12.2026
poz. 3 - podest stalowy 3,07 m - 120 szt., cena bez zmian, dostawa dopiero 11.12.2026 (opóźnienie w ocynkowni)
poz. 4 - złącze obrotowe klinowe starego typu - wycofane z produkcji, nie możemy dostarczyć. Zamiennik: RM-ZL-OBR-EN74 w cenie 4,65 EUR/szt. - proszę o informację, czy dopisać do zamówienia.

Transport: nasz samochód, rozładunek HDS po Państwa stronie.

Pozdrawiam
Agnieszka Wróbel
Dział Sprzedaży
Rusztowania Mazowsze Sp. z o.o.
ul. Przemysłowa 12, 05-800 Pruszków
tel. +48 22 555 41 90"""
    quoted = f"W dniu 9.11.2026 o 15:30, Daniel Brooks pisze:\n{gt(request_text(po, B_BUILD2))}"
    part = text(body + "\n\n" + quoted + "\n", charset="iso-8859-2", cte="quoted-printable", flowed=True)
    h = std_headers(addr("Agnieszka Wróbel", "a.wrobel@rusztowania-mazowsze.example", "iso-8859-2"),
                    B_BUILD2["email"], "Re: " + request_subject(po), date,
                    mid_uuid("c008", "rusztowania-mazowsze.example"), irt=req_mid(po), refs=req_mid(po), client="tb",
                    extra=[("Content-Language", "pl")])
    l1, l2, l3, l4 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: chg(l3, d=D(2026, 12, 11)), 4: rej()})]
    return out("scaffold-discontinued-coupler", "pl-PL",
               "Line 4 is discontinued and only a substitute is offered (not on the PO), line 3 slips a week; tonnage '4,3 t' and 'EN 74-1' are not quantities.",
               po, message(h, part), "confirmation", confs,
               "Lines 1-2 as ordered, line 3 date 2026-12-11, line 4 rejected (substitute needs a new order line).")


# ---------------------------------------------------------------------------------------------
@case
def cleaning_paper_per_roll():
    sup = Sup("PAPVYS", "Papírny Vysočina s.r.o.", "objednavky@papirny-vysocina.example", "cs-CZ")
    po = PO("MH-26-04452", sup, B_HOTEL2, "EUR", D(2026, 11, 10), [
        L(1, "PV-TP-JUMBO-2V", "Jumbo toilet roll 2-ply, 19 cm, case of 6 rolls", 80, "CS", "21.60", D(2026, 12, 3)),
        L(2, "PV-ZZ-V-4000", "Z-fold hand towels 2-ply, case of 4000 sheets", 150, "CS", "17.20", D(2026, 12, 3)),
        L(3, "PV-UT-300", "Industrial wiping roll 300 m, 2-ply blue, case of 2 rolls", 40, "CS", "29.80", D(2026, 12, 3)),
    ])
    assert Decimal("3.75") * 6 == Decimal("22.50") and Decimal("14.90") * 2 == Decimal("29.80")
    date, when = date_hdr(2026, 11, 13, 13, 15, 40, 60)
    body = """Dobrý den, pane Bergere,

děkujeme za objednávku č. MH-26-04452, potvrzujeme:

1) toaletní papír Jumbo 2vrstvý, prům. 19 cm – 80 krt. (480 rolí), cena 3,75 EUR/role, dodání 3. 12. 2026
2) ručníky ZZ 2vrstvé – 150 krt., 17,20 EUR/krt., dodání 3. 12. 2026
3) průmyslová utěrka 300 m modrá – 40 krt. (80 rolí), 14,90 EUR/role, dodání 3. 12. 2026

Zboží bude naloženo na 6 paletách EUR (výměna palet).

S pozdravem

Petra Dvořáková
obchodní oddělení
Papírny Vysočina s.r.o.
Průmyslová 1540, 586 01 Jihlava
tel.: +420 567 555 218"""
    sent = "úterý 10. listopadu 2026 11:08"
    part = outlook_reply("c009", body, "cs", po, B_HOTEL2, sent, "CS", charset="windows-1250")
    h = std_headers(addr("Petra Dvořáková", "p.dvorakova@papirny-vysocina.example", "windows-1250"),
                    addr("Lukas Berger", B_HOTEL2["email"]), "RE: " + request_subject(po), date, mid_outlook("c009"),
                    irt=req_mid(po), refs=req_mid(po), lang="cs-CZ", charset="windows-1250")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="22.50"), 2: acc(l2), 3: acc(l3)})]
    return out("cleaning-paper-price-per-roll", "cs-CZ",
               "Windows-1250 Outlook mail quoting per-roll prices against a per-case PO: 3.75/roll x 6 is a price change, 14.90/roll x 2 is not.",
               po, message(h, part), "confirmation", confs,
               "Line 1: 6 x 3.75 = 22.50/case (changed). Line 2 as ordered. Line 3: 2 x 14.90 = 29.80 (as ordered).")


# ---------------------------------------------------------------------------------------------
@case
def alu_price_per_kg():
    sup = Sup("NORRPROFIL", "Norrprofil Aluminium AB", "order@norrprofil.example", "sv-SE")
    po = PO("AF-PO-3309", sup, B_ALU, "EUR", D(2026, 11, 6), [
        L(1, "NP-40408", "Profile 40x40 slotted, 6063-T6, bar 6 m (1.25 kg/m)", 120, "BAR", "32.10", D(2026, 12, 10)),
        L(2, "NP-2020-L", "Angle 20x20x2, 6060-T66, bar 6 m (0.21 kg/m)", 300, "BAR", "5.90", D(2026, 12, 10)),
    ])
    v50 = week_friday(2026, 50)
    assert Decimal("4.40") * Decimal("1.25") * 6 == Decimal("33.00")
    date, when = date_hdr(2026, 11, 16, 10, 20, 5, 60)
    body = """Hej Oliver,

Tack för beställningen. Vi bekräftar AF-PO-3309 enligt nedan:

Pos 1: 40x40 spårprofil 6063-T6, 120 st à 6 m, vikt 1,25 kg/m = 900 kg. Pris 4,40 EUR/kg inkl. legeringstillägg för november. Leverans v. 50.
Pos 2: vinkel 20x20x2, 300 st à 6 m (378 kg). Pris enligt order, 5,90 EUR/st. Leverans v. 50.

Profilerna levereras buntade på träpallar, max längd 6 050 mm.

Med vänliga hälsningar
Anders Lindqvist
Innesälj
Norrprofil Aluminium AB
Verkstadsvägen 3, 931 36 Skellefteå
+46 910 555 612"""
    attribution = "6 nov. 2026 kl. 13:47 skrev Oliver Grant <o.grant@alucraft-facades.example>:"
    plain = f"{body}\n\n{attribution}\n\n{gt(request_text(po, B_ALU, 'Hello Anders,'))}\n"
    bq = "<br>".join(esc(x) for x in request_text(po, B_ALU, 'Hello Anders,').split("\n"))
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
           + f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br><div><div>{bq}</div></div></blockquote></div></body></html>')
    part = multipart("alternative", boundary("c010", "apple"), [text(plain), html(htm)])
    h = std_headers(addr("Anders Lindqvist", "anders.lindqvist@norrprofil.example"), addr("Oliver Grant", B_ALU["email"]),
                    "Sv: " + request_subject(po), date, mid_apple("c010", "norrprofil.example"),
                    irt=req_mid(po), refs=req_mid(po), client="apple")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="33.00", d=v50), 2: chg(l2, d=v50)})]
    return out("alu-extrusions-price-per-kg", "sv-SE",
               "Price is given per kg with a kg/m weight (4.40 x 1.25 x 6 m = 33.00 per bar) and 'v. 50' lands on Friday 11 Dec, one day after the requested Thursday.",
               po, message(h, part), "confirmation", confs,
               "Line 1: 33.00/bar, 2026-12-11. Line 2: price as ordered, date v.50 = 2026-12-11 (requested 12-10).")


# ---------------------------------------------------------------------------------------------
@case
def cosmetics_sjis():
    sup = Sup("TOWACHEM", "Towa Chemical Co., Ltd.", "eigyo@towa-chemical.example", "ja-JP")
    po = PO("LC-2026-0561", sup, B_COSM, "USD", D(2026, 11, 4), [
        L(1, "TC-HA-LMW", "Sodium hyaluronate, low molecular weight, cosmetic grade", 25, "KG", "410.00", D(2026, 12, 15)),
        L(2, "TC-NIA-99", "Niacinamide 99% USP", 400, "KG", "14.20", D(2026, 12, 15)),
    ])
    date, when = date_hdr(2026, 11, 12, 17, 45, 12, 540)
    body = """Lumen Cosmetics Ltd
購買部 Hannah Kim 様

いつも大変お世話になっております。
東和ケミカル海外営業部の佐藤です。

ご注文（LC-2026-0561）をいただき、誠にありがとうございます。
下記の通りお請けいたします。

1. ヒアルロン酸Na（低分子）　25kg（5kg缶×5）　単価 USD 410.00/kg　納期：2026年12月15日
2. ナイアシンアミド 99% USP　400kg（25kgドラム×16本）　単価 USD 14.20/kg
　 納期：2026年12月22日（原料入荷の都合により1週間遅れとなります。申し訳ございません。）

COA（試験成績書）は出荷時に同梱いたします。
ロット番号：HN-261104　使用期限：2028年11月3日

引き続きよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
東和ケミカル株式会社　海外営業部
佐藤 健一（Kenichi Sato）
〒541-0045 大阪市中央区道修町2-1-8
TEL: 06-6555-2140
━━━━━━━━━━━━━━━━━━"""
    quoted = f"-----Original Message-----\nFrom: Hannah Kim <{B_COSM['email']}>\nSent: Wednesday, November 4, 2026 6:30 PM\nTo: {sup['email']}\nSubject: {request_subject(po)}\n\n{request_text(po, B_COSM)}"
    part = text(body + "\n\n" + gt(quoted) + "\n", charset="shift_jis", cte="base64")
    h = std_headers(addr("佐藤 健一", "k.sato@towa-chemical.example", "shift_jis"), addr("Hannah Kim", B_COSM["email"]),
                    "RE: " + request_subject(po) + "（ご注文請書）", date, mid_plain("c011", "towa-chemical.example", "2026111217451"),
                    irt=req_mid(po), refs=req_mid(po), client="other", charset="shift_jis",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2026, 12, 22))})]
    return out("cosmetics-raw-materials-shift-jis", "ja-JP",
               "Shift_JIS base64 body with Japanese dates; line 2 is one week late, and the lot number HN-261104 and the expiry date look like dates.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered (2026-12-15). Line 2 delivery 2026-12-22. Expiry 2028-11-03 is not a delivery date.")


# ---------------------------------------------------------------------------------------------
@case
def granulate_gb2312():
    sup = Sup("HUASU", "Ningbo Huasu New Materials Co., Ltd.", "sales@huasu-plastics.example", "zh-CN")
    po = PO("PFM-26-2210", sup, B_PLAST, "USD", D(2026, 11, 9), [
        L(1, "HS-PP-H030", "PP homopolymer H030, MFI 3, natural, 25 kg bags", 10000, "KG", "1.32", D(2027, 1, 15)),
        L(2, "HS-ABS-750", "ABS 750SW, natural, 25 kg bags", 5000, "KG", "1.88", D(2027, 1, 15)),
    ])
    date, when = date_hdr(2026, 11, 13, 10, 32, 0, 480)
    eta = next_date(1, 14, when.date())
    assert eta == D(2027, 1, 14)
    body = """Graham 您好！

感谢您的订单 PFM-26-2210，现确认如下：

1. PP 均聚 H030（MFI 3，本色），25公斤/袋，10吨，单价 USD 1,350/吨 CIF Felixstowe（原料上涨，请谅解）
2. ABS 750SW 本色，25公斤/袋，5吨，单价 USD 1,880/吨 CIF Felixstowe

两项一起装一个20尺柜，12月10日宁波港开船，预计1月14日到 Felixstowe。
付款方式：30% 预付，70% 见提单副本付款。

祝好！
王丽 Lily Wang
宁波华塑新材料有限公司 外贸部
电话：+86 574 5555 8821"""
    quoted = f"From: Graham Neal <{B_PLAST['email']}>\nDate: 2026-11-09 17:20\nTo: sales <{sup['email']}>\nSubject: {request_subject(po)}\n\n{request_text(po, B_PLAST)}"
    plain = body + "\n\n" + gt(quoted, "> ") + "\n"
    part = multipart("alternative", boundary("c012", "other"), [
        text(plain, charset="gb2312", cte="base64"),
        html(simple_html(body, "<br><blockquote>" + "<br>".join(esc(x) for x in quoted.split("\n")) + "</blockquote>",
                         "font-family:SimSun;font-size:10.5pt").replace("charset=utf-8", "charset=gb2312"),
             charset="gb2312", cte="base64"),
    ])
    h = std_headers(addr("Lily Wang", "lily.wang@huasu-plastics.example"), addr("Graham Neal", B_PLAST["email"]),
                    "回复: " + request_subject(po), date, mid_plain("c012", "huasu-plastics.example", "2026111310320"),
                    irt=req_mid(po), refs=req_mid(po), client="other", charset="gb2312",
                    extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")])
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="1.35", d=eta), 2: chg(l2, d=eta)})]
    return out("plastic-granulate-gb2312-per-tonne", "zh-CN",
               "GB2312 mail pricing per tonne against a per-kg PO, with a sailing date and an arrival date given without a year that rolls into 2027.",
               po, message(h, part), "confirmation", confs,
               "Per tonne / 1000: 1.35 (changed) and 1.88 (same). Arrival 1月14日 -> 2027-01-14 is the delivery (sailing 12-10 is only shipment).")


# ---------------------------------------------------------------------------------------------
@case
def granite_setts_pallets():
    sup = Sup("SERRAZUL", "Granitos Serra Azul Ltda.", "vendas@serraazul-granitos.example", "pt-BR")
    po = PO("NBS-2026-1201", sup, B_BUILD, "EUR", D(2026, 11, 10), [
        L(1, "GSA-CUBO-1010", "Granite setts 10x10x8 cm, grey, flamed", 240, "M2", "24.50", D(2026, 12, 11)),
        L(2, "GSA-CUBO-2010", "Granite setts 20x10x8 cm, grey", 100, "M2", "27.80", D(2026, 12, 11)),
        L(3, "GSA-GUIA-100", "Granite kerb 100x30x15 cm", 180, "PCS", "21.00", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 16, 9, 10, 44, -180)
    body = """Prezado Marek, bom dia.

Segue a confirmação do pedido NBS-2026-1201:

Item 1 – cubo 10x10x8 flameado: 240 m² (20 paletes de 12 m²) – € 24,50/m² – OK
Item 2 – cubo 20x10x8: os paletes são de 12 m², então fechamos em 108 m² (9 paletes) – € 27,80/m²
Item 3 – guia 100x30x15: 180 peças – € 21,00/peça

Embarque até 11/12 no porto de Vitória (FOB), conforme solicitado. Peso total aprox. 62 t, 3 contêineres de 20'.

Qualquer dúvida estou à disposição.

Atenciosamente,
Rafael Teixeira
Exportação
Granitos Serra Azul Ltda. – Cachoeiro de Itapemirim/ES
+55 28 3555-0194"""
    attribution = "Em ter., 10 de nov. de 2026 às 11:02, Marek Nowak <m.nowak@northline-bs.example> escreveu:"
    part = gmail_reply("c013", body, attribution, request_text(po, B_BUILD))
    h = std_headers(addr("Rafael Teixeira", "rafael@serraazul-granitos.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c013"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, q=108), 3: acc(l3)})]
    return out("granite-setts-pallet-rounding-m2", "pt-BR",
               "Square metres rounded up to whole 12 m2 pallets on line 2 only (100 -> 108 m2); '10x10x8', '62 t' and '20'' containers are distractors.",
               po, message(h, part), "confirmation", confs,
               "Line 2 confirmed 108 m2 (9 pallets). Shipment by 11/12 equals the requested date; lines 1 and 3 as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def bakery_korean():
    sup = Sup("HANBIT", "Hanbit Bakery Co., Ltd.", "export@hanbit-bakery.example", "ko-KR")
    po = PO("HC-PO-8812", sup, B_BAKE, "USD", D(2026, 11, 10), [
        L(1, "HB-CROI-70", "Butter croissant 70 g, frozen, carton of 60", 300, "CTN", "38.40", D(2026, 12, 18)),
        L(2, "HB-PAIN-CHOC-80", "Pain au chocolat 80 g, frozen, carton of 50", 200, "CTN", "41.00", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 12, 16, 20, 33, 540)
    body = """안녕하세요, Chloe 님.

주문서 HC-PO-8812 잘 받았습니다. 아래와 같이 확인드립니다.

1. 버터 크루아상 70g (60개입) - 300카톤 - USD 38.40/카톤 - 납기 2026년 12월 18일
2. 뺑오쇼콜라 80g (50개입) - 200카톤 - USD 41.00/카톤 - 납기 2026년 12월 28일
   (초콜릿 스틱 원료 입고가 지연되어 부득이하게 납기가 변경되었습니다.)

팔레트당 60카톤 적재, 냉동(-18℃) 보관 조건입니다.
유통기한: 제조일로부터 12개월

감사합니다.

박지현 / Jihyun Park
해외영업팀 | 한빛베이커리 주식회사
T. +82 31 555 7702"""
    sent = "2026년 11월 10일 화요일 오후 5:05"
    part = outlook_reply("c014", body, "ko", po, B_BAKE, sent, "KO", charset="ks_c_5601-1987", cte="base64")
    h = std_headers(addr("박지현", "jihyun.park@hanbit-bakery.example", "ks_c_5601-1987"), addr("Chloe Bennett", B_BAKE["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c014", "apcprd03"), irt=req_mid(po), refs=req_mid(po),
                    lang="ko-KR", charset="ks_c_5601-1987")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2026, 12, 28))})]
    return out("frozen-bakery-korean-date-change", "ko-KR",
               "Korean Outlook mail in ks_c_5601-1987/base64; line 2 slips to 28 Dec, and '60개입', '70g' and '-18℃' are pack data, not quantities.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 delivery 2026-12-28.")


# ---------------------------------------------------------------------------------------------
@case
def windows_austria_kw():
    sup = Sup("PICHLER", "Holzfenster Pichler GmbH", "office@pichler-fenster.example", "de-AT")
    po = PO("NBS-2026-1176", sup, B_BUILD2, "EUR", D(2026, 11, 5), [
        L(1, "PF-IV78-1230-1480", "Timber window IV78 larch, 2-sash tilt&turn, 1230 x 1480 mm", 14, "PCS", "785.00", D(2027, 1, 8)),
        L(2, "PF-IV78-0900-1200", "Timber window IV78 larch, 1-sash, 900 x 1200 mm", 10, "PCS", "498.00", D(2027, 1, 8)),
        L(3, "PF-HT-1000-2100", "Entrance door oak, 1000 x 2100 mm, RC2", 2, "PCS", "2640.00", D(2027, 1, 8)),
    ])
    kw2 = week_friday(2027, 2)
    kw1 = week_friday(2027, 1)
    assert kw1 == D(2027, 1, 8) and kw2 == D(2027, 1, 15)
    assert_wd(D(2027, 1, 14), "Thu")
    date, when = date_hdr(2026, 11, 17, 11, 2, 15, 60)
    body = """Sehr geehrter Herr Brooks,

vielen Dank für Ihren Auftrag, den wir wie folgt bestätigen:

Pos. 1  Fenster IV78 Lärche 2-flügelig, Dreh-Kipp, 1230 x 1480 mm – 14 Stk. à € 785,00 – Liefertermin KW 2/2027
Pos. 2  Fenster IV78 Lärche 1-flügelig, 900 x 1200 mm – 10 Stk. à € 498,00 – Liefertermin KW 1/2027
Pos. 3  Haustür Eiche 1000 x 2100 mm, RC2 – 2 Stk. à € 2.640,00 – Liefertermin Donnerstag, 14. Jänner 2027

Bitte beachten Sie unseren Betriebsurlaub vom 23.12.2026 bis 06.01.2027. Die Maße verstehen sich als Stocklichtmaße lt. Ihrem Plan Nr. 26-118 vom 28.10.

Mit freundlichen Grüßen

Ing. Markus Pichler
Holzfenster Pichler GmbH
Gewerbestraße 22, 4840 Vöcklabruck, Österreich
Tel. +43 7672 555 60"""
    sent = "Donnerstag, 5. November 2026 10:44"
    part = outlook_reply("c015", body, "de", po, B_BUILD2, sent, "DE-AT")
    h = std_headers(addr("Markus Pichler", "m.pichler@pichler-fenster.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "AW: " + request_subject(po), date, mid_outlook("c015"), irt=req_mid(po), refs=req_mid(po), lang="de-AT")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, d=kw2), 2: acc(l2), 3: chg(l3, d=D(2027, 1, 14))})]
    return out("timber-windows-austrian-kw", "de-AT",
               "Dimensions like 1230 x 1480 mm and a plan date sit next to 'KW 2/2027', 'KW 1/2027' and an Austrian 'Jänner' date; each line lands differently.",
               po, message(h, part), "confirmation", confs,
               "Pos 1 KW 2/2027 -> Fri 2027-01-15 (changed). Pos 2 KW 1/2027 -> 2027-01-08 (= requested). Pos 3 Thu 2027-01-14.")


# ---------------------------------------------------------------------------------------------
@case
def chandlery_tbc():
    sup = Sup("ATLSHIP", "Atlantic Ship Stores Ltd", "orders@atlantic-shipstores.example", "en-IE")
    po = PO("SMS-41877", sup, B_SHIP, "EUR", D(2026, 11, 12), [
        L(1, "ASS-ROPE-PP-24", "Polypropylene mooring rope 24 mm, coil 220 m", 6, "COIL", "186.00", D(2026, 11, 26)),
        L(2, "ASS-SHKL-G-3/4", "Galvanised bow shackle 3/4\", WLL 4.75 t", 40, "PCS", "6.80", D(2026, 11, 26)),
        L(3, "ASS-PAINT-AF-20", "Antifouling paint red, 20 L", 12, "CAN", "312.00", D(2026, 11, 26)),
        L(4, "ASS-LJ-275N", "Lifejacket 275N SOLAS, automatic inflation", 20, "PCS", "149.00", D(2026, 11, 26)),
    ])
    date, when = date_hdr(2026, 11, 13, 16, 40, 2, 0)
    body = """Hi Jan,

Re your PO SMS-41877 for the MV Nordic Star, Dublin port call 26/11:

- 24 mm PP mooring rope: 6 coils confirmed at €186.00/coil, delivered alongside on the 26th.
- 3/4" bow shackles: 40 pcs OK, €6.80 each, same delivery.
- Antifouling 20 L: waiting to hear back from the paint manufacturer on stock - I'll confirm this one early next week.

Vessel agent details noted (Doyle Shipping, berth 33).

Regards,
Siobhán Kelly
Atlantic Ship Stores Ltd
Alexandra Road, Dublin Port, Dublin 1
+353 1 555 0917"""
    sent = "12 November 2026 10:15"
    part = outlook_reply("c016", body, "en", po, B_SHIP, sent, "EN-IE")
    h = std_headers(addr("Siobhán Kelly", "s.kelly@atlantic-shipstores.example"), addr("Jan Pieters", B_SHIP["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c016"), irt=req_mid(po), refs=req_mid(po), lang="en-IE")
    l1, l2, l3, l4 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: unc(), 4: unc()})]
    return out("ship-chandlery-partly-pending", "en-IE",
               "Two lines confirmed, the paint is 'to confirm early next week' and the lifejackets are not mentioned at all; '3/4\"' and 'WLL 4.75 t' are specs.",
               po, message(h, part), "confirmation", confs,
               "Lines 1-2 as ordered, line 3 pending (unconfirmed), line 4 not addressed (unconfirmed).")


# ---------------------------------------------------------------------------------------------
@case
def signs_question_de():
    sup = Sup("SIGNTEC", "Signtec Sicherheitskennzeichnung GmbH", "vertrieb@signtec.example", "de-DE")
    po = PO("BSS-PO-20931", sup, B_SIGN, "EUR", D(2026, 11, 11), [
        L(1, "ST-E003-200", "Safe condition sign E003 first aid, 200x200 mm, aluminium", 150, "PCS", "4.35", D(2026, 12, 4)),
        L(2, "ST-F001-200", "Fire equipment sign F001 extinguisher, 200x200 mm", 300, "PCS", "3.90", D(2026, 12, 4)),
        L(3, "ST-E001-400", "Emergency exit sign E001 left, 400x200 mm", 120, "PCS", "7.20", D(2026, 12, 4)),
    ])
    date, when = date_hdr(2026, 11, 12, 9, 14, 51, 60)
    body = """Guten Morgen Frau Owens,

danke für die Bestellung BSS-PO-20931. Bevor ich die Auftragsbestätigung schreiben kann, eine Rückfrage:

Sollen die Schilder F001 und E001 in langnachleuchtender Ausführung (DIN 67510-1, Klasse C) geliefert werden oder in der Standardausführung? Im Angebot vom 21.10. hatten wir beide Varianten aufgeführt, und die Preise in Ihrer Bestellung passen zu keiner der beiden genau.

Sobald ich Ihre Antwort habe, bestätige ich Ihnen Preise und Termin – 04.12. sollte machbar sein.

Viele Grüße
Stefan Krämer
Signtec Sicherheitskennzeichnung GmbH
Innendienst Vertrieb
Tel. +49 231 555 4470"""
    sent = "Mittwoch, 11. November 2026 16:22"
    part = outlook_reply("c017", body, "de", po, B_SIGN, sent, "DE")
    h = std_headers(addr("Krämer, Stefan", "s.kraemer@signtec.example"), addr("Rachel Owens", B_SIGN["email"]),
                    "AW: " + request_subject(po), date, mid_outlook("c017"), irt=req_mid(po), refs=req_mid(po), lang="de-DE")
    return out("safety-signs-question-before-ack", "de-DE",
               "A question about the photoluminescent variant with a 'should be feasible' date: nothing is committed yet.",
               po, message(h, part), "needs_review", None,
               "Supplier asks which variant is meant and will confirm afterwards; '04.12. sollte machbar sein' is not a commitment.")


# ---------------------------------------------------------------------------------------------
@case
def ooo_french():
    sup = Sup("VAUCLAIR", "Linge Hôtelier Vauclair SAS", "adv@vauclair-linge.example", "fr-FR")
    po = PO("MH-26-04498", sup, B_HOTEL, "EUR", D(2026, 11, 16), [
        L(1, "PEIG-BAIN-EP", "Bathrobe waffle, size L/XL, white", 8, "DZ", "186.00", D(2026, 12, 18)),
        L(2, "TAP-BAIN-5080", "Bath mat 50x80 cm, 800 g/m2", 10, "DZ", "62.40", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 16, 14, 2, 11, 60)
    body = """Bonjour,

Je suis absente du bureau du lundi 16/11 au vendredi 27/11 inclus, avec un accès limité à ma messagerie.
Je reprendrai contact avec vous dès mon retour le lundi 30 novembre.

Pour toute commande urgente, merci de contacter Julien Marchand : j.marchand@vauclair-linge.example / +33 4 78 55 01 24.

Cordialement,
Nathalie Roux
Administration des ventes - Linge Hôtelier Vauclair SAS"""
    part = text(body, charset="iso-8859-1", cte="quoted-printable")
    h = [("From", addr("Nathalie Roux", "n.roux@vauclair-linge.example")), ("To", addr("Sophie Marsh", B_HOTEL["email"])),
         ("Subject", hdr("Réponse automatique : " + request_subject(po), "iso-8859-1")),
         ("Thread-Topic", request_subject(po)), ("Date", date), ("Message-ID", mid_outlook("c018")),
         ("In-Reply-To", req_mid(po)), ("References", req_mid(po)), ("Auto-Submitted", "auto-replied"),
         ("X-Auto-Response-Suppress", "All"), ("Content-Language", "fr-FR")]
    return out("out-of-office-french", "fr-FR",
               "French out-of-office threaded on the request, full of dates (16/11, 27/11, 30 novembre) that are absence dates, not delivery dates.",
               po, message(h, part), "auto_reply", None, "Automatic absence notice; no order information.")


# ---------------------------------------------------------------------------------------------
@case
def bounce_postfix_unknown():
    sup = Sup("NORDFEED", "Nordic Lab Diets ApS", "ordre@nordic-labdiets.example", "da-DK")
    po = PO("CRS-PO-7420", sup, B_LAB, "GBP", D(2026, 11, 17), [
        L(1, "NLD-R70-IRR", "Rodent maintenance diet R70, irradiated 25 kGy, bag 10 kg", 60, "BAG", "38.20", D(2026, 12, 9)),
    ])
    date, when = date_hdr(2026, 11, 17, 9, 3, 28, 0)
    orig_mid = req_mid(po)
    orig = f"""Return-Path: <{B_LAB['email']}>
Received: from mail.crestview-research.example (mail.crestview-research.example [192.0.2.45])
	by mx1.crestview-research.example (Postfix) with ESMTPS id 4Xk2R71PqTz9vB
	for <ordre@nordic-labdiets.example>; Tue, 17 Nov 2026 09:03:24 +0000 (GMT)
From: Ingrid Solberg <{B_LAB['email']}>
To: ordre@nordic-labdiets.example
Subject: {request_subject(po)}
Date: Tue, 17 Nov 2026 09:03:20 +0000
Message-ID: {orig_mid}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
"""
    notice = """This is the mail system at host mx1.crestview-research.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ordre@nordic-labdiets.example>: host mx.nordic-labdiets.example[198.51.100.23]
    said: 550 5.1.1 <ordre@nordic-labdiets.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""
    ds = """Reporting-MTA: dns; mx1.crestview-research.example
X-Postfix-Queue-ID: 4Xk2R71PqTz9vB
X-Postfix-Sender: rfc822; i.solberg@crestview-research.example
Arrival-Date: Tue, 17 Nov 2026 09:03:24 +0000 (GMT)

Final-Recipient: rfc822; ordre@nordic-labdiets.example
Original-Recipient: rfc822;ordre@nordic-labdiets.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.nordic-labdiets.example
Diagnostic-Code: smtp; 550 5.1.1 <ordre@nordic-labdiets.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    bnd = "4Xk2R71PqTz9vB.1794906208/mx1.crestview-research.example"
    part = multipart("report", bnd, [
        (["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], notice.encode() + b"\n"),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode()),
        (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode()),
    ], params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("Date", date),
         ("From", "MAILER-DAEMON@mx1.crestview-research.example (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", B_LAB["email"]),
         ("Auto-Submitted", "auto-replied"), ("Message-ID", "<20261117090328.5C1A4R71PqTz9vC@mx1.crestview-research.example>")]
    return out("bounce-postfix-user-unknown", "da-DK",
               "Postfix multipart/report DSN (550 5.1.1 user unknown) returning the request's headers, including the PO number in the subject.",
               po, message(h, part), "bounce", None, "Delivery failure to the supplier's order address.")


# ---------------------------------------------------------------------------------------------
@case
def newsletter_fgas():
    sup = Sup("VANDIJK", "Koudetechniek Groothandel Van Dijk B.V.", "verkoop@vandijk-koudetechniek.example", "nl-NL")
    po = PO("NBS-2026-1214", sup, B_BUILD, "EUR", D(2026, 11, 13), [
        L(1, "R32-9KG", "Refrigerant R32, 9 kg returnable cylinder", 90, "KG", "27.00", D(2026, 12, 2)),
        L(2, "CU-ROL-12", "Copper tube soft coil 12 x 1 mm, 25 m", 10, "COIL", "96.50", D(2026, 12, 2)),
    ])
    date, when = date_hdr(2026, 11, 19, 7, 0, 0, 60)
    plain = """Van Dijk Koudetechniek – Nieuwsbrief november 2026

F-gassen 2027: wat verandert er per 1 januari?

Per 1-1-2027 daalt de HFK-quota opnieuw. Voor R410A en R404A verwachten wij prijsstijgingen van 10 tot 15%. Bestel tijdig: orders die vóór 18 december binnen zijn, leveren wij nog tegen de huidige prijzen (zolang de voorraad strekt).

Nieuw in het assortiment: R454C en R1234ze in 10 kg cilinders.

Kerstsluiting: ons magazijn is gesloten van 24 december t/m 1 januari.

Webinar 'Natuurlijke koudemiddelen in de praktijk': donderdag 3 december, 15:00 uur.

U ontvangt deze e-mail omdat u klant bent bij Van Dijk Koudetechniek.
Afmelden: https://vandijk-koudetechniek.example/nieuwsbrief/afmelden?id=88213"""
    htm = ("<html><head><meta charset=\"utf-8\"><title>Nieuwsbrief november 2026</title></head><body style=\"margin:0;background:#f1f4f7\">"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;font-family:Arial\">"
           + "".join(f"<tr><td style=\"padding:8px 24px\">{esc(x)}</td></tr>" for x in plain.split("\n\n"))
           + "</table></td></tr></table></body></html>")
    part = multipart("alternative", boundary("c020", "other"), [text(plain), html(htm)])
    h = [("Date", date), ("From", addr("Van Dijk Koudetechniek", "nieuwsbrief@vandijk-koudetechniek.example")),
         ("To", B_BUILD["email"]), ("Subject", "F-gassen 2027: bestel op tijd + kerstsluiting"),
         ("Message-ID", mid_plain("c020", "mailing.vandijk-koudetechniek.example", "nb.")),
         ("List-Unsubscribe", "<https://vandijk-koudetechniek.example/nieuwsbrief/afmelden?id=88213>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Mailchimp Mailer - **CID4f1a2b3c4d**")]
    return out("newsletter-fgas-price-warning", "nl-NL",
               "A bulk newsletter from the very supplier of an open PO, talking about refrigerant prices, order deadlines and a Christmas closing.",
               po, message(h, part), "unrelated", None, "Newsletter; does not answer PO NBS-2026-1214.")
