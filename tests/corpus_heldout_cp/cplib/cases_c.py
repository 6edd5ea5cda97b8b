"""Cases 037-054."""
import html as H

from . import common as C
from . import mime, pdf, xlsx
from .common import ACC, REJ, UNC, L, PO, S, answer, case, chg, sched
from .kit import bnd, gmail_body, inline_quote, mid, outlook_body


# ---------------------------------------------------------------- 037
@case(37, "th-buddhist-era-dates", "confirmation", "th-TH",
      "Thai in TIS-620 with Buddhist-era years (18/12/2569 = 2026-12-18, 8/1/2570 = 2027-01-08) under a one-line English greeting")
def c037():
    sup = S("SIAMROLLER", "Siam Roller Co., Ltd.", "sales@siamroller.example", "th-TH")
    po = PO(4500031350, sup, "dana", "THB", "2026-11-25", [
        L("CR-TH-60", "Conveyor roller D60 x 500 mm, PVC, 12 mm shaft", 400, "EA", "145.00", "2026-12-18"),
        L("CR-TH-76S", "Conveyor roller D76 x 700 mm, stainless steel 304", 80, "EA", "620.00", "2026-12-18")])
    reply = """Dear Khun Dana,

Please see our order confirmation below. Thank you ka.

เรียน คุณ Dana Ruiz

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031350 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. ลูกกลิ้ง PVC ขนาด 60 x 500 มม. (CR-TH-60) จำนวน 400 ตัว ราคาตัวละ 145.00 บาท กำหนดส่ง 18/12/2569
2. ลูกกลิ้งสแตนเลส 304 ขนาด 76 x 700 มม. (CR-TH-76S) จำนวน 80 ตัว ราคาตัวละ 620.00 บาท กำหนดส่ง 8/1/2570
   เนื่องจากรอวัตถุดิบท่อสแตนเลสจากผู้ผลิต

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สุภาพร ศรีสุข (Supaporn)
ฝ่ายขายต่างประเทศ บริษัท สยามโรลเลอร์ จำกัด
โทร 02-123-4567 ต่อ 12"""
    body = outlook_body(po, reply, lang="en-GB", tz=7, charset="tis-620", cte="quoted-printable", hlang="TH", seed="c037")
    hdr = C.reply_headers(po, ("Supaporn Srisuk", "supaporn@siamroller.example"), "2026-11-27 15:40:00 +0700",
                          mid("outlook", "c037"), client="outlook365", lang_tag="th-TH", ip="203.0.113.133",
                          host="mail-sgaapc01on2050.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(date="2027-01-08")})], \
        "Buddhist-era years: 2569 = 2026, 2570 = 2027. Line 1 as ordered; line 2 delivery 2027-01-08."


# ---------------------------------------------------------------- 038
@case(38, "il-hebrew-rtl-duct-later", "confirmation", "he-IL",
      "Hebrew (windows-1255, RTL HTML) with ₪ prices and dd/mm/yyyy; one line later, Hebrew Outlook quote header")
def c038():
    sup = S("GALILHOT", "Galil Hothouse Systems Ltd", "orders@galil-hothouse.example", "he-IL")
    po = PO(4500031355, sup, "jonas", "ILS", "2026-11-26", [
        L("GH-IL-DX30", "Diesel greenhouse heater 30 kW with thermostat", 6, "EA", "7450.00", "2027-01-04"),
        L("GH-IL-DUCT", "Perforated PE heating duct 60 cm x 50 m", 12, "EA", "690.00", "2027-01-04")])
    reply = """שלום Jonas,

תודה על הזמנה מס' 4500031355.
אנו מאשרים את ההזמנה כדלקמן:

1. מחמם סולר 30 קו"ט (GH-IL-DX30) – 6 יח', 7,450.00 ₪ ליח', אספקה 04/01/2027
2. שרוול חימום מחורר 60 ס"מ x 50 מ' (GH-IL-DUCT) – 12 יח', 690.00 ₪ ליח', אספקה 18/01/2027 (ממתינים למשלוח חומר גלם)

בברכה,
יעל כהן
מחלקת מכירות
גליל מערכות חממה בע"מ
טל' 04-690-0000"""
    t = C.local_request_dt(po, 2)
    sent = "יום חמישי 26 נובמבר 2026 %d:%02d" % (t.hour, t.minute)
    labels = ("מאת:", "נשלח:", "אל:", "נושא:")
    hreply = '<div dir="rtl">' + C.t2h(reply) + "</div>"
    body = outlook_body(po, reply, tz=2, charset="windows-1255", hlang="HE", seed="c038", labels=labels, sent=sent,
                        html_reply=hreply)
    hdr = C.reply_headers(po, ("יעל כהן", "yael@galil-hothouse.example"), "2026-11-30 11:02:36 +0200",
                          mid("outlook", "c038"), prefix="RE: ", name_charset="windows-1255", client="outlook365",
                          lang_tag="he-IL", ip="203.0.113.229", host="mail-he1eur02on2118.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(date="2027-01-18")})], \
        "Line 1 as ordered; line 2 delivery 18/01/2027 (waiting for raw material)."


# ---------------------------------------------------------------- 039
@case(39, "qmail-no-mailbox", "bounce", "ro-RO",
      "classic qmail 'failure notice' in plain text (no MIME report) with a copy of our request below the line")
def c039():
    sup = S("LUMBV", "Lumânări Artizanale Brașov SRL", "comenzi@lumanari-brasov.example", "ro-RO")
    po = PO(4500031360, sup, "dana", "RON", "2026-12-01", [
        L("CM-RO-PIL60", "Candle mould, pillar D60 x 120 mm, aluminium", 40, "EA", "54.00", "2027-01-15"),
        L("CM-RO-STAR", "Candle mould, star shape, polycarbonate", 25, "EA", "38.50", "2027-01-15")], sent="11:00:03")
    orig = C.request_message(po).decode("ascii").replace("\r\n", "\n")
    text = """Return-Path: <>
Received: from mail.lumanari-brasov.example (mail.lumanari-brasov.example [192.0.2.88])
	by mx1.tarnwell.example (Postfix) with SMTP id 4QnY0d3LbVz9sTq
	for <dana.ruiz@tarnwell.example>; Tue, 01 Dec 2026 11:00:19 +0000 (UTC)
Date: 1 Dec 2026 11:00:17 -0000
From: MAILER-DAEMON@mail.lumanari-brasov.example
To: dana.ruiz@tarnwell.example
Subject: failure notice
Message-ID: <20261201110017.28351.qmail@mail.lumanari-brasov.example>

Hi. This is the qmail-send program at mail.lumanari-brasov.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<comenzi@lumanari-brasov.example>:
Sorry, no mailbox here by that name. vpopmail (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <dana.ruiz@tarnwell.example>
Received: (qmail 28349 invoked from network); 1 Dec 2026 11:00:16 -0000
Received: from mx1.tarnwell.example (HELO mx1.tarnwell.example) (198.51.100.2)
  by mail.lumanari-brasov.example with ESMTPS; 1 Dec 2026 11:00:16 -0000
%s""" % orig
    return [po], mime.raw(text), None, \
        "qmail permanent failure (#5.1.1 no mailbox); the copy of our request holds all PO figures."


# ---------------------------------------------------------------- 040
@case(40, "ae-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic RTL body with Arabic-Indic digits (١٢٠, ٢١/١٢/٢٠٢٦, ٢٨٫٥٠) and an English signature; one line cut to available stock")
def c040():
    sup = S("GULFFIRE", "Gulf Fire Equipment Trading LLC", "sales@gulffire-eq.example", "ar-AE")
    po = PO(4500031365, sup, "priya", "AED", "2026-11-24", [
        L("FH-AE-65", "Fire hydrant landing valve cap 65 mm, brass, with chain", 150, "EA", "42.00", "2026-12-21"),
        L("FH-AE-BLK", "Fire hydrant blank cap 2.5in BS336, aluminium", 150, "EA", "28.50", "2026-12-21")])
    reply = """السيدة/ بريا ناتاراجان المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم ٤٥٠٠٠٣١٣٦٥، ونؤكد لكم التوريد كالتالي:

البند ١: غطاء صمام حريق ٦٥ مم نحاس مع سلسلة – الكمية ١٥٠ قطعة – السعر ٤٢٫٠٠ درهم للقطعة – التسليم ٢١/١٢/٢٠٢٦
البند ٢: غطاء أعمى ٢٫٥ بوصة ألمنيوم – الكمية ١٢٠ قطعة فقط (المتوفر في المخزون) – السعر ٢٨٫٥٠ درهم للقطعة – التسليم ٢١/١٢/٢٠٢٦، والكمية المتبقية (٣٠ قطعة) ملغاة.

وتفضلوا بقبول فائق الاحترام،

Mohammed Al Hashimi | محمد الهاشمي
Sales Coordinator
Gulf Fire Equipment Trading LLC
Al Qusais Industrial Area 2, Dubai, UAE
Tel: +971 4 267 0000"""
    t = C.local_request_dt(po, 4)
    attr = "On Tue, Nov 24, 2026 at %d:%02d PM Priya Natarajan <priya.natarajan@tarnwell.example> wrote:" % (t.hour - 12, t.minute)
    hr = '<div dir="rtl">' + "<br>".join(H.escape(l) for l in reply.split("\n")) + "</div>"
    body = gmail_body(po, reply, attr, seed="c040", cte="base64", html_reply=hr)
    hdr = C.reply_headers(po, ("محمد الهاشمي", "m.alhashimi@gulffire-eq.example"), "2026-11-25 10:31:18 +0400",
                          mid("gmail", "c040"), prefix="Re: ", client="gmail", ip="209.85.208.52",
                          host="mail-ed1-f52.google.example")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(quantity=120)})], \
        "Arabic-Indic digits; line 2 only 120 of 150 (rest cancelled) on 21/12/2026 at the PO price; line 1 as ordered."


