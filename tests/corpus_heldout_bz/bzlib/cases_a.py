"""Cases 001-018: confirmations (part 1)."""
from .common import (case, S, PO, reply, conf, exp, acc, chg, REJ, UNC, kw, next_date, add_workdays, D,
                     rfc_date, attachment, outlook_quote, req_text, table_text, BUYERS, gt, req_subject)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("us-ships-arrives", "confirmation/en-US",
      "US month-first 'ships 12/14, arrives 12/17': the arrival date wins over the ship date, and the track sizes (15x136x1.25) are numbers too.")
def _(name):
    sup = S("NFTRACK", "Northfork Track Systems Inc.", "orders@northfork-tracks.example", "en-US")
    po = PO("4510038811", sup, "USD", "2026-11-05", [
        ("TRK-15136-125", "Snowmobile track 15x136x1.25 in, 2027 models", 24, "EA", "412.00", "2026-12-15"),
        ("CLP-252-100", "Track clips 2.52 in pitch, box of 100", 10, "BOX", "38.50", "2026-12-15"),
    ])
    body = """Hi Maren,

Thanks for PO 4510038811 - both lines are confirmed at your prices (24 tracks @ $412.00, 10 boxes of clips @ $38.50).
Everything ships 12/14 from our Duluth warehouse and arrives 12/17 at your Manchester dock (consolidated ocean/air via our forwarder, DAP).

Let me know if you need the 2027 fitment chart for the 15" x 136" tracks.

Best regards,

Kyle Brandt
Inside Sales | Northfork Track Systems Inc.
4410 Grand Avenue, Duluth, MN 55807, USA
Phone (218) 555-0187 | Fax (218) 555-0188
"""
    eml = reply(name, po, ("Kyle Brandt", "kbrandt@northfork-tracks.example"), rfc_date(2026, 11, 16, 14, 22, 5, "-0600"),
                body, client="outlook", lang="en-US", charset="us-ascii", cte="7bit", html_charset="utf-8", html_cte="quoted-printable")
    return [po], eml, exp("confirmation", "US dates: 12/14 is the ship date, 12/17 the arrival (delivery) date, which wins; both lines otherwise as ordered.",
                          conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17")}))


@case("de-ab-nr-4711", "confirmation/de-DE",
      "The supplier's own AB number 4711 and document date 03.12.2026 sit next to the delivery dates in body and Flate-compressed PDF; one line has a brass surcharge and later date.")
def _(name):
    sup = S("MWLAU", "Messingwerk Lauscha GmbH", "auftrag@messingwerk-lauscha.example", "de-DE")
    po = PO("4510039020", sup, "EUR", "2026-11-23", [
        ("TK-LOEWE-180", "Türklopfer Löwenkopf Messing poliert, 180x140 mm", 60, "PCS", "48.90", "2026-12-18"),
        ("TK-RING-120", "Türklopfer Ring Messing brüniert Ø120 mm, M8x30", 40, "PCS", "36.20", "2026-12-18"),
        ("ZUB-M6-50", "Befestigungsset M6x50 Messing, 4/3 Bohrbild", 100, "SET", "2.40", "2026-12-18"),
    ], buyer=1)
    body = """Sehr geehrter Herr Pieper,

vielen Dank für Ihre Bestellung 4510039020 vom 23.11.2026.
Anbei erhalten Sie unsere Auftragsbestätigung AB-Nr. 4711 vom 03.12.2026.

Kurz zusammengefasst:
Pos. 1 und Pos. 3 liefern wir wie bestellt zum 18.12.2026.
Pos. 2: Aufgrund des aktuellen Messingzuschlags beträgt der Preis 37,10 EUR/Stk.,
Liefertermin 22.12.2026.

Bitte prüfen Sie die AB und melden Sie Abweichungen innerhalb von 3 Werktagen.

Mit freundlichen Grüßen

i.A. Sabine Köhler
Auftragsabwicklung

Messingwerk Lauscha GmbH
Hüttenstraße 12 | 98724 Lauscha
Tel. +49 36702 555-214 | Fax +49 36702 555-299
Geschäftsführer: Dr. Ulrich Greiner | Amtsgericht Jena HRB 512345
"""
    pdf = make_pdf([
        (14, True, "Messingwerk Lauscha GmbH"),
        "Hüttenstraße 12, 98724 Lauscha",
        "",
        (12, True, "Auftragsbestätigung AB-Nr. 4711"),
        "Datum: 03.12.2026        Ihre Bestellung: 4510039020 vom 23.11.2026",
        "Kunde: Brightwater Supply Co., Manchester M17 1EX",
        "",
        "Pos  Artikel        Bezeichnung                              Menge   Preis/Stk   Liefertermin",
        "1    TK-LOEWE-180   Türklopfer Löwenkopf 180x140 mm         60 Stk   48,90 EUR   18.12.2026",
        "2    TK-RING-120    Türklopfer Ring Ø120 mm, M8x30          40 Stk   37,10 EUR   22.12.2026",
        "3    ZUB-M6-50      Befestigungsset M6x50, 4/3 Bohrbild     100 Set   2,40 EUR   18.12.2026",
        "",
        "Nettosumme: 4.658,00 EUR   zzgl. 19 % MwSt.",
        "Lieferbedingung: DAP Manchester (Incoterms 2020)   Zahlung: 30 Tage netto",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    ], title="AB 4711", author="Messingwerk Lauscha GmbH", date="D:20261203103812+01'00'", compress=True)
    att = attachment(pdf, "application/pdf", "AB_4711_4510039020.pdf")
    eml = reply(name, po, ("Sabine Köhler", "s.koehler@messingwerk-lauscha.example"), rfc_date(2026, 12, 3, 10, 41, 17, "+0100"),
                body, client="outlook", lang="de-DE", qlang="de", prefix="AW:", charset="iso-8859-1", attachments=[att])
    return [po], eml, exp("confirmation", "4711 and 03.12.2026 are the supplier's order-confirmation number and document date, not quantities or delivery dates; line 2 price 37.10 and date 22.12.2026; body and PDF agree.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, p="37.10", d="2026-12-22"), 3: acc(po, 3)}))


@case("at-prices-valid-until", "confirmation/de-AT",
      "'Preise gültig bis 31.12.2026' stands right next to the confirmed delivery dates and must not be taken as one.")
def _(name):
    sup = S("SCHST", "Schamotte Steiner KG", "office@schamotte-steiner.example", "de-AT")
    po = PO("4510038877", sup, "EUR", "2026-11-09", [
        ("PS-400-30", "Pizzastein Cordierit 400x300x20 mm", 120, "PCS", "18.75", "2026-12-04"),
        ("PS-RUND-33", "Pizzastein rund Ø33 cm, 1,5 cm stark", 80, "PCS", "14.20", "2026-12-04"),
    ])
    body = """Grüß Gott Frau Holt,

danke für den Auftrag. Wir bestätigen Ihre Bestellung 4510038877 wie folgt:

Pos. 1  PS-400-30   120 Stk à € 18,75   Liefertermin 04.12.2026
Pos. 2  PS-RUND-33   80 Stk à € 14,20   Liefertermin 11.12.2026

Preise gültig bis 31.12.2026. Lieferung frei Haus.

Mit freundlichen Grüßen aus Gmunden

Florian Steiner
Schamotte Steiner KG
Traunsteinstraße 41, 4810 Gmunden, Österreich
T +43 7612 555 31 | M +43 664 555 2810
FN 123456k, LG Wels
"""
    eml = reply(name, po, ("Florian Steiner", "office@schamotte-steiner.example"), rfc_date(2026, 11, 12, 9, 5, 44, "+0100"),
                body, client="outlook", lang="de-AT", qlang="de", prefix="AW:", charset="windows-1252")
    return [po], eml, exp("confirmation", "31.12.2026 is a price-validity date, not a delivery date; line 1 as ordered, line 2 delivery 11.12.2026.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-11")}))


