"""Cases 001-018: confirmations with the required locale phrases."""
import datetime as dt

from . import mime as M
from . import pdf as P
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, reply, mdate, assert_wd, week_fri,
                     req_text, outlook_block, pdf_att, buyer)


@case("hr-trellis-wire-isporuka", "confirmation/hr-HR",
      "Croatian date with trailing ordinal dot 'isporuka 17.12.2026.' moves all three lines; qty and price unchanged")
def c_hr(slug):
    sup = S("ZICASL", "Žica Slavonija d.o.o.", "prodaja@zica-slavonija.example", "hr-HR")
    po = PO("4500031801", sup, "trellis", "EUR", "2026-11-03", [
        L("TW-ZA-25", "Trellis wire Zn-Al 2.5 mm, 25 kg coil (approx. 650 m)", 40, "ROL", "48.90", "2026-12-10"),
        L("TW-ZA-20", "Trellis wire Zn-Al 2.0 mm, 25 kg coil (approx. 1000 m)", 24, "ROL", "51.20", "2026-12-10"),
        L("GRP-1218", "Wire joiner medium 2.0-3.25 mm, box of 20", 10, "BOX", "31.40", "2026-12-10"),
    ])
    body = ("Poštovana gospođo Ruiz,\n\n"
            "zahvaljujemo na narudžbi 4500031801.\n"
            "Potvrđujemo sve tri stavke u naručenim količinama i po navedenim cijenama, "
            "isporuka 17.12.2026. (ranije nije moguće zbog godišnje inventure skladišta).\n\n"
            "Molimo potvrdite adresu isporuke ako se razlikuje od one u narudžbi.\n")
    sig = ("Lijep pozdrav / Best regards\n\nIvana Kovačević\nProdaja | Žica Slavonija d.o.o.\n"
           "Industrijska zona 7, 31000 Osijek, Hrvatska\nTel. +385 31 555 218 | Mob. +385 98 555 4471\n\n"
           "Ova poruka i prilozi namijenjeni su isključivo primatelju. Ako ste je primili greškom, "
           "obavijestite pošiljatelja i izbrišite je.")
    eml = reply(po, slug=slug, date=mdate("2026-11-10 08:42", "+0100"), body=body, sig=sig, lang="hr",
                client="outlook", cs="windows-1250", hcs="windows-1250", frm=("Ivana Kovačević", sup["email"]))
    d = "2026-12-17"
    exp = conf("Croatian 'isporuka 17.12.2026.' (ordinal dot after the year) applies to all three lines; "
               "quantities and prices as ordered, only the date moves from 10.12. to 17.12.",
               (po, {1: chg(40, "48.90", d), 2: chg(24, "51.20", d), 3: chg(10, "31.40", d)}))
    return [po], eml, exp


@case("sr-cyrillic-salt-spreader", "confirmation/sr-RS",
      "Serbian Cyrillic, base64 UTF-8, date without year 'испорука 17. децембра' must be placed in 2026")
def c_sr(slug):
    sup = S("AGROMEH", "Agromehanika d.o.o.", "prodaja@agromehanika-rs.example", "sr-RS")
    po = PO("4500031822", sup, "salt", "EUR", "2026-11-04", [
        L("RS-1200-12V", "Tow-behind salt spreader 1.2 m3, 12V spinner drive", 2, "EA", "4860.00", "2026-12-11"),
        L("RS-SP-450", "Spinner disc 450 mm, stainless, for RS-1200", 4, "EA", "212.00", "2026-12-11"),
    ])
    body = ("Поштована госпођо Лунд,\n\n"
            "хвала на поруџбини 4500031822.\n\n"
            "Потврђујемо обе ставке по наведеним ценама и количинама, испорука 17. децембра "
            "(паритет DAP Харогејт). Посипач RS-1200 испоручујемо са упутством на енглеском језику.\n")
    sig = ("Срдачан поздрав,\nМилан Јовановић\nКомерцијала | Агромеханика д.о.о.\n"
           "Булевар ослобођења 112, 21000 Нови Сад, Србија\n+381 21 555 4471")
    eml = reply(po, slug=slug, date=mdate("2026-11-11 14:07", "+0100"), body=body, sig=sig, lang="sr",
                client="gmail", cs="utf-8", cte="base64", frm=("Милан Јовановић", sup["email"]))
    d = "2026-12-17"
    exp = conf("Cyrillic 'испорука 17. децембра' has no year: next 17 December after the 11 Nov mail = "
               "2026-12-17; both lines otherwise as ordered.",
               (po, {1: chg(2, "4860.00", d), 2: chg(4, "212.00", d)}))
    return [po], eml, exp


@case("sk-pipette-tips-tyzden-51", "confirmation/sk-SK",
      "'dodanie v 51. týždni' is ISO week 51 -> Friday 18.12.2026; third line declined with an offered substitute")
