"""The installed version of lapor_rules (single source for packaging)."""

__version__ = "0.1.0.dev0"
