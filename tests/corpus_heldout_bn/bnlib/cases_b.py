"""Cases 019-036."""
from .common import (case, sup, PO, A, C, conf, EXP, mail, simple, dsn, request_subject, text_to_html, html_wrap,
                     inline_text, request_message, BUYERS)
from .mime import text_part, multipart, attachment, addr, ew, rfcdate, h


@case("crampons-all-but-line2-nb", "confirmation/nb-NO",
      "'Alle linjer leveres som bestilt, unntatt linje 2' with only line 2's new date (08.01.2027): three accepted lines carry no numbers in the reply.")
def c_crampons_nb():
    s = sup("FJELLKR", "Fjellkroken Utstyr AS", "ordre@fjellkroken.example", "nb-NO")
    po = PO("4500031119", s, "NOK", "2026-11-06", [
        ("CR-10P-STR", "Crampon 10-point, strap binding, 2027", 40, "PAIR", "649.00", "2026-12-15"),
        ("CR-12P-SEMI", "Crampon 12-point, semi-automatic, 36-46", 25, "PAIR", "1090.00", "2026-12-15"),
        ("CR-BAG-L", "Crampon bag size L, 600D", 65, "EA", "119.00", "2026-12-15"),
        ("AXE-50-T", "Ice axe 50 cm, T-rated", 10, "EA", "1425.00", "2026-12-15"),
    ])
    txt = ("Hei Maren,\n\nTakk for bestillingen. Alle linjer leveres som bestilt, unntatt linje 2: stegjernene "
           "CR-12P-SEMI kommer f\u00f8rst fra fabrikken i januar, levering 08.01.2027. Antall og pris som i bestillingen.\n\n"
           "Mvh\nEirik Haugland\nFjellkroken Utstyr AS\nStorgata 12, 2670 Otta\ntlf. 61 23 45 67")
    eml = mail(po, ("Eirik Haugland", "eirik@fjellkroken.example"), "2026-11-12 08:19:44 +0100", txt,
               client="gmail", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "'All lines as ordered except line 2': lines 1, 3, 4 accepted; line 2 same qty/price, delivery 2027-01-08.",
                          conf(po, {2: C(25, "1090.00", "2027-01-08")}))


@case("chopsticks-minguo-date-tw", "confirmation/zh-TW",
      "Big5 reply with Minguo (ROC) calendar dates '115/12/18' = 2026-12-18, thousands comma in '1,000 雙', one price change.")
def c_chopsticks_tw():
    s = sup("TCBAMBOO", "Taichung Bamboo Craft Co., Ltd.", "sales@tcbamboo.example", "zh-TW")
    po = PO("4500031120", s, "USD", "2026-11-09", [
        ("CS-BMB-24", "Bamboo chopsticks 24 cm natural, 10 pairs/box", 300, "BOX", "8.40", "2026-12-22"),
        ("CS-LAC-23", "Lacquered chopsticks 23 cm, 5/8 in head", 1000, "PAIR", "1.35", "2026-12-22"),
        ("CS-RST-5", "Chopstick rest, ceramic, 5 cm", 400, "EA", "0.95", "2026-12-22"),
    ])
    txt = ("Maren \u60a8\u597d\uff0c\n\n\u611f\u8b1d\u60a8\u7684\u8a02\u55ae 4500031120\uff0c\u78ba\u8a8d\u5982\u4e0b\uff1a\n\n"
           "1. CS-BMB-24 \u7af9\u7b77 24\u516c\u5206\uff1a300 \u76d2\uff0c\u55ae\u50f9 USD 8.40\uff0c\u4ea4\u671f 115/12/18\n"
           "2. CS-LAC-23 \u6f06\u7b77 23\u516c\u5206\uff1a1,000 \u96d9\uff0c\u55ae\u50f9 USD 1.42\uff08\u6f06\u6599\u6f32\u50f9\uff09\uff0c\u4ea4\u671f 115/12/18\n"
           "3. CS-RST-5 \u7b77\u67b6\uff1a400 \u500b\uff0c\u55ae\u50f9 USD 0.95\uff0c\u4ea4\u671f 115/12/18\n\n"
           "\u656c\u795d \u5546\u797a\n\u9673\u6021\u541b Yi-Chun Chen\n\u53f0\u4e2d\u7af9\u85dd\u80a1\u4efd\u6709\u9650\u516c\u53f8\n\u96fb\u8a71\uff1a04-2359-8812")
    eml = mail(po, ("\u9673\u6021\u541b", "yichun.chen@tcbamboo.example"), "2026-11-13 15:02:18 +0800", txt,
               client="outlook", charset="big5", cte="base64", html=False, prefix="\u56de\u8986: ")
    return [po], eml, EXP("confirmation",
                          "ROC year 115 = 2026, so 115/12/18 = 2026-12-18 (requested 22 Dec) for all lines; line 2 price 1.42 instead of 1.35.",
                          conf(po, {1: C(300, "8.40", "2026-12-18"), 2: C(1000, "1.42", "2026-12-18"),
                                    3: C(400, "0.95", "2026-12-18")}))


@case("tuktuk-spares-buddhist-era-th", "confirmation/th-TH",
      "TIS-620 Thai reply with a Buddhist-era date '18/12/2569' (= 2026-12-18) that exactly matches the PO: all lines accepted.")
