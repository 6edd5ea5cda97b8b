"""Cases 037-054."""
from .common import (case, sup, po, conf, all_acc, chg, exp_conf, exp_kind, reply, pdf_att, xlsx_att, std_headers,
                     buyer_addr, dsn_report, simple_mail, req_when, req_subject, req_text, mime, hexid, gmail_attr)
from .xlsx import make_xlsx
from email.utils import format_datetime
import datetime as dt


@case("blister-foil-hebrew-html-only", "confirmation/he-IL",
      "HTML-only right-to-left Hebrew mail (windows-1255, base64) confirming everything as requested, sent on a Sunday.")
def c037(slug):
    s = sup("ALUPHARM", "AlumiPharm Ltd", "orders@alumipharm.example", "he-IL")
    p = po("4500319207", s, "USD", "2026-11-06", [
        ("AP-LID-20", "Lidding foil 20 micron, child-resistant, 250 mm", 24, "ROL", "142.00", "2026-12-18"),
        ("AP-PVC-300", "PVC/PVdC film 300 micron/90 gsm, 250 mm", 16, "ROL", "211.00", "2026-12-18")], buyer="pn")
    body = ("שלום פריה,\n\nתודה על ההזמנה 4500319207. אנו מאשרים את ההזמנה במלואה: כמויות, מחירים ומועד אספקה "
            "18/12/2026 כפי שביקשתם.\n\nבברכה,\nנועה לוי\nמחלקת מכירות\nאלומיניום פארם בע\"מ\n"
            "רח' המלאכה 9, אזור התעשייה קיסריה\nטל': 04-6266-510\n")
    import html as h
    bh = "<div dir=\"rtl\" style=\"font-family:Arial\">" + "".join(
        "<p dir=\"rtl\">%s</p>" % h.escape(par).replace("\n", "<br>") for par in body.strip().split("\n\n")) + "</div>"
    eml = reply(slug, po_=p, frm=("נועה לוי", "noa.levi@alumipharm.example"), subject="RE: " + req_subject(p),
                when="2026-11-15 10:02:33 +0200", body=body, body_html=bh, html_only=True, lang="he",
                charset="windows-1255", cte="base64")
    return [p], eml, exp_conf([all_acc(p)], "HTML-only RTL Hebrew: 'מאשרים את ההזמנה במלואה' with 18/12/2026 = PO "
                              "date; all lines accepted.")


@case("paper-lanterns-shared-inbox-receipt", "auto_reply/fr-FR",
      "French shared-inbox automatic receipt ('Accusé de réception') with service hours and a 48 h promise, threaded on the request.")
