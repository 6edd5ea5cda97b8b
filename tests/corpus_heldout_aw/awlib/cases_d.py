"""Cases 054-070."""
from .common import E, PO, S, case, conf, dsn, reply, req_subject, request_message, rfcdate, send_raw
from .mime import addr, attachment, crlf, hx, message, multipart, textpart
from .pdf import pdf
from .xlsx import xlsx


@case("marble-greek-iso8859-7", "confirmation/el-GR",
      "Greek ISO-8859-7 reply with m² units and euro prices; the stair treads change price and date.")
def c_marble_gr():
    s = S("THASMAR", "Thassos Marmara A.E.", "sales@thassosmarmara.example", "el-GR")
    p = PO("4500071157", s, "EUR", [
        ("MT-THAS-40x40", "Thassos white marble tile 40x40x1.5 cm", 120, "M2", "64.00", "2027-01-22"),
        ("MT-STEP-120x33", "Marble stair tread 120x33x3 cm", 24, "EA", "58.00", "2027-01-22")])
    body = """Αγαπητή κα Holt,

Επιβεβαιώνουμε την παραγγελία σας 4500071157:

Θέση 1: 120 m², 64,00 €/m², παράδοση 22/01/2027
Θέση 2: 24 τεμ., 61,50 €/τεμ., παράδοση 29/01/2027 (κοπή κατά παραγγελία)

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Εξαγωγών
Thassos Marmara A.E., Λιμένας Θάσου, 64004 Θάσος
Τηλ. +30 25930 22418
"""
    eml = reply([p], date="2026-11-18 12:40 +0200", body=body, name="Γιώργος Παπαδόπουλος", cs="iso-8859-7",
                client="outlook", lang="el-GR")
    return [p], eml, E("confirmation", "Greek text, decimal commas; line 2 price 61,50 and date 29/01/2027, line 1 as "
                       "ordered.",
                       conf(p, {1: "A", 2: ("C", None, "61.50", "2027-01-29")}))


@case("greenhouse-pdf-only-ie", "confirmation/en-IE",
      "Outlook mail with only a signature; everything is in an attached uncompressed PDF acknowledgement.")
def c_gh_ie():
    s = S("GLASSHT", "Glasshouse Heating Ireland Ltd", "orders@glasshouseheating.example", "en-IE")
    p = PO("4500071158", s, "EUR", [
        ("GH-ELEC-3KW", "Electric greenhouse heater 3 kW, 230V, IPX4", 40, "EA", "129.00", "2026-12-09"),
        ("GH-FAN-450", "Circulation fan 450 mm, 24V", 40, "EA", "48.00", "2026-12-09"),
        ("GH-SENS-RH", "Humidity sensor 0-100% RH, 4-20 mA", 10, "EA", "36.00", "2026-12-09")], buyer=1)
    doc = pdf(["#Glasshouse Heating Ireland Ltd", "Unit 12, Clonshaugh Business Park, Dublin 17, D17 KX52", "",
               "#ORDER ACKNOWLEDGEMENT  OA-77120", "Customer: Corvane Trading B.V.   Your ref: PO 4500071158",
               "Date: 12/11/2026   Currency: EUR", "",
               "Line  Item          Description                          Qty   Unit price   Delivery",
               "1     GH-ELEC-3KW   Electric heater 3 kW, 230V, IPX4       40       129.00   09/12/2026",
               "2     GH-FAN-450    Circulation fan 450 mm, 24V            40        48.00   16/12/2026",
               "3     GH-SENS-RH    Humidity sensor 0-100% RH, 4-20 mA     10        39.50   09/12/2026",
               "", "Prices exclude VAT. Delivery DAP Rotterdam.",
               "Line 3: price per 2027 price list."], title="Order acknowledgement OA-77120", author="Sage 200",
              date="20261112103000Z")
    body = """Kind regards,

Siobhán Byrne
Customer Accounts
Glasshouse Heating Ireland Ltd
Unit 12, Clonshaugh Business Park, Dublin 17
T: +353 1 848 2210

Glasshouse Heating Ireland Ltd is registered in Ireland, no. 512847. This email is confidential; if received in error please delete it.
"""
    eml = reply([p], date="2026-11-12 10:34 +0000", body=body, name="Siobhán Byrne", client="outlook",
                lang="en-IE", atts=[(doc, "application/pdf", "OA-77120.pdf")])
    return [p], eml, E("confirmation", "Body is only a signature; the PDF holds the answer: line 2 date 16/12/2026, "
                       "line 3 price 39.50, line 1 as ordered (PDF text not compressed).",
                       conf(p, {1: "A", 2: ("C", None, None, "2026-12-16"), 3: ("C", None, "39.50", None)}))


