"""Cases 037-053 (confirmations)."""
import datetime as dt
from decimal import Decimal

from .common import case, sup, PO, A, C, conf, EXP, mail, simple, request_subject, text_to_html, html_wrap, request_text
from .mime import text_part, multipart, attachment, addr, ew, rfcdate, h
from .pdf import pdf


@case("lamp-oil-ship-and-delivery-fr-ca", "confirmation/fr-CA",
      "Both a ship date ('expédition le 2 décembre') and a later delivery date ('livraison chez vous le 7 décembre') without year: the delivery date wins.")
def c_lamp_ca():
    s = sup("LUMIQC", "Huiles Lumi\u00e8re du Qu\u00e9bec inc.", "commandes@huileslumiere.example", "fr-CA")
    po = PO("4500031139", s, "CAD", "2026-11-10", [
        ("LO-PAR-4L", "Lamp oil, clean-burning paraffin, 4 L jug", 150, "EA", "18.20", "2026-12-09"),
        ("LO-WICK-34", "Flat wick 3/4 in, 10 m roll", 40, "ROL", "9.75", "2026-12-09"),
    ])
    txt = ("Bonjour Maren,\n\nMerci pour la commande 4500031139. Les deux lignes sont confirm\u00e9es, quantit\u00e9s et prix "
           "tels que command\u00e9s (18,20 $ le bidon, 9,75 $ le rouleau).\n\n"
           "Exp\u00e9dition de notre entrep\u00f4t de Trois-Rivi\u00e8res le 2 d\u00e9cembre, livraison chez vous le 7 d\u00e9cembre.\n\n"
           "Bonne journ\u00e9e,\nSt\u00e9phanie Gagnon\nService \u00e0 la client\u00e8le\nHuiles Lumi\u00e8re du Qu\u00e9bec inc.\n"
           "1250, boul. des Forges, Trois-Rivi\u00e8res (Qu\u00e9bec) G8Z 1T7\n819 555-0193")
    eml = mail(po, ("St\u00e9phanie Gagnon", "sgagnon@huileslumiere.example"), "2026-11-18 13:22:41 -0500", txt,
               client="outlook", lang="fr", charset="windows-1252", cte="quoted-printable")
    return [po], eml, EXP("confirmation",
                          "Ship date 2 Dec and delivery date 7 Dec (no year, mail of 18 Nov 2026): the delivery date 2026-12-07 wins; qty and prices as ordered, so date-only changes.",
                          conf(po, {1: C(150, "18.20", "2026-12-07"), 2: C(40, "9.75", "2026-12-07")}))


@case("chopsticks-forwarded-warehouse-mx", "confirmation/es-MX",
      "The sales rep forwards the warehouse's internal answer (FW chain inside the reply); line 1 split 5,000 + 3,000 pairs with dd/mm/yyyy dates and comma thousands.")
def c_chop_mx():
    s = sup("PALMX", "Palillos y Desechables del Baj\u00edo S.A. de C.V.", "ventas@palillosbajio.example", "es-MX")
    po = PO("4500031140", s, "MXN", "2026-11-10", [
        ("PAL-BMB-21", "Bamboo chopsticks 21 cm, individually wrapped", 8000, "PAIR", "0.85", "2026-12-11"),
        ("PAL-REU-24", "Reusable PPS chopsticks 24 cm, 10 pairs/box", 200, "BOX", "64.00", "2026-12-11"),
    ])
    txt = ("Hola Maren,\n\nTe confirmo el pedido 4500031140 seg\u00fan lo que me indica almac\u00e9n (abajo): precios sin cambio, "
           "los palillos de bamb\u00fa en dos entregas y los reutilizables completos el 04/12/2026.\n\n"
           "Saludos,\nLuis Hern\u00e1ndez\nEjecutivo de ventas | Palillos y Desechables del Baj\u00edo\nTel. +52 477 712 3040\n\n"
           "---------- Forwarded message ---------\nDe: Almac\u00e9n Le\u00f3n <almacen@palillosbajio.example>\n"
           "Date: mar, 17 nov 2026 a las 12:05\nSubject: RE: pedido Halden 4500031140\n"
           "To: Luis Hern\u00e1ndez <luis.hernandez@palillosbajio.example>\n\n"
           "Luis:\nPAL-BMB-21: tenemos 5,000 pares listos para entregar el 04/12/2026, los 3,000 restantes el 15/01/2027.\n"
           "PAL-REU-24: 200 cajas completas para el 04/12/2026.\nSaludos, Almac\u00e9n")
    eml = mail(po, ("Luis Hern\u00e1ndez", "luis.hernandez@palillosbajio.example"), "2026-11-17 13:40:19 -0600", txt,
               client="gmail", lang="es", cte="quoted-printable", prefix="RE: ")
    return [po], eml, EXP("confirmation",
                          "Rep confirms based on the forwarded warehouse note: line 1 5,000 pairs 2026-12-04 + 3,000 pairs 2027-01-15 (comma = thousands); line 2 all 200 boxes 2026-12-04; prices unchanged.",
                          conf(po, {1: C(8000, "0.85", "2027-01-15", [(5000, "2026-12-04"), (3000, "2027-01-15")]),
                                    2: C(200, "64.00", "2026-12-04")}))


