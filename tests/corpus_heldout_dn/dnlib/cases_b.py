# -*- coding: utf-8 -*-
from .common import *

# 019 ------------------------------------------------------------------
S = ("GATOSMX", "Gatos Hidráulicos del Bajío S.A. de C.V.", "ventas@gatosbajio.example", "es-MX")
po = PO("4500021502", S, [("TG-3T-PR", "Torre de soporte (jack stand) 3 t, par", 10, "PR", "1250.00", "2026-12-18"),
                          ("TG-6T-PR", "Torre de soporte (jack stand) 6 t, par", 6, "PR", "2180.00", "2026-12-18")],
        issued="2026-11-04", cur="MXN")
body = ("Buen día Mara,\n\nConfirmo tu orden 4500021502:\n\nTorres 3 ton - 10 pares - $1,250.00 + IVA c/par\n"
        "Torres 6 ton - 6 pares - $2,180.00 + IVA c/par\n\nFecha de embarque: 14/12/2026 vía Paquetexpress.\n\n"
        "Saludos,\n\nIng. Rodrigo Salinas\nGatos Hidráulicos del Bajío\nTel. 477 712 3344 ext 12 | Cel. 477 123 9087\n"
        "RFC GHB0504127A3"
        + quote(po, "gmail", labels="El mié, 4 nov 2026 a las 2:14, Mara Kovač (<mara.kovac@halden-mro.example>) escribió:"))
case(19, "ship-date-only-iva-mx", "confirmation", "es-MX",
     "Mexican Gmail reply gives prices '+ IVA' (tax-exclusive, equal to the PO) and only a ship date 14/12/2026, earlier than the need-by date.",
     [po], reply(19, po, ("Rodrigo Salinas", "rsalinas@gatosbajio.example"), "Mon, 09 Nov 2026 10:20:36 -0600", ALT(body), mstyle=1),
     {po.number: {1: ch(10, "1250.00", "2026-12-14"), 2: ch(6, "2180.00", "2026-12-14")}},
     "Prices '+ IVA' are net and equal the PO. Only a ship date is given (14/12/2026, day-first), so date = 2026-12-14 for both lines (requested 12-18) -> changed.")

# 020 ------------------------------------------------------------------
S = ("VERINQ", "Vérins Québec Inc.", "ventes@verinsquebec.example", "fr-CA")
po = PO("4500021518", S, [("CH-JS-3T", "Chandelle (jack stand) 3 tonnes, paire", 8, "PR", "74.95", "2026-12-14")],
        issued="2026-11-09", cur="CAD", buyer="tj")
body = ("Bonjour M. Jansen,\n\nMerci pour la commande. Avant de la confirmer, pouvez-vous me préciser si vous voulez les "
        "chandelles en acier (CH-JS-3T) ou la version aluminium (CH-JS-3T-AL, 119,95 $ la paire)? Notre catalogue 2027 "
        "a deux versions sous le même numéro de base.\n\nAussi, la livraison se fait-elle à votre entrepôt de Laval ou à Montréal?\n\n"
        "Merci et bonne journée,\n\nJulie Tremblay\nReprésentante aux ventes\nVérins Québec inc.\n514 555-0142, poste 3")
case(20, "question-steel-or-alu-ca", "needs_review", "fr-CA",
     "Québec French reply asks which variant (and which warehouse) before confirming; it quotes a different price for the other variant.",
     [po], reply(20, po, ("Julie Tremblay", "jtremblay@verinsquebec.example"), "Tue, 10 Nov 2026 14:02:19 -0500", T(body)),
     None, "The supplier asks two questions before confirming; the 119,95 $ price belongs to an alternative, not to a commitment -> needs_review.")

# 021 ------------------------------------------------------------------
S = ("MASKFILM", "Maskeringsfilm Norden AB", "order@maskfilm.example", "sv-SE")
po = PO("4500021525", S, [("MF-1400-33", "Maskeringsfilm med tejp 1400 mm x 33 m", 80, "ROL", "54.00", "2026-12-16"),
                          ("MF-2700-20", "Maskeringsfilm med tejp 2700 mm x 20 m", 60, "ROL", "69.00", "2026-12-16"),
                          ("MF-550-33", "Maskeringsfilm med tejp 550 mm x 33 m", 120, "ROL", "38.50", "2026-12-16")],
        issued="2026-11-05", cur="SEK")
