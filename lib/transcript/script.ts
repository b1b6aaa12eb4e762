// Traditional characters that occur in speaker labels, position words and site chrome, with
// their Simplified forms at the same index. One character maps to one, so lengths and
// offsets found in the Simplified form hold for the text as written.
const TRADITIONAL =
  '記問發長書務會員經總師組處廳縣區導說聞團協賓觀眾衆網譯傳電視臺報廣時間頁給們國應對為內實錄這題關於財計醫衛療藥檢驗環護議屬運輸歷濟業產體鄭勞權與機構級訊開場講話訪聽見讀稱貿號圖萬無專將軍顧參贊館領黨辦聯絡節學術營質狀況請謝歡進後麼裡裏邊還個來樣點擊態勢準備確認證據統數變線續結東門島灣際鄉鎮處頭條復興衞辭職稅務糧農倉鄰僑兒驗營區盡從詢答評談論稿觸標誌覽單擴';
const SIMPLIFIED =
  '记问发长书务会员经总师组处厅县区导说闻团协宾观众众网译传电视台报广时间页给们国应对为内实录这题关于财计医卫疗药检验环护议属运输历济业产体郑劳权与机构级讯开场讲话访听见读称贸号图万无专将军顾参赞馆领党办联络节学术营质状况请谢欢进后么里里边还个来样点击态势准备确认证据统数变线续结东门岛湾际乡镇处头条复兴卫辞职税务粮农仓邻侨儿验营区尽从询答评谈论稿触标志览单扩';

// A table over the Basic Multilingual Plane: 0 for characters left as they are.
const TO_SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) TO_SIMPLIFIED[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/**
 * `text` with the Traditional characters of labels and chrome (`記者`, `發言人`, `行政長官`, `列印此頁`)
 * in Simplified form, for matching only: what the parser returns keeps the text as written.
 * The result has the same length as `text` (one UTF-16 unit per replaced character).
 */
export function simplified(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const to = TO_SIMPLIFIED[text.charCodeAt(i)] ?? 0;
    if (to === 0) continue;
    out = (out ?? text).slice(0, i) + String.fromCharCode(to) + (out ?? text).slice(i + 1);
  }
  return out ?? text;
}

/**
 * The main language of `text`: `zh` when Han characters make up at least a fifth of its
 * letters, else `en` (Latin-script briefings). Counts at most the first 200,000 characters.
 */
export function languageOf(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 200_000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && han / letters < 0.2 ? 'en' : 'zh';
}
