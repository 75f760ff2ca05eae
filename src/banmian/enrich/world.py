"""Place names beyond China's divisions: countries and regions, and the shape
of a place name the gazetteer does not know.

The gazetteer (divisions.tsv) holds China's provinces, prefectures and
counties only. A LOC word it does not know is kept when it is a country or a
named region (the lists below: general geographic data, not words of any
article), a name ending in a place suffix (三河村, 青藏高原), or a name written
in transliteration characters (慕尼黑, 吉尔吉斯斯坦); LAC tags many other
words LOC (金山银山, 户籍所在地, 南宋), and these are dropped.
"""

from __future__ import annotations

#: countries whose Chinese names are not written only in transliteration characters
COUNTRIES = frozenset(
    "中国 美国 英国 法国 德国 泰国 韩国 日本 朝鲜 越南 印度 老挝 缅甸 蒙古 南非 新加坡 菲律宾 柬埔寨 以色列 "
    "白俄罗斯 新西兰 冰岛 黑山 不丹 文莱 东帝汶 沙特 沙特阿拉伯 也门 智利 希腊 秘鲁 古巴 南苏丹 中非 北马其顿 "
    "荷兰 瑞典 瑞士 丹麦 芬兰 波兰 捷克 匈牙利 奥地利 意大利 西班牙 葡萄牙 澳大利亚 加拿大 巴西 阿根廷 墨西哥 "
    "埃及 伊朗 伊拉克 叙利亚 土耳其 约旦 黎巴嫩 科威特 卡塔尔 阿联酋 巴林 阿曼 巴勒斯坦 阿富汗 尼泊尔 斯里兰卡 "
    "孟加拉国 马尔代夫 俄罗斯 乌克兰 挪威 比利时 卢森堡 爱尔兰 立陶宛 拉脱维亚 爱沙尼亚 罗马尼亚 保加利亚 "
    "塞尔维亚 克罗地亚 斯洛文尼亚 斯洛伐克 阿尔巴尼亚 摩尔多瓦 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 "
    "乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 巴基斯坦 马来西亚 印度尼西亚 印尼 澳门 香港 台湾 "
    "中华人民共和国 梵蒂冈 摩纳哥 圣马力诺 安道尔 列支敦士登 马耳他 塞浦路斯 新几内亚 斐济 汤加 萨摩亚 "
    "所罗门群岛 瓦努阿图 肯尼亚 埃塞俄比亚 尼日利亚 加纳 刚果 安哥拉 赞比亚 津巴布韦 莫桑比克 坦桑尼亚 "
    "乌干达 卢旺达 苏丹 利比亚 突尼斯 阿尔及利亚 摩洛哥 毛里求斯 马达加斯加 喀麦隆 塞内加尔 马里 尼日尔 "
    "乍得 吉布提 索马里 厄立特里亚 纳米比亚 博茨瓦纳 莱索托 加蓬 贝宁 多哥 几内亚 利比里亚 塞拉利昂 "
    "冈比亚 佛得角 科特迪瓦 布基纳法索 毛里塔尼亚 委内瑞拉 哥伦比亚 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 "
    "圭亚那 苏里南 巴拿马 哥斯达黎加 尼加拉瓜 洪都拉斯 萨尔瓦多 危地马拉 伯利兹 牙买加 海地 多米尼加 "
    "巴哈马 特立尼达和多巴哥 格林纳达 巴巴多斯 波斯尼亚和黑塞哥维那 波黑".split())
#: continents, oceans and named regions of the world and of China
REGIONS = frozenset(
    "中东 近东 远东 南亚 东南亚 东亚 中亚 西亚 北非 东非 西非 南部非洲 拉美 拉丁美洲 北美 南美 中美洲 东欧 西欧 "
    "北欧 南欧 中欧 亚太 亚欧 欧亚 巴尔干 高加索 中南半岛 南极 北极 加勒比 太平洋 大西洋 印度洋 北冰洋 地中海 "
    "华北 华南 华东 华中 西北 西南 东北 中原 江南 岭南 闽南 江淮 江汉 皖南 苏北 苏南 浙东 浙西 关中 陕北 "
    "京津冀 长三角 珠三角 中南海".split())
#: capitals and large cities of the world not written only in transliteration characters
CITIES = frozenset(
    "平壤 首尔 东京 大阪 京都 横滨 名古屋 神户 福冈 札幌 广岛 长崎 冲绳 金边 万象 仰光 内比都 河内 胡志明市 岘港 "
    "曼谷 清迈 新德里 孟买 加尔各答 金奈 日内瓦 苏黎世 伯尔尼 洛桑 达沃斯 纽约 洛杉矶 旧金山 芝加哥 西雅图 波士顿 "
    "休斯敦 费城 底特律 华盛顿 伦敦 巴黎 柏林 罗马 莫斯科 新西伯利亚 海参崴 符拉迪沃斯托克 马德里 里斯本 雅典 "
    "维也纳 布拉格 华沙 布达佩斯 布鲁塞尔 阿姆斯特丹 哥本哈根 斯德哥尔摩 奥斯陆 赫尔辛基 都柏林 基辅 明斯克 "
    "贝尔格莱德 开罗 内罗毕 亚的斯亚贝巴 约翰内斯堡 开普敦 比勒陀利亚 拉各斯 达喀尔 德黑兰 巴格达 大马士革 "
    "利雅得 吉达 迪拜 阿布扎比 多哈 科威特城 安卡拉 伊斯坦布尔 耶路撒冷 特拉维夫 伊斯兰堡 卡拉奇 拉合尔 "
    "喀布尔 加德满都 达卡 科伦坡 马累 吉隆坡 雅加达 马尼拉 新山 悉尼 墨尔本 堪培拉 惠灵顿 奥克兰 渥太华 "
    "多伦多 温哥华 蒙特利尔 墨西哥城 哈瓦那 巴西利亚 里约热内卢 圣保罗 布宜诺斯艾利斯 圣地亚哥 利马 波哥大 "
    "加拉加斯 基多 阿斯塔纳 阿拉木图 塔什干 比什凯克 杜尚别 阿什哈巴德 乌兰巴托 第比利斯 埃里温 巴库".split())
