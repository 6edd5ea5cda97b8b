"""Cases 001-018: confirmations (Western Europe, Asia, special patterns)."""
import copy

from .common import A, R, U, PO, D, case, conf, exp_conf, kw
from .mime import attach, reply_mail
from .pdf import make_pdf


@case("curtains-accepted-oneliner", "confirmation/en-GB",
      "One-line 'confirmed as ordered' whose only date 11/12/2026 is day-first and descriptions carry 12x8 m, 3/8 in and 2027 numbers.")
def c01(c):
    sup = ("STAGEWEAVE", "Stageweave Textiles Ltd", "orders@stageweave.example", "en-GB")
    po = PO("4500381204", sup, "GBP", "2026-11-03", [
        ("SW-VEL-320-BK", "Stage curtain velour 320 g/m2, black, FR, 12x8 m", 2, "SET", "3840.00", "2026-12-11"),
        ("SW-TRK-6M", "Curtain track 6 m, 24V motor, 2027 model", 4, "EA", "1265.00", "2026-12-11"),
        ("SW-TAB-3/8", "Tie tabs 3/8 in, black, 100 per bag", 6, "BOX", "18.50", "2026-12-11"),
    ], buyer="hl")
    reply = ("Hi Hanna,\n\nConfirmed as ordered - all three lines for delivery 11/12/2026.\n\n"
             "Best regards\nOwen Pritchard\nSales Office | Stageweave Textiles Ltd\n"
             "Unit 14, Canal Side, Bradford BD3 9PQ\nT +44 1274 555 018\n\n"
             "Stageweave Textiles Ltd is registered in England and Wales, company no. 04417385. "
             "This e-mail and any attachments are confidential.\n")
    eml = reply_mail(c, po, frm=("Owen Pritchard", "o.pritchard@stageweave.example"),
                     date=D(2026, 11, 10, 9, 14, 2, "+0000"), reply=reply, client="outlook",
                     charset="windows-1252", lang_tag="en-GB")
    return [po], eml, exp_conf("Short blanket confirmation from a colleague; 11/12/2026 is 11 December in en-GB, equal to the requested date.",
                               conf(po, {1: A, 2: A, 3: A}))


@case("xray-kw51-dienstag", "confirmation/de-DE",
      "German per-position table mixing 'KW 51' (Friday) and 'Dienstag, KW 50' (a named weekday) with decimal-comma prices.")
def c02(c):
    sup = ("DENTIMAG", "Dentimag Sensorik GmbH", "auftrag@dentimag.example", "de-DE")
    po = PO("4500381377", sup, "EUR", "2026-11-04", [
        ("DX-S2-15", "Intraoral X-ray sensor size 2, 1.5 m cable, USB", 6, "EA", "2890.00", "2026-12-11"),
        ("DX-S1-15", "Intraoral X-ray sensor size 1, 1.5 m cable, USB", 4, "EA", "2740.00", "2026-12-11"),
        ("DX-HS-100", "Hygiene sleeves for sensor size 1/2, 100 pcs", 20, "BOX", "24.90", "2026-12-04"),
    ], buyer="mb")
    reply = ("Sehr geehrter Herr Bellandi,\n\nvielen Dank für Ihre Bestellung 4500381377, die wir wie folgt bestätigen:\n\n"
             "Pos. 1  DX-S2-15    6 St.   2.890,00 €   Liefertermin KW 51\n"
             "Pos. 2  DX-S1-15    4 St.   2.740,00 €   Liefertermin Dienstag, KW 50\n"
             "Pos. 3  DX-HS-100  20 Box      24,90 €   Liefertermin 04.12.2026 wie gewünscht\n\n"
             "Die Sensoren der Größe 2 kommen aus der neuen Fertigungscharge, daher KW 51.\n\n"
             "Mit freundlichen Grüßen\n\ni. A. Sabine Krämer\nInnendienst / Auftragsabwicklung\n\n"
             "Dentimag Sensorik GmbH · Robert-Bosch-Str. 12 · 73037 Göppingen\n"
             "Tel. +49 7161 555-240 · Fax +49 7161 555-299\n"
             "Amtsgericht Ulm HRB 540112 · Geschäftsführer: Dr. Jens Auer\n")
    eml = reply_mail(c, po, frm=("Krämer, Sabine", "s.kraemer@dentimag.example"),
                     date=D(2026, 11, 11, 14, 3, 27, "+0100"), reply=reply, client="outlook", lang="de",
                     charset="iso-8859-15", lang_tag="de-DE", subject="AW: Order acknowledgment request - PO 4500381377")
    return [po], eml, exp_conf("KW 51 -> Fri 2026-12-18; 'Dienstag, KW 50' -> Tue 2026-12-08 (earlier than requested, still a change); line 3 as ordered.",
                               conf(po, {1: (None, None, kw(51)), 2: (None, None, kw(50, 2)), 3: A}))


@case("cocoa-semaine-51", "confirmation/fr-FR",
      "French 'livraison semaine 51' for both lines, quantities in tonnes and prices per tonne against a PO in KG.")
