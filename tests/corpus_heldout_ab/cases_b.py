"""Cases 21-40."""
from ablib.common import *  # noqa: F401,F403
from ablib import mime
from ablib.pdf import simple_pdf
from ablib.xlsx import xlsx


@case("paints-two-pos-one-mail-backorder", "confirmation/en-ZA")
def c(nnn):
    s = sup("HVCOAT", "Highveld Coatings (Pty) Ltd", "orders@highveldcoatings.example", "en-ZA")
    a = po("4500231121", s, "2026-11-16", [
        ("PT-ENM-WHT-5L", "Alkyd enamel white, 5 l tin", 60, "TIN", "31.20", "2026-12-14"),
        ("PT-ENM-BLK-1L", "Alkyd enamel black, 1 l tin", 100, "TIN", "8.40", "2026-12-14"),
    ], buyer="sc")
    b = po("4500231122", s, "2026-11-17", [
        ("PT-RDM-YEL-20L", "Road marking paint yellow, 20 l tin", 40, "TIN", "74.00", "2026-12-21"),
        ("PT-THN-20L", "Road marking thinner, 20 l tin", 10, "TIN", "39.50", "2026-12-21"),
    ], buyer="sc")
    wd(D(2027, 1, 11), "Mon")
    body = """Morning Sofia,

Please see our responses to both your orders below.

PO 4500231121 - confirmed in full, 60 x 5 l white and 100 x 1 l black enamel, delivery 14 December as requested.

PO 4500231122 - road marking yellow: we only have 28 tins in stock, these will be delivered with the thinner on 21 December. The balance of 12 tins follows on 11 January 2027 after our January production run. Thinner 10 x 20 l confirmed for 21 December.

Prices as per your orders.

Kind regards
Thandi Mokoena
Sales Administrator
Highveld Coatings (Pty) Ltd | 14 Electron Avenue, Isando, 1600 | +27 11 555 0148
"""
    q = outlook_block(a, "en", subject="Purchase orders 4500231121 and 4500231122", body=request_text(a) + "\n" + request_text(b))
    msg = reply(nnn, a, ("Thandi Mokoena", s["email"]), "RE: Purchase orders 4500231121 and 4500231122",
                rfc(D(2026, 11, 24), 8, 12, "+0200"), body, client="outlook", quoted_text=q, also=(req_id(b),), lang_attr="en-ZA")
    e = expected("confirmation", "Two POs in one mail; PO 4500231122 line 1 split 28 on 2026-12-21 + 12 on 2027-01-11.",
                 [conf(a, {1: acc(), 2: acc()}),
                  conf(b, {1: chg(d="2027-01-11", sched=[(28, "2026-12-21"), (12, "2027-01-11")]), 2: acc()})])
    return [a, b], msg, e, "One mail answering two POs, one fully and one with a stock shortfall split into two deliveries."


@case("sensors-three-open-one-answered", "confirmation/en-SG")
def c(nnn):
    s = sup("LIONSEN", "Lion City Sensors Pte Ltd", "sales@lioncitysensors.example", "en-SG")
    a = po("4500231123", s, "2026-11-18", [
        ("PRX-M18-8", "Proximity sensor M18, 8 mm, NPN NO", 100, "EA", "22.10", "2026-12-11"),
    ], buyer="jb")
    b = po("4500231124", s, "2026-11-18", [
        ("PLC-ET200-DI32", "Remote I/O module 32DI 24VDC", 10, "EA", "212.00", "2026-12-18"),
        ("PLC-ET200-IM", "Remote I/O interface module PN", 5, "EA", "348.00", "2026-12-18"),
    ], buyer="jb")
    cc = po("4500231125", s, "2026-11-19", [
        ("CBL-M12-5P-5M", "Sensor cable M12 5-pin, 5 m, PUR", 200, "EA", "6.30", "2026-12-11"),
    ], buyer="jb")
    body = """Dear Jonas,

Thank you for your orders.

For PO 4500231124 we confirm:
1) 32DI module x 10 pcs @ EUR 212.00 - principal lead time is 8 weeks, delivery to you on 29 Jan 2027.
2) IM interface module x 5 pcs @ EUR 348.00 - ex-stock, delivery on 18 Dec 2026 as per PO.

For PO 4500231123 and PO 4500231125, our principal has not replied yet on the allocation. We will update you separately once we have their feedback, hopefully by early next week.

Best regards,
Tan Wei Ling
Sales Coordinator
Lion City Sensors Pte Ltd
10 Ubi Crescent #05-12, Singapore 408564
"""
    msg = reply(nnn, b, ("Tan Wei Ling", s["email"]), re_subject(b), rfc(D(2026, 11, 25), 17, 3, "+0800"), body,
                client="gmail")
    e = expected("confirmation", "Three open POs, only 4500231124 answered (line 1 moved to 2027-01-29, line 2 as ordered); the other two are only mentioned and are left out.",
                 [conf(b, {1: chg(d="2027-01-29"), 2: acc()})])
    return [a, b, cc], msg, e, "Three open POs from one supplier; the reply answers one and explicitly defers the other two."


