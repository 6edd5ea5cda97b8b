"""Cases B: central/eastern/northern European replies."""
from . import mime
from .common import (ACC, REJ, UNC, L, case, chg, conf, dsn_mail, other, po, reply, sup, plain_mail,
                     buyer_addr, q_outlook)


@case("yarn-btw-nl-be", "confirmation/nl-BE",
      "'prijs € 4,15 excl. btw' raises one price; Belgian Dutch with d/m dates without year")
def c_yarn_be():
    S = sup("JAKWOL", "Wolspinnerij Jakwol BV", "verkoop@jakwol.example", "nl-BE")
    P = po("4500031250", S, "EUR", "2026-11-06", [
        L(1, "JKW-YK-DK50", "Yak wool yarn DK, 50 g ball, natural brown, 4/2 ply", 400, "PCS", "3.95", "2026-12-11"),
        L(2, "JKW-YK-LC25", "Yak/silk lace yarn 25 g ball, 2/28 Nm", 200, "PCS", "4.80", "2026-12-11"),
    ])
    body = ("Beste Maren,\n\nBestelling 4500031250 is in orde, hierbij onze bevestiging:\n\n"
            "- pos. 1 (DK 50 g): 400 bollen, prijs € 4,15 excl. btw - nieuwe prijslijst sinds 1/11 - levering 11/12\n"
            "- pos. 2 (lace 25 g): 200 bollen aan € 4,80 excl. btw, eveneens levering 11/12\n\n"
            "Met vriendelijke groeten,\n\nLieve Vandamme\nWolspinnerij Jakwol BV\nDok Noord 7, 9000 Gent\n"
            "T +32 9 555 18 40 | BTW BE 0456.789.123\n")
    eml = reply(P, frm=("Lieve Vandamme", "verkoop@jakwol.example"), date="2026-11-10 14:44:19 +0100",
                client="outlook", body=body, qlang="nl", lang="nl-BE", charset="windows-1252")
    return [P], eml, conf("Line 1 new price 4.15 (excl. btw = net, like the PO); '11/12' without year -> 2026-12-11 = requested; "
                          "'1/11' is the price-list date.", (P, {1: chg(p="4.15"), 2: ACC}))


@case("brushrod-zl-netto-pl", "confirmation/pl-PL",
      "'cena 12,40 zł netto/szt.' in PLN with decimal comma; ISO-8859-2 quoted-printable")
def c_brush_pl():
    S = sup("SADZA", "Zakład Wyrobów Kominiarskich Sadza Sp. z o.o.", "zamowienia@sadza-kom.example", "pl-PL")
    P = po("4500031258", S, "PLN", "2026-11-06", [
        L(1, "ZWK-PR-12", "Chimney brush rod 1.2 m, rattan, M12", 300, "PCS", "11.90", "2026-12-11"),
        L(2, "ZWK-SZ-300", "Wire brush head 300 mm, 3/8 in thread", 80, "PCS", "27.00", "2026-12-11"),
    ], buyer="oskar")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500031258:\n\n"
            "poz. 1 - pręt rattanowy 1,2 m M12: 300 szt., cena 12,40 zł netto/szt. (wzrost cen rattanu), termin "
            "dostawy 11.12.2026\npoz. 2 - szczotka druciana 300 mm: 80 szt. po 27,00 zł netto, termin dostawy "
            "11.12.2026\n\nPozdrawiam\nKatarzyna Wójcik\nDział Sprzedaży\n"
            "Zakład Wyrobów Kominiarskich Sadza Sp. z o.o.\nul. Przemysłowa 14, 43-300 Bielsko-Biała\n"
            "tel. +48 33 555 27 14\nNIP 547-112-33-09, KRS 0000123456\n")
    eml = reply(P, frm=("Katarzyna Wójcik", "zamowienia@sadza-kom.example"), date="2026-11-12 09:30:08 +0100",
                client="outlook", body=body, qlang="pl", lang="pl-PL", charset="iso-8859-2", hdr_cs="iso-8859-2",
                prefix="Odp: ")
    return [P], eml, conf("12,40 zł netto/szt. -> 12.40 PLN per PCS (PO 11.90); line 2 unchanged; dates = requested.",
                          (P, {1: chg(p="12.40"), 2: ACC}))


@case("fitting-tyden51-cz", "confirmation/cs-CZ",
      "'dodání v týdnu 51' for two lines while the third keeps 11.12.; Czech CZK prices with space thousands")