def c_tuktuk_th():
    s = sup("SIAM3W", "Siam Three-Wheel Parts Co., Ltd.", "sales@siam3wheel.example", "th-TH")
    po = PO("4500031121", s, "THB", "2026-11-06", [
        ("TT-BRK-SHOE", "Tuk-tuk rear brake shoe set, 2027 model", 100, "SET", "420.00", "2026-12-18"),
        ("TT-CAB-CLU", "Clutch cable 1.5 m", 150, "EA", "185.00", "2026-12-18"),
        ("TT-LMP-12V", "Headlamp 12V 35/35W", 60, "EA", "310.00", "2026-12-18"),
    ])
    txt = ("\u0e40\u0e23\u0e35\u0e22\u0e19 \u0e04\u0e38\u0e13 Maren\n\n"
           "\u0e02\u0e2d\u0e1a\u0e04\u0e38\u0e13\u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e43\u0e1a\u0e2a\u0e31\u0e48\u0e07\u0e0b\u0e37\u0e49\u0e2d\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48 4500031121 "
           "\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17\u0e2f \u0e02\u0e2d\u0e22\u0e37\u0e19\u0e22\u0e31\u0e19\u0e14\u0e31\u0e07\u0e19\u0e35\u0e49\n"
           "1. TT-BRK-SHOE \u0e0a\u0e38\u0e14\u0e1c\u0e49\u0e32\u0e40\u0e1a\u0e23\u0e01\u0e2b\u0e25\u0e31\u0e07 \u0e08\u0e33\u0e19\u0e27\u0e19 100 \u0e0a\u0e38\u0e14 \u0e23\u0e32\u0e04\u0e32 420.00 \u0e1a\u0e32\u0e17\n"
           "2. TT-CAB-CLU \u0e2a\u0e32\u0e22\u0e04\u0e25\u0e31\u0e15\u0e0a\u0e4c 1.5 \u0e21. \u0e08\u0e33\u0e19\u0e27\u0e19 150 \u0e40\u0e2a\u0e49\u0e19 \u0e23\u0e32\u0e04\u0e32 185.00 \u0e1a\u0e32\u0e17\n"
           "3. TT-LMP-12V \u0e44\u0e1f\u0e2b\u0e19\u0e49\u0e32 12V \u0e08\u0e33\u0e19\u0e27\u0e19 60 \u0e14\u0e27\u0e07 \u0e23\u0e32\u0e04\u0e32 310.00 \u0e1a\u0e32\u0e17\n"
           "\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e2a\u0e48\u0e07\u0e2a\u0e34\u0e19\u0e04\u0e49\u0e32\u0e17\u0e38\u0e01\u0e23\u0e32\u0e22\u0e01\u0e32\u0e23 \u0e27\u0e31\u0e19\u0e17\u0e35\u0e48 18/12/2569\n\n"
           "\u0e02\u0e2d\u0e41\u0e2a\u0e14\u0e07\u0e04\u0e27\u0e32\u0e21\u0e19\u0e31\u0e1a\u0e16\u0e37\u0e2d\n\u0e2a\u0e21\u0e0a\u0e32\u0e22 \u0e43\u0e08\u0e14\u0e35\n"
           "\u0e1d\u0e48\u0e32\u0e22\u0e02\u0e32\u0e22 Siam Three-Wheel Parts Co., Ltd.\n\u0e42\u0e17\u0e23 02-123-4567")
    eml = mail(po, ("Somchai Jaidee", "somchai@siam3wheel.example"), "2026-11-11 10:44:05 +0700", txt,
               client="outlook", charset="tis-620", cte="base64")
    return [po], eml, EXP("confirmation",
                          "Buddhist era 2569 - 543 = 2026: 18/12/2569 = 2026-12-18, equal to the requested date; qty and prices as ordered, so all accepted.",
                          conf(po, {}))


@case("koi-food-won-prices-ko", "confirmation/ko-KR",
      "EUC-KR Korean reply with prices like '132,000원' (thousands separators, no decimals) on a KRW PO, one price change and one line refused.")
def c_koi_ko():
    s = sup("HANBIT", "Hanbit Aqua Feed Co.", "sales@hanbitaqua.example", "ko-KR")
    po = PO("4500031122", s, "KRW", "2026-11-09", [
        ("KF-HB-SPR", "Koi food spirulina 5 mm, 10 kg bag", 50, "EA", "128000", "2026-12-11"),
        ("KF-HB-COL", "Koi colour enhancer 3 mm, 2.5 kg tub", 80, "EA", "46500", "2026-12-11"),
        ("KF-SCOOP", "Feeding scoop 250 ml", 100, "EA", "3200", "2026-12-11"),
    ])
    txt = ("Maren \ub2d8 \uc548\ub155\ud558\uc138\uc694,\n\n"
           "\ubc1c\uc8fc\uc11c 4500031122 \ud655\uc778\ud588\uc2b5\ub2c8\ub2e4. \uc544\ub798\uc640 \uac19\uc774 \ud655\uc815\ud569\ub2c8\ub2e4.\n\n"
           "1. KF-HB-SPR \uc2a4\ud53c\ub8e8\ub9ac\ub098 5mm 10kg: 50\ud3ec, \ub2e8\uac00 132,000\uc6d0, \ub0a9\uae30 2026\ub144 12\uc6d4 11\uc77c\n"
           "2. KF-HB-COL \uc0c9\uc0c1\uac15\ud654 3mm: 80\ud1b5, \ub2e8\uac00 46,500\uc6d0, \ub0a9\uae30 2026\ub144 12\uc6d4 11\uc77c\n"
           "3. KF-SCOOP \uacc4\ub7c9 \uc2a4\ud47c: \uc7ac\uace0 \ubd80\uc871\uc73c\ub85c \uacf5\uae09\uc774 \ubd88\uac00\ud569\ub2c8\ub2e4.\n\n"
           "\uac10\uc0ac\ud569\ub2c8\ub2e4.\n\uae40\uc9c0\ud6c8 \ub4dc\ub9bc\n\ud55c\ube5b\uc544\ucfe0\uc544\ud53c\ub4dc \uc601\uc5c5\ud300 | \uc804\ud654 031-8041-2270")
    eml = mail(po, ("\uae40\uc9c0\ud6c8", "jihoon.kim@hanbitaqua.example"), "2026-11-12 14:30:51 +0900", txt,
               client="outlook", charset="euc-kr", cte="base64", prefix="RE: ")
    return [po], eml, EXP("confirmation",
                          "KRW prices '132,000원' = 132000 (comma is a thousands separator): line 1 price up from 128000; line 2 as ordered (46,500원, 11 Dec); line 3 cannot be supplied (재고 부족) = rejected.",
                          conf(po, {1: C(50, "132000", "2026-12-11"), 2: "A", 3: "R"}))


