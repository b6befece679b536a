#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set H in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. Structure copied from heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev/gold.json,
heldout_e NOTES_a.md/NOTES_b.md, with the additions in NOTES below and in ../NOTES_b.md.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge District U.S. Dr Dr. Mr. Magistrate Deputy Security Minister
Vice SENAD OIJ Director Federal Executive Secretary Assistant Bolivian Peruvian Interior""".split())
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
            assert c in {g["name"] for g in d["places"] if g["kind"] == "country"} or c in EXTRA_COUNTRIES, (file, "event country", c)
    assert 8 <= len(d["events"]) <= 18, (file, "event count", len(d["events"]))


EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries

# ---------------------------------------------------------------- 06 El Gavilán extradition, Honduras
F = "06_extradicion_gavilan_honduras_2025.txt"
S_EXT = "TEGUCIGALPA — Wilmer Osiel Cárcamo-Funes, alias \"El Gavilán,\" left Honduras on Thursday morning aboard a Drug Enforcement Administration (DEA) plane that took off from the Toncontín air base, the fourth Honduran extradited to the United States this year."
S_ARR = "Cárcamo-Funes, 47, was arrested on October 9, 2024, at a cattle farm outside Tocoa, in the department of Colón, by agents of the Directorate of Police Investigations (Dirección Policial de Investigaciones, DPI)."
S_APP = "Magistrate Héctor A. Villeda-Romero of the Supreme Court of Justice approved his extradition on December 3, and the full court rejected his appeal in February."
S_IND = "A federal grand jury in the Southern District of New York indicted him in 2021 for conspiring to import cocaine into the United States."
S_PHO = "In May 2022 this newspaper published photographs of Cárcamo-Funes at a campaign rally in Trujillo next to Deputy Rigoberto Alvarado Chinchilla, a congressman for Colón who sits on the security committee."
S_WIT = "A protected witness told the Special Prosecutor's Office against Organized Crime (Fiscalía Especial contra el Crimen Organizado, FESCCO) that Alvarado had helped the trafficker obtain land titles near the Aguán River and warned him about police operations."
S_DEN = "Alvarado denied the accusations in a radio interview on Thursday night."
S_FAIR = "He said he had met Cárcamo \"once, at a cattle fair in Trujillo in 2018,\" and that he had never received money from him."
S_POL = "The trafficker's younger brother, Elvin Cárcamo-Funes, known as \"El Pollo,\" was shot dead outside a bar in La Ceiba on July 22, 2023."
S_JOH = "Honduras sent former President Juan Orlando Hernández to New York on April 21, 2022, and a jury there convicted him in March 2024."
S_XC = "President Xiomara Castro announced in August 2024 that she would end the extradition treaty with the United States, a decision her government later suspended."
S_NEXT = "According to the U.S. Embassy in Tegucigalpa, Cárcamo-Funes will appear before a federal judge in Manhattan next week."
S_OABI = "The Office for the Administration of Seized Assets (OABI) took control of the property and of eleven trucks in November."
S_ROUTE = "According to the indictment, between 2015 and 2020 his organization, known as Los Gavilanes del Aguán, received cocaine flights from Venezuela at clandestine strips in the Aguán Valley and moved the loads overland to Guatemala through the Corinto border crossing."
doc(F, SRC, "Extradited to New York: \"El Gavilán\" and the Congressman Who Vouched for Him",
    "2025-03-14", "day", "Published: 2025-03-14 10:41",
    people=[P("Karla Y. Mejía-Zelaya", roles=["author"]),
            P("Wilmer Osiel Cárcamo-Funes", "Cárcamo-Funes", "Cárcamo", "El Gavilán", country="Honduras", roles=["drug trafficker", "leader of Los Gavilanes del Aguán"]),
            P("Héctor A. Villeda-Romero", "Magistrate Héctor A. Villeda-Romero", country="Honduras", roles=["Magistrate of the Supreme Court of Justice"]),
            P("Gustavo Sánchez", "Security Minister Gustavo Sánchez", "Sánchez", country="Honduras", roles=["Security Minister"]),
            P("Rigoberto Alvarado Chinchilla", "Deputy Rigoberto Alvarado Chinchilla", "Alvarado", country="Honduras", roles=["congressman for Colón"]),
            P("Elvin Cárcamo-Funes", "El Pollo", country="Honduras", roles=["brother of the trafficker"]),
            P("Juan Orlando Hernández", "former President Juan Orlando Hernández", country="Honduras", roles=["former President"]),
            P("Xiomara Castro", "President Xiomara Castro", country="Honduras", roles=["President"]),
            P("Fausto R. Irías", "Dr. Fausto R. Irías", country="Honduras", roles=["lawyer of Cárcamo-Funes"])],
    organizations=[O("Diario El Atlántico", kind="media"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Directorate of Police Investigations", "Dirección Policial de Investigaciones", "DPI", kind="security force"),
                   O("Supreme Court of Justice", "Supreme Court", kind="court"),
                   O("Los Gavilanes del Aguán", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Special Prosecutor's Office against Organized Crime", "Fiscalía Especial contra el Crimen Organizado", "FESCCO", kind="government body"),
                   O("Public Ministry", kind="government body"),
                   O("U.S. Embassy in Tegucigalpa", kind="government body"),
                   O("Office for the Administration of Seized Assets", "OABI", kind="government body")],
    places=[C("Honduras"), US(), C("Venezuela"), C("Guatemala"),
            city("Tegucigalpa", "Honduras", "TEGUCIGALPA"), fac("Toncontín air base", "Honduras", "Toncontín"),
            city("Tocoa", "Honduras"), state("Colón", "Honduras"), reg("Aguán Valley", "Honduras"),
            infra("Corinto", None, "Corinto border crossing"), city("Puerto Barrios", "Guatemala"), city("Trujillo", "Honduras"),
            oth("Aguán River", "Honduras"), city("La Ceiba", "Honduras"), state("Olancho", "Honduras"),
            city("New York", "United States"), oth("Manhattan", "United States")],
    aliases=[A("Wilmer Osiel Cárcamo-Funes", "El Gavilán", "nickname", "Wilmer Osiel Cárcamo-Funes, alias \"El Gavilán,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Directorate of Police Investigations", "Dirección Policial de Investigaciones", "translation", "Directorate of Police Investigations (Dirección Policial de Investigaciones, DPI)"),
             A("Directorate of Police Investigations", "DPI", "acronym", "Dirección Policial de Investigaciones, DPI"),
             A("Special Prosecutor's Office against Organized Crime", "Fiscalía Especial contra el Crimen Organizado", "translation", "Special Prosecutor's Office against Organized Crime (Fiscalía Especial contra el Crimen Organizado, FESCCO)"),
             A("Special Prosecutor's Office against Organized Crime", "FESCCO", "acronym", "Fiscalía Especial contra el Crimen Organizado, FESCCO"),
             A("Elvin Cárcamo-Funes", "El Pollo", "nickname", "Elvin Cárcamo-Funes, known as \"El Pollo,\""),
             A("Office for the Administration of Seized Assets", "OABI", "acronym", "Office for the Administration of Seized Assets (OABI)")],
    events=[E("2025-03-13", "day", "on Thursday morning", "document date", ["Honduras", "United States"], "Cárcamo-Funes (El Gavilán) extradited to the United States on a DEA plane from Toncontín", S_EXT),
            E("2024-10-09", "day", "on October 9, 2024", "explicit", ["Honduras"], "Cárcamo-Funes arrested by the DPI at a farm outside Tocoa, Colón", S_ARR),
            E("2024-12-03", "day", "on December 3", "context", ["Honduras"], "Magistrate Villeda-Romero approves the extradition", S_APP),
            E("2025-02", "month", "in February", "document date", ["Honduras"], "full Supreme Court rejects Cárcamo-Funes's appeal", S_APP),
            E("2021", "year", "in 2021", "explicit", ["United States"], "grand jury in the Southern District of New York indicts Cárcamo-Funes", S_IND),
            E("2022-05", "month", "In May 2022", "explicit", ["Honduras"], "newspaper publishes photographs of Cárcamo-Funes with Deputy Alvarado at a rally in Trujillo", S_PHO),
            E("2025-03-13", "day", "on Thursday night", "document date", ["Honduras"], "Alvarado denies the accusations in a radio interview", S_DEN),
            E("2018", "year", "in 2018", "explicit", ["Honduras"], "Alvarado meets Cárcamo at a cattle fair in Trujillo", S_FAIR),
            E("2023-07-22", "day", "on July 22, 2023", "explicit", ["Honduras"], "Elvin Cárcamo-Funes (El Pollo) shot dead in La Ceiba", S_POL),
            E("2022-04-21", "day", "on April 21, 2022", "explicit", ["Honduras", "United States"], "Honduras extradites former President Juan Orlando Hernández to New York", S_JOH),
            E("2024-03", "month", "in March 2024", "explicit", ["United States"], "New York jury convicts Hernández", S_JOH),
            E("2024-08", "month", "in August 2024", "explicit", ["Honduras", "United States"], "President Castro announces she will end the extradition treaty with the United States", S_XC),
            E("2025-03", "month", "next week", "document date", ["United States"], "Cárcamo-Funes to appear before a federal judge in Manhattan", S_NEXT),
            E("2024-11", "month", "in November", "document date", ["Honduras"], "OABI takes control of the Tocoa farm and eleven trucks", S_OABI)],
    optional={"organizations": ["Congress", "security committee"],
              "places": ["Southern District of New York"],
              "events_evidence": [
                  S_ROUTE, S_WIT,
                  "Security Minister Gustavo Sánchez said the extradition showed that \"no one is above the law, whatever their surname or their friends.\"",
                  "Police blamed a rival group from Olancho, but no one has been convicted.",
                  "Lawyers for Cárcamo-Funes had argued before the Supreme Court that the treaty was no longer in force, an argument the magistrates rejected."]},
    timeline_pair=("Honduras", "United States"))
checks(F)

# ---------------------------------------------------------------- 07 State Department media note, U.S.-Peru dialogue
F = "07_state_us_peru_security_dialogue_2024.txt"
S_HELD = "The United States and Peru held the third round of the U.S.-Peru High-Level Security Dialogue today in Washington, D.C."
S_2ND = "The delegations reviewed progress since the second round, held in Lima on November 16, 2023, and agreed on next steps in four areas: port security, illicit finance, environmental crime and citizen security."
S_MOU = "On port security, the two governments signed a memorandum of understanding today to place container-screening teams of U.S. Customs and Border Protection at the Port of Callao and at the new port of Chancay."
S_SEPT = "The teams are expected to begin work by September."
S_MAR = "The delegations noted that in March, the PNP and the DEA seized more than three tons of cocaine hidden in a shipment of frozen squid at Callao, the largest seizure at the port in a decade."
S_UIF = "On illicit finance, the Department of the Treasury and Peru's Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF) agreed to exchange information on networks that launder the proceeds of illegal gold mining in Madre de Dios and along the Putumayo River, on the border with Colombia."
S_VRAEM = "Both delegations condemned the killing of five Peruvian soldiers in the Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM) on April 29 by remnants of the Shining Path (Sendero Luminoso) under Víctor Quispe Palomino, known as \"Comrade José.\""
S_VIS = "Robinson visited the VRAEM last month and met with alternative-development farmers in Pichari."
S_EMER = "Vice Minister Saavedra-Quispe described the state of emergency declared in several Lima districts in September 2023 and asked for U.S. support to train investigators in the Callao Region."
S_1ST = "The dialogue was first launched in Lima on October 5, 2022, during a visit by Secretary of State Antony J. Blinken."
S_CALL = "On May 10, Secretary Blinken spoke by telephone with Peruvian Foreign Minister Javier González-Olaechea to prepare today's round."
S_4TH = "Peru will host the fourth round in Lima in 2025."
doc(F, SRC, "Third U.S.-Peru High-Level Security Dialogue",
    "2024-06-04", "day", "FOR IMMEDIATE RELEASE Tuesday, June 4, 2024",
    people=[P("Todd D. Robinson", "Assistant Secretary Robinson", "Robinson", country="United States", roles=["Assistant Secretary of State for International Narcotics and Law Enforcement Affairs"]),
            P("Ana Lucía Saavedra-Quispe", "Dr. Ana Lucía Saavedra-Quispe", "Vice Minister Saavedra-Quispe", "Saavedra-Quispe", country="Peru", roles=["Vice Minister of Public Order"]),
            P("Víctor Quispe Palomino", "Comrade José", country="Peru", roles=["Shining Path leader"]),
            P("Antony J. Blinken", "Secretary of State Antony J. Blinken", "Secretary Blinken", "Blinken", country="United States", roles=["Secretary of State"]),
            P("Javier González-Olaechea", "Peruvian Foreign Minister Javier González-Olaechea", country="Peru", roles=["Foreign Minister"])],
    organizations=[O("Department of Homeland Security", kind="government body"),
                   O("Department of Justice", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("U.S. Southern Command", kind="security force"),
                   O("National Commission for Development and Life without Drugs", "Comisión Nacional para el Desarrollo y Vida sin Drogas", "DEVIDA", kind="government body"),
                   O("Peruvian National Police", "PNP", kind="security force"),
                   O("U.S. Customs and Border Protection", kind="government body"),
                   O("Department of the Treasury", kind="government body"),
                   O("Financial Intelligence Unit", "Unidad de Inteligencia Financiera", "UIF", kind="government body"),
                   O("Shining Path", "Sendero Luminoso", kind="armed group"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Bureau of International Narcotics and Law Enforcement Affairs", "INL", kind="government body")],
    places=[US(), C("Peru"), C("Colombia"),
            city("Washington, D.C.", "United States"), city("Lima", "Peru"),
            fac("Port of Callao", "Peru", "Callao"), fac("Chancay", "Peru"),
            state("Madre de Dios", "Peru"), oth("Putumayo River", None),
            reg("Valley of the Apurímac, Ene and Mantaro Rivers", "Peru", "VRAEM"), city("Pichari", "Peru"),
            state("Callao Region", "Peru"), reg("Amazon", None)],
    aliases=[A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("National Commission for Development and Life without Drugs", "Comisión Nacional para el Desarrollo y Vida sin Drogas", "translation", "National Commission for Development and Life without Drugs (Comisión Nacional para el Desarrollo y Vida sin Drogas, DEVIDA)"),
             A("National Commission for Development and Life without Drugs", "DEVIDA", "acronym", "Comisión Nacional para el Desarrollo y Vida sin Drogas, DEVIDA"),
             A("Peruvian National Police", "PNP", "acronym", "Peruvian National Police (PNP)"),
             A("Financial Intelligence Unit", "Unidad de Inteligencia Financiera", "translation", "Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF)"),
             A("Financial Intelligence Unit", "UIF", "acronym", "Unidad de Inteligencia Financiera, UIF"),
             A("Valley of the Apurímac, Ene and Mantaro Rivers", "VRAEM", "acronym", "Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM)"),
             A("Shining Path", "Sendero Luminoso", "translation", "Shining Path (Sendero Luminoso)"),
             A("Víctor Quispe Palomino", "Comrade José", "nickname", "Víctor Quispe Palomino, known as \"Comrade José.\"")],
    events=[E("2024-06-04", "day", "today", "document date", ["United States", "Peru"], "third round of the U.S.-Peru High-Level Security Dialogue held in Washington", S_HELD),
            E("2023-11-16", "day", "on November 16, 2023", "explicit", ["Peru", "United States"], "second round of the dialogue held in Lima", S_2ND),
            E("2024-06-04", "day", "today", "document date", ["United States", "Peru"], "the two governments sign a memorandum of understanding on container screening at Callao and Chancay", S_MOU),
            E("2024-09", "month", "by September", "document date", ["Peru", "United States"], "CBP container-screening teams expected to begin work", S_SEPT),
            E("2024-03", "month", "in March", "document date", ["Peru", "United States"], "PNP and DEA seize more than three tons of cocaine in frozen squid at Callao", S_MAR),
            E("2024-04-29", "day", "on April 29", "document date", ["Peru"], "Shining Path remnants kill five Peruvian soldiers in the VRAEM", S_VRAEM),
            E("2024-05", "month", "last month", "document date", ["Peru"], "Robinson visits the VRAEM and meets farmers in Pichari", S_VIS),
            E("2023-09", "month", "in September 2023", "explicit", ["Peru"], "state of emergency declared in several Lima districts", S_EMER),
            E("2022-10-05", "day", "on October 5, 2022", "explicit", ["Peru", "United States"], "dialogue first launched in Lima during a Blinken visit", S_1ST),
            E("2024-05-10", "day", "On May 10", "document date", ["United States", "Peru"], "Blinken speaks by telephone with Foreign Minister González-Olaechea", S_CALL),
            E("2025", "year", "in 2025", "explicit", ["Peru", "United States"], "Peru to host the fourth round of the dialogue in Lima", S_4TH)],
    optional={"organizations": ["OFFICE OF THE SPOKESPERSON", "U.S.-Peru High-Level Security Dialogue"],
              "places": ["Washington"],
              "events_evidence": [
                  S_UIF,
                  "The United States reaffirmed its reward of up to $5 million for information leading to his arrest.",
                  "The United States committed $12 million in new INL assistance for the PNP's anti-extortion units.",
                  "Assistant Secretary Robinson said that \"criminal groups that destroy the Amazon and traffic cocaine are the same groups, using the same accounts.\""]},
    timeline_pair=("United States", "Peru"))
checks(F)

# ---------------------------------------------------------------- 08 Paraguay airstrip seizure, PCC (wire)
F = "08_paraguay_pista_clandestina_pcc_2025.txt"
S_SEIZE = "ASUNCIÓN, Aug 19 (Reuters) - Paraguayan anti-drug agents seized 1.4 tonnes of cocaine and a small plane at a clandestine airstrip near the Brazilian border on Monday, in an operation that officials said hit a supply line of Brazil's largest criminal gang, the First Capital Command (Primeiro Comando da Capital, PCC)."
S_PILOT = "They arrested the Bolivian pilot, Freddy Marcelo Rojas-Antelo, 34, and two Brazilian men who were loading the drugs into a pickup truck."
S_RACH = "SENAD Minister Jalil Rachid told reporters on Tuesday that the plane had taken off on Sunday from an estate near Santa Ana del Yacuma, in Bolivia's Beni department, and crossed the Chaco without a flight plan."
S_TIO = "The ranch, known as Estancia Santa Clara, is registered to a company controlled by Marcos Vinícius Alves Teixeira, a Brazilian national known as \"Tio Patinhas\" who prosecutors say manages the PCC's finances in Amambay."
S_ESC = "Teixeira was one of 75 inmates, most of them PCC members, who escaped from the regional prison in Pedro Juan Caballero through a tunnel on January 19, 2020."
S_TAC = "In October 2023, more than 700 police and soldiers retook the Tacumbú prison in Asunción from the Clan Rotela, a local gang that had allied with and then fought the PCC."
S_BRO = "Rachid said Teixeira's brother, Anderson Alves Teixeira, was arrested by the Brazilian Federal Police in Campo Grande, the capital of Mato Grosso do Sul, in May, and that Paraguay would ask Brazil for information from his phones."
S_BLAST = "Agents destroyed the strip with explosives on Tuesday."
S_2024 = "SENAD destroyed 31 clandestine airstrips in Amambay, Canindeyú and Alto Paraguay in 2024, according to official figures, and Paraguayan and Brazilian police began joint patrols of the border between Pedro Juan Caballero and Ponta Porã in March."
S_FELCN = "In Bolivia, the Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) said on Tuesday it had opened an investigation into the owner of the estate in Beni."
S_JUDGE = "A Paraguayan judge in Pedro Juan Caballero ordered pretrial detention for Rojas-Antelo and the two Brazilians on Tuesday afternoon."
doc(F, SRC, "Paraguay seizes 1.4 tonnes of cocaine at jungle airstrip linked to Brazil's PCC",
    "2025-08-19", "day", "August 19, 2025 6:52 PM UTC",
    people=[P("Freddy Marcelo Rojas-Antelo", "Rojas-Antelo", country="Bolivia", roles=["pilot"]),
            P("Jalil Rachid", "SENAD Minister Jalil Rachid", "Rachid", country="Paraguay", roles=["SENAD Minister"]),
            P("Marcos Vinícius Alves Teixeira", "Teixeira", "Tio Patinhas", country="Brazil", roles=["PCC finance manager in Amambay", "escaped prisoner"]),
            P("Anderson Alves Teixeira", country="Brazil", roles=["brother of Marcos Vinícius Alves Teixeira"]),
            P("Roberto Ríos", "Bolivian Interior Minister Roberto Ríos", country="Bolivia", roles=["Interior Minister"]),
            P("Daniela Desantis", roles=["author"]),
            P("Monica Machicao", roles=["author"]),
            P("Sandra Maler", roles=["editor"])],
    organizations=[O("Reuters", kind="media"),
                   O("First Capital Command", "Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body"),
                   O("Clan Rotela", kind="criminal group"),
                   O("Brazilian Federal Police", kind="security force"),
                   O("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force")],
    places=[C("Paraguay"), C("Brazil"), C("Bolivia"), C("Peru"),
            city("Asunción", "Paraguay", "ASUNCIÓN"), city("Capitán Bado", "Paraguay"), state("Amambay", "Paraguay"),
            city("Santa Ana del Yacuma", "Bolivia"), state("Beni", "Bolivia"), reg("Chaco", None),
            oth("Estancia Santa Clara", "Paraguay"), city("Pedro Juan Caballero", "Paraguay"),
            fac("Tacumbú prison", "Paraguay", "Tacumbú"), city("Campo Grande", "Brazil"), state("Mato Grosso do Sul", "Brazil"),
            state("Canindeyú", "Paraguay"), state("Alto Paraguay", "Paraguay"), city("Ponta Porã", "Brazil"),
            city("La Paz", "Bolivia"), reg("Europe", None)],
    aliases=[A("First Capital Command", "Primeiro Comando da Capital", "translation", "First Capital Command (Primeiro Comando da Capital, PCC)"),
             A("First Capital Command", "PCC", "acronym", "Primeiro Comando da Capital, PCC"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Marcos Vinícius Alves Teixeira", "Tio Patinhas", "nickname", "Marcos Vinícius Alves Teixeira, a Brazilian national known as \"Tio Patinhas\""),
             A("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation", "Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force to Fight Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN")],
    events=[E("2025-08-18", "day", "on Monday", "document date", ["Paraguay"], "SENAD seizes 1.4 tonnes of cocaine and a plane at a clandestine airstrip near Capitán Bado", S_SEIZE),
            E("2025-08-18", "day", None, "context", ["Paraguay"], "SENAD arrests the Bolivian pilot Rojas-Antelo and two Brazilians", S_PILOT),
            E("2025-08-19", "day", "on Tuesday", "document date", ["Paraguay"], "SENAD Minister Rachid tells reporters the plane came from Beni", S_RACH),
            E("2025-08-17", "day", "on Sunday", "document date", ["Bolivia", "Paraguay"], "the plane takes off from an estate near Santa Ana del Yacuma, Beni", S_RACH),
            E("2020-01-19", "day", "on January 19, 2020", "explicit", ["Paraguay"], "75 inmates including Teixeira escape through a tunnel from the Pedro Juan Caballero prison", S_ESC),
            E("2023-10", "month", "In October 2023", "explicit", ["Paraguay"], "police and soldiers retake Tacumbú prison from the Clan Rotela", S_TAC),
            E("2025-05", "month", "in May", "document date", ["Brazil"], "Brazilian Federal Police arrest Anderson Alves Teixeira in Campo Grande", S_BRO),
            E("2025-08-19", "day", "on Tuesday", "document date", ["Paraguay"], "agents destroy the airstrip with explosives", S_BLAST),
            E("2024", "year", "in 2024", "explicit", ["Paraguay"], "SENAD destroys 31 clandestine airstrips in Amambay, Canindeyú and Alto Paraguay", S_2024),
            E("2025-03", "month", "in March", "document date", ["Paraguay", "Brazil"], "Paraguayan and Brazilian police begin joint border patrols between Pedro Juan Caballero and Ponta Porã", S_2024),
            E("2025-08-19", "day", "on Tuesday", "document date", ["Bolivia"], "FELCN opens an investigation into the owner of the Beni estate", S_FELCN),
            E("2025-08-19", "day", "on Tuesday afternoon", "document date", ["Paraguay"], "judge orders pretrial detention for Rojas-Antelo and the two Brazilians", S_JUDGE)],
    optional={
              "places": ["regional prison in Pedro Juan Caballero", "ports of Brazil"],
              "events_evidence": [
                  S_TIO, "He has not been recaptured.",
                  "The escape, which led to the dismissal of the justice minister at the time, exposed the gang's hold on Paraguay's prison system.",
                  "Bolivian Interior Minister Roberto Ríos did not respond to a request for comment."]},
    timeline_pair=("Paraguay", "Brazil"))
checks(F)

# ---------------------------------------------------------------- 09 Isthmus Watch weekly roundup (blog)
F = "09_isthmus_watch_weekly_roundup_2025.txt"
S_OIJ = "We start in Costa Rica, where the Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ) arrested eleven people in Limón and Pococí on Tuesday in a case the agency says connects dockworkers at the Moín container terminal with buyers from the Gulf Clan in Colombia."
S_ZU = "OIJ Director Randall Zúñiga told reporters the next day that the network had shipped at least four tons of cocaine since 2023."
S_SF = "The National Border Service (Servicio Nacional de Fronteras, SENAFRONT) reported on Wednesday that northbound crossings through the jungle fell to fewer than 400 in January, compared with more than 36,000 in January 2024."
S_JUL = "The change follows the agreement Panama signed with the United States on July 1, 2024, under which Washington pays for deportation flights from Panama City."
S_SENAN = "Separately, the National Aeronaval Service (SENAN) intercepted a go-fast boat off the coast of Colón on February 8 and seized 2.1 tons of cocaine; two Colombian crew members were charged in a Panamanian court two days later."
S_SV = "In El Salvador, the Legislative Assembly voted on Thursday to extend the state of exception for another month, the thirty-fifth extension since it was first declared on March 27, 2022, after gangs killed 62 people in a single weekend."
S_BUK = "President Nayib Bukele also offered last week to house deportees of any nationality from the United States in the Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT) in Tecoluca, an offer Secretary of State Marco Rubio called \"extraordinary\" after their meeting on February 3."
S_NIC = "The National Assembly gave final approval last month to a constitutional reform that makes Daniel Ortega and Rosario Murillo \"co-presidents\" and places the courts and the police under the presidency."
S_LEO = "On Monday, the Nicaraguan National Police detained the radio host Leonel Cárcamo-Ruiz, known on air as \"El Gallo Pinto,\" in Estelí, according to the Nicaraguan Center for Human Rights (CENIDH), which operates from exile in Costa Rica."
S_PB = "One more item from the border: Costa Rican officers at the Peñas Blancas crossing said on Friday that they had turned back a group of 23 Venezuelans heading south, the first \"reverse\" flow they have recorded in the registry this year."
doc(F, SRC, "Isthmus Watch: The Week in Central American Security",
    "2025-02-15", "day", "By Daniela R. Fonseca | 15 Feb 2025",
    people=[P("Daniela R. Fonseca", roles=["author"]),
            P("Randall Zúñiga", "OIJ Director Randall Zúñiga", country="Costa Rica", roles=["OIJ Director"]),
            P("Rodrigo Chaves", "President Rodrigo Chaves", country="Costa Rica", roles=["President"]),
            P("Nayib Bukele", "President Nayib Bukele", country="El Salvador", roles=["President"]),
            P("Marco Rubio", "Secretary of State Marco Rubio", country="United States", roles=["Secretary of State"]),
            P("Daniel Ortega", country="Nicaragua", roles=["co-president"]),
            P("Rosario Murillo", country="Nicaragua", roles=["co-president"]),
            P("Leonel Cárcamo-Ruiz", "El Gallo Pinto", country="Nicaragua", roles=["radio host"])],
    organizations=[O("Isthmus Watch", kind="media"),
                   O("Judicial Investigation Agency", "Organismo de Investigación Judicial", "OIJ", kind="government body"),
                   O("Gulf Clan", kind="criminal group"),
                   O("National Border Service", "Servicio Nacional de Fronteras", "SENAFRONT", kind="security force"),
                   O("National Aeronaval Service", "SENAN", kind="security force"),
                   O("Cristosal", kind="ngo"),
                   O("Nicaraguan National Police", kind="security force"),
                   O("Nicaraguan Center for Human Rights", "CENIDH", kind="ngo")],
    places=[C("Costa Rica"), C("Colombia"), C("Panama"), C("El Salvador"), C("Nicaragua"), L("United States", "U.S.", kind="country"),  # not US(): its "America" variant would match "Central America"
           
            reg("Central America", None), city("Limón", "Costa Rica"), city("Pococí", "Costa Rica"),
            fac("Moín container terminal", "Costa Rica", "Moín"), city("Antwerp", "Belgium"),
            reg("Darién", "Panama"), city("Panama City", "Panama"), city("Colón", "Panama"),
            fac("Terrorism Confinement Center", "El Salvador", "Centro de Confinamiento del Terrorismo", "CECOT"),
            city("Tecoluca", "El Salvador"), city("Estelí", "Nicaragua"), infra("Peñas Blancas", None, "Peñas Blancas crossing")],
    aliases=[A("Judicial Investigation Agency", "Organismo de Investigación Judicial", "translation", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Judicial Investigation Agency", "OIJ", "acronym", "Organismo de Investigación Judicial, OIJ"),
             A("National Border Service", "Servicio Nacional de Fronteras", "translation", "National Border Service (Servicio Nacional de Fronteras, SENAFRONT)"),
             A("National Border Service", "SENAFRONT", "acronym", "Servicio Nacional de Fronteras, SENAFRONT"),
             A("National Aeronaval Service", "SENAN", "acronym", "National Aeronaval Service (SENAN)"),
             A("Terrorism Confinement Center", "Centro de Confinamiento del Terrorismo", "translation", "Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT)"),
             A("Terrorism Confinement Center", "CECOT", "acronym", "Centro de Confinamiento del Terrorismo, CECOT"),
             A("Nicaraguan Center for Human Rights", "CENIDH", "acronym", "Nicaraguan Center for Human Rights (CENIDH)"),
             A("Leonel Cárcamo-Ruiz", "El Gallo Pinto", "nickname", "Leonel Cárcamo-Ruiz, known on air as \"El Gallo Pinto,\"")],
    events=[E("2025-02-11", "day", "on Tuesday", "document date", ["Costa Rica"], "OIJ arrests eleven people in Limón and Pococí in a Moín port cocaine case", S_OIJ),
            E("2025-02-12", "day", "the next day", "context", ["Costa Rica"], "OIJ Director Zúñiga tells reporters the network shipped at least four tons since 2023", S_ZU),
            E("2025-02-12", "day", "on Wednesday", "document date", ["Panama"], "SENAFRONT reports Darién crossings fell below 400 in January", S_SF),
            E("2024-07-01", "day", "on July 1, 2024", "explicit", ["Panama", "United States"], "Panama signs an agreement with the United States on deportation flights", S_JUL),
            E("2025-02-08", "day", "on February 8", "document date", ["Panama"], "SENAN intercepts a go-fast boat off Colón and seizes 2.1 tons of cocaine", S_SENAN),
            E("2025-02-10", "day", "two days later", "context", ["Panama"], "two Colombian crew members charged in a Panamanian court", S_SENAN),
            E("2025-02-13", "day", "on Thursday", "document date", ["El Salvador"], "Salvadoran Legislative Assembly extends the state of exception again", S_SV),
            E("2022-03-27", "day", "on March 27, 2022", "explicit", ["El Salvador"], "state of exception first declared after gangs kill 62 people", S_SV),
            E("2025-02", "month", "last week", "document date", ["El Salvador", "United States"], "Bukele offers to house deportees from the United States in CECOT", S_BUK),
            E("2025-02-03", "day", "on February 3", "document date", ["El Salvador", "United States"], "Rubio meets Bukele", S_BUK),
            E("2025-01", "month", "last month", "document date", ["Nicaragua"], "Nicaraguan National Assembly gives final approval to the co-presidency constitutional reform", S_NIC),
            E("2025-02-10", "day", "On Monday", "document date", ["Nicaragua"], "Nicaraguan National Police detain radio host Leonel Cárcamo-Ruiz in Estelí", S_LEO),
            E("2025-02-14", "day", "on Friday", "document date", ["Costa Rica"], "Costa Rican officers at Peñas Blancas say they turned back 23 Venezuelans heading south", S_PB)],
    optional={"people": ["Mr. Solano"],
              "organizations": ["Legislative Assembly", "National Assembly", "government of President Rodrigo Chaves"],
              "places": ["Washington", "isthmus"],
              "events_evidence": [
                  "Costa Rica closed that year with 907 homicides, a record, and the government of President Rodrigo Chaves has spent much of the past year arguing with the Legislative Assembly over how to respond.",
                  "Human rights group Cristosal says more than 300 people have died in state custody since then.",
                  "Among those detained was a customs broker identified only as Mr. Solano, who allegedly falsified inspection records for banana containers bound for Antwerp.",
                  "The police have not said what he is accused of."]},
    timeline_pair=("Costa Rica", "Panama"))
checks(F)

# ---------------------------------------------------------------- 10 Manaus sentencing, Solimões river route
F = "10_manaus_sentenca_solimoes_2025.txt"
S_2019 = "In 2019, Raimundo Nonato Batista-Lopes, a boat owner known along the river as \"Capitão Gancho,\" was hired to carry cocaine from Colombian suppliers in Leticia downstream to Manaus."
S_SPLIT = "When the FDN split that year, he switched sides and began paying a monthly fee to the Comando Vermelho (CV), the Rio de Janeiro gang that was moving into the Amazon."
S_FEB = "In February of that year, Batista-Lopes's crew hid 700 kilos of cocaine in a cargo of frozen fish on the ferry Estrela do Javari."
S_AUG = "On 14 August 2020, two fisheries inspectors of the Brazilian Institute of Environment and Renewable Natural Resources (IBAMA), Joaquim P. Cordeiro and Marlene Sá-Freitas, stopped one of his boats near Tefé."
S_BOD = "Their bodies were found in the river three days later."
S_NOV = "In November, agents tapped the phones of the crew, and a pilot identified in court as \"Baixinho\" agreed to testify in exchange for a reduced sentence."
S_FLED = "Batista-Lopes fled to Peru, where he lived for months under a false name in Caballococha, a river town opposite Tabatinga."
S_ARR = "He was arrested on 3 March 2021, when Peruvian police detained him during a routine check in Iquitos, and he was deported to Brazil the following week."
S_TRIAL = "His trial before the 4th Federal Criminal Court of Amazonas opened in September 2024 and lasted eleven days."
S_SENT = "On Tuesday, Judge Tavares sentenced him to 41 years and six months in prison for the two murders, international drug trafficking and criminal association."
S_CREW = "Three members of his crew received sentences of between 12 and 19 years."
S_DOM = "The case is one of several that have followed the murders of the British journalist Dom Phillips and the Indigenous expert Bruno Pereira in the Javari Valley in June 2022, which put the river routes of western Amazonas in the international spotlight."
S_IBA = "IBAMA said in a statement on Wednesday that it would name its new river base in Tefé after the two inspectors."
doc(F, SRC, "Amazon river boss gets 41 years for killings and cocaine route on the Solimões",
    "2025-05-22", "day", "Thursday, 22 May 2025",
    people=[P("Renata S. Albuquerque-Lima", roles=["author"]),
            P("Raimundo Nonato Batista-Lopes", "Batista-Lopes", "Capitão Gancho", country="Brazil", roles=["boat owner", "drug trafficker"]),
            P("Joaquim P. Cordeiro", "Cordeiro", country="Brazil", roles=["IBAMA fisheries inspector"]),
            P("Marlene Sá-Freitas", country="Brazil", roles=["IBAMA fisheries inspector"]),
            P("Ana Carolina M. Tavares", "Federal Judge Ana Carolina M. Tavares", "Judge Tavares", "Tavares", country="Brazil", roles=["Federal Judge"]),
            P("Dom Phillips", country="United Kingdom", roles=["journalist"]),
            P("Bruno Pereira", country="Brazil", roles=["Indigenous expert"]),
            P("Lúcia Cordeiro", country="Brazil", roles=["widow of Joaquim P. Cordeiro"])],
    organizations=[O("Federal Public Prosecutor's Office", "Ministério Público Federal", "MPF", kind="government body"),
                   O("Família do Norte", "FDN", kind="criminal group"),
                   O("Comando Vermelho", "CV", kind="criminal group"),
                   O("Brazilian Institute of Environment and Renewable Natural Resources", "IBAMA", kind="government body"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("4th Federal Criminal Court of Amazonas", kind="court"),
                   O("Federal Regional Court of the 1st Region", "TRF-1", kind="court")],
    places=[C("Brazil"), C("Colombia"), C("Peru"), C("Portugal"),
            city("Manaus", "Brazil"), city("Tabatinga", "Brazil"), oth("Solimões River", "Brazil", "Solimões"),
            city("Leticia", "Colombia"), state("Amazonas", "Brazil"), city("Rio de Janeiro", "Brazil"), reg("Amazon", None),
            city("Fortaleza", "Brazil"), city("Tefé", "Brazil"), city("Caballococha", "Peru"), city("Iquitos", "Peru"),
            city("Porto Velho", "Brazil"), city("Brasília", "Brazil"), reg("Javari Valley", "Brazil")],
    aliases=[A("Raimundo Nonato Batista-Lopes", "Capitão Gancho", "nickname", "Raimundo Nonato Batista-Lopes, a boat owner known along the river as \"Capitão Gancho,\""),
             A("Federal Public Prosecutor's Office", "Ministério Público Federal", "translation", "Federal Public Prosecutor's Office (Ministério Público Federal, MPF)"),
             A("Federal Public Prosecutor's Office", "MPF", "acronym", "Ministério Público Federal, MPF"),
             A("Família do Norte", "FDN", "acronym", "Família do Norte (FDN)"),
             A("Comando Vermelho", "CV", "acronym", "Comando Vermelho (CV)"),
             A("Brazilian Institute of Environment and Renewable Natural Resources", "IBAMA", "acronym", "Brazilian Institute of Environment and Renewable Natural Resources (IBAMA)"),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Polícia Federal, PF"),
             A("Federal Regional Court of the 1st Region", "TRF-1", "acronym", "Federal Regional Court of the 1st Region (TRF-1)")],
    events=[E("2025-05-20", "day", "On Tuesday", "document date", ["Brazil"], "Judge Tavares sentences Batista-Lopes to 41 years and six months", S_SENT),
            E("2025-05-20", "day", None, "context", ["Brazil"], "three crew members sentenced to 12 to 19 years", S_CREW),
            E("2019", "year", "In 2019", "explicit", ["Brazil", "Colombia"], "Batista-Lopes hired to carry cocaine from Leticia to Manaus", S_2019),
            E("2019", "year", "that year", "context", ["Brazil"], "the FDN splits and Batista-Lopes switches to paying the Comando Vermelho", S_SPLIT),
            E("2020-02", "month", "In February of that year", "context", ["Brazil"], "crew hides 700 kilos of cocaine in frozen fish on the ferry Estrela do Javari", S_FEB),
            E("2020-08-14", "day", "On 14 August 2020", "explicit", ["Brazil"], "IBAMA inspectors Cordeiro and Sá-Freitas stop one of his boats near Tefé (and are killed)", S_AUG),
            E("2020-08-17", "day", "three days later", "context", ["Brazil"], "the inspectors' bodies are found in the river", S_BOD),
            E("2020-11", "month", "In November", "context", ["Brazil"], "Federal Police tap the crew's phones; pilot 'Baixinho' agrees to testify", S_NOV),
            E("2021-03-03", "day", "on 3 March 2021", "explicit", ["Peru"], "Peruvian police arrest Batista-Lopes in Iquitos", S_ARR),
            E("2021-03", "month", "the following week", "context", ["Peru", "Brazil"], "Batista-Lopes deported from Peru to Brazil", S_ARR),
            E("2024-09", "month", "in September 2024", "explicit", ["Brazil"], "trial opens before the 4th Federal Criminal Court of Amazonas", S_TRIAL),
            E("2022-06", "month", "in June 2022", "explicit", ["Brazil"], "Dom Phillips and Bruno Pereira murdered in the Javari Valley", S_DOM),
            E("2025-05-21", "day", "on Wednesday", "document date", ["Brazil"], "IBAMA says it will name its new Tefé river base after the two inspectors", S_IBA)],
    optional={"people": ["Baixinho"],
              "organizations": ["Estrela do Javari", "Peruvian police"],
              "places": ["federal prison in Porto Velho", "western Amazonas"],
              "events_evidence": [
                  S_FLED,
                  "The story that ended on Tuesday in a federal courtroom in Manaus began six years ago, on the docks of Tabatinga, where Brazil, Colombia and Peru meet on the Solimões River.",
                  "The load reached Manaus and, investigators say, was shipped on to Fortaleza and from there to Portugal.",
                  "He has been held since then in the federal prison in Porto Velho.",
                  "The MPF said it would appeal to ask for a longer sentence for the trafficking charge; the defence said it would appeal to the Federal Regional Court of the 1st Region (TRF-1) in Brasília."]},
    timeline_pair=("Brazil", "Peru"))
checks(F)

NOTES = (
 "Held-out set H, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and "
 "annotated by reading alone (crimecli was never run on them). Decisions: PUBLISHED is the document's own date line ('Published: 2025-03-14 10:41', "
 "the release header 'FOR IMMEDIATE RELEASE Tuesday, June 4, 2024', the wire timestamp line 'August 19, 2025 6:52 PM UTC' rather than the year-less "
 "dateline, the blog byline 'By Daniela R. Fonseca | 15 Feb 2025', the date under the title 'Thursday, 22 May 2025'). ENTITIES: bylined authors and "
 "wire credits (reporting, editing) are people without country; a person named only by surname with a title ('Mr. Solano') or only by a nickname "
 "('Baixinho') is optional; a prison named by its proper name ('Tacumbú prison', CECOT) is a facility, a descriptive one ('the regional prison in Pedro "
 "Juan Caballero', 'the federal prison in Porto Velho') is optional; a ranch with a name (Estancia Santa Clara) is a place of kind 'other'; border "
 "crossings (Corinto, Peñas Blancas) have country null; a cross-border river (Putumayo) and the Amazon/Chaco regions have country null; legislatures, "
 "committees, 'the Government of X', a ship's name (Estrela do Javari) and 'OFFICE OF THE SPOKESPERSON' are optional organisations; 'Washington' as a "
 "metonym is an optional place; US judicial districts are optional places. ALIASES: 'alias \"X\"', 'known as \"X\"', 'known along the river as \"X\"', "
 "'known on air as \"X\"', 'a Brazilian national known as \"X\"' are nicknames; 'English (Spanish, ACR)' gives a translation pair and an acronym pair "
 "(the acronym's evidence is the 'Spanish, ACR' span); an acronym of a place (VRAEM) or a facility (CECOT) is an alias of that place. EVENTS: weekday "
 "names resolve to the latest such weekday before the document date ('on Thursday morning' in a Friday paper -> the day before; a Saturday blog's "
 "'on Friday' -> the day before); 'last week' and 'next week' are month grain when the whole week lies in one month; 'the following week' after "
 "3 March 2021 is month grain; 'three days later'/'two days later'/'the next day' after a dated event are day grain resolved from context; a year-less "
 "month in a story told in an earlier year ('In November' after 2020 events) resolves to that earlier year (context); events whose sentence has no "
 "date expression (arrests at the seizure, the crew's sentences) carry the date of the neighbouring event with date_text null and resolved_from "
 "'context'; a killing condemned in a media note is annotated at its own date (April 29), the condemnation itself is optional; a memorandum signed "
 "'today' and the dialogue held 'today' are two events on the document date; scheduled events ('by September', 'next week', 'in 2025') are events.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