@case("hay-nets-week50-pdf-nl-be", "confirmation/nl-BE",
      "Flemish body 'levering in week 50' plus an uncompressed PDF with per-position prices; week 50's Friday equals the requested date, only one price differs.")
def c_hay_be():
    s = sup("VLAAGRI", "Vlaamse Agri-Verpakking NV", "orders@vlaagri.example", "nl-BE")
    po = PO("4500031141", s, "EUR", "2026-11-10", [
        ("HBN-123-3000", "Bale net wrap 123 cm x 3000 m", 30, "ROL", "398.00", "2026-12-11"),
        ("SIL-750-1500", "Silage film 750 mm x 1500 m, 25 micron", 60, "ROL", "82.50", "2026-12-11"),
    ])
    page = ["**Vlaamse Agri-Verpakking NV", "Kortrijksesteenweg 402, 8530 Harelbeke - BTW BE 0456.123.789", "",
            "**ORDERBEVESTIGING 2026/11/3318", "Klant: Halden Supply Group     Uw bestelling: 4500031141 (10/11/2026)", "",
            "Pos  Artikel        Omschrijving                        Aantal   Prijs/eenh.   Levering",
            "1    HBN-123-3000   Balennet 123 cm x 3000 m            30 rol   398,00 EUR    week 50",
            "2    SIL-750-1500   Wikkelfolie 750 mm x 1500 m 25 mu   60 rol    84,90 EUR    week 50", "",
            "Totaal excl. btw: 17.034,00 EUR", "Prijzen af fabriek, levering franco vanaf 2.500 EUR."]
    assert 30 * Decimal("398.00") + 60 * Decimal("84.90") == Decimal("17034.00")
    data = pdf([page], title="Orderbevestiging 2026/11/3318", author="Vlaamse Agri-Verpakking", date="D:20261119082000+01'00'")
    txt = ("Goeiemorgen Maren,\n\nIn bijlage onze orderbevestiging voor uw bestelling 4500031141. "
           "Levering in week 50 zoals gevraagd. Let op: de wikkelfolie is sinds 1 november aangepast in prijs.\n\n"
           "Met vriendelijke groeten\nPieter Vandamme\nVlaamse Agri-Verpakking NV\nT +32 56 70 44 12")
    eml = mail(po, ("Pieter Vandamme", "pieter.vandamme@vlaagri.example"), "2026-11-19 08:24:03 +0100", txt,
               client="outlook", lang="nl", attach=[(data, "application/pdf", "OB_2026-11-3318.pdf")])
    return [po], eml, EXP("confirmation",
                          "Week 50 = Friday 2026-12-11 = requested date; the PDF shows pos 2 at 84,90 (PO 82.50), pos 1 unchanged.",
                          conf(po, {2: C(60, "84.90", "2026-12-11")}))


@case("glassblowing-huf-dates-hu", "confirmation/hu-HU",
      "Hungarian year-first dates with trailing dot (2026.12.22.), forint prices with space thousands (13 200 Ft) on a HUF PO.")
def c_glass_hu():
    s = sup("UVEGMH", "\u00dcvegm\u0171ves Eszk\u00f6z Kft.", "rendeles@uvegmuves.example", "hu-HU")
    po = PO("4500031142", s, "HUF", "2026-11-11", [
        ("GBP-130-19", "Blowpipe 130 cm, 19 mm stainless", 5, "EA", "68500", "2026-12-15"),
        ("PUN-100-12", "Punty 100 cm, 12 mm", 10, "EA", "12500", "2026-12-15"),
    ])
    txt = ("Kedves Maren!\n\nK\u00f6sz\u00f6nj\u00fck a 4500031142 sz\u00e1m\u00fa megrendel\u00e9st, az al\u00e1bbiak szerint visszaigazoljuk:\n\n"
           "1. t\u00e9tel: 5 db f\u00fav\u00f3pipa, 68 500 Ft/db, sz\u00e1ll\u00edt\u00e1s 2026.12.15.\n"
           "2. t\u00e9tel: 10 db punty, 13 200 Ft/db (\u00faj \u00e1rlista), sz\u00e1ll\u00edt\u00e1s 2026.12.22.\n\n"
           "\u00dcdv\u00f6zlettel:\nKov\u00e1cs Eszter\n\u00dcvegm\u0171ves Eszk\u00f6z Kft.\n1097 Budapest, Gy\u00e1li \u00fat 31.\nTel.: +36 1 280 4411")
    eml = mail(po, ("Kov\u00e1cs Eszter", "kovacs.eszter@uvegmuves.example"), "2026-11-16 09:05:30 +0100", txt,
               client="outlook", lang="hu", charset="iso-8859-2", cte="quoted-printable", prefix="V\u00e1lasz: ")
    return [po], eml, EXP("confirmation",
                          "Year-first Hungarian dates; line 1 as ordered (68 500 Ft, 2026.12.15.); line 2 13 200 Ft (PO 12500) and 2026-12-22.",
                          conf(po, {1: "A", 2: C(10, "13200", "2026-12-22")}))


