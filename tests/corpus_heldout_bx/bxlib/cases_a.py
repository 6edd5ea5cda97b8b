"""Cases 1-16: confirmations (Western / Central Europe, Americas)."""
from .common import (A, C, REJ, UNC, P, S, at, case, clean, conf, inline, kw, reply, req_sent, BUY)
from .pdf import pdf
from .xlsx import xlsx


@case("cinch-accept-oneliner-gb", "confirmation/en-GB",
      "One-line acceptance whose date '11/12' is day-first (11 December), above an Outlook-quoted PO table.")
def c_cinch():
    sup = S("PENNSAD", "Pennine Saddlery Ltd", "orders@pennine-saddlery.example", "en-GB")
    po = P("4500031877", sup, "cinch", "GBP", "2026-11-04", [
        ("CIN-M27-30", "Mohair roper cinch 30in, 27-strand", 40, "EA", "38.50", "2026-12-11"),
        ("CIN-NEO-32", "Neoprene roll cinch 32in, 1.5 mm liner", 25, "EA", "44.90", "2026-12-11"),
        ("LAT-2X60", "Latigo strap 2in x 60in, 10/12 oz", 60, "EA", "12.75", "2026-12-11")])
    body = ("Hi Dana,\n\nThanks for the order - all three lines confirmed as per your PO, "
            "goods will be with you by 11/12 as requested.\n\n"
            "Best regards,\nGareth Pryce\nSales Office | Pennine Saddlery Ltd\n"
            "Mill Lane, Hebden Bridge HX7 8AD, United Kingdom\nT +44 1422 555 284\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "Pennine Saddlery Ltd, registered in England and Wales no. 04417852.\n")
    eml = reply(seed="bx001", po=po, date=at("2026-11-10 10:42:07", "+0000"), body=body,
                frm=("Gareth Pryce", "gareth.pryce@pennine-saddlery.example"))
    exp = conf("Short British acceptance; '11/12' must be read day-first and equals the requested 2026-12-11.",
               (po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("clay-trap-inline-us", "confirmation/en-US",
      "Answers typed inline under each quoted PO row, US month-first dates and a split delivery for one line.")
def c_clay_inline():
    sup = S("BUCKHORN", "Buckhorn Trap Machines Inc.", "sales@buckhorntrap.example", "en-US")
    po = P("HSG-26-0412", sup, "clay", "USD", "2026-11-05", [
        ("BT-AUTO-24V", "Auto trap 24V, 400-target magazine", 2, "EA", "2890.00", "2026-12-04"),
        ("BT-SPR-3/8", "Main spring 3/8in x 12in", 10, "EA", "36.50", "2026-12-04"),
        ("BT-BAT-12", "Battery 12V 35Ah for trap", 4, "EA", "129.00", "2026-12-04")])
    attr = f"On Thu, Nov 5, 2026 at 8:30 AM Tom Okafor <tom.okafor@highfield-shooting.example> wrote:"
    body = inline(po, {
        1: "Confirmed, both units ship 12/4.",
        2: "Only 6 in stock. We ship 6 on 12/4 and the remaining 4 on 12/18/2026, same price.",
        3: "OK as ordered, ships with the traps on 12/4."},
        attr, lead="Tom,\n\nanswers inline below.\n\nBrad\n\n",
        after="\n--\nBrad Kessler | Buckhorn Trap Machines Inc.\n2250 Ranch Rd 12, San Marcos, TX 78666\n(512) 555-0187\n")
    eml = reply(seed="bx002", po=po, date=at("2026-11-11 15:20:44", "-0600"), body=body, client="gmail",
                quote=None, frm=("Brad Kessler", "brad@buckhorntrap.example"))
    exp = conf("Inline answers below quoted rows; 12/4 and 12/18/2026 are US dates; line 2 split 6+4.",
               (po, {1: A(po, 1), 2: C(po, 2, sched=[(6, "2026-12-04"), (4, "2026-12-18")]), 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("tuning-pin-kw-per100-de", "confirmation/de-DE",
      "Price per 100 pieces against a per-piece PO, 'KW 51' (Friday) and 'Dienstag, KW 50' (a named day).")
def c_pin_kw():
    sup = S("KLOECK", "Stimmwirbel Manufaktur Klöckner GmbH", "auftrag@kloeckner-wirbel.example", "de-DE")
    po = P("4700022190", sup, "pin", "EUR", "2026-11-03", [
        ("SW-70-2/0", "Stimmwirbel 7,0 mm 2/0 blank, L 57 mm", 2000, "EA", "0.42", "2026-12-11"),
        ("SW-71-3/0", "Stimmwirbel 7,1 mm 3/0 vernickelt, L 60 mm", 1500, "EA", "0.48", "2026-12-11"),
        ("SB-12X20", "Stimmstockbuchse 12x20 Messing", 300, "EA", "1.15", "2026-12-11")])
    body = ("Sehr geehrte Frau Weiss,\n\nvielen Dank für Ihre Bestellung 4700022190, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  SW-70-2/0   2.000 Stk   Preis 41,00 € / 100 Stk   Liefertermin KW 51\n"
            "Pos. 2  SW-71-3/0   1.500 Stk   0,48 €/Stk                Liefertermin Dienstag, KW 50\n"
            "Pos. 3  SB-12X20      300 Stk   1,15 €/Stk                Liefertermin KW 50\n\n"
            "Der Preis für Pos. 1 entspricht unserer aktuellen Preisliste (Drahtzuschlag).\n\n"
            "Mit freundlichen Grüßen\n\ni. A. Jürgen Hößl\nAuftragsabwicklung\n"
            "Stimmwirbel Manufaktur Klöckner GmbH\nAm Drahtzug 7, 58762 Altena\nTel. +49 2352 555-140\n"
            "Geschäftsführer: M. Klöckner | Amtsgericht Iserlohn HRB 5521\n")
    eml = reply(seed="bx003", po=po, date=at("2026-11-12 08:55:31", "+0100"), body=body, lang="de",
                charset="iso-8859-15", frm=("Jürgen Hößl", "j.hoessl@kloeckner-wirbel.example"))
    assert kw(2026, 51) .isoformat() == "2026-12-18" and kw(2026, 50, 2).isoformat() == "2026-12-08"
    exp = conf("41,00 EUR per 100 pcs = 0.41 per EA; KW 51 -> Fri 2026-12-18; 'Dienstag, KW 50' -> 2026-12-08; "
               "KW 50 Friday equals the requested 2026-12-11.",
               (po, {1: C(po, 1, p="0.41", d="2026-12-18"), 2: C(po, 2, d="2026-12-08"), 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("seat-spring-ab-pdf-at", "confirmation/de-AT",
      "Body only says 'anbei unsere AB'; the values are in a Flate-compressed PDF and the body names 'Jänner'.")
def c_spring_pdf():
    sup = S("FEDSTEYR", "Federnwerk Steyr GmbH", "verkauf@federnwerk-steyr.example", "de-AT")
    po = P("PS-2026-0871", sup, "opera", "EUR", "2026-11-06", [
        ("SF-38-120", "Sitzfeder 3/8 x 120 mm, Federstahl verzinkt", 800, "EA", "1.85", "2027-01-15"),
        ("SF-516-95", "Rückenfeder 5/16 x 95 mm", 600, "EA", "1.40", "2027-01-15"),
        ("ZF-M10X40", "Zugfeder mit Öse M10x40", 200, "EA", "2.95", "2027-01-15")])
    doc = pdf(["#Federnwerk Steyr GmbH - AUFTRAGSBESTÄTIGUNG AB-26-11873",
               "Ennser Straße 41, 4400 Steyr, Österreich   UID ATU55210387",
               "", "Kunde: Proscenium Seating GmbH, Bühnenring 21, 01067 Dresden",
               "Ihre Bestellung: PS-2026-0871 vom 06.11.2026        AB-Datum: 16.11.2026",
               "", "Pos  Artikel      Bezeichnung                        Menge     Preis/Stk EUR   Liefertermin",
               "1    SF-38-120    Sitzfeder 3/8 x 120 mm verzinkt    800 Stk        1,85         15.01.2027",
               "2    SF-516-95    Rückenfeder 5/16 x 95 mm           600 Stk        1,40         22.01.2027",
               "3    ZF-M10X40    Zugfeder mit Öse M10x40            200 Stk        3,10         15.01.2027",
               "", "Pos. 3: Preisanpassung wegen Legierungszuschlag Federstahl.",
               "Lieferbedingung: DAP Dresden (Incoterms 2020)   Zahlung: 30 Tage netto",
               "Es gelten unsere Allgemeinen Verkaufsbedingungen."],
              title="AB-26-11873", flate=True, date="D:20261116105800+01'00'", producer="SAP NetWeaver")
    body = ("Sehr geehrter Herr Aurich,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-26-11873 zu Ihrer "
            "Bestellung PS-2026-0871. Bitte beachten Sie, dass wir Pos. 2 erst am 22. Jänner liefern können.\n\n"
            "Mit freundlichen Grüßen\nSabine Grubmüller\nInnendienst Verkauf\nFedernwerk Steyr GmbH\n"
            "Ennser Straße 41 | 4400 Steyr | Österreich\nT +43 7252 555 61-22\n")
    eml = reply(seed="bx004", po=po, date=at("2026-11-16 11:03:12", "+0100"), body=body, lang="de",
                charset="windows-1252", frm=("Grubmüller Sabine", "s.grubmueller@federnwerk-steyr.example"),
                atts=[("AB-26-11873.pdf", "application/pdf", doc)])
    exp = conf("Values only in the Flate-compressed PDF: pos. 2 date 22.01.2027 (body: '22. Jänner'), "
               "pos. 3 price 3,10 instead of 2.95; pos. 1 as ordered.",
               (po, {1: A(po, 1), 2: C(po, 2, d="2027-01-22"), 3: C(po, 3, p="3.10")}))
    return [clean(po)], eml, exp


@case("bell-rope-kw2-2027-ch", "confirmation/de-CH",
      "Swiss German 'Lieferung KW 2/2027' for the whole order: a week in the next year, read as its Friday.")
def c_bell_ch():
    sup = S("RUEEGG", "Seilerei Rüegg AG", "verkauf@seilerei-rueegg.example", "de-CH")
    po = P("MBR-0419", sup, "bell", "CHF", "2026-11-02", [
        ("GS-28-SAL", "Bell rope sally 28 mm, 1.2 m wool, red/white/blue", 6, "EA", "186.00", "2026-12-18"),
        ("GS-TAIL-18", "Tail end polyester 18 mm x 12 m", 6, "EA", "64.50", "2026-12-18")])
    body = ("Grüezi Herr Padgett\n\nBesten Dank für Ihre Bestellung MBR-0419. Wir bestätigen beide Positionen "
            "zu den bestellten Mengen und Preisen (CHF 186.00 bzw. CHF 64.50 pro Stück).\n"
            "Da die Sallys von Hand gespleisst werden, ist die Lieferung KW 2/2027 möglich, früher leider nicht.\n\n"
            "Kind regards / Freundliche Grüsse\n\nReto Rüegg\nSeilerei Rüegg AG\nSeilerweg 3, 8583 Sulgen\n"
            "+41 71 555 12 80\n")
    eml = reply(seed="bx005", po=po, date=at("2026-11-13 14:12:50", "+0100"), body=body, lang="de",
                charset="windows-1252", frm=("Reto Rüegg", "reto.rueegg@seilerei-rueegg.example"))
    d = kw(2027, 2).isoformat()
    assert d == "2027-01-15"
    exp = conf("KW 2/2027 = Friday 2027-01-15 for both lines; quantities and prices unchanged.",
               (po, {1: C(po, 1, d=d), 2: C(po, 2, d=d)}))
    return [clean(po)], eml, exp


@case("cork-surcharge-pct-fr", "confirmation/fr-FR",
      "A '+3 %' raw-material surcharge on one line must be applied to the PO unit price (0.240 -> 0.2472).")
def c_cork_fr():
    sup = S("BOUCHARM", "Bouchages de l'Armagnac SARL", "adv@bouchages-armagnac.example", "fr-FR")
    po = P("CV-118204", sup, "cork", "EUR", "2026-11-05", [
        ("BN-24X45-A", "Natural cork 24x45 mm, grade A", 20000, "PCS", "0.185", "2026-12-14"),
        ("BC-T-20X33", "Bar-top cork 20x33 mm, wooden head", 5000, "PCS", "0.240", "2026-12-14")])
    body = ("Bonjour Monsieur Ferri,\n\nNous vous confirmons la commande CV-118204 :\n\n"
            "- ligne 1 : 20 000 bouchons 24x45 qualité A, 0,185 €/pce, livraison le 14/12\n"
            "- ligne 2 : 5 000 bouchons tête bois 20x33, prix majoré de 3 % (hausse matière liège aggloméré), "
            "livraison le 14/12\n\n"
            "Restant à votre disposition,\n\nCorinne Lacoste\nAdministration des ventes\n"
            "Bouchages de l'Armagnac SARL - 12 route de Nogaro, 32800 Eauze\nTél. +33 5 62 55 09 41\n")
    eml = reply(seed="bx006", po=po, date=at("2026-11-10 09:17:03", "+0100"), body=body, lang="fr",
                charset="iso-8859-15", frm=("Corinne Lacoste", "c.lacoste@bouchages-armagnac.example"))
    exp = conf("Line 2 +3 % on the PO price 0.240 = 0.2472; '14/12' without year = 2026-12-14 (as requested).",
               (po, {1: A(po, 1), 2: C(po, 2, p="0.2472")}))
    return [clean(po)], eml, exp


@case("seed-tray-split-reject-be", "confirmation/fr-BE",
      "Belgian French: one line split into two dated drops without year, one line accepted, one discontinued.")
def c_tray_be():
    sup = S("PHW", "Plastiques Horticoles Wallons SA", "commandes@phw-horti.example", "fr-BE")
    po = P("GF-PO-77310", sup, "tray", "EUR", "2026-11-09", [
        ("ST-72-5428", "Seed tray 72-cell 54x28 cm, black PS", 960, "EA", "0.68", "2026-12-07"),
        ("ST-128-5428", "Seed tray 128-cell 54x28 cm", 480, "EA", "0.74", "2026-12-07"),
        ("DOM-60-5428", "Propagator dome 6 cm for 54x28 tray", 200, "EA", "1.12", "2026-12-07")])
    body = ("Bonjour Madame Visser,\n\nSuite à votre bon de commande GF-PO-77310 :\n\n"
            "Pos. 1 : livraison en deux fois : 480 pièces le 07/12 et 480 pièces le 21/12, prix inchangé.\n"
            "Pos. 2 : OK, 480 pièces à 0,74 € le 07/12.\n"
            "Pos. 3 : les couvercles dôme 6 cm ne sont plus fabriqués, nous ne pouvons pas livrer cette position.\n\n"
            "Meilleures salutations / Met vriendelijke groeten\n\nLaurent Dechamps\nService commandes\n"
            "Plastiques Horticoles Wallons SA\nRue de l'Industrie 18, 7700 Mouscron\n+32 56 55 48 10\n")
    eml = reply(seed="bx007", po=po, date=at("2026-11-17 16:40:22", "+0100"), body=body, client="gmail",
                lang="fr", attribution="Le lun. 9 nov. 2026 à 09:30, Anke Visser <a.visser@greenfold.example> a écrit :",
                frm=("Laurent Dechamps", "commandes@phw-horti.example"))
    exp = conf("Dates without year (07/12, 21/12) fall in Dec 2026; line 1 split 480+480; line 3 rejected.",
               (po, {1: C(po, 1, sched=[(480, "2026-12-07"), (480, "2026-12-21")]), 2: A(po, 2), 3: REJ}))
    return [clean(po)], eml, exp


@case("curtain-track-iso-date-ca", "confirmation/fr-CA",
      "Canadian French 'livraison le 2026-12-14' for the whole order: one line on time, two moved later.")
def c_curtain_ca():
    sup = S("RML", "Rails Médicaux Laurentides inc.", "ventes@rml-laurentides.example", "fr-CA")
    po = P("WHI-55102", sup, "curtain", "CAD", "2026-11-10", [
        ("RT-AL-2400", "Curtain track aluminium 2.4 m, profile 30x20", 120, "EA", "58.40", "2026-12-14"),
        ("CR-90-R300", "Bend 90 deg, radius 300 mm", 60, "EA", "21.75", "2026-12-07"),
        ("GL-NYL-100", "Nylon gliders, bag of 100", 40, "BOX", "18.90", "2026-12-07")])
    body = ("Bonjour Mme Haddad,\n\nNous confirmons votre commande WHI-55102 aux quantités et aux prix indiqués. "
            "Comme nos courbes 90° sont fabriquées sur la même série que les rails, la livraison de la commande "
            "complète (lignes 1 à 3) se fera le 2026-12-14.\n\nCordialement,\n\nMélanie Gauthier\n"
            "Service à la clientèle\nRails Médicaux Laurentides inc.\n1450, boul. Industriel, Saint-Jérôme (Québec) "
            "J7Y 4B8\nTél. : 450 555-0134\n")
    eml = reply(seed="bx008", po=po, date=at("2026-11-18 13:05:40", "-0500"), body=body, lang="fr",
                charset="utf-8", cte="8bit", frm=("Mélanie Gauthier", "m.gauthier@rml-laurentides.example"))
    exp = conf("One delivery date 2026-12-14 for all lines: line 1 requested that date (accepted), "
               "lines 2 and 3 move from 2026-12-07.",
               (po, {1: A(po, 1), 2: C(po, 2, d="2026-12-14"), 3: C(po, 3, d="2026-12-14")}))
    return [clean(po)], eml, exp


@case("marble-pad-partial-reject-it", "confirmation/it-IT",
      "Per-position Italian list: one line reduced to the stock on hand with the balance refused, one line dropped.")
def c_marble_it():
    sup = S("ABRAPU", "Abrasivi Apuani S.r.l.", "ordini@abrasivi-apuani.example", "it-IT")
    po = P("SWR-2611-07", sup, "marble", "EUR", "2026-11-06", [
        ("PD-100-0050", "Diamond pad 100 mm grit 50", 60, "EA", "7.90", "2026-12-04"),
        ("PD-100-3000", "Diamond pad 100 mm grit 3000", 60, "EA", "8.40", "2026-12-04"),
        ("PD-125-BUFF", "Felt buffing pad 125 mm", 30, "EA", "11.20", "2026-12-04")])
    body = ("Buongiorno Sig. Brandão,\n\nin riferimento al Vs. ordine SWR-2611-07 Vi comunichiamo:\n\n"
            "Pos. 1 – confermata, 60 pz a € 7,90, consegna 04/12/2026\n"
            "Pos. 2 – disponibili solo 40 pz, consegna 04/12/2026 a € 8,40; il saldo di 20 pz non possiamo "
            "fornirlo (grana 3000 in esaurimento)\n"
            "Pos. 3 – articolo fuori produzione, non possiamo fornirlo\n\n"
            "Cordiali saluti\n\nElisa Bertolucci\nUfficio Commerciale\nAbrasivi Apuani S.r.l.\n"
            "Via Aurelia 112, 54033 Carrara (MS)\nTel. +39 0585 555 730\n\n"
            "Ai sensi del Reg. UE 2016/679 le informazioni contenute in questa e-mail sono riservate.\n")
    eml = reply(seed="bx009", po=po, date=at("2026-11-12 10:20:18", "+0100"), body=body, lang="it",
                charset="windows-1252", frm=("Elisa Bertolucci", "ordini@abrasivi-apuani.example"))
    exp = conf("Pos. 2 confirmed for 40 of 60 (balance refused, so quantity 40); pos. 3 rejected.",
               (po, {1: A(po, 1), 2: C(po, 2, q=40), 3: REJ}))
    return [clean(po)], eml, exp


@case("chain-lube-ship-date-mx", "confirmation/es-MX",
      "Mexican Spanish prose: 'la podemos embarcar hasta el 18 de diciembre' is a ship date, the only date given.")
def c_lube_mx():
    sup = S("CICLON", "Lubricantes Ciclo Norte S.A. de C.V.", "ventas@ciclonorte.example", "es-MX")
    po = P("VT-PO-260931", sup, "lube", "USD", "2026-11-09", [
        ("LUB-WET-120", "Wet chain lube 120 ml", 1200, "EA", "3.15", "2026-12-11"),
        ("LUB-DRY-120", "Dry chain lube PTFE 120 ml", 800, "EA", "3.40", "2026-12-11")])
    body = ("Estimada Ruth:\n\nGracias por su orden. Le confirmo la partida 2 tal como la pidió. "
            "La partida 1 la podemos embarcar hasta el 18 de diciembre por falta de envase de 120 ml; "
            "cantidad y precio sin cambio.\n\nSaludos cordiales,\n\nIng. Héctor Villarreal\n"
            "Ventas Exportación | Lubricantes Ciclo Norte S.A. de C.V.\n"
            "Av. Ruiz Cortines 2450, Monterrey, N.L., México\nTel. +52 81 5555 0192\n")
    eml = reply(seed="bx011", po=po, date=at("2026-11-16 12:48:09", "-0600"), body=body, client="gmail",
                lang="es", cte="base64",
                attribution="El lun, 9 nov 2026 a las 2:30, Ruth Keller (<r.keller@velotrade.example>) escribió:",
                frm=("Héctor Villarreal", "hvillarreal@ciclonorte.example"))
    exp = conf("Ship date only ('embarcar ... 18 de diciembre') counts as the date; line 2 'tal como la pidió'.",
               (po, {1: C(po, 1, d="2026-12-18"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bee-smoker-reais-price-br", "confirmation/pt-BR",
      "Brazilian real price 'R$ 189,90' with decimal comma replaces the PO price; the other line repeats the PO.")
def c_bee_br():
    sup = S("APISG", "Apícola Serra Gaúcha Ltda.", "vendas@apicolaserragaucha.example", "pt-BR")
    po = P("HC-4471", sup, "bee", "BRL", "2026-11-04", [
        ("FUM-INOX-4X7", "Bee smoker stainless 4x7in with guard", 50, "EA", "179.90", "2027-01-08"),
        ("FOLE-4X7", "Replacement bellows for 4x7 smoker", 50, "EA", "42.00", "2027-01-08")])
    body = ("Olá Marta,\n\nConfirmamos o pedido HC-4471 com a seguinte alteração:\n\n"
            "Item 1 - FUM-INOX-4X7: 50 un., novo preço R$ 189,90 (reajuste do aço inox), entrega 08/01/2027.\n"
            "Item 2 - FOLE-4X7: 50 un., R$ 42,00, entrega 08/01/2027.\n\n"
            "Atenciosamente,\n\nFernanda Bortolini\nComercial Exportação\nApícola Serra Gaúcha Ltda.\n"
            "Rua dos Apicultores 55 - Bento Gonçalves/RS - CEP 95700-000\n+55 54 5555-3120\n")
    eml = reply(seed="bx012", po=po, date=at("2026-11-11 09:02:45", "-0300"), body=body, lang="pt",
                charset="iso-8859-1", frm=("Fernanda Bortolini", "fernanda@apicolaserragaucha.example"))
    exp = conf("Price R$ 189,90 = 189.90 BRL (changed); 08/01/2027 is 8 January (day-first).",
               (po, {1: C(po, 1, p="189.90"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("fish-rack-xlsx-only-pt", "confirmation/pt-PT",
      "Body just says 'segue em anexo'; the answer is an XLSX sheet where one line has a later delivery date.")
def c_fish_pt():
    sup = S("FUMATL", "Fumeiros do Atlântico, Lda.", "encomendas@fumeiros-atlantico.example", "pt-PT")
    po = P("NS-20261109", sup, "fish", "EUR", "2026-11-09", [
        ("GR-6040-12", "Smoking grid stainless 60x40 cm, mesh 12/4", 100, "EA", "24.60", "2026-12-16"),
        ("CAR-18N", "Smoking trolley 18 tiers, 1.9 m", 4, "EA", "1380.00", "2026-12-16"),
        ("GAN-S-80", "S-hooks stainless 80 mm", 2000, "EA", "0.32", "2026-12-16")])
    sheet = xlsx([["Confirmação de encomenda", "", "", "", "", "", ""],
                  ["Encomenda cliente", "NS-20261109", "", "Data", "17/11/2026", "", ""],
                  [],
                  ["Linha", "Artigo", "Descrição", "Qtd.", "Un.", "Preço unit. (EUR)", "Data de entrega"],
                  [1, "GR-6040-12", "Grelha inox 60x40 cm malha 12/4", 100, "UN", 24.6, "16/12/2026"],
                  [2, "CAR-18N", "Carro de fumeiro 18 níveis 1,9 m", 4, "UN", 1380, "13/01/2027"],
                  [3, "GAN-S-80", "Ganchos S inox 80 mm", 2000, "UN", 0.32, "16/12/2026"]],
                 sheet="Confirmacao", creator="Fumeiros do Atlantico")
    body = ("Bom dia,\n\nSegue em anexo a confirmação da encomenda NS-20261109.\n\nCumprimentos,\n"
            "Rita Sousa\nDep. Comercial\nFumeiros do Atlântico, Lda.\nZona Industrial de Peniche, Lote 14, "
            "2520-021 Peniche\nTel.: +351 262 555 410\n")
    eml = reply(seed="bx013", po=po, date=at("2026-11-17 11:26:00", "+0000"), body=body, lang="pt",
                frm=("Rita Sousa", "rita.sousa@fumeiros-atlantico.example"),
                atts=[("Confirmacao_NS-20261109.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])
    exp = conf("All values are in the XLSX; line 2 delivery 13/01/2027 instead of 16/12/2026.",
               (po, {1: A(po, 1), 2: C(po, 2, d="2027-01-13"), 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("sled-runner-weeks-open-nl", "confirmation/nl-NL",
      "Two deliveries in 'week 51' and 'week 2' (next year), one line promised later = unconfirmed.")
def c_sled_nl():
    sup = S("KGT", "Kunststof Glijders Twente B.V.", "verkoop@kgtwente.example", "nl-NL")
    po = P("PTO-2611-031", sup, "sled", "EUR", "2026-11-10", [
        ("RUN-UH-12X20", "Runner UHMW-PE 12x20 mm x 2400 mm, black", 40, "EA", "36.80", "2026-12-18"),
        ("RUN-QC-2400", "Quick-change rail aluminium 2400 mm", 40, "EA", "52.00", "2026-12-18"),
        ("SCR-M6X25", "Countersunk bolt M6x25 stainless, box of 100", 10, "BOX", "14.50", "2026-12-18")])
    body = ("Goedemorgen Sigrid,\n\nDank voor je order PTO-2611-031.\n\n"
            "Positie 1 leveren we in twee delen: 20 stuks in week 51 en 20 stuks in week 2, prijs conform order.\n"
            "Positie 3 conform order, levering week 51.\n"
            "Over positie 2 (snelwisselrail) kom ik later deze week bij je terug, de leverancier van het "
            "profiel moet nog bevestigen.\n\nMet vriendelijke groet,\n\nBas Wolters\nBinnendienst\n"
            "Kunststof Glijders Twente B.V. | Havenweg 22 | 7553 GH Hengelo\nT +31 74 555 2390\n")
    eml = reply(seed="bx014", po=po, date=at("2026-11-19 08:31:15", "+0100"), body=body, lang="nl",
                frm=("Bas Wolters", "b.wolters@kgtwente.example"))
    exp = conf("Week 51 = Fri 2026-12-18, week 2 (after a Nov mail) = Fri 2027-01-15; pos. 2 deferred -> "
               "unconfirmed; pos. 3 week 51 = requested date.",
               (po, {1: C(po, 1, sched=[(20, kw(2026, 51)), (20, kw(2027, 2))]), 2: UNC, 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("puppet-head-csv-be", "confirmation/nl-BE",
      "Flemish acceptance in the body plus a semicolon CSV with decimal commas that repeats the PO values.")
def c_puppet_be():
    sup = S("VERHAE", "Houtsnijwerk Verhaeghe BV", "info@verhaeghe-hout.example", "nl-BE")
    po = P("MTW-2026-118", sup, "puppet", "EUR", "2026-11-09", [
        ("KOP-LI-12", "Puppet head lime wood 12 cm, unpainted", 24, "EA", "42.00", "2027-01-22"),
        ("KOP-LI-15", "Puppet head lime wood 15 cm, moving jaw", 12, "EA", "68.50", "2027-01-22"),
        ("HND-LI-4", "Hands lime wood 4 cm", 24, "PAIR", "9.80", "2027-01-22")])
    csv = ("Lijn;Artikel;Omschrijving;Aantal;Eenheid;Prijs EUR;Leverdatum\r\n"
           "1;KOP-LI-12;Poppenkop lindehout 12 cm;24;st;42,00;22/01/2027\r\n"
           "2;KOP-LI-15;Poppenkop lindehout 15 cm met kaak;12;st;68,50;22/01/2027\r\n"
           "3;HND-LI-4;Handen lindehout 4 cm;24;paar;9,80;22/01/2027\r\n").encode("utf-8")
    body = ("Beste mevrouw Brandt,\n\nIn bijlage vindt u onze orderbevestiging (CSV) voor bestelling "
            "MTW-2026-118. Alles wordt geleverd zoals besteld op 22/01/2027.\n\nMet vriendelijke groeten,\n"
            "Pieter Verhaeghe\nHoutsnijwerk Verhaeghe BV\nMolenstraat 41, 8800 Roeselare\n+32 51 55 71 06\n")
    eml = reply(seed="bx015", po=po, date=at("2026-11-13 17:48:33", "+0100"), body=body, client="apple",
                lang="nl", attribution="Op 9 nov 2026, om 09:30 heeft Lotte Brandt <l.brandt@marionette-werk.example> "
                "het volgende geschreven:", frm=("Pieter Verhaeghe", "info@verhaeghe-hout.example"),
                atts=[("orderbevestiging_MTW-2026-118.csv", "text/csv", csv)])
    exp = conf("Everything as ordered; CSV uses decimal commas and d/m/y dates.",
               (po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)}))
    return [clean(po)], eml, exp


@case("ski-cover-two-pos-pl", "confirmation/pl-PL",
      "Two POs on file; the reply confirms one with a new zloty price and only mentions the other.")
def c_ski_pl():
    sup = S("TAPSPORT", "Tapicer-Sport Sp. z o.o.", "biuro@tapicersport.example", "pl-PL")
    a = P("ALS-26-0551", sup, "ski", "PLN", "2026-11-03", [
        ("POK-4/3-CZ", "Seat cover 4/3 chair bench, black", 24, "EA", "138.00", "2026-12-11"),
        ("POK-OP-4/3", "Backrest cover 4/3", 24, "EA", "96.00", "2026-12-11")])
    b = P("ALS-26-0580", sup, "ski", "PLN", "2026-11-12", [
        ("PAS-25-1600", "Safety belt 25 mm x 1600 mm", 60, "EA", "41.00", "2027-01-08")])
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie ALS-26-0551:\n"
            "poz. 1 - 24 szt., cena 145,00 zł/szt. (nowy cennik od 01.11.2026), dostawa do 11.12.2026\n"
            "poz. 2 - 24 szt., cena 96,00 zł/szt., dostawa do 11.12.2026\n\n"
            "Zamówienie ALS-26-0580 jest w realizacji, potwierdzenie wyślemy osobno.\n\n"
            "Pozdrawiam\nKatarzyna Wróblewska\nDział Handlowy\nTapicer-Sport Sp. z o.o.\n"
            "ul. Zakopiańska 118, 34-400 Nowy Targ\ntel. +48 18 555 27 40\n")
    eml = reply(seed="bx016", po=a, date=at("2026-11-18 14:22:10", "+0100"), body=body, lang="pl",
                charset="iso-8859-2", frm=("Katarzyna Wróblewska", "k.wroblewska@tapicersport.example"))
    exp = conf("Only ALS-26-0551 is answered (pos. 1 price 145,00 zł); ALS-26-0580 merely mentioned -> left out.",
               (a, {1: C(a, 1, p="145.00"), 2: A(a, 2)}))
    return [clean(a), clean(b)], eml, exp
