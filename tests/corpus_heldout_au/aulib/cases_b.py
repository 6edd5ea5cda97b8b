"""Cases 019-036."""
from __future__ import annotations

from decimal import Decimal as D

from . import mime, pdf, xlsx
from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 019
@case("greenhouse-film-romanian-without-diacritics", "confirmation/ro-RO",
      "Romanian written without diacritics; line 2 reduced to 20 of 30 rolls with the rest cancelled, line 3 "
      "delivered a week earlier than asked.")
def c019():
    s = sup("AGROFOLRO", "Agrofolie Prod SRL", "comenzi@agrofolie.example", "ro-RO")
    po = PO("4500031468", s, "green", "EUR", "2026-11-12", [
        L(1, "FOL-180-10x50", "Greenhouse film 180 micron, 10 x 50 m, UV 36 months", 25, "ROL", "265.00", "2027-01-29"),
        L(2, "FOL-120-6x100", "Black mulch film 120 micron, 6 x 100 m", 30, "ROL", "148.00", "2027-01-29"),
        L(3, "CLIPS-25", "Film fixing clips 25 mm, set of 100", 50, "SET", "12.40", "2027-01-29"),
    ])
    reply = """Buna ziua domnule de Graaf,

Va multumim pentru comanda 4500031468. Va confirmam urmatoarele:

- pozitia 1: folie sera 180 mic 10x50 m - 25 role la 265,00 EUR/rola, livrare 29.01.2027
- pozitia 2: folie mulcire neagra 6x100 m - putem livra doar 20 role din 30, restul de 10 role nu le mai putem livra (produsul a fost scos din fabricatie); pret 148,00 EUR/rola, livrare 29.01.2027
- pozitia 3: clipsuri 25 mm - 50 seturi la 12,40 EUR/set, livrare 22.01.2027

Transportul este inclus in pret (DAP Honselersdijk).

Cu stima,
Ionut Popescu
Departament Vanzari
Agrofolie Prod SRL
Str. Fabricii nr. 7, 550234 Sibiu
Tel: +40 269 210 455"""
    attr = "În joi, 12 nov. 2026 la 10:02, Wouter de Graaf <w.degraaf@kasgroen-supplies.example> a scris:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "0000000000004be8a105f2d39e71")
    hdr = reply_headers(mime.addr("Ionut Popescu", "ionut.popescu@agrofolie.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 17, 15, 31, 4, "+0200"), mid_gmail("c019"), po)
    exp = conf([(po, {1: acc(po, 1), 2: chg(20, "148.00", "2027-01-29"), 3: chg(50, "12.40", "2027-01-22")})],
               "Romanian without diacritics; line 2 only 20 of 30 rolls (the other 10 explicitly not delivered); "
               "line 3 earlier than requested (22.01.2027).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 020
@case("beekeeping-bulgarian-cyrillic-eur", "confirmation/bg-BG",
      "Bulgarian in windows-1251 (base64) with 'бр.' units and 'г.' after dates; one price increase with an "
      "earlier date on the jar line.")
def c020():
    s = sup("PCHELBAL", "Pchelarski Tsentar Balkan EOOD", "poruchki@pchelar-balkan.example", "bg-BG")
    po = PO("4500031477", s, "bee", "EUR", "2026-11-10", [
        L(1, "KOSH-DB10", "Dadant-Blatt hive body 10 frames, pine, 2027 batch", 40, "EA", "48.00", "2027-02-26"),
        L(2, "HONEY-EXT-4", "Honey extractor 4-frame manual, stainless 0.8 mm", 10, "EA", "189.00", "2027-02-26"),
        L(3, "JAR-370-TO", "Honey jar 370 ml, twist-off 70 mm lid", 4800, "PCS", "0.28", "2027-02-26"),
    ])
    reply = """Здравейте г-жо Тисълууд,

Благодарим Ви за поръчка № 4500031477. Потвърждаваме я, както следва:

1. Кошер Дадан-Блат 10 рамки - 40 бр. по 48,00 EUR, доставка до 26.02.2027 г.
2. Медоизвадка 4 рамки, ръчна - 10 бр. по 189,00 EUR, доставка до 26.02.2027 г.
3. Буркан 370 мл с капачка 70 мм - 4800 бр. по 0,31 EUR (цената на стъклото се повиши от 01.11.2026 г.), доставка до 12.02.2027 г.

Цените са без ДДС, франко склад Херефорд.

Поздрави,
Георги Иванов
Търговски отдел
Пчеларски център Балкан ЕООД
гр. Пловдив 4003, бул. "Марица" 122
тел. +359 32 640 118"""
    text, html = outlook_reply(reply, po, "bg", "вторник, 10 ноември 2026 г. 12:04", charset="windows-1251")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1251", "base64"),
                                          mime.text(html, "html", "windows-1251", "base64")], ob("c020", 0))
    hdr = reply_headers(mime.addr("Георги Иванов", "g.ivanov@pchelar-balkan.example", "windows-1251"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 19, 9, 41, 52, "+0200"), mid_outlook("c020"), po,
                        extra=ol("c020", "bg-BG", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(4800, "0.31", "2027-02-12")})],
               "Cyrillic windows-1251 in base64; line 3 price 0,31 (was 0.28) and earlier delivery 12.02.2027; "
               "'01.11.2026' is the glass price-increase date.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 021
@case("tent-pegs-gmail-address-not-found", "bounce/hr-HR",
      "Gmail 'Address not found' DSN from mailer-daemon@googlemail.com with the original request (PO table, "
      "need-by dates) attached.")
