"""brandsweep's matching engine: a pure library (no network, no database, no Scrapy).

Inventory + observed profiles in, findings out:

* :mod:`matching.normalise`: comparison keys (TR39 skeletons, Turkish folding, leetspeak, affixes)
* :mod:`matching.variants`: candidate handles to probe, dnstwist-style, tagged with their family
* :mod:`matching.signals`: one function per signal, each an ``Evidence`` or ``None``
* :mod:`matching.config`: every threshold and weight, documented
* :mod:`matching.classify`: relevance, class, harm and severity per profile
* :mod:`matching.history`: statuses against the previous audit, triage, reopening
"""
