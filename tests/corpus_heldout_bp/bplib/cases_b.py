"""Cases 019-036."""
from . import mime
from .common import (case, PO, C, conf, exp, headers, subj, outlook_quote, gmail_attr, req_text, req_html, gt, esc,
                     req_subject, BUYER_DOMAIN)
from .pdf import make_pdf


def _gmail_html(txt, attr, po):
    return ("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attr)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + req_html(po) + "</blockquote></div>")


@case("makeup-livrare-pe", "confirmation/ro-RO",
      "'Livrare pe 18.12.2026' applies to all lines, and one line also gets a new price written '33,00 EUR/buc.'.")
def _():
    sup = ("MACHIAJ", "Machiaj Scenic S.R.L.", "comenzi@machiajscenic.example", "ro-RO")
    po = PO("4500031304", sup, "EUR", "2026-11-05", [
        ("TM-PUD-8", "Pudră fixare translucidă 8 g, colecția 2027", 200, "PCS", "6.20", "2026-12-11"),
        ("TM-LAT-1.5", "Latex lichid 1,5 L", 24, "PCS", "31.50", "2026-12-11"),
        ("TM-PEN-12", "Set pensule machiaj 12 buc.", 30, "SET", "18.75", "2026-12-11"),
    ], buyer="ap")
    attr = "În joi, 5 nov. 2026 la 10:12, Aisha Patel <aisha.patel@meridian-supply.example> a scris:"
    top = ("Bună ziua, doamna Patel,\n\nConfirmăm comanda 4500031304 după cum urmează:\n"
           "- poz. 1 și poz. 3: cantități și prețuri conform comenzii;\n"
           "- poz. 2, latex lichid 1,5 L: 24 buc., preț nou 33,00 EUR/buc. (creștere de la furnizor).\n\n"
           "Livrare pe 18.12.2026 pentru toate pozițiile.\n\n"
           "Cu stimă,\nIoana Popescu\nDepartament Vânzări\nMachiaj Scenic S.R.L., Str. Fabricii 21, Cluj-Napoca\nTel. +40 264 555 318\n\n")
    txt = top + attr + "\n\n" + gt(req_text(po))
    h = headers(po, ("Ioana Popescu", "ioana.popescu@machiajscenic.example"), "Re: " + subj(po, ""), "2026-11-16 11:48:03", "+0200",
                "<CAOq7u3nS1dV8mXcR2eL5kYpB0tZ9wQ4fJ6hG_aN3vE8rT1@mail.gmail.example>")
    body = mime.alt(mime.text(txt, cte="base64"), mime.html(_gmail_html(top, attr, po), cte="base64"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "'Livrare pe 18.12.2026' changes the date of all three lines; line 2 additionally gets the new price 33,00 EUR.",
                                          conf(po, {1: C(200, "6.20", "2026-12-18"), 2: C(24, "33.00", "2026-12-18"), 3: C(30, "18.75", "2026-12-18")}))


@case("stamp-pads-partial-300", "confirmation/bg-BG",
      "Only 300 of 500 stamp pads can be supplied (partial quantity, rest not delivered) in Cyrillic windows-1251 text.")
def _():
    sup = ("PECHATBG", "Печат Инвест ЕООД", "orders@pechat-invest.example", "bg-BG")
    po = PO("4500031311", sup, "EUR", "2026-11-04", [
        ("SP-70x110-R", "Stamp pad 70x110 mm, red / Тампон 70x110 мм", 500, "PCS", "2.40", "2026-12-10"),
        ("SP-INK-28", "Stamp ink 28 ml, blue / Мастило 28 мл", 200, "PCS", "1.90", "2026-12-10"),
    ], buyer="jl")
    txt = ("Здравейте, г-н Линдквист,\n\nБлагодарим за поръчка № 4500031311.\n\n"
           "Поз. 1 (тампон 70x110 мм, червен): можем да доставим само 300 бр. на 10.12.2026 г. по 2,40 EUR; "
           "останалите 200 бр. няма да бъдат доставени - производството на този цвят е спряно.\n"
           "Поз. 2 (мастило 28 мл): 200 бр. по 1,90 EUR, доставка 10.12.2026 г.\n\n"
           "Поздрави,\nДесислава Георгиева\nОтдел продажби\nПечат Инвест ЕООД, бул. Христо Ботев 44, Пловдив\nтел. +359 32 555 710\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "en", "Wednesday, November 4, 2026 10:12 AM"))
    h = headers(po, ("Десислава Георгиева", "d.georgieva@pechat-invest.example"), "RE: " + subj(po, ""), "2026-11-11 15:26:40", "+0200",
                "<004b01dd7402$1f3e9c80$5dbbd580$@pechat-invest.example>", cs="windows-1251", enc="B")
    body = mime.text(txt, cs="windows-1251", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 confirmed only for 300 of 500 pieces (changed quantity, rest will not come); line 2 as ordered.",
                                          conf(po, {1: C(300, "2.40", "2026-12-10"), 2: "A"}))


@case("snow-fence-three-pos-one-answered", "confirmation/hr-HR",
      "Three open POs with the same supplier; the reply answers only the posts order, and the other two are neither answered nor mentioned.")
def _():
    sup = ("BURAZAS", "Bura-Zaštita d.o.o.", "prodaja@bura-zastita.example", "hr-HR")
    p1 = PO("4500031318", sup, "EUR", "2026-11-03", [
        ("BZ-OGR-1.2x20", "Snježna ograda HDPE 1,2 x 20 m", 60, "ROL", "71.00", "2026-12-09"),
    ], buyer="jl")
    p2 = PO("4500031321", sup, "EUR", "2026-11-05", [
        ("BZ-STUP-150", "Čelični stup 150 cm, T-profil 35x35", 300, "PCS", "8.40", "2026-12-09"),
        ("BZ-VEZ-300", "Vezice UV 300 mm, 100 kom/vreća", 25, "BOX", "6.80", "2026-12-09"),
    ], buyer="jl")
    p3 = PO("4500031329", sup, "EUR", "2026-11-06", [
        ("BZ-MREZA-2x25", "Vjetrozaštitna mreža 2 x 25 m", 12, "ROL", "138.00", "2026-12-16"),
    ], buyer="jl")
    txt = ("Poštovani gospodine Lindqvist,\n\npotvrđujemo narudžbu 4500031321:\n\n"
           "poz. 1 Čelični stup 150 cm - 300 kom, 8,40 EUR/kom, isporuka 9.12.2026.\n"
           "poz. 2 Vezice UV 300 mm - 25 vreća, 6,80 EUR/vreća, isporuka 9.12.2026.\n\n"
           "Lijep pozdrav,\nIvana Barić\nProdaja\nBura-Zaštita d.o.o., Ulica Ante Starčevića 12, 23000 Zadar\nTel: +385 23 555 617\n\n"
           "-----Original Message-----\n" + outlook_quote(p2, "en", "Thursday, November 5, 2026 9:12 AM"))
    h = headers(p2, ("Ivana Barić", "ivana.baric@bura-zastita.example"), "RE: " + subj(p2, ""), "2026-11-12 08:19:33", "+0100",
                "<GV0P278MB0712C8E1F22D4B6A90@GV0P278MB0712.CHEP278.PROD.OUTLOOK.example>", cs="windows-1250", enc="Q")
    body = mime.text(txt, cs="windows-1250", cte="quoted-printable")
    return [p1, p2, p3], mime.message(h, body), exp("confirmation", "Only PO 4500031321 is answered (both lines as ordered); POs 4500031318 and 4500031329 are not mentioned and are left out.",
                                                  conf(p2, {1: "A", 2: "A"}))


@case("glovebox-body-vs-pdf", "needs_review/sl-SI",
      "The body promises delivery on 11. 12. 2026 but the attached order confirmation PDF says 18.12.2026, so the date is contradictory.")
def _():
    sup = ("LABOKOM", "Labokom d.o.o.", "narocila@labokom.example", "sl-SI")
    po = PO("4500031336", sup, "EUR", "2026-11-06", [
        ("GB-AN-900", "Anaerobna komora 900x600 mm, 2 porti", 1, "EA", "9400.00", "2026-12-11"),
        ("GB-RK-8/10", "Butilne rokavice 8/10, port 200 mm", 6, "PAIR", "152.00", "2026-12-11"),
    ])
    pdf = make_pdf([(14, "Labokom d.o.o. - POTRDILO NAROCILA / ORDER CONFIRMATION"), "",
                    "Nase st.: OC-26-1187        Vase narocilo: 4500031336", "Datum: 16.11.2026", "",
                    "Poz  Artikel        Opis                                   Kol.  EM    Cena EUR   Dobava",
                    "1    GB-AN-900      Anaerobna komora 900x600 mm            1     EA    9.400,00   18.12.2026",
                    "2    GB-RK-8/10     Butilne rokavice 8/10, port 200 mm     6     PAIR    152,00   18.12.2026",
                    "", "Placilo: 30 dni neto. Dobavni pogoj: DAP Rotterdam."], compress=False,
                   title="OC-26-1187", date="20261116094500+01'00'")
    txt = ("Pozdravljeni,\n\nv prilogi potrditev naročila 4500031336. Obe poziciji dobavimo 11. 12. 2026, cene in količine po naročilu.\n\n"
           "Lep pozdrav\nMaja Kranjc\nLabokom d.o.o., Tržaška cesta 116, 1000 Ljubljana\nT: +386 1 555 42 80\n\n"
           "Od: Katrin Vogel <katrin.vogel@meridian-supply.example>\nPoslano: petek, 6. november 2026 09:12\n"
           "Za: narocila@labokom.example\nZadeva: Purchase order 4500031336 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Maja Kranjc", "maja.kranjc@labokom.example"), "RE: " + subj(po, ""), "2026-11-16 09:52:10", "+0100",
                "<AM0PR09MB4019B7E21C5A3F66D2@AM0PR09MB4019.eurprd09.prod.outlook.example>")
    body = mime.mixed(mime.text(txt, cs="iso-8859-2"), mime.attachment(pdf, "application/pdf", "OC-26-1187.pdf"), style="outlook")
    return [po], mime.message(h, body), exp("needs_review", "Body says delivery 11. 12. 2026, the attached PDF says 18.12.2026 for the same lines; a careful buyer cannot tell which date is committed.")


@case("trolleys-isporuka-latin", "confirmation/sr-RS",
      "Serbian in Latin script with 'isporuka 18.12.2026.' (trailing dot) moving both lines from the requested 15 December.")
def _():
    sup = ("MEDKOL", "Medkol d.o.o. Novi Sad", "prodaja@medkol.example", "sr-RS")
    po = PO("4500031342", sup, "EUR", "2026-11-05", [
        ("MK-TR-3P", "Bolnička kolica za transport, 3 police 600x400", 10, "EA", "420.00", "2026-12-15"),
        ("MK-REA-24V", "Kolica za reanimaciju 24V, 5 fioka", 2, "EA", "1890.00", "2026-12-15"),
    ], buyer="ap")
    txt = ("Poštovana gospođo Patel,\n\nzahvaljujemo se na porudžbini. Potvrđujemo porudžbenicu 4500031342 - "
           "količine i cene prema porudžbini (10 kom x 420,00 EUR; 2 kom x 1.890,00 EUR), isporuka 18.12.2026.\n\n"
           "Srdačan pozdrav,\nNikola Jovanović\nKomercijala\nMedkol d.o.o., Bulevar oslobođenja 77, 21000 Novi Sad\ntel. +381 21 555 3390\n\n"
           "On Thu, 5 Nov 2026 at 09:12, Aisha Patel <aisha.patel@meridian-supply.example> wrote:\n" + gt(req_text(po)))
    h = headers(po, ("Nikola Jovanović", "nikola.jovanovic@medkol.example"), "Re: " + subj(po, ""), "2026-11-17 13:07:51", "+0100",
                "<f0c1d2e3-a4b5-4c6d-9e7f-8a9b0c1d2e3f@medkol.example>", cs="windows-1250", enc="Q",
                extra=[("User-Agent", "Mozilla Thunderbird")])
    body = mime.text(txt, cs="windows-1250", cte="8bit")
    return [po], mime.message(h, body), exp("confirmation", "'isporuka 18.12.2026.' is 2026-12-18 (final dot is Serbian ordinal punctuation) for both lines, requested 2026-12-15; '1.890,00' equals the PO price.",
                                          conf(po, {1: C(10, "420.00", "2026-12-18"), 2: C(2, "1890.00", "2026-12-18")}))


@case("cones-paradosi-greek", "confirmation/el-GR",
      "Greek text in ISO-8859-7 with 'παράδοση στις 18 Δεκεμβρίου' and no year; the date must resolve to 2026-12-18.")
def _():
    sup = ("CHONAKIA", "Χωνάκια Αιγαίου Α.Ε.", "orders@aegeancones.example", "el-GR")
    po = PO("4500031357", sup, "EUR", "2026-11-09", [
        ("IC-SUG-5/4", "Sugar cone 5/4 scoop, carton 12x24", 150, "BOX", "19.80", "2026-12-11"),
        ("IC-WAF-2027", "Waffle cone design 2027, 200 pcs/carton", 90, "BOX", "26.40", "2026-12-11"),
    ], buyer="ap")
    txt = ("Αγαπητή κα Patel,\n\nΣας ευχαριστούμε για την παραγγελία 4500031357.\n"
           "Επιβεβαιώνουμε και τις δύο θέσεις: ποσότητες και τιμές ως έχουν (150 κιβ. x 19,80 € και 90 κιβ. x 26,40 €), "
           "παράδοση στις 18 Δεκεμβρίου.\n\n"
           "Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΧωνάκια Αιγαίου Α.Ε. - ΒΙΠΕ Θεσσαλονίκης, Σίνδος\nΤηλ. +30 2310 555 812\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "en", "Monday, November 9, 2026 10:12 AM"))
    h = headers(po, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegeancones.example"), "RE: " + subj(po, ""), "2026-11-19 12:33:27", "+0200",
                "<001101dd7a4c$27d0a1e0$7771e5a0$@aegeancones.example>", cs="iso-8859-7", enc="B")
    body = mime.text(txt, cs="iso-8859-7", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "'παράδοση στις 18 Δεκεμβρίου' without a year after a 19 Nov mail = 2026-12-18; quantities and prices as ordered, so both lines changed by date.",
                                          conf(po, {1: C(150, "19.80", "2026-12-18"), 2: C(90, "26.40", "2026-12-18")}))


@case("roaster-teslim-tarihi", "confirmation/tr-TR",
      "Lines 1-2 get 'teslim tarihi 18.12.2026' (as requested) while line 3 is out of stock and moved to 15.01.2027.")
def _():
    sup = ("KAVURMA", "Kavurma Makina San. ve Tic. A.Ş.", "satis@kavurmamakina.example", "tr-TR")
    po = PO("4500031363", sup, "USD", "2026-11-06", [
        ("KM-TMB-5", "Roaster drum 5 kg, cast iron, 3/8 in. wall", 4, "EA", "1850.00", "2026-12-18"),
        ("KM-ISI-24V", "Heating element set 24V 4.5 kW", 4, "SET", "310.00", "2026-12-18"),
        ("KM-SOG-60", "Cooling tray dia. 60 cm", 2, "EA", "640.00", "2026-12-18"),
    ], buyer="ap")
    txt = ("Sayın Aisha Patel,\n\n4500031363 numaralı siparişiniz için onayımız aşağıdadır:\n\n"
           "1. kalem Kavurma tamburu 5 kg - 4 adet, 1.850,00 USD\n2. kalem Rezistans seti 24V - 4 set, 310,00 USD\n"
           "Her iki kalem için teslim tarihi 18.12.2026.\n\n"
           "3. kalem Soğutma teknesi Ø 60 cm - 2 adet, 640,00 USD: stokta yok, teslim tarihi 15.01.2027.\n\n"
           "Saygılarımızla,\nMehmet Yıldız\nİhracat Satış Sorumlusu\nKavurma Makina San. ve Tic. A.Ş.\nİkitelli OSB, Başakşehir / İstanbul\n"
           "Tel: +90 212 555 47 80\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "en", "Friday, November 6, 2026 11:12 AM"))
    h = headers(po, ("Mehmet Yıldız", "mehmet.yildiz@kavurmamakina.example"), "YNT: " + subj(po, ""), "2026-11-16 10:05:44", "+0300",
                "<VI1P195MB0552A0B4D7E2C31F88@VI1P195MB0552.EURP195.PROD.OUTLOOK.example>", cs="iso-8859-9", enc="Q")
    body = mime.text(txt, cs="iso-8859-9", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "Lines 1-2 confirmed as ordered ('teslim tarihi 18.12.2026' = requested date); line 3 moved to 15.01.2027.",
                                          conf(po, {1: "A", 2: "A", 3: C(2, "640.00", "2027-01-15")}))


@case("lane-oil-cans-tuesday-w50", "confirmation/sv-SE",
      "Bulk litres are confirmed as 40 cans of 5 litres at a per-can price, and the date is 'tisdag vecka 50' (a named weekday in an ISO week).")
def _():
    sup = ("BANOLJA", "Svensk Banvård AB", "order@svenskbanvard.example", "sv-SE")
    po = PO("4500031375", sup, "SEK", "2026-11-04", [
        ("BO-COND-L", "Lane conditioner 22:1, bulk", 200, "L", "235.00", "2026-12-09"),
        ("BO-RENG-4/3", "Cleaner 4/3 concentrate, 5 L can", 12, "EA", "410.00", "2026-12-09"),
    ], buyer="jl")
    txt = ("Hej Jonas,\n\nTack för beställningen! Vi bekräftar order 4500031375 enligt följande:\n\n"
           "Rad 1: 40 dunkar à 5 liter (totalt 200 L) à 1 175,00 kr/dunk.\n"
           "Rad 2: 12 st à 410,00 kr.\n\n"
           "Leverans tisdag vecka 50.\n\n"
           "Med vänliga hälsningar\nLinnéa Holm\nOrderavdelningen\nSvensk Banvård AB | Industrigatan 9 | 602 23 Norrköping\nTel 011-555 12 40\n\n"
           "Från: Jonas Lindqvist <jonas.lindqvist@meridian-supply.example>\nSkickat: den 4 november 2026 09:12\n"
           "Till: order@svenskbanvard.example\nÄmne: Purchase order 4500031375 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Linnéa Holm", "linnea.holm@svenskbanvard.example"), "SV: " + subj(po, ""), "2026-11-13 14:47:09", "+0100",
                "<HE1P190MB0441E83B2A9C0D71F4@HE1P190MB0441.EURP190.PROD.OUTLOOK.example>", cs="iso-8859-1", enc="Q")
    body = mime.text(txt, cs="iso-8859-1", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "40 x 5 L = 200 L and 1 175,00 kr per 5 L can = 235.00 SEK/L (unchanged); 'tisdag vecka 50' = Tuesday 2026-12-08, so both lines change by date only.",
                                          conf(po, {1: C(200, "235.00", "2026-12-08"), 2: C(12, "410.00", "2026-12-08")}))


@case("kiteboards-conditional-uge", "needs_review/da-DK",
      "The supplier would confirm only if we accept delivery in week 2 instead of 14 December and asks us to reply first.")
def _():
    sup = ("KITEDK", "Nordvest Kite ApS", "ordre@nordvestkite.example", "da-DK")
    po = PO("4500031382", sup, "DKK", "2026-11-05", [
        ("NK-TT-136", "Twin-tip 136x41 cm, 2027 model", 12, "EA", "2450.00", "2026-12-14"),
        ("NK-BAR-45", "Control bar 45-52 cm, 24 m lines", 12, "EA", "1890.00", "2026-12-14"),
    ], buyer="jl")
    txt = ("Hej Jonas\n\nTak for ordren. Vi kan levere alle 12 boards til 2.450,00 kr. og 12 bars til 1.890,00 kr., "
           "men kun hvis I kan acceptere levering i uge 2 i stedet for 14. december - vores container fra Kina er forsinket.\n\n"
           "Giv lige besked om det er ok, så sender vi ordrebekræftelsen.\n\n"
           "Mvh\nMads Kjeldsen\nNordvest Kite ApS\nHavnevej 3, 7700 Thisted\n+45 97 55 51 20\n\n"
           "Den tors. 5. nov. 2026 kl. 09.12 skrev Jonas Lindqvist <jonas.lindqvist@meridian-supply.example>:\n" + gt(req_text(po)))
    h = headers(po, ("Mads Kjeldsen", "mads@nordvestkite.example"), "Re: " + subj(po, ""), "2026-11-10 19:22:16", "+0100",
                "<3E7A1C2B-9D0F-4B8E-A6C5-11F2E3D4C5B6@nordvestkite.example>", extra=[("X-Mailer", "iPhone Mail (22B91)")])
    body = mime.text(txt, cs="utf-8", cte="quoted-printable")
    return [po], mime.message(h, body), exp("needs_review", "Conditional offer: delivery in week 2 only if we agree, and the supplier waits for our answer before confirming.")


@case("lighthouse-bulbs-pdf-split", "confirmation/nb-NO",
      "Body and attached PDF agree that the LED lamps come in two lots (15 on 14.12. and 15 on 21.12.), the other lines unchanged.")
def _():
    sup = ("FYRLYS", "Fyrlys Marine AS", "ordre@fyrlys.example", "nb-NO")
    po = PO("4500031390", sup, "NOK", "2026-11-04", [
        ("FY-HAL-1000", "Lighthouse halogen 1000 W, 120V, P40s", 12, "EA", "1480.00", "2026-12-14"),
        ("FY-LED-24V", "LED lamp 24V 40 W for lantern, 2027 series", 30, "EA", "965.00", "2026-12-14"),
        ("FY-SOK-P40", "Socket P40s/41, brass", 12, "EA", "212.00", "2026-12-14"),
    ], buyer="jl")
    pdf = make_pdf([(14, "Fyrlys Marine AS"), "Strandkaien 14, 5013 Bergen, Norge", "",
                    (12, "ORDREBEKREFTELSE 26-40571"), "Deres ordre: 4500031390   Dato: 12.11.2026", "",
                    "Pos  Varenr.        Beskrivelse                      Antall  Enhet   Pris NOK   Levering",
                    "1    FY-HAL-1000    Fyr halogen 1000 W 120V P40s     12      EA      1 480,00   14.12.2026",
                    "2    FY-LED-24V     LED-lampe 24V 40 W, 2027-serie   15      EA        965,00   14.12.2026",
                    "                                                     15      EA        965,00   21.12.2026",
                    "3    FY-SOK-P40     Sokkel P40s/41, messing          12      EA        212,00   14.12.2026",
                    "", "Leveringsbetingelser: DAP Rotterdam   Betaling: 30 dager netto"],
                   title="Ordrebekreftelse 26-40571", date="20261112103000+01'00'")
    txt = ("Hei Jonas,\n\nVedlagt ordrebekreftelse på ordre 4500031390.\n"
           "Merk: LED-lampene (pos. 2) leveres i to partier, 15 stk 14.12. og 15 stk 21.12. Øvrige posisjoner som bestilt.\n\n"
           "Med vennlig hilsen\nIngrid Solberg\nFyrlys Marine AS\nStrandkaien 14, 5013 Bergen\nTlf. +47 55 55 30 12\n\n"
           "Fra: Jonas Lindqvist <jonas.lindqvist@meridian-supply.example>\nSendt: onsdag 4. november 2026 09:12\n"
           "Til: ordre@fyrlys.example\nEmne: Purchase order 4500031390 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Ingrid Solberg", "ingrid.solberg@fyrlys.example"), "SV: " + subj(po, ""), "2026-11-12 10:41:50", "+0100",
                "<OSLP279MB0918F1A2B3C4D5E6F7@OSLP279MB0918.NORP279.PROD.OUTLOOK.example>")
    body = mime.mixed(mime.text(txt, cs="iso-8859-1"), mime.attachment(pdf, "application/pdf", "Ordrebekreftelse_26-40571.pdf"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Line 2 split 15 + 15 on 2026-12-14 and 2026-12-21 (schedule, date = 21 Dec); lines 1 and 3 as ordered; '14.12.' without year = 2026.",
                                          conf(po, {1: "A", 2: C(30, "965.00", "2026-12-21", [(15, "2026-12-14"), (15, "2026-12-21")]), 3: "A"}))


@case("heaters-date-only-in-quote", "needs_review/fi-FI",
      "The supplier says the delivery date changes and points 'below', but below is only our own quoted request with our requested date.")
def _():
    sup = ("KASVILAMPO", "Kasvilämpö Oy", "myynti@kasvilampo.example", "fi-FI")
    po = PO("4500031404", sup, "EUR", "2026-11-05", [
        ("KL-IR-1500", "Greenhouse IR heater 1500 W, 230V", 20, "EA", "189.00", "2026-12-10"),
        ("KL-TER-3/4", "Thermostat with 3/4 in. sensor", 20, "EA", "42.00", "2026-12-10"),
    ], buyer="jl")
    txt = ("Hei Jonas,\n\nHinnat ja määrät ok. Toimitusaika muuttuu valitettavasti, päivitetty päivämäärä alla.\n\n"
           "Ystävällisin terveisin\nJukka Lehtinen\nKasvilämpö Oy\nTeollisuustie 8, 21200 Raisio\npuh. +358 2 555 8410\n\n"
           "Lähettäjä: Jonas Lindqvist <jonas.lindqvist@meridian-supply.example>\nLähetetty: torstai 5. marraskuuta 2026 10.12\n"
           "Vastaanottaja: myynti@kasvilampo.example\nAihe: Purchase order 4500031404 - request for order acknowledgement\n\n" + req_text(po))
    h = headers(po, ("Jukka Lehtinen", "jukka.lehtinen@kasvilampo.example"), "VS: " + subj(po, ""), "2026-11-11 16:10:05", "+0200",
                "<HE1PR0702MB3617D2C1B0A9F8E7D6@HE1PR0702MB3617.eurprd07.prod.outlook.example>")
    body = mime.text(txt, cs="iso-8859-15", cte="quoted-printable")
    return [po], mime.message(h, body), exp("needs_review", "The promised 'updated date below' is missing; the only dates below are our own requested dates in the quoted PO, so the date is not committed.")


@case("snow-net-see-attached-pdf", "confirmation/et-EE",
      "The body is just 'Vt manust / see attached'; the Flate-compressed PDF acknowledgment carries the values, with one line a week later.")
def _():
    sup = ("LUMEKAITSE", "Lumekaitse OÜ", "myyk@lumekaitse.example", "et-EE")
    po = PO("4500031417", sup, "EUR", "2026-11-03", [
        ("LT-VORK-1.2", "Snow fence net 1.2 x 50 m, orange", 40, "ROL", "118.00", "2026-12-07"),
        ("LT-POST-160", "Steel post 160 cm, T-profile", 400, "PCS", "6.90", "2026-12-07"),
    ])
    pdf = make_pdf([(14, "Lumekaitse OU"), "Tehase 4, 11415 Tallinn, Estonia   Reg. 12345678   KMKR EE101234567", "",
                    (12, "TELLIMUSE KINNITUS / ORDER ACKNOWLEDGEMENT  TK-2026-0932"),
                    "Kliendi tellimus / Customer PO: 4500031417", "Kuupaev / Date: 10.11.2026", "",
                    "Rida  Kood           Kirjeldus                          Kogus  Uhik   Hind EUR   Tarne",
                    "1     LT-VORK-1.2    Lumetokkevork 1,2 x 50 m          40     ROL      118,00   07.12.2026",
                    "2     LT-POST-160    Teraspost 160 cm, T-profiil       400    PCS        6,90   14.12.2026",
                    "", "Kokku / Total: 7 480,00 EUR + KM 0%", "Tarnetingimus: DAP Rotterdam"],
                   compress=True, title="TK-2026-0932", producer="Directo ERP", date="20261110143000+02'00'")
    txt = "Tere,\n\nVt manust. / See attached.\n\nKarl Tamm\nLumekaitse OÜ\n+372 655 5120\n"
    h = headers(po, ("Karl Tamm", "karl.tamm@lumekaitse.example"), "Re: " + subj(po, ""), "2026-11-10 14:36:22", "+0200",
                "<a91b2c3d-4e5f-4607-8819-2a3b4c5d6e7f@lumekaitse.example>", extra=[("User-Agent", "Mozilla Thunderbird")])
    body = mime.mixed(mime.text(txt, cs="utf-8", cte="8bit"), mime.attachment(pdf, "application/pdf", "TK-2026-0932.pdf"), style="thunderbird")
    return [po], mime.message(h, body), exp("confirmation", "All values only in the compressed PDF: line 1 as ordered, line 2 delivery 14.12.2026 (changed). Total 40x118 + 400x6.90 = 7 480,00 checks out.",
                                          conf(po, {1: "A", 2: C(400, "6.90", "2026-12-14")}))


@case("tram-covers-answers-reminder", "confirmation/lv-LV",
      "The reply threads on our reminder (second mail) rather than the original request, quoting the reminder text, and confirms everything as ordered.")
def _():
    sup = ("RIGATEX", "Rīgas Tekstils SIA", "pasutijumi@rigastekstils.example", "lv-LV")
    po = PO("4500031425", sup, "EUR", "2026-11-04", [
        ("RT-SED-44x40", "Tram seat cover 44x40 cm, moquette", 250, "PCS", "34.00", "2026-12-11"),
        ("RT-ATZ-3/4", "Backrest cover 3/4, fire retardant", 250, "PCS", "27.50", "2026-12-11"),
    ])
    rem = f"<po-4500031425.2@{BUYER_DOMAIN}>"
    txt = ("Labdien, Katrin,\n\natvainojamies par kavēšanos. Apstiprinām pasūtījumu 4500031425:\n\n"
           "1. poz. - 250 gab., 34,00 EUR/gab., piegāde 11.12.2026.\n"
           "2. poz. - 250 gab., 27,50 EUR/gab., piegāde 11.12.2026.\n\n"
           "Ar cieņu\nLīga Bērziņa\nRīgas Tekstils SIA, Krasta iela 52, Rīga, LV-1003\nTālr. +371 67 555 210\n\n"
           "-----Original Message-----\nFrom: Katrin Vogel <katrin.vogel@meridian-supply.example>\nSent: Wednesday, November 18, 2026 10:12 AM\n"
           "To: pasutijumi@rigastekstils.example\nSubject: " + req_subject(po, True) + "\n\n" + req_text(po, True))
    h = headers(po, ("Līga Bērziņa", "liga.berzina@rigastekstils.example"), "RE: " + req_subject(po, True), "2026-11-19 10:58:14", "+0200",
                "<DU2PR08MB7230E1D2C3B4A5F6E7@DU2PR08MB7230.eurprd08.prod.outlook.example>", cs="iso-8859-13", enc="Q",
                irt=rem, refs=po["request_message_id"] + "\n " + rem)
    body = mime.text(txt, cs="iso-8859-13", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "Reply to our reminder (In-Reply-To is the reminder id, References carries the original request); both lines confirmed exactly as ordered.",
                                          conf(po, {1: "A", 2: "A"}))


@case("heaters-pristatymas", "confirmation/lt-LT",
      "Lithuanian 'pristatymas gruodžio 18 d.' (genitive month, no year) moves both lines from 4 December to 18 December.")
def _():
    sup = ("SILTNAMIS", "Šiltnamių Technika UAB", "uzsakymai@siltnamiu-technika.example", "lt-LT")
    po = PO("4500031433", sup, "EUR", "2026-11-06", [
        ("ST-DUJ-30", "Greenhouse gas heater 30 kW", 5, "EA", "1120.00", "2026-12-04"),
        ("ST-VEN-12", "Circulation fan 12 in. 230V", 10, "EA", "86.00", "2026-12-04"),
    ], buyer="jl")
    txt = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500031433: kiekiai ir kainos be pakeitimų, pristatymas gruodžio 18 d.\n\n"
           "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nŠiltnamių Technika UAB, Pramonės g. 15, Kaunas\nTel. +370 37 555 218\n\n"
           "2026-11-06, penktadienis, 09:12 +0100, Jonas Lindqvist <jonas.lindqvist@meridian-supply.example> rašė:\n" + gt(req_text(po)))
    h = headers(po, ("Rūta Kazlauskienė", "ruta.k@siltnamiu-technika.example"), "Re: " + subj(po, ""), "2026-11-18 08:40:31", "+0200",
                "<1764050431.482913.ruta.k@siltnamiu-technika.example>", cs="iso-8859-13", enc="Q",
                extra=[("X-Mailer", "Roundcube Webmail/1.6.9")])
    body = mime.text(txt, cs="iso-8859-13", cte="quoted-printable")
    return [po], mime.message(h, body), exp("confirmation", "'pristatymas gruodžio 18 d.' = 2026-12-18 (no year, next such date after the 18 Nov mail) for both lines; quantities and prices unchanged.",
                                          conf(po, {1: C(5, "1120.00", "2026-12-18"), 2: C(10, "86.00", "2026-12-18")}))


@case("roaster-next-week", "needs_review/uk-UA",
      "The Ukrainian supplier thanks us and promises to confirm dates and prices next week after talking to the foundry.")
def _():
    sup = ("OBSMAZH", "ТОВ «Обсмаж»", "sales@obsmazh.example", "uk-UA")
    po = PO("4500031440", sup, "EUR", "2026-11-05", [
        ("OB-BAR-12", "Roaster drum 12 kg, stainless 2 mm", 3, "EA", "2950.00", "2026-12-17"),
        ("OB-LOP-12", "Paddle set for 12 kg drum", 3, "SET", "420.00", "2026-12-17"),
    ], buyer="ap")
    txt = ("Добрий день, пані Патель!\n\nДякуємо за замовлення 4500031440. Ціни та терміни поставки ми підтвердимо наступного тижня, "
           "після узгодження з ливарним цехом (барабани 12 кг виготовляються під замовлення).\n\n"
           "З повагою,\nОлена Коваленко\nменеджер з експорту\nТОВ «Обсмаж», вул. Заводська 18, Дніпро\nтел. +380 56 555 2741\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "en", "Thursday, November 5, 2026 10:12 AM"))
    h = headers(po, ("Олена Коваленко", "o.kovalenko@obsmazh.example"), "RE: " + subj(po, ""), "2026-11-13 12:12:12", "+0200",
                "<002d01dd7511$9a7b5c40$cf7214c0$@obsmazh.example>", cs="windows-1251", enc="B")
    body = mime.text(txt, cs="windows-1251", cte="base64")
    return [po], mime.message(h, body), exp("needs_review", "'Will confirm next week' - no quantity, price or date is committed.")


@case("asphalt-per-tonne-shipment", "confirmation/ru-RU",
      "Prices are per tonne (2 950 USD/т) against a per-kg PO, quantities in tonnes, and only a shipment date ('отгрузка') is given.")
def _():
    sup = ("DORMOD", "ООО \"ДорМодификатор\"", "export@dormod.example", "ru-RU")
    po = PO("4500031452", sup, "USD", "2026-11-04", [
        ("DM-SBS-25", "SBS bitumen modifier, 25 kg bag", 5000, "KG", "2.90", "2026-12-14"),
        ("DM-ADH-1.5", "Adhesion promoter 1.5 %, 200 kg drum", 1000, "KG", "3.60", "2026-12-14"),
    ], buyer="jl")
    txt = ("Добрый день, Йонас!\n\nПодтверждаем заказ N 4500031452:\n\n"
           "Поз. 1 - модификатор СБС: 5 т, цена 2 950 USD за тонну, отгрузка 07.12.2026.\n"
           "Поз. 2 - адгезионная присадка: 1 т, цена 3 600 USD/т, отгрузка 07.12.2026.\n\n"
           "Срок доставки до Роттердама зависит от перевозчика.\n\n"
           "С уважением,\nАндрей Смирнов\nотдел ВЭД\nООО \"ДорМодификатор\", г. Казань, ул. Техническая 30\nтел. +7 843 555-17-40\n\n"
           "-----Original Message-----\n" + outlook_quote(po, "en", "Wednesday, November 4, 2026 11:12 AM"))
    h = headers(po, ("Андрей Смирнов", "a.smirnov@dormod.example"), "RE: " + subj(po, ""), "2026-11-12 09:15:00", "+0300",
                "<000c01dd73e1$5a2b4c30$0e81e490$@dormod.example>", cs="koi8-r", enc="B")
    body = mime.text(txt, cs="koi8-r", cte="8bit")
    return [po], mime.message(h, body), exp("confirmation", "5 t = 5000 kg and 1 t = 1000 kg; 2 950 USD/t = 2.95 USD/kg (changed), 3 600 USD/t = 3.60 (unchanged); only a ship date 07.12.2026 is given, so it is the date.",
                                          conf(po, {1: C(5000, "2.95", "2026-12-07"), 2: C(1000, "3.60", "2026-12-07")}))


@case("dental-burs-ooo-hebrew", "auto_reply/he-IL",
      "A Hebrew out-of-office with a return date and a mobile number, mixed with English; no order content.")
def _():
    sup = ("MAKDEACH", "Makdeach Dental Ltd.", "orders@makdeach.example", "he-IL")
    po = PO("4500031468", sup, "USD", "2026-11-09", [
        ("MD-FG-801-016", "Diamond bur FG 801/016, pack of 5", 200, "BOX", "9.80", "2026-12-11"),
        ("MD-RA-1/4", "Carbide bur RA 1/4, pack of 10", 100, "BOX", "14.20", "2026-12-11"),
    ], buyer="ap")
    txt = ("שלום,\n\nתודה על פנייתך. אני מחוץ למשרד עד יום ראשון, 15.11.2026, עם גישה מוגבלת לדואר אלקטרוני.\n"
           "בעניינים דחופים ניתן לפנות למחלקת הזמנות בטלפון 03-5551234.\n\n"
           "I am out of the office until Sunday 15.11.2026. For urgent matters please call +972 3 555 1234.\n\n"
           "בברכה,\nנועה לוי\nMakdeach Dental Ltd.\n")
    h = [("From", mime.addr("נועה לוי", "noa.levi@makdeach.example", "windows-1255", "B")),
         ("To", mime.addr("Aisha Patel", "aisha.patel@meridian-supply.example")),
         ("Subject", mime.ew("תשובה אוטומטית: " + req_subject(po), "windows-1255", "B")),
         ("Date", mime.date("2026-11-09 10:12:58", "+0200")),
         ("Message-ID", "<f1b0c9e8d7a64a3b9c2d1e0f@TLVP264MB0211.ISRP264.PROD.OUTLOOK.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "noa.levi@makdeach.example"),
         ("X-Auto-Response-Suppress", "All"), ("Content-Language", "he-IL")]
    body = mime.text(txt, cs="windows-1255", cte="base64")
    return [po], mime.message(h, body), exp("auto_reply", "Hebrew out-of-office (Outlook automatic reply) with a return date; nothing about the order.")


@case("camel-saddles-arabic-html", "confirmation/ar-AE",
      "An HTML-only right-to-left Arabic reply with an embedded table; one line gets a higher price in AED while the date stays 10/12/2026.")
def _():
    sup = ("ALSARJ", "Al Sarj Saddlery LLC", "sales@alsarj-saddlery.example", "ar-AE")
    po = PO("4500031475", sup, "AED", "2026-11-05", [
        ("AS-RACE-12", "Racing camel saddle, 12 in. tree, leather", 20, "EA", "1450.00", "2026-12-10"),
        ("AS-BLK-4/3", "Saddle blanket 4/3 wool, 2027 pattern", 40, "EA", "210.00", "2026-12-10"),
    ], buyer="ap")
    htm = ("<html dir=\"rtl\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Tahoma\">"
           "<p>السيدة عائشة باتيل المحترمة،</p><p>تحية طيبة وبعد،</p>"
           "<p>نؤكد لكم أمر الشراء رقم 4500031475 كما يلي:</p>"
           "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
           "<tr><th>البند</th><th>الصنف</th><th>الكمية</th><th>سعر الوحدة (درهم)</th><th>تاريخ التسليم</th></tr>"
           "<tr><td>1</td><td>AS-RACE-12 سرج سباق</td><td>20</td><td>1,450.00</td><td>10/12/2026</td></tr>"
           "<tr><td>2</td><td>AS-BLK-4/3 بطانية صوف</td><td>40</td><td>225.00</td><td>10/12/2026</td></tr></table>"
           "<p>ملاحظة: سعر البند 2 ارتفع إلى 225.00 درهم بسبب ارتفاع تكلفة الصوف.</p>"
           "<p>Note: item 2 price revised to AED 225.00 per blanket.</p>"
           "<p>مع خالص التحية،<br>خالد المنصوري<br>Al Sarj Saddlery LLC<br>Al Quoz Industrial 3, Dubai, UAE<br>+971 4 555 3210</p>"
           "<hr><div dir=\"ltr\"><b>From:</b> Aisha Patel &lt;aisha.patel@meridian-supply.example&gt;<br><b>Sent:</b> Thursday, November 5, 2026 12:12 PM<br>"
           "<b>Subject:</b> Purchase order 4500031475 - request for order acknowledgement<br><br>" + req_html(po) + "</div></body></html>")
    h = headers(po, ("خالد المنصوري", "khaled@alsarj-saddlery.example"), "RE: " + subj(po, ""), "2026-11-14 10:20:45", "+0400",
                "<DXBP281MB0623C1D2E3F4A5B6C7@DXBP281MB0623.UAEP281.PROD.OUTLOOK.example>")
    body = mime.html(htm, cs="utf-8", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "HTML-only RTL table: line 1 as ordered; line 2 price 225.00 AED instead of 210.00; date 10/12/2026 (day-first) = requested.",
                                          conf(po, {1: "A", 2: C(40, "225.00", "2026-12-10")}))