@case("weather-balloons-livrare-ro", "confirmation/ro-RO",
      "Romanian ISO-8859-16 reply: two lines move to 'livrare 21.12.2026', the humidity sensor (3.3V) is discontinued and refused.")
def c_balloons_ro():
    s = sup("METEORO", "Meteo Echipamente SRL", "comenzi@meteoechip.example", "ro-RO")
    po = PO("4500031143", s, "EUR", "2026-11-10", [
        ("WB-800-RO", "Weather balloon 800 g, natural latex", 150, "EA", "58.00", "2026-12-18"),
        ("RSD-HUM-33", "Humidity sensor for radiosonde, 3.3V", 40, "EA", "36.00", "2026-12-18"),
        ("WB-FILL-12", "Filling nozzle 1/2 in", 10, "EA", "44.00", "2026-12-18"),
    ])
    txt = ("Bun\u0103 ziua, doamna Holt,\n\nV\u0103 mul\u021bumim pentru comanda 4500031143. V\u0103 confirm\u0103m:\n\n"
           "Poz. 1: 150 buc. la 58,00 EUR/buc., livrare 21.12.2026.\n"
           "Poz. 2: nu mai fabric\u0103m acest senzor \u0219i nu \u00eel putem livra.\n"
           "Poz. 3: 10 buc. la 44,00 EUR/buc., livrare 21.12.2026.\n\n"
           "Cu stim\u0103,\nAndrei Popescu\nMeteo Echipamente SRL, Str. Fabricii 21, 400620 Cluj-Napoca\nTel. +40 264 410 227")
    eml = mail(po, ("Andrei Popescu", "andrei.popescu@meteoechip.example"), "2026-11-17 11:48:26 +0200", txt,
               client="thunderbird", charset="iso-8859-16", cte="quoted-printable", html=False)
    return [po], eml, EXP("confirmation",
                          "Lines 1 and 3 at PO qty/price but delivery 2026-12-21 (requested 18 Dec); line 2 no longer manufactured = rejected.",
                          conf(po, {1: C(150, "58.00", "2026-12-21"), 2: "R", 3: C(10, "44.00", "2026-12-21")}))


@case("mushroom-spawn-rounded-up-bg", "confirmation/bg-BG",
      "Bulgarian windows-1251: 'доставка до 16.12.2026 г.' equals the PO date, but one line is rounded up to full 100 kg packs (250 -> 300 kg).")
def c_mushroom_bg():
    s = sup("GABIBG", "Gabi Mitsel OOD", "poruchki@gabimitsel.example", "bg-BG")
    po = PO("4500031144", s, "EUR", "2026-11-11", [
        ("MSP-CHAMP-A15", "Champignon spawn A15, grain, 2.5 kg bag", 400, "EA", "9.80", "2026-12-16"),
        ("MSP-SUPP-100", "Spawn supplement, 100 kg pack", 250, "KG", "1.45", "2026-12-16"),
    ])
    txt = ("\u0417\u0434\u0440\u0430\u0432\u0435\u0439\u0442\u0435, \u0433-\u0436\u043e \u0425\u043e\u043b\u0442,\n\n"
           "\u041f\u043e\u0442\u0432\u044a\u0440\u0436\u0434\u0430\u0432\u0430\u043c\u0435 \u043f\u043e\u0440\u044a\u0447\u043a\u0430 \u2116 4500031144:\n"
           "1. \u041c\u0438\u0446\u0435\u043b A15 - 400 \u0431\u0440. \u043f\u043e 9,80 EUR\n"
           "2. \u0414\u043e\u0431\u0430\u0432\u043a\u0430 - 300 \u043a\u0433 \u043f\u043e 1,45 EUR/\u043a\u0433 (\u043f\u0440\u043e\u0434\u0430\u0432\u0430\u043c\u0435 \u0441\u0430\u043c\u043e \u0446\u0435\u043b\u0438 \u043e\u043f\u0430\u043a\u043e\u0432\u043a\u0438 \u043f\u043e 100 \u043a\u0433)\n"
           "\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u0434\u043e 16.12.2026 \u0433.\n\n"
           "\u041f\u043e\u0437\u0434\u0440\u0430\u0432\u0438,\n\u0413\u0435\u043e\u0440\u0433\u0438 \u0418\u0432\u0430\u043d\u043e\u0432\n"
           "\u0413\u0430\u0431\u0438 \u041c\u0438\u0446\u0435\u043b \u041e\u041e\u0414, \u0433\u0440. \u041f\u043b\u043e\u0432\u0434\u0438\u0432, \u0443\u043b. \u0418\u043d\u0434\u0443\u0441\u0442\u0440\u0438\u0430\u043b\u043d\u0430 9\n\u0442\u0435\u043b. +359 32 640 118")
    eml = mail(po, ("\u0413\u0435\u043e\u0440\u0433\u0438 \u0418\u0432\u0430\u043d\u043e\u0432", "g.ivanov@gabimitsel.example"),
               "2026-11-18 10:11:47 +0200", txt, client="outlook", charset="windows-1251", cte="quoted-printable")
    return [po], eml, EXP("confirmation",
                          "Delivery 'до 16.12.2026 г.' = requested; line 1 as ordered; line 2 rounded up to 300 kg (full 100 kg packs) at the same 1,45 EUR/kg = changed quantity.",
                          conf(po, {1: "A", 2: C(300, "1.45", "2026-12-16")}))