@case("sutures-erp-ack-split-ship", "confirmation/en-US",
      "US ERP acknowledgment with a summary body and PDF; line 1 split over two month-first ship dates.")
def c_sut_us():
    s = S("MERIDSU", "Meridian Surgical Supply Corp.", "orders@meridiansurgical.example", "en-US")
    p = PO("4500071159", s, "USD", [
        ("SUT-PDS-3/0", "Polydioxanone suture 3/0, 70 cm, 36 per box", 60, "BOX", "152.00", "2026-12-11"),
        ("SUT-SS-4", "Stainless steel suture size 4, 45 cm", 12, "BOX", "88.00", "2026-12-11")], buyer=2)
    doc = pdf(["#Meridian Surgical Supply Corp.", "4100 Commerce Dr, Memphis, TN 38118", "",
               "#SALES ORDER ACKNOWLEDGMENT SO-884213", "Customer PO: 4500071159      Order date: 11/03/2026",
               "Ship via: Ocean LCL to Rotterdam      Terms: Net 45", "",
               "Ln  Item          Qty  UOM  Unit Price  Promised Ship Date",
               "1   SUT-PDS-3/0    40  BX       152.00  12/04/2026",
               "1   SUT-PDS-3/0    20  BX       152.00  01/08/2027   (backorder)",
               "2   SUT-SS-4       12  BX        88.00  12/04/2026",
               "", "All dates are ship dates from Memphis, TN."], flate=True, title="SO-884213",
              author="Oracle E-Business Suite", date="20261113080211-06'00'")
    body = """This is an automated message from Meridian Surgical order management.

Your purchase order 4500071159 has been acknowledged as sales order SO-884213.
Line 1 SUT-PDS-3/0: 40 BX ship 12/04/2026, 20 BX on backorder ship 01/08/2027
Line 2 SUT-SS-4: 12 BX ship 12/04/2026

Details are in the attached acknowledgment. Please do not reply to this message.
"""
    eml = reply([p], date="2026-11-13 08:02 -0600", body=body, name="Meridian Order Management",
                frm="noreply@meridiansurgical.example", subj="Order Acknowledgment SO-884213 / PO 4500071159",
                client="erp", quote="none", html=False, thread=False,
                atts=[(doc, "application/pdf", "SO-884213.pdf")])
    return [p], eml, E("confirmation", "Automated ERP mail that commits (not an auto_reply); month-first ship dates "
                       "only: line 1 split 40 + 20 (last 2027-01-08), line 2 ships 2026-12-04.",
                       conf(p, {1: ("C", None, None, "2027-01-08", [(40, "2026-12-04"), (20, "2027-01-08")]),
                                2: ("C", None, None, "2026-12-04")}))


@case("cash-registers-next-week-big5", "needs_review/zh-TW",
      "Traditional Chinese Big5 reply: order received, dates and prices to be confirmed next week.")
def c_cash_tw():
    s = S("TAIPOS", "Taipos Technology Co., Ltd.", "sales@taipos.example", "zh-TW")
    p = PO("4500071160", s, "USD", [
        ("CR-POS-156", "POS terminal 15.6 in, J4125, 2027 edition", 20, "EA", "385.00", "2026-12-18"),
        ("CR-MSR-3T", "Magnetic stripe reader 3-track", 20, "EA", "21.00", "2026-12-18")])
    body = """Holt 小姐您好：

收到貴公司訂單 4500071160，謝謝。
目前工廠正在排程，交期與價格我們下週會再跟您確認。

敬祝 商祺

陳怡君
台普科技股份有限公司 業務部
新北市新店區寶橋路 235 巷 6 號
TEL: +886 2 8913 5520
"""
    eml = reply([p], date="2026-11-11 17:05 +0800", body=body, name="陳怡君", cs="big5", cte="base64",
                client="outlook", lang="zh-TW")
    return [p], eml, E("needs_review", "Receipt only: lead time and price will be confirmed next week.")


