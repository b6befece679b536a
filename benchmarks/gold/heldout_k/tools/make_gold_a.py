#!/usr/bin/env python3
"""Generate ../gold_a.json (crimecli-gold/1) for documents 01-05 of held-out set K in ../docs.

The record builders and checks are in benchmarks/gold/tools/gold_helpers.py, shared by
every hand-made set.

Every annotation below was made by reading the document in full (crimecli was never run on
these texts). Conventions: the 'notes' of shared/gold/seeds.gold.json, shared/dev/gold.json and
heldout_e (NOTES_a.md, NOTES_b.md), with the additions in NOTES below and in ../NOTES_a.md. Run it
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
TITLE_WORDS = BASE_TITLE_WORDS | set("""Gen. Attorney Commissioner Judge Finance Security Defence Interior Mayor Dr Dr. DR. Mr. Hon.
Police""".split())
doc = partial(check_doc, D, TITLE_WORDS)

SRC = "held-out set K document (written for evaluation; hand-annotated from reading alone; crimecli not run on it)"
BRA = lambda: C("Brazil")
PRY = lambda: C("Paraguay")
ARG = lambda: C("Argentina")
BOL = lambda: C("Bolivia")
CHL = lambda: C("Chile")
VEN = lambda: C("Venezuela")
PCC = lambda: O("First Capital Command", "Primeiro Comando da Capital", "PCC", kind="criminal group")
SENAD = lambda: O("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "SENAD", kind="government body")
EXTRA_COUNTRIES = set()  # states named only by a demonym, allowed in event countries


def checks(file):
    """Extra checks (as in heldout_e make_gold_a/b): alias entities are annotated, alias types are known, no duplicates
    per area, resolved_from is known, a date's length matches its precision, timeline_pair and event countries are
    annotated countries."""
    d = D[file]
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    countries = {g["name"] for g in d["places"] if g["kind"] == "country"}
    for a in d["aliases"]:
        assert a["entity"] in names, (file, "alias entity", a["entity"])
        assert a["type"] in ("acronym", "nickname", "short name", "translation"), (file, a)
    for area in ("people", "organizations", "places"):
        ns = [g["name"] for g in d[area]]
        assert len(ns) == len(set(ns)), (file, area, [n for n in ns if ns.count(n) > 1])
    for c in d.get("timeline_pair", []):
        assert c in countries, (file, "pair", c)
    for e in d["events"]:
        assert e["resolved_from"] in ("explicit", "document date", "context", "unresolved"), (file, e)
        assert (e["date"] is None) == (e["precision"] == "unresolved"), (file, e)
        assert e["date"] is None or len(e["date"]) == {"day": 10, "month": 7, "year": 4, "season": 4}[e["precision"]], (file, e)
        for c in e["countries"]:
            assert c in countries or c in EXTRA_COUNTRIES, (file, "event country", c)
    assert 8 <= len(d["events"]) <= 18, (file, "event count", len(d["events"]))
    words = len(text_of(file).split())
    assert 450 <= words <= 700, (file, "words", words)


# ---------------------------------------------------------------- 01 wire, PCC fintech raids, Sao Paulo
F = "01_pcc_fintech_raids_sao_paulo_2024.txt"
S_RAID = "Brazilian federal police and Sao Paulo state prosecutors raided 41 addresses in five states on Monday in an investigation into payment companies and fuel distributors that they say laundered money for the First Capital Command (Primeiro Comando da Capital, PCC), the country's largest criminal organisation."
S_NINE = "Nine of the suspects had been detained by Monday afternoon, police said."
S_COAF = "The investigation began in March 2023, when the Council for Financial Activities Control (COAF), Brazil's financial intelligence unit, flagged cash deposits at a chain of petrol stations in Campinas and Ribeirão Preto."
S_OSC = "One of the suspects, Paraguayan businessman Óscar D. Benítez Giménez, was arrested in Pedro Juan Caballero by Paraguay's National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD) on Oct. 2 and is awaiting extradition to Brazil, a SENAD spokesperson said."
S_FOUND = "The PCC was founded in 1993 by inmates of the Taubaté prison in Sao Paulo state, months after military police killed 111 prisoners in the Carandiru massacre of October 1992."
S_MARC = "Its leader, Marcos Willians Herbas Camacho, alias \"Marcola,\" has been held in the federal prison system since February 2019, when he was transferred to the federal penitentiary in Porto Velho, in the Amazon state of Rondônia."
S_SEIZE = "Last month, federal police found 2.3 tonnes of cocaine hidden in a sugar cargo at Santos bound for Antwerp, Belgium."
S_HAD = "Finance Minister Fernando Haddad said on Friday that the government would send Congress a bill tightening oversight of payment institutions, which are regulated by the Central Bank of Brazil."
S_STF = "Brazil's Supreme Federal Court (STF) ruled in 2019 that state prosecutors could share COAF reports without prior judicial authorisation, a decision defence lawyers in the case said they would challenge."
S_CF = "The operation was the largest against the PCC's finances since August 2020, when police froze 730 million reais linked to the group in Operation Caixa Forte."
doc(F, SRC, "Brazil police raid PCC-linked fintechs and fuel distributors in Sao Paulo laundering probe",
    "2024-10-14", "day", "October 14, 2024 7:41 PM UTC",
    people=[P("Mariana Duarte-Lemos", roles=["author"]),
            P("Thomas K. Whitfield", roles=["author"]),
            P("Renata A. Vilela-Prado", "Judge Renata A. Vilela-Prado", country="Brazil", roles=["Sao Paulo state court judge"]),
            P("Cláudio Henrique Ramos Filho", "Ramos Filho", "Magrão", country="Brazil", roles=["suspect", "PCC contact with fintech firms"]),
            P("Eduardo T. Baptista", country="Brazil", roles=["lawyer of Ramos Filho"]),
            P("Fábio J. Nogueira-Santos", "Nogueira-Santos", country="Brazil", roles=["Gaeco prosecutor"]),
            P("Óscar D. Benítez Giménez", "Benítez Giménez", country="Paraguay", roles=["suspect", "businessman"]),
            P("Marcos Willians Herbas Camacho", "Marcola", country="Brazil", roles=["PCC leader"]),
            P("Fernando Haddad", "Finance Minister Fernando Haddad", country="Brazil", roles=["Finance Minister"]),
            P("Lucía Ayala Benítez", roles=["reporter"]),
            P("Rosalind Kemp", roles=["editor"])],
    organizations=[O("LatAm Wire", kind="media"),
                   PCC(),
                   O("Federal Police", "federal police", "Brazilian federal police", kind="security force"),
                   O("Sao Paulo Public Ministry", "MPSP", "Sao Paulo state prosecutors", kind="government body"),
                   O("Special Action Group to Combat Organised Crime", "Gaeco", kind="government body"),
                   O("Council for Financial Activities Control", "COAF", kind="government body"),
                   SENAD(),
                   O("Central Bank of Brazil", "central bank", kind="government body"),
                   O("Brazilian Institute of Petroleum and Gas", "IBP", kind="other"),
                   O("Supreme Federal Court", "Brazil's Supreme Federal Court", "STF", kind="government body")],
    places=[BRA(), PRY(), BOL(), C("Belgium"),
            city("Sao Paulo", "Brazil", "SAO PAULO"), state("Sao Paulo state", "Brazil"),
            oth("Avenida Faria Lima", "Brazil", "Faria Lima"),
            city("Campinas", "Brazil"), city("Ribeirão Preto", "Brazil"),
            city("Pedro Juan Caballero", "Paraguay"),
            fac("Taubaté prison", "Brazil", "Taubaté"),
            city("Porto Velho", "Brazil"), state("Rondônia", "Brazil"),
            fac("Santos", "Brazil"), reg("Europe"), reg("West Africa"),
            city("Antwerp", "Belgium"), city("Asuncion", "Paraguay")],
    aliases=[A("First Capital Command", "Primeiro Comando da Capital", "translation", "First Capital Command (Primeiro Comando da Capital, PCC)"),
             A("First Capital Command", "PCC", "acronym", "Primeiro Comando da Capital, PCC"),
             A("Sao Paulo Public Ministry", "MPSP", "acronym", "Sao Paulo Public Ministry (MPSP)"),
             A("Cláudio Henrique Ramos Filho", "Magrão", "nickname", "Cláudio Henrique Ramos Filho, known as \"Magrão,\""),
             A("Special Action Group to Combat Organised Crime", "Gaeco", "acronym", "Special Action Group to Combat Organised Crime (Gaeco)"),
             A("Council for Financial Activities Control", "COAF", "acronym", "Council for Financial Activities Control (COAF)"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Marcos Willians Herbas Camacho", "Marcola", "nickname", "Marcos Willians Herbas Camacho, alias \"Marcola,\""),
             A("Brazilian Institute of Petroleum and Gas", "IBP", "acronym", "Brazilian Institute of Petroleum and Gas (IBP)"),
             A("Supreme Federal Court", "STF", "acronym", "Supreme Federal Court (STF)")],
    events=[E("2024-10-14", "day", "on Monday", "document date", ["Brazil"], "federal police and Sao Paulo prosecutors raid 41 addresses in a PCC money-laundering probe", S_RAID),
            E("2024-10-14", "day", "Monday afternoon", "document date", ["Brazil"], "nine suspects detained", S_NINE),
            E("2023-03", "month", "in March 2023", "explicit", ["Brazil"], "the laundering investigation begins", S_COAF),
            E("2023-03", "month", "in March 2023", "explicit", ["Brazil"], "COAF flags cash deposits at petrol stations in Campinas and Ribeirão Preto", S_COAF),
            E("2024-10-02", "day", "on Oct. 2", "document date", ["Paraguay"], "SENAD arrests Benítez Giménez in Pedro Juan Caballero", S_OSC),
            E("1993", "year", "in 1993", "explicit", ["Brazil"], "PCC founded by inmates of the Taubaté prison", S_FOUND),
            E("1992-10", "month", "October 1992", "explicit", ["Brazil"], "military police kill 111 prisoners in the Carandiru massacre", S_FOUND),
            E("2019-02", "month", "February 2019", "explicit", ["Brazil"], "Marcola transferred to the federal penitentiary in Porto Velho", S_MARC),
            E("2024-09", "month", "Last month", "document date", ["Brazil"], "federal police find 2.3 tonnes of cocaine in a sugar cargo at Santos bound for Antwerp", S_SEIZE),
            E("2024-10-11", "day", "on Friday", "document date", ["Brazil"], "Haddad says the government will send Congress a bill on payment institutions", S_HAD),
            E("2019", "year", "in 2019", "explicit", ["Brazil"], "STF rules prosecutors may share COAF reports without judicial authorisation", S_STF),
            E("2020-08", "month", "August 2020", "explicit", ["Brazil"], "police freeze 730 million reais linked to the PCC in Operation Caixa Forte", S_CF)],
    optional={"organizations": ["Sao Paulo state court", "Congress", "Operation Caixa Forte", "military police", "Taubaté prison"],
              "places": ["Carandiru", "federal penitentiary in Porto Velho", "Amazon", "port of Santos"],
              "events_evidence": [
                  "Judge Renata A. Vilela-Prado of the Sao Paulo state court ordered the arrest of 14 people and the freezing of 1.2 billion reais ($215 million) in assets, according to a statement from the Sao Paulo Public Ministry (MPSP).",
                  "Among those arrested was Cláudio Henrique Ramos Filho, known as \"Magrão,\" whom prosecutors describe as the PCC's main contact with two fintech firms based on Avenida Faria Lima, the heart of the city's financial district.",
                  "Nogueira-Santos told reporters the firms had moved at least 6 billion reais since 2020 through accounts opened in the names of petrol station owners and small shopkeepers.",
                  "The central bank declined to comment on Monday's operation.",
                  "The Brazilian Institute of Petroleum and Gas (IBP), an industry association, said in a statement that it welcomed the raids and that tax evasion by criminal distributors cost the states about 14 billion reais a year."]},
    timeline_pair=("Brazil", "Paraguay"))
checks(F)

# ---------------------------------------------------------------- 02 Paraguayan prosecutors' release, Amambay sentence
F = "02_paraguay_pcc_sentence_amambay_2024.txt"
S_SENT = "The Trial Court of Amambay (Tribunal de Sentencia de Amambay) on Monday sentenced Brazilian national Ederson Luiz Paiva Rocha, known as \"Gordo Paiva,\" to 25 years in prison for the aggravated homicide of retired police commissioner Blas Ramón Aquino Ortiz and for criminal association."
S_KILL = "Commissioner Aquino Ortiz was shot dead on 14 June 2022 on Route PY05, eight kilometres from Pedro Juan Caballero, while driving to his ranch near Cerro Corá."
S_ARR = "Paiva Rocha was arrested on 3 August 2022 in Capitán Bado by agents of the National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD) and the National Police."
S_SEIZ = "In the same operation, agents seized 1,340 kilograms of marijuana, two assault rifles and a pistol registered to a Brazilian military police officer."
S_HAND = "On Thursday, officers of the Federal Police of Brazil handed over Wálter Rodrigues da Silva, alias \"Boca,\" at the Friendship Bridge between Foz do Iguaçu and Ciudad del Este."
S_STF2 = "Brazil's Supreme Federal Court (Supremo Tribunal Federal, STF) approved his extradition in August, after he was detained in Campo Grande in March."
S_HEAR = "A preliminary hearing before a criminal guarantees judge in Pedro Juan Caballero has been scheduled for 12 November."
S_RAF = "The PCC has fought local clans for control of the marijuana and cocaine corridor along the dry border between Amambay and Mato Grosso do Sul since the killing of trafficker Jorge Rafaat Toumani in Pedro Juan Caballero in June 2016."
S_AGR = "On 22 February 2023, the Public Ministry and Brazil's Federal Public Ministry (Ministério Público Federal, MPF) signed an agreement in Foz do Iguaçu to form joint investigation teams for cases on the border."
S_TRAV = "The following month, investigators from both countries travelled to Capitán Bado to take statements from witnesses."
S_SEP = "The Attorney General's Office also recalls that on 9 September 2024, the Anti-Money Laundering Secretariat (SEPRELAD) froze three properties in Pedro Juan Caballero linked to Paiva Rocha's partner, Daiane C. Moura."
S_APP = "The defence announced on Monday that it would appeal."
doc(F, SRC, "Amambay court sentences PCC cell leader to 25 years for ambush of former commissioner; Brazil hands over second suspect",
    "2024-11-05", "day", "Asunción, 05/11/2024 – 14:20",
    people=[P("Ederson Luiz Paiva Rocha", "Paiva Rocha", "Gordo Paiva", country="Brazil", roles=["PCC cell leader", "convicted"]),
            P("Blas Ramón Aquino Ortiz", "Aquino Ortiz", "Commissioner Aquino Ortiz", country="Paraguay", roles=["retired police commissioner", "victim"]),
            P("Óscar M. Duarte Benítez", "Judge Óscar M. Duarte Benítez", country="Paraguay", roles=["presiding judge"]),
            P("Rodrigo Benítez Ayala", country="Paraguay", roles=["accomplice, convicted"]),
            P("Celso Aníbal Ferreira", "Chiquito", country="Paraguay", roles=["accomplice, convicted"]),
            P("Lorena Villalba-Cáceres", country="Paraguay", roles=["prosecutor"]),
            P("Emiliano Rolón Fernández", "Attorney General Emiliano Rolón Fernández", country="Paraguay", roles=["Attorney General"]),
            P("Wálter Rodrigues da Silva", "Rodrigues da Silva", "Boca", country="Brazil", roles=["suspect", "extradited"]),
            P("Jorge Rafaat Toumani", country="Paraguay", roles=["trafficker", "killed 2016"]),
            P("Daiane C. Moura", roles=["partner of Paiva Rocha"])],
    organizations=[O("Public Ministry of Paraguay", "Public Ministry", "Attorney General's Office", kind="government body"),
                   O("Trial Court of Amambay", "Tribunal de Sentencia de Amambay", kind="government body"),
                   PCC(),
                   O("Specialised Unit against Organised Crime", kind="government body"),
                   SENAD(),
                   O("National Police", kind="security force"),
                   O("Federal Police of Brazil", kind="security force"),
                   O("Supreme Federal Court", "Brazil's Supreme Federal Court", "Supremo Tribunal Federal", "STF", kind="government body"),
                   O("Federal Public Ministry", "Brazil's Federal Public Ministry", "Ministério Público Federal", "MPF", kind="government body"),
                   O("Anti-Money Laundering Secretariat", "SEPRELAD", kind="government body"),
                   O("Appeals Chamber of Amambay", kind="government body"),
                   O("Embassy of Brazil in Asunción", "Embassy of Brazil", kind="government body")],
    places=[PRY(), BRA(),
            city("Asunción", "Paraguay"), state("Amambay", "Paraguay"), city("Pedro Juan Caballero", "Paraguay"),
            infra("Route PY05", "Paraguay"), oth("Cerro Corá", "Paraguay"),
            city("Ponta Porã", "Brazil"), state("Mato Grosso do Sul", "Brazil"), city("Capitán Bado", "Paraguay"),
            infra("Friendship Bridge", None), city("Foz do Iguaçu", "Brazil"), city("Ciudad del Este", "Paraguay"),
            city("Campo Grande", "Brazil"), fac("Emboscada penitentiary", "Paraguay")],
    aliases=[A("Trial Court of Amambay", "Tribunal de Sentencia de Amambay", "translation", "Trial Court of Amambay (Tribunal de Sentencia de Amambay)"),
             A("Ederson Luiz Paiva Rocha", "Gordo Paiva", "nickname", "Ederson Luiz Paiva Rocha, known as \"Gordo Paiva,\""),
             A("First Capital Command", "Primeiro Comando da Capital", "translation", "First Capital Command (Primeiro Comando da Capital, PCC)"),
             A("First Capital Command", "PCC", "acronym", "Primeiro Comando da Capital, PCC"),
             A("Celso Aníbal Ferreira", "Chiquito", "nickname", "Celso Aníbal Ferreira (\"Chiquito\")"),
             A("National Anti-Drug Secretariat", "Secretaría Nacional Antidrogas", "translation", "National Anti-Drug Secretariat (Secretaría Nacional Antidrogas, SENAD)"),
             A("National Anti-Drug Secretariat", "SENAD", "acronym", "Secretaría Nacional Antidrogas, SENAD"),
             A("Wálter Rodrigues da Silva", "Boca", "nickname", "Wálter Rodrigues da Silva, alias \"Boca,\""),
             A("Supreme Federal Court", "Supremo Tribunal Federal", "translation", "Supreme Federal Court (Supremo Tribunal Federal, STF)"),
             A("Supreme Federal Court", "STF", "acronym", "Supremo Tribunal Federal, STF"),
             A("Federal Public Ministry", "Ministério Público Federal", "translation", "Federal Public Ministry (Ministério Público Federal, MPF)"),
             A("Federal Public Ministry", "MPF", "acronym", "Ministério Público Federal, MPF"),
             A("Anti-Money Laundering Secretariat", "SEPRELAD", "acronym", "Anti-Money Laundering Secretariat (SEPRELAD)")],
    events=[E("2024-11-04", "day", "on Monday", "document date", ["Paraguay"], "Trial Court of Amambay sentences Paiva Rocha to 25 years", S_SENT),
            E("2022-06-14", "day", "on 14 June 2022", "explicit", ["Paraguay"], "retired commissioner Aquino Ortiz shot dead on Route PY05", S_KILL),
            E("2022-08-03", "day", "on 3 August 2022", "explicit", ["Paraguay"], "SENAD and National Police arrest Paiva Rocha in Capitán Bado", S_ARR),
            E("2022-08-03", "day", "In the same operation", "context", ["Paraguay"], "agents seize 1,340 kg of marijuana and three weapons", S_SEIZ),
            E("2024-10-31", "day", "On Thursday", "document date", ["Brazil", "Paraguay"], "Federal Police of Brazil hand over Rodrigues da Silva at the Friendship Bridge", S_HAND),
            E("2024-08", "month", "in August", "document date", ["Brazil"], "STF approves Rodrigues da Silva's extradition", S_STF2),
            E("2024-03", "month", "in March", "document date", ["Brazil"], "Rodrigues da Silva detained in Campo Grande", S_STF2),
            E("2024-11-12", "day", "for 12 November", "document date", ["Paraguay"], "preliminary hearing for Rodrigues da Silva scheduled", S_HEAR),
            E("2016-06", "month", "in June 2016", "explicit", ["Paraguay"], "trafficker Jorge Rafaat Toumani killed in Pedro Juan Caballero", S_RAF),
            E("2023-02-22", "day", "On 22 February 2023", "explicit", ["Paraguay", "Brazil"], "Paraguay's Public Ministry and Brazil's MPF sign a joint investigation teams agreement in Foz do Iguaçu", S_AGR),
            E("2023-03", "month", "The following month", "context", ["Paraguay", "Brazil"], "investigators of both countries take witness statements in Capitán Bado", S_TRAV),
            E("2024-09-09", "day", "on 9 September 2024", "explicit", ["Paraguay"], "SEPRELAD freezes three properties linked to Paiva Rocha's partner", S_SEP),
            E("2024-11-04", "day", "on Monday", "document date", ["Paraguay"], "defence announces it will appeal", S_APP)],
    optional={"organizations": ["Communications Directorate", "Emboscada penitentiary"],
              "events_evidence": [
                  "It also convicted two accomplices: Rodrigo Benítez Ayala received 15 years and Celso Aníbal Ferreira (\"Chiquito\") received 12 years.",
                  "\"This sentence shows that no one who murders a public servant in Amambay can count on impunity,\" said Attorney General Emiliano Rolón Fernández.",
                  "Rodrigues da Silva was taken to the Emboscada penitentiary.",
                  "Prosecutors have linked the group to at least 40 killings in the department since then.",
                  "The Aquino Ortiz case was the first that the two offices investigated together.",
                  "Victims' relatives followed the reading of the verdict from the courtroom in Pedro Juan Caballero."]},
    timeline_pair=("Paraguay", "Brazil"))
checks(F)

# ---------------------------------------------------------------- 03 think-tank analysis, Rosario and Plan Bandera
F = "03_rosario_plan_bandera_analysis_2024.txt"
S_PAJ = "When Claudio Ariel Cantero, alias \"Pájaro,\" was shot dead outside a nightclub in Villa Gobernador Gálvez in May 2013, the group split into cells that fought over street-level drug sales."
S_TRIAL = "In 2021 the Federal Oral Court No. 3 of Rosario tried him and eleven others for ordering shootings at courthouses and judges' homes; on 14 October it sentenced him to another 22 years."
S_CACH = "Godoy Ledesma was arrested in Funes on 2 August last year and remains in pre-trial detention."
S_OFFICE = "Maximiliano Pullaro took office as governor of Santa Fe on 10 December 2023, the same day Javier Milei was sworn in as president."
S_BAND = "Nine days later, Security Minister Patricia Bullrich and Pullaro launched Plan Bandera, which sent about 1,400 officers of the Argentine Federal Police (Policía Federal Argentina, PFA), the National Gendarmerie and the Naval Prefecture to Rosario."
S_MAR = "Between 5 and 9 March 2024, gunmen killed two taxi drivers, a bus driver and a gas-station attendant; notes left at the scenes demanded better treatment for prisoners."
S_NEXT = "The next day, Bullrich flew to Rosario with Defence Minister Luis Petri and announced that the armed forces would provide logistical support."
S_LAWS = "The Santa Fe legislature approved a law on drug-related micro-trafficking and a new prison regime in April, and the National Congress passed a reform of the Internal Security Law in July that eased controls on the deployment of federal forces."
S_BARGE = "Customs officers found 1.6 tonnes of cocaine in a barge from Asunción at San Lorenzo last month."
S_NOV = "A federal trial of 32 alleged members of Los Menores is due to begin in November."
doc(F, SRC, "Rosario After Plan Bandera: Why Killings Fell and What Could Bring Them Back",
    "2024-09-18", "day", "Posted on September 18, 2024",
    people=[P("Helena M. Arrieta-Volpe", "Dr. Helena M. Arrieta-Volpe", "Dr. Arrieta-Volpe", "Arrieta-Volpe", roles=["author", "programme director"]),
            P("Tomás Bergström", "Bergström", roles=["author", "research fellow"]),
            P("Claudio Ariel Cantero", "Pájaro", country="Argentina", roles=["Los Monos", "killed 2013"]),
            P("Ariel Máximo Cantero", "Guille", country="Argentina", roles=["Los Monos leader", "prisoner"]),
            P("Matías Ezequiel Godoy Ledesma", "Godoy Ledesma", "Cachorro", country="Argentina", roles=["leader of Los Menores"]),
            P("Maximiliano Pullaro", "Pullaro", country="Argentina", roles=["Governor of Santa Fe"]),
            P("Javier Milei", country="Argentina", roles=["President"]),
            P("Patricia Bullrich", "Security Minister Patricia Bullrich", "Bullrich", country="Argentina", roles=["Security Minister"]),
            P("Luis Petri", "Defence Minister Luis Petri", country="Argentina", roles=["Defence Minister"])],
    organizations=[O("Instituto Atlántico Sur", kind="nonprofit"),
                   O("Los Monos", kind="criminal group"),
                   O("Federal Oral Court No. 3 of Rosario", kind="government body"),
                   O("Los Menores", kind="criminal group"),
                   O("Argentine Federal Police", "Policía Federal Argentina", "PFA", kind="security force"),
                   O("National Gendarmerie", kind="security force"),
                   O("Naval Prefecture", kind="security force"),
                   O("Public Prosecutor's Office", "Ministerio Público de la Acusación", "MPA", kind="government body"),
                   O("Federal Prosecutor's Office for Drug Trafficking", "Procuraduría de Narcocriminalidad", "PROCUNAR", kind="government body")],
    places=[ARG(), PRY(), BOL(), C("El Salvador"),
            city("Rosario", "Argentina"), state("Santa Fe", "Argentina", "Santa Fe province"),
            oth("Paraná River", None, "Paraná"), oth("La Granada", "Argentina"), city("Villa Gobernador Gálvez", "Argentina"),
            fac("Piñero prison", "Argentina", "Unidad Penitenciaria N° 11", "Piñero"),
            oth("Empalme Graneros", "Argentina"), oth("Ludueña", "Argentina"), city("Funes", "Argentina"),
            infra("Paraná-Paraguay waterway", None, "Hidrovía"), reg("Gran Rosario", "Argentina"),
            city("Asunción", "Paraguay"), city("San Lorenzo", "Argentina"), city("Montevideo", "Uruguay")],
    aliases=[A("Claudio Ariel Cantero", "Pájaro", "nickname", "Claudio Ariel Cantero, alias \"Pájaro,\""),
             A("Ariel Máximo Cantero", "Guille", "nickname", "Ariel Máximo Cantero, known as \"Guille,\""),
             A("Matías Ezequiel Godoy Ledesma", "Cachorro", "nickname", "Matías Ezequiel Godoy Ledesma, alias \"Cachorro,\""),
             A("Argentine Federal Police", "Policía Federal Argentina", "translation", "Argentine Federal Police (Policía Federal Argentina, PFA)"),
             A("Argentine Federal Police", "PFA", "acronym", "Policía Federal Argentina, PFA"),
             A("Public Prosecutor's Office", "Ministerio Público de la Acusación", "translation", "Public Prosecutor's Office (Ministerio Público de la Acusación, MPA)"),
             A("Public Prosecutor's Office", "MPA", "acronym", "Ministerio Público de la Acusación, MPA"),
             A("Federal Prosecutor's Office for Drug Trafficking", "Procuraduría de Narcocriminalidad", "translation", "Federal Prosecutor's Office for Drug Trafficking (Procuraduría de Narcocriminalidad, PROCUNAR)"),
             A("Federal Prosecutor's Office for Drug Trafficking", "PROCUNAR", "acronym", "Procuraduría de Narcocriminalidad, PROCUNAR")],
    events=[E("2013-05", "month", "in May 2013", "explicit", ["Argentina"], "Claudio Ariel Cantero (Pájaro) shot dead in Villa Gobernador Gálvez", S_PAJ),
            E("2021", "year", "In 2021", "explicit", ["Argentina"], "Federal Oral Court No. 3 of Rosario tries Guille Cantero and eleven others", S_TRIAL),
            E("2021-10-14", "day", "on 14 October", "context", ["Argentina"], "court sentences Guille Cantero to another 22 years", S_TRIAL),
            E("2023-08-02", "day", "on 2 August last year", "document date", ["Argentina"], "Godoy Ledesma (Cachorro) arrested in Funes", S_CACH),
            E("2023-12-10", "day", "on 10 December 2023", "explicit", ["Argentina"], "Pullaro takes office as governor of Santa Fe", S_OFFICE),
            E("2023-12-10", "day", "the same day", "context", ["Argentina"], "Milei sworn in as president", S_OFFICE),
            E("2023-12-19", "day", "Nine days later", "context", ["Argentina"], "Bullrich and Pullaro launch Plan Bandera", S_BAND),
            E("2024-03", "month", "Between 5 and 9 March 2024", "explicit", ["Argentina"], "gunmen kill two taxi drivers, a bus driver and a gas-station attendant in Rosario", S_MAR),
            E("2024-03-10", "day", "The next day", "context", ["Argentina"], "Bullrich flies to Rosario with Petri", S_NEXT),
            E("2024-03-10", "day", "The next day", "context", ["Argentina"], "Bullrich announces logistical support from the armed forces", S_NEXT),
            E("2024-04", "month", "in April", "document date", ["Argentina"], "Santa Fe legislature approves micro-trafficking and prison laws", S_LAWS),
            E("2024-07", "month", "in July", "document date", ["Argentina"], "National Congress reforms the Internal Security Law", S_LAWS),
            E("2024-08", "month", "last month", "document date", ["Argentina"], "customs find 1.6 tonnes of cocaine in a barge from Asunción at San Lorenzo", S_BARGE),
            E("2024-11", "month", "in November", "document date", ["Argentina"], "federal trial of 32 alleged Los Menores members due to begin", S_NOV)],
    optional={"organizations": ["Southern Cone Security Programme", "Plan Bandera", "Santa Fe legislature", "National Congress", "Internal Security Law",
                                "Piñero prison", "Cantero family", "Pullaro's government", "armed forces", "Working Paper No. 14"],
              "events_evidence": [
                  "Prison did not stop them.",
                  "His brother, Ariel Máximo Cantero, known as \"Guille,\" has run his share of the business from behind bars for years.",
                  "Pullaro's government released photographs of inmates at Piñero stripped to their underwear during a search, in the style of El Salvador's prisons.",
                  "The provincial Public Prosecutor's Office (Ministerio Público de la Acusación, MPA) recorded 22 homicides in Rosario between January and June, against 118 in the same period of 2023.",
                  "The outcome, and whether the gendarmes stay in Rosario through 2025, will tell us whether the calm is a trend or a truce."]},
    timeline_pair=("Argentina",))
checks(F)

# ---------------------------------------------------------------- 04 translated feature, Tren de Aragua in northern Chile
F = "04_tren_de_aragua_chile_north_2025.txt"
S_COL = "In February 2021 more than ten thousand migrants, most of them Venezuelan, walked past its adobe church after crossing on foot from Pisiga, on the Bolivian side."
S_TOC = "When some eleven thousand Venezuelan soldiers and police retook Tocorón on 20 September 2023, Guerrero Flores was already gone."
S_RANG = "Its founder, Wilmer Antonio Rangel Díaz, a.k.a. \"El Flaco Wilmer,\" was arrested in Cúcuta, Colombia, in 2022 and is still held there."
S_GALL = "On 2 October last year the Oral Criminal Court of Arica sentenced 34 members of Los Gallegos, including its second-in-command, Yorvis Alexander Moreno-Hurtado (\"El Gocho\"), who received 41 years."
S_SPOKE = "She spoke to this newspaper in her office in Arica on Thursday."
S_PIR = "In 2022 the Investigations Police (Policía de Investigaciones, PDI) opened a case against the faction after a murder in the Alto Hospicio commune; on 17 November of that year detectives raided eleven houses and arrested its alleged leader, Jhonny Ramón Velásquez Lira."
S_DEAD = "Last month three Venezuelan men were found dead in a car near the port of Iquique, and on Tuesday PDI detectives arrested two suspects in Antofagasta."
S_BOR = "In February 2023 President Gabriel Boric deployed troops to guard the northern border under a constitutional reform on critical infrastructure, and Congress approved an anti-organised crime law in August of that year."
S_TOHA = "Interior Minister Carolina Tohá announced in December that the Carabineros would open a special unit against kidnapping in Tarapacá."
S_EXP = "Chile has had no consular relations with Venezuela since July 2024, when the government of Nicolás Maduro expelled Chilean diplomats after the disputed election."
S_REQ = "Chile sent Caracas a formal request for information on eight Tren de Aragua suspects in January, according to the Foreign Ministry, but has received no answer."
S_VAL = "The National Prosecutor, Ángel Valencia, is due to present a report on organised crime to Congress on 15 April."
doc(F, SRC, "The road from Colchane: how the Tren de Aragua put down roots in northern Chile",
    "2025-03-09", "day", "Sunday 9 March 2025",
    people=[P("Constanza Reyes Aránguiz", roles=["author"]),
            P("Héctor Rusthenford Guerrero Flores", "Guerrero Flores", "Niño Guerrero", country="Venezuela", roles=["Tren de Aragua leader"]),
            P("Wilmer Antonio Rangel Díaz", "El Flaco Wilmer", country="Chile", roles=["founder of Los Gallegos"]),
            P("Yorvis Alexander Moreno-Hurtado", "El Gocho", country="Chile", roles=["second-in-command of Los Gallegos", "sentenced"]),
            P("Paulina Ibarra-Mondaca", country="Chile", roles=["regional prosecutor"]),
            P("Jhonny Ramón Velásquez Lira", country="Chile", roles=["alleged leader of Los Piratas"]),
            P("Gabriel Boric", "President Gabriel Boric", country="Chile", roles=["President"]),
            P("Carolina Tohá", "Interior Minister Carolina Tohá", country="Chile", roles=["Interior Minister"]),
            P("Nicolás Maduro", country="Venezuela", roles=["President (government of)"]),
            P("Javier García Choque", country="Chile", roles=["mayor of Colchane"]),
            P("Ángel Valencia", country="Chile", roles=["National Prosecutor"])],
    organizations=[O("Diario del Norte Grande", kind="media"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Los Gallegos", kind="criminal group"),
                   O("Oral Criminal Court of Arica", kind="government body"),
                   O("Los Piratas", kind="criminal group"),
                   O("Investigations Police", "Policía de Investigaciones", "PDI", kind="security force"),
                   O("Public Prosecutor's Office", "Fiscalía Nacional", kind="government body"),
                   O("Carabineros", kind="security force"),
                   O("Foreign Ministry", kind="government body")],
    places=[CHL(), VEN(), BOL(), C("Peru"), C("Colombia"),
            city("Colchane", "Chile"), state("Tarapacá", "Chile", "Tarapacá region"), city("Pisiga", "Bolivia"),
            fac("Tocorón prison", "Venezuela", "Tocorón"), state("Aragua", "Venezuela", "Aragua state"),
            city("Arica", "Chile"), oth("Cerro Chuño", "Chile"), city("Cúcuta", "Colombia"),
            city("Iquique", "Chile"), city("Santiago", "Chile"), city("Alto Hospicio", "Chile"), city("Estación Central", "Chile"),
            city("Antofagasta", "Chile"), city("Caracas", "Venezuela"), oth("Cariquima salt flat", "Chile", "Cariquima")],
    aliases=[A("Héctor Rusthenford Guerrero Flores", "Niño Guerrero", "nickname", "Héctor Rusthenford Guerrero Flores, nicknamed \"Niño Guerrero.\""),
             A("Wilmer Antonio Rangel Díaz", "El Flaco Wilmer", "nickname", "Wilmer Antonio Rangel Díaz, a.k.a. \"El Flaco Wilmer,\""),
             A("Yorvis Alexander Moreno-Hurtado", "El Gocho", "nickname", "Yorvis Alexander Moreno-Hurtado (\"El Gocho\")"),
             A("Investigations Police", "Policía de Investigaciones", "translation", "Investigations Police (Policía de Investigaciones, PDI)"),
             A("Investigations Police", "PDI", "acronym", "Policía de Investigaciones, PDI"),
             A("Public Prosecutor's Office", "Fiscalía Nacional", "translation", "Public Prosecutor's Office (Fiscalía Nacional)")],
    events=[E("2021-02", "month", "In February 2021", "explicit", ["Chile", "Bolivia"], "more than ten thousand migrants cross from Pisiga into Colchane", S_COL),
            E("2023-09-20", "day", "on 20 September 2023", "explicit", ["Venezuela"], "Venezuelan soldiers and police retake Tocorón prison", S_TOC),
            E("2022", "year", "in 2022", "explicit", ["Colombia"], "Rangel Díaz (El Flaco Wilmer) arrested in Cúcuta", S_RANG),
            E("2024-10-02", "day", "On 2 October last year", "document date", ["Chile"], "Oral Criminal Court of Arica sentences 34 members of Los Gallegos", S_GALL),
            E("2025-03-06", "day", "on Thursday", "document date", ["Chile"], "regional prosecutor Ibarra-Mondaca interviewed in Arica", S_SPOKE),
            E("2022", "year", "In 2022", "explicit", ["Chile"], "PDI opens a case against Los Piratas after a murder in Alto Hospicio", S_PIR),
            E("2022-11-17", "day", "on 17 November of that year", "context", ["Chile"], "detectives raid eleven houses and arrest Velásquez Lira", S_PIR),
            E("2025-02", "month", "Last month", "document date", ["Chile"], "three Venezuelan men found dead near the port of Iquique", S_DEAD),
            E("2025-03-04", "day", "on Tuesday", "document date", ["Chile"], "PDI detectives arrest two suspects in Antofagasta", S_DEAD),
            E("2023-02", "month", "In February 2023", "explicit", ["Chile"], "Boric deploys troops to guard the northern border", S_BOR),
            E("2023-08", "month", "in August of that year", "context", ["Chile"], "Congress approves an anti-organised crime law", S_BOR),
            E("2024-12", "month", "in December", "document date", ["Chile"], "Tohá announces a Carabineros anti-kidnapping unit in Tarapacá", S_TOHA),
            E("2024-07", "month", "July 2024", "explicit", ["Venezuela", "Chile"], "Maduro government expels Chilean diplomats", S_EXP),
            E("2025-01", "month", "in January", "document date", ["Chile", "Venezuela"], "Chile sends Caracas a request for information on eight Tren de Aragua suspects", S_REQ),
            E("2025-04-15", "day", "on 15 April", "document date", ["Chile"], "National Prosecutor Valencia due to present an organised-crime report to Congress", S_VAL)],
    optional={"organizations": ["Congress", "Tocorón prison", "government of Nicolás Maduro"],
              "places": ["port of Iquique", "northern border", "northern Chile"],
              "events_evidence": [
                  "Among them, prosecutors now say, were the first members of the Tren de Aragua to settle in Chile.",
                  "His cells in Peru, Colombia and Chile had been operating on their own for years.",
                  "The Public Prosecutor's Office (Fiscalía Nacional) says the faction ran a network of debt collectors in the capital and laundered money through car dealerships in Estación Central.",
                  "In Colchane, the military post has reduced the number of people crossing.",
                  "The mayor, Javier García Choque, says smugglers now use trails further north, near the Cariquima salt flat."]},
    timeline_pair=("Chile", "Venezuela"))
checks(F)

# ---------------------------------------------------------------- 05 podcast transcript, Trinidad and Tobago state of emergency
F = "05_trinidad_soe_podcast_2025.txt"
S_SOE = "Trinidad and Tobago ended 2024 with 624 murders, the highest number in its history, and on 30 December Prime Minister Keith Rowley declared a state of emergency."
S_MORV = "The immediate trigger was a shooting in Morvant on 29 December, where gunmen killed three people, including a teenager, in what police described as a reprisal between two factions."
S_EXT = "The House of Representatives extended the emergency on 10 January for three months, and Rowley has said he wants it to last until April."
S_2011 = "Kamla Persad-Bissessar declared one in August 2011, and it produced thousands of arrests but very few convictions."
S_SKIN = "One of its alleged leaders, Shervon K. Joseph-Mitchell, whom everyone calls \"Skinny Dread,\" was detained under the emergency on 3 January and is still being held at the Eastern Correctional Rehabilitation Centre in Santa Rosa."
S_MIA = "In November a federal jury in Miami convicted a Trinidadian-born man, Andre Lutchman, of shipping 27 rifles to Port of Spain hidden in freezers."
S_CG = "The Trinidad and Tobago Coast Guard intercepted a pirogue off Cedros last Thursday with six pistols, two rifles and a man police believe belongs to a Sucre state gang called Los Pelones."
S_PC = "Let's play a clip from the Prime Minister, recorded at a press conference at the Diplomatic Centre in St. Ann's on Saturday."
S_CARI = "Heads of government will talk about crime and guns at the Caricom summit in Bridgetown, Barbados, which opens tomorrow."
doc(F, SRC, "Caribbean Crossfire, Episode 112: Trinidad's state of emergency and the guns from across the Gulf of Paria",
    "2025-02-18", "day", "Released: 18 Feb 2025",
    people=[P("Marcia L. Bhagwandeen-Clarke", "MARCIA L. BHAGWANDEEN-CLARKE", "Marcia Bhagwandeen-Clarke", "BHAGWANDEEN-CLARKE", "Marcia", roles=["host"]),
            P("Keron A. Phillip", "Dr. Keron A. Phillip", "DR. KERON PHILLIP", "KERON PHILLIP", "PHILLIP", "Dr. Keron Phillip", "Keron Phillip", "Keron",
              country="Trinidad and Tobago", roles=["criminologist, University of the West Indies"]),
            P("Keith Rowley", "Prime Minister Keith Rowley", "Rowley", "ROWLEY", country="Trinidad and Tobago", roles=["Prime Minister"]),
            P("Kamla Persad-Bissessar", country="Trinidad and Tobago", roles=["former Prime Minister"]),
            P("Dwayne R. St. Hill", country="Trinidad and Tobago", roles=["Commissioner of Police"]),
            P("Shervon K. Joseph-Mitchell", "Skinny Dread", country="Trinidad and Tobago", roles=["alleged Rasta City leader", "detained"]),
            P("Andre Lutchman", country="Trinidad and Tobago", roles=["convicted gun smuggler"])],
    organizations=[O("Caribbean Crossfire", kind="media"),
                   O("Tamarind Audio", kind="media"),
                   O("University of the West Indies", "UWI", kind="other"),
                   O("Trinidad and Tobago Police Service", "TTPS", kind="security force"),
                   O("Rasta City", kind="criminal group"),
                   O("Tren de Aragua", kind="criminal group"),
                   O("Trinidad and Tobago Coast Guard", kind="security force"),
                   O("Los Pelones", kind="criminal group"),
                   O("Venezuelan National Guard", kind="security force"),
                   O("Caricom", kind="international organization"),
                   O("Bureau of Alcohol, Tobacco, Firearms and Explosives", "US Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", kind="government body"),
                   O("Ministry of National Security", kind="government body")],
    places=[C("Trinidad and Tobago", "Trinidad"), VEN(), C("Jamaica"), C("Barbados"), US(),
            oth("Gulf of Paria", None), city("St. Augustine", "Trinidad and Tobago"), oth("Morvant", "Trinidad and Tobago"),
            city("Port of Spain", "Trinidad and Tobago"),
            fac("Eastern Correctional Rehabilitation Centre", "Trinidad and Tobago"), city("Santa Rosa", "Trinidad and Tobago"),
            state("Florida", "United States"), city("Miami", "United States"),
            city("Cedros", "Trinidad and Tobago"), city("Icacos", "Trinidad and Tobago"),
            city("Güiria", "Venezuela"), city("Tucupita", "Venezuela"), state("Sucre", "Venezuela", "Sucre state"),
            fac("Diplomatic Centre", "Trinidad and Tobago"), oth("St. Ann's", "Trinidad and Tobago"),
            state("St. James", "Jamaica"), state("St. Catherine", "Jamaica"),
            city("Bridgetown", "Barbados"), city("Caracas", "Venezuela")],
    aliases=[A("University of the West Indies", "UWI", "acronym", "University of the West Indies (UWI)"),
             A("Trinidad and Tobago Police Service", "TTPS", "acronym", "Trinidad and Tobago Police Service (TTPS)"),
             A("Shervon K. Joseph-Mitchell", "Skinny Dread", "nickname", "Shervon K. Joseph-Mitchell, whom everyone calls \"Skinny Dread,\""),
             A("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", "acronym", "Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)")],
    events=[E("2024-12-30", "day", "on 30 December", "context", ["Trinidad and Tobago"], "Rowley declares a state of emergency", S_SOE),
            E("2024-12-29", "day", "on 29 December", "context", ["Trinidad and Tobago"], "gunmen kill three people in a shooting in Morvant", S_MORV),
            E("2025-01-10", "day", "on 10 January", "document date", ["Trinidad and Tobago"], "House of Representatives extends the state of emergency for three months", S_EXT),
            E("2011-08", "month", "in August 2011", "explicit", ["Trinidad and Tobago"], "Persad-Bissessar declares a state of emergency", S_2011),
            E("2025-01-03", "day", "on 3 January", "document date", ["Trinidad and Tobago"], "Joseph-Mitchell (Skinny Dread) detained under the emergency", S_SKIN),
            E("2024-11", "month", "In November", "document date", ["United States"], "federal jury in Miami convicts Andre Lutchman of shipping rifles to Port of Spain", S_MIA),
            E("2025-02-13", "day", "last Thursday", "document date", ["Trinidad and Tobago", "Venezuela"], "Coast Guard intercepts a pirogue off Cedros with weapons and a suspected Los Pelones member", S_CG),
            E("2025-02-15", "day", "on Saturday", "document date", ["Trinidad and Tobago"], "Rowley holds a press conference at the Diplomatic Centre", S_PC),
            E("2025-02-19", "day", "tomorrow", "document date", ["Barbados"], "Caricom summit opens in Bridgetown", S_CARI)],
    optional={"organizations": ["House of Representatives", "Muslims", "Rastas", "Eastern Correctional Rehabilitation Centre", "Dragon gas deal", "government"],
              "places": ["East Port of Spain"],
              "events_evidence": [
                  "Welcome to Caribbean Crossfire.",
                  "The government said it had intelligence that the gangs were planning more.",
                  "Jamaica has used states of emergency in St. James and St. Catherine for years, and the murder rate there fell in 2024.",
                  "In 2011 the murders came back within months.",
                  "We recorded this conversation this morning.",
                  "\"We will not allow a handful of criminals to hold this country to ransom. The state of emergency is working, and we will use every day of it.\""]},
    timeline_pair=("Trinidad and Tobago", "Venezuela"))
checks(F)

NOTES = (
 "Held-out set K, documents 01-05 (annotator A; 06-10 are annotated separately). Schema crimecli-gold/1 with the conventions of "
 "shared/gold/seeds.gold.json notes, shared/dev/gold.json notes and heldout_e (NOTES_a.md, NOTES_b.md); the texts were written for this set and "
 "annotated by reading alone (crimecli was never run on them). PUBLISHED is the document's own date line: a wire time stamp under the byline "
 "('October 14, 2024 7:41 PM UTC'; the wire dateline 'SAO PAULO, Oct 14' has no year and is not the evidence), a Paraguayan release header in "
 "day/month/year order ('Asunción, 05/11/2024 – 14:20' = 5 November 2024), a blog 'Posted on September 18, 2024', a bare date under a feature's "
 "title ('Sunday 9 March 2025') and a podcast episode line ('Released: 18 Feb 2025'). ENTITIES: bylines, wire reporting/editing credits and a "
 "podcast host are people without country; a university criminologist in Trinidad gets Trinidad and Tobago; an all-caps speaker label "
 "('DR. KERON PHILLIP', 'BHAGWANDEEN-CLARKE', 'ROWLEY') and a first name used in address ('Keron', 'Marcia') are variants. The city of Sao Paulo and "
 "the state are two places ('Sao Paulo', 'Sao Paulo state'). A named port is a facility by its name ('Santos'), with 'port of X' optional; prisons "
 "are facilities and optional organisations; neighbourhoods, a street (Avenida Faria Lima), settlements, a salt flat and a national park are "
 "'other'; Chilean regions and Jamaican parishes are 'state or department'; Chilean communes are 'city or town'; the Paraná River, the Gulf of "
 "Paria, the Friendship Bridge and the Paraná-Paraguay waterway have country null. Legislatures (Congress, Santa Fe legislature, House of "
 "Representatives), plans and operations (Plan Bandera, Operation Caixa Forte), laws, generic courts ('Sao Paulo state court') and loose gang "
 "labels ('the Muslims', 'the Rastas') are optional organisations. ALIASES: 'English (Spanish/Portuguese, ACR)' gives a translation and an acronym "
 "pair on the English name; 'Name, known as \"X\"', 'alias \"X\"', 'a.k.a. \"X\"', 'nicknamed \"X\"', 'whom everyone calls \"X\"' and 'Name (\"X\")' "
 "are nicknames; 'Piñero prison (Unidad Penitenciaria N° 11)' and 'Paraná-Paraguay waterway (the Hidrovía)' are kept as variants, not aliases. "
 "EVENTS: weekday names resolve to the latest such weekday before the document date ('on Thursday' in a Sunday feature -> the Thursday before; "
 "'last Thursday' and 'on Saturday' in a Tuesday podcast -> 13 and 15 Feb); 'tomorrow' in a podcast is the day after its release; 'on 2 August "
 "last year' and 'On 2 October last year' are resolved from the document date at day precision; 'in December' told in March 2025 is 2024-12; a "
 "year-less date in a sentence or after a sentence that states the year ('In 2021 ... on 14 October', 'ended 2024 ... on 30 December', 'In 2022 "
 "... on 17 November of that year') is resolved_from 'context'; a span of days ('Between 5 and 9 March 2024') is month precision and 'The next day' "
 "after it is the day after the span's end; 'since <month year>, when X happened' dates X; scheduled happenings with a date (a hearing, a trial, "
 "a report to Congress, a summit opening) are events. A raid and the arrest made in it are one event; a trip and an announcement made on it are "
 "two. Statistics, undated present-tense statements, quotes and happenings with no date expression of their own are optional.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"01", "02", "03", "04", "05"})
assert sorted(D) == mine, (sorted(D), mine)
json.dump(gold, open(os.path.join(ROOT, "gold_a.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = sum(len(v) for d in gold["documents"] for v in d["optional"].values())
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")), "; optional", nopt)
for d in gold["documents"]:
    print(d["file"][:2], len(text_of(d["file"]).split()), *(len(d[a]) for a in ("people", "organizations", "places", "aliases", "events")), d.get("timeline_pair"))
