"""Trigger rows of lexicons/en/event_triggers.jsonl against the common words they share with
ordinary news (issue 9, review of the trigger rows added on 2026-12-02): each row that reports a
happening with a common verb or noun ("landed", "sank", "hearing", "blocked") has a near miss
here, a plain news sentence where the word reports nothing of that kind, beside a sentence
where it does. The sentences are written for this test, in several countries and genres."""

import pytest

from crimecli.extract import extract_document
from crimecli.reader import read_text


def _kinds(sentence: str) -> list[str]:
    """The event kinds the whole pipeline finds in a one-sentence news story."""
    text = "Published: 12 March 2024\n\n" + sentence + "\n"
    return [e["kind"] for e in extract_document(read_text(text)).to_dict()["events"]]


# (the row's kind, a sentence that reports something else with the row's word)
NEAR_MISSES = [
    # illicit flight: tracking, detecting, spotting, a crash and a pilot are no drug flight
    ("illicit flight", "On 3 March 2024, police tracked the drug shipment to a warehouse in Callao."),
    ("illicit flight", "On 3 March 2024, satellites detected illegal gold mining along the Madre de Dios river."),
    ("illicit flight", "On 3 March 2024, the price of coca paste crashed in the Catatumbo after the drug market "
                       "collapsed."),
    ("illicit flight", "On 3 March 2024, the pilot landed the delayed airliner safely in Asunción."),
    ("illicit flight", "On 3 March 2024, the presidential plane landed in Brasília with the drug czar aboard."),
    ("illicit flight", "On 3 March 2024, an air ambulance was forced to land in Tegucigalpa because of bad "
                       "weather."),
    ("illicit flight", "On 3 March 2024, a tropical storm forced the plane to land in Managua."),
    # escape: a riot or a fire breaking out in a prison; people fleeing a country
    ("escape", "On 3 March 2024, a riot broke out in the prison of Tocorón."),
    ("escape", "On 3 March 2024, a fire broke out at the women's jail in San Pedro Sula."),
    ("escape", "On 3 March 2024, thousands of Venezuelans fled the country."),
    ("escape", "On 3 March 2024, the family fled the authorities' threats and crossed into Costa Rica."),
    ("escape", "On 3 March 2024, firefighters rescued two patients from the burning hospital in Cali."),
    # prosecution: hearing something, a congressional hearing, sentences of a text
    ("prosecution", "After hearing gunshots on 3 March 2024, residents of Soyapango called the police."),
    ("prosecution", "On 3 March 2024, a congressional hearing in Lima examined the police budget."),
    ("prosecution", "On 3 March 2024, the editor cut two sentences from the judge's column."),
    # court ruling: a ministry of justice decides nothing in court
    ("court ruling", "On 3 March 2024, the Justice Ministry confirmed the prison population figures."),
    ("court ruling", "On 3 March 2024, Panama's Ministry of Justice approved the budget for new prisons."),
    # sanctions: blocked entrances and budgets, funds frozen, people called terrorists
    ("sanctions", "On 3 March 2024, protesters blocked the entrance to the central bank in Quito."),
    ("sanctions", "On 3 March 2024, Congress blocked funds for the new hospital in Cobán."),
    ("sanctions", "On 3 March 2024, the mayor froze hiring at the city's bank of blood donors."),
    ("sanctions", "On 3 March 2024, the president branded the striking teachers terrorists."),
    ("sanctions", "On 3 March 2024, the government declared war on the terrorist groups of the north."),
    # disaster: currencies and shares sink, talks run aground
    ("disaster", "On 3 March 2024, the peso sank to a record low against the dollar."),
    ("disaster", "On 3 March 2024, the airline's shares sank after the crash of a drug plane."),
    ("disaster", "On 3 March 2024, the pension reform ran aground in the senate."),
    # phone call: the noun 'phone'
    ("phone call", "On 3 March 2024, the president's phone was hacked by a criminal group."),
    ("phone call", "On 3 March 2024, prosecutors said the minister's telephones had been tapped."),
    # restore relations: an ambassador coming back from a trip or to a subject
    ("restore relations", "On 3 March 2024, the ambassador returned from a trip to Madrid."),
    ("restore relations", "On 3 March 2024, the Peruvian ambassador returned to the topic of trade."),
    # killing: a stabbing wounds, an economy is strangled
    ("killing", "On 3 March 2024, a man was stabbed in a bar fight in Valparaíso."),
    ("killing", "On 3 March 2024, the blockade strangled the economy of Haiti's south."),
    # leave office: officers discharging weapons, a complaint of employees dismissed
    ("leave office", "On 3 March 2024, officers discharged their weapons at a car in Guayaquil."),
    ("leave office", "On 3 March 2024, the bank discharged its employees' debts after the flood."),
    # raid: a storm disrupting a group's plans; a scandal bringing down a structure
    ("raid", "On 3 March 2024, the storm disrupted the group's travel plans in Roatán."),
    ("raid", "On 3 March 2024, the earthquake brought down the structure of the old market."),
    # executive order: an exception ended for farmers; an emergency fund extended
    ("executive order", "On 3 March 2024, the government ended the exception for small farmers."),
    ("executive order", "On 3 March 2024, the ministry extended the emergency fund for flood victims."),
    # legal action: a ministry contesting figures; appealing to the public
    ("legal action", "On 3 March 2024, the defense ministry contested the figures of the report."),
    ("legal action", "On 3 March 2024, the defense minister appealed to residents to stay home."),
    # extradition: an arrest and a return of cattle; detainees taken to a hospital
    ("extradition", "On 3 March 2024, police arrested two men and returned the stolen cattle to the farm."),
    ("extradition", "On 3 March 2024, the detained men were transferred to a hospital in Tarija."),
    ("extradition", "On 3 March 2024, the Nicaraguan government exiled 94 critics and stripped them of "
                    "their nationality."),
    # military deployment: a guard entering a building; police at a scene
    ("military deployment", "On 3 March 2024, a security guard entered the building in Maracaibo."),
    ("military deployment", "On 3 March 2024, police arrived at the scene minutes after the shooting."),
    # visit: a conclusion reached; migrants arriving; a deal landed
    ("visit", "On 3 March 2024, the minister arrived at the same conclusion as the auditors."),
    ("visit", "On 3 March 2024, hundreds of foreign migrants arrived in Tapachula."),
    ("visit", "On 3 March 2024, the minister landed a deal with the striking miners."),
    # cooperation: data shared with reporters
    ("cooperation", "On 3 March 2024, the ministry shared data on homicide rates with reporters."),
    # tensions rise: relations mounting into a feud between two local officials
    ("tensions rise", "On 3 March 2024, the governor's relations with the mayor mounted into a feud."),
]


