"""The table names users rely on, written out once for the tests (a rename must show up in review)."""

TABLES = [
    "documents",
    "institutions",
    "people",
    "laws",
    "statements",
    "statistics",
    "dates",
    "mentions",
]
