"""Cases 001-018: confirmations, mostly the 'each once' phrasings in European and Asian languages."""
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, all_acc, kw_fri, plus, reply, mid, sup_from)


@case("carousel-poles-confirmed-in-full", "confirmation/en-GB",
      "One-line full confirmation above a quoted PO table whose descriptions hold 1-1/4in x 84in, 3/8 and 12x20 figures; 11/12 is day-first.")
def c001():
    s = S("FAIRBRASS", "Fairground Brassworks Ltd", "sales@fairground-brassworks.example", "en-GB")
    po = PO("4500231187", s, "GBP", "2026-11-03", [
        L("CHP-114-84", "Carousel horse pole, brass, 1-1/4in x 84in, barley twist", 12, "EA", "86.50", "2026-12-11"),
        L("CHP-CAP-38", "Pole end cap, 3/8 UNC thread, polished", 24, "EA", "4.75", "2026-12-11"),
        L("CHP-SLV-1220", "Nylon bearing sleeve 12x20 mm, 2027 spec", 50, "PCS", "1.10", "2026-12-11"),
    ])
    body = """Hi Dana,

Thanks for the order - confirmed in full as per your PO, all three lines for delivery 11/12.

Kind regards

Gareth Holt
Sales Office | Fairground Brassworks Ltd
Unit 4, Canal Side Works, Burnley BB11 1QT
T: +44 1282 447120 | M: +44 7700 900418

This e-mail and any attachments are confidential and intended solely for the addressee. Fairground Brassworks Ltd is registered in England and Wales no. 04417782.
"""
    m = mid("c001", "", "outlook")
    eml = reply(po, body, date="2026-11-10 10:21:44 +0000", frm=("Gareth Holt", "sales@fairground-brassworks.example"),
                msgid=m, lang="en")
    return [po], eml, conf([(po, all_acc(po))], "Plain acceptance; '11/12' is 11 December in en-GB (not 12 November) and equals the requested date; the quoted table repeats our figures.")


@case("sauna-stones-lieferung-spaetestens", "confirmation/de-DE",
      "SAP-style positions 10/20/30; 'Lieferung bis spätestens 18.12.' has no year and applies to two of three positions.")
def c002():
    s = S("NORDSTEIN", "Nordstein Saunasteine GmbH", "vertrieb@nordstein-sauna.example", "de-DE")
    po = PO("4500231240", s, "EUR", "2026-11-04", [
        L("SST-OLV-1015", "Olivine-diabase sauna stones 10-15 cm, 20 kg carton", 30, "BOX", "38.90", "2026-12-11"),
        L("SST-JAD-510", "Jadeite sauna stones 5-10 cm, 10 kg carton", 12, "BOX", "74.00", "2026-12-11"),
        L("SST-KER-48", "Ceramic sauna balls 48 mm, 2027 series", 200, "PCS", "1.85", "2026-12-04"),
    ], numbers=[10, 20, 30])
    body = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500231240.

Pos. 10 und 20: Menge und Preis wie bestellt, Lieferung bis spätestens 18.12.
Pos. 30: 200 Stück à 1,85 EUR, Lieferung wie gewünscht am 04.12.

Mit freundlichen Grüßen

Jens Kowalczyk
Innendienst / Auftragsabwicklung