# ---------------------------------------------------------------- 041
@case(41, "no-uke-weeks-tirsdag", "confirmation", "nb-NO",
      "Norwegian weeks: 'uke 3' (no year, -> 2027), 'uke 51' (= requested Friday) and 'tirsdag uke 51' (a named day)")
def c041():
    sup = S("FJELLKABEL", "Fjellkabel AS", "ordre@fjellkabel.example", "nb-NO")
    po = PO(4500031370, sup, "jonas", "NOK", "2026-11-26", [
        L("GC-GRIP-D40", "Detachable gondola grip for 40 mm haul rope", 24, "EA", "18900.00", "2027-01-15"),
        L("GC-SHV-450", "Gondola sheave liner 450 mm, polyurethane", 60, "EA", "1240.00", "2026-12-18"),
        L("GC-SPL-KIT", "Haul rope splice kit 40 mm", 2, "SET", "9600.00", "2026-12-18")])
    reply = """Hei Jonas,

Takk for bestillingen. Vi bekrefter ordre 4500031370 slik:

Pos 1 klemmer D40: 24 stk à kr 18 900,00 – levering uke 3 (klemmene må typegodkjennes først)
Pos 2 foringer 450 mm: 60 stk à kr 1 240,00 – levering uke 51
Pos 3 spleisesett 40 mm: 2 sett à kr 9 600,00 – levering tirsdag uke 51

Med vennlig hilsen
Ingrid Bakken
Ordrekontor
Fjellkabel AS | Industrivegen 22 | 2380 Brumunddal
Tlf. +47 62 34 00 00 | Org.nr. 912 345 678 MVA"""
    t = C.local_request_dt(po, 1)
    sent = "torsdag 26. november 2026 %02d:%02d" % (t.hour, t.minute)
    body = outlook_body(po, reply, tz=1, charset="windows-1252", hlang="NO-BOK", seed="c041",
                        labels=("Fra:", "Sendt:", "Til:", "Emne:"), sent=sent)
    hdr = C.reply_headers(po, ("Ingrid Bakken", "ingrid.bakken@fjellkabel.example"), "2026-12-02 08:55:20 +0100",
                          mid("outlook", "c041"), prefix="SV: ", client="outlook365", lang_tag="nb-NO",
                          ip="203.0.113.97", host="mail-hv0nor01on2104.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(date=C.kw(2027, 3)), 2: ACC, 3: chg(date=C.kw(2026, 51, 2))})], \
        "'uke 3' after a December mail = Friday 2027-01-22; 'uke 51' = Friday 2026-12-18 (as requested); 'tirsdag uke 51' = 2026-12-15."


# ---------------------------------------------------------------- 042
@case(42, "pt-confirm-after-planning", "needs_review", "pt-PT",
      "European Portuguese: receipt acknowledged, prices and dates only 'após a reunião de planeamento de 9 de dezembro'")
def c042():
    sup = S("ROLOSPORTO", "Rolos Gráficos do Porto, Lda.", "encomendas@rolosgraficos.example", "pt-PT")
    po = PO(4500031375, sup, "jonas", "EUR", "2026-11-27", [
        L("PR-PT-RB50", "Printing press rubber roller D50 x 720 mm, re-rubbering", 10, "EA", "138.00", "2026-12-22"),
        L("PR-PT-AN72", "Anilox roller re-engraving, 720 mm", 2, "EA", "1250.00", "2026-12-22")])
    reply = """Caro Jonas,

Acusamos a receção da vossa encomenda n.º 4500031375, que agradecemos.

Os preços e os prazos só poderão ser confirmados após a reunião de planeamento da produção de 9 de dezembro, uma vez que a regravação dos rolos anilox depende da disponibilidade do laser e o fornecedor de borracha ainda não nos enviou a tabela de 2027. Enviaremos a confirmação formal logo a seguir.

Com os melhores cumprimentos,

Rui Figueiredo
Departamento Comercial
Rolos Gráficos do Porto, Lda.
Rua da Indústria, 210 - 4470-000 Maia
Tel.: +351 229 000 000"""
    body = outlook_body(po, reply, lang="pt", tz=0, charset="iso-8859-1", hlang="PT", seed="c042")
    hdr = C.reply_headers(po, ("Rui Figueiredo", "rui.figueiredo@rolosgraficos.example"), "2026-11-30 16:48:02 +0000",
                          mid("outlook", "c042"), prefix="RE: ", client="outlook365", lang_tag="pt-PT",
                          ip="203.0.113.63", host="mail-am6eur05on2139.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), None, \
        "Only an acknowledgment of receipt; prices and dates promised after the 9 December planning meeting."


# ---------------------------------------------------------------- 043
@case(43, "za-descriptions-not-lines", "confirmation", "en-ZA",
      "South African reply naming products by size instead of line numbers, rand with decimal comma (R845,00), dates 2026/12/14")
def c043():
    sup = S("KAROOWIRE", "Karoo Wire & Fencing (Pty) Ltd", "orders@karoowire.example", "en-ZA")
    po = PO(4500031380, sup, "tom", "ZAR", "2026-11-24", [
        L("FS-ZA-40G", "Fence staple 40 mm, galvanised, 25 kg box", 80, "BOX", "689.00", "2026-12-14"),
        L("FS-ZA-50G", "Fence staple 50 mm, galvanised, 25 kg box", 40, "BOX", "712.00", "2026-12-14"),
        L("FS-ZA-30B", "Barbed fence staple 30 mm, 25 kg box", 20, "BOX", "798.00", "2026-12-14")])
    reply = """Morning Tom

Herewith confirmation of your order 4500031380:

50mm galv    - 40 boxes @ R712,00 - delivery 2026/12/14
40mm galv    - 80 boxes @ R689,00 - delivery 2026/12/14
30mm barbed  - 20 boxes @ R845,00 - delivery 2026/12/14 (new price list from 1 Dec, sorry)

Shout if anything is unclear.

Regards
Pieter van Wyk
Karoo Wire & Fencing (Pty) Ltd
12 Smit Street, Worcester, 6850
Tel: 023 342 0000 | Reg. no. 2004/012345/07

Karoo Wire & Fencing's standard terms and conditions apply. This e-mail is subject to the disclaimer at www.karoowire.example/disclaimer."""
    body = outlook_body(po, reply, lang="en-GB", tz=2, charset="us-ascii", hlang="EN-ZA", seed="c043")
    hdr = C.reply_headers(po, ("Pieter van Wyk", "pieter@karoowire.example"), "2026-11-25 08:07:45 +0200",
                          mid("outlook", "c043"), client="outlook365", lang_tag="en-ZA", ip="203.0.113.241",
                          host="mail-jnaza01on2070.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: chg(unit_price="845.00")})], \
        "Lines matched by size, listed out of order; 30 mm barbed at R845,00 (decimal comma); dates are yyyy/mm/dd and as requested."


# ---------------------------------------------------------------- 044
@case(44, "ca-bilingual-ooo", "auto_reply", "fr-CA",
      "bilingual French/English out-of-office from Quebec with absence dates and a return date; Auto-Submitted header")
def c044():
    sup = S("GIRLAUR", "Girouettes Laurentides inc.", "m.tremblay@girouettes-laurentides.example", "fr-CA")
    po = PO(4500031385, sup, "tom", "CAD", "2026-12-03", [
        L("WV-QC-ARR", "Weather vane arrow, copper, 75 cm", 10, "EA", "189.00", "2027-01-15"),
        L("WV-QC-ROOST", "Weather vane rooster, copper, 50 cm", 4, "EA", "345.00", "2027-01-15")], sent="14:00:00")
    reply = """(English follows)

Bonjour,

Je suis absent du bureau du 3 au 11 décembre 2026 inclusivement et j'aurai un accès limité à mes courriels. Je répondrai à votre message dès mon retour, le lundi 14 décembre.

Pour toute urgence, veuillez communiquer avec Nathalie Gagnon au 819 555-0142, poste 2.

---

Hello,

I am out of the office from December 3 to 11, 2026 inclusive with limited access to e-mail. I will reply to your message when I return on Monday, December 14.

For urgent matters, please contact Nathalie Gagnon at 819-555-0142 ext. 2.

Marc-André Tremblay
Girouettes Laurentides inc."""
    body = outlook_body(po, reply, quote=False, charset="utf-8", hlang="FR-CA", seed="c044")
    hdr = C.reply_headers(po, ("Marc-André Tremblay", "m.tremblay@girouettes-laurentides.example"),
                          "2026-12-03 09:00:05 -0500", mid("outlook-us", "c044"),
                          subject="Réponse automatique : " + C.request_subject(po), subj_charset="utf-8",
                          client="outlook365", lang_tag="fr-CA", ip="203.0.113.36",
                          host="mail-yt3can01on2101.outbound.protection.outlook.com",
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                 ("X-MS-Exchange-Inbox-Rules-Loop", "m.tremblay@girouettes-laurentides.example")])
    return [po], mime.build(hdr, body), None, \
        "Bilingual out-of-office (3-11 December, back 14 December); automatic, commits to nothing."


# ---------------------------------------------------------------- 045
@case(45, "ca-confirmed-packaging-question", "confirmation", "fr-CA",
      "Quebec French confirms all lines as ordered (ISO dates, '6,85 $'), then asks a packaging question with a stated default")
def c045():
    sup = S("BOREAL", "Lames Boréal inc.", "commandes@lamesboreal.example", "fr-CA")
    po = PO(4500031390, sup, "dana", "CAD", "2026-11-25", [
        L("HB-QC-JR-L", "Junior hockey stick blade, left, wood/ABS", 400, "EA", "6.85", "2026-12-18"),
        L("HB-QC-JR-R", "Junior hockey stick blade, right, wood/ABS", 400, "EA", "6.85", "2026-12-18"),
        L("HB-QC-GK", "Goalie replacement blade, foam core", 60, "EA", "14.20", "2026-12-18")])
    reply = """Bonjour Madame Ruiz,

Nous confirmons votre commande 4500031390 telle quelle : les trois lignes, aux quantités et aux prix indiqués (6,85 $, 6,85 $ et 14,20 $ l'unité), livraison le 2026-12-18.

Petite question : préférez-vous les lames emballées par paquets de 10 sous pellicule rétractable ou en vrac dans des boîtes de 100? Sans nouvelles de votre part, nous expédierons en boîtes de 100 comme d'habitude.

Merci et bonne journée!

Geneviève Côté
Service à la clientèle
Lames Boréal inc. | 455, rue de l'Industrie, Saint-Georges (Québec) G5Y 0A0
418 555-0177"""
    t = C.local_request_dt(po, -5)
    attr = "Le mer. 25 nov. 2026, à %d h %02d, Dana Ruiz <dana.ruiz@tarnwell.example> a écrit :" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c045")
    hdr = C.reply_headers(po, ("Geneviève Côté", "gcote@lamesboreal.example"), "2026-11-26 13:22:08 -0500",
                          mid("gmail", "c045"), prefix="Re: ", client="gmail", ip="209.85.219.47",
                          host="mail-qv1-f47.google.example")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: ACC})], \
        "Everything confirmed as ordered; the packaging question has a default and does not hold back the commitment."


