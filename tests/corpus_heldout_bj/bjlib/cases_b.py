"""Cases 019-036."""
from . import mime
from .common import (B_ELLA, B_JONAS, B_MIRA, B_TOMAS, D, case, conf, hdate, kw_friday, labels, mail, other, po,
                     quote_block, req_subject, req_table, req_text, sup, weekday)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("museum-light-split-paragraphs", "confirmation/fr-FR", "quantities and dates are given in two separate paragraphs, each naming the lines it refers to; line 2 reduced and later")
def c019():
    s = sup("LUMPAT", "Lumière Patrimoine SAS", "commandes@lumiere-patrimoine.example", "fr-FR")
    p = po("4500232402", s, "EUR", [
        ("ML-TR-3000K-15", "LED track spotlight 15 W, 3000K, CRI 97, 24 deg beam", 24, "EA", "218.00", "2026-12-14"),
        ("ML-WW-2700-8", "LED wall washer 8 W, 2700K, UV-free, 1/2 m", 50, "EA", "164.00", "2026-12-14"),
        ("ML-TRK-3M", "3-circuit track 3 m, black", 12, "EA", "87.50", "2026-12-14")])
    body = ("Bonjour Madame Okafor,\n\nSuite à votre commande 4500232402, voici notre confirmation.\n\n"
            "Quantités et prix : les lignes 1 et 3 sont confirmées telles que commandées (24 projecteurs à 218,00 € HT "
            "et 12 rails à 87,50 € HT). Pour la ligne 2, nous ne pouvons fournir que 40 wall washers au lieu de 50, "
            "au prix commandé de 164,00 € HT.\n\nDélais : les lignes 1 et 3 seront livrées le 14/12/2026 ; la ligne 2 "
            "le 08/01/2027.\n\nBien cordialement,\n\nÉlodie Garnier\nAdministration des ventes\nLumière Patrimoine SAS\n"
            "12 rue des Arts et Métiers, 69003 Lyon\nTél. : +33 4 78 55 12 90\n")
    eml = mail(p, ("Élodie Garnier", "elodie.garnier@lumiere-patrimoine.example"), D(2026, 11, 19, 16, 8), body,
               lang="fr", cs="iso-8859-15", henc="Q")
    return [p], eml, conf("Quantity paragraph and date paragraph must be joined per line: line 2 = 40 pcs on 2027-01-08; lines 1 and 3 as ordered.",
                          labels(p, {1: "A", 2: ("C", 40, None, "2027-01-08"), 3: "A"}))


@case("pantograph-ex-warehouse-transit", "confirmation/de-CH", "'delivery ex our warehouse on 11.12., transit 2 days' gives only a ship date; per FORMAT.md the ship date counts, which equals the requested date")
def c020():
    s = sup("SATAG", "Stromabnehmer Technik AG", "orders@sat-pantograph.example", "de-CH")
    p = po("4500232419", s, "CHF", [
        ("PT-1950-SH", "Single-arm pantograph 1950 mm, 750 V DC, for LRV", 2, "EA", "28600.00", "2026-12-11"),
        ("CS-CU-1450", "Carbon contact strip 1450 mm, Cu-impregnated", 24, "PCS", "312.00", "2026-12-11"),
        ("INS-1.5KV", "Roof insulator 1.5 kV DC, M16", 8, "PCS", "146.00", "2026-12-11")], buyer=B_JONAS)
    body = ("Dear Mr Brandt\n\nThank you for PO 4500232419. We confirm all 3 positions with quantities and prices as "
            "ordered.\n\nDelivery ex our warehouse on 11.12., transit 2 days.\n\nFreundliche Grüsse / Best regards\n\n"
            "Reto Gerber\nSales Rail Systems\nStromabnehmer Technik AG\nIndustriestrasse 40, 8404 Winterthur\n"
            "+41 52 555 67 80\n")
    eml = mail(p, ("Reto Gerber", "reto.gerber@sat-pantograph.example"), D(2026, 11, 19, 7, 55), body,
               lang="de", cs="iso-8859-1", henc="Q")
    return [p], eml, conf("Only a ship date is stated (ex warehouse 11.12. -> 2026-12-11); the transit time is not a committed delivery date, so per FORMAT.md the ship date counts and equals the requested date: all accepted.",
                          labels(p, {1: "A", 2: "A", 3: "A"}))


