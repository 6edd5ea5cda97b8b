"""Cases 021-040."""
import datetime as dt

from aclib import mime
from aclib.mail import (buyer_addr, gmail_alt, headers, outlook_alt, outlook_header_block, paras_html, pre_html,
                        request_text)
from aclib.pdf import Sheet, make_pdf
from aclib.po import (D, acc, chg, conf, next_on_or_after, other, per, pct, po, rej, rfc_date, unc, wd, week_day)
from aclib.registry import case
from aclib.xlsx import make_xlsx


def _req_subject(p):
    return f"Order acknowledgment request: PO {p['po_number']}"


# ---------------------------------------------------------------------------
@case(21, "coffee-one-of-three-pos-sv", "sv-SE",
      "Three coffee POs are open and the Swedish Apple Mail reply answers only the Guatemala one, with 'vecka 4' as the delivery week while the ship's ETA 'vecka 2' and the '17/18' screen size of another PO are distractors.")
def c021():
    sup = ("KAFFEHUSET", "Kaffehuset Råvaror AB", "order@kaffehuset-ravaror.example", "sv-SE")
    pa = po("4700233510", sup, "mara", "2026-11-02", [
        ("COF-BR-SAN-60", "Green coffee Brazil Santos NY2 17/18, 60 kg bag", 320, "BAG", "228.00", "2026-12-14")],
        stamp="20261102T0815")
    pb = po("4700233511", sup, "mara", "2026-11-02", [
        ("COF-GUA-SHB-69", "Green coffee Guatemala SHB EP, 69 kg bag", 150, "BAG", "342.00", "2027-01-11")],
        stamp="20261102T0816")
    pc = po("4700233644", sup, "mara", "2026-11-16", [
        ("COF-ETH-G2-60", "Green coffee Ethiopia Sidamo G2, 60 kg bag", 80, "BAG", "298.00", "2027-01-25")])
    d = week_day(2027, 4)
    assert d == D("2027-01-29")
    body = ("Hej Mara!\n\n"
            "Angående order 4700233511 (Guatemala SHB EP): vi bekräftar 150 säckar à 69 kg till 342,00 EUR/säck. "
            "Leverans kan tyvärr ske först vecka 4 - fartyget beräknas anlöpa Rotterdam vecka 2 och sedan behöver vi "
            "ungefär en vecka för förtullning och vidaretransport till er.\n\n"
            "Brasilien (4700233510) och Etiopien (4700233644) återkommer jag om separat när vi har bekräftade avskeppningar.\n\n"
            "Med vänlig hälsning\nJohan Ekström\nKaffehuset Råvaror AB\nFrihamnen, Magasin 7, 115 56 Stockholm\n070-481 22 93")
    quoted = request_text([pb], "mara")
    plain = body + "\n\n> 2 nov. 2026 kl. 08:16 skrev Mara Lindqvist <mara.lindqvist@halden-group.example>:\n>\n" + \
        mime.quote_lines(quoted) + "\n"
    part = mime.text(plain, "plain", "utf-8", "quoted-printable")
    hs = headers(mime.addr("Johan Ekström", "order@kaffehuset-ravaror.example"), buyer_addr("mara"),
                 "Re: " + _req_subject(pb), rfc_date("2026-11-19", "11:03:48", "+0100"),
                 "<4F1C9E2A-7B3D-4C6E-9A1F-0D2E8B7C5A36@kaffehuset-ravaror.example>",
                 pb["request_message_id"], pb["request_message_id"],
                 extra=[("X-Mailer", "Apple Mail (2.3774.200.91.1.1)"), ("Content-Language", "sv-SE")])
    msg = mime.message(hs, part)
    exp = conf((pb, {1: chg(pb, 1, date=d)}),
               notes="Only PO 4700233511 is answered: 150 bags at 342,00, 'vecka 4' -> Friday 2027-01-29. "
                     "The other two POs are only mentioned ('återkommer separat') and are left out.")
    return [pa, pb, pc], msg, exp


# ---------------------------------------------------------------------------
@case(22, "office-price-one-line-dates-other-nb", "nb-NO",
      "Norwegian reply that confirms only the price of the toner (date promised for next week) and only the split dates of the labels, saying nothing about the envelopes; label sizes 63.5x38.1 mm look like numbers.")
def c022():
    sup = ("KONTORPARTNER", "Kontorpartner Norge AS", "ordre@kontorpartner.example", "nb-NO")
    p = po("4700233702", sup, "priya", "2026-11-16", [
        ("OFF-TONER-HP59X", "Toner cartridge HP 59X (CF259X), black", 40, "EA", "162.00", "2026-12-02"),
        ("OFF-LBL-L7160", "Address labels L7160, 63.5x38.1 mm, 100 sheets", 60, "PAK", "19.80", "2026-12-02"),
        ("OFF-ENV-C4-250", "Envelope C4 with window, box of 250", 25, "BX", "27.40", "2026-12-02"),
    ])
    wd("2026-12-02", "Wed")
    wd("2026-12-09", "Wed")
    body = ("Hei Priya,\n\n"
            "Kort status på 4700233702:\n\n"
            "Pos. 1 - prisen på 162,00 EUR per toner stemmer med rammeavtalen. Leveringsdato kan jeg dessverre ikke gi deg ennå; "
            "HP har restordre på 59X, og jeg kommer tilbake til deg i løpet av neste uke.\n\n"
            "Pos. 2 - etikettene deler vi: 40 pk sendes fra lageret på Alnabru og er hos dere onsdag 2. desember, "
            "de resterende 20 pk kommer onsdag 9. desember.\n\n"
            "Mvh\nIngrid Solberg\nKundeservice bedrift\nKontorpartner Norge AS | Strømsveien 266, 0668 Oslo | tlf. 22 07 45 00")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-16", "08:15",
                                  "ordre@kontorpartner.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_OSLP123MB4471A9C8B7D6E5F40312AB7COSLP123MB4471NORP_",
                      charset="iso-8859-1", lang_attr="NB")
    hs = headers(mime.addr("Ingrid Solberg", "ordre@kontorpartner.example"), buyer_addr("priya"),
                 "SV: " + _req_subject(p), rfc_date("2026-11-18", "13:37:21", "+0100"),
                 "<OSLP123MB4471A9C8B7D6E5F40312AB7C@OSLP123MB4471.NORP123.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "nb-NO")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: unc(), 2: chg(p, 2, date="2026-12-09", schedule=[(40, "2026-12-02"), (20, "2026-12-09")]), 3: unc()}),
               notes="Line 1: only the price is confirmed, the date is explicitly deferred -> unconfirmed. Line 2: split "
                     "40 pk 2.12 + 20 pk 9.12 (qty/price as ordered). Line 3 not mentioned -> unconfirmed.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(23, "hvac-erp-pdf-schedule-lines-fi", "fi-FI",
      "Finnish ERP PDF where position 10 carries two schedule lines (toimituserä 1/2) with different dates, position 30 a later date, kerned TJ text, their own item codes beside ours and an offer validity date.")
