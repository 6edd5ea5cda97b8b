"""Cases 019-033: confirmations, European locales."""
from decimal import Decimal

from . import mime as M
from . import pdf as P
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, reply, mdate, assert_wd, week_fri, q2,
                     pdf_att, req_html, txt2html)


@case("be-fr-bee-frames-pack-of-50", "confirmation/fr-BE",
      "Prose answer rounds line 1 up to the pack size of 50 (120 -> 150) at the same price; weekday date without year")
def c_befr(slug):
    sup = S("APIWAL", "Apiculture Wallonne SRL", "commandes@apiwallonne.example", "fr-BE")
    po = PO("4500032110", sup, "bee", "EUR", "2026-11-10", [
        L("BF-DB-WIRED", "Dadant brood frame 10/12, wired, assembled", 120, "EA", "2.35", "2026-12-11"),
        L("BF-DS-HALF", "Dadant super half-frame 159 mm, unassembled", 300, "EA", "1.05", "2026-12-11"),
        L("WF-FOUND-54", "Wax foundation 5.4 mm cell, Dadant brood, approx. 8 sheets per kg", 25, "KG", "18.90", "2026-12-11"),
    ])
    assert_wd("2026-12-11", 4)
    body = ("Bonjour Madame Holm,\n\n"
            "Merci pour votre commande 4500032110. Nos cadres de corps Dadant sont conditionnés par 50 pièces : "
            "nous vous livrerons donc 150 cadres au lieu de 120, au même prix unitaire de 2,35 €. "
            "Les demi-cadres et la cire gaufrée sont confirmés tels que commandés.\n\n"
            "Livraison pour l'ensemble le vendredi 11 décembre, comme demandé.\n")
    sig = ("Bien à vous,\n\nGeoffrey Lambert\nApiculture Wallonne SRL\nRue du Rucher 15, 5030 Gembloux\n"
           "Tél. +32 81 55 52 90")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 09:47", "+0100"), body=body, sig=sig, lang="fr",
                client="apple", cs="utf-8", frm=("Geoffrey Lambert", sup["email"]))
    exp = conf("Pack-size rounding: 150 frames instead of 120 at the unchanged 2,35 EUR; 'vendredi 11 décembre' "
               "(no year) = 2026-12-11 = requested, so lines 2-3 are accepted.",
               (po, {1: chg(150, "2.35", "2026-12-11"), 2: acc(po, 2), 3: acc(po, 3)}))
    return [po], eml, exp


@case("ca-fr-rink-boards-one-rejected", "confirmation/fr-CA",
      "Quebec French with ISO dates and CAD; three lines confirmed, the Zamboni door line declined")
def c_cafr(slug):
    sup = S("BANDLAU", "Bandes Patinoire Laurentides inc.", "ventes@bandes-laurentides.example", "fr-CA")
    po = PO("4500032123", sup, "rink", "CAD", "2026-11-10", [
        L("LB-PANEL-42", "Dasher board panel 42\" high, 8 ft, white HDPE 1/2\"", 60, "EA", "548.00", "2027-01-08"),
        L("LB-SHIELD-5", "Acrylic shielding 5/8\" x 48\" x 96\"", 30, "EA", "389.00", "2027-01-08"),
        L("LB-CAP-8", "Top cap rail yellow, 8 ft", 60, "EA", "42.00", "2027-01-08"),
        L("LB-DOOR-ZAM", "Resurfacer door kit, 12 ft double", 1, "SET", "6150.00", "2027-01-08"),
    ])
    body = ("Bonjour M. Berg,\n\nNous confirmons votre commande 4500032123 comme suit :\n\n"
            "• Articles 1, 2 et 3 : quantités et prix conformes, livraison le 2027-01-08.\n"
            "• Article 4 : nous ne fabriquons plus ce modèle de porte de surfaceuse; nous devons "
            "malheureusement refuser cette ligne.\n\n"
            "Au plaisir,\n")
    sig = ("Marie-Ève Tremblay\nService à la clientèle\nBandes Patinoire Laurentides inc.\n"
           "1250, rue Principale, Saint-Jérôme (Québec) J7Z 1X4\n450 555-0188 poste 214")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 15:03", "-0500"), body=body, sig=sig, lang="fr",
                client="outlook", cs="utf-8", frm=("Marie-Ève Tremblay", sup["email"]))
    exp = conf("fr-CA uses ISO dates; lines 1-3 confirmed as ordered for 2027-01-08, line 4 refused.",
               (po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3), 4: REJ}))
    return [po], eml, exp


