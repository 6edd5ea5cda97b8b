from .common import *  # noqa
import datetime as _dt


@case("galil-hebrew-rtl-3pct", "confirmation", "he-IL",
      "Windows-1255 Hebrew RTL reply over an HTML blockquote: line 2 gets a 3% rubber surcharge (applied to the PO price).")
def c():
    s = S("GALIL", "Galil Clamps Ltd", "sales@galil-clamps.example", "he-IL")
    p = PO("4700319201", s, "ILS", "2026-11-10", [
        L("PC-HD-80", "Heavy-duty pipe clamp 73-80 mm, galvanized", 300, "PC", "12.40", "2026-12-17"),
        L("PC-RB-25", "Rubber-lined pipe clamp 25 mm", 600, "PC", "4.00", "2026-12-17")])
    t = """שלום מרה,

תודה על ההזמנה 4700319201. אנו מאשרים:

שורה 1 - 300 יח' במחיר 12.40 ₪ ליחידה, אספקה ב-17.12.2026.
שורה 2 - 600 יח', אספקה ב-17.12.2026. שימי לב: על פריט זה חלה תוספת של 3% בשל עליית מחירי הגומי.

בברכה,
יוסי כהן
מחלקת מכירות | מהדקי הגליל בע"מ
טל' 04-0000000 | ח.פ. 510000000
"""
    body_html = html_of(t, cs="windows-1255").replace("<body>", '<body dir="rtl">').replace(
        "</div></body>", "</div>" + q_html(p) + "</body>")
    plain = t + "\n" + q_gt(p)
    m = reply(p, "יוסי כהן", "yossi@galil-clamps.example", hd("2026-11-11 11:18:40 +0200"),
              alt(plain, "windows-1255", html=body_html), cs="windows-1255", style="gmail")
    return [p], m, confirmation(
        "Line 1 as ordered. Line 2: quantity and date as ordered, +3% surcharge on the PO price 4.00 = 4.12 ILS.",
        (p, {1: acc(), 2: chg(p="4.12")}))


@case("gulftools-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic reply writing quantities, prices and dates in Eastern Arabic digits (٢٧/١٢/٢٠٢٦, ١٨٫٥٠); line 2 delivered a week later.")
def c():
    s = S("GULFTOOLS", "Gulf Tools Est.", "sales@gulftools-ae.example", "ar-AE")
    p = PO("4700319212", s, "AED", "2026-11-11", [
        L("RM-680-BK", "Rubber mallet 680 g, fibreglass handle", 150, "EA", "18.50", "2026-12-20"),
        L("RM-1130-BK", "Rubber mallet 1130 g, fibreglass handle", 80, "EA", "26.00", "2026-12-20")], buyer="kevin")
    t = """السيد كيفن المحترم،

تحية طيبة وبعد،

نؤكد استلام أمر الشراء رقم 4700319212 ونؤكد ما يلي:

البند ١: ١٥٠ قطعة بسعر ١٨٫٥٠ درهم للقطعة، التسليم بتاريخ ٢٠/١٢/٢٠٢٦.
البند ٢: ٨٠ قطعة بسعر ٢٦٫٠٠ درهم للقطعة، التسليم بتاريخ ٢٧/١٢/٢٠٢٦ نظراً لتأخر الشحنة من المصنع.

وتفضلوا بقبول فائق الاحترام،

أحمد الحمادي
قسم المبيعات - مؤسسة الخليج للعدد
المنطقة الصناعية ١٢، الشارقة
هاتف: +971 6 000 0000
"""
    body_html = html_of(t).replace("<body>", '<body dir="rtl">')
    m = reply(p, "أحمد الحمادي", "ahmed@gulftools-ae.example", hd("2026-11-12 10:30:02 +0400"),
              alt(t, cte="base64", html=body_html), style="outlook")
    return [p], m, confirmation(
        "Eastern Arabic digits: line 1 = 150 pcs at 18.50 AED, delivery 20/12/2026 (as ordered). Line 2 = 80 pcs at 26.00 AED, delivery 27/12/2026 (factory delay).",
        (p, {1: acc(), 2: chg(d="2026-12-27")}))


