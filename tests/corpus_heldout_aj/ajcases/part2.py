"""Cases 016-030."""
from .common import *  # noqa: F401,F403


# ---------------------------------------------------------------- 016
def c_farm_other_warehouse():
    s = sup("AGRAT", "Agrartechnik Steiner GmbH", "verkauf@agrar-steiner.example", "de-AT")
    po = PO("4500319025", s, "md", "2026-11-05", [
        L(1, "FRM-MWR-KNF-80", "Mower blade 80x4 mm for disc mower CM 240, set of 25", 8, "SET", "46.50", "2026-11-18"),
        L(2, "FRM-PTO-1-3/8-6", "PTO shaft yoke 1 3/8 inch, 6 splines", 4, "EA", "38.90", "2026-11-18"),
        L(3, "FRM-BRG-UCF207", "Flange bearing unit UCF 207", 10, "EA", "21.40", "2026-11-18"),
    ])
    assert D("2026-11-18").weekday() == 2
    seed = "016"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Sehr geehrter Herr Dvorak,\n\n"
        "besten Dank für Ihren Auftrag 4500319025, den wir hiermit vollumfänglich zu den angeführten Preisen und "
        "Mengen bestätigen.\n\n"
        "Bitte beachten Sie: Die Ware ist in unserem Lager Graz derzeit nicht vorrätig und wird daher aus unserem "
        "Zentrallager in Wels versendet. Dadurch verlängert sich die Transitzeit um einen Tag, die Zustellung "
        "erfolgt also einen Tag später als von Ihnen gewünscht.\n\n"
        "Mit freundlichen Grüßen\n\nMag. Christina Hofer\nVerkaufsinnendienst\n")
    sig = ("Agrartechnik Steiner GmbH | Gewerbepark Süd 7 | 8401 Kalsdorf bei Graz | Österreich\n"
           "FN 214587 t | UID ATU61234567")
    body = outlook_reply(seed, reply, "de", "Marek Dvorak <marek.dvorak@halden-roe.example>",
                         "Donnerstag, 5. November 2026 15:22", "verkauf@agrar-steiner.example",
                         subject_po(po), request_text(po), request_html(po), sig_text=sig, html_lang="DE-AT")
    h = hdrs(("Hofer Christina", "verkauf@agrar-steiner.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "AW: " + subject_po(po), rfc_date("2026-11-09 10:14", "+0100"), mid, irt, refs,
             extra=outlook_extra("de-AT", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Confirmed as ordered except that goods ship from another warehouse with one extra "
                   "day of transit: delivery 2026-11-19 instead of the requested 2026-11-18 on every line. '1 3/8' and "
                   "'UCF 207' are decoys.",
                   [confirm(po, {n: {"d": "2026-11-19"} for n in (1, 2, 3)})])
    return case("farm-parts-other-warehouse-plus-one-day", "confirmation", "de-AT",
                "Confirms 'as ordered' but adds one day of transit from another warehouse, so every date moves by one day without a date being written.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 017
def c_shrink_10_working_days():
    s = sup("CAPEFLM", "Cape Flexibles (Pty) Ltd", "sales@capeflexibles.example", "en-ZA")
    po = PO("4500319040", s, "md", "2026-11-02", [
        L(1, "SHF-POF-19-500", "POF shrink film 19 micron, 500 mm centrefold, roll approx. 1,334 m", 40, "ROL", "48.00", "2026-11-13"),
        L(2, "SHF-LDPE-100-T1600", "LDPE shrink film 100 micron, 1,600 mm tube", 1500, "KG", "1.92", "2026-11-13"),
    ])
    mail_day = D("2026-11-02")
    due = add_workdays(mail_day, 10)
    assert due == D("2026-11-16") and due.weekday() == 0
    seed = "017"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Morning Marek\n\n"
        "Thanks for the order, received with thanks.\n\n"
        "We confirm both lines at your PO prices - 40 rolls of the 19 mic POF and 1,500 kg of the 100 mic tube "
        "(approx. 25 kg per roll, so 60 rolls; invoiced on actual net weight). Delivery within 10 working days "
        "from today.\n\n"
        "Please note our banking details changed on 1 October - see the attached letter on the next invoice.\n\n"
        "Kind regards\nThandi Mokoena\nCape Flexibles | 14 Marine Drive, Paarden Eiland, Cape Town 7405\n"
        "Tel +27 21 555 0190")
    attribution = "On Mon, 2 Nov 2026 at 08:31, Marek Dvorak <marek.dvorak@halden-roe.example> wrote:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Thandi"), request_html(po, "Thandi"))
    h = hdrs(("Thandi Mokoena", "sales@capeflexibles.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-02 14:05", "+0200"), mid, irt, refs)
    exp = expected("confirmation", "'Within 10 working days from today' counted from the Date header (Mon 2026-11-02): "
                   "2026-11-16, later than the requested 2026-11-13. '60 rolls' is packaging info for the kg line.",
                   [confirm(po, {1: {"d": "2026-11-16"}, 2: {"d": "2026-11-16"}})])
    return case("shrink-film-within-10-working-days", "confirmation", "en-ZA",
                "Date given only as 'within 10 working days from today' (count Mon-Fri from the mail date); kg line also described in rolls.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 018
def c_date_in_subject_only():
    s = sup("ANTEX", "Anadolu Otel Tekstil A.Ş.", "ihracat@anadolutekstil.example", "tr-TR")
    po = PO("4500319055", s, "sm", "2026-11-06", [
        L(1, "AMN-SLP-CT-28", "Hotel slippers closed toe, 28 cm, white waffle", 3000, "PR", "0.68", "2026-11-27"),
        L(2, "AMN-SHC-BOX", "Shower cap in paper box", 5000, "PCE", "0.045", "2026-11-27"),
    ])
    seed = "018"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    subj = "YNT: " + subject_po(po) + " / Teslim tarihi 24.11.2026"
    reply = (
        "Merhaba Sofia Hanım,\n\n"
        "Siparişiniz onaylanmıştır; tüm kalemler sipariş fiyatları ve miktarlarıyla üretime alındı.\n\n"
        "İyi çalışmalar dileriz.\n\nSaygılarımızla,\nEmre Yıldız\nİhracat Departmanı\n")
    sig = "Anadolu Otel Tekstil A.Ş. | Organize Sanayi Bölgesi 4. Cadde No: 12 | 16140 Nilüfer / Bursa"
    body = outlook_reply(seed, reply, "tr", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "6 Kasım 2026 Cuma 10:05", "ihracat@anadolutekstil.example", subject_po(po),
                         request_text(po, "Emre Bey"), request_html(po, "Emre Bey"), sig_text=sig, html_lang="TR",
                         charset="windows-1254")
    h = hdrs(("Emre Yıldız", "ihracat@anadolutekstil.example"), ("Sofia Marques", po["buyer"]["email"]),
             subj, rfc_date("2026-11-10 09:40", "+0300"), mid, irt, refs,
             extra=outlook_extra("tr-TR", thread_topic=subject_po(po)), subj_charset="windows-1254",
             from_charset="windows-1254")
    exp = expected("confirmation", "Body only says 'confirmed at order prices and quantities'; the delivery date 24.11.2026 "
                   "appears only in the subject line and is earlier than requested, so both lines change date.",
                   [confirm(po, {1: {"d": "2026-11-24"}, 2: {"d": "2026-11-24"}})])
    return case("amenities-date-only-in-subject", "confirmation", "tr-TR",
                "windows-1254 Outlook reply whose only date is in the Subject ('Teslim tarihi 24.11.2026').",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 019
def c_farm_own_article_numbers():
    s = sup("MAATAL", "Maatalouskone Laine Oy", "myynti@maatalouslaine.example", "fi-FI")
    po = PO("4500319070", s, "md", "2026-11-04", [
        L(1, "FRM-TINE-SPR-32", "Spring tine for cultivator 32x10 mm, with bolt", 60, "EA", "7.80", "2026-12-04"),
        L(2, "FRM-HOSE-1/2-1500", "Hydraulic hose 1/2 inch 2SN, 1500 mm, DKOL M22x1.5", 12, "EA", "24.60", "2026-12-04"),
        L(3, "FRM-FLT-HYD-10", "Hydraulic return filter element 10 micron", 10, "EA", "18.20", "2026-12-04"),
    ])
    assert kw(2026, 49) == D("2026-12-04")
    seed = "019"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Hei Marek,\n\n"
        "Kiitos tilauksesta. Vahvistamme sen seuraavasti:\n\n"
        "71-8812  Paluusuodatin 10 µm                          10 kpl à 18,20 €\n"
        "71-2045  Joustopiikki 32x10 + pultti                  60 kpl à 7,80 €\n"
        "71-5530  Hydrauliletku 1/2\" 2SN 1500 mm M22x1,5       12 kpl à 25,90 €  (hinnankorotus 1.11. alkaen)\n\n"
        "Toimitus viikolla 49.\n\n"
        "Ystävällisin terveisin\nJukka Heikkinen\nMaatalouskone Laine Oy\nTeollisuustie 6, 60100 Seinäjoki\n")
    body = outlook_reply(seed, reply, "fi", "Marek Dvorak <marek.dvorak@halden-roe.example>",
                         "keskiviikko 4. marraskuuta 2026 14.10", "myynti@maatalouslaine.example", subject_po(po),
                         request_text(po, "Jukka"), request_html(po, "Jukka"), html_lang="FI")
    h = hdrs(("Jukka Heikkinen", "myynti@maatalouslaine.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "VS: " + subject_po(po), rfc_date("2026-11-06 13:27", "+0200"), mid, irt, refs,
             extra=outlook_extra("fi-FI", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Supplier lists only its own article numbers (71-xxxx) in a different order; lines map "
                   "by description and quantity. Week 49 = Friday 2026-12-04 = requested. Hose price 25.90 instead of 24.60.",
                   [confirm(po, {1: "A", 2: {"p": "25.90"}, 3: "A"})])
    return case("farm-parts-supplier-article-numbers-only", "confirmation", "fi-FI",
                "Confirmation uses only the supplier's own article numbers, reordered; mapping by description; 'viikolla 49' is a bare week.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 020
def c_stationery_cancelled_trap():
    s = sup("SCHLST", "Schoolhouse Stationers Ltd", "trade@schoolhousestationers.example", "en-GB")
    po = PO("4500319085", s, "jl", "2026-11-05", [
        L(1, "STN-EXB-A4-48", "Exercise book A4, 48 pages, 8 mm ruled, pack of 10", 300, "PK", "4.20", "2026-11-20"),
        L(2, "STN-PEN-HB-12", "Pencil HB with eraser, box of 12", 200, "BOX", "1.85", "2026-11-20"),
        L(3, "STN-GLUE-21G", "Glue stick 21 g", 500, "EA", "0.48", "2026-11-20"),
        L(4, "STN-RUL-30CM", "Ruler 30 cm, shatter-resistant", 250, "EA", "0.36", "2026-11-20"),
    ], currency="GBP")
    assert D("2026-11-20").weekday() == 4
    seed = "020"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Hi Jonas,\n\n"
        "All four lines confirmed for delivery on Friday 20th Nov, prices as per your PO.\n\n"
        "Just to clear up the confusion from yesterday's phone call: the line that got cancelled was the glue sticks "
        "on your other order (4500318712), not this one - so the 500 glue sticks on 4500319085 are still being "
        "delivered with everything else.\n\n"
        "Thanks,\nHolly\n\nHolly Barnes\nTrade Sales | Schoolhouse Stationers Ltd | Leeds LS11 5QE\n0113 555 0175")
    attribution = "On Thu, 5 Nov 2026 at 11:02, Jonas Lind <jonas.lind@halden-roe.example> wrote:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Holly"), request_html(po, "Holly"))
    h = hdrs(("Holly Barnes", "trade@schoolhousestationers.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-06 09:18", "+0000"), mid, irt, refs)
    exp = expected("confirmation", "The word 'cancelled' sits next to the glue-stick line but refers to another order; "
                   "all four lines of this PO are confirmed as ordered.",
                   [confirm(po, {1: "A", 2: "A", 3: "A", 4: "A"})])
    return case("stationery-cancelled-line-is-other-order", "confirmation", "en-GB",
                "Mentions a 'cancelled' glue-stick line, but that was on a different PO; here everything, glue sticks included, is delivered.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 021
def c_export_licence_reject():
    s = sup("FJORDV", "Fjord Vision AS", "ordre@fjordvision.example", "nb-NO")
    po = PO("4500319100", s, "kv", "2026-11-03", [
        L(1, "PKG-CAM-VIS-2MP", "Vision camera 2 MP GigE for label inspection", 2, "EA", "890.00", "2026-11-27"),
        L(2, "PKG-IR-640-60", "Infrared thermal camera module 640x512, 60 Hz, seal inspection", 1, "EA", "4650.00", "2026-11-27"),
        L(3, "PKG-LENS-16MM", "C-mount lens 16 mm f/1.4", 2, "EA", "210.00", "2026-11-27"),
    ])
    assert D("2026-11-27").weekday() == 4
    seed = "021"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Hei Katrin,\n\n"
        "Takk for bestillingen. Linje 1 og 3 (GigE-kameraene og objektivene) bekrefter vi som bestilt, med levering "
        "fredag 27. november.\n\n"
        "Linje 2 kan vi dessverre ikke levere. Termokameramodulen med 60 Hz bildefrekvens er listeført som "
        "flerbruksvare (6A003.b.4) og krever eksportlisens, og søknaden vår ble avslått av Eksportkontrollseksjonen "
        "den 28.10.2026. Vi må derfor avvise denne linjen. En 9 Hz-versjon er lisensfri, men passer trolig ikke "
        "til deres linjehastighet.\n\n"
        "Med vennlig hilsen\nSigrid Haugland\nSalgskoordinator, Fjord Vision AS\nSandakerveien 56, 0477 Oslo\n")
    body = outlook_reply(seed, reply, "nb", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                         "tirsdag 3. november 2026 13:50", "ordre@fjordvision.example", subject_po(po),
                         request_text(po, "Sigrid"), request_html(po, "Sigrid"), html_lang="NO-BOK")
    h = hdrs(("Sigrid Haugland", "ordre@fjordvision.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "SV: " + subject_po(po), rfc_date("2026-11-04 15:02", "+0100"), mid, irt, refs,
             extra=outlook_extra("nb-NO", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Line 2 rejected because the export licence was refused (dual-use 6A003); lines 1 and 3 "
                   "confirmed for Friday 27 November = requested. The 9 Hz alternative is not an offer to commit.",
                   [confirm(po, {1: "A", 2: "R", 3: "A"})])
    return case("vision-parts-export-licence-refused", "confirmation", "nb-NO",
                "One line rejected for an export-licence refusal with control-list numbers and a licence date; others confirmed.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 022
def c_fx_clause_big5():
    s = sup("TWPNEU", "Formosa Pneumatic Industrial Co., Ltd.", "sales@formosapneu.example", "zh-TW")
    po = PO("4500319115", s, "to", "2026-11-04", [
        L(1, "PKG-CYL-SC32X100", "Pneumatic cylinder SC 32x100, ISO 15552", 10, "EA", "42.00", "2026-12-10"),
        L(2, "PKG-VLV-4V210-08", "Solenoid valve 4V210-08, 24 VDC", 20, "EA", "14.50", "2026-12-10"),
        L(3, "PKG-FRL-AC2000", "Filter regulator lubricator AC2000, 1/4 inch", 6, "EA", "23.80", "2026-12-10"),
    ], currency="USD")
    seed = "022"
    mid = "<000001dc6f3a$8e2b71c0$aa8255a0$@formosapneu.example>"
    irt, refs = thread(po)
    txt = (
        "Tom 您好：\n\n"
        "感謝您的訂單 4500319115，茲確認如下：\n\n"
        "1. SC32x100 氣壓缸　10 支　單價 USD 42.00\n"
        "2. 4V210-08 電磁閥 DC24V　20 個　單價 USD 14.50\n"
        "3. AC2000 三點組合 1/4\"　6 組　單價 USD 23.80\n\n"
        "交期：2026/12/10 到貨鹿特丹。\n\n"
        "註：以上報價以美金計價，係依 2026/11/04 匯率（1 USD = 32.15 TWD）計算，若出貨時匯率變動超過 3%，"
        "本公司保留調整價格之權利。\n"
        "付款條件：出貨後 30 天 T/T。\n\n"
        "順頌 商祺\n陳怡君 Yvonne Chen\n台灣福爾摩沙氣動工業股份有限公司 業務部\nTEL: 04-2555-3106\n")
    quoted = ("\n-----Original Message-----\nFrom: Tom Okafor <tom.okafor@halden-roe.example>\n"
              "Sent: Wednesday, November 4, 2026 4:55 PM\nTo: sales@formosapneu.example\n"
              f"Subject: {subject_po(po)}\n\n" + request_text(po, "Ms. Chen"))
    h_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>'
              '<body lang="ZH-TW"><div style="font-family:新細明體">' + paras(txt) + '</div>'
              '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
              '<b>From:</b> Tom Okafor [mailto:tom.okafor@halden-roe.example]<br><b>Sent:</b> Wednesday, November 4, 2026 4:55 PM<br>'
              f'<b>To:</b> sales@formosapneu.example<br><b>Subject:</b> {html.escape(subject_po(po))}</p></div>'
              + request_html(po, "Ms. Chen") + "</body></html>\n")
    body = multipart("alternative", "----=_NextPart_000_0013_01DC6F3A.8E2C5C20",
                     [text(txt + quoted, "plain", "big5", "base64"), text(h_html, "html", "big5", "quoted-printable")])
    h = hdrs(("陳怡君", "sales@formosapneu.example"), ("Tom Okafor", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-05 09:12", "+0800"), mid, irt, refs,
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcTmF1a2Vfb3JkZXJfdHc="),
                    ("Content-Language", "zh-tw")], from_charset="big5")
    exp = expected("confirmation", "Big5 mail confirming all lines at PO prices for 2026/12/10 with an exchange-rate "
                   "clause (right to adjust if FX moves > 3%): the clause is not a price change. SC32x100 / 4V210-08 / "
                   "2026/11/04 rate date are decoys.",
                   [confirm(po, {1: "A", 2: "A", 3: "A"})])
    return case("pneumatics-big5-fx-clause", "confirmation", "zh-TW",
                "Big5 confirmation with an exchange-rate adjustment clause (3%) that must not be read as a price change.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 023
def c_energy_surcharge():
    s = sup("FOLPOL", "Folpak Polska Sp. z o.o.", "sprzedaz@folpak.example", "pl-PL")
    po = PO("4500319130", s, "sm", "2026-11-05", [
        L(1, "SHF-PE-STR-23", "Stretch film 23 micron, 500 mm, 2.4 kg roll", 200, "ROL", "5.60", "2026-11-24"),
        L(2, "SHF-PE-HOOD-120", "Shrink hood film 120 micron, 1200/800x1800 mm", 800, "KG", "2.40", "2026-11-24"),
    ])
    seed = "023"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Dzień dobry Pani Sofio,\n\n"
        "dziękujemy za zamówienie nr 4500319130. Potwierdzamy ilości oraz termin dostawy 24.11.2026.\n\n"
        "Do cen z zamówienia doliczamy dopłatę energetyczną w wysokości 3%, zgodnie z naszym pismem z dnia "
        "01.10.2026 (obowiązuje do odwołania).\n\n"
        "Z poważaniem\nAgnieszka Wróbel\nDział Sprzedaży Eksportowej\n")
    sig = "Folpak Polska Sp. z o.o. | ul. Przemysłowa 9 | 62-300 Września | NIP 789-123-45-67"
    body = outlook_reply(seed, reply, "pl", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "czwartek, 5 listopada 2026 12:40", "sprzedaz@folpak.example", subject_po(po),
                         request_text(po), request_html(po), sig_text=sig, html_lang="PL", charset="iso-8859-2")
    h = hdrs(("Agnieszka Wróbel", "sprzedaz@folpak.example"), ("Sofia Marques", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-06 08:22", "+0100"), mid, irt, refs,
             extra=outlook_extra("pl-PL", thread_topic=subject_po(po)), from_charset="iso-8859-2")
    exp = expected("confirmation", "+3% energy surcharge on top of PO prices: 5.60 -> 5.768, 2.40 -> 2.472; quantities "
                   "and date 24.11.2026 as ordered. The 01.10.2026 letter date is a decoy.",
                   [confirm(po, {1: {"p": "5.768"}, 2: {"p": "2.472"}})])
    return case("shrink-film-energy-surcharge-3pct", "confirmation", "pl-PL",
                "ISO-8859-2 Outlook reply adding a 3% energy surcharge to every PO price (three-decimal results).",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 024
def c_footwear_correction_second_mail():
    s = sup("MUNKAV", "Munkavédelmi Cipő Kft.", "rendeles@munkavedelmicipo.example", "hu-HU")
    po = PO("4500319145", s, "ep", "2026-11-04", [
        L(1, "SFW-S3-LOW-40", "Safety shoe S3 SRC low, size 40", 24, "PR", "38.50", "2026-11-26"),
        L(2, "SFW-S3-LOW-42", "Safety shoe S3 SRC low, size 42", 36, "PR", "38.50", "2026-11-26"),
        L(3, "SFW-S3-LOW-44", "Safety shoe S3 SRC low, size 44", 24, "PR", "38.50", "2026-11-26"),
        L(4, "SFW-S3-MID-43", "Safety boot S3 mid, size 43", 12, "PR", "46.00", "2026-11-26"),
    ])
    seed = "024"
    mid1, _, _ = outlook_ids(seed + "first")
    mid2, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    first = (
        "Tisztelt Petrova Asszony!\n\n"
        "Köszönjük megrendelését (4500319145). Minden tételt visszaigazolunk a megadott áron, "
        "szállítás: 2026.11.26.\n\n"
        "Üdvözlettel:\nKovács Péter\nértékesítés\n")
    second = (
        "Tisztelt Petrova Asszony!\n\n"
        "Elnézést kérünk, az előző levelünkben hiba volt: a 44-es méretből (3. tétel) jelenleg csak 12 pár van "
        "raktáron. Ezt a 12 párat 2026.11.26-án szállítjuk a többi tétellel együtt, a maradék 12 pár "
        "2026.12.10-én érkezik. A többi tétel változatlan.\n\n"
        "Üdvözlettel:\nKovács Péter\nértékesítés\nMunkavédelmi Cipő Kft. | 6000 Kecskemét, Ipar utca 21.\n")
    first_block = outlook_block_text("hu", "Kovács Péter <rendeles@munkavedelmicipo.example>",
                                     "2026. november 9., hétfő 10:02", "Elena Petrova <elena.petrova@halden-roe.example>",
                                     "V: " + subject_po(po))
    req_block = outlook_block_text("hu", "Elena Petrova <elena.petrova@halden-roe.example>",
                                   "2026. november 4., szerda 14:30", "rendeles@munkavedelmicipo.example", subject_po(po))
    plain = (second + "\n" + first_block + "\n\n" + first + "\n" + req_block + "\n\n" + request_text(po, "Kovács Úr"))
    h_html = outlook_html(
        paras(second),
        outlook_block_html("hu", "Kovács Péter <rendeles@munkavedelmicipo.example>", "2026. november 9., hétfő 10:02",
                           "Elena Petrova <elena.petrova@halden-roe.example>", "V: " + subject_po(po)),
        paras(first) + '<p class="MsoNormal">&nbsp;</p>' +
        outlook_block_html("hu", "Elena Petrova <elena.petrova@halden-roe.example>", "2026. november 4., szerda 14:30",
                           "rendeles@munkavedelmicipo.example", subject_po(po)) + request_html(po, "Kovács Úr"),
        lang="HU", charset="iso-8859-2")
    _, bnd, _ = outlook_ids(seed)
    body = multipart("alternative", bnd, [text(plain, "plain", "iso-8859-2"), text(h_html, "html", "iso-8859-2")],
                     preamble=None)
    h = hdrs(("Kovács Péter", "rendeles@munkavedelmicipo.example"), ("Elena Petrova", po["buyer"]["email"]),
             "V: " + subject_po(po) + " - JAVÍTÁS", rfc_date("2026-11-09 11:47", "+0100"), mid2, mid1,
             refs + " " + mid1, extra=outlook_extra("hu-HU", thread_topic=subject_po(po)), from_charset="iso-8859-2",
             subj_charset="iso-8859-2")
    assert D("2026-11-26").weekday() == 3 and D("2026-12-10").weekday() == 3
    exp = expected("confirmation", "Second mail corrects the first (quoted below it, which confirmed everything): line 3 "
                   "split 12 pairs on 2026-11-26 and 12 on 2026-12-10; the rest as ordered. The correction wins.",
                   [confirm(po, {1: "A", 2: "A", 3: {"s": [(12, "2026-11-26"), (12, "2026-12-10")]}, 4: "A"})])
    return case("footwear-corrected-resend", "confirmation", "hu-HU",
                "Correction mail quoting the supplier's own earlier full confirmation; only the newest statement counts (split on size 44).",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 025
def c_two_pos_romanian():
    s = sup("PAPIRO", "Papetăria Școlară SRL", "comenzi@papetariascolara.example", "ro-RO")
    a = PO("4500319160", s, "jl", "2026-11-02", [
        L(1, "STN-NB-A5-SQ", "Notebook A5 squared, 80 sheets, pack of 10", 150, "PK", "5.40", "2026-11-25"),
        L(2, "STN-MRK-WB-4", "Whiteboard marker, set of 4 colours", 120, "SET", "2.15", "2026-11-25"),
    ])
    b = PO("4500319161", s, "jl", "2026-11-03", [
        L(1, "STN-CRAY-12", "Wax crayons, box of 12", 400, "BOX", "0.95", "2026-12-02"),
        L(2, "STN-SCI-13", "School scissors 13 cm, rounded tip", 300, "EA", "0.72", "2026-12-02"),
        L(3, "STN-ERS-PVC-20", "Eraser PVC-free, box of 20", 50, "BOX", "3.10", "2026-12-02"),
    ])
    seed = "025"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(a, b)
    reply = (
        "Bună ziua, domnule Lind,\n\n"
        "Vă confirmăm ambele comenzi, după cum urmează.\n\n"
        "Comanda 4500319160:\n"
        "- caiete A5 matematică: 150 pachete, livrare 25.11.2026;\n"
        "- markere whiteboard: avem disponibile doar 100 de seturi, livrare tot pe 25.11.2026. Restul de 20 de seturi "
        "nu le mai putem livra, produsul a fost scos din fabricație.\n\n"
        "Comanda 4500319161:\n"
        "- toate pozițiile conform comenzii (cantități și prețuri), însă livrarea se va face pe 04.12.2026.\n\n"
        "Cu stimă,\nIoana Popescu\nDepartament vânzări\nPapetăria Școlară SRL, Str. Fabricii 22, 400620 Cluj-Napoca")
    attribution = "În mar., 3 nov. 2026 la 10:14, Jonas Lind <jonas.lind@halden-roe.example> a scris:"
    body = gmail_reply(seed, reply, attribution, request_text(a, "Doamna Popescu", pos=[a, b]),
                       request_html(a, "Doamna Popescu", pos=[a, b]))
    h = hdrs(("Ioana Popescu", "comenzi@papetariascolara.example"), ("Jonas Lind", a["buyer"]["email"]),
             "Re: Purchase orders 4500319160 and 4500319161 - please confirm", rfc_date("2026-11-04 16:33", "+0200"),
             mid, irt, refs)
    exp = expected("confirmation", "Two POs answered in one mail: first PO line 2 reduced to 100 sets (rest discontinued); "
                   "second PO all lines moved to 2026-12-04.",
                   [confirm(a, {1: "A", 2: {"q": 100}}),
                    confirm(b, {1: {"d": "2026-12-04"}, 2: {"d": "2026-12-04"}, 3: {"d": "2026-12-04"}})])
    return case("stationery-two-pos-one-mail", "confirmation", "ro-RO",
                "Two POs answered in one Romanian mail; partial quantity with the remainder discontinued, and a whole-PO date shift.",
                [a, b], message(h, body), exp)


# ---------------------------------------------------------------- 026
def c_greek_one_of_three():
    s = sup("ELAIA", "Elaia Cosmetics S.A.", "orders@elaiacosmetics.example", "el-GR")
    a = PO("4500319175", s, "sm", "2026-11-03", [
        L(1, "AMN-OLV-SOAP-25", "Olive oil soap 25 g, wrapped", 6000, "PCE", "0.14", "2026-11-30"),
        L(2, "AMN-SHG-40", "Shower gel 40 ml tube", 6000, "PCE", "0.17", "2026-11-30"),
    ])
    b = PO("4500319176", s, "sm", "2026-11-03", [
        L(1, "AMN-BDL-300", "Body lotion 300 ml dispenser bottle", 400, "PCE", "2.85", "2026-12-07"),
    ])
    c = PO("4500319190", s, "sm", "2026-11-06", [
        L(1, "AMN-SLP-OPEN", "Slippers open toe, one size", 2000, "PR", "0.55", "2026-12-14"),
    ])
    seed = "026"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(a)
    reply = (
        "Αγαπητή κα Marques,\n\n"
        "Σας ευχαριστούμε για τις παραγγελίες σας.\n\n"
        "Επιβεβαιώνουμε την παραγγελία 4500319175:\n"
        "- Σαπούνι ελαιολάδου 25 g: 6.000 τεμ. x 0,14 €, παράδοση 30/11/2026.\n"
        "- Αφρόλουτρο 40 ml: 6.000 τεμ. x 0,17 €, παράδοση 4 Δεκεμβρίου.\n\n"
        "Για την παραγγελία 4500319176 (body lotion) θα σας απαντήσουμε μέχρι την Παρασκευή, μόλις επιβεβαιωθεί "
        "η παραλαβή των φιαλών.\n\n"
        "Με εκτίμηση,\nΔήμητρα Παπαδοπούλου\nΤμήμα Εξαγωγών\nElaia Cosmetics Α.Ε. - Βιομηχανική Περιοχή Σίνδου, 57022 Θεσσαλονίκη\n")
    body = outlook_reply(seed, reply, "el", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "Τρίτη, 3 Νοεμβρίου 2026 11:20 πμ", "orders@elaiacosmetics.example", subject_po(a),
                         request_text(a, "Ms. Papadopoulou"), request_html(a, "Ms. Papadopoulou"), html_lang="EL",
                         charset="iso-8859-7")
    h = hdrs(("Δήμητρα Παπαδοπούλου", "orders@elaiacosmetics.example"), ("Sofia Marques", a["buyer"]["email"]),
             "RE: " + subject_po(a), rfc_date("2026-11-10 12:05", "+0200"), mid, irt, refs,
             extra=outlook_extra("el-GR", thread_topic=subject_po(a)), from_charset="iso-8859-7")
    exp = expected("confirmation", "Three open POs; only 4500319175 is answered (line 2 moves to 4 December = 2026-12-04). "
                   "4500319176 is only mentioned ('will answer by Friday') and 4500319190 is not mentioned: both left out.",
                   [confirm(a, {1: "A", 2: {"d": "2026-12-04"}})])
    return case("amenities-greek-one-of-three-pos", "confirmation", "el-GR",
                "ISO-8859-7 Greek reply answering one of three open POs and promising another for Friday (must be left out).",
                [a, b, c], message(h, body), exp)


# ---------------------------------------------------------------- 027
def c_erp_pdf_slovak():
    s = sup("MAZSK", "MAZIVA SLOVAKIA s.r.o.", "objednavky@maziva-sk.example", "sk-SK")
    po = PO("4500319205", s, "to", "2026-11-06", [
        L(1, "LUB-5W30-C5", "Engine oil 5W-30 ACEA C3, can 5 l", 60, "CAN", "24.80", "2026-11-26"),
        L(2, "LUB-GEAR-80W90-D208", "Gear oil 80W-90 GL-5, drum 208 l", 2, "DR", "798.00", "2026-11-26"),
        L(3, "LUB-COOL-G12-IBC", "Coolant G12++ ready mix, IBC 1000 l", 1, "EA", "1320.00", "2026-11-26"),
        L(4, "LUB-GRS-EP2-18", "Grease EP2 lithium, pail 18 kg", 10, "EA", "61.00", "2026-11-26"),
    ])
    rows = [("H", "MAZIVA SLOVAKIA s.r.o."),
            "Priemyselna 14, 917 01 Trnava, Slovensko  |  ICO 36 778 412  |  IC DPH SK2022334455",
            "",
            ("B", "POTVRDENIE OBJEDNAVKY / ORDER ACKNOWLEDGEMENT  c. OA-26-04418"),
            "",
            [(40, "Odberatel / Customer:"), (200, "Halden & Roe Group, Industrieweg 12, 3044 AS Rotterdam, NL")],
            [(40, "Vasa objednavka / Your order:"), (200, "4500319205 zo dna 06.11.2026")],
            [(40, "Datum / Date:"), (200, "09.11.2026")],
            [(40, "Dodacie podmienky:"), (200, "DAP Rotterdam (Incoterms 2020)")],
            [(40, "Platobne podmienky:"), (200, "30 dni od datumu faktury")],
            "",
            [(40, "Poz.", True), (72, "Nase cislo", True), (165, "Vase cislo", True), (270, "Popis", True),
             (400, "Mn.", True), (430, "MJ", True), (455, "Cena/MJ EUR", True), (525, "Dodanie", True)],
            [(40, "10"), (72, "MO-5W30C3-5L"), (165, "LUB-5W30-C5"), (270, "Motorovy olej 5W-30 C3 5 l"),
             (400, "60"), (430, "ks"), (455, "24,80"), (525, "26.11.2026")],
            [(40, "20"), (72, "PR-8090-208"), (165, "LUB-GEAR-80W90-D208"), (270, "Prevodovy olej 80W-90 208 l"),
             (400, "2"), (430, "sud"), (455, "798,00"), (525, "26.11.2026")],
            [(40, "30"), (72, "CH-G12PP-1000"), (165, "LUB-COOL-G12-IBC"), (270, "Chladiaca kvapalina G12++ IBC"),
             (400, "1"), (430, "IBC"), (455, "1 320,00"), (525, "03.12.2026")],
            [(40, "40"), (72, "MZ-EP2-18"), (165, "LUB-GRS-EP2-18"), (270, "Mazivo EP2 Li vedro 18 kg"),
             (400, "10"), (430, "ks"), (455, "63,50"), (525, "26.11.2026")],
            "",
            [(270, "Spolu bez DPH / Total excl. VAT:"), (455, "5 039,00")],
            "",
            "Cena pozicie 40 upravena podla cennika platneho od 01.11.2026.",
            "Tento doklad bol vytvoreny automaticky systemom Helios Green. Ponuka platna do 31.12.2026.",
            ]
    assert 60 * 24.80 + 2 * 798 + 1320 + 10 * 63.50 == 5039.0
    pdf = make_pdf(layout(rows, size=8), title="OA-26-04418", producer="Helios Green PDF export")
    seed = "027"
    mid = "<OA-26-04418.20261109081502@helios.maziva-sk.example>"
    body_txt = ("Dobrý deň,\n\nv prílohe Vám zasielame potvrdenie objednávky č. OA-26-04418 k Vašej objednávke "
                "4500319205.\n\nS pozdravom\nOddelenie predaja\nMAZIVA SLOVAKIA s.r.o.\n\n"
                "Táto správa bola vygenerovaná automaticky.\n")
    body = multipart("mixed", "=_helios_a7c3e1f04d2b", [
        text(body_txt, "plain", "windows-1250", "quoted-printable"),
        attachment(pdf, "application/pdf", "OA-26-04418.pdf")])
    h = hdrs(("MAZIVA SLOVAKIA - predaj", "objednavky@maziva-sk.example"), ("Tom Okafor", po["buyer"]["email"]),
             "Potvrdenie objednávky OA-26-04418 / Vaša obj. 4500319205", rfc_date("2026-11-09 08:15", "+0100"), mid,
             extra=[("X-Mailer", "Helios Green Mailer 3.1")], subj_charset="windows-1250")
    exp = expected("confirmation", "ERP PDF acknowledgment with own positions 10-40 and own codes beside ours. Pos 30 "
                   "delivery 03.12.2026, pos 40 price 63,50 (decimal comma). Offer validity and price-list dates are decoys.",
                   [confirm(po, {1: "A", 2: "A", 3: {"d": "2026-12-03"}, 4: {"p": "63.50"}})])
    return case("lubricants-erp-pdf-positions-10-40", "confirmation", "sk-SK",
                "Unthreaded automatic mail with a PDF acknowledgment (positions 10/20/30/40, supplier codes beside ours, decimal commas).",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 028
def c_xlsx_danish():
    s = sup("NORDLAB", "NordLab Consumables ApS", "ordre@nordlab.example", "da-DK")
    po = PO("4500319220", s, "ep", "2026-11-05", [
        L(1, "LAB-TIP-1000-RK", "Pipette tips 1000 ul, 96/rack, case of 10 racks", 30, "CS", "79.00", "2026-11-27"),
        L(2, "LAB-PCR-02-8", "PCR 8-strip tubes 0.2 ml, flat cap, 125 strips/bag", 20, "BAG", "31.50", "2026-11-27"),
        L(3, "LAB-DWP-96-2ML", "Deep-well plate 96 x 2 ml, square well", 100, "EA", "4.10", "2026-11-27"),
        L(4, "LAB-SEAL-FOIL", "Aluminium sealing foil for PCR plates, 100/pk", 10, "PK", "38.00", "2026-11-27"),
    ])
    import datetime as _dt
    d1, d2 = _dt.date(2026, 11, 27), _dt.date(2026, 12, 11)
    rows = [
        ["Ordrebekræftelse", 20461],
        ["Kunde", "Halden & Roe Group"],
        ["Jeres ordre", "4500319220"],
        ["Dato", _dt.date(2026, 11, 9)],
        [],
        ["Linje", "Vores varenr.", "Jeres varenr.", "Beskrivelse", "Antal", "Enhed", "Pris EUR", "Beløb EUR", "Leveringsdato"],
        [10, "NL-PT1000-R96", "LAB-TIP-1000-RK", "Pipettespidser 1000 µl, rack 96, 10 racks/kasse", 30, "kasse", 79.0, 2370.0, d1],
        [20, "NL-PCR8-02FC", "LAB-PCR-02-8", "PCR 8-strip 0,2 ml flad låg", 20, "pose", 31.5, 630.0, d1],
        [30, "NL-DW96-2SQ", "LAB-DWP-96-2ML", "Dybbrøndsplade 96 x 2 ml", 60, "stk", 4.1, 246.0, d1],
        [30, "NL-DW96-2SQ", "LAB-DWP-96-2ML", "Dybbrøndsplade 96 x 2 ml (restlevering)", 40, "stk", 4.1, 164.0, d2],
        [40, "NL-ALSEAL-100", "LAB-SEAL-FOIL", "Alu-forsegling PCR, 100 stk/pk", 10, "pk", 41.0, 410.0, d1],
        [],
        ["Betalingsbetingelser", "Netto 30 dage"],
        ["Lot-nr. pipettespidser", "2610-4471 (udløb 2029-10)"],
    ]
    xlsx = make_xlsx(rows, "Ordrebekraeftelse")
    seed = "028"
    mid = f"<{uuid_like(seed)}@nordlab.example>"
    irt, refs = thread(po)
    txt = ("Hej Elena\n\nVedhæftet ordrebekræftelse 20461 på jeres ordre 4500319220.\n"
           "Bemærk at dybbrøndspladerne leveres i to omgange, og at prisen på forseglingsfolien er reguleret "
           "pr. 1. november.\n\nMed venlig hilsen\nMette Sørensen\nNordLab Consumables ApS, Vejlevej 121, 7000 Fredericia\n")
    body = multipart("mixed", "Apple-Mail=_" + uuid_like(seed + "b"), [
        text(txt, "plain", "utf-8", "quoted-printable"),
        attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OB_20461.xlsx")],
        preamble=None)
    h = hdrs(("Mette Sørensen", "ordre@nordlab.example"), ("Elena Petrova", po["buyer"]["email"]),
             "Ordrebekræftelse 20461 - jeres ordre 4500319220", rfc_date("2026-11-09 13:41", "+0100"), mid, irt, refs,
             extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    exp = expected("confirmation", "XLSX acknowledgment with Excel date serials; position 30 appears twice (60 on 2026-11-27, "
                   "40 on 2026-12-11 = split); position 40 price 41.00. Lot/expiry row is a decoy.",
                   [confirm(po, {1: "A", 2: "A", 3: {"s": [(60, "2026-11-27"), (40, "2026-12-11")]}, 4: {"p": "41.00"}})])
    return case("labware-xlsx-split-rows", "confirmation", "da-DK",
                "XLSX acknowledgment with date serials; a split delivery shown as two rows with the same position number; lot/expiry decoy.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 029
def c_csv_belgian():
    s = sup("BESAFE", "BeSafe Distributie BV", "orders@besafe-distributie.example", "nl-BE")
    po = PO("4500319235", s, "kv", "2026-11-06", [
        L(1, "GLV-NIT-BLK-L", "Nitrile glove black 6 mil, size L, box of 100", 80, "BOX", "7.90", "2026-11-20"),
        L(2, "GLV-LTX-M", "Latex exam glove powder-free, size M, box of 100", 40, "BOX", "5.20", "2026-11-20"),
        L(3, "GLV-NIT-BLK-XL", "Nitrile glove black 6 mil, size XL, box of 100", 25, "BOX", "7.90", "2026-11-20"),
    ])
    csv = ("Orderbevestiging;OB26-11873\r\nUw bestelling;4500319235\r\nDatum;09/11/2026\r\n\r\n"
           "lijn;ons artikel;uw artikel;omschrijving;aantal;eenheid;prijs;leverdatum\r\n"
           "1;NBK6-L;GLV-NIT-BLK-L;Nitril zwart 6 mil L doos 100;80;doos;7,90;20/11/2026\r\n"
           "2;LTX-PF-M;GLV-LTX-M;Latex poedervrij M doos 100;40;doos;5,45;20/11/2026\r\n"
           "3;NBK6-XL;GLV-NIT-BLK-XL;Nitril zwart 6 mil XL doos 100;30;doos;7,90;20/11/2026\r\n")
    seed = "029"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = ("Beste Katrin,\n\nIn bijlage vindt u de orderbevestiging voor uw bestelling 4500319235.\n"
             "Opgelet: de XL-maat leveren wij enkel per karton van 10 dozen.\n\nMet vriendelijke groeten,\n"
             "Lotte Peeters\nBeSafe Distributie BV – Noorderlaan 133 – 2030 Antwerpen\n")
    alt = outlook_reply(seed, reply, "nl", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                        "vrijdag 6 november 2026 10:12", "orders@besafe-distributie.example", subject_po(po),
                        request_text(po, "Lotte"), request_html(po, "Lotte"), html_lang="NL-BE")
    _, _, pre = outlook_ids(seed)
    body = multipart("mixed", "_004_" + pre + hexid(seed + "m", 24, True) + "_", [
        alt, attachment(csv.encode("windows-1252"), "text/csv", "OB26-11873.csv")], preamble=None)
    h = hdrs(("Lotte Peeters", "orders@besafe-distributie.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-09 15:30", "+0100"), mid, irt, refs,
             extra=outlook_extra("nl-BE", attach=True, thread_topic=subject_po(po)))
    exp = expected("confirmation", "Semicolon CSV with decimal commas and day-first dates: line 2 price 5,45; line 3 "
                   "rounded 25 -> 30 boxes (carton of 10).",
                   [confirm(po, {1: "A", 2: {"p": "5.45"}, 3: {"q": 30}})])
    return case("gloves-csv-acknowledgment", "confirmation", "nl-BE",
                "Key facts live in a semicolon CSV attachment (decimal comma, dd/mm/yyyy); body only hints at the carton rule.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 030
def c_pdf_tj_french_belgian():
    s = sup("BOUGIE", "Bougies Ardennaises SA", "commandes@bougies-ardennaises.example", "fr-BE")
    po = PO("4500319250", s, "sm", "2026-11-04", [
        L(1, "CND-TL-ALU-4H-100", "Tealight aluminium cup 4 h, pack of 100", 300, "PK", "4.10", "2026-12-01"),
        L(2, "CND-DIN-2525-IV", "Dinner candle 250x25 mm, ivory, box of 10", 200, "BOX", "6.40", "2026-12-01"),
        L(3, "CND-LED-TL-2", "LED tealight with CR2032 battery, pack of 2", 500, "PK", "1.35", "2026-12-01"),
    ])
    assert kw(2026, 49) == D("2026-12-04") and kw(2026, 50) == D("2026-12-11")
    rows = [("H", "Bougies Ardennaises SA"),
            "Rue de la Cirerie 8 - 6900 Marche-en-Famenne - TVA BE 0423.118.554",
            "",
            ("B", "CONFIRMATION DE COMMANDE N° CC-2611-0087"),
            [(40, "Date :"), (160, "06/11/2026")],
            [(40, "Votre commande :"), (160, "4500319250 du 04/11/2026")],
            [(40, "Conditions :"), (160, "30 jours fin de mois - DAP Rotterdam")],
            "",
            [(40, "Pos", True), (75, "Article", True), (160, "Désignation", True), (345, "Qté", True),
             (380, "Unité", True), (425, "PU EUR", True), (480, "Livraison", True)],
            [(40, "10"), (75, "BA-TL4-100"), (160, "Chauffe-plat alu 4 h, paquet de 100"), (345, "300"), (380, "paq."),
             (425, "4,10"), (480, "semaine 49")],
            [(40, "20"), (75, "BA-DIN250-IV"), (160, "Bougie de table 250x25 ivoire, boîte 10"), (345, "200"),
             (380, "boîte"), (425, "6,40"), (480, "semaine 49")],
            [(40, "30"), (75, "BA-LEDTL-2"), (160, "Chauffe-plat LED pile CR2032, paquet de 2"), (345, "480"),
             (380, "paq."), (425, "1,35"), (480, "semaine 50")],
            "",
            "Pos 30 : conditionnement par colis de 24 paquets, quantité adaptée à 20 colis.",
            "Nos conditions générales de vente (version 2024-03) s'appliquent.",
            ]
    pdf = make_pdf(layout(rows, size=8), title="CC-2611-0087", producer="SAP NetWeaver 7.50 / Adobe Forms",
                   compress=True, use_tj=True)
    seed = "030"
    mid = "<CC26110087.EDI.20261106.172208@sap.bougies-ardennaises.example>"
    txt = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre confirmation de commande CC-2611-0087.\n\n"
           "Ce message a été généré automatiquement, merci de ne pas y répondre.\n\n"
           "Bougies Ardennaises SA - Service clients\n")
    body = multipart("mixed", "=_sap_0087_4F1B9A2C", [
        text(txt, "plain", "iso-8859-1", "quoted-printable"),
        attachment(pdf, "application/pdf", "CC-2611-0087.pdf")], preamble=None)
    h = hdrs(("Bougies Ardennaises - Service clients", "commandes@bougies-ardennaises.example"),
             ("Sofia Marques", po["buyer"]["email"]),
             "Confirmation de commande CC-2611-0087 (votre réf. 4500319250)", rfc_date("2026-11-06 17:22", "+0100"),
             mid, extra=[("Auto-Submitted", "auto-generated"), ("X-SAP-SPOOL", "0000472231")])
    exp = expected("confirmation", "Automatic ERP mail with a compressed PDF using TJ arrays; weeks 49/50 without day = "
                   "Fridays 2026-12-04 / 2026-12-11; pos 30 reduced to 480 (20 cases of 24). Auto-Submitted header "
                   "does not make it an auto_reply.",
                   [confirm(po, {1: {"d": "2026-12-04"}, 2: {"d": "2026-12-04"}, 3: {"q": 480, "d": "2026-12-11"}})])
    return case("candles-erp-pdf-flate-tj-weeks", "confirmation", "fr-BE",
                "Auto-generated (Auto-Submitted) mail whose Flate-compressed PDF with split TJ text commits to weeks 49/50 and a case rounding.",
                [po], message(h, body), exp)


CASES = [c_farm_other_warehouse, c_shrink_10_working_days, c_date_in_subject_only, c_farm_own_article_numbers,
         c_stationery_cancelled_trap, c_export_licence_reject, c_fx_clause_big5, c_energy_surcharge,
         c_footwear_correction_second_mail, c_two_pos_romanian, c_greek_one_of_three, c_erp_pdf_slovak,
         c_xlsx_danish, c_csv_belgian, c_pdf_tj_french_belgian]
