"""Cases 001-018."""
from .common import *  # noqa: F401,F403
from .common import BUYERS

DANA = BUYERS["dana"]


@case("kw51-all-lines-de", "confirmation", "de-DE", "German top-post, Latin-1 QP; single 'Liefertermin KW 51' for all positions equals the requested Friday")
def c001():
    sup = ("BIENRANFT", "Bienenhof Ranftl GmbH", "auftrag@bienenhof-ranftl.example", "de-DE")
    po = PO("4500031101", sup, [
        (1, "ZR-DN-10", "Zander frame, beech, wired", 500, "EA", "0.85", "2026-12-18"),
        (2, "DA-HR-10", "Dadant frame, beech, unwired", 300, "EA", "1.10", "2026-12-18"),
        (3, "LA-HR-10", "Langstroth frame, pine", 200, "EA", "0.95", "2026-12-18"),
    ])
    body = f"""Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500031101.

Wir bestätigen alle drei Positionen zu Menge und Preis wie bestellt.
Liefertermin: KW 51 (frei Haus).

Mit freundlichen Grüßen

Johanna Ranftl
Auftragsabwicklung
Bienenhof Ranftl GmbH | Am Immenhof 4 | 94315 Straubing
Tel. +49 9421 55 83-12
Geschäftsführer: Alois Ranftl | HRB 4421 AG Straubing

-----Ursprüngliche Nachricht-----
Von: Dana Ruiz <dana.ruiz@buyer.example>
Gesendet: Dienstag, 17. November 2026 09:12
An: auftrag@bienenhof-ranftl.example
Betreff: Purchase order 4500031101 - please confirm

{chr(10).join(po_table(po))}
"""
    m = mail(("Johanna Ranftl", sup[2]), DANA, "AW: Purchase order 4500031101 - please confirm",
             when("2026-11-23 10:41", 1), body, charset="iso-8859-1", reply_to=rid(po["po_number"]),
             mailer="Microsoft Outlook 16.0")
    exp = conf(po, {1: A(po, 1), 2: A(po, 2), 3: A(po, 3)},
               "KW 51 without a day means Friday 2026-12-18, which is the requested date; quantities and prices confirmed as ordered, so all lines accepted.")
    return [po], m, exp


@case("jaenner-price-surcharge-at", "confirmation", "de-AT", "Austrian 'Jänner' month name, decimal comma price change on one line, later date on the other")
def c002():
    sup = ("FECHTWI", "Fechtsport Wimmer KG", "verkauf@fechtsport-wimmer.example", "de-AT")
    po = PO("4500031102", sup, [
        (1, "FK-FL5-M", "Foil blade size 5, maraging steel, FIE", 40, "EA", "48.50", "2027-01-15"),
        (2, "FK-DG5-M", "Epee blade size 5, maraging steel, FIE", 30, "EA", "62.00", "2027-01-15"),
    ], issued="2026-11-12")
    body = """Grüß Gott Frau Ruiz,

zu Ihrer Bestellung 4500031102 dürfen wir wie folgt bestätigen:

Pos. 1 Florettklingen Gr. 5 maraging: 40 Stk. à € 51,20 (Legierungszuschlag Maraging-Stahl ab 1.12.), Liefertermin 15. Jänner 2027
Pos. 2 Degenklingen Gr. 5 maraging: 30 Stk. à € 62,00, Liefertermin leider erst 29. Jänner 2027

Wir bitten um kurze Rückmeldung, falls der Zuschlag ein Problem darstellt.

Freundliche Grüße aus Wiener Neustadt
Florian Wimmer
Fechtsport Wimmer KG
Neunkirchner Straße 112, 2700 Wiener Neustadt
FN 214477 s, LG Wiener Neustadt
"""
    m = mail(("Florian Wimmer", sup[2]), DANA, "AW: Purchase order 4500031102 - please confirm",
             when("2026-11-24 14:05", 1), body, charset="windows-1252", cte="8bit", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(40, "51.20", "2027-01-15"), 2: C(30, "62.00", "2027-01-29")},
               "Austrian 'Jänner' = January. Line 1 confirmed at a higher price (EUR 51,20), line 2 at the PO price but two weeks later; both are committed changes, the closing remark is not a condition.")
    return [po], m, exp