def c021():
    s = sup("SATOROPR", "Šator Oprema d.o.o.", "narudzbe@sator-oprema.example", "hr-HR")
    po = PO("4500031489", s, "tent", "EUR", "2026-11-13", [
        L(1, "PEG-AL-Y-18", "Tent peg aluminium Y-profile 18 cm, 7075-T6", 5000, "PCS", "0.38", "2027-02-12"),
        L(2, "PEG-ST-30x8", "Steel rock peg 30 cm x 8 mm, galvanised", 2000, "PCS", "0.55", "2027-02-12"),
        L(3, "PEG-BAG-20", "Peg bag nylon 20x8 cm", 500, "EA", "0.90", "2027-02-12"),
    ])
    b = buyer(po)
    orig_txt, orig_html = req_text(po), req_html(po)
    orig = mime.message(
        [("MIME-Version", "1.0"), ("From", mime.addr(b.name, b.email)), ("Date", mime.date(2026, 11, 13, 17, 2, 44, "+0100")),
         ("Message-ID", po["request_message_id"]), ("Subject", req_subject(po)), ("To", s["email"])],
        mime.multipart("alternative", [mime.text(orig_txt, quote_cs=False, charset="UTF-8"),
                                       mime.text(orig_html, "html", quote_cs=False, charset="UTF-8")],
                       "000000000000e1a47f05f2d8c6b2"), mime_version=False)
    diag = ("550 5.1.1 <narudzbe@sator-oprema.example>: Recipient address rejected: User unknown in local "
            "recipient table")
    txt = f"""
** Address not found **

Your message wasn't delivered to narudzbe@sator-oprema.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
{diag}
"""
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif\">"
            "<h2 style=\"font-size:24px;color:#d93025\">Address not found</h2>"
            "<p>Your message wasn't delivered to <b>narudzbe@sator-oprema.example</b> because the address couldn't "
            "be found, or is unable to receive mail.</p>"
            "<p><a href=\"https://support.google.com/mail/?p=NoSuchUser\">LEARN MORE</a></p>"
            f"<p>The response from the remote server was:</p><p style=\"font-family:monospace\">{esc(diag)}</p>"
            "</div></body></html>")
    dsn = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Nov 2026 08:02:44 -0800 (PST)
X-Original-Message-ID: {po["request_message_id"]}

Final-Recipient: rfc822; narudzbe@sator-oprema.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.sator-oprema.example. (198.51.100.88, the server for the
 domain sator-oprema.example.)
Diagnostic-Code: smtp; 550 5.1.1 <narudzbe@sator-oprema.example>: Recipient
 address rejected: User unknown in local recipient table
Last-Attempt-Date: Fri, 13 Nov 2026 08:02:51 -0800 (PST)
"""
    body = mime.multipart("report", [
        mime.multipart("related", [mime.multipart("alternative", [
            mime.text(txt, quote_cs=False, charset="UTF-8"), mime.text(html, "html", quote_cs=False, charset="UTF-8")],
            "000000000000a91c2705f2d8c6f1")], "000000000000a8e8d805f2d8c6e0"),
        mime.raw_part("message/delivery-status", dsn),
        mime.rfc822(orig)], "000000000000a8b6c205f2d8c6d9", params="; report-type=delivery-status")
    hdr = [("Delivered-To", b.email), ("Return-Path", "<>"),
           ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", b.email),
           ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
           ("References", po["request_message_id"]), ("In-Reply-To", po["request_message_id"]),
           ("X-Failed-Recipients", "narudzbe@sator-oprema.example"),
           ("Message-ID", "<6554f0c3.050a0220.3c2d1.8a4eGMR@mx.google.com>"),
           ("Date", mime.date(2026, 11, 13, 8, 2, 51, "-0800"))]
    return Case([po], mime.message(hdr, body),
                other("bounce", "Gmail 'Address not found' delivery failure; the attached original request shows the "
                                "PO lines and dates but nobody at the supplier has read it."))


# --------------------------------------------------------------------------- 022
@case("horse-feed-price-per-kg-against-tonnes", "confirmation/sl-SI",
      "PO in tonnes but price given per kg (0,398 EUR/kg = 398.00/T); bran confirmed in kg and bags with a per-"
      "tonne price that is unchanged, but a later date; a semicolon CSV with decimal commas repeats the values.")
def c022():
    s = sup("KRMSAV", "Krmila Savinja d.o.o.", "prodaja@krmila-savinja.example", "sl-SI")
    po = PO("4500031502", s, "horse", "EUR", "2026-11-12", [
        L(1, "LUC-PEL-6", "Luzernepellets 6 mm, BigBag 1 t", 12, "T", "385.00", "2026-12-11"),
        L(2, "HEU-BAL-350", "Heu Quaderballen 350 kg, 2. Schnitt 2026", 40, "EA", "62.00", "2026-12-11"),
        L(3, "KLEIE-20", "Weizenkleie 20 kg Sack", 3000, "KG", "0.29", "2026-12-11"),
    ])
    reply = """Pozdravljeni g. Brenner,

hvala za naročilo 4500031502. Potrjujemo:

1. Lucerna peleti 6 mm, BigBag 1 t - 12 t, cena 0,398 EUR/kg (nova letina), dobava 11. 12. 2026
2. Seno v kockah 350 kg - 40 kock po 62,00 EUR, dobava 11. 12. 2026
3. Pšenični otrobi - 3.000 kg (150 vreč po 20 kg) po 290,00 EUR/t, dobava 18. 12. 2026

Cene so franko Burgwedel, brez DDV. V prilogi je potrditev še v obliki CSV.

Lep pozdrav,

