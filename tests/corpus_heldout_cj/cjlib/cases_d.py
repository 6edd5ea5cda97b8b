"""Cases 054-070."""
from . import mime
from .common import *  # noqa: F401,F403
from .pdf import make_pdf


@case("humidors-html-only-table", "confirmation/et-EE",
      "HTML-only Estonian reply (windows-1257) whose answer is a table with a reduced quantity and a later date on one line.")
def c_et():
    s = sup("HUMIDORPUIT", "Humidor Puit OÜ", "tellimus@humidorpuit.example", "et-EE")
    p = po("4500232433", s, "EUR", "2026-11-12", [
        L(1, "HUM-OAK-100", "Tamme humidor 100 sigarile, 2 sahtlit", 10, "EA", "265.00", "2026-12-14"),
        L(2, "HUM-TRAY-12X20", "Seedripuust alus 12x20 cm", 40, "EA", "9.80", "2026-12-14"),
        L(3, "HUM-CASE-5", "Reisiümbris 5 sigarile", 30, "EA", "24.00", "2026-12-14"),
    ], buyer="jonas")
    inner = ("<div style=\"font-family:Arial;font-size:10pt\"><p>Tere, Jonas!</p>"
             "<p>Täname tellimuse 4500232433 eest. Kinnitame järgmiselt:</p>"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr style=\"background:#ddd\"><th>Rida</th><th>Kood</th><th>Kogus</th><th>Hind EUR</th><th>Tarne</th><th>Märkus</th></tr>"
             "<tr><td>1</td><td>HUM-OAK-100</td><td>10 tk</td><td>265,00</td><td>14.12.2026</td><td></td></tr>"
             "<tr><td>2</td><td>HUM-TRAY-12X20</td><td>40 tk</td><td>9,80</td><td>14.12.2026</td><td></td></tr>"
             "<tr><td>3</td><td>HUM-CASE-5</td><td>20 tk</td><td>24,00</td><td>21.12.2026</td>"
             "<td>ülejäänud 10 tk ei saa tarnida (nahk otsas)</td></tr></table>"
             "<p>Lugupidamisega<br>Kadri Tamm<br>Humidor Puit OÜ | Tööstuse 48, 10416 Tallinn | +372 655 0142</p></div>"
             "<hr><p><b>From:</b> Jonas Pereira &lt;jonas.pereira@haldenrooke.example&gt;<br><b>Sent:</b> Thursday, November 12, 2026 9:14 AM<br>"
             "<b>Subject:</b> Order confirmation request - PO 4500232433</p>" + request_html(p))
    b = BUYERS["jonas"]
    eml = build("c054", frm=("Kadri Tamm", "kadri.tamm@humidorpuit.example"), to=(b[0], b[1]),
                subject="RE: " + req_subject(p), date="2026-11-17 15:27:02 +0200", client="generic",
                html=html_doc(inner, "et", False, "windows-1257"), charset="windows-1257", reply=p,
                extra=[("X-Mailer", "Zimbra 10.0.8_GA_4626 (ZimbraWebClient - FF132 (Win)/10.0.8_GA_4626)")])
    e = exp("confirmation", "Only an HTML table: lines 1-2 as ordered; line 3 20 of 30 pieces (rest cannot be supplied) with delivery "
            "21.12.2026; the quoted request table below carries the PO values and must not be read as the answer.",
            [conf(p, {1: "A", 2: "A", 3: C(p, 3, q=20, d="2026-12-21")})])
    return [p], eml, e


@case("gullies-pallet-quantity-question", "needs_review/pl-PL",
      "Polish supplier asks whether 480 pieces (full pallets) instead of 500 would be acceptable and will only confirm after our answer.")
def c_pl_q():
    s = sup("AGRORYNNY", "Agro-Rynny Sp. z o.o.", "biuro@agrorynny.example", "pl-PL")
    p = po("4500232448", s, "PLN", "2026-11-12", [
        L(1, "AR-NFT-3M", "Rynna hydroponiczna NFT 100x50 mm, 3 m", 500, "PCS", "46.00", "2026-12-18"),
        L(2, "AR-ZAT-100", "Zaślepka rynny 100x50", 1000, "PCS", "2.10", "2026-12-18"),
    ], buyer="ines")
    body = ("Dzień dobry Pani Ines,\n\n"
            "dziękujemy za zamówienie 4500232448. Rynny pakujemy na palety po 96 szt. - czy możemy dostarczyć 480 szt. "
            "(5 pełnych palet) zamiast 500? Zaślepki bez zmian.\n\n"
            "Proszę o informację, wtedy potwierdzimy całe zamówienie z terminem dostawy.\n\n"
            "Pozdrawiam")
    sig = "Paweł Zieliński\nAgro-Rynny Sp. z o.o.\nul. Ogrodnicza 5, 05-600 Grójec\ntel. +48 48 555 01 42"
    eml = reply("c055", p, ("Paweł Zieliński", "p.zielinski@agrorynny.example"), "2026-11-13 08:49:30 +0100", body,
                client="gmail", attr="czw., 12 lis 2026 o 10:14 Ines Vogt <ines.vogt@haldenrooke.example> napisał(a):")
    e = exp("needs_review", "A question (480 instead of 500?) and an explicit 'we will confirm after your answer': nothing is committed yet.")
    return [p], eml, e