@case("split-two-sentences-fr", "confirmation", "fr-FR", "Split delivery spread over two sentences ('60 le 14 décembre. Le solde ... le 8 janvier')")
def c003():
    sup = ("CORDHARP", "Cordes Harpe Lemaître SARL", "commandes@cordes-lemaitre.example", "fr-FR")
    po = PO("4500031103", sup, [
        (1, "BY-3C", "Harp string, gut, 3rd octave C", 100, "EA", "7.80", "2026-12-18"),
        (2, "FC-5G", "Harp string, copper wound, 5th octave G", 50, "EA", "14.20", "2026-12-18"),
    ])
    body = """Bonjour Madame Ruiz,

Merci pour votre commande n° 4500031103.

Pour les cordes filées cuivre (ligne 2) : 50 pièces à 14,20 €, livraison le 18 décembre comme demandé.

Pour les cordes boyau DO 3e octave (ligne 1), nous n'avons pas tout en stock. Nous livrerons 60 cordes le 14 décembre.
Le solde, soit 40 pièces, suivra le 8 janvier. Prix inchangé.

Bien cordialement,

Camille Lemaître
Service commercial
Cordes Harpe Lemaître SARL - 14 rue des Luthiers - 69002 Lyon
Tél. : 04 78 42 19 63

Le 17/11/2026 à 09:12, Dana Ruiz a écrit :
""" + quote(po_table(po))
    m = mail(("Camille Lemaître", sup[2]), DANA, "RE: Purchase order 4500031103 - please confirm",
             when("2026-11-19 16:22", 1), body, charset="iso-8859-15", reply_to=rid(po["po_number"]),
             mailer="Mozilla Thunderbird")
    exp = conf(po, {1: C(100, "7.80", "2027-01-08", [(60, "2026-12-14"), (40, "2027-01-08")]),
                    2: A(po, 2)},
               "Line 1 is split across two sentences: 60 on 14 Dec, the remaining 40 on 8 Jan (no year: next occurrence, 2027). Line 2 confirmed as ordered.")
    return [po], m, exp


@case("box-rounding-iso2022jp", "confirmation", "ja-JP", "ISO-2022-JP; quantity rounded up to full boxes of 72, second line later date in 年月日 form")
def c004():
    sup = ("MATSUGL", "松浪硝子販売株式会社", "eigyo@matsunami-glass-sales.example", "ja-JP")
    po = PO("4500031104", sup, [
        (1, "MS-7626F", "Microscope slide 76x26 mm, frosted end", 2000, "EA", "0.12", "2026-12-11"),
        (2, "MS-7626C", "Microscope slide, single cavity", 300, "EA", "0.95", "2026-12-11"),
    ], currency="USD")
    body = """ダナ・ルイス様

いつもお世話になっております。
松浪硝子販売の山田でございます。

ご注文（発注番号 4500031104）につきまして、下記の通りご回答申し上げます。

1. MS-7626F（フロスト付スライドグラス）
   1箱72枚入りのため、28箱＝2,016枚でお受けいたします。
   単価 USD 0.12、納期 12月11日

2. MS-7626C（ホールスライドグラス）
   300枚、単価 USD 0.95
   納期：2027年1月8日（製造ロットの都合によります）

何卒よろしくお願い申し上げます。

------------------------------------
松浪硝子販売株式会社　営業部
山田 太一
〒597-0104 大阪府貝塚市
TEL 072-433-0000
------------------------------------
"""
    m = mail(("山田 太一", sup[2]), DANA, "Re: Purchase order 4500031104 - please confirm",
             when("2026-11-20 11:03", 9), body, charset="iso-2022-jp", cte="7bit", reply_to=rid(po["po_number"]),
             mailer="Becky! ver. 2.81.04")
    exp = conf(po, {1: C(2016, "0.12", "2026-12-11"), 2: C(300, "0.95", "2027-01-08")},
               "Line 1 rounded up to 28 boxes of 72 = 2,016 pieces at the PO price and date; line 2 moved to 8 Jan 2027.")
    return [po], m, exp


