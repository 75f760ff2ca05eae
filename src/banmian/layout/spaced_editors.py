"""Editors' lines set with a space between each role and its names and no colon
(责任编辑　张三　美编　李四): a page's footer, which the colon-led editors pattern of
``rules`` does not read."""

import re

#: an editors' role as a footer prints it with a space and no colon (责任编辑 张三 美编 李四 校对 王五)
_SPACED_ROLES = frozenset({"责任编辑", "本版编辑", "本版责编", "责编", "编辑", "美术编辑", "美编", "文字校对", "校对",
                           "版式设计", "版式", "组版", "审校", "制图", "设计"})
#: a role that alone names a page's editor: no text line is 责任编辑 张三 alone
_LONE_SPACED_ROLES = frozenset({"责任编辑", "本版编辑", "本版责编"})
_SPACED_ROLE_INITIALS = frozenset(role[0] for role in _SPACED_ROLES)
_SPACED_NAME = re.compile(r"[\u4e00-\u9fff·]{1,4}")


def spaced_editors(text: str) -> str | None:
    """The editors of a footer line that sets each role a space apart from its
    names, with no colon (责任编辑　张三　美编　李四　校对　王五): each word a role
    or a name, a role first, a name after each role, two roles at least (or one
    that only an editors line holds, 责任编辑); else None. Read word by word:
    one pass, no backtracking."""
    if text[:1] not in _SPACED_ROLE_INITIALS:
        return None  # (most lines: opened by no role's first character, and not split)
    words = text.split()
    if len(words) < 2 or words[0] not in _SPACED_ROLES:
        return None
    pairs: list[tuple[str, list[str]]] = []
    for word in words:
        if word in _SPACED_ROLES:
            if pairs and not pairs[-1][1]:
                return None  # a role with no name
            pairs.append((word, []))
        elif _SPACED_NAME.fullmatch(word) and len(pairs[-1][1]) < 3:
            pairs[-1][1].append(word)
        else:
            return None
    if not pairs[-1][1] or (len(pairs) < 2 and pairs[0][0] not in _LONE_SPACED_ROLES):
        return None
    if any(len(name) == 1 for _, names in pairs for name in names):
        return None  # (a padded name, 张 三, is read as two words: such a line is not told here)
    return "；".join(f"{role}：{' '.join(names)}" for role, names in pairs)
