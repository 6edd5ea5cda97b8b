"""Cases 037-047: Greek, Turkish and Asian confirmations, southern-hemisphere English, a forwarded chain."""
import datetime as dt

from .common import (case, sup, PO, acc, chg, REJ, UNC, conf, all_acc, expect, reply, oq, gq,
                     req_text, req_subject, req_dt, rfcdate)
from .pdf import make_pdf


@case("greek-iso8859-7", "confirmation/el-GR",
      "Greek ISO-8859-7 reply with euro amounts '16,40 €'; only position 2 moves to 23/12/2026.")
def c_el():
    s = sup("AEGYOGA", "Aegean Yoga Mats S.A.", "sales@aegean-yogamats.example", "el-GR")
    po = PO("4500032101", s, "EUR", "2026-11-25", [
        ("YM-CORK-5", "Yoga mat cork/TPE 183x61 cm, 5 mm", 200, "PCS", "16.40", "2026-12-18"),
        ("YM-TRVL-15", "Travel yoga mat 1.5 mm, foldable", 150, "PCS", "9.80", "2026-12-18"),
        ("YB-BLK-EVA", "Yoga block EVA 23x15x7.5 cm", 300, "PCS", "2.60", "2026-12-18")], buyer="elena")
    body = """Καλησπέρα σας κα Costa,

Επιβεβαιώνουμε την παραγγελία σας 4500032101:

Θέση 1: 200 τεμ. x 16,40 € - παράδοση 18/12/2026
Θέση 2: 150 τεμ. x 9,80 € - παράδοση 23/12/2026
Θέση 3: 300 τεμ. x 2,60 € - παράδοση 18/12/2026

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Aegean Yoga Mats Α.Ε.
Λεωφ. Συγγρού 214, 176 72 Καλλιθέα
Τηλ. +30 210 955 4120

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@aegean-yogamats.example"), seed="bt037",
                date=rfcdate(2026, 11, 30, 17, 25, 10, "+0200"), body=body, client="outlook", lang="el-GR",
                charset="iso-8859-7", cte="quoted-printable", henc="B", prefix="ΑΠ:")
    return [po], eml, expect("confirmation",
                             "Greek charset and subject prefix 'ΑΠ:'; position 2 delivered 2026-12-23, the others on the requested date.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-23"), 3: acc(po, 3)}))


@case("teslim-ocak-erken", "confirmation/tr-TR",
      "Turkish ISO-8859-9 reply promises delivery '8 Ocak 2027', a week earlier than requested (still a change).")
def c_tr():
    s = sup("ANASIN", "Anadolu Sinema Koltuklari A.S.", "satis@anadolukoltuk.example", "tr-TR")
    po = PO("4500032122", s, "EUR", "2026-11-26", [
        ("SK-PRM-2027", "Cinema seat Premium 2027, cupholder, 55 cm centres", 180, "EA", "212.00", "2027-01-15"),
        ("SK-ARM-DBL", "Double armrest with 2 cupholders", 30, "EA", "38.00", "2027-01-15")])
    body = """Sayın Dana Ruiz,

4500032122 numaralı siparişinizi onaylıyoruz:

1. kalem: 180 adet, birim fiyat 212,00 EUR
2. kalem: 30 adet, birim fiyat 38,00 EUR

Teslim tarihi: 8 Ocak 2027 (talep ettiğiniz tarihten bir hafta önce).

Saygılarımızla,
Elif Yıldız
İhracat Departmanı
Anadolu Sinema Koltukları A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 18, Kayseri
Tel: +90 352 555 62 40

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Elif Yıldız", "elif.yildiz@anadolukoltuk.example"), seed="bt038",
                date=rfcdate(2026, 12, 2, 11, 40, 55, "+0300"), body=body, client="outlook", lang="tr-TR",
                charset="iso-8859-9", cte="quoted-printable", henc="Q", prefix="YNT:")
    return [po], eml, expect("confirmation",
                             "Earlier delivery is still a changed date (2027-01-08); Turkish month 'Ocak'; prices with decimal comma unchanged.",
                             conf(po, {1: chg(po, 1, d="2027-01-08"), 2: chg(po, 2, d="2027-01-08")}))


