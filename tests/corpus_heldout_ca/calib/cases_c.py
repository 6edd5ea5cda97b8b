"""Cases 037-053."""
from . import mime, xlsx
from .common import (L, REJ, UNC, acc, allacc, case, chgp, conf, esc, exp_conf, exp_other, html_doc, outlook_loc,
                     po, request_html, request_subject, request_text, rfc_date, rid, sup, text_to_html, quote_gt)
from .reply import hx, reply, request_message


def C(pos, eml, expected):
    return {"pos": pos, "eml": eml, "expected": expected}


@case("magic-props-helpdesk-ticket-au", "auto_reply/en-AU",
      "Australian help-desk ticket acknowledgement ('Your request #48213 has been received') that re-quotes our full PO table with prices and dates.")
def c037():
    s = sup("BONDIMAG", "Bondi Magic Supplies Pty Ltd", "orders@bondimagic.example", "en-AU")
    p = po("4500081237", s, "tl", "AUD", "2026-11-23", [
        L("BMS-ZOMBIE", "Floating zombie ball 4 in, with gimmick", 60, "EA", "18.90", "2026-12-11"),
        L("BMS-SPONGE-2", "Sponge balls 2 in, red, pack of 4", 300, "EA", "2.40", "2026-12-11"),
    ])
    txt = "\n".join([
        "##- Please type your reply above this line -##", "",
        "Hi Tobias,", "",
        "Thanks for contacting Bondi Magic Supplies. Your request (#48213) has been received and is being",
        "reviewed by our team. Our usual response time is 1-2 business days (Mon-Fri 9am-5pm AEDT).", "",
        "To add additional comments, reply to this email.", "",
        "----------------------------------------------", "",
        "Tobias Lind, 23 Nov 2026, 7:14 pm AEDT", "",
    ]) + "\n" + request_text(p) + "\n----------------------------------------------\n\nThis email is a service from Bondi Magic Supplies Support.\n[Z3P8RK-4WQ1]\n"
    htm = html_doc('<div style="font-family:Helvetica,Arial;font-size:14px">' + text_to_html(txt, "Helvetica, Arial") + "</div>")
    part = mime.alt(mime.text(txt), mime.html(htm), "--==_mimepart_%s" % hx("c037", 24))
    h = [("Date", rfc_date(2026, 11, 23, 19, 14, 52, "+1100")),
         ("From", mime.addr("Bondi Magic Supplies", "support@bondimagic.example")),
         ("Reply-To", mime.addr("Bondi Magic Supplies", "support+id48213@bondimagic.example")),
         ("To", mime.addr("Tobias Lind", "tobias.lind@calder-finch.example")),
         ("Message-ID", "<Z3P8RK4WQ1_%s@zendesk.example>" % hx("c037", 12)),
         ("In-Reply-To", rid(p)), ("References", rid(p)),
         ("Subject", "[Bondi Magic Supplies] Re: " + request_subject(p)),
         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Zendesk Mailer")]
    eml = mime.message(h, mime.multi("alternative", part.children, part.boundary))
    return C([p], eml, exp_other("auto_reply", "Ticket-system receipt; the PO table in it is our own request echoed back, nothing is committed."))


@case("track-pin-rings-price-per-100", "confirmation/cs-CZ",
      "Czech windows-1250 reply pricing one line 'Kč / 100 ks' (equal to the PO's per-piece price) and the other with a new per-piece price; dates written '17. 12. 2026'.")
def c038():
    s = sup("PASCEP", "Pásové Čepy a.s.", "prodej@pasovecepy.example", "cs-CZ")
    p = po("4500081238", s, "tl", "CZK", "2026-11-18", [
        L("BTP-LOCK-12", "Track pin lock ring 12 mm, spring steel", 2000, "PCS", "12.50", "2026-12-17"),
        L("BTP-PIN-D5", "Track pin D5, 47 x 196 mm, induction hardened", 120, "PCS", "890.00", "2026-12-17"),
    ])
    labels, sent = outlook_loc(p, "cs")
    body = "\n".join([
        "Dobrý den, pane Linde,", "",
        "děkujeme za objednávku a potvrzujeme ji takto:", "",
        "pol. 1 – pojistné kroužky 12 mm: 2 000 ks, cena 1 250,00 Kč / 100 ks, dodání 17. 12. 2026",
        "pol. 2 – čepy D5 47 x 196 mm: 120 ks, cena 925,00 Kč/ks (nová cena oceli od 1. 11.), dodání 17. 12. 2026", "",
        "S pozdravem",
        "Petra Horáková",
        "obchodní oddělení",
        "Pásové Čepy a.s. | Průmyslová 1180, 530 02 Pardubice",
        "tel.: +420 466 555 213 | IČO: 25981455",
    ]) + "\n"
    eml = reply(p, "c038", "outlook", ("Horáková Petra", "horakova@pasovecepy.example"),
                rfc_date(2026, 11, 19, 8, 40, 15, "+0100"), body, labels=labels, sent=sent, cs="windows-1250",
                subject="RE: " + request_subject(p), lang_hdr="cs-CZ")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, price="925.00")})],
                 "1 250,00 Kč per 100 ks = 12.50 per piece = PO price (accepted); line 2 new price 925.00; '1. 11.' is context.")
    return C([p], eml, e)