@case("pallets-gb2312-vessel-vs-arrival", "confirmation/zh-CN")
def c(nnn):
    s = sup("HUAMU", "青岛华木包装有限公司", "export@huamu-pack.example", "zh-CN")
    p = po("4500231126", s, "2026-11-16", [
        ("PAL-HT-1200x1000", "Heat-treated pallet 1200x1000, 4-way", 800, "EA", "9.60", "2027-01-20"),
        ("CRT-PLY-800x600x500", "Plywood crate 800x600x500", 60, "EA", "31.00", "2027-01-20"),
    ], buyer="pl")
    body = """Peter 先生，您好！

贵司订单 4500231126 已收到，谢谢。我司确认如下：

第1项 热处理托盘 1200x1000 四向进叉：800 个，单价 9.60 欧元
第2项 胶合板箱 800x600x500：60 个，单价 31.00 欧元

交货期：2027年1月20日送达奥胡斯仓库（海运，预计2026年12月5日青岛港开船）。
付款方式：见提单复印件后30天付款。
IPPC 熏蒸证书随货提供。

如有问题请随时联系。

祝好！
王丽
外贸部
青岛华木包装有限公司
电话：+86 532 8888 1234
"""
    q = gmail_quote(p, "zh", when="2026年11月16日周一 15:30")
    msg = reply(nnn, p, ("王丽", s["email"]), re_subject(p, "回复："), rfc(D(2026, 11, 19), 10, 26, "+0800"), body,
                client="plain", lang="zh", charset="gb2312", cte="base64", quoted_text=q)
    e = expected("confirmation", "Both lines as ordered; arrival 2027-01-20 matches the PO; the 5 Dec vessel departure and '30 days after B/L copy' are distractors.",
                 [conf(p, {1: acc(), 2: acc()})])
    return [p], msg, e, "Chinese GB2312 base64 full acceptance where a vessel departure date sits beside the arrival date."


@case("masks-big5-price-per-carton", "confirmation/zh-TW")
def c(nnn):
    s = sup("TWKANG", "台灣康醫材股份有限公司", "sales@twkang-med.example", "zh-TW")
    p = po("4500231127", s, "2026-11-17", [
        ("MSK-SURG-3PLY", "Surgical mask 3-ply type IIR, box of 50", 200, "BX", "3.10", "2026-12-18"),
        ("SWB-ALC-70", "Alcohol swab 70% IPA, box of 100", 150, "BX", "1.45", "2026-12-18"),
    ], buyer="ar")
    body = """Aisha 您好：

感謝貴公司訂單 4500231127，回覆如下：

1. 三層外科口罩 IIR（每盒50片）：200 盒。因不織布原料上漲，報價調整為每箱（10盒）EUR 32.00。
2. 酒精棉片 70% IPA（每盒100片）：150 盒，單價 EUR 1.45，依訂單。

交期：兩項均於 2026/12/18 送達。

敬祝 商祺
陳怡君 業務部
台灣康醫材股份有限公司
"""
    msg = reply(nnn, p, ("陳怡君", s["email"]), re_subject(p, "回覆: "), rfc(D(2026, 11, 20), 14, 41, "+0800"), body,
                client="plain", lang="zh", charset="big5", cte="base64",
                quoted_text=gmail_quote(p, "zht", when="2026年11月17日 週二 15:30"))
    e = expected("confirmation", "Line 1 priced per carton of 10 boxes: EUR 32.00/10 = 3.20 per box (changed); line 2 as ordered; '70%', 'box of 50' are not quantities.",
                 [conf(p, {1: chg(p="3.20"), 2: acc()})])
    return [p], msg, e, "Traditional-Chinese Big5 reply quoting a new price per carton of 10 boxes against a per-box PO price."