def c_sk(slug):
    sup = S("LABPLSK", "LabPlast Slovakia s.r.o.", "objednavky@labplast.example", "sk-SK")
    po = PO("4500031840", sup, "pipette", "EUR", "2026-11-05", [
        L("PT-200-RK", "Pipette tips 200 µl, racked 10x96, sterile", 50, "BOX", "38.40", "2026-12-11"),
        L("PT-1000-RK", "Pipette tips 1000 µl, racked 10x96, sterile", 40, "BOX", "42.90", "2026-12-11"),
        L("PT-10-FL", "Filter tips 10 µl XL, 10x96, low retention", 20, "BOX", "61.50", "2026-12-11"),
    ])
    body = ("Dobrý deň pani Cho,\n\n"
            "ďakujeme za objednávku č. 4500031840. Potvrdzujeme:\n\n"
            "- PT-200-RK: 50 bal., 38,40 EUR/bal. – dodanie v 51. týždni\n"
            "- PT-1000-RK: 40 bal., 42,90 EUR/bal. – dodanie v 51. týždni\n"
            "- PT-10-FL: výroba tohto typu bola ukončená, túto položku Vám nevieme dodať. Ako náhradu "
            "ponúkame PT-10-FX (filtračné špičky 10 µl, štandardná retencia, 38,00 EUR/bal.) – "
            "v prípade záujmu prosím pošlite novú objednávku.\n")
    sig = ("S pozdravom\n\nMgr. Zuzana Horváthová\nodbyt | LabPlast Slovakia s.r.o.\n"
           "Priemyselná 14, 917 01 Trnava\ntel.: +421 33 555 1290")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 13:20", "+0100"), body=body, sig=sig, lang="sk",
                client="tb", cs="windows-1250", cte="8bit", html=False, hcs="windows-1250",
                frm=("Zuzana Horváthová", sup["email"]))
    d = week_fri(2026, 51)
    assert d == "2026-12-18"
    exp = conf("Slovak 'dodanie v 51. týždni' = ISO week 51 without a day -> Friday 2026-12-18 for lines 1-2; "
               "line 3 cannot be supplied (substitute only offered, not confirmed) -> rejected.",
               (po, {1: chg(50, "38.40", d), 2: chg(40, "42.90", d), 3: REJ}))
    return [po], eml, exp


@case("et-paracord-tarne", "confirmation/et-EE",
      "Estonian 'tarne 17.12.2026' for both reels plus a new per-reel price with decimal comma on line 2")
def c_et(slug):
    sup = S("NOORIV", "Nöörivabrik OÜ", "myyk@noorivabrik.example", "et-EE")
    po = PO("4500031863", sup, "cord", "EUR", "2026-11-05", [
        L("PC-550-OD", "Paracord 550 type III, 7-strand, olive drab, 4 mm, 100 m reel", 60, "ROL", "27.80", "2026-12-14"),
        L("PC-425-BK", "Paracord 425 type II, black, 3 mm, 100 m reel", 40, "ROL", "22.10", "2026-12-14"),
    ])
    body = ("Tere, Paul!\n\n"
            "Täname tellimuse 4500031863 eest.\n\n"
            "Kinnitame mõlemad read tellitud koguses, tarne 17.12.2026.\n"
            "Rea 2 (PC-425-BK) hind on alates novembrist 23,40 EUR/rull, rea 1 hind jääb samaks.\n\n"
            "Sorry for the late answer, our sales system was down on Monday.\n")
    sig = ("Lugupidamisega\nKadri Tamm\nMüügijuht | Nöörivabrik OÜ\nTööstuse 48, 10416 Tallinn\n+372 655 5173")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 16:45", "+0200"), body=body, sig=sig, lang="et",
                client="apple", cs="utf-8", cte="8bit", frm=("Kadri Tamm", sup["email"]))
    d = "2026-12-17"
    exp = conf("Estonian: 'tarne 17.12.2026' for both lines; line 2 new price 23,40 EUR per reel (PO unit ROL).",
               (po, {1: chg(60, "27.80", d), 2: chg(40, "23.40", d)}))
    return [po], eml, exp


@case("fi-curling-stones-viikko-51", "confirmation/fi-FI",
      "'toimitus viikolla 51' = Friday 18.12.2026, which equals line 1's requested date (accepted) but moves line 2")
def c_fi(slug):
    sup = S("KIVIJAA", "Kivi & Jää Oy", "myynti@kivijaa.example", "fi-FI")
    po = PO("4500031877", sup, "curl", "EUR", "2026-11-06", [
        L("CS-AC-8", "Curling stone set, Ailsa Craig granite, 8 stones 19.96 kg, red/yellow handles", 2, "SET", "5840.00", "2026-12-18"),
        L("CS-HDL-Y", "Replacement handle yellow, M12x40 bolt", 8, "EA", "38.50", "2026-12-04"),
    ])
    body = ("Hei Fiona,\n\n"
            "kiitos tilauksesta 4500031877. Vahvistamme tilauksen sellaisenaan: molemmat rivit "
            "tilatuin määrin ja hinnoin, toimitus viikolla 51.\n\n"
            "Kivet pakataan puulaatikoihin (2 laatikkoa / setti).\n")
    sig = ("Ystävällisin terveisin / Best regards\nMikko Virtanen\nKivi & Jää Oy\n"
           "Kivimiehentie 3, 02150 Espoo\npuh. +358 40 555 7781")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 09:31", "+0200"), body=body, sig=sig, lang="fi",
                client="outlook", cs="iso-8859-15", hcs="iso-8859-15", frm=("Mikko Virtanen", sup["email"]))
    d = week_fri(2026, 51)
    exp = conf("Finnish 'toimitus viikolla 51' (week, no day) = Friday 2026-12-18: equals line 1's requested "
               "date (accepted) but is two weeks later than line 2's 2026-12-04 (changed).",
               (po, {1: acc(po, 1), 2: chg(8, "38.50", d)}))
    return [po], eml, exp