#: what ends a place name: divisions, settlements, landforms and waters
PLACE_SUFFIXES = (
    "国", "省", "市", "县", "区", "州", "镇", "乡", "村", "屯", "寨", "庄", "堡", "岛", "群岛", "半岛", "山", "山脉",
    "峰", "岭", "河", "江", "湖", "海", "洋", "湾", "峡", "港", "洲", "原", "漠", "盆地", "街道", "社区", "嘎查",
    "苏木", "旗", "盟", "邦", "城", "谷", "滩", "林", "泉", "溪", "沟", "坝", "运河", "海峡", "流域", "大陆",
    "高原", "平原", "草原", "沙漠", "半岛")
#: a name made of a kind of settlement (贫困县, 文明村, 特大镇, 城中村): descriptive stems,
#: general words that say what kind of place, never which one
KIND_STEMS = ("贫困", "国贫", "富裕", "文明", "示范", "美丽", "特大", "建制", "城中", "百强", "先进", "重点",
              "试点", "中心", "特色", "传统", "移民", "脱贫", "扶贫", "宜居", "小康", "边境", "产业", "工业",
              "经济", "发展", "合作", "集聚", "集中", "开发", "自贸", "保税", "风光", "山水", "旅游", "秀美", "休闲",
              "健康", "智慧", "作家", "民俗", "国家级", "一流", "城区", "市区", "县城", "景区", "园区",
              "军", "军分")
#: one character before a suffix that makes a kind, not a name (异国, 咱村, 全县, 外省, 大城)
KIND_CHARS = frozenset("异咱本我该全各外他其一二三四五六七八九十两百千万多某邻老新大小名古美此那每半")
#: single-character suffixes after which a one-character stem is a fragment, not a name
#: (洞 + 村, 兴 + 乡, 立 + 县: real counties and cities are in the gazetteer)
_SHORT_STEM_SUFFIXES = frozenset("省市县区州镇乡村旗盟庄")
#: characters of transliterated foreign place names (慕尼黑, 吉尔吉斯斯坦, 喀土穆)
FOREIGN_CHARS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保贝本比彼别波伯博布查达戴丹德登迪蒂杜多厄恩尔法菲费芬弗福盖冈戈格根古圭哈海汉豪赫"
    "亨洪胡华霍基吉加贾杰金卡凯坎科克肯库夸奎拉莱兰朗劳勒雷里利莲林琳柳卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆"
    "纳奈内尼努诺欧帕佩彭皮普齐奇恰乔切钦萨塞桑森沙莎善舍什施史斯苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希"
    "谢辛休雅亚扬耶伊因尤于约扎泽詹朱兹佐夫娃娜娅丽思茨喀土俄坦穆仰光堡慕黑壤盛顿锡孟缅柬埔寨挪捷匈牙"
    "葡萄黎嫩叙墨秘智丁昆基廷莱曼达赛珀赞津坎贡垦侬蓬隆")
#: a direction after a place (山东西部, 江西省东部): the place is the name before it
DIRECTION_ENDINGS = ("东北部", "西北部", "东南部", "西南部", "东部", "西部", "南部", "北部", "中部", "中北部",
                     "中南部")


def is_world_name(name: str) -> bool:
    """A country or named region from the lists above."""
    return name in COUNTRIES or name in REGIONS or name in CITIES


_SUFFIXES_LONGEST_FIRST = sorted(PLACE_SUFFIXES, key=len, reverse=True)


def set_phrase(name: str) -> bool:
    """Four characters with one repeated in the pattern of a set phrase
    (金山银山, 港人治港, 沿江沿湖), numerals opening both halves (千乡万村) or
    landforms closing them (崇山峻岭), a word of two landforms after an
    adjective (锦绣河山, 大好江山: the land as such), or a doubled pair (隆隆): no place name."""
    if len(name) == 2:
        return name[0] == name[1]
    return len(name) == 4 and (name[1] == name[3] or name[0] == name[2] or name[0] == name[3]
                               or name[0] in _NUMERALS and name[2] in _NUMERALS
                               or name[1] in _LANDFORMS and name[3] in _LANDFORMS
                               or name[2] in _LANDFORMS and name[3] in _LANDFORMS)


#: landforms that close both halves of a four-character set phrase (崇山峻岭, 通江达海, 青山绿水)
_LANDFORMS = frozenset("山岭江海河湖川水峰谷")
#: numerals that open both halves of a four-character set phrase (千乡万村, 百县千乡, 五湖四海)
_NUMERALS = frozenset("一二三四五六七八九十百千万")


def place_shaped(name: str) -> bool:
    """Does an unknown word read as a place name (see the module doc)?"""
    if is_world_name(name):
        return True
    if set_phrase(name) or "之" in name or "的" in name:
        return False
    suffix = next((s for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s)), None)
    if suffix == "国" and len(name) == 2:
        return False  # 柬国, 异国: a one-character country is in COUNTRIES or is an abbreviation
    if suffix and len(name) > len(suffix):
        stem = name[:-len(suffix)]
        if len(stem) == 1 and suffix in _SHORT_STEM_SUFFIXES:
            return False
        return stem not in KIND_CHARS and not stem.startswith(KIND_STEMS) and not stem.endswith(KIND_STEMS)
    return len(name) >= 2 and all(c in FOREIGN_CHARS for c in name)
