"""Stage 7: render the chronology or the extracted expressions in each output format."""

TIMELINE_FORMATS = ("table", "json", "jsonl", "csv")
EXTRACT_FORMATS = ("table", "json", "jsonl", "timeml")
SOURCES_FORMATS = ("table", "json", "csv")