@case("water-valves-arabic-indic-date-ae", "confirmation/ar-AE",
      "Arabic right-to-left reply whose delivery date is written in Arabic-Indic digits (١٨/١٢/٢٠٢٦) while prices use Western digits.")
def c_valves_ae():
    s = sup("GULFWW", "Gulf Waterworks Valves LLC", "sales@gulfwwvalves.example", "ar-AE")
    po = PO("4500031123", s, "AED", "2026-11-09", [
        ("WTV-ALT-200", "Altitude valve DN200 for elevated water tank, PN16", 2, "EA", "14800.00", "2026-12-16"),
        ("WTV-BFV-250", "Butterfly valve DN250 with 24V actuator", 3, "EA", "6950.00", "2026-12-16"),
    ], buyer="jd")
    txt = ("\u0627\u0644\u0633\u064a\u062f \u064a\u0648\u0646\u0627\u0633 \u0627\u0644\u0645\u062d\u062a\u0631\u0645\u060c\n\n"
           "\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c\n\n"
           "\u0646\u0624\u0643\u062f \u0644\u0643\u0645 \u0627\u0633\u062a\u0644\u0627\u0645 \u0623\u0645\u0631 \u0627\u0644\u0634\u0631\u0627\u0621 \u0631\u0642\u0645 4500031123 \u0648\u0646\u0624\u0643\u062f \u0627\u0644\u062a\u0648\u0631\u064a\u062f \u0643\u0645\u0627 \u064a\u0644\u064a:\n"
           "- \u0627\u0644\u0628\u0646\u062f 1: \u0635\u0645\u0627\u0645 \u0627\u0631\u062a\u0641\u0627\u0639 DN200 - \u0627\u0644\u0643\u0645\u064a\u0629 2 - \u0627\u0644\u0633\u0639\u0631 14,800.00 \u062f\u0631\u0647\u0645\n"
           "- \u0627\u0644\u0628\u0646\u062f 2: \u0635\u0645\u0627\u0645 \u0641\u0631\u0627\u0634\u0629 DN250 - \u0627\u0644\u0643\u0645\u064a\u0629 3 - \u0627\u0644\u0633\u0639\u0631 6,950.00 \u062f\u0631\u0647\u0645\n"
           "\u0645\u0648\u0639\u062f \u0627\u0644\u062a\u0633\u0644\u064a\u0645 \u0644\u0644\u0628\u0646\u062f\u064a\u0646: \u0661\u0668/\u0661\u0662/\u0662\u0660\u0662\u0666\n\n"
           "\u0645\u0639 \u062e\u0627\u0644\u0635 \u0627\u0644\u062a\u062d\u064a\u0627\u062a\u060c\n\u0623\u062d\u0645\u062f \u0627\u0644\u0645\u0646\u0635\u0648\u0631\u064a\n"
           "Gulf Waterworks Valves LLC | Jebel Ali Free Zone, Dubai | +971 4 881 2233")
    eml = mail(po, ("Ahmed Al Mansoori", "ahmed.m@gulfwwvalves.example"), "2026-11-15 11:08:37 +0400", txt,
               client="outlook", charset="utf-8", cte="base64", rtl=True)
    return [po], eml, EXP("confirmation",
                          "Delivery date in Arabic-Indic digits ١٨/١٢/٢٠٢٦ = 2026-12-18 for both lines (requested 16 Dec); quantities and prices (14,800.00 / 6,950.00) as ordered.",
                          conf(po, {1: C(2, "14800.00", "2026-12-18"), 2: C(3, "6950.00", "2026-12-18")}))


@case("mushroom-spawn-pengiriman-id", "confirmation/id-ID",
      "Indonesian 'pengiriman tanggal 18 Desember 2026' stated once after the list; rupiah prices with dot thousands separators (Rp 18.500).")
def c_mushroom_id():
    s = sup("JAMURL", "CV Jamur Lestari", "penjualan@jamurlestari.example", "id-ID")
    po = PO("4500031124", s, "IDR", "2026-11-09", [
        ("BIB-TIRAM-F2", "Oyster mushroom spawn F2, 1 kg baglog", 500, "EA", "18500", "2026-12-15"),
        ("BIB-KUPING-F2", "Wood ear mushroom spawn F2, 1 kg baglog", 300, "EA", "21000", "2026-12-15"),
    ])
    txt = ("Yth. Ibu Maren,\n\nTerima kasih atas PO 4500031124. Kami konfirmasi pesanan sebagai berikut:\n"
           "1. Bibit jamur tiram F2 - 500 baglog @ Rp 18.500\n"
           "2. Bibit jamur kuping F2 - 300 baglog @ Rp 21.000\n\n"
           "pengiriman tanggal 18 Desember 2026 untuk semua item.\n\n"
           "Salam,\nDewi Anggraini\nCV Jamur Lestari\nJl. Raya Lembang No. 88, Bandung Barat\nTelp. (022) 278 1144")
    eml = mail(po, ("Dewi Anggraini", "dewi@jamurlestari.example"), "2026-11-16 09:51:22 +0700", txt,
               client="gmail", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "Rp 18.500 and Rp 21.000 equal the PO prices (dots are thousands separators); shipment date 18 Desember 2026 (requested 15 Dec) for both lines.",
                          conf(po, {1: C(500, "18500", "2026-12-18"), 2: C(300, "21000", "2026-12-18")}))


@case("dental-trays-hebrew-he", "confirmation/he-IL",
      "Hebrew windows-1255 right-to-left text: lines 1 and 2 confirmed together with '18.12.2026', line 3 out of stock.")