def c03(c):
    sup = ("CACAOSUD", "Cacao Sud Négoce SAS", "adv@cacaosud.example", "fr-FR")
    po = PO("4500380950", sup, "EUR", "2026-11-02", [
        ("CB-CIV-GR1", "Cocoa beans Ivory Coast grade I, 2026/27 crop, jute bags 62.5 kg", 12000, "KG", "3.85", "2026-12-04"),
        ("CB-GHA-GR1", "Cocoa beans Ghana grade I, 2026/27 crop, jute bags 62.5 kg", 6000, "KG", "4.10", "2026-12-04"),
    ], buyer="tf")
    reply = ("Bonjour Monsieur Ferreira,\n\nNous accusons réception de votre commande 4500380950 et la confirmons "
             "comme suit :\n\n- Ligne 1 : fèves Côte d'Ivoire grade I, 12 t à 3 850,00 €/t\n"
             "- Ligne 2 : fèves Ghana grade I, 6 t à 4 100,00 €/t\n\n"
             "Livraison semaine 51 pour les deux lignes, le navire ayant été retardé au port d'Abidjan.\n\n"
             "Cordialement,\n\nÉlodie Marchand\nAdministration des ventes\nCacao Sud Négoce SAS - 14, quai de Saône - 13002 Marseille\n"
             "Tél. : +33 4 91 55 02 17\n")
    eml = reply_mail(c, po, frm=("Élodie Marchand", "e.marchand@cacaosud.example"),
                     date=D(2026, 11, 9, 16, 41, 8, "+0100"), reply=reply, client="tb", lang="fr",
                     charset="iso-8859-15", flowed=True,
                     quote_style="Le {d.day:02d}/{d.month:02d}/{d.year} à {hh}:{mm:02d}, {name} a écrit :",
                     subject="Re: Order acknowledgment request - PO 4500380950")
    return [po], eml, exp_conf("12 t = 12000 KG and 3 850,00 EUR/t = 3.85 EUR/KG (unchanged); 'semaine 51' -> Friday 2026-12-18, later than requested.",
                               conf(po, {1: (12000, "3.85", kw(51)), 2: (6000, "4.10", kw(51))}))


@case("forks-esmx-dic", "confirmation/es-MX",
      "Mexican Spanish list with dates written '18/dic/2026' and '08/ene/2027' (month abbreviations, year rollover).")
def c04(c):
    sup = ("SUSPSIERRA", "Suspensiones Sierra Madre S.A. de C.V.", "ventas@suspsierra.example", "es-MX")
    po = PO("4500381655", sup, "USD", "2026-11-05", [
        ("SF-29-140-B", "MTB suspension fork 29in, 140 mm travel, boost 15x110, 2027 model", 40, "EA", "412.50", "2026-12-15"),
        ("SF-275-120", "MTB suspension fork 27.5in, 120 mm travel, 9 mm QR", 25, "EA", "298.00", "2026-12-15"),
        ("SF-SEAL-32", "Dust seal kit 32 mm stanchions, 2 pcs/set", 100, "SET", "11.40", "2026-12-01"),
    ], buyer="ro")
    reply = ("Buen día Ruth,\n\nTe confirmo la OC 4500381655:\n\n"
             "Partida 1 - 40 pzas - US$ 412.50 - entrega 18/dic/2026\n"
             "Partida 2 - 25 pzas - US$ 298.00 - entrega 08/ene/2027\n"
             "Partida 3 - 100 juegos - US$ 11.40 - entrega 01/dic/2026\n\n"
             "La partida 2 se recorre a enero por el cierre de planta del 21/dic al 4/ene.\n\n"
             "Saludos cordiales,\n\nIng. Alejandro Ríos\nEjecutivo de Ventas\nSuspensiones Sierra Madre S.A. de C.V.\n"
             "Av. Industrias 2210, Parque Industrial, 64540 Monterrey, N.L.\nTel. +52 81 5555 3390\n")
    eml = reply_mail(c, po, frm=("Alejandro Ríos", "alejandro.rios@suspsierra.example"),
                     date=D(2026, 11, 12, 11, 22, 45, "-0600"), reply=reply, client="gmail", lang="es",
                     charset="UTF-8", quote_style="El {d.day} nov {d.year} a las {hh}:{mm:02d}, {name} (<{mail}>) escribió:")
    return [po], eml, exp_conf("Spanish month abbreviations dic/ene; a plant-closure range 21/dic-4/ene is not a delivery date; line 3 as ordered.",
                               conf(po, {1: (None, None, "2026-12-18"), 2: (None, None, "2027-01-08"), 3: A}))


@case("freezers-cz-termin", "confirmation/cs-CZ",
      "Czech 'termín dodání 18. 12.' and '4. 1.' without a year; the second rolls into 2027; CZK prices with space thousands.")
