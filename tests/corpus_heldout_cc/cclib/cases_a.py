"""Cases 001-016: confirmations (special date/price phrasings)."""
from .common import (case, sup, po, conf, chg, REJ, UNC, build, reply_subject, outlook_quote, gt_quote,
                     request_text, B_LENA, B_JONAS, B_PRIYA)
from .mime import date_hdr
from .pdf import make_pdf


def E(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


@case("theatre-gels-accepted-oneliner", "confirmation/en-GB",
      "A one-line 'all confirmed as ordered' above an Outlook-quoted request whose table is full of look-alike numbers (53x61 cm, 1/2 CTO).")
def c001(seed):
    S = sup("LIMEL", "Limelight Filters Ltd", "orders@limelight-filters.example", "en-GB")
    P = po("4500031107", S, "GBP", "2026-11-09", [
        ("LF-201-5361", "Gel sheet 201 Full CT Blue, 53x61 cm", 120, "EA", "6.85", "2026-12-04"),
        ("LF-204-5361", "Gel sheet 204 Full CTO 1/2 pack, 53x61 cm", 120, "EA", "6.85", "2026-12-04"),
        ("LF-R106-762", "Gel roll 106 Primary Red 7.62 m x 1.22 m", 4, "ROL", "118.00", "2026-12-04"),
    ])
    body = ("Morning Lena,\n\nAll three lines confirmed as ordered - quantities, prices and 4 December delivery.\n\n"
            "Best regards,\nTom Hale\nSales Office | Limelight Filters Ltd\nUnit 7, Dockside Trading Estate, Bermondsey, London SE16 2QT\n"
            "T: +44 20 7946 0318\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "Limelight Filters Ltd, registered in England and Wales no. 04417263.\n\n" + outlook_quote(P))
    eml = build(seed, frm=("Tom Hale", "tom.hale@limelight-filters.example"), date=date_hdr(2026, 11, 10, 8, 41, 5, 0),
                subject=reply_subject(P), body=body, pos_reply=P, client="outlook", lang="en-GB")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: "acc"})],
                       "Colleague at supplier domain; plain 'all confirmed as ordered'; quoted table below must not be read as new values.")


@case("skateboard-bearings-per-thousand", "confirmation/en-US",
      "Bearing price stated '$395.00 per 1,000 pcs' must become 0.395 per PCS; the other lines are restated per 1,000 and equal the PO.")
