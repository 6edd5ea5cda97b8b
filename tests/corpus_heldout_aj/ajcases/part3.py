"""Cases 031-045."""
from .common import *  # noqa: F401,F403


# ---------------------------------------------------------------- 031
def c_gloves_moq_malaysia():
    s = sup("RUBMY", "Rubberline Gloves Sdn. Bhd.", "export@rubberline.example", "ms-MY")
    po = PO("4500319265", s, "kv", "2026-11-06", [
        L(1, "GLV-NIT-BLU-M-CTN", "Nitrile exam glove blue 3.5 g, size M, carton of 10 boxes x 100", 60, "CTN", "23.50", "2026-12-18"),
        L(2, "GLV-NIT-BLU-L-CTN", "Nitrile exam glove blue 3.5 g, size L, carton of 10 boxes x 100", 100, "CTN", "23.50", "2026-12-18"),
    ], currency="USD")
    seed = "031"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Dear Katrin,\n\n"
        "Terima kasih for your PO 4500319265.\n\n"
        "Please note our minimum order quantity is 100 cartons per size per production run. We have therefore "
        "booked size M at 100 cartons (instead of 60). Size L 100 cartons as per PO. Price USD 23.50/ctn "
        "for both sizes, unchanged.\n\n"
        "Cargo ready date 20/11/2026, vessel ETA Rotterdam 14/12/2026, delivered to your DC on 18/12/2026.\n\n"
        "AQL 1.5, EN 455 / EN ISO 374-5 certificates will be sent together with the shipping documents.\n\n"
        "Best regards,\nNur Aisyah binti Hamzah\nExport Executive | Rubberline Gloves Sdn. Bhd.\n"
        "Lot 2217, Jalan Perindustrian 6, 42500 Telok Panglima Garang, Selangor\n")
    body = outlook_reply(seed, reply, "en", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                         "Friday, 6 November 2026 4:10 PM", "export@rubberline.example", subject_po(po),
                         request_text(po, "Aisyah"), request_html(po, "Aisyah"), html_lang="EN-MY")
    h = hdrs(("Nur Aisyah Hamzah", "export@rubberline.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-09 11:26", "+0800"), mid, irt, refs,
             extra=outlook_extra("en-MY", thread_topic=subject_po(po)))
    exp = expected("confirmation", "MOQ of 100 cartons per size raises line 1 from 60 to 100; delivery to DC 18/12/2026 "
                   "wins over cargo-ready 20/11 and vessel ETA 14/12.",
                   [confirm(po, {1: {"q": 100}, 2: "A"})])
    return case("gloves-moq-100-cartons", "confirmation", "ms-MY",
                "Minimum order quantity raises one line; three dates (cargo ready, vessel ETA, delivered to DC) of which only the last counts.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 032
def c_footwear_partial_vietnam():
    s = sup("VNSAFE", "Saigon Safety Footwear JSC", "sales@saigonsafety.example", "vi-VN")
    po = PO("4500319280", s, "pn", "2026-11-05", [
        L(1, "SFW-S1P-SNK-41", "Safety sneaker S1P, size 41", 200, "PR", "17.80", "2026-12-15"),
        L(2, "SFW-S1P-SNK-43", "Safety sneaker S1P, size 43", 300, "PR", "17.80", "2026-12-15"),
        L(3, "SFW-S1P-SNK-45", "Safety sneaker S1P, size 45", 100, "PR", "17.80", "2026-12-15"),
    ], currency="USD")
    seed = "032"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Kính gửi chị Priya,\n\n"
        "Cảm ơn chị đã gửi đơn hàng 4500319280. Chúng tôi xác nhận như sau:\n\n"
        "- Size 41: đủ 200 đôi.\n"
        "- Size 43: do thiếu đế, chúng tôi chỉ có thể giao 180 đôi; số còn lại 120 đôi không thể cung cấp trong năm nay.\n"
        "- Size 45: đủ 100 đôi.\n\n"
        "Đơn giá 17,80 USD/đôi như đơn hàng. Giao hàng ngày 15/12/2026 như yêu cầu.\n\n"
        "Trân trọng,\nNguyễn Thị Lan\nPhòng Xuất khẩu – Saigon Safety Footwear JSC\nKCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh")
    attribution = "Vào Th 5, 5 thg 11, 2026 vào lúc 15:20 Priya Nair <priya.nair@halden-roe.example> đã viết:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Ms. Lan"), request_html(po, "Ms. Lan"))
    h = hdrs(("Nguyễn Thị Lan", "sales@saigonsafety.example"), ("Priya Nair", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-06 10:48", "+0700"), mid, irt, refs)
    exp = expected("confirmation", "Only part of size 43 available: 180 of 300 pairs, remainder explicitly not supplied -> "
                   "changed quantity 180; other sizes as ordered.",
                   [confirm(po, {1: "A", 2: {"q": 180}, 3: "A"})])
    return case("footwear-partial-availability-vietnamese", "confirmation", "vi-VN",
                "Vietnamese reply: one size only partly available with the balance cancelled; decimal comma price.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 033
def c_pumps_weekday_in_kw():
    s = sup("PUMPDE", "Rheinpumpen Technik GmbH", "vertrieb@rheinpumpen.example", "de-DE")
    po = PO("4500319295", s, "kv", "2026-11-09", [
        L(1, "PMP-CIRC-25-60", "Circulation pump 25-60 180 mm, 230 V", 12, "EA", "148.00", "2026-12-04"),
        L(2, "PMP-BST-MV-3", "Booster set multistage 3 m3/h, 6 bar", 2, "EA", "1890.00", "2026-12-04"),
        L(3, "PMP-SEAL-KIT-25", "Mechanical seal kit for 25-60", 12, "EA", "22.50", "2026-12-04"),
    ])
    assert kw(2026, 50, 2) == D("2026-12-08") and kw(2026, 51, 5) == D("2026-12-18")
    seed = "033"
    mid = f"<{uuid_like(seed, False)}@rheinpumpen.example>"
    irt, refs = thread(po)
    txt = (
        "Hallo Frau Vogel,\n\n"
        "danke für die Bestellung 4500319295. Preise gemäß Rahmenvertrag RV-2024-117, Mengen wie bestellt.\n\n"
        "Termine:\n"
        "Pos. 1 Umwälzpumpe 25-60 und Pos. 3 Gleitringdichtungen: Anlieferung Dienstag, KW 50\n"
        "Pos. 2 Druckerhöhungsanlage: wird erst in KW 51 gefertigt, Anlieferung Freitag KW 51\n\n"
        "Viele Grüße\nMarkus Jansen\nRheinpumpen Technik GmbH · Industriestr. 88 · 41460 Neuss\n\n"
        "Am 09.11.26 um 08:55 schrieb Katrin Vogel:\n" + quote_gt(request_text(po, "Herr Jansen")) + "\n")
    body = text(txt, "plain", "utf-8", "quoted-printable", flowed=True)
    h = hdrs(("Markus Jansen", "vertrieb@rheinpumpen.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-10 16:02", "+0100"), mid, irt, refs,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    exp = expected("confirmation", "'Dienstag, KW 50' names the day -> 2026-12-08 (not Friday); 'Freitag KW 51' -> "
                   "2026-12-18. RV-2024-117 is a contract number.",
                   [confirm(po, {1: {"d": "2026-12-08"}, 2: {"d": "2026-12-18"}, 3: {"d": "2026-12-08"}})])
    return case("pumps-weekday-inside-calendar-week", "confirmation", "de-DE",
                "Calendar weeks with a named weekday (Dienstag KW 50, Freitag KW 51) in a Thunderbird plain-text reply.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 034
def c_boots_mardi_prochain():
    s = sup("BOTQC", "Bottes Laurentides inc.", "commandes@botteslaurentides.example", "fr-CA")
    po = PO("4500319310", s, "jl", "2026-11-10", [
        L(1, "SFW-CSA-B-9", "Safety boot CSA Grade 1, 8 inch, size US 9", 24, "PR", "89.00", "2026-11-20"),
        L(2, "SFW-CSA-B-10", "Safety boot CSA Grade 1, 8 inch, size US 10", 36, "PR", "89.00", "2026-11-20"),
        L(3, "SFW-CSA-B-11", "Safety boot CSA Grade 1, 8 inch, size US 11", 24, "PR", "89.00", "2026-11-20"),
    ], currency="USD")
    mail = D("2026-11-12")
    assert mail.weekday() == 3 and D("2026-11-17").weekday() == 1
    seed = "034"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Bonjour M. Lind,\n\n"
        "Tout est confirmé tel que commandé : 24 paires en 9, 36 paires en 10 et 24 paires en 11, à 89,00 $ US la paire.\n\n"
        "Bonne nouvelle, la marchandise est déjà en stock à notre entrepôt européen d'Anvers : livraison chez vous "
        "mardi prochain.\n\n"
        "Merci et bonne journée,\n\nGeneviève Tremblay\nService à la clientèle\n"
        "Bottes Laurentides inc. | 1450, boul. Lemire, Drummondville (Québec) J2C 7W5\n")
    body = outlook_reply(seed, reply, "fr", "Jonas Lind <jonas.lind@halden-roe.example>",
                         "10 novembre 2026 03:15", "commandes@botteslaurentides.example", subject_po(po),
                         request_text(po, "Geneviève"), request_html(po, "Geneviève"), html_lang="FR-CA")
    h = hdrs(("Geneviève Tremblay", "commandes@botteslaurentides.example"), ("Jonas Lind", po["buyer"]["email"]),
             "RE : " + subject_po(po), rfc_date("2026-11-12 09:30", "-0500"), mid, irt, refs,
             extra=outlook_extra("fr-CA", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Relative date 'mardi prochain' from the Date header (Thu 2026-11-12) = Tue 2026-11-17, "
                   "earlier than the requested 2026-11-20; quantities and prices as ordered.",
                   [confirm(po, {n: {"d": "2026-11-17"} for n in (1, 2, 3)})])
    return case("boots-next-tuesday-relative", "confirmation", "fr-CA",
                "Only date is 'mardi prochain', relative to the mail's Date header; US sizes 9/10/11 look like quantities.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 035
def c_thai_buddhist_year_weeks():
    s = sup("SIAMGL", "Siam Latex Gloves Co., Ltd.", "export@siamlatex.example", "th-TH")
    po = PO("4500319325", s, "kv", "2026-11-02", [
        L(1, "GLV-LTX-PF-S", "Latex exam glove powder-free, size S, box of 100", 500, "BOX", "3.10", "2026-12-11"),
        L(2, "GLV-LTX-PF-M", "Latex exam glove powder-free, size M, box of 100", 1000, "BOX", "3.10", "2026-12-11"),
    ], currency="USD")
    due = D("2026-11-02") + dt.timedelta(weeks=6)
    assert due == D("2026-12-14")
    seed = "035"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "เรียน คุณ Katrin Vogel\n\n"
        "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500319325 ลงวันที่ 2 พฤศจิกายน 2569\n\n"
        "บริษัทฯ ขอยืนยันจำนวนและราคาตามใบสั่งซื้อทุกรายการ (ไซซ์ S 500 กล่อง และไซซ์ M 1,000 กล่อง "
        "ราคา 3.10 USD ต่อกล่อง)\n"
        "ระยะเวลาส่งมอบ 6 สัปดาห์นับจากวันที่ในใบสั่งซื้อ ส่งถึงคลังสินค้าของท่านที่ Rotterdam\n\n"
        "หมายเหตุ: ใบรับรอง ISO 13485 ของโรงงานมีอายุถึงวันที่ 15 มีนาคม 2571\n\n"
        "ขอแสดงความนับถือ\nสมชาย ศรีสุข\nฝ่ายส่งออก บริษัท สยามลาเท็กซ์ โกลฟส์ จำกัด\n")
    body = outlook_reply(seed, reply, "th", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                         "2 พฤศจิกายน 2569 15:00", "export@siamlatex.example", subject_po(po),
                         request_text(po, "Khun Somchai"), request_html(po, "Khun Somchai"), html_lang="TH",
                         charset="tis-620", cte="base64")
    h = hdrs(("Somchai Srisuk", "export@siamlatex.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-04 10:12", "+0700"), mid, irt, refs,
             extra=outlook_extra("th-TH", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Thai Buddhist-era years (2569 = 2026). Lead time 6 weeks from the PO date 2 Nov 2026 "
                   "-> 2026-12-14, later than requested. The ISO certificate expiry (2571 = 2028) is a decoy.",
                   [confirm(po, {1: {"d": "2026-12-14"}, 2: {"d": "2026-12-14"}})])
    return case("gloves-thai-lead-time-weeks-be-year", "confirmation", "th-TH",
                "TIS-620 Thai with Buddhist-era years; delivery only as '6 weeks from PO date'; certificate expiry as decoy.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 036
def c_porcelain_czech_ship_vs_delivery():
    s = sup("PORCZ", "Karlovarský porcelán a.s.", "obchod@kv-porcelan.example", "cs-CZ")
    po = PO("4500319340", s, "sm", "2026-11-05", [
        L(1, "POR-TAL-HL-21", "Deep plate 21 cm, white porcelain", 480, "PCE", "4.20", "2026-11-27"),
        L(2, "POR-SAL-ESP-8", "Espresso cup 8 cl with saucer", 240, "PCE", "3.45", "2026-11-27"),
        L(3, "POR-KON-1L", "Coffee pot 1 l with lid", 24, "PCE", "14.90", "2026-11-27"),
    ])
    seed = "036"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Dobrý den, paní Marques,\n\n"
        "děkujeme za Vaši objednávku č. 4500319340, kterou potvrzujeme v plném rozsahu a za objednané ceny.\n\n"
        "Expedice z našeho skladu v Nové Roli proběhne 20. 11. 2026, dodání k Vám do Rotterdamu předpokládáme "
        "24. 11. 2026.\n\n"
        "S pozdravem\nIng. Petra Nováková\nobchodní oddělení\n")
    sig = "Karlovarský porcelán a.s. | Chodovská 14 | 362 25 Nová Role | IČ 26351854"
    body = outlook_reply(seed, reply, "cs", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "čtvrtek 5. listopadu 2026 9:40", "obchod@kv-porcelan.example", subject_po(po),
                         request_text(po, "Ms. Nováková"), request_html(po, "Ms. Nováková"), sig_text=sig,
                         html_lang="CS", charset="windows-1250")
    h = hdrs(("Nováková Petra", "obchod@kv-porcelan.example"), ("Sofia Marques", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-06 10:05", "+0100"), mid, irt, refs,
             extra=outlook_extra("cs-CZ", thread_topic=subject_po(po)), from_charset="windows-1250")
    exp = expected("confirmation", "Both dispatch (20. 11.) and delivery (24. 11. 2026) given: delivery wins, earlier than "
                   "requested 2026-11-27, so every line changes date only.",
                   [confirm(po, {n: {"d": "2026-11-24"} for n in (1, 2, 3)})])
    return case("porcelain-czech-dispatch-and-delivery", "confirmation", "cs-CZ",
                "windows-1250 Czech reply with a dispatch date and a later delivery date written with spaces ('24. 11. 2026').",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 037
def c_toner_swiss_ship_only():
    s = sup("DRUCKCH", "Druckwelt AG", "bestellungen@druckwelt.example", "de-CH")
    po = PO("4500319355", s, "to", "2026-11-09", [
        L(1, "TON-TN-2420", "Brother TN-2420 toner black", 20, "EA", "54.00", "2026-11-20"),
        L(2, "TON-W2030X", "HP 415X toner black (W2030X)", 8, "EA", "172.00", "2026-11-20"),
        L(3, "DRM-DR-2400", "Brother DR-2400 drum unit", 5, "EA", "79.00", "2026-11-20"),
    ])
    seed = "037"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Grüezi Herr Okafor\n\n"
        "Besten Dank für Ihre Bestellung. Wir bestätigen alle drei Positionen in den bestellten Mengen und zu den "
        "bestellten Preisen.\n\n"
        "Versanddatum: 17.11.2026 ab Lager Dietikon, Versand per DHL Express (verzollt, DDP).\n\n"
        "Freundliche Grüsse\nReto Ammann\nVerkauf Innendienst\nDruckwelt AG · Riedstrasse 11 · 8953 Dietikon\n")
    body = outlook_reply(seed, reply, "de", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "Montag, 9. November 2026 14:21", "bestellungen@druckwelt.example", subject_po(po),
                         request_text(po, "Herr Ammann"), request_html(po, "Herr Ammann"), html_lang="DE-CH")
    h = hdrs(("Ammann Reto", "bestellungen@druckwelt.example"), ("Tom Okafor", po["buyer"]["email"]),
             "AW: " + subject_po(po), rfc_date("2026-11-10 07:48", "+0100"), mid, irt, refs,
             extra=outlook_extra("de-CH", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Only a ship date (Versanddatum 17.11.2026) is given, so it is the date (FORMAT.md); "
                   "differs from the requested 2026-11-20. TN-2420 / 415X are model numbers.",
                   [confirm(po, {n: {"d": "2026-11-17"} for n in (1, 2, 3)})])
    return case("toner-swiss-ship-date-only", "confirmation", "de-CH",
                "Swiss German (no ß) reply giving only a dispatch date, which per the rules is the line date.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 038
def c_lubes_mexico_week():
    s = sup("LUBMX", "Lubricantes del Bajío S.A. de C.V.", "ventas@lubbajio.example", "es-MX")
    po = PO("4500319370", s, "sm", "2026-11-06", [
        L(1, "LUB-15W40-IBC", "Engine oil SAE 15W-40, IBC 1000 l", 2, "EA", "3150.00", "2026-12-04"),
        L(2, "LUB-DEF-C10", "AdBlue / DEF ISO 22241, can 10 l", 120, "CAN", "9.80", "2026-12-04"),
        L(3, "LUB-ATF-DR208", "ATF Dexron III, drum 208 l", 3, "DR", "742.00", "2026-12-04"),
    ], currency="USD")
    assert kw(2026, 49) == D("2026-12-04") and kw(2026, 50) == D("2026-12-11")
    seed = "038"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Buen día Sra. Marques:\n\n"
        "Le confirmamos su orden de compra 4500319370 con entrega en la semana 49. Precios conforme a nuestra "
        "cotización COT-MX-3391, vigente hasta el 15 de diciembre de 2026.\n\n"
        "Únicamente los tambores de ATF Dexron III (208 l) se los enviamos en la semana 50, por falta de envase.\n\n"
        "Quedo a sus órdenes.\n\nSaludos cordiales,\nLic. Alejandro Ramírez\nGerente de Exportaciones\n"
        "Lubricantes del Bajío, S.A. de C.V. | Av. Industrias 4120, León, Gto. | Tel. +52 477 555 3390")
    attribution = "El vie, 6 nov 2026 a las 2:30, Sofia Marques (<sofia.marques@halden-roe.example>) escribió:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Lic. Ramírez"), request_html(po, "Lic. Ramírez"))
    h = hdrs(("Alejandro Ramírez", "ventas@lubbajio.example"), ("Sofia Marques", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-06 12:15", "-0600"), mid, irt, refs)
    exp = expected("confirmation", "Week 49 (Friday 2026-12-04 = requested) for all but line 3, which moves to week 50 "
                   "(2026-12-11). Quotation validity 15 December is a decoy.",
                   [confirm(po, {1: "A", 2: "A", 3: {"d": "2026-12-11"}})])
    return case("lubricants-mexico-week-49-validity-decoy", "confirmation", "es-MX",
                "Bare ISO weeks (49 and 50) with an exception line, plus a quotation validity date close to the delivery dates.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 039
def c_lab_lot_expiry_lt():
    s = sup("BALTLAB", "Baltic Labware UAB", "uzsakymai@balticlabware.example", "lt-LT")
    po = PO("4500319385", s, "ep", "2026-11-04", [
        L(1, "LAB-SER-10ML", "Serological pipette 10 ml, sterile, individually wrapped, case of 200", 15, "CS", "46.00", "2026-11-25"),
        L(2, "LAB-CRYO-2ML", "Cryovial 2 ml, external thread, rack of 50", 40, "RACK", "12.80", "2026-11-25"),
        L(3, "LAB-PETRI-90", "Petri dish 90 mm, vented, sleeve of 20", 100, "SLV", "3.20", "2026-11-25"),
    ])
    seed = "039"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Laba diena, Elena,\n\n"
        "patvirtiname užsakymą 4500319385.\n\n"
        "1. Serologinės pipetės 10 ml – 15 dėžių, 46,00 EUR, pristatymas 2026-11-25. LOT 2610-118, galioja iki 2029-10-31.\n"
        "2. Krioampulės 2 ml – 40 stovelių, 12,80 EUR, pristatymas 2026-11-25. LOT 2609-044, EXP 2031-09.\n"
        "3. Petri lėkštelės 90 mm – 100 pakuočių, 3,20 EUR. Dėl sterilizacijos ciklo pristatysime 2026-12-02.\n\n"
        "ISO 13485:2016 sertifikatas galioja iki 2027-06-30, kopiją pridėsime prie važtaraščio.\n\n"
        "Pagarbiai\nRūta Kazlauskienė\nBaltic Labware UAB, Savanorių pr. 178, LT-03154 Vilnius\n")
    body = outlook_reply(seed, reply, "lt", "Elena Petrova <elena.petrova@halden-roe.example>",
                         "2026 m. lapkričio 4 d., trečiadienis 11:15", "uzsakymai@balticlabware.example", subject_po(po),
                         request_text(po, "Rūta"), request_html(po, "Rūta"), html_lang="LT", charset="windows-1257")
    h = hdrs(("Rūta Kazlauskienė", "uzsakymai@balticlabware.example"), ("Elena Petrova", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-05 14:40", "+0200"), mid, irt, refs,
             extra=outlook_extra("lt-LT", thread_topic=subject_po(po)), from_charset="windows-1257")
    exp = expected("confirmation", "ISO-format dates everywhere: delivery dates vs LOT numbers (2610-118), expiry "
                   "(2029-10-31, 2031-09) and certificate validity (2027-06-30). Line 3 moves to 2026-12-02.",
                   [confirm(po, {1: "A", 2: "A", 3: {"d": "2026-12-02"}})])
    return case("labware-lot-expiry-certificate-dates", "confirmation", "lt-LT",
                "windows-1257 Lithuanian reply dense with ISO-style lot, expiry and certificate dates next to the real delivery dates.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 040
def c_pumps_bulgarian_all_rejected():
    s = sup("BGPUMP", "Помпи Балкан ООД", "sales@pompibalkan.example", "bg-BG")
    po = PO("4500319400", s, "ep", "2026-11-05", [
        L(1, "PMP-DRN-0.4", "Drainage pump 0.4 kW with float switch", 10, "EA", "92.00", "2026-12-01"),
        L(2, "PMP-DRN-0.75", "Drainage pump 0.75 kW with float switch", 6, "EA", "118.00", "2026-12-01"),
    ])
    seed = "040"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Уважаема г-жо Петрова,\n\n"
        "Благодарим Ви за поръчка № 4500319400.\n\n"
        "За съжаление серията дренажни помпи DP (0,4 kW и 0,75 kW) е спряна от производство от 01.10.2026 г. "
        "и не можем да изпълним поръчката.\n\n"
        "Новата серия DPX ще бъде налична от март 2027 г.; при интерес ще Ви изпратим оферта.\n\n"
        "С уважение,\nГеорги Димитров\nТърговски отдел\nПомпи Балкан ООД, гр. Пловдив, бул. Кукленско шосе 17\n")
    body = outlook_reply(seed, reply, "bg", "Elena Petrova <elena.petrova@halden-roe.example>",
                         "четвъртък, 5 ноември 2026 г. 12:30", "sales@pompibalkan.example", subject_po(po),
                         request_text(po, "Mr. Dimitrov"), request_html(po, "Mr. Dimitrov"), html_lang="BG",
                         charset="windows-1251")
    h = hdrs(("Георги Димитров", "sales@pompibalkan.example"), ("Elena Petrova", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-06 09:50", "+0200"), mid, irt, refs,
             extra=outlook_extra("bg-BG", thread_topic=subject_po(po)), from_charset="windows-1251")
    exp = expected("confirmation", "Whole order declined: the series is discontinued. A rejection is an answer, so kind "
                   "is confirmation with every line rejected; the 2027 successor is only an offer.",
                   [confirm(po, {1: "R", 2: "R"})])
    return case("pumps-bulgarian-series-discontinued", "confirmation", "bg-BG",
                "windows-1251 Cyrillic reply declining the entire PO (discontinued series) while mentioning a future successor.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 041
def c_rebar_ukrainian_three_drops():
    s = sup("UASTEEL", "ТОВ «Дніпро Арматура»", "sales@dnipro-armatura.example", "uk-UA")
    po = PO("4500319415", s, "md", "2026-11-03", [
        L(1, "REB-B500B-10", "Rebar B500B dia 10 mm, 12 m bars, EN 10080", 60, "TNE", "640.00", "2026-12-18"),
        L(2, "REB-MESH-150-8", "Welded mesh 150x150 dia 8 mm, 2.15 x 6 m sheets", 400, "PCE", "21.50", "2026-12-18"),
    ])
    seed = "041"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Добрий день, пане Мареку!\n\n"
        "Підтверджуємо замовлення 4500319415.\n\n"
        "Арматура Ø10 B500B, 60 т — відвантажуємо трьома партіями по 20 т, доставка до Роттердама: "
        "27.11.2026, 11.12.2026 та 22.12.2026.\n"
        "Сітка 150×150 Ø8 — 400 шт., доставка 11.12.2026.\n\n"
        "Ціни згідно із замовленням. Сертифікати 3.1 за EN 10204 надаються з кожною партією.\n\n"
        "З повагою,\nОлена Коваленко\nвідділ експорту\nТОВ «Дніпро Арматура», м. Дніпро")
    attribution = "вт, 3 лист. 2026 р. о 13:05 Marek Dvorak <marek.dvorak@halden-roe.example> пише:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Ms. Kovalenko"), request_html(po, "Ms. Kovalenko"))
    h = hdrs(("Олена Коваленко", "sales@dnipro-armatura.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-04 11:20", "+0200"), mid, irt, refs)
    exp = expected("confirmation", "Line 1 split into three deliveries of 20 t (27.11, 11.12, 22.12.2026 - last one after "
                   "the need-by date); mesh delivered earlier on 11.12.2026.",
                   [confirm(po, {1: {"s": [(20, "2026-11-27"), (20, "2026-12-11"), (20, "2026-12-22")]},
                                 2: {"d": "2026-12-11"}})])
    return case("rebar-ukrainian-three-deliveries", "confirmation", "uk-UA",
                "Cyrillic Gmail reply splitting tonnage into three equal deliveries; mesh dimensions (150x150, 2.15 x 6 m) as decoys.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 042
def c_stationery_per_100_slovenian():
    s = sup("PAPSI", "Papirnica Sava d.o.o.", "prodaja@papirnica-sava.example", "sl-SI")
    po = PO("4500319430", s, "jl", "2026-11-06", [
        L(1, "STN-PCL-COL-10", "Coloured pencils, pack of 10", 500, "PK", "1.90", "2026-11-27"),
        L(2, "STN-PEN-BLU-50", "Ballpoint pen blue, box of 50", 60, "BOX", "7.50", "2026-11-27"),
        L(3, "STN-SHRP-2H", "Pencil sharpener, 2 holes", 400, "EA", "0.29", "2026-11-27"),
    ])
    seed = "042"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Spoštovani g. Lind,\n\n"
        "zahvaljujemo se za naročilo 4500319430, ki ga potrjujemo:\n\n"
        "- barvice (paket po 10): 500 paketov, cena 17,50 EUR za 100 kosov barvic\n"
        "- kemični svinčniki modri: 60 škatel po 7,50 EUR\n"
        "- šilčki z 2 odprtinama: 400 kosov po 0,29 EUR\n\n"
        "Dobava 27. 11. 2026.\n\n"
        "Lep pozdrav,\nMaja Horvat\nPapirnica Sava d.o.o., Tržaška cesta 132, 1000 Ljubljana\n")
    body = outlook_reply(seed, reply, "sl", "Jonas Lind <jonas.lind@halden-roe.example>",
                         "petek, 6. november 2026 10:40", "prodaja@papirnica-sava.example", subject_po(po),
                         request_text(po, "Ms. Horvat"), request_html(po, "Ms. Horvat"), html_lang="SL")
    h = hdrs(("Maja Horvat", "prodaja@papirnica-sava.example"), ("Jonas Lind", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-09 08:05", "+0100"), mid, irt, refs,
             extra=outlook_extra("sl-SI", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Price per 100 pencils (17.50) while the PO unit is a pack of 10 -> 1.75 per pack; "
                   "other lines as ordered, date 27. 11. 2026 = requested.",
                   [confirm(po, {1: {"p": "1.75"}, 2: "A", 3: "A"})])
    return case("stationery-price-per-100-pieces", "confirmation", "sl-SI",
                "Price stated per 100 individual pencils while the PO counts packs of 10.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 043
def c_timber_latvian_discount():
    s = sup("LVKOKS", "SIA Kurzemes Kokmateriāli", "pardosana@kurzemeskoks.example", "lv-LV")
    po = PO("4500319445", s, "md", "2026-11-05", [
        L(1, "TMB-PAL-22100-1200", "Pallet board 22x100 mm, L=1200 mm, heat treated ISPM 15", 5000, "PCE", "0.62", "2026-11-26"),
        L(2, "TMB-BRD-19125-3000", "Spruce board 19x125 mm, L=3000 mm, planed", 1200, "PCE", "2.40", "2026-11-26"),
    ])
    seed = "043"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Labdien, Marek!\n\n"
        "Apstiprinām pasūtījumu Nr. 4500319445, piegāde 26.11.2026.\n\n"
        "1. pozīcija – bez izmaiņām.\n"
        "2. pozīcijai piešķiram 5% atlaidi no pasūtījuma cenas (apjoma atlaide).\n\n"
        "Ar cieņu\nJānis Bērziņš\nSIA Kurzemes Kokmateriāli, Rūpniecības iela 5, Kuldīga, LV-3301\n")
    body = outlook_reply(seed, reply, "lv", "Marek Dvorak <marek.dvorak@halden-roe.example>",
                         "ceturtdiena, 2026. gada 5. novembris 13:02", "pardosana@kurzemeskoks.example", subject_po(po),
                         request_text(po, "Jānis"), request_html(po, "Jānis"), html_lang="LV")
    h = hdrs(("Jānis Bērziņš", "pardosana@kurzemeskoks.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-06 09:14", "+0200"), mid, irt, refs,
             extra=outlook_extra("lv-LV", thread_topic=subject_po(po)))
    exp = expected("confirmation", "5% discount on line 2 only: 2.40 x 0.95 = 2.28. ISPM 15 and board dimensions are decoys.",
                   [confirm(po, {1: "A", 2: {"p": "2.28"}})])
    return case("timber-latvian-5pct-discount", "confirmation", "lv-LV",
                "Percentage discount on one line that must be applied to the PO price; numbers in dimensions and ISPM 15.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 044
def c_hvac_estonian_bottom_post():
    s = sup("EEVENT", "Ventiltehnika OÜ", "myyk@ventiltehnika.example", "et-EE")
    po = PO("4500319460", s, "pn", "2026-11-04", [
        L(1, "DCT-RECT-400X200", "Rectangular duct 400x200 mm, 1.25 m section, galvanised", 40, "PCE", "31.00", "2026-11-30"),
        L(2, "DCT-GRL-300X150", "Supply grille 300x150 mm, white RAL 9010", 30, "PCE", "14.20", "2026-11-30"),
        L(3, "DCT-SIL-250-900", "Circular silencer dia 250 mm, L=900 mm", 6, "PCE", "96.00", "2026-11-30"),
    ])
    seed = "044"
    mid = f"<{uuid_like(seed, False)}@ventiltehnika.example>"
    irt, refs = thread(po)
    txt = ("Priya Nair kirjutas 04.11.2026 10:15:\n" + quote_gt(request_text(po, "Kalle")) + "\n\n"
           "Tere Priya,\n\n"
           "kinnitame tellimuse. Pos 1 hind on uus: 33,40 € / tk (terase hinnatõus alates 01.11). Pos 2 ja 3 "
           "vastavalt tellimusele. Tarne 30.11.2026.\n\n"
           "Lugupidamisega\nKalle Tamm\nVentiltehnika OÜ | Peterburi tee 71, 11415 Tallinn\n")
    body = text(txt, "plain", "iso-8859-15", "quoted-printable", flowed=True)
    h = hdrs(("Kalle Tamm", "myyk@ventiltehnika.example"), ("Priya Nair", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-05 15:55", "+0200"), mid, irt, refs,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "et")])
    exp = expected("confirmation", "Bottom-posted below the full quote: line 1 new absolute price 33.40, lines 2-3 as "
                   "ordered, date 30.11.2026 = requested. 400x200 / RAL 9010 are decoys.",
                   [confirm(po, {1: {"p": "33.40"}, 2: "A", 3: "A"})])
    return case("hvac-estonian-bottom-posted", "confirmation", "et-EE",
                "Bottom-posted answer after the quoted PO (reader must skip the quote first), ISO-8859-15, new unit price on one line.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 045
def c_porcelain_pt_inline():
    s = sup("PORPT", "Porcelanas da Bairrada, Lda.", "encomendas@porcelanasbairrada.example", "pt-PT")
    po = PO("4500319475", s, "sm", "2026-11-06", [
        L(1, "POR-PRT-RAS-28", "Flat plate 28 cm, hotel porcelain", 240, "PCE", "7.20", "2026-12-09"),
        L(2, "POR-PRT-SOB-21", "Dessert plate 21 cm, hotel porcelain", 240, "PCE", "4.60", "2026-12-09"),
        L(3, "POR-TAC-CHA-20", "Tea cup 20 cl with saucer", 200, "PCE", "3.90", "2026-12-09"),
        L(4, "POR-TRV-OVL-32", "Oval platter 32 cm", 30, "PCE", "11.50", "2026-12-09"),
    ])
    seed = "045"
    mid = f"<{uuid_like(seed, False)}@porcelanasbairrada.example>"
    irt, refs = thread(po)
    req = request_text(po, "Sr. Ferreira")
    answers = {"1": "OK.", "2": "OK.", "3": "Só em caixas de 24: enviamos 192 pç (8 caixas).",
               "4": "Em estudo com a produção, confirmamos na próxima semana."}
    out = []
    for l in req.split("\n"):
        out.append(("> " + l).rstrip())
        k = l.split(" ")[0]
        if k in answers and "POR-" in l:
            out.append(answers[k])
            out.append(">")
        if l.startswith("Line  Item"):
            pass
    out.append("")
    txt = ("Bom dia Sofia,\n\nRespostas no texto abaixo. Entrega de tudo o que está confirmado a 9 de dezembro, "
           "como pedido. Preços conforme a encomenda.\n\nCumprimentos,\nRui Ferreira\n\n"
           "No dia 06/11/2026 às 11:02, Sofia Marques escreveu:\n" + "\n".join(out) + "\n-- \n"
           "Porcelanas da Bairrada, Lda. | Zona Industrial de Oiã, 3770-059 Oliveira do Bairro\n")
    body = text(txt, "plain", "iso-8859-15", "8bit", flowed=True)
    h = hdrs(("Rui Ferreira", "encomendas@porcelanasbairrada.example"), ("Sofia Marques", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-09 10:17", "+0000"), mid, irt, refs,
             extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pt-PT")], from_charset="iso-8859-15")
    exp = expected("confirmation", "Answers typed under each quoted PO line; date stated once at the top (9 December = "
                   "requested). Line 3 carton rounding 200 -> 192; line 4 'confirm next week' -> unconfirmed.",
                   [confirm(po, {1: "A", 2: "A", 3: {"q": 192}, 4: "U"})])
    return case("porcelain-portuguese-inline-plain", "confirmation", "pt-PT",
                "Plain-text answers typed inside the > quoted PO plus a global date sentence on top; one line deferred.",
                [po], message(h, body), exp)


CASES = [c_gloves_moq_malaysia, c_footwear_partial_vietnam, c_pumps_weekday_in_kw, c_boots_mardi_prochain,
         c_thai_buddhist_year_weeks, c_porcelain_czech_ship_vs_delivery, c_toner_swiss_ship_only,
         c_lubes_mexico_week, c_lab_lot_expiry_lt, c_pumps_bulgarian_all_rejected, c_rebar_ukrainian_three_drops,
         c_stationery_per_100_slovenian, c_timber_latvian_discount, c_hvac_estonian_bottom_post, c_porcelain_pt_inline]
