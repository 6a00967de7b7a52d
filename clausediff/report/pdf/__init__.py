"""The PDF writer (Qt's QTextDocument and QPdfWriter): the only Qt outside clausediff/gui."""