@case("pigeon-rings-split-delivery", "confirmation/lt-LT",
      "Lithuanian reply splits one line into two deliveries with ISO dates and a price with three decimals (0,085).")
def c_lt():
    s = sup("BALANDZIU", "Balandžių Žiedai UAB", "uzsakymai@balandziuziedai.example", "lt-LT")
    p = po("4500232451", s, "EUR", "2026-11-12", [
        L(1, "PR-2027-8", "Balandžių žiedas 2027, 8 mm, aliuminis", 20000, "PCS", "0.085", "2026-12-11"),
        L(2, "PR-CHIP-2027", "Elektroninis žiedas 2027, 125 kHz", 2000, "PCS", "1.95", "2026-12-11"),
    ])
    body = ("Laba diena,\n\n"
            "dėkojame už užsakymą Nr. 4500232451. Patvirtiname:\n\n"
            "1 eil. PR-2027-8: kaina 0,085 EUR/vnt.; 12 000 vnt. pristatysime 2026-12-11, likusius 8 000 vnt. - 2026-12-22.\n"
            "2 eil. PR-CHIP-2027: 2 000 vnt. po 1,95 EUR, pristatymas 2026-12-11.\n\n"
            "Pagarbiai")
    sig = "Rūta Kazlauskienė\nPardavimų vadybininkė\nBalandžių Žiedai UAB, Pramonės g. 16, LT-51329 Kaunas\nTel. +370 37 555 014"
    eml = reply("c056", p, ("Rūta Kazlauskienė", "ruta@balandziuziedai.example"), "2026-11-16 11:18:23 +0200", body,
                client="outlook", charset="windows-1257", sent="Thursday, November 12, 2026 11:14 AM")
    e = exp("confirmation", "Line 1 split 12 000 on 2026-12-11 and 8 000 on 2026-12-22 (schedule, date = last delivery), price as "
            "ordered; line 2 exactly as ordered.",
            [conf(p, {1: C(p, 1, s=[(12000, "2026-12-11"), (8000, "2026-12-22")]), 2: "A"})])
    return [p], eml, e


@case("bonsai-wire-roc-calendar-big5", "confirmation/zh-TW",
      "Traditional Chinese (Big5) reply with dates in the Minguo calendar (115年12月18日, 116年1月15日).")
