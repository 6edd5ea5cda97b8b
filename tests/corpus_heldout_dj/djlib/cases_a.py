from .common import (after, A, M, PO, REJ, S, T, UNC, XLSX_CT, acc, ad, case, chg, conf, dsn, exp,
                     exp_conf, hdoc, htable, kw, q_gt, q_html, q_outlook, q_outlook_html, reply,
                     t2h, xlsx)

HM = lambda po: po.req_dt.strftime("%H:%M")  # noqa: E731


@case("anchor-bolts-kw-dienstag", "confirmation", "de-AT",
      "German Outlook top-post; two lines in 'KW 51' (Friday) and one 'Dienstag KW 2/2027' (a named day), Austrian signature full of numbers")
def c():
    po = PO(S("HOLZ", "Holzer Befestigungstechnik GmbH", "auftrag@holzer-befestigung.example", "de-AT"),
            "EUR", "2026-11-03", [
                ("AB-M10-120", "Anchor bolt M10x120, zinc plated", 400, "PC", "0.62", "2026-12-14"),
                ("AB-M12-160", "Anchor bolt M12x160, zinc plated", 250, "PC", "0.94", "2026-12-14"),
                ("AB-M16-200-HD", "Anchor bolt M16x200, hot-dip galvanised", 120, "PC", "2.35", "2026-12-14")])
    body = f"""Sehr geehrte Frau Lindqvist,

danke für Ihre Bestellung {po.num}, die wir wie folgt bestätigen:

Pos. 1  AB-M10-120     400 Stk. à € 0,62   Liefertermin KW 51
Pos. 2  AB-M12-160     250 Stk. à € 0,94   Liefertermin KW 51
Pos. 3  AB-M16-200-HD  120 Stk. à € 2,35   feuerverzinkt derzeit nicht lagernd,
                                            Liefertermin Dienstag KW 2/2027

Lieferung frei Haus ab € 500,– Nettowarenwert.

Mit freundlichen Grüßen

Ing. Martina Brandl
Innendienst / Verkauf

Holzer Befestigungstechnik GmbH | Gewerbepark Süd 14 | 4600 Wels | Österreich
T +43 7242 581 40-22 | F +43 7242 581 40-99 | www.holzer-befestigung.example
FN 248311 p, LG Wels | UID ATU61842377
""" + q_outlook(po, "de", sent=f"Dienstag, 3. November 2026 {HM(po)}")
    eml = reply(po, "Brandl Martina", "2026-11-04 14:22 +0100", T(body, cs="windows-1252"), prefix="AW:", style="outlook")
    return [po], eml, exp_conf(
        "KW 51 without a day = Friday 2026-12-18 (later than 12-14) for lines 1-2; line 3 names Tuesday of ISO week 2/2027 = 2027-01-12. Prices unchanged.",
        conf(po, chg(d=kw(2026, 51)), chg(d=kw(2026, 51)), chg(d=kw(2027, 2, 2))))


@case("jute-sacks-bale-rounding", "confirmation", "pt-BR",
      "Gmail reply in Portuguese: quantity rounded up to full bales of 100, one date given without year ('15/01'), CNPJ/WhatsApp numbers in the signature")
def c():
    po = PO(S("JUTAM", "Juta Amazônia Sacaria Ltda", "vendas@jutamazonia.example", "pt-BR"),
            "BRL", "2026-11-04", [
                ("JS-6090-NAT", "Jute sack 60x90 cm, natural, 400 g/m2", 1180, "PC", "4.85", "2027-01-12"),
                ("JS-5080-NAT", "Jute sack 50x80 cm, natural", 600, "PC", "3.90", "2027-01-12")])
    body = f"""Bom dia Mira,

Segue a confirmação do pedido {po.num}:

- Saco 60x90 (JS-6090-NAT): trabalhamos com fardos de 100 un., então arredondamos para 1.200 un. a R$ 4,85 cada. Entrega 15/01.
- Saco 50x80 (JS-5080-NAT): 600 un. a R$ 3,90, entrega 12/01/2027 conforme solicitado.

Qualquer dúvida estou à disposição.

Att.,
Rafael Nogueira
Comercial | Juta Amazônia Sacaria Ltda
CNPJ 12.345.678/0001-90 | (92) 3622-4180 | WhatsApp (92) 98144-2207
Av. Torquato Tapajós, 2150 - Manaus/AM - CEP 69093-415
""" + q_gt(po, f"Em qua., 4 de nov. de 2026 às {HM(po)}, Mira Lindqvist <{po.buyer[1]}> escreveu:")
    html = hdoc('<div dir="ltr">' + t2h(body.split("\nEm qua.")[0]) + "</div><br>" +
                q_html(po, f"Em qua., 4 de nov. de 2026 às {HM(po)}, Mira Lindqvist &lt;{po.buyer[1]}&gt; escreveu:"))
    eml = reply(po, "Rafael Nogueira", "2026-11-05 10:41 -0300", M("alternative", T(body), T(html, "html")),
                prefix="Re:", style="gmail")
    return [po], eml, exp_conf(
        "Line 1 rounded up to 1200 (bales of 100) with '15/01' = next 15 January on/after the mail = 2027-01-15; line 2 exactly as ordered. 1.200 is Brazilian thousands separator.",
        conf(po, chg(q=1200, d="2027-01-15"), acc()))


