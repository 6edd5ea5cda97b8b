"""Cases 001-018: confirmations, Western/Central/South-East Europe."""
from .common import PO, S, A, R, U, C, case, confirmation, reply, qrow

N = "\n"


@case("gb-clock-oneliner", "confirmation/en-GB",
      "One-line acceptance above an Outlook quote whose descriptions carry 3/8, 1.5V, 12x20 and dates.")
def c001(ctx):
    sup = S("WHITCOMBE", "Whitcombe Horology Supplies Ltd", "orders@whitcombe-horology.example", "en-GB", "Tom Harker")
    po = PO("4500231001", sup, "GBP", "2026-11-02", [
        ("QM-1215-38", 'Quartz movement 12 mm shaft, 3/8" hands fit, 1.5V AA', 500, "PCS", "2.85", "2026-12-11"),
        ("HND-0410", "Hand set 4/10 inch, black, 2027 range", 500, "SET", "0.62", "2026-12-11"),
        ("PND-250", "Pendulum drive unit 250 mm, 12x20 bob", 120, "PCS", "7.40", "2026-12-18")])
    body = "Hi Dana,\n\nAll three lines confirmed as ordered, delivery as requested.\n\nKind regards\nTom"
    sig = ("Tom Harker | Sales Office\nWhitcombe Horology Supplies Ltd\nUnit 7, Vittoria Street, Birmingham B1 3PE\n"
           "T: +44 121 496 0172\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.")
    m = reply(ctx, po, body, sig=sig, date="2026-11-10 14:22 +0000", charset="us-ascii", cte="7bit", quote="outlook")
    return [po], m, confirmation("Plain acceptance; all values come from the PO; the quote is full of look-alike numbers.",
                                 (po, {1: A, 2: A, 3: A}))


@case("de-valves-inline-kw51", "confirmation/de-DE",
      "Answers written inline under each quoted PO line: KW 51 without a day (Friday) and a decimal-comma price.")
