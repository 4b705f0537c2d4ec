"""Every check-in measure, as the trends chart and table read them."""

from __future__ import annotations

from reflect.core.clock import FakeClock
from reflect.core.guide.content import load_content
from reflect.core.guide.trends import SCREEN_CUT_OFF, measures, table_rows
from reflect.core.journal.repository import Journal


def test_every_measure_is_offered_with_its_scale(journal: Journal) -> None:
    found = measures(load_content().checkin.support_short_names)
    keys = [m.key for m in found]
    assert keys[:4] == ["distress", "sleep", "phq2", "gad2"]
    assert len([k for k in keys if k.startswith("support.")]) == 5
    tops = {m.key: m.top for m in found}
    assert (tops["distress"], tops["sleep"], tops["phq2"], tops["support.colleagues"]) == (
        10,
        4,
        6,
        4,
    )
    cut_offs = {m.key for m in found if m.cut_off == SCREEN_CUT_OFF}
    assert cut_offs == {"phq2", "gad2"}
    assert [m.key for m in found if m.shown_first] == ["distress"]
    assert "Support: Colleagues (0–4)" in [m.label for m in found]


def test_points_and_rows_keep_only_what_was_asked(journal: Journal, clock: FakeClock) -> None:
    journal.add_checkin(6)
    clock.advance(days=1)
    journal.add_checkin(5, phq2=4, gad2=2, support={"colleagues": 3})
    clock.advance(days=1)
    journal.add_checkin(3, sleep=2)
    by_key = {m.key: m for m in measures(load_content().checkin.support_short_names)}
    checkins = journal.list_checkins()
    assert [v for _w, v in by_key["distress"].points(checkins)] == [6, 5, 3]
    assert [v for _w, v in by_key["phq2"].points(checkins)] == [4]
    assert [v for _w, v in by_key["support.colleagues"].points(checkins)] == [3]
    rows = table_rows(checkins, [by_key["phq2"], by_key["gad2"], by_key["sleep"]])
    assert [values for _w, values in rows] == [(4, 2, None), (None, None, 2)]
