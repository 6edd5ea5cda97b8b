"""Cases 001-018."""
import datetime as dt
from decimal import Decimal

from .common import case, sup, PO, A, C, conf, EXP, mail, simple, dsn, request_subject, text_to_html, html_wrap
from .mime import text_part, multipart, attachment, addr, ew, rfcdate, h
from .pdf import pdf
from .xlsx import xlsx


@case("hurling-oneliner-iphone", "confirmation/en-IE",
      "A one-line mobile reply 'confirmed as ordered' above the quoted table; every number is in our own quote but the reply commits to all of it.")
def c_hurling():
    s = sup("BALLYHALE", "Ballyhale Ash Crafts Ltd", "orders@ballyhale-ash.example", "en-IE")
    po = PO("4500031101", s, "EUR", "2026-11-05", [
        ("HUR-34-ASH", "Hurley, ash, 34 in, size 4/3 grip, 2027 bas", 60, "EA", "38.50", "2026-12-11"),
        ("HUR-30-ASH", "Hurley, ash, 30 in juvenile, 12x20 mm bas band", 40, "EA", "31.00", "2026-12-11"),
        ("GRIP-1.5-25", "Grip tape 1.5 mm x 25 m roll", 24, "ROL", "6.80", "2026-12-11"),
    ], buyer="ap")
    txt = ("Hi Aoife, confirmed as ordered, all 3 lines for the 11th. Thanks a million, Ciar\u00e1n\n\n"
           "Sent from my iPhone")
    eml = mail(po, ("Ciar\u00e1n Fennelly", "ciaran@ballyhale-ash.example"), "2026-11-10 07:41:12 +0000", txt,
               client="ios", cte="quoted-printable", html=False, quote_above=False)
    return [po], eml, EXP("confirmation",
                          "Mobile one-liner: 'confirmed as ordered, all 3 lines for the 11th' commits to every line as on the PO; the numbers exist only in our quote, which is fine because the reply says 'as ordered'.",
                          conf(po, {}))


@case("planetarium-kw51-de", "confirmation/de-DE",
      "'Liefertermin KW 51/2026' must become Friday 18.12.2026; German thousands dots (48.500,00) and 24 V / 150 W figures in descriptions; one line keeps its date.")
def c_planetarium_de():
    s = sup("STERNWERK", "Sternwerk Optik GmbH", "auftrag@sternwerk-optik.example", "de-DE")
    po = PO("4500031102", s, "EUR", "2026-11-03", [
        ("SPX-2027-4K", "Star projector SPX 2027, 4K, 24V control unit", 2, "EA", "48500.00", "2026-12-11"),
        ("LMP-150W-24V", "Projection lamp 150 W / 24 V", 12, "EA", "212.00", "2026-12-11"),
        ("DOME-8M-1.5", "Dome screen segment 8 m, 1.5 mm perforated", 16, "EA", "385.00", "2026-12-04"),
    ], buyer="jd")
    txt = ("Sehr geehrter Herr Derksen,\n\n"
           "vielen Dank f\u00fcr Ihre Bestellung 4500031102, die wir wie folgt best\u00e4tigen:\n\n"
           "Pos. 1  SPX-2027-4K   2 St\u00fcck  \u00e0 48.500,00 EUR   Liefertermin KW 51/2026\n"
           "Pos. 2  LMP-150W-24V  12 St\u00fcck \u00e0 218,50 EUR      Liefertermin KW 51/2026\n"
           "Pos. 3  DOME-8M-1.5   16 St\u00fcck \u00e0 385,00 EUR      Liefertermin 04.12.2026 wie gew\u00fcnscht\n\n"
           "Der Preis f\u00fcr Pos. 2 entspricht unserer aktuellen Preisliste (g\u00fcltig ab 01.11.2026).\n\n"
           "Mit freundlichen Gr\u00fc\u00dfen\n\n"
           "i.A. Sabine Kr\u00fcger\nInnendienst\n\n"
           "Sternwerk Optik GmbH\nCarl-Zeiss-Stra\u00dfe 14, 07743 Jena\nTel. +49 3641 57 48 20\n"
           "Gesch\u00e4ftsf\u00fchrer: Dr. Uwe Lenz | Amtsgericht Jena HRB 501234")
    eml = mail(po, ("Sabine Kr\u00fcger", "s.krueger@sternwerk-optik.example"), "2026-11-11 14:22:05 +0100", txt,
               client="thunderbird", lang="de", charset="iso-8859-1", cte="quoted-printable", html=False,
               prefix="AW: ")
    return [po], eml, EXP("confirmation",
                          "KW 51/2026 without a weekday = Friday 2026-12-18 for lines 1 and 2; line 2 also has a new list price 218,50; line 3 keeps 04.12.2026 and is accepted.",
                          conf(po, {1: C(2, "48500.00", "2026-12-18"), 2: C(12, "218.50", "2026-12-18"), 3: "A"}))


@case("mushroom-spawn-semaine51-fr", "confirmation/fr-FR",
      "'livraison semaine 51' (Friday 18 Dec) for every line, a per-kg price with decimal comma, '1 000 pièces' with a space separator, Outlook French header block.")