def c_dental_he():
    s = sup("GALILDENT", "Galil Dental Supplies Ltd", "orders@galildental.example", "he-IL")
    po = PO("4500031125", s, "ILS", "2026-11-10", [
        ("IMP-MTL-U2", "Metal impression tray upper, size 2, perforated", 60, "EA", "42.00", "2026-12-18"),
        ("IMP-MTL-L2", "Metal impression tray lower, size 2, perforated", 60, "EA", "42.00", "2026-12-18"),
        ("IMP-ALG-500", "Alginate 500 g bag, fast set", 100, "EA", "29.50", "2026-12-18"),
    ])
    txt = ("\u05e9\u05dc\u05d5\u05dd \u05de\u05e8\u05df,\n\n"
           "\u05ea\u05d5\u05d3\u05d4 \u05e2\u05dc \u05d4\u05d4\u05d6\u05de\u05e0\u05d4 4500031125.\n"
           "\u05e9\u05d5\u05e8\u05d5\u05ea 1 \u05d5-2 \u05de\u05d0\u05d5\u05e9\u05e8\u05d5\u05ea: 60 \u05d9\u05d7' \u05db\u05dc \u05d0\u05d7\u05ea, 42.00 \u05e9\"\u05d7 \u05dc\u05d9\u05d7\u05d9\u05d3\u05d4, \u05d0\u05e1\u05e4\u05e7\u05d4 18.12.2026.\n"
           "\u05e9\u05d5\u05e8\u05d4 3 (\u05d0\u05dc\u05d2\u05d9\u05e0\u05d8) - \u05d0\u05d9\u05df \u05d1\u05de\u05dc\u05d0\u05d9, \u05dc\u05d0 \u05e0\u05d5\u05db\u05dc \u05dc\u05e1\u05e4\u05e7.\n\n"
           "\u05d1\u05d1\u05e8\u05db\u05d4,\n\u05d9\u05e2\u05dc \u05db\u05d4\u05df\n"
           "\u05d2\u05dc\u05d9\u05dc \u05e6\u05d9\u05d5\u05d3 \u05d3\u05e0\u05d8\u05dc\u05d9 \u05d1\u05e2\"\u05de | \u05d8\u05dc' 04-6901234")
    eml = mail(po, ("Yael Cohen", "yael@galildental.example"), "2026-11-17 13:12:40 +0200", txt,
               client="outlook", charset="windows-1255", cte="quoted-printable", rtl=True)
    return [po], eml, EXP("confirmation",
                          "Lines 1 and 2 confirmed together: 60 each at 42.00, delivery 18.12.2026 = PO (accepted); line 3 not in stock, cannot supply = rejected.",
                          conf(po, {3: "R"}))


