#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set L in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set; the structure follows heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json,
shared/dev/gold.json, dev2 and heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below
and in ../NOTES_a.md. Run it after any edit: it asserts that every evidence string, date_text,
published_evidence and at least one surface form of every entity occurs in its document, and drops
variants that do not occur verbatim.
"""
import datetime
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Brig. Supt. Attorney Commissioner Police Vice Minister Counternarcotics Justice Secretary
Congressman Dr. Dr Mr. Ms. then former Assistant U.S.""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set L document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
MEX = lambda: C("Mexico")
GUA = lambda: C("Guatemala")
BLZ = lambda: C("Belize")
HON = lambda: C("Honduras")
DOM = lambda: C("Dominican Republic")
USA = lambda: L("United States", "U.S.", kind="country")  # only the forms these documents use (US() would add "America" from "Central America", "US" from "US$")
PR = lambda: C("Puerto Rico")  # treated as a country-level place (own jurisdiction and ISO code); see NOTES_a.md


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, alias types are
    known, no duplicates per area, timeline_pair countries and event countries are annotated
    countries, resolved_from is known, date length matches precision, published is a real date."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("acronym", "nickname", "short name", "translation"), a
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for c in d.get("timeline_pair", []):
        assert c in countries, (file, "pair", c)
    for e in d["events"]:
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
        assert e["resolved_from"] in ("explicit", "document date", "context", "unresolved"), e
        assert (e["date"] is None) == (e["precision"] == "unresolved"), e
        assert e["date"] is None or len(e["date"]) == {"day": 10, "month": 7, "year": 4, "season": 4}[e["precision"]], e
        if e["precision"] == "day":
            datetime.date.fromisoformat(e["date"])
    datetime.date.fromisoformat(d["published"])
    evs = [(e["evidence"], e["date"], e["summary"]) for e in d["events"]]
    assert len(evs) == len(set(evs)), (file, "duplicate event")
    for o in d["optional"].get("events_evidence", []):
        assert o not in {e["evidence"] for e in d["events"]}, (file, "optional event is also required", o[:60])


EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries

# ---------------------------------------------------------------- 01 MINGOB press release, Los Huistas
F = "01_guatemala_huistas_capture_2023.txt"
S_CAP = "The Ministry of Governance (Ministerio de Gobernación, MINGOB) reports that agents of the National Civil Police (Policía Nacional Civil, PNC) yesterday captured Aparicio Benjamín Solórzano-Mérida, alias \"El Tío Chepe,\" in the village of El Jocote, in the municipality of La Democracia, Huehuetenango department."
S_OP = "The capture took place at 5:40 a.m. during a coordinated operation of the PNC's Anti-Narcotics Analysis and Information Division (Subdirección General de Análisis e Información Antinarcótica, SGAIA) and the Public Prosecutor's Office (Ministerio Público, MP), with information exchanged with the U.S. Drug Enforcement Administration (DEA)."
S_SEIZ = "During the raids, agents seized three rifles, US$48,000 in cash and 212 kilograms of cocaine hidden in a warehouse in La Mesilla, a few hundred metres from the border crossing with Mexico."
S_IND = "According to the indictment, a federal grand jury in Miami charged Solórzano-Mérida in April 2021 with conspiring, between 2016 and 2020, to send multi-ton shipments of cocaine from Guatemala through Mexico to the United States."
S_REQ = "The United States Embassy in Guatemala submitted a request for his provisional arrest with a view to extradition on October 17, and on Monday the Criminal Chamber of the Supreme Court of Justice (Corte Suprema de Justicia, CSJ) authorised the warrant."
S_CALL = "He said he spoke by telephone with the DEA's regional director for Central America on Wednesday afternoon to confirm the capture."
S_CHAYO = "Investigators say Solórzano-Mérida managed cash for the structure's founder, Eleázar Herrera-Soto, known as \"Don Chayo,\" who was captured in Cuilco in 2019 and remains in the Mariscal Zavala prison."
S_GUERO = "His brother, Heriberto Solórzano Mérida, better known as \"El Güero Solórzano,\" was extradited to the United States on 14 March 2020 and was sentenced to 19 years in prison in Miami that December."
S_JUL = "In July, SGAIA agents destroyed a clandestine airstrip near Nentón used by the same network to receive small aircraft from Venezuela."
S_SEP = "On 2 September, the Guatemalan Army's Fourth Infantry Brigade reported an armed confrontation with suspected members of the group on the banks of the Selegua River, in which one soldier was wounded."
S_HELI = "The spokesperson of the PNC, Ana Lucía Pérez-Castañeda, said that Solórzano-Mérida was transferred by helicopter to the capital yesterday afternoon and is being held at the Mariscal Zavala military barracks while the extradition proceedings continue."
S_FRI = "He will appear before the First Criminal Court for Extradition Proceedings on Friday."
doc(F, SRC, "Huehuetenango trafficking leader captured for extradition to the United States",
    "2023-11-09", "day", "Guatemala City, Thursday, November 9, 2023",
    people=[P("Aparicio Benjamín Solórzano-Mérida", "Solórzano-Mérida", "El Tío Chepe", country="Guatemala",
              roles=["financial operator of Los Huistas", "wanted by the United States"]),
            P("Rosendo Ajpop Tzul", country="Guatemala", roles=["detained in the raids"]),
            P("Wilmer Estuardo García", country="Guatemala", roles=["detained in the raids"]),
            P("Óscar R. Ventura-Lemus", "Vice Minister for Counternarcotics Óscar R. Ventura-Lemus", "Ventura-Lemus", country="Guatemala",
              roles=["Vice Minister for Counternarcotics"]),
            P("Eleázar Herrera-Soto", "Don Chayo", country="Guatemala", roles=["founder of Los Huistas"]),
            P("Heriberto Solórzano Mérida", "El Güero Solórzano", country="Guatemala", roles=["brother of Solórzano-Mérida", "extradited"]),
            P("Ana Lucía Pérez-Castañeda", country="Guatemala", roles=["PNC spokesperson"])],
    organizations=[O("Ministry of Governance", "MINISTRY OF GOVERNANCE", "Ministerio de Gobernación", "MINGOB", kind="government body"),
                   O("National Civil Police", "Policía Nacional Civil", "PNC", kind="security force"),
                   O("Los Huistas", kind="criminal group"),
                   O("Anti-Narcotics Analysis and Information Division", "Subdirección General de Análisis e Información Antinarcótica", "SGAIA",
                     kind="security force"),
                   O("Public Prosecutor's Office", "Ministerio Público", "MP", kind="government body"),
                   O("Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Seventh Criminal Court", kind="government body"),
                   O("United States Embassy in Guatemala", kind="government body"),
                   O("Supreme Court of Justice", "Corte Suprema de Justicia", "CSJ", kind="government body"),
                   O("Guatemalan Army", kind="security force"),
                   O("First Criminal Court for Extradition Proceedings", kind="government body")],
    places=[GUA(), USA(), MEX(), C("Venezuela"),
            city("Guatemala City", "Guatemala"), city("El Jocote", "Guatemala"), city("La Democracia", "Guatemala"),
            state("Huehuetenango", "Guatemala", "Huehuetenango department"), state("Chiapas", "Mexico"),
            state("San Marcos", "Guatemala"), city("La Mesilla", "Guatemala"), city("Miami", "United States"),
            city("Cuilco", "Guatemala"), fac("Mariscal Zavala", "Guatemala", "Mariscal Zavala prison", "Mariscal Zavala military barracks"),
            city("Nentón", "Guatemala"), oth("Selegua River", None), reg("Central America")],
    aliases=[A("Ministry of Governance", "Ministerio de Gobernación", "translation", "Ministry of Governance (Ministerio de Gobernación, MINGOB)"),
             A("Ministry of Governance", "MINGOB", "acronym", "Ministerio de Gobernación, MINGOB"),
             A("National Civil Police", "Policía Nacional Civil", "translation", "National Civil Police (Policía Nacional Civil, PNC)"),
             A("National Civil Police", "PNC", "acronym", "Policía Nacional Civil, PNC"),
             A("Aparicio Benjamín Solórzano-Mérida", "El Tío Chepe", "nickname", "Aparicio Benjamín Solórzano-Mérida, alias \"El Tío Chepe,\""),
             A("Anti-Narcotics Analysis and Information Division", "Subdirección General de Análisis e Información Antinarcótica", "translation",
               "Anti-Narcotics Analysis and Information Division (Subdirección General de Análisis e Información Antinarcótica, SGAIA)"),
             A("Anti-Narcotics Analysis and Information Division", "SGAIA", "acronym", "Subdirección General de Análisis e Información Antinarcótica, SGAIA"),
             A("Public Prosecutor's Office", "Ministerio Público", "translation", "Public Prosecutor's Office (Ministerio Público, MP)"),
             A("Public Prosecutor's Office", "MP", "acronym", "Ministerio Público, MP"),
             A("Drug Enforcement Administration", "DEA", "acronym", "U.S. Drug Enforcement Administration (DEA)"),
             A("Supreme Court of Justice", "Corte Suprema de Justicia", "translation", "Supreme Court of Justice (Corte Suprema de Justicia, CSJ)"),
             A("Supreme Court of Justice", "CSJ", "acronym", "Corte Suprema de Justicia, CSJ"),
             A("Eleázar Herrera-Soto", "Don Chayo", "nickname", "Eleázar Herrera-Soto, known as \"Don Chayo,\""),
             A("Heriberto Solórzano Mérida", "El Güero Solórzano", "nickname", "Heriberto Solórzano Mérida, better known as \"El Güero Solórzano,\"")],
    events=[E("2023-11-08", "day", "yesterday", "document date", ["Guatemala"], "PNC captures Solórzano-Mérida (El Tío Chepe) in El Jocote, La Democracia, Huehuetenango", S_CAP),
            E("2023-11-08", "day", "During the raids", "context", ["Guatemala"], "agents seize three rifles, US$48,000 and 212 kg of cocaine in a warehouse in La Mesilla", S_SEIZ),
            E("2021-04", "month", "in April 2021", "explicit", ["United States"], "federal grand jury in Miami charges Solórzano-Mérida with cocaine conspiracy", S_IND),
            E("2023-10-17", "day", "on October 17", "document date", ["United States", "Guatemala"], "US Embassy submits provisional arrest request for extradition of Solórzano-Mérida", S_REQ),
            E("2023-11-06", "day", "on Monday", "document date", ["Guatemala"], "Criminal Chamber of the Supreme Court of Justice authorises the arrest warrant", S_REQ),
            E("2023-11-08", "day", "on Wednesday afternoon", "document date", ["Guatemala", "United States"], "Ventura-Lemus speaks by telephone with the DEA regional director to confirm the capture", S_CALL),
            E("2019", "year", "in 2019", "explicit", ["Guatemala"], "Herrera-Soto (Don Chayo), founder of Los Huistas, captured in Cuilco", S_CHAYO),
            E("2020-03-14", "day", "on 14 March 2020", "explicit", ["Guatemala", "United States"], "Heriberto Solórzano Mérida extradited to the United States", S_GUERO),
            E("2020-12", "month", "that December", "context", ["United States"], "Heriberto Solórzano Mérida sentenced to 19 years in Miami", S_GUERO),
            E("2023-07", "month", "In July", "document date", ["Guatemala"], "SGAIA destroys a clandestine airstrip near Nentón", S_JUL),
            E("2023-09-02", "day", "On 2 September", "document date", ["Guatemala"], "Army's Fourth Infantry Brigade clashes with suspected Huistas on the Selegua River; one soldier wounded", S_SEP),
            E("2023-11-08", "day", "yesterday afternoon", "document date", ["Guatemala"], "Solórzano-Mérida flown by helicopter to the capital and held at Mariscal Zavala", S_HELI),
            E("2023-11-10", "day", "on Friday", "document date", ["Guatemala"], "Solórzano-Mérida to appear before the First Criminal Court for Extradition Proceedings (scheduled)", S_FRI)],
    optional={"organizations": ["Criminal Chamber", "Fourth Infantry Brigade", "Mariscal Zavala prison", "Social Communication Office",
                                "federal grand jury"],
              "places": ["border crossing with Mexico"],
              "events_evidence": [
                  S_OP,
                  "Agents carried out six simultaneous raids in Huehuetenango and San Marcos departments.",
                  "Two other men, Rosendo Ajpop Tzul and Wilmer Estuardo García, were detained for flagrant possession and were taken to the Seventh Criminal Court in Guatemala City for their first hearing.",
                  "Vice Minister for Counternarcotics Óscar R. Ventura-Lemus said the operation was the result of \"two years of patient work.\"",
                  "Today we have shown that nobody is out of reach,\" Ventura-Lemus said.",
                  "The Ministry of Governance reiterates its commitment to cooperation with the United States and Mexico against transnational crime, and thanks the population of Huehuetenango for the anonymous reports received through the 1561 hotline."]},
    timeline_pair=("Guatemala", "United States"))
checks(F)

# ---------------------------------------------------------------- 02 Reuters wire, Belize City gang truce (2012)
F = "02_belize_gang_truce_wire_2012.txt"
S_LEDE = "BELIZE CITY, Sept 14 (Reuters) - A government-brokered truce between Belize City's street gangs collapsed this week after two members of the George Street gang were shot dead on Wednesday night, police said, raising fears that the small Caribbean nation will again see one of the highest murder rates in the world."
S_WHY = "Police Commissioner Allen Whylie told reporters on Thursday that the two victims, aged 19 and 23, were killed on Ebony Street in the Southside neighbourhood by gunmen who escaped on bicycles."
S_DET = "Police detained four suspects in the Lake Independence area early on Thursday."
S_PACT = "The truce was agreed in September 2011, when leaders of more than a dozen gangs, among them the George Street gang and its rivals from Taylor's Alley, signed a pact at the Ministry of Police and Public Security and were offered jobs clearing drains and roadsides."
S_JUL = "Murders fell in the first months of the year, but the calm broke in July, when a gang leader known as \"Bootie Man\" was shot outside a bar on Mayflower Street."
S_BOY = "Two weeks later police found the body of a 16-year-old boy in a canal near the Haulover Creek, according to a police report seen by Reuters."
S_SAL = "Minister of National Security John Saldivar said on Thursday that the government would not abandon the programme."
S_MET = "He said he had met with the leaders of six gangs at the Belize Central Prison in Hattieville last month."
S_ZET = "In 2011, the Guatemalan army said the Zetas had killed 27 farmworkers at a ranch in the Petén department, about 60 miles (100 km) from the Belize border, and Belizean officials have since reported Guatemalan and Mexican traffickers buying land in the Cayo and Orange Walk districts."
S_BDF = "On Aug. 20 the Belize Defence Force (BDF) found a twin-engine aircraft burned on a sugarcane road near San Estevan, in Orange Walk, the third such find this year."
S_EXT = "In a separate case, a judge in Belize City on Monday ordered that Rafael Antonio \"Cholo\" Pineda-Reyes, a Honduran national accused of running cocaine through the Sarstoon River area, be extradited to the United States."
S_MAY = "Pineda-Reyes was arrested in Punta Gorda in May at the request of the U.S. Drug Enforcement Administration."
S_MARCH = "Church and community leaders plan to march from Yarborough to the Battlefield Park on Saturday to demand an end to the shootings."
S_CARSI = "The United States announced in June that it would give Belize $1.2 million under the Central America Regional Security Initiative (CARSI) for police training and equipment."
doc(F, SRC, "Belize gang truce unravels as killings return to Belize City's Southside",
    "2012-09-14", "day", "Sept 14, 2012 4:17 PM UTC",
    people=[P("Marcus T. Villanueva", roles=["author"]),
            P("Allen Whylie", "Police Commissioner Allen Whylie", country="Belize", roles=["Police Commissioner"]),
            P("Lorenzo R. Castillo-Bairn", "Supt. Lorenzo R. Castillo-Bairn", country="Belize", roles=["former commander of the Gang Suppression Unit"]),
            P("John Saldivar", "Minister of National Security John Saldivar", "Saldivar", country="Belize", roles=["Minister of National Security"]),
            P("David N. Jones", "Brig. Gen. David N. Jones", country="Belize", roles=["BDF commander"]),
            P("Rafael Antonio Pineda-Reyes", "Rafael Antonio \"Cholo\" Pineda-Reyes", "Pineda-Reyes", "Cholo", country="Honduras",
              roles=["accused cocaine trafficker", "extradition ordered"]),
            P("Arthur Saldivar", country="Belize", roles=["lawyer of Pineda-Reyes"]),
            P("Nuria Gentle-Flowers", country="Belize", roles=["runs a youth programme"]),
            P("Dave Graham", roles=["editor"])],
    organizations=[O("Reuters", kind="media"),
                   O("George Street gang", kind="criminal group"),
                   O("Ministry of Police and Public Security", kind="government body"),
                   O("Gang Suppression Unit", kind="security force"),
                   O("Restore Belize Foundation", kind="nonprofit"),
                   O("Zetas", kind="criminal group"),
                   O("Belize Defence Force", "BDF", kind="security force"),
                   O("Drug Enforcement Administration", "U.S. Drug Enforcement Administration", kind="government body"),
                   O("Court of Appeal", kind="government body")],
    places=[BLZ(), GUA(), USA(),
            city("Belize City", "Belize", "BELIZE CITY"), oth("Southside", "Belize"), oth("Lake Independence", "Belize"),
            oth("Haulover Creek", "Belize"), fac("Belize Central Prison", "Belize"), city("Hattieville", "Belize"),
            state("Petén", "Guatemala", "Petén department"), state("Cayo", "Belize"), state("Orange Walk", "Belize"),
            city("San Estevan", "Belize"), oth("Sarstoon River", None), city("Punta Gorda", "Belize"),
            oth("Yarborough", "Belize"), oth("Battlefield Park", "Belize")],
    aliases=[A("Belize Defence Force", "BDF", "acronym", "Belize Defence Force (BDF)"),
             A("Rafael Antonio Pineda-Reyes", "Cholo", "nickname", "Rafael Antonio \"Cholo\" Pineda-Reyes")],
    events=[E("2012-09-12", "day", "on Wednesday night", "document date", ["Belize"], "two George Street gang members shot dead in Belize City; the gang truce collapses", S_LEDE),
            E("2012-09-13", "day", "on Thursday", "document date", ["Belize"], "Police Commissioner Whylie briefs reporters on the Ebony Street killings", S_WHY),
            E("2012-09-13", "day", "early on Thursday", "document date", ["Belize"], "police detain four suspects in Lake Independence", S_DET),
            E("2011-09", "month", "in September 2011", "explicit", ["Belize"], "gang leaders sign a truce pact at the Ministry of Police and Public Security", S_PACT),
            E("2012-07", "month", "in July", "document date", ["Belize"], "gang leader \"Bootie Man\" shot outside a bar on Mayflower Street", S_JUL),
            E("2012", "year", "Two weeks later", "context", ["Belize"], "police find the body of a 16-year-old boy near Haulover Creek", S_BOY),
            E("2012-09-13", "day", "on Thursday", "document date", ["Belize"], "Minister Saldivar says the government will not abandon the truce programme", S_SAL),
            E("2012-08", "month", "last month", "document date", ["Belize"], "Saldivar meets leaders of six gangs at the Belize Central Prison", S_MET),
            E("2011", "year", "In 2011", "explicit", ["Guatemala"], "Zetas kill 27 farmworkers at a ranch in Petén (Guatemalan army statement)", S_ZET),
            E("2012-08-20", "day", "On Aug. 20", "document date", ["Belize"], "BDF finds a burned twin-engine aircraft near San Estevan, Orange Walk", S_BDF),
            E("2012-09-10", "day", "on Monday", "document date", ["Belize", "United States"], "Belize City judge orders Pineda-Reyes extradited to the United States", S_EXT),
            E("2012-05", "month", "in May", "document date", ["Belize", "United States"], "Pineda-Reyes arrested in Punta Gorda at the DEA's request", S_MAY),
            E("2012-09-15", "day", "on Saturday", "document date", ["Belize"], "church and community leaders march against the shootings (planned)", S_MARCH),
            E("2012-06", "month", "in June", "document date", ["United States", "Belize"], "United States announces $1.2 million CARSI aid to Belize", S_CARSI)],
    optional={"people": ["Bootie Man"],
              "organizations": ["Taylor's Alley", "Guatemalan army", "Central America Regional Security Initiative", "CARSI", "Belize Central Prison"],
              "places": ["Caribbean", "Ebony Street", "Mayflower Street", "Kraal Road", "Taylor's Alley", "northern Guatemala"],
              "events_evidence": [
                  "The programme was run by the Gang Suppression Unit's former commander, Supt. Lorenzo R. Castillo-Bairn, and a church group, the Restore Belize Foundation.",
                  "\"A truce is not a magic wand,\" Saldivar said.",
                  "Security analysts say the street violence is tied to a regional cocaine trade that has grown since Mexican cartels moved into northern Guatemala.",
                  "Brig. Gen. David N. Jones, the BDF commander, said troops had recovered fuel drums but no drugs.",
                  "His lawyer, Arthur Saldivar, said he would appeal to the Court of Appeal.",
                  "\"Last year we buried boys every week."]},
    timeline_pair=("Belize", "United States"))
checks(F)

# ---------------------------------------------------------------- 03 analysis, Michoacán autodefensas (2009-2015, published 2016)
F = "03_michoacan_autodefensas_analysis_2016.txt"
S_2009 = "In July 2009 the group's gunmen attacked federal police posts in at least six Michoacán cities after the arrest of Arnoldo Rueda Medina, alias \"La Minsa,\" and twelve federal agents were later found dead beside a highway near La Huacana."
S_2010 = "On 9 December 2010, federal forces announced that they had killed the group's founder, Nazario Moreno González, known as \"El Chayo\" or \"El Más Loco,\" in a two-day gun battle in Apatzingán; no body was shown."
S_KT = "By March of the following year his lieutenants, Servando Gómez Martínez (\"La Tuta\") and Enrique Plancarte Solís, had broken away and founded the Knights Templar."
S_FEB24 = "On 24 February, residents of Tepalcatepec and La Ruana took up shotguns and set up roadblocks, calling themselves autodefensas."
S_MIR = "Their best-known spokesman was José Manuel Mireles Valverde, a surgeon known to everyone as Dr. Mireles, and in La Ruana the movement was led by a lime grower, Hipólito Mora Chávez."
S_CRASH = "Dr. Mireles was badly injured on 4 January 2014 when a light plane crashed near Guacamayas."
S_COM = "On 15 January, President Enrique Peña Nieto created a Commission for Security and Integral Development in Michoacán and named Alfredo Castillo Cervantes to lead it."
S_AGR = "Castillo signed an agreement with the self-defence leaders on 27 January in Tepalcatepec under which they would join a new Rural Defence force (Fuerza Rural)."
S_MAR = "Marines and soldiers killed Moreno González, for real this time, near Tumbiscatío on 9 March, and Plancarte Solís was killed in Querétaro state at the end of the month."
S_TORO = "The Army said that in February it had detained a local plaza boss, Jesús María Vázquez-Tena (\"El Toro\"), in Nueva Italia, and that he had named the people who collected the lime tax."
S_JUN = "Mireles rejected the Fuerza Rural, and on 27 June he was arrested with more than 80 followers in La Mira, near Lázaro Cárdenas, for carrying weapons reserved for the armed forces."
S_DEC = "Inside the movement, a group led by Luis Antonio Torres González, alias \"Simón El Americano,\" clashed with Mora's men in La Ruana on 16 December, leaving eleven dead."
S_JAIL = "Both leaders were jailed within days."
S_TUTA = "La Tuta, a former schoolteacher who gave video interviews while on the run, was finally caught in Morelia on 27 February 2015, ending the Templarios as a unified organisation."
S_CAS = "Castillo left Michoacán in January 2015, and the commission was closed."
S_LAST = "\"Last month they came back for the lime growers,\" a packer said in January."
doc(F, SRC, "The Lime Growers' War: How Michoacán's Self-Defence Movement Rose and Fell",
    "2016-02-12", "day", "By Elena Ruiz-Castañón | 12 Feb 2016",
    people=[P("Elena Ruiz-Castañón", roles=["author"]),
            P("Arnoldo Rueda Medina", "La Minsa", country="Mexico", roles=["La Familia Michoacana member (arrested)"]),
            P("Nazario Moreno González", "Moreno González", "El Chayo", "El Más Loco", country="Mexico", roles=["founder of La Familia Michoacana", "Knights Templar leader"]),
            P("Servando Gómez Martínez", "La Tuta", country="Mexico", roles=["Knights Templar leader"]),
            P("Enrique Plancarte Solís", "Plancarte Solís", country="Mexico", roles=["Knights Templar leader"]),
            P("José Manuel Mireles Valverde", "Dr. Mireles", "Mireles", country="Mexico", roles=["autodefensas spokesman", "surgeon"]),
            P("Hipólito Mora Chávez", "Mora", country="Mexico", roles=["autodefensas leader in La Ruana", "lime grower"]),
            P("Enrique Peña Nieto", "President Enrique Peña Nieto", country="Mexico", roles=["President"]),
            P("Alfredo Castillo Cervantes", "Castillo", country="Mexico", roles=["head of the Commission for Security and Integral Development in Michoacán"]),
            P("Jesús María Vázquez-Tena", "El Toro", country="Mexico", roles=["Knights Templar plaza boss"]),
            P("Luis Antonio Torres González", "Simón El Americano", country="Mexico", roles=["autodefensas faction leader"])],
    organizations=[O("Knights Templar", "Caballeros Templarios", "Templarios", "Templario", kind="criminal group"),
                   O("La Familia Michoacana", kind="criminal group"),
                   O("Commission for Security and Integral Development in Michoacán", kind="government body"),
                   O("Rural Defence force", "Fuerza Rural", kind="security force"),
                   O("Los Viagras", kind="criminal group"),
                   O("Jalisco New Generation Cartel", "CJNG", kind="criminal group"),
                   O("Centro de Estudios de Seguridad Regional", "CESER", kind="other")],
    places=[MEX(),
            reg("Tierra Caliente", "Mexico"), state("Michoacán", "Mexico"), city("Apatzingán", "Mexico"), city("Tepalcatepec", "Mexico"),
            city("La Ruana", "Mexico"), city("La Huacana", "Mexico"), city("Lázaro Cárdenas", "Mexico"), city("Buenavista", "Mexico"),
            city("Guacamayas", "Mexico"), city("Tumbiscatío", "Mexico"), state("Querétaro", "Mexico", "Querétaro state"),
            city("Nueva Italia", "Mexico"), city("La Mira", "Mexico"), city("Hermosillo", "Mexico"), state("Sonora", "Mexico"),
            city("Morelia", "Mexico"), city("Guadalajara", "Mexico")],
    aliases=[A("Knights Templar", "Caballeros Templarios", "translation", "Knights Templar (Caballeros Templarios)"),
             A("Arnoldo Rueda Medina", "La Minsa", "nickname", "Arnoldo Rueda Medina, alias \"La Minsa,\""),
             A("Nazario Moreno González", "El Chayo", "nickname", "Nazario Moreno González, known as \"El Chayo\" or \"El Más Loco,\""),
             A("Nazario Moreno González", "El Más Loco", "nickname", "Nazario Moreno González, known as \"El Chayo\" or \"El Más Loco,\""),
             A("Servando Gómez Martínez", "La Tuta", "nickname", "Servando Gómez Martínez (\"La Tuta\")"),
             A("José Manuel Mireles Valverde", "Dr. Mireles", "short name", "José Manuel Mireles Valverde, a surgeon known to everyone as Dr. Mireles"),
             A("Rural Defence force", "Fuerza Rural", "translation", "Rural Defence force (Fuerza Rural)"),
             A("Jesús María Vázquez-Tena", "El Toro", "nickname", "Jesús María Vázquez-Tena (\"El Toro\")"),
             A("Luis Antonio Torres González", "Simón El Americano", "nickname", "Luis Antonio Torres González, alias \"Simón El Americano,\""),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Jalisco New Generation Cartel (CJNG)"),
             A("Centro de Estudios de Seguridad Regional", "CESER", "acronym", "Centro de Estudios de Seguridad Regional (CESER)")],
    events=[E("2009-07", "month", "In July 2009", "explicit", ["Mexico"], "La Familia Michoacana gunmen attack federal police posts in at least six Michoacán cities", S_2009),
            E("2010-12-09", "day", "On 9 December 2010", "explicit", ["Mexico"], "federal forces announce they killed Nazario Moreno González in a two-day gun battle in Apatzingán", S_2010),
            E("2011-03", "month", "By March of the following year", "context", ["Mexico"], "Gómez Martínez and Plancarte Solís break away and found the Knights Templar", S_KT),
            E("2013-02-24", "day", "On 24 February", "context", ["Mexico"], "residents of Tepalcatepec and La Ruana take up arms and set up roadblocks as autodefensas", S_FEB24),
            E("2014-01-04", "day", "on 4 January 2014", "explicit", ["Mexico"], "Mireles badly injured in a light-plane crash near Guacamayas", S_CRASH),
            E("2014-01-15", "day", "On 15 January", "context", ["Mexico"], "Peña Nieto creates the Commission for Security and Integral Development in Michoacán", S_COM),
            E("2014-01-15", "day", "On 15 January", "context", ["Mexico"], "Peña Nieto names Alfredo Castillo Cervantes to lead the commission", S_COM),
            E("2014-01-27", "day", "on 27 January", "context", ["Mexico"], "Castillo signs an agreement with self-defence leaders in Tepalcatepec to form the Fuerza Rural", S_AGR),
            E("2014-03-09", "day", "on 9 March", "context", ["Mexico"], "marines and soldiers kill Nazario Moreno González near Tumbiscatío", S_MAR),
            E("2014-03", "month", "at the end of the month", "context", ["Mexico"], "Enrique Plancarte Solís killed in Querétaro state", S_MAR),
            E("2014-02", "month", "in February", "context", ["Mexico"], "Army detains plaza boss Vázquez-Tena (El Toro) in Nueva Italia", S_TORO),
            E("2014-06-27", "day", "on 27 June", "context", ["Mexico"], "Mireles arrested with more than 80 followers in La Mira", S_JUN),
            E("2014-12-16", "day", "on 16 December", "context", ["Mexico"], "Torres González's group clashes with Mora's men in La Ruana; eleven dead", S_DEC),
            E("2014-12", "month", "within days", "context", ["Mexico"], "Torres González and Mora jailed", S_JAIL),
            E("2015-02-27", "day", "on 27 February 2015", "explicit", ["Mexico"], "La Tuta (Servando Gómez Martínez) caught in Morelia", S_TUTA),
            E("2015-01", "month", "in January 2015", "explicit", ["Mexico"], "Castillo leaves Michoacán", S_CAS),
            E("2015-01", "month", "in January 2015", "context", ["Mexico"], "the Michoacán security commission is closed", S_CAS),
            E("2015-12", "month", "Last month", "context", ["Mexico"], "extortionists return to tax the lime growers of Apatzingán", S_LAST)],
    optional={"people": ["Sierra Santana"],
              "organizations": ["autodefensas", "federal police", "Marines", "Army", "state prosecutor's office", "federal government"],
              "places": ["port of Lázaro Cárdenas"],
              "events_evidence": [
                  "The federal government answered with thousands of extra troops.",
                  "That changed in 2013.",
                  S_MIR,
                  "By the end of the year the groups held more than a dozen municipalities.",
                  "He was sent to a federal prison in Hermosillo, Sonora.",
                  "Former autodefensas formed groups such as Los Viagras, led by the Sierra Santana brothers, while the Jalisco New Generation Cartel (CJNG) pushed in from the north-west.",
                  "The state prosecutor's office counted 1,115 homicides in Michoacán in 2015, among the highest totals in Mexico.",
                  "In Apatzingán, residents now describe the same tax under new names."]},
    timeline_pair=("Mexico",))
checks(F)

# ---------------------------------------------------------------- 04 event notes, 8-14 March 2021
F = "04_event_notes_caribbean_central_america_2021.txt"
H_SD = "08/03/2021 - Santo Domingo, Dominican Republic."
H_SPS = "08/03/2021 - San Pedro Sula, Honduras."
H_CEL = "09/03/2021 - Celaya, Guanajuato, Mexico."
S_MARRO = "State authorities attributed the attack to the Santa Rosa de Lima Cartel (CSRL), whose former leader, José Antonio Yépez Ortiz, alias \"El Marro,\" was arrested in August 2020."
H_BAY = "09/03/2021 - Bayamón, Puerto Rico."
H_GUA = "10/03/2021 - Guatemala City, Guatemala."
S_LUP = "She was handed to U.S. marshals on 12 March at La Aurora International Airport."
H_MGA = "10/03/2021 - Managua, Nicaragua."
H_BMP = "11/03/2021 - Belmopan, Belize."
S_BENQ = "Police Commissioner Chester Williams announced the arrest of two Guatemalan nationals with 30 kilograms of cocaine in a vehicle stopped at the Benque Viejo del Carmen border crossing the previous evening."
H_LIM = "11/03/2021 - Limón, Costa Rica."
H_TGU = "13/03/2021 - Tegucigalpa, Honduras."
S_NAJ = "Nájera Fúnez was extradited to the United States in 2017."
H_SJ = "13/03/2021 - San Juan, Puerto Rico."
S_LLO = "Federal prosecutors in the District of Puerto Rico announced charges against 17 alleged members of the La Rompe ONU drug organisation, arrested in raids in the Luis Lloréns Torres housing project on 11 March."
H_SDE = "14/03/2021 - Santo Domingo Este, Dominican Republic."
S_CARA = "The National Police (Policía Nacional) said one of the suspects, Eddy Manuel Tejeda-Brito, alias \"Cara de Niño,\" was arrested the next day in San Cristóbal."
H_CUN = "14/03/2021 - Cancún, Quintana Roo, Mexico."
doc(F, SRC, "Conflict and Crime Event Notes: Caribbean, Central America and Mexico, 8-14 March 2021",
    "2021-03-16", "day", "Published: 2021-03-16 10:41",
    people=[P("Tomás J. Echeverría-Lind", roles=["analyst (compiler)"]),
            P("José Antonio Yépez Ortiz", "El Marro", country="Mexico", roles=["former leader of the Santa Rosa de Lima Cartel"]),
            P("Guadalupe Ordóñez-Barrios", "Guadalupe \"Lupita\" Ordóñez-Barrios", "Ordóñez-Barrios", "Lupita", country="Guatemala",
              roles=["accused money launderer", "extradited"]),
            P("Chester Williams", "Police Commissioner Chester Williams", country="Belize", roles=["Police Commissioner"]),
            P("Walter Espinoza", country="Costa Rica", roles=["OIJ director"]),
            P("Mauricio A. Nájera-Paz", "El Primo", country="Honduras", roles=["arrested for money laundering"]),
            P("Rodimiro Nájera Fúnez", "Congressman Rodimiro Nájera Fúnez", "Nájera Fúnez", country="Honduras", roles=["former Congressman", "extradited"]),
            P("Eddy Manuel Tejeda-Brito", "Cara de Niño", country="Dominican Republic", roles=["suspect, arrested"])],
    organizations=[O("Regional Violence Observatory", "Observatorio Regional de Violencia", "ORV", kind="other"),
                   O("National Directorate for Drug Control", "Dirección Nacional de Control de Drogas", "DNCD", kind="government body"),
                   O("18th Street gang", "Barrio 18", kind="criminal group"),
                   O("Los Olanchanos", kind="criminal group"),
                   O("Santa Rosa de Lima Cartel", "CSRL", kind="criminal group"),
                   O("Puerto Rico Police Bureau", "Negociado de la Policía de Puerto Rico", kind="security force"),
                   O("Supreme Court of Justice", kind="government body"),
                   O("Nicaraguan Army", kind="security force"),
                   O("Judicial Investigation Agency", "Organismo de Investigación Judicial", "OIJ", kind="security force"),
                   O("Public Ministry", "Ministerio Público", kind="government body"),
                   O("Technical Criminal Investigation Agency", "ATIC", kind="security force"),
                   O("La Rompe ONU", kind="criminal group"),
                   O("National Police", "Policía Nacional", kind="security force"),
                   O("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group")],
    places=[reg("Caribbean"), reg("Central America"), MEX(), DOM(), HON(), PR(), GUA(), USA(), C("Nicaragua"), BLZ(), C("Costa Rica"),
            city("Santo Domingo", "Dominican Republic"), state("Peravia", "Dominican Republic", "Peravia province"),
            city("San Pedro Sula", "Honduras"), oth("Rivera Hernández", "Honduras"),
            city("Celaya", "Mexico"), state("Guanajuato", "Mexico"), infra("Celaya-Salvatierra highway", "Mexico"),
            city("Bayamón", "Puerto Rico"), city("Guatemala City", "Guatemala"), state("Izabal", "Guatemala"),
            fac("La Aurora International Airport", "Guatemala"), city("Managua", "Nicaragua"), city("Bluefields", "Nicaragua"),
            city("Belmopan", "Belize"), infra("Benque Viejo del Carmen border crossing", "Belize", "Benque Viejo del Carmen"),
            state("Limón", "Costa Rica"), city("Siquirres", "Costa Rica"), city("Tegucigalpa", "Honduras"),
            city("San Juan", "Puerto Rico"), oth("Luis Lloréns Torres", "Puerto Rico", "Luis Lloréns Torres housing project"),
            city("Santo Domingo Este", "Dominican Republic"), oth("Los Mina", "Dominican Republic"), city("San Cristóbal", "Dominican Republic"),
            city("Cancún", "Mexico"), state("Quintana Roo", "Mexico")],
    aliases=[A("Regional Violence Observatory", "Observatorio Regional de Violencia", "translation", "Regional Violence Observatory (Observatorio Regional de Violencia, ORV)"),
             A("Regional Violence Observatory", "ORV", "acronym", "Observatorio Regional de Violencia, ORV"),
             A("National Directorate for Drug Control", "Dirección Nacional de Control de Drogas", "translation",
               "National Directorate for Drug Control (Dirección Nacional de Control de Drogas, DNCD)"),
             A("National Directorate for Drug Control", "DNCD", "acronym", "Dirección Nacional de Control de Drogas, DNCD"),
             A("18th Street gang", "Barrio 18", "translation", "18th Street gang (Barrio 18)"),
             A("Santa Rosa de Lima Cartel", "CSRL", "acronym", "Santa Rosa de Lima Cartel (CSRL)"),
             A("José Antonio Yépez Ortiz", "El Marro", "nickname", "José Antonio Yépez Ortiz, alias \"El Marro,\""),
             A("Puerto Rico Police Bureau", "Negociado de la Policía de Puerto Rico", "translation", "Puerto Rico Police Bureau (Negociado de la Policía de Puerto Rico)"),
             A("Guadalupe Ordóñez-Barrios", "Lupita", "nickname", "Guadalupe \"Lupita\" Ordóñez-Barrios"),
             A("Judicial Investigation Agency", "Organismo de Investigación Judicial", "translation", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Judicial Investigation Agency", "OIJ", "acronym", "Organismo de Investigación Judicial, OIJ"),
             A("Public Ministry", "Ministerio Público", "translation", "Public Ministry (Ministerio Público)"),
             A("Technical Criminal Investigation Agency", "ATIC", "acronym", "Technical Criminal Investigation Agency (ATIC)"),
             A("Mauricio A. Nájera-Paz", "El Primo", "nickname", "Mauricio A. Nájera-Paz, known as \"El Primo,\""),
             A("National Police", "Policía Nacional", "translation", "National Police (Policía Nacional)"),
             A("Eddy Manuel Tejeda-Brito", "Cara de Niño", "nickname", "Eddy Manuel Tejeda-Brito, alias \"Cara de Niño,\""),
             A("Jalisco New Generation Cartel", "Cártel de Jalisco Nueva Generación", "translation",
               "Jalisco New Generation Cartel (Cártel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco New Generation Cartel", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación, CJNG")],
    events=[E("2021-03-08", "day", "08/03/2021", "explicit", ["Dominican Republic"], "DNCD seizes 1,134 packages of cocaine from a speedboat off Peravia and arrests three Venezuelan crew", H_SD),
            E("2021-03-08", "day", "08/03/2021", "explicit", ["Honduras"], "gunmen kill five people in Rivera Hernández, San Pedro Sula (Barrio 18 vs Los Olanchanos)", H_SPS),
            E("2021-03-09", "day", "09/03/2021", "explicit", ["Mexico"], "two municipal police officers shot dead at a checkpoint on the Celaya-Salvatierra highway", H_CEL),
            E("2020-08", "month", "in August 2020", "explicit", ["Mexico"], "CSRL leader José Antonio Yépez Ortiz (El Marro) arrested", S_MARRO),
            E("2021-03-09", "day", "09/03/2021", "explicit", ["Puerto Rico"], "man shot dead at a public housing complex in Bayamón", H_BAY),
            E("2021-03-10", "day", "10/03/2021", "explicit", ["Guatemala", "United States"], "Supreme Court of Justice approves extradition of Ordóñez-Barrios to the United States", H_GUA),
            E("2021-03-12", "day", "on 12 March", "document date", ["Guatemala", "United States"], "Ordóñez-Barrios handed to U.S. marshals at La Aurora International Airport", S_LUP),
            E("2021-03-10", "day", "10/03/2021", "explicit", ["Nicaragua"], "Nicaraguan Army intercepts a go-fast boat near Bluefields and seizes 1.2 tonnes of cocaine", H_MGA),
            E("2021-03-11", "day", "11/03/2021", "explicit", ["Belize"], "Police Commissioner Chester Williams announces the arrest of two Guatemalans with 30 kg of cocaine", H_BMP),
            E("2021-03-10", "day", "the previous evening", "context", ["Belize"], "two Guatemalans arrested with 30 kg of cocaine at the Benque Viejo del Carmen border crossing", S_BENQ),
            E("2021-03-11", "day", "11/03/2021", "explicit", ["Costa Rica"], "OIJ finds the bodies of two men in a banana plantation in Siquirres", H_LIM),
            E("2021-03-13", "day", "13/03/2021", "explicit", ["Honduras"], "ATIC arrests Mauricio A. Nájera-Paz (El Primo) on money laundering charges", H_TGU),
            E("2017", "year", "in 2017", "explicit", ["Honduras", "United States"], "former Congressman Rodimiro Nájera Fúnez extradited to the United States", S_NAJ),
            E("2021-03-13", "day", "13/03/2021", "explicit", ["Puerto Rico"], "federal prosecutors charge 17 alleged La Rompe ONU members", H_SJ),
            E("2021-03-11", "day", "on 11 March", "document date", ["Puerto Rico"], "raids in the Luis Lloréns Torres housing project arrest alleged La Rompe ONU members", S_LLO),
            E("2021-03-14", "day", "14/03/2021", "explicit", ["Dominican Republic"], "police officer killed and another wounded in a shootout with drug dealers in Los Mina", H_SDE),
            E("2021-03-15", "day", "the next day", "context", ["Dominican Republic"], "suspect Eddy Manuel Tejeda-Brito (Cara de Niño) arrested in San Cristóbal", S_CARA),
            E("2021-03-14", "day", "14/03/2021", "explicit", ["Mexico"], "two men killed at a beach bar in Cancún's Hotel Zone (CJNG cell)", H_CUN)],
    optional={"organizations": ["U.S. marshals", "State authorities", "Federal prosecutors", "Quintana Roo's prosecutor"],
              "places": ["District of Puerto Rico", "Hotel Zone", "Caribbean coast"],
              "events_evidence": [
                  "Compiled by the Regional Violence Observatory (Observatorio Regional de Violencia, ORV).",
                  "The OIJ director, Walter Espinoza, said the killings were linked to the local drug market.",
                  "Three Colombian crew members were detained.",
                  "Notes are compiled from official statements, court records and local press, and are not verified independently by the ORV."]},
    timeline_pair=("Guatemala", "United States"))
checks(F)

# ---------------------------------------------------------------- 05 Q&A, Puerto Rico drug routes (2023)
F = "05_puerto_rico_qa_drug_routes_2023.txt"
S_AYA = "Ángel Ayala-Vázquez, \"Angelo Millones,\" who ran the drug points in the Sierra Linda project in Bayamón, had been arrested in 2010, after years as a fugitive, and was later sentenced to life."
S_JANQ = "ISLA ABIERTA: In January agents found 2,400 pounds of cocaine on a boat near Vieques."
S_CG = "The U.S. Coast Guard intercepted that boat on January 17, and the Homeland Security Investigations team made arrests in Fajardo two days later."
S_FBI = "The FBI arrested him in Orlando in November, and a federal judge in San Juan ordered him held without bail on December 8."
S_TRIAL = "His trial is set for September."
S_PER = "In August 2019 Colombian police arrested César Emilio Peralta, \"César el Abusador,\" a Dominican accused of shipping cocaine through Puerto Rico, and he was extradited to San Juan the following year."
S_LOP = "Police Commissioner Antonio López Figueroa said in January that he wants 1,000 new cadets this year."
S_REP = "ISLA ABIERTA: Your organisation published a report last week on court delays."
S_TUE = "On Tuesday we met with Justice Secretary Domingo Emanuelli Hernández and the chief judge, Maite D. Oronoz Rodríguez, to present the data."
doc(F, SRC, "Q&A: \"The boats never stopped coming\" - a former prosecutor on Puerto Rico's drug routes",
    "2023-03-02", "day", "Updated March 2, 2023",
    people=[P("Gabriel Medina Ortiz", roles=["interviewer"]),
            P("Luisa M. Quiñones-Arroyo", "Dr. Luisa M. Quiñones-Arroyo", "QUIÑONES-ARROYO", country="Puerto Rico",
              roles=["former Assistant U.S. Attorney", "director of the Caribbean Justice Project"]),
            P("Ángel Ayala-Vázquez", "Angelo Millones", country="Puerto Rico", roles=["ran drug points in Sierra Linda"]),
            P("Christian Omar Rosado-Figueroa", "El Flaco de Lloréns", country="Puerto Rico", roles=["alleged La Rompe ONU leader"]),
            P("César Emilio Peralta", "César el Abusador", country="Dominican Republic", roles=["accused cocaine trafficker", "extradited"]),
            P("Antonio López Figueroa", "Police Commissioner Antonio López Figueroa", country="Puerto Rico", roles=["Police Commissioner"]),
            P("Domingo Emanuelli Hernández", "Justice Secretary Domingo Emanuelli Hernández", country="Puerto Rico", roles=["Justice Secretary"]),
            P("Maite D. Oronoz Rodríguez", country="Puerto Rico", roles=["chief judge"])],
    organizations=[O("Isla Abierta", "ISLA ABIERTA", kind="media"),
                   O("Caribbean Justice Project", "Proyecto Justicia Caribe", "PJC", kind="nonprofit"),
                   O("La ONU", kind="criminal group"),
                   O("La Rompe ONU", kind="criminal group"),
                   O("U.S. Coast Guard", kind="security force"),
                   O("Homeland Security Investigations", kind="government body"),
                   O("FBI", kind="government body"),
                   O("National Directorate for Drug Control", "DNCD", kind="government body"),
                   O("DEA", kind="government body"),
                   O("Puerto Rico Police Bureau", kind="security force")],
    places=[PR(), USA(), C("Venezuela"), C("Colombia"), DOM(),
            city("San Juan", "Puerto Rico"), state("La Guajira", "Colombia"), reg("Paraguaná", "Venezuela", "Paraguaná peninsula"),
            oth("Mona Passage", None), city("Cabo Rojo", "Puerto Rico"), city("Aguadilla", "Puerto Rico"),
            state("Florida", "United States"), city("New York", "United States"), city("Philadelphia", "United States"),
            oth("Sierra Linda", "Puerto Rico"), city("Bayamón", "Puerto Rico"), oth("Vieques", "Puerto Rico"),
            city("Fajardo", "Puerto Rico"), city("Carolina", "Puerto Rico"), city("Orlando", "United States"),
            city("Santo Domingo", "Dominican Republic"), city("Washington", "United States")],
    aliases=[A("Caribbean Justice Project", "Proyecto Justicia Caribe", "translation", "Caribbean Justice Project (Proyecto Justicia Caribe, PJC)"),
             A("Caribbean Justice Project", "PJC", "acronym", "Proyecto Justicia Caribe, PJC"),
             A("Ángel Ayala-Vázquez", "Angelo Millones", "nickname", "Ángel Ayala-Vázquez, \"Angelo Millones,\""),
             A("Christian Omar Rosado-Figueroa", "El Flaco de Lloréns", "nickname", "Christian Omar Rosado-Figueroa, alias \"El Flaco de Lloréns.\""),
             A("César Emilio Peralta", "César el Abusador", "nickname", "César Emilio Peralta, \"César el Abusador,\""),
             A("National Directorate for Drug Control", "DNCD", "acronym", "National Directorate for Drug Control (DNCD)")],
    events=[E("2010", "year", "in 2010", "explicit", ["Puerto Rico"], "Ángel Ayala-Vázquez (Angelo Millones) arrested after years as a fugitive", S_AYA),
            E("2023-01", "month", "In January", "document date", ["Puerto Rico"], "agents find 2,400 pounds of cocaine on a boat near Vieques", S_JANQ),
            E("2023-01-17", "day", "on January 17", "document date", ["Puerto Rico", "United States"], "U.S. Coast Guard intercepts the cocaine boat near Vieques", S_CG),
            E("2023-01-19", "day", "two days later", "context", ["Puerto Rico", "United States"], "Homeland Security Investigations makes arrests in Fajardo", S_CG),
            E("2022-11", "month", "in November", "document date", ["United States"], "FBI arrests Rosado-Figueroa (El Flaco de Lloréns) in Orlando", S_FBI),
            E("2022-12-08", "day", "on December 8", "document date", ["Puerto Rico"], "federal judge in San Juan orders Rosado-Figueroa held without bail", S_FBI),
            E("2023-09", "month", "for September", "document date", ["Puerto Rico"], "Rosado-Figueroa's trial (scheduled)", S_TRIAL),
            E("2019-08", "month", "In August 2019", "explicit", ["Colombia"], "Colombian police arrest César Emilio Peralta (César el Abusador)", S_PER),
            E("2020", "year", "the following year", "context", ["Colombia", "Puerto Rico"], "Peralta extradited to San Juan", S_PER),
            E("2023-01", "month", "in January", "document date", ["Puerto Rico"], "Police Commissioner López Figueroa says he wants 1,000 new cadets this year", S_LOP),
            E("2023-02", "month", "last week", "document date", ["Puerto Rico"], "Caribbean Justice Project publishes a report on court delays", S_REP),
            E("2023-02-28", "day", "On Tuesday", "document date", ["Puerto Rico"], "PJC meets Justice Secretary Emanuelli Hernández and chief judge Oronoz Rodríguez", S_TUE)],
    optional={"organizations": ["Colombian police", "U.S. customs"],
              "places": ["Bayamón judicial region", "south coast of the Dominican Republic", "west coast of Puerto Rico", "Lloréns"],
              "events_evidence": [
                  "Puerto Rico closed 2022 with 587 homicides, and police say most were tied to drug points in public housing.",
                  "QUIÑONES-ARROYO: When I started, in 2009, one organisation could run a whole housing project.",
                  "The worst year was 2011, when we had more than 1,100 murders.",
                  "After him, power split between two alliances, La ONU and La Rompe ONU, and they have been at war ever since.",
                  "The Puerto Rico Police Bureau lost thousands of officers after Hurricane Maria in September 2017.",
                  "We found that half of the murder cases filed in 2020 in the Bayamón judicial region were still open."]},
    timeline_pair=("Puerto Rico", "United States"))
checks(F)

NOTES = (
 "Held-out set L, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes, dev2 and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set "
 "and annotated by reading alone (crimecli was never run on them, its code was not read). Additions and decisions: PUBLISHED is the document's own "
 "date line (release header 'Guatemala City, Thursday, November 9, 2023', wire timestamp 'Sept 14, 2012 4:17 PM UTC', byline 'By Elena Ruiz-Castañón "
 "| 12 Feb 2016', 'Published: 2021-03-16 10:41', 'Updated March 2, 2023'). PUERTO RICO is annotated as a place of kind 'country' (own jurisdiction "
 "and ISO code) and events on the island list 'Puerto Rico'; federal US agencies acting there add 'United States' only when the actor is named as "
 "a US body (Coast Guard, HSI). ENTITIES: bylines, the wire editor, the Q&A interviewer and the notes' analyst are people without country; the "
 "Q&A speaker label 'QUIÑONES-ARROYO' and the outlet label 'ISLA ABIERTA' are variants; people named only by a nickname ('Bootie Man') or a family "
 "name ('Sierra Santana brothers') are optional; 'First \"Nick\" Last' keeps the canonical form without the nickname ('Rafael Antonio Pineda-Reyes', "
 "'Guadalupe Ordóñez-Barrios'). Courts, embassies and ministries are 'government body'; a think-tank/observatory is 'other', an advocacy nonprofit "
 "'nonprofit'; prisons are facilities (prison names also optional organisations); housing projects, neighbourhoods, creeks, passages and islands are "
 "'other'; a named highway and a named border crossing are 'border crossing or infrastructure'; cross-border rivers (Selegua, Sarstoon) and "
 "the Mona Passage have country null; streets are optional places. Lower-case/demonym descriptions ('Guatemalan army', 'Colombian police', "
 "'U.S. marshals', 'federal police', 'Marines', bare 'Army') are optional; capitalised 'Guatemalan Army' and 'Nicaraguan Army' are required. "
 "ALIASES: ', alias \"X\"', ', known as \"X\"', ', better known as \"X\"', 'X (\"Y\")', 'Name, \"Y\",' (bare appositive quote), 'known as \"A\" "
 "or \"B\"' (two pairs) and 'First \"Y\" Last' are nicknames; 'English (Spanish, ACR)' gives a translation and an acronym pair; 'a surgeon known to "
 "everyone as Dr. Mireles' is a 'short name'; 'a local clique known as Los Olanchanos' names a group and is not an alias; CARSI is not an alias. "
 "EVENTS: weekdays resolve against the document date (past: latest such weekday before it; future: the next one); a year-less date in a "
 "passage told in an earlier year takes that year (resolved_from 'context'), e.g. 03 'On 24 February' after 'That changed in 2013', 'in February' "
 "inside the 2014 narrative, 'on 16 December' after 'on 27 June' (2014); year-less dates in recent-news documents take the document year or the "
 "previous year when the month lies after the document date (05 'in November', 'on December 8' -> 2022). 'Two weeks later' after 'in July' can "
 "cross into August -> year grain; 'within days' after 16 December stays month grain. In the event notes (04) each note's evidence is its "
 "opening 'DD/MM/YYYY - Place, Country.' header (as dev2 12 and heldout_e 10); a further sentence with its own date ('the previous evening', "
 "'on 12 March', 'in August 2020', 'the next day') is a separate event on its own sentence. Sentences with two happenings give two events on the "
 "same evidence (01 CSJ warrant + embassy request; 01 extradition + sentencing; 02 none; 03 commission created + Castillo named, Moreno killed + "
 "Plancarte killed, Castillo leaves + commission closed; 04 none; 05 Coast Guard interception + HSI arrests, FBI arrest + bail hearing, Peralta "
 "arrest + extradition). Scheduled happenings with a date (court appearance 'on Friday', march 'on Saturday', trial 'set for September') are "
 "events. Statistics, career dates ('When I started, in 2009'), undated statements and 'later'/'since' spans are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