@case("korean-table-euckr", "confirmation/ko-KR",
      "EUC-KR reply with a table: one line short-shipped (6 of 8), one line moved to 2027.01.08.")
def c_ko():
    s = sup("HANBIT", "Hanbit Lamp Co., Ltd.", "export@hanbitlamp.example", "ko-KR")
    po = PO("4500032140", s, "USD", "2026-11-26", [
        ("HB-XE-4000", "Xenon lamp 4000 W, digital cinema, 2027 spec", 5, "EA", "1480.00", "2026-12-21"),
        ("HB-XE-2500", "Xenon lamp 2500 W, short arc", 8, "EA", "960.00", "2026-12-21"),
        ("HB-FAN-24V", "Lamp house cooling fan 24V DC, 120x120 mm", 10, "EA", "42.00", "2026-12-21")],
        buyer="priya")
    body = """Priya Nair 님께,

안녕하십니까. 한빛램프 해외영업팀 김민준입니다.
주문서 4500032140 건 아래와 같이 확인드립니다.

번호 | 품목        | 수량 | 단가(USD) | 납기
1    | HB-XE-4000  | 5    | 1,480.00  | 2026.12.21
2    | HB-XE-2500  | 6    | 960.00    | 2026.12.21
3    | HB-FAN-24V  | 10   | 42.00     | 2027.01.08

2번 품목은 재고 부족으로 6개만 공급 가능하며, 나머지 2개는 공급이 어렵습니다.
3번 품목은 부품 수급 문제로 1월 8일 납품 예정입니다.

감사합니다.

김민준 / Minjun Kim
해외영업팀 | 한빛램프 주식회사
경기도 안산시 단원구 엠티브이25로 58
Tel. +82-31-555-0187

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("김민준", "mj.kim@hanbitlamp.example"), seed="bt039",
                date=rfcdate(2026, 11, 30, 14, 5, 22, "+0900"), body=body, client="outlook", lang="ko-KR",
                charset="euc-kr", cte="base64", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Korean dotted dates; line 2 only 6 of 8 (rest not supplied); line 3 moved to 2027-01-08; line 1 as ordered.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, q=6), 3: chg(po, 3, d="2027-01-08")}))


@case("gb2312-pdf-pi", "confirmation/zh-CN",
      "Foxmail GB2312 body plus an uncompressed PDF sales confirmation; new set price on line 3 and a January date for all.")
def c_zh():
    s = sup("LVYUAN", "Ningbo Lvyuan Hydroponics Co., Ltd.", "sales@lvyuan-hydro.example", "zh-CN")
    po = PO("4500032160", s, "USD", "2026-11-27", [
        ("LY-TRAY-1020", "Hydroponic seedling tray 1020, 54x28 cm, no holes", 3000, "PCS", "0.58", "2027-01-22"),
        ("LY-DOME-7", "Humidity dome 7 in high, vented", 1500, "PCS", "0.96", "2027-01-22"),
        ("LY-NFT-KIT", "NFT kit 36 sites, 24V pump", 40, "SET", "69.00", "2027-01-22")], buyer="priya")
    pdf = make_pdf([
        "**NINGBO LVYUAN HYDROPONICS CO., LTD.",
        "No. 88 Xinghai Road, Beilun District, Ningbo, Zhejiang, China",
        "",
        "**SALES CONFIRMATION  No. PI-LY20261201",
        "Date: 2026-12-01",
        "Buyer: Kestrel Procurement B.V., Rotterdam     Buyer PO: 4500032160",
        "",
        "Item  Code            Description                          Qty     Unit   Unit price",
        "1     LY-TRAY-1020    Seedling tray 1020, 54x28 cm         3,000   PCS    USD 0.58",
        "2     LY-DOME-7       Humidity dome 7 in, vented           1,500   PCS    USD 0.96",
        "3     LY-NFT-KIT      NFT kit 36 sites, 24V pump              40   SETS   USD 72.50",
        "",
        "Total amount: USD 6,080.00",
        "Delivery date (DAP Rotterdam, buyer's warehouse): 15 Jan 2027",
        "Payment: T/T 30 days after B/L date",
        "",
        "Seller: Ningbo Lvyuan Hydroponics Co., Ltd.    Signature: Chen Jing",
    ], title="Sales Confirmation PI-LY20261201", author="Lvyuan", compress=False,
        date="D:20261201093000+08'00'")
    assert abs(3000 * 0.58 + 1500 * 0.96 + 40 * 72.50 - 6080.00) < 1e-9
    body = """Priya 您好！

