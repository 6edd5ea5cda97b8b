# -*- coding: utf-8 -*-
"""Cases 037-054."""
from .common import *  # noqa


# 037 ---------------------------------------------------------------------------
@case("broches-porteno-docena", "confirmation", "es-AR",
      "Argentine reply pricing one line 'por docena' (USD 11,40 la docena = 0.95/EA, a real increase) and the other at the PO price; weekday+date without year.")
def c037():
    S = sup("BROPOR", "Broches del Puerto S.R.L.", "ventas@brochesdelpuerto.example", "es-AR")
    P = po("4500081583", S, "ana", "USD", "2026-11-18", [
        ("JC-TOG-15-SV", "Toggle clasp 15 mm, silver-plated brass", 1200, "EA", "0.90", "2026-12-15"),
        ("JC-MAG-8-GD", "Magnetic clasp 8 mm, gold tone", 600, "EA", "1.15", "2026-12-15")])
    t = """Hola Ana, ¿cómo estás?

Te confirmamos la OC 4500081583:

- Broche toggle 15 mm plateado: 1.200 unidades. Ojo que lo facturamos por docena: USD 11,40 la docena (subió el latón).
- Broche magnético 8 mm dorado: 600 unidades a USD 1,15 c/u, sin cambios.

Entrega de todo el martes 15/12 en el depósito de tu despachante en Buenos Aires.

Saludos!
Martín Iglesias
Broches del Puerto S.R.L. | Av. Pedro de Mendoza 1870, La Boca, CABA
Tel. (011) 4301-2276 | CUIT 30-71234567-8

"""
    q = q_gt(P, intro="El mié, 18 nov 2026 a las 6:02, {n} (<{e}>) escribió:")
    h = html_wrap(html_from_text(t) + q_gmail_html(P, intro="El mié, 18 nov 2026 a las 6:02, {n} (&lt;{e}&gt;) escribió:"), "es")
    raw = mail(("Martín Iglesias", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-19 11:47", alt(text(t + q), html(h)), P, zone="-0300")
    exp = expected("confirmation",
                   "Line 1: 1.200 units (dot = thousands) at USD 11,40 per dozen = 0.95 per EA instead of 0.90 -> changed "
                   "(price). Line 2 unchanged. 'martes 15/12' = 2026-12-15 (a Tuesday) = requested.",
                   answer(P, l1=C(p="0.95"), l2=A()))
    return [P], raw, exp


# 038 ---------------------------------------------------------------------------
@case("niturom-stock-only-8", "confirmation", "ro-RO",
      "Romanian HTML reply in a Thunderbird blockquote thread: one line reduced to the 8 pcs in stock (model discontinued), another dated '7 ianuarie 2027'.")
def c038():
    S = sup("NITROM", "Niturom Unelte S.R.L.", "comenzi@niturom.example", "ro-RO")
    P = po("4500081590", S, "jonas", "EUR", "2026-11-18", [
        ("RG-BAT-18V", "Cordless rivet gun 18 V, up to 4.8 mm", 10, "EA", "212.00", "2026-12-16"),
        ("RG-HYD-6.4", "Hydropneumatic rivet gun, up to 6.4 mm", 5, "EA", "265.00", "2026-12-16"),
        ("RG-NOSE-SET", "Nose piece set 2.4-4.8 mm", 20, "SET", "18.00", "2026-12-16")])
    inner = """<p>Bună ziua domnule Weber,</p>
<p>Vă confirmăm comanda 4500081590 după cum urmează:</p>
<ol>
<li>Nituitor cu acumulator 18 V: din păcate modelul a ieșit din fabricație, avem în stoc doar <b>8 buc.</b>, pe care vi le putem livra la data solicitată (16.12.2026), preț 212,00 EUR/buc. Restul de 2 buc. nu le mai putem furniza.</li>
<li>Nituitor hidropneumatic: 5 buc. la 265,00 EUR, livrare: 7 ianuarie 2027.</li>
<li>Set capete: 20 seturi la 18,00 EUR, livrare 16.12.2026.</li>
</ol>
<p>Cu stimă,<br>Andrei Popescu<br>Departament Vânzări – Niturom Unelte S.R.L.<br>Str. Fabricii nr. 46, 400632 Cluj-Napoca<br>Tel. 0264 412 870 | CUI RO 18734512</p>
<div class="moz-cite-prefix">La 18.11.2026 11:02, Jonas Weber a scris:<br></div>
<blockquote type="cite" cite="mid:po-4500081590.1@larkfield.example">""" + req_html(P) + "</blockquote>"
    raw = mail(("Andrei Popescu", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-20 09:05", html(html_wrap(inner, "ro")), P, zone="+0200",
               mailer="Mozilla Thunderbird")
    exp = expected("confirmation",
                   "Line 1: only 8 of 10 can be supplied (the remaining 2 never), at PO price and date -> changed, quantity 8. "
                   "Line 2: 7 ianuarie 2027 instead of 2026-12-16 -> changed. Line 3 as ordered.",
                   answer(P, l1=C(q=8), l2=C(d="2027-01-07"), l3=A()))
    return [P], raw, exp


# 039 ---------------------------------------------------------------------------
@case("marulya-bulgarian-html-only", "confirmation", "bg-BG",
      "Bulgarian HTML-only base64 mail confirming everything as ordered with dates written '18.12.2026 г.'; nothing changes.")
def c039():
    S = sup("MAROUL", "Маруля Градина ЕООД", "oferti@marulya-garden.example", "bg-BG")
    P = po("4500081604", S, "tom", "EUR", "2026-11-19", [
        ("HR-BOX-30", "Hose reel box, auto-rewind, 30 m", 24, "EA", "79.00", "2026-12-18"),
        ("HR-HOSE-1/2-30", "Garden hose 1/2 in, 30 m, reinforced", 48, "EA", "14.80", "2026-12-18")])
    inner = """<div style="font-family:Verdana;font-size:10pt">
<p>Здравейте, г-н Ахтерберг,</p>
<p>Благодарим Ви за поръчка № 4500081604. Потвърждаваме я изцяло, без промени:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Поз.</th><th>Артикул</th><th>Количество</th><th>Ед. цена</th><th>Доставка</th></tr>
<tr><td>1</td><td>HR-BOX-30</td><td>24 бр.</td><td>79,00 EUR</td><td>18.12.2026 г.</td></tr>
<tr><td>2</td><td>HR-HOSE-1/2-30</td><td>48 бр.</td><td>14,80 EUR</td><td>18.12.2026 г.</td></tr>
</table>
<p>С уважение,<br>Десислава Петрова<br>Търговски отдел<br>Маруля Градина ЕООД, гр. Пловдив, бул. „Кукленско шосе“ 17<br>тел. +359 32 604 118 | ЕИК 204512876</p>
</div>"""
    raw = mail(("Десислава Петрова", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-20 15:33", html(html_wrap(inner, "bg"), "utf-8", "base64"), P,
               zone="+0200")
    exp = expected("confirmation", "Explicit confirmation without changes; every value in the table equals the PO "
                                   "(decimal comma, '18.12.2026 г.').",
                   answer(P, A()))
    return [P], raw, exp


# 040 ---------------------------------------------------------------------------
@case("lanac-galvanising-surcharge", "confirmation", "hr-HR",
      "Croatian reply adding a fixed hot-dip galvanising surcharge of 0,35 EUR/m to one line (price = PO + 0.35) and a date '17.12.' without year.")
def c040():
    S = sup("LANACR", "Lanac Rijeka d.o.o.", "prodaja@lanac-rijeka.example", "hr-HR")
    P = po("4500081611", S, "jonas", "EUR", "2026-11-19", [
        ("AC-10-G30-BL", "Anchor chain 10 mm, grade 30, black", 200, "M", "7.60", "2026-12-17"),
        ("AC-10-G30-HDG", "Anchor chain 10 mm, grade 30, hot-dip galvanised", 300, "M", "9.20", "2026-12-17")])
    body = """Poštovani g. Weber,

zahvaljujemo na narudžbi 4500081611.

Stavka 1 (crni lanac 10 mm): 200 m po 7,60 EUR/m - potvrđeno.
Stavka 2 (vruće cinčani lanac 10 mm): 300 m, na cijenu iz narudžbe dodajemo doplatu za vruće cinčanje od 0,35 EUR/m zbog poskupljenja cinka.

Isporuka za obje stavke 17.12.

Lijep pozdrav,
Ivana Horvat
Lanac Rijeka d.o.o. | Industrijska zona Kukuljanovo 310, 51227 Kukuljanovo
tel. +385 51 499 260 | OIB 48231976540

""" + q_gt(P, intro="Dana 19. 11. 2026. u 10:02, {n} je napisao/la:")
    raw = mail(("Ivana Horvat", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Odg: " + req_subject(P), "2026-11-20 12:15", text(body, "iso-8859-2"), P, hcharset="iso-8859-2")
    exp = expected("confirmation",
                   "Line 1 as ordered. Line 2: surcharge 0,35 EUR/m on top of the PO price 9.20 -> 9.55, quantity and date "
                   "unchanged -> changed. '17.12.' (no year) = 2026-12-17 = requested.",
                   answer(P, l1=A(), l2=C(p="9.55")))
    return [P], raw, exp


# 041 ---------------------------------------------------------------------------
@case("gmail-dsn-no-such-user", "bounce", "en-SG",
      "Google 'Delivery Status Notification (Failure)' with text/rfc822-headers only (no body of the original); 550 5.1.1 NoSuchUser.")
def c041():
    S = sup("LIONSW", "Lion City Solar Wiring Pte Ltd", "purchasing@lioncitysolar.example", "en-SG")
    P = po("4500081622", S, "dana", "USD", "2026-11-19", [
        ("SCG-M12-MC", "Cable gland M12x1.5 for MC4 cable, IP68", 3000, "PC", "0.36", "2026-12-11")])
    human = """** Address not found **

Your message wasn't delivered to purchasing@lioncitysolar.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <purchasing@lioncitysolar.example>: Recipient address rejected: The email account that you tried to reach does not exist.
"""
    raw = dsn(P, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
              "2026-11-19 01:02:55", "-0800", human, "googlemail.com", "purchasing@lioncitysolar.example", "5.1.1",
              "550 5.1.1 <purchasing@lioncitysolar.example>: Recipient address rejected: The email account that you tried to reach does not exist.",
              include_full=False, human_charset="utf-8", human_cte="7bit",
              extra=[("X-Failed-Recipients", "purchasing@lioncitysolar.example")])
    exp = expected("bounce", "Gmail DSN: the supplier address does not exist; the PO request was not delivered.")
    return [P], raw, exp


# 042 ---------------------------------------------------------------------------
@case("taiwan-big5-vacation", "auto_reply", "zh-TW",
      "Traditional Chinese Big5 out-of-office (休假 2026/11/19-11/27) with Auto-Submitted; dates and an extension number, no commitment.")
def c042():
    S = sup("HSINTL", "Hsin Li Pneumatic Tools Co., Ltd.", "sales@hsinli-tools.example", "zh-TW")
    P = po("4500081630", S, "jonas", "USD", "2026-11-19", [
        ("RG-AIR-4.8T", "Air rivet gun 2.4-4.8 mm, Taiwan made", 30, "EA", "58.00", "2027-01-15"),
        ("RG-AIR-6.4T", "Air rivet gun 3.2-6.4 mm, Taiwan made", 20, "EA", "79.00", "2027-01-15")])
    body = """您好：

本人於 2026/11/19 至 2026/11/27 休假，期間無法即時回覆郵件。
如有急事，請洽業務助理 陳小姐（分機 215，amy.chen@hsinli-tools.example）。

謝謝！

林志明 Jimmy Lin
信立氣動工具股份有限公司
台中市大里區仁化路 388 號  TEL: 04-2491-5566
"""
    raw = mail(("林志明", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "自動回覆: " + req_subject(P), "2026-11-19 17:03", text(body, "big5", "base64"), P, zone="+0800",
               hcharset="big5", extra=[("Auto-Submitted", "auto-replied")])
    exp = expected("auto_reply", "Vacation auto-reply in Big5; the dates are the absence period.")
    return [P], raw, exp


# 043 ---------------------------------------------------------------------------
@case("konektor-sk-shortage-160", "confirmation", "sk-SK",
      "Slovak reply: stock shortage, only 160 of 250 glands confirmed and the rest explicitly not delivered; second line as ordered; Outlook quote.")
def c043():
    S = sup("KONSK", "Konektor Solar s.r.o.", "objednavky@konektorsolar.example", "sk-SK")
    P = po("4500081645", S, "tom", "EUR", "2026-11-20", [
        ("SCG-M32-BR", "Cable gland M32x1.5, brass nickel-plated, IP68", 250, "PC", "3.85", "2026-12-18"),
        ("SCG-M32-RED", "Reducer M32 to M25, brass", 100, "PC", "1.40", "2026-12-18")])
    body = """Dobrý deň pán Achterberg,

ďakujeme za objednávku č. 4500081645.

Pol. 1 - vývodka M32 mosadz: na sklade máme už len 160 ks, výrobca ich prestal vyrábať, takže zvyšných 90 ks nedodáme. Potvrdzujeme 160 ks á 3,85 EUR, dodanie 18.12.2026.
Pol. 2 - redukcia M32/M25: 100 ks á 1,40 EUR, dodanie 18.12.2026 - bez zmeny.

S pozdravom
Peter Novák
Konektor Solar s.r.o. | Priemyselná 12, 917 01 Trnava
IČO: 46 123 987 | tel. +421 33 551 20 40

""" + q_outlook(P, labels=("Od", "Odoslané", "Komu", "Predmet"), sent="piatok 20. novembra 2026 10:02")
    raw = mail(("Peter Novák", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-23 08:44", text(body, "iso-8859-2"), P, hcharset="iso-8859-2")
    exp = expected("confirmation",
                   "Line 1: 160 pcs confirmed, the remaining 90 will not be delivered -> changed, quantity 160 (no schedule). "
                   "Line 2 as ordered.",
                   answer(P, l1=C(q=160), l2=A()))
    return [P], raw, exp


# 044 ---------------------------------------------------------------------------
@case("zimogs-latvian-long-dates", "confirmation", "lv-LV",
      "Latvian reply with long-form dates ('2026. gada 21. decembrī') - one line later than requested, one as ordered; quoted-printable UTF-8 with many diacritics.")
def c044():
    S = sup("ZIMOGS", "SIA Zīmogu Darbnīca", "pasutijumi@zimogi.example", "lv-LV")
    P = po("4500081651", S, "mira", "EUR", "2026-11-20", [
        ("WS-STMP-WD25", "Wax seal stamp, wooden handle, 25 mm, stock motif", 120, "EA", "6.90", "2026-12-14"),
        ("WS-BEAD-GD", "Sealing wax beads, gold, 250 g bag", 80, "EA", "5.40", "2026-12-14")])
    body = """Labdien, Mira!

Paldies par pasūtījumu Nr. 4500081651. Apstiprinām:

1. Zīmogs ar koka rokturi, 25 mm - 120 gab. par 6,90 EUR; piegāde 2026. gada 21. decembrī (nedēļu vēlāk, jo gaidām misiņa sagataves).
2. Zīmogvaska granulas, zelta, 250 g - 80 gab. par 5,40 EUR; piegāde 2026. gada 14. decembrī.

Ar cieņu
Ilze Bērziņa
SIA Zīmogu Darbnīca | Rīga, Maskavas iela 240 | tālr. +371 67 812 440

"""
    raw = mail(("Ilze Bērziņa", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-23 10:18", text(body + q_gt(P), "utf-8"), P, zone="+0200")
    exp = expected("confirmation",
                   "Line 1: quantity and price as PO, delivery 2026-12-21 (one week late) -> changed. Line 2 as ordered "
                   "(14 Dec 2026).",
                   answer(P, l1=C(d="2026-12-21"), l2=A()))
    return [P], raw, exp


# 045 ---------------------------------------------------------------------------
@case("ehte-estonian-gmail-ok", "confirmation", "et-EE",
      "Estonian one-liner 'Kinnitame tellimuse, kõik nagu tellitud' in Gmail HTML over a blockquoted PO table; everything accepted.")
def c045():
    S = sup("EHTEOU", "Ehte Furnituur OÜ", "info@ehtefurnituur.example", "et-EE")
    P = po("4500081660", S, "ana", "EUR", "2026-11-20", [
        ("JC-BOX-6-SV", "Box clasp 6 mm, sterling silver 925", 150, "EA", "3.80", "2026-12-17"),
        ("JC-HOOK-S-SV", "S-hook clasp, sterling silver 925", 300, "EA", "1.25", "2026-12-17"),
        ("JC-END-4-SV", "End cap 4 mm with loop, sterling silver 925", 600, "EA", "0.48", "2026-12-17")])
    t = "Tere!\n\nKinnitame tellimuse 4500081660, kõik nagu tellitud (kogused, hinnad ja tarne 17.12).\n\nParimat\nKadri Tamm\nEhte Furnituur OÜ, Tartu\n+372 5341 2290\n\n"
    intro = "R, 20. nov 2026 kell 11:02 {n} &lt;{e}&gt; kirjutas:"
    h = html_wrap('<div dir="ltr">' + html_from_text(t) + "</div><br>" + q_gmail_html(P, intro=intro), "et")
    raw = mail(("Kadri Tamm", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-21 18:22",
               alt(text(t + q_gt(P, intro="R, 20. nov 2026 kell 11:02 {n} <{e}> kirjutas:")), html(h)), P, zone="+0200")
    exp = expected("confirmation", "Short explicit confirmation of all lines as ordered; '17.12' = 2026-12-17 = requested.",
                   answer(P, A()))
    return [P], raw, exp


# 046 ---------------------------------------------------------------------------
@case("karoo-new-pricelist-question", "needs_review", "en-ZA",
      "South African supplier attaches a new price list (CSV) and asks whether to proceed at the new prices before confirming; nothing committed.")
def c046():
    S = sup("KAROOF", "Karoo Farriery Supplies (Pty) Ltd", "sales@karoofarriery.example", "en-ZA")
    P = po("4500081672", S, "mira", "EUR", "2026-11-20", [
        ("HN-RACE-3", "Horseshoe nails Race 3, box of 250", 60, "BOX", "14.20", "2027-01-15"),
        ("HN-E6-HD", "Horseshoe nails E6 heavy, box of 250", 30, "BOX", "15.60", "2027-01-15")])
    body = """Good day Mira

Thank you for PO 4500081672.

Please note that our export prices were revised with effect from 1 November 2026 - see attached price list. On the new list the Race 3 is EUR 15.10 per box and the E6 heavy EUR 16.40 per box.

Kindly confirm whether you would like to proceed at the new prices and we will then send you our order acknowledgement with delivery dates.

Kind regards
Thandiwe Mokoena
Export Sales | Karoo Farriery Supplies (Pty) Ltd
Unit 4, Montague Gardens Industrial, Cape Town 7441 | Tel +27 21 552 4410
Reg. No. 2009/018842/07 | VAT 4230251886
"""
    csv = ("Item;Description;Unit;Price EUR;Valid from\r\nHN-RACE-3;Horseshoe nails Race 3 (250);BOX;15,10;01.11.2026\r\n"
           "HN-E6-HD;Horseshoe nails E6 heavy (250);BOX;16,40;01.11.2026\r\nHN-CITY-5;Horseshoe nails City 5 (250);BOX;13,20;01.11.2026\r\n")
    m = mixed(text(body, "utf-8", "7bit"), attach("KFS_Export_Pricelist_Nov2026.csv", "text/csv", csv.encode()))
    raw = mail(("Thandiwe Mokoena", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-23 09:05", m, P, zone="+0200")
    exp = expected("needs_review", "The supplier asks whether to proceed at the new prices and will only then acknowledge "
                                   "with dates: a question, no commitment yet.")
    return [P], raw, exp


# 047 ---------------------------------------------------------------------------
@case("cebu-marimba-taglish", "confirmation", "tl-PH",
      "Taglish phone-style reply ('Confirmed po lahat, except item 2 sa Jan 8 na po'); US-style month-name date without year.")
def c047():
    S = sup("CEBUTW", "Cebu Tonewood Crafts Inc.", "orders@cebutonewood.example", "tl-PH")
    P = po("4500081683", S, "tom", "USD", "2026-11-23", [
        ("MB-NAR-A3", "Marimba bar narra, A3, tuned", 10, "EA", "26.00", "2026-12-18"),
        ("MB-NAR-SET3", "Marimba bar set narra, 3 oct., untuned", 3, "SET", "690.00", "2026-12-18"),
        ("MB-RES-A3", "Resonator tube aluminium for A3", 10, "EA", "9.50", "2026-12-18")])
    body = """Hi Sir Tom,

Confirmed po lahat ng items sa PO 4500081683 as per your PO, except item 2 (set of 3 oct.) - sa Jan 8 na po ma-deliver kasi matagal ang drying ng narra. Same qty and price po.

Salamat po!
Joy Dela Cruz
Cebu Tonewood Crafts Inc.
Mandaue City, Cebu | 0917 845 2210

Sent from Yahoo Mail on Android

""" + q_gt(P, intro="On Mon, Nov 23, 2026 at 5:02 PM, {n}<{e}> wrote:")
    raw = mail(("Joy Dela Cruz", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-24 08:31", text(body, "utf-8", "7bit"), P, zone="+0800")
    exp = expected("confirmation",
                   "Items 1 and 3 confirmed as per PO. Item 2: same quantity and price, delivery 'Jan 8' (no year, next "
                   "one after the mail) = 2027-01-08 -> changed.",
                   answer(P, l1=A(), l2=C(d="2027-01-08"), l3=A()))
    return [P], raw, exp


# 048 ---------------------------------------------------------------------------
@case("motlles-catalan-dilluns", "confirmation", "ca-ES",
      "Catalan reply: line 1 confirmed as ordered, line 2 'dilluns 11 de gener' (2027-01-11) and 'preu per dotzena 54,00 €' equal to 4.50 each.")
def c048():
    S = sup("MOTLCA", "Motlles Ceràmics del Vallès SL", "comandes@motllesvalles.example", "ca-ES")
    P = po("4500081690", S, "ana", "EUR", "2026-11-23", [
        ("CM-CER-VOT", "Candle mould ceramic, votive 5x6 cm", 240, "EA", "2.10", "2026-12-21"),
        ("CM-CER-STAR", "Candle mould ceramic, star 12 cm", 96, "EA", "4.50", "2026-12-21")])
    body = """Bon dia Ana,

Us confirmem la comanda 4500081690:

- Línia 1, motlle votiu 5x6: 240 unitats a 2,10 €, lliurament el 21 de desembre.
- Línia 2, motlle estrella 12 cm: 96 unitats (8 dotzenes), preu per dotzena 54,00 €; el lliurament serà el dilluns 11 de gener perquè hem de coure un nou lot.

Salutacions cordials,
Montserrat Puig
Motlles Ceràmics del Vallès SL
Carrer de la Indústria 22, 08202 Sabadell | Tel. 93 726 40 18 | NIF B65123987

""" + q_gt(P, intro="El 23/11/2026 a les 10:02, {n} va escriure:")
    raw = mail(("Montserrat Puig", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-24 12:40", text(body, "iso-8859-15"), P, hcharset="iso-8859-15")
    exp = expected("confirmation",
                   "Line 1 as ordered. Line 2: 96 units; 54,00 EUR per dozen = 4.50 each = PO price; delivery Monday "
                   "11 January (next one) = 2027-01-11 instead of 2026-12-21 -> changed (date only).",
                   answer(P, l1=A(), l2=C(d="2027-01-11")))
    return [P], raw, exp


# 049 ---------------------------------------------------------------------------
@case("batumi-chain-code-question", "needs_review", "ka-GE",
      "Georgian reply asking which of two catalogue items the PO's item code means before confirming; mentions possible dates conditionally.")
def c049():
    S = sup("BATUMC", "Batumi Marine Chain LLC", "sales@batumichain.example", "ka-GE")
    P = po("4500081702", S, "jonas", "EUR", "2026-11-23", [
        ("AC-14-G2-SL", "Anchor chain 14 mm, grade 2, stud link", 110, "M", "44.00", "2027-01-22")])
    body = """გამარჯობა, ბატონო იონას,

მადლობა შეკვეთისთვის 4500081702.

თქვენს შეკვეთაში მითითებული კოდი AC-14-G2-SL ჩვენს კატალოგში ორ პოზიციას შეესაბამება:
- AC-14-G2-SL-B (შავი, შეუღებავი)
- AC-14-G2-SL-P (ბიტუმით დაფარული)

გთხოვთ, დაგვიზუსტოთ, რომელი გჭირდებათ. შავი ვარიანტის მიწოდება შესაძლებელია 22 იანვრამდე, ბიტუმიანის - თებერვლის დასაწყისში. დაზუსტების შემდეგ გამოგიგზავნით დადასტურებას.

პატივისცემით,
ნინო ბერიძე
Batumi Marine Chain LLC | ბათუმი, გოგებაშვილის ქ. 61
ტელ. +995 422 27 44 10
"""
    raw = mail(("Nino Beridze", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-24 16:20", text(body, "utf-8", "base64"), P, zone="+0400")
    exp = expected("needs_review", "The supplier asks which variant (black or bitumen-coated) is meant and will confirm "
                                   "after clarification; the dates given are conditional on the answer.")
    return [P], raw, exp


# 050 ---------------------------------------------------------------------------
@case("fjord-kaffe-csv-erp", "confirmation", "nb-NO",
      "Norwegian short mail with an ERP CSV attachment (semicolon, decimal comma, dd.mm.yyyy) holding the answer; line 2 moved to 14.01.2027.")
def c050():
    S = sup("FJORDK", "Fjord Kaffeutstyr AS", "ordre@fjordkaffe.example", "nb-NO")
    P = po("4500081714", S, "ana", "EUR", "2026-11-24", [
        ("TMP-53-SS", "Espresso tamper 53 mm, stainless, oak handle", 120, "EA", "14.20", "2026-12-11"),
        ("TMP-58-CAL", "Calibrated tamper 58.5 mm, 30 lb spring", 60, "EA", "27.90", "2026-12-11"),
        ("DST-58-3B", "Coffee distributor 58 mm, 3 blades", 60, "EA", "18.40", "2026-12-11")])
    body = """Hei Ana,

vedlagt ordrebekreftelse på deres ordre 4500081714. Linje 2 er endret til 14.01.2027 pga. produksjonskapasitet, resten som bestilt.

Med vennlig hilsen
Sigrid Haugen
Fjord Kaffeutstyr AS | Org.nr. 921 445 708 MVA | +47 55 30 18 72
"""
    csv = ("Ordrebekreftelse;OB-77120;Deres ordre;4500081714\r\n"
           "Linje;Varenr;Beskrivelse;Antall;Enhet;Pris EUR;Leveringsdato\r\n"
           "1;TMP-53-SS;Espressotamper 53 mm, eikehåndtak;120;STK;14,20;11.12.2026\r\n"
           "2;TMP-58-CAL;Kalibrert tamper 58,5 mm;60;STK;27,90;14.01.2027\r\n"
           "3;DST-58-3B;Kaffefordeler 58 mm;60;STK;18,40;11.12.2026\r\n")
    m = mixed(text(body, "utf-8"), attach("OB-77120.csv", "text/csv", csv.encode("windows-1252")))
    raw = mail(("Sigrid Haugen", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "SV: " + req_subject(P), "2026-11-25 08:02", m, P)
    exp = expected("confirmation",
                   "Body and CSV agree: lines 1 and 3 as ordered, line 2 same quantity and price but delivery 14.01.2027 -> changed.",
                   answer(P, l1=A(), l2=C(d="2027-01-14"), l3=A()))
    return [P], raw, exp


# 051 ---------------------------------------------------------------------------
@case("arrosage-price-increase-letter", "unrelated", "fr-BE",
      "Belgian French general price-increase letter (+6% from 1 January 2027) sent to all customers as a new mail with PDF; it does not answer the open PO.")
def c051():
    S = sup("ARROSB", "Arrosage Wallon SA", "commandes@arrosage-wallon.example", "fr-BE")
    P = po("4500081720", S, "tom", "EUR", "2026-11-24", [
        ("HR-TROL-60", "Hose reel trolley 60 m, 2 wheels", 30, "EA", "46.00", "2027-02-05"),
        ("HR-WALL-40", "Wall hose reel 40 m, swivel bracket", 40, "EA", "31.00", "2027-02-05")])
    pdf = make_pdf([
        "Arrosage Wallon SA  -  Rue de l'Abbaye 88  -  5000 Namur  -  TVA BE 0412.345.678",
        "", "Namur, le 25 novembre 2026", "",
        "Objet : adaptation de nos tarifs au 1er janvier 2027", "",
        "Madame, Monsieur,",
        "En raison de la hausse continue des co\u00fbts de l'\u00e9nergie et des mati\u00e8res plastiques, nous sommes",
        "contraints d'adapter nos prix de vente de 6 % pour toutes les livraisons effectu\u00e9es \u00e0 partir du",
        "1er janvier 2027. Les commandes confirm\u00e9es avant le 15 d\u00e9cembre 2026 seront honor\u00e9es aux prix actuels.",
        "", "Nous vous remercions de votre compr\u00e9hension.", "", "Philippe Dubois, Directeur commercial"],
        title="Adaptation tarifaire 2027")
    body = """Madame, Monsieur,

Veuillez trouver ci-joint notre courrier concernant l'adaptation de nos tarifs au 1er janvier 2027 (+6 %).

Les commandes confirmées avant le 15 décembre 2026 seront honorées aux prix actuels.

Avec nos salutations distinguées,
Philippe Dubois
Directeur commercial – Arrosage Wallon SA
"""
    m = mixed(text(body, "utf-8"), attach("Adaptation_tarifaire_2027.pdf", "application/pdf", pdf))
    raw = mail(("Arrosage Wallon SA", "info@arrosage-wallon.example"), ("Clients Arrosage Wallon", "clients@arrosage-wallon.example"),
               "Adaptation de nos tarifs au 1er janvier 2027", "2026-11-25 08:30", m, None,
               extra=[("Bcc", "tom.achterberg@larkfield.example"), ("Precedence", "bulk")])
    exp = expected("unrelated", "Circular price-increase letter to all customers (new thread, no PO number). It neither "
                                "confirms nor declines PO 4500081720; the +6% is a general announcement, not a line change.")
    return [P], raw, exp


# 052 ---------------------------------------------------------------------------
@case("malta-chain-confirm-tomorrow", "confirmation", "mt-MT",
      "Maltese/English reply: line 1 confirmed, line 2 'nikkonfermalek għada' (will confirm tomorrow) -> unconfirmed; line 3 rejected as not stocked.")
def c052():
    S = sup("MALTCH", "Grand Harbour Chandlery Ltd", "orders@grandharbourchandlery.example", "mt-MT")
    P = po("4500081733", S, "jonas", "EUR", "2026-11-24", [
        ("AC-8-G40-HDG", "Anchor chain 8 mm, grade 40, galvanised", 150, "M", "6.80", "2026-12-15"),
        ("SW-8-SS", "Anchor swivel 8 mm, stainless", 20, "EA", "24.50", "2026-12-15"),
        ("CC-8-SS", "Chain connector 8 mm, stainless", 40, "EA", "7.90", "2026-12-15")])
    body = """Bongu Jonas,

Grazzi tal-ordni 4500081733.

Linja 1 (katina 8 mm): 150 m @ EUR 6.80, konfermata għall-15 ta' Diċembru.
Linja 2 (swivel): qed nistennew il-prezz mingħand il-fornitur, nikkonfermalek għada.
Linja 3 (connector stainless): ma nżommuhx aktar, jiddispjaċini.

Sliem,
Joseph Camilleri
Grand Harbour Chandlery Ltd | Triq il-Marina, Marsa MRS 1010, Malta
Tel +356 2122 4870 | VAT MT 1234-5678

""" + q_gt(P)
    raw = mail(("Joseph Camilleri", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-25 10:55", text(body, "utf-8"), P)
    exp = expected("confirmation",
                   "Line 1 confirmed as ordered (15 December). Line 2 pending ('will confirm tomorrow') -> unconfirmed. "
                   "Line 3 no longer stocked -> rejected.",
                   answer(P, l1=A(), l2=U(), l3=R()))
    return [P], raw, exp


# 053 ---------------------------------------------------------------------------
@case("palu-piano-rupiah", "confirmation", "id-ID",
      "Indonesian reply in IDR with dot thousands ('Rp 1.312.500') - one line +5% - and a weekday date 'Senin, 18 Januari 2027'.")
def c053():
    S = sup("PALUPI", "PT Palu Piano Nusantara", "penjualan@palupiano.example", "id-ID")
    P = po("4500081741", S, "tom", "IDR", "2026-11-25", [
        ("PH-UPR-TREB", "Upright piano treble hammer, single", 240, "EA", "185000.00", "2027-01-18"),
        ("PH-UPR-SET88", "Upright piano hammer set 88, 13 lb felt", 6, "SET", "1250000.00", "2027-01-18")])
    body = """Yth. Bapak Tom Achterberg,

Terima kasih atas PO 4500081741. Dengan ini kami konfirmasi:

1. Palu treble upright (satuan): 240 pcs @ Rp 185.000 - sesuai PO.
2. Set palu 88 (13 lb): 6 set, harga naik 5% menjadi Rp 1.312.500 per set karena kenaikan harga felt impor.

Pengiriman kedua item: Senin, 18 Januari 2027.

Hormat kami,
Dewi Lestari
PT Palu Piano Nusantara | Jl. Raya Bekasi Km 21, Jakarta Timur 13920
Telp. (021) 460 2281 | NPWP 01.234.567.8-004.000

""" + q_gt(P, intro="Pada tanggal Rab, 25 Nov 2026 pukul 16.02 {n} <{e}> menulis:")
    raw = mail(("Dewi Lestari", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "Re: " + req_subject(P), "2026-11-26 09:30", text(body, "utf-8"), P, zone="+0700")
    exp = expected("confirmation",
                   "Line 1 as ordered (Rp 185.000 = 185000.00, dot = thousands). Line 2: +5% -> 1,312,500.00 IDR per set, "
                   "quantity and date (Monday 18 January 2027 = requested) unchanged -> changed.",
                   answer(P, l1=A(), l2=C(p="1312500.00")))
    return [P], raw, exp


# 054 ---------------------------------------------------------------------------
@case("sialkot-chanter-drawing", "needs_review", "ur-PK",
      "Sialkot bagpipe maker writing Urdu + English: asks for the sole colour and a drawing for engraving before it can give price and delivery.")
def c054():
    S = sup("SIALPB", "Sialkot Pipe Band Works", "export@sialkotpipes.example", "ur-PK")
    P = po("4500081752", S, "tom", "USD", "2026-11-25", [
        ("BC-FULL-ABW", "Bagpipe chanter, full size, African blackwood, engraved sole", 25, "EA", "64.00", "2027-02-05"),
        ("BC-PRAC-STD", "Practice chanter, standard, blackwood look", 50, "EA", "11.80", "2027-02-05")])
    body = """السلام علیکم Tom صاحب،

آپ کا پرچیز آرڈر 4500081752 موصول ہو گیا ہے، بہت شکریہ۔

Before we can confirm price and delivery, kindly advise:
1) Chanter sole: imitation ivory or black? (ivory imitation is USD 3.50 extra per piece)
2) Please send the engraving drawing / logo file for the sole.

جیسے ہی آپ کا جواب آئے گا، ہم ڈلیوری کی تاریخ کنفرم کر دیں گے۔

Regards / والسلام
Muhammad Bilal
Sialkot Pipe Band Works | Kashmir Road, Sialkot 51310, Pakistan
Ph +92 52 426 1188 | WhatsApp +92 300 612 4471
"""
    raw = mail(("Muhammad Bilal", S["email"]), (P["buyer"]["name"], P["buyer"]["email"]),
               "RE: " + req_subject(P), "2026-11-26 14:10", text(body, "utf-8", "base64"), P, zone="+0500")
    exp = expected("needs_review", "Two open questions (sole colour with a possible +3.50 extra, engraving file); price and "
                                   "delivery are explicitly not confirmed yet.")
    return [P], raw, exp
