#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set K in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by every
hand-made set. The five documents were written for this set by annotator B and annotated by reading
them in full (crimecli was never run on them, and its code was not read). Conventions: the 'notes'
of shared/gold/seeds.gold.json, shared/dev/gold.json, dev2 and heldout_e (NOTES_a.md, NOTES_b.md),
with the additions in NOTES below and in ../NOTES_b.md. Run it after any edit: it asserts that every
evidence string, date_text, published_evidence and at least one surface form of every entity occurs
in its document, and drops variants that do not occur verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Interior Governor Father U.S. District Judge Special Agent Charge Vice-Minister Social
Defence Attorney Attorneys Assistant Security Secretary Dr. Mr. President""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set K document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, no duplicates per
    area, timeline_pair and event countries are annotated countries, resolved_from and precision agree."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("acronym", "nickname", "short name", "translation"), a
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in countries, (file, "pair", c)
    for e in d["events"]:
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
        assert e["resolved_from"] in ("explicit", "document date", "context", "unresolved"), e
        assert (e["date"] is None) == (e["precision"] == "unresolved"), e
        assert e["date"] is None or len(e["date"]) == {"day": 10, "month": 7, "year": 4, "season": 4}[e["precision"]], e
    assert 8 <= len(d["events"]) <= 18, (file, "events", len(d["events"]))
    words = len(text_of(file).split())
    assert 450 <= words <= 700, (file, "words", words)