感谢您的订单 4500032160。附件是我司的销售确认书 PI-LY20261201，请查收。

第1项、第2项按订单价格确认；
第3项因水泵涨价，单价调整为 USD 72.50/套，数量不变。
交货日期：2027年1月15日（送达贵司鹿特丹仓库），三项一起交货。

如有问题请随时联系。

陈静 Chen Jing
外贸部
宁波绿源水培设备有限公司
电话：+86-574-5555-8621
"""
    eml = reply(po=po, frm=("陈静", "chenjing@lvyuan-hydro.example"), seed="bt040",
                date=rfcdate(2026, 12, 1, 9, 38, 6, "+0800"), body=body, client="foxmail", lang="zh-CN",
                charset="gb2312", cte="base64", prefix="回复:",
                subject="回复: " + req_subject(po),
                attachments=[("PI-LY20261201.pdf", "application/pdf", pdf)])
    return [po], eml, expect("confirmation",
                             "Chinese date 2027年1月15日 (delivery to our warehouse) in body and '15 Jan 2027' in the PDF; line 3 price 72.50 per set.",
                             conf(po, {1: chg(po, 1, d="2027-01-15"), 2: chg(po, 2, d="2027-01-15"),
                                       3: chg(po, 3, p="72.50", d="2027-01-15")}))


@case("etd-vs-delivery", "confirmation/vi-VN",
      "Vietnamese reply gives both an ETD 08/01/2027 and a warehouse delivery date 29/01/2027; the delivery date wins (= requested).")
def c_vi():
    s = sup("SGSEAT", "Saigon Cinema Seating Co., Ltd.", "sales@saigonseating.example", "vi-VN")
    po = PO("4500032181", s, "USD", "2026-11-27", [
        ("SG-RCL-PU", "Recliner cinema seat, PU leather, 24V motor", 50, "EA", "398.00", "2027-01-29"),
        ("SG-COUP-2", "Couple seat 2-seater, 2027 design", 20, "EA", "640.00", "2027-01-29")])
    body = """Kính gửi chị Dana,

Chúng tôi xác nhận đơn hàng 4500032181 như sau:

Mục 1: 50 ghế, đơn giá 398,00 USD
Mục 2: 20 ghế đôi, đơn giá 640,00 USD

Ngày xuất hàng (ETD Cát Lái): 08/01/2027
Ngày giao hàng tại kho Rotterdam: 29/01/2027

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Ghế Rạp Sài Gòn
Lô C12, KCN Tân Bình, TP. Hồ Chí Minh
ĐT: +84 28 5555 3091

""" + gq(po, "Vào Th 6, 27 thg 11, 2026 vào lúc 16:14 Dana Ruiz <dana.ruiz@buyer.example> đã viết:")
    eml = reply(po=po, frm=("Nguyễn Thị Thu Hà", "thuha@saigonseating.example"), seed="bt041",
                date=rfcdate(2026, 12, 2, 10, 12, 44, "+0700"), body=body, client="gmail", lang="vi-VN",
                cte="base64", prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Ship date 08/01/2027 and delivery date 29/01/2027 both given: delivery wins and equals the PO, so all accepted.",
                             all_acc(po))


@case("thai-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai reply with a Buddhist-era date '15 ม.ค. 2570 (ค.ศ. 2027)' and a price increase on one line.")
def c_th():
    s = sup("SIAMYOGA", "Siam Yoga Co., Ltd.", "sales@siamyoga.example", "th-TH")
    po = PO("4500032200", s, "USD", "2026-11-27", [
        ("SY-NR-5", "Natural rubber yoga mat 183x66 cm, 5 mm", 400, "PCS", "13.20", "2027-01-15"),
        ("SY-JUTE-4", "Jute/PER yoga mat 4 mm", 200, "PCS", "11.60", "2027-01-15")])
    body = """เรียน คุณดาน่า