def c002(seed):
    S = sup("RLRDYN", "Roll Dynamics Inc.", "sales@rolldynamics.example", "en-US")
    P = po("PO-77120", S, "USD", "2026-11-10", [
        ("608-2RS-A7", "Bearing 608-2RS ABEC-7, 8x22x7 mm", 4000, "PCS", "0.4200", "2026-12-11"),
        ("SPW-8-12", "Speed washer 8 mm ID, 1.2 mm thick", 4000, "PCS", "0.0350", "2026-12-11"),
        ("SPC-10-8", "Bearing spacer 10 mm x 8 mm ID", 2000, "PCS", "0.0600", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("Hi Priya,\n\nThanks for PO-77120. Confirming as follows:\n\n"
            "Line 1  608-2RS ABEC-7: 4,000 pcs @ $395.00 per 1,000 pcs (new 2027 bearing pricing, sorry), delivery 12/11/2026\n"
            "Line 2  speed washers: 4,000 pcs @ $35.00 per 1,000 pcs, delivery 12/11/2026\n"
            "Line 3  spacers: 2,000 pcs @ $60.00 per 1,000 pcs, delivery 12/11/2026\n\n"
            "Let me know if you need anything else.\n\nMike Kowalczyk\nInside Sales | Roll Dynamics Inc.\n"
            "2200 W. Commerce Pkwy, Suite 110, Tempe, AZ 85281\nPh (480) 555-0176\n\n" + gt_quote(P))
    eml = build(seed, frm=("Mike Kowalczyk", "mike.k@rolldynamics.example"), date=date_hdr(2026, 11, 10, 15, 2, 44, -7),
                subject="Re: " + "Order acknowledgment request - PO PO-77120", body=body, pos_reply=P, client="gmail")
    return [P], eml, E([conf(P, {1: chg(4000, "0.395", "2026-12-11"), 2: "acc", 3: "acc"})],
                       "Prices per 1,000 pcs: 395.00/1000 = 0.395 (changed from 0.42); 35.00/1000 and 60.00/1000 equal the PO. US dates 12/11 = 11 December.")


@case("organ-pipes-kw51", "confirmation/de-DE",
      "'Liefertermin KW 51/2026' without a weekday means Friday 18 Dec 2026; pipe descriptions carry 8', 4' and 75 % tin numbers.")
def c003(seed):
    S = sup("ORGPF", "Orgelpfeifenbau Kessler GmbH", "vertrieb@kessler-orgelpfeifen.example", "de-DE")
    P = po("4500031244", S, "EUR", "2026-11-11", [
        ("KP-PRI8-C", "Principal 8' pipe C, 75% tin, scale 155 mm", 2, "EA", "1840.00", "2026-12-11"),
        ("KP-OKT4-C", "Octave 4' pipe c0, 75% tin", 2, "EA", "690.00", "2026-12-11"),
        ("KP-FL-STOP", "Stopped flute 8' oak, 12x20 cm bore", 1, "SET", "3120.00", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ("Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bestellung 4500031244.\n\n"
            "Wir bestätigen alle drei Positionen zu den genannten Mengen und Preisen.\n"
            "Liefertermin KW 51/2026 (die Zinnlegierung 75 % kommt erst Anfang Dezember aus der Gießerei).\n\n"
            "Mit freundlichen Grüßen\n\nKatrin Vogt\nAuftragsabwicklung\nOrgelpfeifenbau Kessler GmbH\n"
            "Am Mühlbach 12 · 71634 Ludwigsburg\nTel. +49 7141 98 76-23\n"
            "Geschäftsführer: Andreas Kessler · Amtsgericht Stuttgart HRB 734112\n\n" + outlook_quote(P, "de"))
    eml = build(seed, frm=("Katrin Vogt", "k.vogt@kessler-orgelpfeifen.example"), date=date_hdr(2026, 11, 12, 11, 20, 3, 1),
                subject=reply_subject(P, "AW:"), body=body, pos_reply=P, client="outlook", lang="de-DE",
                charset="iso-8859-1")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(2, "1840.00", d), 2: chg(2, "690.00", d), 3: chg(1, "3120.00", d)})],
                       "KW 51/2026 with no day = Friday of ISO week 51 = 2026-12-18; quantities and prices as ordered.")


@case("tent-pegs-ende-kw50", "confirmation/de-CH",
      "Swiss 'Lieferung Ende KW 50' names no weekday, so per the reading rule it is Friday 11 Dec 2026; prices written CHF 1'180.00 style.")
def c004(seed):
    S = sup("ZELTAG", "Zeltbau Marti AG", "verkauf@zeltbau-marti.example", "de-CH")
    P = po("PO-2611-0418", S, "CHF", "2026-11-09", [
        ("ZH-600-25", "Tent peg steel galv. 600 mm, dia 25 mm", 400, "EA", "14.80", "2026-12-04"),
        ("ZH-1000-30", "Round-head tent peg 1000x30 mm", 150, "EA", "29.50", "2026-12-04"),
    ], buyer=B_JONAS)
    body = ("Grüezi Herr Weber\n\nBesten Dank für die Bestellung PO-2611-0418.\n\n"
            "Pos. 1: 400 Stk. Zeltheringe 600 mm à CHF 14.80 = CHF 5'920.00\n"
            "Pos. 2: 150 Stk. Rundkopfheringe 1000x30 mm à CHF 29.50 = CHF 4'425.00\n\n"
            "Mengen und Preise bestätigt. Den 4.12. schaffen wir leider nicht, die Verzinkerei ist ausgelastet:\n"
            "Lieferung Ende KW 50.\n\n"
            "Freundliche Grüsse\n\nReto Marti\nZeltbau Marti AG\nIndustriestrasse 21, 8404 Winterthur\nTel. +41 52 555 41 90\n\n"
            + gt_quote(P, "Am 09.11.2026 um 10:12 schrieb Jonas Weber <jonas.weber@halvorsen-pike.example>:"))
    eml = build(seed, frm=("Reto Marti", "verkauf@zeltbau-marti.example"), date=date_hdr(2026, 11, 10, 14, 5, 51, 1),
                subject="Re: Order acknowledgment request - PO PO-2611-0418", body=body, pos_reply=P, client="thunderbird",
                html="none", cte="8bit", charset="utf-8")
    d = "2026-12-11"
    return [P], eml, E([conf(P, {1: chg(400, "14.80", d), 2: chg(150, "29.50", d)})],
                       "'Lieferung Ende KW 50' names no day: FORMAT.md maps a bare calendar week to its Friday, and 'end of week 50' in a working week is Friday 2026-12-11 too, so the label is unambiguous. Swiss apostrophe thousands.")


@case("hose-couplings-ship-vs-delivery", "confirmation/fr-FR",
      "'expédition le 14/12, livraison le 16/12': the delivery date (16 Dec) wins over the ship date; dates have no year.")
def c005(seed):
    S = sup("RACPOM", "Raccords Pompiers Lemoine SAS", "adv@lemoine-raccords.example", "fr-FR")
    P = po("4500031302", S, "EUR", "2026-11-10", [
        ("RL-SYM65-AL", "Symmetric coupling DN 65 aluminium, 2 1/2in", 80, "EA", "38.40", "2026-12-11"),
        ("RL-STZC52-BR", "Storz coupling C 52 brass, 2in", 60, "EA", "44.10", "2026-12-11"),
    ])
    body = ("Bonjour Madame Marsh,\n\nNous accusons réception de votre commande 4500031302 et vous la confirmons :\n\n"
            "- 80 raccords symétriques DN 65 alu à 38,40 € HT\n- 60 raccords Storz C 52 laiton à 44,10 € HT\n\n"
            "Délai : expédition le 14/12, livraison le 16/12 sur votre entrepôt de Rotterdam.\n\n"
            "Bien cordialement,\n\nSophie Garnier\nAdministration des ventes\nRaccords Pompiers Lemoine SAS\n"
            "ZI des Gravières, 14 rue Ampère, 69740 Genas\nTél. : +33 4 72 55 18 40\n\n" + outlook_quote(P, "fr"))
    eml = build(seed, frm=("Sophie Garnier", "adv@lemoine-raccords.example"), date=date_hdr(2026, 11, 12, 16, 33, 12, 1),
                subject=reply_subject(P, "RE :"), body=body, pos_reply=P, client="outlook", lang="fr-FR",
                charset="windows-1252")
    d = "2026-12-16"
    return [P], eml, E([conf(P, {1: chg(80, "38.40", d), 2: chg(60, "44.10", d)})],
                       "Ship 14/12 and delivery 16/12 both given: delivery date wins (2026-12-16). Year-less dates resolve to 2026 after the mail date.")


@case("harvest-bins-consegna-tassativa", "confirmation/it-IT",
      "'consegna tassativa 18/12' (binding delivery, no year) replaces the requested 15 Dec for all lines; bin sizes 120x100x76 look like dates/quantities.")
def c006(seed):
    S = sup("VENDBN", "Plastiche Vendemmia S.r.l.", "ordini@plasticvendemmia.example", "it-IT")
    P = po("4500031315", S, "EUR", "2026-11-10", [
        ("PV-BIN300-F", "Harvest bin 300 L perforated, 120x100x76 cm", 50, "EA", "89.00", "2026-12-15"),
        ("PV-LID-120", "Lid for bin 120x100", 50, "EA", "21.50", "2026-12-15"),
        ("PV-CAS20", "Picking crate 20 kg, 50x35x30 cm", 600, "EA", "4.20", "2026-12-15"),
    ])
    body = ("Gentile Sig.ra Marsh,\n\nconfermiamo il Vs. ordine n. 4500031315 per tutte le righe, quantità e prezzi come da ordine "
            "(89,00 € / 21,50 € / 4,20 € cad.).\n\nConsegna tassativa 18/12 presso il Vs. magazzino.\n\n"
            "Cordiali saluti\n\nGiulia Bernardi\nUfficio Commerciale\nPlastiche Vendemmia S.r.l.\nVia dell'Industria 8, 31015 Conegliano (TV)\n"
            "Tel. +39 0438 555 271\n\n"
            "Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.\n\n"
            + outlook_quote(P, "it"))
    eml = build(seed, frm=("Giulia Bernardi", "ordini@plasticvendemmia.example"), date=date_hdr(2026, 11, 11, 9, 58, 40, 1),
                subject=reply_subject(P, "R:"), body=body, pos_reply=P, client="outlook", lang="it-IT")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(50, "89.00", d), 2: chg(50, "21.50", d), 3: chg(600, "4.20", d)})],
                       "'Consegna tassativa 18/12' = binding delivery on 2026-12-18 (no year; next 18 Dec after the mail). All lines change date only.")


