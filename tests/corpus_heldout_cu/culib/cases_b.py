"""Cases B: confirmations from Central/Northern/Southern Europe, the Americas, Africa and Asia."""

from html import escape

from . import common as C
from . import mime as M
from .common import ACC, REJ, UNC, L, PO, Case, dt, sup, tz, conf, expect_conf
from .pdf import PdfDoc, table

NB = "\u00a0"


def finish(key, slug, kind, locale, hard, pos, body, headers, expected):
    return Case(key, slug, kind, locale, hard, pos, M.serialize(M.build(body, headers)), expected)


# --------------------------------------------------------------------------- B01
def b01():
    s = sup("KDHORAK", "Keramické desky Horák s.r.o.", "obchod@kd-horak.example", "cs-CZ")
    po = PO("4500021668", s, "dana", "CZK", "2026-11-23", [
        L(1, "KS-SIC-600-12", "Kiln shelf, silicon carbide, 600x500x12 mm", 30, "PCS", "2450.00", "2026-12-15"),
        L(2, "KS-SIC-450-10", "Kiln shelf, silicon carbide, 450x450x10 mm", 20, "PCS", "1690.00", "2026-12-15"),
        L(3, "KS-WASH", "Kiln wash, alumina-kaolin, powder", 25, "KG", "118.00", "2026-12-15"),
    ], sent="2026-11-23 14:10")
    text = f"""Dobrý den, paní Ruizová,

děkujeme za objednávku č. 4500021668, potvrzujeme:

pol. 1 – 30 ks po 2{NB}450,00 Kč, dodání 15. 12. 2026
pol. 2 – 20 ks, cena 1{NB}740,00 Kč/ks (nový ceník SiC desek od 1. 11.), dodání 15. 12. 2026
pol. 3 – separační nátěr dodáváme jen v kbelících po 5 kg, tj. 5 kbelíků = 25 kg, cena 590,00 Kč/kbelík, dodání spolu s deskami

Ceny jsou uvedeny bez DPH.

S pozdravem

Petra Horáková
obchodní oddělení
Keramické desky Horák s.r.o.
Průmyslová 1182, 463 11 Liberec 30
tel.: +420 485 555 120
"""
    body = M.outlook_reply("b01", text, po, charset="windows-1250", labels=("Od:", "Odesláno:", "Komu:", "Předmět:"),
                           sent="pondělí 23. listopadu 2026 14:10", lang="CS")
    hs = M.reply_headers(po, M.addr("Petra Horáková", "horakova@kd-horak.example", "windows-1250"), dt("2026-11-25 09:12"),
                         M.id_outlook("b01"), "RE: " + po.subject, extra=M.outlook_extra("b01", po.subject, "cs-CZ"))
    exp = expect_conf("Czech (windows-1250): feminine surname form 'paní Ruizová'; spaced dates '15. 12. 2026'; no-break "
                      "space thousands; line 3 priced per 5 kg bucket (590 Kč = 118.00/KG, unchanged) and dated 'spolu s deskami'.",
                      conf(po, {1: ACC, 2: C.C(20, "1740.00", "2026-12-15"), 3: ACC}))
    return finish("b01", "cs-kiln-shelves-bucket-price", "confirmation", "cs-CZ",
                  "'15. 12. 2026' spaced dates, price per 5 kg bucket vs per KG, windows-1250", [po], body, hs, exp)


# --------------------------------------------------------------------------- B02
def b02():
    s = sup("PECSIMAZ", "Pécsi Mázgyártó Kft.", "rendeles@pecsimaz.example", "hu-HU")
    po = PO("4500021679", s, "dana", "HUF", "2026-11-20", [
        L(1, "PG-EOS-RED", "Eosin lustre glaze, red, liquid", 25, "KG", "18500", "2026-12-14"),
        L(2, "PG-MAT-WHT", "Matt white stoneware glaze, powder", 100, "KG", "4200", "2026-12-14"),
        L(3, "PG-MAJ-BLU", "Majolica glaze, cobalt blue, powder", 50, "KG", "6900", "2027-01-11"),
    ], sent="2026-11-20 10:31")
    text = f"""Tisztelt Ruiz Dana!

Köszönjük megrendelését (4500021679), az alábbiak szerint visszaigazoljuk:

1. tétel: 25 kg eozinmáz, 18{NB}500 Ft/kg, szállítás 2026. 12. 14.
2. tétel: a 100 kg matt fehér mázból most csak 80 kg-ot tudunk szállítani 2026. 12. 14-én, a maradék 20 kg 2027. január 8-án megy.
3. tétel: rendben, a megrendelés szerint.

Az árak az áfát nem tartalmazzák.

Üdvözlettel:
Kovács Eszter
értékesítés
Pécsi Mázgyártó Kft.
7630 Pécs, Zsolnay Vilmos út 41.
Tel.: +36 72 555 314
"""
    t = text + "\n2026. 11. 20. 10:31 keltezéssel, Dana Ruiz írta:\n" + M.gt_quote(C.request_text(po))
    body = M.text_part(t, "plain", "ISO-8859-2", "quoted-printable", flowed=True, quote_charset=False)
    hs = M.reply_headers(po, M.addr("Kovács Eszter", "kovacs.eszter@pecsimaz.example", "iso-8859-2"), dt("2026-11-24 13:05"),
                         M.id_uuid("b02", "pecsimaz.example"), "Re: " + po.subject,
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "hu")])
    exp = expect_conf("Hungarian (ISO-8859-2): family-name-first address, year-first dates '2026. 12. 14.' and "
                      "'2027. január 8-án' with case suffixes; line 2 split 80 kg + 20 kg; 'rendben' accepts line 3.",
                      conf(po, {1: ACC, 2: C.C(100, "4200", "2027-01-08", [(80, "2026-12-14"), (20, "2027-01-08")]), 3: ACC}))
    return finish("b02", "hu-pottery-glazes-split-suffix-dates", "confirmation", "hu-HU",
                  "year-first Hungarian dates with suffixes ('14-én', 'január 8-án'), split quantity", [po], body, hs, exp)