def c023():
    sup = ("ILMAVIRTA", "Ilmavirta Kanavat Oy", "myynti@ilmavirta.example", "fi-FI")
    p = po("4700233788", sup, "sofia", "2026-11-16", [
        ("DCT-RECT-400x200", "Rectangular duct 400x200, galvanised, 1250 mm section", 80, "EA", "24.60", "2026-12-18"),
        ("GRL-SUP-600x300", "Supply grille 600x300, double deflection", 24, "EA", "58.00", "2026-12-18"),
        ("VAV-250-ACT", "VAV damper Ø250 with actuator 24 V", 6, "EA", "640.00", "2026-12-18"),
    ])
    s = Sheet()
    s.text("ILMAVIRTA KANAVAT OY", 14, "F2").text("Teollisuustie 14, 01510 Vantaa  |  Y-tunnus 2231884-6", 8).gap(10)
    s.row([(50, ["TILAUS", -20, "VAHVISTUS"]), (330, "Nro 61-204418")], 13, "F2")
    s.row([(50, "Päivämäärä"), (170, "19.11.2026"), (330, "Asiakas"), (420, "Halden Group AB")])
    s.row([(50, "Asiakkaan tilaus"), (170, "4700233788 / 16.11.2026"), (330, "Toimitusehto"), (420, "DAP Göteborg")])
    s.row([(50, "Tarjous"), (170, "2026-3381, voimassa 31.12.2026"), (330, "Maksuehto"), (420, "21 pv netto")]).gap(4).rule()
    s.row([(50, "Rivi"), (85, "Tuote"), (175, "Asiakkaan tuote"), (290, "Määrä"), (345, "à-hinta EUR"), (420, "Yhteensä"),
           (485, ["Toimitus", -10, "pvm"])], 9, "F2").rule()
    s.row([(50, "10"), (85, "IK-400200-1250"), (175, "DCT-RECT-400x200"), (290, "80 kpl"), (345, "24,60"), (420, "1 968,00"), (485, "")])
    s.row([(85, "Suorakaidekanava 400x200, sinkitty, 1250 mm")], 8)
    s.row([(175, "Toimituserä 1"), (290, "40 kpl"), (485, "11.12.2026")], 8)
    s.row([(175, "Toimituserä 2"), (290, "40 kpl"), (485, "08.01.2027")], 8)
    s.row([(50, "20"), (85, "SP-600300-DD"), (175, "GRL-SUP-600x300"), (290, "24 kpl"), (345, "58,00"), (420, "1 392,00"), (485, "18.12.2026")])
    s.row([(85, "Tuloilmasäleikkö 600x300, kaksoissäätö")], 8)
    s.row([(50, "30"), (85, "VAV-250-LM24"), (175, "VAV-250-ACT"), (290, "6 kpl"), (345, "640,00"), (420, "3 840,00"), (485, "22.01.2027")])
    s.row([(85, "VAV-pelti Ø250, toimilaite 24 V")], 8)
    s.rule().row([(345, "Veroton yhteensä"), (420, "7 200,00 EUR")], 9, "F2").gap(12)
    s.text("Toimituspäivät ovat arvioituja toimituspäiviä asiakkaalle. Osatoimitukset sallittu.", 8)
    s.text("Reklamaatiot 8 päivän kuluessa vastaanotosta.", 8)
    pdf = make_pdf([s.ops], compress=True, title="Tilausvahvistus 61-204418", producer="Lemonsoft ERP",
                   creation="D:20261119064510+02'00'", doc_id="61F0")
    body = ("Hyvä asiakas,\n\noheisena tilausvahvistus 61-204418 tilaukseenne 4700233788.\n\n"
            "Dear customer, please find attached our order confirmation.\n\n"
            "Ilmavirta Kanavat Oy\nTämä viesti on lähetetty automaattisesti.\n")
    part = mime.multipart("mixed", "=_LSMAIL_9f41c2a07e3b5d18", [
        mime.text(body, "plain", "iso-8859-15", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "Tilausvahvistus_61-204418.pdf"),
    ])
    hs = headers(mime.addr("Ilmavirta Kanavat Oy", "noreply@ilmavirta.example"), buyer_addr("sofia"),
                 "Tilausvahvistus 61-204418 (tilauksenne 4700233788)", rfc_date("2026-11-19", "06:45:10", "+0200"),
                 "<LS.61-204418.20261119064510@ilmavirta.example>",
                 extra=[("Reply-To", "myynti@ilmavirta.example"), ("X-Mailer", "Lemonsoft Mailer 3.1")],
                 subject_charset="iso-8859-15")
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, date="2027-01-08", schedule=[(40, "2026-12-11"), (40, "2027-01-08")]),
                    2: acc(p, 2), 3: chg(p, 3, date="2027-01-22")}),
               notes="ERP PDF: row 10 has two schedule lines (40 on 11.12.2026, 40 on 08.01.2027); row 20 as ordered; "
                     "row 30 on 22.01.2027. Offer validity 31.12.2026 and 21 pv / 8 päivän are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(24, "hydraulics-two-reminders-et", "et-EE",
      "Estonian Gmail reply answering two of our reminders (for two different POs) in one message, threaded on the second reminder only; thread sizes M22x1.5, 3/8\" and '01.11.' price-change date are distractors.")
def c024():
    sup = ("BALTIHYD", "Balti Hüdraulika OÜ", "muuk@baltihydraulika.example", "et-EE")
    pa = po("4700233020", sup, "jonas", "2026-11-03", [
        ("FIT-DKOL-M22-90", "Fitting DKOL M22x1.5 (15L), 90° elbow", 300, "EA", "2.75", "2026-12-07"),
        ("HOS-1SN-DN10", "Hydraulic hose 1SN DN10 (3/8\"), 160 bar", 400, "M", "2.10", "2026-12-07"),
    ])
    pb = po("4700233145", sup, "jonas", "2026-11-06", [
        ("CPL-ISO-A-12", "Quick coupling ISO-A 1/2\" male", 50, "EA", "9.40", "2026-12-14"),
    ])
    rem_a = "<reminder.4700233020.20261116T0900@halden-group.example>"
    rem_b = "<reminder.4700233145.20261118T0900@halden-group.example>"
    q_a = request_text([pa], "jonas", reminder=True)
    q_b = request_text([pb], "jonas", reminder=True)
    quoted = (q_b + "\n\n---------- Forwarded message / earlier reminder ----------\n"
              "From: Jonas Petrak <jonas.petrak@halden-group.example>\nDate: Mon, 16 Nov 2026 09:00\n"
              "Subject: Reminder: PO 4700233020\n\n" + q_a)
    body = ("Tere Jonas,\n\n"
            "vabandust hilise vastuse pärast - vastan siin mõlemale meeldetuletusele korraga.\n\n"
            "4700233020: kõik read kinnitatud vastavalt tellimusele (300 tk DKOL M22x1.5 põlvikuid ja 400 m 1SN DN10 voolikut), "
            "tarne 07.12.2026.\n\n"
            "4700233145: 50 tk ISO-A 1/2\" kiirliitmikke, hind 9,80 EUR/tk (tootja hinnatõus alates 01.11.), tarne 14.12.2026.\n\n"
            "Lugupidamisega\nKristjan Tamm\nBalti Hüdraulika OÜ\nPeterburi tee 71, 11415 Tallinn\n+372 655 2170")
    alt = gmail_alt(body, "Kontakt Jonas Petrak (<jonas.petrak@halden-group.example>) kirjutas kuupäeval K, 18. nov 2026 kell 09:00:",
                    quoted, "000000000000c7d31e0619b2f4a8")
    hs = headers(mime.addr("Kristjan Tamm", "muuk@baltihydraulika.example"), buyer_addr("jonas"),
                 "Re: Reminder: PO 4700233145", rfc_date("2026-11-19", "16:20:05", "+0200"),
                 "<CAKr5Tq8wYv3nP0sZ2mB7eD4xH9gL1fJ6cU8aR3=Mk5Qp0Xw2tA@mail.gmail.com>",
                 rem_b, " ".join([pa["request_message_id"], rem_a, pb["request_message_id"], rem_b]))
    msg = mime.message(hs, alt)
    exp = conf((pa, {1: acc(pa, 1), 2: acc(pa, 2)}),
               (pb, {1: chg(pb, 1, price="9.80")}),
               notes="One reply for both reminders: 4700233020 all as ordered on 07.12.2026; 4700233145 new price 9,80. "
                     "'alates 01.11.' is the price-change date.")
    return [pa, pb], msg, exp


