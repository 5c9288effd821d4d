"""Storage: peewee on one SQLite file. ``repo`` is the API the rest of Kiosk calls."""
