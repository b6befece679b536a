#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set E in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev/gold.json and
dev2 (NOTES_a.md, NOTES_b.md), with the additions in NOTES below and in ../NOTES_a.md. Run it
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
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Opposition Spokesman on Defence Interior Judge District U.S.
Chairwoman Chair Ranking Member Hon. Dr Senior Superintendent Police Deputy Administrator then Madam Mr. Dr.""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set E document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
COL = lambda: C("Colombia")
VEN = lambda: C("Venezuela")


def checks(file):
    """Extra checks (as in dev2 make_gold_b): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places."""
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
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)


EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries

# ---------------------------------------------------------------- 01 Frontera Abierta, Puerto Santander
F = "01_frontera_abierta_puerto_santander_2025.txt"
S_INTRO = "One of them has a name that everyone in Puerto Santander knows: Ramiro Esteban Quintero Bautista, a commander of the National Liberation Army (Ejército de Liberación Nacional, ELN) who goes by the nom de guerre \"Jerónimo Carvajal.\""
S_2017 = "He moved to the Catatumbo region of Norte de Santander in 2017, a year after the Revolutionary Armed Forces of Colombia (FARC) signed a peace agreement with the government of Juan Manuel Santos."
S_2019 = "On 23 February 2019, as opposition activists tried to push aid trucks across the Simón Bolívar International Bridge, the government of Nicolás Maduro closed the official crossings, and for three years the trochas were the only way across."
S_2021 = "In March 2021 the Venezuelan army fought dissidents of the 10th Front in La Victoria, in Apure state, and thousands of families fled into Arauquita."
S_REOPEN = "Traffic changed again after President Gustavo Petro and Maduro reopened the border on 26 September 2022."
S_TRUCE = "The truce between the ELN and the dissidents ended on 16 January 2025."
S_EVE = "That evening, ELN units went house to house in Tibú and El Tarra looking for dissident relatives and former FARC signatories."
S_NEXT = "The next day, Petro suspended peace talks with the ELN, and four days after the first attacks he announced a state of internal commotion for Catatumbo."
S_WARR = "The Attorney General's Office (Fiscalía General de la Nación) obtained an arrest warrant against him in February, and the Colombian Army's Second Division has put a price of 500 million pesos on his head."
S_LUZ = "One exception was Luz Dary Becerra Mantilla, a.k.a. \"La Patrona,\" a fuel smuggler from Ureña who, according to a GNB statement, kept the ELN's accounts in Táchira state."
S_DET = "She was detained in San Antonio del Táchira on 2 August 2023 and released the following week."
S_ESC = "Dissident fighters said he escaped to Zulia state in late January, and last month a video showed him in a camp on the Venezuelan bank of the Catatumbo River promising to \"take back every trail.\""
doc(F, SRC, "The Commander of the Trochas: ELN Fighters, Ex-FARC Dissidents and the Border at Puerto Santander",
    "2025-03-14", "day", "Frontera Abierta | 14 March 2025",
    people=[P("Natalia P. Ordóñez-Ríos", roles=["author"]),
            P("James K. Holloway", roles=["author"]),
            P("Ramiro Esteban Quintero Bautista", "Quintero Bautista", "Jerónimo Carvajal", "Jerónimo", country="Colombia", roles=["ELN commander"]),
            P("Juan Manuel Santos", country="Colombia", roles=["President (government of)"]),
            P("Néstor Gregorio Vera Fernández", "Iván Mordisco", country="Colombia", roles=["leader of the Estado Mayor Central"]),
            P("Wilfredo Antonio Castellanos Peña", "El Mono Castellanos", "Castellanos", country="Colombia", roles=["local chief of the 33rd Front dissidents"]),
            P("Nicolás Maduro", "Maduro", country="Venezuela", roles=["President (government of)"]),
            P("Gustavo Petro", "President Gustavo Petro", "Petro", country="Colombia", roles=["President"]),
            P("Luz Dary Becerra Mantilla", "La Patrona", country="Venezuela", roles=["fuel smuggler", "kept the ELN's accounts in Táchira"])],
    organizations=[O("Frontera Abierta", kind="media"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("Domingo Laín Front", kind="armed group"),
                   O("Revolutionary Armed Forces of Colombia", "FARC", kind="armed group"),
                   O("33rd Front", kind="armed group"),
                   O("Estado Mayor Central", "EMC", kind="armed group"),
                   O("10th Front", kind="armed group"),
                   O("Ombudsman's Office", "Defensoría del Pueblo", kind="government body"),
                   O("Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("Colombian Army", kind="security force"),
                   O("Bolivarian National Guard", "Guardia Nacional Bolivariana", "GNB", kind="security force"),
                   O("Fundación Periodismo sin Fronteras", kind="nonprofit")],
    places=[COL(), VEN(),
            oth("Táchira River", None), city("Puerto Santander", "Colombia"), city("Cúcuta", "Colombia", "CÚCUTA"),
            state("Arauca", "Colombia"), reg("Catatumbo", "Colombia"), state("Norte de Santander", "Colombia"),
            city("Boca de Grita", "Venezuela"), city("Tibú", "Colombia"),
            infra("Simón Bolívar International Bridge", None),
            city("La Victoria", "Venezuela"), state("Apure", "Venezuela"), city("Arauquita", "Colombia"),
            city("El Tarra", "Colombia"), city("Ureña", "Venezuela"), state("Táchira", "Venezuela", "Táchira state"),
            city("San Antonio del Táchira", "Venezuela"), state("Zulia", "Venezuela", "Zulia state"),
            oth("Catatumbo River", None)],
    aliases=[A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, ELN"),
             A("Ramiro Esteban Quintero Bautista", "Jerónimo Carvajal", "nickname", S_INTRO[S_INTRO.index("Ramiro"):]),
             A("Revolutionary Armed Forces of Colombia", "FARC", "acronym", "Revolutionary Armed Forces of Colombia (FARC)"),
             A("Estado Mayor Central", "EMC", "acronym", "Estado Mayor Central (EMC)"),
             A("Néstor Gregorio Vera Fernández", "Iván Mordisco", "nickname", "Néstor Gregorio Vera Fernández, alias \"Iván Mordisco.\""),
             A("Wilfredo Antonio Castellanos Peña", "El Mono Castellanos", "nickname", "Wilfredo Antonio Castellanos Peña (\"El Mono Castellanos\")"),
             A("Ombudsman's Office", "Defensoría del Pueblo", "translation", "Ombudsman's Office (Defensoría del Pueblo)"),
             A("Attorney General's Office", "Fiscalía General de la Nación", "translation", "Attorney General's Office (Fiscalía General de la Nación)"),
             A("Bolivarian National Guard", "Guardia Nacional Bolivariana", "translation", "Bolivarian National Guard (Guardia Nacional Bolivariana, GNB)"),
             A("Bolivarian National Guard", "GNB", "acronym", "Guardia Nacional Bolivariana, GNB"),
             A("Luz Dary Becerra Mantilla", "La Patrona", "nickname", "Luz Dary Becerra Mantilla, a.k.a. \"La Patrona,\"")],
    events=[E("2017", "year", "in 2017", "explicit", ["Colombia"], "Quintero Bautista moves to the Catatumbo region of Norte de Santander", S_2017),
            E("2016", "year", "a year after", "context", ["Colombia"], "FARC signs a peace agreement with the Santos government", S_2017),
            E("2019-02-23", "day", "On 23 February 2019", "explicit", ["Venezuela", "Colombia"], "opposition activists try to push aid trucks across the Simón Bolívar International Bridge", S_2019),
            E("2019-02-23", "day", "On 23 February 2019", "explicit", ["Venezuela", "Colombia"], "Maduro government closes the official border crossings", S_2019),
            E("2021-03", "month", "In March 2021", "explicit", ["Venezuela"], "Venezuelan army fights 10th Front dissidents in La Victoria, Apure", S_2021),
            E("2021-03", "month", "In March 2021", "explicit", ["Venezuela", "Colombia"], "thousands of families flee from Apure into Arauquita", S_2021),
            E("2022-09-26", "day", "on 26 September 2022", "explicit", ["Colombia", "Venezuela"], "Petro and Maduro reopen the border", S_REOPEN),
            E("2025-01-16", "day", "on 16 January 2025", "explicit", ["Colombia"], "truce between the ELN and the dissidents ends", S_TRUCE),
            E("2025-01-16", "day", "That evening", "context", ["Colombia"], "ELN units go house to house in Tibú and El Tarra hunting dissident relatives and ex-FARC signatories", S_EVE),
            E("2025-01-17", "day", "The next day", "context", ["Colombia"], "Petro suspends peace talks with the ELN", S_NEXT),
            E("2025-01-20", "day", "four days after the first attacks", "context", ["Colombia"], "Petro announces a state of internal commotion for Catatumbo", S_NEXT),
            E("2025-02", "month", "in February", "document date", ["Colombia"], "Fiscalía obtains an arrest warrant against Jerónimo Carvajal", S_WARR),
            E("2023-08-02", "day", "on 2 August 2023", "explicit", ["Venezuela"], "Becerra Mantilla detained in San Antonio del Táchira", S_DET),
            E("2023-08", "month", "the following week", "context", ["Venezuela"], "Becerra Mantilla released", S_DET),
            E("2025-01", "month", "in late January", "document date", ["Colombia", "Venezuela"], "Castellanos escapes to Zulia state", S_ESC),
            E("2025-02", "month", "last month", "document date", ["Venezuela"], "video shows Castellanos in a camp on the Venezuelan bank of the Catatumbo River", S_ESC)],
    optional={"people": ["Yeferson"],
              "organizations": ["government of Juan Manuel Santos", "government of Nicolás Maduro", "Venezuelan army", "Second Division"],
              "places": ["Venezuelan bank of the Catatumbo River"],
              "events_evidence": [
                  "Three former fighters interviewed by Frontera Abierta said Quintero Bautista joined the ELN's Domingo Laín Front in Arauca as a teenager.",
                  "When the FARC's 33rd Front laid down its weapons, the ELN took over many of its routes.",
                  "By 2019 the trails around Puerto Santander, a river town facing the Venezuelan village of Boca de Grita, were carrying fuel, cattle and coca paste in one direction and contraband food in the other.",
                  "Quintero Bautista's rivals are the dissidents of the old 33rd Front, who rejected the deal and later joined the Estado Mayor Central (EMC), the dissident federation led by Néstor Gregorio Vera Fernández, alias \"Iván Mordisco.\"",
                  "The Ombudsman's Office (Defensoría del Pueblo) later counted at least 80 dead and more than 50,000 displaced.",
                  "A fuel porter who gave his name only as Yeferson said the ELN now charges 5,000 pesos for each drum that crosses.",
                  "\"Tomorrow, who knows.\""]},
    timeline_pair=("Colombia", "Venezuela"))
checks(F)

# ---------------------------------------------------------------- 02 think-tank briefing, Ecuador prisons
F = "02_briefing_ecuador_prisons_2025.txt"
S_RAS = "The turning point was the murder of Jorge Luis Zambrano, alias \"Rasquiña,\" the leader of Los Choneros, in Manta in December 2020."
S_FEB = "On 23 February 2021, coordinated riots in four prisons left 79 inmates dead, and President Lenín Moreno declared a state of emergency in the prison system that evening."
S_SEP = "On 28 September 2021, 119 prisoners were killed in Penitentiary No. 1 of the Litoral (\"Litoral\") in Guayaquil, and Lasso issued Executive Decree 210 the next day."
S_NOV = "Another 68 inmates died in the same complex that November."
S_TURI = "Lasso appointed a retired general, Pablo E. Ortega-Salcedo, to run the prison service, the Servicio Nacional de Atención Integral a Personas Privadas de la Libertad (SNAI), but the violence moved to other facilities: 20 inmates died in Turi prison in Cuenca in April 2022."
S_NOB = "Daniel Noboa took office on 23 November 2023 promising an \"iron fist.\""
S_FITO = "On 7 January 2024, guards found that José Adolfo Macías Villamar, known as \"Fito,\" had vanished from La Regional prison in Guayaquil."
S_DEC = "The following day Noboa declared a state of emergency, and on 9 January, after gunmen seized the studios of TC Televisión, he signed Decree 111 recognising an \"internal armed conflict\" and naming 22 groups as terrorist organisations."
S_REF = "In April 2024 voters approved a referendum allowing soldiers to patrol alongside police, and Defence Minister Gian Carlo Loffredo announced plans for a maximum-security prison in Santa Elena province."
S_REC = "Fito was recaptured in Manta on 25 June and extradited to the United States the following month."
S_KIKI = "In Latacunga they answer to a commander named Édison Fabián Ruiz-Cedeño, alias \"Kiki,\" whom prosecutors accuse of ordering the killing of two guards at the Cotopaxi prison last March."
S_PURGE = "In Operation Purge, announced in March 2024, Attorney General Diana Salazar charged judges and prison officials with taking bribes from inmates."
doc(F, SRC, "Behind the Walls: Ecuador's Prison Gangs and the Limits of the Iron Fist", "2025-07-30", "day", "Quito/Bogotá, 30 July 2025",
    people=[P("Jorge Luis Zambrano", "Rasquiña", country="Ecuador", roles=["leader of Los Choneros"]),
            P("Lenín Moreno", "President Lenín Moreno", country="Ecuador", roles=["President"]),
            P("Guillermo Lasso", "Lasso", country="Ecuador", roles=["President", "successor"]),
            P("Pablo E. Ortega-Salcedo", country="Ecuador", roles=["retired general", "head of the prison service"]),
            P("Daniel Noboa", "Noboa", country="Ecuador", roles=["President"]),
            P("José Adolfo Macías Villamar", "Fito", country="Ecuador", roles=["leader of Los Choneros"]),
            P("Gian Carlo Loffredo", "Defence Minister Gian Carlo Loffredo", country="Ecuador", roles=["Defence Minister"]),
            P("Wilmer Geovanny Chavarría Barre", "Pipo", country="Ecuador", roles=["leader of Los Lobos"]),
            P("Édison Fabián Ruiz-Cedeño", "Kiki", country="Ecuador", roles=["Los Lobos commander in Latacunga"]),
            P("Jefferson Abel Mendoza Quiñónez", "Negro Abel", country="Ecuador", roles=["leader of Los Tiguerones"]),
            P("Diana Salazar", "Attorney General Diana Salazar", country="Ecuador", roles=["Attorney General"]),
            P("John Reimberg", "Interior Minister John Reimberg", country="Ecuador", roles=["Interior Minister"])],
    organizations=[O("Andean Conflict Observatory", "Observatory", kind="ngo"),
                   O("Los Choneros", kind="criminal group"),
                   O("Los Lobos", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("Los Chone Killers", kind="criminal group"),
                   O("Servicio Nacional de Atención Integral a Personas Privadas de la Libertad", "SNAI", kind="government body"),
                   O("TC Televisión", kind="media"),
                   O("National Police", "Policía Nacional del Ecuador", kind="security force"),
                   O("Attorney General's Office", "Fiscalía General del Estado", "FGE", kind="government body"),
                   O("European Union", kind="international organization"),
                   O("Inter-American Development Bank", "IDB", kind="international organization")],
    places=[C("Ecuador"), US(),
            city("Guayaquil", "Ecuador"), city("Latacunga", "Ecuador"), city("Cuenca", "Ecuador"), city("Manta", "Ecuador"),
            fac("Penitentiary No. 1 of the Litoral", "Ecuador", "Litoral"), fac("Turi prison", "Ecuador"), fac("La Regional prison", "Ecuador"),
            state("Santa Elena", "Ecuador", "Santa Elena province"), fac("Cotopaxi prison", "Ecuador"),
            state("Esmeraldas", "Ecuador"), fac("Bellavista prison", "Ecuador"), state("Santo Domingo de los Tsáchilas", "Ecuador"),
            city("Quito", "Ecuador"), city("Bogotá", "Colombia")],
    aliases=[A("Jorge Luis Zambrano", "Rasquiña", "nickname", "Jorge Luis Zambrano, alias \"Rasquiña,\""),
             A("José Adolfo Macías Villamar", "Fito", "nickname", "José Adolfo Macías Villamar, known as \"Fito,\""),
             A("Servicio Nacional de Atención Integral a Personas Privadas de la Libertad", "SNAI", "acronym",
               "Servicio Nacional de Atención Integral a Personas Privadas de la Libertad (SNAI)"),
             A("Wilmer Geovanny Chavarría Barre", "Pipo", "nickname", "Wilmer Geovanny Chavarría Barre (\"Pipo\")"),
             A("Édison Fabián Ruiz-Cedeño", "Kiki", "nickname", "Édison Fabián Ruiz-Cedeño, alias \"Kiki,\""),
             A("Jefferson Abel Mendoza Quiñónez", "Negro Abel", "nickname", "Jefferson Abel Mendoza Quiñónez, better known as \"Negro Abel.\""),
             A("National Police", "Policía Nacional del Ecuador", "translation", "National Police (Policía Nacional del Ecuador)"),
             A("Attorney General's Office", "Fiscalía General del Estado", "translation", "Attorney General's Office (Fiscalía General del Estado, FGE)"),
             A("Attorney General's Office", "FGE", "acronym", "Fiscalía General del Estado, FGE"),
             A("Inter-American Development Bank", "IDB", "acronym", "Inter-American Development Bank (IDB)"),
             A("Penitentiary No. 1 of the Litoral", "Litoral", "short name", "Penitentiary No. 1 of the Litoral (\"Litoral\")")],
    events=[E("2020-12", "month", "in December 2020", "explicit", ["Ecuador"], "Rasquiña, leader of Los Choneros, murdered in Manta", S_RAS),
            E("2021-02-23", "day", "On 23 February 2021", "explicit", ["Ecuador"], "coordinated riots in four prisons leave 79 inmates dead", S_FEB),
            E("2021-02-23", "day", "that evening", "context", ["Ecuador"], "President Lenín Moreno declares a state of emergency in the prison system", S_FEB),
            E("2021-09-28", "day", "On 28 September 2021", "explicit", ["Ecuador"], "119 prisoners killed in Penitentiary No. 1 of the Litoral in Guayaquil", S_SEP),
            E("2021-09-29", "day", "the next day", "context", ["Ecuador"], "Lasso issues Executive Decree 210", S_SEP),
            E("2021-11", "month", "that November", "context", ["Ecuador"], "another 68 inmates die in the Litoral complex", S_NOV),
            E("2022-04", "month", "in April 2022", "explicit", ["Ecuador"], "20 inmates die in Turi prison in Cuenca", S_TURI),
            E("2023-11-23", "day", "on 23 November 2023", "explicit", ["Ecuador"], "Daniel Noboa takes office", S_NOB),
            E("2024-01-07", "day", "On 7 January 2024", "explicit", ["Ecuador"], "guards find Fito has vanished from La Regional prison", S_FITO),
            E("2024-01-08", "day", "The following day", "context", ["Ecuador"], "Noboa declares a state of emergency", S_DEC),
            E("2024-01-09", "day", "on 9 January", "context", ["Ecuador"], "gunmen seize the studios of TC Televisión", S_DEC),
            E("2024-01-09", "day", "on 9 January", "context", ["Ecuador"], "Noboa signs Decree 111 recognising an internal armed conflict and naming 22 terrorist groups", S_DEC),
            E("2024-04", "month", "In April 2024", "explicit", ["Ecuador"], "voters approve a referendum allowing soldiers to patrol alongside police", S_REF),
            E("2024-04", "month", "In April 2024", "explicit", ["Ecuador"], "Loffredo announces plans for a maximum-security prison in Santa Elena", S_REF),
            E("2025-06-25", "day", "on 25 June", "document date", ["Ecuador"], "Fito recaptured in Manta", S_REC),
            E("2025-07", "month", "the following month", "context", ["Ecuador", "United States"], "Fito extradited to the United States", S_REC),
            E("2025-03", "month", "last March", "document date", ["Ecuador"], "two guards killed at the Cotopaxi prison on Kiki's orders", S_KIKI),
            E("2024-03", "month", "in March 2024", "explicit", ["Ecuador"], "Operation Purge: Attorney General Diana Salazar charges judges and prison officials with taking bribes", S_PURGE)],
    optional={"organizations": ["Latin America Briefing No. 41", "Executive Decree 210", "Decree 111", "Operation Purge", "Plan Fénix", "armed forces", "prison service"],
              "events_evidence": [
                  "Within weeks his lieutenants and rivals were fighting over his empire.",
                  "Three presidents have tried to take the prisons back.",
                  "The armed forces have run the prisons since then.",
                  "Los Lobos, led by Wilmer Geovanny Chavarría Barre (\"Pipo\"), are now the largest group, with cells in at least ten prisons.",
                  "Military control has lowered the number of prison massacres, but homicides outside the walls rose again in the first half of 2025.",
                  "Interior Minister John Reimberg has said that 2025 could be \"the year of the Phoenix,\" after the government's security plan, Plan Fénix."]},
    timeline_pair=("Ecuador", "United States"))
checks(F)

# ---------------------------------------------------------------- 03 DOJ release, CJNG sentencing
F = "03_doj_cjng_sentencing_2025.txt"
S_TODAY = "A Mexican national who ran drug shipments for the Cártel de Jalisco Nueva Generación (CJNG) in the state of Michoacán was sentenced today in federal court in San Antonio to 32 years in prison."
S_PLEA = "According to court documents, Heriberto Salcido-Villaseñor, also known as \"El Tlacuache\" and \"H,\" 47, of Apatzingán, Michoacán, pleaded guilty on May 6, 2025, to conspiracy to import and distribute methamphetamine and fentanyl into the United States."
S_ARR = "Mexican authorities arrested Salcido-Villaseñor on February 11, 2023, at a ranch outside Buenavista, Michoacán, in an operation by the Secretariat of National Defense (SEDENA)."
S_EXT = "He was extradited to the United States on September 19, 2024, and made his first appearance in the Western District of Texas the next day."
S_JP = "Juan Pablo de la Garza Ochoa, 39, known as \"El Contador,\" who laundered proceeds through currency exchange houses in Guadalajara, pleaded guilty in March and was sentenced on August 14 to 17 years in prison."
S_ROSA = "Rosa Elena Ibarra, a.k.a. \"La Güera,\" 35, a U.S. citizen from Laredo who recruited truck drivers, was sentenced last year to 10 years."
S_FTO = "The CJNG, led by Nemesio Oseguera Cervantes, alias \"El Mencho,\" was designated a Foreign Terrorist Organization by the Department of State on February 20, 2025."
doc(F, SRC, "CJNG Regional Boss Sentenced to 32 Years in Prison for Methamphetamine and Fentanyl Trafficking",
    "2025-10-22", "day", "Wednesday, October 22, 2025",
    people=[P("Heriberto Salcido-Villaseñor", "Salcido-Villaseñor", "El Tlacuache", "H", country="Mexico", roles=["CJNG regional boss", "defendant"]),
            P("Orlando M. Garza", "U.S. District Judge Orlando M. Garza", country="United States", roles=["U.S. District Judge"]),
            P("Carolyn B. Whitaker-Lund", "U.S. Attorney Carolyn B. Whitaker-Lund", country="United States", roles=["U.S. Attorney for the Western District of Texas"]),
            P("Juan Pablo de la Garza Ochoa", "El Contador", country="Mexico", roles=["co-defendant", "money launderer"]),
            P("Rosa Elena Ibarra", "La Güera", country="United States", roles=["co-defendant", "recruited truck drivers"]),
            P("Abelardo Montes de Oca Ruiz", "Abelardo \"Lalo\" Montes de Oca Ruiz", "Lalo", country="Mexico", roles=["co-defendant", "fugitive"]),
            P("Nemesio Oseguera Cervantes", "El Mencho", country="Mexico", roles=["leader of the CJNG"]),
            P("Terrance C. Cole", "DEA Administrator Terrance C. Cole", country="United States", roles=["DEA Administrator"]),
            P("Daniel R. Espinoza", country="United States", roles=["Assistant U.S. Attorney"]),
            P("Megan L. Frith-Torres", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("U.S. Attorney's Office, Western District of Texas", kind="government body"),
                   O("Secretariat of National Defense", "SEDENA", kind="government body"),
                   O("Department of State", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Homeland Security Investigations", "HSI", kind="government body"),
                   O("FBI", kind="government body"),
                   O("Texas Department of Public Safety", kind="government body"),
                   O("Justice Department", kind="government body"),
                   O("Office of International Affairs", kind="government body"),
                   O("Attorney General's Office", "Fiscalía General de la República", "FGR", kind="government body")],
    places=[US(), C("Mexico"),
            city("San Antonio", "United States", "SAN ANTONIO"), state("Michoacán", "Mexico"), city("Apatzingán", "Mexico"),
            reg("Tierra Caliente", "Mexico"), state("Texas", "United States"), city("Laredo", "United States"),
            city("Eagle Pass", "United States"), city("Houston", "United States"), city("Buenavista", "Mexico"),
            city("Guadalajara", "Mexico")],
    aliases=[A("Cártel de Jalisco Nueva Generación", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación (CJNG)"),
             A("Heriberto Salcido-Villaseñor", "El Tlacuache", "nickname", "Heriberto Salcido-Villaseñor, also known as \"El Tlacuache\" and \"H,\""),
             A("Heriberto Salcido-Villaseñor", "H", "nickname", "Heriberto Salcido-Villaseñor, also known as \"El Tlacuache\" and \"H,\""),
             A("Secretariat of National Defense", "SEDENA", "acronym", "Secretariat of National Defense (SEDENA)"),
             A("Juan Pablo de la Garza Ochoa", "El Contador", "nickname", "Juan Pablo de la Garza Ochoa, 39, known as \"El Contador,\""),
             A("Rosa Elena Ibarra", "La Güera", "nickname", "Rosa Elena Ibarra, a.k.a. \"La Güera,\""),
             A("Abelardo Montes de Oca Ruiz", "Lalo", "nickname", "Abelardo \"Lalo\" Montes de Oca Ruiz"),
             A("Nemesio Oseguera Cervantes", "El Mencho", "nickname", "Nemesio Oseguera Cervantes, alias \"El Mencho,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Homeland Security Investigations", "HSI", "acronym", "Homeland Security Investigations (HSI)"),
             A("Attorney General's Office", "Fiscalía General de la República", "translation", "Attorney General's Office (Fiscalía General de la República, FGR)"),
             A("Attorney General's Office", "FGR", "acronym", "Fiscalía General de la República, FGR")],
    events=[E("2025-10-22", "day", "today", "document date", ["United States"], "Salcido-Villaseñor sentenced to 32 years in federal court in San Antonio", S_TODAY),
            E("2025-05-06", "day", "on May 6, 2025", "explicit", ["United States"], "Salcido-Villaseñor pleads guilty to conspiracy to import and distribute methamphetamine and fentanyl", S_PLEA),
            E("2023-02-11", "day", "on February 11, 2023", "explicit", ["Mexico"], "Mexican authorities (SEDENA) arrest Salcido-Villaseñor at a ranch outside Buenavista, Michoacán", S_ARR),
            E("2024-09-19", "day", "on September 19, 2024", "explicit", ["Mexico", "United States"], "Salcido-Villaseñor extradited to the United States", S_EXT),
            E("2024-09-20", "day", "the next day", "context", ["United States"], "Salcido-Villaseñor makes his first appearance in the Western District of Texas", S_EXT),
            E("2025-03", "month", "in March", "document date", ["United States"], "de la Garza Ochoa pleads guilty", S_JP),
            E("2025-08-14", "day", "on August 14", "document date", ["United States"], "de la Garza Ochoa sentenced to 17 years", S_JP),
            E("2024", "year", "last year", "document date", ["United States"], "Rosa Elena Ibarra sentenced to 10 years", S_ROSA),
            E("2025-02-20", "day", "on February 20, 2025", "explicit", ["United States"], "Department of State designates the CJNG a Foreign Terrorist Organization", S_FTO)],
    optional={"organizations": ["Narcotics Rewards Program", "Organized Crime Drug Enforcement Task Forces", "OCDETF", "San Antonio Field Division",
                                "Foreign Terrorist Organization"],
              "places": ["Western District of Texas"],
              "events_evidence": [
                  "U.S. District Judge Orlando M. Garza also ordered him to forfeit $4.8 million in drug proceeds.",
                  "\"Today's sentence shows that cartel bosses cannot hide behind the border.\"",
                  "Court documents show that from at least 2017 until his arrest, Salcido-Villaseñor supervised the CJNG's \"plaza\" in the Tierra Caliente region and arranged for tractor-trailers loaded with methamphetamine and fentanyl pills to cross into Texas at Laredo and Eagle Pass.",
                  "Two co-defendants have already been sentenced.",
                  "A fourth defendant, Abelardo \"Lalo\" Montes de Oca Ruiz, remains a fugitive and is believed to be in Mexico.",
                  "The Department of State's Narcotics Rewards Program offers up to $2 million for information leading to his arrest.",
                  "The Justice Department's Office of International Affairs worked with Mexico's Attorney General's Office (Fiscalía General de la República, FGR) to secure the extradition."]},
    timeline_pair=("United States", "Mexico"))
checks(F)

# ---------------------------------------------------------------- 04 Jamaican newspaper, St James SOE
F = "04_observer_st_james_soe_scamming_2025.txt"
S_HOUSE = "The House of Representatives on Tuesday voted to extend the state of public emergency (SOE) in St James for another 90 days."
S_HOL = "Prime Minister Andrew Holness first declared the measure in the parish on October 12, hours after gunmen opened fire on a nine-night in Mount Salem, killing three men and a 16-year-old girl."
S_FRI = "Commissioner of Police Dr Kevin Blake told journalists at the Freeport Police Station on Friday that the gang had split in two after its leader, Damion \"Blacka\" Wilmot, was charged under the anti-gang law in May."
S_SPAN = "According to the police, one faction is now led by Wilmot's cousin, Oshane Delroy McLean, otherwise called \"Spanish,\" while the other answers to a man identified only as \"Tall Man,\" who is believed to be hiding in Westmoreland."
S_KEMAR = "In June, a federal judge in the United States sentenced Kemar O. Gayle-Bryan, a Mount Salem man extradited from Jamaica in 2023, to 11 years in prison for cheating elderly Americans out of US$2.1 million."
S_RAID = "Last Wednesday, a joint team from the Jamaica Constabulary Force (JCF) and the Jamaica Defence Force (JDF) raided a house in Rose Heights and arrested four men with laptops and US$18,000 in cash."
S_DSP = "The Counter-Terrorism and Organised Crime Investigation Branch (C-TOC) has also taken over the investigation into the killing of Deputy Superintendent Roxanne Hinds-Campbell, who was shot dead outside her home in Granville in September 2024."
S_CHG = "Two Sixth Street members were charged with her murder the following month."
S_2018 = "In January 2018, then Commissioner George Quallo announced the first SOE in the parish, and homicides fell by more than 70 per cent in the first months."
S_OPP = "Opposition Spokesman on National Security Julian M. Ricketts said yesterday that the Government was again using emergency powers instead of fixing the police."
S_CLAR = "In Clarendon, police have blamed the One Don faction of the Klansman gang for a triple murder in May Pen last weekend, and the Major Organised Crime and Anti-Corruption Agency (MOCA) said on Thursday that it had frozen $42 million in assets linked to scammers in Hanover and Trelawny."
com = lambda n: oth(n, "Jamaica")
par = lambda n, *v: state(n, "Jamaica", *v)
doc(F, SRC, "Cops link Mount Salem killings to lottery scam feud as SOE extended in St James",
    "2025-11-09", "day", "Sunday, November 9, 2025",
    people=[P("Kimberley-Ann Thompson", "KIMBERLEY-ANN THOMPSON", roles=["author"]),
            P("Andrew Holness", "Prime Minister Andrew Holness", country="Jamaica", roles=["Prime Minister"]),
            P("Kevin Blake", "Commissioner of Police Dr Kevin Blake", "Dr Kevin Blake", "Dr Blake", "Blake", country="Jamaica", roles=["Commissioner of Police"]),
            P("Damion Wilmot", "Damion \"Blacka\" Wilmot", "Wilmot", "Blacka", country="Jamaica", roles=["leader of the Sixth Street gang"]),
            P("Oshane Delroy McLean", "Spanish", country="Jamaica", roles=["Wilmot's cousin", "faction leader"]),
            P("Kemar O. Gayle-Bryan", country="Jamaica", roles=["convicted lottery scammer"]),
            P("Carl A. Rennalls-Brown", "Senior Superintendent of Police Carl A. Rennalls-Brown", country="Jamaica", roles=["head of the St James Police Division"]),
            P("Roxanne Hinds-Campbell", "Deputy Superintendent Roxanne Hinds-Campbell", country="Jamaica", roles=["Deputy Superintendent", "murder victim"]),
            P("George Quallo", "then Commissioner George Quallo", country="Jamaica", roles=["then Commissioner"]),
            P("Julian M. Ricketts", "Opposition Spokesman on National Security Julian M. Ricketts", country="Jamaica", roles=["Opposition Spokesman on National Security"])],
    organizations=[O("Sixth Street gang", "Sixth Street", kind="criminal group"),
                   O("Sunday Observer", "Observer", kind="media"),
                   O("St James Police Division", kind="security force"),
                   O("Jamaica Constabulary Force", "JCF", kind="security force"),
                   O("Jamaica Defence Force", "JDF", kind="security force"),
                   O("Counter-Terrorism and Organised Crime Investigation Branch", "C-TOC", kind="security force"),
                   O("One Don faction", kind="criminal group"),
                   O("Klansman gang", kind="criminal group"),
                   O("Major Organised Crime and Anti-Corruption Agency", "MOCA", kind="government body")],
    places=[C("Jamaica"), US(),
            city("Montego Bay", "Jamaica", "MONTEGO BAY"), par("St James"), com("Mount Salem"), com("Norwood"),
            fac("Freeport Police Station", "Jamaica"), par("Westmoreland"), com("Rose Heights"), com("Granville"),
            par("Clarendon"), city("May Pen", "Jamaica"), par("Hanover"), par("Trelawny")],
    aliases=[A("Damion Wilmot", "Blacka", "nickname", "Damion \"Blacka\" Wilmot"),
             A("Oshane Delroy McLean", "Spanish", "nickname", "Oshane Delroy McLean, otherwise called \"Spanish,\""),
             A("Jamaica Constabulary Force", "JCF", "acronym", "Jamaica Constabulary Force (JCF)"),
             A("Jamaica Defence Force", "JDF", "acronym", "Jamaica Defence Force (JDF)"),
             A("Counter-Terrorism and Organised Crime Investigation Branch", "C-TOC", "acronym", "Counter-Terrorism and Organised Crime Investigation Branch (C-TOC)"),
             A("Major Organised Crime and Anti-Corruption Agency", "MOCA", "acronym", "Major Organised Crime and Anti-Corruption Agency (MOCA)")],
    events=[E("2025-11-04", "day", "on Tuesday", "document date", ["Jamaica"], "House of Representatives votes to extend the state of public emergency in St James by 90 days", S_HOUSE),
            E("2025-10-12", "day", "on October 12", "document date", ["Jamaica"], "Prime Minister Holness declares a state of emergency in St James", S_HOL),
            E("2025-10", "month", "hours after", "context", ["Jamaica"], "gunmen open fire on a nine-night in Mount Salem, killing four", S_HOL),
            E("2025-11-07", "day", "on Friday", "document date", ["Jamaica"], "Commissioner Blake tells journalists the Sixth Street gang has split over scamming money", S_FRI),
            E("2025-05", "month", "in May", "document date", ["Jamaica"], "Sixth Street leader Wilmot charged under the anti-gang law", S_FRI),
            E("2025-06", "month", "In June", "document date", ["United States"], "US federal judge sentences Kemar O. Gayle-Bryan to 11 years for scamming elderly Americans", S_KEMAR),
            E("2023", "year", "in 2023", "explicit", ["Jamaica", "United States"], "Gayle-Bryan extradited from Jamaica to the United States", S_KEMAR),
            E("2025-11-05", "day", "Last Wednesday", "document date", ["Jamaica"], "JCF-JDF team raids a house in Rose Heights and arrests four men with laptops and cash", S_RAID),
            E("2024-09", "month", "in September 2024", "explicit", ["Jamaica"], "Deputy Superintendent Roxanne Hinds-Campbell shot dead outside her home in Granville", S_DSP),
            E("2024-10", "month", "the following month", "context", ["Jamaica"], "two Sixth Street members charged with Hinds-Campbell's murder", S_CHG),
            E("2018-01", "month", "In January 2018", "explicit", ["Jamaica"], "Commissioner George Quallo announces the first state of emergency in St James", S_2018),
            E("2025-11-08", "day", "yesterday", "document date", ["Jamaica"], "Opposition spokesman Ricketts accuses the Government of relying on emergency powers", S_OPP),
            E("2025-11", "month", "last weekend", "document date", ["Jamaica"], "triple murder in May Pen blamed on the One Don faction of the Klansman gang", S_CLAR),
            E("2025-11-06", "day", "on Thursday", "document date", ["Jamaica"], "MOCA says it has frozen $42 million in assets linked to scammers in Hanover and Trelawny", S_CLAR)],
    optional={"people": ["Tall Man"],
              "organizations": ["House of Representatives", "Government", "police"],
              "places": ["Fairfield Road", "western parishes"],
              "events_evidence": [
                  "MONTEGO BAY, St James – Police say a bloody feud between two factions of the Sixth Street gang over lottery scamming money is behind the string of shootings that has left nine people dead in Mount Salem and Norwood since the start of October.",
                  "Senior Superintendent of Police Carl A. Rennalls-Brown, who heads the St James Police Division, said that since the SOE began, soldiers and police have detained 112 people, seized 14 illegal guns and recovered more than 600 \"lead lists\" with names and phone numbers of American targets.",
                  "St James was under a state of emergency for much of 2018 and 2019, and lottery scamming has been linked to violence in the parish since the mid-2000s.",
                  "Dr Blake said the police would deploy an additional 200 officers to the western parishes before Christmas.",
                  "Residents of Mount Salem told the Sunday Observer that young men from the community were recruited straight out of school to call elderly Americans and tell them they had won the Jamaican lottery."]},
    timeline_pair=("Jamaica", "United States"))
checks(F)

# ---------------------------------------------------------------- 05 congressional hearing transcript
F = "05_hearing_transit_routes_caribbean_2025.txt"
S_CG = "Last month, the Coast Guard offloaded more than 40,000 pounds of cocaine at Port Everglades, most of it seized in the eastern Pacific off Central America."
S_CAU = "In October 2023, Dominican authorities, working with the DEA, found 1.2 tons of precursor chemicals in containers at the port of Caucedo, east of Santo Domingo."
S_JOH = "On April 21, 2022, Honduras extradited former President Juan Orlando Hernández, and a jury in the Southern District of New York convicted him in March 2024."
S_PCD = "Last year Costa Rica's Drug Control Police (Policía de Control de Drogas, PCD) dismantled a network at the port of Moín that was loading cocaine into banana containers for Belgium."
S_FTO = "In February, the United States designated the Sinaloa Cartel, the Jalisco New Generation Cartel and six other groups as Foreign Terrorist Organizations."
S_CAP = "In 2023 one Ecuadorian broker, Marlon Iván Preciado-Vélez, alias \"El Capitán,\" was arrested in San José, Costa Rica, with satellite phones that Guatemalan police later traced to a landing strip in Petén."
S_MAYO = "Madam Chair, after Ismael \"El Mayo\" Zambada García and Joaquín Guzmán López were taken into custody in El Paso on July 25, 2024, the factions of the cartel began fighting in Culiacán."
S_SEPT = "The violence started that September and has not stopped."
S_VET = "When the Honduran police's vetted unit lost its funding in February, two of its investigations stopped the following week."
S_NEXT = "We will hold a second hearing on the Caribbean next month."
EXTRA_COUNTRIES |= {"Dominican Republic"}
doc(F, SRC, "TRANSIT ZONES: FENTANYL AND COCAINE ROUTES THROUGH CENTRAL AMERICA AND THE CARIBBEAN",
    "2025-04-09", "day", "Wednesday, April 9, 2025",
    people=[P("María Elvira Salazar", "Hon. María Elvira Salazar", "Ms. SALAZAR", "Chairwoman Salazar", "Salazar", country="United States", roles=["chairwoman of the subcommittee"]),
            P("Joaquin Castro", "Ranking Member Joaquin Castro", "Ranking Member Castro", "Mr. CASTRO", "Castro", country="United States", roles=["Ranking Member"]),
            P("Gregory T. Aldana", "Mr. Gregory T. Aldana", "Mr. ALDANA", "Mr. Aldana", "Aldana", country="United States", roles=["Deputy Assistant Secretary, INL", "witness"]),
            P("Beatriz Helena Souza-Carvalho", "Dr. Beatriz Helena Souza-Carvalho", "Dr. SOUZA-CARVALHO", "Dr. Souza-Carvalho", "Souza-Carvalho", roles=["senior fellow at the Hemisphere Security Institute", "witness"]),
            P("Juan Orlando Hernández", country="Honduras", roles=["former President"]),
            P("Jimmy Chérizier", "Barbecue", country="Haiti", roles=["leader of Viv Ansanm"]),
            P("Marlon Iván Preciado-Vélez", "El Capitán", country="Ecuador", roles=["Ecuadorian broker"]),
            P("Ismael Zambada García", "Ismael \"El Mayo\" Zambada García", "El Mayo", country="Mexico", roles=["Sinaloa leader"]),
            P("Joaquín Guzmán López", country="Mexico", roles=["Sinaloa leader"])],
    organizations=[O("Subcommittee on the Western Hemisphere", "SUBCOMMITTEE ON THE WESTERN HEMISPHERE", kind="government body"),
                   O("Committee on Foreign Affairs", "COMMITTEE ON FOREIGN AFFAIRS", kind="government body"),
                   O("Coast Guard", kind="security force"),
                   O("Bureau of International Narcotics and Law Enforcement Affairs", "INL", kind="government body"),
                   O("Department of State", kind="government body"),
                   O("Hemisphere Security Institute", kind="ngo"),
                   O("Clan del Golfo", kind="criminal group"),
                   O("Sinaloa Cartel", "Sinaloa", kind="criminal group"),
                   O("Jalisco New Generation Cartel", kind="criminal group"),
                   O("DEA", kind="government body"),
                   O("Drug Control Police", "Policía de Control de Drogas", "PCD", kind="security force"),
                   O("Viv Ansanm", kind="criminal group"),
                   O("Los Choneros", kind="criminal group"),
                   O("Los Lobos", kind="criminal group")],
    places=[reg("Central America"), reg("Caribbean"), fac("Port Everglades", "United States"), US(),
            C("Guatemala"), C("Honduras"), C("Mexico"), C("Haiti"), C("Trinidad and Tobago"), C("Ecuador"), C("Costa Rica"),
            C("Belize"), C("Belgium"),
            fac("Caucedo", "Dominican Republic"), city("Santo Domingo", "Dominican Republic"), fac("Moín", "Costa Rica"),
            city("Port-au-Prince", "Haiti"), reg("Europe"), oth("Galápagos", "Ecuador"), city("San José", "Costa Rica"),
            state("Petén", "Guatemala"), city("El Paso", "United States"), city("Culiacán", "Mexico"), reg("Yucatán Peninsula"),
            fac("Rayburn House Office Building", "United States")],
    aliases=[A("Bureau of International Narcotics and Law Enforcement Affairs", "INL", "acronym", "Bureau of International Narcotics and Law Enforcement Affairs (INL)"),
             A("Drug Control Police", "Policía de Control de Drogas", "translation", "Drug Control Police (Policía de Control de Drogas, PCD)"),
             A("Drug Control Police", "PCD", "acronym", "Policía de Control de Drogas, PCD"),
             A("Jimmy Chérizier", "Barbecue", "nickname", "Jimmy Chérizier, known as \"Barbecue,\""),
             A("Marlon Iván Preciado-Vélez", "El Capitán", "nickname", "Marlon Iván Preciado-Vélez, alias \"El Capitán,\""),
             A("Ismael Zambada García", "El Mayo", "nickname", "Ismael \"El Mayo\" Zambada García")],
    events=[E("2025-03", "month", "Last month", "document date", ["United States"], "Coast Guard offloads more than 40,000 pounds of cocaine at Port Everglades", S_CG),
            E("2023-10", "month", "In October 2023", "explicit", ["Dominican Republic", "United States"], "Dominican authorities and the DEA find 1.2 tons of precursor chemicals at Caucedo", S_CAU),
            E("2022-04-21", "day", "On April 21, 2022", "explicit", ["Honduras", "United States"], "Honduras extradites former President Juan Orlando Hernández", S_JOH),
            E("2024-03", "month", "in March 2024", "explicit", ["United States"], "jury in the Southern District of New York convicts Hernández", S_JOH),
            E("2024", "year", "Last year", "document date", ["Costa Rica"], "Costa Rica's Drug Control Police dismantle a network loading cocaine at Moín for Belgium", S_PCD),
            E("2025-02", "month", "In February", "document date", ["United States"], "United States designates the Sinaloa Cartel, the CJNG and six other groups as Foreign Terrorist Organizations", S_FTO),
            E("2023", "year", "In 2023", "explicit", ["Costa Rica"], "Ecuadorian broker Preciado-Vélez arrested in San José, Costa Rica", S_CAP),
            E("2024-07-25", "day", "on July 25, 2024", "explicit", ["United States"], "El Mayo Zambada and Joaquín Guzmán López taken into custody in El Paso", S_MAYO),
            E("2024-09", "month", "that September", "context", ["Mexico"], "Sinaloa Cartel factions begin fighting in Culiacán", S_SEPT),
            E("2025-02", "month", "in February", "document date", ["Honduras", "United States"], "Honduran police's vetted unit loses its (US) funding", S_VET),
            E("2025", "year", "the following week", "context", ["Honduras"], "two of the vetted unit's investigations stop", S_VET),
            E("2025-05", "month", "next month", "document date", ["United States"], "subcommittee to hold a second hearing on the Caribbean", S_NEXT)],
    optional={"organizations": ["HOUSE OF REPRESENTATIVES", "Central America Regional Security Initiative", "CARSI", "Caribbean Basin Security Initiative", "CBSI",
                                "Foreign Terrorist Organizations", "Honduran police", "Guatemalan police", "Dominican authorities", "administration"],
              "places": ["eastern Pacific", "port of Caucedo", "port of Moín", "Southern District of New York", "eastern Caribbean", "Pacific coast"],
              "events_evidence": [
                  "The subcommittee met, pursuant to notice, at 10:02 a.m., in room 2172, Rayburn House Office Building, Hon. María Elvira Salazar (chairwoman of the subcommittee) presiding.",
                  "Our witnesses today are Mr. Gregory T. Aldana, Deputy Assistant Secretary in the Bureau of International Narcotics and Law Enforcement Affairs (INL) at the Department of State, and Dr. Beatriz Helena Souza-Carvalho, a senior fellow at the Hemisphere Security Institute.",
                  "Since 2022, seizures in the eastern Caribbean have grown because gangs in Haiti and in Trinidad and Tobago offer protection and boats.",
                  "Mr. Aldana, what happened after the Sinaloa leaders were arrested last summer?",
                  "We have seen some Sinaloa cells move shipments to routes through Belize and the Yucatán Peninsula.",
                  "[Whereupon, at 11:48 a.m., the subcommittee was adjourned.]",
                  "The subcommittee stands adjourned."]},
    timeline_pair=("United States", "Honduras"))
checks(F)

NOTES = (
 "Held-out set E, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes and the dev2 notes (NOTES_a.md, NOTES_b.md); the texts were written for this set and "
 "annotated by reading alone (crimecli was never run on them). Additions and decisions: PUBLISHED is the document's own date line ('Frontera Abierta | "
 "14 March 2025', 'Quito/Bogotá, 30 July 2025', the DOJ page date, the newspaper's 'Sunday, November 9, 2025', the hearing date). ENTITIES: bylined "
 "authors are people without country (an all-caps byline keeps its caps form as a variant); congressional speaker labels ('Ms. SALAZAR', 'Mr. ALDANA', "
 "'Dr. SOUZA-CARVALHO') are variants; a witness from a think tank has country null; people named only by a nickname or a first name ('Tall Man', "
 "'Yeferson') are optional. 'First \"Nick\" Last' keeps the dev2 canonical form without the nickname ('Damion Wilmot', 'Abelardo Montes de Oca Ruiz', "
 "'Ismael Zambada García'). Jamaican parishes are 'state or department'; communities and neighbourhoods (Mount Salem, Norwood, Rose Heights, Granville) "
 "are 'other'; police stations, prisons, ports and a congressional office building are 'facility'; a named port ('the port of Caucedo', 'the port of Moín') "
 "is annotated by its name as a facility, with the lower-case 'port of X' phrase optional; a border bridge is 'border crossing or infrastructure' with "
 "country null; cross-border rivers (Táchira, Catatumbo) and the Yucatán Peninsula have country null. Legislatures ('House of Representatives'), "
 "'the Government', decrees, operations, plans, aid programmes (CARSI, CBSI), OCDETF, the Narcotics Rewards Program and 'Foreign Terrorist "
 "Organization(s)' are optional organisations; US judicial districts are optional places. ALIASES: 'goes by the nom de guerre \"X\"', 'otherwise "
 "called \"X\"', 'better known as \"X\"', 'X (\"Y\")', 'a.k.a. \"Y\"' and 'also known as \"A\" and \"B\"' (two pairs) are nicknames; acronyms of "
 "non-entities (SOE, CARSI, CBSI, OCDETF) are not aliases. EVENTS: weekday names in a Sunday newspaper resolve to the latest such weekday before "
 "the document date ('Last Wednesday' -> 2025-11-05); 'last weekend' is month precision; 'hours after <dated event>' takes the coarser month grain; "
 "'four days after the first attacks' (16 January) is day precision because the text fixes the day; 'in February ... the following week' can cross "
 "into March, so it is year grain; a year-less date after an explicit dated sentence ('on 9 January' after '7 January 2024') is resolved_from "
 "'context'; a hearing chair's 'We will hold a second hearing ... next month' is a scheduled event; the hearing's own opening and adjournment are "
 "optional. When a clause's date is given only by the next sentence ('... the factions of the cartel began fighting in Culiacán. The violence started "
 "that September'), the event is annotated once, on the dated sentence.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