@case("sailcloth-per-100m-hr", "confirmation/hr-HR",
      "Croatian reply prices per 100 m ('1.380,00 EUR / 100 m') on a per-metre PO and a date without year ('isporuka 14.12.').")
def c_sail_hr():
    s = sup("JEDRAST", "Jedra Split d.o.o.", "narudzbe@jedrasplit.example", "hr-HR")
    po = PO("4500031145", s, "EUR", "2026-11-11", [
        ("SC-DAC-10OZ", "Dacron sailcloth 10 oz, 152 cm", 180, "M", "13.80", "2026-12-14"),
        ("SC-LAM-XP", "Laminate sailcloth X-ply, 137 cm", 90, "M", "27.40", "2026-12-14"),
    ])
    txt = ("Po\u0161tovana gospo\u0111o Holt,\n\npotvr\u0111ujemo narud\u017ebu 4500031145:\n\n"
           "1. Dacron 10 oz - 180 m, cijena 1.380,00 EUR / 100 m, isporuka 14.12.\n"
           "2. Laminat X-ply - 90 m, cijena 2.890,00 EUR / 100 m, isporuka 14.12.\n\n"
           "Srda\u010dan pozdrav,\nIvana Mar\u0161i\u0107\nJedra Split d.o.o., Put Supavla 21, 21000 Split\ntel. +385 21 384 220")
    eml = mail(po, ("Ivana Mar\u0161i\u0107", "ivana.marsic@jedrasplit.example"), "2026-11-20 12:33:08 +0100", txt,
               client="outlook", lang="hr", charset="iso-8859-2", cte="quoted-printable", prefix="Odg: ")
    return [po], eml, EXP("confirmation",
                          "Per-100 m prices: 1.380,00/100 = 13.80 per M (= PO, accepted); 2.890,00/100 = 28.90 per M (PO 27.40, changed). '14.12.' without year = 2026-12-14.",
                          conf(po, {1: "A", 2: C(90, "28.90", "2026-12-14")}))


@case("crampons-teden51-sl", "confirmation/sl-SI",
      "Slovenian week notation '51. teden' (= requested Friday, accepted) and '2. teden 2027' (Friday 15 Jan 2027) for the second line.")
def c_crampons_sl():
    s = sup("GORNIK", "Gornik Oprema d.o.o.", "prodaja@gornikoprema.example", "sl-SI")
    po = PO("4500031146", s, "EUR", "2026-11-11", [
        ("CR-ALU-10P", "Aluminium crampon 10-point, 2027", 50, "PAIR", "89.00", "2026-12-18"),
        ("CR-GUARD-12", "Crampon point guards, set of 12", 50, "SET", "14.50", "2026-12-18"),
    ])
    txt = ("Pozdravljeni,\n\nza naro\u010dilo 4500031146 potrjujemo:\n"
           "- poz. 1: 50 parov po 89,00 EUR, dobava v 51. tednu\n"
           "- poz. 2: 50 kompletov po 14,50 EUR, dobava \u0161ele v 2. tednu 2027 (dobavitelj zamuja)\n\n"
           "Lep pozdrav\nMatej Kranjc\nGornik Oprema d.o.o., Kranjska cesta 8, 4240 Radovljica\ntel. 04 531 22 90")
    eml = mail(po, ("Matej Kranjc", "matej.kranjc@gornikoprema.example"), "2026-11-16 14:50:02 +0100", txt,
               client="thunderbird", charset="windows-1250", cte="8bit", html=False)
    return [po], eml, EXP("confirmation",
                          "'v 51. tednu' = Friday 2026-12-18 = requested (accepted); 'v 2. tednu 2027' = Friday 2027-01-15 for line 2.",
                          conf(po, {1: "A", 2: C(50, "14.50", "2027-01-15")}))


@case("bus-seat-fabric-table-sr", "confirmation/sr-RS",
      "Serbian Latin reply as an HTML table (plain text as aligned columns), dates with trailing dot (16.12.2026.), one shortened and one later line.")