# ---------------------------------------------------------------------------
@case(25, "yarn-as-per-quotation-lt", "lt-LT",
      "Lithuanian reply 'confirms' the order but puts prices and delivery terms 'according to our quotation KP-26-1187', whose values are not in the mail and which the PO never referenced, so nothing can be checked.")
def c025():
    sup = ("VERPALU", "Verpalų Centras UAB", "pardavimai@verpalucentras.example", "lt-LT")
    p = po("4700233830", sup, "sofia", "2026-11-17", [
        ("YRN-CO-NE30-1", "Cotton yarn Ne 30/1 combed compact, cone 1.89 kg", 1200, "KG", "4.35", "2026-12-21"),
        ("YRN-CV-NM50-1", "Viscose yarn Nm 50/1 ring spun, cone", 600, "KG", "3.90", "2026-12-21"),
    ])
    body = ("Laba diena,\n\n"
            "patvirtiname Jūsų užsakymą Nr. 4700233830. Kainos ir pristatymo terminai - pagal mūsų komercinį pasiūlymą "
            "Nr. KP-26-1187 (2026-10-28), kuris galioja iki 2026-12-31.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nVerpalų Centras UAB, Pramonės pr. 16, Kaunas\nTel. +370 37 451 208")
    qp, qh = outlook_header_block("en", "Sofia Brandt <sofia.brandt@halden-group.example>", "2026-11-17", "08:15",
                                  "pardavimai@verpalucentras.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "sofia"), "_000_VI0P192MB1100D4C3B2A1908F7E6D5C4BVI0P192MB1100EURP_",
                      charset="windows-1257", lang_attr="LT")
    hs = headers(mime.addr("Rūta Kazlauskienė", "pardavimai@verpalucentras.example", "windows-1257"), buyer_addr("sofia"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-19", "10:05:11", "+0200"),
                 "<VI0P192MB1100D4C3B2A1908F7E6D5C4B@VI0P192MB1100.EURP192.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "lt-LT")])
    msg = mime.message(hs, alt)
    exp = other("needs_review",
                "Confirms 'as per our quotation KP-26-1187' without stating quantity, price or date; the PO does not "
                "reference that quotation, so a buyer cannot tell what was committed. Dates 2026-10-28 / 2026-12-31 are the "
                "quotation's own.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(26, "bottles-new-price-from-january-lv", "lv-LV",
      "Latvian confirmation that also announces a new price list 'from 1 January 2027' with per-bottle prices, while both deliveries fall in December, so the PO prices still apply.")
def c026():
    sup = ("BALTIEP", "Baltijas Iepakojums SIA", "pasutijumi@baltijasiepakojums.example", "lv-LV")
    p = po("4700233901", sup, "mara", "2026-11-17", [
        ("BTL-AMB-330-CC26", "Amber beer bottle 330 ml, crown finish 26 mm", 40320, "EA", "0.112", "2026-12-10"),
        ("BTL-AMB-500-CC26", "Amber beer bottle 500 ml, crown finish 26 mm", 24000, "EA", "0.139", "2026-12-17"),
    ])
    assert 14 * 2880 == 40320
    body = ("Labdien, Mara!\n\n"
            "Apstiprinām Jūsu pasūtījumu 4700233901 pilnā apjomā:\n\n"
            "poz. 1 - 330 ml brūnā pudele, 40 320 gab. (14 paletes × 2 880 gab.), piegāde 10.12.2026.\n"
            "poz. 2 - 500 ml brūnā pudele, 24 000 gab., piegāde 17.12.2026.\n\n"
            "Cenas - saskaņā ar pasūtījumu.\n\n"
            "Lūdzam ņemt vērā, ka no 2027. gada 1. janvāra stājas spēkā jauns cenrādis (energoresursu izmaksu pieauguma dēļ): "
            "330 ml - 0,118 EUR/gab., 500 ml - 0,146 EUR/gab. Jauno cenrādi pievienosim atsevišķi.\n\n"
            "Ar cieņu\nLīga Ozoliņa\nPārdošanas nodaļa\nBaltijas Iepakojums SIA, Rūpniecības iela 3, Jelgava\nTālr. +371 630 28 114")
    qp, qh = outlook_header_block("en", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-17", "08:15",
                                  "pasutijumi@baltijasiepakojums.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_DB8P191MB0622B1A2C3D4E5F60718A9B0DB8P191MB0622EURP_",
                      charset="windows-1257", lang_attr="LV")
    hs = headers(mime.addr("Līga Ozoliņa", "pasutijumi@baltijasiepakojums.example", "windows-1257"), buyer_addr("mara"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-20", "09:14:56", "+0200"),
                 "<DB8P191MB0622B1A2C3D4E5F60718A9B0@DB8P191MB0622.EURP191.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "lv-LV")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: acc(p, 2)}),
               notes="Both lines confirmed as ordered for 10.12 and 17.12.2026; the 2027 price list (0,118 / 0,146 from "
                     "1 January) does not apply to these December deliveries.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(27, "welding-space-aligned-table-uk", "uk-UA",
      "Ukrainian KOI8-U plain-text reply with a space-aligned table (quantities right-aligned, decimal commas) in which one price, one quantity and one date differ; wire diameters in the item codes (1.2, 1.0) sit beside the numbers.")
def c027():
    sup = ("ZVARMAT", "Зварювальні Матеріали ТОВ", "zbut@zvarmat.example", "uk-UA")
    p = po("4700233960", sup, "tomas", "2026-11-18", [
        ("WLD-ER70S6-1.2-18", "MIG wire ER70S-6 dia. 1.2 mm, 18 kg spool", 120, "SPL", "31.40", "2026-12-16"),
        ("WLD-ER308LSI-1.0-15", "Stainless MIG wire ER308LSi dia. 1.0 mm, 15 kg spool", 20, "SPL", "142.00", "2026-12-16"),
        ("WLD-E71T1-1.2-16", "Flux-cored wire E71T-1 dia. 1.2 mm, 16 kg spool", 40, "SPL", "58.70", "2026-12-16"),
        ("WLD-TIP-M6-1.2", "Contact tip M6x28 for 1.2 mm wire", 500, "EA", "0.38", "2026-12-16"),
    ])
    body = ("Добрий день, пане Ортега!\n\n"
            "Підтверджуємо замовлення 4700233960:\n\n"
            "Поз  Артикул               К-сть      Ціна, EUR   Дата поставки\n"
            "1    WLD-ER70S6-1.2-18     120 кот.       31,40   16.12.2026\n"
            "2    WLD-ER308LSI-1.0-15    20 кот.      148,50   16.12.2026\n"
            "3    WLD-E71T1-1.2-16       32 кот.       58,70   23.12.2026\n"
            "4    WLD-TIP-M6-1.2        500 шт.         0,38   16.12.2026\n\n"
            "По поз. 2 ціна змінилась через подорожчання нікелю.\n"
            "По поз. 3 на складі лише 32 котушки; решту 8 котушок отримаємо не раніше лютого, тому їх не підтверджуємо.\n\n"
            "З повагою,\nОлена Коваленко\nвідділ збуту\nТОВ \"Зварювальні Матеріали\", м. Дніпро\nтел. +380 56 744 20 18\n")
    quoted = request_text([p], "tomas")
    plain = body + "\n18.11.2026 08:15, Tomas Ortega пише:\n" + mime.quote_lines(quoted.replace("Tomás", "Tomas")) + "\n"
    part = mime.text(plain, "plain", "koi8-u", "8bit")
    hs = headers(mime.addr("Олена Коваленко", "zbut@zvarmat.example", "koi8-u"), buyer_addr("tomas"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-23", "12:31:40", "+0200"),
                 "<3a9f1d72-0c6b-4e58-b2d4-81e7c5a90f16@zvarmat.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "uk")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, price="148.50"), 3: chg(p, 3, qty=32, date="2026-12-23"), 4: acc(p, 4)}),
               notes="Space-aligned table: pos 2 price 148,50; pos 3 only 32 spools on 23.12.2026 (rest not confirmed); "
                     "pos 1 and 4 as ordered.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(28, "wind-logistics-ship-week-cn", "zh-CN",
      "Chinese GB2312 note from the supplier's logistics department giving only an air-freight ship week (2027年第2周) for the whole order, no price and no delivery date; '1.5 MW' and '2.0 MW' are in the item names.")
def c028():
    sup = ("JSWIND", "江苏风电备件有限公司", "sales@jswindparts.example", "zh-CN")
    p = po("4700234011", sup, "mara", "2026-11-18", [
        ("WTG-YAW-GBX-1.5", "Yaw drive gearbox for 1.5 MW turbine", 2, "EA", "9850.00", "2027-01-29"),
        ("WTG-PITCH-BRG-2.0", "Pitch bearing 2.0 MW, four-point contact ball", 1, "EA", "21400.00", "2027-01-29"),
    ], currency="USD")
    d = week_day(2027, 2)
    assert d == D("2027-01-15")
    body = ("Mara 您好，\n\n"
            "我是江苏风电备件有限公司物流部的王磊。销售部让我回复贵司订单 4700234011 的交货安排：\n\n"
            "全部货物（偏航齿轮箱 2 台，变桨轴承 1 件）计划于 2027 年第 2 周空运发货（上海浦东机场 → 哥德堡）。"
            "具体航班号确认后另行通知。\n\n"
            "如有其他问题请联系销售部陈经理。\n\n"
            "王磊\n物流部\n江苏风电备件有限公司\n电话：0519-8566 2031\n")
    quoted = request_text([p], "mara")
    plain = (body + "\n\n------------------ 原始邮件 ------------------\n"
             "发件人: \"Mara Lindqvist\"<mara.lindqvist@halden-group.example>;\n"
             "发送时间: 2026年11月18日(星期三) 下午3:15\n收件人: \"sales\"<sales@jswindparts.example>;\n"
             "主题: " + _req_subject(p) + "\n\n" + quoted + "\n")
    part = mime.text(plain, "plain", "gb2312", "base64")
    hs = headers(mime.addr("物流部 王磊", "logistics@jswindparts.example", "gb2312"), buyer_addr("mara"),
                 "回复： " + _req_subject(p), rfc_date("2026-11-24", "10:26:14", "+0800"),
                 "<tencent_4C1F9A2E7B3D5E8F0A6C1B2D@qq.example>", p["request_message_id"], p["request_message_id"],
                 cc="sales@jswindparts.example", extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")], subject_charset="gb2312")
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)}),
               notes="Logistics gives only the ship week: 2027 week 2 without a day -> Friday 2027-01-15 (ship date stands "
                     "in for delivery). Quantities match the PO; no price change.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(29, "fasteners-confirm-plus-invoice-complaint-tw", "zh-TW",
      "Traditional-Chinese Big5 reply that confirms the PO and then complains about a short payment on an invoice for another PO, with its own amounts, due date and PO number.")
def c029():
    sup = ("TWPF", "台灣精密扣件股份有限公司", "sales@twprecisionfast.example", "zh-TW")
    p = po("4700234090", sup, "priya", "2026-11-19", [
        ("FST-DIN912-M6x20-A2", "Socket head cap screw DIN 912 M6x20 A2, box of 500", 40, "BOX", "14.60", "2026-12-28"),
        ("FST-DIN985-M6-A2", "Nyloc nut DIN 985 M6 A2, box of 1000", 20, "BOX", "19.90", "2026-12-28"),
    ], currency="USD")
    body = ("Priya 您好：\n\n"
            "訂單 4700234090 確認如下：\n"
            "1. DIN 912 M6x20 A2（500支/盒）40 盒，單價 USD 14.60，交期 2026/12/28 到貴司倉庫。\n"
            "2. DIN 985 M6 A2（1000個/盒）20 盒，單價 USD 19.90，交期同上。\n\n"
            "另外想請您協助確認：我司發票 INV-TW-2611-0457（貴司訂單 4700229981，金額 USD 3,482.40，到期日 2026/11/30），"
            "貴司僅匯款 USD 3,264.40，短少 USD 218.00，請問是銀行手續費還是扣款？麻煩您轉給會計部門，謝謝。\n\n"
            "林佳蓉\n業務部\n台灣精密扣件股份有限公司\nTEL: 07-622-1188 #215\n")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-19", "15:15",
                                  "sales@twprecisionfast.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_TYZPR03MB6120E5D4C3B2A190F8E7D6C5TYZPR03MB6120apcp_",
                      charset="big5", cte="base64", lang_attr="ZH-TW")
    hs = headers(mime.addr("林佳蓉", "sales@twprecisionfast.example", "big5"), buyer_addr("priya"),
                 "回覆: " + _req_subject(p), rfc_date("2026-11-24", "14:08:37", "+0800"),
                 "<TYZPR03MB6120E5D4C3B2A190F8E7D6C5@TYZPR03MB6120.apcprd03.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "zh-TW")], subject_charset="big5")
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: acc(p, 2)}),
               notes="Both lines as ordered, 2026/12/28. The invoice complaint (INV-TW-2611-0457, PO 4700229981, "
                     "USD 3,482.40 / 218.00, due 2026/11/30) is about another order.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(30, "nuts-by-weight-boxes-ja", "ja-JP",
      "Japanese Shift_JIS reply that ships nuts by the box (1箱＝5kg＝4,000個) and prices per kg, so both quantity (24,000) and price (USD 9.60/kg = 0.012/pc) must be converted; date '12月21日' has no year and the address contains '3-8-12'.")
