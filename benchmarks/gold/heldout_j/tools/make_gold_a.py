#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set J in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev, dev2 and
heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below and in ../NOTES_a.md.
Run it after any edit: it asserts that every evidence string, date_text, published_evidence and
at least one surface form of every entity occurs in its document, and drops variants that do not
occur verbatim.
"""
import json, os, re, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge District U.S. Police Chief Dr Dr. Mr. Interior
Governor Security Dominican Agent Special in Charge Minister Secretary""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set J document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
RESOLVED = {"explicit", "document date", "context", "unresolved"}
PLEN = {"day": 10, "month": 7, "year": 4, "season": 4}


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, no duplicates per
    area, timeline_pair countries are annotated places, event countries are annotated countries,
    resolved_from is known and a date's length matches its precision."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"] if g["kind"] == "country"}, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in RESOLVED, e
        if e["date"]:
            assert len(e["date"]) == PLEN[e["precision"]], e
        for c in e["countries"]:
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)
    assert 8 <= len(d["events"]) <= 18, (file, "events", len(d["events"]))
    n = len(re.findall(r"\S+", text_of(file)))
    assert 450 <= n <= 700, (file, "words", n)


EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries

HTI = lambda: C("Haiti")
DOM = lambda: C("Dominican Republic")
HND = lambda: C("Honduras")
GTM = lambda: C("Guatemala")
MEX = lambda: C("Mexico")
TTO = lambda: C("Trinidad and Tobago")
JAM = lambda: C("Jamaica")

# ---------------------------------------------------------------- 01 wire, Haiti: Viv Ansanm cuts RN8
F = "01_haiti_viv_ansanm_route_nationale_2025.txt"
S_BLOCK = "PORT-AU-PRINCE, Oct 14 (Reuters) - Gunmen from the Viv Ansanm gang coalition blocked the main road between Port-au-Prince and the Dominican border on Monday, burning two fuel trucks near Croix-des-Bouquets and cutting the capital's last reliable route to the Malpassé crossing, police and residents said."
S_VOW = "The attack came three days after Haiti's police chief, André-Michel Joseph, told reporters that his officers would \"take back the whole of Route Nationale 8 before the end of the month.\""
S_CMD = "Joseph, who took command of the Haitian National Police (Police Nationale d'Haïti, PNH) in August, said on Tuesday that reinforcements had been sent to Ganthier, a farming town about 30 km (19 miles) east of the capital."
S_FORM = "Viv Ansanm, a Creole name that means \"Living Together,\" was formed in September 2023 when rival gangs in Port-au-Prince agreed to stop fighting each other and turn on the state."
S_SANC = "The U.S. Treasury Department sanctioned Chérizier in December 2020, and the U.N. Security Council added him to its sanctions list in October 2022."
S_BBQ = "It is led by Jimmy Chérizier, a former police officer known as \"Barbecue,\" who is under U.S. and United Nations sanctions."
S_TIL = "Residents of Ganthier said the fighters on the road belonged to the 400 Mawozo gang, whose local commander, Wilson Pierre-Louis, nicknamed \"Ti Lapli,\" has controlled the plain east of Croix-des-Bouquets since 2021."
S_DOR = "On Sunday night, gang members shot dead a deputy mayor of Ganthier, Rose-Marie Dorvil, outside her home, the town hall said in a statement."
S_FLEE = "The next morning, dozens of families walked toward Fonds-Parisien and the shores of Lake Azuéi, he said."
S_CLOSE = "The Dominican Republic closed the Malpassé-Jimaní crossing to commercial traffic on Tuesday, a spokesman for the Dominican army said, citing \"risks to the security of our troops.\""
S_MSS = "The violence is a test for the Kenyan-led Multinational Security Support (MSS) mission, whose first officers landed in Port-au-Prince on June 25, 2024."
S_GSF = "On Sept. 30, the U.N. Security Council voted to replace it with a larger Gang Suppression Force with powers to detain suspects."
S_ARR = "Police arrested a suspected arms supplier, Kervens J. Saint-Fleur, at the port of Saint-Marc on Oct. 3, after customs officers found 14 rifles and 30,000 rounds of ammunition hidden in a container of used clothing shipped from Miami."
S_JUD = "Saint-Fleur appeared before an investigating judge in Port-au-Prince the following day and was sent to the Croix-des-Bouquets civil prison, the Ministry of Justice and Public Security said."
S_VISA = "A U.S. State Department official said last week that Washington was \"reviewing additional visa restrictions\" on Haitian business figures suspected of financing gangs."
S_FTO = "In May, the State Department designated Viv Ansanm and Gran Grif, the gang that controls much of the Artibonite department, as Foreign Terrorist Organizations."
doc(F, SRC, "Haiti gangs cut road to Dominican border as police chief vows counteroffensive",
    "2025-10-14", "day", "Published: 2025-10-14 16:20 GMT",
    people=[P("Marie-Laure Étienne", roles=["author"]),
            P("Diego Ferrer-Lugo", roles=["author"]),
            P("Paul S. Whitaker", roles=["editor"]),
            P("André-Michel Joseph", "Joseph", country="Haiti", roles=["police chief", "head of the Haitian National Police"]),
            P("Jimmy Chérizier", "Chérizier", "Barbecue", country="Haiti", roles=["leader of Viv Ansanm", "former police officer"]),
            P("Wilson Pierre-Louis", "Ti Lapli", country="Haiti", roles=["local commander of 400 Mawozo"]),
            P("Rose-Marie Dorvil", country="Haiti", roles=["deputy mayor of Ganthier", "victim"]),
            P("Luis Abinader", "Dominican President Luis Abinader", country="Dominican Republic", roles=["President"]),
            P("Kervens J. Saint-Fleur", "Saint-Fleur", country="Haiti", roles=["suspected arms supplier"])],
    organizations=[O("Reuters", kind="media"),
                   O("Viv Ansanm", "Living Together", kind="criminal group"),
                   O("Haitian National Police", "Police Nationale d'Haïti", "PNH", kind="security force"),
                   O("U.S. Treasury Department", kind="government body"),
                   O("U.N. Security Council", kind="international organization"),
                   O("United Nations", kind="international organization"),
                   O("400 Mawozo", kind="criminal group"),
                   O("Multinational Security Support", "MSS", "Multinational Security Support (MSS) mission", kind="international mission"),
                   O("Gang Suppression Force", kind="international mission"),
                   O("Ministry of Justice and Public Security", kind="government body"),
                   O("State Department", "U.S. State Department", kind="government body"),
                   O("Gran Grif", kind="criminal group"),
                   O("International Organization for Migration", "IOM", kind="international organization")],
    places=[HTI(), DOM(), US(),
            city("Port-au-Prince", "Haiti", "PORT-AU-PRINCE"), city("Croix-des-Bouquets", "Haiti"),
            infra("Malpassé", None, "Malpassé crossing", "Malpassé-Jimaní crossing"), city("Jimaní", "Dominican Republic"),
            infra("Route Nationale 8", "Haiti"), city("Ganthier", "Haiti"), city("Fonds-Parisien", "Haiti"),
            oth("Lake Azuéi", "Haiti"), city("Saint-Marc", "Haiti"), city("Miami", "United States"),
            fac("Croix-des-Bouquets civil prison", "Haiti"), state("Artibonite", "Haiti", "Artibonite department"),
            state("Centre", "Haiti", "Centre department"), city("Santo Domingo", "Dominican Republic")],
    aliases=[A("Haitian National Police", "Police Nationale d'Haïti", "translation", "Haitian National Police (Police Nationale d'Haïti, PNH)"),
             A("Haitian National Police", "PNH", "acronym", "Police Nationale d'Haïti, PNH"),
             A("Viv Ansanm", "Living Together", "translation", "Viv Ansanm, a Creole name that means \"Living Together,\""),
             A("Jimmy Chérizier", "Barbecue", "nickname", "Jimmy Chérizier, a former police officer known as \"Barbecue,\""),
             A("Wilson Pierre-Louis", "Ti Lapli", "nickname", "Wilson Pierre-Louis, nicknamed \"Ti Lapli,\""),
             A("Multinational Security Support", "MSS", "acronym", "Multinational Security Support (MSS)"),
             A("International Organization for Migration", "IOM", "acronym", "International Organization for Migration (IOM)")],
    events=[E("2025-10-13", "day", "on Monday", "document date", ["Haiti"], "Viv Ansanm gunmen block the road to the Dominican border and burn two fuel trucks near Croix-des-Bouquets", S_BLOCK),
            E("2025-10-10", "day", "three days after", "context", ["Haiti"], "police chief Joseph vows to take back Route Nationale 8", S_VOW),
            E("2025-08", "month", "in August", "document date", ["Haiti"], "Joseph takes command of the Haitian National Police", S_CMD),
            E("2025-10-14", "day", "on Tuesday", "document date", ["Haiti"], "Joseph says reinforcements were sent to Ganthier", S_CMD),
            E("2023-09", "month", "in September 2023", "explicit", ["Haiti"], "Viv Ansanm coalition formed by rival Port-au-Prince gangs", S_FORM),
            E("2020-12", "month", "in December 2020", "explicit", ["United States", "Haiti"], "U.S. Treasury sanctions Chérizier", S_SANC),
            E("2022-10", "month", "in October 2022", "explicit", ["Haiti"], "U.N. Security Council adds Chérizier to its sanctions list", S_SANC),
            E("2025-10-12", "day", "On Sunday night", "document date", ["Haiti"], "gang members shoot dead Ganthier deputy mayor Rose-Marie Dorvil", S_DOR),
            E("2025-10-13", "day", "The next morning", "context", ["Haiti"], "families flee toward Fonds-Parisien and Lake Azuéi", S_FLEE),
            E("2025-10-14", "day", "on Tuesday", "document date", ["Dominican Republic", "Haiti"], "Dominican Republic closes the Malpassé-Jimaní crossing to commercial traffic", S_CLOSE),
            E("2024-06-25", "day", "on June 25, 2024", "explicit", ["Haiti"], "first officers of the Kenyan-led MSS mission land in Port-au-Prince", S_MSS),
            E("2025-09-30", "day", "On Sept. 30", "document date", ["Haiti"], "U.N. Security Council votes to replace the MSS with a Gang Suppression Force", S_GSF),
            E("2025-10-03", "day", "on Oct. 3", "document date", ["Haiti", "United States"], "police arrest suspected arms supplier Saint-Fleur at Saint-Marc with rifles shipped from Miami", S_ARR),
            E("2025-10-04", "day", "the following day", "context", ["Haiti"], "Saint-Fleur appears before an investigating judge and is sent to prison", S_JUD),
            E("2025-10", "month", "last week", "document date", ["United States", "Haiti"], "State Department official says Washington is reviewing visa restrictions on Haitian gang financiers", S_VISA),
            E("2025-05", "month", "In May", "document date", ["United States", "Haiti"], "State Department designates Viv Ansanm and Gran Grif as Foreign Terrorist Organizations", S_FTO)],
    optional={"organizations": ["Dominican army", "Foreign Terrorist Organizations", "town hall"],
              "places": ["Washington", "port of Saint-Marc"],
              "events_evidence": [S_TIL,
                  "Dominican President Luis Abinader has ordered the deportation of thousands of Haitian migrants a week since October 2024 and has said his country \"cannot absorb Haiti's crisis.\"",
                  "According to the International Organization for Migration (IOM), more than 1.4 million Haitians have been forced from their homes by gang violence.",
                  "Asked whether the police could hold Ganthier, Joseph said: \"We will not leave it to them again.\""]},
    timeline_pair=("Haiti", "Dominican Republic"))
checks(F)

# ---------------------------------------------------------------- 02 NGO report, transport extortion in Honduras and Guatemala
F = "02_report_transport_extortion_honduras_guatemala_2024.txt"
S_SOE = "On 6 December 2022, President Xiomara Castro declared a partial state of exception in the Tegucigalpa-Comayagüela area and San Pedro Sula, suspending some constitutional guarantees to fight extortion."
S_ZOR = "He was arrested there on 14 March 2024 and transferred two days later to the maximum-security prison known as El Pozo, in Ilama, Santa Bárbara department."
S_CEFAS = "On 20 June 2023, 46 women were killed in a fight between gang factions at the National Women's Centre for Social Adaptation (CEFAS) in Támara, the worst massacre in a Honduran women's prison."
S_PMOP = "Castro handed control of the prison system to the Military Police of Public Order (PMOP) the following week."
S_STRIKE = "Transport owners in Tegucigalpa suspended service on 27 May after two drivers of the Rápidos del Norte cooperative were shot dead the previous week."
S_SAN = "Security Minister Gustavo Sánchez said on 3 June that the FNA would put agents on buses on the most affected routes."
S_MEET = "OCSC researchers met officials of the Secretariat of Security (Secretaría de Seguridad, SEDS) in Tegucigalpa last month; they acknowledged that fewer than one in ten extortion complaints ends in a conviction."
S_SENT = "In November 2023, a court in Guatemala City sentenced eleven members of the clique to between 12 and 40 years for extorting drivers of the Villa Nueva-Guatemala City route."
S_AREV = "President Bernardo Arévalo, who took office on 14 January 2024, has promised to move gang leaders to a new high-security prison, but construction has not begun."
S_RAID = "On 11 April, the MP and the National Civil Police (Policía Nacional Civil, PNC) raided 38 addresses in Villa Nueva, Mixco and Chinautla and detained 27 people accused of collecting the \"war tax.\""
S_JIM = "Interior Minister Francisco Jiménez said the following day that the operation had dismantled \"the financial heart\" of the Solo Raperos."
S_ESQ = "In February 2024, Honduran and Guatemalan police agreed at a meeting in Esquipulas to share phone intelligence, but as of this report no joint case has reached court."
S_CUX = "Its leader in the municipality, according to the Public Ministry (Ministerio Público, MP), is Byron Estuardo Cux Tzoc, known as \"Pelón Cux,\" who is held in the Renovación 1 prison in Escuintla and allegedly directs collections through relatives."
doc(F, SRC, "Paying to Drive: Extortion of Public Transport in Honduras and Guatemala (excerpt)",
    "2024-06-18", "day", "18 June 2024",
    people=[P("Lucía M. Fonseca-Arriaga", "Dr. Lucía M. Fonseca-Arriaga", roles=["author"]),
            P("Tomás Ebanks", roles=["author"]),
            P("Xiomara Castro", "President Xiomara Castro", "Castro", country="Honduras", roles=["President"]),
            P("Marvin Josué Aguilar-Reyes", "El Zorro", country="Honduras", roles=["Barrio 18 palabrero (leader)"]),
            P("Gustavo Sánchez", "Security Minister Gustavo Sánchez", country="Honduras", roles=["Security Minister"]),
            P("Byron Estuardo Cux Tzoc", "Pelón Cux", country="Guatemala", roles=["Solo Raperos leader in Villa Nueva", "prisoner"]),
            P("Bernardo Arévalo", "President Bernardo Arévalo", country="Guatemala", roles=["President"]),
            P("Francisco Jiménez", "Interior Minister Francisco Jiménez", country="Guatemala", roles=["Interior Minister"])],
    organizations=[O("Observatorio Centroamericano de Seguridad Ciudadana", "OCSC", kind="ngo"),
                   O("Mara Salvatrucha", "MS-13", kind="criminal group"),
                   O("Barrio 18", kind="criminal group"),
                   O("Sureños", kind="criminal group"),
                   O("Revolucionarios", kind="criminal group"),
                   O("National Anti-Extortion Force", "Fuerza Nacional Antiextorsión", "FNA", kind="security force"),
                   O("Military Police of Public Order", "PMOP", kind="security force"),
                   O("Rápidos del Norte", kind="company"),
                   O("Secretariat of Security", "Secretaría de Seguridad", "SEDS", kind="government body"),
                   O("Solo Raperos", kind="criminal group"),
                   O("Public Ministry", "Ministerio Público", "MP", kind="government body"),
                   O("National Civil Police", "Policía Nacional Civil", "PNC", kind="security force")],
    places=[HND(), GTM(),
            city("San Pedro Sula", "Honduras"), city("Tegucigalpa", "Honduras"), city("Comayagüela", "Honduras"),
            city("Villa Nueva", "Guatemala"), city("Mixco", "Guatemala"), oth("Chamelecón", "Honduras"),
            fac("El Pozo", "Honduras"), city("Ilama", "Honduras"), state("Santa Bárbara", "Honduras", "Santa Bárbara department"),
            fac("National Women's Centre for Social Adaptation", "Honduras", "CEFAS"), city("Támara", "Honduras"),
            fac("Renovación 1", "Guatemala", "Renovación 1 prison"), city("Escuintla", "Guatemala"),
            city("Guatemala City", "Guatemala"), city("Chinautla", "Guatemala"), city("Esquipulas", "Guatemala")],
    aliases=[A("Observatorio Centroamericano de Seguridad Ciudadana", "OCSC", "acronym", "Observatorio Centroamericano de Seguridad Ciudadana (OCSC)"),
             A("Mara Salvatrucha", "MS-13", "acronym", "Mara Salvatrucha (MS-13)"),
             A("National Anti-Extortion Force", "Fuerza Nacional Antiextorsión", "translation", "National Anti-Extortion Force (Fuerza Nacional Antiextorsión, FNA)"),
             A("National Anti-Extortion Force", "FNA", "acronym", "Fuerza Nacional Antiextorsión, FNA"),
             A("Marvin Josué Aguilar-Reyes", "El Zorro", "nickname", "Marvin Josué Aguilar-Reyes, alias \"El Zorro,\""),
             A("National Women's Centre for Social Adaptation", "CEFAS", "acronym", "National Women's Centre for Social Adaptation (CEFAS)"),
             A("Military Police of Public Order", "PMOP", "acronym", "Military Police of Public Order (PMOP)"),
             A("Secretariat of Security", "Secretaría de Seguridad", "translation", "Secretariat of Security (Secretaría de Seguridad, SEDS)"),
             A("Secretariat of Security", "SEDS", "acronym", "Secretaría de Seguridad, SEDS"),
             A("Public Ministry", "Ministerio Público", "translation", "Public Ministry (Ministerio Público, MP)"),
             A("Public Ministry", "MP", "acronym", "Ministerio Público, MP"),
             A("Byron Estuardo Cux Tzoc", "Pelón Cux", "nickname", "Byron Estuardo Cux Tzoc, known as \"Pelón Cux,\""),
             A("National Civil Police", "Policía Nacional Civil", "translation", "National Civil Police (Policía Nacional Civil, PNC)"),
             A("National Civil Police", "PNC", "acronym", "Policía Nacional Civil, PNC")],
    events=[E("2022-12-06", "day", "On 6 December 2022", "explicit", ["Honduras"], "President Castro declares a partial state of exception in Tegucigalpa-Comayagüela and San Pedro Sula", S_SOE),
            E("2024-03-14", "day", "on 14 March 2024", "explicit", ["Honduras"], "FNA arrests Barrio 18 palabrero Aguilar-Reyes (El Zorro) in Chamelecón", S_ZOR),
            E("2024-03-16", "day", "two days later", "context", ["Honduras"], "Aguilar-Reyes transferred to El Pozo maximum-security prison in Ilama", S_ZOR),
            E("2023-06-20", "day", "On 20 June 2023", "explicit", ["Honduras"], "46 women killed in a gang fight at the CEFAS women's prison in Támara", S_CEFAS),
            E("2023-06", "month", "the following week", "context", ["Honduras"], "Castro hands control of the prison system to the Military Police (PMOP)", S_PMOP),
            E("2024-05-27", "day", "on 27 May", "document date", ["Honduras"], "Tegucigalpa transport owners suspend service", S_STRIKE),
            E("2024-05", "month", "the previous week", "context", ["Honduras"], "two Rápidos del Norte drivers shot dead", S_STRIKE),
            E("2024-06-03", "day", "on 3 June", "document date", ["Honduras"], "Security Minister Sánchez says FNA agents will ride buses on affected routes", S_SAN),
            E("2024-05", "month", "last month", "document date", ["Honduras"], "OCSC researchers meet Secretariat of Security officials in Tegucigalpa", S_MEET),
            E("2023-11", "month", "In November 2023", "explicit", ["Guatemala"], "Guatemala City court sentences eleven Solo Raperos members for extorting bus drivers", S_SENT),
            E("2024-01-14", "day", "on 14 January 2024", "explicit", ["Guatemala"], "Bernardo Arévalo takes office as President", S_AREV),
            E("2024-04-11", "day", "On 11 April", "document date", ["Guatemala"], "MP and PNC raid 38 addresses and detain 27 suspected extortion collectors", S_RAID),
            E("2024-04-12", "day", "the following day", "context", ["Guatemala"], "Interior Minister Jiménez says the operation dismantled the Solo Raperos' finances", S_JIM),
            E("2024-02", "month", "In February 2024", "explicit", ["Honduras", "Guatemala"], "Honduran and Guatemalan police agree in Esquipulas to share phone intelligence", S_ESQ)],
    optional={"organizations": ["Field Report No. 7", "a court in Guatemala City"],
              "places": ["Tegucigalpa-Comayagüela area", "Villa Nueva-Guatemala City route"],
              "events_evidence": ["It has been extended more than ten times.",
                  "Prosecutors say he kept giving orders by phone from his cell.",
                  "Bus owners in Villa Nueva told us that within a week new collectors had appeared at the terminals.",
                  S_CUX]},
    timeline_pair=("Honduras", "Guatemala"))
checks(F)

# ---------------------------------------------------------------- 03 US Attorney release, Trinidad gang leader, barrel guns
F = "03_release_trinidad_gun_barrels_2025.txt"
S_TODAY = "MIAMI - A leader of a Port of Spain street gang was sentenced today to 240 months in federal prison for organizing the purchase of dozens of firearms in South Florida and smuggling them to Trinidad and Tobago hidden in household shipping barrels."
S_PLEA = "Akeem Dwayne Baptiste-Roberts, 34, of Laventille, Trinidad, also known as \"Dutty,\" pleaded guilty in October to conspiracy to export firearms without a license and to smuggling goods from the United States."
S_OLL = "One of the buyers, Shamar T. Ollivierre, 29, of Lauderhill, was sentenced in September 2024 to 57 months in prison."
S_MOH = "A second buyer, Kimberly Ann Mohammed, 41, of Pembroke Pines, pleaded guilty and is scheduled to be sentenced on March 20."
S_BARR = "The scheme came to light on July 9, 2022, when officers of the Trinidad and Tobago Police Service (TTPS) and the Customs and Excise Division opened two barrels at the port and found 11 pistols, three AR-type rifles and more than 2,000 rounds of ammunition."
S_ARR = "Baptiste-Roberts was arrested by the TTPS in Laventille on November 18, 2022."
S_EXT = "The United States requested his extradition in January 2023, and he was surrendered to U.S. Marshals at Piarco International Airport on August 23, 2023."
S_SOE = "Trinidad and Tobago has been under a state of emergency since December 30, 2024, when the government cited a surge in gang killings, and its Parliament voted in January to extend it for three months."
S_CFPC = "The prosecution is part of the Caribbean Firearms Prosecution Coordinator initiative, which the Justice Department launched in April 2023 to coordinate cases of illegal gun trafficking from the United States to the Caribbean."
S_SPAN = "Between March 2021 and August 2022, he paid Florida residents to buy pistols and rifles from licensed dealers in Broward and Palm Beach counties."
doc(F, SRC, "Trinidadian Gang Leader Sentenced to 20 Years for Shipping Florida Guns to Trinidad and Tobago in Barrels",
    "2025-02-12", "day", "FOR IMMEDIATE RELEASE Wednesday, February 12, 2025",
    people=[P("Akeem Dwayne Baptiste-Roberts", "Baptiste-Roberts", "Dutty", country="Trinidad and Tobago", roles=["leader of the Sea Lots Ghetto Kings", "defendant"]),
            P("Carmen R. Delgado-Whitfield", "U.S. District Judge Carmen R. Delgado-Whitfield", country="United States", roles=["U.S. District Judge"]),
            P("Shamar T. Ollivierre", "Ollivierre", country="United States", roles=["straw buyer", "defendant"]),
            P("Kimberly Ann Mohammed", country="United States", roles=["straw buyer", "defendant"]),
            P("Hayden P. O'Byrne", "U.S. Attorney Hayden P. O'Byrne", country="United States", roles=["U.S. Attorney"]),
            P("Erla Harewood-Christopher", "Commissioner of Police Erla Harewood-Christopher", country="Trinidad and Tobago", roles=["Commissioner of Police"]),
            P("Juan D. Orellana", "Special Agent in Charge Juan D. Orellana", country="United States", roles=["ATF Special Agent in Charge, Miami Field Division"]),
            P("Rebecca M. Lindqvist", "Assistant U.S. Attorney Rebecca M. Lindqvist", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("U.S. Attorney's Office, Southern District of Florida", "U.S. Attorney's Office", "United States Attorney's Office for the Southern District of Florida", kind="government body"),
                   O("Sea Lots Ghetto Kings", "SLGK", kind="criminal group"),
                   O("Trinidad and Tobago Police Service", "TTPS", kind="security force"),
                   O("Customs and Excise Division", kind="government body"),
                   O("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", kind="government body"),
                   O("U.S. Marshals", kind="security force"),
                   O("Homeland Security Investigations", "HSI", kind="government body"),
                   O("Ministry of National Security", "Ministry of National Security of Trinidad and Tobago", kind="government body"),
                   O("U.S. Customs and Border Protection", kind="government body"),
                   O("Justice Department", kind="government body"),
                   O("Office of International Affairs", kind="government body"),
                   O("Central Authority of Trinidad and Tobago", kind="government body"),
                   O("District Court for the Southern District of Florida", kind="government body")],
    places=[TTO(), US(),
            city("Miami", "United States", "MIAMI"), city("Port of Spain", "Trinidad and Tobago"), reg("South Florida", "United States"),
            oth("Laventille", "Trinidad and Tobago"), oth("Trinidad", "Trinidad and Tobago"), city("Fort Lauderdale", "United States"),
            state("Florida", "United States"), reg("Broward", "United States"), reg("Palm Beach", "United States"),
            fac("Port Everglades", "United States"), fac("Port of Port of Spain", "Trinidad and Tobago"),
            city("Lauderhill", "United States"), city("Pembroke Pines", "United States"), oth("Beetham Gardens", "Trinidad and Tobago"),
            fac("Piarco International Airport", "Trinidad and Tobago"), reg("Caribbean", None)],
    aliases=[A("Akeem Dwayne Baptiste-Roberts", "Dutty", "nickname", "Akeem Dwayne Baptiste-Roberts, 34, of Laventille, Trinidad, also known as \"Dutty,\""),
             A("Sea Lots Ghetto Kings", "SLGK", "acronym", "Sea Lots Ghetto Kings (SLGK)"),
             A("Trinidad and Tobago Police Service", "TTPS", "acronym", "Trinidad and Tobago Police Service (TTPS)"),
             A("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", "acronym", "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"),
             A("Homeland Security Investigations", "HSI", "acronym", "Homeland Security Investigations (HSI)")],
    events=[E("2025-02-12", "day", "today", "document date", ["United States", "Trinidad and Tobago"], "Baptiste-Roberts sentenced to 240 months for trafficking Florida guns to Trinidad and Tobago", S_TODAY),
            E("2024-10", "month", "in October", "document date", ["United States"], "Baptiste-Roberts pleads guilty to firearms export conspiracy and smuggling", S_PLEA),
            E("2024-09", "month", "in September 2024", "explicit", ["United States"], "straw buyer Ollivierre sentenced to 57 months", S_OLL),
            E("2025-03-20", "day", "on March 20", "document date", ["United States"], "Kimberly Ann Mohammed scheduled to be sentenced", S_MOH),
            E("2022-07-09", "day", "on July 9, 2022", "explicit", ["Trinidad and Tobago"], "TTPS and customs open two barrels at Port of Spain and find pistols, rifles and ammunition", S_BARR),
            E("2022-11-18", "day", "on November 18, 2022", "explicit", ["Trinidad and Tobago"], "TTPS arrests Baptiste-Roberts in Laventille", S_ARR),
            E("2023-01", "month", "in January 2023", "explicit", ["United States", "Trinidad and Tobago"], "United States requests Baptiste-Roberts's extradition", S_EXT),
            E("2023-08-23", "day", "on August 23, 2023", "explicit", ["Trinidad and Tobago", "United States"], "Baptiste-Roberts surrendered to U.S. Marshals at Piarco (extradited)", S_EXT),
            E("2024-12-30", "day", "since December 30, 2024", "explicit", ["Trinidad and Tobago"], "Trinidad and Tobago government declares a state of emergency over gang killings", S_SOE),
            E("2025-01", "month", "in January", "document date", ["Trinidad and Tobago"], "Parliament votes to extend the state of emergency for three months", S_SOE),
            E("2023-04", "month", "in April 2023", "explicit", ["United States"], "Justice Department launches the Caribbean Firearms Prosecution Coordinator initiative", S_CFPC)],
    optional={"organizations": ["Parliament", "Miami Field Division", "Caribbean Firearms Prosecution Coordinator", "the government"],
              "places": ["Southern District of Florida", "east Port of Spain"],
              "events_evidence": [S_SPAN,
                  "Within weeks, agents identified 74 firearms bought by the ring, 19 of which have since been recovered at crime scenes in Trinidad, including a shooting that killed two teenagers in Beetham Gardens.",
                  "Tracing by the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) linked serial numbers on the guns to purchases by Ollivierre.",
                  "Commissioner of Police Erla Harewood-Christopher thanked U.S. partners.",
                  "U.S. District Judge Carmen R. Delgado-Whitfield imposed the sentence in Fort Lauderdale."]},
    timeline_pair=("United States", "Trinidad and Tobago"))
checks(F)

# ---------------------------------------------------------------- 04 magazine feature, Michoacán limes
F = "04_feature_michoacan_limes_2024.txt"
S_2019 = "I first came to Buenavista in 2019 to write about the self-defence movement."
S_2013 = "The autodefensas had risen up against the Knights Templar cartel (Caballeros Templarios) on February 24, 2013, in La Ruana and Tepalcatepec, and by then many of their former members were working for the groups they had once fought."
S_APR = "That April, Magaña Ceja's men burned the offices of a growers' association in Buenavista after its president refused to pay."
S_MAY = "On May 19, the president, a grower named Leopoldo Anaya Ruiz, was found dead on the road to Pinzándaro."
S_MORA = "He was killed with two of his bodyguards in La Ruana on June 29, 2023, when gunmen fired on his truck and set it alight."
S_FGE = "The state prosecutor's office (Fiscalía General del Estado de Michoacán, FGE) arrested two suspects the following month, but no one has been convicted."
S_MINE = "In March, a mine killed two soldiers of the Mexican Army near Tepalcatepec, the Secretariat of National Defense (Secretaría de la Defensa Nacional, SEDENA) said."
S_OCT = "Last October, lime growers in Apatzingán stopped harvesting for four days to protest extortion, and packing sheds closed."
S_GOV = "Governor Alfredo Ramírez Bedolla met their leaders in Morelia on October 27 and promised a permanent National Guard (Guardia Nacional) base in the valley."
S_BASE = "The base opened in January, on the old highway to Buenavista."
S_KID = "A buyer from a U.S. importer in McAllen, Texas, who asked not to be named, told me his company had stopped sending staff to Michoacán after one of them was kidnapped in 2022."
S_CSP = "His successor, Claudia Sheinbaum, who will take office on October 1, has named Omar García Harfuch, the former Mexico City police chief, as her security secretary."
S_THU = "In a visit to Morelia on Thursday, García Harfuch said the new government would go after \"the money of extortion, not just the gunmen.\""
S_PROFE = "The most powerful local boss is Rigoberto Magaña Ceja, known in Tierra Caliente as \"El Profe\" because he once taught primary school in Aguililla."
doc(F, SRC, "The Price of a Lime: How Cartels Took the Orchards of Tierra Caliente",
    "2024-09-27", "day", "By Ana Lucía Beltrán-Keane | 27 Sep 2024",
    people=[P("Ana Lucía Beltrán-Keane", roles=["author"]),
            P("Esperanza Villaseñor Ochoa", "Villaseñor Ochoa", country="Mexico", roles=["lime packer"]),
            P("Rigoberto Magaña Ceja", "Magaña Ceja", "El Profe", country="Mexico", roles=["Cárteles Unidos local boss", "former primary school teacher"]),
            P("Leopoldo Anaya Ruiz", country="Mexico", roles=["lime grower", "president of a growers' association", "victim"]),
            P("Hipólito Mora", "Mora", country="Mexico", roles=["autodefensas leader", "victim"]),
            P("Ramón E. Villalobos Treviño", "Gen. Ramón E. Villalobos Treviño", country="Mexico", roles=["commander of the 43rd Military Zone"]),
            P("Alfredo Ramírez Bedolla", "Governor Alfredo Ramírez Bedolla", country="Mexico", roles=["Governor of Michoacán"]),
            P("Andrés Manuel López Obrador", "President Andrés Manuel López Obrador", country="Mexico", roles=["President"]),
            P("Claudia Sheinbaum", country="Mexico", roles=["President-elect"]),
            P("Omar García Harfuch", "García Harfuch", country="Mexico", roles=["security secretary (designate)", "former Mexico City police chief"])],
    organizations=[O("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Cárteles Unidos", kind="criminal group"),
                   O("Knights Templar cartel", "Caballeros Templarios", kind="criminal group"),
                   O("Fiscalía General del Estado de Michoacán", "FGE", "state prosecutor's office", kind="government body"),
                   O("Mexican Army", kind="security force"),
                   O("Secretariat of National Defense", "Secretaría de la Defensa Nacional", "SEDENA", kind="government body"),
                   O("Los Viagras", kind="criminal group"),
                   O("43rd Military Zone", kind="security force"),
                   O("National Guard", "Guardia Nacional", kind="security force")],
    places=[MEX(), US(),
            state("Michoacán", "Mexico"), city("Buenavista", "Mexico", "BUENAVISTA"), city("Apatzingán", "Mexico"),
            city("Tepalcatepec", "Mexico"), reg("Tierra Caliente", "Mexico"), city("Aguililla", "Mexico"),
            city("La Ruana", "Mexico"), city("Pinzándaro", "Mexico"), city("Coalcomán", "Mexico"), city("Morelia", "Mexico"),
            city("McAllen", "United States"), state("Texas", "United States"), city("Mexico City", "Mexico")],
    aliases=[A("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "translation", "Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación, CJNG"),
             A("Rigoberto Magaña Ceja", "El Profe", "nickname", "Rigoberto Magaña Ceja, known in Tierra Caliente as \"El Profe\""),
             A("Knights Templar cartel", "Caballeros Templarios", "translation", "Knights Templar cartel (Caballeros Templarios)"),
             A("Fiscalía General del Estado de Michoacán", "state prosecutor's office", "translation", "state prosecutor's office (Fiscalía General del Estado de Michoacán, FGE)"),
             A("Fiscalía General del Estado de Michoacán", "FGE", "acronym", "Fiscalía General del Estado de Michoacán, FGE"),
             A("Secretariat of National Defense", "Secretaría de la Defensa Nacional", "translation", "Secretariat of National Defense (Secretaría de la Defensa Nacional, SEDENA)"),
             A("Secretariat of National Defense", "SEDENA", "acronym", "Secretaría de la Defensa Nacional, SEDENA"),
             A("National Guard", "Guardia Nacional", "translation", "National Guard (Guardia Nacional)")],
    events=[E("2013-02-24", "day", "on February 24, 2013", "explicit", ["Mexico"], "autodefensas rise up against the Knights Templar in La Ruana and Tepalcatepec", S_2013),
            E("2019-04", "month", "That April", "context", ["Mexico"], "Magaña Ceja's men burn the offices of a growers' association in Buenavista", S_APR),
            E("2019-05-19", "day", "On May 19", "context", ["Mexico"], "growers' association president Leopoldo Anaya Ruiz found dead on the road to Pinzándaro", S_MAY),
            E("2023-06-29", "day", "on June 29, 2023", "explicit", ["Mexico"], "Hipólito Mora and two bodyguards killed in La Ruana", S_MORA),
            E("2023-07", "month", "the following month", "context", ["Mexico"], "Michoacán prosecutors arrest two suspects in Mora's killing", S_FGE),
            E("2024-03", "month", "In March", "document date", ["Mexico"], "landmine kills two Mexican Army soldiers near Tepalcatepec", S_MINE),
            E("2023-10", "month", "Last October", "document date", ["Mexico"], "Apatzingán lime growers stop harvesting for four days to protest extortion", S_OCT),
            E("2023-10-27", "day", "on October 27", "context", ["Mexico"], "Governor Ramírez Bedolla meets growers' leaders in Morelia and promises a National Guard base", S_GOV),
            E("2024-01", "month", "in January", "document date", ["Mexico"], "National Guard base opens on the old highway to Buenavista", S_BASE),
            E("2022", "year", "in 2022", "explicit", ["Mexico"], "employee of a McAllen lime importer kidnapped in Michoacán", S_KID),
            E("2024-10-01", "day", "on October 1", "document date", ["Mexico"], "Claudia Sheinbaum to take office as President (scheduled)", S_CSP),
            E("2024-09-26", "day", "on Thursday", "document date", ["Mexico"], "García Harfuch visits Morelia and says the new government will go after extortion money", S_THU)],
    optional={"organizations": ["autodefensas", "self-defence movement", "growers' association", "U.S. importer"],
              "events_evidence": [S_2019, S_PROFE,
                  "Growers say the CJNG now controls the hills toward Aguililla and Coalcomán, where its fighters have buried improvised landmines along dirt roads.",
                  "Los Viagras, once partners of Cárteles Unidos, have sided with the CJNG against it in parts of the valley.",
                  "Gen. Ramón E. Villalobos Treviño, who commands the 43rd Military Zone in Apatzingán, told me his troops had cleared more than 200 such devices.",
                  "On my last evening, a motorcycle stopped outside Villaseñor Ochoa's shed."]},
    timeline_pair=("Mexico",))
checks(F)

# ---------------------------------------------------------------- 05 conflict-event notes, 22 Feb - 1 Mar 2025
F = "05_event_notes_mexico_central_america_caribbean_2025.txt"
H1 = "22/02 | Frontera Comalapa, Chiapas, Mexico"
H2 = "23/02 | Culiacán, Sinaloa, Mexico"
H3 = "24/02 | La Mesilla, Huehuetenango, Guatemala"
H4 = "25/02 | Kingston, Jamaica"
H5 = "26/02 | Port of Spain, Trinidad and Tobago"
H6 = "27/02 | Mexico City, Mexico"
H7 = "28/02 | San Pedro Sula, Cortés, Honduras"
H8 = "28/02 | Croix-des-Bouquets, Ouest, Haiti"
H9 = "01/03 | Guatemala City, Guatemala"
H10 = "01/03 | Tegucigalpa, Honduras"
S_TROOPS = "The following day, the Mexican Army and the National Guard sent 400 troops to the municipality."
S_BLAKE = "Police Commissioner Dr. Kevin Blake said on Wednesday that gang-related killings had fallen in February."
S_SOE = "The Trinidad and Tobago Police Service detained 14 suspected members of the Rasta City gang in raids in Morvant and Laventille under the state of emergency, in force since 30 December 2024."
S_BONDI = "U.S. Attorney General Pam Bondi said the same day that Caro Quintero and the others would be prosecuted \"to the fullest extent of the law.\""
S_CHINO = "Honduran police arrested Elmer Isaí Cárcamo Pineda, known as \"Chino Cárcamo,\" a Mara Salvatrucha (MS-13) clique leader wanted for the killing of two bus drivers in Chamelecón last month."
S_TREATY = "The Honduran government ended the country's extradition treaty with the United States in August 2024 and later suspended the withdrawal, so Cárcamo Pineda will be tried in Honduras."
S_MSS = "Kenyan officers of the Multinational Security Support (MSS) mission arrived the next day."
S_MP = "The Public Ministry (MP) announced the same day that it had charged nine Barrio 18 members with extorting bus drivers in Villa Nueva."
S_CHAP = "The state government attributed the attack to the war between Los Chapitos and La Mayiza, the factions of the Sinaloa Cartel that have fought since September 2024."
doc(F, SRC, "Conflict Event Notes: Mexico, Central America and the Caribbean, 22 February - 1 March 2025",
    "2025-03-02", "day", "Updated March 2, 2025",
    people=[P("José Ramón Ibarra-Lugo", country="Mexico", roles=["municipal police commander", "victim"]),
            P("Dwayne O. Reid", "Reid", "Bird", country="Jamaica", roles=["reputed Clansman gang leader"]),
            P("Kevin Blake", "Police Commissioner Dr. Kevin Blake", "Dr. Kevin Blake", country="Jamaica", roles=["Police Commissioner"]),
            P("Keron Alleyne-Baptiste", "Sherry", country="Trinidad and Tobago", roles=["leader of Rasta City"]),
            P("Rafael Caro Quintero", "Caro Quintero", country="Mexico", roles=["former Guadalajara Cartel leader"]),
            P("Enrique Camarena", "Enrique \"Kiki\" Camarena", "Kiki", country="United States", roles=["DEA agent", "victim"]),
            P("Omar García Harfuch", "Security Secretary Omar García Harfuch", country="Mexico", roles=["Security Secretary"]),
            P("Pam Bondi", "U.S. Attorney General Pam Bondi", country="United States", roles=["U.S. Attorney General"]),
            P("Elmer Isaí Cárcamo Pineda", "Cárcamo Pineda", "Chino Cárcamo", country="Honduras", roles=["MS-13 clique leader"]),
            P("Bernardo Arévalo", "President Bernardo Arévalo", country="Guatemala", roles=["President"]),
            P("Marco Rubio", "U.S. Secretary of State Marco Rubio", country="United States", roles=["Secretary of State"]),
            P("Gerzon Velásquez", "Security Minister Gerzon Velásquez", country="Honduras", roles=["Security Minister"])],
    organizations=[O("Regional Security Digest", kind="media"),
                   O("Mesoamerica & Caribbean Monitoring Desk", kind="other"),
                   O("Jalisco New Generation Cartel", "CJNG", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Mexican Army", kind="security force"),
                   O("National Guard", kind="security force"),
                   O("Los Chapitos", kind="criminal group"),
                   O("La Mayiza", kind="criminal group"),
                   O("Guatemalan Institute of Migration", kind="government body"),
                   O("Jamaica Constabulary Force", "JCF", kind="security force"),
                   O("Clansman gang", "Clansman", kind="criminal group"),
                   O("Trinidad and Tobago Police Service", kind="security force"),
                   O("Rasta City", kind="criminal group"),
                   O("Guadalajara Cartel", kind="criminal group"),
                   O("DEA", kind="government body"),
                   O("Mara Salvatrucha", "MS-13", kind="criminal group"),
                   O("Haitian National Police", "PNH", kind="security force"),
                   O("400 Mawozo", kind="criminal group"),
                   O("Multinational Security Support", "MSS", kind="international mission"),
                   O("International Organization for Migration", "IOM", kind="international organization"),
                   O("Public Ministry", "MP", kind="government body"),
                   O("Barrio 18", kind="criminal group")],
    places=[MEX(), GTM(), JAM(), TTO(), HND(), C("Haiti"), US(),
            city("Frontera Comalapa", "Mexico"), state("Chiapas", "Mexico"), city("Comitán", "Mexico"),
            city("Culiacán", "Mexico"), state("Sinaloa", "Mexico"), oth("Tierra Blanca", "Mexico"),
            city("La Mesilla", "Guatemala"), state("Huehuetenango", "Guatemala"), city("Amatenango de la Frontera", "Mexico"),
            city("La Democracia", "Guatemala"), city("Kingston", "Jamaica"), city("Spanish Town", "Jamaica"),
            oth("Waterhouse", "Jamaica"), state("St Andrew", "Jamaica"), city("Port of Spain", "Trinidad and Tobago"),
            oth("Morvant", "Trinidad and Tobago"), oth("Laventille", "Trinidad and Tobago"), city("Mexico City", "Mexico"),
            city("San Pedro Sula", "Honduras"), state("Cortés", "Honduras"), oth("Chamelecón", "Honduras"),
            city("Croix-des-Bouquets", "Haiti"), state("Ouest", "Haiti"), city("Guatemala City", "Guatemala"),
            city("Villa Nueva", "Guatemala"), city("Tegucigalpa", "Honduras")],
    aliases=[A("Jalisco New Generation Cartel", "CJNG", "acronym", "Jalisco New Generation Cartel (CJNG)"),
             A("Jamaica Constabulary Force", "JCF", "acronym", "Jamaica Constabulary Force (JCF)"),
             A("Dwayne O. Reid", "Bird", "nickname", "Dwayne O. Reid, alias \"Bird,\""),
             A("Keron Alleyne-Baptiste", "Sherry", "nickname", "Keron Alleyne-Baptiste, a.k.a. \"Sherry,\""),
             A("Enrique Camarena", "Kiki", "nickname", "Enrique \"Kiki\" Camarena"),
             A("Elmer Isaí Cárcamo Pineda", "Chino Cárcamo", "nickname", "Elmer Isaí Cárcamo Pineda, known as \"Chino Cárcamo,\""),
             A("Mara Salvatrucha", "MS-13", "acronym", "Mara Salvatrucha (MS-13)"),
             A("Haitian National Police", "PNH", "acronym", "Haitian National Police (PNH)"),
             A("Multinational Security Support", "MSS", "acronym", "Multinational Security Support (MSS)"),
             A("International Organization for Migration", "IOM", "acronym", "International Organization for Migration (IOM)"),
             A("Public Ministry", "MP", "acronym", "Public Ministry (MP)")],
    events=[E("2025-02-22", "day", "22/02", "document date", ["Mexico"], "CJNG and Sinaloa Cartel clash near Frontera Comalapa, at least six dead", H1),
            E("2025-02-23", "day", "The following day", "context", ["Mexico"], "Mexican Army and National Guard send 400 troops to Frontera Comalapa", S_TROOPS),
            E("2025-02-23", "day", "23/02", "document date", ["Mexico"], "gunmen kill municipal police commander Ibarra-Lugo in Culiacán", H2),
            E("2025-02-24", "day", "24/02", "document date", ["Mexico", "Guatemala"], "about 120 Mexican residents flee into Guatemala at La Mesilla", H3),
            E("2025-02-25", "day", "25/02", "document date", ["Jamaica"], "JCF officers shoot dead Clansman gang leader Dwayne Reid (Bird) in Waterhouse", H4),
            E("2025-02-26", "day", "on Wednesday", "document date", ["Jamaica"], "Police Commissioner Blake says gang-related killings fell in February", S_BLAKE),
            E("2025-02-26", "day", "26/02", "document date", ["Trinidad and Tobago"], "TTPS detains 14 suspected Rasta City members, including leader Alleyne-Baptiste", H5),
            E("2024-12-30", "day", "since 30 December 2024", "explicit", ["Trinidad and Tobago"], "state of emergency in Trinidad and Tobago comes into force", S_SOE),
            E("2025-02-27", "day", "27/02", "document date", ["Mexico", "United States"], "Mexico sends 29 prisoners, including Caro Quintero, to the United States", H6),
            E("2025-02-27", "day", "the same day", "context", ["United States", "Mexico"], "Attorney General Bondi says Caro Quintero and the others will be prosecuted", S_BONDI),
            E("2025-02-28", "day", "28/02", "document date", ["Honduras"], "Honduran police arrest MS-13 clique leader Cárcamo Pineda (Chino Cárcamo)", H7),
            E("2025-01", "month", "last month", "document date", ["Honduras"], "two bus drivers killed in Chamelecón", S_CHINO),
            E("2024-08", "month", "in August 2024", "explicit", ["Honduras", "United States"], "Honduras ends its extradition treaty with the United States", S_TREATY),
            E("2025-02-28", "day", "28/02", "document date", ["Haiti"], "400 Mawozo attacks the PNH station in Croix-des-Bouquets, killing two officers", H8),
            E("2025-03-01", "day", "the next day", "context", ["Haiti"], "Kenyan MSS officers arrive in Croix-des-Bouquets", S_MSS),
            E("2025-03-01", "day", "01/03", "document date", ["Guatemala", "United States"], "Arévalo and Rubio hold a video call on deportation flights and border security", H9),
            E("2025-03-01", "day", "the same day", "context", ["Guatemala"], "Public Ministry charges nine Barrio 18 members with extorting Villa Nueva bus drivers", S_MP),
            E("2025-03-01", "day", "01/03", "document date", ["Honduras"], "Security Minister Velásquez says the state of exception will be extended 45 days", H10)],
    optional={"organizations": ["Chiapas state prosecutor's office", "state government", "Honduran government", "Honduran police"],
              "events_evidence": [S_CHAP,
                  "Residents of two villages fled toward Comitán.",
                  "Police said Reid was wanted for a triple murder in Spanish Town.",
                  "Security Secretary Omar García Harfuch said the transfer was a \"sovereign decision.\"",
                  "The International Organization for Migration (IOM) said more than 3,000 people fled."]},
    timeline_pair=("Mexico", "United States"))
checks(F)

NOTES = ("Held-out set J, annotator A (documents 01-05): Mexico, Central America and the Caribbean, written 2026-12-02 and annotated by "
 "reading alone (crimecli never run, its code and other held-out docs never read). Conventions: seeds.gold.json notes, shared/dev, dev2 and "
 "heldout_e NOTES_a/NOTES_b. Additions and decisions: PUBLISHED is the document's own date line ('Published: 2025-10-14 16:20 GMT', the date "
 "under the report title '18 June 2024', 'FOR IMMEDIATE RELEASE Wednesday, February 12, 2025', the byline 'By ... | 27 Sep 2024', 'Updated "
 "March 2, 2025'); the wire dateline 'PORT-AU-PRINCE, Oct 14 (Reuters)' is not used because it has no year. ENTITIES: bylined authors and the "
 "wire editor are people without country; a wire agency and a digest are media; the compiling desk of the event notes is kind 'other'; a "
 "transport cooperative is 'company'; courts are 'government body'; MSS and the Gang Suppression Force are 'international mission'; US counties "
 "(Broward, Palm Beach) and South Florida are 'region'; neighbourhoods and suburbs (Chamelecón, Tierra Blanca, Waterhouse, Morvant, Laventille, "
 "Beetham Gardens) are 'other'; a town that has a port (Saint-Marc) is a city, with 'port of Saint-Marc' optional; prisons, ports and airports "
 "are 'facility'; the Malpassé crossing is 'border crossing or infrastructure' with country null; Jamaican parishes and Haitian departments "
 "are 'state or department'. 'Dominican army', 'Honduran police', 'state government' and similar demonym or generic descriptions are optional. "
 "'First \"Nick\" Last' (Enrique \"Kiki\" Camarena) gives canonical 'Enrique Camarena' even though that exact string is absent. ALIASES: "
 "'Viv Ansanm, a Creole name that means \"Living Together\"' is a translation; 'English (Spanish, ACR)' gives a translation and an acronym pair; "
 "'state prosecutor's office (Fiscalía General del Estado de Michoacán, FGE)' takes the Spanish proper name as canonical with the lower-case "
 "English description as a translation alias; an acronym of a prison (CEFAS) is an alias of the place. EVENTS: weekday names resolve to the "
 "latest such weekday before the document date ('on Monday' in a Tuesday wire = the day before; 'on Wednesday' in the notes updated Sunday 2 "
 "March = 26 February); 'last week' is month precision; 'three days after' a weekday-dated event is day precision (context); a year-less date "
 "told inside a past year ('That April', 'On May 19' after 'in 2019') is resolved_from 'context'; 'Last October' is document date and the "
 "following 'on October 27' is context; 'the following week' after 20 June stays in June (month); scheduled happenings ('is scheduled to be "
 "sentenced on March 20', 'will take office on October 1') are events. 'since <day>' naming the start of a formal measure (a state of emergency) "
 "is an event at that date; other 'since' spans ('since 2021', 'since September 2024', 'since October 2024') are optional. In the event notes "
 "(05) the evidence of each note is its 'DD/MM | place' header (date_text 'DD/MM', document date), as in heldout_e B's 10 and dev2's 12; "
 "further dated sentences in a note are separate events. Author travel ('I first came to Buenavista in 2019'), 'within weeks' findings, "
 "statistics, undated quotes and undated narrative are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
