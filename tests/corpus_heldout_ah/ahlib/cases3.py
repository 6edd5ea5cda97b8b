"""Cases 033-048."""
from __future__ import annotations

from .clients import gmail, outlook, plain_reply, reply_headers
from .common import (D, PO, REJ, UNC, acc, all_acc, case, chg, conf, expect, gmail_attrib, gt, is_weekday, kw,
                     next_on_or_after, request_dt, request_subject, request_text, sup)
from .mime import Attachment, Multi, Raw, Text, addr, hdr, html_escape, message, rfc_date, text_to_html
from .pdf import build_pdf, simple_doc

# ---------------------------------------------------------------- 033
s = sup("SPAWTECH", "Spaw-Tech Sp. z o.o.", "handlowy@spawtech.example", "pl-PL")
po = PO("4700231311", s, "2026-11-09", [
    ("WLD-G3SI1-12", "MIG wire G3Si1 1.2 mm, spool 15 kg", 60, "SP", "36.90", "2026-12-02"),
    ("WLD-E7018-32", "Basic electrode E 7018, 3.2x350 mm, box 5 kg", 40, "BX", "31.20", "2026-12-02"),
], buyer="jonas")
csv = ("Indeks;Nazwa;Opakowanie;JM;Cena 2026 [EUR];Cena od 01.01.2027 [EUR];Zmiana\n"
       "ST-G3SI1-08;Drut G3Si1 0,8 mm;szpula 15 kg;szt.;38,40;39,90;+3,9%\n"
       "ST-G3SI1-10;Drut G3Si1 1,0 mm;szpula 15 kg;szt.;37,50;38,95;+3,9%\n"
       "ST-G3SI1-12;Drut G3Si1 1,2 mm;szpula 15 kg;szt.;36,90;38,30;+3,8%\n"
       "ST-E7018-25;Elektroda E 7018 2,5x350;karton 5 kg;szt.;32,80;34,00;+3,7%\n"
       "ST-E7018-32;Elektroda E 7018 3,2x350;karton 5 kg;szt.;31,20;32,40;+3,8%\n"
       "ST-316LSI-10;Drut 316LSi 1,0 mm;szpula 15 kg;szt.;139,00;144,20;+3,7%\n")
body = """Szanowni Państwo,

w załączeniu przesyłamy cennik obowiązujący od 01.01.2027 r. Ceny drutów i elektrod wzrosną średnio o 3,8 % w związku ze wzrostem cen walcówki i energii.

Zamówienia złożone do 31.12.2026 r. realizujemy jeszcze według cen z 2026 r. Cennik ważny do 31.12.2027 r.

Z poważaniem
Dział Handlowy
Spaw-Tech Sp. z o.o. | ul. Hutnicza 21 | 40-241 Katowice | NIP 634-28-17-553
"""
hs = [("From", addr("Spaw-Tech Dział Handlowy", "handlowy@spawtech.example")), ("To", "jonas.keller@nordwind-group.example"),
      ("Subject", hdr("Cennik 2027 – Spaw-Tech")), ("Date", rfc_date(2026, 11, 12, 12, 0, 14)),
      ("Message-ID", "<cennik2027.1731409214.3318@spawtech.example>")]
eml = message(hs, Multi("mixed", [Text(body, "plain", "iso-8859-2", "quoted-printable"),
                                  Attachment("text/csv; charset=\"windows-1250\"", csv.encode("cp1250"), "cennik_2027.csv", name_param=False)],
                        "----=_Part_2207_1731409214"))
case("price-list-2027", "unrelated / pl-PL, CSV price list",
     "A general 2027 price list containing the very item ordered (ST-G3SI1-12 at 36,90 -> 38,30) and validity dates, but no reference to the open PO.",
     [po], eml, expect("unrelated", "Circular price list for 2027; it neither names nor answers PO 4700231311."))

# ---------------------------------------------------------------- 034
s = sup("DECCAN", "Deccan Seeds & Agri Pvt Ltd", "orders@deccanseeds.example", "en-IN")
po = PO("4700231318", s, "2026-11-10", [
    ("SD-OKR-ARKA", "Okra seed F1, bag of 50,000 seeds", 12, "BAG", "165.00", "2027-01-20"),
    ("SD-CHL-HOT", "Hot chilli seed F1, pack of 10,000 seeds", 25, "PAK", "88.00", "2027-01-20"),
], buyer="tomas", currency="USD")
body = """Dear Sir/Madam,

Greetings from Deccan Seeds & Agri Pvt Ltd.

Please find below the statement of your account as on 31-10-2026.

Date        Document              Your ref.       Debit (USD)   Credit (USD)   Balance (USD)
01-04-2026  Opening balance                                                      1,120.00
14-08-2026  INV/26-27/0412        PO 4700228731    4,850.00                      5,970.00
02-09-2026  Payment - SWIFT                                       1,120.00       4,850.00
19-09-2026  INV/26-27/0588        PO 4700229240    2,310.00                      7,160.00
15-10-2026  Payment - SWIFT                                       4,850.00       2,310.00

Closing balance as on 31-10-2026: USD 2,310.00 (overdue since 19-10-2026, terms 30 days)

Kindly arrange the payment at the earliest and share the remittance advice. Please ignore if already paid.

Thanks & Regards,
Accounts Department
Deccan Seeds & Agri Pvt Ltd
Plot 44, Phase II, IDA Cherlapally, Hyderabad - 500051, Telangana
GSTIN 36AADCD4471K1Z9 | CIN U01403TG2009PTC063318
"""
hs = [("From", addr("Accounts - Deccan Seeds", "accounts@deccanseeds.example")), ("To", "tomas.heredia@nordwind-group.example"),
      ("Subject", "Statement of Account as on 31-10-2026 - Nordwind Group"), ("Date", rfc_date(2026, 11, 11, 11, 45, 20, "+0530")),
      ("Message-ID", "<CAN4x8Pz1q=Yw2sT7mK9eRv3L0dJ@mail.gmail.com>")]