@case("dialysis-two-pos-one-answered-ro", "confirmation/ro-RO",
      "Romanian reply about two open POs: one is confirmed in full, the other is only mentioned ('vă revenim săptămâna viitoare') and must be left out.")
def c039():
    s = sup("MEDTUBRO", "Medical Tubing Romania SRL", "comenzi@medtubing.example", "ro-RO")
    a = po("4500081239", s, "ab", "EUR", "2026-11-18", [
        L("DLT-AV-16", "AV fistula needle set 16G, tubing 30 cm", 2000, "EA", "0.86", "2026-12-14"),
        L("DLT-PVC-46", "PVC medical tubing 4x6 mm, 50 m roll", 20, "ROL", "31.00", "2026-12-14"),
    ])
    b = po("4500081290", s, "ab", "EUR", "2026-11-19", [
        L("DLT-CLAMP-68", "Tube clamp, slide type 6/8 mm", 5000, "EA", "0.09", "2026-12-21"),
    ])
    body = "\n".join([
        "Bună ziua, doamna Bakker,", "",
        "Confirmăm comanda 4500081239: ambele poziții conform comenzii (cantități și prețuri), livrare 14.12.2026.", "",
        "Pentru comanda 4500081290 (cleme 6/8 mm) vă revenim cu termenul de livrare săptămâna viitoare.", "",
        "Cu stimă,",
        "Andreea Popescu",
        "Departament Vânzări",
        "Medical Tubing Romania SRL | Str. Fabricii nr. 7, 400632 Cluj-Napoca",
        "Tel.: +40 264 555 810",
    ]) + "\n"
    attrib = "În mie., 18 nov. 2026 la 10:14, Aylin Bakker <aylin.bakker@calder-finch.example> a scris:"
    eml = reply(a, "c039", "gmail", ("Andreea Popescu", "andreea.popescu@medtubing.example"),
                rfc_date(2026, 11, 20, 12, 30, 5, "+0200"), body, attrib=attrib)
    return C([a, b], eml, exp_conf([allacc(a)], "Two POs in pos.json; only 4500081239 is confirmed, 4500081290 is merely mentioned with a promise to revert, so it is left out."))


@case("track-pins-qmail-bounce-za", "bounce/en-ZA",
      "Plain-text qmail bounce from the supplier's server ('Sorry, no mailbox here by that name') with the raw original request, PO table and dates below the line.")
