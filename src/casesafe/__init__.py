"""CaseSafe: privacy screening, consent checks and a tamper-evident record for child welfare casework."""

__version__ = "0.1.0"
