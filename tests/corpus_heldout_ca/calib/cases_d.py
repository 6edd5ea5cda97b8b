"""Cases 054-070."""
from . import mime, pdf, xlsx
from .common import (L, REJ, UNC, acc, allacc, case, chgp, conf, esc, exp_conf, exp_other, html_doc, outlook_header,
                     outlook_loc, po, request_html, request_subject, request_text, rfc_date, rid, sup, text_to_html)
from .reply import hx, reply, request_message, boundary_for


def C(pos, eml, expected):
    return {"pos": pos, "eml": eml, "expected": expected}


@case("ukulele-strings-big5-reduced-qty", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply mixing English and Chinese: line 1 as ordered (1,000 組), line 2 only 400 sets with the remaining 100 cancelled.")
def c054():
    s = sup("XIANYIN", "弦音樂器股份有限公司", "sales@xianyin-strings.example", "zh-TW")
    p = po("4500081254", s, "rs", "USD", "2026-11-23", [
        L("UKT-SOP-FC", "Soprano ukulele strings, fluorocarbon, GCEA", 1000, "SET", "1.95", "2026-12-15"),
        L("UKT-TEN-LG", "Tenor low-G set, wound 4th .035", 500, "SET", "2.40", "2026-12-15"),
    ])
    body = "\n".join([
        "Dear Rafael 您好，", "",
        "感謝您的訂單。PO 4500081254 確認如下：", "",
        "第1項 UKT-SOP-FC：1,000 組，單價 USD 1.95，依訂單。",
        "第2項 UKT-TEN-LG（低音G弦）：目前只能出 400 組，剩下 100 組取消，單價 USD 2.40 不變。", "",
        "交貨日期：2026/12/15（兩項相同）。", "",
        "Best regards,",
        "陳怡君 Yi-Chun Chen",
        "弦音樂器股份有限公司 業務部",
        "台中市大雅區中清路三段 188 號",
        "Tel: +886 4 2555 6180",
    ]) + "\n"
    attrib = "Rafael Soto <rafael.soto@calder-finch.example> 於 2026年11月23日 週一 下午4:14寫道："
    eml = reply(p, "c054", "gmail", ("陳怡君", "yc.chen@xianyin-strings.example"),
                rfc_date(2026, 11, 26, 9, 47, 30, "+0800"), body, attrib=attrib, cs="big5", cte="base64",
                html=None, subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, q=400)})],
                 "Big5 reply; line 2 reduced to 400 of 500 (remaining 100 cancelled); 2026/12/15 = requested.")
    return C([p], eml, e)


@case("orchid-bark-ndr-mailbox-full-co", "bounce/es-CO",
      "English Exchange NDR (552 5.2.2 mailbox full) for a Colombian supplier, with text+HTML explanation, delivery-status and the original request with its PO table.")
def c055():
    s = sup("SUSTORQ", "Sustratos Orquídea Colombia S.A.S.", "pedidos@sustratosorquidea.example", "es-CO")
    p = po("4500081255", s, "ab", "USD", "2026-11-24", [
        L("SOC-BARK-1525", "Pine bark 15-25 mm, orchid grade, 50 L", 200, "EA", "7.80", "2026-12-18"),
        L("SOC-COCO-38", "Coco chips 3/8 in, buffered, 50 L", 150, "EA", "8.60", "2026-12-18"),
    ])
    orig = request_message(p, rfc_date(2026, 11, 24, 9, 14, 0, "+0100"))
    txt = "\n".join([
        "Delivery has failed to these recipients or groups:", "",
        "pedidos@sustratosorquidea.example", "",
        "The recipient's mailbox is full and can't accept messages now. Please try resending your message later,",
        "or contact the recipient directly.", "",
        "Diagnostic information for administrators:", "",
        "Generating server: DB9PR10MB5321.EURPRD10.PROD.OUTLOOK.COM", "",
        "pedidos@sustratosorquidea.example",
        "Remote Server returned '552 5.2.2 Mailbox full; quota exceeded (2048000/2048000 KB)'", "",
        "Original message headers:", "",
        "From: Aylin Bakker <aylin.bakker@calder-finch.example>",
        "To: " + mime.addr(s["name"], s["email"]),
        "Subject: " + request_subject(p),
        "Date: " + rfc_date(2026, 11, 24, 9, 14, 0, "+0100"),
        "Message-ID: " + rid(p),
    ]) + "\n"
    hb = html_doc('<div style="font-family:Segoe UI,Arial"><p><b>Your message to pedidos@sustratosorquidea.example couldn\'t be delivered.</b></p>'
                  "<p>The recipient's mailbox is full.</p><p><b>How to Fix It</b><br>Try resending the message later.</p>"
                  '<p style="font-size:9pt">Generating server: DB9PR10MB5321.EURPRD10.PROD.OUTLOOK.COM<br>'
                  "Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'</p></div>")
    alt = mime.alt(mime.text(txt, cs="us-ascii", cte="7bit"), mime.html(hb, "utf-8", "quoted-printable"),
                   "_002_" + hx("c055", 30).upper() + "_")
    ds = ("Reporting-MTA: dns;DB9PR10MB5321.EURPRD10.PROD.OUTLOOK.COM\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;pedidos@sustratosorquidea.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded (2048000/2048000 KB)\n"
          "Remote-MTA: dns;mx.sustratosorquidea.example\n") % rfc_date(2026, 11, 24, 8, 14, 2, "+0000")
    rep = mime.multi("report", [alt, mime.Part([("Content-Type", "message/delivery-status")], ds.encode()),
                                mime.Part([("Content-Type", "message/rfc822")], orig)],
                     "_001_" + hx("c055", 30).upper() + "_", ' report-type=delivery-status;')
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calder-finch.example>"),
         ("To", mime.addr("Aylin Bakker", "aylin.bakker@calder-finch.example")),
         ("Date", rfc_date(2026, 11, 24, 8, 14, 40, "+0000")), ("Content-Language", "en-US"),
         ("Message-ID", "<%s@DB9PR10MB5321.EURPRD10.PROD.OUTLOOK.COM>" % hx("c055", 32, "ndr")),
         ("In-Reply-To", rid(p)), ("References", rid(p)),
         ("Subject", "Undeliverable: " + request_subject(p)), ("Auto-Submitted", "auto-replied")]
    eml = mime.message(h, rep)
    return C([p], eml, exp_other("bounce", "Exchange NDR (mailbox full) carrying the original request; the supplier never saw the PO."))