def c040():
    s = sup("HIGHVELD", "Highveld Undercarriage (Pty) Ltd", "orders@highveld-uc.example", "en-ZA")
    p = po("4500081240", s, "mk", "USD", "2026-11-20", [
        L("HUC-PIN-D8", "Track pin D8T, 69 x 300 mm", 160, "EA", "64.00", "2026-12-18"),
        L("HUC-BUSH-D8", "Track bushing D8T, 88 mm OD", 160, "EA", "52.50", "2026-12-18"),
        L("HUC-BOLT-7/8", "Shoe bolt 7/8 in x 2 1/2 in with nut", 1200, "EA", "1.95", "2026-12-18"),
    ])
    orig = request_message(p, rfc_date(2026, 11, 20, 9, 14, 0, "+0100"))
    txt = ("Hi. This is the qmail-send program at mail.highveld-uc.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<orders@highveld-uc.example>:\n"
           "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <morag.keane@calder-finch.example>\n"
           "Received: (qmail 28114 invoked from network); 20 Nov 2026 08:14:07 -0000\n"
           "Received: from mx1.calder-finch.example (185.31.17.42)\n  by mail.highveld-uc.example with SMTP; 20 Nov 2026 08:14:07 -0000\n")
    data = txt.encode() + orig.replace(b"\r\n", b"\n")
    h = [("Return-Path", "<>"), ("Date", rfc_date(2026, 11, 20, 8, 14, 8, "+0000")),
         ("From", "MAILER-DAEMON@mail.highveld-uc.example"),
         ("To", "morag.keane@calder-finch.example"),
         ("Subject", "failure notice"),
         ("Message-ID", "<20261120081408.28116.qmail@mail.highveld-uc.example>")]
    eml = mime.message(h, mime.Part([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")], data))
    return C([p], eml, exp_other("bounce", "qmail plain-text bounce; the raw copy of our request (with QP-encoded PO table and dates) follows the marker line."))


@case("wax-seals-engraving-delay-bg", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply confirming both lines but moving delivery to '17.12.2026 г.' because of logo engraving; prices unchanged.")
def c041():
    s = sup("PECHATI", "Печати Арт ООД", "poruchki@pechati-art.example", "bg-BG")
    p = po("4500081241", s, "jv", "EUR", "2026-11-18", [
        L("WSS-30-OAK", "Wax seal stamp 30 mm, oak handle, custom logo", 100, "EA", "13.40", "2026-12-10"),
        L("WSS-SPN-12", "Wax melting spoon, brass, 1/2 in bowl", 100, "EA", "3.15", "2026-12-10"),
    ])
    body = "\n".join([
        "Здравейте, г-н ван Дам,", "",
        "Благодарим за поръчката. Потвърждаваме поръчка № 4500081241 – количества и цени без промяна.",
        "Поради гравирането на логото доставката ще бъде на 17.12.2026 г. за двете позиции.", "",
        "С уважение,",
        "Мария Георгиева",
        "Отдел продажби",
        "Печати Арт ООД, ул. „Индустриална“ 11, 4000 Пловдив",
        "тел. +359 32 555 614",
    ]) + "\n"
    attrib = "На 18.11.2026 г. в 10:14 ч. Joost van Dam написа:"
    eml = reply(p, "c041", "tb", ("Мария Георгиева", "m.georgieva@pechati-art.example"),
                rfc_date(2026, 11, 23, 11, 5, 47, "+0200"), body, html=None, attrib=attrib, cs="windows-1251",
                subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-17"), 2: chgp(p, 2, date="2026-12-17")})],
                 "Bulgarian date '17.12.2026 г.' for both lines, later than the requested 2026-12-10.")
    return C([p], eml, e)


@case("ballast-screens-cyrillic-reduced-qty", "confirmation/sr-RS",
      "Serbian Cyrillic reply reducing one line to 10 pieces ('уместо 12') while the M2 line is confirmed as ordered; 'm²' in the text.")
def c042():
    s = sup("SITAPR", "Сита Пруга д.о.о.", "prodaja@sitapruga.example", "sr-RS")
    p = po("4500081242", s, "tl", "EUR", "2026-11-19", [
        L("RBS-PLATE-60", "Perforated plate 60 mm round holes, 8 mm, 1200x2400", 12, "EA", "780.00", "2026-12-18"),
        L("RBS-WIRE-40", "Woven wire screen 40x40 mm, 6 mm wire", 25, "M2", "96.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Поштовани господине Линд,", "",
        "потврђујемо поруџбину бр. 4500081242:", "",
        "Позиција 1 – перфорирани лим 60 мм: 10 ком (уместо 12, више немамо лима те дебљине), цена 780,00 EUR, испорука 18.12.2026.",
        "Позиција 2 – плетена мрежа 40x40 мм: 25 m² како је наручено, испорука 18.12.2026.", "",
        "Срдачан поздрав,",
        "Милош Јовановић",
        "Сита Пруга д.о.о., Индустријска зона бб, 21000 Нови Сад",
        "тел. +381 21 555 7741",
    ]) + "\n"
    attrib = "On 19.11.2026 09:14, Tobias Lind wrote:"
    eml = reply(p, "c042", "tb", ("Милош Јовановић", "milos.jovanovic@sitapruga.example"),
                rfc_date(2026, 11, 25, 9, 58, 20, "+0100"), body, attrib=attrib, subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, q=10), 2: acc(p, 2)})],
                 "Cyrillic Serbian; line 1 quantity 10 instead of 12 (rest not available), line 2 as ordered.")
    return C([p], eml, e)


@case("xray-hangers-values-only-in-quote-ko", "needs_review/ko-KR",
      "Korean EUC-KR Outlook reply saying prices and lead time will follow after the production team checks; every price and date is in our quoted request only.")
def c043():
    s = sup("HANBIT", "한빛의료기 주식회사", "sales@hanbit-med.example", "ko-KR")
    p = po("4500081243", s, "ab", "USD", "2026-11-24", [
        L("XFK-2430", "X-ray film hanger 24x30 cm, 4-clip", 100, "EA", "8.20", "2026-12-16"),
        L("XFK-CORN", "Spare corner clips, stainless (box of 50)", 20, "BOX", "11.50", "2026-12-16"),
    ])
    labels, sent = outlook_loc(p, "ko")
    body = "\n".join([
        "Aylin Bakker 님께,", "",
        "안녕하세요. 한빛의료기 영업팀 김지현입니다.",
        "보내주신 주문서(4500081243) 잘 받았습니다.", "",
        "단가와 납기는 생산팀 확인 후 회신드리겠습니다.", "",
        "감사합니다.",
        "김지현 드림", "",
        "한빛의료기 주식회사 | 경기도 성남시 중원구 사기막골로 45",
        "Tel. +82 31 555 7124",
    ]) + "\n"
    eml = reply(p, "c043", "outlook", ("김지현", "jh.kim@hanbit-med.example"),
                rfc_date(2026, 11, 25, 17, 3, 30, "+0900"), body, labels=labels, sent=sent, cs="euc-kr",
                cte="base64", subject="RE: " + request_subject(p), lang_hdr="ko-KR")
    return C([p], eml, exp_other("needs_review", "Korean acknowledgement promising prices and lead time later; the only values are in our quoted PO table."))


@case("lens-seals-plus-five-percent-gr", "confirmation/el-GR",
      "Greek ISO-8859-7 reply giving a '5%' price increase on one line (to be applied to the PO unit price: 44.00 -> 46.20) with the requested date.")
def c044():
    s = sup("FAROI", "Φάροι Σφραγίσεις Α.Ε.", "pwliseis@faroi-seals.example", "el-GR")
    p = po("4500081244", s, "mk", "EUR", "2026-11-19", [
        L("LHG-FR-500", "Fresnel lens seal 500 mm dia, silicone 6x4 mm profile", 20, "EA", "44.00", "2026-12-14"),
        L("LHG-VENT-38", "Vent gasket 38 mm, 3/8 in thread", 80, "EA", "2.60", "2026-12-14"),
    ])
    labels, sent = outlook_loc(p, "el")
    body = "\n".join([
        "Καλημέρα σας κυρία Keane,", "",
        "Επιβεβαιώνουμε την παραγγελία 4500081244:", "",
        "Θέση 1: 20 τεμ., αύξηση τιμής 5% λόγω κόστους σιλικόνης, παράδοση 14/12/2026.",
        "Θέση 2: όπως η παραγγελία.", "",
        "Με εκτίμηση,",
        "Γιώργος Παπαδόπουλος",
        "Τμήμα Πωλήσεων",
        "Φάροι Σφραγίσεις Α.Ε., Λεωφ. Σχιστού 112, 18540 Πειραιάς",
        "Τηλ. +30 210 555 4417",
    ]) + "\n"
    eml = reply(p, "c044", "outlook", ("Γιώργος Παπαδόπουλος", "g.papadopoulos@faroi-seals.example"),
                rfc_date(2026, 11, 26, 10, 37, 0, "+0200"), body, labels=labels, sent=sent, cs="iso-8859-7",
                subject="RE: " + request_subject(p), lang_hdr="el-GR")
    e = exp_conf([conf(p, {1: chgp(p, 1, price="46.20"), 2: acc(p, 2)})],
                 "+5% applies to the PO unit price 44.00 -> 46.20; date 14/12/2026 as requested.")
    return C([p], eml, e)


@case("pasta-dies-teslim-18-aralik", "confirmation/tr-TR",
      "Turkish ISO-8859-9 Outlook reply 'Teslim tarihi: 18 Aralık 2026' for both lines, prices as ordered, with a Turkish month name.")
def c045():
    s = sup("ANAKALIP", "Anadolu Kalıp Makina San. ve Tic. A.Ş.", "satis@anadolukalip.example", "tr-TR")
    p = po("4500081245", s, "jv", "EUR", "2026-11-20", [
        L("PDT-MAC-6", "Macaroni die 6 mm elbow, 350 mm, bronze insert", 2, "EA", "3100.00", "2026-12-09"),
        L("PDT-SEAL-350", "Die seal ring 350 mm, PTFE", 4, "EA", "145.00", "2026-12-09"),
    ])
    labels, sent = outlook_loc(p, "tr")
    body = "\n".join([
        "Merhaba Joost Bey,", "",
        "4500081245 no.lu siparişinizi onaylıyoruz.", "",
        "Teslim tarihi: 18 Aralık 2026 (her iki kalem için).",
        "Fiyatlar siparişteki gibidir (3.100,00 EUR ve 145,00 EUR).", "",
        "Saygılarımızla,",
        "Elif Yıldız",
        "Satış Müdürü",
        "Anadolu Kalıp Makina San. ve Tic. A.Ş.",
        "Organize Sanayi Bölgesi 4. Cad. No:17, 42300 Konya",
        "Tel: +90 332 555 16 40",
    ]) + "\n"
    eml = reply(p, "c045", "outlook", ("Elif Yıldız", "elif.yildiz@anadolukalip.example"),
                rfc_date(2026, 11, 24, 14, 55, 12, "+0300"), body, labels=labels, sent=sent, cs="iso-8859-9",
                subject="YNT: " + request_subject(p), lang_hdr="tr-TR")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-18"), 2: chgp(p, 2, date="2026-12-18")})],
                 "Turkish month name 'Aralık' = December; 3.100,00 uses a dot for thousands.")
    return C([p], eml, e)


