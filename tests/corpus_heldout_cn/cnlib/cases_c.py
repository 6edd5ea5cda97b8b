"""Cases C: confirmations with attachments, several POs, inline answers,
unit conversions and relative dates."""

import datetime as _dt

from .common import (Supplier, PO, dt, acc, chg, rej, unc, confirmation, expected, case,
                     request_text, week_day)
from . import mime as M
from .pdf import make_pdf, table_page
from .xlsx import make_xlsx


@case("saptamana-actuator-ro", "confirmation", "ro-RO",
      "ISO-8859-16 Romanian; a week number in parentheses that is not the committed date (25.01.2027 is)")
def c_ro():
    S = Supplier("HIDROVANE", "Hidroconstrucția Vane SRL", "vanzari@hidrovane.example", "ro-RO")
    P = PO("4500031539", S, "ingrid", "RON", dt(2026, 11, 20, 10, 30, 1), [
        ("SG-STAV-800", "Sluice gate 800x800 mm, galvanised steel", 5, "EA", "6850.00", "2027-01-11"),
        ("SG-ACT-400V", "Electric actuator for sluice gate, 400 V", 5, "EA", "9420.00", "2027-01-11"),
    ])
    body = """Bună ziua, doamna Lindqvist,

Vă mulțumim pentru comanda nr. 4500031539. Confirmăm după cum urmează:

Poz. 1 - stavilă 800x800 mm: 5 buc. la 6.850,00 lei/buc., livrare 11.01.2027.
Poz. 2 - actuator electric 400 V: 5 buc. la 9.420,00 lei/buc., termen de livrare 25.01.2027
(actuatoarele vin de la furnizorul nostru din Germania în săptămâna 3).

Prețurile nu includ TVA.

Cu stimă,
Ing. Radu Popescu
Director vânzări
Hidroconstrucția Vane SRL
Str. Fabricii nr. 27, 400632 Cluj-Napoca, jud. Cluj
Tel.: 0264 415 220 | Mobil: 0744 612 908
CUI RO 18822741 | J12/3344/2006
"""
    eml = M.reply(P, sender=("Radu Popescu", "radu.popescu@hidrovane.example"), when=dt(2026, 12, 2, 11, 5, 2),
                  body=body, style="outlook", lang="ro", charset="iso-8859-16", html=False, prefix="RE: ")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 delivery 25.01.2027. 'săptămâna 3' is when the supplier receives actuators, "
                   "not the commitment.",
                   confirmation(P, {1: acc(), 2: chg(date="2027-01-25")}))
    return [P], eml, exp


@case("euro-plus-leva-bg", "confirmation", "bg-BG",
      "windows-1251 Bulgarian; EUR prices with old BGN equivalents in brackets (414,64 лв.) that must be ignored")
def c_bg():
    S = Supplier("KAMBANA", "Камбанария Инженеринг ЕООД", "office@kambanaria.example", "bg-BG")
    P = PO("4500031541", S, "ingrid", "EUR", dt(2026, 11, 23, 9, 20, 1), [
        ("BL-LARCH-900", "Louvre blade set, larch, 900 mm", 20, "SET", "212.00", "2026-12-21"),
        ("BL-MESH-SS", "Bird mesh, stainless, 1 x 2 m", 20, "EA", "47.50", "2026-12-21"),
    ])
    body = """Здравейте, г-жо Линдквист,

Благодарим Ви за поръчката. Потвърждаваме поръчка № 4500031541 изцяло:

поз. 1 – комплект ламели от лиственица 900 мм: 20 к-та по 212,00 € (414,64 лв.)
поз. 2 – мрежа против птици, неръждаема, 1 х 2 м: 20 бр. по 47,50 € (92,90 лв.)

Срок на доставка: 21.12.2026 г.

С уважение,
инж. Георги Стоянов
Камбанария Инженеринг ЕООД
гр. Велико Търново 5000, ул. „Никола Габровски“ № 48
тел.: 062 630 415, моб.: 0888 412 730
"""
    eml = M.reply(P, sender=("Георги Стоянов", "g.stoyanov@kambanaria.example"), when=dt(2026, 11, 27, 16, 40, 2),
                  body=body, style="outlook", lang="bg", charset="windows-1251", cte="base64", prefix="RE: ",
                  lang_tag="bg-BG")
    exp = expected("confirmation",
                   "Bulgaria uses EUR since 2026; the лв. amounts in brackets are the old-currency equivalents (x1.95583). "
                   "Everything as ordered.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("one-word-per-line-sk", "confirmation", "sk-SK",
      "Thunderbird reply answering each line with one word (áno/áno/nie) typed under the quoted table")
def c_sk():
    S = Supplier("DREVOAK", "Drevoakustik s.r.o.", "objednavky@drevoakustik.example", "sk-SK")
    P = PO("4500031566", S, "ingrid", "EUR", dt(2026, 11, 24, 10, 0, 1), [
        ("XB-PAD-G3", "Padauk xylophone bar G3", 12, "EA", "38.00", "2026-12-18"),
        ("XB-PAD-A3", "Padauk xylophone bar A3", 12, "EA", "36.50", "2026-12-18"),
        ("XB-RES-40", "Aluminium resonator tube 40 mm, 500 mm long", 24, "EA", "14.20", "2026-12-18"),
    ])
    q = M.quote_lines(request_text(P)).rstrip("\n").split("\n")
    last_row = max(i for i, l in enumerate(q) if l.startswith("> 3 "))
    q = q[:last_row + 1] + ["áno", "áno", "nie"] + q[last_row + 1:]
    body = ("Dobrý deň,\n\nodpovede pod tabuľkou. Rezonátorové rúrky (riadok 3) nevyrábame.\n\n"
            "Dňa 24. 11. 2026 o 10:00 Ingrid Lindqvist napísal(a):\n" + "\n".join(q) + "\n\n"
            "-- \nJuraj Mikuš\nDrevoakustik s.r.o.\nHlavná 112, 976 13 Slovenská Ľupča\ntel.: +421 48 418 72 35\n")
    eml = M.reply(P, sender=("Juraj Mikuš", "mikus@drevoakustik.example"), when=dt(2026, 11, 26, 19, 7, 1),
                  body=body, style="custom", charset="iso-8859-2", html=False, prefix="Re: ",
                  mailer=M.MAILER["tbird"], mid_style="tbird")
    exp = expected("confirmation",
                   "One word per PO line under the quoted table, in line order: áno (yes) = accepted for lines 1-2, nie = "
                   "line 3 rejected ('rezonátorové rúrky nevyrábame').",
                   confirmation(P, {1: acc(), 2: acc(), 3: rej()}))
    return [P], eml, exp


