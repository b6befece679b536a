#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set L in ../docs.

The record builders and checks are imported from benchmarks/gold/tools/gold_helpers.py, shared
by every hand-made set. The structure follows heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json,
shared/dev/gold.json, dev2 and heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below
and in ../NOTES_b.md. Run it after any edit: it asserts that every evidence string, date_text,
published_evidence and at least one surface form of every entity occurs in its document, and drops
variants that do not occur verbatim.
"""
import json, os, re, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge District U.S. Hon. Dr Dr. Mr. Police Minister Magistrate
Acting Assistant Special Agent Charge Trial Col. Interior Security Defence Vice Prosecutor Ecuadorian Foreign state deputy
National Secretary Social""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set L document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
RESOLVED = {"explicit", "document date", "context", "unresolved"}
PREC_LEN = {"day": 10, "month": 7, "year": 4, "season": 4}
EXTRA_COUNTRIES = {"Dominican Republic"}  # states named only through a city, allowed in event countries


def checks(file):
    """Extra checks (as in heldout_e): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places, event countries are annotated countries,
    resolved_from is an allowed value and each date's length matches its precision."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("nickname", "acronym", "translation", "short name"), (file, "alias type", a)
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"] if g["kind"] == "country"}, (file, "pair", c)
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for e in d["events"]:
        assert e["resolved_from"] in RESOLVED, (file, "resolved_from", e)
        assert e["countries"], (file, "no countries", e["summary"])
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
        if e["date"]:
            assert len(e["date"]) == PREC_LEN[e["precision"]], (file, "precision", e["date"], e["precision"])
        else:
            assert e["precision"] == "unresolved", e
    assert d["published"] and len(d["published"]) == PREC_LEN[d["published_precision"]], (file, "published")


BRA = lambda: C("Brazil", "Federative Republic of Brazil", "Brasil")
GUY = lambda: C("Guyana", "Co-operative Republic of Guyana")
COL = lambda: C("Colombia")
ECU = lambda: C("Ecuador")
VEN = lambda: C("Venezuela")