def c_mushroom_fr():
    s = sup("MYCTOUR", "Myc\u00e9lium de Touraine SARL", "commandes@mycelium-touraine.example", "fr-FR")
    po = PO("4500031103", s, "EUR", "2026-11-04", [
        ("SPW-PO-RYE", "Oyster spawn on rye grain, strain P-24/7, 5 kg bag", 400, "KG", "4.20", "2026-12-14"),
        ("SPW-SHI-382", "Shiitake sawdust spawn, strain 3/82, 2.5 kg block", 120, "EA", "11.60", "2026-12-14"),
        ("BAG-6030-F", "Filter patch bag 60x30 cm, 0.2 micron", 1000, "PCS", "0.38", "2026-12-14"),
    ])
    txt = ("Bonjour Madame Holt,\n\n"
           "Nous accusons bonne r\u00e9ception de votre commande n\u00b0 4500031103 et vous la confirmons comme suit :\n\n"
           "- Blanc de pleurote P-24/7 : 400 kg \u00e0 4,35 \u20ac le kg (hausse du seigle) - livraison semaine 51\n"
           "- Blanc de shiitake 3/82 : 120 blocs \u00e0 11,60 \u20ac - livraison semaine 51\n"
           "- Sacs filtre 60x30 : 1 000 pi\u00e8ces \u00e0 0,38 \u20ac - livraison semaine 51\n\n"
           "Nous restons \u00e0 votre disposition.\n\nCordialement,\n\n"
           "Claire Vautrin\nService commercial\nMyc\u00e9lium de Touraine SARL - 12 route de Chinon, 37500 Savigny-en-V\u00e9ron\n"
           "T\u00e9l. : 02 47 58 11 90")
    eml = mail(po, ("Claire Vautrin", "c.vautrin@mycelium-touraine.example"), "2026-11-12 10:05:44 +0100", txt,
               client="outlook", lang="fr", charset="windows-1252", cte="quoted-printable")
    return [po], eml, EXP("confirmation",
                          "'semaine 51' = ISO week 51, Friday 2026-12-18, later than the requested 14 Dec, so all lines change date; line 1 also new price 4,35 EUR/kg (PO 4.20).",
                          conf(po, {1: C(400, "4.35", "2026-12-18"), 2: C(120, "11.60", "2026-12-18"),
                                    3: C(1000, "0.38", "2026-12-18")}))


@case("weather-balloons-split-us", "confirmation/en-US",
      "US month-first ship dates 12/04, 12/18, 12/11; line 1 split into two shipments; ship dates only (no delivery date) so the ship dates count.")
def c_balloons_us():
    s = sup("SKYWARD", "Skyward Sounding Supply Inc.", "orders@skyward-sounding.example", "en-US")
    po = PO("4500031104", s, "USD", "2026-11-02", [
        ("WB-600-TX", "Weather balloon 600 g latex, 2027 lot", 500, "EA", "42.75", "2026-12-18"),
        ("WB-1200-TX", "Weather balloon 1200 g latex, 24 x 36 in pack", 120, "EA", "96.40", "2026-12-18"),
        ("PAR-48-38", "Parachute 48 in, 3/8 in nylon cord", 200, "EA", "18.90", "2026-12-18"),
    ])
    txt = ("Hi Maren,\n\n"
           "Thanks for PO 4500031104. We can't ship all of the 600 g balloons in one go, so here's what we can do:\n\n"
           "Line 1 (WB-600): 200 pcs ship 12/04, balance of 300 pcs ship 12/18. Unit price $42.75 unchanged.\n"
           "Line 2 (WB-1200): all 120 pcs @ $96.40, ship 12/11.\n"
           "Line 3 (PAR-48): all 200 pcs @ $18.90, ship 12/11.\n\n"
           "These are ship dates from our Tulsa warehouse, our forwarder books the ocean leg.\n\n"
           "Best,\nDwayne Pruitt\nCustomer Service | Skyward Sounding Supply Inc.\n4410 S Mingo Rd, Tulsa, OK 74146\n(918) 555-0147")
    eml = mail(po, ("Dwayne Pruitt", "dpruitt@skyward-sounding.example"), "2026-11-09 16:48:31 -0600", txt,
               client="gmail", cte="quoted-printable", prefix="Re: ")
    return [po], eml, EXP("confirmation",
                          "en-US month-first dates (12/04 = 4 Dec); only ship dates given, so they are the dates. Line 1 split 200 on 2026-12-04 + 300 on 2026-12-18 (same totals as PO, but a schedule makes it 'changed'); lines 2/3 ship earlier, 2026-12-11.",
                          conf(po, {1: C(500, "42.75", "2026-12-18", [(200, "2026-12-04"), (300, "2026-12-18")]),
                                    2: C(120, "96.40", "2026-12-11"), 3: C(200, "18.90", "2026-12-11")}))


@case("dental-trays-erp-pdf-flate", "confirmation/nl-NL",
      "ERP notification with a Flate-compressed PDF acknowledgment; positions numbered 10/20/30, Dutch dd-mm-yyyy dates and decimal commas; the body itself says nothing.")
def c_dental_nl():
    s = sup("DENTAVORM", "Dentavorm B.V.", "verkoop@dentavorm.example", "nl-NL")
    po = PO("4500031105", s, "EUR", "2026-11-06", [
        ("DT-UP-S3", "Impression tray upper, perforated, size S (3)", 300, "EA", "1.85", "2026-12-09"),
        ("DT-LO-M4", "Impression tray lower, perforated, size M (4)", 300, "EA", "1.85", "2026-12-09"),
        ("DT-ADH-10", "Tray adhesive 10 ml, 12 per box", 25, "BOX", "38.00", "2026-12-09"),
    ], buyer="jd")
    page = ["**Dentavorm B.V.", "Industrieweg 8, 5531 AD Bladel - KvK 17089123 - BTW NL8123.45.678.B01", "",
            "**ORDERBEVESTIGING OB-26-08817", "Datum: 17-11-2026          Klantnr.: 20417",
            "Uw inkooporder: 4500031105 d.d. 06-11-2026", "Afleveradres: Halden Supply Group, Dock 4, Sliedrecht", "",
            "Pos  Artikel     Omschrijving                          Aantal  Eenh.   Prijs   Leverdatum",
            "10   DT-UP-S3    Afdruklepel boven geperforeerd S (3)      300  ST      1,85   09-12-2026",
            "20   DT-LO-M4    Afdruklepel onder geperforeerd M (4)      300  ST      1,92   09-12-2026",
            "30   DT-ADH-10   Lepeladhesief 10 ml (12 st/doos)           25  DS     38,00   16-12-2026", "",
            "Totaal excl. BTW: EUR 2.081,00", "Leveringscondities: DAP Sliedrecht, betaling 30 dagen netto.",
            "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing."]
    data = pdf([page], title="Orderbevestiging OB-26-08817", author="Dentavorm ERP", flate=True,
               date="D:20261117070212+01'00'")
    txt = ("Geachte heer/mevrouw,\n\n"
           "Hierbij ontvangt u onze orderbevestiging OB-26-08817 bij uw inkooporder 4500031105.\n\n"
           "Dit bericht is automatisch gegenereerd; antwoorden op dit adres worden niet gelezen.\n"
           "Vragen? verkoop@dentavorm.example / 0497-38 41 20\n\nDentavorm B.V.")
    eml = mail(po, ("Dentavorm B.V.", "erp-noreply@dentavorm.example"), "2026-11-17 07:02:12 +0100", txt,
               client="erp", charset="iso-8859-1", cte="quoted-printable", html=False, quote=False, thread=False,
               subject="Orderbevestiging OB-26-08817 / uw ref. 4500031105",
               attach=[(data, "application/pdf", "OB-26-08817.pdf")],
               extra=[("X-Mailer", "Exact Globe Next"), ("Auto-Submitted", "auto-generated")])
    total = 300 * Decimal("1.85") + 300 * Decimal("1.92") + 25 * Decimal("38.00")
    assert total == Decimal("2081.00"), total
    return [po], eml, EXP("confirmation",
                          "ERP-generated mail (Auto-Submitted) but the attached Flate PDF commits: pos 10 as ordered, pos 20 price 1,92 instead of 1.85, pos 30 delivery 16-12-2026 instead of 09-12.",
                          conf(po, {1: "A", 2: C(300, "1.92", "2026-12-09"), 3: C(25, "38.00", "2026-12-16")}))