@case("orchid-media-buddhist-year-th", "confirmation/th-TH",
      "Thai TIS-620 reply giving delivery as '18 ธันวาคม 2569' in the Buddhist Era (= 18 December 2026) for both lines.")
def c056():
    s = sup("SIAMORC", "บริษัท กล้วยไม้สยาม จำกัด", "sales@siamorchidsupply.example", "th-TH")
    p = po("4500081256", s, "rs", "USD", "2026-11-23", [
        L("OBT-COCO-12", "Coconut husk chips 1/2 in, washed, 50 L", 150, "EA", "5.40", "2026-12-11"),
        L("OBT-POT-4", "Clay orchid pot 4 in, slotted", 600, "EA", "0.62", "2026-12-11"),
    ])
    body = "\n".join([
        "เรียน คุณราฟาเอล", "",
        "ขอบคุณสำหรับใบสั่งซื้อ บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500081256 ครบทุกรายการ",
        "จำนวนและราคาตามใบสั่งซื้อ กำหนดส่งสินค้าวันที่ 18 ธันวาคม 2569 ทั้งสองรายการ", "",
        "ขอแสดงความนับถือ",
        "สมศรี ใจดี (Somsri Jaidee)",
        "ฝ่ายขาย บริษัท กล้วยไม้สยาม จำกัด",
        "99/9 หมู่ 4 ต.บางกระทึก อ.สามพราน จ.นครปฐม 73210",
        "โทร. +66 34 555 218",
    ]) + "\n"
    attrib = "On 23 Nov 2026, at 15:14, Rafael Soto <rafael.soto@calder-finch.example> wrote:"
    eml = reply(p, "c056", "apple", ("Somsri Jaidee", "somsri@siamorchidsupply.example"),
                rfc_date(2026, 11, 26, 13, 40, 22, "+0700"), body, html=None, attrib=attrib, cs="tis-620",
                cte="8bit", subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "Buddhist Era year 2569 = 2026 (minus 543); delivery 18 December 2026 for both lines.")
    return C([p], eml, e)


@case("ukulele-strings-body-vs-pdf-conflict-si", "needs_review/sl-SI",
      "Slovenian reply saying 'dobava 18. 12. 2026' while the attached PDF order confirmation says delivery 08.01.2027 for the same lines: contradictory.")
def c057():
    s = sup("STRUNE", "Strune Bled d.o.o.", "narocila@strune-bled.example", "sl-SI")
    p = po("4500081257", s, "jv", "EUR", "2026-11-19", [
        L("UKS-CON-NY", "Concert ukulele strings, nylgut, 24/28 gauge", 400, "SET", "2.90", "2026-12-16"),
        L("UKS-PEG-4", "Friction tuning pegs, set of 4", 120, "SET", "5.60", "2026-12-16"),
    ])
    lines = ["#H POTRDITEV NAROCILA / ORDER CONFIRMATION",
             "Strune Bled d.o.o., Seliska cesta 12, 4260 Bled, Slovenija   ID za DDV: SI55123478", "",
             "St. potrditve: PN-2026-0918      Datum: 24.11.2026",
             "Kupec: Calder & Finch Trading B.V., Rotterdam      Vase narocilo: 4500081257", "",
             "#B Poz.  Sifra        Opis                                  Kolicina  EM   Cena EUR   Rok dobave",
             "1     UKS-CON-NY   Concert ukulele strings nylgut        400       SET  2,90       08.01.2027",
             "2     UKS-PEG-4    Friction tuning pegs, set of 4        120       SET  5,60       08.01.2027", "",
             "Skupaj brez DDV: 1.832,00 EUR", "Placilni pogoji: 30 dni"]
    data = pdf.build([lines], title="Potrditev narocila PN-2026-0918", author="Strune Bled",
                     creation="D:20261124081000+01'00'", compress=False, producer="Pantheon PDF")
    body = "\n".join([
        "Pozdravljeni,", "",
        "potrjujemo naročilo št. 4500081257 v celoti, dobava 18. 12. 2026.",
        "V prilogi pošiljamo potrditev naročila.", "",
        "Lep pozdrav,",
        "Nina Kranjc",
        "Strune Bled d.o.o. | Seliška cesta 12, 4260 Bled",
        "tel. +386 4 555 32 18",
    ]) + "\n"
    attrib = "Dne 19. 11. 2026 ob 09:14 je Joost van Dam napisal(a):"
    eml = reply(p, "c057", "tb", ("Nina Kranjc", "nina.kranjc@strune-bled.example"),
                rfc_date(2026, 11, 24, 8, 22, 10, "+0100"), body, html=None, attrib=attrib,
                subject="Re: " + request_subject(p), attachments=[mime.attach(data, "application/pdf", "PN-2026-0918.pdf")])
    return C([p], eml, exp_other("needs_review", "Body says delivery 18.12.2026, the attached PDF says 08.01.2027 for both lines: contradictory, a human must ask."))