@case("sealing-wax-kg-vs-tonnes", "confirmation/pl-PL", "PO line in tonnes answered in kg with a price per kg: 3 000 kg = 3 T and 37,90 zł/kg = 37900.00 per T")
def c021():
    s = sup("LAKIGD", "Laki Pieczętne Gdańsk Sp. z o.o.", "zamowienia@lakigdansk.example", "pl-PL")
    p = po("4500232455", s, "PLN", [
        ("SW-GR-RED", "Sealing wax granulate, red, bulk bags", 2, "T", "38500.00", "2026-12-18"),
        ("SW-STK-11x90", "Sealing wax sticks 11x90 mm, assorted, box of 100", 40, "BOX", "145.00", "2026-12-18")])
    body = ("Dzień dobry Pani Miro,\n\npotwierdzamy zamówienie 4500232455:\n\n"
            "poz. 1 - lak w granulacie, czerwony: 3 000 kg (minimalna partia produkcyjna to 3 t), cena 37,90 zł/kg netto, "
            "dostawa 18.12.2026\n"
            "poz. 2 - laski 11x90 mm: 40 kartonów po 145,00 zł netto, dostawa 18.12.2026\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Wiśniewska\nDział Sprzedaży\nLaki Pieczętne Gdańsk Sp. z o.o.\n"
            "ul. Przemysłowa 14, 80-298 Gdańsk\ntel. +48 58 555 31 07\n")
    eml = mail(p, ("Agnieszka Wiśniewska", "a.wisniewska@lakigdansk.example"), D(2026, 11, 16, 12, 31), body,
               re="Odp:", client="thunderbird", quote="thunderbird", cs="iso-8859-2", alt=False)
    return [p], eml, conf("3 000 kg = 3 T (PO unit); 37,90 zł/kg x 1000 = 37900.00 PLN/T; line 2 as ordered.",
                          labels(p, {1: ("C", 3, "37900.00", None), 2: "A"}))


@case("ortho-brace-shift-jis", "confirmation/ja-JP", "Shift_JIS reply with full-width punctuation, yen amounts with 円, a price increase on line 1 and a January date on line 3")
def c022():
    s = sup("NIPPONSG", "Nippon Sogu Co., Ltd.", "eigyo@nipponsogu.example", "ja-JP")
    p = po("4500232470", s, "JPY", [
        ("KB-ROM-L", "Knee brace hinged ROM, size L, 0-120 deg", 50, "EA", "4850", "2026-12-18"),
        ("WB-3D-M", "Wrist brace 3D knit, size M", 120, "EA", "1320", "2026-12-18"),
        ("AB-LUM-24", "Lumbar support belt 24 cm, XL", 40, "EA", "2980", "2026-12-18")])
    body = ("ハルヴォルセン・トレーディング\nMira Okafor 様\n\nいつもお世話になっております。ニッポン装具の佐藤でございます。\n"
            "ご注文（PO 4500232470）につきまして、下記の通りご回答申し上げます。\n\n"
            "1. KB-ROM-L　50個　単価 5,100円（原材料高騰のため改定）　納期 2026年12月18日\n"
            "2. WB-3D-M　120個　単価 1,320円　納期 2026年12月18日\n"
            "3. AB-LUM-24　40個　単価 2,980円　納期 2027年1月15日\n\n"
            "何卒よろしくお願い申し上げます。\n\n佐藤 健一\n株式会社ニッポン装具 営業部\n〒530-0001 大阪府大阪市北区梅田 1-2-3\n"
            "TEL 06-5555-1234\n")
    eml = mail(p, ("佐藤 健一", "k.sato@nipponsogu.example"), D(2026, 11, 18, 10, 15, "+0900"), body,
               subject="RE: " + req_subject(p), cs="Shift_JIS", codec="shift_jis", cte="base64", alt=False)
    return [p], eml, conf("Line 1 price 4850 -> 5100 JPY, line 3 date 2027-01-15, line 2 as ordered.",
                          labels(p, {1: ("C", None, "5100", None), 2: "A", 3: ("C", None, None, "2027-01-15")}))