@case("price-valid-from-hr", "confirmation", "hr-HR",
      "Croatian dates with trailing dots (14. 12. 2026.); a price-validity date '1. 12. 2026.' that is not a delivery")
def c_hr():
    S = Supplier("METALIS", "Metalis Ražanj d.o.o.", "prodaja@metalis-razanj.example", "hr-HR")
    P = PO("4500031578", S, "fran", "EUR", dt(2026, 11, 23, 14, 45, 1), [
        ("RS-RAZ-150", "Lamb spit rod 150 cm, stainless, with forks", 30, "EA", "74.00", "2026-12-14"),
        ("RS-MOTOR-230", "Spit motor 230 V, 40 kg load", 30, "EA", "118.00", "2026-12-14"),
    ])
    body = """Poštovana gospođo Okafor,

zahvaljujemo na narudžbi br. 4500031578 koju potvrđujemo kako slijedi:

stavka 1 – ražanj 150 cm: 30 kom, 74,00 €/kom, isporuka 14. 12. 2026.
stavka 2 – motor za ražanj 230 V: 30 kom, 124,00 €/kom (nova cijena motora vrijedi od 1. 12. 2026.), isporuka 21. 12. 2026.

Cijene su bez PDV-a.

Srdačan pozdrav,

Ivana Marić
Prodaja
Metalis Ražanj d.o.o.
Zagrebačka 112, 10410 Velika Gorica
Tel: +385 1 6221 348 | Mob: +385 98 214 775
OIB: 48213377561
"""
    eml = M.reply(P, sender=("Ivana Marić", "ivana.maric@metalis-razanj.example"), when=dt(2026, 11, 27, 12, 22, 1),
                  body=body, style="outlook", lang="hr", charset="utf-8", prefix="RE: ", lang_tag="hr-HR")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 124,00 EUR and delivery 2026-12-21. '1. 12. 2026.' is the price validity date.",
                   confirmation(P, {1: acc(), 2: chg(price="124.00", date="2026-12-21")}))
    return [P], eml, exp


@case("pesos-sin-decimales-cl", "confirmation", "es-CL",
      "Chilean pesos without decimals and dot thousands ($84.500 + IVA); weekday+date without year; address 10.615")
def c_cl():
    S = Supplier("POLEAS", "Poleas Andinas SpA", "ventas@poleasandinas.example", "es-CL")
    P = PO("4500031580", S, "tom", "CLP", dt(2026, 11, 25, 11, 0, 1), [
        ("PB-SNATCH-4T", "Snatch block 4 t, hook type", 10, "EA", "84500", "2026-12-17"),
        ("PB-SNATCH-8T", "Snatch block 8 t, shackle type", 4, "EA", "162000", "2026-12-17"),
    ])
    body = """Estimado Tom:

Junto con saludar, confirmamos su orden de compra N° 4500031580:

Ítem 1 – Pasteca 4 ton con gancho: 10 un. a $84.500 + IVA c/u
Ítem 2 – Pasteca 8 ton con grillete: 4 un. a $162.000 + IVA c/u

Despacho el jueves 17 de diciembre desde nuestra bodega en Antofagasta.

Saludos cordiales,

Claudia Fuentes Rojas
Ejecutiva Comercial
Poleas Andinas SpA
Av. Pedro Aguirre Cerda 10.615, Antofagasta
Fono: +56 55 245 8830 | Cel: +56 9 8765 4321
"""
    eml = M.reply(P, sender=("Claudia Fuentes Rojas", "cfuentes@poleasandinas.example"),
                  when=dt(2026, 11, 30, 10, 18, -3), body=body, style="outlook", lang="es", charset="utf-8",
                  prefix="RE: ", lang_tag="es-CL")
    exp = expected("confirmation",
                   "CLP has no decimals; '$84.500 + IVA' = 84500 net. Dispatch 'jueves 17 de diciembre' = 2026-12-17 = need-by.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("signature-digits-za", "confirmation", "en-ZA",
      "one-sentence confirmation above a signature dense with digits (unit, street, postcode, phones, reg/VAT, quote date)")
def c_za():
    S = Supplier("KZNSTONE", "Kwazulu Stoneworks (Pty) Ltd", "sales@kznstoneworks.example", "en-ZA")
    P = PO("4500031592", S, "fran", "ZAR", dt(2026, 11, 24, 9, 40, 1), [
        ("SS-BLK-40", "Soapstone slab 500x500x40 mm", 60, "PCS", "685.00", "2026-12-18"),
        ("SS-BLK-60", "Soapstone slab 500x500x60 mm", 30, "PCS", "940.00", "2026-12-18"),
    ])
    body = """Hi Fran

Confirm PO 4500031592 in full, prices as per PO, delivery 18 December 2026.

Regards

Sipho Ndlovu | Sales
Kwazulu Stoneworks (Pty) Ltd
Unit 14, 27 Jacobs Industrial Park, 1112 Main Road, Pinetown, 3610
Tel: +27 31 701 2250 | Cell: 082 555 0147 | Fax: 086 612 4418
Reg. No. 2011/004519/07 | VAT No. 4210255618 | B-BBEE Level 2
Quote ref: Q-24518 dated 02/11/2026

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Kwazulu Stoneworks (Pty) Ltd accepts no liability for any loss or damage arising from the use of this e-mail.
"""
    eml = M.reply(P, sender=("Sipho Ndlovu", "sipho@kznstoneworks.example"), when=dt(2026, 11, 26, 14, 55, 2),
                  body=body, style="outlook", lang="en_GB", charset="utf-8", prefix="RE: ", lang_tag="en-ZA")
    exp = expected("confirmation",
                   "Everything as ordered; all the numbers in the signature (1112, 3610, 2011/004519/07, 02/11/2026 ...) are noise.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("sap-ab-pdf-de", "confirmation", "de-DE",
      "automatic ERP mail, no In-Reply-To; PDF Auftragsbestätigung with positions 10/20/30, price per 100 ST and 'KW 01/2027'")