@case("motors-ticket-system-ack", "auto_reply/en-US")
def c(nnn):
    s = sup("GRANMOT", "Granite State Electric Motors Inc.", "orders@granitemotors.example", "en-US")
    p = po("4500231128", s, "2026-11-18", [
        ("MOT-TEFC-5HP", "Electric motor TEFC 3.7 kW (5 HP), 184T frame, 460 V", 8, "EA", "612.00", "2027-01-15"),
        ("MOT-TEFC-10HP", "Electric motor TEFC 7.5 kW (10 HP), 215T frame, 460 V", 4, "EA", "958.00", "2027-01-15"),
    ], cur="USD", buyer="jb")
    body = """##- Please type your reply above this line -##

Hello Jonas Brandt,

Thank you for contacting Granite State Electric Motors. This is an automated response confirming that we have received your request:

  Request #48213: "Purchase order 4500231128 - please confirm"
  Status: Open
  Priority: Normal

A member of our order entry team will review your request and respond within 2 business days. Orders received after 3:00 PM EST are processed the next business day.

You can view the status of your request at https://support.granitemotors.example/hc/requests/48213

Granite State Electric Motors | Customer Service
"""
    msg = mime.message(headers(("Granite State Support", "support@granitemotors.example"), buyer_of(p),
                               "[Granite State Electric Motors] Re: Purchase order 4500231128 - please confirm",
                               rfc(D(2026, 11, 18), 3, 31, "-0500"), f"<ZD7Q1{nnn}_6a4e2f1d@support.granitemotors.example>",
                               req_id(p), req_id(p),
                               [("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "bulk")]),
                       mime.alt(mime.text(body), mime.text(to_html(body), "html"), "x"))
    e = expected("auto_reply", "Helpdesk ticket auto-acknowledgment; '2 business days' and the ticket number are not a confirmation.")
    return [p], msg, e, "Helpdesk ticket auto-acknowledgment threaded on the PO, with a ticket number, status and response-time promise."


@case("motors-korean-one-line-later", "confirmation/ko-KR")
def c(nnn):
    s = sup("HANSUNG", "한성모터 주식회사", "export@hansung-motor.example", "ko-KR")
    p = po("4500231129", s, "2026-11-19", [
        ("MOT-IE3-7.5-4P", "Electric motor IE3 7.5 kW 4-pole B3, 400 V", 12, "EA", "486.00", "2027-01-08"),
        ("MOT-IE3-15-4P", "Electric motor IE3 15 kW 4-pole B3, 400 V", 6, "EA", "842.00", "2027-01-08"),
    ], buyer="jb")
    wd(D(2027, 2, 5), "Fri")
    body = """Jonas Brandt 님께,

안녕하십니까. 한성모터 해외영업팀 김민준입니다.
발주서 4500231129 에 대해 아래와 같이 회신드립니다.

1번 품목 (7.5kW 4극 IE3): 주문 수량 12대, 단가 EUR 486.00, 2027년 1월 8일 납품 가능합니다.
2번 품목 (15kW 4극 IE3): 권선용 동선 수급 지연으로 2027년 2월 5일에 6대 납품 가능합니다. 단가는 변동 없습니다.

표준 납기는 발주 후 6주이나, 현재 일부 모델은 10주 이상 소요되고 있습니다.

감사합니다.
김민준 과장 | 해외영업팀 | 한성모터 주식회사
"""
    msg = reply(nnn, p, ("김민준", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 23), 11, 7, "+0900"), body,
                client="gmail", charset="utf-8", cte="base64")
    e = expected("confirmation", "Line 1 as ordered; line 2 moved to 2027-02-05; the general '6 weeks / 10 weeks' lead times are distractors; 7.5kW/15kW are ratings.",
                 [conf(p, {1: acc(), 2: chg(d="2027-02-05")})])
    return [p], msg, e, "Korean base64 reply with one delayed line and generic lead-time weeks that must not be turned into dates."


@case("shrimp-partial-dot-thousands", "confirmation/vi-VN")
def c(nnn):
    s = sup("SAOBIEN", "Công ty CP Thủy sản Sao Biển", "export@saobien-seafood.example", "vi-VN")
    p = po("4500231130", s, "2026-11-16", [
        ("SF-VAN-2630", "Vannamei shrimp HLSO 26/30, IQF, 10 x 1 kg carton", 500, "CT", "68.00", "2027-01-15"),
        ("SF-PANGA-FIL", "Pangasius fillet 170-220 g, IQF", 8000, "KG", "2.95", "2027-01-15"),
    ], cur="USD", buyer="sc")
    body = """Kính gửi chị Sofia,

Cảm ơn chị đã gửi đơn đặt hàng số 4500231130. Chúng tôi xin xác nhận như sau:

Mặt hàng 1 - Tôm thẻ HLSO 26/30 IQF: do sản lượng vụ này thấp, chúng tôi chỉ có thể cung cấp 320 thùng (10 x 1 kg), giá 68,00 USD/thùng.
Mặt hàng 2 - Cá tra phi lê 170-220 g: xác nhận đủ 8.000 kg, giá 2,95 USD/kg.

Hàng đóng trong 01 container lạnh 40', giao đến cảng Aarhus ngày 15/01/2027.

Trân trọng,
Nguyễn Thị Hồng Nhung
Phòng Xuất khẩu - Công ty CP Thủy sản Sao Biển
Khu công nghiệp Trà Nóc, Cần Thơ
"""
    msg = reply(nnn, p, ("Nguyễn Thị Hồng Nhung", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 24), 9, 15, "+0700"), body,
                client="gmail")
    e = expected("confirmation", "Line 1 only 320 of 500 cartons; line 2 '8.000 kg' is 8000 (dot thousands) as ordered; 26/30 and 170-220 g are grades.",
                 [conf(p, {1: chg(q=320), 2: acc()})])
    return [p], msg, e, "Vietnamese reply with a partial quantity, dot thousands separators and shrimp/fillet grades that look like numbers."


@case("rattan-thai-buddhist-year", "confirmation/th-TH")
def c(nnn):
    s = sup("SIAMGF", "สยามเฟอร์นิเจอร์สวน จำกัด", "sales@siamgardenfurniture.example", "th-TH")
    p = po("4500231131", s, "2026-11-18", [
        ("GF-RAT-SOFA3", "Rattan sofa 3-seater, synthetic fibre", 10, "EA", "298.00", "2027-01-29"),
        ("GF-RAT-TBL-60", "Rattan coffee table 60x60", 10, "EA", "86.00", "2027-01-29"),
    ], buyer="ar")
    wd(D(2027, 2, 12), "Fri")
    body = """เรียน คุณ Aisha Rahman

บริษัทฯ ขอขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500231131

ขอยืนยันรายการที่ 1 (โซฟาหวายเทียม 3 ที่นั่ง) และรายการที่ 2 (โต๊ะกลาง 60x60) ตามจำนวนและราคาในใบสั่งซื้อ

เนื่องจากตารางเรือเดือนมกราคมเต็ม กำหนดส่งสินค้าถึงท่าเรือ Aarhus คือวันที่ 12 ก.พ. 2570

ขอแสดงความนับถือ
สุภาพร วงศ์ไทย
ฝ่ายขายต่างประเทศ
สยามเฟอร์นิเจอร์สวน จำกัด
"""
    msg = reply(nnn, p, ("สุภาพร วงศ์ไทย", s["email"]), re_subject(p, "ตอบกลับ: "), rfc(D(2026, 11, 26), 16, 48, "+0700"), body,
                client="outlook", lang_attr="th-TH")
    e = expected("confirmation", "Thai Buddhist-era date '12 ก.พ. 2570' = 2027-02-12 for both lines; quantities and prices as ordered.",
                 [conf(p, {1: chg(d="2027-02-12"), 2: chg(d="2027-02-12")})])
    return [p], msg, e, "Thai reply with a Buddhist-era year (2570) and abbreviated Thai month for the new arrival date."


@case("ropes-confirm-next-week", "needs_review/es-ES")
def c(nnn):
    s = sup("CUERIB", "Cuerdas y Cables Ibéricos S.A.", "ventas@cuerdas-ibericos.example", "es-ES")
    p = po("4500231132", s, "2026-11-20", [
        ("RP-PES-16-DB", "Polyester rope 16 mm double braid, 200 m reel", 6, "REEL", "264.00", "2026-12-18"),
        ("CH-STL-8-G70", "Transport chain 8 mm grade 70, galvanised", 300, "M", "6.90", "2026-12-18"),
    ], buyer="sc")
    body = """Buenos días Sofía,

Acusamos recibo de su pedido 4500231132, gracias.

Los precios son correctos. En cuanto a los plazos, la planta de Zaragoza nos pasa la planificación de diciembre el próximo lunes; se lo confirmaremos la semana que viene, con fecha exacta para la cuerda y la cadena.

Saludos cordiales,
Álvaro Méndez
Dpto. de Ventas – Cuerdas y Cables Ibéricos S.A.
"""
    msg = reply(nnn, p, ("Álvaro Méndez", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 20), 10, 5), body,
                client="outlook", lang="es", lang_attr="es-ES")
    e = expected("needs_review", "Only acknowledges receipt and says prices are correct; dates and the confirmation are promised for next week.")
    return [p], msg, e, "Acknowledgment that agrees on prices but explicitly promises the actual confirmation next week."