@case("fr-10-jours-ouvres", "confirmation/fr-FR",
      "Only a lead time 'livraison sous 10 jours ouvrés à compter d'aujourd'hui': ten working days from the mail's Date (Mon 16 Nov) is Mon 30 Nov.")
def _(name):
    sup = S("TRVAS", "Tringlerie Vasseur SAS", "adv@tringlerie-vasseur.example", "fr-FR")
    po = PO("4510038902", sup, "EUR", "2026-11-10", [
        ("CR-PL-25", "Crochets de rideau plastique blanc 25 mm (sachet de 100)", 300, "BOX", "3.40", "2026-12-04"),
        ("CR-LAI-40", "Crochets laiton 40x12 mm pour tringle Ø 20/28", 2000, "PCS", "0.185", "2026-12-04"),
    ])
    mail = D(2026, 11, 16)
    d = add_workdays(mail, 10)
    assert d == D(2026, 11, 30)
    body = """Bonjour Madame Holt,

Nous accusons bonne réception de votre commande n° 4510038902 et vous la confirmons aux quantités et prix indiqués (300 sachets à 3,40 € et 2 000 crochets laiton à 0,185 €).

Livraison sous 10 jours ouvrés à compter d'aujourd'hui, en une seule fois.

Restant à votre disposition,
Cordialement,

Émilie Garnier
Administration des ventes
Tringlerie Vasseur SAS - 14 rue des Tanneurs - 59100 Roubaix
Tél. : +33 3 20 55 41 87
"""
    eml = reply(name, po, ("Émilie Garnier", "adv@tringlerie-vasseur.example"), rfc_date(2026, 11, 16, 11, 12, 3, "+0100"),
                body, client="outlook", lang="fr-FR", qlang="fr", charset="iso-8859-15")
    return [po], eml, exp("confirmation", "Lead time in French working days counted from the mail date Mon 16.11.2026: ten working days = Mon 30.11.2026 (no public holiday in between); quantities and prices as ordered.",
                          conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)}))


@case("br-previsao-entrega", "confirmation/pt-BR",
      "Brazilian 'previsão de entrega 18/12' without a year and prices with decimal comma (US$ 27,80).")