def c030():
    sup = ("MARUSHICHI", "株式会社丸七ネジ製作所", "eigyo@marushichi-neji.example", "ja-JP")
    p = po("4700234155", sup, "priya", "2026-11-19", [
        ("FST-M6-NUT-SUS", "Hex nut M6 SUS304", 22000, "EA", "0.012", "2026-12-21"),
        ("FST-M6x16-SUS", "Hex bolt M6x16 SUS304", 10000, "EA", "0.038", "2026-12-21"),
    ], currency="USD")
    body = ("ハルデン・グループ\nPriya Raman 様\n\n"
            "いつもお世話になっております。丸七ネジ製作所の佐藤でございます。\n"
            "ご注文番号 4700234155 につきまして、下記の通りお受けいたします。\n\n"
            "1. 六角ナット M6 SUS304\n"
            "   弊社では箱単位（1箱＝5kg＝4,000個）での出荷となりますため、6箱（30kg）＝24,000個にてお受けいたします。\n"
            "   単価：USD 9.60/kg\n"
            "2. 六角ボルト M6x16 SUS304\n"
            "   10,000個、単価 USD 0.038、ご指定通り。\n\n"
            "納期：両品目とも12月21日貴社着\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "--\n株式会社丸七ネジ製作所 営業部\n佐藤 健一\n〒577-0065 大阪府東大阪市高井田中3-8-12\nTEL 06-6781-2210 / FAX 06-6781-2211\n")
    quoted = request_text([p], "priya")
    plain = body + "\n-----Original Message-----\nFrom: Priya Raman <priya.raman@halden-group.example>\n" \
        "Sent: Thursday, November 19, 2026 4:15 PM\nSubject: " + _req_subject(p) + "\n\n" + quoted + "\n"
    part = mime.text(plain, "plain", "shift_jis", "base64")
    hs = headers(mime.addr("佐藤 健一", "eigyo@marushichi-neji.example", "iso-2022-jp"), buyer_addr("priya"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-24", "09:12:08", "+0900"),
                 "<20261124091208.7C3A.E4F1B2D9@marushichi-neji.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])
    msg = mime.message(hs, part)
    from decimal import Decimal
    assert Decimal("9.60") * 5 / 4000 == Decimal("0.012")
    exp = conf((p, {1: chg(p, 1, qty=24000), 2: acc(p, 2)}),
               notes="Line 1: 6 boxes x 4,000 = 24,000 pcs; USD 9.60/kg * 5 kg / 4,000 pcs = 0.012 per piece (unchanged). "
                     "12月21日 -> 2026-12-21. Postcode/address numbers are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(31, "hose-disclaimer-numbers-ko", "ko-KR",
      "Korean Outlook reply (ks_c_5601-1987, base64) moving one line to 12월 24일, followed by a bilingual legal disclaimer full of dates, regulation numbers, a 30-day retention period and a registration number.")
def c031():
    sup = ("HANBIT", "한빛유압 주식회사", "export@hanbit-hyd.example", "ko-KR")
    p = po("4700234201", sup, "priya", "2026-11-20", [
        ("HOS-4SH-DN25", "Hydraulic hose 4SH DN25 (1\"), 380 bar", 200, "M", "18.70", "2026-12-18"),
        ("FIT-JIC-1-5/16", "Fitting JIC 1-5/16\"-12 female swivel for DN25", 80, "EA", "7.95", "2026-12-18"),
    ], currency="USD")
    body = ("Priya Raman 님께,\n\n"
            "주문번호 4700234201 확인드립니다.\n\n"
            "1번 4SH DN25 호스: 200 m, 단가 USD 18.70 - 원자재 입고 지연으로 12월 24일 납품하겠습니다.\n"
            "2번 JIC 1-5/16\" 피팅: 주문하신 대로 80개, 12월 18일 납품.\n\n"
            "감사합니다.\n김민준 드림\n한빛유압 주식회사 해외영업팀\nTel. +82-51-970-3320\n\n"
            "──────────────────────────\n"
            "[면책 조항] 본 메일은 2026년 1월 1일 시행된 한빛유압 정보보호정책(제2026-04호)에 따라 발송되었으며, "
            "수신 후 30일이 지나면 서버에서 자동 삭제됩니다. 사업자등록번호 124-81-00998.\n"
            "DISCLAIMER: This e-mail is confidential under Hanbit Hydraulics policy No. 2026-04 effective 01.01.2026. "
            "Messages are retained for 30 days. Company Reg. No. 124-81-00998, capital KRW 3,500,000,000.")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-20", "16:15",
                                  "export@hanbit-hyd.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_SL2P216MB1822C4B3A2918F7E6D5C4B3ASL2P216MB1822KORP_",
                      charset="ks_c_5601-1987", cte="base64", lang_attr="KO")
    hs = headers(mime.addr("김민준", "export@hanbit-hyd.example", "euc-kr"), buyer_addr("priya"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-24", "17:45:29", "+0900"),
                 "<SL2P216MB1822C4B3A2918F7E6D5C4B3A@SL2P216MB1822.KORP216.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "ko-KR")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2026-12-24"), 2: acc(p, 2)}),
               notes="Line 1 delivery 12월 24일 -> 2026-12-24; line 2 as ordered. The disclaimer's dates/numbers are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(32, "film-ps-corrects-date-vi", "vi-VN",
      "Vietnamese Gmail confirmation listing both lines for 22/12/2026, then a P.S. correcting line 2's date to 29/12/2026.")
