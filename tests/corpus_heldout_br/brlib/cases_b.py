"""Cases 019-036."""
from .common import A, C, R, U, build, case, conf, other, po, sup, pct, request_text, attrib_en
from .xlsx import make_xlsx


@case("opera-glasses-korean-napumil", "confirmation/ko-KR",
      "Korean EUC-KR reply with '납품일 2026.12.18' for all items, one week after the requested date.")
def c_opera_ko(slug):
    s = sup("HANBIT", "(주)한빛광학", "export@hanbit-optics.example", "ko-KR")
    p = po("4500031258", s, "USD", "2026-11-13", [
        ("OG-MOP-3x25", "Opera glasses 3x25, mother-of-pearl, gilt", 24, "EA", "38.50", "2026-12-11"),
        ("OG-LRG-4x30", "Opera glasses 4x30 with lorgnette handle, 2027 design", 12, "EA", "61.00", "2026-12-11"),
        ("OG-CASE-VLV", "Velvet pouch 12x8 cm", 36, "EA", "2.40", "2026-12-11"),
    ], buyer="priya")
    body = ("Priya 님 안녕하세요,\n\n발주서 4500031258 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
            "1. OG-MOP-3x25  24개  단가 USD 38.50\n"
            "2. OG-LRG-4x30  12개  단가 USD 61.00\n"
            "3. OG-CASE-VLV  36개  단가 USD 2.40\n\n"
            "납품일 2026.12.18 (전 품목 동일)\n\n"
            "감사합니다.\n\n김민준 과장\n(주)한빛광학 해외영업팀\n경기도 안양시 동안구 시민대로 327\n"
            "Tel. +82 31 420 5581")
    eml = build(slug, p=p, frm=("김민준", "mj.kim@hanbit-optics.example"),
                date=("2026-11-18 10:12:30", "+0900"), body=body, lang="ko", charset="euc-kr", cte="base64")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: C(d=d)})],
                          "Korean dotted date '2026.12.18' applies to all three items; quantities and prices restated as ordered.")


@case("container-seals-turkish-kdv", "confirmation/tr-TR",
      "Turkish confirmation noting 'fiyatlar KDV hariç' (prices excl. VAT) - the PO prices stand; quantities use dot thousands.")
def c_seals_tr(slug):
    s = sup("MUHUR", "Mühür Güvenlik Sistemleri A.Ş.", "satis@muhurguvenlik.example", "tr-TR")
    p = po("4500031266", s, "EUR", "2026-11-13", [
        ("CSL-BOLT-ISO", "Bolt seal ISO 17712 H, 8 mm shackle, numbered", 2000, "EA", "0.62", "2026-12-14"),
        ("CSL-CBL-250", "Cable seal 250 mm x 3.5 mm, 2027 series", 1000, "EA", "0.88", "2026-12-14"),
        ("CSL-PLST-YEL", "Plastic pull-tight seal, yellow, 12/20 print", 5000, "EA", "0.045", "2026-12-14"),
    ])
    body = ("Merhaba Laura Hanım,\n\n4500031266 numaralı siparişinizi aşağıdaki gibi onaylıyoruz:\n\n"
            "1. kalem: 2.000 adet x 0,62 EUR\n2. kalem: 1.000 adet x 0,88 EUR\n3. kalem: 5.000 adet x 0,045 EUR\n\n"
            "Teslim tarihi: 14.12.2026 (tüm kalemler)\n"
            "Not: fiyatlar KDV hariç olup ihracat faturasında KDV uygulanmayacaktır.\n\n"
            "Saygılarımızla,\nMehmet Yıldız\nİhracat Sorumlusu\nMühür Güvenlik Sistemleri A.Ş.\n"
            "İkitelli OSB, Metal İş San. Sit. 12. Blok No: 8, Başakşehir / İstanbul\nTel: +90 212 549 33 10")
    eml = build(slug, p=p, frm=("Mehmet Yıldız", "mehmet.yildiz@muhurguvenlik.example"),
                date=("2026-11-16 09:55:02", "+0300"), body=body, lang="tr", charset="iso-8859-9")
    return [p], eml, conf([(p, A)],
                          "'KDV hariç' only says the prices exclude VAT, they equal the PO; '2.000 adet' is 2000, '0,045' matches 0.045.")


@case("steel-wool-french-minus-five", "confirmation/fr-FR",
      "French confirmation applying '-5 %' to line 1 without stating the resulting price.")