ขอยืนยันใบสั่งซื้อเลขที่ 4500032200 ดังนี้

รายการที่ 1: 400 ผืน ราคา 13.20 USD ต่อผืน
รายการที่ 2: 200 ผืน ราคา 12.10 USD ต่อผืน (ราคาปอกระเจาปรับขึ้น)

กำหนดส่งถึงคลังสินค้าของท่าน: 15 ม.ค. 2570 (ค.ศ. 2027) ทั้งสองรายการ

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขายต่างประเทศ
บริษัท สยามโยคะ จำกัด
99/9 ถ.บางนา-ตราด กม.18 สมุทรปราการ 10540
โทร. +66 2 555 0421

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("สมชาย ใจดี", "somchai@siamyoga.example"), seed="bt042",
                date=rfcdate(2026, 12, 2, 15, 31, 9, "+0700"), body=body, client="outlook", lang="th-TH",
                charset="tis-620", cte="base64", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Buddhist year 2570 = 2027 (also stated as ค.ศ. 2027): 2027-01-15 as requested; line 2 price 12.10 instead of 11.60.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, p="12.10")}))


@case("indonesian-decimal-comma", "confirmation/id-ID",
      "Indonesian reply: items 1-2 'sesuai PO', item 3 new price 'USD 7,45' with decimal comma.")
def c_id():
    s = sup("TETESH", "PT Tetes Hijau Nusantara", "penjualan@teteshijau.example", "id-ID")
    po = PO("4500032221", s, "USD", "2026-11-30", [
        ("TH-DRIP-8", "Dripper 8 l/h adjustable, 4/7 mm barb", 10000, "PCS", "0.075", "2027-01-08"),
        ("TH-STAKE-2", "Angle stake for 2-way dripper", 10000, "PCS", "0.029", "2027-01-08"),
        ("TH-FILT-120", "Disc filter 3/4 in, 120 mesh", 50, "EA", "6.90", "2027-01-08")], buyer="jonas")
    body = """Dengan hormat Bapak Jonas,

Bersama ini kami konfirmasi PO 4500032221:

- Item 1 dan 2: sesuai PO (10.000 pcs masing-masing), pengiriman 8 Januari 2027.
- Item 3: 50 unit, harga naik menjadi USD 7,45/unit; pengiriman juga 8 Januari 2027.

Terima kasih atas kepercayaannya.

Best regards,
Dewi Lestari
Sales Export
PT Tetes Hijau Nusantara
Jl. Raya Serang KM 24, Balaraja, Tangerang 15610
Telp. +62 21 5595 8830

""" + gq(po, "Pada tanggal Sen, 30 Nov 2026 pukul 16.14 Jonas Weber <jonas.weber@buyer.example> menulis:")
    eml = reply(po=po, frm=("Dewi Lestari", "dewi@teteshijau.example"), seed="bt043",
                date=rfcdate(2026, 12, 3, 9, 6, 35, "+0700"), body=body, client="gmail", lang="id-ID",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "'10.000' uses a dot thousands separator and 'USD 7,45' a decimal comma; 'pengiriman' here is the delivery date as requested.",
                             conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="7.45")}))


@case("kuantiti-dikurangkan", "confirmation/ms-MY",
      "Malay reply with English mixed in: item 2 reduced from 24 to 20 units, balance not supplied.")