body = ("Hej,\n\nHär kommer orderbekräftelse på er beställning 4500021525. Se även bifogad fil.\n\n"
        "Ordernr: 771204\nKundnr: 20488\n\n"
        "Rad  Artikel      Antal   Á-pris   Bekr. lev.datum\n"
        "1    MF-1400-33   80 st   54,00    2026-12-16\n"
        "2    MF-2700-20   60 st   69,00    Restnoterad - leveransdatum meddelas senare\n"
        "3    MF-550-33   120 st   38,50    2026-12-16\n\n"
        "Med vänlig hälsning\nMaskeringsfilm Norden AB\nKundservice 031-704 22 10 | order@maskfilm.example\n"
        "Org.nr 556123-4567\n")
csv = ("Ordernr;Er ref;Rad;Artikel;Benämning;Antal;Enhet;A-pris;Valuta;Bekr. lev.datum;Status\r\n"
       "771204;4500021525;1;MF-1400-33;Maskeringsfilm med tejp 1400x33;80;st;54,00;SEK;2026-12-16;Bekräftad\r\n"
       "771204;4500021525;2;MF-2700-20;Maskeringsfilm med tejp 2700x20;60;st;69,00;SEK;;Restnoterad\r\n"
       "771204;4500021525;3;MF-550-33;Maskeringsfilm med tejp 550x33;120;st;38,50;SEK;2026-12-16;Bekräftad\r\n")
case(21, "erp-restnoterad-csv-se", "confirmation", "sv-SE",
     "Swedish ERP order confirmation (new thread) with a CSV: line 2 is 'Restnoterad' (back-ordered) with no date, the others confirmed.",
     [po], reply(21, po, ("Maskeringsfilm Norden AB", "order@maskfilm.example"), "Fri, 13 Nov 2026 07:31:02 +0100",
                 MIX(T(body, "iso-8859-1"), Leaf(csv.encode("cp1252"), "text/csv", "windows-1252", "base64", filename="OB_771204.csv")),
                 subj="Orderbekräftelse 771204 (er ref 4500021525)", thread=False, charset="iso-8859-1"),
     {po.number: {1: A, 2: U, 3: A}},
     "Lines 1 and 3 confirmed as ordered. Line 2 is back-ordered and its date 'will be announced later': no commitment -> unconfirmed.")

# 022 ------------------------------------------------------------------
S = ("SMORENIP", "Smørenippel AS", "post@smorenippel.example", "nb-NO")
po = PO("4500021531", S, [("OK-PUMP-300", "Oljekanne med pumpe 300 ml", 20, "PC", "129.00", "2026-12-08")],
        issued="2026-11-12", cur="NOK")
body = ("Hei! Bekrefter ordre 4500021531, 20 stk à kr 129,-. Levering tirsdag.\nMvh Ola\n\nSendt fra min iPhone"
        + quote(po, "gmail", labels="Den 12. nov. 2026 kl. 09:14 skrev Mara Kovač <mara.kovac@halden-mro.example>:"))
case(22, "levering-tirsdag-no", "confirmation", "nb-NO",
     "Norwegian one-liner 'Levering tirsdag' (Tuesday) relative to the mail's Thursday date; price written 'kr 129,-'.",
     [po], reply(22, po, ("Ola Nordby", "ola@smorenippel.example"), "Thu, 19 Nov 2026 13:02:47 +0100", T(body)),
     {po.number: {1: ch(20, "129.00", "2026-11-24")}},
     "Mail dated Thursday 19 Nov 2026; 'tirsdag' = next Tuesday 2026-11-24, earlier than the requested 2026-12-08 -> changed (date).")

# 023 ------------------------------------------------------------------
S = ("KAEDEHEJS", "Kædehejs Danmark ApS", "salg@kaedehejs.example", "da-DK")
po = PO("4500021547", S, [("KH-1T-3M", "Kædetalje 1 t, 3 m løftehøjde", 4, "EA", "2450.00", "2027-01-12"),
                          ("KH-2T-3M", "Kædetalje 2 t, 3 m løftehøjde", 2, "EA", "3890.00", "2027-01-12")],
        issued="2026-11-05", cur="DKK")
body = ("Hej Mara\n\nTak for ordren. Vi kan bekræfte begge linjer med levering 12.01.2027.\n\n"
        "Vi er dog nødt til at tillægge et stålpristillæg på 4,5 % på alle kædetaljer fra 1. november, jf. vores "
        "meddelelse fra september. Linje 1 bliver således kr. 2.560,25 og linje 2 kr. 4.065,05 pr. stk.\n\n"
        "Venlig hilsen\nJesper Mikkelsen\nKædehejs Danmark ApS · Industrivej 14 · 7100 Vejle\nCVR 34 56 78 90 · Tlf. 70 20 31 44"
        + quote(po, "outlook", labels=("Fra", "Sendt", "Til", "Emne"), sent="5. november 2026 09:14"))