def c_busseat_sr():
    s = sup("TEKSNS", "Tekstil Sedi\u0161ta d.o.o.", "prodaja@tekstilsedista.example", "sr-RS")
    po = PO("4500031147", s, "EUR", "2026-11-11", [
        ("BSF-JAC-RED", "Jacquard bus seat fabric red, 145 cm", 250, "M", "16.40", "2026-12-16"),
        ("BSF-JAC-BLU", "Jacquard bus seat fabric blue, 145 cm", 250, "M", "16.40", "2026-12-16"),
        ("BSF-FOAM-10", "Seat foam 10 mm, laminated backing", 500, "M2", "4.20", "2026-12-16"),
        ("BSF-ZIP-60", "Zipper 60 cm, no. 5", 800, "PCS", "0.36", "2026-12-16"),
    ])
    rows = [("1", "BSF-JAC-RED", "250 m", "16,40", "16.12.2026.", ""),
            ("2", "BSF-JAC-BLU", "180 m", "16,40", "16.12.2026.", "ostatak 70 m nemamo - otkazano"),
            ("3", "BSF-FOAM-10", "500 m2", "4,20", "23.12.2026.", ""),
            ("4", "BSF-ZIP-60", "800 kom", "0,36", "16.12.2026.", "")]
    plain_tbl = "\n".join("%-4s %-12s %-8s %-6s %-12s %s" % r for r in
                          [("Poz", "\u0160ifra", "Koli\u010dina", "Cena", "Rok", "Napomena")] + rows)
    intro = "Po\u0161tovana Maren,\n\nu prilogu tabela sa potvrdom porud\u017ebine 4500031147 (cene u EUR po jedinici):"
    outro = "Srda\u010dan pozdrav,\nMilo\u0161 Jovanovi\u0107\nTekstil Sedi\u0161ta d.o.o., Bulevar oslobo\u0111enja 112, 21000 Novi Sad\n+381 21 455 120"
    txt = intro + "\n\n" + plain_tbl + "\n\n" + outro
    th = "".join("<th style=\"border:1px solid #999\">%s</th>" % x for x in ("Poz", "\u0160ifra", "Koli\u010dina", "Cena", "Rok", "Napomena"))
    tr = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999\">%s</td>" % x for x in r) for r in rows)
    hin = text_to_html(intro) + "<table style=\"border-collapse:collapse\"><tr>%s</tr>%s</table>" % (th, tr) + text_to_html(outro)
    eml = mail(po, ("Milo\u0161 Jovanovi\u0107", "milos.jovanovic@tekstilsedista.example"), "2026-11-18 15:16:44 +0100", txt,
               client="gmail", html_inner=hin, cte="quoted-printable", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "Table answer: line 2 only 180 of 250 m (rest cancelled), line 3 later (2026-12-23), lines 1 and 4 as ordered; dates have a trailing dot.",
                          conf(po, {2: C(180, "16.40", "2026-12-16"), 3: C(500, "4.20", "2026-12-23")}))


@case("soap-moulds-greek-el", "confirmation/el-GR",
      "Greek ISO-8859-7 reply: line 1 'όπως παραγγείλατε' without numbers, line 2 with a surcharge price '31,50 €' and a later date.")
def c_soap_el():
    s = sup("ELAIOS", "Elaiosapouno Kritis A.E.", "orders@elaiosapouno.example", "el-GR")
    po = PO("4500031148", s, "EUR", "2026-11-12", [
        ("SM-OLV-4C", "Olive soap mould 4-cavity, 125 g", 400, "EA", "3.60", "2026-12-11"),
        ("SM-STAMP-40", "Soap stamp 40 mm, custom logo", 20, "EA", "28.00", "2026-12-11"),
    ])
    txt = ("\u0391\u03b3\u03b1\u03c0\u03b7\u03c4\u03ae \u03ba\u03b1 \u0397\u03bf\u03bb\u03c4,\n\n"
           "\u03c3\u03b1\u03c2 \u03b5\u03c5\u03c7\u03b1\u03c1\u03b9\u03c3\u03c4\u03bf\u03cd\u03bc\u03b5 \u03b3\u03b9\u03b1 \u03c4\u03b7\u03bd \u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1 4500031148.\n"
           "\u0393\u03c1\u03b1\u03bc\u03bc\u03ae 1 (\u03ba\u03b1\u03bb\u03bf\u03cd\u03c0\u03b9\u03b1 125 g): \u03cc\u03c0\u03c9\u03c2 \u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03af\u03bb\u03b1\u03c4\u03b5.\n"
           "\u0393\u03c1\u03b1\u03bc\u03bc\u03ae 2 (\u03c3\u03c6\u03c1\u03b1\u03b3\u03af\u03b4\u03b5\u03c2): 20 \u03c4\u03b5\u03bc., 31,50 \u20ac/\u03c4\u03b5\u03bc. (\u03bb\u03cc\u03b3\u03c9 \u03c4\u03bf\u03c5 \u03bb\u03bf\u03b3\u03cc\u03c4\u03c5\u03c0\u03bf\u03c5), \u03c0\u03b1\u03c1\u03ac\u03b4\u03bf\u03c3\u03b7 18/12/2026.\n\n"
           "\u039c\u03b5 \u03b5\u03ba\u03c4\u03af\u03bc\u03b7\u03c3\u03b7,\n\u039d\u03af\u03ba\u03bf\u03c2 \u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7\u03c2\n"
           "Elaiosapouno Kritis A.E., \u0397\u03c1\u03ac\u03ba\u03bb\u03b5\u03b9\u03bf \u039a\u03c1\u03ae\u03c4\u03b7\u03c2\n\u03c4\u03b7\u03bb. +30 2810 380 455")
    eml = mail(po, ("\u039d\u03af\u03ba\u03bf\u03c2 \u03a0\u03b1\u03c0\u03b1\u03b4\u03ac\u03ba\u03b7\u03c2", "n.papadakis@elaiosapouno.example"),
               "2026-11-19 12:02:55 +0200", txt, client="outlook", charset="iso-8859-7", cte="quoted-printable")
    return [po], eml, EXP("confirmation",
                          "Line 1 'as you ordered' = accepted; line 2 20 pcs at 31,50 € (PO 28.00), delivery 18/12/2026 (requested 11 Dec).",
                          conf(po, {2: C(20, "31.50", "2026-12-18")}))