@case("dough-divider-fecha-entrega", "confirmation/es-ES",
      "'fecha de entrega: 18-dic-2026' brings delivery forward from January; Spanish thousands '14.850,00 €' must not be read as 14.85.")
def c007(seed):
    S = sup("PANMAQ", "Maquinaria Panadera Ortiz S.L.", "pedidos@ortiz-panadera.example", "es-ES")
    P = po("4500031333", S, "EUR", "2026-11-11", [
        ("MPO-DV2-1200", "Volumetric dough divider 2 pockets, 200-1200 g", 2, "EA", "14850.00", "2027-01-15"),
        ("MPO-PST-3060", "Piston set 30x60 mm for divider", 4, "SET", "380.00", "2027-01-15"),
    ], buyer=B_JONAS)
    body = ("Estimado Jonas:\n\nLe confirmamos su pedido 4500031333:\n\n"
            "  Pos. 1  Divisora volumétrica 2 bolsillos 200-1200 g   2 uds.  14.850,00 €/ud.\n"
            "  Pos. 2  Juego de pistones 30x60 mm                     4 jgos.   380,00 €/jgo.\n\n"
            "Tenemos las máquinas en stock, así que podemos adelantar: fecha de entrega: 18-dic-2026 para ambas posiciones.\n\n"
            "Un saludo,\n\nMarta Ortiz\nDpto. Comercial - Maquinaria Panadera Ortiz S.L.\nPol. Ind. Cobo Calleja, C/ Fundidores 22, 28947 Fuenlabrada (Madrid)\n"
            "Tel. +34 916 55 32 18\n\n" + outlook_quote(P, "es"))
    eml = build(seed, frm=("Marta Ortiz", "pedidos@ortiz-panadera.example"), date=date_hdr(2026, 11, 13, 12, 7, 19, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="es-ES", charset="iso-8859-15")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(2, "14850.00", d), 2: chg(4, "380.00", d)})],
                       "Earlier delivery than requested still counts as a change (2027-01-15 -> 2026-12-18). '14.850,00' is fourteen thousand.")


