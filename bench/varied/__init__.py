"""Varied newspaper pages: an independent benchmark generator (see README.md).

It typesets real People's Daily articles into page PDFs with layouts chosen at
random (headline placements, bylines, photos, briefs, rules, stream order) and
writes a JSON answer beside each PDF, so that a parser can be measured on pages
it was not written for.
"""