@case("one-line-later-gb2312", "confirmation", "zh-CN", "GB2312 base64; items referenced by 第N项, date '1月22日' without year")
def c005():
    sup = ("NBSKATE", "宁波飞轮滑板配件有限公司", "sales@nb-feilun-skate.example", "zh-CN")
    po = PO("4500031105", sup, [
        (1, "TRK-129-RAW", "Skateboard truck 129 mm, raw aluminium", 400, "PR", "11.40", "2027-01-15"),
        (2, "TRK-139-BLK", "Skateboard truck 139 mm, black", 400, "PR", "12.10", "2027-01-15"),
        (3, "KP-8", "Kingpin bolt 3/8 in. with nut", 800, "EA", "0.65", "2027-01-15"),
    ], currency="USD")
    body = """Dana 您好！

订单 4500031105 已收到，谢谢。
第1项、第2项：数量、单价按订单确认，交期2027年1月15日。
第3项（主螺栓 KP-8）：数量800个，单价USD 0.65不变，交期改为1月22日（螺栓需外协电镀）。

如有问题请随时联系。

祝好
陈丽
宁波飞轮滑板配件有限公司 外贸部
电话：+86 574 8765 2210
"""
    m = mail(("陈丽", sup[2]), DANA, "回复：Purchase order 4500031105 - please confirm",
             when("2026-11-24 09:47", 8), body, charset="gb2312", cte="base64", reply_to=rid(po["po_number"]),
             mailer="Foxmail 7.2")
    exp = conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(800, "0.65", "2027-01-22")},
               "Lines 1-2 confirmed as ordered; line 3 date moved to 1月22日, which without a year is the next 22 January after the mail date, i.e. 2027-01-22.")
    return [po], m, exp


@case("persian-digits-yurt", "confirmation", "fa-IR", "Persian reply with Persian digits and Gregorian month names; one line repriced and later")
def c006():
    sup = ("TABRIZYR", "Tabriz Felt & Timber Co.", "sales@tabriz-felt.example", "fa-IR")
    po = PO("4500031106", sup, [
        (1, "YR-180-ASH", "Yurt roof ring (toono) 1.8 m, ash", 6, "EA", "420.00", "2027-01-29"),
        (2, "YR-240-ASH", "Yurt roof ring (toono) 2.4 m, ash", 4, "EA", "585.00", "2027-01-29"),
    ])
    body = """خانم روییز گرامی،
با سلام و احترام

در پاسخ به سفارش خرید شماره 4500031106:

ردیف ۱ – حلقه سقف یورت ۱٫۸ متری (YR-180): ۶ عدد، قیمت واحد ۴۲۰ یورو، تحویل ۲۹ ژانویه ۲۰۲۷ – تأیید می‌شود.
ردیف ۲ – حلقه سقف یورت ۲٫۴ متری (YR-240): ۴ عدد، قیمت واحد ۶۱۰ یورو (به دلیل افزایش قیمت چوب زبان‌گنجشک)، تحویل ۱۲ فوریه ۲۰۲۷.

با تشکر
رضا محمدی
واحد فروش – شرکت نمد و چوب تبریز
تلفن: ۰۴۱-۳۳۳۴۵۶۷۸
"""
    m = mail(("رضا محمدی", sup[2]), DANA, "پاسخ: Purchase order 4500031106 - please confirm",
             when("2026-11-22 10:15", 3, 30), body, charset="utf-8", cte="base64", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(4, "610.00", "2027-02-12")},
               "Persian digits: line 1 confirmed as ordered (۲۹ ژانویه ۲۰۲۷ = 2027-01-29); line 2 at EUR 610 per ring and delivery ۱۲ فوریه ۲۰۲۷ = 2027-02-12.")
    return [po], m, exp


@case("swahili-line-rejected", "confirmation", "sw-KE", "Swahili reply; one line declined because the aluminium cup is discontinued")
def c007():
    sup = ("NAIROBWX", "Upepo Instruments Ltd", "mauzo@upepo-instruments.example", "sw-KE")
    po = PO("4500031107", sup, [
        (1, "AC-3P", "Anemometer cup set (3 cups), polycarbonate", 120, "SET", "18.50", "2026-12-18"),
        (2, "AC-AL", "Anemometer cup, spun aluminium", 90, "EA", "9.75", "2026-12-18"),
        (3, "AC-HUB", "Anemometer cup hub, 3-arm", 40, "EA", "6.20", "2026-12-18"),
    ], currency="USD")
    body = """Habari Bi. Ruiz,

Asante kwa oda yako namba 4500031107.

Tunathibitisha yafuatayo:
- Mstari 1 (AC-3P, seti za vikombe): seti 120 kwa USD 18.50, tutawasilisha tarehe 18 Desemba 2026.
- Mstari 3 (AC-HUB): vipande 40 kwa USD 6.20, tarehe 18 Desemba 2026.
- Mstari 2 (AC-AL, vikombe vya alumini): samahani, hatutengenezi tena bidhaa hii, kwa hiyo hatuwezi kuisambaza.

Karibu tena.

Wanjiru Kamau
Idara ya Mauzo, Upepo Instruments Ltd
Enterprise Road, Nairobi | +254 20 555 0134
"""
    m = mail(("Wanjiru Kamau", sup[2]), DANA, "RE: Purchase order 4500031107 - please confirm",
             when("2026-11-20 08:30", 3), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: R, 3: A(po, 3)},
               "Swahili: lines 1 and 3 confirmed as ordered; line 2 is declined ('hatuwezi kuisambaza' - we cannot supply it).")
    return [po], m, exp


