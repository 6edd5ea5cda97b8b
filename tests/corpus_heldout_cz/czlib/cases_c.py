"""Cases 037-046: confirmations; 047-057: needs_review."""
from .common import *  # noqa: F401,F403

CASES = []


def case(f):
    CASES.append(f)
    return f


@case
def c037():
    s = sup("SOUTHERNX", "Southern Cross Archery Pty Ltd", "orders@southerncrossarchery.example", "en-AU")
    po_a = PO("4500031402", s, [
        L(1, "NK-X-BLU", "Target nock, X-style, blue", 3000, "EA", "0.21", "2026-12-10"),
        L(2, "NK-X-YEL", "Target nock, X-style, yellow", 3000, "EA", "0.21", "2026-12-10"),
    ], issued="2026-11-05", currency="USD", buyer="jb")
    po_b = PO("4500031417", s, [
        L(1, "NK-UNI-CLR", "Uni-bushing nock, clear", 2000, "EA", "0.17", "2027-01-14"),
    ], issued="2026-11-11", currency="USD", buyer="jb")
    text = ("G'day Jessica,\n\nKnocking both of your open orders over in one go:\n\n"
            "PO 4500031402 - blue and yellow X-nocks, 3,000 each @ US$0.21 - all good, dispatching from Melbourne to land 10/12/2026.\n"
            "PO 4500031417 - clear uni-bushing nocks, 2,000 @ US$0.17 - we can only do 1,500 before the Christmas shutdown, "
            "delivery 14/01/2027; the other 500 we'd drop off the order.\n\n"
            "Cheers,\nLiam Fraser\nSouthern Cross Archery Pty Ltd\n14 Dandenong Rd, Clayton VIC 3168\nPh +61 3 9544 2210\n")
    msg = mail(po_a, "Liam Fraser <liam@southerncrossarchery.example>", "Re: PO 4500031402 and 4500031417",
               "Wed, 25 Nov 2026 16:02:48 +1100", text, mid="<SY4PR01MB6450F9E8D7C6B5@SY4PR01MB6450.ausprd01.prod.outlook.example>",
               refs=f"{po_a['request_message_id']} {po_b['request_message_id']}")
    exp = conf("One mail answers two POs: 4500031402 accepted in full (10/12/2026 = 10 Dec); 4500031417 line 1 cut to 1,500 delivered 2027-01-14, the remaining 500 dropped.",
               C(po_a, {1: "acc", 2: "acc"}), C(po_b, {1: chg(1500, "0.17", "2027-01-14")}))
    return dict(slug="nocks-two-pos-one-mail-au", pos=[po_a, po_b], msg=msg, exp=exp, locale="en-AU",
                hard="two POs answered in one mail with different outcomes; day-first dates")


@case
def c038():
    s = sup("WINGSHING", "永盛樂器配件有限公司 Wing Shing Instrument Parts Ltd", "sales@wingshing-parts.example", "zh-HK")
    po = PO("4500031421", s, [
        L(1, "XM-RT-SFT", "Xylophone mallet, rattan shaft, soft rubber", 240, "PR", "1.25", "2026-12-23"),
        L(2, "XM-RT-HRD", "Xylophone mallet, rattan shaft, hard rubber", 240, "PR", "1.25", "2026-12-23"),
    ], currency="USD", buyer="jb")
    text = ("Hi Jessica,\n\n收到你哋張 PO 4500031421，多謝！\n\n"
            "1. 軟膠頭木琴槌 - 20打 (= 240對)，US$15.00/打，12月23日交貨，OK。\n"
            "2. 硬膠頭木琴槌 - 20打 (= 240對)，US$15.00/打，12月23日交貨，OK。\n\n"
            "Regards,\n陳嘉欣 Karen Chan\n永盛樂器配件有限公司\n香港九龍觀塘鴻圖道 57 號 12 樓\nTel: +852 2341 8876\n")
    html = ("<div style=\"font-family:'Microsoft JhengHei'\">Hi Jessica,<br><br>收到你哋張 PO 4500031421，多謝！<br><br>"
            "<table border=1 cellpadding=3><tr><th>項目</th><th>數量</th><th>單價</th><th>交貨</th></tr>"
            "<tr><td>1. 軟膠頭木琴槌</td><td>20打 (= 240對)</td><td>US$15.00/打</td><td>12月23日</td></tr>"
            "<tr><td>2. 硬膠頭木琴槌</td><td>20打 (= 240對)</td><td>US$15.00/打</td><td>12月23日</td></tr></table><br>"
            "Regards,<br>陳嘉欣 Karen Chan<br>永盛樂器配件有限公司</div>")
    msg = mail(po, "Karen Chan <karen.chan@wingshing-parts.example>", "RE: PO 4500031421 - request for order confirmation",
               "Thu, 26 Nov 2026 10:15:37 +0800", text, html=html, charset="big5hkscs", cte="base64",
               mid="<002301dd5e0b$7a8b9c0d$1e2f3a4b$@wingshing-parts.example>")
    exp = conf("Quantities and prices in dozens: 20 dozen = 240 pairs and US$15.00/dozen = 1.25 per pair, i.e. exactly the PO; 12月23日 = 2026-12-23.",
               C(po, {1: "acc", 2: "acc"}))
    return dict(slug="mallets-per-dozen-hk", pos=[po], msg=msg, exp=exp, locale="zh-HK",
                hard="Cantonese with Big5-HKSCS, quantities and price per dozen that convert back to the PO exactly")


