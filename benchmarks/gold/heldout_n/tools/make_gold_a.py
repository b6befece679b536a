#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set N in ../docs.

Structure copied from heldout_e/tools/make_gold_a.py; the record builders and checks are in
benchmarks/gold/tools/gold_helpers.py, shared by every hand-made set.

Every annotation below was made by reading the document in full (crimecli was never run on these
texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json, the
heldout_e notes (NOTES_a.md, NOTES_b.md) and the brief's event convention, with the additions in
NOTES below and in ../NOTES_a.md. Run it after any edit: it asserts that every evidence string,
date_text, published_evidence and at least one surface form of every entity occurs in its
document, and drops variants that do not occur verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge District U.S. Dr Senior Superintendent Police Deputy
Mayor Cmdr. Sir Retired Admiral Vice Security Foreign Governor Secretary""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set N document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
RESOLVED = {"explicit", "document date", "context", None}
PLEN = {"day": 10, "month": 7, "year": 4, "season": 4}
EXTRA_COUNTRIES = {"Bahamas"}  # states named only by a demonym or inside an organisation's name, allowed in event countries


def checks(file):
    """Extra checks (as heldout_e): alias entities are annotated, no duplicates per area, timeline_pair
    countries are annotated places, event countries are annotated countries, resolved_from is known,
    and each date's length fits its precision."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("nickname", "acronym", "translation", "short name"), (file, a)
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"] if g["kind"] == "country"}, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in RESOLVED, (file, e)
        if e["date"]:
            assert len(e["date"]) == PLEN[e["precision"]], (file, e["date"], e["precision"])
        for c in e["countries"]:
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)
    seen = set()
    for e in d["events"]:
        k = (e["date"], e["evidence"], e["summary"])
        assert k not in seen, (file, "duplicate event", e["summary"])
        seen.add(k)


DR = lambda: C("Dominican Republic")
MX = lambda: C("Mexico")
GT = lambda: C("Guatemala")

# ---------------------------------------------------------------- 01 wire, Dominican extradition to Puerto Rico
F = "01_wire_dominican_extradition_2024.txt"
S_LEDE = "The Dominican Republic on Tuesday extradited a businessman accused of running speedboats that carried cocaine from Venezuela to Puerto Rico, the country's anti-drug agency said, the latest in a string of handovers to U.S. prosecutors in San Juan."
S_PLANE = "Rafael Antonio Jiménez-Peguero, known as \"El Tiburón,\" was put on a U.S. Marshals Service aircraft at Las Américas International Airport shortly after 9 a.m., the National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD) said in a statement."
S_ARR = "Jiménez-Peguero, 47, was arrested on Jan. 23 in a raid on a villa in Las Terrenas, a beach town in Samaná province."
S_SEIZ = "Agents seized 1,100 kilograms of cocaine hidden in a boat shed and detained four other men, the DNCD said at the time."
S_IND = "A federal grand jury in the District of Puerto Rico indicted him in November 2022 on charges of conspiring to import cocaine into the United States."
S_SCJ = "The Supreme Court of Justice approved the U.S. request on Feb. 28, and President Luis Abinader authorised the extradition by decree last month."
S_MAG = "The U.S. Attorney's Office in San Juan said he would appear before a federal magistrate judge on Wednesday."
S_RBDF = "On March 15, the Royal Bahamas Defence Force (RBDF) intercepted a go-fast boat near Great Inagua with 600 kilograms of cocaine and three Dominican crewmen, and a Bahamian court charged the men two days later."
S_CHIQ = "A co-defendant, Yunior Féliz Batista, alias \"Chiquito,\" was extradited in July last year and pleaded guilty in San Juan in December."
S_PLAN = "Dominican authorities have stepped up pressure on maritime routes since the U.S. Coast Guard and the Dominican Navy agreed on a joint patrol plan in 2022."
S_SAT = "On Saturday, navy sailors found 214 packages of cocaine on a beach near Miches after a boat ran aground, and police arrested two fishermen nearby."
doc(F, SRC, "Dominican Republic extradites alleged speedboat boss to Puerto Rico after Samaná raid",
    "2024-04-09", "day", "April 9, 2024 4:12 PM UTC",
    people=[P("Ezequiel Marte-Rosario", roles=["author"]),
            P("Rafael Antonio Jiménez-Peguero", "Jiménez-Peguero", "El Tiburón", country="Dominican Republic", roles=["businessman", "alleged speedboat network boss"]),
            P("Luis Abinader", "President Luis Abinader", "Abinader", country="Dominican Republic", roles=["President"]),
            P("Héctor R. Almonte-Santos", "Vice Admiral Héctor R. Almonte-Santos", "Almonte-Santos", country="Dominican Republic", roles=["DNCD president"]),
            P("Teresa Núñez Valdez", country="Dominican Republic", roles=["defence lawyer"]),
            P("W. Stephen Muldrow", "U.S. Attorney W. Stephen Muldrow", country="United States", roles=["U.S. Attorney"]),
            P("Yunior Féliz Batista", "Chiquito", country="Dominican Republic", roles=["co-defendant"]),
            P("Kenneth O. Rolle", roles=["reporter"]),
            P("Sandra Maler", roles=["editor"])],
    organizations=[O("Reuters", kind="media"),
                   O("U.S. Marshals Service", kind="government body"),
                   O("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "DNCD", kind="government body"),
                   O("Supreme Court of Justice", kind="government body"),
                   O("U.S. Attorney's Office", kind="government body"),
                   O("Homeland Security Investigations", "HSI", kind="government body"),
                   O("Pesquera Oriental del Caribe", kind="company"),
                   O("Royal Bahamas Defence Force", "RBDF", kind="security force"),
                   O("U.S. Coast Guard", kind="security force"),
                   O("Dominican Navy", kind="security force")],
    places=[DR(), US(), C("Venezuela"),
            state("Puerto Rico", "United States"),
            city("San Juan", "United States"), city("Santo Domingo", "Dominican Republic", "SANTO DOMINGO"),
            fac("Las Américas International Airport", "Dominican Republic"),
            city("Las Terrenas", "Dominican Republic"), state("Samaná", "Dominican Republic", "Samaná province"),
            state("Falcón", "Venezuela", "Falcón state"), oth("Mona Passage", None), city("Aguadilla", "United States"),
            oth("Great Inagua", "Bahamas"), city("La Romana", "Dominican Republic"), city("Punta Cana", "Dominican Republic"),
            city("Miches", "Dominican Republic"), city("Nassau", "Bahamas")],
    aliases=[A("Rafael Antonio Jiménez-Peguero", "El Tiburón", "nickname", "Rafael Antonio Jiménez-Peguero, known as \"El Tiburón,\""),
             A("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "translation",
               "National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD)"),
             A("National Drug Control Directorate", "DNCD", "acronym", "Dirección Nacional de Control de Drogas, DNCD"),
             A("Homeland Security Investigations", "HSI", "acronym", "Homeland Security Investigations (HSI)"),
             A("Royal Bahamas Defence Force", "RBDF", "acronym", "Royal Bahamas Defence Force (RBDF)"),
             A("Yunior Féliz Batista", "Chiquito", "nickname", "Yunior Féliz Batista, alias \"Chiquito,\"")],
    events=[E("2024-04-09", "day", "on Tuesday", "document date", ["Dominican Republic", "United States"], "Dominican Republic extradites Jiménez-Peguero to Puerto Rico", S_LEDE),
            E("2024-01-23", "day", "on Jan. 23", "document date", ["Dominican Republic"], "Jiménez-Peguero arrested in a raid on a villa in Las Terrenas", S_ARR),
            E("2024-01-23", "day", "on Jan. 23", "context", ["Dominican Republic"], "agents seize 1,100 kg of cocaine in a boat shed", S_SEIZ),
            E("2024-01-23", "day", "on Jan. 23", "context", ["Dominican Republic"], "agents detain four other men", S_SEIZ),
            E("2022-11", "month", "in November 2022", "explicit", ["United States"], "grand jury in the District of Puerto Rico indicts Jiménez-Peguero", S_IND),
            E("2024-02-28", "day", "on Feb. 28", "document date", ["Dominican Republic", "United States"], "Supreme Court of Justice approves the U.S. extradition request", S_SCJ),
            E("2024-03", "month", "last month", "document date", ["Dominican Republic"], "Abinader authorises the extradition by decree", S_SCJ),
            E("2024-04-10", "day", "on Wednesday", "document date", ["United States"], "Jiménez-Peguero to appear before a federal magistrate judge (scheduled)", S_MAG),
            E("2024-03-15", "day", "On March 15", "document date", ["Bahamas"], "RBDF intercepts a go-fast near Great Inagua with 600 kg of cocaine and three Dominican crewmen", S_RBDF),
            E("2024-03-17", "day", "two days later", "context", ["Bahamas"], "Bahamian court charges the three crewmen", S_RBDF),
            E("2023-07", "month", "in July last year", "document date", ["Dominican Republic", "United States"], "co-defendant Féliz Batista extradited", S_CHIQ),
            E("2023-12", "month", "in December", "context", ["United States"], "Féliz Batista pleads guilty in San Juan", S_CHIQ),
            E("2022", "year", "in 2022", "explicit", ["United States", "Dominican Republic"], "U.S. Coast Guard and Dominican Navy agree on a joint patrol plan", S_PLAN),
            E("2024-04-06", "day", "On Saturday", "document date", ["Dominican Republic"], "navy sailors find 214 packages of cocaine on a beach near Miches", S_SAT),
            E("2024-04-06", "day", "On Saturday", "document date", ["Dominican Republic"], "police arrest two fishermen near Miches", S_SAT)],
    optional={"organizations": ["federal grand jury", "Bahamian court", "Dominican authorities", "navy"],
              "places": ["District of Puerto Rico", "west coast of Puerto Rico", "eastern coast"],
              "events_evidence": [
                  S_PLANE,
                  "\"Nobody who poisons our young people with this trade will find a hiding place in the Dominican Republic,\" DNCD president Vice Admiral Héctor R. Almonte-Santos told reporters in Santo Domingo.",
                  "Almonte-Santos said the agency had handed over 31 people to the United States since 2021.",
                  "Jiménez-Peguero's lawyer, Teresa Núñez Valdez, said her client owned a legitimate fishing company, Pesquera Oriental del Caribe, and would plead not guilty.",
                  "Investigators linked the boat to one of Jiménez-Peguero's companies, a Dominican official said, speaking on condition of anonymity.",
                  "Seizures in Dominican territory reached a record 47 tonnes in 2023, according to DNCD figures.",
                  "Abinader, who is seeking re-election in May, has made the fight against drug trafficking a pillar of his campaign."]},
    timeline_pair=("Dominican Republic", "United States"))
checks(F)

# ---------------------------------------------------------------- 02 State Department media note, Guatemala
F = "02_media_note_guatemala_ayutla_2019.txt"
S_DES = "The Department of State is today publicly designating Édgar Humberto Orellana-Castillo, former mayor of Ayutla in the department of San Marcos, Guatemala, under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2019, due to his involvement in significant corruption."
S_PNC = "Guatemala's National Civil Police (Policía Nacional Civil, PNC) arrested Orellana-Castillo on August 14, 2018, and the Public Ministry (Ministerio Público, MP) charged him the next day with money laundering and illicit association."
S_TRIAL = "His trial before a High-Risk Court in Guatemala City is scheduled to begin in April."
S_FAM = "In addition to Orellana-Castillo, the Department is also publicly designating his spouse, Sonia Marisol Barrios de Orellana, and his adult son, Kevin Estuardo Orellana Barrios."
S_REW = "The Department is also announcing today a reward offer of up to $5 million under the Narcotics Rewards Program for information leading to the arrest and/or conviction of Marvin Estuardo Chacón Pérez, also known as \"El Pato,\" the leader of Los Chacones."
S_IND2 = "A federal grand jury in the District of Columbia indicted Chacón Pérez on June 20, 2017, for conspiracy to distribute cocaine knowing that it would be unlawfully imported into the United States."
S_ESC = "Guatemalan authorities captured him in Coatepeque in January 2018, but he escaped from the Fraijanes II prison on December 3 with the help of two guards."
S_CH = "On October 9, 2018, Mexican soldiers seized 1.4 metric tons of cocaine belonging to the organization in a warehouse in Ciudad Hidalgo, Chiapas."
S_SUL = "Last week, Deputy Secretary John J. Sullivan discussed the case with Guatemalan Foreign Minister Sandra Jovel in Washington, and the two agreed to expand cooperation between the PNC and the Drug Enforcement Administration (DEA)."
S_POM = "Secretary Michael R. Pompeo spoke with President Jimmy Morales by phone on January 30 about security along Guatemala's western border."
doc(F, SRC, "Public Designation of Former Guatemalan Mayor Édgar H. Orellana-Castillo and Narcotics Reward Offer for Marvin Chacón Pérez",
    "2019-02-11", "day", "February 11, 2019",
    people=[P("Édgar Humberto Orellana-Castillo", "Édgar H. Orellana-Castillo", "Orellana-Castillo", country="Guatemala", roles=["former mayor of Ayutla"]),
            P("Sonia Marisol Barrios de Orellana", country="Guatemala", roles=["spouse of Orellana-Castillo"]),
            P("Kevin Estuardo Orellana Barrios", country="Guatemala", roles=["son of Orellana-Castillo"]),
            P("Marvin Estuardo Chacón Pérez", "Marvin Chacón Pérez", "Chacón Pérez", "El Pato", country="Guatemala", roles=["leader of Los Chacones"]),
            P("John J. Sullivan", "Deputy Secretary John J. Sullivan", country="United States", roles=["Deputy Secretary of State"]),
            P("Sandra Jovel", "Foreign Minister Sandra Jovel", country="Guatemala", roles=["Foreign Minister"]),
            P("Michael R. Pompeo", "Secretary Michael R. Pompeo", country="United States", roles=["Secretary of State"]),
            P("Jimmy Morales", "President Jimmy Morales", country="Guatemala", roles=["President"])],
    organizations=[O("Department of State", "Department", kind="government body"),
                   O("Los Chacones", kind="criminal group"),
                   O("National Civil Police", "Policía Nacional Civil", "PNC", kind="security force"),
                   O("Public Ministry", "Ministerio Público", "MP", kind="government body"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Department of Justice", kind="government body"),
                   O("Department of Homeland Security", kind="government body"),
                   O("Bureau of International Narcotics and Law Enforcement Affairs", kind="government body")],
    places=[GT(), US(), MX(),
            city("Ayutla", "Guatemala"), state("San Marcos", "Guatemala"), oth("Suchiate River", None),
            city("Tecún Umán", "Guatemala"), city("Guatemala City", "Guatemala"), city("Coatepeque", "Guatemala"),
            fac("Fraijanes II", "Guatemala", "Fraijanes II prison"), state("Retalhuleu", "Guatemala"),
            state("Chiapas", "Mexico"), city("Ciudad Hidalgo", "Mexico"), city("Washington", "United States")],
    aliases=[A("National Civil Police", "Policía Nacional Civil", "translation", "National Civil Police (Policía Nacional Civil, PNC)"),
             A("National Civil Police", "PNC", "acronym", "Policía Nacional Civil, PNC"),
             A("Public Ministry", "Ministerio Público", "translation", "Public Ministry (Ministerio Público, MP)"),
             A("Public Ministry", "MP", "acronym", "Ministerio Público, MP"),
             A("Marvin Estuardo Chacón Pérez", "El Pato", "nickname", "Marvin Estuardo Chacón Pérez, also known as \"El Pato,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)")],
    events=[E("2019-02-11", "day", "today", "document date", ["United States", "Guatemala"], "State Department designates Orellana-Castillo under Section 7031(c)", S_DES),
            E("2018-08-14", "day", "on August 14, 2018", "explicit", ["Guatemala"], "PNC arrests Orellana-Castillo", S_PNC),
            E("2018-08-15", "day", "the next day", "context", ["Guatemala"], "Public Ministry charges Orellana-Castillo with money laundering and illicit association", S_PNC),
            E("2019-04", "month", "in April", "document date", ["Guatemala"], "Orellana-Castillo's trial before a High-Risk Court scheduled to begin", S_TRIAL),
            E("2019-02-11", "day", "today", "document date", ["United States"], "State Department announces a $5 million Narcotics Rewards Program offer for Chacón Pérez", S_REW),
            E("2017-06-20", "day", "on June 20, 2017", "explicit", ["United States"], "grand jury in the District of Columbia indicts Chacón Pérez", S_IND2),
            E("2018-01", "month", "in January 2018", "explicit", ["Guatemala"], "Guatemalan authorities capture Chacón Pérez in Coatepeque", S_ESC),
            E("2018-12-03", "day", "on December 3", "context", ["Guatemala"], "Chacón Pérez escapes from Fraijanes II prison", S_ESC),
            E("2018-10-09", "day", "On October 9, 2018", "explicit", ["Mexico"], "Mexican soldiers seize 1.4 tons of Los Chacones cocaine in Ciudad Hidalgo", S_CH),
            E("2019-02", "month", "Last week", "document date", ["United States", "Guatemala"], "Sullivan discusses the case with Foreign Minister Jovel in Washington", S_SUL),
            E("2019-02", "month", "Last week", "document date", ["United States", "Guatemala"], "Sullivan and Jovel agree to expand PNC-DEA cooperation", S_SUL),
            E("2019-01-30", "day", "on January 30", "document date", ["United States", "Guatemala"], "Pompeo speaks with President Jimmy Morales by phone", S_POM)],
    optional={"organizations": ["OFFICE OF THE SPOKESPERSON", "Narcotics Rewards Program", "High-Risk Court", "U.S. Embassy",
                                "Guatemalan authorities", "Mexican soldiers", "federal grand jury"],
              "places": ["District of Columbia", "Pacific coast", "South America", "Central America", "western border"],
              "events_evidence": [
                  S_FAM,
                  "This action renders them ineligible for entry into the United States.",
                  "Since its inception in 1986, the program has paid more than $130 million in rewards.",
                  "Today's actions send a clear message that officials who protect drug traffickers will face consequences, and that the United States stands with the Guatemalan people and with honest officials who work to uphold the rule of law."]},
    timeline_pair=("United States", "Guatemala"))
# "America" occurs only inside "South America" / "Central America": not a form of the United States here
for g in D[F]["places"]:
    if g["name"] == "United States":
        g["variants"] = [v for v in g["variants"] if v != "America"]
checks(F)

# ---------------------------------------------------------------- 03 long-read, Tijuana 2010-2016
F = "03_longread_tijuana_zona_norte_2017.txt"
S_TEO = "After soldiers captured Teodoro García Simental, known as \"El Teo,\" in La Paz on January 12, 2010, the bodies hanging from bridges became rarer, tourists drifted back to Avenida Revolución, and the remains of the Arellano Félix Organization (AFO), also called the Tijuana Cartel, made peace with the Sinaloa Cartel."
S_NOV6 = "On November 6, a Sinaloa cell led by a former state policeman, Gilberto A. Sauceda-Nava, shot two of Landeros's dealers in Camino Verde, a hillside neighbourhood on the city's east side."
S_NEXTM = "The next morning the dealers' bodies were left outside the municipal police station."
S_ROS = "The old bosses met in Rosarito the following week and agreed that the killings had been a mistake, Landeros said."
S_ING = "On June 23, 2014, federal police and soldiers arrested him at a house in Tijuana while he watched Mexico play Croatia in the World Cup."
S_FEB2 = "On February 2, gunmen under his orders killed four men at a car wash in Otay, and on March 19 they dumped nine bodies on the road to Ensenada."
S_SPR = "Landeros switched sides that spring."
S_AUG = "He was arrested in a raid by the Baja California State Attorney General's Office (Procuraduría General de Justicia del Estado, PGJE) on August 27, 2015, with two pistols and 3 kilograms of crystal methamphetamine."
S_SENT = "A state judge sentenced him in May 2016."
S_OCT = "Uriarte-Moncada was captured by soldiers of the Second Military Zone at a ranch outside Tecate in October, and federal prosecutors transferred him to a maximum-security prison in Jalisco a month later."
S_THU = "On Thursday, he told reporters that police had arrested 41 suspected CJNG street sellers since July."
S_LAST = "Last month, she said, two boys on her street were shot dead in daylight."
doc(F, SRC, "The Quiet Years: How Tijuana's Truce Fell Apart, One Corner at a Time",
    "2017-09-19", "day", "By Daniel Ortega-Ruelas | 19 Sep 2017",
    people=[P("Daniel Ortega-Ruelas", roles=["author"]),
            P("Teodoro García Simental", "El Teo", country="Mexico", roles=["AFO splinter leader"]),
            P("Julio César Landeros Ibarra", "Landeros", "El Chivo", country="Mexico", roles=["AFO street-sales boss in the Zona Norte", "prisoner"]),
            P("Gilberto A. Sauceda-Nava", country="Mexico", roles=["former state policeman", "leader of a Sinaloa cell"]),
            P("Fernando Sánchez Arellano", "El Ingeniero", country="Mexico", roles=["head of the Arellano Félix Organization"]),
            P("Ramón Alberto Uriarte-Moncada", "Uriarte-Moncada", "R-15", country="Mexico", roles=["CTNG local chief", "former Army sergeant"]),
            P("Rommel A. Peraza-Luján", "State Attorney General Rommel A. Peraza-Luján", country="Mexico", roles=["Baja California Attorney General"]),
            P("Rosa Landeros", country="Mexico", roles=["sister of Landeros"])],
    organizations=[O("Arellano Félix Organization", "AFO", "Tijuana Cartel", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Cártel Tijuana Nueva Generación", "CTNG", kind="criminal group"),
                   O("Baja California State Attorney General's Office", "Procuraduría General de Justicia del Estado", "PGJE", kind="government body"),
                   O("Second Military Zone", kind="security force"),
                   O("Observatorio Ciudadano de Tijuana", kind="ngo"),
                   O("Drug Enforcement Administration", "DEA", kind="government body")],
    places=[MX(),
            city("Tijuana", "Mexico"), city("La Paz", "Mexico"), infra("Avenida Revolución", "Mexico"),
            infra("San Ysidro", None), infra("Otay Mesa", None), oth("Zona Norte", "Mexico"), oth("Tijuana River", None),
            fac("El Hongo prison", "Mexico", "El Hongo"), city("Tecate", "Mexico"), oth("Camino Verde", "Mexico"),
            city("Rosarito", "Mexico"), city("Guadalajara", "Mexico"), city("Mexicali", "Mexico"), oth("Otay", "Mexico"),
            city("Ensenada", "Mexico"), state("Baja California", "Mexico"), state("Jalisco", "Mexico"), city("San Diego", "United States")],
    aliases=[A("Teodoro García Simental", "El Teo", "nickname", "Teodoro García Simental, known as \"El Teo,\""),
             A("Arellano Félix Organization", "AFO", "acronym", "Arellano Félix Organization (AFO)"),
             A("Arellano Félix Organization", "Tijuana Cartel", "nickname", "Arellano Félix Organization (AFO), also called the Tijuana Cartel"),
             A("Julio César Landeros Ibarra", "El Chivo", "nickname", "Landeros, whom everyone in the Zona Norte called \"El Chivo,\""),
             A("Fernando Sánchez Arellano", "El Ingeniero", "nickname", "Fernando Sánchez Arellano, \"El Ingeniero,\""),
             A("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "translation", "Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación, CJNG"),
             A("Cártel Tijuana Nueva Generación", "CTNG", "acronym", "Cártel Tijuana Nueva Generación (CTNG)"),
             A("Ramón Alberto Uriarte-Moncada", "R-15", "nickname", "Ramón Alberto Uriarte-Moncada, a.k.a. \"R-15,\""),
             A("Baja California State Attorney General's Office", "Procuraduría General de Justicia del Estado", "translation",
               "Baja California State Attorney General's Office (Procuraduría General de Justicia del Estado, PGJE)"),
             A("Baja California State Attorney General's Office", "PGJE", "acronym", "Procuraduría General de Justicia del Estado, PGJE"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)")],
    events=[E("2010-01-12", "day", "on January 12, 2010", "explicit", ["Mexico"], "soldiers capture El Teo in La Paz", S_TEO),
            E("2011-11-06", "day", "On November 6", "context", ["Mexico"], "Sinaloa cell led by Sauceda-Nava shoots two of Landeros's dealers in Camino Verde", S_NOV6),
            E("2011-11-07", "day", "The next morning", "context", ["Mexico"], "dealers' bodies left outside the municipal police station", S_NEXTM),
            E("2011-11", "month", "the following week", "context", ["Mexico"], "old bosses meet in Rosarito and call the killings a mistake", S_ROS),
            E("2014-06-23", "day", "On June 23, 2014", "explicit", ["Mexico"], "federal police and soldiers arrest Sánchez Arellano in Tijuana", S_ING),
            E("2015-02-02", "day", "On February 2", "context", ["Mexico"], "CTNG gunmen kill four men at a car wash in Otay", S_FEB2),
            E("2015-03-19", "day", "on March 19", "context", ["Mexico"], "CTNG gunmen dump nine bodies on the road to Ensenada", S_FEB2),
            E("2015", "season", "that spring", "context", ["Mexico"], "Landeros switches sides to the CJNG", S_SPR),
            E("2015-08-27", "day", "on August 27, 2015", "explicit", ["Mexico"], "PGJE arrests Landeros in a raid with pistols and methamphetamine", S_AUG),
            E("2016-05", "month", "in May 2016", "explicit", ["Mexico"], "state judge sentences Landeros", S_SENT),
            E("2016-10", "month", "in October", "context", ["Mexico"], "soldiers of the Second Military Zone capture Uriarte-Moncada near Tecate", S_OCT),
            E("2016-11", "month", "a month later", "context", ["Mexico"], "federal prosecutors transfer Uriarte-Moncada to a maximum-security prison in Jalisco", S_OCT),
            E("2017-09-14", "day", "On Thursday", "document date", ["Mexico"], "Peraza-Luján tells reporters police arrested 41 suspected CJNG street sellers", S_THU),
            E("2017-08", "month", "Last month", "document date", ["Mexico"], "two boys shot dead on Rosa Landeros's street in Camino Verde", S_LAST)],
    optional={"organizations": ["Army", "federal police", "municipal police", "World Cup"],
              "places": ["Croatia", "Tijuana River canal", "municipal police station"],
              "events_evidence": [
                  "\"In 2011 nobody touched anybody,\" he said.",
                  "That first crack came that autumn.",
                  "Within weeks, said Landeros, \"the phones stopped answering.\"",
                  "By 2015 the gap had a new tenant.",
                  "Envoys of the Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, CJNG) arrived from Guadalajara and recruited the Arellano remnants into a cell they called Cártel Tijuana Nueva Generación (CTNG).",
                  "The city recorded 910 homicides in 2016, according to the Observatorio Ciudadano de Tijuana, a citizens' group, and this year it is on course for well over 1,500.",
                  "In San Diego, a Drug Enforcement Administration (DEA) agent who asked not to be named said methamphetamine seizures at the San Ysidro crossing doubled between 2014 and 2016."]},
    timeline_pair=("Mexico",))
checks(F)

# ---------------------------------------------------------------- 04 conflict event notes, Jalisco / Colima / Guatemala border
F = "04_event_notes_jalisco_colima_2023.txt"
N_TLA = "Mon 7 Aug, Tlajomulco de Zúñiga (Jalisco): Gunmen ambushed a Jalisco State Police patrol on the road to Cajititlán, killing two officers and wounding a third."
N_TLA2 = "The following day, soldiers arrested two suspects at a safe house in Santa Fe."
N_MZ = "Tue 8 Aug, Manzanillo (Colima): Marines of the Secretariat of the Navy (Secretaría de Marina, SEMAR) seized 1.7 tonnes of cocaine hidden in a container of frozen fish that had arrived from Buenaventura, Colombia."
N_COL = "Wed 9 Aug, Colima (Colima): Police found the bodies of five men inside a house in the colonia Placetas Estadio."
N_TEP = "Wed 9 Aug, Tepic (Nayarit): The Nayarit State Prosecutor's Office announced the arrest of Luis Enrique Carrillo Tapia, alias \"El Guaco,\" a suspected CJNG plaza boss accused of four killings in Bahía de Banderas."
N_TEP2 = "Carrillo Tapia was detained on Sunday in Compostela, the office said."
N_TEO = "Thu 10 Aug, Teocaltiche (Jalisco): Four men died in a clash between CJNG gunmen and a faction of the Sinaloa Cartel near the border with Zacatecas."
N_TEO2 = "On Friday, the National Guard (Guardia Nacional, GN) deployed 300 troops to the municipality."
N_PV = "Fri 11 Aug, Puerto Vallarta (Jalisco): Unidentified attackers shot dead Cmdr. José Luis Ávila-Ureña, deputy director of the municipal police, outside his home in the Pitillal district."
N_PV2 = "Mayor Luis Alberto Michel had received threats last week, according to a municipal spokesperson."
N_GDL = "Sat 12 Aug, Guadalajara (Jalisco): Governor Enrique Alfaro Ramírez met federal Security Secretary Rosa Icela Rodríguez to review the deployment in northern Jalisco."
N_MAL = "Sat 12 Aug, Malacatán (San Marcos, Guatemala): Guatemala's National Civil Police (Policía Nacional Civil, PNC) seized 14 rifles and 6,000 rounds of ammunition from a pickup truck at the El Carmen border crossing and detained its driver, a Mexican national."
N_FC = "Sun 13 Aug, Frontera Comalapa (Chiapas): Gunmen burned three vehicles and blocked the highway to Comitán for six hours."
N_ZAP = "Sun 13 Aug, Zapopan (Jalisco): Searchers of the collective Luz de Esperanza found human remains in 11 bags in a ravine in the colonia El Collí."
N_ZAP2 = "Its founder, Rosa María Contreras-Ulloa, said the group had reported the site to state prosecutors on 19 July and received no reply."
N_JUN = "Analyst note: The Teocaltiche clash continues a pattern that began in late June, when CJNG and Sinaloa factions started contesting the highway between Jalisco and Zacatecas."
doc(F, SRC, "Conflict Event Notes: Western Mexico and the Guatemala Border, 7-13 August 2023",
    "2023-08-15", "day", "Compiled 15 August 2023",
    people=[P("María Fernanda Gil-Lozano", roles=["analyst", "compiler"]),
            P("Tomás J. Ebert", roles=["analyst", "compiler"]),
            P("Luis Enrique Carrillo Tapia", "Carrillo Tapia", "El Guaco", country="Mexico", roles=["suspected CJNG plaza boss"]),
            P("José Luis Ávila-Ureña", "Cmdr. José Luis Ávila-Ureña", country="Mexico", roles=["deputy director of the Puerto Vallarta municipal police"]),
            P("Luis Alberto Michel", "Mayor Luis Alberto Michel", country="Mexico", roles=["Mayor of Puerto Vallarta"]),
            P("Enrique Alfaro Ramírez", "Governor Enrique Alfaro Ramírez", "Alfaro", country="Mexico", roles=["Governor of Jalisco"]),
            P("Rosa Icela Rodríguez", "Security Secretary Rosa Icela Rodríguez", country="Mexico", roles=["federal Security Secretary"]),
            P("Rosa María Contreras-Ulloa", country="Mexico", roles=["founder of Luz de Esperanza"])],
    organizations=[O("Centro de Estudios sobre Violencia y Territorio", "CEVIT", kind="ngo"),
                   O("Jalisco State Police", kind="security force"),
                   O("Jalisco State Prosecutor's Office", "Fiscalía del Estado de Jalisco", kind="government body"),
                   O("Jalisco New Generation Cartel", "CJNG", kind="criminal group"),
                   O("Secretariat of the Navy", "Secretaría de Marina", "SEMAR", kind="security force"),
                   O("Cártel Independiente de Colima", "Los Mezcales", kind="criminal group"),
                   O("Nayarit State Prosecutor's Office", kind="government body"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("National Guard", "Guardia Nacional", "GN", kind="security force"),
                   O("National Civil Police", "Policía Nacional Civil", "PNC", kind="security force"),
                   O("Luz de Esperanza", kind="ngo")],
    places=[MX(), GT(), C("Colombia"),
            state("Jalisco", "Mexico"), state("Colima", "Mexico"), state("Nayarit", "Mexico"), state("Chiapas", "Mexico"),
            state("San Marcos", "Guatemala"), city("Tlajomulco de Zúñiga", "Mexico"), city("Cajititlán", "Mexico"),
            city("Santa Fe", "Mexico"), city("Manzanillo", "Mexico"), city("Buenaventura", "Colombia"),
            oth("Placetas Estadio", "Mexico"), city("Tepic", "Mexico"), city("Bahía de Banderas", "Mexico"),
            city("Compostela", "Mexico"), city("Teocaltiche", "Mexico"), state("Zacatecas", "Mexico"),
            city("Puerto Vallarta", "Mexico"), oth("Pitillal", "Mexico"), city("Guadalajara", "Mexico"),
            city("Malacatán", "Guatemala"), infra("El Carmen", None, "El Carmen border crossing"), city("Ciudad Hidalgo", "Mexico"),
            city("Frontera Comalapa", "Mexico"), city("Comitán", "Mexico"), city("Zapopan", "Mexico"), oth("El Collí", "Mexico")],
    aliases=[A("Centro de Estudios sobre Violencia y Territorio", "CEVIT", "acronym", "Centro de Estudios sobre Violencia y Territorio (CEVIT)"),
             A("Jalisco State Prosecutor's Office", "Fiscalía del Estado de Jalisco", "translation", "Jalisco State Prosecutor's Office (Fiscalía del Estado de Jalisco)"),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Jalisco New Generation Cartel (CJNG)"),
             A("Secretariat of the Navy", "Secretaría de Marina", "translation", "Secretariat of the Navy (Secretaría de Marina, SEMAR)"),
             A("Secretariat of the Navy", "SEMAR", "acronym", "Secretaría de Marina, SEMAR"),
             A("Cártel Independiente de Colima", "Los Mezcales", "nickname", "Cártel Independiente de Colima, known locally as \"Los Mezcales,\""),
             A("Luis Enrique Carrillo Tapia", "El Guaco", "nickname", "Luis Enrique Carrillo Tapia, alias \"El Guaco,\""),
             A("National Guard", "Guardia Nacional", "translation", "National Guard (Guardia Nacional, GN)"),
             A("National Guard", "GN", "acronym", "Guardia Nacional, GN"),
             A("National Civil Police", "Policía Nacional Civil", "translation", "National Civil Police (Policía Nacional Civil, PNC)"),
             A("National Civil Police", "PNC", "acronym", "Policía Nacional Civil, PNC")],
    events=[E("2023-08-07", "day", "Mon 7 Aug", "document date", ["Mexico"], "gunmen ambush a Jalisco State Police patrol near Cajititlán, killing two officers", N_TLA),
            E("2023-08-08", "day", "The following day", "context", ["Mexico"], "soldiers arrest two suspects at a safe house in Santa Fe", N_TLA2),
            E("2023-08-08", "day", "Tue 8 Aug", "document date", ["Mexico"], "SEMAR seizes 1.7 tonnes of cocaine in a container at Manzanillo", N_MZ),
            E("2023-08-09", "day", "Wed 9 Aug", "document date", ["Mexico"], "police find the bodies of five men in a house in Colima", N_COL),
            E("2023-08-09", "day", "Wed 9 Aug", "document date", ["Mexico"], "Nayarit State Prosecutor's Office announces the arrest of El Guaco", N_TEP),
            E("2023-08-06", "day", "on Sunday", "context", ["Mexico"], "Carrillo Tapia detained in Compostela", N_TEP2),
            E("2023-08-10", "day", "Thu 10 Aug", "document date", ["Mexico"], "clash between CJNG gunmen and a Sinaloa Cartel faction in Teocaltiche leaves four dead", N_TEO),
            E("2023-08-11", "day", "On Friday", "context", ["Mexico"], "National Guard deploys 300 troops to Teocaltiche", N_TEO2),
            E("2023-08-11", "day", "Fri 11 Aug", "document date", ["Mexico"], "attackers shoot dead police commander Ávila-Ureña in Puerto Vallarta", N_PV),
            E("2023-08", "month", "last week", "document date", ["Mexico"], "Mayor Luis Alberto Michel receives threats", N_PV2),
            E("2023-08-12", "day", "Sat 12 Aug", "document date", ["Mexico"], "Governor Alfaro meets Security Secretary Rosa Icela Rodríguez in Guadalajara", N_GDL),
            E("2023-08-12", "day", "Sat 12 Aug", "document date", ["Guatemala"], "PNC seizes 14 rifles and ammunition at the El Carmen border crossing", N_MAL),
            E("2023-08-12", "day", "Sat 12 Aug", "document date", ["Guatemala"], "PNC detains the pickup's Mexican driver", N_MAL),
            E("2023-08-13", "day", "Sun 13 Aug", "document date", ["Mexico"], "gunmen burn three vehicles and block the highway to Comitán in Frontera Comalapa", N_FC),
            E("2023-08-13", "day", "Sun 13 Aug", "document date", ["Mexico"], "Luz de Esperanza searchers find human remains in 11 bags in El Collí, Zapopan", N_ZAP),
            E("2023-07-19", "day", "on 19 July", "document date", ["Mexico"], "Luz de Esperanza reports the site to state prosecutors", N_ZAP2),
            E("2023-06", "month", "in late June", "document date", ["Mexico"], "CJNG and Sinaloa factions start contesting the Jalisco-Zacatecas highway", N_JUN)],
    optional={"organizations": ["Mesoamerica Monitoring Desk", "municipal police", "state prosecutors", "Marines"],
              "places": ["Western Mexico", "port of Manzanillo", "northern Jalisco", "Guatemala Border"],
              "events_evidence": [
                  "The Jalisco State Prosecutor's Office (Fiscalía del Estado de Jalisco) attributed the attack to a cell of the Jalisco New Generation Cartel (CJNG).",
                  "It is the third large seizure at the port of Manzanillo this year.",
                  "A banner signed by the Cártel Independiente de Colima, known locally as \"Los Mezcales,\" accused the victims of working for the CJNG.",
                  "Colima has recorded the highest homicide rate of any Mexican state since 2022.",
                  "Residents reported drones dropping explosives on two ranches.",
                  "Alfaro later said the state would hire 500 additional police officers before the end of the year.",
                  "The PNC said the weapons were bound for Ciudad Hidalgo in Chiapas.",
                  "Local church leaders blamed the CJNG and the Sinaloa Cartel, which have fought for control of the border strip since 2021.",
                  "We expect further fighting in the municipality next week."]},
    timeline_pair=("Mexico", "Guatemala"))
checks(F)

# ---------------------------------------------------------------- 05 interview, Tivoli Gardens 2009-2015
F = "05_interview_tivoli_gardens_2015.txt"
S_REQ = "MATTIS-BROWN: In August 2009 the United States asked Jamaica to extradite Christopher Michael Coke, whom everybody called \"Dudus.\""
S_TV = "MATTIS-BROWN: On May 17 Bruce Golding went on television and said the Minister of Justice would sign the authority to proceed."
S_BAR = "From that night, barricades went up in Tivoli: old cars, fridges, wire, gas cylinders."
S_SUN = "On the Sunday, May 23, gunmen attacked the Hannah Town and Denham Town police stations and set one of them on fire, and that evening the Governor-General declared a state of emergency for Kingston and St Andrew."
S_OP = "WHYTE-CAMPBELL: The operation started the next morning."
S_CAP = "A month later, on June 22, police stopped a car on Mandela Highway near Spanish Town and found him inside, dressed, some say, in a woman's wig."
S_NY = "Two days later he was on a plane to New York."
S_PLEA = "He pleaded guilty in August 2011 in the Southern District of New York, and Judge Robert P. Patterson sentenced him to 23 years on June 8, 2012."
S_GOLD = "MATTIS-BROWN: He announced that September that he would step down as leader of the Jamaica Labour Party (JLP) and as Prime Minister."
S_DEC = "MATTIS-BROWN: It opened its hearings in December under Sir David Simmons, the former Chief Justice of Barbados."
S_MAR = "I gave evidence on March 3, and I told them what I have told you: the police did not have a plan for after the shooting stopped."
S_RIF = "Last week the police seized four rifles in a house off Spanish Town Road."
S_FRI = "The Commission heard its final witness on Friday and is expected to report later this year."
doc(F, SRC, "Q&A: \"We went in blind\" - a retired Jamaican police commander on Tivoli Gardens, five years on",
    "2015-05-21", "day", "Published 21 May 2015, 08:30",
    people=[P("Andrea L. Whyte-Campbell", "WHYTE-CAMPBELL", roles=["interviewer"]),
            P("Clive Anthony Mattis-Brown", "Senior Superintendent Clive Anthony Mattis-Brown", "MATTIS-BROWN", country="Jamaica",
              roles=["retired Senior Superintendent", "JCF commander in the 2010 Tivoli Gardens operation"]),
            P("Christopher Michael Coke", "Coke", "Dudus", country="Jamaica", roles=["\"President\" of the Shower Posse"]),
            P("Bruce Golding", "Golding", country="Jamaica", roles=["Prime Minister", "leader of the Jamaica Labour Party"]),
            P("Robert P. Patterson", "Judge Robert P. Patterson", country="United States", roles=["Judge"]),
            P("David Simmons", "Sir David Simmons", country="Barbados", roles=["chairman of the West Kingston Commission of Enquiry", "former Chief Justice of Barbados"])],
    organizations=[O("Caribbean Security Review", kind="media"),
                   O("Jamaica Constabulary Force", "JCF", kind="security force"),
                   O("Shower Posse", "Presidential Click", kind="criminal group"),
                   O("Jamaica Defence Force", "JDF", kind="security force"),
                   O("Jamaica Labour Party", "JLP", kind="political movement"),
                   O("West Kingston Commission of Enquiry", "Commission", kind="government body"),
                   O("Independent Commission of Investigations", "INDECOM", kind="government body")],
    places=[C("Jamaica"), US(), C("Barbados"), C("Haiti"),
            oth("Tivoli Gardens", "Jamaica", "Tivoli"), oth("West Kingston", "Jamaica"), city("Kingston", "Jamaica"),
            state("St Andrew", "Jamaica"), city("Mandeville", "Jamaica"), oth("Hannah Town", "Jamaica"), oth("Denham Town", "Jamaica"),
            infra("Java Road", "Jamaica"), infra("Mandela Highway", "Jamaica"), city("Spanish Town", "Jamaica"),
            city("New York", "United States"), city("Washington", "United States"), state("Florida", "United States"),
            infra("Spanish Town Road", "Jamaica")],
    aliases=[A("Jamaica Constabulary Force", "JCF", "acronym", "Jamaica Constabulary Force (JCF)"),
             A("Christopher Michael Coke", "Dudus", "nickname", "Christopher Michael Coke, whom everybody called \"Dudus.\""),
             A("Shower Posse", "Presidential Click", "nickname", "Shower Posse, which some people called the Presidential Click"),
             A("Jamaica Defence Force", "JDF", "acronym", "Jamaica Defence Force (JDF)"),
             A("Jamaica Labour Party", "JLP", "acronym", "Jamaica Labour Party (JLP)"),
             A("Independent Commission of Investigations", "INDECOM", "acronym", "Independent Commission of Investigations (INDECOM)")],
    events=[E("2009-08", "month", "In August 2009", "explicit", ["United States", "Jamaica"], "United States asks Jamaica to extradite Coke", S_REQ),
            E("2010-05-17", "day", "On May 17", "context", ["Jamaica"], "Golding announces on television that the extradition authority will be signed", S_TV),
            E("2010-05-17", "day", "that night", "context", ["Jamaica"], "barricades go up in Tivoli", S_BAR),
            E("2010-05-23", "day", "On the Sunday, May 23", "context", ["Jamaica"], "gunmen attack the Hannah Town and Denham Town police stations, setting one on fire", S_SUN),
            E("2010-05-23", "day", "that evening", "context", ["Jamaica"], "Governor-General declares a state of emergency for Kingston and St Andrew", S_SUN),
            E("2010-05-24", "day", "the next morning", "context", ["Jamaica"], "security forces' operation in Tivoli Gardens starts", S_OP),
            E("2010-06-22", "day", "on June 22", "context", ["Jamaica"], "police stop a car on Mandela Highway and capture Coke", S_CAP),
            E("2010-06-24", "day", "Two days later", "context", ["Jamaica", "United States"], "Coke flown to New York (extradited)", S_NY),
            E("2011-08", "month", "in August 2011", "explicit", ["United States"], "Coke pleads guilty in the Southern District of New York", S_PLEA),
            E("2012-06-08", "day", "on June 8, 2012", "explicit", ["United States"], "Judge Patterson sentences Coke to 23 years", S_PLEA),
            E("2011-09", "month", "that September", "context", ["Jamaica"], "Golding announces he will step down as JLP leader and Prime Minister", S_GOLD),
            E("2014-12", "month", "in December", "document date", ["Jamaica"], "West Kingston Commission of Enquiry opens its hearings", S_DEC),
            E("2015-03-03", "day", "on March 3", "document date", ["Jamaica"], "Mattis-Brown gives evidence to the Commission", S_MAR),
            E("2015-05", "month", "Last week", "document date", ["Jamaica"], "police seize four rifles in a house off Spanish Town Road", S_RIF),
            E("2015-05-15", "day", "on Friday", "document date", ["Jamaica"], "Commission hears its final witness", S_FRI)],
    optional={"people": ["Governor-General"],
              "organizations": ["Manatt", "Minister of Justice", "Hannah Town and Denham Town police stations", "Tivoli Gardens community centre", "Garrisons"],
              "places": ["Southern District of New York"],
              "events_evidence": [
                  "The government sat on the request for nine months.",
                  "WHYTE-CAMPBELL: Officially 73 civilians died, along with a soldier.",
                  "MATTIS-BROWN: He was gone before we reached Java Road.",
                  "The Independent Commission of Investigations (INDECOM) also has files on some of the killings.",
                  "Retired Senior Superintendent Clive Anthony Mattis-Brown served 31 years in the Jamaica Constabulary Force (JCF) and commanded a police team during the 2010 operation in Tivoli Gardens, West Kingston."]},
    timeline_pair=("Jamaica", "United States"))
checks(F)

NOTES = (
 "Held-out set N, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and the heldout_e notes; texts written for this set and annotated by reading alone (crimecli never run). "
 "Decisions (details in NOTES_a.md): PUBLISHED is the document's own date line. Bylines, reporters, editors, compilers and interviewers are people "
 "without country; transcript speaker labels in caps are variants. Puerto Rico is 'state or department' of the United States; Bahamas is named only "
 "by demonym and in 'Royal Bahamas Defence Force', so it is not a place but may appear in event countries. Roads, avenues and highways are "
 "'border crossing or infrastructure'; border crossings (San Ysidro, Otay Mesa, El Carmen) and border rivers (Suchiate, Tijuana River, Mona Passage) "
 "have country null; neighbourhoods, colonias and islands are 'other'. 04's 'Colima (Colima)' is one place, Colima (state or department). "
 "ALIASES: 'known as', 'alias', 'a.k.a.', 'also known as', 'whom everybody called', 'which some people called', 'also called', 'known locally as' "
 "and 'Name, \"Nick,\"' give nickname pairs; 'English (Spanish, ACR)' gives a translation and an acronym pair. EVENTS: per mention, one per "
 "happening; year-less dates in a story told in an earlier year take that year (resolved_from 'context'); in event notes a weekday or 'The following "
 "day' resolves against the note's own date (04 'detained on Sunday' in the 9 Aug note -> 6 Aug); scheduled happenings with a date are events "
 "(01 magistrate appearance 'on Wednesday', 02 trial 'in April'); 'that spring' is season precision with the year; statements without their own "
 "date, statistics, 'since' spans, 'within weeks', 'By 2015' and hedged forecasts are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
