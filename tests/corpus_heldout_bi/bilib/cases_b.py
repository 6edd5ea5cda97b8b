"""Cases 019-036: confirmations (multi-PO, rejections, attachments, conversions, scripts)."""
from .common import A, R, U, PO, D, case, conf, exp_conf, kw
from .mime import attach, quote, reply_mail, req_when, request_text
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("organ-enie-two-pos-both", "confirmation/en-IE",
      "One reply answers two POs at once: the first as ordered ('18th December'), the second moved to 5 February 2027.")
def c19(c):
    sup = ("AEOLUS", "Aeolus Organ Blowers Ltd", "sales@aeolusblowers.example", "en-IE")
    po_a = PO("4500381050", sup, "EUR", "2026-11-03", [
        ("AB-1.5-HP", "Organ blower 1.5 kW, 90 mm WG, silent cabinet", 1, "EA", "6850.00", "2026-12-18"),
        ("AB-FLT-400", "Inlet filter 400x400 mm", 4, "EA", "42.00", "2026-12-18"),
    ], buyer="hl")
    po_b = PO("4500381588", sup, "EUR", "2026-11-05", [
        ("AB-RES-3", "Wind regulator reservoir 3/4 size, leather hinged", 2, "EA", "1320.00", "2027-01-22"),
    ], buyer="hl")
    reply = ("Hi Hanna,\n\nThanks for both orders, see below:\n\n"
             "PO 4500381050 - blower and filters confirmed as ordered, delivery 18th December.\n\n"
             "PO 4500381588 - reservoirs: our leather supplier is closed over Christmas, so we can only deliver "
             "on 5 February 2027. Price stays at EUR 1,320.00 each.\n\n"
             "Kind regards,\nSiobhán Byrne\nSales & Service\nAeolus Organ Blowers Ltd\n"
             "Unit 6, Ballymount Industrial Estate, Dublin 12, D12 X2K7\nT +353 1 555 4471\n\n"
             "Registered in Ireland No. 318842. VAT IE6388047V.\n")
    eml = reply_mail(c, po_a, frm=("Siobhán Byrne", "siobhan.byrne@aeolusblowers.example"),
                     date=D(2026, 11, 17, 11, 2, 40, "+0000"), reply=reply, client="outlook",
                     charset="iso-8859-1", lang_tag="en-IE",
                     subject="RE: Order acknowledgment request - PO 4500381050 / 4500381588")
    return [po_a, po_b], eml, exp_conf("Two POs answered in one mail: '18th December' (no year) -> 2026-12-18 as ordered; reservoirs moved to 2027-02-05 at unchanged price.",
                                       conf(po_a, {1: A, 2: A}), conf(po_b, {1: (None, None, "2027-02-05")}))


@case("hospital-sv-rejected-line", "confirmation/sv-SE",
      "Swedish reply with one line discontinued ('har utgått ... kan inte levereras'), one in 'vecka 51' and one earlier ISO date.")
def c20(c):
    sup = ("VARDSANG", "Vårdsäng Nordic AB", "order@vardsang.example", "sv-SE")
    po = PO("4500381420", sup, "SEK", "2026-11-04", [
        ("VS-HB-90E", "Hospital bed electric 90x200 cm, 4-section, 24V actuators", 10, "EA", "18450.00", "2026-12-18"),
        ("VS-HB-80M", "Hospital bed manual 80x200 cm, 2-crank", 4, "EA", "9200.00", "2026-12-18"),
        ("VS-MAT-90", "Pressure relief mattress 90x200x14 cm", 10, "EA", "2150.00", "2026-12-18"),
    ], buyer="ro")
    reply = ("Hej Ruth,\n\nTack för beställningen 4500381420.\n\n"
             "Rad 1: 10 st elsängar à 18 450,00 kr, leverans vecka 51 - OK.\n"
             "Rad 2: Den manuella sängen VS-HB-80M har utgått ur sortimentet och kan tyvärr inte levereras. Vi stryker raden.\n"
             "Rad 3: 10 st madrasser à 2 150,00 kr, leverans 2026-12-11.\n\n"
             "Med vänliga hälsningar\nLinnea Berg\nOrderavdelningen\n"
             "Vårdsäng Nordic AB | Verkstadsgatan 4, 553 02 Jönköping | 036-555 14 20\n")
    eml = reply_mail(c, po, frm=("Linnea Berg", "linnea.berg@vardsang.example"),
                     date=D(2026, 11, 13, 14, 12, 5, "+0100"), reply=reply, client="outlook", lang="sv",
                     charset="iso-8859-1", lang_tag="sv-SE", subject="SV: Order acknowledgment request - PO 4500381420")
    return [po], eml, exp_conf("'vecka 51' = 2026-12-18 as requested; discontinued manual bed rejected; mattresses earlier (2026-12-11) = changed.",
                               conf(po, {1: A, 2: R, 3: (None, None, "2026-12-11")}))


@case("teabags-hu-decline", "confirmation/hu-HU",
      "Hungarian letter declining the whole order (machine overhaul until end of January 2027): every line rejected, no commitment otherwise.")