def c_sap_pdf():
    S = Supplier("HOLZMANN", "Musikbedarf Holzmann GmbH", "vertrieb@holzmann-musikbedarf.example", "de-DE")
    P = PO("4500031605", S, "ingrid", "EUR", dt(2026, 11, 18, 11, 30, 1), [
        ("PF-BAM-12", "Pan flute tube, bamboo, 12 mm ID, 200 mm", 500, "PCS", "0.68", "2026-12-15"),
        ("PF-BAM-16", "Pan flute tube, bamboo, 16 mm ID, 300 mm", 300, "PCS", "0.94", "2026-12-15"),
        ("PF-ALU-14", "Pan flute tube, anodised aluminium 14 mm", 200, "PCS", "1.85", "2026-12-15"),
    ])
    pg = table_page(
        [("Musikbedarf Holzmann GmbH", 14, True),
         ("Gewerbestraße 21 · 08258 Markneukirchen · Tel. +49 37422 4418-0", 8, False),
         ("", 6, False),
         ("Brightwater Goods Ltd, Receiving Dock 4, Waalhaven Oostzijde 85, 3087 BM Rotterdam, NL", 9, False),
         ("", 6, False),
         ("Auftragsbestätigung", 13, True),
         ("AB-Nr. 20261187          Datum 20.11.2026          Kunden-Nr. 104477", 9, False),
         ("Ihre Bestellung 4500031605 vom 18.11.2026     Ihr Zeichen: Frau Lindqvist", 9, False)],
        ["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Liefertermin"],
        [["10", "PF-BAM-12", "Panflötenrohr Bambus 12 mm, 200 mm", "500", "ST", "68,00", "100 ST", "15.12.2026"],
         ["20", "PF-BAM-16", "Panflötenrohr Bambus 16 mm, 300 mm", "300", "ST", "94,00", "100 ST", "15.12.2026"],
         ["30", "PF-ALU-14", "Panflötenrohr Alu eloxiert 14 mm", "200", "ST", "192,00", "100 ST", "KW 01/2027"]],
        [50, 75, 140, 330, 355, 415, 425, 480], right_cols=(3, 5),
        footer_lines=["Preise in EUR netto zzgl. gesetzl. MwSt. PE = Preiseinheit.",
                      "Pos. 30: Preisanpassung aufgrund gestiegener Aluminiumkosten; Liefertermin KW 01/2027.",
                      "Lieferbedingung: DAP Rotterdam (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
                      "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
                      "",
                      "Amtsgericht Chemnitz HRB 11873 · Geschäftsführer: Frank Holzmann · USt-IdNr. DE 141 552 087"])
    pdf = make_pdf([pg], title="Auftragsbestätigung 20261187", producer="SAP NetWeaver Adobe Document Services",
                   creation="D:20261120060148+01'00'")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031605.

Bitte prüfen Sie die Angaben. Bei Abweichungen bitten wir um Nachricht innerhalb von 3 Werktagen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Musikbedarf Holzmann GmbH · Gewerbestraße 21 · 08258 Markneukirchen
Amtsgericht Chemnitz HRB 11873 · Geschäftsführer: Frank Holzmann
"""
    att = M.attachment(pdf, "application/pdf", "AB_20261187.pdf")
    eml = M.reply(P, sender=("Musikbedarf Holzmann - Auftragsbestätigung", "noreply-sd@holzmann-musikbedarf.example"),
                  when=dt(2026, 11, 20, 6, 2, 1), body=body, style="none", quote=False, html=False,
                  charset="iso-8859-1", thread=False,
                  subject="Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031605",
                  attachments=[att], mailer=("X-Mailer", "SAP NetWeaver 7.50"), mid_style="sap",
                  to="einkauf@brightwater-goods.example",
                  extra_headers=[("Auto-Submitted", "auto-generated")])
    exp = expected("confirmation",
                   "ERP-generated AB (counts as confirmation). PDF positions 10/20/30 = PO lines 1/2/3; prices per 100 ST "
                   "(68,00 -> 0.68; 192,00 -> 1.92). Pos. 30 'KW 01/2027' = 2027-01-08.",
                   confirmation(P, {1: acc(), 2: acc(), 3: chg(price="1.92", date="2027-01-08")}))
    return [P], eml, exp


@case("excel-onay-tr", "confirmation", "tr-TR",
      "windows-1254 body pointing to an XLSX with real date serials; confirmed qty 0 for a discontinued line")
def c_tr():
    S = Supplier("ANADOLU", "Anadolu Döküm Mutfak A.Ş.", "satis@anadoludokum.example", "tr-TR")
    P = PO("4500031617", S, "tom", "TRY", dt(2026, 11, 19, 10, 20, 1), [
        ("WI-HEART-5", "Heart waffle iron, cast iron, 5 hearts", 100, "EA", "1450.00", "2026-12-21"),
        ("WI-STICK-6", "Waffle-on-a-stick iron, 6 sticks", 60, "EA", "1890.00", "2026-12-21"),
        ("WI-ELEC-BELG", "Electric Belgian waffle maker, 230 V", 40, "EA", "3275.00", "2026-12-21"),
    ])
    rows = [["Sıra", "Ürün Kodu", "Açıklama", "Sipariş Miktarı", "Onaylanan Miktar", "Birim Fiyat (TL)",
             "Teslim Tarihi", "Not"],
            [1, "WI-HEART-5", "Kalp waffle kalıbı, döküm", 100, 100, 1450.0, _dt.date(2026, 12, 21), None],
            [2, "WI-STICK-6", "Çubuk waffle kalıbı 6'lı", 60, 60, 1890.0, _dt.date(2027, 1, 6), "Ocak teslim"],
            [3, "WI-ELEC-BELG", "Elektrikli Belçika waffle makinesi", 40, 0, None, None, "Üretimden kalktı"]]
    xl = make_xlsx([("Onay 4500031617", rows)], creator="Elif Kaya", modified="2026-11-25T08:20:00Z")
    body = """Merhaba Tom Bey,

4500031617 numaralı siparişinizin onayı ekteki Excel dosyasındadır.
Elektrikli waffle makinesi (3. kalem) üretimden kalktığı için maalesef tedarik edemiyoruz.

İyi çalışmalar dileriz.