# ---------------------------------------------------------------- 06 wire story, Ecuador, Los Lobos financier
F = "06_los_lobos_financier_machala_2025.txt"
S_ARR = "MACHALA, Ecuador (Pacific Wire) — Ecuadorian police on Tuesday arrested a man they described as the chief financial operator of Los Lobos, the country's largest gang, in a pre-dawn raid on a shrimp farm outside Machala, Interior Minister John Reimberg said."
S_SEIZE = "Officers seized $1.4 million in cash, 11 rifles and the deeds to 23 properties during the raid, Reimberg told reporters in Quito."
S_HEAR = "A hearing to formalize charges of terrorist financing and money laundering is scheduled for Thursday in Machala, the Attorney General's Office (Fiscalía General del Estado, FGE) said."
S_RUBIO = "Secretary of State Marco Rubio announced the decision on Sept. 4 during a visit to Quito, where he met President Daniel Noboa."
S_2021 = "The report says he was first detained in Guayaquil in March 2021 on a weapons charge but was released two days later after a judge ruled the arrest illegal."
S_PIPO = "Spanish police arrested Chavarría in Málaga in June, and Ecuador has asked for his extradition."
S_RIOT = "Last month, 14 people were killed during a riot at the Machala prison, which the prison agency SNAI blamed on a fight between Los Lobos and a splinter faction known as Los Tiguerones."
S_SOE = "Noboa declared a state of emergency in El Oro and three other provinces on Oct. 3."
S_PNP = "Last week Peru's National Police (Policía Nacional del Perú, PNP) arrested two of those brokers in Tumbes, and a Peruvian prosecutor said on Monday that they would be handed to Ecuador."
S_FITO = "The gang's finances have drawn attention since the escape of José Adolfo Macías Villamar, the Los Choneros leader known as \"Fito,\" from a Guayaquil prison in January 2024."
S_EXT = "Macías was recaptured in Manta and extradited to the United States on July 20, where he has pleaded not guilty to drug and weapons charges in federal court in Brooklyn."
doc(F, SRC, "Ecuador arrests alleged Los Lobos money man in Machala as gang violence spreads south",
    "2025-10-14", "day", "Updated 6:47 PM GMT-5, October 14, 2025",
    people=[P("Carla M. Intriago-Paz", roles=["author"]),
            P("Thomas Reardon", roles=["author"]),
            P("Daniel Okafor", roles=["editor"]),
            P("John Reimberg", "Interior Minister John Reimberg", "Reimberg", country="Ecuador", roles=["Interior Minister"]),
            P("Wilmer Andrés Cedeño-Bravo", "Cedeño-Bravo", "El Contador", country="Ecuador", roles=["alleged chief financial operator of Los Lobos"]),
            P("Marco Rubio", "Secretary of State Marco Rubio", country="United States", roles=["Secretary of State"]),
            P("Daniel Noboa", "President Daniel Noboa", "Noboa", country="Ecuador", roles=["President"]),
            P("Wilmer Geovanny Chavarría Barré", "Chavarría", "Pipo", country="Ecuador", roles=["leader of Los Lobos"]),
            P("José Adolfo Macías Villamar", "Macías", "Fito", country="Ecuador", roles=["leader of Los Choneros"]),
            P("Renato Salgado-Ibarra", "Dr. Renato Salgado-Ibarra", country="Ecuador", roles=["security researcher, Central University of Ecuador"])],
    organizations=[O("Pacific Wire", kind="media"),
                   O("Los Lobos", kind="criminal group"),
                   O("Los Choneros", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("Attorney General's Office", "Fiscalía General del Estado", "FGE", kind="government body"),
                   O("Financial and Economic Analysis Unit", "Unidad de Análisis Financiero y Económico", "UAFE", kind="government body"),
                   O("SNAI", kind="government body"),
                   O("National Police", "Peru's National Police", "Policía Nacional del Perú", "PNP", kind="security force"),
                   O("Central University of Ecuador", kind="other")],
    places=[C("Ecuador"), C("Peru"), C("Spain"), US(),
            city("Machala", "Ecuador", "MACHALA"), city("Quito", "Ecuador"), state("El Oro", "Ecuador", "El Oro province"),
            city("Guayaquil", "Ecuador"), city("Málaga", "Spain"), fac("Machala prison", "Ecuador"),
            city("Huaquillas", "Ecuador"), city("Tumbes", "Peru"), city("Manta", "Ecuador"), city("Brooklyn", "United States"),
            fac("Puerto Bolívar", "Ecuador")],
    aliases=[A("Wilmer Andrés Cedeño-Bravo", "El Contador", "nickname", "Wilmer Andrés Cedeño-Bravo, known as \"El Contador,\""),
             A("Attorney General's Office", "Fiscalía General del Estado", "translation", "Attorney General's Office (Fiscalía General del Estado, FGE)"),
             A("Attorney General's Office", "FGE", "acronym", "Fiscalía General del Estado, FGE"),
             A("Financial and Economic Analysis Unit", "Unidad de Análisis Financiero y Económico", "translation", "Financial and Economic Analysis Unit (Unidad de Análisis Financiero y Económico, UAFE)"),
             A("Financial and Economic Analysis Unit", "UAFE", "acronym", "Unidad de Análisis Financiero y Económico, UAFE"),
             A("Wilmer Geovanny Chavarría Barré", "Pipo", "nickname", "Wilmer Geovanny Chavarría Barré, alias \"Pipo,\""),
             A("National Police", "Policía Nacional del Perú", "translation", "National Police (Policía Nacional del Perú, PNP)"),
             A("National Police", "PNP", "acronym", "Policía Nacional del Perú, PNP"),
             A("José Adolfo Macías Villamar", "Fito", "nickname", "José Adolfo Macías Villamar, the Los Choneros leader known as \"Fito,\"")],
    events=[E("2025-10-14", "day", "on Tuesday", "document date", ["Ecuador"], "police arrest alleged Los Lobos financier Cedeño-Bravo in a raid on a shrimp farm outside Machala", S_ARR),
            E("2025-10-14", "day", "during the raid", "context", ["Ecuador"], "officers seize $1.4 million, 11 rifles and deeds to 23 properties", S_SEIZE),
            E("2025-10-16", "day", "Thursday", "document date", ["Ecuador"], "hearing to formalize terrorist-financing and money-laundering charges scheduled in Machala", S_HEAR),
            E("2025-09-04", "day", "on Sept. 4", "document date", ["United States", "Ecuador"], "Rubio announces the US designation of Los Lobos and Los Choneros as foreign terrorist organizations", S_RUBIO),
            E("2025-09-04", "day", "on Sept. 4", "document date", ["United States", "Ecuador"], "Rubio meets Noboa in Quito", S_RUBIO),
            E("2021-03", "month", "in March 2021", "explicit", ["Ecuador"], "Cedeño-Bravo first detained in Guayaquil on a weapons charge", S_2021),
            E("2021", "year", "two days later", "context", ["Ecuador"], "Cedeño-Bravo released after a judge rules the arrest illegal", S_2021),
            E("2025-06", "month", "in June", "document date", ["Spain"], "Spanish police arrest Los Lobos leader Chavarría (Pipo) in Málaga", S_PIPO),
            E("2025-09", "month", "Last month", "document date", ["Ecuador"], "14 people killed in a riot at the Machala prison", S_RIOT),
            E("2025-10-03", "day", "on Oct. 3", "document date", ["Ecuador"], "Noboa declares a state of emergency in El Oro and three other provinces", S_SOE),
            E("2025-10", "month", "Last week", "document date", ["Peru"], "Peru's National Police arrest two customs brokers in Tumbes", S_PNP),
            E("2025-10-13", "day", "on Monday", "document date", ["Peru", "Ecuador"], "Peruvian prosecutor says the brokers will be handed to Ecuador", S_PNP),
            E("2024-01", "month", "in January 2024", "explicit", ["Ecuador"], "Fito escapes from a Guayaquil prison", S_FITO),
            E("2025-07-20", "day", "on July 20", "document date", ["Ecuador", "United States"], "Macías (Fito) extradited to the United States", S_EXT)],
    optional={"organizations": ["Ecuadorian police", "Spanish police", "Machala prison"],
              "places": ["port of Puerto Bolívar", "Guayaquil prison"],
              "events_evidence": [
                  "The arrest comes weeks after the United States designated Los Lobos and their rivals Los Choneros as foreign terrorist organizations.",
                  "Investigators from Ecuador's Financial and Economic Analysis Unit (Unidad de Análisis Financiero y Económico, UAFE) had tracked Cedeño-Bravo for more than a year, according to a police report seen by Pacific Wire.",
                  "Police said Cedeño-Bravo moved cash across the border at Huaquillas with help from Peruvian customs brokers.",
                  "The UAFE said in a statement that it had frozen 62 bank accounts linked to the case.",
                  "Reimberg said further arrests were expected in Guayaquil and in the port of Puerto Bolívar, where most of the province's shrimp and banana exports are loaded.",
                  "\"This is the man who paid the hitmen,\" Reimberg said."]},
    timeline_pair=("Ecuador", "Peru"))
checks(F)

# ---------------------------------------------------------------- 07 US Attorney sentencing release, MS-13 (Honduras / El Salvador)
F = "07_ms13_clique_leader_sentenced_2025.txt"
S_SENT = "Greenbelt, Maryland – U.S. District Judge Margaret L. Whitfield-Owens today sentenced Elmer Josué Funes-Argueta, a.k.a. \"Demonio,\" age 34, a Honduran national, to life in federal prison for racketeering conspiracy, including two murders, in connection with his leadership of a clique of La Mara Salvatrucha, also known as MS-13."
S_MUR = "Funes-Argueta admitted that on May 12, 2019, he and two other clique members lured a 17-year-old to a wooded area near the Northwest Branch of the Anacostia River in Langley Park and killed him with machetes because they believed he had spoken to police."
S_SPS = "He also admitted that in 2017, before he entered the United States, he ordered the killing of a bus driver in San Pedro Sula, Honduras, who had refused to pay extortion."
S_IND = "A federal grand jury returned an indictment against Funes-Argueta and five co-defendants on September 14, 2022."
S_HOU = "HSI agents arrested him in Houston, Texas, in October 2022, after he tried to board a bus to the border at Brownsville."
S_PLEA = "He pleaded guilty on October 8, 2024."
S_SNIP = "Co-defendant Kevin Alexander Portillo-Ruiz, a.k.a. \"Sniper,\" 29, of El Salvador, was sentenced last month to 30 years in prison for his role in the 2019 murder."
S_DEP = "A third co-defendant, a Salvadoran national, was deported to El Salvador on December 3, 2024, after serving a sentence for an immigration offense, and is now held at the Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT) in Tecoluca, according to Salvadoran authorities."
S_FNAMP = "The investigation received significant assistance from Honduras's National Anti-Gang Force (Fuerza Nacional Anti Maras y Pandillas, FNAMP), which arrested Funes-Argueta's brother and two other clique associates in Choloma, in the department of Cortés, on June 30, 2023."
S_VUL = "This case is part of Joint Task Force Vulcan, which was created in 2019 to dismantle MS-13, and of an Organized Crime Drug Enforcement Task Forces (OCDETF) investigation."
doc(F, SRC, "Honduran MS-13 Clique Leader Sentenced to Life in Federal Prison for Murders in Maryland and Honduras",
    "2025-02-19", "day", "Wednesday, February 19, 2025",
    people=[P("Margaret L. Whitfield-Owens", "U.S. District Judge Margaret L. Whitfield-Owens", country="United States", roles=["U.S. District Judge"]),
            P("Elmer Josué Funes-Argueta", "Funes-Argueta", "Demonio", country="Honduras", roles=["MS-13 clique leader", "defendant"]),
            P("Kelly O. Hayes", "U.S. Attorney Hayes", "Hayes", country="United States", roles=["U.S. Attorney for the District of Maryland"]),
            P("Ricardo Ortiz-Delgado", "Special Agent in Charge Ricardo Ortiz-Delgado", "Special Agent in Charge Ortiz-Delgado", "Ortiz-Delgado", country="United States", roles=["Special Agent in Charge, HSI Baltimore"]),
            P("Kevin Alexander Portillo-Ruiz", "Sniper", country="El Salvador", roles=["co-defendant"]),
            P("Daniel J. Kerrigan", country="United States", roles=["Assistant U.S. Attorney"]),
            P("Laura Beth Amsel-Ruiz", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("U.S. Attorney's Office, District of Maryland", "Maryland U.S. Attorney's Office", kind="government body"),
                   O("La Mara Salvatrucha", "Mara Salvatrucha", "MS-13", kind="criminal group"),
                   O("Homeland Security Investigations", "HSI", kind="government body"),
                   O("Sailors Locos Salvatruchos", kind="criminal group"),
                   O("18th Street gang", "18th Street", "Barrio 18", kind="criminal group"),
                   O("National Anti-Gang Force", "Fuerza Nacional Anti Maras y Pandillas", "FNAMP", kind="security force"),
                   O("Department of Justice", kind="government body"),
                   O("Office of International Affairs", kind="government body"),
                   O("Attorney General's Office", "Salvadoran Attorney General's Office", "Fiscalía General de la República", kind="government body"),
                   O("Prince George's County Police Department", kind="security force"),
                   O("Maryland State Police", kind="security force")],
    places=[US(), C("Honduras"), C("El Salvador"),
            state("Maryland", "United States"), city("Greenbelt", "United States"), city("Langley Park", "United States"),
            city("Hyattsville", "United States"), oth("Northwest Branch of the Anacostia River", "United States"),
            city("San Pedro Sula", "Honduras"), city("Houston", "United States"), state("Texas", "United States"),
            city("Brownsville", "United States"),
            fac("Terrorism Confinement Center", "El Salvador", "Centro de Confinamiento del Terrorismo", "CECOT"),
            city("Tecoluca", "El Salvador"), city("Choloma", "Honduras"), state("Cortés", "Honduras"),
            reg("Prince George's County", "United States")],
    aliases=[A("Elmer Josué Funes-Argueta", "Demonio", "nickname", "Elmer Josué Funes-Argueta, a.k.a. \"Demonio,\""),
             A("La Mara Salvatrucha", "MS-13", "acronym", "La Mara Salvatrucha, also known as MS-13"),
             A("Homeland Security Investigations", "HSI", "acronym", "Homeland Security Investigations (HSI)"),
             A("18th Street gang", "Barrio 18", "translation", "18th Street gang, also known as Barrio 18"),
             A("Kevin Alexander Portillo-Ruiz", "Sniper", "nickname", "Kevin Alexander Portillo-Ruiz, a.k.a. \"Sniper,\""),
             A("Terrorism Confinement Center", "Centro de Confinamiento del Terrorismo", "translation", "Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT)"),
             A("Terrorism Confinement Center", "CECOT", "acronym", "Centro de Confinamiento del Terrorismo, CECOT"),
             A("National Anti-Gang Force", "Fuerza Nacional Anti Maras y Pandillas", "translation", "National Anti-Gang Force (Fuerza Nacional Anti Maras y Pandillas, FNAMP)"),
             A("National Anti-Gang Force", "FNAMP", "acronym", "Fuerza Nacional Anti Maras y Pandillas, FNAMP"),
             A("Attorney General's Office", "Fiscalía General de la República", "translation", "Attorney General's Office (Fiscalía General de la República)")],
    events=[E("2025-02-19", "day", "today", "document date", ["United States"], "Judge Whitfield-Owens sentences Funes-Argueta to life in federal prison", S_SENT),
            E("2019-05-12", "day", "on May 12, 2019", "explicit", ["United States"], "Funes-Argueta and two clique members kill a 17-year-old in Langley Park", S_MUR),
            E("2017", "year", "in 2017", "explicit", ["Honduras"], "Funes-Argueta orders the killing of a bus driver in San Pedro Sula", S_SPS),
            E("2022-09-14", "day", "on September 14, 2022", "explicit", ["United States"], "federal grand jury indicts Funes-Argueta and five co-defendants", S_IND),
            E("2022-10", "month", "in October 2022", "explicit", ["United States"], "HSI agents arrest Funes-Argueta in Houston", S_HOU),
            E("2024-10-08", "day", "on October 8, 2024", "explicit", ["United States"], "Funes-Argueta pleads guilty", S_PLEA),
            E("2025-01", "month", "last month", "document date", ["United States"], "co-defendant Portillo-Ruiz (Sniper) sentenced to 30 years", S_SNIP),
            E("2024-12-03", "day", "on December 3, 2024", "explicit", ["United States", "El Salvador"], "a third co-defendant deported to El Salvador", S_DEP),
            E("2023-06-30", "day", "on June 30, 2023", "explicit", ["Honduras"], "FNAMP arrests Funes-Argueta's brother and two clique associates in Choloma", S_FNAMP),
            E("2019", "year", "in 2019", "explicit", ["United States"], "Joint Task Force Vulcan created to dismantle MS-13", S_VUL)],
    optional={"organizations": ["Joint Task Force Vulcan", "Organized Crime Drug Enforcement Task Forces", "OCDETF", "Salvadoran authorities", "Terrorism Confinement Center"],
              "places": ["Baltimore", "District of Maryland"],
              "events_evidence": [
                  "The sentence was announced by Kelly O. Hayes, U.S. Attorney for the District of Maryland, and Special Agent in Charge Ricardo Ortiz-Delgado of Homeland Security Investigations (HSI) Baltimore.",
                  "According to his plea agreement, Funes-Argueta led the Sailors Locos Salvatruchos clique in Langley Park and Hyattsville, Maryland, from 2018 until his arrest.",
                  "The FNAMP also provided records of the 2017 San Pedro Sula killing.",
                  "\"MS-13 brought the terror of San Pedro Sula to the streets of Prince George's County,\" said U.S. Attorney Hayes.",
                  "\"Today's sentence ends this defendant's reign of violence in both countries.\""]},
    timeline_pair=("United States", "Honduras"))
checks(F)

# ---------------------------------------------------------------- 08 newspaper feature (translated from Spanish), Culiacán
F = "08_culiacan_chapitos_mayos_feature_2025.txt"
S_WAR = "The war between the two halves of the Sinaloa Cartel (Cártel de Sinaloa) began six months ago today."
S_SEP9 = "On September 9, the first bodies appeared on the road to Navolato, and within days gunmen loyal to Los Chapitos, the sons of Joaquín \"El Chapo\" Guzmán, were fighting the faction of Ismael Zambada García, \"El Mayo,\" known in Sinaloa as La Mayiza."
S_GRITO = "Six days later, Governor Rubén Rocha Moya cancelled the traditional Independence Day ceremony in the main square for the first time anyone could remember."
S_ELP = "The trigger was the events of July 25 last year, when Zambada and Joaquín Guzmán López landed in a small plane near El Paso, Texas, and were taken into custody by U.S. agents."
S_LET = "In August, Zambada said in a letter released by his lawyer that he had been kidnapped by Guzmán López and flown to the United States against his will."
S_FEN = "On 3 December last year soldiers seized more than a ton of fentanyl pills in two houses in Los Mochis and Culiacán, which Security Secretary Omar García Harfuch called the largest fentanyl seizure in the country's history."
S_GUERO = "On January 28 marines detained Jesús Iván Lizárraga Payán, nicknamed \"El Güero Lentes,\" a Chapitos cell leader accused of running kidnappings in the south of the city."
S_TAXI = "In January, gunmen also killed a taxi driver and his two teenage sons at a roadblock on the Culiacán–Mazatlán highway, a crime that brought thousands of people onto the streets in protest."
S_29 = "On 27 February, Mexico sent 29 prisoners wanted by U.S. courts to the United States, among them Rafael Caro Quintero."
S_REST = "Last Tuesday, gunmen opened fire on a seafood restaurant on Obregón Avenue, killing three diners."
S_CSP = "On Friday, President Claudia Sheinbaum said at her morning press conference that the violence in Sinaloa was \"going down\" and that her government would not negotiate with either faction."
doc(F, SRC, "Six months of war in Culiacán: the city that learned to go home before dark",
    "2025-03-09", "day", "Culiacán - Mar 09, 2025 - 06:00 CST",
    people=[P("Alejandra Ruiz-Velasco Treviño", roles=["author"]),
            P("Martin K. Ahlgren", roles=["translator"]),
            P("Rosa Elena Quiñónez", country="Mexico", roles=["former street vendor, Tierra Blanca"]),
            P("Joaquín Guzmán", "Joaquín \"El Chapo\" Guzmán", "El Chapo", country="Mexico", roles=["father of Los Chapitos"]),
            P("Ismael Zambada García", "El Mayo", "Zambada", country="Mexico", roles=["Sinaloa Cartel leader"]),
            P("Joaquín Guzmán López", "Guzmán López", country="Mexico", roles=["son of El Chapo"]),
            P("Rubén Rocha Moya", "Governor Rubén Rocha Moya", country="Mexico", roles=["Governor of Sinaloa"]),
            P("Héctor Manuel Ibarra-Leyva", "Gen. Héctor Manuel Ibarra-Leyva", country="Mexico", roles=["commander of the Third Military Region"]),
            P("Omar García Harfuch", "Security Secretary Omar García Harfuch", country="Mexico", roles=["Security Secretary"]),
            P("Jesús Iván Lizárraga Payán", "El Güero Lentes", country="Mexico", roles=["Chapitos cell leader"]),
            P("Rafael Caro Quintero", country="Mexico", roles=["prisoner sent to the United States"]),
            P("Claudia Sheinbaum", "President Claudia Sheinbaum", country="Mexico", roles=["President"]),
            P("Joel M. Castañeda-Soto", "Father Joel M. Castañeda-Soto", country="Mexico", roles=["priest, Tierra Blanca church"])],
    organizations=[O("Sinaloa Cartel", "Cártel de Sinaloa", kind="criminal group"),
                   O("Los Chapitos", "Chapitos", kind="criminal group"),
                   O("La Mayiza", kind="criminal group"),
                   O("Sinaloa State Attorney General's Office", "Fiscalía General del Estado de Sinaloa", kind="government body")],
    places=[C("Mexico"), US(),
            city("Culiacán", "Mexico"), state("Sinaloa", "Mexico"), oth("Humaya River", "Mexico"), oth("Tierra Blanca", "Mexico"),
            city("Navolato", "Mexico"), city("El Paso", "United States"), state("Texas", "United States"),
            city("Tepuche", "Mexico"), city("Jesús María", "Mexico"), city("Los Mochis", "Mexico"),
            fac("Aguaruto prison", "Mexico", "Aguaruto"), infra("Culiacán–Mazatlán highway", "Mexico")],
    aliases=[A("Sinaloa Cartel", "Cártel de Sinaloa", "translation", "Sinaloa Cartel (Cártel de Sinaloa)"),
             A("Joaquín Guzmán", "El Chapo", "nickname", "Joaquín \"El Chapo\" Guzmán"),
             A("Ismael Zambada García", "El Mayo", "nickname", "Ismael Zambada García, \"El Mayo,\""),
             A("Jesús Iván Lizárraga Payán", "El Güero Lentes", "nickname", "Jesús Iván Lizárraga Payán, nicknamed \"El Güero Lentes,\""),
             A("Sinaloa State Attorney General's Office", "Fiscalía General del Estado de Sinaloa", "translation", "Sinaloa State Attorney General's Office (Fiscalía General del Estado de Sinaloa)")],
    events=[E("2024-09-09", "day", "six months ago today", "document date", ["Mexico"], "war between the two halves of the Sinaloa Cartel begins", S_WAR),
            E("2024-09-09", "day", "On September 9", "context", ["Mexico"], "first bodies appear on the road to Navolato", S_SEP9),
            E("2024-09", "month", "within days", "context", ["Mexico"], "Los Chapitos gunmen fight La Mayiza", S_SEP9),
            E("2024-09-15", "day", "Six days later", "context", ["Mexico"], "Governor Rocha Moya cancels the Independence Day ceremony", S_GRITO),
            E("2024-07-25", "day", "July 25 last year", "document date", ["United States"], "Zambada and Joaquín Guzmán López land near El Paso and are taken into custody", S_ELP),
            E("2024-08", "month", "In August", "context", ["United States"], "Zambada says in a letter that he was kidnapped by Guzmán López", S_LET),
            E("2024-12-03", "day", "On 3 December last year", "document date", ["Mexico"], "soldiers seize more than a ton of fentanyl pills in Los Mochis and Culiacán", S_FEN),
            E("2025-01-28", "day", "On January 28", "document date", ["Mexico"], "marines detain Chapitos cell leader Lizárraga Payán (El Güero Lentes)", S_GUERO),
            E("2025-01", "month", "In January", "document date", ["Mexico"], "gunmen kill a taxi driver and his two sons on the Culiacán–Mazatlán highway", S_TAXI),
            E("2025-01", "month", "In January", "context", ["Mexico"], "thousands protest in the streets after the killing", S_TAXI),
            E("2025-02-27", "day", "On 27 February", "document date", ["Mexico", "United States"], "Mexico sends 29 prisoners, among them Caro Quintero, to the United States", S_29),
            E("2025-03-04", "day", "Last Tuesday", "document date", ["Mexico"], "gunmen kill three diners at a seafood restaurant on Obregón Avenue", S_REST),
            E("2025-03-07", "day", "On Friday", "document date", ["Mexico"], "Sheinbaum says the violence in Sinaloa is going down and rules out negotiating", S_CSP)],
    optional={"organizations": ["Third Military Region", "army", "marines", "federal government", "Aguaruto prison"],
              "places": ["Malecón", "Obregón Avenue", "Mazatlán", "Tierra Blanca church"],
              "events_evidence": [
                  "According to the Sinaloa State Attorney General's Office (Fiscalía General del Estado de Sinaloa), more than 1,100 people have been killed and some 1,400 reported missing since the war began.",
                  "Gen. Héctor Manuel Ibarra-Leyva, commander of the Third Military Region, said the army had arrested more than 600 people since September.",
                  "Families from the mountain towns of Tepuche and Jesús María have moved to shelters in Culiacán.",
                  "Since then, each faction has accused the other of betrayal.",
                  "He is held in the Aguaruto prison.",
                  "The federal government has sent thousands of troops."]},
    timeline_pair=("Mexico", "United States"))
checks(F)

# ---------------------------------------------------------------- 09 conflict-event notes, Peru (VRAEM) and Bolivia
F = "09_andean_event_notes_vraem_chapare_2024.txt"
S_N1 = "1 Sep – PERU – Vizcatán del Ene (Satipo, Junín): an army patrol clashed with a column of the Militarized Communist Party of Peru (Militarizado Partido Comunista del Perú, MPCP) near the Ene River."
S_SOE = "The Council of Ministers had extended the state of emergency in parts of the VRAEM (Valley of the Apurímac, Ene and Mantaro Rivers) for another 60 days on 31 August."
S_N2 = "2 Sep – PERU – Pichari (La Convención, Cusco): the anti-drug police directorate DIRANDRO seized 2.3 tonnes of cocaine hydrochloride hidden in a truck carrying cacao, the largest single seizure in the VRAEM this year."
S_PTD = "The following day prosecutors in Cusco obtained 18 months of pre-trial detention for all three."
S_N3 = "3 Sep – BOLIVIA – Villa Tunari (Chapare, Cochabamba): the Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) destroyed a cocaine laboratory and arrested a Brazilian national, Anderson Luiz Pereira da Costa, alias \"Mineiro,\" whom police linked to the First Capital Command (Primeiro Comando da Capital, PCC)."
S_N4 = "4 Sep – PERU/BOLIVIA – Desaguadero border crossing (Puno / La Paz): smugglers blocked the international bridge for six hours after Peruvian customs officers seized 40 trucks of contraband fuel and clothing."
S_REOP = "The crossing reopened in the evening."
S_N5 = "5 Sep – BOLIVIA – Santa Cruz de la Sierra: police raided three properties linked to Uruguayan trafficker Sebastián Marset, who escaped a police operation in the city on 29 July 2023 and remains a fugitive."
S_RULE = "On 12 September a court in Santa Cruz is due to rule on the case of four police officers accused of warning Marset before the 2023 operation."
S_N6 = "6 Sep – PERU – La Pampa (Tambopata, Madre de Dios): gunmen attacked a police post on the Interoceanic Highway near an illegal gold mining camp, killing a police officer."
S_PM = "On 8 September, police arrested two suspects in Puerto Maldonado."
S_N7 = "7 Sep – PERU – Llochegua (Huanta, Ayacucho): residents found the body of a local leader of the coca growers' federation FEPAVRAE, Gregorio T. Huamán Ccori, on the bank of the Apurímac River."
S_THR = "He had reported threats from drug traffickers in August."
S_DINA = "Peru's President Dina Boluarte visited the VRAEM in July and promised new police bases."
doc(F, SRC, "Andean Security Event Notes No. 36/2024: VRAEM, Chapare and the Peru–Bolivia border",
    "2024-09-09", "day", "Issued: 09.09.2024",
    people=[P("Lucía F. Mamani-Condori", roles=["compiler"]),
            P("Rodrigo A. Vargas-Tello", roles=["contributor"]),
            P("Víctor Quispe Palomino", "Camarada José", country="Peru", roles=["leader of the MPCP"]),
            P("Anderson Luiz Pereira da Costa", "Mineiro", country="Brazil", roles=["Brazilian national linked to the PCC"]),
            P("Jaime Mamani", "Vice-Minister of Social Defence Jaime Mamani", country="Bolivia", roles=["Vice-Minister of Social Defence"]),
            P("Sebastián Marset", "Marset", country="Uruguay", roles=["trafficker, fugitive"]),
            P("Eduardo del Castillo", "Interior Minister Eduardo del Castillo", country="Bolivia", roles=["Interior Minister"]),
            P("Gregorio T. Huamán Ccori", country="Peru", roles=["local leader of FEPAVRAE"]),
            P("Dina Boluarte", "President Dina Boluarte", country="Peru", roles=["President"]),
            P("Evo Morales", "President Evo Morales", country="Bolivia", roles=["former President"])],
    organizations=[O("Observatorio de Seguridad Andina", "OSA", kind="ngo"),
                   O("Militarized Communist Party of Peru", "Militarizado Partido Comunista del Perú", "MPCP", kind="armed group"),
                   O("Joint Command of the Armed Forces", "Comando Conjunto de las Fuerzas Armadas", "CCFFAA", kind="security force"),
                   O("Council of Ministers", kind="government body"),
                   O("DIRANDRO", kind="security force"),
                   O("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("First Capital Command", "Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Los Injertos del Sur", kind="criminal group"),
                   O("FEPAVRAE", kind="other"),
                   O("Department of State", "United States Department of State", kind="government body")],
    places=[C("Peru", "PERU"), C("Bolivia", "BOLIVIA"), C("Brazil"),
            city("Vizcatán del Ene", "Peru"), reg("Satipo", "Peru"), state("Junín", "Peru"), oth("Ene River", "Peru"),
            reg("Valley of the Apurímac, Ene and Mantaro Rivers", "Peru", "VRAEM"),
            city("Pichari", "Peru"), reg("La Convención", "Peru"), state("Cusco", "Peru"),
            city("Villa Tunari", "Bolivia"), reg("Chapare", "Bolivia"), state("Cochabamba", "Bolivia"),
            infra("Desaguadero", None, "Desaguadero border crossing"), state("Puno", "Peru"), state("La Paz", "Bolivia"),
            city("Santa Cruz de la Sierra", "Bolivia", "Santa Cruz"),
            oth("La Pampa", "Peru"), reg("Tambopata", "Peru"), state("Madre de Dios", "Peru"),
            infra("Interoceanic Highway", "Peru"), city("Puerto Maldonado", "Peru"),
            city("Llochegua", "Peru"), reg("Huanta", "Peru"), state("Ayacucho", "Peru"), oth("Apurímac River", "Peru")],
    aliases=[A("Observatorio de Seguridad Andina", "OSA", "acronym", "Observatorio de Seguridad Andina (OSA)"),
             A("Militarized Communist Party of Peru", "Militarizado Partido Comunista del Perú", "translation", "Militarized Communist Party of Peru (Militarizado Partido Comunista del Perú, MPCP)"),
             A("Militarized Communist Party of Peru", "MPCP", "acronym", "Militarizado Partido Comunista del Perú, MPCP"),
             A("Joint Command of the Armed Forces", "Comando Conjunto de las Fuerzas Armadas", "translation", "Joint Command of the Armed Forces (Comando Conjunto de las Fuerzas Armadas, CCFFAA)"),
             A("Joint Command of the Armed Forces", "CCFFAA", "acronym", "Comando Conjunto de las Fuerzas Armadas, CCFFAA"),
             A("Víctor Quispe Palomino", "Camarada José", "nickname", "Víctor Quispe Palomino, known as \"Camarada José,\""),
             A("Valley of the Apurímac, Ene and Mantaro Rivers", "VRAEM", "acronym", "VRAEM (Valley of the Apurímac, Ene and Mantaro Rivers)"),
             A("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation", "Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force to Fight Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Anderson Luiz Pereira da Costa", "Mineiro", "nickname", "Anderson Luiz Pereira da Costa, alias \"Mineiro,\""),
             A("First Capital Command", "Primeiro Comando da Capital", "translation", "First Capital Command (Primeiro Comando da Capital, PCC)"),
             A("First Capital Command", "PCC", "acronym", "Primeiro Comando da Capital, PCC")],
    events=[E("2024-09-01", "day", "1 Sep", "document date", ["Peru"], "army patrol clashes with an MPCP column near the Ene River; two soldiers killed", S_N1),
            E("2024-08-31", "day", "on 31 August", "document date", ["Peru"], "Council of Ministers extends the VRAEM state of emergency for 60 days", S_SOE),
            E("2024-09-02", "day", "2 Sep", "document date", ["Peru"], "DIRANDRO seizes 2.3 tonnes of cocaine in a cacao truck in Pichari", S_N2),
            E("2024-09-03", "day", "The following day", "context", ["Peru"], "Cusco prosecutors obtain 18 months of pre-trial detention for the driver and escorts", S_PTD),
            E("2024-09-03", "day", "3 Sep", "document date", ["Bolivia"], "FELCN destroys a cocaine laboratory in Villa Tunari", S_N3),
            E("2024-09-03", "day", "3 Sep", "document date", ["Bolivia"], "FELCN arrests Brazilian PCC-linked Anderson Luiz Pereira da Costa (Mineiro)", S_N3),
            E("2024-09-04", "day", "4 Sep", "document date", ["Peru", "Bolivia"], "smugglers block the Desaguadero international bridge for six hours", S_N4),
            E("2024-09-04", "day", "4 Sep", "document date", ["Peru"], "Peruvian customs officers seize 40 trucks of contraband fuel and clothing", S_N4),
            E("2024-09-04", "day", "in the evening", "context", ["Peru", "Bolivia"], "Desaguadero crossing reopens", S_REOP),
            E("2024-09-05", "day", "5 Sep", "document date", ["Bolivia"], "police raid three properties linked to Sebastián Marset in Santa Cruz", S_N5),
            E("2023-07-29", "day", "on 29 July 2023", "explicit", ["Bolivia"], "Marset escapes a police operation in Santa Cruz", S_N5),
            E("2024-09-12", "day", "On 12 September", "document date", ["Bolivia"], "Santa Cruz court due to rule on four police officers accused of warning Marset", S_RULE),
            E("2024-09-06", "day", "6 Sep", "document date", ["Peru"], "gunmen attack a police post at La Pampa, killing a police officer", S_N6),
            E("2024-09-08", "day", "On 8 September", "document date", ["Peru"], "police arrest two suspects in Puerto Maldonado", S_PM),
            E("2024-09-07", "day", "7 Sep", "document date", ["Peru"], "body of FEPAVRAE leader Huamán Ccori found on the bank of the Apurímac River", S_N7),
            E("2024-08", "month", "in August", "document date", ["Peru"], "Huamán Ccori reports threats from drug traffickers", S_THR),
            E("2024-07", "month", "in July", "document date", ["Peru"], "Boluarte visits the VRAEM and promises new police bases", S_DINA)],
    optional={"organizations": ["International Narcotics Control Strategy Report", "Peruvian customs", "police"],
              "places": ["United States", "international bridge"],
              "events_evidence": [
                  "The Joint Command of the Armed Forces (Comando Conjunto de las Fuerzas Armadas, CCFFAA) reported two soldiers killed and one wounded.",
                  "The driver and two escorts were arrested.",
                  "Vice-Minister of Social Defence Jaime Mamani said Mineiro would be expelled to Brazil.",
                  "A customs officer was injured by a stone.",
                  "Interior Minister Eduardo del Castillo said two of the properties would be confiscated.",
                  "Police said the attackers belonged to a gang known as Los Injertos del Sur that charges miners for protection.",
                  "In Bolivia, coca growers in the Chapare have staged road blockades since late August in support of former President Evo Morales.",
                  "The United States Department of State, in its March 2024 International Narcotics Control Strategy Report, listed Bolivia and Peru among the main producers of cocaine.",
                  "OSA notes are published every Monday.",
                  "Next issue: 16 September 2024."]},
    timeline_pair=("Peru", "Bolivia"))
checks(F)

# ---------------------------------------------------------------- 10 podcast transcript, Arauca / Apure border
F = "10_podcast_arauca_apure_border_2025.txt"
S_J16 = "On January 16, the ELN, the National Liberation Army, attacked the dissidents of the 33rd Front in the Catatumbo region."
S_J2 = "On January 2 that year, dozens of people were killed in Tame, Saravena and Fortul."
S_COM = "When Catatumbo exploded, President Gustavo Petro declared a state of internal commotion four days later, and he also sent troops to Arauca, because everyone expected the war to spread south."
S_BOMB = "Last week a car bomb went off outside a military base in Saravena, and the army blamed the ELN."
S_MAD = "Nicolás Maduro was sworn in for a third term on January 10, and Petro did not recognise the result but did not break relations either."
S_LV = "The Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB) fought the 10th Front in La Victoria in 2021 and lost soldiers."
S_TOC = "When Venezuelan troops took over Tocorón in September 2023, he disappeared."
S_FTO = "In February the United States designated it a foreign terrorist organisation."
S_GOCHO = "On May 6, Colombian police arrested a cell leader in Cúcuta, Yohandry José Marcano Rivas, alias \"El Gocho,\" who, prosecutors say, charged street vendors a daily fee."
S_ARQ = "The ELN killed two Venezuelan men in Arauquita in March and accused them of working for Tren de Aragua."
S_MEET = "First, the foreign ministers of Colombia and Venezuela are due to meet in Cúcuta next month to talk about border security."
doc(F, SRC, "Borderlands, Episode 148: Who Rules the Arauca River? The ELN, the Dissidents and Tren de Aragua",
    "2025-05-27", "day", "Episode 148 · May 27, 2025 · 41 min · Transcript",
    people=[P("Daniela Orozco", "DANIELA OROZCO", "OROZCO", roles=["podcast host"]),
            P("Samuel I. Betancourt-Lugo", "Dr. Samuel I. Betancourt-Lugo", "Dr. Samuel Betancourt-Lugo", "Samuel Betancourt-Lugo",
              "SAMUEL BETANCOURT-LUGO", "BETANCOURT-LUGO", "Samuel", roles=["researcher, Fundación Paz y Territorio", "guest"]),
            P("Gustavo Petro", "President Gustavo Petro", "Petro", country="Colombia", roles=["President"]),
            P("Orlando Javier Galvis-Parra", "Galvis-Parra", "El Profe", country="Colombia", roles=["ELN commander in Guasdualito and El Amparo"]),
            P("Nicolás Maduro", country="Venezuela", roles=["President"]),
            P("Héctor Rusthenford Guerrero Flores", "Niño Guerrero", country="Venezuela", roles=["leader of Tren de Aragua"]),
            P("Yohandry José Marcano Rivas", "El Gocho", country="Venezuela", roles=["Tren de Aragua cell leader in Cúcuta"]),
            P("Tomás K. Wiesner-Ospina", roles=["producer"])],
    organizations=[O("Borderlands", kind="media"),
                   O("Andean Security Forum", kind="ngo"),
                   O("Fundación Paz y Territorio", kind="ngo"),
                   O("National Liberation Army", "ELN", kind="armed group"),
                   O("33rd Front", kind="armed group"),
                   O("Eastern War Front", kind="armed group"),
                   O("10th Front", kind="armed group"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "FANB", kind="security force"),
                   O("Attorney General's Office", "Colombian Attorney General's Office", "Fiscalía", kind="government body"),
                   O("Open Horizons Foundation", kind="nonprofit")],
    places=[C("Colombia"), C("Venezuela"), US(),
            oth("Arauca River", None), city("Bogotá", "Colombia"), reg("Catatumbo", "Colombia"), state("Arauca", "Colombia"),
            state("Apure", "Venezuela", "Apure state"), city("Tame", "Colombia"), city("Saravena", "Colombia"), city("Fortul", "Colombia"),
            city("Guasdualito", "Venezuela"), city("El Amparo", "Venezuela"), city("La Victoria", "Venezuela"),
            fac("Tocorón", "Venezuela", "Tocorón prison"), state("Aragua", "Venezuela", "Aragua state"),
            city("Cúcuta", "Colombia"), city("Lima", "Peru"), city("Santiago", "Chile"), city("Arauquita", "Colombia"),
            city("Caracas", "Venezuela")],
    aliases=[A("National Liberation Army", "ELN", "acronym", "the ELN, the National Liberation Army"),
             A("Orlando Javier Galvis-Parra", "El Profe", "nickname", "In Guasdualito and El Amparo people call the ELN commander there \"El Profe.\""),
             A("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "translation", "Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB)"),
             A("Bolivarian National Armed Force", "FANB", "acronym", "Fuerza Armada Nacional Bolivariana, FANB"),
             A("Héctor Rusthenford Guerrero Flores", "Niño Guerrero", "nickname", "Héctor Rusthenford Guerrero Flores, who is known as \"Niño Guerrero.\""),
             A("Yohandry José Marcano Rivas", "El Gocho", "nickname", "Yohandry José Marcano Rivas, alias \"El Gocho,\""),
             A("Attorney General's Office", "Fiscalía", "translation", "the Colombian Attorney General's Office, the Fiscalía")],
    events=[E("2025-01-16", "day", "On January 16", "document date", ["Colombia"], "ELN attacks the 33rd Front dissidents in Catatumbo", S_J16),
            E("2022-01-02", "day", "On January 2 that year", "context", ["Colombia"], "dozens killed in Tame, Saravena and Fortul in ELN–10th Front fighting", S_J2),
            E("2025-01-20", "day", "four days later", "context", ["Colombia"], "Petro declares a state of internal commotion", S_COM),
            E("2025-05", "month", "Last week", "document date", ["Colombia"], "car bomb outside a military base in Saravena, blamed on the ELN", S_BOMB),
            E("2025-01-10", "day", "on January 10", "document date", ["Venezuela"], "Maduro sworn in for a third term", S_MAD),
            E("2021", "year", "in 2021", "explicit", ["Venezuela"], "FANB fights the 10th Front in La Victoria and loses soldiers", S_LV),
            E("2023-09", "month", "in September 2023", "explicit", ["Venezuela"], "Venezuelan troops take over Tocorón prison", S_TOC),
            E("2023-09", "month", "in September 2023", "context", ["Venezuela"], "Niño Guerrero disappears", S_TOC),
            E("2025-02", "month", "In February", "document date", ["United States"], "United States designates Tren de Aragua a foreign terrorist organisation", S_FTO),
            E("2025-05-06", "day", "On May 6", "document date", ["Colombia"], "Colombian police arrest Tren de Aragua cell leader Marcano Rivas (El Gocho) in Cúcuta", S_GOCHO),
            E("2025-03", "month", "in March", "document date", ["Colombia"], "ELN kills two Venezuelan men in Arauquita", S_ARQ),
            E("2025-06", "month", "next month", "document date", ["Colombia", "Venezuela"], "Colombian and Venezuelan foreign ministers due to meet in Cúcuta", S_MEET)],
    optional={"organizations": ["Colombian police", "Colombian intelligence", "army", "Venezuela's government", "Venezuelan troops"],
              "places": ["Colombia–Venezuela border"],
              "events_evidence": [
                  "In Arauca and across the river in Apure state, the ELN's Eastern War Front has been fighting the dissidents of the 10th Front since the start of 2022.",
                  "His real name, according to Colombian intelligence, is Orlando Javier Galvis-Parra.",
                  "Since then it has mostly left the border to the ELN.",
                  "Tren de Aragua grew out of the Tocorón prison in Aragua state, under Héctor Rusthenford Guerrero Flores, who is known as \"Niño Guerrero.\"",
                  "Today its cells are in Cúcuta, Bogotá, Lima and Santiago, running extortion and sexual exploitation of migrants.",
                  "Second, the Colombian Attorney General's Office, the Fiscalía, is expected to ask for Galvis-Parra's arrest."]},
    timeline_pair=("Colombia", "Venezuela"))
checks(F)

NOTES = (
 "Held-out set K, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes, dev2 and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and "
 "annotated by reading alone (crimecli was never run on them). Additions and decisions: PUBLISHED is the document's own date line (06 wire 'Updated "
 "6:47 PM GMT-5, October 14, 2025'; 07 DOJ release 'Wednesday, February 19, 2025'; 08 'Culiacán - Mar 09, 2025 - 06:00 CST'; 09 'Issued: 09.09.2024' "
 "read day-first; 10 podcast 'Episode 148 · May 27, 2025 · 41 min · Transcript'). ENTITIES: bylined authors, editors, translators, compilers and podcast "
 "hosts/producers are people without country; a think-tank guest has country null; podcast speaker labels ('OROZCO', 'BETANCOURT-LUGO') are variants; "
 "'First \"Nick\" Last' keeps the canonical name without the nickname ('Joaquín Guzmán'). Ecuadorian provinces and Peruvian/Bolivian departments are "
 "'state or department'; Peruvian/Bolivian provinces (Satipo, La Convención, Tambopata, Huanta, Chapare) and a US county are 'region'; neighbourhoods "
 "and mining camps are 'other'; prisons and named ports are 'facility' (prison names optional organisations); highways are 'border crossing or "
 "infrastructure' with their country; a two-country border town/crossing (Desaguadero) and a border river (Arauca River) have country null; "
 "'PERU'/'BOLIVIA' note headers are country variants. A university is an organisation of kind 'other'; generic 'police', 'the army', 'marines', "
 "'Colombian intelligence', task forces (Joint Task Force Vulcan, OCDETF) and reports (INCSR) are optional. ALIASES: ', known as \"X\"', 'the ... "
 "leader known as \"X\"', 'nicknamed \"X\"', 'who is known as \"X\"', 'people call <described person> \"X\"' (named in the next sentence) are nicknames; "
 "'X, also known as MS-13' is an acronym; '18th Street gang, also known as Barrio 18' is a translation; 'the ELN, the National Liberation Army' is an "
 "acronym pair on the English name; 'the Attorney General's Office, the Fiscalía' is a translation; 'ACR (Full name)' (VRAEM) gives an acronym pair on "
 "the full name; 'a splinter faction known as Los Tiguerones' and 'known in Sinaloa as La Mayiza' name a group and are not aliases; un-expanded "
 "acronyms (SNAI, DIRANDRO, FEPAVRAE) are not aliases. EVENTS: weekdays resolve against the document date (past: latest before it; future "
 "'scheduled for Thursday': next one); 'last week' and 'Last month' are month grain; a year-less month or day after the document's year is resolved_from "
 "'document date', and one anchored to an earlier year by the text ('On September 9' after 'six months ago today'; 'On January 2 that year' after "
 "'since the start of 2022') is 'context'; 'X last year' is 'document date'; 'two days later' after 'in March 2021' may cross into April, so year grain; "
 "'Six days later' / 'four days later' after a dated day are day precision; 'in the evening' after a dated note is day, context. Event notes (09): the "
 "evidence of each note is its opening date-and-place sentence; later sentences with their own date are separate events; undated statements in a note "
 "are optional. Two happenings in one sentence give two events with the same evidence. Event countries: where the event happens plus any state acting "
 "in it (designations, extraditions, deportations, transfers, hand-overs, bilateral meetings).")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