@case("kiln-furniture-price-list-2027-ca", "unrelated/ca-ES",
      "Catalan mailing of the 2027 price list with an XLSX listing the very item codes of our open PO at new prices valid from 1 January 2027.")
def c046():
    s = sup("TERRFORN", "Terrissa i Forn Vallès S.L.", "comandes@terrissaforn.example", "ca-ES")
    p = po("4500081246", s, "ab", "EUR", "2026-11-20", [
        L("TF-SIC-3838", "SiC kiln shelf 380x380x8 mm", 40, "EA", "36.50", "2026-12-16"),
        L("TF-COL-50", "Kiln column 50 mm, alumina", 120, "EA", "2.10", "2026-12-16"),
    ])
    rows = [["Terrissa i Forn Vallès S.L. - Llista de preus 2027 (EUR, IVA no inclòs)"], [],
            ["Codi", "Descripció", "Unitat", "Preu 2026", "Preu 2027", "Variació"],
            ["TF-SIC-3838", "Placa SiC 380x380x8 mm", "u", 36.5, 38.2, "4,7 %"],
            ["TF-SIC-4545", "Placa SiC 450x450x10 mm", "u", 52.0, 54.3, "4,4 %"],
            ["TF-COL-50", "Columna alúmina 50 mm", "u", 2.1, 2.2, "4,8 %"],
            ["TF-COL-100", "Columna alúmina 100 mm", "u", 3.4, 3.55, "4,4 %"],
            ["TF-WASH-5", "Esmalt de protecció 5 kg", "u", 18.9, 19.8, "4,8 %"],
            [], ["Vigent a partir de l'1/1/2027. Comandes confirmades abans del 31/12/2026 es facturen al preu 2026."]]
    data = xlsx.build([("Preus 2027", rows)], creator="Terrissa i Forn")
    body = "\n".join([
        "Benvolguts clients,", "",
        "Us fem arribar adjunta la nostra llista de preus per al 2027, vigent a partir de l'1 de gener de 2027.",
        "L'increment mitjà és del 4,5 % a causa del cost de l'energia.", "",
        "Les comandes confirmades abans del 31 de desembre de 2026 es mantenen als preus actuals.", "",
        "Salutacions cordials,",
        "Montserrat Vilaró",
        "Terrissa i Forn Vallès S.L. · Carrer del Forn 3, 08201 Sabadell · 93 555 27 60",
    ]) + "\n"
    part = mime.mixed([mime.text(body, cs="iso-8859-1", cte="quoted-printable"),
                       mime.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Llista_preus_2027.xlsx")],
                      "----=_Part_%s" % hx("c046", 20))
    h = [("Date", rfc_date(2026, 11, 25, 9, 30, 0, "+0100")),
         ("From", mime.addr("Terrissa i Forn Vallès", "info@terrissaforn.example", "iso-8859-1", "Q")),
         ("To", mime.addr("Aylin Bakker", "aylin.bakker@calder-finch.example")),
         ("Subject", mime.ew("Llista de preus 2027 - Terrissa i Forn Vallès", "iso-8859-1", "Q")),
         ("Message-ID", "<%s.preus2027@terrissaforn.example>" % hx("c046", 14)),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("unrelated", "Catalan price-list mailing; the XLSX repeats our PO item codes with 2027 prices, but nothing answers the PO."))


@case("door-rollers-leverans-vecka-50-51", "confirmation/sv-SE",
      "Swedish Outlook reply giving delivery weeks only ('v. 50' for rows 1 and 3, 'v. 51' for row 2), which map to the Fridays 11 and 18 December.")
def c047():
    s = sup("HISSDEL", "Hissdelar Norden AB", "order@hissdelar.example", "sv-SE")
    p = po("4500081247", s, "tl", "SEK", "2026-11-20", [
        L("EDR-48-S", "Door roller 48 mm, steel, 6001ZZ bearing", 300, "EA", "68.00", "2026-12-18"),
        L("EDR-TRK-2", "Door track 2.0 m, 3 mm aluminium", 40, "EA", "415.00", "2026-12-18"),
        L("EDR-HNG-8", "Hanger plate 8 mm, M8x25 bolts included", 150, "EA", "39.50", "2026-12-18"),
    ])
    labels, sent = outlook_loc(p, "sv")
    body = "\n".join([
        "Hej Tobias!", "",
        "Tack för ordern. Vi bekräftar 4500081247 enligt följande:", "",
        "Rad 1 och rad 3: leverans v. 50",
        "Rad 2: leverans v. 51", "",
        "Priser och antal enligt order.", "",
        "Med vänlig hälsning",
        "Anders Lindqvist",
        "Hissdelar Norden AB | Smedjegatan 4, 721 32 Västerås",
        "Tel 021-555 48 90",
    ]) + "\n"
    eml = reply(p, "c047", "outlook", ("Anders Lindqvist", "anders.lindqvist@hissdelar.example"),
                rfc_date(2026, 11, 25, 15, 2, 44, "+0100"), body, labels=labels, sent=sent, cs="iso-8859-1",
                subject="SV: " + request_subject(p), lang_hdr="sv-SE")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-11"), 2: acc(p, 2), 3: chgp(p, 3, date="2026-12-11")})],
                 "Week numbers without a day = Friday: v. 50 = 2026-12-11 (earlier than requested), v. 51 = 2026-12-18 = requested.")
    return C([p], eml, e)


