"""Cases 61-80."""
from ablib.common import *  # noqa: F401,F403
from ablib import mime
from ablib.pdf import pdf, simple_pdf


def ooo(nnn, p, frm, subject, date, body, extra=()):
    return mime.message(headers(frm, buyer_of(p), subject, date, f"<ooo.{nnn}.{domain_of(frm[1])}>".replace(".example>", "@mail.example>") if False else f"<ooo.{nnn}@{domain_of(frm[1])}>",
                                req_id(p), req_id(p), [("Auto-Submitted", "auto-replied"), *extra]),
                        mime.text(body, cte="quoted-printable"))


@case("salt-whole-order-declined", "confirmation/pl-PL")
def c(nnn):
    s = sup("SOLKUJ", "Zakład Solny Kujawy Sp. z o.o.", "handel@solkujawy.example", "pl-PL")
    p = po("4500231164", s, "2026-11-25", [
        ("SALT-BB-EVAP", "Evaporated salt, big bag 1 t", 60, "T", "118.00", "2026-12-08"),
        ("SALT-25-TAB", "Salt tablets, 25 kg bag", 8, "T", "164.00", "2026-12-08"),
    ], buyer="pl")
    body = """Szanowny Panie,

dziękujemy za zamówienie nr 4500231164.

Niestety nie jesteśmy w stanie zrealizować tego zamówienia – cała nasza produkcja soli warzonej i tabletek do końca lutego 2027 r. jest już zakontraktowana dla odbiorców krajowych (zimowe utrzymanie dróg). Zamówienie prosimy traktować jako odrzucone w całości.

Chętnie przedstawimy ofertę na dostawy od marca 2027.

Z poważaniem
Marek Zieliński
Dział Handlowy
Zakład Solny Kujawy Sp. z o.o., Inowrocław
"""
    msg = reply(nnn, p, ("Marek Zieliński", s["email"]), re_subject(p, "Odp: "), rfc(D(2026, 11, 26), 12, 4), body,
                client="outlook", lang="pl", charset="windows-1250", lang_attr="pl-PL")
    e = expected("confirmation", "Supplier declines the whole order: both lines rejected; the March 2027 offer is not a commitment.",
                 [conf(p, {1: rej(), 2: rej()})])
    return [p], msg, e, "Outright refusal of the whole order, which is an answer (all lines rejected), with a future offer as distractor."


@case("chains-prepayment-before-confirm", "needs_review/el-GR")
def c(nnn):
    s = sup("ELSYRM", "Ελληνικά Συρματόσχοινα Α.Ε.", "sales@hellenic-wirerope.example", "el-GR")
    p = po("4500231165", s, "2026-11-25", [
        ("WR-GALV-12-6x19", "Galvanised wire rope 12 mm 6x19 IWRC, 500 m reel", 2, "REEL", "1460.00", "2026-12-21"),
        ("SHK-BOW-12T", "Bow shackle 12 t, galvanised", 20, "EA", "38.00", "2026-12-21"),
    ], buyer="pl")
    body = """Αγαπητέ κύριε Lindqvist,

Σας ευχαριστούμε για την παραγγελία 4500231165.

Επειδή πρόκειται για την πρώτη μας συνεργασία, για να επιβεβαιώσουμε την παραγγελία και να δεσμεύσουμε παραγωγή χρειαζόμαστε προκαταβολή 30% επί της συνολικής αξίας. Μόλις λάβουμε την προκαταβολή θα σας στείλουμε την επιβεβαίωση με ημερομηνίες παράδοσης.

Παρακαλούμε επιβεβαιώστε μας αν συμφωνείτε, ώστε να σας αποστείλουμε προτιμολόγιο.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων – Ελληνικά Συρματόσχοινα Α.Ε., Θεσσαλονίκη
"""
    msg = reply(nnn, p, ("Νίκος Παπαδόπουλος", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 27), 10, 20, "+0200"), body,
                client="outlook", charset="iso-8859-7", lang_attr="el-GR")
    e = expected("needs_review", "Supplier requires 30% prepayment before it confirms; no dates or commitment.")
    return [p], msg, e, "Greek ISO-8859-7 reply that makes confirmation conditional on a 30% prepayment; 6x19 and 12 t are specs."