eml = message(hs, Text(body, "plain", "utf-8", "quoted-printable"))
case("statement-of-account", "unrelated / en-IN, plain text",
     "Statement of account with PO references, amounts and many dd-mm-yyyy dates from the supplier of the open PO - but for other, older orders.",
     [po], eml, expect("unrelated", "Accounts statement listing POs 4700228731 and 4700229240; the open PO is not answered."))

# ---------------------------------------------------------------- 035
s = sup("ELTABLOU", "Electro Tablouri SRL", "vanzari@electrotablouri.example", "ro-RO")
po_a = PO("4700231325", s, "2026-11-06", [
    ("EC-DB-24M", "Distribution board 24 modules, IP65, surface mounted", 20, "EA", "48.00", "2026-12-04"),
    ("EC-DB-48M", "Distribution board 48 modules, IP65, surface mounted", 10, "EA", "86.50", "2026-12-04"),
], buyer="jonas")
po_b = PO("4700231337", s, "2026-11-10", [
    ("EC-SS-1000", "Steel cabinet 1000x800x300, IP66, with mounting plate", 5, "EA", "395.00", "2026-12-11"),
    ("EC-SS-PLINTH", "Plinth 100 mm for 800 mm wide cabinet", 5, "EA", "62.00", "2026-12-11"),
    ("EC-LOCK-3524", "Lock insert 3524E with 2 keys", 10, "EA", "8.40", "2026-12-11"),
], buyer="jonas")
body = """Bună ziua, domnule Keller,

Vă confirmăm ambele comenzi:

Comanda 4700231325:
- poz. 1 tablou 24 module IP65 - 20 buc. - 48,00 EUR/buc. - livrare 04.12.2026
- poz. 2 tablou 48 module IP65 - 10 buc. - 86,50 EUR/buc. - livrare 04.12.2026

Comanda 4700231337:
- poz. 1 dulap 1000x800x300 IP66 - 5 buc. - 395,00 EUR/buc. - livrare 18.12.2026 (tabla zincată sosește abia săptămâna viitoare)
- poz. 2 soclu 100 mm - 5 buc. - 62,00 EUR/buc. - livrare 18.12.2026, împreună cu dulapurile
- poz. 3 inserție yală 3524E - 10 buc. - 8,40 EUR/buc. - livrare 11.12.2026

Cu stimă,
Andreea Popescu
Departament Vânzări
Electro Tablouri SRL | Str. Fabricii nr. 47, 400620 Cluj-Napoca | CUI RO18833410
"""
eml = message(reply_headers(po_b, "Andreea Popescu", "vanzari@electrotablouri.example", rfc_date(2026, 11, 12, 11, 26, 9, "+0200"),
                            "<AS2PR02MB9210C1D2E3F4A5B6@AS2PR02MB9210.eurprd02.prod.outlook.com>", prefix="RE: "),
              outlook(body, po_b, "_000_AS2PR02MB9210C1D2E3F4A5B6AS2PR02MB9210eurp_", lang="ro",
                      sent="marți, 10 noiembrie 2026 11:12"))
case("two-pos-one-mail", "confirmation / ro-RO, Outlook",
     "One reply, threaded on the second PO, answers two POs in separate blocks with different dates per position.",
     [po_a, po_b], eml, expect("confirmation",
                               "PO 4700231325 as ordered. PO 4700231337: lines 1-2 moved to 18.12.2026, line 3 as ordered (11.12).",
                               [all_acc(po_a),
                                conf(po_b, {1: chg(po_b, 1, d=D(2026, 12, 18)), 2: chg(po_b, 2, d=D(2026, 12, 18)), 3: acc(po_b, 3)})]))

# ---------------------------------------------------------------- 036
s = sup("BCSCONV", "Baltic Conveyor Systems SIA", "pardosana@bcs-conveyor.example", "lv-LV")
po_a = PO("4700231344", s, "2026-11-04", [
    ("CB-PVC-2-600", "PVC conveyor belt 2-ply, 600 mm, white, food grade", 50, "M", "31.20", "2026-12-04"),
    ("CB-LACE-600", "Mechanical belt lacing 600 mm, stainless", 6, "EA", "44.00", "2026-12-04"),
], buyer="jonas")
po_b = PO("4700231352", s, "2026-11-09", [
    ("CB-ROLL-89-600", "Carrying roller 89 mm, shaft 20 mm, L=600 mm", 40, "EA", "12.60", "2026-12-11"),
], buyer="jonas")
po_c = PO("4700231360", s, "2026-11-11", [
    ("CB-SCR-800", "Primary belt scraper, 800 mm belt", 2, "EA", "395.00", "2026-12-18"),
    ("CB-ROLL-RET-108", "Return roller 108 mm, L=950 mm", 12, "EA", "18.90", "2026-12-18"),
], buyer="jonas")
body = """Labdien, Jonas!

Pasūtījumu 4700231352 apstiprinām: 40 gab. nesošie rullīši 89 mm (ass 20 mm, L=600), cena 12,60 EUR/gab., piegāde 11.12.2026.

Par pasūtījumiem 4700231344 un 4700231360 atbildēsim līdz piektdienai - vēl gaidām rūpnīcas atbildi par lentu un skrāpjiem.

Ar cieņu
Ilze Bērziņa
Pārdošanas nodaļa
Baltic Conveyor Systems SIA | Rīga, Granīta iela 13 | Tālr. +371 67 80 44 21
"""
eml = message(reply_headers(po_b, "Ilze Bērziņa", "pardosana@bcs-conveyor.example", rfc_date(2026, 11, 12, 13, 54, 31, "+0200"),
                            "<CAM7sVq2+Lp5Tz8Wk0Rn3fYb6Xd@mail.gmail.com>", prefix="Re: "),
              gmail(body, po_b, "00000000000091a2b3c4d5e6f036", charset="windows-1257",
                    attrib="Pirmd., 2026. g. 9. nov., plkst. 11:12 — lietotājs Jonas Keller (<jonas.keller@nordwind-group.example>) rakstīja:"))