@case("sushi-belt-entrega-dia", "confirmation/pt-BR",
      "'entrega dia 18/12' applies to item 1 only; item 2 is 'conforme pedido'; belt sold per metre with 82,5 mm pitch numbers nearby.")
def c008(seed):
    S = sup("ESTSUS", "Esteiras Sushi Brasil Ltda.", "vendas@esteirasushi.example", "pt-BR")
    P = po("PO-BR-26-0912", S, "BRL", "2026-11-12", [
        ("ESB-POM825", "Modular POM conveyor belt 82.5 mm pitch 1/2in", 36, "M", "412.00", "2026-12-11"),
        ("ESB-PRT12", "Sushi plate 12 cm with dome lid", 200, "PCS", "18.90", "2026-12-18"),
    ], buyer=B_PRIYA)
    body = ("Olá Priya, bom dia!\n\nSegue a confirmação do pedido PO-BR-26-0912:\n\n"
            "Item 1 - esteira modular POM: 36 m a R$ 412,00/m, entrega dia 18/12 (a matéria-prima chega só na semana que vem).\n"
            "Item 2 - pratos 12 cm com tampa: ok conforme pedido.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAbraços,\nRafael Souza\nEsteiras Sushi Brasil Ltda.\n"
            "Rua Domingos de Morais 1830 - Vila Mariana - São Paulo/SP - CEP 04010-200\n+55 11 5555-7812 | WhatsApp +55 11 95555-1203\n\n"
            + gt_quote(P, "Em qui., 12 de nov. de 2026 às 10:12, Priya Nair <priya.nair@halvorsen-pike.example> escreveu:"))
    eml = build(seed, frm=("Rafael Souza", "vendas@esteirasushi.example"), date=date_hdr(2026, 11, 17, 10, 44, 2, -3),
                subject="Re: Order acknowledgment request - PO PO-BR-26-0912", body=body, pos_reply=P, client="gmail", lang="pt-BR")
    return [P], eml, E([conf(P, {1: chg(36, "412.00", "2026-12-18"), 2: "acc"})],
                       "Date only for item 1 ('entrega dia 18/12', no year -> 2026-12-18); item 2 'conforme pedido' = accepted.")