@case("da-harmonica-reeds-stk-pris", "confirmation/da-DK",
      "Danish 'stk.-pris 42,50 kr.' in DKK for two of three lines, third confirmed as ordered")
def c_da(slug):
    sup = S("NSTEMME", "Nordisk Stemmeplade ApS", "ordre@stemmeplade.example", "da-DK")
    po = PO("4500031890", sup, "harmonica", "DKK", "2026-11-04", [
        L("HR-PL-C4", "Reed plate set brass, key C, 10-hole, 0.9 mm", 120, "EA", "39.80", "2026-12-07"),
        L("HR-PL-A4", "Reed plate set brass, key A, 10-hole, 0.9 mm", 80, "EA", "39.80", "2026-12-07"),
        L("HR-RV-12", "Rivet pins 1.2 x 3 mm, box of 500", 10, "BOX", "64.00", "2026-12-07"),
    ])
    body = ("Hej Sam,\n\nTak for ordren 4500031890.\n\n"
            "Pos. 1 og 2: bekræftet i fuldt antal, men pga. øgede messingpriser bliver stk.-pris 42,50 kr. "
            "for begge stemmepladesæt. Levering som ønsket 07.12.2026.\n"
            "Pos. 3: bekræftet som bestilt.\n")
    sig = ("Med venlig hilsen\nJens Mikkelsen\nNordisk Stemmeplade ApS\nSmedevej 9, 5700 Svendborg\n"
           "Tlf. +45 62 55 51 40")
    eml = reply(po, slug=slug, date=mdate("2026-11-10 11:18", "+0100"), body=body, sig=sig, lang="da",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Jens Mikkelsen", sup["email"]))
    exp = conf("Danish 'stk.-pris 42,50 kr.' (decimal comma, kroner) replaces 39.80 DKK on lines 1 and 2; "
               "date 07.12.2026 as requested; line 3 as ordered.",
               (po, {1: chg(120, "42.50", "2026-12-07"), 2: chg(80, "42.50", "2026-12-07"), 3: acc(po, 3)}))
    return [po], eml, exp


@case("pt-saffron-entrega-dezembro", "confirmation/pt-PT",
      "European Portuguese 'entrega a 17 de dezembro' without year; both lines otherwise unchanged")
def c_pt(slug):
    sup = S("ACAFRAO", "Açafrão do Alentejo, Lda.", "encomendas@acafrao-alentejo.example", "pt-PT")
    po = PO("4500031915", sup, "saffron", "EUR", "2026-11-05", [
        L("SAF-C1-1G", "Saffron threads ISO 3632 Cat. I, 1 g tin, box of 50 tins", 12, "BOX", "395.00", "2026-12-10"),
        L("SAF-C1-10G", "Saffron threads ISO 3632 Cat. I, 10 g jar", 30, "EA", "72.00", "2026-12-10"),
    ])
    body = ("Caro Sr. Ferri,\n\nAgradecemos a encomenda n.º 4500031915.\n\n"
            "Confirmamos as duas linhas nas quantidades e preços indicados, com entrega a 17 de dezembro "
            "(a colheita de 2026 ainda está a ser embalada e rotulada).\n\n"
            "Os certificados de análise seguem por e-mail na semana da expedição.\n")
    sig = ("Com os melhores cumprimentos,\nInês Carvalho\nAçafrão do Alentejo, Lda.\n"
           "Rua da Fonte 22, 7000-512 Évora, Portugal\nTel.: +351 266 555 219")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 10:02", "+0000"), body=body, sig=sig, lang="pt",
                client="gmail", cs="iso-8859-1", hcs="iso-8859-1", frm=("Inês Carvalho", sup["email"]))
    d = "2026-12-17"
    exp = conf("'entrega a 17 de dezembro' (no year, mail of 12 Nov 2026) -> 2026-12-17 for both lines; "
               "quantities and prices as ordered.",
               (po, {1: chg(12, "395.00", d), 2: chg(30, "72.00", d)}))
    return [po], eml, exp


@case("mx-keg-coupler-precio-mxn", "confirmation/es-MX",
      "Mexican 'precio unitario $1,250.00 MXN' uses $ and US-style separators; only line 1 changes price")