case("only-one-of-three-pos", "confirmation / lv-LV, Gmail windows-1257",
     "Three POs are open; the reply confirms only 4700231352 and explicitly defers the other two, which must be left out rather than marked.",
     [po_a, po_b, po_c], eml, expect("confirmation",
                                     "Only PO 4700231352 is answered (as ordered, 11.12.2026). POs 4700231344 and 4700231360 are mentioned with a promise to answer by Friday -> left out.",
                                     [all_acc(po_b)]))

# ---------------------------------------------------------------- 037
s = sup("RITTMANN", "Rittmann Gehäusetechnik GmbH", "auftragsbestaetigung@rittmann-gt.example", "de-DE")
po = PO("4700231371", s, "2026-11-10", [
    ("EC-AE-1060", "Compact enclosure AE 600x600x250, sheet steel", 8, "EA", "176.00", "2026-12-11"),
    ("EC-TS-8806", "Baying enclosure TS 800x2000x600 with mounting plate", 2, "EA", "1245.00", "2026-12-11"),
    ("EC-SK-3238", "Filter fan SK 3238, 230 V, 55 m3/h", 8, "EA", "61.40", "2026-12-11"),
    ("EC-SZ-2500", "Gland plate set SZ 2500", 8, "EA", "9.80", "2026-12-11"),
], buyer="jonas")
assert 8 * 176 == 1408 and 2 * 1245 == 2490 and abs(8 * 63.20 - 505.60) < 1e-9 and 10 * 9.8 == 98
pdf = simple_doc([
    ("Rittmann Gehäusetechnik GmbH", True),
    "Auf der Höhe 12 · 35745 Herborn · Tel. +49 2772 505-0",
    "",
    ("AUFTRAGSBESTÄTIGUNG  Nr. 3100482271", True),
    "Datum: 12.11.2026          Kunden-Nr.: 204417          Seite 1 von 1",
    "Ihre Bestellung: 4700231371 vom 10.11.2026      Ihr Zeichen: J. Keller",
    "Angebot: AN-2026-11873 vom 28.10.2026 (gültig bis 31.12.2026)",
    "Lieferbedingung: DAP Esbjerg (Incoterms 2020)",
    "Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto",
    "",
    ("Pos.  Material   Ihre Mat.-Nr.   Bezeichnung                       Menge   Preis/ME     Betrag   Liefertermin", True),
    "10    1060500    EC-AE-1060      Kompaktgehäuse AE 600x600x250      8 ST     176,00   1.408,00   KW 50/2026",
    "20    8806500    EC-TS-8806      Anreihschrank TS 800x2000x600      2 ST   1.245,00   2.490,00   KW 51/2026",
    "30    3238100    EC-SK-3238      Filterlüfter SK 3238, 230 V        8 ST      63,20     505,60   KW 50/2026",
    ("TJ", ["      Preis gem. Preisliste 2026", -250, "-rev2 (gültig ab 01.10.2026)"]),
    "40    2500000    EC-SZ-2500      Flanschplatten-Set SZ 2500        10 ST       9,80      98,00   KW 50/2026",
    "      Verpackungseinheit 5 ST - Menge aufgerundet",
    "",
    "                                                        Nettowert EUR           4.501,60",
    "                                                        zzgl. MwSt. (innergem. Lieferung 0 %)    0,00",
    "",
    "Die angegebenen Liefertermine sind Anliefertermine beim Kunden.",
    "Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01/2025.",
    "Amtsgericht Wetzlar HRB 2911 · USt-IdNr. DE 112 604 388 · Geschäftsführer: K. Rittmann",
], size=8, step=12, title="Auftragsbestätigung 3100482271", producer="SAP NetWeaver 7.50", creation="D:20261112061502+01'00'", compress=True)
assert 1408 + 2490 + 505.6 + 98 == 4501.6
body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 3100482271 zu Ihrer Bestellung 4700231371.