@case("dialysis-chair-korean-split", "confirmation/ko-KR", "EUC-KR reply splitting line 1 into two deliveries (6 + 4) with Korean year-month-day dates")
def c023():
    s = sup("MEDICHR", "Daehan Medichair Co., Ltd.", "sales@medichair.example", "ko-KR")
    p = po("4500232491", s, "USD", [
        ("DC-KR-500", "Dialysis chair electric, 4 motors, 24V, Trendelenburg", 10, "EA", "2980.00", "2026-12-18"),
        ("DC-IVP-2", "IV pole 2-hook for DC-KR-500", 10, "EA", "64.00", "2026-12-18")])
    body = ("Mira Okafor 님께,\n\n안녕하십니까. 대한메디체어 영업팀 김민준입니다.\n"
            "주문서 4500232491 관련하여 아래와 같이 확인드립니다.\n\n"
            "1번 품목 (DC-KR-500, 10대): 분할 납품 - 2026년 12월 10일 6대, 2026년 12월 22일 4대. 단가 USD 2,980.00 변동 없음.\n"
            "2번 품목 (DC-IVP-2, 10개): 2026년 12월 18일 일괄 납품, 단가 USD 64.00.\n\n"
            "감사합니다.\n\n김민준 드림\n대한메디체어(주) 해외영업팀\n경기도 성남시 분당구 판교로 255\nTel. +82 31 555 7788\n")
    eml = mail(p, ("김민준", "minjun.kim@medichair.example"), D(2026, 11, 20, 17, 3, "+0900"), body,
               subject="RE: " + req_subject(p), cs="EUC-KR", codec="euc_kr", cte="base64")
    return [p], eml, conf("Line 1 split: 6 on 2026-12-10 and 4 on 2026-12-22 (last date 2026-12-22); line 2 as ordered.",
                          labels(p, {1: ("C", 10, None, "2026-12-22", [(6, "2026-12-10"), (4, "2026-12-22")]), 2: "A"}))


@case("car-seat-gb2312-partial", "confirmation/zh-CN", "GB2312 reply confirming only 150 of 200 on line 1 and cancelling the rest; line 2 confirmed as ordered")
def c024():
    s = sup("ANTONG", "Ningbo Antong Child Products Co., Ltd.", "sales@antong-kids.example", "zh-CN")
    p = po("4500232507", s, "CNY", [
        ("AT-ISOFIX-9/36", "Car seat group 1/2/3, 9-36 kg, ISOFIX", 200, "EA", "412.00", "2026-12-18"),
        ("AT-BASE-01", "ISOFIX base for infant carrier 0+", 80, "EA", "265.00", "2026-12-18")], buyer=B_ELLA)
    body = ("Ella 您好：\n\n感谢您的订单 4500232507。确认如下：\n"
            "第1行 AT-ISOFIX-9/36：本批只能确认 150 台，单价 412.00 元不变，交货日期 2026年12月18日；其余 50 台暂无法供货，请取消。\n"
            "第2行 AT-BASE-01：80 台，单价 265.00 元，交货日期 2026年12月18日，照单确认。\n\n"
            "此致\n敬礼\n\n王丽\n外贸部\n宁波安童儿童用品有限公司\n电话：+86 574 8765 4321\n")
    eml = mail(p, ("王丽", "li.wang@antong-kids.example"), D(2026, 11, 23, 14, 22, "+0800"), body,
               subject="回复：" + req_subject(p), cs="GB2312", codec="gb2312", cte="base64", client="thunderbird",
               quote="thunderbird", alt=False)
    return [p], eml, conf("Line 1 partially confirmed (150 of 200, remainder cancelled); line 2 as ordered.",
                          labels(p, {1: ("C", 150, None, None), 2: "A"}))


@case("extinguisher-refill-koi8r-per100", "confirmation/ru-RU", "KOI8-R reply pricing line 2 per 100 pcs (65,00 EUR / 100 = 0.65 per PCS) and a later ship date on line 3")
def c025():
    s = sup("POZHSRV", "PozhServis LLC", "zakaz@pozhservis.example", "ru-RU")
    p = po("4500232530", s, "EUR", [
        ("FE-ABC-6KG", "Dry powder refill ABC 40%, 6 kg bag", 400, "PCS", "9.80", "2026-12-11"),
        ("FE-CO2-VLV", "CO2 valve seal kit M30x1.5", 1000, "PCS", "0.62", "2026-12-11"),
        ("FE-FOAM-9L", "AFFF foam concentrate refill 9 L", 120, "PCS", "14.30", "2026-12-11")])
    body = ("Здравствуйте, Мира!\n\nПо заказу 4500232530 подтверждаем:\n"
            "1) FE-ABC-6KG - 400 шт., 9,80 EUR/шт., отгрузка 11.12.2026.\n"
            "2) FE-CO2-VLV - 1000 шт., цена 65,00 EUR за 100 шт., отгрузка 11.12.2026.\n"
            "3) FE-FOAM-9L - 120 шт., 14,30 EUR/шт., отгрузка 18.12.2026.\n\n"
            "С уважением,\nДмитрий Соколов\nменеджер по продажам\nООО \"ПожСервис\"\nг. Москва, ул. Складочная, д. 1, стр. 6\n"
            "тел. +7 495 555-43-21\n")
    eml = mail(p, ("Дмитрий Соколов", "d.sokolov@pozhservis.example"), D(2026, 11, 12, 11, 40, "+0300"), body,
               re="Re:", client="thunderbird", quote="thunderbird", cs="KOI8-R", codec="koi8_r", cte="8bit", alt=False)
    return [p], eml, conf("Line 2 price per 100 -> 0.65 per PCS (PO 0.62); line 3 ship date 2026-12-18; line 1 as ordered.",
                          labels(p, {1: "A", 2: ("C", None, "0.65", None), 3: ("C", None, None, "2026-12-18")}))