def c002(ctx):
    sup = S("RHEINTAL", "Rheintal Armaturen GmbH", "auftrag@rheintal-armaturen.example", "de-DE", "Markus Vogt")
    po = PO("4500231002", sup, "EUR", "2026-11-03", [
        ("KV-DN50-PN40", "Kugelhahn DN50 PN40, 1.4408, Flansch B1", 12, "EA", "845.00", "2026-12-11"),
        ("SV-2X3-300", 'Sicherheitsventil 2"x3" Class 300, Ansprechdruck 16 bar', 4, "EA", "2310.00", "2026-12-11"),
        ("DS-50-40", "Spiralwickeldichtung DN50 PN40, 4,5 mm", 48, "PCS", "6.20", "2026-12-11")])
    body = ("Hallo Frau Ruiz,\n\nunsere Antworten stehen direkt unter Ihren Positionen:\n\n"
            + qrow(po, 1) + "\nBestätigt.\n\n"
            + qrow(po, 2) + "\nLiefertermin KW 51, Preis bleibt.\n\n"
            + qrow(po, 3) + "\nNeuer Preis 6,85 EUR/Stk. (Materialteuerungszuschlag), Termin wie gewünscht.\n\n"
            "Mit freundlichen Grüßen\nMarkus Vogt")
    sig = ("Rheintal Armaturen GmbH | Innendienst\nIndustriestraße 14, 79576 Weil am Rhein\nTel. +49 7621 55 80-213\n"
           "Geschäftsführer: Dr. H. Brenner | Amtsgericht Freiburg HRB 700312")
    m = reply(ctx, po, body, sig=sig, date="2026-11-12 10:05 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="de", prefix="AW: ", content_language="de-DE")
    return [po], m, confirmation("Inline answers under quoted rows; KW 51 with no day = Fri 2026-12-18; 6,85 decimal comma.",
                                 (po, {1: A, 2: C(d="2026-12-18"), 3: C(p="6.85")}))


@case("fr-cork-per-mille", "confirmation/fr-FR",
      "Prices quoted per thousand stoppers (le mille) against a per-piece PO price; one changes, one is equal.")
def c003(ctx):
    sup = S("BOUCHLANDES", "Bouchonnerie des Landes SAS", "commandes@bouchons-landes.example", "fr-FR", "Sophie Dubarry")
    po = PO("4500231003", sup, "EUR", "2026-11-02", [
        ("BN-45X24-NAT", "Bouchon liège naturel 45x24 mm, qualité extra", 20000, "PCS", "0.0820", "2026-12-11"),
        ("BC-38X22-COL", "Bouchon colmaté 38x22 mm, 2 bains", 15000, "PCS", "0.0460", "2026-12-11")])
    body = ("Bonjour Madame Ruiz,\n\nNous vous confirmons la commande 4500231003 :\n"
            "- 20 000 bouchons 45x24 : prix 84,50 € le mille (hausse matière première), livraison le 11/12/2026\n"
            "- 15 000 bouchons 38x22 : 46,00 € le mille, livraison le 11/12/2026\n\n"
            "Cordialement,\nSophie Dubarry\nADV - Bouchonnerie des Landes\n12 route de Mimizan, 40200 Pontenx\nTél. +33 5 58 04 71 20")
    m = reply(ctx, po, body, date="2026-11-09 16:48 +0100", charset="windows-1252", cte="quoted-printable",
              quote="outlook", lang="fr", prefix="RE : ", content_language="fr-FR")
    return [po], m, confirmation("84,50 EUR per 1000 = 0.0845/pc (changed); 46,00 per 1000 = 0.0460 = PO (accepted).",
                                 (po, {1: C(p="0.0845"), 2: A}))


@case("it-threads-split-yearroll", "confirmation/it-IT",
      "Split delivery of line 1 with a yearless 08/01 that rolls into 2027; line 2 moves earlier.")
def c004(ctx):
    sup = S("FILBRIANZA", "Filati Ricamo Brianza S.r.l.", "ordini@filatibrianza.example", "it-IT", "Chiara Galli")
    po = PO("4500231004", sup, "EUR", "2026-11-04", [
        ("RP-40-2050", "Filo ricamo poliestere 40 wt, cono 5000 m, col. 2050", 600, "PCS", "3.95", "2026-12-18"),
        ("RC-122-0010", "Filo cotone mercerizzato 12/2, 1000 m, bianco", 240, "PCS", "2.10", "2026-12-18")])
    body = ("Buongiorno Dana,\n\nconfermiamo l'ordine 4500231004 con le seguenti consegne:\n\n"
            "pos. 1 – 600 coni: 400 pz il 14/12 e i restanti 200 pz l'08/01\n"
            "pos. 2 – 240 coni, consegna il 14/12\n\nPrezzi come da ordine.\n\nCordiali saluti\nChiara Galli\n"
            "Ufficio Commerciale – Filati Ricamo Brianza S.r.l.\nVia Garibaldi 88, 20833 Giussano (MB)\nTel. +39 0362 850 417")
    m = reply(ctx, po, body, date="2026-11-13 11:31 +0100", charset="utf-8", cte="8bit", quote="gmail", client="gmail",
              lead="Il giorno {dd}/{mm}/{y} alle ore {hm} {name} <{email}> ha scritto:", prefix="Re: ")
    return [po], m, confirmation("400 on 14/12/2026 + 200 on 08/01 -> 2027-01-08 (next such date after mail); line 2 earlier.",
                                 (po, {1: C(d="2027-01-08", sch=[(400, "2026-12-14"), (200, "2027-01-08")]),
                                       2: C(d="2026-12-14")}))


@case("es-seats-partial-reject", "confirmation/es-ES",
      "Three different answers: reduced quantity, plain acceptance and a discontinued line that is rejected.")
def c005(ctx):
    sup = S("BUTLEVANTE", "Butacas Levante S.L.", "pedidos@butacaslevante.example", "es-ES", "Javier Soler")
    po = PO("4500231005", sup, "EUR", "2026-11-02", [
        ("BUT-600-R", "Butaca cine 600 mm, tapizado rojo, respaldo 2x55", 120, "EA", "189.00", "2026-12-15"),
        ("RPB-75-PV", "Reposabrazos con portavasos 75 mm, 3/4 giro", 140, "EA", "14.50", "2026-12-15"),
        ("PLN-AZ-4020", "Placa numeración fila A-Z, latón 40x20", 26, "SET", "3.80", "2026-12-15")])
    body = ("Hola Dana:\n\nRespecto a su pedido 4500231005:\n\n"
            "Pos. 1: sólo podemos servir 96 butacas, entrega 15/12/2026 al precio del pedido.\n"
            "Pos. 2: confirmada según pedido.\n"
            "Pos. 3: artículo descatalogado, no podemos suministrarlo.\n\n"
            "Un saludo,\nJavier Soler\nDpto. Comercial · Butacas Levante S.L.\nPol. Ind. El Pla, C/ Teixidors 9, 46870 Ontinyent (Valencia)\nTel. +34 962 38 55 10")
    m = reply(ctx, po, body, date="2026-11-10 09:57 +0100", charset="iso-8859-15", cte="quoted-printable",
              quote="outlook", lang="es", content_language="es-ES")
    return [po], m, confirmation("Qty 120 -> 96 on line 1; line 3 discontinued = rejected.",
                                 (po, {1: C(q=96), 2: A, 3: R}))


@case("br-liners-prose-base64", "confirmation/pt-BR",
      "Prose answer in base64 UTF-8 with R$ decimal-comma prices and a 6 % increase already applied on one line.")
def c006(ctx):
    sup = S("ORDSUL", "Ordenha Sul Componentes Ltda.", "vendas@ordenhasul.example", "pt-BR", "Luana Ferreira")
    po = PO("4500231006", sup, "BRL", "2026-11-05", [
        ("TL-2027-SIL", "Teteira de silicone 2027, 25 mm, para copo 3/4", 400, "PCS", "38.90", "2026-12-15"),
        ("TB-LT-1627", "Tubo de leite 16 x 27 mm, rolo 50 m", 10, "ROL", "412.00", "2026-12-15")])
    body = ("Prezada Dana, boa tarde!\n\nRecebemos o pedido 4500231006 e confirmamos o fornecimento das 400 teteiras "
            "pelo valor unitário de R$ 38,90, com entrega em 15/12/2026.\nOs 10 rolos de tubo de leite 16 x 27 mm saem "
            "com novo preço de R$ 436,72 por rolo (reajuste de 6%), mesma data de entrega.\n\n"
            "Qualquer dúvida estamos à disposição.\n\nAtt.,\nLuana Ferreira\nOrdenha Sul Componentes Ltda.\n"
            "Rod. BR-116, km 12, Caxias do Sul - RS\n+55 54 3222-7140")
    m = reply(ctx, po, body, date="2026-11-16 15:40 -0300", charset="utf-8", cte="base64", quote="gmail", client="gmail",
              lead="Em {dd}/{mm}/{y} {hm}, {name} <{email}> escreveu:", prefix="Re: ")
    return [po], m, confirmation("Line 2 new price R$ 436,72 (= 412.00 x 1.06); line 1 as ordered.",
                                 (po, {1: A, 2: C(p="436.72")}))


@case("pt-cloth-18-dezembro", "confirmation/pt-PT",
      "Date written 'entrega a 18 de dezembro' without a year while the quoted request says 11/12.")
def c007(ctx):
    sup = S("ENCTEJO", "Encadernações Tejo, Lda.", "encomendas@encadernacoestejo.example", "pt-PT", "Rui Mendes")
    po = PO("4500231007", sup, "EUR", "2026-11-06", [
        ("TEL-BUK-1050", "Tela de encadernação buckram 1050 mm, azul marinho", 300, "M", "6.40", "2026-12-11"),
        ("TEL-LIN-0700", "Tela de linho 700 mm, 180 g/m2, cru", 150, "M", "8.95", "2026-12-11")])
    body = ("Bom dia,\n\nConfirmamos a V/ encomenda 4500231007, quantidades e preços conforme pedido, com entrega a "
            "18 de dezembro (a data de 11/12 não nos é possível).\n\nCom os melhores cumprimentos,\nRui Mendes\n"
            "Encadernações Tejo, Lda. | Rua do Açúcar 41, 1950-009 Lisboa | Tel. +351 21 868 30 12")
    m = reply(ctx, po, body, date="2026-11-17 12:03 +0000", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="pt", content_language="pt-PT")
    return [po], m, confirmation("'18 de dezembro' without year after a 17 Nov mail = 2026-12-18 for both lines.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("nl-kilnbricks-week51-vrijdag", "confirmation/nl-NL",
      "'levering in week 51 (vrijdag)' must be turned into the Friday of ISO week 51.")
def c008(ctx):
    sup = S("OVENSTEEN", "Ovensteen Nederland B.V.", "verkoop@ovensteen.example", "nl-NL", "Erik de Wit")
    po = PO("4500231008", sup, "EUR", "2026-11-04", [
        ("VS-JM23-230", "Vuurvaste steen JM-23, 230x114x64 mm", 1200, "PCS", "3.15", "2026-12-11"),
        ("VM-1500-25", "Vuurvaste mortel 1500 °C, zak 25 kg", 1000, "KG", "1.84", "2026-12-11")])
    body = ("Goedemiddag Dana,\n\nBedankt voor uw bestelling 4500231008. Beide regels kunnen wij leveren tegen de "
            "genoemde prijzen en aantallen, levering in week 51 (vrijdag).\n\nMet vriendelijke groet,\nErik de Wit\n"
            "Ovensteen Nederland B.V. | Havenweg 3, 5145 NJ Waalwijk | +31 416 67 20 90")
    m = reply(ctx, po, body, date="2026-11-11 13:17 +0100", charset="windows-1252", cte="quoted-printable",
              quote="outlook", lang="nl", content_language="nl-NL")
    return [po], m, confirmation("Week 51 Friday = 2026-12-18 for both lines; prices/quantities unchanged.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("be-kettles-three-pos-one-answered", "confirmation/nl-BE",
      "Three open POs of the supplier; the mail answers only one and merely mentions the other two.")
def c009(ctx):
    sup = S("KETELHUIS", "Ketelhuis Vlaanderen BV", "orders@ketelhuis.example", "nl-BE", "Lotte Peeters")
    p1 = PO("4500230988", sup, "EUR", "2026-10-27", [
        ("KT-17-INOX", "Fluitketel 1,7 L inox, inductie", 60, "EA", "18.90", "2026-12-11")])
    p2 = PO("4500231009", sup, "EUR", "2026-11-03", [
        ("KT-25-EMA", "Fluitketel email 2,5 L, rood, collectie 2027", 48, "EA", "24.50", "2026-12-18"),
        ("FL-38-SP", "Los fluitje voor tuit 3/8", 100, "PCS", "1.20", "2026-12-18")])
    p3 = PO("4500230995", sup, "EUR", "2026-10-29", [
        ("KT-10-CER", "Theeketel keramiek 1,0 L, 12 stuks per doos", 36, "EA", "21.00", "2027-01-08")])
    body = ("Dag Dana,\n\nBestelling 4500231009: alles in orde, levering zoals gevraagd op 18/12 aan de opgegeven prijzen.\n"
            "Voor 4500230988 en 4500230995 komen we later deze week bij u terug.\n\nMet vriendelijke groeten,\n"
            "Lotte Peeters\nKetelhuis Vlaanderen BV – Binnendienst\nIndustrielaan 22, 8500 Kortrijk\nT +32 56 35 71 08")
    m = reply(ctx, p2, body, date="2026-11-16 08:44 +0100", charset="windows-1252", cte="quoted-printable",
              quote="outlook", lang="nl", content_language="nl-BE")
    return [p1, p2, p3], m, confirmation("Only 4500231009 is answered (all accepted); the two others are only mentioned -> left out.",
                                         (p2, {1: A, 2: A}))


@case("pl-hydrantcaps-table", "confirmation/pl-PL",
      "A Polish plain-text table with zł prices in decimal comma: one price change, one date change.")
def c010(ctx):
    sup = S("HYDROARM", "Hydro-Armatura Sp. z o.o.", "zamowienia@hydroarmatura.example", "pl-PL", "Agnieszka Nowak")
    po = PO("4500231010", sup, "PLN", "2026-11-03", [
        ("KH-75-STZ", "Kołpak hydrantu DN75, Storz 75, aluminium", 80, "PCS", "42.50", "2026-12-11"),
        ("KN-52-LAN", "Pokrywa nasady 52 z łańcuszkiem 300 mm", 120, "PCS", "28.90", "2026-12-11"),
        ("KL-HYD-114", 'Klucz do hydrantu 4-kątny 1 1/4"', 20, "PCS", "64.00", "2026-12-11")])
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie 4500231010 jak poniżej:\n\n"
            "Poz. | Indeks      | Ilość    | Cena netto | Termin dostawy\n"
            "1    | KH-75-STZ   | 80 szt.  | 44,90 zł   | 11.12.2026\n"
            "2    | KN-52-LAN   | 120 szt. | 28,90 zł   | 11.12.2026\n"
            "3    | KL-HYD-114  | 20 szt.  | 64,00 zł   | 18.12.2026\n\n"
            "Pozdrawiam\nAgnieszka Nowak\nDział Sprzedaży | Hydro-Armatura Sp. z o.o.\nul. Przemysłowa 7, 62-080 Tarnowo Podgórne\ntel. +48 61 814 22 90")
    m = reply(ctx, po, body, date="2026-11-10 12:26 +0100", charset="iso-8859-2", cte="quoted-printable",
              quote="outlook", lang="pl", prefix="Odp: ", content_language="pl-PL")
    return [po], m, confirmation("Table: line 1 44,90 (changed price), line 2 as ordered, line 3 date 18.12.2026.",
                                 (po, {1: C(p="44.90"), 2: A, 3: C(d="2026-12-18")}))