@case("it-linen-trolleys-surcharge-html", "confirmation/it-IT",
      "HTML-only mail with an HTML table; a '+3%' surcharge on all lines must be applied to the PO prices")
def c_it(slug):
    sup = S("CARBRI", "Carrelli Ospedalieri Brianza S.p.A.", "ordini@carrelli-brianza.example", "it-IT")
    po = PO("4500032140", sup, "linen", "EUR", "2026-11-10", [
        L("LT-2B-SS", "Linen trolley 2-bag, stainless AISI 304, 4 castors 125 mm", 12, "EA", "486.00", "2026-12-16"),
        L("LT-BAG-120", "Laundry bag 120 L, polyester, blue", 48, "EA", "14.70", "2026-12-16"),
        L("LT-LID-2B", "Pedal-operated lid set for 2-bag trolley", 12, "SET", "88.50", "2026-12-16"),
    ])
    html = ("<p>Gentile Sig. Doyle,</p>\n<p>confermiamo il Vostro ordine n. 4500032140 come da tabella:</p>\n"
            "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse;font-family:Arial\">\n"
            "<tr><th>Riga</th><th>Codice</th><th>Q.tà</th><th>Consegna</th></tr>\n"
            "<tr><td>1</td><td>LT-2B-SS</td><td>12 pz</td><td>16/12/2026</td></tr>\n"
            "<tr><td>2</td><td>LT-BAG-120</td><td>48 pz</td><td>16/12/2026</td></tr>\n"
            "<tr><td>3</td><td>LT-LID-2B</td><td>12 set</td><td>16/12/2026</td></tr>\n</table>\n"
            "<p>A causa dell'aumento del costo dell'acciaio inox applichiamo una maggiorazione del 3% "
            "sui prezzi unitari di tutte le righe dell'ordine.</p>\n"
            "<p>Cordiali saluti<br>\n<b>Chiara Colombo</b><br>\nUfficio Commerciale<br>\n"
            "Carrelli Ospedalieri Brianza S.p.A.<br>\nVia Valassina 88, 20851 Lissone (MB)<br>\n"
            "Tel. +39 039 555 2761</p>\n"
            "<p style=\"font-size:8pt;color:#888\">Ai sensi del Regolamento UE 2016/679 le informazioni contenute "
            "in questo messaggio sono riservate.</p>\n")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 11:49", "+0100"), body="", html_only=True, html_body=html,
                lang="it", client="outlook", cs="utf-8", frm=("Chiara Colombo", sup["email"]))
    p = {n: Decimal(po["lines"][n - 1]["unit_price"]) * Decimal("1.03") for n in (1, 2, 3)}
    assert str(p[1]) == "500.5800" and str(p[2]) == "15.1410" and str(p[3]) == "91.1550"
    exp = conf("HTML-only; the table repeats quantities and the 16/12/2026 date, the surcharge is in prose: "
               "+3% on the PO prices -> 500.58, 15.141, 91.155.",
               (po, {1: chg(12, "500.58", "2026-12-16"), 2: chg(48, "15.141", "2026-12-16"),
                     3: chg(12, "91.155", "2026-12-16")}))
    return [po], eml, exp


@case("es-saffron-price-per-gram", "confirmation/es-ES",
      "Price given per gram (6,95 EUR/g) for a PO line priced per kg; weekday + day without year for delivery")
def c_es(slug):
    sup = S("AZAMAN", "Azafranes de La Mancha S.L.", "pedidos@azafranesmancha.example", "es-ES")
    po = PO("4500032158", sup, "saffron", "EUR", "2026-11-10", [
        L("SAF-LM-DOP", "Saffron threads La Mancha PDO, Cat. I, bulk in 250 g tins", 4, "KG", "6900.00", "2026-12-11"),
        L("SAF-LM-05G", "Saffron threads La Mancha PDO, 0.5 g vial, carton of 100", 20, "BOX", "420.00", "2026-12-11"),
    ])
    assert_wd("2026-12-10", 3)
    body = ("Buenos días, Luca:\n\nGracias por el pedido 4500032158. Le confirmamos:\n\n"
            "Línea 1: 4 kg (16 latas de 250 g) a 6,95 € el gramo, por la subida del precio de la cosecha 2026.\n"
            "Línea 2: 20 cajas a 420,00 €, sin cambios.\n\n"
            "Entrega de ambas líneas el jueves 10 de diciembre en sus almacenes de Bolonia.\n")
    sig = ("Un saludo,\nPilar Sánchez Ortega\nDpto. Comercial · Azafranes de La Mancha S.L.\n"
           "Ctra. de Toledo km 3,5 · 45700 Consuegra (Toledo)\nTel. +34 925 55 41 08")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 12:30", "+0100"), body=body, sig=sig, lang="es",
                client="gmail", cs="utf-8", frm=("Pilar Sánchez", sup["email"]))
    exp = conf("6,95 EUR per gram = 6950.00 EUR per kg (PO unit KG) on line 1; 'jueves 10 de diciembre' "
               "(no year) = 2026-12-10 for both lines.",
               (po, {1: chg(4, "6950.00", "2026-12-10"), 2: chg(20, "420.00", "2026-12-10")}))
    return [po], eml, exp