Saygılarımızla,
Elif Kaya
Satış Destek
Anadolu Döküm Mutfak A.Ş.
Organize Sanayi Bölgesi 3. Cadde No: 28, 26110 Odunpazarı / Eskişehir
Tel: +90 222 236 41 50 | GSM: +90 532 718 22 64
"""
    att = M.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Siparis_Onayi_4500031617.xlsx")
    eml = M.reply(P, sender=("Elif Kaya", "elif.kaya@anadoludokum.example"), when=dt(2026, 11, 25, 11, 30, 3),
                  body=body, style="outlook", lang="tr", charset="windows-1254", prefix="YNT: ",
                  attachments=[att], lang_tag="tr-TR")
    exp = expected("confirmation",
                   "Figures only in the XLSX (dates are Excel serials). Line 1 as ordered; line 2 delivery 2027-01-06; "
                   "line 3 confirmed quantity 0 / discontinued = rejected.",
                   confirmation(P, {1: acc(), 2: chg(date="2027-01-06"), 3: rej()}))
    return [P], eml, exp


@case("csv-semikolon-jaenner-at", "confirmation", "de-AT",
      "CSV attachment with semicolons and decimal commas (windows-1252); Austrian 'Jänner'; surcharge applied in CSV")
def c_at():
    S = Supplier("HUBERALP", "Alpin Sicherheitstechnik Huber GmbH", "verkauf@huber-alpin.example", "de-AT")
    P = PO("4500031629", S, "tom", "EUR", dt(2026, 11, 20, 8, 30, 1), [
        ("AD-ANTIPANIC", "Abseil descender with anti-panic function, aluminium", 25, "EA", "94.50", "2026-12-11"),
        ("AD-FIG8-STEEL", "Figure-8 descender, steel, rescue version", 40, "EA", "31.20", "2026-12-11"),
        ("AD-HMS-KARAB", "HMS screwgate karabiner", 100, "EA", "12.80", "2026-12-11"),
    ])
    csv = ("Bestellnr;Pos;Artikel;Bezeichnung;Menge;ME;Preis netto;Waehrung;Liefertermin;Bemerkung\r\n"
           "4500031629;1;AD-ANTIPANIC;Abseilgerät mit Panikfunktion;25;Stk;94,50;EUR;11.12.2026;\r\n"
           "4500031629;2;AD-FIG8-STEEL;Abseilachter Stahl, Bergrettung;40;Stk;32,76;EUR;11.12.2026;inkl. Stahlzuschlag 5 %\r\n"
           "4500031629;3;AD-HMS-KARAB;HMS-Karabiner Schraubverschluss;100;Stk;12,80;EUR;15.01.2027;Betriebsurlaub Lieferant\r\n")
    body = """Sehr geehrter Herr Ashby,

besten Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung als CSV-Datei zum Einlesen in Ihr System.

Bitte beachten Sie: Pos. 3 (HMS-Karabiner) können wir erst am 15. Jänner 2027 liefern, da unser Lieferant bis 7. Jänner Betriebsurlaub hat. Beim Achter aus Stahl (Pos. 2) müssen wir leider den Stahlzuschlag weitergeben.

Mit freundlichen Grüßen

Florian Huber
Verkauf Innendienst
Alpin Sicherheitstechnik Huber GmbH
Gewerbepark Mitterweg 7, 6020 Innsbruck, Österreich
T +43 512 39 22 81-14 | F +43 512 39 22 81-99
FN 214487 k, LG Innsbruck | UID ATU 57214389
"""
    att = M.attachment(csv.encode("windows-1252"), "text/csv", "AB_4500031629.csv",
                       params=[("charset", "windows-1252")])
    eml = M.reply(P, sender=("Florian Huber", "f.huber@huber-alpin.example"), when=dt(2026, 11, 26, 10, 5, 1),
                  body=body, style="outlook", lang="de", charset="utf-8", prefix="AW: ", attachments=[att],
                  lang_tag="de-AT")
    exp = expected("confirmation",
                   "CSV ';' with decimal commas: line 1 as ordered; line 2 32,76 (= 31.20 + 5 %); line 3 15.01.2027 "
                   "(body: '15. Jänner 2027'). '7. Jänner' is the supplier's own holiday end.",
                   confirmation(P, {1: acc(), 2: chg(price="32.76"), 3: chg(date="2027-01-15")}))
    return [P], eml, exp


@case("reply-to-reminder-ee", "confirmation", "et-EE",
      "reply to our REMINDER (In-Reply-To is the reminder, not the request); Estonian Outlook quote of the reminder")
def c_ee():
    S = Supplier("MELON", "Melonivarustus OÜ", "tellimused@melonivarustus.example", "et-EE")
    P = PO("4500031631", S, "kenji", "EUR", dt(2026, 11, 12, 10, 0, 1), [
        ("KH-RND-24B", "Round kayak hatch cover 24 cm, black", 40, "EA", "19.90", "2026-12-17"),
        ("KH-DAY-OVAL", "Kayak day hatch, oval, with rim", 40, "EA", "34.60", "2026-12-14"),
    ])
    body = """Tere,

vabandame viivituse pärast – teie esimene kiri oli kahjuks rämpsposti kaustas.

Kinnitame tellimuse 4500031631:
rida 1 – 40 tk, hind 19,90 €, tarne 17.12.2026
rida 2 – 40 tk, hind 34,60 €, tarne 17.12.2026 (koos reaga 1)

Lugupidamisega
Kadri Tamm
Melonivarustus OÜ
Peterburi tee 47, 11415 Tallinn
Tel +372 655 1289 | Mob +372 5342 7710
"""
    eml = M.reply(P, sender=("Kadri Tamm", "kadri.tamm@melonivarustus.example"), when=dt(2026, 11, 30, 9, 15, 2),
                  body=body, style="outlook", lang="et", charset="windows-1257", prefix="VS: ", reminder=True,
                  qwhen=dt(2026, 11, 26, 9, 0, 1), lang_tag="et-EE", greet="Sir or Madam")
    exp = expected("confirmation",
                   "Answer to the reminder (References holds both our request and the reminder). Line 1 as ordered; line 2 "
                   "delivered together with line 1 on 2026-12-17 instead of 2026-12-14.",
                   confirmation(P, {1: acc(), 2: chg(date="2026-12-17")}))
    return [P], eml, exp


@case("two-pos-one-answered-us", "confirmation", "en-US",
      "three open POs from the supplier; reply confirms one, only mentions another; US month-first dates")
def c_us_two():
    S = Supplier("GLRS", "Great Lakes Rigging Supply, Inc.", "orders@greatlakesrigging.example", "en-US")
    PA = PO("4500031643", S, "tom", "USD", dt(2026, 11, 19, 15, 10, 1), [
        ("PB-SS-50S", "Stainless single block, 50 mm sheave", 100, "EA", "14.75", "2026-12-10"),
        ("PB-SS-50D", "Stainless double block, 50 mm sheave", 50, "EA", "22.40", "2026-12-10"),
    ])
    PB = PO("4500031655", S, "tom", "USD", dt(2026, 11, 23, 16, 5, 1), [
        ("CN-TRUCK-8X12", "Truck cargo net 8 x 12 ft, 1.5 in mesh", 30, "EA", "64.00", "2026-12-18"),
    ])
    PC = PO("4500031612", S, "tom", "USD", dt(2026, 11, 17, 11, 40, 1), [
        ("CN-RATCHET-6X8", "Ratchet cargo net 6 x 8 ft, with cam buckles", 40, "EA", "48.50", "2026-12-11"),
        ("CN-HOOK-SS-3", "Stainless S-hook for cargo net, 3 in", 200, "EA", "1.15", "2026-12-11"),
    ])
    body = """Hi Tom,

