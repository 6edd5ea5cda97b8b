"""Cases 001-015."""
from .common import *  # noqa: F401,F403


# ---------------------------------------------------------------- 001
def c_packaging_all_ok():
    s = sup("PKTEC", "Packtec Spares Ltd", "orders@packtec-spares.example", "en-GB")
    po = PO("4500318801", s, "kv", "2026-11-02", [
        L(1, "VFFS-JAW-220", "Sealing jaw set 220 mm, vertical bagger VB-400", 2, "SET", "1240.00", "2026-11-20"),
        L(2, "BRG-6204-2RS", "Deep groove ball bearing 6204-2RS C3", 40, "EA", "4.85", "2026-11-20"),
        L(3, "BELT-T10-1250", "Timing belt T10-1250, 32 mm wide, PU/steel", 6, "EA", "38.60", "2026-11-20"),
    ])
    seed = "001"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Hi Katrin,\n\n"
        "Thanks for the order. Happy to confirm all three lines on 4500318801 exactly as per your PO - "
        "quantities, prices and delivery on the 20th all fine.\n\n"
        "The jaw set will go out with a fresh set of PTFE strips (2 x 0.13 mm) at no charge, as the old part "
        "number VB-400/17 has been superseded.\n\n"
        "Kind regards,\nGareth Pryce\nInternal Sales\n")
    sig = ("Packtec Spares Ltd | Unit 7, Brindley Park, Stafford ST16 3UA\n"
           "T +44 1785 555 210\n"
           "Registered in England No. 04417723. VAT GB 284 5561 02.\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee.")
    body = outlook_reply(seed, reply, "en", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                         "02 November 2026 09:12", "Packtec Orders <orders@packtec-spares.example>",
                         subject_po(po), request_text(po, "Gareth"), request_html(po, "Gareth"), sig_text=sig)
    h = hdrs(("Gareth Pryce", "orders@packtec-spares.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-03 10:42", "+0000"), mid, irt, refs,
             extra=outlook_extra("en-GB", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Plain Outlook top-post confirming every line as ordered; part numbers "
                   "6204-2RS / T10-1250 and the quoted need-by dates must not be mistaken for changes.",
                   [confirm(po, {1: "A", 2: "A", 3: "A"})])
    return case("packaging-spares-all-ok", "confirmation", "en-GB",
                "Straight confirmation but item codes full of numbers (6204-2RS, T10-1250, 2 x 0.13 mm) and a superseded part number.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 002
def c_gloves_carton_kw():
    s = sup("SCHUTZ", "Schutzwerk Arbeitsschutz GmbH", "auftrag@schutzwerk.example", "de-DE")
    po = PO("4500318815", s, "kv", "2026-11-04", [
        L(1, "GLV-NIT-M", "Nitrile disposable gloves powder-free, size M, box of 100", 45, "BOX", "4.20", "2026-11-27"),
        L(2, "GLV-NIT-L", "Nitrile disposable gloves powder-free, size L, box of 100", 30, "BOX", "4.20", "2026-11-27"),
        L(3, "GLV-CUT-9", "Cut-resistant glove EN 388 4X43C, size 9", 120, "PR", "3.65", "2026-11-27"),
    ])
    assert kw(2026, 48) == D("2026-11-27")
    seed = "002"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Guten Tag Frau Vogel,\n\n"
        "vielen Dank für Ihre Bestellung 4500318815, die wir wie folgt bestätigen:\n\n"
        "Pos. 1  Nitril-Einweghandschuhe Gr. M: Wir liefern ausschließlich in vollen Kartons à 10 Boxen. "
        "Wir haben daher auf 50 Boxen (5 Kartons) aufgerundet, Preis unverändert 4,20 EUR/Box.\n"
        "Pos. 2  Nitril-Einweghandschuhe Gr. L: 30 Boxen (3 Kartons) à 4,20 EUR.\n"
        "Pos. 3  Schnittschutzhandschuh Gr. 9: 120 Paar à 3,65 EUR.\n\n"
        "Liefertermin für alle Positionen: KW 48.\n\n"
        "Die Handschuhe entsprechen EN ISO 374-1:2016/Typ B und EN ISO 374-5:2016; das EU-Baumusterzertifikat "
        "ist gültig bis 14.03.2029.\n\n"
        "Mit freundlichen Grüßen\n\nJana Köhler\nInnendienst\n")
    sig = ("Schutzwerk Arbeitsschutz GmbH · Hafenstraße 41 · 47119 Duisburg\n"
           "Tel. +49 203 555 8140 · Geschäftsführer: Uwe Brandt · HRB 30117 Amtsgericht Duisburg")
    body = outlook_reply(seed, reply, "de", "Katrin Vogel <katrin.vogel@halden-roe.example>",
                         "Mittwoch, 4. November 2026 11:05", "auftrag@schutzwerk.example",
                         subject_po(po), request_text(po, "Frau Köhler"), request_html(po, "Frau Köhler"),
                         sig_text=sig, html_lang="DE", charset="iso-8859-1")
    h = hdrs(("Köhler, Jana", "auftrag@schutzwerk.example"), ("Katrin Vogel", po["buyer"]["email"]),
             "AW: " + subject_po(po), rfc_date("2026-11-05 14:03", "+0100"), mid, irt, refs,
             extra=outlook_extra("de-DE", thread_topic=subject_po(po)), from_charset="iso-8859-1")
    exp = expected("confirmation", "Carton rounding 45 -> 50 boxes on line 1; 'KW 48' without a day is Friday "
                   "2026-11-27, which equals the requested date, so lines 2 and 3 are accepted.",
                   [confirm(po, {1: {"q": 50}, 2: "A", 3: "A"})])
    return case("gloves-carton-rounding-kw48", "confirmation", "de-DE",
                "Carton-of-10 rounding on one line and a bare calendar week (KW 48) that resolves to the requested Friday; EN standard years as decoys.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 003
def c_porcelain_cartons():
    s = sup("PORCL", "Porcelaines de Limousin SAS", "adv@porcelaines-limousin.example", "fr-FR")
    po = PO("4500318830", s, "jl", "2026-11-02", [
        L(1, "ASS-PLT-27", "Dinner plate white porcelain dia 27 cm", 100, "PCE", "6.80", "2026-12-04"),
        L(2, "ASS-CRX-22", "Soup plate white porcelain dia 22 cm", 96, "PCE", "5.90", "2026-12-04"),
        L(3, "TAS-CAF-9CL", "Coffee cup 9 cl with saucer", 144, "PCE", "3.10", "2026-12-04"),
    ])
    assert D("2026-12-04").weekday() == 4
    seed = "003"
    mid, bnd = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Bonjour Monsieur Lind,\n\n"
        "Merci pour votre commande n° 4500318830.\n\n"
        "Nos articles sont conditionnés par cartons de 24 pièces et nous ne déconditionnons pas. "
        "Pour les assiettes plates Ø 27 nous vous livrerons donc 96 pièces (4 cartons) au lieu de 100.\n"
        "Les assiettes creuses (4 cartons) et les tasses à café 9 cl (6 cartons) sont conformes à votre commande.\n"
        "Prix inchangés.\n\n"
        "Livraison prévue le vendredi 4 décembre sur votre entrepôt de Rotterdam.\n\n"
        "Bien cordialement,\n\nCamille Faure\nAdministration des ventes\nPorcelaines de Limousin – 87000 Limoges\n"
        "Tél. 05 55 55 31 20")
    attribution = ("Le lun. 2 nov. 2026 à 09:31, Jonas Lind <jonas.lind@halden-roe.example> a écrit :")
    body = gmail_reply(seed, reply, attribution, request_text(po, "Madame Faure"), request_html(po, "Madame Faure"))
    h = hdrs(("Camille Faure", "adv@porcelaines-limousin.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-03 15:47", "+0100"), mid, irt, refs)
    exp = expected("confirmation", "Carton-of-24 rounding down (100 -> 96) on line 1 only; 'vendredi 4 décembre' "
                   "has no year and resolves to 2026-12-04 = requested date.",
                   [confirm(po, {1: {"q": 96}, 2: "A", 3: "A"})])
    return case("porcelain-cartons-of-24", "confirmation", "fr-FR",
                "Rounding DOWN to full cartons of 24 on one line, others stated as cartons (4 and 6), date without year.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 004
def c_lubricants_per_litre():
    s = sup("LUBIT", "Lubrificanti Padani S.r.l.", "ordini@lubripadani.example", "it-IT")
    po = PO("4500318844", s, "sm", "2026-11-03", [
        L(1, "LUB-15W40-D208", "Engine oil SAE 15W-40 API CK-4, drum 208 l", 4, "DR", "610.00", "2026-11-19"),
        L(2, "LUB-HLP46-IBC", "Hydraulic oil HLP 46 (ISO VG 46), IBC 1000 l", 1, "EA", "2480.00", "2026-11-19"),
        L(3, "LUB-ATF6-C5", "ATF Dexron VI, can 5 l", 24, "CAN", "27.50", "2026-11-19"),
    ])
    seed = "004"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Buongiorno Sig.ra Marques,\n\n"
        "in riferimento al Vs. ordine 4500318844 del 03/11/2026 confermiamo quanto segue:\n\n"
        "- Olio motore 15W-40 CK-4, fusti da 208 l: n. 4 fusti. Il prezzo segue il listino di novembre, "
        "3,05 €/litro. Consegna 19/11.\n"
        "- Olio idraulico HLP 46 in cisternetta IBC 1000 l: confermato a 2.480,00 €, consegna 19/11.\n"
        "- ATF Dexron VI in latta da 5 l: articolo non più prodotto dalla casa madre, purtroppo non possiamo "
        "evadere la riga. Su richiesta possiamo offrirVi un ATF multiveicolo equivalente.\n\n"
        "Pagamento 60 gg d.f.f.m., resa DAP Rotterdam come da ordine.\n\n"
        "Cordiali saluti\nFederica Colombo\nUfficio Commerciale Estero\n")
    sig = "Lubrificanti Padani S.r.l. – Via dell'Artigianato 18 – 26100 Cremona – P.IVA 01987650190"
    body = outlook_reply(seed, reply, "it", "Sofia Marques <sofia.marques@halden-roe.example>",
                         "martedì 3 novembre 2026 10:20", "ordini@lubripadani.example",
                         subject_po(po), request_text(po), request_html(po), sig_text=sig, html_lang="IT")
    h = hdrs(("Federica Colombo", "ordini@lubripadani.example"), ("Sofia Marques", po["buyer"]["email"]),
             "R: " + subject_po(po), rfc_date("2026-11-04 12:18", "+0100"), mid, irt, refs,
             extra=outlook_extra("it-IT", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Line 1 priced per litre (3.05 EUR/l x 208 l = 634.40 per drum, PO UoM is the drum); "
                   "line 3 discontinued -> rejected; the alternative offer is not a commitment.",
                   [confirm(po, {1: {"p": "634.40"}, 2: "A", 3: "R"})])
    return case("lubricants-price-per-litre", "confirmation", "it-IT",
                "Drum ordered but price given per litre (must multiply by 208); one line discontinued with an alternative only offered.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 005
def c_rebar_split():
    s = sup("ACERN", "Aceros del Norte S.A.", "pedidos@acerosdelnorte.example", "es-ES")
    po = PO("4500318862", s, "to", "2026-11-02", [
        L(1, "REB-B500SD-12", "Rebar B500SD dia 12 mm, 12 m bars, EN 10080", 24, "TNE", "685.00", "2026-11-20"),
        L(2, "REB-B500SD-16", "Rebar B500SD dia 16 mm, 12 m bars, EN 10080", 18, "TNE", "672.00", "2026-11-20"),
    ])
    for d_, n in (("2026-11-16", 0), ("2026-11-30", 0)):
        assert D(d_).weekday() == n
    seed = "005"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Estimado Tom:\n\n"
        "Confirmamos su pedido 4500318862. Por la programación de laminación, el Ø12 se entregará en dos camiones: "
        "12 t el lunes 16/11 y las 12 t restantes el lunes 30/11. El Ø16 (18 t) irá completo en el camión del 30/11.\n\n"
        "Precios según nuestra oferta OF-26/1187 (685 y 672 €/t), válida hasta el 31/12/2026. "
        "Con cada entrega se adjunta certificado 3.1 según EN 10204.\n\n"
        "Un saludo,\n\nIñaki Etxeberria\nDpto. Comercial\nAceros del Norte, S.A. – Polígono Industrial Ugaldeguren III, 48170 Zamudio (Bizkaia)\n")
    body = outlook_reply(seed, reply, "es", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "lunes, 2 de noviembre de 2026 14:02", "pedidos@acerosdelnorte.example",
                         subject_po(po), request_text(po), request_html(po), html_lang="ES")
    h = hdrs(("Iñaki Etxeberria", "pedidos@acerosdelnorte.example"), ("Tom Okafor", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-05 08:36", "+0100"), mid, irt, refs,
             extra=outlook_extra("es-ES", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Line 1 split 12 t on 16/11 and 12 t on 30/11; line 2 complete on 30/11. "
                   "Offer validity 31/12/2026 and EN 10204 3.1 are decoys.",
                   [confirm(po, {1: {"s": [(12, "2026-11-16"), (12, "2026-11-30")]}, 2: {"d": "2026-11-30"}})])
    return case("rebar-two-truck-split", "confirmation", "es-ES",
                "Split delivery in tonnes across two trucks, second line rides on the later truck; offer validity date and EN 10204 as decoys.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 006
def c_solar_pallets_wp():
    s = sup("SOLBR", "Solaris Brasil Energia Ltda.", "vendas@solarisbrasil.example", "pt-BR")
    po = PO("4500318877", s, "pn", "2026-11-04", [
        L(1, "PV-550-MONO", "PV module mono 550 Wp, 144 half-cells, 2279x1134 mm", 300, "PCE", "66.00", "2026-12-11"),
        L(2, "PV-CLAMP-MID", "Mid clamp 30-40 mm, aluminium", 600, "PCE", "0.95", "2026-12-11"),
    ], currency="USD")
    seed = "006"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Olá Priya, tudo bem?\n\n"
        "Segue a confirmação do pedido 4500318877:\n\n"
        "1) Módulos 550 Wp: como despachamos somente paletes fechados de 31 peças, ajustamos a quantidade para "
        "310 peças (10 paletes). Preço US$ 0,118/Wp, conforme nossa tabela de novembro. Embarque em 04/12, "
        "entrega no seu armazém em Rotterdam em 11/12/2026.\n\n"
        "2) Grampos intermediários: 600 peças a US$ 0,95, mesma entrega.\n\n"
        "Qualquer dúvida estou à disposição.\n\nAbraço,\nRafael Nogueira\nExportação – Solaris Brasil\n+55 11 5555-4410")
    attribution = "Em qua., 4 de nov. de 2026 às 06:15, Priya Nair <priya.nair@halden-roe.example> escreveu:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Rafael"), request_html(po, "Rafael"))
    h = hdrs(("Rafael Nogueira", "vendas@solarisbrasil.example"), ("Priya Nair", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-06 11:02", "-0300"), mid, irt, refs)
    exp = expected("confirmation", "Pallet-of-31 rounding 300 -> 310; price given per watt-peak: 0.118 x 550 Wp = 64.90 "
                   "per module; ship 04/12 but delivery 11/12 wins (= requested).",
                   [confirm(po, {1: {"q": 310, "p": "64.90"}, 2: "A"})])
    return case("solar-pallets-price-per-wp", "confirmation", "pt-BR",
                "Pallet-of-31 rounding plus a price per Wp that must be converted to per module; ship date and delivery date both given.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 007
def c_toner_inline():
    s = sup("OFFSUP", "Lakeside Office Supply Inc.", "mike.d@lakesideoffice.example", "en-US")
    po = PO("4500318890", s, "jl", "2026-11-05", [
        L(1, "TON-CF360A", "HP 508A toner cartridge black (CF360A)", 12, "EA", "98.50", "2026-11-12"),
        L(2, "TON-CF361A", "HP 508A toner cartridge cyan (CF361A)", 6, "EA", "131.20", "2026-11-12"),
        L(3, "TON-CF362A", "HP 508A toner cartridge yellow (CF362A)", 6, "EA", "131.20", "2026-11-12"),
        L(4, "TON-CF363A", "HP 508A toner cartridge magenta (CF363A)", 6, "EA", "131.20", "2026-11-12"),
    ], currency="USD")
    seed = "007"
    mid, bnd = gmail_ids(seed)
    irt, refs = thread(po)
    req = request_text(po, "Mike", date_fmt="%m/%d/%Y")
    answers = {
        "1": "OK - ships 11/10 via UPS Ground, arrives 11/12.",
        "2": "OK, same shipment.",
        "3": "Backordered at HP. ETA to your dock 11/24.",
        "4": "Waiting on allocation, I'll confirm this one next week.",
    }
    out = []
    for l in req.split("\n"):
        out.append(("> " + l).rstrip())
        key = l.split(" ")[0]
        if key in answers and "CF36" in l:
            out.append("")
            out.append(answers[key])
            out.append("")
    plain = ("Jonas - answers inline.\n\nMike\n\n"
             "On Thu, Nov 5, 2026 at 4:12 AM Jonas Lind <jonas.lind@halden-roe.example> wrote:\n\n" + "\n".join(out) + "\n")
    hq = []
    for l in req.split("\n"):
        hq.append(html.escape(l) or "<br>")
        key = l.split(" ")[0]
        if key in answers and "CF36" in l:
            hq.append('</blockquote><div dir="ltr"><br>' + html.escape(answers[key]) + '<br><br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
    h_html = ('<div dir="ltr">Jonas - answers inline.<div><br></div><div>Mike</div></div><br>'
              '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Nov 5, 2026 at 4:12 AM Jonas Lind '
              '&lt;<a href="mailto:jonas.lind@halden-roe.example">jonas.lind@halden-roe.example</a>&gt; wrote:<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + "<br>\n".join(hq) + "</blockquote></div>\n")
    body = multipart("alternative", bnd, [text(plain, "plain", "UTF-8"), text(h_html, "html", "UTF-8")], preamble=None)
    h = hdrs(("Mike Dunleavy", "mike.d@lakesideoffice.example"), ("Jonas Lind", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-06 09:51", "-0600"), mid, irt, refs)
    exp = expected("confirmation", "Answers typed inline under each quoted line. US month-first dates: ships 11/10 "
                   "but arrives 11/12 (= requested) for lines 1-2; line 3 ETA 11/24; line 4 'confirm next week' = unconfirmed.",
                   [confirm(po, {1: "A", 2: "A", 3: {"d": "2026-11-24"}, 4: "U"})])
    return case("toner-inline-answers", "confirmation", "en-US",
                "Inline answers between quoted PO lines, month-first dates, ship vs arrive dates, one line deferred to next week.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 008
def c_lab_jp_sjis():
    s = sup("MINATO", "Minato Lab Supply Co., Ltd.", "sales@minato-lab.example", "ja-JP")
    po = PO("4500318905", s, "pn", "2026-11-02", [
        L(1, "TIP-200-RK", "Pipette tips 200 ul, sterile, 96 per rack", 50, "RACK", "8.60", "2026-11-20"),
        L(2, "MTP-96-F-PS", "Microplate 96-well flat bottom PS, sterile", 200, "EA", "1.25", "2026-11-27"),
        L(3, "TUB-15-CON", "Centrifuge tube 15 ml conical, rack of 50", 40, "RACK", "9.80", "2026-11-27"),
    ], currency="USD")
    seed = "008"
    mid = "<20261104174205.5A3C1F9E@minato-lab.example>"
    irt, refs = thread(po)
    body_txt = (
        "Halden & Roe Group\n購買部 Priya Nair 様\n\n"
        "いつも大変お世話になっております。\n株式会社ミナトラボサプライ 海外営業部の佐藤でございます。\n\n"
        "ご注文書（PO 4500318905）につきまして、下記の通りご回答申し上げます。\n\n"
        "１．ピペットチップ 200μl ラック品\n"
        "　　数量：50ラック（5ケース／1ケース＝10ラック入り）\n"
        "　　単価：1ケースあたり USD 86.00\n"
        "　　納期：ご希望通り 11月20日着\n\n"
        "２．96ウェル マイクロプレート（平底・滅菌）\n"
        "　　数量：200枚　単価：USD 1.25\n"
        "　　納期：11月20日着（前倒しでお届けいたします）\n\n"
        "３．15ml 遠沈管 ラック品\n"
        "　　メーカー在庫切れのため、納期は来週改めてご連絡いたします。\n\n"
        "以上、何卒よろしくお願い申し上げます。\n\n"
        "--------------------------------------------------\n"
        "株式会社ミナトラボサプライ　海外営業部\n佐藤 健一（Kenichi Sato）\n"
        "〒108-0075 東京都港区港南2-16-4\nTEL: 03-5555-7810\n"
        "--------------------------------------------------\n\n"
        "-----Original Message-----\n"
        "From: Priya Nair <priya.nair@halden-roe.example>\n"
        "Sent: Monday, November 2, 2026 5:40 PM\n"
        "To: sales@minato-lab.example\n"
        f"Subject: {subject_po(po)}\n\n" + quote_gt(request_text(po, "Mr. Sato")))
    body = text(body_txt, "plain", "shift_jis", "base64")
    h = hdrs(("佐藤 健一", "sales@minato-lab.example"), ("Priya Nair", po["buyer"]["email"]),
             "Re: " + subject_po(po) + "【ご回答】", rfc_date("2026-11-04 17:42", "+0900"), mid, irt, refs,
             extra=[("X-Mailer", "Becky! ver. 2.81.05")], subj_charset="shift_jis", from_charset="shift_jis")
    exp = expected("confirmation", "Shift_JIS mail. Line 1 price per case of 10 racks: 86.00/10 = 8.60 = PO, date as requested; "
                   "line 2 delivered earlier (11月20日 vs need-by 27 Nov) -> changed date; line 3 deferred to next week -> unconfirmed.",
                   [confirm(po, {1: "A", 2: {"d": "2026-11-20"}, 3: "U"})])
    return case("lab-tips-japanese-sjis", "confirmation", "ja-JP",
                "Shift_JIS base64 plain text; price per case of 10 racks equals the PO per-rack price; one line early, one deferred.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 009
def c_amenities_cn_gb2312():
    s = sup("YJHOT", "Yangzhou Jiahe Hotel Supplies Co., Ltd.", "export@jiahe-hotel.example", "zh-CN")
    po = PO("4500318921", s, "pn", "2026-11-03", [
        L(1, "AMN-SHP-30", "Shampoo 30 ml bottle, logo print", 12000, "PCE", "0.085", "2026-12-18"),
        L(2, "AMN-SOAP-20", "Soap bar 20 g, pleated wrap", 10000, "PCE", "0.062", "2026-12-18"),
        L(3, "AMN-DENT-KIT", "Dental kit (toothbrush + 5 g paste)", 8000, "PCE", "0.11", "2026-12-18"),
    ], currency="USD")
    seed = "009"
    mid = "<202611051023419863127@jiahe-hotel.example>"
    irt, refs = thread(po)
    txt = (
        "Priya 您好，\n\n"
        "感谢您的订单 4500318921，我司确认如下：\n\n"
        "1. 洗发水 30ml：12000 支（24 箱，每箱 500 支）。因原材料上涨，单价调整为 45.00 美元/箱。\n"
        "2. 香皂 20g：10000 块（20 箱），单价按订单 0.062 美元/块。\n"
        "3. 牙具套装：8000 套，单价 0.11 美元/套。因印刷排期，交货日期为 2027年1月8日。\n\n"
        "第1、2项交货日期为12月18日。\n"
        "LOGO 印刷文件已收到（版本 2025-rev3），按此版本印刷。\n\n"
        "祝好！\n王丽\n扬州佳禾酒店用品有限公司 外贸部\n电话：0514-5555 8826\n")
    quoted = ("\n\n------------------ 原始邮件 ------------------\n"
              "发件人: \"Priya Nair\" <priya.nair@halden-roe.example>\n"
              "发送时间: 2026年11月3日(星期二) 下午4:05\n"
              "收件人: \"export\" <export@jiahe-hotel.example>\n"
              f"主题: {subject_po(po)}\n\n" + request_text(po, "Ms. Wang"))
    plain = txt + quoted
    h_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body>'
              '<div style="font-family:宋体;font-size:10.5pt">' + paras(txt, "gmail") + '</div>'
              '<div><br></div><div style="font-size:12px;background:#efefef;padding:8px">'
              '<div><b>发件人:</b>&nbsp;"Priya Nair"&lt;priya.nair@halden-roe.example&gt;;</div>'
              '<div><b>发送时间:</b>&nbsp;2026年11月3日(星期二) 下午4:05</div>'
              '<div><b>收件人:</b>&nbsp;"export"&lt;export@jiahe-hotel.example&gt;;</div>'
              f'<div><b>主题:</b>&nbsp;{html.escape(subject_po(po))}</div></div><div><br></div>'
              + request_html(po, "Ms. Wang") + "</body></html>\n")
    body = multipart("alternative", "----=_NextPart_5FA3E2C1_0D8B6A90_1C0F2E44", [
        text(plain, "plain", "gb2312", "base64"), text(h_html, "html", "gb2312", "base64")])
    h = hdrs(("王丽", "export@jiahe-hotel.example"), ("Priya Nair", po["buyer"]["email"]),
             "回复：" + subject_po(po), rfc_date("2026-11-05 10:23", "+0800"), mid, irt, refs,
             extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")], subj_charset="gb2312", from_charset="gb2312")
    exp = expected("confirmation", "GB2312 base64. Line 1 priced per carton of 500: 45.00/500 = 0.09 per piece; "
                   "line 2 as ordered; line 3 moved to 2027-01-08. '2025-rev3' is an artwork version, not a date.",
                   [confirm(po, {1: {"p": "0.09"}, 2: "A", 3: {"d": "2027-01-08"}})])
    return case("hotel-amenities-chinese-per-carton", "confirmation", "zh-CN",
                "GB2312 mail; price per carton of 500 must be divided down to the piece; one line pushed into 2027; artwork version 2025-rev3.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 010
def c_pumps_korean_split():
    s = sup("HANBIT", "Hanbit Pump Co., Ltd.", "overseas@hanbitpump.example", "ko-KR")
    po = PO("4500318936", s, "to", "2026-11-05", [
        L(1, "PMP-CM5-4", "Centrifugal pump CM5-4, 0.75 kW, 3x400 V", 6, "EA", "485.00", "2026-12-11"),
        L(2, "PMP-SUB-4IN", "Submersible borehole pump 4 inch, 1.1 kW", 5, "EA", "612.00", "2026-12-11"),
    ])
    seed = "010"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Tom Okafor 님께,\n\n"
        "안녕하십니까. 한빛펌프 해외영업팀 김민준입니다.\n"
        "보내주신 발주서 4500318936 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
        "1. CM5-4 원심펌프 6대: 단가 EUR 485.00, 납기 2026.12.11 (요청일과 동일)\n"
        "2. 4인치 수중펌프 5대: 현재 재고가 3대뿐이라 3대는 2026.12.11에 납품하고, 나머지 2대는 "
        "2027.01.15에 납품 예정입니다. 단가는 동일합니다.\n\n"
        "추가 문의사항 있으시면 연락 주십시오.\n감사합니다.\n\n김민준 드림\n")
    sig = "한빛펌프(주) 해외영업팀 | 경기도 안산시 단원구 산단로 163 | Tel +82-31-555-7720"
    body = outlook_reply(seed, reply, "ko", "Tom Okafor <tom.okafor@halden-roe.example>",
                         "2026년 11월 5일 목요일 오후 5:30", "overseas@hanbitpump.example",
                         subject_po(po), request_text(po, "Mr. Kim"), request_html(po, "Mr. Kim"),
                         sig_text=sig, html_lang="KO", charset="ks_c_5601-1987", cte="base64")
    h = hdrs(("김민준", "overseas@hanbitpump.example"), ("Tom Okafor", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-09 14:10", "+0900"), mid, irt, refs,
             extra=outlook_extra("ko-KR", thread_topic=subject_po(po)), from_charset="euc-kr")
    exp = expected("confirmation", "Korean Outlook (ks_c_5601-1987). Line 2 split 3 on 2026-12-11 and 2 on 2027-01-15, "
                   "dates in YYYY.MM.DD form.",
                   [confirm(po, {1: "A", 2: {"s": [(3, "2026-12-11"), (2, "2027-01-15")]}})])
    return case("pumps-korean-split-over-new-year", "confirmation", "ko-KR",
                "ks_c_5601-1987 base64; partial stock with the remainder delivered in January 2027 (split across the year end).",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 011
def c_tealights_per_1000():
    s = sup("GLOWIE", "Glow Candle Company Ltd", "sales@glowcandle.example", "en-IE")
    po = PO("4500318950", s, "sm", "2026-11-04", [
        L(1, "CND-TL-4H-100", "Tealight 4 h, white, unscented, pack of 100", 240, "PK", "3.95", "2026-11-26"),
        L(2, "CND-PIL-7015", "Pillar candle 70x150 mm, ivory", 360, "EA", "1.48", "2026-11-26"),
        L(3, "CND-TL-8H-50", "Tealight 8 h maxi, pack of 50", 80, "PK", "6.20", "2026-11-26"),
    ])
    assert D("2026-11-26").weekday() == 3
    seed = "011"
    u = uuid_like(seed)
    mid = f"<{u}@glowcandle.example>"
    irt, refs = thread(po)
    txt = (
        "Hi Sofia,\n\n"
        "Thanks for the PO. All good to go for Thursday the 26th, delivered to Rotterdam.\n\n"
        "One thing to flag: our tealight pricing is per 1,000 pieces now - EUR 38.00 per 1,000 for the 4-hour ones, "
        "so that works out a little under what you have on the PO. Pillars and the 8-hour maxis stay as ordered.\n\n"
        "Cheers,\nNiamh\n\n"
        "Niamh Gallagher | Glow Candle Company | Unit 4, Ballycoolin Business Park, Dublin 15, D15 X2W7\n\n"
        "> On 4 Nov 2026, at 08:47, Sofia Marques <sofia.marques@halden-roe.example> wrote:\n>\n"
        + quote_gt(request_text(po, "Niamh")) + "\n")
    body = text(txt, "plain", "utf-8", "quoted-printable")
    h = hdrs(("Niamh Gallagher", "sales@glowcandle.example"), ("Sofia Marques", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-05 16:20", "+0000"), mid, irt, refs,
             extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    exp = expected("confirmation", "Price per 1,000 tealights (38.00) converted to the pack of 100 = 3.80; other lines "
                   "as ordered; 'Thursday the 26th' = 2026-11-26 = requested; '70x150' and 'D15 X2W7' are decoys.",
                   [confirm(po, {1: {"p": "3.80"}, 2: "A", 3: "A"})])
    return case("tealights-price-per-thousand", "confirmation", "en-IE",
                "Apple Mail plain text; price quoted per 1,000 pieces while the PO unit is a pack of 100.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 012
def c_flowers_bunches():
    s = sup("BLOEM", "Bloemenhandel Van der Wiel B.V.", "verkoop@vanderwielbloemen.example", "nl-NL")
    po = PO("4500318968", s, "ep", "2026-11-09", [
        L(1, "FLW-ROS-AVAL-60", "Rose Avalanche+ 60 cm, white", 500, "STEM", "0.42", "2026-11-17"),
        L(2, "FLW-TUL-STRGOLD", "Tulip Strong Gold 40 cm", 300, "STEM", "0.29", "2026-11-17"),
        L(3, "FLW-EUC-CIN-70", "Eucalyptus cinerea 70 cm", 100, "STEM", "0.35", "2026-11-17"),
    ])
    assert D("2026-11-17").weekday() == 1
    seed = "012"
    mid, _, _ = outlook_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Goedemorgen Elena,\n\n"
        "Dank voor de order. Hierbij de bevestiging:\n\n"
        "- Avalanche+ 60 cm: 50 bossen van 10 stelen, € 4,60 per bos (de klokprijs is deze week flink gestegen).\n"
        "- Strong Gold 40 cm: 30 bossen à € 2,90, conform order.\n"
        "- Eucalyptus cinerea komt deze week niet binnen uit Italië, die kunnen we helaas niet leveren.\n\n"
        "Levering dinsdag 17/11 vóór 06:00 uur op uw dock 4.\n\n"
        "Met vriendelijke groet,\nRuud van der Wiel\n")
    body = outlook_reply(seed, reply, "nl", "Elena Petrova <elena.petrova@halden-roe.example>",
                         "maandag 9 november 2026 16:48", "verkoop@vanderwielbloemen.example",
                         subject_po(po), request_text(po, "Ruud"), request_html(po, "Ruud"), html_lang="NL",
                         sig_text="Bloemenhandel Van der Wiel B.V. | Legmeerdijk 313 | 1431 GB Aalsmeer | KvK 34129876")
    h = hdrs(("Ruud van der Wiel", "verkoop@vanderwielbloemen.example"), ("Elena Petrova", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-10 07:55", "+0100"), mid, irt, refs,
             extra=outlook_extra("nl-NL", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Stems ordered, answered in bunches of 10: line 1 4.60/bunch = 0.46/stem (changed), "
                   "line 2 2.90/bunch = 0.29 (accepted), line 3 cannot be supplied -> rejected. 06:00 and dock 4 are decoys.",
                   [confirm(po, {1: {"p": "0.46"}, 2: "A", 3: "R"})])
    return case("flowers-price-per-bunch", "confirmation", "nl-NL",
                "Quantities and prices per bunch of 10 while the PO counts stems; one line unavailable this week.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 013
def c_timber_per_m3():
    s = sup("NORRV", "Norrvik Trä AB", "order@norrviktra.example", "sv-SE")
    po = PO("4500318980", s, "md", "2026-11-03", [
        L(1, "TMB-C24-50150-4000", "Structural timber C24 spruce 50x150 mm, L=4000 mm, planed", 200, "PCE", "11.70", "2026-11-25"),
        L(2, "TMB-FUR-25200-4000", "Pine board 25x200 mm, L=4000 mm, sawn, kiln dried 18%", 150, "PCE", "7.90", "2026-11-25"),
    ])
    # 0.05*0.15*4.0 = 0.03 m3 ; 0.025*0.2*4.0 = 0.02 m3 ; at 410 EUR/m3
    from decimal import Decimal as Dec
    assert Dec("0.050") * Dec("0.150") * Dec("4.0") * 410 == Dec("12.30")
    assert Dec("0.025") * Dec("0.200") * Dec("4.0") * 410 == Dec("8.20")
    assert D("2026-11-25").weekday() == 2
    seed = "013"
    mid = f"<{uuid_like(seed, False)}@norrviktra.example>"
    irt, refs = thread(po)
    txt = (
        "Hej Marek,\n\n"
        "Tack för beställningen. Vi bekräftar båda raderna, leverans onsdag 25 november med egen bil "
        "(lossning med kran, ring 30 min innan).\n\n"
        "Pris enligt vår aktuella prislista: 410 EUR/m³ för både C24 50x150 och furubrädorna 25x200, fritt levererat.\n"
        "Antal enligt order: 200 st resp. 150 st.\n\n"
        "Med vänliga hälsningar\nAnders Nyström\nNorrvik Trä AB, Sågvägen 2, 914 32 Nordmaling\n\n"
        "Den 2026-11-03 kl. 10:02, skrev Marek Dvorak:\n" + quote_gt(request_text(po, "Anders")) + "\n")
    body = text(txt, "plain", "utf-8", "8bit", flowed=True)
    h = hdrs(("Anders Nyström", "order@norrviktra.example"), ("Marek Dvorak", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-04 09:31", "+0100"), mid, irt, refs,
             extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expected("confirmation", "Boards ordered per piece with dimensions; price per m3: 50x150x4000 = 0.03 m3 x 410 = 12.30, "
                   "25x200x4000 = 0.02 m3 x 410 = 8.20 per piece. Quantities and date as ordered.",
                   [confirm(po, {1: {"p": "12.30"}, 2: {"p": "8.20"}})])
    return case("timber-price-per-m3", "confirmation", "sv-SE",
                "Thunderbird 8bit flowed; price per cubic metre must be converted per board from the dimensions in the description.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 014
def c_cleanroom_size_run():
    s = sup("CLNSG", "CleanTex Asia Pte. Ltd.", "sales@cleantex-asia.example", "en-SG")
    po = PO("4500318995", s, "pn", "2026-11-02", [
        L(1, "CR-CVR-ISO5-WH", "Cleanroom coverall ISO 5, white, sizes S-XL assorted", 120, "PCE", "24.50", "2026-11-30"),
        L(2, "CR-BOOT-ISO5", "Cleanroom boot cover, knee-high, ESD sole", 120, "PR", "9.80", "2026-11-30"),
        L(3, "CR-HOOD-ISO5", "Cleanroom hood with shoulder cape", 60, "PCE", "7.40", "2026-11-30"),
    ], currency="USD")
    seed = "014"
    mid, _ = gmail_ids(seed)
    irt, refs = thread(po)
    reply = (
        "Dear Priya,\n\n"
        "Noted with thanks on your PO 4500318995. Kindly find our confirmation as below:\n\n"
        "1) Coverall ISO 5 white - size split as follows:\n"
        "   S  - 20 pcs\n   M  - 40 pcs\n   L  - 40 pcs\n   XL - 20 pcs\n"
        "   Total 120 pcs @ USD 24.50\n"
        "2) Boot cover knee-high - 120 prs @ USD 9.80\n"
        "3) Hood with cape - 60 pcs @ USD 7.40\n\n"
        "All items will be delivered by 30 Nov 2026. Each garment is laundered and packed in our ISO 5 cleanroom; "
        "CoC and particle test report (IEST-RP-CC003.4) will be provided.\n\n"
        "Please let us know if the size split needs to be adjusted.\n\n"
        "Thanks & regards,\nJasmine Tan\nCleanTex Asia Pte. Ltd. | 18 Boon Lay Way #04-112 | Singapore 609966")
    attribution = "On Mon, 2 Nov 2026 at 22:18, Priya Nair <priya.nair@halden-roe.example> wrote:"
    body = gmail_reply(seed, reply, attribution, request_text(po, "Jasmine"), request_html(po, "Jasmine"))
    h = hdrs(("Jasmine Tan", "sales@cleantex-asia.example"), ("Priya Nair", po["buyer"]["email"]),
             "Re: " + subject_po(po), rfc_date("2026-11-04 10:05", "+0800"), mid, irt, refs)
    exp = expected("confirmation", "Size split S 20 / M 40 / L 40 / XL 20 adds up to the ordered 120, so line 1 is accepted; "
                   "'adjusted' invitation is not a condition. IEST-RP-CC003.4 and #04-112 are decoys.",
                   [confirm(po, {1: "A", 2: "A", 3: "A"})])
    return case("cleanroom-size-run-sums", "confirmation", "en-SG",
                "Size run S/M/L/XL whose parts look like quantities but add up to the ordered 120; document numbers as decoys.",
                [po], message(h, body), exp)


# ---------------------------------------------------------------- 015
def c_hvac_red_inline():
    s = sup("AIRDUCT", "Airflow Ducting Systems Pvt. Ltd.", "exports@airflowducting.example", "en-IN")
    po = PO("4500319010", s, "pn", "2026-11-04", [
        L(1, "DCT-SPR-250", "Spiral duct galvanised dia 250 mm, 0.6 mm, pieces of 1.5 m", 100, "M", "9.40", "2026-12-04"),
        L(2, "DCT-ELB-250-90", "Elbow 90 deg dia 250 mm, pressed", 24, "EA", "11.60", "2026-12-04"),
        L(3, "DCT-DMP-250", "Volume control damper dia 250 mm, manual", 8, "EA", "38.00", "2026-12-04"),
        L(4, "DCT-FLX-250-10", "Flexible duct dia 250 mm, insulated, 10 m pack", 4, "EA", "72.00", "2026-12-04"),
    ])
    seed = "015"
    mid, bnd, _ = outlook_ids(seed)
    irt, refs = thread(po)
    red = {
        1: "Supplied in 1.5 m lengths only - 68 pcs = 102 m. Price OK.",
        2: "OK",
        3: "OK, but delivery 11.12.2026",
        4: "Not in our range - cannot supply",
    }
    ec = ("Reply", {k: f'<span style="color:red"><b>{html.escape(v)}</b></span>' for k, v in red.items()})
    reply_html = ('<p class="MsoNormal">Dear Priya,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                  '<p class="MsoNormal">Please see our replies below in <span style="color:red">red</span>.<o:p></o:p></p>'
                  '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Regards,<br>Rohit Kulkarni<br>'
                  'Export Desk, Airflow Ducting Systems Pvt. Ltd.<br>Plot 42, MIDC Bhosari, Pune 411026<o:p></o:p></p>')
    qhtml = request_html(po, "Rohit", extra_col=ec)
    block_h = outlook_block_html("en", "Priya Nair <priya.nair@halden-roe.example>", "04 November 2026 09:40",
                                 "exports@airflowducting.example", subject_po(po))
    h_html = outlook_html(reply_html, block_h, qhtml, lang="EN-IN")
    # Outlook's own plain-text rendition of the table: one row per line, cells tab separated
    rows = ["Line\tItem\tDescription\tQty\tUoM\tPrice EUR\tNeed by\tReply"]
    for ln in po["lines"]:
        rows.append("\t".join([str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                               ln["unit_price"], ln["requested_date"], red[ln["line"]]]))
    plain = ("Dear Priya,\n\nPlease see our replies below in red.\n\nRegards,\nRohit Kulkarni\n"
             "Export Desk, Airflow Ducting Systems Pvt. Ltd.\nPlot 42, MIDC Bhosari, Pune 411026\n\n"
             + outlook_block_text("en", "Priya Nair <priya.nair@halden-roe.example>", "04 November 2026 09:40",
                                  "exports@airflowducting.example", subject_po(po))
             + "\n\nDear Rohit,\n\nPlease find below our purchase order 4500319010 of 2026-11-04.\n"
             "Kindly confirm quantities, prices and delivery dates by return e-mail.\n\nPO 4500319010\n"
             + "\n".join(rows) + "\n\nBest regards\nPriya Nair\nPurchasing | Halden & Roe Group\n")
    body = multipart("alternative", bnd, [text(plain, "plain"), text(h_html, "html")], preamble=None)
    h = hdrs(("Rohit Kulkarni", "exports@airflowducting.example"), ("Priya Nair", po["buyer"]["email"]),
             "RE: " + subject_po(po), rfc_date("2026-11-05 13:12", "+0530"), mid, irt, refs,
             extra=outlook_extra("en-IN", thread_topic=subject_po(po)))
    exp = expected("confirmation", "Answers typed in red into our quoted table. Line 1 rounded to 68 x 1.5 m = 102 m; "
                   "line 2 OK; line 3 day-first 11.12.2026 = 11 December; line 4 cannot supply -> rejected.",
                   [confirm(po, {1: {"q": 102}, 2: "A", 3: {"d": "2026-12-11"}, 4: "R"})])
    return case("hvac-answers-in-red-table", "confirmation", "en-IN",
                "'See below in red' answers live only inside the quoted PO table; duct metres rounded to 1.5 m pieces; day-first date.",
                [po], message(h, body), exp)


CASES = [c_packaging_all_ok, c_gloves_carton_kw, c_porcelain_cartons, c_lubricants_per_litre, c_rebar_split,
         c_solar_pallets_wp, c_toner_inline, c_lab_jp_sjis, c_amenities_cn_gb2312, c_pumps_korean_split,
         c_tealights_per_1000, c_flowers_bunches, c_timber_per_m3, c_cleanroom_size_run, c_hvac_red_inline]