@case("br-insoles-per-item-list", "confirmation/pt-BR",
      "Per-item list in Brazilian Portuguese: one as ordered, one short (480 pairs), one pushed into January 2027")
def c_br(slug):
    sup = S("PALMPAU", "Palmilhas Ortopédicas Paulista Ltda.", "vendas@palmilhaspaulista.example", "pt-BR")
    po = PO("4500032171", sup, "insole", "EUR", "2026-11-10", [
        L("OI-MED-38", "Orthopaedic insole, medial arch support, EVA 4 mm, size 38", 500, "PAIR", "6.80", "2026-12-18"),
        L("OI-MED-42", "Orthopaedic insole, medial arch support, EVA 4 mm, size 42", 500, "PAIR", "6.80", "2026-12-18"),
        L("OI-HEEL-3", "Heel cup silicone, 3/8\" lift, size M", 200, "PAIR", "4.25", "2026-12-18"),
    ])
    body = ("Olá Priya, tudo bem?\n\nSegue a confirmação do pedido 4500032171:\n\n"
            "Item 1: OK – 500 pares, € 6,80, entrega 18/12/2026.\n"
            "Item 2: 480 pares (saldo da produção deste lote), € 6,80, entrega 18/12/2026.\n"
            "Item 3: 200 pares, € 4,25, entrega em 15/01/2027 (férias coletivas da fábrica em dezembro).\n\n"
            "Qualquer dúvida estou à disposição.\n")
    sig = ("Abraços,\nRafael Oliveira\nExportação | Palmilhas Ortopédicas Paulista Ltda.\n"
           "Rua Anhanguera 1020, Franca - SP, 14401-000\n+55 16 5555-3210 | WhatsApp +55 16 95555-3210")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 14:12", "-0300"), body=body, sig=sig, lang="pt",
                client="gmail", cs="windows-1252", frm=("Rafael Oliveira", sup["email"]))
    exp = conf("Per-item list: item 1 as ordered; item 2 only 480 of 500 pairs; item 3 moved to 15/01/2027.",
               (po, {1: acc(po, 1), 2: chg(480, "6.80", "2026-12-18"), 3: chg(200, "4.25", "2027-01-15")}))
    return [po], eml, exp


@case("nl-pepper-seeds-per-1000", "confirmation/nl-NL",
      "Seed quantities and prices given per 1,000 seeds for a PO in boxes of 5,000 / 1,000; week 2 of 2027")