@case("cz-blankets-18-prosince", "confirmation/cs-CZ",
      "Czech genitive month '18. prosince' without a year, windows-1250 QP, 1,95 mm in the descriptions.")
def c011(ctx):
    sup = S("TISKPOT", "Tiskové potahy Brno s.r.o.", "objednavky@tiskpotahy.example", "cs-CZ", "Petra Horáková")
    po = PO("4500231011", sup, "CZK", "2026-11-05", [
        ("OP-1050-195", "Ofsetový potah 1050x790 mm, 1,95 mm, 4vrstvý", 30, "PCS", "2850.00", "2026-12-11"),
        ("OP-520-170", "Ofsetový potah 520x400 mm, 1,70 mm, s lištami", 40, "PCS", "960.00", "2026-12-11")])
    body = ("Dobrý den, paní Ruizová,\n\npotvrzujeme objednávku č. 4500231011 v plném rozsahu, ceny beze změny. "
            "Dodání bohužel až 18. prosince, dříve to kvůli vytížení výroby nestihneme.\n\nS pozdravem\nPetra Horáková\n"
            "Tiskové potahy Brno s.r.o., Hněvkovského 30, 617 00 Brno\ntel.: +420 543 211 870")
    m = reply(ctx, po, body, date="2026-11-18 10:12 +0100", charset="windows-1250", cte="quoted-printable",
              quote="outlook", lang="cs", content_language="cs-CZ")
    return [po], m, confirmation("'18. prosince' = 18 December -> 2026-12-18 for both lines.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("sk-liners-short-qty", "confirmation/sk-SK",
      "Base64 ISO-8859-2 mail; line 2 only partly available and the rest explicitly not delivered.")