Nordstein Saunasteine GmbH
Steinbruchweg 7 · 95632 Wunsiedel
Tel. +49 9232 88 41-20 · Fax +49 9232 88 41-99
Geschäftsführer: M. Nordmann · Amtsgericht Hof HRB 4417
"""
    eml = reply(po, body, date="2026-11-12 14:05:12 +0100", frm=("Jens Kowalczyk", "vertrieb@nordstein-sauna.example"),
                msgid=mid("c002", "nordstein-sauna.example"), lang="de", client="thunderbird", quote="gmail",
                cs="iso-8859-15", html=False, subject="AW: Order acknowledgment request - PO 4500231240")
    return [po], eml, conf([(po, {10: chg(po, 10, d="2026-12-18"), 20: chg(po, 20, d="2026-12-18"), 30: acc(po, 30)})],
                           "Line numbers 10/20/30; '18.12.' without a year is 2026-12-18 (after the 12 Nov mail); position 30 keeps 04.12.")


@case("bowling-rings-prix-unitaire-ht", "confirmation/fr-FR",
      "Price change given as 'prix unitaire HT 4,20 €' with a decimal comma and a reason in parentheses; the other line repeats the PO price.")
def c003():
    s = S("QUILLES", "Quilles & Pistes SARL", "commandes@quilles-pistes.example", "fr-FR")
    po = PO("4500231265", s, "EUR", "2026-11-04", [
        L("QBP-ANN-475", "Bowling pin base ring, nylon, 4.75 in", 300, "PCS", "3.95", "2026-12-14"),
        L("QBP-DEC-2027", "Pin neck decal set 2027, 2 stripes", 300, "SET", "0.80", "2026-12-14"),
    ], buyer="dana")
    body = """Bonjour Madame Ruiz,

Nous accusons réception de votre commande 4500231265 et vous la confirmons :

- Bague de base (QBP-ANN-475) : 300 pièces, prix unitaire HT 4,20 € (hausse matière nylon au 1er novembre), livraison le 14/12/2026.
- Décalcomanies (QBP-DEC-2027) : 300 jeux à 0,80 € HT, livraison le 14/12/2026.

Restant à votre disposition,
Cordialement,

Sylvie Marchand
Administration des ventes
Quilles & Pistes SARL - 14 rue des Tanneurs - 69007 Lyon
Tél. : +33 4 78 62 11 90
"""
    eml = reply(po, body, date="2026-11-13 09:47:30 +0100", frm=("Sylvie Marchand", "commandes@quilles-pistes.example"),
                msgid=mid("c003", "", "outlook"), lang="fr", cs="iso-8859-15")
    return [po], eml, conf([(po, {1: chg(po, 1, p="4.20"), 2: acc(po, 2)})],
                           "Line 1 price 3.95 -> 4.20 (HT = net, decimal comma); line 2 unchanged.")


@case("blowpipes-fine-settimana-51", "confirmation/it-IT",
      "'consegna entro fine settimana 51' is an ISO week without a day, so it means Friday 18 Dec 2026 for every line.")
def c004():
    s = S("BIANCHI", "Attrezzi Vetrai Bianchi Srl", "ordini@bianchi-vetrai.example", "it-IT")
    po = PO("4500231302", s, "EUR", "2026-11-05", [
        L("GBP-150-18", "Glassblowing pipe, stainless, 150 cm, 18 mm", 10, "EA", "142.00", "2026-12-11"),
        L("GBP-120-16", "Glassblowing pipe, stainless, 120 cm, 16 mm", 6, "EA", "128.00", "2026-12-11"),
        L("GBP-PNT-12", "Punty rod 12 mm x 1.5 m", 10, "EA", "36.50", "2026-12-11"),
    ])
    body = """Buongiorno Dana,

confermiamo l'ordine 4500231302 con quantità e prezzi come da Vs. richiesta; consegna entro fine settimana 51 per tutte le posizioni.

Cordiali saluti

Lorenzo Bianchi
Attrezzi Vetrai Bianchi Srl
Fondamenta dei Vetrai 28 - 30141 Murano (VE)
Tel. +39 041 527 4410 - P.IVA 03318720271
"""
    eml = reply(po, body, date="2026-11-16 11:32:08 +0100", frm=("Lorenzo Bianchi", "ordini@bianchi-vetrai.example"),
                msgid=mid("c004", "", "gmail"), lang="it", client="gmail", quote="gmail")
    d = kw_fri(51)
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, d=d)})],
                           "Week 51 without a day -> Friday 2026-12-18, one week after the requested 11 Dec.")


@case("bowls-jacks-tres-semanas", "confirmation/es-ES",
      "'plazo de entrega: 3 semanas desde hoy' must be counted from the Date header (Fri 20 Nov 2026 -> 11 Dec).")
def c005():
    s = S("BOCHASLEV", "Bochas y Petanca Levante S.L.", "pedidos@bochas-levante.example", "es-ES")
    po = PO("4500231355", s, "EUR", "2026-11-05", [
        L("LBJ-WHT-63", "Lawn bowls jack, white, 63 mm, WB stamp 2027", 120, "EA", "6.40", "2026-12-04"),
        L("LBJ-YEL-63", "Lawn bowls jack, yellow, 63 mm", 60, "EA", "6.40", "2026-12-04"),
    ])
    body = """Hola Dana:

Confirmamos el pedido 4500231355 completo, cantidades y precios según su pedido.
Plazo de entrega: 3 semanas desde hoy.

Un saludo,

Mª Carmen Ferrer
Dpto. Comercial - Bochas y Petanca Levante S.L.
Pol. Ind. La Pahilla, nave 12 - 46370 Chiva (Valencia)
Tel. 961 30 45 78
"""
    eml = reply(po, body, date="2026-11-20 12:15:00 +0100", frm=("Mª Carmen Ferrer", "pedidos@bochas-levante.example"),
                msgid=mid("c005", "", "outlook"), lang="es", cs="windows-1252")
    d = plus("2026-11-20", 21)
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                           "Relative lead time: 20 Nov 2026 + 3 weeks = 2026-12-11; quantities and prices unchanged.")


@case("seaweed-faturamento-entrega", "confirmation/pt-BR",
      "Two dates: invoicing 14/12 and delivery 18/12; the delivery date wins; quantities in KG and L restated.")
def c006():
    s = S("ALGASUL", "AlgaSul Fertilizantes Ltda", "vendas@algasul.example", "pt-BR")
    po = PO("4500231410", s, "USD", "2026-11-04", [
        L("SWF-ASC-25", "Ascophyllum seaweed extract, soluble powder, 25 kg bag", 800, "KG", "7.85", "2026-12-15"),
        L("SWF-LIQ-20", "Liquid seaweed fertiliser 12-0-4, 20 L drum", 600, "L", "3.10", "2026-12-15"),
    ])
    body = """Olá Dana, boa tarde!

Confirmamos o pedido 4500231410 integralmente (800 kg do extrato em pó e 600 L do fertilizante líquido), preços conforme o pedido.
Faturamento em 14/12, entrega em 18/12.

Atenciosamente,

Rafael Nogueira
Comercial Exportação | AlgaSul Fertilizantes Ltda
Rod. SC-401, km 12 - Florianópolis/SC - CEP 88050-001
+55 48 3232-7710 | WhatsApp +55 48 99812-4471
"""
    eml = reply(po, body, date="2026-11-17 16:40:02 -0300", frm=("Rafael Nogueira", "vendas@algasul.example"),
                msgid=mid("c006", "", "gmail"), lang="pt", client="gmail", quote="gmail")
    return [po], eml, conf([(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})],
                           "Invoice date 14/12 is not the delivery date; delivery 18/12 (no year) -> 2026-12-18 for both lines.")


@case("piano-felt-leverdatum-wk51-two-pos", "confirmation/nl-NL",
      "Two POs open; the reply confirms one with 'leverdatum wk 51' and only mentions the other as coming later.")
def c007():
    s = S("VILTHAMER", "Vilt & Hamer B.V.", "verkoop@viltenhamer.example", "nl-NL")
    po1 = PO("4500231456", s, "EUR", "2026-11-05", [
        L("PHF-SHT-16LB", "Hammer felt sheet, 16 lb, 4/3 taper, 2027 grade", 8, "EA", "214.00", "2026-12-11"),
        L("PHF-UND-1.5", "Underfelt strip 1.5 mm x 20 m", 5, "ROL", "48.60", "2026-12-11"),
    ])
    po2 = PO("4500231470", s, "EUR", "2026-11-06", [
        L("PHF-DMP-1220", "Damper felt wedge 12x20 mm", 400, "PCS", "0.42", "2026-12-18"),
    ])
    body = """Beste Dana,

