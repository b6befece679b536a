#!/usr/bin/env python3
"""Generate ../gold_b.json (crimecli-gold/1) for documents 09-16 of the second development set in ../docs.

Every annotation below was made by reading the document in full (not from crimecli output).
Conventions: the 'notes' of shared/gold/seeds.gold.json, restated with the additions in NOTES
below. Run it after any edit: it asserts that every evidence string, every published_evidence
and at least one surface form of every entity occurs in its document, and drops variants that
do not occur verbatim (so variants are always real surface forms).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")


def P(name, *variants, country=None, roles=()):
    return dict(name=name, variants=list(variants), country=country, roles=list(roles))


def O(name, *variants, kind=None):
    return dict(name=name, variants=list(variants), kind=kind)


def L(name, *variants, kind=None, country=None):
    return dict(name=name, variants=list(variants), kind=kind, country=country)


def A(entity, alias, typ, evidence):
    return dict(entity=entity, alias=alias, type=typ, evidence=evidence)


def E(date, precision, date_text, resolved, countries, summary, evidence, in_footnote=False):
    return dict(date=date, precision=precision, date_text=date_text, resolved_from=resolved,
                countries=list(countries), summary=summary, evidence=evidence, in_footnote=in_footnote)


# frequent entities, copied per document (variants are filtered to those the document contains)
US = lambda: L("United States", "U.S.", "US", "United States of America", "U.S", "America", kind="country")
def C(name, *v):
    return L(name, *v, kind="country")

D = {}
SOURCES = {}
TITLE_WORDS = set("""Secretary SECRETARY President PRESIDENT Presidents Ambassador Dr. Mr. Ms. MR MS General Speaker Professor Vice Foreign
Minister Prime Special Envoy Acting Assistant ASSISTANT Principal Deputy National Security Advisor Homeland Attorney of State Rear Admiral
Former Colombian Costa Rican Honduran Panamanian Guatemalan Mexican USAID Administrator PRC Public Commander Congressperson Senator
Governor Professor VICE MINISTER DIRECTOR Director Bishop Sgt. Officer Major Businessman Guatemalan Kenyan Ecuadorian Venezuelan Brazilian British""".split())


def text_of(file):
    return open(os.path.join(DOCS, file), encoding="utf-8").read()


def doc(file, source, title, published, precision, published_evidence, people=(), organizations=(), places=(),
        aliases=(), events=(), optional=None, timeline_pair=None):
    t = text_of(file)
    tl = t.lower()
    for area, items in (("people", people), ("organizations", organizations), ("places", places)):
        for g in items:
            forms = [g["name"]] + g["variants"]
            assert any(f.lower() in tl for f in forms), (file, area, g["name"])
            g["variants"] = [v for v in dict.fromkeys(g["variants"]) if v in t and v != g["name"]]
    # every surface form of a person is a variant: a form used with a title ("Secretary Blinken",
    # "Dr. Pickering") also counts without it ("Blinken", "Pickering")
    for g in people:
        for v in list(g["variants"]):
            toks = v.split()
            while len(toks) > 1 and (toks[0] in TITLE_WORDS or toks[0][0].islower()):
                toks = toks[1:]
            bare = " ".join(toks)
            if bare != v and bare != g["name"] and bare not in g["variants"] and bare[0].isupper() and bare in t:
                g["variants"].append(bare)
    for a in aliases:
        assert a["evidence"] in t, (file, "alias", a["evidence"])
        assert a["alias"].lower() in t.lower(), (file, "alias form", a["alias"])
    for e in events:
        assert e["evidence"] in t, (file, "event", e["evidence"][:70])
        assert e["date_text"] is None or e["date_text"].lower() in t.lower(), (file, "date_text", e["date_text"])
        assert e["precision"] in ("day", "month", "year", "season", "unresolved"), e
        if e["date"]:
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]), e["date"]
    if published_evidence:
        assert published_evidence in t, (file, "published_evidence")
    opt = dict(optional or {})
    for o in opt.get("events_evidence", []):
        assert o in t, (file, "optional event", o[:70])
    for area in ("people", "organizations", "places"):
        for o in opt.get(area, []):
            assert o.lower() in tl, (file, "optional " + area, o)
    assert title in t.splitlines()[0], (file, "title")
    D[file] = dict(file=file, title=title, published=published, published_precision=precision,
                   published_evidence=published_evidence, people=list(people),
                   organizations=list(organizations), places=list(places), aliases=list(aliases),
                   events=list(events), optional=opt, source=source)
    if timeline_pair:
        D[file]["timeline_pair"] = list(timeline_pair)

SRC = "dev2 document (source as stated in the document's own header)"

# ---------------------------------------------------------------- 09 OCSC quarterly monitor
F = "09_ocsc_central_america_q4_2023.txt"
doc(F, SRC, "Citizen Security Monitor: Central America, October–December 2023", "2024-01-30", "day", "Published 30 January 2024",
    people=[P("Nayib Bukele", "Bukele", country="El Salvador", roles=["president", "candidate in the February election"]),
            P("Brayan Josué Maldonado Ulloa", "el Diablito", country="Honduras", roles=["suspect in the killing of four bus drivers"]),
            P("Consuelo Porras", "Attorney General Consuelo Porras", country="Guatemala", roles=["Attorney General"]),
            P("Bernardo Arévalo", country="Guatemala", roles=["president"]),
            P("Daniel Ortega", country="Nicaragua", roles=["head of government"]),
            P("Rosario Murillo", country="Nicaragua", roles=["head of government"]),
            P("Rolando Álvarez", "Bishop Rolando Álvarez", country="Nicaragua", roles=["Bishop"])],
    organizations=[O("Observatorio Centroamericano de Seguridad Ciudadana", "Central American Citizen Security Observatory", "OCSC", kind="ngo"),
                   O("Legislative Assembly", kind="government body"),
                   O("Barrio 18", kind="criminal group"),
                   O("Sureños", "the Sureños", kind="criminal group"),
                   O("Revolucionarios", "the Revolucionarios", kind="criminal group"),
                   O("Mara Salvatrucha", "MS-13", "the Mara Salvatrucha", kind="criminal group"),
                   O("Supreme Electoral Tribunal", "TSE", kind="government body"),
                   O("Cristosal", kind="ngo"),
                   O("Military Police of Public Order", "Policía Militar del Orden Público", "PMOP", kind="security force"),
                   O("Public Prosecutor's Office", "Ministerio Público", kind="government body"),
                   O("48 Cantones of Totonicapán", "48 Cantones", kind="other"),
                   O("Judicial Investigation Agency", "Organismo de Investigación Judicial", "OIJ", kind="security force"),
                   O("National Border Service", "Panama's National Border Service", kind="security force")],
    places=[C("El Salvador"), C("Honduras"), C("Guatemala"), C("Costa Rica"), C("Panama"), C("Nicaragua"),
            L("Central America", kind="region"),
            L("Tegucigalpa", kind="city or town", country="Honduras"),
            L("San José", kind="city or town", country="Costa Rica"),
            L("Terrorism Confinement Center", "Centro de Confinamiento del Terrorismo", "CECOT", kind="facility", country="El Salvador"),
            L("Tecoluca", kind="city or town", country="El Salvador"),
            L("Támara", kind="city or town", country="Honduras"),
            L("San Pedro Sula", kind="city or town", country="Honduras"),
            L("Rivera Hernández", kind="other", country="Honduras"),
            L("Renovación 1", "Renovación 1 maximum-security prison", kind="facility", country="Guatemala"),
            L("Escuintla", kind="city or town", country="Guatemala"),
            L("Limón", kind="state or department", country="Costa Rica"),
            L("Puntarenas", kind="state or department", country="Costa Rica"),
            L("Darién", kind="region", country=None),
            L("Vatican", "the Vatican", kind="country")],
    aliases=[A("Observatorio Centroamericano de Seguridad Ciudadana", "Central American Citizen Security Observatory", "translation",
               "Observatorio Centroamericano de Seguridad Ciudadana (Central American Citizen Security Observatory, OCSC)"),
             A("Observatorio Centroamericano de Seguridad Ciudadana", "OCSC", "acronym",
               "Observatorio Centroamericano de Seguridad Ciudadana (Central American Citizen Security Observatory, OCSC)"),
             A("Mara Salvatrucha", "MS-13", "acronym", "the Mara Salvatrucha (MS-13)"),
             A("Terrorism Confinement Center", "Centro de Confinamiento del Terrorismo", "translation",
               "Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT)"),
             A("Terrorism Confinement Center", "CECOT", "acronym", "Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT)"),
             A("Supreme Electoral Tribunal", "TSE", "acronym", "Supreme Electoral Tribunal (TSE)"),
             A("Military Police of Public Order", "Policía Militar del Orden Público", "translation",
               "Military Police of Public Order (Policía Militar del Orden Público, PMOP)"),
             A("Military Police of Public Order", "PMOP", "acronym", "Military Police of Public Order (Policía Militar del Orden Público, PMOP)"),
             A("Brayan Josué Maldonado Ulloa", "el Diablito", "nickname", "Brayan Josué Maldonado Ulloa, alias \"el Diablito,\""),
             A("Public Prosecutor's Office", "Ministerio Público", "translation", "The Public Prosecutor's Office (Ministerio Público)"),
             A("Judicial Investigation Agency", "Organismo de Investigación Judicial", "translation",
               "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Judicial Investigation Agency", "OIJ", "acronym", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)")],
    events=[E("2022-03-27", "day", "on 27 March 2022", "explicit", ["El Salvador"], "State of exception declared in El Salvador after gangs kill 87 people",
              "The state of exception declared on 27 March 2022, after gangs killed 87 people in three days, was extended by the Legislative Assembly for the twentieth time in November."),
            E("2023-11", "month", "in November", "document date", ["El Salvador"], "Legislative Assembly extends the state of exception for the twentieth time",
              "The state of exception declared on 27 March 2022, after gangs killed 87 people in three days, was extended by the Legislative Assembly for the twentieth time in November."),
            E("2023-02", "month", "in February 2023", "explicit", ["El Salvador"], "CECOT mega-prison in Tecoluca receives its first inmates",
              "Many have been sent to the Terrorism Confinement Center (Centro de Confinamiento del Terrorismo, CECOT) in Tecoluca, which received its first inmates in February 2023."),
            E("2023-11-03", "day", "On 3 November", "document date", ["El Salvador"], "TSE accepts Nayib Bukele's registration as a presidential candidate",
              "On 3 November, the Supreme Electoral Tribunal (TSE) accepted Nayib Bukele's registration as a candidate in the February election, and on 30 November the Legislative Assembly granted him leave from the presidency to campaign."),
            E("2024-02", "month", "the February election", "document date", ["El Salvador"], "Salvadoran presidential election (scheduled)",
              "On 3 November, the Supreme Electoral Tribunal (TSE) accepted Nayib Bukele's registration as a candidate in the February election, and on 30 November the Legislative Assembly granted him leave from the presidency to campaign."),
            E("2023-11-30", "day", "on 30 November", "document date", ["El Salvador"], "Legislative Assembly grants Bukele leave from the presidency to campaign",
              "On 3 November, the Supreme Electoral Tribunal (TSE) accepted Nayib Bukele's registration as a candidate in the February election, and on 30 November the Legislative Assembly granted him leave from the presidency to campaign."),
            E("2023-06-20", "day", "on 20 June 2023", "explicit", ["Honduras"], "46 inmates killed in massacre at the women's prison in Támara, blamed on Barrio 18",
              "Six months after the massacre in the women's prison in Támara, where 46 inmates were killed on 20 June 2023 in an attack blamed on Barrio 18, the prisons remain under the control of the Military Police of Public Order (Policía Militar del Orden Público, PMOP)."),
            E("2022-12", "month", "in December 2022", "explicit", ["Honduras"], "Honduras declares a state of exception",
              "The state of exception declared in December 2022 was extended again in October."),
            E("2023-10", "month", "in October", "document date", ["Honduras"], "Honduran state of exception extended again",
              "The state of exception declared in December 2022 was extended again in October."),
            E("2023-11-12", "day", "On 12 November", "document date", ["Honduras"], "Gunmen kill four bus drivers in Rivera Hernández, San Pedro Sula, over an MS-13 extortion fee",
              "On 12 November, gunmen killed four bus drivers in the Rivera Hernández neighbourhood of San Pedro Sula after their cooperative refused to pay a weekly fee to a local clique of the MS-13."),
            E("2023-11-14", "day", "two days later", "context", ["Honduras"], "Police arrest suspect Brayan Josué Maldonado Ulloa, alias el Diablito",
              "Police arrested a suspect, Brayan Josué Maldonado Ulloa, alias \"el Diablito,\" two days later."),
            E("2023-09-29", "day", "on 29 September", "document date", ["Guatemala"], "Guatemala's Public Prosecutor's Office seizes electoral records from the TSE, prompting protests",
              "The Public Prosecutor's Office (Ministerio Público) seized electoral records from the Supreme Electoral Tribunal on 29 September, prompting nationwide protests."),
            E("2023-10-02", "day", "from 2 October", "document date", ["Guatemala"], "Indigenous authorities led by the 48 Cantones block roads demanding Attorney General Porras resign",
              "Indigenous authorities led by the 48 Cantones of Totonicapán blocked roads from 2 October for more than three weeks, demanding the resignation of Attorney General Consuelo Porras."),
            E("2024-01-15", "day", "15 January", "document date", ["Guatemala"], "Bernardo Arévalo sworn in as president of Guatemala",
              "Bernardo Arévalo was sworn in as president in the early hours of 15 January after a day-long delay in Congress."),
            E("2023-12", "month", "In December", "document date", ["Guatemala"], "14 Barrio 18 leaders transferred to the Renovación 1 prison in Escuintla",
              "In December, the prison system transferred 14 leaders of Barrio 18 to the Renovación 1 maximum-security prison in Escuintla after intelligence reports of a planned escape."),
            E("2024-01-14", "day", "on 14 January", "document date", ["Nicaragua"], "Ortega-Murillo government releases Bishop Rolando Álvarez and sends him to the Vatican",
              "The government of Daniel Ortega and Rosario Murillo released Bishop Rolando Álvarez, who had been sentenced to 26 years in February 2023, and sent him to the Vatican on 14 January together with another bishop and 15 priests."),
            E("2023-02", "month", "in February 2023", "explicit", ["Nicaragua"], "Bishop Rolando Álvarez sentenced to 26 years",
              "The government of Daniel Ortega and Rosario Murillo released Bishop Rolando Álvarez, who had been sentenced to 26 years in February 2023, and sent him to the Vatican on 14 January together with another bishop and 15 priests.")],
    optional={"organizations": ["Congress", "Terrorism Confinement Center", "CECOT", "Renovación 1", "Citizen Security Monitor"],
              "places": ["Totonicapán"],
              "events_evidence": [
                  "Homicides fell in El Salvador and Honduras in 2023 and rose sharply in Costa Rica, which recorded the highest number of killings in its history.",
                  "Emergency regimes now cover most of the population of the northern countries.",
                  "This edition summarises developments in the last quarter of the year and the first weeks of January.",
                  "More than 75,000 people have been detained under it, among them members of both factions of Barrio 18 – the Sureños and the Revolucionarios – and of the Mara Salvatrucha (MS-13).",
                  "Human rights groups, including Cristosal, documented 189 deaths in custody since the regime began.",
                  "Extortion remains the main driver of violence in San Pedro Sula and Tegucigalpa.",
                  "Costa Rica ended 2023 with 907 homicides.",
                  "Panama's National Border Service reported that 520,085 migrants crossed the Darién in 2023, more than double the figure for 2022.",
                  "Figures for 2023 are provisional.",
                  "The OCSC does not collect data in Nicaragua, where official statistics have not been published since 2019.",
                  "Previous edition: July–September 2023",
                  "El Salvador: The State of Exception in Its Second Year"]},
    timeline_pair=("El Salvador", "Honduras"))

# ---------------------------------------------------------------- 10 Fiscalía (Colombia) press bulletin
F = "10_fiscalia_colombia_cartagena_containers_2024.txt"
doc(F, SRC, "Network that contaminated containers in the port of Cartagena with cocaine bound for Spain and Italy is dismantled",
    "2024-05-14", "day", "Bogotá D.C., May 14, 2024",
    people=[P("Wilson de Jesús Barrios Julio", "el Capi", country="Colombia", roles=["leader of Los del Muelle", "former stevedore"]),
            P("Yuranis Paola Cassiani Herrera", "la Mona", country="Colombia", roles=["partner of el Capi", "handled payments to port workers"]),
            P("Luis Alberto Mendoza Pérez", country="Colombia", roles=["detainee granted house arrest"])],
    organizations=[O("Fiscalía General de la Nación", "Attorney General's Office", "Fiscalía", kind="government body"),
                   O("Dirección Especializada contra el Narcotráfico", "Specialised Directorate against Drug Trafficking", kind="government body"),
                   O("Los del Muelle", kind="criminal group"),
                   O("Technical Investigation Corps", "Cuerpo Técnico de Investigación", "CTI", kind="security force"),
                   O("Dirección de Antinarcóticos", "DIRAN", kind="security force"),
                   O("National Police", kind="security force"),
                   O("Armada de Colombia", "Colombian Navy", kind="security force"),
                   O("Guardia Civil", "Spanish Guardia Civil", kind="security force"),
                   O("Guardia di Finanza", "Italy's Guardia di Finanza", kind="security force"),
                   O("Directorate of International Affairs", kind="government body"),
                   O("Clan del Golfo", "the Clan del Golfo", kind="criminal group"),
                   O("Drug Enforcement Administration", "DEA", kind="government body")],
    places=[L("Cartagena", kind="city or town", country="Colombia"), C("Spain"), C("Italy"),
            L("Bolívar", kind="state or department", country="Colombia"),
            L("Bogotá", "Bogotá D.C.", kind="city or town", country="Colombia"),
            L("Barranquilla", kind="city or town", country="Colombia"),
            L("Medellín", kind="city or town", country="Colombia"),
            L("Valencia", kind="city or town", country="Spain"),
            L("Gioia Tauro", kind="city or town", country="Italy"),
            L("Calabria", kind="state or department", country="Italy"),
            L("Montes de María", kind="region", country="Colombia"),
            L("Gulf of Urabá", kind="region", country="Colombia"),
            L("Bocagrande", kind="other", country="Colombia"),
            US()],
    aliases=[A("Fiscalía General de la Nación", "Attorney General's Office", "translation", "The Fiscalía General de la Nación (Attorney General's Office)"),
             A("Dirección Especializada contra el Narcotráfico", "Specialised Directorate against Drug Trafficking", "translation",
               "Dirección Especializada contra el Narcotráfico (Specialised Directorate against Drug Trafficking)"),
             A("Technical Investigation Corps", "Cuerpo Técnico de Investigación", "translation", "Technical Investigation Corps (Cuerpo Técnico de Investigación, CTI)"),
             A("Technical Investigation Corps", "CTI", "acronym", "Technical Investigation Corps (Cuerpo Técnico de Investigación, CTI)"),
             A("Dirección de Antinarcóticos", "DIRAN", "acronym", "the Dirección de Antinarcóticos of the National Police (DIRAN)"),
             A("Armada de Colombia", "Colombian Navy", "translation", "Armada de Colombia (Colombian Navy)"),
             A("Wilson de Jesús Barrios Julio", "el Capi", "nickname", "Wilson de Jesús Barrios Julio, alias \"el Capi,\""),
             A("Yuranis Paola Cassiani Herrera", "la Mona", "nickname", "Yuranis Paola Cassiani Herrera, alias \"la Mona,\""),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)")],
    events=[E("2024-05", "month", "on May 8 and 9", "document date", ["Colombia"], "CTI and DIRAN capture nine alleged members of Los del Muelle in Cartagena, Barranquilla and Medellín",
              "The captures were carried out on May 8 and 9 in Cartagena, Barranquilla and Medellín by the Technical Investigation Corps (Cuerpo Técnico de Investigación, CTI) and the Dirección de Antinarcóticos of the National Police (DIRAN), with the support of the Armada de Colombia (Colombian Navy)."),
            E("2023-08-22", "day", "on August 22, 2023", "explicit", ["Spain", "Colombia"], "Spanish Guardia Civil finds 1.8 tons of cocaine in a coal container at Valencia",
              "Six of them were intercepted abroad: on August 22, 2023, the Spanish Guardia Civil found 1.8 tons of cocaine in a container of coal unloaded at the port of Valencia, and on October 3, 2023, Italy's Guardia di Finanza seized 920 kilograms at Gioia Tauro, in Calabria."),
            E("2023-10-03", "day", "on October 3, 2023", "explicit", ["Italy", "Colombia"], "Italy's Guardia di Finanza seizes 920 kg of cocaine at Gioia Tauro",
              "Six of them were intercepted abroad: on August 22, 2023, the Spanish Guardia Civil found 1.8 tons of cocaine in a container of coal unloaded at the port of Valencia, and on October 3, 2023, Italy's Guardia di Finanza seized 920 kilograms at Gioia Tauro, in Calabria."),
            E("2019-03-02", "day", "on March 2, 2019", "explicit", ["Colombia"], "el Capi arrested with 40 kg of cocaine in Bocagrande, Cartagena",
              "Alias \"el Capi\" had been arrested previously, on March 2, 2019, in possession of 40 kilograms of cocaine in the Bocagrande sector of Cartagena, and was released the following year after serving part of his sentence."),
            E("2020", "year", "the following year", "context", ["Colombia"], "el Capi released after serving part of his sentence",
              "Alias \"el Capi\" had been arrested previously, on March 2, 2019, in possession of 40 kilograms of cocaine in the Bocagrande sector of Cartagena, and was released the following year after serving part of his sentence."),
            E("2023-01", "month", "in January 2023", "explicit", ["Colombia", "United States"], "Investigation begins after an anonymous tip to the Fiscalía hotline, with DEA support",
              "The investigation began after an anonymous report received on the Fiscalía's hotline in January 2023 and was supported by the Drug Enforcement Administration (DEA) of the United States.")],
    optional={"organizations": ["Press Office", "Fiscalía General de la Nación – Press Office", "Colombian authorities"],
              "places": ["port of Cartagena", "port of Valencia", "Colombia"],
              "events_evidence": [
                  "The Fiscalía General de la Nación (Attorney General's Office), through its Dirección Especializada contra el Narcotráfico (Specialised Directorate against Drug Trafficking), secured a detention order against nine alleged members of a criminal structure known as \"Los del Muelle,\" which allegedly introduced cocaine into export containers at the port terminals of Cartagena (Bolívar).",
                  "The Fiscalía established that between January and November 2023 the structure contaminated at least 11 containers carrying coal, bananas and frozen fruit pulp.",
                  "Both operations were coordinated with the Colombian authorities through the Attorney General's Office's Directorate of International Affairs.",
                  "A prosecutor attached to the Directorate charged the nine detainees with the crimes of conspiracy to commit a crime (concierto para delinquir) aggravated, drug trafficking and bribery.",
                  "A judge with control-of-guarantees functions (juez con función de control de garantías) in Cartagena ordered the detention of eight of them in a prison facility.",
                  "The ninth, Luis Alberto Mendoza Pérez, 71, was granted house arrest because of his age.",
                  "The drug was reportedly supplied by the Clan del Golfo, which, according to the prosecutor in the case, charged a fee per kilogram to allow the shipments to leave its zones of influence in the Montes de María and the Gulf of Urabá."]},
    timeline_pair=("Colombia", "Spain"))

# ---------------------------------------------------------------- 11 MPF (Brazil) press release
F = "11_mpf_brazil_paranagua_operation_2024.txt"
doc(F, SRC, "MPF charges 14 people for sending cocaine hidden in frozen chicken through the Port of Paranaguá",
    "2024-09-03", "day", "Published 03/09/2024 16h20",
    people=[P("Cláudio Roberto Wolff Bittencourt", "Bittencourt", "Alemão do Porto", country="Brazil", roles=["businessman", "owner of a cold-storage company in Paranaguá", "commander of the organisation"]),
            P("Anderson Luiz da Silva Prates", "Prates", "Piloto", country="Brazil", roles=["member of the Primeiro Comando da Capital", "commander of the organisation", "fugitive"]),
            P("Fernanda Caroline Kniess Oliveira", country="Brazil", roles=["prosecutor"])],
    organizations=[O("Federal Public Prosecutor's Office", "Ministério Público Federal", "MPF", kind="government body"),
                   O("Procuradoria da República no Paraná", "Regional Prosecutor's Office in Paraná", kind="government body"),
                   O("23rd Federal Court of Curitiba", "23ª Vara Federal de Curitiba", kind="government body"),
                   O("Federal Police", "Polícia Federal", "PF", kind="security force"),
                   O("Federal Revenue Service", "Receita Federal", kind="government body"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Europol", kind="international organization"),
                   O("Interpol", kind="international organization")],
    places=[L("Port of Paranaguá", kind="facility", country="Brazil"),
            L("Paranaguá", kind="city or town", country="Brazil"),
            L("Paraná", kind="state or department", country="Brazil"),
            L("Europe", kind="region"),
            L("Curitiba", kind="city or town", country="Brazil"),
            L("Santa Catarina", kind="state or department", country="Brazil"),
            L("São Paulo", kind="state or department", country="Brazil"),
            L("Mato Grosso do Sul", kind="state or department", country="Brazil"),
            C("Bolivia"), C("Paraguay"),
            L("Ponta Porã", kind="city or town", country="Brazil"),
            L("Rotterdam", kind="city or town", country="Netherlands"),
            L("Antwerp", kind="city or town", country="Belgium"),
            C("Netherlands", "the Netherlands"),
            L("Brasília", kind="city or town", country="Brazil"),
            L("Balneário Camboriú", kind="city or town", country="Brazil"),
            L("Paramaribo", kind="city or town", country="Suriname"),
            C("Suriname")],
    aliases=[A("Federal Public Prosecutor's Office", "Ministério Público Federal", "translation", "The Federal Public Prosecutor's Office (Ministério Público Federal, MPF)"),
             A("Federal Public Prosecutor's Office", "MPF", "acronym", "The Federal Public Prosecutor's Office (Ministério Público Federal, MPF)"),
             A("23rd Federal Court of Curitiba", "23ª Vara Federal de Curitiba", "translation", "23rd Federal Court of Curitiba (23ª Vara Federal de Curitiba)"),
             A("Federal Police", "Polícia Federal", "translation", "Federal Police (Polícia Federal, PF)"),
             A("Federal Police", "PF", "acronym", "Federal Police (Polícia Federal, PF)"),
             A("Federal Revenue Service", "Receita Federal", "translation", "Federal Revenue Service (Receita Federal)"),
             A("Cláudio Roberto Wolff Bittencourt", "Alemão do Porto", "nickname", "Cláudio Roberto Wolff Bittencourt, known as \"Alemão do Porto,\""),
             A("Anderson Luiz da Silva Prates", "Piloto", "nickname", "Anderson Luiz da Silva Prates, nicknamed \"Piloto,\""),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)")],
    events=[E("2024-09-02", "day", "on Monday (2)", "document date", ["Brazil"], "MPF charges 14 people investigated in Operation Maré Branca",
              "The Federal Public Prosecutor's Office (Ministério Público Federal, MPF) filed charges on Monday (2) against 14 people investigated in Operation Maré Branca for international drug trafficking, criminal association for trafficking and money laundering."),
            E("2024-06-18", "day", "on June 18", "document date", ["Brazil"], "Federal Police launch Operation Maré Branca, executing 31 search and 12 arrest warrants",
              "Operation Maré Branca was launched on June 18 by the Federal Police (Polícia Federal, PF) with the support of the Federal Revenue Service (Receita Federal), when 31 search warrants and 12 arrest warrants were executed in Paraná, Santa Catarina, São Paulo and Mato Grosso do Sul."),
            E("2023-04", "month", "in April 2023", "explicit", ["Brazil", "Netherlands"], "Investigation begins after Dutch customs find 1.1 tonnes of cocaine in a chicken container at Rotterdam",
              "Investigations began in April 2023, after the Dutch customs service found 1.1 tonnes of cocaine in a container of chicken breasts from Paranaguá at the port of Rotterdam."),
            E("2023-09", "month", "In September of the same year", "context", ["Belgium"], "Belgian authorities seize 900 kg of cocaine at Antwerp in a container from the same company",
              "In September of the same year, Belgian authorities seized another 900 kilograms at the port of Antwerp in a container shipped by the same company."),
            E("2024-06-18", "day", "on the day of the operation", "context", ["Brazil"], "Bittencourt arrested in Balneário Camboriú",
              "Bittencourt was arrested on the day of the operation in Balneário Camboriú (SC)."),
            E("2024-07", "month", "in July", "document date", ["Brazil"], "Prates included in the Interpol Red Notice list",
              "Prates is a fugitive and is believed to be in Paramaribo, Suriname; his name was included in the Interpol Red Notice list in July.")],
    optional={"organizations": ["Operation Maré Branca", "Dutch customs service", "Belgian authorities", "liaison office", "Assessoria de Comunicação", "Press office"],
              "places": ["port of Rotterdam", "port of Antwerp", "MS", "SC"],
              "events_evidence": [
                  "According to the charges, the group sent at least 3.6 tonnes of cocaine to Europe hidden in refrigerated containers of frozen chicken exported through the Port of Paranaguá, on the coast of Paraná.",
                  "The charges were filed with the 23rd Federal Court of Curitiba (23ª Vara Federal de Curitiba), which authorised the operation.",
                  "The information was shared with the PF through Europol and the Netherlands' liaison office in Brasília.",
                  "Of the 14 accused, 11 are in pre-trial detention.",
                  "The MPF also asked the court to confiscate 19 vehicles, two aircraft and four properties, and to order the defendants to pay R$ 40 million in collective moral damages.",
                  "Updated 03/09/2024 18h05"]},
    timeline_pair=("Brazil", "Netherlands"))

# ---------------------------------------------------------------- 12 event notes, Mexico and Guatemala
F = "12_events_mexico_guatemala_sept_2024.txt"
doc(F, SRC, "Mexico and Guatemala: Selected Political Violence Events", "2024-09-25", "day", "Published 25 September 2024",
    people=[P("Iván Archivaldo Guzmán Salazar", country="Mexico", roles=["leader of Los Chapitos"]),
            P("Jesús Alfredo Guzmán Salazar", country="Mexico", roles=["leader of Los Chapitos"]),
            P("Ismael Zambada García", "Zambada", "El Mayo", country="Mexico", roles=["leader of La Mayiza"]),
            P("Joaquín Guzmán López", country="Mexico", roles=["son of El Chapo", "flew the plane that took Zambada to the United States"]),
            P("Joaquín Guzmán", "Joaquín \"El Chapo\" Guzmán", "El Chapo", country="Mexico"),
            P("Rubén Rocha Moya", "Governor Rubén Rocha Moya", country="Mexico", roles=["Governor of Sinaloa"]),
            P("Francisco Javier Olvera Ramírez", "Sgt. Francisco Javier Olvera Ramírez", country="Mexico", roles=["municipal police sergeant"]),
            P("Diana Laura Pérez-Mejía", "Officer Diana Laura Pérez-Mejía", country="Mexico", roles=["municipal police officer"])],
    organizations=[O("Los Chapitos", kind="criminal group"),
                   O("La Mayiza", kind="criminal group"),
                   O("Cartel Jalisco Nueva Generación", "CJNG", kind="criminal group"),
                   O("Sinaloa Cartel", kind="criminal group"),
                   O("Executive Coordination Secretariat of the Presidency", "Secretaría de Coordinación Ejecutiva de la Presidencia", "SCEP", kind="government body"),
                   O("Guatemalan Army", kind="security force"),
                   O("Santa Rosa de Lima Cartel", kind="criminal group"),
                   O("National Guard", "Guardia Nacional", kind="security force"),
                   O("Cárteles Unidos", kind="criminal group"),
                   O("Mexican Army", kind="security force"),
                   O("Universidad Autónoma de Sinaloa", kind="other")],
    places=[C("Mexico"), C("Guatemala"), US(),
            L("Culiacán", kind="city or town", country="Mexico"),
            L("Sinaloa", kind="state or department", country="Mexico"),
            L("Tierra Blanca", kind="other", country="Mexico"),
            L("Las Quintas", kind="other", country="Mexico"),
            L("Navolato", kind="city or town", country="Mexico"),
            L("El Limoncito", kind="city or town", country="Mexico"),
            L("Chicomuselo", kind="city or town", country="Mexico"),
            L("Chiapas", kind="state or department", country="Mexico"),
            L("Nueva Morelia", kind="city or town", country="Mexico"),
            L("Guadalupe Victoria", kind="city or town", country="Mexico"),
            L("Frontera Comalapa", kind="city or town", country="Mexico"),
            L("Cuilco", kind="city or town", country="Guatemala"),
            L("Huehuetenango", kind="state or department", country="Guatemala"),
            L("Ampliación Chiquihuil", kind="city or town", country="Guatemala"),
            L("Celaya", kind="city or town", country="Mexico"),
            L("Guanajuato", kind="state or department", country="Mexico"),
            L("Apatzingán", kind="city or town", country="Mexico"),
            L("Michoacán", kind="state or department", country="Mexico"),
            L("El Alcalde", kind="city or town", country="Mexico"),
            L("Tapachula", kind="city or town", country="Mexico"),
            L("CERESO No. 3", "CERESO No. 3 prison", kind="facility", country="Mexico"),
            L("Fresnillo", kind="city or town", country="Mexico"),
            L("Zacatecas", kind="state or department", country="Mexico"),
            L("Plateros", kind="city or town", country="Mexico"),
            L("La Libertad", kind="city or town", country="Guatemala"),
            L("Petén", kind="state or department", country="Guatemala"),
            L("El Naranjo", kind="city or town", country="Guatemala")],
    aliases=[A("Ismael Zambada García", "El Mayo", "nickname", "Ismael Zambada García, alias \"El Mayo.\""),
             A("Joaquín Guzmán", "El Chapo", "nickname", "Joaquín \"El Chapo\" Guzmán"),
             A("Cartel Jalisco Nueva Generación", "CJNG", "acronym", "Cartel Jalisco Nueva Generación (CJNG)"),
             A("Executive Coordination Secretariat of the Presidency", "Secretaría de Coordinación Ejecutiva de la Presidencia", "translation",
               "Executive Coordination Secretariat of the Presidency (Secretaría de Coordinación Ejecutiva de la Presidencia, SCEP)"),
             A("Executive Coordination Secretariat of the Presidency", "SCEP", "acronym",
               "Executive Coordination Secretariat of the Presidency (Secretaría de Coordinación Ejecutiva de la Presidencia, SCEP)"),
             A("National Guard", "Guardia Nacional", "translation", "National Guard (Guardia Nacional)")],
    events=[E("2024-09-09", "day", "9 September 2024", "explicit", ["Mexico"], "Armed clash in Culiacán between Los Chapitos and La Mayiza; at least six killed",
              "9 September 2024 – Culiacán, Sinaloa (Mexico)"),
            E("2024-07-25", "day", "on 25 July", "document date", ["Mexico", "United States"], "Ismael Zambada arrives in the United States on a plane flown by Joaquín Guzmán López",
              "The dispute follows the arrival of Zambada in the United States on 25 July aboard a plane flown by Joaquín Guzmán López, a son of Joaquín \"El Chapo\" Guzmán."),
            E("2024-09-10", "day", "10 September 2024", "explicit", ["Mexico"], "Armed men burn at least 20 vehicles and two shops on the Culiacán–Mazatlán highway",
              "10 September 2024 – Culiacán, Sinaloa (Mexico)"),
            E("2024-09-11", "day", "The following day", "context", ["Mexico"], "Governor Rocha Moya suspends the Independence Day celebrations",
              "The following day, Governor Rubén Rocha Moya suspended the Independence Day celebrations planned for the night of 15 September."),
            E("2024-09-12", "day", "12 September 2024", "explicit", ["Mexico"], "Five tortured bodies found near El Limoncito, Navolato, with a La Mayiza banner",
              "12 September 2024 – Navolato, Sinaloa (Mexico)"),
            E("2024-09-13", "day", "13 September 2024", "explicit", ["Mexico"], "CJNG–Sinaloa Cartel clashes in Chicomuselo displace about 300 families",
              "13 September 2024 – Chicomuselo, Chiapas (Mexico)"),
            E("2024-09-14", "day", "14 September 2024", "explicit", ["Guatemala", "Mexico"], "118 Mexican nationals fleeing the Chicomuselo fighting arrive in Cuilco, Guatemala",
              "14 September 2024 – Cuilco, Huehuetenango (Guatemala)"),
            E("2024-09-15", "day", "Late the next day", "context", ["Guatemala"], "Guatemalan Army deploys 200 soldiers to the border",
              "Late the next day, the Guatemalan Army deployed 200 soldiers to the border."),
            E("2024-09-15", "day", "15 September 2024", "explicit", ["Mexico"], "Gunmen kill two municipal police officers at a checkpoint in Celaya",
              "15 September 2024 – Celaya, Guanajuato (Mexico)"),
            E("2024-09-16", "day", "16 September 2024", "explicit", ["Mexico"], "State police and National Guard clash with Cárteles Unidos near El Alcalde, Apatzingán",
              "16 September 2024 – Apatzingán, Michoacán (Mexico)"),
            E("2024-09-18", "day", "18 September 2024", "explicit", ["Mexico"], "Riot in the CERESO No. 3 prison in Tapachula leaves four dead",
              "18 September 2024 – Tapachula, Chiapas (Mexico)"),
            E("2024-09-19", "day", "19 September 2024", "explicit", ["Mexico"], "Three homes burned in Plateros, Fresnillo, after residents refuse to pay a quota",
              "19 September 2024 – Fresnillo, Zacatecas (Mexico)"),
            E("2024-09-19", "day", "the same day", "context", ["Mexico"], "About 40 residents leave Plateros",
              "No deaths were reported; about 40 residents left the area the same day."),
            E("2024-09-20", "day", "20 September 2024", "explicit", ["Mexico"], "Seven bodies left near the Universidad Autónoma de Sinaloa in Culiacán",
              "20 September 2024 – Culiacán, Sinaloa (Mexico)"),
            E("2024-09-20", "day", "The same day", "context", ["Mexico"], "Mexican Army sends 600 more troops to Sinaloa",
              "The same day, the Mexican Army said it had sent 600 more troops to the state."),
            E("2024-09-21", "day", "21 September 2024", "explicit", ["Guatemala"], "Guatemalan Army exchanges fire with suspected traffickers at a clandestine airstrip near El Naranjo",
              "21 September 2024 – La Libertad, Petén (Guatemala)")],
    optional={"organizations": ["Regional Conflict Monitor", "state security secretariat", "CERESO No. 3"],
              "places": ["Mazatlán", "Salamanca", "Universidad Autónoma de Sinaloa"],
              "events_evidence": [
                  "Data period: 8–21 September 2024",
                  "Fighting broke out in the early hours between gunmen of Los Chapitos, the faction led by Iván Archivaldo Guzmán Salazar and Jesús Alfredo Guzmán Salazar, and La Mayiza, the faction loyal to Ismael Zambada García, alias \"El Mayo.\"",
                  "At least six people were killed in the neighbourhoods of Tierra Blanca and Las Quintas.",
                  "Armed men set fire to at least 20 vehicles and two shops on the Culiacán–Mazatlán highway.",
                  "Schools and government offices closed.",
                  "The bodies of five men, bound and with signs of torture, were found on a dirt road near the village of El Limoncito.",
                  "A banner signed \"La Mayiza\" was left at the scene.",
                  "Clashes between the Cartel Jalisco Nueva Generación (CJNG) and the Sinaloa Cartel in the ejidos of Nueva Morelia and Guadalupe Victoria forced about 300 families to flee toward Frontera Comalapa.",
                  "Residents reported the use of drones carrying explosives.",
                  "Guatemala's Executive Coordination Secretariat of the Presidency (Secretaría de Coordinación Ejecutiva de la Presidencia, SCEP) reported the arrival of 118 Mexican nationals fleeing the Chicomuselo fighting, who were housed in the school of the village of Ampliación Chiquihuil.",
                  "Gunmen killed two municipal police officers, Sgt. Francisco Javier Olvera Ramírez and Officer Diana Laura Pérez-Mejía, at a checkpoint on the Celaya–Salamanca road.",
                  "The Santa Rosa de Lima Cartel was blamed in messages left at the scene.",
                  "State police and members of the National Guard (Guardia Nacional) clashed with gunmen of Cárteles Unidos near the community of El Alcalde.",
                  "One guardsman and three gunmen were killed.",
                  "A fight between inmate groups in the CERESO No. 3 prison left four dead and nine injured.",
                  "The state security secretariat said the riot began when prisoners linked to the CJNG attacked the prison's kitchen area; order was restored overnight.",
                  "Unidentified men set fire to three homes in the Plateros community after residents refused to pay a monthly quota.",
                  "Seven bodies were left near the Universidad Autónoma de Sinaloa, some wearing sombreros, in what local media interpreted as a message from Los Chapitos.",
                  "Soldiers of the Guatemalan Army exchanged fire with suspected drug traffickers at a clandestine airstrip near the village of El Naranjo.",
                  "One soldier was wounded; the army seized a twin-engine aircraft registered in Mexico.",
                  "Summary: 11 events, at least 37 reported fatalities.",
                  "Next update: 9 October 2024."]},
    timeline_pair=("Mexico", "Guatemala"))

# ---------------------------------------------------------------- 13 monthly conflict digest
F = "13_crisiswatch_style_latam_oct_2023.txt"
doc(F, SRC, "Conflict Tracker – Latin America & Caribbean", "2023-10", "month", "Monthly digest, October 2023",
    people=[P("Renel Destina", "Ti Lapli", country="Haiti", roles=["leader of the Grand Ravine gang"]),
            P("Fernando Villavicencio", country="Ecuador", roles=["presidential candidate"]),
            P("Daniel Noboa", "Businessman Daniel Noboa", country="Ecuador", roles=["businessman", "winner of the presidential runoff"]),
            P("Luisa González", country="Ecuador", roles=["Citizen Revolution Movement candidate"]),
            P("Luis Manuel Díaz", country="Colombia", roles=["father of footballer Luis Díaz"]),
            P("Luis Díaz", country="Colombia", roles=["Liverpool footballer"]),
            P("Carlos Fernando Galán", country="Colombia", roles=["Bogotá mayor-elect"]),
            P("Nicolás Maduro", country="Venezuela", roles=["head of government"]),
            P("María Corina Machado", country="Venezuela", roles=["winner of the opposition primary"]),
            P("Consuelo Porras", "Attorney General Consuelo Porras", country="Guatemala", roles=["Attorney General"]),
            P("Alejandro Giammattei", "President Alejandro Giammattei", country="Guatemala", roles=["President"]),
            P("Evo Morales", "President Evo Morales", country="Bolivia", roles=["former President", "MAS 2025 presidential candidate"]),
            P("Luis Arce", "President Luis Arce", "Arce", country="Bolivia", roles=["President"]),
            P("Dina Boluarte", "President Dina Boluarte", country="Peru", roles=["President"])],
    organizations=[O("UN Security Council", kind="international organization"),
                   O("Multinational Security Support", "MSS", kind="international mission"),
                   O("Kenyan High Court", "High Court", kind="government body"),
                   O("Grand Ravine gang", "Grand Ravine", kind="criminal group"),
                   O("Citizen Revolution Movement", "Movimiento Revolución Ciudadana", "RC", kind="political party"),
                   O("National Liberation Army", "Ejército de Liberación Nacional", "ELN", kind="armed group"),
                   O("Unitary Platform", "Plataforma Unitaria", kind="political party"),
                   O("Supreme Tribunal of Justice", "TSJ", kind="government body"),
                   O("48 Cantones of Totonicapán", "48 Cantones", kind="other"),
                   O("Movement for Socialism", "Movimiento al Socialismo", "MAS", kind="political party"),
                   O("FARC", kind="armed group")],
    places=[L("Latin America", kind="region"), L("Caribbean", kind="region"),
            C("Haiti"), C("Ecuador"), C("Venezuela"), C("Kenya"), C("Colombia"), C("Guatemala"), C("Bolivia"), C("Peru"), C("Honduras"),
            C("Barbados"), L("United States", "U.S.", kind="country"),
            L("Port-au-Prince", kind="city or town", country="Haiti"),
            L("Carrefour-Feuilles", kind="city or town", country="Haiti"),
            L("Guayaquil", kind="city or town", country="Ecuador"),
            L("Litoral Penitentiary", kind="facility", country="Ecuador"),
            L("Quito", kind="city or town", country="Ecuador"),
            L("Barrancas", kind="city or town", country="Colombia"),
            L("La Guajira", kind="state or department", country="Colombia"),
            L("Bogotá", kind="city or town", country="Colombia"),
            L("Bridgetown", kind="city or town", country="Barbados"),
            L("Lauca Ñ", kind="city or town", country="Bolivia"),
            L("Cochabamba", kind="state or department", country="Bolivia"),
            L("Lima", kind="city or town", country="Peru"),
            L("San Martín de Porres", kind="city or town", country="Peru"),
            L("Sullana", kind="city or town", country="Peru")],
    aliases=[A("Multinational Security Support", "MSS", "acronym", "Multinational Security Support (MSS)"),
             A("Renel Destina", "Ti Lapli", "nickname", "Renel Destina, alias \"Ti Lapli,\""),
             A("Citizen Revolution Movement", "Movimiento Revolución Ciudadana", "translation", "Citizen Revolution Movement (Movimiento Revolución Ciudadana, RC)"),
             A("Citizen Revolution Movement", "RC", "acronym", "Citizen Revolution Movement (Movimiento Revolución Ciudadana, RC)"),
             A("National Liberation Army", "Ejército de Liberación Nacional", "translation", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("National Liberation Army", "ELN", "acronym", "National Liberation Army (Ejército de Liberación Nacional, ELN)"),
             A("Unitary Platform", "Plataforma Unitaria", "translation", "Unitary Platform (Plataforma Unitaria)"),
             A("Supreme Tribunal of Justice", "TSJ", "acronym", "Supreme Tribunal of Justice (TSJ)"),
             A("Movement for Socialism", "Movimiento al Socialismo", "translation", "Movement for Socialism (Movimiento al Socialismo, MAS)"),
             A("Movement for Socialism", "MAS", "acronym", "Movement for Socialism (Movimiento al Socialismo, MAS)")],
    events=[E("2023-10-02", "day", "on 2 Oct", "document date", ["Haiti"], "UN Security Council adopts Resolution 2699 authorising the Kenya-led MSS mission",
              "UN Security Council on 2 Oct adopted Resolution 2699, authorising a Kenya-led Multinational Security Support (MSS) mission for an initial 12 months."),
            E("2023-10-09", "day", "on 9 Oct", "document date", ["Kenya", "Haiti"], "Kenyan High Court temporarily blocks the deployment of Kenyan police",
              "Kenyan High Court on 9 Oct temporarily blocked the deployment of Kenyan police pending a constitutional challenge."),
            E("2023-10", "month", "in mid-Oct", "document date", ["Haiti"], "Grand Ravine gang kills at least 14 people in Carrefour-Feuilles",
              "Gangs meanwhile kept up attacks in Port-au-Prince: members of the Grand Ravine gang, led by Renel Destina, alias \"Ti Lapli,\" killed at least 14 people in Carrefour-Feuilles in mid-Oct, displacing thousands."),
            E("2023-08-09", "day", "the 9 Aug murder", "document date", ["Ecuador"], "Presidential candidate Fernando Villavicencio murdered",
              "Six Colombian men held in Guayaquil's Litoral Penitentiary for the 9 Aug murder of presidential candidate Fernando Villavicencio were found hanged in their cell on 6 Oct; a seventh suspect was killed in a Quito prison next day."),
            E("2023-10-06", "day", "on 6 Oct", "document date", ["Ecuador"], "Six Colombian suspects in the Villavicencio murder found hanged in the Litoral Penitentiary",
              "Six Colombian men held in Guayaquil's Litoral Penitentiary for the 9 Aug murder of presidential candidate Fernando Villavicencio were found hanged in their cell on 6 Oct; a seventh suspect was killed in a Quito prison next day."),
            E("2023-10-07", "day", "next day", "context", ["Ecuador"], "Seventh suspect killed in a Quito prison",
              "Six Colombian men held in Guayaquil's Litoral Penitentiary for the 9 Aug murder of presidential candidate Fernando Villavicencio were found hanged in their cell on 6 Oct; a seventh suspect was killed in a Quito prison next day."),
            E("2023-10-15", "day", "on 15 Oct", "document date", ["Ecuador"], "Daniel Noboa defeats Luisa González in the presidential runoff",
              "Businessman Daniel Noboa on 15 Oct defeated Luisa González of the Citizen Revolution Movement (Movimiento Revolución Ciudadana, RC) in the runoff, with 52% of the vote."),
            E("2023-10-28", "day", "on 28 Oct", "document date", ["Colombia"], "ELN kidnaps Luis Manuel Díaz in Barrancas, La Guajira",
              "National Liberation Army (Ejército de Liberación Nacional, ELN) on 28 Oct kidnapped Luis Manuel Díaz, father of Liverpool footballer Luis Díaz, in Barrancas, La Guajira department; his wife was rescued by police hours later."),
            E("2023-10-28", "day", "hours later", "context", ["Colombia"], "Police rescue Luis Manuel Díaz's wife",
              "National Liberation Army (Ejército de Liberación Nacional, ELN) on 28 Oct kidnapped Luis Manuel Díaz, father of Liverpool footballer Luis Díaz, in Barrancas, La Guajira department; his wife was rescued by police hours later."),
            E("2023-10-29", "day", "on 29 Oct", "document date", ["Colombia"], "Government delegation calls on the ELN to release Luis Manuel Díaz",
              "Government delegation on 29 Oct called on ELN to release him immediately."),
            E("2023-10-29", "day", "on 29 Oct", "document date", ["Colombia"], "Colombian local and regional elections; Carlos Fernando Galán wins Bogotá mayoralty",
              "Local and regional elections on 29 Oct passed with few incidents; Carlos Fernando Galán won Bogotá mayoralty."),
            E("2023-10-17", "day", "on 17 Oct", "document date", ["Venezuela", "Barbados"], "Maduro government and the Unitary Platform sign an electoral agreement in Bridgetown",
              "Government of Nicolás Maduro and opposition Unitary Platform (Plataforma Unitaria) on 17 Oct signed agreement in Bridgetown, Barbados, to hold presidential election in second half of 2024."),
            E("2024", "season", "in second half of 2024", "explicit", ["Venezuela"], "Venezuelan presidential election to be held (agreed)",
              "Government of Nicolás Maduro and opposition Unitary Platform (Plataforma Unitaria) on 17 Oct signed agreement in Bridgetown, Barbados, to hold presidential election in second half of 2024."),
            E("2023-10-18", "day", "next day", "context", ["United States", "Venezuela"], "U.S. issues a six-month licence easing sanctions on Venezuela's oil and gas sector",
              "U.S. next day issued six-month licence easing sanctions on oil and gas sector."),
            E("2023-10-22", "day", "on 22 Oct", "document date", ["Venezuela"], "María Corina Machado wins the opposition primary",
              "María Corina Machado on 22 Oct won opposition primary with over 90% of vote; Supreme Tribunal of Justice (TSJ) on 30 Oct suspended \"all effects\" of the primary."),
            E("2023-10-30", "day", "on 30 Oct", "document date", ["Venezuela"], "TSJ suspends all effects of the opposition primary",
              "María Corina Machado on 22 Oct won opposition primary with over 90% of vote; Supreme Tribunal of Justice (TSJ) on 30 Oct suspended \"all effects\" of the primary."),
            E("2023-10-02", "day", "from 2 Oct", "document date", ["Guatemala"], "Indigenous authorities led by the 48 Cantones block highways demanding the Attorney General's resignation",
              "Indigenous authorities led by 48 Cantones of Totonicapán from 2 Oct blocked dozens of highways demanding resignation of Attorney General Consuelo Porras; President Alejandro Giammattei on 10 Oct said he would not remove her."),
            E("2023-10-10", "day", "on 10 Oct", "document date", ["Guatemala"], "President Giammattei says he will not remove Attorney General Porras",
              "Indigenous authorities led by 48 Cantones of Totonicapán from 2 Oct blocked dozens of highways demanding resignation of Attorney General Consuelo Porras; President Alejandro Giammattei on 10 Oct said he would not remove her."),
            E("2023-10", "month", "in late Oct", "document date", ["Guatemala"], "Protesters begin lifting blockades",
              "Protesters began lifting blockades in late Oct."),
            E("2023-10-04", "day", "on 4 Oct", "document date", ["Bolivia"], "MAS congress proclaims Evo Morales its 2025 presidential candidate",
              "Congress of Movement for Socialism (Movimiento al Socialismo, MAS) in Lauca Ñ, Cochabamba department, on 4 Oct proclaimed former President Evo Morales as party's 2025 presidential candidate and expelled President Luis Arce."),
            E("2023-10-04", "day", "on 4 Oct", "document date", ["Bolivia"], "MAS congress expels President Luis Arce",
              "Congress of Movement for Socialism (Movimiento al Socialismo, MAS) in Lauca Ñ, Cochabamba department, on 4 Oct proclaimed former President Evo Morales as party's 2025 presidential candidate and expelled President Luis Arce."),
            E("2023-10-06", "day", "on 6 Oct", "document date", ["Peru"], "Boluarte declares a 60-day emergency in San Martín de Porres and Sullana",
              "President Dina Boluarte on 6 Oct declared 60-day emergency in districts of San Martín de Porres and Sullana, citing extortion and contract killings."),
            E("2023-10-05", "day", "extended 5 Oct", "document date", ["Honduras"], "Honduras extends its state of exception",
              "Honduras (state of exception extended 5 Oct)")],
    optional={"organizations": ["Conflict Tracker", "Resolution 2699", "Liverpool", "Litoral Penitentiary", "Congress of Movement for Socialism", "Congress", "Government of Nicolás Maduro", "Government delegation"],
              "places": ["Liverpool", "Totonicapán", "Colombia–Venezuela border"],
              "events_evidence": [
                  "Deteriorated situations: Haiti, Ecuador.",
                  "Haiti – UN Security Council authorised multinational security mission as gang violence continued.",
                  "Ecuador – Daniel Noboa won presidential runoff as prison killings of assassination suspects raised alarm.",
                  "Colombia – Local elections held peacefully, but ELN kidnapping strained peace talks.",
                  "Venezuela – Government and opposition signed electoral deal, prompting U.S. sanctions relief.",
                  "Guatemala – Indigenous-led protests paralysed roads as prosecutors pressed cases against president-elect's party.",
                  "Bolivia – Feud within ruling party escalated.",
                  "Arce's supporters called the congress illegitimate.",
                  "Peru – Government declared state of emergency in Lima district and northern city.",
                  "See also: Colombia–Venezuela border (ELN and FARC dissidents)"]},
    timeline_pair=("United States", "Venezuela"))

# ---------------------------------------------------------------- 14 feature, Amazon triple border (no date line)
F = "14_feature_amazon_triple_border.txt"
doc(F, SRC, "THE RIVER HAS NO BORDER", None, None, None,
    people=[P("Valeria Ochoa Lindqvist", country=None, roles=["author"]),
            P("Joaquim Baré", country=None, roles=["photographer"]),
            P("Tucunaré", country=None, roles=["boat pilot", "source named only by his nickname"]),
            P("Rosa Elvira Coello Mozombite", country=None, roles=["Ticuna leader"]),
            P("Bruno Pereira", country="Brazil", roles=["Brazilian indigenist"]),
            P("Dom Phillips", country="United Kingdom", roles=["British journalist"]),
            P("Amarildo da Costa Oliveira", "Pelado", country=None, roles=["fisherman who confessed"]),
            P("Rubén Dario da Silva Villar", "Colômbia", country=None, roles=["fish trader accused of ordering the killings"]),
            P("Andrés Felipe Otálora-Rincón", "Major Andrés Felipe Otálora-Rincón", country="Colombia", roles=["Major", "commander of the anti-narcotics police in Leticia"]),
            P("Edvaldo Ramos Tikuna", country="Brazil", roles=["former guard at the Tabatinga Prison Unit"])],
    organizations=[O("Comando Vermelho", "the Comando Vermelho", kind="criminal group"),
                   O("Comandos de la Frontera", kind="criminal group"),
                   O("Revolutionary Armed Forces of Colombia", kind="armed group"),
                   O("Colombian Air Force", kind="security force"),
                   O("Anti-Drug Directorate", "Peru's Anti-Drug Directorate", "Dirección Antidrogas", "DIRANDRO", kind="security force"),
                   O("Primeiro Comando da Capital", "PCC", kind="criminal group"),
                   O("Amazon Reporting Fund", kind="ngo")],
    places=[C("Colombia"), C("Peru"), C("Brazil"),
            L("Amazon", "the Amazon", kind="region", country=None),
            L("Tabatinga", kind="city or town", country="Brazil"),
            L("Benjamin Constant", kind="city or town", country="Brazil"),
            L("Leticia", kind="city or town", country="Colombia"),
            L("Amazonas", kind="state or department", country="Colombia"),
            L("Santa Rosa de Yavarí", kind="city or town", country="Peru"),
            L("Javari", kind="other", country=None),
            L("Putumayo", kind="other", country=None),
            L("Caballococha", kind="city or town", country="Peru"),
            L("Loreto", kind="state or department", country="Peru"),
            L("Rio de Janeiro", kind="city or town", country="Brazil"),
            L("Manaus", kind="city or town", country="Brazil"),
            L("Atlantic", kind="region", country=None),
            L("Puerto Tucano", kind="city or town", country=None),
            L("Itaquaí River", kind="other", country="Brazil"),
            L("Javari Valley", kind="region", country="Brazil"),
            L("Tres Esquinas air base", "Tres Esquinas", kind="facility", country="Colombia"),
            L("Victoria Regia", kind="other", country="Colombia"),
            L("Bellavista", kind="city or town", country="Peru"),
            L("Tabatinga Prison Unit", "Unidade Prisional de Tabatinga", kind="facility", country="Brazil"),
            L("Islandia", kind="city or town", country="Peru"),
            L("Mariano Ospina", kind="other", country=None)],
    aliases=[A("Amarildo da Costa Oliveira", "Pelado", "nickname", "Amarildo da Costa Oliveira, known as \"Pelado,\""),
             A("Rubén Dario da Silva Villar", "Colômbia", "nickname", "Rubén Dario da Silva Villar, a fish trader known as \"Colômbia,\""),
             A("Anti-Drug Directorate", "Dirección Antidrogas", "translation", "Anti-Drug Directorate (Dirección Antidrogas, DIRANDRO)"),
             A("Anti-Drug Directorate", "DIRANDRO", "acronym", "Anti-Drug Directorate (Dirección Antidrogas, DIRANDRO)"),
             A("Tabatinga Prison Unit", "Unidade Prisional de Tabatinga", "translation", "Tabatinga Prison Unit (Unidade Prisional de Tabatinga)"),
             A("Primeiro Comando da Capital", "PCC", "acronym", "Primeiro Comando da Capital (PCC)")],
    events=[E("2022-06-05", "day", "On 5 June", "context", ["Brazil"], "Bruno Pereira and Dom Phillips shot dead on the Itaquaí River in the Javari Valley",
              "On 5 June, the Brazilian indigenist Bruno Pereira and the British journalist Dom Phillips were shot dead on the Itaquaí River, in the Javari Valley, as they returned from a reporting trip."),
            E("2022-06-15", "day", "ten days later", "context", ["Brazil"], "Police find the remains after fisherman Amarildo da Costa Oliveira confesses",
              "Police found their remains ten days later, after a fisherman, Amarildo da Costa Oliveira, known as \"Pelado,\" confessed and led them to the spot."),
            E("2022-07", "month", "In July of that year", "context", ["Brazil"], "Brazilian police arrest fish trader Rubén Dario da Silva Villar, accused of ordering the killings",
              "In July of that year Brazilian police arrested Rubén Dario da Silva Villar, a fish trader known as \"Colômbia,\" whom they accuse of ordering the killings."),
            E(None, "unresolved", "Last March", "unresolved", ["Colombia"], "Leticia anti-narcotics police find 600 kg of cocaine in frozen fish in Victoria Regia",
              "Last March, they found 600 kilograms of cocaine hydrochloride hidden in a cargo of frozen fish in the Victoria Regia neighbourhood of Leticia."),
            E(None, "unresolved", "Two years ago", "unresolved", ["Colombia", "Peru"], "Joint Colombian police–DIRANDRO operation destroys three laboratories near Bellavista",
              "Two years ago, in a joint operation with Peru's Anti-Drug Directorate (Dirección Antidrogas, DIRANDRO), they destroyed three laboratories near the village of Bellavista on the Peruvian bank.")],
    optional={"organizations": ["anti-narcotics police", "Tabatinga Prison Unit", "Ticuna"],
              "places": ["Peruvian bank"],
              "events_evidence": [
                  "The violence became known to the world in June 2022.",
                  "The something else is usually cocaine paste from the coca fields around Caballococha, in Peru's Loreto region, which by the government's own count became one of the fastest-growing coca areas in the country in the last decade.",
                  "He has piloted boats on these rivers for 20 years: the Amazon itself, the Javari that marks the border between Peru and Brazil, the Putumayo to the north.",
                  "At five in the morning the port at Tabatinga is already loud.",
                  "Upriver, on the Putumayo, the customers are the Comandos de la Frontera, a group formed by former guerrillas of the Revolutionary Armed Forces of Colombia.",
                  "By the evening the port is quieter."]},
    timeline_pair=("Colombia", "Peru"))

# ---------------------------------------------------------------- 15 The Andean Post, Colombia-Ecuador relations
F = "15_andean_post_colombia_ecuador_relations_2018.txt"
doc(F, SRC, "Colombia and Ecuador: a decade of ruptures and reconciliations meets its hardest test", "2018-04-20", "day", "Friday, April 20, 2018",
    people=[P("Daniela Proaño Vélez", country=None, roles=["author"]),
            P("Lenín Moreno", "President Lenín Moreno", "Moreno", country="Ecuador", roles=["President"]),
            P("Javier Ortega", country="Ecuador", roles=["El Comercio reporter"]),
            P("Paúl Rivas", country="Ecuador", roles=["El Comercio photographer"]),
            P("Efraín Segarra", country="Ecuador", roles=["El Comercio driver"]),
            P("Walter Patricio Arízala Vernaza", "Guacho", country="Ecuador", roles=["leader of the Oliver Sinisterra Front"]),
            P("María Ángela Holguín", country="Colombia", roles=["foreign minister"]),
            P("María Fernanda Espinosa", country="Ecuador", roles=["foreign minister"]),
            P("Raúl Reyes", country="Colombia", roles=["FARC second-in-command"]),
            P("Rafael Correa", "President Rafael Correa", "Correa", country="Ecuador", roles=["President"]),
            P("Hugo Chávez", country="Venezuela", roles=["President"]),
            P("Álvaro Uribe", country="Colombia", roles=["president"]),
            P("Juan Manuel Santos", "Santos", country="Colombia", roles=["defence minister", "president"]),
            P("Alejandro Suárez Pasquel", country="Ecuador", roles=["former Ecuadorian ambassador to Bogotá"])],
    organizations=[O("The Andean Post", "THE ANDEAN POST", kind="media"),
                   O("National Liberation Army", "ELN", kind="armed group"),
                   O("Revolutionary Armed Forces of Colombia", "FARC", kind="armed group"),
                   O("Oliver Sinisterra Front", kind="armed group"),
                   O("El Comercio", kind="media"),
                   O("Rio Group", kind="international organization"),
                   O("Organization of American States", "OAS", kind="international organization"),
                   O("International Court of Justice", "ICJ", kind="international organization")],
    places=[C("Colombia"), C("Ecuador"), C("Venezuela"), C("Cuba"), C("Norway"),
            L("Quito", kind="city or town", country="Ecuador"),
            L("Mataje", kind="city or town", country="Ecuador"),
            L("Esmeraldas", kind="state or department", country="Ecuador"),
            L("Ipiales", kind="city or town", country="Colombia"),
            L("Angostura", kind="city or town", country="Ecuador"),
            L("Sucumbíos", kind="state or department", country="Ecuador"),
            L("Santo Domingo", kind="city or town", country="Dominican Republic"),
            L("Bogotá", kind="city or town", country="Colombia"),
            L("Tulcán", kind="city or town", country="Ecuador"),
            L("San Lorenzo", kind="city or town", country="Ecuador"),
            L("Eloy Alfaro", kind="state or department", country="Ecuador")],
    aliases=[A("National Liberation Army", "ELN", "acronym", "National Liberation Army (ELN)"),
             A("Walter Patricio Arízala Vernaza", "Guacho", "nickname", "Walter Patricio Arízala Vernaza, an Ecuadorian known as \"Guacho,\""),
             A("Revolutionary Armed Forces of Colombia", "FARC", "acronym", "Revolutionary Armed Forces of Colombia (FARC)"),
             A("Organization of American States", "OAS", "acronym", "Organization of American States (OAS)"),
             A("International Court of Justice", "ICJ", "acronym", "International Court of Justice (ICJ)")],
    events=[E("2018-04-18", "day", "on Wednesday", "document date", ["Ecuador", "Colombia"], "Moreno announces Ecuador will no longer host the Colombia–ELN peace talks",
              "When President Lenín Moreno announced on Wednesday that Ecuador would no longer host peace talks between the Colombian government and the National Liberation Army (ELN), he closed a chapter that had begun only fourteen months earlier, when the two sides sat down in a hacienda outside Quito in February 2017."),
            E("2017-02", "month", "in February 2017", "explicit", ["Colombia", "Ecuador"], "Colombian government and ELN begin peace talks outside Quito",
              "When President Lenín Moreno announced on Wednesday that Ecuador would no longer host peace talks between the Colombian government and the National Liberation Army (ELN), he closed a chapter that had begun only fourteen months earlier, when the two sides sat down in a hacienda outside Quito in February 2017."),
            E("2018-03-26", "day", "On 26 March", "document date", ["Ecuador"], "Oliver Sinisterra Front kidnaps an El Comercio team in Mataje",
              "On 26 March, a dissident faction of the former FARC guerrillas, the Oliver Sinisterra Front, kidnapped a team from the newspaper El Comercio – reporter Javier Ortega, photographer Paúl Rivas and driver Efraín Segarra – in Mataje, in the province of Esmeraldas."),
            E("2018-04-13", "day", "last Friday", "document date", ["Ecuador"], "Moreno confirms the deaths of the El Comercio team",
              "Moreno confirmed their deaths last Friday."),
            E("2018-04-19", "day", "on Thursday", "document date", ["Colombia", "Ecuador"], "Foreign ministers Holguín and Espinosa speak by telephone",
              "Colombia's foreign minister, María Ángela Holguín, spoke by telephone with her Ecuadorian counterpart, María Fernanda Espinosa, on Thursday, and both governments said they would hold an extraordinary meeting of their defence and interior ministers in Ipiales next week."),
            E("2018-04", "month", "next week", "document date", ["Colombia", "Ecuador"], "Extraordinary meeting of defence and interior ministers planned in Ipiales",
              "Colombia's foreign minister, María Ángela Holguín, spoke by telephone with her Ecuadorian counterpart, María Fernanda Espinosa, on Thursday, and both governments said they would hold an extraordinary meeting of their defence and interior ministers in Ipiales next week."),
            E("2008-03-01", "day", "On 1 March 2008", "explicit", ["Colombia", "Ecuador"], "Colombian aircraft bomb a FARC camp at Angostura, Ecuador, killing Raúl Reyes",
              "On 1 March 2008, Colombian aircraft bombed a camp of the Revolutionary Armed Forces of Colombia (FARC) at Angostura, in Ecuador's Sucumbíos province, killing the group's second-in-command, Raúl Reyes, and more than 20 others."),
            E("2008-03-02", "day", "The following day", "context", ["Ecuador", "Colombia"], "Correa expels Colombia's ambassador from Quito",
              "The following day, President Rafael Correa expelled Colombia's ambassador from Quito; on 3 March he broke off diplomatic relations and sent troops to the border."),
            E("2008-03-03", "day", "on 3 March", "context", ["Ecuador", "Colombia"], "Ecuador breaks off diplomatic relations with Colombia",
              "The following day, President Rafael Correa expelled Colombia's ambassador from Quito; on 3 March he broke off diplomatic relations and sent troops to the border."),
            E("2008-03-03", "day", "on 3 March", "context", ["Ecuador", "Colombia"], "Ecuador sends troops to the border",
              "The following day, President Rafael Correa expelled Colombia's ambassador from Quito; on 3 March he broke off diplomatic relations and sent troops to the border."),
            E("2008-03-07", "day", "Four days later", "context", ["Ecuador", "Colombia"], "Correa and Uribe shake hands at the Rio Group summit in Santo Domingo",
              "Four days later, at a Rio Group summit in Santo Domingo, Correa and Colombia's president, Álvaro Uribe, shook hands in front of the cameras, but relations stayed broken."),
            E("2008-03-17", "day", "On 17 March", "context", ["Colombia", "Ecuador"], "OAS foreign ministers reject the incursion as a violation of Ecuadorian sovereignty",
              "On 17 March, the foreign ministers of the Organization of American States (OAS) rejected the incursion as a violation of Ecuadorian sovereignty."),
            E("2008-03", "month", "At the end of that month", "context", ["Ecuador", "Colombia"], "Ecuador files an ICJ case against Colombia over aerial herbicide spraying",
              "At the end of that month, Ecuador filed a case against Colombia at the International Court of Justice (ICJ) over the aerial spraying of herbicides along the border; Bogotá settled it in September 2013 by paying US$15 million."),
            E("2013-09", "month", "in September 2013", "explicit", ["Colombia", "Ecuador"], "Colombia settles the ICJ spraying case by paying US$15 million",
              "At the end of that month, Ecuador filed a case against Colombia at the International Court of Justice (ICJ) over the aerial spraying of herbicides along the border; Bogotá settled it in September 2013 by paying US$15 million."),
            E("2009", "year", "In 2009", "explicit", ["Ecuador", "Colombia"], "Ecuadorian judge orders the arrest of Juan Manuel Santos",
              "In 2009, an Ecuadorian judge ordered the arrest of Juan Manuel Santos, the defence minister who had overseen the Angostura raid."),
            E("2009-11", "month", "in November of that year", "context", ["Colombia", "Ecuador"], "Colombia and Ecuador restore relations at chargé d'affaires level",
              "Even so, the two countries restored relations at the level of chargés d'affaires in November of that year."),
            E("2010-06", "month", "in June 2010", "explicit", ["Colombia"], "Santos elected president of Colombia",
              "Santos was elected president in June 2010, and ambassadors returned to Quito and Bogotá that November."),
            E("2010-11", "month", "that November", "context", ["Colombia", "Ecuador"], "Ambassadors return to Quito and Bogotá",
              "Santos was elected president in June 2010, and ambassadors returned to Quito and Bogotá that November."),
            E("2012-12", "month", "in December 2012", "explicit", ["Colombia", "Ecuador"], "First Colombia–Ecuador binational cabinet meets in Tulcán",
              "The first binational cabinet met in Tulcán in December 2012, and joint border patrols began the following year."),
            E("2013", "year", "the following year", "context", ["Colombia", "Ecuador"], "Joint border patrols begin",
              "The first binational cabinet met in Tulcán in December 2012, and joint border patrols began the following year."),
            E("2016", "year", "in 2016", "explicit", ["Ecuador", "Colombia"], "Ecuador agrees to host the ELN talks",
              "Ecuador agreed to host the ELN talks in 2016."),
            E("2018-01-27", "day", "On 27 January this year", "document date", ["Ecuador"], "Car bomb outside the San Lorenzo police station injures 28",
              "On 27 January this year, a car bomb exploded outside the police station in San Lorenzo, injuring 28 people."),
            E("2018-01-27", "day", "the same day", "context", ["Ecuador"], "Moreno government declares a state of emergency in San Lorenzo and Eloy Alfaro, blaming FARC dissidents",
              "The Moreno government declared a state of emergency in the cantons of San Lorenzo and Eloy Alfaro the same day and blamed FARC dissidents."),
            E("2018-03-20", "day", "on 20 March", "document date", ["Ecuador"], "Three marines killed by a roadside bomb near Mataje",
              "Three marines were killed by a roadside bomb near Mataje on 20 March.")],
    optional={"organizations": ["Moreno government", "Colombian government", "binational cabinet"],
              "events_evidence": [
                  "The decision followed the worst crisis on the border in years.",
                  "Ecuador holds the front's leader, Walter Patricio Arízala Vernaza, an Ecuadorian known as \"Guacho,\" responsible, and has offered a reward of US$100,000 for information on his whereabouts.",
                  "Colombian officials said Cuba and Norway were among the possible new venues for the ELN talks.",
                  "Venezuela's Hugo Chávez ordered tanks to his own border with Colombia in solidarity.",
                  "Under Santos and Correa, and then Moreno, the relationship became one of the closest in the region.",
                  "Related: Ecuador's Moreno meets Santos in Bogotá – 12 January 2018",
                  "© 2018 The Andean Post"]},
    timeline_pair=("Colombia", "Ecuador"))

# ---------------------------------------------------------------- 16 press-conference transcript, Costa Rica
F = "16_transcript_costa_rica_moin_seizure_2024.txt"
doc(F, SRC, "Transcript: Joint Press Conference on the Seizure at the Moín Container Terminal", "2024-07-18", "day", "San José, Thursday 18 July 2024",
    people=[P("Daniela Araya Solís", "VICE MINISTER ARAYA", "Araya", country="Costa Rica", roles=["Vice Minister of Public Security"]),
            P("Mauricio Chaves Brenes", "DIRECTOR CHAVES", "Chaves", country="Costa Rica", roles=["deputy director of the Judicial Investigation Agency"]),
            P("Kendall Josué Brown McLean", "Brown McLean", "Cabezón", country="Costa Rica", roles=["leader of the Cieneguita gang"]),
            P("Andrea Solano", country=None, roles=["CRHoy journalist"]),
            P("Gerardo Vindas", country=None, roles=["Teletica journalist"]),
            P("Monserrat Quesada", country=None, roles=["La Nación journalist"]),
            P("Josué Antonio Mora Jiménez", country="Costa Rica", roles=["lieutenant of Brown McLean"])],
    organizations=[O("Ministry of Public Security", kind="government body"),
                   O("Judicial Investigation Agency", "Organismo de Investigación Judicial", "OIJ", kind="security force"),
                   O("Drug Control Police", "Policía de Control de Drogas", "PCD", kind="security force"),
                   O("Cieneguita gang", "the Cieneguita gang", kind="criminal group"),
                   O("National Coast Guard Service", "Servicio Nacional de Guardacostas", "SNG", kind="security force"),
                   O("CRHoy", kind="media"), O("Teletica", kind="media"), O("La Nación", kind="media"),
                   O("Clan del Golfo", "the Clan del Golfo", kind="criminal group"),
                   O("Drug Enforcement Administration", "DEA", kind="government body"),
                   O("Guardia di Finanza", "Italian Guardia di Finanza", kind="security force"),
                   O("Public Ministry", "Ministerio Público", kind="government body")],
    places=[C("Costa Rica"), C("Italy"), C("Panama"), C("Nicaragua"),
            L("San José", kind="city or town", country="Costa Rica"),
            L("Moín Container Terminal", kind="facility", country="Costa Rica"),
            L("Limón", kind="city or town", country="Costa Rica"),
            L("Gioia Tauro", kind="city or town", country="Italy"),
            L("Rotterdam", kind="city or town", country="Netherlands"),
            L("Cieneguita", kind="other", country="Costa Rica"),
            L("Puerto Viejo de Talamanca", kind="city or town", country="Costa Rica"),
            L("Cahuita", kind="city or town", country="Costa Rica"),
            L("Colón", kind="city or town", country="Panama"),
            L("Caldera", kind="city or town", country="Costa Rica"),
            L("San Juan River", kind="other", country=None),
            L("Sinaloa", kind="state or department", country="Mexico"),
            L("Pacuare", kind="region", country="Costa Rica")],
    aliases=[A("Judicial Investigation Agency", "Organismo de Investigación Judicial", "translation", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Judicial Investigation Agency", "OIJ", "acronym", "Judicial Investigation Agency (Organismo de Investigación Judicial, OIJ)"),
             A("Drug Control Police", "Policía de Control de Drogas", "translation", "Drug Control Police (Policía de Control de Drogas, PCD)"),
             A("Drug Control Police", "PCD", "acronym", "Drug Control Police (Policía de Control de Drogas, PCD)"),
             A("Kendall Josué Brown McLean", "Cabezón", "nickname", "Kendall Josué Brown McLean, alias \"Cabezón,\""),
             A("National Coast Guard Service", "Servicio Nacional de Guardacostas", "translation", "National Coast Guard Service (Servicio Nacional de Guardacostas, SNG)"),
             A("National Coast Guard Service", "SNG", "acronym", "National Coast Guard Service (Servicio Nacional de Guardacostas, SNG)"),
             A("Drug Enforcement Administration", "DEA", "acronym", "Drug Enforcement Administration (DEA)"),
             A("Public Ministry", "Ministerio Público", "translation", "The Public Ministry (Ministerio Público)")],
    events=[E("2024-07-18", "day", "This morning", "document date", ["Costa Rica"], "Drug Control Police finish unloading 3.3 tonnes of cocaine found in banana containers at Moín",
              "This morning, officers of the Drug Control Police (Policía de Control de Drogas, PCD) finished unloading 3.3 tonnes of cocaine found in four containers of bananas at the Moín Container Terminal in Limón."),
            E("2024-02", "month", "began in February", "document date", ["Costa Rica"], "OIJ investigation Operation Marea Negra begins",
              "The investigation, which we call Operation Marea Negra, began in February."),
            E("2024-07-16", "day", "on Tuesday", "document date", ["Costa Rica"], "Cieneguita gang leader Kendall Josué Brown McLean arrested with five others in Puerto Viejo de Talamanca",
              "Its leader, Kendall Josué Brown McLean, alias \"Cabezón,\" was arrested on Tuesday in Puerto Viejo de Talamanca together with five others, including two port workers and a customs agent."),
            E("2024-07-06", "day", "On 6 July", "document date", ["Costa Rica"], "Coast Guard intercepts a go-fast boat off Cahuita",
              "On 6 July, the National Coast Guard Service (Servicio Nacional de Guardacostas, SNG) intercepted a go-fast boat off Cahuita that had left Colón, Panama, two days earlier."),
            E("2024-07-04", "day", "two days earlier", "context", ["Panama"], "Go-fast boat leaves Colón, Panama",
              "On 6 July, the National Coast Guard Service (Servicio Nacional de Guardacostas, SNG) intercepted a go-fast boat off Cahuita that had left Colón, Panama, two days earlier."),
            E("2024-05", "month", "In May", "document date", ["Costa Rica"], "PCD seizes 4.1 tonnes of cocaine in Caldera",
              "In May, the PCD seized 4.1 tonnes in Caldera, on the Pacific side."),
            E("2024-07", "month", "Two weeks ago", "document date", ["Costa Rica"], "Brown McLean's lieutenant Josué Antonio Mora Jiménez shot dead in Limón's central market",
              "Two weeks ago, one of Brown McLean's lieutenants, Josué Antonio Mora Jiménez, was shot dead in Limón's central market."),
            E("2024-07-19", "day", "tomorrow", "document date", ["Costa Rica"], "Judge in Limón to hear the Public Ministry's request for preventive detention",
              "The Public Ministry (Ministerio Público) asked for 12 months of preventive detention, and a judge in Limón will hear the request tomorrow.")],
    optional={"people": ["El Ingeniero"],
              "organizations": ["Operation Marea Negra", "Press Office of the Ministry of Public Security", "Nicaraguan authorities"],
              "places": ["Pacific", "Limón's central market"],
              "events_evidence": [
                  "Two were bound for Gioia Tauro, in Italy, and two for Rotterdam.",
                  "That boat was carrying fuel for the others.",
                  "Is this the largest seizure this year?",
                  "It is the second largest.",
                  "Costa Rica had 907 homicides last year.",
                  "Is this group responsible for killings in Limón?",
                  "The OIJ attributes at least nine homicides in Limón since January to the dispute between the Cieneguita gang and a rival group from the Pacuare area.",
                  "We believe part of the cocaine was stored in Nicaraguan territory, near the San Juan River, before it crossed to Costa Rica.",
                  "We have shared the information with Nicaraguan authorities, but I will be honest: cooperation is limited.",
                  "The Drug Enforcement Administration (DEA) and the Italian Guardia di Finanza assisted us.",
                  "We have also found communications with a broker in Sinaloa whom we have identified only as \"El Ingeniero.\"",
                  "There is no request at this moment.",
                  "Will Brown McLean be extradited?"]},
    timeline_pair=("Costa Rica", "Nicaragua"))

NOTES = (
 "Second development set, documents 09-16 (annotator B; 01-08 are annotated separately). Schema crimecli-gold/1; the notes of "
 "shared/gold/seeds.gold.json and shared/dev/gold.json are followed. Additions and decisions for these texts: "
 "PUBLISHED: taken only from the document's own date line (09 'Published 30 January 2024'; 10 'Bogotá D.C., May 14, 2024'; 11 'Published "
 "03/09/2024 16h20', read day-first as 3 September 2024 because the text is Brazilian and 'Monday (2)' is 2 September 2024; 12 'Published 25 "
 "September 2024'; 15 'Friday, April 20, 2018'; 16 'San José, Thursday 18 July 2024'); 13 has only 'Monthly digest, October 2023', taken as "
 "published 2023-10 at month precision so its year-less 'on 2 Oct' dates resolve to October 2023; 14 (feature, byline without date) is null, "
 "so its 'Last March' and 'Two years ago' are date null / unresolved, while '5 June' after 'in June 2022' is resolved from context. "
 "ENTITIES: bylines and photo credits are people (14 Valeria Ochoa Lindqvist, Joaquim Baré; 15 Daniela Proaño Vélez); journalists asking "
 "questions in the 16 transcript are people and their outlets media; speaker labels ('VICE MINISTER ARAYA', 'DIRECTOR CHAVES') are variants; a "
 "source named only by a nickname who is a character of the story is a person (14 Tucunaré), an unidentified figure known only by a nickname "
 "is optional (16 'El Ingeniero'). Prisons, port terminals and air bases are places of kind 'facility' (CECOT, Renovación 1, CERESO No. 3, "
 "Litoral Penitentiary, Tabatinga Prison Unit, Moín Container Terminal, Port of Paranaguá, Tres Esquinas air base), and the prison names are "
 "also optional organisations; lowercase 'port of X' is an optional place. Neighbourhoods and rivers are places of kind 'other'; rivers and the "
 "Amazon/Darién that cross borders get country null. Operations (Maré Branca, Marea Negra), press offices, 'Congress' and 'the X government' are "
 "optional organisations; publishers that are only a publication title (Regional Conflict Monitor, Conflict Tracker) are optional, a named "
 "publisher with its own acronym (OCSC) and a newspaper (The Andean Post, El Comercio) are organisations. Places named only inside an "
 "organisation's name (Totonicapán) are optional. The same name used for two bodies in one document (09 Supreme Electoral Tribunal of El "
 "Salvador and of Guatemala) is one entity. ALIASES: 'English (Spanish/Portuguese, ACRONYM)' gives two pairs, a translation and an acronym, on "
 "the English canonical name; where the Spanish/Portuguese form is outside the brackets (Fiscalía General de la Nación (Attorney General's "
 "Office), Observatorio Centroamericano ... (Central American ..., OCSC), Armada de Colombia (Colombian Navy)) the outer form is canonical. "
 "'alias \"X\"', 'known as \"X\"', 'nicknamed \"X\"' and 'First \"X\" Last' are nicknames; 'a structure known as \"Los del Muelle\"' and 'that we "
 "know as the Cieneguita gang' name the group and are not aliases; state abbreviations in brackets ('Ponta Porã (MS)') are not aliases. "
 "EVENTS: in the 12 event notes each numbered item's header ('9 September 2024 – Culiacán, Sinaloa (Mexico)') is the evidence of that item's "
 "happening, and the item's undated narrative sentences are optional; sentences of an item with their own relative date ('The following day', "
 "'Late the next day', 'The same day', 'on 25 July') are separate events. Weekday references resolve against the document date to the day "
 "('on Wednesday' in a Friday 20 April 2018 article -> 2018-04-18, 'last Friday' -> 2018-04-13, 'on Tuesday' in a Thursday 18 July 2024 "
 "transcript -> 2024-07-16), resolved_from 'document date'; 'this morning'/'tomorrow' -> day; 'next week'/'Two weeks ago' -> month; "
 "'mid-Oct'/'late Oct' -> month; 'second half of 2024' -> 2024 'season'; two days in one month ('on May 8 and 9') -> month. Anaphoric dates "
 "('two days later', 'The following day', 'Four days later', 'hours later', 'In September of the same year', 'on the day of the operation', "
 "'the following year', 'that November') are resolved_from 'context' at the granularity the text supports (a day when counted from a day). "
 "Headlines of digest sections, statistics ('ended 2023 with 907 homicides', 'since January'), questions, undated present-tense statements, "
 "'Next update' lines, related-content teasers and copyright lines are optional. countries: as in dev gold; foreign seizures coordinated with "
 "the Colombian authorities (10) include Colombia; 'Belgian authorities' counts as Belgium. timeline_pair is the document's most natural pair; "
 "for regional digests/features with no dominant pair it was chosen as noted in dev2/NOTES_b.md.")

gold = {"schema": "crimecli-gold/1", "notes": NOTES, "documents": [D[k] for k in sorted(D)]}
mine = sorted(f for f in os.listdir(DOCS) if f[:2] in {"09", "10", "11", "12", "13", "14", "15", "16"})
missing = sorted(set(mine) - set(D))
assert not missing, missing
assert set(D) <= set(mine), sorted(set(D) - set(mine))
for d in gold["documents"]:
    names = {g["name"] for area in ("people", "organizations", "places") for g in d[area]}
    for a in d["aliases"]:
        assert a["entity"] in names, (d["file"], "alias entity not annotated", a["entity"])
        assert a["type"] in ("acronym", "nickname", "short name", "translation"), a
    for area in ("people", "organizations", "places"):
        seen = [g["name"] for g in d[area]]
        assert len(seen) == len(set(seen)), (d["file"], area, "duplicate")
    if d.get("timeline_pair"):
        cs = {g["name"] for g in d["places"] if g["kind"] == "country"} | {c for e in d["events"] for c in e["countries"]}
        assert set(d["timeline_pair"]) <= cs, (d["file"], "timeline_pair", d["timeline_pair"])
json.dump(gold, open(os.path.join(ROOT, "gold_b.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
n = lambda area: sum(len(d[area]) for d in gold["documents"])
nopt = lambda area: sum(len(d["optional"].get(area, [])) for d in gold["documents"])
print(len(gold["documents"]), "documents;", ", ".join(f"{a} {n(a)}" for a in ("people", "organizations", "places", "aliases", "events")))
print("optional:", ", ".join(f"{a} {nopt(a)}" for a in ("people", "organizations", "places", "events_evidence")))