4500031655 is confirmed - 30 nets at $64.00, ship date 12/11/2026, delivered to your dock 12/15/2026.

Still waiting on our stainless supplier for 4500031643 (the blocks), I'll update you on that one separately early next week.

Thanks,
Jessica

Jessica Kowalski | Inside Sales
Great Lakes Rigging Supply, Inc.
4410 W. 150th St., Cleveland, OH 44135
P: (216) 555-0143 | F: (216) 555-0144
"""
    eml = M.reply(PB, sender=("Jessica Kowalski", "jkowalski@greatlakesrigging.example"),
                  when=dt(2026, 11, 25, 14, 2, -5), body=body, style="outlook", lang="en_US", charset="utf-8",
                  prefix="RE: ", lang_tag="en-US")
    exp = expected("confirmation",
                   "Only PO 4500031655 is answered: month-first 12/15/2026 delivery (wins over ship 12/11) = 2026-12-15. "
                   "PO 4500031643 is only mentioned ('will update you') and 4500031612 not at all, so both are left out.",
                   confirmation(PB, {1: chg(date="2026-12-15")}))
    return [PC, PA, PB], eml, exp


@case("two-pos-both-sg", "confirmation", "en-SG",
      "one reply covering two POs (quoting only the first); Singlish shorthand; short quantity on one line of the second PO")
def c_sg():
    S = Supplier("LIMKEE", "Lim Kee Bamboo Ware Pte Ltd", "sales@limkee-bamboo.example", "en-SG")
    PA = PO("4500031667", S, "kenji", "SGD", dt(2026, 11, 24, 8, 10, 1), [
        ("DS-BAM-8", "Bamboo steamer 8 in, 2 tiers + lid", 200, "SET", "9.80", "2026-12-14"),
        ("DS-BAM-12", "Bamboo steamer 12 in, 2 tiers + lid", 120, "SET", "15.60", "2026-12-14"),
    ])
    PB = PO("4500031679", S, "kenji", "SGD", dt(2026, 11, 24, 8, 25, 1), [
        ("DS-PAPER-8", "Perforated steamer paper 8 in, pack of 500", 40, "BOX", "6.20", "2026-12-14"),
        ("DS-SS-RING-12", "Stainless steamer ring adapter 12 in", 60, "EA", "7.45", "2026-12-14"),
    ])
    body = """Hi Kenji,

Both POs ok.

4500031667 - all as per PO, delivery 14/12.

4500031679 - paper liners ok, 40 boxes. The steamer ring we can only do 48 pcs, delivery also 14/12, balance 12 pcs cannot supply, the mould spoil already.

Prices all as PO.

Thanks & regards
Melvin Lim
Lim Kee Bamboo Ware Pte Ltd
Blk 3015 Bedok North Ave 4, #04-2112, Singapore 489978
Tel: 6443 2217  HP: 9123 4470
"""
    eml = M.reply(PA, sender=("Melvin Lim", "melvin@limkee-bamboo.example"), when=dt(2026, 11, 26, 17, 40, 8),
                  body=body, style="gmail", charset="utf-8", prefix="Re: ")
    exp = expected("confirmation",
                   "Both POs answered in one mail. 4500031667 all as ordered (14/12 = 2026-12-14). 4500031679: line 1 as "
                   "ordered; line 2 only 48 pcs, balance 12 cancelled.",
                   confirmation(PA, {1: acc(), 2: acc()}),
                   confirmation(PB, {1: acc(), 2: chg(qty=48)}))
    return [PA, PB], eml, exp


@case("boxes-of-12-nz", "confirmation", "en-NZ",
      "quantities in boxes of 12 with per-box prices; one line short-shipped (7 boxes = 84) and the rest cancelled")
def c_nz():
    S = Supplier("KIWIBIRD", "Kiwi Birdcall Co. Ltd", "hello@kiwibirdcall.example", "en-NZ")
    P = PO("4500031681", S, "fran", "NZD", dt(2026, 11, 25, 10, 0, 1), [
        ("BW-TUI-CALL", "Tui bird call whistle, rimu wood", 144, "EA", "8.40", "2026-12-09"),
        ("BW-MOREPORK", "Morepork (ruru) call whistle", 96, "EA", "9.10", "2026-12-09"),
    ])
    body = """Kia ora Fran,

Line 1: 12 boxes of 12 @ $100.80/box, ships 9 Dec.
Line 2: these come in boxes of 12 too - we've only got 7 boxes left (84 whistles) and the next batch isn't till February, so we'll send the 7 boxes and cancel the rest. $109.20/box, ships 9 Dec with line 1.