@case("hengtong-gbk-no-year-january", "confirmation", "zh-CN",
      "GBK base64 Simplified Chinese reply with dates '1月8日' / '1月22日' without a year (so 2027), line 3 delayed for mould repair.")
def c():
    s = S("HENGTONG", "Anping Hengtong Wire Mesh Products Co., Ltd.", "sales@hengtong-mesh.example", "zh-CN")
    p = PO("4700319223", s, "USD", "2026-11-11", [
        L("SM-SS-60", "Stainless sieve mesh 60 mesh, 1 m x 30 m roll", 20, "ROL", "185.00", "2027-01-08"),
        L("SM-SS-100", "Stainless sieve mesh 100 mesh, 1 m x 30 m roll", 10, "ROL", "240.00", "2027-01-08"),
        L("SM-FR-300", "Sieve frame set 300 mm with 5 meshes", 40, "SET", "32.50", "2027-01-08")], buyer="tomas")
    t = """Tomás 先生，您好！

感谢您的订单（PO 4700319223），现确认如下：

1. 60目不锈钢筛网 1m×30m：20卷，单价 185.00 美元/卷，1月8日交货。
2. 100目不锈钢筛网 1m×30m：10卷，单价 240.00 美元/卷，1月8日交货。
3. 300mm 筛框套装（含5片筛网）：数量40套，单价 32.50 美元/套不变；因模具维修，交期推迟至1月22日。

如有疑问请随时联系。
祝好！

王丽 Wang Li
外贸部 | 安平县恒通丝网制品有限公司
电话：+86 318 000 0000  微信：hengtong_wl
"""
    m = reply(p, "王丽", "wangli@hengtong-mesh.example", hd("2026-11-12 16:48:20 +0800"),
              alt(t, "GBK", "base64"), prefix="回复：", cs="GBK")
    return [p], m, confirmation(
        "Dates without year after a November 2026 mail: 1月8日 = 2027-01-08 (as requested) and 1月22日 = 2027-01-22. Lines 1-2 as ordered; line 3 same qty/price, date 2027-01-22.",
        (p, {1: acc(), 2: acc(), 3: chg(d="2027-01-22")}))


@case("lagostiles-advance-payment-question", "needs_review", "en-NG",
      "Nigerian-English acknowledgment asking us to accept 100% advance payment before they issue a proforma and 'revert with the delivery schedule'.")
def c():
    s = S("LAGOSTILES", "Lagos Tiles & Accessories Ltd", "sales@lagostiles.example", "en-NG")
    p = PO("4700319234", s, "USD", "2026-11-10", [
        L("TS-15-CR", "Tile spacer cross 1.5 mm, bag of 200", 1000, "BOX", "0.85", "2026-12-18"),
        L("TS-LEV-100", "Tile levelling clips, pack of 100", 300, "BOX", "4.20", "2026-12-18")], buyer="tomas")
    t = """Good afternoon Sir,

Trust this mail meets you well.

We acknowledge receipt of your PO 4700319234 dated 10/11/2026, thank you for your patronage.

Please note that our terms for new customers are 100% advance payment. Kindly confirm that you accept these terms so that we can issue the proforma invoice and revert with the delivery schedule.

Best regards,
Chinedu Okeke
Sales Manager
Lagos Tiles & Accessories Ltd
Plot 12, Oregun Industrial Estate, Ikeja, Lagos
+234 803 000 0000 | RC 1234567

""" + q_outlook(p)
    m = reply(p, "Chinedu Okeke", "chinedu.okeke@lagostiles.example", hd("2026-11-11 14:20:09 +0100"),
              alt(t), style="outlook")
    return [p], m, other("needs_review", "Acknowledgment plus a question (do we accept 100% advance payment?); quantities, prices and dates are not confirmed - the delivery schedule will follow.")


@case("kacabersih-ticket-autoack", "auto_reply", "ms-MY",
      "Helpdesk auto-acknowledgement in Malay/English assigning ticket #KB-118204 and promising a reply within 2 working days.")
