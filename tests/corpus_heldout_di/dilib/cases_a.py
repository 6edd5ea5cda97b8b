from .common import *  # noqa
import datetime as _dt


@case("hartl-kw51-outlook-de", "confirmation", "de-AT",
      "German top-posted reply over an Outlook 'Von:/Gesendet:' quote; lines 1-2 as ordered, line 3 moved to 'KW 51' (Friday 2026-12-18).")
def c():
    s = S("HARTL", "Hartl Schleiftechnik GmbH", "verkauf@hartl-schleiftechnik.example", "de-AT")
    p = PO("4700318801", s, "EUR", "2026-11-04", [
        L("AD-115-K60", "Flap disc 115 mm, zirconia, grit 60", 500, "PC", "0.92", "2026-12-14"),
        L("AD-125-K80", "Flap disc 125 mm, zirconia, grit 80", 300, "PC", "1.08", "2026-12-14"),
        L("CD-230-3", "Cutting disc 230 x 3 mm, steel", 200, "PC", "1.65", "2026-12-14")])
    t = """Sehr geehrte Frau Lindqvist,

danke für Ihre Bestellung. Wir bestätigen wie folgt:

Pos. 1 und 2: Menge und Preis lt. Bestellung, Liefertermin 14.12.2026 passt.
Pos. 3: Die Trennscheiben 230 x 3 mm sind derzeit nicht lagernd, Liefertermin KW 51. Der Preis von 1,65 € bleibt unverändert.

Die Auftragsbestätigung Nr. 26-04417 folgt separat per Post.

Mit freundlichen Grüßen / Best regards

Sabine Wimmer
Verkaufsinnendienst
Hartl Schleiftechnik GmbH
Industriestraße 12, 4600 Wels, Österreich
Tel. +43 7242 55310-22 | Fax +43 7242 55310-99
FN 123456k, LG Wels | UID ATU12345678

""" + q_outlook(p, ("Von", "Gesendet", "An", "Betreff"), loc_sent(p, "de"))
    m = reply(p, "Sabine Wimmer", "s.wimmer@hartl-schleiftechnik.example", hd("2026-11-05 10:41:07 +0100"),
              alt(t, "windows-1252"), prefix="AW: ", style="outlook",
              extra=[("Thread-Topic", req_subject(p)), ("Content-Language", "de-AT"), ("X-MS-Has-Attach", "")])
    return [p], m, confirmation(
        "Lines 1 and 2 confirmed as ordered. Line 3: same quantity and price, delivery 'KW 51' without a day = Friday of ISO week 51 = 2026-12-18. The AB number 26-04417 is the supplier's own reference, not a date or quantity.",
        (p, {1: acc(), 2: acc(), 3: chg(d="2026-12-18")}))


@case("ridgeline-iphone-oneliner", "confirmation", "en-US",
      "Two-line iPhone reply 'Will ship 12/4' (US month-first ship date, earlier than the need-by date) applying to both lines.")