case(23, "steel-surcharge-pct-dk", "confirmation", "da-DK",
     "Danish confirmation adds a 4,5 % steel surcharge and spells out the new unit prices with Danish separators (2.560,25).",
     [po], reply(23, po, ("Jesper Mikkelsen", "jm@kaedehejs.example"), "Tue, 10 Nov 2026 10:11:50 +0100", T(body, "iso-8859-1"), charset="iso-8859-1"),
     {po.number: {1: ch(4, "2560.25", "2027-01-12"), 2: ch(2, "4065.05", "2027-01-12")}},
     "+4.5 % on the PO prices: 2450.00 -> 2560.25 and 3890.00 -> 4065.05 (stated explicitly too). Quantities and 12.01.2027 as ordered.")

# 024 ------------------------------------------------------------------
S = ("LETKU", "Letkukela Oy", "myynti@letkukela.example", "fi-FI")
po = PO("4500021553", S, [("LK-AUT-15", "Letkukela automaattikelaus 15 m", 6, "EA", "189.00", "2026-12-18")],
        issued="2026-11-06")
body = ("Hei Mara,\n\nkiitos tilauksesta. Vahvistamme tilauksen 4500021553, 6 kpl à 189,00 €, toimitus viikolla 50.\n\n"
        "Tilausvahvistus:\nTilaus 4500021553 / rivi 1 / LK-AUT-15 / 6 kpl / 189,00 € / toimituspäivä 22.12.2026\n\n"
        "Ystävällisin terveisin\nMikko Virtanen\nLetkukela Oy | puh. 040 123 4567 | Y-tunnus 1234567-8" + quote(po, ">"))
case(24, "week50-vs-2212-fi", "needs_review", "fi-FI",
     "Finnish reply contradicts itself: 'toimitus viikolla 50' (7-11 Dec) in the text, 'toimituspäivä 22.12.2026' in the summary line.",
     [po], reply(24, po, ("Mikko Virtanen", "mikko.virtanen@letkukela.example"), "Wed, 11 Nov 2026 15:40:08 +0200", T(body)),
     None, "Week 50 ends 11 Dec, the summary says 22 Dec; a careful buyer cannot tell which date is committed -> needs_review.")

# 025 ------------------------------------------------------------------
S = ("TOLMULINA", "Tolmulina OÜ", "muuk@tolmulina.example", "et-EE")
po = PO("4500021569", S, [("TL-PE-4X5", "Kattekile PE 4 x 5 m, 20 µm", 200, "PC", "1.35", "2026-12-04")], issued="2026-11-06")
body = ("Tere!\n\nOlen puhkusel kuni 30.11.2026 (k.a). Kiireloomulistes küsimustes palun pöörduge kolleegi Kadri Tamme poole: "
        "kadri.tamm@tolmulina.example, tel +372 5123 4567.\n\nI am on leave until 30 November 2026. For urgent matters "
        "please contact my colleague Kadri Tamm (kadri.tamm@tolmulina.example, +372 5123 4567).\n\nParimate soovidega\nMarek Kask\nTolmulina OÜ")