def c05(c):
    sup = ("KRYOLAB", "Kryolab s.r.o.", "obchod@kryolab.example", "cs-CZ")
    po = PO("4500381402", sup, "CZK", "2026-11-04", [
        ("ULT-86-700", "Ultra-low freezer -86 C, 700 L, 230V/50Hz", 2, "EA", "189900.00", "2026-12-18"),
        ("RK-4X5-50", "Freezer rack 4x5 for 50 mm boxes, stainless", 12, "EA", "3450.00", "2026-12-18"),
        ("CB-2IN-81", "Cryo box 2 in, 81 places, PC", 10, "BOX", "640.00", "2026-12-11"),
    ], buyer="ka")
    reply = ("Dobrý den, paní Arai,\n\npotvrzujeme Vaši objednávku č. 4500381402 takto:\n\n"
             "pol. 1  ULT-86-700   2 ks   189 900,00 Kč   termín dodání 18. 12.\n"
             "pol. 2  RK-4X5-50   12 ks     3 450,00 Kč   termín dodání 18. 12.\n"
             "pol. 3  CB-2IN-81   10 bal.     640,00 Kč   termín dodání 4. 1.\n\n"
             "Kryoboxy jsou momentálně vyprodané, nová dodávka přijde po novém roce.\n\n"
             "S pozdravem\n\nPetra Dvořáková\nobchodní oddělení\nKryolab s.r.o., Průmyslová 1184/7, 602 00 Brno\n"
             "tel.: +420 541 555 218, IČO: 27718652\n")
    eml = reply_mail(c, po, frm=("Petra Dvořáková", "dvorakova@kryolab.example"),
                     date=D(2026, 11, 13, 8, 55, 10, "+0100"), reply=reply, client="outlook", lang="cs",
                     charset="windows-1250", lang_tag="cs-CZ", subject="RE: Order acknowledgment request - PO 4500381402")
    return [po], eml, exp_conf("Yearless Czech dates: 18. 12. -> 2026-12-18 (as requested), 4. 1. -> next 4 January after the mail = 2027-01-04.",
                               conf(po, {1: A, 2: A, 3: (None, None, "2027-01-04")}))


@case("winch-ptpt-dezembro", "confirmation/pt-PT",
      "European Portuguese prose 'entrega a 18 de dezembro' without a year for one line, the other explicitly 'conforme pedido'.")
def c06(c):
    sup = ("GUINCHOMAR", "Guinchomar - Equipamentos Navais, Lda.", "encomendas@guinchomar.example", "pt-PT")
    po = PO("4500381011", sup, "EUR", "2026-11-03", [
        ("GH-12T-HYD", "Hydraulic trawl winch 12 t, drum 600x900 mm", 1, "EA", "38500.00", "2026-12-11"),
        ("GH-WR-16", "Steel wire rope 16 mm, galvanised, 6x19", 800, "M", "6.85", "2026-12-11"),
    ], buyer="tf")
    reply = ("Caro Sr. Ferreira,\n\nAgradecemos a sua encomenda n.º 4500381011.\n\n"
             "Confirmamos o guincho hidráulico de 12 t (linha 1) ao preço de 38.500,00 €, com entrega a 18 de dezembro.\n"
             "O cabo de aço de 16 mm (linha 2), 800 m a 6,85 €/m, segue com entrega a 11 de dezembro, conforme pedido.\n\n"
             "Com os melhores cumprimentos,\n\nRui Valente\nDepartamento Comercial\n"
             "Guinchomar - Equipamentos Navais, Lda.\nRua do Porto de Pesca, 45, 4450-718 Matosinhos\nTel.: +351 229 555 310\n")
    eml = reply_mail(c, po, frm=("Rui Valente", "rui.valente@guinchomar.example"),
                     date=D(2026, 11, 10, 17, 5, 44, "+0000"), reply=reply, client="apple", lang="pt",
                     charset="windows-1252", subject="Re: Order acknowledgment request - PO 4500381011",
                     quote_style="No dia {d.day:02d}/{d.month:02d}/{d.year}, às {hh}:{mm:02d}, {name} <{mail}> escreveu:")
    return [po], eml, exp_conf("Yearless 'entrega a 18 de dezembro' -> 2026-12-18 for the winch; wire rope confirmed as ordered.",
                               conf(po, {1: (None, None, "2026-12-18"), 2: A}))


@case("orchid-ja-per100", "confirmation/ja-JP",
      "Shift_JIS Japanese reply quoting prices '100個あたり' (per 100 pieces) that must be divided down to the PO's per-piece JPY price.")
