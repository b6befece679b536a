#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set H in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, nor its code read). Conventions: the 'notes' of shared/gold/seeds.gold.json, the
heldout_e NOTES_a.md / NOTES_b.md, with the additions in NOTES below and in ../NOTES_a.md. Run it
after any edit: it asserts that every evidence string, date_text, published_evidence and at least
one surface form of every entity occurs in its document, and drops variants that do not occur
verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge District U.S. Dr Dr. Mr. Insp. Inspector Acting
Senior Fellow Interior Defence Executive Director Administrator DEA Special Envoy Governor""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set H document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"


def checks(file):
    """Extra checks (as in heldout_e make_gold_a): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places, event countries are annotated countries."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"]}, (file, "pair", c)
    for e in d["events"]:
        for c in e["countries"]:
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES.get(file, ()), (file, "event country", c)


USA = lambda: L("United States", "U.S.", kind="country")  # without the helper's "U.S" and "America" (substrings of "U.S." and "Americans"/"Central America")
EXTRA_COUNTRIES = {}  # per file: states named only by a demonym or an adjective, allowed in event countries

# ---------------------------------------------------------------- 01 AP wire, Haiti
F = "01_ap_haiti_mirebalais_deportations_2025.txt"
EXTRA_COUNTRIES[F] = {"United States"}  # only "U.S. Treasury Department" and "Washington"
S_MIRE = "Hundreds of gunmen from the Viv Ansanm gang coalition stormed the central Haitian town of Mirebalais on Monday, freeing more than 500 inmates from the town's civil prison and setting fire to the police station."
S_AMB = "The attack came a day after gunmen from the 400 Mawozo gang ambushed a police convoy on the road between Croix-des-Bouquets and Mirebalais, killing two officers, according to the Haitian National Police (Police Nationale d'Haïti, or PNH)."
S_VIV = "Viv Ansanm, an alliance formed in September 2023 by the rival G9 and G-Pèp federations, is led in part by Jimmy Chérizier, a former police officer known as \"Barbecue.\""
S_SANC = "The U.S. Treasury Department sanctioned Chérizier in December 2020."
S_WIL = "The 400 Mawozo gang is run by Joseph Wilson, alias \"Lanmò Sanjou,\" who was indicted in Washington in 2021 over the kidnapping of 17 missionaries."
S_CNT = "In the capital, police and Kenyan officers of the U.N.-backed Multinational Security Support mission (MSS) launched a counter-offensive in the Delmas 30 and Solino neighborhoods on Tuesday, police spokeswoman Insp. Marie-Michelle Verrier said."
S_NOR = "The acting director general of the police, Rameau Normil, visited the officers on Delmas Road on Tuesday afternoon."
S_PM = "Prime Minister Alix Didier Fils-Aimé said in a televised address on Tuesday night that the government would send reinforcements to the Centre department."
S_CON = "Fils-Aimé has led the government since November 2024, when the Transitional Presidential Council fired his predecessor, Garry Conille."
S_KEN = "The first contingent of about 400 Kenyan police officers arrived in Port-au-Prince in June 2024, but the mission still has fewer than half of the 2,500 officers that were promised."
S_BIN = "A report released in January by the U.N. Integrated Office in Haiti (BINUH) said at least 5,601 people were killed in Haiti last year."
S_FLT = "Separately, a flight chartered by the Dominican Republic's General Directorate of Migration (Dirección General de Migración, DGM) landed at Cap-Haïtien International Airport on Wednesday with 112 deportees, among them 19 pregnant women, the International Organization for Migration (IOM) said."
S_ABI = "The government of President Luis Abinader announced last October that it would deport up to 10,000 undocumented Haitians a week."
S_MFA = "Haiti's Ministry of Foreign Affairs protested the flight on Wednesday, calling deportations \"inhumane\" while the country faces \"a war imposed by armed gangs.\""
doc(F, SRC, "Gangs storm Haitian town as police push back in the capital and a Dominican deportation flight lands",
    "2025-04-02", "day", "Updated 6:14 PM EDT, April 2, 2025",
    people=[P("Jean-Robert Dorélien", roles=["author"]),
            P("Marisol T. Quezada", roles=["author"]),
            P("Rose-Anne Pierre-Louis", country="Haiti", roles=["market vendor"]),
            P("Jimmy Chérizier", "Chérizier", "Barbecue", country="Haiti", roles=["Viv Ansanm leader", "former police officer"]),
            P("Joseph Wilson", "Lanmò Sanjou", country="Haiti", roles=["leader of 400 Mawozo"]),
            P("Marie-Michelle Verrier", "Insp. Marie-Michelle Verrier", "Verrier", country="Haiti", roles=["police spokeswoman"]),
            P("Rameau Normil", country="Haiti", roles=["acting director general of the police"]),
            P("Alix Didier Fils-Aimé", "Prime Minister Alix Didier Fils-Aimé", "Fils-Aimé", country="Haiti", roles=["Prime Minister"]),
            P("Garry Conille", country="Haiti", roles=["former Prime Minister (predecessor)"]),
            P("Luis Abinader", "President Luis Abinader", "Abinader", country="Dominican Republic", roles=["President"]),
            P("Wisner Saint-Fleur", "Dr. Wisner Saint-Fleur", country="Haiti", roles=["local official, Mirebalais University Hospital"])],
    organizations=[O("Associated Press", "AP", kind="media"),
                   O("Viv Ansanm", kind="criminal group"),
                   O("400 Mawozo", kind="criminal group"),
                   O("Haitian National Police", "Police Nationale d'Haïti", "PNH", kind="security force"),
                   O("G9", kind="criminal group"),
                   O("G-Pèp", kind="criminal group"),
                   O("U.S. Treasury Department", "Treasury Department", kind="government body"),
                   O("Multinational Security Support mission", "MSS", kind="security force"),
                   O("Transitional Presidential Council", kind="government body"),
                   O("U.N. Integrated Office in Haiti", "BINUH", kind="international organization"),
                   O("General Directorate of Migration", "Dirección General de Migración", "DGM", kind="government body"),
                   O("International Organization for Migration", "IOM", kind="international organization"),
                   O("Ministry of Foreign Affairs", kind="government body")],
    places=[C("Haiti"), C("Dominican Republic"),
            city("Port-au-Prince", "Haiti", "PORT-AU-PRINCE"), city("Mirebalais", "Haiti"), city("Croix-des-Bouquets", "Haiti"),
            oth("Artibonite River", "Haiti"), city("Hinche", "Haiti"), city("Washington", "United States"),
            oth("Delmas 30", "Haiti"), oth("Solino", "Haiti"), oth("Delmas Road", "Haiti"),
            state("Centre", "Haiti", "Centre department"),
            city("Cap-Haïtien", "Haiti"), fac("Cap-Haïtien International Airport", "Haiti"),
            infra("Dajabón–Ouanaminthe border crossing", None),
            city("Dajabón", "Dominican Republic"), city("Ouanaminthe", "Haiti"),
            city("Santo Domingo", "Dominican Republic"), fac("Mirebalais University Hospital", "Haiti")],
    aliases=[A("Haitian National Police", "Police Nationale d'Haïti", "translation", "Haitian National Police (Police Nationale d'Haïti, or PNH)"),
             A("Haitian National Police", "PNH", "acronym", "Police Nationale d'Haïti, or PNH"),
             A("Jimmy Chérizier", "Barbecue", "nickname", "Jimmy Chérizier, a former police officer known as \"Barbecue.\""),
             A("Joseph Wilson", "Lanmò Sanjou", "nickname", "Joseph Wilson, alias \"Lanmò Sanjou,\""),
             A("Multinational Security Support mission", "MSS", "acronym", "Multinational Security Support mission (MSS)"),
             A("U.N. Integrated Office in Haiti", "BINUH", "acronym", "U.N. Integrated Office in Haiti (BINUH)"),
             A("General Directorate of Migration", "Dirección General de Migración", "translation", "General Directorate of Migration (Dirección General de Migración, DGM)"),
             A("General Directorate of Migration", "DGM", "acronym", "Dirección General de Migración, DGM"),
             A("International Organization for Migration", "IOM", "acronym", "International Organization for Migration (IOM)")],
    events=[E("2025-03-31", "day", "on Monday", "document date", ["Haiti"], "Viv Ansanm gunmen storm Mirebalais, free more than 500 inmates and burn the police station", S_MIRE),
            E("2025-03-30", "day", "a day after", "context", ["Haiti"], "400 Mawozo gunmen ambush a police convoy between Croix-des-Bouquets and Mirebalais, killing two officers", S_AMB),
            E("2023-09", "month", "in September 2023", "explicit", ["Haiti"], "Viv Ansanm alliance formed by the G9 and G-Pèp federations", S_VIV),
            E("2020-12", "month", "in December 2020", "explicit", ["United States", "Haiti"], "U.S. Treasury sanctions Chérizier", S_SANC),
            E("2021", "year", "in 2021", "explicit", ["United States", "Haiti"], "Joseph Wilson indicted in Washington over the kidnapping of 17 missionaries", S_WIL),
            E("2025-04-01", "day", "on Tuesday", "document date", ["Haiti"], "police and MSS officers launch a counter-offensive in Delmas 30 and Solino", S_CNT),
            E("2025-04-01", "day", "on Tuesday afternoon", "document date", ["Haiti"], "acting police chief Rameau Normil visits officers on Delmas Road", S_NOR),
            E("2025-04-01", "day", "on Tuesday night", "document date", ["Haiti"], "Prime Minister Fils-Aimé gives a televised address promising reinforcements for the Centre department", S_PM),
            E("2024-11", "month", "since November 2024", "explicit", ["Haiti"], "Transitional Presidential Council fires Garry Conille; Fils-Aimé takes over the government", S_CON),
            E("2024-06", "month", "in June 2024", "explicit", ["Haiti"], "first contingent of about 400 Kenyan police officers arrives in Port-au-Prince", S_KEN),
            E("2025-01", "month", "in January", "document date", ["Haiti"], "BINUH releases a report counting at least 5,601 people killed in 2024", S_BIN),
            E("2025-04-02", "day", "on Wednesday", "document date", ["Dominican Republic", "Haiti"], "DGM-chartered deportation flight with 112 deportees lands at Cap-Haïtien International Airport", S_FLT),
            E("2024-10", "month", "last October", "document date", ["Dominican Republic", "Haiti"], "Abinader government announces it will deport up to 10,000 undocumented Haitians a week", S_ABI),
            E("2025-04-02", "day", "on Wednesday", "document date", ["Haiti", "Dominican Republic"], "Haiti's Ministry of Foreign Affairs protests the deportation flight", S_MFA)],
    optional={"organizations": ["U.N.", "the government", "Kenyan police", "Kenyan officers"],
              "places": ["Artibonite River valley", "Haitian town of Mirebalais"],
              "events_evidence": [
                  "She said officers killed at least 11 suspected gang members and seized four rifles and a drone.",
                  "\"They burned the market and the church, and nobody came to help us,\" said Rose-Anne Pierre-Louis, 43, a market vendor who fled with her three children to Hinche.",
                  "Residents said the gangs arrived before dawn from the Artibonite River valley.",
                  "Most deportees are sent back by bus through the Dajabón–Ouanaminthe border crossing, but the DGM has added flights since the start of the year.",
                  "The IOM said more than 276,000 Haitians were deported from the Dominican Republic in 2024.",
                  "Back in Mirebalais, a local official, Dr. Wisner Saint-Fleur of the Mirebalais University Hospital, said the hospital had evacuated 60 patients by ambulance to Port-au-Prince."]},
    timeline_pair=("Haiti", "Dominican Republic"))
checks(F)

# ---------------------------------------------------------------- 02 think-tank backgrounder, Venezuela-US
F = "02_backgrounder_venezuela_us_relations_2025.txt"
S_GUA = "On January 23, 2019, the United States recognised National Assembly leader Juan Guaidó as interim president."
S_PDV = "Five days later, the Treasury Department's Office of Foreign Assets Control (OFAC) sanctioned the state oil company, Petróleos de Venezuela, S.A. (PDVSA), cutting Caracas off from its largest export market."
S_IND = "In March 2020 the Justice Department indicted Maduro and fourteen current and former officials, among them Diosdado Cabello Rondón, on narco-terrorism charges, describing a network known as the Cartel of the Suns (Cartel de los Soles)."
S_SAAB = "Alex Nain Saab Morán, a Colombian-born businessman whom U.S. prosecutors called Maduro's \"front man,\" was arrested in Cape Verde during a refuelling stop and extradited to Miami on October 16, 2021."
S_SWAP1 = "A first prisoner exchange came on October 1, 2022, when Washington released two nephews of first lady Cilia Flores — Efraín Antonio Campo Flores and Franqui Francisco Flores de Freitas, known in the Venezuelan press as the \"narcosobrinos\" — in return for seven Americans, including five oil executives of Citgo."
S_CHEV = "The next month OFAC issued a licence allowing Chevron to resume limited production with PDVSA."
S_BAR = "In Barbados on October 17, 2023, the government and the opposition Unitary Platform signed an electoral roadmap."
S_GL44 = "The following day OFAC issued General License 44, easing sanctions on oil and gas."
S_SWAP2 = "That December, Saab was flown home in exchange for ten Americans and the fugitive defence contractor Leonard Francis, known as \"Fat Leonard.\""
S_EXP = "After the Supreme Tribunal of Justice upheld a ban on opposition leader María Corina Machado, Washington let General License 44 expire in April 2024."
S_CNE = "On July 28, 2024, the National Electoral Council (Consejo Nacional Electoral, CNE) declared Maduro the winner of the presidential election, while opposition tally sheets showed Edmundo González Urrutia ahead."
S_SWORN = "Maduro was sworn in for a third term on January 10, 2025."
S_GREN = "Three weeks later, U.S. special envoy Richard Grenell met him in Caracas and flew home with six detained Americans."
S_DEP = "Deportation flights run by the state airline Conviasa and by U.S. Immigration and Customs Enforcement (ICE) began on February 10 at Simón Bolívar International Airport in Maiquetía."
S_FTO = "On February 20, the State Department designated the Tren de Aragua gang, founded in the Tocorón prison in Aragua state, as a Foreign Terrorist Organization."
S_CECOT = "President Donald J. Trump then cancelled Chevron's licence, and in March the administration sent more than 200 Venezuelans to the Terrorism Confinement Center (CECOT) in El Salvador under the Alien Enemies Act."
S_SWAP3 = "On July 18, 2025, ten Americans held in Venezuela were released in exchange for 252 Venezuelans held at CECOT, in a deal brokered with Salvadoran President Nayib Bukele."
doc(F, SRC, "Venezuela and the United States: Sanctions, Swaps and Deportation Flights Since 2019",
    "2025-08-05", "day", "Last updated August 5, 2025",
    people=[P("Elena M. Vásquez-Harlan", "Dr. Elena M. Vásquez-Harlan", roles=["author", "Senior Fellow for Andean Affairs"]),
            P("Nicolás Maduro", "Maduro", country="Venezuela", roles=["President"]),
            P("Juan Guaidó", country="Venezuela", roles=["National Assembly leader", "interim president (recognised by the US)"]),
            P("Diosdado Cabello Rondón", country="Venezuela", roles=["official indicted in the US"]),
            P("Alex Nain Saab Morán", "Saab", country="Venezuela", roles=["businessman", "alleged front man of Maduro"]),
            P("Cilia Flores", country="Venezuela", roles=["first lady"]),
            P("Efraín Antonio Campo Flores", country="Venezuela", roles=["nephew of Cilia Flores"]),
            P("Franqui Francisco Flores de Freitas", country="Venezuela", roles=["nephew of Cilia Flores"]),
            P("Leonard Francis", "Fat Leonard", country="United States", roles=["fugitive defence contractor"]),
            P("María Corina Machado", country="Venezuela", roles=["opposition leader"]),
            P("Edmundo González Urrutia", "González", country="Venezuela", roles=["opposition candidate"]),
            P("Richard Grenell", country="United States", roles=["U.S. special envoy"]),
            P("Donald J. Trump", "President Donald J. Trump", country="United States", roles=["President"]),
            P("Nayib Bukele", "Salvadoran President Nayib Bukele", country="El Salvador", roles=["President"])],
    organizations=[O("Treasury Department", "Treasury", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("Petróleos de Venezuela, S.A.", "PDVSA", kind="company"),
                   O("Justice Department", kind="government body"),
                   O("Cartel of the Suns", "Cartel de los Soles", kind="criminal group"),
                   O("State Department", kind="government body"),
                   O("Citgo", kind="company"),
                   O("Chevron", kind="company"),
                   O("Unitary Platform", kind="political party"),
                   O("Supreme Tribunal of Justice", kind="court"),
                   O("National Electoral Council", "Consejo Nacional Electoral", "CNE", kind="government body"),
                   O("Conviasa", kind="company"),
                   O("U.S. Immigration and Customs Enforcement", "Immigration and Customs Enforcement", "ICE", kind="government body"),
                   O("Tren de Aragua", kind="criminal group")],
    places=[C("Venezuela"), USA(), city("Washington", "United States"), city("Caracas", "Venezuela"),
            C("Cape Verde"), city("Miami", "United States"), city("Mexico City", "Mexico"), C("Barbados"), C("Spain"),
            fac("Simón Bolívar International Airport", "Venezuela"), city("Maiquetía", "Venezuela"),
            fac("Tocorón prison", "Venezuela"), state("Aragua", "Venezuela", "Aragua state"),
            C("El Salvador"), fac("Terrorism Confinement Center", "El Salvador", "CECOT"), reg("Orinoco Belt", "Venezuela")],
    aliases=[A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Petróleos de Venezuela, S.A.", "PDVSA", "acronym", "Petróleos de Venezuela, S.A. (PDVSA)"),
             A("Cartel of the Suns", "Cartel de los Soles", "translation", "Cartel of the Suns (Cartel de los Soles)"),
             A("Leonard Francis", "Fat Leonard", "nickname", "Leonard Francis, known as \"Fat Leonard.\""),
             A("National Electoral Council", "Consejo Nacional Electoral", "translation", "National Electoral Council (Consejo Nacional Electoral, CNE)"),
             A("National Electoral Council", "CNE", "acronym", "Consejo Nacional Electoral, CNE"),
             A("U.S. Immigration and Customs Enforcement", "ICE", "acronym", "U.S. Immigration and Customs Enforcement (ICE)"),
             A("Terrorism Confinement Center", "CECOT", "acronym", "Terrorism Confinement Center (CECOT)")],
    events=[E("2019-01-23", "day", "On January 23, 2019", "explicit", ["United States", "Venezuela"], "United States recognises Juan Guaidó as interim president", S_GUA),
            E("2019-01-28", "day", "Five days later", "context", ["United States", "Venezuela"], "OFAC sanctions PDVSA", S_PDV),
            E("2020-03", "month", "In March 2020", "explicit", ["United States", "Venezuela"], "Justice Department indicts Maduro and fourteen officials on narco-terrorism charges", S_IND),
            E("2021-10-16", "day", "on October 16, 2021", "explicit", ["Cape Verde", "United States"], "Alex Saab extradited from Cape Verde to Miami", S_SAAB),
            E("2022-10-01", "day", "on October 1, 2022", "explicit", ["United States", "Venezuela"], "prisoner exchange: Flores nephews released for seven Americans", S_SWAP1),
            E("2022-11", "month", "The next month", "context", ["United States", "Venezuela"], "OFAC licence lets Chevron resume limited production with PDVSA", S_CHEV),
            E("2023-10-17", "day", "on October 17, 2023", "explicit", ["Venezuela", "Barbados"], "government and Unitary Platform sign an electoral roadmap in Barbados", S_BAR),
            E("2023-10-18", "day", "The following day", "context", ["United States", "Venezuela"], "OFAC issues General License 44 easing oil and gas sanctions", S_GL44),
            E("2023-12", "month", "That December", "context", ["United States", "Venezuela"], "Saab flown home in exchange for ten Americans and Leonard Francis", S_SWAP2),
            E("2024-04", "month", "in April 2024", "explicit", ["United States", "Venezuela"], "Washington lets General License 44 expire", S_EXP),
            E("2024-07-28", "day", "On July 28, 2024", "explicit", ["Venezuela"], "CNE declares Maduro winner of the presidential election", S_CNE),
            E("2025-01-10", "day", "on January 10, 2025", "explicit", ["Venezuela"], "Maduro sworn in for a third term", S_SWORN),
            E("2025-01-31", "day", "Three weeks later", "context", ["United States", "Venezuela"], "Richard Grenell meets Maduro in Caracas and flies home with six detained Americans", S_GREN),
            E("2025-02-10", "day", "on February 10", "context", ["United States", "Venezuela"], "deportation flights by Conviasa and ICE begin at Maiquetía", S_DEP),
            E("2025-02-20", "day", "On February 20", "context", ["United States", "Venezuela"], "State Department designates Tren de Aragua a Foreign Terrorist Organization", S_FTO),
            E("2025-03", "month", "in March", "context", ["United States", "El Salvador", "Venezuela"], "more than 200 Venezuelans sent to CECOT in El Salvador under the Alien Enemies Act", S_CECOT),
            E("2025-07-18", "day", "On July 18, 2025", "explicit", ["Venezuela", "United States", "El Salvador"], "ten Americans released in exchange for 252 Venezuelans held at CECOT", S_SWAP3)],
    optional={"organizations": ["National Assembly", "Foreign Terrorist Organization", "General License 44", "the Maduro government", "Alien Enemies Act"],
              "places": ["Western Hemisphere"],
              "events_evidence": [
                  "The State Department offered $15 million for information leading to Maduro's arrest.",
                  "Caracas responded by walking out of talks with the opposition in Mexico City.",
                  "González later went into exile in Spain.",
                  "The Treasury has since granted Chevron a new licence that bars cash payments to the Maduro government.",
                  "Since 2019 the United States has tried maximum pressure, quiet bargaining and, most recently, a transactional approach built around oil and migration.",
                  "The pattern since 2019 is clear: sanctions have not removed Maduro, and each concession has been traded for prisoners, oil or deportees."]},
    timeline_pair=("Venezuela", "United States"))
checks(F)

# ---------------------------------------------------------------- 03 DOJ release, Clan del Golfo plea
F = "03_doj_clan_del_golfo_plea_2025.txt"
S_TODAY = "A senior leader of the Colombian Clan del Golfo pleaded guilty today in federal court in Brooklyn, New York, to conspiring to import more than 70 tons of cocaine into the United States."
S_AKA = "Jhon Fredy Arboleda-Mosquera, also known as \"Gonzalito\" and \"El Zarco,\""
S_AGC = "The Clan del Golfo, which calls itself the Autodefensas Gaitanistas de Colombia (AGC), is one of the largest drug trafficking organizations in the world."
S_INDT = "A grand jury in the Eastern District of New York returned a sealed indictment against Arboleda-Mosquera on August 14, 2018."
S_OTO = "Úsuga David was himself extradited to the Eastern District in May 2022 and sentenced the following year to 45 years in prison."
S_ARR = "The Colombian National Police (Policía Nacional de Colombia) and the Colombian Army arrested Arboleda-Mosquera on March 9, 2023, at a farm outside Necoclí, in the department of Antioquia, in an operation supported by the Drug Enforcement Administration (DEA)."
S_CSJ = "Colombia's Supreme Court of Justice approved his extradition in November 2023, and President Gustavo Petro signed the extradition order the following month."
S_FLY = "Arboleda-Mosquera was flown from the Catam military airbase in Bogotá to New York on October 2, 2024, and was arraigned in Brooklyn the next day."
S_NAVY = "Evidence at the detention hearing showed that, on April 22, 2021, the Colombian Navy seized 4.2 tons of cocaine from a semi-submersible off Capurganá that had been loaded by Arboleda-Mosquera's men."
S_PAN = "In 2022, Panamanian authorities seized another 2.7 tons at the port of Colón that investigators traced to the same network."
S_MENA = "A co-defendant, Luis Alberto Mena Palacios, known as \"Cuchillo,\" a former logistics chief of the Urabá bloc, pleaded guilty last year and is cooperating with the government."
S_SENT = "Sentencing is scheduled for June 12."
doc(F, SRC, "Clan del Golfo Regional Commander Extradited from Colombia Pleads Guilty to Cocaine Conspiracy",
    "2025-02-07", "day", "Friday, February 7, 2025",
    people=[P("Jhon Fredy Arboleda-Mosquera", "Arboleda-Mosquera", "Gonzalito", "El Zarco", country="Colombia", roles=["commander of the Clan del Golfo's Urabá bloc", "defendant"]),
            P("Carolyn M. Pokorny-Reyes", "Acting U.S. Attorney Carolyn M. Pokorny-Reyes", country="United States", roles=["Acting U.S. Attorney, Eastern District of New York"]),
            P("Dairo Antonio Úsuga David", "Úsuga David", "Otoniel", country="Colombia", roles=["supreme leader of the Clan del Golfo"]),
            P("Gustavo Petro", "President Gustavo Petro", country="Colombia", roles=["President"]),
            P("Luis Alberto Mena Palacios", "Cuchillo", country="Colombia", roles=["co-defendant", "former logistics chief of the Urabá bloc"]),
            P("Yesenia P. Córdoba-Rentería", "La Contadora", country="Colombia", roles=["co-defendant", "fugitive"]),
            P("Eric N. Vitaliano", "U.S. District Judge Eric N. Vitaliano", country="United States", roles=["U.S. District Judge"]),
            P("Derek S. Maltz", "DEA Acting Administrator Derek S. Maltz", country="United States", roles=["DEA Acting Administrator"]),
            P("Gilbert M. Rein", country="United States", roles=["Assistant U.S. Attorney"]),
            P("Francisco J. Navarro", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("Clan del Golfo", "Autodefensas Gaitanistas de Colombia", "AGC", kind="criminal group"),
                   O("Urabá bloc", kind="criminal group"),
                   O("Colombian National Police", "Policía Nacional de Colombia", kind="security force"),
                   O("Colombian Army", kind="security force"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Supreme Court of Justice", kind="court"),
                   O("Colombian Navy", kind="security force"),
                   O("Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("Colombian Ministry of Justice", "Ministry of Justice", kind="government body"),
                   O("Justice Department", kind="government body"),
                   O("Office of International Affairs", kind="government body")],
    places=[C("Colombia"), USA(), city("Brooklyn", "United States"), city("New York", "United States"),
            city("Turbo", "Colombia"), oth("Gulf of Urabá", "Colombia"), reg("Darién Gap", None), C("Panama"),
            reg("Central America", None), reg("Urabá coast", "Colombia"), city("Necoclí", "Colombia"),
            state("Antioquia", "Colombia"), fac("Catam military airbase", "Colombia"), city("Bogotá", "Colombia"),
            city("Capurganá", "Colombia"), fac("Colón", "Panama"), C("Venezuela")],
    aliases=[A("Jhon Fredy Arboleda-Mosquera", "Gonzalito", "nickname", S_AKA),
             A("Jhon Fredy Arboleda-Mosquera", "El Zarco", "nickname", S_AKA),
             A("Clan del Golfo", "Autodefensas Gaitanistas de Colombia", "nickname", "The Clan del Golfo, which calls itself the Autodefensas Gaitanistas de Colombia (AGC)"),
             A("Clan del Golfo", "AGC", "acronym", "Autodefensas Gaitanistas de Colombia (AGC)"),
             A("Dairo Antonio Úsuga David", "Otoniel", "nickname", "Dairo Antonio Úsuga David, alias \"Otoniel,\""),
             A("Colombian National Police", "Policía Nacional de Colombia", "translation", "Colombian National Police (Policía Nacional de Colombia)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Luis Alberto Mena Palacios", "Cuchillo", "nickname", "Luis Alberto Mena Palacios, known as \"Cuchillo,\""),
             A("Yesenia P. Córdoba-Rentería", "La Contadora", "nickname", "Yesenia P. Córdoba-Rentería, a.k.a. \"La Contadora,\""),
             A("Attorney General's Office", "Fiscalía General de la Nación", "translation", "Fiscalía General de la Nación, Colombia's Attorney General's Office")],
    events=[E("2025-02-07", "day", "today", "document date", ["United States", "Colombia"], "Arboleda-Mosquera pleads guilty in federal court in Brooklyn", S_TODAY),
            E("2018-08-14", "day", "on August 14, 2018", "explicit", ["United States"], "grand jury in EDNY returns a sealed indictment against Arboleda-Mosquera", S_INDT),
            E("2022-05", "month", "in May 2022", "explicit", ["Colombia", "United States"], "Úsuga David (Otoniel) extradited to the Eastern District of New York", S_OTO),
            E("2023", "year", "the following year", "context", ["United States"], "Úsuga David sentenced to 45 years in prison", S_OTO),
            E("2023-03-09", "day", "on March 9, 2023", "explicit", ["Colombia"], "Colombian police and army arrest Arboleda-Mosquera near Necoclí, Antioquia", S_ARR),
            E("2023-11", "month", "in November 2023", "explicit", ["Colombia"], "Colombia's Supreme Court of Justice approves the extradition", S_CSJ),
            E("2023-12", "month", "the following month", "context", ["Colombia"], "President Petro signs the extradition order", S_CSJ),
            E("2024-10-02", "day", "on October 2, 2024", "explicit", ["Colombia", "United States"], "Arboleda-Mosquera extradited, flown from Bogotá to New York", S_FLY),
            E("2024-10-03", "day", "the next day", "context", ["United States"], "Arboleda-Mosquera arraigned in Brooklyn", S_FLY),
            E("2021-04-22", "day", "on April 22, 2021", "explicit", ["Colombia"], "Colombian Navy seizes 4.2 tons of cocaine from a semi-submersible off Capurganá", S_NAVY),
            E("2022", "year", "In 2022", "explicit", ["Panama"], "Panamanian authorities seize 2.7 tons of cocaine at the port of Colón", S_PAN),
            E("2024", "year", "last year", "document date", ["United States"], "co-defendant Mena Palacios (Cuchillo) pleads guilty", S_MENA),
            E("2025-06-12", "day", "June 12", "document date", ["United States"], "sentencing of Arboleda-Mosquera scheduled", S_SENT)],
    optional={"organizations": ["Office of Public Affairs", "grand jury", "Panamanian authorities", "Bogotá Country Office", "New York Division",
                                "Organized Crime Drug Enforcement Task Forces", "OCDETF"],
              "places": ["Eastern District of New York", "Eastern District", "port of Colón"],
              "events_evidence": [
                  "According to the indictment, from 2009 until his arrest he paid \"taxes\" to the group's supreme leader, Dairo Antonio Úsuga David, alias \"Otoniel,\" for every shipment that left the Urabá coast.",
                  "Two bodyguards were killed in the firefight.",
                  "Arboleda-Mosquera pleaded guilty before U.S. District Judge Eric N. Vitaliano to conspiracy to manufacture and distribute cocaine for importation into the United States and to using firearms in furtherance of drug trafficking.",
                  "\"Today he admitted it.\"",
                  "Another, Yesenia P. Córdoba-Rentería, a.k.a. \"La Contadora,\" remains a fugitive and is believed to be in Venezuela."]},
    timeline_pair=("Colombia", "United States"))
checks(F)

# ---------------------------------------------------------------- 04 Mexican newspaper in translation, Guanajuato
F = "04_diario_bajio_tarimoro_massacre_2025.txt"
S_MAS = "TARIMORO, Gto. — Armed men killed nine people, among them a 14-year-old boy, at a wake in the community of La Moncada, in the municipality of Tarimoro, on Saturday night, in the worst massacre in southern Guanajuato so far this year."
S_DIED = "Four wounded were taken to the general hospital in Celaya, where one woman died on Sunday morning."
S_FGEG = "The State Attorney General's Office (Fiscalía General del Estado de Guanajuato, FGEG) said on Monday that agents, supported by the Army and the National Guard (Guardia Nacional), had arrested three suspects in a safe house in neighbouring Salvatierra."
S_TRIPAS = "Among them is Brayan Alexis Tovar Zúñiga, alias \"El Tripas,\" 23, whom investigators identify as a cell leader of the Cártel Santa Rosa de Lima (CSRL)."
S_MARRO = "The CSRL was founded by José Antonio Yépez Ortiz, known as \"El Marro,\" who was arrested in Juventino Rosas on August 2, 2020 and sentenced two years later to 60 years in prison for kidnapping."
S_GOV = "Governor Libia Dennise García Muñoz Ledo condemned the massacre on Sunday on social media and announced that she would meet federal Security Secretary Omar García Harfuch in Mexico City on Wednesday to request more troops."
S_OFFICE = "García Muñoz Ledo, of the National Action Party (PAN), took office on September 26, 2024, promising to cut homicides in half."
S_JUDGE = "The arrests were overshadowed on Monday by a ruling from a federal judge in Celaya, who ordered the release of Juan Carlos \"N\", known as \"El Güero Tractor,\" an alleged CSRL financial operator detained on May 30 on a highway near Acámbaro."
S_BURY = "In La Moncada, the families buried their dead on Monday afternoon in the municipal cemetery, under the watch of a National Guard patrol."
S_SHE = "President Claudia Sheinbaum was asked about the Tarimoro massacre at her morning press conference on Monday and said federal forces would \"attend to\" southern Guanajuato together with the state government."
doc(F, SRC, "Massacre in Tarimoro: gunmen kill nine at a wake; three arrested and a judge frees a cartel operator",
    "2025-06-17", "day", "By Alejandra Ruiz-Tagle and Óscar I. Mendiola | 17 Jun 2025",
    people=[P("Alejandra Ruiz-Tagle", roles=["author"]),
            P("Óscar I. Mendiola", roles=["author"]),
            P("Brayan Alexis Tovar Zúñiga", "El Tripas", country="Mexico", roles=["CSRL cell leader", "suspect"]),
            P("Gerardo Vázquez Alatriste", "Attorney General Gerardo Vázquez Alatriste", "Vázquez Alatriste", country="Mexico", roles=["Attorney General of Guanajuato"]),
            P("José Antonio Yépez Ortiz", "El Marro", country="Mexico", roles=["founder of the CSRL"]),
            P("Libia Dennise García Muñoz Ledo", "Governor Libia Dennise García Muñoz Ledo", "García Muñoz Ledo", country="Mexico", roles=["Governor of Guanajuato"]),
            P("Omar García Harfuch", "Security Secretary Omar García Harfuch", country="Mexico", roles=["federal Security Secretary"]),
            P("Juan Carlos \"N\"", "El Güero Tractor", country="Mexico", roles=["alleged CSRL financial operator"]),
            P("Claudia Sheinbaum", "President Claudia Sheinbaum", country="Mexico", roles=["President"])],
    organizations=[O("Diario del Bajío", kind="media"),
                   O("State Attorney General's Office", "Fiscalía General del Estado de Guanajuato", "FGEG", kind="government body"),
                   O("National Guard", "Guardia Nacional", kind="security force"),
                   O("Cártel Santa Rosa de Lima", "CSRL", kind="criminal group"),
                   O("Cártel Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("National Action Party", "PAN", kind="political party"),
                   O("Federal Judiciary Council", "Consejo de la Judicatura Federal", kind="government body"),
                   O("Executive Secretariat of the National Public Security System", "SESNSP", kind="government body")],
    places=[C("Mexico"), city("Tarimoro", "Mexico", "TARIMORO"), state("Guanajuato", "Mexico", "Gto."),
            city("La Moncada", "Mexico"), oth("Calle Hidalgo", "Mexico"), city("Celaya", "Mexico"), city("Salvatierra", "Mexico"),
            reg("Bajío", "Mexico"), city("Juventino Rosas", "Mexico"), state("Michoacán", "Mexico"), city("Mexico City", "Mexico"),
            city("Acámbaro", "Mexico"), city("León", "Mexico"), city("Irapuato", "Mexico"), city("Salamanca", "Mexico")],
    aliases=[A("State Attorney General's Office", "Fiscalía General del Estado de Guanajuato", "translation",
               "State Attorney General's Office (Fiscalía General del Estado de Guanajuato, FGEG)"),
             A("State Attorney General's Office", "FGEG", "acronym", "Fiscalía General del Estado de Guanajuato, FGEG"),
             A("National Guard", "Guardia Nacional", "translation", "National Guard (Guardia Nacional)"),
             A("Brayan Alexis Tovar Zúñiga", "El Tripas", "nickname", "Brayan Alexis Tovar Zúñiga, alias \"El Tripas,\""),
             A("Cártel Santa Rosa de Lima", "CSRL", "acronym", "Cártel Santa Rosa de Lima (CSRL)"),
             A("Cártel Jalisco Nueva Generación", "CJNG", "acronym", "Cártel Jalisco Nueva Generación (CJNG)"),
             A("José Antonio Yépez Ortiz", "El Marro", "nickname", "José Antonio Yépez Ortiz, known as \"El Marro,\""),
             A("National Action Party", "PAN", "acronym", "National Action Party (PAN)"),
             A("Juan Carlos \"N\"", "El Güero Tractor", "nickname", "Juan Carlos \"N\", known as \"El Güero Tractor,\""),
             A("Federal Judiciary Council", "Consejo de la Judicatura Federal", "translation", "Federal Judiciary Council (Consejo de la Judicatura Federal)"),
             A("Executive Secretariat of the National Public Security System", "SESNSP", "acronym",
               "Executive Secretariat of the National Public Security System (SESNSP)")],
    events=[E("2025-06-14", "day", "on Saturday night", "document date", ["Mexico"], "gunmen kill nine people at a wake in La Moncada, Tarimoro", S_MAS),
            E("2025-06-15", "day", "on Sunday morning", "document date", ["Mexico"], "a wounded woman dies in hospital in Celaya", S_DIED),
            E("2025-06-16", "day", "on Monday", "document date", ["Mexico"], "FGEG announces the arrest of three suspects in Salvatierra", S_FGEG),
            E("2020-08-02", "day", "on August 2, 2020", "explicit", ["Mexico"], "El Marro arrested in Juventino Rosas", S_MARRO),
            E("2022", "year", "two years later", "context", ["Mexico"], "El Marro sentenced to 60 years in prison for kidnapping", S_MARRO),
            E("2025-06-15", "day", "on Sunday", "document date", ["Mexico"], "Governor García Muñoz Ledo condemns the massacre on social media", S_GOV),
            E("2025-06-18", "day", "on Wednesday", "document date", ["Mexico"], "scheduled meeting of the governor with Security Secretary García Harfuch in Mexico City", S_GOV),
            E("2024-09-26", "day", "on September 26, 2024", "explicit", ["Mexico"], "García Muñoz Ledo takes office as governor", S_OFFICE),
            E("2025-06-16", "day", "on Monday", "document date", ["Mexico"], "federal judge in Celaya orders the release of El Güero Tractor", S_JUDGE),
            E("2025-05-30", "day", "on May 30", "document date", ["Mexico"], "El Güero Tractor detained on a highway near Acámbaro", S_JUDGE),
            E("2025-06-16", "day", "on Monday afternoon", "document date", ["Mexico"], "families bury the victims in La Moncada", S_BURY),
            E("2025-06-16", "day", "on Monday", "document date", ["Mexico"], "President Sheinbaum, asked about the massacre, says federal forces will attend to southern Guanajuato", S_SHE)],
    optional={"people": ["Ángel"],
              "organizations": ["the Army", "Fourth District Judge", "state government", "federal forces", "National Guard patrol"],
              "places": ["southern Guanajuato", "municipal cemetery", "general hospital in Celaya"],
              "events_evidence": [
                  "Attorney General Gerardo Vázquez Alatriste told reporters that the attack was a reprisal against a family accused of selling drugs for the Cártel Jalisco Nueva Generación (CJNG), which has fought the CSRL for control of fuel theft and retail drug sales in the Bajío since 2017.",
                  "Vázquez Alatriste said his office would appeal and called the ruling \"a message of impunity.\"",
                  "Last month alone, the state recorded 214 victims, most of them in Celaya, León, Irapuato and Salamanca.",
                  "Guanajuato has led Mexico in intentional homicides for six consecutive years, according to the Executive Secretariat of the National Public Security System (SESNSP).",
                  "The Fourth District Judge found that soldiers had held him for nine hours before handing him to prosecutors, in violation of his right to be presented promptly before the authorities."]},
    timeline_pair=("Mexico",))
checks(F)

# ---------------------------------------------------------------- 05 NGO statement, Ecuador internal armed conflict
F = "05_ngo_ecuador_internal_conflict_2025.txt"
S_D111 = "On 9 January 2024, one day after José Adolfo Macías Villamar, alias \"Fito,\" the leader of Los Choneros, escaped from La Regional prison in Guayaquil, President Noboa signed Executive Decree 111, which declared an \"internal armed conflict\" and classified 22 criminal groups, among them Los Lobos and Los Tiguerones, as terrorist organisations and \"non-state belligerent actors.\""
S_MALV = "On the night of 8 December 2024, an Ecuadorian Air Force (Fuerza Aérea Ecuatoriana, FAE) patrol detained four Afro-Ecuadorian boys, aged 11 to 15, after a football game in the Las Malvinas neighbourhood of Guayaquil."
S_BOD = "Their burned bodies were found on 24 December near the Taura air base, in the canton of Naranjal."
S_CHG = "In January, the Attorney General's Office (Fiscalía General del Estado) charged 16 air force members with enforced disappearance."
S_TRIAL = "The trial opened in Guayaquil in September and the court convicted eleven of them last month."
S_MACH = "According to the National Service for Comprehensive Attention to Persons Deprived of Liberty (Servicio Nacional de Atención Integral a Personas Privadas de la Libertad, SNAI), fighting broke out in the Machala prison, in El Oro province, on the night of Sunday, 9 November."
S_RIOT = "The prison had already been the scene of a riot on 22 September, when 14 people were killed and several inmates escaped."
S_REL = "Relatives gathered outside the prison the next morning, but authorities did not publish the list of the dead until Tuesday."
S_REIM = "Interior Minister John Reimberg said on Monday that the violence was caused by a dispute between Los Lobos and a rival faction led by an inmate known as \"El Gato Farfán.\""
S_IACHR = "The ODJ reminds the Ecuadorian State that the Inter-American Commission on Human Rights (IACHR) expressed concern about military detentions after its visit to the country in April 2024, and that in March 2025 the United Nations Committee against Torture asked Ecuador to bring prison control back under civilian authorities."
S_SNAI_LONG = "National Service for Comprehensive Attention to Persons Deprived of Liberty (Servicio Nacional de Atención Integral a Personas Privadas de la Libertad, SNAI)"
doc(F, SRC, "Ecuador: Twenty-two months of \"internal armed conflict\" have brought disappearances, military detentions and a new prison massacre",
    "2025-11-12", "day", "Quito, 12 November 2025",
    people=[P("Daniel Noboa", "President Daniel Noboa", "President Noboa", "Noboa", country="Ecuador", roles=["President"]),
            P("José Adolfo Macías Villamar", "Fito", country="Ecuador", roles=["leader of Los Choneros"]),
            P("Mariela J. Cevallos-Andrade", "Dr. Mariela J. Cevallos-Andrade", country="Ecuador", roles=["executive director of the ODJ"]),
            P("John Reimberg", "Interior Minister John Reimberg", country="Ecuador", roles=["Interior Minister"]),
            P("Tomás Herrera Quishpe", country="Ecuador", roles=["communications officer, ODJ"])],
    organizations=[O("Observatorio de Derechos y Justicia", "ODJ", kind="ngo"),
                   O("Los Choneros", kind="criminal group"),
                   O("Los Lobos", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("Armed Forces of Ecuador", kind="security force"),
                   O("National Police", "Policía Nacional", kind="security force"),
                   O("Ecuadorian Air Force", "Fuerza Aérea Ecuatoriana", "FAE", kind="security force"),
                   O("Attorney General's Office", "Fiscalía General del Estado", kind="government body"),
                   O("National Service for Comprehensive Attention to Persons Deprived of Liberty",
                     "Servicio Nacional de Atención Integral a Personas Privadas de la Libertad", "SNAI", kind="government body"),
                   O("Inter-American Commission on Human Rights", "IACHR", kind="international organization"),
                   O("United Nations Committee against Torture", kind="international organization"),
                   O("Ombudsman's Office", "Defensoría del Pueblo", kind="government body")],
    places=[C("Ecuador"), city("Quito", "Ecuador"), city("Machala", "Ecuador"),
            fac("Machala Social Rehabilitation Centre", "Ecuador", "Machala prison"), fac("La Regional prison", "Ecuador"),
            city("Guayaquil", "Ecuador"), state("Guayas", "Ecuador"), state("Los Ríos", "Ecuador"),
            state("El Oro", "Ecuador", "El Oro province"), state("Esmeraldas", "Ecuador"), oth("Las Malvinas", "Ecuador"),
            fac("Taura air base", "Ecuador"), city("Naranjal", "Ecuador")],
    aliases=[A("Observatorio de Derechos y Justicia", "ODJ", "acronym", "Observatorio de Derechos y Justicia (ODJ)"),
             A("José Adolfo Macías Villamar", "Fito", "nickname", "José Adolfo Macías Villamar, alias \"Fito,\""),
             A("National Police", "Policía Nacional", "translation", "National Police (Policía Nacional)"),
             A("Ecuadorian Air Force", "Fuerza Aérea Ecuatoriana", "translation", "Ecuadorian Air Force (Fuerza Aérea Ecuatoriana, FAE)"),
             A("Ecuadorian Air Force", "FAE", "acronym", "Fuerza Aérea Ecuatoriana, FAE"),
             A("Attorney General's Office", "Fiscalía General del Estado", "translation", "Attorney General's Office (Fiscalía General del Estado)"),
             A("National Service for Comprehensive Attention to Persons Deprived of Liberty",
               "Servicio Nacional de Atención Integral a Personas Privadas de la Libertad", "translation", S_SNAI_LONG),
             A("National Service for Comprehensive Attention to Persons Deprived of Liberty", "SNAI", "acronym",
               "Servicio Nacional de Atención Integral a Personas Privadas de la Libertad, SNAI"),
             A("Inter-American Commission on Human Rights", "IACHR", "acronym", "Inter-American Commission on Human Rights (IACHR)"),
             A("Ombudsman's Office", "Defensoría del Pueblo", "translation", "Ombudsman's Office (Defensoría del Pueblo)")],
    events=[E("2025-11-09", "day", "Sunday, 9 November", "document date", ["Ecuador"], "fighting in the Machala prison leaves at least 31 prisoners dead", S_MACH),
            E("2024-01-09", "day", "On 9 January 2024", "explicit", ["Ecuador"], "Noboa signs Executive Decree 111 declaring an internal armed conflict and naming 22 terrorist groups", S_D111),
            E("2024-01-08", "day", "one day after", "context", ["Ecuador"], "Fito escapes from La Regional prison in Guayaquil", S_D111),
            E("2024-12-08", "day", "On the night of 8 December 2024", "explicit", ["Ecuador"], "FAE patrol detains four boys in Las Malvinas, Guayaquil", S_MALV),
            E("2024-12-24", "day", "on 24 December", "context", ["Ecuador"], "the boys' burned bodies found near the Taura air base", S_BOD),
            E("2025-01", "month", "In January", "context", ["Ecuador"], "Attorney General's Office charges 16 air force members with enforced disappearance", S_CHG),
            E("2025-09", "month", "in September", "document date", ["Ecuador"], "trial of the air force members opens in Guayaquil", S_TRIAL),
            E("2025-10", "month", "last month", "document date", ["Ecuador"], "court convicts eleven air force members", S_TRIAL),
            E("2025-09-22", "day", "on 22 September", "document date", ["Ecuador"], "riot in the Machala prison kills 14 and inmates escape", S_RIOT),
            E("2025-11-10", "day", "the next morning", "context", ["Ecuador"], "relatives gather outside the Machala prison", S_REL),
            E("2025-11-11", "day", "until Tuesday", "document date", ["Ecuador"], "authorities publish the list of the dead", S_REL),
            E("2025-11-10", "day", "on Monday", "document date", ["Ecuador"], "Interior Minister Reimberg blames a dispute between Los Lobos and a rival faction", S_REIM),
            E("2024-04", "month", "in April 2024", "explicit", ["Ecuador"], "IACHR visits Ecuador and expresses concern about military detentions", S_IACHR),
            E("2025-03", "month", "in March 2025", "explicit", ["Ecuador"], "UN Committee against Torture asks Ecuador to return prison control to civilian authorities", S_IACHR)],
    optional={"people": ["El Gato Farfán"],
              "organizations": ["Executive Decree 111", "the Government", "armed forces", "Ecuadorian State"],
              "places": ["Las Malvinas neighbourhood", "canton of Naranjal"],
              "events_evidence": [
                  "The Observatorio de Derechos y Justicia (ODJ), a Quito-based human rights organisation, calls on the government of President Daniel Noboa to end the use of the armed forces in policing tasks without civilian oversight, and to open an independent investigation into the deaths of at least 31 prisoners in the Machala Social Rehabilitation Centre on Sunday.",
                  "Four inmates were shot dead and 27 others died by asphyxiation in their cells.",
                  "Since then, the Armed Forces of Ecuador have carried out raids, patrols and arrests throughout the country.",
                  "The ODJ has documented 47 cases of arbitrary detention by soldiers between January 2024 and September 2025, most of them in the provinces of Guayas, Los Ríos, El Oro and Esmeraldas.",
                  "- publish the number and location of all people detained by the armed forces since January 2024;",
                  "- withdraw soldiers from the internal management of prisons before the end of 2025."]},
    timeline_pair=("Ecuador",))
checks(F)

NOTES = (
 "Held-out set H, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and annotated by reading alone "
 "(crimecli was never run on them). Additions and decisions: PUBLISHED is the document's own date line (AP 'Updated 6:14 PM EDT, April 2, 2025', "
 "'Last updated August 5, 2025', the DOJ release date, the byline '| 17 Jun 2025', the statement's 'Quito, 12 November 2025'). ENTITIES: bylined "
 "authors are people without country (an all-caps dateline keeps its caps form as a variant of the place); people named only by a nickname or a "
 "first name ('El Gato Farfán', 'Ángel') are optional; a Mexican withheld surname keeps its press form as the canonical name ('Juan Carlos \"N\"'). "
 "A rural community ('La Moncada') and a canton seat (Naranjal) are 'city or town'; neighbourhoods (Delmas 30, Solino, Las Malvinas) and streets "
 "are 'other'; prisons, airports, air bases, a hospital and a named port (Colón) are 'facility'; the Dajabón–Ouanaminthe crossing and the Darién "
 "Gap/Central America have country null. The United States in 01 is named only as 'U.S.' (adjective) and 'Washington', so it is not a place there "
 "but is allowed in event countries. Legislatures (National Assembly), decrees, licences, 'Foreign Terrorist Organization', OCDETF, DEA field "
 "offices, the Fourth District Judge and demonym bodies ('Panamanian authorities', 'Kenyan officers', 'the Army') are optional organisations; US "
 "judicial districts are optional places. ALIASES: 'known as \"X\"', 'alias \"X\"', 'a.k.a. \"X\"', 'also known as \"A\" and \"B\"' (two pairs) are "
 "nicknames; 'which calls itself the Autodefensas Gaitanistas de Colombia (AGC)' gives a nickname-type pair (the group's self-name) and an acronym "
 "pair on Clan del Golfo; 'X, Colombia's Attorney General's Office' is a translation; the collective 'narcosobrinos' for two people is not an alias. "
 "EVENTS: weekday names resolve against the document date: past-tense ones to the latest such weekday before it, a future meeting ('would meet ... "
 "on Wednesday', 04) to the next one; 'until Tuesday' dates the publication of the list; 'Three weeks later' (after January 10, 2025) and 'one day "
 "after' fix the day; 'a day after' (01, the ambush before Monday's attack) is the day before; 'In January' after a December 2024 date is 2025 "
 "(context); an announcement of arrests ('said on Monday that agents ... had arrested') is one event dated by the announcement; spans ('since 2017', "
 "'between January 2024 and September 2025'), statistics, undated 'then'/'has since' happenings and recommendations are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