def c_mx(slug):
    sup = S("ACOPBAJ", "Acoples Cerveceros del Bajío S.A. de C.V.", "ventas@acoplesbajio.example", "es-MX")
    po = PO("4500031934", sup, "keg", "MXN", "2026-11-06", [
        L("KC-D-516", "Keg coupler D-type (US Sankey), 5/8\" beer outlet, 3/8\" gas inlet", 40, "EA", "1180.00", "2026-12-15"),
        L("KC-S-EU", "Keg coupler S-type (Euro Sankey), stainless 304", 24, "EA", "1320.00", "2026-12-15"),
        L("KC-SEAL-10", "Probe seal kit EPDM, set of 10", 30, "SET", "145.00", "2026-12-15"),
    ])
    body = ("Estimado Daniel:\n\nGracias por su orden de compra 4500031934. Le confirmamos lo siguiente:\n\n"
            "Partida 1 (KC-D-516): 40 piezas, precio unitario $1,250.00 MXN por el ajuste en el costo del acero inoxidable.\n"
            "Partida 2 (KC-S-EU): 24 piezas a $1,320.00 MXN.\n"
            "Partida 3 (KC-SEAL-10): 30 juegos a $145.00 MXN.\n\n"
            "Todas las partidas se entregan el 15/12/2026, como lo solicitaron.\n")
    sig = ("Saludos cordiales,\nRoberto Mendoza Ruiz\nEjecutivo de Ventas | Acoples Cerveceros del Bajío\n"
           "Av. Industrias 410, Parque Industrial, 76120 Querétaro, Qro., México\nTel. +52 442 555 3178")
    eml = reply(po, slug=slug, date=mdate("2026-11-11 17:26", "-0600"), body=body, sig=sig, lang="es",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Roberto Mendoza", sup["email"]))
    exp = conf("es-MX price '$1,250.00 MXN' with comma thousands / dot decimals replaces 1180.00 on line 1; "
               "lines 2 and 3 repeat the PO values; 15/12/2026 = requested date.",
               (po, {1: chg(40, "1250.00", "2026-12-15"), 2: acc(po, 2), 3: acc(po, 3)}))
    return [po], eml, exp


@case("vi-pepper-seeds-giao-hang", "confirmation/vi-VN",
      "Vietnamese with English remark, base64 UTF-8; 'giao hàng ngày 17/12/2026' day-first for both lines")
def c_vi(slug):
    sup = S("HGPN", "Công ty TNHH Hạt Giống Phương Nam", "sales@hatgiongphuongnam.example", "vi-VN")
    po = PO("4500031950", sup, "pepper", "USD", "2026-11-06", [
        L("SD-BP-CAL", "Bell pepper seeds California Wonder, pelleted, box of 1000 seeds", 50, "BOX", "18.50", "2026-12-10"),
        L("SD-BP-RK4", "Bell pepper seeds F1 Red Knight 4-lobe, box of 500 seeds", 30, "BOX", "42.00", "2026-12-10"),
    ])
    body = ("Kính gửi anh Tom,\n\nCảm ơn anh đã gửi đơn hàng số 4500031950.\n\n"
            "Chúng tôi xác nhận đủ số lượng và đơn giá như trong đơn hàng, giao hàng ngày 17/12/2026 "
            "(CIF Southampton).\n\n"
            "Please note: the phytosanitary certificate will travel with the shipment.\n")
    sig = ("Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Hạt Giống Phương Nam\n"
           "12 Đường số 7, KCN Tân Tạo, TP. Hồ Chí Minh\nĐT: +84 28 5555 6610")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 15:40", "+0700"), body=body, sig=sig, lang="vi",
                client="gmail", cs="utf-8", cte="base64", frm=("Nguyễn Thị Lan", sup["email"]))
    d = "2026-12-17"
    exp = conf("Vietnamese 'giao hàng ngày 17/12/2026' (day-first) for both lines; quantity and price as ordered.",
               (po, {1: chg(50, "18.50", d), 2: chg(30, "42.00", d)}))
    return [po], eml, exp


@case("ms-archive-boxes-disember", "confirmation/ms-MY",
      "Malay/English mix: 'penghantaran pada 17 Disember' (no year) for items 1-2, item 3 out of stock")
def c_ms(slug):
    sup = S("KOTAKARK", "Kotak Arkib Sdn. Bhd.", "jualan@kotakarkib.example", "ms-MY")
    po = PO("4500031966", sup, "archive", "GBP", "2026-11-09", [
        L("AB-A4-80", "Archive box acid-free A4, 80 mm spine, 330x255x80", 1500, "EA", "1.42", "2026-12-15"),
        L("AB-LID-FC", "Archive box with lid, foolscap 375x270x120", 600, "EA", "2.35", "2026-12-15"),
        L("AB-LBL-25", "Spine labels 25x100 mm, roll of 500", 20, "ROL", "9.80", "2026-12-15"),
    ])
    body = ("Dear Ms Marsh,\n\nTerima kasih atas pesanan 4500031966.\n\n"
            "Kami mengesahkan item 1 dan item 2 mengikut kuantiti dan harga dalam pesanan, "
            "penghantaran pada 17 Disember.\n"
            "Item 3 (label 25x100) – stok telah habis dan kami tidak dapat membekalkan item ini. "
            "Sorry for the inconvenience.\n")
    sig = ("Yang benar,\nNurul Aina binti Hassan\nEksekutif Jualan | Kotak Arkib Sdn. Bhd.\n"
           "Lot 23, Jalan Perusahaan 2, 40300 Shah Alam, Selangor\nTel: +60 3-5555 1820")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 10:12", "+0800"), body=body, sig=sig, lang="ms",
                client="outlook", frm=("Nurul Aina Hassan", sup["email"]))
    d = "2026-12-17"
    exp = conf("Malay 'penghantaran pada 17 Disember' (no year -> 2026-12-17) for items 1-2; item 3 cannot be "
               "supplied -> rejected.",
               (po, {1: chg(1500, "1.42", d), 2: chg(600, "2.35", d), 3: REJ}))
    return [po], eml, exp


@case("us-chess-clocks-backorder", "confirmation/en-US",
      "Two of three lines confirmed with a US month-first date; line 2 'on backorder, ETA to follow' stays unconfirmed")
