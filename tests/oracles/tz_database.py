"""The reference for time zone names: Python's zoneinfo over the system's tz database. Reads one
JSON line per name and writes, per name, whether the database has it and, if so, its offset
from UTC in minutes and its abbreviation in mid-January and in mid-July 2026."""
import json
import sys
import zoneinfo
from datetime import datetime, timezone

names = zoneinfo.available_timezones()
for line in sys.stdin:
    name = json.loads(line)
    answer = {"exists": name in names}
    if answer["exists"]:
        zone = zoneinfo.ZoneInfo(name)
        for season, month in (("january", 1), ("july", 7)):
            local = datetime(2026, month, 15, 12, tzinfo=timezone.utc).astimezone(zone)
            answer[season] = {"offset": int(local.utcoffset().total_seconds() // 60), "abbreviation": local.tzname()}
    print(json.dumps(answer), flush=True)