Mojca Kranjc
Prodaja
Krmila Savinja d.o.o.
Latkova vas 81, 3312 Prebold, Slovenija
T: +386 3 703 44 20"""
    assert D("0.398") * 1000 == D("398.000") and D("290.00") / 1000 == D("0.29") and 150 * 20 == 3000
    text, html = outlook_reply(reply, po, "sl", "četrtek, 12. november 2026 09:51", charset="windows-1250",
                               req_lang="de")
    b = buyer(po)
    csv = ("Pozicija;Vaša poz.;Šifra;Naziv;Količina;EM;Cena EUR;Enota cene;Dobava\r\n"
           "10;1;LUC-PEL-6;Lucerna peleti 6 mm BigBag;12;t;0,398;kg;11.12.2026\r\n"
           "20;2;HEU-BAL-350;Seno kocke 350 kg;40;kos;62,00;kos;11.12.2026\r\n"
           "30;3;KLEIE-20;Pšenični otrobi 20 kg;3000;kg;290,00;t;18.12.2026\r\n")
    alt = mime.multipart("alternative", [mime.text(text, "plain", "windows-1250"),
                                         mime.text(html, "html", "windows-1250")], ob("c022", 0))
    body = mime.multipart("mixed", [alt, mime.attachment(csv.encode("windows-1250"),
                                                         "text/csv; charset=windows-1250",
                                                         "potrditev_4500031502.csv")], ob("c022", 4))
    hdr = reply_headers(mime.addr("Mojca Kranjc", "mojca.kranjc@krmila-savinja.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po, "de"), mime.date(2026, 11, 18, 8, 12, 45, "+0100"),
                        mid_outlook("c022"), po, extra=ol("c022", "sl-SI", req_subject(po, "de"), True), cs="windows-1250")
    exp = conf([(po, {1: chg(12, "398.00", "2026-12-11"), 2: acc(po, 2), 3: chg(3000, "0.29", "2026-12-18")})],
               "Line 1 price per kg against a per-tonne PO: 0,398 EUR/kg = 398.00 EUR/T (changed); line 3 290,00 "
               "EUR/t = 0.29 EUR/KG (unchanged) but delivery 18.12.2026.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 023
@case("industrial-scales-one-line-pending", "confirmation/sr-RS",
      "Serbian Latin list that skips line 3 in the numbered answers and defers it ('javićemo Vam se naknadno'); "
      "line 4 has a later date.")
def c023():
    s = sup("VAGENS", "Vage Industrija Novi Sad d.o.o.", "prodaja@vage-ns.example", "sr-RS")
    po = PO("4500031515", s, "scale", "USD", "2026-11-13", [
        L(1, "PLAT-1515-3T", "Platform scale 1500x1500 mm, 3 t, stainless load cells", 6, "EA", "1180.00", "2027-01-15"),
        L(2, "IND-LCD-24V", "Weighing indicator LCD, 24V DC, IP67", 10, "EA", "145.00", "2027-01-15"),
        L(3, "LC-SB-500", "S-beam load cell 500 kg, C3", 40, "EA", "58.00", "2027-01-15"),
        L(4, "RAMP-1500", "Access ramp 1500 mm for platform scale", 6, "EA", "210.00", "2027-01-15"),
    ])
    reply = """Poštovana gospođo Raman,

zahvaljujemo na porudžbini 4500031515. Potvrđujemo:

1. Platformska vaga 1500x1500 mm, 3 t - 6 kom, 1.180,00 USD/kom, isporuka 15.01.2027.
2. Indikator LCD 24V - 10 kom, 145,00 USD/kom, isporuka 15.01.2027.
4. Rampa 1500 mm - 6 kom, 210,00 USD/kom, isporuka 29.01.2027.

Za merne ćelije (poz. 3) javićemo Vam se naknadno, čekamo potvrdu od proizvođača.

Srdačan pozdrav,

Dragan Jovanović
Komercijala
Vage Industrija Novi Sad d.o.o.
Futoški put 93, 21000 Novi Sad, Srbija
tel. +381 21 480 2290"""
    attr = "Dana 13.11.2026. u 16:20, Priya Raman je napisao/la:"
    text = gt_reply(reply, po, attr)
    b = buyer(po)
    part = mime.text(text, "plain", "windows-1250", quote_cs=False)
    hdr = reply_headers(mime.addr("Dragan Jovanović", "d.jovanovic@vage-ns.example", "windows-1250"),
                        mime.addr(b.name, b.email), "Re: " + req_subject(po),
                        mime.date(2026, 11, 20, 11, 3, 19, "+0100"), mid_tb("c023", "vage-ns.example"), po,
                        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sr-Latn-RS")])
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC, 4: chg(6, "210.00", "2027-01-29")})],
               "Line 3 is deferred without commitment (unconfirmed); numbered answers jump from 2 to 4; line 4 moved "
               "to 29.01.2027; '1.180,00' uses a dot as thousands separator.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 024
@case("mooring-ropes-greek-vague-mid-december", "needs_review/el-GR",
      "Greek reply: ropes 'ready around mid-December, hopefully', depending on raw material, exact date to follow.")
def c024():
    s = sup("PIRROPES", "Piraeus Nautical Ropes S.A.", "orders@piraeus-ropes.example", "el-GR")
    po = PO("4500031524", s, "rope", "EUR", "2026-11-13", [
        L(1, "MR-PP-24-220", "Mooring rope polypropylene 3-strand 24 mm, coil 220 m", 10, "ROL", "312.00", "2026-12-15"),
        L(2, "MR-PA-16-100", "Mooring line nylon double braid 16 mm x 100 m", 20, "ROL", "248.00", "2026-12-15"),
    ])
    reply = """Αγαπητή κα Aas,

Ευχαριστούμε για την παραγγελία 4500031524.

Τα σχοινιά θα είναι έτοιμα περίπου στα μέσα Δεκεμβρίου, ελπίζουμε. Εξαρτάται από την παράδοση της πρώτης ύλης (πολυπροπυλένιο) από τον προμηθευτή μας. Θα σας ενημερώσουμε για την ακριβή ημερομηνία και την τελική τιμή μόλις έχουμε νέα.