Bitte prüfen Sie die Angaben. Bei Abweichungen kontaktieren Sie bitte Ihren Ansprechpartner im Innendienst.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Rittmann Gehäusetechnik GmbH
"""
hs = [("From", addr("Rittmann Auftragsbestätigung", "noreply-sap@rittmann-gt.example")),
      ("To", "jonas.keller@nordwind-group.example"),
      ("Subject", hdr("Auftragsbestätigung 3100482271 zu Ihrer Bestellung 4700231371")),
      ("Date", rfc_date(2026, 11, 12, 6, 15, 3)),
      ("Message-ID", "<SAP.3100482271.20261112061503@rittmann-gt.example>"),
      ("Auto-Submitted", "auto-generated")]
eml = message(hs, Multi("mixed", [Text(body, "plain", "iso-8859-1", "quoted-printable"),
                                  Attachment("application/pdf", pdf, "AB_3100482271.pdf")], "=_SAP_3100482271_boundary"))
case("erp-pdf-positions", "confirmation / de-DE, SAP mail + compressed PDF",
     "Unthreaded automatic SAP mail; the PDF uses positions 10-40 and own material numbers beside ours, KW dates, a price list name '2026-rev2', offer validity and Skonto days.",
     [po], eml, expect("confirmation",
                       "Pos 10 = line 1 KW50 (2026-12-11) as ordered. Pos 20 = line 2 KW51 = 2026-12-18. Pos 30 = line 3 price 63.20. "
                       "Pos 40 = line 4 rounded to 10 (VPE 5). Automatic, but it commits to the order -> confirmation.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, d=kw(2026, 51)), 3: chg(po, 3, p="63.20"), 4: chg(po, 4, q=10)})]))

# ---------------------------------------------------------------- 038
s = sup("OUTBACK", "Outback Outdoor Furniture Pty Ltd", "sales@outbackoutdoor.example", "en-AU")
po = PO("4700231383", s, "2026-11-09", [
    ("GF-BENCH-180", "Park bench 1800 mm, recycled plastic slats", 12, "EA", "310.00", "2026-12-04"),
    ("GF-TBL-PIC21", "Picnic table 2100 mm, hardwood, galvanised frame", 8, "EA", "590.00", "2026-12-04"),
    ("GF-BIN-120", "Outdoor litter bin 120 l, slatted", 10, "EA", "145.00", "2026-12-04"),
], buyer="marta", currency="USD")
rq = request_text(po).split("\n")
out = []
for l in rq:
    out.append("> " + l if l else ">")
    if "GF-BENCH-180" in l:
        out.append("\nOK - confirmed as is.\n")
    elif "GF-TBL-PIC21" in l:
        out.append("\nCan do all 8 but only from 11/12 - the hardwood is still in the kiln. Price OK.\n")
    elif "GF-BIN-120" in l:
        out.append("\nPrice is now 152.00 (galv steel went up in Oct). Date OK.\n")
body = ("Hi Marta,\n\nAnswers inline below.\n\nCheers,\nBruce\n\n"
        "Bruce Hadley | Outback Outdoor Furniture Pty Ltd\n42 Kembla St, Wollongong NSW 2500 | ABN 51 824 753 556\n\n"
        "On 9 Nov 2026, at 8:12 pm, Marta Lindqvist <marta.lindqvist@nordwind-group.example> wrote:\n\n" + "\n".join(out) + "\n")
eml = message(reply_headers(po, "Bruce Hadley", "sales@outbackoutdoor.example", rfc_date(2026, 11, 10, 8, 2, 45, "+1100"),
                            "<6E4B2A9C-1D3F-4C5E-8A7B-0F9E8D7C6B5A@outbackoutdoor.example>", prefix="Re: ",
                            extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
              Text(body, "plain", "us-ascii", "7bit"))
case("inline-answers-au", "confirmation / en-AU, inline replies in quoted PO",
     "Answers are typed between the quoted PO lines; '11/12' is day-first (11 December), and the quoted request dates are not commitments.",
     [po], eml, expect("confirmation", "Line 1 as ordered; line 2 from 11/12 = 2026-12-11; line 3 price 152.00, date as requested.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, d=D(2026, 12, 11)), 3: chg(po, 3, p="152.00")})]))

# ---------------------------------------------------------------- 039
s = sup("KANTORK", "Kanto Rikagaku K.K.", "eigyo@kanto-rikagaku.example", "ja-JP")
po = PO("4700231394", s, "2026-11-10", [
    ("LC-ACN-LCMS-25", "Acetonitrile LC/MS grade, bottle 2.5 l", 12, "BT", "88.00", "2026-12-11"),
    ("LC-IPA-HPLC-25", "2-Propanol HPLC grade, bottle 2.5 l", 24, "BT", "39.50", "2026-12-11"),
    ("LC-H2O-LCMS-25", "Water LC/MS grade, bottle 2.5 l", 24, "BT", "27.00", "2026-12-11"),
], buyer="priya", currency="USD")
is_weekday(D(2026, 12, 11), 4)
is_weekday(D(2026, 12, 18), 4)
body = """Nordwind Group
Priya Nair 様

いつも大変お世話になっております。
関東理化学 海外営業部の佐藤でございます。

この度はご注文（注文番号 4700231394）を賜り、誠にありがとうございます。
下記の通りご注文をお請けいたします。

1. アセトニトリル LC/MS用 2.5L　12本　単価 USD 88.00　納期 2026年12月11日(金)
2. 2-プロパノール HPLC用 2.5L　24本　単価 USD 39.50　納期 2026年12月18日(金)
   ※メーカー欠品のため、1週間遅れての納品となります。申し訳ございません。
3. 超純水 LC/MS用 2.5L　24本　単価 USD 27.00　納期 2026年12月11日(金)

危険物のため、ロッテルダム倉庫よりトラック便にて納品いたします。

何卒よろしくお願い申し上げます。