def c21(c):
    sup = ("TEAHAZ", "Teaház Csomagoló Kft.", "rendeles@teahaz.example", "hu-HU")
    po = PO("4500381690", sup, "EUR", "2026-11-05", [
        ("TH-CAM-20", "Chamomile tea bags 1.2 g, 20 per box", 600, "BOX", "1.45", "2026-12-11"),
        ("TH-MNT-20", "Peppermint tea bags 1.5 g, 20 per box", 600, "BOX", "1.52", "2026-12-11"),
    ], buyer="hl")
    reply = ("Tisztelt Lindqvist Asszony!\n\nKöszönjük a 4500381690 számú megrendelését. Sajnálattal közöljük, hogy a "
             "megrendelést nem tudjuk teljesíteni: a csomagológépünk 2027. január 31-ig felújítás alatt áll, és ebben az "
             "évben már nem vállalunk új filteres tea rendelést.\n\n"
             "A 2027-es árlistánkat februárban küldjük.\n\n"
             "Üdvözlettel:\nKovács Éva\nértékesítési asszisztens\n"
             "Teaház Csomagoló Kft. · 6000 Kecskemét, Ipar utca 12. · Tel.: +36 76 555 318\n")
    eml = reply_mail(c, po, frm=("Kovács Éva", "kovacs.eva@teahaz.example"),
                     date=D(2026, 11, 12, 9, 40, 18, "+0100"), reply=reply.replace("·", "-"), client="tb", lang="hu",
                     charset="iso-8859-2", flowed=True,
                     quote_style="{d.year}. {d.month:02d}. {d.day:02d}. {hh}:{mm:02d} keltezéssel, {name} írta:")
    return [po], eml, exp_conf("Outright refusal of the whole PO is an answer: both lines rejected; 2027. január 31 is the end of an overhaul, not a delivery date.",
                               conf(po, {1: R, 2: R}))


@case("orchid-zhcn-xlsx", "confirmation/zh-CN",
      "GB2312 Chinese body plus an XLSX confirmation sheet; the body and sheet agree that line 3 moves to 2027-01-08.")
def c22(c):
    sup = ("HUAYUN", "Huayun Horticulture Products Co., Ltd.", "sales@huayun-hort.example", "zh-CN")
    po = PO("4500381180", sup, "CNY", "2026-11-03", [
        ("HY-OP-15", "Orchid pot slotted PP 15 cm, transparent", 8000, "PCS", "1.35", "2026-12-18"),
        ("HY-OP-12", "Orchid pot slotted PP 12 cm, transparent", 12000, "PCS", "0.98", "2026-12-18"),
        ("HY-TRAY-6", "Carry tray for 6 pots 12 cm", 2000, "PCS", "2.60", "2026-12-18"),
    ], buyer="ka")
    x = make_xlsx([
        ["订单确认 Order confirmation", None, None, None, None, None, None],
        ["客户 Customer: Meridian Supply Group", None, None, "PO: 4500381180", None, "日期 Date: 2026-11-11", None],
        ["序号 Line", "物料号 Item", "描述 Description", "数量 Qty", "单位 UoM", "单价 Unit price CNY", "交货日期 Delivery date"],
        [1, "HY-OP-15", "兰花盆 15 cm 透明", 8000, "PCS", 1.35, "2026-12-18"],
        [2, "HY-OP-12", "兰花盆 12 cm 透明", 12000, "PCS", 0.98, "2026-12-18"],
        [3, "HY-TRAY-6", "六孔托盘 12 cm", 2000, "PCS", 2.6, "2027-01-08"],
    ], sheet="确认", ts=(2026, 11, 11, 15, 10, 0))
    reply = ("Keiko 您好，\n\n订单 4500381180 已确认，详见附件确认表（含交货期）。\n"
             "第3项托盘因模具维修，交期推迟至2027年1月8日，其余按订单要求交货。\n\n"
             "祝好！\n王丽\n华韵园艺用品有限公司 外贸部\n电话：+86 571 5555 8820\n地址：浙江省杭州市余杭区工业园路8号\n")
    eml = reply_mail(c, po, frm=("王丽", "wangli@huayun-hort.example"),
                     date=D(2026, 11, 11, 15, 22, 30, "+0800"), reply=reply, client="other", lang="zh",
                     charset="gb2312", cte="base64", subject="回复: Order acknowledgment request - PO 4500381180",
                     quote_style="------------------ 原始邮件 ------------------\n发件人: {name} <{mail}>",
                     extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")],
                     attachments=[attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                         "PO4500381180_confirm.xlsx")])
    return [po], eml, exp_conf("Chinese body and XLSX sheet: lines 1-2 as ordered, tray line to 2027-01-08; the sheet date 2026-11-11 is the document date.",
                               conf(po, {1: A, 2: A, 3: (None, None, "2027-01-08")}))


@case("tarp-pl-csv", "confirmation/pl-PL",
      "Polish body points to a semicolon CSV (windows-1250, decimal comma, dd.mm.yyyy) holding the per-line answer, one line repriced.")