Με εκτίμηση,

Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Piraeus Nautical Ropes S.A.
Ακτή Μιαούλη 41, 185 36 Πειραιάς
Τηλ. +30 210 452 3310"""
    text, html = outlook_reply(reply, po, "el", "Παρασκευή, 13 Νοεμβρίου 2026 11:20 πμ", charset="iso-8859-7")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-7"),
                                          mime.text(html, "html", "iso-8859-7")], ob("c024", 0))
    hdr = reply_headers(mime.addr("Νίκος Παπαδόπουλος", "n.papadopoulos@piraeus-ropes.example", "iso-8859-7"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 18, 12, 44, 7, "+0200"), mid_outlook("c024"), po,
                        extra=ol("c024", "el-GR", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "Vague, conditional timing ('around mid-December, we hope', depends on raw "
                                      "material) and the exact date and final price are still to come: no "
                                      "commitment."))


# --------------------------------------------------------------------------- 025
@case("carwash-chemicals-turkish-adet-tl", "confirmation/tr-TR",
      "Turkish with 'adet' and 'TL' (PO in TRY), '1.450,00' thousands dots, a raw-material price rise and a split "
      "delivery 150 + 50 adet.")
def c025():
    s = sup("PARLAKKIM", "Parlak Kimya San. ve Tic. A.Ş.", "siparis@parlakkimya.example", "tr-TR")
    po = PO("4500031533", s, "carwash", "TRY", "2026-11-12", [
        L(1, "KP-SAMP-20", "Oto köpük şampuan 20 L bidon, pH 8,5", 80, "EA", "1450.00", "2026-12-18"),
        L(2, "JANT-TEM-5", "Jant temizleyici 5 L, asidik", 120, "EA", "385.00", "2026-12-18"),
        L(3, "CILA-NANO-1", "Nano cila 1 L, 2027 formülü", 200, "EA", "240.00", "2026-12-18"),
    ])
    reply = """Sayın Marco Bellandi,

4500031533 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. Köpük şampuan 20 L - 80 adet x 1.450,00 TL, teslim 18.12.2026
2. Jant temizleyici 5 L - 120 adet x 410,00 TL (hammadde zammı nedeniyle), teslim 18.12.2026
3. Nano cila 1 L - 150 adet x 240,00 TL, teslim 18.12.2026; kalan 50 adet 15.01.2027 tarihinde teslim edilecektir.

Fiyatlarımıza KDV dahil değildir. Ödeme vadesi 30 gündür.

Saygılarımızla,

Burak Yıldız
Dış Ticaret Sorumlusu
Parlak Kimya San. ve Tic. A.Ş.
Gebze Organize Sanayi Bölgesi, 1600. Sokak No: 12, 41400 Gebze / Kocaeli
Tel: +90 262 751 30 44"""
    text, html = outlook_reply(reply, po, "tr", "12 Kasım 2026 Perşembe 14:33", charset="windows-1254")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1254"),
                                          mime.text(html, "html", "windows-1254")], ob("c025", 0))
    hdr = reply_headers(mime.addr("Burak Yıldız", "burak.yildiz@parlakkimya.example", "windows-1254"),
                        mime.addr(b.name, b.email), "YNT: " + req_subject(po),
                        mime.date(2026, 11, 17, 10, 26, 58, "+0300"), mid_outlook("c025"), po,
                        extra=ol("c025", "tr-TR", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(120, "410.00", "2026-12-18"),
                      3: chg(200, "240.00", "2027-01-15", [(150, "2026-12-18"), (50, "2027-01-15")])})],
               "Turkish 'adet'/'TL' (= TRY) with dot thousands separators; line 2 new price 410,00; line 3 split "
               "150 on 18.12.2026 and the remaining 50 on 15.01.2027.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 026
@case("fishing-rods-new-price-only-in-offer", "needs_review/sv-SE",
      "Quantities and dates are 'OK' but the fly-rod price cannot be held, 'new price per our offer' (not "
      "attached); the only price in the mail is ours in the quote, and they ask for approval first.")
def c026():
    s = sup("NORDFISKE", "Nordfiske Spö AB", "order@nordfiske.example", "sv-SE")
    po = PO("4500031541", s, "fish", "SEK", "2026-11-13", [
        L(1, "ROD-SPIN-270", "Spinnspö 2,70 m, 10-40 g, 2-del, kolfiber", 40, "EA", "689.00", "2027-01-29"),
        L(2, "ROD-FLY-9-5", "Flugspö 9' #5, 4-del", 20, "EA", "1450.00", "2027-01-29"),
        L(3, "ROD-ICE-60", "Pimpelspö 60 cm, 2027 års modell", 100, "EA", "119.00", "2027-01-29"),
    ])
    reply = """Hej Henrik,

Antalen och leveransdatumet går bra. Priset på flugspöna kan vi däremot inte hålla, nytt pris enligt vår offert. Hör av dig om det är OK så bekräftar vi hela ordern.

Mvh
Malin Ek
Nordfiske Spö AB
Verkstadsgatan 4, 931 36 Skellefteå
Tel 0910-71 22 80"""
    text, html = outlook_reply(reply, po, "sv", "den 13 november 2026 14:02", charset="iso-8859-1")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-1"),
                                          mime.text(html, "html", "iso-8859-1")], ob("c026", 0))
    hdr = reply_headers(mime.addr("Malin Ek", "malin.ek@nordfiske.example"), mime.addr(b.name, b.email),
                        "SV: " + req_subject(po), mime.date(2026, 11, 19, 8, 7, 41, "+0100"), mid_outlook("c026"), po,
                        extra=ol("c026", "sv-SE", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "The new fly-rod price is referred to an offer that is not in the mail (the "
                                      "only price is ours, in the quote) and the supplier will confirm the order "
                                      "only after our approval."))


# --------------------------------------------------------------------------- 027
@case("salon-chairs-half-now-half-in-january", "needs_review/da-DK",
      "iPhone reply: chairs 'half now and half in January' with no dates, wash units 'I'll get back to you'.")
def c027():
    s = sup("FRISGROS", "Frisørgrossisten ApS", "ordre@frisoergrossisten.example", "da-DK")
    po = PO("4500031556", s, "salon", "DKK", "2026-11-16", [
        L(1, "CHAIR-HYD-BLK", "Hydraulic styling chair, black, 2027 model", 12, "EA", "2950.00", "2026-12-18"),
        L(2, "WASH-UNIT-2", "Backwash unit with ceramic basin, 2-part", 4, "EA", "7400.00", "2026-12-18"),
    ])
    b = buyer(po)
    reply = """Hej Nadia