# ---------------------------------------------------------------- 046
@case(46, "lt-strap-not-made", "confirmation", "lt-LT",
      "Lithuanian in windows-1257 ('312,00 EUR/pora', ISO dates); one line refused because it is no longer made")
def c046():
    sup = S("SPORTOIR", "UAB „Sporto įranga“", "uzsakymai@sporto-iranga.example", "lt-LT")
    po = PO(4500031395, sup, "tom", "EUR", "2026-11-26", [
        L("TNP-LT-AL80", "Tennis net post, aluminium 80 x 80 mm, pair", 6, "PR", "312.00", "2026-12-17"),
        L("TNP-LT-NET", "Tennis net, 3 mm braided PE, double top", 6, "EA", "88.00", "2026-12-17"),
        L("TNP-LT-CS", "Tennis net centre strap with ground anchor", 6, "EA", "19.50", "2026-12-17")])
    reply = """Laba diena,

Dėkojame už užsakymą Nr. 4500031395. Patvirtiname:

1. Teniso stovai, aliuminis 80 x 80 mm (pora) – 6 poros, 312,00 EUR/pora, pristatymas 2026-12-17.
2. Teniso tinklas, 3 mm PE – 6 vnt., 88,00 EUR/vnt., pristatymas 2026-12-17.
3. Centrinis diržas su inkaru – šio gaminio nebegaminame, todėl šios eilutės patvirtinti negalime.

Pagarbiai
Rasa Kazlauskienė
Pardavimų vadybininkė
UAB „Sporto įranga“ | Pramonės g. 15, LT-78137 Šiauliai
Tel. +370 41 500 000"""
    body = outlook_body(po, reply, lang="en-GB", tz=2, charset="windows-1257", hlang="LT", seed="c046",
                        labels=("Nuo:", "Išsiųsta:", "Kam:", "Tema:"),
                        sent="2026 m. lapkričio 26 d., ketvirtadienis %02d:%02d" % (C.local_request_dt(po, 2).hour, C.local_request_dt(po, 2).minute))
    hdr = C.reply_headers(po, ("Rasa Kazlauskienė", "rasa.k@sporto-iranga.example"), "2026-11-30 12:45:00 +0200",
                          mid("outlook", "c046"), prefix="RE: ", name_charset="windows-1257", name_enc="Q",
                          client="outlook365", lang_tag="lt-LT", ip="203.0.113.81",
                          host="mail-db3eur04on2117.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC, 3: REJ})], \
        "Lines 1-2 as ordered; line 3 refused (no longer made) -> rejected."


# ---------------------------------------------------------------- 047
@case(47, "gb-statement-of-account", "unrelated", "en-GB",
      "statement of account with invoice numbers, dates and overdue amounts from a supplier that has an open PO")
def c047():
    sup = S("PENNINECC", "Pennine Conveyor Components Ltd", "sales@penninecc.example", "en-GB")
    po = PO(4500031400, sup, "marta", "GBP", "2026-11-30", [
        L("CR-GB-63", "Conveyor roller D63.5 x 600 mm, 20 mm hex shaft", 150, "EA", "9.85", "2027-01-08"),
        L("CR-GB-TR", "Troughing idler frame, 3-roll, 650 mm belt", 20, "EA", "74.00", "2027-01-08")])
    txt = """Dear Customer,

Please find attached your statement of account as at 30/11/2026.

Account: TARN001 - Tarnwell Engineering Ltd

Date        Ref          Your ref      Debit       Credit     Balance
03/10/2026  INV 77121    4500029311    1,245.60               1,245.60
28/10/2026  INV 77388    4500030140      980.00               2,225.60
05/11/2026  CRN 1042     4500029311                  112.40   2,113.20
19/11/2026  INV 77702    4500030655    1,530.75               3,643.95

Overdue (terms 30 days end of month): GBP 1,133.20

We would be grateful if you could arrange payment of the overdue items at your earliest convenience. If payment has already been made, please accept our thanks and disregard this reminder.

Kind regards

Credit Control
Pennine Conveyor Components Ltd
Unit 9, Calder Park, Wakefield WF2 7AW | 01924 000 000
Registered in England No. 04123456 | VAT GB 123 4567 89"""
    rows = ["Account: TARN001   Tarnwell Engineering Ltd   Statement date: 30/11/2026", ""] + txt.split("\n")[6:12] + [
        "", "Overdue: GBP 1,133.20   Current: GBP 2,510.75   Total due: GBP 3,643.95"]
    data = pdf.text_pdf(rows, title="Statement TARN001", author="Pennine Conveyor Components Ltd",
                        producer="Sage 200", size=8, header=["Pennine Conveyor Components Ltd", "STATEMENT OF ACCOUNT"])
    body = mime.mixed([mime.plain(txt, "us-ascii", "7bit"), mime.attachment(data, "application/pdf", "Statement_TARN001_20261130.pdf")],
                      bnd("other", "c047"))
    hdr = [("Return-Path", "<creditcontrol@penninecc.example>"),
           C.received("mail.penninecc.example", "198.51.100.31", "accounts@tarnwell.example", "2026-12-01 06:15:12 +0000", seed="c047"),
           ("From", mime.addr("Pennine Conveyor Components - Credit Control", "creditcontrol@penninecc.example")),
           ("To", "accounts@tarnwell.example"), ("Cc", mime.addr("Marta Kowalczyk", "marta.kowalczyk@tarnwell.example")),
           ("Subject", "Statement of account TARN001 - November 2026"),
           ("Date", C.rfcdate("2026-12-01 06:15:12 +0000")),
           ("Message-ID", mid("plain", "c047", "penninecc.example")), ("X-Mailer", "Sage 200 Mailer")]
    return [po], mime.build(hdr, body), None, \
        "Statement of account/payment reminder for older invoices; not an answer to the open PO."


# ---------------------------------------------------------------- 048
@case(48, "vn-gmail-dong-dots", "confirmation", "vi-VN",
      "Vietnamese Gmail reply; đồng amounts with dot thousands ('13.200 đ'), dd/mm/yyyy; one price raised")
def c048():
    sup = S("KHUONNEN", "Công ty TNHH Khuôn Nến Việt", "sales@khuonnenviet.example", "vi-VN")
    po = PO(4500031405, sup, "dana", "VND", "2026-11-25", [
        L("CM-VN-TEA", "Tealight candle mould tray, 24-cavity, aluminium", 100, "EA", "285000", "2026-12-21"),
        L("CM-VN-WCT", "Candle wick centering tool, plastic", 500, "EA", "12500", "2026-12-21")])
    reply = """Kính gửi chị Dana,

Cảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500031405 như sau:

1. Khay khuôn nến tealight 24 lỗ, nhôm (CM-VN-TEA): 100 cái, đơn giá 285.000 đ/cái, giao ngày 21/12/2026.
2. Dụng cụ giữ tim nến (CM-VN-WCT): 500 cái, đơn giá 13.200 đ/cái (giá mới do nhựa tăng giá), giao ngày 21/12/2026.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh - Công ty TNHH Khuôn Nến Việt
KCN Sóng Thần, Dĩ An, Bình Dương
ĐT: +84 274 3700 000"""
    t = C.local_request_dt(po, 7)
    attr = "Vào Th 4, 25 thg 11, 2026 vào lúc %d:%02d Dana Ruiz <dana.ruiz@tarnwell.example> đã viết:" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c048")
    hdr = C.reply_headers(po, ("Nguyễn Thị Lan", "lan.nguyen@khuonnenviet.example"), "2026-11-26 09:15:44 +0700",
                          mid("gmail", "c048"), prefix="Re: ", client="gmail", ip="209.85.216.44",
                          host="mail-pj1-f44.google.example")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(unit_price="13200")})], \
        "Line 2 at 13.200 VND (dot = thousands separator); line 1 as ordered."


