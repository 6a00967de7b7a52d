"""The comparison pipeline: read, segment, align, diff, annotate; pair order and manual relinks."""