Tak for ordren. Stolene kan vi levere halvdelen nu og halvdelen i januar. Vaskeunits er på vej fra fabrikken, dem vender jeg tilbage om.

Vh
Mette

Sendt fra min iPhone"""
    attr = f"> Den 16. nov. 2026 kl. 10.14 skrev {b.name} <{b.email}>:\n>"
    text = reply + "\n\n" + attr + "\n" + quote(req_text(po)) + "\n"
    part = mime.text(text, "plain", "utf-8", quote_cs=False)
    hdr = reply_headers(mime.addr("Mette Kjær", "mette@frisoergrossisten.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 20, 17, 52, 30, "+0100"),
                        mid_apple("c027", "frisoergrossisten.example"), po,
                        extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return Case([po], mime.message(hdr, part),
                other("needs_review", "'Halvdelen nu og halvdelen i januar' gives no dates for the split and the wash "
                                      "units are left open: nothing a buyer could record as committed."))


# --------------------------------------------------------------------------- 028
@case("mooring-ropes-shared-inbox-receipt", "auto_reply/nb-NO",
      "Norwegian automatic receipt from the shared order inbox ('Mottatt'), with opening hours and Christmas "
      "closure dates.")
def c028():
    s = sup("FORTTAU", "Fortøyningstau Norge AS", "ordre@fortoyningstau.example", "nb-NO")
    po = PO("4500031563", s, "rope", "NOK", "2026-11-16", [
        L(1, "FT-PES-20-15", "Mooring line polyester 20 mm x 15 m, with thimble", 60, "EA", "489.00", "2026-12-11"),
        L(2, "FT-FEND-10-2", "Fender line 10 mm x 2 m", 200, "EA", "59.00", "2026-12-11"),
    ])
    b = buyer(po)
    txt = """Takk for din e-post til ordre@fortoyningstau.example.

Dette er en automatisk bekreftelse på at vi har mottatt henvendelsen din. Vi behandler ordre og forespørsler innen 2 virkedager. Ordrebekreftelse sendes separat fra vårt ordresystem.

Åpningstider ordrekontoret: mandag-fredag 08.00-16.00.
Kontoret er stengt fra 23.12. til og med 01.01.

Med vennlig hilsen
Fortøyningstau Norge AS
Sjøgata 18, 6004 Ålesund
Tlf. +47 70 12 44 80"""
    html = "<html><body style=\"font-family:Arial\">" + text_to_html(txt) + "</body></html>"
    body = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8"), mime.text(html, "html", "utf-8")],
                          "----=_Part_118734_2011947322.1794834410233")
    hdr = reply_headers(mime.addr("Fortøyningstau Norge - Ordre", "ordre@fortoyningstau.example"),
                        mime.addr(b.name, b.email), "Mottatt: " + req_subject(po),
                        mime.date(2026, 11, 16, 10, 26, 50, "+0100"), "<autoreply.118734.1794834410@fortoyningstau.example>",
                        po, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                   ("Precedence", "auto_reply")])
    return Case([po], mime.message(hdr, body),
                other("auto_reply", "Automatic receipt from a shared order mailbox; the closure dates 23.12.-01.01. "
                                    "and '2 virkedager' are not an order answer."))


# --------------------------------------------------------------------------- 029
@case("scaffold-nets-finnish-confirm-next-week", "needs_review/fi-FI",
      "Finnish with an English aside: prices and dates will be confirmed next week, 'viimeistään perjantaina "
      "27.11.' - a date that is not a delivery date.")
def c029():
    s = sup("RAKVERK", "Rakennusverkko Oy", "myynti@rakennusverkko.example", "fi-FI")
    po = PO("4500031578", s, "scaff", "EUR", "2026-11-17", [
        L(1, "RV-DEB-2.5x50", "Scaffold debris net 2.5 x 50 m, white, flame retardant DIN 4102-B1", 100, "ROL",
          "74.00", "2027-01-22"),
        L(2, "RV-SHEET-2x50", "Scaffold sheeting 2 x 50 m, 200 g/m2, clear", 40, "ROL", "96.00", "2027-01-22"),
    ])
    reply = """Hei Lukas,

Kiitos tilauksesta 4500031578. Tarkistamme raaka-ainetilanteen tehtaalta ja vahvistamme toimituspäivät ja hinnat ensi viikolla, viimeistään perjantaina 27.11.

(In short: we will confirm delivery dates and prices next week.)

Ystävällisin terveisin

Jussi Heikkinen
Myyntipäällikkö
Rakennusverkko Oy
Teollisuustie 9, 33330 Tampere
puh. +358 40 718 2290"""
    text, html = outlook_reply(reply, po, "fi", "17. marraskuuta 2026 13.40", charset="iso-8859-15")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "iso-8859-15"),
                                          mime.text(html, "html", "iso-8859-15")], ob("c029", 0))
    hdr = reply_headers(mime.addr("Jussi Heikkinen", "jussi.heikkinen@rakennusverkko.example"),
                        mime.addr(b.name, b.email), "VS: " + req_subject(po),
                        mime.date(2026, 11, 19, 15, 2, 10, "+0200"), mid_outlook("c029"), po,
                        extra=ol("c029", "fi-FI", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "A holding reply: dates and prices to be confirmed next week; 27.11. is the "
                                      "deadline for their answer, not a delivery date."))


# --------------------------------------------------------------------------- 030
@case("tent-pegs-estonian-2-percent-skonto", "confirmation/et-EE",
      "Full acceptance in Estonian with a '2% soodustust' early-payment discount that is not a price change.")
def c030():
    s = sup("TELGITEH", "Telgitehas OÜ", "muuk@telgitehas.example", "et-EE")
    po = PO("4500031590", s, "tent", "EUR", "2026-11-17", [
        L(1, "PEG-V-AL-16", "Tent peg V-profile aluminium 16 cm", 8000, "PCS", "0.29", "2027-01-15"),
        L(2, "PEG-TI-16", "Titanium shepherd hook peg 16 cm, 3.5 mm", 1500, "PCS", "1.45", "2027-01-15"),
        L(3, "MALLET-RUB-450", "Rubber mallet 450 g, fibreglass handle", 300, "EA", "4.80", "2027-01-15"),
    ])
    b = buyer(po)
    reply = """Tere, Emma!

