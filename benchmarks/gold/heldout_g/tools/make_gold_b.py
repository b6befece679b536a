#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set G in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by every
hand-made set. Every annotation below was made by reading the document in full (annotator B wrote
the five documents and annotated them; crimecli was never run on them and its code was not read).
Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev/gold.json, dev2 and heldout_e
(NOTES_a.md, NOTES_b.md), with the additions in NOTES below and in ../NOTES_b.md. Run it after any
edit: it asserts that every evidence string, date_text, published_evidence and at least one surface
form of every entity occurs in its document, and drops variants that do not occur verbatim.
"""
import json, os, re, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. General Major Corporal Civil Federal Police Justice Interior Defence Regional Chargé d'Affaires
U.S. SENAD Attorney Security Soldiers""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set G document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
RESOLVED = {"explicit", "context", "document date"}
LEN = {"day": 10, "month": 7, "year": 4, "season": 4}
EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries


def checks(file):
    """Extra checks (as in heldout_e): alias entities are annotated, no duplicates per area,
    timeline_pair and event countries are annotated countries, resolved_from and date length fit."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("acronym", "translation", "nickname"), a
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for c in d.get("timeline_pair", []):
        assert c in countries, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in RESOLVED, e
        if e["date"]:
            assert len(e["date"]) == LEN[e["precision"]], e
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["published"]), d["published"]