# ---------------------------------------------------------------- 06 joint statement, Brazil-Guyana
F = "06_joint_statement_brazil_guyana_2024.txt"
S_MEET = "The Minister of Home Affairs of the Co-operative Republic of Guyana, Hon. Desmond T. Fraser-Ramsaroop, and the National Secretary of Public Security of the Federative Republic of Brazil, Dr. Marta Helena Albuquerque-Lins, met in Georgetown on 20 August 2024 for the second session of the Brazil–Guyana High-Level Dialogue on Border Security."
S_FIRST = "The first session was held in Brasília in November 2023."
S_PRES = "The delegations recalled the meeting between President Mohamed Irfaan Ali and President Luiz Inácio Lula da Silva in Georgetown on 28 February, at which the two Heads of State instructed their ministers to strengthen cooperation against drug trafficking, illegal mining and the smuggling of firearms along the 1,600-kilometre border."
S_CANU = "He noted that on 2 June CANU officers seized 212 kilograms of cocaine concealed in a truck carrying rice at the Takutu River Bridge, which links Lethem with the Brazilian town of Bonfim, in the state of Roraima."
S_CHG = "Two Brazilian drivers were charged in the Lethem Magistrate's Court the following day."
S_YAN = "Dr. Albuquerque-Lins described the results of the Federal Police (Polícia Federal, PF) in Roraima since the operation to remove illegal miners from the Yanomami Indigenous Territory began in February 2023."
S_JUL = "On 9 July, officers of both forces dismantled a mining camp on the Brazilian bank of the Takutu River, near the village of Normandia, and detained fourteen people, among them a Brazilian PCC member, Edinaldo Pereira Sousa, known as \"Baiano Zero Um.\""
S_ARR = "The Parties also noted the arrest in Boa Vista, on 15 August, of the Guyanese national Shawn Anthony Moriah-Baptiste, a.k.a. \"Skinny,\" who is accused by the Director of Public Prosecutions of Guyana of supplying weapons to armed gangs in the gold-mining districts of Region Eight (Potaro-Siparuni)."
S_EXT = "The Government of Guyana submitted a request for his extradition the next day, and the Brazilian delegation confirmed that the request has been forwarded to the Supreme Federal Court (Supremo Tribunal Federal, STF)."
S_MOU = "At the close of the session, the Minister and the National Secretary signed a Memorandum of Understanding on the exchange of criminal intelligence."
S_CTR = "Under the Memorandum, the Parties will establish a Joint Border Intelligence Centre in Lethem, staffed by officers of the GPF, CANU, the PF and the Brazilian Federal Highway Police (Polícia Rodoviária Federal, PRF), which is to open by 31 December 2024."
S_PAT = "The GDF and the Brazilian Army agreed to begin coordinated patrols on both banks of the Takutu and Ireng rivers in October."
S_ESS = "The Guyanese delegation thanked Brazil for its statement of 1 December 2023 on the controversy over the Essequibo region."
S_3RD = "The third session of the Dialogue will be held in Brasília in the first half of 2025."
doc(F, SRC, "Joint Statement of the Governments of Brazil and Guyana on Cooperation Against Organised Crime in the Border Region",
    "2024-08-21", "day", "Georgetown, 21 August 2024",
    people=[P("Desmond T. Fraser-Ramsaroop", "Hon. Desmond T. Fraser-Ramsaroop", "Minister Fraser-Ramsaroop", "Fraser-Ramsaroop", country="Guyana", roles=["Minister of Home Affairs"]),
            P("Marta Helena Albuquerque-Lins", "Dr. Marta Helena Albuquerque-Lins", "Dr. Albuquerque-Lins", "Albuquerque-Lins", country="Brazil", roles=["National Secretary of Public Security"]),
            P("Mohamed Irfaan Ali", "President Mohamed Irfaan Ali", country="Guyana", roles=["President"]),
            P("Luiz Inácio Lula da Silva", "President Luiz Inácio Lula da Silva", country="Brazil", roles=["President"]),
            P("Edinaldo Pereira Sousa", "Baiano Zero Um", country="Brazil", roles=["PCC member", "detained"]),
            P("Shawn Anthony Moriah-Baptiste", "Skinny", country="Guyana", roles=["accused of supplying weapons to gangs", "extradition sought"])],
    organizations=[O("Guyana Police Force", "GPF", kind="security force"),
                   O("Customs Anti-Narcotics Unit", "CANU", kind="security force"),
                   O("Guyana Defence Force", "GDF", kind="security force"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Comando Vermelho", "CV", kind="criminal group"),
                   O("Lethem Magistrate's Court", kind="government body"),
                   O("Director of Public Prosecutions", "Director of Public Prosecutions of Guyana", kind="government body"),
                   O("Supreme Federal Court", "Supremo Tribunal Federal", "STF", kind="government body"),
                   O("Brazilian Federal Highway Police", "Polícia Rodoviária Federal", "PRF", kind="security force"),
                   O("Brazilian Army", kind="security force"),
                   O("Ministry of Justice and Public Security", "Ministry of Justice and Public Security of Brazil", kind="government body"),
                   O("Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Guyana", kind="government body")],
    places=[BRA(), GUY(), VEN(),
            city("Georgetown", "Guyana"), city("Brasília", "Brazil"),
            state("Region Nine", "Guyana", "Upper Takutu-Upper Essequibo"),
            infra("Takutu River Bridge", None), city("Lethem", "Guyana"), city("Bonfim", "Brazil"),
            state("Roraima", "Brazil"), reg("Yanomami Indigenous Territory", "Brazil"),
            state("Bolívar", "Venezuela", "Bolívar state"),
            oth("Takutu River", None, "Takutu"), oth("Ireng River", None, "Ireng"),
            city("Normandia", "Brazil"), city("Boa Vista", "Brazil"),
            state("Region Eight", "Guyana", "Potaro-Siparuni"),
            reg("Essequibo", "Guyana", "Essequibo region")],
    aliases=[A("Guyana Police Force", "GPF", "acronym", "Guyana Police Force (GPF)"),
             A("Customs Anti-Narcotics Unit", "CANU", "acronym", "Customs Anti-Narcotics Unit (CANU)"),
             A("Guyana Defence Force", "GDF", "acronym", "Guyana Defence Force (GDF)"),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Polícia Federal, PF"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)"),
             A("Comando Vermelho", "CV", "acronym", "Comando Vermelho (CV)"),
             A("Edinaldo Pereira Sousa", "Baiano Zero Um", "nickname", "Edinaldo Pereira Sousa, known as \"Baiano Zero Um.\""),
             A("Shawn Anthony Moriah-Baptiste", "Skinny", "nickname", "Shawn Anthony Moriah-Baptiste, a.k.a. \"Skinny,\""),
             A("Supreme Federal Court", "Supremo Tribunal Federal", "translation", "Supreme Federal Court (Supremo Tribunal Federal, STF)"),
             A("Supreme Federal Court", "STF", "acronym", "Supremo Tribunal Federal, STF"),
             A("Brazilian Federal Highway Police", "Polícia Rodoviária Federal", "translation", "Brazilian Federal Highway Police (Polícia Rodoviária Federal, PRF)"),
             A("Brazilian Federal Highway Police", "PRF", "acronym", "Polícia Rodoviária Federal, PRF")],
    events=[E("2024-08-20", "day", "on 20 August 2024", "explicit", ["Guyana", "Brazil"], "Guyanese and Brazilian security ministers meet in Georgetown for the second session of the High-Level Dialogue on Border Security", S_MEET),
            E("2023-11", "month", "in November 2023", "explicit", ["Brazil", "Guyana"], "first session of the Dialogue held in Brasília", S_FIRST),
            E("2024-02-28", "day", "on 28 February", "document date", ["Guyana", "Brazil"], "Presidents Ali and Lula meet in Georgetown and instruct ministers to strengthen cooperation", S_PRES),
            E("2024-06-02", "day", "on 2 June", "document date", ["Guyana"], "CANU seizes 212 kg of cocaine in a rice truck at the Takutu River Bridge", S_CANU),
            E("2024-06-03", "day", "the following day", "context", ["Guyana"], "two Brazilian drivers charged in the Lethem Magistrate's Court", S_CHG),
            E("2023-02", "month", "in February 2023", "explicit", ["Brazil"], "operation to remove illegal miners from the Yanomami Indigenous Territory begins", S_YAN),
            E("2024-07-09", "day", "On 9 July", "document date", ["Brazil", "Guyana"], "GPF and PF dismantle a mining camp near Normandia and detain fourteen people, including PCC member Baiano Zero Um", S_JUL),
            E("2024-08-15", "day", "on 15 August", "document date", ["Brazil"], "Guyanese national Moriah-Baptiste ('Skinny') arrested in Boa Vista", S_ARR),
            E("2024-08-16", "day", "the next day", "context", ["Guyana", "Brazil"], "Guyana requests Moriah-Baptiste's extradition from Brazil", S_EXT),
            E("2024-08-20", "day", "At the close of the session", "context", ["Guyana", "Brazil"], "the two ministers sign a Memorandum of Understanding on criminal intelligence exchange", S_MOU),
            E("2024-12-31", "day", "by 31 December 2024", "explicit", ["Guyana", "Brazil"], "Joint Border Intelligence Centre in Lethem to open (scheduled)", S_CTR),
            E("2024-10", "month", "in October", "document date", ["Guyana", "Brazil"], "GDF and Brazilian Army to begin coordinated patrols on the Takutu and Ireng rivers (scheduled)", S_PAT),
            E("2023-12-01", "day", "1 December 2023", "explicit", ["Brazil"], "Brazil issues a statement on the Essequibo controversy", S_ESS),
            E("2025", "season", "in the first half of 2025", "explicit", ["Brazil", "Guyana"], "third session of the Dialogue to be held in Brasília (scheduled)", S_3RD)],
    optional={"organizations": ["Brazil–Guyana High-Level Dialogue on Border Security", "Joint Border Intelligence Centre", "Government of Guyana",
                                "Memorandum of Understanding"],
              "places": ["South America", "Brazilian bank of the Takutu River"],
              "events_evidence": [
                  "Minister Fraser-Ramsaroop briefed the Brazilian delegation on the work of the Guyana Police Force (GPF), the Customs Anti-Narcotics Unit (CANU) and the Guyana Defence Force (GDF) in Region Nine (Upper Takutu-Upper Essequibo).",
                  "The two delegations also agreed to invite the Ministry of Justice and Public Security of Brazil and the Ministry of Foreign Affairs of Guyana to a working group on firearms tracing.",
                  "The Parties welcomed the results of the first coordinated operation between the GPF and the PF.",
                  "The Parties reaffirmed their respect for the sovereignty and territorial integrity of both States and their commitment to peaceful relations in South America."]},
    timeline_pair=("Brazil", "Guyana"))
checks(F)