@case("misting-nozzles-levering-op", "confirmation/nl-BE",
      "'levering op 18/12/2026' equals the requested date, so both lines are accepted despite the explicit restatement; 1/4\" thread and 0,2 mm look numeric.")
def c009(seed):
    S = sup("NEVELB", "Nevel Systems BV", "orders@nevelsystems.example", "nl-BE")
    P = po("4500031350", S, "EUR", "2026-11-12", [
        ("NS-NZ02-4W", "Misting nozzle 0.2 mm, 4-way, 1/4in connection", 500, "PCS", "2.35", "2026-12-18"),
        ("NS-ADV-25", "Anti-drip valve 2.5 bar", 500, "PCS", "1.10", "2026-12-18"),
    ])
    body = ("Beste Lena,\n\nBedankt voor uw bestelling 4500031350. Hierbij bevestigen wij:\n\n"
            "lijn 1: 500 st. vernevelaar 0,2 mm 4-weg à € 2,35\nlijn 2: 500 st. anti-drupventiel 2,5 bar à € 1,10\n\n"
            "levering op 18/12/2026 zoals gevraagd.\n\nMet vriendelijke groeten,\n\nPieter Claes\nNevel Systems BV\n"
            "Industrieweg 54, 9032 Wondelgem (Gent)\nT +32 9 555 18 77\nBTW BE 0456.778.123\n\n" + outlook_quote(P, "nl"))
    eml = build(seed, frm=("Pieter Claes", "pieter.claes@nevelsystems.example"), date=date_hdr(2026, 11, 13, 8, 15, 30, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="nl-BE", cte="base64")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc"})],
                       "Restated values all equal the PO (delivery 18/12/2026 = requested), so accepted; HTML+text base64.")


@case("pallet-nails-termin-realizacji", "confirmation/pl-PL",
      "'termin realizacji 18.12.2026' moves both lines a week; line 2 also gets a new per-kg price written '10,90 zł/kg'.")
def c010(seed):
    S = sup("GWOZPL", "Gwoździarnia Nowak Sp. z o.o.", "zamowienia@nowak-gwozdzie.example", "pl-PL")
    P = po("4500031371", S, "PLN", "2026-11-12", [
        ("GN-RING-2860", "Pallet ring-shank nail 2.8x60 mm, bright", 1200, "KG", "9.80", "2026-12-11"),
        ("GN-SCR-3190", "Screw-shank pallet nail 3.1x90 mm, galv.", 800, "KG", "10.40", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500031371:\n\n"
            "poz. 1 - gwoździe pierścieniowe 2,8x60 mm: 1 200 kg, 9,80 zł/kg netto\n"
            "poz. 2 - gwoździe skręcane 3,1x90 mm ocynk: 800 kg, cena 10,90 zł/kg netto (wzrost ceny drutu)\n\n"
            "Termin realizacji 18.12.2026 dla obu pozycji.\n\nPozdrawiam\nAgnieszka Wójcik\nDział Sprzedaży\n"
            "Gwoździarnia Nowak Sp. z o.o., ul. Przemysłowa 17, 42-200 Częstochowa\ntel. +48 34 555 21 09\n\n" + outlook_quote(P, "pl"))
    eml = build(seed, frm=("Agnieszka Wójcik", "zamowienia@nowak-gwozdzie.example"), date=date_hdr(2026, 11, 13, 13, 2, 11, 1),
                subject=reply_subject(P, "Odp:"), body=body, pos_reply=P, client="outlook", lang="pl-PL", charset="iso-8859-2")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(1200, "9.80", d), 2: chg(800, "10.90", d)})],
                       "Polish '1 200 kg' with space thousands; price change only on line 2; 'termin realizacji 18.12.2026' is the delivery date for both.")