def c_fit_cz():
    S = sup("LAZARM", "Lázeňské Armatury Teplice s.r.o.", "obchod@lazarm.example", "cs-CZ")
    P = po("4500031266", S, "CZK", "2026-11-06", [
        L(1, "LAT-KO-DN25", "Hot spring pipe elbow DN25, 90 deg, PVDF, 1 in", 150, "PCS", "184.00", "2026-12-11"),
        L(2, "LAT-VE-DN40", "Ball valve DN40, PN16, 1-1/2 in, PVDF", 20, "PCS", "2150.00", "2026-12-11"),
        L(3, "LAT-TE-DN25", "Tee DN25, PVDF, 1 in", 60, "PCS", "212.00", "2026-12-11"),
    ])
    body = ("Dobrý den, paní Holt,\n\npotvrzujeme objednávku č. 4500031266 v plném rozsahu, ceny dle objednávky "
            "(kolena 184,00 Kč, kulové kohouty 2 150,00 Kč, T-kusy 212,00 Kč/ks bez DPH).\n\n"
            "Dodání v týdnu 51 (kolena a T-kusy), kulové kohouty DN40 dodáme již 11.12. dle požadavku.\n\n"
            "S pozdravem\n\nIng. Petr Dvořák\nobchodní oddělení\nLázeňské Armatury Teplice s.r.o.\n"
            "Lázeňská 1120/8, 415 01 Teplice\ntel.: +420 417 555 318\n")
    eml = reply(P, frm=("Petr Dvořák", "obchod@lazarm.example"), date="2026-11-13 13:15:40 +0100",
                client="outlook", body=body, qlang="cs", lang="cs-CZ", charset="windows-1250", hdr_cs="windows-1250")
    return [P], eml, conf("'v týdnu 51' -> Friday 2026-12-18 for lines 1 and 3; line 2 stays 11.12. (requested).",
                          (P, {1: chg(d="2026-12-18"), 2: ACC, 3: chg(d="2026-12-18")}))


@case("slats-partial-sk", "confirmation/sk-SK",
      "two of three lines confirmed, the third deferred until timber arrives -> unconfirmed, not rejected")
def c_slats_sk():
    S = sup("LAMPOP", "Sánkarske Lamely Poprad s.r.o.", "predaj@lamely-poprad.example", "sk-SK")
    P = po("4500031274", S, "EUR", "2026-11-05", [
        L(1, "SLP-LM-900", "Toboggan slat beech 900x80x10 mm", 500, "PCS", "3.20", "2026-12-04"),
        L(2, "SLP-LM-1200", "Toboggan slat beech 1200x80x10 mm", 300, "PCS", "4.10", "2026-12-04"),
        L(3, "SLP-RN-1200", "Runner ash 1200x40x22 mm, steamed, 2027 profile", 100, "PCS", "9.75", "2026-12-04"),
    ], buyer="tom")
    body = ("Dobrý deň pán Becker,\n\nk objednávke 4500031274 potvrdzujeme pol. 1 a 2 v požadovanom množstve a cene, "
            "dodanie 4.12.2026.\n\nK sánkarskym bežcom (pol. 3) sa vyjadríme, keď dostaneme jaseňové rezivo "
            "zo sušiarne - odhadom koncom budúceho týždňa.\n\nS pozdravom\nMartina Kováčová\n"
            "Sánkarske Lamely Poprad s.r.o.\nPriemyselná 9, 058 01 Poprad\n+421 52 555 6610\n")
    eml = reply(P, frm=("Martina Kováčová", "predaj@lamely-poprad.example"), date="2026-11-11 08:50:12 +0100",
                client="outlook", body=body, qlang="sk", lang="sk-SK", charset="iso-8859-2", cte="base64",
                hdr_cs="iso-8859-2")
    return [P], eml, conf("Lines 1-2 accepted; line 3 addressed without commitment ('sa vyjadríme') -> unconfirmed.",
                          (P, {1: ACC, 2: ACC, 3: UNC}))


@case("feedhorn-dotdate-hu", "confirmation/hu-HU",
      "Hungarian year-first dates with trailing dot (2027.01.15.) and space-grouped prices; one line moves to January")