Hierbij bevestigen wij order 4500231456 zoals besteld: 8 vellen hamervilt 16 lb à € 214,00 en 5 rollen ondervilt à € 48,60.
Leverdatum wk 51.

Order 4500231470 (dempervilt) bevestigen wij apart zodra de snijplanning rond is.

Met vriendelijke groet,

Pieter van Dijk
Vilt & Hamer B.V. | Industrieweg 41 | 3846 BD Harderwijk
T +31 341 45 22 80 | KvK 08123456
"""
    eml = reply(po1, body, date="2026-11-18 09:03:40 +0100", frm=("Pieter van Dijk", "verkoop@viltenhamer.example"),
                msgid=mid("c007", "", "outlook"), lang="nl")
    d = kw_fri(51)
    return [po1, po2], eml, conf([(po1, {1: chg(po1, 1, d=d), 2: chg(po1, 2, d=d)})],
                                 "'wk 51' -> Friday 2026-12-18; PO 4500231470 is only mentioned ('bevestigen wij apart') and is left out.")


@case("milking-liners-cena-netto", "confirmation/pl-PL",
      "'cena jedn. netto 12,40 zł' raises line 1 in PLN while a '01.11.2026' price-list date sits in the same line.")
def c008():
    s = S("AGRODOJ", "Agro-Dój Sp. z o.o.", "zamowienia@agrodoj.example", "pl-PL")
    po = PO("4500231502", s, "PLN", "2026-11-06", [
        L("DML-SIL-25", "Silicone milking liner 25 mm, 4/3 shell fit", 240, "PCS", "11.90", "2026-12-11"),
        L("DML-TUB-814", "Short milk tube 8x14 mm", 240, "PCS", "3.60", "2026-12-11"),
    ])
    body = """Dzień dobry,

potwierdzamy zamówienie 4500231502:
poz. 1 - 240 szt., cena jedn. netto 12,40 zł (nowy cennik od 01.11.2026), termin dostawy 11.12.2026
poz. 2 - 240 szt., cena jedn. netto 3,60 zł, termin dostawy 11.12.2026

Pozdrawiam
Katarzyna Wiśniewska
Dział Sprzedaży
Agro-Dój Sp. z o.o., ul. Mleczarska 5, 64-100 Leszno
tel. +48 65 529 44 10, NIP 697-22-41-118
"""
    eml = reply(po, body, date="2026-11-19 13:22:51 +0100", frm=("Katarzyna Wiśniewska", "zamowienia@agrodoj.example"),
                msgid=mid("c008", "", "outlook"), lang="pl", cs="iso-8859-2", subject="RE: Order acknowledgment request - PO 4500231502")
    return [po], eml, conf([(po, {1: chg(po, 1, p="12.40"), 2: acc(po, 2)})],
                           "Line 1 net unit price 11.90 -> 12.40 PLN; the 01.11.2026 is a price-list date, not a delivery date.")


@case("trolley-poles-konec-51-tydne", "confirmation/cs-CZ",
      "'dodáme do konce 51. týdne' for two lines and an earlier ship date 4.12. for the third.")
def c009():
    s = S("TROLEJ", "Trolej Servis s.r.o.", "obchod@trolejservis.example", "cs-CZ")
    po = PO("4500231533", s, "CZK", "2026-11-06", [
        L("TBP-GF-6000", "Trolley pole, glass fibre, 6.0 m, 600/750 V", 6, "EA", "18450.00", "2026-12-11"),
        L("TBP-HD-24", "Trolley head, 24 mm carbon insert seat", 12, "EA", "3290.00", "2026-12-11"),
        L("TBP-SHO-810", "Carbon shoe insert 8x10 mm, box of 20", 10, "BOX", "1180.00", "2026-12-11"),
    ])
    body = """Dobrý den, paní Ruiz,

potvrzujeme objednávku 4500231533 v plném rozsahu za uvedené ceny.
Tyče a hlavy (pol. 1 a 2) dodáme do konce 51. týdne, uhlíkové vložky (pol. 3) můžeme expedovat už 4.12.

