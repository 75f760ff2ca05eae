"""An office's short name that LAC ends in a verb (某镇拆迁改造办/v + 副主任).

Local governments name their offices by their task and 办 (扶贫办, 综治办,
改造办: 办公室 cut short). Where LAC knows the whole name it reads it as an
organisation; where it does not, it cuts off 办 and reads it as a verb (to
do), and a verb ended the title read backwards from its head: the officer
kept 副主任 alone. 办 is the office's last character when it follows the
words of the task (nouns, or verbs used as nouns) and a head of the title
follows it at once.
"""

from __future__ import annotations

from .lexer import Token
from .titlehead import HEAD_SET, is_title

#: the last character of an office's short name, which LAC reads as a verb
_OFFICE_ENDINGS = frozenset("办")
#: what the task before it is written with: nouns and verbs used as nouns (拆迁/vn 改造/vn 办)
_TASK_TAGS = frozenset({"n", "vn", "nz"})
#: a task is a word of two characters or more (扶贫, 改造); 代/v + 办 is a verb of its own
_SHORTEST_TASK = 2


def office_read_as_verb(tokens: list[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` (办/v) the end of an office's name inside a title
    ending before ``end``: a task word before it and a head after it?"""
    word, tag = tokens[k]
    if tag != "v" or word not in _OFFICE_ENDINGS or k == 0 or k + 1 >= end:
        return False
    task, task_tag = tokens[k - 1]
    head = tokens[k + 1][0]
    return task_tag in _TASK_TAGS and len(task) >= _SHORTEST_TASK and (head in HEAD_SET or is_title(head))
