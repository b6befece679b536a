#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set D in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by every hand-made set.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts, and its code was not read). Conventions: the 'notes' of shared/gold/seeds.gold.json,
shared/dev/gold.json and dev2's NOTES_a/NOTES_b, with the additions in NOTES below (also in
../NOTES_a.md). Run it after any edit: it asserts that every evidence string, every
published_evidence and at least one surface form of every entity occurs in its document, and
drops variants that do not occur verbatim (so variants are always real surface forms).
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Federal Father Treasury Judge Dr. Sergeant Agent
Inspector Captain""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set D document (hand-annotated from reading alone; crimecli not run on it)"
MEX = lambda: C("Mexico")

# ---------------------------------------------------------------- 01 El Sur, Guerrero (translated)
F = "01_guerrero_familia_split_totolapan_2025.txt"
S_FOUND = ("Residents of Las Juntas de Tehuehuetla, a village of some 300 people in the municipality of San Miguel Totolapan, "
           "found the bodies of nine men on Wednesday morning on the dirt road that leads down to the Balsas River, the Guerrero "
           "State Prosecutor's Office (Fiscalía General del Estado, FGE) confirmed.")
S_VICT = ("The victims, aged between 19 and 41, had been shot and left beside a cardboard sign signed by \"La Nueva Familia,\" the "
          "name used by the faction of Rigoberto Salas Pineda, alias \"El Compadre,\" which broke away from La Familia Michoacana (LFM) last year.")
S_SPLIT = ("The split dates back to November 2024, when Salas Pineda, until then the LFM's plaza boss for the Tierra Caliente, refused "
           "to hand over the takings from the gold and timber trade in the sierra to the brothers who lead the organisation, Joel and "
           "Adán Benítez Ocampo, known in the region as \"Los Primos.\"")
S_ABD = ("On 2 February, gunmen abducted the municipal president of Tlalchapa, Ma. de la Luz Ortega-Bahena, on the highway to "
         "Ciudad Altamirano; she was freed that evening with a message for the governor.")
S_RES = "The following week, eleven of the sixteen officers of San Miguel Totolapan's municipal police resigned en masse."
S_GOV = ("Governor Evelyn Salgado Pineda said on Thursday that the state government \"will not negotiate with any criminal group\" "
         "and announced that 400 more soldiers of the Defence Secretariat (Secretaría de la Defensa Nacional, Sedena) and members of "
         "the National Guard (Guardia Nacional, GN) would arrive in the region.")
S_ARR = ("On the same Thursday, in a joint operation by the Secretariat of Security and Citizen Protection (SSPC), the FGE and the "
         "Navy, agents arrested José Manuel \"El Chivo\" Arellano Duarte, identified as the head of El Compadre's gunmen, at a ranch "
         "in El Pescado, a community of Coyuca de Catalán.")
S_RIF = "The rifles, he added, had been bought in 2023 at a gun shop in Phoenix, Arizona, and smuggled from the United States into Mexico."
S_DRONE = ("Last December, a device dropped two explosive charges on the school in Linda Vista, a hamlet of San Miguel Totolapan, "
           "which had been closed since the previous month.")
S_2019 = ("In 2019 the residents of San Miguel Totolapan formed an armed self-defence group to expel the gunmen of the former "
          "Guerreros Unidos, an episode many still remember.")