@case("edi-855-plaintext", "confirmation", "en-US", "EDI-like 855 segments in plain text; ACK codes IA/IP/DR and ship dates")
def c008():
    sup = ("BLAZEFIT", "Blaze Fire Fittings Inc.", "edi@blazefittings.example", "en-US")
    po = PO("4500031108", sup, [
        (1, "FHC-150-NST", "Fire hose coupling 1-1/2 in. NST, rocker lug", 60, "EA", "38.90", "2026-12-11"),
        (2, "FHC-250-NST", "Fire hose coupling 2-1/2 in. NST, rocker lug", 40, "EA", "64.50", "2026-12-11"),
        (3, "FHC-STZ-5", "Storz coupling 5 in., hard-coat aluminium", 12, "EA", "189.00", "2027-01-08"),
    ], currency="USD")
    body = """PURCHASE ORDER ACKNOWLEDGMENT - SYSTEM GENERATED
TRADING PARTNER: BUYER EXAMPLE CORP

ISA*00*          *00*          *ZZ*BLAZEFIT       *ZZ*BUYEREX        *261120*1422*U*00401*000004711*0*P*>~
GS*PR*BLAZEFIT*BUYEREX*20261120*1422*4711*X*004010~
ST*855*0001~
BAK*00*AC*4500031108*20261117~
PO1*1*60*EA*38.90**VP*FHC-150-NST~
ACK*IA*60*EA*068*20261211~
PO1*2*40*EA*66.80**VP*FHC-250-NST~
ACK*IP*40*EA*068*20261211~
PO1*3*12*EA*189.00**VP*FHC-STZ-5~
ACK*DR*12*EA*068*20270115~
CTT*3~
SE*10*0001~
GE*1*4711~
IEA*1*000004711~

Legend: IA=accepted, IP=accepted price changed, DR=accepted date rescheduled, 068=scheduled ship date
Questions: edi-support@blazefittings.example  (800) 555-0147
"""
    m = mail(("Blaze EDI Gateway", sup[2]), DANA, "855 ACK PO 4500031108",
             when("2026-11-20 14:22", -6), body, charset="us-ascii", cte="7bit")
    exp = conf(po, {1: A(po, 1), 2: C(40, "66.80", "2026-12-11"), 3: C(12, "189.00", "2027-01-15")},
               "EDI-style acknowledgment: line 1 IA as ordered; line 2 IP with price 66.80; line 3 DR with ship date 2027-01-15 (only a ship date is given, so it is the date).")
    return [po], m, exp