@case("garden-gnome-thai-buddhist-year", "confirmation/th-TH", "TIS-620 Thai reply with the date in the Buddhist calendar (18 ธ.ค. 2569 = 2026-12-18), confirming as ordered")
def c026():
    s = sup("SIAMGF", "Siam Garden Figures Co., Ltd.", "sales@siamgardenfig.example", "th-TH")
    p = po("4500232555", s, "THB", [
        ("SG-GN-40", "Garden gnome 40 cm, fibreglass, weatherproof paint", 150, "PCS", "420.00", "2026-12-18"),
        ("SG-GN-MUSH-25", "Gnome on mushroom 25 cm", 200, "PCS", "260.00", "2026-12-18")])
    body = ("เรียน คุณ Mira\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500232555 บริษัทฯ ขอยืนยันคำสั่งซื้อทั้ง 2 รายการ "
            "ตามจำนวนและราคาที่ระบุ กำหนดส่งสินค้า 18 ธ.ค. 2569 ตามที่ร้องขอ\n\nขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย\n"
            "บริษัท สยามตุ๊กตาสวน จำกัด\nโทร. +66 2 555 1234\n")
    eml = mail(p, ("Somchai Jaidee", "somchai@siamgardenfig.example"), D(2026, 11, 13, 15, 50, "+0700"), body,
               re="RE:", cs="TIS-620", codec="tis_620", cte="base64")
    return [p], eml, conf("Buddhist year 2569 = 2026; both lines confirmed as ordered.", labels(p, {1: "A", 2: "A"}))


@case("brew-kettle-czech-split", "confirmation/cs-CZ", "Czech ISO-8859-2 reply with spaced dates ('8. 1. 2027') and a two-part delivery on line 1")
def c027():
    s = sup("PIVOTECH", "Pivovarská technika Plzeň s.r.o.", "obchod@pivotech.example", "cs-CZ")
    p = po("4500232578", s, "CZK", [
        ("VK-1000-NR", "Brewing kettle 1000 l, stainless, steam jacket", 4, "EA", "412000.00", "2026-12-11"),
        ("VR-DN65", "Whirlpool inlet DN65, 1.4301", 4, "EA", "8650.00", "2026-12-11")], buyer=B_JONAS)
    body = ("Dobrý den, pane Brandte,\n\nděkujeme za objednávku č. 4500232578. Potvrzujeme:\n\n"
            "Pol. 1 - varná konvice 1000 l: 4 ks za 412 000,00 Kč/ks, dodání ve dvou částech: 2 ks do 11. 12. 2026, "
            "zbývající 2 ks do 8. 1. 2027.\n"
            "Pol. 2 - vstup vířivé kádě DN65: 4 ks za 8 650,00 Kč/ks, dodání 11. 12. 2026.\n\n"
            "S pozdravem\n\nIng. Petr Novák\nobchodní oddělení\nPivovarská technika Plzeň s.r.o.\nTylova 57, 301 00 Plzeň\n"
            "tel.: +420 377 555 210\n")
    eml = mail(p, ("Petr Novák", "petr.novak@pivotech.example"), D(2026, 11, 11, 9, 12), body, lang="cs",
               cs="iso-8859-2", henc="Q")
    return [p], eml, conf("Line 1: 2 on 2026-12-11 and 2 on 2027-01-08; line 2 as ordered.",
                          labels(p, {1: ("C", 4, None, "2027-01-08", [(2, "2026-12-11"), (2, "2027-01-08")]), 2: "A"}))