def c_horn_hu():
    S = sup("FERANT", "Ferenc Antenna Kft.", "ertekesites@ferencantenna.example", "hu-HU")
    P = po("4500031281", S, "EUR", "2026-11-06", [
        L(1, "FAK-FH-L", "Corrugated feed horn L-band 1.4 GHz, 12x20 in aperture", 2, "EA", "4820.00", "2026-12-18"),
        L(2, "FAK-OMT-L", "Orthomode transducer L-band, WR-650", 2, "EA", "2260.00", "2026-12-18"),
    ], buyer="oskar")
    body = ("Tisztelt Lindqvist Úr!\n\nKöszönjük megrendelését (4500031281), az alábbiak szerint igazoljuk vissza:\n\n"
            "1. tétel: 2 db tápkürt, 4 820,00 EUR/db, szállítás: 2027.01.15.\n"
            "2. tétel: 2 db OMT, 2 260,00 EUR/db, szállítás: 2026.12.18.\n\n"
            "A tápkürtök hullámosított betétjét külső beszállító készíti, ezért csúszik januárra.\n\n"
            "Üdvözlettel:\nNagy Eszter\nértékesítési asszisztens\nFerenc Antenna Kft.\n"
            "2600 Vác, Ipartelep u. 5.\nTel.: +36 27 555 410\n")
    eml = reply(P, frm=("Nagy Eszter", "ertekesites@ferencantenna.example"), date="2026-11-16 10:10:37 +0100",
                client="outlook", body=body, qlang="hu", lang="hu-HU", charset="iso-8859-2", hdr_cs="iso-8859-2",
                prefix="VS: ")
    return [P], eml, conf("Line 1 delivery 2027.01.15. -> 2027-01-15; line 2 as ordered.",
                          (P, {1: chg(d="2027-01-15"), 2: ACC}))


def _ro_xlsx():
    from . import xlsx
    return xlsx.build([
        ["Confirmare comandă", None, None, None, None, None, None, None],
        ["Comanda client", "4500031290", None, None, None, None, None, None],
        ["Data", "17.11.2026", None, None, None, None, None, None],
        [],
        ["Poz.", "Cod", "Descriere", "Cant. comandată", "Cant. confirmată", "UM", "Preț unitar EUR", "Data livrare"],
        [1, "PSD-CS-140", "Pătură șa cămilă 140x90 cm, pâslă 12 mm", 80, 80, "buc", 36.5, "11.12.2026"],
        [2, "PSD-CS-160", "Pătură șa cămilă 160x100 cm, pâslă 15 mm", 40, 40, "buc", 46.2, "18.12.2026"],
        [3, "PSD-GR-5", "Chingă 5 cm x 1,8 m", 120, 120, "buc", 7.2, "11.12.2026"],
    ], sheet="Confirmare", creator="Pături de Șa Dobrogea SRL", ts=(2026, 11, 17, 10, 50, 0))


@case("saddle-xlsx-ro", "confirmation/ro-RO",
      "confirmation only in an attached XLSX (numeric prices, text dates dd.mm.yyyy); body just points to it")
def c_saddle_ro():
    S = sup("PSDOB", "Pături de Șa Dobrogea SRL", "comenzi@paturidobrogea.example", "ro-RO")
    P = po("4500031290", S, "EUR", "2026-11-06", [
        L(1, "PSD-CS-140", "Camel saddle blanket 140x90 cm, wool felt 12 mm", 80, "PCS", "36.50", "2026-12-11"),
        L(2, "PSD-CS-160", "Camel saddle blanket 160x100 cm, wool felt 15 mm", 40, "PCS", "44.00", "2026-12-11"),
        L(3, "PSD-GR-5", "Girth strap 5 cm x 1.8 m", 120, "PCS", "7.20", "2026-12-11"),
    ])
    body = ("Bună ziua,\n\nVă trimitem atașat confirmarea comenzii 4500031290 (fișier Excel). Vă rugăm să observați "
            "modificările la poziția 2 (preț și termen).\n\nCu stimă,\nIoana Constantinescu\nDepartament vânzări\n"
            "Pături de Șa Dobrogea SRL\nStr. Portului 44, 900178 Constanța\nTel. +40 241 555 902\n")
    att = mime.attach(_ro_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      "Confirmare_4500031290.xlsx")
    eml = reply(P, frm=("Ioana Constantinescu", "comenzi@paturidobrogea.example"), date="2026-11-17 11:00:14 +0200",
                client="gmail", body=body, quote="cite", atts=[att],
                attr="În vin., 6 nov. 2026 la 12:12, Maren Holt <maren.holt@tallisbrook.example> a scris:")
    return [P], eml, conf("Values only in the XLSX: pos. 2 price 46.2 and date 18.12.2026; pos. 1 and 3 as ordered.",
                          (P, {1: ACC, 2: chg(p="46.20", d="2026-12-18"), 3: ACC}))


@case("belts-rollsize-bg", "confirmation/bg-BG",
      "Cyrillic windows-1251; a per-metre line rounded up to full 25 m rolls (45 -> 50 M)")
