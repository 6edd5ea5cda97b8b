"""Cases 046-060."""
from .common import *  # noqa: F401,F403


# ---------------------------------------------------------------- 046
def c_solar_hebrew_forwarded_internal():
    s = sup("SUNIL", "Negev Sun Systems Ltd.", "yael@negevsun.example", "he-IL")
    po = PO("4500319490", s, "to", "2026-11-05", [
        L(1, "PV-430-BF", "PV module bifacial 430 Wp, glass-glass", 62, "PCE", "71.00", "2026-12-10"),
        L(2, "PV-INV-10K-3P", "String inverter 10 kW, 3-phase", 2, "EA", "1180.00", "2026-12-10"),
        L(3, "PV-CBL-6MM-RED", "Solar cable 6 mm2, red, drum 500 m", 2, "DRM", "265.00", "2026-12-10"),
    ], currency="USD")
    seed = "046"
    mid, bnd, _ = outlook_ids(seed)
    irt, refs = thread(po)
    top = ("Hi Tom,\n\n"
           "Please see below the confirmation from our logistics team - everything as per your PO except the "
           "inverters: the manufacturer raised the price, so they are USD 1,240 each now.\n\n"
           "Best regards,\nYael Levi\nExport Sales | Negev Sun Systems Ltd. | Beer Sheva\n")
    internal = ("יעל שלום,\n\n"
                "בדקתי מלאי להזמנה 4500319490:\n"
                "פאנלים 430W – 62 יח' (2 משטחים של 31) זמינים.\n"
                "ממירים 10 קו\"ט – 2 יח'.\n"
                "כבל סולארי 6 ממ\"ר – 2 תופים.\n\n"
                "משלוח ימי יוצא מאשדוד ב-19.11, הגעה למחסן הלקוח ברוטרדם ב-08.12.2026.\n\n"
                "תודה,\nאבי כהן\nלוגיסטיקה\n")
    fw_block = outlook_block_text("he", "Avi Cohen <logistics@negevsun.example>", "יום ג 10/11/2026 09:12",
                                  "Yael Levi <yael@negevsun.example>", "RE: הזמנה 4500319490")
    req_block = outlook_block_text("en", "Tom Okafor <tom.okafor@halden-roe.example>", "Thursday, November 5, 2026 10:05 AM",
                                   "Yael Levi <yael@negevsun.example>", subject_po(po))
    plain = top + "\n" + fw_block + "\n\n" + internal + "\n" + req_block + "\n\n" + request_text(po, "Yael")
    h_html = outlook_html(
        paras(top),
        outlook_block_html("he", "Avi Cohen <logistics@negevsun.example>", "יום ג 10/11/2026 09:12",
                           "Yael Levi <yael@negevsun.example>", "RE: הזמנה 4500319490"),
        '<div dir="rtl">' + paras(internal) + "</div>" +
        outlook_block_html("en", "Tom Okafor <tom.okafor@halden-roe.example>", "Thursday, November 5, 2026 10:05 AM",
                           "Yael Levi <yael@negevsun.example>", subject_po(po)) + request_html(po, "Yael"),
        lang="HE", charset="windows-1255")
    body = multipart("alternative", bnd, [text(plain, "plain", "windows-1255", "base64"),
                                          text(h_html, "html", "windows-1255", "base64")], preamble=None)
    h = hdrs(("Yael Levi", "yael@negevsun.example"), ("Tom Okafor", po["buyer"]["email"]),
             "FW: RE: הזמנה 4500319490", rfc_date("2026-11-10 11:40", "+0200"), mid, irt, refs,
             extra=outlook_extra("he-IL", thread_topic="הזמנה 4500319490"), subj_charset="windows-1255")
    exp = expected("confirmation", "Forwarded internal chain: the English top note changes the inverter price to 1,240; "
                   "the Hebrew logistics mail gives sailing 19.11 and arrival at the customer's Rotterdam warehouse "
                   "08.12.2026 (delivery wins) for all lines.",
                   [confirm(po, {1: {"d": "2026-12-08"}, 2: {"p": "1240.00", "d": "2026-12-08"},
                                 3: {"d": "2026-12-08"}})])
    return case("solar-hebrew-forwarded-logistics-chain", "confirmation", "he-IL",
                "Forward of an internal Hebrew (windows-1255) logistics mail under an English note; price change on top, dates only in the forwarded part.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 047
def c_lubes_arabic_html_only():
    s = sup("GULFLUB", "Gulf Lubricants Trading LLC", "sales@gulflub.example", "ar-AE")
    po = PO("4500319505", s, "sm", "2026-11-04", [
        L(1, "LUB-10W40-D208", "Engine oil 10W-40 semi-synthetic, drum 208 l", 10, "DR", "540.00", "2026-12-03"),
        L(2, "LUB-GRS-EP2-180", "Grease EP2 lithium complex, drum 180 kg", 2, "DR", "690.00", "2026-12-03"),
    ], currency="USD")
    seed = "047"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    body_html = (
        '<div dir="rtl" style="font-family:Tahoma;font-size:11pt">'
        "<p>السيدة صوفيا ماركيز المحترمة،</p>"
        "<p>تحية طيبة وبعد،</p>"
        "<p>نؤكد لكم استلام أمر الشراء رقم 4500319505، ونؤكد توريد جميع البنود بالكميات والأسعار المذكورة فيه:</p>"
        "<ul><li>زيت محركات 10W-40: عدد 10 براميل × 540.00 دولار</li>"
        "<li>شحم EP2: عدد 2 برميل × 690.00 دولار</li></ul>"
        "<p>موعد التسليم في مستودعكم: ١٠/١٢/٢٠٢٦</p>"
        "<p>مع خالص التحية،<br>محمد الحمادي<br>قسم المبيعات – Gulf Lubricants Trading LLC<br>"
        "المنطقة الحرة بجبل علي، دبي، الإمارات العربية المتحدة</p></div>")
    quoted = ('<div dir="ltr">' + outlook_block_html("ar", "Sofia Marques <sofia.marques@halden-roe.example>",
                                                    "الأربعاء، 4 نوفمبر، 2026 1:15 م", "sales@gulflub.example",
                                                    subject_po(po)) + request_html(po, "Mr. Al Hammadi") + "</div>")
    h_html = outlook_html(body_html, "", quoted, charset="utf-8", lang="AR-SA", attrs=' dir="rtl"')
    body = text(h_html, "html", "utf-8", "quoted-printable")
    h = hdrs(("محمد الحمادي", "sales@gulflub.example"), ("Sofia Marques", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-05 10:30", "+0400"), mid, irt, refs,
             extra=outlook_extra("ar-AE", thread_topic=subject_po(po)))
    exp = expected("confirmation", "HTML-only right-to-left Arabic reply; the delivery date is written in Arabic-Indic "
                   "digits (١٠/١٢/٢٠٢٦ = 10 Dec 2026), later than requested; quantities and prices as ordered.",
                   [confirm(po, {1: {"d": "2026-12-10"}, 2: {"d": "2026-12-10"}})])
    return case("lubricants-arabic-html-only-indic-digits", "confirmation", "ar-AE",
                "Single text/html part (RTL, no plain alternative) whose delivery date uses Arabic-Indic digits.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 048
def c_candles_indonesian_mobile():
    s = sup("BALICND", "CV Bali Lilin Indah", "order@balililin.example", "id-ID")
    po = PO("4500319520", s, "sm", "2026-11-09", [
        L(1, "CND-SCNT-JAR-200", "Scented candle in glass jar 200 g, lemongrass", 600, "EA", "2.35", "2026-12-15"),
        L(2, "CND-TL-CIT-100", "Citronella tealight, pack of 100", 120, "PK", "6.90", "2026-12-15"),
    ], currency="USD")
    seed = "048"
    mid = f"<{uuid_like(seed)}@balililin.example>"
    irt, refs = thread(po)
    txt = ("Siap bu Sofia, PO 4500319520 kami konfirmasi semua sesuai PO. Terima kasih 🙏\n\n"
           "Dikirim dari iPhone saya\n\n"
           "> Pada 9 Nov 2026, pukul 16.20, Sofia Marques <sofia.marques@halden-roe.example> menulis:\n>\n"
           + quote_gt(request_text(po, "Pak Wayan")) + "\n")
    body = text(txt, "plain", "utf-8", "quoted-printable")
    h = hdrs(("Wayan Sudarma", "order@balililin.example"), ("Sofia Marques", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-10 07:02", "+0800"), mid, irt, refs,
             extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("confirmation", "Mobile one-liner 'all confirmed as per PO': every line accepted with PO values; the "
                   "only numbers are in the quoted PO.",
                   [confirm(po, {1: "A", 2: "A"})])
    return case("candles-indonesian-mobile-one-liner", "confirmation", "id-ID",
                "One-line iPhone reply ('semua sesuai PO') with an emoji; all values come from the quoted PO.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 049
def c_pumps_croatian_january():
    s = sup("HRPUMP", "Crpke Zagorje d.o.o.", "prodaja@crpke-zagorje.example", "hr-HR")
    po = PO("4500319535", s, "ep", "2026-11-20", [
        L(1, "PMP-PER-0.37", "Peripheral pump 0.37 kW, brass impeller", 20, "EA", "64.00", "2026-12-18"),
        L(2, "PMP-TNK-24L", "Pressure tank 24 l, 8 bar, EPDM membrane", 20, "EA", "29.50", "2026-12-18"),
    ])
    mail = D("2026-11-27")
    assert next_md(mail, 1, 8) == D("2027-01-08")
    seed = "049"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Poštovana gospođo Petrova,\n\n"
        "zahvaljujemo na narudžbi 4500319535, koju potvrđujemo po cijenama i količinama iz narudžbe.\n\n"
        "Zbog godišnje inventure pogon je zatvoren od 21.12. do 6.1., pa će isporuka biti 8. siječnja.\n\n"
        "Srdačan pozdrav,\nIvana Babić\nProdaja\nCrpke Zagorje d.o.o., Zagrebačka 45, 49000 Krapina\n")
    body = outlook_reply(seed, reply, "hr", "Elena Petrova <elena.petrova@halden-roe.example>",
                         "petak, 20. studenoga 2026. 14:10", "prodaja@crpke-zagorje.example", subject_po(po),
                         request_text(po, "Ms. Babić"), request_html(po, "Ms. Babić"), html_lang="HR",
                         charset="iso-8859-2")
    h = hdrs(("Ivana Babić", "prodaja@crpke-zagorje.example"), ("Elena Petrova", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-27 12:44", "+0100"), mid, irt, refs,
             extra=outlook_extra("hr-HR", thread_topic=subject_po(po)), from_charset="iso-8859-2")
    exp = expected("confirmation", "'8. siječnja' has no year: next 8 January on/after the mail date (2026-11-27) is "
                   "2027-01-08. Plant closure 21.12.-6.1. is a decoy.",
                   [confirm(po, {1: {"d": "2027-01-08"}, 2: {"d": "2027-01-08"}})])
    return case("pumps-croatian-january-without-year", "confirmation", "hr-HR",
                "Croatian month name without year rolling into 2027, next to a plant-closure date range.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 050
def c_farm_italian_two_of_three():
    s = sup("AGRIRI", "Ricambi Agricoli Emiliani S.p.A.", "ordini@ricambiemiliani.example", "it-IT")
    a = PO("4500319550", s, "md", "2026-11-02", [
        L(1, "FRM-TIL-BLD-L", "Rotary tiller blade L-type, left, 80x7 mm", 120, "EA", "4.30", "2026-11-27"),
        L(2, "FRM-TIL-BLD-R", "Rotary tiller blade L-type, right, 80x7 mm", 120, "EA", "4.30", "2026-11-27"),
    ])
    b = PO("4500319551", s, "md", "2026-11-03", [
        L(1, "FRM-GBX-SEAL-4565", "Gearbox oil seal 45x65x10", 30, "EA", "3.80", "2026-11-27"),
        L(2, "FRM-PTO-S6-1010", "PTO shaft series 6, L=1010 mm, with shear bolt", 3, "EA", "212.00", "2026-11-27"),
    ])
    c = PO("4500319560", s, "md", "2026-11-04", [
        L(1, "FRM-HRW-TINE-330", "Power harrow tine 330 mm", 48, "EA", "9.40", "2026-12-04"),
    ])
    seed = "050"
    mid, bnd, _ = outlook_ids(seed)
    irt, refs = thread(a, b)
    rows = [("4500319550", "1", "Zappa sinistra 80x7", "120", "4,30", "27/11/2026"),
            ("4500319550", "2", "Zappa destra 80x7", "120", "4,30", "27/11/2026"),
            ("4500319551", "1", "Anello tenuta 45x65x10", "30", "3,80", "27/11/2026"),
            ("4500319551", "2", "Albero cardanico serie 6 L=1010", "3", "226,00", "04/12/2026")]
    intro = ("Buongiorno Sig. Dvorak,\n\n"
             "di seguito la conferma dei Vs. ordini 4500319550 e 4500319551:\n")
    outro = ("\nIl prezzo del cardano è aggiornato al listino 2026/2 in vigore dal 01/11.\n"
             "Per l'ordine 4500319560 (denti erpice) Vi faremo sapere appena ricevuta conferma dalla fonderia.\n\n"
             "Cordiali saluti\nGiulia Bertolini\nUfficio Vendite Estero\n")
    tbl_txt = "Ordine\tRiga\tArticolo\tQ.tà\tPrezzo €\tConsegna\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    tbl_html = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
                "<tr><th>Ordine</th><th>Riga</th><th>Articolo</th><th>Q.tà</th><th>Prezzo €</th><th>Consegna</th></tr>"
                + "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>")
    sig = "Ricambi Agricoli Emiliani S.p.A. – Via Emilia Ovest 1020 – 41123 Modena – Cap. Soc. € 1.200.000 i.v."
    block_t = outlook_block_text("it", "Marek Dvorak <marek.dvorak@halden-roe.example>", "martedì 3 novembre 2026 16:02",
                                 "ordini@ricambiemiliani.example", "Purchase orders 4500319550 and 4500319551 - please confirm")
    block_h = outlook_block_html("it", "Marek Dvorak <marek.dvorak@halden-roe.example>", "martedì 3 novembre 2026 16:02",
                                 "ordini@ricambiemiliani.example", "Purchase orders 4500319550 and 4500319551 - please confirm")
    plain = intro + "\n" + tbl_txt + outro + "\n" + sig + "\n\n" + block_t + "\n\n" + request_text(a, "Sig.ra Bertolini", pos=[a, b])
    h_html = outlook_html(paras(intro) + tbl_html + paras(outro), block_h, request_html(a, "Sig.ra Bertolini", pos=[a, b]),
                          lang="IT", sig_html=paras(sig))
    body = multipart("alternative", bnd, [text(plain, "plain"), text(h_html, "html")], preamble=None)
    h = hdrs(("Giulia Bertolini", "ordini@ricambiemiliani.example"), ("Marek Dvorak", a["buyer"]["email"]),
             "R: Purchase orders 4500319550 and 4500319551 - please confirm", rfc_date("2026-11-05 11:09", "+0100"),
             mid, irt, refs, extra=outlook_extra("it-IT", thread_topic="Purchase orders 4500319550 and 4500319551"))
    exp = expected("confirmation", "Three open POs, a table answers two of them; 4500319560 is only mentioned ('we will "
                   "let you know') and is left out. PTO shaft price 226,00 and date 04/12/2026.",
                   [confirm(a, {1: "A", 2: "A"}), confirm(b, {1: "A", 2: {"p": "226.00", "d": "2026-12-04"}})])
    return case("farm-parts-italian-table-two-of-three-pos", "confirmation", "it-IT",
                "Order/line table covering two of three open POs; the third is only mentioned and must not appear.",
                [a, b, c], message(h, body), exp)


# ---------------------------------------------------------------- 051
def c_farm_aus_lines_not_mentioned():
    s = sup("OZAGRI", "Southern Cross Ag Parts Pty Ltd", "sales@southerncrossag.example", "en-AU")
    po = PO("4500319575", s, "jl", "2026-11-04", [
        L(1, "FRM-DISC-SEED-15", "Seeder disc 15 inch, boron steel", 40, "EA", "28.00", "2026-12-11"),
        L(2, "FRM-PRESS-WHL-13", "Press wheel 13 x 1.5 inch, semi-pneumatic", 20, "EA", "46.00", "2026-12-11"),
        L(3, "FRM-SCRAPER-TC", "Tungsten carbide scraper", 40, "EA", "12.50", "2026-12-11"),
        L(4, "FRM-HUB-4B", "Hub bearing assembly, 4-bolt", 20, "EA", "39.00", "2026-12-11"),
    ], currency="USD")
    seed = "051"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = ("G'day Jonas,\n\n"
             "Discs and press wheels are good to go at your prices - both on the boat out of Melbourne this Friday, "
             "into Rotterdam 11 Dec.\n\n"
             "Cheers,\nShane\n\n"
             "Shane O'Brien | Southern Cross Ag Parts | 22 Foundry Rd, Shepparton VIC 3630 | 03 5555 0488")
    attribution = "On Wed, 4 Nov 2026 at 19:40, Jonas Lind <jonas.lind@halden-roe.example> wrote:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Shane"), request_html(po, "Shane"))
    h = hdrs(("Shane O'Brien", "sales@southerncrossag.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-05 08:30", "+1100"), mid, irt, refs)
    exp = expected("confirmation", "Only two of four lines are mentioned (both arriving 11 Dec = requested); the scrapers "
                   "and hub bearings are not addressed -> unconfirmed. 'This Friday' is the sailing, not the delivery.",
                   [confirm(po, {1: "A", 2: "A", 3: "U", 4: "U"})])
    return case("farm-parts-australian-two-lines-silent", "confirmation", "en-AU",
                "Short reply confirming two of four lines by nickname ('discs and press wheels'); the other two are silently left out.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 052
def c_solar_cn_pallets_eta():
    s = sup("ZJSOLAR", "Zhejiang Hengyang Solar Technology Co., Ltd.", "overseas@hengyangsolar.example", "zh-CN")
    po = PO("4500319590", s, "to", "2026-11-03", [
        L(1, "PV-580-TOPCON", "PV module N-type TOPCon 580 Wp, 2278x1134x30 mm", 600, "PCE", "62.00", "2027-01-15"),
        L(2, "PV-MC4-PAIR", "MC4 connector pair, 1500 V", 400, "PR", "0.85", "2027-01-15"),
    ], currency="USD")
    seed = "052"
    mid = "<tencent_5A1C3E8F0B2D4A6C9E7F1B3D@qq.example>"
    irt, refs = thread(po)
    txt = ("Tom，您好！\n\n"
           "订单 4500319590 已收到，确认如下：\n\n"
           "1. 580W TOPCon 组件：按整托发货，每托31片，数量由600片调整为620片（20托）。"
           "因硅料价格上涨，单价调整为 USD 63.20/片。\n"
           "2. MC4 连接器：400对，单价 USD 0.85，与组件同批发货。\n\n"
           "12月5日宁波港装船，预计2027年1月12日送达贵司鹿特丹仓库。\n\n"
           "如有问题请随时联系。\n\n"
           "此致\n敬礼\n\n李明\n浙江恒阳太阳能科技有限公司 海外销售部\n")
    quoted = ("\n\n------------------&nbsp;Original&nbsp;------------------\n".replace("&nbsp;", " ")
              + "From: \"Tom Okafor\" <tom.okafor@halden-roe.example>;\nDate: Tue, Nov 3, 2026 05:20 PM\n"
              "To: \"overseas\" <overseas@hengyangsolar.example>;\n"
              f"Subject: {subject_po(po)}\n\n" + request_text(po, "Mr. Li"))
    h_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
              + paras(txt, "gmail") +
              '<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;Original&nbsp;------------------</div>'
              '<div style="font-size:12px;background:#efefef;padding:8px;"><div><b>From:</b> "Tom Okafor"&lt;tom.okafor@halden-roe.example&gt;;</div>'
              '<div><b>Date:</b>&nbsp;Tue, Nov 3, 2026 05:20 PM</div><div><b>To:</b>&nbsp;"overseas"&lt;overseas@hengyangsolar.example&gt;;</div>'
              f'<div><b>Subject:</b>&nbsp;{html.escape(subject_po(po))}</div></div><div>&nbsp;</div>'
              + request_html(po, "Mr. Li") + "</body></html>\n")
    body = multipart("alternative", "----=_NextPart_6731A2B4_0C5E7F90_5D2A1B3C", [
        text(txt + quoted, "plain", "utf-8", "base64"), text(h_html, "html", "utf-8", "base64")])
    h = hdrs(("李明", "overseas@hengyangsolar.example"), ("Tom Okafor", po["buyer"]["email"]),
             "回复：" + subject_po(po), rfc_date("2026-11-04 09:45", "+0800"), mid, irt, refs,
             extra=[("X-Mailer", "QQMail 2.x")])
    exp = expected("confirmation", "Pallet-of-31 rounding 600 -> 620 and new piece price 63.20; loading 5 Dec at Ningbo vs "
                   "delivery to the Rotterdam warehouse 2027-01-12 (delivery wins, earlier than requested 2027-01-15). "
                   "Module dimensions 2278x1134x30 are decoys.",
                   [confirm(po, {1: {"q": 620, "p": "63.20", "d": "2027-01-12"}, 2: {"d": "2027-01-12"}})])
    return case("solar-chinese-pallet-rounding-eta", "confirmation", "zh-CN",
                "Chinese QQMail-style reply: pallet-of-31 rounding, price change, and a port-loading date vs a delivery date in 2027.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 053
def c_cleanroom_gloves_per_case():
    s = sup("PURECR", "PureRoom Supply LLC", "orders@pureroomsupply.example", "en-US")
    po = PO("4500319605", s, "pn", "2026-11-06", [
        L(1, "CR-GLV-STR-7", "Sterile cleanroom nitrile glove, size 7, per pair", 400, "PR", "1.10", "2026-11-24"),
        L(2, "CR-GLV-STR-8", "Sterile cleanroom nitrile glove, size 8, per pair", 600, "PR", "1.10", "2026-11-24"),
        L(3, "CR-MASK-ISO5", "Cleanroom face mask, ISO 5, tie-on", 1000, "EA", "0.32", "2026-11-24"),
    ], currency="USD")
    assert D("2026-11-23").weekday() == 0 and D("2026-11-25").weekday() == 2
    seed = "053"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Hi Priya,\n\n"
             "Confirmed, with one pricing note. The sterile gloves are sold by the case: $52.00 per case of 40 pairs "
             "(10 bags x 4 pr). Your 400 and 600 pairs come to 10 and 15 full cases, so quantities are fine. "
             "Masks at $0.32 as per your PO.\n\n"
             "Everything ships Monday 11/23 by 2-day air and will be delivered Wednesday 11/25.\n\n"
             "Thanks,\nBrandon Lee\nCustomer Service | PureRoom Supply LLC | Austin, TX 78744 | (512) 555-0166\n")
    body = outlook_reply(seed, reply, "en", "Priya Nair <priya.nair@halden-roe.example>",
                         "Friday, November 6, 2026 3:02 AM", "orders@pureroomsupply.example", subject_po(po),
                         request_text(po, "Brandon"), request_html(po, "Brandon"), html_lang="EN-US")
    h = hdrs(("Brandon Lee", "orders@pureroomsupply.example"), ("Priya Nair", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-06 14:25", "-0600"), mid, irt, refs,
             extra=outlook_extra("en-US", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Glove price per case of 40 pairs: 52.00/40 = 1.30 per pair; ship 11/23 but delivered "
                   "11/25 (US month-first), one day after the requested 11/24.",
                   [confirm(po, {1: {"p": "1.30", "d": "2026-11-25"}, 2: {"p": "1.30", "d": "2026-11-25"},
                                 3: {"d": "2026-11-25"}})])
    return case("cleanroom-gloves-price-per-case-of-40", "confirmation", "en-US",
                "Price per case of 40 pairs while the PO counts pairs; ship and delivery dates in month-first form.",
                [po], message(h, body), exp)


# ================================================================ needs_review
# ---------------------------------------------------------------- 054
def nr_will_revert_friday():
    s = sup("PKTEC", "Packtec Spares Ltd", "orders@packtec-spares.example", "en-GB")
    po = PO("4500319620", s, "kv", "2026-11-09", [
        L(1, "VFFS-FSH-320", "Forming shoulder 320 mm, stainless, VB-400", 1, "EA", "2860.00", "2026-12-04"),
        L(2, "BRG-6305-2Z", "Deep groove ball bearing 6305-2Z", 20, "EA", "7.40", "2026-12-04"),
        L(3, "BELT-AT10-1500", "Timing belt AT10-1500, 50 mm wide", 4, "EA", "61.20", "2026-12-04"),
    ])
    seed = "054"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Hi Katrin,\n\n"
             "Thanks for the PO. The forming shoulder is a made-to-order part from our German works and I'm waiting "
             "on their slot for week 49/50. The bearings and belts should be fine from stock, but I'd rather confirm "
             "the whole order in one go.\n\n"
             "I'll revert by Friday at the latest.\n\n"
             "Kind regards,\nGareth\n")
    body = outlook_reply(seed, reply, "en", "Katrin Vogel <katrin.vogel@halden-roe.example>", "09 November 2026 15:33",
                         "Packtec Orders <orders@packtec-spares.example>", subject_po(po),
                         request_text(po, "Gareth"), request_html(po, "Gareth"),
                         sig_text="Gareth Pryce | Internal Sales | Packtec Spares Ltd | T +44 1785 555 210")
    h = hdrs(("Gareth Pryce", "orders@packtec-spares.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-10 09:02", "+0000"), mid, irt, refs,
             extra=outlook_extra("en-GB", thread_topic=subject_po(po)))
    exp = expected("needs_review", "'Should be fine' and 'week 49/50' are not commitments; the supplier explicitly defers "
                   "the whole confirmation to Friday.")
    return case("packaging-will-revert-by-friday", "needs_review", "en-GB",
                "Hedged ('should be fine', 'week 49/50') but explicitly postpones confirmation of the whole PO.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 055
def nr_contradictory_rebar():
    s = sup("ACERN", "Aceros del Norte S.A.", "pedidos@acerosdelnorte.example", "es-ES")
    po = PO("4500319635", s, "to", "2026-11-09", [
        L(1, "REB-B500SD-20", "Rebar B500SD dia 20 mm, 12 m bars, EN 10080", 30, "TNE", "668.00", "2026-11-27"),
        L(2, "REB-B500SD-25", "Rebar B500SD dia 25 mm, 12 m bars, EN 10080", 20, "TNE", "668.00", "2026-11-27"),
    ])
    seed = "055"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Hola Tom:\n\n"
             "Confirmamos el pedido 4500319635 completo para el 27/11, precios según oferta.\n\n"
             "Por cierto, acabo de ver en el sistema que el Ø25 no lo tenemos laminado hasta mediados de diciembre, "
             "y el Ø20 está comprometido con otra obra. Déjame hablar con planificación y lo vemos.\n\n"
             "Un saludo,\nIñaki\n")
    body = outlook_reply(seed, reply, "es", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "lunes, 9 de noviembre de 2026 10:12", "pedidos@acerosdelnorte.example", subject_po(po),
                         request_text(po), request_html(po), html_lang="ES")
    h = hdrs(("Iñaki Etxeberria", "pedidos@acerosdelnorte.example"), ("Tom Okafor", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-10 13:30", "+0100"), mid, irt, refs,
             extra=outlook_extra("es-ES", thread_topic=subject_po(po)))
    exp = expected("needs_review", "Self-contradictory: first 'confirmed complete for 27/11', then both diameters are said "
                   "to be unavailable/committed elsewhere pending planning. A careful buyer cannot tell what is committed.")
    return case("rebar-confirms-then-contradicts", "needs_review", "es-ES",
                "Opens with 'confirmed complete for 27/11' and then says neither line is actually available.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 056
def nr_conditional_price():
    s = sup("PORCL", "Porcelaines de Limousin SAS", "adv@porcelaines-limousin.example", "fr-FR")
    po = PO("4500319650", s, "jl", "2026-11-09", [
        L(1, "ASS-PRES-31", "Charger plate dia 31 cm, white porcelain", 120, "PCE", "9.80", "2026-12-11"),
        L(2, "BOL-SAL-14", "Salad bowl dia 14 cm", 240, "PCE", "3.70", "2026-12-11"),
    ])
    seed = "056"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = ("Bonjour Monsieur Lind,\n\n"
             "Nous avons bien reçu votre commande 4500319650.\n\n"
             "Les prix indiqués correspondent à notre tarif 2025. Nous pouvons accepter la commande, livrable le "
             "11 décembre, à condition que vous acceptiez une hausse de 8 % sur les deux références (hausse du coût "
             "du gaz pour nos fours). Merci de nous confirmer votre accord pour que nous puissions lancer la production.\n\n"
             "Bien cordialement,\nCamille Faure\nAdministration des ventes")
    attribution = "Le lun. 9 nov. 2026 à 14:05, Jonas Lind <jonas.lind@halden-roe.example> a écrit :"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Madame Faure"), request_html(po, "Madame Faure"))
    h = hdrs(("Camille Faure", "adv@porcelaines-limousin.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-10 10:21", "+0100"), mid, irt, refs)
    exp = expected("needs_review", "Conditional acceptance: the order is accepted only if we agree to +8%; production "
                   "waits for our answer, so nothing is committed yet.")
    return case("porcelain-conditional-on-8pct-increase", "needs_review", "fr-FR",
                "Looks like a confirmation with date and percentage, but it is conditional on our approval of +8%.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 057
def nr_ab_follows():
    s = sup("STAHLW", "Stahlhandel Westfalen GmbH & Co. KG", "verkauf@stahl-westfalen.example", "de-DE")
    po = PO("4500319665", s, "to", "2026-11-10", [
        L(1, "REB-B500B-8-R", "Rebar B500B dia 8 mm in coils, EN 10080", 12, "TNE", "702.00", "2026-12-11"),
        L(2, "REB-B500B-14", "Rebar B500B dia 14 mm, 12 m bars, EN 10080", 25, "TNE", "676.00", "2026-12-11"),
    ])
    seed = "057"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Sehr geehrter Herr Okafor,\n\n"
             "vielen Dank für Ihre Bestellung 4500319665, die wir dankend erhalten haben.\n\n"
             "Die Walzprogramme für Dezember werden erst am Donnerstag vom Werk freigegeben. Unsere Auftragsbestätigung "
             "mit verbindlichen Terminen erhalten Sie daher voraussichtlich in KW 47.\n\n"
             "Mit freundlichen Grüßen\nDirk Schulte\nVerkauf Betonstahl\n")
    body = outlook_reply(seed, reply, "de", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "Dienstag, 10. November 2026 08:40", "verkauf@stahl-westfalen.example", subject_po(po),
                         request_text(po), request_html(po), html_lang="DE",
                         sig_text="Stahlhandel Westfalen GmbH & Co. KG · Hafenweg 30 · 48155 Münster · HRA 8812")
    h = hdrs(("Schulte, Dirk", "verkauf@stahl-westfalen.example"), ("Tom Okafor", po["buyer"]["email"]),
             "AW: " + subject_po(po), rfc_date("2026-11-10 15:14", "+0100"), mid, irt, refs,
             extra=outlook_extra("de-DE", thread_topic=subject_po(po)))
    exp = expected("needs_review", "Human acknowledgment that promises the order confirmation later; 'KW 47' is when the "
                   "confirmation will arrive, not a delivery date.")
    return case("rebar-ab-follows-kw47", "needs_review", "de-DE",
                "Promises the real order confirmation for KW 47 - a calendar week that is not a delivery date.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 058
def nr_polish_ask_split():
    s = sup("FOLPOL", "Folpak Polska Sp. z o.o.", "sprzedaz@folpak.example", "pl-PL")
    po = PO("4500319680", s, "sm", "2026-11-10", [
        L(1, "SHF-POF-15-450", "POF shrink film 15 micron, 450 mm centrefold", 60, "ROL", "39.50", "2026-11-30"),
        L(2, "SHF-PE-STR-17", "Stretch film 17 micron, 500 mm, machine roll 16 kg", 90, "ROL", "34.00", "2026-11-30"),
    ])
    seed = "058"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Dzień dobry Pani Sofio,\n\n"
             "dziękujemy za zamówienie 4500319680.\n\n"
             "Folię POF możemy wysłać od ręki, natomiast folia stretch maszynowa będzie produkowana dopiero w przyszłym "
             "tygodniu. Czy zgadzają się Państwo na dostawę w dwóch partiach (POF ok. 20.11, stretch ok. 04.12)? "
             "Czy wolą Państwo jedną dostawę kompletną?\n\n"
             "Czekamy na informację, po czym prześlemy potwierdzenie.\n\n"
             "Z poważaniem\nAgnieszka Wróbel\n")
    body = outlook_reply(seed, reply, "pl", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "wtorek, 10 listopada 2026 09:15", "sprzedaz@folpak.example", subject_po(po),
                         request_text(po), request_html(po), html_lang="PL", charset="iso-8859-2")
    h = hdrs(("Agnieszka Wróbel", "sprzedaz@folpak.example"), ("Sofia Marques", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-10 13:48", "+0100"), mid, irt, refs,
             extra=outlook_extra("pl-PL", thread_topic=subject_po(po)), from_charset="iso-8859-2")
    exp = expected("needs_review", "A question (split or complete delivery?) with approximate dates ('ok. 20.11', 'ok. "
                   "04.12'); the confirmation will follow our answer, so nothing is committed.")
    return case("shrink-film-polish-asks-split-or-complete", "needs_review", "pl-PL",
                "Offers two delivery options with approximate dates and asks us to choose before confirming.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 059
def nr_chinese_logo_artwork():
    s = sup("YJHOT", "Yangzhou Jiahe Hotel Supplies Co., Ltd.", "export@jiahe-hotel.example", "zh-CN")
    po = PO("4500319695", s, "pn", "2026-11-09", [
        L(1, "AMN-CMB-PRINT", "Comb in paper sachet, logo print", 20000, "PCE", "0.028", "2027-01-15"),
        L(2, "AMN-SEW-KIT", "Sewing kit in printed box", 5000, "PCE", "0.075", "2027-01-15"),
        L(3, "AMN-SHV-KIT", "Shaving kit (razor + 10 g foam)", 8000, "PCE", "0.16", "2027-01-15"),
    ], currency="USD")
    seed = "059"
    mid = "<202611101532278845216@jiahe-hotel.example>"
    irt, refs = thread(po)
    txt = ("Priya 您好，\n\n"
           "订单 4500319695 已收到，谢谢！\n\n"
           "印刷品（梳子、针线包）需要贵司提供 AI 或 PDF 格式的矢量 LOGO 文件，以及潘通色号（如 PMS 2945C）。"
           "收到文件并经贵司确认样稿后，我们才能排产并回复交期。\n\n"
           "剃须套装的泡沫是否需要 MSDS？请一并告知。\n\n"
           "王丽\n扬州佳禾酒店用品有限公司 外贸部\n")
    quoted = ("\n------------------ 原始邮件 ------------------\n"
              "发件人: \"Priya Nair\" <priya.nair@halden-roe.example>\n发送时间: 2026年11月9日(星期一) 晚上7:02\n"
              f"主题: {subject_po(po)}\n\n" + request_text(po, "Ms. Wang"))
    body = text(txt + quoted, "plain", "gb2312", "base64")
    h = hdrs(("王丽", "export@jiahe-hotel.example"), ("Priya Nair", po["buyer"]["email"]),
             "回复：" + subject_po(po), rfc_date("2026-11-10 15:32", "+0800"), mid, irt, refs,
             extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")], subj_charset="gb2312", from_charset="gb2312")
    exp = expected("needs_review", "Asks for logo artwork and an MSDS question; production and dates only after sample "
                   "approval. PMS 2945C is a colour code.")
    return case("amenities-chinese-needs-logo-artwork", "needs_review", "zh-CN",
                "GB2312 reply asking for artwork files and answering nothing yet; colour code looks like a number/date.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 060
def nr_korean_incoterm_question():
    s = sup("HANBIT", "Hanbit Pump Co., Ltd.", "overseas@hanbitpump.example", "ko-KR")
    po = PO("4500319710", s, "to", "2026-11-10", [
        L(1, "PMP-CM3-5", "Centrifugal pump CM3-5, 0.55 kW, 3x400 V", 10, "EA", "402.00", "2027-01-08"),
        L(2, "PMP-CM10-2", "Centrifugal pump CM10-2, 1.5 kW, 3x400 V", 4, "EA", "655.00", "2027-01-08"),
    ])
    seed = "060"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Tom Okafor 님께,\n\n"
             "발주서 4500319710 잘 받았습니다.\n\n"
             "다만 저희 견적서(Q-2611-052)는 FOB 부산 조건인데, 발주서에는 DAP Rotterdam으로 되어 있습니다. "
             "DAP 조건이면 해상운임이 추가되어 단가가 달라집니다.\n"
             "어느 조건으로 진행할지 확인 부탁드립니다. 확인 후 납기와 함께 정식 오더 컨펌 드리겠습니다.\n\n"
             "감사합니다.\n김민준 드림\n")
    body = outlook_reply(seed, reply, "ko", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "2026년 11월 10일 화요일 오후 4:10", "overseas@hanbitpump.example", subject_po(po),
                         request_text(po, "Mr. Kim"), request_html(po, "Mr. Kim"), html_lang="KO",
                         charset="ks_c_5601-1987", cte="base64")
    h = hdrs(("김민준", "overseas@hanbitpump.example"), ("Tom Okafor", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-11 10:05", "+0900"), mid, irt, refs,
             extra=outlook_extra("ko-KR", thread_topic=subject_po(po)), from_charset="euc-kr")
    exp = expected("needs_review", "Question about the Incoterm (quote FOB Busan vs PO DAP Rotterdam) with the formal "
                   "confirmation promised afterwards; no line is committed.")
    return case("pumps-korean-incoterm-question", "needs_review", "ko-KR",
                "Korean reply raising an Incoterm mismatch (FOB vs DAP) and withholding confirmation until answered.",
                [po], message(h, body), exp)


CASES = [c_solar_hebrew_forwarded_internal, c_lubes_arabic_html_only, c_candles_indonesian_mobile,
         c_pumps_croatian_january, c_farm_italian_two_of_three, c_farm_aus_lines_not_mentioned,
         c_solar_cn_pallets_eta, c_cleanroom_gloves_per_case,
         nr_will_revert_friday, nr_contradictory_rebar, nr_conditional_price, nr_ab_follows, nr_polish_ask_split,
         nr_chinese_logo_artwork, nr_korean_incoterm_question]