@case("desiccators-termin-dodani", "confirmation/cs-CZ",
      "'termín dodání 18. 12.' (day-month with spaces, no year) for items 1-2, item 3 discontinued = rejected; CZK prices '4 180,00 Kč'.")
def c011(seed):
    S = sup("LABSKL", "Laboratorní sklo Havel s.r.o.", "obchod@havel-labsklo.example", "cs-CZ")
    P = po("4500031388", S, "CZK", "2026-11-12", [
        ("LSH-EX250-V", "Vacuum desiccator glass DN 250, stopcock NS 24/29", 12, "EA", "4180.00", "2026-12-14"),
        ("LSH-PD235", "Porcelain desiccator plate 235 mm", 12, "EA", "690.00", "2026-12-14"),
        ("LSH-SG13-IND", "Silica gel with indicator 1-3 mm", 20, "KG", "310.00", "2026-12-14"),
    ])
    body = ("Dobrý den, paní Marsh,\n\nděkujeme za objednávku 4500031388.\n\n"
            "Pol. 1 (exsikátor DN 250, 12 ks, 4 180,00 Kč/ks) a pol. 2 (porcelánová deska 235 mm, 12 ks, 690,00 Kč/ks) potvrzujeme, "
            "termín dodání 18. 12.\n"
            "Pol. 3 - silikagel s indikátorem 1-3 mm jsme bohužel přestali vyrábět, tuto položku dodat nemůžeme.\n\n"
            "S pozdravem\nOndřej Havel\nLaboratorní sklo Havel s.r.o.\nSklářská 412, 473 01 Nový Bor\ntel.: +420 487 555 310\n\n"
            + outlook_quote(P, "cs"))
    eml = build(seed, frm=("Ondřej Havel", "obchod@havel-labsklo.example"), date=date_hdr(2026, 11, 16, 9, 12, 0, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="cs-CZ", charset="iso-8859-2")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(12, "4180.00", d), 2: chg(12, "690.00", d), 3: REJ})],
                       "'18. 12.' without year -> 2026-12-18 (after the 16 Nov mail); line 3 discontinued = rejected.")


@case("ear-tag-pliers-cena-bez-dph", "confirmation/sk-SK",
      "'cena 12,40 € bez DPH' is a price rise on the applicator line only; line 1 is confirmed with a restated date matching the PO.")
def c012(seed):
    S = sup("AGROZN", "AgroZnač s.r.o.", "predaj@agroznac.example", "sk-SK")
    P = po("4500031402", S, "EUR", "2026-11-13", [
        ("AZ-TAG7558-Y", "Ear tag two-piece 75x58 mm, yellow, numbered", 2000, "PCS", "0.48", "2026-12-11"),
        ("AZ-APL-UNI", "Ear tag applicator pliers, universal", 10, "EA", "11.90", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("Dobrý deň pani Nair,\n\nk Vašej objednávke 4500031402:\n\n"
            "Položka 1 - ušné značky 75x58 mm žlté, 2 000 ks po 0,48 € - potvrdené.\n"
            "Položka 2 - aplikačné kliešte, 10 ks - potvrdené, cena 12,40 € bez DPH (výrobca zdvihol cenník od 1.11.).\n\n"
            "Dodanie oboch položiek do 11.12.2026.\n\nS pozdravom\nMartin Kováč\nAgroZnač s.r.o.\nPoľná 6, 917 01 Trnava\n+421 33 555 4417\n\n"
            + gt_quote(P, "Dňa 13. 11. 2026 o 10:12 Priya Nair napísal(a):"))
    eml = build(seed, frm=("Martin Kováč", "predaj@agroznac.example"), date=date_hdr(2026, 11, 16, 14, 40, 2, 1),
                subject="Re: Order acknowledgment request - PO 4500031402", body=body, pos_reply=P, client="thunderbird",
                html="none", charset="utf-8", cte="8bit")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(10, "12.40", "2026-12-11")})],
                       "Price 12,40 EUR excl. VAT replaces 11.90 on line 2; '2 000 ks' space thousands; date 11.12.2026 = requested.")