def c_belt_bg():
    S = sup("REMBG", "Ремъци Боулинг ЕООД", "office@remaci-bg.example", "bg-BG")
    P = po("4500031299", S, "EUR", "2026-11-09", [
        L(1, "RBG-PB-8250", "Pinsetter distributor belt 82-1/2 x 4 in, 2-ply", 14, "PCS", "58.00", "2026-12-11"),
        L(2, "RBG-RT-316", "Ball return round belt 3/16 x 1-1/4 in, per metre", 45, "M", "6.40", "2026-12-11"),
    ])
    body = ("Здравейте, г-жо Холт,\n\nПотвърждаваме поръчка № 4500031299:\n\n"
            "поз. 1 - 14 бр. ремъци по 58,00 EUR/бр., доставка 11.12.2026 г.\n"
            "поз. 2 - кръглият ремък се доставя само на ролки по 25 м, затова ще изпратим 50 м (2 ролки) "
            "по 6,40 EUR/м, доставка 11.12.2026 г.\n\nПоздрави,\nГеорги Петров\nРемъци Боулинг ЕООД\n"
            "бул. Христо Ботев 112, 4000 Пловдив\nтел. +359 32 555 417\n")
    eml = reply(P, frm=("Георги Петров", "office@remaci-bg.example"), date="2026-11-12 15:22:03 +0200",
                client="outlook", body=body, charset="windows-1251", hdr_cs="windows-1251", lang="bg-BG")
    return [P], eml, conf("Line 2 quantity 50 M (two 25 m rolls) instead of 45 M, same price per metre; line 1 as ordered.",
                          (P, {1: ACC, 2: chg(q=50)}))


@case("gurdy-twopos-hr", "confirmation/hr-HR",
      "two open POs with the supplier; the reply confirms one and only mentions the other for next week")
def c_gurdy_hr():
    S = sup("LIRADRVO", "Lira Drvo d.o.o.", "narudzbe@liradrvo.example", "hr-HR")
    P1 = po("4500031305", S, "EUR", "2026-11-04", [
        L(1, "LDR-KT-190", "Hurdy-gurdy wheel 190 mm, pear wood, 2027 batch", 10, "PCS", "139.00", "2026-12-18"),
    ])
    P2 = po("4500031311", S, "EUR", "2026-11-06", [
        L(1, "LDR-TG-24", "Tangent set 24 keys, boxwood", 15, "SET", "54.00", "2026-12-11"),
        L(2, "LDR-KL-8", "Tuning peg 8 mm, ebony, 1:10 taper", 200, "PCS", "2.30", "2026-12-11"),
    ])
    body = ("Poštovana gospođo Holt,\n\npotvrđujemo narudžbu 4500031311: poz. 1 - 15 kompleta tangenti po 54,00 EUR, "
            "poz. 2 - 200 kom klinova po 2,30 EUR, isporuka 11.12.2026.\n\n"
            "Za narudžbu 4500031305 (kotači 190 mm) javit ćemo Vam se sljedeći tjedan, čekamo kruškovo drvo.\n\n"
            "Srdačan pozdrav,\nIvana Horvat\nLira Drvo d.o.o.\nObrtnička 23, 42000 Varaždin\ntel. +385 42 555 306\n")
    eml = reply(P2, frm=("Ivana Horvat", "narudzbe@liradrvo.example"), date="2026-11-13 09:05:48 +0100",
                client="outlook", body=body, qlang="hr", lang="hr-HR", charset="iso-8859-2", hdr_cs="iso-8859-2")
    return [P1, P2], eml, conf("Only PO 4500031311 is answered (accepted); PO 4500031305 is merely mentioned "
                               "('javit ćemo se sljedeći tjedan') and is left out.", (P2, {1: ACC, 2: ACC}))


@case("lamp-brezddv-si", "confirmation/sl-SI",
      "'cena 12,40 EUR brez DDV' per piece on one line; Slovenian 2.980,00 number format")
def c_lamp_si():
    S = sup("SVPIRAN", "Svetilniki Piran d.o.o.", "prodaja@svetilniki-piran.example", "sl-SI")
    P = po("4500031320", S, "EUR", "2026-11-05", [
        L(1, "SVP-LC-24", "Lighthouse lamp changer 24V, 2x 1000 W", 2, "EA", "2980.00", "2026-12-18"),
        L(2, "SVP-MT-60", "Lamp mantle 60 mm, 3/4 in collar", 50, "PCS", "11.90", "2026-12-18"),
    ], buyer="tom")
    body = ("Spoštovani g. Becker,\n\npotrjujemo naročilo 4500031320:\n\n"
            "Poz. 1: 2 kos menjalnik žarnic 24V po 2.980,00 EUR, dobava 18.12.2026.\n"
            "Poz. 2: 50 kos mrežic 60 mm, cena 12,40 EUR brez DDV na kos, dobava 18.12.2026.\n\n"
            "Lep pozdrav,\nMatej Kralj\nSvetilniki Piran d.o.o.\nObala 55, 6330 Piran\n+386 5 555 71 20\n")
    eml = reply(P, frm=("Matej Kralj", "prodaja@svetilniki-piran.example"), date="2026-11-10 13:10:55 +0100",
                client="gmail", body=body, quote="cite", cte="base64",
                attr="V čet., 5. nov. 2026 ob 11:12 je Tom Becker <tom.becker@tallisbrook.example> napisal:")
    return [P], eml, conf("Line 2 12,40 EUR brez DDV (net) replaces 11.90; line 1 as ordered.",
                          (P, {1: ACC, 2: chg(p="12.40")}))