S pozdravem

Ing. Petr Dvořák
obchodní oddělení
Trolej Servis s.r.o., Průmyslová 1122/8, 500 02 Hradec Králové
tel.: +420 495 514 220, IČ: 27451113
"""
    eml = reply(po, body, date="2026-11-20 08:12:33 +0100", frm=("Petr Dvořák", "obchod@trolejservis.example"),
                msgid=mid("c009", "", "outlook"), lang="cs", cs="windows-1250")
    d = kw_fri(51)
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, d="2026-12-04")})],
                           "End of ISO week 51 -> Friday 2026-12-18 for lines 1-2; line 3 only has a ship date 4.12. -> 2026-12-04.")


@case("reel-bearings-termin-18-decembra", "confirmation/sk-SK",
      "Slovak month name in the genitive ('18. decembra') with no year; one line already wanted that date, the other moves.")
def c010():
    s = S("LOZTATRY", "Ložiská Tatry s.r.o.", "predaj@loziska-tatry.example", "sk-SK")
    po = PO("4500231561", s, "EUR", "2026-11-09", [
        L("FRB-SS-3104", "Stainless ball bearing 3x10x4 mm, ABEC-7, reel", 2000, "PCS", "0.96", "2026-12-18"),
        L("FRB-CER-4104", "Hybrid ceramic bearing 4x10x4 mm", 500, "PCS", "2.35", "2026-12-11"),
    ])
    body = """Dobrý deň,

k objednávke 4500231561 potvrdzujeme:
1) 3x10x4 - 2 000 ks, cena 0,96 EUR/ks, termín dodania 18. decembra
2) 4x10x4 keramické - 500 ks, cena 2,35 EUR/ks, termín dodania 18. decembra

S pozdravom
Martina Horváthová
Ložiská Tatry s.r.o. | Priemyselná 14 | 058 01 Poprad
+421 52 772 31 40
"""
    eml = reply(po, body, date="2026-11-23 10:45:00 +0100", frm=("Martina Horváthová", "predaj@loziska-tatry.example"),
                msgid=mid("c010", "loziska-tatry.example"), lang="sk", client="thunderbird", quote="gmail",
                cs="iso-8859-2", cte="base64", html=False)
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18")})],
                           "'2 000' uses a space as thousands separator; 18 December without year -> 2026-12-18; line 1 thus accepted.")


@case("beekeeper-veils-leverans-v51", "confirmation/sv-SE",
      "'leverans v. 51' on two rows and a discontinued third row that must be read as rejected.")
def c011():
    s = S("BIREDNORR", "Biredskap Norrland AB", "order@biredskap-norrland.example", "sv-SE")
    po = PO("4500231588", s, "SEK", "2026-11-09", [
        L("BKV-RND-L", "Beekeeper veil, round hat, size L", 100, "EA", "129.00", "2026-12-11"),
        L("BKV-FNC-XL", "Fencing veil jacket XL, 2027 model", 30, "EA", "489.00", "2026-12-11"),
        L("BKV-GLV-10", "Goatskin beekeeping gloves size 10", 60, "PAIR", "159.00", "2026-12-11"),
    ])
    body = """Hej Dana!

Tack för beställningen. Vi bekräftar 4500231588 enligt följande:

Rad 1: 100 st slöjor, 129,00 kr/st - leverans v. 51
Rad 2: 30 st jackor, 489,00 kr/st - leverans v. 51
Rad 3: handskarna i storlek 10 är slutsålda och utgår ur sortimentet, tyvärr kan vi inte leverera dem.