# ---------------------------------------------------------------- 049
@case(49, "ar-mediados-de-enero", "needs_review", "es-AR",
      "Rioplatense Spanish: 'más o menos para mediados de enero, depende de la aduana, no te lo puedo asegurar'")
def c049():
    sup = S("POSTESPLATA", "Postes Deportivos del Plata S.A.", "ventas@postesdelplata.example", "es-AR")
    po = PO(4500031410, sup, "tom", "ARS", "2026-11-27", [
        L("TNP-AR-GAL", "Tennis net post, galvanized steel D76, pair", 12, "PR", "385000.00", "2027-01-11"),
        L("TNP-AR-MAN", "Winder (manivela) for tennis net post", 12, "EA", "42000.00", "2027-01-11")])
    reply = """Hola Tom, ¿cómo andás?

Recibimos la orden, gracias. Te cuento que el caño galvanizado viene de importación y estamos esperando que liberen el despacho en la aduana. Calculo que estaríamos más o menos para mediados de enero, pero depende de la aduana, no te lo puedo asegurar todavía. Los precios por ahora se mantienen.

Apenas tenga fecha firme te aviso.

Abrazo,
Martín

--
Martín Ferreyra
Postes Deportivos del Plata S.A.
Av. Gral. Paz 10500, B1752 Lomas del Mirador, Buenos Aires
Tel. +54 11 4454-0000"""
    t = C.local_request_dt(po, -3)
    attr = "El vie, 27 nov 2026 a las %d:%02d, Tom Okafor (<tom.okafor@tarnwell.example>) escribió:" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c049")
    hdr = C.reply_headers(po, ("Martín Ferreyra", "mferreyra@postesdelplata.example"), "2026-11-30 11:42:27 -0300",
                          mid("gmail", "c049"), prefix="Re: ", client="gmail", ip="209.85.222.170",
                          host="mail-qk1-f170.google.example")
    return [po], mime.build(hdr, body), None, \
        "Vague estimate ('más o menos mediados de enero', 'no te lo puedo asegurar', prices 'por ahora'); no firm commitment yet."