@case("teak-split-two-arrivals", "confirmation/id-ID")
def c(nnn):
    s = sup("JATIIND", "PT Jati Indah Furniture", "marketing@jatiindah.example", "id-ID")
    p = po("4500231133", s, "2026-11-19", [
        ("GF-TEAK-DT-200", "Teak dining table 200x100", 16, "EA", "520.00", "2027-02-19"),
        ("GF-TEAK-CH-ARM", "Teak armchair, stackable", 96, "EA", "118.00", "2027-02-19"),
    ], buyer="ar")
    wd(D(2027, 3, 19), "Fri")
    body = """Dear Ibu Aisha,

Terima kasih atas PO 4500231133.

Item 1 (meja makan jati 200x100): 16 unit, harga EUR 520,00, tiba di Aarhus 19 Februari 2027 sesuai PO.
Item 2 (kursi lengan jati): karena kapasitas finishing, kami kirim dalam dua pengiriman:
 - 48 unit tiba 19 Februari 2027
 - 48 unit tiba 19 Maret 2027
Harga tetap EUR 118,00 per unit.

Dokumen SVLK/V-Legal akan dikirim bersama B/L.

Salam,
Dewi Kartika Sari
Export Marketing - PT Jati Indah Furniture, Jepara
"""
    msg = reply(nnn, p, ("Dewi Kartika Sari", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 25), 13, 30, "+0700"), body,
                client="gmail")
    e = expected("confirmation", "Line 2 split 48 + 48 on 2027-02-19 and 2027-03-19; line 1 as ordered; 200x100 is a size.",
                 [conf(p, {1: acc(), 2: chg(d="2027-03-19", sched=[(48, "2027-02-19"), (48, "2027-03-19")])})])
    return [p], msg, e, "Indonesian reply splitting one line into two arrivals a month apart, the first on the requested date."