@case("kennels-contradictory-dates-hu", "needs_review/hu-HU",
      "Hungarian reply states one date in prose and a different one in its own table for the same lines.")
def c_kennel_hu():
    s = S("KUTYAHAZ", "Kutyaház Kft.", "rendeles@kutyahaz.example", "hu-HU")
    p = PO("4500071161", s, "EUR", [
        ("DK-KEN-M-90", "Dog kennel medium 90x60x70 cm, pine", 20, "EA", "96.00", "2026-12-11"),
        ("DK-BED-L", "Dog bed large 110x80 cm", 30, "EA", "24.50", "2026-12-11")])
    body = """Kedves Maren!

A 4500071161 számú rendelést visszaigazoljuk, minden tétel 2026. december 10-én érkezik Önökhöz.

Tételek:
| Tétel | Cikkszám | Mennyiség | Egységár | Szállítás |
| 1 | DK-KEN-M-90 | 20 db | 96,00 EUR | 2026.12.17. |
| 2 | DK-BED-L | 30 db | 24,50 EUR | 2026.12.17. |

Üdvözlettel:
Szabó Eszter
Kutyaház Kft., Ipari út 4., 6000 Kecskemét
Tel.: +36 76 481 220
"""
    eml = reply([p], date="2026-11-12 09:58 +0100", body=body, name="Szabó Eszter", prefix="Vá:", cs="iso-8859-2",
                client="outlook", lang="hu-HU")
    return [p], eml, E("needs_review", "The prose says arrival 10 December, the table says 2026.12.17 for the same "
                       "lines; a buyer cannot tell which date is committed.")


@case("dairy-value-only-in-quote-nz", "needs_review/en-NZ",
      "Short acknowledgment that it is being checked; all quantities, prices and dates are only in our quoted request.")
def c_dairy_nz():
    s = S("KIWICULT", "Kiwi Cultures Ltd", "orders@kiwicultures.example", "en-NZ")
    p = PO("4500071162", s, "NZD", [
        ("DC-CHED-10U", "Cheddar culture, 10U, freeze-dried", 250, "EA", "18.90", "2026-12-14"),
        ("DC-ANN-500", "Annatto colouring 500 ml", 40, "EA", "22.00", "2026-12-14")])
    body = """Hi Maren,

Got it, thanks - passing this to the warehouse to check stock against your list below. Will come back to you.

Cheers,
Aroha Parata
Kiwi Cultures Ltd | 27 Te Rapa Rd, Hamilton 3200 | +64 7 849 3310
"""
    eml = reply([p], date="2026-11-10 10:22 +1300", body=body, name="Aroha Parata", client="gmail", quote="gmail",
                attrib="On Tue, 3 Nov 2026 at 22:12, Maren Holt <maren.holt@buyer.example> wrote:")
    return [p], eml, E("needs_review", "Nothing is committed; every value in the message is in our own quoted "
                       "request.")


@case("conveyor-vague-malay", "needs_review/ms-MY",
      "Malay reply with a vague 'end of December or early January, depends on our supplier' and 'price may rise'.")
def c_conv_my():
    s = S("TALIGET", "Tali Sawat Getah Sdn. Bhd.", "jualan@talisawat.example", "ms-MY")
    p = PO("4500071163", s, "USD", [
        ("CB-RUB-500-EP", "Rubber conveyor belt EP250/2, 500 mm, 4+2 mm", 200, "M", "14.60", "2026-12-18"),
        ("CB-CLEAT-50", "Rubber cleat 50 mm, T-profile", 100, "M", "3.10", "2026-12-18")])
    body = """Salam Cik Maren,

PO 4500071163 kami sudah terima, terima kasih.

Stok belting 500 mm mungkin sampai hujung bulan Disember atau awal Januari, bergantung pada pembekal kami. Harga mungkin naik sedikit sebab harga getah tinggi. Akan update nanti bila dapat tarikh yang pasti.

Terima kasih,
Nurul Aisyah binti Hassan
Tali Sawat Getah Sdn. Bhd.
Lot 1123, Kawasan Perindustrian Bukit Raja, 41050 Klang, Selangor
Tel: +60 3 3343 8821
"""
    eml = reply([p], date="2026-11-16 11:47 +0800", body=body, name="Nurul Aisyah", client="outlook", lang="ms-MY")
    return [p], eml, E("needs_review", "Vague: 'maybe end of December or early January', 'price may rise a bit', "
                       "will update later - no commitment.")


