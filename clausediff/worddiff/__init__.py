"""Word-level diff of two clause texts (Qt-free): tokens, character-coded diff, ops with offsets."""