# ---------------------------------------------------------------- 050
@case(50, "au-iphone-ok-thumbs", "confirmation", "en-AU",
      "iPhone reply consisting only of 'ok 👍' above the quoted request; emoji in UTF-8 quoted-printable")
def c050():
    sup = S("OUTBACKAP", "Outback Apiary Supplies Pty Ltd", "sales@outbackapiary.example", "en-AU")
    po = PO(4500031415, sup, "priya", "AUD", "2026-11-30", [
        L("BS-AU-SS", "Bee smoker, stainless steel, large, with heat guard", 50, "EA", "42.50", "2026-12-21"),
        L("BS-AU-FUEL", "Bee smoker fuel pellets, 1 kg bag", 100, "EA", "6.90", "2026-12-21")])
    t = C.local_request_dt(po, 11)
    attr = "On 30 Nov 2026, at %d:%02d pm, Priya Natarajan <priya.natarajan@tarnwell.example> wrote:" % (t.hour - 12, t.minute)
    reply = "ok 👍\n\nSent from my iPhone"
    text = reply + "\n\n" + C.q_prefix(po, attr) + "\n"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto"><div dir="ltr">ok 👍</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div>'
           '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
           '<div dir="ltr">%s</div></blockquote></div></body></html>') % (H.escape(attr), C.request_html(po))
    body = mime.alternative([mime.plain(text, "utf-8", "quoted-printable"), mime.html(htm, "utf-8", "quoted-printable")],
                            bnd("apple", "c050"))
    hdr = C.reply_headers(po, ("Shane Kelly", "shane@outbackapiary.example"), "2026-12-01 07:14:02 +1100",
                          mid("apple", "c050", "outbackapiary.example"), prefix="Re: ", client="iphone",
                          ip="203.0.113.77", host="mail.outbackapiary.example")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: ACC})], \
        "'ok 👍' in reply to the request accepts the PO as sent."