@case("ice-packs-buddhist-era-split", "confirmation", "th-TH",
      "Thai in TIS-620 with Buddhist-era dates (2569/2570); third line split 700 now and 500 in January")
def c():
    po = PO(S("SCOOL", "Siam Coolpack Co., Ltd.", "sales@siamcoolpack.example", "th-TH"),
            "THB", "2026-11-05", [
                ("IP-GEL-400", "Gel ice pack 400 g, reusable", 800, "PC", "18.50", "2026-12-21"),
                ("IP-GEL-1000", "Gel ice pack 1000 g, reusable", 500, "PC", "36.00", "2026-12-21"),
                ("IP-INST-15", "Instant cold pack 15x18 cm", 1200, "PC", "12.75", "2026-12-21")])
    body = f"""เรียน คุณมิรา

บริษัท สยามคูลแพ็ค จำกัด ขอยืนยันใบสั่งซื้อเลขที่ {po.num} ดังนี้

1. IP-GEL-400 จำนวน 800 ชิ้น ราคาชิ้นละ 18.50 บาท ส่งสินค้าวันที่ 21/12/2569
2. IP-GEL-1000 จำนวน 500 ชิ้น ราคาชิ้นละ 36.00 บาท ส่งสินค้าวันที่ 21/12/2569
3. IP-INST-15 ราคาชิ้นละ 12.75 บาท ขณะนี้มีสินค้าพร้อมส่ง 700 ชิ้น จะส่งวันที่ 21/12/2569
   ส่วนที่เหลืออีก 500 ชิ้น จะส่งวันที่ 15/01/2570

ขอบคุณครับ

สมชาย วงศ์ใหญ่
ฝ่ายขาย บริษัท สยามคูลแพ็ค จำกัด
โทร. 02-318-4470 ต่อ 12  มือถือ 081-442-7719
"""
    eml = reply(po, "Somchai Wongyai", "2026-11-06 11:05 +0700", T(body, cs="tis-620"))
    return [po], eml, exp_conf(
        "Buddhist era: 2569 = 2026, 2570 = 2027. Lines 1-2 as ordered; line 3 split 700 on 2026-12-21 and 500 on 2027-01-15 (total 1200).",
        conf(po, acc(), acc(), chg(sched=[(700, "2026-12-21"), (500, "2027-01-15")])))


@case("reflective-vests-swahili-phone", "confirmation", "sw-KE",
      "Short Swahili reply from a phone calling it an 'LPO'; two sizes confirmed, XXL discontinued and declined")
def c():
    po = PO(S("USALA", "Usalama Gear Ltd", "orders@usalamagear.example", "sw-KE"),
            "KES", "2026-11-02", [
                ("RV-20471-OR-L", "Reflective vest EN ISO 20471 class 2, orange, L", 150, "PC", "420.00", "2026-12-07"),
                ("RV-20471-OR-XL", "Reflective vest EN ISO 20471 class 2, orange, XL", 100, "PC", "420.00", "2026-12-07"),
                ("RV-20471-OR-XXL", "Reflective vest EN ISO 20471 class 2, orange, XXL", 50, "PC", "450.00", "2026-12-07")])
    body = f"""Habari Mira,

Tumepokea LPO {po.num}. Size L na XL tunaweza kuleta zote tarehe 7/12/2026, bei kama ilivyo kwenye LPO.
XXL hatuna na kiwanda kimeacha kutengeneza size hiyo, kwa hivyo hatutaweza kusambaza hiyo line.

Asante,
Wanjiru

Sent from my Samsung Galaxy smartphone.
""" + q_gt(po)
    eml = reply(po, "Wanjiru Kamau", "2026-11-03 08:12 +0300", T(body, flowed=True), prefix="Re:")
    return [po], eml, exp_conf(
        "L and XL delivered 7/12/2026 (day-first) at LPO price = as ordered; XXL will not be supplied (factory stopped making it) = rejected.",
        conf(po, acc(), acc(), REJ))


