#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 06-10 of held-out set N in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. The structure follows heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json,
shared/dev/README.md and heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below and
in ../NOTES_b.md. Run it after any edit: it asserts that every evidence string, date_text,
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
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Judge Magistrate U.S. Sub-Officer Agent in Charge Vice Social Defense
Colombian Táchira governor Bolivian SENAD Dr. Mr. Ms. Minister""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set N document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
RESOLVED = ("explicit", "document date", "context", "unresolved")
PLEN = {"day": 10, "month": 7, "year": 4, "season": 4}


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, no duplicates per area,
    timeline_pair countries are annotated places, event countries are annotated countries, resolved_from
    is allowed and each date's length fits its precision."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("nickname", "acronym", "translation", "short name"), (file, a)
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in {g["name"] for g in d["places"]}, (file, "pair", c)
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for e in d["events"]:
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
        assert e["resolved_from"] in RESOLVED, e
        if e["date"]:
            assert len(e["date"]) == PLEN[e["precision"]], e
    for g in d["places"]:
        assert g["kind"] in ("country", "city or town", "state or department", "region", "facility", "other",
                             "border crossing or infrastructure"), g
    assert 8 <= len(d["events"]) <= 18, (file, len(d["events"]))


EXTRA_COUNTRIES = {"United States"}  # 09: Dino Bouterse's sentence in New York; the US is not named as a place there

PER = lambda: C("Peru", "Republic of Peru")
ECU = lambda: C("Ecuador", "Republic of Ecuador")
BOL = lambda: C("Bolivia")
BRA = lambda: C("Brazil")
COL = lambda: C("Colombia")
VEN = lambda: C("Venezuela")

# ---------------------------------------------------------------- 06 joint communiqué, Peru-Ecuador, 2014
F = "06_communique_ecuador_peru_border_2014.txt"
S_MEET = "1. The Minister of the Interior of the Republic of Peru, Daniel Urresti Elera, and the Minister of the Interior of the Republic of Ecuador, José Serrano Salgado, met in Arequipa today in the framework of the Eighth Binational Cabinet, presided over by President Ollanta Humala Tasso and President Rafael Correa Delgado."
S_RECALL = "2. The Ministers recalled the commitments of the Seventh Binational Cabinet, held in Chiclayo on 14 November 2013, and their own working meeting in Machala on 14 March, where they agreed to create a Binational Intelligence Group (Grupo Binacional de Inteligencia, GBI) staffed by officers of both police forces."
S_OP = "3. The Ministers welcomed the results of Operation Southern Border (Operación Frontera Sur), carried out by the National Police of Peru (Policía Nacional del Perú, PNP) and the National Police of Ecuador on 22 and 23 August in the region of Tumbes and the province of El Oro."
S_OP2 = "During the operation, officers arrested 31 people and seized 2.4 tonnes of cocaine hydrochloride in a warehouse in Aguas Verdes."
S_CAP = "4. The Ministers noted with satisfaction the capture in Huaquillas, on 9 September, of Wilmer Alcides Ramírez-Cango, alias \"El Tumbesino\", the leader of the smuggling and drug trafficking network known as Los Cangrejos."
S_HAND = "Ramírez-Cango was handed over to Peruvian authorities at the Binational Border Service Centre (Centro Binacional de Atención en Frontera, CEBAF) of Huaquillas-Aguas Verdes the following day."
S_KILL = "5. The Ministers expressed their deep condolences to the family of Sub-Officer Julio César Vargas Nima of the PNP, who was killed on 4 October in an ambush by illegal miners near the Cenepa River, in the province of Condorcanqui, Amazonas region."
S_DREDGE = "They noted that on Monday, units of the Ecuadorian Army destroyed 14 dredges on the Nangaritza River, and that the Peruvian National Superintendency of Customs and Tax Administration (SUNAT) had seized 40 tonnes of mercury in Piura in September."
S_MOU = "7. The Ministers signed today a Memorandum of Understanding on the Exchange of Criminal Records and Migration Information, which will allow the PNP and the National Police of Ecuador to consult each other's databases in real time through the GBI."
S_LOJA = "9. The Ministers agreed to hold the next meeting of the Binational Technical Committee on Security and Defence in Loja in March 2015, and thanked the Regional Government of Arequipa for its hospitality."
doc(F, SRC, "Joint Communiqué of the Ministers of the Interior of the Republic of Peru and the Republic of Ecuador on Border Security",
    "2014-10-30", "day", "Arequipa, 30 October 2014",
    people=[P("Daniel Urresti Elera", "Minister Urresti", "Urresti", country="Peru", roles=["Minister of the Interior of Peru"]),
            P("José Serrano Salgado", "Minister Serrano", "Serrano", country="Ecuador", roles=["Minister of the Interior of Ecuador"]),
            P("Ollanta Humala Tasso", "President Ollanta Humala Tasso", country="Peru", roles=["President"]),
            P("Rafael Correa Delgado", "President Rafael Correa Delgado", country="Ecuador", roles=["President"]),
            P("Wilmer Alcides Ramírez-Cango", "Ramírez-Cango", "El Tumbesino", country="Peru", roles=["leader of Los Cangrejos"]),
            P("Julio César Vargas Nima", "Sub-Officer Julio César Vargas Nima", country="Peru", roles=["PNP sub-officer", "victim"])],
    organizations=[O("Binational Intelligence Group", "Grupo Binacional de Inteligencia", "GBI", kind="government body"),
                   O("National Police of Peru", "Policía Nacional del Perú", "PNP", kind="security force"),
                   O("National Police of Ecuador", kind="security force"),
                   O("Los Cangrejos", kind="criminal group"),
                   O("Public Ministry", "Ministerio Público", kind="government body"),
                   O("Police Intelligence Directorate", kind="security force"),
                   O("Ecuadorian Army", kind="security force"),
                   O("National Superintendency of Customs and Tax Administration", "SUNAT", kind="government body"),
                   O("Regional Government of Arequipa", kind="government body")],
    places=[PER(), ECU(),
            city("Arequipa", "Peru"), city("Chiclayo", "Peru"), city("Machala", "Ecuador"),
            state("Tumbes", "Peru"), state("El Oro", "Ecuador"), city("Aguas Verdes", "Peru"), city("Huaquillas", "Ecuador"),
            infra("Binational Border Service Centre", None, "Centro Binacional de Atención en Frontera", "CEBAF"),
            oth("Cenepa River", "Peru"), reg("Condorcanqui", "Peru"), state("Amazonas", "Peru"),
            state("Zamora Chinchipe", "Ecuador"), oth("Nangaritza River", "Ecuador"), city("Piura", "Peru"),
            oth("Zarumilla Canal", None), infra("La Balsa", None), reg("San Ignacio", "Peru"), city("Loja", "Ecuador")],
    aliases=[A("Binational Intelligence Group", "Grupo Binacional de Inteligencia", "translation", "Binational Intelligence Group (Grupo Binacional de Inteligencia, GBI)"),
             A("Binational Intelligence Group", "GBI", "acronym", "Grupo Binacional de Inteligencia, GBI"),
             A("National Police of Peru", "Policía Nacional del Perú", "translation", "National Police of Peru (Policía Nacional del Perú, PNP)"),
             A("National Police of Peru", "PNP", "acronym", "Policía Nacional del Perú, PNP"),
             A("Wilmer Alcides Ramírez-Cango", "El Tumbesino", "nickname", "Wilmer Alcides Ramírez-Cango, alias \"El Tumbesino\""),
             A("Binational Border Service Centre", "Centro Binacional de Atención en Frontera", "translation", "Binational Border Service Centre (Centro Binacional de Atención en Frontera, CEBAF)"),
             A("Binational Border Service Centre", "CEBAF", "acronym", "Centro Binacional de Atención en Frontera, CEBAF"),
             A("Public Ministry", "Ministerio Público", "translation", "Public Ministry (Ministerio Público)"),
             A("National Superintendency of Customs and Tax Administration", "SUNAT", "acronym", "National Superintendency of Customs and Tax Administration (SUNAT)")],
    events=[E("2014-10-30", "day", "today", "document date", ["Peru", "Ecuador"], "Interior ministers Urresti and Serrano meet in Arequipa at the Eighth Binational Cabinet", S_MEET),
            E("2013-11-14", "day", "on 14 November 2013", "explicit", ["Peru", "Ecuador"], "Seventh Binational Cabinet held in Chiclayo", S_RECALL),
            E("2014-03-14", "day", "on 14 March", "document date", ["Ecuador", "Peru"], "the two interior ministers hold a working meeting in Machala", S_RECALL),
            E("2014-03-14", "day", "on 14 March", "document date", ["Ecuador", "Peru"], "ministers agree to create the Binational Intelligence Group (GBI)", S_RECALL),
            E("2014-08", "month", "on 22 and 23 August", "document date", ["Peru", "Ecuador"], "PNP and National Police of Ecuador carry out Operation Southern Border in Tumbes and El Oro", S_OP),
            E("2014-08", "month", "on 22 and 23 August", "context", ["Peru", "Ecuador"], "31 people arrested during Operation Southern Border", S_OP2),
            E("2014-08", "month", "on 22 and 23 August", "context", ["Peru"], "2.4 tonnes of cocaine hydrochloride seized in a warehouse in Aguas Verdes", S_OP2),
            E("2014-09-09", "day", "on 9 September", "document date", ["Ecuador"], "Ramírez-Cango (El Tumbesino) captured in Huaquillas", S_CAP),
            E("2014-09-10", "day", "the following day", "context", ["Ecuador", "Peru"], "Ramírez-Cango handed over to Peruvian authorities at the CEBAF Huaquillas-Aguas Verdes", S_HAND),
            E("2014-10-04", "day", "on 4 October", "document date", ["Peru"], "PNP sub-officer Vargas Nima killed in an ambush by illegal miners near the Cenepa River", S_KILL),
            E("2014-10-27", "day", "on Monday", "document date", ["Ecuador"], "Ecuadorian Army destroys 14 dredges on the Nangaritza River", S_DREDGE),
            E("2014-09", "month", "in September", "document date", ["Peru"], "SUNAT seizes 40 tonnes of mercury in Piura", S_DREDGE),
            E("2014-10-30", "day", "today", "document date", ["Peru", "Ecuador"], "ministers sign an MoU on exchanging criminal records and migration information", S_MOU),
            E("2015-03", "month", "in March 2015", "explicit", ["Ecuador", "Peru"], "next meeting of the Binational Technical Committee on Security and Defence scheduled in Loja", S_LOJA)],
    optional={"organizations": ["Eighth Binational Cabinet", "Seventh Binational Cabinet", "Binational Cabinet", "Operation Southern Border", "Operación Frontera Sur",
                                "Binational Technical Committee on Security and Defence", "Peruvian authorities", "Ecuadorian police"],
              "places": ["Huaquillas-Aguas Verdes"],
              "events_evidence": [
                  "Peru's Public Ministry (Ministerio Público) has charged him with illicit drug trafficking and money laundering.",
                  "Minister Urresti thanked the Ecuadorian police for their swift action.",
                  "Minister Serrano offered the support of Ecuador's Police Intelligence Directorate in the search for those responsible.",
                  "They also instructed their teams to draft, before the end of the year, a protocol for joint patrols on the Zarumilla Canal.",
                  "8. The Ministers agreed that the deportation of foreign nationals with criminal records detected at the CEBAF of Huaquillas-Aguas Verdes and at the crossing of La Balsa, in the province of San Ignacio, will be coordinated through the liaison officers of both ministries.",
                  "Since January, 212 people have been refused entry at these crossings.",
                  "Signed in Arequipa, on 30 October 2014, in two original copies in the Spanish language."]},
    timeline_pair=("Peru", "Ecuador"))