# (Most of these fired before the rows were narrowed on 2026-12-02; a few guard the narrowing
# itself: a plane forced to land by the weather, an appeal to residents once "appealed to" may
# name a court.)


@pytest.mark.parametrize("kind, sentence", NEAR_MISSES, ids=[s[16:56] for _, s in NEAR_MISSES])
def test_a_common_word_of_a_trigger_row_reports_nothing_of_its_kind(kind, sentence):
    assert kind not in _kinds(sentence)


# ... and what each row is for, in other words than its near misses
HITS = [
    ("illicit flight", "On 4 May 2023, a twin-engine plane carrying 600 kilos of cocaine landed on a ranch in "
                       "Petén."),
    ("illicit flight", "On 4 May 2023, a small aircraft landed on a clandestine airstrip in Beni, Bolivia."),
    ("illicit flight", "On 4 May 2023, a light aircraft loaded with marijuana crash-landed near Pedro Juan "
                       "Caballero."),
    ("illicit flight", "On 4 May 2023, Venezuelan fighter jets forced down an unregistered plane in Apure."),
    ("illicit flight", "On 4 May 2023, the Honduran air force forced a plane to land in Olancho."),
    ("escape", "On 4 May 2023, 40 inmates broke out of the prison in Mazatenango."),
    ("escape", "On 4 May 2023, gunmen freed a gang leader from the Cruz das Armas prison in João Pessoa."),
    ("escape", "On 4 May 2023, three prisoners fled the jail in Les Cayes."),
    ("prosecution", "On 4 May 2023, a bail hearing for the former minister was held in Kingston."),
    ("prosecution", "On 4 May 2023, the judge postponed the hearing of the former general in Guatemala City."),
    ("prosecution", "On 4 May 2023, a court in Lima sentenced the former mayor to 12 years."),
    ("court ruling", "On 4 May 2023, the Constitutional Court rejected the appeal of the former president in "
                     "Quito."),
    ("sanctions", "On 4 May 2023, the US Treasury froze the assets of two Honduran businessmen."),
    ("sanctions", "On 4 May 2023, the Ecuadorian government declared 22 gangs terrorist organizations."),
    ("sanctions", "On 4 May 2023, the Congress of Peru classified the group as a terrorist organisation."),
    ("disaster", "On 4 May 2023, a fishing boat sank off the coast of Esmeraldas."),
    ("phone call", "On 4 May 2023, the Ecuadorian president phoned his Colombian counterpart."),
    ("restore relations", "On 4 May 2023, Peru returned its ambassador to Mexico City."),
    ("restore relations", "On 4 May 2023, the Chilean ambassador returned to his post in Caracas."),
    ("killing", "On 4 May 2023, a taxi driver was strangled in San Pedro Sula."),
    ("killing", "On 4 May 2023, a vendor was stabbed to death in Santo Domingo."),
    ("attack", "On 4 May 2023, a man stabbed two police officers in Montevideo."),
    ("raid", "On 4 May 2023, police dismantled a criminal network in Rosario."),
    ("raid", "On 4 May 2023, Paraguayan police broke up a smuggling ring in Ciudad del Este."),
    ("executive order", "On 4 May 2023, the government lifted the curfew in Port-au-Prince."),
    ("legal action", "On 4 May 2023, defence lawyers appealed the sentence in Tegucigalpa."),
    ("legal action", "On 4 May 2023, the former governor appealed to the Supreme Court in Brasília."),
    ("legal action", "On 4 May 2023, the former governor contested the ruling before the Supreme Court."),
    ("extradition", "On 4 May 2023, the suspect was sent to the United States to face drug charges."),
    ("exile", "On 4 May 2023, the Nicaraguan government exiled 94 critics to Guatemala."),
    ("military deployment", "On 4 May 2023, Brazilian troops entered the Complexo da Maré in Rio de Janeiro."),
    ("visit", "On 4 May 2023, the Colombian foreign minister arrived in Caracas."),
    ("cooperation", "On 4 May 2023, Colombian police shared intelligence with their Ecuadorian counterparts."),
    ("cooperation", "On 4 May 2023, Chilean investigators shared information with Peruvian authorities."),
    ("tensions rise", "On 4 May 2023, relations between Guatemala and Belize deteriorated."),
    ("leave office", "On 4 May 2023, the president dismissed the police chief."),
]


@pytest.mark.parametrize("kind, sentence", HITS, ids=[s[15:55] for _, s in HITS])
def test_each_trigger_row_still_reports_its_kind(kind, sentence):
    assert kind in _kinds(sentence)