佐藤 健一
関東理化学株式会社 海外営業部
〒101-0062 東京都千代田区神田駿河台2-11-5
TEL: 03-3259-4411　FAX: 03-3259-4419
"""
attrib = "2026年11月10日(火) 18:12 Priya Nair <priya.nair@nordwind-group.example>:"
eml = message(reply_headers(po, "佐藤 健一", "eigyo@kanto-rikagaku.example", rfc_date(2026, 11, 11, 17, 40, 12, "+0900"),
                            "<20261111174012.8F3A.4C2E9D71@kanto-rikagaku.example>", charset="iso-2022-jp",
                            subject="Re: " + request_subject(po) + "【注文請書】",
                            extra=[("X-Mailer", "Becky! ver. 2.81.05")]),
              plain_reply(body, po, charset="shift_jis", cte="base64", attrib=attrib))
case("labchem-shiftjis", "confirmation / ja-JP, Shift_JIS base64",
     "Japanese order acceptance in Shift_JIS/base64 with an ISO-2022-JP subject; '2-プロパノール' and '2.5L' look like quantities; line 2 is one week late.",
     [po], eml, expect("confirmation", "Lines 1 and 3 as ordered (2026-12-11). Line 2 delivered 2026-12-18 (Fri) because of a maker shortage.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, d=D(2026, 12, 18)), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 040
s = sup("WXHENGT", "Wuxi Hengtong Stainless Pipe Co., Ltd.", "sales@wxhengtong.example", "zh-CN")
po = PO("4700231402", s, "2026-11-06", [
    ("ST-304-SMLS-254X2", "Seamless tube ASTM A312 TP304, 25.4x2.0 mm, 6 m lengths", 600, "M", "7.85", "2027-01-15"),
    ("ST-316L-SMLS-508X3", "Seamless tube ASTM A312 TP316L, 50.8x3.0 mm, 6 m lengths", 300, "M", "21.40", "2027-01-15"),
], buyer="jonas", currency="USD")
body = """Jonas 您好！

感谢贵司订单 4700231402，现确认如下：

1. TP304 无缝管 25.4x2.0mm，6米/支，100支 = 600米，单价 USD 7.85/米，交货期 2027年1月15日（到埃斯比约港）。
2. TP316L 无缝管 50.8x3.0mm，6米/支，50支 = 300米。因近期镍价上涨，单价调整为 USD 22.60/米，交货期同上。

付款方式按贵司框架协议执行。价格条款：CIF 埃斯比约（Incoterms 2020）。
本报价有效期至2026年11月30日，材质证书按 EN 10204 3.1 提供。

祝好！
王丽
无锡恒通不锈钢管业有限公司 外贸部
电话：+86 510 8521 7736　手机：+86 139 0617 2254
"""
eml = message(reply_headers(po, "王丽", "sales@wxhengtong.example", rfc_date(2026, 11, 9, 15, 21, 8, "+0800"),
                            "<202611091521083318710@wxhengtong.example>", charset="gb2312", prefix="回复：",
                            extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")]),
              gmail(body, po, "----=_001_NextPart183317102613_=----", charset="gb2312", cte="base64",
                    attrib="------------------ 原始邮件 ------------------\n发件人: Jonas Keller <jonas.keller@nordwind-group.example>\n发送时间: 2026年11月6日 17:12"))
case("tubes-gb2312", "confirmation / zh-CN, Foxmail GB2312 base64",
     "Chinese reply in GB2312/base64; sizes like 25.4x2.0 and 50.8x3.0, '100支 = 600米', offer validity 2026-11-30 and EN 10204 3.1 surround one price change.",
     [po], eml, expect("confirmation", "Line 1 as ordered (2027-01-15 arrival Esbjerg). Line 2 price raised to USD 22.60/m, same date.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="22.60")})]))

# ---------------------------------------------------------------- 041
s = sup("TCPWHEEL", "Taichung Precision Wheel Bicycle Parts Co., Ltd.", "sales@tc-precisionwheel.example", "zh-TW")
po = PO("4700231415", s, "2026-11-05", [
    ("BK-CASS-11-32", "Cassette 11-speed 11-32T", 300, "EA", "18.60", "2027-01-29"),
    ("BK-DER-R11-GS", "Rear derailleur 11-speed, long cage", 150, "EA", "27.40", "2027-01-29"),
    ("BK-SHF-R11", "Shifter right 11-speed, trigger", 150, "EA", "12.90", "2027-01-29"),
], buyer="olivia", currency="USD")
body = """Olivia 您好：

感謝您的訂單 4700231415，確認如下：

1. 11速飛輪 11-32T：300 個，單價 USD 18.60，分兩批：2027年1月8日到貨 180 個，2027年1月29日到貨 120 個。
2. 11速後變速器（長腿）：150 個，單價 USD 27.40，2027年1月29日到貨。
3. 11速右手變把：150 個，單價調整為 USD 13.45（原物料上漲），2027年1月29日到貨。

註：農曆春節期間（2027年2月5日至2月14日）工廠休假，之後的訂單交期將順延。

敬祝 商祺

林美惠 Amy Lin
業務部
台中精輪自行車零件股份有限公司
TEL: +886-4-2359-1188 #215
"""
eml = message(reply_headers(po, "Amy Lin", "sales@tc-precisionwheel.example", rfc_date(2026, 11, 6, 10, 44, 36, "+0800"),
                            "<CAHq3Lw8Xm=Pz7Nt2Kv5RgY1Jb4@mail.gmail.com>", charset="big5", prefix="Re: "),
              gmail(body, po, "000000000000b5a4c3d2e1f00041", charset="big5", cte="base64",
                    attrib="Olivia Brandt <olivia.brandt@nordwind-group.example> 於 2026年11月5日 週四 下午5:12寫道："))
case("bike-big5-split", "confirmation / zh-TW, Gmail Big5 base64",
     "Big5/base64 Traditional Chinese; '11-32T' and '11速' are not quantities, line 1 is split 180 + 120, and the Lunar New Year holiday dates are a distractor.",
     [po], eml, expect("confirmation", "Line 1 split 180 on 2027-01-08 + 120 on 2027-01-29. Line 2 as ordered. Line 3 price USD 13.45.",
                       [conf(po, {1: chg(po, 1, sched=[(180, D(2027, 1, 8)), (120, D(2027, 1, 29))]), 2: acc(po, 2),
                                  3: chg(po, 3, p="13.45")})]))

# ---------------------------------------------------------------- 042
s = sup("HANBIT", "Hanbit Battery Co., Ltd.", "export@hanbitbattery.example", "ko-KR")
po = PO("4700231427", s, "2026-11-09", [
    ("BAT-EFB-60", "EFB start-stop battery 12V 60Ah 560A", 200, "EA", "64.00", "2027-01-08"),
    ("BAT-AGM-80", "AGM battery 12V 80Ah 800A", 120, "EA", "118.00", "2027-01-08"),
    ("BAT-MF-100", "Maintenance-free battery 12V 100Ah 830A", 80, "EA", "92.50", "2027-01-08"),
], buyer="olivia", currency="USD")
body = """Olivia Brandt 님께,