@case("tofu-press-split-units-id", "confirmation/id-ID",
      "Indonesian Gmail reply splitting a 2-unit line into one unit in December and one in January ('1 unit lagi'), the other line as ordered.")
def c058():
    s = sup("MESINTAHU", "PT Mesin Tahu Sejahtera", "penjualan@mesintahu.example", "id-ID")
    p = po("4500081258", s, "rs", "USD", "2026-11-24", [
        L("TPI-HYD-50", "Hydraulic tofu press 50 t, 4 moulds", 2, "EA", "4380.00", "2026-12-18"),
        L("TPI-MLD-40", "Stainless tofu mould 40x40x8 cm", 40, "EA", "62.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Selamat siang Bapak Rafael,", "",
        "Terima kasih atas PO-nya. Kami konfirmasi PO 4500081258 sebagai berikut:", "",
        "Item 1 - Mesin press tahu hidrolik 50 ton: 1 unit dikirim tgl 18 Desember 2026, 1 unit lagi tgl 15 Januari 2027.",
        "         Harga tetap USD 4.380,00 per unit.",
        "Item 2 - Cetakan tahu stainless 40x40x8: 40 pcs sesuai PO, dikirim tgl 18 Desember 2026.", "",
        "Salam,",
        "Dewi Lestari",
        "PT Mesin Tahu Sejahtera",
        "Jl. Raya Industri No. 27, Cikarang, Bekasi 17530",
        "Telp. +62 21 5555 8014",
    ]) + "\n"
    attrib = "Pada tanggal Sel, 24 Nov 2026 pukul 15.14 Rafael Soto <rafael.soto@calder-finch.example> menulis:"
    eml = reply(p, "c058", "gmail", ("Dewi Lestari", "dewi.lestari@mesintahu.example"),
                rfc_date(2026, 11, 27, 13, 10, 55, "+0700"), body, attrib=attrib)
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2027-01-15", schedule=[(1, "2026-12-18"), (1, "2027-01-15")]), 2: acc(p, 2)})],
                 "Line 1 split 1 + 1 unit, last on 2027-01-15; 'USD 4.380,00' uses Indonesian separators and equals the PO price.")
    return C([p], eml, e)


@case("fender-chains-answers-second-po-nz", "confirmation/en-NZ",
      "Kiwi reply threaded on the second of two open POs: shackles confirmed ('delivery 22/12'), swivels declined; the first PO is not mentioned.")
def c059():
    s = sup("KIWICHAIN", "Kiwi Marine Chain Ltd", "sales@kiwimarinechain.example", "en-NZ")
    a = po("4500081259", s, "mk", "NZD", "2026-11-17", [
        L("KMC-20-G3", "Fender chain 20 mm G3, 12 m length", 10, "EA", "1260.00", "2026-12-18"),
    ])
    b = po("4500081291", s, "mk", "NZD", "2026-11-24", [
        L("KMC-SH-20", "Bow shackle 20 mm, 3.25 t WLL", 40, "EA", "38.60", "2026-12-22"),
        L("KMC-SW-20", "Swivel 20 mm, galvanised", 10, "EA", "72.00", "2026-12-22"),
    ])
    body = "\n".join([
        "Kia ora Morag,", "",
        "Re PO 4500081291 - shackles are sweet: 40 @ $38.60, delivery 22/12.",
        "Swivels: we're out of 20 mm galv and the factory won't make another batch before March, so we can't",
        "supply these ones, sorry.", "",
        "Cheers,",
        "Hemi Walker",
        "Kiwi Marine Chain Ltd | 18 Port Road, Seaview, Lower Hutt 5010",
        "P: +64 4 555 0193",
    ]) + "\n"
    attrib = "On 24/11/2026, at 9:14 PM, Morag Keane <morag.keane@calder-finch.example> wrote:"
    eml = reply(b, "c059", "iphone", ("Hemi Walker", "hemi@kiwimarinechain.example"),
                rfc_date(2026, 11, 27, 10, 5, 12, "+1300"), body, html=None, quote="apple", attrib=attrib,
                subject="Re: " + request_subject(b))
    e = exp_conf([conf(b, {1: acc(b, 1), 2: REJ})],
                 "Two POs in pos.json; only 4500081291 is answered (line 1 as ordered, line 2 declined); 4500081259 is not mentioned and left out.")
    return C([a, b], eml, e)


@case("sharps-bins-moq-question-dk", "needs_review/da-DK",
      "Danish reply pointing out a minimum order of 500 and asking whether to ship 500 instead of 300: a question, no commitment.")
def c060():
    s = sup("SIKKERAF", "Sikker Affald ApS", "salg@sikkeraffald.example", "da-DK")
    p = po("4500081260", s, "ab", "DKK", "2026-11-20", [
        L("SKA-3L", "Sharps container 3 L, red lid, 2027 UN spec", 300, "EA", "14.50", "2026-12-17"),
    ])
    body = "\n".join([
        "Hej Aylin,", "",
        "Tak for ordren 4500081260.", "",
        "Vores minimumsordre på 3-liters beholderen er 500 stk. Skal vi sende 500 stk. i stedet for 300?",
        "Prisen ville så være 14,50 kr. pr. stk. som bestilt, og vi kan levere torsdag den 17.12.", "",
        "Venlig hilsen",
        "Mette Sørensen",
        "Sikker Affald ApS | Industrivej 22, 7100 Vejle",
        "Tlf. +45 75 55 31 20",
    ]) + "\n"
    attrib = "Den 20. nov. 2026 kl. 09.14 skrev Aylin Bakker <aylin.bakker@calder-finch.example>:"
    eml = reply(p, "c060", "apple", ("Mette Sørensen", "mette@sikkeraffald.example"),
                rfc_date(2026, 11, 23, 9, 40, 2, "+0100"), body, attrib=attrib, cs="iso-8859-1",
                subject="Sv: " + request_subject(p))
    return C([p], eml, exp_other("needs_review", "The supplier asks whether to raise the quantity to its MOQ of 500; price and date are offered only under that proposal."))


