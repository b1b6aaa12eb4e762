/**
 * A small curated gazetteer: canonical names with their aliases, so that 世卫组织, 世卫 and
 * WHO all count as 世界卫生组织. It covers the actors of China's 2020 epidemic diplomacy;
 * `entities.ts` adds rules (titles before names, country suffixes, bilateral
 * abbreviations) for names it does not list.
 */
import type { EntityKind } from './types';

/** One gazetteer row: canonical name, kind, then aliases (matched as written; Latin ignores case). */
type Row = readonly [canonical: string, kind: EntityKind, ...aliases: string[]];

const PEOPLE: Row[] = [
  ['习近平', 'person'], ['李克强', 'person'], ['王毅', 'person'], ['古特雷斯', 'person'],
  ['谭德塞', 'person'], ['武契奇', 'person'], ['冯德莱恩', 'person'], ['米歇尔', 'person'],
  ['孔特', 'person'], ['洪森', 'person'], ['欧尔班', 'person'], ['文在寅', 'person'],
  ['鲁哈尼', 'person'], ['桑切斯', 'person'], ['默克尔', 'person'], ['马克龙', 'person'],
  ['约翰逊', 'person'], ['特朗普', 'person'], ['普京', 'person'], ['塞西', 'person'],
  ['萨勒曼', 'person'], ['钟南山', 'person'], ['李兰娟', 'person'], ['马晓伟', 'person'],
  ['陈竺', 'person'], ['比尔·盖茨', 'person', '比尔・盖茨', '盖茨'],
];

/** Countries; `X方` (the X side) and the country's short name are aliases. */
const COUNTRIES: Row[] = [
  ['中国', 'country', '中方', '我国', '中华人民共和国'], ['美国', 'country', '美方'],
  ['英国', 'country', '英方'], ['法国', 'country', '法方'], ['德国', 'country', '德方'],
  ['意大利', 'country', '意方'], ['西班牙', 'country'], ['韩国', 'country', '韩方'],
  ['日本', 'country', '日方'], ['俄罗斯', 'country', '俄方'], ['巴基斯坦', 'country', '巴方'],
  ['柬埔寨', 'country', '柬方'], ['塞尔维亚', 'country', '塞方'], ['伊朗', 'country', '伊方'],
  ['伊拉克', 'country'], ['蒙古国', 'country', '蒙古'], ['老挝', 'country'], ['缅甸', 'country'],
  ['匈牙利', 'country'], ['保加利亚', 'country', '保方'], ['沙特', 'country', '沙特阿拉伯', '沙方'],
  ['埃及', 'country'], ['埃塞俄比亚', 'country'], ['肯尼亚', 'country'], ['利比里亚', 'country'],
  ['阿尔巴尼亚', 'country'], ['波黑', 'country'], ['克罗地亚', 'country'], ['捷克', 'country'],
  ['瑞士', 'country'], ['莫桑比克', 'country'], ['布基纳法索', 'country'], ['塞拉利昂', 'country'],
  ['阿尔及利亚', 'country'], ['巴勒斯坦', 'country'], ['黎巴嫩', 'country'], ['科威特', 'country'],
  ['卡塔尔', 'country'], ['尼加拉瓜', 'country'], ['南非', 'country'], ['尼泊尔', 'country'],
  ['印度', 'country'], ['泰国', 'country'], ['新加坡', 'country'], ['马来西亚', 'country'],
  ['印度尼西亚', 'country', '印尼'], ['菲律宾', 'country'], ['越南', 'country'],
  ['澳大利亚', 'country'], ['加拿大', 'country'], ['巴西', 'country'], ['墨西哥', 'country'],
  ['土耳其', 'country'], ['希腊', 'country'], ['荷兰', 'country'], ['比利时', 'country'],
  ['波兰', 'country'], ['葡萄牙', 'country'], ['乌克兰', 'country'], ['哈萨克斯坦', 'country'],
  ['阿富汗', 'country'], ['孟加拉国', 'country'], ['斯里兰卡', 'country'], ['尼日利亚', 'country'],
];

/** Bilateral and trilateral abbreviations (中韩 = China and Korea) stand for every party. */
export const JOINT_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  中日韩: ['日本', '韩国'], 中韩: ['韩国'], 中美: ['美国'], 中日: ['日本'], 中意: ['意大利'],
  中法: ['法国'], 中德: ['德国'], 中英: ['英国'], 中俄: ['俄罗斯'], 中巴: ['巴基斯坦'],
  中柬: ['柬埔寨'], 中塞: ['塞尔维亚'], 中欧: ['欧洲'],
  // Korean usage puts Korea first; 日中, 美中, 意中 are left out: they hide in 今日中国, 美中不足, 注意中.
  韩中: ['韩国'],
};