Täname tellimuse 4500031590 eest. Kinnitame tellimuse täies mahus: kogused, hinnad ja tarneaeg 15.01.2027 vastavalt tellimusele.

Maksetingimused: 30 päeva netto; tasumisel 10 päeva jooksul arve kuupäevast 2% soodustust.

Lugupidamisega
Kadri Tamm
müügijuht
Telgitehas OÜ
Tööstuse 14, 80010 Pärnu, Eesti
tel +372 44 78 210"""
    attr = f"17.11.2026 14:20 kirjutas {b.name}:"
    text = gt_reply(reply, po, attr)
    part = mime.text(text, "plain", "ISO-8859-15", quote_cs=False, extra_ct="; format=flowed")
    hdr = reply_headers(mime.addr("Kadri Tamm", "kadri.tamm@telgitehas.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 23, 9, 15, 33, "+0200"),
                        mid_tb("c030", "telgitehas.example"), po,
                        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "et")])
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})],
               "Accepted in full; the 2 % early-payment discount (within 10 days) is a payment term, not a change of "
               "the unit prices.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 031
@case("boat-fenders-latvian-long-dates-html-only", "confirmation/lv-LV",
      "HTML-only webmail reply in windows-1257 with Latvian dates '2026. gada 18. decembrī' in a table.")
def c031():
    s = sup("JURASAIZ", "Jūras Aizsargi SIA", "pasutijumi@juras-aizsargi.example", "lv-LV")
    po = PO("4500031604", s, "fender", "EUR", "2026-11-17", [
        L(1, "FND-G5-WHT", "Cylindrical fender G5 22x76 cm, white", 60, "EA", "31.50", "2026-12-11"),
        L(2, "FND-F6-BLK", "Fender F6 30x102 cm, black", 30, "EA", "64.00", "2026-12-11"),
        L(3, "FND-COV-G5", "Fender cover G5, double-layer fleece", 60, "EA", "9.80", "2026-12-11"),
    ])
    b = buyer(po)
    rows = [["1", "Fenderis G5 22x76 cm, balts", "60 gab.", "31,50 EUR", "2026. gada 11. decembrī"],
            ["2", "Fenderis F6 30x102 cm, melns", "30 gab.", "64,00 EUR", "2026. gada 18. decembrī"],
            ["3", "Pārvalks G5, divslāņu flīss", "60 gab.", "9,80 EUR", "2026. gada 11. decembrī"]]
    table = html_table(["Poz.", "Prece", "Daudzums", "Cena", "Piegāde"], rows)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1257"></head>
<body><div style="font-family:Tahoma,Verdana,sans-serif;font-size:10pt">
<p>Labdien, Hargreaves kungs!</p>
<p>Paldies par pasūtījumu Nr. 4500031604. Apstiprinām pasūtījumu šādi:</p>
{table}
<p>Cenas norādītas bez PVN, piegāde DAP Hamble.</p>
<p>Ar cieņu,<br>Līga Bērziņa<br>Pārdošanas nodaļa<br>Jūras Aizsargi SIA<br>Rūpniecības iela 32, Liepāja, LV-3401<br>
Tālr. +371 634 28 110</p>
<br><div>-------- Oriģinālā vēstule --------<br>No: {esc(b.name)} &lt;{esc(b.email)}&gt;<br>
Datums: 17.11.2026 15:05<br>Temats: {esc(req_subject(po))}</div>
<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">{req_html(po)}</blockquote>
</div></body></html>"""
    part = mime.text(html, "html", "windows-1257")
    hdr = reply_headers(mime.addr("Līga Bērziņa", "liga.berzina@juras-aizsargi.example", "windows-1257"),
                        mime.addr(b.name, b.email), "Re: " + req_subject(po),
                        mime.date(2026, 11, 24, 11, 47, 6, "+0200"), f"<{hx('c031', 24, False)}@webmail.juras-aizsargi.example>",
                        po, extra=[("X-Mailer", "RoundCube Webmail/1.6.9")])
    exp = conf([(po, {1: acc(po, 1), 2: chg(30, "64.00", "2026-12-18"), 3: acc(po, 3)})],
               "HTML-only table; Latvian long dates ('2026. gada 18. decembrī' = 2026-12-18 for line 2); other lines "
               "as ordered.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 032
@case("beekeeping-po-revision-2-confirmed", "confirmation/lt-LT",
      "Confirms 'Rev. 2' of the PO; our quoted revision note still shows the old quantity (150 KG) next to the "
      "new one (250 KG).")
def c032():
    s = sup("BITPREK", "Bitininkystės prekės UAB", "uzsakymai@bitprekes.example", "lt-LT")
    po = PO("4500031611", s, "bee", "EUR", "2026-11-13", [
        L(1, "FRM-DAD-435", "Dadant frame 435x300 mm, unassembled", 1000, "EA", "0.78", "2027-01-29"),
        L(2, "FDN-DAD-5.3", "Dadant wax foundation 5.3 mm cell", 250, "KG", "14.20", "2027-01-29"),
        L(3, "FEED-TRAY-3L", "Top feeder tray 3 L, plastic", 200, "EA", "3.35", "2027-01-29"),
    ], rid="<ackreq.4500031611.rev2.20261118@hiveharvest.example>")
    subj = "Purchase order 4500031611 Rev. 2 - request for order acknowledgement"
    extra = ("Rev. 2 of 18 Nov 2026: line 2 quantity changed from 150 KG to 250 KG. All other lines unchanged. "
             "This revision replaces Rev. 1 of 13 Nov 2026.")
    reply = """Laba diena,

patvirtiname Jūsų užsakymą Nr. 4500031611, 2 redakcija (Rev. 2): visos eilutės, kiekiai, kainos ir pristatymo datos kaip nurodyta užsakyme. Pristatymas 2027-01-29.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
Bitininkystės prekės UAB
Pramonės g. 16, LT-51329 Kaunas
Tel. +370 37 45 21 90"""
    text, html = outlook_reply(reply, po, "lt", "2026 m. lapkričio 18 d., trečiadienis 09:12", charset="windows-1257",
                               req_extra=extra, subject=subj)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1257"),
                                          mime.text(html, "html", "windows-1257")], ob("c032", 0))
    hdr = reply_headers(mime.addr("Rūta Kazlauskienė", "r.kazlauskiene@bitprekes.example", "windows-1257"),
                        mime.addr(b.name, b.email), "RE: " + subj, mime.date(2026, 11, 20, 10, 55, 14, "+0200"),
                        mid_outlook("c032"), po,
                        refs="<ackreq.4500031611.20261113@hiveharvest.example> " + po["request_message_id"],
                        extra=ol("c032", "lt-LT", subj))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})],
               "Acceptance of PO revision 2: line 2 is 250 KG as in pos.json; the old 150 KG appears only in our "
               "quoted revision note. ISO dates as Lithuanians write them.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 033
