#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set G in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set. The structure follows heldout_e/tools/make_gold_a.py.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev/gold.json,
dev2 and heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below and in
../NOTES_a.md. Run it after any edit: it asserts that every evidence string, date_text,
published_evidence and at least one surface form of every entity occurs in its document, and
drops variants that do not occur verbatim.
"""
import json, os, sys

from functools import partial

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))  # the shared builders
from gold_helpers import TITLE_WORDS as BASE_TITLE_WORDS
from gold_helpers import A, C, DOCS, E, L, O, P, ROOT, US, doc as check_doc, text_of  # noqa: F401
from gold_helpers import city, state, fac, reg, oth, infra  # noqa: F401

D = {}
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Opposition Spokesman on Defence Defense Interior Judge District U.S.
Chairwoman Chair Ranking Member Hon. Dr Senior Superintendent Police Deputy Administrator then Madam Mr. Dr. Council Sinaloa
Salvadoran Venezuelan Kenyan Haitian""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set G document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
COL = lambda: C("Colombia")
VEN = lambda: C("Venezuela")
MEX = lambda: C("Mexico")


def checks(file):
    """Extra checks (as in heldout_e make_gold_a): alias entities are annotated, no duplicates per
    area, timeline_pair countries are annotated places, event countries are annotated countries."""
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
    evs = [(e["date"], e["summary"]) for e in d["events"]]
    assert len(evs) == len(set(evs)), (file, "duplicate event")


EXTRA_COUNTRIES = {"Spain"}  # states named only by a demonym, allowed in event countries ('Spanish police' in 04)

# ---------------------------------------------------------------- 01 news-agency wire, Culiacán
F = "01_wire_culiacan_sinaloa_war_2025.txt"
S_WEEKEND = "Fourteen people were killed in and around Culiacán over the weekend, state prosecutors said on Tuesday, as the war between two factions of the Sinaloa Cartel entered its 14th month with no sign of a truce."
S_SUNDAY = "The Sinaloa State Attorney General's Office (Fiscalía General del Estado de Sinaloa, FGE) said nine of the bodies were found on Sunday on a dirt road near Navolato, west of the state capital, some wrapped in blankets with hand-written messages signed \"4.1\", a number associated with Los Chapitos, the faction run by the sons of jailed kingpin Joaquín \"El Chapo\" Guzmán."
S_BEGAN = "The fighting began on Sept. 9, 2024, about six weeks after Ismael \"El Mayo\" Zambada García, the cartel's co-founder, was flown to a private airfield near El Paso, Texas, and arrested alongside Joaquín Guzmán López."
S_IBARRA = "On Monday, federal agents arrested Héctor Manuel Ibarra-Lizárraga, alias \"El Güero Ibarra,\" whom Security Minister Omar García Harfuch described as the head of a La Mayiza cell responsible for at least 30 killings in Culiacán and the town of Eldorado."
S_EXTR = "The same day, Mexico extradited Jorge Armando Loaiza Félix, known as \"El Contador,\" an accused financier of Zambada's faction who is wanted by federal prosecutors in Chicago on money-laundering and fentanyl charges."
S_GDL = "Loaiza Félix was arrested in Guadalajara in March, and a federal judge approved his extradition last month, according to court records seen by Reuters."
S_NORTH = "Mexico has sent dozens of cartel figures north this year under pressure from Washington, including 29 prisoners on Feb. 27 and another 26 in August."
S_MEET = "Sinaloa Governor Rubén Rocha Moya, who has faced criticism over the violence, met García Harfuch and Defense Minister Gen. Ricardo Trevilla Trejo in Culiacán on Oct. 3 to review the deployment of 1,100 additional soldiers."
S_SAT = "In a separate incident on Saturday, soldiers of the Defense Ministry (Sedena) clashed with gunmen in the mountains near Tamazula, in neighboring Durango state, killing five suspected members of Los Chapitos and seizing a .50-caliber rifle, the ministry said."
S_FTO = "The U.S. State Department designated the Sinaloa Cartel a foreign terrorist organization in February, and the Treasury Department sanctioned alleged money launderers for Los Chapitos in June."
doc(F, SRC, "Sinaloa cartel infighting claims 14 more lives as Mexico sends Mayiza financier to U.S.",
    "2025-10-14", "day", "October 14, 2025 6:12 PM CST",
    people=[P("Lizbeth Arce-Moreno", roles=["author"]),
            P("David R. Whitcombe", roles=["author"]),
            P("Rosalind Tey", roles=["editor"]),
            P("Joaquín Guzmán", "Joaquín \"El Chapo\" Guzmán", "El Chapo", country="Mexico", roles=["jailed kingpin", "father of Los Chapitos' leaders"]),
            P("Ismael Zambada García", "Ismael \"El Mayo\" Zambada García", "El Mayo", "Zambada", country="Mexico", roles=["Sinaloa Cartel co-founder"]),
            P("Joaquín Guzmán López", "Guzmán López", country="Mexico", roles=["arrested with Zambada"]),
            P("Iván Archivaldo Guzmán Salazar", country="Mexico", roles=["leader of Los Chapitos"]),
            P("Jesús Alfredo Guzmán Salazar", country="Mexico", roles=["leader of Los Chapitos"]),
            P("Héctor Manuel Ibarra-Lizárraga", "Ibarra-Lizárraga", "El Güero Ibarra", country="Mexico", roles=["head of a La Mayiza cell"]),
            P("Omar García Harfuch", "Security Minister Omar García Harfuch", "García Harfuch", country="Mexico", roles=["Security Minister"]),
            P("Jorge Armando Loaiza Félix", "Loaiza Félix", "El Contador", country="Mexico", roles=["accused financier of La Mayiza"]),
            P("Rubén Rocha Moya", "Sinaloa Governor Rubén Rocha Moya", country="Mexico", roles=["Governor of Sinaloa"]),
            P("Ricardo Trevilla Trejo", "Gen. Ricardo Trevilla Trejo", "Defense Minister Gen. Ricardo Trevilla Trejo", country="Mexico", roles=["Defense Minister"]),
            P("Eduardo M. Quiñónez", roles=["security analyst, Riesgo Norte"])],
    organizations=[O("Reuters", kind="media"),
                   O("Sinaloa Cartel", "Sinaloa cartel", kind="criminal group"),
                   O("Sinaloa State Attorney General's Office", "Fiscalía General del Estado de Sinaloa", "FGE", kind="government body"),
                   O("Los Chapitos", kind="criminal group"),
                   O("La Mayiza", "Mayiza", kind="criminal group"),
                   O("Attorney General's Office", "FGR", kind="government body"),
                   O("U.S. Justice Department", "Justice Department", kind="government body"),
                   O("Defense Ministry", "Sedena", kind="government body"),
                   O("U.S. State Department", "State Department", kind="government body"),
                   O("Treasury Department", kind="government body"),
                   O("Riesgo Norte", kind="company")],
    places=[MEX(), US(),
            city("Culiacán", "Mexico", "CULIACÁN"), state("Sinaloa", "Mexico"), city("Navolato", "Mexico"),
            city("El Paso", "United States"), state("Texas", "United States"), city("Eldorado", "Mexico"),
            city("Mazatlán", "Mexico"), city("Chicago", "United States"), fac("Altiplano", "Mexico"),
            state("State of Mexico", "Mexico"), city("Guadalajara", "Mexico"), city("Mexico City", "Mexico"),
            oth("Tierra Blanca", "Mexico"), city("Tamazula", "Mexico"), state("Durango", "Mexico", "Durango state")],
    aliases=[A("Joaquín Guzmán", "El Chapo", "nickname", "Joaquín \"El Chapo\" Guzmán"),
             A("Ismael Zambada García", "El Mayo", "nickname", "Ismael \"El Mayo\" Zambada García"),
             A("Sinaloa State Attorney General's Office", "Fiscalía General del Estado de Sinaloa", "translation", "Sinaloa State Attorney General's Office (Fiscalía General del Estado de Sinaloa, FGE)"),
             A("Sinaloa State Attorney General's Office", "FGE", "acronym", "Fiscalía General del Estado de Sinaloa, FGE"),
             A("Héctor Manuel Ibarra-Lizárraga", "El Güero Ibarra", "nickname", "Héctor Manuel Ibarra-Lizárraga, alias \"El Güero Ibarra,\""),
             A("Jorge Armando Loaiza Félix", "El Contador", "nickname", "Jorge Armando Loaiza Félix, known as \"El Contador,\""),
             A("Attorney General's Office", "FGR", "acronym", "Attorney General's Office (FGR)"),
             A("Defense Ministry", "Sedena", "acronym", "Defense Ministry (Sedena)")],
    events=[E("2025-10", "month", "over the weekend", "document date", ["Mexico"], "fourteen people killed in and around Culiacán", S_WEEKEND),
            E("2025-10-14", "day", "on Tuesday", "document date", ["Mexico"], "state prosecutors report the weekend killings", S_WEEKEND),
            E("2025-10-12", "day", "on Sunday", "document date", ["Mexico"], "nine bodies found on a dirt road near Navolato", S_SUNDAY),
            E("2024-09-09", "day", "on Sept. 9, 2024", "explicit", ["Mexico"], "fighting between Los Chapitos and La Mayiza begins", S_BEGAN),
            E("2024-07", "month", "about six weeks after", "context", ["United States", "Mexico"], "Zambada flown to an airfield near El Paso and arrested with Joaquín Guzmán López", S_BEGAN),
            E("2025-10-13", "day", "On Monday", "document date", ["Mexico"], "federal agents arrest Ibarra-Lizárraga (El Güero Ibarra)", S_IBARRA),
            E("2025-10-13", "day", "The same day", "context", ["Mexico", "United States"], "Mexico extradites Loaiza Félix (El Contador) to the United States", S_EXTR),
            E("2025-03", "month", "in March", "document date", ["Mexico"], "Loaiza Félix arrested in Guadalajara", S_GDL),
            E("2025-09", "month", "last month", "document date", ["Mexico"], "federal judge approves Loaiza Félix's extradition", S_GDL),
            E("2025-02-27", "day", "on Feb. 27", "document date", ["Mexico", "United States"], "Mexico sends 29 prisoners to the United States", S_NORTH),
            E("2025-08", "month", "in August", "document date", ["Mexico", "United States"], "Mexico sends another 26 prisoners to the United States", S_NORTH),
            E("2025-10-03", "day", "on Oct. 3", "document date", ["Mexico"], "Rocha Moya meets García Harfuch and Trevilla Trejo in Culiacán", S_MEET),
            E("2025-10-11", "day", "on Saturday", "document date", ["Mexico"], "Sedena soldiers clash with gunmen near Tamazula, killing five suspected Chapitos", S_SAT),
            E("2025-02", "month", "in February", "document date", ["United States"], "State Department designates the Sinaloa Cartel a foreign terrorist organization", S_FTO),
            E("2025-06", "month", "in June", "document date", ["United States"], "Treasury sanctions alleged money launderers for Los Chapitos", S_FTO)],
    optional={"people": ["Martha"],
              "organizations": ["state prosecutors", "foreign terrorist organization", "state prosecutors' office"],
              "places": ["Washington", "Altiplano maximum-security prison"],
              "events_evidence": [
                  "Zambada later said in a letter released by his lawyer that Guzmán López had kidnapped him.",
                  "Ibarra-Lizárraga was captured at a ranch outside Mazatlán with two rifles and 40 kilograms of methamphetamine, García Harfuch said.",
                  "He was flown from the Altiplano maximum-security prison in the State of Mexico to Chicago, the Attorney General's Office (FGR) said in a statement.",
                  "A U.S. Justice Department spokesperson declined to comment on Monday's transfer.",
                  "The war has killed more than 1,700 people in Sinaloa since it began, according to a tally by the state prosecutors' office, and has forced schools in Culiacán to close for weeks at a time.",
                  "Residents of Culiacán's Tierra Blanca neighborhood said gunfire had been heard almost every night since early September.",
                  "Security analyst Eduardo M. Quiñónez, of the Mexico City consultancy Riesgo Norte, said the arrests had not changed the balance between the factions."]},
    timeline_pair=("Mexico", "United States"))
checks(F)

# ---------------------------------------------------------------- 02 timeline explainer, Colombia-Venezuela
F = "02_timeline_colombia_venezuela_2015_2025.txt"
S_CLOSE = "President Nicolás Maduro closes the border in Táchira state, blaming Colombian smugglers for an attack on a Venezuelan army patrol."
S_REOPEN16 = "The pedestrian crossings reopen after Maduro meets President Juan Manuel Santos in Puerto Ordaz two days earlier."
S_GUAIDO = "Opposition leader Juan Guaidó tries to bring aid trucks across the bridges from Cúcuta."
S_BREAK = "The same day Maduro breaks diplomatic relations with Colombia and orders Colombian diplomats to leave within 24 hours."
S_SANTRICH = "Seuxis Paucias Hernández Solarte, alias \"Jesús Santrich,\" a former FARC peace negotiator who had returned to arms, is killed in the Serranía del Perijá in Venezuela, according to a statement from his dissident group, the Segunda Marquetalia."
S_LEYVA = "In the first week of President Gustavo Petro's government, Foreign Minister Álvaro Leyva Durán meets his Venezuelan counterpart, Carlos Faría Tortosa, in San Cristóbal, where they agree to restore relations step by step."
S_BENEDETTI = "Armando Benedetti presents his credentials in Caracas as Colombia's ambassador."
S_CARGO = "Petro and Maduro's governments reopen the border to cargo traffic at the Simón Bolívar bridge."
S_MIRA = "Petro meets Maduro at the Miraflores palace in Caracas, the first visit of a Colombian president in six years."
S_TIEND = "The Atanasio Girardot bridge, known as the Tienditas bridge, opens to trucks."
S_SAIME = "The Venezuelan immigration agency, the Servicio Administrativo de Identificación, Migración y Extranjería (SAIME), and Migración Colombia resume consular services in Cúcuta and San Cristóbal."
S_ELEC = "Venezuela holds a presidential election, which the National Electoral Council (CNE) says Maduro won."
S_SWORN = "Maduro is sworn in for a third term."
S_CALL = "After the ELN offensive in Catatumbo, Colombian Defence Minister Iván Velásquez Gómez and his Venezuelan counterpart, Vladimir Padrino López, hold a call on joint patrols along the border."
S_MEMO = "Foreign ministers Rosa Yolanda Villavicencio and Yván Gil Pinto sign a memorandum on a binational economic zone covering Norte de Santander and Táchira."
S_LASTWK = "Petro said the two governments would reopen the vehicle crossing at Paraguachón, in La Guajira, \"before the end of the year.\""
doc(F, SRC, "Timeline: A decade of closed bridges and reopened consulates between Colombia and Venezuela",
    "2025-08-19", "day", "Updated 19 August 2025",
    people=[P("Camila J. Restrepo-Vargas", roles=["author"]),
            P("Nicolás Maduro", "President Nicolás Maduro", "Maduro", country="Venezuela", roles=["President"]),
            P("Juan Manuel Santos", "President Juan Manuel Santos", country="Colombia", roles=["President"]),
            P("Juan Guaidó", "Opposition leader Juan Guaidó", country="Venezuela", roles=["opposition leader"]),
            P("Seuxis Paucias Hernández Solarte", "Jesús Santrich", country="Colombia", roles=["former FARC peace negotiator", "Segunda Marquetalia"]),
            P("Gustavo Petro", "President Gustavo Petro", "Petro", country="Colombia", roles=["President"]),
            P("Álvaro Leyva Durán", "Foreign Minister Álvaro Leyva Durán", country="Colombia", roles=["Foreign Minister"]),
            P("Carlos Faría Tortosa", country="Venezuela", roles=["Foreign Minister"]),
            P("Armando Benedetti", country="Colombia", roles=["ambassador to Venezuela"]),
            P("Félix Plasencia", country="Venezuela", roles=["former foreign minister", "envoy to Colombia"]),
            P("Iván Velásquez Gómez", "Colombian Defence Minister Iván Velásquez Gómez", country="Colombia", roles=["Defence Minister"]),
            P("Vladimir Padrino López", country="Venezuela", roles=["Defence Minister"]),
            P("Rosa Yolanda Villavicencio", country="Colombia", roles=["Foreign Minister"]),
            P("Yván Gil Pinto", country="Venezuela", roles=["Foreign Minister"]),
            P("Ronal F. Castillo-Ariza", "Dr. Ronal F. Castillo-Ariza", roles=["researcher, Universidad Francisco de Paula Santander"])],
    organizations=[O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("FARC", kind="armed group"),
                   O("Segunda Marquetalia", kind="armed group"),
                   O("Servicio Administrativo de Identificación, Migración y Extranjería", "SAIME", kind="government body"),
                   O("Migración Colombia", kind="government body"),
                   O("National Electoral Council", "CNE", kind="government body"),
                   O("Universidad Francisco de Paula Santander", kind="other")],
    places=[COL(), VEN(),
            reg("Guajira peninsula", None), reg("Amazon", None), city("Cúcuta", "Colombia"),
            city("San Antonio del Táchira", "Venezuela"), state("Táchira", "Venezuela", "Táchira state"),
            oth("Táchira River", None), city("Puerto Ordaz", "Venezuela"),
            infra("Simón Bolívar International Bridge", None, "Simón Bolívar bridge"),
            city("Bogotá", "Colombia"), reg("Serranía del Perijá", None), city("San Cristóbal", "Venezuela"),
            city("Caracas", "Venezuela"), fac("Miraflores palace", "Venezuela"),
            infra("Atanasio Girardot bridge", None, "Tienditas bridge"),
            reg("Catatumbo", "Colombia"), state("Zulia", "Venezuela", "Zulia state"),
            state("Norte de Santander", "Colombia"), city("Paraguachón", "Colombia"), state("La Guajira", "Colombia")],
    aliases=[A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "Ejército de Liberación Nacional, ELN"),
             A("Seuxis Paucias Hernández Solarte", "Jesús Santrich", "nickname", "Seuxis Paucias Hernández Solarte, alias \"Jesús Santrich,\""),
             A("Atanasio Girardot bridge", "Tienditas bridge", "nickname", "The Atanasio Girardot bridge, known as the Tienditas bridge"),
             A("Servicio Administrativo de Identificación, Migración y Extranjería", "SAIME", "acronym", "Servicio Administrativo de Identificación, Migración y Extranjería (SAIME)"),
             A("National Electoral Council", "CNE", "acronym", "National Electoral Council (CNE)")],
    events=[E("2015-08-19", "day", "19 August 2015", "explicit", ["Venezuela", "Colombia"], "Maduro closes the border in Táchira state", S_CLOSE),
            E("2016-08-13", "day", "13 August 2016", "explicit", ["Venezuela", "Colombia"], "pedestrian border crossings reopen", S_REOPEN16),
            E("2016-08-11", "day", "two days earlier", "context", ["Venezuela", "Colombia"], "Maduro meets Santos in Puerto Ordaz", S_REOPEN16),
            E("2019-02-23", "day", "23 February 2019", "explicit", ["Venezuela", "Colombia"], "Guaidó tries to bring aid trucks across the bridges from Cúcuta", S_GUAIDO),
            E("2019-02-23", "day", "The same day", "context", ["Venezuela", "Colombia"], "Maduro breaks diplomatic relations with Colombia and expels its diplomats", S_BREAK),
            E("2021-05-17", "day", "17 May 2021", "explicit", ["Venezuela"], "Jesús Santrich killed in the Serranía del Perijá", S_SANTRICH),
            E("2022-08-11", "day", "11 August 2022", "explicit", ["Colombia", "Venezuela"], "Leyva meets Faría in San Cristóbal", S_LEYVA),
            E("2022-08-11", "day", "11 August 2022", "explicit", ["Colombia", "Venezuela"], "foreign ministers agree to restore relations step by step", S_LEYVA),
            E("2022-08-29", "day", "29 August 2022", "explicit", ["Colombia", "Venezuela"], "Benedetti presents credentials in Caracas as Colombia's ambassador", S_BENEDETTI),
            E("2022-09-26", "day", "26 September 2022", "explicit", ["Colombia", "Venezuela"], "border reopens to cargo traffic at the Simón Bolívar bridge", S_CARGO),
            E("2022-11-01", "day", "1 November 2022", "explicit", ["Colombia", "Venezuela"], "Petro meets Maduro at Miraflores in Caracas", S_MIRA),
            E("2023-01-01", "day", "1 January 2023", "explicit", ["Colombia", "Venezuela"], "Atanasio Girardot (Tienditas) bridge opens to trucks", S_TIEND),
            E("2023-02", "month", "February 2023", "explicit", ["Venezuela", "Colombia"], "SAIME and Migración Colombia resume consular services", S_SAIME),
            E("2024-07-28", "day", "28 July 2024", "explicit", ["Venezuela"], "Venezuela holds a presidential election; CNE says Maduro won", S_ELEC),
            E("2025-01-10", "day", "10 January 2025", "explicit", ["Venezuela"], "Maduro sworn in for a third term", S_SWORN),
            E("2025-01-24", "day", "24 January 2025", "explicit", ["Colombia", "Venezuela"], "Velásquez and Padrino López hold a call on joint border patrols", S_CALL),
            E("2025-07-12", "day", "12 July 2025", "explicit", ["Colombia", "Venezuela"], "Villavicencio and Gil sign a memorandum on a binational economic zone", S_MEMO),
            E("2025-08", "month", "Last week", "document date", ["Colombia", "Venezuela"], "Petro says the Paraguachón vehicle crossing will reopen", S_LASTWK)],
    optional={"organizations": ["Venezuelan immigration agency", "Maduro's governments", "Venezuelan army", "President Gustavo Petro's government"],
              "events_evidence": [
                  "For most of the last ten years, the official crossings between Cúcuta and San Antonio del Táchira were closed, and traffic moved along informal trails known as trochas, many of them controlled by the National Liberation Army (Ejército de Liberación Nacional, ELN) and by former FARC fighters.",
                  "Here are the key moments in the relationship since 2015.",
                  "Thousands of Colombian families living on the Venezuelan side cross back over the Táchira River with their belongings.",
                  "Venezuelans queue at the Simón Bolívar International Bridge to buy food and medicine in Cúcuta.",
                  "Consulates on both sides close.",
                  "Former foreign minister Félix Plasencia becomes Venezuela's envoy in Bogotá.",
                  "Petro attends the ceremony in Cúcuta; Maduro stays in Caracas.",
                  "It had stood unused since its construction was completed.",
                  "Bogotá asks for the tally sheets to be published and never recognises the result.",
                  "Venezuela closes the Táchira crossings for 72 hours, and Petro does not attend the ceremony.",
                  "Both sides say Colombians displaced by the fighting are sheltering in Zulia state."]},
    timeline_pair=("Colombia", "Venezuela"))
checks(F)

# ---------------------------------------------------------------- 03 UN Security Council press statement, Haiti
F = "03_unsc_press_statement_haiti_2025.txt"
S_ISSUED = "The following Security Council press statement was issued today by Council President Eloy Alfaro de Alba (Panama):"
S_MIRE = "The members of the Security Council condemned the attack of 31 March 2025 on the town of Mirebalais, during which gang members freed more than 500 inmates from the civil prison and killed at least 15 people, and the attacks on Kenscoff and Furcy since January."
S_PONT = "They recalled the massacre in Pont-Sondé, in the Artibonite department, on 3 October 2024, in which members of the Gran Grif gang killed at least 115 people, and the killings in the Wharf Jérémie neighbourhood of Cité Soleil in December 2024."
S_LIST = "The members of the Security Council welcomed the decision of the Security Council Committee established pursuant to resolution 2653 (2022) concerning Haiti, on 8 August 2025, to add Viv Ansanm and Gran Grif, as well as two individuals, Wilkenson Jean-Baptiste Pierre-Louis and Luckson Elan, to its sanctions list."
S_BBQ = "The members of the Security Council recalled that Jimmy Chérizier, known as \"Barbecue,\" was listed by the Committee on 21 October 2022 under resolution 2653 (2022), and that he announced the formation of Viv Ansanm in September 2023."
S_MSS = "The members of the Security Council reiterated their full support for the Multinational Security Support (MSS) mission, led by Kenya and authorized by resolution 2699 (2023) on 2 October 2023."
S_ARR = "They noted that the first Kenyan police officers arrived in Port-au-Prince on 25 June 2024 and that personnel from Jamaica, Guatemala, El Salvador and the Bahamas have since joined them."
S_KEN = "They paid tribute to the Kenyan officer killed in an ambush near Pont-Sondé in February 2025 and to the members of the Haitian National Police (HNP) who have lost their lives."
S_SG = "The members of the Security Council took note of the letter sent by the Secretary-General, António Guterres, last month, which set out options for a United Nations support office for the MSS, and looked forward to the Council's consultations on the matter next week."
S_NAI = "They welcomed the meeting held in Nairobi on 30 July 2025 between Kenya's President William Ruto and Haiti's Prime Minister Alix Didier Fils-Aimé."
doc(F, SRC, "Security Council Press Statement on Haiti", "2025-08-15", "day", "15 August 2025",
    people=[P("Eloy Alfaro de Alba", "Council President Eloy Alfaro de Alba", country="Panama", roles=["Security Council President"]),
            P("Wilkenson Jean-Baptiste Pierre-Louis", "PIERRE-LOUIS", "Ti Makak", "Wilki", country="Haiti", roles=["leader of the Chen Mechan gang", "founding member of Viv Ansanm"]),
            P("Luckson Elan", "General Luckson", country="Haiti", roles=["leader of Gran Grif"]),
            P("Jimmy Chérizier", "Barbecue", country="Haiti", roles=["Viv Ansanm founder"]),
            P("António Guterres", roles=["UN Secretary-General"]),
            P("William Ruto", "President William Ruto", country="Kenya", roles=["President"]),
            P("Alix Didier Fils-Aimé", "Prime Minister Alix Didier Fils-Aimé", country="Haiti", roles=["Prime Minister"])],
    organizations=[O("Security Council", kind="international organization"),
                   O("Security Council Committee established pursuant to resolution 2653 (2022)", "Committee", kind="international organization"),
                   O("Viv Ansanm", "VIV ANSANM", "Living Together", "Vivre Ensemble", kind="criminal group"),
                   O("Gran Grif", kind="criminal group"),
                   O("Chen Mechan", kind="criminal group"),
                   O("Multinational Security Support", "MSS", kind="international mission"),
                   O("Haitian National Police", "HNP", kind="security force"),
                   O("United Nations", kind="international organization"),
                   O("Transitional Presidential Council", "Conseil présidentiel de transition", "CPT", kind="government body"),
                   O("International Organization for Migration", "IOM", kind="international organization")],
    places=[C("Haiti"), C("Panama"), C("Kenya"), C("Jamaica"), C("Guatemala"), C("El Salvador"), C("Bahamas"),
            state("Ouest", "Haiti"), state("Centre", "Haiti"), city("Mirebalais", "Haiti"), city("Kenscoff", "Haiti"),
            city("Furcy", "Haiti"), city("Pont-Sondé", "Haiti"), state("Artibonite", "Haiti", "Artibonite department"),
            oth("Wharf Jérémie", "Haiti"), city("Cité Soleil", "Haiti"), city("Port-au-Prince", "Haiti"),
            city("Croix-des-Bouquets", "Haiti"), oth("Canaan", "Haiti"), city("Savien", "Haiti"),
            city("Nairobi", "Kenya"), state("Florida", "United States")],
    aliases=[A("Viv Ansanm", "Living Together", "translation", "Viv Ansanm (\"Living Together\")"),
             A("Viv Ansanm", "Vivre Ensemble", "translation", "A.k.a.: a) \"Living Together\" b) \"Vivre Ensemble\""),
             A("Wilkenson Jean-Baptiste Pierre-Louis", "Ti Makak", "nickname", "A.k.a.: a) \"Ti Makak\" b) \"Wilki\""),
             A("Wilkenson Jean-Baptiste Pierre-Louis", "Wilki", "nickname", "A.k.a.: a) \"Ti Makak\" b) \"Wilki\""),
             A("Luckson Elan", "General Luckson", "nickname", "A.k.a.: \"General Luckson\""),
             A("Jimmy Chérizier", "Barbecue", "nickname", "Jimmy Chérizier, known as \"Barbecue,\""),
             A("Multinational Security Support", "MSS", "acronym", "Multinational Security Support (MSS)"),
             A("Haitian National Police", "HNP", "acronym", "Haitian National Police (HNP)"),
             A("Transitional Presidential Council", "Conseil présidentiel de transition", "translation", "Transitional Presidential Council (Conseil présidentiel de transition, CPT)"),
             A("Transitional Presidential Council", "CPT", "acronym", "Conseil présidentiel de transition, CPT"),
             A("International Organization for Migration", "IOM", "acronym", "International Organization for Migration (IOM)")],
    events=[E("2025-08-15", "day", "today", "document date", ["Haiti"], "Security Council issues press statement on Haiti", S_ISSUED),
            E("2025-03-31", "day", "31 March 2025", "explicit", ["Haiti"], "gang attack on Mirebalais frees more than 500 inmates and kills at least 15", S_MIRE),
            E("2024-10-03", "day", "on 3 October 2024", "explicit", ["Haiti"], "Gran Grif massacre in Pont-Sondé kills at least 115", S_PONT),
            E("2024-12", "month", "in December 2024", "explicit", ["Haiti"], "killings in Wharf Jérémie, Cité Soleil", S_PONT),
            E("2025-08-08", "day", "on 8 August 2025", "explicit", ["Haiti"], "2653 Committee adds Viv Ansanm, Gran Grif, Pierre-Louis and Elan to its sanctions list", S_LIST),
            E("2022-10-21", "day", "on 21 October 2022", "explicit", ["Haiti"], "Chérizier (Barbecue) listed by the 2653 Committee", S_BBQ),
            E("2023-09", "month", "in September 2023", "explicit", ["Haiti"], "Chérizier announces the formation of Viv Ansanm", S_BBQ),
            E("2023-10-02", "day", "on 2 October 2023", "explicit", ["Kenya", "Haiti"], "resolution 2699 authorizes the Kenyan-led MSS mission", S_MSS),
            E("2024-06-25", "day", "on 25 June 2024", "explicit", ["Kenya", "Haiti"], "first Kenyan police officers arrive in Port-au-Prince", S_ARR),
            E("2025-02", "month", "in February 2025", "explicit", ["Kenya", "Haiti"], "Kenyan officer killed in an ambush near Pont-Sondé", S_KEN),
            E("2025-07", "month", "last month", "document date", ["Haiti"], "Secretary-General sends letter with options for a UN support office for the MSS", S_SG),
            E("2025-08", "month", "next week", "document date", ["Haiti"], "Security Council consultations on a UN support office (scheduled)", S_SG),
            E("2025-07-30", "day", "on 30 July 2025", "explicit", ["Kenya", "Haiti"], "Ruto meets Fils-Aimé in Nairobi", S_NAI)],
    optional={"organizations": ["Council", "Member States", "resolution 2653 (2022)", "resolution 2699 (2023)", "Centre departments"],
              "places": ["civil prison", "Ouest and Centre departments"],
              "events_evidence": [
                  "HTe.002 Name: VIV ANSANM A.k.a.: a) \"Living Together\" b) \"Vivre Ensemble\" Address: Port-au-Prince, Haiti. Listed on: 8 Aug. 2025.",
                  "Listed on: 8 Aug. 2025.",
                  "The members of the Security Council urged all Member States to implement the arms embargo, including by preventing the illicit transfer of weapons from ports in Florida, and called on the Transitional Presidential Council (Conseil présidentiel de transition, CPT) to create the security conditions needed for elections.",
                  "The members of the Security Council expressed concern at reports by the International Organization for Migration (IOM) that more than 1.3 million people are now displaced in Haiti."]},
    timeline_pair=("Haiti", "Kenya"))
checks(F)

# ---------------------------------------------------------------- 04 criminal profile, Los Lobos (Ecuador)
F = "04_profile_los_lobos_ecuador_2025.txt"
S_RAS = "The split came after Jorge Luis Zambrano, alias \"Rasquiña,\" the leader of Los Choneros, was shot dead in a cafeteria in Manta on 28 December 2020."
S_FEB21 = "On 23 February 2021, the alliance carried out coordinated massacres in three prisons, killing 79 inmates."
S_SEP21 = "The Penitentiary of the Litoral in Guayaquil became the main battleground: 119 prisoners died there on 28 September 2021."
S_NOBOA = "After President Daniel Noboa declared an \"internal armed conflict\" on 9 January 2024, Los Lobos were named among 22 terrorist groups."
S_OFAC = "The US Treasury Department's Office of Foreign Assets Control (OFAC) sanctioned the group and its leader on 20 June 2024, and the State Department designated Los Lobos and Los Choneros as Foreign Terrorist Organizations on 4 September 2025."
S_PIPO = "The group's top leader is Wilmer Geovanny Chavarría Barré, alias \"Pipo,\" who ran Los Lobos from abroad after faking his death in 2021."
S_MALAGA = "Spanish police arrested him in Málaga in November 2024, and he was extradited to Ecuador the following month, according to Ecuador's Attorney General's Office (Fiscalía General del Estado)."
S_COLON = "His deputy in Ecuador, Fabricio Colón Pico, known as \"El Salvaje,\" escaped from a prison in Riobamba on 10 January 2024, a day after his arrest for allegedly plotting to kill Attorney General Diana Salazar."
S_RECAP = "He was recaptured in Colombia last year and is held in the La Roca maximum-security prison in Guayaquil."
S_PB = "On 7 March, police seized 2.2 tons of cocaine hidden in a banana shipment in Puerto Bolívar that prosecutors linked to the group."
S_TURI = "The two groups fought in the Turi prison in Cuenca in April 2022, when 20 inmates were killed."
S_TRUCE = "Last month, the National Police (Policía Nacional) said Los Lobos and Los Choneros had agreed a truce in the prisons of Guayas, but killings in the streets of Guayaquil continued."
S_MON = "On Monday, four men were shot dead in a billiard hall in the Socio Vivienda neighbourhood, an attack police attributed to the group."
doc(F, SRC, "Los Lobos", "2025-09-12", "day", "12 Sep 2025",
    people=[P("Tomás E. Urquizo-Lara", roles=["author"]),
            P("Jorge Luis Zambrano", "Rasquiña", country="Ecuador", roles=["leader of Los Choneros"]),
            P("Daniel Noboa", "President Daniel Noboa", country="Ecuador", roles=["President"]),
            P("Wilmer Geovanny Chavarría Barré", "Pipo", country="Ecuador", roles=["top leader of Los Lobos"]),
            P("Fabricio Colón Pico", "El Salvaje", country="Ecuador", roles=["deputy leader of Los Lobos"]),
            P("Diana Salazar", "Attorney General Diana Salazar", country="Ecuador", roles=["Attorney General"]),
            P("Carlos Andrés Mendoza Zambrano", "Chino", country="Ecuador", roles=["collects extortion from gold miners for Los Lobos"])],
    organizations=[O("Los Lobos", kind="criminal group"),
                   O("Los Choneros", "Choneros", kind="criminal group"),
                   O("Nueva Generación", kind="criminal group"),
                   O("US Treasury Department", "Treasury Department", kind="government body"),
                   O("Office of Foreign Assets Control", "OFAC", kind="government body"),
                   O("State Department", kind="government body"),
                   O("Attorney General's Office", "Fiscalía General del Estado", kind="government body"),
                   O("Jalisco Cartel New Generation", "Cártel de Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Comandos de la Frontera", kind="armed group"),
                   O("FARC", kind="armed group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Los Tiguerones", kind="criminal group"),
                   O("National Police", "Policía Nacional", kind="security force")],
    places=[C("Ecuador"), US(), MEX(), COL(), C("Peru"),
            city("Guayaquil", "Ecuador"), city("Cuenca", "Ecuador"), city("Manta", "Ecuador"),
            fac("Penitentiary of the Litoral", "Ecuador"), city("Málaga", "Spain"), city("Riobamba", "Ecuador"),
            fac("La Roca", "Ecuador"), state("Azuay", "Ecuador"), state("El Oro", "Ecuador"), state("Los Ríos", "Ecuador"),
            state("Zamora Chinchipe", "Ecuador"), city("Camilo Ponce Enríquez", "Ecuador"), city("Machala", "Ecuador"),
            city("Huaquillas", "Ecuador"), city("Esmeraldas", "Ecuador"), fac("Puerto Bolívar", "Ecuador"),
            city("Antwerp", "Belgium"), city("Rotterdam", "Netherlands"), state("Putumayo", "Colombia", "Putumayo department"),
            fac("Turi prison", "Ecuador", "Turi"), state("Guayas", "Ecuador"), oth("Socio Vivienda", "Ecuador")],
    aliases=[A("Jorge Luis Zambrano", "Rasquiña", "nickname", "Jorge Luis Zambrano, alias \"Rasquiña,\""),
             A("Wilmer Geovanny Chavarría Barré", "Pipo", "nickname", "Wilmer Geovanny Chavarría Barré, alias \"Pipo,\""),
             A("Fabricio Colón Pico", "El Salvaje", "nickname", "Fabricio Colón Pico, known as \"El Salvaje,\""),
             A("Carlos Andrés Mendoza Zambrano", "Chino", "nickname", "Carlos Andrés Mendoza Zambrano, a.k.a. \"Chino,\""),
             A("Office of Foreign Assets Control", "OFAC", "acronym", "Office of Foreign Assets Control (OFAC)"),
             A("Attorney General's Office", "Fiscalía General del Estado", "translation", "Attorney General's Office (Fiscalía General del Estado)"),
             A("Jalisco Cartel New Generation", "Cártel de Jalisco Nueva Generación", "translation", "Jalisco Cartel New Generation (Cártel de Jalisco Nueva Generación, CJNG)"),
             A("Jalisco Cartel New Generation", "CJNG", "acronym", "Cártel de Jalisco Nueva Generación, CJNG"),
             A("National Police", "Policía Nacional", "translation", "National Police (Policía Nacional)")],
    events=[E("2020-12-28", "day", "on 28 December 2020", "explicit", ["Ecuador"], "Rasquiña, leader of Los Choneros, shot dead in Manta", S_RAS),
            E("2021-02-23", "day", "On 23 February 2021", "explicit", ["Ecuador"], "Nueva Generación alliance carries out massacres in three prisons, 79 dead", S_FEB21),
            E("2021-09-28", "day", "on 28 September 2021", "explicit", ["Ecuador"], "119 prisoners die in the Penitentiary of the Litoral", S_SEP21),
            E("2024-01-09", "day", "on 9 January 2024", "explicit", ["Ecuador"], "Noboa declares an internal armed conflict; Los Lobos named a terrorist group", S_NOBOA),
            E("2024-06-20", "day", "on 20 June 2024", "explicit", ["United States", "Ecuador"], "OFAC sanctions Los Lobos and its leader", S_OFAC),
            E("2025-09-04", "day", "on 4 September 2025", "explicit", ["United States", "Ecuador"], "State Department designates Los Lobos and Los Choneros Foreign Terrorist Organizations", S_OFAC),
            E("2021", "year", "in 2021", "explicit", ["Ecuador"], "Pipo fakes his death", S_PIPO),
            E("2024-11", "month", "in November 2024", "explicit", ["Spain", "Ecuador"], "Spanish police arrest Pipo in Málaga", S_MALAGA),
            E("2024-12", "month", "the following month", "context", ["Spain", "Ecuador"], "Pipo extradited to Ecuador", S_MALAGA),
            E("2024-01-10", "day", "on 10 January 2024", "explicit", ["Ecuador"], "Colón Pico escapes from a prison in Riobamba", S_COLON),
            E("2024-01-09", "day", "a day after his arrest", "context", ["Ecuador"], "Colón Pico arrested for allegedly plotting to kill Diana Salazar", S_COLON),
            E("2024", "year", "last year", "document date", ["Colombia", "Ecuador"], "Colón Pico recaptured in Colombia", S_RECAP),
            E("2025-03-07", "day", "On 7 March", "document date", ["Ecuador"], "police seize 2.2 tons of cocaine in a banana shipment in Puerto Bolívar", S_PB),
            E("2022-04", "month", "in April 2022", "explicit", ["Ecuador"], "Los Lobos and Los Choneros fight in Turi prison, 20 inmates killed", S_TURI),
            E("2025-08", "month", "Last month", "document date", ["Ecuador"], "National Police say Los Lobos and Los Choneros agreed a prison truce in Guayas", S_TRUCE),
            E("2025-09-08", "day", "On Monday", "document date", ["Ecuador"], "four men shot dead in a billiard hall in Socio Vivienda", S_MON)],
    optional={"organizations": ["Spanish police", "Foreign Terrorist Organizations", "police"],
              "places": ["Colombian border", "Pacific ports", "Litoral"],
              "events_evidence": [
                  "Los Lobos emerged in the early 2010s as a cell of Los Choneros in the prisons of Guayaquil and Cuenca.",
                  "With other Choneros factions, Los Lobos formed an alliance known as the Nueva Generación and went to war for control of the prisons.",
                  "Los Lobos were blamed for many of the killings."]},
    timeline_pair=("Ecuador",))
checks(F)

# ---------------------------------------------------------------- 05 podcast transcript, Salvadoran journalist on CECOT
F = "05_podcast_salvadoran_journalist_cecot_2025.txt"
S_M15 = "On March 15, the US government flew 238 Venezuelan men to El Salvador and they were taken straight to the Terrorism Confinement Center, the CECOT."
S_BOAS = "A federal judge in Washington, James E. Boasberg, had ordered the planes to turn around that same evening, but they landed anyway."
S_VID = "Families in Venezuela recognised their sons in the videos that President Nayib Bukele posted the next morning."
S_SCOTUS = "The Supreme Court said on April 10 that Washington must \"facilitate\" his return."
S_OVAL = "Four days later, Bukele sat in the Oval Office with President Trump and said he would not send Abrego Garcia back."
S_OPEN = "Bukele opened it in Tecoluca, in San Vicente department, in January 2023."
S_FIRST = "The first 2,000 prisoners arrived on February 24 that year."
S_SOE = "It was built for the state of exception, which the Legislative Assembly approved on March 27, 2022, after the Mara Salvatrucha, or MS-13, killed 62 people in a single weekend."
S_RUBIO = "Secretary of State Marco Rubio visited Bukele at his lake house in early February and came back with an offer to take deportees of any nationality."
S_CROOK = "In 2021 a senior MS-13 leader, Elmer Canales Rivera, alias \"Crook,\" was let out of a Salvadoran prison, and he was later arrested in Mexico and handed to the United States in November 2023."
S_TREAS = "The Treasury Department had sanctioned two of Bukele's officials, Osiris Luna Meza and Carlos Amílcar Marroquín, in December 2021 for negotiating with the gangs."
S_HON = "Honduras declared its own state of exception in December 2022, and after the massacre in the women's prison in Támara on June 20, 2023, where 46 women died, Castro gave the prisons to the Military Police of Public Order (PMOP)."
S_HC = "Lawyers from the human rights group Cristosal filed a habeas corpus petition on Thursday at the Supreme Court of Justice in San Salvador, and we are waiting for an answer."
doc(F, SRC, "Borderlines Podcast, Episode 87: Inside the CECOT deportations, with Óscar Villalobos-Rivas",
    "2025-04-22", "day", "By Rebecca L. Thornton | 22 Apr 2025",
    people=[P("Rebecca L. Thornton", "Rebecca Thornton", "REBECCA THORNTON", "THORNTON", "Rebecca", roles=["podcast host", "author"]),
            P("Óscar Ernesto Villalobos-Rivas", "Óscar Villalobos-Rivas", "ÓSCAR VILLALOBOS-RIVAS", "VILLALOBOS-RIVAS", "Óscar", country="El Salvador", roles=["journalist, Revista Faro"]),
            P("James E. Boasberg", country="United States", roles=["federal judge"]),
            P("Nayib Bukele", "President Nayib Bukele", "Bukele", country="El Salvador", roles=["President"]),
            P("Kilmar Armando Abrego Garcia", "Abrego Garcia", country="El Salvador", roles=["deportee"]),
            P("Trump", "President Trump", country="United States", roles=["President"]),
            P("Marco Rubio", "Secretary of State Marco Rubio", country="United States", roles=["Secretary of State"]),
            P("Elmer Canales Rivera", "Crook", country="El Salvador", roles=["senior MS-13 leader"]),
            P("Osiris Luna Meza", country="El Salvador", roles=["Bukele government official"]),
            P("Carlos Amílcar Marroquín", country="El Salvador", roles=["Bukele government official"]),
            P("Xiomara Castro", "Castro", country="Honduras", roles=["President"])],
    organizations=[O("Borderlines", kind="media"),
                   O("El Diario de Hoy", kind="media"),
                   O("Revista Faro", kind="media"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Supreme Court", kind="government body"),
                   O("Mara Salvatrucha", "MS-13", kind="criminal group"),
                   O("Treasury Department", kind="government body"),
                   O("Military Police of Public Order", "PMOP", kind="security force"),
                   O("Barrio 18", kind="criminal group"),
                   O("International Committee of the Red Cross", "ICRC", kind="international organization"),
                   O("Cristosal", kind="nonprofit"),
                   O("Supreme Court of Justice", kind="government body")],
    places=[C("El Salvador"), US(), VEN(), C("Honduras"), MEX(),
            reg("Central America", None), fac("Terrorism Confinement Center", "El Salvador", "CECOT"),
            city("Washington", "United States"), state("Maryland", "United States"),
            city("Tecoluca", "El Salvador"), state("San Vicente", "El Salvador", "San Vicente department"),
            city("Támara", "Honduras"), city("San Pedro Sula", "Honduras"), city("Tegucigalpa", "Honduras"),
            city("San Salvador", "El Salvador")],
    aliases=[A("Terrorism Confinement Center", "CECOT", "acronym", "Terrorism Confinement Center, the CECOT"),
             A("Mara Salvatrucha", "MS-13", "acronym", "the Mara Salvatrucha, or MS-13"),
             A("Elmer Canales Rivera", "Crook", "nickname", "Elmer Canales Rivera, alias \"Crook,\""),
             A("Military Police of Public Order", "PMOP", "acronym", "Military Police of Public Order (PMOP)"),
             A("International Committee of the Red Cross", "ICRC", "acronym", "International Committee of the Red Cross (ICRC)")],
    events=[E("2025-03-15", "day", "On March 15", "document date", ["United States", "El Salvador", "Venezuela"], "US flies 238 Venezuelan men to El Salvador's CECOT", S_M15),
            E("2025-03-15", "day", "that same evening", "context", ["United States"], "Judge Boasberg orders the deportation planes to turn around", S_BOAS),
            E("2025-03-16", "day", "the next morning", "context", ["El Salvador"], "Bukele posts videos of the deportees", S_VID),
            E("2025-04-10", "day", "on April 10", "document date", ["United States", "El Salvador"], "Supreme Court says Washington must facilitate Abrego Garcia's return", S_SCOTUS),
            E("2025-04-14", "day", "Four days later", "context", ["El Salvador", "United States"], "Bukele meets Trump in the Oval Office and refuses to return Abrego Garcia", S_OVAL),
            E("2023-01", "month", "in January 2023", "explicit", ["El Salvador"], "Bukele opens CECOT in Tecoluca", S_OPEN),
            E("2023-02-24", "day", "on February 24 that year", "context", ["El Salvador"], "first 2,000 prisoners arrive at CECOT", S_FIRST),
            E("2022-03-27", "day", "on March 27, 2022", "explicit", ["El Salvador"], "Legislative Assembly approves the state of exception", S_SOE),
            E("2022-03", "month", "on March 27, 2022", "context", ["El Salvador"], "MS-13 kills 62 people in a single weekend", S_SOE),
            E("2025-02", "month", "in early February", "document date", ["United States", "El Salvador"], "Rubio visits Bukele; El Salvador offers to take deportees of any nationality", S_RUBIO),
            E("2021", "year", "In 2021", "explicit", ["El Salvador"], "Crook let out of a Salvadoran prison", S_CROOK),
            E("2023-11", "month", "in November 2023", "explicit", ["Mexico", "United States"], "Crook arrested in Mexico and handed to the United States", S_CROOK),
            E("2021-12", "month", "in December 2021", "explicit", ["United States", "El Salvador"], "Treasury sanctions Osiris Luna Meza and Carlos Marroquín for negotiating with gangs", S_TREAS),
            E("2022-12", "month", "in December 2022", "explicit", ["Honduras"], "Honduras declares a state of exception", S_HON),
            E("2023-06-20", "day", "on June 20, 2023", "explicit", ["Honduras"], "massacre in the women's prison in Támara, 46 dead", S_HON),
            E("2023", "year", "after the massacre", "context", ["Honduras"], "Castro hands the prisons to the PMOP", S_HON),
            E("2025-04-17", "day", "on Thursday", "document date", ["El Salvador"], "Cristosal files a habeas corpus petition at the Supreme Court of Justice", S_HC)],
    optional={"organizations": ["US government", "Legislative Assembly", "Alien Enemies Act"],
              "places": ["Oval Office", "women's prison in Támara", "Salvadoran prison"],
              "events_evidence": [
                  "Washington said they were members of the Tren de Aragua and used the Alien Enemies Act, a law from 1798.",
                  "Since then more than 85,000 people have been arrested.",
                  "The International Committee of the Red Cross (ICRC) has asked for access.",
                  "Yes, Kilmar Armando Abrego Garcia, a man from Maryland who the US government admitted was deported by an \"administrative error.\""]},
    timeline_pair=("United States", "El Salvador"))
checks(F)

NOTES = (
 "Held-out set G, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes, dev2 and heldout_e notes; the texts were written for this set and annotated by "
 "reading alone (crimecli was never run on them). Additions and decisions: PUBLISHED is the document's own date line (the wire's 'October 14, 2025 "
 "6:12 PM CST' line, not the year-less dateline 'Oct 14'; 'Updated 19 August 2025'; the UN release date '15 August 2025'; the profile's date under "
 "the title '12 Sep 2025'; the podcast byline 'By Rebecca L. Thornton | 22 Apr 2025'). ENTITIES: bylined authors, the wire's editor and the podcast "
 "host are people without country; analysts and researchers (Quiñónez, Castillo-Ariza) and the UN Secretary-General have country null; podcast "
 "speaker labels in caps ('ÓSCAR VILLALOBOS-RIVAS', 'THORNTON') are variants; a first-name-only person ('Martha') is optional; 'First \"Nick\" "
 "Last' keeps the canonical form without the nickname ('Joaquín Guzmán', 'Ismael Zambada García'); a president named only by surname ('President "
 "Trump') has canonical name 'Trump'. A UN sanctions entry's split name ('1: WILKENSON 2: JEAN-BAPTISTE 3: PIERRE-LOUIS') is not a surface form; "
 "the person's canonical name is the prose form in the statement, and 'PIERRE-LOUIS' is a variant. Prisons (Altiplano, CECOT, La Roca, Turi prison, "
 "Penitentiary of the Litoral), a named port (Puerto Bolívar) and the Miraflores palace are 'facility'; CECOT is a place (facility), not an "
 "organisation. Neighbourhoods (Tierra Blanca, Wharf Jérémie, Socio Vivienda, Canaan) are 'other'; Cité Soleil (a commune) is 'city or town'; "
 "Haitian, Ecuadorian and Salvadoran departments/provinces are 'state or department'; border bridges (Simón Bolívar, Atanasio Girardot) are "
 "'border crossing or infrastructure' with country null; Paraguachón (a border town) is 'city or town'; cross-border features (Guajira peninsula, "
 "Amazon, Serranía del Perijá, Táchira River) have country null. Courts are 'government body'; a university is 'other'; the Security Council and "
 "its 2653 Committee are 'international organization'; the MSS is 'international mission'. Optional: legislatures, 'Member States', resolutions, "
 "laws (Alien Enemies Act), 'Foreign Terrorist Organization(s)', demonym descriptions ('Spanish police', 'Venezuelan immigration agency'), "
 "lower-case facility phrases ('civil prison', 'women's prison in Támara'), Washington as metonym in the wire. ALIASES: 'alias \"X\"', "
 "'known as \"X\"', 'a.k.a. \"X\"', sanctions-list 'A.k.a.: a) \"X\" b) \"Y\"' (one pair each) are nicknames, except for a group whose A.k.a. "
 "entries are its name in another language ('Living Together', 'Vivre Ensemble' for Viv Ansanm: translation); 'the Mara Salvatrucha, or MS-13' "
 "and 'Terrorism Confinement Center, the CECOT' are acronyms; 'The Atanasio Girardot bridge, known as the Tienditas bridge' is a nickname of a "
 "place; 'informal trails known as trochas', '\"vacunas\"' and the '4.1' signature are not aliases; 'His loyalists, known in Sinaloa as La "
 "Mayiza' names a group, not an alias; UN reference numbers (HTi.009) are not aliases. EVENTS: weekday names resolve to the latest such weekday "
 "before the document date (wire of Tue 14 Oct 2025: 'on Saturday' 11 Oct, 'on Sunday' 12 Oct, 'On Monday' 13 Oct; profile of Fri 12 Sep 2025: "
 "'On Monday' 8 Sep; podcast of Tue 22 Apr 2025: 'on Thursday' 17 Apr); 'over the weekend' is month precision; 'about six weeks after' before a "
 "dated event is month precision from context; in the timeline, each bullet's date dates the bullet's first sentence ('explicit'); a later sentence of the bullet is an "
 "event only if it has a date expression of its own ('The same day', 'two days earlier': 'context'), otherwise it is optional (seeds: happenings "
 "with no date expression of their own), even the 72-hour closure of 10 January 2025; 'after <dated event>' with no interval ('after the massacre ... June 20, 2023') is year grain; a cause named with 'after' in an "
 "explicitly dated sentence ('after the MS-13 killed 62 people in a single weekend', before the 27 March 2022 vote) is an event at month grain "
 "from context; a meeting dated 'two days earlier' than a dated reopening is day grain from context; a UN statement's 'issued today' is an event on the release date and 'the Council's consultations ... next week' is a "
 "scheduled event (month grain); the repeated 'Listed on: 8 Aug. 2025.' lines of the sanctions entries are optional (the listing is annotated once, "
 "on the prose sentence); a date of birth is not an event; spans ('since January', 'since early September', 'since 2015', 'in the early 2010s') "
 "and statistics are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