@case
def c039():
    s = sup("FREZA", "Fréza Dental s.r.o.", "objednavky@freza-dental.example", "sk-SK")
    po = PO("4500031426", s, [
        L(1, "TC-HP-040", "Carbide lab bur HP, fine cut, 4.0 mm", 300, "EA", "2.15", "2026-12-14"),
        L(2, "TC-HP-060", "Carbide lab bur HP, coarse cut, 6.0 mm", 300, "EA", "2.45", "2026-12-14"),
        L(3, "DI-DS-220", "Diamond disc, double-sided, 22 mm", 100, "EA", "3.90", "2026-12-14"),
    ])
    xlsx = make_xlsx([
        ["Potvrdenie objednávky", "", "", "", "", ""],
        ["Vaša objednávka", "4500031426", "", "", "", ""],
        ["Pol.", "Kód", "Popis", "Množstvo", "Cena EUR/ks", "Dátum dodania"],
        [1, "TC-HP-040", "Fréza HP jemná 4,0", 300, 2.15, "14.12.2026"],
        [2, "TC-HP-060", "Fréza HP hrubá 6,0", 300, 2.45, "04.01.2027"],
        [3, "DI-DS-220", "Diamantový disk 22 mm", 0, "", "nedodávame"],
    ], "Potvrdenie")
    text = ("Dobrý deň,\n\nv prílohe posielame potvrdenie Vašej objednávky 4500031426.\n\n"
            "S pozdravom\nMartina Horváthová\nFréza Dental s.r.o., Priemyselná 8, 917 01 Trnava\n")
    msg = mail(po, "Martina Horváthová <horvathova@freza-dental.example>", "RE: PO 4500031426 - request for order confirmation",
               "Thu, 26 Nov 2026 13:31:19 +0100", text, charset="windows-1250", cte="quoted-printable",
               mid="<20261126123119.A7C3F1@freza-dental.example>", atts=[(xlsx, *XLSX, "Potvrdenie_4500031426.xlsx")])
    exp = conf("XLSX attachment: line 1 as ordered; line 2 moved to 04.01.2027; line 3 quantity 0 / 'nedodávame' (we do not supply) = rejected.",
               C(po, {1: "acc", 2: chg(300, "2.45", "2027-01-04"), 3: "rej"}))
    return dict(slug="burs-xlsx-confirmation-sk", pos=[po], msg=msg, exp=exp, locale="sk-SK",
                hard="answer only in an XLSX with inline strings; one line rejected by quantity 0")


@case
def c040():
    s = sup("TRIGLAV", "Triglav Alpin d.o.o.", "prodaja@triglav-alpin.example", "sl-SI")
    po = PO("4500031430", s, [
        L(1, "ICP-STL-TEC", "Ice pick, steel, technical, curved", 50, "EA", "44.00", "2026-12-18"),
        L(2, "ICP-BOLT", "Pick mounting bolt set", 100, "SET", "3.50", "2026-12-18"),
    ])
    text = ("Katrin Reuter je 9. 11. 2026 ob 10:14 napisal(a):\n" + quote(request_text(po)) +
            "\nPozdravljeni,\n\npotrjujemo obe postavki (50 kosov in 100 kompletov, cene po naročilu), "
            "dobava pa bo 8. januarja 2027.\n\nLep pozdrav,\nMatej Novak\nTriglav Alpin d.o.o., Kranj\n")
    msg = mail(po, "Matej Novak <matej.novak@triglav-alpin.example>", "Re: PO 4500031430 - request for order confirmation",
               "Thu, 26 Nov 2026 15:49:03 +0100", text, charset="utf-8", cte="8bit",
               mid="<b3c1d7e2-6f4a-4e89-9d0b-2a1c3e5f7b90@triglav-alpin.example>")
    exp = conf("Bottom-posted under the full quote (which contains our 2026-12-18); the new text confirms qty and prices with delivery 8 January 2027 for both lines.",
               C(po, {1: chg(50, "44.00", "2027-01-08"), 2: chg(100, "3.50", "2027-01-08")}))
    return dict(slug="ice-picks-bottom-posted-si", pos=[po], msg=msg, exp=exp, locale="sl-SI",
                hard="bottom-posted: the answer follows the quoted PO figures")