@case("kiln-shelves-one-line-discontinued-fi", "confirmation/fi-FI",
      "Finnish reply confirming line 1 as ordered and declining line 2 because the 600x600 shelf has left the range.")
def c048():
    s = sup("UUNILEVY", "Uunilevy Oy", "tilaukset@uunilevy.example", "fi-FI")
    p = po("4500081248", s, "ab", "EUR", "2026-11-23", [
        L("KSF-HX-40", "Hexagonal kiln shelf 40 cm, 16 mm cordierite", 12, "EA", "39.90", "2026-12-18"),
        L("KSF-SIC-6060", "SiC kiln shelf 600x600x15 mm", 4, "EA", "148.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Hei Aylin,", "",
        "kiitos tilauksesta. Vahvistamme tilauksen 4500081248 rivin 1: toimitus tilauksen mukaan 18.12.2026,",
        "12 kpl à 39,90 EUR.", "",
        "Rivin 2 levyjä (600x600x15 mm) emme valitettavasti pysty toimittamaan, tuote on poistunut valikoimasta.", "",
        "Ystävällisin terveisin",
        "Mikko Virtanen",
        "Uunilevy Oy, Teollisuustie 9, 15560 Nastola",
        "puh. 03 555 1874",
    ]) + "\n"
    attrib = "Aylin Bakker kirjoitti 23.11.2026 klo 9.14:"
    eml = reply(p, "c048", "tb", ("Mikko Virtanen", "mikko.virtanen@uunilevy.example"),
                rfc_date(2026, 11, 24, 12, 19, 7, "+0200"), body, html=None, attrib=attrib, cs="iso-8859-15",
                subject="Re: " + request_subject(p))
    e = exp_conf([conf(p, {1: acc(p, 1), 2: REJ})], "Line 1 as ordered; line 2 declined (product discontinued) = rejected.")
    return C([p], eml, e)


@case("pasta-dies-subject-to-advance-in", "needs_review/en-IN",
      "Indian reply 'confirm acceptance ... subject to 30% advance' with delivery 'within 3 weeks from receipt of advance': conditional and relative to an unknown date.")
def c049():
    s = sup("SHAKTI", "Shakti Die Works", "sales@shaktidieworks.example", "en-IN")
    p = po("4500081249", s, "rs", "USD", "2026-11-20", [
        L("PED-BRZ-RIG", "Bronze die 90 mm, rigatoni 10x45, 24 holes", 4, "EA", "980.00", "2026-12-18"),
        L("PED-BRZ-PEN", "Bronze die penne 8/10 mm, 140 mm dia", 2, "EA", "1240.00", "2026-12-18"),
    ])
    body = "\n".join([
        "Dear Sir,", "",
        "Greetings from Shakti Die Works!", "",
        "We thank you for your PO No. 4500081249 dt. 20/11/2026 and confirm acceptance of the same subject to",
        "30% advance payment against our Proforma Invoice No. SDW/PI/26-27/0412 (attached separately), balance",
        "before dispatch.", "",
        "Delivery: within 3 weeks from receipt of advance in our account.", "",
        "Kindly do the needful at the earliest.", "",
        "Thanks & Regards,",
        "Suresh Iyer",
        "Marketing Executive",
        "Shakti Die Works, B-17, Ambattur Industrial Estate, Chennai - 600 058",
        "Ph: 044-2555 4187 | Mob: +91 94440 55123",
    ]) + "\n"
    attrib = "On Fri, Nov 20, 2026 at 1:44 PM Rafael Soto <rafael.soto@calder-finch.example> wrote:"
    eml = reply(p, "c049", "gmail", ("Suresh Iyer", "suresh.iyer@shaktidieworks.example"),
                rfc_date(2026, 11, 21, 11, 2, 9, "+0530"), body, attrib=attrib)
    return C([p], eml, exp_other("needs_review", "Acceptance conditional on an advance payment, delivery relative to its receipt: a careful buyer cannot record a date."))


@case("ballast-springs-ship-vs-delivery-ua", "confirmation/uk-UA",
      "Ukrainian base64 Outlook reply giving a shipment date and a later delivery date for line 1 (delivery wins, equals requested) and a reduced quantity for line 2.")
def c050():
    s = sup("ZALSYTA", "ТОВ «Залізничні Сита»", "zbut@zal-syta.example", "uk-UA")
    p = po("4500081250", s, "tl", "EUR", "2026-11-20", [
        L("RBS-UA-SP24", "Spring set for ballast sieve drive, 24 pcs", 6, "SET", "520.00", "2026-12-21"),
        L("RBS-UA-MESH", "Mesh panel 50x50 mm opening, 1.25x2.5 m", 40, "EA", "210.00", "2026-12-21"),
    ])
    labels, sent = outlook_loc(p, "uk")
    body = "\n".join([
        "Добрий день, пане Тобіасе!", "",
        "Підтверджуємо замовлення № 4500081250:", "",
        "Поз. 1 — 6 компл., ціна 520,00 EUR, відвантаження 14.12.2026, доставка до Роттердама 21.12.2026.",
        "Поз. 2 — можемо поставити 36 шт. за ціною 210,00 EUR, доставка 21.12.2026.", "",
        "З повагою,",
        "Олена Шевченко",
        "відділ збуту",
        "ТОВ «Залізничні Сита», вул. Заводська 12, 49000 Дніпро",
        "тел. +380 56 555 4120",
    ]) + "\n"
    eml = reply(p, "c050", "outlook", ("Олена Шевченко", "o.shevchenko@zal-syta.example"),
                rfc_date(2026, 11, 25, 11, 44, 36, "+0200"), body, labels=labels, sent=sent, cte="base64",
                subject="RE: " + request_subject(p), lang_hdr="uk-UA")
    e = exp_conf([conf(p, {1: acc(p, 1), 2: chgp(p, 2, q=36)})],
                 "Line 1: shipment 14.12 but delivery 21.12 (delivery wins) = requested; line 2: 36 instead of 40.")
    return C([p], eml, e)


@case("cone-bases-rtl-html-only-ae", "confirmation/ar-AE",
      "HTML-only right-to-left Arabic reply with an English summary line: both lines confirmed but delivered 22/12/2026 because of the vessel schedule.")
def c051():
    s = sup("EMRSAFE", "Emirates Road Safety Trading LLC", "sales@emiratesroadsafety.example", "ar-AE")
    p = po("4500081251", s, "rs", "USD", "2026-11-23", [
        L("TCB-AE-6", "Cone base 6 kg, 42x42 cm, reflective rim", 500, "EA", "5.90", "2026-12-10"),
        L("TCB-AE-COL", "Cone collar 6 in reflective sleeve", 1000, "EA", "0.85", "2026-12-10"),
    ])
    labels, sent = outlook_loc(p, "ar")
    ar = ["السيد رافاييل سوتو المحترم،", "",
          "تحية طيبة وبعد،",
          "نؤكد لكم طلب الشراء رقم 4500081251 بالكميات والأسعار المذكورة.",
          "موعد التسليم: 22/12/2026 لكلا البندين بسبب جدول الباخرة من ميناء جبل علي.", "",
          "English: PO 4500081251 confirmed, quantities and prices as per PO, delivery 22/12/2026 for both items (vessel schedule).", "",
          "مع خالص التحية،",
          "محمد الحمادي | Mohammed Al Hammadi",
          "Emirates Road Safety Trading LLC",
          "Office 1204, Al Qusais Industrial Area 2, Dubai, UAE",
          "Tel: +971 4 555 2380"]
    hb = '<div dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">' + "".join(
        "<p>%s</p>" % esc(l) if l else "<p>&nbsp;</p>" for l in ar) + "</div>"
    f, se, t, su = labels
    hb += ('<hr><div dir="rtl"><b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</div><div dir="ltr">%s</div>'
           % (f, esc(p["buyer"]["name"]), p["buyer"]["email"], se, sent, t, esc(s["name"]), su, request_subject(p), request_html(p)))
    eml = reply(p, "c051", "outlook", ("Mohammed Al Hammadi", "m.alhammadi@emiratesroadsafety.example"),
                rfc_date(2026, 11, 25, 10, 3, 58, "+0400"), "", html="only", html_body=html_doc(hb),
                subject="RE: " + request_subject(p), lang_hdr="ar-AE")
    e = exp_conf([conf(p, {1: chgp(p, 1, date="2026-12-22"), 2: chgp(p, 2, date="2026-12-22")})],
                 "HTML-only RTL mail; Arabic and English both give 22/12/2026 for both lines.")
    return C([p], eml, e)


@case("xray-hangers-absence-fr-ch", "auto_reply/fr-CH",
      "Swiss French out-of-office ('absente du 23.11.2026 au 04.12.2026 inclus') whose dates could be mistaken for delivery dates.")
def c052():
    s = sup("RADROM", "Radiologie Accessoires Romandie SA", "commandes@radrom.example", "fr-CH")
    p = po("4500081252", s, "ab", "CHF", "2026-11-23", [
        L("RAR-HNG-3543", "X-ray film hanger 35x43 cm, stainless", 40, "EA", "18.40", "2026-12-04"),
        L("RAR-HNG-2430", "X-ray film hanger 24x30 cm, stainless", 40, "EA", "15.90", "2026-12-04"),
    ])
    body = "\n".join([
        "Bonjour,", "",
        "Je suis absente du 23.11.2026 au 04.12.2026 inclus et n'aurai pas accès à mes e-mails.",
        "Pour toute commande urgente, merci de vous adresser à M. Luc Favre (luc.favre@radrom.example,",
        "+41 21 555 40 12).", "",
        "Meilleures salutations",
        "Isabelle Rochat",
        "Radiologie Accessoires Romandie SA, Chemin du Closel 5, 1020 Renens",
    ]) + "\n"
    part = mime.alt(mime.text(body, cs="iso-8859-1"),
                    mime.html(html_doc(text_to_html(body), charset="iso-8859-1"), "iso-8859-1", "quoted-printable"),
                    "_000_" + hx("c052", 40).upper() + "_")
    h = mime.std_headers(mime.addr("Isabelle Rochat", "isabelle.rochat@radrom.example"),
                         mime.addr("Aylin Bakker", "aylin.bakker@calder-finch.example"),
                         "Réponse automatique : " + request_subject(p), rfc_date(2026, 11, 23, 9, 15, 4, "+0100"),
                         "<GV0P278MB%s@GV0P278MB%s.CHEP278.PROD.OUTLOOK.COM>" % (hx("c052", 18, "m").upper(), hx("c052", 4, "n").upper()),
                         in_reply_to=rid(p), subj_cs="iso-8859-1",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    h = [(k, "fr-CH" if k == "Content-Language" else v) for k, v in h]
    eml = mime.message(h, part)
    return C([p], eml, exp_other("auto_reply", "Out-of-office; 04.12.2026 is the return date and happens to equal the requested date."))


@case("kiln-shelves-price-per-box-cn", "confirmation/zh-CN",
      "Simplified Chinese GB2312 reply pricing the shelves per carton of 10 ('EUR 128.00/箱') against a per-piece PO line, so 12.80 per EA; dates as 2026年12月18日.")
def c053():
    s = sup("JDZKILN", "景德镇窑具有限公司", "sales@jdz-kilnfurniture.example", "zh-CN")
    p = po("4500081253", s, "jv", "EUR", "2026-11-20", [
        L("KSC-SIC-30", "SiC kiln shelf 300x300x8 mm", 200, "EA", "12.60", "2026-12-18"),
        L("KSC-PROP-50", "Kiln prop 50 mm, hollow", 400, "EA", "0.95", "2026-12-18"),
    ])
    body = "\n".join([
        "Joost 先生，您好！", "",
        "感谢贵司的订单。订单 4500081253 确认如下：", "",
        "1. 碳化硅棚板 300x300x8 mm：200 片（每箱 10 片，共 20 箱），单价 EUR 128.00/箱，交货期 2026年12月18日。",
        "2. 空心支柱 50 mm：400 个，单价 EUR 0.95/个，交货期 2026年12月18日。", "",
        "如有问题请随时联系。", "",
        "此致",
        "敬礼", "",
        "王丽 Wang Li",
        "景德镇窑具有限公司 外贸部",
        "江西省景德镇市珠山区陶瓷工业园 8 号",
        "电话：+86 798 555 2716",
    ]) + "\n"
    eml = reply(p, "c053", "outlook", ("王丽", "wangli@jdz-kilnfurniture.example"),
                rfc_date(2026, 11, 27, 16, 25, 41, "+0800"), body, html=None, cs="gb2312", cte="base64",
                subject="回复: " + request_subject(p))
    e = exp_conf([conf(p, {1: chgp(p, 1, price="12.80"), 2: acc(p, 2)})],
                 "EUR 128.00 per carton of 10 = 12.80 per piece vs 12.60 ordered; 200 pieces = 20 cartons as ordered.")
    return C([p], eml, e)
