#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set M in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json,
heldout_e NOTES_a.md / NOTES_b.md, with the additions in NOTES below and in ../NOTES_b.md.
Run it after any edit: it asserts that every evidence string, date_text, published_evidence and
at least one surface form of every entity occurs in its document, and drops variants that do not
occur verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Judge Magistrate U.S. Defense Governor Security Interior Administrator DEA
Special Agent in Charge Navy Lt. Dr. Mr.""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set M document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
COL = lambda: C("Colombia")
VEN = lambda: C("Venezuela")


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places, event countries are annotated countries, date shape."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("nickname", "acronym", "translation", "short name"), a
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"]}, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in ("explicit", "document date", "context", "unresolved"), e
        assert (e["date"] is None) == (e["precision"] == "unresolved"), e
        assert e["date"] is None or len(e["date"]) == {"day": 10, "month": 7, "year": 4, "season": 4}[e["precision"]], e
        for c in e["countries"]:
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES.get(file, ()), (file, "event country", c)
    assert 12 <= len(d["events"]) <= 18, (file, "event count", len(d["events"]))


EXTRA_COUNTRIES = {}  # per file: states named only by a demonym (or inside another name), allowed in event countries

# ---------------------------------------------------------------- 06 readout, Petro-Maduro call on Catatumbo
F = "06_readout_petro_maduro_catatumbo_2025.txt"
S_CALL = "President Gustavo Petro Urrego spoke by telephone this morning with President Nicolás Maduro Moros of Venezuela about the security and humanitarian emergency in the Catatumbo region of Norte de Santander."
S_LAST = "It was the second conversation between the two leaders since the crisis began; they last spoke on January 21, the day after Colombia declared a state of internal commotion."
S_J16 = "On January 16, fighters of the National Liberation Army (Ejército de Liberación Nacional, ELN) entered Tibú, Teorama and El Tarra, killed civilians and former FARC combatants who had signed the 2016 peace agreement, and forced thousands of families to flee toward Cúcuta and Ocaña."
S_SUSP = "The President suspended the peace dialogue with the ELN the next day."
S_J20 = "On January 20 he declared the state of internal commotion for Catatumbo, and four days later the government signed the first decrees issued under it."
S_WARR = "The President told his counterpart that the Attorney General's Office (Fiscalía General de la Nación), led by Attorney General Luz Adriana Camargo, obtained 28 arrest warrants on Monday against ELN commanders of the Northeastern War Front, among them Ricardo Alberto Peña-Contreras, alias \"Silvano,\" whom Colombian intelligence places in the Venezuelan state of Zulia."
S_CLASH = "He also named Edinson Javier Rincón Mora, known as \"El Paisa Rincón,\" a commander of the 33rd Front dissidents, whose men clashed with the ELN near Campo Dos on Sunday."
S_FANB = "President Maduro said the Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB) had deployed troops along the border in Zulia and Táchira last week."
S_GNB = "He reported that on Tuesday the Bolivarian National Guard detained 14 armed men near Casigua El Cubo and seized rifles and explosives, and that the detainees would be questioned by Venezuelan prosecutors."
S_COMM = "The two Presidents agreed to convene the binational border security commission in Cúcuta on February 6, with Defense Minister Iván Velásquez Gómez and Foreign Minister Luis Gilberto Murillo representing Colombia and Foreign Minister Yván Gil representing Venezuela."
S_BOMB = "On September 17 last year, an ELN truck bomb exploded at a military base in Puerto Jordán, Arauca, and killed two soldiers, and talks were frozen for weeks afterward."
doc(F, SRC, "Readout: President Gustavo Petro's Call with President Nicolás Maduro on the Catatumbo Emergency",
    "2025-01-30", "day", "Readout | Bogotá, Thursday, January 30, 2025",
    people=[P("Gustavo Petro Urrego", "Gustavo Petro", "President Gustavo Petro Urrego", "President Petro", "Petro", country="Colombia", roles=["President of Colombia"]),
            P("Nicolás Maduro Moros", "Nicolás Maduro", "President Nicolás Maduro Moros", "President Maduro", "Maduro", country="Venezuela", roles=["President of Venezuela"]),
            P("Luz Adriana Camargo", "Attorney General Luz Adriana Camargo", country="Colombia", roles=["Attorney General"]),
            P("Ricardo Alberto Peña-Contreras", "Silvano", country="Colombia", roles=["ELN commander, Northeastern War Front"]),
            P("Edinson Javier Rincón Mora", "El Paisa Rincón", country="Colombia", roles=["commander of the 33rd Front dissidents"]),
            P("Iván Velásquez Gómez", "Defense Minister Iván Velásquez Gómez", country="Colombia", roles=["Defense Minister"]),
            P("Luis Gilberto Murillo", "Foreign Minister Luis Gilberto Murillo", country="Colombia", roles=["Foreign Minister"]),
            P("Yván Gil", "Foreign Minister Yván Gil", country="Venezuela", roles=["Foreign Minister"]),
            P("William Villamizar", "Governor William Villamizar", country="Colombia", roles=["Governor of Norte de Santander"])],
    organizations=[O("Presidency of the Republic of Colombia", "Presidency of the Republic", kind="government body"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("FARC", kind="armed group"),
                   O("Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("Northeastern War Front", kind="armed group"),
                   O("33rd Front", kind="armed group"),
                   O("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "FANB", kind="security force"),
                   O("Bolivarian National Guard", kind="security force"),
                   O("Office of the United Nations High Commissioner for Refugees", "UNHCR", kind="international organization"),
                   O("Colombian Red Cross", kind="ngo")],
    places=[COL(), VEN(), city("Bogotá", "Colombia"), reg("Catatumbo", "Colombia", "Catatumbo region"),
            state("Norte de Santander", "Colombia"), city("Tibú", "Colombia"), city("Teorama", "Colombia"), city("El Tarra", "Colombia"),
            city("Cúcuta", "Colombia"), city("Ocaña", "Colombia"), state("Zulia", "Venezuela"), state("Táchira", "Venezuela"),
            city("Campo Dos", "Colombia"), city("Casigua El Cubo", "Venezuela"),
            infra("Simón Bolívar International Bridge", None), infra("Francisco de Paula Santander bridge", None),
            city("Ureña", "Venezuela"), city("Puerto Jordán", "Colombia"), state("Arauca", "Colombia")],
    aliases=[A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, ELN"),
             A("Attorney General's Office", "Fiscalía General de la Nación", "translation", "Attorney General's Office (Fiscalía General de la Nación)"),
             A("Ricardo Alberto Peña-Contreras", "Silvano", "nickname", "Ricardo Alberto Peña-Contreras, alias \"Silvano,\""),
             A("Edinson Javier Rincón Mora", "El Paisa Rincón", "nickname", "Edinson Javier Rincón Mora, known as \"El Paisa Rincón,\""),
             A("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "translation", "Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB)"),
             A("Bolivarian National Armed Force", "FANB", "acronym", "Fuerza Armada Nacional Bolivariana, FANB"),
             A("Office of the United Nations High Commissioner for Refugees", "UNHCR", "acronym", "Office of the United Nations High Commissioner for Refugees (UNHCR)")],
    events=[E("2025-01-30", "day", "this morning", "document date", ["Colombia", "Venezuela"], "Petro and Maduro speak by telephone about the Catatumbo emergency", S_CALL),
            E("2025-01-21", "day", "on January 21", "document date", ["Colombia", "Venezuela"], "previous Petro-Maduro conversation", S_LAST),
            E("2025-01-20", "day", "the day after", "context", ["Colombia"], "Colombia declares a state of internal commotion (second mention)", S_LAST),
            E("2025-01-16", "day", "On January 16", "document date", ["Colombia"], "ELN fighters enter Tibú, Teorama and El Tarra", S_J16),
            E("2025-01-16", "day", "On January 16", "document date", ["Colombia"], "ELN kills civilians and former FARC combatants who signed the 2016 peace agreement", S_J16),
            E("2025-01-16", "day", "On January 16", "document date", ["Colombia"], "thousands of families forced to flee toward Cúcuta and Ocaña", S_J16),
            E("2025-01-17", "day", "the next day", "context", ["Colombia"], "Petro suspends the peace dialogue with the ELN", S_SUSP),
            E("2025-01-20", "day", "On January 20", "document date", ["Colombia"], "Petro declares the state of internal commotion for Catatumbo", S_J20),
            E("2025-01-24", "day", "four days later", "context", ["Colombia"], "government signs the first decrees under the internal commotion", S_J20),
            E("2025-01-27", "day", "on Monday", "document date", ["Colombia"], "Fiscalía obtains 28 arrest warrants against ELN Northeastern War Front commanders, including Silvano", S_WARR),
            E("2025-01-26", "day", "on Sunday", "document date", ["Colombia"], "33rd Front dissidents of El Paisa Rincón clash with the ELN near Campo Dos", S_CLASH),
            E("2025-01", "month", "last week", "document date", ["Venezuela"], "FANB deploys troops along the border in Zulia and Táchira", S_FANB),
            E("2025-01-28", "day", "on Tuesday", "document date", ["Venezuela"], "Bolivarian National Guard detains 14 armed men near Casigua El Cubo", S_GNB),
            E("2025-01-28", "day", "on Tuesday", "document date", ["Venezuela"], "Bolivarian National Guard seizes rifles and explosives", S_GNB),
            E("2025-02-06", "day", "on February 6", "document date", ["Colombia", "Venezuela"], "binational border security commission to meet in Cúcuta (scheduled)", S_COMM),
            E("2024-09-17", "day", "On September 17 last year", "document date", ["Colombia"], "ELN truck bomb explodes at a military base in Puerto Jordán, Arauca", S_BOMB),
            E("2024-09-17", "day", "On September 17 last year", "document date", ["Colombia"], "two soldiers killed in the Puerto Jordán bombing", S_BOMB)],
    optional={"organizations": ["Office of Communications", "Colombian intelligence", "Venezuelan prosecutors", "Venezuelan military",
                                "binational border security commission"],
              "places": ["Venezuelan state of Zulia"],
              "events_evidence": [
                  "The call lasted about forty minutes.",
                  "He added that Venezuela had received more than 1,500 Colombians fleeing the fighting since mid-January.",
                  "They also agreed that a humanitarian corridor would stay open at the Simón Bolívar International Bridge and at the Francisco de Paula Santander bridge in Ureña.",
                  "He asked that Venezuela not allow its territory to serve as a rear guard for any armed group, and he thanked the Office of the United Nations High Commissioner for Refugees (UNHCR) and the Colombian Red Cross for their work in the shelters of Tibú and Ocaña.",
                  "President Maduro expressed his condolences for the victims and said that his government had ordered the Venezuelan military to treat the ELN and the dissidents alike as \"irregular groups.\"",
                  "Governor William Villamizar of Norte de Santander, who joined part of the call from Cúcuta, reported that 43 deaths had been confirmed in the department so far.",
                  "The two leaders agreed to speak again after the February 6 meeting."]},
    timeline_pair=("Colombia", "Venezuela"))
checks(F)

# ---------------------------------------------------------------- 07 feature, Rio de Janeiro militias (2011)
F = "07_feature_rio_militias_2011.txt"
S_BATAN = "The image changed in May 2008, when militiamen in the Batan favela kidnapped and tortured a team from the newspaper O Dia."
S_CPI = "In June of that year the Legislative Assembly of Rio de Janeiro (ALERJ) opened a parliamentary commission of inquiry (CPI das Milícias), chaired by state deputy Marcelo Freixo, and its final report that December asked for the indictment of more than 200 people."
S_SHOT = "The judge, who had sent dozens of police officers to prison from her court in São Gonçalo, was shot just before midnight on August 11 outside her house in Piratininga, in Niterói."
S_NEXT = "The next day the president of the Court of Justice of the State of Rio de Janeiro (TJ-RJ) called the killing an attack on the judiciary, and the National Council of Justice (CNJ) sent observers to the state."
S_TUE = "On Tuesday, the Civil Police's homicide division searched the homes of three military police officers in São Gonçalo and took their weapons for ballistic tests."
S_MAR = "Public prosecutors accused him in March of running a clandestine van cooperative and of ordering the killing of a community leader, Adilson Pereira da Costa, known as \"Seu Dida,\" who was found dead in a canal in Paciência in January."
S_APR = "Teixeira-Lins was arrested on April 2 at a farm in Itaguaí and was released ten days later on a habeas corpus from a higher court."
S_UPP = "Since the first Pacifying Police Unit (UPP) opened in the Santa Marta favela in December 2008, the government has installed units in communities near the tourist zones and the stadiums Brazil will use for the 2014 World Cup."
S_NOV = "Last November, after a wave of arson attacks on cars and buses, police and soldiers of the Brazilian Army occupied the Complexo do Alemão; the army has stayed there since."
S_FRI = "Freixo, who has lived under police protection since the CPI, said on Friday that he had asked the Federal Police to take over the Acioli investigation."
S_THU = "Governor Sérgio Cabral said on Thursday that the state would not give up the case."
S_FEE = "A driver who asked not to be named said the weekly fee went up in August."
doc(F, SRC, "The Militias Next Door: After a Judge's Murder, Rio's West Zone Counts Its Silences",
    "2011-09-04", "day", "By Helena M. Vasconcelos-Reis | 4 Sep 2011",
    people=[P("Helena M. Vasconcelos-Reis", roles=["author"]),
            P("Ronaldo Teixeira-Lins", "Teixeira-Lins", "Sargento Ronnie", country="Brazil", roles=["leader of Os Guardiões militia", "former military police sergeant"]),
            P("Marcelo Freixo", "Freixo", country="Brazil", roles=["state deputy", "chair of the CPI das Milícias"]),
            P("Patrícia Acioli", "Judge Patrícia Acioli", "Acioli", country="Brazil", roles=["judge (murdered)"]),
            P("José Mariano Beltrame", "State Security Secretary José Mariano Beltrame", country="Brazil", roles=["State Security Secretary"]),
            P("Adilson Pereira da Costa", "Seu Dida", country="Brazil", roles=["community leader (killed)"]),
            P("Rogério F. Campanha", "Dr. Rogério F. Campanha", country="Brazil", roles=["lawyer of Teixeira-Lins"]),
            P("Luciana B. Fontoura-Maia", "Dr. Luciana B. Fontoura-Maia", country="Brazil", roles=["sociologist, UERJ"]),
            P("Sérgio Cabral", "Governor Sérgio Cabral", country="Brazil", roles=["Governor of Rio de Janeiro"])],
    organizations=[O("Rio de Janeiro Weekly Review", kind="media"),
                   O("Os Guardiões", kind="criminal group"),
                   O("Comando Vermelho", "Red Command", kind="criminal group"),
                   O("Terceiro Comando Puro", "TCP", kind="criminal group"),
                   O("O Dia", kind="media"),
                   O("Legislative Assembly of Rio de Janeiro", "ALERJ", kind="government body"),
                   O("CPI das Milícias", "CPI", kind="government body"),
                   O("Court of Justice of the State of Rio de Janeiro", "TJ-RJ", kind="government body"),
                   O("National Council of Justice", "CNJ", kind="government body"),
                   O("Civil Police", kind="security force"),
                   O("Pacifying Police Unit", "UPP", "UPPs", kind="security force"),
                   O("Brazilian Army", kind="security force"),
                   O("Rio de Janeiro State University", "UERJ", kind="other"),
                   O("Federal Police", kind="security force")],
    places=[C("Brazil"), city("Rio de Janeiro", "Brazil", "RIO DE JANEIRO", "Rio"), oth("Santa Cruz", "Brazil"), reg("West Zone", "Brazil"),
            oth("Batan", "Brazil", "Batan favela"), city("São Gonçalo", "Brazil"), oth("Piratininga", "Brazil"), city("Niterói", "Brazil"),
            oth("Paciência", "Brazil"), city("Itaguaí", "Brazil"), oth("Santa Marta", "Brazil", "Santa Marta favela"),
            oth("Complexo do Alemão", "Brazil")],
    aliases=[A("Ronaldo Teixeira-Lins", "Sargento Ronnie", "nickname", "Ronaldo Teixeira-Lins, better known as \"Sargento Ronnie.\""),
             A("Comando Vermelho", "Red Command", "translation", "Comando Vermelho (Red Command)"),
             A("Terceiro Comando Puro", "TCP", "acronym", "Terceiro Comando Puro (TCP)"),
             A("Legislative Assembly of Rio de Janeiro", "ALERJ", "acronym", "Legislative Assembly of Rio de Janeiro (ALERJ)"),
             A("Court of Justice of the State of Rio de Janeiro", "TJ-RJ", "acronym", "Court of Justice of the State of Rio de Janeiro (TJ-RJ)"),
             A("National Council of Justice", "CNJ", "acronym", "National Council of Justice (CNJ)"),
             A("Pacifying Police Unit", "UPP", "acronym", "Pacifying Police Unit (UPP)"),
             A("Rio de Janeiro State University", "UERJ", "acronym", "Rio de Janeiro State University (UERJ)"),
             A("Adilson Pereira da Costa", "Seu Dida", "nickname", "Adilson Pereira da Costa, known as \"Seu Dida,\"")],
    events=[E("2008-05", "month", "in May 2008", "explicit", ["Brazil"], "militiamen kidnap an O Dia team in the Batan favela", S_BATAN),
            E("2008-05", "month", "in May 2008", "explicit", ["Brazil"], "militiamen torture the O Dia team", S_BATAN),
            E("2008-06", "month", "In June of that year", "context", ["Brazil"], "ALERJ opens the CPI das Milícias chaired by Marcelo Freixo", S_CPI),
            E("2008-12", "month", "that December", "context", ["Brazil"], "CPI final report asks for the indictment of more than 200 people", S_CPI),
            E("2011-08-11", "day", "on August 11", "document date", ["Brazil"], "Judge Patrícia Acioli shot dead outside her house in Piratininga, Niterói", S_SHOT),
            E("2011-08-12", "day", "The next day", "context", ["Brazil"], "TJ-RJ president calls the killing an attack on the judiciary", S_NEXT),
            E("2011-08-12", "day", "The next day", "context", ["Brazil"], "CNJ sends observers to the state", S_NEXT),
            E("2011-08-30", "day", "On Tuesday", "document date", ["Brazil"], "Civil Police homicide division searches homes of three military police officers in São Gonçalo", S_TUE),
            E("2011-08-30", "day", "On Tuesday", "document date", ["Brazil"], "Civil Police take the officers' weapons for ballistic tests", S_TUE),
            E("2011-03", "month", "in March", "document date", ["Brazil"], "prosecutors accuse Sargento Ronnie of running a clandestine van cooperative and ordering a killing", S_MAR),
            E("2011-01", "month", "in January", "document date", ["Brazil"], "community leader Seu Dida found dead in a canal in Paciência", S_MAR),
            E("2011-04-02", "day", "on April 2", "document date", ["Brazil"], "Teixeira-Lins arrested at a farm in Itaguaí", S_APR),
            E("2011-04-12", "day", "ten days later", "context", ["Brazil"], "Teixeira-Lins released on a habeas corpus", S_APR),
            E("2008-12", "month", "in December 2008", "explicit", ["Brazil"], "first Pacifying Police Unit opens in the Santa Marta favela", S_UPP),
            E("2010-11", "month", "Last November", "document date", ["Brazil"], "police and Brazilian Army soldiers occupy the Complexo do Alemão", S_NOV),
            E("2011-09-02", "day", "on Friday", "document date", ["Brazil"], "Freixo says he asked the Federal Police to take over the Acioli investigation", S_FRI),
            E("2011-09-01", "day", "on Thursday", "document date", ["Brazil"], "Governor Cabral says the state will not give up the case", S_THU),
            E("2011-08", "month", "in August", "document date", ["Brazil"], "militia's weekly van fee goes up", S_FEE)],
    optional={"organizations": ["military police", "Public prosecutors", "Civil Police's homicide division"],
              "events_evidence": [
                  "For years the militias presented themselves as the cure for the drug gangs.",
                  "Retired and serving police officers, firefighters and prison guards drove out the Comando Vermelho (Red Command) and the Terceiro Comando Puro (TCP) from dozens of communities and then charged for gas canisters, cable television and protection.",
                  "Her car was hit more than twenty times.",
                  "State Security Secretary José Mariano Beltrame has said the police will find the killers \"whoever they are.\"",
                  "No one has been charged.",
                  "A mass for the judge is planned for Sunday in Niterói."]},
    timeline_pair=("Brazil",))
checks(F)

# ---------------------------------------------------------------- 08 DOJ release, Peruvian VRAEM network extradited
F = "08_doj_peru_vraem_extradition_2025.txt"
S_EXT = "A Peruvian national accused of leading a cocaine trafficking organization in the Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM) was extradited from Peru to the United States on Monday to face drug trafficking and narco-terrorism charges in the Southern District of Florida."
S_APP = "Wilber Anselmo Quispe-Huamán, 52, also known as \"Tío Wilber,\" of Pichari, in the Cusco region of Peru, made his initial appearance yesterday before U.S. Magistrate Judge Alicia M. Otazo-Reyes in Miami."
S_ARR = "He is scheduled to be arraigned on October 28."
S_IND = "According to the indictment, returned by a federal grand jury in Miami in August 2022, Quispe-Huamán led a network that bought cocaine base from growers in the VRAEM, processed it in laboratories near the Ene River and shipped it by light aircraft to Bolivia and by truck to the port of Callao."
S_MPCP = "The indictment alleges that the network paid the Militarized Communist Party of Peru (Militarizado Partido Comunista del Perú, MPCP), a remnant of the Shining Path (Sendero Luminoso) led by Víctor Quispe Palomino, known as \"Comrade José,\" for the protection of its airstrips and river routes."
S_FTO = "The State Department designated the Shining Path a Foreign Terrorist Organization in 1997."
S_LIMA = "Quispe-Huamán was arrested on March 3, 2024, in the Lima district of San Juan de Lurigancho by officers of the Peruvian National Police's anti-drug directorate (Dirección Antidrogas, DIRANDRO), working with the Drug Enforcement Administration (DEA)."
S_SC = "Peru's Supreme Court approved his extradition that November, and the Peruvian government gave final approval in July."
S_PIL = "Elmer Raúl Ccori-Taipe, known as \"El Piloto,\" who flew the network's aircraft, was extradited from Bolivia in January, pleaded guilty in June and was sentenced on Friday to 14 years in federal prison."
S_MEN = "Another co-defendant, Juan Carlos Mendieta Ruiz, was arrested in Panama in 2023 and was sentenced last year to ten years."
S_J9 = "On January 9, 2023, the Peruvian Navy and DIRANDRO officers searched a container bound for Antwerp, Belgium, and seized 2.3 tons of cocaine hidden in a cargo of frozen mango pulp."
S_ATE = "Two days later, police raided a warehouse in Ate and detained six men who worked for the network."
S_VIZ = "The MPCP has been blamed for the killing of 16 people in the hamlet of Vizcatán del Ene on May 23, 2021, and it continues to attack soldiers and police in the valley."
doc(F, SRC, "Alleged Leader of Peruvian Cocaine Network Tied to Shining Path Remnant Extradited to Miami",
    "2025-10-15", "day", "FOR IMMEDIATE RELEASE Wednesday, October 15, 2025",
    people=[P("Wilber Anselmo Quispe-Huamán", "Quispe-Huamán", "Tío Wilber", country="Peru", roles=["alleged leader of a VRAEM cocaine network", "defendant"]),
            P("Alicia M. Otazo-Reyes", "U.S. Magistrate Judge Alicia M. Otazo-Reyes", country="United States", roles=["U.S. Magistrate Judge"]),
            P("Víctor Quispe Palomino", "Comrade José", country="Peru", roles=["leader of the MPCP"]),
            P("Pamela Bondi", "Attorney General Pamela Bondi", country="United States", roles=["Attorney General"]),
            P("Elmer Raúl Ccori-Taipe", "El Piloto", country="Peru", roles=["co-defendant, pilot"]),
            P("Juan Carlos Mendieta Ruiz", roles=["co-defendant"]),
            P("Terrance C. Cole", "DEA Administrator Terrance C. Cole", country="United States", roles=["DEA Administrator"]),
            P("Marisol T. Echeverría-Blanco", "U.S. Attorney Marisol T. Echeverría-Blanco", country="United States", roles=["U.S. Attorney, Southern District of Florida"]),
            P("Derek W. Haskins", "Special Agent in Charge Derek W. Haskins", country="United States", roles=["Special Agent in Charge, DEA Miami Field Division"]),
            P("Kevin P. Lozano", country="United States", roles=["Assistant U.S. Attorney"]),
            P("Ana Lucía Brennan-Soto", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("Department of Justice", "Justice Department", kind="government body"),
                   O("Militarized Communist Party of Peru", "Militarizado Partido Comunista del Perú", "MPCP", kind="armed group"),
                   O("Shining Path", "Sendero Luminoso", kind="armed group"),
                   O("State Department", "Department of State", kind="government body"),
                   O("Peruvian National Police", kind="security force"),
                   O("Dirección Antidrogas", "DIRANDRO", kind="security force"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Supreme Court", "Peru's Supreme Court", kind="government body"),
                   O("Peruvian Navy", kind="security force")],
    places=[C("Peru"), US(), reg("Valley of the Apurímac, Ene and Mantaro Rivers", "Peru", "VRAEM"),
            city("Pichari", "Peru"), state("Cusco", "Peru", "Cusco region"), city("Miami", "United States"),
            oth("Ene River", "Peru"), C("Bolivia"), fac("Callao", "Peru"), city("Lima", "Peru"),
            oth("San Juan de Lurigancho", "Peru"), C("Panama"), city("Antwerp", "Belgium"), C("Belgium"),
            oth("Ate", "Peru"), city("Vizcatán del Ene", "Peru")],
    aliases=[A("Valley of the Apurímac, Ene and Mantaro Rivers", "VRAEM", "acronym", "Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM)"),
             A("Wilber Anselmo Quispe-Huamán", "Tío Wilber", "nickname", "Wilber Anselmo Quispe-Huamán, 52, also known as \"Tío Wilber,\""),
             A("Militarized Communist Party of Peru", "Militarizado Partido Comunista del Perú", "translation", "Militarized Communist Party of Peru (Militarizado Partido Comunista del Perú, MPCP)"),
             A("Militarized Communist Party of Peru", "MPCP", "acronym", "Militarizado Partido Comunista del Perú, MPCP"),
             A("Shining Path", "Sendero Luminoso", "translation", "Shining Path (Sendero Luminoso)"),
             A("Víctor Quispe Palomino", "Comrade José", "nickname", "Víctor Quispe Palomino, known as \"Comrade José,\""),
             A("Dirección Antidrogas", "DIRANDRO", "acronym", "Dirección Antidrogas, DIRANDRO"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Elmer Raúl Ccori-Taipe", "El Piloto", "nickname", "Elmer Raúl Ccori-Taipe, known as \"El Piloto,\"")],
    events=[E("2025-10-13", "day", "on Monday", "document date", ["Peru", "United States"], "Quispe-Huamán extradited from Peru to the United States", S_EXT),
            E("2025-10-14", "day", "yesterday", "document date", ["United States"], "Quispe-Huamán makes his initial appearance in Miami", S_APP),
            E("2025-10-28", "day", "on October 28", "document date", ["United States"], "arraignment of Quispe-Huamán (scheduled)", S_ARR),
            E("2022-08", "month", "in August 2022", "explicit", ["United States"], "federal grand jury in Miami returns the indictment", S_IND),
            E("1997", "year", "in 1997", "explicit", ["United States"], "State Department designates the Shining Path a Foreign Terrorist Organization", S_FTO),
            E("2024-03-03", "day", "on March 3, 2024", "explicit", ["Peru", "United States"], "Quispe-Huamán arrested in San Juan de Lurigancho, Lima, by DIRANDRO with the DEA", S_LIMA),
            E("2024-11", "month", "that November", "context", ["Peru"], "Peru's Supreme Court approves the extradition", S_SC),
            E("2025-07", "month", "in July", "document date", ["Peru"], "Peruvian government gives final approval to the extradition", S_SC),
            E("2025-01", "month", "in January", "document date", ["Bolivia", "United States"], "Ccori-Taipe extradited from Bolivia", S_PIL),
            E("2025-06", "month", "in June", "document date", ["United States"], "Ccori-Taipe pleads guilty", S_PIL),
            E("2025-10-10", "day", "on Friday", "document date", ["United States"], "Ccori-Taipe sentenced to 14 years", S_PIL),
            E("2023", "year", "in 2023", "explicit", ["Panama"], "Mendieta Ruiz arrested in Panama", S_MEN),
            E("2024", "year", "last year", "document date", ["United States"], "Mendieta Ruiz sentenced to ten years", S_MEN),
            E("2023-01-09", "day", "On January 9, 2023", "explicit", ["Peru"], "Peruvian Navy and DIRANDRO search a container bound for Antwerp", S_J9),
            E("2023-01-09", "day", "On January 9, 2023", "explicit", ["Peru"], "2.3 tons of cocaine seized in mango pulp cargo", S_J9),
            E("2023-01-11", "day", "Two days later", "context", ["Peru"], "police raid a warehouse in Ate", S_ATE),
            E("2023-01-11", "day", "Two days later", "context", ["Peru"], "six network workers detained", S_ATE),
            E("2021-05-23", "day", "on May 23, 2021", "explicit", ["Peru"], "MPCP blamed for killing 16 people in Vizcatán del Ene", S_VIZ)],
    optional={"organizations": ["Office of Public Affairs", "Foreign Terrorist Organization", "Peruvian government", "Narcotics Rewards Program",
                                "DEA Miami Field Division", "Lima Country Office", "Office of International Affairs"],
              "places": ["Southern District of Florida", "port of Callao"],
              "events_evidence": [
                  S_MPCP,
                  "\"His extradition shows what our partnership with Peru can achieve.\"",
                  "Two co-defendants have already been sentenced in Miami.",
                  "The Department of State's Narcotics Rewards Program offers up to $5 million for information leading to the arrest of Víctor Quispe Palomino.",
                  "\"Today he answers for it in an American courtroom.\"",
                  "U.S. Attorney Marisol T. Echeverría-Blanco for the Southern District of Florida and Special Agent in Charge Derek W. Haskins of the DEA Miami Field Division made the announcement."]},
    timeline_pair=("United States", "Peru"))
checks(F)

# ---------------------------------------------------------------- 09 digest of dated notes, Southern Cone and Andes
F = "09_digest_southern_cone_andes_2024.txt"
S_SALTA = "Federal forces and the police of Salta province arrested 11 people in Salvador Mazza and Aguas Blancas, on the border with Bolivia, and seized 480 kg of cocaine paste hidden in a cargo of bananas."
S_GUEM = "Security Minister Patricia Bullrich said the raids were part of Plan Güemes, launched in Salta last month."
S_ORAN = "A judge in Orán ordered the suspects held the next day."
S_CAM = "A court in Temuco convicted three members of the Coordinadora Arauco-Malleco (CAM) for an arson attack on forestry trucks near Ercilla, in the Araucanía region, in March 2023."
S_LLA = "The group's founder, Héctor Llaitul Carrillanca, was sentenced in May to 23 years in a separate case."
S_EMER = "The Interior Ministry extended the state of emergency in 14 districts of Lima and Callao for another 60 days."
S_STRIKE = "Transport unions, who stopped work on 10 October and again on 23 October to protest against extortion, said they would decide on a third strike this week."
S_FELCN = "Anti-drug police (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) raided three properties in Santa Cruz de la Sierra linked to Uruguayan trafficker Sebastián Marset."
S_MARSET = "Marset escaped a police operation in the city in July last year and remains a fugitive."
S_MVD = "Customs officers at the port of Montevideo found 1.1 tonnes of cocaine in a container of soybeans bound for Hamburg, Germany."
S_PDI = "Chile's Investigations Police (Policía de Investigaciones, PDI) expelled 52 foreign nationals on a flight from Santiago, most of them Bolivians and Peruvians; Venezuelans could not be included because Caracas has not accepted deportation flights since the two countries broke consular relations in August."
S_BOAT = "Gendarmerie officers detained a Paraguayan boatman, Osvaldo Ramón Benítez Aquino, a.k.a. \"Pelado Osvaldo,\" on an island of the Paraná River off Ituzaingó, in Corrientes province."
S_WARR9 = "A federal court in Posadas had issued a warrant for him in September for moving marijuana from Paraguay's Amambay department."
doc(F, SRC, "Southern Cone & Andes Security Notes, No. 44",
    "2024-11-08", "day", "Issued Friday, 8 November 2024",
    people=[P("Patricia Bullrich", "Security Minister Patricia Bullrich", "Bullrich", country="Argentina", roles=["Security Minister"]),
            P("Héctor Llaitul Carrillanca", country="Chile", roles=["founder of the CAM"]),
            P("Sebastián Marset", "Marset", country="Uruguay", roles=["trafficker, fugitive"]),
            P("Nicolás Martinelli", "Interior Minister Nicolás Martinelli", country="Uruguay", roles=["Interior Minister"]),
            P("Osvaldo Ramón Benítez Aquino", "Pelado Osvaldo", country="Paraguay", roles=["boatman, marijuana smuggler"])],
    organizations=[O("Puente Sur Consultores", kind="company"),
                   O("Coordinadora Arauco-Malleco", "CAM", kind="armed group"),
                   O("Interior Ministry", kind="government body"),
                   O("Los Injertos del Cono Norte", kind="criminal group"),
                   O("Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("Investigations Police", "Policía de Investigaciones", "PDI", kind="security force"),
                   O("Gendarmerie", kind="security force")],
    places=[C("Argentina", "ARGENTINA"), C("Chile", "CHILE"), C("Peru", "PERU"), C("Bolivia", "BOLIVIA"), C("Uruguay", "URUGUAY"),
            C("Venezuela", "VENEZUELA"), C("Paraguay", "PARAGUAY"), C("Germany"),
            state("Salta", "Argentina", "Salta province"), city("Salvador Mazza", "Argentina"), city("Aguas Blancas", "Argentina"),
            city("Orán", "Argentina"), city("Temuco", "Chile"), city("Ercilla", "Chile"), state("Araucanía", "Chile", "Araucanía region"),
            city("Lima", "Peru"), city("Callao", "Peru"), oth("Comas", "Peru"), city("Santa Cruz de la Sierra", "Bolivia"),
            city("Montevideo", "Uruguay"), city("Hamburg", "Germany"), oth("Paraná River", None, "Paraná"), city("Santiago", "Chile"),
            city("Caracas", "Venezuela"), city("Ituzaingó", "Argentina"), state("Corrientes", "Argentina", "Corrientes province"),
            city("Posadas", "Argentina"), state("Amambay", "Paraguay"), city("Buenos Aires", "Argentina")],
    aliases=[A("Coordinadora Arauco-Malleco", "CAM", "acronym", "Coordinadora Arauco-Malleco (CAM)"),
             A("Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Investigations Police", "Policía de Investigaciones", "translation", "Investigations Police (Policía de Investigaciones, PDI)"),
             A("Investigations Police", "PDI", "acronym", "Policía de Investigaciones, PDI"),
             A("Osvaldo Ramón Benítez Aquino", "Pelado Osvaldo", "nickname", "Osvaldo Ramón Benítez Aquino, a.k.a. \"Pelado Osvaldo,\"")],
    events=[E("2024-11-07", "day", "7 Nov", "document date", ["Argentina"], "11 people arrested in Salvador Mazza and Aguas Blancas", S_SALTA),
            E("2024-11-07", "day", "7 Nov", "document date", ["Argentina"], "480 kg of cocaine paste seized in a banana cargo", S_SALTA),
            E("2024-10", "month", "last month", "document date", ["Argentina"], "Plan Güemes launched in Salta", S_GUEM),
            E("2024-11-08", "day", "the next day", "context", ["Argentina"], "judge in Orán orders the suspects held", S_ORAN),
            E("2024-11-06", "day", "6 Nov", "document date", ["Chile"], "Temuco court convicts three CAM members", S_CAM),
            E("2023-03", "month", "in March 2023", "explicit", ["Chile"], "arson attack on forestry trucks near Ercilla", S_CAM),
            E("2024-05", "month", "in May", "document date", ["Chile"], "Héctor Llaitul sentenced to 23 years", S_LLA),
            E("2024-11-05", "day", "5 Nov", "document date", ["Peru"], "Interior Ministry extends the state of emergency in Lima and Callao", S_EMER),
            E("2024-10-10", "day", "on 10 October", "document date", ["Peru"], "transport unions strike against extortion", S_STRIKE),
            E("2024-10-23", "day", "on 23 October", "document date", ["Peru"], "transport unions strike again", S_STRIKE),
            E("2024-11-04", "day", "4 Nov", "document date", ["Bolivia"], "FELCN raids three properties in Santa Cruz de la Sierra linked to Marset", S_FELCN),
            E("2023-07", "month", "in July last year", "document date", ["Bolivia"], "Marset escapes a police operation in Santa Cruz de la Sierra", S_MARSET),
            E("2024-11-02", "day", "2 Nov", "document date", ["Uruguay"], "customs find 1.1 tonnes of cocaine at the port of Montevideo", S_MVD),
            E("2024-11-01", "day", "1 Nov", "document date", ["Chile"], "PDI expels 52 foreign nationals on a flight from Santiago", S_PDI),
            E("2024-08", "month", "in August", "document date", ["Chile", "Venezuela"], "Chile and Venezuela break consular relations", S_PDI),
            E("2024-10-31", "day", "31 Oct", "document date", ["Argentina"], "Gendarmerie detains Pelado Osvaldo off Ituzaingó", S_BOAT),
            E("2024-09", "month", "in September", "document date", ["Argentina"], "federal court in Posadas issues a warrant for Benítez Aquino", S_WARR9)],
    optional={"organizations": ["Regional Risk Desk", "police of Salta province", "Plan Güemes", "Transport unions", "Customs", "Congress", "federal court in Posadas"],
              "places": ["port of Montevideo"],
              "events_evidence": [
                  "Police said on Tuesday that a gang known as Los Injertos del Cono Norte had charged bus companies in Comas up to 30 soles a day per vehicle.",
                  "No one was detained.",
                  "Interior Minister Nicolás Martinelli said the container had been loaded in Paraguay and crossed the Paraná by barge.",
                  "A PDI spokesman said the agency had identified 31 Venezuelans with final expulsion orders.",
                  "Looking ahead: Argentina's Congress is expected to debate the Bullrich anti-mafia bill this month."]},
    timeline_pair=("Argentina", "Chile"))
checks(F)

# ---------------------------------------------------------------- 10 think-tank chronology, Venezuela 2005-2015
F = "10_chronology_venezuela_cartel_soles_2015.txt"
S_05 = "On August 7, President Hugo Chávez announced that Venezuela would suspend cooperation with the U.S. Drug Enforcement Administration (DEA), accusing its agents of espionage."
S_05B = "The following month, Washington decertified Venezuela as a partner in the fight against drugs."
S_08 = "On September 12, the Treasury Department's Office of Foreign Assets Control (OFAC) designated Gen. Hugo Armando Carvajal Barrios, director of military intelligence (Dirección General de Inteligencia Militar, DGIM), Gen. Henry de Jesús Rangel Silva and former interior minister Ramón Rodríguez Chacín for assisting the Revolutionary Armed Forces of Colombia (FARC)."
S_10 = "On August 19, Colombian police arrested Walid Makled García, known as \"El Turco,\" in Cúcuta."
S_10B = "In November, President Juan Manuel Santos said Makled would be sent to Venezuela, not to the United States."
S_11 = "Makled was flown to Caracas on May 9 and placed under the custody of the Bolivarian Intelligence Service (SEBIN)."
S_12 = "In April, former Supreme Court justice Eladio Aponte Aponte left for Costa Rica and was then flown to the United States, where he told U.S. agents that military officers had protected cocaine shipments."
S_13 = "On September 11, French police at Charles de Gaulle airport found 1.3 tons of cocaine in 31 suitcases that had arrived on an Air France flight from Caracas."
S_14 = "On July 23, Carvajal, by then Venezuela's consul-designate in Aruba, was detained on the island at the request of the United States."
S_14B = "The Dutch government released him four days later, saying he had diplomatic immunity."
S_15A = "In January, Navy Lt. Leamsy Salazar, who had served as a bodyguard to Chávez and later to National Assembly president Diosdado Cabello, left Venezuela for the United States to cooperate with federal prosecutors."
S_15B = "On March 9, President Barack Obama signed an executive order declaring the situation in Venezuela a threat to U.S. national security and sanctioning seven officials."
S_15C = "On November 10, DEA agents arrested Efraín Antonio Campo Flores and Franqui Francisco Flores de Freitas, nephews of first lady Cilia Flores, in Port-au-Prince, Haiti, and flew them to New York the same day."
S_15D = "On December 6, the opposition coalition Mesa de la Unidad Democrática (MUD) won a two-thirds majority in the National Assembly elections."
EXTRA_COUNTRIES[F] = {"Colombia", "France", "Netherlands"}
doc(F, SRC, "Chronology: Venezuela, the Military and Drug Trafficking, 2005-2015",
    "2015-12-18", "day", "Posted 18 December 2015",
    people=[P("Tomás E. Arrieta-Blanco", roles=["compiler"]),
            P("Hugo Chávez", "President Hugo Chávez", "Chávez", country="Venezuela", roles=["President of Venezuela"]),
            P("Hugo Armando Carvajal Barrios", "Gen. Hugo Armando Carvajal Barrios", "Carvajal", country="Venezuela", roles=["director of military intelligence (DGIM)", "consul-designate in Aruba"]),
            P("Henry de Jesús Rangel Silva", "Gen. Henry de Jesús Rangel Silva", country="Venezuela", roles=["general"]),
            P("Ramón Rodríguez Chacín", country="Venezuela", roles=["former interior minister"]),
            P("Walid Makled García", "Makled", "El Turco", country="Venezuela", roles=["trafficker"]),
            P("Juan Manuel Santos", "President Juan Manuel Santos", country="Colombia", roles=["President of Colombia"]),
            P("Eladio Aponte Aponte", country="Venezuela", roles=["former Supreme Court justice"]),
            P("Leamsy Salazar", "Navy Lt. Leamsy Salazar", country="Venezuela", roles=["Navy lieutenant, former bodyguard"]),
            P("Diosdado Cabello", country="Venezuela", roles=["National Assembly president"]),
            P("Barack Obama", "President Barack Obama", country="United States", roles=["President of the United States"]),
            P("Efraín Antonio Campo Flores", country="Venezuela", roles=["nephew of Cilia Flores"]),
            P("Franqui Francisco Flores de Freitas", country="Venezuela", roles=["nephew of Cilia Flores"]),
            P("Cilia Flores", country="Venezuela", roles=["first lady"])],
    organizations=[O("Andean Security Observatory", "Observatory", kind="ngo"),
                   O("Cartel of the Suns", "Cartel de los Soles", kind="criminal group"),
                   O("Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Treasury Department", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("Dirección General de Inteligencia Militar", "DGIM", kind="security force"),
                   O("Revolutionary Armed Forces of Colombia", "FARC", kind="armed group"),
                   O("Bolivarian Intelligence Service", "SEBIN", kind="security force"),
                   O("Air France", kind="company"),
                   O("National Assembly", kind="government body"),
                   O("Mesa de la Unidad Democrática", "MUD", kind="political party")],
    places=[VEN(), US(), city("Cúcuta", "Colombia"), city("Puerto Cabello", "Venezuela"), state("Apure", "Venezuela"),
            city("Caracas", "Venezuela"), C("Costa Rica"), fac("Charles de Gaulle airport", "France", "Charles de Gaulle"),
            oth("Aruba", None), city("Port-au-Prince", "Haiti"), C("Haiti"), city("New York", "United States")],
    aliases=[A("Cartel of the Suns", "Cartel de los Soles", "translation", "\"Cartel of the Suns\" (Cartel de los Soles)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "U.S. Drug Enforcement Administration (DEA)"),
             A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Dirección General de Inteligencia Militar", "DGIM", "acronym", "Dirección General de Inteligencia Militar, DGIM"),
             A("Revolutionary Armed Forces of Colombia", "FARC", "acronym", "Revolutionary Armed Forces of Colombia (FARC)"),
             A("Walid Makled García", "El Turco", "nickname", "Walid Makled García, known as \"El Turco,\""),
             A("Bolivarian Intelligence Service", "SEBIN", "acronym", "Bolivarian Intelligence Service (SEBIN)"),
             A("Mesa de la Unidad Democrática", "MUD", "acronym", "Mesa de la Unidad Democrática (MUD)")],
    events=[E("2005-08-07", "day", "On August 7", "context", ["Venezuela", "United States"], "Chávez announces the suspension of cooperation with the DEA", S_05),
            E("2005-09", "month", "The following month", "context", ["United States", "Venezuela"], "Washington decertifies Venezuela", S_05B),
            E("2008-09-12", "day", "On September 12", "context", ["United States", "Venezuela"], "OFAC designates Carvajal, Rangel Silva and Rodríguez Chacín for assisting the FARC", S_08),
            E("2010-08-19", "day", "On August 19", "context", ["Colombia"], "Colombian police arrest Walid Makled in Cúcuta", S_10),
            E("2010-11", "month", "In November", "context", ["Colombia"], "Santos says Makled will be sent to Venezuela, not the United States", S_10B),
            E("2011-05-09", "day", "on May 9", "context", ["Colombia", "Venezuela"], "Makled flown to Caracas", S_11),
            E("2011-05-09", "day", "on May 9", "context", ["Venezuela"], "Makled placed in SEBIN custody", S_11),
            E("2012-04", "month", "In April", "context", ["Venezuela", "Costa Rica"], "former justice Aponte Aponte leaves for Costa Rica", S_12),
            E("2012-04", "month", "In April", "context", ["Costa Rica", "United States"], "Aponte Aponte flown to the United States", S_12),
            E("2013-09-11", "day", "On September 11", "context", ["France", "Venezuela"], "French police find 1.3 tons of cocaine from a Caracas Air France flight at Charles de Gaulle", S_13),
            E("2014-07-23", "day", "On July 23", "context", ["Netherlands", "United States", "Venezuela"], "Carvajal detained in Aruba at US request", S_14),
            E("2014-07-27", "day", "four days later", "context", ["Netherlands", "Venezuela"], "Dutch government releases Carvajal citing diplomatic immunity", S_14B),
            E("2015-01", "month", "In January", "context", ["Venezuela", "United States"], "Leamsy Salazar leaves Venezuela for the United States to cooperate with prosecutors", S_15A),
            E("2015-03-09", "day", "On March 9", "context", ["United States", "Venezuela"], "Obama signs an executive order declaring Venezuela a national-security threat", S_15B),
            E("2015-03-09", "day", "On March 9", "context", ["United States", "Venezuela"], "United States sanctions seven Venezuelan officials", S_15B),
            E("2015-11-10", "day", "On November 10", "context", ["Haiti", "United States", "Venezuela"], "DEA arrests the Flores nephews in Port-au-Prince", S_15C),
            E("2015-11-10", "day", "the same day", "context", ["Haiti", "United States"], "nephews flown to New York", S_15C),
            E("2015-12-06", "day", "On December 6", "context", ["Venezuela"], "MUD wins a two-thirds majority in the National Assembly elections", S_15D)],
    optional={"people": [],
              "organizations": ["Caracas Research Programme", "Colombian police", "Supreme Court", "French police", "Dutch government", "Navy",
                                "Washington"],
              "places": ["Washington", "the island"],
              "events_evidence": [
                  "From prison he told reporters that he had paid generals for the use of Puerto Cabello and of airstrips in Apure.",
                  "The Observatory will update this chronology when the case of the two nephews goes to trial, which is expected next year."]},
    timeline_pair=("Venezuela", "United States"))
checks(F)

NOTES = (
 "Held-out set M, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and annotated by reading "
 "alone (crimecli was never run on them, nor its code read). PUBLISHED is the document's own date line: 06 'Readout | Bogotá, Thursday, "
 "January 30, 2025', 07 byline 'By Helena M. Vasconcelos-Reis | 4 Sep 2011', 08 'FOR IMMEDIATE RELEASE Wednesday, October 15, 2025', "
 "09 'Issued Friday, 8 November 2024', 10 'Posted 18 December 2015'. EVENTS: per mention, one per happening; a sentence with two or three "
 "happenings gives two or three events on the same evidence. Weekday names resolve to the latest such weekday before the document date "
 "('on Tuesday' in a Thursday readout -> two days earlier; 'on Friday' in a Wednesday release -> the previous Friday); 'last week' -> month; "
 "'yesterday'/'this morning' -> day. In the digest (09) the entry header ('7 Nov (Thu)') dates the entry's sentences: date_text is the header "
 "date, resolved_from 'document date'; in the chronology (10) year-less dates under a year heading take that heading's year, resolved_from "
 "'context'. A scheduled meeting or hearing with a fixed day (06 commission on February 6, 08 arraignment on October 28) is an event; "
 "hedged plans, statistics ('since mid-January', '43 deaths ... so far'), spans ('for weeks afterward') and undated statements are optional. "
 "A second mention of an already dated happening inside a subordinate clause ('the day after Colombia declared a state of internal commotion') "
 "is annotated again (per mention). ENTITIES: bylines/compilers are people without country; demonym-only states (Colombian police, French "
 "police, the Dutch government) are not places but may appear in event countries; Aruba is a place of kind 'other' with country null and "
 "events there carry Netherlands; named ports are facilities (Callao in 08) except where the name is used as a city (Callao, Montevideo in 09); "
 "Lima districts and Rio neighbourhoods/favelas are 'other'; border bridges and the Paraná River have country null; plans, customs, generic "
 "courts, 'Congress', 'Washington' (as government) are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