def _(name):
    sup = S("CORDNE", "Cordoaria Nordeste Ltda.", "vendas@cordoarianordeste.example", "pt-BR")
    po = PO("4510038930", sup, "USD", "2026-11-11", [
        ("CRD-ALG-8", "Corda de algodão trançada 8 mm para rede, rolo 100 m", 40, "ROL", "27.80", "2026-12-11"),
        ("PUNH-12", "Punho de rede com 12 cordões, 1,5 m", 200, "PAIR", "4.15", "2026-12-11"),
    ], buyer=0)
    body = """Olá Maren, tudo bem?

Confirmamos o pedido 4510038930 conforme abaixo:

item 1 - 40 rolos x US$ 27,80 - ok
item 2 - 200 pares x US$ 4,15 - ok

Previsão de entrega 18/12 no seu armazém em Manchester.

Qualquer dúvida estou à disposição.

Abraços,
Juliana Barbosa
Comercial Exportação
Cordoaria Nordeste Ltda. | Av. Santos Dumont, 1880 - Fortaleza/CE - CEP 60150-161
+55 85 3555-2040 | WhatsApp +55 85 99555-7731
"""
    attr = "Em qua., 11 de nov. de 2026 às 08:30, Maren Holt <maren.holt@brightwater-supply.example> escreveu:"
    qt = "\n" + attr + "\n\n" + gt(req_text(po))
    eml = reply(name, po, ("Juliana Barbosa", "vendas@cordoarianordeste.example"), rfc_date(2026, 11, 18, 16, 40, 12, "-0300"),
                body, client="gmail", quote="gmail", quoted_text=qt)
    d = next_date(D(2026, 11, 18), 12, 18)
    return [po], eml, exp("confirmation", "'Previsão de entrega 18/12' is the delivery date (year from the mail date: 2026-12-18); prices written with decimal comma equal the PO.",
                          conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)}))


@case("nl-week-51", "confirmation/nl-NL",
      "'Wij leveren in week 51' means Friday 18 Dec 2026; one position is declined in the same paragraph.")
def _(name):
    sup = S("BKINT", "Boekenkast Interieur B.V.", "verkoop@boekenkast-interieur.example", "nl-NL")
    po = PO("4510038955", sup, "EUR", "2026-11-12", [
        ("BK-2000-90", "Boekhandelstelling eiken 2000x900x350 mm, 6 legborden", 12, "PCS", "389.00", "2026-12-11"),
        ("LB-90-35", "Extra legbord 900x350 mm, draagvermogen 40 kg", 48, "PCS", "29.50", "2026-12-11"),
        ("KOP-45", "Kopse presentatieschap 45° schuin, 4/3 verstelbaar", 6, "PCS", "142.00", "2026-12-11"),
    ])
    body = """Beste Maren,

Dank voor uw order 4510038955. Prijzen en aantallen van pos. 1 en 2 zijn akkoord; wij leveren in week 51.
Pos. 3 (kopse presentatieschap) is helaas uit ons assortiment, die kunnen wij niet meer leveren.

Met vriendelijke groet,

Sander de Vries
Binnendienst
Boekenkast Interieur B.V. | Industrieweg 22 | 3542 AD Utrecht
T +31 30 555 8812
"""
    eml = reply(name, po, ("Sander de Vries", "verkoop@boekenkast-interieur.example"), rfc_date(2026, 11, 20, 10, 15, 0, "+0100"),
                body, client="outlook", lang="nl-NL", qlang="nl", charset="iso-8859-1")
    d = kw(2026, 51)
    return [po], eml, exp("confirmation", "Week 51 without a day = Friday 2026-12-18 for lines 1-2; line 3 declined (out of range).",
                          conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: REJ}))


@case("se-leveransdatum-iso", "confirmation/sv-SE",
      "Swedish ISO date 'leveransdatum 2026-12-18' for all positions, prices with space thousands separator (2 450,00 SEK), 3/8\" UNF in a description.")
def _(name):
    sup = S("DYKNO", "Dykteknik Norden AB", "order@dykteknik-norden.example", "sv-SE")
    po = PO("4510039001", sup, "SEK", "2026-11-16", [
        ("REG-MK2-DIN", "Andningsregulator 1:a steg DIN 300 bar, kallvatten", 10, "EA", "2450.00", "2026-12-11"),
        ("OCT-2ST-100", "Octopus 2:a steg, slang 1000 mm 3/8\" UNF", 10, "EA", "890.00", "2026-12-11"),
        ("MAN-SPG-52", "Manometer 0-400 bar, 52 mm", 20, "EA", "415.00", "2026-12-11"),
    ], buyer=2)
    body = """Hej Priya,

Tack för beställningen! Vi bekräftar order 4510039001 enligt följande:

Pos 1  REG-MK2-DIN   10 st à 2 450,00 SEK
Pos 2  OCT-2ST-100   10 st à 890,00 SEK
Pos 3  MAN-SPG-52    20 st à 415,00 SEK

Leveransdatum 2026-12-18 för alla positioner (tyvärr en vecka senare än önskat).

Med vänliga hälsningar
Elin Lindqvist
Dykteknik Norden AB
Hamngatan 7, 452 30 Strömstad
Tel 0526-555 12 40
"""
    eml = reply(name, po, ("Elin Lindqvist", "elin.lindqvist@dykteknik-norden.example"), rfc_date(2026, 11, 23, 13, 2, 51, "+0100"),
                body, client="tbird", quote="tbird", charset="iso-8859-1", cte="8bit", html=False,
                extra=[("Content-Language", "sv-SE")])
    return [po], eml, exp("confirmation", "All three lines confirmed as ordered except the delivery date 2026-12-18 (ISO date, a week late).",
                          conf(po, {n: chg(po, n, d="2026-12-18") for n in (1, 2, 3)}))