def c038(slug):
    s = sup("LANTPROV", "Lanternes de Provence SARL", "commandes@lanternes-provence.example", "fr-FR")
    p = po("4500319215", s, "EUR", "2026-11-09", [
        ("LP-PAP-35", "Paper lantern 35 cm, pleated, ivory", 800, "PCS", "1.10", "2026-12-11"),
        ("LP-CBL-10", "Lantern cord set 10 m, 10 sockets E14", 50, "SET", "22.50", "2026-12-11")])
    body = ("Bonjour,\n\nNous accusons réception de votre message adressé au service Commandes. Il sera traité dans "
            "les meilleurs délais (sous 48 h ouvrées, du lundi au vendredi de 8 h 30 à 17 h 30).\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n\nLanternes de Provence – Service clients\n"
            "ZA des Paluds, 13400 Aubagne – 04 42 18 60 30\n")
    eml = reply(slug, po_=p, frm=("Lanternes de Provence - Commandes", "commandes@lanternes-provence.example"),
                subject="Accusé de réception : " + req_subject(p), when="2026-11-09 11:05:02 +0100", body=body,
                lang="fr", quote="none", html=False, charset="windows-1252", cte="quoted-printable",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [p], eml, exp_kind("auto_reply", "Automatic acknowledgment of receipt by the shared order inbox; '48 h' "
                              "and service hours are not delivery terms.")


@case("gelato-cabinets-arabic-english", "confirmation/ar-AE",
      "Arabic (windows-1256) per-line answer mixed with an English note; line 1 moved to 29/01/2027, line 2 as ordered.")
def c039(slug):
    s = sup("GULFCOLD", "Gulf Cold Display Trading LLC", "sales@gulfcolddisplay.example", "ar-AE")
    p = po("4500319226", s, "USD", "2026-11-02", [
        ("GCD-12P", "Gelato display cabinet, 12 pans, 1.5 m, R290", 4, "EA", "6750.00", "2027-01-15"),
        ("GCD-LED-24", "LED strip 24V for cabinet canopy, 1.4 m", 8, "PCS", "48.00", "2027-01-15")])
    body = ("السيدة مارين هولت المحترمة،\n\nتحية طيبة وبعد،\nنؤكد لكم استلام أمر الشراء رقم 4500319226 ونؤكد البنود كالتالي:\n"
            "- البند 1: عدد 4 ثلاجات عرض جيلاتو 12 حوض، السعر 6,750.00 دولار للوحدة، التسليم 29/01/2027\n"
            "- البند 2: عدد 8 شرائط LED 24V، السعر 48.00 دولار للقطعة، التسليم 15/01/2027\n\n"
            "Please note: line 1 delivery moved to 29 Jan 2027 due to compressor lead time.\n\n"
            "مع خالص التحية،\nأحمد الشامسي\nSales Manager | Gulf Cold Display Trading LLC\n"
            "P.O. Box 48213, Al Quoz Industrial Area 3, Dubai, UAE\nTel: +971 4 338 7720\n")
    eml = reply(slug, po_=p, frm=("Ahmed Al Shamsi", "ahmed.alshamsi@gulfcolddisplay.example"),
                subject="RE: " + req_subject(p), when="2026-11-12 13:27:50 +0400", body=body, lang="en",
                charset="windows-1256", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-29"), 2: "A"})],
                              "Arabic list plus English note agree: line 1 delivery 29/01/2027; line 2 15/01/2027 = "
                              "PO. P.O. Box 48213 is noise.")


@case("privacy-curtains-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era dates ('8 ม.ค. 2570' = 2027-01-08, '18 ธ.ค. 2569' = 2026-12-18).")
def c040(slug):
    s = sup("SIAMTEX", "Siam Textile Medical Co., Ltd.", "sales@siamtexmed.example", "th-TH")
    p = po("4500319238", s, "USD", "2026-11-04", [
        ("STM-PC-18", "Privacy curtain, antimicrobial, 1.8x2.1 m, mesh 50 cm", 200, "PCS", "38.40", "2026-12-18"),
        ("STM-PC-24", "Privacy curtain 2.4x2.1 m, antimicrobial, green", 80, "PCS", "47.20", "2026-12-18")])
    body = ("เรียน คุณ Maren Holt\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500319238 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้\n"
            "1. ม่านกั้นเตียง 1.8x2.1 ม. จำนวน 200 ผืน ราคา 38.40 USD ต่อผืน ส่งมอบวันที่ 8 ม.ค. 2570\n"
            "2. ม่านกั้นเตียง 2.4x2.1 ม. จำนวน 80 ผืน ราคา 47.20 USD ต่อผืน ส่งมอบวันที่ 18 ธ.ค. 2569\n\n"
            "ขอแสดงความนับถือ\nสุภาพร ศรีสุข\nฝ่ายขายต่างประเทศ\nบริษัท สยามเท็กซ์ไทล์ เมดิคอล จำกัด\n"
            "99/12 หมู่ 4 ถนนบางนา-ตราด กม. 23 สมุทรปราการ 10540\nโทร. 02-312-4567\n")
    eml = reply(slug, po_=p, frm=("Supaporn Srisuk", "supaporn@siamtexmed.example"), subject="RE: " + req_subject(p),
                when="2026-11-17 14:55:09 +0700", body=body, lang="en", charset="tis-620", cte="base64")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2027-01-08"), 2: "A"})],
                              "Buddhist era: 2570 = 2027, 2569 = 2026. Line 1 later (2027-01-08), line 2 = PO. "
                              "99/12 and กม. 23 in the address are noise.")


@case("tram-clips-qmail-bounce", "bounce/cs-CZ",
      "Plain-text qmail 'failure notice' (mailbox disabled) with the original request inline below the separator.")
def c041(slug):
    s = sup("KOLUP", "Kolejove Upevneni a.s.", "objednavky@kolejove-upevneni.example", "cs-CZ")
    p = po("4500319245", s, "EUR", "2026-11-20", [
        ("KU-SKL-12", "Rail clip SKL 12, for 49E1 rail", 3000, "PCS", "2.85", "2027-01-15"),
        ("KU-DWL-24", "Plastic dowel 24/150 for concrete sleeper", 3000, "PCS", "0.74", "2027-01-15")])
    w = req_when(p) + dt.timedelta(minutes=2, seconds=9)
    from .common import request_message
    orig = request_message(p).decode("ascii").replace("\r\n", "\n")
    body = ("Hi. This is the qmail-send program at mail.kolejove-upevneni.example.\nI'm afraid I wasn't able to "
            "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it "
            "didn't work out.\n\n<objednavky@kolejove-upevneni.example>:\nThis mailbox is disabled (#5.2.1)\n\n"
            "--- Below this line is a copy of the message.\n\nReturn-Path: <maren.holt@kestrelgroup.example>\n"
            "Received: (qmail 28841 invoked from network); %s\nReceived: from mx1.kestrelgroup.example "
            "(198.51.100.17)\n  by mail.kolejove-upevneni.example with SMTP; %s\n" % (
                format_datetime(w - dt.timedelta(minutes=2)), format_datetime(w - dt.timedelta(minutes=2))) + orig)
    hs = [("From", "MAILER-DAEMON@mail.kolejove-upevneni.example"), ("To", "maren.holt@kestrelgroup.example"),
          ("Subject", "failure notice"), ("Date", format_datetime(w)),
          ("Message-ID", "<%s.qmail@mail.kolejove-upevneni.example>" % hexid(slug, 12))]
    return [p], simple_mail(hs, mime.text(body, charset="us-ascii", cte="7bit")), exp_kind(
        "bounce", "qmail plain-text bounce; everything below 'Below this line' is our own request with its PO table.")