def c032():
    sup = ("PHUONGNAM", "Công ty TNHH Bao Bì Phương Nam", "sales@baobiphuongnam.example", "vi-VN")
    p = po("4700234260", sup, "sofia", "2026-11-20", [
        ("FLM-BOPP-20-1000", "BOPP film 20 micron, 1000 mm x 4000 m roll", 60, "ROL", "96.00", "2026-12-22"),
        ("FLM-METPET-12-800", "Metallised PET film 12 micron, 800 mm roll", 40, "ROL", "118.00", "2026-12-22"),
    ], currency="USD")
    body = ("Chào chị Sofia,\n\n"
            "Công ty chúng tôi xin xác nhận đơn hàng 4700234260 như sau:\n"
            "- Dòng 1: màng BOPP 20 micron khổ 1000 mm, 60 cuộn, đơn giá 96,00 USD/cuộn, giao ngày 22/12/2026.\n"
            "- Dòng 2: màng MPET 12 micron khổ 800 mm, 40 cuộn, đơn giá 118,00 USD/cuộn, giao ngày 22/12/2026.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh - Công ty TNHH Bao Bì Phương Nam\nKCN Sóng Thần 2, Dĩ An, Bình Dương\n"
            "ĐT: 0274 3790 155\n\n"
            "P.S. Xin lỗi chị, em ghi nhầm: dòng 2 ngày giao là 29/12/2026 chứ không phải 22/12 ạ.")
    alt = gmail_alt(body, "Vào Th 6, 20 thg 11, 2026 vào lúc 14:15 Sofia Brandt <sofia.brandt@halden-group.example> đã viết:",
                    request_text([p], "sofia"), "000000000000e8a2c50619d4b7f1")
    hs = headers(mime.addr("Nguyễn Thị Lan", "sales@baobiphuongnam.example"), buyer_addr("sofia"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-25", "15:50:42", "+0700"),
                 "<CAM2sR7b1kQw9Ye4vN0tH5zX8cP3mD6gF2jL7uA=Ws9Kq1Bn4eQ@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-29")}),
               notes="The P.S. corrects line 2 to 29/12/2026; line 1 as ordered.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(33, "tiles-html-only-buddhist-year-th", "th-TH",
      "HTML-only Thai webmail reply (base64) confirming everything with the date written in the Thai Buddhist calendar (22 ม.ค. 2570 = 22 January 2027); 60x120 and 8x60 are sizes.")