def c():
    s = S("RIDGELINE", "Ridgeline Cycle Parts Inc.", "sales@ridgelinecycle.example", "en-US")
    p = PO("4700318812", s, "USD", "2026-11-09", [
        L("CH-8S-116", "Bicycle chain 8-speed, 116 links", 120, "EA", "7.85", "2026-12-08"),
        L("CH-11S-118", "Bicycle chain 11-speed, 118 links", 60, "EA", "18.40", "2026-12-08")], buyer="kevin")
    d = req_dt(p)
    t = ("Confirmed both lines, qty and price ok. Will ship 12/4.\n\nJake\n\nSent from my iPhone\n\n"
         + q_gt(p, "On Nov %d, 2026, at %s, Kevin Tran <%s> wrote:\n" % (d.day, d.strftime("%-I:%M %p"), p["buyer"]["email"])))
    m = reply(p, "Jake Morrow", "jake@ridgelinecycle.example", hd("2026-11-10 17:22:40 -0600"),
              T(t, cs="us-ascii", cte="7bit"), prefix="Re: ", style="plain",
              extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return [p], m, confirmation(
        "Both lines confirmed at PO quantity and price. Only a ship date is given: 12/4 in en-US is December 4, 2026, which becomes the date for both lines (earlier than the requested 2026-12-08, so both are 'changed').",
        (p, {1: chg(d="2026-12-04"), 2: chg(d="2026-12-04")}))


@case("maruichi-sjis-carton-rounding", "confirmation", "ja-JP",
      "Shift_JIS base64 Japanese 注文請書-style reply; line 2 rounded up to full cartons of 1,200 and given an earlier date without a year.")
def c():
    s = S("MARUICHI", "Maruichi Shinzai Co., Ltd.", "eigyo@maruichi-shinzai.example", "ja-JP")
    p = PO("4700318823", s, "JPY", "2026-11-06", [
        L("WK-CT-15", "Candle wick, cotton flat braid 15 ply", 2000, "M", "12", "2026-12-18"),
        L("WK-PR-30", "Pre-waxed candle wick with sustainer, 30 mm", 5000, "PC", "5", "2026-12-18")], buyer="priya")
    t = """ノースゲート・バイイング
プリヤ・ラマン様

いつも大変お世話になっております。
丸一芯材の佐藤でございます。

この度はご注文（PO 4700318823）を賜り、誠にありがとうございます。
下記の通りお請けいたします。

1. WK-CT-15 平打ち綿芯 15本組
　数量 2,000m　単価 12円　納期 12月18日

2. WK-PR-30 ワックス芯（座金付）30mm
　入数が1箱1,200本のため、5箱 6,000本にてお願いいたします。
　単価 5円　納期 12月11日（前倒しで出荷可能です）

ご確認のほど、よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社 丸一芯材　営業部
佐藤 健一
〒577-0000 大阪府東大阪市高井田中1-2-3
TEL 06-0000-1234 / FAX 06-0000-1235
━━━━━━━━━━━━━━━━━━━━
"""
    m = reply(p, "佐藤 健一", "k.sato@maruichi-shinzai.example", hd("2026-11-09 11:03:55 +0900"),
              T(t, cs="Shift_JIS", cte="base64"), prefix="Re: ", cs="iso-2022-jp",
              extra=[("X-Mailer", "Becky! ver. 2.81.04")])
    return [p], m, confirmation(
        "Line 1 confirmed as ordered (2,000 m, 12 JPY, 12月18日 = 2026-12-18). Line 2: carton of 1,200 pcs so 5 cartons = 6,000 pcs, price unchanged, date 12月11日 without year = 2026-12-11 (next such date after the mail).",
        (p, {1: acc(), 2: chg(q=6000, d="2026-12-11")}))


@case("plastiflex-reajuste-percent", "confirmation", "pt-BR",
      "Brazilian reply with a 4,5% resin 'reajuste' on line 1 (percentage of PO price) and a date 'dia 22/01' without a year on line 2.")
def c():
    s = S("PLASTIFLEX", "Plastiflex Embalagens Ltda.", "vendas@plastiflex-embalagens.example", "pt-BR")
    p = PO("4700318834", s, "BRL", "2026-11-05", [
        L("DL-200-LD", "Drum liner 200 L, LDPE 100 micron", 1000, "PC", "20.00", "2027-01-15"),
        L("DL-60-HD", "Drum liner 60 L, HDPE 50 micron", 2000, "PC", "6.40", "2027-01-15")], buyer="tomas")
    d = req_dt(p)
    t = """Boa tarde Tomás,

Segue confirmação do pedido 4700318834:

Item 1 - Saco liner 200 L PEBD: 1.000 pç, entrega 15/01/2027. Informamos que, devido ao aumento da resina, será aplicado reajuste de 4,5% sobre o preço unitário deste item.
Item 2 - Saco liner 60 L PEAD: 2.000 pç a R$ 6,40, entrega dia 22/01.

Qualquer dúvida estou à disposição.

Att.,
Fernanda Ribeiro
Comercial | Plastiflex Embalagens Ltda.
CNPJ 12.345.678/0001-90
(11) 4002-8922 | WhatsApp (11) 98765-4321

""" + q_gt(p, "Em qui., %d de nov. de 2026 às %s, Tomás Okafor <%s> escreveu:" % (d.day, d.strftime("%H:%M"), p["buyer"]["email"]))
    m = reply(p, "Fernanda Ribeiro", "fernanda.ribeiro@plastiflex-embalagens.example", hd("2026-11-09 14:05:31 -0300"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Line 1: quantity and date as ordered, price +4.5% on the PO price 20.00 = 20.90. Line 2: quantity and price as ordered, date '22/01' without year = 2027-01-22 (day-first).",
        (p, {1: chg(p="20.90"), 2: chg(d="2027-01-22")}))


@case("chant-decor-question-first", "needs_review", "fr-FR",
      "French reply that acknowledges the PO but asks which oak décor is meant and announces a new price before confirming anything.")
def c():
    s = S("CHANTDECOR", "Chant & Décor SAS", "adv@chant-decor.example", "fr-FR")
    p = PO("4700318845", s, "EUR", "2026-11-10", [
        L("EB-22-OAK", "Edge banding ABS 22 x 0.8 mm, oak", 1500, "M", "0.38", "2026-12-16"),
        L("EB-42-WHT", "Edge banding ABS 42 x 2 mm, white matt", 600, "M", "0.71", "2026-12-16")], buyer="ines")
    t = """Bonjour Madame Bauer,

Nous avons bien reçu votre commande n° 4700318845, merci.

Avant de la saisir, pouvez-vous nous préciser le décor exact de la ligne 1 : chêne naturel (réf. 3841) ou chêne clair (réf. 3846) ? Les deux existent en 22 x 0,8 mm.
Pour la ligne 2, le blanc mat est disponible mais le tarif a évolué depuis notre offre du 12/10 ; je vous envoie une nouvelle cotation dès que j'ai votre retour.

Dès réception de votre réponse, nous vous adresserons l'accusé de réception de commande avec les délais.

Cordialement,

Julien Marchand
ADV - Administration des ventes
Chant & Décor SAS - 14 rue des Ébénistes - 69007 Lyon
Tél. : +33 4 72 00 00 00
"""
    m = reply(p, "Julien Marchand", "j.marchand@chant-decor.example", hd("2026-11-11 09:32:12 +0100"),
              alt(t, "windows-1252"), style="outlook")
    return [p], m, other("needs_review",
                         "Supplier acknowledges receipt but asks a question (which oak décor) and says the price of line 2 changed without giving it; the order acknowledgement with dates will only follow after our answer. Nothing is committed.")


@case("kestrel-postfix-user-unknown", "bounce", "en-GB",
      "Postfix DSN (multipart/report) for our request: 550 5.1.1 user unknown, original message attached as message/rfc822.")
def c():
    s = S("KESTREL", "Kestrel Funnel Works Ltd", "orders@kestrel-funnels.example", "en-GB")
    p = PO("4700318856", s, "GBP", "2026-11-12", [
        L("FS-3-PP", "Funnel set 3 pcs, polypropylene 50/75/100 mm", 400, "SET", "2.35", "2026-12-11"),
        L("FS-5-SS", "Funnel set 5 pcs, stainless steel", 80, "SET", "9.80", "2026-12-11")])
    txt = """This is the mail system at host mail.northgate-buying.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@kestrel-funnels.example>: host mx1.kestrel-funnels.example[203.0.113.25]
    said: 550 5.1.1 <orders@kestrel-funnels.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    m = dsn(p, "MAILER-DAEMON@mail.northgate-buying.example (Mail Delivery System)", hd("2026-11-12 13:05:09 +0100"),
            txt, "mail.northgate-buying.example", "5.1.1",
            "550 5.1.1 <orders@kestrel-funnels.example>: Recipient address rejected: User unknown in virtual mailbox table",
            arrival=hd("2026-11-12 13:05:07 +0100"), remote_mta="mx1.kestrel-funnels.example")
    return [p], m, other("bounce", "Postfix non-delivery report for our acknowledgment request; the attached original contains the PO table but nobody answered it.")


@case("bergslagen-html-only-vecka", "confirmation", "sv-SE",
      "HTML-only Swedish reply with a confirmation table: 'vecka 2' for line 1, price raised to the 2027 list on line 3, Swedish decimal commas.")
def c():
    s = S("BERGSLAGEN", "Bergslagens Snöre AB", "order@bergslagens-snore.example", "sv-SE")
    p = PO("4700318867", s, "SEK", "2026-11-09", [
        L("GT-JU-3", "Garden twine jute 3-ply, 250 m spool", 400, "ROL", "34.50", "2027-01-11"),
        L("GT-PP-G", "Garden twine polypropylene green, 500 m", 250, "ROL", "41.00", "2027-01-11"),
        L("GT-SIS-1", "Sisal twine, 1 kg ball", 150, "PC", "58.00", "2027-01-11")])
    rows = [("1", "Jutegarn 3-trådigt 250 m", "400 rl", "34,50", "vecka 2"),
            ("2", "PP-garn grönt 500 m", "250 rl", "41,00", "2027-01-11"),
            ("3", "Sisalgarn 1 kg nystan", "150 st", "61,90 *", "2027-01-11")]
    tr = "".join("<tr>%s</tr>" % "".join('<td style="padding:2px 8px">%s</td>' % esc(x) for x in r) for r in rows)
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
         "<p>Hej Mara!</p><p>Tack för ordern. Vi bekräftar order 4700318867 enligt nedan:</p>"
         "<table border=\"1\" style=\"border-collapse:collapse\"><tr><th>Rad</th><th>Artikel</th><th>Antal</th>"
         "<th>Pris/enhet (SEK)</th><th>Leverans</th></tr>%s</table>"
         "<p>* Observera att sisalgarnet följer vår nya prislista som gäller från 1 januari 2027.</p>"
         "<p>Med vänliga hälsningar<br>Anders Holm<br>Bergslagens Snöre AB<br>Bruksgatan 4, 711 30 Lindesberg<br>"
         "Tel 0581-123 45 | Org.nr 556000-1234</p><hr>%s</body></html>") % (
        tr, q_outlook_html(p, ("Från", "Skickat", "Till", "Ämne"), loc_sent(p, "sv")))
    m = reply(p, "Anders Holm", "anders.holm@bergslagens-snore.example", hd("2026-11-10 13:12:44 +0100"),
              T(h, "html", "utf-8", "quoted-printable"), prefix="SV: ", style="outlook")
    return [p], m, confirmation(
        "Line 1: quantity and price as ordered, 'vecka 2' = Friday of ISO week 2 2027 = 2027-01-15. Line 2 as ordered. Line 3: quantity and date as ordered, price 61,90 SEK (new 2027 list).",
        (p, {1: chg(d="2027-01-15"), 2: acc(), 3: chg(p="61.90")}))


@case("weze-serwis-partial-tomorrow", "confirmation", "pl-PL",
      "ISO-8859-2 quoted-printable Polish reply: line 1 as ordered, line 2 earlier date, line 3 'potwierdzę jutro' left unconfirmed.")
def c():
    s = S("WEZESERWIS", "Węże-Serwis Sp. z o.o.", "zamowienia@weze-serwis.example", "pl-PL")
    p = PO("4700318878", s, "PLN", "2026-11-10", [
        L("HM-13-BR", "Hose mender 1/2 inch, brass", 300, "EA", "6.20", "2026-12-07"),
        L("HM-19-BR", "Hose mender 3/4 inch, brass", 200, "EA", "8.90", "2026-12-07"),
        L("HM-25-PL", "Hose mender 1 inch, plastic", 500, "EA", "2.35", "2026-12-07")], buyer="ines")
    d = req_dt(p)
    t = """Dzień dobry,

potwierdzamy zamówienie 4700318878:
poz. 1 - 300 szt., 6,20 zł/szt., dostawa 07.12.2026
poz. 2 - 200 szt., 8,90 zł/szt., dostawa 04.12.2026
poz. 3 - łączniki plastikowe 1" - sprawdzam jeszcze stan z magazynem, potwierdzę jutro.

Pozdrawiam
Katarzyna Nowak
Dział Sprzedaży
Węże-Serwis Sp. z o.o.
ul. Przemysłowa 8, 62-080 Tarnowo Podgórne
NIP 777-000-00-00, tel. 61 000 00 00

""" + q_gt(p, "W dniu %s o %s, Ines Bauer pisze:" % (d.strftime("%d.%m.%Y"), d.strftime("%H:%M")))
    m = reply(p, "Katarzyna Nowak", "k.nowak@weze-serwis.example", hd("2026-11-11 15:47:02 +0100"),
              T(t, cs="iso-8859-2", flowed=True), prefix="Odp: ", cs="iso-8859-2", enc="Q",
              extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
    return [p], m, confirmation(
        "Line 1 as ordered. Line 2: same quantity/price, delivery 04.12.2026 (earlier than 07.12). Line 3: supplier is still checking stock and will confirm tomorrow -> unconfirmed.",
        (p, {1: acc(), 2: chg(d="2026-12-04"), 3: unc()}))


@case("yongchang-big5-split", "confirmation", "zh-TW",
      "Big5 base64 Traditional Chinese reply splitting line 1 into two deliveries (2026/12/10 and 2027/01/08); line 2 as ordered.")
def c():
    s = S("YONGCHANG", "Yong Chang Tape Industrial Co., Ltd.", "sales@yongchang-tape.example", "zh-TW")
    p = PO("4700318889", s, "TWD", "2026-11-11", [
        L("IT-PVC-19B", "PVC insulation tape 19 mm x 20 m, black", 3000, "ROL", "9.50", "2026-12-15"),
        L("IT-PVC-19R", "PVC insulation tape 19 mm x 20 m, red", 600, "ROL", "9.50", "2026-12-15")])
    t = """Mara 您好，

感謝您的訂單 4700318889，確認如下：

項次1 黑色絕緣膠帶 19mm x 20m：共 3,000 卷，單價 NT$9.50。
因產能安排，分兩批交貨：
  第一批 2,000 卷，2026/12/10 到貨
  第二批 1,000 卷，2027/01/08 到貨
項次2 紅色絕緣膠帶 19mm x 20m：600 卷，單價 NT$9.50，2026/12/15 到貨。

如有任何問題，請隨時與我聯絡。
謝謝！

林淑芬 Lin Shu-fen
業務部
永昌膠帶工業股份有限公司
TEL: 02-2999-0000 分機 215
FAX: 02-2999-0001
"""
    m = reply(p, "林淑芬", "shufen.lin@yongchang-tape.example", hd("2026-11-12 16:20:18 +0800"),
              T(t, cs="big5", cte="base64"), prefix="回覆: ", cs="big5")
    return [p], m, confirmation(
        "Line 1: full 3,000 rolls at the PO price but split 2,000 on 2026-12-10 and 1,000 on 2027-01-08, so date = last delivery 2027-01-08 with a schedule. Line 2 confirmed as ordered.",
        (p, {1: chg(sched=[(2000, "2026-12-10"), (1000, "2027-01-08")]), 2: acc()}))


@case("pilatech-koi8-per100", "confirmation", "ru-RU",
      "KOI8-R Russian reply quoting prices per 100 pcs (one equal to the PO, one higher), pack-of-50 rounding on line 1, date '21 декабря' without year.")
def c():
    s = S("PILATECH", "OOO PilaTech", "zakaz@pilatech.example", "ru-RU")
    p = PO("4700318890", s, "RUB", "2026-11-09", [
        L("JB-T101B", "Jigsaw blade T101B, wood clean cut", 120, "PC", "18.50", "2026-12-21"),
        L("JB-T118A", "Jigsaw blade T118A, metal", 200, "PC", "21.00", "2026-12-21"),
        L("JB-T244D", "Jigsaw blade T244D, wood curve cut", 100, "PC", "24.00", "2026-12-21")], buyer="tomas")
    t = """Добрый день, Томас!

Подтверждаем заказ N 4700318890.

1. T101B - фасовка по 50 шт., поэтому отгрузим 150 шт. Цена за 100 шт. - 1 850,00 руб.
2. T118A - 200 шт., цена за 100 шт. - 2 100,00 руб.
3. T244D - 100 шт., цена за 100 шт. - 2 480,00 руб. (новый прайс с 01.11).

Срок поставки по всем позициям - 21 декабря.
Счет на оплату направим отдельным письмом.

--
С уважением,
Ирина Соколова
менеджер отдела продаж
ООО "ПилаТех"
ИНН 7700000000, КПП 770001001
тел. +7 (495) 000-00-00, доб. 114
"""
    m = reply(p, "Ирина Соколова", "i.sokolova@pilatech.example", hd("2026-11-10 12:31:09 +0300"),
              T(t, cs="koi8-r", cte="8bit"), prefix="Re: ", cs="koi8-r",
              extra=[("X-Mailer", "The Bat! (v10.5.3) Professional")])
    return [p], m, confirmation(
        "Prices are per 100 pcs: 1 850,00/100 = 18.50 and 2 100,00/100 = 21.00 equal the PO; 2 480,00/100 = 24.80 is higher. Line 1 rounded to packs of 50 -> 150 pcs. Delivery '21 декабря' without year = 2026-12-21 for all lines. So line 1 changed qty, line 2 accepted, line 3 changed price.",
        (p, {1: chg(q=150), 2: acc(), 3: chg(p="24.80")}))


@case("sharpline-dispatch-ddmm", "confirmation", "en-IN",
      "Indian-English 'confirm the same as under' with Rs. /- amounts, lakh-grouped total and a day-first dispatch date 10/12/2026 that equals the need-by date.")
def c():
    s = S("SHARPLINE", "Sharpline Tools Pvt. Ltd.", "sales@sharplinetools.example", "en-IN")
    p = PO("4700318911", s, "INR", "2026-11-06", [
        L("KS-2ST", "Knife sharpener 2-stage, ceramic/carbide", 800, "EA", "145.00", "2026-12-10"),
        L("KS-ROD-10", "Sharpening rod 10 inch, diamond", 300, "EA", "390.00", "2026-12-10")], buyer="priya")
    t = """Dear Madam,

Greetings from Sharpline Tools!

We acknowledge receipt of your above PO and confirm the same as under:

Sr. 1 - KS-2ST - 800 nos @ Rs. 145/- each
Sr. 2 - KS-ROD-10 - 300 nos @ Rs. 390/- each

Total PO value Rs. 2,33,000/- (excl. GST @18%).

Material will be dispatched by 10/12/2026. Kindly share the shipping marks and forwarder details at the earliest.

Thanks & Regards,
Rohit Agarwal
Sr. Executive - Exports
Sharpline Tools Pvt. Ltd.
Plot No. 42, GIDC Phase II, Rajkot - 360003, Gujarat
M: +91 98250 00000 | GSTIN 24AAACS0000A1Z5

""" + q_gt(p)
    m = reply(p, "Rohit Agarwal", "rohit.agarwal@sharplinetools.example", hd("2026-11-09 12:48:17 +0530"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Both lines confirmed at PO quantity and price (Rs. 145/- and 390/-; the lakh-format total 2,33,000 matches). Only a dispatch date is given, 10/12/2026 day-first = 2026-12-10, which equals the requested date -> accepted.",
        (p, {1: acc(), 2: acc()}))


@case("paralumi-fuori-ufficio", "auto_reply", "it-IT",
      "Italian/English out-of-office auto reply quoting a return date and a colleague's phone number.")
def c():
    s = S("PARALUMI", "Paralumi Artigiani Srl", "ordini@paralumi-artigiani.example", "it-IT")
    p = PO("4700318922", s, "EUR", "2026-11-09", [
        L("LS-DR-30", "Lamp shade drum 30 cm, linen natural", 120, "EA", "11.40", "2026-12-15"),
        L("LS-CO-40", "Lamp shade cone 40 cm, white fabric", 60, "EA", "16.90", "2026-12-15")], buyer="ines")
    t = """Gentile mittente,

sono fuori ufficio fino a lunedì 16 novembre 2026 compreso, con accesso limitato alla posta elettronica.
Per ordini e conferme urgenti potete contattare la collega Giulia Ferri (giulia.ferri@paralumi-artigiani.example, tel. +39 055 000 0000).

I am out of the office until Monday 16 November 2026 with limited access to e-mail. For urgent matters please contact Giulia Ferri.

Cordiali saluti
Marco Bellini
Paralumi Artigiani Srl
"""
    m = reply(p, "Marco Bellini", "ordini@paralumi-artigiani.example", hd("2026-11-09 13:34:41 +0100"),
              T(t), subject="Risposta automatica: " + req_subject(p), style="outlook",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("Content-Language", "it-IT")])
    return [p], m, other("auto_reply", "Out-of-office auto reply (Auto-Submitted: auto-replied); the return date and phone number are not a delivery confirmation.")


@case("bajio-two-pos-one-mail", "confirmation", "es-MX",
      "One Mexican reply answering two POs: the first fully as ordered, the second with a later date on one line and a discontinued refill rejected.")
def c():
    s = S("LIMPBAJIO", "Limpieza Industrial del Bajío S.A. de C.V.", "ventas@limpiezabajio.example", "es-MX")
    a = PO("4700318933", s, "MXN", "2026-11-05", [
        L("MH-COT-450", "Mop head cotton 450 g", 400, "EA", "38.50", "2026-12-11"),
        L("MH-MF-40", "Microfiber flat mop pad 40 cm", 250, "EA", "52.00", "2026-12-11")], buyer="tomas")
    b = PO("4700318944", s, "MXN", "2026-11-06", [
        L("MH-KY-400", "Kentucky mop head 400 g, blue", 150, "EA", "61.00", "2026-12-18"),
        L("MH-SP-28", "Sponge mop refill 28 cm", 100, "EA", "44.00", "2026-12-18")], buyer="tomas")
    t = """Buen día Tomás,

Te confirmo ambas órdenes:

OC 4700318933
- Partida 1: 400 pzas a $38.50, entrega 11/12/2026
- Partida 2: 250 pzas a $52.00, entrega 11/12/2026

OC 4700318944
- Partida 1: 150 pzas a $61.00, pero la entrega sería hasta el 8 de enero.
- Partida 2: el repuesto de esponja de 28 cm ya está descontinuado, no lo podemos surtir. Una disculpa.

Saludos cordiales,

Luis Hernández
Ejecutivo de Ventas
Limpieza Industrial del Bajío S.A. de C.V.
Tel. 477 000 0000 ext. 12 | RFC LIB980101AB1

""" + q_outlook(a, ("De", "Enviado el", "Para", "Asunto"), loc_sent(a, "es"))
    m = reply(a, "Luis Hernández", "luis.hernandez@limpiezabajio.example", hd("2026-11-10 11:15:40 -0600"),
              alt(t), style="outlook")
    return [a, b], m, confirmation(
        "PO 4700318933: both lines as ordered (11/12/2026 is 11 December, day-first). PO 4700318944: line 1 same qty/price, delivery '8 de enero' without year = 2027-01-08; line 2 discontinued -> rejected.",
        (a, {1: acc(), 2: acc()}), (b, {1: chg(d="2027-01-08"), 2: rej()}))


@case("touw-devries-per-meter", "confirmation", "nl-NL",
      "Dutch reply quoting line 1 at € 0,26 per meter for a 100 m roll (= 26.00 per ROL) and 'woensdag 9 december' dates.")
def c():
    s = S("DEVRIES", "Touwfabriek De Vries B.V.", "verkoop@touwdevries.example", "nl-NL")
    p = PO("4700318955", s, "EUR", "2026-11-11", [
        L("NC-4-100", "Nylon cord 4 mm braided, roll of 100 m", 80, "ROL", "24.00", "2026-12-09"),
        L("NC-6-50", "Nylon cord 6 mm twisted, roll of 50 m", 60, "ROL", "19.50", "2026-12-09")])
    t = """Goedemorgen Mara,

Dank voor je order. Hierbij onze bevestiging:

Regel 1: 80 rollen à 100 m. Let op: onze prijs is sinds 1 oktober € 0,26 per meter, dus € 26,00 per rol. Levering woensdag 9 december.
Regel 2: 60 rollen à 50 m, € 19,50 per rol, levering eveneens woensdag 9 december.

Met vriendelijke groet,

Sanne Bakker
Binnendienst verkoop
Touwfabriek De Vries B.V. | Havenweg 21 | 8281 KL Genemuiden
T 038 000 0000 | KvK 01234567 | BTW NL001234567B01

""" + q_outlook(p, ("Van", "Verzonden", "Aan", "Onderwerp"), loc_sent(p, "nl"))
    m = reply(p, "Sanne Bakker", "s.bakker@touwdevries.example", hd("2026-11-12 08:58:21 +0100"),
              alt(t), style="outlook")
    return [p], m, confirmation(
        "Line 1: 80 rolls of 100 m at 0,26 EUR/m = 26.00 EUR per roll (PO 24.00) -> changed price; date 9 December = 2026-12-09 as requested. Line 2 as ordered.",
        (p, {1: chg(p="26.00"), 2: acc()}))


@case("nordisk-julenyhedsbrev", "unrelated", "da-DK",
      "Danish Christmas newsletter (bulk, List-Unsubscribe) from the oven-glove supplier listing new glove prices and holiday opening hours.")
def c():
    s = S("NORDISKKT", "Nordisk Køkkentekstil A/S", "ordre@nordisk-kokkentekstil.example", "da-DK")
    p = PO("4700318966", s, "DKK", "2026-11-10", [
        L("OG-SIL-32", "Oven glove silicone 32 cm, grey", 300, "PR", "42.00", "2026-12-14"),
        L("OG-COT-DBL", "Double oven glove cotton, striped", 150, "PC", "55.00", "2026-12-14")], buyer="kevin")
    t = """Nyhedsbrev november 2026 - Nordisk Køkkentekstil

Kære kunde,

Julen nærmer sig, og vi har nyheder til jeres sortiment:

* Ny grillhandske i aramid, 35 cm - introduktionspris 79,00 kr. pr. par (min. 50 par)
* Silikone-ovnhandsken OG-SIL-32 fås nu også i sort - samme pris 42,00 kr.
* Grydelapper i økologisk bomuld, 2 stk. - 24,50 kr.

Åbningstider i julen:
23.12.2026 kl. 8-12, lukket 24.12.2026 - 1.1.2027. Sidste forsendelse før jul: 18. december.

Med venlig hilsen
Nordisk Køkkentekstil A/S
Industrivej 7, 7400 Herning | CVR 12345678

Du modtager denne e-mail, fordi du er kunde hos os. Afmeld nyhedsbrevet her: https://nordisk-kokkentekstil.example/afmeld?id=88213
"""
    m = message(addr("Nordisk Køkkentekstil", "nyhedsbrev@nordisk-kokkentekstil.example"), p["buyer"]["email"],
                "Julenyheder og åbningstider i julen 2026", hd("2026-11-17 07:00:00 +0100"), alt(t),
                msgid("plain", "nordisk-news", "mailer.nordisk-kokkentekstil.example"),
                extra=[("List-Unsubscribe", "<https://nordisk-kokkentekstil.example/afmeld?id=88213>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [p], m, other("unrelated", "Marketing newsletter; it mentions the ordered glove article and a last shipping date but does not answer PO 4700318966.")


@case("svorky-xlsx-potvrzeni", "confirmation", "cs-CZ",
      "Czech two-liner with the confirmation only in an XLSX attachment (date serials, a 250 pcs pack-rounded quantity, one later date) plus a bilingual disclaimer.")
def c():
    s = S("SVORKY", "Svorky Morava s.r.o.", "obchod@svorky-morava.example", "cs-CZ")
    p = PO("4700318977", s, "CZK", "2026-11-09", [
        L("PC-W1-16", "Pipe clamp W1 12-22 mm", 1000, "PC", "4.90", "2026-12-14"),
        L("PC-W1-32", "Pipe clamp W1 25-40 mm", 800, "PC", "6.30", "2026-12-14"),
        L("PC-W4-60", "Pipe clamp W4 stainless 50-70 mm", 240, "PC", "21.80", "2026-12-14")], buyer="ines")
    D = _dt.date
    x = xlsx([
        ["Potvrzení objednávky", None, None, None, None, None, None, None],
        ["Naše č. zakázky", "ZK-26-1187"],
        ["Vaše objednávka", "4700318977"],
        ["Datum", D(2026, 11, 10)],
        [],
        ["Pol.", "Kód", "Název", "Množství", "MJ", "Cena/MJ CZK", "Datum dodání", "Poznámka"],
        [1, "PC-W1-16", "Hadicová spona W1 12-22", 1000, "ks", 4.9, D(2026, 12, 14), ""],
        [2, "PC-W1-32", "Hadicová spona W1 25-40", 800, "ks", 6.3, D(2026, 12, 21), "materiál na cestě"],
        [3, "PC-W4-60", "Hadicová spona W4 nerez 50-70", 250, "ks", 21.8, D(2026, 12, 14), "balení po 50 ks"],
    ], sheet="Potvrzeni")
    t = """Dobrý den,

v příloze zasíláme potvrzení objednávky č. 4700318977 (naše zakázka ZK-26-1187). Prosíme o kontrolu.

S pozdravem

Petra Dvořáková
obchodní oddělení
Svorky Morava s.r.o., Průmyslová 1520, 686 01 Uherské Hradiště
tel.: +420 572 000 000, IČ: 12345678, DIČ: CZ12345678

Tento e-mail je určen pouze pro adresáta. This e-mail is intended only for the addressee; if you received it by mistake, please delete it and notify the sender.
"""
    body = M("mixed", alt(t, "windows-1250"),
             A("Potvrzeni_objednavky_4700318977.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x))
    m = reply(p, "Petra Dvořáková", "dvorakova@svorky-morava.example", hd("2026-11-10 14:22:50 +0100"),
              body, prefix="RE: ", style="outlook", cs="windows-1250", enc="Q")
    return [p], m, confirmation(
        "The XLSX (dates are Excel serials formatted dd.mm.yyyy) confirms line 1 as ordered, line 2 at 21.12.2026 instead of 14.12, line 3 rounded to packs of 50 -> 250 pcs at the PO price.",
        (p, {1: acc(), 2: chg(d="2026-12-21"), 3: chg(q=250)}))


@case("papadopoulos-greek-as-is", "confirmation", "el-GR",
      "ISO-8859-7 Greek 'ως έχει' confirmation of the whole PO whose signature is full of tax numbers, IBAN and phone numbers.")
def c():
    s = S("PAPADOP", "Papadopoulos Tools S.A.", "poliseis@papadopoulos-tools.example", "el-GR")
    p = PO("4700318988", s, "EUR", "2026-11-10", [
        L("RM-450-BK", "Rubber mallet 450 g, black head", 240, "EA", "5.60", "2026-12-17"),
        L("RM-900-WH", "Rubber mallet 900 g, white non-marking", 120, "EA", "8.90", "2026-12-17")], buyer="kevin")
    t = """Καλησπέρα σας κύριε Tran,

Επιβεβαιώνουμε την παραγγελία σας 4700318988 ως έχει: ποσότητες και τιμές όπως στην παραγγελία, παράδοση 17/12/2026.

Με εκτίμηση,

Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Παπαδόπουλος Εργαλεία Α.Ε.
Οδός Πειραιώς 120, 118 54 Αθήνα
Τηλ. 210 0000000, Fax 210 0000001, Κιν. 694 0000000
ΑΦΜ 099999999, ΔΟΥ ΦΑΕ Αθηνών, ΓΕΜΗ 123456701000
IBAN GR16 0110 1250 0000 0001 2300 695
"""
    m = reply(p, "Γιώργος Παπαδόπουλος", "g.papadopoulos@papadopoulos-tools.example", hd("2026-11-11 17:40:11 +0200"),
              T(t, cs="iso-8859-7"), prefix="ΑΠ: ", cs="iso-8859-7")
    return [p], m, confirmation(
        "Whole PO confirmed 'as is': quantities and prices as ordered, delivery 17/12/2026 = requested date. The signature numbers are not order data.",
        (p, {1: acc(), 2: acc()}))


@case("seulatekniikka-palaan-perjantaina", "needs_review", "fi-FI",
      "Finnish 'order received, delivery times and prices confirmed next week, I'll revert by Friday 20.11.' - a date that is not a delivery date.")
def c():
    s = S("SEULATEK", "Seulatekniikka Oy", "myynti@seulatekniikka.example", "fi-FI")
    p = PO("4700318999", s, "EUR", "2026-11-11", [
        L("SM-200-1.0", "Sieve mesh stainless 200 mm, 1.0 mm aperture", 50, "PC", "18.40", "2027-01-20"),
        L("SM-300-0.5", "Sieve mesh stainless 300 mm, 0.5 mm aperture", 30, "PC", "27.90", "2027-01-20")])
    t = """Hei Mara,

kiitos tilauksesta 4700318999. Tilaus on vastaanotettu ja välitetty tuotantoon.

Toimitusajat ja hinnat vahvistetaan ensi viikon aikana, kun saamme verkkotoimittajaltamme tiedon raaka-aineesta. Palaan asiaan viimeistään perjantaina 20.11.

Ystävällisin terveisin

Jukka Virtanen
Myyntipäällikkö
Seulatekniikka Oy | Konepajantie 3, 33700 Tampere
puh. 040 000 0000 | Y-tunnus 1234567-8

""" + q_gt(p, "Mara Lindqvist kirjoitti %s:" % req_dt(p).strftime("%-d.%-m.%Y klo %H.%M"))
    m = reply(p, "Jukka Virtanen", "jukka.virtanen@seulatekniikka.example", hd("2026-11-12 10:05:33 +0200"),
              T(t, cs="iso-8859-15", flowed=True), prefix="Re: ", cs="iso-8859-15",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return [p], m, other("needs_review", "Receipt only: delivery times and prices will be confirmed next week; 20.11 is when the supplier will revert, not a delivery date. No line is committed.")