doc(F, SRC, "Nine bodies found near the Balsas River as La Familia Michoacana split reaches San Miguel Totolapan", "2025-03-14", "day",
    "Published: Friday, 14 March 2025, 08:10 CST",
    people=[P("Itzel Carranza Ochoa", roles=["author"]),
            P("Daniel R. Whitmore", roles=["translator"]),
            P("Rigoberto Salas Pineda", "Salas Pineda", "El Compadre", country="Mexico",
              roles=["leader of La Nueva Familia faction", "former LFM plaza boss for the Tierra Caliente"]),
            P("Efraín Ocampo Bahena", "Efraín", country="Mexico", roles=["victim", "fertiliser seller"]),
            P("Juvencio Ocampo Bahena", country="Mexico", roles=["victim", "fertiliser seller"]),
            P("Joel Benítez Ocampo", "Joel", country="Mexico", roles=["leader of La Familia Michoacana"]),
            P("Adán Benítez Ocampo", country="Mexico", roles=["leader of La Familia Michoacana"]),
            P("Ma. de la Luz Ortega-Bahena", country="Mexico", roles=["municipal president of Tlalchapa"]),
            P("Evelyn Salgado Pineda", "Governor Evelyn Salgado Pineda", country="Mexico", roles=["Governor"]),
            P("José Manuel Arellano Duarte", "El Chivo", country="Mexico", roles=["head of El Compadre's gunmen"]),
            P("Omar García Harfuch", "Federal Security Secretary Omar García Harfuch", country="Mexico", roles=["Federal Security Secretary"]),
            P("Anselmo Tapia Rebolledo", "Father Anselmo Tapia Rebolledo", country="Mexico", roles=["priest accompanying displaced families"])],
    organizations=[O("El Sur", kind="media"),
                   O("Guerrero State Prosecutor's Office", "Fiscalía General del Estado", "FGE", "Fiscalía", kind="government body"),
                   O("La Nueva Familia", kind="criminal group"),
                   O("La Familia Michoacana", "LFM", kind="criminal group"),
                   O("Defence Secretariat", "Secretaría de la Defensa Nacional", "Sedena", kind="government body"),
                   O("National Guard", "Guardia Nacional", "GN", kind="security force"),
                   O("Secretariat of Security and Citizen Protection", "SSPC", kind="government body"),
                   O("Navy", kind="security force"),
                   O("Guerreros Unidos", kind="criminal group"),
                   O("Forensic Medical Service", "Servicio Médico Forense", "Semefo", kind="government body")],
    places=[MEX(), US(), state("Guerrero", "Mexico", "Gro."), oth("Balsas River", "Mexico"),
            city("San Miguel Totolapan", "Mexico"), city("Chilpancingo", "Mexico", "CHILPANCINGO"),
            city("Las Juntas de Tehuehuetla", "Mexico", "Las Juntas"), reg("Tierra Caliente", "Mexico"),
            city("Arcelia", "Mexico"), city("Tlalchapa", "Mexico"), city("Coyuca de Catalán", "Mexico"),
            city("Ciudad Altamirano", "Mexico"), city("El Pescado", "Mexico"), city("Phoenix", "United States"),
            state("Arizona", "United States"), city("Linda Vista", "Mexico"), city("San Antonio de la Gavia", "Mexico"),
            city("Iguala", "Mexico")],
    aliases=[A("Guerrero State Prosecutor's Office", "Fiscalía General del Estado", "translation",
               "Guerrero State Prosecutor's Office (Fiscalía General del Estado, FGE)"),
             A("Guerrero State Prosecutor's Office", "FGE", "acronym", "Fiscalía General del Estado, FGE"),
             A("Rigoberto Salas Pineda", "El Compadre", "nickname", "Rigoberto Salas Pineda, alias \"El Compadre,\""),
             A("La Familia Michoacana", "LFM", "acronym", "La Familia Michoacana (LFM)"),
             A("Defence Secretariat", "Secretaría de la Defensa Nacional", "translation",
               "Defence Secretariat (Secretaría de la Defensa Nacional, Sedena)"),
             A("Defence Secretariat", "Sedena", "acronym", "Secretaría de la Defensa Nacional, Sedena"),
             A("National Guard", "Guardia Nacional", "translation", "National Guard (Guardia Nacional, GN)"),
             A("National Guard", "GN", "acronym", "Guardia Nacional, GN"),
             A("Secretariat of Security and Citizen Protection", "SSPC", "acronym", "Secretariat of Security and Citizen Protection (SSPC)"),
             A("José Manuel Arellano Duarte", "El Chivo", "nickname", "José Manuel \"El Chivo\" Arellano Duarte"),
             A("Forensic Medical Service", "Servicio Médico Forense", "translation", "Forensic Medical Service (Servicio Médico Forense, Semefo)"),
             A("Forensic Medical Service", "Semefo", "acronym", "Servicio Médico Forense, Semefo")],
    events=[E("2025-03-12", "day", "on Wednesday morning", "document date", ["Mexico"],
              "residents of Las Juntas de Tehuehuetla find the bodies of nine men near the Balsas River", S_FOUND),
            E("2024", "year", "last year", "document date", ["Mexico"], "El Compadre's faction (La Nueva Familia) breaks away from La Familia Michoacana", S_VICT),
            E("2024-11", "month", "November 2024", "explicit", ["Mexico"],
              "LFM split: Salas Pineda refuses to hand over gold and timber takings to Los Primos", S_SPLIT),
            E("2025-02-02", "day", "On 2 February", "document date", ["Mexico"], "gunmen abduct Tlalchapa municipal president Ma. de la Luz Ortega-Bahena", S_ABD),
            E("2025-02-02", "day", "that evening", "context", ["Mexico"], "Ortega-Bahena freed with a message for the governor", S_ABD),
            E("2025-02", "month", "The following week", "context", ["Mexico"], "eleven of sixteen San Miguel Totolapan municipal police officers resign", S_RES),
            E("2025-03-13", "day", "on Thursday", "document date", ["Mexico"],
              "Governor Salgado Pineda refuses to negotiate and announces 400 more Sedena soldiers and National Guard", S_GOV),
            E("2025-03-13", "day", "On the same Thursday", "context", ["Mexico"],
              "SSPC, FGE and Navy arrest El Chivo Arellano Duarte at a ranch in El Pescado", S_ARR),
            E("2023", "year", "in 2023", "explicit", ["United States", "Mexico"], "seized rifles bought in Phoenix, Arizona and carried into Mexico", S_RIF),
            E("2024-12", "month", "Last December", "document date", ["Mexico"], "drone drops two explosive charges on the Linda Vista school", S_DRONE),
            E("2019", "year", "In 2019", "explicit", ["Mexico"], "San Miguel Totolapan residents form an armed self-defence group against Guerreros Unidos", S_2019)],
    optional={"people": [],
              "organizations": ["Los Primos", "state government", "San Miguel Totolapan's municipal police", "municipal police"],
              "places": ["sierra", "municipal seat"],
              "events_evidence": [
                  "Since then his men have fought the LFM for control of at least six municipalities, from Arcelia and Tlalchapa to Coyuca de Catalán.",
                  "Federal Security Secretary Omar García Harfuch wrote on social media that two rifles, 1,200 cartridges and a drone fitted to drop explosives had been seized.",
                  "It was not the first drone the gang had used, locals said.",
                  "Father Anselmo Tapia Rebolledo, who accompanies displaced families in the sierra, told this newspaper that at least 140 families from Las Juntas and neighbouring San Antonio de la Gavia have left for Ciudad Altamirano and Chilpancingo since January.",
                  "The Fiscalía said it had opened an investigation for aggravated homicide and that the bodies would be handed over to their relatives in Iguala, where the Forensic Medical Service (Servicio Médico Forense, Semefo) has its regional office.",
                  "The violence has reached the town halls."]},
    timeline_pair=("Mexico", "United States"))

# ---------------------------------------------------------------- 02 OFAC press release, Dominican Republic
F = "02_ofac_dominican_peguero_network_2025.txt"
DR = "Dominican Republic"
S_TODAY = ("WASHINGTON — Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned five individuals "
           "and six entities that are part of the drug trafficking and money laundering network led by Dominican national Ramón Antonio "
           "de los Santos Peguero, a.k.a. \"El Mayimbe.\"")
S_2014 = ("De los Santos Peguero, a former sergeant of the Dominican Navy (Armada de República Dominicana, ARD), began moving cocaine "
          "through the fishing town of Boca de Yuma around 2014.")
S_2019 = ("In early 2019, he was arrested in San Pedro de Macorís in possession of 310 kilograms of cocaine but was released four months "
          "later after the case against him was dismissed.")
S_SAONA = ("On March 4, 2024, DNCD agents seized 1.6 metric tons of cocaine from a vessel linked to his network off Isla Saona, at that "
           "time the largest seizure of the year in the country.")
S_IND = ("On June 12, 2025, a federal grand jury in the District of Puerto Rico indicted Vargas del Orbe on drug trafficking and "
         "money laundering charges.")