Ngā mihi,
Aroha
Kiwi Birdcall Co. Ltd | 22 Halifax St East, Nelson 7010 | 03 548 2210
"""
    eml = M.reply(P, sender=("Aroha Tane", "aroha@kiwibirdcall.example"), when=dt(2026, 11, 27, 10, 22, 13),
                  body=body, style="gmail", attrib="On {a}, {d} {b} {Y} at {HH}:{MM}, {name} <{email}> wrote:",
                  charset="utf-8", prefix="Re: ")
    exp = expected("confirmation",
                   "12 boxes x 12 = 144 at 100.80/12 = 8.40 (as ordered); line 2 7 boxes = 84 at 109.20/12 = 9.10, rest "
                   "cancelled; both ship '9 Dec' = 2026-12-09.",
                   confirmation(P, {1: acc(), 2: chg(qty=84)}))
    return [P], eml, exp


@case("cortada-62-5-cm-pt", "confirmation", "pt-PT",
      "metres restated as 800 pieces of 62,5 cm with a per-piece price; must convert back to M")
def c_pt():
    S = Supplier("FITAS", "Fitas & Cintas Lda.", "encomendas@fitasecintas.example", "pt-PT")
    P = PO("4500031693", S, "ingrid", "EUR", dt(2026, 11, 23, 9, 30, 1), [
        ("ST-WEB-50", "Polyester webbing 50 mm, black, for stilt straps", 500, "M", "0.92", "2026-12-16"),
        ("ST-BUCKLE-50", "Cam buckle 50 mm, zinc alloy", 800, "EA", "0.64", "2026-12-16"),
    ])
    body = """Bom dia, Sra. Ingrid Lindqvist,

Agradecemos a vossa encomenda n.º 4500031693, que confirmamos nos seguintes termos:

Linha 1 – a fita de 50 mm segue já cortada à medida das vossas correias: 800 peças de 62,5 cm (total 500 m), a 0,575 € por peça.
Linha 2 – 800 fivelas de 50 mm a 0,64 € cada.

Entrega a 16 de dezembro de 2026.

Com os melhores cumprimentos,
Ana Rita Carvalho
Fitas & Cintas, Lda.
Rua do Parque Industrial, Lote 23 – 4610-106 Felgueiras
Tel.: +351 255 318 420 | Tlm.: +351 912 448 071
NIF 507 218 336
"""
    eml = M.reply(P, sender=("Ana Rita Carvalho", "anarita@fitasecintas.example"), when=dt(2026, 11, 27, 11, 45, 0),
                  body=body, style="outlook", lang="pt", charset="windows-1252", prefix="RE: ", lang_tag="pt-PT")
    exp = expected("confirmation",
                   "800 x 62,5 cm = 500 m; 0,575 EUR per piece / 0,625 m = 0.92 per M = PO price. Both lines as ordered.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("tonnes-per-tonne-fi", "confirmation", "fi-FI",
      "2,4 t and 680,00 €/t against a PO in KG; Finnish 'viikolla 2' (week 2 = 2027-01-15)")
def c_fi():
    S = Supplier("VUOLU", "Vuolukivi Oy", "myynti@vuolukivi.example", "fi-FI")
    P = PO("4500031706", S, "ingrid", "EUR", dt(2026, 11, 25, 13, 0, 1), [
        ("SS-FLOUR-200", "Soapstone flour, 200 mesh, big bag", 2400, "KG", "0.68", "2027-01-12"),
        ("SS-SLAB-1200", "Soapstone slab 1200x600x30 mm", 16, "PCS", "212.00", "2027-01-12"),
    ])
    body = """Hei Ingrid,

kiitos tilauksesta 4500031706. Vahvistamme sen seuraavasti:

Rivi 1: vuolukivijauho 200 mesh, 2,4 t (2 suursäkkiä à 1 200 kg), hinta 680,00 €/t, toimitus viikolla 2.
Rivi 2: vuolukivilaatta 1200 x 600 x 30 mm, 16 kpl à 212,00 €, toimitus viikolla 2.

Hinnat ALV 0 %.

Ystävällisin terveisin
Jukka Heikkinen
Myyntipäällikkö
Vuolukivi Oy
Kivitie 15, 83900 Juuka
puh. 013 474 2210, 040 512 8834
Y-tunnus 0732155-8
"""
    eml = M.reply(P, sender=("Jukka Heikkinen", "jukka.heikkinen@vuolukivi.example"), when=dt(2026, 12, 2, 8, 50, 2),
                  body=body, style="outlook", lang="fi", charset="iso-8859-15", prefix="VS: ", lang_tag="fi-FI")
    d = week_day(2027, 2).isoformat()
    exp = expected("confirmation",
                   "2,4 t = 2400 KG; 680,00 EUR/t = 0.68 per KG (as ordered). 'viikolla 2' after a December mail = ISO week 2 "
                   "of 2027, Friday 2027-01-15, later than the 2027-01-12 need-by for both lines.",
                   confirmation(P, {1: chg(date=d), 2: chg(date=d)}))
    return [P], eml, exp


@case("wednesday-next-week-ie", "confirmation", "en-IE",
      "relative delivery date 'on Wednesday next week' resolved from the Date header (Thu 3 Dec 2026)")
def c_ie():
    S = Supplier("SHANNON", "Shannon Sundials Ltd", "info@shannonsundials.example", "en-IE")
    P = PO("4500031718", S, "ingrid", "EUR", dt(2026, 11, 26, 10, 45, 1), [
        ("SD-GN-BRZ-25", "Bronze sundial gnomon 25 cm, 53 deg N", 10, "EA", "146.00", "2026-12-11"),
        ("SD-DIAL-SLATE", "Slate dial plate 300 mm, engraved", 10, "EA", "98.00", "2026-12-11"),
    ])
    body = """Hi Ingrid,

Sorry for the slow reply, I was at a trade show in Birmingham all week.

Both lines are fine at your prices. The gnomons are being cast this week and the dials are already engraved, so we'll deliver the lot on Wednesday next week.

All the best,
Ciarán

Ciarán Ó Briain
Shannon Sundials Ltd
Unit 3, Smithstown Industrial Estate, Shannon, Co. Clare, V14 X628
+353 61 708 442
"""
    eml = M.reply(P, sender=("Ciarán Ó Briain", "ciaran@shannonsundials.example"), when=dt(2026, 12, 3, 16, 20, 0),
                  body=body, style="gmail", attrib="On {a} {d} {b} {Y} at {HH}:{MM}, {name} <{email}> wrote:",
                  charset="utf-8", prefix="Re: ")
    exp = expected("confirmation",
                   "Mail sent Thursday 2026-12-03; 'Wednesday next week' = 2026-12-09 for both lines (quantities and prices "
                   "as ordered).",
                   confirmation(P, {1: chg(date="2026-12-09"), 2: chg(date="2026-12-09")}))
    return [P], eml, exp


@case("declines-whole-order-no", "confirmation", "nb-NO",
      "polite refusal of the entire order (no capacity) - a rejection is an answer; dates in the text are not commitments")
def c_no():
    S = Supplier("NVTRE", "Nordvest Tretårn AS", "post@nordvest-tretarn.example", "nb-NO")
    P = PO("4500031720", S, "ingrid", "NOK", dt(2026, 11, 24, 14, 15, 1), [
        ("BL-PINE-1000", "Louvre panel, heart pine, 1000x1400 mm", 8, "EA", "5420.00", "2027-01-22"),
        ("BL-FIX-KIT", "Fixing kit for louvre panel, galvanised", 8, "SET", "390.00", "2027-01-22"),
    ])
    body = """Hei Ingrid,

