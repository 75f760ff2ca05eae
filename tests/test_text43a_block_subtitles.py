"""Where an extractor's blocks are real (blank lines between them), two headline
tiers in blocks of their own are read as kicker and title unless the second's
words say it goes on from the first: it measures the first's news against the
past (…同比下降…), names who attended, or gives a speech's date. Invented text,
blocks as PyMuPDF's get_text('blocks') joins them."""

import banmian

_BODY1 = "本报讯 记者从市公安局获悉，春节假期全市社会治安平稳，\n未发生重大刑事案件和重大安全事故。全市公安机关共出动\n警力一万余人次，加强重点部位巡逻防控。"
_BODY2 = "各派出所民警深入社区走访，开展防火防盗宣传，\n提醒群众注意出行安全。节日期间群众求助\n得到及时处置。"
_BODY3 = "本报讯 江城图书馆春节期间推出系列阅读活动，\n吸引了大批市民参加。馆方还增设了\n少儿阅读专区。"


def _headlines(first: str, second: str) -> list[tuple[str | None, str | None, str | None]]:
    blocks = ["江城日报", "2026年3月2日 星期一 第5版", first, second, "本报记者 周远", _BODY1, _BODY2,
              "江城图书馆举办新春阅读季", "本报记者 李华", _BODY3]
    edition = banmian.parse_text("\n\n".join(blocks) + "\n", enrich=False)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for p in edition.pages for a in p.articles]


def test_tier_measured_against_the_past_is_the_subtitle() -> None:
    heads = _headlines("春节期间全市治安秩序良好", "交通事故起数同比下降21.5%")
    assert heads[0] == (None, "春节期间全市治安秩序良好", "交通事故起数同比下降21.5%")
    assert heads[1] == (None, "江城图书馆举办新春阅读季", None)
