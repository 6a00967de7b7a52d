"""The command line: `clausediff compare|segment|text|annotate|assemble|variants`."""