@case("dialysis-three-pos-two-answered-sg", "confirmation/en-SG",
      "Singapore Outlook reply with an HTML table answering two of three open POs (date change, reduced quantity), while the third is 'to be confirmed separately'.")
def c061():
    s = sup("LIONMED", "Lion City Medical Supplies Pte Ltd", "orders@lioncitymed.example", "en-SG")
    a = po("4500081261", s, "jv", "SGD", "2026-11-19", [
        L("LCM-BL-ADU", "Bloodline set adult, 8 mm pump segment", 1500, "EA", "4.10", "2026-12-14"),
    ])
    b = po("4500081292", s, "jv", "SGD", "2026-11-23", [
        L("LCM-SAL-1L", "Saline priming line 1 L, spike connector", 800, "EA", "1.35", "2026-12-18"),
        L("LCM-CAP-L", "Luer lock cap, sterile (box of 100)", 30, "BOX", "6.90", "2026-12-18"),
    ])
    c = po("4500081293", s, "jv", "SGD", "2026-11-24", [
        L("LCM-GLV-M", "Nitrile examination gloves M, box of 100", 200, "BOX", "4.20", "2026-12-21"),
    ])
    rows = [("4500081261", "1", "LCM-BL-ADU", "1,500 pcs", "4.10", "16 Dec 2026"),
            ("4500081292", "1", "LCM-SAL-1L", "800 pcs", "1.35", "18 Dec 2026"),
            ("4500081292", "2", "LCM-CAP-L", "25 boxes (balance 5 boxes cancelled)", "6.90", "18 Dec 2026")]
    txt = "\n".join([
        "Hi Joost,", "",
        "Please see our confirmation for your POs below:", "",
        "PO No.      Line  Item         Qty confirmed                         Unit price (SGD)  Delivery",
    ] + ["%-11s %-5s %-12s %-37s %-17s %s" % r for r in rows] + [
        "",
        "PO 4500081293 (gloves) will be confirmed separately once our stock allocation is out.", "",
        "Thanks & regards,",
        "Tan Wei Ling",
        "Customer Service Executive",
        "Lion City Medical Supplies Pte Ltd | 10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564",
        "DID: +65 6555 2190", "",
        "CONFIDENTIALITY: This email and any attachments are confidential and may be privileged.",
    ]) + "\n"
    th = "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % esc(x) for x in
                 ("PO No.", "Line", "Item", "Qty confirmed", "Unit price (SGD)", "Delivery"))
    tr = "".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #999;padding:2px 6px\">%s</td>" % esc(x) for x in r) for r in rows)
    hb = ('<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Hi Joost,</p><p>Please see our confirmation for your POs below:</p>'
          '<table style="border-collapse:collapse"><tr style="background:#dce6f1;font-weight:bold">%s</tr>%s</table>'
          "<p>PO 4500081293 (gloves) will be confirmed separately once our stock allocation is out.</p>"
          "<p>Thanks &amp; regards,<br>Tan Wei Ling<br>Customer Service Executive<br>Lion City Medical Supplies Pte Ltd | 10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564<br>DID: +65 6555 2190</p>"
          '<p style="font-size:8pt;color:#777">CONFIDENTIALITY: This email and any attachments are confidential and may be privileged.</p></div>') % (th, tr)
    hd = outlook_header(b)
    hb += ('<hr><div><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</div>%s'
           % (esc(hd[1][6:]), esc(hd[2][6:]), esc(hd[3][4:]), esc(hd[4][9:]), request_html(b)))
    eml = reply(b, "c061", "outlook", ("Tan Wei Ling", "weiling.tan@lioncitymed.example"), rfc_date(2026, 11, 30, 10, 22, 47, "+0800"),
                txt, html_body=html_doc(hb), subject="RE: " + request_subject(b), lang_hdr="en-SG")
    e = exp_conf([conf(a, {1: chgp(a, 1, date="2026-12-16")}), conf(b, {1: acc(b, 1), 2: chgp(b, 2, q=25)})],
                 "Three POs; two answered in one table (4500081261 date 16 Dec, 4500081292 line 2 reduced to 25 boxes); 4500081293 only mentioned and left out.")
    return C([a, b, c], eml, e)


@case("sharps-bins-erp-pdf-flate-ie", "confirmation/en-IE",
      "Unthreaded ERP mail ('do not reply') whose Flate-compressed PDF is the only confirmation: two lines as ordered, one with a later day-first delivery date.")