@case("ru-srok-postavki", "confirmation/ru-RU",
      "KOI8-R body in Russian with 'срок поставки 18.12.2026' and prices with space thousands separators (3 150,00 EUR).")
def _(name):
    sup = S("KANURAL", "OOO Kanatnye Sistemy Ural", "zakaz@kanat-ural.example", "ru-RU")
    po = PO("4510039044", sup, "EUR", "2026-11-17", [
        ("GRP-D40-DT", "Cable car detachable grip for rope D40 mm", 8, "EA", "3150.00", "2026-12-18"),
        ("SPR-GRP-12", "Grip disc spring set 12x4 mm (24 pcs)", 16, "SET", "212.00", "2026-12-18"),
    ])
    body = """Добрый день, Марен!

Подтверждаем заказ N 4510039044 от 17.11.2026:

поз. 1 - зажим отцепляемый GRP-D40-DT, 8 шт. по 3 150,00 EUR
поз. 2 - комплект тарельчатых пружин SPR-GRP-12, 16 компл. по 212,00 EUR

Срок поставки 18.12.2026 (DAP Манчестер).

С уважением,
Алексей Воронцов
менеджер по ВЭД
ООО "Канатные Системы Урал"
620026, г. Екатеринбург, ул. Куйбышева, д. 44, офис 310
тел. +7 343 555-18-27
"""
    eml = reply(name, po, ("Алексей Воронцов", "a.vorontsov@kanat-ural.example"), rfc_date(2026, 11, 25, 12, 30, 9, "+0300"),
                body, client="tbird", quote="tbird", charset="koi8-r", cte="8bit", html=False)
    return [po], eml, exp("confirmation", "Russian in KOI8-R; quantities, prices (space thousands separator, decimal comma) and delivery 18.12.2026 all match the PO.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2)}))


@case("ro-livrare-decembrie", "confirmation/ro-RO",
      "Romanian 'livrare pe 18 decembrie' with the month in words and no year, plus a price change on one line given in prose.")
def _(name):
    sup = S("TAPCRP", "Tapiteria Carpati SRL", "comenzi@tapiteria-carpati.example", "ro-RO")
    po = PO("4510039060", sup, "EUR", "2026-11-18", [
        ("PERNA-180", "Pew cushion 1800x400x50 mm, burgundy velvet", 40, "PCS", "64.00", "2026-12-16"),
        ("PERNA-240", "Pew cushion 2400x400x50 mm, burgundy velvet", 25, "PCS", "82.50", "2026-12-16"),
        ("GENUN-45", "Kneeler cushion 450x250x60 mm", 60, "PCS", "21.00", "2026-12-16"),
    ])
    body = """Bună ziua,

Vă confirmăm comanda 4510039060. Pozițiile 1 și 2 rămân la prețurile din comandă; la poziția 3 (pernele pentru îngenunchere) prețul devine 22,40 EUR/buc, din cauza scumpirii buretelui.
Cantitățile rămân neschimbate.

Livrare pe 18 decembrie, toate pozițiile într-un singur transport.

Cu stimă,
Ioana Dumitrescu
Departament Vânzări
Tapițeria Carpați SRL
Str. Morilor nr. 17, 500152 Brașov
Tel.: +40 268 555 917
"""
    attr = "În joi, 19 nov. 2026 la 08:30, Maren Holt <maren.holt@brightwater-supply.example> a scris:"
    po["_req"] = (2026, 11, 19, 8, 30)
    qt = "\n" + attr + "\n\n" + gt(req_text(po))
    eml = reply(name, po, ("Ioana Dumitrescu", "comenzi@tapiteria-carpati.example"), rfc_date(2026, 11, 26, 9, 48, 30, "+0200"),
                body, client="gmail", quote="gmail", quoted_text=qt, cte="base64")
    d = next_date(D(2026, 11, 26), 12, 18)
    return [po], eml, exp("confirmation", "'18 decembrie' without year -> 2026-12-18 for all lines; line 3 price 22.40 instead of 21.00.",
                          conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d), 3: chg(po, 3, p="22.40", d=d)}))


@case("gr-paradosi", "confirmation/el-GR",
      "Greek in ISO-8859-7 with 'παράδοση 18.12.2026' and dot thousands separator (1.840,00 €).")
