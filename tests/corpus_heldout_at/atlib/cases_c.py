"""Cases 036-052."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dm

from .common import (ACC, CHG, REJ, UNC, PO, Out, Request, all_acc, at, case, conf, supplier, mime, mso, h,
                     outlook_reply, gmail_reply, apple_reply, tb_reply, prefix, outlook_quote_text,
                     outlook_quote_html, outlook_doc, simple_doc, std_headers, outlook_extra, alt, mixed,
                     bnd_outlook, bnd_gmail, bnd_next, bnd_apple, mid_outlook, mid_gmail, mid_apple, mid_tb,
                     hx, HX, received, kw_fri, divs, OUTLOOK_LABELS)
from . import pdf, xlsx


# ---------------------------------------------------------------------------
@case("pavers-price-per-pallet", "confirmation/nl-BE",
      "Flemish reply pricing pavers per pallet of 10,8 m² and counting pallets, against a PO in M2; one converted price differs, a pallet deposit is a distractor.")
def c036():
    sup = supplier("DKB-0644", "Betonwarenfabriek De Kempen NV", "verkoop@dekempen-beton.example", "nl-BE")
    po = PO("4500191780", sup, "sofia", "EUR", "2026-11-17", [
        ("DK-KL2211-GR", "Concrete paver 220x110x80 mm, grey, chamfered", 216, "M2", "18.40", "2026-12-10"),
        ("DK-KL2211-AN", "Concrete paver 220x110x80 mm, anthracite", 108, "M2", "21.20", "2026-12-10"),
        ("DK-BS10015-GR", "Concrete kerb 100x15x30 cm, grey", 80, "PCS", "9.80", "2026-12-10"),
    ], site="rtm", req_time=at("2026-11-17 10:40:00", 1))
    req = Request(po)
    assert Dm("10.8") * 20 == 216 and Dm("10.8") * 10 == 108
    assert Dm("198.72") / Dm("10.8") == Dm("18.40") and Dm("236.52") / Dm("10.8") == Dm("21.90")
    body = ("Goeiemiddag Sofia,\n\n"
            "Bedankt voor uw bestelling 4500191780. Wij bevestigen als volgt (prijzen per pallet van 10,8 m²):\n\n"
            "Pos. 1 - klinkers 22x11x8 grijs: 20 pallets à € 198,72/pallet\n"
            "Pos. 2 - klinkers 22x11x8 antraciet: 10 pallets à € 236,52/pallet\n"
            "Pos. 3 - boordstenen 100x15x30 grijs: 80 st. à € 9,80/st.\n\n"
            "Levering: donderdag 10/12/2026 vóór 12 u. op uw site op de Maasvlakte (kraanwagen).\n"
            "Paletten worden aangerekend à € 12,50/stuk en bij terugname gecrediteerd.")
    sig = ("Met vriendelijke groeten,\n\nEls Peeters\nVerkoop binnendienst\nBetonwarenfabriek De Kempen NV\n"
           "Industrieweg 31, 2400 Mol\nT +32 14 31 22 80 | BTW BE 0412.345.678")
    eml = outlook_reply(po, req, frm="Els Peeters", email="els.peeters@dekempen-beton.example",
                        when=at("2026-11-18 13:58:44", 1), body=body, sig=sig, lang="nl", olang="nl-BE",
                        charset="windows-1252", cte="quoted-printable")
    return Out([po.json()], eml, "confirmation",
               "20 and 10 pallets x 10,8 m² = 216 and 108 M2; 198,72/10,8 = 18.40 (as ordered) but 236,52/10,8 = 21.90 (changed from 21.20); kerbs as ordered; the € 12,50 pallet deposit is not part of the unit price.",
               [conf(po, {1: ACC, 2: CHG(108, "21.90", "2026-12-10"), 3: ACC})])


# ---------------------------------------------------------------------------
@case("casings-csv-attachment-partial", "confirmation/hu-HU",
      "Hungarian body names one refused line; the rest is in an attached semicolon CSV (windows-1250, decimal comma, dates '2026.12.16.').")
def c037():
    sup = supplier("ABF-0157", "Alföldi Bélfeldolgozó Kft.", "rendeles@alfoldibel.example", "hu-HU")
    po = PO("4500191893", sup, "lena", "EUR", "2026-11-18", [
        ("AB-SER3234", "Hog casings 32/34 mm, salted, 1 hank = 91 m", 120, "EA", "31.50", "2026-12-09"),
        ("AB-MAR4346", "Beef runners 43/46 mm, salted, 1 set = 18 m", 60, "SET", "14.80", "2026-12-09"),
        ("AB-JUH2022", "Sheep casings 20/22 mm, 1 hank = 91 m", 40, "EA", "39.00", "2026-12-09"),
        ("AB-KOL60-RB", "Collagen casing cal. 60 for salami, red-brown", 1500, "M", "0.62", "2026-12-09"),
    ], req_time=at("2026-11-18 09:25:00", 1))
    req = Request(po)
    csv = ("Rendelésszám;Tétel;Cikkszám;Megnevezés;Mennyiség;ME;Egységár (EUR);Szállítási dátum;Megjegyzés\r\n"
           "4500191893;1;AB-SER3234;Sertés vékonybél 32/34 sózott;120;köteg;31,50;2026.12.09.;\r\n"
           "4500191893;2;AB-MAR4346;Marha vékonybél 43/46 sózott;60;garnitúra;15,40;2026.12.09.;árváltozás\r\n"
           "4500191893;3;AB-JUH2022;Juhbél 20/22;0;köteg;;;nem szállítható\r\n"
           "4500191893;4;AB-KOL60-RB;Kollagén bél kal. 60 vörösbarna;1500;m;0,62;2026.12.16.;\r\n")
    att = mime.attachment(csv.encode("windows-1250"), 'text/csv; charset="windows-1250"',
                          "visszaigazolas_4500191893.csv")
    body = ("Kedves Lena!\n\n"
            "Köszönjük a 4500191893 számú megrendelést. A visszaigazolást a mellékelt CSV-fájlban küldjük "
            "(a szokásos formátumban).\n\n"
            "A 3. tételt (juhbél 20/22) sajnos nem tudjuk szállítani, idén nincs megfelelő nyersanyagunk.")
    sig = ("Üdvözlettel:\n\nNagy Zsuzsanna\nértékesítési asszisztens\nAlföldi Bélfeldolgozó Kft.\n"
           "6800 Hódmezővásárhely, Ipari út 7.\nTel.: +36 62 534 210 | Mobil: +36 30 123 4567")
    eml = outlook_reply(po, req, frm="Nagy Zsuzsanna", email="nagy.zsuzsanna@alfoldibel.example",
                        when=at("2026-11-19 10:12:09", 1), body=body, sig=sig, lang="hu", olang="hu-HU",
                        charset="iso-8859-2", cte="quoted-printable", prefix_="VÁ: ",
                        sent="2026. november 18., szerda 9:25", attachments=[att])
    return Out([po.json()], eml, "confirmation",
               "From the CSV: line 1 as ordered; line 2 price 15,40 instead of 14.80; line 3 quantity 0 / 'nem szállítható' = rejected (also stated in the body); line 4 date 2026.12.16.",
               [conf(po, {1: ACC, 2: CHG(60, "15.40", "2026-12-09"), 3: REJ, 4: CHG(1500, "0.62", "2026-12-16")})])


# ---------------------------------------------------------------------------
@case("printing-blankets-body-vs-pdf", "needs_review/hr-HR",
      "The Croatian body confirms PO prices and 11.12.2026, but the attached PDF confirmation says 18.12.2026 and a higher price for line 2.")
def c038():
    sup = supplier("TMZ-0802", "Tiskarski materijali Zagreb d.o.o.", "narudzbe@tiskmat.example", "hr-HR")
    po = PO("4500191901", sup, "jonas", "EUR", "2026-11-18", [
        ("TM-BL1050-196", "Printing blanket 1.96 mm, 1050 x 790 mm, aluminium bars", 12, "EA", "88.00", "2026-12-11"),
        ("TM-BL740-170", "Printing blanket 1.70 mm, 740 x 605 mm", 20, "EA", "54.00", "2026-12-11"),
    ], req_time=at("2026-11-18 14:05:00", 1))
    req = Request(po)
    L = pdf.Layout()
    L.text("TISKARSKI MATERIJALI ZAGREB d.o.o.", 13, True)
    L.text("Radnicka cesta 52, 10000 Zagreb, Hrvatska - OIB 12345678901", 8)
    L.space(12)
    L.text("POTVRDA NARUDZBE br. PN-26-1187", 12, True)
    L.text("Datum: 19.11.2026.     Kupac: Brightmoor Group     Vasa narudzba: 4500191901", 9)
    L.space(8)
    xs = [50, 80, 175, 360, 400, 450, 510]
    L.shade()
    L.row(["Rb.", "Sifra", "Naziv", "Kol.", "JM", "Cijena EUR", "Iznos EUR"], xs, 8, True)
    L.row(["1", "TM-BL1050-196", "Offsetna guma 1,96 mm 1050x790, letvice", "12", "kom", "88,00", "1.056,00"], xs, 8)
    L.row(["2", "TM-BL740-170", "Offsetna guma 1,70 mm 740x605", "20", "kom", "57,00", "1.140,00"], xs, 8)
    L.rule()
    L.row(["", "", "Ukupno bez PDV-a", "", "", "", "2.196,00"], xs, 9, True)
    L.space(12)
    L.text("Rok isporuke: 18.12.2026.", 10, True)
    L.text("Paritet: DAP Duesseldorf. Placanje: 30 dana.", 9)
    data = pdf.make_pdf(L.pages, title="PN-26-1187", author="TMZ", creator="Pantheon",
                        producer="Pantheon PDF 2024", created="20261119080512+01'00'", compress=False)
    body = ("Poštovani gospodine Keller,\n\n"
            "zahvaljujemo na narudžbi 4500191901. Potvrđujemo obje stavke po cijenama iz narudžbe, "
            "isporuka 11.12.2026.\n\nU privitku Vam šaljemo i potvrdu narudžbe.")
    sig = ("Lijep pozdrav,\n\nIvana Babić\nProdaja\nTiskarski materijali Zagreb d.o.o.\n"
           "Radnička cesta 52, 10000 Zagreb\ntel. +385 1 6060 120, mob. +385 91 234 5678")
    att = mime.attachment(data, "application/pdf", "PN-26-1187.pdf")
    eml = outlook_reply(po, req, frm="Ivana Babić", email="ivana.babic@tiskmat.example",
                        when=at("2026-11-19 08:14:30", 1), body=body, sig=sig, lang="hr", olang="hr-HR",
                        charset="windows-1250", cte="quoted-printable", sent="srijeda, 18. studenoga 2026. 14:05",
                        attachments=[att])
    return Out([po.json()], eml, "needs_review",
               "Body (PO prices, 11.12.2026) and attached PDF (line 2 at 57,00, delivery 18.12.2026) contradict each other; a buyer cannot tell which one is binding.")


# ---------------------------------------------------------------------------
@case("plant-pots-invoice-other-po", "unrelated/en-IE",
      "An accounting-system mail with a PDF invoice for a different, earlier PO (4500185512), from the same supplier as the open PO.")
def c039():
    sup = supplier("EHS-0345", "Emerald Horticultural Supplies Ltd", "sales@emeraldhort.example", "en-IE")
    po = PO("4500191990", sup, "tom", "EUR", "2026-11-18", [
        ("EH-POT17-BK", "Plant pot 17 cm, 2 l, black, recycled PP", 2000, "PCS", "0.38", "2026-12-16"),
        ("EH-POT23-BK", "Plant pot 23 cm, 5 l, black, recycled PP", 1200, "PCS", "0.74", "2026-12-16"),
    ], site="man", req_time=at("2026-11-18 10:00:00", 0))
    L = pdf.Layout()
    L.text("Emerald Horticultural Supplies Ltd", 14, True)
    L.text("Unit 6, Ballymount Industrial Estate, Dublin 12, D12 X2Y4, Ireland", 8)
    L.text("VAT IE 6388047V | +353 1 456 7788 | accounts@emeraldhort.example", 8)
    L.space(12)
    L.text("INVOICE", 16, True)
    L.text("Invoice no.: INV-26-07781        Invoice date: 19/11/2026        Due date: 19/12/2026", 9)
    L.text("Customer: Brightmoor UK Ltd, Unit 4 Trafford Park Road, Manchester M17 1HH", 9)
    L.text("Your order: 4500185512        Delivery note: DN-26-05120 (delivered 12/11/2026)", 9)
    L.space(8)
    xs = [50, 130, 330, 380, 430, 500]
    L.shade()
    L.row(["Item", "Description", "Qty", "Unit", "Price", "Amount"], xs, 8, True)
    L.row(["EH-POT13-BK", "Plant pot 13 cm, 1 l, black", "3,000", "PCS", "0.24", "720.00"], xs, 8)
    L.row(["EH-TRY-40", "Propagation tray 40-cell, 4/3 insert", "500", "PCS", "0.92", "460.00"], xs, 8)
    L.rule()
    L.row(["", "Net total", "", "", "", "1,180.00"], xs, 9, True)
    L.row(["", "VAT reverse charge (Art. 196 Directive 2006/112/EC)", "", "", "", "0.00"], xs, 8)
    L.row(["", "Total due EUR", "", "", "", "1,180.00"], xs, 9, True)
    L.space(14)
    L.text("Bank: AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D. Please quote the invoice number.", 8)
    data = pdf.make_pdf(L.pages, title="Invoice INV-26-07781", author="Emerald Horticultural Supplies Ltd",
                        creator="Xero", producer="Xero Invoice Renderer", created="20261119163000Z", compress=True)
    body = ("Dear Customer,\n\n"
            "Please find attached invoice INV-26-07781 dated 19/11/2026 for EUR 1,180.00, relating to your purchase "
            "order 4500185512 (delivery note DN-26-05120, delivered 12/11/2026).\n\n"
            "Payment is due by 19/12/2026. If you have any questions about this invoice, simply reply to this email.\n\n"
            "Kind regards,\nAccounts Team\nEmerald Horticultural Supplies Ltd")
    html = simple_doc('<div style="font-family:Arial;font-size:14px">' + divs(body) +
                      '<p><a href="https://in.xero.example/ViewInvoice/8f2c1">View invoice online</a></p></div>')
    seed = "c039"
    a = alt(mime.text(body + "\n", "plain", "utf-8", "quoted-printable"),
            mime.text(html, "html", "utf-8", "quoted-printable"), "----=_Part_%s" % HX(seed, 16))
    m = mixed([a, mime.attachment(data, "application/pdf", "Invoice INV-26-07781.pdf")], "----=_Part_%s" % HX(seed + "m", 16))
    hdrs = std_headers(frm=mime.addr("Emerald Horticultural Supplies Ltd", "accounts@emeraldhort.example"),
                       to=mime.addr("Tom Whitfield", "tom.whitfield@buyer.example"),
                       subject="Invoice INV-26-07781 from Emerald Horticultural Supplies Ltd for 4500185512",
                       when=at("2026-11-19 16:30:22", 0), msgid="<%s@post.xero.example>" % hx(seed, 32),
                       rcv=("bounces@post.xero.example", "o1.post.xero.example", "198.51.100.200"),
                       extra=[("Reply-To", "accounts@emeraldhort.example"), ("MIME-Version", "1.0"),
                              ("X-Mailer", "Xero")])
    eml = mime.message(hdrs, m)
    return Out([po.json()], eml, "unrelated",
               "Invoice for PO 4500185512, which is not in pos.json; its PDF has quantities, prices and dates that must not be read as an answer to PO 4500191990.")


# ---------------------------------------------------------------------------
@case("thermal-rolls-bulgarian-table", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply with a pipe table ('1 500 ролки', '0,43', '22.12.2026 г.'): one price change and one later date.")
def c040():
    sup = supplier("THB-0411", "Termohartia OOD", "poruchki@termohartia.example", "bg-BG")
    po = PO("4500192004", sup, "dana", "EUR", "2026-11-18", [
        ("TH-8080-12", "Thermal paper roll 80 mm x 80 m, core 12 mm, 48 g/m2", 1500, "ROL", "1.12", "2026-12-15"),
        ("TH-5730-12", "Thermal paper roll 57 mm x 30 m, core 12 mm", 3000, "ROL", "0.41", "2026-12-15"),
        ("TH-LBL5832", "Thermal labels 58 x 32 mm, 1,000 labels per roll, core 40 mm", 400, "ROL", "2.35", "2026-12-15"),
    ], req_time=at("2026-11-18 08:50:00", 1))
    req = Request(po)
    body = ("Здравейте, г-жо Руиз,\n\n"
            "Благодарим Ви за поръчка № 4500192004. Потвърждаваме я, както следва:\n\n"
            "Поз. | Артикул     | Количество   | Ед. цена (EUR) | Дата на доставка\n"
            "1    | TH-8080-12  | 1 500 ролки  | 1,12           | 15.12.2026 г.\n"
            "2    | TH-5730-12  | 3 000 ролки  | 0,43           | 15.12.2026 г.\n"
            "3    | TH-LBL5832  | 400 ролки    | 2,35           | 22.12.2026 г.\n\n"
            "Цената на поз. 2 е коригирана поради поскъпване на суровината. Етикетите (поз. 3) се произвеждат "
            "след 14.12., затова доставката е седмица по-късно.")
    sig = ("С уважение,\nДесислава Иванова\nОтдел \"Продажби\"\nТермохартия ООД\n"
           "гр. Пловдив 4003, бул. \"Васил Априлов\" 150\nтел.: +359 32 123 456, моб.: +359 888 123 456")
    eml = outlook_reply(po, req, frm="Десислава Иванова", email="d.ivanova@termohartia.example",
                        when=at("2026-11-19 11:48:15", 2), body=body, sig=sig, lang="bg", olang="bg-BG",
                        charset="windows-1251", cte="base64", sent="18 ноември 2026 г. 9:50")
    return Out([po.json()], eml, "confirmation",
               "Line 1 as ordered; line 2 price 0,43 (changed); line 3 delivery 22.12.2026 (changed); 14.12. is a production start, not a delivery date.",
               [conf(po, {1: ACC, 2: CHG(3000, "0.43", "2026-12-15"), 3: CHG(400, "2.35", "2026-12-22")})])


# ---------------------------------------------------------------------------
@case("aquarium-price-list-2027-xlsx", "unrelated/el-GR",
      "Greek mass mail with the 2027 price list as XLSX, listing our ordered item codes with new prices and validity dates, but not answering the PO.")
def c041():
    sup = supplier("EAA-0520", "Enydreia Aigaiou S.A.", "sales@aegean-aqua.example", "el-GR")
    po = PO("4500192117", sup, "sofia", "EUR", "2026-11-18", [
        ("EA-TANK100", "Glass aquarium 100 x 40 x 50 cm, 200 l, 8 mm glass", 10, "EA", "142.00", "2026-12-18"),
        ("EA-CAB100-OAK", "Aquarium cabinet 100 x 40 cm, oak decor", 10, "EA", "118.00", "2026-12-18"),
    ], site="rtm", req_time=at("2026-11-18 10:30:00", 1))
    rows = [["Κωδικός / Code", "Περιγραφή / Description", "Τιμή 2026 (EUR)", "Τιμή 2027 (EUR)", "Ισχύει από / Valid from"],
            ["EA-TANK60", "Ενυδρείο 60x30x36 cm, 54 l", xlsx.Num("48.00"), xlsx.Num("51.00"), xlsx.Date(dt.date(2027, 1, 1))],
            ["EA-TANK80", "Ενυδρείο 80x35x40 cm, 112 l", xlsx.Num("86.00"), xlsx.Num("91.00"), xlsx.Date(dt.date(2027, 1, 1))],
            ["EA-TANK100", "Ενυδρείο 100x40x50 cm, 200 l, 8 mm", xlsx.Num("142.00"), xlsx.Num("149.00"), xlsx.Date(dt.date(2027, 1, 1))],
            ["EA-CAB100-OAK", "Βάση ενυδρείου 100x40 cm, δρυς", xlsx.Num("118.00"), xlsx.Num("124.00"), xlsx.Date(dt.date(2027, 1, 1))],
            ["EA-LID100", "Καπάκι με LED 100 cm, 24V", xlsx.Num("64.00"), xlsx.Num("66.50"), xlsx.Date(dt.date(2027, 1, 1))]]
    data = xlsx.make_xlsx(rows, sheet="Τιμοκατάλογος 2027", creator="Enydreia Aigaiou", widths=[16, 40, 16, 16, 20])
    body = ("Αγαπητοί συνεργάτες,\n\n"
            "σας αποστέλλουμε συνημμένα τον νέο τιμοκατάλογο χονδρικής για το 2027, ο οποίος ισχύει από 01/01/2027.\n"
            "Παραγγελίες που θα παραληφθούν έως 31/12/2026 τιμολογούνται με τις τρέχουσες τιμές.\n\n"
            "Dear partners,\nplease find attached our wholesale price list 2027, valid from 01/01/2027. Orders received "
            "until 31/12/2026 are invoiced at current prices.\n\n"
            "Με εκτίμηση / Best regards\nΤμήμα Πωλήσεων\nΕνυδρεία Αιγαίου Α.Ε.\n"
            "Λεωφ. Αθηνών 112, 104 42 Αθήνα | Τηλ. +30 210 512 3400")
    hb = outlook_doc(mso(body), "iso-8859-7", "EL")
    seed = "c041"
    a = alt(mime.text(body + "\n", "plain", "iso-8859-7", "quoted-printable"),
            mime.text(hb, "html", "iso-8859-7", "quoted-printable"), bnd_outlook(seed))
    m = mixed([a, mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  "Timokatalogos_2027_Price_List.xlsx")], bnd_outlook(seed, "004"))
    hdrs = std_headers(frm=mime.addr("Ενυδρεία Αιγαίου - Πωλήσεις", "sales@aegean-aqua.example", "iso-8859-7"),
                       to="undisclosed-recipients:;",
                       subject="Νέος τιμοκατάλογος 2027 / New price list 2027", when=at("2026-11-20 09:05:11", 2),
                       msgid=mid_outlook(seed, "AS8PR09MB6032", "eurprd09"),
                       rcv=("sales@aegean-aqua.example", "AS8PR09MB6032-obe.outbound.protection.outlook.com", "40.107.7.66",
                            "sofia.marques@buyer.example"),
                       subj_charset="iso-8859-7")
    hdrs += outlook_extra("Νέος τιμοκατάλογος 2027 / New price list 2027", seed, "el-GR", True, "iso-8859-7")
    eml = mime.message(hdrs, m)
    return Out([po.json()], eml, "unrelated",
               "A price-list circular to undisclosed recipients; the XLSX lists EA-TANK100 and EA-CAB100-OAK with 2027 prices, but the mail does not answer PO 4500192117.")


# ---------------------------------------------------------------------------
@case("dental-price-updated-see-below", "needs_review/he-IL",
      "Hebrew reply: line 2's price 'was updated, see below', but below there is only our own quoted request with the old price; dates still to come.")
def c042():
    sup = supplier("DTI-0733", "Dentec Israel Ltd.", "orders@dentec-il.example", "he-IL")
    po = PO("4500192230", sup, "priya", "USD", "2026-11-18", [
        ("DI-SUC16-18", "Suction hose 16 mm for dental chair, 1.8 m", 20, "EA", "24.50", "2026-12-11"),
        ("DI-LED-HEAD24", "Dental operating LED light head, 24V", 3, "EA", "610.00", "2026-12-11"),
        ("DI-UPH2-BL", "Upholstery set for dental chair, 2 parts, blue", 2, "SET", "385.00", "2026-12-11"),
    ], req_time=at("2026-11-18 12:10:00", 1))
    req = Request(po)
    body = ("שלום פריה,\n\n"
            "תודה על ההזמנה 4500192230.\n"
            "המחיר של שורה 2 (ראש תאורה LED) עודכן - ראי את המחיר המעודכן למטה.\n"
            "שאר השורות בסדר מבחינתנו, נחזור אלייך בהקדם עם תאריכי אספקה.")
    sig = ("בברכה,\nיוסי לוי\nמנהל הזמנות\nדנטק ישראל בע\"מ\nרח' המלאכה 8, פתח תקווה\nטל' 03-9221234 | נייד 052-1234567")
    eml = outlook_reply(po, req, frm="יוסי לוי", email="yossi.levi@dentec-il.example",
                        when=at("2026-11-19 15:40:03", 2), body=body, sig=sig, lang="he", olang="he-IL",
                        charset="windows-1255", cte="quoted-printable", prefix_="השב: ", rtl=True,
                        sent="יום רביעי 18 נובמבר 2026 13:10")
    return Out([po.json()], eml, "needs_review",
               "The updated price for line 2 is announced but not stated (the only price below is ours, 610.00), and delivery dates will follow; nothing can be recorded.")


# ---------------------------------------------------------------------------
@case("spices-thai-buddhist-era", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era dates (22/01/2570 = 2027-01-22) and a changed price on one line and a later ETA on another.")
def c043():
    sup = supplier("SST-0916", "Siam Spice Trading Co., Ltd.", "export@siamspice.example", "th-TH")
    po = PO("4500192345", sup, "priya", "USD", "2026-11-18", [
        ("SS-CHI-WSL", "Dried red chilli whole, stemless, 10 kg carton", 800, "KG", "3.90", "2027-01-22"),
        ("SS-GAL-SL35", "Dried galangal slices 3-5 mm, 10 kg carton", 300, "KG", "5.60", "2027-01-22"),
        ("SS-LEM-CT35", "Dried lemongrass cut 3-5 mm, 10 kg carton", 200, "KG", "4.20", "2027-01-22"),
    ], site="rtm", incoterms="CIF Rotterdam", req_time=at("2026-11-18 09:00:00", 1))
    req = Request(po)
    body = ("เรียน คุณ Priya\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500192345 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้ (วันที่เป็นปี พ.ศ.)\n\n"
            "1. พริกแห้งทั้งเม็ด (ไม่มีก้าน) 800 กก. ราคา 3.90 USD/กก. ถึงท่าเรือรอตเตอร์ดัม 22/01/2570\n"
            "2. ข่าแห้งสไลซ์ 3-5 มม. 300 กก. ราคา 5.80 USD/กก. (ราคาวัตถุดิบปรับขึ้น) ถึงท่าเรือรอตเตอร์ดัม 22/01/2570\n"
            "3. ตะไคร้แห้งหั่น 3-5 มม. 200 กก. ราคา 4.20 USD/กก. ถึงท่าเรือรอตเตอร์ดัม 05/02/2570 "
            "(สินค้าจะไปกับเรือลำถัดไป)\n\n"
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายส่งออก\nบริษัท สยาม สไปซ์ เทรดดิ้ง จำกัด\n"
            "99/9 ถนนพระราม 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150\nโทร. +66 2 123 4567")
    eml = outlook_reply(po, req, frm="Somchai Jaidee", email="somchai@siamspice.example",
                        when=at("2026-11-19 16:22:48", 7), body=body, lang="th", olang="th-TH",
                        charset="tis-620", cte="base64", sent="18 พฤศจิกายน 2569 15:00")
    assert 2570 - 543 == 2027
    return Out([po.json()], eml, "confirmation",
               "Buddhist era: 22/01/2570 = 2027-01-22 and 05/02/2570 = 2027-02-05; line 1 as ordered, line 2 price 5.80, line 3 arrives 2027-02-05.",
               [conf(po, {1: ACC, 2: CHG(300, "5.80", "2027-01-22"), 3: CHG(200, "4.20", "2027-02-05")})])


# ---------------------------------------------------------------------------
@case("bicycle-bags-price-increase-approval", "needs_review/ro-RO",
      "Romanian reply asking us to approve a 6% price increase before they send the confirmation; the date is only an estimate.")
def c044():
    sup = supplier("CVA-0374", "Carpați Velo Accesorii SRL", "comenzi@carpativelo.example", "ro-RO")
    po = PO("4500192458", sup, "tom", "EUR", "2026-11-19", [
        ("CV-DPAN25-BK", "Double pannier 2 x 12.5 L, rear rack, black", 150, "EA", "21.40", "2026-12-18"),
        ("CV-HB5-27", "Handlebar bag 5 L, quick-release, 2027 model", 200, "EA", "11.90", "2026-12-18"),
    ], site="man", req_time=at("2026-11-19 08:45:00", 0))
    req = Request(po)
    body = ("Bună ziua domnule Whitfield,\n\n"
            "Vă mulțumim pentru comanda 4500192458.\n"
            "Din cauza creșterii prețului la materialul impermeabil TPU, suntem nevoiți să majorăm prețurile cu 6% "
            "pentru ambele poziții. Vă rugăm să ne confirmați dacă sunteți de acord cu noile prețuri; după "
            "confirmarea dumneavoastră vă trimitem confirmarea de comandă cu termenul de livrare (estimăm 18.12.2026).")
    sig = ("Cu stimă,\nAndreea Popescu\nDepartament Vânzări Export\nCarpați Velo Accesorii SRL\n"
           "Str. Fabricii nr. 14, 500269 Brașov, România\nTel: +40 268 412 345 | Mobil: +40 722 123 456")
    eml = gmail_reply(po, req, frm="Andreea Popescu", email="andreea.popescu@carpativelo.example",
                      when=at("2026-11-20 10:31:12", 2), body=body, sig=sig,
                      attribution="În joi, 19 nov. 2026 la 10:45, Tom Whitfield <tom.whitfield@buyer.example> a scris:")
    return Out([po.json()], eml, "needs_review",
               "A +6% increase awaits our approval and the order confirmation will only follow afterwards; 18.12.2026 is an estimate.")


# ---------------------------------------------------------------------------
@case("playground-exim-plain-bounce", "bounce/sl-SI",
      "Plain-text Exim bounce from the supplier's relay (mailbox disabled) with the complete original request, MIME parts and all, pasted below.")
def c045():
    sup = supplier("IGG-0251", "Igrala Gorenjska d.o.o.", "prodaja@igrala-gorenjska.example", "sl-SI")
    po = PO("4500192560", sup, "sofia", "EUR", "2026-11-19", [
        ("IG-GUG-KONJ", "Spring rocker 'horse', HDPE 19 mm, spring M20", 6, "EA", "389.00", "2026-12-18"),
        ("IG-PES1212-L", "Sandpit 1.2 x 1.2 m, larch wood, with lid", 4, "EA", "455.00", "2026-12-18"),
    ], site="rtm", req_time=at("2026-11-19 11:20:14", 1))
    req = Request(po)
    orig = req.eml().replace(b"\r\n", b"\n").decode("ascii")
    when = at("2026-11-19 11:20:31", 1)
    rcvd = ("Received: from mx1.buyer.example ([198.51.100.10])\n\tby mx1.igrala-gorenjska.example with esmtps "
            "(Exim 4.97)\n\tid 1vM2aB-0004xq-3K\n\tfor prodaja@igrala-gorenjska.example; %s\n" % mime.date(when))
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  prodaja@igrala-gorenjska.example\n"
            "    host mail.igrala-gorenjska.local [10.0.4.12]\n"
            "    SMTP error from remote mail server after RCPT TO:<prodaja@igrala-gorenjska.example>:\n"
            "    550 5.2.1 <prodaja@igrala-gorenjska.example>: Recipient address rejected: mailbox disabled\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" + rcvd + orig)
    hdrs = [("Return-Path", "<>"),
            ("Received", "from mx1.igrala-gorenjska.example ([203.0.113.77])\n\tby mx1.buyer.example (Postfix) with ESMTPS "
                         "id 4F2B1C9D03\n\tfor <sofia.marques@buyer.example>; %s" % mime.date(when)),
            ("X-Failed-Recipients", "prodaja@igrala-gorenjska.example"),
            ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@mx1.igrala-gorenjska.example>"),
            ("To", "sofia.marques@buyer.example"),
            ("References", po.rid),
            ("Content-Type", "text/plain; charset=us-ascii"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1vM2aB-0004xs-5P@mx1.igrala-gorenjska.example>"),
            ("Date", mime.date(when))]
    eml = mime.message(hdrs, mime.Part([], body.encode("ascii")))
    return Out([po.json()], eml, "bounce",
               "Exim 'Mail delivery failed' as a single text/plain part; the original request, including its QP-encoded PO table, is pasted verbatim after the error.")


# ---------------------------------------------------------------------------
@case("gift-boxes-vietnamese-two-lots", "confirmation/vi-VN",
      "Vietnamese reply with dot thousands and comma decimals (2.000 cái, 1,35 USD); the paper bags are split into two lots, the second in January.")
def c046():
    sup = supplier("SGP-0689", "Saigon Gift Packaging Co., Ltd.", "sales@saigongiftpack.example", "vi-VN")
    po = PO("4500192671", sup, "jonas", "USD", "2026-11-19", [
        ("SG-BOX2525-RD", "Gift box 25x25x10 cm, rigid board 2 mm, red, gold foil logo", 2000, "EA", "1.35", "2026-12-21"),
        ("SG-DRW3020-KR", "Gift box 30x20x6 cm, drawer type, kraft", 3000, "EA", "0.98", "2026-12-21"),
        ("SG-BAG3240", "Paper gift bag 32x40x12 cm, rope handle, 157 g/m2", 5000, "EA", "0.29", "2026-12-21"),
    ], incoterms="FOB Ho Chi Minh City", req_time=at("2026-11-19 10:10:00", 1))
    req = Request(po)
    body = ("Kính gửi anh Jonas,\n\n"
            "Cảm ơn anh đã gửi đơn đặt hàng số 4500192671. Chúng tôi xác nhận như sau:\n\n"
            "- Mục 1: Hộp quà 25x25x10 cm màu đỏ, ép kim logo: 2.000 cái, đơn giá 1,35 USD, giao hàng (FOB Cát Lái) "
            "ngày 21/12/2026.\n"
            "- Mục 2: Hộp ngăn kéo 30x20x6 cm giấy kraft: 3.000 cái, đơn giá 0,98 USD, giao ngày 21/12/2026.\n"
            "- Mục 3: Túi giấy 32x40x12 cm quai dây: 5.000 cái, đơn giá 0,29 USD, giao làm 2 đợt: 3.000 cái ngày "
            "21/12/2026 và 2.000 cái ngày 04/01/2027.\n\n"
            "Nếu có thắc mắc, xin anh vui lòng liên hệ.")
    sig = ("Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Bao Bì Quà Tặng Sài Gòn\n"
           "Lô C5, KCN Tân Bình, Q. Tân Phú, TP. Hồ Chí Minh\nĐT: +84 28 3815 1234 | DĐ: +84 903 123 456")
    eml = gmail_reply(po, req, frm="Nguyễn Thị Thu Hà", email="thuha@saigongiftpack.example",
                      when=at("2026-11-20 15:06:41", 7), body=body, sig=sig, cte="base64",
                      attribution="Vào Th 5, 19 thg 11, 2026 vào lúc 16:10 Jonas Keller <jonas.keller@buyer.example> đã viết:")
    return Out([po.json()], eml, "confirmation",
               "Lines 1-2 as ordered (21/12/2026); line 3 split 3.000 on 21/12/2026 and 2.000 on 04/01/2027 (day-first), price unchanged.",
               [conf(po, {1: ACC, 2: ACC, 3: CHG(5000, "0.29", "2027-01-04", [(3000, "2026-12-21"), (2000, "2027-01-04")])})])


# ---------------------------------------------------------------------------
@case("masks-indonesian-cartons", "confirmation/id-ID",
      "Indonesian reply counting cartons of 40 boxes ('30 karton (1.200 box)'), comma decimals, ETD and ETA dates; one box price higher.")
def c047():
    sup = supplier("MPN-0558", "PT Medika Prima Nusantara", "penjualan@medikaprima.example", "id-ID")
    po = PO("4500192784", sup, "priya", "USD", "2026-11-19", [
        ("MP-MSK3P-EL50", "Surgical mask 3-ply type IIR, earloop, box of 50", 1200, "BOX", "2.10", "2027-01-08"),
        ("MP-MSK3P-HL50", "Surgical mask 3-ply type IIR, head-loop, box of 50", 600, "BOX", "2.45", "2027-01-08"),
    ], site="rtm", incoterms="CIF Rotterdam", req_time=at("2026-11-19 09:30:00", 1))
    req = Request(po)
    assert 30 * 40 == 1200 and 15 * 40 == 600
    body = ("Yth. Ibu Priya Nair,\n\n"
            "Terima kasih atas PO No. 4500192784. Dengan ini kami konfirmasi pesanan sebagai berikut:\n\n"
            "Item 1: Masker bedah 3 ply earloop - 30 karton (1.200 box @ 50 pcs) - USD 2,10/box\n"
            "Item 2: Masker bedah 3 ply head-loop - 15 karton (600 box) - USD 2,55/box (harga bahan baku naik)\n\n"
            "Pengiriman: ETD Jakarta 27 November 2026, ETA Rotterdam 8 Januari 2027.\n"
            "1 karton = 40 box.\n\nDemikian kami sampaikan, terima kasih atas kerja samanya.")
    sig = ("Hormat kami,\nDewi Lestari\nExport Sales\nPT Medika Prima Nusantara\n"
           "Kawasan Industri Jababeka II, Jl. Industri Selatan 5 Blok PP No. 7, Cikarang, Bekasi 17530\n"
           "Telp. +62 21 8983 4567 | WA +62 812 3456 7890")
    eml = outlook_reply(po, req, frm="Dewi Lestari", email="dewi.lestari@medikaprima.example",
                        when=at("2026-11-20 14:10:55", 7), body=body, sig=sig, lang="id", olang="id-ID",
                        charset="us-ascii", cte="7bit", sent="Kamis, 19 November 2026 15.30")
    return Out([po.json()], eml, "confirmation",
               "Cartons convert to the ordered 1.200 and 600 boxes; item 1 as ordered; item 2 USD 2,55 per box (changed); ETA 8 Jan 2027 is the delivery date (ETD is the ship date).",
               [conf(po, {1: ACC, 2: CHG(600, "2.55", "2027-01-08")})])


# ---------------------------------------------------------------------------
@case("bicycle-bags-estonian-vacation", "auto_reply/et-EE",
      "Gmail vacation responder in Estonian and English with a return date and a colleague's phone number.")
def c048():
    sup = supplier("TRK-0143", "Tallinna Rattakotid OÜ", "myyk@rattakotid.example", "et-EE")
    po = PO("4500192890", sup, "tom", "EUR", "2026-11-20", [
        ("TR-PAN18-RF", "Rear pannier 18 L, reflective, waterproof (sold in pairs)", 40, "PAIR", "64.00", "2026-12-18"),
        ("TR-BSK20-CL", "Front basket bag 20 L with clip", 60, "EA", "27.50", "2026-12-18"),
    ], site="man", req_time=at("2026-11-20 09:05:00", 0))
    body = ("Tere!\n\nOlen puhkusel kuni 30.11.2026 (k.a.). Kiireloomulistes küsimustes palun pöörduge kolleegi "
            "Marko Tamme poole: marko.tamm@rattakotid.example, tel +372 5123 4567.\n\n"
            "Hello,\nI am on holiday until 30 November 2026 (inclusive). For urgent matters please contact my "
            "colleague Marko Tamm: marko.tamm@rattakotid.example, phone +372 5123 4567.\n\n"
            "Kristi Kask\nTallinna Rattakotid OÜ")
    seed = "c048"
    a = alt(mime.text(body + "\n", "plain", "UTF-8", "quoted-printable"),
            mime.text('<div dir="ltr">' + divs(body) + "</div>\n", "html", "UTF-8", "quoted-printable"),
            bnd_gmail(seed))
    hdrs = std_headers(frm=mime.addr("Kristi Kask", "kristi@rattakotid.example"),
                       to="tom.whitfield@buyer.example", subject="Puhkusel / On holiday",
                       when=at("2026-11-20 11:05:19", 2), msgid=mid_gmail(seed), irt=po.rid, refs=po.rid,
                       rcv=("<>", "mail-sor-f69.google.com", "209.85.220.69"),
                       extra=[("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")])
    hdrs[0] = ("Return-Path", "<>")
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "auto_reply",
               "Vacation auto-reply (Auto-Submitted: auto-replied); 30.11.2026 is the return date, not a delivery date.")


# ---------------------------------------------------------------------------
@case("plant-pots-colour-question-big5", "needs_review/zh-TW",
      "Traditional Chinese (Big5) reply asking which terracotta colour code and how many drain holes before confirming; an extra USD 150 fee is only a possibility.")
def c049():
    sup = supplier("THP-0612", "Taiwan Horti-Plast Co., Ltd.", "sales@twhortiplast.example", "zh-TW")
    po = PO("4500192903", sup, "jonas", "USD", "2026-11-20", [
        ("TH-NP15-TC", "Nursery pot 15 cm, 1.3 L, injection-moulded, terracotta", 5000, "PCS", "0.118", "2027-01-15"),
        ("TH-NP21-TC", "Nursery pot 21 cm, 4 L, injection-moulded, terracotta", 3000, "PCS", "0.265", "2027-01-15"),
    ], incoterms="FOB Taichung", req_time=at("2026-11-20 08:20:00", 1))
    req = Request(po)
    body = ("Keller 先生 您好：\n\n"
            "感謝您的訂單 4500192903。在確認訂單之前，想跟您確認以下兩點：\n\n"
            "1. 顏色：貴公司訂單上寫的是「terracotta」，請問是我們的標準色號 TC-02（紅陶色），還是要依照 RAL 8023 調色？"
            "調色需另加模具清洗費 USD 150。\n"
            "2. 底部排水孔：15 公分盆需要 5 孔（標準）還是 8 孔？\n\n"
            "收到您的回覆後，我們會盡快提供正式的訂單確認及交期。")
    sig = ("敬祝 商祺\n\n林美玲 Meiling Lin\n業務部\n台灣園藝塑膠股份有限公司\n彰化縣和美鎮彰美路五段 123 號\n"
           "Tel: +886-4-755-1234 分機 18")
    eml = outlook_reply(po, req, frm="林美玲 Meiling Lin", email="meiling.lin@twhortiplast.example",
                        when=at("2026-11-20 17:45:20", 8), body=body, sig=sig, lang="zh-TW", olang="zh-TW",
                        charset="big5", cte="base64", prefix_="回覆: ", sent="2026年11月20日 下午 03:20",
                        host="TYZPR03MB6421", region="apcprd03")
    return Out([po.json()], eml, "needs_review",
               "Two open questions (colour code, drain holes); the formal confirmation and lead time will follow our answer.")


# ---------------------------------------------------------------------------
@case("xray-film-hindi-newsletter", "unrelated/hi-IN",
      "Hindi/English supplier newsletter with product sizes, a discount valid till 31 December 2026 and trade-fair dates; no reference to the PO.")
def c050():
    sup = supplier("BIP-0731", "Bharat Imaging Products Pvt. Ltd.", "sales@bharatimaging.example", "hi-IN")
    po = PO("4500193016", sup, "priya", "INR", "2026-11-20", [
        ("BI-XF3543-G", 'X-ray film 35x43 cm (14x17"), green, 100 sheets', 30, "BOX", "6450.00", "2026-12-18"),
        ("BI-XF2430-G", "X-ray film 24x30 cm, green, 100 sheets", 20, "BOX", "3150.00", "2026-12-18"),
    ], req_time=at("2026-11-20 10:00:00", 1))
    text = ("प्रिय ग्राहक,\n\n"
            "त्योहारों के मौसम की हार्दिक शुभकामनाएँ! भारत इमेजिंग प्रोडक्ट्स का नवंबर न्यूज़लेटर प्रस्तुत है।\n\n"
            "नया उत्पाद: 35x43 सेमी वायरलेस DR कैसेट - अब स्टॉक में उपलब्ध।\n"
            "विशेष ऑफ़र: 31 दिसंबर 2026 तक सभी एक्स-रे फ़िल्म (24x30 और 35x43 सेमी) पर 8% छूट, न्यूनतम ऑर्डर 50 बॉक्स।\n"
            "प्रदर्शनी: RSNA 2026, शिकागो, 29 नवंबर - 3 दिसंबर, बूथ 4127 - हमसे मिलने आइए!\n\n"
            "Dear Customer, greetings of the festive season! New: 35x43 cm wireless DR cassette. Special offer: "
            "8% off all X-ray film until 31 December 2026 (min. order 50 boxes). Visit us at RSNA 2026, Chicago, "
            "29 Nov - 3 Dec, booth 4127.\n\n"
            "Bharat Imaging Products Pvt. Ltd. | Plot 42, MIDC Bhosari, Pune 411026 | +91 20 2712 3456\n"
            "इस सूची से हटने के लिए / Unsubscribe: https://mail.bharatimaging.example/u/7c1e")
    html = simple_doc('<div style="max-width:600px;font-family:Arial,sans-serif">'
                      '<h2 style="color:#0b5394">नवंबर न्यूज़लेटर / November Newsletter</h2>' + divs(text) + "</div>")
    seed = "c050"
    a = alt(mime.text(text + "\n", "plain", "utf-8", "base64"), mime.text(html, "html", "utf-8", "base64"),
            "b1_%s" % hx(seed, 32))
    hdrs = std_headers(frm=mime.addr("Bharat Imaging", "newsletter@bharatimaging.example"),
                       to="priya.nair@buyer.example",
                       subject="नवंबर न्यूज़लेटर | New DR cassettes, festive offers & RSNA 2026",
                       when=at("2026-11-21 11:00:00", 5, 30), msgid="<%s@mail.bharatimaging.example>" % hx(seed, 30),
                       rcv=("bounce-7c1e@mail.bharatimaging.example", "mail.bharatimaging.example", "203.0.113.210"),
                       extra=[("List-Unsubscribe", "<https://mail.bharatimaging.example/u/7c1e>"),
                              ("Precedence", "bulk"), ("X-Mailer", "PHPMailer 6.9.1"), ("MIME-Version", "1.0")])
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "unrelated",
               "Bulk newsletter (List-Unsubscribe, Precedence: bulk); sizes, an 8% discount until 31 Dec 2026 and fair dates are not an answer to PO 4500193016.")


# ---------------------------------------------------------------------------
@case("spices-arabic-crm-receipt", "auto_reply/ar-AE",
      "Arabic/English CRM receipt in windows-1256 with a reference number and response-time promise, threaded on the request.")
def c051():
    sup = supplier("GST-0824", "Gulf Spice Trading LLC", "orders@gulfspice.example", "ar-AE")
    po = PO("4500193120", sup, "priya", "USD", "2026-11-20", [
        ("GS-CUM-SYR99", "Cumin seed, Syrian origin, 99% purity, 25 kg bag", 1000, "KG", "4.20", "2026-12-18"),
        ("GS-SAF-SN1G", "Saffron threads Super Negin, 1 g tin", 200, "EA", "6.80", "2026-12-18"),
    ], req_time=at("2026-11-20 13:00:00", 1))
    body = ("عميلنا العزيز،\n\n"
            "شكراً لتواصلكم مع شركة الخليج لتجارة التوابل. تم استلام رسالتكم بنجاح، وسيقوم أحد ممثلي المبيعات "
            "بالرد عليكم خلال 24 ساعة عمل.\n"
            "رقم المرجع: GST-CRM-2026-118734\n"
            "ساعات العمل: من الاثنين إلى الجمعة، 8:00 - 17:00 (بتوقيت الإمارات).\n\n"
            "Dear customer,\n\nThank you for contacting Gulf Spice Trading LLC. Your e-mail has been received and a "
            "sales representative will reply within 24 working hours.\nReference: GST-CRM-2026-118734\n"
            "Office hours: Monday - Friday, 8:00 - 17:00 (GST).\n\n"
            "Gulf Spice Trading LLC | P.O. Box 51234, Deira, Dubai, UAE | +971 4 226 7788\n"
            "This is an automatically generated message, please do not reply.")
    hb = simple_doc('<div style="font-family:Tahoma">' + divs(body) + "</div>", "windows-1256", dir_rtl=True)
    seed = "c051"
    a = alt(mime.text(body + "\n", "plain", "windows-1256", "quoted-printable"),
            mime.text(hb, "html", "windows-1256", "quoted-printable"), bnd_next(seed))
    hdrs = std_headers(frm=mime.addr("Gulf Spice Trading - Orders", "orders@gulfspice.example"),
                       to=mime.addr("Priya Nair", "priya.nair@buyer.example"),
                       subject="تم الاستلام / Received: " + po.subject, when=at("2026-11-20 16:00:47", 4),
                       msgid="<crm.118734.%s@gulfspice.example>" % hx(seed, 16), irt=po.rid, refs=po.rid,
                       rcv=("<>", "crm.gulfspice.example", "198.51.100.54"), subj_charset="windows-1256",
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                              ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Dynamics 365")])
    hdrs[0] = ("Return-Path", "<>")
    eml = mime.message(hdrs, a)
    return Out([po.json()], eml, "auto_reply",
               "CRM auto-acknowledgement (Auto-Submitted: auto-generated) with a reference number; '24 working hours' and office hours are not order data.")


# ---------------------------------------------------------------------------
@case("dental-qmail-no-mailbox", "bounce/en-NZ",
      "qmail-send plain-text bounce ('no mailbox here by that name') with the original request below 'Below this line is a copy of the message.'")
def c052():
    sup = supplier("KDP-0377", "Kiwi Dental Parts Ltd", "parts@kiwidentalparts.example", "en-NZ")
    po = PO("4500193233", sup, "priya", "NZD", "2026-11-20", [
        ("KD-SYR3W-24V", "3-way air/water syringe with 24V heater", 6, "EA", "145.00", "2026-12-18"),
        ("KD-CUSP-CER", 'Cuspidor bowl, ceramic, 1/2" drain', 4, "EA", "88.00", "2026-12-18"),
        ("KD-SUCF-23", "Suction filter set, 2/3-stage", 20, "SET", "12.40", "2026-12-18"),
    ], req_time=at("2026-11-20 15:10:08", 1))
    req = Request(po)
    orig = req.eml().replace(b"\r\n", b"\n").decode("ascii")
    when = at("2026-11-21 03:10:27", 13)
    body = ("Hi. This is the qmail-send program at mail.hostnz-shared.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<parts@kiwidentalparts.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <priya.nair@buyer.example>\n"
            "Received: (qmail 28812 invoked from network); 20 Nov 2026 14:10:19 -0000\n" + orig)
    hdrs = [("Return-Path", "<>"),
            ("Received", "from mail.hostnz-shared.example ([203.0.113.201])\n\tby mx1.buyer.example (Postfix) with ESMTP "
                         "id 7A3D0E1F22\n\tfor <priya.nair@buyer.example>; %s" % mime.date(when)),
            ("Date", "20 Nov 2026 14:10:27 +0000"),
            ("From", "MAILER-DAEMON@mail.hostnz-shared.example"),
            ("To", "priya.nair@buyer.example"),
            ("Subject", "failure notice"),
            ("Message-ID", "<20261120141027.28815.qmail@mail.hostnz-shared.example>")]
    eml = mime.message(hdrs, mime.Part([], body.encode("ascii")))
    return Out([po.json()], eml, "bounce",
               "qmail 'failure notice' without MIME structure; everything after the error is our own request with the PO table and requested dates.")