def c_us(slug):
    sup = S("TEMPO", "Tempo Game Timers LLC", "orders@tempotimers.example", "en-US")
    po = PO("4500032001", sup, "chess", "USD", "2026-11-09", [
        L("CC-DGT-2010", "Digital chess clock, FIDE approved, 2 x AA", 60, "EA", "64.50", "2026-12-04"),
        L("CC-ANL-WD", "Analog chess clock, walnut case, 12/24 hr dial", 25, "EA", "48.00", "2026-12-04"),
        L("CC-BAT-AA", "Alkaline batteries AA, 24-pack", 10, "BOX", "11.90", "2026-12-04"),
    ])
    body = ("Hi Victor,\n\nThanks for PO 4500032001.\n\n"
            "Lines 1 and 3 are confirmed, qty and price as per your PO, delivery on 12/4/2026 via UPS Ground.\n"
            "Line 2 (analog walnut clocks) is on backorder, ETA to follow.\n\n"
            "Let me know if you want us to ship the rest as soon as it's in.\n")
    sig = ("Best,\nKayla Brooks\nCustomer Service | Tempo Game Timers LLC\n1450 Industrial Pkwy, Dayton, OH 45414\n"
           "(937) 555-0173")
    eml = reply(po, slug=slug, date=mdate("2026-11-10 14:55", "-0500"), body=body, sig=sig, lang="en",
                client="gmail", frm=("Kayla Brooks", sup["email"]))
    exp = conf("Lines 1 and 3 confirmed as ordered (12/4/2026 month-first = 2026-12-04 = requested); line 2 "
               "'on backorder, ETA to follow' is no commitment -> unconfirmed.",
               (po, {1: acc(po, 1), 2: UNC, 3: acc(po, 3)}))
    return [po], eml, exp


@case("ch-kiln-shelves-xlsx-only", "confirmation/de-CH",
      "The only answer is an XLSX with a 'Confirmed date' column (real date cells); row 4's date is empty")
def c_ch(slug):
    from . import xlsx as X
    from decimal import Decimal
    sup = S("KELLERBH", "Brennhilfsmittel Keller AG", "auftrag@keller-brennhilfsmittel.example", "de-CH")
    po = PO("4500032017", sup, "kiln", "CHF", "2026-11-09", [
        L("KS-SIC-4040", "Kiln shelf SiC 400x400x10 mm", 24, "EA", "86.00", "2026-12-11"),
        L("KS-COR-5030", "Kiln shelf cordierite 500x300x15 mm", 30, "EA", "41.50", "2026-12-11"),
        L("KP-60-4", "Kiln props 60 mm, set of 4", 50, "SET", "9.20", "2026-12-11"),
        L("KS-HR-360", "Half-round shelf 360 mm, 15 mm thick", 12, "EA", "54.00", "2026-12-11"),
    ])
    rows = [["PO line", "Item", "Description", "Qty confirmed", "Unit", "Price CHF", "Confirmed date", "Remark"],
            [1, "KS-SIC-4040", "Kiln shelf SiC 400x400x10 mm", 24, "EA", Decimal("86.00"), dt.date(2026, 12, 11), None],
            [2, "KS-COR-5030", "Kiln shelf cordierite 500x300x15 mm", 30, "EA", Decimal("41.50"), dt.date(2026, 12, 18), None],
            [3, "KP-60-4", "Kiln props 60 mm, set of 4", 50, "SET", Decimal("9.20"), dt.date(2026, 12, 11), None],
            [4, "KS-HR-360", "Half-round shelf 360 mm, 15 mm", 12, "EA", Decimal("54.00"), None, "Termin folgt"]]
    xl = X.build(rows, sheet="AB 4500032017", creator="Keller AG")
    body = ("Grüezi Frau Ellison\n\nIm Anhang erhalten Sie unsere Auftragsbestätigung als Excel-Datei.\n")
    sig = ("Freundliche Grüsse\n\nBeat Keller\nInnendienst\nBrennhilfsmittel Keller AG\nWerkstrasse 5, 8400 Winterthur\n"
           "Tel. +41 52 555 31 80")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 08:05", "+0100"), body=body, sig=sig, lang="de",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Beat Keller", sup["email"]),
                atts=[M.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "AB_4500032017.xlsx")])
    exp = conf("Everything is in the XLSX: 'Confirmed date' cells are Excel date serials; line 2 moves to "
               "2026-12-18, line 4 has an empty date and 'Termin folgt' -> unconfirmed.",
               (po, {1: acc(po, 1), 2: chg(30, "41.50", "2026-12-18"), 3: acc(po, 3), 4: UNC}))
    return [po], eml, exp


@case("ie-puppet-strings-dozens", "confirmation/en-IE",
      "Quantities and prices given per dozen for a PO in pieces: 20 doz = 240 (accepted), 8 doz = 96 (short)")
