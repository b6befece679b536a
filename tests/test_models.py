"""The records' JSON form: to_dict() is the contract, from_dict() reads it back."""

from __future__ import annotations

import dataclasses

import pytest

from crimecli.models import Alias, DateValue, Entity, Event, Mention, Timex

RECORDS = [
    DateValue("2010-07", "month", "July 2010", "explicit"),
    Timex("on 4 October", 30112, 30124, "2022-10-04", "day", "document date"),
    Mention(1234, 1248, "Nicolás Maduro"),
    Entity("person:nicolas-maduro", "PERSON", "Nicolás Maduro", ["Maduro"], [], None, "Venezuela",
           [Mention(1234, 1248, "Nicolás Maduro")]),
    Alias("Diego Perez Henao", "PERSON", "Diego Rastrojo", "nickname", 'alias "Diego Rastrojo,"', 4100, 4141),
    Event(DateValue("2010-07", "month", "July 2010"), "sever diplomatic relations", "16", "conflict", -7.0,
          ["Venezuela", "Colombia"], ["Venezuela"], "In July 2010, Venezuela broke off relations.", 20811,
          21060, True, "seeds/003.txt"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_to_dict_is_every_field_in_order_and_from_dict_reads_it_back(record):
    data = record.to_dict()
    assert list(data) == [f.name for f in dataclasses.fields(record)]  # what asdict() gave
    assert data == dataclasses.asdict(record)
    assert type(record).from_dict(data) == record


def test_an_event_record_without_a_file_takes_the_documents():
    event = RECORDS[-1]
    data = event.to_dict()
    del data["file"]
    assert Event.from_dict(data, "other.txt").file == "other.txt"
    data["date"] = None
    assert Event.from_dict(data).date == DateValue(None, "unresolved", "", "unresolved")