def c033():
    sup = ("SIAMCER", "บริษัท สยามเซรามิค จำกัด", "export@siamceramic.example", "th-TH")
    p = po("4700234318", sup, "tomas", "2026-11-20", [
        ("TIL-60x120-MRB", "Porcelain slab 60x120 cm, marble look, polished", 288, "M2", "21.50", "2027-01-22"),
        ("TIL-SKRT-8x60", "Skirting 8x60 cm, matching", 240, "EA", "2.30", "2027-01-22"),
    ], currency="USD")
    assert 2570 - 543 == 2027
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Tahoma,sans-serif;font-size:10pt\">"
            "<p>เรียน คุณ Tomás Ortega</p>"
            "<p>บริษัทฯ ขอยืนยันคำสั่งซื้อเลขที่ 4700234318 ครบทุกรายการตามที่สั่ง ดังนี้</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
            "<tr><th>ลำดับ</th><th>รายการ</th><th>จำนวน</th><th>ราคาต่อหน่วย (USD)</th></tr>"
            "<tr><td>1</td><td>กระเบื้องพอร์ซเลน 60x120 ซม. ลายหินอ่อน ขัดเงา</td><td>288 ตร.ม.</td><td>21.50</td></tr>"
            "<tr><td>2</td><td>บัวเชิงผนัง 8x60 ซม.</td><td>240 ชิ้น</td><td>2.30</td></tr></table>"
            "<p>กำหนดส่งมอบสินค้าทั้งสองรายการ: วันที่ 22 ม.ค. 2570</p>"
            "<p>ขอแสดงความนับถือ<br>สุภาวดี แก้วมณี<br>ฝ่ายส่งออก บริษัท สยามเซรามิค จำกัด<br>โทร. 02-816-4400 ต่อ 312</p>"
            "<hr><p style=\"color:#666\">----- ข้อความต้นฉบับ -----<br>จาก: Tomás Ortega &lt;tomas.ortega@halden-group.example&gt;<br>"
            "ส่ง: 20 พ.ย. 2569 08:15<br>เรื่อง: " + mime.esc(_req_subject(p)) + "<br><br>"
            + pre_html(request_text([p], "tomas")) + "</p></body></html>\n")
    part = mime.html(html, "utf-8", "base64")
    hs = headers(mime.addr("สุภาวดี แก้วมณี", "export@siamceramic.example"), buyer_addr("tomas"),
                 "ตอบกลับ: " + _req_subject(p), rfc_date("2026-11-26", "10:22:17", "+0700"),
                 "<1732591337.48213.1764127337@webmail.siamceramic.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "Zimbra 10.1.0_GA_4633 (ZimbraWebClient - GC131 (Win))")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: acc(p, 2)}),
               notes="HTML only. 22 ม.ค. 2570 is the Buddhist-era year: 2570 - 543 = 2027 -> 2027-01-22 = requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(34, "solar-split-arrivals-id", "id-ID",
      "Indonesian Gmail reply splitting the rails into two arrival dates written as '8 Januari 2027' / '22 Januari 2027' while 'Ø76 x 1600 mm' and '35 mm' are product sizes.")
def c034():
    sup = ("SURYARANGKA", "PT Surya Rangka Indonesia", "sales@suryarangka.example", "id-ID")
    p = po("4700234377", sup, "kofi", "2026-11-23", [
        ("SOL-RAIL-S-3300", "Mounting rail S-profile, 3300 mm", 900, "EA", "11.80", "2027-01-15"),
        ("SOL-ENDCLAMP-35", "End clamp 35 mm, silver", 1200, "EA", "0.74", "2027-01-15"),
        ("SOL-GSCREW-76-1600", "Ground screw Ø76 x 1600 mm", 150, "EA", "24.90", "2027-01-15"),
    ], currency="USD")
    body = ("Selamat siang Pak Kofi,\n\n"
            "Terima kasih atas PO 4700234377. Konfirmasi kami:\n\n"
            "Item 1 (rail S 3300 mm): 500 pcs tiba di gudang Bapak tanggal 8 Januari 2027, sisanya 400 pcs tiba 22 Januari 2027. "
            "Harga tetap USD 11,80.\n"
            "Item 2 dan 3: sesuai PO, tiba 15 Januari 2027.\n\n"
            "Salam,\nDewi Kartika\nSales Export\nPT Surya Rangka Indonesia - Kawasan Industri Jababeka, Cikarang\n+62 21 8983 4410")
    alt = gmail_alt(body, "Pada tanggal Sen, 23 Nov 2026 pukul 14.15 Kofi Mensah <kofi.mensah@halden-group.example> menulis:",
                    request_text([p], "kofi"), "000000000000a0b7e40619f1c823")
    hs = headers(mime.addr("Dewi Kartika", "sales@suryarangka.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-25", "13:05:33", "+0700"),
                 "<CAN8xZ4p2qRt7Wm1vK5sB9eH3yF6cD0gJ4nL8uQ=Tr2Yb6Mw1aE@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2027-01-22", schedule=[(500, "2027-01-08"), (400, "2027-01-22")]),
                    2: acc(p, 2), 3: acc(p, 3)}),
               notes="Line 1 split 500 on 8 Jan and 400 on 22 Jan 2027; lines 2 and 3 as ordered.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(35, "lab-burette-backorder-he", "he-IL",
      "Hebrew Outlook reply in windows-1255 with dd/mm/yyyy dates moving one line into January 2027; 'מ\"ל' (ml) abbreviations with quotes and a phone number 03-9412277 are noise.")
def c035():
    sup = ("MAABGLASS", "מעבדות זכוכית בע\"מ", "orders@maabadot-glass.example", "he-IL")
    p = po("4700234420", sup, "priya", "2026-11-23", [
        ("LAB-PIP-10-AS", "Volumetric pipette 10 ml, class AS", 200, "EA", "3.10", "2026-12-17"),
        ("LAB-BUR-50-PTFE", "Burette 50 ml, PTFE stopcock", 30, "EA", "28.40", "2026-12-17"),
    ], currency="USD")
    wd("2027-01-07", "Thu")
    body = ("שלום פריה,\n\n"
            "לגבי הזמנה 4700234420:\n\n"
            "שורה 1 - פיפטות 10 מ\"ל: מאושר, 200 יח', אספקה 17/12/2026.\n"
            "שורה 2 - ביורטות 50 מ\"ל: המלאי אזל, אספקה ב-07/01/2027, המחיר ללא שינוי (28.40$).\n\n"
            "בברכה,\nנועה לוי\nמעבדות זכוכית בע\"מ\nטל' 03-9412277")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-23", "09:15",
                                  "orders@maabadot-glass.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_AM9P193MB1550F6E5D4C3B2A19088F7E6AM9P193MB1550EURP_",
                      charset="windows-1255", lang_attr="HE")
    hs = headers(mime.addr("נועה לוי", "orders@maabadot-glass.example", "windows-1255"), buyer_addr("priya"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-26", "11:48:02", "+0200"),
                 "<AM9P193MB1550F6E5D4C3B2A19088F7E6@AM9P193MB1550.EURP193.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "he-IL")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-07")}),
               notes="Line 2 out of stock, delivery 07/01/2027 (day-first), price unchanged; line 1 as ordered.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(36, "grilles-arabic-indic-digits-ae", "ar-AE",
      "Arabic Outlook reply written with Arabic-Indic digits and the Arabic decimal separator (٤٦٫٧٥) giving a new price for one line; '١٢٠٠ مم' and '600x600' are sizes.")