Mvh
Elin Sundqvist
Biredskap Norrland AB
Storgatan 18, 903 26 Umeå
070-312 44 85
"""
    eml = reply(po, body, date="2026-11-24 15:02:11 +0100", frm=("Elin Sundqvist", "order@biredskap-norrland.example"),
                msgid=mid("c011", "biredskap-norrland.example", "apple"), lang="sv", client="apple", quote="gmail",
                html=False, flowed=True)
    d = kw_fri(51)
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: REJ})],
                           "'v. 51' -> 2026-12-18; row 3 sold out and discontinued -> rejected.")


@case("sauna-stones-toimituspaiva", "confirmation/fi-FI",
      "Finnish 'toimituspäivä 18.12.2026' per row; one row matches the PO date exactly, the other is a week later.")
def c012():
    s = S("KIVIKIDE", "Kivikide Oy", "myynti@kivikide.example", "fi-FI")
    po = PO("4500231610", s, "EUR", "2026-11-10", [
        L("SST-PER-1020", "Peridotite sauna stones 10-20 cm, 20 kg box", 50, "BOX", "34.50", "2026-12-18"),
        L("SST-RND-58", "Rounded olivine stones 5-8 cm, 15 kg box", 20, "BOX", "29.90", "2026-12-11"),
    ])
    body = """Hei Dana,

kiitos tilauksesta 4500231610. Vahvistamme:

Rivi 1: 50 ltk à 34,50 €, toimituspäivä 18.12.2026
Rivi 2: 20 ltk à 29,90 €, toimituspäivä 18.12.2026

Ystävällisin terveisin
Juha Heikkinen
Kivikide Oy | Louhostie 3 | 83500 Outokumpu
puh. 040 712 3350
"""
    eml = reply(po, body, date="2026-11-25 09:30:12 +0200", frm=("Juha Heikkinen", "myynti@kivikide.example"),
                msgid=mid("c012", "", "outlook"), lang="fi", cs="iso-8859-15")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18")})],
                           "Row 1 equals the PO; row 2 moves from 11.12 to 18.12.2026.")


@case("pumice-blocks-timi-ana-temachio", "confirmation/el-GR",
      "Greek in ISO-8859-7 with '1.000' thousands dot and 'τιμή 4,20 € ανά τεμάχιο' raising line 1.")
def c013():
    s = S("NISYROS", "Nisyros Pumice S.A.", "sales@nisyros-pumice.example", "el-GR")
    po = PO("4500231644", s, "EUR", "2026-11-10", [
        L("VPB-BLK-20", "Volcanic pumice block 20x10x5 cm, grade 2", 1000, "PCS", "3.90", "2026-12-11"),
        L("VPB-GRT-38", "Pumice grit 3/8 in, 25 kg bag", 40, "EA", "11.20", "2026-12-11"),
    ])
    body = """Καλημέρα σας κα Ruiz,

Επιβεβαιώνουμε την παραγγελία 4500231644:
- Κωδ. VPB-BLK-20: 1.000 τεμάχια, τιμή 4,20 € ανά τεμάχιο (νέος τιμοκατάλογος), παράδοση 11/12/2026.
- Κωδ. VPB-GRT-38: 40 σάκοι, τιμή 11,20 € ανά σάκο, παράδοση 11/12/2026.

Με εκτίμηση,
Γιώργος Παπαδάκης
Τμήμα Πωλήσεων - Nisyros Pumice S.A.
Λεωφ. Κηφισίας 212, 145 62 Κηφισιά
Τηλ. +30 210 808 4412
"""
    eml = reply(po, body, date="2026-11-26 11:11:11 +0200", frm=("Γιώργος Παπαδάκης", "sales@nisyros-pumice.example"),
                msgid=mid("c013", "", "outlook"), lang="el", cs="iso-8859-7")
    return [po], eml, conf([(po, {1: chg(po, 1, p="4.20"), 2: acc(po, 2)})],
                           "'1.000' is one thousand; price 3.90 -> 4.20 per piece; bags = EA at the PO price.")


@case("karaoke-mics-sevkiyat-14-aralik", "confirmation/tr-TR",
      "Only a ship date ('Sevkiyat 14 Aralık', no year) is given, so it is the committed date for both lines.")
def c014():
    s = S("SESDUNYA", "Ses Dünyası Elektronik A.Ş.", "satis@sesdunyasi.example", "tr-TR")
    po = PO("4500231671", s, "USD", "2026-11-10", [
        L("KMC-WL-24", "Wireless karaoke microphone pair, 2.4 GHz", 50, "SET", "38.00", "2026-12-18"),
        L("KMC-CBL-6", "Microphone cable XLR, 6 m", 100, "EA", "4.10", "2026-12-18"),
    ])
    body = """Merhaba Dana Hanım,