def c_ie(slug):
    sup = S("ARDEE", "Ardee Cord & Twine Ltd", "sales@ardeecord.example", "en-IE")
    po = PO("4500032030", sup, "puppet", "GBP", "2026-11-09", [
        L("MS-BR-08", "Marionette string braided nylon 0.8 mm, black, 10 m hank", 240, "PCS", "0.95", "2026-12-09"),
        L("MS-FL-12", "Control line 12 lb, clear, 25 m spool", 100, "PCS", "2.40", "2026-12-09"),
        L("MC-RING-8", "Brass control rings 8 mm, pack of 100", 6, "BOX", "7.60", "2026-12-09"),
    ])
    assert_wd("2026-12-07", 0)
    assert_wd("2026-12-09", 2)
    body = ("Hi Clara,\n\nThanks a mil for the order. Confirming as follows:\n\n"
            "- MS-BR-08: 20 dozen hanks at £11.40 per dozen\n"
            "- MS-FL-12: only 8 dozen spools left in stock, so 8 doz at £28.80/doz, no more coming this year\n"
            "- Brass rings: 6 packs @ £7.60\n\n"
            "Everything goes out Monday 07/12 with An Post, with you Wed 09/12.\n")
    sig = ("All the best,\nSiobhán Byrne\nArdee Cord & Twine Ltd\nUnit 2, Mill Road, Ardee, Co. Louth A92 X2Y3\n"
           "+353 41 555 3362")
    eml = reply(po, slug=slug, date=mdate("2026-11-16 12:41", "+0000"), body=body, sig=sig, lang="en",
                client="outlook", frm=("Siobhán Byrne", sup["email"]), hcs="utf-8")
    exp = conf("Dozens for a PO in pieces: line 1 20 doz = 240 PCS at 11.40/12 = 0.95 -> accepted; line 2 "
               "8 doz = 96 PCS at 28.80/12 = 2.40 -> quantity changed; delivery 'Wed 09/12' (no year) = 2026-12-09 "
               "wins over the 07/12 dispatch.",
               (po, {1: acc(po, 1), 2: chg(96, "2.40", "2026-12-09"), 3: acc(po, 3)}))
    return [po], eml, exp


@case("at-rink-boards-internal-chain", "confirmation/de-AT",
      "Pasted internal chain: production first says 11.12., a later internal mail corrects lines 1-2 to 18.12.")
def c_at(slug):
    sup = S("STEINER", "Eisbahn-Technik Steiner GmbH", "verkauf@eisbahn-steiner.example", "de-AT")
    po = PO("4500032044", sup, "rink", "EUR", "2026-11-05", [
        L("RB-HDPE-1220", "Dasher board panel HDPE, 1220 mm high, 2.44 m", 40, "EA", "612.00", "2026-12-14"),
        L("RB-KICK-20", "Kick plate yellow HDPE 20 x 250 mm, 2.44 m", 40, "EA", "74.00", "2026-12-14"),
        L("RB-GATE-90", "Player gate 900 mm with hinge set 4/3", 4, "EA", "1150.00", "2026-12-14"),
    ])
    assert_wd("2026-11-12", 3)
    assert_wd("2026-11-11", 2)
    assert_wd("2026-11-10", 1)
    body = ("Sehr geehrter Herr Berg,\n\n"
            "danke für Ihre Bestellung 4500032044. Mengen und Preise bestätigen wir laut Bestellung. "
            "Zu den Lieferterminen leite ich Ihnen die Rückmeldung unserer Arbeitsvorbereitung weiter – "
            "bitte beachten Sie die Korrektur von Herrn Gruber (es gilt der letzte Stand).\n\n"
            "Mit freundlichen Grüßen\nAndrea Huber\nVerkaufsinnendienst\nEisbahn-Technik Steiner GmbH\n"
            "Gewerbepark 12, 8720 Knittelfeld, Österreich\nT +43 3512 555 40-12\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Thomas Gruber <t.gruber@eisbahn-steiner.example>\n"
            "Gesendet: Donnerstag, 12. November 2026 15:10\n"
            "An: Andrea Huber <a.huber@eisbahn-steiner.example>\n"
            "Betreff: AW: Termin Polar Arena 4500032044\n\n"
            "Andrea,\n\nKorrektur zu gestern: die Bandenelemente und Kickplatten (Pos. 1 und 2) schaffen wir erst "
            "am 18.12.2026, das HDPE-Plattenmaterial kommt später als geplant. Das Spielertor (Pos. 3) bleibt "
            "beim 11.12.2026.\n\nlg Thomas\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Thomas Gruber <t.gruber@eisbahn-steiner.example>\n"
            "Gesendet: Mittwoch, 11. November 2026 09:32\n"
            "An: Andrea Huber <a.huber@eisbahn-steiner.example>\n"
            "Betreff: AW: Termin Polar Arena 4500032044\n\n"
            "Hallo Andrea,\n\nalle drei Positionen können wir am 11.12.2026 frei Tampere liefern.\n\nlg Thomas\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Andrea Huber <a.huber@eisbahn-steiner.example>\n"
            "Gesendet: Dienstag, 10. November 2026 16:48\n"
            "An: Thomas Gruber <t.gruber@eisbahn-steiner.example>\n"
            "Betreff: Termin Polar Arena 4500032044\n\n"
            "Thomas, kannst du bitte den Liefertermin für die Finnen prüfen? Mengen/Preise passen.\n")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 10:21", "+0100"), body=body, lang="de",
                client="outlook", cs="windows-1252", hcs="iso-8859-1", frm=("Andrea Huber", "a.huber@eisbahn-steiner.example"))
    exp = conf("Internal chain pasted into the reply: 11 Nov says all lines 11.12.2026, the later 12 Nov message "
               "corrects lines 1-2 to 18.12.2026 and keeps line 3 at 11.12.2026; the latest statement wins.",
               (po, {1: chg(40, "612.00", "2026-12-18"), 2: chg(40, "74.00", "2026-12-18"),
                     3: chg(4, "1150.00", "2026-12-11")}))
    return [po], eml, exp