def c_tw():
    s = sup("SONGBAI", "Song Bai Horticultural Supplies Co., Ltd.", "sales@songbai-hort.example", "zh-TW")
    p = po("4500232469", s, "TWD", "2026-11-13", [
        L(1, "BW-CU-10", "Annealed copper bonsai wire 1.0 mm, 500 g", 100, "ROL", "420.00", "2026-12-18"),
        L(2, "BW-CU-20", "Annealed copper bonsai wire 2.0 mm, 500 g", 100, "ROL", "420.00", "2026-12-18"),
        L(3, "BW-CUT-180", "Wire cutter 180 mm", 20, "EA", "980.00", "2026-12-18"),
    ], buyer="jonas")
    txt = ("Jonas 您好：\n\n"
           "感謝貴公司訂單 4500232469，確認如下：\n\n"
           "1. BW-CU-10 退火銅線 1.0 mm：100 卷，單價 NT$420，交期 115年12月18日\n"
           "2. BW-CU-20 退火銅線 2.0 mm：100 卷，單價 NT$420，交期 115年12月18日\n"
           "3. BW-CUT-180 剪線鉗 180 mm：20 支，單價 NT$980，目前缺貨，交期延至 116年1月15日\n\n"
           "敬祝 商祺\n\n林美玲\n松柏園藝材料有限公司 業務部\n台中市西屯區工業區一路 88 號\nTel: +886 4 2355 0142\n\n")
    full = txt + gt_quote(p, "On 2026/11/13 17:14, Jonas Pereira wrote:")
    b = BUYERS["jonas"]
    eml = build("c057", frm=("林美玲", "meiling.lin@songbai-hort.example"), to=(b[0], b[1]),
                subject="回覆: " + req_subject(p), date="2026-11-17 10:40:18 +0800", client="generic",
                text=full, charset="big5", cte="base64", reply=p, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    e = exp("confirmation", "Minguo year 115 = 2026 and 116 = 2027: lines 1-2 accepted (2026-12-18); line 3 out of stock, "
            "delivery 2027-01-15 at the PO price.",
            [conf(p, {1: "A", 2: "A", 3: C(p, 3, d="2027-01-15")})])
    return [p], eml, e


@case("hatchery-absence-du-bureau", "auto_reply/fr-FR",
      "French out-of-office: absence dates 20/11-01/12 and 'votre commande sera traitée à mon retour' but no commitment.")
def c_fr_ooo():
    s = sup("COUVOIREQ", "Couvoir Équipements SARL", "adv@couvoir-equipements.example", "fr-FR")
    p = po("4500232472", s, "EUR", "2026-11-20", [
        L(1, "CE-PLAT-150", "Plateau d'incubation 150 œufs, PP", 400, "PCS", "18.90", "2026-12-18"),
        L(2, "CE-ECL-88", "Panier d'éclosion 88 œufs", 200, "PCS", "24.50", "2026-12-18"),
    ])
    txt = ("Bonjour,\n\n"
           "Je suis absente du 20/11 au 01/12 inclus. Votre message ne sera pas transféré ; les commandes reçues pendant mon absence "
           "seront traitées à mon retour.\n\n"
           "Pour toute urgence, merci de contacter le service ADV : adv@couvoir-equipements.example / 02 99 55 01 42.\n\n"
           "Cordialement,\nSophie Martin\nCouvoir Équipements SARL – ZA de la Janais, 35170 Bruz\n")
    b = BUYERS["helen"]
    eml = build("c058", frm=("Sophie Martin", "s.martin@couvoir-equipements.example"), to=(b[0], b[1]),
                subject="Réponse automatique : Order confirmation request - PO 4500232472", date="2026-11-20 10:14:29 +0100",
                client="outlook", text=txt, html=html_doc(t2h(txt), "fr-FR", True), reply=p, charset="windows-1252",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    e = exp("auto_reply", "Out-of-office with dates (20/11-01/12) and a promise to process orders on return - automatic, no commitment.")
    return [p], eml, e


@case("seat-hinges-korean-euckr", "confirmation/ko-KR",
      "Korean EUC-KR reply with dates as 2026년 12월 18일 and a price change in won (380원) on one line.")
def c_ko():
    s = sup("STADIUMHW", "Stadium Hardware Co., Ltd.", "sales@stadiumhw.example", "ko-KR")
    p = po("4500232480", s, "KRW", "2026-11-13", [
        L(1, "SH-HNG-SS", "Seat hinge stainless, 24 mm pivot", 3000, "EA", "4200", "2026-12-11"),
        L(2, "SH-BUSH-12", "Nylon bush 12x20 mm", 6000, "EA", "350", "2026-12-11"),
    ], buyer="ines")
    body = ("Ines 님, 안녕하십니까.\n\n"
            "발주서 4500232480 건 아래와 같이 확인드립니다.\n\n"
            "1. SH-HNG-SS 좌석 힌지: 3,000개, 단가 4,200원, 납기 2026년 12월 18일\n"
            "2. SH-BUSH-12 나일론 부싱: 6,000개, 단가 380원 (원자재 가격 인상), 납기 2026년 12월 18일\n\n"
            "감사합니다.")
    sig = "김민준 과장\n영업팀\n(주)스타디움하드웨어\n경기도 안산시 단원구 산단로 123\nTel. +82 31 555 0142"
    eml = reply("c059", p, ("김민준", "mj.kim@stadiumhw.example"), "2026-11-18 09:12:44 +0900", body,
                client="outlook", charset="euc-kr", cte="base64", html_charset="utf-8",
                sent="Friday, November 13, 2026 6:14 PM")
    e = exp("confirmation", "Both lines move to 2026-12-18 (2026년 12월 18일); line 2 price 380 KRW instead of 350; thousands commas "
            "in quantities.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, price="380", d="2026-12-18")})])
    return [p], eml, e


@case("candle-wax-per-bag-vs-kg", "confirmation/vi-VN",
      "Vietnamese reply prices paraffin per 25 kg bag against a per-kg PO, with dot thousands and comma decimals.")
def c_vi():
    s = sup("SAPNEN", "Hoa Binh Candle Wax Co., Ltd.", "sales@sapnenhoabinh.example", "vi-VN")
    p = po("4500232495", s, "USD", "2026-11-13", [
        L(1, "CW-PAR-5860", "Paraffin wax fully refined 58/60, 25 kg bag", 2000, "KG", "1.62", "2026-12-18"),
        L(2, "CW-SOY-C3", "Soy wax C3 container blend, 20 kg carton", 400, "KG", "2.40", "2026-12-18"),
    ])
    body = ("Kính gửi chị Helen,\n\n"
            "Cảm ơn chị đã đặt hàng theo PO 4500232495. Chúng tôi xác nhận như sau:\n\n"
            "1. CW-PAR-5860 sáp paraffin 58/60: 80 bao x 25 kg = 2.000 kg, giá 41,25 USD/bao.\n"
            "2. CW-SOY-C3 sáp đậu nành: 20 thùng x 20 kg = 400 kg, giá 2,40 USD/kg.\n\n"
            "Giao hàng ngày 18/12/2026 cho cả hai mặt hàng.\n\n"
            "Trân trọng,")
    sig = "Nguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Sáp Nến Hòa Bình\nKCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 3555 0142"
    eml = reply("c060", p, ("Nguyễn Thị Lan", "lan.nguyen@sapnenhoabinh.example"), "2026-11-19 16:05:11 +0700", body,
                client="gmail", cte="base64",
                attr="Vào Th 6, 13 thg 11, 2026 vào lúc 16:14 Helen Marsh <helen.marsh@haldenrooke.example> đã viết:")
    e = exp("confirmation", "Line 1: USD 41.25 per 25 kg bag = 1.65 per kg (PO 1.62), 80 bags = 2,000 kg as ordered; line 2 exactly as "
            "ordered; delivery 18/12/2026 as requested.",
            [conf(p, {1: C(p, 1, price="1.65"), 2: "A"})])
    return [p], eml, e


@case("humidors-vague-before-christmas", "needs_review/nl-BE",
      "Flemish reply that promises to 'do our best before the Christmas period' and defers prices - vague, no commitment.")
def c_vague():
    s = sup("HUMIDORHUIS", "Humidorhuis Gent BV", "info@humidorhuis.example", "nl-BE")
    p = po("4500232503", s, "EUR", "2026-11-13", [
        L(1, "HH-MAH-50", "Mahonie humidor 50 sigaren, hygrometer 3/8", 12, "EA", "189.00", "2026-12-11"),
        L(2, "HH-BEV-65", "Bevochtiger 65% RH, 2-weg", 48, "EA", "7.90", "2026-12-11"),
    ], buyer="jonas")
    body = ("Dag Jonas,\n\n"
            "Goed ontvangen, dank je. We doen ons best om alles nog vóór de kerstperiode bij jullie te krijgen, maar de mahonie "
            "is krap. De prijzen bevestigen we zodra onze nieuwe prijslijst er is.\n\n"
            "Groetjes,")
    sig = "Sofie Claes\nHumidorhuis Gent BV\nKorenlei 9, 9000 Gent\n+32 9 555 01 42"
    eml = reply("c061", p, ("Sofie Claes", "sofie@humidorhuis.example"), "2026-11-16 17:33:09 +0100", body,
                client="apple", attr="Op 13 nov 2026, om 10:14 heeft Jonas Pereira <jonas.pereira@haldenrooke.example> het volgende geschreven:")
    e = exp("needs_review", "No date ('we doen ons best ... vóór de kerstperiode'), prices deferred to a future price list: vague, "
            "nothing committed.")
    return [p], eml, e


@case("egg-trays-colleague-reply-rupiah", "confirmation/id-ID",
      "Indonesian reply from a colleague of the PO contact, with rupiah amounts using dot thousands (Rp 1.250/pcs).")
def c_id():
    s = sup("TETASMAKMUR", "PT Tetas Makmur", "sales@tetasmakmur.example", "id-ID")
    p = po("4500232518", s, "IDR", "2026-11-16", [
        L(1, "ET-INC-88", "Rak telur inkubator 88 butir", 500, "PCS", "85000", "2026-12-18"),
        L(2, "ET-PULP-30", "Egg tray pulp 30 butir, 4/3 stack", 20000, "PCS", "1200", "2026-12-18"),
    ], buyer="ines")
    body = ("Selamat siang Ibu Ines,\n\n"
            "Pak Budi sedang cuti, jadi saya yang membalas. Kami konfirmasi PO 4500232518:\n\n"
            "- ET-INC-88: 500 pcs @ Rp 85.000 - sesuai PO\n"
            "- ET-PULP-30: 20.000 pcs @ Rp 1.250/pcs (harga pulp naik)\n\n"
            "Pengiriman 18 Desember 2026 untuk kedua item.\n\n"
            "Terima kasih,")
    sig = "Dewi Lestari\nSales Admin\nPT Tetas Makmur\nJl. Raya Serang Km 24, Balaraja, Tangerang 15610\nTelp. +62 21 5555 0142"
    eml = reply("c062", p, ("Dewi Lestari", "dewi.lestari@tetasmakmur.example"), "2026-11-18 13:57:40 +0700", body,
                client="gmail", attr="Pada tanggal Sen, 16 Nov 2026 pukul 16.14 Ines Vogt <ines.vogt@haldenrooke.example> menulis:")
    e = exp("confirmation", "Dot thousands: 'Rp 85.000' = 85000 (as ordered) and 'Rp 1.250' = 1250 (PO 1200); quantity '20.000' = 20000; "
            "delivery 18 Desember 2026 as requested.",
            [conf(p, {1: "A", 2: C(p, 2, price="1250")})])
    return [p], eml, e


@case("gmail-address-not-found", "bounce/pt-BR",
      "Google 'Address not found' DSN (DNS NXDOMAIN) with HTML notice, delivery-status and the original request attached.")
def c_gmail_bounce():
    s = sup("DOBRAARENA", "Dobradiças Arena Ltda", "vendas@dobradicasarena.example", "pt-BR")
    p = po("4500232526", s, "BRL", "2026-11-16", [
        L(1, "DA-DOB-24", "Dobradiça assento estádio 24 mm, aço zincado", 2500, "PCS", "18.40", "2026-12-18"),
        L(2, "DA-MOLA-8", "Mola de retorno 8x40 mm", 2500, "PCS", "2.15", "2026-12-18"),
    ], buyer="jonas")
    human = ("** Address not found **\n\n"
             "Your message wasn't delivered to vendas@dobradicasarena.example because the domain dobradicasarena.example "
             "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "Learn more at https://support.google.com/mail/answer/6596\n\n"
             "The response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of dobradicasarena.example responded with code NXDOMAIN "
             "Domain name not found: dobradicasarena.example\n")
    hh = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\">"
          "<h2 style=\"color:#d93025\">Address not found</h2>"
          "<p>Your message wasn't delivered to <a style=\"color:#212121\">vendas@dobradicasarena.example</a> because the domain "
          "dobradicasarena.example couldn't be found. Check for typos or unnecessary spaces and try again.</p>"
          "<p><b>The response was:</b></p><p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of "
          "dobradicasarena.example responded with code NXDOMAIN Domain name not found: dobradicasarena.example</p></div></body></html>\n")
    status = ("Reporting-MTA: dns; googlemail.com\n"
              "Arrival-Date: Mon, 16 Nov 2026 01:14:03 -0800 (PST)\n"
              "X-Original-Message-ID: <ackreq.4500232526.20261116@haldenrooke.example>\n\n"
              "Final-Recipient: rfc822; vendas@dobradicasarena.example\n"
              "Action: failed\n"
              "Status: 5.1.2\n"
              "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of dobradicasarena.example responded with code NXDOMAIN\n"
              "Last-Attempt-Date: Mon, 16 Nov 2026 01:14:04 -0800 (PST)\n")
    eml = report("c063", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="jonas.pereira@haldenrooke.example",
                 subject="Delivery Status Notification (Failure)", date="2026-11-16 01:14:04 -0800", human=human,
                 human_html=hh, status=status, original=request_message(p), bstyle="gmail",
                 msg_id="<6568b2c4.0a1b2c3d.4e5f.9a8b.GMR@mx.google.com>",
                 extra=[("Auto-Submitted", "auto-replied"), ("References", "<ackreq.4500232526.20261116@haldenrooke.example>"),
                        ("In-Reply-To", "<ackreq.4500232526.20261116@haldenrooke.example>")])
    e = exp("bounce", "Gmail/Workspace DSN: the supplier domain does not exist; threaded on our request, and the returned original "
            "contains the PO table with dates.")
    return [p], eml, e


@case("humidors-hindi-mixed-english", "confirmation/hi-IN",
      "Hindi reply mixing English item terms, rupee amounts with Indian grouping and a changed price on one line.")
def c_hi():
    s = sup("KASHMIRCEDAR", "Kashmir Cedar Crafts", "orders@kashmircedar.example", "hi-IN")
    p = po("4500232533", s, "INR", "2026-11-16", [
        L(1, "HUM-WAL-50", "Walnut humidor 50 ct, 12x20 tray", 30, "EA", "6800.00", "2026-12-14"),
        L(2, "HUM-CED-SHT", "Cedar sheet 1.5 mm, 30x45 cm", 200, "PCS", "145.00", "2026-12-14"),
    ], buyer="jonas")
    body = ("नमस्ते जोनास जी,\n\n"
            "आपके PO 4500232533 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:\n\n"
            "1. HUM-WAL-50 अखरोट की लकड़ी का humidor - 30 नग, ₹6,800.00 प्रति नग, डिलीवरी 14/12/2026\n"
            "2. HUM-CED-SHT सीडर शीट 1.5 mm - 200 नग, ₹155.00 प्रति नग (लकड़ी की कीमत बढ़ी है), डिलीवरी 14/12/2026\n\n"
            "कुल मूल्य: ₹2,35,000.00 (GST अतिरिक्त)\n\n"
            "सधन्यवाद,")
    sig = "राहुल शर्मा | Rahul Sharma\nKashmir Cedar Crafts\nSidco Industrial Estate, Rangreth, Srinagar 190007\nमोबाइल: +91 94190 55142"
    eml = reply("c064", p, ("Rahul Sharma", "rahul@kashmircedar.example"), "2026-11-19 12:25:50 +0530", body,
                client="gmail", cte="base64",
                attr="On Mon, 16 Nov 2026 at 2:44 PM Jonas Pereira <jonas.pereira@haldenrooke.example> wrote:")
    e = exp("confirmation", "Line 1 as ordered (30 x 6,800.00 = 2,04,000); line 2 price 155.00 (PO 145.00), 200 x 155 = 31,000, total "
            "2,35,000.00 in Indian grouping; delivery 14/12/2026 as requested.",
            [conf(p, {1: "A", 2: C(p, 2, price="155.00")})])
    return [p], eml, e


@case("tram-grease-nz-split-weekday-dates", "confirmation/en-NZ",
      "Dates given as weekday + day + month without year ('Wed 16 Dec', 'Tue 5 Jan'), one line split over the new year.")
def c_nz():
    s = sup("TASMANLUBE", "Tasman Tramway Lubricants Ltd", "orders@tasmanlube.example", "en-NZ")
    p = po("4500232549", s, "NZD", "2026-11-17", [
        L(1, "RG-CURVE-20", "Curve rail grease, 20 kg pail", 30, "EA", "212.00", "2026-12-11"),
        L(2, "RG-APPL-24V", "Rail lubricator applicator 24V, 1.5 mm nozzle", 2, "EA", "3850.00", "2026-12-11"),
    ])
    body = ("Kia ora Helen,\n\n"
            "Thanks for PO 4500232549. Here's where we've landed:\n\n"
            "Line 1 - curve grease RG-CURVE-20, $212.00 per pail: 15 pails delivered Wed 16 Dec, the balance of 15 pails Tue 5 Jan "
            "(our blending plant shuts 24/12-4/1).\n"
            "Line 2 - applicators RG-APPL-24V, 2 units @ $3,850.00, delivered Fri 11 Dec.\n\n"
            "Ngā mihi,")
    sig = "Aroha Williams\nCustomer Services | Tasman Tramway Lubricants Ltd\n22 Port Road, Seaview, Lower Hutt 5010\nP +64 4 555 0142 | M 021 555 142"
    eml = reply("c065", p, ("Aroha Williams", "aroha@tasmanlube.example"), "2026-11-19 14:07:21 +1300", body,
                client="outlook", sent="Tuesday, 17 November 2026 10:14 PM")
    e = exp("confirmation", "Year-less dates: 'Wed 16 Dec' = 2026-12-16, 'Tue 5 Jan' = 2027-01-05 (next such date after the mail); "
            "line 1 split 15 + 15 (schedule, last 2027-01-05); the plant shutdown dates are a distractor; line 2 as ordered.",
            [conf(p, {1: C(p, 1, s=[(15, "2026-12-16"), (15, "2027-01-05")]), 2: "A"})])
    return [p], eml, e


@case("padlocks-prepayment-condition", "needs_review/en-US",
      "US supplier will confirm only after 50% prepayment, with a lead time counted from payment - conditional, no date.")
def c_prepay():
    s = sup("LOCKWISE", "Lockwise Puzzle Hardware LLC", "orders@lockwise.example", "en-US")
    p = po("4500232551", s, "USD", "2026-11-17", [
        L(1, "LW-WORD-5", "Word padlock 5-letter, brass, 1-1/2 in", 200, "EA", "14.75", "2026-12-11"),
        L(2, "LW-KEY-12", "Key-alike padlock set 12/24 keys", 40, "SET", "62.00", "2026-12-11"),
    ], buyer="ines")
    body = ("Hi Ines,\n\n"
            "Thanks for PO 4500232551. Pricing is as quoted. Since this is an international first order, we can confirm it once we "
            "receive a 50% prepayment ($2,715.00); lead time is 3 weeks after payment clears.\n\n"
            "Proforma invoice to follow from accounting.\n\n"
            "Best,")
    sig = "Jake Morrison\nLockwise Puzzle Hardware LLC\n1180 W Fulton St, Chicago, IL 60607\n(312) 555-0142"
    eml = reply("c066", p, ("Jake Morrison", "jake@lockwise.example"), "2026-11-18 11:42:09 -0600", body, client="gmail", sig=sig,
                attr="On Tue, Nov 17, 2026 at 3:14 AM Ines Vogt <ines.vogt@haldenrooke.example> wrote:")
    e = exp("needs_review", "Confirmation conditional on a 50% prepayment ($2,715.00 = half of 2,950.00 + 2,480.00) and the date depends on "
            "when payment clears: no committed date, a condition to resolve.")
    return [p], eml, e


@case("towing-gear-forwarded-workshop-note", "confirmation/en-SG",
      "Forwarded chain: the coordinator's top note commits to 15/12/2026 while the forwarded workshop mail has a packing date 04/12.")
def c_sg():
    s = sup("LIONCITY", "Lion City Marine Hardware Pte Ltd", "sales@lioncitymarine.example", "en-SG")
    p = po("4500232540", s, "SGD", "2026-11-17", [
        L(1, "TH-RH-15", "Tow hook release handle, 15 t", 8, "EA", "365.00", "2026-12-18"),
        L(2, "TH-SHACK-3/4", "Bow shackle 3/4 in, WLL 4.75 t", 40, "EA", "18.40", "2026-12-18"),
    ])
    b = buyer_of(p)
    txt = ("Hi Helen,\n\n"
           "Please see below from our workshop. Confirmed: both lines, quantities and prices as per your PO, delivered to "
           "Felixstowe on 15/12/2026 (sea-air via Dubai).\n\n"
           "Regards,\nTan Wei Ling\nSales Coordinator | Lion City Marine Hardware Pte Ltd\n"
           "21 Tuas Avenue 8, Singapore 639237 | +65 6555 0142\n\n"
           "---------- Forwarded message ---------\n"
           "From: Rajesh Kumar <rajesh.k@lioncitymarine.example>\n"
           "Date: Wed, 18 Nov 2026 at 16:02\n"
           "Subject: RE: PO 4500232540\n"
           "To: Tan Wei Ling <weiling.tan@lioncitymarine.example>\n\n"
           "Wei Ling, the 8 pcs TH-RH-15 can be packed by 04/12, shackles are in stock. Sea-air via Dubai takes 10-11 days.\n\n"
           "Rajesh\n\n"
           "---------- Forwarded message ---------\n"
           "From: Helen Marsh <helen.marsh@haldenrooke.example>\n"
           "Date: Tue, 17 Nov 2026 at 17:14\n"
           "Subject: " + req_subject(p) + "\n"
           "To: Lion City Marine Hardware Pte Ltd <sales@lioncitymarine.example>\n\n" + request_text(p))
    eml = build("c067", frm=("Tan Wei Ling", "weiling.tan@lioncitymarine.example"), to=(b[0], b[1]),
                subject="Fwd: RE: " + req_subject(p), date="2026-11-19 09:31:45 +0800", client="gmail",
                text=txt, html=html_doc('<div dir="ltr">' + t2h(txt) + "</div>"), reply=p)
    e = exp("confirmation", "The binding statement is the coordinator's: delivery 15/12/2026 for both lines (earlier than 12-18), "
            "quantities and prices as ordered; the forwarded 'packed by 04/12' is an internal packing date.",
            [conf(p, {1: C(p, 1, d="2026-12-15"), 2: C(p, 2, d="2026-12-15")})])
    return [p], eml, e


@case("loom-dispatch-advice-other-po", "unrelated/en-IN",
      "Dispatch advice with LR number, quantities and expected delivery for a different PO of the same supplier.")
def c_dispatch():
    s = sup("PANIPATLOOM", "Panipat Loom Accessories", "dispatch@panipatloom.example", "en-IN")
    p = po("4500232561", s, "INR", "2026-11-17", [
        L(1, "PL-SHT-30", "Fly shuttle sheesham 30 cm, 2 rollers", 100, "EA", "540.00", "2026-12-18"),
        L(2, "PL-REED-48", "Steel reed 48 dent, 120 cm", 20, "EA", "1850.00", "2026-12-18"),
    ])
    txt = ("Dear Sir/Madam,\n\n"
           "DISPATCH ADVICE No. DA/26-27/0912\n\n"
           "This is to inform you that the following material against your PO No. 4500229550 dt. 14/10/2026 has been dispatched "
           "today from our Panipat works:\n\n"
           "Sl  Item        Description                      Qty   Unit\n"
           "1   PL-SHT-26   Fly shuttle sheesham 26 cm       150   Nos\n"
           "2   PL-PIRN-15  Wooden pirn 15 cm               2,000   Nos\n\n"
           "Invoice No.: PLA/2026-27/1187 dt. 21/11/2026\n"
           "Transporter: VRL Logistics, LR No. 4471092, 6 cartons, 182 kg\n"
           "Port: ICD Tughlakabad, vessel ETD 28/11/2026, expected delivery 02/12/2026\n\n"
           "This is a system generated mail. For queries contact +91 180 255 0142.\n\n"
           "Regards,\nDispatch Department\nPanipat Loom Accessories\nG.T. Road, Sector 25, Panipat 132103, Haryana\n")
    b = BUYERS["helen"]
    eml = build("c068", frm=("Panipat Loom Accessories", "dispatch@panipatloom.example"), to=(b[0], b[1]),
                subject="Dispatch Advice DA/26-27/0912 - PO 4500229550", date="2026-11-21 17:20:00 +0530", client="erp",
                text=txt, charset="us-ascii", cte="7bit", extra=[("X-Mailer", "Tally.ERP 9")])
    e = exp("unrelated", "Shipping notice for PO 4500229550, which is not in pos.json; the open PO 4500232561 is not mentioned, "
            "so its quantities and dates must not be taken from this mail.")
    return [p], eml, e


@case("loom-parts-csv-attachment", "confirmation/en-IE",
      "Answer only in a CSV attachment with ordered vs confirmed quantities; a zero confirmed quantity means the line is declined.")
def c_csv():
    s = sup("SHANNONLOOM", "Shannon Loom Works Ltd", "orders@shannonloom.example", "en-IE")
    p = po("4500232577", s, "EUR", "2026-11-18", [
        L(1, "LS-BOB-24", "Boat shuttle 24 cm with bobbin", 60, "EA", "32.00", "2026-12-14"),
        L(2, "LS-PIRN-6", "Pirn 6 in, beech", 600, "EA", "1.10", "2026-12-14"),
        L(3, "LS-OIL-1L", "Loom oil 1 L", 24, "EA", "9.50", "2026-12-14"),
    ], buyer="ines")
    csv = ("PO,Line,Item,Description,Qty Ordered,Qty Confirmed,Unit Price EUR,Delivery Date,Comment\r\n"
           "4500232577,1,LS-BOB-24,Boat shuttle 24 cm with bobbin,60,60,32.00,14/12/2026,\r\n"
           "4500232577,2,LS-PIRN-6,\"Pirn 6 in, beech\",600,600,1.15,14/12/2026,Beech price increase\r\n"
           "4500232577,3,LS-OIL-1L,Loom oil 1 L,24,0,,,Discontinued - no longer supplied\r\n")
    body = "Hi Ines,\n\nOrder acknowledgement for 4500232577 attached as CSV, as usual.\n\nRegards,"
    sig = "Siobhán O'Brien\nShannon Loom Works Ltd\nDock Road, Limerick V94 X2K7\n+353 61 555 014"
    eml = reply("c069", p, ("Siobhán O'Brien", "siobhan@shannonloom.example"), "2026-11-20 12:12:12 +0000", body,
                client="outlook", sent="Wednesday 18 November 2026 09:14",
                atts=[mime.attachment(csv.encode("utf-8"), "text/csv", "OA_4500232577.csv")])
    e = exp("confirmation", "CSV only: line 1 as ordered; line 2 price 1.15 (PO 1.10); line 3 confirmed quantity 0, 'Discontinued' "
            "= rejected; dates dd/mm/yyyy.",
            [conf(p, {1: "A", 2: C(p, 2, price="1.15"), 3: "R"})])
    return [p], eml, e


@case("pigeon-supplies-three-pos-two-answered", "confirmation/en-GB",
      "Three open POs; the reply answers two (one fully, one with a price change) and defers the third, which is left out.")
def c_multi():
    s = sup("PENNINE", "Pennine Pigeon Supplies Ltd", "orders@penninepigeon.example", "en-GB")
    pa = po("4500232590", s, "GBP", "2026-11-18", [
        L(1, "PR-UK-2027", "GB 2027 ring, 8 mm, aluminium", 5000, "PCS", "0.16", "2026-12-11"),
        L(2, "PR-CLIP-RED", "Clip ring red, 3/8 in", 2000, "PCS", "0.09", "2026-12-11"),
    ])
    pb = po("4500232604", s, "GBP", "2026-11-18", [
        L(1, "PC-CLK-ET", "ET racing clock, 24V antenna system", 4, "EA", "148.00", "2026-12-18"),
        L(2, "PC-PAD-12X20", "Antenna pad 12x20 cm", 10, "EA", "36.00", "2026-12-18"),
    ])
    pc = po("4500232615", s, "GBP", "2026-11-18", [
        L(1, "PD-DRINK-4L", "Pigeon drinker 4 L, 2027 pattern", 30, "EA", "6.40", "2027-01-08"),
    ])
    body = ("Morning Helen,\n\n"
            "Going through your three orders:\n\n"
            "4500232590 - rings and clip rings: all fine as per your PO.\n"
            "4500232604 - ET clocks OK as ordered; the 12x20 antenna pads have gone up to £38.50 each, same delivery date.\n"
            "4500232615 - drinkers: the 2027 pattern isn't through from the moulder yet, I'll come back to you on that one next week.\n\n"
            "Cheers,")
    sig = "Gareth Hughes\nPennine Pigeon Supplies Ltd\nMill Lane, Hebden Bridge HX7 8AD\n01422 555 142"
    eml = reply("c070", pa, ("Gareth Hughes", "gareth@penninepigeon.example"), "2026-11-23 08:05:33 +0000", body,
                client="outlook", refs=" ".join([pa["request_message_id"], pb["request_message_id"]]),
                sent="Wednesday, November 18, 2026 9:14 AM")
    e = exp("confirmation", "PO 4500232590 accepted in full; PO 4500232604 line 1 accepted, line 2 price 38.50 (PO 36.00) with the "
            "same date; PO 4500232615 deferred ('come back next week') - only mentioned, so left out.",
            [conf(pa, {1: "A", 2: "A"}), conf(pb, {1: "A", 2: C(pb, 2, price="38.50")})])
    return [pa, pb, pc], eml, e