@case
def c041():
    s = sup("JADRAN", "Jadran Ronilačka Oprema d.o.o.", "narudzbe@jadran-ronjenje.example", "hr-HR")
    po = PO("4500031434", s, [
        L(1, "RH-LP-100", "Regulator LP hose, rubber, 100 cm", 30, "EA", "15.80", "2026-12-21"),
        L(2, "RH-HP-80", "Regulator HP hose, rubber, 80 cm", 30, "EA", "17.40", "2026-12-21"),
    ])
    pdf = simple_pdf([
        "JADRAN RONILACKA OPREMA d.o.o.  -  Obala kneza Domagoja 14, 21000 Split",
        "OIB 48291736540",
        "",
        "POTVRDA NARUDZBE / ORDER CONFIRMATION   br. PN-2026-3318",
        "Kupac: Corvalis Trading GmbH, Hamburg        Vasa narudzba: 4500031434",
        "Datum: 27.11.2026",
        "",
        "Rb.  Sifra        Opis                         Kol.   JM   Cijena EUR   Rok isporuke",
        "1    RH-LP-100    LP crijevo guma 100 cm        30    kom    15,80       21.12.2026",
        "2    RH-HP-80     HP crijevo guma 80 cm         30    kom    18,20       21.12.2026",
        "",
        "Paritet: DAP Hamburg     Placanje: 30 dana neto",
        "Dokument je izraden elektronicki i valjan je bez potpisa.",
    ], "PN-2026-3318")
    text = ("Poštovani,\n\nu privitku Vam šaljemo potvrdu narudžbe PN-2026-3318.\n\n"
            "Ovo je automatski generirana poruka iz sustava Pantheon ERP - molimo ne odgovarajte na ovu adresu.\n")
    msg = mail(po, "Jadran ERP <erp-noreply@jadran-ronjenje.example>", "Potvrda narudžbe PN-2026-3318 (Vaša narudžba 4500031434)",
               "Fri, 27 Nov 2026 06:02:11 +0100", text, charset="utf-8", cte="quoted-printable", reply=False,
               mid="<PN-2026-3318.20261127060211@erp.jadran-ronjenje.example>",
               headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Pantheon ERP Mailer"},
               atts=[(pdf, *PDF, "PN-2026-3318.pdf")])
    exp = conf("ERP-generated mail with a no-reply note but a real order confirmation PDF: line 1 as ordered, line 2 price 18,20 instead of 17.40. Auto-Submitted does not make it an auto_reply.",
               C(po, {1: "acc", 2: chg(30, "18.20", "2026-12-21")}))
    return dict(slug="hoses-erp-pdf-autosubmitted-hr", pos=[po], msg=msg, exp=exp, locale="hr-HR",
                hard="automatic ERP mail (Auto-Submitted, no-reply) that is nevertheless a confirmation with a price change")


@case
def c042():
    s = sup("MERAC", "Мерач д.о.о.", "prodaja@merac.example", "sr-RS")
    po = PO("4500031437", s, [
        L(1, "BB-CU-45", "Barometer bellows, beryllium copper, 45 mm", 500, "EA", "5.60", "2027-01-22"),
        L(2, "BB-CU-70", "Barometer bellows, beryllium copper, 70 mm", 300, "EA", "7.85", "2027-01-22"),
    ])
    text = ("Поштована госпођо Ројтер,\n\nнажалост, поруџбину 4500031437 не можемо да прихватимо. "
            "Од 1. децембра обустављамо производњу мехова од берилијум-бакра због нових еколошких прописа, "
            "па не можемо испоручити ни једну ни другу позицију.\n\nИзвињавамо се због непријатности.\n\n"
            "Срдачан поздрав,\nНенад Јовановић\nМерач д.о.о., Нови Сад\n")
    msg = mail(po, "Ненад Јовановић <nenad.jovanovic@merac.example>", "Re: PO 4500031437 - request for order confirmation",
               "Fri, 27 Nov 2026 09:18:44 +0100", text, charset="utf-8", cte="base64",
               mid="<CAN7zq4Hk2Lp9sVt3Wm1xRb8@mail.gmail.example>")
    exp = conf("Serbian Cyrillic: the supplier declines the whole order; a rejection is an answer, so both lines are rejected.",
               C(po, {1: "rej", 2: "rej"}))
    return dict(slug="bellows-whole-order-declined-rs", pos=[po], msg=msg, exp=exp, locale="sr-RS",
                hard="outright refusal of the whole order in Cyrillic; must be confirmation with rejected lines, not needs_review")


@case
def c043():
    s = sup("ZLATOLIST", "Златолист ЕООД", "office@zlatolist.example", "bg-BG")
    po = PO("4500031441", s, [
        L(1, "GL-22K-TR", "Gold leaf 22K transfer, 25 leaves", 150, "BK", "12.90", "2026-12-22"),
        L(2, "GL-IMIT-L", "Imitation gold leaf, 100 leaves", 300, "BK", "3.20", "2026-12-22"),
    ])
    text = ("Здравейте, г-жо Ройтер,\n\nПотвърждаваме поръчка 4500031441 - количества и цени без промяна, "
            "но доставката на двете позиции ще бъде на 30 декември.\n\nПоздрави,\nГергана Петрова\nЗлатолист ЕООД, Пловдив\n")
    msg = mail(po, "Гергана Петрова <g.petrova@zlatolist.example>", "RE: PO 4500031441 - request for order confirmation",
               "Fri, 27 Nov 2026 14:06:30 +0200", text, charset="windows-1251", cte="quoted-printable",
               mid="<000f01dd5eb3$4c5d6e7f$8091a2b3$@zlatolist.example>")
    exp = conf("Bulgarian: quantities and prices unchanged, delivery 30 декември (no year -> 2026-12-30) for both lines.",
               C(po, {1: chg(150, "12.90", "2026-12-30"), 2: chg(300, "3.20", "2026-12-30")}))
    return dict(slug="gold-leaf-date-slip-bg", pos=[po], msg=msg, exp=exp, locale="bg-BG",
                hard="Bulgarian Cyrillic in windows-1251 QP, yearless date")


