"""The reference for country codes and names: PyPI's pycountry (Debian's iso-codes data). Writes
one JSON line per country: its alpha-2 and alpha-3 codes, its name and, where pycountry has one,
its common name."""
import json

import pycountry

for country in pycountry.countries:
    print(json.dumps({"alpha2": country.alpha_2, "alpha3": country.alpha_3, "name": country.name,
                      "common": getattr(country, "common_name", None)}), flush=True)