def c062():
    s = sup("EMERALD", "Emerald Clinical Waste Products Ltd", "orders@emeraldcwp.example", "en-IE")
    p = po("4500081262", s, "mk", "EUR", "2026-11-24", [
        L("ESB-2L", "Sharps container 2 L, temporary closure", 500, "EA", "1.48", "2026-12-11"),
        L("ESB-11L", "Sharps container 11.5 L, 2027 UN spec", 200, "EA", "3.95", "2026-12-11"),
        L("ESB-22L", "Sharps container 22 L, with handle", 100, "EA", "6.10", "2026-12-11"),
    ])
    lines = ["#H SALES ORDER CONFIRMATION",
             "Emerald Clinical Waste Products Ltd, Unit 5 Ballycoolin Business Park, Dublin 15, D15 X2K7, Ireland",
             "VAT IE 6388047V   Tel +353 1 555 8120", "",
             "Sales order: SO-118842          Order date: 25/11/2026",
             "Sold to: Calder & Finch Trading B.V., Waalhaven Z.z. 42, 3089 JH Rotterdam",
             "Customer PO: 4500081262         Incoterms: DAP Rotterdam", "",
             "#B Line  Item      Description                              Qty    UoM  Price EUR   Net EUR    Delivery",
             "1     ESB-2L    Sharps container 2 L, temp. closure      500    EA   1.48        740.00   11/12/2026",
             "2     ESB-11L   Sharps container 11.5 L                  200    EA   3.95        790.00   11/12/2026",
             "3     ESB-22L   Sharps container 22 L, handle            100    EA   6.10        610.00   18/12/2026", "",
             "#B Net total EUR 2,140.00   VAT 0% (intra-EU reverse charge)   Total EUR 2,140.00",
             "Delivery dates are confirmed dates of arrival at the delivery address.",
             "Subject to our standard terms and conditions of sale."]
    data = pdf.build([lines], title="Sales Order Confirmation SO-118842", author="Emerald CWP",
                     creation="D:20261125063012Z", compress=True, producer="Microsoft Dynamics 365 Business Central")
    body = "\n".join([
        "Dear Customer,", "",
        "Please find attached our sales order confirmation SO-118842 for your purchase order 4500081262.", "",
        "This is an automatically generated email. Please do not reply to this address; for queries contact",
        "orders@emeraldcwp.example or +353 1 555 8120.", "",
        "Emerald Clinical Waste Products Ltd",
    ]) + "\n"
    part = mime.mixed([mime.text(body, cs="us-ascii", cte="7bit"),
                       mime.attach(data, "application/pdf", "SO-118842.pdf")], "=_bc365_%s" % hx("c062", 24))
    h = [("From", mime.addr("Emerald CWP", "noreply-erp@emeraldcwp.example")),
         ("To", "morag.keane@calder-finch.example"),
         ("Subject", "Order Confirmation SO-118842 / Your PO 4500081262"),
         ("Date", rfc_date(2026, 11, 25, 6, 30, 14, "+0000")),
         ("Message-ID", "<%s@bc365.emeraldcwp.example>" % hx("c062", 32)),
         ("X-Mailer", "Microsoft Dynamics 365 Business Central")]
    eml = mime.message(h, part)
    e = exp_conf([conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chgp(p, 3, date="2026-12-18")})],
                 "ERP PDF acknowledgment (Flate stream) is a confirmation despite 'automatically generated'; 18/12/2026 day-first for line 3.")
    return C([p], eml, e)


@case("door-rollers-po-received-auto-ca", "auto_reply/en-CA",
      "Canadian ERP auto-acknowledgement 'purchase order received and entered for processing', with a formal confirmation promised within 2 business days: sounds like a confirmation but commits to nothing.")