def c23(c):
    sup = ("PLANDEKI", "Plandeki Transportowe Sp. z o.o.", "zamowienia@plandeki-tr.example", "pl-PL")
    po = PO("4500381310", sup, "PLN", "2026-11-04", [
        ("PT-900-GR", "Tarpaulin PVC 900 g/m2, grey, 7.2x2.45 m", 12, "EA", "1890.00", "2026-12-11"),
        ("PT-EYE-25", "Eyelets 25 mm brass, 100 pcs", 10, "BOX", "64.00", "2026-12-11"),
        ("PT-STR-6", "Tensioning strap 6 m, 50 mm, 5 t", 40, "EA", "38.50", "2026-12-11"),
    ], buyer="mb")
    csv = ("Poz.;Indeks;Opis;Ilość;JM;Cena netto PLN;Termin dostawy\r\n"
           "1;PT-900-GR;Plandeka PVC 900 g/m2 szara 7,2x2,45 m;12;szt.;1 890,00;11.12.2026\r\n"
           "2;PT-EYE-25;Oczka mosiężne 25 mm (op. 100 szt.);10;op.;64,00;11.12.2026\r\n"
           "3;PT-STR-6;Pas napinający 6 m 50 mm 5 t;40;szt.;41,20;18.12.2026\r\n").encode("windows-1250")
    reply = ("Dzień dobry,\n\nw załączeniu potwierdzenie zamówienia 4500381310 w pliku CSV.\n"
             "Pozycja 3 - zmiana ceny zgodnie z nowym cennikiem obowiązującym od 01.11.2026.\n\n"
             "Pozdrawiam\nKatarzyna Wiśniewska\nDział Sprzedaży\n"
             "Plandeki Transportowe Sp. z o.o., ul. Przemysłowa 17, 62-800 Kalisz\ntel. +48 62 555 31 44\n")
    eml = reply_mail(c, po, frm=("Katarzyna Wiśniewska", "k.wisniewska@plandeki-tr.example"),
                     date=D(2026, 11, 10, 13, 5, 51, "+0100"), reply=reply, client="outlook", lang="pl",
                     charset="iso-8859-2", lang_tag="pl-PL", subject="RE: Order acknowledgment request - PO 4500381310",
                     attachments=[attach(csv, "text/csv; charset=windows-1250", "potwierdzenie_4500381310.csv")])
    return [po], eml, exp_conf("Answer in the CSV: 1 890,00 and 64,00 as ordered; strap 41,20 PLN and 18.12.2026 (changed); 01.11.2026 is the price-list date.",
                               conf(po, {1: A, 2: A, 3: (None, "41.20", "2026-12-18")}))


@case("winch-nb-inline", "confirmation/nb-NO",
      "Norwegian answers typed inline under each quoted PO line, with space-thousands prices and 'uke 51'.")
def c24(c):
    sup = ("NORDVIK", "Nordvik Vinsj AS", "ordre@nordvikvinsj.example", "nb-NO")
    po = PO("4500381702", sup, "NOK", "2026-11-05", [
        ("NV-TW-8", "Trawl winch 8 t, low-pressure hydraulic", 2, "EA", "412000.00", "2027-01-15"),
        ("NV-NET-3", "Net drum 3 t, 1800 mm flange", 1, "EA", "168500.00", "2027-01-15"),
        ("NV-BRK-KIT", "Band brake lining kit for 8 t winch", 4, "SET", "6400.00", "2026-12-18"),
    ], buyer="tf")
    answers = {
        "1": ">> OK, 2 stk à 412 000,00 kr, levering 15.01.2027.",
        "2": ">> Ny pris 174 300,00 kr pga. stålpris, levering 22.01.2027.",
        "3": ">> OK, leveres uke 51.",
    }
    out = []
    for line in request_text(po).rstrip("\n").split("\n"):
        out.append(("> " + line) if line else ">")
        key = line.split(" ", 1)[0]
        if key in answers and "NV-" in line:
            out.append(answers[key].replace(">> ", ""))
    d, hh, mm = req_when(po)
    body = (f"Hei Tomas,\n\nSvar i teksten under.\n\nDen {d.day:02d}.{d.month:02d}.{d.year} kl. {hh}:{mm:02d}, skrev Tomas Ferreira:\n"
            + "\n".join(out) + "\n\nMvh\nEirik Solheim\nSalg / Ordre\nNordvik Vinsj AS, Industrivegen 21, 6065 Ulsteinvik\n"
            "Tlf. +47 70 55 41 80\n")
    eml = reply_mail(c, po, frm=("Eirik Solheim", "eirik.solheim@nordvikvinsj.example"),
                     date=D(2026, 11, 18, 8, 14, 50, "+0100"), reply=body, client="tb", lang="nb",
                     charset="iso-8859-1", quote_style="none", html=False,
                     subject="Re: Order acknowledgment request - PO 4500381702")
    return [po], eml, exp_conf("Inline answers under quoted rows: line 1 as ordered, net drum 174 300,00 NOK and 2027-01-22, brake kits 'uke 51' = 2026-12-18 as ordered.",
                               conf(po, {1: A, 2: (None, "174300.00", "2027-01-22"), 3: A}))


@case("freezer-sk-surcharge", "confirmation/sk-SK",
      "Slovak confirmation adding '+3 % príplatok' to one line only; the surcharge must be applied to the PO unit price.")