@case("extension-leads-copper-surcharge-dispatch", "confirmation", "hi-IN",
      "Indian English with a 4% copper surcharge on both lines, revised rates and a lakh-formatted total; only a dispatch date is given")
def c():
    po = PO(S("SHAKTI", "Shakti Electricals Pvt. Ltd.", "sales@shaktielectricals.example", "hi-IN"),
            "INR", "2026-11-03", [
                ("EL-4W-5M", "Extension lead 4-way, 5 m, 1.5 mm2, with switch", 300, "PC", "685.00", "2026-12-10"),
                ("EL-6W-3M-SP", "Extension lead 6-way, 3 m, surge protected", 200, "PC", "1240.00", "2026-12-10")], buyer="priya")
    body = f"""नमस्ते Priya ji,

Greetings from Shakti Electricals!

Thank you for your valued PO No. {po.num} dt. 03-11-2026.

We are pleased to accept the order, however due to steep increase in copper prices we have to revise the rates by 4% on both items:

EL-4W-5M     : 300 Nos @ Rs. 712.40/-
EL-6W-3M-SP  : 200 Nos @ Rs. 1,289.60/-
Total order value: Rs. 4,71,640.00 + GST @ 18%

Material will be dispatched on 05-12-2026 from our Faridabad works.

Kindly acknowledge the revised rates.

Thanks & Regards,
Anil Kumar Sharma
Sr. Manager - Sales
Shakti Electricals Pvt. Ltd.
Plot No. 114, Sector 24, Faridabad - 121005 (Haryana)
Mob: +91 98110 42276 | Tel: 0129-4081 200
GSTIN: 06AAKCS4721M1Z3
"""
    eml = reply(po, "Anil Kumar Sharma", "2026-11-04 12:48 +0530", T(body), prefix="RE:")
    return [po], eml, exp_conf(
        "Supplier accepts with +4% on the PO price: 685.00 -> 712.40, 1240.00 -> 1289.60 (Indian grouping 4,71,640.00). Only a dispatch date 05-12-2026 (dd-mm) is given, so date = 2026-12-05 (earlier than requested). 'Kindly acknowledge' does not withdraw the commitment.",
        conf(po, chg(p="712.40", d="2026-12-05"), chg(p="1289.60", d="2026-12-05")))


@case("thermometers-icelandic-terse", "confirmation", "is-IS",
      "Terse Icelandic confirmation in ISO-8859-1 quoted-printable over an Icelandic Outlook quote; prices restated with dot thousands")
def c():
    po = PO(S("MAELI", "Mælitæki ehf.", "pantanir@maelitaeki.example", "is-IS"),
            "ISK", "2026-11-03", [
                ("TH-DIG-P200", "Digital probe thermometer -50/+200 C", 40, "EA", "4590.00", "2026-12-15"),
                ("TH-IR-550", "Infrared thermometer -50/+550 C", 12, "EA", "12900.00", "2026-12-15")])
    from .common import OUTLOOK
    OUTLOOK["is"] = ("Frá", "Sent", "Til", "Efni")
    body = f"""Sæl Mira,

Pöntun {po.num} staðfest. Afhending 15. desember, verð óbreytt (4.590 kr. og 12.900 kr. á stk.).

Kveðja,
Þórdís Eiríksdóttir
Mælitæki ehf. | Smiðjuvegi 4 | 200 Kópavogi
Sími 555 4120 | kt. 530298-2119
""" + q_outlook(po, "is", sent=f"3. nóvember 2026 {HM(po)}")
    eml = reply(po, "Þórdís Eiríksdóttir", "2026-11-04 10:03 +0000", T(body, cs="iso-8859-1"), prefix="SV:", cs="iso-8859-1")
    return [po], eml, exp_conf(
        "Both lines confirmed unchanged: 15. desember without year = 2026-12-15, prices 4.590/12.900 ISK with dot thousands.",
        conf(po, acc(), acc()))


@case("label-rolls-shift-jis-case-multiple", "confirmation", "ja-JP",
      "Formal Japanese in Shift_JIS/base64; second line reduced to 96 rolls (cases of 24) and delivered one week later, dates as 2026/12/18")