def c_wool_fr(slug):
    s = sup("LAINAC", "Laines d'Acier de Picardie SAS", "adv@lainesacier.example", "fr-FR")
    p = po("4500031274", s, "EUR", "2026-11-13", [
        ("LA-00-1KG", "Steel wool no. 00, 1 kg roll", 150, "ROL", "8.60", "2026-12-16"),
        ("LA-3-5KG", "Steel wool no. 3 coarse, 5 kg bale", 40, "EA", "27.40", "2026-12-16"),
        ("LA-0000-P16", "Steel wool pad 0000, 10x6 cm, bag of 16", 200, "EA", "3.20", "2026-12-16"),
    ])
    body = ("Bonjour Madame Beck,\n\nNous accusons réception de votre commande n° 4500031274 et vous la confirmons en totalité :\n\n"
            "- Ligne 1 : 150 rouleaux de laine n° 00, livraison le 16/12/2026. Suite à la baisse du fil machine, "
            "nous vous appliquons une remise de -5 % sur le prix unitaire de cette ligne.\n"
            "- Lignes 2 et 3 : quantités, prix et délai conformes à votre commande.\n\n"
            "Bien cordialement,\n\nCéline Moreau\nAdministration des ventes\nLaines d'Acier de Picardie SAS\n"
            "12 rue de l'Industrie, 80000 Amiens\nTél. : +33 3 22 71 45 90")
    eml = build(slug, p=p, frm=("Céline Moreau", "celine.moreau@lainesacier.example"),
                date=("2026-11-16 11:03:19", "+0100"), body=body, lang="fr", charset="windows-1252")
    return [p], eml, conf([(p, {1: C(p=pct("8.60", -5)), 2: A, 3: A})],
                          "'-5 %' on the PO unit price 8.60 gives 8.17 EUR per roll; the new price itself is never written.")


@case("skate-blades-inline-split", "confirmation/de-DE",
      "German answers typed between the quoted PO lines: a split delivery with a year-less first date, a surcharge and a later date.")
def c_blades_de(slug):
    s = sup("KUFE", "Kufenwerk Thüringen GmbH", "vertrieb@kufenwerk.example", "de-DE")
    p = po("4500031282", s, "EUR", "2026-11-13", [
        ("ISB-FIG-95", "Figure skate blade 9.5 in, 7/16 radius, chrome", 60, "PAIR", "74.00", "2026-12-11"),
        ("ISB-HOC-263", "Hockey runner 263 mm, 1.5 mm stainless", 120, "PAIR", "39.50", "2026-12-11"),
        ("ISB-SPD-17", "Speed skating blade 17 in, 1.1 mm, 2027 series", 20, "PAIR", "189.00", "2027-01-15"),
        ("ISB-GRD-910", "Blade guards, set of 2, size 9-10", 80, "SET", "6.80", "2026-12-11"),
    ], buyer="jonas")
    rq = request_text(p).split("\n")
    answers = {
        "  1 ": "Pos. 1: bestätigt, 40 Paar am 11.12., Restmenge 20 Paar am 08.01.2027.",
        "  2 ": "Pos. 2: ok wie bestellt.",
        "  3 ": "Pos. 3: ok, Preis jetzt 194,00 EUR/Paar (Legierungszuschlag Stahl).",
        "  4 ": "Pos. 4: ok, 80 Sets, Liefertermin 18.12.2026.",
    }
    out = ["Hallo Herr Eklund,", "", "unsere Antworten direkt unter Ihren Positionen.", "",
           "Am 13.11.2026 um 09:41 schrieb Jonas Eklund:"]
    for l in rq[:-1]:
        out.append(">" + (" " + l if l else ""))
        for k, a in answers.items():
            if l.startswith(k):
                out += ["", a, ""]
    out += ["", "Viele Grüße", "Thomas Keller", "Vertriebsinnendienst", "Kufenwerk Thüringen GmbH",
            "Am Eisstadion 3, 98527 Suhl", "Tel. +49 3681 45 66 20",
            "Geschäftsführer: Dr. Ralf Menz, Amtsgericht Jena HRB 511207"]
    eml = build(slug, p=p, frm=("Thomas Keller", "t.keller@kufenwerk.example"),
                date=("2026-11-17 15:47:08", "+0100"), body="\n".join(out), lang="de", charset="utf-8",
                cte="8bit", client="thunderbird", quote="none", html=False)
    return [p], eml, conf([(p, {1: C(s=[(40, "2026-12-11"), (20, "2027-01-08")]), 2: A, 3: C(p="194.00"),
                                4: C(d="2026-12-18")})],
                          "Inline answers inside the quoted table; '11.12.' has no year (2026-12-11); line 1 split 40+20.")


@case("candle-wicks-swiss-per-100", "confirmation/de-CH",
      "Swiss prices 'CHF 38.50 pro 100 Stk.' for a PO priced per piece, with apostrophe thousands (5'000).")