def c25(c):
    sup = ("CHLADTECH", "Chladtech Slovakia s.r.o.", "objednavky@chladtech.example", "sk-SK")
    po = PO("4500381222", sup, "EUR", "2026-11-03", [
        ("CT-LF-20-600", "Laboratory freezer -20 C, 600 L, glass door", 3, "EA", "4280.00", "2026-12-11"),
        ("CT-LF-40-350", "Laboratory freezer -40 C, 350 L", 1, "EA", "5960.00", "2026-12-11"),
    ], buyer="ka")
    reply = ("Dobrý deň pani Arai,\n\nďakujeme za objednávku č. 4500381222. Potvrdzujeme obe položky v požadovanom "
             "množstve s termínom dodania 11. 12. 2026.\n\n"
             "Upozorňujeme, že na položku 1 (CT-LF-20-600) sa od 1. 11. 2026 uplatňuje príplatok +3 % za chladivo R290. "
             "Položka 2 ostáva za pôvodnú cenu 5 960,00 €.\n\n"
             "S pozdravom\nMartin Horváth\nobchodný referent\nChladtech Slovakia s.r.o., Priemyselná 9, 917 01 Trnava\n"
             "tel.: +421 33 555 7102\n")
    eml = reply_mail(c, po, frm=("Martin Horváth", "horvath@chladtech.example"),
                     date=D(2026, 11, 9, 10, 55, 3, "+0100"), reply=reply, client="outlook", lang="sk",
                     charset="windows-1250", lang_tag="sk-SK", subject="RE: Order acknowledgment request - PO 4500381222")
    return [po], eml, exp_conf("+3 % on 4280.00 = 4408.40 EUR for line 1; line 2 unchanged; 1. 11. 2026 is the surcharge start, R290 a refrigerant.",
                               conf(po, {1: (None, "4408.40", None), 2: A}))


@case("petfood-ro-perbuc", "confirmation/ro-RO",
      "Romanian reply gives pieces and per-piece prices (lei/buc.) for a PO in dozens: 6.000 buc = 500 DZ, 1,25 lei/buc = 15.00 RON/DZ.")
def c26(c):
    sup = ("CONSERVPET", "Conserv Pet Ambalaje S.R.L.", "comenzi@conservpet.example", "ro-RO")
    po = PO("4500381366", sup, "RON", "2026-11-04", [
        ("CP-400-TIN", "Pet food tin 400 g, 73x110 mm, lacquered", 500, "DZ", "14.40", "2026-12-11"),
        ("CP-LID-73", "Plastic reseal lid 73 mm, transparent", 500, "DZ", "3.60", "2026-12-11"),
    ], buyer="tf")
    reply = ("Bună ziua, domnule Ferreira,\n\nVă confirmăm comanda 4500381366 după cum urmează:\n"
             "- poz. 1: 6.000 buc. cutii 400 g la 1,25 lei/buc., livrare 11.12.2026;\n"
             "- poz. 2: 6.000 buc. capace 73 mm la 0,30 lei/buc., livrare 11.12.2026.\n\n"
             "Prețul cutiilor a crescut din cauza tablei cositorite.\n\n"
             "Cu stimă,\nIoana Popescu\nDepartament Vânzări\nConserv Pet Ambalaje S.R.L., Str. Fabricii nr. 22, 400620 Cluj-Napoca\n"
             "Tel.: +40 264 555 019\n")
    eml = reply_mail(c, po, frm=("Ioana Popescu", "ioana.popescu@conservpet.example"),
                     date=D(2026, 11, 12, 10, 20, 44, "+0200"), reply=reply, client="tb", lang="ro",
                     charset="UTF-8", cte="8bit", flowed=True,
                     quote_style="La {d.day:02d}.{d.month:02d}.{d.year} {hh}:{mm:02d}, {name} a scris:")
    return [po], eml, exp_conf("Per-piece to per-dozen: 6.000 buc = 500 DZ; 1,25 x 12 = 15.00 RON/DZ (changed), 0,30 x 12 = 3.60 (unchanged).",
                               conf(po, {1: (None, "15.00", None), 2: A}))


@case("cement-lt-perkg", "confirmation/lt-LT",
      "Lithuanian reply prices a per-tonne PO line in EUR per kg (1,52 EUR/kg = 1520.00 EUR/T) and silently skips the third line.")
