"""The VTIMEZONE block in the form Outlook understands.

One STANDARD and one DAYLIGHT part, each with a yearly RRULE (last Sunday of October / March).
icalendar's `add_missing_timezones()` writes an RDATE list instead, which Outlook reduces to one
yearly rule and then shifts meetings by an hour (MS-OXCICAL 2.1.3.1.1.19). The rule below is the
EU rule in force since 1996; tests compare it with zoneinfo for every hour of 2024-2035.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard


def vtimezone(tzid: str = "Europe/Amsterdam") -> Timezone:
    if tzid != "Europe/Amsterdam":
        raise ValueError(f"tijdzone {tzid!r} wordt (nog) niet ondersteund in de agenda's; gebruik Europe/Amsterdam")
    tz = Timezone()
    tz.add("TZID", tzid)
    zomer = TimezoneDaylight()
    zomer.add("TZOFFSETFROM", timedelta(hours=1))
    zomer.add("TZOFFSETTO", timedelta(hours=2))
    zomer.add("TZNAME", "CEST")
    zomer.add("DTSTART", datetime(1981, 3, 29, 2, 0, 0))
    zomer.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    winter = TimezoneStandard()
    winter.add("TZOFFSETFROM", timedelta(hours=2))
    winter.add("TZOFFSETTO", timedelta(hours=1))
    winter.add("TZNAME", "CET")
    winter.add("DTSTART", datetime(1996, 10, 27, 3, 0, 0))
    winter.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    tz.add_component(zomer)
    tz.add_component(winter)
    return tz