def c07(c):
    sup = ("HANAUEKI", "Hanaueki Co., Ltd.", "eigyo@hanaueki.example", "ja-JP")
    po = PO("4500381720", sup, "JPY", "2026-11-05", [
        ("OP-12-CLR", "Orchid pot clear PP 12 cm, 8 drainage holes", 5000, "PCS", "38", "2026-12-11"),
        ("OP-9-CLR", "Orchid pot clear PP 9 cm", 3000, "PCS", "29", "2026-12-11"),
        ("OP-SAU-12", "Saucer 12 cm, white", 5000, "PCS", "22", "2026-12-11"),
    ], buyer="ka")
    reply = ("新井様\n\nいつもお世話になっております。\n花植器株式会社の田中でございます。\n\n"
             "ご注文書 4500381720 につきまして、下記の通りお請けいたします。\n\n"
             "1. OP-12-CLR　透明鉢12cm　5,000個　100個あたり 4,200円　納期 2026年12月11日\n"
             "2. OP-9-CLR　 透明鉢9cm 　3,000個　100個あたり 2,900円　納期 2026年12月11日\n"
             "3. OP-SAU-12　受皿12cm　 5,000個　100個あたり 2,200円　納期 2026年12月18日\n\n"
             "※原材料価格の高騰により、OP-12-CLRの単価を改定させていただきました。\n"
             "　受皿は成形機の都合により1週間遅れとなります。何卒ご了承くださいませ。\n\n"
             "今後ともよろしくお願い申し上げます。\n\n"
             "------------------------------\n花植器株式会社　営業部\n田中 浩二\n"
             "〒492-8501 愛知県稲沢市北島町3-15\nTEL 0587-55-1234 / FAX 0587-55-1235\n------------------------------\n")
    eml = reply_mail(c, po, frm=("田中 浩二", "k.tanaka@hanaueki.example"),
                     date=D(2026, 11, 16, 10, 31, 2, "+0900"), reply=reply, client="other", lang="ja",
                     charset="Shift_JIS", cte="base64", html=False, subject="Re: Order acknowledgment request - PO 4500381720",
                     quote_style="On {d.year}/{d.month:02d}/{d.day:02d} {hh}:{mm:02d}, {name} wrote:",
                     extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])
    return [po], eml, exp_conf("Prices per 100 pieces: 4,200 JPY/100 = 42 (changed from 38), 2,900/100 = 29 and 2,200/100 = 22 unchanged; saucers one week late.",
                               conf(po, {1: (None, "42", None), 2: A, 3: (None, None, "2026-12-18")}))


@case("goggles-ko-partial", "confirmation/ko-KR",
      "EUC-KR Korean reply shipping 300 of 500 goggles now and the remaining 200 'next month' on a stated date (ship dates only).")
def c08(c):
    sup = ("SEOULOPT", "Seoul Optics Co., Ltd.", "sales@seouloptics.example", "ko-KR")
    po = PO("4500381390", sup, "USD", "2026-11-04", [
        ("GG-DUAL-AF", "Ski goggle dual lens anti-fog, OTG, VLT 18%", 500, "PCS", "21.80", "2026-12-04"),
        ("GG-LENS-S3", "Spare lens S3 mirror, 2027 frame fit", 200, "PCS", "7.20", "2026-12-04"),
    ], buyer="ro")
    reply = ("Ruth Osei 님께,\n\n안녕하십니까. 서울옵틱스 해외영업팀 김민준입니다.\n발주서 4500381390 건 회신 드립니다.\n\n"
             "1번 품목 GG-DUAL-AF: 총 500개 중 300개는 11월 27일 출하 가능하며, 나머지 200개는 다음 달 12월 18일에 출하 예정입니다. 단가 USD 21.80 동일.\n"
             "2번 품목 GG-LENS-S3: 200개, 단가 USD 7.20, 12월 4일 출하 확정.\n\n"
             "감사합니다.\n김민준 드림\n\n서울옵틱스(주) 해외영업팀\n서울특별시 금천구 가산디지털1로 168, 7층\nTel. +82-2-555-7714\n")
    eml = reply_mail(c, po, frm=("김민준", "mj.kim@seouloptics.example"),
                     date=D(2026, 11, 18, 17, 40, 12, "+0900"), reply=reply, client="outlook", lang="ko",
                     charset="euc-kr", cte="base64", lang_tag="ko-KR", subject="RE: Order acknowledgment request - PO 4500381390")
    return [po], eml, exp_conf("Partial shipment 300 on 2026-11-27 plus 200 'next month' on 2026-12-18 (ship dates count); spare lenses as ordered.",
                               conf(po, {1: (500, "21.80", "2026-12-18", [(300, "2026-11-27"), (200, "2026-12-18")]), 2: A}))


@case("teabags-hiin-rs", "confirmation/hi-IN",
      "Hindi/English mix quoting 'Rs. 1.90 per bag' against a PO priced per box of 100, with dd-mm-yyyy dispatch dates.")
def c09(c):
    sup = ("ASSAMLEAF", "Assam Leaf Exports Pvt. Ltd.", "orders@assamleaf.example", "hi-IN")
    po = PO("4500380977", sup, "INR", "2026-11-02", [
        ("TB-ENG-100", "English breakfast tea bags 2 g, box of 100", 400, "BOX", "185.00", "2026-12-11"),
        ("TB-GRN-100", "Green tea bags 1.5 g, box of 100", 250, "BOX", "210.00", "2026-12-11"),
    ], buyer="hl")
    reply = ("नमस्ते Hanna ji,\n\nPO 4500380977 के लिए धन्यवाद। हम order confirm करते हैं:\n\n"
             "1) English Breakfast tea bags - 400 boxes (100 bags/box) - Rs. 1.90 per bag - dispatch 11-12-2026\n"
             "2) Green tea bags - 250 boxes - Rs. 210.00 per box - dispatch 11-12-2026\n\n"
             "नई tea crop की वजह से line 1 का rate थोड़ा बढ़ा है, कृपया note करें।\n\n"
             "धन्यवाद,\nRakesh Sharma\nExport Sales, Assam Leaf Exports Pvt. Ltd.\n"
             "GS Road, Ulubari, Guwahati 781007, Assam\nMob. +91 98640 55521\n")
    eml = reply_mail(c, po, frm=("Rakesh Sharma", "rakesh.sharma@assamleaf.example"),
                     date=D(2026, 11, 10, 12, 18, 40, "+0530"), reply=reply, client="gmail", lang="hi",
                     charset="UTF-8", cte="base64")
    return [po], eml, exp_conf("Rs. 1.90 per bag x 100 bags = 190.00 INR per box (changed from 185.00); dispatch 11-12-2026 is day-first = requested date.",
                               conf(po, {1: (None, "190.00", None), 2: A}))