def _(name):
    sup = S("NAFTPIR", "Naftiki Michaniki Pireos S.A.", "sales@naftiki-pireos.example", "el-GR")
    po = PO("4510039082", sup, "EUR", "2026-11-19", [
        ("HNG-RMP-120", "Ferry ramp hinge pin D120x640 mm, 42CrMo4", 4, "EA", "1840.00", "2026-12-23"),
        ("BSH-120-140", "Bronze bushing 120/140x160 mm", 8, "EA", "265.00", "2026-12-23"),
    ])
    body = """Καλημέρα κα Holt,

Επιβεβαιώνουμε την παραγγελία σας 4510039082:

Θέση 1: πείροι μεντεσέ ράμπας HNG-RMP-120, 4 τεμ. x 1.840,00 €
Θέση 2: δακτύλιοι ορείχαλκου BSH-120-140, 8 τεμ. x 265,00 €

Παράδοση 18.12.2026 στις εγκαταστάσεις σας στο Manchester.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Ναυτική Μηχανική Πειραιώς Α.Ε.
Ακτή Μιαούλη 53, 185 36 Πειραιάς
Τηλ. +30 210 555 4712
"""
    eml = reply(name, po, ("Νίκος Παπαδόπουλος", "n.papadopoulos@naftiki-pireos.example"), rfc_date(2026, 11, 27, 11, 20, 40, "+0200"),
                body, client="outlook", lang="el-GR", charset="iso-8859-7", html_charset="utf-8")
    return [po], eml, exp("confirmation", "Greek delivery date 18.12.2026 is earlier than the requested 23.12.2026; quantities and prices unchanged.",
                          conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")}))


@case("fi-toimitus", "confirmation/fi-FI",
      "Finnish 'toimitus 18.12.2026' for two rows, a short partial quantity whose rest is left open, and a January date for the third row.")
def _(name):
    sup = S("MKOSAT", "Moottorikelkka-Osat Oy", "myynti@mk-osat.example", "fi-FI")
    po = PO("4510039100", sup, "EUR", "2026-11-20", [
        ("TRK-38-3000", "Snowmobile track 38x3000 mm (15x121 in), 1.35 in lug", 16, "EA", "455.00", "2026-12-18"),
        ("STUD-32-24", "Track studs 32 mm, pack of 24", 50, "BOX", "41.00", "2026-12-18"),
        ("SLD-600-27", "Slide rail 600 mm, 2027 models", 20, "PAIR", "88.00", "2026-12-18"),
    ])
    body = """Hei Maren,

kiitos tilauksesta 4510039100. Vahvistamme seuraavasti:

rivi 1: 16 kpl à 455,00 EUR, toimitus 18.12.2026
rivi 2: 30 rasiaa à 41,00 EUR, toimitus 18.12.2026 (loput 20 rasiaa vasta tammikuussa, vahvistamme ne erikseen)
rivi 3: 20 paria à 88,00 EUR, toimitus 8.1.2027

Ystävällisin terveisin
Mikko Heikkinen
Moottorikelkka-Osat Oy
Teollisuustie 9, 96320 Rovaniemi
puh. +358 16 555 2231
"""
    eml = reply(name, po, ("Mikko Heikkinen", "mikko.heikkinen@mk-osat.example"), rfc_date(2026, 11, 30, 8, 15, 22, "+0200"),
                body, client="outlook", lang="fi-FI", charset="iso-8859-15")
    return [po], eml, exp("confirmation", "Row 2: only 30 of 50 boxes confirmed (remaining 20 'to be confirmed separately' are not committed); row 3 moved to 8.1.2027.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, q=30), 3: chg(po, 3, d="2027-01-08")}))


@case("gb-second-reminder", "confirmation/en-GB",
      "Reply to our second reminder quoting both the reminder and the first request (the PO table appears twice); one line is split with the balance in January.")
def _(name):
    sup = S("AEROLUM", "Aerolume Lighting Ltd", "sales@aerolume.example", "en-GB")
    po = PO("4510038760", sup, "GBP", "2026-11-02", [
        ("REL-LED-230", "Runway edge light LED, elevated, 6.6A, white/white", 36, "EA", "318.00", "2026-12-11"),
        ("REL-FC-2NPT", "Frangible coupling 2\" NPT, 12 in column", 36, "EA", "24.60", "2026-12-11"),
        ("REL-LNS-120", "Replacement lens, clear, 120x80 mm", 50, "EA", "11.90", "2026-12-11"),
    ], req=(2026, 11, 2, 9, 10))
    first = outlook_quote(po, "en", 0)
    rem = dict(po)
    rem["_req"] = (2026, 11, 24, 8, 5)
    remtext = (f"Dear Aerolume Lighting Ltd team,\n\nthis is our second reminder: purchase order 4510038760 of 02 Nov 2026 is still unconfirmed "
               f"(first reminder sent on 13 Nov 2026). Please confirm quantities, prices and delivery dates today.\n\n"
               f"Kind regards\nMaren Holt\nPurchasing | Brightwater Supply Co.\nTel. +44 161 555 0142\n\n")
    qt = ("\n________________________________\nFrom: Maren Holt <maren.holt@brightwater-supply.example>\n"
          "Sent: Tuesday, November 24, 2026 8:05 AM\nTo: Aerolume Lighting Ltd <sales@aerolume.example>\n"
          f"Subject: {req_subject(po, 2)}\n\n" + remtext + first)
    body = """Dear Maren,

Apologies for the delay - our sales office has been short-staffed. Confirming PO 4510038760 now:

Line 1 - 36 off @ £318.00, delivery 11/12/2026
Line 2 - 36 off @ £24.60, delivery 11/12/2026
Line 3 - we can only supply 30 off this year @ £11.90, delivery 11/12/2026; the balance of 20 off will follow on 15/01/2027.

Kind regards,

Rachel Okafor
Sales Coordinator
Aerolume Lighting Ltd | Unit 3, Kingsway Business Park, Rochdale OL16 4NW
T: +44 1706 555 310
Registered in England and Wales No. 04567890. This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    refs = ["<po-4510038760.1@brightwater-supply.example>", "<po-4510038760.2@brightwater-supply.example>",
            "<po-4510038760.3@brightwater-supply.example>"]
    eml = reply(name, po, ("Rachel Okafor", "rachel.okafor@aerolume.example"), rfc_date(2026, 11, 25, 10, 5, 33, "+0000"),
                body, client="outlook", lang="en-GB", reminder=2, quoted_text=qt, refs=refs)
    return [po], eml, exp("confirmation", "Answer to the 2nd reminder; the quoted chain repeats the PO table. Line 3 split: 30 on 2026-12-11, 20 on 2027-01-15 (UK day-first dates).",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2),
                                    3: chg(po, 3, d="2027-01-15", sched=[(30, "2026-12-11"), (20, "2027-01-15")])}))


@case("it-boxes-of-12", "confirmation/it-IT",
      "Quantities and prices given per box of 12 for a PO in pieces; one line is rounded down to whole boxes (49 x 12 = 588).")
def _(name):
    sup = S("NEBFI", "Nebulizzatori Fiorentini S.r.l.", "ordini@nebulizzatori-fi.example", "it-IT")
    po = PO("4510038990", sup, "EUR", "2026-11-13", [
        ("ATM-10-ORO", "Atomizzatore ricaricabile 10 ml, finitura oro", 240, "PCS", "3.85", "2026-12-09"),
        ("ATM-5-ARG", "Atomizzatore da borsetta 5 ml, argento, 12x80 mm", 590, "PCS", "2.10", "2026-12-09"),
    ])
    assert 20 * 12 == 240 and 49 * 12 == 588
    body = """Gentile Maren,

confermiamo il Vs. ordine n. 4510038990 del 13/11/2026.
I nostri atomizzatori sono confezionati in scatole da 12 pezzi:

Pos. 1 - ATM-10-ORO: 20 scatole da 12 pz, prezzo € 46,20 a scatola
Pos. 2 - ATM-5-ARG: 49 scatole da 12 pz, prezzo € 25,20 a scatola (abbiamo arrotondato per difetto alla scatola intera)

Consegna per entrambe le posizioni: 09/12/2026.

Cordiali saluti,
Chiara Bellini
Ufficio Commerciale
Nebulizzatori Fiorentini S.r.l. - Via Pratese 118 - 50145 Firenze (FI)
Tel. +39 055 555 3071 - P.IVA 01234560481
Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.
"""
    eml = reply(name, po, ("Chiara Bellini", "ordini@nebulizzatori-fi.example"), rfc_date(2026, 11, 19, 15, 31, 2, "+0100"),
                body, client="outlook", lang="it-IT", qlang="it", prefix="R:", charset="windows-1252")
    return [po], eml, exp("confirmation", "Per-box figures: 20 x 12 = 240 pcs at 46.20/12 = 3.85 (as ordered); 49 x 12 = 588 pcs at 25.20/12 = 2.10.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, q=588)}))


@case("jp-sjis-table", "confirmation/ja-JP",
      "Shift_JIS base64 body with a Japanese table: yen prices with thousands commas, 2026年12月10日 dates, one price increase and one later date.")
def _(name):
    sup = S("TOWALAB", "Towa Labo Kizai Co., Ltd.", "eigyo@towa-labo.example", "ja-JP")
    po = PO("4510039110", sup, "JPY", "2026-11-16", [
        ("CT-15-PP", "Centrifuge tube 15 ml PP, 17x120 mm, sterile, 50/rack", 200, "BOX", "1850", "2026-12-10"),
        ("CT-50-PP", "Centrifuge tube 50 ml PP, 30x115 mm, 25/bag", 160, "BOX", "2400", "2026-12-10"),
        ("CT-1.5-MC", "Micro tube 1.5 ml, 500/bag", 40, "BOX", "980", "2026-12-10"),
    ], buyer=2)
    body = """ブライトウォーター・サプライ
ナタラジャン様

いつも大変お世話になっております。
東和ラボ器材の佐藤でございます。

ご注文番号 4510039110 につきまして、下記の通りお請けいたします。

No.  品番        数量    単価      納期
1    CT-15-PP    200箱   1,850円   2026年12月10日
2    CT-50-PP    160箱   2,520円   2026年12月10日  ※原材料価格高騰のため単価改定
3    CT-1.5-MC   40箱    980円     2026年12月17日

何卒よろしくお願い申し上げます。

--------------------------------------
株式会社東和ラボ器材　営業部　佐藤 健一
〒537-0025 大阪府大阪市東成区中道3-8-11
TEL 06-5555-7120 / FAX 06-5555-7121
--------------------------------------
"""
    eml = reply(name, po, ("佐藤 健一", "k.sato@towa-labo.example"), rfc_date(2026, 11, 24, 17, 45, 10, "+0900"),
                body, client="outlook", lang="ja-JP", charset="shift_jis", cte="base64", html=False, hdr_charset="iso-2022-jp")
    return [po], eml, exp("confirmation", "Japanese table: line 1 as ordered; line 2 unit price 2,520 yen (was 2,400); line 3 delivery 2026-12-17.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, p="2520"), 3: chg(po, 3, d="2026-12-17")}))


@case("cn-gb2312-split", "confirmation/zh-CN",
      "GB2312 Chinese reply splitting one line into two deliveries given as 12月8日 / 12月22日 without a year.")
def _(name):
    sup = S("JYCRAFT", "Xiamen Jingyan Crafts Co., Ltd.", "sales@jingyan-crafts.example", "zh-CN")
    po = PO("4510039130", sup, "USD", "2026-11-17", [
        ("SLB-WD-15", "Salt lamp base, walnut wood 15x15x3 cm, E14 socket", 1200, "PCS", "2.35", "2026-12-15"),
        ("SLB-MR-12", "Salt lamp base, marble 12x12 cm, 24V dimmer cable 1.8 m", 800, "PCS", "3.90", "2026-12-15"),
    ])
    body = """Maren 您好！

感谢您的订单。订单 4510039130 确认如下：

1. SLB-WD-15 胡桃木底座 1200个，单价 USD 2.35，分两批交货：
   12月8日 700个，12月22日 500个。
2. SLB-MR-12 大理石底座 800个，单价 USD 3.90，交货期 2026年12月15日。

如有问题请随时联系。

祝好！
林晓燕
厦门晶盐工艺品有限公司 外贸部
地址：厦门市湖里区华泰路18号
电话：+86 592 555 6613
"""
    eml = reply(name, po, ("林晓燕", "sales@jingyan-crafts.example"), rfc_date(2026, 11, 23, 10, 20, 45, "+0800"),
                body, client="other", charset="gb2312", cte="base64", quote="gmail",
                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    return [po], eml, exp("confirmation", "Line 1 split 700 on 2026-12-08 and 500 on 2026-12-22 (dates without year after the mail date); line 2 as ordered.",
                          conf(po, {1: chg(po, 1, d="2026-12-22", sched=[(700, "2026-12-08"), (500, "2026-12-22")]), 2: acc(po, 2)}))


@case("tw-big5-partial", "confirmation/zh-TW",
      "Big5 Traditional Chinese: one line confirmed, one out of stock, one 'to be confirmed next week' (unconfirmed).")
def _(name):
    sup = S("TCBOWL", "Taichung Bowling Equipment Co., Ltd.", "sales@tc-bowling.example", "zh-TW")
    po = PO("4510039150", sup, "USD", "2026-11-18", [
        ("PIN-TP-36", "Bowling pin, maple core, 15 in / 3 lb 6 oz, 2027 spec", 120, "EA", "31.50", "2026-12-18"),
        ("PIN-RPR-KIT", "Pin repair kit, 4/3 coat", 20, "SET", "46.00", "2026-12-18"),
        ("PIN-DECK-10", "Pin deck shield 10x42 in", 10, "EA", "78.00", "2026-12-18"),
    ])
    body = """Maren 您好：

謝謝您的訂單 4510039150，回覆如下：

第1項 PIN-TP-36：可供應 120 支，單價 USD 31.50，交期 2026/12/18。
第2項 PIN-RPR-KIT：目前缺貨且已停產，無法供應，抱歉。
第3項 PIN-DECK-10：交期待工廠確認，下週回覆您。

敬祝 商祺
陳怡君
台中保齡球器材股份有限公司 業務部
台中市西屯區工業區一路55號
TEL: +886-4-2555-8810
"""
    eml = reply(name, po, ("陳怡君", "sales@tc-bowling.example"), rfc_date(2026, 11, 25, 14, 5, 18, "+0800"),
                body, client="outlook", lang="zh-TW", charset="big5", cte="base64", html_charset="utf-8")
    return [po], eml, exp("confirmation", "Line 1 accepted; line 2 out of stock/discontinued = rejected; line 3 'delivery to be confirmed next week' = unconfirmed.",
                          conf(po, {1: acc(po, 1), 2: REJ, 3: UNC}))


@case("kr-euckr-xlsx", "confirmation/ko-KR",
      "Short EUC-KR body; the answer is only in an attached XLSX (one later delivery date), item codes like 12/03RL look like dates.")
def _(name):
    sup = S("HANBIT", "Hanbit Tattoo Supply Co.", "export@hanbit-tattoo.example", "ko-KR")
    po = PO("4510039170", sup, "USD", "2026-11-18", [
        ("TN-1203RL", "Tattoo needle cartridge 12/03RL (0.35 mm), box 20", 300, "BOX", "9.80", "2026-12-11"),
        ("TN-1207M1", "Tattoo needle cartridge 12/07M1, box 20", 200, "BOX", "10.40", "2026-12-11"),
        ("TN-1009RS", "Tattoo needle cartridge 10/09RS (0.30 mm), box 20", 150, "BOX", "10.10", "2026-12-11"),
    ])
    rows = [["PO No.", "Line", "Item", "Description", "Qty (BOX)", "Unit Price (USD)", "Amount (USD)", "Delivery Date", "Remark"],
            ["4510039170", 1, "TN-1203RL", "Cartridge 12/03RL 0.35 mm", 300, 9.8, 2940, "2026-12-11", ""],
            ["4510039170", 2, "TN-1207M1", "Cartridge 12/07M1", 200, 10.4, 2080, "2026-12-11", ""],
            ["4510039170", 3, "TN-1009RS", "Cartridge 10/09RS 0.30 mm", 150, 10.1, 1515, "2026-12-18", "1 week later (sterilisation lot)"]]
    x = make_xlsx(rows, "Order Confirmation", ts=(2026, 11, 26, 11, 20, 0))
    att = attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OC_4510039170.xlsx")
    body = """홀트 님께,

안녕하세요. 한빛타투서플라이 수출팀 김민지입니다.
발주서 4510039170 에 대한 주문 확인서를 첨부된 엑셀 파일로 보내드립니다.

감사합니다.

김민지 / 수출팀
한빛타투서플라이
부산광역시 해운대구 센텀중앙로 97, 1204호
Tel +82-51-555-7734
"""
    eml = reply(name, po, ("김민지", "export@hanbit-tattoo.example"), rfc_date(2026, 11, 26, 11, 30, 0, "+0900"),
                body, client="outlook", lang="ko-KR", charset="euc-kr", cte="base64", html_charset="euc-kr", attachments=[att])
    return [po], eml, exp("confirmation", "Body only points to the XLSX; sheet confirms lines 1-2 as ordered and line 3 for 2026-12-18.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-18")}))


@case("pl-rejected-line", "confirmation/pl-PL",
      "Polish per-position list in ISO-8859-2: one position cancelled, one with a new price list price, dates 14.12.2026 and a distracting '01.12.' price-list date.")
def _(name):
    sup = S("TKACK", "Tkackie Akcesoria Sp. z o.o.", "zamowienia@tkackie-akcesoria.example", "pl-PL")
    po = PO("4510039190", sup, "PLN", "2026-11-19", [
        ("CZL-BUK-32", "Czółenko tkackie bukowe 32 cm, z cewką", 50, "PCS", "68.00", "2026-12-14"),
        ("CZL-ROL-28", "Czółenko rolkowe 28 cm, 2 rolki", 30, "PCS", "94.50", "2026-12-14"),
        ("CEW-10-OP", "Cewki do czółenka 10 cm, opak. 10 szt.", 40, "BOX", "21.00", "2026-12-14"),
        ("CZL-PLS-40", "Czółenko płaskie 40x5 cm", 25, "PCS", "18.90", "2026-12-14"),
    ], buyer=1)
    body = """Dzień dobry Panie Jonasie,

dziękujemy za zamówienie nr 4510039190. Potwierdzamy:

Poz. 1 - 50 szt., 68,00 zł/szt., dostawa 14.12.2026
Poz. 2 - niestety nie produkujemy już czółenek rolkowych, pozycję anulujemy
Poz. 3 - 40 op., 21,00 zł/op., dostawa 14.12.2026
Poz. 4 - 25 szt. po 19,60 zł/szt. (nowy cennik obowiązuje od 01.12.), dostawa 14.12.2026

Pozdrawiamy serdecznie
Agnieszka Wróblewska
Dział Sprzedaży
Tkackie Akcesoria Sp. z o.o.
ul. Włókiennicza 23, 90-124 Łódź
tel. +48 42 555 19 60
"""
    eml = reply(name, po, ("Agnieszka Wróblewska", "zamowienia@tkackie-akcesoria.example"), rfc_date(2026, 11, 27, 12, 14, 55, "+0100"),
                body, client="outlook", lang="pl-PL", qlang="pl", prefix="Odp:", charset="iso-8859-2")
    return [po], eml, exp("confirmation", "Position 2 cancelled (rejected); position 4 new price 19.60 PLN; '01.12.' is the price-list validity, not a delivery date.",
                          conf(po, {1: acc(po, 1), 2: REJ, 3: acc(po, 3), 4: chg(po, 4, p="19.60")}))