def c063():
    s = sup("NORTHLIFT", "Northern Lift Parts Inc.", "orders@northernlift.example", "en-CA")
    p = po("4500081263", s, "tl", "CAD", "2026-11-25", [
        L("NLP-ROLL-60", "Elevator door roller 60 mm, 6201 bearing", 250, "EA", "11.25", "2026-12-18"),
        L("NLP-GIB-12", "Door gib 12 mm, UHMW", 400, "EA", "2.35", "2026-12-18"),
    ])
    body = "\n".join([
        "*** This is an automated message - please do not reply ***", "",
        "Thank you for your order.", "",
        "We have received your purchase order 4500081263 and it has been entered for processing",
        "(internal reference NLP-SO-77412). A formal order acknowledgement with confirmed prices and",
        "ship dates will be sent within 2 business days.", "",
        "Northern Lift Parts Inc. | 1180 Meyerside Dr, Mississauga, ON L5T 1R1 | 905-555-0168",
    ]) + "\n"
    h = [("From", mime.addr("Northern Lift Parts - Order Entry", "orders@northernlift.example")),
         ("To", mime.addr("Tobias Lind", "tobias.lind@calder-finch.example")),
         ("Subject", "PO 4500081263 received - NLP-SO-77412"),
         ("Date", rfc_date(2026, 11, 25, 8, 16, 2, "-0500")),
         ("Message-ID", "<nlp.so77412.%s@northernlift.example>" % hx("c063", 10)),
         ("In-Reply-To", rid(p)), ("References", rid(p)),
         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Epicor Kinetic Mailer")]
    eml = mime.message(h, mime.text(body, cs="us-ascii", cte="7bit"))
    return C([p], eml, exp_other("auto_reply", "Automatic order-entry receipt: no prices, quantities or dates committed; the real acknowledgement is promised later."))


@case("pond-liners-xlsx-only-us", "confirmation/en-US",
      "A two-line body ('see attached') with an XLSX whose month-first ship dates move two lines earlier, keep one and mark one 'BO - TBD' (unconfirmed).")
def c064():
    s = sup("KOICOUNTRY", "Koi Country Liners LLC", "orders@koicountryliners.example", "en-US")
    p = po("4500081264", s, "rs", "USD", "2026-11-20", [
        L("KCL-45-1020", "EPDM liner 45 mil, 10x20 ft", 30, "EA", "189.00", "2026-12-15"),
        L("KCL-45-2025", "EPDM liner 45 mil, 20x25 ft", 12, "EA", "468.00", "2026-12-15"),
        L("KCL-UL-8", "Underlayment 8 oz, 12x100 ft roll", 6, "ROL", "245.00", "2026-12-15"),
        L("KCL-TAPE-3", "Seam tape 3 in x 25 ft", 40, "EA", "18.50", "2026-12-15"),
    ])
    rows = [["Koi Country Liners LLC - Order Acknowledgment"], ["Customer PO", "4500081264"], ["Our SO", "KC-30917"], [],
            ["PO Line", "Item", "Description", "Qty Confirmed", "UOM", "Unit Price (USD)", "Ship Date"],
            [1, "KCL-45-1020", "EPDM 45 mil 10x20 ft", 30, "EA", 189.0, "12/08/2026"],
            [2, "KCL-45-2025", "EPDM 45 mil 20x25 ft", 12, "EA", 468.0, "12/08/2026"],
            [3, "KCL-UL-8", "Underlayment 8 oz 12x100 ft", 6, "ROL", 245.0, "12/15/2026"],
            [4, "KCL-TAPE-3", "Seam tape 3 in x 25 ft", 40, "EA", 18.5, "BO - TBD"], [],
            ["Ship dates are dates leaving our Tulsa, OK warehouse."]]
    data = xlsx.build([("Acknowledgment", rows)])
    body = "Hi Rafael,\n\nsee attached ack for your PO.\n\nThx,\nDave\n\nDave Kowalski | Koi Country Liners LLC | (918) 555-0127\n"
    eml = reply(p, "c064", "outlook", ("Dave Kowalski", "dave@koicountryliners.example"),
                rfc_date(2026, 11, 24, 15, 33, 8, "-0600"), body, subject="RE: " + request_subject(p),
                attachments=[mime.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Ack_4500081264.xlsx")])
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-08"), 2: chgp(p, 2, date="2026-12-08"), 3: acc(p, 3), 4: UNC})],
                 "All information is in the XLSX; month-first ship dates count (no delivery date), 'BO - TBD' back-order = unconfirmed.")
    return C([p], eml, e)


@case("dialysis-invoice-for-older-po-ro", "unrelated/ro-RO",
      "Romanian invoice mail with a PDF for an earlier, already delivered PO (4500079912), while a different PO of the same supplier is open.")
def c065():
    s = sup("DIALPLUS", "Dializa Plus SRL", "vanzari@dializaplus.example", "ro-RO")
    p = po("4500081265", s, "ab", "EUR", "2026-11-24", [
        L("DPL-FIL-18", "Dialyser filter 1.8 m2, high flux", 300, "EA", "9.40", "2026-12-17"),
        L("DPL-BIC-650", "Bicarbonate cartridge 650 g", 600, "EA", "3.20", "2026-12-17"),
    ])
    lines = ["#H FACTURA FISCALA / INVOICE",
             "Dializa Plus SRL, Bd. Iuliu Maniu 7, 061072 Bucuresti   CUI RO31455218", "",
             "Seria DPL nr. 2026/1187        Data: 26.11.2026        Scadenta: 26.12.2026",
             "Client: Calder & Finch Trading B.V., Rotterdam, NL   Comanda client: 4500079912",
             "Aviz de livrare: AV-2026-2211 din 02.11.2026", "",
             "#B Nr.  Cod          Denumire                            Cant.  UM   Pret EUR   Valoare EUR",
             "1    DPL-FIL-18   Dialyser filter 1.8 m2 high flux     200    EA   9,40       1.880,00",
             "2    DPL-LINE-AV  Bloodline AV set                     400    EA   2,75       1.100,00", "",
             "#B Total: 2.980,00 EUR   TVA 0% - taxare inversa (art. 294 Cod fiscal)"]
    data = pdf.build([lines], title="Factura DPL 2026/1187", author="Dializa Plus SRL",
                     creation="D:20261126101500+02'00'", compress=True, producer="SmartBill")
    body = "\n".join([
        "Bună ziua,", "",
        "Vă transmitem atașat factura DPL 2026/1187 din 26.11.2026 aferentă comenzii dumneavoastră 4500079912",
        "(livrată pe 02.11.2026). Termen de plată: 30 de zile.", "",
        "Vă mulțumim,",
        "Contabilitate – Dializa Plus SRL",
        "Tel. +40 21 555 3090",
    ]) + "\n"
    part = mime.mixed([mime.text(body), mime.attach(data, "application/pdf", "Factura_DPL_2026_1187.pdf")],
                      "----=_Part_%s" % hx("c065", 20))
    h = [("From", mime.addr("Dializa Plus - Contabilitate", "facturi@dializaplus.example")),
         ("To", mime.addr("Aylin Bakker", "aylin.bakker@calder-finch.example")),
         ("Subject", "Factura DPL 2026/1187 - comanda 4500079912"),
         ("Date", rfc_date(2026, 11, 26, 10, 20, 41, "+0200")),
         ("Message-ID", "<%s.factura@dializaplus.example>" % hx("c065", 16)),
         ("X-Mailer", "SmartBill Mailer")]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("unrelated", "Invoice for an earlier PO (4500079912) that is not in pos.json; it shares one item code with the open PO but answers nothing."))


@case("door-rollers-csv-ab-de", "confirmation/de-DE",
      "German ERP-style mail with a semicolon CSV order acknowledgement (windows-1252, decimal commas, 'ST' units): one price changed in the CSV only.")
def c066():
    s = sup("ROLLSUED", "Rollenwerk Süd GmbH", "vertrieb@rollenwerk-sued.example", "de-DE")
    p = po("4500081266", s, "tl", "EUR", "2026-11-23", [
        L("RWS-75-PA", "Door roller 75 mm, PA6, 6203 bearing", 500, "PCS", "4.35", "2026-12-16"),
        L("RWS-AX-M12", "Axle bolt M12x55, 8.8", 500, "PCS", "0.62", "2026-12-16"),
        L("RWS-GUIDE-16", "Sill guide shoe 16 mm", 200, "PCS", "1.95", "2026-12-16"),
    ])
    csv = ("Bestellnr.;Pos;Artikel;Bezeichnung;Menge;ME;Preis EUR;Liefertermin\r\n"
           "4500081266;1;RWS-75-PA;Türrolle 75 mm PA6 6203;500;ST;4,35;16.12.2026\r\n"
           "4500081266;2;RWS-AX-M12;Achsbolzen M12x55 8.8;500;ST;0,62;16.12.2026\r\n"
           "4500081266;3;RWS-GUIDE-16;Schwellenführung 16 mm;200;ST;2,05;16.12.2026\r\n").encode("cp1252")
    body = "\n".join([
        "Sehr geehrter Herr Lind,", "",
        "anbei erhalten Sie unsere Auftragsbestätigung AB 26-30418 zu Ihrer Bestellung 4500081266 als CSV-Datei.",
        "Bitte prüfen Sie die Angaben; Abweichungen zur Bestellung sind in der Datei berücksichtigt.", "",
        "Mit freundlichen Grüßen",
        "i. A. Sabine Krämer",
        "Vertriebsinnendienst",
        "Rollenwerk Süd GmbH · Gewerbepark 9 · 87700 Memmingen · Tel. +49 8331 555 270",
    ]) + "\n"
    att = mime.Part([("Content-Type", 'text/csv; charset=windows-1252; name="AB_26-30418.csv"'),
                     ("Content-Transfer-Encoding", "base64"),
                     ("Content-Disposition", 'attachment; filename="AB_26-30418.csv"')],
                    __import__("base64").encodebytes(csv))
    eml = reply(p, "c066", "outlook", ("Sabine Krämer", "s.kraemer@rollenwerk-sued.example"),
                rfc_date(2026, 11, 25, 11, 8, 33, "+0100"), body, labels=outlook_loc(p, "de")[0],
                sent=outlook_loc(p, "de")[1], cs="windows-1252", subject="AW: " + request_subject(p),
                attachments=[att], lang_hdr="de-DE")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chgp(p, 3, price="2.05")})],
                 "The CSV carries the answer: line 3 price 2,05 instead of 1.95; 'ST' (Stück) = the PO's PCS.")
    return C([p], eml, e)