def c_nl(slug):
    sup = S("ZWESTL", "Zaadhandel Westland B.V.", "orders@zaadhandel-westland.example", "nl-NL")
    po = PO("4500032189", sup, "pepper", "EUR", "2026-11-11", [
        L("SD-PAP-GEEL", "Sweet pepper seeds F1 yellow blocky 'Goldstar', box of 5,000 seeds", 12, "BOX", "162.50", "2027-01-15"),
        L("SD-PAP-ROOD", "Sweet pepper seeds F1 red blocky 'Redstar', box of 5,000 seeds", 20, "BOX", "172.00", "2027-01-15"),
        L("SD-PAP-ORA", "Sweet pepper seeds F1 orange 'Orastar', box of 1,000 seeds", 10, "BOX", "41.00", "2027-01-15"),
    ])
    body = ("Beste Tom,\n\nHierbij bevestigen wij uw order 4500032189:\n\n"
            "- Goldstar geel: 60.000 zaden à € 32,50 per 1.000 zaden\n"
            "- Redstar rood: 100.000 zaden à € 36,00 per 1.000 zaden (nieuwe prijslijst 2027)\n"
            "- Orastar oranje: 10.000 zaden à € 41,00 per 1.000 zaden\n\n"
            "Levering: week 2 van 2027, zoals gevraagd.\n")
    sig = ("Met vriendelijke groet,\n\nSanne de Vries\nBinnendienst | Zaadhandel Westland B.V.\n"
           "Naaldwijkseweg 210, 2691 RW 's-Gravenzande\nT +31 174 555 620")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 10:55", "+0100"), body=body, sig=sig, lang="nl",
                client="outlook", cs="windows-1252", frm=("Sanne de Vries", sup["email"]))
    assert week_fri(2027, 2) == "2027-01-15"
    assert Decimal("32.50") * 5 == Decimal("162.50") and Decimal("36.00") * 5 == Decimal("180.00")
    exp = conf("Per-1,000-seed figures: 60,000 seeds = 12 boxes of 5,000 at 5 x 32.50 = 162.50 (accepted); "
               "100,000 = 20 boxes at 5 x 36.00 = 180.00 (price changed); 10,000 = 10 boxes of 1,000 at 41.00 "
               "(accepted); week 2 of 2027 = Friday 2027-01-15 = requested.",
               (po, {1: acc(po, 1), 2: chg(20, "180.00", "2027-01-15"), 3: acc(po, 3)}))
    return [po], eml, exp


@case("be-nl-archive-boxes-split", "confirmation/nl-BE",
      "Bottom-posted Thunderbird reply; line 1 split into two deliveries with day/month dates without year")
def c_benl(slug):
    sup = S("ARCHVL", "Archiefdozen Vlaanderen NV", "verkoop@archiefdozen-vl.example", "nl-BE")
    po = PO("4500032203", sup, "archive", "GBP", "2026-11-11", [
        L("AD-A4-100", "Archive box A4 100 mm, acid-free board 1.5 mm", 1000, "EA", "1.58", "2026-12-15"),
        L("AD-FOLD-A3", "Archive folder A3, 4-flap, 300 g/m2", 2000, "EA", "0.46", "2026-12-15"),
    ])
    body = ("Goeiemiddag Helen,\n\nOrder 4500032203 is bevestigd aan de bestelde prijzen.\n\n"
            "Lijn 1: levering in twee delen – 600 stuks op 8/12 en de overige 400 stuks op 15/12.\n"
            "Lijn 2: volledige hoeveelheid op 8/12.\n")
    sig = ("Met vriendelijke groeten,\nPieter Claes\nArchiefdozen Vlaanderen NV\nIndustrieweg 31, 9080 Lochristi\n"
           "tel. +32 9 555 41 72")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 13:37", "+0100"), body=body, sig=sig, lang="nl",
                client="tb", cs="utf-8", cte="8bit", html=False, bottom=True, frm=("Pieter Claes", sup["email"]))
    exp = conf("Answer sits below the quoted request; line 1 in two deliveries 600 on 8/12 + 400 on 15/12 "
               "(no year -> 2026); line 2 complete on 8/12 = 2026-12-08.",
               (po, {1: chg(1000, "1.58", "2026-12-15", [(600, "2026-12-08"), (400, "2026-12-15")]),
                     2: chg(2000, "0.46", "2026-12-08")}))
    return [po], eml, exp


@case("pl-salt-spreaders-pdf-and-body", "confirmation/pl-PL",
      "Body and uncompressed PDF agree: new price '1 245,00 zł' with space thousands separator and earlier date")