@case("drone-props-indonesian-split", "confirmation/id-ID",
      "Indonesian reply splits two lines into 1.500 + 1.500 pieces on 11/12/2026 and 8/1/2027; dot thousands separators and decimal commas.")
def c042(slug):
    s = sup("BALINGU", "PT Baling Udara Nusantara", "penjualan@balingudara.example", "id-ID")
    p = po("4500319253", s, "USD", "2026-11-03", [
        ("BU-1045-N", "Nylon propeller 10x4.5, glass filled, CW", 3000, "PCS", "0.62", "2026-12-11"),
        ("BU-1045-R", "Nylon propeller 10x4.5, glass filled, CCW", 3000, "PCS", "0.62", "2026-12-11"),
        ("BU-NUT-M6", "Prop nut M6, aluminium, red", 2000, "PCS", "0.18", "2026-12-11")])
    body = ("Dengan hormat Ibu Maren,\n\nTerima kasih atas PO 4500319253. Kami konfirmasi sebagai berikut:\n"
            "- Item 1 dan 2 (baling-baling 10x4.5 CW/CCW): masing-masing 3.000 pcs, harga USD 0,62/pcs. Pengiriman "
            "dibagi dua untuk masing-masing item: 1.500 pcs tiba tanggal 11/12/2026 dan 1.500 pcs tiba tanggal "
            "8/1/2027.\n- Item 3 (mur M6): 2.000 pcs, USD 0,18/pcs, tiba 11/12/2026.\n\nHormat kami,\n"
            "Dewi Sartika\nBagian Penjualan\nPT Baling Udara Nusantara\nJl. Raya Industri No. 45, Cikarang, "
            "Bekasi 17530\nTelp. +62 21 8983 4412\n")
    eml = reply(slug, po_=p, frm=("Dewi Sartika", "dewi.sartika@balingudara.example"),
                subject="Re: " + req_subject(p), when="2026-11-16 10:31:26 +0700", body=body, client="gmail",
                lang="id", charset="UTF-8", cte="quoted-printable")
    sch = [(1500, "2026-12-11"), (1500, "2027-01-08")]
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, sched=sch), 2: chg(p, 2, sched=sch), 3: "A"})],
                              "Lines 1 and 2 each split 1.500 + 1.500 (dot = thousands) on 11/12/2026 and 8/1/2027 "
                              "(day-first); line 3 as ordered.")


@case("paper-lanterns-malay-per-box", "confirmation/ms-MY",
      "Malay reply states line 1 in boxes of 12 with a per-box price that converts back exactly to the PO; line 2 arrives earlier.")
def c043(slug):
    s = sup("TANGWAR", "Tanglung Warisan Sdn Bhd", "jualan@tanglungwarisan.example", "ms-MY")
    p = po("4500319262", s, "USD", "2026-11-05", [
        ("TW-LAN-45", "Chinese New Year lantern 45 cm, red silk, gold tassel", 480, "PCS", "3.50", "2027-01-15"),
        ("TW-LAN-25", "Mini lantern 25 cm, red, 2027 zodiac print", 1200, "PCS", "1.25", "2027-01-15")])
    body = ("Salam sejahtera Puan Maren,\n\nTerima kasih atas PO 4500319262. Kami sahkan pesanan seperti berikut:\n"
            "1. Tanglung 45 cm: 40 kotak (12 biji sekotak), harga USD 42.00 sekotak, penghantaran 15/01/2027\n"
            "2. Tanglung mini 25 cm: 1,200 biji, harga USD 1.25 sebiji, penghantaran 08/01/2027 (lebih awal)\n\n"
            "Yang benar,\nNur Aisyah binti Hassan\nJabatan Jualan\nTanglung Warisan Sdn Bhd\n"
            "Lot 18, Jalan Perindustrian 3, 34600 Kamunting, Perak\nTel: +60 5 891 2233\n")
    eml = reply(slug, po_=p, frm=("Nur Aisyah Hassan", "aisyah@tanglungwarisan.example"),
                subject="RE: " + req_subject(p), when="2026-11-18 09:12:44 +0800", body=body, lang="en",
                charset="us-ascii", cte="7bit")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, d="2027-01-08")})],
                              "Line 1: 40 boxes x 12 = 480 pcs, USD 42.00/box = 3.50/pc = PO, so accepted; line 2 "
                              "earlier date 08/01/2027.")