def c_wicks_ch(slug):
    s = sup("DOCHT", "Dochtfabrik Emmental AG", "verkauf@dochtfabrik.example", "de-CH")
    p = po("4500031290", s, "CHF", "2026-11-16", [
        ("CW-TAB-15-100", "Pre-tabbed wick 15 mm tab, 100 mm, cotton/paper", 5000, "EA", "0.42", "2026-12-15"),
        ("CW-TAB-20-150", "Pre-tabbed wick 20 mm tab, 150 mm, zinc core", 3000, "EA", "0.58", "2026-12-15"),
        ("CW-SPL-1212", "Wick spool HTP 1212, 500 m", 4, "ROL", "64.00", "2026-12-15"),
    ])
    body = ("Grüezi Frau Beck\n\nBesten Dank für Ihre Bestellung 4500031290, die wir gerne wie folgt bestätigen:\n\n"
            "Pos. 1: 5'000 Stk. zu CHF 38.50 pro 100 Stk., Lieferung 15.12.2026\n"
            "Pos. 2: 3'000 Stk. zu CHF 58.00 pro 100 Stk., Lieferung 15.12.2026\n"
            "Pos. 3: 4 Spulen à CHF 64.00, Lieferung 15.12.2026\n\n"
            "Freundliche Grüsse\n\nUrs Gerber\nVerkauf Innendienst\nDochtfabrik Emmental AG\nBahnhofstrasse 21, 3550 Langnau i.E.\n"
            "Tel. +41 34 402 18 60")
    eml = build(slug, p=p, frm=("Urs Gerber", "urs.gerber@dochtfabrik.example"),
                date=("2026-11-17 08:31:55", "+0100"), body=body, lang="de", charset="iso-8859-1")
    return [p], eml, conf([(p, {1: C(p="0.385"), 2: A, 3: A})],
                          "Per-100 prices: 38.50/100 = 0.385 CHF (changed), 58.00/100 = 0.58 (as ordered); 5'000 = 5000.")


@case("opera-glasses-italian-discontinued", "confirmation/it-IT",
      "Italian reply confirms lines 1 and 3 and declines line 2 as out of production.")
def c_opera_it(slug):
    s = sup("BINOC", "Ottica Teatrale Fiorentina S.r.l.", "ordini@otticateatrale.example", "it-IT")
    p = po("4500031303", s, "EUR", "2026-11-16", [
        ("OG-BRS-3x25", "Opera glasses 3x25, brass and leather", 30, "EA", "44.00", "2026-12-18"),
        ("OG-IVR-25", "Opera glasses 2.5x, ivory-look resin, 1920 style", 20, "EA", "52.50", "2026-12-18"),
        ("OG-CHN-40", "Neck chain 40 cm for opera glasses", 50, "EA", "3.90", "2026-12-18"),
    ])
    body = ("Gentile Sig.ra Beck,\n\nin riferimento al Vs. ordine n. 4500031303 confermiamo:\n\n"
            "- pos. 1: 30 pz a 44,00 € cad., consegna 18/12/2026\n"
            "- pos. 3: 50 pz a 3,90 € cad., consegna 18/12/2026\n\n"
            "La pos. 2 (modello avorio stile 1920) purtroppo è fuori produzione e non possiamo fornirla.\n\n"
            "Cordiali saluti\n\nGiulia Bianchi\nUfficio Commerciale\nOttica Teatrale Fiorentina S.r.l.\n"
            "Via dei Serragli 118, 50124 Firenze\nTel. +39 055 228 4190\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail sono riservate.")
    eml = build(slug, p=p, frm=("Giulia Bianchi", "giulia.bianchi@otticateatrale.example"),
                date=("2026-11-18 12:14:40", "+0100"), body=body, lang="it", charset="windows-1252",
                subj_prefix="R: ")
    return [p], eml, conf([(p, {1: A, 2: R, 3: A})],
                          "Lines 1 and 3 restated as ordered, line 2 explicitly not supplied (rejected); GDPR footer has a regulation number.")


@case("car-wash-two-pos-one-answered", "confirmation/es-ES",
      "Two open POs from the same supplier; the reply confirms one and says the other is still under technical review.")