def c_pl(slug):
    sup = S("POSMAZ", "Posypywarki Mazowsze Sp. z o.o.", "zamowienia@posypywarki-mazowsze.example", "pl-PL")
    po = PO("4500032220", sup, "salt", "PLN", "2026-11-11", [
        L("SP-800-HYD", "Salt spreader 800 L, hydraulic drive, 3-point hitch", 3, "EA", "21400.00", "2026-12-14"),
        L("SP-COV-800", "PVC cover for 800 L hopper", 3, "EA", "640.00", "2026-12-14"),
        L("SP-CHUTE-24V", "Chute deflector with 24V actuator", 3, "EA", "1180.00", "2026-12-14"),
    ])
    lines = ["#POSYPYWARKI MAZOWSZE Sp. z o.o.", "ul. Przemyslowa 7, 05-800 Pruszkow, NIP 534-555-21-08", "",
             "#POTWIERDZENIE ZAMOWIENIA nr PZ/2026/1187", "Data: 13.11.2026",
             "Zamawiajacy: Northshire Highways Depot - zamowienie nr 4500032220", "",
             "#Lp.  Indeks         Nazwa                                   Ilosc  J.m.  Cena netto PLN   Termin dostawy",
             "1    SP-800-HYD     Posypywarka 800 L, naped hydrauliczny      3    szt.   21 400,00        11.12.2026",
             "2    SP-COV-800     Plandeka PVC do zbiornika 800 L            3    szt.      640,00        11.12.2026",
             "3    SP-CHUTE-24V   Deflektor z silownikiem 24V                3    szt.    1 245,00        11.12.2026",
             "", "Warunki dostawy: DAP Harrogate. Platnosc: 30 dni od daty faktury.",
             "Termin dostawy = data dostawy do klienta."]
    pdf = P.build([lines], compress=False, title="PZ/2026/1187", author="Posypywarki Mazowsze",
                  producer="Comarch ERP XL", creation="D:20261113081200+01'00'")
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy potwierdzenie zamówienia nr 4500032220.\n"
            "Pozycje 1 i 2 – ilości i ceny zgodnie z zamówieniem. Pozycja 3 – nowa cena 1 245,00 zł netto/szt. "
            "(zmiana cennika dostawcy siłowników).\n"
            "Termin dostawy wszystkich pozycji: 11.12.2026.\n")
    sig = ("Pozdrawiam\nKatarzyna Wiśniewska\nDział Sprzedaży\nPosypywarki Mazowsze Sp. z o.o.\n"
           "tel. +48 22 555 71 30")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 08:20", "+0100"), body=body, sig=sig, lang="pl",
                client="outlook", cs="iso-8859-2", hcs="iso-8859-2", frm=("Katarzyna Wiśniewska", sup["email"]),
                atts=[pdf_att(pdf, "PZ_2026_1187.pdf")])
    d = "2026-12-11"
    exp = conf("Body and PDF agree: all lines 11.12.2026 (earlier than requested 14.12.); line 3 new price "
               "'1 245,00 zł' (space as thousands separator) = 1245.00 PLN.",
               (po, {1: chg(3, "21400.00", d), 2: chg(3, "640.00", d), 3: chg(3, "1245.00", d)}))
    return [po], eml, exp


@case("cz-paracord-rolls-to-metres", "confirmation/cs-CZ",
      "Quantities confirmed in rolls of 300 m / 250 m for a PO in metres; Czech date '11. 12. 2026' with spaces")
def c_cz(slug):
    sup = S("LANBOH", "Lanárna Bohemia s.r.o.", "obchod@lanarna-bohemia.example", "cs-CZ")
    po = PO("4500032237", sup, "cord", "CZK", "2026-11-11", [
        L("PK-550-CAM", "Parachute cord 550, 4 mm, camo, per metre", 3000, "M", "4.20", "2026-12-11"),
        L("PK-275-BLK", "Parachute cord 275, 2.5 mm, black, per metre", 1500, "M", "2.90", "2026-12-11"),
    ])
    body = ("Dobrý den, pane Okafore,\n\npotvrzujeme Vaši objednávku č. 4500032237:\n\n"
            "1) PK-550-CAM – 10 rolí po 300 m, 4,20 Kč/m, dodání 11. 12. 2026\n"
            "2) PK-275-BLK – skladem máme už jen 5 rolí po 250 m, 2,90 Kč/m, dodání 11. 12. 2026; "
            "zbytek nedodáme, výroba této barvy končí.\n")
    sig = ("S pozdravem\n\nIng. Petr Novotný\nobchodní oddělení\nLanárna Bohemia s.r.o.\n"
           "Tovární 412, 539 01 Hlinsko\ntel.: +420 469 555 118")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 09:05", "+0100"), body=body, sig=sig, lang="cs",
                client="tb", cs="iso-8859-2", cte="quoted-printable", html=False, hcs="iso-8859-2",
                frm=("Petr Novotný", sup["email"]))
    exp = conf("Rolls to metres: 10 x 300 m = 3000 M (accepted); 5 x 250 m = 1250 M of 1500 (rest cancelled) "
               "-> quantity changed; prices per metre unchanged.",
               (po, {1: acc(po, 1), 2: chg(1250, "2.90", "2026-12-11")}))
    return [po], eml, exp