@case
def c044():
    s = sup("DAGTIS", "UAB Dagtis", "pardavimai@dagtis.example", "lt-LT")
    po = PO("4500031445", s, [
        L(1, "CW-HTP-6", "HTP wick 6, cotton/paper, 1000 m roll", 150, "M", "0.091", "2026-12-15"),
        L(2, "CW-LX-16", "LX wick 16, 180 mm pre-tabbed", 5000, "EA", "0.044", "2026-12-15"),
    ])
    text = ("Laba diena,\n\nužsakymas 4500031445:\n"
            "1 eil. HTP 6 dagtis - minimalus kiekis 200 m (vienas ritinys), todėl patvirtiname 200 m po 0,091 EUR, 2026-12-15.\n"
            "2 eil. LX 16 - 5000 vnt. po 0,044 EUR, 2026-12-15, patvirtinta.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nUAB Dagtis, Kaunas\n")
    msg = mail(po, "Rūta Kazlauskienė <ruta.k@dagtis.example>", "RE: PO 4500031445 - request for order confirmation",
               "Mon, 30 Nov 2026 09:02:15 +0200", text, charset="iso-8859-13", cte="quoted-printable",
               mid="<1764486135.48127.ruta.k@dagtis.example>")
    exp = conf("Line 1 raised to the 200 m minimum quantity (changed), line 2 as ordered; ISO-style dates.",
               C(po, {1: chg(200, "0.091", "2026-12-15"), 2: "acc"}))
    return dict(slug="wicks-moq-increase-lt", pos=[po], msg=msg, exp=exp, locale="lt-LT",
                hard="ISO-8859-13 Baltic charset, quantity increased to a minimum order quantity")


@case
def c045():
    s = sup("BASTIDOR", "Bastidores do Minho, Lda.", "encomendas@bastidoresminho.example", "pt-PT")
    po = PO("4500031449", s, [
        L(1, "BST-OV-2030", "Oval embroidery hoop 20x30 cm, beech", 300, "EA", "3.40", "2027-01-12"),
        L(2, "BST-QF-30", "Quilting frame hoop 30 cm, with stand", 50, "EA", "24.00", "2027-01-12"),
    ])
    inner = ("De: Rui Carvalho <producao@bastidoresminho.example>\nEnviada: 26 de novembro de 2026 17:40\n"
             "Para: Ana Sousa <ana.sousa@bastidoresminho.example>\nAssunto: RE: encomenda Corvalis\n\n"
             "Ana,\n\nos ovais consigo ter prontos para 12/01, tudo certo.\n"
             "Os bastidores com pé só tenho madeira para 40 unidades até 12/01; as outras 10 ficam para 2 de fevereiro.\n\nRui\n")
    text = ("Bom dia Katrin,\n\nReencaminho a resposta da nossa produção, que vale como confirmação da encomenda 4500031449. "
            "Preços conforme a encomenda.\n\nCumprimentos,\nAna Sousa\nBastidores do Minho, Lda. - Zona Industrial de Barcelos\n\n"
            "---------- Mensagem reencaminhada ----------\n" + inner)
    msg = mail(po, "Ana Sousa <ana.sousa@bastidoresminho.example>", "Fwd: RE: encomenda Corvalis",
               "Fri, 27 Nov 2026 09:10:52 +0000", text, charset="iso-8859-1", cte="quoted-printable",
               mid="<CAB0eU1xPj7c9RkT2mQ4nL6v@mail.gmail.example>")
    exp = conf("Forwarded internal answer endorsed as the confirmation: line 1 as ordered (12/01 -> 2027-01-12); line 2 split 40 on 2027-01-12 and 10 on 2027-02-02.",
               C(po, {1: "acc", 2: chg(50, "24.00", "2027-02-02", [(40, "2027-01-12"), (10, "2027-02-02")])}))
    return dict(slug="hoops-forwarded-production-answer-pt", pos=[po], msg=msg, exp=exp, locale="pt-PT",
                hard="the commitment is inside a forwarded internal mail, with a split for one line")


