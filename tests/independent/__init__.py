"""Independent test pages: newspaper pages typeset from a written description
of Chinese layout conventions (not from the parser's code), each with the
answer a reader would give. A page the parser gets wrong is a strict xfail
whose reason says what it produced, so a fix turns it into a pass."""