checks(F)

# ---------------------------------------------------------------- 07 CRS-style report excerpt, Bolivia-Brazil, 2012
F = "07_crs_bolivia_brazil_cocaine_2012.txt"
S_GOLD = "In September 2008, Morales expelled U.S. Ambassador Philip S. Goldberg, accusing him of supporting opposition prefects in the eastern departments; the United States responded by expelling Bolivia's ambassador in Washington, Gustavo Guzmán."
S_DECERT = "Later that month, the Bush Administration determined that Bolivia had \"failed demonstrably\" to meet its counternarcotics obligations."
S_DEA = "On November 1, 2008, Morales suspended the operations of the Drug Enforcement Administration (DEA) in Bolivia, and the last DEA agents left the country in January 2009."
S_SAN = "In February 2011, Gen. René Sanabria Oropeza, a former FELCN commander who headed an intelligence unit of the Ministry of Government, was arrested in Panama and transferred to Miami, where he pleaded guilty to conspiracy to import cocaine."
S_SENT = "He was sentenced in September 2011 to 14 years in prison."
S_PEF = "On June 8, 2011, President Dilma Rousseff launched the Strategic Border Plan (Plano Estratégico de Fronteiras), which combines the operations of the Federal Police (Polícia Federal, PF), the Federal Highway Police and the armed forces."
S_AGATA = "The first of a series of military operations under the plan, Operation Ágata, began in early August 2011 along the border with Colombia."
S_CAMB = "In June 2011, the PF arrested a Bolivian national, Jorge Ramiro Saucedo-Añez, a.k.a. \"El Cambita,\" in Corumbá, Mato Grosso do Sul; he was expelled to Bolivia the following month."
S_MOU = "In a step welcomed by many Members of Congress, Bolivia, Brazil and the United States signed a trilateral memorandum of understanding on January 26 in La Paz, under which Brazil will provide aircraft and the United States technical support to monitor coca cultivation."
S_GUAY = "Last month, the FELCN seized 1.3 tons of cocaine and a Cessna aircraft on a ranch near Guayaramerín, in the department of Beni, across the Mamoré River from the Brazilian town of Guajará-Mirim."
S_ATPDEA = "Some Members have argued that Bolivia's trade preferences, suspended by the Bush Administration in December 2008, should remain suspended until U.S. agents can return."
S_BUDGET = "The Administration's FY2013 budget request, released on February 13, proposes $5 million in counternarcotics assistance for Bolivia, down from $20 million in FY2011."
doc(F, SRC, "Bolivia and Brazil: Cocaine Trafficking and U.S. Counternarcotics Policy",
    "2012-03-02", "day", "Updated March 2, 2012",
    people=[P("Marisol T. Hargrove-Little", roles=["author", "Analyst in Latin American Affairs"]),
            P("Evo Morales", "President Evo Morales", "Morales", country="Bolivia", roles=["President"]),
            P("Philip S. Goldberg", "U.S. Ambassador Philip S. Goldberg", "Goldberg", country="United States", roles=["U.S. Ambassador to Bolivia"]),
            P("Gustavo Guzmán", country="Bolivia", roles=["Bolivia's ambassador in Washington"]),
            P("Bush", country="United States", roles=["President (Bush Administration)"]),
            P("René Sanabria Oropeza", "Gen. René Sanabria Oropeza", country="Bolivia", roles=["former FELCN commander"]),
            P("Dilma Rousseff", "President Dilma Rousseff", "Rousseff", country="Brazil", roles=["President"]),
            P("Jorge Ramiro Saucedo-Añez", "Saucedo-Añez", "El Cambita", country="Bolivia", roles=["cocaine base supplier to the PCC"]),
            P("Felipe Cáceres García", "Bolivian Vice Minister of Social Defense Felipe Cáceres García", "Vice Minister of Social Defense Felipe Cáceres García",
              country="Bolivia", roles=["Vice Minister of Social Defense"])],
    organizations=[O("Congressional Research Service", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Special Force for the Fight Against Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("Ministry of Government", kind="government body"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("Federal Highway Police", kind="security force"),
                   O("First Capital Command", "Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("U.N. Office on Drugs and Crime", "UNODC", kind="international organization")],
    places=[BOL(), BRA(), US(), COL(), PER(), C("Panama"),
            reg("Chapare", "Bolivia"), reg("Yungas", "Bolivia"), city("La Paz", "Bolivia"), state("Santa Cruz", "Bolivia"),
            state("Mato Grosso", "Brazil"), state("Mato Grosso do Sul", "Brazil"), state("Rondônia", "Brazil"),
            city("Washington", "United States"), city("Miami", "United States"), city("Corumbá", "Brazil"),
            city("Guayaramerín", "Bolivia"), state("Beni", "Bolivia"), oth("Mamoré River", None), city("Guajará-Mirim", "Brazil"),
            city("São Paulo", "Brazil")],
    aliases=[A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Special Force for the Fight Against Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation",
               "Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force for the Fight Against Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Polícia Federal, PF"),
             A("Jorge Ramiro Saucedo-Añez", "El Cambita", "nickname", "Jorge Ramiro Saucedo-Añez, a.k.a. \"El Cambita,\""),
             A("First Capital Command", "Primeiro Comando da Capital", "translation", "First Capital Command (Primeiro Comando da Capital, PCC)"),
             A("First Capital Command", "PCC", "acronym", "Primeiro Comando da Capital, PCC"),
             A("U.N. Office on Drugs and Crime", "UNODC", "acronym", "U.N. Office on Drugs and Crime (UNODC)")],
    events=[E("2008-09", "month", "In September 2008", "explicit", ["Bolivia", "United States"], "Morales expels U.S. Ambassador Philip S. Goldberg", S_GOLD),
            E("2008-09", "month", "In September 2008", "explicit", ["United States", "Bolivia"], "United States expels Bolivia's ambassador Gustavo Guzmán", S_GOLD),
            E("2008-09", "month", "Later that month", "context", ["United States", "Bolivia"], "Bush Administration determines Bolivia 'failed demonstrably' on counternarcotics", S_DECERT),
            E("2008-11-01", "day", "On November 1, 2008", "explicit", ["Bolivia", "United States"], "Morales suspends DEA operations in Bolivia", S_DEA),
            E("2009-01", "month", "in January 2009", "explicit", ["Bolivia", "United States"], "last DEA agents leave Bolivia", S_DEA),
            E("2011-02", "month", "In February 2011", "explicit", ["Panama"], "former FELCN commander René Sanabria Oropeza arrested in Panama", S_SAN),
            E("2011-02", "month", "In February 2011", "explicit", ["Panama", "United States"], "Sanabria transferred to Miami", S_SAN),
            E("2011", "year", "In February 2011", "context", ["United States"], "Sanabria pleads guilty in Miami to conspiracy to import cocaine", S_SAN),
            E("2011-09", "month", "in September 2011", "explicit", ["United States"], "Sanabria sentenced to 14 years in prison", S_SENT),
            E("2011-06-08", "day", "On June 8, 2011", "explicit", ["Brazil"], "Rousseff launches the Strategic Border Plan", S_PEF),
            E("2011-08", "month", "in early August 2011", "explicit", ["Brazil", "Colombia"], "Operation Ágata begins along Brazil's border with Colombia", S_AGATA),
            E("2011-06", "month", "In June 2011", "explicit", ["Brazil"], "Federal Police arrest Saucedo-Añez (El Cambita) in Corumbá", S_CAMB),
            E("2011-07", "month", "the following month", "context", ["Brazil", "Bolivia"], "Saucedo-Añez expelled to Bolivia", S_CAMB),
            E("2012-01-26", "day", "on January 26", "document date", ["Bolivia", "Brazil", "United States"], "Bolivia, Brazil and the US sign a trilateral MoU on coca monitoring in La Paz", S_MOU),
            E("2012-02", "month", "Last month", "document date", ["Bolivia"], "FELCN seizes 1.3 tons of cocaine and a Cessna near Guayaramerín", S_GUAY),
            E("2008-12", "month", "in December 2008", "explicit", ["United States", "Bolivia"], "Bush Administration suspends Bolivia's trade preferences", S_ATPDEA),
            E("2012-02-13", "day", "on February 13", "document date", ["United States"], "Administration releases its FY2013 budget request", S_BUDGET)],
    optional={"organizations": ["Bush Administration", "Administration", "Congress", "Strategic Border Plan", "Plano Estratégico de Fronteiras", "Operation Ágata",
                                "armed forces", "Members of Congress"],
              "places": ["eastern departments", "department of Santa Cruz", "department of Beni"],
              "events_evidence": [
                  "Relations between the United States and the government of President Evo Morales deteriorated sharply in 2008.",
                  "Bolivia's own Special Force for the Fight Against Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN) has since assumed most interdiction tasks.",
                  "Morales said the case showed that Bolivia \"does not need the DEA\" to fight trafficking.",
                  "Bolivian Vice Minister of Social Defense Felipe Cáceres García said the agreement would allow Bolivia to verify its coca eradication figures independently of the U.N. Office on Drugs and Crime (UNODC).",
                  "Bolivia is the world's third-largest producer of coca leaf, after Colombia and Peru, and an increasingly important source of cocaine for Brazil, which has become the second-largest consumer market for cocaine in the world."]},
    timeline_pair=("Bolivia", "United States"))
checks(F)

# ---------------------------------------------------------------- 08 extradition release, Paraguay-Uruguay-US, 2024
F = "08_extradition_paraguay_uruguay_beef_2024.txt"
S_LEAD = "MIAMI - A Uruguayan man accused of organizing cocaine shipments hidden in containers of frozen beef from the Port of Montevideo was extradited from Paraguay on Wednesday and made his initial appearance in federal court in Miami today."
S_INTRO = "According to court documents, Héctor Damián Olivera-Sosa, 47, also known as \"El Charrúa,\" of Montevideo, Uruguay, led a transportation network that moved cocaine from Bolivia and Paraguay down the Paraná-Paraguay waterway by barge and then loaded it into refrigerated containers at the Port of Montevideo and the river port of Nueva Palmira."
S_PHL = "On March 14, 2022, officers of U.S. Customs and Border Protection (CBP) inspecting a container at the Port of Philadelphia found 1,240 kilograms of cocaine concealed among boxes of frozen beef shipped from Montevideo."
S_PRENA = "Five months later, Uruguay's National Naval Prefecture (Prefectura Nacional Naval, PRENA) seized another 2.1 tons at the Port of Montevideo in a container bound for Europe."
S_IND = "A federal grand jury in Miami returned a sealed indictment against Olivera-Sosa on January 19, 2023, charging him with conspiracy to import five kilograms or more of cocaine into the United States and conspiracy to launder monetary instruments."
S_ARR = "Paraguay's National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD) arrested him on November 3, 2023, at a rented house in Pedro Juan Caballero, on the border with Brazil, at the request of the United States."
S_CSJ = "Paraguay's Supreme Court of Justice approved his extradition in May."
S_FLY = "He was flown from Asunción to Miami on Wednesday in the custody of deputy U.S. Marshals."
S_TOTO = "Olivera-Sosa's co-defendant, Luis Alberto Ferreira Benítez, known as \"Toto,\" a Paraguayan national who managed the network's barges in the port of Villeta, was arrested in Asunción in the same operation and extradited in April."
S_PLEA = "Ferreira Benítez pleaded guilty in July and is scheduled to be sentenced on November 20."
S_ARRAIGN = "U.S. Magistrate Judge Lauren F. Louis-Pereira ordered him held without bond, and his arraignment is set for September 25."
doc(F, SRC, "Uruguayan National Extradited from Paraguay to Face Charges of Shipping Cocaine in Frozen Beef Containers",
    "2024-09-12", "day", "Thursday, September 12, 2024",
    people=[P("Héctor Damián Olivera-Sosa", "Olivera-Sosa", "El Charrúa", country="Uruguay", roles=["defendant", "network leader"]),
            P("Luis Alberto Ferreira Benítez", "Ferreira Benítez", "Toto", country="Paraguay", roles=["co-defendant", "managed barges in Villeta"]),
            P("Markenzy Lapointe", "U.S. Attorney Markenzy Lapointe", country="United States", roles=["U.S. Attorney"]),
            P("Robert J. Murphy-Alcalá", "Special Agent in Charge Robert J. Murphy-Alcalá", country="United States", roles=["DEA Special Agent in Charge, Miami Field Division"]),
            P("Jalil Rachid", "SENAD Minister Jalil Rachid", country="Paraguay", roles=["SENAD Minister"]),
            P("Lauren F. Louis-Pereira", "U.S. Magistrate Judge Lauren F. Louis-Pereira", country="United States", roles=["U.S. Magistrate Judge"]),
            P("Lindsey Carr-Whitfield", "Assistant U.S. Attorney Lindsey Carr-Whitfield", country="United States", roles=["Assistant U.S. Attorney"])],
    organizations=[O("U.S. Attorney's Office, Southern District of Florida", "U.S. Attorney's Office", kind="government body"),
                   O("U.S. Customs and Border Protection", "CBP", kind="security force"),
                   O("National Naval Prefecture", "Prefectura Nacional Naval", "PRENA", "Prefectura", kind="security force"),
                   O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body"),
                   O("Supreme Court of Justice", kind="government body"),
                   O("U.S. Marshals", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Homeland Security Investigations", "HSI", kind="government body"),
                   O("Office of International Affairs", kind="government body"),
                   O("Justice Department", kind="government body"),
                   O("Ministry of the Interior", "Uruguayan Ministry of the Interior", kind="government body"),
                   O("Public Prosecutor's Office of Uruguay", "Fiscalía General de la Nación", kind="government body"),
                   O("District Court for the Southern District of Florida", kind="government body")],
    places=[C("Uruguay"), C("Paraguay"), BOL(), BRA(), US(),
            city("Miami", "United States", "MIAMI"), city("Montevideo", "Uruguay"), fac("Port of Montevideo", "Uruguay"),
            oth("Paraná-Paraguay waterway", None), city("Nueva Palmira", "Uruguay"), fac("Port of Philadelphia", "United States"),
            city("Pedro Juan Caballero", "Paraguay"), city("Asunción", "Paraguay"), city("Villeta", "Paraguay")],
    aliases=[A("Héctor Damián Olivera-Sosa", "El Charrúa", "nickname", "Héctor Damián Olivera-Sosa, 47, also known as \"El Charrúa,\""),
             A("U.S. Customs and Border Protection", "CBP", "acronym", "U.S. Customs and Border Protection (CBP)"),
             A("National Naval Prefecture", "Prefectura Nacional Naval", "translation", "National Naval Prefecture (Prefectura Nacional Naval, PRENA)"),
             A("National Naval Prefecture", "PRENA", "acronym", "Prefectura Nacional Naval, PRENA"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Luis Alberto Ferreira Benítez", "Toto", "nickname", "Luis Alberto Ferreira Benítez, known as \"Toto,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Homeland Security Investigations", "HSI", "acronym", "Homeland Security Investigations (HSI)"),
             A("Public Prosecutor's Office of Uruguay", "Fiscalía General de la Nación", "translation", "Public Prosecutor's Office of Uruguay (Fiscalía General de la Nación)")],
    events=[E("2024-09-11", "day", "on Wednesday", "document date", ["Paraguay", "United States"], "Olivera-Sosa extradited from Paraguay", S_LEAD),
            E("2024-09-12", "day", "today", "document date", ["United States"], "Olivera-Sosa makes his initial appearance in federal court in Miami", S_LEAD),
            E("2022-03-14", "day", "On March 14, 2022", "explicit", ["United States", "Uruguay"], "CBP finds 1,240 kg of cocaine in a frozen-beef container from Montevideo at the Port of Philadelphia", S_PHL),
            E("2022-08", "month", "Five months later", "context", ["Uruguay"], "PRENA seizes 2.1 tons of cocaine at the Port of Montevideo", S_PRENA),
            E("2023-01-19", "day", "on January 19, 2023", "explicit", ["United States"], "Miami grand jury returns sealed indictment against Olivera-Sosa", S_IND),
            E("2023-11-03", "day", "on November 3, 2023", "explicit", ["Paraguay", "United States"], "SENAD arrests Olivera-Sosa in Pedro Juan Caballero at US request", S_ARR),
            E("2024-05", "month", "in May", "document date", ["Paraguay"], "Paraguay's Supreme Court approves Olivera-Sosa's extradition", S_CSJ),
            E("2024-09-11", "day", "on Wednesday", "document date", ["Paraguay", "United States"], "Olivera-Sosa flown from Asunción to Miami in US Marshals custody", S_FLY),
            E("2023-11-03", "day", "in the same operation", "context", ["Paraguay"], "Ferreira Benítez (Toto) arrested in Asunción", S_TOTO),
            E("2024-04", "month", "in April", "document date", ["Paraguay", "United States"], "Ferreira Benítez extradited", S_TOTO),
            E("2024-07", "month", "in July", "document date", ["United States"], "Ferreira Benítez pleads guilty", S_PLEA),
            E("2024-11-20", "day", "on November 20", "document date", ["United States"], "Ferreira Benítez scheduled to be sentenced", S_PLEA),
            E("2024-09-25", "day", "September 25", "document date", ["United States"], "Olivera-Sosa's arraignment set", S_ARRAIGN)],
    optional={"organizations": ["Miami Field Division", "Asunción Country Office", "Montevideo Resident Office", "Organized Crime Drug Enforcement Task Forces",
                                "OCDETF", "PACER", "federal grand jury", "Paraguayan authorities"],
              "places": ["Southern District of Florida", "Europe", "Southern Cone", "Philadelphia", "port of Villeta"],
              "events_evidence": [
                  "\"Traffickers who think that the distance between Montevideo and Miami protects them are mistaken,\" said U.S. Attorney Markenzy Lapointe.",
                  "SENAD Minister Jalil Rachid praised the cooperation and said Paraguay had extradited 14 people to the United States since August 2023.",
                  "The Justice Department's Office of International Affairs worked with Paraguayan authorities to secure the extradition.",
                  "\"Our agents in Asunción and Montevideo worked side by side with SENAD and the Prefectura for more than two years to bring him here.\"",
                  "Olivera-Sosa is detained pending trial."]},
    timeline_pair=("United States", "Paraguay"))
checks(F)

# ---------------------------------------------------------------- 09 feature translated from Portuguese, Oiapoque / Suriname, 2016
F = "09_feature_oiapoque_suriname_gold_2016.txt"
S_2005 = "He arrived in Suriname in 2005 to dig for gold near Benzdorp, on the Lawa River, and left after the riots in Albina."
S_ALB = "On 24 December 2009, a crowd of Maroons attacked Brazilian and Chinese miners in that town after a Surinamese man was stabbed to death; dozens were injured and the Brazilian government sent a plane to bring some of the victims home."
S_HARPIE = "Since France launched Operation Harpie against illegal mining in French Guiana in 2008, many of them moved to the Surinamese side of the Lawa and Marowijne rivers, where the control is weaker."
S_MARUPI = "On 3 August, her team carried out Operation Marupi and arrested six people in Oiapoque and Macapá, including a pilot accused of flying cocaine from an airstrip near Brokopondo."
S_SEIZE = "The police seized a single-engine plane, 42 kilos of cocaine and 3 kilos of gold."
S_JUDGE = "The following week, a federal judge in Macapá ordered the pilot, Edivaldo R. Sarmento-Lima, to remain in prison."
S_BOUT = "President Desi Bouterse was convicted in absentia in the Netherlands in 1999 of cocaine trafficking, and his son Dino Bouterse was sentenced in New York in March 2015 to 16 years and three months in prison after a DEA sting."
S_KPS = "In July, the Suriname Police Force (Korps Politie Suriname, KPS) arrested three Brazilians in Brokopondo with 60 kilos of cocaine hidden in fuel drums; one of them, Josué Ferreira da Silva, alias \"Maranhão,\" is still awaiting trial in Paramaribo."
S_BODY = "Last month, the body of a Brazilian miner from Pará was found on the bank of the Marowijne near Albina, with gunshot wounds."
S_TUE = "On Tuesday, consular officials met in Paramaribo with the Surinamese Minister of Justice and Police to discuss the case."
S_BRIDGE = "In Oiapoque, people wait for the bridge over the Oyapock, finished in 2011 but still closed to traffic because the two governments have not agreed on the border posts."
doc(F, SRC, "On the Oyapock, the gold and the cocaine travel in the same boats",
    "2016-09-18", "day", "By Raimundo N. Castelo Branco | 18 Sep 2016",
    people=[P("Raimundo N. Castelo Branco", roles=["author"]),
            P("Francisco das Chagas Moura", "Moura", "Chico Pará", country="Brazil", roles=["boatman", "former gold miner"]),
            P("Ana Cláudia Vasconcelos-Reis", "Dr. Ana Cláudia Vasconcelos-Reis", country="Brazil", roles=["federal police delegate, Oiapoque station"]),
            P("Edivaldo R. Sarmento-Lima", country="Brazil", roles=["pilot", "arrested in Operation Marupi"]),
            P("Desi Bouterse", "President Desi Bouterse", country="Suriname", roles=["President"]),
            P("Dino Bouterse", country="Suriname", roles=["son of the president", "convicted trafficker"]),
            P("Josué Ferreira da Silva", "Maranhão", country="Brazil", roles=["arrested in Brokopondo"])],
    organizations=[O("Folha do Extremo Norte", kind="media"),
                   O("Federal Police", kind="security force"),
                   O("Suriname Police Force", "Korps Politie Suriname", "KPS", kind="security force"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Brazilian Foreign Ministry", "Itamaraty", kind="government body"),
                   O("Brazilian Army", kind="security force"),
                   O("34th Jungle Infantry Battalion", kind="security force")],
    places=[BRA(), C("Suriname"), C("France"), C("Netherlands"), COL(), VEN(), C("Guyana"),
            state("French Guiana", "France"), city("Oiapoque", "Brazil", "OIAPOQUE"), state("Amapá", "Brazil"),
            oth("Oyapock River", None, "Oyapock"), city("Saint-Georges", "France"), state("Maranhão", "Brazil"), state("Pará", "Brazil"),
            city("Benzdorp", "Suriname"), oth("Lawa River", None, "Lawa"), city("Albina", "Suriname"), city("Paramaribo", "Suriname"),
            oth("Marowijne", None), fac("Port of Paramaribo", "Suriname"), city("Macapá", "Brazil"), city("Brokopondo", "Suriname"),
            city("New York", "United States")],
    aliases=[A("Francisco das Chagas Moura", "Chico Pará", "nickname", "Francisco das Chagas Moura, known as \"Chico Pará,\""),
             A("Suriname Police Force", "Korps Politie Suriname", "translation", "Suriname Police Force (Korps Politie Suriname, KPS)"),
             A("Suriname Police Force", "KPS", "acronym", "Korps Politie Suriname, KPS"),
             A("Josué Ferreira da Silva", "Maranhão", "nickname", "Josué Ferreira da Silva, alias \"Maranhão,\""),
             A("Brazilian Foreign Ministry", "Itamaraty", "nickname", "Brazilian Foreign Ministry (Itamaraty)")],
    events=[E("2005", "year", "in 2005", "explicit", ["Suriname"], "Moura arrives in Suriname to dig for gold near Benzdorp", S_2005),
            E("2009-12-24", "day", "On 24 December 2009", "explicit", ["Suriname", "Brazil"], "Maroon crowd attacks Brazilian and Chinese miners in Albina (riots)", S_ALB),
            E("2008", "year", "in 2008", "explicit", ["France"], "France launches Operation Harpie against illegal mining in French Guiana", S_HARPIE),
            E("2016-08-03", "day", "On 3 August", "document date", ["Brazil"], "Federal Police carry out Operation Marupi", S_MARUPI),
            E("2016-08-03", "day", "On 3 August", "document date", ["Brazil"], "six people arrested in Oiapoque and Macapá, including a pilot", S_MARUPI),
            E("2016-08-03", "day", "On 3 August", "context", ["Brazil"], "police seize a plane, 42 kilos of cocaine and 3 kilos of gold", S_SEIZE),
            E("2016-08", "month", "The following week", "context", ["Brazil"], "federal judge in Macapá orders pilot Sarmento-Lima kept in prison", S_JUDGE),
            E("1999", "year", "in 1999", "explicit", ["Netherlands"], "Desi Bouterse convicted in absentia in the Netherlands of cocaine trafficking", S_BOUT),
            E("2015-03", "month", "in March 2015", "explicit", ["United States"], "Dino Bouterse sentenced in New York to 16 years and three months", S_BOUT),
            E("2016-07", "month", "In July", "document date", ["Suriname", "Brazil"], "KPS arrests three Brazilians with 60 kilos of cocaine in Brokopondo", S_KPS),
            E("2016-08", "month", "Last month", "document date", ["Suriname", "Brazil"], "body of a Brazilian miner found on the Marowijne near Albina", S_BODY),
            E("2016-09-13", "day", "On Tuesday", "document date", ["Brazil", "Suriname"], "Brazilian consular officials meet Suriname's Minister of Justice and Police in Paramaribo", S_TUE),
            E("2011", "year", "in 2011", "explicit", ["Brazil", "France"], "bridge over the Oyapock finished", S_BRIDGE)],
    optional={"organizations": ["Brazilian consulate in Paramaribo", "Brazilian government", "Operation Harpie", "Operation Marupi",
                                "Minister of Justice and Police", "Surinamese authorities"],
              "places": ["Europe", "port of Oiapoque"],
              "events_evidence": [
                  "Francisco das Chagas Moura, known as \"Chico Pará,\" has worked the river for eleven years.",
                  "The Brazilian consulate in Paramaribo estimates that between 15,000 and 20,000 Brazilians, most of them garimpeiros, live in Suriname.",
                  "The Brazilian Foreign Ministry (Itamaraty) asked the Surinamese authorities for an investigation.",
                  "\"After Christmas in Albina, I never went back,\" Moura said.",
                  "The Brazilian Army's 34th Jungle Infantry Battalion patrols the area, but its soldiers cannot search every boat."]},
    timeline_pair=("Brazil", "Suriname"))
checks(F)

# ---------------------------------------------------------------- 10 weekly bulletin, Colombia-Venezuela border closure, 2015
F = "10_bulletin_colombia_venezuela_border_closure_2015.txt"
S_SUM = "The closure of the border between Táchira state and Norte de Santander, ordered by President Nicolás Maduro on 19 August, entered its second week."
S_ATT = "On 19 August, unidentified gunmen shot and wounded three soldiers of the Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB) and a civilian during an anti-smuggling patrol in San Antonio del Táchira."
S_NIGHT = "That night Maduro ordered the closure of the Simón Bolívar International Bridge and the Francisco de Paula Santander Bridge for 72 hours, blaming \"Colombian paramilitaries.\""
S_EXC = "Two days later he declared a state of exception in six municipalities of Táchira, including Bolívar, Pedro María Ureña and Junín, and extended the closure indefinitely."
S_DEM = "On 22 and 23 August, soldiers and officers of the Bolivarian National Guard (GNB) marked homes in the La Invasión neighbourhood of San Antonio del Táchira, known locally as Mi Pequeña Barinas, with a \"D\" for demolition and then tore them down."
S_RIVER = "On Wednesday, families carried mattresses, refrigerators and goats across the Táchira River near La Parada, in Villa del Rosario, where the water is waist-deep in the dry season."
S_MEET = "Colombian Foreign Minister María Ángela Holguín met her Venezuelan counterpart, Delcy Rodríguez, in Cartagena on Wednesday, 26 August."
S_RECALL = "The next day, President Juan Manuel Santos recalled Colombia's ambassador in Caracas, Ricardo Lozano, for consultations, and Venezuela recalled its own ambassador from Bogotá hours later."
S_SAT = "On Saturday, Santos visited the shelters in Cúcuta and called the deportations \"unacceptable.\""
S_GOCHO = "On Tuesday, the GNB arrested Jhon Freddy Contreras Ibarra, alias \"El Gocho,\" in Ureña with 4,000 litres of gasoline; Venezuelan officials described him as a collector for Los Urabeños."
S_THU = "On Thursday night, a man was shot dead on a trocha near the village of Juan Frío, in Villa del Rosario; police have not identified him."
S_UNHCR = "The UN Refugee Agency (UNHCR) said on 28 August that some of those deported had refugee status in Venezuela."
S_CONG = "The Colombian Congress will hold a debate on the crisis on 2 September."
S_SUN = "Maduro said on Sunday that the border would stay closed \"until peace returns to Táchira.\""
doc(F, SRC, "Northern Border Weekly Bulletin No. 35: Venezuela Closes the Táchira Crossings",
    "2015-08-31", "day", "Issued Monday 31 August 2015",
    people=[P("Nicolás Maduro", "President Nicolás Maduro", "Maduro", country="Venezuela", roles=["President"]),
            P("José Gregorio Vielma Mora", "Táchira governor José Gregorio Vielma Mora", country="Venezuela", roles=["Governor of Táchira"]),
            P("María Ángela Holguín", "Colombian Foreign Minister María Ángela Holguín", "Holguín", country="Colombia", roles=["Foreign Minister"]),
            P("Delcy Rodríguez", country="Venezuela", roles=["Foreign Minister"]),
            P("Juan Manuel Santos", "President Juan Manuel Santos", "Santos", country="Colombia", roles=["President"]),
            P("Ricardo Lozano", country="Colombia", roles=["Colombia's ambassador in Caracas"]),
            P("Jhon Freddy Contreras Ibarra", "El Gocho", country=None, roles=["alleged fuel smuggler", "collector for Los Urabeños"]),
            P("Claudia Patricia Jaimes-Peñaranda", roles=["editor"])],
    organizations=[O("Andean Border Monitoring Network", "Red Andina de Monitoreo Fronterizo", "RAMF", kind="ngo"),
                   O("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "FANB", kind="security force"),
                   O("Bolivarian National Guard", "GNB", kind="security force"),
                   O("Ombudsman's Office", "Defensoría del Pueblo", "Colombian Ombudsman's Office", kind="government body"),
                   O("Union of South American Nations", "UNASUR", kind="international organization"),
                   O("Organization of American States", "OAS", kind="international organization"),
                   O("Los Urabeños", kind="criminal group"),
                   O("Los Rastrojos", kind="criminal group"),
                   O("National Unit for Disaster Risk Management", "Unidad Nacional para la Gestión del Riesgo de Desastres", "UNGRD", kind="government body"),
                   O("UN Refugee Agency", "UNHCR", kind="international organization")],
    places=[VEN(), COL(),
            state("Táchira", "Venezuela", "Táchira state"), state("Norte de Santander", "Colombia"), city("Cúcuta", "Colombia"),
            city("Caracas", "Venezuela"), city("Bogotá", "Colombia"), city("San Antonio del Táchira", "Venezuela"),
            infra("Simón Bolívar International Bridge", None), infra("Francisco de Paula Santander Bridge", None),
            reg("Bolívar", "Venezuela"), reg("Pedro María Ureña", "Venezuela"), reg("Junín", "Venezuela"),
            oth("La Invasión", "Venezuela", "Mi Pequeña Barinas"), oth("Táchira River", None), oth("La Parada", "Colombia"),
            city("Villa del Rosario", "Colombia"), city("Cartagena", "Colombia"), city("Ureña", "Venezuela"), city("Juan Frío", "Colombia")],
    aliases=[A("Andean Border Monitoring Network", "Red Andina de Monitoreo Fronterizo", "translation", "Andean Border Monitoring Network (Red Andina de Monitoreo Fronterizo, RAMF)"),
             A("Andean Border Monitoring Network", "RAMF", "acronym", "Red Andina de Monitoreo Fronterizo, RAMF"),
             A("Bolivarian National Armed Force", "Fuerza Armada Nacional Bolivariana", "translation", "Bolivarian National Armed Force (Fuerza Armada Nacional Bolivariana, FANB)"),
             A("Bolivarian National Armed Force", "FANB", "acronym", "Fuerza Armada Nacional Bolivariana, FANB"),
             A("Bolivarian National Guard", "GNB", "acronym", "Bolivarian National Guard (GNB)"),
             A("La Invasión", "Mi Pequeña Barinas", "nickname", "La Invasión neighbourhood of San Antonio del Táchira, known locally as Mi Pequeña Barinas"),
             A("Ombudsman's Office", "Defensoría del Pueblo", "translation", "Ombudsman's Office (Defensoría del Pueblo)"),
             A("Union of South American Nations", "UNASUR", "acronym", "Union of South American Nations (UNASUR)"),
             A("Organization of American States", "OAS", "acronym", "Organization of American States (OAS)"),
             A("Jhon Freddy Contreras Ibarra", "El Gocho", "nickname", "Jhon Freddy Contreras Ibarra, alias \"El Gocho,\""),
             A("National Unit for Disaster Risk Management", "Unidad Nacional para la Gestión del Riesgo de Desastres", "translation",
               "National Unit for Disaster Risk Management (Unidad Nacional para la Gestión del Riesgo de Desastres, UNGRD)"),
             A("National Unit for Disaster Risk Management", "UNGRD", "acronym", "Unidad Nacional para la Gestión del Riesgo de Desastres, UNGRD"),
             A("UN Refugee Agency", "UNHCR", "acronym", "UN Refugee Agency (UNHCR)")],
    events=[E("2015-08-19", "day", "on 19 August", "document date", ["Venezuela", "Colombia"], "Maduro orders the closure of the Táchira-Norte de Santander border", S_SUM),
            E("2015-08-19", "day", "On 19 August", "document date", ["Venezuela"], "gunmen wound three FANB soldiers and a civilian in San Antonio del Táchira", S_ATT),
            E("2015-08-19", "day", "That night", "context", ["Venezuela", "Colombia"], "Maduro orders the Simón Bolívar and Francisco de Paula Santander bridges closed for 72 hours", S_NIGHT),
            E("2015-08-21", "day", "Two days later", "context", ["Venezuela"], "Maduro declares a state of exception in six Táchira municipalities", S_EXC),
            E("2015-08-21", "day", "Two days later", "context", ["Venezuela", "Colombia"], "Maduro extends the border closure indefinitely", S_EXC),
            E("2015-08", "month", "On 22 and 23 August", "document date", ["Venezuela"], "GNB marks homes in La Invasión (Mi Pequeña Barinas) for demolition", S_DEM),
            E("2015-08", "month", "On 22 and 23 August", "document date", ["Venezuela"], "GNB tears down the marked homes", S_DEM),
            E("2015-08-26", "day", "On Wednesday", "document date", ["Venezuela", "Colombia"], "families carry belongings across the Táchira River near La Parada", S_RIVER),
            E("2015-08-26", "day", "on Wednesday, 26 August", "document date", ["Colombia", "Venezuela"], "Holguín meets Delcy Rodríguez in Cartagena", S_MEET),
            E("2015-08-27", "day", "The next day", "context", ["Colombia", "Venezuela"], "Santos recalls Colombia's ambassador in Caracas, Ricardo Lozano", S_RECALL),
            E("2015-08", "month", "hours later", "context", ["Venezuela", "Colombia"], "Venezuela recalls its ambassador from Bogotá", S_RECALL),
            E("2015-08-29", "day", "On Saturday", "document date", ["Colombia"], "Santos visits the shelters in Cúcuta", S_SAT),
            E("2015-08-29", "day", "On Saturday", "document date", ["Colombia", "Venezuela"], "Santos calls the deportations 'unacceptable'", S_SAT),
            E("2015-08-25", "day", "On Tuesday", "document date", ["Venezuela"], "GNB arrests Contreras Ibarra (El Gocho) in Ureña with 4,000 litres of gasoline", S_GOCHO),
            E("2015-08-27", "day", "On Thursday night", "document date", ["Colombia"], "man shot dead on a trocha near Juan Frío, Villa del Rosario", S_THU),
            E("2015-08-28", "day", "on 28 August", "document date", ["Venezuela"], "UNHCR says some deportees had refugee status in Venezuela", S_UNHCR),
            E("2015-09-02", "day", "on 2 September", "document date", ["Colombia"], "Colombian Congress to hold a debate on the crisis", S_CONG),
            E("2015-08-30", "day", "on Sunday", "document date", ["Venezuela", "Colombia"], "Maduro says the border will stay closed", S_SUN)],
    optional={"organizations": ["Colombian Congress", "Congress", "Red Andina", "Venezuelan officials", "Colombian police"],
              "places": ["Northern Border", "trochas", "Cúcuta office"],
              "events_evidence": [
                  "More than 1,100 Colombians have been deported from Venezuela and several thousand more have crossed on foot with their belongings.",
                  "Tension between Caracas and Bogotá reached its highest level since 2010.",
                  "Táchira governor José Gregorio Vielma Mora said the operation would \"clean the border of paramilitarism and smuggling.\"",
                  "The Colombian Ombudsman's Office (Defensoría del Pueblo) reported that deported families were separated from their children at the bridge.",
                  "The meeting produced no agreement on reopening the border.",
                  "Colombia has asked for an extraordinary meeting of the foreign ministers of the Union of South American Nations (UNASUR), and Holguín said she would also raise the matter at the Organization of American States (OAS) later this week.",
                  "Smuggling of fuel and subsidised food has not stopped; it has moved to the trochas, the informal trails along the river.",
                  "Colombian police said members of Los Rastrojos now charge deportees 20,000 pesos to carry goods across the river.",
                  "The National Unit for Disaster Risk Management (Unidad Nacional para la Gestión del Riesgo de Desastres, UNGRD) opened eleven shelters in Cúcuta and Villa del Rosario."]},
    timeline_pair=("Venezuela", "Colombia"))
checks(F)

NOTES = (
 "Held-out set N, documents 06-10 (annotator B; 01-05 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/README.md and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and annotated "
 "by reading alone (crimecli was never run on them, its code never read). Additions and decisions: PUBLISHED is the document's own date line "
 "('Arequipa, 30 October 2014' under the communiqué title, 'Updated March 2, 2012' under the report title, the release header 'Thursday, September 12, "
 "2024', the byline 'By Raimundo N. Castelo Branco | 18 Sep 2016', the bulletin's 'Issued Monday 31 August 2015'; the bulletin's 'Week of 24-30 August "
 "2015' is its coverage, not its date). ENTITIES: bylined authors and the bulletin editor are people without country; a suspect whose nationality "
 "the text does not give has country null (10 'El Gocho'); a surname inside 'the Bush Administration' is a person ('Bush'), the Administration itself "
 "optional; operations, plans, cabinets and committees that meet (Operation Southern Border, Strategic Border Plan, Operation Ágata, Operation Harpie, "
 "Operation Marupi, the Binational Cabinets, the Binational Technical Committee) are optional organisations, so the translation 'Operación Frontera Sur' "
 "is not an alias; the CEBAF (binational border post), La Balsa, the Zarumilla Canal, bridges and border rivers (Mamoré, Oyapock, Lawa, Marowijne, "
 "Táchira River) have country null; La Paz is one place (city) although 07 also says 'the Yungas of La Paz'; French Guiana is 'state or department' of "
 "France; Peruvian provinces below the department (Condorcanqui, San Ignacio) and Venezuelan municipalities (Bolívar, Pedro María Ureña, Junín) are "
 "'region'; the municipality 'Pedro María Ureña' and the town 'Ureña' are two places; 'the La Invasión neighbourhood ..., known locally as Mi Pequeña "
 "Barinas' is a nickname alias of a place; 'Brazilian Foreign Ministry (Itamaraty)' is a nickname alias; courts are 'government body'. ALIASES: "
 "'English (Spanish, ACR)' gives a translation pair and an acronym pair on the English name; ', also known as \"X,\"', ', known as \"X,\"', ', alias "
 "\"X\"', ', a.k.a. \"X,\"' are nicknames. EVENTS: per mention, one per happening ('arrested 31 people and seized 2.4 tonnes' is two events; the "
 "lead's 'extradited ... on Wednesday and made his initial appearance ... today' is two, and the later 'He was flown ... on Wednesday' is annotated "
 "again); weekdays resolve against the document date to the latest such day before it (06 'on Monday' -> 2014-10-27; 09 'On Tuesday' -> 2016-09-13; "
 "10 'On Tuesday/Wednesday/Thursday night/Saturday/on Sunday' -> 25/26/27/29/30 August 2015); a range inside one month ('on 22 and 23 August') is month "
 "precision, and a following sentence 'During the operation' takes it as context; 'hours later' after 'The next day' takes month grain (heldout_e "
 "'hours after' rule); 'The following week' after 3 August stays in August (month); a plea dated only by the clause of an arrest in February 2011 and "
 "before a September 2011 sentence is year grain (context); 'in the same operation' gives the date of the operation already stated (2023-11-03, context); "
 "scheduled happenings with a date (a sentencing 'on November 20', an arraignment 'set for September 25', a meeting 'in Loja in March 2015', a debate "
 "'on 2 September') are events; undated statements, quotes, present-perfect facts, statistics ('Since January, 212 people', 'since August 2023'), "
 "hedged plans ('before the end of the year', 'later this week') and the communiqué's signing line are optional. Event countries list where the happening "
 "took place and the states acting in it; in 09 the United States (New York sentence) is not named as a country and is allowed as an extra country.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"06", "07", "08", "09", "10"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