@case("skate-deck-slovak-reject", "confirmation/sk-SK", "windows-1250 list: line 1 confirmed, line 2 refused (discontinued), line 3 deferred ('ozveme sa samostatne') = unconfirmed")
def c028():
    s = sup("SKEJT", "Skejt Dosky Slovakia s.r.o.", "objednavky@skejtdosky.example", "sk-SK")
    p = po("4500232601", s, "EUR", [
        ("SK-DK-8.5", "Skateboard deck 8.5\" maple, blank", 150, "PCS", "9.60", "2026-12-18"),
        ("SK-DK-CRU-9x32", "Cruiser deck 9x32\", bamboo/maple", 60, "PCS", "18.40", "2026-12-18"),
        ("SK-RIS-1/8", "Riser pads 1/8\", pair", 200, "PAIR", "1.10", "2026-12-18")], buyer=B_TOMAS)
    body = ("Dobrý deň,\n\nk objednávke 4500232601:\n"
            "- položka 1 (dosky 8.5\"): 150 ks, 9,60 EUR/ks, dodanie 18.12.2026 - potvrdzujeme.\n"
            "- položka 2 (cruiser 9x32\"): žiaľ, túto položku nevieme dodať, výroba bambusových dosiek bola ukončená.\n\n"
            "K podložkám (položka 3) sa ozveme samostatne budúci týždeň.\n\nS pozdravom\nMartin Horváth\n"
            "Skejt Dosky Slovakia s.r.o., Priemyselná 8, 917 01 Trnava\n+421 33 555 48 20\n")
    eml = mail(p, ("Martin Horváth", "martin.horvath@skejtdosky.example"), D(2026, 11, 24, 8, 58), body,
               client="apple", quote="apple", re="Re:", cs="windows-1250", alt=False, henc="Q")
    return [p], eml, conf("Line 1 accepted, line 2 rejected, line 3 only promised for later = unconfirmed.",
                          labels(p, {1: "A", 2: "R", 3: "U"}))


@case("ceramic-hob-hungarian", "confirmation/hu-HU", "Hungarian ISO-8859-2 reply with year-first dates (2026.12.18.) and HUF prices with space thousands separators")
def c029():
    s = sup("KERLAP", "Kerámialap Kft.", "rendeles@keramialap.example", "hu-HU")
    p = po("4500232622", s, "HUF", [
        ("KL-60-IND", "Ceramic hob 60 cm, 4 zones, touch control", 20, "EA", "48500", "2026-12-15"),
        ("KL-FRM-60", "Stainless frame for 60 cm hob", 20, "EA", "6200", "2026-12-15")])
    body = ("Tisztelt Okafor Asszony!\n\nKöszönjük a 4500232622 számú megrendelést. Visszaigazoljuk:\n"
            "1. tétel: 20 db, egységár 49 900 Ft (a 2027-es árlista szerint), szállítás 2026.12.18.\n"
            "2. tétel: 20 db, egységár 6 200 Ft, szállítás 2026.12.15.\n\nÜdvözlettel:\nKovács Anna\nértékesítés\n"
            "Kerámialap Kft., 6000 Kecskemét, Szent István körút 21.\nTel.: +36 76 555 120\n")
    eml = mail(p, ("Kovács Anna", "kovacs.anna@keramialap.example"), D(2026, 11, 20, 10, 27), body, lang="hu",
               re="VÁLASZ:", cs="iso-8859-2", henc="Q")
    return [p], eml, conf("Line 1: price 49 900 HUF and ship 2026-12-18; line 2 as ordered (2026.12.15.).",
                          labels(p, {1: ("C", None, "49900", "2026-12-18"), 2: "A"}))


@case("grape-press-erp-pdf-only", "confirmation/it-IT", "automatic ERP mail whose only content is a Flate-compressed PDF order confirmation with Italian number and date formats")
def c030():
    s = sup("ENOVEN", "Enotecnica Veneta S.p.A.", "ordini@enotecnicaveneta.example", "it-IT")
    p = po("4500232640", s, "EUR", [
        ("PS-25-PN", "Pneumatic press 25 hl, closed tank, 400V 3-phase", 1, "EA", "31800.00", "2026-12-18"),
        ("DG-30", "Destemmer-crusher 30 t/h", 1, "EA", "7450.00", "2026-12-18"),
        ("PMP-EL-50", "Elliptical rotor pump 50 hl/h", 2, "EA", "2890.00", "2026-12-18")])
    pdf = make_pdf(["#CONFERMA D'ORDINE  OC-26-04417", "Enotecnica Veneta S.p.A. - Via dell'Industria 21 - 31015 Conegliano (TV)",
                    "Data: 17/11/2026        Cliente: Halvorsen Trading AB        Vs. ordine: 4500232640 del 02/11/2026",
                    "",
                    "Pos  Codice      Descrizione                        Q.ta  UM   Prezzo unit. EUR   Consegna",
                    "1    PS-25-PN    Pressa pneumatica 25 hl            1     pz   31.800,00          18/12/2026",
                    "2    DG-30       Diraspatrice-pigiatrice 30 t/h     1     pz    7.450,00          15/01/2027",
                    "3    PMP-EL-50   Pompa a rotore elicoidale 50 hl/h  2     pz    2.950,00          18/12/2026",
                    "", "Totale imponibile: 45.150,00 EUR", "Resa: DAP Goteborg  -  Pagamento: 30 gg d.f.",
                    "Nota pos. 3: prezzo aggiornato secondo listino 2027."], compress=True,
                   title="Conferma d'ordine OC-26-04417", producer="Enotecnica ERP", date="D:20261117063012+01'00'")
    assert 31800 + 7450 + 2 * 2950 == 45150
    body = ("Conferma d'ordine n. OC-26-04417 relativa al Vs. ordine 4500232640.\nIn allegato il documento in formato PDF.\n\n"
            "Questo messaggio è generato automaticamente, si prega di non rispondere.\n")
    eml = mail(p, ("Enotecnica Veneta ERP", "noreply-erp@enotecnicaveneta.example"), D(2026, 11, 17, 6, 30), body,
               client="erp", subject="Conferma d'ordine OC-26-04417 - Vs. ordine 4500232640", quote=None, thread=False,
               cs="iso-8859-1", alt=False, attachments=[mime.att(pdf, "application/pdf", "OC-26-04417.pdf")])
    return [p], eml, conf("All values only in the compressed PDF: line 2 delivery 2027-01-15, line 3 price 2.950,00; ERP mail is a confirmation, not an auto-reply.",
                          labels(p, {1: "A", 2: ("C", None, None, "2027-01-15"), 3: ("C", None, "2950.00", None)}))