@case("exitsigns-ar-digits", "confirmation/ar-AE",
      "Arabic reply written entirely with Eastern Arabic digits and the Arabic decimal separator; one line changes price and date.")
def c10(c):
    sup = ("NOORSAFE", "Noor Safety Lighting LLC", "sales@noorsafety.example", "ar-AE")
    po = PO("4500381158", sup, "AED", "2026-11-03", [
        ("EX-LED-1S", "LED exit sign single-sided, 3 h battery, 230V", 240, "EA", "85.50", "2026-12-10"),
        ("EX-LED-2S", "LED exit sign double-sided, ceiling mount, 3 h", 60, "EA", "112.00", "2026-12-10"),
    ], buyer="mb")
    reply = ("السيد ماركو بيلاندي المحترم،\n\nتحية طيبة وبعد،\n\n"
             "نؤكد لكم أمر الشراء رقم ٤٥٠٠٣٨١١٥٨ كما يلي:\n\n"
             "البند ١: لوحة خروج LED أحادية الوجه - الكمية ٢٤٠ قطعة - السعر ٨٥٫٥٠ درهم للقطعة - التسليم ١٠/١٢/٢٠٢٦\n"
             "البند ٢: لوحة خروج LED مزدوجة الوجه - الكمية ٦٠ قطعة - السعر ١١٨٫٠٠ درهم للقطعة - التسليم ١٧/١٢/٢٠٢٦\n\n"
             "ملاحظة: تم تعديل سعر البند ٢ بسبب ارتفاع تكلفة البطاريات.\n\n"
             "مع خالص التحية،\nأحمد الكعبي\nقسم المبيعات - نور لأنظمة السلامة ذ.م.م\n"
             "المنطقة الصناعية ١٣، الشارقة، الإمارات العربية المتحدة\nهاتف: +971 6 555 4120\n")
    eml = reply_mail(c, po, frm=("أحمد الكعبي", "a.alkaabi@noorsafety.example"),
                     date=D(2026, 11, 12, 13, 20, 0, "+0400"), reply=reply, client="outlook", lang="ar",
                     charset="utf-8", cte="base64", lang_tag="ar-AE")
    return [po], eml, exp_conf("Eastern Arabic digits: ٨٥٫٥٠ = 85.50 and ١٠/١٢/٢٠٢٦ = 2026-12-10 (line 1 as ordered); line 2 ١١٨٫٠٠ = 118.00 and 2026-12-17.",
                               conf(po, {1: A, 2: (None, "118.00", "2026-12-17")}))


@case("yarn-fi-hinta", "confirmation/fi-FI",
      "Finnish 'hinta 12,40 €/kpl' price change with 'toimitus viikolla 50' (ISO week Friday equal to the requested date).")
def c11(c):
    sup = ("LANKATEHDAS", "Lankatehdas Oy", "tilaukset@lankatehdas.example", "fi-FI")
    po = PO("4500381290", sup, "EUR", "2026-11-04", [
        ("YN-MER-100", "Merino yarn 100 g skein, 4 ply, colour 12 grey", 300, "PCS", "11.90", "2026-12-11"),
        ("YN-ALP-50", "Alpaca blend yarn 50 g, 8/4 twist, natural", 500, "PCS", "6.20", "2026-12-11"),
    ], buyer="hl")
    reply = ("Hei Hanna,\n\nKiitos tilauksesta 4500381290. Vahvistamme seuraavasti:\n\n"
             "Rivi 1: YN-MER-100, 300 kpl, hinta 12,40 €/kpl (villan raaka-ainekorotus 1.11. alkaen), toimitus viikolla 50\n"
             "Rivi 2: YN-ALP-50, 500 kpl, hinta 6,20 €/kpl, toimitus viikolla 50\n\n"
             "Ystävällisin terveisin\n\nAnnika Heikkinen\nmyyntisihteeri\nLankatehdas Oy, Tehtaankatu 8, 33100 Tampere\npuh. 040 555 2871\n")
    eml = reply_mail(c, po, frm=("Annika Heikkinen", "annika.heikkinen@lankatehdas.example"),
                     date=D(2026, 11, 16, 12, 10, 31, "+0200"), reply=reply, client="tb", lang="fi",
                     charset="iso-8859-15", flowed=True,
                     quote_style="{name} kirjoitti {d.day}.{d.month}.{d.year} klo {hh}.{mm:02d}:")
    return [po], eml, exp_conf("'hinta 12,40 €/kpl' changes line 1 from 11.90; 'viikolla 50' = Friday 2026-12-11 = requested; '1.11.' is an effective date of the increase, not a delivery date.",
                               conf(po, {1: (None, "12.40", None), 2: A}))