def c27(c):
    sup = ("BETONOPRIEDAI", "UAB Betono Priedai", "uzsakymai@betonopriedai.example", "lt-LT")
    po = PO("4500380940", sup, "EUR", "2026-11-02", [
        ("BP-MS-T", "Microsilica densified, big bag 1 t", 8, "T", "1480.00", "2026-12-18"),
        ("BP-FIB-6", "Polypropylene fibres 6 mm, 0.9 kg bags", 300, "KG", "5.40", "2026-12-18"),
        ("BP-RET-200", "Retarder liquid, 200 L drum", 2, "EA", "610.00", "2026-12-18"),
    ], buyer="mb")
    reply = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500380940:\n\n"
             "1. Mikrosilicis BP-MS-T - 8 t (8 big bag po 1 t), kaina 1,52 EUR/kg, pristatymas 2026-12-18.\n"
             "2. PP pluoštas BP-FIB-6 - 300 kg, kaina 5,40 EUR/kg, pristatymas 2026-12-18.\n\n"
             "Mikrosilicio kaina padidėjo dėl išaugusių transporto kaštų.\n\n"
             "Pagarbiai\nTomas Kazlauskas\nPardavimų vadybininkas\nUAB Betono Priedai, Pramonės pr. 16, LT-51329 Kaunas\n"
             "Tel. +370 37 555 210\n")
    eml = reply_mail(c, po, frm=("Tomas Kazlauskas", "t.kazlauskas@betonopriedai.example"),
                     date=D(2026, 11, 9, 15, 33, 12, "+0200"), reply=reply, client="outlook",
                     charset="windows-1257", lang_tag="lt-LT")
    return [po], eml, exp_conf("1,52 EUR/kg x 1000 = 1520.00 EUR/T (changed from 1480.00); fibres priced per kg as ordered; the retarder line is not mentioned at all (unconfirmed).",
                               conf(po, {1: (None, "1520.00", None), 2: A, 3: U}))


@case("teabags-el-boxes", "confirmation/el-GR",
      "Greek (windows-1253) reply counts in cartons of 100 pieces against a PO in pieces; everything equals the order.")
def c28(c):
    sup = ("AROMATEA", "Aroma Tea Hellas A.E.", "paraggelies@aromatea.example", "el-GR")
    po = PO("4500381120", sup, "EUR", "2026-11-03", [
        ("AT-MT-SACH", "Mountain tea (sideritis) sachets 1.5 g, single wrapped", 2400, "PCS", "0.095", "2026-12-11"),
        ("AT-CHM-SACH", "Chamomile sachets 1.2 g", 1200, "PCS", "0.082", "2026-12-11"),
    ], buyer="hl")
    reply = ("Αγαπητή κα Lindqvist,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500381120:\n\n"
             "1. Τσάι του βουνού φακελάκια: 24 κιβώτια των 100 τεμ., τιμή 0,095 €/τεμ., παράδοση 11/12/2026\n"
             "2. Χαμομήλι φακελάκια: 12 κιβώτια των 100 τεμ., τιμή 0,082 €/τεμ., παράδοση 11/12/2026\n\n"
             "Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAroma Tea Hellas A.E., Λεωφ. Αθηνών 214, 104 47 Αθήνα\n"
             "Τηλ. +30 210 555 3317\n")
    eml = reply_mail(c, po, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@aromatea.example"),
                     date=D(2026, 11, 10, 12, 40, 26, "+0200"), reply=reply, client="outlook", lang="el",
                     charset="windows-1253", lang_tag="el-GR")
    return [po], eml, exp_conf("24 x 100 = 2400 and 12 x 100 = 1200 pieces, prices per piece and 11/12/2026 as ordered: all accepted.",
                               conf(po, {1: A, 2: A}))


@case("curtains-hr-forward", "confirmation/hr-HR",
      "Croatian sales forwards production's internal answer; ship-same-day wording for one line and a later date for the gauze.")
def c29(c):
    sup = ("ZAVJESA", "Zavjesa Scena d.o.o.", "prodaja@zavjesa-scena.example", "hr-HR")
    po = PO("4500381301", sup, "EUR", "2026-11-04", [
        ("ZS-MOL-300", "Molton curtain 300 g/m2, black, 8x6 m", 4, "EA", "690.00", "2026-12-11"),
        ("ZS-GAZ-10", "Sharkstooth gauze scrim white, 10x5 m", 1, "EA", "1240.00", "2026-12-11"),
    ], buyer="ro")
    qt, _ = quote(po, "outlook", "hr")
    body = ("Poštovana gospođo Osei,\n\nprosljeđujem odgovor naše proizvodnje - potvrđujemo narudžbu prema dolje navedenom.\n\n"
            "Lijep pozdrav,\nIvana Novak\nProdaja\nZavjesa Scena d.o.o., Radnička cesta 48, 10000 Zagreb\ntel. +385 1 555 6620\n\n"
            "-------- Proslijeđena poruka --------\n"
            "Predmet: RE: narudžba 4500381301\nDatum: Mon, 16 Nov 2026 07:52:10 +0100\n"
            "Šalje: Damir Perić <damir.peric@zavjesa-scena.example>\nPrima: Ivana Novak <ivana.novak@zavjesa-scena.example>\n\n"
            "Ivana,\n\nmolton 8x6 m, 4 kom. - gotovo do 11.12., šaljemo isti dan.\n"
            "sharkstooth gaza 10x5 m - tkanina kasni, može 21.12.2026. Cijena ostaje 1.240,00 EUR.\n\nDamir\n\n" + qt)
    eml = reply_mail(c, po, frm=("Ivana Novak", "ivana.novak@zavjesa-scena.example"),
                     date=D(2026, 11, 16, 9, 5, 12, "+0100"), reply=body, client="tb", lang="hr",
                     charset="iso-8859-2", quote_style="none", thread=False,
                     subject="Fwd: RE: Order acknowledgment request - PO 4500381301")
    return [po], eml, exp_conf("Forwarded internal chain: molton ready and shipped 11.12. (= requested, accepted); gauze committed for 2026-12-21 at unchanged price.",
                               conf(po, {1: A, 2: (None, None, "2026-12-21")}))