@case
def c046():
    s = sup("TALLERGUSTAU", "Taller Gustau Tipografia SL", "comandes@tallergustau.example", "ca-ES")
    po_a = PO("4500031452", s, [
        L(1, "LT-BOD-24", "Letterpress type Bodoni 24 pt, font", 6, "SET", "72.00", "2027-02-01"),
        L(2, "LT-ORN-MX", "Letterpress ornaments, assorted", 4, "SET", "55.00", "2027-02-01"),
    ], issued="2026-11-10")
    po_b = PO("4500031458", s, [
        L(1, "LT-WD-72", "Wood type 72 pt, Gothic, font", 2, "SET", "310.00", "2027-02-15"),
    ], issued="2026-11-12")
    text = ("Bon dia Katrin,\n\nComanda 4500031452: confirmem les dues línies, quantitats i preus tal com les heu demanat, "
            "lliurament l'1 de febrer de 2027.\n\nLa comanda de tipus de fusta (4500031458) us la confirmarem dilluns, "
            "quan el fuster ens doni data.\n\nSalutacions,\nJordi Puig i Serra\nTaller Gustau Tipografia SL - C/ de la Llibreteria 9, Barcelona\n")
    msg = mail(po_a, "Jordi Puig <jordi.puig@tallergustau.example>", "Re: PO 4500031452 - request for order confirmation",
               "Mon, 30 Nov 2026 12:44:27 +0100", text, charset="utf-8", cte="quoted-printable",
               mid="<4e2d1c0b-9a8f-47e6-b5d4-c3b2a1908f7e@tallergustau.example>")
    exp = conf("Catalan: PO 4500031452 accepted in full; PO 4500031458 only mentioned ('we will confirm on Monday'), so it is left out.",
               C(po_a, {1: "acc", 2: "acc"}))
    return dict(slug="type-one-po-confirmed-other-pending-es-ca", pos=[po_a, po_b], msg=msg, exp=exp, locale="ca-ES",
                hard="second PO mentioned without commitment must not appear in confirmations")


# ------------------------------------------------------------------ needs_review

@case
def c047():
    s = sup("PENNINE", "Pennine Kiln Furniture Ltd", "sales@penninekiln.example", "en-GB")
    po = PO("4500031461", s, [
        L(1, "KS-NIT-50", "Kiln shelf, nitride-bonded SiC, 500x400 mm", 20, "EA", "96.00", "2027-01-15"),
        L(2, "KP-SIC-75", "Kiln post, SiC, 75 mm", 100, "EA", "3.85", "2027-01-15"),
    ], currency="GBP")
    text = ("\n\n--\nTom Hargreaves\nSales Office\nPennine Kiln Furniture Ltd\nUnit 9, Calder Trading Estate, Huddersfield HD5 0RF\n"
            "Tel 01484 555 213\nRegistered in England No. 04418820\n\n"
            "-----Original Message-----\n" + orig_header(po) + request_text(po))
    msg = mail(po, "Tom Hargreaves <tom.hargreaves@penninekiln.example>", "RE: PO 4500031461 - request for order confirmation",
               "Mon, 16 Nov 2026 11:02:19 +0000", text, mid="<LO2P265MB4470E1D2C3B4A5@LO2P265MB4470.GBRP265.PROD.OUTLOOK.example>")
    exp = other("needs_review", "Reply sent by mistake: nothing but a signature above our quoted request; the quoted figures are ours, not a commitment.")
    return dict(slug="kiln-signature-only-gb", pos=[po], msg=msg, exp=exp, locale="en-GB",
                hard="empty reply with signature over the full quoted PO; quoted figures must not be read as a confirmation")


@case
def c048():
    s = sup("CERAMAN", "Cerámicas La Mancha S.L.", "pedidos@ceramancha.example", "es-ES")
    po = PO("4500031465", s, [
        L(1, "KS-COR-30", "Kiln shelf, cordierite, 300x300 mm", 80, "EA", "12.60", "2026-12-17"),
        L(2, "KS-COR-40", "Kiln shelf, cordierite, 400x400 mm", 50, "EA", "19.80", "2026-12-17"),
    ])
    text = ("Buenos días Katrin,\n\nTe adjunto la confirmación de pedido 4500031465 con las fechas de entrega definitivas. "
            "Revisa por favor el punto 2, hay un cambio.\n\nUn saludo,\nLucía Martín\nDpto. Comercial\nCerámicas La Mancha S.L. - Puertollano (Ciudad Real)\n")
    msg = mail(po, "Lucía Martín <lucia.martin@ceramancha.example>", "RE: PO 4500031465 - request for order confirmation",
               "Tue, 17 Nov 2026 10:26:33 +0100", text, charset="iso-8859-1", cte="quoted-printable",
               mid="<AM9PR02MB7140B2C3D4E5F6@AM9PR02MB7140.eurprd02.prod.outlook.example>")
    exp = other("needs_review", "Refers to an attached confirmation with a change on line 2, but nothing is attached; the commitment cannot be read.")
    return dict(slug="kiln-shelves-missing-attachment-es", pos=[po], msg=msg, exp=exp, locale="es-ES",
                hard="'te adjunto' with no attachment and an announced but unstated change")