@case("dna-kits-hebrew-rtl-html", "confirmation/he-IL")
def c(nnn):
    s = sup("BIOLABIL", "ביו-לאב אספקה בע\"מ", "orders@biolab-supply.example", "he-IL")
    p = po("4500231134", s, "2026-11-18", [
        ("KIT-DNA-EXT-50", "DNA extraction kit, 50 preps", 15, "KIT", "265.00", "2026-12-09"),
        ("KIT-RNA-EXT-50", "RNA extraction kit, 50 preps", 10, "KIT", "298.00", "2026-12-09"),
    ], buyer="mk")
    bh = """<div dir="rtl" style="font-family:Arial">
<p>שלום מרתה,</p>
<p>תודה על הזמנת הרכש 4500231134. להלן אישורנו:</p>
<p>פריט 1 – ערכת מיצוי DNA (50 הכנות): 15 ערכות, 265.00 אירו, אספקה ב-9.12.2026 כמבוקש.<br>
פריט 2 – ערכת מיצוי RNA (50 הכנות): 10 ערכות, 298.00 אירו. האספקה נדחית ל-16.12.2026 בשל אצווה חדשה (תוקף האצווה עד 11/2027).</p>
<p>בברכה,<br>נועה לוי<br>שירות לקוחות | ביו-לאב אספקה בע"מ | רחובות</p>
</div>"""
    plain = "\n"
    msg = reply(nnn, p, ("נועה לוי", s["email"]), re_subject(p, "השב: "), rfc(D(2026, 11, 22), 10, 14, "+0200"), plain,
                body_html=bh, client="gmail", charset="windows-1255", html_only=True)
    e = expected("confirmation", "HTML-only RTL Hebrew in windows-1255; line 2 moved to 2026-12-16; lot expiry '11/2027' is a distractor.",
                 [conf(p, {1: acc(), 2: chg(d="2026-12-16")})])
    return [p], msg, e, "HTML-only right-to-left Hebrew reply in windows-1255 with a batch expiry month next to the new date."


@case("chain-invoice-other-po", "unrelated/en-US")
def c(nnn):
    s = sup("KEYSTONE", "Keystone Chain & Rope Co.", "ar@keystonechain.example", "en-US")
    p = po("4500231135", s, "2026-11-20", [
        ("CH-G100-13", "Alloy chain grade 100, 13 mm", 80, "M", "18.40", "2026-12-22"),
        ("HK-G100-13-CL", "Clevis grab hook grade 100, 13 mm", 20, "EA", "27.60", "2026-12-22"),
    ], cur="USD", buyer="jb")
    pdfb = simple_pdf([
        ("F2", "KEYSTONE CHAIN & ROPE CO."), "1200 Industrial Hwy, Reading, PA 19602", "",
        ("F2", "INVOICE  INV-778120"), "Invoice date: 10/29/2026        Terms: Net 60        Due: 12/28/2026",
        "Bill to: Halvorsen Group, Industrivej 14, 8000 Aarhus, Denmark", "Customer PO: 4500229870",
        "Ship date: 10/28/2026   Via: UPS Ocean   B/L: UPSO-4471120", "",
        "Line  Item             Description                          Qty   Unit     Amount",
        "1     CH-G80-10        Alloy chain grade 80, 10 mm           120 m  11.20   1,344.00",
        "2     HK-G80-10-SL     Sling hook grade 80, 10 mm             30 ea  19.80     594.00",
        "", "                                              Subtotal USD  1,938.00",
        "                                              Freight          145.00",
        "                                              TOTAL USD     2,083.00",
    ], "Invoice INV-778120")
    body = """Hello,

Please find attached invoice INV-778120 for your PO 4500229870, which shipped 10/28/2026.

Payment is due 12/28/2026. Remittance details are on the invoice.

Thank you for your business!
Accounts Receivable
Keystone Chain & Rope Co.
"""
    msg = mime.message(headers(("Keystone Accounts Receivable", s["email"]), buyer_of(p), "Invoice INV-778120 - PO 4500229870",
                               rfc(D(2026, 11, 23), 13, 2, "-0500"), f"<inv778120.{nnn}@billing.keystonechain.example>"),
                       mime.mixed([mime.text(body), mime.attachment(pdfb, "application/pdf", "INV-778120.pdf")], "x"))
    e = expected("unrelated", "Invoice for an older PO 4500229870 of the same supplier; open PO 4500231135 is not answered.")
    return [p], msg, e, "Invoice from the supplier of an open PO, but for a different, older PO with similar chain items."


@case("salt-arabic-indic-price", "confirmation/ar-AE")
def c(nnn):
    s = sup("GULFSALT", "شركة الخليج للأملاح", "sales@gulfsalt.example", "ar-AE")
    p = po("4500231136", s, "2026-11-19", [
        ("SALT-DI-BB", "De-icing rock salt, big bag 1 t", 250, "T", "71.00", "2026-12-10"),
        ("SALT-CACL2-25", "Calcium chloride flakes 77%, 25 kg bag", 20, "T", "235.00", "2026-12-10"),
    ], buyer="pl")
    body = """السيد بيتر ليندكفيست المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500231136، ونؤكد ما يلي:

البند 1 – ملح إذابة الجليد (أكياس كبيرة 1 طن): الكمية ٢٥٠ طن مؤكدة، ولكن بسعر ٧٤٫٥٠ يورو للطن بسبب ارتفاع أسعار الشحن البحري.
البند 2 – كلوريد الكالسيوم 77% (أكياس 25 كغ): مؤكد كما هو في أمر الشراء.

موعد التسليم لكلا البندين: 10 ديسمبر 2026 في مستودعكم بآرهوس.

وتفضلوا بقبول فائق الاحترام،
خالد المنصوري
قسم المبيعات – شركة الخليج للأملاح، دبي
"""
    msg = reply(nnn, p, ("خالد المنصوري", s["email"]), re_subject(p, "رد: "), rfc(D(2026, 11, 24), 9, 40, "+0400"), body,
                client="outlook", cte="base64", lang_attr="ar-AE")
    e = expected("confirmation", "Arabic-Indic digits: '٧٤٫٥٠' = 74.50 EUR/t for line 1 (changed price), quantity ٢٥٠ = 250; line 2 as ordered.",
                 [conf(p, {1: chg(p="74.50"), 2: acc()})])
    return [p], msg, e, "Arabic reply whose new price and quantity are written in Arabic-Indic digits with the Arabic decimal separator."