def c_ms():
    s = sup("MEDISTP", "Medistapel Sdn. Bhd.", "jualan@medistapel.example", "ms-MY")
    po = PO("4500032240", s, "USD", "2026-11-30", [
        ("MS-SKIN-35W", "Skin stapler 35W, disposable", 200, "EA", "5.40", "2026-12-18"),
        ("MS-CIRC-29", "Circular stapler reload 29 mm", 24, "EA", "118.00", "2026-12-18")], buyer="priya")
    body = """Salam sejahtera Cik Priya,

Kami sahkan PO 4500032240 seperti berikut:

Item 1: 200 unit @ USD 5.40, penghantaran 18/12/2026.
Item 2: kuantiti dikurangkan kepada 20 unit kerana stok terhad, @ USD 118.00,
penghantaran 18/12/2026. Baki 4 unit tidak dapat dibekalkan.

Any questions please let me know.

Terima kasih,
Nurul Aisyah binti Ahmad
Customer Service Executive
Medistapel Sdn. Bhd.
Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Prai, 13600 Pulau Pinang
Tel: +60 4 555 2718

""" + oq(po, "en")
    eml = reply(po=po, frm=("Nurul Aisyah", "nurul.aisyah@medistapel.example"), seed="bt044",
                date=rfcdate(2026, 12, 3, 16, 20, 51, "+0800"), body=body, client="o365", lang="ms-MY",
                prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Item 2 confirmed for 20 of 24 units, remaining 4 declined; item 1 as ordered.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, q=20)}))


@case("crates-of-twelve", "confirmation/en-ZA",
      "South African reply rounds the locker quantity up to whole crates (7 x 12 = 84); the hasp kits are left 'will advise'.")
def c_za():
    s = sup("HIGHVELD", "Highveld Steel Lockers (Pty) Ltd", "orders@highveldlockers.example", "en-ZA")
    po = PO("4500032261", s, "USD", "2026-11-30", [
        ("HSL-4T-30", "Steel locker 4-tier 1830x300x450 mm", 80, "EA", "148.00", "2027-01-22"),
        ("HSL-HASP-24", "Padlock hasp kit, box of 24", 4, "BOX", "36.00", "2027-01-22")], buyer="martin")
    body = """Morning Martin,

Thanks for PO 4500032261. Confirmed as follows:

Line 1 - 84 units (we ship in crates of 12, so 7 crates) at USD 148.00 each,
delivery to your Rotterdam warehouse 22/01/2027.
Line 2 - hasp kits: waiting on our supplier for a price, will advise.

Regards,
Pieter van Wyk
Export Sales
Highveld Steel Lockers (Pty) Ltd
14 Staal Street, Vanderbijlpark, 1911, South Africa
Tel: +27 16 555 0243 | Cell: 082 555 7714

This e-mail is subject to the Highveld Steel Lockers e-mail legal notice.
Reg. no. 2009/012345/07

""" + oq(po, "en")
    eml = reply(po=po, frm=("Pieter van Wyk", "pieter@highveldlockers.example"), seed="bt045",
                date=rfcdate(2026, 12, 1, 8, 2, 29, "+0200"), body=body, client="o365", lang="en-ZA",
                prefix="RE:")
    assert 7 * 12 == 84
    return [po], eml, expect("confirmation",
                             "Quantity 84 instead of 80 (full crates); '7 crates' and '12' are pack data; line 2 'will advise' commits to nothing = unconfirmed.",
                             conf(po, {1: chg(po, 1, q=84), 2: UNC}))


@case("kia-ora-new-mould", "confirmation/en-NZ",
      "New Zealand reply: stag forms as per PO, a new NZ$ price for the tahr forms, ear liners 'will confirm next week' (unconfirmed).")