4500231671 numaralı siparişinizi onaylıyoruz. Miktar ve fiyatlar siparişinizdeki gibidir.
Sevkiyat 14 Aralık (İstanbul depomuzdan).

Saygılarımızla,
Emre Yıldız
Dış Ticaret Sorumlusu
Ses Dünyası Elektronik A.Ş. - İkitelli OSB, 34490 Başakşehir/İstanbul
Tel: +90 212 549 33 10
"""
    eml = reply(po, body, date="2026-11-27 10:00:45 +0300", frm=("Emre Yıldız", "satis@sesdunyasi.example"),
                msgid=mid("c014", "", "outlook"), lang="tr", cs="windows-1254")
    d = "2026-12-14"
    return [po], eml, conf([(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                           "Ship date only -> date 2026-12-14 (earlier than requested 18 Dec); quantities/prices as ordered.")


@case("drill-collars-srok-postavki", "confirmation/ru-RU",
      "KOI8-R base64 body; 'срок поставки 18.12.2026' is earlier than the requested January date; prices with space thousands separator.")
def c015():
    s = S("BURSNAB", "BurSnab LLC", "sales@bursnab.example", "ru-RU")
    po = PO("4500231702", s, "USD", "2026-11-11", [
        L("ODC-NM-675", "Non-magnetic drill collar 6-3/4 in x 31 ft, NC50", 4, "EA", "28600.00", "2027-01-15"),
        L("ODC-SP-8", "Spiral drill collar 8 in x 30 ft, NC56", 6, "EA", "14950.00", "2027-01-15"),
    ])
    body = """Добрый день, Дана!

Подтверждаем заказ 4500231702:
1. УБТ немагнитная 6-3/4" x 31 ft - 4 шт., цена 28 600,00 USD, срок поставки 18.12.2026
2. УБТ спиральная 8" x 30 ft - 6 шт., цена 14 950,00 USD, срок поставки 18.12.2026

С уважением,
Алексей Морозов
ООО "БурСнаб", отдел продаж
г. Тюмень, ул. Республики 143, офис 512
тел. +7 3452 68-41-20
"""
    eml = reply(po, body, date="2026-11-30 12:20:00 +0300", frm=("Алексей Морозов", "sales@bursnab.example"),
                msgid=mid("c015", "bursnab.example"), lang="ru", client="thunderbird", quote="gmail",
                cs="koi8-r", cte="base64", html=False)
    return [po], eml, conf([(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})],
                           "Earlier delivery 2026-12-18 instead of 2027-01-15 is still a change; '28 600,00' equals 28600.00.")


@case("veil-mesh-tsina-hrn-sht", "confirmation/uk-UA",
      "'ціна 45,50 грн/шт' changes line 1 in UAH; shipment dates equal the PO's.")
def c016():
    s = S("PASIKA", "Pasika-Profi LLC", "sales@pasika-profi.example", "uk-UA")
    po = PO("4500231733", s, "UAH", "2026-11-11", [
        L("BKV-MSH-4050", "Replacement veil mesh 40x50 cm, black", 500, "PCS", "42.00", "2026-12-11"),
        L("BKV-HAT-5660", "Ventilated veil hat, size 56-60", 200, "PCS", "118.00", "2026-12-11"),
    ])
    body = """Доброго дня!

Підтверджуємо замовлення 4500231733.
Поз. 1 - сітка 40x50 см, 500 шт, ціна 45,50 грн/шт (з урахуванням подорожчання тканини), відвантаження 11.12.2026.
Поз. 2 - капелюх 56-60, 200 шт, ціна 118,00 грн/шт, відвантаження 11.12.2026.

