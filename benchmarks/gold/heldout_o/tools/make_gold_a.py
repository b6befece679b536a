#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set O in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json and heldout_e, with the
decisions in ../NOTES_a.md. Run it after any edit: it asserts that every evidence string,
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
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge Deputy Minister Admiral Vice Father President Governor
Security Foreign Mr. Dr. Consul""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set O document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"


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
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)


EXTRA_COUNTRIES = set()

# ---------------------------------------------------------------- 01 Costa Rica MSP press release, Caldera
F = "01_caldera_port_cocaine_network_2024.txt"
CR = "Costa Rica"
S_RAID = "On Tuesday, agents of the OIJ and the Drug Control Police (Policía de Control de Drogas, PCD) raided 14 properties in Puntarenas, Esparza and Alajuela, arrested nine people and seized 2.1 tonnes of cocaine hidden in containers of pineapple concentrate."
S_BEL = "The investigation began on 3 March 2023, when Belgian customs found 800 kilograms of cocaine in a container that had left Caldera eleven days earlier."
S_CASE = "Two months later, the OIJ opened a case file, and in September 2023 the Public Prosecutor's Office (Ministerio Público) obtained judicial authorisation to intercept the suspects' phones."
S_ZAM = "Minister of Public Security Mario Zamora Cordero said on Wednesday that the network worked for the Gulf Clan (Clan del Golfo) of Colombia and paid local gangs in the Puntarenas neighbourhoods of Barranca and El Roble in cash and drugs."
S_CHEPE = "The structure's alleged financier, the Colombian national Hernán Darío Ospina Restrepo, a.k.a. \"Don Chepe\", was arrested in Cartagena on 28 October by the Colombian National Police."
S_ALG = "Last month, a court in Algeciras, Spain, also charged three men who received the shipments at the Spanish port."
S_ARIAS = "The Deputy Minister of Security, Martín Arias Araya, met officials of the United States Embassy and the Drug Enforcement Administration (DEA) on 7 November to share evidence, and the following day he travelled to Panama City for a regional meeting of port authorities."
S_COURT = "A criminal court in Puntarenas ordered six months of preventive detention for seven of the detainees this morning, and two were released with restrictions, including a ban on leaving the country."
S_SNG = "In a separate operation, the National Coast Guard Service (Servicio Nacional de Guardacostas, SNG) intercepted a go-fast boat near Cocos Island on Sunday and detained three Nicaraguans and a Costa Rican."
doc(F, SRC, "Ministry of Public Security Reports Dismantling of Caldera Port Cocaine Network",
    "2024-11-14", "day", "PRESS RELEASE No. 87-2024 | San José, Thursday, November 14, 2024",
    people=[P("Marvin Antonio Quesada-Brenes", "El Capitán", country=CR, roles=["former customs broker", "detainee"]),
            P("Yorleny Patricia Araya Mora", "La Tica", country=CR, roles=["detainee"]),
            P("Mario Zamora Cordero", "Minister Zamora", "Zamora", country=CR, roles=["Minister of Public Security"]),
            P("Hernán Darío Ospina Restrepo", "Don Chepe", country="Colombia", roles=["alleged financier"]),
            P("Martín Arias Araya", "Deputy Minister Arias", "Arias", country=CR, roles=["Deputy Minister of Security"])],
    organizations=[O("Ministry of Public Security", "Ministerio de Seguridad Pública", "MSP", kind="government body"),
                   O("Judicial Investigation Agency", "Organismo de Investigación Judicial", "OIJ", kind="security force"),
                   O("Drug Control Police", "Policía de Control de Drogas", "PCD", kind="security force"),
                   O("Public Prosecutor's Office", "Ministerio Público", kind="government body"),
                   O("Gulf Clan", "Clan del Golfo", kind="criminal group"),
                   O("Colombian National Police", kind="security force"),
                   O("United States Embassy", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("National Coast Guard Service", "Servicio Nacional de Guardacostas", "SNG", kind="security force")],
    places=[C(CR, "Republic of Costa Rica"), C("Colombia"), C("Spain"), C("Panama"), C("United States"),
            fac("Caldera", CR, "port of Caldera", "Caldera terminal"), state("Puntarenas", CR), city("Esparza", CR),
            city("Alajuela", CR), city("San José", CR), oth("Barranca", CR), oth("El Roble", CR), city("Cartagena", "Colombia"),
            city("Algeciras", "Spain"), city("Panama City", "Panama"), fac("Moín", CR), oth("Cocos Island", CR)],
    aliases=[A("Ministry of Public Security", "Ministerio de Seguridad Pública", "translation", "Ministry of Public Security (Ministerio de Seguridad Pública, MSP)"),
             A("Ministry of Public Security", "MSP", "acronym", "Ministerio de Seguridad Pública, MSP"),
             A("Judicial Investigation Agency", "Organismo de Investigación Judicial", "translation", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Judicial Investigation Agency", "OIJ", "acronym", "Organismo de Investigación Judicial, OIJ"),
             A("Drug Control Police", "Policía de Control de Drogas", "translation", "Drug Control Police (Policía de Control de Drogas, PCD)"),
             A("Drug Control Police", "PCD", "acronym", "Policía de Control de Drogas, PCD"),
             A("Public Prosecutor's Office", "Ministerio Público", "translation", "Public Prosecutor's Office (Ministerio Público)"),
             A("Gulf Clan", "Clan del Golfo", "translation", "Gulf Clan (Clan del Golfo)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("National Coast Guard Service", "Servicio Nacional de Guardacostas", "translation", "National Coast Guard Service (Servicio Nacional de Guardacostas, SNG)"),
             A("National Coast Guard Service", "SNG", "acronym", "Servicio Nacional de Guardacostas, SNG"),
             A("Marvin Antonio Quesada-Brenes", "El Capitán", "nickname", "Marvin Antonio Quesada-Brenes, known as \"El Capitán\""),
             A("Yorleny Patricia Araya Mora", "La Tica", "nickname", "Yorleny Patricia Araya Mora, alias \"La Tica\""),
             A("Hernán Darío Ospina Restrepo", "Don Chepe", "nickname", "Hernán Darío Ospina Restrepo, a.k.a. \"Don Chepe\"")],
    events=[E("2024-11-12", "day", "On Tuesday", "document date", [CR], "OIJ and PCD raid 14 properties in Puntarenas, Esparza and Alajuela", S_RAID),
            E("2024-11-12", "day", "On Tuesday", "document date", [CR], "nine people arrested", S_RAID),
            E("2024-11-12", "day", "On Tuesday", "document date", [CR], "2.1 tonnes of cocaine seized in pineapple-concentrate containers", S_RAID),
            E("2023-03-03", "day", "on 3 March 2023", "explicit", ["Belgium"], "Belgian customs find 800 kg of cocaine in a container from Caldera", S_BEL),
            E("2023-02-20", "day", "eleven days earlier", "context", [CR], "container carrying the cocaine leaves Caldera", S_BEL),
            E("2023-05", "month", "Two months later", "context", [CR], "OIJ opens a case file", S_CASE),
            E("2023-09", "month", "in September 2023", "explicit", [CR], "Public Prosecutor's Office obtains authorisation to intercept phones", S_CASE),
            E("2024-11-13", "day", "on Wednesday", "document date", [CR, "Colombia"], "Zamora says the network worked for the Gulf Clan", S_ZAM),
            E("2024-10-28", "day", "on 28 October", "document date", ["Colombia"], "Ospina Restrepo (Don Chepe) arrested in Cartagena", S_CHEPE),
            E("2024-10", "month", "Last month", "document date", ["Spain"], "court in Algeciras charges three men who received the shipments", S_ALG),
            E("2024-11-07", "day", "on 7 November", "document date", [CR, "United States"], "Arias Araya meets US Embassy and DEA officials to share evidence", S_ARIAS),
            E("2024-11-08", "day", "the following day", "context", [CR, "Panama"], "Arias Araya travels to Panama City for a regional meeting of port authorities", S_ARIAS),
            E("2024-11-14", "day", "this morning", "document date", [CR], "Puntarenas court orders six months' preventive detention for seven detainees", S_COURT),
            E("2024-11-14", "day", "this morning", "document date", [CR], "two detainees released with restrictions", S_COURT),
            E("2024-11-10", "day", "on Sunday", "document date", [CR], "Coast Guard intercepts a go-fast boat near Cocos Island", S_SNG),
            E("2024-11-10", "day", "on Sunday", "document date", [CR, "Nicaragua"], "three Nicaraguans and a Costa Rican detained", S_SNG)],
    optional={"people": [], "organizations": ["Press Office", "Belgian customs"],
              "places": ["Europe"],
              "events_evidence": [
                  "Costa Rica will request his extradition in the coming weeks, according to the Public Prosecutor's Office.",
                  "In 2023, Costa Rican authorities seized more than 27 tonnes of cocaine, most of it in containers leaving the ports of Moín and Caldera.",
                  "The crew threw part of the load overboard; officers recovered 640 kilograms of cocaine.",
                  "Agents also detained Yorleny Patricia Araya Mora, alias \"La Tica\", who allegedly rented the warehouses in Esparza, and two dock workers whose names are withheld under Costa Rican law."]},
    timeline_pair=(CR, "Colombia"))
EXTRA_COUNTRIES |= {"Belgium", "Nicaragua"}
checks(F)

# ---------------------------------------------------------------- 02 Darién feature
F = "02_darien_toll_collectors_2024.txt"
CO, PA = "Colombia", "Panama"
S_OTO = "Baena Mosquera took over the route after the capture of Dairo Antonio Úsuga David, alias \"Otoniel\", on 23 October 2021, and the clan's new leader, Jobanis de Jesús Ávila Villadiego (\"Chiquito Malo\"), confirmed him in the post the following month."
S_EXTR = "Otoniel was extradited to the United States on 4 May 2022."
S_CAR = "Baena's partner in Necoclí, a boat owner named Wilmer Alexis Córdoba Palacios, a.k.a. \"Caracol,\" was arrested by the Colombian National Police on 14 March 2024 and released four days later for lack of evidence."
S_TORT = "Guides said a Panamanian smuggler, Abdiel Omar Quintero-Zapata, nicknamed \"Tortuga\", collected a third toll at Lajas Blancas until he was detained at the Metetí checkpoint on 9 June."
S_CHG = "Prosecutors charged him with human trafficking the next day; his lawyer, Gisela M. Rangel, said he was only a boat driver."
S_MSF = "In February, Médecins Sans Frontières (MSF) said it had treated 233 victims of sexual violence in January alone, and on 7 March the Panamanian government ordered the organisation to suspend its work in Darién."
S_MUL = "José Raúl Mulino took office as president of Panama on 1 July and the same day signed a memorandum with the United States under which Washington pays for flights returning migrants who cross the jungle."
S_ABR = "Security Minister Frank Ábrego said last week that three trails had been closed with barbed wire."
S_FLT = "On Tuesday, the first deportation flight under the agreement left Panama City for Medellín with 29 Colombians on board."
S_WAR = "On 15 August, the Attorney General's Office (Fiscalía General de la Nación) issued an arrest warrant for Baena Mosquera for migrant smuggling and money laundering."
doc(F, SRC, "The Toll Collectors of the Darién: How a Smuggling Clan Turned the Jungle Into a Business",
    "2024-08-22", "day", "By Elena Marchetti and Rubén D. Acosta | 22 Aug 2024",
    people=[P("Elena Marchetti", roles=["author"]), P("Rubén D. Acosta", roles=["author"]),
            P("Teodoro Baena Mosquera", "Baena Mosquera", "Baena", "El Profe", country=CO, roles=["organiser of the crossing for the Gulf Clan"]),
            P("Dairo Antonio Úsuga David", "Otoniel", country=CO, roles=["former Gulf Clan leader"]),
            P("Jobanis de Jesús Ávila Villadiego", "Chiquito Malo", country=CO, roles=["Gulf Clan leader"]),
            P("Wilmer Alexis Córdoba Palacios", "Caracol", country=CO, roles=["boat owner"]),
            P("Abdiel Omar Quintero-Zapata", "Tortuga", country=PA, roles=["smuggler"]),
            P("Gisela M. Rangel", country=PA, roles=["lawyer"]),
            P("José Raúl Mulino", "Mulino", country=PA, roles=["President"]),
            P("Frank Ábrego", "Security Minister Frank Ábrego", country=PA, roles=["Security Minister"])],
    organizations=[O("Gaitanista Army of Colombia", "Gulf Clan", "Ejército Gaitanista de Colombia", "EGC", kind="criminal group"),
                   O("Ombudsman's Office", "Defensoría del Pueblo", kind="government body"),
                   O("Colombian National Police", kind="security force"),
                   O("National Border Service", "Servicio Nacional de Fronteras", "SENAFRONT", kind="security force"),
                   O("Médecins Sans Frontières", "MSF", kind="nonprofit"),
                   O("Ministry of Health", kind="government body"),
                   O("Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("National Migration Service", kind="government body"),
                   O("Fundación Gabo", kind="nonprofit")],
    places=[C(CO), C(PA), US(),
            city("Acandí", CO, "ACANDÍ"), city("Necoclí", CO), oth("Gulf of Urabá", CO), city("Capurganá", CO), city("Turbo", CO),
            city("Bajo Chiquito", PA), oth("Tuquesa River", PA), city("Lajas Blancas", PA), infra("Metetí checkpoint", PA, "Metetí"),
            state("Darién", PA, "the Darién"), city("Panama City", PA), city("Medellín", CO), oth("Carreto", PA), reg("Guna Yala", PA)],
    aliases=[A("Gaitanista Army of Colombia", "Gulf Clan", "nickname", "the Gulf Clan, the armed group that now calls itself the Gaitanista Army of Colombia (Ejército Gaitanista de Colombia, EGC)"),
             A("Gaitanista Army of Colombia", "Ejército Gaitanista de Colombia", "translation", "Gaitanista Army of Colombia (Ejército Gaitanista de Colombia, EGC)"),
             A("Gaitanista Army of Colombia", "EGC", "acronym", "Ejército Gaitanista de Colombia, EGC"),
             A("Ombudsman's Office", "Defensoría del Pueblo", "translation", "Ombudsman's Office (Defensoría del Pueblo)"),
             A("Teodoro Baena Mosquera", "El Profe", "nickname", "Teodoro Baena Mosquera, known as \"El Profe\""),
             A("Dairo Antonio Úsuga David", "Otoniel", "nickname", "Dairo Antonio Úsuga David, alias \"Otoniel\""),
             A("Jobanis de Jesús Ávila Villadiego", "Chiquito Malo", "nickname", "Jobanis de Jesús Ávila Villadiego (\"Chiquito Malo\")"),
             A("Wilmer Alexis Córdoba Palacios", "Caracol", "nickname", "Wilmer Alexis Córdoba Palacios, a.k.a. \"Caracol,\""),
             A("Abdiel Omar Quintero-Zapata", "Tortuga", "nickname", "Abdiel Omar Quintero-Zapata, nicknamed \"Tortuga\""),
             A("National Border Service", "Servicio Nacional de Fronteras", "translation", "National Border Service (Servicio Nacional de Fronteras, SENAFRONT)"),
             A("National Border Service", "SENAFRONT", "acronym", "Servicio Nacional de Fronteras, SENAFRONT"),
             A("Médecins Sans Frontières", "MSF", "acronym", "Médecins Sans Frontières (MSF)"),
             A("Attorney General's Office", "Fiscalía General de la Nación", "translation", "Attorney General's Office (Fiscalía General de la Nación)")],
    events=[E("2021-10-23", "day", "on 23 October 2021", "explicit", [CO], "Otoniel captured", S_OTO),
            E("2021-11", "month", "the following month", "context", [CO], "Chiquito Malo confirms Baena Mosquera in charge of the crossing", S_OTO),
            E("2022-05-04", "day", "on 4 May 2022", "explicit", [CO, "United States"], "Otoniel extradited to the United States", S_EXTR),
            E("2024-03-14", "day", "on 14 March 2024", "explicit", [CO], "Córdoba Palacios (Caracol) arrested by the Colombian police", S_CAR),
            E("2024-03-18", "day", "four days later", "context", [CO], "Córdoba Palacios released for lack of evidence", S_CAR),
            E("2024-06-09", "day", "on 9 June", "document date", [PA], "Quintero-Zapata (Tortuga) detained at the Metetí checkpoint", S_TORT),
            E("2024-06-10", "day", "the next day", "context", [PA], "prosecutors charge Quintero-Zapata with human trafficking", S_CHG),
            E("2024-02", "month", "In February", "document date", [PA], "MSF says it treated 233 victims of sexual violence in January", S_MSF),
            E("2024-03-07", "day", "on 7 March", "document date", [PA], "Panamanian government orders MSF to suspend its work in Darién", S_MSF),
            E("2024-07-01", "day", "on 1 July", "document date", [PA], "Mulino takes office as president of Panama", S_MUL),
            E("2024-07-01", "day", "the same day", "context", [PA, "United States"], "Panama signs a memorandum with the US on paid return flights", S_MUL),
            E("2024-08", "month", "last week", "document date", [PA], "Ábrego says three trails were closed with barbed wire", S_ABR),
            E("2024-08-20", "day", "On Tuesday", "document date", [PA, CO], "first deportation flight leaves Panama City for Medellín with 29 Colombians", S_FLT),
            E("2024-08-15", "day", "On 15 August", "document date", [CO], "Fiscalía issues an arrest warrant for Baena Mosquera", S_WAR)],
    optional={"people": ["Chombo", "Negro"],
              "organizations": ["Panamanian government", "Washington"],
              "places": ["Caribbean coast of Guna Yala"],
              "events_evidence": [
                  "MSF returned months later under a new agreement with the Ministry of Health.",
                  "More than 520,000 people crossed the Darién in 2023, according to Panama's National Migration Service.",
                  "For eight months, we interviewed 41 migrants, guides, boat owners and officials in Colombia and Panama.",
                  "He has not been seen in Necoclí since.",
                  "Politics changed again this summer."]},
    timeline_pair=(PA, CO))
checks(F)

# ---------------------------------------------------------------- 03 SEMAR communiqué, Sonora 2015
F = "03_semar_sonora_semisubmersible_2015.txt"
MX, EC = "Mexico", "Ecuador"
S_INT = "The Secretariat of the Navy (Secretaría de Marina, SEMAR), through the Fourth Naval Region, reports that on Wednesday 17 June naval personnel patrolling the Gulf of California intercepted a semi-submersible vessel 60 nautical miles west of Guaymas, Sonora, and arrested its five crew members."
S_DET = "The vessel had been detected two days earlier by a maritime patrol aircraft flying from the Naval Air Station at La Paz, Baja California Sur."
S_HAND = "The detainees were brought to the port of Guaymas on Thursday and handed over, together with the drugs, to the Federal Public Prosecutor's Office (Ministerio Público de la Federación) of the Attorney General's Office (Procuraduría General de la República, PGR) in Hermosillo."
S_CHINO = "On 3 June, Navy personnel detained Moreno Salcido's brother, Luis Fernando Moreno Salcido (\"El Chino\"), at a ranch near Puerto Peñasco, and seized 14 rifles and two grenade launchers."
S_FUEL = "On 11 June, a Navy helicopter crew located a fuel stash on Tiburón Island, and marines seized 9,000 litres of diesel there two days later."
S_CAPI = "A sixth suspect, the Ecuadorian national Segundo Wilmer Cedeño Macías, also known as \"Capi\", was arrested this Friday morning by the National Police of Ecuador in Manta, acting on information shared by SEMAR."
S_STRIP = "Last month, marines of the Naval Sector of Puerto Peñasco found a clandestine airstrip in the municipality of Pitiquito and destroyed it the following day with explosives."
S_APR = "In April, Vice Admiral Carlos E. Ortega-Medina, commander of the Fourth Naval Region, met Sonora Governor Guillermo Padrés Elías and commanders of the Federal Police in Hermosillo to coordinate patrols of the coast and the border with Arizona."
S_TODAY = "Today, the Secretary of the Navy, Admiral Vidal Francisco Soberón Sanz, congratulated the crew of the ARM Sonora and the aircrew from La Paz."
doc(F, SRC, "Navy Intercepts Semi-Submersible in the Gulf of California and Arrests Five Crew Members",
    "2015-06-19", "day", "Published: 2015-06-19 21:05",
    people=[P("Raúl Édgar Moreno Salcido", "Moreno Salcido", "El 50", country=MX, roles=["leader of Los Salazar cell"]),
            P("Luis Fernando Moreno Salcido", "El Chino", country=MX, roles=["detainee", "brother of Raúl Édgar Moreno Salcido"]),
            P("Segundo Wilmer Cedeño Macías", "Capi", country=EC, roles=["suspect"]),
            P("Carlos E. Ortega-Medina", "Vice Admiral Carlos E. Ortega-Medina", country=MX, roles=["commander of the Fourth Naval Region"]),
            P("Guillermo Padrés Elías", "Sonora Governor Guillermo Padrés Elías", country=MX, roles=["Governor of Sonora"]),
            P("Vidal Francisco Soberón Sanz", "Admiral Vidal Francisco Soberón Sanz", "Admiral Soberón", "Soberón", country=MX, roles=["Secretary of the Navy"])],
    organizations=[O("Secretariat of the Navy", "Secretaría de Marina", "SEMAR", "SECRETARIAT OF THE NAVY", "Navy", kind="security force"),
                   O("Fourth Naval Region", kind="security force"),
                   O("Federal Public Prosecutor's Office", "Ministerio Público de la Federación", kind="government body"),
                   O("Attorney General's Office", "Procuraduría General de la República", "PGR", kind="government body"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Los Salazar", kind="criminal group"),
                   O("National Police of Ecuador", kind="security force"),
                   O("Naval Sector of Puerto Peñasco", kind="security force"),
                   O("Federal Police", kind="security force"),
                   O("Office of Social Communication", kind="government body")],
    places=[C(MX, "Mexico's"), C(EC),
            oth("Gulf of California", MX), city("Guaymas", MX), state("Sonora", MX), fac("Naval Air Station at La Paz", MX), city("La Paz", MX),
            state("Baja California Sur", MX), fac("port of Guaymas", MX), city("Hermosillo", MX), city("Caborca", MX), city("Altar", MX),
            city("Puerto Peñasco", MX), oth("Tiburón Island", MX), city("Manta", EC), city("Pitiquito", MX), state("Arizona", "United States"),
            fac("Naval Shipyard in Guaymas", MX), oth("Pacific Ocean", None), city("Mexico City", MX)],
    aliases=[A("Secretariat of the Navy", "Secretaría de Marina", "translation", "Secretariat of the Navy (Secretaría de Marina, SEMAR)"),
             A("Secretariat of the Navy", "SEMAR", "acronym", "Secretaría de Marina, SEMAR"),
             A("Federal Public Prosecutor's Office", "Ministerio Público de la Federación", "translation", "Federal Public Prosecutor's Office (Ministerio Público de la Federación)"),
             A("Attorney General's Office", "Procuraduría General de la República", "translation", "Attorney General's Office (Procuraduría General de la República, PGR)"),
             A("Attorney General's Office", "PGR", "acronym", "Procuraduría General de la República, PGR"),
             A("Raúl Édgar Moreno Salcido", "El 50", "nickname", "Raúl Édgar Moreno Salcido, alias \"El 50\""),
             A("Luis Fernando Moreno Salcido", "El Chino", "nickname", "Luis Fernando Moreno Salcido (\"El Chino\")"),
             A("Segundo Wilmer Cedeño Macías", "Capi", "nickname", "Segundo Wilmer Cedeño Macías, also known as \"Capi\"")],
    events=[E("2015-06-17", "day", "on Wednesday 17 June", "document date", [MX], "Navy intercepts a semi-submersible west of Guaymas", S_INT),
            E("2015-06-17", "day", "on Wednesday 17 June", "document date", [MX], "five crew members arrested", S_INT),
            E("2015-06-15", "day", "two days earlier", "context", [MX], "maritime patrol aircraft from La Paz detects the vessel", S_DET),
            E("2015-06-18", "day", "on Thursday", "document date", [MX], "detainees brought to the port of Guaymas", S_HAND),
            E("2015-06-18", "day", "on Thursday", "document date", [MX], "detainees and drugs handed to the federal prosecutor (PGR) in Hermosillo", S_HAND),
            E("2015-06-03", "day", "On 3 June", "document date", [MX], "Navy detains Luis Fernando Moreno Salcido (El Chino) near Puerto Peñasco", S_CHINO),
            E("2015-06-03", "day", "On 3 June", "document date", [MX], "14 rifles and two grenade launchers seized", S_CHINO),
            E("2015-06-11", "day", "On 11 June", "document date", [MX], "Navy helicopter crew locates a fuel stash on Tiburón Island", S_FUEL),
            E("2015-06-13", "day", "two days later", "context", [MX], "marines seize 9,000 litres of diesel", S_FUEL),
            E("2015-06-19", "day", "this Friday morning", "document date", [EC], "Cedeño Macías (Capi) arrested by Ecuadorian police in Manta", S_CAPI),
            E("2015-05", "month", "Last month", "document date", [MX], "marines find a clandestine airstrip in Pitiquito", S_STRIP),
            E("2015-05", "month", "the following day", "context", [MX], "marines destroy the airstrip", S_STRIP),
            E("2015-04", "month", "In April", "document date", [MX], "Ortega-Medina meets Governor Padrés Elías and Federal Police in Hermosillo", S_APR),
            E("2015-06-19", "day", "Today", "document date", [MX], "Soberón congratulates the crew of the ARM Sonora", S_TODAY)],
    optional={"people": [], "organizations": ["ARM Sonora"],
              "places": [],
              "events_evidence": [
                  "The crew, three Mexicans and two Ecuadorians, tried to scuttle the craft, and the boarding team of the patrol vessel ARM Sonora recovered 1.4 tonnes of cocaine in 61 packages.",
                  "The semi-submersible will be towed to the Naval Shipyard in Guaymas next week for study by the Navy's technical staff.",
                  "In 2014, SEMAR seized seven semi-submersibles in the Pacific Ocean, more than in any previous year.",
                  "\"The sea is not a free road for organised crime,\" Admiral Soberón said."]},
    timeline_pair=(MX,))
checks(F)

# ---------------------------------------------------------------- 04 Hispaniola border digest, September 2023
F = "04_hispaniola_border_digest_2023.txt"
DR, HT = "Dominican Republic", "Haiti"
S_01 = "1 Sep — Soldiers of the Specialized Corps for Land Border Security (Cuerpo Especializado de Seguridad Fronteriza Terrestre, CESFRONT) detained 212 undocumented Haitians near Dajabón and deported them the same day through the Ouanaminthe crossing."
S_04 = "4 Sep — In Elías Piña, army intelligence agents arrested Jean-Robert Saintil, alias \"Ti Bouda\", a Haitian arms trafficker linked to the 400 Mawozo gang, with nine pistols hidden in a truck of charcoal."
S_06 = "6 Sep — Dominican Foreign Minister Roberto Álvarez said Haitian farmers had resumed digging a canal on the Massacre River (Rivière du Massacre), and two days later the Haitian Ministry of Foreign Affairs replied that the works were private and legal."
S_14 = "14 Sep — President Luis Abinader announced the closure of all land, sea and air borders with Haiti, and the closure took effect at 6 a.m. the next day."
S_17 = "17 Sep — In Ouanaminthe, officers of the Haitian National Police (Police Nationale d'Haïti, PNH) seized 40 kilograms of marijuana and arrested two men who had crossed the river at night."
S_18 = "18 Sep — The binational market in Dajabón stayed closed for the first Monday in years, and traders in Ouanaminthe blocked the Friendship Bridge for four hours in protest."
S_21 = "21 Sep — The National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD) arrested Wilson Radhamés Peralta Gil, nicknamed \"El Cojo\", in Montecristi."
S_27 = "27 Sep — A Haitian man was shot dead by a Dominican patrol near Pedernales; the ERD said the next day that its soldiers had been attacked with stones and machetes."
S_UN = "On Monday, the United Nations Security Council authorised a Multinational Security Support mission led by Kenya to help the Haitian police fight the gangs."
doc(F, SRC, "Hispaniola Border Security Digest — September 2023",
    "2023-10-03", "day", "Updated October 3, 2023",
    people=[P("Jean-Robert Saintil", "Ti Bouda", country=HT, roles=["arms trafficker"]),
            P("Roberto Álvarez", "Dominican Foreign Minister Roberto Álvarez", country=DR, roles=["Foreign Minister"]),
            P("Luis Abinader", "President Luis Abinader", country=DR, roles=["President"]),
            P("Wilson Radhamés Peralta Gil", "El Cojo", country=DR, roles=["suspected ammunition smuggler"]),
            P("Marie-Claude Toussaint", country=HT, roles=["Haitian consul in Anse-à-Pitres"])],
    organizations=[O("Observatorio Fronterizo Dajabón-Ouanaminthe", "Observatorio", kind="nonprofit"),
                   O("Specialized Corps for Land Border Security", "Cuerpo Especializado de Seguridad Fronteriza Terrestre", "CESFRONT", kind="security force"),
                   O("400 Mawozo", kind="criminal group"),
                   O("Haitian Ministry of Foreign Affairs", kind="government body"),
                   O("Army of the Dominican Republic", "Ejército de República Dominicana", "ERD", kind="security force"),
                   O("Haitian National Police", "Police Nationale d'Haïti", "PNH", kind="security force"),
                   O("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "DNCD", kind="security force"),
                   O("United Nations Security Council", kind="international organization"),
                   O("Multinational Security Support mission", kind="international organization"),
                   O("Listín Diario", kind="media"), O("Le Nouvelliste", kind="media")],
    places=[C(DR), C(HT), C("Kenya"),
            city("Dajabón", DR), city("Ouanaminthe", HT), infra("Ouanaminthe crossing", None), city("Elías Piña", DR),
            oth("Massacre River", None, "Rivière du Massacre"), city("Jimaní", DR), city("Pedernales", DR),
            infra("Friendship Bridge", None), city("Montecristi", DR), city("Port-au-Prince", HT), infra("Jimaní crossing", None),
            city("Anse-à-Pitres", HT), city("Restauración", DR), city("Loma de Cabrera", DR), oth("Hispaniola", None)],
    aliases=[A("Specialized Corps for Land Border Security", "Cuerpo Especializado de Seguridad Fronteriza Terrestre", "translation", "Specialized Corps for Land Border Security (Cuerpo Especializado de Seguridad Fronteriza Terrestre, CESFRONT)"),
             A("Specialized Corps for Land Border Security", "CESFRONT", "acronym", "Cuerpo Especializado de Seguridad Fronteriza Terrestre, CESFRONT"),
             A("Jean-Robert Saintil", "Ti Bouda", "nickname", "Jean-Robert Saintil, alias \"Ti Bouda\""),
             A("Massacre River", "Rivière du Massacre", "translation", "Massacre River (Rivière du Massacre)"),
             A("Army of the Dominican Republic", "Ejército de República Dominicana", "translation", "Army of the Dominican Republic (Ejército de República Dominicana, ERD)"),
             A("Army of the Dominican Republic", "ERD", "acronym", "Ejército de República Dominicana, ERD"),
             A("Haitian National Police", "Police Nationale d'Haïti", "translation", "Haitian National Police (Police Nationale d'Haïti, PNH)"),
             A("Haitian National Police", "PNH", "acronym", "Police Nationale d'Haïti, PNH"),
             A("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "translation", "National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD)"),
             A("National Drug Control Directorate", "DNCD", "acronym", "Dirección Nacional de Control de Drogas, DNCD"),
             A("Wilson Radhamés Peralta Gil", "El Cojo", "nickname", "Wilson Radhamés Peralta Gil, nicknamed \"El Cojo\"")],
    events=[E("2023-09-01", "day", "1 Sep", "document date", [DR, HT], "CESFRONT detains 212 undocumented Haitians near Dajabón", S_01),
            E("2023-09-01", "day", "the same day", "context", [DR, HT], "the 212 Haitians deported through the Ouanaminthe crossing", S_01),
            E("2023-09-04", "day", "4 Sep", "document date", [DR, HT], "army intelligence arrests Jean-Robert Saintil (Ti Bouda) in Elías Piña", S_04),
            E("2023-09-06", "day", "6 Sep", "document date", [DR, HT], "Álvarez says Haitian farmers resumed digging the Massacre River canal", S_06),
            E("2023-09-08", "day", "two days later", "context", [HT], "Haitian Ministry of Foreign Affairs replies that the works are private and legal", S_06),
            E("2023-09-14", "day", "14 Sep", "document date", [DR, HT], "Abinader announces the closure of all borders with Haiti", S_14),
            E("2023-09-15", "day", "the next day", "context", [DR, HT], "border closure takes effect", S_14),
            E("2023-09-17", "day", "17 Sep", "document date", [HT], "PNH seizes 40 kg of marijuana in Ouanaminthe", S_17),
            E("2023-09-17", "day", "17 Sep", "document date", [HT], "PNH arrests two men who crossed the river at night", S_17),
            E("2023-09-18", "day", "18 Sep", "document date", [DR], "Dajabón binational market stays closed", S_18),
            E("2023-09-18", "day", "18 Sep", "document date", [HT, DR], "traders in Ouanaminthe block the Friendship Bridge for four hours", S_18),
            E("2023-09-21", "day", "21 Sep", "document date", [DR], "DNCD arrests Wilson Radhamés Peralta Gil (El Cojo) in Montecristi", S_21),
            E("2023-09-27", "day", "27 Sep", "document date", [DR, HT], "Haitian man shot dead by a Dominican patrol near Pedernales", S_27),
            E("2023-09-28", "day", "the next day", "context", [DR], "ERD says its soldiers were attacked with stones and machetes", S_27),
            E("2023-10-02", "day", "On Monday", "document date", [HT, "Kenya"], "UN Security Council authorises a Kenyan-led Multinational Security Support mission for Haiti", S_UN)],
    optional={"people": [], "organizations": ["Dominican government", "Haitian police"],
              "places": [],
              "events_evidence": [
                  "The Haitian consul in Anse-à-Pitres, Marie-Claude Toussaint, asked for an independent investigation.",
                  "Troops of the Army of the Dominican Republic (Ejército de República Dominicana, ERD) were sent to Dajabón, Elías Piña, Jimaní and Pedernales.",
                  "Also this month: monitors counted at least 14 new trails opened by smugglers between Restauración and Loma de Cabrera after the closure.",
                  "Dominican officials welcomed the vote but said the border would stay closed until the canal question is settled.",
                  "The Dominican government has said it may reopen commercial trade at some crossings.",
                  "Haitian farmers in Ouanaminthe say they will finish the canal before the rainy season ends.",
                  "He is accused of smuggling ammunition to gangs in Port-au-Prince through the Jimaní crossing."]},
    timeline_pair=(DR, HT))
checks(F)

# ---------------------------------------------------------------- 05 op-ed, Chiapas border 2006-2012
F = "05_chiapas_border_zetas_oped_2013.txt"
MX, GT = "Mexico", "Guatemala"
S_ARR = "I arrived in Tapachula, Chiapas, in January 2006, three months after Hurricane Stan destroyed the railway that carried migrants north from Ciudad Hidalgo."
S_KID = "On 7 May of that year, gunmen of Los Zetas, then still the armed wing of the Gulf Cartel, kidnapped 23 Central Americans from a train near Arriaga, and the following week the first ransom calls reached families in Honduras and El Salvador."
S_KAIB = "He was arrested by the Federal Police in Tuxtla Gutiérrez on 12 November 2009 and escaped from the El Amate prison in Cintalapa in August of the following year."
S_SF = "When 72 migrants were found murdered at a ranch in San Fernando, Tamaulipas, on 24 August 2010, I recognised two names from our shelter's register."
S_SOL = "That autumn, Father Alejandro Solalinde, who ran a shelter in Ixtepec, Oaxaca, received new death threats, and on a Sunday in October a group of us drove to Mexico City to ask the Interior Ministry (Secretaría de Gobernación) for protection for him."
S_COCOS = "In Guatemala, on 15 May 2011, they murdered 27 farmworkers at the Los Cocos ranch in Petén, President Álvaro Colom declared a state of siege in the department the next day, and the following week Guatemalan troops arrested eleven suspects in Alta Verapaz."
S_KILL = "On 3 February, marines killed him in a shootout outside Comitán, and on 9 February the Chiapas state attorney general, Raciel López Salazar, confirmed his identity."
S_LEFT = "I left Tapachula that summer."
S_EPN = "On 1 December, Enrique Peña Nieto took office promising a new security strategy."
S_LAW = "On Thursday, the Congress of Chiapas approved a law for the protection of migrants that the shelters had demanded since 2008."
doc(F, SRC, "The Border We Forgot: What Chiapas Taught Me About the Zetas",
    "2013-03-18", "day", "March 18, 2013",
    people=[P("Ana Lucía Herrera-Vidal", roles=["author", "former coordinator of the Casa del Migrante Belén"]),
            P("Ovidio Hernández Chun", "El Kaibil", "El Tigre", country=GT, roles=["Zetas commander in Chiapas", "former Kaibil"]),
            P("Alejandro Solalinde", "Father Alejandro Solalinde", country=MX, roles=["priest", "shelter director in Ixtepec"]),
            P("Álvaro Colom", "President Álvaro Colom", country=GT, roles=["President"]),
            P("Raciel López Salazar", country=MX, roles=["Chiapas state attorney general"]),
            P("Enrique Peña Nieto", country=MX, roles=["President"])],
    organizations=[O("Mara Salvatrucha", "MS-13", kind="criminal group"),
                   O("Los Zetas", "Zetas", kind="criminal group"),
                   O("Gulf Cartel", kind="criminal group"),
                   O("Casa del Migrante Belén", kind="nonprofit"),
                   O("Federal Police", kind="security force"),
                   O("National Human Rights Commission", "Comisión Nacional de los Derechos Humanos", "CNDH", kind="government body"),
                   O("Interior Ministry", "Secretaría de Gobernación", kind="government body"),
                   O("Congress of Chiapas", kind="government body")],
    places=[C(MX), C(GT), C("Honduras"), C("El Salvador"),
            city("Tapachula", MX), state("Chiapas", MX), city("Ciudad Hidalgo", MX), oth("Suchiate River", None, "Suchiate"),
            city("Arriaga", MX), city("Tuxtla Gutiérrez", MX), fac("El Amate prison", MX, "El Amate"), city("Cintalapa", MX),
            city("San Fernando", MX), state("Tamaulipas", MX), city("Ixtepec", MX), state("Oaxaca", MX), city("Mexico City", MX),
            oth("Los Cocos ranch", GT), state("Petén", GT), state("Alta Verapaz", GT), city("Comitán", MX),
            state("Veracruz", MX), state("Tabasco", MX)],
    aliases=[A("Mara Salvatrucha", "MS-13", "acronym", "Mara Salvatrucha (MS-13)"),
             A("Ovidio Hernández Chun", "El Kaibil", "nickname", "Ovidio Hernández Chun, known as \"El Kaibil.\""),
             A("Ovidio Hernández Chun", "El Tigre", "nickname", "Migrants at our shelter, the Casa del Migrante Belén, called him by another name, \"El Tigre.\""),
             A("National Human Rights Commission", "Comisión Nacional de los Derechos Humanos", "translation", "National Human Rights Commission (Comisión Nacional de los Derechos Humanos, CNDH)"),
             A("National Human Rights Commission", "CNDH", "acronym", "Comisión Nacional de los Derechos Humanos, CNDH"),
             A("Interior Ministry", "Secretaría de Gobernación", "translation", "Interior Ministry (Secretaría de Gobernación)")],
    events=[E("2006-01", "month", "in January 2006", "explicit", [MX], "author arrives in Tapachula", S_ARR),
            E("2005-10", "month", "three months after", "context", [MX], "Hurricane Stan destroys the railway from Ciudad Hidalgo", S_ARR),
            E("2008-05-07", "day", "On 7 May of that year", "context", [MX], "Los Zetas kidnap 23 Central Americans from a train near Arriaga", S_KID),
            E("2008-05", "month", "the following week", "context", ["Honduras", "El Salvador"], "first ransom calls reach families in Honduras and El Salvador", S_KID),
            E("2009-11-12", "day", "on 12 November 2009", "explicit", [MX], "Federal Police arrest Hernández Chun (El Kaibil) in Tuxtla Gutiérrez", S_KAIB),
            E("2010-08", "month", "in August of the following year", "context", [MX], "Hernández Chun escapes from El Amate prison in Cintalapa", S_KAIB),
            E("2010-08-24", "day", "on 24 August 2010", "explicit", [MX], "72 migrants found murdered at a ranch in San Fernando, Tamaulipas", S_SF),
            E("2010", "season", "That autumn", "context", [MX], "Father Solalinde receives new death threats", S_SOL),
            E("2010-10", "month", "on a Sunday in October", "context", [MX], "shelter workers drive to Mexico City to ask the Interior Ministry for protection", S_SOL),
            E("2011-05-15", "day", "on 15 May 2011", "explicit", [GT], "Zetas murder 27 farmworkers at the Los Cocos ranch in Petén", S_COCOS),
            E("2011-05-16", "day", "the next day", "context", [GT], "Colom declares a state of siege in Petén", S_COCOS),
            E("2011-05", "month", "the following week", "context", [GT], "Guatemalan troops arrest eleven suspects in Alta Verapaz", S_COCOS),
            E("2012-02-03", "day", "On 3 February", "context", [MX], "marines kill Hernández Chun in a shootout outside Comitán", S_KILL),
            E("2012-02-09", "day", "on 9 February", "context", [MX], "López Salazar confirms Hernández Chun's identity", S_KILL),
            E("2012", "season", "that summer", "context", [MX], "author leaves Tapachula", S_LEFT),
            E("2012-12-01", "day", "On 1 December", "document date", [MX], "Peña Nieto takes office", S_EPN),
            E("2013-03-14", "day", "On Thursday", "document date", [MX], "Congress of Chiapas approves a migrant protection law", S_LAW)],
    optional={"people": [], "organizations": ["Kaibil", "Guatemalan troops"],
              "places": ["La Bestia"],
              "events_evidence": [
                  "That changed in 2008.",
                  "In 2009 the National Human Rights Commission (Comisión Nacional de los Derechos Humanos, CNDH) counted 9,758 migrants kidnapped in six months.",
                  "The last time I saw El Kaibil's name in print was in 2012.",
                  "By then the Zetas were splitting into factions and the kidnappings had moved to Veracruz and Tabasco.",
                  "So was the federal Migration Law of 2011.",
                  "Ana Lucía Herrera-Vidal coordinated the Casa del Migrante Belén in Tapachula from 2006 to 2012."]},
    timeline_pair=(MX, GT))
checks(F)

NOTES = (
 "Held-out set O, documents 01-05 (annotator a; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and heldout_e (make_gold_a.py, NOTES_a.md); texts written for this set and annotated by reading alone "
 "(crimecli never run on them). Decisions are listed in NOTES_a.md.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