def c012(ctx):
    sup = S("VLTATRY", "Vložky Tatry s.r.o.", "obchod@vlozkytatry.example", "sk-SK", "Martin Kováč")
    po = PO("4500231012", sup, "EUR", "2026-11-06", [
        ("VL-MP265-TH", "Termovložka do lyžiarky Mondo 26.5, model 2027", 150, "PAIR", "34.00", "2026-12-11"),
        ("VL-MP275-TH", "Termovložka do lyžiarky Mondo 27.5, model 2027", 150, "PAIR", "34.00", "2026-12-11")])
    body = ("Dobrý deň,\n\nk objednávke 4500231012:\n"
            "pol. 1: potvrdzujeme 150 párov, dodanie do 11.12.\n"
            "pol. 2: k dispozícii máme iba 120 párov, dodanie do 11.12., zvyšných 30 párov nedodáme.\n"
            "Ceny podľa objednávky.\n\nS pozdravom\nMartin Kováč\nVložky Tatry s.r.o., Priemyselná 5, 058 01 Poprad\n+421 52 772 41 30")
    m = reply(ctx, po, body, date="2026-11-19 07:55 +0100", charset="iso-8859-2", cte="base64",
              quote="thunderbird", client="thunderbird", lead="Dňa {dd}.{mm}.{y} o {hm} {name} napísal(a):", prefix="Re: ")
    return [po], m, confirmation("Line 2 reduced to 120 pairs (rest not delivered); '11.12.' = 2026-12-11.",
                                 (po, {1: A, 2: C(q=120)}))