З повагою,
Олена Коваленко
ТОВ «Пасіка-Профі», відділ збуту
м. Вінниця, вул. Київська 77
тел. +380 432 55 71 09
"""
    eml = reply(po, body, date="2026-12-01 10:10:10 +0200", frm=("Олена Коваленко", "sales@pasika-profi.example"),
                msgid=mid("c016", "", "outlook"), lang="uk", cs="windows-1251")
    return [po], eml, conf([(po, {1: chg(po, 1, p="45.50"), 2: acc(po, 2)})],
                           "Line 1 price 42.00 -> 45.50 UAH per piece; shipment 11.12.2026 is the only date and matches the PO.")


@case("xenon-lamps-jiaohuoqi-12-18", "confirmation/zh-CN",
      "GB2312 base64 Chinese with '交货期 12月18日' (no year); one line already wanted 18 Dec.")
def c017():
    s = S("XGCINEMA", "Guangzhou Xingguang Cinema Equipment Co., Ltd.", "sales@xg-cinema.example", "zh-CN")
    po = PO("4500231760", s, "CNY", "2026-11-12", [
        L("CPL-XN-3000", "Xenon lamp 3000W for cinema projector, 2027 batch", 10, "EA", "2480.00", "2026-12-18"),
        L("CPL-XN-4500", "Xenon lamp 4500W, 1.5 m lead", 4, "EA", "3650.00", "2026-12-11"),
    ])
    body = """Dana 您好，

订单 4500231760 已确认：
1. 3000W 氙灯 10 只，单价 2480.00 元，交货期 12月18日
2. 4500W 氙灯 4 只，单价 3650.00 元，交货期 12月18日

祝好！
陈丽华
广州星光影院设备有限公司 外贸部
电话：+86 20 8732 6610
地址：广州市番禺区市桥街工业路 18 号
"""
    eml = reply(po, body, date="2026-11-26 15:30:00 +0800", frm=("陈丽华", "sales@xg-cinema.example"),
                msgid=mid("c017", "xg-cinema.example"), lang="zh", client="foxmail", quote="dashes",
                cs="gb2312", cte="base64", html=False, subject="回复: Order acknowledgment request - PO 4500231760")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18")})],
                           "12月18日 without a year -> 2026-12-18; line 1 therefore accepted, line 2 one week later.")


@case("mirror-blanks-noki", "confirmation/ja-JP",
      "Shift_JIS Japanese; '納期 2026年12月18日' is one date for both lines and earlier than requested; yen prices with thousands commas.")
def c018():
    s = S("KOGAKU", "Kogaku Glass Kobo K.K.", "eigyo@kogaku-kobo.example", "ja-JP")
    po = PO("4500231788", s, "JPY", "2026-11-12", [
        L("TMB-BSL-200", "Borosilicate mirror blank 200 mm, f/5, 25 mm thick", 6, "EA", "38500", "2026-12-25"),
        L("TMB-QTZ-150", "Fused quartz mirror blank 150 mm x 20 mm", 4, "EA", "52000", "2026-12-25"),
    ])
    body = """Dana Ruiz 様

いつもお世話になっております。
ご注文 4500231788 につきまして、下記の通りお請けいたします。

1. ホウケイ酸ミラーブランク 200mm　6枚　単価 38,500円
2. 石英ミラーブランク 150mm　4枚　単価 52,000円

納期 2026年12月18日

何卒よろしくお願い申し上げます。

--
株式会社光学硝子工房　営業部
山本 健太
〒399-0711 長野県塩尻市片丘 4-12
TEL 0263-54-2210
"""
    eml = reply(po, body, date="2026-11-27 17:05:22 +0900", frm=("山本 健太", "eigyo@kogaku-kobo.example"),
                msgid=mid("c018", "kogaku-kobo.example"), lang="ja", client="thunderbird", quote="gmail",
                cs="shift_jis", cte="base64", html=False)
    return [po], eml, conf([(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})],
                           "One 納期 for both lines: 2026-12-18 instead of 2026-12-25; prices 38,500 and 52,000 yen as ordered.")