@case("crampons-toimitus-viikolla51-fi", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 51' (Friday 18 Dec) in one sentence covering both lines, price '34,90 €/pari'.")
def c_crampons_fi():
    s = sup("TUNTURI", "Tunturivaruste Oy", "tilaukset@tunturivaruste.example", "fi-FI")
    po = PO("4500031126", s, "EUR", "2026-11-10", [
        ("CR-TR8-M", "Trail crampon 8-point, size M 39-42", 120, "PAIR", "34.90", "2026-12-11"),
        ("CR-TR8-L", "Trail crampon 8-point, size L 43-46", 80, "PAIR", "34.90", "2026-12-11"),
    ])
    txt = ("Hei Maren,\n\nKiitos tilauksesta 4500031126. Vahvistamme molemmat rivit tilatuin m\u00e4\u00e4rin ja hinnoin "
           "(34,90 \u20ac/pari), toimitus viikolla 51.\n\nYst\u00e4v\u00e4llisin terveisin\nJuha M\u00e4kinen\n"
           "Tunturivaruste Oy, Teollisuustie 5, 96320 Rovaniemi\npuh. 040 123 4567")
    eml = mail(po, ("Juha M\u00e4kinen", "juha.makinen@tunturivaruste.example"), "2026-11-13 12:00:09 +0200", txt,
               client="outlook", lang="fi", charset="iso-8859-15", cte="quoted-printable", prefix="VS: ")
    return [po], eml, EXP("confirmation",
                          "'viikolla 51' = ISO week 51 Friday 2026-12-18 (requested 11 Dec); quantities and price as ordered.",
                          conf(po, {1: C(120, "34.90", "2026-12-18"), 2: C(80, "34.90", "2026-12-18")}))


@case("soap-moulds-partial-vague-rest-sk", "confirmation/sk-SK",
      "Slovak: line 3 only 4 of 10 pcs on a firm date, the other 6 'do konca januára' with no confirmed date, so only the 4 count.")
def c_soap_sk():
    s = sup("FORMYM", "Formy Mydla s.r.o.", "objednavky@formymydla.example", "sk-SK")
    po = PO("4500031127", s, "EUR", "2026-11-10", [
        ("SM-ROSE-6", "Silicone mould rose 6-cavity, 90 g", 300, "EA", "5.80", "2026-12-14"),
        ("SM-GUEST-12", "Guest soap mould 12-cavity, 25 g", 150, "EA", "7.20", "2026-12-14"),
        ("SM-CUT-10", "Soap cutter, 10 wires, 2.5 cm bars", 10, "EA", "64.00", "2026-12-14"),
    ])
    txt = ("Dobr\u00fd de\u0148, pani Holt,\n\n\u010fakujeme za objedn\u00e1vku \u010d. 4500031127.\n\n"
           "Pol. 1 (SM-ROSE-6): 300 ks za 5,80 EUR \u2013 dod\u00e1me 14.12.2026.\n"
           "Pol. 2 (SM-GUEST-12): 150 ks za 7,20 EUR \u2013 dod\u00e1me 14.12.2026.\n"
           "Pol. 3 (SM-CUT-10): moment\u00e1lne m\u00e1me skladom len 4 ks, tie dod\u00e1me 14.12.2026 za 64,00 EUR/ks. "
           "Zvy\u0161n\u00fdch 6 ks sa pok\u00fasime doda\u0165 do konca janu\u00e1ra, presn\u00fd term\u00edn zatia\u013e potvrdi\u0165 nevieme.\n\n"
           "S pozdravom\nJ\u00e1n Horv\u00e1th\nFormy Mydla s.r.o., Priemyseln\u00e1 7, 917 01 Trnava\ntel. +421 33 551 20 40")
    eml = mail(po, ("J\u00e1n Horv\u00e1th", "horvath@formymydla.example"), "2026-11-16 10:27:55 +0100", txt,
               client="thunderbird", charset="windows-1250", cte="quoted-printable", html=False)
    return [po], eml, EXP("confirmation",
                          "Lines 1-2 as ordered. Line 3: only 4 pcs firmly confirmed for 14.12.2026; the remaining 6 'we will try by end of January, cannot confirm a date yet' is not a commitment, so the line is changed to quantity 4 with no schedule.",
                          conf(po, {3: C(4, "64.00", "2026-12-14")}))


@case("glassblowing-substitute-code-ch", "confirmation/de-CH",
      "Line 1 is confirmed with a successor item code (GBP-140-INOX-2) at the same price but a later date; Swiss CHF 1'250.00 apostrophe thousands.")
def c_glass_ch():
    s = sup("HUBERGL", "Glasbl\u00e4serbedarf Huber AG", "verkauf@huber-glas.example", "de-CH")
    po = PO("4500031128", s, "CHF", "2026-11-09", [
        ("GBP-140-INOX", "Blowpipe 140 cm, stainless, 22 mm", 6, "EA", "1250.00", "2026-12-16"),
        ("JAK-200", "Jacks 200 mm, steel", 6, "EA", "385.00", "2026-12-16"),
        ("MRV-150-100", "Graphite marver pad 150x100 mm", 4, "EA", "210.00", "2026-12-16"),
    ])
    txt = ("Gr\u00fcezi Frau Holt\n\nBesten Dank f\u00fcr Ihre Bestellung 4500031128. Gerne best\u00e4tigen wir:\n\n"
           "Pos. 1: Die Glasmacherpfeife GBP-140-INOX wird nicht mehr hergestellt. Wir liefern stattdessen den "
           "Nachfolger GBP-140-INOX-2 (gleiche Masse, verbessertes Mundst\u00fcck), 6 St\u00fcck zum gleichen Preis von "
           "CHF 1'250.00, Liefertermin 18.12.2026.\n"
           "Pos. 2: 6 St\u00fcck \u00e0 CHF 385.00, Liefertermin 16.12.2026.\n"
           "Pos. 3: 4 St\u00fcck \u00e0 CHF 210.00, Liefertermin 16.12.2026.\n\n"
           "Freundliche Gr\u00fcsse\nReto Huber\nGlasbl\u00e4serbedarf Huber AG\nBahnhofstrasse 31, 8500 Frauenfeld\nTel. 052 720 18 44")
    eml = mail(po, ("Reto Huber", "reto.huber@huber-glas.example"), "2026-11-12 16:41:03 +0100", txt,
               client="outlook", lang="de", charset="iso-8859-1", cte="quoted-printable", prefix="AW: ")
    return [po], eml, EXP("confirmation",
                          "Substitute item: the supplier unconditionally commits to deliver the line with the successor code (no approval asked); FORMAT.md labels only quantity/price/date, so line 1 is a confirmed line: 6 at 1250.00 on 2026-12-18 (later than 16 Dec) = changed. Lines 2-3 as ordered.",
                          conf(po, {1: C(6, "1250.00", "2026-12-18")}))


@case("planetarium-question-it", "needs_review/it-IT",
      "Italian reply asks which power-supply version (230 V or 24 V battery, +340,00 €) we want before confirming; numbers abound but nothing is committed.")
def c_planet_it():
    s = sup("ASTROTEC", "Astrotecnica Italiana S.r.l.", "ordini@astrotecnica.example", "it-IT")
    po = PO("4500031129", s, "EUR", "2026-11-10", [
        ("PLN-MINI-3M", "Portable planetarium projector for 3 m dome, 24V", 3, "EA", "6200.00", "2026-12-18"),
        ("LNS-FE-180", "Fisheye lens 180 deg, f/2.8", 3, "EA", "1890.00", "2026-12-18"),
    ])
    txt = ("Gentile Maren,\n\ngrazie per l'ordine 4500031129. Prima di confermare abbiamo bisogno di un chiarimento: "
           "il proiettore PLN-MINI-3M \u00e8 disponibile sia con alimentatore 230 V sia con batteria a 24 V "
           "(+ 340,00 \u20ac cad.). Quale versione desiderate? Per l'obiettivo fisheye non ci sono problemi.\n\n"
           "Appena ricevuta la vostra risposta vi invieremo la conferma d'ordine con la data di consegna.\n\n"
           "Cordiali saluti\nGiulia Rinaldi\nUfficio commerciale\nAstrotecnica Italiana S.r.l. - Via dell'Artigianato 14, 35010 Vigonza (PD)\n"
           "Tel. +39 049 809 5521")
    eml = mail(po, ("Giulia Rinaldi", "g.rinaldi@astrotecnica.example"), "2026-11-11 11:35:12 +0100", txt,
               client="outlook", lang="it", charset="windows-1252", cte="quoted-printable", prefix="R: ")
    return [po], eml, EXP("needs_review",
                          "A question (230 V or 24 V battery version?) before confirming; the order confirmation with delivery dates is promised later. 'no problems with the fisheye lens' gives no date or commitment.")


@case("weather-balloons-exchange-ndr", "bounce/de-AT",
      "Exchange NDR (mailbox full, 5.2.2) with a text+HTML notice, delivery-status block and our original request attached as message/rfc822.")
def c_balloons_ndr():
    s = sup("ALPENB", "Alpenballon Meteotechnik GmbH", "bestellung@alpenballon.example", "de-AT")
    po = PO("4500031130", s, "EUR", "2026-11-11", [
        ("WB-350-RED", "Pilot balloon 350 g, red", 200, "EA", "21.40", "2026-12-11"),
        ("RSD-GPS-24", "Radiosonde GPS, 24 h battery", 20, "EA", "245.00", "2026-12-11"),
    ])
    txt = ("Delivery has failed to these recipients or groups:\n\nbestellung@alpenballon.example\n"
           "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, "
           "or contact the recipient directly.\n\n\nDiagnostic information for administrators:\n\n"
           "Generating server: AM9PR03MB7712.eurprd03.prod.outlook.com\n\nbestellung@alpenballon.example\n"
           "mx01.alpenballon.example\nRemote Server returned '552 5.2.2 mailbox full; quota exceeded'\n\n"
           "Original message headers:\n\nFrom: Maren Holt <maren.holt@halden-supply.example>\n"
           "Subject: PO 4500031130 - please confirm\nDate: Wed, 11 Nov 2026 09:12:40 +0100\n")
    hp = text_part("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to "
                   "bestellung@alpenballon.example couldn't be delivered.</font></b></p><p>The recipient's mailbox is full "
                   "and can't accept messages now.</p><p>Status code: 552 5.2.2</p></body></html>", "html", "us-ascii", "7bit")
    eml = dsn(po, "2026-11-11 09:13:20 +0100", "AM9PR03MB7712.eurprd03.prod.outlook.com", txt, "5.2.2",
              "552 5.2.2 mailbox full; quota exceeded",
              frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-supply.example>",
              subject="Undeliverable: PO 4500031130 - please confirm", mid_domain="AM9PR03MB7712.eurprd03.prod.outlook.com",
              seed="ndr-balloon", html_part=hp,
              extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("In-Reply-To", po["request_message_id"]),
                     ("References", po["request_message_id"])])
    return [po], eml, EXP("bounce",
                          "Exchange non-delivery report (mailbox full); the attached original is our own request, threaded on the request Message-ID.")