@case("hooks-ensg-pdf-oc", "confirmation/en-SG",
      "Body says only 'pls find attached our OC'; every value is in a Flate-compressed PDF with day-first dates, one line moved to January.")
def c12(c):
    sup = ("LIONHOIST", "Lion Hoist & Rigging Pte Ltd", "sales@lionhoist.example", "en-SG")
    po = PO("4500381701", sup, "SGD", "2026-11-05", [
        ("CH-SH-5T", "Crane hook single shank 5 t, DIN 15401 RSN 2.5, with latch", 8, "EA", "420.00", "2026-12-18"),
        ("CH-SW-10T", "Swivel hook 10 t, grade 8, WLL 10,000 kg", 4, "EA", "685.00", "2026-12-18"),
        ("CH-LAT-25", "Safety latch kit for hook size 2.5", 20, "SET", "14.60", "2026-12-18"),
    ], buyer="ro")
    pdf = make_pdf([[
        "#LION HOIST & RIGGING PTE LTD",
        "21 Tuas South Avenue 6, Singapore 637021   Tel +65 6555 0192   GST Reg 201208831K",
        "",
        "#ORDER CONFIRMATION  OC-26-11873",
        "OC date: 17/11/2026            Customer: Meridian Supply Group",
        "Your PO: 4500381701 dated 05/11/2026   Attn: Ruth Osei",
        "",
        "No  Item        Description                          Qty  UoM   Unit SGD     Amount SGD   Delivery",
        "1   CH-SH-5T    Crane hook single shank 5 t RSN 2.5    8  EA      420.00       3,360.00   18/12/2026",
        "2   CH-SW-10T   Swivel hook 10 t grade 8               4  EA      685.00       2,740.00   08/01/2027",
        "3   CH-LAT-25   Safety latch kit size 2.5             20  SET      14.60         292.00   18/12/2026",
        "",
        "Sub-total SGD 6,392.00    GST 9% SGD 575.28    Total SGD 6,967.28",
        "Payment: 30 days from invoice date. Delivery DAP Leeds, Incoterms 2020.",
        "Swivel hooks: forging batch re-scheduled, earliest delivery as stated above.",
        "This order confirmation is subject to our General Terms of Sale rev. 03/2024.",
    ]], title="Order Confirmation OC-26-11873", date="20261117154200+08'00'", compress=True,
        producer="Sage 300 ERP 2024")
    reply = ("Hi Ruth,\n\npls find attached our OC.\n\nrgds\nJasmine Tan\nSales Coordinator\n"
             "Lion Hoist & Rigging Pte Ltd | +65 6555 0192\n")
    eml = reply_mail(c, po, frm=("Jasmine Tan", "jasmine.tan@lionhoist.example"),
                     date=D(2026, 11, 17, 15, 48, 20, "+0800"), reply=reply, client="outlook",
                     charset="us-ascii", cte="7bit", lang_tag="en-SG",
                     attachments=[attach(pdf, "application/pdf", "OC-26-11873.pdf")])
    return [po], eml, exp_conf("All data only in the compressed PDF: 18/12/2026 is as requested, swivel hook 08/01/2027 (day-first) is a change; OC date and PO date are distractors.",
                               conf(po, {1: A, 2: (None, None, "2027-01-08"), 3: A}))


@case("petfood-enus-backorder", "confirmation/en-US",
      "Two of three lines confirmed with US dates; the third is 'on backorder, date unknown' and stays unconfirmed.")
def c13(c):
    sup = ("PAWPACK", "PawPack Can Co.", "orders@pawpackcans.example", "en-US")
    po = PO("4500380981", sup, "USD", "2026-11-02", [
        ("PC-307X109", "Pet food can 307x109, 3 oz, easy-open end, lacquered", 24000, "PCS", "0.118", "2026-12-11"),
        ("PC-300X407", "Pet food can 300x407, 13 oz, 2-piece", 12000, "PCS", "0.164", "2026-12-11"),
        ("PC-END-307", "Easy-open end 307 dia, silver", 24000, "PCS", "0.041", "2026-12-11"),
    ], buyer="tf")
    reply = ("Tomas,\n\nLines 1 and 2 are confirmed at PO price and qty - ship 12/9/2026, delivered 12/11.\n"
             "Line 3 (307 EOE ends) is on backorder, date unknown - we'll let you know as soon as the mill gives us a date.\n\n"
             "Thanks,\nBrad Kowalski\nCustomer Service Rep\nPawPack Can Co. | 4400 W Industrial Pkwy, Toledo, OH 43615\n(419) 555-0183\n")
    eml = reply_mail(c, po, frm=("Brad Kowalski", "bkowalski@pawpackcans.example"),
                     date=D(2026, 11, 11, 8, 2, 55, "-0600"), reply=reply, client="gmail", charset="UTF-8")
    return [po], eml, exp_conf("US month-first dates; delivery 12/11 wins over ship 12/9 and equals the requested date; line 3 backordered without a date = unconfirmed.",
                               conf(po, {1: A, 2: A, 3: U}))


@case("mixer-nl-datecolumn", "confirmation/nl-NL",
      "No prose at all: the supplier sends back our own table with the date column overwritten in dd-mm-yyyy.")
