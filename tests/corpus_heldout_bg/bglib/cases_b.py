"""Cases 019-036: confirmations with conversions, schedules, attachments, several POs."""
from .common import case, mkpo, acc, chg, REJ, UNC, conf, expected, outlook_quote, gmail_quote, \
    req_body, quoted_lines, req_subject, kw
from .mime import reply, multi, attach, message, addr, ew, hdate, text, html_from_text
from .pdf import make_pdf
from .xlsx import make_xlsx
from decimal import Decimal
import html as _h


@case("propeller-shaft-price-per-tonne", "confirmation/sv-SE",
      "Bar stock is ordered per KG but confirmed as 3,6 ton at 48 900 kr/ton, so the price must be converted to 48.90 SEK/KG; 'v. 51' means Friday of week 51.")
def c019():
    sup = ("AXELV", "Axelvarvet Marin AB", "order@axelvarvet.example", "sv-SE")
    po = mkpo("4500021668", sup, "SEK", "2026-11-03", [
        ("PS-BAR-220", "Propeller shaft bar stock, duplex 1.4462, dia 220 mm", 3600, "KG", "48.50", "2026-12-18"),
        ("PS-SH-6400", "Finished propeller shaft dia 180 x 6400 mm, taper 1:12", 2, "EA", "186500.00", "2027-01-22"),
        ("PS-NUT-M150", "Propeller nut M150x4, bronze", 2, "EA", "9400.00", "2027-01-22"),
    ], buyer="tomas")
    assert kw(2026, 51) == "2026-12-18"
    body = ("Hej Tomas,\n\nTack för ordern. Vi bekräftar 4500021668 enligt nedan:\n\n"
            "Pos 1: 3,6 ton stångmaterial Ø 220, pris 48 900 kr/ton, leverans v. 51\n"
            "Pos 2: 2 st axlar enligt ritning, 186 500 kr/st, leverans 2027-01-22\n"
            "Pos 3: 2 st propellermuttrar, 9 400 kr/st, leverans 2027-01-22\n\n"
            "Obs: stångpriset anges nu per ton på grund av legeringstillägget för december.\n\n"
            "Med vänlig hälsning\nKarin Sjöberg\nOrderavdelningen\nAxelvarvet Marin AB\n"
            "Varvsvägen 4, 451 75 Uddevalla\nTel. +46 522 55 20 40\n\n"
            + outlook_quote(po, "sv"))
    eml = reply(po, date="2026-11-11 09:30", tz="+0100", frm=("Karin Sjöberg", "order@axelvarvet.example"),
                body=body, mid="<HE1PR05MB3312F0E1D2C3B4A5@HE1PR05MB3312.eurprd05.prod.axelvarvet.example>",
                charset="windows-1252", prefix="SV: ", tag="c019", lang="sv-SE")
    exp = expected("confirmation",
                   "3,6 ton = 3600 kg as ordered; 48 900 kr/ton = 48.90 SEK/KG (changed from 48.50). 'v. 51' = Fri 2026-12-18 = requested. Lines 2-3 as ordered.",
                   [conf(po, {1: chg(po, 1, p="48.90"), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("ostomy-pouch-price-per-box", "confirmation/da-DK",
      "Pouches ordered per piece are confirmed as '40 æsker á 30 stk.' at 389,70 kr. per box, so quantity stays 1200 and the unit price becomes 12.99 DKK.")
def c020():
    sup = ("STOMDK", "Stomaplus ApS", "ordre@stomaplus.example", "da-DK")
    po = mkpo("4500021799", sup, "DKK", "2026-11-06", [
        ("OP-1P-CL40", "Ostomy pouch 1-piece closed, 10-40 mm cut-to-fit, 30 per box", 1200, "EA", "12.50", "2026-12-10"),
        ("OP-WIPE-100", "Adhesive remover wipes, 100 per box", 50, "BOX", "64.00", "2026-12-10"),
    ])
    assert Decimal("389.70") / 30 == Decimal("12.99")
    body = ("Hej Dana\n\nTak for ordren. Vi kan bekræfte følgende:\n\n"
            "- OP-1P-CL40: 40 æsker á 30 stk., pris 389,70 kr. pr. æske, levering 10.12.2026\n"
            "- OP-WIPE-100: 50 æsker á 64,00 kr., levering 10.12.2026\n\n"
            "Venlig hilsen\n\nMette Kjær\nKundeservice, Stomaplus ApS\nLyngsø Allé 3, 2970 Hørsholm\nTlf. +45 45 55 12 80\n\n"
            "Den 6. nov. 2026 kl. 09.12 skrev Dana Ruiz <dana.ruiz@corvid-procurement.example>:\n\n"
            + "\n".join(quoted_lines(po)))
    eml = reply(po, date="2026-11-12 13:10", tz="+0100", frm=("Mette Kjær", "ordre@stomaplus.example"),
                body=body, mid="<A4C1E2F3-5B6D-4E7F-8091-A2B3C4D5E6F7@stomaplus.example>", charset="iso-8859-1",
                prefix="Re: ", mailer=("X-Mailer", "Apple Mail (2.3826.200.121)"), tag="Apple-Mail-2B7E1C4A", lang="da")
    exp = expected("confirmation",
                   "40 boxes x 30 = 1200 pieces as ordered; 389,70 DKK per box / 30 = 12.99 DKK per EA (changed). Line 2 already per box, accepted.",
                   [conf(po, {1: chg(po, 1, p="12.99"), 2: acc(po, 2)})])
    return [po], eml, exp


@case("honey-jar-lids-per-100", "confirmation/pl-PL",
      "Lid price quoted '41,00 zł / 100 szt.' against a per-piece PO, and Polish ship dates ('wysyłka') that count because no delivery date is given.")
def c021():
    sup = ("PASIEKA", "Pasieka-Opak Sp. z o.o.", "zamowienia@pasieka-opak.example", "pl-PL")
    po = mkpo("4500021708", sup, "PLN", "2026-11-04", [
        ("HJL-70-GLD", "Honey jar lid TO 70, gold, 3/4 flow liner", 20000, "PCS", "0.38", "2026-12-09"),
        ("HJ-900-TO70", "Honey jar 900 ml, TO 70, 2027 label panel", 20000, "PCS", "1.12", "2026-12-09"),
        ("HJ-LBL-12", "Tamper label 12x120 mm, roll of 1000", 20, "ROL", "46.00", "2026-12-09"),
    ], buyer="marek")
    body = ("Dzień dobry Panie Marku,\n\npotwierdzamy zamówienie 4500021708:\n\n"
            "1. Wieczka TO 70 złote - 20 000 szt., cena 41,00 zł / 100 szt., wysyłka 09.12.2026\n"
            "2. Słoik 900 ml TO 70 - 20 000 szt., 1,12 zł/szt., wysyłka 09.12.2026\n"
            "3. Etykiety 12x120 - 20 rolek po 1000 szt., 46,00 zł/rolka, wysyłka 16.12.2026\n\n"
            "Pozdrawiam\nAgnieszka Wróbel\nDział Obsługi Klienta\nPasieka-Opak Sp. z o.o.\n"
            "ul. Przemysłowa 14, 64-100 Leszno\ntel. +48 65 555 21 40\n\n"
            + outlook_quote(po, "pl"))
    eml = reply(po, date="2026-11-10 10:20", tz="+0100", frm=("Agnieszka Wróbel", "zamowienia@pasieka-opak.example"),
                body=body, mid="<AM0PR07MB4521B1C2D3E4F506@AM0PR07MB4521.eurprd07.prod.pasieka-opak.example>",
                charset="iso-8859-2", prefix="RE: ", tag="c021", lang="pl-PL")
    exp = expected("confirmation",
                   "41,00 zł per 100 pcs = 0.41 PLN/PCS (changed). Only ship dates ('wysyłka') are given, so they count: lines 1-2 on the requested 09.12, line 3 moves to 2026-12-16.",
                   [conf(po, {1: chg(po, 1, p="0.41"), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-16")})])
    return [po], eml, exp


@case("pinball-split-three-deliveries", "confirmation/en-AU",
      "A table repeats one item code on three rows to express a three-part delivery, with Australian day-first dates and a price rise on another row.")
def c022():
    sup = ("OZPIN", "Oz Pinball Parts Pty Ltd", "orders@ozpinball.example", "en-AU")
    po = mkpo("4500021637", sup, "AUD", "2026-11-02", [
        ("PB-PF-WAX", "Playfield wax 12 oz", 60, "EA", "24.90", "2026-12-04"),
        ("PB-BALL-1116", "Pinball 1-1/16 in chrome steel, box of 10", 300, "BOX", "18.40", "2026-12-04"),
        ("PB-POST-38", "Star post 1-3/8 in, red, bag of 25", 40, "BOX", "11.20", "2026-12-04"),
    ])
    body = ("Hi Dana,\n\nWe can't do all the balls in one go, so here's the plan:\n\n"
            "Item           Qty   Price   Delivery\n"
            "PB-PF-WAX       60   24.90   04/12/2026\n"
            "PB-BALL-1116   100   18.40   04/12/2026\n"
            "PB-BALL-1116   100   18.40   18/12/2026\n"
            "PB-BALL-1116   100   18.40   15/01/2027\n"
            "PB-POST-38      40   11.50   04/12/2026\n\n"
            "Star posts went up 30c a bag from 1 Nov, sorry about that.\n\n"
            "Cheers,\nBrendan Walsh\nOz Pinball Parts Pty Ltd\n12 Kembla St, Fyshwick ACT 2609\nPh (02) 6155 4120\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-10 10:05", tz="+1100", frm=("Brendan Walsh", "orders@ozpinball.example"),
                body=body, mid="<SY4P282MB2210C1D2E3F4A5B6@SY4P282MB2210.AUSP282.PROD.ozpinball.example>",
                tag="c022", lang="en-AU", mailer=("X-Mailer", "Microsoft Outlook for Mac 16.90"))
    exp = expected("confirmation",
                   "PB-BALL-1116 appears on three rows: 100 each on 2026-12-04, 2026-12-18, 2027-01-15 (dd/mm). Star posts 11.50 instead of 11.20. Wax as ordered.",
                   [conf(po, {1: acc(po, 1),
                              2: chg(po, 2, d="2027-01-15", sched=[(100, "2026-12-04"), (100, "2026-12-18"), (100, "2027-01-15")]),
                              3: chg(po, 3, p="11.50")})])
    return [po], eml, exp


@case("wetland-pump-rejected-all", "confirmation/nl-BE",
      "A polite Flemish refusal of the whole order (production stopped): a rejection is an answer, so every line is rejected rather than needs_review.")
def c023():
    sup = ("POLDER", "Polderpompen Vlaanderen BV", "verkoop@polderpompen.example", "nl-BE")
    po = mkpo("4500021663", sup, "EUR", "2026-11-03", [
        ("WP-SUB-75", "Submersible wetland pump 7.5 kW, 400V, DN150", 2, "EA", "6480.00", "2027-01-15"),
        ("WP-FLT-13", "Float switch kit, 13 m cable", 4, "SET", "185.00", "2027-01-15"),
    ])
    body = ("Goedemiddag Dana,\n\nHelaas moeten wij uw bestelling 4500021663 volledig weigeren. Onze fabriek in Lokeren "
            "stopt eind dit jaar met de productie van dompelpompen en wij aanvaarden geen nieuwe orders meer voor deze reeks, "
            "ook niet voor de vlotterschakelaars.\n\nOnze excuses voor het ongemak.\n\n"
            "Met vriendelijke groeten,\nWouter Claes\nVerkoop binnendienst\nPolderpompen Vlaanderen BV\n"
            "Zelebaan 48, 9160 Lokeren\nT +32 9 555 71 30\n\n" + outlook_quote(po, "nl"))
    eml = reply(po, date="2026-11-13 14:50", tz="+0100", frm=("Wouter Claes", "verkoop@polderpompen.example"),
                body=body, mid="<DB7PR02MB5190E6F7A8B9C0D1@DB7PR02MB5190.eurprd02.prod.polderpompen.example>",
                prefix="RE: ", tag="c023", lang="nl-BE")
    exp = expected("confirmation",
                   "The supplier declines the whole order (stops production): confirmation with both lines rejected.",
                   [conf(po, {1: REJ, 2: REJ})])
    return [po], eml, exp


@case("stadium-seat-erp-pdf-flate", "confirmation/pt-PT",
      "An automatic ERP mail ('não responda', Auto-Submitted) whose Flate-compressed PDF carries the real answer: a later date on one line and a new price on another.")
def c024():
    sup = ("ASSENT", "Assentos Arena Lda.", "encomendas@assentos-arena.example", "pt-PT")
    po = mkpo("4500021738", sup, "EUR", "2026-11-05", [
        ("SA-VIP-60", "VIP stadium armchair 60 cm, padded, 2027 model", 250, "EA", "214.00", "2027-01-08"),
        ("SA-RISER-12", "Riser bracket 12x20 mm anchor, galv.", 500, "EA", "8.75", "2027-01-08"),
        ("SA-CUP-2", "Cup holder, 2-hole, black", 250, "EA", "3.10", "2027-01-08"),
    ])
    lines = [
        "ASSENTOS ARENA, LDA.  Zona Industrial de Oiã, Lote 22, 3770-059 Oliveira do Bairro",
        "NIF 509 555 221   Tel. +351 234 555 710",
        "",
        "CONFIRMAÇÃO DE ENCOMENDA N.º EC-2026/4471",
        "Cliente: Corvid Group     O vosso pedido: 4500021738 de 05-11-2026",
        "Data: 12-11-2026",
        "",
        "Lin. Artigo       Descrição                        Qtd  Un  Preço unit. EUR  Data entrega",
        "1    SA-VIP-60    Cadeira VIP 60 cm estofada      250  UN          214,00  15-01-2027",
        "2    SA-RISER-12  Suporte degrau 12x20 galv.      500  UN            8,75  08-01-2027",
        "3    SA-CUP-2     Porta-copos 2 furos preto       250  UN            3,25  08-01-2027",
        "",
        "Total s/ IVA: 58.687,50 EUR",
        "Condições: DAP Bremen, pagamento a 60 dias.",
    ]
    assert Decimal(250 * 214) + Decimal("8.75") * 500 + Decimal("3.25") * 250 == Decimal("58687.50")
    pdf = make_pdf(lines, title="Confirmacao de Encomenda EC-2026/4471", producer="PHC CS ERP",
                   date="D:20261112031500+00'00'", compress=True)
    body = ("Exmo(a). Senhor(a),\n\nJunto enviamos a confirmação da encomenda n.º EC-2026/4471 referente ao vosso pedido 4500021738.\n\n"
            "Esta mensagem foi gerada automaticamente. Por favor não responda a este endereço.\n\nAssentos Arena, Lda.\n")
    tp = text(body, "plain", "iso-8859-1", "quoted-printable")
    root = multi("mixed", [tp, attach(pdf, "application/pdf", "EC-2026-4471.pdf")], "----=_Part_88213_1450392201.1794366900000")
    hdrs = [("From", addr("Assentos Arena - ERP", "noreply@assentos-arena.example")),
            ("To", addr("Dana Ruiz", "dana.ruiz@corvid-procurement.example")),
            ("Subject", ew("Confirmação de Encomenda EC-2026/4471 - Pedido 4500021738", "iso-8859-1")),
            ("Date", hdate("2026-11-12 03:15", "+0000")),
            ("Message-ID", "<1794366900000.88213.erp@assentos-arena.example>"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "PHC CS Mailer 28.0")]
    eml = message(hdrs, root)
    exp = expected("confirmation",
                   "Automatic ERP mail, but its PDF commits to the order: line 1 delivery 15-01-2027, line 3 price 3,25; line 2 as ordered. Auto-Submitted does not make it an auto_reply.",
                   [conf(po, {1: chg(po, 1, d="2027-01-15"), 2: acc(po, 2), 3: chg(po, 3, p="3.25")})])
    return [po], eml, exp


@case("radio-mast-xlsx-confirmation", "confirmation/fi-FI",
      "The answer is only in an XLSX sheet with Finnish d.m.yyyy dates and a remark column; the body just points to changes on rows 3 and 4.")
def c025():
    sup = ("MASTO", "Mastotekniikka Oy", "myynti@mastotekniikka.example", "fi-FI")
    po = mkpo("4500021719", sup, "EUR", "2026-11-04", [
        ("RM-TUBE-60", "Mast tube 60x3 mm, 6 m, S355 galv.", 40, "EA", "148.00", "2026-12-11"),
        ("RM-ANT-BR", "Antenna bracket 3/8 U-bolt, M10x40", 120, "SET", "22.40", "2026-12-11"),
        ("RM-LIGHT-24", "Obstruction light 24V LED, red", 6, "EA", "375.00", "2026-12-11"),
        ("RM-EARTH-16", "Earthing cable 16 mm2, green/yellow", 250, "M", "3.90", "2026-12-11"),
    ], buyer="tomas")
    rows = [["Tilausvahvistus", "TV-261104"], ["Asiakkaan tilaus", "4500021719"], [],
            ["Rivi", "Tuote", "Kuvaus", "Määrä", "Yks.", "Hinta EUR", "Toimituspvm", "Huom."],
            [1, "RM-TUBE-60", "Mastoputki 60x3 mm, 6 m", 40, "kpl", 148.0, "11.12.2026", ""],
            [2, "RM-ANT-BR", "Antennikiinnike U-pultti M10x40", 120, "sarja", 22.4, "11.12.2026", ""],
            [3, "RM-LIGHT-24", "Estevalo 24V LED", 6, "kpl", 375.0, "8.1.2027", "toimittajan viive"],
            [4, "RM-EARTH-16", "Maadoituskaapeli 16 mm2", 200, "m", 3.9, "11.12.2026", "loput 50 m ei saatavilla"]]
    xl = make_xlsx(rows, "Vahvistus")
    body = ("Hei Tomas,\n\nliitteenä tilausvahvistus tilaukseesi 4500021719 (Excel). Huomaa rivien 3 ja 4 muutokset.\n\n"
            "Ystävällisin terveisin\nSanna Virtanen\nMastotekniikka Oy\nTeollisuustie 8, 33330 Tampere\npuh. +358 40 555 1834\n\n"
            + outlook_quote(po, "fi"))
    eml = reply(po, date="2026-11-11 11:11", tz="+0200", frm=("Sanna Virtanen", "myynti@mastotekniikka.example"),
                body=body, mid="<HE1PR07MB4471A1B2C3D4E5F6@HE1PR07MB4471.eurprd07.prod.mastotekniikka.example>",
                prefix="VS: ", tag="c025", lang="fi-FI",
                attachments=[attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Tilausvahvistus_4500021719.xlsx")])
    exp = expected("confirmation",
                   "All values in the XLSX: row 3 delivery 8.1.2027 = 2027-01-08; row 4 only 200 m of 250 (rest unavailable). Rows 1-2 as ordered.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2027-01-08"), 4: chg(po, 4, q=200)})])
    return [po], eml, exp


@case("cinema-lamp-csv-split", "confirmation/ro-RO",
      "A semicolon CSV export with decimal commas where one position appears on two rows (a two-part delivery) and another has a lower price.")
def c026():
    sup = ("LUMCIN", "Lumina Cinema Tech SRL", "comenzi@luminacinema.example", "ro-RO")
    po = mkpo("4500021755", sup, "EUR", "2026-11-05", [
        ("CL-XE-2K", "Xenon lamp 2 kW, 1500 h, 2027 batch", 10, "EA", "845.00", "2026-12-14"),
        ("CL-REF-12", "Reflector cold mirror 12 in", 4, "EA", "620.00", "2026-12-14"),
        ("CL-IGN-24", "Igniter module 24V", 5, "EA", "310.00", "2026-12-14"),
    ])
    csv = ("Comanda;Pozitie;Cod articol;Denumire;Cantitate;UM;Pret unitar EUR;Data livrare\r\n"
           "4500021755;1;CL-XE-2K;Lampa xenon 2 kW;10;buc;845,00;14.12.2026\r\n"
           "4500021755;2;CL-REF-12;Reflector 12 in;2;buc;620,00;14.12.2026\r\n"
           "4500021755;2;CL-REF-12;Reflector 12 in;2;buc;620,00;11.01.2027\r\n"
           "4500021755;3;CL-IGN-24;Modul aprindere 24V;5;buc;298,50;14.12.2026\r\n")
    body = ("Bună ziua,\n\nVă transmitem în atașament confirmarea comenzii 4500021755 (fișier CSV exportat din ERP). "
            "Poziția 2 se livrează în două tranșe.\n\nCu stimă,\nAndreea Popescu\nLumina Cinema Tech SRL\n"
            "Str. Fabricii 12, 400620 Cluj-Napoca\nTel. +40 264 555 318\n\n"
            + gmail_quote(po, "În joi, 5 nov. 2026 la 09:12, Dana Ruiz <dana.ruiz@corvid-procurement.example> a scris:"))
    eml = reply(po, date="2026-11-16 09:40", tz="+0200", frm=("Andreea Popescu", "comenzi@luminacinema.example"),
                body=body, mid="<CAH8s1Kp3vX9qL2mN7rT4wY0zB5@mail.luminacinema.example>", mailer=None, cte="base64",
                prefix="Re: ", tag="0000000000004e8a1c05f3d9",
                attachments=[attach(csv, "text/csv", "confirmare_4500021755.csv", cte="base64")])
    exp = expected("confirmation",
                   "CSV: position 2 on two rows, 2 on 2026-12-14 and 2 on 2027-01-11; position 3 price 298,50 (lower). Position 1 as ordered.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-11", sched=[(2, "2026-12-14"), (2, "2027-01-11")]),
                              3: chg(po, 3, p="298.50")})])
    return [po], eml, exp


@case("tofu-press-inline-big5", "confirmation/zh-TW",
      "Big5 Traditional Chinese answers typed inline under each quoted row ('==>'), with a year/month/day date and an out-of-stock line.")
def c027():
    sup = ("FORMSOY", "Formosa Soy Machinery Co., Ltd.", "sales@formosa-soy.example", "zh-TW")
    po = mkpo("4500021674", sup, "USD", "2026-11-03", [
        ("TF-PRS-40", "Hydraulic tofu press 40x40 cm, 4 molds", 2, "EA", "4850.00", "2026-12-18"),
        ("TF-MOLD-4040", "Tofu mold 40x40x10 cm, PP, perforated", 40, "EA", "36.00", "2026-12-18"),
        ("TF-CLOTH-50", "Filter cloth 50 m roll, 120 mesh", 6, "ROL", "92.00", "2026-12-18"),
    ])
    answers = {1: "==> 確認，2台，單價 USD 4,850.00，12月18日交貨",
               2: "==> 確認 40個，單價 USD 36.00，但交期改為 2027/1/8",
               3: "==> 此品項缺貨，無法供應，抱歉"}
    out = []
    for ln in quoted_lines(po):
        out.append(ln)
        for n, a in answers.items():
            if ln.startswith(f"> {n}    "):
                out.append(a)
    body = ("Dana 您好：\n\n請見下方逐項回覆。\n\n謝謝\n陳怡君 Yvonne Chen\n業務部\n福爾摩沙黃豆機械股份有限公司\n"
            "台中市西屯區工業區38路12號\nTel: +886-4-2355-8120\n\n"
            "-----Original Message-----\nFrom: Dana Ruiz <dana.ruiz@corvid-procurement.example>\n"
            "Sent: Tuesday, November 3, 2026 4:12 PM\nTo: sales@formosa-soy.example\n"
            f"Subject: {req_subject(po)}\n\n" + "\n".join(out))
    eml = reply(po, date="2026-11-12 17:20", tz="+0800", frm=("Yvonne Chen", "sales@formosa-soy.example"),
                body=body, mid="<TYZPR03MB6170B8C9D0E1F2A3@TYZPR03MB6170.apcprd03.prod.formosa-soy.example>",
                charset="big5", cte="base64", prefix="回覆: ", tag="c027", lang="zh-TW")
    exp = expected("confirmation",
                   "Inline answers: line 1 confirmed (12月18日 = requested); line 2 date 2027/1/8 = 2027-01-08; line 3 out of stock, cannot supply = rejected.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: REJ})])
    return [po], eml, exp


@case("glacier-lift-html-only-table", "confirmation/fr-CA",
      "HTML-only Outlook mail whose answer is an HTML table with Canadian French '1 385,00 $' amounts and ISO dates.")
def c028():
    sup = ("LAURENT", "Remontées Laurentides inc.", "ventes@remontees-laurentides.example", "fr-CA")
    po = mkpo("4500021706", sup, "CAD", "2026-11-04", [
        ("GL-SHEAVE-42", "Rubber-lined sheave 420 mm for 42 mm rope", 16, "EA", "1385.00", "2026-12-15"),
        ("GL-LINER-42", "Sheave liner segment set, 4/3 profile", 40, "SET", "96.50", "2026-12-15"),
        ("GL-TB-24V", "Tower brake sensor 24V DC", 8, "EA", "742.00", "2026-12-15"),
    ], buyer="tomas")
    rows = [("1", "GL-SHEAVE-42", "16", "1 385,00 $", "2026-12-15"),
            ("2", "GL-LINER-42", "40", "96,50 $", "2026-12-22"),
            ("3", "GL-TB-24V", "8", "769,00 $", "2026-12-15")]
    tr = "\n".join("<tr>" + "".join(f'<td style="border:solid #999 1px;padding:2px 6px">{_h.escape(c)}</td>' for c in r) + "</tr>" for r in rows)
    q = _h.escape(outlook_quote(po, "fr")).replace("\n", "<br>\n")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="FR-CA"><div class="WordSection1">\n'
            '<p class="MsoNormal">Bonjour M. Lindqvist,</p>\n'
            '<p class="MsoNormal">Voici la confirmation de votre commande 4500021706 :</p>\n'
            '<table style="border-collapse:collapse">\n<tr><th>Ligne</th><th>Article</th><th>Qté</th>'
            '<th>Prix unitaire</th><th>Livraison</th></tr>\n' + tr + '\n</table>\n'
            '<p class="MsoNormal">Le prix du capteur a été ajusté selon notre liste de prix 2027.</p>\n'
            '<p class="MsoNormal">Cordialement,<br>Marc-André Tremblay<br>Service à la clientèle<br>'
            'Remontées Laurentides inc.<br>1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B4<br>'
            'Tél. : 450 555-0192</p>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{q}</p>\n</div>\n</div>\n</body>\n</html>\n')
    eml = reply(po, date="2026-11-10 15:45", tz="-0500", frm=("Marc-André Tremblay", "ventes@remontees-laurentides.example"),
                body="", html=html, html_only=True,
                mid="<YT3PR01MB6402C7D8E9F0A1B2@YT3PR01MB6402.CANPRD01.PROD.remontees-laurentides.example>",
                prefix="RE : ", tag="c028", lang="fr-CA")
    exp = expected("confirmation",
                   "HTML table only: line 2 delivery 2026-12-22; line 3 price 769,00 $ (comma decimal, was 742.00); line 1 '1 385,00 $' equals 1385.00.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-22"), 3: chg(po, 3, p="769.00")})])
    return [po], eml, exp