@case("hu-chess-clocks-erp-pdf", "confirmation/hu-HU",
      "ERP-generated mail (no threading headers) with a compressed Hungarian PDF: '2026. december 14.' and '15 200 Ft'")
def c_hu(slug):
    sup = S("SAKKORA", "Sakkóra Kft.", "rendeles@sakkora.example", "hu-HU")
    po = PO("4500032250", sup, "chess", "HUF", "2026-11-11", [
        L("SO-DIG-FIDE", "Digital chess clock FIDE, 2027 model, black", 40, "EA", "18900.00", "2026-12-18"),
        L("SO-ANL-MECH", "Mechanical chess clock, beech case, 2x wind-up", 20, "EA", "14500.00", "2026-12-18"),
    ])
    lines = ["#Sakkóra Kft.", "6000 Kecskemét, Ipar utca 9. - Adószám: 12555318-2-03", "",
             "#RENDELÉSVISSZAIGAZOLÁS  VI-2026-00931", "Kelt: 2026. november 16.",
             "Vevő: Gambit Tournament Supply Inc. - Vevői rendelésszám: 4500032250", "",
             "#Tétel  Cikkszám       Megnevezés                          Menny.  Egységár (HUF)  Szállítás",
             "1      SO-DIG-FIDE    Digitális sakkóra FIDE, 2027         40 db   18 900,00       2026. december 14.",
             "2      SO-ANL-MECH    Mechanikus sakkóra, bükk             20 db   15 200,00       2026. december 14.",
             "", "A 2. tétel ára a 2027-es árlista szerint módosult.",
             "Szállítási feltétel: DAP Saint Louis. Fizetés: 30 nap."]
    pdf = P.build([lines], compress=True, title="VI-2026-00931", author="Sakkora Kft.",
                  producer="SAP Business One 10.0", creation="D:20261116061500+01'00'")
    body = ("Tisztelt Partnerünk!\n\nMellékelten küldjük a(z) 4500032250 számú rendelésének visszaigazolását "
            "(VI-2026-00931).\n\nEz egy automatikusan generált üzenet, kérjük, ne válaszoljon rá.\n\n"
            "Sakkóra Kft. – Értékesítés\n")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 06:15", "+0100"), body=body, lang="hu", client="erp",
                cs="iso-8859-2", cte="quoted-printable", html=False, quote=False, irt=False, hcs="iso-8859-2",
                frm=("Sakkóra Kft. ERP", "erp-noreply@sakkora.example"),
                subject="Rendelésvisszaigazolás VI-2026-00931 / 4500032250",
                extra=[("X-Mailer", "SAP Business One 10.0"), ("Auto-Submitted", "auto-generated")],
                atts=[pdf_att(pdf, "VI-2026-00931.pdf")])
    d = "2026-12-14"
    exp = conf("Automatic ERP mail is still a confirmation; the PDF gives '2026. december 14.' (Hungarian "
               "year-first) for both lines and '15 200,00' HUF for line 2.",
               (po, {1: chg(40, "18900.00", d), 2: chg(20, "15200.00", d)}))
    return [po], eml, exp


@case("ro-trellis-wire-per-kg", "confirmation/ro-RO",
      "Prices per kg for a PO in tonnes: 1,52 EUR/kg = 1520.00/T (changed), 1,395 EUR/kg = 1395.00/T (same)")
def c_ro(slug):
    sup = S("SARDOB", "Sârme Viticole Dobrogea SRL", "vanzari@sarme-dobrogea.example", "ro-RO")
    po = PO("4500032266", sup, "trellis", "EUR", "2026-11-12", [
        L("SV-ZN-2.2", "High-tensile trellis wire 2.2 mm, Zn-Al coated, 500 kg coils", 6, "T", "1480.00", "2026-12-16"),
        L("SV-ZN-3.0", "Trellis wire 3.0 mm, galvanised, 500 kg coils", 4, "T", "1395.00", "2026-12-16"),
    ])
    body = ("Bună ziua, doamna Ruiz,\n\nConfirmăm comanda dumneavoastră nr. 4500032266:\n\n"
            "- poz. 1: 6.000 kg (12 colaci x 500 kg), preț 1,52 EUR/kg, livrare 10.12.2026\n"
            "- poz. 2: 4.000 kg (8 colaci), preț 1,395 EUR/kg, livrare 10.12.2026\n\n"
            "Prețul la poz. 1 a fost ajustat conform cotației LME pentru zinc din noiembrie.\n")
    sig = ("Cu stimă,\nAndreea Popescu\nDepartament vânzări\nSârme Viticole Dobrogea SRL\n"
           "Str. Portului 44, 900178 Constanța\nTel. +40 241 555 903")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 11:24", "+0200"), body=body, sig=sig, lang="ro",
                client="outlook", cs="utf-8", frm=("Andreea Popescu", sup["email"]))
    assert Decimal("1.52") * 1000 == Decimal("1520.00") and Decimal("1.395") * 1000 == Decimal("1395")
    exp = conf("kg vs tonne: 6.000 kg = 6 T and 1,52 EUR/kg = 1520.00 EUR/T (changed); 4.000 kg = 4 T at "
               "1,395 EUR/kg = 1395.00 EUR/T (price unchanged); both delivered 10.12.2026.",
               (po, {1: chg(6, "1520.00", "2026-12-10"), 2: chg(4, "1395.00", "2026-12-10")}))
    return [po], eml, exp