@case
def c049():
    s = sup("SNEEUWSCHOEN", "Sneeuwschoen Vlaanderen BV", "orders@sneeuwschoen.example", "nl-BE")
    po = PO("4500031468", s, [
        L(1, "SSB-RATCH", "Snowshoe binding, ratchet strap", 200, "PR", "19.20", "2026-12-15"),
        L(2, "SSB-BOA", "Snowshoe binding, BOA dial", 80, "PR", "34.00", "2026-12-15"),
    ])
    pdf = simple_pdf([
        "SNEEUWSCHOEN VLAANDEREN BV - Industrieweg 22, 9000 Gent - BTW BE 0712.345.678",
        "",
        "ORDERBEVESTIGING OB-26-4471        Uw bestelling 4500031468",
        "",
        "Lijn  Artikel     Omschrijving                Aantal  Prijs EUR  Levering",
        "1     SSB-RATCH   Binding ratel               200     19,20      22/12/2026",
        "2     SSB-BOA     Binding BOA                 80      34,00      22/12/2026",
        "",
        "Leveringsvoorwaarden DAP Hamburg",
    ], "OB-26-4471")
    text = ("Beste Katrin,\n\nAlles wordt geleverd zoals besteld, op 15/12. Orderbevestiging in bijlage.\n\n"
            "Met vriendelijke groeten\nPieter Claes\nSneeuwschoen Vlaanderen BV\n")
    msg = mail(po, "Pieter Claes <pieter.claes@sneeuwschoen.example>", "RE: PO 4500031468 - request for order confirmation",
               "Wed, 18 Nov 2026 16:12:40 +0100", text, mid="<20261118151240.5B2E9@sneeuwschoen.example>",
               atts=[(pdf, *PDF, "OB-26-4471.pdf")])
    exp = other("needs_review", "Body says delivery 15/12 as ordered, the attached confirmation says 22/12/2026 for both lines; body and attachment contradict each other.")
    return dict(slug="bindings-body-vs-pdf-date-be", pos=[po], msg=msg, exp=exp, locale="nl-BE",
                hard="body and attached PDF give different delivery dates")


@case
def c050():
    s = sup("FARZANEH", "Farzaneh Dental Tools Co.", "sales@farzaneh-dental.example", "fa-IR")
    po = PO("4500031472", s, [
        L(1, "DI-FG-016", "Diamond bur FG, flame, fine", 600, "EA", "0.88", "2027-01-18"),
        L(2, "DI-FG-018", "Diamond bur FG, torpedo, medium", 600, "EA", "0.88", "2027-01-18"),
    ], currency="USD", buyer="jb")
    text = ("خانم جسیکا عزیز،\n\nبا سلام و احترام،\n\n"
            "در خصوص سفارش ۴۵۰۰۰۳۱۴۷۲ لطفاً بفرمایید فرز ردیف ۱ با شفت استاندارد ۱٫۶ میلی‌متر مد نظر شماست یا شفت کوتاه؟ "
            "همچنین بسته‌بندی ۵ عددی یا ۱۰ عددی؟ پس از دریافت پاسخ، تأیید نهایی را ارسال می‌کنیم.\n\n"
            "با تشکر\nمریم احمدی\nواحد فروش خارجی\nشرکت ابزار دندانپزشکی فرزانه، تهران\n")
    msg = mail(po, "Maryam Ahmadi <m.ahmadi@farzaneh-dental.example>", "Re: PO 4500031472 - request for order confirmation",
               "Thu, 19 Nov 2026 12:36:10 +0330", text, charset="utf-8", cte="base64",
               mid="<1763543170.66419.m.ahmadi@farzaneh-dental.example>")
    exp = other("needs_review", "Persian reply asking which shank and pack size we want before confirming; no commitment yet.")
    return dict(slug="burs-question-back-ir", pos=[po], msg=msg, exp=exp, locale="fa-IR",
                hard="question back in Persian with Persian digits; promise to confirm later")


@case
def c051():
    s = sup("SUTOSHILPO", "Suto Shilpo Enterprise", "info@sutoshilpo.example", "bn-BD")
    po = PO("4500031476", s, [
        L(1, "BST-12-PL", "Embroidery hoop, plastic, 12 cm", 3000, "EA", "0.22", "2026-12-28"),
        L(2, "BST-18-PL", "Embroidery hoop, plastic, 18 cm", 2000, "EA", "0.29", "2026-12-28"),
    ], currency="USD", buyer="mo")
    text = ("প্রিয় মার্কো,\n\nআপনার অর্ডার ৪৫০০০৩১৪৭৬ পেয়েছি, ধন্যবাদ।\n\n"
            "আমরা দুটি আইটেমই অর্ডার অনুযায়ী ২৮ ডিসেম্বরের মধ্যে সরবরাহ করতে পারব, তবে শর্ত হলো ৫০% অগ্রিম পেমেন্ট (TT)। "
            "অগ্রিম পেলে আমরা উৎপাদন শুরু করব এবং চূড়ান্ত কনফার্মেশন পাঠাব।\n\n"
            "শুভেচ্ছান্তে,\nতানভীর হাসান\nসুতো শিল্প এন্টারপ্রাইজ, নারায়ণগঞ্জ\n")
    msg = mail(po, "Tanvir Hasan <tanvir@sutoshilpo.example>", "Re: PO 4500031476 - request for order confirmation",
               "Fri, 20 Nov 2026 15:20:31 +0600", text, charset="utf-8", cte="base64",
               mid="<CAGk3Lr8Nw0YpQ2sVx5tB7mD@mail.gmail.example>")
    exp = other("needs_review", "Bengali: supply as ordered only on condition of a 50% advance payment, and the final confirmation is promised later; conditional, not a commitment.")
    return dict(slug="hoops-advance-payment-condition-bd", pos=[po], msg=msg, exp=exp, locale="bn-BD",
                hard="figures match the PO but the commitment is conditional on prepayment; Bengali digits")