def c036():
    sup = ("GULFAIR", "Gulf Air Distribution LLC", "sales@gulfairdist.example", "ar-AE")
    p = po("4700234488", sup, "kofi", "2026-11-24", [
        ("GRL-LIN-1200-2S", "Linear slot diffuser 1200 mm, 2 slots", 50, "EA", "44.00", "2026-12-21"),
        ("GRL-RET-600x600", "Return air grille 600x600 with filter", 30, "EA", "36.50", "2026-12-21"),
    ], currency="USD")
    body = ("السيد كوفي منساه المحترم،\n\n"
            "تحية طيبة وبعد،\n\n"
            "بالإشارة إلى أمر الشراء رقم 4700234488 نود التأكيد على ما يلي:\n\n"
            "البند ١: ناشر خطي ١٢٠٠ مم بفتحتين - الكمية ٥٠ قطعة، السعر الجديد ٤٦٫٧٥ دولار أمريكي للقطعة بسبب ارتفاع أسعار "
            "الألمنيوم، التسليم ٢١/١٢/٢٠٢٦.\n"
            "البند ٢: شبكة راجعة 600x600 مع فلتر - مؤكد حسب أمر الشراء (٣٠ قطعة، ٣٦٫٥٠ دولار، ٢١/١٢/٢٠٢٦).\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nسارة الحمادي\nقسم المبيعات - Gulf Air Distribution LLC\nدبي، المنطقة الصناعية القوز ٣\n"
            "هاتف: +971 4 338 2190")
    qp, qh = outlook_header_block("en", "Kofi Mensah <kofi.mensah@halden-group.example>", "2026-11-24", "10:15",
                                  "sales@gulfairdist.example", _req_subject(p))
    bh = "<div dir=rtl>" + paras_html(body) + "</div>"
    alt = outlook_alt(body, qp, qh, request_text([p], "kofi"), "_000_DXBP281MB0931B7A6C5D4E3F2A1B0C9D8DXBP281MB0931ARAP_",
                      cte="base64", body_html=bh, lang_attr="AR-SA")
    hs = headers(mime.addr("سارة الحمادي", "sales@gulfairdist.example"), buyer_addr("kofi"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-26", "12:30:09", "+0400"),
                 "<DXBP281MB0931B7A6C5D4E3F2A1B0C9D8@DXBP281MB0931.ARAP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "ar-AE")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, price="46.75"), 2: acc(p, 2)}),
               notes="Arabic-Indic digits: ٤٦٫٧٥ = 46.75 new price for line 1; ٢١/١٢/٢٠٢٦ = 2026-12-21 as requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(37, "kitchen-xlsx-ack-discount-ie", "en-IE",
      "Irish ERP mail with an XLSX acknowledgment whose dates are Excel serial numbers and where one line shows list price 540.00 less 5 % (net 513.00) while another is back-ordered to January.")
def c037():
    sup = ("LIFFEY", "Liffey Catering Equipment Ltd", "orders@liffeycatering.example", "en-IE")
    p = po("4700234530", sup, "amelie", "2026-11-24", [
        ("KIT-FRY-2x8L", "Electric fryer 2 x 8 L, countertop", 4, "EA", "565.00", "2026-12-14"),
        ("KIT-SAL-600", "Salamander grill 600 mm", 3, "EA", "720.00", "2026-12-14"),
        ("KIT-SINK-1200-DB", "Double bowl sink unit 1200 mm", 2, "EA", "498.00", "2026-12-14"),
    ])
    rows = [
        ["Liffey Catering Equipment Ltd", None, None, None, "Sales Order Acknowledgement"],
        ["Unit 14, Ballymount Industrial Estate, Dublin 12", None, None, None, "SO-118273"],
        [],
        ["Customer", "Halden Group AB", None, None, "Customer PO", "4700234530"],
        ["Account", "HAL001", None, None, "Order Date", dt.date(2026, 11, 24)],
        ["Terms", "30 days EOM", None, None, "Printed", dt.date(2026, 11, 26)],
        [],
        ["Line", "Cust Line", "Our Code", "Your Code", "Description", "Qty", "UoM", "List Price", "Disc %", "Net Price",
         "Line Total", "Delivery Date", "Status"],
        [10, 1, "LCE-FR28", "KIT-FRY-2x8L", "Electric fryer 2 x 8 L countertop", 4, "EA", 565, 0, 565, 2260,
         dt.date(2026, 12, 14), "Confirmed"],
        [20, 2, "LCE-SAL60", "KIT-SAL-600", "Salamander grill 600 mm", 3, "EA", 720, 0, 720, 2160,
         dt.date(2027, 1, 11), "Backorder"],
        [30, 3, "LCE-SNK12D", "KIT-SINK-1200-DB", "Sink unit 1200 double bowl", 2, "EA", 540, 5, 513, 1026,
         dt.date(2026, 12, 14), "Confirmed"],
        [],
        [None, None, None, None, "Goods total EUR", None, None, None, None, None, 5446],
        [None, None, None, None, "Quotation Q-26-0912 valid until 31/12/2026. E&OE."],
    ]
    xlsx = make_xlsx(rows, "SO-118273")
    body = ("Dear Customer,\n\n"
            "Please find attached Sales Order Acknowledgement SO-118273 for your PO 4700234530.\n"
            "Please check all details and advise of any discrepancies within 48 hours.\n\n"
            "Regards,\nOrders Team\nLiffey Catering Equipment Ltd\nT: +353 1 450 7720\n\n"
            "Liffey Catering Equipment Ltd. Registered in Ireland No. 318842. VAT IE 6388412K.\n")
    part = mime.multipart("mixed", "----=_NextPart_000_0012_01DB3F4A.7C2E1B90", [
        mime.text(body, "plain", "us-ascii", "7bit"),
        mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "SO-118273.xlsx"),
    ])
    hs = headers(mime.addr("Liffey Catering - Orders", "orders@liffeycatering.example"), buyer_addr("amelie"),
                 "Sales Order Acknowledgement SO-118273 - Your PO 4700234530", rfc_date("2026-11-26", "08:02:44", "+0000"),
                 "<000c01db3f4a$7c2e1b90$748a52b0$@liffeycatering.example>",
                 extra=[("X-Mailer", "Sage 200 Mailer")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-11"), 3: chg(p, 3, price="513.00")}),
               notes="XLSX: line 20 back-ordered to 2027-01-11 (Excel serial date); line 30 net price 513.00 = 540 less 5 % "
                     "(PO 498.00). Order/printed dates and quotation validity are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(38, "tyres-csv-ack-discontinued-za", "en-ZA",
      "South-African reply with a CSV acknowledgment using yyyy/mm/dd dates, one line with a new price and later date, and one line with 0 confirmed because the tube is no longer produced; tyre sizes like 315/80R22.5 156/150L look like fractions.")
def c038():
    sup = ("HIGHVELD", "Highveld Tyre & Wheel (Pty) Ltd", "orders@highveldtyre.example", "en-ZA")
    p = po("4700234602", sup, "kofi", "2026-11-24", [
        ("TYR-315-80R22.5-D", "Truck tyre 315/80 R22.5 156/150L, drive", 24, "EA", "312.00", "2026-12-11"),
        ("TYR-385-65R22.5-T", "Trailer tyre 385/65 R22.5 160K", 16, "EA", "298.00", "2026-12-11"),
        ("TYR-TUBE-750-16", "Inner tube 7.50-16", 40, "EA", "14.50", "2026-12-11"),
    ], currency="USD")
    csv = ("Order Ack,HTW-OA-55102\r\nCustomer PO,4700234602\r\nAck Date,2026/11/25\r\n\r\n"
           "Line,Item Code,Cust Item,Description,Qty Ordered,Qty Confirmed,Unit Price USD,Delivery Date,Remarks\r\n"
           "1,HT315DRV,TYR-315-80R22.5-D,\"315/80R22.5 156/150L Drive\",24,24,312.00,2026/12/11,\r\n"
           "2,HT385TRL,TYR-385-65R22.5-T,\"385/65R22.5 160K Trailer\",16,16,305.50,2026/12/18,\"Price adj. per supplier notice 01/11/2026\"\r\n"
           "3,HT750-16T,TYR-TUBE-750-16,\"Tube 7.50-16\",40,0,0.00,,\"Discontinued - no longer produced\"\r\n")
    body = ("Good day Kofi\n\n"
            "Attached our order acknowledgement for PO 4700234602. Please note line 3 - the 7.50-16 tube has been discontinued "
            "by the factory, we can offer the 7.50R16 radial tube if you want to place a new order.\n\n"
            "Kind regards\nThandi Nkosi\nSales Admin | Highveld Tyre & Wheel (Pty) Ltd\n+27 11 397 4410\n")
    quoted = request_text([p], "kofi")
    plain = body + "\n-----Original Message-----\nFrom: Kofi Mensah <kofi.mensah@halden-group.example>\n" \
        "Sent: Tuesday, 24 November 2026 10:15\nTo: orders@highveldtyre.example\nSubject: " + _req_subject(p) + "\n\n" + quoted + "\n"
    part = mime.multipart("mixed", "----=_NextPart_000_0031_01DB3E21.A4F50C70", [
        mime.text(plain, "plain", "us-ascii", "7bit"),
        mime.attachment(csv.encode("ascii"), "text/csv; charset=us-ascii", "HTW-OA-55102.csv", cte="quoted-printable"),
    ])
    hs = headers(mime.addr("Thandi Nkosi", "orders@highveldtyre.example"), buyer_addr("kofi"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-25", "14:17:51", "+0200"),
                 "<003101db3e21$a4f50c70$eedf2550$@highveldtyre.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-za")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, price="305.50", date="2026-12-18"), 3: rej()}),
               notes="CSV: line 2 305.50 on 2026/12/18; line 3 confirmed qty 0, discontinued -> rejected. "
                     "'01/11/2026' is the supplier notice date.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(39, "labware-inline-answers-sg", "en-SG",
      "Singapore Outlook reply typed inline into our quoted request ([LCL: ...] markers under each line), so the supplier's answers sit between our own requested dates.")
