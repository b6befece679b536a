#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set J in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, heldout_e NOTES_a.md and
NOTES_b.md, with the additions in NOTES below and in ../NOTES_b.md. Run it after any edit: it
asserts that every evidence string, date_text, published_evidence and at least one surface form
of every entity occurs in its document, and drops variants that do not occur verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Minister Governor Delegado Dr. Dr Under Federal prosecutor Paraguayan
Argentine Colombian President Foreign""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set J document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
PER, BOL, BRA, ARG, PAR, COL, ECU, URU = (lambda n=n: C(n) for n in
                                          ("Peru", "Bolivia", "Brazil", "Argentina", "Paraguay", "Colombia", "Ecuador", "Uruguay"))


def checks(file):
    """Extra checks (as in heldout_e make_gold_a): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places, event countries are annotated countries (or demonym states),
    resolved_from values and date length match precision."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("acronym", "translation", "nickname"), a
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"]}, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in ("explicit", "document date", "context", "unresolved"), e
        assert {"day": 10, "month": 7, "year": 4}.get(e["precision"], len(e["date"] or "")) == len(e["date"] or ""), e
        for c in e["countries"]:
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)


EXTRA_COUNTRIES = {"Belgium", "United States"}  # states named only by a demonym or inside an organisation's name

# ---------------------------------------------------------------- 06 think-tank brief, Madre de Dios gold mining
F = "06_brief_gold_mining_madre_de_dios_2023.txt"
S_MERC = "The state's largest effort was Operation Mercurio, which the Peruvian National Police (Policía Nacional del Perú, PNP) and the armed forces began in La Pampa in February 2019."
S_ARR = "Police arrested Huamán Quispe in Huepetuhe on 14 July 2021, but a judge in Puerto Maldonado released him three weeks later."
S_RANGER = "On the night of 9 November 2022, gunmen killed ranger Julián Mamani Ccori at a checkpoint on the Inambari River."
S_HG = "In January, Bolivian police seized 212 kilograms of mercury near Riberalta, in the department of Beni."
S_FEMA = "In 2022, the Specialised Environmental Prosecutor's Office (Fiscalía Especializada en Materia Ambiental, FEMA) charged 37 people with illegal mining and money laundering."
S_CAST = "Pedro Castillo was removed from office on 7 December 2022, and Dina Boluarte was sworn in as president the same day."
S_MEET = "Last month, Gen. Raúl E. Castañeda-Pinto, the PNP commander in Madre de Dios, met Bolivian and Brazilian police commanders in Iñapari, and they agreed to share information on mercury shipments."
S_SUNAT = "On Monday, the National Superintendency of Customs and Tax Administration (SUNAT) suspended Sol Naciente's export licence."
S_EMERG = "The government has said it will extend the state of emergency in Madre de Dios next month."
doc(F, SRC, "Gold, Mercury and Guns: Illegal Mining and Organised Crime in Madre de Dios",
    "2023-03-02", "day", "Updated March 2, 2023",
    people=[P("Carolina M. Vásquez-Lira", "Dr. Carolina M. Vásquez-Lira", roles=["author"]),
            P("Tomás R. Heredia", roles=["author"]),
            P("Walter Huamán Quispe", "Huamán Quispe", "Cholo Walter", country="Peru", roles=["leader of Los Topos de Huepetuhe"]),
            P("Rosa Elvira Ticona Mamani", "La Patrona del Oro", country="Peru", roles=["handles finances of Los Malditos de La Pampa", "gold buyer"]),
            P("Julián Mamani Ccori", country="Peru", roles=["forest ranger", "victim"]),
            P("Pedro Castillo", country="Peru", roles=["President (removed)"]),
            P("Dina Boluarte", country="Peru", roles=["President"]),
            P("Raúl E. Castañeda-Pinto", "Gen. Raúl E. Castañeda-Pinto", "Castañeda-Pinto", country="Peru", roles=["PNP commander in Madre de Dios"])],
    organizations=[O("Andean Security Observatory", "Observatory", kind="ngo"),
                   O("Peruvian National Police", "Policía Nacional del Perú", "PNP", kind="security force"),
                   O("Los Topos de Huepetuhe", kind="criminal group"),
                   O("Los Malditos de La Pampa", kind="criminal group"),
                   O("Asociación Selva Viva", kind="ngo"),
                   O("Specialised Environmental Prosecutor's Office", "Fiscalía Especializada en Materia Ambiental", "FEMA", kind="government body"),
                   O("Minera Aurífera Sol Naciente S.A.C.", "Sol Naciente", kind="other"),
                   O("Ministry of the Interior", kind="government body"),
                   O("National Superintendency of Customs and Tax Administration", "SUNAT", kind="government body")],
    places=[PER(), BOL(), BRA(),
            state("Madre de Dios", "Peru"), oth("Inambari River", "Peru"), oth("La Pampa", "Peru"),
            oth("Tambopata National Reserve", "Peru"), city("Puerto Maldonado", "Peru"), city("Iñapari", "Peru"),
            city("Lima", "Peru"), city("Huepetuhe", "Peru"), city("Riberalta", "Bolivia"), state("Beni", "Bolivia"),
            city("Rio Branco", "Brazil")],
    aliases=[A("Peruvian National Police", "Policía Nacional del Perú", "translation", "Peruvian National Police (Policía Nacional del Perú, PNP)"),
             A("Peruvian National Police", "PNP", "acronym", "Policía Nacional del Perú, PNP"),
             A("Walter Huamán Quispe", "Cholo Walter", "nickname", "Walter Huamán Quispe, alias \"Cholo Walter.\""),
             A("Rosa Elvira Ticona Mamani", "La Patrona del Oro", "nickname", "Rosa Elvira Ticona Mamani, known as \"La Patrona del Oro,\""),
             A("Specialised Environmental Prosecutor's Office", "Fiscalía Especializada en Materia Ambiental", "translation",
               "Specialised Environmental Prosecutor's Office (Fiscalía Especializada en Materia Ambiental, FEMA)"),
             A("Specialised Environmental Prosecutor's Office", "FEMA", "acronym", "Fiscalía Especializada en Materia Ambiental, FEMA"),
             A("National Superintendency of Customs and Tax Administration", "SUNAT", "acronym", "National Superintendency of Customs and Tax Administration (SUNAT)")],
    events=[E("2019-02", "month", "in February 2019", "explicit", ["Peru"], "PNP and armed forces begin Operation Mercurio in La Pampa", S_MERC),
            E("2021-07-14", "day", "on 14 July 2021", "explicit", ["Peru"], "police arrest Walter Huamán Quispe (Cholo Walter) in Huepetuhe", S_ARR),
            E("2021-08", "month", "three weeks later", "context", ["Peru"], "judge in Puerto Maldonado releases Huamán Quispe", S_ARR),
            E("2022-11-09", "day", "On the night of 9 November 2022", "explicit", ["Peru"], "gunmen kill forest ranger Julián Mamani Ccori at an Inambari River checkpoint", S_RANGER),
            E("2023-01", "month", "In January", "document date", ["Bolivia"], "Bolivian police seize 212 kg of mercury near Riberalta, Beni", S_HG),
            E("2022", "year", "In 2022", "explicit", ["Peru"], "FEMA charges 37 people with illegal mining and money laundering", S_FEMA),
            E("2022-12-07", "day", "on 7 December 2022", "explicit", ["Peru"], "Pedro Castillo removed from office", S_CAST),
            E("2022-12-07", "day", "the same day", "context", ["Peru"], "Dina Boluarte sworn in as president", S_CAST),
            E("2023-02", "month", "Last month", "document date", ["Peru", "Bolivia", "Brazil"],
              "Castañeda-Pinto meets Bolivian and Brazilian police commanders in Iñapari; they agree to share information on mercury shipments", S_MEET),
            E("2023-02-27", "day", "On Monday", "document date", ["Peru"], "SUNAT suspends Sol Naciente's export licence", S_SUNAT),
            E("2023-04", "month", "next month", "document date", ["Peru"], "government to extend the state of emergency in Madre de Dios (announced)", S_EMERG)],
    optional={"organizations": ["armed forces", "Operation Mercurio", "Bolivian police", "Bolivian authorities", "Policy Brief No. 14"],
              "events_evidence": [
                  "Mining in La Pampa fell for almost a year, but it started again in Huepetuhe and along the river during the pandemic.",
                  "The local NGO Asociación Selva Viva says three rangers have been threatened since then.",
                  "Since then the Ministry of the Interior has had three ministers.",
                  "Nobody has been charged.",
                  "According to the Bolivian authorities, the shipment was bound for Puerto Maldonado.",
                  "Castañeda-Pinto told the Observatory that Huamán Quispe \"moves more freely than my officers do.\""]},
    timeline_pair=("Peru", "Bolivia"))
checks(F)

# ---------------------------------------------------------------- 07 government readout, Argentina-Paraguay call
F = "07_readout_argentina_paraguay_hidrovia_2025.txt"
S_CALL = "Minister of Security Patricia Bullrich spoke today with Paraguay's Minister of the Interior, Enrique Riera, about drug trafficking on the Paraná–Paraguay Waterway (Hidrovía) and the fight against the criminal groups that use it."
S_EXTR = "Minister Bullrich thanked Minister Riera for the extradition of Héctor Damián Benítez Acosta, alias \"El Guaraní,\" who was handed over to the Argentine Federal Police (Policía Federal Argentina, PFA) at the San Roque González de Santa Cruz Bridge between Encarnación and Posadas on Friday."
S_ASU = "He was arrested in Asunción in August last year, a few days after the two ministers signed a cooperation agreement on river security in the same city."
S_BAND = "The ministers reviewed the results of Plan Bandera, which the national government launched in Rosario in December 2023 together with the government of Santa Fe province."
S_SEIZ = "She also noted the seizure on January 28 of 1,200 kilograms of cocaine hidden in a barge of soybeans at the port of San Lorenzo."
S_LEZ = "Minister Riera told Minister Bullrich about the arrest last week in Pedro Juan Caballero of Marcos Iván Lezcano a.k.a. \"Lechuza,\" whom SENAD describes as the main contact between the Brazilian group Primeiro Comando da Capital (PCC) and the suppliers who send cocaine to Paraguay."
S_BUS = "Bullrich noted that Los Monos leaders still held in the Piñero prison in Santa Fe had ordered the killing of a bus driver in Rosario on March 9, 2024."
S_SENT = "A federal court in Rosario sentenced three men to life in prison for that killing in December last year."
S_TAC = "Riera said Paraguay would move PCC members out of Tacumbú, where the police took back control of the prison from the Rotela Clan in October 2023."
S_ENC = "- hold a meeting of the two ministries in Encarnación in March."
S_HEAR = "She said the first hearing in the case will be held next week."
S_LAST = "The two ministers last spoke on November 4, 2024, after an attack on a Prefecture patrol boat near Itá Ibaté in Corrientes province."
doc(F, SRC, "Readout of Minister Patricia Bullrich's Call with Paraguayan Minister of the Interior Enrique Riera",
    "2025-02-12", "day", "Buenos Aires, Wednesday, February 12, 2025",
    people=[P("Patricia Bullrich", "Minister Patricia Bullrich", "Minister of Security Patricia Bullrich", "Minister Bullrich", "Bullrich", country="Argentina", roles=["Minister of Security"]),
            P("Enrique Riera", "Minister Enrique Riera", "Minister Riera", "Riera", country="Paraguay", roles=["Minister of the Interior"]),
            P("Héctor Damián Benítez Acosta", "Benítez Acosta", "El Guaraní", country="Paraguay", roles=["accused cocaine trafficker", "extradited"]),
            P("Marcos Iván Lezcano", "Lezcano", "Lechuza", country="Paraguay", roles=["PCC contact", "arrested"]),
            P("Lucía B. Ferreyra-Santini", "Dr. Lucía B. Ferreyra-Santini", country="Argentina", roles=["federal prosecutor"]),
            P("Maximiliano Pullaro", country="Argentina", roles=["Governor of Santa Fe"])],
    organizations=[O("Ministry of Security of the Nation", kind="government body"),
                   O("Argentine Federal Police", "Policía Federal Argentina", "PFA", kind="security force"),
                   O("Los Monos", kind="criminal group"),
                   O("Argentine Naval Prefecture", "Prefectura Naval Argentina", "PNA", "Prefecture", kind="security force"),
                   O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Rotela Clan", kind="criminal group"),
                   O("National Gendarmerie", kind="security force"),
                   O("Paraguayan National Police", kind="security force")],
    places=[ARG(), PAR(), city("Buenos Aires", "Argentina"),
            oth("Paraná–Paraguay Waterway", None, "Hidrovía"),
            infra("San Roque González de Santa Cruz Bridge", None),
            city("Encarnación", "Paraguay"), city("Posadas", "Argentina"), city("Rosario", "Argentina"), city("Asunción", "Paraguay"),
            state("Santa Fe", "Argentina", "Santa Fe province"), fac("San Lorenzo", "Argentina"), fac("Villeta", "Paraguay"),
            city("Pedro Juan Caballero", "Paraguay"), fac("Tacumbú prison", "Paraguay", "Tacumbú"), fac("Piñero prison", "Argentina"),
            city("Itá Ibaté", "Argentina"), state("Corrientes", "Argentina", "Corrientes province")],
    aliases=[A("Paraná–Paraguay Waterway", "Hidrovía", "translation", "Paraná–Paraguay Waterway (Hidrovía)"),
             A("Héctor Damián Benítez Acosta", "El Guaraní", "nickname", "Héctor Damián Benítez Acosta, alias \"El Guaraní,\""),
             A("Argentine Federal Police", "Policía Federal Argentina", "translation", "Argentine Federal Police (Policía Federal Argentina, PFA)"),
             A("Argentine Federal Police", "PFA", "acronym", "Policía Federal Argentina, PFA"),
             A("Argentine Naval Prefecture", "Prefectura Naval Argentina", "translation", "Argentine Naval Prefecture (Prefectura Naval Argentina, PNA)"),
             A("Argentine Naval Prefecture", "PNA", "acronym", "Prefectura Naval Argentina, PNA"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Marcos Iván Lezcano", "Lechuza", "nickname", "Marcos Iván Lezcano a.k.a. \"Lechuza,\""),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)")],
    events=[E("2025-02-12", "day", "today", "document date", ["Argentina", "Paraguay"], "Bullrich and Riera speak by phone about trafficking on the Hidrovía", S_CALL),
            E("2025-02-07", "day", "on Friday", "document date", ["Paraguay", "Argentina"],
              "Paraguay extradites Benítez Acosta (El Guaraní), handed to the PFA at the Encarnación–Posadas bridge", S_EXTR),
            E("2024-08", "month", "in August last year", "document date", ["Paraguay"], "Benítez Acosta arrested in Asunción", S_ASU),
            E("2024", "year", "a few days after", "context", ["Argentina", "Paraguay"], "the two ministers sign a river-security cooperation agreement in Asunción", S_ASU),
            E("2023-12", "month", "in December 2023", "explicit", ["Argentina"], "national government and Santa Fe launch Plan Bandera in Rosario", S_BAND),
            E("2025-01-28", "day", "on January 28", "document date", ["Argentina", "Paraguay"],
              "PNA seizes 1,200 kg of cocaine in a soybean barge at the port of San Lorenzo after a SENAD tip", S_SEIZ),
            E("2025-02", "month", "last week", "document date", ["Paraguay"], "Marcos Iván Lezcano (Lechuza) arrested in Pedro Juan Caballero", S_LEZ),
            E("2024-03-09", "day", "on March 9, 2024", "explicit", ["Argentina"], "killing of a bus driver in Rosario ordered by Los Monos leaders in Piñero prison", S_BUS),
            E("2024-12", "month", "in December last year", "document date", ["Argentina"], "federal court in Rosario sentences three men to life for the bus driver's killing", S_SENT),
            E("2023-10", "month", "in October 2023", "explicit", ["Paraguay"], "police take back control of Tacumbú prison from the Rotela Clan", S_TAC),
            E("2025-03", "month", "in March", "document date", ["Argentina", "Paraguay"], "meeting of the two ministries in Encarnación (planned)", S_ENC),
            E("2025-02", "month", "next week", "document date", ["Argentina"], "first hearing in the Rosario case against Benítez Acosta (scheduled)", S_HEAR),
            E("2024-11-04", "day", "on November 4, 2024", "explicit", ["Argentina", "Paraguay"], "Bullrich and Riera last spoke, after an attack on a Prefecture patrol boat", S_LAST)],
    optional={"organizations": ["Press Office", "Plan Bandera", "national government", "government of Santa Fe province", "federal court in Rosario",
                                "Argentine Republic", "Los Monos leaders"],
              "places": ["port of San Lorenzo", "port of Villeta"],
              "events_evidence": [
                  "Benítez Acosta is accused by federal prosecutors in Rosario of sending at least four tons of cocaine down the river to Los Monos between 2021 and 2023.",
                  "Bullrich said homicides in Rosario had fallen by more than 60 percent in the plan's first year.",
                  "The Argentine Naval Prefecture (Prefectura Naval Argentina, PNA) found the drugs after a tip from Paraguay's National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD).",
                  "The barge had been loaded at the port of Villeta, south of Asunción.",
                  "Lezcano is being held at the Tacumbú prison in Asunción.",
                  "Argentina will ask to question him about the Rosario shipments.",
                  "The Governor of Santa Fe, Maximiliano Pullaro, is expected to join the meeting in Encarnación.",
                  "The ministers agreed to:"]},
    timeline_pair=("Argentina", "Paraguay"))
checks(F)

# ---------------------------------------------------------------- 08 feature translated from Portuguese, Tabatinga
F = "08_feature_tabatinga_triple_border_2024.txt"
S_CV = "That changed when the Comando Vermelho (CV), the Rio de Janeiro faction, arrived in 2018."
S_FDN = "He took control of the routes on the Solimões River after a war with Os Crias, a local gang that had sold cocaine to the Família do Norte (FDN) in Manaus until the FDN broke apart in 2020."
S_ATT = "On 21 April, gunmen from Os Crias attacked a CV house in the Portobrás neighbourhood of Tabatinga and killed four people, including a 15-year-old boy."
S_NEXT = "The next day, the state government sent 80 military police officers from Manaus."
S_JAC = "Federal agents arrested him on Saturday in Benjamin Constant, a town one hour downriver by speedboat, in an operation that also took in his brother-in-law, Edvaldo \"Peixe-Boi\" Cunha Matos."
S_LAB = "Peruvian police raided one of his laboratories in March but did not find him."
S_DOM = "The violence has reached the Javari Valley, the Indigenous territory where British journalist Dom Phillips and Indigenous expert Bruno Pereira were murdered on 5 June 2022."
S_LET = "In November 2023, police chiefs from Brazil, Colombia and Peru met in Leticia and agreed on joint patrols of the river."
S_GOV = "Governor Wilson Lima is due to visit Tabatinga tomorrow with the state's public security secretary."
doc(F, SRC, "On the Solimões, the Comando Vermelho Takes the Triple Border",
    "2024-05-02", "day", "By Renata Albuquerque Lins | 2 May 2024",
    people=[P("Renata Albuquerque Lins", roles=["author"]),
            P("Raimunda Nonata Pereira", "Pereira", country="Brazil", roles=["fish seller", "witness"]),
            P("Jânio Ferreira da Silva", "Ferreira da Silva", "Jacaré", country="Brazil", roles=["local boss of the Comando Vermelho"]),
            P("Edvaldo Cunha Matos", "Peixe-Boi", country="Brazil", roles=["brother-in-law of Ferreira da Silva", "arrested"]),
            P("Marcelo T. Assunção-Reis", "Delegado Marcelo T. Assunção-Reis", "Assunção-Reis", country="Brazil", roles=["PF superintendent in Amazonas"]),
            P("Ronald Chuquizuta Panduro", "El Loco Ronald", country="Peru", roles=["trafficker", "buys coca leaf around Caballococha"]),
            P("Dom Phillips", country="United Kingdom", roles=["journalist", "victim"]),
            P("Bruno Pereira", country="Brazil", roles=["Indigenous expert", "victim"]),
            P("Lúcia Tavares-Kanamari", country="Brazil", roles=["lawyer for UNIVAJA"]),
            P("Wilson Lima", "Governor Wilson Lima", country="Brazil", roles=["Governor of Amazonas"])],
    organizations=[O("Folha do Alto Solimões", kind="media"),
                   O("Comando Vermelho", "CV", "Comando", kind="criminal group"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("Os Crias", kind="criminal group"),
                   O("Família do Norte", "FDN", kind="criminal group"),
                   O("Comandos de la Frontera", kind="armed group"),
                   O("Union of Indigenous Peoples of the Javari Valley", "União dos Povos Indígenas do Vale do Javari", "UNIVAJA", kind="ngo")],
    places=[BRA(), COL(), PER(),
            city("Tabatinga", "Brazil", "TABATINGA"), state("Amazonas", "Brazil", "Amazonas state"), city("Leticia", "Colombia"),
            oth("Santa Rosa de Yavarí", "Peru"), city("Rio de Janeiro", "Brazil"), oth("Solimões River", "Brazil", "Solimões"),
            city("Manaus", "Brazil"), oth("Portobrás", "Brazil"), city("Benjamin Constant", "Brazil"), city("Campo Grande", "Brazil"),
            city("Caballococha", "Peru"), state("Loreto", "Peru"), state("Putumayo", "Colombia"), oth("Putumayo River", None),
            oth("Javari Valley", "Brazil"), oth("Itaquaí River", "Brazil"), city("Atalaia do Norte", "Brazil")],
    aliases=[A("Comando Vermelho", "CV", "acronym", "Comando Vermelho (CV)"),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Polícia Federal, PF"),
             A("Jânio Ferreira da Silva", "Jacaré", "nickname", "Jânio Ferreira da Silva, known by the nickname \"Jacaré.\""),
             A("Família do Norte", "FDN", "acronym", "Família do Norte (FDN)"),
             A("Edvaldo Cunha Matos", "Peixe-Boi", "nickname", "Edvaldo \"Peixe-Boi\" Cunha Matos"),
             A("Ronald Chuquizuta Panduro", "El Loco Ronald", "nickname", "Ronald Chuquizuta Panduro, alias \"El Loco Ronald,\""),
             A("Union of Indigenous Peoples of the Javari Valley", "União dos Povos Indígenas do Vale do Javari", "translation",
               "Union of Indigenous Peoples of the Javari Valley (União dos Povos Indígenas do Vale do Javari, UNIVAJA)"),
             A("Union of Indigenous Peoples of the Javari Valley", "UNIVAJA", "acronym", "União dos Povos Indígenas do Vale do Javari, UNIVAJA")],
    events=[E("2018", "year", "in 2018", "explicit", ["Brazil"], "Comando Vermelho arrives at the triple border", S_CV),
            E("2020", "year", "in 2020", "explicit", ["Brazil"], "Família do Norte breaks apart", S_FDN),
            E("2024-04-21", "day", "On 21 April", "document date", ["Brazil"], "Os Crias gunmen attack a CV house in Portobrás, Tabatinga, killing four", S_ATT),
            E("2024-04-22", "day", "The next day", "context", ["Brazil"], "state government sends 80 military police officers from Manaus", S_NEXT),
            E("2024-04-27", "day", "on Saturday", "document date", ["Brazil"], "Federal agents arrest Jânio Ferreira da Silva (Jacaré) in Benjamin Constant", S_JAC),
            E("2024-04-27", "day", "on Saturday", "document date", ["Brazil"], "Edvaldo \"Peixe-Boi\" Cunha Matos arrested in the same operation", S_JAC),
            E("2024-03", "month", "in March", "document date", ["Peru"], "Peruvian police raid one of Chuquizuta Panduro's laboratories", S_LAB),
            E("2022-06-05", "day", "on 5 June 2022", "explicit", ["Brazil"], "Dom Phillips and Bruno Pereira murdered in the Javari Valley", S_DOM),
            E("2023-11", "month", "In November 2023", "explicit", ["Brazil", "Colombia", "Peru"],
              "police chiefs of Brazil, Colombia and Peru meet in Leticia and agree on joint river patrols", S_LET),
            E("2024-05-03", "day", "tomorrow", "document date", ["Brazil"], "Governor Wilson Lima to visit Tabatinga (scheduled)", S_GOV)],
    optional={"organizations": ["state government", "military police", "Peruvian police", "Rio de Janeiro faction"],
              "places": ["port of Tabatinga", "federal prison in Campo Grande", "Portobrás neighbourhood", "triple border"],
              "events_evidence": [
                  "Delegado Marcelo T. Assunção-Reis, the PF superintendent in Amazonas, said Ferreira da Silva would be transferred to the federal prison in Campo Grande.",
                  "Colombian officials say the Comandos de la Frontera, an armed group from Putumayo, now charge a fee on the same shipments as they move down the Putumayo River.",
                  "The Union of Indigenous Peoples of the Javari Valley (União dos Povos Indígenas do Vale do Javari, UNIVAJA) says armed men in CV T-shirts have been seen on the Itaquaí River near Atalaia do Norte since January.",
                  "No joint patrol has been carried out.",
                  "Jacaré was not in Tabatinga for long."]},
    timeline_pair=("Brazil", "Peru"))
checks(F)

# ---------------------------------------------------------------- 09 Treasury sanctions release, Bolivia-Paraguay network
F = "09_release_sanctions_bolivia_paraguay_network_2024.txt"
S_TODAY = "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned six individuals and five companies in Bolivia, Paraguay and Uruguay for their role in a network that sends cocaine from Bolivia to Europe through the ports of the Paraná–Paraguay Waterway."
S_CESSNA = "On March 11, 2023, the FELCN seized a Cessna aircraft carrying 390 kilograms of cocaine at a ranch near Trinidad, Beni."
S_BELG = "In October 2021, Belgian customs had found 2.3 tons of cocaine in containers of soy flour sent from Montevideo by Transportes Fluviales del Pilcomayo S.A., which is also designated today."
S_IND = "Ferreira-Mora was indicted in the Southern District of Florida in 2022 on money laundering charges."
S_GUT = "Ferreira-Mora's partner, María Fernanda Gutiérrez Sosa, was arrested by SENAD in Asunción on April 18 and is awaiting a decision on a U.S. extradition request."
S_RIV = "Rivero Suárez was detained in Santa Cruz de la Sierra last month and released on bail the following day."
S_EO = "In December 2021, President Joseph R. Biden Jr. signed E.O. 14059, which targets foreign persons involved in the global illicit drug trade."
S_MIA = "The DEA said that Bolivian authorities will hand over the evidence from the Beni case at a meeting with U.S. prosecutors in Miami next week."
doc(F, SRC, "Treasury Sanctions Bolivia-Based Cocaine Network and Paraguayan Money Launderers",
    "2024-06-04", "day", "FOR IMMEDIATE RELEASE Tuesday, June 4, 2024",
    people=[P("Rolando Añez Justiniano", "Añez Justiniano", "El Camba", country="Bolivia", roles=["network leader", "designated"]),
            P("Brian E. Nelson", country="United States", roles=["Under Secretary for Terrorism and Financial Intelligence"]),
            P("Sebastián Ignacio Ferreira-Mora", "Ferreira-Mora", country="Paraguay", roles=["businessman", "runs the network's finances", "designated"]),
            P("María Fernanda Gutiérrez Sosa", country="Paraguay", roles=["partner of Ferreira-Mora", "arrested"]),
            P("Jhonny Rivero Suárez", "Rivero Suárez", "Pajarito", country="Bolivia", roles=["pilot", "designated"]),
            P("Martín Ezequiel Olivera Bentancor", country="Uruguay", roles=["lawyer", "designated"]),
            P("Joseph R. Biden Jr.", "President Joseph R. Biden Jr.", country="United States", roles=["President"])],
    organizations=[O("U.S. Department of the Treasury", "Department of the Treasury", "U.S. DEPARTMENT OF THE TREASURY", "Treasury", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body"),
                   O("Agroganadera Los Tajibos S.R.L.", kind="other"),
                   O("Transportes Fluviales del Pilcomayo S.A.", kind="other"),
                   O("Cambios Chaco S.A.", kind="other")],
    places=[BOL(), PAR(), URU(), PER(), US(), reg("Europe"), reg("South America"),
            oth("Paraná–Paraguay Waterway", None), city("Washington", "United States", "WASHINGTON"), reg("Chapare", "Bolivia"),
            state("Beni", "Bolivia"), reg("Paraguayan Chaco", "Paraguay"), city("Montevideo", "Uruguay"), city("Antwerp", "Belgium"),
            city("Trinidad", "Bolivia"), city("Ciudad del Este", "Paraguay"), city("Asunción", "Paraguay"),
            city("Santa Cruz de la Sierra", "Bolivia"), city("Miami", "United States")],
    aliases=[A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Rolando Añez Justiniano", "El Camba", "nickname", "Rolando Añez Justiniano, a.k.a. \"El Camba.\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation",
               "Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force to Fight Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Jhonny Rivero Suárez", "Pajarito", "nickname", "Jhonny Rivero Suárez, nicknamed \"Pajarito,\"")],
    events=[E("2024-06-04", "day", "Today", "document date", ["United States", "Bolivia", "Paraguay", "Uruguay"],
              "OFAC sanctions six individuals and five companies of the Añez Justiniano network", S_TODAY),
            E("2023-03-11", "day", "On March 11, 2023", "explicit", ["Bolivia"], "FELCN seizes a Cessna with 390 kg of cocaine at a ranch near Trinidad, Beni", S_CESSNA),
            E("2021-10", "month", "In October 2021", "explicit", ["Belgium"], "Belgian customs find 2.3 tons of cocaine in soy flour containers sent from Montevideo", S_BELG),
            E("2022", "year", "in 2022", "explicit", ["United States"], "Ferreira-Mora indicted in the Southern District of Florida", S_IND),
            E("2024-04-18", "day", "on April 18", "document date", ["Paraguay"], "SENAD arrests María Fernanda Gutiérrez Sosa in Asunción", S_GUT),
            E("2024-05", "month", "last month", "document date", ["Bolivia"], "pilot Rivero Suárez detained in Santa Cruz de la Sierra", S_RIV),
            E("2024", "year", "the following day", "context", ["Bolivia"], "Rivero Suárez released on bail", S_RIV),
            E("2021-12", "month", "In December 2021", "explicit", ["United States"], "Biden signs E.O. 14059", S_EO),
            E("2024-06", "month", "next week", "document date", ["Bolivia", "United States"],
              "Bolivian authorities to hand over Beni case evidence at a meeting with U.S. prosecutors in Miami (scheduled)", S_MIA)],
    optional={"organizations": ["Belgian customs", "Bolivian authorities", "Añez Justiniano network", "Executive Order 14059", "E.O. 14059",
                                "Foreign Narcotics Kingpin Designation Act", "Press Releases", "U.S. prosecutors"],
              "places": ["Southern District of Florida", "port of Montevideo"],
              "events_evidence": [
                  "This action was taken in coordination with the Drug Enforcement Administration (DEA), Bolivia's Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) and Paraguay's National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD).",
                  "The ranch belongs to Agroganadera Los Tajibos S.R.L., a company controlled by Añez Justiniano and designated today.",
                  "Also designated today is Bolivian pilot Jhonny Rivero Suárez, nicknamed \"Pajarito,\" who flew the Beni–Chaco route.",
                  "OFAC is also designating Uruguayan lawyer Martín Ezequiel Olivera Bentancor, who set up companies for the network in Montevideo.",
                  "The individuals and companies were designated under Executive Order 14059 and the Foreign Narcotics Kingpin Designation Act."]},
    timeline_pair=("United States", "Bolivia"))
# the helper keeps variants found as substrings: 'US' only inside 'JUSTINIANO', 'America' only inside 'South America'
for g in D[F]["places"]:
    if g["name"] == "United States":
        g["variants"] = [v for v in g["variants"] if v not in ("US", "America")]
checks(F)

# ---------------------------------------------------------------- 10 dated chronology, Ecuador January 2024
F = "10_chronology_ecuador_internal_conflict_2024.txt"
S_OFFICE = "President Daniel Noboa took office on 23 November 2023."
S_MISS = "Prison authorities report that Macías Villamar is missing from the Regional prison in Guayaquil, where he was serving a 34-year sentence."
S_EMER = "Noboa declares a 60-day state of emergency and a night curfew."
S_RIOT = "Riots break out in prisons in Cuenca, Ambato and Esmeraldas, and more than 100 guards are taken hostage."
S_COLON = "Colón Pico and several other inmates escape from the prison in Riobamba."
S_TC = "In the afternoon, masked gunmen enter the studios of TC Televisión in Guayaquil during a live broadcast."
S_DEC = "The same evening, Noboa signs Executive Decree 111, which recognises an \"internal armed conflict\" and lists 22 gangs, among them Los Choneros, Los Lobos and Los Tiguerones, as terrorist organisations."
S_PERU = "Peru sends troops to its northern border and declares a state of emergency in the region of Tumbes."
S_PETRO = "Colombian President Gustavo Petro offers help and says the National Police of Colombia will watch the border crossing at Rumichaca."
S_VELA = "Gen. Jaime Vela Erazo, head of the Armed Forces Joint Command, says soldiers have arrested more than 850 people since the decree and that the army will \"take back every prison.\""
S_SUAREZ = "César Suárez, the prosecutor investigating the attack on TC Televisión, is shot dead in his car in the north of Guayaquil."
S_SALAZAR = "Attorney General Diana Salazar says the killing will \"not go unpunished.\""
S_NEXT = "The next day, police in Quito arrest two suspects in Suárez's murder."
S_LEYVA = "Colombia's Foreign Minister, Álvaro Leyva Durán, visits Quito and signs an agreement with Ecuador on prison intelligence and border control."
S_IPI = "Colombian police arrest a man they describe as the Los Lobos contact for the Comandos de la Frontera in Ipiales, near the Rumichaca bridge."
S_END = "The state of emergency ends on 8 March unless Noboa extends it."
S_FRI = "On Friday, the U.S. Southern Command said its commander, Gen. Laura J. Richardson, had spoken with Noboa about military aid."
S_REF = "Noboa's government has said it will hold a referendum on security measures in April."
doc(F, SRC, "Chronology: Ecuador's \"Internal Armed Conflict,\" January 2024",
    "2024-02-05", "day", "Published: 2024-02-05 09:15",
    people=[P("Andrés F. Salgado-Mora", roles=["compiler"]),
            P("Daniel Noboa", "President Daniel Noboa", "Noboa", country="Ecuador", roles=["President"]),
            P("Adolfo Macías Villamar", "Macías Villamar", "Fito", country="Ecuador", roles=["leader of Los Choneros", "escaped"]),
            P("Fabricio Colón Pico", "Colón Pico", country="Ecuador", roles=["Los Lobos leader", "escaped"]),
            P("Jaime Vela Erazo", "Gen. Jaime Vela Erazo", country="Ecuador", roles=["head of the Armed Forces Joint Command"]),
            P("César Suárez", "Suárez", country="Ecuador", roles=["prosecutor", "victim"]),
            P("Diana Salazar", "Attorney General Diana Salazar", country="Ecuador", roles=["Attorney General"]),
            P("Gustavo Petro", "Colombian President Gustavo Petro", country="Colombia", roles=["President"]),
            P("Álvaro Leyva Durán", country="Colombia", roles=["Foreign Minister"]),
            P("Laura J. Richardson", "Gen. Laura J. Richardson", country="United States", roles=["commander of U.S. Southern Command"])],
    organizations=[O("Pacific Coast Monitor", kind="media"),
                   O("Los Choneros", kind="criminal group"),
                   O("Los Lobos", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("National Service for Comprehensive Attention to Persons Deprived of Liberty", "SNAI", kind="government body"),
                   O("TC Televisión", kind="media"),
                   O("National Police of Colombia", kind="security force"),
                   O("Armed Forces Joint Command", "Joint Command", kind="security force"),
                   O("Comandos de la Frontera", kind="armed group"),
                   O("U.S. Southern Command", kind="security force"),
                   O("Attorney General's Office", "Fiscalía General del Estado", kind="government body"),
                   O("Presidency of the Republic of Ecuador", kind="government body"),
                   O("Peruvian Ministry of Defence", kind="government body"),
                   O("Colombian Foreign Ministry", kind="government body")],
    places=[ECU(), COL(), PER(),
            city("Guayaquil", "Ecuador"), fac("Regional prison", "Ecuador"), city("Cuenca", "Ecuador"), city("Ambato", "Ecuador"),
            city("Esmeraldas", "Ecuador"), city("Riobamba", "Ecuador"), state("Tumbes", "Peru"), infra("Rumichaca", None),
            city("Quito", "Ecuador"), city("Ipiales", "Colombia")],
    aliases=[A("Adolfo Macías Villamar", "Fito", "nickname", "Adolfo Macías Villamar, alias \"Fito,\""),
             A("National Service for Comprehensive Attention to Persons Deprived of Liberty", "SNAI", "acronym",
               "National Service for Comprehensive Attention to Persons Deprived of Liberty (SNAI)"),
             A("Attorney General's Office", "Fiscalía General del Estado", "translation", "the Attorney General's Office (Fiscalía General del Estado)")],
    events=[E("2023-11-23", "day", "on 23 November 2023", "explicit", ["Ecuador"], "Daniel Noboa takes office", S_OFFICE),
            E("2024-01-07", "day", "7 January", "document date", ["Ecuador"], "authorities report Macías Villamar (Fito) missing from the Regional prison in Guayaquil", S_MISS),
            E("2024-01-08", "day", "8 January", "document date", ["Ecuador"], "Noboa declares a 60-day state of emergency and a night curfew", S_EMER),
            E("2024-01-08", "day", "8 January", "document date", ["Ecuador"], "prison riots in Cuenca, Ambato and Esmeraldas; more than 100 guards taken hostage", S_RIOT),
            E("2024-01-09", "day", "9 January", "document date", ["Ecuador"], "Colón Pico and other inmates escape from the Riobamba prison", S_COLON),
            E("2024-01-09", "day", "9 January", "document date", ["Ecuador"], "masked gunmen storm TC Televisión in Guayaquil during a live broadcast", S_TC),
            E("2024-01-09", "day", "The same evening", "context", ["Ecuador"], "Noboa signs Executive Decree 111 declaring an internal armed conflict and listing 22 gangs as terrorist organisations", S_DEC),
            E("2024-01-10", "day", "10 January", "document date", ["Peru"], "Peru sends troops to its northern border and declares a state of emergency in Tumbes", S_PERU),
            E("2024-01-10", "day", "10 January", "document date", ["Colombia", "Ecuador"], "Petro offers help; Colombian police to watch the Rumichaca crossing", S_PETRO),
            E("2024-01-12", "day", "12 January", "document date", ["Ecuador"], "Gen. Vela Erazo says more than 850 people arrested since the decree", S_VELA),
            E("2024-01-17", "day", "17 January", "document date", ["Ecuador"], "prosecutor César Suárez shot dead in Guayaquil", S_SUAREZ),
            E("2024-01-17", "day", "17 January", "document date", ["Ecuador"], "Attorney General Diana Salazar says the killing will not go unpunished", S_SALAZAR),
            E("2024-01-18", "day", "The next day", "context", ["Ecuador"], "police in Quito arrest two suspects in Suárez's murder", S_NEXT),
            E("2024-01-22", "day", "22 January", "document date", ["Colombia", "Ecuador"], "Colombian Foreign Minister Leyva visits Quito and signs a prison-intelligence and border agreement", S_LEYVA),
            E("2024-01", "month", "Late January", "document date", ["Colombia"], "Colombian police arrest the Los Lobos contact for the Comandos de la Frontera in Ipiales", S_IPI),
            E("2024-03-08", "day", "on 8 March", "document date", ["Ecuador"], "state of emergency due to end (scheduled)", S_END),
            E("2024-02-02", "day", "On Friday", "document date", ["United States", "Ecuador"], "U.S. Southern Command says Gen. Richardson spoke with Noboa about military aid", S_FRI),
            E("2024-04", "month", "in April", "document date", ["Ecuador"], "government to hold a referendum on security measures (announced)", S_REF)],
    optional={"organizations": ["Executive Decree 111", "Mexican cartels", "army", "Noboa's government", "Prison authorities", "Colombian police"],
              "places": ["prison in Riobamba", "Rumichaca bridge", "northern border", "studios of TC Televisión"],
              "events_evidence": [
                  "The National Service for Comprehensive Attention to Persons Deprived of Liberty (SNAI) says the escape is being investigated.",
                  "Macías Villamar is still at large.",
                  "Both groups work with Mexican cartels."]},
    timeline_pair=("Ecuador", "Colombia"))
checks(F)

NOTES = (
 "Held-out set J, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and heldout_e NOTES_a.md / NOTES_b.md; the texts were written for this set and annotated by reading alone "
 "(crimecli was never run on them). Decisions: PUBLISHED is the document's own date line ('Updated March 2, 2023'; the readout's 'Buenos Aires, "
 "Wednesday, February 12, 2025'; the byline 'By Renata Albuquerque Lins | 2 May 2024'; 'FOR IMMEDIATE RELEASE Tuesday, June 4, 2024'; "
 "'Published: 2024-02-05 09:15', day precision, the clock time ignored). ENTITIES: bylined authors and the chronology's compiler are people with "
 "country null; a think tank is kind 'ngo'; companies are 'other'; operations, plans, decrees, executive orders, acts, legislatures, 'national "
 "government', 'state government', lower-case generic forces ('armed forces', 'Bolivian police', 'Colombian police', 'Belgian customs') and a "
 "publication's section ('Press Releases', 'Press Office') are optional organisations. A person's country is the state they act for or live in "
 "(Dom Phillips: United Kingdom). Bare 'Pereira' in 08 is a variant of Raimunda Nonata Pereira only (the text uses it only for her). "
 "'First \"Nick\" Last' gives the canonical name without the nickname ('Edvaldo Cunha Matos'). PLACES: named ports are facilities by their name "
 "('San Lorenzo', 'Villeta') with 'port of X' optional; prisons are facilities ('Tacumbú prison', 'Piñero prison', 'Regional prison'); rivers, "
 "reserves, mining zones, neighbourhoods, islands and valleys are 'other'; cross-border waterways and crossings (Paraná–Paraguay Waterway, "
 "Putumayo River, San Roque González de Santa Cruz Bridge, Rumichaca) have country null; a country named only by a demonym is not a place "
 "(Brazil in 07, Belgium and Mexico elsewhere) but may be an event country when its state acts (Belgian customs -> Belgium); 'U.S.' inside "
 "'U.S. Southern Command' does not make United States a place in 10, but it is an event country there. ALIASES: 'English (Spanish/Portuguese, "
 "ACR)' gives a translation and an acronym pair; 'X (Hidrovía)' on a place is a translation; ', alias \"Y\"', ' a.k.a. \"Y\"', 'known as "
 "\"Y\"', 'known by the nickname \"Y\"', 'nicknamed \"Y\"' and 'First \"Y\" Last' are nicknames. EVENTS: year-less dates and chronology "
 "headers ('7 January', 'on January 28', 'in March') take the document's year (resolved_from 'document date'); in the chronology the evidence is "
 "the sentence that tells the event, not the date header, and date_text is the header; weekdays resolve to the latest such day before the "
 "document date ('On Monday' -> 2023-02-27, 'on Friday' -> 2025-02-07, 'on Saturday' -> 2024-04-27, 'On Friday' -> 2024-02-02); 'last week' and "
 "'next week' that stay inside one month are month precision; 'three weeks later' after 14 July 2021 is month precision (2021-08); relative "
 "offsets that may cross a month boundary take year grain ('a few days after' an August arrest; 'the following day' after 'last month'); "
 "announced or scheduled happenings with a date ('next month', 'tomorrow', 'in April', 'ends on 8 March') are events; statements by officials "
 "with their own date are events; 'since' spans, statistics, undated future intentions and present-tense scene-setting are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