@case("glands-surcharge-condition-gb", "needs_review/en-GB",
      "Supplier will confirm only if we accept an 8 % surcharge on one line; acceptance still pending.")
def c_glands_gb():
    s = S("BRITGLD", "Britannia Cable Glands Ltd", "sales@britglands.example", "en-GB")
    p = PO("4500071164", s, "GBP", [
        ("CG-A2-M20-BR", "A2 cable gland M20, brass, 6.1-11.7 mm", 400, "PCS", "2.35", "2026-12-11"),
        ("CG-CW-M25-BR", "CW armoured gland M25, brass", 150, "PCS", "6.80", "2026-12-11")], buyer=1)
    body = """Dear Jonas,

Thank you for PO 4500071164. Line 1 we can do as ordered. On line 2 we would need to apply an 8% brass surcharge (i.e. £7.34 each) - can you confirm you accept this? Once we have your OK we will send our formal acknowledgement for the whole order with dates.

Kind regards,
Owen Pritchard
Britannia Cable Glands Ltd
Units 5-7 Forge Way, Cradley Heath B64 6AB
Tel: 01384 566 210
"""
    eml = reply([p], date="2026-11-12 15:11 +0000", body=body, name="Owen Pritchard", client="outlook",
                lang="en-GB")
    return [p], eml, E("needs_review", "Conditional: the surcharge on line 2 needs our acceptance and the formal "
                       "acknowledgement of the whole order is still to come.")


@case("brass-ooo-shift-jis", "auto_reply/ja-JP",
      "Japanese out-of-office in Shift_JIS with holiday dates and weekday markers.")
