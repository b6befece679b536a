#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-08 of the second development set in ../docs.

The record builders and checks are in gold_helpers.py (from shared/dev/tools/make_gold.py).

Every annotation below was made by reading the document in full (not from crimecli output).
Conventions: the 'notes' of shared/gold/seeds.gold.json, restated with the additions in NOTES
below. Run it after any edit: it asserts that every evidence string, every published_evidence
and at least one surface form of every entity occurs in its document, and drops variants that
do not occur verbatim (so variants are always real surface forms).
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Opposition leader then-president""".split())
doc = partial(check_doc, D, TITLE_WORDS)


SRC = "dev2 document (hand-annotated from reading alone; crimecli not run on it)"
PAN = lambda: C("Panama")
COL = lambda: C("Colombia")

# ---------------------------------------------------------------- 01 CEF, Darién
F = "01_cef_atrato_twins_darien_2024.txt"
S_BORN = "The brothers, Jhon Fredy Palacios Rentería and Wílmar Arley Palacios Rentería, were born in Riosucio, in Chocó department, in 1984."
S_AUC = "Jhon Fredy, alias \"Mellizo Mayor,\" joined the Elmer Cárdenas Bloc of the Autodefensas Unidas de Colombia (AUC) as a teenager; Wilmar, known to his men as \"el Flaco,\" followed him in 2001."
S_DEMOB = "When the bloc demobilised in August 2006, both brothers handed in rifles at a ceremony in Necoclí, Antioquia."
S_2008 = "By 2008 both were back under arms, this time for the Urabeños, the group founded by Daniel Rendón Herrera, alias \"Don Mario.\""
S_DM = "Don Mario was captured in April 2009, and command passed to the Úsuga David brothers."
S_GIO = "Juan de Dios Úsuga David, alias \"Giovanni,\" was killed by police in Acandí on 1 January 2012; his brother Dairo Antonio Úsuga David, better known by his nom de guerre \"Otoniel,\" led the organisation until his capture in October 2021."
S_2014 = "In March 2014, Colombian marines arrested Jhon Fredy in Acandí with 1.2 tonnes of cocaine packed in plantain crates; a judge in Quibdó released him on a technicality eleven days later."
S_MIG = "When Venezuelans, Haitians and Ecuadorians began crossing the Darién Gap in large numbers in 2021, the twins charged each migrant between US$80 and US$150 for the right to pass, according to Panama's National Border Service (Servicio Nacional de Fronteras, SENAFRONT)."
S_OTO = "After Otoniel was extradited to the United States in May of that year, the EGC's new commander, Jobanis de Jesús Ávila Villadiego, alias \"Chiquito Malo,\" ordered the twins to hand the Acandí crossing to a rival, Édgar \"Pantera\" Moreno Lozano."
S_UNG = "On 9 September 2022, gunmen loyal to el Flaco ambushed Moreno Lozano's bodyguards outside a billiards hall in Unguía, killing four."
S_TRAIT = "The following day, the EGC's general staff declared the twins' men \"traitors\" in a pamphlet circulated in Turbo and Necoclí."
S_ROT = "In June 2023, Dutch customs officers at the port of Rotterdam found 2.4 tonnes hidden in a shipment of pineapple pulp traced to a company registered in Panama City by another cousin, Yeison Andrés Rentería-Córdoba."
S_KILL = "In the early hours of 14 November 2023, a joint operation by the Colombian Army and the National Police killed Wílmar Arley in a farmhouse near Belén de Bajirá."
S_VID = "Two weeks later, his brother released a video from an undisclosed location promising revenge and offering to negotiate with the government of Gustavo Petro under its \"total peace\" policy."
S_JAN = "In January, SENAFRONT dismantled three of the faction's camps near Bajo Chiquito and arrested 11 men, among them a Honduran, Elvin Josué Maradiaga Cruz, and a Venezuelan recruiter known only as \"el Gocho.\""
S_LW = "Last week, the EGC's Frente Occidental was reported to have moved some 200 fighters into Riosucio."
doc(F, SRC, "The Atrato Twins: How a Gulf Clan Franchise Took Over the Darién Route", "2024-02-22", "day", "Published 22 February 2024",
    people=[P("Laura Inés Cuesta-Mosquera", roles=["author"]),
            P("Tomás R. Whitfield", roles=["author"]),
            P("Jhon Fredy Palacios Rentería", "Jhon Fredy", "Mellizo Mayor", country="Colombia", roles=["leader of Los Mellizos", "elder twin"]),
            P("Wílmar Arley Palacios Rentería", "Wílmar Arley", "Wilmar", "el Flaco", country="Colombia", roles=["leader of Los Mellizos", "younger twin"]),
            P("Daniel Rendón Herrera", "Don Mario", country="Colombia", roles=["founder of the Urabeños"]),
            P("Juan de Dios Úsuga David", "Giovanni", country="Colombia", roles=["Urabeños commander"]),
            P("Dairo Antonio Úsuga David", "Otoniel", country="Colombia", roles=["leader of the organisation"]),
            P("Jobanis de Jesús Ávila Villadiego", "Chiquito Malo", country="Colombia", roles=["EGC's new commander"]),
            P("Édgar Moreno Lozano", "Moreno Lozano", "Pantera", country="Colombia", roles=["rival"]),
            P("María Fernanda Rentería-Córdoba", country="Colombia", roles=["cousin of the brothers", "handles the faction's finances"]),
            P("Carlos E. Villegas Uribe", country="Colombia", roles=["Medellín accountant"]),
            P("Yeison Andrés Rentería-Córdoba", roles=["cousin of the brothers"]),
            P("Gustavo Petro", country="Colombia", roles=["President"]),
            P("Elvin Josué Maradiaga Cruz", country="Honduras", roles=["arrested faction member"]),
            P("Juan Pablo Ordóñez", roles=["journalist (footnote)"])],
    organizations=[O("Centro de Estudios Fronterizos", "CEF", kind="ngo"),
                   O("Gulf Clan", "Ejército Gaitanista de Colombia", "EGC", "Clan del Golfo", kind="criminal group"),
                   O("Los Mellizos", "The Twins", kind="criminal group"),
                   O("Autodefensas del Atrato Medio", "ADAM", "Atrato faction", kind="criminal group"),
                   O("Elmer Cárdenas Bloc", kind="armed group"),
                   O("Autodefensas Unidas de Colombia", "AUC", kind="armed group"),
                   O("Urabeños", kind="criminal group"),
                   O("National Border Service", "Servicio Nacional de Fronteras", "SENAFRONT", kind="security force"),
                   O("Colombian Army", kind="security force"),
                   O("National Police", kind="security force"),
                   O("Office of the High Commissioner for Peace", kind="government body"),
                   O("Frente Occidental", kind="criminal group"),
                   O("Fiscalía General de la Nación", kind="government body"),
                   O("Consejo Superior de la Judicatura", kind="government body"),
                   O("Policía Nacional de Panamá", kind="security force"),
                   O("Openbaar Ministerie", "Netherlands Public Prosecution Service", kind="government body"),
                   O("El Espectador", kind="media"), O("The Guardian", kind="media"), O("Noticias Caracol", kind="media"),
                   O("La Prensa", kind="media"), O("Reuters", kind="media")],
    places=[COL(), PAN(), US(), C("Costa Rica"), C("Netherlands"), C("Spain"),
            reg("Darién Gap", None, "Darién"), oth("Atrato River", "Colombia", "Atrato"),
            city("Riosucio", "Colombia"), state("Chocó", "Colombia"), city("Necoclí", "Colombia"), state("Antioquia", "Colombia"),
            city("Acandí", "Colombia"), city("Turbo", "Colombia"), city("Capurganá", "Colombia"), city("Sapzurro", "Colombia"),
            city("Quibdó", "Colombia"), city("Bajo Chiquito", "Panama"), city("Unguía", "Colombia"), city("Medellín", "Colombia"),
            reg("Guna Yala", "Panama"), city("Colón", "Panama"), city("Rotterdam", "Netherlands"), city("Panama City", "Panama"),
            city("Belén de Bajirá", "Colombia"), city("Bogotá", "Colombia"), reg("Urabá", "Colombia"), city("Apartadó", "Colombia")],
    aliases=[A("Centro de Estudios Fronterizos", "CEF", "acronym", "Centro de Estudios Fronterizos (CEF)"),
             A("Gulf Clan", "EGC", "acronym", "Ejército Gaitanista de Colombia (EGC)"),
             A("Gulf Clan", "Ejército Gaitanista de Colombia", "nickname", "the Gulf Clan – which calls itself the Ejército Gaitanista de Colombia (EGC)"),
             A("Gulf Clan", "Clan del Golfo", "translation", "which Colombian prosecutors still call the Clan del Golfo"),
             A("Los Mellizos", "The Twins", "translation", "Los Mellizos (The Twins)"),
             A("Jhon Fredy Palacios Rentería", "Mellizo Mayor", "nickname", "Jhon Fredy, alias \"Mellizo Mayor,\""),
             A("Wílmar Arley Palacios Rentería", "el Flaco", "nickname", "Wilmar, known to his men as \"el Flaco,\""),
             A("Autodefensas Unidas de Colombia", "AUC", "acronym", "Autodefensas Unidas de Colombia (AUC)"),
             A("Daniel Rendón Herrera", "Don Mario", "nickname", "Daniel Rendón Herrera, alias \"Don Mario.\""),
             A("Juan de Dios Úsuga David", "Giovanni", "nickname", "Juan de Dios Úsuga David, alias \"Giovanni,\""),
             A("Dairo Antonio Úsuga David", "Otoniel", "nickname", "Dairo Antonio Úsuga David, better known by his nom de guerre \"Otoniel,\""),
             A("National Border Service", "Servicio Nacional de Fronteras", "translation", "National Border Service (Servicio Nacional de Fronteras, SENAFRONT)"),
             A("National Border Service", "SENAFRONT", "acronym", "Servicio Nacional de Fronteras, SENAFRONT"),
             A("Jobanis de Jesús Ávila Villadiego", "Chiquito Malo", "nickname", "Jobanis de Jesús Ávila Villadiego, alias \"Chiquito Malo,\""),
             A("Édgar Moreno Lozano", "Pantera", "nickname", "Édgar \"Pantera\" Moreno Lozano"),
             A("Autodefensas del Atrato Medio", "Atrato faction", "nickname", "called the \"Atrato faction\" in Panamanian police reports"),
             A("Autodefensas del Atrato Medio", "ADAM", "acronym", "Autodefensas del Atrato Medio, or ADAM"),
             A("Openbaar Ministerie", "Netherlands Public Prosecution Service", "translation", "Openbaar Ministerie (Netherlands Public Prosecution Service)")],
    events=[E("1984", "year", "in 1984", "explicit", ["Colombia"], "Palacios Rentería twins born in Riosucio, Chocó", S_BORN),
            E("2001", "year", "in 2001", "explicit", ["Colombia"], "Wilmar follows his brother into the AUC's Elmer Cárdenas Bloc", S_AUC),
            E("2006-08", "month", "in August 2006", "explicit", ["Colombia"], "Elmer Cárdenas Bloc demobilises", S_DEMOB),
            E("2006-08", "month", "in August 2006", "explicit", ["Colombia"], "both brothers hand in rifles at a ceremony in Necoclí", S_DEMOB),
            E("2008", "year", "By 2008", "explicit", ["Colombia"], "twins back under arms for the Urabeños", S_2008),
            E("2009-04", "month", "in April 2009", "explicit", ["Colombia"], "Don Mario captured", S_DM),
            E("2009-04", "month", "in April 2009", "explicit", ["Colombia"], "command passes to the Úsuga David brothers", S_DM),
            E("2012-01-01", "day", "on 1 January 2012", "explicit", ["Colombia"], "Giovanni killed by police in Acandí", S_GIO),
            E("2021-10", "month", "in October 2021", "explicit", ["Colombia"], "Otoniel captured", S_GIO),
            E("2014-03", "month", "In March 2014", "explicit", ["Colombia"], "Colombian marines arrest Jhon Fredy in Acandí with 1.2 tonnes of cocaine", S_2014),
            E("2014", "year", "eleven days later", "context", ["Colombia"], "judge in Quibdó releases Jhon Fredy on a technicality", S_2014),
            E("2021", "year", "in 2021", "explicit", ["Colombia", "Panama"], "migrants begin crossing the Darién Gap in large numbers; twins charge each migrant a toll", S_MIG),
            E("2022", "year", "in 2022", "explicit", ["Colombia"], "split between the twins and the EGC", "The split came in 2022."),
            E("2022-05", "month", "in May of that year", "context", ["Colombia", "United States"], "Otoniel extradited to the United States", S_OTO),
            E("2022", "year", "After Otoniel was extradited", "context", ["Colombia"], "Chiquito Malo orders the twins to hand the Acandí crossing to Pantera", S_OTO),
            E("2022-09-09", "day", "On 9 September 2022", "explicit", ["Colombia"], "gunmen loyal to el Flaco ambush Moreno Lozano's bodyguards in Unguía, killing four", S_UNG),
            E("2022-09-10", "day", "The following day", "context", ["Colombia"], "EGC general staff declares the twins' men traitors", S_TRAIT),
            E("2023-06", "month", "In June 2023", "explicit", ["Netherlands"], "Dutch customs find 2.4 tonnes of cocaine in Rotterdam traced to a Panama City company", S_ROT),
            E("2023-11-14", "day", "14 November 2023", "explicit", ["Colombia"], "Colombian Army and National Police kill Wílmar Arley near Belén de Bajirá", S_KILL),
            E("2023-11", "month", "Two weeks later", "context", ["Colombia"], "Jhon Fredy releases video promising revenge and offering to negotiate under 'total peace'", S_VID),
            E("2024-01", "month", "In January", "document date", ["Panama"], "SENAFRONT dismantles three faction camps near Bajo Chiquito and arrests 11 men", S_JAN),
            E("2024-02", "month", "Last week", "document date", ["Colombia"], "EGC's Frente Occidental reported to move 200 fighters into Riosucio", S_LW),
            E("2015", "year", "in 2015", "explicit", ["Colombia"], "Consejo Superior de la Judicatura suspends the judge",
              "The Consejo Superior de la Judicatura suspended the judge in 2015.", in_footnote=True)],
    optional={"people": ["el Gocho"],
              "organizations": ["Úsuga David brothers", "government of Gustavo Petro", "total peace", "Facebook", "LinkedIn", "Border Crime Series"],
              "places": ["Guna Yala coast", "Atrato"],
              "events_evidence": [
                  "For most of the past decade, the Gulf Clan – which calls itself the Ejército Gaitanista de Colombia (EGC) and which Colombian prosecutors still call the Clan del Golfo – has run the cocaine and migrant trade on Colombia's border with Panama through a network of local franchises.",
                  "In the early 2010s the twins ran a collection office in Turbo for Otoniel's men, taxing the boats that carried cocaine north along the coast toward Capurganá and Sapzurro.",
                  "The younger twin refused.",
                  "Since then, the surviving twin has lost ground.",
                  "Panamanian prosecutors say the faction moves roughly 30 tonnes of cocaine a year through the Guna Yala coast and on to Costa Rica and the container terminals at Colón, with buyers in the Netherlands and Spain.",
                  "Related: \"Who Runs the Darién? Mapping Armed Control, 2019–2023\" (CEF, 5 December 2023)",
                  "© 2024 Centro de Estudios Fronterizos. All rights reserved."]},
    timeline_pair=("Colombia", "Panama"))

# ---------------------------------------------------------------- 02 HSR, Ecuador
F = "02_hsr_ecuador_choneros_lobos_2024.txt"
S_VEL = "After Véliz was killed in 2007, command passed to Jorge Luis Zambrano González, alias \"Rasquiña\" or \"JL.\""
S_ZAM = "He was released in June 2020 and shot dead in a café in a Manta shopping centre on 28 December of that year."
S_FITO = "José Adolfo Macías Villamar, alias \"Fito,\" his deputy, claimed the leadership from inside the Litoral Penitentiary (Penitenciaría del Litoral)."
S_SEP = "In September of that year, 119 prisoners were killed in the Litoral Penitentiary in the worst prison massacre in the region's history; six weeks later, a further 68 died in the same complex."
S_NOR = "On 3 October 2022, Leandro Norero, a trafficker known as \"El Patrón\" who had financed Los Lobos from his cell, was killed in the prison in Latacunga."
S_MET = "On 14 December 2023, Attorney General Diana Salazar announced raids against judges, police officers and prison officials accused of taking his money; among those detained was Wilman Terán, then president of the Judiciary Council (Consejo de la Judicatura)."
S_TC = "Two days later, gunmen stormed the studios of TC Televisión in Guayaquil during a live broadcast, and President Daniel Noboa declared an \"internal armed conflict,\" naming 22 groups, among them Los Choneros, Los Lobos and Los Tiguerones, as terrorist organisations."
S_LOBOSBUY = "According to Ecuador's National Police, Los Lobos buy cocaine from the Comandos de la Frontera and other dissident fronts of the former Revolutionary Armed Forces of Colombia (FARC) in Putumayo, and supply the Jalisco Cartel (Cartel de Jalisco Nueva Generación, CJNG)."
S_FITOREW = "Ecuador's Interior Ministry has offered a reward of US$1 million for information leading to his capture, and in April police arrested his former lawyer, Ramiro A. Cedeño Zambrano, in Portoviejo."
doc(F, SRC, "From Manta to the Ports: Los Choneros, Los Lobos and the Splintering of Ecuador's Underworld", "2024-07-09", "day", "July 9, 2024",
    people=[P("Gabriel Andrade Chiriboga", roles=["author"]),
            P("Sofía M. Paredes-Loor", roles=["author"]),
            P("Jorge Bismarck Véliz España", "Véliz", "Teniente España", country="Ecuador", roles=["founder of Los Choneros"]),
            P("Jorge Luis Zambrano González", "Zambrano", "Rasquiña", "JL", country="Ecuador", roles=["leader of Los Choneros"]),
            P("José Adolfo Macías Villamar", "Fito", country="Ecuador", roles=["leader of Los Choneros", "deputy"]),
            P("Wilmer Geovanny Chavarría Barre", "Pipo", country="Ecuador", roles=["leader of Los Lobos"]),
            P("Leandro Norero", "Norero", "El Patrón", country="Ecuador", roles=["trafficker"]),
            P("Diana Salazar", "Attorney General Diana Salazar", country="Ecuador", roles=["Attorney General"]),
            P("Wilman Terán", country="Ecuador", roles=["then president of the Judiciary Council"]),
            P("Daniel Noboa", "President Daniel Noboa", "Noboa", country="Ecuador", roles=["President"]),
            P("Édison Fabricio Tenesaca Morocho", "Tenesaca", "el Gato", country="Ecuador", roles=["local Los Lobos commander"]),
            P("Ramiro A. Cedeño Zambrano", country="Ecuador", roles=["Fito's former lawyer"]),
            P("Fernando Bravo Vera", roles=["journalist (footnote)"]),
            P("Mariana Cobo", roles=["journalist (footnote)"])],
    organizations=[O("Hemispheric Security Review", kind="media"),
                   O("Los Choneros", "Choneros", kind="criminal group"),
                   O("Los Lobos", "The Wolves", "Lobos", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("Los Chone Killers", kind="criminal group"),
                   O("the Box", kind="criminal group"),
                   O("Judiciary Council", "Consejo de la Judicatura", kind="government body"),
                   O("TC Televisión", kind="media"),
                   O("National Police", kind="security force"),
                   O("Comandos de la Frontera", kind="armed group"),
                   O("Revolutionary Armed Forces of Colombia", "FARC", kind="armed group"),
                   O("Jalisco Cartel", "Cartel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Guardia Civil", kind="security force"),
                   O("Interior Ministry", "Ministerio del Interior del Ecuador", kind="government body"),
                   O("El Universo", kind="media"), O("InSight Crime", kind="media"),
                   O("Comisión Interamericana de Derechos Humanos", "CIDH", kind="international organization"),
                   O("Fiscalía General del Estado", kind="government body")],
    places=[C("Ecuador"), COL(), C("Spain"), reg("Latin America"),
            city("Manta", "Ecuador"), city("Chone", "Ecuador"), state("Manabí", "Ecuador"), city("Guayaquil", "Ecuador"),
            fac("La Roca", "Ecuador"), fac("Litoral Penitentiary", "Ecuador", "Penitenciaría del Litoral"),
            city("Esmeraldas", "Ecuador"), city("Durán", "Ecuador"), city("Cuenca", "Ecuador"), city("Latacunga", "Ecuador"),
            state("Putumayo", "Colombia"), city("Antwerp", "Belgium"), city("Rotterdam", "Netherlands"), city("Algeciras", "Spain"),
            city("Ponce Enríquez", "Ecuador"), state("Azuay", "Ecuador"), city("Portoviejo", "Ecuador"), city("Quito", "Ecuador")],
    aliases=[A("Jorge Bismarck Véliz España", "Teniente España", "nickname", "Jorge Bismarck Véliz España, known as \"Teniente España,\""),
             A("Jorge Luis Zambrano González", "Rasquiña", "nickname", "Jorge Luis Zambrano González, alias \"Rasquiña\" or \"JL.\""),
             A("Jorge Luis Zambrano González", "JL", "nickname", "Jorge Luis Zambrano González, alias \"Rasquiña\" or \"JL.\""),
             A("José Adolfo Macías Villamar", "Fito", "nickname", "José Adolfo Macías Villamar, alias \"Fito,\""),
             A("Litoral Penitentiary", "Penitenciaría del Litoral", "translation", "Litoral Penitentiary (Penitenciaría del Litoral)"),
             A("Wilmer Geovanny Chavarría Barre", "Pipo", "nickname", "Wilmer Geovanny Chavarría Barre, alias \"Pipo,\""),
             A("Los Lobos", "The Wolves", "translation", "Los Lobos (The Wolves)"),
             A("Leandro Norero", "El Patrón", "nickname", "Leandro Norero, a trafficker known as \"El Patrón\""),
             A("Judiciary Council", "Consejo de la Judicatura", "translation", "Judiciary Council (Consejo de la Judicatura)"),
             A("Revolutionary Armed Forces of Colombia", "FARC", "acronym", "Revolutionary Armed Forces of Colombia (FARC)"),
             A("Jalisco Cartel", "Cartel de Jalisco Nueva Generación", "translation", "Jalisco Cartel (Cartel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco Cartel", "CJNG", "acronym", "Cartel de Jalisco Nueva Generación, CJNG"),
             A("Édison Fabricio Tenesaca Morocho", "el Gato", "nickname", "Édison Fabricio Tenesaca \"el Gato\" Morocho"),
             A("Comisión Interamericana de Derechos Humanos", "CIDH", "acronym", "Comisión Interamericana de Derechos Humanos (CIDH)")],
    events=[E("2007", "year", "in 2007", "explicit", ["Ecuador"], "Véliz (Teniente España) killed", S_VEL),
            E("2007", "year", "After Véliz was killed in 2007", "context", ["Ecuador"], "command of Los Choneros passes to Rasquiña", S_VEL),
            E("2011", "year", "in 2011", "explicit", ["Ecuador"], "Zambrano jailed",
              "Zambrano was jailed in 2011 but ran the organisation from La Roca, the maximum-security wing of Guayaquil's prison complex."),
            E("2020-06", "month", "in June 2020", "explicit", ["Ecuador"], "Zambrano released from prison", S_ZAM),
            E("2020-12-28", "day", "on 28 December of that year", "context", ["Ecuador"], "Zambrano shot dead in a Manta shopping centre café", S_ZAM),
            E("2021-02-23", "day", "On 23 February 2021", "explicit", ["Ecuador"], "coordinated prison riots in Guayaquil, Cuenca and Latacunga leave 79 dead",
              "On 23 February 2021, coordinated riots in Guayaquil, Cuenca and Latacunga left 79 inmates dead."),
            E("2021-09", "month", "In September of that year", "context", ["Ecuador"], "119 prisoners killed in the Litoral Penitentiary massacre", S_SEP),
            E("2021", "year", "six weeks later", "context", ["Ecuador"], "a further 68 prisoners die in the Litoral Penitentiary", S_SEP),
            E("2022-10-03", "day", "On 3 October 2022", "explicit", ["Ecuador"], "Leandro Norero killed in Latacunga prison", S_NOR),
            E("2023-12-14", "day", "On 14 December 2023", "explicit", ["Ecuador"], "Attorney General Diana Salazar announces Metastasis raids", S_MET),
            E("2023-12-14", "day", "On 14 December 2023", "explicit", ["Ecuador"], "Wilman Terán, president of the Judiciary Council, detained", S_MET),
            E("2024-01", "month", "in January 2024", "explicit", ["Ecuador"], "conflict spills onto the streets",
              "The conflict spilled onto the streets in January 2024."),
            E("2024-01-07", "day", "On 7 January", "document date", ["Ecuador"], "Fito's escape from the Litoral Penitentiary discovered",
              "On 7 January, prison officials discovered that Fito had escaped from the Litoral Penitentiary."),
            E("2024-01-09", "day", "Two days later", "context", ["Ecuador"], "gunmen storm TC Televisión studios in Guayaquil during a live broadcast", S_TC),
            E("2024-01-09", "day", "Two days later", "context", ["Ecuador"], "Noboa declares an internal armed conflict and names 22 groups terrorist organisations", S_TC),
            E("2024-01", "month", "the following week", "context", ["Ecuador"], "armed forces take over the prisons",
              "The armed forces took over the prisons the following week."),
            E("2023-10", "month", "In October 2023", "explicit", ["Spain", "Ecuador"], "Guardia Civil finds 9.5 tonnes of cocaine from Ecuador at Algeciras",
              "In October 2023, Spain's Guardia Civil found 9.5 tonnes of cocaine in a banana shipment from Ecuador at Algeciras, the largest single seizure in Spanish history."),
            E("2024-05", "month", "in May", "document date", ["Ecuador"], "el Gato's men burn the house of a community leader who refused to pay",
              "Two of them said that in May, his men burned the house of a community leader who had refused to pay."),
            E("2024-04", "month", "in April", "document date", ["Ecuador"], "police arrest Fito's former lawyer Ramiro A. Cedeño Zambrano in Portoviejo", S_FITOREW),
            E("2022", "year", "in 2022", "explicit", ["Colombia", "Ecuador"], "Pipo reported dead in Colombia",
              "Pipo, for his part, was reported dead in Colombia in 2022, a claim that investigators now believe he staged."),
            E("2024-04-21", "day", "on 21 April", "document date", ["Ecuador"], "referendum: voters approve nine of eleven questions",
              "In a referendum on 21 April, voters approved nine of eleven questions, including one allowing the armed forces to support the police without a state of emergency.")],
    optional={"people": ["Junior"],
              "organizations": ["Metastasis case", "Metastasis", "armed forces"],
              "places": ["Manabí province", "Chone, a town", "southern highlands"],
              "events_evidence": [
                  "Ecuador recorded fewer than six homicides per 100,000 inhabitants in 2018.",
                  "By 2023 the rate had passed 45, the highest in Latin America.",
                  "Los Choneros take their name from Chone, a town in Manabí province, where Jorge Bismarck Véliz España, known as \"Teniente España,\" organised a crew of hired guns for Colombian traffickers in the late 1990s.",
                  S_FITO, "His death broke the group apart.",
                  "Both factions have since looked abroad.", S_LOBOSBUY,
                  "Fito remains at large."]},
    timeline_pair=("Ecuador", "Colombia"))

# ---------------------------------------------------------------- 03 PCC, Paraguay/Bolivia (no date line)
F = "03_pcc_paraguay_bolivia_frontier.txt"
S_FOUND = "The Primeiro Comando da Capital (First Capital Command, PCC) was founded on 31 August 1993 by eight inmates in the Taubaté Custody House (Casa de Custódia de Taubaté), in the interior of São Paulo state, after a prison football match."
S_MARC = "Marcos Willians Herbas Camacho, alias \"Marcola,\" pushed the founders out in November of that year and turned the PCC into a business with cells, monthly dues and a \"final tribunal\" that judged members' disputes."
S_2006 = "In May 2006 the group showed its reach: over several days, its members attacked police stations, buses and banks across São Paulo state and led rebellions in more than 70 prisons."
S_RAF = "On 15 June 2016, gunmen using a .50-calibre machine gun mounted on a pickup truck killed Rafaat in his armoured car in Pedro Juan Caballero."
S_CV = "Paraguayan police attributed the attack to an alliance of the PCC and the Comando Vermelho (Red Command, CV), the faction born in 1979 in the Cândido Mendes prison on Ilha Grande, off the coast of Rio de Janeiro."
S_TRUCE = "In October of that year, the PCC and the CV broke their truce, and prison massacres followed in the north of Brazil: in January 2017, 56 inmates were killed in the Anísio Jobim penitentiary complex in Manaus, and four days later 33 died in the Agrícola de Monte Cristo prison in Roraima."
S_FUMI = "He was arrested in Maputo, Mozambique, in April 2020 in an operation supported by the US Drug Enforcement Administration (DEA), and was sent to Brazil later that month."
S_FDN = "The killings in Manaus were carried out against PCC members by the Família do Norte (FDN), a local ally of the CV; the PCC retaliated in Roraima on 6 January 2017."
doc(F, SRC, "The Paulista Frontier: How the PCC Crossed into Paraguay and Bolivia", None, None, None,
    people=[P("Renata Duarte Figueiredo", roles=["author"]),
            P("Hugo A. Benítez Ocampo", roles=["author"]),
            P("José Márcio Felício", "Geleião", country="Brazil", roles=["PCC founder"]),
            P("César Augusto Roriz Silva", "Cesinha", country="Brazil", roles=["PCC founder"]),
            P("Marcos Willians Herbas Camacho", "Marcola", country="Brazil", roles=["PCC leader"]),
            P("Jorge Rafaat Toumani", "Rafaat", "the king of the frontier", country="Brazil", roles=["Brazilian-Lebanese trafficker"]),
            P("Cecilia Pérez", country="Paraguay", roles=["justice minister"]),
            P("Derlis Ramón Benítez-Acosta", "Tatu", country="Paraguay", roles=["PCC cocaine purchaser"]),
            P("Giovanni Barbosa da Silva Neto", "Alemão", country="Brazil", roles=["ran the PCC's sintonia for the Paraguayan prisons"]),
            P("Gilberto Aparecido dos Santos", "Fuminho", country="Brazil", roles=["PCC logistician", "main cocaine supplier"]),
            P("Lorena Ledesma Aquino", country="Paraguay", roles=["prosecutor in Asunción"]),
            P("Camila Nunes Dias", roles=["interviewee (footnote)"]),
            P("Fábio Lobo Nogueira", roles=["journalist (footnote)"])],
    organizations=[O("Triple Border Research Network", kind="ngo"),
                   O("Primeiro Comando da Capital", "First Capital Command", "PCC", kind="criminal group"),
                   O("Comando Vermelho", "Red Command", "CV", kind="criminal group"),
                   O("Clan Rotela", kind="criminal group"),
                   O("Senate", kind="government body"),
                   O("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "FELCN", kind="security force"),
                   O("Federal Police", "Polícia Federal", kind="security force"),
                   O("Drug Enforcement Administration", "US Drug Enforcement Administration", "DEA", kind="government body"),
                   O("'Ndrangheta", kind="criminal group"),
                   O("National Anti-Drug Secretariat", "SENAD", kind="government body"),
                   O("Família do Norte", "FDN", kind="criminal group"),
                   O("Ministerio Público del Paraguay", kind="government body"),
                   O("Folha de S.Paulo", kind="media"), O("ABC Color", kind="media")],
    places=[C("Paraguay"), C("Bolivia"), C("Brazil"), C("Mozambique"), US(),
            state("São Paulo", "Brazil"), fac("Taubaté Custody House", "Brazil", "Casa de Custódia de Taubaté"),
            city("Pedro Juan Caballero", "Paraguay"), city("Ponta Porã", "Brazil"),
            fac("Cândido Mendes prison", "Brazil"), oth("Ilha Grande", "Brazil"), state("Rio de Janeiro", "Brazil"),
            fac("Anísio Jobim penitentiary complex", "Brazil"), city("Manaus", "Brazil"),
            fac("Agrícola de Monte Cristo prison", "Brazil"), state("Roraima", "Brazil"), fac("San Pedro prison", "Paraguay"),
            reg("Chaco"), reg("Chapare", "Bolivia"), state("Beni", "Bolivia"), state("Santa Cruz", "Bolivia"),
            state("Amambay", "Paraguay"), state("Alto Paraguay", "Paraguay"), state("Mato Grosso do Sul", "Brazil"),
            city("Santos", "Brazil"), city("Paranaguá", "Brazil"), city("Maputo", "Mozambique"), city("Antwerp", "Belgium"),
            city("Gioia Tauro", "Italy"), city("Villeta", "Paraguay"), oth("Paraguay River"), city("Rotterdam", "Netherlands"),
            city("Asunción", "Paraguay"), city("Ciudad del Este", "Paraguay")],
    aliases=[A("Primeiro Comando da Capital", "First Capital Command", "translation", "Primeiro Comando da Capital (First Capital Command, PCC)"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "First Capital Command, PCC"),
             A("Taubaté Custody House", "Casa de Custódia de Taubaté", "translation", "Taubaté Custody House (Casa de Custódia de Taubaté)"),
             A("José Márcio Felício", "Geleião", "nickname", "José Márcio Felício, nicknamed \"Geleião,\""),
             A("César Augusto Roriz Silva", "Cesinha", "nickname", "César Augusto Roriz Silva, \"Cesinha,\""),
             A("Marcos Willians Herbas Camacho", "Marcola", "nickname", "Marcos Willians Herbas Camacho, alias \"Marcola,\""),
             A("Jorge Rafaat Toumani", "the king of the frontier", "nickname", "known along the border as \"the king of the frontier,\""),
             A("Comando Vermelho", "Red Command", "translation", "Comando Vermelho (Red Command, CV)"),
             A("Comando Vermelho", "CV", "acronym", "Red Command, CV"),
             A("Derlis Ramón Benítez-Acosta", "Tatu", "nickname", "Derlis Ramón Benítez-Acosta, a Paraguayan known in the faction as \"Tatu,\""),
             A("Giovanni Barbosa da Silva Neto", "Alemão", "nickname", "Giovanni Barbosa da Silva Neto, nicknamed \"Alemão,\""),
             A("Special Force to Fight Drug Trafficking", "Fuerza Especial de Lucha Contra el Narcotráfico", "translation", "Special Force to Fight Drug Trafficking (Fuerza Especial de Lucha Contra el Narcotráfico, FELCN)"),
             A("Special Force to Fight Drug Trafficking", "FELCN", "acronym", "Fuerza Especial de Lucha Contra el Narcotráfico, FELCN"),
             A("Gilberto Aparecido dos Santos", "Fuminho", "nickname", "Gilberto Aparecido dos Santos, alias \"Fuminho,\""),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "US Drug Enforcement Administration (DEA)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "National Anti-Drug Secretariat (SENAD)"),
             A("Família do Norte", "FDN", "acronym", "Família do Norte (FDN)")],
    events=[E("1993-08-31", "day", "on 31 August 1993", "explicit", ["Brazil"], "PCC founded by eight inmates in the Taubaté Custody House", S_FOUND),
            E("2002-11", "month", "in November of that year", "context", ["Brazil"], "Marcola pushes the PCC founders out", S_MARC),
            E("2006-05", "month", "In May 2006", "explicit", ["Brazil"], "PCC attacks police stations, buses and banks across São Paulo state and leads prison rebellions", S_2006),
            E("2016-06-15", "day", "On 15 June 2016", "explicit", ["Paraguay"], "Jorge Rafaat killed in Pedro Juan Caballero", S_RAF),
            E("1979", "year", "in 1979", "explicit", ["Brazil"], "Comando Vermelho born in the Cândido Mendes prison", S_CV),
            E("2016-10", "month", "In October of that year", "context", ["Brazil"], "PCC and CV break their truce", S_TRUCE),
            E("2017-01", "month", "in January 2017", "explicit", ["Brazil"], "56 inmates killed in the Anísio Jobim complex in Manaus", S_TRUCE),
            E("2017-01", "month", "four days later", "context", ["Brazil"], "33 inmates killed in the Agrícola de Monte Cristo prison in Roraima", S_TRUCE),
            E("2019-06", "month", "In June 2019", "explicit", ["Paraguay"], "PCC–Clan Rotela brawl in San Pedro prison leaves ten dead",
              "In June 2019, a brawl between the PCC and the Paraguayan group Clan Rotela in the San Pedro prison left ten dead."),
            E("2019", "year", "Two weeks later", "context", ["Paraguay"], "Paraguay's Senate creates a prison-security commission",
              "Two weeks later, Paraguay's Senate created a commission to review prison security, which recommended separating faction members."),
            E("2020-01-19", "day", "On the night of 19 January 2020", "explicit", ["Paraguay"], "75 inmates, mostly PCC, escape through a tunnel from the Pedro Juan Caballero prison",
              "On the night of 19 January 2020, 75 inmates, most of them PCC members, escaped through a tunnel from the prison in Pedro Juan Caballero."),
            E("2020-01-20", "day", "the following day", "context", ["Paraguay"], "justice minister Cecilia Pérez dismisses the prison director",
              "The justice minister, Cecilia Pérez, dismissed the prison's director the following day."),
            E("2020-04", "month", "in April 2020", "explicit", ["Mozambique", "Brazil", "United States"], "Fuminho arrested in Maputo in a DEA-supported operation", S_FUMI),
            E("2020-04", "month", "later that month", "context", ["Mozambique", "Brazil"], "Fuminho sent to Brazil", S_FUMI),
            E(None, "unresolved", "Last June", "unresolved", ["Paraguay"], "SENAD seizes 3.2 tonnes of cocaine in Villeta bound for Rotterdam",
              "Last June, the National Anti-Drug Secretariat (SENAD) seized 3.2 tonnes of cocaine in a warehouse in Villeta, on the Paraguay River, destined for the port of Rotterdam."),
            E(None, "unresolved", "Earlier this year", "unresolved", ["Paraguay"], "Paraguay's Congress passes a law raising sentences for criminal-organisation membership",
              "Earlier this year, Paraguay's Congress passed a law that raised sentences for membership in a criminal organisation."),
            E("2017-01-06", "day", "on 6 January 2017", "explicit", ["Brazil"], "PCC retaliates in Roraima", S_FDN, in_footnote=True)],
    optional={"people": ["Baixinho"],
              "organizations": ["Congress", "Paraguay's Congress", "sintonia"],
              "places": ["Beni savannah", "São Paulo state", "Calabrian"],
              "events_evidence": [
                  "By 2002 that had changed.",
                  "The following year, prosecutors in São Paulo estimated the faction's membership at 6,000.",
                  "The move abroad began in the early 2010s, when the PCC's leaders decided to stop buying cocaine from Brazilian middlemen and go to the source.",
                  "One of the men who walked out that night was Derlis Ramón Benítez-Acosta, a Paraguayan known in the faction as \"Tatu,\" who managed cocaine purchases from Bolivian suppliers in the Chaco.",
                  "Ministerio Público del Paraguay, indictment of 12 September 2016"]},
    timeline_pair=("Brazil", "Paraguay"))

# ---------------------------------------------------------------- 04 Istmo Investiga, Honduras
F = "04_istmo_honduras_after_cachiros_2023.txt"
S_OFAC = "In September 2013, the US Treasury's Office of Foreign Assets Control (OFAC) designated the group under the Kingpin Act, and in early 2015 both brothers surrendered to US authorities."
S_VV = "Miguel Arnulfo Valle Valle was arrested on 5 October 2014 and extradited to the United States that December, together with his brother Luis Alonso."
S_JOH = "The former president himself left office in January 2022 and was extradited on 21 April of that year; his trial is set to open in New York in February."
S_PIL = "One pilot, a Mexican national named Jesús Alberto Carrillo-Ibarra, was detained after his Beechcraft crashed near Brus Laguna on 9 August 2023; he told investigators that he had landed in the same pasture three times that year."
S_DONA = "One of them, Aura Marina López de León, known as \"la Doña,\" was arrested in Morales, Izabal, in June; prosecutors say she paid local police to escort trucks to Tecún Umán."
S_TEXIS = "The Texis Cartel, a network of businessmen and politicians in the department of Santa Ana, lost its alleged leader, José Adán Salazar Umaña, known as \"Chepe Diablo,\" to arrest in 2017."
S_SV = "Since the state of exception declared in March 2022, the gangs MS-13 and Barrio 18 have been largely dismantled inside the country, and Salvadoran police say cocaine now bypasses the country by sea."
S_NOV = "Three days later, unidentified gunmen killed a Garífuna environmental activist in the nearby village of Punta Piedra, the third such killing in Colón this year."
doc(F, SRC, "After the Cachiros: Who Moves Cocaine Through Honduras Now?", "2023-11-14", "day", "Posted 14/11/2023",
    people=[P("Karla Yamileth Ordóñez Funes", roles=["author"]),
            P("Ricardo J. Mejía", roles=["author"]),
            P("Javier Eriberto Rivera Maradiaga", country="Honduras", roles=["leader of Los Cachiros"]),
            P("Devis Leonel Rivera Maradiaga", "Devis Leonel", country="Honduras", roles=["leader of Los Cachiros", "witness"]),
            P("Miguel Arnulfo Valle Valle", country="Honduras", roles=["Valle Valle family"]),
            P("Luis Alonso Valle Valle", "Luis Alonso", country="Honduras", roles=["Valle Valle family"]),
            P("Fabio Lobo", country="Honduras", roles=["son of former president Porfirio Lobo Sosa"]),
            P("Porfirio Lobo Sosa", country="Honduras", roles=["former president"]),
            P("Juan Antonio Hernández Alvarado", "Tony Hernández", "Tony", country="Honduras", roles=["brother of then-president Juan Orlando Hernández"]),
            P("Juan Orlando Hernández", country="Honduras", roles=["then-president", "former president"]),
            P("Óscar Danilo Yánez Cálix", "Yánez Cálix", "Yánez", "el Chele Yánez", country="Honduras", roles=["cattle rancher", "head of the Yánez organisation"]),
            P("Jesús Alberto Carrillo-Ibarra", country="Mexico", roles=["pilot"]),
            P("Aura Marina López de León", "la Doña", country="Guatemala", roles=["buyer"]),
            P("José Adán Salazar Umaña", "Chepe Diablo", country="El Salvador", roles=["alleged leader of the Texis Cartel"]),
            P("Daniel Ortega", country="Nicaragua", roles=["head of government"]),
            P("Xiomara Castro", "President Xiomara Castro", country="Honduras", roles=["President"]),
            P("Marvin Antonio Ramos Zelaya", country="Honduras", roles=["suspected associate of Yánez Cálix"])],
    organizations=[O("Istmo Investiga", "ISTMO INVESTIGA", kind="media"),
                   O("Los Cachiros", "Cachiros", kind="criminal group"),
                   O("US Department of the Treasury", "US Treasury", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("Valle Valle family", kind="criminal group"),
                   O("Special Prosecutor's Office Against Organised Crime", "Fiscalía Especial Contra el Crimen Organizado", "FESCCO", kind="government body"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Yánez organisation", kind="criminal group"),
                   O("Los Sabaneros", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Cartel Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Honduran Armed Forces", kind="security force"),
                   O("Lorenzana family", kind="criminal group"),
                   O("Public Prosecutor's Office", "Ministerio Público", "MP", kind="government body"),
                   O("Texis Cartel", kind="criminal group"),
                   O("MS-13", kind="criminal group"), O("Barrio 18", kind="criminal group"),
                   O("Nicaraguan Army", kind="security force"),
                   O("Honduran National Police", kind="security force"),
                   O("Dirección de Lucha Contra el Narcotráfico", "DLCN", kind="security force"),
                   O("La Prensa", kind="media"),
                   O("Organización Fraternal Negra Hondureña", "OFRANEH", kind="ngo")],
    places=[C("Honduras"), C("Venezuela"), COL(), C("Guatemala"), US(), C("El Salvador"), C("Nicaragua"),
            city("Tocoa", "Honduras"), state("Colón", "Honduras"), city("El Espíritu", "Honduras"), state("Copán", "Honduras"),
            city("New York", "United States"), city("Trujillo", "Honduras"), state("Falcón", "Venezuela"), state("Olancho", "Honduras"),
            state("Apure", "Venezuela"), reg("Mosquitia", "Honduras"), city("Puerto Lempira", "Honduras"), oth("Patuca River", "Honduras"),
            city("Brus Laguna", "Honduras"), state("Zacapa", "Guatemala"), state("Izabal", "Guatemala"), state("Petén", "Guatemala"),
            state("Chiapas", "Mexico"), city("Morales", "Guatemala"), city("Tecún Umán", "Guatemala"), state("Santa Ana", "El Salvador"),
            city("Bluefields", "Nicaragua"), reg("Pearl Lagoon", "Nicaragua"), city("Punta Piedra", "Honduras"), city("Tegucigalpa", "Honduras")],
    aliases=[A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Juan Antonio Hernández Alvarado", "Tony", "nickname", "Juan Antonio \"Tony\" Hernández Alvarado"),
             A("Special Prosecutor's Office Against Organised Crime", "Fiscalía Especial Contra el Crimen Organizado", "translation", "Special Prosecutor's Office Against Organised Crime (Fiscalía Especial Contra el Crimen Organizado, FESCCO)"),
             A("Special Prosecutor's Office Against Organised Crime", "FESCCO", "acronym", "Fiscalía Especial Contra el Crimen Organizado, FESCCO"),
             A("Óscar Danilo Yánez Cálix", "el Chele Yánez", "nickname", "Óscar Danilo Yánez Cálix, alias \"el Chele Yánez,\""),
             A("Cartel Jalisco Nueva Generación", "CJNG", "acronym", "Cartel Jalisco Nueva Generación (CJNG)"),
             A("Public Prosecutor's Office", "Ministerio Público", "translation", "Public Prosecutor's Office (Ministerio Público, MP)"),
             A("Public Prosecutor's Office", "MP", "acronym", "Ministerio Público, MP"),
             A("Aura Marina López de León", "la Doña", "nickname", "Aura Marina López de León, known as \"la Doña,\""),
             A("José Adán Salazar Umaña", "Chepe Diablo", "nickname", "José Adán Salazar Umaña, known as \"Chepe Diablo,\""),
             A("Dirección de Lucha Contra el Narcotráfico", "DLCN", "acronym", "Dirección de Lucha Contra el Narcotráfico (DLCN)"),
             A("Organización Fraternal Negra Hondureña", "OFRANEH", "acronym", "Organización Fraternal Negra Hondureña (OFRANEH)")],
    events=[E("2013-09", "month", "In September 2013", "explicit", ["United States", "Honduras"], "OFAC designates Los Cachiros under the Kingpin Act", S_OFAC),
            E("2015", "season", "in early 2015", "explicit", ["Honduras", "United States"], "Rivera Maradiaga brothers surrender to US authorities", S_OFAC),
            E("2014-10-05", "day", "on 5 October 2014", "explicit", ["Honduras"], "Miguel Arnulfo Valle Valle arrested", S_VV),
            E("2014-12", "month", "that December", "context", ["Honduras", "United States"], "Valle Valle brothers extradited to the United States", S_VV),
            E("2019-10-18", "day", "on 18 October 2019", "explicit", ["United States", "Honduras"], "jury convicts Tony Hernández",
              "A jury convicted Tony Hernández on 18 October 2019."),
            E("2022-01", "month", "in January 2022", "explicit", ["Honduras"], "Juan Orlando Hernández leaves office", S_JOH),
            E("2022-04-21", "day", "on 21 April of that year", "context", ["Honduras", "United States"], "Juan Orlando Hernández extradited", S_JOH),
            E("2024-02", "month", "in February", "document date", ["United States", "Honduras"], "Juan Orlando Hernández's trial set to open in New York", S_JOH),
            E("2023-08-09", "day", "on 9 August 2023", "explicit", ["Honduras"], "Beechcraft piloted by Carrillo-Ibarra crashes near Brus Laguna", S_PIL),
            E("2023-08", "month", "after his Beechcraft crashed", "context", ["Honduras"], "pilot Jesús Alberto Carrillo-Ibarra detained", S_PIL),
            E("2023-06", "month", "in June", "document date", ["Guatemala"], "Aura Marina López de León (la Doña) arrested in Morales, Izabal", S_DONA),
            E("2017", "year", "in 2017", "explicit", ["El Salvador"], "Chepe Diablo, alleged Texis Cartel leader, arrested", S_TEXIS),
            E("2022-03", "month", "in March 2022", "explicit", ["El Salvador"], "El Salvador declares a state of exception", S_SV),
            E("2022-12-06", "day", "on 6 December 2022", "explicit", ["Honduras"], "Xiomara Castro declares a state of exception in 162 municipalities",
              "Back in Honduras, President Xiomara Castro declared a state of exception on 6 December 2022, suspending some constitutional guarantees in 162 municipalities to fight extortion."),
            E("2023-11-03", "day", "On 3 November", "document date", ["Honduras"], "police kill Marvin Antonio Ramos Zelaya in a shootout between Tocoa and Trujillo",
              "On 3 November, police killed a suspected associate of Yánez Cálix, Marvin Antonio Ramos Zelaya, in a shootout on the road between Tocoa and Trujillo."),
            E("2023-11-06", "day", "Three days later", "context", ["Honduras"], "Garífuna environmental activist killed in Punta Piedra", S_NOV),
            E("2017", "year", "In his 2017 testimony", "explicit", ["United States"], "Devis Leonel Rivera Maradiaga testifies, admitting 78 murders",
              "In his 2017 testimony, Devis Leonel Rivera Maradiaga admitted taking part in 78 murders.", in_footnote=True)],
    optional={"organizations": ["Kingpin Act", "government of Daniel Ortega", "US authorities"],
              "places": ["Southern District of New York", "Caribbean", "Atlantic coast"],
              "events_evidence": [
                  "For a decade, a handful of family clans decided what happened to the cocaine that crossed Honduras.",
                  "The Cachiros' surrender opened a chain of trials in the Southern District of New York.",
                  "Devis Leonel testified against Fabio Lobo, son of former president Porfirio Lobo Sosa, and later against Juan Antonio \"Tony\" Hernández Alvarado, the brother of then-president Juan Orlando Hernández.",
                  "Light aircraft from Apure, in Venezuela, land on strips in the Mosquitia near Puerto Lempira and along the Patuca River; the Honduran Armed Forces said they destroyed 47 such strips in 2022.",
                  "The Lorenzana family of Zacapa, once the main partner of Los Cachiros, lost its leaders to extradition in the 2010s.",
                  "It has been extended more than ten times.",
                  "Interviews with two FESCCO prosecutors, Tegucigalpa, September 2023."]},
    timeline_pair=("Honduras", "United States"))

# ---------------------------------------------------------------- 05 AP, Peru
F = "05_ap_peru_trujillo_extortion_2025.txt"
doc(F, SRC, "Peru arrests alleged leader of extortion gang blamed for bus bombings in Trujillo", "2025-02-11", "day",
    "Updated 7:52 PM EST, February 11, 2025",
    people=[P("Marta Quispe Huamán", "MARTA QUISPE HUAMÁN", roles=["AP writer"]),
            P("Jhonatan Elías Cueva Saldarriaga", "Cueva Saldarriaga", "El Chino Cueva", country="Peru", roles=["alleged leader of Los Malditos de Alto Trujillo"]),
            P("Raúl Alfaro Vilca", "Gen. Raúl Alfaro Vilca", "Alfaro", country="Peru", roles=["head of the National Police's anti-extortion unit"]),
            P("Yordi Mauricio Paredes Lecca", "Maldito Yordi", country="Peru", roles=["former gang leader"]),
            P("Dina Boluarte", "President Dina Boluarte", country="Peru", roles=["President"]),
            P("Luis Fernando Chumpitaz", country="Peru", roles=["spokesman for a Trujillo drivers' association"]),
            P("Carlos Vela Ríos", roles=["Associated Press writer"])],
    organizations=[O("Associated Press", "AP", "The Associated Press", kind="media"),
                   O("National Police", kind="security force"),
                   O("Los Malditos de Alto Trujillo", kind="criminal group"),
                   O("Interior Ministry", kind="government body"),
                   O("Tren de Aragua", kind="criminal group")],
    places=[C("Peru"), C("Chile"), C("Bolivia"), COL(),
            city("Trujillo", "Peru"), city("Lima", "Peru"), city("San Juan de Lurigancho", "Peru"), state("La Libertad", "Peru"),
            fac("Challapalca prison", "Peru"), reg("Andes")],
    aliases=[A("Jhonatan Elías Cueva Saldarriaga", "El Chino Cueva", "nickname", "Jhonatan Elías Cueva Saldarriaga, known as \"El Chino Cueva,\""),
             A("Yordi Mauricio Paredes Lecca", "Maldito Yordi", "nickname", "Yordi Mauricio Paredes Lecca, alias \"Maldito Yordi,\"")],
    events=[E("2025-02-11", "day", "on Tuesday", "document date", ["Peru"], "Peruvian police arrest alleged extortion-gang leader Cueva Saldarriaga",
              "Peruvian police on Tuesday arrested the alleged leader of an extortion gang blamed for a wave of explosive attacks on bus companies and shops in the northern city of Trujillo, officials said."),
            E("2024-09", "month", "in September", "document date", ["Chile", "Peru"], "Maldito Yordi deported from Chile",
              "The gang's former leader, Yordi Mauricio Paredes Lecca, alias \"Maldito Yordi,\" was deported from Chile in September and is serving a 22-year sentence in the Challapalca prison, high in the Andes near the border with Bolivia."),
            E("2025-01-23", "day", "on Jan. 23", "document date", ["Peru"], "transport strike: thousands of buses stay off the streets",
              "Transport workers in Lima and Trujillo have staged several strikes over extortion and killings of drivers, most recently on Jan. 23, when thousands of buses stayed off the streets."),
            E("2025-02-12", "day", "on Wednesday", "document date", ["Peru"], "Cueva Saldarriaga to be transferred to Trujillo for a pretrial detention hearing",
              "Cueva Saldarriaga is expected to be transferred to Trujillo on Wednesday, where a judge will consider a prosecutor's request to hold him in pretrial detention for 36 months.")],
    optional={"organizations": ["anti-extortion unit", "Chile's Congress", "Congress"],
              "places": ["Venezuela", "South America"],
              "events_evidence": [
                  "Jhonatan Elías Cueva Saldarriaga, known as \"El Chino Cueva,\" was detained at dawn in a rented house in the Lima district of San Juan de Lurigancho along with two women and a Venezuelan man, the head of the National Police's anti-extortion unit, Gen. Raúl Alfaro Vilca, told reporters.",
                  "At least 30 such attacks have been recorded in the La Libertad region since October, according to the regional prosecutor's office.",
                  "The government of President Dina Boluarte has declared states of emergency in parts of both cities, allowing the military to patrol alongside police.",
                  "Peru's Interior Ministry said last week that reported extortion cases rose 35% in 2024 compared with the previous year.",
                  "Police attribute part of the increase to Venezuelan groups such as the Tren de Aragua, which has expanded into Peru, Chile and Colombia since 2018.",
                  "Chile's Congress approves tougher penalties for extortion as kidnappings rise — January 29, 2025",
                  "Gunmen kill bus driver in Lima as transport strike looms — October 10, 2024",
                  "Copyright 2025 The Associated Press."]},
    timeline_pair=("Peru", "Chile"))

# ---------------------------------------------------------------- 06 Reuters, Jamaica
F = "06_reuters_jamaica_gang_guns_2024.txt"
S_LEAD = "KINGSTON, June 3 (Reuters) - Jamaican security forces shot dead one of the island's most wanted gang leaders in a pre-dawn raid on Monday, police said, days before Caribbean security ministers meet to press Washington to do more to stop the flow of firearms from the United States."
S_CAR = "Security ministers of the Caribbean Community (CARICOM) will meet in Georgetown, Guyana, on Thursday and Friday to review the declaration on illegal firearms adopted at that Port of Spain meeting."
doc(F, SRC, "Jamaican police kill wanted gang leader as Caribbean nations push U.S. on gun flows", "2024-06-03", "day",
    "June 3, 2024 10:42 PM UTC",
    people=[P("Kemar A. Lindsay", roles=["Reuters reporter"]),
            P("Andre Mattis-Grant", "Mattis-Grant", "Bulla", country="Jamaica", roles=["alleged head of the Gully Side Crew"]),
            P("Claudette Powell-Reid", "Assistant Commissioner of Police Claudette Powell-Reid", country="Jamaica", roles=["Assistant Commissioner of Police"]),
            P("Keith Rowley", "Prime Minister Keith Rowley", country="Trinidad and Tobago", roles=["Prime Minister"]),
            P("Mark Golding", country="Jamaica", roles=["Opposition leader"]),
            P("Tanisha Ramdass", roles=["Reuters reporter"]),
            P("Rosalind Ebbs", roles=["Reuters editor"])],
    organizations=[O("Reuters", kind="media"),
                   O("Gully Side Crew", kind="criminal group"),
                   O("Jamaica Constabulary Force", "JCF", kind="security force"),
                   O("Jamaica Defence Force", "JDF", kind="security force"),
                   O("United Nations Security Council", "U.N. Security Council", kind="international organization"),
                   O("Caribbean Community", "CARICOM", kind="international organization"),
                   O("CARICOM IMPACS", kind="international organization"),
                   O("U.S. Embassy", kind="government body"),
                   O("U.S. Justice Department", "Justice Department", kind="government body")],
    places=[C("Jamaica"), US(), C("Trinidad and Tobago"), C("Haiti"), C("Guyana"), reg("Caribbean"),
            city("Washington", "United States"), city("Kingston", "Jamaica"), state("St. Catherine", "Jamaica"),
            city("Lauriston", "Jamaica"), city("Spanish Town", "Jamaica"), state("Florida", "United States"),
            city("Port of Spain", "Trinidad and Tobago"), city("Port-au-Prince", "Haiti"), city("Georgetown", "Guyana")],
    aliases=[A("Andre Mattis-Grant", "Bulla", "nickname", "Andre \"Bulla\" Mattis-Grant"),
             A("Jamaica Constabulary Force", "JCF", "acronym", "Jamaica Constabulary Force (JCF)"),
             A("Jamaica Defence Force", "JDF", "acronym", "Jamaica Defence Force (JDF)"),
             A("Caribbean Community", "CARICOM", "acronym", "Caribbean Community (CARICOM)")],
    events=[E("2024-06-03", "day", "on Monday", "document date", ["Jamaica"], "Jamaican security forces kill gang leader Andre 'Bulla' Mattis-Grant in a pre-dawn raid", S_LEAD),
            E("2024-06", "month", "days before", "context", ["Guyana", "United States"], "Caribbean security ministers to meet to press Washington on firearms flows", S_LEAD),
            E("2023-12", "month", "last December", "document date", ["Jamaica"], "killing of a pastor and his daughter in Spanish Town",
              "Police said Mattis-Grant was wanted for 11 murders, including the killing of a pastor and his daughter in Spanish Town last December."),
            E("2023-04", "month", "in April last year", "document date", ["Trinidad and Tobago"], "Keith Rowley hosts regional leaders in Port of Spain on crime",
              "Trinidad and Tobago recorded a record 605 murders in 2022, and Prime Minister Keith Rowley hosted regional leaders in Port of Spain in April last year to treat crime as \"a public health issue.\""),
            E("2023-10", "month", "in October", "document date", ["Haiti", "Kenya"], "U.N. Security Council authorises Kenyan-led police mission to Haiti",
              "In Haiti, gangs have used weapons bought in the United States to seize most of Port-au-Prince, and a Kenyan-led police mission authorised by the U.N. Security Council in October is yet to deploy."),
            E("2024-06", "month", "on Thursday and Friday", "document date", ["Guyana"], "CARICOM security ministers meet in Georgetown to review the firearms declaration", S_CAR),
            E("2023-04", "month", "that Port of Spain meeting", "context", ["Trinidad and Tobago"], "declaration on illegal firearms adopted in Port of Spain", S_CAR),
            E("2023", "year", "in 2023", "explicit", ["United States"], "U.S. Justice Department appoints a coordinator for Caribbean firearms prosecutions",
              "A U.S. Embassy spokesperson in Kingston said the U.S. Justice Department had appointed a coordinator for Caribbean firearms prosecutions in 2023 and was working \"hand in hand\" with Jamaican authorities.")],
    optional={"organizations": ["Thomson Reuters", "Jamaica's parliament", "parliament"],
              "places": ["Trinidad", "Laventille"],
              "events_evidence": [
                  "Andre \"Bulla\" Mattis-Grant, 34, the alleged head of the Gully Side Crew in the parish of St. Catherine, was killed in a shootout with a joint police-military team in the community of Lauriston, the Jamaica Constabulary Force (JCF) said in a statement.",
                  "Jamaica recorded 1,393 murders in 2023, one of the highest per capita rates in the world, and about 80% of them involved firearms, according to police data.",
                  "The bloc's crime and security agency, CARICOM IMPACS, said in May that it had logged more than 3,000 illegal guns seized in member states in 2023.",
                  "Jamaica's parliament has extended a state of public emergency in parts of St. Catherine several times since November.",
                  "Haiti's new prime minister pledges to restore security, May 29, 2024",
                  "Trinidad police seize weapons cache in Laventille, April 17, 2024"]},
    timeline_pair=("Jamaica", "United States"))

# ---------------------------------------------------------------- 07 EFE, Dominican Republic
F = "07_efe_dominican_caucedo_cocaine_2023.txt"
S_SAT = "SANTO DOMINGO, Aug 19 (EFE).- The National Drug Control Directorate (DNCD) of the Dominican Republic said Saturday it had seized 1,412 kilograms of cocaine hidden in a container of avocados at the Multimodal Port of Caucedo, east of the capital, and arrested four port employees."
S_FRI = "Agents found the drug in 1,320 packages concealed behind the fruit crates on Friday night, during an inspection carried out with the United States Drug Enforcement Administration (DEA) and Dutch police liaison officers."
S_MARJUN = "In March, agents found 2.1 tons of cocaine in a container of bananas bound for Valencia, Spain, and in June a further 800 kilograms were discovered in a shipment of cigars destined for Antwerp, Belgium."
S_ABI = "On Monday, President Luis Abinader ordered 1,000 additional soldiers to the frontier after the killing of two Dominican traders near the border town of Dajabón, and the Dominican Foreign Ministry summoned the Haitian chargé d'affaires on Wednesday to protest the construction of a canal on the Massacre River."
doc(F, SRC, "Dominican authorities seize 1.4 tons of cocaine bound for Rotterdam, arrest port workers", "2023-08-19", "day",
    "19 Aug 2023 | 14:35 CEST",
    people=[P("Ramón Antonio Peguero Sánchez", country="Dominican Republic", roles=["crane operator"]),
            P("Yokasta M. de los Santos Féliz", country="Dominican Republic", roles=["customs broker"]),
            P("Luis Abinader", "President Luis Abinader", country="Dominican Republic", roles=["President"]),
            P("Jimmy Chérizier", "Barbecue", country="Haiti", roles=["leader of the G9 federation", "former police officer"])],
    organizations=[O("EFE", "EFE English", "Agencia EFE S.A.", "Agencia EFE", kind="media"),
                   O("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "DNCD", kind="government body"),
                   O("Drug Enforcement Administration", "United States Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Clan del Golfo", kind="criminal group"),
                   O("United Nations Office on Drugs and Crime", "UNODC", kind="international organization"),
                   O("Dominican Foreign Ministry", "Foreign Ministry", kind="government body"),
                   O("G9", "G9 federation", kind="criminal group"),
                   O("United Nations", "UN", kind="international organization")],
    places=[C("Dominican Republic"), C("Netherlands"), US(), C("Venezuela"), COL(), C("Spain"), C("Belgium"), C("Haiti"),
            reg("Europe"), reg("Caribbean"),
            city("Santo Domingo", "Dominican Republic"), fac("Multimodal Port of Caucedo", "Dominican Republic", "Caucedo"),
            city("Rotterdam", "Netherlands"), reg("Paraguaná peninsula", "Venezuela", "Paraguaná"), city("Valencia", "Spain"),
            city("Antwerp", "Belgium"), city("Port-au-Prince", "Haiti"), city("Dajabón", "Dominican Republic"), oth("Massacre River")],
    aliases=[A("National Drug Control Directorate", "DNCD", "acronym", "National Drug Control Directorate (DNCD)"),
             A("National Drug Control Directorate", "Dirección Nacional de Control de Drogas", "translation", "the DNCD (Dirección Nacional de Control de Drogas)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "United States Drug Enforcement Administration (DEA)"),
             A("United Nations Office on Drugs and Crime", "UNODC", "acronym", "United Nations Office on Drugs and Crime (UNODC)"),
             A("Jimmy Chérizier", "Barbecue", "nickname", "Jimmy Chérizier, known as \"Barbecue,\"")],
    events=[E("2023-08-19", "day", "Saturday", "document date", ["Dominican Republic"], "DNCD announces seizure of 1,412 kg of cocaine at Caucedo and arrest of four port employees", S_SAT),
            E("2023-08-18", "day", "on Friday night", "document date", ["Dominican Republic", "United States", "Netherlands"], "agents find the cocaine during an inspection with the DEA and Dutch police liaison officers", S_FRI),
            E("2023-03", "month", "In March", "document date", ["Dominican Republic"], "2.1 tons of cocaine found in a banana container bound for Valencia, Spain", S_MARJUN),
            E("2023-06", "month", "in June", "document date", ["Dominican Republic"], "800 kg of cocaine found in a cigar shipment bound for Antwerp", S_MARJUN),
            E("2023-08-14", "day", "On Monday", "document date", ["Dominican Republic", "Haiti"], "Abinader orders 1,000 more soldiers to the Haitian border", S_ABI),
            E("2023-08-16", "day", "on Wednesday", "document date", ["Dominican Republic", "Haiti"], "Dominican Foreign Ministry summons the Haitian chargé d'affaires over the Massacre River canal", S_ABI)],
    optional={"people": ["El Paisa"],
              "organizations": ["2023 Global Report on Cocaine", "Global Report on Cocaine", "IOM", "Dutch police"],
              "places": ["Paraguaná"],
              "events_evidence": [
                  "The DNCD said the cocaine had probably entered the country by sea from Venezuela's Paraguaná peninsula, a route it has documented since 2021, and that it belonged to a network linked to the Clan del Golfo of Colombia.",
                  "It is the third large seizure at Caucedo this year.",
                  "The Dominican Republic has become an increasingly important transit point for cocaine headed to Europe, according to the United Nations Office on Drugs and Crime (UNODC), which said in its 2023 Global Report on Cocaine that Caribbean routes had regained importance.",
                  "Last year, the DNCD seized 45.8 tons of drugs, a record, the agency said.",
                  "Haiti gang violence displaces 10,000 in a week: IOM (15 Aug 2023)",
                  "Dominican Republic, Netherlands sign port security memorandum (2 Jun 2023)",
                  "(c) EFE 2023."]},
    timeline_pair=("Dominican Republic", "Haiti"))

# ---------------------------------------------------------------- 08 research brief, Southern Cone
F = "08_unodc_style_southern_cone_ports_2024.txt"
S_MARSET = "The Uruguayan trafficker Sebastián Enrique Marset Cabrera, who used the name \"Gabriel de Souza Beumer\" on a false Paraguayan passport, became the best-known broker in the region after his arrest in Dubai in September 2021."
S_PASS = "Uruguayan officials issued him a new passport while he was detained, and he was released shortly afterwards."
S_OP = "Paraguay's Operation A Ultranza Py, launched on 22 February 2022 with the support of the US Drug Enforcement Administration (DEA) and Europol, dismantled part of his network and led to the seizure of more than 4.7 tonnes of cocaine in Paraguay and Europe."
S_BULL = "The national Security Minister, Patricia Bullrich, sent federal forces under the Plan Bandera, first deployed in December 2023."
doc(F, SRC, "Cocaine Through the Southern Cone: Ports, Brokers and Violence in Argentina, Uruguay, Paraguay and Chile", "2024-10", "month",
    "Vienna, October 2024",
    people=[P("Sebastián Enrique Marset Cabrera", "Gabriel de Souza Beumer", country="Uruguay", roles=["trafficker", "broker"]),
            P("Marcelo Pecci", country="Paraguay", roles=["anti-mafia prosecutor"]),
            P("Ariel Máximo Cantero", "Guille", country="Argentina", roles=["leader of Los Monos"]),
            P("Patricia Bullrich", country="Argentina", roles=["Security Minister"])],
    organizations=[O("Drug Enforcement Administration", "US Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Europol", kind="international organization"),
                   O("Los Monos", kind="criminal group"),
                   O("Carabineros", kind="security force"),
                   O("Policía de Investigaciones", "Investigations Police", "PDI", kind="security force"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Los Gallegos", kind="criminal group"),
                   O("Public Prosecutor's Office", "Fiscalía Nacional", kind="government body"),
                   O("'Ndrangheta", kind="criminal group"),
                   O("Research and Trend Analysis Branch", kind="international organization")],
    places=[C("Argentina"), C("Uruguay"), C("Paraguay"), C("Chile"), C("Ecuador"), COL(), C("Bolivia"), C("Peru"),
            C("Spain"), C("Belgium"), C("Netherlands"), C("Italy"), US(), C("Togo"),
            reg("Southern Cone"), reg("Europe"), oth("Río de la Plata"), reg("Chaco"), oth("Paraná-Paraguay waterway"),
            city("Vienna", "Austria"), city("Rosario", "Argentina"), city("Buenos Aires", "Argentina"), city("Montevideo", "Uruguay"),
            city("San Antonio", "Chile"), city("Valparaíso", "Chile"), city("Lomé", "Togo"), city("Dubai", "United Arab Emirates"),
            oth("Barú", "Colombia"), city("Cartagena", "Colombia"), state("Santa Fe", "Argentina"), city("Arica", "Chile"),
            reg("Calabria", "Italy"), city("Gioia Tauro", "Italy"), city("Rotterdam", "Netherlands"), city("Antwerp", "Belgium"),
            city("Algeciras", "Spain"), city("Asunción", "Paraguay")],
    aliases=[A("Sebastián Enrique Marset Cabrera", "Gabriel de Souza Beumer", "nickname", "who used the name \"Gabriel de Souza Beumer\" on a false Paraguayan passport"),
             A("Drug Enforcement Administration", "DEA", "acronym", "US Drug Enforcement Administration (DEA)"),
             A("Ariel Máximo Cantero", "Guille", "nickname", "Ariel Máximo Cantero, alias \"Guille,\""),
             A("Policía de Investigaciones", "Investigations Police", "translation", "Policía de Investigaciones (Investigations Police, PDI)"),
             A("Policía de Investigaciones", "PDI", "acronym", "Investigations Police, PDI"),
             A("Public Prosecutor's Office", "Fiscalía Nacional", "translation", "Public Prosecutor's Office (Fiscalía Nacional)")],
    events=[E("2019-12", "month", "in December 2019", "explicit", ["Uruguay"], "Uruguayan customs find 4.4 tonnes of cocaine bound for Lomé in Montevideo",
              "The single largest seizure of the period took place in Montevideo, where Uruguayan customs officers found 4.4 tonnes of cocaine in a container of soy flour bound for Lomé, Togo, in December 2019; it remains the largest in Uruguay's history."),
            E("2021-09", "month", "in September 2021", "explicit", ["United Arab Emirates"], "Sebastián Marset arrested in Dubai", S_MARSET),
            E("2021", "year", "while he was detained", "context", ["Uruguay"], "Uruguayan officials issue Marset a new passport", S_PASS),
            E("2021", "year", "shortly afterwards", "context", ["United Arab Emirates"], "Marset released", S_PASS),
            E("2022-02-22", "day", "on 22 February 2022", "explicit", ["Paraguay", "United States"], "Paraguay launches Operation A Ultranza Py with DEA and Europol support", S_OP),
            E("2022-05-10", "day", "On 10 May 2022", "explicit", ["Colombia", "Paraguay"], "Paraguayan prosecutor Marcelo Pecci shot dead on Barú island near Cartagena",
              "On 10 May 2022, the Paraguayan anti-mafia prosecutor Marcelo Pecci, who led the investigation, was shot dead on a beach on the island of Barú, near Cartagena, Colombia, during his honeymoon."),
            E("2024-03", "month", "Between 5 and 9 March 2024", "explicit", ["Argentina"], "gunmen kill four workers in Rosario in attacks attributed to gangs protesting prison conditions",
              "Between 5 and 9 March 2024, gunmen killed two taxi drivers, a bus driver and a petrol station attendant in Rosario in attacks that the Santa Fe provincial government attributed to gangs protesting tougher prison conditions."),
            E("2024-03", "month", None, "context", ["Argentina"], "Security Minister Patricia Bullrich sends federal forces to Rosario under the Plan Bandera", S_BULL),
            E("2023-12", "month", "in December 2023", "explicit", ["Argentina"], "Plan Bandera first deployed", S_BULL),
            E("2022", "year", "in 2022", "explicit", ["Chile"], "Chile's Public Prosecutor's Office records its first Tren de Aragua kidnapping-for-ransom case",
              "Chile's Public Prosecutor's Office (Fiscalía Nacional) recorded its first case of kidnapping for ransom by the group in 2022."),
            E("2024-08", "month", "in August", "document date", ["Argentina", "Uruguay", "Paraguay", "Chile"], "four governments agree a port scanning programme in Asunción",
              "Closer cooperation between port authorities, including the scanning programme agreed by the four governments in Asunción in August, should be complemented by financial investigations into the companies that front for these shipments.")],
    optional={"organizations": ["Operation A Ultranza Py", "Plan Bandera", "Santa Fe provincial government", "Drug Markets and Organized Crime Series", "Uruguayan customs"],
              "places": ["Pacific coast", "northern Chile", "Balkan"],
              "events_evidence": [
                  "Seizures of cocaine linked to ports on the Río de la Plata and the Pacific coast of Chile have grown as traffickers diversify away from the most closely watched routes through Ecuador and Colombia.",
                  "Violence associated with retail markets, especially in the Argentine city of Rosario, has not declined despite federal deployments.",
                  "Table 2. Reported Cocaine Seizures Linked to Southern Cone Ports, 2021–2023 (tonnes)",
                  "In Argentina, the Rosario market is dominated by Los Monos, a family group whose leader, Ariel Máximo Cantero, alias \"Guille,\" continues to issue orders from federal prison.",
                  "In Chile, the Carabineros and the Policía de Investigaciones (Investigations Police, PDI) have dismantled several cells of the Venezuelan Tren de Aragua, including the faction known as Los Gallegos in Arica."]},
    timeline_pair=("Paraguay", "Uruguay"))

NOTES = (
 "Second development set, documents 01-08 (annotator A; 09-16 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes and shared/dev/gold.json notes; the annotations were made by reading the texts alone (crimecli was not run on them). "
 "Additions and decisions: PUBLISHED comes only from the document's own date line, byline or dateline ('Published 22 February 2024', 'Posted 14/11/2023', "
 "'Updated 7:52 PM EST, February 11, 2025', 'Vienna, October 2024' -> month precision); 03 has no date line, so published is null and its relative dates "
 "('Last June', 'Earlier this year') are unresolved. Copyright lines, related-content teasers, 'Read Next' items and tags are not date sources and their "
 "dated items are optional events. ENTITIES: bylined authors, contributors and editors are people without country; footnote authors are people and cited "
 "outlets are media organisations; criminals get the country where the text places their operations or nationality. People named only by a nickname "
 "('el Gocho', 'Junior', 'Baixinho', 'El Paisa') are optional. 'First \"Nick\" Last' names are canonicalised without the nickname ('Édgar Moreno Lozano'). "
 "Rivers, islands and waterways are places of kind 'other'; prisons and ports are 'facility'. Operations, plans, cases, reports and laws are optional "
 "organisations, as are 'Congress', 'parliament' and 'the government of X'. ALIASES: besides the dev patterns, 'known as \"X\"', 'alias \"X\"', "
 "'nicknamed \"X\"', 'known along the border as', 'which calls itself', 'called \"X\"', 'Name, \"X\"' and a false name used on a passport are nicknames; "
 "'Spanish/Portuguese name (English name)' and 'English name (Spanish name, ACRONYM)' give a translation plus an acronym; 'which prosecutors still call the "
 "Clan del Golfo' is a translation of Gulf Clan. EVENTS: weekday names resolve against the document date (the latest such weekday not after it, or the next "
 "one when the text makes it future: 'is expected to be transferred ... on Wednesday'); 'Thursday and Friday' and 'Between 5 and 9 March 2024' are month "
 "precision; 'that December', 'of that year', 'the following day', 'Two days later', 'later that month' are resolved_from 'context' at the finest grain the "
 "text fixes, and 'N days/weeks later' that may cross a month boundary at year grain; 'early 2015' is YYYY 'season'. Footnote happenings (not citation "
 "dates) are events with in_footnote true. Statistics, 'since' spans, decades ('the early 2010s', 'the late 1990s') and undated restatements are optional. "
 "timeline_pair is the bilateral pair the document's events most concern.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05", "06", "07", "08"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