@case("alu-profiles-ukrainian-months", "confirmation/uk-UA")
def c(nnn):
    s = sup("ALUMUA", "ТОВ «Алюмпрофіль Україна»", "sales@alumprofil.example", "uk-UA")
    p = po("4500231137", s, "2026-11-20", [
        ("AL-ANG-40x40x3", "Aluminium angle 40x40x3 mm, 6 m bars", 240, "KG", "4.85", "2026-12-18"),
        ("AL-FLAT-60x6", "Aluminium flat bar 60x6 mm, 6 m bars", 180, "KG", "4.60", "2026-12-18"),
    ])
    body = """Добрий день, пані Марто!

Дякуємо за замовлення № 4500231137. Підтверджуємо:

Позиція 1 – кутник 40x40x3 мм, 240 кг за ціною 4,85 EUR/кг, поставка 18 грудня.
Позиція 2 – смуга 60x6 мм, 180 кг за ціною 4,60 EUR/кг; через планове обслуговування преса поставка 8 січня 2027 р.

Сертифікати 3.1 згідно EN 10204 додаються до поставки.

З повагою,
Олена Коваленко
менеджер з продажу
ТОВ «Алюмпрофіль Україна», Київ
"""
    msg = reply(nnn, p, ("Олена Коваленко", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 25), 15, 20, "+0200"), body,
                client="tb", charset="windows-1251", lang_attr="uk-UA",
                quoted_text=gmail_quote(p, "en", when="20.11.2026 09:30"))
    e = expected("confirmation", "Ukrainian genitive month names; '18 грудня' without year = 2026-12-18 (as ordered); line 2 moved to 2027-01-08; 40x40x3 is a profile size.",
                 [conf(p, {1: acc(), 2: chg(d="2027-01-08")})])
    return [p], msg, e, "Ukrainian windows-1251 reply with genitive month names, one yearless date and one delay into January."


@case("rope-quota-full-bounce", "bounce/sl-SI")
def c(nnn):
    s = sup("VRVIV", "Vrvi in verige d.o.o.", "prodaja@vrvi-verige.example", "sl-SI")
    p = po("4500231138", s, "2026-11-23", [
        ("RP-DYN-10.5", "Dynamic climbing rope 10.5 mm, 200 m reel", 4, "REEL", "690.00", "2026-12-16"),
    ], buyer="pl")
    text_ = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  prodaja@vrvi-verige.example
    host mail.vrvi-verige.example [198.51.100.41]
    SMTP error from remote mail server after RCPT TO:<prodaja@vrvi-verige.example>:
    552 5.2.2 Mailbox full: prodaja@vrvi-verige.example has exceeded its storage quota (1024000K)
"""
    ds = mime.Part([("Content-Type", "message/delivery-status")],
                   "Reporting-MTA: dns; mx2.halvorsen-group.example\n\nAction: failed\n"
                   "Final-Recipient: rfc822;prodaja@vrvi-verige.example\nStatus: 5.2.2\n"
                   "Remote-MTA: dns; mail.vrvi-verige.example\n"
                   "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: prodaja@vrvi-verige.example has exceeded its storage quota\n")
    orig = mime.message(headers(buyer_of(p), ("Vrvi in verige prodaja", s["email"]), "Purchase order 4500231138 - please confirm",
                                request_date(p), req_id(p)), mime.text(request_text(p)))
    rep = mime.multipart("report", [mime.text(text_), ds, mime.rfc822(orig)], "x", extra=" report-type=delivery-status;")
    msg = mime.message([("From", "Mail Delivery System <Mailer-Daemon@mx2.halvorsen-group.example>"),
                        ("To", buyer_of(p)[1]), ("Subject", "Mail delivery failed: returning message to sender"),
                        ("Date", rfc(D(2026, 11, 23), 8, 31)), ("Message-ID", f"<E1vQz{nnn}-0007Hk-2R@mx2.halvorsen-group.example>"),
                        ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", s["email"])], rep)
    e = expected("bounce", "Exim 552 5.2.2 mailbox-full failure with the full PO request attached.")
    return [p], msg, e, "Exim quota-full bounce that returns the whole PO request (with requested date) as an attachment."


@case("copy-paper-pallet-round-down", "confirmation/lt-LT")
def c(nnn):
    s = sup("BALTPOP", "UAB Baltijos popierius", "uzsakymai@baltijos-popierius.example", "lt-LT")
    p = po("4500231139", s, "2026-11-20", [
        ("PAP-A4-80-R", "Copy paper A4 80 g/m2, ream of 500 sheets", 1100, "RM", "3.05", "2026-12-09"),
        ("PAP-A3-80-R", "Copy paper A3 80 g/m2, ream of 500 sheets", 200, "RM", "6.20", "2026-12-09"),
    ], buyer="sc")
    body = """Laba diena,