def c():
    s = S("KACABERSIH", "Syarikat Kaca Bersih Sdn. Bhd.", "sales@kacabersih.example", "ms-MY")
    p = PO("4700319245", s, "MYR", "2026-11-12", [
        L("WS-30-PL", "Window squeegee 30 cm, plastic handle", 400, "EA", "8.90", "2026-12-21"),
        L("WS-TEL-2M", "Telescopic pole 2 m for squeegee", 100, "EA", "24.50", "2026-12-21")], buyer="priya")
    t = """Terima kasih kerana menghubungi Kaca Bersih.

Permintaan anda telah diterima dan nombor tiket anda ialah #KB-118204. Pasukan jualan kami akan membalas dalam tempoh 2 hari bekerja.

Thank you for contacting Kaca Bersih. Your request has been received and assigned ticket #KB-118204. Our sales team will respond within 2 working days.

Ini adalah mesej automatik, sila jangan balas. / This is an automated message, please do not reply.
"""
    m = reply(p, "Kaca Bersih Support", "support@kacabersih.example", hd("2026-11-12 19:15:40 +0800"), T(t),
              subject="[Tiket #KB-118204] Diterima: " + req_subject(p),
              extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                     ("X-Mailer", "HelpDeskPro Notifier 4.2")])
    return [p], m, other("auto_reply", "Automatic ticket acknowledgement from a helpdesk system; it commits to nothing about the PO.")


@case("abrasius-catalan-setmana", "confirmation", "ca-ES",
      "Catalan confirmation with '2.000 u. a 0,21 €/u' and delivery 'setmana 51' for both lines (Friday 2026-12-18, later than requested).")