const ORGANIZATIONS: Row[] = [
  ['世界卫生组织', 'organization', '世卫组织', '世卫', 'WHO'], ['联合国', 'organization', 'UN'],
  ['二十国集团', 'organization', 'G20', '20国集团'], ['欧盟', 'organization', '欧洲联盟'],
  ['欧盟委员会', 'organization', '欧委会'], ['欧洲理事会', 'organization'],
  ['东盟', 'organization', '东南亚国家联盟', 'ASEAN'], ['非盟', 'organization', '非洲联盟'],
  ['上海合作组织', 'organization', '上合组织'], ['加勒比共同体', 'organization'],
  ['海湾合作委员会', 'organization', '海合会'], ['世界银行', 'organization'],
  ['泛美卫生组织', 'organization'], ['联合国儿童基金会', 'organization'],
  ['美洲开发银行', 'organization'], ['中国疾控中心', 'organization', '中国疾病预防控制中心'],
  ['欧洲疾控中心', 'organization'], ['非洲疾控中心', 'organization'],
  ['国家卫生健康委', 'organization', '国家卫生健康委员会', '国家卫健委', '卫生健康委', '卫健委'],
  ['外交部', 'organization'], ['国家国际发展合作署', 'organization', '国际发展合作署', '国合署'],
  ['科技部', 'organization', '科学技术部'], ['商务部', 'organization'], ['教育部', 'organization'],
  ['国务院联防联控机制', 'organization', '联防联控机制'],
  ['国务院新闻办公室', 'organization', '国务院新闻办', '国新办'],
  ['中共中央政治局', 'organization', '政治局'], ['中国红十字会', 'organization', '红十字会'],
  ['新华社', 'organization'], ['吉利德', 'organization', '吉利德科学公司'],
  ['GSK', 'organization'], ['BioNTech', 'organization'], ['Inovio', 'organization'],
];

/**
 * Named events are one-off and strong evidence; initiatives are ideas that speeches
 * return to again and again, so they are a kind of their own with a lower weight.
 */
const EVENTS: Row[] = [
  ['中国经验国际通报会', 'event'],
  ['人类命运共同体', 'initiative', '命运共同体'], ['人类卫生健康共同体', 'initiative', '卫生健康共同体'],
  ['一带一路', 'initiative'], ['健康丝绸之路', 'initiative'],
];

const REGIONS: Row[] = [
  ['欧洲', 'region'], ['非洲', 'region'], ['亚洲', 'region'], ['美洲', 'region'],
  ['拉美', 'region', '拉丁美洲'], ['加勒比', 'region'], ['中东欧', 'region'], ['中东', 'region'],
  ['中亚', 'region'], ['南亚', 'region'], ['欧亚', 'region'], ['东南亚', 'region'],
  ['中美洲', 'region'], ['南太', 'region', '南太平洋', '南太岛国', '南太平洋岛国'], ['西太', 'region', '西太平洋', '西太区'],
];

const PLACES: Row[] = [
  ['武汉', 'place'], ['湖北', 'place'], ['北京', 'place'], ['金边', 'place'], ['米兰', 'place'],
  ['贝尔格莱德', 'place'], ['巴格达', 'place'], ['利雅得', 'place'], ['广州', 'place'], ['四川', 'place'],
];

/** Every gazetteer row, by kind. */
export const GAZETTEER: readonly Row[] = [...PEOPLE, ...COUNTRIES, ...ORGANIZATIONS, ...EVENTS, ...REGIONS, ...PLACES];

/** An alias (or canonical name) and the entity it stands for. */
export interface GazetteerAlias {
  alias: string;
  canonical: string;
  kind: EntityKind;
}

/** All names the gazetteer matches, longest first so that 世界卫生组织 wins over 世卫. */
export const GAZETTEER_ALIASES: readonly GazetteerAlias[] = GAZETTEER.flatMap(([canonical, kind, ...aliases]) =>
  [canonical, ...aliases].map((alias) => ({ alias, canonical, kind })),
).sort((a, b) => b.alias.length - a.alias.length);

/** Titles that precede a name (总统武契奇) or follow a country or organisation (意大利总理). */
export const TITLES = ['秘书长', '总干事', '总统', '总理', '首相', '国王', '主席', '外长', '院士'] as const;