@case("ae-arabic-cable-joints", "confirmation/ar-AE",
      "Arabic right-to-left reply in windows-1256 base64 with 'التسليم 17 ديسمبر 2026', earlier than requested")
def c_ar(slug):
    sup = S("GULFSUB", "Gulf Subsea Jointing LLC", "sales@gulfsubsea.example", "ar-AE")
    po = PO("4500032058", sup, "cable", "USD", "2026-11-06", [
        L("SJ-33KV-3C", "Subsea cable joint kit 33 kV, 3-core 3x240 mm2, armoured", 6, "SET", "18450.00", "2026-12-21"),
        L("SJ-FO-48", "Fibre optic splice enclosure 48F for subsea joint, 500 m depth", 6, "EA", "3920.00", "2026-12-21"),
    ])
    body = ("السيد إريك فوس المحترم،\n\n"
            "نشكركم على أمر الشراء رقم 4500032058.\n"
            "نؤكد البندين بالكميات والأسعار المذكورة في الطلب، التسليم 17 ديسمبر 2026.\n"
            "سيتم إرسال شهادات الاختبار مع الشحنة.\n")
    sig = ("مع خالص التحية / Best regards\nأحمد الحمادي\nمدير المبيعات - Gulf Subsea Jointing LLC\n"
           "المنطقة الحرة جبل علي، دبي، الإمارات العربية المتحدة\nهاتف: +971 4 555 3190")
    eml = reply(po, slug=slug, date=mdate("2026-11-12 11:35", "+0400"), body=body, sig=sig, lang="ar",
                client="outlook", cs="windows-1256", cte="base64", hcs="utf-8", frm=("Ahmed Al Hammadi", sup["email"]))
    d = "2026-12-17"
    exp = conf("Arabic 'التسليم 17 ديسمبر 2026' for both lines (four days before the requested 2026-12-21); "
               "quantities and prices confirmed as ordered.",
               (po, {1: chg(6, "18450.00", d), 2: chg(6, "3920.00", d)}))
    return [po], eml, exp


@case("gb-rail-grease-one-liner", "confirmation/en-GB",
      "Mobile one-liner '04/12' (no year, day-first) for one of two open POs; the other PO is left out")
def c_gb(slug):
    sup = S("RAILCARE", "Railcare Lubricants Ltd", "orders@railcare-lub.example", "en-GB")
    po = PO("4500032071", sup, "grease", "GBP", "2026-11-10", [
        L("RG-CURVE-18", "Rail curve grease, biodegradable, 18 kg pail", 30, "EA", "96.40", "2026-12-04"),
        L("RG-FLG-180", "Wheel flange lubricant stick 180 g, box of 24", 8, "BOX", "132.00", "2026-12-04"),
    ])
    po2 = PO("4500032072", sup, "grease", "GBP", "2026-11-10", [
        L("RG-APPL-24V", "Trackside grease applicator 24V, 2 nozzles", 2, "EA", "1840.00", "2027-01-15"),
    ])
    body = "Hi Owen, confirmed as ordered, both lines for delivery 04/12. Cheers, Dave\n"
    sig = "Get Outlook for Android"
    eml = reply(po, slug=slug, date=mdate("2026-11-11 07:58", "+0000"), body=body, sig=sig, lang="en",
                client="outlook-mobile", html=True, frm=("Dave Whitfield", "d.whitfield@railcare-lub.example"),
                contact="Dave")
    exp = conf("One-liner from a phone; '04/12' en-GB day-first without year = 2026-12-04 = requested, so both "
               "lines accepted; PO 4500032072 (applicator) is not answered and left out.",
               (po, {1: acc(po, 1), 2: acc(po, 2)}))
    return [po, po2], eml, exp


@case("de-dental-upholstery-inline", "confirmation/de-DE",
      "Answers written inline under each quoted table row: 'KW 50', '30 Stück, Rest entfällt', 'Dienstag, KW 49' + new price")
