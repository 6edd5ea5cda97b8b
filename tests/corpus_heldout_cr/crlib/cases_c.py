"""Cases, part C: more confirmations and the needs_review cases."""
from . import mime as M
from .common import (case, supplier, po, dt, confirmation, other, C,
                     request_text, request_html, request_subject, outlook_quote, outlook_quote_html,
                     gmail_quote, gmail_quote_html, prefix, apple_attr, tb_attr, esc, request_dt, local,
                     outlook_header_lines)
from .reply import build_reply
from .pdf import Flow, render


# ------------------------------------------------------------------ 37
@case("potahy-elektricka-o-tyzden-neskor", "confirmation", "sk-SK",
      "Slovak windows-1250; line 2 'o týždeň neskôr, ako požadujete, t. j. v pondelok 21. decembra' "
      "(relative to our date, restated without year); prices 'á 22,40 € bez DPH'")
def c_sk():
    sup = supplier("ELCAL", "Električkové Čalúnenie s.r.o.", "obchod@elektrickove-calunenie.example", "sk-SK")
    p = po(4500032630, sup, "ingrid", "EUR", "2026-11-25", [
        ("TSC-SK-RED", "Tram seat cover, vinyl, red", 120, "EA", "22.40", "2026-12-14"),
        ("TSC-SK-GRIP", "Tram grab handle cover, vinyl", 300, "EA", "4.10", "2026-12-14")])
    t = dt(2026, 12, 2, 10, 37, 2)
    body = """Dobrý deň, pani Solberg,

ďakujeme za objednávku č. 4500032630.

Položka 1 (TSC-SK-RED): 120 ks á 22,40 € bez DPH, dodanie v pondelok 14. decembra - potvrdzujeme.
Položka 2 (TSC-SK-GRIP): 300 ks á 4,10 € bez DPH, dodanie o týždeň neskôr, ako požadujete, t. j. v pondelok 21. decembra.

S pozdravom

Ing. Zuzana Horváthová
obchodné oddelenie
Električkové Čalúnenie s.r.o.
Trnavská cesta 40, 821 02 Bratislava
tel.: +421 2 0000 0000"""
    eml = build_reply("sk-tram", "outlook", ("Zuzana Horváthová", "obchod@elektrickove-calunenie.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("sk", p, 1), quote_html=outlook_quote_html("sk", p, 1),
                      charset="windows-1250", lang="sk-SK", host="VI1PR04MB6127.eurprd04.prod.outlook.com",
                      outlook_lang="SK")
    exp = confirmation(
        "Line 1 as ordered (Monday 14 December). Line 2 one week later than requested = Monday 2026-12-21.",
        (p, {1: "A", 2: C(p, 2, date="2026-12-21")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 38
@case("peraje-dvije-narudzbe-samo-naslov", "confirmation", "hr-HR",
      "two open POs with the same item and price; the body never names the PO - only the subject/thread "
      "and the quantities (50, not 40) tie it to PO 4500032702; Croatian dates '8. 1. 2027.'")
def c_hr():
    sup = supplier("JADRONS", "Jadran Ronilačka Oprema d.o.o.", "prodaja@jadran-ronjenje.example", "hr-HR")
    pa = po(4500032655, sup, "ingrid", "EUR", "2026-11-12", [
        ("DF-ADR-BLD", "Diving fins, adjustable, open heel, size S/M", 40, "PR", "48.90", "2026-12-11"),
        ("DF-MASK-LV", "Dive mask, low volume", 30, "EA", "31.00", "2026-12-11")])
    pb = po(4500032702, sup, "ingrid", "EUR", "2026-11-25", [
        ("DF-ADR-BLD", "Diving fins, adjustable, open heel, size L/XL", 50, "PR", "48.90", "2026-12-18"),
        ("DF-BOOT-5", "Neoprene dive boots, 5 mm, size 43", 50, "PR", "27.50", "2026-12-18")])
    t = dt(2026, 11, 30, 12, 19, 44)
    body = """Poštovana gospođo Solberg,

zahvaljujemo na narudžbi koju potvrđujemo kako slijedi:

Stavka 1: peraje L/XL - 50 pari po 48,90 EUR, isporuka 18. 12. 2026.
Stavka 2: neoprenske čizme 5 mm, vel. 43 - 50 pari po 27,50 EUR, isporuka 8. 1. 2027. (čizme u veličini 43 trenutno nemamo na zalihi)

Lijep pozdrav,

Ivana Marić
Prodaja
Jadran Ronilačka Oprema d.o.o.
Obala kneza Branimira 12, 21000 Split
tel. +385 21 000 000"""
    eml = build_reply("hr-fins", "outlook", ("Ivana Marić", "prodaja@jadran-ronjenje.example"),
                      "RE: " + request_subject(pb), t, body, p=pb,
                      quote_text=outlook_quote("hr", pb, 1), quote_html=outlook_quote_html("hr", pb, 1),
                      charset="windows-1250", cte="base64", lang="hr-HR",
                      host="AM0PR10MB3314.EURPRD10.PROD.OUTLOOK.COM", outlook_lang="HR")
    exp = confirmation(
        "Reply to the request for PO 4500032702 (subject, In-Reply-To, L/XL, 50 pairs). Line 1 as ordered, line 2 "
        "delivery 8. 1. 2027. PO 4500032655 is not answered and is left out.",
        (pb, {1: "A", 2: C(pb, 2, date="2027-01-08")}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 39
@case("riestainiu-lentos-iso-datos", "confirmation", "lt-LT",
      "Lithuanian in ISO-8859-13; one date ISO-style '2026-12-16', the other long-form '2027 m. sausio "
      "14 d.'; '24,00 Eur/vnt. be PVM'")
def c_lt():
    sup = supplier("KEPLENT", "UAB Kepėjų lentos", "pardavimai@kepeju-lentos.example", "lt-LT")
    p = po(4500032733, sup, "femke", "EUR", "2026-11-25", [
        ("BB-BIRCH-80", "Bagel board, birch, 80 x 20 cm", 60, "EA", "24.00", "2026-12-16"),
        ("BB-CLOTH-80", "Baker's couche linen, 80 cm wide", 120, "M", "6.50", "2026-12-16")])
    t = dt(2026, 11, 27, 9, 48, 20, off=2)
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500032733:

1. BB-BIRCH-80 beržinė lenta riestainiams, 80 x 20 cm - 60 vnt., 24,00 Eur/vnt. be PVM, pristatymas 2026-12-16.
2. BB-CLOTH-80 lininis kepimo audinys, 80 cm pločio - 120 m, 6,50 Eur/m be PVM; šį audinį galėsime pristatyti tik 2027 m. sausio 14 d.

Pagarbiai
Rasa Petrauskienė
UAB „Kepėjų lentos“
Savanorių pr. 178, Vilnius
tel. +370 5 000 0000"""
    q = tb_attr("lt", p, 2) + "\n" + prefix(request_text(p)) + "\n"
    eml = build_reply("lt-boards", "tb", ("Rasa Petrauskienė", "pardavimai@kepeju-lentos.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q, with_html=False,
                      charset="iso-8859-13", lang="lt", x_mailer="Mozilla Thunderbird",
                      header_charset="iso-8859-13")
    exp = confirmation(
        "Line 1 as ordered (2026-12-16). Line 2 quantity and price as ordered, delivery only on "
        "2027 m. sausio 14 d. = 2027-01-14.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-14")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 40
@case("humargildrur-islenska", "confirmation", "is-IS",
      "Icelandic ('12. janúar 2027', '12.500 kr.' with dot thousands in ISK, no decimals); new price on "
      "the second line")
def c_is():
    sup = supplier("GILDRU", "Gildrugerðin ehf.", "sala@gildrugerdin.example", "is-IS")
    p = po(4500032760, sup, "ingrid", "ISK", "2026-11-25", [
        ("HG-NORD-90", "Lobster/langoustine trap, 90 cm, nylon mesh", 150, "EA", "12500", "2027-01-12"),
        ("HG-BAIT-BOX", "Bait box, perforated", 150, "EA", "850", "2027-01-12")])
    t = dt(2026, 12, 1, 13, 2, 55, off=0)
    body = """Góðan dag Ingrid,

Takk fyrir pöntunina nr. 4500032760. Við staðfestum hana svona:

Lína 1: 150 stk. humargildrur á 12.500 kr. stykkið, afhending 12. janúar 2027.
Lína 2: 150 stk. beitubox á 920 kr. stykkið (hækkun á plastefni), afhending 12. janúar 2027.

Kveðja,
Guðrún Sigurðardóttir
Sölustjóri
Gildrugerðin ehf.
Hafnargata 12, 240 Grindavík
Sími 420 0000"""
    eml = build_reply("is-traps", "outlook", ("Guðrún Sigurðardóttir", "sala@gildrugerdin.example"),
                      "SV: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("is", p, 0), quote_html=outlook_quote_html("is", p, 0),
                      charset="iso-8859-1", lang="is-IS", host="DB7PR02MB5001.eurprd02.prod.outlook.com",
                      outlook_lang="IS")
    exp = confirmation(
        "Line 1 as ordered. Line 2 price 920 ISK (was 850), same quantity and date.",
        (p, {1: "A", 2: C(p, 2, unit_price="920")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 41
@case("roda-becak-stok-sebagian", "confirmation", "id-ID",
      "Indonesian Gmail reply; 'Rp 185.000,-' prices; line 1 split: 150 shipped 18 Desember 2026, the "
      "other 50 'menyusul' on 8 Januari 2027")
def c_id():
    sup = supplier("RODAJAYA", "PT Roda Jaya Makmur", "marketing@rodajayamakmur.example", "id-ID")
    p = po(4500032788, sup, "priya", "IDR", "2026-11-25", [
        ("BW-BECAK-28", "Becak (rickshaw) wheel 28 in, complete with tyre", 200, "EA", "185000.00", "2026-12-18"),
        ("BW-SPOKE-SET", "Spoke set 28 in, 36 pcs", 100, "SET", "42500.00", "2026-12-18")])
    t = dt(2026, 11, 30, 13, 25, 36, off=7)
    body = """Selamat siang Ibu Priya,

Terima kasih atas PO No. 4500032788. Dengan ini kami konfirmasi:

1. Roda becak 28" lengkap dengan ban: 200 pcs @ Rp 185.000,-
   Stok tersedia 150 pcs, dikirim tanggal 18 Desember 2026; sisa 50 pcs menyusul tanggal 8 Januari 2027.
2. Set jari-jari 28": 100 set @ Rp 42.500,- dikirim tanggal 18 Desember 2026.

Terima kasih atas kerja samanya.

Salam,
Dewi Lestari
Marketing
PT Roda Jaya Makmur
Jl. Raya Industri No. 17, Sidoarjo, Jawa Timur
Telp. (031) 000 0000"""
    eml = build_reply("id-becak", "gmail", ("Dewi Lestari", "marketing@rodajayamakmur.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=gmail_quote("id", p, 7),
                      quote_html=gmail_quote_html("id", p, 7), charset="utf-8")
    exp = confirmation(
        "Line 1: 200 at Rp 185.000, split 150 on 2026-12-18 and 50 on 2027-01-08 (shipment dates). Line 2 as "
        "ordered.",
        (p, {1: C(p, 1, date="2027-01-08", schedule=[(150, "2026-12-18"), (50, "2027-01-08")]), 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 42
@case("takor-thai-phutthasakkarat", "confirmation", "th-TH",
      "Thai in TIS-620; dates in the Buddhist era with two-digit year ('22 ธ.ค. 69' = 2026-12-22, "
      "'8 ม.ค. 70' = 2027-01-08); Thai month abbreviations")
def c_th():
    sup = supplier("MAITHAI", "Mai Thai Weaving Supplies Co., Ltd.", "sales@maithaiweaving.example", "th-TH")
    p = po(4500032811, sup, "ingrid", "THB", "2026-11-25", [
        ("LH-SILK-250", "Heddle, stainless wire, 250 mm, for silk loom", 3000, "PCS", "6.50", "2026-12-22"),
        ("LH-REED-120", "Weaving reed, 120 dents/10 cm, 100 cm", 10, "EA", "1250.00", "2026-12-22")])
    t = dt(2026, 12, 1, 15, 18, 27, off=7)
    body = """เรียน คุณ Ingrid Solberg

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500032811 ดังนี้

รายการที่ 1 ตะกอลวดสแตนเลส 250 มม. จำนวน 3,000 ชิ้น ราคาชิ้นละ 6.50 บาท กำหนดส่ง 22 ธ.ค. 69
รายการที่ 2 ฟันหวีทอผ้า 120 ซี่/10 ซม. ยาว 100 ซม. จำนวน 10 อัน ราคาอันละ 1,250.00 บาท กำหนดส่ง 8 ม.ค. 70

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย
บริษัท ไหมไทยอุปกรณ์ทอผ้า จำกัด
จ.ขอนแก่น โทร. 043-000-000"""
    eml = build_reply("th-heddle", "outlook", ("สมชาย ใจดี", "sales@maithaiweaving.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, 7, fmt_lang="en-GB"),
                      quote_html=outlook_quote_html("en", p, 7, fmt_lang="en-GB"),
                      charset="tis-620", cte="base64", lang="th-TH",
                      host="SEZPR06MB5460.apcprd06.prod.outlook.com", outlook_lang="TH")
    exp = confirmation(
        "Buddhist era short years: 69 = 2569 BE = 2026, 70 = 2027. Line 1 as ordered; line 2 delivery "
        "2027-01-08.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-08")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 43
@case("bee-veils-confirmed-in-subject-only", "confirmation", "en-NZ",
      "the confirmation is only in the Subject ('... - CONFIRMED as per PO'); the body is just a signature "
      "above the quoted request with all our figures")
def c_nz():
    sup = supplier("KIWIBEE", "Kiwi Apiary Supplies Ltd", "orders@kiwiapiary.example", "en-NZ")
    p = po(4500032840, sup, "ingrid", "NZD", "2026-11-25", [
        ("BV-NZ-ROUND", "Beekeeping veil, round, ventilated", 200, "EA", "14.90", "2026-12-16"),
        ("BV-NZ-SUIT-L", "Ventilated bee suit, size L", 25, "EA", "189.00", "2026-12-16")])
    t = dt(2026, 11, 27, 10, 2, 16, off=13)
    body = """--
Hamish Walker
Kiwi Apiary Supplies Ltd
22 Hautapu Road, Cambridge 3493
P: 07 000 0000
"""
    q = apple_attr(p, 13, "en-NZ") + "\n\n" + prefix(request_text(p))
    eml = build_reply("nz-veils", "apple", ("Hamish Walker", "orders@kiwiapiary.example"),
                      "Re: " + request_subject(p) + " - CONFIRMED as per PO", t, body, p=p, quote_text=q,
                      with_html=False, charset="us-ascii", cte="7bit", sep="\n")
    exp = confirmation("Subject says 'CONFIRMED as per PO'; nothing else written: every line accepted.",
                       (p, {1: "A", 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 44
@case("lab-slides-answers-in-red-second-po-later", "confirmation", "en-US",
      "Outlook HTML with answers typed in red inside our quoted request ('--> ships 12/22', '--> price now "
      "$46.10/box'); a second PO is only mentioned ('will confirm separately tomorrow') and must be left out")
def c_us_slides():
    sup = supplier("GLLG", "Great Lakes Lab Glass Inc.", "orders@greatlakeslabglass.example", "en-US")
    pa = po(4500032866, sup, "michael", "USD", "2026-11-25", [
        ("MS-CHG-75", "Charged adhesion slides, 75x25 mm, box of 72", 200, "BOX", "38.50", "2026-12-17"),
        ("MS-CAV-1", "Single cavity slides, box of 12", 50, "BOX", "21.00", "2026-12-17"),
        ("CS-24X50", "Cover glass 24x50 mm No. 1.5, box of 1000", 30, "BOX", "44.80", "2026-12-17")])
    pb = po(4500032867, sup, "michael", "USD", "2026-11-25", [
        ("MS-GRID-50", "Gridded counting slides, box of 50", 20, "BOX", "96.00", "2027-01-07")])
    t = dt(2026, 12, 1, 14, 6, 39, off=-5)
    ans = {1: "--> Confirmed.", 2: "--> Confirmed, but ships 12/22.", 3: "--> Qty 30 OK, price now $46.10/box (new list price)."}
    top = ("Michael - answers in red below.\n\nPO 4500032867 (gridded slides) I'll confirm separately tomorrow "
           "once I hear back from the plant.\n\nJenna Kowalski\nCustomer Service\nGreat Lakes Lab Glass Inc.\n"
           "1840 Industrial Pkwy, Toledo, OH 43612\n(419) 555-0164")
    lines = (outlook_quote("en", pa, -5) ).split("\n")
    out, cur = [], None
    for ln in lines:
        out.append(ln)
        if ln.startswith("Line "):
            cur = int(ln.split(":")[0].split()[1])
        elif cur and ln.startswith("        "):
            out.append(ans[cur])
            cur = None
    qtext = "\n".join(out)
    # HTML: same, answers in red
    rows = []
    for ln in pa["lines"]:
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td>"
                    "<td align=\"right\">%s USD</td><td>%s</td></tr>\n<tr><td colspan=\"7\"><span style=\"color:red\">"
                    "<b>%s</b></span></td></tr>" % (ln["line"], esc(ln["item"]), esc(ln["description"]),
                                                    ln["quantity"], ln["uom"], ln["unit_price"],
                                                    "%s/%s/%s" % (ln["requested_date"][5:7], ln["requested_date"][8:],
                                                                  ln["requested_date"][:4]), esc(ans[ln["line"]])))
    hl = outlook_header_lines("en", pa, -5)
    qhtml = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">"
             "<p class=\"MsoNormal\">%s</p></div>" % "<br>\n".join(esc(x) for x in hl)
             + "<p>Dear %s team,</p><p>Please confirm our purchase order %s of %s line by line (quantity, unit price, "
               "delivery date). If a line differs from our order, please give the new values for that line.</p>"
               "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
               "<th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>\n%s</table>"
               "<p>Best regards<br>Michael Brandt<br>Purchasing</p>" % (esc(sup["name"]), pa["po_number"], "11/25/2026",
                                                                       "\n".join(rows)))
    eml = build_reply("us-slides", "outlook", ("Jenna Kowalski", "orders@greatlakeslabglass.example"),
                      "RE: " + request_subject(pa), t, top, p=pa, quote_text=qtext, quote_html=qhtml,
                      charset="us-ascii", cte="7bit", lang="en-US", html_cte="quoted-printable",
                      html_charset="utf-8", host="CH3PR12MB8045.namprd12.prod.outlook.com")
    exp = confirmation(
        "Answers are inline under each quoted line. Line 1 as ordered; line 2 ships 12/22 (-> 2026-12-22); line 3 "
        "price 46.10. PO 4500032867 is only mentioned ('will confirm separately') and is left out.",
        (pa, {1: "A", 2: C(pa, 2, date="2026-12-22"), 3: C(pa, 3, unit_price="46.10")}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 45
@case("capacos-espart-import-total", "confirmation", "ca-ES",
      "Catalan; only line totals are given ('import total 3.140,00 €'), so unit prices must be derived "
      "(3.140/400 = 7,85 as ordered; 2.000/200 = 10,00 instead of 9,60)")
def c_ca():
    sup = supplier("CAPPUIG", "Espardenyeria i Capaços Puig, S.L.", "comandes@capacospuig.example", "ca-ES")
    p = po(4500032899, sup, "tomas", "EUR", "2026-11-26", [
        ("OPM-ESP-50", "Olive press mat, esparto grass, 50 cm", 400, "EA", "7.85", "2026-12-15"),
        ("OPM-ESP-60", "Olive press mat, esparto grass, 60 cm", 200, "EA", "9.60", "2026-12-15")])
    t = dt(2026, 12, 2, 9, 12, 4)
    body = """Bon dia, Tomás,

Us confirmem la comanda 4500032899:

- Línia 1: 400 capaços d'espart de 50 cm, import total 3.140,00 € (sense IVA), lliurament el 15/12/2026.
- Línia 2: 200 capaços d'espart de 60 cm, import total 2.000,00 € (sense IVA), lliurament el 15/12/2026.

Salutacions cordials,

Jordi Puig
Espardenyeria i Capaços Puig, S.L.
Carrer Major, 41 - 25400 Les Borges Blanques (Lleida)
Tel. 973 00 00 00"""
    eml = build_reply("ca-mats", "outlook", ("Jordi Puig", "comandes@capacospuig.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("ca", p, 1), quote_html=outlook_quote_html("ca", p, 1),
                      charset="iso-8859-15", lang="ca-ES", host="PAXPR04MB8820.eurprd04.prod.outlook.com",
                      outlook_lang="CA")
    exp = confirmation(
        "Only line totals: 3.140,00/400 = 7.85 (as ordered); 2.000,00/200 = 10.00 (PO 9.60). Dates as ordered.",
        (p, {1: "A", 2: C(p, 2, unit_price="10.00")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 46
@case("leiliruup-vale-loim-kolm-tellimust", "confirmation", "et-EE",
      "three open POs from one supplier; the mail replies in the thread of PO 4500032920 but the body "
      "confirms PO 4500032921 - the body wins; one quantity reduced")
def c_et():
    sup = supplier("SAUNAM", "Saunameister OÜ", "myyk@saunameister.example", "et-EE")
    pa = po(4500032920, sup, "ingrid", "EUR", "2026-11-26", [
        ("SB-ET-OAK5", "Sauna bucket, oak, 5 l, stainless liner", 40, "EA", "39.00", "2026-12-17")])
    pb = po(4500032921, sup, "ingrid", "EUR", "2026-11-26", [
        ("SL-ALDER-38", "Sauna ladle, alder, 38 cm", 120, "EA", "11.40", "2026-12-17"),
        ("SL-ALDER-50", "Sauna ladle, alder, 50 cm", 80, "EA", "13.90", "2026-12-17")])
    pc = po(4500032950, sup, "ingrid", "EUR", "2026-11-27", [
        ("ST-THERMO-HY", "Sauna thermo-hygrometer, wooden frame", 50, "EA", "22.50", "2027-01-08")])
    t = dt(2026, 12, 2, 15, 41, 9, off=2)
    body = """Tere, Ingrid!

Kinnitame tellimuse nr 4500032921:

Rida 1 - SL-ALDER-38 leiliruup, lepp 38 cm: 120 tk, 11,40 € tk, tarne 17.12.2026
Rida 2 - SL-ALDER-50 leiliruup, lepp 50 cm: 60 tk (rohkem lepapuitu sel aastal ei ole), 13,90 € tk, tarne 17.12.2026

Lugupidamisega
Mari Tamm
müügijuht
Saunameister OÜ
Tartu mnt 80, 10112 Tallinn
tel +372 600 0000"""
    eml = build_reply("ee-ladles", "outlook", ("Mari Tamm", "myyk@saunameister.example"),
                      "Vs: " + request_subject(pa), t, body, p=pa,
                      quote_text=outlook_quote("et", pa, 2), quote_html=outlook_quote_html("et", pa, 2),
                      charset="iso-8859-15", lang="et-EE", host="DB9PR08MB6789.eurprd08.prod.outlook.com",
                      outlook_lang="ET")
    exp = confirmation(
        "Threaded on the request for PO 4500032920 (bucket), but the body confirms PO 4500032921 by number and "
        "item: line 1 as ordered, line 2 only 60 instead of 80. POs 4500032920 and 4500032950 are not answered.",
        (pb, {1: "A", 2: C(pb, 2, quantity=60)}))
    return [pa, pb, pc], eml, exp


# ================================================================== needs_review
@case("uhrzeiger-kw-51-52-spanne", "needs_review", "de-DE",
      "quantities and prices OK but the delivery is a span of two calendar weeks ('KW 51/52') with 'genauer "
      "können wir es noch nicht sagen' - no single committed date")
def n_kw_span():
    sup = supplier("SWUHR", "Schwarzwälder Uhrzeiger-Manufaktur GmbH", "info@uhrzeiger-manufaktur.example", "de-DE")
    p = po(4500032977, sup, "femke", "EUR", "2026-11-26", [
        ("CH-BF-HR-90", "Cuckoo clock hour hand, pressed brass, 90 mm", 500, "PCS", "1.35", "2026-12-16"),
        ("CH-BF-MN-120", "Cuckoo clock minute hand, pressed brass, 120 mm", 500, "PCS", "1.55", "2026-12-16")])
    t = dt(2026, 12, 1, 11, 46, 58)
    body = """Guten Tag Frau de Wit,

vielen Dank für Ihre Bestellung 4500032977. Mengen und Preise sind so in Ordnung.

Liefertermin für beide Positionen: KW 51/52. Genauer können wir es leider noch nicht sagen, da die Zeiger erst noch in die Galvanik gehen.

Freundliche Grüße aus Triberg

Monika Fehrenbach
Schwarzwälder Uhrzeiger-Manufaktur GmbH
Hauptstraße 61, 78098 Triberg
Tel. 07722 000 00"""
    eml = build_reply("de-kwspan", "outlook", ("Monika Fehrenbach", "info@uhrzeiger-manufaktur.example"),
                      "AW: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("de", p, 1), quote_html=outlook_quote_html("de", p, 1),
                      charset="iso-8859-1", lang="de-DE", host="FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM",
                      outlook_lang="DE")
    return [p], eml, other("needs_review",
                           "Delivery given as a two-week span 'KW 51/52' and explicitly not yet exact: no "
                           "committed date, a human has to ask.")


@case("orgelbalg-levering-datum-in-verleden", "needs_review", "nl-BE",
      "Flemish confirmation 'aan de gevraagde prijzen en hoeveelheden, levering op 17/11/2026' - a date "
      "two weeks before the mail (probably 17/12 mistyped)")
def n_past():
    sup = supplier("ORGBALG", "Orgelmakerij Van Damme BV", "info@orgelmakerij-vandamme.example", "nl-BE")
    p = po(4500033010, sup, "femke", "EUR", "2026-11-26", [
        ("POB-RES-90", "Reservoir bellows, 90 x 60 cm, double-rise", 1, "EA", "4850.00", "2026-12-17"),
        ("POB-SPR-SET", "Bellows spring set, phosphor bronze", 4, "SET", "145.00", "2026-12-17")])
    t = dt(2026, 12, 1, 16, 30, 12)
    body = """Beste Femke,

Wij bevestigen uw bestelling 4500033010 aan de gevraagde prijzen en hoeveelheden, levering op 17/11/2026.

Met vriendelijke groeten,

Pieter Van Damme
Orgelmakerij Van Damme BV
Kerkstraat 18, 9000 Gent
T +32 9 000 00 00
BTW BE 0000.000.000"""
    eml = build_reply("be-orgel", "outlook", ("Pieter Van Damme", "info@orgelmakerij-vandamme.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("nl", p, 1), quote_html=outlook_quote_html("nl", p, 1),
                      charset="us-ascii", cte="7bit", lang="nl-BE",
                      host="AM8PR01MB7700.eurprd01.prod.outlook.com", outlook_lang="NL-BE")
    return [p], eml, other("needs_review",
                           "Delivery date 17/11/2026 lies before the mail (1 Dec 2026): a typo (likely 17/12), a "
                           "human must check before booking it.")


@case("balloon-burner-question-before-confirming", "needs_review", "en-GB",
      "'before we can confirm' - two technical questions (fuel connector type, gimbal tilt); the sentence "
      "'prices as per your PO are fine once we know' is conditional")
def n_question():
    sup = supplier("AVONBAL", "Avon Balloon Engineering Ltd", "sales@avonballoon.example", "en-GB")
    p = po(4500033042, sup, "ingrid", "GBP", "2026-11-26", [
        ("HAB-BRN-SGL", "Single burner unit, Mk IV, stainless coil", 2, "EA", "6850.00", "2027-01-15"),
        ("HAB-GIMBAL", "Burner gimbal block", 2, "EA", "640.00", "2027-01-15")])
    t = dt(2026, 11, 30, 11, 22, 40, off=0)
    body = """Hi Ingrid,

Before we can confirm the burners, two questions:

1. Do you need them with Rego or Tema fuel connectors?
2. Is it the 20° or the 30° tilt gimbal block?

Both variants are in stock, but we need to know before we book the burn-test slot. Prices as per your PO are fine once we know.

Cheers,
Tom Ashworth
Avon Balloon Engineering Ltd
Unit 9, Ashton Vale Trading Estate, Bristol BS3 2HA
0117 000 0000"""
    eml = build_reply("gb-burner-q", "gmail", ("Tom Ashworth", "sales@avonballoon.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=gmail_quote("en", p, 0),
                      quote_html=gmail_quote_html("en", p, 0), charset="utf-8")
    return [p], eml, other("needs_review",
                           "Supplier asks two questions before confirming; nothing is committed yet.")


@case("tablones-puente-anticipo-50", "needs_review", "es-CL",
      "conditional offer: everything as ordered 'siempre y cuando' we pay a 50 % advance before 11 "
      "December; Chilean '$8.900' CLP")
def n_conditional():
    sup = supplier("MADSUR", "Maderas del Sur SpA", "ventas@maderasdelsur.example", "es-CL")
    p = po(4500033077, sup, "tomas", "CLP", "2026-11-26", [
        ("RBP-COIG-90", "Rope bridge plank, coigue hardwood, 900x200x45 mm", 800, "EA", "8900", "2027-01-08"),
        ("RBP-BOLT-M10", "Galvanised carriage bolt set M10", 800, "SET", "1250", "2027-01-08")])
    t = dt(2026, 11, 30, 17, 50, 3, off=-3)
    body = """Estimado Tomás:

Podemos cumplir con la orden 4500033077 en cantidades, precios ($8.900 por tablón y $1.250 por juego de pernos) y plazo de entrega (8 de enero), siempre y cuando ustedes acepten un anticipo del 50 % antes del 11 de diciembre, ya que debemos comprar la madera al aserradero.

Quedo atenta a su respuesta para reservar la producción.

Saludos cordiales,

Carolina Soto
Ejecutiva Comercial
Maderas del Sur SpA
Av. Ramón Picarte 2450, Valdivia
+56 63 200 0000"""
    eml = build_reply("cl-planks", "outlook", ("Carolina Soto", "ventas@maderasdelsur.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("es", p, -3), quote_html=outlook_quote_html("es", p, -3),
                      charset="iso-8859-1", lang="es-CL", host="CP2PR80MB4321.lamprd80.prod.outlook.com",
                      outlook_lang="ES-CL")
    return [p], eml, other("needs_review",
                           "Offer is conditional on a 50 % advance payment we have not agreed to; no commitment "
                           "until a human accepts or rejects the condition.")


@case("slides-noted-will-revert-by-friday", "needs_review", "en-SG",
      "'Noted with thanks, will revert by this Fri (4 Dec)' - Singapore business English that sounds "
      "positive but commits to nothing")
def n_revert():
    sup = supplier("LIONLAB", "Lion City Labware Pte Ltd", "sales@lioncitylabware.example", "en-SG")
    p = po(4500033101, sup, "priya", "SGD", "2026-11-27", [
        ("MS-SG-HIST", "Histology slides, positively charged, box of 72", 300, "BOX", "29.80", "2026-12-21"),
        ("MS-SG-LABEL", "Slide labels, solvent resistant, roll of 1000", 40, "EA", "18.50", "2026-12-21")])
    t = dt(2026, 12, 1, 9, 4, 27, off=8)
    body = """Hi Priya,

Noted with thanks on the PO. Our production team is checking the schedule for the charged slides, will revert by this Fri (4 Dec) on the delivery dates.

Thanks & Regards,
Jasmine Tan
Sales Coordinator
Lion City Labware Pte Ltd
10 Ubi Crescent, #05-12 Ubi Techpark, Singapore 408564
DID: +65 6000 0000"""
    eml = build_reply("sg-slides", "outlook", ("Jasmine Tan", "sales@lioncitylabware.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, 8, fmt_lang="en-GB"),
                      quote_html=outlook_quote_html("en", p, 8, fmt_lang="en-GB"),
                      charset="us-ascii", cte="7bit", lang="en-SG",
                      host="SG2PR06MB5310.apcprd06.prod.outlook.com", outlook_lang="EN-SG")
    return [p], eml, other("needs_review",
                           "'Will revert by Friday' - acknowledgment without any commitment on quantity, price or "
                           "date; the 4 Dec date is when they will answer, not a delivery date.")


@case("covrigi-planse-estimare-mijloc-ianuarie", "needs_review", "ro-RO",
      "vague estimate 'pe la mijlocul lunii ianuarie, în funcție de sosirea lemnului' and 'revenim cu o "
      "confirmare fermă' - no committed date")
def n_vague():
    sup = supplier("LEMNCOV", "Lemn Covrigi Artizanal SRL", "comenzi@lemncovrigi.example", "ro-RO")
    p = po(4500033133, sup, "ingrid", "RON", "2026-11-27", [
        ("BB-BEECH-70", "Pretzel/bagel baking board, beech, 70 x 30 cm", 100, "EA", "89.00", "2026-12-18"),
        ("BB-RACK-5", "Board rack, 5 tiers, steel", 10, "EA", "640.00", "2026-12-18")])
    t = dt(2026, 12, 2, 10, 58, 19, off=2)
    body = """Bună ziua,

Am primit comanda dumneavoastră nr. 4500033133, vă mulțumim.

Estimăm livrarea pe la mijlocul lunii ianuarie, în funcție de sosirea lemnului de fag de la furnizorul nostru. Revenim cu o confirmare fermă imediat ce avem data exactă.

Cu stimă,
Andrei Popescu
Lemn Covrigi Artizanal SRL
Str. Fabricii nr. 7, Brașov
Tel. 0268 000 000"""
    eml = build_reply("ro-boards", "gmail", ("Andrei Popescu", "comenzi@lemncovrigi.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=gmail_quote("ro", p, 2),
                      quote_html=gmail_quote_html("ro", p, 2), charset="utf-8")
    return [p], eml, other("needs_review",
                           "Only an estimate ('around mid-January, depending on the beech wood') and a promise of a "
                           "firm confirmation later; no quantities or prices addressed.")


@case("curling-body-says-as-ordered-pdf-differs", "needs_review", "en-CA",
      "body says 'confirmed as ordered, acknowledgment attached' but the attached PDF acknowledgment shows "
      "12 handles instead of 16 and 2027-01-22 - body and attachment contradict")
def n_contradiction():
    sup = supplier("PRAIRIEC", "Prairie Curling Supply Corp.", "orders@prairiecurling.example", "en-CA")
    p = po(4500033166, sup, "ingrid", "CAD", "2026-11-27", [
        ("CS-CAN-GRN", "Curling stones, Canadian granite, 42 lb, pair", 8, "PR", "1395.00", "2027-01-15"),
        ("CS-HND-YEL", "Curling stone handle, yellow", 16, "EA", "42.00", "2027-01-15")])
    t = dt(2026, 12, 2, 13, 31, 50, off=-6)
    body = """Hi Ingrid,

All good - PO 4500033166 is confirmed as ordered, our acknowledgment is attached.

Thanks,
Brent Olson
Prairie Curling Supply Corp.
1120 Industrial Dr, Saskatoon, SK S7K 0A1
306-555-0142"""
    f = Flow()
    f.para("Prairie Curling Supply Corp.", 14, True)
    f.para("1120 Industrial Dr, Saskatoon, SK S7K 0A1  -  GST/HST 000000000RT0001", 8, gap=12)
    f.para("SALES ORDER ACKNOWLEDGMENT  SO-118204", 12, True, gap=4)
    f.para("Date: 2026-12-02      Customer PO: 4500033166      Terms: Net 30", 9)
    f.para("Ship to: Meridian Heritage Supply B.V., Waalhaven Z.z. 41, Rotterdam, NL", 9, gap=10)
    f.table(["Ln", "Item", "Description", "Ordered", "Confirmed", "Unit", "Price CAD", "Ext. CAD", "Ship date"],
            [["1", "CS-CAN-GRN", "Curling stones 42 lb, pair", "8", "8", "PR", "1,395.00", "11,160.00", "2027-01-15"],
             ["2", "CS-HND-YEL", "Handle, yellow", "16", "12", "EA", "42.00", "504.00", "2027-01-22"]],
            [20, 66, 130, 42, 48, 28, 52, 58, 56], right=(3, 4, 6, 7))
    f.para("Order total CAD 11,664.00", 9, True, gap=8)
    f.para("Backordered quantities will not ship unless re-ordered.", 8)
    pdfb = render(f.pages, title="Sales Order Acknowledgment SO-118204", author="Prairie Curling Supply",
                  creator="Sage 300", producer="Sage 300 Crystal Reports", created="D:20261202132500-06'00'")
    att = M.attachment(pdfb, "application/pdf", "SO-118204_Ack.pdf")
    eml = build_reply("ca-curling", "outlook", ("Brent Olson", "orders@prairiecurling.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, -6), quote_html=outlook_quote_html("en", p, -6),
                      charset="us-ascii", cte="7bit", lang="en-CA", attachments=[att],
                      host="YQBPR0101MB5432.CANPRD01.PROD.OUTLOOK.COM", outlook_lang="EN-CA")
    return [p], eml, other("needs_review",
                           "Body: 'confirmed as ordered'; attached acknowledgment: line 2 only 12 of 16, ship date "
                           "2027-01-22. Body and attachment contradict, a human must clarify.")


@case("tokei-hari-nouki-raishuu-kaitou", "needs_review", "ja-JP",
      "Shift_JIS; polite receipt of the order document with 'delivery dates and prices will be answered "
      "next week after checking with the maker' - nothing committed yet")
def n_later():
    sup = supplier("TOKIHARI", "Tokiwa Watch Parts Co., Ltd.", "order@tokiwa-parts.example", "ja-JP")
    p = po(4500033199, sup, "ingrid", "JPY", "2026-11-27", [
        ("CH-JP-HR-18", "Watch hour hand, gilt, 18 mm", 5000, "PCS", "12", "2026-12-25"),
        ("CH-JP-MN-24", "Watch minute hand, gilt, 24 mm", 5000, "PCS", "14", "2026-12-25")])
    t = dt(2026, 12, 1, 18, 5, 33, off=9)
    body = """Meridian Heritage Supply B.V.
Ingrid Solberg 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
常盤時計部品の山本でございます。

ご注文番号 4500033199 の注文書、確かに拝受いたしました。
納期および単価につきましては、メーカーに確認のうえ、来週中に改めてご回答申し上げます。
今しばらくお待ちくださいますよう、よろしくお願い申し上げます。

****************************************
常盤時計部品株式会社　営業課
山本 由美
〒399-0000 長野県諏訪市湖岸通り2-5-8
TEL 0266-00-0000
****************************************"""
    eml = build_reply("jp-hands-later", "outlook", ("山本 由美", "order@tokiwa-parts.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("ja", p, 9), with_html=False,
                      charset="shift_jis", cte="base64", lang="ja-JP",
                      host="OS3PR01MB6123.jpnprd01.prod.outlook.com")
    return [p], eml, other("needs_review",
                           "Order document received; delivery dates and prices will be answered next week. No "
                           "commitment for any line yet.")


@case("luoi-che-nang-hoi-moq", "needs_review", "vi-VN",
      "Vietnamese question about a minimum order quantity for line 1 (1.000 m vs our 600 m) - raise the "
      "quantity or accept an 8 % surcharge? - before they confirm")
def n_moq():
    sup = supplier("LUOIVIET", "Cong ty TNHH Luoi Nong Nghiep Viet", "sales@luoinongnghiepviet.example", "vi-VN")
    p = po(4500033222, sup, "ingrid", "VND", "2026-11-27", [
        ("SC-VN-70G", "Shade net 70%, green, 3 m wide", 600, "M", "38000", "2026-12-21"),
        ("SC-VN-50B", "Shade net 50%, black, 3 m wide", 1500, "M", "29000", "2026-12-21")])
    t = dt(2026, 11, 30, 14, 48, 6, off=7)
    body = """Kính gửi chị Ingrid,

Cảm ơn chị đã gửi đơn hàng số 4500033222.

Số lượng tối thiểu cho lưới 70% màu xanh là 1.000 m, trong khi đơn hàng của chị là 600 m. Chị có đồng ý tăng lên 1.000 m không, hay chúng tôi tính thêm phụ phí 8% trên đơn giá 38.000 đ/m?

Vui lòng phản hồi để chúng tôi xác nhận toàn bộ đơn hàng.

Trân trọng,
Nguyễn Thị Hương
Phòng Kinh doanh
Công ty TNHH Lưới Nông Nghiệp Việt
KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: 028 0000 0000"""
    eml = build_reply("vn-net", "gmail", ("Nguyễn Thị Hương", "sales@luoinongnghiepviet.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=gmail_quote("vi", p, 7),
                      quote_html=gmail_quote_html("vi", p, 7), charset="utf-8", cte="base64")
    return [p], eml, other("needs_review",
                           "A question (raise line 1 to the 1.000 m minimum or pay 8 % surcharge?) and 'please "
                           "reply so that we can confirm the whole order': nothing committed.")