def c039():
    sup = ("LIONCITY", "Lion City Lab Supplies Pte Ltd", "sales@lioncitylab.example", "en-SG")
    p = po("4700234666", sup, "priya", "2026-11-25", [
        ("LAB-PETRI-90", "Petri dish 90 mm, PS, sterile, sleeve of 20", 100, "SLV", "4.20", "2026-12-09"),
        ("LAB-CYL-100-B", "Measuring cylinder 100 ml, class B, hexagonal base", 60, "EA", "5.60", "2026-12-09"),
        ("LAB-DESIC-250", "Desiccator 250 mm with lid, glass", 4, "EA", "118.00", "2026-12-09"),
    ], currency="USD")
    answers = {1: "[LCL: OK, confirmed]",
               2: "[LCL: only 48 pcs available, balance cancelled. Delivery 09/12 ok]",
               3: "[LCL: back order, ETA 18/12/2026]"}
    req = request_text([p], "priya").split("\n")
    out, out_html = [], []
    cur = None
    for ln in req:
        out.append(ln)
        out_html.append(mime.esc(ln).replace("  ", "&nbsp; "))
        head = ln.split(" ", 1)[0]
        if head.isdigit() and int(head) in answers:
            cur = int(head)
        elif cur and ln.startswith("      "):
            out.append(answers[cur])
            out_html.append(f"<span style='color:#C00000'><b>{mime.esc(answers[cur])}</b></span>")
            cur = None
    body = ("Hi Priya,\n\nPls see our replies inline below in [LCL: ...].\n\nThanks & regards,\nTan Wei Ling\n"
            "Lion City Lab Supplies Pte Ltd | 21 Bukit Batok Crescent #07-72 | Singapore 658065\n")
    qp, qh = outlook_header_block("en", "Priya Raman <priya.raman@halden-group.example>", "2026-11-25", "08:15",
                                  "sales@lioncitylab.example", _req_subject(p))
    plain = body + "\n" + qp + "\n\n" + "\n".join(out) + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=EN-SG>"
            "<div class=WordSection1>" + paras_html(body) +
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>" + qh +
            "</p></div><p class=MsoNormal style='font-family:Consolas'>" + "<br>\n".join(out_html) + "</p></div></body></html>")
    alt = mime.multipart("alternative", "_000_SG2PR06MB5311E4F3A2B1C0D9E8F7A6B5SG2PR06MB5311apcp_", [
        mime.text(plain, "plain", "us-ascii", "quoted-printable"), mime.html(html, "utf-8", "quoted-printable")])
    hs = headers(mime.addr("Tan Wei Ling", "sales@lioncitylab.example"), buyer_addr("priya"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-27", "16:05:30", "+0800"),
                 "<SG2PR06MB5311E4F3A2B1C0D9E8F7A6B5@SG2PR06MB5311.apcprd06.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "en-SG")])
    msg = mime.message(hs, alt)
    assert b"[LCL: back order" in msg
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, qty=48), 3: chg(p, 3, date="2026-12-18")}),
               notes="Inline answers: line 2 only 48 pcs (balance cancelled), line 3 ETA 18/12/2026; the quoted requested "
                     "dates 2026-12-09 are ours.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(40, "closures-next-tuesday-iphone-mx", "es-MX",
      "Mexican iPhone one-liner: 'se lo entregamos el próximo martes', to be resolved from the Date header (Thursday 26 Nov -> Tuesday 1 Dec).")
def c040():
    sup = ("EMPBAJIO", "Empaques del Bajío S.A. de C.V.", "ventas@empaquesbajio.example", "es-MX")
    p = po("4700234710", sup, "tomas", "2026-11-25", [
        ("CLS-ROPP-28x18", "Aluminium ROPP cap 28x18 mm, lined", 60000, "EA", "0.021", "2026-12-04"),
    ], currency="USD")
    mail_day = wd("2026-11-26", "Thu")
    tue = mail_day + dt.timedelta(days=(1 - mail_day.weekday()) % 7 or 7)
    assert tue == D("2026-12-01")
    quoted = request_text([p], "tomas")
    plain = ("Confirmado el pedido 4700234710 completo, se lo entregamos el próximo martes sin falta.\n\n"
             "Saludos\nHéctor\n\nEnviado desde mi iPhone\n\n"
             "> El 25 nov 2026, a las 1:15, Tomás Ortega <tomas.ortega@halden-group.example> escribió:\n>\n"
             + mime.quote_lines(quoted) + "\n")
    part = mime.text(plain, "plain", "utf-8", "quoted-printable")
    hs = headers(mime.addr("Héctor Ramírez", "ventas@empaquesbajio.example"), buyer_addr("tomas"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-26", "17:52:03", "-0600"),
                 "<B7E2C4A1-93D5-4F08-8E6B-2A1C0D9F7E35@empaquesbajio.example>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "iPhone Mail (22B91)")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, date=tue)}),
               notes="'el próximo martes' from Thursday 2026-11-26 -> Tuesday 2026-12-01 (requested 12-04).")
    return [p], msg, exp