def c():
    po = PO(S("TOWA", "株式会社東和ラベル", "eigyo@towa-label.example", "ja-JP"),
            "JPY", "2026-11-04", [
                ("LR-TT-5025", "Thermal transfer label 50x25 mm, 2,000/roll", 120, "ROL", "780.00", "2026-12-11"),
                ("LR-DT-10060", "Direct thermal label 100x60 mm, 1,000/roll", 90, "ROL", "1150.00", "2026-12-11")])
    body = f"""Harbor & Vale Supply Co.
購買部　ミラ・リンドクヴィスト様

いつも大変お世話になっております。
株式会社東和ラベル　営業部の佐藤でございます。

この度はご注文を賜り、誠にありがとうございます。
ご注文番号 {po.num} につきまして、下記の通りご回答申し上げます。

１．LR-TT-5025　　120巻　単価 780円　納期 2026/12/11
２．LR-DT-10060　 ケース（24巻入り）単位での出荷となりますため、
　　96巻（4ケース）にて手配いたします。単価 1,150円　納期 2026/12/18

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社東和ラベル　営業部
佐藤　健一
〒330-0854 埼玉県さいたま市大宮区桜木町2-18-4
TEL 048-641-7720　FAX 048-641-7729
━━━━━━━━━━━━━━━━━━━━
"""
    eml = reply(po, "佐藤 健一", "2026-11-05 16:30 +0900", T(body, cs="shift_jis", cte="b64"), cs="iso-2022-jp")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2 shipped in cases of 24: 96 rolls (4 cases), same price, 2026/12/18 instead of 12/11.",
        conf(po, acc(), chg(q=96, d="2026-12-18")))