@case("quilting-cotton-hinglish", "confirmation/hi-IN",
      "Hindi with English item codes, Indian lakh grouping (₹4,42,000.00), a partial quantity with a dispatch date and a discontinued line.")
def c_quilting_hi():
    s = sup("JAIPURBP", "Jaipur Block Print Textiles Pvt. Ltd.", "sales@jaipurblock.example", "hi-IN")
    po = PO("4500031106", s, "INR", "2026-11-04", [
        ("QC-112-IND", "Quilting cotton 112 cm, indigo block print, 60x60 count", 1200, "M", "265.00", "2026-12-10"),
        ("QC-112-SAF", "Quilting cotton 112 cm, saffron 4/4 check", 800, "M", "248.00", "2026-12-10"),
        ("FQ-5055-12", "Fat quarter bundle 50x55 cm, 12 pcs", 150, "SET", "1450.00", "2026-12-10"),
    ])
    txt = ("\u0928\u092e\u0938\u094d\u0924\u0947 Maren \u091c\u0940,\n\n"
           "PO 4500031106 \u0915\u0947 \u0932\u093f\u090f \u0927\u0928\u094d\u092f\u0935\u093e\u0926\u0964 "
           "\u0939\u092e\u093e\u0930\u0940 \u092a\u0941\u0937\u094d\u091f\u093f \u0928\u0940\u091a\u0947 \u0939\u0948:\n\n"
           "1) QC-112-IND - 1200 \u092e\u0940\u091f\u0930 @ \u20b9265.00 - \u0921\u093f\u0932\u0940\u0935\u0930\u0940 10-12-2026, \u0915\u094b\u0908 \u092c\u0926\u0932\u093e\u0935 \u0928\u0939\u0940\u0902\u0964\n"
           "2) QC-112-SAF - \u0915\u0947\u0935\u0932 500 \u092e\u0940\u091f\u0930 \u0909\u092a\u0932\u092c\u094d\u0927 \u0939\u0948\u0902, @ \u20b9248.00, "
           "\u0921\u093f\u0938\u094d\u092a\u0948\u091a 08-12-2026\u0964 \u092c\u093e\u0915\u0940 300 \u092e\u0940\u091f\u0930 \u0939\u092e \u0938\u092a\u094d\u0932\u093e\u0908 \u0928\u0939\u0940\u0902 \u0915\u0930 \u092a\u093e\u090f\u0902\u0917\u0947 (dye lot \u0916\u0924\u094d\u092e)\u0964\n"
           "3) FQ-5055-12 - \u092f\u0939 \u0906\u0907\u091f\u092e \u0905\u092c \u092c\u0902\u0926 \u0939\u094b \u0917\u092f\u093e \u0939\u0948, \u0938\u092a\u094d\u0932\u093e\u0908 \u0938\u0902\u092d\u0935 \u0928\u0939\u0940\u0902\u0964\n\n"
           "Total PO value now: \u20b94,42,000.00 (Line 1 \u20b93,18,000 + Line 2 \u20b91,24,000), GST extra.\n\n"
           "\u0927\u0928\u094d\u092f\u0935\u093e\u0926,\nRohit Sharma\nJaipur Block Print Textiles Pvt. Ltd.\n"
           "Plot 17, Sanganer Industrial Area, Jaipur 302029\n+91 141 270 4455")
    eml = mail(po, ("Rohit Sharma", "rohit.sharma@jaipurblock.example"), "2026-11-13 12:31:09 +0530", txt,
               client="gmail", cte="base64")
    return [po], eml, EXP("confirmation",
                          "Line 1 as ordered; line 2 only 500 of 800 m, dispatch 08-12-2026 (ship date only, so it is the date), remaining 300 m explicitly not supplied; line 3 discontinued = rejected. Lakh grouping in totals is a distractor.",
                          conf(po, {1: "A", 2: C(500, "248.00", "2026-12-08"), 3: "R"}))


@case("sailcloth-per-roll-gb", "confirmation/en-GB",
      "Prices quoted per 50 m roll must be converted to per metre (585/50 = 11.70); quantities in rolls; despatch date only, with a vague '2-3 working days' transit remark.")