# ---------------------------------------------------------------- 051
@case(51, "gr-iso8859-7-copper-later", "confirmation", "el-GR",
      "Greek in ISO-8859-7 with '17,80 €' and dd/mm/yyyy; Greek Outlook quote header; one line a week later")
def c051():
    sup = S("PAPADOPOULOS", "Μελισσοκομικά Παπαδόπουλος Α.Ε.", "paraggelies@melissokomika-papadopoulos.example", "el-GR")
    po = PO(4500031420, sup, "priya", "EUR", "2026-11-24", [
        L("BS-GR-SS10", "Bee smoker, stainless steel, 10 cm", 60, "EA", "17.80", "2026-12-15"),
        L("BS-GR-CU", "Bee smoker, copper, 10 cm", 20, "EA", "34.50", "2026-12-15"),
        L("BS-GR-HT", "Hive tool, 25 cm, stainless steel", 100, "EA", "4.20", "2026-12-15")])
    reply = """Αγαπητή κα Natarajan,

Σας ευχαριστούμε για την παραγγελία σας αρ. 4500031420. Επιβεβαιώνουμε:

1. Καπνιστήρι ανοξείδωτο 10 εκ.: 60 τεμ. x 17,80 € - παράδοση 15/12/2026
2. Καπνιστήρι χάλκινο 10 εκ.: 20 τεμ. x 34,50 € - παράδοση 22/12/2026
3. Ξέστρο κυψέλης 25 εκ.: 100 τεμ. x 4,20 € - παράδοση 15/12/2026

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Μελισσοκομικά Παπαδόπουλος Α.Ε. | 3ο χλμ. Λάρισας - Αγιάς, 41500 Λάρισα
Τηλ. 2410 500 000"""
    t = C.local_request_dt(po, 2)
    sent = "Τρίτη, 24 Νοεμβρίου 2026 %d:%02d π.μ." % (t.hour, t.minute)
    body = outlook_body(po, reply, tz=2, charset="iso-8859-7", hlang="EL", seed="c051",
                        labels=("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"), sent=sent)
    hdr = C.reply_headers(po, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@melissokomika-papadopoulos.example"),
                          "2026-11-25 12:20:31 +0200", mid("outlook", "c051"), prefix="ΑΠ: ", subj_charset="iso-8859-7",
                          name_charset="iso-8859-7", client="outlook365", lang_tag="el-GR", ip="203.0.113.118",
                          host="mail-vi1eur06on2122.outbound.protection.outlook.com")
    return [po], mime.build(hdr, body), [answer(po, {1: ACC, 2: chg(date="2026-12-22"), 3: ACC})], \
        "Line 2 delivered 22/12/2026; lines 1 and 3 as ordered."