def c():
    s = S("ABRVALLES", "Abrasius Vallès SL", "comandes@abrasiusvalles.example", "ca-ES")
    p = PO("4700319256", s, "EUR", "2026-11-12", [
        L("SD-150-P120", "Sanding disc 150 mm hook & loop, P120, 6 holes", 2000, "PC", "0.21", "2026-12-11"),
        L("SD-150-P240", "Sanding disc 150 mm hook & loop, P240, 6 holes", 1500, "PC", "0.21", "2026-12-11")])
    t = """Bon dia Mara,

Us confirmem la comanda 4700319256:

- Línia 1: 2.000 u. a 0,21 €/u, entrega setmana 51.
- Línia 2: 1.500 u. a 0,21 €/u, entrega setmana 51.

El preu es manté respecte a l'oferta. Per a qualsevol dubte, digueu-nos-ho.

Salutacions cordials,

Jordi Puig i Serra
Departament comercial
Abrasius Vallès SL - Pol. Ind. Can Roqueta, c/ Ca n'Alzina 40, 08202 Sabadell
Tel. 93 000 00 00 - NIF B00000000
"""
    m = reply(p, "Jordi Puig", "jordi.puig@abrasiusvalles.example", hd("2026-11-13 12:40:55 +0100"),
              alt(t, "iso-8859-15"), prefix="RE: ", style="outlook", cs="iso-8859-15")
    return [p], m, confirmation(
        "Quantities and price as ordered ('2.000' = 2000). 'Setmana 51' without a weekday = Friday of ISO week 51 = 2026-12-18, later than the requested 2026-12-11, for both lines.",
        (p, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("laurentides-qc-html-blockquote", "confirmation", "fr-CA",
      "Québec French HTML reply over a Gmail blockquote: line 2 reduced from 60 to 48 (last stock, model discontinued), ISO dates.")
def c():
    s = S("LAURENT", "Chaînes Vélo Laurentides inc.", "commandes@chainesvelo-laurentides.example", "fr-CA")
    p = PO("4700319267", s, "CAD", "2026-11-09", [
        L("CH-9S-114", "Bicycle chain 9-speed, 114 links", 80, "EA", "16.90", "2026-12-11"),
        L("CH-12S-126", "Bicycle chain 12-speed, 126 links", 60, "EA", "34.50", "2026-12-11")])
    t = """Bonjour Madame Lindqvist,

Voici notre confirmation pour le bon de commande 4700319267 :

Ligne 1 - 80 chaînes 9 vitesses à 16,90 $ l'unité, livraison le 2026-12-11.
Ligne 2 - nous n'avons que 48 chaînes 12 vitesses en inventaire et ce modèle n'est plus fabriqué : nous vous en expédions 48 à 34,50 $, livraison le 2026-12-11 également. Les 12 autres ne pourront pas être livrées.

Merci et bonne journée!

Geneviève Tremblay
Service à la clientèle
Chaînes Vélo Laurentides inc. | 450 000-0000 poste 204
Saint-Jérôme (Québec)
"""
    d = req_dt(p)
    intro = "Le %s, à %s, Mara Lindqvist &lt;%s&gt; a écrit :" % ("lun. 9 nov. 2026", d.strftime("%H h %M"), p["buyer"]["email"])
    body_html = html_of(t).replace("</div></body>", "</div>" + q_html(p, intro) + "</body>")
    plain = t + "\n" + q_gt(p, "Le lun. 9 nov. 2026, à %s, Mara Lindqvist <%s> a écrit :" % (d.strftime("%H h %M"), p["buyer"]["email"]))
    m = reply(p, "Geneviève Tremblay", "gtremblay@chainesvelo-laurentides.example", hd("2026-11-10 09:14:27 -0500"),
              alt(plain, html=body_html), style="gmail")
    return [p], m, confirmation(
        "Line 1 as ordered. Line 2: only 48 of 60 can be shipped (the other 12 will never come), same price and date -> changed quantity 48.",
        (p, {1: acc(), 2: chg(q=48)}))


@case("tahimeister-erp-pdf-noreply", "confirmation", "et-EE",
      "Automatic ERP mail (Auto-Submitted, noreply, new thread) whose Estonian/English PDF order confirmation commits to the PO with a new price and date on line 2.")
def c():
    s = S("TAHIMEIST", "Tahimeister OÜ", "tellimused@tahimeister.example", "et-EE")
    p = PO("4700319278", s, "EUR", "2026-11-10", [
        L("WK-ECO-8", "Candle wick ECO 8, pre-tabbed 150 mm", 10000, "PC", "0.0340", "2026-12-16"),
        L("WK-HTP-105", "Candle wick HTP 105, spool 1000 m", 6, "ROL", "38.00", "2026-12-16")], buyer="ines")
    pdfb = pdf(["#TELLIMUSE KINNITUS / ORDER CONFIRMATION  TK-2611-0093",
                "Tahimeister OÜ, Tööstuse 48, 10416 Tallinn   Reg. 12345678   KMKR EE101234567",
                "",
                "Klient / Customer: Northgate Buying Co.",
                "Teie tellimus / Your order: 4700319278  (10.11.2026)",
                "Kuupäev / Date: 11.11.2026",
                "",
                "Rida  Artikkel     Kirjeldus                         Kogus       Hind EUR   Tarne",
                "1     WK-ECO-8     Tahid ECO 8, 150 mm, plaadiga    10 000 tk   0,0340     16.12.2026",
                "2     WK-HTP-105   Tahid HTP 105, pool 1000 m       6 rull      39,50      21.12.2026",
                "",
                "Summa km-ta / Total excl. VAT: 577,00 EUR",
                "Tarneaeg = kauba saabumise kuupäev / Delivery date = arrival at your warehouse.",
                "Müügitingimused: www.tahimeister.example/tingimused"], title="TK-2611-0093")
    t = """Tere!

Manuses on tellimuse kinnitus TK-2611-0093 (Teie tellimus 4700319278).
See on automaatselt saadetud kiri, palun ärge vastake sellele. Küsimuste korral kirjutage myyk@tahimeister.example.

Please find attached order confirmation TK-2611-0093. This is an automatically generated e-mail.

Tahimeister OÜ
"""
    body = M("mixed", T(t, cs="iso-8859-15"), A("TK-2611-0093.pdf", "application/pdf", pdfb))
    m = message(addr("Tahimeister OÜ ERP", "noreply@tahimeister.example", "iso-8859-15"), p["buyer"]["email"],
                "Tellimuse kinnitus TK-2611-0093 / Teie tellimus 4700319278", hd("2026-11-11 06:30:00 +0200"), body,
                msgid("plain", "tahimeister-erp", "erp.tahimeister.example"),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Directo ERP")], cs="iso-8859-15")
    return [p], m, confirmation(
        "ERP-generated order confirmation (automatic mail) that commits to the order, so a confirmation. PDF: line 1 10 000 pcs at 0,0340 on 16.12.2026 (as ordered); line 2 6 spools at 39,50 (PO 38.00) on 21.12.2026. Total 340 + 237 = 577,00 checks out.",
        (p, {1: acc(), 2: chg(p="39.50", d="2026-12-21")}))


@case("muculinijas-qmail-failure", "bounce", "lv-LV",
      "Plain-text qmail 'failure notice' (no DSN structure) with our full request copied below the line.")
def c():
    s = S("MUCULIN", "SIA Mucu Līnijas", "pasutijumi@muculinijas.example", "lv-LV")
    p = PO("4700319289", s, "EUR", "2026-11-11", [
        L("DL-200-CO", "Conductive drum liner 200 L", 150, "PC", "4.90", "2026-12-18"),
        L("DL-50-PE", "Drum liner 50 L, LDPE", 600, "PC", "0.78", "2026-12-18")])
    t = ("""Hi. This is the qmail-send program at mx2.muculinijas.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<pasutijumi@muculinijas.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <mara.lindqvist@northgate-buying.example>
Received: (qmail 28814 invoked from network); 11 Nov 2026 13:23:18 -0000
Received: from mail.northgate-buying.example (198.51.100.7)
  by mx2.muculinijas.example with SMTP; 11 Nov 2026 13:23:18 -0000
""" + original_request(p).decode("ascii"))
    m = message("MAILER-DAEMON@mx2.muculinijas.example", p["buyer"]["email"], "failure notice",
                hd("2026-11-11 15:23:20 +0200"), T(t, cs="us-ascii", cte="7bit"),
                msgid("plain", "qmail-bounce", "mx2.muculinijas.example"))
    return [p], m, other("bounce", "qmail bounce in plain text; the quoted copy below the line is our own request, not a reply.")


@case("hrany-sk-tyzden", "confirmation", "sk-SK",
      "Slovak reply with '5 000 m, 0,065 €/m' (space thousands, three decimals) and line 2 'v 3. týždni 2027' = Friday 2027-01-22.")
def c():
    s = S("HRANYSK", "Hrany Slovakia s.r.o.", "objednavky@hrany-slovakia.example", "sk-SK")
    p = PO("4700319290", s, "EUR", "2026-11-11", [
        L("EB-19-WH", "Edge banding melamine 19 mm, white, pre-glued", 5000, "M", "0.065", "2027-01-15"),
        L("EB-28-WAL", "Edge banding ABS 28 x 1 mm, walnut", 1200, "M", "0.29", "2027-01-15")], buyer="ines")
    t = """Dobrý deň, pani Bauer,

potvrdzujeme Vašu objednávku č. 4700319290:

Pol. 1 - 5 000 m, 0,065 €/m, dodanie do 15. januára 2027.
Pol. 2 - 1 200 m, 0,29 €/m, dodanie v 3. týždni 2027 (orechový dekor vyrábame na objednávku).

S pozdravom

Martin Kováč
obchodné oddelenie
Hrany Slovakia s.r.o., Priemyselná 9, 917 01 Trnava
tel.: +421 33 000 0000 | IČO: 12345678 | IČ DPH: SK2020000000
"""
    m = reply(p, "Martin Kováč", "kovac@hrany-slovakia.example", hd("2026-11-12 13:33:48 +0100"),
              alt(t), style="outlook")
    return [p], m, confirmation(
        "Line 1 as ordered (delivery by 15.1.2027 = requested). Line 2: same quantity and price, delivery 'in week 3 of 2027' without a day = Friday 2027-01-22.",
        (p, {1: acc(), 2: chg(d="2027-01-22")}))


@case("ljevci-nova-ponuda", "needs_review", "hr-HR",
      "Croatian reply: offer prices no longer valid, a new offer with prices and lead times will come on Monday, please confirm after that.")
def c():
    s = S("LJEVCI", "Ljevci Zagreb d.o.o.", "prodaja@ljevci-zagreb.example", "hr-HR")
    p = PO("4700319300", s, "EUR", "2026-11-12", [
        L("FS-3-SS", "Funnel set 3 pcs, stainless steel", 120, "SET", "11.20", "2026-12-16"),
        L("FS-KIT-PP", "Kitchen funnel set 4 pcs, PP, with strainer", 300, "SET", "2.95", "2026-12-16")])
    t = """Poštovana gospođo Lindqvist,

zahvaljujemo na narudžbi 4700319300.

Nažalost, cijene iz naše ponude od 15.10. više ne vrijede jer su od 1.11. porasle cijene sirovine. U ponedjeljak ćemo Vam poslati novu ponudu s cijenama i rokovima isporuke, pa Vas molimo da nakon toga potvrdite narudžbu.

Lijep pozdrav,
Ivana Horvat
Prodaja | Ljevci Zagreb d.o.o.
Radnička cesta 80, 10000 Zagreb | tel. +385 1 000 0000 | OIB 12345678901
"""
    m = reply(p, "Ivana Horvat", "ivana.horvat@ljevci-zagreb.example", hd("2026-11-13 10:07:16 +0100"),
              alt(t, "iso-8859-2"), prefix="Odg: ", cs="iso-8859-2", style="outlook")
    return [p], m, other("needs_review", "No commitment: old prices invalid, a new offer with prices and lead times will follow on Monday and the PO is to be re-confirmed afterwards.")


@case("vrvice-earlier-monday", "confirmation", "sl-SI",
      "Windows-1250 Slovenian full confirmation that delivers earlier than asked: 'že v ponedeljek, 30. 11. 2026' (spaced day-month format).")
def c():
    s = S("VRVICE", "Vrvice Gorenjska d.o.o.", "prodaja@vrvice-gorenjska.example", "sl-SI")
    p = PO("4700319311", s, "EUR", "2026-11-12", [
        L("GT-SIS-250", "Sisal garden twine, 250 m", 200, "ROL", "3.40", "2026-12-15"),
        L("GT-JU-100G", "Jute garden twine green, 100 m", 350, "ROL", "1.85", "2026-12-15")])
    t = """Pozdravljeni,

potrjujemo naročilo 4700319311 v celoti - količine in cene po naročilu.
Ker imamo blago na zalogi, bomo dobavili že v ponedeljek, 30. 11. 2026.

Lep pozdrav,
Špela Zupan
Prodaja
Vrvice Gorenjska d.o.o., Savska cesta 22, 4000 Kranj
T: +386 4 000 00 00 | ID za DDV: SI12345678
"""
    m = reply(p, "Špela Zupan", "spela.zupan@vrvice-gorenjska.example", hd("2026-11-13 08:21:09 +0100"),
              alt(t, "windows-1250"), prefix="RE: ", cs="windows-1250", enc="Q", style="outlook")
    return [p], m, confirmation(
        "Both lines confirmed with PO quantity and price, delivery Monday 30. 11. 2026 (earlier than the requested 15.12) -> changed date.",
        (p, {1: chg(d="2026-11-30"), 2: chg(d="2026-11-30")}))


@case("creva-cyrillic-all-rejected", "confirmation", "sr-RS",
      "Serbian Cyrillic reply declining the whole order (production stopped) and offering brass substitutes at other prices.")
def c():
    s = S("CREVANS", "Creva Novi Sad d.o.o.", "prodaja@creva-ns.example", "sr-RS")
    p = PO("4700319322", s, "RSD", "2026-11-10", [
        L("HM-16-PP", "Hose mender 16 mm, polypropylene", 1000, "EA", "45.00", "2026-12-10"),
        L("HM-19-PP", "Hose mender 19 mm, polypropylene", 800, "EA", "52.00", "2026-12-10")])
    t = """Поштована госпођо Линдквист,

захваљујемо на поруџбини бр. 4700319322. Нажалост, морамо да је одбијемо у целости: производња спојница за црева од полипропилена обустављена је крајем октобра и више немамо залиха ни за једну позицију.

Као замену можемо понудити месингане спојнице, али по другим ценама - ако сте заинтересовани, послаћемо понуду.

Срдачан поздрав,
Драган Јовановић
Продаја | Црева Нови Сад д.о.о.
Футошки пут 45, 21000 Нови Сад | тел. 021 000 000 | ПИБ 100000000
"""
    m = reply(p, "Драган Јовановић", "dragan.jovanovic@creva-ns.example", hd("2026-11-11 15:02:30 +0100"),
              T(t, cte="base64"), style="gmail")
    return [p], m, confirmation(
        "The supplier declines the whole PO (production stopped, no stock): a rejection is an answer, so both lines are rejected. The brass substitute is only an offer.",
        (p, {1: rej(), 2: rej()}))


@case("manila-noted-po", "needs_review", "en-PH",
      "Philippine-English 'Noted and well received po' reply that forwards the PO internally and promises a delivery schedule update.")
def c():
    s = S("MANILAELEC", "Manila Electrical Supply Corp.", "sales@manilaelectrical.example", "en-PH")
    p = PO("4700319333", s, "PHP", "2026-11-11", [
        L("IT-VIN-19B", "Vinyl electrical tape 19 mm x 20 m, black", 1200, "ROL", "38.00", "2026-12-09"),
        L("IT-RUB-19", "Rubber splicing tape 19 mm x 9 m", 300, "ROL", "145.00", "2026-12-09")], buyer="kevin")
    t = """Good day Sir Kevin!

Noted and well received po. We will forward this to our accounting and warehouse for processing and will update you on the delivery schedule asap.

Thank you po!

Regards,
Jenny Dela Cruz
Sales Coordinator
Manila Electrical Supply Corp.
Tel (02) 8000-0000 loc. 112 | Mobile 0917 000 0000
"""
    m = reply(p, "Jenny Dela Cruz", "jenny.delacruz@manilaelectrical.example", hd("2026-11-12 09:11:45 +0800"),
              alt(t), style="gmail")
    return [p], m, other("needs_review", "Human receipt only ('noted and well received'); no quantity, price or date is committed yet, an update will follow.")


@case("lioncity-csv-so-confirmation", "confirmation", "en-SG",
      "Singapore-English note plus an ERP CSV attachment (dd/mm/yyyy); line 3 delivery moved to 18/12 as mentioned in the body too.")
def c():
    s = S("LIONCITY", "Lion City Tools Pte. Ltd.", "sales@lioncitytools.example", "en-SG")
    p = PO("4700319344", s, "SGD", "2026-11-11", [
        L("JB-T101AO", "Jigsaw blade T101AO scroll, pack of 5", 120, "BOX", "7.80", "2026-12-09"),
        L("JB-T345XF", "Jigsaw blade T345XF progressor, pack of 3", 80, "BOX", "14.20", "2026-12-09"),
        L("JB-T301CD", "Jigsaw blade T301CD wood, pack of 5", 100, "BOX", "9.60", "2026-12-09")])
    csv = ("SO No,Customer PO,PO Line,Item,Description,Qty,UOM,Unit Price (SGD),Delivery Date\r\n"
           "SO26-08841,4700319344,1,JB-T101AO,\"Jigsaw blade T101AO, scroll, 5/pk\",120,BOX,7.80,09/12/2026\r\n"
           "SO26-08841,4700319344,2,JB-T345XF,\"Jigsaw blade T345XF, progressor, 3/pk\",80,BOX,14.20,09/12/2026\r\n"
           "SO26-08841,4700319344,3,JB-T301CD,\"Jigsaw blade T301CD, wood, 5/pk\",100,BOX,9.60,18/12/2026\r\n")
    t = """Hi Mara,

Pls see attached our SO confirmation in CSV for your PO 4700319344.
Line 3 the T301CD only can deliver 18/12 due to supplier delay. Rest ok.

Thanks & regards,
Tan Wei Ling
Sales Admin
Lion City Tools Pte. Ltd. | 10 Ubi Crescent #05-12, Singapore 408564
T +65 6000 0000 | UEN 200012345K
"""
    body = M("mixed", alt(t), A("SO26-08841.csv", "text/csv", csv.encode("utf-8"), cs="utf-8"))
    m = reply(p, "Tan Wei Ling", "weiling.tan@lioncitytools.example", hd("2026-11-12 15:40:12 +0800"),
              body, style="outlook")
    return [p], m, confirmation(
        "CSV (day-first dates) and body agree: lines 1-2 as ordered on 09/12/2026; line 3 same qty/price, delivery 18/12/2026.",
        (p, {1: acc(), 2: acc(), 3: chg(d="2026-12-18")}))


@case("kartuli-price-increase-letter", "unrelated", "ka-GE",
      "Georgian circular announcing ~7% price increases from 1 January 2027 (new thread, no PO reference).")
def c():
    s = S("KARTULI", "Kartuli Danebi LLC", "sales@kartulidanebi.example", "ka-GE")
    p = PO("4700319355", s, "GEL", "2026-11-12", [
        L("KS-MAN-2", "Manual knife sharpener, 2 stages", 250, "EA", "21.00", "2026-12-18"),
        L("KS-ELEC-3", "Electric knife sharpener, 3 stages", 40, "EA", "118.00", "2026-12-18")], buyer="priya")
    t = """ძვირფასო პარტნიორებო,

გაცნობებთ, რომ 2027 წლის 1 იანვრიდან ჩვენი პროდუქციის ფასები გაიზრდება საშუალოდ 7%-ით, ნედლეულისა და ტრანსპორტირების ხარჯების ზრდის გამო.

ახალი ფასების სია თან ერთვის ამ წერილს. გთხოვთ, გაითვალისწინოთ ეს ცვლილება თქვენს დაგეგმვაში.

მადლობას გიხდით თანამშრომლობისთვის.

პატივისცემით,
ნინო ბერიძე
გაყიდვების დეპარტამენტი
შპს "ქართული დანები"
თბილისი, დავით აღმაშენებლის გამზ. 150 | ტელ. +995 32 200 00 00
"""
    m = message(addr("ნინო ბერიძე", "nino.beridze@kartulidanebi.example"), p["buyer"]["email"],
                "ფასების ცვლილება 2027 წლის 1 იანვრიდან", hd("2026-11-16 10:00:00 +0400"), alt(t),
                msgid("plain", "kartuli-prices", "kartulidanebi.example"))
    return [p], m, other("unrelated", "General price-increase circular to all customers; it does not answer PO 4700319355 or any line of it.")


@case("abatjour-leman-absente", "auto_reply", "fr-CH",
      "Swiss French out-of-office ('Réponse automatique') saying the message will not be forwarded, with an emergency number.")
def c():
    s = S("ABATJOUR", "Abat-jour Léman SA", "commandes@abatjour-leman.example", "fr-CH")
    p = PO("4700319366", s, "CHF", "2026-11-13", [
        L("LS-PL-45", "Pleated lamp shade 45 cm, cream", 40, "EA", "38.00", "2027-01-29"),
        L("LS-DR-20-BK", "Drum lamp shade 20 cm, black", 120, "EA", "14.50", "2027-01-29")], buyer="ines")
    t = """Bonjour,

Je suis absente jusqu'au lundi 23 novembre 2026 inclus. Votre message ne sera pas transféré.
En cas d'urgence, veuillez appeler notre réception au +41 21 000 00 00.

Meilleures salutations,
Claire Dubois
Abat-jour Léman SA
"""
    m = reply(p, "Claire Dubois", "commandes@abatjour-leman.example", hd("2026-11-13 14:55:01 +0100"),
              T(t, cs="iso-8859-1"), subject="Réponse automatique : " + req_subject(p), style="outlook",
              cs="iso-8859-1", enc="Q",
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "commandes@abatjour-leman.example")])
    return [p], m, other("auto_reply", "Out-of-office auto reply; no commitment.")