@case("lacrosse-sticks-question-handedness", "needs_review/fr-CA",
      "Quebec French reply asks whether the sticks are left- or right-handed before confirming, giving two hypothetical dates.")
def c044(slug):
    s = sup("BATLAUR", "Batons Laurentides inc.", "commandes@batons-laurentides.example", "fr-CA")
    p = po("4500319274", s, "CAD", "2026-11-04", [
        ("BL-ST-M", "Lacrosse stick complete, men's, 40 in shaft, mesh 6 diamond", 48, "EA", "89.00", "2026-12-18"),
        ("BL-GL-12", "Lacrosse gloves 12 in, black/white", 24, "PAIR", "74.50", "2026-12-18")], buyer="jw")
    body = ("Bonjour Monsieur Weber,\n\nMerci pour votre commande 4500319274. Avant de la confirmer, une question : "
            "les bâtons complets (ligne 1) sont-ils pour gauchers ou pour droitiers? Nous avons 30 unités droitiers "
            "en stock et pourrions livrer le 18 décembre; pour les gauchers, il faudrait compter la mi-janvier.\n"
            "Dès votre réponse, nous vous enverrons la confirmation complète de la commande.\n\nAu plaisir,\n\n"
            "Julie Tremblay\nService à la clientèle\nBâtons Laurentides inc.\n2150, boul. Industriel, Laval "
            "(Québec) H7S 1P2\nTél. : 450 555-0172\n")
    eml = reply(slug, po_=p, frm=("Julie Tremblay", "julie.tremblay@batons-laurentides.example"),
                subject="RE: " + req_subject(p), when="2026-11-10 11:48:20 -0500", body=body, lang="fr",
                charset="iso-8859-1", cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "A question before confirming; '30 unités', '18 décembre' and "
                              "'mi-janvier' are options, not commitments.")


@case("equine-dental-xlsx", "confirmation/pt-BR",
      "Brazilian Portuguese body only points to an XLSX; the sheet holds per-line dates as Excel serial numbers, one new date and one new price.")
def c045(slug):
    s = sup("ODONTEQ", "Odonto Equina Instrumentos Ltda.", "vendas@odontoequina.example", "pt-BR")
    p = po("4500319281", s, "USD", "2026-11-02", [
        ("OE-PFL-5", "Power float handpiece, 5 in disc, 12V", 6, "EA", "1240.00", "2026-12-11"),
        ("OE-DSC-5", "Diamond disc 5 in, coarse, 2027 series", 40, "PCS", "38.50", "2026-12-11"),
        ("OE-ELV-3", "Molar spreader / elevator, 3/8 in tip", 10, "EA", "96.00", "2026-12-11"),
        ("OE-FCP-L", "Wolf tooth forceps, long, stainless", 10, "EA", "142.00", "2026-12-11")])
    D = dt.date
    rows = [["Confirmação de pedido - Odonto Equina Instrumentos Ltda."], ["Pedido do cliente", "4500319281"],
            ["Data", D(2026, 11, 13)], [],
            ["Item", "Código", "Descrição", "Qtd", "Un", "Preço unit. USD", "Data de entrega", "Status"],
            [1, "OE-PFL-5", "Grosa elétrica 5\", 12V", 6, "EA", "#1240", D(2026, 12, 11), "Confirmado"],
            [2, "OE-DSC-5", "Disco diamantado 5\" grosso", 40, "PC", "#38.5", D(2026, 12, 11), "Confirmado"],
            [3, "OE-ELV-3", "Separador de molares 3/8\"", 10, "EA", "#96", D(2027, 1, 15), "Confirmado - nova data"],
            [4, "OE-FCP-L", "Fórceps dente de lobo, longo", 10, "EA", "#149", D(2026, 12, 11), "Confirmado - novo preço"]]
    x = make_xlsx(rows, sheet="Confirmacao", creator="Odonto Equina", stamp=(2026, 11, 13, 15, 2, 0))
    body = ("Olá Maren,\n\nsegue em anexo a planilha com a confirmação do pedido 4500319281 (prazos e preços por "
            "item).\n\nAtenciosamente,\n\nRafael Souza\nComercial Exportação\nOdonto Equina Instrumentos Ltda.\n"
            "Rua Voluntários da Pátria, 1420 – Sorocaba/SP – CEP 18035-000\nTel.: +55 15 3212-4470\n")
    eml = reply(slug, po_=p, frm=("Rafael Souza", "rafael.souza@odontoequina.example"),
                subject="Re: " + req_subject(p), when="2026-11-13 15:06:12 -0300", body=body, client="gmail",
                lang="pt", charset="UTF-8", cte="quoted-printable",
                attachments=[xlsx_att(x, "Confirmacao_Pedido_4500319281.xlsx")])
    return [p], eml, exp_conf([conf(p, {1: "A", 2: "A", 3: chg(p, 3, d="2027-01-15"), 4: chg(p, 4, price="149.00")})],
                              "All values in the XLSX; dates are Excel serials (46367 = 2026-12-11, 46402 = "
                              "2027-01-15). Line 3 later, line 4 price 149.")