@case("bg-kiln-shelves-as-ordered", "confirmation/bg-BG",
      "Bulgarian Cyrillic in windows-1251; 'доставка до 15.12.2026 г.' equals the requested date -> all accepted")
def c_bg(slug):
    sup = S("OGNPLD", "Ogneupori Plovdiv OOD", "sales@ogneupori-pd.example", "bg-BG")
    po = PO("4500032281", sup, "kiln", "GBP", "2026-11-12", [
        L("KS-CORD-3838", "Kiln shelf cordierite 380x380x12 mm", 60, "EA", "21.40", "2026-12-15"),
        L("KS-CORD-4060", "Kiln shelf cordierite 400x600x15 mm", 30, "EA", "39.80", "2026-12-15"),
    ])
    body = ("Уважаема г-жо Елисън,\n\n"
            "Потвърждаваме поръчка № 4500032281 изцяло – количества и цени както в поръчката, "
            "доставка до 15.12.2026 г.\n\nПлочите се палетизират по 30 бр. на палет.\n")
    sig = ("Поздрави,\nГеорги Димитров\nТърговски отдел | Огнеупори Пловдив ООД\n"
           "бул. Кукленско шосе 17, 4004 Пловдив\nтел. +359 32 555 418")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 16:02", "+0200"), body=body, sig=sig, lang="bg",
                client="outlook", cs="windows-1251", hcs="windows-1251", frm=("Георги Димитров", sup["email"]))
    exp = conf("Bulgarian 'доставка до 15.12.2026 г.' (with the 'г.' year suffix) is the requested date; "
               "quantities and prices as ordered -> both accepted.",
               (po, {1: acc(po, 1), 2: acc(po, 2)}))
    return [po], eml, exp


@case("si-az-frames-second-po-pending", "confirmation/sl-SI",
      "Two POs from the same beekeeping supplier: one confirmed with 'dobava 4.12.2026', the other only promised for later")
def c_si(slug):
    sup = S("CEBZN", "Čebelarstvo Žnidaršič d.o.o.", "prodaja@cebelarstvo-znidarsic.example", "sl-SI")
    po = PO("4500032296", sup, "bee", "EUR", "2026-11-12", [
        L("AZ-FR-41", "AZ hive frame 410x260 mm, spruce, wired", 400, "EA", "1.32", "2026-12-09"),
        L("AZ-FR-41H", "AZ half frame 410x130 mm, spruce", 200, "EA", "1.10", "2026-12-09"),
    ])
    po2 = PO("4500032297", sup, "bee", "EUR", "2026-11-12", [
        L("AZ-HIVE-10", "AZ beehive 10-frame, 3 floors, pine", 5, "EA", "312.00", "2027-01-20"),
    ])
    body = ("Pozdravljeni, ga. Holm,\n\n"
            "naročilo 4500032296 potrjujemo v celoti (količine in cene po naročilu), dobava 4.12.2026 – "
            "torej nekaj dni prej, kot ste želeli.\n\n"
            "Glede naročila 4500032297 (AŽ panji) vam odgovorimo do konca tedna, ko bomo imeli potrditev "
            "mizarja.\n")
    sig = ("Lep pozdrav,\nMatej Žnidaršič\nČebelarstvo Žnidaršič d.o.o.\nBreznica 12, 4274 Žirovnica\n"
           "tel. +386 4 555 12 90")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 08:44", "+0100"), body=body, sig=sig, lang="sl",
                client="gmail", cs="utf-8", frm=("Matej Žnidaršič", sup["email"]))
    d = "2026-12-04"
    exp = conf("Only PO 4500032296 is answered (both lines 4.12.2026, earlier than requested); PO 4500032297 is "
               "merely mentioned with a promise to answer later and is left out.",
               (po, {1: chg(400, "1.32", d), 2: chg(200, "1.10", d)}))
    return [po, po2], eml, exp