@case
def c052():
    s = sup("FALCOBEL", "Fauconnerie Belge SPRL", "info@fauconnerie-belge.example", "fr-BE")
    po = PO("4500031479", s, [
        L(1, "FH-ANG-S", "Falconry hood, Anglo-Indian, small", 25, "EA", "44.00", "2026-12-18"),
        L(2, "FH-ANG-M", "Falconry hood, Anglo-Indian, medium", 25, "EA", "46.00", "2026-12-18"),
    ])
    text = ("Bonjour Madame Reuter,\n\nMerci pour votre commande 4500031479. Notre maître chaperonnier est en congé maladie; "
            "à première vue ce serait plutôt début janvier, mais je dois encore vérifier le stock de cuir. "
            "Je reviens vers vous d'ici vendredi avec une confirmation ferme.\n\n"
            "Bien à vous,\nNathalie Dubois\nFauconnerie Belge SPRL - Rue du Marché 31, 5000 Namur\n")
    msg = mail(po, "Nathalie Dubois <n.dubois@fauconnerie-belge.example>", "RE: PO 4500031479 - request for order confirmation",
               "Mon, 23 Nov 2026 14:55:08 +0100", text, charset="iso-8859-15", cte="quoted-printable",
               mid="<PAXPR08MB6590D4E3F2A1B0@PAXPR08MB6590.eurprd08.prod.outlook.example>")
    exp = other("needs_review", "Only a tentative 'plutôt début janvier' and a promise to revert by Friday with a firm confirmation; nothing committed.")
    return dict(slug="hoods-vague-date-revert-friday-be", pos=[po], msg=msg, exp=exp, locale="fr-BE",
                hard="vague date plus 'je reviens vers vous d'ici vendredi'")


@case
def c053():
    s = sup("PUNTALETI", "Puntali Ticino SA", "vendite@puntaliticino.example", "it-CH")
    po = PO("4500031483", s, [
        L(1, "EP-CF-78", "Cello endpin, carbon, 7/8, 8 mm", 40, "EA", "31.00", "2027-01-14"),
    ])
    text = ("Buongiorno signora Reuter,\n\nil puntale EP-CF-78 da 8 mm non è al momento disponibile. "
            "Potremmo proporre la versione da 10 mm (EP-CF-78X) a CHF 33.50, pronta per il 14 gennaio. "
            "Le andrebbe bene? Attendo un suo cenno prima di procedere.\n\n"
            "Cordiali saluti\nLuca Bernasconi\nPuntali Ticino SA, Via Cantonale 5, 6900 Lugano\n")
    msg = mail(po, "Luca Bernasconi <l.bernasconi@puntaliticino.example>", "R: PO 4500031483 - request for order confirmation",
               "Tue, 24 Nov 2026 09:48:22 +0100", text, charset="iso-8859-1", cte="quoted-printable",
               mid="<000c01dd5d31$8e9fa0b1$c2d3e4f5$@puntaliticino.example>")
    exp = other("needs_review", "Ordered item not available now; an alternative with another code, size and currency is offered and the supplier waits for our approval. Neither a confirmation nor a clear rejection.")
    return dict(slug="endpin-alternative-offered-ch", pos=[po], msg=msg, exp=exp, locale="it-CH",
                hard="alternative offered in CHF pending approval, original line neither confirmed nor clearly declined")


@case
def c054():
    s = sup("LIONGATE", "Lion Gate Balloon Parts Pte Ltd", "sales@liongate-balloon.example", "en-SG")
    po_a = PO("4500031487", s, [
        L(1, "BR-COIL-SS", "Burner coil, stainless, single", 4, "EA", "690.00", "2027-01-20"),
    ], issued="2026-11-04", currency="USD", buyer="jb")
    po_b = PO("4500031494", s, [
        L(1, "BR-BLAST-V", "Blast valve assembly", 6, "EA", "245.00", "2027-02-10"),
        L(2, "BR-GASKET", "Burner gasket kit", 12, "SET", "18.00", "2027-02-10"),
    ], issued="2026-11-13", currency="USD", buyer="jb")
    text = "Hi Jessica, confirmed, thanks. Will arrange accordingly.\n\nRegards\nWei Ling\n\nSent from my Galaxy\n"
    msg = mail(None, "Tan Wei Ling <weiling.tan@liongate-balloon.example>", "Re: order",
               "Tue, 24 Nov 2026 19:07:55 +0800", text, to="Jessica Baines <j.baines@corvalis-trading.example>",
               mid="<0b1c2d3e-4f5a-6b7c-8d9e-liongate.5521@liongate-balloon.example>")
    exp = other("needs_review", "'Confirmed, thanks' without a PO number, quote or threading while two POs are open with this supplier; cannot tell which order is confirmed.")
    return dict(slug="burner-ambiguous-which-po-sg", pos=[po_a, po_b], msg=msg, exp=exp, locale="en-SG",
                hard="bare 'confirmed' that cannot be matched to one of two open POs")