dėkojame už užsakymą Nr. 4500231139.

1 eilutė (A4 80 g/m2): popierius tiekiamas tik pilnais padėklais po 250 pakų (50 dėžių x 5 pakai), todėl patvirtiname 1000 pakų (4 padėklai). Kaina 3,05 EUR/pakas.
2 eilutė (A3 80 g/m2): 200 pakų, 6,20 EUR/pakas – kaip užsakyta.

Pristatymas į Jūsų sandėlį 2026-12-09.

Pagarbiai
Rūta Petrauskienė
Pardavimų vadybininkė
UAB Baltijos popierius, Klaipėda
"""
    msg = reply(nnn, p, ("Rūta Petrauskienė", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 24), 12, 2, "+0200"), body,
                client="outlook", charset="iso-8859-13", lang_attr="lt-LT")
    e = expected("confirmation", "Line 1 rounded DOWN to full pallets: 1100 -> 1000 reams; line 2 as ordered; '80 g/m2', '500 sheets', '50 x 5' are not quantities.",
                 [conf(p, {1: chg(q=1000), 2: acc()})])
    return [p], msg, e, "Lithuanian ISO-8859-13 reply rounding a ream quantity down (not up) to full pallets."


@case("crates-inline-answers-latvian", "confirmation/lv-LV")
def c(nnn):
    s = sup("KOKAKAS", "SIA Koka Kastes", "birojs@kokakastes.example", "lv-LV")
    p = po("4500231140", s, "2026-11-20", [
        ("CRT-SLT-1000", "Slatted crate 1000x800x700", 50, "EA", "44.00", "2026-12-17"),
        ("CRT-LID-1000", "Lid for slatted crate 1000x800", 50, "EA", "9.50", "2026-12-17"),
        ("SKD-120-4W", "Skid 1200x120x100, 4-way", 200, "EA", "6.20", "2026-12-17"),
    ], buyer="pl")
    wd(D(2026, 12, 22), "Tue")
    n, a = buyer_of(p)
    body = f"""Labdien, Peter,
atbildes zemāk tekstā / answers inline below.

Ar cieņu
Ilze Bērziņa
SIA Koka Kastes, Jelgava

{DAY[4]}, 20 Nov 2026 08:30, {n} <{a}>:
> Dear SIA Koka Kastes team,
>
> please find attached our purchase order 4500231140 dated 20 Nov 2026.
> Kindly confirm quantities, prices and delivery dates within 3 working days.
>
> Pos Item         Description                     Qty UoM Price EUR  Requested
> 1   CRT-SLT-1000 Slatted crate 1000x800x700       50 EA      44.00  17 Dec 2026

Apstiprinām / confirmed.

> 2   CRT-LID-1000 Lid for slatted crate 1000x800   50 EA       9.50  17 Dec 2026

Cena 10,20 EUR/gab. (jauns cenrādis no 01.11.2026), pārējais OK.

> 3   SKD-120-4W   Skid 1200x120x100, 4-way        200 EA       6.20  17 Dec 2026

Piegāde 22.12.2026, ne ātrāk.

>
> Delivery: DAP Halvorsen Group, Industrivej 14, Aarhus
>
> Kind regards
> {n}
> Strategic Purchasing | Halvorsen Group
"""
    msg = reply(nnn, p, ("Ilze Bērziņa", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 26), 14, 22, "+0200"), body,
                client="inline", charset="iso-8859-13")
    e = expected("confirmation", "Answers typed inline under each quoted PO line: L1 confirmed, L2 price 10,20, L3 delivery 2026-12-22; requested dates in the quote are not commitments; price-list date 01.11.2026 is a distractor.",
                 [conf(p, {1: acc(), 2: chg(p="10.20"), 3: chg(d="2026-12-22")})])
    return [p], msg, e, "Answers typed inline between the quoted PO lines, so each answer belongs to the line quoted above it."


@case("floor-conditional-surcharge", "needs_review/nl-NL")
def c(nnn):
    s = sup("VLOERNL", "Vloerenhuis Nederland BV", "orders@vloerenhuis.example", "nl-NL")
    p = po("4500231141", s, "2026-11-23", [
        ("FLR-PVC-CLK-5", "PVC click plank 5 mm, oak grey", 420, "M2", "17.80", "2027-01-22"),
        ("FLR-ULAY-2MM", "Underlay 2 mm, 15 m2 roll", 30, "RL", "21.00", "2027-01-22"),
    ], buyer="mk")
    body = """Goedemorgen Marta,

Dank voor je bestelling 4500231141.

We kunnen de order bevestigen mits jullie akkoord gaan met een energietoeslag van 5% op de PVC-planken, die per 1 december op al onze collecties wordt doorberekend. Levering in week 3 is dan haalbaar.

Laat je even weten of dat akkoord is? Dan sturen we direct de orderbevestiging.