takk for bestillingen og for at dere tenkte på oss.

Dessverre har vi ikke kapasitet til å ta på oss denne ordren – verkstedet er fullbooket med restaurering av Hedalen stavkirke frem til sommeren 2027. Vi må derfor avslå bestillingen 4500031720 i sin helhet.

Beklager at vi ikke kan hjelpe denne gangen.

Med vennlig hilsen
Øystein Brekke
Daglig leder
Nordvest Tretårn AS
Industrivegen 22, 6100 Volda
Tlf. 70 07 41 30 · Mob. 917 22 408
Org.nr. 913 557 802 MVA
"""
    eml = M.reply(P, sender=("Øystein Brekke", "oystein@nordvest-tretarn.example"), when=dt(2026, 11, 30, 8, 5, 1),
                  body=body, style="outlook", lang="nb", charset="utf-8", prefix="SV: ", lang_tag="nb-NO")
    exp = expected("confirmation",
                   "Whole order declined ('avslå bestillingen ... i sin helhet'): both lines rejected.",
                   confirmation(P, {1: rej(), 2: rej()}))
    return [P], eml, exp


@case("partida-pendiente-mx", "confirmation", "es-MX",
      "two lines confirmed, the third 'le confirmo precio y fecha la próxima semana' = unconfirmed; address full of digits")
def c_mx():
    S = Supplier("SPB", "Suelas y Plantas del Bajío S.A. de C.V.", "ventas@suelasbajio.example", "es-MX")
    P = PO("4500031732", S, "fran", "MXN", dt(2026, 11, 24, 16, 0, 1), [
        ("CS-TR-40", "TR rubber clog outsole, size 40", 500, "PR", "48.50", "2026-12-18"),
        ("CS-TR-44", "TR rubber clog outsole, size 44", 400, "PR", "52.00", "2026-12-18"),
        ("CS-EVA-INS", "EVA insole for clog, size run 36-46", 900, "PR", "17.80", "2026-12-18"),
    ])
    body = """Buen día, Fran:

Le confirmo las partidas 1 y 2 de su orden de compra 4500031732 a los precios indicados, con entrega el 18/12/2026.

Partida 3 (plantilla EVA): estamos esperando la cotización del EVA de nuestro proveedor; le confirmo precio y fecha la próxima semana.

Sin otro particular, quedo a sus órdenes.

Saludos cordiales,
Lic. Mariana Guzmán Ortiz
Ejecutiva de Ventas
Suelas y Plantas del Bajío, S.A. de C.V.
Blvd. Adolfo López Mateos 2405 Ote., Col. Jardines de Jerez, C.P. 37530, León, Gto.
Tel. (477) 771 2090 ext. 118 | Cel. 477 318 5562
"""
    eml = M.reply(P, sender=("Mariana Guzmán Ortiz", "mguzman@suelasbajio.example"), when=dt(2026, 11, 27, 12, 30, -6),
                  body=body, style="outlook", lang="es", charset="utf-8", prefix="RE: ", lang_tag="es-MX")
    exp = expected("confirmation",
                   "Lines 1-2 as ordered; line 3 addressed without commitment (price and date next week) = unconfirmed.",
                   confirmation(P, {1: acc(), 2: acc(), 3: unc()}))
    return [P], eml, exp


@case("confirmed-thanks-ca", "confirmation", "en-CA",
      "the whole answer is 'Confirmed. Thanks!' above an Outlook-quoted PO table full of figures")
def c_ca():
    S = Supplier("MAPLEDARTS", "Maple Leaf Darts Inc.", "orders@mapleleafdarts.example", "en-CA")
    P = PO("4500031744", S, "tom", "CAD", dt(2026, 11, 25, 14, 30, 1), [
        ("DW-SPIDER-STAPLED", "Stapled spider wire set for bristle board", 200, "SET", "7.35", "2026-12-16"),
        ("DW-NUMRING", "Number ring, round wire, 18 in", 200, "EA", "3.90", "2026-12-16"),
    ])
    body = """Confirmed. Thanks!