@case("hu-harp-december-18an", "confirmation/hu-HU",
      "Hungarian 'december 18-án' (suffixed day, no year) as the only date; prices kept.")
def c013(ctx):
    sup = S("HARFAALK", "Hárfa Alkatrész Kft.", "rendeles@harfaalkatresz.example", "hu-HU", "Szabó Eszter")
    po = PO("4500231013", sup, "EUR", "2026-11-09", [
        ("PED-7-47", "Pedálszerkezet 7 pedálos, 47 húros hárfához", 4, "SET", "1180.00", "2026-12-11"),
        ("PED-RG-1215", "Pedálrugó 12x1,5 mm, rozsdamentes", 56, "PCS", "3.40", "2026-12-11")])
    body = ("Tisztelt Ruiz Asszony!\n\nKöszönjük a 4500231013 számú megrendelést. Mindkét tételt a megadott "
            "mennyiségben és áron visszaigazoljuk, a szállítás december 18-án történik.\n\nÜdvözlettel:\nSzabó Eszter\n"
            "Hárfa Alkatrész Kft. | 1097 Budapest, Gubacsi út 6. | +36 1 347 0215")
    m = reply(ctx, po, body, date="2026-11-20 14:40 +0100", charset="iso-8859-2", cte="quoted-printable",
              quote="outlook", lang="hu", content_language="hu-HU")
    return [po], m, confirmation("'december 18-án' = 2026-12-18 (next such date after 20 Nov 2026).",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("ro-joints-per-position", "confirmation/ro-RO",
      "Per-position list with a January 2027 date on one line and a new price on another.")
def c014(ctx):
    sup = S("ROSTPOD", "Rosturi Poduri S.A.", "comenzi@rosturipoduri.example", "ro-RO", "Andrei Popescu")
    po = PO("4500231014", sup, "EUR", "2026-11-04", [
        ("RD-D80-12", "Rost de dilatație modular D80, lungime 12 m", 2, "SET", "14600.00", "2026-12-18"),
        ("PR-EPDM-80", "Profil etanșare EPDM 80 mm, rolă 20 m", 6, "ROL", "385.00", "2026-12-18"),
        ("ANC-M16X200", "Ancoră chimică M16x200, oțel zincat", 240, "PCS", "4.75", "2026-12-18")])
    body = ("Bună ziua,\n\nConfirmăm comanda 4500231014 după cum urmează:\n\n"
            "Poz. 1: confirmat, livrare 15.01.2027\nPoz. 2: confirmat conform comenzii\n"
            "Poz. 3: confirmat, preț nou 4,95 EUR/buc, livrare 18.12.2026\n\nCu stimă,\nAndrei Popescu\n"
            "Rosturi Poduri S.A. – Departament Vânzări\nStr. Fabricii 21, 400620 Cluj-Napoca\nTel. +40 264 415 230")
    m = reply(ctx, po, body, date="2026-11-12 15:21 +0200", charset="utf-8", cte="quoted-printable",
              quote="outlook", lang="ro", content_language="ro-RO")
    return [po], m, confirmation("Line 1 date moved to 2027-01-15, line 3 price 4,95.",
                                 (po, {1: C(d="2027-01-15"), 2: A, 3: C(p="4.95")}))


@case("bg-fins-dostavka", "confirmation/bg-BG",
      "Bulgarian in windows-1251 base64: 'доставка 18.12.2026 г.' with the trailing 'г.' year marker.")
def c015(ctx):
    sup = S("SURFFINS", "Сърф Финс ООД", "office@surffins.example", "bg-BG", "Николай Петров")
    po = PO("4500231015", sup, "EUR", "2026-11-09", [
        ("FIN-G5-45", 'Перки за сърф G5, комплект 3 бр., 4.5"', 80, "SET", "41.00", "2026-12-11"),
        ("FIN-TK-21", "Twin keel перки 2+1, фибростъкло", 40, "SET", "58.00", "2026-12-11")])
    body = ("Здравейте, г-жо Руиз,\n\nПотвърждаваме поръчка 4500231015 – количества и цени без промяна, "
            "доставка 18.12.2026 г.\n\nПоздрави,\nНиколай Петров\nСърф Финс ООД, бул. Приморски 48, 9000 Варна\nтел. +359 52 630 118")
    m = reply(ctx, po, body, date="2026-11-23 11:09 +0200", charset="windows-1251", cte="base64",
              quote="outlook", lang="en", content_language="bg-BG")
    return [po], m, confirmation("Both lines delivered 2026-12-18 instead of 2026-12-11.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("hr-oars-4pct", "confirmation/hr-HR",
      "A 4 % surcharge stated in words must be applied to both PO unit prices; date with trailing dot.")
def c016(ctx):
    sup = S("VESLAJAD", "Vesla Jadran d.o.o.", "prodaja@veslajadran.example", "hr-HR", "Ivana Marić")
    po = PO("4500231016", sup, "EUR", "2026-11-02", [
        ("VES-SC-288", "Veslo skul 288 cm, karbon, Big Blade", 24, "PAIR", "185.00", "2026-12-18"),
        ("VES-RP-372", "Veslo rimen 372 cm, karbon", 16, "PCS", "240.00", "2026-12-18")])
    body = ("Poštovana gđo Ruiz,\n\npotvrđujemo narudžbu 4500231016. Zbog poskupljenja karbonskih vlakana na obje "
            "stavke primjenjujemo doplatu od 4 % na cijenu iz narudžbe. Količine i rok isporuke (18.12.2026.) ostaju "
            "nepromijenjeni.\n\nLijep pozdrav,\nIvana Marić\nVesla Jadran d.o.o., Obala kneza Trpimira 9, 23000 Zadar\ntel. +385 23 250 614")
    m = reply(ctx, po, body, date="2026-11-11 09:33 +0100", charset="windows-1250", cte="quoted-printable",
              quote="outlook", lang="hr", content_language="hr-HR")
    return [po], m, confirmation("+4 %: 185.00 -> 192.40, 240.00 -> 249.60; quantities and date unchanged.",
                                 (po, {1: C(p="192.40"), 2: C(p="249.60")}))


@case("si-feedblocks-per-kg", "confirmation/sl-SI",
      "PO priced per tonne, reply priced per kg and counted in blocks; conversion needed for price and quantity.")
def c017(ctx):
    sup = S("KRMBLOK", "Krmni Bloki d.o.o.", "narocila@krmnibloki.example", "sl-SI", "Matej Kranjc")
    po = PO("4500231017", sup, "EUR", "2026-11-05", [
        ("KB-MIN-25", "Mineralni lizalni blok 25 kg, 12% Ca", 24, "T", "410.00", "2026-12-11"),
        ("KB-SOL-10", "Solni lizalni blok 10 kg, z Mg", 6, "T", "290.00", "2026-12-11")])
    body = ("Spoštovani,\n\npotrjujemo naročilo 4500231017:\n"
            "poz. 1 – 960 blokov po 25 kg, cena 0,43 EUR/kg, dobava 11.12.2026\n"
            "poz. 2 – 600 blokov po 10 kg, cena 0,29 EUR/kg, dobava 11.12.2026\n\nLep pozdrav,\nMatej Kranjc\n"
            "Krmni Bloki d.o.o., Industrijska cesta 3, 9000 Murska Sobota\nT: +386 2 530 41 70")
    m = reply(ctx, po, body, date="2026-11-13 13:02 +0100", charset="windows-1250", cte="quoted-printable",
              quote="outlook", lang="sl", content_language="sl-SI")
    return [po], m, confirmation("960 x 25 kg = 24 t; 0,43 EUR/kg = 430.00/t (changed); 600 x 10 kg = 6 t at 290.00/t (accepted).",
                                 (po, {1: C(p="430.00"), 2: A}))


@case("rs-regulators-line-missing", "confirmation/sr-RS",
      "Confirms lines 1 and 3 by number; line 2 is simply not mentioned and stays unconfirmed.")
def c018(ctx):
    sup = S("MEDIGAS", "Medi-Gas Beograd d.o.o.", "prodaja@medigas.example", "sr-RS", "Jelena Đorđević")
    po = PO("4500231018", sup, "EUR", "2026-11-06", [
        ("RG-O2-15L", "Regulator kiseonika 0-15 L/min, CGA 540, 200 bar", 30, "PCS", "96.00", "2026-12-11"),
        ("MN-O2-200", "Manometar 0-200 bar, fi 50 mm", 30, "PCS", "18.40", "2026-12-11"),
        ("CR-O2-2M", "Crevo za kiseonik 2 m, 6 mm", 60, "PCS", "4.90", "2026-12-11")])
    body = ("Poštovana gospođo Ruiz,\n\npotvrđujemo stavke 1 i 3 iz porudžbine 4500231018 po navedenim cenama, "
            "isporuka 11.12.2026.\n\nSrdačan pozdrav,\nJelena Đorđević\nMedi-Gas Beograd d.o.o.\n"
            "Bulevar Mihajla Pupina 117, 11070 Novi Beograd\ntel. +381 11 311 4520")
    m = reply(ctx, po, body, date="2026-11-17 16:05 +0100", charset="utf-8", cte="quoted-printable",
              quote="outlook", lang="en", content_language="sr-Latn-RS")
    return [po], m, confirmation("Lines 1 and 3 accepted; line 2 not addressed -> unconfirmed.",
                                 (po, {1: A, 2: U, 3: A}))
