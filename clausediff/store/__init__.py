"""What is kept on disk: sessions, the JSON form of a comparison, atomic writes."""