# --------------------------------------------------------------------------- B03
def b03():
    s = sup("VKBB", "Västkustens Båtbeslag AB", "order@vkbatbeslag.example", "sv-SE")
    po = PO("4500021683", s, "mats", "SEK", "2026-11-25", [
        L(1, "YWH-LOCK-10", "Winch handle 10 in, lock-in, aluminium", 40, "EA", "489.00", "2026-12-18"),
        L(2, "YWH-SPD-8", "Winch handle 8 in, speed grip", 25, "EA", "612.00", "2026-12-18"),
        L(3, "YWH-HOLD", "Winch handle holder, UV-resistant", 60, "EA", "129.00", "2026-12-18"),
    ], sent="2026-11-25 08:50")
    text = """Hej Mats!

Tack för ordern. Rad 1 och 3 levereras v. 51 enligt önskemål, priser enligt order.

Rad 2: restnoterad hos tillverkaren - bekräftad leverans v. 3 2027, pris oförändrat 612,00 kr/st.

Ha det gott!
Johan

Johan Ekström
Innesälj
Västkustens Båtbeslag AB
Hamnvägen 12, 451 50 Uddevalla
Tel 0522-55 31 20
"""
    body = M.outlook_reply("b03", text, po, charset="iso-8859-1", labels=("Från:", "Skickat:", "Till:", "Ämne:"),
                           sent="den 25 november 2026 08:50", lang="SV")
    hs = M.reply_headers(po, M.addr("Johan Ekström", "johan.ekstrom@vkbatbeslag.example", "iso-8859-1"), dt("2026-11-26 15:30"),
                         M.id_outlook("b03"), "SV: " + po.subject, extra=M.outlook_extra("b03", po.subject, "sv-SE"))
    exp = expect_conf("Swedish week notation: 'v. 51' = Friday 2026-12-18 (= requested) and 'v. 3 2027' = Friday 2027-01-22; "
                      "'SV:' subject prefix; price repeated unchanged.",
                      conf(po, {1: ACC, 2: C.C(25, "612.00", "2027-01-22"), 3: ACC}))
    return finish("b03", "sv-winch-handles-vecka", "confirmation", "sv-SE",
                  "Swedish week numbers 'v. 51' / 'v. 3 2027', 'SV:' prefix", [po], body, hs, exp)


# --------------------------------------------------------------------------- B04
def b04():
    s = sup("LARVSTEIN", "Larvik Steinverktøy AS", "ordre@larvik-steinverktoy.example", "nb-NO")
    po = PO("4500021701", s, "peter", "NOK", "2026-12-01", [
        L(1, "QW-PF-18", "Plug and feathers set, 18 mm", 100, "SET", "165.00", "2026-12-16"),
        L(2, "QW-FW-150", "Quarry wedge, forged steel, 150 mm", 200, "PCS", "79.00", "2026-12-16"),
    ], sent="2026-12-01 10:15")
    text = """Hei Peter,

Takk for bestillingen, men vi må dessverre avslå hele ordre 4500021701. Vi avviklet egen produksjon av kiler og fjærer i høst, og restlageret er solgt. Vi kan derfor ikke levere noen av linjene.

Vi anbefaler å kontakte Nordisk Bergverktøy i Drammen - de overtok verktøyprogrammet vårt.

Beklager ulempen.

Med vennlig hilsen
Kari Halvorsen
Kundeservice
Larvik Steinverktøy AS
Tlf. +47 33 55 12 80
"""
    body = M.outlook_reply("b04", text, po, charset="iso-8859-1", labels=("Fra:", "Sendt:", "Til:", "Emne:"),
                           sent="tirsdag 1. desember 2026 10:15", lang="NO-BOK")
    hs = M.reply_headers(po, M.addr("Kari Halvorsen", "kari@larvik-steinverktoy.example"), dt("2026-12-02 11:40"),
                         M.id_outlook("b04"), "SV: " + po.subject, extra=M.outlook_extra("b04", po.subject, "nb-NO"))
    exp = expect_conf("Whole order declined in prose (production discontinued); a rejection is an answer, so both lines "
                      "are 'rejected'. Recommends another supplier.",
                      conf(po, {1: REJ, 2: REJ}))
    return finish("b04", "nb-quarry-wedges-whole-order-declined", "confirmation", "nb-NO",
                  "whole order rejected in prose, no line numbers", [po], body, hs, exp)


# --------------------------------------------------------------------------- B05
def b05():
    s = sup("FREDORG", "Frederiksen Orgelpiber ApS", "salg@frederiksen-orgelpiber.example", "da-DK")
    po = PO("4500021712", s, "sofia", "DKK", "2026-11-26", [
        L(1, "OP-TRP8-RES", "Organ pipes, Trompet 8', resonators, 56 pipes", 1, "SET", "38500.00", "2027-01-20"),
        L(2, "OP-FOOT-REP", "Pipe foot, repair, tin-lead, assorted", 24, "PCS", "640.00", "2027-01-20"),
    ], sent="2026-11-26 13:02")
    text = """Kære Sofia

Tak for ordren. Vi bekræfter hermed:

Pos. 1: Trompet 8' - 1 sæt à 38.500,00 kr., levering uge 3 (vi kan ikke nå onsdag den 20., men fredag samme uge).
Pos. 2: 24 stk. à 640,00 kr., levering 20.1.2027 som ønsket.

Alle priser er ekskl. moms. Ordretotal: 53.860,00 kr.

Venlig hilsen

Lars Kjær Nielsen
Frederiksen Orgelpiber ApS
Værkstedvej 7, 8600 Silkeborg
Tlf. +45 86 55 21 40
"""
    body = M.outlook_reply("b05", text, po, charset="iso-8859-1", labels=("Fra:", "Sendt:", "Til:", "Emne:"),
                           sent="26. november 2026 13:02", lang="DA")
    hs = M.reply_headers(po, M.addr("Lars Kjær Nielsen", "lkn@frederiksen-orgelpiber.example", "iso-8859-1"),
                         dt("2026-11-30 10:44"), M.id_outlook("b05"), "SV: " + po.subject,
                         extra=M.outlook_extra("b05", po.subject, "da-DK"))
    exp = expect_conf("Danish 'uge 3' with the day named in prose ('fredag samme uge') = 2027-01-22; '20.1.2027' "
                      "without leading zero; thousands dot '38.500,00'; order total is not a unit price.",
                      conf(po, {1: C.C(1, "38500.00", "2027-01-22"), 2: ACC}))
    return finish("b05", "da-organ-pipes-uge-fredag", "confirmation", "da-DK",
                  "'uge 3 ... fredag samme uge', '20.1.2027', order total next to unit prices", [po], body, hs, exp)