@case("fender-chains-around-new-year-no", "needs_review/nb-NO",
      "Norwegian reply accepting the price but saying delivery 'blir nok en gang rundt årsskiftet' (probably around New Year) and promising an exact date later.")
def c067():
    s = sup("HAVNKJ", "Havnekjetting AS", "ordre@havnekjetting.example", "nb-NO")
    p = po("4500081267", s, "mk", "NOK", "2026-11-20", [
        L("HFC-32-R3", "Fender chain 32 mm R3, 15 m length", 8, "EA", "9850.00", "2026-12-16"),
        L("HFC-TYR-1200", "Tyre fender 1200 mm, 3 chain points", 8, "EA", "4200.00", "2026-12-16"),
    ])
    body = "\n".join([
        "Hei Morag,", "",
        "Takk for bestillingen 4500081267. Pris er ok.", "",
        "Kjettingen må vi få inn fra verket i Polen, så levering blir nok en gang rundt årsskiftet.",
        "Vi kommer tilbake med eksakt dato så snart vi har bekreftelse fra verket.", "",
        "Mvh",
        "Kari Nordmann Haugen",
        "Havnekjetting AS | Kaiveien 3, 5003 Bergen",
        "Tlf. +47 55 55 40 21",
    ]) + "\n"
    attrib = "Den 20. nov. 2026 kl. 09:14 skrev Morag Keane <morag.keane@calder-finch.example>:"
    eml = reply(p, "c067", "gmail", ("Kari Nordmann Haugen", "kari@havnekjetting.example"),
                rfc_date(2026, 11, 27, 14, 2, 19, "+0100"), body, attrib=attrib, cs="iso-8859-1")
    return C([p], eml, exp_other("needs_review", "Delivery 'around the turn of the year' with an exact date promised later: vague, nothing to record."))


@case("cone-bases-three-percent-mx", "confirmation/es-MX",
      "Mexican reply applying 'un incremento del 3%' to both unit prices (4.60 -> 4.738, 6.20 -> 6.386) with 'entrega 18/dic/2026'.")
def c068():
    s = sup("CONOSBAJ", "Conos y Señalamientos del Bajío S.A. de C.V.", "ventas@conosbajio.example", "es-MX")
    p = po("4500081268", s, "rs", "USD", "2026-11-24", [
        L("CNB-MX-5", "Cone base 5 kg, 38x38 cm, recycled rubber", 300, "EA", "4.60", "2026-12-18"),
        L("CNB-MX-7", "Cone base 7 kg, 45x45 cm, recycled rubber", 200, "EA", "6.20", "2026-12-18"),
    ])
    labels, sent = outlook_loc(p, "es")
    body = "\n".join([
        "Buenas tardes Rafael,", "",
        "Confirmamos su OC 4500081268 por las cantidades solicitadas (300 y 200 piezas), con un incremento",
        "del 3% en ambos precios unitarios por ajuste en el costo del hule reciclado.", "",
        "Entrega 18/dic/2026 en su almacén de Rotterdam.", "",
        "Saludos cordiales,",
        "Ing. Alejandro Ramírez",
        "Gerente de Exportaciones",
        "Conos y Señalamientos del Bajío S.A. de C.V.",
        "Blvd. Industrial 1450, Col. Cd. Industrial, 37490 León, Gto., México",
        "Tel. +52 477 555 2318",
    ]) + "\n"
    eml = reply(p, "c068", "outlook", ("Alejandro Ramírez", "aramirez@conosbajio.example"),
                rfc_date(2026, 11, 25, 16, 45, 10, "-0600"), body, labels=labels, sent=sent,
                subject="RE: " + request_subject(p), lang_hdr="es-MX")
    e = exp_conf([conf(p, {1: chgp(p, 1, price="4.738"), 2: chgp(p, 2, price="6.386")})],
                 "+3% on the PO unit prices: 4.60 x 1.03 = 4.738 and 6.20 x 1.03 = 6.386; date equals the request.")
    return C([p], eml, e)


