"""A headline's tier of four or five characters under a title at least twice
as long is the title's last words wrapped onto a line (…一座闲置仓库 / 突发火灾)
where the title reports no finished event, the tier gives no figure and names no
one attending (…会议召开 / 部署新任务 stays a subtitle), and the body spells some
of its words (a column's label names none of them). Invented text, read as a
line stream's tiers are read."""

from banmian.model import Headline
from banmian.layout.tier_reading import reread_tiers

_BODY = ("记者从市应急管理局获悉：2日凌晨，青石镇工业园区一座闲置仓库起火，消防人员迅速赶到现场处置。"
         "这起火灾的原因正在调查中，会上还部署了安全排查新任务。")


def _read(title: str, subtitle: str) -> tuple[str | None, str | None, str | None]:
    head = Headline(title=title, subtitle=subtitle)
    reread_tiers(head, False, True, _BODY)
    return head.kicker, head.title, head.subtitle


def test_short_wrapped_tail_joins_its_title() -> None:
    assert _read("青石镇工业园区一座闲置仓库", "突发火灾") == (None, "青石镇工业园区一座闲置仓库突发火灾", None)
    assert _read("青石镇工业园区安全生产会议召开", "部署新任务") == (None, "青石镇工业园区安全生产会议召开", "部署新任务")
    assert _read("青石镇工业园区一座闲置仓库", "民生视点") == (None, "青石镇工业园区一座闲置仓库", "民生视点")


def test_narrow_box_title_closing_an_event_keeps_its_subtitle() -> None:
    import banmian

    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", "区人大常委会第八", "次会议在江城闭幕", "王明主持会议",
                      "本报记者 王力", "本报讯 区人大常委会第八次会议2日在", "江城闭幕。会议表决通过了关于加强",
                      "生态环境保护的决议，听取了区政府", "有关工作报告。"]) + "\n"
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.title, head.subtitle) == ("区人大常委会第八次会议在江城闭幕", "王明主持会议")