@case("wool-felt-price-list-2027", "unrelated/hu-HU",
      "Hungarian price-list mail with an XLSX for 2027 from a supplier with an open PO; prices and validity dates are not an answer.")
def c046(slug):
    s = sup("MAGFILC", "Magyar Filc Kft.", "rendeles@magyarfilc.example", "hu-HU")
    p = po("4500319290", s, "EUR", "2026-11-06", [
        ("MF-WF-4", "Wool felt 4 mm, white, 1 m wide", 100, "M", "9.60", "2026-12-18")], buyer="tl")
    rows = [["Magyar Filc Kft. - Árlista 2027", "", "", "érvényes: 2027.01.01-től"], [],
            ["Cikkszám", "Megnevezés", "ME", "Ár EUR", "Min. rendelés"],
            ["MF-WF-3", "Gyapjúfilc 3 mm, fehér, 1 m", "m", "#8.9", 50],
            ["MF-WF-4", "Gyapjúfilc 4 mm, fehér, 1 m", "m", "#10.2", 50],
            ["MF-WF-6", "Gyapjúfilc 6 mm, szürke, 1 m", "m", "#13.75", 25],
            ["MF-PAD-20", "Filcalátét 20x8x3 mm", "db", "#0.07", 1000]]
    x = make_xlsx(rows, sheet="Arlista 2027", creator="Magyar Filc Kft.", stamp=(2026, 12, 1, 8, 0, 0))
    body = ("Tisztelt Partnerünk!\n\nMellékelten küldjük 2027. január 1-től érvényes árlistánkat. Az áremelés átlagosan "
            "6,5 %, a 2026. december 31-ig beérkező rendeléseket még a régi áron teljesítjük.\n\nÜdvözlettel:\n"
            "Nagy Eszter\nértékesítés\nMagyar Filc Kft. | 6000 Kecskemét, Szent István krt. 24.\nTel.: +36 76 481 230\n")
    eml = reply(slug, po_=None, frm=("Nagy Eszter", "eszter.nagy@magyarfilc.example"),
                subject="Árlista 2027 / Price list 2027", when="2026-12-01 08:14:05 +0100", body=body, lang="hu",
                quote="none", thread=False, to="tomas.lindqvist@kestrelgroup.example", charset="iso-8859-2",
                cte="quoted-printable", attachments=[xlsx_att(x, "Arlista_2027.xlsx")])
    return [p], eml, exp_kind("unrelated", "General 2027 price list (MF-WF-4 at 10.20 from 2027) sent to all "
                              "customers; it does not answer PO 4500319290 and even says old prices apply to 2026 orders.")


@case("saffron-price-per-gram", "confirmation/es-ES",
      "Spanish reply gives saffron prices per gram and per 100 g jar on a PO priced per kilogram.")
def c047(slug):
    s = sup("AZAFMAN", "Azafranes de La Mancha S.L.", "pedidos@azafranesmancha.example", "es-ES")
    p = po("4500319303", s, "EUR", "2026-11-03", [
        ("AZ-DOP-1", "Saffron DOP La Mancha, category I, 1 kg tin", 2, "KG", "4800.00", "2026-12-11"),
        ("AZ-CAT1-100", "Saffron threads cat. I, 100 g jar", 5, "KG", "4200.00", "2026-12-11")])
    body = ("Buenos días, Maren:\n\nLe confirmamos el pedido 4500319303:\n"
            "- Línea 1, azafrán D.O.P. La Mancha: 2 kg. Tras la cosecha 2026 el precio queda en 4,95 €/g. "
            "Entrega 11/12/2026.\n- Línea 2, hebras categoría I: 50 tarros de 100 g a 420,00 € el tarro. "
            "Entrega 11/12/2026.\n\nUn saludo,\n\nMaría José García\nDpto. Comercial\nAzafranes de La Mancha S.L.\n"
            "Ctra. de Toledo km 3,5 - 45700 Consuegra (Toledo)\nTel. 925 47 12 38\n")
    eml = reply(slug, po_=p, frm=("María José García", "mjgarcia@azafranesmancha.example"),
                subject="Re: " + req_subject(p), when="2026-11-11 12:37:18 +0100", body=body, client="thunderbird",
                quote="gmail", lang="es", charset="iso-8859-15", cte="quoted-printable", html=False)
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="4950.00"), 2: "A"})],
                              "Line 1: 4,95 €/g = 4950.00 per kg (PO 4800.00). Line 2: 50 jars x 100 g = 5 kg at "
                              "420 €/jar = 4200.00/kg = PO, so accepted.")