@case("gr-saffron-greek-iso8859-7", "confirmation/el-GR",
      "Greek in ISO-8859-7 with euro sign and decimal comma; 'Παράδοση 11/12/2026' for both lines")
def c_gr(slug):
    sup = S("KROKOS", "Krokos Kozanis Cooperative", "export@krokos-kozanis.example", "el-GR")
    po = PO("4500032310", sup, "saffron", "EUR", "2026-11-12", [
        L("KR-PDO-2G", "Krokos Kozanis PDO saffron threads, 2 g tin", 200, "EA", "14.60", "2026-12-18"),
        L("KR-PDO-28G", "Krokos Kozanis PDO saffron threads, 28 g tin", 20, "EA", "168.00", "2026-12-18"),
    ])
    body = ("Αγαπητέ κύριε Ferri,\n\nΣας ευχαριστούμε για την παραγγελία 4500032310.\n\n"
            "Επιβεβαιώνουμε: θέση 1 – 200 τεμ. στα 14,60 €, θέση 2 – 20 τεμ. στα 168,00 €.\n"
            "Παράδοση 11/12/2026 και για τις δύο θέσεις.\n")
    sig = ("Με εκτίμηση,\nΕλένη Παπαδοπούλου\nΤμήμα Εξαγωγών\nΑναγκαστικός Συνεταιρισμός Κρόκου Κοζάνης\n"
           "Κρόκος 50010, Κοζάνη\nΤηλ. +30 24610 55 512")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 12:10", "+0200"), body=body, sig=sig, lang="el",
                client="outlook", cs="iso-8859-7", hcs="iso-8859-7", frm=("Ελένη Παπαδοπούλου", sup["email"]))
    d = "2026-12-11"
    exp = conf("Greek ISO-8859-7 text; quantities and prices as ordered, delivery 11/12/2026 (earlier than "
               "requested) for both lines.",
               (po, {1: chg(200, "14.60", d), 2: chg(20, "168.00", d)}))
    return [po], eml, exp


@case("tr-linen-carts-partial", "confirmation/tr-TR",
      "Turkish ISO-8859-9; line 1 later ('teslim tarihi 18.12.2026'), line 2 only 6 of 10 with the rest cancelled")
def c_tr(slug):
    sup = S("ANAHAS", "Anadolu Hastane Ekipmanları A.Ş.", "satis@anadolu-hastane.example", "tr-TR")
    po = PO("4500032325", sup, "linen", "GBP", "2026-11-12", [
        L("HT-SOIL-3", "Soiled linen trolley, 3 bags 3 x 100 L, powder coated", 20, "EA", "214.00", "2026-12-11"),
        L("HT-CLEAN-CV", "Clean linen cart with PVC cover, 1500x600x1600", 10, "EA", "389.00", "2026-12-11"),
    ])
    body = ("Sayın Mark Doyle,\n\n4500032325 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "1. kalem: 20 adet, birim fiyat 214,00 GBP, teslim tarihi 18.12.2026.\n"
            "2. kalem: stokta yalnızca 6 adet var; 6 adedi 389,00 GBP birim fiyatla 11.12.2026 tarihinde "
            "teslim edebiliriz, kalan 4 adet iptal edilmiştir.\n")
    sig = ("Saygılarımızla,\nEmre Yılmaz\nİhracat Satış Temsilcisi\nAnadolu Hastane Ekipmanları A.Ş.\n"
           "OSB 3. Cadde No: 17, 42300 Konya\nTel: +90 332 555 24 60")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 14:28", "+0300"), body=body, sig=sig, lang="tr",
                client="outlook", cs="iso-8859-9", hcs="iso-8859-9", frm=("Emre Yılmaz", sup["email"]))
    exp = conf("Line 1 quantity/price as ordered but one week later; line 2 partial: 6 of 10 on the requested "
               "date, remaining 4 cancelled.",
               (po, {1: chg(20, "214.00", "2026-12-18"), 2: chg(6, "389.00", "2026-12-11")}))
    return [po], eml, exp