@case("grip-godine-rs", "confirmation/sr-RS",
      "Serbian 'isporuka 18.12.2026. godine' with trailing dot; all lines moved one week")
def c_grip_rs():
    S = sup("HVKOP", "Hvataljke Kopaonik d.o.o.", "prodaja@hvataljke.example", "sr-RS")
    P = po("4500031333", S, "EUR", "2026-11-06", [
        L(1, "HVK-FG-40", "Fixed grip 40 mm rope, forged, M16x60 bolts", 12, "EA", "745.00", "2026-12-11"),
        L(2, "HVK-BS-M16", "Bolt set M16x60, grade 10.9, 4 pcs", 24, "SET", "19.50", "2026-12-11"),
    ])
    body = ("Poštovana gospođo Holt,\n\npotvrđujemo porudžbinu br. 4500031333 u celosti, količine i cene kao u "
            "porudžbini (12 kom. hvataljki po 745,00 EUR i 24 seta zavrtanja po 19,50 EUR).\n\n"
            "Isporuka 18.12.2026. godine, paritet DAP Felixstowe.\n\nS poštovanjem,\nMilan Jovanović\n"
            "Hvataljke Kopaonik d.o.o.\nIndustrijska zona bb, 36350 Raška\ntel. +381 36 555 120\n")
    eml = reply(P, frm=("Milan Jovanović", "prodaja@hvataljke.example"), date="2026-11-16 12:45:21 +0100",
                client="thunderbird", body=body, quote="cite", html=False, charset="windows-1250", cte="8bit",
                hdr_cs="windows-1250",
                attr="Dana 6.11.2026. u 11:12, Maren Holt je napisao/la:")
    return [P], eml, conf("'18.12.2026. godine' -> 2026-12-18 for both lines; quantities and prices unchanged.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("bagel-fpa-gr", "confirmation/el-GR",
      "Greek 'τιμή 4,20 € + ΦΠΑ' (net of VAT) on one line, ISO-8859-7 quoted-printable")
def c_bagel_gr():
    S = sup("XPAPA", "Ξυλουργεία Παπαδόπουλος Α.Ε.", "sales@papadopoulos-wood.example", "el-GR")
    P = po("4500031340", S, "EUR", "2026-11-06", [
        L(1, "XPA-BB-7020", "Bagel board 70x20 cm, poplar, 2-ply burlap", 60, "PCS", "3.90", "2026-12-11"),
        L(2, "XPA-PL-90", "Oven peel 90 cm, 3/4 in poplar", 30, "PCS", "12.00", "2026-12-11"),
    ])
    body = ("Καλημέρα σας κυρία Holt,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031340:\n\n"
            "Θέση 1: 60 τεμ., τιμή 4,20 € + ΦΠΑ ανά τεμάχιο\nΘέση 2: 30 τεμ., 12,00 € + ΦΠΑ\n\n"
            "Παράδοση 11/12/2026 και για τις δύο θέσεις.\n\nΜε εκτίμηση,\nΝίκος Παπαδόπουλος\n"
            "Ξυλουργεία Παπαδόπουλος Α.Ε.\nΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη\nΤηλ. +30 2310 555 780\n")
    eml = reply(P, frm=("Νίκος Παπαδόπουλος", "sales@papadopoulos-wood.example"), date="2026-11-11 11:30:06 +0200",
                client="outlook", body=body, charset="iso-8859-7", hdr_cs="iso-8859-7", lang="el-GR", prefix="ΑΠ: ")
    return [P], eml, conf("Line 1 4,20 € + ΦΠΑ -> 4.20 net (PO 3.90); line 2 12,00 = PO; date 11/12/2026 = requested.",
                          (P, {1: chg(p="4.20"), 2: ACC}))


@case("fitting-hafta-tr", "confirmation/tr-TR",
      "'teslimat 51. hafta' for the order, but one line declined (out of stock) in the same paragraph")