# ---------------------------------------------------------------- 052
@case(52, "exim-delay-24h", "bounce", "hr-HR",
      "Exim 'Warning: message delayed 24 hours' (Action: delayed, 4.x) from our own relay, with the request headers")
def c052():
    sup = S("MOSTOLEG", "Mostogradnja Ležajevi d.o.o.", "prodaja@mostoleg.example", "hr-HR")
    po = PO(4500031425, sup, "tom", "EUR", "2026-11-30", [
        L("BB-HR-ELA300", "Elastomeric bridge bearing 300 x 400 x 52 mm", 24, "EA", "980.00", "2027-01-22"),
        L("BB-HR-GUIDE", "Guided sliding bridge bearing 1500 kN", 4, "EA", "4350.00", "2027-01-22")], sent="07:50:00")
    hdrs = C.request_message(po).decode("ascii").split("\r\n\r\n", 1)[0].replace("\r\n", "\n")
    b = "1796111534-eximdsn-1804289383"
    text = """Return-Path: <>
Received: from Debian-exim by mail.tarnwell.example with local (Exim 4.96)
	id 1wHCKa-0005Tz-9L
	for tom.okafor@tarnwell.example; Tue, 01 Dec 2026 07:52:14 +0000
X-Failed-Recipients: prodaja@mostoleg.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.tarnwell.example>
To: tom.okafor@tarnwell.example
References: %(rid)s
Content-Type: multipart/report; report-type=delivery-status; boundary=%(b)s
MIME-Version: 1.0
Subject: Warning: message 1wGq8M-0003Xk-2B delayed 24 hours
Message-Id: <E1wHCKa-0005Tz-9L@mail.tarnwell.example>
Date: Tue, 01 Dec 2026 07:52:14 +0000

--%(b)s
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.tarnwell.example.

The message identifier is:     1wGq8M-0003Xk-2B
The subject of the message is: %(subj)s
The date of the message is:    Mon, 30 Nov 2026 07:50:00 +0000

The address to which the message has not yet been delivered is:

  prodaja@mostoleg.example
    host mx.mostoleg.example [192.0.2.23]
    Delay reason: SMTP error from remote mail server after pipelined RCPT TO:<prodaja@mostoleg.example>:
    451 4.3.0 <prodaja@mostoleg.example>: Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--%(b)s
Content-type: message/delivery-status

Reporting-MTA: dns; mail.tarnwell.example

Action: delayed
Final-Recipient: rfc822;prodaja@mostoleg.example
Status: 4.0.0
Remote-MTA: dns; mx.mostoleg.example
Diagnostic-Code: smtp; 451 4.3.0 <prodaja@mostoleg.example>: Temporary lookup failure
Will-Retry-Until: Mon, 07 Dec 2026 07:50:00 +0000

--%(b)s
Content-type: text/rfc822-headers

%(hdrs)s

--%(b)s--
""" % {"b": b, "rid": po["request_message_id"], "subj": C.request_subject(po), "hdrs": hdrs}
    return [po], mime.raw(text), None, \
        "Exim delay warning DSN (Action: delayed) for our request; nothing from the supplier."


# ---------------------------------------------------------------- 053
@case(53, "be-three-pos-one-pending", "confirmation", "nl-BE",
      "Flemish reply covering three POs: two answered (one with a later date for both lines), the third only 'we bekijken het nog'")