doc(F, SRC, "Treasury Sanctions Dominican Trafficking Network Laundering Cocaine Proceeds Through Punta Cana Real Estate",
    "2025-11-18", "day", "November 18, 2025",
    people=[P("Ramón Antonio de los Santos Peguero", "De los Santos Peguero", "El Mayimbe", "EL MAYIMBE",
              "DE LOS SANTOS PEGUERO, Ramón Antonio", country=DR,
              roles=["leader of the drug trafficking and money laundering network", "former sergeant of the Dominican Navy"]),
            P("Scott Bessent", "Secretary of the Treasury Scott Bessent", country="United States", roles=["Secretary of the Treasury"]),
            P("Yudelka Margarita Peguero-Mejía", "La Doña", "LA DONA", "PEGUERO-MEJIA, Yudelka Margarita", country=DR,
              roles=["cousin of De los Santos Peguero", "manages the network's finances"]),
            P("Franklin Joel Almonte Rosario", "Frankie Boca Chica", "FRANKIE BOCA CHICA", "ALMONTE ROSARIO, Franklin Joel", country=DR,
              roles=["coordinates reception of go-fast boats"]),
            P("Héctor Luis Vargas del Orbe", "Vargas del Orbe", "VARGAS DEL ORBE, Hector Luis", country="United States",
              roles=["Puerto Rico-based associate"]),
            P("María Altagracia Núñez de Peña", "NUNEZ DE PENA, Maria Altagracia", country=DR,
              roles=["manages vacation rental companies of the network"])],
    organizations=[O("Department of the Treasury", "U.S. Department of the Treasury", "Treasury", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("Drug Enforcement Administration", "U.S. Drug Enforcement Administration", "DEA", kind="government body"),
                   O("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "DNCD", kind="government body"),
                   O("Dominican Navy", "Armada de República Dominicana", "ARD", kind="security force"),
                   O("Inversiones Caribe Azul, S.R.L.", "Inversiones Caribe Azul", kind="company"),
                   O("Constructora Peguero & Asociados, S.A.", "Constructora Peguero & Asociados", kind="company"),
                   O("AutoImport JR, S.R.L.", "AutoImport JR", kind="company"),
                   O("Vargas Del Orbe Holdings LLC", kind="company"),
                   O("Residencial Brisas de Cap Cana, S.R.L.", "Residencial Brisas de Cap Cana", kind="company"),
                   O("Rentas Vacacionales Saona, S.R.L.", "Rentas Vacacionales Saona", kind="company")],
    places=[C(DR), L("United States", "U.S.", "US", kind="country"), C("Colombia"), C("Venezuela"), reg("Puerto Rico", "United States"), reg("Caribbean"),
            city("Washington", "United States", "WASHINGTON"), city("Punta Cana", DR), city("La Romana", DR),
            city("Boca de Yuma", DR), city("San Pedro de Macorís", DR), oth("Isla Saona", DR), city("Santo Domingo", DR),
            city("Bayahíbe", DR), city("Fajardo", "United States"), city("Higüey", DR), city("Boca Chica", DR),
            city("San Juan", "United States")],
    aliases=[A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Ramón Antonio de los Santos Peguero", "El Mayimbe", "nickname", "Ramón Antonio de los Santos Peguero, a.k.a. \"El Mayimbe.\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "U.S. Drug Enforcement Administration (DEA)"),
             A("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "translation",
               "National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD)"),
             A("National Drug Control Directorate", "DNCD", "acronym", "Dirección Nacional de Control de Drogas, DNCD"),
             A("Dominican Navy", "Armada de República Dominicana", "translation", "Dominican Navy (Armada de República Dominicana, ARD)"),
             A("Dominican Navy", "ARD", "acronym", "Armada de República Dominicana, ARD"),
             A("Yudelka Margarita Peguero-Mejía", "La Doña", "nickname", "Yudelka Margarita Peguero-Mejía, a.k.a. \"La Doña,\""),
             A("Franklin Joel Almonte Rosario", "Frankie Boca Chica", "nickname", "Franklin Joel Almonte Rosario, a.k.a. \"Frankie Boca Chica,\"")],
    events=[E("2025-11-18", "day", "Today", "document date", ["United States", DR],
              "OFAC sanctions five individuals and six entities of the De los Santos Peguero network", S_TODAY),
            E("2014", "year", "around 2014", "explicit", [DR], "De los Santos Peguero begins moving cocaine through Boca de Yuma", S_2014),
            E("2019", "season", "In early 2019", "explicit", [DR], "De los Santos Peguero arrested in San Pedro de Macorís with 310 kg of cocaine", S_2019),
            E("2019", "year", "four months later", "context", [DR], "De los Santos Peguero released after the case is dismissed", S_2019),
            E("2024-03-04", "day", "On March 4, 2024", "explicit", [DR], "DNCD seizes 1.6 tons of cocaine from a network vessel off Isla Saona", S_SAONA),
            E("2025-06-12", "day", "On June 12, 2025", "explicit", ["United States"],
              "federal grand jury in Puerto Rico indicts Vargas del Orbe on trafficking and laundering charges", S_IND)],
    optional={"organizations": ["Executive Order (E.O.) 14059", "De los Santos Peguero network", "federal grand jury"],
              "places": ["District of Puerto Rico", "continental United States"],
              "events_evidence": [
                  "DE LOS SANTOS PEGUERO, Ramón Antonio (a.k.a. \"EL MAYIMBE\"); DOB 07 Aug 1979; POB Higüey, Dominican Republic; nationality Dominican Republic; Gender Male; Cedula No. 028-0041178-3 (Dominican Republic).",
                  "PEGUERO-MEJIA, Yudelka Margarita (a.k.a. \"LA DONA\"); DOB 21 Jan 1985; POB La Romana, Dominican Republic; nationality Dominican Republic; Gender Female.",
                  "ALMONTE ROSARIO, Franklin Joel (a.k.a. \"FRANKIE BOCA CHICA\"); DOB 03 Nov 1990; POB Boca Chica, Dominican Republic; Gender Male.",
                  "VARGAS DEL ORBE, Hector Luis; DOB 15 May 1976; POB San Juan, Puerto Rico; Gender Male.",
                  "NUNEZ DE PENA, Maria Altagracia; DOB 30 Sep 1968; nationality Dominican Republic; Gender Female.",
                  "Since 2021, OFAC has designated more than 30 individuals and entities in the Caribbean for their role in the international drug trade.",
                  "This action was taken pursuant to Executive Order (E.O.) 14059 and was coordinated with the U.S. Drug Enforcement Administration (DEA) and the Dominican Republic's National Drug Control Directorate (Dirección Nacional de Control de Drogas, DNCD).",
                  "As a result of today's action, all property and interests in property of the designated persons described above that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.",
                  "\"Drug traffickers like De los Santos Peguero poison American communities and hide their profits behind legitimate-looking businesses,\" said Secretary of the Treasury Scott Bessent.",
                  "For identifying information on the individuals and entities sanctioned today, click here."]},
    timeline_pair=("Dominican Republic", "United States"))

# ---------------------------------------------------------------- 03 NGO annual report, Venezuela (narrative year 2023)
F = "03_odhs_venezuela_mining_arc_2023.txt"
VE = "Venezuela"
S_AMO = ("Since the government of Nicolás Maduro created the Orinoco Mining Arc (Arco Minero del Orinoco, AMO) by decree in February "
         "2016, the municipalities of El Callao, Sifontes and Roscio have been governed in practice by armed groups that the residents call sindicatos.")
S_TONITO = ("The largest of these groups, known locally as \"El Tren del Cuyuní,\" is led by Yohandry José Medina Rivas, alias \"El Toñito,\" "
            "who has controlled the mines of the Cuyuní River basin since the military operation of 2018 displaced his predecessor.")
S_MAR14 = ("On 14 March, soldiers of the Bolivarian National Armed Forces (Fuerza Armada Nacional Bolivariana, FANB) detained four "
           "miners at the Bulla Loca mine, near El Callao.")
S_BODY = ("Two days later the body of one of them, Wilfredo Antonio Guaicara, 27, was found on the road to Guasipati; his relatives "
          "said he had been beaten.")
S_REL = "The other three were released on 20 March without charges."
S_MAY = ("In May, a group of armed men who identified themselves as members of El Toñito's sindicato forced about 80 families of the "
         "Pemón community of San Luis de Morichal to leave their land.")
S_JUN = ("The community's captain, Lisa M. Henríquez de Gómez, filed a complaint with the Public Ministry (Ministerio Público) in "
         "Ciudad Bolívar on 2 June; by the end of the year she had received no answer.")
S_AUG = ("The night of 19 August, a shootout between the sindicato and a rival gang led by Argenis Ramón Tovar, \"El Chino Tovar,\" "
         "left nine dead in the El Perú sector of El Callao, among them a 15-year-old boy, Kevin Alexander Rondón Lira.")
S_AUG20 = ("The following morning, officers of the Directorate General of Military Counterintelligence (Dirección General de "
           "Contrainteligencia Militar, DGCIM) sealed off the area and took the bodies away before the families could identify them.")
S_SEP = "In September, the government launched \"Operation Autana\" to expel illegal miners from the Yapacana National Park."
S_HELI = "Later that month, a GNB helicopter was fired on near the Orinoco."
S_OCT = ("In October, the Guyana Defence Force reported that one of its patrols on the Cuyuní had been shot at from the Venezuelan "
         "bank; Caracas denied any involvement.")
S_NOV = ("On 24 November, the journalist Rosalba Díaz-Figueroa, who had reported on gold smuggling to Brazil and Guyana for the local "
         "station Radio Fe y Alegría, was stopped at a checkpoint on the Troncal 10 highway near Las Claritas and held for eleven hours.")
S_DEC = ("In December, Governor Ángel Marcano and the FANB's Strategic Operational Command (Comando Estratégico Operacional, CEOFANB) "
         "announced that the \"Tumeremo corridor\" had been pacified.")
doc(F, SRC, "Gold, Guns and Silence: Human Rights in the Orinoco Mining Arc, Annual Report 2023 (excerpt)", "2024-02", "month",
    "Observatorio de Derechos Humanos del Sur (ODHS) – Ciudad Guayana, February 2024",
    people=[P("Nicolás Maduro", country=VE, roles=["President"]),
            P("Yohandry José Medina Rivas", "El Toñito", country=VE, roles=["leader of El Tren del Cuyuní"]),
            P("Wilfredo Antonio Guaicara", country=VE, roles=["miner", "victim"]),
            P("Lisa M. Henríquez de Gómez", country=VE, roles=["captain of the Pemón community of San Luis de Morichal"]),
            P("Argenis Ramón Tovar", "El Chino Tovar", country=VE, roles=["leader of a rival gang"]),
            P("Kevin Alexander Rondón Lira", country=VE, roles=["victim"]),
            P("Rosalba Díaz-Figueroa", country=VE, roles=["journalist", "Radio Fe y Alegría reporter"]),
            P("Ángel Marcano", "Governor Ángel Marcano", country=VE, roles=["Governor of Bolívar"])],
    organizations=[O("Observatorio de Derechos Humanos del Sur", "ODHS", kind="ngo"),
                   O("El Tren del Cuyuní", kind="criminal group"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("Bolivarian National Armed Forces", "Fuerza Armada Nacional Bolivariana", "FANB", kind="security force"),
                   O("Public Ministry", "Ministerio Público", kind="government body"),
                   O("Directorate General of Military Counterintelligence", "Dirección General de Contrainteligencia Militar", "DGCIM",
                     kind="security force"),
                   O("Bolivarian National Guard", "GNB", kind="security force"),
                   O("Guyana Defence Force", kind="security force"),
                   O("Radio Fe y Alegría", kind="media"),
                   O("Strategic Operational Command", "Comando Estratégico Operacional", "CEOFANB", kind="security force"),
                   O("Office of the United Nations High Commissioner for Human Rights", "OHCHR", kind="international organization"),
                   O("Independent International Fact-Finding Mission on Venezuela", kind="international organization")],
    places=[C(VE), C("Brazil"), C("Guyana"), city("Ciudad Guayana", VE), state("Bolívar", VE),
            reg("Orinoco Mining Arc", VE, "Arco Minero del Orinoco", "AMO", "Mining Arc"),
            city("El Callao", VE), city("Sifontes", VE), city("Roscio", VE), city("Tumeremo", VE),
            oth("El Perú", VE), city("Las Claritas", VE), oth("Cuyuní River", None, "Cuyuní"), oth("Caroní River", VE),
            oth("Yapacana National Park", VE, "Yapacana"), state("Amazonas", VE), fac("Bulla Loca mine", VE, "Bulla Loca"),
            city("Guasipati", VE), city("San Luis de Morichal", VE), city("Ciudad Bolívar", VE), oth("Orinoco", None),
            city("Caracas", VE), oth("Troncal 10", VE)],
    aliases=[A("Observatorio de Derechos Humanos del Sur", "ODHS", "acronym", "Observatorio de Derechos Humanos del Sur (ODHS)"),
             A("Orinoco Mining Arc", "Arco Minero del Orinoco", "translation", "Orinoco Mining Arc (Arco Minero del Orinoco, AMO)"),
             A("Orinoco Mining Arc", "AMO", "acronym", "Arco Minero del Orinoco, AMO"),
             A("Yohandry José Medina Rivas", "El Toñito", "nickname", "Yohandry José Medina Rivas, alias \"El Toñito,\""),
             A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, ELN"),
             A("Bolivarian National Armed Forces", "Fuerza Armada Nacional Bolivariana", "translation",
               "Bolivarian National Armed Forces (Fuerza Armada Nacional Bolivariana, FANB)"),
             A("Bolivarian National Armed Forces", "FANB", "acronym", "Fuerza Armada Nacional Bolivariana, FANB"),
             A("Public Ministry", "Ministerio Público", "translation", "Public Ministry (Ministerio Público)"),
             A("Argenis Ramón Tovar", "El Chino Tovar", "nickname", "Argenis Ramón Tovar, \"El Chino Tovar,\""),
             A("Directorate General of Military Counterintelligence", "Dirección General de Contrainteligencia Militar", "translation",
               "Directorate General of Military Counterintelligence (Dirección General de Contrainteligencia Militar, DGCIM)"),
             A("Directorate General of Military Counterintelligence", "DGCIM", "acronym", "Dirección General de Contrainteligencia Militar, DGCIM"),
             A("Bolivarian National Guard", "GNB", "acronym", "Bolivarian National Guard (GNB)"),
             A("Strategic Operational Command", "Comando Estratégico Operacional", "translation",
               "Strategic Operational Command (Comando Estratégico Operacional, CEOFANB)"),
             A("Strategic Operational Command", "CEOFANB", "acronym", "Comando Estratégico Operacional, CEOFANB"),
             A("Office of the United Nations High Commissioner for Human Rights", "OHCHR", "acronym",
               "Office of the United Nations High Commissioner for Human Rights (OHCHR)")],
    events=[E("2016-02", "month", "in February 2016", "explicit", [VE], "Maduro government creates the Orinoco Mining Arc by decree", S_AMO),
            E("2018", "year", "of 2018", "explicit", [VE], "military operation displaces El Toñito's predecessor in the Cuyuní basin", S_TONITO),
            E("2023-03-14", "day", "On 14 March", "context", [VE], "FANB soldiers detain four miners at the Bulla Loca mine near El Callao", S_MAR14),
            E("2023-03-16", "day", "Two days later", "context", [VE], "body of detained miner Wilfredo Antonio Guaicara found on the road to Guasipati", S_BODY),
            E("2023-03-20", "day", "on 20 March", "context", [VE], "the other three miners released without charges", S_REL),
            E("2023-05", "month", "In May", "context", [VE], "El Toñito's sindicato forces 80 Pemón families from San Luis de Morichal", S_MAY),
            E("2023-06-02", "day", "on 2 June", "context", [VE], "captain Lisa M. Henríquez de Gómez files a complaint with the Public Ministry", S_JUN),
            E("2023-08-19", "day", "The night of 19 August", "context", [VE], "shootout between the sindicato and El Chino Tovar's gang leaves nine dead in El Perú", S_AUG),
            E("2023-08-20", "day", "The following morning", "context", [VE], "DGCIM seals off the area and removes the bodies", S_AUG20),
            E("2023-09", "month", "In September", "context", [VE], "government launches Operation Autana in Yapacana National Park", S_SEP),
            E("2023-09", "month", "Later that month", "context", [VE], "GNB helicopter fired on near the Orinoco", S_HELI),
            E("2023-10", "month", "In October", "context", ["Guyana", VE],
              "Guyana Defence Force reports a patrol on the Cuyuní shot at from the Venezuelan bank; Caracas denies involvement", S_OCT),
            E("2023-11-24", "day", "On 24 November", "context", [VE], "journalist Rosalba Díaz-Figueroa stopped at a checkpoint near Las Claritas and held eleven hours", S_NOV),
            E("2023-12", "month", "In December", "context", [VE], "Governor Marcano and CEOFANB announce the Tumeremo corridor pacified", S_DEC)],
    optional={"organizations": ["government of Nicolás Maduro", "sindicatos", "El Toñito's sindicato", "Operation Autana", "United Nations"],
              "places": ["Tumeremo corridor", "southern Bolívar", "Cuyuní River basin"],
              "events_evidence": [
                  "In 2023 the ODHS documented 61 violent deaths and 14 disappearances in these three municipalities, most of them in the mines around Tumeremo, El Perú and Las Claritas.",
                  "The ODHS received reports that soldiers of the Bolivarian National Guard (GNB) burned dozens of camps and that at least 2,000 people left the park in the first three weeks.",
                  "Residents interviewed by the ODHS in the first weeks of 2024 described the opposite: armed men at the entrance of every mine, a weekly \"vacuna\" of two grams of gold per miner, and curfews imposed by the sindicato.",
                  "Her phone was confiscated and never returned.",
                  "3.2 Cases documented in 2023",
                  "The ODHS calls on the Office of the United Nations High Commissioner for Human Rights (OHCHR) and the Independent International Fact-Finding Mission on Venezuela to include the Mining Arc in their next reports.",
                  "Witnesses also describe the presence of fighters of the National Liberation Army (Ejército de Liberación Nacional, ELN) near the Caroní River and in the Yapacana area of Amazonas state, where indigenous communities are forced to work in the pits."]},
    timeline_pair=("Venezuela", "Guyana"))

# ---------------------------------------------------------------- 04 newspaper feature, Rosario
F = "04_rosario_luduena_cuervos_feature_2025.txt"
AR = "Argentina"
S_WALL = ("The first time anyone in barrio Ludueña heard the name \"Los Cuervos,\" it was painted in black on the wall of a kiosk on "
          "Calle Magallanes, in the winter of 2013.")
S_POLLO = "The kiosk belonged to the family of Néstor Fabián Godoy, then 19, whom everyone on the block called \"Pollo.\""
S_BURN = "A week later the kiosk was burned."
S_BUNK = ("In 2016, after the cell's leader was arrested, they took over its bunkers — the fortified selling points that dot the "
          "barrios of the north and west.")
S_ARR = "Godoy was arrested in March 2016 in a house in Empalme Graneros with 2.3 kilograms of cocaine and a 9mm pistol."
S_SENT = "In 2018 Judge Carlos Alberto de la Fuente sentenced him to twelve years."
S_PY = ("The cocaine, prosecutors say, came down the river from Paraguay; in August 2019, at the request of Argentine federal "
        "prosecutors, Paraguayan police arrested the gang's supplier, Osvaldo Ramón Ayala, known as \"el Guaraní,\" in Pedro Juan Caballero.")
S_2021 = ("The gang moved into a new business in 2021: extortion of stevedores and truck drivers at the grain terminals along the "
          "Paraná River, north of the city, in Puerto General San Martín and Timbúes.")
S_BEN = ("A union delegate, Ramiro Oscar Benítez, was shot dead on 11 October 2022 outside a terminal in Puerto General San Martín.")
S_CONV = "Two Cuervos gunmen were convicted for his murder the following year."
S_FIVE = ("In five days, four working men — two cabbies, a bus driver and a young man who pumped fuel at a service station — were "
          "shot dead in Rosario after the new governor, Maximiliano Pullaro, ordered tighter controls in the provincial prisons.")
S_BULL = ("Security Minister Patricia Bullrich flew in federal police and gendarmes under the Plan Bandera, and dozens of prisoners, "
          "including Chueco, were moved to the federal prison at Marcos Paz.")
S_TRANS = "Chueco's transfer took place on 14 March 2024."
S_FEB = ("But on February 27, Judge Mariana I. Castellanos of the Rosario Criminal Court (Tribunal Penal Colegiado) ordered the arrest "
         "of a prison guard at Piñero, Julio César Aguirre, accused of carrying phones to Pabellón 4.")
S_LW = "Last week, two more guards were suspended."
doc(F, SRC, "The Boys from Ludueña: How a Rosario Gang Learned to Run the City from a Cell", "2025-04-13", "day",
    "Sunday, April 13, 2025",
    people=[P("Lucía Ferrero-Vidal", roles=["author"]),
            P("Néstor Fabián Godoy", "Godoy", "Pollo", "Néstor \"Pollo\" Godoy", country=AR, roles=["founder of Los Cuervos"]),
            P("Maximiliano Godoy-Ferreyra", "Chueco", country=AR, roles=["co-founder of Los Cuervos", "half-brother of Néstor Fabián Godoy"]),
            P("Verónica A. Sosa", "Dr. Verónica A. Sosa", country=AR, roles=["prosecutor", "head of the MPA Micro-trafficking Unit"]),
            P("Carlos Alberto de la Fuente", "Judge Carlos Alberto de la Fuente", country=AR, roles=["Judge"]),
            P("Osvaldo Ramón Ayala", "el Guaraní", country="Paraguay", roles=["the gang's cocaine supplier"]),
            P("Ramiro Oscar Benítez", country=AR, roles=["union delegate", "victim"]),
            P("Maximiliano Pullaro", country=AR, roles=["governor of Santa Fe"]),
            P("Patricia Bullrich", "Security Minister Patricia Bullrich", country=AR, roles=["Security Minister"]),
            P("Esteban Ruiz-Montenegro", country=AR, roles=["Godoy's lawyer"]),
            P("Mariana I. Castellanos", "Judge Mariana I. Castellanos", country=AR, roles=["Judge of the Rosario Criminal Court"]),
            P("Julio César Aguirre", country=AR, roles=["prison guard at Piñero"])],
    organizations=[O("Los Cuervos", "Cuervos", kind="criminal group"),
                   O("Public Prosecution Service", "Ministerio Público de la Acusación", "MPA", kind="government body"),
                   O("Micro-trafficking Unit", kind="government body"),
                   O("Los Monos", "Monos", kind="criminal group"),
                   O("Rosario Criminal Court", "Tribunal Penal Colegiado", kind="government body")],
    places=[C(AR), C("Paraguay"), city("Rosario", AR, "ROSARIO"), oth("Ludueña", AR), state("Santa Fe", AR),
            oth("Empalme Graneros", AR), oth("Villa Banana", AR), fac("Piñero prison", AR, "Piñero"),
            city("Pedro Juan Caballero", "Paraguay"), oth("Paraná River", None), city("Puerto General San Martín", AR),
            city("Timbúes", AR), city("Marcos Paz", AR)],
    aliases=[A("Néstor Fabián Godoy", "Pollo", "nickname", "Néstor Fabián Godoy, then 19, whom everyone on the block called \"Pollo.\""),
             A("Maximiliano Godoy-Ferreyra", "Chueco", "nickname", "Maximiliano \"Chueco\" Godoy-Ferreyra"),
             A("Public Prosecution Service", "Ministerio Público de la Acusación", "translation",
               "Public Prosecution Service (Ministerio Público de la Acusación, MPA)"),
             A("Public Prosecution Service", "MPA", "acronym", "Ministerio Público de la Acusación, MPA"),
             A("Osvaldo Ramón Ayala", "el Guaraní", "nickname", "Osvaldo Ramón Ayala, known as \"el Guaraní,\""),
             A("Rosario Criminal Court", "Tribunal Penal Colegiado", "translation", "Rosario Criminal Court (Tribunal Penal Colegiado)")],
    events=[E("2013", "season", "in the winter of 2013", "explicit", [AR], "name 'Los Cuervos' painted on the Godoy family kiosk in Ludueña", S_WALL),
            E("2013", "year", "A week later", "context", [AR], "the Godoy family kiosk is burned", S_BURN),
            E("2016", "year", "In 2016", "explicit", [AR], "Godoy's crew takes over the bunkers of an arrested Monos cell leader", S_BUNK),
            E("2016-03", "month", "in March 2016", "explicit", [AR], "Néstor Godoy arrested in Empalme Graneros with 2.3 kg of cocaine", S_ARR),
            E("2018", "year", "In 2018", "explicit", [AR], "Judge de la Fuente sentences Godoy to twelve years", S_SENT),
            E("2019-08", "month", "in August 2019", "explicit", ["Paraguay", AR],
              "Paraguayan police arrest the gang's supplier el Guaraní in Pedro Juan Caballero at Argentine prosecutors' request", S_PY),
            E("2021", "year", "in 2021", "explicit", [AR], "Los Cuervos move into extortion at the Paraná grain terminals", S_2021),
            E("2022-10-11", "day", "on 11 October 2022", "explicit", [AR], "union delegate Ramiro Oscar Benítez shot dead in Puerto General San Martín", S_BEN),
            E("2023", "year", "the following year", "context", [AR], "two Cuervos gunmen convicted of Benítez's murder", S_CONV),
            E("2024-03", "month", "March 2024", "context", [AR], "four workers shot dead in Rosario in five days after Pullaro tightens prison controls", S_FIVE),
            E("2024-03", "month", None, "context", [AR], "Security Minister Bullrich sends federal police and gendarmes under the Plan Bandera", S_BULL),
            E("2024-03", "month", None, "context", [AR], "dozens of prisoners, including Chueco, moved to the federal prison at Marcos Paz", S_BULL),
            E("2024-03-14", "day", "on 14 March 2024", "explicit", [AR], "Chueco transferred", S_TRANS),
            E("2025-02-27", "day", "on February 27", "document date", [AR], "Judge Castellanos orders the arrest of Piñero prison guard Julio César Aguirre", S_FEB),
            E("2025-04", "month", "Last week", "document date", [AR], "two more Piñero guards suspended", S_LW)],
    optional={"organizations": ["Plan Bandera", "governor's office", "Monos cell"],
              "places": ["Calle Magallanes", "Pabellón 4", "federal prison at Marcos Paz", "barrio Ludueña", "Santa Fe province"],
              "events_evidence": [
                  "Then came March 2024.",
                  "In the early 2010s, Rosario's drug market was dominated by Los Monos, and the murder rate was three times the national average.",
                  "From his cell he ordered, according to the MPA, at least fourteen shootings at houses and businesses whose owners refused to pay protection.",
                  "Federal investigators attributed at least one of the killings to Los Cuervos.",
                  "This year, murders in Rosario have fallen to their lowest level in more than a decade, and the governor's office credits the prison regime.",
                  "Twelve years on, Godoy is 31 and has spent nine of those years in prison.",
                  "Godoy's crew started as lookouts and delivery boys for a Monos cell.",
                  "Néstor \"Pollo\" Godoy remained in Piñero."]},
    timeline_pair=("Argentina", "Paraguay"))

# ---------------------------------------------------------------- 05 podcast transcript, Haiti
F = "05_podcast_haiti_viv_ansanm_2025.txt"
HT = "Haiti"
S_TUE = "Last Tuesday, before dawn, fighters of Viv Ansanm attacked the police station in Mirebalais again."
S_M31 = "The big one was on 31 March, when they emptied the prison and more than five hundred inmates walked out."
S_VIV = "It is the coalition the two big gang federations, G9 and G-Pèp, formed in September 2023."
S_F29 = ("On 29 February 2024 they attacked police stations and the airport in Port-au-Prince, two days later they emptied the two "
         "largest prisons, and within weeks Prime Minister Ariel Henry was forced to resign.")
S_UN = ("Two weeks ago the UN Security Council voted to turn the Kenyan-led mission into this Gang Suppression Force.")
S_VEC = ("What I see now is the same officers from Kenya, the same Haitian police, and drones operated by a private contractor, "
         "Vectus Global, that the government hired in March.")
S_SUN = ("On Sunday a drone strike in Cité Soleil killed a gang chief but also a mother and two children in Brooklyn, the "
         "neighbourhood beside Boston.")
S_OCT = "In October last year they killed more than a hundred people in Pont-Sondé."
S_S14 = "This time, on September 14, it was twelve farmers in Petite-Rivière de l'Artibonite, on the Artibonite River."
S_TPC = "The Transitional Presidential Council's mandate ends on 7 February."
doc(F, SRC, "Caribbean Crossfire, Episode 112: \"The Road to Mirebalais\"", "2025-10-09", "day",
    "Broadcast: Thursday, 9 October 2025",
    people=[P("Marisa Okafor-Lyle", "OKAFOR-LYLE", "Marisa", roles=["host"]),
            P("Jean-Robert Désir", "JEAN-ROBERT DÉSIR", "DÉSIR", "Jean-Robert", country=HT,
              roles=["former inspector of the Haitian National Police", "head of the Centre d'Analyse et de Recherche en Sécurité"]),
            P("Wilner Pierre-Louis", "Sergeant Wilner Pierre-Louis", country=HT, roles=["police sergeant", "victim"]),
            P("Dieula Saint-Fleur", "Agent Dieula Saint-Fleur", country=HT, roles=["police agent", "victim"]),
            P("Ariel Henry", "Prime Minister Ariel Henry", country=HT, roles=["Prime Minister"]),
            P("Frantz Jean-Baptiste Louis", "Ti Bwa", country=HT, roles=["Viv Ansanm faction leader"]),
            P("Wesner Dorval-Morose", "Ti Lucky", country=HT, roles=["leader of Gran Grif"]),
            P("Tobias N. Greenidge", roles=["producer"])],
    organizations=[O("Haitian National Police", kind="security force"),
                   O("Centre d'Analyse et de Recherche en Sécurité", kind="ngo"),
                   O("Viv Ansanm", "Living Together", kind="criminal group"),
                   O("Gang Suppression Force", kind="security force"),
                   O("G9", kind="criminal group"),
                   O("G-Pèp", kind="criminal group"),
                   O("UN Security Council", kind="international organization"),
                   O("Multinational Security Support mission", "MSS", kind="security force"),
                   O("Vectus Global", kind="company"),
                   O("Office of Citizen Protection", "Office de la Protection du Citoyen", "OPC", kind="government body"),
                   O("Gran Grif", kind="criminal group"),
                   O("Transitional Presidential Council", kind="government body")],
    places=[C(HT), C("Kenya"), city("Mirebalais", HT), city("Port-au-Prince", HT), city("Pétion-Ville", HT),
            city("Canaan", HT), oth("Route Nationale 3", HT), city("Croix-des-Bouquets", HT),
            state("Centre", HT, "Centre department"), city("Cité Soleil", HT), oth("Brooklyn", HT), oth("Boston", HT),
            state("Artibonite", HT), city("Pont-Sondé", HT), city("Petite-Rivière de l'Artibonite", HT),
            oth("Artibonite River", None), city("Hinche", HT)],
    aliases=[A("Viv Ansanm", "Living Together", "translation", "\"Viv Ansanm\" means \"Living Together\" in Kreyòl"),
             A("Frantz Jean-Baptiste Louis", "Ti Bwa", "nickname", "Frantz Jean-Baptiste Louis, whom everyone calls \"Ti Bwa.\""),
             A("Multinational Security Support mission", "MSS", "acronym", "The Multinational Security Support mission, the MSS"),
             A("Office of Citizen Protection", "Office de la Protection du Citoyen", "translation",
               "Office of Citizen Protection (Office de la Protection du Citoyen, OPC)"),
             A("Office of Citizen Protection", "OPC", "acronym", "Office de la Protection du Citoyen, OPC"),
             A("Wesner Dorval-Morose", "Ti Lucky", "nickname", "Wesner \"Ti Lucky\" Dorval-Morose")],
    events=[E("2025-10-07", "day", "Last Tuesday", "document date", [HT],
              "Viv Ansanm fighters attack the Mirebalais police station again", S_TUE),
            E("2025-03-31", "day", "on 31 March", "document date", [HT], "gangs attack Mirebalais and empty its prison; 500+ inmates escape", S_M31),
            E("2023-09", "month", "in September 2023", "explicit", [HT], "G9 and G-Pèp form the Viv Ansanm coalition", S_VIV),
            E("2024-02-29", "day", "On 29 February 2024", "explicit", [HT], "Viv Ansanm attacks police stations and the airport in Port-au-Prince", S_F29),
            E("2024-03-02", "day", "two days later", "context", [HT], "gangs empty the two largest prisons in Port-au-Prince", S_F29),
            E("2024", "year", "within weeks", "context", [HT], "Prime Minister Ariel Henry forced to resign", S_F29),
            E("2025-09", "month", "Two weeks ago", "document date", [HT, "Kenya"],
              "UN Security Council votes to turn the Kenyan-led mission into the Gang Suppression Force", S_UN),
            E("2025-03", "month", "in March", "document date", [HT], "government hires private contractor Vectus Global to operate drones", S_VEC),
            E("2025-10-05", "day", "On Sunday", "document date", [HT], "drone strike in Cité Soleil kills a gang chief, a mother and two children", S_SUN),
            E("2024-10", "month", "In October last year", "document date", [HT], "Gran Grif kills more than a hundred people in Pont-Sondé", S_OCT),
            E("2025-09-14", "day", "on September 14", "document date", [HT], "Gran Grif kills twelve farmers in Petite-Rivière de l'Artibonite", S_S14),
            E("2026-02-07", "day", "on 7 February", "document date", [HT], "Transitional Presidential Council's mandate ends (scheduled)", S_TPC)],
    optional={"people": ["Zo Kase", "Ti Bwa's men"],
              "organizations": ["Caribbean Crossfire", "Kenyan-led mission", "government", "council"],
              "places": ["capital", "airport"],
              "events_evidence": [
                  "It is the third attack on the town this year.",
                  "This time the police held, with help from Kenyan officers of the new Gang Suppression Force, but two officers were killed, Sergeant Wilner Pierre-Louis and Agent Dieula Saint-Fleur.",
                  "Today the coalition controls something like ninety percent of the capital.",
                  "He comes from Canaan, north of the capital, and since last year he has pushed up the Route Nationale 3 through Croix-des-Bouquets toward the Centre department.",
                  "But the first new contingents only arrive next month, if the money is there.",
                  "The Multinational Security Support mission, the MSS, never had more than about a thousand personnel.",
                  "The Office of Citizen Protection (Office de la Protection du Citoyen, OPC) has asked for an inquiry.",
                  "Last month there were reports of a new massacre near Pont-Sondé.",
                  "Let's start with last Tuesday.",
                  "We'll be back next Thursday.",
                  "So watch whether the council tries to stay, and whether Ti Bwa's men reach Hinche before the new troops do.",
                  "The gang is now led by Wesner \"Ti Lucky\" Dorval-Morose, a former deputy."]},
    timeline_pair=("Haiti", "Kenya"))

NOTES = (
 "Held-out set D, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes and dev2 NOTES_a/NOTES_b; the annotations were made by reading the texts "
 "alone (crimecli was neither run on them nor read). Additions and decisions: PUBLISHED comes only from the document's date line "
 "('Published: Friday, 14 March 2025, 08:10 CST', 'November 18, 2025', 'Sunday, April 13, 2025', 'Broadcast: Thursday, 9 October 2025'); "
 "03's 'Ciudad Guayana, February 2024' gives month precision. NARRATIVE YEAR: in 03 the year-less dates sit under the heading "
 "'Cases documented in 2023' and are resolved from that heading (resolved_from 'context', year 2023), not from the document date. "
 "ENTITIES: authors, translators, podcast hosts and producers are people without country; speaker labels ('OKAFOR-LYLE', 'DÉSIR') and "
 "OFAC list forms ('DE LOS SANTOS PEGUERO, Ramón Antonio') and upper-case a.k.a. forms ('EL MAYIMBE') are variants; first-name-only mentions of a "
 "person named in full ('Efraín', 'Joel', 'Marisa', 'Jean-Robert') are variants; a collective nickname for two people ('Los Primos' for the "
 "Benítez Ocampo brothers) is an optional organisation and not an alias; people known only by a nickname ('Zo Kase') are optional. "
 "Puerto Rico is a region with country United States, and people and events located there get United States. Municipalities "
 "(San Miguel Totolapan, Sifontes, Roscio) are 'city or town'; neighbourhoods, barrios, sectors, roads, national parks and rivers are 'other'; "
 "mines and prisons are 'facility'; rivers that cross or form borders (Cuyuní, Orinoco, Paraná, Artibonite) have country null; streets "
 "and prison wings are optional places. A podcast's own title is an optional organisation. ALIASES: 'English (Spanish/French, ACR)' gives a "
 "translation and an acronym on the English name; 'Name, the ACR' is an acronym; '\"X\" means \"Y\" in Kreyòl' is a translation; "
 "'a.k.a. \"X\"', 'alias \"X\"', 'known as \"X\"', 'whom everyone calls \"X\"', 'Name, \"X\",' and 'First \"X\" Last' are nicknames; "
 "aliases may attach to places (Orinoco Mining Arc / Arco Minero del Orinoco / AMO). EVENTS: OFAC DOB lines are optional (identifying data, "
 "not narrated happenings); 'around 2014' is year, 'In early 2019' and 'in the winter of 2013' are season; 'four months later' after "
 "'early 2019' is year 2019 from context; 'within weeks' is year; 'Two weeks ago' and 'Last week' are month; weekday names resolve to the "
 "latest such weekday before the document date ('Last Tuesday' in a Thursday 9 Oct 2025 broadcast -> 2025-10-07); 'On the same Thursday' "
 "is resolved from context; a scheduled end of mandate with its own date is an event ('ends on 7 February' -> 2026-02-07); hedged plans "
 "('only arrive next month, if the money is there') are optional. A sentence with two dated happenings gives two events on the same "
 "evidence (01 abduction / freed that evening; 04 Bullrich deployment / prisoner transfers with date_text null from 'Then came March 2024'). "
 "timeline_pair is the bilateral pair the document's events most concern.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
for d in gold["documents"]:
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (d["file"], area, ns)
    for a in d["aliases"]:
        assert a["entity"] in names, (d["file"], "alias entity", a["entity"])
    places = {g["name"] for g in d["places"]}
    for c in d.get("timeline_pair", []):
        assert c in places, (d["file"], "timeline_pair", c)
    for e in d["events"]:
        for c in e["countries"]:
            assert c in places, (d["file"], "event country not annotated", c)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