def c_fit_tr():
    S = sup("KAPLICA", "Kaplıca Boru Bağlantı A.Ş.", "satis@kaplicaboru.example", "tr-TR")
    P = po("4500031352", S, "EUR", "2026-11-06", [
        L(1, "KBB-EL-50", "Hot spring pipe elbow 2 in, PP-R, 90 deg, 95 C", 200, "PCS", "3.40", "2026-12-04"),
        L(2, "KBB-UN-50", "Union coupling 2 in, PP-R/brass", 80, "PCS", "8.75", "2026-12-04"),
        L(3, "KBB-BV-50", "Ball valve 2 in, PP-R", 40, "PCS", "14.60", "2026-12-04"),
    ], buyer="priya")
    body = ("Merhaba Priya Hanım,\n\n4500031352 no'lu siparişinizi onaylıyoruz. 1. ve 2. kalemler sipariş "
            "fiyatları ve miktarlarıyla; teslimat 51. hafta.\n\n3. kalem (2\" küresel vana) stoklarımızda kalmadı, "
            "bu yıl tedarik edemiyoruz - lütfen siparişten çıkarınız.\n\nSaygılarımızla,\nAyşe Yılmaz\n"
            "Dış Ticaret Sorumlusu\nKaplıca Boru Bağlantı A.Ş.\nOrganize Sanayi Bölgesi 4. Cad. No:12, "
            "Afyonkarahisar\nTel: +90 272 555 34 12\n")
    eml = reply(P, frm=("Ayşe Yılmaz", "satis@kaplicaboru.example"), date="2026-11-17 10:40:33 +0300",
                client="outlook", body=body, qlang="tr", lang="tr-TR", charset="iso-8859-9", hdr_cs="iso-8859-9",
                prefix="YNT: ")
    return [P], eml, conf("'51. hafta' -> Friday 2026-12-18 for lines 1-2; line 3 cannot be supplied -> rejected.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18"), 3: REJ}))


@case("bounce-exchange-nl", "bounce/nl-NL",
      "Exchange Online NDR with HTML and text parts, delivery-status and the returned request including dates")
def c_bounce_nl():
    S = sup("NZROOK", "Noordzee Rookrekken B.V.", "verkoop@noordzee-rook.example", "nl-NL")
    P = po("4500031361", S, "EUR", "2026-11-10", [
        L(1, "NZR-RR-120", "Fish smoking rack 120x60 cm, 12 bars, RVS 316", 15, "PCS", "128.00", "2026-12-18"),
        L(2, "NZR-HK-10", "Smoking hook 10 cm, 4 mm, box of 100", 6, "BOX", "24.50", "2026-12-18"),
    ], buyer="oskar")
    human = ("Your message to verkoop@noordzee-rook.example couldn't be delivered.\n\n"
             "verkoop wasn't found at noordzee-rook.example.\n\noskar.lindqvist  Office 365  verkoop\nAction Required"
             "                                  Recipient\n\nUnknown To address\n\nHow to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Diagnostic information for administrators:\nGenerating server: AM0PR02MB5523.eurprd02.prod.outlook.com\n"
             "verkoop@noordzee-rook.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient not found by SMTP address lookup'\n")
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
          "<div style=\"font-family:'Segoe UI',sans-serif\"><p style=\"font-size:17pt;color:#C00000\">"
          "Your message to verkoop@noordzee-rook.example couldn't be delivered.</p><p>verkoop wasn't found at "
          "noordzee-rook.example.</p><p><b>Action Required</b>: Unknown To address</p><p>How to Fix It</p><ul>"
          "<li>Retype the recipient's address, then resend the message.</li></ul><p style=\"font-size:9pt\">"
          "Diagnostic information for administrators:<br>Generating server: AM0PR02MB5523.eurprd02.prod.outlook.com<br>"
          "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
          "lookup'</p></div></body></html>\n")
    eml = dsn_mail(P, date="2026-11-10 10:12:31 +0000", subject="Undeliverable: PO 4500031361 - request for order confirmation",
                   frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tallisbrook.example"),
                   human=human, human_html=hh, status="5.1.10",
                   diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                   reporting_mta="AM0PR02MB5523.eurprd02.prod.outlook.com", style="outlook",
                   extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
                          ("Content-Language", "en-US")])
    return [P], eml, other("bounce", "Exchange NDR 'Undeliverable:' (5.1.10 recipient not found) with the original "
                                      "request attached; the PO table inside is ours.")


@case("icemold-prepay-fr-be", "needs_review/fr-BE",
      "dates and prices stated, but the order is only confirmed after a 30 % prepayment: a condition, not a commitment")
