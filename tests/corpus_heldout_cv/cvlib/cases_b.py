"""Cases 019-036."""
import datetime as dt
from .common import (PO, supplier, when, tz, case, confirmation, other, chg, quote, outlook_quote,
                     outlook_header, outlook_date, html_from_text, mid_outlook, mid_gmail, mid_generic,
                     thread_index, num, DOMAIN, PURCHASING)
from . import mime, ours
from .pdf import PDF
from .xlsx import xlsx, png, STYLE_BOLD, STYLE_NUM2, STYLE_DATE


def _outlook_alt(full, reply, charset, lang, boundary, font="Calibri"):
    cut = len(reply.rstrip("\n").split("\n")) + 1
    return mime.multipart("alternative", [
        mime.text(full, charset=charset),
        mime.html(html_from_text(full, charset, lang, font=font, quoted_from=cut), charset=charset)], boundary)


# ---------------------------------------------------------------------------
@case(19, "pl-parquet-adhesive-partial-quantity",
      "Polish ISO-8859-2 reply: buckets x kg restated, one line cut from 300 kg to 200 kg with the rest refused, dates with 'r.'")
def c019():
    s = supplier("KPWIS", "Kleje Podłogowe Wiśniewski Sp. z o.o.", "zamowienia@klejewisniewski.example", "pl-PL")
    po = PO("4500031787", s, "elena", "PLN", "2026-11-19", [
        ("PA-MS-15", "Parquet adhesive, MS polymer, 15 kg pail", 600, "KG", "11.80", "2026-12-14"),
        ("PA-PU2K-10", "2-component PU parquet adhesive, 10 kg set", 300, "KG", "16.40", "2026-12-14"),
        ("PR-PRIMER-5", "Parquet primer, solvent-free, 5 L canister", 60, "L", "21.50", "2026-12-14"),
    ], req_sent=when(2026, 11, 19, 12, 40))
    sent = when(2026, 11, 24, 9, 31, 8)
    reply = (
        "Dzień dobry Pani Eleno,\n\n"
        "dziękujemy za zamówienie nr 4500031787. Potwierdzamy realizację na poniższych warunkach:\n\n"
        "1) PA-MS-15 klej MS do parkietu - 40 wiader × 15 kg = 600 kg, cena 11,80 zł/kg netto,\n"
        "   dostawa 14.12.2026 r.\n"
        "2) PA-PU2K-10 klej PU 2K - ze względu na ograniczoną dostępność komponentu B możemy dostarczyć\n"
        "   tylko 200 kg (20 kompletów po 10 kg) w terminie 14.12.2026 r., cena 16,40 zł/kg netto.\n"
        "   Pozostałych 100 kg nie jesteśmy w stanie zrealizować - prosimy o skorygowanie zamówienia.\n"
        "3) PR-PRIMER-5 grunt do parkietu - 12 kanistrów po 5 l (60 l), 21,50 zł/l netto,\n"
        "   dostawa 14.12.2026 r.\n\n"
        "Dostawa DAP Rotterdam, faktura z 0% VAT (WDT).\n\n"
        "Z poważaniem\n\n"
        "Agnieszka Nowak\nDział Obsługi Klienta\nKleje Podłogowe Wiśniewski Sp. z o.o.\n"
        "ul. Przemysłowa 27, 62-080 Tarnowo Podgórne\ntel. +48 61 555 72 10\n"
        "NIP 777-123-45-67, KRS 0000123456, kapitał zakładowy 500 000 zł\n\n")
    full = reply + outlook_quote(po, "pl", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-2", "PL",
                       "_000_AS8P190MB1127B3E0A4D2C19F7E61A0B3AS8P190MB1127EURP_")
    h = mime.hdrs("Agnieszka Nowak <a.nowak@klejewisniewski.example>", po.buyer_addr, "RE: " + po.subject, sent,
                  mid_outlook("c019"), po.req_id, po.req_id, client="outlook", lang="pl-PL",
                  thread=(po.subject, thread_index("c019")))
    exp = confirmation(
        "Line 1 restated as 40 pails x 15 kg = 600 kg (as ordered); line 2 only 200 kg of 300 kg, the rest "
        "refused -> changed quantity 200; line 3 12 x 5 l = 60 l as ordered.",
        (po, {1: "A", 2: chg(q=200), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(20, "cz-glassblowing-pipes-stock-and-rest",
      "Czech windows-1250 reply: part from stock now, rest in January (split in prose), dates written '4. 12. 2026'")
def c020():
    s = supplier("SKLNOV", "Sklářské nářadí Novák s.r.o.", "obchod@sklarske-naradi.example", "cs-CZ")
    po = PO("4500031806", s, "jonas", "CZK", "2026-11-20", [
        ("GBP-150-SS", "Glassblowing pipe 150 cm, stainless steel, 18 mm, with wooden grip", 40, "EA", "2450.00", "2026-12-15"),
        ("GBP-PUNTY-120", "Punty rod 120 cm, stainless steel", 60, "EA", "890.00", "2026-12-15"),
    ], req_sent=when(2026, 11, 20, 15, 55))
    sent = when(2026, 12, 1, 8, 52, 40)
    reply = (
        "Dobrý den pane Albrechte,\n\n"
        "děkujeme za Vaši objednávku č. 4500031806, kterou tímto potvrzujeme:\n\n"
        "- sklářské píšťaly 150 cm, nerez (GBP-150-SS): 40 ks, cena 2 450,00 Kč/ks\n"
        "  25 ks máme skladem a expedujeme ihned, dodání k Vám 4. 12. 2026;\n"
        "  zbývajících 15 ks dodáme 8. 1. 2027.\n"
        "- puntely 120 cm, nerez (GBP-PUNTY-120): 60 ks, cena 890,00 Kč/ks, dodání 15. 12. 2026.\n\n"
        "Ceny jsou uvedeny bez DPH.\n\n"
        "S pozdravem\n\n"
        "Ing. Pavel Novák\njednatel\nSklářské nářadí Novák s.r.o.\nSklářská 412, 473 01 Nový Bor\n"
        "tel.: +420 487 555 219, mobil: +420 602 555 118\nIČO: 25412345, DIČ: CZ25412345\n\n")
    full = reply + outlook_quote(po, "cs", tz(1))
    alt = _outlook_alt(full, reply, "windows-1250", "CS",
                       "_000_VI1P190MB0512A0C3E7D14B2F98E6C4A1VI1P190MB0512EURP_")
    h = mime.hdrs("=?windows-1250?Q?Pavel_Nov=E1k?= <novak@sklarske-naradi.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c020"), po.req_id, po.req_id, client="outlook",
                  lang="cs-CZ", thread=(po.subject, thread_index("c020")))
    exp = confirmation(
        "Line 1 split: 25 pcs from stock delivered 2026-12-04 and 15 pcs on 2027-01-08 (price unchanged); "
        "line 2 as ordered (15. 12. 2026).",
        (po, {1: chg(d="2027-01-08", sched=[(25, "2026-12-04"), (15, "2027-01-08")]), 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(21, "se-saw-chain-gauge-question",
      "Swedish reply that asks which drive-link gauge is meant before confirming anything ('prices are right' but no dates)")
def c021():
    s = supplier("SKDAL", "Skogsteknik Dalarna AB", "order@skogsteknik-dalarna.example", "sv-SE")
    po = PO("4500031852", s, "karin", "SEK", "2026-11-23", [
        ("CH-325-64-SP", 'Saw chain .325" 1.3 mm, 64 DL, semi chisel', 50, "EA", "219.00", "2026-12-11"),
        ("CH-404-72-HD", 'Harvester chain .404" 1.6 mm, 72 DL', 30, "EA", "465.00", "2026-12-11"),
    ], req_sent=when(2026, 11, 23, 14, 10))
    sent = when(2026, 11, 24, 10, 17, 30)
    reply = (
        "Hej Karin,\n\n"
        "Tack för order 4500031852.\n\n"
        "Innan vi kan bekräfta behöver vi ett klargörande om rad 1 (CH-325-64-SP): i beskrivningen står "
        "1,3 mm drivlänk, men artikelnumret ni använt tidigare (på order 4500029911) avsåg 1,5 mm. Vilken ska "
        "det vara? 1,5 mm har vi i lager, 1,3 mm måste vi beställa hem från fabriken.\n\n"
        "Priserna på ordern stämmer med vår prislista. Vi återkommer med leveransdatum för båda raderna så "
        "snart vi har ert svar.\n\n"
        "Med vänliga hälsningar\n\n"
        "Anders Lindqvist\nInnesälj\nSkogsteknik Dalarna AB\nFaluvägen 88, 791 77 Falun\nTel 023-555 12 40\n\n")
    full = reply + outlook_quote(po, "sv", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-1", "SV",
                       "_000_HE1P190MB0377C1F2D0B84E5A93F7B2E0HE1P190MB0377EURP_")
    h = mime.hdrs("Anders Lindqvist <anders.lindqvist@skogsteknik-dalarna.example>", po.buyer_addr,
                  "SV: " + po.subject, sent, mid_outlook("c021"), po.req_id, po.req_id, client="outlook",
                  lang="sv-SE", thread=(po.subject, thread_index("c021")))
    exp = other("needs_review", "Supplier asks whether 1.3 mm or 1.5 mm is meant and will give delivery dates "
                                "after our answer; 'priserna stämmer' alone commits to no delivery.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(22, "tr-door-rollers-reject-line-competitor-substitute",
      "Turkish windows-1254 reply: one line refused (production stopped) with a competitor's equivalent offered at another price")
def c022():
    s = supplier("ANASYP", "Anadolu Asansör Yedek Parça San. ve Tic. A.Ş.", "satis@anadolu-asansor.example", "tr-TR")
    po = PO("4500031818", s, "tom", "EUR", "2026-11-20", [
        ("EDR-62-6202", "Elevator door hanger roller Ø62 mm, 6202 bearing, PU tyre", 200, "EA", "7.90", "2026-12-21"),
        ("EDR-48-ECC", "Eccentric counter roller Ø48 mm", 200, "EA", "5.40", "2026-12-21"),
        ("EDR-100-FER", "Landing door roller Ø100 mm for Fermator-type hangers", 50, "EA", "14.20", "2026-12-21"),
    ], req_sent=when(2026, 11, 20, 11, 25))
    sent = when(2026, 11, 25, 13, 44, 19, 3)
    reply = (
        "Sayın Tomás Ferreira,\n\n"
        "4500031818 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:\n\n"
        "1. EDR-62-6202 – Kapı askı makarası Ø62 mm, 6202 rulman – 200 adet – birim fiyat 7,90 EUR – teslim 21.12.2026\n"
        "2. EDR-48-ECC – Eksantrik karşı makara Ø48 mm – 200 adet – birim fiyat 5,40 EUR – teslim 21.12.2026\n"
        "3. EDR-100-FER – Bu ürünün üretimini Eylül ayında durdurduk; maalesef bu kalemi tedarik edemiyoruz.\n"
        "   Alternatif olarak rakip firma Fermaks'ın muadil makarasını (Fermaks ref. FM-R100-PU) birim fiyat\n"
        "   16,80 EUR ile yaklaşık 3 haftada temin edebiliriz. İlgilenirseniz lütfen bu ürün için ayrı bir\n"
        "   sipariş gönderiniz.\n\n"
        "Teslim şekli siparişinizde belirtildiği gibi DAP Rotterdam'dır.\n\n"
        "Saygılarımızla,\n\n"
        "Mehmet Yılmaz\nDış Ticaret Sorumlusu\nAnadolu Asansör Yedek Parça San. ve Tic. A.Ş.\n"
        "İkitelli OSB, Aykosan Sanayi Sitesi 4. Blok No: 21, 34490 Başakşehir / İstanbul\n"
        "Tel: +90 212 555 48 70\n\n"
        "Bu e-posta ve ekleri yalnızca alıcısına özeldir ve gizli bilgi içerebilir. 6698 sayılı KVKK kapsamında "
        "kişisel verileriniz korunmaktadır.\n\n")
    full = reply + outlook_quote(po, "tr", tz(3))
    alt = _outlook_alt(full, reply, "windows-1254", "TR",
                       "_000_AM9P195MB1290E1D4C3A27B6F08E9D5C2AM9P195MB1290EURP_")
    h = mime.hdrs(mime.addr("Mehmet Yılmaz", "m.yilmaz@anadolu-asansor.example", "windows-1254"), po.buyer_addr,
                  "YNT: " + po.subject, sent, mid_outlook("c022"), po.req_id, po.req_id, client="outlook",
                  lang="tr-TR", thread=(po.subject, thread_index("c022")))
    exp = confirmation(
        "Lines 1 and 2 as ordered (21.12.2026). Line 3 refused; the competitor's equivalent (Fermaks, 16,80 EUR, "
        "separate order) is an offer, not a confirmation of line 3.",
        (po, {1: "A", 2: "A", 3: "R"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(23, "us-regulators-order-received-will-be-processed",
      "automatic order-desk receipt saying 'your order has been received and will be processed', no figures committed")
def c023():
    s = supplier("BRSS", "Blue Reef Scuba Supply, Inc.", "orders@bluereefscuba.example", "en-US")
    po = PO("4500031875", s, "marcus", "USD", "2026-11-24", [
        ("BR-R2-DIN", "Regulator R2 DIN, first and second stage", 15, "SET", "214.00", "2026-12-17"),
        ("BR-GAUGE-2", "Console, pressure and depth gauge", 15, "EA", "96.50", "2026-12-17"),
    ], req_sent=when(2026, 11, 25, 14, 6, 50))
    sent = when(2026, 11, 25, 8, 6, 58, -5)
    txt = (
        "Thank you for your order!\n\n"
        "This is an automated response to let you know that your e-mail to orders@bluereefscuba.example has "
        "been received. Your order has been received and will be processed by our order desk within 1-2 "
        "business days. You will receive a separate order acknowledgment with confirmed pricing and ship dates "
        "once it has been entered.\n\n"
        "Reference: BRS-WEB-2611-30417\n\n"
        "Please do not reply to this message; this mailbox is not monitored.\n\n"
        "Order desk hours: Monday-Friday, 8:00 AM - 5:00 PM EST\n"
        "Holiday closure: December 24 - December 27 and January 1\n\n"
        "Blue Reef Scuba Supply, Inc. | 4100 N Dixie Hwy, Fort Lauderdale, FL 33334 | (954) 555-0162\n")
    htm = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1b2a38\">"
           "<div style=\"background:#0a5c8a;color:#fff;padding:12px 16px;font-size:18px\">Blue Reef Scuba Supply</div>"
           "<div style=\"padding:16px\"><p><b>Thank you for your order!</b></p>"
           "<p>This is an automated response to let you know that your e-mail to orders@bluereefscuba.example has "
           "been received. <b>Your order has been received and will be processed</b> by our order desk within 1-2 "
           "business days. You will receive a separate order acknowledgment with confirmed pricing and ship dates "
           "once it has been entered.</p><p>Reference: BRS-WEB-2611-30417</p>"
           "<p style=\"color:#777\">Please do not reply to this message; this mailbox is not monitored.</p>"
           "<p style=\"font-size:12px;color:#777\">Order desk hours: Monday-Friday, 8:00 AM - 5:00 PM EST<br>"
           "Holiday closure: December 24 - December 27 and January 1</p></div></body></html>\n")
    alt = mime.multipart("alternative", [mime.text(txt, charset="utf-8"), mime.html(htm, charset="utf-8")],
                         "----=_Part_30417_1184522301.1795784818000")
    h = mime.hdrs("Blue Reef Order Desk <no-reply@bluereefscuba.example>", po.buyer_addr,
                  "Re: " + po.subject + " [Received]", sent, mid_generic("c023", "bluereefscuba.example"),
                  po.req_id, po.req_id,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    exp = other("auto_reply", "Automatic receipt: 'your order has been received and will be processed', a "
                              "separate acknowledgment with prices and dates will follow. Commits to nothing.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(24, "ru-skate-blades-koi8r-bottom-posted",
      "KOI8-R The Bat! reply bottom-posted under the quoted request; ship-by dates, Russian number format '4 590,00'")
def c024():
    s = supplier("SEVLED", "OOO Severny Lyod Sport", "zakaz@sevled-sport.example", "ru-RU")
    po = PO("4500031780", s, "elena", "RUB", "2026-11-19", [
        ("SB-HKY-263", "Ice hockey skate blade, stainless, 263 mm (pair)", 150, "PR", "1890.00", "2026-12-18"),
        ("SB-FIG-10", 'Figure skate blade 10", with toe pick (pair)', 40, "PR", "4350.00", "2026-12-18"),
        ("SB-HLD-263", "Blade holder 263 mm, nylon (pair)", 150, "PR", "720.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 19, 11, 25), contact="Igor Volkov")
    sent = when(2026, 11, 26, 11, 40, 12, 3)
    t = po.req_sent.astimezone(tz(3))
    body = (
        "Здравствуйте, Elena.\n\n"
        "Вы писали %d ноября 2026 г., %d:%02d:\n\n" % (t.day, t.hour, t.minute)
        + quote(po.request_text(), "> ") +
        "\nДобрый день, Елена!\n\n"
        "По заказу N 4500031780 подтверждаем:\n\n"
        "1. Лезвия хоккейные 263 мм (SB-HKY-263) - 150 пар, цена 1 890,00 руб./пара, отгрузка до 18.12.2026.\n"
        "2. Лезвия для фигурного катания 10\" (SB-FIG-10) - 40 пар, цена 4 590,00 руб./пара (поставщик стали\n"
        "   поднял цены с 1 декабря), срок поставки - 25 декабря 2026 г.\n"
        "3. Стаканы 263 мм (SB-HLD-263) - 150 пар, 720,00 руб./пара, отгрузка до 18.12.2026.\n\n"
        "Счёт выставим после отгрузки.\n\n"
        "-- \nС уважением,\n Игорь Волков\n менеджер по ВЭД\n ООО \"Северный Лёд Спорт\"\n"
        " г. Санкт-Петербург, ул. Салова, д. 27, лит. А\n тел. +7 (812) 555-43-21\n")
    part = mime.text(body, charset="koi8-r", cte="8bit", quoted_charset=False)
    h = mime.hdrs(mime.addr("Игорь Волков", "i.volkov@sevled-sport.example", "koi8-r"), po.buyer_addr,
                  "Re: " + po.subject, sent, "<1906342112.20261126114012@sevled-sport.example>", po.req_id,
                  po.req_id, client="thebat", extra=[("Organization", "Severny Lyod Sport")])
    exp = confirmation(
        "Answer is below the quoted request (The Bat! bottom-posting). 'отгрузка до 18.12.2026' is a ship-by "
        "date = requested; line 2 price 4 590,00 and date 25 декабря 2026 г.",
        (po, {1: "A", 2: chg(p="4590.00", d="2026-12-25"), 3: "A"}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(25, "tw-heddles-big5-roc-calendar",
      "Big5 Traditional Chinese reply with ROC (Minguo) years: 115年12月28日 = 2026-12-28, 116年1月8日 = 2027-01-08")
def c025():
    s = supplier("TPHI", "Taiwan Precision Heddle Industrial Co., Ltd.", "sales@tw-heddle.example", "zh-TW")
    po = PO("4500031842", s, "priya", "TWD", "2026-11-23", [
        ("HD-DROP-W", "Drop wire for warp stop motion, 145x11 mm", 30000, "PCS", "0.95", "2026-12-28"),
        ("HD-FLAT-331", "Flat steel heddle 331 mm, J-type, stainless", 25000, "PCS", "1.80", "2026-12-28"),
        ("HD-ROD-1.8", "Heddle support rod 1800 mm", 80, "EA", "265.00", "2026-12-28"),
    ], req_sent=when(2026, 11, 23, 8, 30))
    sent = when(2026, 11, 25, 9, 12, 44, 8)
    reply = (
        "Priya 您好：\n\n"
        "感謝貴公司訂單 4500031842，茲確認如下：\n\n"
        "1. HD-DROP-W   停經片 145x11mm        30,000 支  單價 NT$0.95  交期 115年12月28日\n"
        "2. HD-FLAT-331 鋼片綜絲 331mm J型     25,000 支  單價 NT$1.80  交期 115年12月28日\n"
        "3. HD-ROD-1.8  綜絲桿 1800mm              80 支  單價 NT$265   交期 116年1月8日（鋁材延遲）\n\n"
        "以上報價未稅，交貨條件依訂單 DAP Rotterdam。\n\n"
        "敬祝 商祺\n\n"
        "台灣精密綜絲工業股份有限公司\n"
        "業務部 陳怡君 (Yvonne Chen)\n"
        "TEL: 04-2555-6180 分機 215\n"
        "台中市大雅區中清路四段 88 號\n\n")
    full = reply + outlook_quote(po, "zh-TW", tz(8))
    alt = _outlook_alt(full, reply, "big5", "ZH-TW",
                       "_000_TY0PR06MB5128C0E1A2F34D6B8E9F7A05TY0PR06MB5128apcp_", font="新細明體")
    h = mime.hdrs(mime.addr("陳怡君", "yvonne.chen@tw-heddle.example", "big5"), po.buyer_addr,
                  mime.ew("回覆: " + po.subject, "big5"), sent, mid_outlook("c025"), po.req_id, po.req_id,
                  client="outlook", lang="zh-TW", thread=(po.subject, thread_index("c025")))
    exp = confirmation(
        "ROC calendar: year 115 = 2026, 116 = 2027. Lines 1-2 as ordered; line 3 delayed to 2027-01-08, "
        "price NT$265 = 265.00.",
        (po, {1: "A", 2: "A", 3: chg(d="2027-01-08")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(26, "us-saw-chain-inline-answers",
      "answers typed between the '> ' quoted request lines (each under its PO row), US month-first dates, split on one line")
def c026():
    s = supplier("TIMCUT", "Timberline Cutting Systems, Inc.", "cs@timberline-cutting.example", "en-US")
    po = PO("4500031791", s, "marcus", "USD", "2026-11-19", [
        ("TC-91VXL-56", 'Saw chain 3/8" LP .050", 56 DL', 100, "EA", "16.40", "2026-12-11"),
        ("TC-20LPX-72", 'Saw chain .325" .050", 72 DL, chisel', 80, "EA", "22.75", "2026-12-11"),
        ("TC-75LGX-100", 'Saw chain reel 3/8" .063", 100 ft, chisel', 6, "EA", "389.00", "2027-01-08"),
    ], req_sent=when(2026, 11, 19, 16, 42))
    sent = when(2026, 11, 24, 14, 5, 37, -8)
    answers = {"TC-91VXL-56": "OK - confirmed.",
               "TC-20LPX-72": "Price is $23.60 now, our list went up 11/1. Can ship 12/9.",
               "TC-75LGX-100": "Only 4 reels available before year end - can ship those 12/22. The other 2 will\nship 1/15/27."}
    out = []
    for ln in po.request_text().rstrip("\n").split("\n"):
        out.append("> " + ln if ln.strip() else ">")
        for item, a in answers.items():
            if ln.strip().split("  ")[0].strip().isdigit() and item in ln:
                out.append(a)
    t = po.req_sent.astimezone(tz(-8))
    body = ("Marcus,\n\nAnswers inline below.\n\nRick\n\n"
            "On %d/%d/%d %d:%02d AM, Marcus Dell wrote:\n" % (t.month, t.day, t.year, t.hour, t.minute)
            + "\n".join(out) + "\n\n-- \nRick Olsen\nCustomer Service\nTimberline Cutting Systems, Inc.\n"
            "2200 NW Industrial St, Portland, OR 97210\n(503) 555-0147\n")
    part = mime.text(body, charset="UTF-8", cte="7bit", quoted_charset=False, extra_params="; format=flowed")
    h = mime.hdrs("Rick Olsen <rick.olsen@timberline-cutting.example>", po.buyer_addr, "Re: " + po.subject, sent,
                  mid_generic("c026", "timberline-cutting.example"), po.req_id, po.req_id, client="thunderbird-win",
                  lang="en-US")
    exp = confirmation(
        "Answers sit between the quoted PO rows. Line 1 OK; line 2 $23.60, ships 12/9 (only a ship date -> "
        "2026-12-09); line 3 split 4 reels 12/22 + 2 reels 1/15/27. '11/1' is the date of their price list.",
        (po, {1: "A", 2: chg(p="23.60", d="2026-12-09"),
              3: chg(d="2027-01-15", sched=[(4, "2026-12-22"), (2, "2027-01-15")])}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(27, "id-mallets-gmail-bounce-nxdomain",
      "Gmail 'Address not found' DSN (domain does not exist) with HTML, icon and the returned request")
def c027():
    s = supplier("SARIMERDU", "CV Gamelan Sari Merdu", "order@sarimerdu-gamelan.example", "id-ID")
    po = PO("4500031881", s, "marcus", "IDR", "2026-11-23", [
        ("SM-MAL-XYL-R", "Xylophone mallets, rubber head, sonokeling handle (pair)", 100, "PR", "78000", "2027-01-11"),
        ("SM-PANGGUL-B", "Gamelan panggul mallet, bonang, padded", 60, "EA", "54000", "2027-01-11"),
    ], req_sent=when(2026, 11, 23, 11, 11, 38))
    sent = when(2026, 11, 23, 2, 11, 41, -8)
    dom = "sarimerdu-gamelan.example"
    orig = ours.request_eml(po)
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to order@%s because the domain %s couldn't be found. Check for typos "
           "or unnecessary spaces and try again.\n\n"
           "Learn more here: https://support.google.com/mail/answer/6596\n\n"
           "The response was:\n\n"
           "DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN Domain name not found: %s\n"
           % (dom, dom, dom, dom))
    htm = ("<html>\n<head>\n<style>\n* {\nfont-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n}\n"
           "</style>\n</head>\n<body>\n<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
           "style=\"padding-top:32px;background-color:#ffffff;\"><tbody>\n<tr><td>\n<table cellpadding=0 "
           "cellspacing=0><tbody>\n<tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;"
           "border:1px solid #e0e0e0;border-radius:2px\">\n<img style=\"padding:0 24px 16px 0;float:left\" "
           "width=72 height=72 alt=\"Error Icon\" src=\"cid:icon.png\">\n<table style=\"min-width:272px;padding-top:8px\">"
           "<tbody>\n<tr><td><h2 style=\"font-size:20px;color:#212121;font-weight:bold;margin:0\">\nAddress not found\n"
           "</h2></td></tr>\n<tr><td style=\"padding-top:20px;color:#757575;font-size:16px;font-weight:normal;"
           "text-align:left\">\nYour message wasn't delivered to <a style='color:#212121;text-decoration:none'>"
           "<b>order@%s</b></a> because the domain %s couldn't be found. Check for typos or unnecessary spaces and "
           "try again.\n</td></tr>\n<tr><td style=\"padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;"
           "text-align:left\">\n<a style=\"text-decoration:none\" href=\"https://support.google.com/mail/?p=NoSuchUser\">"
           "LEARN MORE</a>\n</td></tr>\n</tbody></table>\n</td></tr>\n</tbody></table>\n</td></tr>\n<tr style=\"border:none;"
           "background-color:#fff;font-size:12.8px;width:90%%\">\n<td align=\"left\" style=\"padding:48px 10px\">\n"
           "The response was:<br/>\n<p style=\"font-family:monospace\">\nDNS Error: DNS type &#39;mx&#39; lookup of %s "
           "responded with code NXDOMAIN Domain name not found: %s\n</p>\n</td>\n</tr>\n</tbody></table>\n</body>\n"
           "</html>\n" % (dom, dom, dom, dom))
    alt = mime.multipart("alternative", [mime.text(txt, charset="UTF-8", cte="7bit"),
                                         mime.html(htm, charset="UTF-8", cte="quoted-printable")],
                         "000000000000c4d7a30627b1e8f2")
    rel = mime.multipart("related", [alt, mime.attachment(png(72, 72, (219, 68, 55)), "image/png", "icon.png",
                                                          cid="icon.png", size=False)],
                         "000000000000c4d7a20627b1e8f1")
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Received-From-MTA: dns; %s\n"
          "Arrival-Date: Mon, 23 Nov 2026 02:11:38 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\n"
          "Final-Recipient: rfc822; order@%s\n"
          "Action: failed\n"
          "Status: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN\n"
          " Domain name not found: %s\n"
          "Last-Attempt-Date: Mon, 23 Nov 2026 02:11:41 -0800 (PST)\n" % (po.buyer_email, po.req_id, dom, dom, dom))
    root = mime.multipart("report", [rel, mime.plain_part("message/delivery-status", ds, cte=None),
                                     mime.embedded(orig)],
                          "000000000000c4d7a10627b1e8f0", params=" report-type=delivery-status;")
    h = mime.hdrs("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", po.buyer_email,
                  "Delivery Status Notification (Failure)", sent,
                  "<6741a6ad.050a0220.2f31c4.9e1bGMR@mx.google.com>", po.req_id, po.req_id,
                  extra=[("X-Failed-Recipients", "order@" + dom), ("Auto-Submitted", "auto-replied")])
    exp = other("bounce", "Gmail DSN: recipient domain not found (NXDOMAIN); only our own request is returned.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(28, "ch-door-rollers-erp-pdf-acknowledgment",
      "no-reply ERP mail with a PDF Auftragsbestätigung (Swiss number format 4'600.00); changes only visible in the PDF")
def c028():
    s = supplier("RTSIGG", "Rollentechnik Sigg AG", "verkauf@rollentechnik-sigg.example", "de-CH")
    po = PO("4500031821", s, "jonas", "CHF", "2026-11-20", [
        ("LR-80-2RS", "Lift door roller Ø80 mm, 2RS bearing, PA tyre", 250, "EA", "18.40", "2026-12-17"),
        ("LR-SET-KONE", "Door hanger roller set (3 rollers + eccentric)", 40, "SET", "96.50", "2026-12-17"),
        ("LR-GUIDE-SHOE", "Sill guide shoe, 12 mm, PA6", 400, "EA", "2.35", "2026-12-17"),
    ], req_sent=when(2026, 11, 20, 9, 58))
    sent = when(2026, 11, 27, 6, 30, 4)
    body = ("Sehr geehrte Damen und Herren\n\n"
            "Im Anhang erhalten Sie unsere Auftragsbestätigung 2611-0873 zu Ihrer Bestellung 4500031821.\n\n"
            "Bitte prüfen Sie die Angaben. Ohne Gegenbericht innert 3 Arbeitstagen gilt die Auftragsbestätigung "
            "als akzeptiert.\n\n"
            "Freundliche Grüsse\nRollentechnik Sigg AG\n\n"
            "Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.\n"
            "Kontakt: verkauf@rollentechnik-sigg.example | +41 52 555 33 10\n")
    p = PDF()
    p.put("ROLLENTECHNIK SIGG AG", 16, "F2")
    p.put("Industriestrasse 41 | CH-8404 Winterthur | +41 52 555 33 10 | CHE-105.555.213 MWST", 8)
    p.skip(20)
    for ln in ["Brightwater Supply Group B.V.", "Purchasing", "Waalhaven Zuidzijde 40", "3089 JH Rotterdam",
               "Niederlande"]:
        p.put(ln, 10, gap=13)
    p.skip(14)
    p.put("Auftragsbestätigung 2611-0873", 14, "F2")
    p.row([(56, "Datum: 27.11.2026"), (200, "Ihre Bestellung: 4500031821 vom 20.11.2026"),
           (430, "Kunde: 60412")], 9)
    p.row([(56, "Sachbearbeiter: R. Keller"), (200, "Lieferbedingung: DAP Rotterdam"),
           (430, "Zahlung: 30 Tage netto")], 9)
    p.skip(8)
    X = [56, 80, 160, 330, 380, 420, 470, 539]
    p.row([(X[0], "Pos."), (X[1], "Artikel"), (X[2], "Bezeichnung"), (X[4], "Menge", "right"), (X[5], "ME"),
           (X[6] + 20, "Preis", "right"), (X[7], "Betrag CHF", "right")], 9, "F2")
    p.rule()
    rows = [("10", "LR-80-2RS", "Türrolle Ø80 2RS, PA-Bandage", "250", "Stk", "18.40", "4'600.00", "17.12.2026", ""),
            ("20", "LR-SET-KONE", "Rollensatz Türhänger (3+1)", "40", "Set", "99.80", "3'992.00", "17.12.2026",
             "Preis gem. Preisliste gültig ab 01.12.2026"),
            ("30", "LR-GUIDE-SHOE", "Schwellenführungsschuh 12 mm PA6", "400", "Stk", "2.35", "940.00", "07.01.2027", "")]
    for r in rows:
        p.row([(X[0], r[0]), (X[1], r[1]), (X[2], r[2]), (X[4], r[3], "right"), (X[5], r[4]),
               (X[6] + 20, r[5], "right"), (X[7], r[6], "right")], 9, gap=11)
        p.row([(X[2], "Liefertermin: " + r[7])], 8, "F4", gap=11 if r[8] else None)
        if r[8]:
            p.row([(X[2], r[8])], 8, "F4")
    p.rule()
    p.row([(X[6] + 20, "Total netto", "right"), (X[7], "9'532.00", "right")], 9, "F2")
    p.row([(X[6] + 20, "MWST 0 % (Export)", "right"), (X[7], "0.00", "right")], 9)
    p.row([(X[6] + 20, "Total CHF", "right"), (X[7], "9'532.00", "right")], 10, "F2")
    p.skip(20)
    p.put("Es gelten unsere Allgemeinen Geschäftsbedingungen (www.rollentechnik-sigg.example/agb).", 8)
    att = mime.attachment(p.save(title="Auftragsbestätigung 2611-0873", producer="Abacus Reporting"),
                          "application/pdf", "AB_2611-0873.pdf")
    root = mime.multipart("mixed", [mime.text(body, charset="utf-8"), att], "----=_NextPart_000_0873_01DB4091.2C6E1A80")
    h = mime.hdrs("Rollentechnik Sigg AG <noreply-erp@rollentechnik-sigg.example>", po.buyer_email,
                  mime.ew("Auftragsbestätigung 2611-0873 zu Ihrer Bestellung 4500031821", "utf-8", "Q"), sent,
                  mid_generic("c028", "erp.rollentechnik-sigg.example", "dollar"),
                  reply_to="verkauf@rollentechnik-sigg.example",
                  extra=[("X-Mailer", "Abacus ERP Mailservice 2026"), ("Auto-Submitted", "auto-generated")])
    exp = confirmation(
        "ERP-generated acknowledgment counts as a confirmation. PDF: pos 10 as ordered; pos 20 price 99.80 "
        "(was 96.50); pos 30 delivery 07.01.2027. Swiss apostrophe thousands separator in amounts.",
        (po, {1: "A", 2: chg(p="99.80"), 3: chg(d="2027-01-07")}))
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(29, "it-glassblowing-pipes-conditional-price",
      "Italian conditional offer: PO prices only if quantity is doubled, otherwise higher prices; asks how to proceed")
def c029():
    s = supplier("UVMUR", "Utensili Vetrari Muranesi S.n.c.", "info@utensilivetrari-murano.example", "it-IT")
    po = PO("4500031836", s, "tom", "EUR", "2026-11-23", [
        ("CAN-130-INOX", "Glassblowing pipe (canna da soffio) 130 cm, AISI 304", 20, "EA", "96.00", "2026-12-18"),
        ("PUN-110", "Punty rod (puntello) 110 cm", 20, "EA", "54.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 17, 5))
    sent = when(2026, 11, 25, 11, 22, 3)
    body = (
        "Gentile Sig. Ferreira,\n\n"
        "grazie per l'ordine n. 4500031836.\n\n"
        "Purtroppo con le quantità indicate non riusciamo a mantenere i prezzi dell'ultimo ordine: possiamo "
        "confermare 96,00 € per le canne da soffio e 54,00 € per i puntelli solo se la quantità viene portata ad "
        "almeno 40 pezzi per articolo. Per 20 pezzi i prezzi sarebbero rispettivamente 108,00 € e 61,00 €.\n\n"
        "La consegna sarebbe in entrambi i casi entro il 18 dicembre.\n\n"
        "Ci faccia sapere come preferisce procedere e Le invieremo la conferma d'ordine definitiva.\n\n"
        "Cordiali saluti\n"
        "Marco Seguso\nUtensili Vetrari Muranesi S.n.c.\nFondamenta dei Vetrai 112 - 30141 Murano (VE)\n"
        "Tel. 041 555 0932\n\n"
        "Il 23/11/2026 17:05 Tomás Ferreira ha scritto:\n" + quote(po.request_text()))
    part = mime.text(body, charset="UTF-8", quoted_charset=False, extra_params="; format=flowed")
    h = mime.hdrs("Marco Seguso <info@utensilivetrari-murano.example>", po.buyer_addr, "Re: " + po.subject, sent,
                  mid_generic("c029", "utensilivetrari-murano.example", "plain"), po.req_id, po.req_id,
                  extra=[("User-Agent", "Roundcube Webmail/1.6.9"),
                         ("X-Sender", "info@utensilivetrari-murano.example")])
    exp = other("needs_review", "Conditional offer: PO prices only for 40 pcs per item, otherwise 108,00/61,00; "
                                "supplier waits for our choice before sending the final confirmation.")
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(30, "nl-skate-blades-xlsx-see-attached",
      "body only 'See attached.'; the Excel acknowledgment has a changed price in one cell and dates as Excel serials")
def c030():
    s = supplier("FRISCH", "Friesland Schaatsenmakerij B.V.", "verkoop@friesland-schaats.example", "nl-NL")
    po = PO("4500031803", s, "karin", "EUR", "2026-11-20", [
        ("SKB-NOR-43", "Clap skate blade (noren), 43 cm, hardened steel (pair)", 60, "PR", "88.50", "2026-12-11"),
        ("SKB-NOR-45", "Clap skate blade (noren), 45 cm, hardened steel (pair)", 40, "PR", "91.00", "2026-12-11"),
        ("SKB-GUARD", "Blade guards, neoprene (pair)", 100, "PR", "6.20", "2026-12-11"),
        ("SKB-SHARP-JIG", "Sharpening jig for long-track blades", 5, "EA", "145.00", "2026-12-11"),
    ], req_sent=when(2026, 11, 20, 10, 35))
    sent = when(2026, 11, 27, 16, 40, 22)
    reply = ("Hi Karin,\n\nSee attached.\n\nGroet,\nJeroen\n\n"
             "Jeroen Hoekstra\nVerkoop binnendienst | Friesland Schaatsenmakerij B.V.\n"
             "Schaatsmakersweg 5, 8441 PM Heerenveen\nT +31 513 555 690\n\n")
    full = reply + outlook_quote(po, "nl", tz(1))
    D = dt.date
    rows = [
        [("Friesland Schaatsenmakerij B.V.", STYLE_BOLD)],
        ["Orderbevestiging", "OB-26-0912"],
        ["Uw inkoopordernummer", "4500031803"],
        ["Datum", D(2026, 11, 27)],
        [],
        [(h, STYLE_BOLD) for h in ["Regel", "Artikelnr.", "Omschrijving", "Aantal", "Eenheid", "Prijs (EUR)",
                                    "Bedrag (EUR)", "Leverdatum", "Opmerking"]],
        [1, "SKB-NOR-43", "Klapschaatsijzer 43 cm gehard", 60, "paar", (88.5, STYLE_NUM2), (5310, STYLE_NUM2), D(2026, 12, 11)],
        [2, "SKB-NOR-45", "Klapschaatsijzer 45 cm gehard", 40, "paar", (94, STYLE_NUM2), (3760, STYLE_NUM2), D(2026, 12, 11)],
        [3, "SKB-GUARD", "Beschermers neopreen", 100, "paar", (6.2, STYLE_NUM2), (620, STYLE_NUM2), D(2026, 12, 11)],
        [4, "SKB-SHARP-JIG", "Slijpmal langebaan", 5, "st", (145, STYLE_NUM2), (725, STYLE_NUM2), D(2026, 12, 11)],
        [],
        [None, None, None, None, None, ("Totaal excl. btw", STYLE_BOLD), (10415, STYLE_NUM2)],
        [],
        ["Levering DAP Rotterdam. Betaling 30 dagen netto. Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing."],
    ]
    x = xlsx([("Orderbevestiging", rows, [8, 16, 34, 8, 9, 12, 13, 12, 20])], creator="Jeroen Hoekstra",
             modified="2026-11-27T15:38:00Z")
    root = mime.multipart("mixed", [
        _outlook_alt(full, reply, "iso-8859-1", "NL", "_000_AM6P191MB0412E2B6D5C0419A8F3E7D61AM6P191MB0412EURP_"),
        mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "Orderbevestiging 4500031803.xlsx")],
        "_004_AM6P191MB0412E2B6D5C0419A8F3E7D61AM6P191MB0412EURP_")
    h = mime.hdrs("Jeroen Hoekstra <j.hoekstra@friesland-schaats.example>", po.buyer_addr, "RE: " + po.subject,
                  sent, mid_outlook("c030"), po.req_id, po.req_id, client="outlook-att", lang="nl-NL",
                  thread=(po.subject, thread_index("c030")))
    exp = confirmation(
        "All content is in the XLSX. Every cell matches the PO except the price of line 2 (94.00 instead of "
        "91.00), with no remark; dates are Excel date serials (2026-12-11).",
        (po, {1: "A", 2: chg(p="94.00"), 3: "A", 4: "A"}))
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(31, "se-saw-chains-vecka-numbers",
      "Swedish 'leverans v. 51' / 'v. 2' (ISO weeks, v. 2 falls in 2027) with a distracting 'nästa produktion vecka 1'")
def c031():
    s = supplier("NSKED", "Norrskog Kedjor AB", "order@norrskog-kedjor.example", "sv-SE")
    po = PO("4500031848", s, "karin", "SEK", "2026-11-23", [
        ("NK-325-15-66", 'Saw chain .325" 1.5 mm, 66 DL', 120, "EA", "189.00", "2026-12-18"),
        ("NK-38-16-72", 'Saw chain 3/8" 1.6 mm, 72 DL', 80, "EA", "238.00", "2026-12-18"),
        ("NK-FILE-48", "Round file 4.8 mm, pack of 12", 30, "BOX", "142.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 13, 30))
    sent = when(2026, 11, 26, 15, 2, 51)
    reply = (
        "Hej Karin!\n\n"
        "Tack för beställningen. Orderbekräftelse nedan:\n\n"
        "Rad 1: NK-325-15-66, 120 st à 189,00 kr, leverans v. 51\n"
        "Rad 2: NK-38-16-72, 80 st à 238,00 kr, leverans v. 2 (slut i lager, nästa produktion vecka 1)\n"
        "Rad 3: NK-FILE-48, 30 ask à 142,00 kr, leverans v. 51\n\n"
        "Trevlig helg!\n\n"
        "Lena Berg\nOrderavdelningen\nNorrskog Kedjor AB\nBruksgatan 12, 881 30 Sollefteå\n"
        "Tel 0620-555 180\n\n")
    full = reply + outlook_quote(po, "sv", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-1", "SV", "_000_GVXP190MB1984A3D0E2C14F5B96A8E7D0GVXP190MB1984EURP_")
    h = mime.hdrs("Lena Berg <lena.berg@norrskog-kedjor.example>", po.buyer_addr, "SV: " + po.subject, sent,
                  mid_outlook("c031"), po.req_id, po.req_id, client="outlook", lang="sv-SE",
                  thread=(po.subject, thread_index("c031")))
    exp = confirmation(
        "v. 51 = Fri 2026-12-18 = requested (lines 1, 3); v. 2 in a November mail = ISO week 2 of 2027, Fri "
        "2027-01-15 (line 2). 'nästa produktion vecka 1' is their production week, not a delivery date.",
        (po, {1: "A", 2: chg(d="2027-01-15"), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(32, "it-parquet-adhesive-price-list-2027",
      "mass mailing of the 2027 price list (XLSX) listing the PO items with new prices; not an answer")
def c032():
    s = supplier("COLPAV", "Collanti Pavimenti Italia S.p.A.", "ordini@collanti-pavimenti.example", "it-IT")
    po = PO("4500031868", s, "elena", "EUR", "2026-11-24", [
        ("CPI-SIL-15", "Silane parquet adhesive, 15 kg pail", 900, "KG", "3.95", "2027-01-12"),
        ("CPI-EPO-10", "Epoxy-PU parquet adhesive 2K, 10 kg set", 400, "KG", "6.10", "2027-01-12"),
    ])
    sent = when(2026, 12, 2, 9, 0, 0)
    body = (
        "Gentile Cliente,\n\n"
        "in allegato trova il nuovo listino prezzi Collanti Pavimenti Italia valido dal 1° gennaio 2027.\n\n"
        "Gli ordini ricevuti entro il 31/12/2026 saranno evasi alle condizioni attualmente in vigore. Per le "
        "consegne programmate dopo tale data, i nuovi prezzi si applicheranno a partire dal 01/01/2027.\n\n"
        "Il nostro ufficio commerciale resta a disposizione per qualsiasi chiarimento.\n\n"
        "Cordiali saluti\n\nUfficio Commerciale\nCollanti Pavimenti Italia S.p.A.\n"
        "Via dell'Artigianato 14 - 36040 Brendola (VI)\nTel. +39 0444 555 410\n"
        "Cap. Soc. € 2.500.000 i.v. - P.IVA 03456780245\n\n"
        "Questo messaggio è stato inviato a tutti i clienti. Per non ricevere più comunicazioni commerciali "
        "risponda con oggetto CANCELLAMI.\n")
    rows = [[("Listino prezzi 2027 - Collanti Pavimenti Italia S.p.A.", STYLE_BOLD)],
            ["Valido dal 01/01/2027 - prezzi in EUR franco destino UE, IVA esclusa"], [],
            [(h, STYLE_BOLD) for h in ["Codice", "Descrizione", "Confezione", "Prezzo 2026 €/kg", "Prezzo 2027 €/kg",
                                        "Var. %"]]]
    items = [("CPI-SIL-15", "Adesivo silanico per parquet", "secchio 15 kg", 3.95, 4.15),
             ("CPI-SIL-7", "Adesivo silanico per parquet", "secchio 7 kg", 4.30, 4.52),
             ("CPI-EPO-10", "Adesivo epossi-poliuretanico bicomponente", "kit 10 kg", 6.10, 6.45),
             ("CPI-PU1-16", "Adesivo poliuretanico monocomponente", "secchio 16 kg", 5.20, 5.45),
             ("CPI-PRIM-10", "Primer consolidante per massetti", "tanica 10 kg", 7.80, 8.10),
             ("CPI-DISP-20", "Adesivo in dispersione per parquet a mosaico", "secchio 20 kg", 2.15, 2.25)]
    for c, d, k, a, b in items:
        rows.append([c, d, k, (a, STYLE_NUM2), (b, STYLE_NUM2), (round((b / a - 1) * 100, 1))])
    x = xlsx([("Listino 2027", rows, [14, 44, 16, 16, 16, 8])], creator="Ufficio Commerciale",
             modified="2026-11-30T10:15:00Z")
    root = mime.multipart("mixed", [mime.text(body, charset="utf-8"),
                                    mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                    "Listino_prezzi_2027_CPI.xlsx")],
                          "----=_Part_552_1730913624.1795852800000")
    h = mime.hdrs("Collanti Pavimenti Italia - Ufficio Commerciale <commerciale@collanti-pavimenti.example>",
                  "undisclosed-recipients:;", "Listino prezzi 2027 - Collanti Pavimenti Italia", sent,
                  mid_generic("c032", "collanti-pavimenti.example"), extra=[("Precedence", "bulk")])
    exp = other("unrelated", "Price list 2027 sent to all customers; it lists CPI-SIL-15 and CPI-EPO-10 with new "
                             "prices but does not answer PO 4500031868 (for which no acknowledgment request is on "
                             "record).")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(33, "ca-kayak-paddles-quebec-split",
      "Québec French reply with '189,00 $' and a split delivery written in prose (18 now, 12 in January)")
def c033():
    s = supplier("PAGBOR", "Pagaies Boréales inc.", "commandes@pagaies-boreales.example", "fr-CA")
    po = PO("4500031812", s, "marcus", "CAD", "2026-11-20", [
        ("PB-240-BOIS", "Kayak paddle 240 cm, laminated cedar/ash", 30, "EA", "189.00", "2027-01-15"),
        ("PB-215-CARB", "Kayak paddle 215 cm, carbon, bent shaft", 20, "EA", "342.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 20, 16, 15))
    sent = when(2026, 11, 27, 10, 48, 5, -5)
    reply = (
        "Bonjour M. Dell,\n\n"
        "Merci pour votre commande 4500031812.\n\n"
        "Pour les pagaies en bois 240 cm (PB-240-BOIS), nous pouvons vous en livrer 18 le 18 décembre 2026 et "
        "les 12 autres le 22 janvier 2027, au prix convenu de 189,00 $ l'unité.\n\n"
        "Les 20 pagaies en carbone 215 cm (PB-215-CARB) seront livrées le 15 janvier 2027, à 342,00 $ l'unité, "
        "tel que demandé.\n\n"
        "Bonne journée,\n\n"
        "Émilie Tremblay\nService à la clientèle\nPagaies Boréales inc.\n"
        "1250, rue des Érables, Saint-Raymond (Québec)  G3L 1B2\n418 555-0193\n\n")
    full = reply + outlook_quote(po, "fr", tz(-5))
    alt = _outlook_alt(full, reply, "iso-8859-1", "FR-CA", "_000_YT3PR01MB6215C2A1E0B94F7D8A3C5E12YT3PR01MB6215CANP_")
    h = mime.hdrs("=?iso-8859-1?Q?=C9milie_Tremblay?= <emilie.tremblay@pagaies-boreales.example>", po.buyer_addr,
                  "RE : " + po.subject, sent, mid_outlook("c033"), po.req_id, po.req_id, client="outlook",
                  lang="fr-CA", thread=(po.subject, thread_index("c033")))
    exp = confirmation(
        "Line 1 split: 18 on 2026-12-18 and 12 on 2027-01-22 at 189,00 $; line 2 as requested (15 janvier).",
        (po, {1: chg(d="2027-01-22", sched=[(18, "2026-12-18"), (12, "2027-01-22")]), 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(34, "au-dive-gear-friday-week",
      "Australian 'Friday week' relative to a Monday mail, plus 'by 8 January' for the hoses on the water")
def c034():
    s = supplier("CCDW", "Coral Coast Dive Wholesale Pty Ltd", "orders@coralcoastdive.example", "en-AU")
    po = PO("4500031893", s, "priya", "AUD", "2026-11-23", [
        ("CC-REG-OCT", "Octopus regulator, yellow, 1 m hose", 25, "EA", "118.00", "2026-12-11"),
        ("CC-SPG-300", "Submersible pressure gauge 300 bar, brass", 25, "EA", "74.50", "2026-12-11"),
        ("CC-HOSE-LP90", "LP regulator hose 90 cm, braided", 50, "EA", "29.90", "2026-12-04"),
    ], req_sent=when(2026, 11, 23, 10, 5, 12))
    sent = when(2026, 11, 30, 9, 12, 40, 10)
    t = po.req_sent.astimezone(tz(10))
    body = (
        "Hi Priya,\n\n"
        "All good on 4500031893 - octos and SPGs at PO pricing, we'll have them to you Friday week.\n\n"
        "The braided LP hoses are on the water, landing here mid-Dec, so they'll be with you by 8 January, same "
        "price.\n\n"
        "Cheers,\nShane\n\n"
        "Shane McAllister\nCoral Coast Dive Wholesale Pty Ltd\nUnit 3/41 Enterprise St, Bundaberg QLD 4670\n"
        "Ph 07 4155 0187 | ABN 51 624 987 120\n\n"
        "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
        "________________________________\n"
        "From: Priya Raman <%s>\n"
        "Sent: %s, %s %d, %d %d:%02d:%02d %s\n"
        "To: %s <%s>\n"
        "Subject: %s\n\n" % (po.buyer_email, t.strftime("%A"), t.strftime("%B"), t.day, t.year,
                             t.hour % 12 or 12, t.minute, t.second, "AM" if t.hour < 12 else "PM",
                             "Coral Coast Orders", po.to, po.subject)
        + po.request_text())
    alt = mime.multipart("alternative", [
        mime.text(body, charset="us-ascii", cte="quoted-printable"),
        mime.html(html_from_text(body, "us-ascii", "EN-AU", font="Aptos"), charset="us-ascii")],
        "_000_SY4P282MB3046F1B0E2D94C7A8A6E3F40SY4P282MB3046AUSP_")
    h = mime.hdrs("Shane McAllister <shane@coralcoastdive.example>", po.buyer_addr, "Re: " + po.subject, sent,
                  mid_outlook("c034"), po.req_id, po.req_id, client="outlook", lang="en-AU",
                  thread=(po.subject, thread_index("c034")))
    exp = confirmation(
        "Mail sent Monday 30 Nov 2026 (AEST): 'Friday week' = the Friday after this coming one = 2026-12-11 = "
        "requested for lines 1-2; line 3 'with you by 8 January' = 2027-01-08 (requested 2026-12-04).",
        (po, {1: "A", 2: "A", 3: chg(d="2027-01-08")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(35, "gb-tennis-posts-helpdesk-ticket",
      "helpdesk ticket receipt that quotes our whole request (with PO figures) back under 'Your message'")
def c035():
    s = supplier("BASCE", "Baseline Court Equipment Ltd", "sales@baselinecourt.example", "en-GB")
    po = PO("4500031860", s, "karin", "GBP", "2026-11-23", [
        ("TNP-SQ-76", "Tennis net posts, square 76 mm steel, with winder (pair)", 8, "PR", "265.00", "2026-12-16"),
        ("TNP-SLEEVE", "Ground sleeve for square net posts", 16, "EA", "38.00", "2026-12-16"),
    ], req_sent=when(2026, 11, 24, 8, 45, 3))
    sent = when(2026, 11, 24, 7, 45, 20, 0)
    txt = ("##- Please type your reply above this line -##\n\n"
           "Hello Karin Holt,\n\n"
           "Thank you for contacting Baseline Court Equipment. Your request (#48213) has been received and is "
           "being reviewed by our support staff.\n\n"
           "A member of our sales team will get back to you within 2 working days. To add information to your "
           "request, simply reply to this e-mail.\n\n"
           "Kind regards,\nBaseline Court Equipment - Customer Service\n\n"
           "-------- Your message --------\n\n" + po.request_text() + "\n"
           "This email is a service from Baseline Court Equipment. [KP3W7Y-R0D8]\n")
    htm = html_from_text(txt, "utf-8", "EN-GB", font="Arial")
    alt = mime.multipart("alternative", [mime.text(txt, charset="UTF-8"), mime.html(htm, charset="UTF-8")],
                         "--==_mimepart_6742d9f8a1b3c_4f2a3e7c12844d")
    h = mime.hdrs("Baseline Court Equipment <support@baselinecourt.example>", po.buyer_addr,
                  "[Baseline Court] Re: " + po.subject, sent, "<KP3W7YR0D8_6742d9f8a21c4_1b8c3e2d47_sprut@zendesk.example>",
                  po.req_id, po.req_id,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                         ("X-Auto-Response-Suppress", "All"), ("Reply-To", "support+id48213@baselinecourt.example")])
    exp = other("auto_reply", "Helpdesk ticket receipt (#48213); the PO figures appear only in the echoed "
                              "request. No commitment.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(36, "hu-balloon-burners-hungarian-dates",
      "Hungarian reply with year-first dates '2027. január 29.', HUF amounts with space grouping and no decimals")
def c036():
    s = supplier("BALTEK", "Ballon-Technika Kft.", "rendeles@ballontechnika.example", "hu-HU")
    po = PO("4500031825", s, "elena", "HUF", "2026-11-21", [
        ("BT-BURN-SGL", "Single hot-air balloon burner, 15 MMBtu, with frame", 2, "EA", "2480000.00", "2027-01-15"),
        ("BT-CYL-V40", "Vertical LPG cylinder 40 l, stainless, with gauge", 6, "EA", "612000.00", "2027-01-15"),
        ("BT-IGN-PIEZO", "Piezo igniter kit for burner", 10, "EA", "18500.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 9, 40))
    sent = when(2026, 11, 27, 14, 26, 11)
    reply = (
        "Tisztelt Sokolova Asszony!\n\n"
        "Köszönjük megrendelését (4500031825). Az alábbiak szerint igazoljuk vissza:\n\n"
        "1. BT-BURN-SGL égő kerettel: 2 db, egységár 2 480 000 Ft, szállítás: 2027. január 15.\n"
        "2. BT-CYL-V40 gázpalack 40 l: 6 db, egységár 612 000 Ft, szállítás: 2027. január 29.\n"
        "   (a tartályok nyomáspróbája és tanúsítása miatt)\n"
        "3. BT-IGN-PIEZO gyújtókészlet: 10 db, egységár 18 500 Ft, szállítás: 2026. december 18.\n\n"
        "Az árak az áfát nem tartalmazzák.\n\n"
        "Üdvözlettel:\n\n"
        "Kovács Péter\nértékesítési vezető\nBallon-Technika Kft.\n2800 Tatabánya, Ipari park u. 9.\n"
        "Tel.: +36 34 555 218\n\n")
    full = reply + outlook_quote(po, "hu", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-2", "HU", "_000_BEZP281MB2271E0C4A3D1B59F6E2A8C17BEZP281MB2271DEUP_")
    h = mime.hdrs("=?iso-8859-2?Q?Kov=E1cs_P=E9ter?= <kovacs.peter@ballontechnika.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c036"), po.req_id, po.req_id, client="outlook",
                  lang="hu-HU", thread=(po.subject, thread_index("c036")))
    exp = confirmation(
        "Hungarian year-first dates; line 2 moved to 2027-01-29, lines 1 and 3 as ordered; '2 480 000 Ft' = "
        "2480000.00 HUF.",
        (po, {1: "A", 2: chg(d="2027-01-29"), 3: "A"}))
    return [po], mime.build(h, alt), exp