@case("car-seat-inline-answers", "confirmation/es-MX", "answers written inline under each row of the quoted Outlook table; line 2 split in two deliveries, line 3 new price")
def c031():
    s = sup("ASBAJIO", "Asientos Seguros del Bajío S.A. de C.V.", "ventas@asientosbajio.example", "es-MX")
    p = po("4500232666", s, "USD", [
        ("ASB-CONV-2/36", "Convertible car seat 2-36 kg, 5-point harness", 120, "EA", "96.50", "2026-12-11"),
        ("ASB-INF-0+", "Infant carrier group 0+ with canopy", 80, "EA", "72.00", "2026-12-11"),
        ("ASB-CVR-WSH", "Washable seat cover set, grey", 200, "SET", "11.25", "2026-12-11")], buyer=B_TOMAS)
    answers = {1: "    >> ASB: OK, confirmado tal cual.",
               2: "    >> ASB: Solo 60 pzas. para el 11/12/2026; las otras 20 pzas. el 15/01/2027. Precio sin cambio.",
               3: "    >> ASB: Cantidad y fecha OK, pero el precio nuevo es 11.90 USD por juego (aumento de la tela)."}
    rows = req_table(p).split("\n")
    tbl = [rows[0]]
    for i, r in enumerate(rows[1:], 1):
        tbl += [r, answers[i]]
    req = req_text(p).replace(req_table(p), "\n".join(tbl))
    b = p["buyer"]
    body = ("Hola Tomas, te contesto entre líneas (abajo, marcado con >> ASB).\n\nSaludos,\n\nJosé Luis Hernández\n"
            "Ventas Exportación\nAsientos Seguros del Bajío S.A. de C.V.\nBlvd. Aeropuerto 3050, León, Gto., México\n"
            "Tel. +52 477 555 8120\n\n-----Mensaje original-----\n"
            f"De: {b['name']} <{b['email']}>\nEnviado el: lunes, 2 de noviembre de 2026 10:12\nPara: {s['email']}\n"
            f"Asunto: {req_subject(p)}\n\n" + req)
    eml = mail(p, ("José Luis Hernández", "jl.hernandez@asientosbajio.example"), D(2026, 11, 12, 18, 5, "-0600"), body,
               lang="es", quote=None, cs="windows-1252", henc="Q", alt=False)
    return [p], eml, conf("Inline answers: line 1 as ordered; line 2 60 on 2026-12-11 + 20 on 2027-01-15; line 3 price 11.90.",
                          labels(p, {1: "A", 2: ("C", 80, None, "2027-01-15", [(60, "2026-12-11"), (20, "2027-01-15")]),
                                     3: ("C", None, "11.90", None)}))


@case("bamboo-floor-price-per-box", "confirmation/pt-BR", "PO in M2 confirmed in boxes of 2 m2 with a price per box: R$ 171,80 / 2 = 85.90 per M2")
def c032():
    s = sup("BAMBUBR", "Bambu Brasil Pisos Ltda.", "vendas@bambubrasil.example", "pt-BR")
    p = po("4500232688", s, "BRL", [
        ("BB-PISO-15x125", "Bamboo floor 15x125x1820 mm, vertical, varnished", 120, "M2", "84.50", "2026-12-18"),
        ("BB-RODA-70", "Bamboo skirting 15x70x2400 mm", 90, "PCS", "31.00", "2026-12-18")])
    body = ("Olá Mira, tudo bem?\n\nSegue a confirmação do pedido 4500232688:\n\n"
            "Item 1 - Piso bambu 15x125: 60 caixas de 2 m² cada (= 120 m²), R$ 171,80 por caixa, entrega 18/12/2026.\n"
            "Item 2 - Rodapé 15x70: 90 peças a R$ 31,00, entrega 18/12/2026.\n\nAbraço,\nRafael Souza\nComercial\n"
            "Bambu Brasil Pisos Ltda. - Rod. SC-401, km 5, Florianópolis/SC\n(48) 3555-2210\n")
    eml = mail(p, ("Rafael Souza", "rafael.souza@bambubrasil.example"), D(2026, 11, 13, 14, 18, "-0300"), body,
               client="gmail", quote="gmail", re="Re:")
    return [p], eml, conf("Quantity 60 boxes x 2 m2 = 120 M2 as ordered; price per box / 2 = 85.90 BRL per M2 (PO 84.50).",
                          labels(p, {1: ("C", None, "85.90", None), 2: "A"}))