def c_ice_be():
    S = sup("MGLIEGE", "Moules à Glace Liège SPRL", "commandes@moulesaglace.example", "fr-BE")
    P = po("4500031366", S, "EUR", "2026-11-09", [
        L(1, "MGL-CY-3040", "Ice sculpture mold swan 30x40 cm, 2-part, 3/8 in PE", 20, "PCS", "74.00", "2026-12-11"),
        L(2, "MGL-LO-25", "Ice luge mold 25x50 cm", 10, "PCS", "96.00", "2026-12-11"),
    ], buyer="priya")
    body = ("Bonjour Madame Natarajan,\n\nMerci pour votre bon de commande 4500031366. Nous pouvons livrer le 11/12 "
            "aux prix indiqués, sous réserve du paiement anticipé de 30 % (facture pro forma PF-26-0311 de "
            "1 404,00 EUR à suivre).\n\nLa commande ne sera confirmée définitivement qu'à réception du paiement ; "
            "sans paiement avant le 27/11, le délai ne peut être garanti.\n\nBien à vous,\n\nFrançois Dubois\n"
            "Moules à Glace Liège SPRL\nRue Natalis 41, 4020 Liège\nTél. +32 4 555 12 70\n")
    assert round((20 * 74 + 10 * 96) * 0.30, 2) == 732.0
    body = body.replace("1 404,00", "732,00")
    eml = reply(P, frm=("François Dubois", "commandes@moulesaglace.example"), date="2026-11-12 10:22:14 +0100",
                client="outlook", body=body, qlang="fr", lang="fr-BE")
    return [P], eml, other("needs_review", "Conditional: 'ne sera confirmée qu'à réception du paiement' (30 % prepayment). "
                                            "Values are stated but the supplier explicitly does not commit yet.")


@case("slats-kr-st-sv", "confirmation/sv-SE",
      "'pris 42 kr/st' in SEK; delivery as 'v. 50' which equals the requested Friday")
def c_slat_sv():
    S = sup("KALKMORA", "Kälkfabriken i Mora AB", "order@kalkfabriken.example", "sv-SE")
    P = po("4500031370", S, "SEK", "2026-11-05", [
        L(1, "KIM-SP-1000", "Toboggan slat birch 1000x70x9 mm, 2027 model", 250, "PCS", "38.00", "2026-12-11"),
        L(2, "KIM-SK-M6", "Slat screw M6x40, stainless, box of 100", 10, "BOX", "145.00", "2026-12-11"),
    ], buyer="oskar")
    body = ("Hej Oskar!\n\nTack för ordern 4500031370.\n\nSpjälorna: 250 st, pris 42 kr/st (björken har gått upp "
            "sedan offerten), leverans v. 50.\nSkruvarna: 10 kartonger à 145 kr, samma leverans.\n\n"
            "Ha det bra!\nAnna Persson\nKälkfabriken i Mora AB\nFabriksgatan 3, 792 32 Mora\n0250-555 14 20\n")
    eml = reply(P, frm=("Anna Persson", "order@kalkfabriken.example"), date="2026-11-10 08:20:42 +0100",
                client="apple", body=body, quote="cite", charset="iso-8859-1", cte="8bit", hdr_cs="iso-8859-1",
                font="Helvetica", prefix="SV: ",
                attr="5 nov. 2026 kl. 11:12 skrev Oskar Lindqvist <oskar.lindqvist@tallisbrook.example>:")
    return [P], eml, conf("42 kr/st -> 42.00 SEK per PCS (PO 38.00); 'v. 50' = Friday 2026-12-11 = requested.",
                          (P, {1: chg(p="42.00"), 2: ACC}))


@case("icemold-subjectdate-da", "confirmation/da-DK",
      "body says only 'ok'; the date is solely in the subject line ('confirmed for 18.12.', no year)")