@case("weather-balloons-otgruzka-dostavka-ru", "confirmation/ru-RU",
      "KOI8-R Russian reply giving both a ship date (отгрузка 10.12.2026) and a delivery date (доставка к 17.12.2026); delivery wins.")
def c_balloons_ru():
    s = sup("AEROZOND", "Aerozond OOO", "zakaz@aerozond.example", "ru-RU")
    po = PO("4500031149", s, "EUR", "2026-11-11", [
        ("WB-100-WHT", "Pilot balloon 100 g, white", 600, "EA", "4.80", "2026-12-15"),
        ("WB-500-NAT", "Sounding balloon 500 g, natural", 200, "EA", "31.00", "2026-12-15"),
    ])
    txt = ("\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u041c\u0430\u0440\u0435\u043d!\n\n"
           "\u041f\u043e \u0437\u0430\u043a\u0430\u0437\u0443 4500031149 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u0435\u043c \u043e\u0431\u0435 \u043f\u043e\u0437\u0438\u0446\u0438\u0438 \u0432 \u043f\u043e\u043b\u043d\u043e\u043c \u043e\u0431\u044a\u0451\u043c\u0435 "
           "\u043f\u043e \u0446\u0435\u043d\u0430\u043c \u0437\u0430\u043a\u0430\u0437\u0430 (4,80 \u0438 31,00 EUR \u0437\u0430 \u0448\u0442.).\n"
           "\u041e\u0442\u0433\u0440\u0443\u0437\u043a\u0430 10.12.2026, \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u043a 17.12.2026.\n\n"
           "\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,\n\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0421\u043e\u043a\u043e\u043b\u043e\u0432\n"
           "\u041e\u041e\u041e \u0410\u044d\u0440\u043e\u0437\u043e\u043d\u0434, \u0433. \u0414\u043e\u043b\u0433\u043e\u043f\u0440\u0443\u0434\u043d\u044b\u0439\n\u0442\u0435\u043b. +7 495 408 12 77")
    eml = mail(po, ("\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0421\u043e\u043a\u043e\u043b\u043e\u0432", "sokolov@aerozond.example"),
               "2026-11-20 10:40:00 +0300", txt, client="thunderbird", charset="koi8-r", cte="8bit", html=False)
    return [po], eml, EXP("confirmation",
                          "Ship date 10.12.2026 and delivery 'к 17.12.2026': the delivery date 2026-12-17 wins (requested 15 Dec); qty and prices unchanged.",
                          conf(po, {1: C(600, "4.80", "2026-12-17"), 2: C(200, "31.00", "2026-12-17")}))


@case("pet-clippers-csv-attachment-gb", "confirmation/en-GB",
      "Confirmation only as a CSV attachment (dd/mm/yyyy, quoted fields with commas); the body just says 'see attached'.")
def c_clippers_csv():
    s = sup("GROOMUK", "Groomwell Supplies UK Ltd", "orders@groomwell.example", "en-GB")
    po = PO("4500031150", s, "GBP", "2026-11-11", [
        ("GW-CLP-2SP", "Clipper 2-speed, 230V, UK plug", 24, "EA", "84.00", "2026-12-14"),
        ("GW-BLD-10", "Blade #10, 1.5 mm", 60, "EA", "17.25", "2026-12-14"),
        ("GW-BLD-40", "Blade #40, 0.25 mm", 30, "EA", "19.50", "2026-12-14"),
    ])
    csv = ("PO Number,PO Line,Our Code,Description,Qty,UoM,Unit Price GBP,Despatch Date,Status\r\n"
           "4500031150,1,GW-CLP-2SP,\"Clipper 2-speed, 230V, UK plug\",24,EA,84.00,14/12/2026,CONFIRMED\r\n"
           "4500031150,2,GW-BLD-10,\"Blade #10, 1.5 mm\",60,EA,17.95,14/12/2026,CONFIRMED - PRICE CHANGE\r\n"
           "4500031150,3,GW-BLD-40,\"Blade #40, 0.25 mm\",30,EA,19.50,05/01/2027,CONFIRMED - BACKORDER\r\n")
    txt = ("Hi Maren,\n\nPlease see attached confirmation for your PO.\n\nKind regards\nPriya Patel\nSales Office\n"
           "Groomwell Supplies UK Ltd | Unit 3, Brindley Park, Leicester LE4 9HY | 0116 276 5500")
    eml = mail(po, ("Priya Patel", "priya.patel@groomwell.example"), "2026-11-17 16:05:12 +0000", txt,
               client="outlook", attach=[(csv.encode("ascii"), "text/csv", "PO4500031150_ack.csv")])
    return [po], eml, EXP("confirmation",
                          "All data in the CSV: line 1 as ordered; line 2 price 17.95 (PO 17.25); line 3 despatch 05/01/2027 (UK day-first = 5 Jan 2027).",
                          conf(po, {2: C(60, "17.95", "2026-12-14"), 3: C(30, "19.50", "2027-01-05")}))