def c14(c):
    sup = ("BETOMIX", "Betomix Onderdelen B.V.", "verkoop@betomix.example", "nl-NL")
    po = PO("4500381236", sup, "EUR", "2026-11-03", [
        ("BM-BLD-350", "Mixer blade 350 mm, Hardox 500, for 1.5 m3 drum", 12, "EA", "89.00", "2026-12-04"),
        ("BM-GBX-24", "Drum gearbox 24V drive, ratio 1:40", 1, "EA", "2450.00", "2026-12-04"),
        ("BM-SEAL-80", "Shaft seal 80x110x12 mm", 20, "EA", "7.80", "2026-12-04"),
    ], buyer="mb")
    q = copy.deepcopy(po)
    for ln, nd in zip(q["lines"], ["11-12-2026", "15-01-2027", "11-12-2026"]):
        ln["requested_date"] = nd
    eml = reply_mail(c, po, frm=("Verkoop Betomix", "verkoop@betomix.example"),
                     date=D(2026, 11, 12, 7, 45, 19, "+0100"), reply="", client="outlook", lang="nl",
                     charset="iso-8859-1", lang_tag="nl-NL", quote_po=q,
                     subject="RE: Order acknowledgment request - PO 4500381236")
    return [po], eml, exp_conf("The only answer is our quoted table with every requested date replaced (dd-mm-yyyy): 2026-12-11, 2027-01-15, 2026-12-11.",
                               conf(po, {1: (None, None, "2026-12-11"), 2: (None, None, "2027-01-15"), 3: (None, None, "2026-12-11")}))


@case("tarp-enau-asperpo-quote", "confirmation/en-AU",
      "'Confirmed as per PO' whose signature carries an old quote reference dated 14/08/2026 that must not be read as a delivery date.")
def c15(c):
    sup = ("OUTBACKTARP", "Outback Tarps & Covers Pty Ltd", "sales@outbacktarps.example", "en-AU")
    po = PO("4500381333", sup, "AUD", "2026-11-04", [
        ("OT-TRL-1380", "Lorry tarpaulin PVC 680 g/m2, 13.6x2.48 m, curtain side", 6, "EA", "1180.00", "2026-12-14"),
        ("OT-RPE-8", "Tie-down rope 8 mm x 50 m, UV stabilised", 10, "ROL", "46.50", "2026-12-14"),
    ], buyer="hl")
    reply = ("Hi Hanna,\n\nConfirmed as per PO.\n\nCheers,\nMick Donnelly\nInternal Sales | Outback Tarps & Covers Pty Ltd\n"
             "22 Foundry Rd, Seven Hills NSW 2147\nP (02) 9555 0147 | M 0412 555 806\n"
             "Ref: Quote Q-24117 dated 14/08/2026 - prices valid 90 days\nABN 51 824 753 556\n")
    eml = reply_mail(c, po, frm=("Mick Donnelly", "mick@outbacktarps.example"),
                     date=D(2026, 11, 13, 10, 5, 33, "+1100"), reply=reply, client="outlook", charset="us-ascii",
                     cte="7bit", lang_tag="en-AU")
    return [po], eml, exp_conf("Blanket 'as per PO'; the quote date 14/08/2026 and the 90-day validity in the signature are not delivery terms.",
                               conf(po, {1: A, 2: A}))


@case("flares-da-three-weeks", "confirmation/da-DK",
      "Danish split delivery of 600 flares over 'uge 49', 'uge 50' and 'uge 51' (three ISO-week Fridays).")
def c16(c):
    sup = ("NORDBLUS", "Nordblus Pyroteknik A/S", "ordre@nordblus.example", "da-DK")
    po = PO("4500381744", sup, "DKK", "2026-11-05", [
        ("NB-HF-RED", "Red hand flare SOLAS, 60 s burn, 2029 expiry", 600, "PCS", "118.00", "2026-12-04"),
        ("NB-PAR-12", "Parachute rocket flare 12 g", 120, "PCS", "395.00", "2026-12-04"),
    ], buyer="ro")
    reply = ("Hej Ruth,\n\nTak for ordre 4500381744. Vi bekræfter hermed:\n\n"
             "Pos. 1, røde håndblus NB-HF-RED, 600 stk. à 118,00 kr. - leveres i tre dellevering:\n"
             "   200 stk. uge 49\n   200 stk. uge 50\n   200 stk. uge 51\n"
             "Pos. 2, faldskærmsraketter NB-PAR-12, 120 stk. à 395,00 kr. - levering uge 49.\n\n"
             "Farligt gods (UN 0191, klasse 1.4G) - vi sender med ADR-godkendt vognmand.\n\n"
             "Med venlig hilsen\n\nJesper Holm\nSalgsassistent\nNordblus Pyroteknik A/S · Industrivej 31 · 7100 Vejle\nTlf. +45 75 55 12 40\n")
    eml = reply_mail(c, po, frm=("Jesper Holm", "jh@nordblus.example"),
                     date=D(2026, 11, 16, 9, 30, 7, "+0100"), reply=reply, client="apple", lang="da",
                     charset="iso-8859-1", subject="Sv: Order acknowledgment request - PO 4500381744",
                     quote_style="Den {d.day}. nov. {d.year} kl. {hh}.{mm:02d} skrev {name} <{mail}>:")
    return [po], eml, exp_conf("Three partial deliveries in ISO weeks 49/50/51 -> Fridays 2026-12-04, 12-11, 12-18; UN 0191 / 1.4G are not quantities.",
                               conf(po, {1: (600, "118.00", kw(51), [(200, kw(49)), (200, kw(50)), (200, kw(51))]), 2: A}))