def c_brush_es(slug):
    s = sup("CEPIL", "Cepillos Industriales Levante S.L.", "pedidos@cepilloslevante.example", "es-ES")
    pa = po("4500031311", s, "EUR", "2026-11-16", [
        ("CWB-SIDE-2100", "Side brush 2100 mm, foam/PE mix, 3/8 bore", 6, "EA", "790.00", "2026-12-17"),
        ("CWB-SHAFT-60", "Brush shaft 60 mm, 24V motor flange", 6, "EA", "215.00", "2026-12-17"),
    ])
    pb = po("4500031318", s, "EUR", "2026-11-17", [
        ("CWB-TOP-2500", "Top brush 2500 mm, 12x20 mm flaps", 2, "EA", "1120.00", "2027-01-12"),
        ("CWB-WHL-450", "Wheel brush 450 mm, PE bristles", 8, "EA", "248.00", "2027-01-12"),
    ])
    body = ("Hola Laura:\n\nConfirmamos el pedido 4500031318: 2 cepillos de techo de 2500 mm y 8 cepillos de rueda de 450 mm, "
            "a los precios indicados, entrega el 12 de enero de 2027.\n\n"
            "El pedido 4500031311 lo está revisando nuestro departamento técnico (por el eje de 60 mm) y le contestaremos "
            "por separado.\n\nUn saludo,\n\nJavier Martínez Soler\nDpto. Comercial\nCepillos Industriales Levante S.L.\n"
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 27, 46988 Paterna (Valencia)\nTel. +34 961 32 45 07")
    eml = build(slug, p=pb, frm=("Javier Martínez", "javier.martinez@cepilloslevante.example"),
                date=("2026-11-18 17:20:13", "+0100"), body=body, lang="es", charset="iso-8859-1")
    return [pa, pb], eml, conf([(pb, A)],
                               "Only PO 4500031318 is answered; PO 4500031311 is merely mentioned as under review and is left out.")


@case("pet-carriers-brazil-table", "confirmation/pt-BR",
      "Brazilian reply as a table with DD/MM/YYYY dates: one later date, one reduced quantity with a January date.")
def c_carriers_br(slug):
    s = sup("PETBR", "Caixas Pet Transporte Ltda.", "vendas@caixaspet.example", "pt-BR")
    p = po("4500031326", s, "USD", "2026-11-17", [
        ("PC-SOFT-S", "Soft pet carrier S, 16x10x10 in", 60, "EA", "18.90", "2026-12-15"),
        ("PC-SOFT-M", "Soft pet carrier M, 18x11x11 in", 60, "EA", "21.40", "2026-12-15"),
        ("PC-HARD-XL", "Hard-shell carrier XL, 40 in, IATA", 15, "EA", "63.00", "2026-12-15"),
        ("PC-MAT-1220", "Fleece mat 12x20 in", 120, "EA", "2.10", "2026-12-15"),
    ], buyer="tomasz")
    rows = [("Item", "Código", "Qtd", "Preço unit. (USD)", "Entrega"),
            ("1", "PC-SOFT-S", "60", "18,90", "15/12/2026"),
            ("2", "PC-SOFT-M", "60", "21,40", "22/12/2026"),
            ("3", "PC-HARD-XL", "10", "63,00", "05/01/2027"),
            ("4", "PC-MAT-1220", "120", "2,10", "15/12/2026")]
    tab = "\n".join(" | ".join(r) for r in rows)
    body = ("Olá Tomasz, tudo bem?\n\nSegue a confirmação do pedido 4500031326:\n\n" + tab +
            "\n\nDo item 3 só conseguimos 10 unidades este ano, o restante fica cancelado.\n\n"
            "Abraços,\nRafael Souza\nComercial Exportação\nCaixas Pet Transporte Ltda.\nRua Voluntários da Pátria 1450, "
            "Joinville - SC\n+55 47 3422-8190")
    th = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{c}</td>" for c in r) + "</tr>" for r in rows)
    hb = ("<div>Olá Tomasz, tudo bem?</div><div><br></div><div>Segue a confirmação do pedido 4500031326:</div><div><br></div>"
          f"<table style=\"border-collapse:collapse\">{th}</table><div><br></div>"
          "<div>Do item 3 só conseguimos 10 unidades este ano, o restante fica cancelado.</div><div><br></div>"
          "<div>Abraços,<br>Rafael Souza<br>Comercial Exportação<br>Caixas Pet Transporte Ltda.<br>Rua Voluntários da Pátria 1450, "
          "Joinville - SC<br>+55 47 3422-8190</div>\n")
    eml = build(slug, p=p, frm=("Rafael Souza", "rafael.souza@caixaspet.example"),
                date=("2026-11-19 14:02:26", "-0300"), body=body, lang="pt", client="gmail", quote="gmail",
                html_body=hb,
                attrib="Em ter., 17 de nov. de 2026 às 05:41, Tomasz Wren <tomasz.wren@kestrel-supply.example> escreveu:")
    return [p], eml, conf([(p, {1: A, 2: C(d="2026-12-22"), 3: C(q=10, d="2027-01-05"), 4: A})],
                          "Table answer with day-first dates; line 3 cut to 10 and moved to 05/01/2027 (5 Jan, not 1 May).")


@case("textile-dyes-portuguese-html-only", "confirmation/pt-PT",
      "HTML-only webmail reply (no text/plain part) confirming the order in full prose.")
def c_dyes_pt(slug):
    s = sup("CORTEX", "Cortex Corantes Têxteis, Lda.", "encomendas@cortexcorantes.example", "pt-PT")
    p = po("4500031334", s, "EUR", "2026-11-17", [
        ("TD-DB56-25", "Disperse Blue 56, 100%, 25 kg drum", 10, "EA", "186.00", "2026-12-21"),
        ("TD-RY145-20", "Reactive Yellow 145, 150%, 20 kg drum", 6, "EA", "164.00", "2026-12-21"),
    ])
    body = ("Exma. Senhora Laura Beck,\n\nConfirmamos a encomenda n.º 4500031334 nas quantidades, preços e prazos indicados "
            "(entrega a 21 de dezembro de 2026).\n\nCom os melhores cumprimentos,\n\nMarta Ferreira\nDepartamento Comercial\n"
            "Cortex Corantes Têxteis, Lda.\nRua da Indústria 220, 4760-108 Vila Nova de Famalicão\nTel. +351 252 318 400")
    eml = build(slug, p=p, frm=("Marta Ferreira", "marta.ferreira@cortexcorantes.example"),
                date=("2026-11-19 16:45:00", "+0000"), body=body, lang="pt", client="zimbra", html_only=True,
                extra_headers=["X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4546)",
                               "Thread-Topic: Order acknowledgment request - PO 4500031334"])
    return [p], eml, conf([(p, A)], "HTML-only message; confirmation given in prose, date '21 de dezembro de 2026' equals the PO.")


@case("crossbow-strings-flemish-question", "needs_review/nl-BE",
      "Flemish supplier asks which strand count and serving colour we want before it will confirm.")
def c_xbow_be(slug):
    s = sup("PEES", "Boogpezen Vlaanderen BV", "info@boogpezen.example", "nl-BE")
    p = po("4500031342", s, "EUR", "2026-11-17", [
        ("CS-B50-18", "Dacron B50 string 18 strands, 34.5 in", 80, "EA", "13.20", "2026-12-18"),
        ("CS-SERV-021", "Serving thread 0.021 in, 120 m spool", 20, "ROL", "11.40", "2026-12-18"),
    ])
    body = ("Dag Laura,\n\nBedankt voor de bestelling. Voor we kunnen bevestigen nog twee vragen:\n\n"
            "1. De B50-pees van 34,5 inch maken we in 16 en 18 strengen, maar voor bogen van 175 lb raden we 20 strengen aan. "
            "Blijft u bij 18 strengen, of mogen we overschakelen naar 20 (zelfde prijs)?\n"
            "2. Bij het serving-garen ontbreekt de kleur: zwart of groen?\n\n"
            "Zodra we dit weten, bevestigen we de bestelling met leverdatum.\n\n"
            "Met vriendelijke groeten,\nPieter Vermeulen\nBoogpezen Vlaanderen BV\nNijverheidsstraat 14, 2260 Westerlo\n"
            "+32 14 54 77 10")
    eml = build(slug, p=p, frm=("Pieter Vermeulen", "pieter@boogpezen.example"),
                date=("2026-11-19 09:12:48", "+0100"), body=body, lang="nl", client="apple", quote="apple",
                charset="utf-8", attrib="Op 17 nov 2026, om 09:41 heeft Laura Beck <laura.beck@kestrel-supply.example> het volgende geschreven:")
    return [p], eml, other("needs_review", "Two open questions (strand count, colour); confirmation explicitly deferred until answered.")


@case("survey-tripods-polish-xlsx", "confirmation/pl-PL",
      "Body only says 'see attachment'; the XLSX acknowledgment reduces line 2 and moves its date.")
def c_tripods_pl(slug):
    s = sup("GEOST", "Geostatyw Sp. z o.o.", "zamowienia@geostatyw.example", "pl-PL")
    p = po("4500031350", s, "PLN", "2026-11-18", [
        ("ST-AL-165", "Aluminium tripod 5/8 x 11, 1.65 m", 25, "EA", "610.00", "2026-12-16"),
        ("ST-HD-WD", "Heavy-duty wooden tripod, 1.05-1.70 m", 10, "EA", "890.00", "2026-12-16"),
        ("ST-TRB-24", "Tribrach with optical plummet, 24x", 12, "EA", "455.00", "2027-01-13"),
    ], buyer="tomasz")
    x = make_xlsx([
        ["Potwierdzenie zamówienia", "", "", "", "", "", ""],
        ["Nr zamówienia klienta", "4500031350", "", "Data", "19.11.2026", "", ""],
        ["", "", "", "", "", "", ""],
        ["Poz.", "Indeks", "Opis", "Ilość", "JM", "Cena netto PLN", "Termin dostawy"],
        [1, "ST-AL-165", "Statyw aluminiowy 5/8\" x 11, 1,65 m", 25, "szt.", 610, "16.12.2026"],
        [2, "ST-HD-WD", "Statyw drewniany ciężki 1,05-1,70 m", 8, "szt.", 890, "23.12.2026"],
        [3, "ST-TRB-24", "Spodarka z pionem optycznym 24x", 12, "szt.", 455, "13.01.2027"],
        ["", "", "", "", "", "", ""],
        ["Uwagi:", "poz. 2 - dostępne tylko 8 szt., pozostałe 2 szt. anulowane", "", "", "", "", ""],
    ], sheet="Potwierdzenie", stamp=(2026, 11, 19, 10, 5, 0))
    body = ("Dzień dobry,\n\nw załączeniu potwierdzenie zamówienia 4500031350.\n\nPozdrawiam\nAgnieszka Nowak\n"
            "Dział Obsługi Klienta\nGeostatyw Sp. z o.o.\nul. Przemysłowa 9, 62-080 Tarnowo Podgórne\ntel. +48 61 814 22 70")
    eml = build(slug, p=p, frm=("Agnieszka Nowak", "a.nowak@geostatyw.example"),
                date=("2026-11-19 10:09:31", "+0100"), body=body, lang="pl", charset="iso-8859-2",
                subj_prefix="Odp: ",
                attachments=[("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "Potwierdzenie_4500031350.xlsx", x)])
    return [p], eml, conf([(p, {1: A, 2: C(q=8, d="2026-12-23"), 3: A})],
                          "All data only in the XLSX; line 2 reduced to 8 and moved to 23.12.2026; dates stored as dd.mm.yyyy text.")


@case("sauna-stones-czech-per-kg", "confirmation/cs-CZ",
      "Czech reply prices a per-tonne line in EUR per kg ('1,52 EUR/kg') with the date written '18. 12. 2026'.")
def c_sauna_cz(slug):
    s = sup("KAMEN", "Kámen pro saunu s.r.o.", "obchod@kamenprosaunu.example", "cs-CZ")
    p = po("4500031358", s, "EUR", "2026-11-18", [
        ("SS-DIAB-T", "Olivine diabase sauna stones 5-10 cm, bulk, per tonne", 3, "T", "1450.00", "2026-12-18"),
        ("SS-DIAB-20", "Olivine diabase 10-15 cm, 20 kg bag", 100, "EA", "31.00", "2026-12-18"),
    ])
    body = ("Dobrý den, paní Beck,\n\npotvrzujeme objednávku č. 4500031358:\n\n"
            "pol. 1: 3 t kamenů 5-10 cm, cena 1,52 EUR/kg, dodání 18. 12. 2026\n"
            "pol. 2: 100 pytlů 20 kg po 31,00 EUR, dodání 18. 12. 2026\n\n"
            "Cenu u pol. 1 jsme museli upravit kvůli nákladům na dopravu z lomu.\n\n"
            "S pozdravem\n\nIng. Jana Dvořáková\nobchodní oddělení\nKámen pro saunu s.r.o.\nLomová 12, 679 04 Adamov\n"
            "tel.: +420 516 447 120")
    eml = build(slug, p=p, frm=("Jana Dvořáková", "jana.dvorakova@kamenprosaunu.example"),
                date=("2026-11-20 08:40:17", "+0100"), body=body, lang="cs", charset="windows-1250")
    return [p], eml, conf([(p, {1: C(p="1520.00"), 2: A})],
                          "PO unit is T: 1,52 EUR/kg = 1520.00 EUR/t (changed); '18. 12. 2026' with spaces equals the PO date.")


@case("dairy-gaskets-slovak-decline", "confirmation/sk-SK",
      "Slovak supplier declines the whole order (production discontinued); a rejection is still an answer.")
def c_gaskets_sk(slug):
    s = sup("TESNI", "Tesnenia Žilina s.r.o.", "objednavky@tesnenia-za.example", "sk-SK")
    p = po("4500031366", s, "EUR", "2026-11-18", [
        ("DG-PAST-O85", "Pasteurizer O-ring 85x5 mm, EPDM FDA", 200, "EA", "1.90", "2026-12-11"),
        ("DG-PHE-V13", "PHE gasket V13, NBR, 4/3 glue-free", 60, "EA", "17.30", "2026-12-11"),
    ])
    body = ("Dobrý deň,\n\nďakujeme za objednávku 4500031366. Žiaľ, ani jednu položku vám nemôžeme dodať - výrobu tesnení "
            "pre pasterizátory sme k 1. 11. 2026 ukončili a na sklade už nič nemáme.\n\n"
            "Ospravedlňujeme sa za komplikácie. Ako náhradu môžeme odporučiť firmu, ktorá prevzala naše formy.\n\n"
            "S pozdravom\nMartin Horváth\nTesnenia Žilina s.r.o.\nKamenná 8, 010 01 Žilina\n+421 41 562 30 44")
    eml = build(slug, p=p, frm=("Martin Horváth", "martin.horvath@tesnenia-za.example"),
                date=("2026-11-20 13:18:02", "+0100"), body=body, lang="sk", client="gmail", quote="gmail",
                attrib="st 18. 11. 2026 o 9:41 Laura Beck <laura.beck@kestrel-supply.example> napísal(a):")
    return [p], eml, conf([(p, {1: R, 2: R})],
                          "Whole order declined; '1. 11. 2026' is the end-of-production date, not a delivery date.")


@case("candle-wicks-croatian-next-week", "needs_review/hr-HR",
      "Croatian 'we will confirm next week' with a Friday deadline: no commitment yet.")
def c_wicks_hr(slug):
    s = sup("FITIL", "Fitilj d.o.o.", "prodaja@fitilj.example", "hr-HR")
    p = po("4500031374", s, "EUR", "2026-11-18", [
        ("CW-SQ-20", "Square braid wick 2/0, 100 m spool", 10, "ROL", "18.60", "2026-12-14"),
        ("CW-CD10-6", "CD 10 wick, 6 in, pre-waxed, 2027 stock", 2000, "EA", "0.09", "2026-12-14"),
    ])
    body = ("Poštovana gospođo Beck,\n\nzahvaljujemo na narudžbi 4500031374. Trenutno provjeravamo zalihe pamučne pređe "
            "s dobavljačem; količine i rok isporuke potvrdit ćemo sljedeći tjedan, najkasnije do petka 27. 11.\n\n"
            "Lijep pozdrav,\nIvana Horvat\nFitilj d.o.o.\nSavska cesta 141, 10000 Zagreb\nTel. +385 1 6199 450")
    eml = build(slug, p=p, frm=("Ivana Horvat", "ivana.horvat@fitilj.example"),
                date=("2026-11-20 11:25:36", "+0100"), body=body, lang="hr", charset="windows-1250")
    return [p], eml, other("needs_review", "Promise to confirm by Friday 27.11.; the date is a reply deadline, not a delivery date.")


@case("hydraulic-hoses-serbian-two-tranches", "confirmation/sr-RS",
      "Serbian (Latin) reply splits line 1 into two tranches, 100 in December and 50 in January.")
def c_hoses_rs(slug):
    s = sup("HIDRO", "Hidro Crevo d.o.o.", "prodaja@hidrocrevo.example", "sr-RS")
    p = po("4500031382", s, "EUR", "2026-11-19", [
        ("HH-1SN-10-1500", "Hydraulic hose 5/8\" 1SN, 1500 mm, M26x1.5", 150, "EA", "11.80", "2026-12-18"),
        ("HH-2SN-06-800", "Hydraulic hose 3/8\" 2SN, 800 mm", 100, "EA", "9.40", "2026-12-18"),
    ])
    body = ("Poštovani,\n\npotvrđujemo porudžbinu 4500031382:\n\n"
            "Stavka 1: 150 kom po 11,80 EUR - isporuka u dve tranše: 100 kom 18.12.2026, preostalih 50 kom 15.01.2027.\n"
            "Stavka 2: 100 kom po 9,40 EUR - isporuka 18.12.2026.\n\n"
            "Srdačan pozdrav,\nNikola Jovanović\nHidro Crevo d.o.o.\nBulevar oslobođenja 77, 21000 Novi Sad\n"
            "tel. +381 21 472 390")
    eml = build(slug, p=p, frm=("Nikola Jovanović", "nikola.jovanovic@hidrocrevo.example"),
                date=("2026-11-20 15:03:45", "+0100"), body=body, lang="sr", client="gmail", quote="gmail",
                attrib="čet, 19. nov 2026. u 09:41 Laura Beck <laura.beck@kestrel-supply.example> je napisao/la:")
    return [p], eml, conf([(p, {1: C(s=[(100, "2026-12-18"), (50, "2027-01-15")]), 2: A})],
                          "Split delivery 100 + 50 ending 2027-01-15; line 2 as ordered.")


@case("horse-blankets-ukrainian-qty", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply cutting line 1 to 35 pcs with shipment dates (відвантаження) equal to the PO date.")
def c_blankets_ua(slug):
    s = sup("POPON", "ТОВ «Попона-Текстиль»", "sales@popona-tex.example", "uk-UA")
    p = po("4500031390", s, "EUR", "2026-11-19", [
        ("HB-STB-155", "Stable rug 155 cm (6'9), 300 g fill", 40, "EA", "58.00", "2026-12-21"),
        ("HB-RAIN-145", "Rain sheet 145 cm, 1200D, 2027 colours", 30, "EA", "36.50", "2026-12-21"),
    ])
    body = ("Добрий день, пані Лауро!\n\nПідтверджуємо замовлення № 4500031390:\n\n"
            "1. Попона стайнева 155 см — 35 шт. (більше тканини цього кольору немає), ціна 58,00 EUR, відвантаження 21.12.2026.\n"
            "2. Дощовик 145 см — 30 шт., ціна 36,50 EUR, відвантаження 21.12.2026.\n\n"
            "З повагою,\nОлена Коваленко\nменеджер з продажу\nТОВ «Попона-Текстиль»\nвул. Промислова, 14, Житомир, 10025\n"
            "тел. +380 412 55 21 90")
    eml = build(slug, p=p, frm=("Олена Коваленко", "o.kovalenko@popona-tex.example"),
                date=("2026-11-20 10:51:20", "+0200"), body=body, lang="uk", charset="windows-1251")
    return [p], eml, conf([(p, {1: C(q=35), 2: A})],
                          "Only the quantity of line 1 changes (35 of 40); shipment date 21.12.2026 equals the PO date.")


@case("container-seals-russian-koi8-ship", "confirmation/ru-RU",
      "Russian KOI8-R plain-text reply with only shipment dates (дата отгрузки) and a new price on line 1.")
def c_seals_ru(slug):
    s = sup("PLOMB", "ООО «Пломба-Сервис»", "sbyt@plomba-servis.example", "ru-RU")
    p = po("4500031404", s, "USD", "2026-11-19", [
        ("CSL-BOLT-H27", "Bolt seal ISO 17712 H, barcode, 2027 numbering", 3000, "EA", "0.58", "2026-12-22"),
        ("CSL-CBL-15", "Cable seal 1.5 mm x 250 mm", 2000, "EA", "0.34", "2026-12-22"),
    ], buyer="laura")
    body = ("Здравствуйте, Лаура!\n\nЗаказ 4500031404 подтверждаем:\n\n"
            "1) Пломба болтовая ISO 17712 - 3 000 шт. по 0,61 USD (цена изменилась из-за стали), дата отгрузки 21.12.2026\n"
            "2) Пломба тросовая 1,5 мм - 2 000 шт. по 0,34 USD, дата отгрузки 21.12.2026\n\n"
            "С уважением,\nСергей Волков\nотдел сбыта ООО \"Пломба-Сервис\"\nг. Екатеринбург, ул. Монтажников, 4\n"
            "тел. +7 343 310-44-72")
    qt = ("Вы писали 19 ноября 2026 г., 13:41:\n\n" +
          "".join(">" + (" " + l if l else "") + "\n" for l in request_text(p).split("\n")[:-1]))
    eml = build(slug, p=p, frm=("Сергей Волков", "volkov@plomba-servis.example"),
                date=("2026-11-20 17:33:10", "+0500"), body=body, lang="ru", charset="koi8-r", cte="8bit",
                client="thebat", quote="none", quote_text=qt, html=False,
                extra_headers=["X-Mailer: The Bat! (v10.5.3) Professional"])
    d = "2026-12-21"
    return [p], eml, conf([(p, {1: C(p="0.61", d=d), 2: C(d=d)})],
                          "Only shipment dates given, so they are the line dates (21.12 vs requested 22.12); '3 000' with space grouping.")


@case("opera-glasses-hebrew-ooo", "auto_reply/he-IL",
      "Hebrew/English out-of-office (windows-1255) naming a return date and a colleague.")
def c_opera_he(slug):
    s = sup("NOGA", "Noga Optics Ltd.", "orders@noga-optics.example", "he-IL")
    p = po("4500031412", s, "USD", "2026-11-19", [
        ("OG-DLX-3x25", "Opera glasses 3x25, gold finish", 40, "EA", "29.00", "2026-12-16"),
        ("OG-LRG-H12", "Lorgnette handle 12 cm, brass", 40, "EA", "7.40", "2026-12-16"),
    ], buyer="priya")
    body = ("שלום,\n\nאני מחוץ למשרד עד יום ראשון 29.11.2026 ללא גישה לדואר אלקטרוני.\n"
            "בנושאים דחופים ניתן לפנות אל orders@noga-optics.example או בטלפון 03-555-7721.\n\n"
            "Hello,\n\nI am out of the office until Sunday 29.11.2026 with no access to e-mail.\n"
            "For urgent matters please contact orders@noga-optics.example or call +972 3 555 7721.\n\n"
            "אבי כהן | Avi Cohen\nNoga Optics Ltd.")
    eml = build(slug, p=p, frm=("Avi Cohen", "avi.cohen@noga-optics.example"),
                date=("2026-11-19 10:41:08", "+0200"), body=body, lang="he", charset="windows-1255",
                quote="none", subject="Automatic reply: Order acknowledgment request - PO 4500031412",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return [p], eml, other("auto_reply", "Bilingual Hebrew/English out-of-office; 29.11.2026 is a return date.")