@case("goggles-frbe-htmlonly", "confirmation/fr-BE",
      "HTML-only Belgian French reply with an HTML table; one line cut to available stock (balance cancelled), one line a week later.")
def c30(c):
    sup = ("ALPINOPTIC", "Alpinoptic SRL", "commandes@alpinoptic.example", "fr-BE")
    po = PO("4500381711", sup, "EUR", "2026-11-05", [
        ("AO-GOG-PHO", "Ski goggle photochromic, cat. 1-3, helmet compatible", 150, "PCS", "34.90", "2026-12-04"),
        ("AO-GOG-JR", "Junior ski goggle, cat. 2, 4-8 years", 80, "PCS", "14.50", "2026-12-04"),
        ("AO-CASE-1", "Hard case for goggles, 20x10 cm", 230, "PCS", "3.20", "2026-12-04"),
    ], buyer="ro")
    html = ("<p>Bonjour Madame Osei,</p><p>Nous vous remercions pour votre commande 4500381711 que nous confirmons comme suit :</p>"
            "<table border=1 cellspacing=0 cellpadding=4><tr><th>Pos.</th><th>Article</th><th>Quantité</th><th>Prix unitaire</th><th>Livraison</th></tr>"
            "<tr><td>1</td><td>AO-GOG-PHO</td><td>150</td><td>34,90 €</td><td>04/12/2026</td></tr>"
            "<tr><td>2</td><td>AO-GOG-JR</td><td>80</td><td>14,50 €</td><td>11/12/2026</td></tr>"
            "<tr><td>3</td><td>AO-CASE-1</td><td>200</td><td>3,20 €</td><td>04/12/2026</td></tr></table>"
            "<p>Pos. 3 : stock disponible de 200 pièces seulement, le solde de 30 pièces est annulé.</p>"
            "<p>Bien cordialement,</p><p>Nathalie Dubois<br>Service commandes<br>Alpinoptic SRL - Rue de l'Industrie 44 - 1400 Nivelles<br>"
            "Tél. +32 67 55 48 10 - TVA BE 0458.221.637</p>")
    eml = reply_mail(c, po, frm=("Nathalie Dubois", "n.dubois@alpinoptic.example"),
                     date=D(2026, 11, 13, 10, 12, 9, "+0100"), reply="", html_reply=html, html="only",
                     client="outlook", lang="fr", charset="windows-1252", lang_tag="fr-BE")
    return [po], eml, exp_conf("HTML-only table: line 1 as ordered, junior goggles 11/12/2026, cases 200 of 230 with the balance cancelled (quantity change, no schedule).",
                               conf(po, {1: A, 2: (None, None, "2026-12-11"), 3: (200, None, None)}))


@case("hooks-enus-shipdate", "confirmation/en-US",
      "US month-first 'ships 12/4/26, ETA 12/9/26' per line: the ETA (delivery) wins over the ship date; a forging surcharge changes one price.")
def c31(c):
    sup = ("GLRIGGING", "Great Lakes Rigging Supply Inc.", "orders@glrigging.example", "en-US")
    po = PO("4500381340", sup, "USD", "2026-11-04", [
        ("GL-EH-3T", "Eye hook 3 ton alloy, grade 100, with latch", 50, "EA", "38.75", "2026-12-15"),
        ("GL-CH-15T", "Crane hook 15 t forged, ramshorn, 1.5 in shank", 2, "EA", "1460.00", "2026-12-15"),
        ("GL-SHK-3/4", "Bow shackle 3/4 in, 4.75 t WLL, screw pin", 40, "EA", "12.90", "2026-12-15"),
    ], buyer="mb")
    reply = ("Marco -\n\nConfirming PO 4500381340:\n\n"
             "Line 1: 50 ea eye hooks @ $38.75 - ships 12/4/26, ETA 12/9/26\n"
             "Line 2: 2 ea 15 t ramshorn hooks @ $1,525.00 (forging surcharge) - ships 12/14/26, ETA 12/21/26\n"
             "Line 3: 3/4 shackles - waiting on our vendor, I'll advise a date next week.\n\n"
             "All shipments FOB Cleveland, OH. Tracking numbers to follow.\n\n"
             "Regards,\nDenise Hall\nInside Sales\nGreat Lakes Rigging Supply Inc. | 1880 E 40th St, Cleveland, OH 44103 | (216) 555-0147\n")
    eml = reply_mail(c, po, frm=("Denise Hall", "dhall@glrigging.example"),
                     date=D(2026, 11, 10, 16, 45, 30, "-0500"), reply=reply, client="outlook", charset="us-ascii",
                     lang_tag="en-US")
    return [po], eml, exp_conf("Delivery (ETA) date wins: 2026-12-09 and 2026-12-21; line 2 price 1525.00; line 3 'will advise next week' = unconfirmed.",
                               conf(po, {1: (None, None, "2026-12-09"), 2: (None, "1525.00", "2026-12-21"), 3: U}))


@case("blowers-enza-ship-only", "confirmation/en-ZA",
      "South African reply gives only a dispatch date 11/12/2026 (day-first) for both lines: the ship date is the committed date.")