@case("windsurf-sail-xlsx-only", "confirmation/pt-PT", "the answer is only in an attached XLSX (day-first date strings); body just says see attachment")
def c033():
    s = sup("VELASATL", "Velas Atlântico Lda.", "encomendas@velasatlantico.example", "pt-PT")
    p = po("4500232702", s, "EUR", [
        ("VA-FR-6.2", "Freeride sail 6.2 m2, 4 battens", 8, "PCS", "545.00", "2026-12-11"),
        ("VA-FR-7.0", "Freeride sail 7.0 m2, 5 battens", 8, "PCS", "579.00", "2026-12-11"),
        ("VA-BOOM-160/210", "Aluminium boom 160-210 cm", 10, "PCS", "189.00", "2026-12-11"),
        ("VA-EXT-30", "Mast extension 30 cm, US cup", 10, "PCS", "62.00", "2026-12-11")], buyer=B_ELLA)
    x = make_xlsx([["Confirmação de encomenda", None, None, None, None, None],
                   ["V/ encomenda", "4500232702", None, None, None, None],
                   ["Linha", "Artigo", "Quantidade", "Preço unit. EUR", "Data de entrega", "Observações"],
                   [1, "VA-FR-6.2", 8, 545.00, "11/12/2026", ""],
                   [2, "VA-FR-7.0", 6, 579.00, "11/12/2026", "só 6 unidades disponíveis"],
                   [3, "VA-BOOM-160/210", 10, 189.00, "18/12/2026", "retranca chega do fornecedor a 16/12"],
                   [4, "VA-EXT-30", 10, 62.00, "11/12/2026", ""]], sheet="Confirmacao", creator="Velas Atlantico")
    body = ("Bom dia Ella,\n\nEm anexo segue a nossa confirmação da encomenda 4500232702 (ficheiro Excel).\n\n"
            "Cumprimentos,\nInês Carvalho\nVelas Atlântico Lda.\nZona Industrial de Peniche, Lote 12, 2520-000 Peniche\n"
            "+351 262 555 310\n")
    eml = mail(p, ("Inês Carvalho", "ines.carvalho@velasatlantico.example"), D(2026, 11, 18, 11, 11, "+0000"), body,
               lang="pt", cs="iso-8859-1", henc="Q",
               attachments=[mime.att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                     "Confirmacao_4500232702.xlsx")])
    return [p], eml, conf("All values in the XLSX: line 2 only 6 pcs, line 3 delivery 2026-12-18, lines 1 and 4 as ordered; 16/12 in a remark is not a commitment.",
                          labels(p, {1: "A", 2: ("C", 6, None, None), 3: ("C", None, None, "2026-12-18"), 4: "A"}))


@case("extinguisher-refill-norwegian-weeks", "confirmation/nb-NO", "Norwegian week numbers without days ('uke 50', 'uke 2'); line 2 split over the year end so 'uke 2' is 2027")
def c034():
    s = sup("BRANNV", "Brannservice Vest AS", "ordre@brannservicevest.example", "nb-NO")
    p = po("4500232725", s, "NOK", [
        ("BV-PUL-6", "Powder refill ABC, 6 kg", 300, "PCS", "118.00", "2026-12-11"),
        ("BV-SKUM-9", "Foam refill AFFF 9 L", 150, "PCS", "164.00", "2026-12-11")])
    assert kw_friday(2026, 50) == "2026-12-11" and kw_friday(2027, 2) == "2027-01-15"
    body = ("Hei Mira,\n\nTakk for bestillingen 4500232725. Vi bekrefter linje 1 med 300 stk. til 118,00 kr, levering uke 50.\n"
            "Linje 2 leveres i to omganger: 100 stk. i uke 50 og resterende 50 stk. i uke 2, pris 164,00 kr.\n\n"
            "Med vennlig hilsen\nKari Nordmann\nKundeservice\nBrannservice Vest AS, Sandviksveien 31, 5035 Bergen\n"
            "Tlf. 55 55 12 80\n")
    eml = mail(p, ("Kari Nordmann", "kari.nordmann@brannservicevest.example"), D(2026, 11, 25, 13, 37), body,
               re="SV:", lang="nb", cs="iso-8859-1", henc="Q")
    return [p], eml, conf("Week 50 = Friday 2026-12-11 (= requested); line 2: 100 on 2026-12-11, 50 on Friday of week 2/2027 = 2027-01-15.",
                          labels(p, {1: "A", 2: ("C", 150, None, "2027-01-15", [(100, "2026-12-11"), (50, "2027-01-15")])}))