def c_sailcloth_gb():
    s = sup("SOLENT", "Solent Sailcloth Ltd", "sales@solent-sailcloth.example", "en-GB")
    po = PO("4500031107", s, "GBP", "2026-11-05", [
        ("SC-DAC-8OZ", "Dacron sailcloth 8 oz, 137 cm, white", 250, "M", "11.40", "2026-12-16"),
        ("SC-NYL-1.5", "Spinnaker nylon 1.5 oz, 150 cm, red", 100, "M", "7.90", "2026-12-16"),
        ("SC-TAPE-25", "Sail tape 25 mm x 50 m", 20, "ROL", "14.60", "2026-12-16"),
    ])
    txt = ("Hi Maren,\n\n"
           "Thanks for the order. Our Dacron and nylon now only go out in full 50 m rolls, priced per roll, so:\n\n"
           "- 8 oz Dacron: 5 rolls x 50 m = 250 m at \u00a3585.00 per roll, despatch Friday 11 December\n"
           "- 1.5 oz nylon: 2 rolls (100 m) at \u00a3395.00 per roll, despatch Friday 11 December\n"
           "- Sail tape 25 mm: 20 rolls at \u00a314.60, despatch Friday 11 December\n\n"
           "Delivery to you is normally 2-3 working days after despatch by pallet.\n\n"
           "Cheers,\nTom Ashdown\nSolent Sailcloth Ltd, Unit 6 Saxon Wharf, Southampton SO14 5QF\nT: 023 8063 1190\n\n"
           "This email and any attachments are confidential and intended solely for the addressee. "
           "Solent Sailcloth Ltd is registered in England and Wales no. 04412345.")
    eml = mail(po, ("Tom Ashdown", "tom@solent-sailcloth.example"), "2026-11-12 09:14:51 +0000", txt,
               client="apple", cte="quoted-printable")
    return [po], eml, EXP("confirmation",
                          "Per-roll prices: 585.00/50 m = 11.70 per M (changed), 395.00/50 m = 7.90 per M (= PO); only a despatch date (Fri 11 Dec 2026), which counts as the date for all three lines.",
                          conf(po, {1: C(250, "11.70", "2026-12-11"), 2: C(100, "7.90", "2026-12-11"),
                                    3: C(20, "14.60", "2026-12-11")}))


@case("water-valves-split-cs", "confirmation/cs-CZ",
      "Czech windows-1250 reply; one line split 2 now + 3 in January (22.1.2027 without leading zeros), one line not mentioned at all.")
def c_valves_cs():
    s = sup("ARMHRAN", "Armatury Hranice s.r.o.", "obchod@armatury-hranice.example", "cs-CZ")
    po = PO("4500031108", s, "EUR", "2026-11-03", [
        ("VLV-DN150-PN16", "Gate valve DN150 PN16 with 24V actuator", 4, "EA", "1840.00", "2026-12-15"),
        ("FLT-DN200", "Float valve DN200 for water tower, 1.5 bar", 5, "EA", "965.00", "2026-12-15"),
        ("GSK-DN150-3", "Flange gasket DN150, 3 mm EPDM", 40, "PCS", "6.20", "2026-12-15"),
    ])
    txt = ("Dobr\u00fd den pan\u00ed Holt,\n\n"
           "k Va\u0161\u00ed objedn\u00e1vce 4500031108 potvrzujeme:\n\n"
           "Pol. 1 \u2013 \u0161oup\u00e1tko DN150 PN16 s pohonem 24V: 4 ks \u00e1 1 840,00 EUR, dod\u00e1n\u00ed 15.12.2026 dle po\u017eadavku.\n"
           "Pol. 2 \u2013 plov\u00e1kov\u00fd ventil DN200: 2 ks dod\u00e1me 15.12.2026, zb\u00fdvaj\u00edc\u00ed 3 ks a\u017e 22.1.2027 "
           "(\u010dek\u00e1me na odlitky). Cena 965,00 EUR/ks beze zm\u011bny.\n\n"
           "S pozdravem\n\nIng. Petr Dvo\u0159\u00e1k\nobchodn\u00ed odd\u011blen\u00ed\nArmatury Hranice s.r.o., Na Zelen\u00e9 8, 753 01 Hranice\n"
           "tel.: +420 581 604 112")
    eml = mail(po, ("Petr Dvo\u0159\u00e1k", "dvorak@armatury-hranice.example"), "2026-11-13 08:57:30 +0100", txt,
               client="outlook", lang="cs", charset="windows-1250", cte="quoted-printable", prefix="RE: ")
    return [po], eml, EXP("confirmation",
                          "Line 1 as ordered; line 2 split 2 pcs 2026-12-15 + 3 pcs 2027-01-22 (last delivery is the date); line 3 (gaskets) is never mentioned = unconfirmed.",
                          conf(po, {1: "A", 2: C(5, "965.00", "2027-01-22", [(2, "2026-12-15"), (3, "2027-01-22")]),
                                    3: "U"}))


@case("mahjong-gb2312-cn", "confirmation/zh-CN",
      "GB2312/base64 Chinese reply with 2026年12月18日 dates and fullwidth ￥ prices; every line moves two days earlier and one gets a price rise.")