@case("cheese-moulds-inline-answers", "confirmation/nl-BE",
      "Flemish bottom-posted inline answers under each quoted PO line: one OK, one rounded to full cases of 24, one 'week 2'.")
def c048(slug):
    s = sup("KAASVL", "Kaasvormen Vlaanderen NV", "orders@kaasvormen-vl.example", "nl-BE")
    p = po("4500319317", s, "EUR", "2026-11-05", [
        ("KV-GOU-12", "Gouda mould 12 kg, with lid, PP", 40, "PCS", "34.20", "2026-12-18"),
        ("KV-MIN-05", "Mini cheese mould 0.5 kg, 24 per case", 100, "PCS", "3.10", "2026-12-18"),
        ("KV-NET-12", "Cheese net/follower 12 kg", 40, "PCS", "6.75", "2026-12-18")])
    from .common import req_table_text
    rt = req_text(p).rstrip("\n").split("\n")
    tbl = req_table_text(p).split("\n")
    head_end = rt.index(tbl[0])
    q = lambda ls: "\n".join(("> " + l) if l else ">" for l in ls)
    w = req_when(p)
    body = ("Op %02d-%02d-%d om %02d:%02d schreef Maren Holt:\n" % (w.day, w.month, w.year, w.hour, w.minute) +
            q(rt[:head_end + 1]) + "\n" + q([tbl[1]]) + "\n\nOK, bevestigd.\n\n" + q([tbl[2]]) +
            "\n\nWij leveren enkel per doos van 24: 4 dozen = 96 stuks, zelfde prijs per stuk, leverdatum zoals "
            "gevraagd.\n\n" + q([tbl[3]]) + "\n\nOK, maar levering in week 2 (2027).\n\n" +
            q(rt[head_end + len(tbl):]) + "\n\nMet vriendelijke groeten\n\nPieter Janssens\nKaasvormen Vlaanderen NV\n"
            "Industrieweg 112, 9032 Wondelgem\nTel. +32 9 216 40 80\n")
    eml = reply(slug, po_=p, frm=("Pieter Janssens", "pieter.janssens@kaasvormen-vl.example"),
                subject="Re: " + req_subject(p), when="2026-11-10 14:19:37 +0100", body=body, client="thunderbird",
                quote="none", lang="nl", html=False, charset="iso-8859-1", cte="8bit")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, q=96), 3: chg(p, 3, d="2027-01-15")})],
                              "Inline answers below each quoted line: line 2 4 cases x 24 = 96 pcs; line 3 'week 2 "
                              "(2027)' = Friday of ISO week 2 2027 = 2027-01-15.")


@case("burel-felt-confirm-next-week", "needs_review/pt-PT",
      "European Portuguese reply: checking wool availability, will confirm quantities and dates by Friday 20/11.")
def c049(slug):
    s = sup("BURELSE", "Burel Serra da Estrela Lda.", "encomendas@burel-estrela.example", "pt-PT")
    p = po("4500319324", s, "EUR", "2026-11-06", [
        ("BSE-BUR-6", "Burel wool felt 6 mm, charcoal, 1.5 m wide", 120, "M", "27.50", "2027-01-15"),
        ("BSE-BUR-3", "Burel wool felt 3 mm, mustard, 1.5 m wide", 80, "M", "19.80", "2027-01-15")])
    body = ("Bom dia Maren,\n\nObrigado pela encomenda 4500319324. Estamos a verificar a disponibilidade de lã com a "
            "fiação; confirmaremos quantidades e prazos na próxima semana, até sexta-feira, 20/11.\n\nCumprimentos,\n"
            "João Ferreira\nBurel Serra da Estrela, Lda.\nRua da Fábrica 3, 6260-101 Manteigas\nTel.: +351 275 981 240\n")
    eml = reply(slug, po_=p, frm=("João Ferreira", "joao.ferreira@burel-estrela.example"),
                subject="RE: " + req_subject(p), when="2026-11-12 16:44:01 +0000", body=body, lang="pt",
                charset="iso-8859-1", cte="quoted-printable")
    return [p], eml, exp_kind("needs_review", "'confirmaremos ... até sexta-feira, 20/11' is a promise to answer "
                              "later; 20/11 is the reply deadline, not a delivery date.")


@case("ship-bells-belgian-split", "confirmation/fr-BE",
      "Belgian French reply: line 1 partly delivered 30 pieces on 15/12, balance of 20 on 08/01/2027; line 2 all earlier on 15/12.")