@case("sensors-kw53-and-tuesday-kw2", "confirmation/de-DE")
def c(nnn):
    s = sup("SENSRM", "Sensortechnik Rhein-Main GmbH", "vertrieb@sensortechnik-rm.example", "de-DE")
    p = po("4500231166", s, "2026-11-25", [
        ("SEN-PT100-M8", "Temperature sensor Pt100, M8x1, 50 mm", 40, "EA", "34.80", "2026-12-18"),
        ("SEN-PRS-0-10BAR", "Pressure transmitter 0-10 bar, 4-20 mA, G1/4", 20, "EA", "142.00", "2026-12-18"),
        ("PLC-IOL-MST-8", "IO-Link master, 8 ports, IP67", 5, "EA", "389.00", "2026-12-18"),
    ], buyer="jb")
    assert fri(53) == D(2027, 1, 1) and fri(51) == D(2026, 12, 18)
    tue2 = D.fromisocalendar(2027, 2, 2)
    assert tue2 == D(2027, 1, 12)
    body = """Hallo Herr Brandt,

danke für die Bestellung 4500231166, hier unsere Termine:

Pos. 1 Pt100 M8x1: Liefertermin KW 53 (wir fertigen zwischen den Jahren)
Pos. 2 Druckmessumformer 0-10 bar: wie bestellt, KW 51
Pos. 3 IO-Link-Master: Dienstag, KW 2 – die Ware kommt aus unserem Zentrallager in Hamburg

Preise und Mengen gemäß Ihrer Bestellung.

Viele Grüße
Sabine Lorenz
Vertriebsinnendienst
Sensortechnik Rhein-Main GmbH | Mainzer Landstr. 210 | 60326 Frankfurt am Main
"""
    msg = reply(nnn, p, ("Sabine Lorenz", s["email"]), re_subject(p, "AW: "), rfc(D(2026, 11, 26), 15, 33), body,
                client="tb", lang="de", lang_attr="de-DE", quoted_text=gmail_quote(p, "de", when="25.11.2026 um 08:30"))
    e = expected("confirmation", "KW 53 of 2026 = Fri 2027-01-01; KW 51 = 2026-12-18 (as ordered); 'Dienstag, KW 2' = Tue 2027-01-12; M8x1, 0-10 bar, G1/4 are specs.",
                 [conf(p, {1: chg(d="2027-01-01"), 2: acc(), 3: chg(d="2027-01-12")})])
    return [p], msg, e, "Calendar weeks including KW 53 of 2026 (falls on 1 Jan 2027) and a named weekday in KW 2 of the next year."