def c_mahjong_cn():
    s = sup("HUAYUN", "Ningbo Huayun Games Co., Ltd.", "sales@huayun-games.example", "zh-CN")
    po = PO("4500031109", s, "CNY", "2026-11-06", [
        ("MJ-144-GRN", "Mahjong set 144 tiles, 40x30 mm, green back", 60, "SET", "255.00", "2026-12-20"),
        ("MJ-TBL-80", "Mahjong table cover 80x80 cm", 60, "EA", "38.00", "2026-12-20"),
        ("MJ-DICE-16", "Dice 16 mm, 3 pcs per set", 100, "SET", "4.50", "2026-12-20"),
    ])
    txt = ("Maren \u60a8\u597d\uff01\n\n"
           "\u611f\u8c22\u60a8\u7684\u8ba2\u5355 4500031109\uff0c\u786e\u8ba4\u5982\u4e0b\uff1a\n\n"
           "1. MJ-144-GRN \u9ebb\u5c06 144\u5f20 40x30mm\uff1a60\u5957\uff0c\u5355\u4ef7 \uffe5268.00\uff08\u539f\u6750\u6599\u6da8\u4ef7\uff09\uff0c\u4ea4\u8d27\u65e5\u671f 2026\u5e7412\u670818\u65e5\n"
           "2. MJ-TBL-80 \u684c\u5e03 80x80cm\uff1a60\u4ef6\uff0c\u5355\u4ef7 \uffe538.00\uff0c\u4ea4\u8d27\u65e5\u671f 2026\u5e7412\u670818\u65e5\n"
           "3. MJ-DICE-16 \u9ab0\u5b50 16mm\uff1a100\u5957\uff0c\u5355\u4ef7 \uffe54.50\uff0c\u4ea4\u8d27\u65e5\u671f 2026\u5e7412\u670818\u65e5\n\n"
           "\u5982\u6709\u95ee\u9898\u8bf7\u968f\u65f6\u8054\u7cfb\u3002\n\n\u795d\u597d\n\u738b\u4e3d Wang Li\n"
           "\u5b81\u6ce2\u534e\u97f5\u68cb\u724c\u7528\u54c1\u6709\u9650\u516c\u53f8\n\u7535\u8bdd\uff1a+86 574 8765 4321")
    eml = mail(po, ("\u738b\u4e3d", "wangli@huayun-games.example"), "2026-11-12 16:20:03 +0800", txt,
               client="thunderbird", charset="gb2312", cte="base64", html=False, prefix="\u56de\u590d\uff1a",
               extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")])
    return [po], eml, EXP("confirmation",
                          "Chinese dates 2026年12月18日 (two days before the requested 20 Dec) on all lines; line 1 price ￥268.00 instead of 255.00.",
                          conf(po, {1: C(60, "268.00", "2026-12-18"), 2: C(60, "38.00", "2026-12-18"),
                                    3: C(100, "4.50", "2026-12-18")}))


@case("soap-moulds-postavka-uk", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply: 'поставка 18.12.2026' given once for both lines after the per-line list, prices with decimal comma.")
def c_soap_uk():
    s = sup("MYLNA", "Mylna Forma LLC", "sales@mylnaforma.example", "uk-UA")
    po = PO("4500031110", s, "EUR", "2026-11-05", [
        ("SM-6CAV-OVAL", "Silicone soap mould 6-cavity oval, 100 g, 27x17 cm", 200, "EA", "6.40", "2026-12-15"),
        ("SM-LOAF-1.2", "Loaf mould 1.2 kg with wooden box 25x9x8 cm", 80, "SET", "18.90", "2026-12-15"),
    ])
    txt = ("\u0414\u043e\u0431\u0440\u0438\u0439 \u0434\u0435\u043d\u044c, \u043f\u0430\u043d\u0456 \u041c\u0430\u0440\u0435\u043d!\n\n"
           "\u0414\u044f\u043a\u0443\u0454\u043c\u043e \u0437\u0430 \u0437\u0430\u043c\u043e\u0432\u043b\u0435\u043d\u043d\u044f \u2116 4500031110. "
           "\u041f\u0456\u0434\u0442\u0432\u0435\u0440\u0434\u0436\u0443\u0454\u043c\u043e \u043e\u0431\u0438\u0434\u0432\u0456 \u043f\u043e\u0437\u0438\u0446\u0456\u0457 \u0432 \u043f\u043e\u0432\u043d\u043e\u043c\u0443 \u043e\u0431\u0441\u044f\u0437\u0456 \u0437\u0430 \u0446\u0456\u043d\u0430\u043c\u0438 \u0437\u0430\u043c\u043e\u0432\u043b\u0435\u043d\u043d\u044f:\n"
           "- SM-6CAV-OVAL \u2014 200 \u0448\u0442. \u043f\u043e 6,40 EUR\n"
           "- SM-LOAF-1.2 \u2014 80 \u043a\u043e\u043c\u043f\u043b. \u043f\u043e 18,90 EUR\n"
           "\u043f\u043e\u0441\u0442\u0430\u0432\u043a\u0430 18.12.2026 (\u0440\u0430\u043d\u0456\u0448\u0435 \u043d\u0435 \u0432\u0441\u0442\u0438\u0433\u0430\u0454\u043c\u043e \u0447\u0435\u0440\u0435\u0437 \u0432\u0456\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u043d\u044f \u0435\u043b\u0435\u043a\u0442\u0440\u043e\u0435\u043d\u0435\u0440\u0433\u0456\u0457).\n\n"
           "\u0417 \u043f\u043e\u0432\u0430\u0433\u043e\u044e,\n\u041e\u043b\u0435\u043d\u0430 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e\n"
           "\u0432\u0456\u0434\u0434\u0456\u043b \u043f\u0440\u043e\u0434\u0430\u0436\u0456\u0432, \u0422\u041e\u0412 \u00ab\u041c\u0438\u043b\u044c\u043d\u0430 \u0424\u043e\u0440\u043c\u0430\u00bb\n"
           "\u043c. \u041b\u044c\u0432\u0456\u0432, \u0432\u0443\u043b. \u0413\u043e\u0440\u043e\u0434\u043e\u0446\u044c\u043a\u0430 174\n\u0442\u0435\u043b. +380 32 245 17 80")
    eml = mail(po, ("\u041e\u043b\u0435\u043d\u0430 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e", "o.kovalenko@mylnaforma.example"),
               "2026-11-16 11:03:27 +0200", txt, client="thunderbird", charset="windows-1251", cte="8bit",
               html=False)
    return [po], eml, EXP("confirmation",
                          "Both lines confirmed in full at PO prices; 'поставка 18.12.2026' (after the list) applies to both, three days after the requested 15 Dec.",
                          conf(po, {1: C(200, "6.40", "2026-12-18"), 2: C(80, "18.90", "2026-12-18")}))


@case("crampons-ooo-da", "auto_reply/da-DK",
      "Danish Outlook out-of-office with a return date (mandag den 23.11.2026) and a phone number that look like answer data.")
def c_crampons_da():
    s = sup("NORDTIND", "Nordtind Klatreudstyr ApS", "ordre@nordtind.example", "da-DK")
    po = PO("4500031111", s, "DKK", "2026-11-09", [
        ("CR-12P-AUTO", "Crampon 12-point, automatic binding, size 36-47", 30, "PAIR", "1195.00", "2026-12-11"),
        ("CR-ABP-27", "Anti-balling plates, 2027 model", 30, "PAIR", "149.00", "2026-12-11"),
    ])
    txt = ("Tak for din mail.\n\n"
           "Jeg er p\u00e5 ferie og tilbage mandag den 23.11.2026. Jeg har ikke adgang til mine mails i perioden, "
           "og din mail bliver ikke videresendt.\n\n"
           "Ved hastende ordrer kontakt venligst vores ordrekontor p\u00e5 ordre@nordtind.example eller +45 86 12 34 50.\n\n"
           "Med venlig hilsen\nMette Kj\u00e6r\nNordtind Klatreudstyr ApS")
    eml = mail(po, ("Mette Kj\u00e6r", "mette.kjaer@nordtind.example"), "2026-11-09 09:13:02 +0100", txt,
               client="outlook", lang="da", charset="iso-8859-1", cte="quoted-printable", quote=False,
               subject="Automatisk svar: " + request_subject(po),
               extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, EXP("auto_reply",
                          "Danish out-of-office (Automatisk svar, Auto-Submitted); the return date 23.11.2026 is not a delivery date.")


@case("koi-food-per-kg-on-tonnes-pl", "confirmation/pl-PL",
      "PO in tonnes, supplier answers in kg and zł/kg: 4,10 zł/kg = 4100.00 PLN/T (changed) while 4,12 zł/kg equals the PO's 4120.00 (accepted).")
def c_koi_pl():
    s = sup("KOIKARMA", "Koi-Karma Sp. z o.o.", "zamowienia@koikarma.example", "pl-PL")
    po = PO("4500031112", s, "PLN", "2026-11-04", [
        ("KF-GROW-6MM", "Koi growth pellet 6 mm, 38% protein, 20 kg bags", 2, "T", "3850.00", "2026-12-10"),
        ("KF-WHEAT-3MM", "Koi wheatgerm pellet 3 mm, winter feed", 1, "T", "4120.00", "2026-12-10"),
    ])
    txt = ("Dzie\u0144 dobry,\n\n"
           "potwierdzamy zam\u00f3wienie nr 4500031112:\n\n"
           "1. Karma KF-GROW-6MM 6 mm - 2 000 kg, cena 4,10 z\u0142/kg netto, dostawa 10.12.2026\n"
           "2. Karma KF-WHEAT-3MM 3 mm - 1 000 kg, cena 4,12 z\u0142/kg netto, dostawa 10.12.2026\n\n"
           "Ceny podajemy za kilogram zgodnie z naszym cennikiem na 2027 r.\n\n"
           "Pozdrawiam\nAgnieszka W\u00f3jcik\nDzia\u0142 Sprzeda\u017cy\nKoi-Karma Sp. z o.o., ul. Rybacka 3, 62-200 Gniezno\n"
           "tel. +48 61 426 18 90")
    eml = mail(po, ("Agnieszka W\u00f3jcik", "a.wojcik@koikarma.example"), "2026-11-10 13:45:00 +0100", txt,
               client="outlook", lang="pl", charset="iso-8859-2", cte="quoted-printable", prefix="Odp: ")
    return [po], eml, EXP("confirmation",
                          "PO unit is T; 2 000 kg = 2 T and 1 000 kg = 1 T. Price 4,10 zł/kg = 4100.00 PLN/T (PO 3850.00, changed); 4,12 zł/kg = 4120.00 PLN/T = PO (accepted).",
                          conf(po, {1: C(2, "4100.00", "2026-12-10"), 2: "A"}))


@case("lace-pins-gmail-mailer-daemon", "bounce/en-US",
      "Gmail mailer-daemon DSN (multipart/report) carrying our whole request with the PO table, quantities and dates.")
def c_lace_bounce():
    s = sup("BOBBINTH", "Bobbin & Thread Supply Co.", "orders@bobbinthread.example", "en-US")
    po = PO("4500031113", s, "USD", "2026-11-10", [
        ("BLP-26-BR", "Bobbin lace pins brass 26 x 0.5 mm, 1/4 lb box", 40, "BOX", "12.80", "2026-12-11"),
        ("BLB-4IN-BCH", "Lace bobbins 4 in, beech, spangled", 20, "DZ", "22.00", "2026-12-11"),
    ])
    txt = ("\n** Address not found **\n\n"
           "Your message wasn't delivered to orders@bobbinthread.example because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response from the remote server was:\n"
           "550 5.1.1 <orders@bobbinthread.example>: Recipient address rejected: User unknown in virtual mailbox table\n")
    hp = text_part("<html><head></head><body><h2>Address not found</h2><p>Your message wasn't delivered to "
                   "<a style=\"color:#212121;text-decoration:none\"><b>orders@bobbinthread.example</b></a> because the address "
                   "couldn't be found, or is unable to receive mail.</p><p>The response was:</p><p style=\"font-family:monospace\">"
                   "550 5.1.1 &lt;orders@bobbinthread.example&gt;: Recipient address rejected: User unknown in virtual mailbox table"
                   "</p></body></html>", "html", "UTF-8", "quoted-printable")
    eml = dsn(po, "2026-11-10 00:13:02 -0800", "googlemail.com", txt, "5.1.1",
              "550 5.1.1 <orders@bobbinthread.example>: Recipient address rejected: User unknown in virtual mailbox table",
              frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
              subject="Delivery Status Notification (Failure)", mid_domain="mx.google.com", charset="UTF-8",
              seed="gm-lace", html_part=hp,
              extra=[("X-Failed-Recipients", "orders@bobbinthread.example"), ("References", po["request_message_id"]),
                     ("In-Reply-To", po["request_message_id"])])
    return [po], eml, EXP("bounce",
                          "Gmail DSN: 550 5.1.1 user unknown; the embedded original is our request with its table and dates, nothing from the supplier.")


@case("bus-seat-fabric-vecka50-sv", "confirmation/sv-SE",
      "Swedish 'leverans vecka 50' (Friday 11 Dec, earlier than requested), 'à 189,00 kr' prices, and a discontinued line that is rejected.")
def c_busseat_sv():
    s = sup("BORASST", "Bor\u00e5s S\u00e4testyg AB", "order@borassatestyg.example", "sv-SE")
    po = PO("4500031114", s, "SEK", "2026-11-05", [
        ("BSF-MOQ-GRY", "Bus seat moquette, grey 2027 pattern, 140 cm, FR", 400, "M", "189.00", "2026-12-18"),
        ("BSF-VIN-BLK", "Bus seat vinyl, black, 1.2 mm, 137 cm", 150, "M", "142.00", "2026-12-18"),
        ("BSF-HDR-5030", "Headrest cover 50x30 cm, printed logo", 600, "PCS", "36.50", "2026-12-18"),
    ], buyer="jd")
    txt = ("Hej Jonas,\n\n"
           "Tack f\u00f6r best\u00e4llningen 4500031114. Vi bekr\u00e4ftar:\n\n"
           "Rad 1: 400 m moquette gr\u00e5 \u00e0 189,00 kr - leverans vecka 50\n"
           "Rad 2: Vinylen BSF-VIN-BLK har utg\u00e5tt ur sortimentet och kan tyv\u00e4rr inte levereras.\n"
           "Rad 3: 600 st nackskydd 50x30 \u00e0 36,50 kr - leverans vecka 50\n\n"
           "Med v\u00e4nliga h\u00e4lsningar\nLars Nystr\u00f6m\nBor\u00e5s S\u00e4testyg AB | Sandwalls plats 2, 503 30 Bor\u00e5s | 033-41 22 80")
    eml = mail(po, ("Lars Nystr\u00f6m", "lars.nystrom@borassatestyg.example"), "2026-11-11 15:37:19 +0100", txt,
               client="outlook", lang="sv", charset="iso-8859-1", cte="quoted-printable", prefix="SV: ")
    return [po], eml, EXP("confirmation",
                          "'vecka 50' = Friday 2026-12-11 (one week earlier than requested) for lines 1 and 3; line 2 discontinued = rejected.",
                          conf(po, {1: C(400, "189.00", "2026-12-11"), 2: "R", 3: C(600, "36.50", "2026-12-11")}))


@case("glassblowing-credit-approval-au", "needs_review/en-AU",
      "Gives quantities, prices and a ship date but all 'subject to credit approval' with a credit form attached: no commitment yet.")
def c_glass_au():
    s = sup("MURRAYGT", "Murray Glass Tools Pty Ltd", "sales@murrayglasstools.example", "en-AU")
    po = PO("4500031115", s, "AUD", "2026-11-06", [
        ("GBP-150-SS", "Glassblowing pipe 150 cm, stainless 304, 3/4 in OD", 10, "EA", "289.00", "2026-12-14"),
        ("PNT-120-58", "Punty rod 120 cm, 5/8 in", 20, "EA", "74.50", "2026-12-14"),
    ])
    txt = ("G'day Maren,\n\n"
           "Thanks for PO 4500031115. We can have all 10 blowpipes and 20 punties ready to ship 14/12/2026 at the "
           "prices on your order, subject to credit approval - as this is your first order with us, our accounts team "
           "need to open a trade account first. I've attached the credit application; once it's approved I'll send "
           "through the formal confirmation.\n\n"
           "Cheers,\nBec Thornton\nMurray Glass Tools Pty Ltd | 22 Kensington Rd, Rose Park SA 5067 | 08 8332 4410")
    form = pdf([["**Murray Glass Tools Pty Ltd - Trade Credit Application", "ABN 41 612 334 908", "",
                 "Company name: ____________________   ABN/VAT: ______________",
                 "Trade references (3): ______________________________",
                 "Requested credit limit (AUD): ____________   Terms: 30 days EOM",
                 "Signed: ____________________   Date: ___/___/______"]],
               title="Credit application", author="Murray Glass Tools", date="D:20260301090000+10'30'")
    eml = mail(po, ("Bec Thornton", "bec@murrayglasstools.example"), "2026-11-10 10:02:47 +1030", txt,
               client="outlook", attach=[(form, "application/pdf", "MGT_Credit_Application.pdf")])
    return [po], eml, EXP("needs_review",
                          "Date and prices are stated but explicitly 'subject to credit approval' and a formal confirmation is promised later; nothing is committed.")


@case("hay-nets-xlsx-confirmed-date-nz", "confirmation/en-NZ",
      "The answer lives in an XLSX with a 'Confirmed Date' column of real Excel date serials (dd/mm/yyyy), qty-confirmed and price columns; the body only hints.")
def c_hay_nz():
    s = sup("CANTYBAL", "Canterbury Baler Supplies Ltd", "orders@cantybaler.example", "en-NZ")
    po = PO("4500031116", s, "NZD", "2026-11-04", [
        ("NW-123-3000", "Bale net wrap 123 cm x 3000 m, 2027 UV", 40, "ROL", "412.00", "2026-12-18"),
        ("NW-130-3600", "Bale net wrap 130 cm x 3600 m", 24, "ROL", "468.00", "2026-12-18"),
        ("TW-130-45", "Baler twine 130 m/kg, 4.5 kg spool", 200, "EA", "19.80", "2026-12-18"),
        ("KNF-HOOK", "Net cutting hook knife", 50, "EA", "12.40", "2026-12-18"),
    ])
    D = dt.date
    rows = [["PO Line", "Item", "Description", "Qty Ordered", "Qty Confirmed", "Unit Price NZD", "Requested", "Confirmed Date", "Comment"],
            [1, "NW-123-3000", "Bale net wrap 123 cm x 3000 m", 40, 40, Decimal("412.00"), D(2026, 12, 18), D(2026, 12, 18), ""],
            [2, "NW-130-3600", "Bale net wrap 130 cm x 3600 m", 24, 24, Decimal("475.00"), D(2026, 12, 18), D(2027, 1, 8), "Mill price increase"],
            [3, "TW-130-45", "Baler twine 130 m/kg 4.5 kg", 200, 150, Decimal("19.80"), D(2026, 12, 18), D(2026, 12, 11), "Short supply - balance cancelled"],
            [4, "KNF-HOOK", "Net cutting hook knife", 50, 50, Decimal("12.40"), D(2026, 12, 18), D(2026, 12, 18), ""]]
    data = xlsx(rows, sheet="PO 4500031116")
    txt = ("Kia ora Maren,\n\nPlease find our confirmation for PO 4500031116 attached. Heads up that line 2 is pushed "
           "out to January and we can only do 150 of the twine.\n\nNg\u0101 mihi,\nHemi Walker\n"
           "Canterbury Baler Supplies Ltd | 14 Detroit Place, Hornby, Christchurch 8042 | 03 349 7712")
    eml = mail(po, ("Hemi Walker", "hemi@cantybaler.example"), "2026-11-18 11:26:40 +1300", txt,
               client="gmail", prefix="Re: ",
               attach=[(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PO4500031116_confirmation.xlsx")])
    return [po], eml, EXP("confirmation",
                          "XLSX 'Confirmed Date' column (Excel serials): line 2 08/01/2027 and price 475.00; line 3 only 150 of 200 on 11/12/2026 (balance cancelled); lines 1 and 4 as ordered.",
                          conf(po, {1: "A", 2: C(24, "475.00", "2027-01-08"), 3: C(150, "19.80", "2026-12-11"), 4: "A"}))


@case("clippers-satisfaction-survey-za", "unrelated/en-ZA",
      "A customer satisfaction survey from the same supplier about an earlier, delivered order of the same clipper model, full of dates and quantities.")
def c_clippers_za():
    s = sup("KAROOPET", "Karoo Pet Pro (Pty) Ltd", "orders@karoopetpro.example", "en-ZA")
    po = PO("4500031117", s, "ZAR", "2026-11-05", [
        ("CLP-A5-2SPD", "Pet grooming clipper A5, 2-speed, 230V", 12, "EA", "2450.00", "2026-12-11"),
        ("BLD-10-A5", "Clipper blade #10, 1.5 mm", 48, "EA", "389.00", "2026-12-11"),
    ])
    inner = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial,sans-serif\"><tr><td>"
             "<h2 style=\"color:#b5651d\">How did we do, Maren?</h2>"
             "<p>Your order <b>KPP-SO-55812</b> (12 x A5 2-speed clippers, 24 x #10 blades) was delivered on "
             "<b>28/10/2026</b>. We'd love to hear how it went.</p>"
             "<p>On a scale of 0-10, how likely are you to recommend Karoo Pet Pro to a colleague?</p>"
             "<p>" + " ".join("<a href=\"https://survey.karoopetpro.example/r/55812?score=%d\">%d</a>" % (i, i) for i in range(11)) + "</p>"
             "<p>The survey takes about 2 minutes and closes on 15/12/2026. Everyone who completes it goes into a draw "
             "for a R2 500 grooming voucher.</p>"
             "<p style=\"font-size:11px;color:#888\">Karoo Pet Pro (Pty) Ltd, 7 Voortrekker Road, Bellville 7530 | "
             "Reg. 2011/004412/07 | <a href=\"https://karoopetpro.example/unsubscribe?u=mh\">Unsubscribe</a></p>"
             "</td></tr></table>")
    body = text_part(html_wrap(inner, "utf-8", style="other"), "html", "utf-8", "quoted-printable")
    eml = simple([("From", "Karoo Pet Pro Customer Care <feedback@karoopetpro.example>"),
                  ("To", "Maren Holt <maren.holt@halden-supply.example>"),
                  ("Subject", "How did we do? Your order KPP-SO-55812"),
                  ("Date", rfcdate("2026-11-19 08:00:00 +0200")),
                  ("Message-ID", "<20261119060000.55812.kpp@mail.karoopetpro.example>"),
                  ("List-Unsubscribe", "<https://karoopetpro.example/unsubscribe?u=mh>"),
                  ("Precedence", "bulk"), ("X-Mailer", "Karoo CRM Campaigns 3.4")], body)
    return [po], eml, EXP("unrelated",
                          "Satisfaction survey about a delivered earlier order KPP-SO-55812 (same clipper model); it says nothing about PO 4500031117.")


@case("lamp-oil-delivery-window-sg", "confirmation/en-SG",
      "Delivery given as a window 'between 14 and 18 December'; the label takes the window's end (the latest date committed to); a '12/12' container date is a distractor.")
def c_lampoil_sg():
    s = sup("LUMENPT", "Lumen Paraffin Trading Pte Ltd", "sales@lumenparaffin.example", "en-SG")
    po = PO("4500031118", s, "SGD", "2026-11-05", [
        ("LO-PAR-1L", "Paraffin lamp oil, odourless, 1 L bottles 12/ctn", 1200, "L", "6.85", "2026-12-11"),
        ("LO-CIT-20L", "Citronella lamp oil 20 L jerrycan", 40, "EA", "96.00", "2026-12-11"),
    ])
    txt = ("Dear Maren,\n\nNoted with thanks on PO 4500031118. Please see our confirmation:\n\n"
           "1) Paraffin lamp oil 1 L - 1,200 L @ S$6.85/L\n"
           "2) Citronella lamp oil 20 L - 40 jerrycans @ S$96.00\n\n"
           "Both lines will be delivered between 14 and 18 December as our December container only arrives on 12/12. "
           "Prices are as per PO.\n\n"
           "Thanks & regards,\nKelvin Tan\nSales Executive\nLumen Paraffin Trading Pte Ltd\n"
           "8 Tuas Avenue 13, Singapore 638983 | +65 6861 2204\n\n"
           "DISCLAIMER: This e-mail is confidential. If you are not the intended recipient please notify the sender and delete it.")
    eml = mail(po, ("Kelvin Tan", "kelvin.tan@lumenparaffin.example"), "2026-11-16 17:12:08 +0800", txt,
               client="outlook")
    return [po], eml, EXP("confirmation",
                          "Window 'between 14 and 18 December' (no year: next such dates after the 16 Nov mail = 2026): the supplier commits to delivery no later than the end of the window, so date = 2026-12-18 for both lines (requested 11 Dec, so changed). '12/12' is the container arrival, not a delivery.",
                          conf(po, {1: C(1200, "6.85", "2026-12-18"), 2: C(40, "96.00", "2026-12-18")}))