# --------------------------------------------------------------------------- B06
def b06():
    s = sup("BURSAIGNE", "Bursa Endüstriyel İğne San. ve Tic. A.Ş.", "satis@bursaigne.example", "tr-TR")
    po = PO("4500021725", s, "aylin", "TRY", "2026-11-25", [
        L(1, "ISN-135X17-110", "Industrial needle 135x17, Nm 110/18", 10000, "PCS", "4.85", "2026-12-10"),
        L(2, "ISN-134-90", "Industrial needle 134 (DPx5), Nm 90/14", 20000, "PCS", "3.90", "2026-12-10"),
    ], sent="2026-11-25 09:10")
    text = """Merhaba Aylin Hanım,

4500021725 numaralı siparişinizi onaylıyoruz:

1. kalem: 10.000 adet, birim fiyat 4,85 TL, teslim 10.12.2026.
2. kalem: stokta 12.000 adet mevcut; 12.000 adet 10.12.2026'da, kalan 8.000 adet 24.12.2026'da teslim edilecektir. Birim fiyat 3,90 TL.

Fiyatlarımıza KDV dahil değildir.

Saygılarımla,

Elif Yıldız
Satış Temsilcisi
Bursa Endüstriyel İğne San. ve Tic. A.Ş.
Nilüfer Organize Sanayi Bölgesi, 16140 Nilüfer/Bursa
Tel: +90 224 555 41 20
"""
    body = M.outlook_reply("b06", text, po, charset="windows-1254", labels=("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
                           sent="25 Kasım 2026 Çarşamba 11:10", lang="TR")
    hs = M.reply_headers(po, M.addr("Elif Yıldız", "elif.yildiz@bursaigne.example", "windows-1254"), dt("2026-11-26 16:22", tz(3)),
                         M.id_outlook("b06"), "YNT: " + po.subject, extra=M.outlook_extra("b06", po.subject, "tr-TR"))
    exp = expect_conf("Turkish (windows-1254): dates glued to case suffixes ('10.12.2026'da'), dot thousands '12.000'; "
                      "line 2 split 12,000 + 8,000.",
                      conf(po, {1: ACC, 2: C.C(20000, "3.90", "2026-12-24", [(12000, "2026-12-10"), (8000, "2026-12-24")])}))
    return finish("b06", "tr-sewing-needles-split-suffix", "confirmation", "tr-TR",
                  "dates with Turkish suffixes (\"'da\"), '12.000' thousands, split delivery, 'YNT:'", [po], body, hs, exp)


# --------------------------------------------------------------------------- B07
def b07():
    s = sup("PIRMARINE", "Piraeus Marine Hardware S.A.", "sales@piraeus-marine.example", "el-GR")
    po = PO("4500021731", s, "peter", "EUR", "2026-11-26", [
        L(1, "MCL-GALV-250", "Mooring cleat, hot-dip galvanised, 250 mm", 50, "EA", "24.60", "2026-12-17"),
        L(2, "MCL-GALV-300", "Mooring cleat, hot-dip galvanised, 300 mm", 30, "EA", "31.80", "2026-12-17"),
        L(3, "MCL-BOLT-M12", "Bolt kit M12 for mooring cleats, A4 stainless", 80, "SET", "6.40", "2026-12-17"),
    ], sent="2026-11-26 10:05")
    text = """Καλημέρα κε Hollis,

Σας επιβεβαιώνουμε την παραγγελία 4500021731 ως εξής:

Α/Α 1: 50 τεμ. x 24,60 €, παράδοση 17/12/2026.
Α/Α 2: 30 τεμ. x 33,10 € (νέα τιμή λόγω αύξησης του κόστους γαλβανίσματος), παράδοση 22/12/2026.
Α/Α 3: Τα κιτ βιδών Μ12 δεν τα διαθέτουμε πλέον, οπότε η γραμμή αυτή ακυρώνεται.

Οι τιμές δεν περιλαμβάνουν ΦΠΑ.

Με εκτίμηση,

Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Piraeus Marine Hardware S.A.
Ακτή Μιαούλη 45, 185 36 Πειραιάς
Τηλ. 210 555 4120
"""
    body = M.outlook_reply("b07", text, po, charset="iso-8859-7", cte="base64", labels=("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"),
                           sent="Πέμπτη, 26 Νοεμβρίου 2026 11:05 πμ", lang="EL")
    hs = M.reply_headers(po, M.addr("Νίκος Παπαδόπουλος", "n.papadopoulos@piraeus-marine.example", "iso-8859-7"),
                         dt("2026-11-27 12:30", tz(2)), M.id_outlook("b07"), M.hdr("ΑΠ: " + po.subject, "iso-8859-7"),
                         extra=M.outlook_extra("b07", po.subject, "el-GR"))
    exp = expect_conf("Greek (ISO-8859-7, base64): lines numbered 'Α/Α'; Greek capital 'Μ12' looks like Latin; line 2 new "
                      "price and later date; line 3 cancelled (no longer stocked) = rejected.",
                      conf(po, {1: ACC, 2: C.C(30, "33.10", "2026-12-22"), 3: REJ}))
    return finish("b07", "el-mooring-cleats-line-cancelled", "confirmation", "el-GR",
                  "Greek ISO-8859-7, 'Α/Α' line labels, one line cancelled, 'ΑΠ:' prefix", [po], body, hs, exp)


# --------------------------------------------------------------------------- B08
def b08():
    s = sup("BROCASP", "Brocas Odontológicas Paulista Ltda.", "vendas@brocaspaulista.example", "pt-BR")
    po = PO("4500021744", s, "dana", "BRL", "2026-11-25", [
        L(1, "DB-FG-1012", "Diamond bur FG 1012, round, medium", 500, "PCS", "3.20", "2026-12-14"),
        L(2, "DB-FG-2200", "Diamond bur FG 2200, cylinder, medium", 500, "PCS", "3.20", "2026-12-14"),
        L(3, "DB-FG-3118F", "Diamond bur FG 3118F, flame, fine", 300, "PCS", "3.75", "2026-12-14"),
    ], sent="2026-11-25 10:15")
    text = """Olá Dana, boa tarde!

Segue a confirmação do pedido 4500021744:

Itens 1 e 2: ok, 500 pçs cada, R$ 3,20/pç, entrega 14/12.
Item 3: temos 150 pçs em estoque para 14/12; o restante (150 pçs) fica para 11/01/2027. Valor conforme pedido (R$ 3,75).

Qualquer dúvida estou à disposição.

Att.,
Fernanda Souza
Comercial Exportação
Brocas Odontológicas Paulista Ltda.
Rua dos Bandeirantes, 880 - Distrito Industrial - Ribeirão Preto/SP
Tel.: +55 16 3555-2140
"""
    attr = "Em qua., 25 de nov. de 2026 às 06:15, Dana Ruiz <%s> escreveu:" % po.buyer_email
    body = M.gmail_reply("b08", text, po, attr)
    hs = M.reply_headers(po, M.addr("Fernanda Souza", "fernanda.souza@brocaspaulista.example"), dt("2026-11-25 14:02", tz(-3)),
                         M.id_gmail("b08"), "Re: " + po.subject, host="mail-qt1-f178.google.com", ip="209.85.160.178")
    exp = expect_conf("Brazilian Portuguese Gmail reply; lines 1 and 2 answered together ('Itens 1 e 2: ok'); line 3 split "
                      "150 now / 150 on 11/01/2027 at the PO price.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(300, "3.75", "2027-01-11", [(150, "2026-12-14"), (150, "2027-01-11")])}))
    return finish("b08", "pt-br-dental-burs-split", "confirmation", "pt-BR",
                  "two lines answered jointly, split delivery, 'R$ 3,20/pç'", [po], body, hs, exp)


# --------------------------------------------------------------------------- B09
def b09():
    s = sup("LOSTILOS", "Talabartería Los Tilos S.R.L.", "ventas@lostilos.example", "es-AR")
    po = PO("4500021758", s, "sofia", "ARS", "2026-11-24", [
        L(1, "SST-GAU-BRZ", "Gaucho stirrups, cast bronze, engraved (pair)", 20, "PR", "38500.00", "2026-12-15"),
        L(2, "SST-GAU-ALP", "Gaucho stirrups, alpaca silver, traditional (pair)", 10, "PR", "36800.00", "2026-12-15"),
    ], sent="2026-11-24 11:40")
    text = """Sofia, confirmo todo ok para el 15/12. Los de alpaca (línea 2) suben a $ 41.200 el par por el tema del dólar, el resto igual.
Saludos
Martín

Enviado desde mi iPhone
"""
    attr = "El 24 nov 2026, a las 7:40, Sofia Marchetti <%s> escribió:" % po.buyer_email
    body = M.apple_reply("b09", text, po, attr)
    hs = M.reply_headers(po, M.addr("Martín Gauna", "martin.gauna@lostilos.example"), dt("2026-11-25 09:12", tz(-3)),
                         M.id_uuid("b09", "lostilos.example").upper().replace("@LOSTILOS.EXAMPLE", "@lostilos.example"),
                         "Re: " + po.subject, extra=M.apple_extra())
    exp = expect_conf("iPhone reply in one sentence; '$' is Argentine pesos (the PO currency), '41.200' uses a dot as "
                      "thousands separator = 41200.00 per pair; 'el resto igual' keeps line 1 as ordered.",
                      conf(po, {1: ACC, 2: C.C(10, "41200.00", "2026-12-15")}))
    return finish("b09", "es-ar-stirrups-iphone-peso", "confirmation", "es-AR",
                  "mobile one-liner, '$ 41.200' = ARS with dot thousands", [po], body, hs, exp)


# --------------------------------------------------------------------------- B10
def b10():
    s = sup("AGROFIJA", "Agrofijaciones del Maule SpA", "ventas@agrofijaciones.example", "es-CL")
    po = PO("4500021763", s, "aylin", "CLP", "2026-12-01", [
        L(1, "GFC-PC-32", "Greenhouse film clip for 32 mm tube, polycarbonate", 10000, "PCS", "95", "2026-12-21"),
        L(2, "GFC-PC-40", "Greenhouse film clip for 40 mm tube, polycarbonate", 5000, "PCS", "110", "2026-12-21"),
        L(3, "GFC-WL-PROF", "Wiggle-wire lock channel, galvanised", 4000, "M", "890", "2026-12-21"),
    ], sent="2026-12-01 10:20")
    text = """Estimada Aylin:

Junto con saludar, confirmamos la OC 4500021763:

- Ítems 1 y 2: según OC.
- Ítem 3: el perfil viene en tiras de 2 m; le despachamos 2.000 tiras (= 4.000 m) a $1.780 + IVA la tira.

Despacho el viernes 18 de diciembre; llega a su bodega el lunes 21.

Quedo atenta a cualquier consulta.

Saludos cordiales,

Camila Rojas Fuentes
Ejecutiva Comercial
Agrofijaciones del Maule SpA
Av. Circunvalación 1540, Talca
+56 71 255 5120
"""
    body = M.outlook_reply("b10", text, po, charset="iso-8859-1", labels=("De:", "Enviado el:", "Para:", "Asunto:"),
                           sent="martes, 1 de diciembre de 2026 6:20", lang="ES-CL")
    hs = M.reply_headers(po, M.addr("Camila Rojas Fuentes", "crojas@agrofijaciones.example"), dt("2026-12-01 11:48", tz(-3)),
                         M.id_outlook("b10", "namprd20.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("b10", po.subject, "es-CL"))
    exp = expect_conf("Everything is as ordered once converted: line 3 in 2 m strips (2.000 tiras = 4.000 m, $1.780 per "
                      "strip = 890 per M); ship Friday 18 Dec vs arrival Monday 21 (arrival = requested date). "
                      "CLP has no decimals; dot thousands.",
                      conf(po, {1: ACC, 2: ACC, 3: ACC}))
    return finish("b10", "es-cl-greenhouse-clips-strips-of-2m", "confirmation", "es-CL",
                  "unit conversion (strips of 2 m vs metres) that ends up unchanged, ship vs arrival date", [po], body, hs, exp)


# --------------------------------------------------------------------------- B11
def b11():
    s = sup("KAROOQT", "Karoo Quarry Tools (Pty) Ltd", "sales@karooquarrytools.example", "en-ZA")
    po = PO("4500021776", s, "peter", "ZAR", "2026-11-26", [
        L(1, "QW-FW-22", "Feather and wedge set, 22 mm", 400, "SET", "96.50", "2026-12-14"),
        L(2, "QW-FW-28", "Feather and wedge set, 28 mm", 250, "SET", "128.00", "2026-12-14"),
        L(3, "QW-SW-200", "Quarry wedge, solid steel, 200 mm", 150, "PCS", "185.00", "2026-12-21"),
    ], sent="2026-11-26 10:30")
    text = f"""Morning Peter,

Please see our confirmation below:

1) 400 sets @ R 96,50 - delivery 2026/12/14
2) 250 sets @ R 128,00 - delivery 2026/12/14
3) We can only do 100 pcs this year (delivery 2026/12/18). No further stock until March, so please cancel the balance of 50 on your side.

Order value excl. VAT: R 89{NB}100,00

Kind regards,
Thandi Mokoena
Sales Administrator
Karoo Quarry Tools (Pty) Ltd
12 Smelter Road, Vereeniging, 1930
Tel: +27 16 555 0190
"""
    body = M.outlook_reply("b11", text, po, charset="utf-8", sent="Thursday, 26 November 2026 11:30", lang="EN-ZA")
    hs = M.reply_headers(po, M.addr("Thandi Mokoena", "thandi@karooquarrytools.example"), dt("2026-11-27 08:05", tz(2)),
                         M.id_outlook("b11", "zafprd01.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("b11", po.subject, "en-ZA"))
    exp = expect_conf("South African style: year-first '2026/12/14', decimal comma 'R 96,50', space thousands; line 3 "
                      "partially confirmed (100 of 150, balance to be cancelled) = changed quantity 100.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(100, "185.00", "2026-12-18")}))
    return finish("b11", "en-za-quarry-wedges-partial-balance-cancelled", "confirmation", "en-ZA",
                  "yyyy/mm/dd dates, decimal comma in English, partial quantity with balance cancelled", [po], body, hs, exp)


# --------------------------------------------------------------------------- B12
def b12():
    s = sup("TUYAUXQC", "Tuyaux d'orgue Laurentides inc.", "ventes@tuyaux-laurentides.example", "fr-CA")
    po = PO("4500021789", s, "sofia", "CAD", "2026-11-30", [
        L(1, "OP-PRN4-ZN", "Organ pipes, Principal 4', zinc, 49 pipes", 1, "SET", "12400.00", "2027-01-12"),
        L(2, "OP-MIX-IV", "Organ pipes, Mixture IV ranks, tin-lead, 196 pipes", 1, "SET", "18900.00", "2027-01-12"),
        L(3, "OP-TUN-SLV", "Tuning slide, spotted metal, assorted diameters", 100, "PCS", "6.80", "2027-01-12"),
    ], sent="2026-11-30 14:55")
    text = f"""Bonjour Mme Marchetti,

Nous confirmons votre commande 4500021789 :

- Montre 4' (zinc) : tel que commandé, 12{NB}400,00{NB}$, livraison le 2027-01-12.
- Fourniture IV : nous devons refaire les calculs de diapason pour votre buffet; livraison impossible avant le 2027-02-15. Prix inchangé.
- Coulisses d'accord : 100 × 6,80{NB}$ = 680,00{NB}$, livraison le 2027-01-12.

TPS et TVQ en sus, le cas échéant.

Cordialement,

Geneviève Tremblay
Service à la clientèle
Tuyaux d'orgue Laurentides inc.
1250, rue Principale, Saint-Hyacinthe (Québec)  J2S 5P4
450 555-1870
"""
    body = M.outlook_reply("b12", text, po, charset="Windows-1252", labels=("De :", "Envoyé :", "À :", "Objet :"),
                           sent="30 novembre 2026 08:55", lang="FR-CA")
    hs = M.reply_headers(po, M.addr("Geneviève Tremblay", "gtremblay@tuyaux-laurentides.example", "iso-8859-1"),
                         dt("2026-12-01 10:12", tz(-5)), M.id_outlook("b12", "cannprd01.prod.outlook.com"),
                         "RE : " + po.subject, extra=M.outlook_extra("b12", po.subject, "fr-CA"))
    exp = expect_conf("Quebec French: ISO dates in prose, '12 400,00 $' (dollar sign after, comma decimal); lines named by "
                      "organ-builder terms (Montre = Principal, Fourniture = Mixture) instead of numbers; line 2 "
                      "'impossible avant le 2027-02-15' is the committed date.",
                      conf(po, {1: ACC, 2: C.C(1, "18900.00", "2027-02-15"), 3: ACC}))
    return finish("b12", "fr-ca-organ-pipes-stop-names", "confirmation", "fr-CA",
                  "lines identified by French organ stop names, not numbers; '12 400,00 $'", [po], body, hs, exp)


# --------------------------------------------------------------------------- B13
def b13():
    s = sup("SPAAKVM", "Spaakfabriek Vermeulen NV", "orders@spaakvermeulen.example", "nl-BE")
    po_a = PO("4500021794", s, "dana", "EUR", "2026-11-25", [
        L(1, "SPK-RACE-BK", "Spoke, Race 2.0/1.8/2.0, black, 260 mm", 1000, "PCS", "0.42", "2026-12-16"),
        L(2, "SPK-LASER-BK", "Spoke, Laser 2.0/1.5/2.0, black, 260 mm", 1000, "PCS", "0.68", "2026-12-16"),
    ], sent="2026-11-25 15:10")
    po_b = PO("4500021802", s, "dana", "EUR", "2026-11-27", [
        L(1, "SPK-RACE-SL", "Spoke, Race 2.0/1.8/2.0, silver, 262 mm", 2000, "PCS", "0.40", "2026-12-16"),
        L(2, "NIP-BRS-12", "Spoke nipple, brass, 12 mm, silver", 2000, "PCS", "0.06", "2026-12-16"),
    ], sent="2026-11-27 10:05")
    text = """Goedemiddag Dana,

Bestelling 4500021802 is in orde: 2.000 spaken Race zilver à € 0,40 en 2.000 nippels à € 0,06, levering woensdag 16/12.

Met vriendelijke groeten,
Wim Peeters
Customer Service
Spaakfabriek Vermeulen NV | Industriepark Noord 14 | 2800 Mechelen | België
T +32 15 55 20 41 | BTW BE 0412.555.118
"""
    body = M.outlook_reply("b13", text, po_b, charset="Windows-1252", labels=("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
                           sent="vrijdag 27 november 2026 10:05", lang="NL-BE")
    hs = M.reply_headers(po_b, M.addr("Wim Peeters", "wim.peeters@spaakvermeulen.example"), dt("2026-11-30 15:50"),
                         M.id_outlook("b13"), "RE: " + po_b.subject, extra=M.outlook_extra("b13", po_b.subject, "nl-BE"))
    exp = expect_conf("Two open POs from the same supplier with near-identical spokes; the reply answers only PO "
                      "4500021802 (silver Race + nipples), so the black-spoke PO 4500021794 is left out.",
                      conf(po_b, {1: ACC, 2: ACC}))
    return finish("b13", "nl-be-spokes-two-open-pos", "confirmation", "nl-BE",
                  "two open POs with similar items, reply answers one in a single sentence", [po_a, po_b], body, hs, exp)


# --------------------------------------------------------------------------- B14
def b14():
    s = sup("KIWIHIVE", "Kiwi Hiveware Ltd", "orders@kiwihiveware.example", "en-NZ")
    po = PO("4500021811", s, "dana", "NZD", "2026-11-24", [
        L(1, "BKF-LS-FD", "Langstroth full-depth frame, wired, assembled", 1000, "PCS", "2.35", "2026-12-10"),
        L(2, "BKF-LS-3Q", "Langstroth 3/4-depth frame, wired, assembled", 800, "PCS", "2.15", "2026-12-10"),
        L(3, "BKF-PLA-FD", "Plastic foundation, full depth, beeswax coated", 1000, "PCS", "1.60", "2026-12-10"),
    ], sent="2026-11-24 09:30")
    text = """All good Dana - confirmed as per PO. Airfreight out on the 3rd, with you by the 10th.

Cheers
Hemi

Sent from my iPhone
"""
    attr = "On 24/11/2026, at 9:30 PM, Dana Ruiz <%s> wrote:" % po.buyer_email
    body = M.apple_reply("b14", text, po, attr)
    hs = M.reply_headers(po, M.addr("Hemi Walker", "hemi@kiwihiveware.example"), dt("2026-11-25 07:12", tz(13)),
                         M.id_uuid("b14", "kiwihiveware.example").upper().replace("@KIWIHIVEWARE.EXAMPLE", "@kiwihiveware.example"),
                         "Re: " + po.subject, extra=M.apple_extra())
    exp = expect_conf("Mobile one-liner 'confirmed as per PO'; day-only dates ('the 3rd' ship, 'the 10th' arrival = "
                      "requested 2026-12-10); every figure in the mail besides those sits in the quoted request.",
                      conf(po, {1: ACC, 2: ACC, 3: ACC}))
    return finish("b14", "en-nz-beehive-frames-iphone-one-liner", "confirmation", "en-NZ",
                  "iPhone one-liner, day-only dates ('the 10th'), all lines implied", [po], body, hs, exp)


# --------------------------------------------------------------------------- B15
def b15():
    s = sup("KTGGREN", "Kronen- und Tubenfabrik Grenchen AG", "verkauf@ktg-grenchen.example", "de-CH")
    po = PO("4500021827", s, "mats", "CHF", "2026-11-23", [
        L(1, "WCR-18K-RG-60", "Watch crown, 18k red gold, dia. 6.0 mm, screw-down", 50, "PCS", "1180.00", "2027-01-15"),
        L(2, "WCR-SS-PVD-55", "Watch crown, stainless steel, black PVD, dia. 5.5 mm", 400, "PCS", "38.50", "2026-12-18"),
        L(3, "WCR-TUBE-SS", "Crown tube, stainless steel, for 5.5 mm crown", 450, "PCS", "6.20", "2026-12-18"),
    ], sent="2026-11-23 13:45")
    text = """Grüezi Herr Lindqvist

Besten Dank für Ihre Bestellung.

Pos. 1: Der Goldpreis ist seit Ihrer Anfrage stark gestiegen. Wir bestätigen 50 Stk. zu CHF 1'265.00 / Stk., Liefertermin 15.01.2027.
Pos. 2 und 3: bestätigt wie bestellt, Lieferung KW 51.

Freundliche Grüsse

Urs Zimmermann
Verkauf Innendienst
Kronen- und Tubenfabrik Grenchen AG
Solothurnstrasse 55, 2540 Grenchen
Tel. +41 32 555 14 20
"""
    body = M.outlook_reply("b15", text, po, charset="iso-8859-1", labels=("Von:", "Gesendet:", "An:", "Betreff:"),
                           sent=C.de_outlook_sent(po.sent), lang="DE-CH")
    hs = M.reply_headers(po, M.addr("Zimmermann Urs", "u.zimmermann@ktg-grenchen.example"), dt("2026-11-24 16:10"),
                         M.id_outlook("b15"), "AW: " + po.subject, extra=M.outlook_extra("b15", po.subject, "de-CH"))
    exp = expect_conf("Swiss German: apostrophe thousands with decimal point (CHF 1'265.00), 'ss' for 'ß'; 'KW 51' = "
                      "Friday 2026-12-18 = requested for lines 2 and 3.",
                      conf(po, {1: C.C(50, "1265.00", "2027-01-15"), 2: ACC, 3: ACC}))
    return finish("b15", "de-ch-watch-crowns-apostrophe-thousands", "confirmation", "de-CH",
                  "CHF 1'265.00 apostrophe grouping, 'KW 51', lines 2 and 3 answered together", [po], body, hs, exp)


# --------------------------------------------------------------------------- B16
def b16():
    s = sup("CORDARPE", "Cordaria Arpe Piemontesi S.r.l.", "ordini@cordaria-arpe.example", "it-IT")
    po = PO("4500021835", s, "sofia", "EUR", "2026-11-27", [
        L(1, "HS-GUT-1OCT", "Harp strings, gut, 1st octave, set of 7", 10, "SET", "84.00", "2026-12-14"),
        L(2, "HS-GUT-2OCT", "Harp strings, gut, 2nd octave, set of 7", 10, "SET", "96.00", "2026-12-14"),
        L(3, "HS-NYL-0OCT", "Harp string, nylon, 0 octave, single", 40, "PCS", "6.50", "2026-12-14"),
        L(4, "HS-WIR-6OCT", "Harp string, wire-wound bass, 6th octave, single", 20, "PCS", "28.00", "2026-12-14"),
        L(5, "HS-WIR-7OCT", "Harp string, wire-wound bass, 7th octave, single", 20, "PCS", "34.00", "2026-12-14"),
    ], sent="2026-11-27 10:02")
    text = """Buongiorno,

in allegato la nostra conferma d'ordine n. 26/1187 relativa al Vostro ordine 4500021835.

Distinti saluti

Ufficio Vendite
Cordaria Arpe Piemontesi S.r.l.
Via Cuneo 118 - 12037 Saluzzo (CN)
Tel. 0175 555 410
"""
    doc = PdfDoc(title="Conferma d'ordine 26/1187", author="Cordaria Arpe Piemontesi", creator="Gestionale Mago4",
                 producer="PDFsharp 1.50", created="20261201091200+01'00'")
    doc.text(50, 800, "CORDARIA ARPE PIEMONTESI S.r.l.", 14, True)
    doc.text(50, 786, "Via Cuneo 118 - 12037 Saluzzo (CN) - P.IVA 03555120041", 8)
    doc.lines(330, 750, ["Spett.le", "Corvan Industrial Sourcing GmbH", "Hafenstrasse 41", "21079 Hamburg (D)"], 10)
    doc.text(50, 690, "CONFERMA D'ORDINE N. 26/1187 del 01/12/2026", 12, True)
    doc.text(50, 674, "Vs. ordine n. 4500021835 del 27/11/2026 - Resa: DAP Amburgo - Pagamento: B.B. 30 gg d.f.", 9)
    cols = [50, 75, 160, 345, 380, 410, 470, 510]
    y = table(doc, cols, 650, ["Pos.", "Codice", "Descrizione", "Q.tà", "U.M.", "Prezzo €", "Importo €", "Consegna"], [
        ["1", "HS-GUT-1OCT", "Corde budello 1ª ottava (set 7)", "10", "SET", "84,00", "840,00", "14/12/2026"],
        ["2", "HS-GUT-2OCT", "Corde budello 2ª ottava (set 7)", "10", "SET", "96,00", "960,00", "14/12/2026"],
        ["3", "HS-NYL-0OCT", "Corda nylon ottava 0", "40", "PZ", "6,50", "260,00", "14/12/2026"],
        ["4", "HS-WIR-6OCT", "Corda bassi rivestita 6ª ottava", "20", "PZ", "28,00", "560,00", "11/01/2027"],
        ["5", "HS-WIR-7OCT", "Corda bassi rivestita 7ª ottava", "--", "", "", "", ""],
        ["", "", "   ANNULLATA - articolo fuori produzione", "", "", "", "", ""],
    ], size=8, right_cols=(3, 5, 6))
    doc.lines(330, y - 10, ["Totale imponibile:  2.620,00 EUR", "IVA: non imponibile art. 41 D.L. 331/93"], 9)
    doc.lines(50, y - 50, ["Le date di consegna si intendono merce resa a destino.",
                           "Per accettazione si prega di restituire copia firmata."], 8)
    pdf = doc.build()
    att = M.attachment(pdf, "application/pdf", "Conferma_ordine_26-1187.pdf")
    t = text + "\nIl 27/11/2026 10:02, Sofia Marchetti ha scritto:\n" + M.gt_quote(C.request_text(po))
    body = M.multipart("mixed", [M.text_part(t, "plain", "UTF-8", "quoted-printable", flowed=True, quote_charset=False), att],
                       M.b_tb("b16"), preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("Ufficio Vendite Cordaria", "vendite@cordaria-arpe.example"), dt("2026-12-01 09:30"),
                         M.id_uuid("b16", "cordaria-arpe.example"), "Re: " + po.subject,
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it")])
    exp = expect_conf("Body only says 'see attachment'; the PDF order confirmation carries the answer: lines 1-3 as ordered, "
                      "line 4 delivery 11/01/2027, line 5 'ANNULLATA - fuori produzione' = rejected. Sender address differs "
                      "from the PO's supplier email (same domain).",
                      conf(po, {1: ACC, 2: ACC, 3: ACC, 4: C.C(20, "28.00", "2027-01-11"), 5: REJ}))
    return finish("b16", "it-harp-strings-pdf-conferma", "confirmation", "it-IT",
                  "answer only in attached PDF, one line cancelled inside the table", [po], body, hs, exp)


# --------------------------------------------------------------------------- B17
def b17():
    s = sup("KIMMAYSG", "Saigon Industrial Needle Co., Ltd.", "sales@kimmaysg.example", "vi-VN")
    po = PO("4500021849", s, "aylin", "VND", "2026-11-25", [
        L(1, "ISN-DBX1-75", "Industrial needle DBx1, Nm 75/11", 20000, "PCS", "2150", "2026-12-18"),
        L(2, "ISN-DCX27-90", "Overlock needle DCx27, Nm 90/14", 10000, "PCS", "2400", "2026-12-18"),
    ], sent="2026-11-25 09:40")
    text = """Kính gửi chị Aylin,

Công ty chúng tôi xin xác nhận đơn hàng số 4500021849 như sau:

- Mục 1: kim DBx1 Nm 75, số lượng 20.000 cái, đơn giá 2.150 đ/cái, giao ngày 18/12/2026.
- Mục 2: kim DCx27 Nm 90, số lượng 10.000 cái, đơn giá 2.400 đ/cái, giao ngày 08/01/2027 do hàng nhập về chậm.

Giá chưa bao gồm VAT.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh
Công ty TNHH Kim May Công Nghiệp Sài Gòn
Lô B12, KCN Tân Bình, TP. Hồ Chí Minh
ĐT: (028) 3555 4120
"""
    attr = "Vào Th 4, 25 thg 11, 2026 vào lúc 15:40 Aylin Demir <%s> đã viết:" % po.buyer_email
    body = M.gmail_reply("b17", text, po, attr, cte="base64")
    hs = M.reply_headers(po, M.addr("Nguyễn Thị Thu Hà", "thuha@kimmaysg.example"), dt("2026-11-26 09:20", tz(7)),
                         M.id_gmail("b17"), "Re: " + po.subject, host="mail-pg1-f180.google.com", ip="209.85.215.180")
    exp = expect_conf("Vietnamese (UTF-8, base64): dot is the thousands separator, so '2.150 đ' = 2150 VND, not 2.15; line 2 "
                      "same price, later date 08/01/2027 (day-first).",
                      conf(po, {1: ACC, 2: C.C(10000, "2400", "2027-01-08")}))
    return finish("b17", "vi-sewing-needles-dot-thousands", "confirmation", "vi-VN",
                  "'2.150 đ' dot thousands in VND, day-first '08/01/2027'", [po], body, hs, exp)


# --------------------------------------------------------------------------- B18
def b18():
    s = sup("HKDENTAL", "Hankook Dental Bur Co., Ltd.", "sales@hkdentalbur.example", "ko-KR")
    po = PO("4500021856", s, "mats", "KRW", "2026-11-27", [
        L(1, "DB-FG-SR12", "Diamond bur FG SR-12, round, medium, pack of 5", 200, "PK", "6500", "2026-12-18"),
        L(2, "DB-FG-TF21", "Diamond bur FG TF-21, taper flat, fine, pack of 5", 150, "PK", "6800", "2026-12-18"),
        L(3, "DB-CA-FG245", "Carbide bur FG 245, pear, pack of 10", 100, "PK", "12000", "2026-12-18"),
    ], sent="2026-11-27 09:20")
    text = """Mats Lindqvist 님께,

안녕하십니까, 한국덴탈버 해외영업팀 김민지입니다.
발주서 4500021856에 대해 아래와 같이 회신드립니다.

1. SR-12 (라운드, 미디엄): 200팩, 단가 6,500원, 납기 2026. 12. 18.
2. TF-21 (테이퍼 플랫, 파인): 150팩, 단가 6,800원, 납기 2026. 12. 18.
3. FG 245 카바이드 버: 원자재 수급 문제로 단가가 13,200원으로 인상되었으며, 납기는 2027년 1월 8일입니다. 수량은 발주대로 100팩입니다.

감사합니다.

김민지 드림
해외영업팀 | 한국덴탈버 주식회사
대구광역시 달서구 성서공단로 11길 25
Tel. +82-53-555-1234
"""
    body = M.outlook_reply("b18", text, po, charset="ks_c_5601-1987", cte="base64",
                           labels=("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"),
                           sent="2026년 11월 27일 금요일 오후 5:20", lang="KO")
    hs = M.reply_headers(po, M.addr("김민지", "mj.kim@hkdentalbur.example", "euc-kr"), dt("2026-11-30 10:05", tz(9)),
                         M.id_outlook("b18", "kornprd01.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("b18", po.subject, "ko-KR"))
    exp = expect_conf("Korean in Outlook's 'ks_c_5601-1987' label (EUC-KR/cp949 bytes, base64); dates '2026. 12. 18.' and "
                      "'2027년 1월 8일'; line 3 price rises to 13,200 KRW per pack with later date.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(100, "13200", "2027-01-08")}))
    return finish("b18", "ko-dental-burs-ks-c-5601", "confirmation", "ko-KR",
                  "charset label ks_c_5601-1987, Korean date formats, price per pack", [po], body, hs, exp)


CASES = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18]