@case("spotlight-gels-egysegar", "confirmation/hu-HU",
      "'egységár 3 250 Ft' (space thousands, HUF) changes line 1; the roll line and the date are confirmed unchanged.")
def c013(seed):
    S = sup("SZINFO", "Színfólia Kft.", "rendeles@szinfolia.example", "hu-HU")
    P = po("4500031419", S, "HUF", "2026-11-13", [
        ("SZF-106-5361", "Colour filter 106 Primary Red, 53x61 cm sheet", 200, "EA", "2990.00", "2026-12-09"),
        ("SZF-HT-762", "Heat shield roll 7.62 m x 1.22 m", 6, "ROL", "48500.00", "2026-12-09"),
    ])
    body = ("Tisztelt Marsh Asszony!\n\nKöszönjük a 4500031419 számú megrendelést.\n\n"
            "1. tétel: 200 db 106-os piros szűrő 53x61 cm - egységár 3 250 Ft (a gyártói áremelés miatt)\n"
            "2. tétel: 6 tekercs hőálló fólia - rendben, 48 500 Ft/tekercs\n\n"
            "Szállítás: 2026.12.09., a kért időpontban.\n\nÜdvözlettel:\nTóth Eszter\nSzínfólia Kft.\n1097 Budapest, Gubacsi út 32.\nTel.: +36 1 555 7320\n\n"
            + outlook_quote(P, "hu"))
    eml = build(seed, frm=("Tóth Eszter", "rendeles@szinfolia.example"), date=date_hdr(2026, 11, 16, 10, 3, 27, 1),
                subject=reply_subject(P, "Válasz:"), body=body, pos_reply=P, client="outlook", lang="hu-HU", charset="iso-8859-2",
                hdr_enc="Q")
    return [P], eml, E([conf(P, {1: chg(200, "3250.00", "2026-12-09"), 2: "acc"})],
                       "Hungarian year-first date 2026.12.09.; '3 250 Ft' = 3250.00 HUF per sheet (changed from 2990).")


@case("pto-cross-pret-unitar", "confirmation/ro-RO",
      "'pret unitar 45,50 lei' raises line 1 only; lines 2-3 confirmed 'conform comenzii'; PTO sizes 1 3/8\" and 27x70 mm are noise.")