Groet,
Bas de Jong
Verkoop binnendienst | Vloerenhuis Nederland BV | Zwolle
"""
    msg = reply(nnn, p, ("Bas de Jong", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 24), 9, 2), body,
                client="outlook", lang="nl", lang_attr="nl-NL")
    e = expected("needs_review", "Conditional acceptance: confirmation only if we accept a 5% surcharge; the supplier waits for our answer.")
    return [p], msg, e, "Conditional acceptance that names a surcharge and a feasible week but waits for the buyer's agreement."


@case("harness-weekday-of-week", "confirmation/et-EE")
def c(nnn):
    s = sup("RONIM", "Ronimisvarustus OÜ", "myyk@ronimisvarustus.example", "et-EE")
    p = po("4500231142", s, "2026-11-20", [
        ("HRN-FULL-EN361", "Full body harness EN 361, size M-XL", 25, "EA", "89.00", "2026-12-04"),
        ("LNY-ABS-2M", "Energy-absorbing lanyard 2 m, EN 355", 25, "EA", "46.00", "2026-12-04"),
        ("KRB-ALU-25KN", "Aluminium carabiner 25 kN, screwgate", 100, "EA", "7.40", "2026-12-04"),
    ], buyer="pl")
    thu50 = D.fromisocalendar(2026, 50, 4)
    assert thu50 == D(2026, 12, 10)
    body = """Tere, Peter!

Täname tellimuse 4500231142 eest.

Positsioonid 1 ja 3 (rakmed EN 361 ja karabiinid 25 kN) tarnime vastavalt tellimusele 4.12.2026.
Positsioon 2 (amortisaatoriga köis EN 355): tootja tarne hilineb, saame tarnida 50. nädala neljapäeval. Hind jääb samaks.

Lugupidamisega
Kadri Tamm
Ronimisvarustus OÜ, Tartu
"""
    msg = reply(nnn, p, ("Kadri Tamm", s["email"]), re_subject(p, "Vs: "), rfc(D(2026, 11, 23), 10, 55, "+0200"), body,
                client="gmail", charset="iso-8859-15")
    e = expected("confirmation", "Line 2 'Thursday of week 50' = 2026-12-10 (day named, so not Friday); lines 1 and 3 as ordered; EN 361/EN 355 and 25 kN are standards/ratings.",
                 [conf(p, {1: acc(), 2: chg(d="2026-12-10"), 3: acc()})])
    return [p], msg, e, "Estonian reply naming a weekday within a week number, so the date is Thursday rather than the default Friday."


@case("facade-paint-erp-xlsx", "confirmation/sk-SK")
def c(nnn):
    s = sup("FARBYSK", "Farby Slovakia a.s.", "objednavky@farby-slovakia.example", "sk-SK")
    p = po("4500231143", s, "2026-11-23", [
        ("PNT-FAC-WHT-20L", "Facade paint white, 20 l tin", 60, "TIN", "52.00", "2026-12-11"),
        ("PNT-FAC-TNT-5L", "Facade paint tinted RAL 1015, 5 l tin", 40, "TIN", "19.80", "2026-12-11"),
        ("PNT-PRIM-10L", "Deep primer, 10 l tin", 30, "TIN", "27.40", "2026-12-11"),
    ], buyer="mk")
    rows = [
        ["Potvrdenie objednávky", None, None, None, None, None, None, "PO-SK-26-09931"],
        ["Vaša objednávka", "4500231143", None, None, None, "Dátum", D(2026, 11, 25)],
        [],
        ["Poz.", "Náš kód", "Váš kód", "Popis", "Množstvo", "MJ", "Cena/MJ EUR", "Dátum dodania", "Poznámka"],
        [10, "FS-2001-20", "PNT-FAC-WHT-20L", "Fasádna farba biela 20 l", 60, "ks", ("num2", 52.0), D(2026, 12, 11), ""],
        [20, "FS-2015-05", "PNT-FAC-TNT-5L", "Fasádna farba tónovaná RAL 1015, 5 l", 40, "ks", ("num2", 20.9), D(2026, 12, 11), "nový cenník"],
        [30, "PR-3100-10", "PNT-PRIM-10L", "Hĺbková penetrácia 10 l", 30, "ks", ("num2", 27.4), D(2026, 12, 18), ""],
        [],
        ["Platobné podmienky: 30 dní", None, None, "Platnosť cenníka do 31.12.2027"],
    ]
    body = """Dobrý deň,

v prílohe Vám posielame potvrdenie objednávky PO-SK-26-09931 k Vašej objednávke 4500231143.

S pozdravom
Zákaznícky servis
Farby Slovakia a.s., Bratislava
"""
    att = mime.attachment(xlsx(rows, "Potvrdenie"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Potvrdenie_4500231143.xlsx")
    msg = reply(nnn, p, ("Farby Slovakia - zákaznícky servis", s["email"]), "Potvrdenie objednávky 4500231143",
                rfc(D(2026, 11, 25), 7, 2), body, client="plain", quote=False, attachments=[att])
    e = expected("confirmation", "XLSX acknowledgment with positions 10/20/30, own codes beside ours and Excel serial dates: pos 20 price 20.90, pos 30 date 2026-12-18; price-list validity is a distractor.",
                 [conf(p, {1: acc(), 2: chg(p="20.90"), 3: chg(d="2026-12-18")})])
    return [p], msg, e, "Slovak ERP XLSX acknowledgment with serial-number dates, supplier codes and positions 10/20/30."