@case("cement-it-pallet", "confirmation/it-IT",
      "Italian confirmation rounding 1,000 kg up to a full pallet of 1.200 kg (48 bags of 25 kg), stated with dot thousands.")
def c17(c):
    sup = ("ADDITIVI", "Additivi Edili Padana S.p.A.", "ordini@additivipadana.example", "it-IT")
    po = PO("4500381199", sup, "EUR", "2026-11-03", [
        ("AD-SP-25", "Superplasticiser powder PCE, 25 kg bag", 1000, "KG", "2.35", "2026-12-09"),
        ("AD-RET-20", "Set retarder liquid, 20 L canister", 240, "L", "1.90", "2026-12-09"),
    ], buyer="mb")
    reply = ("Gentile Sig. Bellandi,\n\nconfermiamo il Vs. ordine n. 4500381199 con la seguente precisazione:\n\n"
             "pos. 1 - superfluidificante AD-SP-25: la quantità viene arrotondata al bancale completo, 1.200 kg "
             "(48 sacchi da 25 kg per bancale), prezzo 2,35 €/kg, consegna 09/12/2026;\n"
             "pos. 2 - ritardante AD-RET-20: 240 l (12 taniche da 20 l), 1,90 €/l, consegna 09/12/2026.\n\n"
             "Cordiali saluti\n\nFederica Galli\nUfficio Commerciale\nAdditivi Edili Padana S.p.A.\n"
             "Via dell'Industria 58 - 46100 Mantova (MN)\nTel. +39 0376 555 812 - P.IVA 01928374650\n")
    eml = reply_mail(c, po, frm=("Federica Galli", "f.galli@additivipadana.example"),
                     date=D(2026, 11, 10, 11, 47, 50, "+0100"), reply=reply, client="outlook", lang="it",
                     charset="windows-1252", lang_tag="it-IT", subject="R: Order acknowledgment request - PO 4500381199")
    return [po], eml, exp_conf("Quantity rounded up to a full pallet: 48 x 25 kg = 1200 KG; '1.200' uses a dot as thousands separator; line 2 as ordered.",
                               conf(po, {1: (1200, None, None), 2: A}))


@case("violin-dech-two-pos", "confirmation/de-CH",
      "Two open POs in pos.json; the Swiss reply answers only one (price change on one line) and never mentions the other.")
def c18(c):
    sup = ("ETUIBRIENZ", "Etuimanufaktur Brienz AG", "verkauf@etui-brienz.example", "de-CH")
    po_a = PO("4500380990", sup, "CHF", "2026-11-02", [
        ("VC-44-OBL", "Violin case 4/4 oblong, 2 bow holders, 2.3 kg", 15, "EA", "265.00", "2026-12-11"),
        ("VC-34-SHP", "Violin case 3/4 shaped, 1.8 kg", 10, "EA", "189.00", "2026-12-11"),
    ], buyer="ka")
    po_b = PO("4500381630", sup, "CHF", "2026-11-05", [
        ("VC-STR-2", "Backpack strap set for cases, 2 pcs", 40, "SET", "22.50", "2027-01-15"),
    ], buyer="ka")
    reply = ("Grüezi Frau Arai\n\nBesten Dank für Ihre Bestellung 4500380990. Wir bestätigen:\n\n"
             "Pos. 1  15 Stk. Geigenetui 4/4 oblong   à CHF 265.00   Liefertermin 11.12.2026\n"
             "Pos. 2  10 Stk. Geigenetui 3/4 Formetui à CHF 196.00   Liefertermin 18.12.2026\n\n"
             "Die Preiserhöhung bei Pos. 2 ergibt sich aus dem neuen Bezugsstoff gemäss Preisliste 2027.\n\n"
             "Freundliche Grüsse\n\nReto Zumbrunn\nVerkaufsinnendienst\nEtuimanufaktur Brienz AG · Hauptstrasse 112 · 3855 Brienz BE\n"
             "Tel. +41 33 555 41 20\n")
    eml = reply_mail(c, po_a, frm=("Reto Zumbrunn", "reto.zumbrunn@etui-brienz.example"),
                     date=D(2026, 11, 11, 16, 20, 41, "+0100"), reply=reply, client="apple", lang="de",
                     charset="utf-8", subject="Re: Order acknowledgment request - PO 4500380990",
                     quote_style="Am {d.day:02d}.{d.month:02d}.{d.year} um {hh}:{mm:02d} schrieb {name} <{mail}>:")
    return [po_a, po_b], eml, exp_conf("Only PO 4500380990 is answered (pos. 2 at CHF 196.00, 18.12.2026); PO 4500381630 is not mentioned and is left out.",
                                       conf(po_a, {1: A, 2: (None, "196.00", "2026-12-18")}))