def c014(seed):
    S = sup("CARDRO", "Cardan Agro SRL", "vanzari@cardanagro.example", "ro-RO")
    P = po("4500031433", S, "RON", "2026-11-13", [
        ("CA-CR2770", "PTO cross journal 27x70 mm", 60, "EA", "42.00", "2026-12-10"),
        ("CA-AX138-1010", "PTO shaft 1 3/8in 6 splines, L=1010 mm", 8, "EA", "1240.00", "2026-12-10"),
        ("CA-PROT1200", "PTO shaft guard 1200 mm", 8, "EA", "185.00", "2026-12-10"),
    ], buyer=B_JONAS)
    body = ("Buna ziua domnule Weber,\n\nVa confirmam comanda 4500031433:\n\n"
            "poz. 1 cruce cardanica 27x70 - 60 buc, pret unitar 45,50 lei (fara TVA)\n"
            "poz. 2 ax cardanic 1 3/8\" L=1010 - 8 buc, conform comenzii\n"
            "poz. 3 protectie cardan 1200 mm - 8 buc, conform comenzii\n\n"
            "Livrare 10.12.2026, cum ati solicitat.\n\nCu stima,\nIoana Popescu\nCardan Agro SRL\nStr. Fabricii nr. 9, 550234 Sibiu\nTel: +40 269 555 810\n\n"
            + outlook_quote(P))
    eml = build(seed, frm=("Ioana Popescu", "vanzari@cardanagro.example"), date=date_hdr(2026, 11, 17, 9, 30, 0, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="ro-RO", charset="us-ascii", cte="7bit")
    return [P], eml, E([conf(P, {1: chg(60, "45.50", "2026-12-10"), 2: "acc", 3: "acc"})],
                       "Romanian without diacritics (ASCII mail); new unit price only on line 1 (42.00 -> 45.50 RON).")


@case("marine-compass-vidvantazhennia", "confirmation/uk-UA",
      "Only a ship date is given ('відвантаження 18.12.2026'), which becomes the line date; Cyrillic body in windows-1251.")
def c015(seed):
    S = sup("KOMPUA", "Morskyi Prylad LLC", "sales@morprylad.example", "uk-UA")
    P = po("4500031447", S, "EUR", "2026-11-13", [
        ("MP-CMP4-12V", "Marine compass 4in bracket mount, 12V light", 24, "EA", "186.00", "2026-12-15"),
        ("MP-CVR100", "Compass cover 100 mm, UV-resistant", 24, "EA", "14.50", "2026-12-15"),
    ])
    body = ("Добрий день, пані Марш!\n\nДякуємо за замовлення № 4500031447. Підтверджуємо обидві позиції:\n\n"
            "1. Компас морський 4\" з кронштейном, підсвітка 12V - 24 шт., 186,00 EUR\n"
            "2. Чохол для компаса 100 мм - 24 шт., 14,50 EUR\n\n"
            "Ціни без змін. Відвантаження 18.12.2026 з нашого складу в Одесі.\n\n"
            "З повагою,\nОлена Коваленко\nменеджер з продажу\nТОВ «Морський Прилад»\nвул. Пушкінська 41, Одеса 65045\nтел. +380 48 555 2231\n\n"
            + outlook_quote(P, "uk"))
    eml = build(seed, frm=("Олена Коваленко", "sales@morprylad.example"), date=date_hdr(2026, 11, 17, 11, 25, 9, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="uk-UA", charset="windows-1251")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(24, "186.00", d), 2: chg(24, "14.50", d)})],
                       "Only a ship date (відвантаження = shipment) is given: it becomes the committed date 2026-12-18.")


@case("piano-felt-tsena-rub", "confirmation/ru-RU",
      "'цена 1 250 руб./шт.' with a space thousands separator changes the damper-wedge price; KOI8-R encoded body.")
def c016(seed):
    S = sup("FETRRU", "Fetr-Master OOO", "zakaz@fetrmaster.example", "ru-RU")
    P = po("4500031460", S, "RUB", "2026-11-13", [
        ("FM-HS88-16", "Piano hammer set 88 keys, 16 lb felt", 10, "SET", "48500.00", "2026-12-11"),
        ("FM-DW1220", "Damper felt wedge 12x20 mm, 2027 pattern", 300, "PCS", "1180.00", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ("Здравствуйте, Йонас!\n\nПо заказу 4500031460 сообщаем:\n\n"
            "1) Комплект молоточков на 88 клавиш, фетр 16 lb - 10 компл., цена 48 500 руб./компл. - подтверждаем.\n"
            "2) Демпферный клин 12x20 мм - 300 шт., цена 1 250 руб./шт. (новый прайс с 01.11.2026).\n\n"
            "Срок поставки - 11.12.2026, как в заказе.\n\nС уважением,\nДмитрий Соколов\nООО \"Фетр-Мастер\"\n"
            "г. Санкт-Петербург, ул. Салова, д. 27\nтел. +7 812 555-47-10\n\n" + outlook_quote(P, "ru"))
    eml = build(seed, frm=("Дмитрий Соколов", "zakaz@fetrmaster.example"), date=date_hdr(2026, 11, 18, 12, 14, 55, 3),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="ru-RU", charset="koi8-r")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(300, "1250.00", "2026-12-11")})],
                       "Russian space thousands; line 2 price 1 250 RUB/pc (PO 1180); line 1 restated equal to the PO.")