def c_ooo_jp():
    s = S("SAKURAB", "Sakura Brass Instruments K.K.", "order@sakurabrass.example", "ja-JP")
    p = PO("4500071165", s, "JPY", [
        ("EUPH-4V-COMP", "Euphonium 4 valves, compensating, 2027 model", 3, "EA", "412000", "2027-01-15"),
        ("MPC-EUPH-6.5", "Euphonium mouthpiece 6 1/2 AL", 6, "EA", "9800", "2027-01-15")], buyer=2)
    body = """【自動返信】

お問い合わせありがとうございます。
誠に恐れ入りますが、11月20日（金）から11月29日（日）まで休暇をいただいております。
11月30日（月）より順次対応させていただきます。

お急ぎの場合は営業部（sales@sakurabrass.example／03-5821-4410）までご連絡ください。

さくら管楽器株式会社　佐藤 美咲
"""
    eml = reply([p], date="2026-11-20 08:00 +0900", body=body, name="佐藤 美咲", frm="m.sato@sakurabrass.example",
                subj="【自動返信】" + req_subject(p), cs="shift_jis", cte="base64", client="outlook", quote="none",
                html=False, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, E("auto_reply", "Shift_JIS out-of-office; 11月20日-29日 are holiday dates, not deliveries.")


@case("shared-inbox-receipt-us", "auto_reply/en-US",
      "Customer-service shared inbox receipt with a reference number and a response time.")
def c_receipt_us():
    s = S("SUMMITH", "Summit Hydraulics Inc.", "orders@summithydraulics.example", "en-US")
    p = PO("4500071166", s, "USD", [
        ("HC-TEL-3ST-36", "Telescopic cylinder 3-stage, 36 in stroke", 4, "EA", "1180.00", "2027-01-08")], buyer=2)
    body = """Thank you for contacting Summit Hydraulics Customer Service.

This is an automated confirmation that we have received your email at orders@summithydraulics.example. A representative will respond within 24-48 business hours (Mon-Fri, 7:00 AM - 5:00 PM CT).

Your reference number is CS-20261119-0441. Please include it in any further correspondence.

Summit Hydraulics Inc. | 1500 Summit Blvd, Tulsa, OK 74107 | (918) 555-0123
"""
    eml = reply([p], date="2026-11-19 06:41 -0600", body=body, name="Summit Hydraulics Customer Service",
                subj="We received your message [CS-20261119-0441] RE: " + req_subject(p), client="web", quote="none",
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")])
    return [p], eml, E("auto_reply", "Automated receipt from a shared inbox; no commitment, reference number only.")


@case("qmail-plain-text-bounce", "bounce/el-GR",
      "Plain-text qmail bounce (not multipart/report) with the original MIME request pasted below the line.")
def c_qmail():
    s = S("MARMGR", "Kavala Marble S.A.", "paraggelies@kavalamarble.example", "el-GR")
    p = PO("4500071167", s, "EUR", [
        ("MT-KAV-60x30", "Kavala white marble 60x30x2 cm, honed", 90, "M2", "52.00", "2027-01-15"),
        ("MT-MOS-30x30", "Marble mosaic 30x30 cm sheet, 2.3 cm chips", 200, "EA", "11.40", "2027-01-15")],
        issued="2026-11-09")
    orig = request_message(p).decode("ascii")
    text = ("Hi. This is the qmail-send program at mail.buyer.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<paraggelies@kavalamarble.example>:\n"
            "203.0.113.41 does not like recipient.\n"
            "Remote host said: 552 5.2.2 <paraggelies@kavalamarble.example>: Mailbox full\n"
            "Giving up on 203.0.113.41.\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig)
    hdrs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.buyer.example"),
            ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
            ("Subject", "failure notice"), ("Date", rfcdate("2026-11-09 10:14 +0100")),
            ("Message-ID", f"<{hx('qm', p['po_number'], n=14)}.qmail@mail.buyer.example>")]
    eml = crlf(message(hdrs, textpart(text, "us-ascii", "7bit"), mime=True))
    return [p], eml, E("bounce", "qmail 'failure notice' in plain text; the pasted original request contains the "
                       "full PO table with quantities, prices and dates.")


@case("dsn-4-4-7-expired", "bounce/et-EE",
      "Postfix delay-expired DSN (Status 4.4.7, Action failed) after five days of retries; 4.x.x status but final.")
def c_447():
    s = S("RIIULID", "Riiulid OÜ", "tellimus@riiulid.example", "et-EE")
    p = PO("4500071168", s, "EUR", [
        ("SH-MET-900", "Metal shelving 900x400x1800 mm, 5 shelves", 30, "SET", "74.00", "2026-12-16"),
        ("SH-BIN-3", "Plastic bin size 3, 234x148x128 mm", 240, "EA", "1.85", "2026-12-16")], issued="2026-11-04")
    human = """This is the mail system at host mx1.buyer.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

No, sorry: the message below has now expired.

Your message could not be delivered for more than 5 day(s).
It will be deleted from the mail queue.

                   The mail system

<tellimus@riiulid.example>: connect to mx.riiulid.example[192.0.2.77]:25:
    Connection timed out
"""
    human = human.replace("""####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

No, sorry: the message below has now expired.

""", "")
    eml = dsn(p, date="2026-11-09 10:15 +0100", mta="mx1.buyer.example", rcpt_status="4.4.7", action="failed",
              diag="delivery temporarily suspended: connect to mx.riiulid.example[192.0.2.77]:25: Connection timed out",
              human=human, bseed="postfix-ee", subject="Undelivered Mail Returned to Sender")
    return [p], eml, E("bounce", "Message expired after retries (4.4.7 with Action: failed); carries the original "
                       "request with the PO table.")


@case("italian-provider-bounce", "bounce/it-IT",
      "Italian-language provider DSN ('Messaggio non recapitato') with 5.1.1 and the request attached.")
def c_bounce_it():
    s = S("TELARTE", "Telarte S.n.c.", "ordini@telarte.example", "it-IT")
    p = PO("4500071169", s, "EUR", [
        ("AC-TEL-70x100", "Linen canvas 70x100 cm, 2 cm bar", 60, "EA", "19.80", "2026-12-18"),
        ("AC-TEL-ROT-2.1", "Cotton canvas roll 2.1 x 10 m", 5, "ROL", "132.00", "2026-12-18")], buyer=1,
        issued="2026-11-10")
    human = """Gentile utente,

il messaggio che hai inviato non è stato recapitato ad uno o più destinatari.

Destinatario: ordini@telarte.example
Motivo: 550 5.1.1 Indirizzo email inesistente (User unknown)

Il messaggio originale è allegato a questa notifica.

--
Sistema di posta
"""
    eml = dsn(p, date="2026-11-10 10:13 +0100", mta="smtp-out.buyer.example", rcpt_status="5.1.1", action="failed",
              diag="550 5.1.1 <ordini@telarte.example>: Recipient address rejected: User unknown",
              human=human, human_cs="iso-8859-1", frm="postmaster@smtp-out.buyer.example",
              fname="Sistema di posta", subject="Messaggio non recapitato: " + req_subject(p), bseed="it-dsn",
              remote_mta="mx01.telarte.example", mid_domain="smtp-out.buyer.example")
    return [p], eml, E("bounce", "Italian DSN text around a standard delivery-status part; original request with "
                       "the PO table attached as message/rfc822.")


@case("garden-newsletter-vietnamese", "unrelated/vi-VN",
      "Vietnamese HTML newsletter from the supplier with product prices and a promotion end date.")
def c_news_vn():
    s = S("VIETDECO", "Viet Garden Deco JSC", "sales@vietgardendeco.example", "vi-VN")
    p = PO("4500071170", s, "USD", [
        ("GD-LANT-BMB", "Bamboo lantern 40 cm, 2027 range", 150, "EA", "6.20", "2027-01-08")])
    body = """Bản tin tháng 11/2026 - Viet Garden Deco

Sản phẩm mới mùa Xuân 2027:
| Mã | Sản phẩm | Giá FOB |
| GD-LANT-BMB | Đèn lồng tre 40 cm | 6,20 USD |
| GD-POT-TERR-30 | Chậu đất nung 30 cm | 3,90 USD |
| GD-STAT-BUDDHA | Tượng đá 45 cm | 28,00 USD |

Khuyến mãi 15% cho đơn hàng mới đặt trước ngày 30/11/2026.

Viet Garden Deco JSC - KCN Sóng Thần, Bình Dương - +84 274 373 9900
Hủy đăng ký nhận tin: https://news.vietgardendeco.example/unsubscribe
"""
    eml = reply([p], date="2026-11-18 08:30 +0700", body=body, name="Viet Garden Deco",
                frm="newsletter@vietgardendeco.example", subj="Bản tin tháng 11/2026: Sản phẩm mới mùa Xuân 2027",
                client="web", quote="none", thread=False, html="only", html_cte="base64",
                extra=[("List-Unsubscribe", "<https://news.vietgardendeco.example/unsubscribe>"),
                       ("Precedence", "bulk")])
    return [p], eml, E("unrelated", "Newsletter; lists the ordered item code with its price but does not answer the "
                       "PO.")


@case("invoice-for-other-order-id", "unrelated/id-ID",
      "Indonesian invoice mail with a Flate PDF for a different PO number than the one in pos.json.")
def c_inv_id():
    s = S("TEHNUSA", "PT Teh Nusantara Herbal", "sales@tehnusantara.example", "id-ID")
    p = PO("4500071171", s, "USD", [
        ("HT-JAHE-20", "Ginger herbal tea, 20 bags x 2 g", 600, "BOX", "1.85", "2026-12-18"),
        ("HT-SEREH-100", "Lemongrass loose tea, 100 g", 300, "EA", "2.40", "2026-12-18")], buyer=2)
    doc = pdf(["#PT TEH NUSANTARA HERBAL", "Jl. Raya Puncak Km 87, Bogor 16750, Indonesia", "",
               "#INVOICE INV/2026/11/0387", "Date: 16/11/2026     Your PO: 4500069902     Due: 16/12/2026", "",
               "No  Item            Description                   Qty    Price USD   Amount USD",
               "1   HT-JAHE-20      Ginger tea 20 x 2 g            400        1.85       740.00",
               "2   HT-KUNYIT-20    Turmeric tea 20 x 2 g          250        1.95       487.50",
               "", "Total USD 1,227.50", "Bank: Bank Mandiri, Bogor - SWIFT BMRIIDJA"], flate=True,
              title="INV/2026/11/0387", author="Accurate Online", date="20261116141000+07'00'")
    body = """Dengan hormat Ibu Priya,

Terlampir invoice INV/2026/11/0387 untuk PO 4500069902 (pengiriman tanggal 10/11/2026). Mohon pembayaran paling lambat 16/12/2026.

Terima kasih atas kerja samanya.

Salam,
Dewi Lestari
Finance - PT Teh Nusantara Herbal
Telp. +62 251 825 4410
"""
    eml = reply([p], date="2026-11-16 14:12 +0700", body=body, name="Dewi Lestari", frm="finance@tehnusantara.example",
                subj="Invoice INV/2026/11/0387 - PO 4500069902", client="gmail", quote="none", thread=False,
                atts=[(doc, "application/pdf", "INV-2026-11-0387.pdf")])
    return [p], eml, E("unrelated", "Invoice for PO 4500069902, an earlier order not in pos.json, although it lists "
                       "the same item code HT-JAHE-20.")


@case("price-list-2027-xlsx-kr", "unrelated/ko-KR",
      "Korean mail sending the 2027 price list as XLSX, including the item codes of the open PO with new prices.")
def c_pricelist_kr():
    s = S("KTONER", "Korea Toner Tech Co., Ltd.", "export@ktonertech.example", "ko-KR")
    p = PO("4500071172", s, "USD", [
        ("TN-PWD-MLT", "Mono toner powder 1 kg, MLT-D series", 100, "KG", "21.50", "2026-12-18"),
        ("TN-CHIP-MLT", "Chip for MLT-D111S", 400, "EA", "0.95", "2026-12-18")])
    x = xlsx([["Korea Toner Tech 2027 Price List (USD, FOB Incheon)", None, None],
              ["Valid from 2027-01-01", None, None], [],
              ["Item", "Description", "Price USD"],
              ["TN-PWD-MLT", "Mono toner powder 1 kg", 22.8],
              ["TN-CHIP-MLT", "Chip MLT-D111S", 0.99],
              ["TN-PWD-CLT", "Colour toner powder 1 kg", 34.5]], sheet="2027")
    body = """안녕하세요,

2027년 가격표를 첨부와 같이 송부드립니다. 2027년 1월 1일 주문분부터 적용됩니다.

감사합니다.
이서연 / 해외영업
Korea Toner Tech Co., Ltd. | +82 32 811 4420
"""
    eml = reply([p], date="2026-11-24 10:00 +0900", body=body, name="이서연",
                subj="[Korea Toner Tech] 2027년 가격표 송부", cs="utf-8", client="outlook", quote="none",
                thread=False, lang="ko-KR",
                atts=[(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PriceList_2027.xlsx")])
    return [p], eml, E("unrelated", "General 2027 price list valid for new orders; it contains the PO's item codes "
                       "with new prices but does not answer PO 4500071172.")


@case("delivery-note-other-order-ch", "unrelated/de-CH",
      "Swiss delivery note (Lieferschein) for an earlier order, with quantities and a delivery date.")
def c_ls_ch():
    s = S("ALPKULT", "Alpkultur AG", "bestellung@alpkultur.example", "de-CH")
    p = PO("4500071173", s, "CHF", [
        ("DC-RACL-20U", "Raclette culture, 20U", 150, "EA", "16.80", "2026-12-09"),
        ("DC-PROP-5D", "Propionibacteria culture, 5 doses", 60, "EA", "12.40", "2026-12-09")])
    doc = pdf(["#Alpkultur AG", "Käsereistrasse 4, 3550 Langnau i.E.", "", "#LIEFERSCHEIN 80012245",
               "Ihre Bestellung: 4500069310 vom 12.10.2026     Lieferdatum: 20.11.2026", "",
               "Pos  Artikel        Bezeichnung                  Menge",
               "10   DC-RACL-20U    Raclettekultur 20U              100 Stk",
               "20   DC-EMM-10U     Emmentalerkultur 10U             40 Stk",
               "", "Kühlkette 2-8 C einhalten."], title="Lieferschein 80012245", author="Abacus",
              date="20261120070000+01'00'")
    body = """Guten Tag

Im Anhang erhalten Sie den Lieferschein 80012245 zu Ihrer Bestellung 4500069310. Die Ware wurde heute per Kühltransport versandt.

Freundliche Grüsse
Alpkultur AG, Versand
"""
    eml = reply([p], date="2026-11-20 07:05 +0100", body=body, name="Alpkultur Versand",
                frm="versand@alpkultur.example", subj="Lieferschein 80012245 / Ihre Bestellung 4500069310",
                cs="iso-8859-1", client="erp", quote="none", html=False, thread=False,
                atts=[(doc, "application/pdf", "LS_80012245.pdf")])
    return [p], eml, E("unrelated", "Delivery note for another order (4500069310); the shared item code and dates "
                       "do not confirm PO 4500071173.")