@case("vet-syringes-ukrainian-koi8-u", "confirmation/uk-UA",
      "Ukrainian in KOI8-U (8bit) without a quote; a shipment date and a later delivery date are both given, and "
      "needles are priced per box of 12 with a new price.")
def c033():
    s = sup("VETMEDUA", "VetMedPostach LLC", "zamovlennia@vetmedpostach.example", "uk-UA")
    po = PO("4500031629", s, "vet", "EUR", "2026-11-16", [
        L(1, "SYR-AUTO-5", "Automatic vaccinator syringe 5 ml, Luer Lock", 150, "EA", "21.40", "2026-12-18"),
        L(2, "SYR-DR-50", "Drench syringe 50 ml, reusable", 100, "EA", "9.60", "2026-12-18"),
        L(3, "NDL-16G-3/4", 'Veterinary needle 16G x 3/4", reusable, box of 12', 80, "BOX", "6.90", "2026-12-18"),
    ])
    b = buyer(po)
    text = """Шановна пані Раймерс,

дякуємо за замовлення N 4500031629. Підтверджуємо:

1. Шприц-автомат 5 мл Luer Lock - 150 шт., 21,40 EUR/шт., відвантаження 11.12.2026, доставка до 18.12.2026
2. Шприц для випоювання 50 мл - 100 шт., 9,60 EUR/шт., доставка до 18.12.2026
3. Голки 16G x 3/4" - 80 упаковок по 12 шт., ціна 7,20 EUR за упаковку, доставка до 18.12.2026

Рахунок-фактуру надішлемо після відвантаження.

З повагою,
Олена Коваленко
менеджер з експорту
ТОВ "ВетМедПостач"
м. Вінниця, вул. Промислова, 12
тел. +380 43 255 17 40
"""
    part = mime.text(text, "plain", "koi8-u", cte="8bit", quote_cs=False)
    hdr = reply_headers(mime.addr("Олена Коваленко", "o.kovalenko@vetmedpostach.example", "koi8-u"),
                        mime.addr(b.name, b.email), "Re: " + req_subject(po),
                        mime.date(2026, 11, 23, 13, 37, 2, "+0200"),
                        f"<{hx('c033', 8, False)}.20261123133702@vetmedpostach.example>", po,
                        extra=[("X-Mailer", "The Bat! (v10.4.3) Professional"), ("Organization", "VetMedPostach LLC")])
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(80, "7.20", "2026-12-18")})],
               "Line 1: shipment 11.12. and delivery 18.12. - the delivery date wins (= requested); line 3 price per "
               "box of 12 changes to 7,20 (PO unit is BOX).")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 034
@case("tent-pegs-russian-vacation-autoreply", "auto_reply/ru-RU",
      "Russian out-of-office in KOI8-R ('Автоматический ответ') with absence dates 19.11.2026-04.12.2026.")
def c034():
    s = sup("TURSNAB", "TuristSnab LLC", "zakaz@turistsnab.example", "ru-RU")
    po = PO("4500031636", s, "tent", "EUR", "2026-11-19", [
        L(1, "TS-PEG-23", "Steel tent peg 23 cm, round 6 mm", 10000, "PCS", "0.12", "2027-02-26"),
        L(2, "TS-PEG-PL-30", "Plastic tent peg 30 cm, orange", 4000, "PCS", "0.18", "2027-02-26"),
    ])
    b = buyer(po)
    text = """Здравствуйте!

Я нахожусь в отпуске с 19.11.2026 по 04.12.2026 включительно и не имею доступа к почте.
По вопросам заказов, пожалуйста, обращайтесь к Марине Соколовой: m.sokolova@turistsnab.example, тел. +7 495 123-45-67.

С уважением,
Алексей Петров
ООО "ТуристСнаб"
"""
    part = mime.text(text, "plain", "koi8-r", quote_cs=False)
    hdr = reply_headers(mime.addr("Алексей Петров", "a.petrov@turistsnab.example", "koi8-r"),
                        mime.addr(b.name, b.email), "Автоматический ответ: " + req_subject(po),
                        mime.date(2026, 11, 19, 11, 2, 40, "+0300"), mid_outlook("c034"), po, cs="koi8-r",
                        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("Thread-Topic", req_subject(po)), ("Thread-Index", thread_index("c034"))])
    return Case([po], mime.message(hdr, part),
                other("auto_reply", "Russian vacation auto-reply; 04.12.2026 is the return date and the colleague's "
                                    "phone number is not an order answer."))