@case("bus-seat-fabric-newsletter-es", "unrelated/es-ES",
      "HTML-only Spanish newsletter from the supplier's marketing address with 2027 fabrics, '18,90 €/m' prices and delivery-time claims.")
def c_busseat_es():
    s = sup("TAPILEV", "Tapicer\u00edas Levante S.L.", "pedidos@tapiceriaslevante.example", "es-ES")
    po = PO("4500031131", s, "EUR", "2026-11-09", [
        ("TL-MOQ-AZ-140", "Bus seat moquette blue, 140 cm", 300, "M", "17.50", "2026-12-18"),
    ])
    inner = ("<table width=\"640\" align=\"center\" style=\"font-family:Helvetica,Arial\"><tr><td>"
             "<h1 style=\"color:#00457c\">Novedades 2027 en tapicer\u00eda para autob\u00fas</h1>"
             "<p>Presentamos la colecci\u00f3n <b>Ruta 2027</b>: moquetas ign\u00edfugas de 140 cm seg\u00fan ECE R118, "
             "desde <b>18,90 \u20ac/m</b>. Plazo de entrega habitual: 3 semanas.</p>"
             "<p>Pedidos antes del 18/12/2026 con un 5 % de descuento.</p>"
             "<p>Vis\u00edtenos en FITUR, Madrid, del 20 al 24 de enero de 2027, stand 8C14.</p>"
             "<p style=\"font-size:10px;color:#777\">Tapicer\u00edas Levante S.L. - Pol. Ind. El Colado, 46880 Bocairent (Valencia). "
             "Ha recibido este correo porque es cliente. <a href=\"https://tapiceriaslevante.example/baja\">Darse de baja</a></p>"
             "</td></tr></table>")
    body = text_part(html_wrap(inner, "iso-8859-15", style="other"), "html", "iso-8859-15", "quoted-printable")
    eml = simple([("From", "Tapicer\u00edas Levante <marketing@tapiceriaslevante.example>".replace("\u00ed", "i")),
                  ("To", "maren.holt@halden-supply.example"),
                  ("Subject", ew("Novedades 2027: nuevas tapicer\u00edas para autob\u00fas", "iso-8859-1", "Q")),
                  ("Date", rfcdate("2026-11-18 10:00:00 +0100")),
                  ("Message-ID", "<nl.2027-11.8c14.77120@news.tapiceriaslevante.example>"),
                  ("List-Unsubscribe", "<https://tapiceriaslevante.example/baja>"), ("Precedence", "bulk")], body)
    return [po], eml, EXP("unrelated",
                          "Marketing newsletter from the supplier (collection 2027, prices from 18,90 €/m, '18/12/2026' promo deadline); not an answer about PO 4500031131.")


@case("chopsticks-sjis-table-ja", "confirmation/ja-JP",
      "Shift_JIS Japanese reply with yyyy/mm/dd dates, '1,850円' prices and one line split (120 now, 80 in January written 2027/1/15).")
