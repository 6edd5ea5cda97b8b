"""Cases 041-060."""
import datetime as dt
from decimal import Decimal

from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 041
@case("041-xlsx-ack-japan", "ja-JP",
      "Shift_JIS mail with an XLSX order acknowledgment: own row numbers 10-40, a split row '31'-style back order, date serial cells, one price change.")
def c041():
    s = S("NAKAMURACP", "Nakamura Cycle Parts Co., Ltd.", "order@nakamura-cp.example", "ja-JP")
    d = D("2026-12-18", "Fri")
    p = PO("4500218740", s, "daniel", "USD", "2026-11-18", [
        L(1, "BK-HUB-F32", "Front hub 32H, 100 mm OLD, QR, silver", 50, "EA", "14.80", d),
        L(2, "BK-DER-11S", "Rear derailleur 11-speed, medium cage", 20, "EA", "42.00", d),
        L(3, "BK-CHN-11S", "Chain 11-speed 116 links", 100, "EA", "11.30", d),
        L(4, "BK-CS-1132", "Cassette 11-32T, 11-speed", 40, "EA", "27.50", d),
    ], sent="2026-11-18 09:00 +0100", ship_to="usa")
    D12, J15 = dt.date(2026, 12, 18), dt.date(2027, 1, 15)
    rows = [
        ["注文請書"],
        ["注文請書番号", "OC-2611-0382"],
        ["発行日", dt.date(2026, 11, 20)],
        ["貴社注文番号", "4500218740"],
        ["お客様", "Castellan Group US"],
        ["支払条件", "Net 30 days"],
        ["受渡条件", "FOB Osaka"],
        [],
        ["行", "弊社品番", "貴社品番", "品名", "数量", "単位", "単価 (USD)", "金額 (USD)", "納期"],
        [10, "NCP-FH32-S", "BK-HUB-F32", "Front hub 32H 100mm QR silver", 50, "個", Decimal("14.80"), Decimal("740.00"), D12],
        [20, "NCP-RD11M", "BK-DER-11S", "Rear derailleur 11s GS", 20, "個", Decimal("42.00"), Decimal("840.00"), D12],
        [30, "NCP-CH11-116", "BK-CHN-11S", "Chain 11s 116L", 60, "本", Decimal("11.30"), Decimal("678.00"), D12],
        [None, None, None, "  分納 (残数)", 40, "本", Decimal("11.30"), Decimal("452.00"), J15],
        [40, "NCP-CS1132", "BK-CS-1132", "Cassette 11-32T 11s", 40, "個", Decimal("28.60"), Decimal("1144.00"), D12],
        [None, None, None, "合計", None, None, None, Decimal("3854.00")],
        [],
        ["備考: 納期は弊社出荷日ではなく貴社着日です。"],
    ]
    xl = make_xlsx([("注文請書", rows)], date_format="yyyy/mm/dd", stamp=(2026, 11, 20, 17, 40, 0), creator="NCP Hanbai")
    body = """Okafor様

いつもお世話になっております。
ナカムラサイクルパーツ営業部の佐藤でございます。

ご注文番号4500218740につきまして、注文請書を添付いたしますのでご確認をお願いいたします。
ご注文からの変更点は以下の通りです。

・チェーン（116リンク）：在庫の都合により、12月18日着で60本、残り40本は1月15日着となります。
・カセット11-32T：原材料高騰のため、単価をUSD 27.50からUSD 28.60に改定させていただきました。

その他の品目はご注文通りでございます。
何卒よろしくお願い申し上げます。

----------------------------------------
株式会社ナカムラサイクルパーツ 営業部
佐藤 健 (Ken Sato)
〒590-0906 大阪府堺市堺区三宝町4丁
TEL 072-555-0131
----------------------------------------"""
    att = mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "注文請書_OC-2611-0382.xlsx")
    eml = reply("041", p, ("佐藤 健", s.email), "2026-11-20 17:45 +0900", body, "outlook", charset="shift_jis",
                cte="base64", html_lang="JA", attachments=[att])
    exp = confirmation((p, {1: "acc", 2: "acc", 3: dict(s=[(60, "2026-12-18"), (40, D("2027-01-15", "Fri"))]),
                            4: dict(p="28.60")}),
                       notes="XLSX rows 10-40 map to PO lines 1-4 via 貴社品番. Dates are date-serial cells (yyyy/mm/dd) and "
                             "arrival dates (着). Chain 60 on 2026-12-18 + 40 on 2027-01-15 (12月18日/1月15日 without year); "
                             "cassette 28.60. Issue date 2026/11/20 is not a delivery date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 042
@case("042-csv-ack-lithuania", "lt-LT",
      "Lithuanian mail with a semicolon CSV acknowledgment (windows-1257, decimal commas, prices per 1000 pcs, ISO dates).")
def c042():
    s = S("BALTTVIRT", "UAB Baltijos tvirtinimo detalės", "uzsakymai@baltvirt.example", "lt-LT")
    d = D("2026-12-10", "Thu")
    p = PO("4500218760", s, "jonas", "EUR", "2026-11-19", [
        L(1, "FS-912-M10x40", "Socket head cap screw DIN 912 M10x40 12.9 black", 2000, "EA", "0.145", d),
        L(2, "FS-985-M10", "Nyloc nut DIN 985 M10 class 8 zinc", 2000, "EA", "0.052", d),
        L(3, "FS-9021-10.5", "Large washer DIN 9021 10.5 zinc", 3000, "EA", "0.031", d),
    ], sent="2026-11-19 12:10 +0100", ship_to="facilities")
    csv = """Užsakymo patvirtinimas;UP-26-1147;;;;;;
Kliento užsakymas;4500218760;;;;;;
Data;2026-11-23;;;;;;
Eil.;Mūsų kodas;Jūsų kodas;Pavadinimas;Kiekis;Mato vnt.;Kaina už 1000 vnt. EUR;Pristatymo data
1;BT-912-1040-129;FS-912-M10x40;DIN 912 M10x40 12.9 juodas;2000;vnt.;145,00;2026-12-10
2;BT-985-10-8Z;FS-985-M10;DIN 985 M10 8 cinkuotas;2000;vnt.;55,00;2026-12-10
3;BT-9021-105Z;FS-9021-10.5;DIN 9021 10,5 cinkuotas;3000;vnt.;31,00;2026-12-17
"""
    att = mime.attachment(csv.replace("\n", "\r\n").encode("windows-1257"), "text/csv", "UP-26-1147.csv",
                          charset="windows-1257")
    body = """Laba diena,

siunčiame užsakymo Nr. 4500218760 patvirtinimą (CSV failas prisegtas).
Atkreipkite dėmesį: veržlių DIN 985 kaina pasikeitė, o poveržlės DIN 9021 bus pristatytos savaite vėliau.

Pagarbiai
Rasa Kazlauskienė
Pardavimų vadybininkė
UAB Baltijos tvirtinimo detalės, Pramonės pr. 16, LT-51327 Kaunas
Tel. +370 37 555 214"""
    eml = reply("042", p, ("Rasa Kazlauskienė", s.email), "2026-11-23 10:25 +0200", body, "outlook",
                attachments=[att], html_lang="LT")
    exp = confirmation((p, {1: "acc", 2: dict(p="0.055"), 3: dict(d=D("2026-12-17", "Thu"))}),
                       notes="CSV prices are per 1000 pcs: 145,00 -> 0.145 (unchanged), 55,00 -> 0.055 (changed), 31,00 -> 0.031 "
                             "(unchanged). Washers delivered 2026-12-17. The CSV 'Data' 2026-11-23 is the document date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 043
@case("043-price-only-date-to-follow", "fr-CH",
      "Swiss-French reply confirming only the prices; the delivery date will follow after the manufacturer answers.")
def c043():
    s = S("EXCIPIA", "Excipia Romandie SA", "commandes@excipia-romandie.example", "fr-CH")
    p = PO("4500218780", s, "claire", "EUR", "2026-11-20", [
        L(1, "EX-HPMC-E5", "Hypromellose HPMC 2910 E5, Ph.Eur.", 100, "KG", "18.40", "2026-12-14"),
        L(2, "EX-TALC-MIC", "Talc, Ph.Eur., micronised", 200, "KG", "2.30", "2026-12-14"),
    ], sent="2026-11-20 14:20 +0100", ship_to="pharma")
    body = """Bonjour Madame Dubois,

Nous vous remercions pour votre commande 4500218780 et vous confirmons les prix indiqués (HPMC 2910 E5 : 18.40 EUR/kg ; talc micronisé : 2.30 EUR/kg).

Le délai de livraison vous sera communiqué dès réception de la confirmation de notre fabricant, au plus tard en début de semaine prochaine.

Meilleures salutations

Luc Favre
Service clientèle
Excipia Romandie SA | Route de la Venoge 5 | 1302 Vufflens-la-Ville
Tél. +41 21 555 48 20"""
    eml = reply("043", p, ("Luc Favre", s.email), "2026-11-26 15:03 +0100", body, "outlook", html_lang="FR-CH", lang="fr-CH")
    return [p], eml, other("needs_review", "Only the prices are confirmed; the delivery date 'vous sera communiqué' later. "
                                           "No date commitment for any line, so nothing can be recorded as confirmed yet.")


# --------------------------------------------------------------------------- 044
@case("044-gloves-percentage-increase", "es-MX",
      "Mexican Gmail reply applying a 4% increase to one glove line ('aumento del 4% sobre el precio de tu orden').")
def c044():
    s = S("SUMEDBAJIO", "Suministros Médicos del Bajío S.A. de C.V.", "ventas@sumedbajio.example", "es-MX")
    d = D("2026-12-11", "Fri")
    p = PO("4500218800", s, "priya", "USD", "2026-11-20", [
        L(1, "GL-LTX-M", "Latex exam gloves, powder-free, size M, box of 200", 150, "BOX", "8.75", d),
        L(2, "GL-VIN-L", "Vinyl gloves, powder-free, size L, box of 200", 80, "BOX", "6.40", d),
    ], sent="2026-11-20 17:30 +0100", ship_to="usa")
    body = """Hola Priya, buen día.

Te confirmo la orden de compra 4500218800. Por el incremento en el costo del látex, los guantes de látex talla M llevan un aumento del 4% sobre el precio de tu orden; los de vinil se quedan igual.

Entrega en tu almacén de Columbus el viernes 11 de diciembre, las 230 cajas completas.

Saludos cordiales,
Fernanda Ruiz
Ventas Corporativas
Suministros Médicos del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2310, León, Gto. C.P. 37270
Tel. +52 477 555 0192"""
    eml = reply("044", p, ("Fernanda Ruiz", s.email), "2026-11-23 10:20 -0600", body, "gmail")
    assert Decimal("8.75") * Decimal("1.04") == Decimal("9.1000")
    exp = confirmation((p, {1: dict(p="9.10"), 2: "acc"}),
                       notes="+4% on the PO price 8.75 = 9.10 for latex M; vinyl unchanged. 230 boxes = 150 + 80, all on "
                             "Fri 11 Dec (= requested).")
    return [p], eml, exp


# --------------------------------------------------------------------------- 045
@case("045-bike-price-per-pack-discontinued", "fr-BE",
      "Belgian French reply pricing inner tubes per pack of 10 while the PO is per piece, and rejecting a saddle no longer made.")
def c045():
    s = S("CYCARD", "Cycles Ardennes Distribution SRL", "commandes@cycles-ardennes.example", "fr-BE")
    d = D("2026-12-08", "Tue")
    p = PO("4500218820", s, "claire", "EUR", "2026-11-23", [
        L(1, "BK-TUBE-700", "Inner tube 700x28-32C, Presta 48 mm", 200, "EA", "3.10", d),
        L(2, "BK-BRK-160", "Hydraulic disc brake set front + rear, 160 mm rotors", 10, "SET", "74.00", d),
        L(3, "BK-SADL-GEL", "Gel saddle 155 mm, black", 25, "EA", "16.90", d),
    ], sent="2026-11-23 11:15 +0100", ship_to="facilities")
    body = """Bonjour Madame Dubois,

Merci pour votre commande 4500218820.

- Chambres à air 700x28-32C Presta 48 mm : 200 pièces, soit 20 paquets de 10 à 29,50 € le paquet.
- Sets de freins à disque hydrauliques 160 mm : 10 sets à 74,00 €, OK.
- Selle gel 155 mm noire : cet article n'est plus fabriqué et nous n'en avons plus en stock. Nous ne pouvons donc pas livrer cette ligne.

Livraison des deux premières lignes le mardi 8 décembre.

Cordialement,
Thomas Lambert
Cycles Ardennes Distribution SRL
Rue de la Station 41, 6900 Marche-en-Famenne
Tél. +32 84 55 12 40"""
    eml = reply("045", p, ("Thomas Lambert", s.email), "2026-11-25 09:05 +0100", body, "outlook", html_lang="FR-BE")
    exp = confirmation((p, {1: dict(p="2.95"), 2: "acc", 3: "rej"}),
                       notes="29,50 EUR per pack of 10 = 2.95 per piece (PO 3.10). Saddle no longer produced -> rejected. "
                             "'700x28-32C' and 'Presta 48 mm' are tyre/valve sizes.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 046
@case("046-led-moq-korean", "ko-KR",
      "Korean reply (ks_c_5601-1987, base64) raising one line to the minimum order quantity of 100; '5050', '60 LED/m', '3x4A' are specs.")
def c046():
    s = S("HANBITLED", "Hanbit LED Co., Ltd.", "sales@hanbitled.example", "ko-KR")
    d = D("2026-12-10", "Thu")
    p = PO("4500218840", s, "daniel", "USD", "2026-11-20", [
        L(1, "LED-12V-RGB", "LED strip 12V RGB 5050 60 LED/m IP65, reel 5 m", 60, "REEL", "18.50", d),
        L(2, "LED-CTRL-RF", "RGB controller with RF remote 12-24V 3x4A", 40, "EA", "6.20", d),
        L(3, "LED-PSU-100", "LED driver 24V 100W, IP67", 30, "EA", "15.80", d),
    ], sent="2026-11-20 10:40 +0100", ship_to="usa")
    body = """Daniel 님, 안녕하세요.
한빛엘이디 해외영업팀 김지훈입니다.

발주서 4500218840 감사합니다. 아래와 같이 확정합니다.

1. LED 스트립 12V RGB 5050 (5m 릴): 60릴, 단가 USD 18.50, 납기 2026년 12월 10일
2. RGB 컨트롤러 (RF 리모컨 포함): 최소 주문 수량이 100개이므로 100개로 확정합니다. 단가 USD 6.20, 납기 동일
3. LED 드라이버 24V 100W: 30개, 단가 USD 15.80, 납기 2026년 12월 10일

감사합니다.
김지훈 드림

(주)한빛엘이디 | 경기도 안산시 단원구 산단로 163
Tel. +82 31 555 7720"""
    eml = reply("046", p, ("Kim Jihoon", s.email), "2026-11-24 17:10 +0900", body, "outlook", charset="ks_c_5601-1987",
                cte="base64", html_lang="KO")
    exp = confirmation((p, {1: "acc", 2: dict(q=100), 3: "acc"}),
                       notes="Controller raised to the MOQ of 100 pcs at the same price; '납기 동일' = same date 2026-12-10. "
                             "Other lines as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 047
@case("047-irrigation-greek-tbc-next-week", "el-GR",
      "Greek Outlook reply (ISO-8859-7) confirming two lines and leaving the solenoid valves to be confirmed next week.")
def c047():
    s = S("ARDEFTIKA", "Ardeftika Thessalias S.A.", "poliseis@ardeftika-thessalias.example", "el-GR")
    d = D("2026-12-15", "Tue")
    p = PO("4500218860", s, "sofia", "EUR", "2026-11-24", [
        L(1, "IR-DRIP-20", "Drip line 20 mm, emitter every 33 cm, 2 l/h, coil 50 m", 40, "COIL", "24.60", d),
        L(2, "IR-TEE-20", "Tee fitting 20 mm, bag of 25", 20, "BAG", "7.40", d),
        L(3, "IR-VALVE-1", "Solenoid valve 1\" 24 VAC", 12, "EA", "19.90", d),
    ], sent="2026-11-24 09:30 +0100", ship_to="grounds")
    body = """Καλημέρα κυρία Marchetti,

Σας επιβεβαιώνουμε την παραγγελία 4500218860 ως εξής:

- Σταλάκτης 20 mm (ανά 33 cm, 2 l/h), κουλούρα 50 m: 40 κουλούρες, 24,60 € η μία, παράδοση 15/12/2026.
- Ταυ 20 mm (σακουλάκι 25 τεμ.): 20 σακουλάκια, 7,40 €, παράδοση 15/12/2026.
- Ηλεκτροβάνες 1" 24 VAC: ο προμηθευτής μας δεν μας έχει δώσει ακόμη ημερομηνία. Θα σας επιβεβαιώσουμε την επόμενη εβδομάδα.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Αρδευτικά Θεσσαλίας Α.Ε. | ΒΙ.ΠΕ. Λάρισας, Οδός 6, 41500 Λάρισα
Τηλ. 2410 555 812"""
    eml = reply("047", p, ("Γιώργος Παπαδόπουλος", s.email), "2026-11-26 12:15 +0200", body, "outlook",
                charset="iso-8859-7", html_lang="EL")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: "unc"}),
                       notes="Drip line and tees as ordered on 15/12/2026; solenoid valves to be confirmed next week -> unconfirmed. "
                             "'33 cm', '2 l/h', '24 VAC' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 048
@case("048-relative-dates-norwegian", "nb-NO",
      "Norwegian reply using relative dates ('i morgen', 'tirsdag i neste uke') that must be resolved from the Date header (Thu 19 Nov).")
def c048():
    s = S("BRANNVERN", "Brannvern Norge AS", "ordre@brannvern.example", "nb-NO")
    d = D("2026-11-20", "Fri")
    p = PO("4500218880", s, "jonas", "EUR", "2026-11-16", [
        L(1, "FE-SK-CO2", "Service kit CO2 extinguisher 2 kg/5 kg (valve seals, horn gasket)", 15, "EA", "11.20", d),
        L(2, "FE-FOAM-6", "Foam extinguisher 6 l, 27A 183B", 10, "EA", "54.00", d),
    ], sent="2026-11-16 08:50 +0100", ship_to="facilities")
    body = """Hei Jonas,

Takk for bestillingen. Skumapparatene sender vi med budbil i dag, så de er hos dere i morgen formiddag.
Servicesettene for CO2 venter vi på fra Sverige, så de kan vi levere tirsdag i neste uke.

Prisene er som i bestillingen.

Hilsen
Kari Nilsen
Brannvern Norge AS
Brobekkveien 80, 0582 Oslo | tlf. 22 55 50 14"""
    eml = reply("048", p, ("Kari Nilsen", s.email), "2026-11-19 13:48 +0100", body, "gmail")
    D("2026-11-19", "Thu")
    exp = confirmation((p, {1: dict(d=D("2026-11-24", "Tue")), 2: "acc"}),
                       notes="Mail date Thu 2026-11-19: foam extinguishers arrive 'i morgen' = Fri 2026-11-20 (= requested); "
                             "service kits 'tirsdag i neste uke' = Tue 2026-11-24. '2 kg/5 kg' and '27A 183B' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 049
@case("049-ooo-japanese-iso2022jp", "ja-JP",
      "Japanese out-of-office in ISO-2022-JP with absence dates written with weekday marks (11月20日（金）～11月29日（日）).")
def c049():
    s = S("TANAKASEIKI", "Tanaka Seiki Co., Ltd.", "eigyo@tanaka-seiki.example", "ja-JP")
    p = PO("4500218900", s, "daniel", "USD", "2026-11-19", [
        L(1, "BR-6902-ZZ", "Thin section bearing 6902ZZ, box of 10", 200, "EA", "1.90", "2026-12-21"),
        L(2, "BR-LM20UU", "Linear bushing LM20UU", 40, "EA", "3.60", "2026-12-21"),
    ], sent="2026-11-20 08:30 +0100", ship_to="usa")
    D("2026-11-20", "Fri"), D("2026-11-29", "Sun"), D("2026-11-30", "Mon")
    txt = """【自動返信】

メールありがとうございます。
誠に勝手ながら、11月20日（金）から11月29日（日）まで海外出張のため不在にしております。
11月30日（月）より順次対応させていただきます。

お急ぎの場合は、営業部 山本（yamamoto@tanaka-seiki.example / 06-6555-0172）までご連絡ください。

Thank you for your e-mail. I am out of the office from 20 to 29 November and will reply from 30 November.
For urgent matters please contact Mr. Yamamoto (yamamoto@tanaka-seiki.example).

株式会社タナカ精機 営業部 鈴木"""
    eml = simple("049", mime.addr("鈴木 一郎", s.email, "iso-2022-jp"), buyer_addr(p), "2026-11-20 16:31 +0900",
                 "自動返信: " + request_subject(p), txt, None, charset="iso-2022-jp", cte="7bit",
                 in_reply_to=p.req_id, headers_extra=AUTO)
    return [p], eml, other("auto_reply", "Japanese out-of-office (ISO-2022-JP, Auto-Submitted); the dates are the absence period.")


# --------------------------------------------------------------------------- 050
@case("050-taiwan-date-without-year-rollover", "zh-TW",
      "Big5 reply with dates without year: '1月8日' must roll over to 2027; '1-1/8\"' and '9/16\"' look like dates.")
def c050():
    s = S("TCPBP", "Taichung Precision Bicycle Parts Co., Ltd.", "sales@tcp-bike.example", "zh-TW")
    d = D("2026-12-30", "Wed")
    p = PO("4500218920", s, "daniel", "USD", "2026-11-24", [
        L(1, "BK-HS-118", "Headset 1-1/8\" semi-integrated, ZS44/EC44", 40, "SET", "7.90", d),
        L(2, "BK-PDL-AL", "Pedals aluminium 9/16\", sealed bearings, pair", 60, "SET", "11.60", d),
    ], sent="2026-11-24 09:45 +0100", ship_to="usa")
    body = """Daniel 您好：

感謝您的訂單 4500218920，確認如下：

1. 車頭碗組 1-1/8" ZS44/EC44：40 組，單價 USD 7.90，1月8日交貨。
2. 鋁合金踏板 9/16"（培林式）：60 組，單價 USD 11.60，12月30日交貨。

碗組因年底產線排程較滿，無法趕在12月底前交貨，敬請見諒。

祝 商祺
陳怡君 Vivian Chen
業務部
台中精密自行車零件有限公司
台中市大雅區科雅路 25 號
TEL: +886-4-2555-0168"""
    eml = reply("050", p, ("Vivian Chen", s.email), "2026-11-27 09:30 +0800", body, "outlook", charset="big5",
                cte="base64", html_lang="ZH-TW")
    j8 = next_md("2026-11-27", 1, 8)
    assert j8 == D("2027-01-08", "Fri")
    exp = confirmation((p, {1: dict(d=j8), 2: "acc"}),
                       notes="'1月8日' without a year after a 27 Nov mail = 2027-01-08; pedals on 12月30日 = 2026-12-30 as requested. "
                             "1-1/8\" and 9/16\" are thread/steerer sizes, ZS44/EC44 headset standards.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 051
@case("051-arabic-html-only-rtl", "ar-AE",
      "HTML-only right-to-left Arabic reply with a new carton price and a later delivery date in dd/mm/yyyy.")
def c051():
    s = S("GULFPAPER", "Gulf Paper Products LLC", "sales@gulfpaper.example", "ar-AE")
    d = D("2026-12-14", "Mon")
    p = PO("4500218940", s, "priya", "USD", "2026-11-23", [
        L(1, "PT-MAXI-2P", "Maxi roll paper towel 2-ply, 300 m, pack of 6", 200, "PACK", "14.20", d),
        L(2, "PT-NAPK-33", "Napkins 33x33 cm 2-ply white, carton of 2400", 50, "CTN", "19.80", d),
    ], sent="2026-11-23 12:00 +0100", ship_to="care")
    body = """السيدة بريا رامان المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500218940، ونؤكد لكم ما يلي:

- مناديل ورقية رول ماكسي طبقتين 300 متر (عبوة 6 رولات): 200 عبوة بسعر 14.20 دولار للعبوة.
- مناديل مائدة 33×33 سم (كرتونة 2400 منديل): 50 كرتونة، السعر الجديد 20.60 دولار للكرتونة.

موعد التسليم: 16/12/2026 لكلا البندين.

مع خالص التحية،
خالد المنصوري
قسم المبيعات
شركة الخليج للمنتجات الورقية ذ.م.م
المنطقة الصناعية، الشارقة، الإمارات العربية المتحدة
هاتف: ‎+971 6 555 0193"""
    bh = '<div dir="rtl" style="text-align:right">' + mail.outlook_paras(body, "AR-SA") + "</div>"
    eml = reply("051", p, ("خالد المنصوري", s.email), "2026-11-25 10:20 +0400", body, "outlook", html_only=True,
                body_html=bh, cte="base64", html_lang="AR-SA")
    d2 = D("2026-12-16", "Wed")
    exp = confirmation((p, {1: dict(d=d2), 2: dict(p="20.60", d=d2)}),
                       notes="HTML-only RTL message. Delivery 16/12/2026 for both lines (requested 14 Dec); napkins repriced "
                             "20.60 per carton. '33×33 سم' and '2400' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 052
@case("052-hebrew-dental-all-accepted", "he-IL",
      "Hebrew reply in windows-1255 sent on a Sunday accepting all lines; '37%' etching gel and Hebrew list letters (א/ב/ג).")
def c052():
    s = S("DENTALPLUS", "Dental Plus Medical Supply Ltd.", "orders@dentalplus.example", "he-IL")
    d = D("2026-12-09", "Wed")
    p = PO("4500218960", s, "sofia", "USD", "2026-11-24", [
        L(1, "DN-MASK-IIR", "Face masks type IIR 3-ply, box of 50", 100, "BOX", "4.90", d),
        L(2, "DN-CUP-180", "Disposable plastic cups 180 ml, sleeve of 100", 60, "PACK", "1.80", d),
        L(3, "DN-ETCH-37", "Etching gel 37% phosphoric acid, 4 x 5 ml syringes", 20, "PACK", "12.40", d),
    ], sent="2026-11-24 15:40 +0100", ship_to="care")
    body = """שלום סופיה,

תודה על ההזמנה מס' 4500218960.

א. מסכות IIR תלת-שכבתיות (קופסה של 50): 100 קופסאות, 4.90$ לקופסה - מאושר.
ב. כוסות חד-פעמיות 180 מ"ל (שרוול של 100): 60 שרוולים, 1.80$ - מאושר.
ג. ג'ל אצ'ינג 37% (4 מזרקים של 5 מ"ל): 20 אריזות, 12.40$ - מאושר.

אספקה לכל הפריטים ב-9.12.2026.

בברכה,
יעל כהן
מחלקת הזמנות
דנטל-פלוס אספקה רפואית בע"מ | רח' המלאכה 12, חולון
טל' 03-5550147"""
    eml = reply("052", p, ("יעל כהן", s.email), D("2026-11-29", "Sun") + " 10:40 +0200", body, "outlook",
                charset="windows-1255", html_lang="HE")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: "acc"}),
                       notes="Everything confirmed ('מאושר') at PO prices, delivery 9.12.2026 = requested. '37%' is the acid "
                             "concentration, not a price change; '4 x 5 ml' is pack content.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 053
@case("053-shipping-notice-other-po", "de-DE",
      "Despatch advice (Lieferavis) with ship date and pallet count for a different, older PO of the same supplier.")
def c053():
    s = S("PWSAUER", "Papierwerk Sauerland Hygiene GmbH", "versand@pw-sauerland.example", "de-DE")
    p = PO("4500218980", s, "lukas", "EUR", "2026-11-24", [
        L(1, "PT-ZZ-2L", "Falthandtücher Zickzack 2-lagig, Karton 3.200 Blatt", 120, "CTN", "18.60", "2026-12-15"),
        L(2, "PT-ROLL-CF", "Innenabrollung 2-lagig, Pack à 6 Rollen", 80, "PACK", "21.30", "2026-12-15"),
    ], sent="2026-11-24 13:00 +0100", req_lang="de", ship_to="workshop")
    txt = """Sehr geehrte Damen und Herren,

hiermit avisieren wir Ihnen folgende Lieferung:

Lieferavis-Nr.:      LA-2026-55120
Ihre Bestellung:     4500216620 vom 28.10.2026
Versanddatum:        26.11.2026
Voraussichtliche Zustellung: 27.11.2026
Spediteur:           Spedition Hellweg, Sendungs-Nr. 3308 1174 2261
Packstücke:          4 Europaletten, 612 kg brutto

Pos. 10  Falthandtücher Zickzack 2-lagig     80 Karton
Pos. 20  Toilettenpapier 3-lagig 8x250 Bl.   40 Pack

Bitte prüfen Sie die Ware bei Anlieferung auf Transportschäden.

Dies ist eine automatisch erzeugte Nachricht.
Papierwerk Sauerland Hygiene GmbH · Versandabteilung · Am Papierwerk 3 · 59846 Sundern"""
    eml = simple("053", "Papierwerk Sauerland Versand <versand@pw-sauerland.example>", buyer_addr(p),
                 "2026-11-26 05:40 +0100", "Lieferavis LA-2026-55120 zu Ihrer Bestellung 4500216620", txt, None,
                 charset="iso-8859-1", headers_extra=[("Auto-Submitted", "auto-generated")])
    return [p], eml, other("unrelated", "Shipping notice for PO 4500216620, not for the open PO 4500218980, although the articles are "
                                        "similar. Ship/arrival dates belong to the other order.")


# --------------------------------------------------------------------------- 054
@case("054-vietnam-coffee-tonnes", "vi-VN",
      "Vietnamese reply stating quantities in tonnes and prices per tonne with dot thousands (2.150 USD/tấn = 129.00 per 60 kg bag).")
def c054():
    s = S("TAYNGUYEN", "Tay Nguyen Coffee Co., Ltd.", "export@taynguyencoffee.example", "vi-VN")
    d = D("2027-01-20", "Wed")
    p = PO("4500219000", s, "daniel", "USD", "2026-11-20", [
        L(1, "CF-ROB-S16", "Green coffee Robusta grade 1, screen 16, wet polished, bag 60 kg", 300, "BAG", "129.00", d),
        L(2, "CF-ROB-S18", "Green coffee Robusta grade 1, screen 18, bag 60 kg", 100, "BAG", "138.00", d),
    ], sent="2026-11-20 11:25 +0100", ship_to="usa")
    body = """Kính gửi anh Daniel,

Cảm ơn anh đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500219000 như sau:

1. Cà phê Robusta loại 1, sàng 16, đánh bóng ướt: 18 tấn (300 bao x 60 kg), giá 2.150 USD/tấn.
2. Cà phê Robusta loại 1, sàng 18: 6 tấn (100 bao x 60 kg), giá 2.350 USD/tấn.

Ngày giao hàng: ngày 20 tháng 1 năm 2027.
Điều kiện thanh toán: CAD, trả trong vòng 30 ngày.

Trân trọng,
Nguyễn Thị Hương
Phòng Xuất khẩu
Công ty TNHH Cà phê Tây Nguyên
Số 68 Lê Duẩn, TP. Buôn Ma Thuột, Đắk Lắk"""
    eml = reply("054", p, ("Nguyễn Thị Hương", s.email), "2026-11-24 15:10 +0700", body, "gmail", cte="base64")
    assert Decimal("2150") * Decimal("0.06") == Decimal("129.00") and Decimal("2350") * Decimal("0.06") == Decimal("141.00")
    exp = confirmation((p, {1: "acc", 2: dict(p="141.00")}),
                       notes="18 t = 300 bags and 6 t = 100 bags (as ordered). 2.150 USD/t x 0.06 t = 129.00 per bag (unchanged); "
                             "2.350 USD/t = 141.00 per bag (PO 138.00). Delivery 20 Jan 2027 as requested.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 055
@case("055-indonesia-ship-vs-arrival", "id-ID",
      "Indonesian reply with a ship date from Bandung and a later arrival date (arrival wins), plus a quotation validity date and a price rise.")
def c055():
    s = S("GARMENNS", "PT Garmen Nusantara Sejahtera", "sales@garmennusantara.example", "id-ID")
    d = D("2026-12-14", "Mon")
    p = PO("4500219020", s, "mira", "USD", "2026-11-23", [
        L(1, "UN-CHEF-WH-M", "Chef jacket white, poly-cotton 65/35, size M", 60, "EA", "12.40", d),
        L(2, "UN-CHEF-WH-L", "Chef jacket white, poly-cotton 65/35, size L", 60, "EA", "12.40", d),
        L(3, "UN-APR-BK", "Bib apron black 70x90 cm", 120, "EA", "3.10", d),
    ], sent="2026-11-23 10:05 +0100", ship_to="facilities")
    body = """Yth. Ibu Mira Novak,

Terima kasih atas pesanan Ibu No. 4500219020. Dengan ini kami konfirmasi:

1. Jaket chef putih ukuran M - 60 pcs @ USD 12,40
2. Jaket chef putih ukuran L - 60 pcs @ USD 12,40
3. Celemek hitam 70x90 cm - 120 pcs, harga naik menjadi USD 3,35 karena kenaikan harga kain.

Pengiriman semua item tanggal 14 Desember 2026 dari gudang kami di Bandung, dan barang tiba di tempat Ibu tanggal 21 Desember 2026.

Penawaran harga ini berlaku s/d 31 Desember 2026. Pembayaran 30 hari setelah tanggal invoice.

Hormat kami,
Dewi Lestari
Marketing Ekspor
PT Garmen Nusantara Sejahtera | Jl. Soekarno-Hatta No. 512, Bandung 40286"""
    eml = reply("055", p, ("Dewi Lestari", s.email), "2026-11-25 14:00 +0700", body, "outlook", html_lang="ID")
    a = D("2026-12-21", "Mon")
    exp = confirmation((p, {1: dict(d=a), 2: dict(d=a), 3: dict(p="3.35", d=a)}),
                       notes="Shipped 14 Dec from Bandung but arriving 21 Dec: the delivery date 2026-12-21 wins. Apron price 3.35. "
                             "Quote validity 31 Desember 2026 and '30 hari' payment are not delivery dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 056
@case("056-bounce-mailbox-full", "es-CO",
      "Exim bounce from the supplier's server: mailbox over quota (5.2.2), with the original request attached.")
def c056():
    s = S("SIERRANEVADA", "Café Sierra Nevada S.A.S.", "ventas@cafesierranevada.example", "es-CO")
    p = PO("4500219040", s, "daniel", "USD", "2026-11-24", [
        L(1, "CF-COL-EXC", "Green coffee Colombia Excelso EP, bag 70 kg", 50, "BAG", "318.00", "2027-01-25"),
    ], sent="2026-11-24 16:45 +0100", ship_to="usa")
    txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ventas@cafesierranevada.example
    mailbox is full: retry timeout exceeded

Reporting-MTA: dns; mx1.cafesierranevada.example"""
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mx1.cafesierranevada.example")],
        [[("Action", "failed"), ("Final-Recipient", "rfc822;ventas@cafesierranevada.example"), ("Status", "5.2.2"),
          ("Diagnostic-Code", "X-Exim; mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/ventas)")]])
    root = mime.multipart("report", [mime.text(txt, "plain", "us-ascii", "7bit"), ds, mime.rfc822(request_message(p))],
                          "1795537721-eximdsn-1804289383", extra_params="; report-type=delivery-status")
    eml = mime.message([("From", "Mail Delivery System <Mailer-Daemon@mx1.cafesierranevada.example>"),
                        ("To", p.buyer.email), ("Subject", "Mail delivery failed: returning message to sender"),
                        ("Date", "Wed, 25 Nov 2026 10:28:41 -0500"),
                        ("Message-ID", "<E1vQk3x-0007Qa-2H@mx1.cafesierranevada.example>"),
                        ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "ventas@cafesierranevada.example")], root)
    return [p], eml, other("bounce", "Exim DSN: recipient mailbox full (5.2.2); the attached original is our own request.")


# --------------------------------------------------------------------------- 057
@case("057-ukraine-pipes-unmentioned-line", "uk-UA",
      "Ukrainian windows-1251 reply: metres restated as pipes x 6 m, one line moved, and a third line simply not mentioned.")
def c057():
    s = S("DNIPROTRUBA", "Dnipro-Trubopostach LLC", "zbut@dnipro-truba.example", "uk-UA")
    d = D("2026-12-18", "Fri")
    p = PO("4500219060", s, "mira", "EUR", "2026-11-23", [
        L(1, "PP-ST-89", "Welded steel pipe 89 x 3.5 mm, EN 10219 S235JRH, 6 m lengths", 300, "M", "11.20", d),
        L(2, "PP-ST-114", "Welded steel pipe 114.3 x 4 mm, EN 10219 S235JRH, 6 m lengths", 120, "M", "15.60", d),
        L(3, "PP-CAP-89", "Pipe end cap 89 mm, welding", 50, "EA", "2.40", d),
    ], sent="2026-11-23 15:15 +0100", ship_to="workshop")
    body = """Добрий день, пані Міро!

Дякуємо за замовлення № 4500219060. Підтверджуємо:

1. Труба зварна 89x3,5 мм S235JRH - 50 труб по 6 м (300 м), 11,20 EUR/м, поставка до 18.12.2026.
2. Труба зварна 114,3x4 мм S235JRH - 20 труб по 6 м (120 м), 15,60 EUR/м, поставка до 22.12.2026.

Сертифікати 3.1 за EN 10204 надаються разом з товаром.

З повагою,
Олена Шевченко
відділ збуту
ТОВ «Дніпро-Трубопостач», м. Дніпро, вул. Криворізька, 25
тел. +380 56 555 41 20"""
    eml = reply("057", p, ("Олена Шевченко", s.email), "2026-11-26 10:30 +0200", body, "outlook",
                charset="windows-1251", html_lang="UK")
    exp = confirmation((p, {1: "acc", 2: dict(d=D("2026-12-22", "Tue")), 3: "unc"}),
                       notes="50 x 6 m = 300 m and 20 x 6 m = 120 m, as ordered. Second pipe delivered by 22.12.2026. "
                             "The end caps (line 3) are not mentioned -> unconfirmed.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 058
@case("058-bulgarian-bakery-price-per-kg", "bg-BG",
      "Bulgarian Gmail reply: flour restated as 2 000 kg (80 sacks), seeds repriced per kg (1,72 EUR/kg = 43,00 per 25 kg sack).")
def c058():
    s = S("DOBRUDZHA", "Dobrudzhansko Brashno EOOD", "prodazhbi@dobrudzha-brashno.example", "bg-BG")
    d = D("2026-12-10", "Thu")
    p = PO("4500219080", s, "anna", "EUR", "2026-11-24", [
        L(1, "MEH-T500-25", "Wheat flour type 500, sack 25 kg", 80, "SACK", "12.90", d),
        L(2, "SUG-CRY-50", "Crystal sugar, sack 50 kg", 20, "SACK", "38.50", d),
        L(3, "SEED-SUN-25", "Sunflower seeds hulled, bakery grade, sack 25 kg", 10, "SACK", "41.00", d),
    ], sent="2026-11-24 10:45 +0100", ship_to="bakery")
    body = """Здравейте, г-жо Вебер,

Благодарим за поръчка № 4500219080. Потвърждаваме:

- Брашно тип 500, чували по 25 кг: 2 000 кг (80 чувала), 12,90 EUR/чувал;
- Захар кристална, чували по 50 кг: 20 чувала, 38,50 EUR/чувал;
- Слънчогледово семе, обелено: 10 чувала по 25 кг. Цената е променена на 1,72 EUR/кг (43,00 EUR/чувал) поради новата реколта.

Доставка: 10.12.2026 г. с наш камион.

Поздрави,
Мария Георгиева
Търговски отдел
Добруджанско брашно ЕООД, гр. Добрич, ул. Индустриална 4
тел. +359 58 555 230"""
    eml = reply("058", p, ("Мария Георгиева", s.email), "2026-11-27 11:05 +0200", body, "gmail")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: dict(p="43.00")}),
                       notes="2 000 kg = 80 sacks (space thousands separator). Seeds 1,72 EUR/kg x 25 kg = 43.00 per sack. "
                             "Delivery 10.12.2026 г. as requested; 'тип 500' is the flour type.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 059
@case("059-conditional-express-surcharge", "sr-RS",
      "Serbian reply offering two options (by 11.12. with a 6% express surcharge, or 08.01.2027 without) and asking which to take.")
def c059():
    s = S("BEOLEZAJ", "Beoležaj d.o.o.", "prodaja@beolezaj.example", "sr-RS")
    d = D("2026-12-11", "Fri")
    p = PO("4500219100", s, "mira", "EUR", "2026-11-24", [
        L(1, "BR-6306-ZZ", "Deep groove ball bearing 6306-ZZ C3, box of 10", 40, "EA", "4.80", d),
        L(2, "BR-UCP-208", "Pillow block bearing UCP 208", 12, "EA", "17.30", d),
    ], sent="2026-11-24 12:30 +0100", ship_to="workshop")
    body = """Poštovana gospođo Novak,

Možemo da isporučimo obe stavke do 11.12.2026, ali samo uz doplatu za ekspresni transport od 6% na ukupnu vrednost porudžbine. Bez ekspresnog transporta najraniji rok isporuke je 08.01.2027.

Molimo Vas da nam potvrdite koju opciju prihvatate, pa ćemo Vam poslati potvrdu porudžbine.

Srdačan pozdrav,
Nikola Jovanović
Beoležaj d.o.o. | Autoput za Novi Sad 96, 11080 Zemun
tel. +381 11 555 3091"""
    eml = reply("059", p, ("Nikola Jovanović", s.email), "2026-11-26 09:40 +0100", body, "outlook", html_lang="SR-LATN-RS")
    return [p], eml, other("needs_review", "Conditional offer with two alternatives (6% surcharge by 11.12.2026, or 08.01.2027); "
                                           "the supplier waits for our choice before confirming.")


# --------------------------------------------------------------------------- 060
@case("060-slovenian-week-51-per-1000", "sl-SI",
      "Slovenian Thunderbird reply (ISO-8859-2): delivery 'v 51. tednu', screw and nut prices per 1000 pcs, rivets per box.")
def c060():
    s = S("VIJSAVINJA", "Vijaki Savinja d.o.o.", "prodaja@vijaki-savinja.example", "sl-SI")
    d = D("2026-12-11", "Fri")
    p = PO("4500219120", s, "jonas", "EUR", "2026-11-25", [
        L(1, "FS-7045-M5x12", "Pan head screw ISO 7045 M5x12 A2 stainless", 10000, "EA", "0.019", d),
        L(2, "FS-4035-M5", "Thin hex nut ISO 4035 M5 A2", 10000, "EA", "0.011", d),
        L(3, "FS-RIV-4812", "Blind rivet 4.8 x 12 mm alu/steel, box of 500", 20, "BOX", "7.60", d),
    ], sent="2026-11-25 10:15 +0100", ship_to="facilities")
    body = """Pozdravljeni,

potrjujemo naročilo št. 4500219120:

- vijak ISO 7045 M5x12 A2: 10.000 kos, 19,00 EUR/1000 kos
- matica ISO 4035 M5 A2: 10.000 kos, 12,50 EUR/1000 kos
- slepe zakovice 4,8 x 12 mm: 20 škatel po 500 kos, 7,60 EUR/škatla

Dobava v 51. tednu.

Lep pozdrav,
Matej Kranjc
Vijaki Savinja d.o.o., Ljubljanska cesta 5, 3000 Celje
tel. 03 555 21 44"""
    eml = reply("060", p, ("Matej Kranjc", s.email), "2026-11-27 08:20 +0100", body, "thunderbird", html=False,
                charset="iso-8859-2", flowed=True, bottom=True,
                attrib=lambda t: f"Dne {t.day}. {t.month}. {t.year} ob {t.hour:02d}:{t.minute:02d} je Jonas Lindqvist napisal:")
    w = kw(2026, 51)
    assert w == "2026-12-18"
    exp = confirmation((p, {1: dict(d=w), 2: dict(p="0.0125", d=w), 3: dict(d=w)}),
                       notes="Week 51 = Friday 2026-12-18 for all lines (requested 11 Dec). 19,00/1000 = 0.019 (unchanged), "
                             "12,50/1000 = 0.0125 (PO 0.011); rivets per box as ordered. 10.000 is a thousands dot.")
    return [p], eml, exp