@case("bowling-shoes-forwarded-warehouse", "confirmation/sk-SK",
      "A colleague forwards the warehouse's internal note; the split for line 2 mixes a delivery date for the first part with only a ship date for the rest.")
def c029():
    sup = ("KOLKY", "Kolky Šport s.r.o.", "obchod@kolky-sport.example", "sk-SK")
    po = mkpo("4500021741", sup, "EUR", "2026-11-05", [
        ("BS-PRO-44", "Bowling shoe pro, leather, size EU 44", 24, "PAIR", "64.00", "2026-12-11"),
        ("BS-HEEL-H6", "Heel replacement H6, 2027 model", 48, "PAIR", "9.80", "2026-12-11"),
    ])
    body = ("Dobrý deň pani Ruiz,\n\nposielam potvrdenie od nášho skladu k Vašej objednávke 4500021741 - platí tak, "
            "ako je napísané nižšie. Ceny podľa objednávky.\n\nS pozdravom\nPeter Horváth\nobchodné oddelenie\n"
            "Kolky Šport s.r.o., Priemyselná 7, 917 01 Trnava\ntel. +421 33 555 4120\n\n"
            "---------- Preposlaná správa ----------\nOd: Sklad Kolky Šport <sklad@kolky-sport.example>\n"
            "Dátum: št 12. 11. 2026 o 14:02\nPredmet: obj. 4500021741 Corvid\nKomu: obchod@kolky-sport.example\n\n"
            "Peter,\n"
            "BS-PRO-44: 24 párov pripravených, expedícia 09.12.2026, u zákazníka 11.12.2026.\n"
            "BS-HEEL-H6: máme len 30 párov, tie pôjdu spolu s topánkami (u zákazníka 11.12.2026). "
            "Zvyšných 18 párov príde od výrobcu, expedujeme ich 08.01.2027.\n\nJana, sklad\n")
    eml = reply(po, date="2026-11-12 15:30", tz="+0100", frm=("Peter Horváth", "obchod@kolky-sport.example"),
                body=body, mid="<CAN2r8Yh5tK1wQ7pX3mL9vB0sE4@mail.kolky-sport.example>", charset="windows-1250",
                thread=False, subject="Fwd: obj. 4500021741 Corvid", mailer=None, tag="000000000000c3d1e705f3e8")
    exp = expected("confirmation",
                   "Forwarded warehouse note: line 1 delivered 11.12 (delivery wins over the 09.12 dispatch) = accepted; line 2 split 30 with the shoes on 2026-12-11 and 18 shipped 2027-01-08 (only a ship date, so it counts).",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08", sched=[(30, "2026-12-11"), (18, "2027-01-08")])})])
    return [po], eml, exp


@case("hearse-three-pos-two-answered", "confirmation/en-ZA",
      "Three open POs; the reply answers two of them (South African 'R 4 860,00' amounts and yyyy/mm/dd dates) and ignores the third.")
def c030():
    sup = ("KAROO", "Karoo Funeral Coachworks (Pty) Ltd", "sales@karoo-coachworks.example", "en-ZA")
    a = mkpo("4500021680", sup, "ZAR", "2026-11-03", [
        ("HC-RAIL-1800", "Coffin rail 1800 mm, anodised, 12x20 profile", 20, "EA", "4860.00", "2026-12-15"),
        ("HC-ROLL-8", "Roller set of 8, nylon, 3/8 axle", 40, "SET", "690.00", "2026-12-15"),
    ])
    b = mkpo("4500021681", sup, "ZAR", "2026-11-03", [
        ("HC-CURT-2", "Hearse window curtain set, velvet, 2-panel", 15, "SET", "1240.00", "2026-12-15"),
    ])
    c = mkpo("4500021699", sup, "ZAR", "2026-11-04", [
        ("HC-LAMP-12V", "Interior lamp 12V LED, warm white", 60, "EA", "185.00", "2027-01-12"),
        ("HC-FLAG-M10", "Flag holder M10x40, chrome", 30, "EA", "240.00", "2027-01-12"),
    ])
    body = ("Hi Dana\n\nPlease see our confirmation for your two orders of 3 November:\n\n"
            "PO 4500021680\n- HC-RAIL-1800: 20 @ R 4 860,00 - delivery 2026/12/15\n"
            "- HC-ROLL-8: 40 sets @ R 720,00 - delivery 2026/12/15 (new price list from 1 Nov)\n\n"
            "PO 4500021681\n- HC-CURT-2: 15 sets @ R 1 240,00 - delivery 2027/01/08, the velvet only arrives from Italy late December\n\n"
            "Kind regards\nThandi Nkosi\nSales Administrator\nKaroo Funeral Coachworks (Pty) Ltd\n"
            "21 Voortrekker Road, Bellville, Cape Town 7530\nTel +27 21 555 8840\n\n"
            "The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee.\n\n"
            + outlook_quote(a))
    eml = reply(a, date="2026-11-09 11:30", tz="+0200", frm=("Thandi Nkosi", "sales@karoo-coachworks.example"),
                body=body, mid="<JNAP275MB0714D9E0F1A2B3C4@JNAP275MB0714.ZAFP275.PROD.karoo-coachworks.example>",
                subject="RE: PO 4500021680 / 4500021681 - request for order acknowledgement", tag="c030", lang="en-ZA")
    exp = expected("confirmation",
                   "Two of three POs answered. 4500021680: rail as ordered ('R 4 860,00' = 4860.00), rollers 720.00. 4500021681: date 2027/01/08. 4500021699 is not mentioned and is left out.",
                   [conf(a, {1: acc(a, 1), 2: chg(a, 2, p="720.00")}),
                    conf(b, {1: chg(b, 1, d="2027-01-08")})])
    return [a, b, c], eml, exp


@case("oyster-floats-partial-qty", "confirmation/pt-BR",
      "Brazilian reply serving only '3.000 das 5.000 peças' (dot thousands) with the balance cancelled, plus a later date on another line.")
def c031():
    sup = ("OSTRAS", "Ostras & Redes SC Ltda.", "vendas@ostraseredes.example", "pt-BR")
    po = mkpo("4500021783", sup, "BRL", "2026-11-05", [
        ("OF-LANT-5", "Oyster lantern net 5 tier, 35 cm, 4/3 mesh", 800, "EA", "42.90", "2026-12-18"),
        ("OF-BOIA-20", "Longline buoy 20 L, orange", 5000, "PCS", "18.50", "2026-12-18"),
        ("OF-CABO-10", "PP rope 10 mm, coil 220 m", 30, "ROL", "265.00", "2026-12-18"),
    ])
    body = ("Olá Dana, tudo bem?\n\nSobre o pedido 4500021783:\n\n"
            "- Lanternas OF-LANT-5: 800 un. a R$ 42,90, entrega 18/12/2026 - ok.\n"
            "- Boias OF-BOIA-20: conseguimos atender apenas 3.000 das 5.000 peças (R$ 18,50 cada), entrega 18/12/2026. "
            "O saldo de 2.000 não será fornecido, nosso fornecedor de resina encerrou a linha.\n"
            "- Cabo OF-CABO-10: 30 rolos a R$ 265,00, entrega 08/01/2027.\n\n"
            "Abraços,\nRafael Martins\nComercial - Ostras & Redes SC\nRod. SC-401, km 8, Florianópolis/SC\n(48) 3555-2140\n\n"
            + gmail_quote(po, "Em qui., 5 de nov. de 2026 às 09:12, Dana Ruiz <dana.ruiz@corvid-procurement.example> escreveu:"))
    eml = reply(po, date="2026-11-13 16:05", tz="-0300", frm=("Rafael Martins", "vendas@ostraseredes.example"),
                body=body, mid="<CAK9t3Hq7wM2xP5nL8rV1yD6sF0@mail.ostraseredes.example>", mailer=None,
                prefix="Re: ", tag="000000000000f1a2b305f3ea")
    exp = expected("confirmation",
                   "Line 2: only 3.000 (= 3000) of 5000, balance not supplied -> quantity 3000. Line 3 date 08/01/2027 (day-first). Line 1 as ordered.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=3000), 3: chg(po, 3, d="2027-01-08")})])
    return [po], eml, exp


@case("chess-lines-not-addressed", "confirmation/hr-HR",
      "The supplier confirms 'stavke 1 i 3' only; line 2 is silently skipped and must be unconfirmed, not accepted.")
def c032():
    sup = ("SAHDRV", "Šah Drvo d.o.o.", "prodaja@sahdrvo.example", "hr-HR")
    po = mkpo("4500021795", sup, "EUR", "2026-11-06", [
        ("CS-MAG-30", "Magnetic travel chess set 30x30 cm", 200, "SET", "14.60", "2026-12-16"),
        ("CS-PCS-95", "Chess pieces boxwood, king 95 mm, weighted", 120, "SET", "38.00", "2026-12-16"),
        ("CS-BOX-45", "Storage box 45x25x8 cm, walnut", 120, "EA", "22.50", "2026-12-16"),
    ])
    body = ("Poštovana gđo Ruiz,\n\npotvrđujemo stavke 1 i 3 Vaše narudžbe 4500021795:\n\n"
            "1. CS-MAG-30 - 200 kompleta, 14,60 EUR/kompl., isporuka 16.12.2026.\n"
            "3. CS-BOX-45 - 120 kom., 23,40 EUR/kom., isporuka 16.12.2026.\n\n"
            "Lijep pozdrav,\nIvana Babić\nProdaja\nŠah Drvo d.o.o.\nZagrebačka 55, 42000 Varaždin\nTel. +385 42 555 310\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-17 10:50", tz="+0100", frm=("Ivana Babić", "prodaja@sahdrvo.example"),
                body=body, mid="<VI1PR08MB5382A2B3C4D5E6F7@VI1PR08MB5382.eurprd08.prod.sahdrvo.example>",
                charset="windows-1250", prefix="RE: ", tag="c032", lang="hr-HR")
    exp = expected("confirmation",
                   "Only items 1 and 3 are confirmed (3 at 23,40 instead of 22,50); item 2 is not addressed -> unconfirmed.",
                   [conf(po, {1: acc(po, 1), 2: UNC, 3: chg(po, 3, p="23.40")})])
    return [po], eml, exp


@case("bagpipe-body-and-pdf", "confirmation/en-NZ",
      "Body summary and an uncompressed PDF acknowledgment agree; the body gives '(18/12)' without a year and the PDF gives the full date.")
def c033():
    sup = ("KIWIPB", "Kiwi Pipe Band Supplies Ltd", "shop@kiwipipeband.example", "en-NZ")
    po = mkpo("4500021642", sup, "NZD", "2026-11-02", [
        ("BR-CH-M4", "Chanter reed, medium, 4/3 staple", 300, "PCS", "9.80", "2026-12-11"),
        ("BR-BAG-SYN", "Synthetic pipe bag, large, 2027 zip model", 12, "EA", "285.00", "2026-12-11"),
        ("BR-SEAS-250", "Bag seasoning 250 ml", 40, "EA", "16.50", "2026-12-11"),
    ])
    lines = ["KIWI PIPE BAND SUPPLIES LTD  -  ORDER ACKNOWLEDGEMENT OA-5521",
             "88 Great South Road, Papakura, Auckland 2110   Ph 09 555 3402", "",
             "Customer: Corvid Group      Customer PO: 4500021642      Date: 10/11/2026", "",
             "Line  Item          Description                 Qty  Unit  Price NZD  Delivery",
             "1     BR-CH-M4      Chanter reed medium 4/3     300  PCS        9.80  11/12/2026",
             "2     BR-BAG-SYN    Pipe bag synthetic large     12  EA       285.00  18/12/2026",
             "3     BR-SEAS-250   Bag seasoning 250 ml         40  EA        16.50  11/12/2026", "",
             "Total excl. GST: NZD 7,020.00"]
    assert 300 * Decimal("9.80") + 12 * 285 + 40 * Decimal("16.50") == Decimal("7020.00")
    pdf = make_pdf(lines, title="Order Acknowledgement OA-5521", producer="MYOB AccountRight",
                   date="D:20261110091000+13'00'", compress=False)
    body = ("Kia ora Dana,\n\nOrder acknowledgement attached. In short: reeds and seasoning as ordered, the bags will be "
            "a week later (18/12) as the 2027 zips are still at the factory.\n\nNgā mihi,\nHemi Walker\n"
            "Kiwi Pipe Band Supplies Ltd | 09 555 3402\n\n" + gmail_quote(po))
    eml = reply(po, date="2026-11-10 09:15", tz="+1300", frm=("Hemi Walker", "shop@kiwipipeband.example"),
                body=body, mid="<CAP1u5Zr8nW3yQ6mK2tX9vC4sG7@mail.kiwipipeband.example>", mailer=None,
                prefix="Re: ", tag="0000000000002c4d6e05f3c8",
                attachments=[attach(pdf, "application/pdf", "OA-5521.pdf")])
    exp = expected("confirmation",
                   "Body and PDF agree: bags on 18/12/2026 (NZ day-first), the other two lines as ordered.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-18"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("beet-seed-percentage-surcharge", "confirmation/lt-LT",
      "Lithuanian '+4 %' price increase that must be applied to the PO unit price (212,50 -> 221,00) and an ISO-format later date on line 2.")
def c034():
    sup = ("SEKLU", "UAB Sėklų Centras", "uzsakymai@seklucentras.example", "lt-LT")
    po = mkpo("4500021727", sup, "EUR", "2026-11-04", [
        ("SB-MONO-12", "Sugar beet seed monogerm, unit = 100,000 seeds, 2027 season", 120, "EA", "212.50", "2027-02-19"),
        ("SB-COAT-3", "Seed coating agent, 3 L can", 40, "EA", "57.00", "2027-02-19"),
    ], buyer="marek")
    assert Decimal("212.50") * Decimal("1.04") == Decimal("221.0000")
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500021727 su šiais pakeitimais:\n\n"
            "- SB-MONO-12: 120 vnt., kaina +4 % (žaliavų brangimas), pristatymas 2027-02-19\n"
            "- SB-COAT-3: 40 vnt., kaina nesikeičia, pristatymas 2027-02-26\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nUAB Sėklų Centras\n"
            "Pramonės g. 16, LT-35100 Panevėžys\nTel. +370 45 555 210\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-19 09:00", tz="+0200", frm=("Rūta Kazlauskienė", "uzsakymai@seklucentras.example"),
                body=body, mid="<AS4PR10MB5522B3C4D5E6F708@AS4PR10MB5522.EURPRD10.PROD.seklucentras.example>",
                charset="windows-1257", prefix="RE: ", tag="c034", lang="lt-LT")
    exp = expected("confirmation",
                   "+4 % on 212.50 = 221.00 EUR (per FORMAT a percentage applies to the PO unit price); line 2 price unchanged but delivery 2027-02-26.",
                   [conf(po, {1: chg(po, 1, p="221.00"), 2: chg(po, 2, d="2027-02-26")})])
    return [po], eml, exp


@case("slate-hooks-ship-vs-delivery", "confirmation/sl-SI",
      "Each line has both 'odprema' (ship) and 'dobava' (delivery) dates; line 2's ship date equals the requested date but its delivery date does not.")
def c035():
    sup = ("STRES", "Strešnik d.o.o.", "prodaja@stresnik.example", "sl-SI")
    po = mkpo("4500021758", sup, "EUR", "2026-11-05", [
        ("SH-GALV-160", "Slate hook galvanised 160 mm, 2.8 mm wire", 15000, "PCS", "0.095", "2026-12-16"),
        ("SH-BLK-160", "Slate hook black coated 160 mm", 5000, "PCS", "0.118", "2026-12-16"),
    ])
    body = ("Pozdravljeni,\n\npotrjujemo naročilo 4500021758:\n\n"
            "1. SH-GALV-160: 15.000 kos, 0,095 EUR/kos - odprema 11. 12. 2026, dobava pri vas 16. 12. 2026\n"
            "2. SH-BLK-160: 5.000 kos, 0,118 EUR/kos - odprema 16. 12. 2026, dobava pri vas 21. 12. 2026\n\n"
            "Lep pozdrav\nMatej Kranjc\nStrešnik d.o.o., Obrtna cona 5, 4220 Škofja Loka\nT: +386 4 555 62 10\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-16 13:25", tz="+0100", frm=("Matej Kranjc", "prodaja@stresnik.example"),
                body=body, mid="<DB9PR04MB8120C4D5E6F70819@DB9PR04MB8120.eurprd04.prod.stresnik.example>",
                prefix="RE: ", tag="c035", lang="sl-SI")
    exp = expected("confirmation",
                   "The delivery date (dobava) wins over the ship date (odprema): line 1 delivered 16.12 = accepted; line 2 delivered 21.12 -> changed even though it ships on the requested date.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-21")})])
    return [po], eml, exp