def c_chopsticks_ja():
    s = sup("WAKASA", "Wakasa Nuri Hashi K.K.", "sales@wakasa-hashi.example", "ja-JP")
    po = PO("4500031132", s, "JPY", "2026-11-09", [
        ("WH-23-BLK", "Wakasa lacquer chopsticks 23 cm, black, gift box", 200, "SET", "1850", "2026-12-14"),
        ("WH-21-RED", "Wakasa lacquer chopsticks 21 cm, red", 200, "SET", "1650", "2026-12-14"),
        ("WH-KIDS-18", "Children's chopsticks 18 cm, 3/8 grip", 300, "PAIR", "720", "2026-12-14"),
    ])
    txt = ("Halden Supply Group\nMaren Holt \u69d8\n\n"
           "\u3044\u3064\u3082\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002\u82e5\u72ed\u5857\u7bb8\u306e\u5c71\u7530\u3067\u3059\u3002\n"
           "\u3054\u6ce8\u6587\u66f8 4500031132 \u306b\u3064\u304d\u307e\u3057\u3066\u3001\u4e0b\u8a18\u306e\u901a\u308a\u3054\u56de\u7b54\u3044\u305f\u3057\u307e\u3059\u3002\n\n"
           "No.1 WH-23-BLK 23cm \u9ed2 200\u30bb\u30c3\u30c8 \u5358\u4fa1 1,850\u5186 \u7d0d\u671f 2026/12/11\n"
           "No.2 WH-21-RED 21cm \u8d64 120\u30bb\u30c3\u30c8 \u5358\u4fa1 1,650\u5186 \u7d0d\u671f 2026/12/11\u3001\u6b8b\u308a80\u30bb\u30c3\u30c8\u306f 2027/1/15\n"
           "No.3 WH-KIDS-18 \u5b50\u4f9b\u7bb8 300\u81b3 \u5358\u4fa1 780\u5186 \u7d0d\u671f 2026/12/11\n\n"
           "\u4f55\u5352\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u7533\u3057\u4e0a\u3052\u307e\u3059\u3002\n\n"
           "\u5c71\u7530 \u82b1\u5b50\n\u82e5\u72ed\u5857\u7bb8\u682a\u5f0f\u4f1a\u793e \u55b6\u696d\u90e8\n"
           "\u3012917-0241 \u798f\u4e95\u770c\u5c0f\u6d5c\u5e02\u9060\u6577 5-1\nTEL 0770-56-0123")
    eml = mail(po, ("\u5c71\u7530 \u82b1\u5b50", "h.yamada@wakasa-hashi.example"), "2026-11-12 17:55:31 +0900", txt,
               client="outlook", charset="shift_jis", cte="base64", html=False)
    return [po], eml, EXP("confirmation",
                          "Line 1 earlier (2026-12-11); line 2 split 120 on 2026-12-11 + 80 on 2027-01-15 (2027/1/15 without zero padding); line 3 new price 780 (PO 720) and 2026-12-11.",
                          conf(po, {1: C(200, "1850", "2026-12-11"),
                                    2: C(200, "1650", "2027-01-15", [(120, "2026-12-11"), (80, "2027-01-15")]),
                                    3: C(300, "780", "2026-12-11")}))


@case("koi-food-vietnamese-vn", "confirmation/vi-VN",
      "Vietnamese reply with decimal-comma USD prices (53,50 USD) and dd/mm/yyyy dates; one price rise, one line as ordered.")
def c_koi_vn():
    s = sup("SGKOI", "Saigon Koi Feed Co., Ltd.", "sales@saigonkoifeed.example", "vi-VN")
    po = PO("4500031133", s, "USD", "2026-11-10", [
        ("SKF-GRW-4", "Koi growth feed 4 mm, 5 kg bag", 400, "EA", "14.60", "2026-12-21"),
        ("SKF-HIP-6", "Koi high-protein feed 6 mm, 20 kg bag", 100, "EA", "52.00", "2026-12-21"),
    ])
    txt = ("Ch\u00e0o ch\u1ecb Maren,\n\nC\u1ea3m \u01a1n ch\u1ecb \u0111\u00e3 \u0111\u1eb7t h\u00e0ng PO 4500031133. B\u00ean em x\u00e1c nh\u1eadn nh\u01b0 sau:\n"
           "- D\u00f2ng 1: 400 bao th\u1ee9c \u0103n 4 mm, \u0111\u01a1n gi\u00e1 14,60 USD, giao h\u00e0ng ng\u00e0y 21/12/2026.\n"
           "- D\u00f2ng 2: 100 bao 20 kg, \u0111\u01a1n gi\u00e1 53,50 USD (gi\u00e1 nguy\u00ean li\u1ec7u t\u0103ng), giao h\u00e0ng ng\u00e0y 21/12/2026.\n\n"
           "Tr\u00e2n tr\u1ecdng,\nNguy\u1ec5n Th\u1ecb Lan\nSaigon Koi Feed Co., Ltd. - KCN T\u00e2n B\u00ecnh, TP. H\u1ed3 Ch\u00ed Minh\n"
           "\u0110T: +84 28 3815 6677")
    eml = mail(po, ("Nguy\u1ec5n Th\u1ecb Lan", "lan.nguyen@saigonkoifeed.example"), "2026-11-18 09:40:12 +0700", txt,
               client="gmail", cte="quoted-printable", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "Decimal commas: 14,60 USD = PO (accepted, 21/12/2026 = requested); line 2 53,50 USD instead of 52.00.",
                          conf(po, {2: C(100, "53.50", "2026-12-21")}))


@case("lace-pins-inline-answers-fr-be", "confirmation/fr-BE",
      "Answers typed inline under each quoted PO row ('OK, livraison le 9/12'), a date without year, a new price per box and a line refused.")
def c_lace_be():
    s = sup("DENTFUS", "Dentelles & Fuseaux SRL", "commandes@dentelles-fuseaux.example", "fr-BE")
    po = PO("4500031134", s, "EUR", "2026-11-10", [
        ("PIN-BR-30", "Lace pins brass 30 x 0.6 mm, 50 g box", 60, "BOX", "7.90", "2026-12-11"),
        ("PIN-GLH-34", "Glass-head lace pins 34 mm, 100/box", 40, "BOX", "12.50", "2026-12-11"),
        ("PILL-45-CK", "Lace pillow 45 cm, cookie type", 8, "EA", "96.00", "2026-12-11"),
    ])
    txt = inline_text(po, "Bonjour Madame Holt,\n\nVoir nos r\u00e9ponses ci-dessous en ligne.",
                      {1: ">>> OK, livraison le 9/12", 2: ">>> OK mais 12,90 \u20ac la bo\u00eete (nouveau tarif), livraison le 9/12",
                       3: ">>> Rupture chez notre fabricant, nous ne pouvons pas livrer ce coussin."},
                      "Bien \u00e0 vous,\nIsabelle Lambotte\nDentelles & Fuseaux SRL - Rue Hors-Ch\u00e2teau 61, 4000 Li\u00e8ge - 04 223 18 07",
                      lang="fr", style="thunderbird")
    eml = mail(po, ("Isabelle Lambotte", "i.lambotte@dentelles-fuseaux.example"), "2026-11-13 14:06:58 +0100", txt,
               client="thunderbird", charset="windows-1252", cte="quoted-printable", quote=False, html=False)
    return [po], eml, EXP("confirmation",
                          "Inline answers under quoted rows: '9/12' without year (mail 13 Nov 2026) = 2026-12-09; line 2 also 12,90 per box (PO unit BOX); line 3 refused.",
                          conf(po, {1: C(60, "7.90", "2026-12-09"), 2: C(40, "12.90", "2026-12-09"), 3: "R"}))