case(25, "puhkusel-autoreply-ee", "auto_reply", "et-EE",
     "Estonian/English vacation auto-reply with a return date and colleague phone; threaded like a normal reply.",
     [po], reply(25, po, ("Marek Kask", "marek.kask@tolmulina.example"), "Mon, 09 Nov 2026 09:02:11 +0200", T(body),
                 subj="Automaatne vastus: " + req_subject(po), extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"]),
     None, "Vacation auto-reply; 30.11.2026 is a return date.")

# 026 ------------------------------------------------------------------
S = ("PARKLAJ", "SIA Pārklājumi Baltic", "pardosana@parklajumi.example", "lv-LV")
po = PO("4500021575", S, [("PP-AUD-4X5", "Dust sheet cotton twill 4 x 5 m", 60, "PC", "8.90", "2026-12-11"),
                          ("PP-PE-4X4", "Dust sheet polyethylene 4 x 4 m", 200, "PC", "0.95", "2026-12-11")], issued="2026-11-05")
body = ("Labdien, Mara!\n\nPaldies par pasūtījumu Nr. 4500021575. Apstiprinām:\n\n"
        "1) auduma pārklāji 4x5 m - tā kā tie tiek iepakoti pa 25 gab., piegādāsim 75 gab. par 8,90 EUR/gab.;\n"
        "2) PE pārklāji 4x4 m - 200 gab. par 0,95 EUR/gab.\n\n"
        "Piegādes datums abām pozīcijām: 2026. gada 9. decembris.\n\nAr cieņu\nLiene Bērziņa\n"
        "SIA Pārklājumi Baltic, reģ. Nr. 40103456789\nTālr. +371 67 123 456" + quote(po, ">"))
case(26, "pack-of-25-lv", "confirmation", "lv-LV",
     "Latvian ISO-8859-13 reply rounds line 1 up to full packs of 25 (75 pcs) and gives a long-form date '2026. gada 9. decembris'.",
     [po], reply(26, po, ("Liene Bērziņa", "liene.berzina@parklajumi.example"), "Thu, 12 Nov 2026 11:18:29 +0200",
                 T(body, "iso-8859-13"), subj="Atb.: " + req_subject(po), charset="iso-8859-13"),
     {po.number: {1: ch(75, "8.90", "2026-12-09"), 2: ch(200, "0.95", "2026-12-09")}},
     "Line 1: 75 pcs (packs of 25). Both lines delivered 2026-12-09, two days before the requested 11 Dec -> both changed.")

# 027 ------------------------------------------------------------------
S = ("SKELBLENT", "UAB Skelbimų lentos", "pardavimai@skelbimulentos.example", "lt-LT")
po = PO("4500021581", S, [("SL-KRK-90X60", "Cork notice board 90 x 60 cm, aluminium frame", 15, "PC", "32.40", "2026-12-15"),
                          ("SL-MAG-120X90", "Magnetic notice board 120 x 90 cm", 8, "PC", "68.00", "2026-12-15")], issued="2026-11-09")
body = ("Laba diena,\n\ndėkojame už užsakymą Nr. 4500021581. Deja, turime pranešti, kad šių lentų gamybą nutraukėme spalio "
        "mėnesį, o likučių sandėlyje nebeturime. Užsakymo įvykdyti negalėsime.\n\nAtsiprašome už nepatogumus. Nauja produktų "
        "linija bus pristatyta 2027 m. kovo mėn., katalogą atsiųsime.\n\nPagarbiai\nRūta Petrauskienė\nPardavimų vadybininkė\n"
        "UAB Skelbimų lentos | tel. +370 5 210 4455 | įm. k. 302345678")
case(27, "whole-order-declined-lt", "confirmation", "lt-LT",
     "Lithuanian reply declines the whole order (production discontinued, no stock) without naming lines; a future catalogue is mentioned.",
     [po], reply(27, po, ("Rūta Petrauskienė", "ruta.p@skelbimulentos.example"), "Fri, 13 Nov 2026 09:55:31 +0200", ALT(body)),
     {po.number: {1: R, 2: R}},
     "A refusal is an answer: both boards are discontinued and the order cannot be fulfilled -> every line rejected. March 2027 refers to a new product line, not a delivery.")

# 028 ------------------------------------------------------------------
S = ("CSAPAGY", "Csapágylehúzó Kft.", "rendeles@csapagylehuzo.example", "hu-HU")
po = PO("4500021597", S, [("CSL-2K-150", "Kétkarú csapágylehúzó 150 mm", 10, "PC", "8900.00", "2026-12-14"),
                          ("CSL-3K-250", "Háromkarú csapágylehúzó 250 mm", 6, "PC", "16500.00", "2026-12-14"),
                          ("CSL-BELSO-SET", "Belső csapágylehúzó készlet, 12 db", 3, "SET", "42900.00", "2026-12-14")],
        issued="2026-11-05", cur="HUF")
body = ("Tisztelt Kovač Mara!\n\nMellékelten küldjük a 4500021597 számú megrendelés visszaigazolását.\n"
        "A 3. tételnél a szállítási határidő sajnos csak 2027.01.11. (a gyártótól várjuk).\n\nÜdvözlettel:\n"
        "Kiss Gábor\nértékesítés\nCsapágylehúzó Kft. | 1097 Budapest, Gubacsi út 6. | Tel.: +36 1 234 5678\n")
x = make_xlsx([["Visszaigazolás", "", "", "", "", "", "", ""],
               ["Rendelésszám", "Tétel", "Cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár (HUF)", "Szállítási dátum"],
               [4500021597, 1, "CSL-2K-150", "Kétkarú csapágylehúzó 150 mm", 10, "db", 8900, "2026.12.14."],
               [4500021597, 2, "CSL-3K-250", "Háromkarú csapágylehúzó 250 mm", 6, "db", 16500, "2026.12.14."],
               [4500021597, 3, "CSL-BELSO-SET", "Belső csapágylehúzó készlet 12 db", 3, "klt", 42900, "2027.01.11."]],
              sheet="Visszaigazolás")
case(28, "xlsx-confirmation-hu", "confirmation", "hu-HU",
     "Hungarian reply with an XLSX confirmation (inline strings) using yyyy.mm.dd. dates; only line 3 is later, as the text also says.",
     [po], reply(28, po, ("Kiss Gábor", "kiss.gabor@csapagylehuzo.example"), "Wed, 11 Nov 2026 14:08:44 +0100",
                 MIX(T(body, "iso-8859-2"), ATT(x, "visszaigazolas_4500021597.xlsx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                 subj="VS: " + req_subject(po), charset="iso-8859-2"),
     {po.number: {1: A, 2: A, 3: ch(3, "42900.00", "2027-01-11")}},
     "Spreadsheet confirms lines 1-2 as ordered; line 3 (3 sets, same price) delivers 2027-01-11 instead of 2026-12-14.")

# 029 ------------------------------------------------------------------
S = ("PROTEKT", "Protekt Okuliare s.r.o.", "objednavky@protekt-okuliare.example", "sk-SK")
po = PO("4500021603", S, [("OK-CIR-EN166", "Ochranné okuliare číre EN 166", 300, "PC", "2.45", "2026-12-10")], issued="2026-11-10")
d = "Tue, 10 Nov 2026 09:16:40 +0100"
txt = ("Doručenie zlyhalo pre týchto príjemcov alebo skupiny:\n\nobjednavky@protekt-okuliare.example\n"
       "Poštová schránka príjemcu je plná a momentálne nemôže prijímať správy. Skúste správu odoslať neskôr alebo kontaktujte príjemcu priamo.\n\n"
       "Diagnostické informácie pre správcov:\n\nGenerujúci server: MAIL01.protekt-okuliare.example\n\n"
       "objednavky@protekt-okuliare.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n")
orig = (f"From: =?utf-8?q?Mara_Kova=C4=8D?= <mara.kovac@halden-mro.example>\nTo: objednavky@protekt-okuliare.example\n"
        f"Subject: {req_subject(po)}\nDate: Tue, 10 Nov 2026 09:14:12 +0100\nMessage-ID: {po.reqid}\n")
body = Multi("report", [T(txt, "utf-8", "base64"),
                        dsn("MAIL01.protekt-okuliare.example", d, [("objednavky@protekt-okuliare.example", "failed", "5.2.2",
                            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")]),
                        rfc822_headers(orig)], params="; report-type=delivery-status")
msg = eml(("Microsoft Outlook", "postmaster@protekt-okuliare.example"), po.buyer, "Nedoručiteľné: " + req_subject(po), d,
          "<a3f0c2e1-77b4-4d0e-9a51-0c22b1e0d0aa@MAIL01.protekt-okuliare.example>", body, in_reply=po.reqid,
          extra=["Thread-Topic: " + req_subject(po), "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"])
case(29, "exchange-ndr-quota-sk", "bounce", "sk-SK",
     "Slovak-localised Exchange NDR (mailbox full, 5.2.2) that carries In-Reply-To of our request and a 'Nedoručiteľné:' subject.",
     [po], msg, None, "Exchange non-delivery report: threaded to the request but it is a DSN, the supplier never saw the PO.")

# 030 ------------------------------------------------------------------
S = ("VAROPTIK", "Varoptik d.o.o.", "prodaja@varoptik.example", "sl-SI")
po = PO("4500021619", S, [("VO-ZAS-CL", "Zaščitna očala, prozorna, EN 166 1F", 150, "PC", "3.10", "2026-12-09"),
                          ("VO-ZAS-RUM", "Zaščitna očala za varjenje, rumena", 50, "PC", "4.25", "2026-12-09")], issued="2026-11-06")
body = ("Pozdravljeni ga. Kovač,\n\nspodaj odgovor našega skladišča. Potrjujemo:\n"
        "- prozorna očala: 150 kos po 3,10 EUR, dobava v petek, 4. 12. 2026\n"
        "- rumena očala: 30 kos 4. 12. 2026, preostalih 20 kos v 51. tednu, cena 4,25 EUR ostane.\n\n"
        "Lep pozdrav,\nNina Zupan\nprodaja | Varoptik d.o.o. | +386 1 580 44 10\n\n"
        "-----Original Message-----\nFrom: Skladišče Varoptik <skladisce@varoptik.example>\nSent: Monday, November 16, 2026 4:12 PM\n"
        "To: Nina Zupan <nina.zupan@varoptik.example>\nSubject: RE: naročilo Halden 4500021619\n\n"
        "Nina, 150 prozornih je na zalogi. Rumenih imamo samo 30, ostalih 20 pride od dobavitelja v 51. tednu. "
        "Predlagam, da 30 pošljemo v petek 4.12. skupaj s prozornimi, ostanek takoj, ko pride.\n\nMarko\n\n"
        "-----Original Message-----\nFrom: Nina Zupan\nSent: Monday, November 16, 2026 9:03 AM\nTo: Skladišče Varoptik\n"
        "Subject: naročilo Halden 4500021619\n\nMarko, a imamo to na zalogi? Rok je 9.12.\n" + quote(po, "outlook"))
case(30, "forwarded-warehouse-split-si", "confirmation", "sl-SI",
     "Slovenian sales forward of an internal warehouse thread; the top confirms line 1 on Friday 4.12. and splits line 2 (30 now, 20 in week 51).",
     [po], reply(30, po, ("Nina Zupan", "nina.zupan@varoptik.example"), "Tue, 17 Nov 2026 08:40:22 +0100", T(body),
                 subj="FW: RE: naročilo Halden 4500021619", thread=False),
     {po.number: {1: ch(150, "3.10", "2026-12-04"), 2: ch(50, "4.25", "2026-12-18", [(30, "2026-12-04"), (20, "2026-12-18")])}},
     "Line 1 all 150 on 2026-12-04 (earlier than 9.12.). Line 2: 30 on 2026-12-04 and 20 in week 51 (no day -> Friday 2026-12-18). The internal notes below agree with the top.")

# 031 ------------------------------------------------------------------
S = ("MOMKLJ", "Moment-Ključ d.o.o.", "prodaja@momentkljuc.example", "hr-HR")
po = PO("4500021625", S, [("MK-12-40200", "Moment ključ 1/2\", 40-200 Nm", 12, "PC", "96.00", "2026-12-16"),
                          ("MK-38-1060", "Moment ključ 3/8\", 10-60 Nm", 8, "PC", "84.50", "2026-12-16")], issued="2026-11-04")
body = ("Poštovana gospođo Kovač,\n\npotvrđujemo narudžbu br. 4500021625 u cijelosti – količine, cijene i traženi rok isporuke 16.12.2026.\n\n"
        "S poštovanjem,\n\nIvan Horvat\nvoditelj prodaje\n\nMoment-Ključ d.o.o.\nSlavonska avenija 52, 10000 Zagreb\n"
        "T: +385 1 6155 230 | F: +385 1 6155 231 | M: +385 91 234 5678\nOIB: 12345678901 | MBS: 080123456\n"
        "IBAN: HR12 2340 0091 1100 1234 5 (PBZ)\nTemeljni kapital: 20.000,00 EUR uplaćen u cijelosti\n"
        "ISO 9001:2015 cert. br. 44 100 16 2345 | Uprava: Ivan Horvat\n\n"
        "Ova poruka i privici mogu sadržavati povjerljive informacije namijenjene isključivo primatelju. Ako ste poruku "
        "primili greškom, molimo obavijestite pošiljatelja i izbrišite je. / This e-mail and any attachments are confidential.\n"
        + quote(po, "outlook", labels=("Šalje", "Poslano", "Prima", "Predmet"), sent="srijeda, 4. studenoga 2026. 9:14"))
case(31, "numbers-in-signature-hr", "confirmation", "hr-HR",
     "Croatian full confirmation in one sentence; the signature carries many numbers (IBAN, OIB, capital 20.000,00 EUR, ISO cert) and a disclaimer.",
     [po], reply(31, po, ("Ivan Horvat", "ivan.horvat@momentkljuc.example"), "Mon, 09 Nov 2026 09:30:17 +0100", ALT(body)),
     {po.number: {1: A, 2: A}},
     "'u cijelosti' confirms quantities, prices and the requested date 16.12.2026 for both lines; signature numbers are noise.")

# 032 ------------------------------------------------------------------
S = ("ELJOVIC", "Elektroda Jović d.o.o.", "prodaja@elektroda-jovic.example", "sr-RS")
po = PO("4500021631", S, [("EL-RUT-3.25", "Rutile electrode E6013, 3.25 mm, box 5 kg", 40, "BOX", "42.00", "2026-12-22"),
                          ("EL-BAZ-4.0", "Basic electrode E7018, 4.0 mm, box 5 kg", 20, "BOX", "51.00", "2026-12-22")], issued="2026-11-05")
body = ("Поштована госпођо Ковач,\n\nпотврђујемо поруџбину бр. 4500021631:\n\n"
        "1. Рутилне електроде 3,25 mm – 40 кутија (200 kg), цена 8,80 EUR/kg\n"
        "2. Базичне електроде 4,0 mm – 20 кутија (100 kg), цена 10,20 EUR/kg\n\n"
        "Испорука: 22. децембар.\n\nСрдачан поздрав,\nМилан Јовић\nЕлектрода Јовић д.о.о., Нови Сад\nПИБ 101234567 | тел. 021 456 789")
case(32, "per-kg-vs-per-box-rs", "confirmation", "sr-RS",
     "Serbian Cyrillic (windows-1251) reply quotes EUR/kg while the PO is per 5 kg box: 8,80/kg = 44.00/box (changed), 10,20/kg = 51.00/box (same); date without year.",
     [po], reply(32, po, ("Милан Јовић", "milan@elektroda-jovic.example"), "Thu, 12 Nov 2026 10:00:03 +0100",
                 T(body, "windows-1251"), subj="Одг: " + req_subject(po), charset="windows-1251"),
     {po.number: {1: ch(40, "44.00", "2026-12-22"), 2: A}},
     "Boxes are 5 kg (PO description and '40 кутија (200 kg)'): line 1 = 44.00 EUR/box vs 42.00 -> changed; line 2 = 51.00 = PO. '22. децембар' -> 2026-12-22.")

# 033 ------------------------------------------------------------------
S = ("ROLAVOP", "Rola Vopsea SRL", "vanzari@rolavopsea.example", "ro-RO")
po = PO("4500021647", S, [("RV-230-MF", "Trafalet microfibră 230 mm", 80, "PC", "18.50", "2026-12-11")], issued="2026-11-06", cur="RON")
body = ("Bună ziua,\n\nAm primit comanda dvs. Pentru a o putea procesa, vă rugăm să ne transmiteți comanda semnată și ștampilată, "
        "precum și datele de facturare complete (CUI / cod TVA, adresă sediu social). După primirea acestora revenim cu "
        "confirmarea termenului de livrare.\n\nCu stimă,\nAndreea Popescu\nDepartament Vânzări\nRola Vopsea SRL | tel. 0264 123 456 | "
        "J12/3456/2011" + quote(po, "gmail", labels="În mie., 6 nov. 2026 la 09:14, Mara Kovač <mara.kovac@halden-mro.example> a scris:"))
case(33, "signed-po-required-ro", "needs_review", "ro-RO",
     "Romanian reply asks for a signed and stamped PO and billing data before it will confirm anything.",
     [po], reply(33, po, ("Andreea Popescu", "andreea.popescu@rolavopsea.example"), "Wed, 11 Nov 2026 12:30:45 +0200", T(body), mstyle=1),
     None, "Receipt only, with a request for documents; the delivery date will follow -> needs_review.")

# 034 ------------------------------------------------------------------
S = ("PREDPAZ", "Predpaziteli EOOD", "prodajbi@predpazitel.example", "bg-BG")
po = PO("4500021653", S, [("PPH-10X38", "Fuse holder 10x38, 1P, DIN", 100, "PC", "3.20", "2026-12-10"),
                          ("PPH-10X38-3P", "Fuse holder 10x38, 3P, DIN", 40, "PC", "9.10", "2026-12-10"),
                          ("PPH-22X58", "Fuse holder 22x58, 1P", 20, "PC", "11.80", "2026-12-10")], issued="2026-11-05")
body = ("Здравейте, г-жо Ковач,\n\nПотвърждаваме поръчка № 4500021653, както следва:\n\n"
        "Поз. 1 – 100 бр. по 3,20 EUR, доставка 10.12.2026 г.\nПоз. 2 – 40 бр. по 9,10 EUR, доставка 10.12.2026 г.\n"
        "Поз. 3 – очакваме отговор от производителя, ще потвърдим утре.\n\nПоздрави,\nГеорги Иванов\n"
        "търговски отдел, тел. +359 2 987 6543\nЕИК 201234567")
case(34, "partial-tomorrow-bg", "confirmation", "bg-BG",
     "Bulgarian partial answer (UTF-8 base64): positions 1-2 confirmed, position 3 'will confirm tomorrow'.",
     [po], reply(34, po, ("Георги Иванов", "g.ivanov@predpazitel.example"), "Tue, 10 Nov 2026 16:48:12 +0200", T(body, cte="base64")),
     {po.number: {1: A, 2: A, 3: U}},
     "Lines 1-2 exactly as ordered; line 3 is addressed without commitment -> unconfirmed.")

# 035 ------------------------------------------------------------------
S = ("GRANITIS", "Granitis Anypsotika A.E.", "sales@granitis-lift.example", "el-GR")
po = PO("4500021669", S, [("IM-SL-2T", "Lifting sling 2 t, 2 m", 20, "PC", "9.80", "2026-12-17")], issued="2026-11-06")
body = ("Αξιότιμοι κύριοι,\n\nΣας αποστέλλουμε συνημμένα το τιμολόγιο - δελτίο αποστολής Νο 004812 για την παραγγελία σας "
        "4500019877 (παράδοση 18/11/2026).\nΠοσό πληρωμής: 1.248,00 € - πληρωμή εντός 30 ημερών.\n\nΜε εκτίμηση,\n"
        "Λογιστήριο\nΓρανίτης Ανυψωτικά Α.Ε. | ΑΦΜ 099123456 | ΔΟΥ ΦΑΕ Πειραιά\nΤηλ. 210 412 3456")
pdf = make_pdf(["GRANITIS ANYPSOTIKA A.E.", "TIMOLOGIO - DELTIO APOSTOLIS  No 004812", "Date: 18/11/2026",
                "Customer: Halden MRO Supply GmbH   Your order: 4500019877", "",
                "Item         Description                 Qty   Unit price    Amount",
                "IM-SL-3T     Lifting sling 3 t, 3 m       60     16,00        960,00",
                "IM-SH-2T     Shackle 2 t                  30      9,60        288,00", "",
                "Total EUR                                               1.248,00", "Payment: 30 days net"])
case(35, "invoice-other-order-gr", "unrelated", "el-GR",
     "Greek accounting mail (ISO-8859-7 QP) with an invoice PDF for a different, already delivered order 4500019877 of the same supplier.",
     [po], reply(35, po, ("Λογιστήριο Γρανίτης", "logistirio@granitis-lift.example"), "Fri, 20 Nov 2026 12:15:00 +0200",
                 MIX(T(body, "iso-8859-7"), ATT(pdf, "TDA_004812.pdf", "application/pdf")),
                 subj="Τιμολόγιο 004812 / Παραγγελία 4500019877", thread=False, charset="iso-8859-7"),
     None, "Invoice for another order (4500019877), not an answer about open PO 4500021669 -> unrelated.")

# 036 ------------------------------------------------------------------
S = ("TOPRAK", "Toprak Elektrik Topraklama San. ve Tic. Ltd. Şti.", "satis@toprakelektrik.example", "tr-TR")
po = PO("4500021675", S, [("TC-150-BAKIR", "Copper-bonded earth rod 1.5 m, Ø14 mm", 120, "PC", "11.40", "2026-12-10"),
                          ("TC-KLM-14", "Earth rod clamp Ø14 mm", 120, "PC", "1.85", "2026-12-10")], issued="2026-11-10", cur="USD")
body = ("Merhaba Mara Hanım,\n\n4500021675 numaralı siparişiniz için teşekkür ederiz. Her iki kalemi de sipariş edilen miktar "
        "ve fiyatlarla onaylıyoruz (fiyatlarımıza KDV dahil değildir).\n\nTermin: 3 hafta - ürünler bugünden itibaren 3 hafta "
        "sonra deponuzda olacaktır.\n\nSaygılarımızla,\nEmre Yılmaz\nSatış Müdürü\nToprak Elektrik Topraklama San. ve Tic. Ltd. Şti.\n"
        "Tel: +90 216 555 12 34 | Faks: +90 216 555 12 35\nVergi No: 8470123456" + quote(po, ">"))
case(36, "three-weeks-from-today-tr", "confirmation", "tr-TR",
     "Turkish ISO-8859-9 reply: quantities/prices as ordered, delivery 'in 3 weeks from today' relative to the mail date.",
     [po], reply(36, po, ("Emre Yılmaz", "emre.yilmaz@toprakelektrik.example"), "Tue, 17 Nov 2026 11:25:09 +0300",
                 T(body, "iso-8859-9"), subj="YNT: " + req_subject(po), charset="iso-8859-9"),
     {po.number: {1: ch(120, "11.40", "2026-12-08"), 2: ch(120, "1.85", "2026-12-08")}},
     "Mail of Tue 17 Nov 2026 + 3 weeks = 2026-12-08 at the buyer's warehouse, before the requested 10 Dec -> both changed (date only).")