def c050(slug):
    s = sup("CLODIN", "Fonderie de Cloches Dinant SA", "commandes@cloches-dinant.example", "fr-BE")
    p = po("4500319336", s, "EUR", "2026-11-04", [
        ("FCD-SB-250", "Ship bell bronze 250 mm, engraved name, 2027", 50, "EA", "214.00", "2026-12-18"),
        ("FCD-BRK-250", "Bell bracket for 250 mm bell, brass", 50, "EA", "38.00", "2026-12-18")])
    body = ("Bonjour Madame Holt,\n\nNous vous confirmons votre commande 4500319336 aux prix indiqués.\n"
            "Ligne 1 (cloches 250 mm) : livraison partielle de 30 pièces le 15/12/2026, le solde de 20 pièces le "
            "08/01/2027.\nLigne 2 (supports) : les 50 pièces le 15/12/2026.\n\nBien à vous,\n\nLuc Dubois\n"
            "Fonderie de Cloches Dinant SA\nRue des Fondeurs 14, 5500 Dinant\nTél. +32 82 22 41 90\n")
    eml = reply(slug, po_=p, frm=("Luc Dubois", "luc.dubois@cloches-dinant.example"), subject="RE: " + req_subject(p),
                when="2026-11-18 10:26:55 +0100", body=body, lang="fr", charset="windows-1252",
                cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, sched=[(30, "2026-12-15"), (20, "2027-01-08")]),
                                        2: chg(p, 2, d="2026-12-15")})],
                              "Line 1 schedule 30 + 20 (last 2027-01-08); line 2 complete on 2026-12-15, earlier "
                              "than requested, which is still a change.")


@case("ski-lift-chairs-dienstag-kw50", "confirmation/de-AT",
      "Austrian reply names a weekday with the calendar week ('Dienstag, KW 50' = 2026-12-08) for two positions and keeps 18.12.2026 for one.")
def c051(slug):
    s = sup("SBKTIROL", "Seilbahnkomponenten Tirol GmbH", "verkauf@sbk-tirol.example", "de-AT")
    p = po("4500319347", s, "EUR", "2026-11-05", [
        ("SKT-SES-6", "Chair 6-seat, bubble cover, 2027 series", 4, "EA", "24600.00", "2026-12-18"),
        ("SKT-KLM-52", "Detachable grip 52 mm rope", 4, "EA", "6100.00", "2026-12-18"),
        ("SKT-FUS-6", "Footrest 6-seat, aluminium", 4, "EA", "890.00", "2026-12-18")])
    body = ("Sehr geehrte Frau Holt,\n\nwir bestätigen Ihre Bestellung 4500319347 zu den angeführten Preisen und "
            "Mengen.\nDie Sessel (Pos. 1) und die Fußrasten (Pos. 3) liefern wir am Dienstag, KW 50, die Klemmen "
            "(Pos. 2) wie gewünscht am 18.12.2026.\n\nMit freundlichen Grüßen\n\nMag. Thomas Gruber\nVertrieb\n"
            "Seilbahnkomponenten Tirol GmbH\nGewerbepark 7, 6063 Rum bei Innsbruck\nTel. +43 512 26 48 11-30\n"
            "FN 284567t, Landesgericht Innsbruck\n")
    eml = reply(slug, po_=p, frm=("Gruber Thomas", "t.gruber@sbk-tirol.example"), subject="AW: " + req_subject(p),
                when="2026-11-16 07:58:41 +0100", body=body, lang="de", charset="iso-8859-1", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, d="2026-12-08"), 2: "A", 3: chg(p, 3, d="2026-12-08")})],
                              "'Dienstag, KW 50' names the day: Tuesday of ISO week 50 = 2026-12-08 (not the "
                              "Friday); Pos. 2 18.12.2026 = PO.")


@case("paper-lanterns-japanese-ooo", "auto_reply/ja-JP",
      "Japanese out-of-office in ISO-2022-JP with a business-trip period (11月20日～11月29日) and an English version.")
def c052(slug):
    s = sup("KYOCHO", "Kyo Chochin Seisakusho Co., Ltd.", "chochin@kyo-chochin.example", "ja-JP")
    p = po("4500319355", s, "JPY", "2026-11-20", [
        ("KC-CHO-45", "Paper lantern chochin 45 cm, washi, custom print", 100, "PCS", "6800", "2027-01-29")])
    body = ("※本メールは自動返信です。\n\nお世話になっております。\n誠に勝手ながら、11月20日（金）から11月29日（日）まで"
            "出張のため不在にしております。\n11月30日（月）以降、順次対応させていただきます。\n"
            "お急ぎの場合は、営業部 山本（075-361-2840）までご連絡ください。\n\n"
            "This is an automatic reply. I am on a business trip from 20 to 29 November and will reply from "
            "30 November.\n\n京提灯製作所　中村\n")
    eml = reply(slug, po_=p, frm=("中村 由美", "chochin@kyo-chochin.example"), subject="自動返信: " + req_subject(p),
                when="2026-11-20 17:31:09 +0900", body=body, lang="ja", quote="none", html=False,
                charset="iso-2022-jp", cte="7bit", extra=[("Auto-Submitted", "auto-replied"),
                                                          ("X-Auto-Response-Suppress", "All")])
    return [p], eml, exp_kind("auto_reply", "Out-of-office in ISO-2022-JP; 11月20日/29日/30日 are absence dates.")


