"""Case definitions, part C."""
import datetime as dt
from decimal import Decimal

from .common import (case, make_po, supplier, confirmation, other, chg, ACC, REJ, UNC,
                     at, req_body, req_subject, req_sent, quote_gt, outlook_quote, wd)
from . import mime as M
from . import mail as ML
from .pdf import simple_pdf
from .xlsx import make_xlsx, Bold


# ---------------------------------------------------------------------------
@case("thermocouples-koi8r-kz", "confirmation", "ru-KZ",
      "Russian in KOI8-R (The Bat!-style quote) from Kazakhstan: '38 500,00 тенге', '25 января 2027 г.'")
def c01():
    sup = supplier("TERMOKON", "TOO TermoKontrol", "sbyt@termokontrol.example", "ru-KZ")
    po = make_po("4500231151", sup, "tom", "KZT", "2026-11-27", [
        ("TC-TXA-1000-K", "Thermocouple TXA (type K), 1000 mm, ceramic head", 20, "EA", "38500.00", "2026-12-21"),
        ("TC-TPP-S-500", "Thermocouple TPP (type S), 500 mm, corundum tube", 5, "EA", "312000.00", "2026-12-21"),
    ], req_at="10:00")
    when = at("2026-11-30 12:44", 5)
    t = ("Здравствуйте, Tom.\n\n"
         "Вы писали 27 ноября 2026 г., 14:00:\n\n" + quote_gt(req_body(po)) + "\n\n"
         "Добрый день!\n\n"
         "Подтверждаем заказ N 4500231151:\n\n"
         "поз. 1 - термопара ТХА-1000 (тип K), 20 шт. по 38 500,00 тенге, отгрузка 21.12.2026;\n"
         "поз. 2 - термопара ТПП (тип S), 5 шт., цена 325 400,00 тенге за шт. (в связи с ростом цен\n"
         "на платину), отгрузка 25 января 2027 г.\n\n"
         "Счёт на оплату вышлем отдельно.\n\n"
         "-- \n"
         "С уважением,\n"
         "Елена Ковалёва\n"
         "менеджер отдела сбыта\n"
         "ТОО \"ТермоКонтроль\"\n"
         "100012, г. Караганда, ул. Ерубаева, 54\n"
         "тел. +7 7212 41-28-90\n")
    hs = ML.reply_headers(po, ("Елена Ковалёва", "kovaleva@termokontrol.example"), when,
                          "<1741220394.20261130124411@termokontrol.example>", prefix="Re: ", charset="koi8-r",
                          extra=[("X-Mailer", "The Bat! (v10.4.4) Professional")])
    eml = M.message(hs, M.text(t, charset="koi8-r", cte="8bit"))
    exp = confirmation("Answer placed below the quote; line 1 as ordered (shipment 21.12.2026), line 2 price 325 400,00 KZT and shipment 25 January 2027.",
                       (po, {1: ACC, 2: chg(price="325400.00", date="2027-01-25")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("harpoon-replicas-icelandic", "confirmation", "is-IS",
      "Icelandic reply with dot thousands separators ('385.000 kr.') confirming two lines and reducing the third to 4 pieces")
def c02():
    sup = supplier("HVALSMID", "Hvalsmiðjan ehf.", "pantanir@hvalsmidjan.example", "is-IS")
    po = make_po("4500231097", sup, "sofia", "ISK", "2026-11-24", [
        ("HR-SF-1870-IS", "Museum replica: Svend Foyn grenade harpoon, 1:1, non-functional", 2, "EA", "385000", "2027-01-15"),
        ("HR-DISP-OAK-IS", "Display mount, oak, with brass plate", 2, "EA", "42000", "2027-01-15"),
        ("HR-TOG-INUIT", "Toggling harpoon head replica, bone-look resin", 6, "EA", "18500", "2027-01-15"),
    ], req_at="13:35")
    when = at("2026-11-30 15:00", 0)
    own = ("Sæl Sofia,\n\n"
           "takk fyrir pöntunina. Við staðfestum skutlana tvo (385.000 kr. stk.) og eikarfestingarnar\n"
           "(42.000 kr. stk.) með afhendingu 15. janúar 2027.\n\n"
           "Varðandi skutulhausana: við getum aðeins afhent 4 stk. á sama verði (18.500 kr.) og með sömu\n"
           "sendingu 15. janúar - mótið er orðið slitið og við steypum ekki fleiri.\n\n"
           "Kveðja,\n"
           "Guðrún Þórsdóttir\n"
           "Hvalsmiðjan ehf.\n"
           "Grandagarði 21, 101 Reykjavík\n"
           "Sími 552 4417")
    attr = "Þann þri., 24. nóv. 2026 kl. 12:35 skrifaði Sofia Lindqvist <sofia.lindqvist@northfield-group.example>:"
    hs = ML.reply_headers(po, ("Guðrún Þórsdóttir", "gudrun@hvalsmidjan.example"), when,
                          ML.mid("gmail", "c02"), prefix="Re: ", charset="ISO-8859-1")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po), charset="ISO-8859-1"))
    exp = confirmation("ISK with dot grouping; line 3 reduced to 4 pieces (same price, same 15 Jan shipment).",
                       (po, {1: ACC, 2: ACC, 3: chg(qty=4)}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("autoreply-ferias-coletivas-br", "auto_reply", "pt-BR",
      "Brazilian auto-reply announcing collective holidays 19/12/2026-10/01/2027 and an order cut-off date")
def c03():
    sup = supplier("MANEQBR", "Manequins Paulista Indústria e Comércio Ltda.", "vendas@manequinspaulista.example", "pt-BR")
    po = make_po("4500231179", sup, "tom", "USD", "2026-11-30", [
        ("MJ-NECK-ROT", "Mannequin neck rotation joint, steel", 150, "PCS", "4.20", "2027-01-15"),
        ("MJ-HIP-PLUG", "Hip plug connector with locking pin", 150, "PCS", "3.75", "2027-01-15"),
    ], req_at="14:50")
    when = at("2026-11-30 10:50", -3).replace(second=20)
    t = ("Prezado(a) cliente,\n\n"
         "Recebemos sua mensagem. Informamos que nossa empresa estará em férias coletivas de 19/12/2026 a\n"
         "10/01/2027, retornando às atividades em 11/01/2027.\n\n"
         "Pedidos recebidos até 11/12/2026 serão faturados ainda este ano. Durante o período de férias, o\n"
         "atendimento será feito apenas pelo e-mail vendas@manequinspaulista.example.\n\n"
         "Atenciosamente,\n"
         "Equipe Comercial\n"
         "Manequins Paulista\n"
         "Rua Barão de Ladário, 812 – Brás – São Paulo/SP – CEP 03010-000\n"
         "(11) 3315-2280\n\n"
         "Esta é uma mensagem automática.\n")
    hs = ML.reply_headers(po, ("Manequins Paulista - Vendas", "vendas@manequinspaulista.example"), when,
                          ML.mid("generic", "c03", "manequinspaulista.example"),
                          subject="Resposta automática: " + req_subject(po),
                          extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    eml = M.message(hs, M.alternative(M.text(t, charset="UTF-8"), M.html(M.html_simple(t, "UTF-8"), charset="UTF-8")))
    return [po], eml, other("auto_reply", "Automatic holiday notice; dates are closure dates, nothing is committed for the PO.")


# ---------------------------------------------------------------------------
@case("espresso-gaskets-erp-noreply-pdf-it", "confirmation", "it-IT",
      "ERP-generated mail from noreply with Auto-Submitted header; PDF uses the supplier's own positions 10/20 and codes, with 'Vs. pos.' mapping")
def c04():
    sup = supplier("GUARBRES", "Guarnizioni Bresciane S.p.A.", "ordini@guarnizionibresciane.example", "it-IT")
    po = make_po("4500231122", sup, "priya", "EUR", "2026-11-24", [
        ("EG-58-85-BLU", "Group gasket 58 mm x 8.5 mm, blue silicone", 1000, "PCS", "0.58", "2026-12-18"),
        ("EG-DOC-515", "Shower screen 51.5 mm, stainless", 250, "PCS", "2.10", "2026-12-18"),
    ], req_at="15:10")
    when = at("2026-11-27 02:14", 1)
    t = ("Spett.le Northfield Supply Group B.V.,\n\n"
         "in allegato trasmettiamo la nostra conferma d'ordine n. 26/OV/004512 relativa al Vs. ordine 4500231122.\n\n"
         "Vi preghiamo di verificarne il contenuto e di segnalarci eventuali discrepanze entro 3 giorni\n"
         "lavorativi; trascorso tale termine la conferma si intende accettata.\n\n"
         "Questa e-mail è generata automaticamente, si prega di non rispondere.\n"
         "Per informazioni: ufficio.vendite@guarnizionibresciane.example - tel. 030 268 1144\n\n"
         "Guarnizioni Bresciane S.p.A. - Via dell'Industria 48, 25030 Castel Mella (BS)\n"
         "Cap. Soc. € 1.200.000 i.v. - P.IVA 02185430987\n")
    blocks = [("GUARNIZIONI BRESCIANE S.p.A.", "B", 14), ("Via dell'Industria 48 - 25030 Castel Mella (BS) - P.IVA 02185430987", "R", 8), "",
              ("CONFERMA D'ORDINE N. 26/OV/004512 del 26/11/2026", "B", 12), "",
              "Cliente: 100482  NORTHFIELD SUPPLY GROUP B.V. - Waalhaven Zuidzijde 44 - 3089 JH Rotterdam (NL)",
              "Vs. ordine: 4500231122 del 24/11/2026",
              "Resa: DAP Rotterdam      Pagamento: B.B. 60 gg d.f.      Valuta: EUR", "",
              ("Pos. Vs.pos Codice      Vs. codice     Descrizione                     UM  Quantità  Prezzo unit.  Consegna", "MB", 7.5),
              ("rule",),
              ("10   1      GB-G5885B   EG-58-85-BLU   Guarnizione gruppo 58x8,5 sil. blu PZ  1.000     0,580         18/12/2026", "M", 7.5),
              ("20   2      GB-D515I    EG-DOC-515     Doccetta gruppo 51,5 inox        PZ    250     2,100         08/01/2027", "M", 7.5),
              ("rule",),
              ("                                                      Totale imponibile EUR      1.105,00", "MB", 7.5), "",
              "Note: pos. 20 - consegna posticipata per fermo stampo.",
              "Le date di consegna si intendono franco destino."]
    pdf = simple_pdf(blocks, title="Conferma d'ordine 26/OV/004512", producer="Gestionale ERP - modulo VEN")
    hs = [("From", M.addr("Guarnizioni Bresciane - Conferme d'ordine", "noreply@guarnizionibresciane.example")),
          ("To", M.addr("Priya Nair", "priya.nair@northfield-group.example")),
          ("Subject", "Conferma d'ordine n. 26/OV/004512 - Vs. ordine 4500231122"),
          ("Date", M.date(when)),
          ("Message-ID", "<CO.26OV004512.20261127021402@erp.guarnizionibresciane.example>"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Mailer", "ERP mailer 3.1")]
    eml = M.message(hs, M.mixed(M.text(t, charset="iso-8859-15", cte="quoted-printable"),
                                M.attachment(pdf, "application/pdf", "CO_26OV004512.pdf")))
    exp = confirmation("Automatic ERP mail, but a real order confirmation. Supplier positions 10/20 map to our lines 1/2 via 'Vs.pos'; '1.000' = 1000; pos. 20 delivery 08/01/2027.",
                       (po, {1: ACC, 2: chg(date="2027-01-08")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ladder-feet-vietnamese", "confirmation", "vi-VN",
      "Vietnamese reply (UTF-8 base64, Gmail) with decimal commas '1,45 USD' and dd/mm/yyyy dates; price and date change on line 2")
def c05():
    sup = supplier("CSDONGNAI", "Dong Nai Rubber Products Co., Ltd.", "sales@caosudongnai.example", "vi-VN")
    po = make_po("4500231134", sup, "martin", "USD", "2026-11-25", [
        ("OLF-RUB-50-VN", "Rubber foot for orchard tripod ladder, 50 mm tube", 800, "PCS", "1.45", "2027-01-08"),
        ("OLF-SPK-GALV", "Ground spike foot, galvanised steel", 400, "PCS", "2.20", "2027-01-08"),
    ], req_at="10:45")
    when = at("2026-11-28 09:30", 7)
    own = ("Kính gửi anh Martin,\n\n"
           "Cảm ơn anh đã gửi đơn đặt hàng. Chúng tôi xác nhận đơn hàng số 4500231134 như sau:\n\n"
           "- Dòng 1: Chân thang cao su 50 mm – 800 cái, đơn giá 1,45 USD, giao hàng ngày 08/01/2027.\n"
           "- Dòng 2: Chân thang mũi nhọn thép mạ kẽm – 400 cái, đơn giá 2,35 USD (giá thép tăng), giao hàng\n"
           "  ngày 15/01/2027 do nhà cung cấp thép giao chậm.\n\n"
           "Trân trọng,\n"
           "Nguyễn Thị Thu Hà\n"
           "Phòng Kinh doanh Xuất khẩu\n"
           "Công ty TNHH Sản phẩm Cao su Đồng Nai\n"
           "Lô C5, KCN Biên Hòa 2, Đồng Nai\n"
           "ĐT: +84 251 3836 417")
    attr = "Vào Th 4, 25 thg 11, 2026 vào lúc 16:45 Martin Holm <martin.holm@northfield-group.example> đã viết:"
    hs = ML.reply_headers(po, ("Nguyễn Thị Thu Hà", "thuha.sales@caosudongnai.example"), when,
                          ML.mid("gmail", "c05"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po), charset="UTF-8", cte="base64"))
    exp = confirmation("Line 1 as ordered; line 2 price 2,35 USD and delivery 15/01/2027.",
                       (po, {1: ACC, 2: chg(price="2.35", date="2027-01-15")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("jet-ski-rep-on-holiday-after-new-year", "needs_review", "en-AU",
      "Sales rep on leave replies from his phone: can do it 'but realistically it'll be after New Year', formal dates later")
def c06():
    sup = supplier("SURFJET", "SurfCoast Jet Parts Pty Ltd", "sales@surfcoastjet.example", "en-AU")
    po = make_po("4500231189", sup, "dana", "AUD", "2026-12-01", [
        ("JI-SC-160-SS", "Jet ski impeller 160 mm, stainless, 12/18 pitch", 6, "EA", "465.00", "2026-12-23"),
        ("JI-SC-WR-160", "Wear ring 160 mm, replaceable", 6, "EA", "139.00", "2026-12-23"),
    ], req_at="08:30")
    when = at("2026-12-02 07:52", 11)
    own = ("Hi Dana,\n\n"
           "I'm actually on leave till the 11th (at the beach, phone only) but saw your PO come through. We can\n"
           "do the impellers and wear rings no worries, but realistically it'll be after New Year - the factory's\n"
           "shut over Christmas. I'll lock in proper dates and send you the formal confirmation when I'm back\n"
           "in the office.\n\n"
           "Cheers,\n"
           "Brad\n\n"
           "Sent from my iPhone")
    attr = "On 1 Dec 2026, at 6:30 pm, Dana Ruiz <dana.ruiz@northfield-group.example> wrote:"
    text = own + "\n\n> " + attr + "\n> \n" + quote_gt(req_body(po)) + "\n"
    hs = ML.reply_headers(po, ("Brad Whitfield", "brad@surfcoastjet.example"), when,
                          ML.mid("apple", "c06", "surfcoastjet.example"), prefix="Re: ",
                          extra=[("X-Mailer", "iPhone Mail (22B91)")])
    eml = M.message(hs, M.text(text, charset="utf-8", cte="quoted-printable"))
    return [po], eml, other("needs_review", "Willing in principle, but the only timing is 'after New Year' and formal confirmation is deferred; the 11th is his return date.")


# ---------------------------------------------------------------------------
@case("organ-leather-inline-week2-nl", "confirmation", "nl-NL",
      "Dutch inline answers ('Akkoord', 'week 2', 'Vervalt') between Thunderbird-quoted PO lines")
def c07():
    sup = supplier("ORGELLED", "Orgelleder Van der Wal V.O.F.", "info@orgelleder-vanderwal.example", "nl-NL")
    po = make_po("4500231104", sup, "tom", "EUR", "2026-11-24", [
        ("OL-BOK-08-NL", "Goat leather for pallet pouches, 0.8 mm", 30, "FT2", "5.40", "2026-12-18"),
        ("OL-SCH-05-NL", "Sheepskin for bellows gussets, 0.5 mm", 60, "FT2", "3.95", "2026-12-18"),
        ("OL-LIJM-1KG", "Hide glue pearls, 1 kg bag", 5, "KG", "17.80", "2026-12-18"),
    ], req_at="14:45")
    when = at("2026-11-27 20:15", 1)
    quoted = ML.inline_answers(po, {
        1: "Akkoord.",
        2: "Akkoord, maar levering pas in week 2 (de looierij ligt rond de feestdagen stil).",
        3: "Vervalt - huidlijm leveren we niet meer, sorry. Probeer Kremer.",
    }, cut_tail=True)
    t = ("Beste Tom,\n\n"
         "Zie mijn antwoorden tussen de regels.\n\n"
         "Op 24-11-2026 om 14:45 schreef Tom Achterberg:\n" + quoted + "\n\n"
         "Met vriendelijke groet,\n"
         "Pieter van der Wal\n"
         "Orgelleder Van der Wal V.O.F. - Zwolle\n"
         "06-41 27 93 18\n")
    hs = ML.reply_headers(po, ("Pieter van der Wal", "pieter@orgelleder-vanderwal.example"), when,
                          ML.mid("thunderbird", "c07", "orgelleder-vanderwal.example"), prefix="Re: ",
                          extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl")])
    eml = M.message(hs, M.text(t, charset="UTF-8", cte="quoted-printable"))
    exp = confirmation("Line 1 accepted; line 2 'week 2' = Friday 2027-01-15; line 3 'Vervalt' = rejected.",
                       (po, {1: ACC, 2: chg(date="2027-01-15"), 3: REJ}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("unrelated-invoice-other-po-fi", "unrelated", "fi-FI",
      "Finnish invoice e-mail with PDF for a different (already delivered) PO that contains one of our ordered articles")
def c08():
    sup = supplier("KIRJASID", "Kirjansidontatarvike Nieminen Oy", "myynti@kirjansidonta-nieminen.example", "fi-FI")
    po = make_po("4500231158", sup, "sofia", "EUR", "2026-11-27", [
        ("BT-LIN-30-3-NAT", "Linen thread 30/3 natural, 250 g", 24, "EA", "12.80", "2026-12-18"),
        ("BT-BEESWAX-BLK", "Beeswax block for thread, 50 g", 24, "EA", "3.20", "2026-12-18"),
    ], req_at="09:00")
    when = at("2026-12-02 11:00", 2)
    t = ("Hyvä asiakas,\n\n"
         "liitteenä lasku nro 2026-11873 (tilauksenne 4500229930, toimitettu 24.11.2026).\n\n"
         "Laskun summa: 1 248,60 EUR\n"
         "Eräpäivä: 01.02.2027\n"
         "Viitenumero: 11873 20264\n\n"
         "Ystävällisin terveisin\n"
         "Kirjansidontatarvike Nieminen Oy\n"
         "Laskutus\n"
         "Teollisuuskatu 9, 33100 Tampere\n"
         "Y-tunnus 2184473-6\n")
    blocks = [("KIRJANSIDONTATARVIKE NIEMINEN OY", "B", 13), ("Teollisuuskatu 9, 33100 Tampere  Y-tunnus 2184473-6  ALV FI21844736", "R", 8), "",
              ("LASKU / INVOICE  2026-11873", "B", 12), "",
              "Laskun pvm: 01.12.2026       Eräpäivä: 01.02.2027       Viitenumero: 11873 20264",
              "Asiakas: Northfield Supply Group B.V., Waalhaven Zuidzijde 44, 3089 JH Rotterdam, NL",
              "Tilauksenne: 4500229930       Toimitus: 24.11.2026       Toimitustapa: DAP Rotterdam", "",
              ("Tuote             Kuvaus                           Määrä  Yks.  À-hinta   Yhteensä", "MB", 8.5),
              ("rule",),
              ("BT-LIN-30-3-NAT   Pellavalanka 30/3 luonnonv.        40   kpl    12,80     512,00", "M", 8.5),
              ("BT-HEAD-GRN       Kapitaalinauha vihreä 10 m         30   rll     7,65     229,50", "M", 8.5),
              ("BF-SET-BONE       Luunuija-setti                     10   kpl    50,71     507,10", "M", 8.5),
              ("rule",),
              ("                                        Veroton yhteensä EUR      1 248,60", "M", 8.5),
              ("                                        ALV 0 % (käännetty verovelvollisuus)  0,00", "M", 8.5),
              ("                                        Maksettava EUR            1 248,60", "MB", 8.5), "",
              "IBAN FI21 1234 5600 0007 85  BIC NDEAFIHH"]
    pdf = simple_pdf(blocks, title="Lasku 2026-11873", producer="Netvisor")
    hs = [("From", M.addr("Kirjansidontatarvike Nieminen Oy", "laskutus@kirjansidonta-nieminen.example")),
          ("To", "ostolaskut@northfield-group.example"),
          ("Cc", M.addr("Sofia Lindqvist", "sofia.lindqvist@northfield-group.example")),
          ("Subject", M.hdr("Lasku 2026-11873 / Tilauksenne 4500229930", "iso-8859-15")),
          ("Date", M.date(when)),
          ("Message-ID", ML.mid("generic", "c08", "kirjansidonta-nieminen.example"))]
    eml = M.message(hs, M.mixed(M.text(t, charset="iso-8859-15"),
                                M.attachment(pdf, "application/pdf", "Lasku_2026-11873.pdf")))
    return [po], eml, other("unrelated", "Invoice for PO 4500229930 (not open here), though it lists BT-LIN-30-3-NAT at 12,80 - same article and price as our open PO.")


# ---------------------------------------------------------------------------
@case("cheese-moulds-one-line-pending-ro", "confirmation", "ro-RO",
      "Romanian (ISO-8859-16, ș/ț with comma) confirming two lines and deferring the third ('revenim ... săptămâna viitoare')")
def c09():
    sup = supplier("MATRTEL", "Matrițe Telemea SRL", "vanzari@matrite-telemea.example", "ro-RO")
    po = make_po("4500231139", sup, "priya", "RON", "2026-11-26", [
        ("CM-TEL-5KG", "Telemea cheese mould 5 kg, HDPE", 60, "EA", "48.00", "2026-12-17"),
        ("CM-CAS-1KG", "Cascaval mould 1 kg, PP", 120, "EA", "21.50", "2026-12-17"),
        ("CM-PRS-5KG", "Press plate for 5 kg telemea mould", 60, "EA", "15.00", "2026-12-17"),
    ], req_at="09:25")
    when = at("2026-11-30 11:38", 2)
    t = ("Bună ziua, doamna Nair,\n\n"
         "Vă mulțumim pentru comandă. Confirmăm pozițiile 1 și 2 conform comenzii (60 buc. x 48,00 lei și\n"
         "120 buc. x 21,50 lei), livrare %s, 17.12.2026.\n\n"
         "Pentru poziția 3 (plăcile de presare) revenim cu termenul de livrare săptămâna viitoare, după ce\n"
         "primim granulele de la furnizor.\n\n"
         "Cu stimă,\n"
         "Ioana Munteanu\n"
         "Departament Vânzări\n"
         "Matrițe Telemea SRL\n"
         "Str. Fabricii nr. 7, 550018 Sibiu\n"
         "Tel. 0269 210 455\n\n"
         "-------- Mesaj original --------\n"
         "De la: Priya Nair <priya.nair@northfield-group.example>\n"
         "Data: 26.11.2026 10:25\n"
         "Către: vanzari@matrite-telemea.example\n"
         "Subiect: %s\n\n%s\n" % (wd("2026-12-17", "ro"), req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("Ioana Munteanu", "ioana.munteanu@matrite-telemea.example"), when,
                          ML.mid("generic", "c09", "matrite-telemea.example"), prefix="Re: ", charset="iso-8859-16",
                          extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    eml = M.message(hs, M.text(t, charset="iso-8859-16", cte="quoted-printable"))
    exp = confirmation("Lines 1-2 as ordered (joi, 17.12.2026); line 3 explicitly deferred -> unconfirmed.",
                       (po, {1: ACC, 2: ACC, 3: UNC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bookbinding-thread-split-koi8u", "confirmation", "uk-UA",
      "Ukrainian in KOI8-U: one line only partly in stock, remainder on '12 січня 2027 р.'")
def c10():
    sup = supplier("PALITUR", "TOV Palitourni Materialy", "zbut@palitur.example", "uk-UA")
    po = make_po("4500231145", sup, "sofia", "EUR", "2026-11-26", [
        ("BT-LIN-18-3-UA", "Linen bookbinding thread 18/3, unwaxed, 250 g spool", 40, "EA", "11.80", "2026-12-22"),
        ("BT-LIN-25-3-WX", "Linen thread 25/3, waxed, 250 g spool", 40, "EA", "12.60", "2026-12-22"),
        ("BT-COT-40-3", "Cotton bookbinding thread 40/3, 500 m", 100, "EA", "4.30", "2026-12-22"),
    ], req_at="11:20")
    when = at("2026-12-01 10:26", 2)
    t = ("Добрий день, пані Софіє!\n\n"
         "Дякуємо за замовлення N 4500231145.\n\n"
         "Позиції 1 і 3 підтверджуємо в повному обсязі за цінами замовлення, відвантаження 22.12.2026.\n\n"
         "Позиція 2 (вощена нитка 25/3): на складі є лише 25 котушок - їх відвантажимо разом з іншими\n"
         "22.12.2026, решту 15 котушок - 12 січня 2027 р.\n\n"
         "З повагою,\n"
         "Оксана Мельник\n"
         "відділ збуту\n"
         "ТОВ \"Палітурні матеріали\"\n"
         "79019, м. Львів, вул. Промислова, 27\n"
         "тел. +380 32 245 18 07\n\n"
         "26.11.2026 12:20, Sofia Lindqvist пише:\n" + quote_gt(req_body(po)) + "\n")
    hs = ML.reply_headers(po, ("Оксана Мельник", "o.melnyk@palitur.example"), when,
                          ML.mid("thunderbird", "c10", "palitur.example"), prefix="Re: ", charset="koi8-u",
                          extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "uk")])
    eml = M.message(hs, M.text(t, charset="koi8-u", cte="base64"))
    exp = confirmation("Lines 1 and 3 as ordered; line 2 split 25 on 22.12.2026 + 15 on 12 January 2027.",
                       (po, {1: ACC, 2: chg(date="2027-01-12", schedule=[(25, "2026-12-22"), (15, "2027-01-12")]), 3: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("espresso-gaskets-moq-question-sk", "needs_review", "sk-SK",
      "Slovak reply: minimum batch 500 pcs, asks whether we raise the quantity or accept a set-up surcharge")
def c11():
    sup = supplier("PUCHGUM", "Púchovské gumárne s.r.o.", "predaj@puchovske-gumarne.example", "sk-SK")
    po = make_po("4500231167", sup, "priya", "EUR", "2026-11-30", [
        ("EG-GH-9-FKM", "Group head gasket 9 mm, FKM, for 58 mm groups", 150, "PCS", "0.95", "2026-12-18"),
        ("EG-OR-2025-FKM", "O-ring 20 x 2.5 FKM for steam valve", 300, "PCS", "0.18", "2026-12-18"),
    ], req_at="13:30")
    when = at("2026-12-01 14:10", 1)
    own = ("Dobrý deň, pani Nair,\n\n"
           "ďakujeme za objednávku. Pri tesneniach z FKM máme minimálne výrobné množstvo 500 ks na položku\n"
           "(jedna výrobná šarža). Pri 150 ks / 300 ks by sme museli účtovať príplatok za nastavenie formy\n"
           "85,00 EUR.\n\n"
           "Môžete prosím upraviť objednávku na 500 ks, alebo súhlasíte s príplatkom? Po Vašom vyjadrení Vám\n"
           "pošleme potvrdenie s termínom dodania.\n\n"
           "S pozdravom\n\n"
           "Ing. Martina Horváthová\n"
           "obchodné oddelenie\n"
           "Púchovské gumárne s.r.o.\n"
           "Okružná 1124, 020 01 Púchov\n"
           "tel.: +421 42 463 55 20")
    sent = req_sent(po)
    quote = ("Od: Priya Nair <priya.nair@northfield-group.example>\n"
             "Odoslané: %s %d. novembra 2026 %d:%02d\n"
             "Komu: Predaj <predaj@puchovske-gumarne.example>\n"
             "Predmet: %s\n\n%s" % (wd(sent, "sk"), sent.day, sent.hour, sent.minute, req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("Martina Horváthová", "horvathova@puchovske-gumarne.example"), when,
                          ML.mid("outlook", "c11", ""), prefix="RE: ", charset="windows-1250",
                          extra=ML.outlook_extra(po, "sk-SK"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1250", lang="SK"))
    return [po], eml, other("needs_review", "MOQ question with two options (500 pcs or +85,00 EUR set-up); confirmation only after our decision.")


# ---------------------------------------------------------------------------
@case("lathe-chucks-etd-eta-tw", "confirmation", "zh-TW",
      "Taiwanese supplier in English: every line 'OK' but the shipment block gives ETD 2026/12/24 and ETA Rotterdam 2027/1/29 (delivery wins)")
def c12():
    sup = supplier("CHENGYUAN", "Cheng Yuan Precision Chuck Co., Ltd.", "sales@chengyuan-chuck.example", "zh-TW")
    po = make_po("4500231130", sup, "tom", "USD", "2026-11-25", [
        ("LC-3J-200-A5", "3-jaw hydraulic power chuck 200 mm, A2-5 spindle", 6, "EA", "865.00", "2027-01-25"),
        ("LC-CYL-1246", "Hydraulic rotary cylinder for 200 mm chuck", 6, "EA", "1140.00", "2027-01-25"),
        ("LC-JAW-HARD-200", "Hard jaw set for 200 mm power chuck", 12, "SET", "96.00", "2027-01-25"),
    ], req_at="10:00")
    when = at("2026-11-27 11:05", 8)
    own = ("Dear Tom,\n\n"
           "Thanks for your PO#4500231130. Please see our confirmation below:\n\n"
           "Item 1: 200mm 3-jaw power chuck A2-5, 6 pcs, USD865/pc - OK\n"
           "Item 2: Rotary cylinder, 6 pcs, USD1,140/pc - OK\n"
           "Item 3: Hard jaws, 12 sets, USD96/set - OK\n\n"
           "Shipment: by sea, LCL, DAP Rotterdam as per your PO\n"
           "ETD Taichung: 2026/12/24\n"
           "ETA Rotterdam: 2027/1/29\n\n"
           "Sorry the vessel schedule around Christmas is tight, this is the earliest space we could book.\n\n"
           "Best regards,\n"
           "Kevin Chang\n"
           "Overseas Sales Dept.\n"
           "Cheng Yuan Precision Chuck Co., Ltd. 正源精密夾頭股份有限公司\n"
           "No. 27, Gongye 12th Rd., Dali Dist., Taichung City 41280, Taiwan\n"
           "TEL: +886-4-2491-3377 ext. 215")
    quote = outlook_quote(po, "en", "sales@chengyuan-chuck.example", tzh=8)
    hs = ML.reply_headers(po, ("Kevin Chang", "kevin@chengyuan-chuck.example"), when,
                          ML.mid("outlook", "c12", ""), prefix="RE: ", charset="big5",
                          extra=ML.outlook_extra(po, "zh-TW"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="big5", cte="base64", lang="ZH-TW"))
    exp = confirmation("Quantities and prices OK; ETA Rotterdam 2027/1/29 is the delivery date (wins over ETD 2026/12/24) and is later than requested 2027-01-25.",
                       (po, {1: chg(date="2027-01-29"), 2: chg(date="2027-01-29"), 3: chg(date="2027-01-29")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("jet-ski-impellers-buddhist-year-th", "confirmation", "th-TH",
      "Thai (TIS-620) reply with a Buddhist-era date '18 ธ.ค. 2569' and one discontinued line")
def c13():
    sup = supplier("PATTJET", "Pattaya Jet Marine Co., Ltd.", "sales@pattayajetmarine.example", "th-TH")
    po = make_po("4500231149", sup, "dana", "THB", "2026-11-27", [
        ("JI-TH-155-SS", "Jet ski impeller 155 mm, 13/19 pitch, stainless", 6, "EA", "9800.00", "2026-12-18"),
        ("JI-TH-130-AL", "Jet ski impeller 130 mm, aluminium", 6, "EA", "6400.00", "2026-12-18"),
    ], req_at="12:15")
    when = at("2026-12-01 15:40", 7)
    t = ("เรียน คุณ Dana\n\n"
         "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500231149 บริษัทฯ ขอยืนยันรายละเอียดดังนี้\n\n"
         "รายการที่ 1 ใบพัดสแตนเลส 155 มม. จำนวน 6 ชิ้น ราคาชิ้นละ 9,800 บาท ส่งสินค้าวันที่ 18 ธ.ค. 2569\n"
         "รายการที่ 2 ใบพัดอะลูมิเนียม 130 มม. ขออภัย สินค้าหมดและผู้ผลิตเลิกผลิตแล้ว ไม่สามารถจัดส่งได้\n\n"
         "ขอแสดงความนับถือ\n"
         "สมชาย วงศ์ใหญ่\n"
         "ฝ่ายขาย บริษัท พัทยา เจ็ท มารีน จำกัด\n"
         "โทร. 038-412-559\n\n"
         "----- Original Message -----\n"
         "From: Dana Ruiz <dana.ruiz@northfield-group.example>\n"
         "Sent: Friday, November 27, 2026 6:15 PM\n"
         "Subject: %s\n\n%s\n" % (req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("สมชาย วงศ์ใหญ่", "somchai@pattayajetmarine.example"), when,
                          ML.mid("generic", "c13", "pattayajetmarine.example"), prefix="Re: ", charset="tis-620")
    eml = M.message(hs, M.text(t, charset="tis-620", cte="base64"))
    exp = confirmation("Buddhist year 2569 = 2026; line 1 ships 18 Dec 2026 as requested; line 2 out of stock and discontinued (rejected).",
                       (po, {1: ACC, 2: REJ}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("unrelated-price-list-2027-xlsx-pt", "unrelated", "pt-PT",
      "Portuguese 2027 price list (XLSX) listing our ordered articles with old and new prices; no reference to the PO")
def c14():
    sup = supplier("CURTALC", "Curtumes de Alcanena, Lda.", "comercial@curtumes-alcanena.example", "pt-PT")
    po = make_po("4500231155", sup, "tom", "EUR", "2026-11-27", [
        ("OL-CABRA-06-PT", "Goat leather for pipe organ pouches, 0.6 mm", 50, "FT2", "5.95", "2026-12-21"),
        ("OL-CARN-BALG", "Sheepskin for bellows, 0.6 mm", 100, "FT2", "3.80", "2026-12-21"),
    ], req_at="16:00")
    when = at("2026-12-04 10:20", 0)
    t = ("Exmos. Senhores,\n\n"
         "Junto enviamos a nossa tabela de preços para 2027, válida para encomendas com entrega a partir de\n"
         "1 de janeiro de 2027. As encomendas já confirmadas mantêm os preços acordados.\n\n"
         "Aproveitamos para informar que a fábrica estará encerrada de 24 de dezembro a 1 de janeiro.\n\n"
         "Com os melhores cumprimentos,\n"
         "Rui Carvalho\n"
         "Departamento Comercial\n"
         "Curtumes de Alcanena, Lda.\n"
         "Zona Industrial de Alcanena, Lote 23, 2380-000 Alcanena\n"
         "Tel. +351 249 889 140\n")
    rows = [[Bold("Curtumes de Alcanena, Lda. - Tabela de preços 2027")],
            ["Válida a partir de", dt.date(2027, 1, 1)],
            [],
            [Bold("Código"), Bold("Descrição"), Bold("Espessura (mm)"), Bold("Unidade"),
             Bold("Preço 2026 (€)"), Bold("Preço 2027 (€)"), Bold("Prazo (semanas)")],
            ["OL-CABRA-06-PT", "Pele de cabra para bolsas de órgão", Decimal("0.60"), "pé²", Decimal("5.95"), Decimal("6.25"), 3],
            ["OL-CABRA-08-PT", "Pele de cabra para bolsas de órgão", Decimal("0.80"), "pé²", Decimal("6.30"), Decimal("6.60"), 3],
            ["OL-CARN-BALG", "Carneira para foles", Decimal("0.60"), "pé²", Decimal("3.80"), Decimal("3.99"), 4],
            ["OL-CARN-JUNTA", "Carneira para juntas", Decimal("1.20"), "pé²", Decimal("4.10"), Decimal("4.30"), 4],
            ["OL-CABRITO-03", "Pele de cabrito branca (pneumática)", Decimal("0.30"), "pé²", Decimal("7.10"), Decimal("7.45"), 6],
            [],
            ["Preços em EUR, sem IVA, FCA Alcanena. Encomenda mínima 20 pé² por referência."]]
    x = make_xlsx([("Tabela 2027", rows, [18, 38, 14, 10, 15, 15, 15])], date_format="dd/mm/yyyy", creator="Rui Carvalho")
    hs = [("From", M.addr("Rui Carvalho - Curtumes de Alcanena", "comercial@curtumes-alcanena.example", "iso-8859-1")),
          ("To", M.addr("Tom Achterberg", "tom.achterberg@northfield-group.example")),
          ("Subject", M.hdr("Tabela de preços 2027 – peles para órgãos de tubos")),
          ("Date", M.date(when)),
          ("Message-ID", ML.mid("outlook", "c14", "")),
          ("Content-Language", "pt-PT")]
    eml = M.message(hs, M.mixed(M.alternative(M.text(t, charset="iso-8859-1"),
                                              M.html(M.html_outlook(t, "iso-8859-1", lang="PT"), charset="iso-8859-1"),
                                              bstyle="outlook"),
                                M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "Tabela_precos_2027.xlsx"), bstyle="outlook"))
    return [po], eml, other("unrelated", "General price list for 2027 containing our articles (5,95 -> 6,25); it neither cites nor answers the PO.")


# ---------------------------------------------------------------------------
@case("ladder-feet-case-pack-rounding-fr-ca", "confirmation", "fr-CA",
      "Québec French: quantity rounded up to full cases of 12 (200 -> 204), ISO dates as Québec writes them, '2,65 $'")
def c15():
    sup = supplier("ECHVERGER", "Échelles Verger Laurentides inc.", "commandes@echellesverger.example", "fr-CA")
    po = make_po("4500231168", sup, "martin", "CAD", "2026-11-30", [
        ("OLF-CA-RUB-TRI", "Rubber foot for 3-leg orchard ladder", 200, "PCS", "2.65", "2027-01-12"),
        ("OLF-CA-CLEAT", "Anti-slip cleat for aluminium ladder foot", 200, "PCS", "1.10", "2027-01-12"),
    ], req_at="15:10")
    when = at("2026-12-01 16:30", -5)
    own = ("Bonjour M. Holm,\n\n"
           "Merci pour votre commande. Voici notre confirmation :\n\n"
           "1) Pieds en caoutchouc pour échelle à 3 pattes : les pieds sont emballés par caisse de 12, nous\n"
           "   arrondissons donc à 204 unités (17 caisses) à 2,65 $ l'unité. Livraison le 2027-01-12.\n"
           "2) Crampons antidérapants : 200 unités à 1,10 $, livraison le 2027-01-12.\n\n"
           "Merci de votre confiance,\n\n"
           "Marie-Ève Tremblay\n"
           "Service à la clientèle\n"
           "Échelles Verger Laurentides inc.\n"
           "1450, rang Saint-Joseph, Saint-Joseph-du-Lac (Québec)  J0N 1M0\n"
           "Tél. : 450 623-8814")
    quote = outlook_quote(po, "fr", "Commandes <commandes@echellesverger.example>", tzh=-5)
    hs = ML.reply_headers(po, ("Marie-Ève Tremblay", "metremblay@echellesverger.example"), when,
                          ML.mid("outlook", "c15", ""), prefix="RE : ", charset="utf-8",
                          extra=ML.outlook_extra(po, "fr-CA"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="utf-8", lang="FR-CA"))
    exp = confirmation("Line 1 quantity changed to 204 (17 cases of 12); line 2 as ordered.",
                       (po, {1: chg(qty=204), 2: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dental-trays-confirmation-later-he", "needs_review", "he-IL",
      "Hebrew (windows-1255, RTL HTML) receipt: formal confirmation with dates will follow after Sunday's planning meeting (6.12)")
def c16():
    sup = supplier("GALDENT", "Gal Dental Supplies Ltd.", "orders@galdental.example", "he-IL")
    po = make_po("4500231174", sup, "priya", "USD", "2026-11-30", [
        ("DT-IL-ALU-U-S", "Aluminium impression tray, upper, small, perforated", 100, "EA", "3.40", "2026-12-22"),
        ("DT-IL-ALU-L-S", "Aluminium impression tray, lower, small, perforated", 100, "EA", "3.40", "2026-12-22"),
    ], req_at="12:00")
    when = at("2026-12-01 12:15", 2)
    own = ("שלום פריה,\n\n"
           "קיבלנו את הזמנה 4500231174, תודה.\n"
           "אישור הזמנה מסודר עם מועדי אספקה יישלח אלייך אחרי ישיבת תכנון הייצור ביום ראשון הקרוב (6.12).\n\n"
           "בברכה,\n"
           "אורית כהן\n"
           "מחלקת הזמנות\n"
           "גל ציוד דנטלי בע\"מ\n"
           "רח' הברזל 18, תל אביב\n"
           "טל' 03-6475120")
    text = own + "\n\n" + "-----Original Message-----\nFrom: Priya Nair <priya.nair@northfield-group.example>\n" \
        "Sent: Monday, November 30, 2026 1:00 PM\nTo: orders@galdental.example\nSubject: " + req_subject(po) + "\n\n" + req_body(po) + "\n"
    html = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1255\"></head>"
            "<body dir=\"rtl\" style=\"font-family:Arial\">" + "".join("<div>%s</div>" % (M.esc(l) or "<br>") for l in own.split("\n"))
            + "<div dir=\"ltr\" style=\"text-align:left\"><hr>" + "<br>".join(M.esc(l) for l in text[len(own):].strip("\n").split("\n"))
            + "</div></body></html>")
    hs = ML.reply_headers(po, ("אורית כהן", "orit@galdental.example"), when,
                          ML.mid("outlook", "c16", ""), prefix="RE: ", charset="windows-1255",
                          extra=ML.outlook_extra(po, "he-IL"))
    eml = M.message(hs, M.alternative(M.text(text, charset="windows-1255", cte="base64"),
                                      M.html(html, charset="windows-1255", cte="base64"), bstyle="outlook"))
    return [po], eml, other("needs_review", "Receipt only; the order confirmation with dates is promised after the planning meeting on Sunday 6.12 - the only date in the mail.")


# ---------------------------------------------------------------------------
@case("jet-ski-arabic-indic-digits-ae", "confirmation", "ar-AE",
      "Arabic reply (UTF-8, RTL) with Arabic-Indic digits and separators: '١٬١٥٠٫٠٠ درهم', '١٠/٠١/٢٠٢٧'")
def c17():
    sup = supplier("GULFJET", "Gulf Jet Marine Spare Parts LLC", "sales@gulfjetmarine.example", "ar-AE")
    po = make_po("4500231178", sup, "dana", "AED", "2026-11-30", [
        ("JI-AE-148-SS", "Jet ski impeller 148 mm, stainless, 15/22 pitch", 10, "EA", "1150.00", "2026-12-20"),
        ("JI-AE-DRV-CPL", "Drive shaft coupler for 148 mm pump", 10, "EA", "240.00", "2026-12-20"),
    ], req_at="11:45")
    when = at("2026-12-02 10:05", 4)
    own = ("السيدة دانا المحترمة،\n\n"
           "تحية طيبة وبعد،\n\n"
           "نؤكد لكم أمر الشراء رقم 4500231178 كالتالي:\n\n"
           "البند ١: مروحة دفع (إمبلر) جت سكي ١٤٨ مم ستانلس – ١٠ قطع – السعر ١٬١٥٠٫٠٠ درهم للقطعة – التسليم ٢٠/١٢/٢٠٢٦\n"
           "البند ٢: وصلة عمود الإدارة – ١٠ قطع – السعر ٢٤٠٫٠٠ درهم للقطعة – التسليم ١٠/٠١/٢٠٢٧ (الشحنة من المصنع تصل بعد رأس السنة)\n\n"
           "وتفضلوا بقبول فائق الاحترام،\n"
           "محمد الحمادي\n"
           "قسم المبيعات\n"
           "جلف جت مارين لقطع الغيار ذ.م.م\n"
           "المنطقة الصناعية ١٣، الشارقة\n"
           "هاتف: ٠٦ ٥٤٣ ٢١٩٠")
    quote = outlook_quote(po, "en", "sales@gulfjetmarine.example", tzh=4)
    text = own + "\n\n" + quote + "\n"
    html = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"rtl\" style=\"font-family:Tahoma\">" + "".join("<p>%s</p>" % (M.esc(l) or "&nbsp;") for l in own.split("\n"))
            + "<div dir=\"ltr\" style=\"text-align:left;border-top:1px solid #E1E1E1\">"
            + "<br>".join(M.esc(l) for l in quote.split("\n")) + "</div></body></html>")
    hs = ML.reply_headers(po, ("محمد الحمادي", "m.alhammadi@gulfjetmarine.example"), when,
                          ML.mid("outlook", "c17", ""), prefix="RE: ",
                          extra=ML.outlook_extra(po, "ar-AE"))
    eml = M.message(hs, M.alternative(M.text(text, charset="utf-8", cte="base64"),
                                      M.html(html, charset="utf-8", cte="base64"), bstyle="outlook"))
    exp = confirmation("Arabic-Indic digits: line 1 1,150.00 AED on 20/12/2026 (as ordered); line 2 240.00 AED on 10/01/2027 (dd/mm).",
                       (po, {1: ACC, 2: chg(date="2027-01-10")}))
    return [po], eml, exp