@case("pet-clippers-three-pos-one-answered-br", "confirmation/pt-BR",
      "Three open POs from the same supplier; the reply answers only 4500031136, mentions 4500031135 as 'still checking' (left out) and ignores the third; a +5% change.")
def c_clippers_br():
    s = sup("TOSAPRO", "Tosa Pro Equipamentos Ltda.", "vendas@tosapro.example", "pt-BR")
    pa = PO("4500031135", s, "USD", "2026-11-02", [
        ("CLP-PRO-5", "Clipper Pro 5-speed, 110/220V", 20, "EA", "118.00", "2026-12-10"),
        ("BLD-7F-32", "Blade 7F, 3.2 mm", 40, "EA", "21.50", "2026-12-10"),
    ])
    pb = PO("4500031136", s, "USD", "2026-11-06", [
        ("CMB-SET-8", "Guide comb set 8 pcs, 3-25 mm", 60, "SET", "14.20", "2026-12-18"),
        ("OIL-BLD-100", "Blade oil 100 ml", 120, "EA", "2.80", "2026-12-18"),
        ("CLP-CRD-2", "Cordless trimmer, 2-speed", 30, "EA", "46.00", "2026-12-18"),
    ])
    pc = PO("4500031137", s, "USD", "2026-11-09", [
        ("TBL-GRM-9060", "Grooming table 90x60 cm, hydraulic", 4, "EA", "395.00", "2027-01-15"),
    ])
    txt = ("Ol\u00e1 Maren,\n\nSegue a confirma\u00e7\u00e3o do pedido 4500031136: todos os itens confirmados conforme o pedido, "
           "exceto o aparador sem fio CLP-CRD-2, que teve reajuste de 5% (novo pre\u00e7o US$ 48,30). "
           "Entrega de todos os itens em 18/12/2026.\n\n"
           "Sobre o pedido 4500031135 ainda estamos verificando com a f\u00e1brica e retornamos at\u00e9 sexta-feira.\n\n"
           "Atenciosamente,\nRafael Costa\nTosa Pro Equipamentos Ltda.\nRua Dom Pedro II, 1450 - Campinas/SP\n+55 19 3232-4410")
    eml = mail(pb, ("Rafael Costa", "rafael.costa@tosapro.example"), "2026-11-17 15:22:10 -0300", txt,
               client="gmail", lang="pt", cte="quoted-printable", prefix="Re: ")
    return [pa, pb, pc], eml, EXP("confirmation",
                                  "Only PO 4500031136 is answered: lines 1-2 as ordered (18/12/2026 = requested), line 3 +5% = 46.00 x 1.05 = 48.30. PO 4500031135 is only mentioned ('still checking') and 4500031137 not at all, so both are left out.",
                                  conf(pb, {3: C(30, "48.30", "2026-12-18")}))


@case("quilting-cotton-positions-lv", "confirmation/lv-LV",
      "Latvian ISO-8859-13 per-position list; third position moves to '2027. gada 8. janvārī' (Latvian long date) with a new price.")
def c_quilting_lv():
    s = sup("RIGTEKS", "SIA R\u012bgas Tekstils", "pasutijumi@rigastekstils.example", "lv-LV")
    po = PO("4500031138", s, "EUR", "2026-11-10", [
        ("QC-LIN-150", "Quilting cotton-linen 150 cm, natural", 300, "M", "8.90", "2026-12-17"),
        ("QC-BAT-8020", "Cotton batting 80/20, 2.4 m wide", 120, "M", "6.40", "2026-12-17"),
        ("QC-THR-500", "Quilting thread 500 m, 40/3", 200, "EA", "3.10", "2026-12-17"),
    ])
    txt = ("Labdien, Maren!\n\nApstiprin\u0101m pas\u016bt\u012bjumu Nr. 4500031138:\n"
           "1. poz. - 300 m, 8,90 EUR/m, pieg\u0101de 17.12.2026.\n"
           "2. poz. - 120 m, 6,40 EUR/m, pieg\u0101de 17.12.2026.\n"
           "3. poz. - 200 gab., 3,25 EUR/gab., pieg\u0101de 2027. gada 8. janv\u0101r\u012b.\n\n"
           "Ar cie\u0146u\nIlze B\u0113rzi\u0146a\nSIA R\u012bgas Tekstils, Krasta iela 52, R\u012bga, LV-1003\nt\u0101lr. +371 67 123 456")
    eml = mail(po, ("Ilze B\u0113rzi\u0146a", "ilze.berzina@rigastekstils.example"), "2026-11-19 10:15:00 +0200", txt,
               client="thunderbird", charset="iso-8859-13", cte="quoted-printable", html=False)
    return [po], eml, EXP("confirmation",
                          "Positions 1-2 as ordered; position 3 price 3,25 (PO 3.10) and delivery '2027. gada 8. janvārī' = 2027-01-08.",
                          conf(po, {3: C(200, "3.25", "2027-01-08")}))