@case("tbm-cutter-sets-price-per-piece", "confirmation/sk-SK",
      "Slovak reply prices a 4-cutter set per single cutter ('za kus (t. j. za 1 rezák)'), so the per-SET price has to be multiplied by 4.")
def c053(slug):
    s = sup("RAZNAS", "Razovacie Nastroje s.r.o.", "objednavky@razovacie-nastroje.example", "sk-SK")
    p = po("4500319362", s, "EUR", "2026-11-04", [
        ("RN-DC-SET4", "Disc cutter set 4x 17 in, with hubs", 5, "SET", "10400.00", "2026-12-18"),
        ("RN-SEAL-17", "Seal kit for 17 in cutter, duo-cone", 40, "SET", "118.00", "2026-12-18")])
    body = ("Dobrý deň pani Holt,\n\npotvrdzujeme Vašu objednávku č. 4500319362:\n"
            "Pol. 1 - súprava diskových rezákov 4x 17\": 5 súprav, cena 2 650,00 EUR za kus (t. j. za 1 rezák, "
            "súprava = 4 ks), termín dodania 18.12.2026\nPol. 2 - tesniaca súprava: 40 súprav, 118,00 EUR/súprava, "
            "termín dodania 18.12.2026\n\nS pozdravom\nMartin Horváth\nobchodné oddelenie\nRazovacie Nástroje s.r.o., "
            "Priemyselná 8, 010 01 Žilina\ntel. +421 41 562 48 20\n")
    eml = reply(slug, po_=p, frm=("Martin Horváth", "martin.horvath@razovacie-nastroje.example"),
                subject="RE: " + req_subject(p), when="2026-11-19 13:50:12 +0100", body=body, client="thunderbird",
                quote="gmail", lang="en", html=False, charset="iso-8859-2", cte="8bit")
    return [p], eml, exp_conf([conf(p, {1: chg(p, 1, price="10600.00"), 2: "A"})],
                              "2 650,00 EUR per cutter x 4 cutters per set = 10600.00 per SET (PO 10400.00); line 2 "
                              "as ordered.")


@case("harpsichord-strings-hungarian-dates", "confirmation/hu-HU",
      "Hungarian reply mixes three date styles ('2026. december 18.', '2026. 12. 11.', '2027. 01. 29.') and one higher set price.")
def c054(slug):
    s = sup("CSEMHUR", "Csembalohur Manufaktura Kft.", "rendeles@csembalohur.example", "hu-HU")
    p = po("4500319374", s, "EUR", "2026-11-03", [
        ("CSH-FE-030", "Harpsichord string iron 0.30 mm, 10 m coil", 30, "ROL", "9.80", "2026-12-18"),
        ("CSH-CU-045", "Harpsichord string red brass 0.45 mm, 10 m coil", 20, "ROL", "11.40", "2026-12-18"),
        ("CSH-SET-2x8", "Complete stringing set 2x8', 56 notes, FF-g3", 2, "SET", "385.00", "2027-01-29")])
    body = ("Tisztelt Holt Asszony!\n\nKöszönjük a 4500319374 számú megrendelést, az alábbiak szerint "
            "visszaigazoljuk:\n1. tétel: 30 tekercs, 9,80 EUR/tekercs, szállítás 2026. december 18.\n"
            "2. tétel: 20 tekercs, 11,40 EUR/tekercs, szállítás 2026. 12. 11.\n"
            "3. tétel: 2 készlet, 398,00 EUR/készlet, szállítás 2027. 01. 29.\n\nÜdvözlettel:\nKovács Zsófia\n"
            "Csembalóhúr Manufaktúra Kft.\n1097 Budapest, Gubacsi út 6.\nTel.: +36 1 347 2210\n")
    eml = reply(slug, po_=p, frm=("Kovács Zsófia", "zsofia.kovacs@csembalohur.example"),
                subject="VS: " + req_subject(p), when="2026-11-11 15:15:27 +0100", body=body, lang="hu",
                charset="iso-8859-2", cte="quoted-printable")
    return [p], eml, exp_conf([conf(p, {1: "A", 2: chg(p, 2, d="2026-12-11"), 3: chg(p, 3, price="398.00")})],
                              "Year-first Hungarian dates: line 2 earlier (2026-12-11), line 3 price 398,00 (PO "
                              "385.00); '2x8'' and '56 notes' are description noise.")