def c_nz():
    s = sup("KIWITAX", "Kiwi Taxidermy Supplies Ltd", "sales@kiwitaxisupplies.example", "en-NZ")
    po = PO("4500032280", s, "NZD", "2026-11-30", [
        ("KT-STAG-RS", "Red stag shoulder form, upright, 22 in neck", 6, "EA", "245.00", "2027-01-15"),
        ("KT-TAHR-PED", "Tahr pedestal form, 2027 pose", 3, "EA", "312.00", "2027-01-15"),
        ("KT-EAR-LNR", "Ear liners, deer, pair", 12, "PAIR", "8.50", "2027-01-15")], buyer="sofie")
    body = """Kia ora Sofie,

All good - PO 4500032280 confirmed for the stag and tahr forms:
stag forms as per PO; tahr pedestal forms are NZ$329.00 each now (new
mould), same qty of 3. Both delivered to Rotterdam by 15/01/2027 as requested.

Ear liners - still checking stock with the tannery, I'll confirm those
next week.

Cheers,
Hamish Campbell
Kiwi Taxidermy Supplies Ltd
21 Waterloo Road, Hornby, Christchurch 8042
Ph +64 3 555 0198

""" + gq(po, "> On 30/11/2026, at 10:14 PM, Sofie Lund <sofie.lund@buyer.example> wrote:\n>")
    eml = reply(po=po, frm=("Hamish Campbell", "hamish@kiwitaxisupplies.example"), seed="bt046",
                date=rfcdate(2026, 12, 2, 9, 44, 12, "+1300"), body=body, client="apple", lang="en-NZ",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Line 2 price NZ$329.00 instead of 312.00; line 1 as per PO; line 3 addressed without commitment ('confirm next week') = unconfirmed.",
                             conf(po, {1: acc(po, 1), 2: chg(po, 2, p="329.00"), 3: UNC}))


@case("forwarded-internal-chain", "confirmation/sk-SK",
      "A colleague answers from a forwarded internal chain; the forwarding note's guess 'do 20.12.?' is not the commitment.")
def c_sk():
    s = sup("PLUHTAT", "Pluhy Tatry s.r.o.", "objednavky@pluhy-tatry.example", "sk-SK")
    po = PO("4500032300", s, "EUR", "2026-11-20", [
        ("PT-EDGE-2800", "Plow cutting edge 2800x200x16 mm, boron steel", 8, "EA", "356.00", "2026-12-18"),
        ("PT-BOLT-M20", "Plow bolt M20x70, class 10.9", 120, "EA", "3.85", "2026-12-18")])
    fwd_id = "<CAJq8Fw3kT2vZp9xLm4RbN7dYc1sHe6uQa0WgXo5Ti@mail.gmail.com>"
    body = """Dobrý deň pani Ruiz,

kolegyňa mi preposlala Vašu objednávku 4500032300. Potvrdzujem:

pol. 1 - 8 ks, 356,00 EUR/ks, dodanie 11. 12. 2026 (skôr, ako požadujete)
pol. 2 - 120 ks, 3,85 EUR/ks, dodanie 18. 12. 2026

S pozdravom
Jozef Hudák
plánovanie výroby
Pluhy Tatry s.r.o., Priemyselná 9, 058 01 Poprad
tel. +421 52 555 3120

ut 24. 11. 2026 o 8:05 Objednávky Pluhy Tatry <objednavky@pluhy-tatry.example> napísal(a):
> Jožo, vieš potvrdiť termín? Asi do 20.12.?
> Zuzana
>
> ---------- Forwarded message ---------
> Od: Dana Ruiz <dana.ruiz@buyer.example>
> Date: pi 20. 11. 2026 o 10:14
> Subject: Purchase order 4500032300 - request for order acknowledgment
> To: <objednavky@pluhy-tatry.example>
>
""" + "\n".join(("> " + x).rstrip() for x in req_text(po).split("\n")) + "\n"
    eml = reply(po=po, frm=("Jozef Hudák", "jozef.hudak@pluhy-tatry.example"), seed="bt047",
                date=rfcdate(2026, 11, 25, 7, 51, 38, "+0100"), body=body, client="gmail", lang="sk-SK",
                prefix="Re:", subject="Re: Fwd: " + req_subject(po),
                cc="Objednávky Pluhy Tatry <objednavky@pluhy-tatry.example>".replace("Objednávky", "=?UTF-8?Q?Objedn=C3=A1vky?="),
                refs=f"{po['request_message_id']} {fwd_id}")
    eml = eml.replace(b"In-Reply-To: " + po["request_message_id"].encode(), b"In-Reply-To: " + fwd_id.encode())
    return [po], eml, expect("confirmation",
                             "Reply from a colleague after an internal forward; line 1 earlier (2026-12-11) is still a change; the internal question 'do 20.12.?' commits to nothing.",
                             conf(po, {1: chg(po, 1, d="2026-12-11"), 2: acc(po, 2)}))