Mike Bouchard
Maple Leaf Darts Inc. | 1120 Industrial Rd, Unit 4, Cambridge, ON  N3H 4W3 | 519-555-0172
"""
    eml = M.reply(P, sender=("Mike Bouchard", "mike@mapleleafdarts.example"), when=dt(2026, 11, 26, 9, 3, -5),
                  body=body, style="outlook", lang="en_US", charset="us-ascii", cte="7bit", prefix="RE: ",
                  lang_tag="en-CA")
    exp = expected("confirmation",
                   "Plain 'Confirmed' of the whole PO: every line accepted with the PO's own figures.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("inline-between-lines-be", "confirmation", "nl-BE",
      "Flemish answers typed between the quoted PO lines; price list change; half the spare plates in 'week 3'")
def c_be():
    S = Supplier("VANDAMME", "Wafelijzers Vandamme NV", "verkoop@vandamme-wafel.example", "nl-BE")
    P = PO("4500031756", S, "ingrid", "EUR", dt(2026, 11, 23, 10, 15, 1), [
        ("WI-BRU-ELEC", "Electric Brussels waffle iron, 2 x 4x6, 230 V", 12, "EA", "289.00", "2026-12-10"),
        ("WI-LUIK-ELEC", "Electric Liege waffle iron, 230 V", 12, "EA", "312.00", "2026-12-10"),
        ("WI-PLATE-BRU", "Spare plate set, Brussels 4x6", 24, "SET", "64.00", "2026-12-10"),
    ])
    q = M.quote_lines(request_text(P)).rstrip("\n").split("\n")
    answers = {"> 1 ": ["", "OK, levering 10/12.", ""],
               "> 2 ": ["", "Prijs is 324,00 EUR sinds 1/11, zie onze nieuwe prijslijst. Levering 10/12.", ""],
               "> 3 ": ["", "12 sets op 10/12, de andere 12 pas half januari (week 3).", ""]}
    out = []
    for l in q:
        out.append(l)
        for k, v in answers.items():
            if l.startswith(k):
                out.extend(v)
    attrib = M.C.fmt_dt("Op {a} {d} {b} {Y} om {HH}:{MM} schreef {name} <{email}>:", P.issued, "nl",
                        name=P.buyer["name"], email=P.buyer["email"])
    body = ("Dag Ingrid,\n\nZie mijn antwoorden tussen de lijnen.\n\nGroeten,\nPieter\n\n" + attrib + "\n\n"
            + "\n".join(out) + "\n\n--\nPieter Vandamme\nWafelijzers Vandamme NV | Industrieweg 41, 8800 Roeselare\n"
            "T +32 51 22 48 10 | BTW BE 0412.334.578\n")
    eml = M.reply(P, sender=("Pieter Vandamme", "pieter@vandamme-wafel.example"), when=dt(2026, 11, 25, 15, 45, 1),
                  body=body, style="custom", charset="utf-8", prefix="Re: ", mid_style="gmail")
    exp = expected("confirmation",
                   "Answers between quoted lines. Line 1 as ordered; line 2 price 324.00, date 10/12 = 2026-12-10; line 3 "
                   "split 12 on 2026-12-10 and 12 in week 3 (Friday 2027-01-22). '1/11' is the price-list date.",
                   confirmation(P, {1: acc(), 2: chg(price="324.00"),
                                    3: chg(schedule=[(12, "2026-12-10"), (12, "2027-01-22")])}))
    return [P], eml, exp


@case("html-only-fob-ningbo-cn", "confirmation", "zh-CN",
      "HTML-only table in English from a Chinese exporter; ETD with 'FOB Ningbo, Dec. 28, 2026'; price up on one line")
def c_cn_fob():
    S = Supplier("HENGLI", "Ningbo Hengli Rigging Hardware Co., Ltd.", "sales3@hengli-rigging.example", "zh-CN")
    P = PO("4500031768", S, "kenji", "CNY", dt(2026, 11, 26, 9, 0, 1), [
        ("PB-NYL-25S", "Nylon sheave pulley block 25 mm, single", 2000, "PCS", "6.80", "2027-01-08"),
        ("PB-NYL-32D", "Nylon sheave pulley block 32 mm, double", 1000, "PCS", "11.60", "2027-01-08"),
    ])
    td = 'style="border:1px solid #999;padding:3px 8px;font-family:Calibri;font-size:11pt"'
    rows = [("Item", "Description", "Qty", "Unit Price (CNY)", "ETD", "Remark"),
            ("PB-NYL-25S", "Nylon pulley 25mm single", "2,000 pcs", "6.80", "FOB Ningbo, Dec. 28, 2026", "&nbsp;"),
            ("PB-NYL-32D", "Nylon pulley 32mm double", "1,000 pcs", "11.90", "FOB Ningbo, Dec. 28, 2026",
             "POM material cost up, sorry")]
    table = "<table style=\"border-collapse:collapse\">" + "".join(
        "<tr>" + "".join(f"<td {td}>{'<b>' + c + '</b>' if i == 0 else c}</td>" for c in r) + "</tr>"
        for i, r in enumerate(rows)) + "</table>"
    body_html = f"""<p class="MsoNormal">Dear Kenji,</p>
<p class="MsoNormal">Good day!</p>
<p class="MsoNormal">Thanks for your PO 4500031768. Confirmed details as below:</p>
{table}
<p class="MsoNormal">Any question pls feel free to contact me.</p>
<p class="MsoNormal">Best regards<br>Sunny Chen 陈晓晴<br>Sales Manager<br>Ningbo Hengli Rigging Hardware Co., Ltd.<br>No. 88 Xingye Road, Beilun District, Ningbo 315800, China<br>Tel: +86-574-8612 3345 | Mob/WeChat: +86 139 5742 0816</p>
"""
    eml = M.reply(P, sender=("Sunny Chen", "sales3@hengli-rigging.example"), when=dt(2026, 11, 27, 10, 10, 8),
                  body="", body_html=body_html, style="outlook", lang="en_US", charset="utf-8", cte="base64",
                  html_only=True, prefix="RE: ")
    exp = expected("confirmation",
                   "Only an ETD (FOB Ningbo, Dec. 28, 2026) is given, so date = 2026-12-28 for both lines; line 2 price "
                   "11.90 instead of 11.60. Quantities '2,000 pcs' use comma thousands.",
                   confirmation(P, {1: chg(date="2026-12-28"), 2: chg(price="11.90", date="2026-12-28")}))
    return [P], eml, exp


@case("fullwidth-iphone-cn", "confirmation", "zh-CN",
      "Chinese iPhone reply with full-width digits (４００套，１２月２３日); price and date change on line 2")
def c_cn_fw():
    S = Supplier("ANJIZL", "浙江安吉竹韵蒸笼厂", "zhuyun@anji-steamer.example", "zh-CN")
    P = PO("4500031770", S, "kenji", "CNY", dt(2026, 11, 25, 10, 30, 1), [
        ("DS-ZL-30", "Bamboo steamer 30 cm, 2 tiers + lid", 400, "SET", "38.00", "2026-12-16"),
        ("DS-ZL-40", "Bamboo steamer 40 cm, 3 tiers + lid", 200, "SET", "66.00", "2026-12-16"),
    ])
    body = """中村先生好，
第１项：４００套，单价３８元，１２月１６日交货；
第２项：２００套，竹材涨价，单价７２元，交货期推迟到１２月２３日。
其他无问题。
王

发自我的iPhone
"""
    eml = M.reply(P, sender=("王建国", "zhuyun@anji-steamer.example"), when=dt(2026, 11, 26, 21, 14, 8),
                  body=body, style="apple", attrib="在 {Y}年{m}月{d}日，{HH}:{MM}，{name} <{email}> 写道：",
                  alang="zh", charset="utf-8", cte="base64", prefix="回复：")
    exp = expected("confirmation",
                   "Full-width digits. Line 1 as ordered; line 2 price 72 CNY and delivery 12月23日 = 2026-12-23.",
                   confirmation(P, {1: acc(), 2: chg(price="72.00", date="2026-12-23")}))
    return [P], eml, exp