# --------------------------------------------------------------------------- 035
@case("museum-showcases-hebrew-html-only", "confirmation/he-IL",
      "Hebrew HTML-only (windows-1255, right-to-left) reply: one line accepted, one rejected for size, one with "
      "an earlier delivery date.")
def c035():
    s = sup("GALILSHOW", "Galil Showcases Ltd", "orders@galil-showcases.example", "he-IL")
    po = PO("4500031648", s, "museum", "USD", "2026-11-16", [
        L(1, "SC-PED-50-50", "Pedestal showcase 50x50x180 cm, laminated glass 6.38 mm", 8, "EA", "2150.00",
          "2027-01-29"),
        L(2, "SC-WALL-240", "Wall showcase 240x60x220 cm, sliding doors", 2, "EA", "9800.00", "2027-01-29"),
        L(3, "LED-RAIL-24V", "LED track lighting rail 24V, 1 m, 3000 K", 20, "EA", "135.00", "2027-01-29"),
    ])
    b = buyer(po)
    reply = """שלום קלרה,

תודה על ההזמנה 4500031648. להלן האישור שלנו:

שורה 1 - ויטרינת עמוד 50x50x180: 8 יח' במחיר 2,150.00 דולר ליחידה, אספקה עד 29.01.2027.
שורה 2 - ויטרינת קיר 240 ס"מ: לצערנו איננו יכולים לייצר את הדגם בגודל זה, ולכן איננו יכולים לספק שורה זו.
שורה 3 - פס תאורה LED 24V: 20 יח' במחיר 135.00 דולר ליחידה, אספקה עד 15.01.2027.

בברכה,
יעל כהן
מנהלת מכירות
ויטרינות גליל בע"מ
אזור התעשייה בר-לב, ד.נ. משגב 2015600
טל' 04-9907733"""
    body_html = '<div dir="rtl">' + mso(reply) + "</div>"
    html = outlook_html(body_html, outlook_block_html("he", f"{b.name} <{b.email}>", "יום ב 16/11/2026 16:40",
                                                      s["email"], req_subject(po)),
                        req_html(po), lang="he", charset="windows-1255")
    html = html.replace('<body lang="he"', '<body lang="he" dir="rtl"')
    part = mime.text(html, "html", "windows-1255")
    hdr = reply_headers(mime.addr("יעל כהן", "yael.cohen@galil-showcases.example", "windows-1255"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 22, 10, 14, 39, "+0200"), mid_outlook("c035"), po,
                        extra=ol("c035", "he-IL", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: REJ, 3: chg(20, "135.00", "2027-01-15")})],
               "Right-to-left HTML only; line 2 declined (cannot produce that size); line 3 delivered earlier "
               "(15.01.2027); '2,150.00' uses a comma thousands separator.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 036
@case("carwash-chemicals-arabic-aed", "confirmation/ar-AE",
      "Arabic (UTF-8 base64) list in dirham with item codes as anchors; a raw-material price rise and a later date "
      "on different lines.")
def c036():
    s = sup("GULFDET", "Gulf Detergents LLC", "sales@gulfdetergents.example", "ar-AE")
    po = PO("4500031655", s, "carwash", "AED", "2026-11-17", [
        L(1, "TFR-PRE-25", "Traffic film remover pre-wash, 25 L drum", 60, "EA", "185.00", "2027-01-08"),
        L(2, "TYRE-SHINE-5", "Tyre shine gel 5 L", 100, "EA", "72.50", "2027-01-08"),
        L(3, "MICRO-40x40", "Microfibre towel 40x40 cm, 350 gsm", 1000, "PCS", "3.20", "2027-01-08"),
    ])
    b = buyer(po)
    reply = """السيد ماركو المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500031655، ونؤكد لكم ما يلي:

1- TFR-PRE-25: الكمية 60، السعر 185.00 درهم، التسليم 08/01/2027
2- TYRE-SHINE-5: الكمية 100، السعر 78.00 درهم (بسبب ارتفاع أسعار المواد الخام)، التسليم 08/01/2027
3- MICRO-40x40: الكمية 1000، السعر 3.20 درهم، التسليم 15/01/2027

الأسعار لا تشمل ضريبة القيمة المضافة 5%.

مع خالص التحيات،
أحمد المنصوري
مدير المبيعات
شركة الخليج للمنظفات ذ.م.م
المنطقة الصناعية، جبل علي، دبي، الإمارات العربية المتحدة
هاتف: +971 4 880 2140"""
    text, html = outlook_reply(reply, po, "ar", "الثلاثاء، 17 نوفمبر 2026 02:15 م", charset="utf-8",
                               reply_html='<div dir="rtl">' + mso(reply) + "</div>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "utf-8", "base64"),
                                          mime.text(html, "html", "utf-8", "base64")], ob("c036", 0))
    hdr = reply_headers(mime.addr("أحمد المنصوري", "ahmed.almansoori@gulfdetergents.example"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 24, 9, 30, 12, "+0400"), mid_outlook("c036"), po,
                        extra=ol("c036", "ar-AE", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(100, "78.00", "2027-01-08"), 3: chg(1000, "3.20", "2027-01-15")})],
               "Arabic right-to-left text with Latin item codes; line 2 price 78.00 (was 72.50), line 3 on "
               "15/01/2027; the 5 % VAT is not a surcharge.")
    return Case([po], mime.message(hdr, body), exp)