def c32(c):
    sup = ("KAROOAIR", "Karoo Air Movers (Pty) Ltd", "sales@karooair.example", "en-ZA")
    po = PO("4500381610", sup, "ZAR", "2026-11-05", [
        ("KA-OB-2.2", "Organ blower 2.2 kW, 120 mm WG, 3-phase 400V", 1, "EA", "86500.00", "2026-12-18"),
        ("KA-SIL-250", "Silencer box 250 mm duct", 1, "EA", "7850.00", "2026-12-18"),
    ], buyer="hl")
    reply = ("Good day Hanna,\n\nWe confirm your order 4500381610. Both items will be dispatched from our Paarl works on "
             "11/12/2026 via Bidvest Panalpina. Prices as per your order.\n\n"
             "Kind regards\nPieter van der Merwe\nSales Engineer\nKaroo Air Movers (Pty) Ltd\n"
             "14 Industria Rd, Dal Josafat, Paarl 7646\nTel +27 21 555 0873 | Cell 082 555 4410\n")
    eml = reply_mail(c, po, frm=("Pieter van der Merwe", "pieter@karooair.example"),
                     date=D(2026, 11, 11, 10, 30, 0, "+0200"), reply=reply, client="gmail", charset="UTF-8")
    return [po], eml, exp_conf("Only a dispatch date is given, so date = 2026-12-11 (day-first), a week before the requested 2026-12-18: changed.",
                               conf(po, {1: (None, None, "2026-12-11"), 2: (None, None, "2026-12-11")}))


@case("signs-ennz-noyear", "confirmation/en-NZ",
      "'we can deliver both lines on 8 January' without a year from a November mail, next to a shutdown range 24 Dec-5 Jan.")
def c33(c):
    sup = ("KIWISAFE", "KiwiSafe Signage Ltd", "orders@kiwisafe.example", "en-NZ")
    po = PO("4500381295", sup, "NZD", "2026-11-04", [
        ("KS-EXIT-LED", "LED exit sign running man, 2 h maintained, 24V DC", 120, "EA", "96.00", "2026-12-18"),
        ("KS-ARROW-KIT", "Directional arrow legend kit, left/right/down", 120, "SET", "4.80", "2026-12-18"),
    ], buyer="tf")
    reply = ("Kia ora Tomas,\n\nThanks for the PO. All good on qty and price but our December production is full - "
             "we can deliver both lines on 8 January. Sorry about that, the whole country shuts down from 24 Dec to 5 Jan.\n\n"
             "Ngā mihi,\nAroha Ngata\nCustomer Orders\nKiwiSafe Signage Ltd | 9 Kaka St, Penrose, Auckland 1061 | 09 555 2284\n")
    eml = reply_mail(c, po, frm=("Aroha Ngata", "aroha@kiwisafe.example"),
                     date=D(2026, 11, 20, 14, 2, 11, "+1300"), reply=reply, client="apple", charset="utf-8",
                     quote_style="On {d.day} {d.month}/{d.year}, at {hh}:{mm:02d}, {name} <{mail}> wrote:".replace(
                         "{d.month}/", "Nov "))
    return [po], eml, exp_conf("'8 January' without a year after a 20 Nov 2026 mail = 2027-01-08; quantity and price unchanged; shutdown dates are context.",
                               conf(po, {1: (None, None, "2027-01-08"), 2: (None, None, "2027-01-08")}))


@case("xray-nlbe-erp-pdf", "confirmation/nl-BE",
      "Automatic ERP mail ('gelieve niet te antwoorden', Auto-Submitted) carrying an order-confirmation PDF: a confirmation, not an auto-reply.")
def c34(c):
    sup = ("RADIODENT", "Radiodent NV", "verkoop@radiodent.example", "nl-BE")
    po = PO("4500381245", sup, "EUR", "2026-11-03", [
        ("RD-SENS-2", "Digital dental X-ray sensor size 2, CsI scintillator", 3, "EA", "3150.00", "2026-12-11"),
        ("RD-HOLD-KIT", "Sensor holder kit, anterior/posterior, 12 pcs", 6, "SET", "89.00", "2026-12-11"),
    ], buyer="mb")
    pdf = make_pdf([[
        "#RADIODENT NV",
        "Kortrijksesteenweg 1120, 9051 Gent   BTW BE 0447.318.902   Tel. +32 9 555 71 00",
        "",
        "#ORDERBEVESTIGING 2026-OB-04417",
        "Datum: 10/11/2026        Klantnr.: 100482",
        "Uw referentie: 4500381245 van 03/11/2026",
        "",
        "Lijn  Artikel       Omschrijving                            Aantal  Eenh.  Prijs EUR   Leverdatum",
        "1     RD-SENS-2     Digitale RX-sensor maat 2, CsI              3  st     3.150,00   11/12/2026",
        "2     RD-HOLD-KIT   Sensorhouderset anterior/posterior         6  set       89,00   18/12/2026",
        "",
        "Totaal excl. BTW: 9.984,00 EUR",
        "Betaling: 30 dagen einde maand. Levering DAP.",
    ]], title="Orderbevestiging 2026-OB-04417", date="20261110060100+01'00'", compress=False,
        producer="Microsoft Dynamics 365 Business Central")
    body = ("Geachte klant,\n\nIn bijlage vindt u de orderbevestiging 2026-OB-04417 voor uw bestelling 4500381245.\n\n"
            "Dit is een automatisch gegenereerd bericht, gelieve hierop niet te antwoorden.\n\n"
            "Radiodent NV - Kortrijksesteenweg 1120 - 9051 Gent\n")
    eml = reply_mail(c, po, frm=("Radiodent NV", "noreply-erp@radiodent.example"),
                     date=D(2026, 11, 10, 6, 2, 0, "+0100"), reply=body, client="other", lang="nl",
                     charset="utf-8", quote_style="none", html=False, thread=False,
                     subject="Orderbevestiging 2026-OB-04417 / Uw bestelling 4500381245",
                     extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Microsoft Dynamics 365 Business Central")],
                     attachments=[attach(pdf, "application/pdf", "Orderbevestiging_2026-OB-04417.pdf")])
    return [po], eml, exp_conf("ERP-generated mail with PDF commits to the order: sensors 11/12/2026 as ordered, holder kits 18/12/2026 (changed).",
                               conf(po, {1: A, 2: (None, None, "2026-12-18")}))