@case("incubator-ship-date-only-etd", "confirmation/en-SG",
      "Only an ETD ('ETD Singapore 11 Dec') is given for both lines, with no year; per the reading rule the ship date becomes the confirmed date.")
def c036():
    sup = ("LIONLB", "Lion City Lab Equipment Pte Ltd", "sales@lioncitylab.example", "en-SG")
    po = mkpo("4500021697", sup, "SGD", "2026-11-04", [
        ("LI-BOD-250", "BOD incubator 250 L, 5-40 C, 230V", 2, "EA", "6980.00", "2026-12-18"),
        ("LI-SHK-3", "Orbital shaker insert, 3 mm orbit", 2, "EA", "1450.00", "2026-12-18"),
    ], buyer="priya")
    body = ("Hi Priya,\n\nNoted with thanks on PO 4500021697. Both items confirmed at PO qty and price. "
            "ETD Singapore 11 Dec, we will send the B/L once available.\n\n"
            "Best regards,\nJasmine Tan\nSales Coordinator\nLion City Lab Equipment Pte Ltd\n"
            "10 Ubi Crescent, #05-42 Ubi Techpark, Singapore 408564\nT: +65 6555 2140\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-11 17:05", tz="+0800", frm=("Jasmine Tan", "sales@lioncitylab.example"),
                body=body, mid="<SI2PR06MB5140D5E6F7081920@SI2PR06MB5140.apcprd06.prod.lioncitylab.example>",
                tag="c036", lang="en-SG")
    exp = expected("confirmation",
                   "No delivery date, only ETD 11 Dec (no year -> 2026-12-11); per FORMAT the ship date is the date. Quantity and price confirmed as PO.",
                   [conf(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, d="2026-12-11")})])
    return [po], eml, exp
