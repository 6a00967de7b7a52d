"""Text primitives shared by every layer: normalisation with offset maps, tokens, language,
clause numbers."""