@case("mahjong-pdf-only-dienstag-kw50-de", "confirmation/de-DE",
      "Attachment only (empty body apart from a signature): a German PDF with 'Liefertermin: Dienstag, KW 50' which means Tuesday 08.12.2026, not the Friday.")
def c_mahjong_de():
    s = sup("SPIELHAUS", "Spielwaren Gro\u00dfhandel Brandt KG", "auftrag@brandt-spiel.example", "de-DE")
    po = PO("4500031151", s, "EUR", "2026-11-12", [
        ("MJ-EURO-136", "Mahjong set 136 tiles, 30 mm, aluminium case", 40, "SET", "89.00", "2026-12-11"),
        ("MJ-RULE-DE", "Mahjong rule booklet, German, 48 pages", 40, "EA", "2.50", "2026-12-11"),
    ])
    page = ["**Spielwaren Gro\u00dfhandel Brandt KG", "Hafenstra\u00dfe 9, 28217 Bremen", "",
            "**Auftragsbest\u00e4tigung AB-2026-4471", "Datum: 19.11.2026   Ihre Bestellung: 4500031151 vom 12.11.2026", "",
            "Pos.  Artikel       Bezeichnung                          Menge    Einzelpreis",
            "1     MJ-EURO-136   Mahjong-Set 136 Steine, 30 mm, Koffer   40 Set     89,00 EUR",
            "2     MJ-RULE-DE    Regelheft deutsch, 48 Seiten            40 Stk      2,50 EUR", "",
            "Liefertermin: Dienstag, KW 50", "Zahlungsbedingungen: 30 Tage netto", "Es gelten unsere AGB."]
    data = pdf([page], title="AB-2026-4471", author="Brandt KG", date="D:20261119103000+01'00'", flate=True)
    txt = "\n-- \nSpielwaren Gro\u00dfhandel Brandt KG | Hafenstra\u00dfe 9 | 28217 Bremen | Tel. 0421 38 77 10"
    eml = mail(po, ("Auftragsannahme Brandt", "auftrag@brandt-spiel.example"), "2026-11-19 10:31:18 +0100", txt,
               client="thunderbird", lang="de", charset="utf-8", cte="quoted-printable", html=False, quote=False,
               prefix="AW: ", attach=[(data, "application/pdf", "AB-2026-4471.pdf")])
    return [po], eml, EXP("confirmation",
                          "Only the PDF answers: 'Dienstag, KW 50' names a weekday, so Tuesday of ISO week 50 = 2026-12-08 (not the Friday); qty and prices as ordered.",
                          conf(po, {1: C(40, "89.00", "2026-12-08"), 2: C(40, "2.50", "2026-12-08")}))


@case("soap-moulds-two-of-three-pos-us", "confirmation/en-US",
      "Three POs on file; the reply accepts one in full and declines the other outright (custom 3D mould), the third PO is never mentioned.")
def c_soap_us():
    s = sup("MOLDCRAFT", "MoldCraft Soap Supply LLC", "orders@moldcraftsoap.example", "en-US")
    pa = PO("4500031152", s, "USD", "2026-11-09", [
        ("MC-LOAF-10", "Silicone loaf mould 10 in, 3 lb", 50, "EA", "12.75", "2026-12-15"),
        ("MC-ROUND-6", "Round 6-cavity mould, 4 oz", 80, "EA", "8.40", "2026-12-15"),
    ])
    pb = PO("4500031153", s, "USD", "2026-11-10", [
        ("MC-CUST-3D", "Custom 3D logo mould, 3.5 x 2.5 in", 10, "EA", "145.00", "2027-01-15"),
    ])
    pc = PO("4500031154", s, "USD", "2026-11-12", [
        ("MC-CUTTER-W", "Wavy soap cutter, 5 in blade", 30, "EA", "6.90", "2026-12-18"),
        ("MC-PH-STRIP", "pH test strips 0-14, 100/pack", 20, "BOX", "4.25", "2026-12-18"),
    ])
    txt = ("Hi Maren,\n\nPO 4500031152 is good to go - both moulds, qty and pricing as ordered, delivering 12/15.\n\n"
           "On 4500031153 (the custom 3D logo mould) we have to pass, sorry. Our 3D tooling vendor closed and we're not "
           "taking custom work right now.\n\nThanks,\nKayla Brooks\nMoldCraft Soap Supply LLC\n2210 Industrial Blvd, Asheville, NC 28806\n(828) 555-0113")
    eml = mail(pa, ("Kayla Brooks", "kayla@moldcraftsoap.example"), "2026-11-13 11:12:45 -0500", txt,
               client="apple", cte="quoted-printable", prefix="Re: ")
    return [pa, pb, pc], eml, EXP("confirmation",
                                  "PO 4500031152 accepted in full ('12/15' = 15 Dec, requested); PO 4500031153 declined outright = its only line rejected (a rejection is an answer); PO 4500031154 never mentioned, left out.",
                                  conf(pa, {}), conf(pb, {1: "R"}))


@case("koi-food-whole-order-declined-au", "confirmation/en-AU",
      "The supplier declines the whole PO (exited the business): a confirmation whose every line is rejected, not a needs_review.")