@case("harbour-chains-exim-retry-timeout-is", "bounce/is-IS",
      "Plain-text Exim bounce ('retry timeout exceeded') from our relay, with the whole original request including headers, PO table and requested dates.")
def c069():
    s = sup("HAFNAR", "Hafnarkeðjur ehf.", "pantanir@hafnarkedjur.example", "is-IS")
    p = po("4500081269", s, "mk", "EUR", "2026-11-23", [
        L("HKJ-30-G3", "Fender chain 30 mm G3, 11 m length", 4, "EA", "2180.00", "2026-12-18"),
        L("HKJ-SH-30", "Bow shackle 30 mm, 9.5 t WLL", 8, "EA", "142.00", "2026-12-18"),
    ])
    orig = request_message(p, rfc_date(2026, 11, 23, 9, 14, 0, "+0100"))
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n"
           "  pantanir@hafnarkedjur.example\n"
           "    retry timeout exceeded\n"
           "    all hosts for 'hafnarkedjur.example' have been failing for a long time (and retry time not reached)\n\n"
           "------ This is a copy of the message, including all the headers. ------\n\n"
           "Return-path: <morag.keane@calder-finch.example>\n"
           "Received: from [10.20.4.18] (helo=calder-finch.example)\n"
           "\tby relay2.calder-finch.example with esmtpsa (Exim 4.97)\n"
           "\tid 1vK9Zq-0004xT-2b; Mon, 23 Nov 2026 09:14:01 +0100\n")
    data = txt.encode() + orig.replace(b"\r\n", b"\n")
    h = [("Return-path", "<>"), ("Received", "from Debian-exim by relay2.calder-finch.example with local (Exim 4.97)\n\tid 1vLxQa-0007Rr-0P; Thu, 26 Nov 2026 09:20:12 +0100"),
         ("X-Failed-Recipients", "pantanir@hafnarkedjur.example"), ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@relay2.calder-finch.example>"),
         ("To", "morag.keane@calder-finch.example"),
         ("References", rid(p)), ("Content-Type", None),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", "<E1vLxQa-0007Rr-0P@relay2.calder-finch.example>"),
         ("Date", rfc_date(2026, 11, 26, 9, 20, 12, "+0100"))]
    eml = mime.message([x for x in h if x[1] is not None],
                       mime.Part([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")], data))
    return C([p], eml, exp_other("bounce", "Exim permanent failure after retries; the copied original contains the full PO table and dates."))


@case("screen-panels-forwarded-works-packs-gb", "confirmation/en-GB",
      "Top-posted reply over a forwarded note from the supplier's works: panels confirmed for Thu 17th Dec, bolts re-packed as 5 packs of 50 at £75.00, which equals the PO's 10 boxes of 25 at £37.50.")
def c070():
    s = sup("TRACKBED", "Trackbed Screens Ltd", "sales@trackbedscreens.example", "en-GB")
    p = po("4500081270", s, "mk", "GBP", "2026-11-23", [
        L("TBS-PAN-4020", "Screen panel 40/20 mm slot, 1.2x0.6 m PU", 24, "EA", "142.00", "2026-12-17"),
        L("TBS-BOLT-M16", "Panel fixing bolt M16x60, box of 25", 10, "BOX", "37.50", "2026-12-17"),
    ])
    body = "\n".join([
        "Morag,", "",
        "See below from our Sheffield works - all confirmed, delivery Thursday 17th December.", "",
        "One thing on line 2: the M16x60 bolts now only come in packs of 50, so we'll send 5 packs of 50",
        "(same 250 bolts) at £75.00 per pack.", "",
        "Kind regards,",
        "Liam Hargreaves",
        "Sales Manager | Trackbed Screens Ltd",
        "Orgreave Drive, Handsworth, Sheffield S13 9NR | 0114 555 2087", "",
        "-----Original Message-----",
        "From: Dean Pryce <dean.pryce@trackbedscreens.example>",
        "Sent: 25 November 2026 16:02",
        "To: Liam Hargreaves <liam.hargreaves@trackbedscreens.example>",
        "Subject: FW: " + request_subject(p), "",
        "Liam - 4500081270: 24 panels ready 15/12, with the haulier for delivery 17/12. Bolts as per stock (packs of 50).",
        "Dean", "",
        "Dean Pryce | Works Manager | Trackbed Screens Ltd - Sheffield Works",
    ]) + "\n"
    eml = reply(p, "c070", "outlook", ("Liam Hargreaves", "liam.hargreaves@trackbedscreens.example"),
                rfc_date(2026, 11, 26, 9, 12, 40, "+0000"), body, subject="RE: " + request_subject(p), lang_hdr="en-GB")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: acc(p, 2)})],
                 "Forwarded internal note: 15/12 is 'ready', 17/12 is delivery (= requested); 5 packs of 50 at £75.00 = 10 boxes of 25 at £37.50, i.e. unchanged.")
    return C([p], eml, e)