@case("aquarium-finnish-one-of-three-pos", "confirmation/fi-FI", "three open POs in pos.json; the Finnish reply answers only 4500232742 and merely mentions the other two")
def c035():
    s = sup("AKVLASI", "Akvaariolasi Oy", "tilaukset@akvaariolasi.example", "fi-FI")
    p1 = po("4500232741", s, "EUR", [
        ("AL-OW-1200x500x12", "Optiwhite panel 1200x500x12 mm", 24, "PCS", "96.00", "2026-12-11"),
        ("AL-OW-600x400x8", "Optiwhite panel 600x400x8 mm", 40, "PCS", "31.50", "2026-12-11")], issued="2026-11-03")
    p2 = po("4500232742", s, "EUR", [
        ("SIL-AQ-310-BK", "Aquarium silicone 310 ml, black", 96, "PCS", "12.40", "2026-12-04"),
        ("SC-40-4", "Suction cups 40 mm, box of 4", 50, "BOX", "3.20", "2026-12-04")], issued="2026-11-03")
    p3 = po("4500232760", s, "EUR", [
        ("AL-SUMP-800", "Sump glass set 800x400x400 mm, 8 mm", 6, "SET", "148.00", "2026-12-18")], issued="2026-11-05")
    body = ("Hei Mira,\n\ntilaus 4500232742 on vahvistettu: silikonit ja imukupit toimitetaan tilatuilla määrillä ja hinnoilla, "
            "toimitus 4.12.2026.\n\nTilauksista 4500232741 ja 4500232760 palaamme asiaan ensi viikolla.\n\n"
            "Ystävällisin terveisin\nJussi Mäkinen\nmyyntipalvelu\nAkvaariolasi Oy, Lasitehtaantie 4, 33300 Tampere\n"
            "puh. 040 555 1234\n")
    eml = mail(p2, ("Jussi Mäkinen", "jussi.makinen@akvaariolasi.example"), D(2026, 11, 25, 10, 2, "+0200"), body,
               re="VS:", lang="fi", cs="iso-8859-1", henc="Q")
    return [p1, p2, p3], eml, conf("Only PO 4500232742 is answered (as ordered, 4.12.2026); the two other POs are only mentioned and left out.",
                                   labels(p2, {1: "A", 2: "A"}))


@case("police-radio-ticket-receipt", "auto_reply/en-US", "helpdesk ticket acknowledgement ('Your request (#48213) has been received') echoing the PO number and our table")
def c036():
    s = sup("BLUECST", "Bluecoast Radio Systems Inc.", "orders@bluecoastradio.example", "en-US")
    p = po("4500232788", s, "USD", [
        ("BC-P25-7800", "P25 portable radio 764-870 MHz, 3 W", 25, "EA", "1640.00", "2026-12-18"),
        ("BC-SPK-MIC", "Speaker microphone IP67", 25, "EA", "118.00", "2026-12-18")], issued="2026-11-11", buyer=B_TOMAS)
    body = ("##- Please type your reply above this line -##\n\nHello Tomas,\n\nThank you for contacting Bluecoast Radio "
            "Systems. Your request (#48213) has been received and is being reviewed by our Order Management team. "
            "A representative will respond within 2 business days.\n\nTo add additional comments, reply to this email.\n\n"
            "----------------------------------------------\nTomas Ribeiro, Nov 11, 2026, 10:12 CET\n\n")
    eml = mail(p, ("Bluecoast Order Management", "support@bluecoastradio.example"), D(2026, 11, 11, 4, 12, "-0500", 31),
               body, subject="[Request #48213] Received: " + req_subject(p), client="other", quote="raw-gt",
               cs="utf-8", extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                       ("Precedence", "bulk")],
               sig="This email is a service from Bluecoast Radio Systems Support. [K7Q2-MW3R]\n\n")
    return [p], eml, other("auto_reply", "Ticket-system receipt; it echoes the request (PO table with quantities and dates) but commits to nothing.")