def c053():
    sup = S("VERMEULEN", "Carrousel Ateliers Vermeulen BV", "orders@vermeulen-carrousel.example", "nl-BE")
    a = PO(4500031430, sup, "tom", "EUR", "2026-11-16", [
        L("CH-BE-HW-OUT", "Carousel horse, carved lime wood, outer row", 2, "EA", "4850.00", "2027-01-22"),
        L("CH-BE-HW-IN", "Carousel horse, carved lime wood, inner row", 4, "EA", "3650.00", "2027-01-22")])
    b = PO(4500031431, sup, "tom", "EUR", "2026-11-16", [
        L("CH-BE-REST", "Carousel horse restoration (strip, fill, repaint)", 6, "EA", "1350.00", "2027-01-29"),
        L("CH-BE-GOLD", "Gold leaf gilding of mane and harness", 6, "EA", "420.00", "2027-01-29")], sent="09:40:00")
    c = PO(4500031446, sup, "tom", "EUR", "2026-11-30", [
        L("CH-BE-POLE", "Brass-cased carousel pole, 2.6 m", 6, "EA", "585.00", "2027-01-15"),
        L("CH-BE-CRANK", "Crank bracket for carousel pole", 6, "EA", "145.00", "2027-01-15")])
    reply = """Beste Tom,

Hierbij onze bevestiging van uw bestellingen:

Bestelling 4500031430 (nieuwe paarden):
  - 2 buitenpaarden à € 4.850,00 en 4 binnenpaarden à € 3.650,00, levering 22/01/2027. In orde.

Bestelling 4500031431 (restauratie):
  - restauratie 6 paarden à € 1.350,00: akkoord, maar levering pas op 12/02/2027 (de lak moet in de winter langer drogen);
  - bladgoud: 6 x € 420,00, eveneens op 12/02/2027.

Bestelling 4500031446 (palen en krukken) bekijken we nog met onze gieterij, daarover hoort u volgende week van ons.

Met vriendelijke groeten,

Ann Vermeulen
Carrousel Ateliers Vermeulen BV
Kermisstraat 8, 9160 Lokeren
T +32 9 348 00 00 | BTW BE 0456.789.123"""
    body = outlook_body(a, reply, lang="nl", tz=1, charset="windows-1252", hlang="NL-BE", seed="c053")
    hdr = C.reply_headers(a, ("Ann Vermeulen", "ann@vermeulen-carrousel.example"), "2026-12-02 15:20:45 +0100",
                          mid("outlook", "c053"), prefix="RE: ", client="outlook365", lang_tag="nl-BE",
                          ip="203.0.113.103", host="mail-am0eur02on2133.outbound.protection.outlook.com")
    return [a, b, c], mime.build(hdr, body), [
        answer(a, {1: ACC, 2: ACC}),
        answer(b, {1: chg(date="2027-02-12"), 2: chg(date="2027-02-12")})], \
        "PO 4500031430 as ordered; PO 4500031431 both lines 12/02/2027; PO 4500031446 only mentioned ('bekijken we nog') so it is left out."


# ---------------------------------------------------------------- 054
@case(54, "id-teak-paddles-bertahap", "confirmation", "id-ID",
      "Indonesian: 'Rp 485.000,-' prices and staged delivery ('pengiriman bertahap') 40 + 20 pcs on '11 Januari 2027' / '25 Januari 2027'")
def c054():
    sup = S("KINCIRNUS", "PT Kincir Air Nusantara", "penjualan@kincirnusantara.example", "id-ID")
    po = PO(4500031450, sup, "dana", "IDR", "2026-11-25", [
        L("WW-ID-TEAK", "Water wheel paddle, teak, 1000 x 250 x 40 mm", 60, "EA", "485000", "2027-01-11"),
        L("WW-ID-HUB", "Water wheel hub flange, cast iron", 4, "EA", "3250000", "2027-01-11")])
    reply = """Yth. Ibu Dana Ruiz,

Dengan hormat,

Terima kasih atas PO No. 4500031450. Bersama ini kami konfirmasikan:

1. Bilah kincir kayu jati 1000 x 250 x 40 mm: 60 pcs @ Rp 485.000,-
   Pengiriman bertahap: 40 pcs tgl. 11 Januari 2027, sisa 20 pcs tgl. 25 Januari 2027 (kayu masih dalam proses pengeringan).
2. Flensa hub besi cor: 4 pcs @ Rp 3.250.000,-, pengiriman tgl. 11 Januari 2027.

Harga belum termasuk PPN.

Hormat kami,

Budi Santoso
Marketing
PT Kincir Air Nusantara
Jl. Raya Industri No. 45, Jepara, Jawa Tengah 59418
Telp. (0291) 590000 / HP 0812-2900-0000"""
    t = C.local_request_dt(po, 7)
    attr = "Pada tanggal Rab, 25 Nov 2026 pukul %d.%02d Dana Ruiz <dana.ruiz@tarnwell.example> menulis:" % (t.hour, t.minute)
    body = gmail_body(po, reply, attr, seed="c054")
    hdr = C.reply_headers(po, ("Budi Santoso", "budi.santoso@kincirnusantara.example"), "2026-11-27 10:03:51 +0700",
                          mid("gmail", "c054"), prefix="Re: ", client="gmail", ip="209.85.210.171",
                          host="mail-pf1-f171.google.example")
    return [po], mime.build(hdr, body), [answer(po, {
        1: chg(schedule=sched((40, "2027-01-11"), (20, "2027-01-25")), date="2027-01-25"), 2: ACC})], \
        "Line 1 in two deliveries: 40 on 2027-01-11 and 20 on 2027-01-25; 'Rp 485.000,-' is the PO price; line 2 as ordered."