안녕하십니까, 한빛배터리 해외영업팀 김지훈입니다.
귀사의 발주서 4700231427에 감사드리며, 아래와 같이 확인드립니다.

1. EFB 12V 60Ah 560A – 200개 – USD 64.00 – 2027년 1월 8일 도착
2. AGM 12V 80Ah 800A – 120개 – USD 118.00 – 2027년 1월 8일 도착
3. MF 12V 100Ah 830A – 최소 주문 수량(MOQ)이 팔레트 단위 96개이므로 96개로 조정하였습니다. 단가 USD 92.50, 2027년 1월 8일 도착.

선적은 2026년 11월 27일 부산항 출항 예정이며, 위 날짜는 에스비에르 도착 기준입니다.

감사합니다.
김지훈 드림
한빛배터리 주식회사 | 충청북도 청주시 흥덕구 산단로 88 | Tel. +82-43-261-7740
"""
eml = message(reply_headers(po, "김지훈", "export@hanbitbattery.example", rfc_date(2026, 11, 10, 16, 5, 29, "+0900"),
                            "<20261110160529.kjh.7731@hanbitbattery.example>", prefix="RE: "),
              outlook(body, po, "_000_HB20261110160529kjh7731_", lang="en", charset="utf-8", cte="base64",
                      sent="Monday, November 9, 2026 6:12 PM"))
case("batteries-korean-moq", "confirmation / ko-KR, Outlook base64",
     "Korean confirmation where line 3 is cut to a pallet MOQ of 96; Busan departure 27 Nov is a ship date, the arrival date is the delivery.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (arrival 2027-01-08). Line 3 quantity 96 (pallet MOQ), price and date unchanged.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, q=96)})]))

# ---------------------------------------------------------------- 043
s = sup("TAYNGUYEN", "Tay Nguyen Coffee Co., Ltd.", "export@taynguyencoffee.example", "vi-VN")
po = PO("4700231436", s, "2026-11-06", [
    ("CF-ROB-G1-S18", "Green coffee Robusta Grade 1, screen 18, wet polished", 19200, "KG", "4.85", "2027-01-22"),
    ("CF-ARA-CTM-S16", "Green coffee Arabica Catimor, screen 16", 9600, "KG", "6.10", "2027-01-22"),
], buyer="dana", currency="USD")
assert 320 * 60 == 19200 and 160 * 60 == 9600
body = """Kính gửi chị Dana,

Cảm ơn chị đã đặt hàng theo đơn số 4700231436. Chúng tôi xác nhận như sau:

1. Robusta loại 1, sàng 18, đánh bóng ướt: 19.200 kg (1 container 20' = 320 bao x 60 kg), giá 4.850 USD/tấn.
2. Arabica Catimor, sàng 16: 9.600 kg (160 bao x 60 kg), giá 6.250 USD/tấn – giá đã điều chỉnh theo sàn London/New York tuần này.

Ngày giao hàng tại cảng Esbjerg: 22/01/2027. Tàu rời cảng Cát Lái khoảng ngày 10/12/2026.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Xuất khẩu – Công ty TNHH Cà phê Tây Nguyên
Số 18 Lê Duẩn, TP. Buôn Ma Thuột, Đắk Lắk | ĐT: +84 262 385 1120
"""
eml = message(reply_headers(po, "Nguyễn Thị Thu Hà", "export@taynguyencoffee.example", rfc_date(2026, 11, 9, 14, 33, 2, "+0700"),
                            "<CAL5pQ9+Vy2Rk7Wm4Tn0sZb3Hc8@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "000000000000c6b5a4d3e2f10043",
                    attrib="Vào Th 6, 6 thg 11, 2026 vào lúc 16:12 Dana Ruiz <dana.ruiz@nordwind-group.example> đã viết:"))
case("coffee-price-per-tonne", "confirmation / vi-VN, Gmail",
     "Prices per tonne with a dot as thousands separator (4.850 USD/tấn = 4.85 USD/kg); quantities restated as bags of 60 kg; a ship date 'khoảng' 10/12 beside the delivery date.",
     [po], eml, expect("confirmation", "Line 1: 4,850 USD/t = 4.85/kg = PO. Line 2: 6,250 USD/t = 6.25/kg (PO 6.10). Delivery Esbjerg 22/01/2027 = requested.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="6.25")})]))

# ---------------------------------------------------------------- 044
s = sup("SIAMSEA", "Siam Seafood Co., Ltd.", "export@siamseafood.example", "th-TH")
po = PO("4700231448", s, "2026-11-10", [
    ("FS-PRW-HLSO-2130", "Black tiger prawns HLSO 21/30, frozen block, carton 10 kg", 2000, "KG", "9.40", "2027-01-15"),
    ("FS-SQD-RING", "Squid rings IQF, carton 10 kg", 1000, "KG", "5.20", "2027-01-15"),
], buyer="dana", currency="USD")
body = """เรียน คุณ Dana Ruiz

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4700231448 บริษัทฯ ขอยืนยันรายการดังนี้

1. กุ้งกุลาดำ HLSO 21/30 แช่แข็ง 200 กล่อง (กล่องละ 10 กก.) รวม 2,000 กก. ราคา 9.40 USD/กก.
2. ปลาหมึกวง IQF 100 กล่อง (กล่องละ 10 กก.) รวม 1,000 กก. ราคา 5.20 USD/กก.

กำหนดส่งถึงท่าเรือ Esbjerg วันที่ 8 ม.ค. 2570 (เรือออกจากท่าเรือแหลมฉบัง 20 พ.ย. 2569)

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายส่งออก บริษัท สยามซีฟู้ด จำกัด
โทร. 02-394-1188
"""
eml = message(reply_headers(po, "Somchai Jaidee", "export@siamseafood.example", rfc_date(2026, 11, 11, 11, 7, 50, "+0700"),
                            "<TYZPR03MB7021A1B2C3D4E5F6@TYZPR03MB7021.apcprd03.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_TYZPR03MB7021A1B2C3D4E5F6TYZPR03MB7021apcp_", lang="en", charset="tis-620",
                      sent="Tuesday, November 10, 2026 4:12 PM"))
case("shrimp-buddhist-year", "confirmation / th-TH, Outlook TIS-620",
     "Thai dates in the Buddhist Era (8 ม.ค. 2570 = 8 Jan 2027; ship 20 พ.ย. 2569 = 20 Nov 2026); prawn count 21/30 looks like a date.",
     [po], eml, expect("confirmation", "Both lines confirmed in cartons (200 x 10 kg, 100 x 10 kg = PO kg), prices unchanged, arrival Esbjerg 2027-01-08 (BE 2570).",
                       [conf(po, {1: chg(po, 1, d=D(2027, 1, 8)), 2: chg(po, 2, d=D(2027, 1, 8))})]))

# ---------------------------------------------------------------- 045
s = sup("KEBUNTEH", "PT Kebun Teh Nusantara", "sales@kebunteh-nusantara.example", "id-ID")
po = PO("4700231459", s, "2026-11-11", [
    ("TE-BLK-BOP-1K", "Black tea BOP, 1 kg bag", 500, "KG", "5.80", "2026-12-18"),
    ("TE-JAS-100", "Jasmine green tea bags, carton of 100", 120, "CT", "6.40", "2026-12-18"),
], buyer="dana", currency="USD")
assert 116 / 20 == 5.80 and 25 * 20 == 500
body = """Yth. Ibu Dana Ruiz,

Terima kasih atas pesanan No. 4700231459. Dengan ini kami konfirmasi:

1. Teh hitam BOP – dikemas per karton 20 kg (20 kantong @ 1 kg), harga USD 116,00 per karton. 25 karton = 500 kg.
2. Teh melati celup – stok yang tersedia hanya 100 karton @ USD 6,40. Sisa 20 karton tidak dapat kami penuhi karena bahan kemasan habis.

Barang tiba di Esbjerg tanggal 18 Desember 2026 (ETD Tanjung Priok 13 November 2026).

Hormat kami,
Rina Kusumawati
Export Sales
PT Kebun Teh Nusantara | Jl. Raya Puncak Km 87, Bogor 16750 | Telp. +62 251 825 4410
"""
eml = message(reply_headers(po, "Rina Kusumawati", "sales@kebunteh-nusantara.example", rfc_date(2026, 11, 12, 9, 18, 37, "+0700"),
                            "<1731377917.0457@kebunteh-nusantara.example>", prefix="Re: ",
                            extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
              plain_reply(body, po, attrib="Pada 2026-11-11 10:12, Dana Ruiz menulis:", cte="quoted-printable"))
case("tea-cartons-partial", "confirmation / id-ID, Roundcube",
     "Price per carton of 20 kg must be divided back to per kg (116,00/20 = 5.80), and line 2 is only partly available with the rest refused.",
     [po], eml, expect("confirmation", "Line 1 as ordered (25 x 20 kg = 500 kg, 5.80/kg, arrival 2026-12-18). Line 2 only 100 cartons; remaining 20 not supplied.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=100)})]))

# ---------------------------------------------------------------- 046
s = sup("SHILTEIOR", "Shiltei Or Ltd", "orders@shiltei-or.example", "he-IL")
po = PO("4700231467", s, "2026-11-08", [
    ("SGN-LED-LB-1200", "LED light box 1200x600 mm, single-sided, aluminium frame", 4, "EA", "640.00", "2026-12-10"),
    ("SGN-DIBOND-3MM", "Dibond sign 3 mm, 800x400 mm, UV print", 20, "EA", "38.00", "2026-12-10"),
    ("SGN-VINYL-WIN", "Window vinyl lettering, cut, per m2", 15, "M2", "29.00", "2026-12-10"),
], buyer="marta", currency="USD")
is_weekday(D(2026, 12, 10), 3)
body = """שלום מרתה,

תודה על ההזמנה 4700231467. אנו מאשרים:

1. תיבת אור LED במידות 1200x600 – 4 יח' – 640.00 דולר ליחידה – אספקה 10.12.2026
2. שלט דיבונד 3 מ"מ, 800x400 – 20 יח' – 38.00 דולר ליחידה – אספקה 10.12.2026
3. חיתוך ויניל לחלונות – 15 מ"ר – המחיר עודכן ל-32.00 דולר למ"ר (חומר 3M במקום החומר הרגיל) – אספקה 10.12.2026

בברכה,
אבי כהן
שלטי אור בע"מ | רח' המלאכה 9, חולון | טל' 03-5581234
"""
html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255"></head>'
        '<body dir="rtl" style="font-family:Arial"><div dir="rtl">' + text_to_html(body) +
        '</div><div dir="ltr"><hr>' + text_to_html(gmail_attrib(po, 11, 12) + "\n\n" + request_text(po)) + "</div></body></html>\n")
eml = message(reply_headers(po, "אבי כהן", "orders@shiltei-or.example", rfc_date(2026, 11, 9, 12, 31, 40, "+0200"),
                            "<CAE2rXk7=Qm4Ws9Nv1Ty6Zp8Lb3@mail.gmail.com>", charset="utf-8", prefix="RE: "),
              Multi("alternative", [Text(body + "\n" + gmail_attrib(po, 11, 12) + "\n" + gt(request_text(po)), "plain", "windows-1255", "quoted-printable"),
                                    Text(html, "html", "windows-1255", "quoted-printable")], "000000000000d7c6b5a4f3e20046"))
case("signage-hebrew", "confirmation / he-IL, windows-1255 RTL",
     "Right-to-left Hebrew in windows-1255; sizes 1200x600 and the brand '3M' look like numbers; one price update per m2.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (10.12.2026). Line 3 price 32.00 per m2, same quantity and date.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="32.00")})]))

# ---------------------------------------------------------------- 047
s = sup("GULFPV", "Gulf Pumps & Valves LLC", "sales@gulfpumps.example", "ar-AE")
po = PO("4700231476", s, "2026-11-10", [
    ("PMP-MS-DN80", "Multistage pump DN80, 15 kW, stainless steel", 2, "EA", "4350.00", "2026-12-18"),
    ("VLV-GLB-DN50", "Globe valve DN50 PN40, cast steel", 6, "EA", "310.00", "2026-12-18"),
], buyer="jonas", currency="USD")
is_weekday(D(2026, 11, 12), 3)
body = """السيد يوناس كيلر المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4700231476. نحن بصدد مراجعة توفر المضخات متعددة المراحل مع المصنع في إيطاليا، وسنعود إليكم بالتأكيد النهائي للأسعار ومواعيد التسليم خلال يومي عمل، أي قبل يوم الخميس 12/11/2026 كحد أقصى.

مع خالص التحيات،
م. خالد المنصوري
مدير المبيعات – شركة الخليج للمضخات والصمامات ذ.م.م
المنطقة الصناعية، الشارقة، الإمارات العربية المتحدة
هاتف: +971 6 534 6543
"""
eml = message(reply_headers(po, "خالد المنصوري", "sales@gulfpumps.example", rfc_date(2026, 11, 10, 15, 48, 3, "+0400"),
                            "<DXBP281MB0517F6E5D4C3B2A1@DXBP281MB0517.ARE.PROD.OUTLOOK.COM>", prefix="RE: "),
              outlook(body, po, "_000_DXBP281MB0517F6E5D4C3B2A1DXBP281MB0517AREP_", lang="en", charset="windows-1256",
                      sent="Tuesday, November 10, 2026 1:12 PM"))
case("arabic-will-revert", "needs_review / ar-AE, Outlook windows-1256",
     "Arabic 'we will revert with final prices and dates within two working days (by Thursday 12/11/2026)' - a date that is a reply deadline, not a delivery.",
     [po], eml, expect("needs_review", "Human reply promising the confirmation by 12/11/2026; nothing committed."))

# ---------------------------------------------------------------- 048
s = sup("KIPOSVER", "Kipos & Veranta S.A.", "pwliseis@kipos-veranta.example", "el-GR")
po = PO("4700231484", s, "2026-11-09", [
    ("GF-SET-LOUNGE4", "Lounge set 4 pcs: sofa, 2 armchairs, table; rattan look", 10, "SET", "690.00", "2027-02-12"),
    ("GF-CUSH-SEAT50", "Replacement seat cushion 50x50, grey", 60, "EA", "14.50", "2027-02-12"),
    ("GF-CHR-FOLD-TK", "Folding chair, teak, natural", 80, "EA", "42.00", "2027-02-12"),
], buyer="marta")
assert round(42.00 * 0.95, 2) == 39.90
body = """Αγαπητή κα Lindqvist,

Σας ευχαριστούμε για την παραγγελία 4700231484. Επιβεβαιώνουμε:

Γραμμή 1 - Σετ σαλονιού 4 τεμ.: 10 σετ x 690,00 €, παράδοση 12/02/2027.
Γραμμή 2 - Μαξιλάρια καθίσματος 50x50: 60 τεμ. x 14,50 €, παράδοση 12/02/2027.
Γραμμή 3 - Πτυσσόμενη καρέκλα τικ: 80 τεμ., τιμή 39,90 € (έκπτωση 5% λόγω ποσότητας), παράδοση 12/02/2027.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Κήπος & Βεράντα Α.Ε. | 19ο χλμ. Λεωφ. Μαραθώνος, 19009 Πικέρμι | ΑΦΜ 094318772
"""
eml = message(reply_headers(po, "Γιώργος Παπαδόπουλος", "pwliseis@kipos-veranta.example", rfc_date(2026, 11, 10, 13, 2, 19, "+0200"),
                            "<5a8c1f3e-92d4-4b6a-b7e0-1c3d5e7f9a2b@kipos-veranta.example>", charset="iso-8859-7", prefix="RE: ",
                            extra=[("User-Agent", "Mozilla Thunderbird")]),
              plain_reply(body, po, charset="iso-8859-7", cte="quoted-printable",
                          attrib="Στις 9/11/2026 11:12 π.μ., ο/η Marta Lindqvist έγραψε:"))
case("garden-greek-discount", "confirmation / el-GR, Thunderbird iso-8859-7",
     "Greek iso-8859-7 reply where the supplier lowers one price (5% quantity discount, 39,90); 50x50 is a size, the '19ο χλμ.' address a number.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (12/02/2027 = requested). Line 3 price 39.90 (42.00 - 5%).",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="39.90")})]))