@case("ooo-finnish-english", "auto_reply", "fi-FI", "Finnish+English out-of-office with a 'back on 7.12.' date and a deputy's address")
def c009():
    sup = ("LAPPITUU", "Lapin Tuulimittari Oy", "myynti@lapintuuli.example", "fi-FI")
    po = PO("4500031109", sup, [
        (1, "TM-CUP-65", "Anemometer cup 65 mm, ABS", 300, "EA", "3.40", "2026-12-18"),
        (2, "TM-ARM-3", "Cup arm set, stainless", 100, "SET", "7.90", "2026-12-18"),
    ])
    body = """Hei,

olen lomalla ja palaan toimistolle 7.12. Sähköpostejani ei lueta poissaoloni aikana.
Kiireellisissä tilausasioissa ota yhteyttä: tilaukset@lapintuuli.example tai puh. 040 123 4567.

Hello,

I am on annual leave and back on 7 December. Your e-mail will not be forwarded.
For urgent order matters please contact tilaukset@lapintuuli.example.

Ystävällisin terveisin / Best regards
Aino Virtanen
Lapin Tuulimittari Oy
"""
    m = mail(("Aino Virtanen", sup[2]), DANA, "Automaattinen vastaus: Purchase order 4500031109 - please confirm",
             when("2026-11-17 10:13", 2), body, charset="iso-8859-1", reply_to=rid(po["po_number"]),
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    exp = other("auto_reply", "Out-of-office notice in Finnish and English; the 'back on 7.12.' date is the sender's return, not a delivery date.")
    return [po], m, exp


@case("postfix-user-unknown", "bounce", "es-CO", "Postfix DSN 5.1.1 for the PO request; original headers attached as text/rfc822-headers")
def c010():
    sup = ("ANDESBEE", "Apícola Andes S.A.S.", "ventas@apicola-andes.example", "es-CO")
    po = PO("4500031110", sup, [
        (1, "MARCO-LG", "Beehive frame Langstroth, pine, assembled", 1000, "EA", "0.78", "2027-01-08"),
        (2, "MARCO-MD", "Beehive frame medium, pine, assembled", 600, "EA", "0.70", "2027-01-08"),
    ], currency="USD")
    human = """This is the mail system at host mx1.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ventas@apicola-andes.example>: host mx.apicola-andes.example[190.85.14.22] said:
    550 5.1.1 <ventas@apicola-andes.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    m = dsn("MAILER-DAEMON@mx1.buyer.example (Mail Delivery System)", "dana.ruiz@buyer.example",
            "Undelivered Mail Returned to Sender", when("2026-11-17 09:13", 1), human, "mx1.buyer.example",
            [("ventas@apicola-andes.example", "failed", "5.1.1",
              "550 5.1.1 <ventas@apicola-andes.example>: Recipient address rejected: User unknown in virtual mailbox table")],
            original=po_headers(po), arrival=when("2026-11-17 09:12", 1))
    exp = other("bounce", "Postfix non-delivery report: the PO request never reached the supplier (5.1.1 user unknown).")
    return [po], m, exp


@case("question-skeg-colour-mx", "needs_review", "es-MX", "Mexican supplier asks which colour and drawing revision before confirming; quotes PO figures")
def c011():
    sup = ("KAYAKMX", "Kayaks del Pacífico S.A. de C.V.", "ventas@kayakspacifico.example", "es-MX")
    po = PO("4500031111", sup, [
        (1, "SKG-RET-01", "Retractable kayak skeg blade, polycarbonate", 80, "EA", "23.60", "2027-01-22"),
        (2, "SKG-BOX-01", "Skeg box assembly", 80, "EA", "41.00", "2027-01-22"),
    ], currency="USD")
    body = """Hola Dana, buenas tardes.

Antes de confirmarte el pedido 4500031111 necesito dos datos:

1. ¿Las aletas (skeg) las quieres en negro o en translúcido humo? En el pedido no viene el color.
2. El plano que nos mandaron es Rev. C, pero en el sistema tenemos Rev. D para la caja del skeg. ¿Cuál aplica?

En cuanto me confirmes te mando la confirmación con fechas. Precios y cantidades no habría problema en principio.

Saludos cordiales,
Luis Ángel Ortega
Ventas Nacionales / Exportación
Kayaks del Pacífico S.A. de C.V.
Av. del Mar 1450, Mazatlán, Sin. | Tel. (669) 985 2210

El mar, 17 nov 2026 a las 2:12, Dana Ruiz (<dana.ruiz@buyer.example>) escribió:
""" + quote(po_table(po))
    m = mail(("Luis Ángel Ortega", sup[2]), DANA, "Re: Purchase order 4500031111 - please confirm",
             when("2026-11-18 15:40", -7), body, reply_to=rid(po["po_number"]), mailer="Gmail")
    exp = other("needs_review", "The supplier asks about colour and drawing revision and explicitly defers the confirmation; 'no habría problema en principio' is not a commitment.")
    return [po], m, exp


@case("typo-self-correction-it", "confirmation", "it-IT", "Supplier first writes 5 gennaio, then corrects the typo to 15 gennaio in the same mail")
def c012():
    sup = ("SCALMIVE", "Nautica Scalmi Venezia S.r.l.", "ordini@scalmi-venezia.example", "it-IT")
    po = PO("4500031112", sup, [
        (1, "SCL-13", "Rowing oarlock, 13 mm pin, nylon", 80, "EA", "21.40", "2027-01-15"),
        (2, "SCL-RG", "Rowing oarlock gate with spacer set", 40, "EA", "24.90", "2027-01-15"),
    ])
    body = """Buongiorno Sig.ra Ruiz,

confermiamo l'ordine 4500031112 per entrambe le posizioni, quantità e prezzi come da Vostro ordine.
Consegna prevista: 5 gennaio 2027.

Scusate, refuso: la data corretta è il 15 gennaio, non il 5.

Cordiali saluti
Giulia Benetti
Ufficio Commerciale
Nautica Scalmi Venezia S.r.l. - Via delle Fondamenta 22 - 30142 Venezia
P.IVA 03344556677

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.
"""
    m = mail(("Giulia Benetti", sup[2]), DANA, "R: Purchase order 4500031112 - please confirm",
             when("2026-11-25 12:18", 1), body, charset="iso-8859-1", cte="quoted-printable",
             reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: A(po, 2)},
               "The supplier corrects its own date in the same mail: 15 January 2027, not 5 January; with quantities and prices as ordered, both lines are accepted.")
    return [po], m, exp


@case("partial-rest-tomorrow-br", "confirmation", "pt-BR", "Two lines confirmed, the third promised for tomorrow (unconfirmed)")
def c013():
    sup = ("ILHOSBR", "Ilhoses Paulista Ltda.", "vendas@ilhosespaulista.example", "pt-BR")
    po = PO("4500031113", sup, [
        (1, "ILH-12-LT", "Sailmaker grommet #2, brass, with washer", 5000, "EA", "0.09", "2026-12-18"),
        (2, "ILH-SPUR-1", "Spur grommet #1, stainless", 2000, "EA", "0.14", "2026-12-18"),
        (3, "FER-2", "Grommet setting die #2", 10, "EA", "42.00", "2026-12-18"),
    ], currency="USD")
    body = """Boa tarde Dana,

Itens 1 e 2 (ilhoses de latão nº 2 e ilhoses com espora nº 1) confirmados conforme pedido: quantidades, preços e entrega em 18/12/2026.

Sobre o item 3 (ferramenta de cravar nº 2) estou verificando com a fábrica e te respondo amanhã.

Abraço,
Fernanda Souza
Ilhoses Paulista Ltda. | Rua dos Metalúrgicos, 350 – São Bernardo do Campo/SP
(11) 4332-8800

Enviado do meu iPhone
"""
    m = mail(("Fernanda Souza", sup[2]), DANA, "Re: Purchase order 4500031113 - please confirm",
             when("2026-11-19 17:02", -3), body, reply_to=rid(po["po_number"]), mailer="iPhone Mail (20B101)")
    exp = conf(po, {1: A(po, 1), 2: A(po, 2), 3: U},
               "Lines 1 and 2 confirmed as ordered; line 3 is explicitly deferred to tomorrow, so it stays unconfirmed.")
    return [po], m, exp


@case("supplier-word-messen-nl", "confirmation", "nl-NL", "Lines named only by Dutch words (messen, vulplaatjes, bouten); blades moved to 22 januari")
def c014():
    sup = ("IJSBAANT", "IJsbaantechniek Hoekstra B.V.", "orders@ijsbaantechniek.example", "nl-NL")
    po = PO("4500031114", sup, [
        (1, "ZB-77-HSS", "Ice resurfacer blade 77 in., HSS", 6, "EA", "310.00", "2027-01-08"),
        (2, "ZB-SH-SET", "Blade shim set", 12, "SET", "18.00", "2027-01-08"),
        (3, "ZB-BOLT-K", "Blade bolt kit", 12, "EA", "9.50", "2027-01-08"),
    ])
    body = """Goedemiddag Dana,

Dank voor de order. De vulplaatjes en de bouten kunnen we leveren zoals besteld.
Voor de messen wordt het 22 januari, we wachten nog op HSS-strip uit Zweden. Prijs en aantal blijven gelijk.

Met vriendelijke groet,

Sjoerd Hoekstra
IJsbaantechniek Hoekstra B.V.
Industrieweg 17, 8445 PK Heerenveen
T +31 513 123 456

Op di 17 nov 2026 om 09:12 schreef Dana Ruiz <dana.ruiz@buyer.example>:
""" + quote(po_table(po))
    m = mail(("Sjoerd Hoekstra", sup[2]), DANA, "Re: Purchase order 4500031114 - please confirm",
             when("2026-11-18 13:55", 1), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(6, "310.00", "2027-01-22"), 2: A(po, 2), 3: A(po, 3)},
               "No line numbers: 'messen' are the resurfacer blades (line 1, moved to 22 Jan 2027), 'vulplaatjes' the shims and 'bouten' the bolt kits (as ordered).")
    return [po], m, exp


@case("per-dozen-price-se", "confirmation", "sv-SE", "Price quoted per dozen against a per-piece PO (54,00 EUR/dussin = 4.50/st)")
def c015():
    sup = ("STRAKSTA", "Stråk & Stämskruv AB", "order@strak-stamskruv.example", "sv-SE")
    po = PO("4500031115", sup, [
        (1, "VP-EB-44", "Violin peg, ebony, 4/4, Swiss model", 240, "EA", "4.20", "2026-12-18"),
        (2, "VP-BX-34", "Violin peg, boxwood, 3/4", 120, "EA", "3.60", "2026-12-18"),
    ])
    body = """Hej Dana!

Tack för beställningen 4500031115.

Ebenholtsskruvarna 4/4: 240 st (20 dussin), pris 54,00 EUR per dussin – tyvärr har ebenholtspriset gått upp. Leverans 18 december.
Buxbom 3/4: enligt order, 120 st à 3,60 EUR, leverans 18 december.

Med vänliga hälsningar
Karin Lindqvist
Stråk & Stämskruv AB
Hantverkargatan 8, 852 31 Sundsvall
"""
    m = mail(("Karin Lindqvist", sup[2]), DANA, "SV: Purchase order 4500031115 - please confirm",
             when("2026-11-23 08:59", 1), body, charset="windows-1252", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(240, "4.50", "2026-12-18"), 2: A(po, 2)},
               "Line 1 priced per dozen: EUR 54.00 / 12 = 4.50 per piece (PO 4.20), so changed; line 2 as ordered.")
    return [po], m, exp


@case("weekday-only-torsdag-dk", "confirmation", "da-DK", "Delivery given as 'torsdag' only, resolved from the Friday Date header to Thu 3 Dec")
def c016():
    sup = ("DRIVHUSA", "Drivhus Automatik ApS", "salg@drivhus-automatik.example", "da-DK")
    po = PO("4500031116", sup, [
        (1, "VO-UNI-7", "Greenhouse automatic vent opener, 7 kg", 150, "EA", "27.90", "2026-12-01"),
        (2, "VO-CYL-SP", "Spare wax cylinder for vent opener", 100, "EA", "11.50", "2026-12-01"),
    ])
    body = """Hej Dana

Vi kan levere begge linjer til de aftalte priser og antal, men først på torsdag – vores vognmand kører ikke til jer før.

Venlig hilsen
Mette Kjær
Drivhus Automatik ApS · Tværvej 3 · 5250 Odense SV
Tlf. 66 12 34 56
"""
    m = mail(("Mette Kjær", sup[2]), DANA, "SV: Purchase order 4500031116 - please confirm",
             when("2026-11-27 11:20", 1), body, reply_to=rid(po["po_number"]), mailer="Microsoft Outlook 16.0")
    exp = conf(po, {1: C(150, "27.90", "2026-12-03"), 2: C(100, "11.50", "2026-12-03")},
               "Mail sent Friday 27 Nov 2026; 'torsdag' is the next Thursday, 3 Dec 2026, two days after the requested 1 Dec, for both lines.")
    return [po], m, exp


@case("fwd-see-below-gb", "confirmation", "en-GB", "Colleague forwards the sales person's answer with 'see below'; figures with £ and thousands separators")
def c017():
    sup = ("WHITEBEL", "Whitechapel Bell Fittings Ltd", "orders@wbf-bells.example", "en-GB")
    po = PO("4500031117", sup, [
        (1, "CL-A2-FS", "Carillon bell clapper for A2, forged steel", 2, "EA", "1450.00", "2027-02-12"),
        (2, "CL-BUSH-40", "Clapper bushing 40 mm, bronze", 24, "EA", "38.00", "2027-02-12"),
        (3, "CL-BALD-L", "Leather baldric strap", 24, "EA", "22.50", "2027-02-12"),
    ], currency="GBP")
    body = """Dana,

see below from Tom - sorry for the delay.

Rachel

Rachel Ames | Customer Operations | Whitechapel Bell Fittings Ltd
Unit 4, Foundry Yard, Loughborough LE11 1AR | 01509 000 123
Registered in England No. 04412233

---------- Forwarded message ---------
From: Tom Pargeter <t.pargeter@wbf-bells.example>
Date: Mon, 23 Nov 2026 at 16:47
Subject: RE: Purchase order 4500031117 - please confirm
To: Rachel Ames <orders@wbf-bells.example>

Rach - can you send this back to Dana at the buyer:

Clappers: 2 off at £1,450.00 each but forging is backed up, best we can do is 26 Feb.
Bushings and baldrics as ordered, 12 Feb no problem.

Tom

> Line 1: CL-A2-FS Carillon bell clapper for A2, forged steel - 2 EA @ GBP 1450.00 - need by 2027-02-12
> Line 2: CL-BUSH-40 Clapper bushing 40 mm, bronze - 24 EA @ GBP 38.00 - need by 2027-02-12
> Line 3: CL-BALD-L Leather baldric strap - 24 EA @ GBP 22.50 - need by 2027-02-12
"""
    m = mail(("Rachel Ames", sup[2]), DANA, "Fw: RE: Purchase order 4500031117 - please confirm",
             when("2026-11-24 09:05", 0), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(2, "1450.00", "2027-02-26"), 2: A(po, 2), 3: A(po, 3)},
               "The commitment is in the forwarded sales answer: clappers at the PO price but 26 Feb 2027 (next 26 Feb after the mail); bushings and baldrics as ordered.")
    return [po], m, exp


@case("xlsx-merged-header-pl", "confirmation", "pl-PL", "Confirmation only in an XLSX with merged header cells (ordered vs confirmed column groups)")
def c018():
    sup = ("NICIELPL", "Zakłady Tkackie Nicielnica Sp. z o.o.", "sprzedaz@nicielnica.example", "pl-PL")
    po = PO("4500031118", sup, [
        (1, "NIC-280", "Flat steel heddle 280 mm", 5000, "EA", "0.11", "2027-01-15"),
        (2, "NIC-330", "Flat steel heddle 330 mm", 3000, "EA", "0.13", "2027-01-15"),
        (3, "NIC-TX", "Texsolv polyester heddle", 2000, "EA", "0.07", "2027-01-15"),
    ])
    rows = [
        ["POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION 4500031118", "", "", "", "", "", ""],
        ["", "Zamówienie / Ordered", "", "", "Potwierdzenie / Confirmed", "", ""],
        ["Poz.", "Ilość", "Cena EUR", "Termin", "Ilość", "Cena EUR", "Termin"],
        [1, 5000, 0.11, "2027-01-15", 5000, 0.11, "2027-01-15"],
        [2, 3000, 0.13, "2027-01-15", 3000, 0.14, "2027-01-15"],
        [3, 2000, 0.07, "2027-01-15", 2000, 0.07, "2027-01-29"],
        ["Termin = data dostawy do klienta (DAP)", "", "", "", "", "", ""],
    ]
    body = """Dzień dobry Pani Dano,

w załączeniu przesyłam potwierdzenie zamówienia nr 4500031118.

Z poważaniem
Agnieszka Nowak
Dział Sprzedaży
Zakłady Tkackie Nicielnica Sp. z o.o., ul. Włókiennicza 12, 90-001 Łódź
NIP 725-000-11-22
"""
    m = mail(("Agnieszka Nowak", sup[2]), DANA, "RE: Purchase order 4500031118 - please confirm",
             when("2026-11-26 13:31", 1), body, charset="iso-8859-2", reply_to=rid(po["po_number"]),
             attachments=[xlsx_att(rows, "Potwierdzenie_4500031118.xlsx", merges=["A1:G1", "B2:D2", "E2:G2", "A7:G7"])])
    exp = conf(po, {1: A(po, 1), 2: C(3000, "0.14", "2027-01-15"), 3: C(2000, "0.07", "2027-01-29")},
               "The XLSX has merged group headers 'Ordered' (B-D) and 'Confirmed' (E-G); only the confirmed columns count: line 2 price 0.14, line 3 date 2027-01-29.")
    return [po], m, exp