@case("paper-shared-inbox-received", "auto_reply/sv-SE")
def c(nnn):
    s = sup("SVPAPP", "Svenska Pappersgrossisten AB", "order@pappersgrossisten.example", "sv-SE")
    p = po("4500231167", s, "2026-11-26", [
        ("PAP-REEL-80-1000", "Offset paper 80 g/m2, reel 1000 mm", 12, "T", "1120.00", "2027-01-15"),
    ], buyer="sc")
    body = """Hej,

Tack för ditt mejl! Vi har tagit emot ditt meddelande och återkommer normalt inom 24 timmar (vardagar).

Orderbekräftelser skickas separat från vårt affärssystem.

Detta är ett automatiskt svar från Svenska Pappersgrossistens gemensamma orderbrevlåda. Svara inte på detta meddelande.

Med vänlig hälsning
Orderavdelningen
Svenska Pappersgrossisten AB
"""
    msg = ooo(nnn, p, ("Svenska Pappersgrossisten Order", s["email"]), "Vi har mottagit ditt mejl: Purchase order 4500231167 - please confirm",
              rfc(D(2026, 11, 26), 8, 31), body, [("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    e = expected("auto_reply", "Shared-inbox 'mail received' automatic answer; order confirmation promised separately.")
    return [p], msg, e, "Swedish shared-inbox receipt notice that promises an order confirmation later."


@case("chains-pdf-tj-kerning", "confirmation/cs-CZ")
def c(nnn):
    s = sup("RETBRNO", "Řetězárna Brno a.s.", "prodej@retezarna-brno.example", "cs-CZ")
    p = po("4500231168", s, "2026-11-25", [
        ("CH-G80-13", "Lifting chain grade 80, 13 mm", 120, "M", "12.60", "2026-12-17"),
        ("CH-G80-SLG-2L", "Chain sling 2-leg G80, 13 mm, 2 m", 10, "EA", "186.00", "2026-12-17"),
        ("HK-SAF-13", "Safety hook G80, 13 mm", 20, "EA", "21.40", "2026-12-17"),
    ])
    F = "F1"
    rows = [(40, 800, 12, "F2", "RETEZARNA BRNO a.s."), (40, 786, 8, F, "Vidovska 44, 614 00 Brno, CZ"),
            (40, 760, 11, "F2", ["POTVRZEN", -10, "I OBJEDN", -10, "AVKY  c. 26-PO-1187"]),
            (40, 744, 8, F, "Vase objednavka: 4500231168 ze dne 25.11.2026   Datum: 27.11.2026"),
            (40, 732, 8, F, "Dodaci podminky: FCA Brno (Incoterms 2020)   Platba: 30 dni od data vystaveni faktury"),
            (40, 710, 8, "F2", "Pol."), (70, 710, 8, "F2", "Nas kod"), (140, 710, 8, "F2", "Vas kod"), (230, 710, 8, "F2", "Popis"),
            (380, 710, 8, "F2", "Mnozstvi"), (430, 710, 8, "F2", "MJ"), (460, 710, 8, "F2", "Cena EUR"), (510, 710, 8, "F2", "Termin dodani"),
            ]
    data = [("1", "R80-13", "CH-G80-13", "Retez tr. 80, 13 mm", ["12", -40, "0"], "m", ["12", 30, ",60"], ["17.1", -20, "2.2026"]),
            ("2", "VR2-13-2", "CH-G80-SLG-2L", "Vazak 2-pramenny 13 mm, 2 m", "10", "ks", ["19", -15, "4,00"], "17.12.2026"),
            ("3", "HB-13", "HK-SAF-13", "Hak s pojistkou G80 13 mm", "20", "ks", "21,40", ["07.0", -25, "1.2027"])]
    y = 696
    for r in data:
        for x, v in zip((40, 70, 140, 230, 380, 430, 460, 510), r):
            rows.append((x, y, 8, F, v))
        y -= 13
    rows += [(40, y - 10, 8, F, "Cena pol. 2 dle aktualniho ceniku platneho od 1.11.2026."),
             (40, y - 22, 8, F, "Atest 3.1 dle EN 10204, retezy dle EN 818-2."),
             (40, y - 46, 8, F, "Vyhotovil: Jana Novotna, oddeleni prodeje")]
    pdfb = pdf([rows], "Potvrzeni objednavky 26-PO-1187", "Helios Green PDF Export")
    body = """Dobrý den,

v příloze zasíláme potvrzení objednávky č. 26-PO-1187 k Vaší objednávce 4500231168.

S pozdravem
Jana Novotná
oddělení prodeje, Řetězárna Brno a.s.
"""
    msg = reply(nnn, p, ("Jana Novotná", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 27), 13, 51), body,
                client="outlook", lang="cs", charset="iso-8859-2", lang_attr="cs-CZ",
                attachments=[mime.attachment(pdfb, "application/pdf", "Potvrzeni_26-PO-1187.pdf")])
    e = expected("confirmation", "PDF with positioned columns and TJ kerning arrays splitting numbers ('19' '4,00' -> 194,00; '07.0' '1.2027'): pos 2 price 194.00, pos 3 date 2027-01-07; EN 818-2 and price-list date are distractors.",
                 [conf(p, {1: acc(), 2: chg(p="194.00"), 3: chg(d="2027-01-07")})])
    return [p], msg, e, "Czech PDF confirmation laid out in positioned columns whose numbers are split across TJ kerning fragments."


@case("paints-statement-of-account", "unrelated/en-IN")
def c(nnn):
    s = sup("SGPAINT", "Shree Ganesh Paints Ltd.", "accounts@shreeganeshpaints.example", "en-IN")
    p = po("4500231169", s, "2026-11-26", [
        ("PNT-EPX-PRM-20L", "Epoxy zinc phosphate primer, 20 l", 40, "TIN", "88.00", "2027-01-08"),
    ], cur="USD", buyer="jb")
    body = """Dear Sir/Madam,

Please find below the statement of your account as on 25/11/2026.

Date        Ref           Your PO       Debit (USD)   Credit (USD)   Due date
02/09/2026  INV/2627/0881 4500226104      4,220.00                   01/11/2026
15/09/2026  RCPT/0917                                  4,220.00
08/10/2026  INV/2627/1130 4500227760      2,985.50                   07/12/2026
30/10/2026  CN/2627/044   4500227760                     120.00

Balance outstanding: USD 2,865.50

Kindly arrange payment of the due amount on or before 07/12/2026 and share the remittance advice.

Regards,
Accounts Department
Shree Ganesh Paints Ltd., Thane
"""
    msg = mime.message(headers(("Shree Ganesh Paints - Accounts", s["email"]), buyer_of(p), "Statement of Account as on 25/11/2026",
                               rfc(D(2026, 11, 26), 10, 5, "+0530"), f"<soa.{nnn}.251126@shreeganeshpaints.example>"), mime.text(body))
    e = expected("unrelated", "Statement of account listing older POs and due dates; the open PO is not addressed.")
    return [p], msg, e, "Statement of account from a supplier with an open PO, full of other PO numbers, amounts and day-first dates."


@case("vending-cups-per-thousand", "confirmation/fr-FR")
def c(nnn):
    s = sup("DARHONE", "Distribution Automatique Rhône SARL", "commandes@da-rhone.example", "fr-FR")
    p = po("4500231170", s, "2026-11-26", [
        ("VM-CUP-7OZ", "Paper cup 7 oz (210 ml), vending", 20000, "EA", "0.041", "2026-12-11"),
        ("VM-STIR-105", "Wooden stirrer 105 mm", 50000, "EA", "0.0062", "2026-12-11"),
        ("VM-BREW-SEAL", "Brewer seal kit", 10, "EA", "27.50", "2026-12-11"),
    ], buyer="ar")
    assert fri(50) == D(2026, 12, 11)
    body = """Bonjour Madame Rahman,

Voici notre confirmation pour la commande 4500231170 :

- gobelets carton 7 oz : 20 000 pièces, 38,50 € le mille (nouveau tarif fournisseur, en baisse)
- agitateurs bois 105 mm : 50 000 pièces à 6,20 € le mille
- kits joints de groupe : 10 pièces à 27,50 €

Livraison de l'ensemble semaine 50.

Bonne journée,
Sébastien Garnier
Distribution Automatique Rhône – Vénissieux
"""
    msg = reply(nnn, p, ("Sébastien Garnier", s["email"]), re_subject(p, "RE : "), rfc(D(2026, 11, 27), 9, 26), body,
                client="gmail", lang="fr", charset="iso-8859-15",
                quoted_text=gmail_quote(p, "fr", when="jeu. 26 nov. 2026 à 08:30"))
    e = expected("confirmation", "Prices per thousand: cups 38,50/1000 = 0.0385 (changed from 0.041), stirrers 6,20/1000 = 0.0062 (unchanged); 'semaine 50' = 2026-12-11 = requested; '20 000' uses a space as thousands separator.",
                 [conf(p, {1: chg(p="0.0385"), 2: acc(), 3: acc()})])
    return [p], msg, e, "Prices 'le mille' (per thousand) against per-piece PO prices, with space thousands separators and a week number."


@case("haddock-subject-to-catch", "needs_review/en-GB")
def c(nnn):
    s = sup("SHETCAT", "Shetland Catch Ltd", "sales@shetlandcatch.example", "en-GB")
    p = po("4500231171", s, "2026-11-26", [
        ("SF-HAD-FIL", "Haddock fillets skinless, IQF, 6 kg carton", 400, "CT", "79.00", "2026-12-16"),
    ], cur="GBP", buyer="pl")
    body = """Hi Peter,

Thanks for the order. We can offer the 400 cartons at your price but it's subject to catch - quotas are very tight this month and the weather's been poor. The boats land Thursday week so I'll know then whether we can make the 16th or if it slips to January.

Will be in touch.

Callum
Shetland Catch Ltd | Lerwick
"""
    msg = reply(nnn, p, ("Callum Irvine", s["email"]), re_subject(p), rfc(D(2026, 11, 27), 16, 48, "+0000"), body, client="gmail")
    e = expected("needs_review", "'Subject to catch' with the outcome known only after the boats land; no firm commitment.")
    return [p], msg, e, "'We can offer ... subject to catch' reads like a yes but leaves quantity and date open until the landing."


@case("vending-three-date-split", "confirmation/ro-RO")
def c(nnn):
    s = sup("AVPRO", "Automate Vending Parts SRL", "vanzari@avparts.example", "ro-RO")
    p = po("4500231172", s, "2026-11-26", [
        ("VM-COIN-MECH", "Coin mechanism, 6 tubes, EUR", 30, "EA", "212.00", "2026-12-15"),
        ("VM-PCB-DISP", "Display board LCD 2x16", 15, "EA", "96.00", "2026-12-15"),
    ], buyer="ar")
    body = """Bună ziua doamna Rahman,

Vă mulțumim pentru comanda 4500231172. Confirmăm după cum urmează:

Poz. 1 – mecanism monede 6 tuburi: 30 buc. la 212,00 EUR, livrare eșalonată:
    10 buc. la 15.12.2026
    10 buc. la 12.01.2027
    10 buc. la 09.02.2027
Poz. 2 – placă afișaj LCD 2x16: 15 buc., 96,00 EUR, livrare 15.12.2026, conform comenzii.

Cu stimă,
Andreea Popescu
Departament Vânzări – Automate Vending Parts SRL, Cluj-Napoca
"""
    msg = reply(nnn, p, ("Andreea Popescu", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 27), 11, 9, "+0200"), body,
                client="outlook", lang="ro", lang_attr="ro-RO")
    e = expected("confirmation", "Line 1 split into three deliveries of 10 (2026-12-15, 2027-01-12, 2027-02-09); line 2 as ordered; '2x16' is a display size.",
                 [conf(p, {1: chg(d="2027-02-09", sched=[(10, "2026-12-15"), (10, "2027-01-12"), (10, "2027-02-09")]), 2: acc()})])
    return [p], msg, e, "Romanian reply spreading one line over three monthly deliveries, the first on the requested date."


@case("copper-nieobecnosc", "auto_reply/pl-PL")
def c(nnn):
    s = sup("MIEDZP2", "Miedź-Profil Sp. z o.o.", "k.wisniewska@miedz-profil.example", "pl-PL")
    p = po("4500231173", s, "2026-11-27", [
        ("CU-BUS-10x3", "Copper busbar 10x3 mm, 4 m bars", 200, "KG", "11.60", "2027-01-13"),
    ])
    body = """Dzień dobry,

dziękuję za wiadomość. Jestem nieobecna w biurze do 4 grudnia 2026 r. W tym czasie nie mam dostępu do poczty.

W sprawach pilnych proszę o kontakt z Działem Sprzedaży: sprzedaz@miedz-profil.example, tel. +48 76 850 00 00.

Pozdrawiam
Katarzyna Wiśniewska
"""
    msg = ooo(nnn, p, ("Katarzyna Wiśniewska", s["email"]), "Odpowiedź automatyczna: Purchase order 4500231173 - please confirm",
              rfc(D(2026, 11, 27), 8, 31), body, [("X-Auto-Response-Suppress", "All")])
    e = expected("auto_reply", "Polish out-of-office until 4 December.")
    return [p], msg, e, "Polish out-of-office from a known contact whose return date is close to a plausible delivery date."


@case("motors-turkish-thousands-price", "confirmation/tr-TR")
def c(nnn):
    s = sup("ANADEM", "Anadolu Elektrik Motorları A.Ş.", "ihracat@anadolumotor.example", "tr-TR")
    p = po("4500231174", s, "2026-11-26", [
        ("MOT-IE3-11-4P", "Electric motor IE3 11 kW 4-pole B3", 8, "EA", "655.00", "2027-01-15"),
        ("MOT-IE3-18.5-4P", "Electric motor IE3 18.5 kW 4-pole B35", 4, "EA", "1040.00", "2027-01-15"),
    ], buyer="jb")
    body = """Sayın Jonas Brandt,

4500231174 numaralı siparişiniz için teşekkür ederiz. Onayımız aşağıdaki gibidir:

1. kalem (11 kW, 4 kutup, B3): 8 adet, birim fiyat 655,00 EUR, teslim 15 Ocak 2027.
2. kalem (18,5 kW, 4 kutup, B35): 4 adet; B35 flanş için birim fiyat 1.085,00 EUR, teslim 29 Ocak 2027.

Teslim şekli: DAP Aarhus. Ödeme: konşimento tarihinden itibaren 60 gün.

Saygılarımızla,
Elif Yılmaz
İhracat Satış Uzmanı
Anadolu Elektrik Motorları A.Ş., Gebze / Kocaeli
"""
    msg = reply(nnn, p, ("Elif Yılmaz", s["email"]), re_subject(p, "YNT: "), rfc(D(2026, 11, 30), 10, 44, "+0300"), body,
                client="outlook", lang="tr", charset="iso-8859-9", lang_attr="tr-TR")
    e = expected("confirmation", "Line 2 price '1.085,00' = 1085.00 (dot thousands) and date 29 Ocak 2027 = 2027-01-29; line 1 as ordered; '18,5 kW' is a rating.",
                 [conf(p, {1: acc(), 2: chg(p="1085.00", d="2027-01-29")})])
    return [p], msg, e, "Turkish ISO-8859-9 reply with a price using dot thousands and comma decimals and Turkish month names."


@case("flooring-part-now-rest-later-vague", "needs_review/da-DK")
def c(nnn):
    s = sup("GULVC", "Gulvcentralen ApS", "salg@gulvcentralen.example", "da-DK")
    p = po("4500231175", s, "2026-11-26", [
        ("FLR-LAM-8-OAK", "Laminate 8 mm, oak natural, AC4", 650, "M2", "11.90", "2027-01-08"),
        ("FLR-SKIRT-60", "Skirting board 60 mm, white, 2.4 m", 280, "EA", "4.30", "2027-01-08"),
    ], buyer="pl")
    body = """Hej Peter

Tak for bestillingen. Vi kan levere en del af laminatet med det samme og resten senere, når containeren fra Polen er kommet. Fodlisterne skal jeg lige høre vores leverandør om.

Jeg vender tilbage når jeg ved mere.

Mvh
Søren Kristensen
Gulvcentralen ApS
"""
    msg = reply(nnn, p, ("Søren Kristensen", s["email"]), re_subject(p, "SV: "), rfc(D(2026, 11, 30), 14, 22), body,
                client="apple", lang="da")
    e = expected("needs_review", "'Part now, rest later' without quantities or dates and a pending check for line 2; nothing a buyer could book.")
    return [p], msg, e, "Vague 'part now, the rest later' answer without any quantity or date."


@case("seat-tracks-one-line-tbc", "confirmation/en-US")
def c(nnn):
    s = sup("PACAERO", "Pacific Aero Interiors Inc.", "orders@pacificaero.example", "en-US")
    p = po("4500231176", s, "2026-11-27", [
        ("TRK-SEAT-48", "Seat track 48 in, aluminum 7075-T6", 40, "EA", "318.00", "2027-01-22"),
        ("FTG-TRK-STUD", "Track fitting stud, double", 400, "EA", "6.75", "2027-01-22"),
        ("PSU-PANEL-BLK", "PSU filler panel, black", 60, "EA", "44.00", "2027-01-22"),
    ], cur="USD", buyer="jb")
    body = """Jonas,

Lines 1 and 2 are confirmed as ordered - they ship 1/20/27 and deliver 1/22/27.

Line 3 (PSU filler panels) is pending our molding vendor, I'll have that to you next week.

Certs (C of C + 8130-3) ship with the parts.

Thanks,
Kevin Tran
Customer Service Rep | Pacific Aero Interiors Inc. | Everett, WA
"""
    msg = reply(nnn, p, ("Kevin Tran", s["email"]), re_subject(p), rfc(D(2026, 11, 30), 9, 5, "-0800"), body,
                client="outlook", lang_attr="en-US")
    e = expected("confirmation", "Lines 1-2 accepted (delivery 1/22/27 = requested; ship 1/20 ignored); line 3 pending vendor -> unconfirmed; 7075-T6 and 8130-3 are specs.",
                 [conf(p, {1: acc(), 2: acc(), 3: unc()})])
    return [p], msg, e, "Two lines confirmed with US two-digit-year dates, one line explicitly left for next week."


@case("pallets-christmas-closing-notice", "unrelated/cs-CZ")
def c(nnn):
    s = sup("PALMOR2", "Palety Morava s.r.o.", "info@palety-morava.example", "cs-CZ")
    p = po("4500231177", s, "2026-11-27", [
        ("PAL-CP3-1140", "Chemical pallet CP3 1140x1140", 300, "EA", "15.80", "2026-12-16"),
    ])
    body = """Vážení obchodní partneři,

dovolujeme si Vás informovat o provozu naší společnosti v období vánočních svátků:

  poslední expedice v roce 2026: 18. 12. 2026
  celozávodní dovolená: 21. 12. 2026 – 1. 1. 2027
  první expedice v roce 2027: 4. 1. 2027

Objednávky s termínem dodání v tomto období prosíme konzultujte s obchodním oddělením.

Děkujeme za spolupráci v roce 2026 a přejeme klidné svátky.

Palety Morava s.r.o.
"""
    msg = mime.message(headers(("Palety Morava", s["email"]), ("Obchodní partneři", "undisclosed-recipients@palety-morava.example"),
                               "Provoz o vánočních svátcích 2026 / Christmas operating hours",
                               rfc(D(2026, 11, 30), 7, 30), f"<vanoce2026.{nnn}@palety-morava.example>",
                               extra=[("Precedence", "bulk")]),
                       mime.alt(mime.text(body, charset="iso-8859-2"), mime.text(to_html(body), "html", "iso-8859-2"), "x"))
    e = expected("unrelated", "Christmas closing circular from the supplier; shipping cut-off dates but no answer to the PO.")
    return [p], msg, e, "Holiday-closing circular with shipping cut-off dates that could be misread as a delivery commitment."


@case("medical-two-pos-one-partial", "confirmation/it-IT")
def c(nnn):
    s = sup("SANEMIL", "Sanitaria Emiliana S.p.A.", "ordini@sanitariaemiliana.example", "it-IT")
    a = po("4500231178", s, "2026-11-27", [
        ("SYR-10ML-LL", "Syringe 10 ml Luer lock, box of 100", 60, "BX", "13.80", "2026-12-14"),
        ("NDL-21G-40", "Hypodermic needle 21G x 40 mm, box of 100", 80, "BX", "3.95", "2026-12-14"),
    ], buyer="sc")
    b = po("4500231179", s, "2026-11-27", [
        ("IVC-20G", "IV cannula 20G, box of 50", 40, "BX", "18.60", "2026-12-14"),
        ("CAT-FOL-16CH", "Foley catheter 16 Ch, 2-way, box of 10", 30, "BX", "14.20", "2026-12-14"),
    ], buyer="sc")
    body = """Buongiorno Sofia,

in riferimento ai Vs. ordini:

- 4500231178 (siringhe e aghi): confermato integralmente, consegna 14/12/2026, cartoni da 10 scatole.
- 4500231179: riga 1 (cannule 20G) confermata, 40 scatole, consegna 14/12/2026. Riga 2 (cateteri Foley 16 Ch) in attesa di disponibilità dal produttore, Vi aggiorneremo appena possibile.

Prezzi come da ordine.

Cordiali saluti,
Giulia Ferrari
Customer Service – Sanitaria Emiliana S.p.A., Mirandola (MO)
"""
    q = outlook_block(a, "it", subject="Ordini 4500231178 / 4500231179", body=request_text(a) + "\n" + request_text(b))
    msg = reply(nnn, a, ("Giulia Ferrari", s["email"]), "R: Ordini 4500231178 / 4500231179", rfc(D(2026, 11, 30), 12, 15), body,
                client="outlook", lang="it", quoted_text=q, also=(req_id(b),), lang_attr="it-IT")
    e = expected("confirmation", "PO 4500231178 fully accepted; PO 4500231179 line 1 accepted, line 2 awaiting availability -> unconfirmed; 21G x 40 mm and 16 Ch are specs.",
                 [conf(a, {1: acc(), 2: acc()}), conf(b, {1: acc(), 2: unc()})])
    return [a, b], msg, e, "Two POs in one mail, one fully confirmed and one with a line left open pending availability."


@case("feed-additives-line-not-mentioned", "confirmation/de-DE")
def c(nnn):
    s = sup("TIERWE", "Tierernährung Weser-Ems GmbH", "verkauf@tierernaehrung-we.example", "de-DE")
    p = po("4500231180", s, "2026-11-27", [
        ("VFA-VITE-50", "Vitamin E 50% feed grade, 25 kg bag", 500, "KG", "12.40", "2026-12-09"),
        ("VFA-BUT-NA-30", "Sodium butyrate 30% coated, 25 kg bag", 750, "KG", "4.15", "2026-12-09"),
        ("VFA-PREMIX-PIG", "Pig premix 0.5%, 25 kg bag", 1000, "KG", "1.92", "2026-12-09"),
    ], buyer="ar")
    body = """Hallo Frau Rahman,

kurz zu Ihrer Bestellung 4500231180:

Pos. 1 Vitamin E 50 %: Preis leider 13,10 €/kg wegen der Rohstofflage, Menge und Termin ok.
Pos. 3 Schweine-Premix 0,5 %: 1.000 kg, Lieferung 11.12. – früher schaffen wir die Mischung nicht.

Beste Grüße
Henrik Meyer
Tierernährung Weser-Ems GmbH, Cloppenburg
"""
    msg = reply(nnn, p, ("Henrik Meyer", s["email"]), re_subject(p, "Re: "), rfc(D(2026, 11, 30), 16, 40), body,
                client="tb", lang="de", charset="iso-8859-15", lang_attr="de-DE",
                quoted_text=gmail_quote(p, "de", when="27.11.2026 um 08:30"))
    e = expected("confirmation", "Pos. 2 is not mentioned -> unconfirmed; pos. 1 price 13.10; pos. 3 '11.12.' without year = 2026-12-11, '1.000 kg' = 1000; '50 %' / '0,5 %' are grades.",
                 [conf(p, {1: chg(p="13.10"), 2: unc(), 3: chg(d="2026-12-11")})])
    return [p], msg, e, "Thunderbird reply that silently skips one line, with a yearless date and dot-thousands quantity."


@case("salt-price-per-25kg-bag", "confirmation/en-GB")
def c(nnn):
    s = sup("CHESALT", "Cheshire Salt Supplies Ltd", "sales@cheshiresalt.example", "en-GB")
    p = po("4500231181", s, "2026-11-27", [
        ("SALT-WHT-25", "White de-icing salt, 25 kg bags (palletised)", 20, "T", "95.00", "2026-12-10"),
        ("SALT-BRN-BB", "Brown rock salt, 1 t big bag", 40, "T", "68.00", "2026-12-10"),
    ], cur="GBP", buyer="pl")
    wd(D(2026, 12, 10), "Thu")
    body = """Dear Peter,

Thank you for your order 4500231181.

White salt (line 1): we can supply the 20 tonnes (800 x 25 kg bags, 40 bags per tonne) at £2.45 per 25 kg bag - our haulage costs have gone up since we quoted.
Brown rock salt (line 2): 40 x 1 t bulk bags at your order price.

Delivery of both on Thursday 10th December.

Kind regards,
Helen Whitworth
Sales Office, Cheshire Salt Supplies Ltd, Northwich
"""
    msg = reply(nnn, p, ("Helen Whitworth", s["email"]), re_subject(p), rfc(D(2026, 11, 30), 11, 58, "+0000"), body, client="outlook")
    e = expected("confirmation", "Line 1 priced per 25 kg bag: 2.45 x 40 bags = 98.00 GBP per tonne (PO unit T); line 2 as ordered; Thursday 10th December = requested date.",
                 [conf(p, {1: chg(p="98.00"), 2: acc()})])
    return [p], msg, e, "Price quoted per 25 kg bag that must be converted to the per-tonne PO unit."


@case("motor-flange-question-korean", "needs_review/ko-KR")
def c(nnn):
    s = sup("DAESUNG", "대성모터 주식회사", "sales@daesung-motor.example", "ko-KR")
    p = po("4500231182", s, "2026-11-27", [
        ("MOT-IE3-5.5-4P-B5", "Electric motor IE3 5.5 kW 4-pole, B5 flange", 10, "EA", "402.00", "2027-01-22"),
    ], buyer="jb")
    body = """Jonas Brandt 님,

발주서 4500231182 잘 받았습니다.

확인 부탁드립니다: 품목 설명에는 B5 플랜지로 되어 있으나, 첨부 도면에는 B14 (페이스 플랜지)로 표기되어 있습니다. 어느 쪽으로 제작해야 할지 알려주시면 단가와 납기를 확정하여 회신드리겠습니다.

감사합니다.
이서연 대리 | 해외영업 | 대성모터 주식회사
"""
    msg = reply(nnn, p, ("이서연", s["email"]), re_subject(p, "RE: "), rfc(D(2026, 11, 30), 17, 2, "+0900"), body,
                client="outlook", charset="euc-kr", cte="base64", lang_attr="ko-KR")
    e = expected("needs_review", "Korean EUC-KR question about B5 vs B14 flange; price and date to follow the answer.")
    return [p], msg, e, "Korean EUC-KR question about a flange mismatch between the PO text and the drawing."


@case("motors-erp-pdf-ship-dates-only", "confirmation/en-US")
def c(nnn):
    s = sup("GLMW", "Great Lakes Motor Works", "noreply@greatlakesmotor.example", "en-US")
    p = po("4500231183", s, "2026-11-27", [
        ("MOT-56C-1HP", "Motor 0.75 kW (1 HP), 56C frame, 230/460 V", 24, "EA", "238.00", "2026-12-11"),
        ("MOT-145T-2HP", "Motor 1.5 kW (2 HP), 145T frame, 230/460 V", 12, "EA", "312.00", "2026-12-11"),
    ], cur="USD", buyer="jb")
    lines = [("F2", "GREAT LAKES MOTOR WORKS"), "4410 W. Industrial Pkwy, Toledo, OH 43615", "",
             ("F2", "SALES ORDER ACKNOWLEDGMENT   SO 7731902"), "Order Date: 11/30/2026     Customer PO: 4500231183",
             "Sold To: HALVORSEN GROUP, AARHUS DK      Terms: NET 45     Freight: Prepaid & Add",
             "Quote Ref: Q-55120 (valid 30 days from 11/02/2026)", "",
             "Ln  Item           Cust Item       Description                      Qty  Price     Est. Ship",
             "1   GL-56C1-T      MOT-56C-1HP     1HP 56C TEFC 230/460V 1800RPM     24  238.00    12/04/2026",
             "2   GL-145T2-T     MOT-145T-2HP    2HP 145T TEFC 230/460V 1800RPM    12  312.00    12/18/2026", "",
             "Ship dates are estimates. Transit time not included.", "All sales subject to GLMW terms and conditions."]
    pdfb = simple_pdf(lines, "Sales Order Acknowledgment 7731902", size=8)
    body = """This is an automated message from Great Lakes Motor Works.

Your order has been received and entered. The acknowledgment for Sales Order 7731902 (your PO 4500231183) is attached.

Please do not reply to this email. Contact your inside sales representative with any questions.
"""
    msg = reply(nnn, p, ("Great Lakes Motor Works", s["email"]), "Sales Order Acknowledgment 7731902 - PO 4500231183",
                rfc(D(2026, 11, 30), 14, 12, "-0500"), body, client="plain", quote=False, thread=False,
                attachments=[mime.attachment(pdfb, "application/pdf", "SOA_7731902.pdf")],
                extra=[("Auto-Submitted", "auto-generated")])
    e = expected("confirmation", "ERP acknowledgment with estimated ship dates only (no delivery date): line 1 2026-12-04, line 2 2026-12-18; 56C/145T frames, 1800RPM and quote validity are distractors.",
                 [conf(p, {1: chg(d="2026-12-04"), 2: chg(d="2026-12-18")})])
    return [p], msg, e, "No-reply ERP acknowledgment PDF with only estimated ship dates in US format and frame sizes like 56C/145T."


@case("wall-paint-price-per-litre", "confirmation/de-DE")
def c(nnn):
    s = sup("FARBSAX", "Farbenfabrik Sachsen GmbH", "auftrag@farbenfabrik-sachsen.example", "de-DE")
    p = po("4500231184", s, "2026-11-27", [
        ("PNT-DIS-WHT-20L", "Interior wall paint white, 20 l tin", 50, "TIN", "74.00", "2026-12-11"),
        ("PNT-LAT-5L", "Latex paint satin, 5 l tin", 30, "TIN", "31.50", "2026-12-11"),
        ("PNT-LAC-1L", "Lacquer RAL 9016, 1 l tin", 60, "TIN", "14.20", "2026-12-11"),
    ], buyer="mk")
    bh = """<p>Sehr geehrte Frau Keller,</p>
<p>vielen Dank für Ihre Bestellung 4500231184. Wir bestätigen wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dde"><th>Pos.</th><th>Artikel</th><th>Menge</th><th>Preis</th><th>Liefertermin</th></tr>
<tr><td>1</td><td>Innenwandfarbe weiß, 20-l-Eimer</td><td>50</td><td>3,95 €/l</td><td>11.12.2026</td></tr>
<tr><td>2</td><td>Latexfarbe seidenmatt, 5 l</td><td>30</td><td>wie bestellt</td><td>11.12.2026</td></tr>
<tr><td>3</td><td>Lack RAL 9016, 1 l</td><td>60</td><td>wie bestellt</td><td>18.12.2026</td></tr>
</table>
<p>Die Preisanpassung bei Pos. 1 ergibt sich aus unserer Preisliste 2027 (gültig ab 01.12.2026).</p>
<p>Mit freundlichen Grüßen<br>Claudia Richter<br>Auftragsbearbeitung<br>Farbenfabrik Sachsen GmbH · Chemnitz</p>"""
    plain = """Sehr geehrte Frau Keller,

vielen Dank für Ihre Bestellung 4500231184. Wir bestätigen wie folgt:

Pos. | Artikel | Menge | Preis | Liefertermin
1 | Innenwandfarbe weiß, 20-l-Eimer | 50 | 3,95 €/l | 11.12.2026
2 | Latexfarbe seidenmatt, 5 l | 30 | wie bestellt | 11.12.2026
3 | Lack RAL 9016, 1 l | 60 | wie bestellt | 18.12.2026

Die Preisanpassung bei Pos. 1 ergibt sich aus unserer Preisliste 2027 (gültig ab 01.12.2026).

Mit freundlichen Grüßen
Claudia Richter
Auftragsbearbeitung
Farbenfabrik Sachsen GmbH · Chemnitz
"""
    msg = reply(nnn, p, ("Claudia Richter", s["email"]), re_subject(p, "AW: "), rfc(D(2026, 11, 30), 10, 3), plain,
                body_html=bh, client="outlook", lang="de", lang_attr="de-DE")
    e = expected("confirmation", "Pos. 1 priced per litre: 3,95 €/l x 20 l = 79.00 per tin; pos. 2 as ordered; pos. 3 moved to 2026-12-18; RAL 9016 and price-list date are distractors.",
                 [conf(p, {1: chg(p="79.00"), 2: acc(), 3: chg(d="2026-12-18")})])
    return [p], msg, e, "Price given per litre for a 20-litre tin in an HTML table reply, so it must be multiplied to the PO unit."