@case
def c055():
    s = sup("KVARCS", "SIA Kvarcs Baltija", "pardosana@kvarcs.example", "lv-LV")
    po = PO("4500031498", s, [
        L(1, "QC-30-TR", "Quartz crucible 30 ml, transparent", 500, "EA", "9.20", "2026-12-16"),
    ])
    text = ("Labdien, Katrin!\n\nApstiprinām pasūtījumu 4500031498: 500 tīģeļi, cena 9,20 EUR, piegāde 16.12.2026.\n\n"
            "Pozīcija | Daudzums | Cena | Piegāde\n1 QC-30-TR | 450 gab. | 9,20 EUR | 08.01.2027\n\n"
            "Ar cieņu,\nJānis Bērziņš\nSIA Kvarcs Baltija, Rīga\n")
    msg = mail(po, "Jānis Bērziņš <janis.berzins@kvarcs.example>", "RE: PO 4500031498 - request for order confirmation",
               "Wed, 25 Nov 2026 11:30:40 +0200", text, charset="iso-8859-13", cte="quoted-printable",
               mid="<20261125093040.7A1C5E@kvarcs.example>")
    exp = other("needs_review", "The sentence confirms 500 pcs on 16.12.2026 but the table in the same mail says 450 pcs on 08.01.2027; contradictory.")
    return dict(slug="crucibles-sentence-vs-table-lv", pos=[po], msg=msg, exp=exp, locale="lv-LV",
                hard="contradiction inside the body between prose and a small table")


@case
def c056():
    s = sup("TAHT", "Taht ja Tuli OÜ", "myyk@tahtjatuli.example", "et-EE")
    po = PO("4500031503", s, [
        L(1, "CW-WOOD-12", "Wooden wick, crackling, 12.7 mm", 2000, "EA", "0.16", "2027-01-11"),
        L(2, "CW-WOOD-CL", "Wooden wick clip, metal", 2000, "EA", "0.05", "2027-01-11"),
    ])
    text = ("Tere Katrin,\n\naitäh tellimuse 4500031503 eest. Kogused ja hinnad sobivad, kaup tuleb jaanuari jooksul, "
            "täpse kuupäeva ütleme, kui puit on kuivatist väljas.\n\nParimat\nKadri Tamm\nTaht ja Tuli OÜ, Tartu\n")
    msg = mail(po, "Kadri Tamm <kadri@tahtjatuli.example>", "Re: PO 4500031503 - request for order confirmation",
               "Wed, 25 Nov 2026 15:45:12 +0200", text, charset="iso-8859-15", cte="quoted-printable",
               mid="<a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d@tahtjatuli.example>")
    exp = other("needs_review", "Quantities and prices fine but delivery only 'sometime in January' with the exact date still to come; a buyer could not record a committed date.")
    return dict(slug="wooden-wicks-during-january-ee", pos=[po], msg=msg, exp=exp, locale="et-EE",
                hard="vague month-long delivery window with the date explicitly pending")


@case
def c057():
    s = sup("PINOYMALLET", "Mindanao Percussion Trading Corp.", "sales@mindanaopercussion.example", "tl-PH")
    po = PO("4500031507", s, [
        L(1, "XM-NR-HRD", "Xylophone mallet, narra wood head, hard", 150, "PR", "4.20", "2027-01-25"),
        L(2, "XM-NR-MED", "Xylophone mallet, narra wood head, medium", 150, "PR", "4.20", "2027-01-25"),
    ], currency="USD", buyer="mo")
    text = ("Hi Sir Marco,\n\nGood day po! Regarding PO 4500031507, kaya po namin ang qty at delivery date, pero tumaas po ang presyo ng narra. "
            "Pwede po ba ang USD 4.60 per pair para sa dalawang items? Pag ok po sa inyo, i-confirm na namin agad.\n\n"
            "Salamat po,\nMaria Cristina Reyes\nMindanao Percussion Trading Corp., Davao City\n")
    msg = mail(po, "Maria Cristina Reyes <mc.reyes@mindanaopercussion.example>", "RE: PO 4500031507 - request for order confirmation",
               "Thu, 26 Nov 2026 10:05:48 +0800", text,
               mid="<CAM5vQ2nHt8kRx3pWz0sY1bL@mail.gmail.example>")
    exp = other("needs_review", "Taglish reply asking whether we accept USD 4.60 instead of 4.20 and promising to confirm afterwards; a price proposal, not a commitment.")
    return dict(slug="mallets-price-proposal-question-ph", pos=[po], msg=msg, exp=exp, locale="tl-PH",
                hard="Taglish; new price proposed as a question, confirmation conditional on our approval")