@case("magnifiers-roc-year-per-dozen", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 with ROC (Minguo) year 115 dates and a per-dozen price that equals the PO's per-each price")
def c():
    po = PO(S("MSOPT", "明視光學股份有限公司", "sales@mingshih-optical.example", "zh-TW"),
            "TWD", "2026-11-03", [
                ("MG-HD-3X90", "Handheld magnifier 3x, 90 mm lens", 240, "EA", "85.00", "2026-12-21"),
                ("MG-LED-5X", "LED magnifier 5x with desk stand", 60, "EA", "420.00", "2026-12-21")])
    body = f"""Mira 您好：

感謝貴公司訂單 {po.num}，茲確認如下：

1. MG-HD-3X90 手持放大鏡 3倍　240 支，單價每打 NT$1,020，交期 115/12/21
2. MG-LED-5X LED桌上型放大鏡 5倍　60 台，單價 NT$420，交期 115/12/21

如有任何問題，請隨時與我聯絡。

業務部　林怡君
明視光學股份有限公司
TEL: (04) 2359-1182 分機 305　FAX: (04) 2359-1190
統一編號：84216637
"""
    eml = reply(po, "林怡君", "2026-11-04 15:20 +0800", T(body, cs="big5", cte="b64"), prefix="回覆:", cs="big5")
    return [po], eml, exp_conf(
        "ROC year 115 = 2026, so both dates are 2026-12-21 as requested. NT$1,020 per dozen = 85.00 per EA, equal to the PO price: both lines accepted.",
        conf(po, acc(), acc()))


@case("grease-guns-koi8r-partial", "confirmation", "ru-RU",
      "Russian in KOI8-R 8bit: one line price up and shipped 'до 25.12', one as ordered, hoses 'will clarify tomorrow'")
def c():
    po = PO(S("SMAZ", 'ООО "СмазТехСнаб"', "zakaz@smaztehsnab.example", "ru-RU"),
            "RUB", "2026-11-05", [
                ("GG-400-LEV", "Lever grease gun for 400 g cartridge", 60, "PC", "1390.00", "2026-12-18"),
                ("GG-CART-400", "Grease cartridge Li-EP2, 400 g", 480, "PC", "185.00", "2026-12-18"),
                ("GG-HOSE-300", "Flexible grease hose 300 mm, M10x1", 60, "PC", "240.00", "2026-12-18")])
    body = f"""Добрый день, Мира!

По заказу N {po.num} сообщаем:

1) Шприц рычажный GG-400-LEV - 60 шт., цена 1 450,00 руб./шт. (с 01.11 повышение
   цен завода-изготовителя), отгрузка до 25.12.2026.
2) Картриджи GG-CART-400 - 480 шт. по 185,00 руб., отгрузка 18.12.2026.
3) Шланги GG-HOSE-300 - по срокам уточню завтра, ждём ответа от завода.

С уважением,
Петрова Ольга Сергеевна
менеджер отдела продаж
ООО "СмазТехСнаб"
тел. +7 (495) 640-18-22, доб. 214
ИНН 7725412269 / КПП 772501001
""" + q_outlook(po, "ru", sent=f"5 ноября 2026 г. {HM(po)}", sep="-----Original Message-----")
    eml = reply(po, "Петрова Ольга", "2026-11-06 13:37 +0300", T(body, cs="koi8-r", cte="8bit"), cs="koi8-r", style="outlook")
    return [po], eml, exp_conf(
        "Line 1: 1 450,00 RUB (space thousands, comma decimal) and ship by 25.12.2026 -> changed. Line 2 as ordered (18.12.2026). Line 3 only promised for tomorrow -> unconfirmed.",
        conf(po, chg(p="1450.00", d="2026-12-25"), acc(), UNC))


@case("cable-glands-xlsx-erp", "confirmation", "pl-PL",
      "Polish two-liner whose real answer is an ERP XLSX (dates as Excel serials): one line later, one discontinued, two as ordered")
def c():
    po = PO(S("ELKAB", "Elkabel Sp. z o.o.", "zamowienia@elkabel.example", "pl-PL"),
            "PLN", "2026-11-04", [
                ("CG-M20-PA", "Cable gland M20x1.5, polyamide, IP68", 1000, "PC", "1.12", "2026-12-14"),
                ("CG-M25-PA", "Cable gland M25x1.5, polyamide, IP68", 600, "PC", "1.48", "2026-12-14"),
                ("CG-M20-MS", "Cable gland M20x1.5, nickel-plated brass", 300, "PC", "6.90", "2026-12-14"),
                ("CG-LN-M20", "Lock nut M20, polyamide", 1000, "PC", "0.21", "2026-12-14")], buyer="jonas")
    body = f"""Dzień dobry,

w załączeniu potwierdzenie zamówienia nr {po.num} (nasz nr ZS/2026/11/0412).

Pozdrawiam
Katarzyna Zielińska
Dział Obsługi Klienta

Elkabel Sp. z o.o. | ul. Przemysłowa 17 | 41-200 Sosnowiec
tel. +48 32 296 41 10 | NIP 644-318-22-07 | KRS 0000218844
Sąd Rejonowy Katowice-Wschód, kapitał zakładowy 500 000,00 zł
"""
    rows = [["Potwierdzenie zamówienia ZS/2026/11/0412"], ["Zamówienie klienta:", po.num], ["Data:", ("date", "2026-11-05")], [],
            ["Poz.", "Indeks klienta", "Nazwa", "Ilość", "J.m.", "Cena netto PLN", "Termin dostawy", "Uwagi"],
            [1, "CG-M20-PA", "Dławnica M20x1,5 PA IP68", 1000, "szt", 1.12, ("date", "2026-12-14"), ""],
            [2, "CG-M25-PA", "Dławnica M25x1,5 PA IP68", 600, "szt", 1.48, ("date", "2027-01-08"), "brak na stanie - dostawa od producenta"],
            [3, "CG-M20-MS", "Dławnica M20x1,5 mosiądz niklowany", 0, "szt", 6.90, "", "wycofana z oferty - brak możliwości realizacji"],
            [4, "CG-LN-M20", "Nakrętka M20 PA", 1000, "szt", 0.21, ("date", "2026-12-14"), ""]]
    root = M("mixed", T(body), A(xlsx(rows, "Potwierdzenie"), XLSX_CT, "PZ_ZS-2026-11-0412.xlsx"))
    eml = reply(po, "Katarzyna Zielińska", "2026-11-05 09:58 +0100", root, prefix="Odp:",
                subj=f"Potwierdzenie zamówienia {po.num}", thread=False)
    return [po], eml, exp_conf(
        "New thread, answer only in the XLSX: dates are Excel serials (dd/mm/yyyy format). Line 2 moved to 2027-01-08; line 3 quantity 0 and 'withdrawn from offer' = rejected; lines 1 and 4 as ordered.",
        conf(po, acc(), chg(d="2027-01-08"), REJ, acc()))


@case("door-stops-colour-question", "needs_review", "cs-CZ",
      "Czech reply in windows-1250 asking which finish is wanted before confirming; mentions stock but commits to no date")
def c():
    po = PO(S("BRAZ", "Dveřní kování Brázda s.r.o.", "obchod@dverni-brazda.example", "cs-CZ"),
            "CZK", "2026-11-06", [
                ("DS-RUB-45", "Door stop, rubber, floor mount, 45 mm", 200, "PC", "38.00", "2026-12-11"),
                ("DS-MAG-WALL", "Magnetic door holder, wall mount", 80, "PC", "214.00", "2026-12-11")])
    body = f"""Dobrý den paní Lindqvist,

děkujeme za objednávku č. {po.num}. Než ji potvrdíme, potřebuji upřesnit: magnetický držák DS-MAG-WALL vedeme v provedení matný nikl a černý mat – které provedení požadujete? Gumové zarážky máme skladem.

Termín dodání i cenu Vám potvrdím obratem po Vaší odpovědi.

S pozdravem
Petr Brázda
jednatel
Dveřní kování Brázda s.r.o. | Palackého 112, 612 00 Brno
tel. +420 541 218 774 | IČO 26941221 | DIČ CZ26941221
""" + q_outlook(po, "cs", sent=f"pátek 6. listopadu 2026 {HM(po)}")
    eml = reply(po, "Petr Brázda", "2026-11-06 15:10 +0100", T(body, cs="windows-1250"), prefix="Odp:", cs="windows-1250")
    return [po], eml, exp("needs_review",
                          "The supplier asks which finish we want and will confirm date and price after our answer; 'in stock' for the rubber stops is not a commitment to quantity, price or date.")


@case("o-ring-kits-slovak-ooo", "auto_reply", "sk-SK",
      "Slovak Exchange out-of-office with return date, deputy and phone numbers; carries In-Reply-To like a reply")
def c():
    po = PO(S("KOVAC", "Tesniaca technika Kováč s.r.o.", "predaj@tesnenia-kovac.example", "sk-SK"),
            "EUR", "2026-11-09", [
                ("OR-KIT-NBR-386", "O-ring assortment kit NBR70, 386 pcs, metric", 20, "SET", "24.90", "2026-12-14"),
                ("OR-KIT-FKM-225", "O-ring assortment kit FKM, 225 pcs", 10, "SET", "58.00", "2026-12-14")])
    body = """Dobrý deň,

ďakujem za Vašu správu. Do 16. 11. 2026 som mimo kancelárie s obmedzeným prístupom k e-mailu.
V naliehavých prípadoch prosím kontaktujte kolegyňu Janu Hudákovú (jana.hudakova@tesnenia-kovac.example, tel. +421 2 4363 1180).

S pozdravom
Marek Kováč
Tesniaca technika Kováč s.r.o.
"""
    eml = reply(po, "Marek Kováč", "2026-11-09 09:31 +0100", T(body, cs="utf-8", cte="b64"),
                subj=f"Automatická odpoveď: {po.subject}",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook")
    return [po], eml, exp("auto_reply", "Out-of-office until 16. 11. 2026 naming a deputy; nothing about the order.")


@case("hacksaw-frames-split-iso88592", "confirmation", "hu-HU",
      "Hungarian in ISO-8859-2: first line split 60 from stock on 2026.12.10. and 40 on 2027.01.15, prices with space thousands in Ft")
def c():
    po = PO(S("FURSZ", "Fűrész-Szerszám Kft.", "rendeles@fureszszerszam.example", "hu-HU"),
            "HUF", "2026-11-05", [
                ("HF-300-ADJ", "Hacksaw frame 300 mm, adjustable tension", 100, "PC", "2450.00", "2026-12-18"),
                ("HF-BLADE-24T", "Bimetal hacksaw blade 300 mm, 24 TPI", 500, "PC", "390.00", "2026-12-18")])
    body = f"""Tisztelt Lindqvist Asszony!

Köszönjük megrendelését ({po.num}), amelyet az alábbiak szerint visszaigazolunk:

1. HF-300-ADJ fémfűrészkeret: 100 db, 2 450 Ft/db. Raktáron 60 db van, ezt 2026.12.10-én szállítjuk, a maradék 40 db szállítása 2027.01.15.
2. HF-BLADE-24T bimetál fűrészlap: 500 db, 390 Ft/db, szállítás 2026.12.18.

Üdvözlettel:
Kiss Gábor
értékesítési munkatárs
Fűrész-Szerszám Kft. | 9027 Győr, Ipar utca 8.
Tel.: +36 96 512 340 | Adószám: 12844019-2-08
""" + q_outlook(po, "hu", sent=f"2026. november 5., csütörtök {HM(po)}")
    eml = reply(po, "Kiss Gábor", "2026-11-06 08:47 +0100", T(body, cs="iso-8859-2"), prefix="Vá:", cs="iso-8859-2")
    return [po], eml, exp_conf(
        "Hungarian dates are year-first (2026.12.10.). Line 1 split: 60 on 2026-12-10 and 40 on 2027-01-15 (last delivery 2027-01-15), price unchanged. Line 2 as ordered.",
        conf(po, chg(sched=[(60, "2026-12-10"), (40, "2027-01-15")]), acc()))


@case("pallet-wrap-price-per-kg", "confirmation", "ro-RO",
      "Romanian reply pricing stretch film per kg (12,50 lei/kg x 3,2 kg/roll) which the buyer must convert to 40.00 per roll")
def c():
    po = PO(S("AMBCP", "Ambalaje Carpați SRL", "comenzi@ambalajecarpati.example", "ro-RO"),
            "RON", "2026-11-04", [
                ("PW-23-500", "Pallet stretch film 23 micron, 500 mm, 3.2 kg/roll", 150, "ROL", "38.50", "2026-12-09"),
                ("PW-17-500-PRE", "Pre-stretched film 17 micron, 500 mm", 80, "ROL", "29.00", "2026-12-09")], buyer="dana")
    body = f"""Bună ziua,

Confirmăm comanda {po.num} cu următoarea mențiune: la folia de 23 µm prețul se calculează la kg, 12,50 lei/kg; rola are 3,2 kg net, deci 40,00 lei/rolă (față de 38,50 lei în comandă), din cauza creșterii prețului la granule. Cantitate 150 role, livrare 09.12.2026.

Folia pre-întinsă 17 µm: 80 role x 29,00 lei, livrare 09.12.2026.

Prețurile nu includ TVA.

Cu stimă,
Ioana Munteanu
Departament Vânzări
Ambalaje Carpați SRL | CUI RO18422906 | J12/1840/2005
Tel.: 0264 415 220 | Mobil: 0744 318 226
""" + q_outlook(po, "ro", sent=f"miercuri, 4 noiembrie 2026 {HM(po)}")
    eml = reply(po, "Ioana Munteanu", "2026-11-05 11:16 +0200", T(body, cte="b64"), prefix="RE:")
    return [po], eml, exp_conf(
        "Line 1: 12,50 lei/kg x 3,2 kg = 40.00 per roll (the PO UoM), quantity and date unchanged. Line 2 as ordered.",
        conf(po, chg(p="40.00"), acc()))


@case("thermometers-postfix-user-unknown", "bounce", "bg-BG",
      "Postfix 'Undelivered Mail Returned to Sender' with a delivery-status part and our PO mail attached (the PO table is in the bounce)")
def c():
    po = PO(S("TERMK", "Термоконтрол ЕООД", "office@termokontrol-bg.example", "bg-BG"),
            "EUR", "2026-11-06", [
                ("TH-BIM-100", "Bimetal dial thermometer 0-120 C, 100 mm", 30, "EA", "16.40", "2026-12-18")])
    human = f"""This is the mail system at host smtp.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<office@termokontrol-bg.example>: host mx.termokontrol-bg.example[185.17.42.9]
    said: 550 5.1.1 <office@termokontrol-bg.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    eml = dsn(po, after(po, 1), "MAILER-DAEMON@smtp.buyer.example (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", human, "smtp.buyer.example", "5.1.1",
              "550 5.1.1 <office@termokontrol-bg.example>: Recipient address rejected: User unknown in virtual mailbox table",
              arrival=po.req_dt.strftime("%a, %e %b %Y %H:%M:%S +0100 (CET)"))
    return [po], eml, exp("bounce", "Postfix DSN: the PO mail was not delivered (550 5.1.1 user unknown). The returned copy contains the PO table but no supplier answer.")


@case("quick-links-cp1251-discontinued", "confirmation", "uk-UA",
      "Ukrainian in windows-1251: two lines confirmed with day+month dates without year, the stainless line declined as discontinued")
def c():
    po = PO(S("LANC", "ТОВ «Ланцюг-Сервіс»", "zbut@lanciug-servis.example", "uk-UA"),
            "UAH", "2026-11-05", [
                ("QL-M6-ZN", "Quick link M6, zinc plated steel", 500, "PC", "14.20", "2026-12-16"),
                ("QL-M8-ZN", "Quick link M8, zinc plated steel", 300, "PC", "21.60", "2026-12-16"),
                ("QL-M10-SS", "Quick link M10, stainless steel A4", 100, "PC", "96.00", "2026-12-16")])
    body = f"""Добрий день, пані Міро!

Підтверджуємо замовлення № {po.num}:

- QL-M6-ZN, 500 шт. по 14,20 грн — поставка 16 грудня;
- QL-M8-ZN, 300 шт. по 21,60 грн — поставка 16 грудня;
- QL-M10-SS (нержавіюча сталь A4) — на жаль, поставка неможлива: виробник зняв позицію з виробництва, аналогів не маємо.

З повагою,
Олена Коваль
менеджер з продажу
ТОВ «Ланцюг-Сервіс», м. Дніпро, вул. Робоча, 23
тел. +380 56 790 14 22, моб. +380 67 561 08 43
"""
    eml = reply(po, "Олена Коваль", "2026-11-06 10:25 +0200", T(body, cs="windows-1251"), cs="windows-1251")
    return [po], eml, exp_conf(
        "'16 грудня' without a year = 2026-12-16 (next on/after the mail) = requested: lines 1-2 accepted. Line 3 cannot be delivered (discontinued, no alternative) = rejected.",
        conf(po, acc(), acc(), REJ))


@case("spray-nozzles-greek-html-only", "confirmation", "el-GR",
      "HTML-only Greek mail in ISO-8859-7 with the confirmation in a table and an Outlook HTML quote of our PO")
def c():
    po = PO(S("PSEK", "Ψεκαστικά Αιγαίου Α.Ε.", "orders@psekastika-aigaiou.example", "el-GR"),
            "EUR", "2026-11-03", [
                ("SN-FF-11002", "Flat fan spray nozzle 110 deg, size 02, polymer", 400, "PC", "0.95", "2026-12-15"),
                ("SN-HC-8004", "Hollow cone nozzle 80 deg, size 04, ceramic", 150, "PC", "3.40", "2026-12-15")])
    tbl = htable([["Κωδικός", "Ποσότητα", "Τιμή μονάδας", "Ημ/νία παράδοσης"],
                  ["SN-FF-11002", "400 τεμ.", "0,95 €", "15/12/2026"],
                  ["SN-HC-8004", "150 τεμ.", "3,40 €", "15/12/2026"]])
    inner = (f"<p>Αγαπητή κα Lindqvist,</p><p>Επιβεβαιώνουμε την παραγγελία σας {po.num} ως εξής:</p>\n{tbl}\n"
             "<p>Με εκτίμηση,<br>Νίκος Παπαδάκης<br>Τμήμα Πωλήσεων<br>Ψεκαστικά Αιγαίου Α.Ε. | Λεωφ. Ειρήνης 41, 185 47 Πειραιάς<br>"
             "Τηλ. 210 4172 380 | ΑΦΜ 094418270</p>\n" + q_outlook_html(po, "en"))
    eml = reply(po, "Νίκος Παπαδάκης", "2026-11-04 12:02 +0200", T(hdoc(inner, "iso-8859-7"), "html", cs="iso-8859-7"),
                prefix="ΑΠ:", cs="iso-8859-7", style="outlook")
    return [po], eml, exp_conf("Both lines confirmed exactly as ordered (0,95 / 3,40 EUR, 15/12/2026).", conf(po, acc(), acc()))


@case("kneeling-pads-received-will-revert", "needs_review", "tr-TR",
      "Turkish human reply that only acknowledges receipt and promises price/date by Monday")
def c():
    po = PO(S("KONF", "Konfor İş Güvenliği Ltd. Şti.", "satis@konforisg.example", "tr-TR"),
            "TRY", "2026-11-05", [
                ("KP-FOAM-40", "Kneeling pad EVA foam 40x28x3 cm", 150, "PC", "95.00", "2026-12-14"),
                ("KP-GEL-KNEE", "Gel knee pads with strap", 80, "PR", "310.00", "2026-12-14")])
    body = f"""Merhaba Mira Hanım,

{po.num} numaralı siparişiniz elimize ulaştı, teşekkür ederiz. Fiyat ve termin bilgisini üretim planlamadan aldıktan sonra en geç Pazartesi günü size dönüş yapacağız.

İyi çalışmalar,
Burak Yıldız
Satış Temsilcisi
Konfor İş Güvenliği Ltd. Şti. | İkitelli OSB, Başakşehir / İstanbul
T: +90 212 549 31 60 | M: +90 532 418 27 90
""" + q_outlook(po, "tr", sent=f"5 Kasım 2026 Perşembe {HM(po)}")
    eml = reply(po, "Burak Yıldız", "2026-11-06 09:05 +0300", T(body, cs="windows-1254"), prefix="YNT:", cs="windows-1254")
    return [po], eml, exp("needs_review", "Receipt only: price and date will follow by Monday; no line is committed.")