def c_de(slug):
    sup = S("BRANDT", "Polsterwerk Brandt GmbH", "vertrieb@polsterwerk-brandt.example", "de-DE")
    po = PO("4500032085", sup, "dental", "EUR", "2026-11-09", [
        L("DU-SEAT-BL", "Dental chair seat cushion, PU foam 60 mm, blue leatherette 1.2 mm", 20, "EA", "148.00", "2026-12-04"),
        L("DU-BACK-BL", "Backrest upholstery for chair type 4/3, blue", 20, "EA", "172.50", "2026-12-04"),
        L("DU-HEAD-BL", "Headrest pad 280x160 mm, blue", 40, "EA", "39.90", "2026-12-04"),
        L("DU-ARM-BL", "Armrest cover, 2027 model, pair", 10, "PAIR", "58.00", "2026-12-04"),
    ])
    from .common import req_table, attribution, quote_gt
    rows = req_table(po).split("\n")
    answers = {2: "OK, wie bestellt.", 3: "OK, Liefertermin KW 50.",
               4: "Nur 30 Stück möglich, der Rest entfällt. Preis und Termin ok.",
               5: "Liefertermin Dienstag, KW 49. Preis neu 61,20 EUR/Paar (Kunstleder-Aufschlag)."}
    q = []
    for i, r in enumerate(rows):
        q.append("> " + r)
        if i in answers:
            q.append(answers[i])
    b = buyer(po)
    quoted = ("Hallo Frau Keller,\n\nunsere Antworten stehen direkt in Ihrer Tabelle unten.\n\n"
              "Gruß\nJörg Brandt\n\n-- \nPolsterwerk Brandt GmbH | Am Anger 3 | 32657 Lemgo\n"
              "Tel. 05261 555-230 | Geschäftsführer: Jörg Brandt | AG Lemgo HRB 5521\n\n"
              + attribution(po, "de") + "\n> Dear Sir or Madam,\n>\n"
              f"> please confirm our purchase order {po['po_number']} of {po['issued']} by return mail, stating for each\n"
              "> line the quantity, unit price and delivery date you can commit to.\n>\n"
              + "\n".join(q) + "\n>\n"
              f"> All prices in EUR, excl. VAT. Delivery to: {b[4]}.\n>\n> Kind regards\n> {b[1]}\n")
    assert week_fri(2026, 50) == "2026-12-11"
    tue49 = dt.date.fromisocalendar(2026, 49, 2).isoformat()
    assert tue49 == "2026-12-01"
    eml = reply(po, slug=slug, date=mdate("2026-11-11 18:03", "+0100"), body=quoted, lang="de", client="tb",
                cs="utf-8", cte="8bit", html=False, quote=False, frm=("Jörg Brandt", sup["email"]))
    exp = conf("Inline answers under the quoted rows: line 1 as ordered; line 2 'KW 50' = Fri 2026-12-11; line 3 "
               "only 30 of 40; line 4 'Dienstag, KW 49' = 2026-12-01 and new price 61,20 EUR per pair.",
               (po, {1: acc(po, 1), 2: chg(20, "172.50", "2026-12-11"), 3: chg(30, "39.90", "2026-12-04"),
                     4: chg(10, "61.20", tue49)}))
    return [po], eml, exp


@case("fr-kiln-shelves-pdf-split", "confirmation/fr-FR",
      "Body only points to a Flate-compressed PDF acknowledgment holding a split delivery, a price rise and an earlier date")
def c_fr(slug):
    sup = S("REFLIM", "Réfractaires du Limousin SAS", "adv@refractaires-limousin.example", "fr-FR")
    po = PO("4500032097", sup, "kiln", "EUR", "2026-11-09", [
        L("KS-COR-4545", "Kiln shelf cordierite 450x450x15 mm", 100, "EA", "38.60", "2026-12-18"),
        L("KS-SIC-6035", "Kiln shelf SiC nitride-bonded 600x350x8 mm", 40, "EA", "118.00", "2026-12-18"),
        L("KP-HEX-100", "Hex props 100 mm, cordierite, box of 12", 15, "BOX", "26.40", "2026-12-18"),
    ])
    lines = ["#RÉFRACTAIRES DU LIMOUSIN SAS", "ZI de Romanet, 12 rue de la Céramique, 87000 Limoges",
             "Tél. +33 5 55 55 14 20 - SIRET 512 555 318 00027", "",
             "#ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR-26-08812", "Date : 13/11/2026",
             "Client : Claymoor Studios Ltd - Votre commande : 4500032097 du 09/11/2026", "",
             "#Pos  Article        Désignation                                Qté   U    PU HT (EUR)  Livraison",
             "1    KS-COR-4545    Plaque cordiérite 450x450x15 mm            100   PCE  38,60        voir échéancier",
             "                   Échéancier : 60 PCE le 04/12/2026, 40 PCE le 18/12/2026",
             "2    KS-SIC-6035    Plaque SiC nitruré 600x350x8 mm             40   PCE  121,50       18/12/2026",
             "                   (hausse matière première SiC au 01/11/2026)",
             "3    KP-HEX-100     Pilier hexagonal 100 mm, boîte de 12        15   BTE  26,40        11/12/2026",
             "", "Conditions : DAP Stoke-on-Trent, paiement 30 jours fin de mois.",
             "Les dates indiquées sont des dates de livraison chez le client.", "",
             "Document généré automatiquement - merci de vérifier et de nous signaler toute divergence."]
    pdf = P.build([lines], compress=True, title="AR-26-08812", author="ADV Réfractaires du Limousin",
                  producer="Sage X3 V12 PDF", creation="D:20261113091500+01'00'")
    body = ("Bonjour Madame Ellison,\n\n"
            "Veuillez trouver ci-joint notre accusé de réception de commande AR-26-08812 relatif à votre "
            "commande 4500032097.\n\nBonne réception.\n")
    sig = ("Cordialement,\n\nService ADV\nRéfractaires du Limousin SAS\n12 rue de la Céramique, 87000 Limoges\n"
           "Tél. +33 5 55 55 14 20\n\nCe message et ses pièces jointes sont confidentiels.")
    eml = reply(po, slug=slug, date=mdate("2026-11-13 09:22", "+0100"), body=body, sig=sig, lang="fr",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("ADV Réfractaires du Limousin", sup["email"]),
                atts=[pdf_att(pdf, "AR-26-08812.pdf")])
    exp = conf("All data in a compressed PDF: line 1 split 60 on 04/12/2026 + 40 on 18/12/2026 (total and last "
               "date as ordered, still changed); line 2 price 121,50 instead of 118.00; line 3 earlier, 11/12/2026.",
               (po, {1: chg(100, "38.60", "2026-12-18", [(60, "2026-12-04"), (40, "2026-12-18")]),
                     2: chg(40, "121.50", "2026-12-18"), 3: chg(15, "26.40", "2026-12-11")}))
    return [po], eml, exp