def c_ice_dk():
    S = sup("ISFORM", "Isformfabrikken ApS", "salg@isform.example", "da-DK")
    P = po("4500031378", S, "EUR", "2026-11-06", [
        L(1, "ISF-HJ-30", "Ice mold heart 30 cm, 2 kg block, silicone", 40, "PCS", "21.00", "2026-12-11"),
        L(2, "ISF-BL-2550", "Ice block mold 25x50 cm, 3/8 in wall", 20, "PCS", "33.50", "2026-12-11"),
    ])
    body = "ok\n\nMvh\nJens Kjær\nIsformfabrikken ApS\n\nSendt fra min iPhone"
    eml = reply(P, frm=("Jens Kjær", "salg@isform.example"), date="2026-11-12 19:44:09 +0100", client="iphone",
                body=body, quote="cite", html=False, charset="utf-8", cte="quoted-printable",
                subject="RE: PO 4500031378 - confirmed for 18.12.",
                attr="> Den 6. nov. 2026 kl. 11.12 skrev Maren Holt <maren.holt@tallisbrook.example>:\n>")
    return [P], eml, conf("Date only in the subject 'confirmed for 18.12.' (no year -> 2026-12-18), body 'ok' accepts the "
                          "rest as ordered.", (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("latepayment-complaint-fi", "unrelated/fi-FI",
      "payment reminder/complaint about an old invoice for an earlier PO; an open PO with the same supplier is in pos.json")
def c_late_fi():
    S = sup("KALASAV", "Kalasavustin Oy", "myynti@kalasavustin.example", "fi-FI")
    P = po("4500031385", S, "EUR", "2026-11-06", [
        L(1, "KSV-RK-80", "Fish smoking rack 80x40 cm, 8 bars, stainless", 25, "PCS", "64.00", "2026-12-18"),
    ])
    body = ("Hei,\n\nLaskumme 2026-0412 (tilauksenne 4500028811, toimitettu 12.6.2026, summa 1 840,00 EUR) erääntyi "
            "maksettavaksi 15.7.2026, eikä suoritusta ole edelleenkään näkynyt tilillämme. Olemme lähettäneet asiasta "
            "kaksi muistutusta (4.8. ja 15.9.).\n\nPyydämme maksamaan laskun viipymättä tilille FI21 1234 5600 0007 85 "
            "viitteellä 20260412 sekä viivästyskoron 8,0 %. Mikäli maksua ei ole 30.11.2026 mennessä, siirrämme "
            "saatavan perintään ja keskeytämme uudet toimitukset.\n\nYstävällisin terveisin\nTiina Mäkinen\n"
            "reskontra / Kalasavustin Oy\nSatamatie 8, 85100 Kalajoki\npuh. +358 8 555 4410\n")
    part = mime.text(body, "plain", "iso-8859-15", "quoted-printable")
    eml = plain_mail(frm=("Tiina Mäkinen", "myynti@kalasavustin.example"), to=buyer_addr(P),
                     subject="Maksumuistutus: lasku 2026-0412 / tilaus 4500028811 - erääntynyt",
                     date="2026-11-18 09:12:33 +0200", client="outlook", part=part, hdr_cs="iso-8859-15",
                     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")])
    return [P], eml, other("unrelated", "Complaint about late payment of invoice 2026-0412 for old PO 4500028811; it does "
                                         "not answer open PO 4500031385.")


@case("yarn-hind-km-et", "confirmation/et-EE",
      "Estonian 'hind 12,40 € + km' (excl. VAT) on one line, a kg line unchanged, the felt-sheet line not mentioned at all; ISO-8859-15")
def c_yarn_et():
    S = sup("JAKIVILLA", "Jakivilla Lõng OÜ", "myyk@jakivilla.example", "et-EE")
    P = po("4500031392", S, "EUR", "2026-11-06", [
        L(1, "JVL-YK-100", "Yak wool yarn 100 g skein, 2/14 Nm, undyed", 150, "PCS", "11.80", "2026-12-11"),
        L(2, "JVL-YK-CONE", "Yak wool yarn on cone, 2/28 Nm", 20, "KG", "96.00", "2026-12-11"),
        L(3, "JVL-FS-3040", "Yak wool felt sheet 30x40 cm, 3 mm", 30, "PCS", "7.50", "2026-12-11"),
    ])
    body = ("Tere, Maren!\n\nKinnitame tellimuse 4500031392:\n\n"
            "rida 1 - 150 tk, hind 12,40 € + km, tarne 11.12.2026\n"
            "rida 2 - 20 kg à 96,00 € + km, tarne 11.12.2026\n\n"
            "Rea 1 hind on muutunud, kuna värvimata lõnga toorme hind tõusis.\n\nParimate soovidega\nKadri Tamm\n"
            "Jakivilla Lõng OÜ\nTööstuse 48, 10416 Tallinn\ntel +372 655 5120\n")
    eml = reply(P, frm=("Kadri Tamm", "myyk@jakivilla.example"), date="2026-11-12 14:00:27 +0200", client="outlook",
                body=body, charset="iso-8859-15", hdr_cs="iso-8859-15", lang="et-EE", prefix="VS: ")
    return [P], eml, conf("'hind 12,40 € + km' = 12.40 net (PO 11.80); line 2 unchanged; dates = requested; "
                          "line 3 (felt sheets) is not mentioned -> unconfirmed.",
                          (P, {1: chg(p="12.40"), 2: ACC, 3: UNC}))
