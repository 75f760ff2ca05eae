"""An independent page typesetter: People's Daily texts set on pages of its own design.

Written without reading the parser or the project's other page generators, so
that the parser can be measured on layouts its rules were not tuned on.
``python -m bench.indie.generate --pages N --seed S --out DIR``; see README.md.
"""