# ---------------------------------------------------------------- 06 Brazilian daily (translation), Maré operation
F = "06_mare_operation_comando_vermelho_2025.txt"
S_OP = "A joint operation of the Military Police of the State of Rio de Janeiro (Polícia Militar do Estado do Rio de Janeiro, PMERJ) and the Civil Police against the Comando Vermelho (CV) in the Maré complex, in the North Zone of Rio de Janeiro, left 11 people dead and 43 arrested on Wednesday, according to the state Public Security Secretariat."
S_LOBO = "Among the dead was a military police corporal, Anderson Pereira Lobo, 34, who was shot in the chest near the Linha Vermelha expressway in the first hour of the operation."
S_SENT = "The Civil Police said he had been sentenced in absentia to 14 years in prison in 2022."
S_GER = "He was taken on Wednesday afternoon to the Gericinó prison complex, in Bangu."
S_SEIZ = "Officers seized 27 rifles, four grenades and about 600 kilograms of marijuana and cocaine in a house in Vila do João."
S_CAS = "Governor Cláudio Castro defended the operation on Wednesday evening."
S_PHOTO = "According to a PF report seen by this newspaper, he was photographed in Pedro Juan Caballero, on the Paraguayan side of the border, last month."
S_DEF = "This morning, the Public Defender's Office of the State of Rio de Janeiro (Defensoria Pública) said it had received 19 complaints of home invasions and one of a death inside a house."
S_TCP = "In 2024 the TCP held Parque União for almost three weeks, until a CV convoy took it back on 18 March."
S_STF = "In June 2020, the Supreme Federal Court (Supremo Tribunal Federal, STF) restricted police operations in Rio's favelas during the pandemic, in a case brought by the Brazilian Socialist Party (PSB) and known as the \"ADPF of the Favelas.\""
S_SCH = "The NGO Redes da Maré said 46 municipal schools and six health clinics in the complex closed on Wednesday and that 17,000 pupils were left without classes."
S_REOP = "Schools reopened today, but the clinics in Nova Holanda remain closed."
S_HEAR = "The Tribunal of Justice of Rio de Janeiro (TJRJ) will hold a custody hearing for the 43 detainees on Friday."
S_BUR = "Corporal Lobo will be buried this afternoon in the Caju cemetery."
doc(F, SRC, "Operation against Comando Vermelho in the Maré complex leaves 11 dead and 43 arrested",
    "2025-08-14", "day", "Published: 2025-08-14 09:37",
    people=[P("Larissa M. Fontes-Albuquerque", roles=["author"]),
            P("Wagner Luiz da Silva-Prates", "Da Silva-Prates", "Gordão da Maré", country="Brazil", roles=["CV manager of drug sales in Nova Holanda and Parque União"]),
            P("Anderson Pereira Lobo", "Corporal Lobo", "Lobo", country="Brazil", roles=["military police corporal"]),
            P("Thiago Henrique Moura Barbosa", "TH", country="Brazil", roles=["ran the CV weapons depot"]),
            P("Cláudio Castro", "Governor Cláudio Castro", country="Brazil", roles=["Governor of Rio de Janeiro"]),
            P("Marcos R. Teixeira-Lins", "Civil Police Secretary Marcos R. Teixeira-Lins", country="Brazil", roles=["Civil Police Secretary"]),
            P("Renata S. Okamoto", "Federal Police delegate Renata S. Okamoto", country="Brazil", roles=["Federal Police delegate"]),
            P("Ricardo Lewandowski", "Justice Minister Ricardo Lewandowski", country="Brazil", roles=["Justice Minister"])],
    organizations=[O("O Dia Carioca", kind="media"),
                   O("Military Police of the State of Rio de Janeiro", "Polícia Militar do Estado do Rio de Janeiro", "PMERJ", kind="security force"),
                   O("Civil Police", kind="security force"),
                   O("Comando Vermelho", "CV", kind="criminal group"),
                   O("Public Security Secretariat", kind="government body"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("Interpol", kind="international organization"),
                   O("Public Defender's Office of the State of Rio de Janeiro", "Defensoria Pública", kind="government body"),
                   O("Rio de Janeiro State Public Prosecutor's Office", "Ministério Público", "MPRJ", kind="government body"),
                   O("Terceiro Comando Puro", "TCP", kind="criminal group"),
                   O("Supreme Federal Court", "Supremo Tribunal Federal", "STF", kind="government body"),
                   O("Brazilian Socialist Party", "PSB", kind="political party"),
                   O("Redes da Maré", kind="ngo"),
                   O("Tribunal of Justice of Rio de Janeiro", "TJRJ", kind="government body")],
    places=[C("Brazil"), C("Paraguay"),
            city("Rio de Janeiro", "Brazil", "RIO DE JANEIRO", "Rio"),
            oth("Maré", "Brazil", "Maré complex"),
            reg("North Zone", "Brazil"),
            oth("Nova Holanda", "Brazil"), oth("Parque União", "Brazil"), oth("Vila do João", "Brazil"),
            infra("Linha Vermelha", "Brazil", "Linha Vermelha expressway"),
            infra("Avenida Brasil", "Brazil"),
            fac("Gericinó prison complex", "Brazil", "Gericinó"),
            oth("Bangu", "Brazil"),
            city("Ponta Porã", "Brazil"), state("Mato Grosso do Sul", "Brazil"),
            city("Pedro Juan Caballero", "Paraguay"),
            city("Brasília", "Brazil"),
            fac("Caju cemetery", "Brazil")],
    aliases=[A("Military Police of the State of Rio de Janeiro", "Polícia Militar do Estado do Rio de Janeiro", "translation",
               "Military Police of the State of Rio de Janeiro (Polícia Militar do Estado do Rio de Janeiro, PMERJ)"),
             A("Military Police of the State of Rio de Janeiro", "PMERJ", "acronym", "Polícia Militar do Estado do Rio de Janeiro, PMERJ"),
             A("Comando Vermelho", "CV", "acronym", "Comando Vermelho (CV)"),
             A("Wagner Luiz da Silva-Prates", "Gordão da Maré", "nickname", "Wagner Luiz da Silva-Prates, alias \"Gordão da Maré,\""),
             A("Thiago Henrique Moura Barbosa", "TH", "nickname", "Thiago Henrique Moura Barbosa, known as \"TH,\""),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Federal Police (Polícia Federal, PF)"),
             A("Public Defender's Office of the State of Rio de Janeiro", "Defensoria Pública", "translation",
               "Public Defender's Office of the State of Rio de Janeiro (Defensoria Pública)"),
             A("Rio de Janeiro State Public Prosecutor's Office", "Ministério Público", "translation",
               "Rio de Janeiro State Public Prosecutor's Office (Ministério Público, MPRJ)"),
             A("Rio de Janeiro State Public Prosecutor's Office", "MPRJ", "acronym", "Rio de Janeiro State Public Prosecutor's Office (Ministério Público, MPRJ)"),
             A("Terceiro Comando Puro", "TCP", "acronym", "Terceiro Comando Puro (TCP)"),
             A("Supreme Federal Court", "Supremo Tribunal Federal", "translation", "Supreme Federal Court (Supremo Tribunal Federal, STF)"),
             A("Supreme Federal Court", "STF", "acronym", "Supreme Federal Court (Supremo Tribunal Federal, STF)"),
             A("Brazilian Socialist Party", "PSB", "acronym", "Brazilian Socialist Party (PSB)"),
             A("Tribunal of Justice of Rio de Janeiro", "TJRJ", "acronym", "Tribunal of Justice of Rio de Janeiro (TJRJ)")],
    events=[E("2025-08-13", "day", "on Wednesday", "document date", ["Brazil"], "PMERJ and Civil Police operation against the CV in Maré leaves 11 dead and 43 arrested", S_OP),
            E("2025-08-13", "day", "in the first hour of the operation", "context", ["Brazil"], "military police corporal Anderson Pereira Lobo shot dead near the Linha Vermelha", S_LOBO),
            E("2022", "year", "in 2022", "explicit", ["Brazil"], "Moura Barbosa sentenced in absentia to 14 years", S_SENT),
            E("2025-08-13", "day", "on Wednesday afternoon", "document date", ["Brazil"], "Moura Barbosa taken to the Gericinó prison complex", S_GER),
            E("2025-08-13", "day", None, "context", ["Brazil"], "officers seize 27 rifles, four grenades and about 600 kg of drugs in Vila do João", S_SEIZ),
            E("2025-08-13", "day", "on Wednesday evening", "document date", ["Brazil"], "Governor Cláudio Castro defends the operation", S_CAS),
            E("2025-07", "month", "last month", "document date", ["Paraguay"], "Da Silva-Prates photographed in Pedro Juan Caballero", S_PHOTO),
            E("2025-08-14", "day", "This morning", "document date", ["Brazil"], "Defensoria Pública reports 19 complaints of home invasions and one death", S_DEF),
            E("2024", "year", "In 2024", "explicit", ["Brazil"], "TCP holds Parque União for almost three weeks", S_TCP),
            E("2024-03-18", "day", "on 18 March", "context", ["Brazil"], "CV convoy takes Parque União back from the TCP", S_TCP),
            E("2020-06", "month", "In June 2020", "explicit", ["Brazil"], "STF restricts police operations in Rio's favelas during the pandemic", S_STF),
            E("2025-08-13", "day", "on Wednesday", "document date", ["Brazil"], "46 schools and six clinics in Maré close; 17,000 pupils without classes", S_SCH),
            E("2025-08-14", "day", "today", "document date", ["Brazil"], "schools in Maré reopen", S_REOP),
            E("2025-08-15", "day", "on Friday", "document date", ["Brazil"], "TJRJ custody hearing for the 43 detainees (scheduled)", S_HEAR),
            E("2025-08-14", "day", "this afternoon", "document date", ["Brazil"], "Corporal Lobo to be buried in the Caju cemetery (scheduled)", S_BUR)],
    optional={"organizations": ["Operação Muralha", "federal government", "ADPF of the Favelas", "state Public Security Secretariat"],
              "places": ["Paraguayan side of the border"],
              "events_evidence": [
                  "The operation, called Operação Muralha, began at 4 a.m. with about 900 officers, 32 armoured vehicles and two helicopters.",
                  "He was not found.",
                  "Civil Police Secretary Marcos R. Teixeira-Lins said the intelligence work had taken eight months and that the faction had been buying rifles smuggled from Paraguay through Ponta Porã, in Mato Grosso do Sul.",
                  "The Federal Police (Polícia Federal, PF) believe that Da Silva-Prates left Rio before the operation.",
                  "Federal Police delegate Renata S. Okamoto said the agency had asked Interpol for a red notice.",
                  "The Rio de Janeiro State Public Prosecutor's Office (Ministério Público, MPRJ) opened an inquiry into the deaths.",
                  "Justice Minister Ricardo Lewandowski said in Brasília that the federal government had not been told about the operation in advance."]},
    timeline_pair=("Brazil",))
checks(F)

# ---------------------------------------------------------------- 07 CRS In Focus, US-Mexico security cooperation
F = "07_crs_us_mexico_security_cooperation_2025.txt"
S_BIC = "On October 8, 2021, the two governments replaced it with the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities, agreed at a High-Level Security Dialogue in Mexico City."
S_OVI = "In September 2023, Mexico extradited Ovidio Guzmán López, a son of Joaquín \"El Chapo\" Guzmán Loera, to face charges in the Northern District of Illinois."
S_TAR = "On February 1, 2025, President Donald J. Trump invoked the International Emergency Economic Powers Act (IEEPA) to impose 25% tariffs on most imports from Mexico, citing fentanyl and migration."
S_PAUSE = "Two days later, after a call with President Claudia Sheinbaum Pardo, he paused the tariffs for 30 days; Mexico agreed to send 10,000 National Guard troops to the northern border."
S_EFF = "The tariffs took effect on March 4, and goods covered by the U.S.-Mexico-Canada Agreement (USMCA) were exempted two days later."
S_FTO = "On February 20, 2025, the State Department designated the Sinaloa Cartel, the CJNG, the Gulf Cartel and five other groups as Foreign Terrorist Organizations (FTOs)."
S_T29 = "On February 27, 2025, it transferred 29 people, among them Rafael Caro Quintero, a founder of the Guadalajara Cartel wanted for the 1985 murder of Drug Enforcement Administration (DEA) agent Enrique \"Kiki\" Camarena Salazar, and Miguel Ángel Treviño Morales, alias \"Z-40,\" a former leader of Los Zetas."
S_T26 = "A second group of 26 prisoners was sent on August 12, 2025."
S_DP = "In August, the Department of Justice (DOJ) said it would not seek it against Caro Quintero."
S_RUB = "On September 3, 2025, Secretary of State Marco Rubio met Sheinbaum in Mexico City."
S_AGR = "The two governments announced a security agreement and a high-level Security Implementation Group that is to meet regularly."
S_OCT = "Mexico's Foreign Secretary, Juan Ramón de la Fuente, said the group would meet for the first time in October."
S_FIN = "oversight of Treasury's Financial Crimes Enforcement Network (FinCEN), which on June 25, 2025, named three Mexican financial institutions, CIBanco, Intercam and Vector Casa de Bolsa, as of primary money laundering concern."
doc(F, SRC, "U.S.-Mexico Security Cooperation: Fentanyl, Transfers, and Tariffs",
    "2025-09-22", "day", "Updated September 22, 2025",
    people=[P("Karina M. Ortiz-Hale", roles=["author", "Analyst in Latin American Affairs"]),
            P("Daniel P. Whitcombe", roles=["author", "Specialist in Drug Policy"]),
            P("Ovidio Guzmán López", country="Mexico", roles=["son of El Chapo", "extradited to the United States"]),
            P("Joaquín Guzmán Loera", "Guzmán Loera", "El Chapo", country="Mexico", roles=["Sinaloa Cartel leader"]),
            P("Donald J. Trump", "President Donald J. Trump", country="United States", roles=["President"]),
            P("Claudia Sheinbaum Pardo", "President Claudia Sheinbaum Pardo", "Sheinbaum", country="Mexico", roles=["President"]),
            P("Rafael Caro Quintero", "Caro Quintero", country="Mexico", roles=["founder of the Guadalajara Cartel"]),
            P("Enrique Camarena Salazar", "Camarena Salazar", "Kiki", country="United States", roles=["DEA agent (murdered 1985)"]),
            P("Miguel Ángel Treviño Morales", "Z-40", country="Mexico", roles=["former leader of Los Zetas"]),
            P("Omar García Harfuch", country="Mexico", roles=["Security Secretary"]),
            P("Marco Rubio", "Secretary of State Marco Rubio", country="United States", roles=["Secretary of State"]),
            P("Juan Ramón de la Fuente", country="Mexico", roles=["Foreign Secretary"])],
    organizations=[O("Congressional Research Service", "CRS", kind="government body"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Centers for Disease Control and Prevention", "CDC", kind="government body"),
                   O("National Guard", kind="security force"),
                   O("State Department", kind="government body"),
                   O("Gulf Cartel", kind="criminal group"),
                   O("Guadalajara Cartel", kind="criminal group"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Los Zetas", kind="criminal group"),
                   O("Department of Justice", "DOJ", kind="government body"),
                   O("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", kind="government body"),
                   O("Financial Crimes Enforcement Network", "FinCEN", kind="government body"),
                   O("CIBanco", kind="other"), O("Intercam", kind="other"), O("Vector Casa de Bolsa", kind="other")],
    places=[US(), C("Mexico"), C("China"), C("India"),
            city("Mexico City", "Mexico"),
            state("Sinaloa", "Mexico"), state("Michoacán", "Mexico"),
            infra("Nogales", "United States"), infra("Laredo", "United States")],
    aliases=[A("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "translation",
               "Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación, CJNG"),
             A("Centers for Disease Control and Prevention", "CDC", "acronym", "Centers for Disease Control and Prevention (CDC)"),
             A("Joaquín Guzmán Loera", "El Chapo", "nickname", "Joaquín \"El Chapo\" Guzmán Loera"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Enrique Camarena Salazar", "Kiki", "nickname", "Enrique \"Kiki\" Camarena Salazar"),
             A("Miguel Ángel Treviño Morales", "Z-40", "nickname", "Miguel Ángel Treviño Morales, alias \"Z-40,\""),
             A("Department of Justice", "DOJ", "acronym", "Department of Justice (DOJ)"),
             A("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", "acronym", "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"),
             A("Financial Crimes Enforcement Network", "FinCEN", "acronym", "Financial Crimes Enforcement Network (FinCEN)")],
    events=[E("2021-10-08", "day", "On October 8, 2021", "explicit", ["United States", "Mexico"], "Mérida Initiative replaced by the Bicentennial Framework at a High-Level Security Dialogue in Mexico City", S_BIC),
            E("2023-09", "month", "In September 2023", "explicit", ["Mexico", "United States"], "Mexico extradites Ovidio Guzmán López to the United States", S_OVI),
            E("2025-02-01", "day", "On February 1, 2025", "explicit", ["United States", "Mexico"], "Trump invokes IEEPA to impose 25% tariffs on imports from Mexico", S_TAR),
            E("2025-02-03", "day", "Two days later", "context", ["United States", "Mexico"], "after a call with Sheinbaum, Trump pauses the tariffs for 30 days", S_PAUSE),
            E("2025-02-03", "day", "Two days later", "context", ["Mexico", "United States"], "Mexico agrees to send 10,000 National Guard troops to the northern border", S_PAUSE),
            E("2025-03-04", "day", "on March 4", "context", ["United States", "Mexico"], "tariffs on Mexican imports take effect", S_EFF),
            E("2025-03-06", "day", "two days later", "context", ["United States", "Mexico"], "USMCA-covered goods exempted from the tariffs", S_EFF),
            E("2025-02-20", "day", "On February 20, 2025", "explicit", ["United States"], "State Department designates the Sinaloa Cartel, CJNG, Gulf Cartel and five others as FTOs", S_FTO),
            E("2025-02-27", "day", "On February 27, 2025", "explicit", ["Mexico", "United States"], "Mexico transfers 29 prisoners, including Caro Quintero and Z-40, to US custody", S_T29),
            E("1985", "year", "1985", "explicit", ["Mexico"], "murder of DEA agent Enrique Camarena Salazar", S_T29),
            E("2025-08-12", "day", "on August 12, 2025", "explicit", ["Mexico", "United States"], "Mexico sends a second group of 26 prisoners to the United States", S_T26),
            E("2025-08", "month", "In August", "document date", ["United States"], "DOJ says it will not seek the death penalty against Caro Quintero", S_DP),
            E("2025-09-03", "day", "On September 3, 2025", "explicit", ["United States", "Mexico"], "Rubio meets Sheinbaum in Mexico City", S_RUB),
            E("2025-09-03", "day", None, "context", ["United States", "Mexico"], "the two governments announce a security agreement and a Security Implementation Group", S_AGR),
            E("2025-10", "month", "in October", "document date", ["United States", "Mexico"], "first meeting of the Security Implementation Group (scheduled)", S_OCT),
            E("2025-06-25", "day", "on June 25, 2025", "explicit", ["United States"], "FinCEN names CIBanco, Intercam and Vector Casa de Bolsa as of primary money laundering concern", S_FIN)],
    optional={"organizations": ["Congress", "Mérida Initiative", "Bicentennial Framework", "High-Level Security Dialogue", "International Emergency Economic Powers Act",
                                "IEEPA", "U.S.-Mexico-Canada Agreement", "USMCA", "Foreign Terrorist Organizations", "Security Implementation Group", "Treasury",
                                "Members of Congress"],
              "places": ["Northern District of Illinois", "Canada", "northern border"],
              "events_evidence": [
                  "The Centers for Disease Control and Prevention (CDC) estimated about 48,000 synthetic opioid deaths in 2024, down from more than 76,000 in 2023.",
                  "From FY2008 to FY2021, Congress appropriated about $3.5 billion for the Mérida Initiative.",
                  "Some Mexican officials warned that the designations could be used to justify U.S. military action on Mexican territory.",
                  "Mexico's Security Secretary, Omar García Harfuch, said the transfers were a \"sovereign decision\" and not a response to tariff threats."]},
    timeline_pair=("United States", "Mexico"))
checks(F)

# ---------------------------------------------------------------- 08 Colombian Army communiqué (translation), Cauca and Arauca
F = "08_colombia_army_cauca_arauca_communique.txt"
S_CMB = "On Tuesday, troops of the Third Division, with the support of the Colombian Air Force (Fuerza Aérea Colombiana, FAC), fought a cell of the Dagoberto Ramos Mobile Column, a structure of the FARC dissidents known as the Estado Mayor Central (EMC), in the rural area of Suárez, near the Salvajina reservoir."
S_DEAD = "In the combat, four members of the illegal armed group died, among them Yordin Andrés Pito-Quitumbo, alias \"Kevin Guacharaco,\" who, according to intelligence, was in charge of explosives and of recruiting minors in the indigenous reserves of northern Cauca."
S_CAP = "The next day, troops captured two men in the village of La Betulia, in Suárez, and seized four rifles, a drone adapted to drop explosives, and 300 metres of detonating cord."
S_WAR = "Pito-Quitumbo had an arrest warrant issued by a judge in Popayán on 9 March 2023 for homicide and the illegal recruitment of minors."
S_JAM = "Members of his cell are also investigated for the attack with explosives against the police station of Jamundí, in Valle del Cauca, last April."
S_SUSP = "The operation is part of the Army's offensive against the structures of Néstor Gregorio Vera Fernández, alias \"Iván Mordisco,\" which the Government suspended from the peace process in April 2024 after attacks on indigenous communities."
S_ATT = "In the early hours of Saturday, members of the National Liberation Army (Ejército de Liberación Nacional, ELN) attacked with drones and rifles a patrol of the Eighteenth Brigade that was protecting the Caño Limón-Coveñas pipeline in the rural area of Saravena."
S_KIA = "Soldiers Luis Fernando Ortega Guerrero and Brayan Estiven Tumay were killed, and three more were wounded."
S_CLAIM = "Hours later, the ELN's Eastern War Front claimed the attack in a statement on social media."
S_OFF = "The ELN has increased its attacks in Arauca since 16 January, when it began its offensive against FARC dissidents in the Catatumbo region."
S_COMM = "On 24 January, President Gustavo Petro declared a state of internal commotion in Catatumbo and in the metropolitan area of Cúcuta."
S_VIS = "Minister of National Defence Pedro Arnulfo Sánchez Suárez visited Saravena on Sunday and presented his condolences to the families of the fallen soldiers."
S_600 = "The minister announced that 600 additional soldiers will arrive in Arauca before the end of the month."
S_OMB = "The Ombudsman's Office (Defensoría del Pueblo) warned last month of the risk of forced displacement in Saravena, Fortul and Tame."
doc(F, SRC, "Troops of the Third Division neutralise dissident cell in Cauca; ELN attack in Arauca kills two soldiers",
    "2025-07-17", "day", "Bogotá, D.C., July 17, 2025",
    people=[P("Yordin Andrés Pito-Quitumbo", "Pito-Quitumbo", "Kevin Guacharaco", country="Colombia", roles=["explosives and recruitment, Dagoberto Ramos Mobile Column"]),
            P("Néstor Gregorio Vera Fernández", "Iván Mordisco", country="Colombia", roles=["leader of the Estado Mayor Central"]),
            P("Hernán D. Cifuentes-Rojas", "Major General Hernán D. Cifuentes-Rojas", country="Colombia", roles=["commander of the Third Division"]),
            P("Luis Fernando Ortega Guerrero", country="Colombia", roles=["soldier (killed)"]),
            P("Brayan Estiven Tumay", country="Colombia", roles=["soldier (killed)"]),
            P("Jhon Jairo Rueda Contreras", "Pablito Arauca", country="Colombia", roles=["ELN commander in Arauca"]),
            P("Gustavo Petro", "President Gustavo Petro", country="Colombia", roles=["President"]),
            P("Pedro Arnulfo Sánchez Suárez", "Minister of National Defence Pedro Arnulfo Sánchez Suárez", country="Colombia", roles=["Minister of National Defence"]),
            P("Luis Emilio Cardozo", "General Luis Emilio Cardozo", country="Colombia", roles=["Army Commander"])],
    organizations=[O("Ministry of National Defence", kind="government body"),
                   O("National Army of Colombia", "National Army", "Ejército Nacional", "Army", kind="security force"),
                   O("Colombian Air Force", "Fuerza Aérea Colombiana", "FAC", kind="security force"),
                   O("Dagoberto Ramos Mobile Column", kind="armed group"),
                   O("Estado Mayor Central", "EMC", kind="armed group"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("Eastern War Front", kind="armed group"),
                   O("Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("Ombudsman's Office", "Defensoría del Pueblo", kind="government body")],
    places=[C("Colombia"), US(),
            city("Bogotá", "Colombia", "Bogotá, D.C."),
            state("Cauca", "Colombia"), state("Arauca", "Colombia"),
            city("Suárez", "Colombia"), oth("Salvajina reservoir", "Colombia", "Salvajina"),
            oth("La Betulia", "Colombia"),
            fac("Valle del Lili Foundation clinic", "Colombia", "Valle del Lili Foundation"),
            city("Cali", "Colombia"), city("Popayán", "Colombia"), city("Jamundí", "Colombia"),
            state("Valle del Cauca", "Colombia"),
            infra("Caño Limón-Coveñas pipeline", "Colombia", "Caño Limón-Coveñas"),
            city("Saravena", "Colombia"),
            state("Apure", "Venezuela"),
            reg("Catatumbo", "Colombia", "Catatumbo region"),
            city("Cúcuta", "Colombia"), city("Fortul", "Colombia"), city("Tame", "Colombia")],
    aliases=[A("National Army of Colombia", "Ejército Nacional", "translation", "National Army of Colombia (Ejército Nacional)"),
             A("Colombian Air Force", "Fuerza Aérea Colombiana", "translation", "Colombian Air Force (Fuerza Aérea Colombiana, FAC)"),
             A("Colombian Air Force", "FAC", "acronym", "Colombian Air Force (Fuerza Aérea Colombiana, FAC)"),
             A("Estado Mayor Central", "EMC", "acronym", "Estado Mayor Central (EMC)"),
             A("Yordin Andrés Pito-Quitumbo", "Kevin Guacharaco", "nickname", "Yordin Andrés Pito-Quitumbo, alias \"Kevin Guacharaco,\""),
             A("Néstor Gregorio Vera Fernández", "Iván Mordisco", "nickname", "Néstor Gregorio Vera Fernández, alias \"Iván Mordisco,\""),
             A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("Jhon Jairo Rueda Contreras", "Pablito Arauca", "nickname", "Jhon Jairo Rueda Contreras, known as \"Pablito Arauca,\""),
             A("Attorney General's Office", "Fiscalía General de la Nación", "translation", "Attorney General's Office (Fiscalía General de la Nación)"),
             A("Ombudsman's Office", "Defensoría del Pueblo", "translation", "Ombudsman's Office (Defensoría del Pueblo)")],
    events=[E("2025-07-15", "day", "On Tuesday", "document date", ["Colombia"], "Third Division troops with FAC support fight a Dagoberto Ramos Mobile Column cell in rural Suárez", S_CMB),
            E("2025-07-15", "day", None, "context", ["Colombia"], "four dissidents killed in the combat, among them alias Kevin Guacharaco", S_DEAD),
            E("2025-07-16", "day", "The next day", "context", ["Colombia"], "troops capture two men in La Betulia and seize rifles, an explosive drone and detonating cord", S_CAP),
            E("2023-03-09", "day", "on 9 March 2023", "explicit", ["Colombia"], "Popayán judge issues an arrest warrant against Pito-Quitumbo", S_WAR),
            E("2025-04", "month", "last April", "document date", ["Colombia"], "explosives attack on the Jamundí police station", S_JAM),
            E("2024-04", "month", "in April 2024", "explicit", ["Colombia"], "Government suspends Iván Mordisco's structures from the peace process", S_SUSP),
            E("2025-07-12", "day", "In the early hours of Saturday", "document date", ["Colombia"], "ELN attacks an Eighteenth Brigade patrol guarding the Caño Limón-Coveñas pipeline in Saravena", S_ATT),
            E("2025-07-12", "day", None, "context", ["Colombia"], "two soldiers killed and three wounded in the ELN attack", S_KIA),
            E("2025-07-12", "day", "Hours later", "context", ["Colombia"], "ELN Eastern War Front claims the attack on social media", S_CLAIM),
            E("2025-01-16", "day", "since 16 January", "document date", ["Colombia"], "ELN begins its offensive against FARC dissidents in Catatumbo", S_OFF),
            E("2025-01-24", "day", "On 24 January", "document date", ["Colombia"], "Petro declares a state of internal commotion in Catatumbo and the Cúcuta metropolitan area", S_COMM),
            E("2025-07-13", "day", "on Sunday", "document date", ["Colombia"], "Defence Minister Sánchez Suárez visits Saravena", S_VIS),
            E("2025-07", "month", "before the end of the month", "document date", ["Colombia"], "600 additional soldiers to arrive in Arauca (scheduled)", S_600),
            E("2025-06", "month", "last month", "document date", ["Colombia"], "Ombudsman's Office warns of forced displacement risk in Saravena, Fortul and Tame", S_OMB)],
    optional={"people": [],
              "organizations": ["Third Division", "Eighteenth Brigade", "FARC", "FARC dissidents", "Government", "Gaula", "Press Office", "Army intelligence"],
              "places": ["northern Cauca", "Venezuelan border", "metropolitan area of Cúcuta"],
              "events_evidence": [
                  "An Army corporal was wounded and taken by helicopter to the Valle del Lili Foundation clinic in Cali.",
                  "The commander of the Third Division, Major General Hernán D. Cifuentes-Rojas, said the offensive will continue \"until every municipality of Cauca is free of armed groups.\"",
                  "According to Army intelligence, the attack was ordered by Jhon Jairo Rueda Contreras, known as \"Pablito Arauca,\" a commander of the ELN in Arauca and on the Venezuelan border.",
                  "The United States and Colombia have offered rewards for his capture.",
                  "\"The ELN has chosen war against the Colombian people,\" he said.",
                  "The Army Commander, General Luis Emilio Cardozo, asked the Attorney General's Office (Fiscalía General de la Nación) to open investigations against the ELN leadership for homicide of protected persons."]},
    timeline_pair=("Colombia",))
checks(F)

# ---------------------------------------------------------------- 09 Chilean investigation, Antofagasta homicides and a Tren de Aragua cell
F = "09_chile_antofagasta_homicides_tren_de_aragua.txt"
S_FEB = "On 2 February, two Colombian women were shot dead outside a boarding house in the La Chimba camp, in the north of the city."
S_3W = "Three weeks later, the body of a Peruvian taxi driver was found in a suitcase in the Quebrada La Negra ravine."
S_ENT = "The cell's leader, prosecutors say, is Yohandry José Mendoza Linares, alias \"El Gocho,\" a Venezuelan who entered Chile on foot through Colchane, on the border with Bolivia, in 2021."
S_APR = "On 11 April, the Carabineros de Chile stopped a car at a checkpoint on Route 5 near Mejillones and found two pistols and 40 grams of cocaine."
S_ARR = "The driver, Petit Salas, was arrested."
S_NEXT = "The next day a judge of the Antofagasta Guarantee Court ordered him held in pretrial detention in the Antofagasta prison."
S_JUN = "In June, after a week with six homicides, President Gabriel Boric sent Security Minister Luis Cordero Vega to Antofagasta, and the government declared the camps a priority area for the armed forces' border plan."
S_JUL = "On 28 July, the PDI and the ECOH raided 14 houses in Antofagasta, Calama and Tocopilla in Operation Gallo Negro and arrested 22 people, 17 of them Venezuelan and five Chilean."
S_SEP = "On 19 September, Colombian police arrested him in the Kennedy district of Bogotá on an Interpol red notice."
S_EXT = "Two weeks later, the Supreme Court of Chile approved the request for his extradition, and on 6 October the Foreign Ministry sent it to Colombia through diplomatic channels."
S_DIP = "Chile has no diplomatic relations with Venezuela at consular level since Caracas expelled Chilean diplomats in July 2024, after Boric questioned Nicolás Maduro's re-election."
S_THIS = "This month, the Colombian Supreme Court of Justice is expected to give its opinion on the request; the final decision belongs to President Gustavo Petro."
S_MON = "Mendoza Linares's lawyer, Andrea P. Sarmiento-Ortiz, said on Monday that her client would ask for asylum and denied that he had ever lived in Antofagasta."
S_DEC = "In December, the Fiscalía charged the 22 detainees of Operation Gallo Negro with criminal association, 11 homicides and human trafficking."
S_TRI = "The trial of Petit Salas is set for 3 March."
doc(F, SRC, "How a Tren de Aragua cell turned Antofagasta's worst year into a case file",
    "2026-01-14", "day", "By Camila Ríos Vergara and Tomás E. Kuhlmann | 14 Jan 2026",
    people=[P("Camila Ríos Vergara", roles=["author"]),
            P("Tomás E. Kuhlmann", roles=["author"]),
            P("Juan Pablo Araya-Cortés", "Regional prosecutor Juan Pablo Araya-Cortés", "Araya-Cortés", country="Chile", roles=["regional prosecutor", "led the ECOH unit in Antofagasta"]),
            P("Yohandry José Mendoza Linares", "Mendoza Linares", "El Gocho", country="Venezuela", roles=["leader of the Tren de Aragua cell"]),
            P("Carlos Eduardo Petit Salas", "Petit Salas", "Carlitos Maracay", country="Venezuela", roles=["second-in-command, ran the cell's accounts"]),
            P("Gabriel Boric", "President Gabriel Boric", "Boric", country="Chile", roles=["President"]),
            P("Luis Cordero Vega", "Security Minister Luis Cordero Vega", country="Chile", roles=["Security Minister"]),
            P("Nicolás Maduro", country="Venezuela", roles=["President"]),
            P("Gustavo Petro", "President Gustavo Petro", country="Colombia", roles=["President"]),
            P("Andrea P. Sarmiento-Ortiz", country=None, roles=["lawyer of Mendoza Linares"])],
    organizations=[O("Santiago Ciudadano", kind="media"),
                   O("Public Prosecutor's Office", "Fiscalía Nacional", "Fiscalía", kind="government body"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Los Gallos del Norte", kind="criminal group"),
                   O("Investigations Police of Chile", "Policía de Investigaciones", "PDI", kind="security force"),
                   O("ECOH", kind="government body"),
                   O("Carabineros de Chile", kind="security force"),
                   O("Antofagasta Guarantee Court", kind="government body"),
                   O("National Police", "Colombia's National Police", kind="security force"),
                   O("Interpol", kind="international organization"),
                   O("Supreme Court of Chile", kind="government body"),
                   O("Foreign Ministry", kind="government body"),
                   O("Colombian Supreme Court of Justice", kind="government body"),
                   O("Los Pulpos", kind="criminal group")],
    places=[C("Chile"), C("Colombia"), C("Venezuela"), C("Peru"), C("Bolivia"),
            city("Antofagasta", "Chile", "ANTOFAGASTA"),
            oth("La Chimba", "Chile", "La Chimba camp"),
            oth("Quebrada La Negra", "Chile"),
            city("Colchane", "Chile"), city("Calama", "Chile"),
            infra("Route 5", "Chile"), city("Mejillones", "Chile"),
            fac("Antofagasta prison", "Chile"),
            city("Tocopilla", "Chile"),
            city("Bogotá", "Colombia"), oth("Kennedy", "Colombia"),
            city("Caracas", "Venezuela"), city("Trujillo", "Peru")],
    aliases=[A("Public Prosecutor's Office", "Fiscalía Nacional", "translation", "Public Prosecutor's Office (Fiscalía Nacional)"),
             A("Investigations Police of Chile", "Policía de Investigaciones", "translation", "Investigations Police of Chile (Policía de Investigaciones, PDI)"),
             A("Investigations Police of Chile", "PDI", "acronym", "Investigations Police of Chile (Policía de Investigaciones, PDI)"),
             A("Yohandry José Mendoza Linares", "El Gocho", "nickname", "Yohandry José Mendoza Linares, alias \"El Gocho,\""),
             A("Carlos Eduardo Petit Salas", "Carlitos Maracay", "nickname", "Carlos Eduardo Petit Salas, known as \"Carlitos Maracay,\"")],
    events=[E("2025-02-02", "day", "On 2 February", "context", ["Chile"], "two Colombian women shot dead outside a boarding house in the La Chimba camp", S_FEB),
            E("2025-02", "month", "Three weeks later", "context", ["Chile"], "body of a Peruvian taxi driver found in a suitcase in Quebrada La Negra", S_3W),
            E("2021", "year", "in 2021", "explicit", ["Chile"], "Mendoza Linares enters Chile on foot through Colchane", S_ENT),
            E("2025-04-11", "day", "On 11 April", "context", ["Chile"], "Carabineros stop a car on Route 5 near Mejillones and find two pistols and cocaine", S_APR),
            E("2025-04-11", "day", None, "context", ["Chile"], "Petit Salas arrested", S_ARR),
            E("2025-04-12", "day", "The next day", "context", ["Chile"], "Antofagasta Guarantee Court orders Petit Salas held in pretrial detention", S_NEXT),
            E("2025-06", "month", "In June", "context", ["Chile"], "Boric sends Security Minister Cordero Vega to Antofagasta", S_JUN),
            E("2025-06", "month", "In June", "context", ["Chile"], "government declares the camps a priority area for the armed forces' border plan", S_JUN),
            E("2025-07-28", "day", "On 28 July", "context", ["Chile"], "PDI and ECOH raid 14 houses in Operation Gallo Negro and arrest 22 people", S_JUL),
            E("2025-09-19", "day", "On 19 September", "context", ["Colombia"], "Colombian police arrest Mendoza Linares in Kennedy, Bogotá, on an Interpol red notice", S_SEP),
            E("2025-10", "month", "Two weeks later", "context", ["Chile"], "Supreme Court of Chile approves the extradition request for Mendoza Linares", S_EXT),
            E("2025-10-06", "day", "on 6 October", "context", ["Chile", "Colombia"], "Chile's Foreign Ministry sends the extradition request to Colombia", S_EXT),
            E("2024-07", "month", "in July 2024", "explicit", ["Venezuela", "Chile"], "Caracas expels Chilean diplomats", S_DIP),
            E("2024-07", "month", "in July 2024", "explicit", ["Chile", "Venezuela"], "Boric questions Maduro's re-election", S_DIP),
            E("2026-01", "month", "This month", "document date", ["Colombia", "Chile"], "Colombian Supreme Court of Justice to give its opinion on the extradition request (expected)", S_THIS),
            E("2026-01-12", "day", "on Monday", "document date", ["Colombia"], "Mendoza Linares's lawyer says he will ask for asylum", S_MON),
            E("2025-12", "month", "In December", "context", ["Chile"], "Fiscalía charges the 22 Operation Gallo Negro detainees", S_DEC),
            E("2026-03-03", "day", "3 March", "document date", ["Chile"], "trial of Petit Salas (scheduled)", S_TRI)],
    optional={"organizations": ["armed forces", "government", "Colombian police", "Operation Gallo Negro"],
              "places": ["Quebrada La Negra ravine"],
              "events_evidence": [
                  "The port city in northern Chile recorded 97 homicides last year, almost twice its 2023 figure, according to the Public Prosecutor's Office (Fiscalía Nacional).",
                  "Intelligence shared by Colombia's National Police showed that he had crossed into Peru and later flown to Bogotá.",
                  "That means prisoners cannot be expelled there, and in 2025 Chile used Colombia and Peru for most of its requests.",
                  "Homicides in the city fell in the last quarter of 2025, to 14 against 31 in the third.",
                  "The wave started in the summer."]},
    timeline_pair=("Chile", "Colombia"))
checks(F)

# ---------------------------------------------------------------- 10 US Embassy Asunción press release with later updates
F = "10_us_embassy_asuncion_senad_donation.txt"
S_DON = "ASUNCIÓN - U.S. Chargé d'Affaires Robert J. Alter-Mendes today delivered to Paraguay's National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD) a mobile radar system, six long-range drones and night-vision equipment valued at $2.4 million, donated through the Department of State's Bureau of International Narcotics and Law Enforcement Affairs (INL)."
S_OPN = "Last week, SENAD agents, with information shared by the U.S. Drug Enforcement Administration (DEA), carried out Operation Cielo Cerrado in the department of Alto Paraguay."
S_THU = "On Thursday, agents intercepted a Cessna 210 that had landed on an airstrip on the Estancia Santa Teresa ranch, near Bahía Negra, and seized 412 kilograms of cocaine hydrochloride."
S_PIL = "The pilot, a Bolivian citizen, and two Paraguayan ground crew were arrested."
S_NXT = "The next day, a second aircraft was found burned on a runway near Fuerte Olimpo."
S_CAR = "In July 2022, the Department of the Treasury designated former President Horacio Cartes for corruption, and in January 2023 it added further sanctions."
S_U1 = "Update, July 2, 2025: SENAD and the Bolivian Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) announced today that Bolivian police had arrested Marcelo Augusto Ribeiro Tavares, a Brazilian known as \"Piloto,\" in Santa Cruz de la Sierra on Monday."
S_EXP = "Bolivia expelled him to Brazil the following day."
S_U2 = "Update, September 18, 2025: A court in Concepción sentenced the Bolivian pilot of the Bahía Negra flight, Wilder Choque Mamani, to 15 years in prison on Tuesday."
S_U3 = "Update, October 3, 2025: SENAD and the DEA used the donated radar on Wednesday to track a flight from Bolivia over the Pilcomayo River."
S_COMI = "The bilateral anti-drug commission of Paraguay and Bolivia will meet in Santa Cruz de la Sierra next month."
doc(F, SRC, "United States Donates Radar and Drone Equipment to Paraguay's SENAD for Fight Against Cocaine Flights",
    "2025-06-10", "day", "FOR IMMEDIATE RELEASE Tuesday, June 10, 2025",
    people=[P("Robert J. Alter-Mendes", "U.S. Chargé d'Affaires Robert J. Alter-Mendes", "Alter-Mendes", country="United States", roles=["Chargé d'Affaires"]),
            P("Jalil Rachid", "SENAD Minister Jalil Rachid", "Rachid", country="Paraguay", roles=["SENAD Minister"]),
            P("Enrique Riera", "Interior Minister Enrique Riera", country="Paraguay", roles=["Interior Minister"]),
            P("Horacio Cartes", "former President Horacio Cartes", country="Paraguay", roles=["former President"]),
            P("Marcelo Augusto Ribeiro Tavares", "Piloto", country="Brazil", roles=["owner of the aircraft seized at Bahía Negra"]),
            P("Wilder Choque Mamani", country="Bolivia", roles=["pilot of the Bahía Negra flight"]),
            P("Emiliano Rolón Fernández", country="Paraguay", roles=["Attorney General"])],
    organizations=[O("U.S. Embassy in Paraguay", "Embassy", kind="government body"),
                   O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body"),
                   O("Department of State", kind="government body"),
                   O("Bureau of International Narcotics and Law Enforcement Affairs", "INL", kind="government body"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Federal Police", "Brazil's Federal Police", kind="security force"),
                   O("Department of the Treasury", kind="government body"),
                   O("Special Force for the Fight Against Drug Trafficking", "Bolivian Special Force for the Fight Against Drug Trafficking",
                     "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force")],
    places=[US(), C("Paraguay"), C("Bolivia"), C("Brazil"),
            city("Asunción", "Paraguay", "ASUNCIÓN"),
            city("Mariano Roque Alonso", "Paraguay"),
            reg("Chaco", "Paraguay"), state("Amambay", "Paraguay"),
            city("Pedro Juan Caballero", "Paraguay"),
            city("Santos", "Brazil"), city("Paranaguá", "Brazil"),
            state("Alto Paraguay", "Paraguay"),
            oth("Estancia Santa Teresa", "Paraguay"),
            city("Bahía Negra", "Paraguay"), city("Fuerte Olimpo", "Paraguay"),
            state("Beni", "Bolivia"),
            city("Santa Cruz de la Sierra", "Bolivia"),
            city("Concepción", "Paraguay"),
            oth("Pilcomayo River", None)],
    aliases=[A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("Bureau of International Narcotics and Law Enforcement Affairs", "INL", "acronym", "Bureau of International Narcotics and Law Enforcement Affairs (INL)"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "U.S. Drug Enforcement Administration (DEA)"),
             A("Special Force for the Fight Against Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation",
               "Bolivian Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force for the Fight Against Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Marcelo Augusto Ribeiro Tavares", "Piloto", "nickname", "Marcelo Augusto Ribeiro Tavares, a Brazilian known as \"Piloto,\"")],
    events=[E("2025-06-10", "day", "today", "document date", ["United States", "Paraguay"], "US Chargé d'Affaires delivers radar, drones and night-vision equipment to SENAD", S_DON),
            E("2025-06", "month", "Last week", "document date", ["Paraguay", "United States"], "SENAD, with DEA information, carries out Operation Cielo Cerrado in Alto Paraguay", S_OPN),
            E("2025-06-05", "day", "On Thursday", "document date", ["Paraguay"], "SENAD intercepts a Cessna 210 near Bahía Negra and seizes 412 kg of cocaine", S_THU),
            E("2025-06-05", "day", None, "context", ["Paraguay"], "Bolivian pilot and two Paraguayan ground crew arrested", S_PIL),
            E("2025-06-06", "day", "The next day", "context", ["Paraguay"], "second aircraft found burned near Fuerte Olimpo", S_NXT),
            E("2022-07", "month", "In July 2022", "explicit", ["United States", "Paraguay"], "US Treasury designates former President Horacio Cartes for corruption", S_CAR),
            E("2023-01", "month", "in January 2023", "explicit", ["United States", "Paraguay"], "US Treasury adds further sanctions on Cartes", S_CAR),
            E("2025-07-02", "day", "July 2, 2025", "explicit", ["Paraguay", "Bolivia"], "SENAD and FELCN announce the arrest of Ribeiro Tavares", S_U1, in_footnote=True),
            E("2025-06-30", "day", "on Monday", "context", ["Bolivia"], "Bolivian police arrest Marcelo Augusto Ribeiro Tavares (Piloto) in Santa Cruz de la Sierra", S_U1, in_footnote=True),
            E("2025-07-01", "day", "the following day", "context", ["Bolivia", "Brazil"], "Bolivia expels Ribeiro Tavares to Brazil", S_EXP, in_footnote=True),
            E("2025-09-16", "day", "on Tuesday", "context", ["Paraguay"], "Concepción court sentences pilot Wilder Choque Mamani to 15 years", S_U2, in_footnote=True),
            E("2025-10-01", "day", "on Wednesday", "context", ["Paraguay", "United States"], "SENAD and DEA use the donated radar to track a flight from Bolivia over the Pilcomayo River", S_U3, in_footnote=True),
            E("2025-11", "month", "next month", "context", ["Paraguay", "Bolivia"], "Paraguay-Bolivia bilateral anti-drug commission to meet in Santa Cruz de la Sierra (scheduled)", S_COMI, in_footnote=True)],
    optional={"organizations": ["Bolivian police", "bilateral anti-drug commission", "Operation Cielo Cerrado", "Embassy press office", "INL program"],
              "places": ["ports of Santos and Paranaguá", "Estancia Santa Teresa ranch"],
              "events_evidence": [
                  "The handover took place at SENAD's base in Mariano Roque Alonso in the presence of SENAD Minister Jalil Rachid and Interior Minister Enrique Riera.",
                  "Since 2023, SENAD has destroyed more than 40 clandestine airstrips in the Chaco.",
                  "The Embassy's INL program has trained more than 600 Paraguayan police, prosecutors and judges since 2019.",
                  "Paraguay's Attorney General, Emiliano Rolón Fernández, said the case was the first conviction obtained with evidence from the donated radar.",
                  "SENAD says he owned the aircraft seized at Bahía Negra.",
                  "Rachid said the flights originate in the Beni department of Bolivia and that the PCC paid ranch owners up to $20,000 per landing."]},
    timeline_pair=("United States", "Paraguay"))
checks(F)

NOTES = (
 "Held-out set G, documents 06-10 (annotator B, who also wrote them; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes, dev2 and heldout_e (NOTES_a.md, NOTES_b.md); crimecli was never run on these texts. "
 "Additions and decisions: PUBLISHED is the document's own date line ('Published: 2025-08-14 09:37', CRS 'Updated September 22, 2025', the communiqué's "
 "'Bogotá, D.C., July 17, 2025', the byline '... | 14 Jan 2026', the release header 'FOR IMMEDIATE RELEASE Tuesday, June 10, 2025'); the 'Updated' time "
 "of 06 is ignored. ENTITIES: bylined authors are people without country; 'Rio de Janeiro' is annotated once, as the city (the state appears only inside "
 "organisation names); favela communities, camps, districts, ranches, reservoirs and rivers are 'other'; prisons, a clinic and a cemetery are 'facility'; "
 "expressways, a pipeline, Route 5 and US ports of entry (Nogales, Laredo) are 'border crossing or infrastructure'; courts are 'government body'; "
 "companies (CIBanco, Intercam, Vector Casa de Bolsa) are 'other'; army divisions and brigades, Congress, laws, frameworks, operations, the "
 "'Security Implementation Group' and 'Foreign Terrorist Organizations' are optional organisations; a cell 'known in the city as Los Gallos del Norte' "
 "is its own criminal group, not an alias of Tren de Aragua (heldout_e convention); Venezuela is not a place in 08 (only 'Venezuelan'), but Apure keeps "
 "country Venezuela. ALIASES: 'English (Spanish, ACR)' gives a translation and an acronym pair; ', alias \"Y,\"', ', known as \"Y,\"', 'a Brazilian known "
 "as \"Y\"' and 'First \"Y\" Last' are nicknames (canonical name without the nickname: 'Joaquín Guzmán Loera', 'Enrique Camarena Salazar'); "
 "unexpanded acronyms (ECOH, CRS) and acronyms of non-entities (IEEPA, USMCA, FTOs) give no alias. EVENTS: weekdays resolve to the latest such day "
 "before the date line (a future one, 'on Friday', to the next); 'last week' is month precision; 'Two days later' after a full date is day precision "
 "(context); 'Three weeks later' and 'Two weeks later' take month grain; a sentence with no date inside a dated episode (the seizure of the same "
 "operation, 'The driver ... was arrested', 'Soldiers ... were killed') takes the episode's date with date_text null and resolved_from 'context'; in 09 "
 "(published January 2026, told in 2025) year-less dates of the 2025 story ('On 2 February', 'On 11 April', 'In December') are 2025 and resolved_from "
 "'context', while 'This month', 'on Monday' and 'set for 3 March' look forward from the date line (document date). In 10 the dated updates under the "
 "release are in_footnote=True; their relative dates ('on Monday', 'the following day', 'next month') resolve against the update's own date (context), "
 "and the update's announcement itself is dated by its header (explicit). Scheduled happenings (hearing, burial, trial, commission meeting, first "
 "meeting of the group, troop arrival) are events. Two happenings in one sentence give two events with the same evidence. Statistics, undated "
 "statements and present-tense background are optional.")

# the builder keeps a variant found anywhere as a substring ("US" inside "USMCA", "America" inside "American"); keep only
# variants that occur as whole words
for d in D.values():
    t = text_of(d["file"])
    for area in ("people", "organizations", "places"):
        for g in d[area]:
            kept = [v for v in g["variants"] if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", t)]
            for v in set(g["variants"]) - set(kept):
                print("dropped variant (not a whole word):", d["file"][:2], g["name"], repr(v))
            g["variants"] = kept

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