@case("yarn-zhtw-big5", "confirmation/zh-TW",
      "Big5 Traditional Chinese reply raising one quantity to a dye-lot minimum and moving the other line to 2027年1月8日.")
def c35(c):
    sup = ("FORMOSAYARN", "Formosa Yarn Trading Co., Ltd.", "sales@formosayarn.example", "zh-TW")
    po = PO("4500381268", sup, "USD", "2026-11-04", [
        ("FY-COT-8/4", "Cotton knitting yarn 8/4, 50 g ball, colour 23", 1800, "PCS", "1.65", "2026-12-18"),
        ("FY-BAM-DK", "Bamboo blend DK yarn 100 g, colour 07", 600, "PCS", "3.90", "2026-12-18"),
    ], buyer="ka")
    reply = ("Keiko 您好：\n\n感謝您的訂單 4500381268，確認如下：\n\n"
             "1. FY-COT-8/4 棉紗 8/4：因染色最低批量，數量調整為 2,000 顆，單價 USD 1.65，交期 2026年12月18日。\n"
             "2. FY-BAM-DK 竹纖維混紡紗：600 顆，單價 USD 3.90，交期 2027年1月8日（染缸排程已滿）。\n\n"
             "如有問題請隨時與我聯絡。\n\n林雅婷 敬上\n台灣紡紗貿易股份有限公司 業務部\nTel: +886-4-2555-1234\n")
    eml = reply_mail(c, po, frm=("林雅婷", "yating.lin@formosayarn.example"),
                     date=D(2026, 11, 12, 16, 48, 2, "+0800"), reply=reply, client="outlook", lang="zh",
                     charset="big5", cte="base64", lang_tag="zh-TW")
    return [po], eml, exp_conf("Dye-lot minimum raises line 1 to 2,000 balls (date/price unchanged); line 2 moves to 2027-01-08.",
                               conf(po, {1: (2000, None, None), 2: (None, None, "2027-01-08")}))


@case("flares-th-buddhist", "confirmation/th-TH",
      "TIS-620 Thai reply with Buddhist-era years (18 ธ.ค. 2569 = 2026-12-18, 8 ม.ค. 2570 = 2027-01-08) and a price change.")
def c36(c):
    sup = ("SIAMMARINE", "Siam Marine Safety Co., Ltd.", "sales@siammarine.example", "th-TH")
    po = PO("4500381666", sup, "THB", "2026-11-05", [
        ("SM-HF-R", "Red hand flare, 60 s, SOLAS approved", 400, "PCS", "410.00", "2026-12-18"),
        ("SM-SMK-OR", "Orange smoke signal buoyant, 3 min", 100, "PCS", "1250.00", "2026-12-18"),
    ], buyer="ro")
    reply = ("เรียน คุณรูธ\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500381666 บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
             "1. พลุสัญญาณมือสีแดง จำนวน 400 ชิ้น ราคา 410.00 บาท/ชิ้น ส่งมอบวันที่ 18 ธ.ค. 2569\n"
             "2. สัญญาณควันสีส้ม จำนวน 100 ชิ้น ราคา 1,290.00 บาท/ชิ้น ส่งมอบวันที่ 8 ม.ค. 2570\n\n"
             "ขอแสดงความนับถือ\nสมชาย ศรีสุข\nฝ่ายขาย บริษัท สยามมารีนเซฟตี้ จำกัด\nโทร. 02-555-8140\n")
    eml = reply_mail(c, po, frm=("สมชาย ศรีสุข", "somchai@siammarine.example"),
                     date=D(2026, 11, 19, 11, 25, 37, "+0700"), reply=reply, client="outlook", lang="th",
                     charset="tis-620", cte="base64", lang_tag="th-TH")
    return [po], eml, exp_conf("Buddhist Era years: 2569 = 2026 (line 1 as ordered), 2570 = 2027 (line 2 on 2027-01-08 at 1,290.00 THB).",
                               conf(po, {1: A, 2: (None, "1290.00", "2027-01-08")}))