def c_koi_au():
    s = sup("AUSKOI", "Aussie Koi Nutrition Pty Ltd", "orders@aussiekoi.example", "en-AU")
    po = PO("4500031155", s, "AUD", "2026-11-12", [
        ("AKN-STAPLE-5", "Koi staple pellet 5 mm, 10 kg", 40, "EA", "96.00", "2026-12-11"),
        ("AKN-WHEAT-3", "Koi wheatgerm 3 mm, 5 kg", 30, "EA", "58.00", "2026-12-11"),
    ])
    txt = ("Hi Maren,\n\nUnfortunately we won't be able to supply PO 4500031155 (either line). We exited the koi food "
           "category on 1 November and have no stock left. Sorry for the inconvenience - you might try Murray River Aquafeeds.\n\n"
           "Regards,\nGlenn Tait\nAussie Koi Nutrition Pty Ltd | 5/18 Enterprise Dr, Bundoora VIC 3083 | 03 9467 2210")
    eml = mail(po, ("Glenn Tait", "glenn@aussiekoi.example"), "2026-11-14 09:20:31 +1100", txt, client="outlook")
    return [po], eml, EXP("confirmation",
                          "Outright decline of the whole PO: both lines rejected. '1 November' is the exit date, not a delivery.",
                          conf(po, {1: "R", 2: "R"}))


@case("lace-pins-per-100-entro-it", "confirmation/it-IT",
      "Italian price per 100 pieces ('€ 7,90 ogni 100 pezzi') on a PO priced per EA (= 0.079) and 'consegna entro il 18/12/2026'.")
def c_lace_it():
    s = sup("MERLBUR", "Merletti di Burano Forniture S.n.c.", "ordini@merlettiburano.example", "it-IT")
    po = PO("4500031156", s, "EUR", "2026-11-12", [
        ("SPL-OTT-26", "Lace pins brass 26 mm, 0.5 mm", 5000, "EA", "0.085", "2026-12-18"),
        ("SPL-ACC-30", "Lace pins steel 30 mm, pearl head", 3000, "EA", "0.062", "2026-12-18"),
    ])
    txt = ("Buongiorno Maren,\n\nconfermiamo l'ordine 4500031156:\n"
           "- spilli ottone 26 mm: 5.000 pz a \u20ac 7,90 ogni 100 pezzi\n"
           "- spilli acciaio 30 mm testa perla: 3.000 pz a \u20ac 6,20 ogni 100 pezzi\n"
           "consegna entro il 18/12/2026.\n\nCordiali saluti\nFrancesca Bon\nMerletti di Burano Forniture S.n.c. - Via Galuppi 215, 30142 Burano (VE)\n"
           "Tel. 041 730 118")
    eml = mail(po, ("Francesca Bon", "f.bon@merlettiburano.example"), "2026-11-18 09:27:14 +0100", txt,
               client="outlook", lang="it", charset="windows-1252", cte="quoted-printable", prefix="R: ")
    return [po], eml, EXP("confirmation",
                          "Per-100 prices: 7,90/100 = 0.079 per EA (PO 0.085, changed); 6,20/100 = 0.062 (= PO, accepted). '5.000' uses a dot as thousands separator; 'entro il 18/12/2026' = requested date.",
                          conf(po, {1: C(5000, "0.079", "2026-12-18"), 2: "A"}))


@case("water-valves-percent-surcharge-nl", "confirmation/nl-NL",
      "'+3% energietoeslag op alle prijzen' must be applied to the PO unit prices (412.00 -> 424.36, 186.50 -> 192.095); 'levering 17 december' without year.")
def c_valves_nl():
    s = sup("WATERKR", "Waterkracht Appendages B.V.", "orders@waterkracht.example", "nl-NL")
    po = PO("4500031157", s, "EUR", "2026-11-12", [
        ("VLV-FLT-100", "Float valve DN100 for water tower, PN10", 6, "EA", "412.00", "2026-12-17"),
        ("VLV-CHK-80", "Check valve DN80 with 1.5 in bypass", 10, "EA", "186.50", "2026-12-17"),
    ])
    assert Decimal("412.00") * Decimal("1.03") == Decimal("424.36")
    assert Decimal("186.50") * Decimal("1.03") == Decimal("192.095")
    txt = ("Hoi Maren,\n\nBestelling 4500031157 is akkoord, aantallen zoals besteld, levering 17 december. "
           "Let wel: vanaf deze maand rekenen we +3% energietoeslag op alle prijzen.\n\n"
           "Groet,\nBram de Wit\nWaterkracht Appendages B.V.\nHavenweg 12, 4251 MB Werkendam | 0183 50 40 30")
    eml = mail(po, ("Bram de Wit", "bram.dewit@waterkracht.example"), "2026-11-16 10:45:00 +0100", txt,
               client="gmail", lang="nl", cte="quoted-printable", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "Percentage change applies to the PO unit prices: 412.00 x 1.03 = 424.36, 186.50 x 1.03 = 192.095; quantities as ordered; '17 december' = 2026-12-17 = requested.",
                          conf(po, {1: C(6, "424.36", "2026-12-17"), 2: C(10, "192.095", "2026-12-17")}))