# ---------------------------------------------------------------- 07 think-tank chronology, Colombia-Ecuador 2008-2016
F = "07_chronology_colombia_ecuador_2016.txt"
S_RAID = "1 March — Colombian aircraft and troops strike a camp of the Revolutionary Armed Forces of Colombia (Fuerzas Armadas Revolucionarias de Colombia, FARC) at Angostura, in Ecuador's Sucumbíos province, about 1.8 kilometres from the border."
S_REYES = "Luis Édgar Devia Silva, alias \"Raúl Reyes,\" the FARC's chief international spokesman, is killed with more than 20 others."
S_BREAK = "3 March — Calling the raid a massacre, President Rafael Correa breaks off Ecuador's diplomatic relations with Colombia."
S_RIO = "7 March — At a Rio Group summit in Santo Domingo, Correa and President Álvaro Uribe shake hands."
S_INTERPOL = "May — Interpol reports that Colombian authorities had not altered the files on three laptops seized at the camp."
S_WARRANT = "July — A criminal judge in Nueva Loja, the capital of Sucumbíos, orders the arrest of Juan Manuel Santos, who had been Colombia's defence minister at the time of the raid."
S_CHARGE = "November — The two governments name chargés d'affaires after talks hosted by the Carter Center."
S_OFFICE = "7 August — Santos takes office as president in Bogotá, with Correa among the guests."
S_AMB = "26 November — Colombia and Ecuador exchange ambassadors, fully restoring relations."
S_GORDO = "15 May — Ecuadorian police arrest Colombian trafficker Jhon Fredy Solarte Ipiales, alias \"El Gordo Ramiro,\" in Quito."
S_DEPORT = "Ecuador deports him to Bogotá the next day, the first such handover since the rupture."
S_CAB = "11 December — Santos and Correa hold the first Binational Cabinet in Tulcán, on the Ecuadorian side of the Rumichaca Bridge, and agree on a joint plan against the criminal group La Constructora on the San Miguel River, across from Colombia's Putumayo department."
S_CUERO = "27 August — Colombia's National Police and Ecuador's National Police capture Segundo A. Cuero-Valencia, known as \"Cuchillo Negro,\" a Los Rastrojos money man, in San Lorenzo, Esmeraldas."
S_HAND = "He is handed to Colombia at the Rumichaca crossing two days later."
S_ELN = "10 October — In Caracas, Venezuela, the Colombian government and the National Liberation Army (Ejército de Liberación Nacional, ELN) announce public peace talks to be held in Quito, with Correa's government as host and guarantor."
S_POST = "27 October — The opening session in Quito is postponed because the ELN has not freed former congressman Odín Sánchez, held since April."
S_LONG = "1 December — Ecuadorian Foreign Minister Guillaume Long says Quito remains ready to host the talks \"as soon as the parties are.\""
S_FARC = "The peace agreement signed with the FARC last month may close one chapter; the ELN talks, and the rise of groups like La Constructora, may open another."
doc(F, SRC, "Chronology: Colombia and Ecuador from Angostura to the Quito Talks, 2008–2016",
    "2016-12-12", "day", "Updated December 12, 2016",
    people=[P("Paulina V. Estupiñán-Rojas", "Dr. Paulina V. Estupiñán-Rojas", roles=["author"]),
            P("Martin G. Howe", roles=["author"]),
            P("Luis Édgar Devia Silva", "Raúl Reyes", country="Colombia", roles=["FARC chief international spokesman"]),
            P("Rafael Correa", "President Rafael Correa", "Correa", country="Ecuador", roles=["President"]),
            P("Álvaro Uribe", "President Álvaro Uribe", country="Colombia", roles=["President"]),
            P("Juan Manuel Santos", "Santos", country="Colombia", roles=["defence minister at the time of the raid", "President"]),
            P("Jhon Fredy Solarte Ipiales", "El Gordo Ramiro", country="Colombia", roles=["trafficker"]),
            P("Segundo A. Cuero-Valencia", "Cuchillo Negro", country="Colombia", roles=["Los Rastrojos money man"]),
            P("Odín Sánchez", country="Colombia", roles=["former congressman", "held by the ELN"]),
            P("Guillaume Long", "Ecuadorian Foreign Minister Guillaume Long", country="Ecuador", roles=["Foreign Minister"])],
    organizations=[O("Centro de Estudios Fronterizos", kind="ngo"),
                   O("Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia", "FARC", kind="armed group"),
                   O("Rio Group", kind="international organization"),
                   O("Interpol", kind="international organization"),
                   O("Carter Center", kind="ngo"),
                   O("La Constructora", kind="criminal group"),
                   O("National Police of Colombia", "Colombia's National Police", "National Police", kind="security force"),
                   O("National Police of Ecuador", "Ecuador's National Police", "National Police", kind="security force"),
                   O("Los Rastrojos", kind="criminal group"),
                   O("Ministry of the Interior", "Ecuador's Ministry of the Interior", kind="government body"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group")],
    places=[COL(), ECU(), VEN(),
            oth("Angostura", "Ecuador"), state("Sucumbíos", "Ecuador", "Sucumbíos province"),
            city("Santo Domingo", "Dominican Republic"), city("Nueva Loja", "Ecuador"), city("Bogotá", "Colombia"),
            city("Quito", "Ecuador"), city("Tulcán", "Ecuador"), infra("Rumichaca Bridge", None, "Rumichaca crossing", "Rumichaca"),
            oth("San Miguel River", None), state("Putumayo", "Colombia", "Putumayo department"),
            city("San Lorenzo", "Ecuador"), state("Esmeraldas", "Ecuador"), city("Caracas", "Venezuela")],
    aliases=[A("Revolutionary Armed Forces of Colombia", "Fuerzas Armadas Revolucionarias de Colombia", "translation",
               "Revolutionary Armed Forces of Colombia (Fuerzas Armadas Revolucionarias de Colombia, FARC)"),
             A("Revolutionary Armed Forces of Colombia", "FARC", "acronym", "Fuerzas Armadas Revolucionarias de Colombia, FARC"),
             A("Luis Édgar Devia Silva", "Raúl Reyes", "nickname", "Luis Édgar Devia Silva, alias \"Raúl Reyes,\""),
             A("Jhon Fredy Solarte Ipiales", "El Gordo Ramiro", "nickname", "Jhon Fredy Solarte Ipiales, alias \"El Gordo Ramiro,\""),
             A("Segundo A. Cuero-Valencia", "Cuchillo Negro", "nickname", "Segundo A. Cuero-Valencia, known as \"Cuchillo Negro,\""),
             A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, ELN")],
    events=[E("2008-03-01", "day", "1 March", "context", ["Colombia", "Ecuador"], "Colombian aircraft and troops strike a FARC camp at Angostura, Sucumbíos (Operation Phoenix)", S_RAID),
            E("2008-03-01", "day", "1 March", "context", ["Ecuador", "Colombia"], "FARC spokesman Raúl Reyes killed with more than 20 others", S_REYES),
            E("2008-03-03", "day", "3 March", "context", ["Ecuador", "Colombia"], "Correa, calling the raid a massacre, breaks off Ecuador's diplomatic relations with Colombia", S_BREAK),
            E("2008-03-07", "day", "7 March", "context", ["Colombia", "Ecuador", "Dominican Republic"], "Correa and Uribe shake hands at the Rio Group summit in Santo Domingo", S_RIO),
            E("2008-05", "month", "May", "context", ["Colombia"], "Interpol reports the seized laptops' files were not altered by Colombian authorities", S_INTERPOL),
            E("2009-07", "month", "July", "context", ["Ecuador", "Colombia"], "judge in Nueva Loja orders the arrest of Juan Manuel Santos", S_WARRANT),
            E("2009-11", "month", "November", "context", ["Colombia", "Ecuador"], "the two governments name chargés d'affaires after Carter Center talks", S_CHARGE),
            E("2010-08-07", "day", "7 August", "context", ["Colombia", "Ecuador"], "Santos takes office as president in Bogotá, Correa attending", S_OFFICE),
            E("2010-11-26", "day", "26 November", "context", ["Colombia", "Ecuador"], "Colombia and Ecuador exchange ambassadors, fully restoring relations", S_AMB),
            E("2011-05-15", "day", "15 May", "context", ["Ecuador"], "Ecuadorian police arrest trafficker Solarte Ipiales ('El Gordo Ramiro') in Quito", S_GORDO),
            E("2011-05-16", "day", "the next day", "context", ["Ecuador", "Colombia"], "Ecuador deports Solarte Ipiales to Bogotá", S_DEPORT),
            E("2012-12-11", "day", "11 December", "context", ["Colombia", "Ecuador"], "first Binational Cabinet in Tulcán; joint plan against La Constructora agreed", S_CAB),
            E("2014-08-27", "day", "27 August", "context", ["Colombia", "Ecuador"], "Colombian and Ecuadorian police capture Cuero-Valencia ('Cuchillo Negro') in San Lorenzo", S_CUERO),
            E("2014-08-29", "day", "two days later", "context", ["Ecuador", "Colombia"], "Cuero-Valencia handed to Colombia at the Rumichaca crossing", S_HAND),
            E("2016-10-10", "day", "10 October", "context", ["Colombia", "Venezuela"], "Colombian government and ELN announce in Caracas peace talks to be held in Quito, Ecuador as host", S_ELN),
            E("2016-10-27", "day", "27 October", "context", ["Ecuador", "Colombia"], "opening session of the ELN talks in Quito postponed", S_POST),
            E("2016-12-01", "day", "1 December", "context", ["Ecuador"], "Foreign Minister Guillaume Long says Quito remains ready to host the talks", S_LONG),
            E("2016-11", "month", "last month", "document date", ["Colombia"], "peace agreement signed with the FARC", S_FARC)],
    optional={"organizations": ["Andean Security Programme", "Operation Phoenix", "Operación Fénix", "Binational Cabinet", "Ecuadorian police",
                                "Colombian government", "Correa's government"],
              "places": ["South America"],
              "events_evidence": [
                  "The military calls it Operation Phoenix (Operación Fénix).",
                  "The crisis eases, but ambassadors do not return.",
                  "Ecuador's Ministry of the Interior says 900 Colombian nationals were deported during the year for crimes in the border provinces, a number that Bogotá accepted without protest.",
                  "Under Santos, Colombia stopped treating Ecuador as a rear base for the FARC and started treating it as a partner.",
                  "Ecuador, for its part, began to extradite and deport wanted Colombians."]},
    timeline_pair=("Colombia", "Ecuador"))
checks(F)

# ---------------------------------------------------------------- 08 DOJ extradition release, ELN finance chief (2019)
F = "08_doj_eln_finance_extradition_2019.txt"
S_EXTR = "A Colombian national alleged to have managed the drug proceeds of the Eastern War Front of the National Liberation Army (Ejército de Liberación Nacional, or ELN) was extradited from Colombia on Wednesday to face narco-terrorism and cocaine trafficking charges in the District of Columbia."
S_APP = "Wilson Alfredo Patiño-Cárdenas, 52, also known as \"Pablito Finanzas\" and \"El Contador,\" of Saravena, Arauca, Colombia, made his initial appearance today before U.S. Magistrate Judge Robin M. Hazelton in Washington, D.C."
S_HEAR = "A detention hearing is scheduled for Monday."
S_IND = "According to the indictment, which a federal grand jury in the District of Columbia returned in March 2018, Patiño-Cárdenas and others conspired from at least 2012 to manufacture and distribute cocaine, knowing that it would be imported into the United States, and to provide material support to the ELN, which the Department of State designated as a Foreign Terrorist Organization in 1997."
S_SEIZ = "On Jan. 27, 2017, Honduran authorities seized 1,130 kilograms of cocaine from a twin-engine aircraft that had landed at an airstrip in Gracias a Dios department; according to the indictment, Patiño-Cárdenas had arranged the flight."
S_ARR = "Patiño-Cárdenas was arrested on Dec. 11, 2018, in Saravena by the Colombian National Police (Policía Nacional de Colombia) with support from the DEA."
S_CSJ = "Colombia's Supreme Court of Justice (Corte Suprema de Justicia) approved his extradition in June, and President Iván Duque signed the extradition resolution on Aug. 2."
S_TIO = "A co-defendant, Luis Carlos Ordóñez-Marín, known as \"Tío Luis,\" was killed in October 2018 during a Colombian military operation in the municipality of Tame."
doc(F, SRC, "Alleged ELN Finance Chief Extradited from Colombia to Face Narco-Terrorism and Cocaine Trafficking Charges",
    "2019-09-19", "day", "FOR IMMEDIATE RELEASE Thursday, September 19, 2019",
    people=[P("Wilson Alfredo Patiño-Cárdenas", "Patiño-Cárdenas", "Pablito Finanzas", "El Contador", country="Colombia", roles=["alleged ELN finance chief", "defendant"]),
            P("Robin M. Hazelton", "U.S. Magistrate Judge Robin M. Hazelton", country="United States", roles=["U.S. Magistrate Judge"]),
            P("Karen R. Whitcombe", "Acting Assistant Attorney General Karen R. Whitcombe", "Acting Assistant Attorney General Whitcombe", "Whitcombe",
              country="United States", roles=["Acting Assistant Attorney General, Criminal Division"]),
            P("Jessie K. Liu", "U.S. Attorney Jessie K. Liu", country="United States", roles=["U.S. Attorney for the District of Columbia"]),
            P("Daniel J. O'Rourke", "Special Agent in Charge Daniel J. O'Rourke", country="United States", roles=["DEA Special Agent in Charge, Bogotá Country Office"]),
            P("Iván Duque", "President Iván Duque", country="Colombia", roles=["President"]),
            P("Luis Carlos Ordóñez-Marín", "Tío Luis", country="Colombia", roles=["co-defendant"]),
            P("Yesid Antonio Barrera Quiroga", "El Paisa", country="Colombia", roles=["co-defendant", "fugitive"]),
            P("Marcus L. Benavides-Hart", "Trial Attorney Marcus L. Benavides-Hart", country="United States", roles=["Trial Attorney"])],
    organizations=[O("Department of Justice", "Justice Department", kind="government body"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("Eastern War Front", kind="armed group"),
                   O("Criminal Division", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Department of State", kind="government body"),
                   O("Colombian National Police", "Policía Nacional de Colombia", kind="security force"),
                   O("Supreme Court of Justice", "Corte Suprema de Justicia", kind="government body"),
                   O("Colombian Attorney General's Office", "Fiscalía General de la Nación", kind="government body"),
                   O("Honduran National Police", kind="security force"),
                   O("Office of International Affairs", kind="government body"),
                   O("Narcotic and Dangerous Drug Section", kind="government body")],
    places=[COL(), US(), VEN(), C("Honduras"), C("Guatemala"), C("Mexico"),
            city("Washington", "United States", "Washington, D.C."),
            city("Saravena", "Colombia"), state("Arauca", "Colombia"), oth("Arauca River", None),
            state("Apure", "Venezuela", "Apure state"), state("Gracias a Dios", "Honduras", "Gracias a Dios department"),
            city("Tame", "Colombia")],
    aliases=[A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, or ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, or ELN"),
             A("Wilson Alfredo Patiño-Cárdenas", "Pablito Finanzas", "nickname", "Wilson Alfredo Patiño-Cárdenas, 52, also known as \"Pablito Finanzas\" and \"El Contador,\""),
             A("Wilson Alfredo Patiño-Cárdenas", "El Contador", "nickname", "Wilson Alfredo Patiño-Cárdenas, 52, also known as \"Pablito Finanzas\" and \"El Contador,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration's (DEA)"),
             A("Colombian National Police", "Policía Nacional de Colombia", "translation", "Colombian National Police (Policía Nacional de Colombia)"),
             A("Supreme Court of Justice", "Corte Suprema de Justicia", "translation", "Supreme Court of Justice (Corte Suprema de Justicia)"),
             A("Colombian Attorney General's Office", "Fiscalía General de la Nación", "translation", "Colombian Attorney General's Office (Fiscalía General de la Nación)"),
             A("Luis Carlos Ordóñez-Marín", "Tío Luis", "nickname", "Luis Carlos Ordóñez-Marín, known as \"Tío Luis,\""),
             A("Yesid Antonio Barrera Quiroga", "El Paisa", "nickname", "Yesid Antonio Barrera Quiroga, nicknamed \"El Paisa,\"")],
    events=[E("2019-09-18", "day", "on Wednesday", "document date", ["Colombia", "United States"], "Patiño-Cárdenas extradited from Colombia to the United States", S_EXTR),
            E("2019-09-19", "day", "today", "document date", ["United States"], "Patiño-Cárdenas makes his initial appearance in Washington, D.C.", S_APP),
            E("2019-09-23", "day", "for Monday", "document date", ["United States"], "detention hearing scheduled", S_HEAR),
            E("2018-03", "month", "in March 2018", "explicit", ["United States"], "federal grand jury in the District of Columbia returns the indictment", S_IND),
            E("1997", "year", "in 1997", "explicit", ["United States"], "Department of State designates the ELN a Foreign Terrorist Organization", S_IND),
            E("2017-01-27", "day", "On Jan. 27, 2017", "explicit", ["Honduras"], "Honduran authorities seize 1,130 kg of cocaine from an aircraft in Gracias a Dios", S_SEIZ),
            E("2018-12-11", "day", "on Dec. 11, 2018", "explicit", ["Colombia", "United States"], "Patiño-Cárdenas arrested in Saravena by the Colombian National Police with DEA support", S_ARR),
            E("2019-06", "month", "in June", "document date", ["Colombia"], "Colombia's Supreme Court of Justice approves the extradition", S_CSJ),
            E("2019-08-02", "day", "on Aug. 2", "document date", ["Colombia"], "President Duque signs the extradition resolution", S_CSJ),
            E("2018-10", "month", "in October 2018", "explicit", ["Colombia"], "co-defendant Ordóñez-Marín ('Tío Luis') killed in a Colombian military operation in Tame", S_TIO)],
    optional={"organizations": ["Office of Public Affairs", "Foreign Terrorist Organization", "Bogotá Country Office", "federal grand jury",
                                "U.S. Sentencing Guidelines", "Honduran authorities", "Colombian authorities"],
              "places": ["District of Columbia", "Bogotá"],
              "events_evidence": [
                  "Acting Assistant Attorney General Karen R. Whitcombe of the Justice Department's Criminal Division, U.S. Attorney Jessie K. Liu for the District of Columbia and Special Agent in Charge Daniel J. O'Rourke of the Drug Enforcement Administration's (DEA) Bogotá Country Office made the announcement.",
                  "Patiño-Cárdenas allegedly collected a \"tax\" on every kilogram of cocaine base that passed through ELN territory in Arauca and across the Arauca River into Apure state, Venezuela, and used the proceeds to buy rifles, explosives and radios for the group.",
                  "Another co-defendant, Yesid Antonio Barrera Quiroga, nicknamed \"El Paisa,\" remains a fugitive and is believed to be in Venezuela."]},
    timeline_pair=("United States", "Colombia"))
checks(F)

# ---------------------------------------------------------------- 09 Brazilian regional feature (translated), Solimões river pirates (2016)
F = "09_feature_solimoes_river_pirates_2016.txt"
S_SAT = "In the early hours of last Saturday, a boat carrying two young men from Tefé was found drifting near the Lago de Coari with both men shot in the head."
S_MUR = "That changed when the Federal Police (Polícia Federal) launched Operation La Muralla in November last year."
S_CAB = "He was arrested in Tefé on 2 June with three rifles and escaped from the Coari police station eleven days later, after a wall was broken open during the night."
S_NAVY = "In March, a Navy vessel intercepted a boat carrying 800 kilograms of skunk near Tefé, and in July the Navy and the Federal Police opened a river checkpoint at the mouth of the Japurá River."
S_MAY = "My brother-in-law was stopped in May."
S_THU = "On Thursday, the commander of the PM-AM in the interior, Col. Amadeu Rocha-Lima, told reporters that a new river battalion would be based in Coari \"by the end of the year.\""
S_TUE = "The Legislative Assembly of Amazonas (Assembleia Legislativa do Amazonas, ALEAM) will hold a public hearing on river security next Tuesday, at the request of state deputy Luiza Helena Mar-Queiroz."
doc(F, SRC, "The \"water rats\" of the Solimões: how the cocaine route turned the river into a battlefield",
    "2016-08-14", "day", "Publicado em 14/08/2016 às 09h32",
    people=[P("Raimunda Castelo Branco", roles=["author", "special correspondent"]),
            P("João Branco dos Santos Filho", "Branquinho", country="Brazil", roles=["FDN leader"]),
            P("Alexandre M. Tavares-Cunha", "Dr. Alexandre M. Tavares-Cunha", country="Brazil", roles=["Federal Police delegate in Tefé"]),
            P("Francinaldo Pereira Batista", "Cabeça de Bagre", country="Brazil", roles=["river pirate", "former boat pilot"]),
            P("Raimundo Nonato Cruz", country="Brazil", roles=["fisherman"]),
            P("Amadeu Rocha-Lima", "Col. Amadeu Rocha-Lima", country="Brazil", roles=["commander of the PM-AM in the interior"]),
            P("Luiza Helena Mar-Queiroz", "state deputy Luiza Helena Mar-Queiroz", country="Brazil", roles=["state deputy"])],
    organizations=[O("Military Police of Amazonas", "Polícia Militar do Amazonas", "PM-AM", kind="security force"),
                   O("Civil Police", kind="security force"),
                   O("Família do Norte", "FDN", kind="criminal group"),
                   O("Federal Police", "Polícia Federal", kind="security force"),
                   O("Amazonas Department of Public Security", "Secretaria de Estado de Segurança Pública", "SSP-AM", kind="government body"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Brazilian Navy", "Marinha do Brasil", "Navy", kind="security force"),
                   O("Legislative Assembly of Amazonas", "Assembleia Legislativa do Amazonas", "ALEAM", kind="government body")],
    places=[C("Brazil"), COL(), C("Peru"),
            city("Coari", "Brazil", "COARI"), state("Amazonas", "Brazil", "AM"), city("Tefé", "Brazil"), oth("Lago de Coari", "Brazil"),
            city("Manaus", "Brazil"), oth("Solimões River", None, "Solimões"), city("Tabatinga", "Brazil"), city("Leticia", "Colombia"),
            city("Santa Rosa", "Peru"), fac("Anísio Jobim Penitentiary Complex", "Brazil", "Compaj"),
            city("Campo Grande", "Brazil"), state("Mato Grosso do Sul", "Brazil"), city("Codajás", "Brazil"),
            fac("Coari police station", "Brazil"), reg("Amazon", None), oth("Japurá River", None)],
    aliases=[A("Military Police of Amazonas", "Polícia Militar do Amazonas", "translation", "Military Police of Amazonas (Polícia Militar do Amazonas, PM-AM)"),
             A("Military Police of Amazonas", "PM-AM", "acronym", "Polícia Militar do Amazonas, PM-AM"),
             A("Família do Norte", "FDN", "acronym", "Família do Norte (FDN)"),
             A("Anísio Jobim Penitentiary Complex", "Compaj", "acronym", "Anísio Jobim Penitentiary Complex (Compaj)"),
             A("João Branco dos Santos Filho", "Branquinho", "nickname", "João Branco dos Santos Filho, known as \"Branquinho.\""),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal)"),
             A("Francinaldo Pereira Batista", "Cabeça de Bagre", "nickname", "Francinaldo Pereira Batista, nicknamed \"Cabeça de Bagre\""),
             A("Amazonas Department of Public Security", "Secretaria de Estado de Segurança Pública", "translation",
               "Amazonas Department of Public Security (Secretaria de Estado de Segurança Pública, SSP-AM)"),
             A("Amazonas Department of Public Security", "SSP-AM", "acronym", "Secretaria de Estado de Segurança Pública, SSP-AM"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)"),
             A("Brazilian Navy", "Marinha do Brasil", "translation", "Brazilian Navy (Marinha do Brasil)"),
             A("Legislative Assembly of Amazonas", "Assembleia Legislativa do Amazonas", "translation",
               "Legislative Assembly of Amazonas (Assembleia Legislativa do Amazonas, ALEAM)"),
             A("Legislative Assembly of Amazonas", "ALEAM", "acronym", "Assembleia Legislativa do Amazonas, ALEAM")],
    events=[E("2016-08-13", "day", "last Saturday", "document date", ["Brazil"], "two FDN couriers from Tefé found shot dead in a drifting boat near Lago de Coari; cargo stolen", S_SAT),
            E("2015-11", "month", "in November last year", "document date", ["Brazil"], "Federal Police launch Operation La Muralla against the FDN", S_MUR),
            E("2016-06-02", "day", "on 2 June", "document date", ["Brazil"], "river pirate Cabeça de Bagre arrested in Tefé with three rifles", S_CAB),
            E("2016-06-13", "day", "eleven days later", "context", ["Brazil"], "Cabeça de Bagre escapes from the Coari police station", S_CAB),
            E("2016-03", "month", "In March", "document date", ["Brazil"], "Navy vessel intercepts a boat with 800 kg of skunk near Tefé", S_NAVY),
            E("2016-07", "month", "in July", "document date", ["Brazil"], "Navy and Federal Police open a river checkpoint at the mouth of the Japurá River", S_NAVY),
            E("2016-05", "month", "in May", "document date", ["Brazil"], "pirates rob a Coari fisherman's brother-in-law of boat, motor and fuel", S_MAY),
            E("2016-08-11", "day", "On Thursday", "document date", ["Brazil"], "Col. Rocha-Lima announces a new river battalion to be based in Coari", S_THU),
            E("2016-08-16", "day", "next Tuesday", "document date", ["Brazil"], "ALEAM to hold a public hearing on river security (scheduled)", S_TUE)],
    optional={"organizations": ["Amazônia Regional", "Operation La Muralla", "Anísio Jobim Penitentiary Complex", "federal prison"],
              "places": ["Northeast of Brazil", "Europe", "São Paulo", "triple border"],
              "events_evidence": [
                  "According to the Civil Police, the two worked as couriers for the Família do Norte (FDN), the faction that has controlled the drug trade in Manaus and along the Solimões River since around 2007.",
                  "Agents arrested dozens of FDN members in Manaus and intercepted conversations between its leaders, and Branquinho was moved to a federal prison in Campo Grande, in Mato Grosso do Sul.",
                  "The Amazonas Department of Public Security (Secretaria de Estado de Segurança Pública, SSP-AM) has offered a reward of R$ 20,000 for information about him.",
                  "The Brazilian Navy (Marinha do Brasil) has increased patrols.",
                  "said Raimundo Nonato Cruz, 58, who has fished in Coari since 1979.",
                  "The shops by the port now close at six o'clock."]},
    timeline_pair=("Brazil",))
checks(F)

# ---------------------------------------------------------------- 10 weekly newsletter roundup, South America (May 2025)
F = "10_weekly_roundup_south_america_2025.txt"
S_PIR = "Armed men in two boats attacked four fishing vessels off the Corentyne coast, in Guyana's Berbice region, on Monday night, robbing the crews of engines and catch and throwing one fisherman, Deonarine Persaud, overboard; he was found alive on a mudflat the next morning."
S_KPS = "Guyana's Commissioner of Police (ag.), Clive P. Ramcharran-Hinds, met Suriname's Korps Politie Suriname (KPS) in Paramaribo on Wednesday to discuss joint patrols."
S_DNA = "Uruguay's National Customs Directorate (Dirección Nacional de Aduanas, DNA) found 2.1 tonnes of cocaine hidden among soybean sacks in a container at the Port of Montevideo on April 30."
S_CHG = "Prosecutor Adriana B. Lamas-Sáenz charged three people on Saturday, among them a customs broker from Nueva Palmira."
S_ESC = "Investigators link the load to Gonzalo N. Ferreyra-Olmos, alias \"el Uruguayo,\" a trafficker who escaped from police in Santa Cruz de la Sierra, Bolivia, in July 2023 and has not been seen since."
S_NEG = "Interior Minister Carlos Negro said on Tuesday that scanners at the port would be replaced \"this year.\""
S_LAB = "Bolivia's Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) said it destroyed three cocaine laboratories near Villa Tunari, in Cochabamba department, on Tuesday."
S_MAM = "Vice Minister of Social Defence Jaime Mamani said last month that the FELCN had found more labs in the first quarter of 2025 than in all of 2024."
S_PFA = "Argentina's Federal Police (Policía Federal Argentina, PFA) arrested two Brazilian men wanted for murder in Paraná state in a house in Posadas, Misiones, on Thursday."
S_BUL = "Security Minister Patricia Bullrich said the two would be expelled to Brazil through the border crossing at Bernardo de Irigoyen \"next week.\""
S_DRONE = "Fighters of the Carlos Patiño Front, a faction of the Estado Mayor Central (EMC) of the FARC dissidents, attacked the police station in El Plateado, in the municipality of Argelia, Cauca, with explosive-laden drones on Sunday."
S_IND = "The front's commander, Jhon Jairo Muñoz Cifuentes, known as \"El Indio,\" is wanted by the Attorney General's Office, which offered a reward of 1,000 million pesos for him in February."
S_SAN = "Defence Minister Pedro Sánchez travelled to Popayán the next day and ordered 300 more soldiers to the Micay Canyon."
S_COM = "The Colombia–Venezuela binational commission on border security is due to meet in San Cristóbal on May 15."
doc(F, SRC, "Southern Watch Weekly: Guyana pirates, a Montevideo container and a drone attack in Cauca",
    "2025-05-09", "day", "Sent Friday, May 9, 2025",
    people=[P("Camila R. Ferraz-Whitaker", roles=["editor"]),
            P("Tomás E. Villagra", roles=["editor"]),
            P("Deonarine Persaud", country="Guyana", roles=["fisherman"]),
            P("Clive P. Ramcharran-Hinds", country="Guyana", roles=["Commissioner of Police (ag.)"]),
            P("Adriana B. Lamas-Sáenz", "Prosecutor Adriana B. Lamas-Sáenz", country="Uruguay", roles=["Prosecutor"]),
            P("Gonzalo N. Ferreyra-Olmos", "el Uruguayo", country="Uruguay", roles=["trafficker", "fugitive"]),
            P("Carlos Negro", "Interior Minister Carlos Negro", country="Uruguay", roles=["Interior Minister"]),
            P("Jaime Mamani", "Vice Minister of Social Defence Jaime Mamani", country="Bolivia", roles=["Vice Minister of Social Defence"]),
            P("Patricia Bullrich", "Security Minister Patricia Bullrich", country="Argentina", roles=["Security Minister"]),
            P("Jhon Jairo Muñoz Cifuentes", "El Indio", country="Colombia", roles=["commander of the Carlos Patiño Front"]),
            P("Pedro Sánchez", "Defence Minister Pedro Sánchez", country="Colombia", roles=["Defence Minister"])],
    organizations=[O("Southern Watch Weekly", kind="media"),
                   O("Guyana Police Force", kind="security force"),
                   O("Korps Politie Suriname", "KPS", kind="security force"),
                   O("National Customs Directorate", "Dirección Nacional de Aduanas", "DNA", kind="government body"),
                   O("Special Force for the Fight Against Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("Argentine Federal Police", "Argentina's Federal Police", "Policía Federal Argentina", "PFA", "Federal Police", kind="security force"),
                   O("Brazilian Federal Police", "Brazil's Federal Police", "Federal Police", kind="security force"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Carlos Patiño Front", kind="armed group"),
                   O("Estado Mayor Central", "EMC", kind="armed group"),
                   O("Revolutionary Armed Forces of Colombia", "FARC", kind="armed group"),
                   O("Attorney General's Office", kind="government body"),
                   O("Fundaredes", kind="ngo"),
                   O("Southern Pulse Observatory", kind="ngo")],
    places=[GUY(), C("Suriname"), C("Uruguay"), C("Paraguay"), C("Bolivia"), C("Argentina"), C("Brazil"), COL(), VEN(),
            reg("Corentyne", "Guyana", "Corentyne coast"), reg("Berbice", "Guyana", "Berbice region"),
            state("Nickerie", "Suriname"), oth("Corentyne River", None), city("No. 66", "Guyana"), city("Paramaribo", "Suriname"),
            fac("Port of Montevideo", "Uruguay"), city("Montevideo", "Uruguay"), city("Antwerp", "Belgium"),
            infra("Fray Bentos crossing", None, "Fray Bentos"), city("Nueva Palmira", "Uruguay"),
            city("Santa Cruz de la Sierra", "Bolivia"), reg("Chapare", "Bolivia"), city("Villa Tunari", "Bolivia"),
            state("Cochabamba", "Bolivia", "Cochabamba department"),
            state("Misiones", "Argentina"), state("Paraná", "Brazil", "Paraná state"), city("Posadas", "Argentina"),
            city("Bernardo de Irigoyen", "Argentina"),
            city("El Plateado", "Colombia"), city("Argelia", "Colombia"), state("Cauca", "Colombia"), city("Popayán", "Colombia"),
            reg("Micay Canyon", "Colombia"), state("Táchira", "Venezuela"), state("Apure", "Venezuela"), city("San Cristóbal", "Venezuela")],
    aliases=[A("Korps Politie Suriname", "KPS", "acronym", "Korps Politie Suriname (KPS)"),
             A("National Customs Directorate", "Dirección Nacional de Aduanas", "translation", "National Customs Directorate (Dirección Nacional de Aduanas, DNA)"),
             A("National Customs Directorate", "DNA", "acronym", "Dirección Nacional de Aduanas, DNA"),
             A("Gonzalo N. Ferreyra-Olmos", "el Uruguayo", "nickname", "Gonzalo N. Ferreyra-Olmos, alias \"el Uruguayo,\""),
             A("Special Force for the Fight Against Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation",
               "Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force for the Fight Against Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Argentine Federal Police", "Policía Federal Argentina", "translation", "Argentina's Federal Police (Policía Federal Argentina, PFA)"),
             A("Argentine Federal Police", "PFA", "acronym", "Policía Federal Argentina, PFA"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)"),
             A("Estado Mayor Central", "EMC", "acronym", "Estado Mayor Central (EMC)"),
             A("Jhon Jairo Muñoz Cifuentes", "El Indio", "nickname", "Jhon Jairo Muñoz Cifuentes, known as \"El Indio,\"")],
    events=[E("2025-05-05", "day", "on Monday night", "document date", ["Guyana"], "armed men attack four fishing vessels off the Corentyne coast and throw fisherman Deonarine Persaud overboard", S_PIR),
            E("2025-05-06", "day", "the next morning", "context", ["Guyana"], "Persaud found alive on a mudflat", S_PIR),
            E("2025-05-07", "day", "on Wednesday", "document date", ["Guyana", "Suriname"], "Guyana's acting police commissioner meets the KPS in Paramaribo on joint patrols", S_KPS),
            E("2025-04-30", "day", "on April 30", "document date", ["Uruguay"], "Uruguayan customs find 2.1 tonnes of cocaine in an Antwerp-bound container at the Port of Montevideo", S_DNA),
            E("2025-05-03", "day", "on Saturday", "document date", ["Uruguay"], "prosecutor charges three people, including a customs broker from Nueva Palmira", S_CHG),
            E("2023-07", "month", "in July 2023", "explicit", ["Bolivia"], "Ferreyra-Olmos ('el Uruguayo') escapes from police in Santa Cruz de la Sierra", S_ESC),
            E("2025-05-06", "day", "on Tuesday", "document date", ["Uruguay"], "Interior Minister Carlos Negro says port scanners will be replaced this year", S_NEG),
            E("2025-05-06", "day", "on Tuesday", "document date", ["Bolivia"], "FELCN destroys three cocaine laboratories near Villa Tunari", S_LAB),
            E("2025-04", "month", "last month", "document date", ["Bolivia"], "Vice Minister Mamani says the FELCN found more labs in Q1 2025 than in all of 2024", S_MAM),
            E("2025-05-08", "day", "on Thursday", "document date", ["Argentina"], "Argentine Federal Police arrest two Brazilian PCC suspects in Posadas, Misiones", S_PFA),
            E("2025-05", "month", "next week", "document date", ["Argentina", "Brazil"], "the two Brazilians to be expelled to Brazil at Bernardo de Irigoyen (scheduled)", S_BUL),
            E("2025-05-04", "day", "on Sunday", "document date", ["Colombia"], "Carlos Patiño Front attacks the El Plateado police station with drones", S_DRONE),
            E("2025-02", "month", "in February", "document date", ["Colombia"], "Attorney General's Office offers a reward for El Indio", S_IND),
            E("2025-05-05", "day", "the next day", "context", ["Colombia"], "Defence Minister Pedro Sánchez travels to Popayán and orders 300 more soldiers to the Micay Canyon", S_SAN),
            E("2025-05-15", "day", "on May 15", "document date", ["Colombia", "Venezuela"], "Colombia–Venezuela binational commission on border security to meet in San Cristóbal (scheduled)", S_COM)],
    optional={"people": ["Sambo"],
              "organizations": ["Colombia–Venezuela binational commission on border security"],
              "places": ["Uruguayan and Paraguayan river ports"],
              "events_evidence": [
                  "The Guyana Police Force said the attackers were Surinamese and fled towards Nickerie across the Corentyne River.",
                  "The container had been trucked from Paraguay through the Fray Bentos crossing.",
                  "Brazil's Federal Police said both belong to the Primeiro Comando da Capital (PCC).",
                  "Two police officers were killed and five civilians wounded.",
                  "No major operation was reported, but the NGO Fundaredes counted 11 killings in Táchira and Apure states in April."]},
    timeline_pair=("Colombia", "Venezuela"))
checks(F)

NOTES = (
 "Held-out set L, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes, dev2 and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set "
 "and annotated by reading alone (crimecli was never run on them). Additions and decisions: PUBLISHED is the document's own date line ('Georgetown, "
 "21 August 2024' under a joint statement's title, 'Updated December 12, 2016', the DOJ 'FOR IMMEDIATE RELEASE Thursday, September 19, 2019', the "
 "Brazilian 'Publicado em 14/08/2016 às 09h32' (the later 'Atualizado' time is not the publication date), the newsletter's 'Sent Friday, May 9, 2025'). "
 "CHRONOLOGY (07): a year-less entry ('1 March —', 'May —') under a year heading takes its year from the heading and is resolved_from 'context', also "
 "for the 2016 entries whose year equals the document year; an anaphoric sentence inside an entry takes the entry's date as date_text ('1 March' for "
 "the killing of Raúl Reyes); 'the next day' / 'two days later' inside an entry are context. ENTITIES: bylined "
 "authors and newsletter editors are people without country; in a joint statement the two ministers' titled forms ('Hon. ...', 'Minister X', 'Dr. X') "
 "are variants; a person named only by a nickname ('Sambo') is optional; a Guyanese administrative region given as 'Region Nine (Upper Takutu-Upper "
 "Essequibo)' is one place of kind 'state or department' with the parenthesised name as a variant, not an alias; rivers that cross or form a border "
 "(Takutu, Ireng, Corentyne, San Miguel, Arauca, Solimões, Japurá) and border bridges/crossings have country null; Essequibo is given Guyana (the "
 "administering state; the text mentions only the 'controversy'); a state legislature with its own acronym (ALEAM) is a required government body; "
 "courts, prosecutors' offices and the Director of Public Prosecutions are government bodies; a forum ('High-Level Dialogue'), a planned centre, an "
 "MoU, operations (Operation Phoenix, La Muralla), a think-tank programme, demonym descriptions ('Ecuadorian police', 'Honduran authorities') and "
 "'Foreign Terrorist Organization' are optional organisations; a prison named as a place (Compaj) is a facility with its acronym as an alias; "
 "'the District of Columbia' as a judicial district is an optional place while 'Washington, D.C.' is a city. ALIASES: 'English (Spanish/Portuguese, "
 "ACR)' gives a translation and an acronym pair on the English name; 'also known as \"A\" and \"B\"' gives two nicknames on one evidence; "
 "'nicknamed \"X\"', 'known as \"X\"', 'a.k.a. \"X\"' and 'alias \"X\"' are nicknames; 'Name (Acronym-like short form)' for a prison (Compaj) is an "
 "acronym; generic terms ('garimpeiros', 'ratos d'água', 'paranás') are not aliases. EVENTS: weekdays resolve against the document date (past: the "
 "latest such weekday before it; future 'next Tuesday', 'for Monday': the next one); 'next week' is month precision; 'in the first half of 2025' "
 "is year-grain 'season'; scheduled happenings with a date are events (a centre 'to open by 31 December 2024', patrols 'in October', meetings, "
 "hearings); hedged plans inside quotes ('by the end of the year') are optional; 'in November last year' is 2015-11 from the document date; "
 "'since' spans, statistics and undated statements are optional; two happenings in one sentence give two events on one evidence.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
